"""Medicines, substances and laboratories stay readable; a title or a person cue still makes a name."""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

import pytest

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.engine import Detector
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import NameDetector
from egide.detect.names.medicines import medicine_lists
from tests.detect.inline import assert_finds, parse_inline


@cache
def detector() -> NameDetector:
    return NameDetector(DetectConfig(use_model=True))


def names(text: str) -> list[Finding]:
    d = detector()
    return d.propagate([Document(text)], [d.find(Document(text), [])])[0]


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
        # companies that the database does not list: a company form, dotted or not
        "Fabricant : Elanco Valquimica S.A., Espagne.",
        "Genesis Pharma Cyprus Ltd, Chypre.",
        "België / Belgique / Belgien Biogen Idec Belgium N . V . / S . A .",
        "Italia Biogen-Dompé s.r.l.",
        "Laboratoires Thissen, Braine-l'Alleud.",
        # countries of an address list, in their languages, and beside a laboratory
        "Luxembourg / Luxemburg Eli Lilly Benelux",
        "Lietuva, Polska, Ελλάδα, United Kingdom, Eesti, Deutschland",
        "Lilly Deutschland GmbH Tel.: + 49 6172 273 2222",
        "Deux cas de paludisme au Gabon et au Liban.",
        # medicines that the database does not know, named as such by the text
        "Refludan est un médicament qui contient de la lépirudine. Refludan est administré en perfusion.",
        "Quixidar est un anticoagulant : il prévient la formation de caillots.",
        "Le traitement par Ionsys doit être initié à l'hôpital ; Ionsys est réservé à l'usage hospitalier.",
        "Reconcile 32 mg, comprimés à croquer pour chiens ; Reconcile agit-il ?",
        # the maker and the form after a medicine's name, as printed on the box
        "Diclofenac Eg Labo Conseil à poursuivre.",
        "Relais par Bisoprolol Bgr 5 mg.",
        "Noradrénaline (tartrate) Renaudin en seringue électrique.",
        "Introduction de Tramadol Bgr L.p. ce jour.",
        "Ordonnance : CETIRIZINE EG LABO CONSEIL, une boîte.",
        "Hypophysine L.a. Boiron",
        # a medicine's name wrapped by a narrow column is the same medicine
        "Autres informations relatives à Olanzapine\nTeva : l'EPAR complet relatif à Olanzapine\nTeva est disponible.",
        "Lactose Olanzapine\nTeva , comprimés\npelliculés , contient du lactose.",
        # Latin names of living things
        "Infection à Bacillus licheniformis chez un éleveur.",
        "Présence de Mus sp dans le prélèvement.",
        "Famille des Psittacidae, ordre des Insectivora, des Enterobacteriaceae.",
        "Tiques Amblyomma, Hyalomma, Boophilus en Afrique.",
        "Agapornis roseicollis à face rose.",
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
        "<NOM>Olivier Faure</NOM> et <NOM>Virginie Roussel</NOM> ont appelé.",
        "Mme <NOM>Teva</NOM> est revue, <NOM>Teva</NOM> va mieux.",
        # a country that is also a first name, without the article of a country
        "Appeler <NOM>Maurice</NOM> demain, puis <NOM>Jordan Martin</NOM>.",
        "Retour du Liban ; revu par le Dr <NOM>Martin</NOM>.",
        # after a medicine, a first name starts a person, and a sentence ends at its dot
        "Patient sous Kardegic <NOM>Jean Dupont</NOM> depuis 2019.",
        "Arrêt du Kardegic. <NOM>Dupuis</NOM> prévenu.",
        "Mais <NOM>Madeleine</NOM> est venue.",
        # surnames with a Latin ending, first names before a lower-case word
        "Appeler <NOM>Carlos Morales</NOM>, vu par <NOM>Morales</NOM> hier.",
        "Appeler <NOM>Sandra Dupont</NOM> ensuite.",
        # the words of rule 4 after a person: the person stays (a name-list word is not spread)
        "<NOM>Sylvain Dupont</NOM> contient sa douleur, traitement par Kardegic.",
    ],
)
def test_person_cue_keeps_the_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


def _entries(kind: str) -> list[str]:
    path = resources.files("egide.detect.names.data").joinpath("medicines.txt.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    return [entry for k, entry in rows if k == kind]


def test_list_is_shipped_with_its_attribution() -> None:
    path = resources.files("egide.detect.names.data").joinpath("medicines.txt.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        header = [line for line in fh if line.startswith("#")]
    assert any("ANSM – base de données publique des médicaments" in line for line in header)
    assert any("Licence Ouverte" in line for line in header)
    medicines, labs, countries = set(_entries("M")), set(_entries("L")), set(_entries("C"))
    # brands, substances with their accents folded, laboratories, countries; no form or generic word
    assert {"doliprane", "tysabri", "paracetamol", "lamivudine"} <= medicines
    assert {"biogaran", "pierre fabre", "eli lilly", "servier"} <= labs
    assert {"lietuva", "deutschland", "united kingdom", "ελλαδα"} <= countries
    assert not {"comprime", "solution", "laboratoires", "gelule", "sante", "biogaran"} & medicines
    words, phrases, _, _ = medicine_lists()
    assert medicines <= words and {"eli lilly", "united kingdom"} <= phrases


def test_no_medicine_of_the_database_is_masked_in_a_treatment_sentence() -> None:
    """Every medicine and substance word of the database, capitalised in « Traitement par X. »,
    through the whole engine: none is masked as a name, even those the name lists also hold
    (« Diane »): « traitement par » says a medicine follows."""
    medicines = [w for w in _entries("M") if "'" not in w]
    masked = []
    for word in medicines:
        text = f"Traitement par {word.capitalize()}."
        if any(f.label == Label.NOM for f in engine().detect(text)):
            masked.append(word)
    print(f"{len(masked)} of {len(medicines)} medicine words masked in « Traitement par X. »")
    assert masked == []
