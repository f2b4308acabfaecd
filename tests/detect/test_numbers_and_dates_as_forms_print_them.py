"""Numbers and dates printed the ways real forms print them (probe37–39 families): extensions in a
switchboard's groups, forms whose boxes are pipes, insurers' member numbers, short coded ids after a
unit's name, compact and partial dates; with what must stay readable beside each family. All names and
numbers are invented."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.normalise import normalise
from tests.detect.recognisers.support import nir

DETECTOR = Detector()


def masked(text: str, part: str) -> bool:
    """Every letter and digit of ``part`` (its first occurrence) is inside a finding."""
    at = text.index(part)
    covered = [False] * len(text)
    for f in DETECTOR.detect(text):
        for k in range(f.start, f.end):
            covered[k] = True
    return all(covered[k] for k in range(at, at + len(part)) if text[k].isalnum())


def untouched(text: str, part: str) -> bool:
    at = text.index(part)
    return not any(f.start < at + len(part) and at < f.end for f in DETECTOR.detect(text))


# --- internal extensions: five digits in a switchboard's three groups, the familiar « rappelle-moi » ----


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Appelé : Dr Lemaire (hématologie), joignable au 5 71 38.", "5 71 38"),
        ("Fiche remplie par Yasmine K. — joignable au 4 27 03 (standard 04 74 31 52 86)", "4 27 03"),
        ("pour toute question, appeler au 6.43.12 en journée", "6.43.12"),
        ("rappelle moi au 4417 stp", "4417"),
        ("Rappelle-moi au 44 17 quand tu peux.", "44 17"),
        ("écrire à secretariat.neuro@chu-exemple.fr ou au 5 71 38", "5 71 38"),
        # an on-call list: the extension in brackets after the doctor's name
        ("Réa méd : Dr Julie Rivière (7 65 21) · Chir viscérale : Dr Benhamou (7 60 88)", "7 65 21"),
        ("Réa méd : Dr Julie Rivière (7 65 21) · Chir viscérale : Dr Benhamou (7 60 88)", "7 60 88"),
        ("Astreinte : Pr J.-F. MARCHAND (62 418)", "62 418"),
        ("Cadre de nuit : Mme Roux, cadre (4412)", "4412"),
    ],
)
def test_extensions_in_groups_are_masked(text: str, number: str) -> None:
    assert masked(text, number)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("le patient rappelle au 3 12 mg près", "3 12"),
        ("posologie (5 10 20) selon la tolérance", "5 10 20"),
        ("HbA1c (7 65 21) sans nom devant", "7 65 21"),
    ],
)
def test_bracketed_groups_without_a_named_person_stay(text: str, readable: str) -> None:
    assert untouched(text, readable)


def test_a_year_in_brackets_after_a_name_is_no_extension() -> None:
    text = "Dr Martin (2019) a décrit cette forme"
    assert not any(f.label == "TELEPHONE" for f in DETECTOR.detect(text))


# --- forms whose boxes are pipes ---------------------------------------------------------------------


def test_a_pipe_boxed_form_is_read_whole() -> None:
    key_nir = nir(sex=1, year=56, month=8, dept="59")
    body, key = key_nir[:13], key_nir[13:]
    groups = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13]]
    boxed = " | ".join(" ".join(g) for g in groups)
    text = (
        "Date de naissance : |1 2 | 0 8 | 1 9 5 6|\n"
        f"N° de sécurité sociale : |{boxed}| Clé |{' '.join(key)}|\n"
        "Adresse : |3 3 RUE DU MOULIN|  CP |5 9 1 6 0|  Ville |L O M M E|"
    )
    assert masked(text, boxed)
    assert masked(text, "3 3 RUE DU MOULIN")
    assert masked(text, "5 9 1 6 0")
    assert masked(text, "1 2 | 0 8 | 1 9 5 6")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Tél |0 6 | 1 2 | 3 4 | 5 6 | 7 8|", "Tél |06 12 34 56 78|"),
        # a table's cells of one digit each, and a scale, are no number
        ("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |", "| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |"),
        ("Score | 1 2 | 3 4 | 5 6 |", "Score | 1 2 | 3 4 | 5 6 |"),
    ],
)
def test_pipe_grouped_boxes(written: str, read: str) -> None:
    assert normalise(written).text == read


def test_a_box_after_a_line_break_opening_a_grouped_number_is_not_joined_to_the_line_before() -> None:
    # an IPP one digit per box, then on the next line a NIR in its groups (born abroad: département 99)
    text = "N'GUESSAN Koffi\n0 1 4 4 9 8 2 3 7\n1 67 04 99 424 118 38\nCH Versailles"
    assert normalise(text).text.splitlines()[2] == "1 67 04 99 424 118 38"
    assert masked(text, "1 67 04 99 424 118 38")
    assert masked(text, "0 1 4 4 9 8 2 3 7")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Patiente : Marguerite BLANCHARD, 1 9 3 8\nPhacoémulsification OD", "1 9 3 8"),
        ("Patiente : Marguerite BLANCHARD, 1938\nPhacoémulsification OD", "1938"),
        ("Patient : Mme ZIEGLER Irène - 1936 - 2 rue Principale, 67360 Woerth", "1936"),
    ],
)
def test_a_birth_year_after_a_name_in_capitals_or_a_dash(text: str, year: str) -> None:
    assert masked(text, year)


def test_a_count_after_a_word_and_a_comma_stays() -> None:
    assert untouched("Plaquettes, 1950 ce matin", "1950")


# --- an insurer's name and the member's number: one span ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mutuelle : MUT. ALSACE 0073 5521 8", "MUT. ALSACE 0073 5521 8"),
        ("Mutuelle |AXA Santé 5 004 227 91|", "AXA Santé 5 004 227 91"),
        ("Reste à charge après mutuelle (HARMONIE 12 447 308) : 40,00 €", "HARMONIE 12 447 308"),
        ("Assurance : Groupe Mutuel n° 756.4410.2281.37", "Groupe Mutuel n° 756.4410.2281.37"),
        ("carte MGEN n° 1 234 567 89 à jour", "MGEN n° 1 234 567 89"),
        ("Complémentaire santé : Mutuelle des Remparts 448 120 77", "448 120 77"),
    ],
)
def test_insurer_and_member_number(text: str, span: str) -> None:
    assert masked(text, span)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("Mutuelle : MGEN 2 ans de carence", "2 ans"),
        ("Mutuelle : Matmut 100 % pris en charge", "100 %"),
        ("Mutuelle : Oui 123456", "123456"),
        ("Assurance : Allianz depuis 2019 - 2024", "depuis"),
    ],
)
def test_no_member_number_there(text: str, readable: str) -> None:
    assert untouched(text, readable)


# --- short coded ids after a unit's name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("M. Vanhoutte Steven (IPP CSAPA D-0734) revu", "D-0734"),
        ("(IPP D-0734)", "D-0734"),
        ("IPP CHU 12345", "12345"),
        ("NDA HAD 2604388", "2604388"),
    ],
)
def test_a_short_coded_id_after_its_label_and_unit(text: str, value: str) -> None:
    assert masked(text, value)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("(IPP 0734)", "0734"),  # four digits alone after « IPP »: a dose as often
        ("sous IPP D 20 mg", "20"),
        ("sous IPP pendant 12345 ans", "12345"),
    ],
)
def test_short_numbers_after_ipp_stay(text: str, readable: str) -> None:
    assert untouched(text, readable)


# --- dates: compact in brackets, dotted in a clause, a series without its year, with a time ----------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mlle Dufresne Océane (030619), 7 ans, fébrile", "030619"),
        ("IRM (centre d'imagerie de Bayeux, 6.11.26) : atrophie hippocampique", "6.11.26"),
        ("30/11 : crise au réveil.\n1/12 : RAS. 2/12 : somnolent l'après-midi.", "2/12"),
        ("CONSULT. ADDICTO\n1/12 : M. Vanhoutte Steven revu après sevrage", "1/12"),
        ("Pour le staff de lundi (7/12, 8h15, salle de réunion du 2e)", "7/12"),
        ("Pas d'uvéite depuis l'épisode de 2023 suivi par le Dr Villain.", "2023"),
        ("Comparaison avec biopsies de 2022 (bénignes).", "2022"),
        ("ETT prévue en S49, je vous tiendrai informé.", "S49"),
    ],
)
def test_dates_as_notes_write_them(text: str, date: str) -> None:
    assert masked(text, date)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("Dupont (123456) sans date", "123456"),  # no valid date
        ("logiciel v2.1.10, 6.1.2 installé", "6.1.2"),
        ("section 4.2.15) du RCP", "4.2.15"),
        ("TA 12/8, 14h au repos", "12/8"),
        ("1/2 : dose réduite", "1/2"),
        ("bilan de 2000 patients inclus", "2000"),
        ("radios de 2000 patients relues", "2000"),
        ("une crise de 2000 mg", "2000"),
        # the weeks of a rehabilitation's protocol, counted from the operation
        ("Passif puis actif aidé, pas de renforcement avant S12.", "S12"),
        ("Attelle, appui complet dès S6.", "S6"),
    ],
)
def test_what_stays_readable_beside_them(text: str, readable: str) -> None:
    assert untouched(text, readable)


# --- a foreign postcode with its country's letters, after a town no list holds ------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Patient : BÜHLER, Ernst (frontalier, domicile Allschwil CH-4123)  IPP 8 801 442 71", "CH-4123"),
        ("vit à Arlon B-6700, près de la frontière", "B-6700"),
    ],
)
def test_a_prefixed_foreign_postcode_after_its_town(text: str, code: str) -> None:
    assert masked(text, code)


def test_a_prefixed_code_after_a_lower_case_word_stays() -> None:
    assert untouched("Réactif de contrôle, lot CH-4123.", "CH-4123")


def test_an_identifier_labelled_with_its_owner_in_short_groups() -> None:
    # « Identifiant prescripteur : » — the owner's word between the label and its colon
    assert masked("ORDONNANCE\nIdentifiant prescripteur : 561 0 43 219\nMme X", "561 0 43 219")
