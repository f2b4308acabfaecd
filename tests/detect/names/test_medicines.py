"""Medicines, substances and laboratories stay readable; a title or a person cue still makes a name."""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

import pytest

from egide.detect.config import DetectConfig
from egide.detect.engine import Detector
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import NameDetector
from egide.detect.names.lexicon import first_names, surnames
from egide.detect.names.medicines import medicine_lists
from tests.detect.inline import assert_finds, parse_inline


@cache
def detector() -> NameDetector:
    return NameDetector(DetectConfig(use_model=True))


def names(text: str) -> list[Finding]:
    d = detector()
    return d.propagate([text], [d.find(text, [])])[0]


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "text",
    [
        # brands, alone and capitalised, in the sentences of a clinical note
        "Patiente sous Tysabri depuis 2019, bonne tolérance.",
        "Relais par Eliquis 5 mg deux fois par jour.",
        "Arrêt du Kardegic avant la coloscopie.",
        "Tasmar introduit en 2021, arrêté pour hépatotoxicité.",
        "Epivir et Atripla poursuivis sans modification.",
        "Sous TYSABRI, pas de nouvelle poussée.",
        "Traitement habituel : Lasilix, Tahor, Kardegic.",
        "Passage sous Biktarvy en mars, charge virale indétectable.",
        "Introduction de Xarelto à la sortie, relais de Previscan.",
        "Poursuite de Keppra et Lamictal aux mêmes doses.",
        # substances, in capitals or with or without accents
        "Reçoit du PARACÉTAMOL et de la lamivudine.",
        "Anticoagulation par Apixaban puis Rivaroxaban.",
        # laboratories and manufacturers
        "Titulaire : Biogen Netherlands B.V., fabricant : Zentiva.",
        "Laboratoire Servier, représentant local Biogaran.",
        "Commercialisé par Pierre Fabre Médicament puis par Eli Lilly Nederland.",
    ],
)
def test_medicines_stay_readable(text: str) -> None:
    found = [text[f.start : f.end] for f in names(text)]
    assert found == [], found


@pytest.mark.parametrize(
    "marked",
    [
        # a title or a person cue makes a medicine word a name
        "M. <NOM>Doliprane</NOM> est hospitalisé depuis hier.",
        "Avis du Dr <NOM>Lasilix</NOM> demandé.",
        # a person named like a medicine: every other occurrence is masked too (leak nothing)
        "Mme <NOM>Tysabri</NOM> est revue, <NOM>Tysabri</NOM> va mieux.",
        "Patient : <NOM>KARDEGIC Paul</NOM>",
        "Vu par <NOM>Eliquis</NOM> ce matin.",
        # a patient's name next to a medicine stays a name
        "<NOM>Jean DUPONT</NOM>, 72 ans, sous Kardegic 75 mg.",
        "Mme <NOM>Fabre</NOM> reçoit du Tahor.",
        # words of the database that are also names in the lists stay names without a title
        "<NOM>Gabriel Fauré</NOM> est venu avec sa fille <NOM>Diane</NOM>.",
    ],
)
def test_person_cue_keeps_the_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


def _medicine_words() -> list[str]:
    words, _ = medicine_lists()
    return sorted(words)


def test_list_is_shipped_with_its_attribution() -> None:
    path = resources.files("egide.detect.names.data").joinpath("medicines.txt.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        header = [line for line in fh if line.startswith("#")]
    assert any("ANSM – base de données publique des médicaments" in line for line in header)
    assert any("Licence Ouverte" in line for line in header)
    words, phrases = medicine_lists()
    # brands, substances with their accents folded, laboratories; no form or generic word
    assert {"doliprane", "tysabri", "paracetamol", "lamivudine", "biogaran"} <= words
    assert {"pierre fabre", "eli lilly"} <= phrases
    assert not {"comprime", "solution", "laboratoires", "france", "gelule"} & words


def test_no_medicine_of_the_database_is_masked_in_a_treatment_sentence() -> None:
    """Every medicine and substance word, capitalised in « Traitement par X. », through the whole
    engine: none is masked, except words that the name lists also hold (« Diane », « Rosa »): those
    keep being names without a medicine cue (see the README's NOM row)."""
    ambiguous = set(first_names()) | surnames()
    masked: list[str] = []
    for word in _medicine_words():
        if "'" in word or "-" in word:
            continue
        shown = word.capitalize()
        text = f"Traitement par {shown}."
        if any(f.label == Label.NOM for f in engine().detect(text)):
            masked.append(word)
    unexplained = [w for w in masked if w not in ambiguous]
    print(f"{len(masked)} of {len(_medicine_words())} masked, {len(unexplained)} not in the name lists")
    assert unexplained == []
