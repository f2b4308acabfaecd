"""The second reading (line breaks as spaces) skips the recognisers whose prefilter ruled the text out.

A recogniser's ``may_match`` must be False only when it finds nothing in the text nor in its second
reading (issue 8: a short letter paid every prefilter twice). Checked here on texts that put each
recogniser's words and shapes across a line break (invented values, no real person): the engine
finds the same as when every recogniser is asked in both readings.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.needles import Needles
from egide.detect.places import foreign_street
from egide.detect.places.address import _street_starts
from egide.detect.places.city import _origin_cue_starts
from egide.detect.places.establishment import _type_starts
from egide.detect.recogniser import may_match
from egide.detect.recognisers.fr import hospital_ids, numbered
from egide.detect.recognisers.fr.dates.month_names import month_name_hits
from egide.detect.recognisers.fr.dates.years import year_hits
from egide.detect.wrapped import unwrap

TEXTS = [
    # (a sentence's end closes its line: the name wrapped is what the second reading reads here)
    "Compte rendu\n\nPatient : Mme Aline\nTESTARD, IPP 8000000017.\nEntrée le 12/08/2022.\nSortie le 21/08/2022.\n",
    "Voici la cle\nd'API du portail : Zq8vR3tW9xK2mB7nL4pY6s.\nMerci de la changer.",
    "code\npin : 4821 pour le badge\nde Mme Testard.",
    "Ecrire a aline.testard\n@exemple.fr ou a aline.testard [at]\nexemple.fr pour le suivi.",
    "Résultats sur https://\nportail.exemple.fr/x et sur www.\nexemple.fr ; serveur fe80::\n1ff:fe23:4567:890a.",
    "Numéro ADELI\n751234567 ; FINESS\n750712184 ; poste\n4521 ; identifiant\nutilisateur : atestard.",
    "Passeport\nn° 12AB34567 ; carte\nd'identité 123456789012.",
    "Aucun identifiant ici.\nSeulement du texte\nsur deux lignes.",
    "Vue le 12\nmars 2020, revue le premier\navril deux mille vingt, puis en\njuillet.",
    "NIR 1 85 05 78 006 084, clé\n36 ; dossier no\n123456789 ; réf.\nA-2024-0042.",
    "Domicile : Via\nRoma 12, 00184 Roma ; Baker\nStreet 221, London.",
    "HOSP DU 03/03/2025AU\n08/03/2025 ; TESTARD ALINE12/02/1949\nCONSULT\n11/03.",
]


def _without_skips(detector: Detector, text: str, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    with monkeypatch.context() as patch:
        patch.setattr(detector, "_may_match", [None] * len(detector.recognisers))
        return detector.detect(text)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("text", TEXTS)
def test_same_findings_as_asking_every_recogniser(
    detector: Detector, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert detector.detect(text) == _without_skips(detector, text, monkeypatch)


@pytest.mark.parametrize("text", TEXTS)
def test_ruled_out_means_nothing_in_either_reading(detector: Detector, text: str) -> None:
    wrapped = unwrap(text)
    assert wrapped is not None
    for recogniser in detector.recognisers:
        if not may_match(recogniser, Document(text)):
            assert list(recogniser.find(Document(text))) == [], recogniser.name
            assert list(recogniser.find(Document(wrapped.text))) == [], recogniser.name


def test_a_needle_cut_by_a_line_break_is_no_reason_to_skip(detector: Detector) -> None:
    """« cle » ends a line and « d'API » opens the next, « code » and « pin » likewise: joined, they
    are the secrets' cues (needles with a space), so the secrets are asked in the second reading."""
    secrets = next(r for r in detector.recognisers if r.name == "fr.secrets")
    for text in ("la cle\nd'API : Zq8vR3tW9xK2mB7nL4pY6s", "le code\npin : 4821"):
        assert "cle " not in text.lower() and "code pin" not in text.lower()
        assert may_match(secrets, Document(text))
        wrapped = unwrap(text)
        assert wrapped is not None
        assert list(secrets.find(Document(wrapped.text)))


# Words that the computations shared by both readings look for, at a line's end and at its start.
SHARED = [
    *TEXTS,
    "Habite au 12 rue\ndes Lilas, impasse\nVerte ; née\nà Testville ; originaire\nde Testbourg.",
    "Suivie au CHU\nde Testville puis à l'hôpital\nTestard, clinique\ndu Parc, EHPAD\nLes Tilleuls.",
    "Vue en\nmars, puis le 3 janv.\n2024, le 1er\navril et en déc\n2023 ; domiciliée\nrue\nHaute.",
    "Opérée en 19\n98, revue en\n2001 puis le 3 May\n2020 et en 20\r\n21.",
]


@pytest.mark.parametrize("text", SHARED)
def test_computations_shared_by_both_readings_are_the_same_in_both(text: str) -> None:
    """What :meth:`Document.shared_by_readings` computes once must be what each reading would compute."""
    wrapped = unwrap(text)
    assert wrapped is not None
    written, second = Document(text), Document(wrapped.text)
    for compute in (_street_starts, _type_starts, _origin_cue_starts):
        assert compute(written) == compute(second), compute.__name__
    hits = month_name_hits(written)
    again = month_name_hits(second)
    assert hits is not None and again is not None
    assert [m.span() for m in hits] == [m.span() for m in again]
    assert [m.span() for m in year_hits(written)] == [m.span() for m in year_hits(second)]


def _every_needles(detector: Detector) -> list[Needles]:
    """The prefilters of the engine's recognisers, and the module-level ones read through ``holds``."""
    found = [n for r in detector.recognisers if isinstance(n := getattr(r, "_needle_search", None), Needles)]
    return [*found, hospital_ids._NEEDLE_SEARCH, numbered._NEEDLES, foreign_street._NEEDLES]


@pytest.mark.parametrize("text", [*TEXTS, *SHARED])
def test_needles_held_once_for_both_readings_are_those_of_each(detector: Detector, text: str) -> None:
    """:meth:`Document.holds` answers the second reading with the first's answer when no needle holds
    a white space: it must be what a search of the second reading itself finds."""
    wrapped = unwrap(text)
    assert wrapped is not None
    written = Document(text)
    second = Document(wrapped.text, written=written)
    for needles in _every_needles(detector):
        assert written.holds(needles) == needles.found_in(written.lower)
        assert second.holds(needles) == needles.found_in(second.lower)
