"""How far an establishment's name goes in a letterhead or a scanned page (issue 8, the nineteenth
batches' families), with invented names: its site in brackets in capitals (« CHU DE X (GABRIEL-
MONTPIED) »), a second town after « / », generic words joined by « & » (« Psychiatrie & Neurosciences »),
a home-care kind said twice before its brand (« HAD HAD Santé Service »), the type OCR'd (« CLlNlQUE »,
« hôpita1 ») with the acronym in brackets after it. Traps: a unit's acronym in brackets or after « / »,
a word that is no type."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

DETECTOR = Detector()


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "CONSULTATION ORL — CHU DE LIMOGES (DUPUYTREN-MARCLAND)\nM. X",
            ["CHU DE LIMOGES", "DUPUYTREN-MARCLAND"],
        ),
        (
            "CENTRE HOSPITALIER DE BELFORT / MONTBÉLIARD\nService de Cardiologie",
            ["CENTRE HOSPITALIER DE BELFORT / MONTBÉLIARD"],
        ),
        ("ORDONNANCE — GHU Lyon Pédiatrie & Adolescence\nPatient : X", ["GHU Lyon Pédiatrie & Adolescence"]),
        ("visite domicile HAD HAD Soins Service — 4 rue des Lilas", ["HAD Soins Service"]),
        ("Relève SSIAD SSIAD Aide Service demain", ["SSIAD Aide Service"]),
        ("BULLETlN D'ENTRÉE\nCLlNlQUE SAlNTE-ANNE\nNOM : X", ["CLlNlQUE SAlNTE-ANNE"]),
        ("hospitalisée à l'hôpita1 de Loudéac (CHCL) du 2O/11 au O2/12.", ["hôpita1 de Loudéac", "CHCL"]),
    ],
)
def test_the_whole_name(text: str, names: list[str]) -> None:
    assert _places(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a unit's acronym in brackets or after « / »: no site, no second town
        ("CHU DE LIMOGES (USIC)\nM. X", ["CHU DE LIMOGES"]),
        ("suivi au CHU de Nantes / HDJ\nle 12/03", ["CHU de Nantes"]),
        # the home-care kind once: masked with its brand, as the service names itself and the probes' writers
        # mark it (sixteenth session)
        ("Note IDE — HAD Soins Service — visite à domicile.", ["HAD Soins Service"]),
    ],
)
def test_no_more_than_the_name(text: str, names: list[str]) -> None:
    assert _places(text) == names
