"""What a form's or a banner's labels are, never a name nor a town (probe29's over-masking families,
invented text): a number's label (« IPP », « NDA », « NIR ») after a name or under a sex's letter
(``names/identifier_labels``); a town's field label with a form's mandatory mark or before its value in
capitals (``places/not_a_place.is_field_label``); a document's title opening the line after a letterhead,
which the second reading no longer joins to the hospital's name (``document_titles``)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE, part_masked


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "BRACELET\nMère : KERVELLA Anaïs  IPP mère 7 0 0 4 1 2 9 9 1 0\nIPP enfant : 7 0 0 5 3 3 1 0 2 8",
            "IPP",
        ),
        (
            "KERBRAT Tom      | KERBRAT Tom\nné le 02/03/1990  M     | né le 02/03/1990  M\nIPP 6100223344   | IPP 6100223344",
            "IPP",
        ),
        ("Objet : [NDA 2611044] compte rendu de Mme LE DUFF Annick", "NDA"),
        # a form's town label with its mandatory mark, or before its value in capitals
        ("code postal* : 29200   ville* : brest\nmail* : x@y.fr", "ville"),
        ("Adresse : 4 rue de Siam  CP 29200  Ville BREST", "Ville"),
        # a document's title after the letterhead is no part of the hospital's name
        ("Clinique de l'Iroise – Brest\nCRO du 3.11.2026 — Chirurgien : Dr Paul Le Roux", "CRO"),
        ("Hôpital de la Cavale — Maternité\nCompte rendu de séjour de Mme Anne Riou", "Compte"),
    ],
)
def test_labels_are_no_names_nor_places(text: str, part: str) -> None:
    found = ENGINE.detect(text)
    at = text.index(part)
    # (the part itself, at each place it stands, is no finding's; the names around it still are)
    while at != -1:
        assert not any(f.start <= at < f.end for f in found), (text[at : at + len(part)], found)
        at = text.find(part, at + 1)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("BRACELET\nMère : KERVELLA Anaïs  IPP mère 7 0 0 4 1 2 9 9 1 0", "KERVELLA Anaïs"),
        ("code postal* : 29200   ville* : brest\nmail* : x@y.fr", "brest"),
        ("nom* : guivarch  ville* : morlaix", "guivarch"),
        ("Adresse : 4 rue de Siam  CP 29200  Ville BREST", "BREST"),
        (
            "Clinique de l'Iroise – Brest\nCRO du 3.11.2026 — Chirurgien : Dr Paul Le Roux",
            "Clinique de l'Iroise",
        ),
        # the commune « Ville » after its postcode, a person « Ville » after a title
        ("Il habite 60400 Ville depuis mars.", "Ville"),
        ("M. Ville est venu ce matin.", "Ville"),
    ],
)
def test_the_values_beside_them_are_found(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_a_lower_case_label_after_a_name_is_no_part_of_it() -> None:
    text = "nom* : guivarch  ville* : morlaix"
    assert not ENGINE.touches(text, "ville")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a heading in capitals: a noun, « DE », a noun that a list also holds as a surname
        ("TABLEAU DE GARDE — CHU de Rouen — semaine 12", "GARDE"),
        # a land named after « en », a surname too in the lists
        ("Saisonnier, vendanges en Champagne depuis août.", "Champagne"),
        ("Vacances en Berry puis retour.", "Berry"),
        # a region across the border, after « en », no commune nor person
        ("Prénom d'état civil allemand (né en Sarre), carte d'identité allemande.", "Sarre"),
        ("Frontalier, il travaille en Sarre depuis 2010.", "Sarre"),
    ],
)
def test_headings_and_lands_are_no_names(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [("appel de GARDE Julien ce matin", "GARDE Julien"), ("M. Champagne est venu seul.", "Champagne")],
)
def test_the_same_words_as_persons_stay_names(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


_ROSTER = (
    "PLANNING — semaine 12\n"
    "Date        | Senior bloc   | Senior réa    | Bip\n"
    "lun. 16/03  | B. LE GALL    | S. TANGUY     | 41 207\n"
    "mar. 17/03  | P. MORVAN     | L. CADIOU     | 42 08\n"
)


def test_a_tables_header_row_names_no_one() -> None:
    found = ENGINE.detect(_ROSTER)
    header = _ROSTER.index("Date")
    assert not any(header <= f.start < _ROSTER.index("\n", header) for f in found)
    assert part_masked(found, _ROSTER, "LE GALL") and part_masked(found, _ROSTER, "MORVAN")


@pytest.mark.parametrize(
    "text",
    [
        # a teaching or test record's placeholder, a header's labels in capitals
        "Dossier fictif pour les internes : [PATIENT TEST] — F — 52 a — lit 4 — séjour fictif.",
        "Patient : PATIENT TEST, dossier de démonstration ; le patient va bien.",
    ],
)
def test_a_placeholder_of_labels_is_no_name(text: str) -> None:
    assert not ENGINE.detect(text, "NOM")


@pytest.mark.parametrize(
    ("text", "part"),
    [("Nom : MEDECIN Paul, né le 3 mars", "MEDECIN"), ("Vu M. PATIENT ce matin.", "PATIENT")],
)
def test_a_label_word_as_a_persons_name_stays(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)
