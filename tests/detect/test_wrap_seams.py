"""The second reading joins a soft line break only where its seam may fall inside one entity.

The words that meet at the break say it (``egide.detect.wrap_seams``): prose on both sides, a closing
formula's comma, a name before the next field's French word, a title or a place's word that opens
the next person or place, a number before the next field: nothing goes on across them, and the
second reading does not read them again. Names, numbers, dates, streets, hospitals and e-mails cut
by a break still are (invented values, no real person).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.wrapped import unwrap
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()

# « ⏎ » marks the break; nothing goes on across it.
APART = [
    # prose on both sides, wrapped in a narrow column
    "Le patient est venu⏎en consultation pour une toux.",
    "Il présente une dyspnée⏎stade II depuis hier.",
    # a value's sign ends its sentence
    "Ferritine 18 µg/L, CST 9 %.⏎Travaille comme agent d'entretien.",
    # a closing formula, then the signature
    "Bien cordialement,⏎Dr Aline Testard",
    # a name, then the post under it or the next person
    "Dr Bailly⏎Chef de clinique assistant",
    "Compte rendu du 12/09 - Professeur COUSIN⏎M. CHARRIER, 59 ans",
    # a letterhead's lines: the hospital, then the unit
    "Hôpital Foch⏎Service de pneumologie",
    "Hôpital privé de Rennes Service de gériatrie⏎Secrétariat : 02 99 00 00 00",
    # a number ends a field, the next field opens the next line
    "Né le 12.05.1980 - IPP 6087532705⏎Entrée le 27/02/2021",
    "Secrétariat : 0515491747⏎Dr ROCHER - RPPS 10003456789",
    # a word of prose before a street's number: the street starts on its line
    "Service de néphrologie⏎8 boulevard des Écoles",
    # after a name, an e-mail on its line; after a post, the e-mail's
    "Dr Aline Testard Interne⏎aline.testard@exemple.fr",
    "Chef de clinique assistant⏎atestard73@exemple.fr",
    # an initial (« secteur B »), then a room
    "Entrée du 29/09/2025 - secteur B⏎Ch. 10 - TESTARD - 63 ans",
]

# The break may fall inside a name, a number, a date, a street, a hospital, an e-mail.
JOINED = [
    "Pr Nicole⏎MACE",
    "Tout en laissant l'expert⏎Gebelin dans son rôle",
    "Personne de confiance : M. Robert⏎Grenier",
    "Adressé par le Dr⏎Martin",
    "Jean⏎de La Fontaine",
    "Tél. : +33 (0)5⏎84 78 34 21",
    "Tél. : 01 45⏎67 89 10",
    "Numéro de dossier⏎45214587",
    "N° IPP⏎80012345",
    "Tél⏎01 45 67 89 10",
    "né le 14 .⏎03 . 1950",
    "carte⏎d'identité 123456789012",
    "Adresse : 94, chemin⏎de la Gare",
    "Domicile : 12⏎rue des Lilas",
    "Domicile : 12 bis⏎rue des Lilas",
    "Domicile : rue⏎Victor Hugo",
    "Adressée à la Clinique⏎Mathilde",
    "Centre Hospitalier de⏎Rouen",
    "Centre Hospitalier Régional⏎Universitaire de Lille",
    "transférée à l'hôpital⏎Saint-Louis",
    "Hôpital Henri⏎Mondor",
    "né le 12 mars⏎2020",
    "né le⏎12 mars 2020",
    "Écrire à aline.testard⏎@exemple.fr",
    "Villers-⏎Cotterêts",
    "Domicile : Sélestat⏎67600",
    "Domicile : Chambéry⏎cedex",
    # an establishment's name goes on from its own name to common words
    "Transfert à l'Hôpital Necker⏎Enfants Malades pour avis",
    "Adressé au CHU Saint-Pierre⏎Sud Réunion",
]


def _break(marked: str) -> tuple[str, int]:
    at = marked.index("⏎")
    return marked.replace("⏎", "\n"), at


@pytest.mark.parametrize("marked", APART)
def test_a_seam_that_no_entity_crosses_is_not_joined(marked: str) -> None:
    text, at = _break(marked)
    wrapped = unwrap(text)
    assert wrapped is None or (at not in wrapped.breaks and wrapped.text[at] == "\n")


@pytest.mark.parametrize("marked", JOINED)
def test_a_seam_inside_an_entity_is_joined(marked: str) -> None:
    text, at = _break(marked)
    wrapped = unwrap(text)
    assert wrapped is not None and at in wrapped.breaks and wrapped.text[at] == " "


# What the second reading used to add across such seams: one name of two people, a post's word.
@pytest.mark.parametrize(
    "marked",
    [
        "Cordialement, Dr <NOM>Bailly</NOM>\nChef de clinique assistant",
        "Compte rendu - Professeur <NOM>COUSIN</NOM>\nM. <NOM>CHARRIER</NOM>, 59 ans",
    ],
)
def test_the_next_line_is_not_read_as_the_rest_of_a_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)


def test_an_establishment_wrapped_after_its_own_name_is_masked_whole() -> None:
    text, _ = parse_inline(
        "Transfert à l'<ETABLISSEMENT>Hôpital Necker\nEnfants Malades</ETABLISSEMENT> pour avis."
    )
    assert_finds(
        _DETECTOR.detect(text),
        "Transfert à l'<ETABLISSEMENT>Hôpital Necker\nEnfants Malades</ETABLISSEMENT> pour avis.",
    )
