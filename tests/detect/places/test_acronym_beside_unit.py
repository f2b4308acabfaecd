"""A hospital's acronym that no list holds, beside its ward, laboratory, desk or speciality (probe43–45's
family: « Hépato-gastro NHC », « LABO MICROBIO - HCC - », « Pédiatrie (AMH) », « bureau des entrées NHC »,
« radiothérapie CHBA », « consult pedo-endoc JdF », « RCP de l'ICM », SMS lines « HCC: RDV le … »).
The acronyms here are invented: the family, not the strings of a batch. Negatives: the acronyms of
medicine and of units beside the same words stay in clear, and so do definitions in brackets."""

from __future__ import annotations

import pytest

from egide.detect.document import Document
from egide.detect.places.acronym_beside_unit import AcronymBesideUnitRecogniser
from tests.detect.inline import ENGINE


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in AcronymBesideUnitRecogniser().find(Document(text))]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("UF demandeuse : 4410 Hépato-gastro HKV\nPatient : X", "HKV"),
        ("LABO BACTERIO - HPQ - HEMOCULTURES - RESULTAT", "HPQ"),
        ("Neurologie (KBH)   | Dr Untel", "KBH"),
        ("nuit du 5 au 6 - gériatrie HLR - mr x ch 9", "HLR"),
        ("Déclarant : Mme Y, bureau des entrées HVZ\nType : doublon", "HVZ"),
        ("EHPAD → radiothérapie CHQT   (fauteuil)", "CHQT"),
        ("consult pedo-endoc JvB mardi 1/12", "JvB"),
        ("salle de naissance JvB - garde du 05/12", "JvB"),
        ("Dr Paul Z, oncologue, HKR. Médecin traitant : Dr W.", "HKR"),
        ("avis de la RCP de l'IKN en juillet", "IKN"),
        ("MIR HBX box 12 — transmission médicale", "HBX"),
        ("12:00\t0600000000\tENVOYE\tHKR: RDV le 09/12 10h30 Cs Rhumatologie", "HKR"),
    ],
)
def test_an_unlisted_acronym_beside_a_unit_is_the_hospital(text: str, acronym: str) -> None:
    assert acronym in _found(text)
    assert ENGINE.masks(text, acronym)


def test_an_acronym_slashed_to_one_found_and_its_town_after() -> None:
    text = "║ HQV / HKC — Médecine interne B — Ch. 412"
    assert _found(text) == ["HQV", "HKC"]
    assert _found("Kerlois → dialyse AKQ Vannes\n") == ["AKQ Vannes"]


@pytest.mark.parametrize(
    "text",
    [
        "Cardiologie USIC lit 4, Pneumologie HDJ le 12, Neurologie UNV",
        "dialyse DP depuis 2020, radiothérapie IMRT 60 Gy, réanimation SDRA",
        "Hépato-gastro : CHC sur cirrhose, Pneumologie : BPCO, cardiologie HTA",
        "La photopléthysmographie ( PPG ) ou photoréflexométrie",
        "Consultation d'addictologie (ELSA) — suivi",
        "Dr Pierre MARTIN — Cardiologie",
        "Médecine générale — RPPS 10101234567",
        "SERVICE DE CARDIOLOGIE ET DE PNEUMOLOGIE",
        "TEP-TDM FDG – Médecine nucléaire",
        "IRM: RDV le 12/12, ECG: RDV le 13/12",
        "Plan : rachi + bloc PENG, arrêt metformine",
        # a laboratory after a medicine's compound name (BDPM): the maker, no hospital
        "GESTODENE-ETHINYLESTRADIOL TEVA 1 cp/j",
        "Traitement : L-THYROXINE SERB 100 µg",
        "Cardiologie MYLAN",
    ],
)
def test_acronyms_of_medicine_beside_a_unit_stay_in_clear(text: str) -> None:
    assert _found(text) == []


def test_a_short_acronym_found_is_found_again_in_the_same_text() -> None:
    text = "consult pedo-endoc JvB mardi\nCourrier adressé au JvB et au médecin traitant."
    second = text.rindex("JvB")
    found = ENGINE.detect(text, "ETABLISSEMENT")
    assert any(f.start <= second and second + 3 <= f.end for f in found)
    # alone, nothing says a place
    assert not ENGINE.touches("Courrier adressé au JvB et au médecin traitant.", "JvB")


def test_a_disease_acronym_is_not_found_again() -> None:
    text = "Hépato-gastro : CHC sur cirrhose.\nLe CHC mesure 3 cm."
    assert not ENGINE.touches(text, "CHC mesure")


def test_a_sites_acronym_after_its_listed_hospitals_ending_a_label_item() -> None:
    assert _found("ÉTIQUETTE PRÉLÈVEMENT — HCL HQZ\nNOM Prénom") == ["HCL", "HQZ"]
    assert _found("suivi HCL IRM - ok") == []
