"""Text written all in lower case or all in capitals (issue 8, perturbations « tout en minuscules »,
« tout en majuscules »).

A note typed in a hurry has no capital, an export or a banner has nothing but capitals: the names
reader, the places and the codes rely on capitals. The engine reads such stretches again with the
letter case a usual text would have (``egide.detect.recase``). Families first (lower-case notes with
titles and first names, codes, letters and banners in capitals), then what must not change: a note
in usual case with one line in capitals, prose without any name, headings, the site's own patterns.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.config import DetectConfig
from egide.detect.recase import recase
from egide.detect.recognisers.fr.site_patterns import SitePattern, SitePatternRecogniser
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

LOWER_CASE = [
    # a title, then a first name and a surname, or a surname alone
    "mme <NOM>jeanne dupuis</NOM> présente une toux depuis trois jours",
    "revu ce matin avec mme <NOM>solène kerbrat</NOM>, qui souhaite rentrer",
    "adressée par le dr. <NOM>c. morvan</NOM> pour avis",
    "vu par mm. <NOM>garnier</NOM> et <NOM>lhermitte</NOM> en réunion",
    # a first name and a surname of the lists, without a title
    "vu ce jour <NOM>bertrand lemoine</NOM>, 54 ans, pour une douleur thoracique",
    "résumé du dossier de <NOM>d'arcy isabelle</NOM> pour le staff de demain",
    "la fille de la patiente, <NOM>solène</NOM>, a appelé ce matin",
    # communes, and the hospitals named after them
    "adressée aux urgences (<ETABLISSEMENT>hôpital de vesoul</ETABLISSEMENT>) par le dr <NOM>morvan</NOM>",
    "elle vit seule à <VILLE>charleville-mézières</VILLE> depuis le décès de son mari",
    # a street's name after its number and its type
    "dr <NOM>morvan</NOM>\n<ADRESSE>209, route du docteur roux</ADRESSE>, <CODE_POSTAL>70000</CODE_POSTAL> "
    "<VILLE>vesoul</VILLE>",
    "adresse : <ADRESSE>94, place beauvoisine</ADRESSE>",
    # codes of letters and digits
    "rib pour le remboursement : <IBAN>fr76 3000 6000 0112 3456 7890 189</IBAN>",
    "transport par ambulance, véhicule <IMMATRICULATION>ts-288-hj</IMMATRICULATION>",
]

CAPITALS = [
    # surnames of the lists without a title, on lines of capitals (an export, a typed letter)
    "EQUIPE DE GARDE CE WEEK-END : <NOM>LEMOINE</NOM>, <NOM>CHATILLON</NOM> ET <NOM>BERTHELOT</NOM>, AVEC "
    "L'INTERNE DE PREMIERE ANNEE.",
    "PATIENTE ACCOMPAGNEE DE SON FILS ET DE <NOM>GUILLAUMIN</NOM>, SON VOISIN, QUI A DONNE L'ALERTE HIER.",
    "LETTRE DE SORTIE\nPATIENTE : <NOM>FERRAND LUCIE</NOM>, NEE LE <DATE_NAISSANCE>14/02/1951</DATE_NAISSANCE>\n"
    "SUIVIE PAR LE DR <NOM>KERBRAT</NOM> POUR UNE BPCO.\nA REVOIR DANS TROIS MOIS AVEC <NOM>MORVAN</NOM> POUR "
    "LE BILAN.",
    # a title and its name, a date in words
    "CHER CONFRERE,\nJ'AI VU EN CONSULTATION MADAME <NOM>LUCIE FERRAND</NOM> POUR UNE DYSPNEE D'EFFORT.\n"
    "ELLE EST SUIVIE PAR LE DR <NOM>KERBRAT</NOM> A <VILLE>BREST</VILLE>.",
    "LE PATIENT SE PLAINT DE DOULEURS ABDOMINALES DEPUIS LE <DATE>CINQ AVRIL DEUX MILLE DIX-SEPT</DATE>.",
]

MIXED = [
    # a note in usual case with a banner in capitals: read as before
    "Compte rendu de consultation\nPATIENT : <NOM>DUPONT JEAN</NOM> NE LE <DATE_NAISSANCE>12/03/1950</DATE_NAISSANCE>\n"
    "La patiente présente une toux. Mme <NOM>Ferrand</NOM> est revenue.",
    # one line typed in lower case under usual prose
    "Le patient va bien, sortie prévue demain.\nsigné dr <NOM>morvan</NOM>",
]

NOTHING = [
    "le patient présente une toux sèche, pas de fièvre, auscultation normale",
    "ok pr scanner demain matin, bilan a faire",
    "mme la directrice des soins a validé le planning",
    "paracétamol 1 g toutes les 6 heures, 3 m de marche par jour",
    "cni présentée à l'accueil, ipp à créer",
    "COMPTE RENDU OPERATOIRE DU SERVICE DE CHIRURGIE DIGESTIVE ET ENDOCRINIENNE",
    "KÉRATOMYCOSES ET KÉRATOPLASTIE CHEZ LE SUJET AGE : ETUDE DE QUARANTE CAS",
    "QU'EST-CE QUE CE MEDICAMENT ET DANS QUEL CAS EST-IL UTILISE ?",
]


@pytest.mark.parametrize("marked", LOWER_CASE)
def test_names_and_codes_are_found_in_a_note_typed_in_lower_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("marked", CAPITALS)
def test_names_are_found_in_a_text_typed_in_capitals(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("marked", MIXED)
def test_a_note_in_usual_case_with_one_line_in_another_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", NOTHING)
def test_prose_and_headings_without_a_name_stay_readable(text: str) -> None:
    found = _DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize("marked", LOWER_CASE[:7] + CAPITALS[:3])
def test_the_same_names_are_found_in_usual_case(marked: str) -> None:
    """The reference: the names of the lower-case and capital texts are found when they are written
    with their capitals (« Mme Jeanne Dupuis », « Lucie Ferrand »)."""
    text, spans = parse_inline(marked)
    usual = _title_case_inside(text, spans)
    found = {(f.start, f.end) for f in _DETECTOR.detect(usual) if f.label == "NOM"}
    for s, e, label in spans:
        if label == "NOM":
            assert any(fs <= s and e <= fe for fs, fe in found), (usual[s:e], usual)


def _title_case_inside(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text.lower())
    for s, e, _ in spans:
        first = True
        for i in range(s, e):
            if chars[i].isalpha():
                chars[i] = chars[i].upper() if first else chars[i]
                first = False
            else:
                first = chars[i] in " -'."
    return "".join(chars)


def test_recasing_changes_only_the_case_of_letters_one_for_one() -> None:
    # « ß » and « İ » change length with their case: they stay as they are
    text = "mme weiß et mme yildiz ont vu m. öztürk\nMADAME AYŞE YİĞİT, İSTANBUL, EST VENUE CE MATIN AVEC SA FILLE"
    recased = recase(text)
    assert recased is not None
    assert len(recased.text) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(text, recased.text, strict=True))
    assert recased.text.startswith("Mme Weiß et Mme Yildiz ont vu M. Öztürk\n")
    assert "Ayşe" in recased.text


def test_usual_prose_is_not_read_again() -> None:
    assert recase("Mme Dupuis présente une toux.\nElle est suivie par le Dr Martin.") is None
    # a line of a wrapped paragraph has no capital, and gains none: nothing to read again
    assert recase("Le patient présente une toux sèche\net une fièvre depuis trois jours.") is None
    # a short heading in capitals is read well as written
    assert recase("COMPTE RENDU\nLe patient va bien.") is None


def test_only_the_stretches_in_one_case_are_recased() -> None:
    text = "Consultation du jour.\nPATIENT : MONSIEUR JEAN DUPONT NE LE 12/03/1950 A EVREUX\nIl va bien."
    recased = recase(text)
    assert recased is not None
    line = text.index("PATIENT")
    assert recased.stretches == ((line, text.index("\nIl va")),)
    assert recased.text[:line] == text[:line] and recased.text.endswith("\nIl va bien.")
    assert "Monsieur Jean Dupont" in recased.text


def test_the_sites_patterns_read_the_text_as_written() -> None:
    # An establishment's pattern is written for its text as written: on « mme jeanne … » it must not
    # match the re-cased « Mme Jeanne » that the names read.
    config = DetectConfig(site_patterns=[SitePattern(label="NDA", regex=r"\bMme(?= [A-Z])")])
    detector = Detector(config)
    assert not any(isinstance(r, SitePatternRecogniser) for r in detector.recased_readers)
    text = "mme jeanne dupuis présente une toux"
    labels = {f.label for f in detector.detect(text)}
    assert "NDA" not in labels and "NOM" in labels
    assert {f.label for f in detector.detect("Mme Jeanne Dupuis présente une toux")} >= {"NDA"}
