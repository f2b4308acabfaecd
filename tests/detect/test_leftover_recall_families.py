"""Recall families left by the thirtieth to thirty-second batches, with invented text: a pager after the
unit's word (« Bip réa : 47 220 »); an Andorran postcode and its town; a laboratory's code with slashes
after its letters (« VEL/26/88317 »); an insurer's member number, letters then digit groups; a hospital
group's acronym after a transfer list's arrow. And what must stay readable."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a pager or an extension after the unit's or the role's word and a colon
        ("Bip réa : 46 318 — bip bloc : 46 319", "46 318"),
        ("Bip réa : 46 318 — bip bloc : 46 319", "46 319"),
        ("DECT cadre : 4412\nRAS", "4412"),
        # an Andorran postcode and its town, or with the country on its line
        ("domiciliée Carrer Major 9, AD500 Andorra la Vella, hospitalisée", "AD500"),
        ("domiciliée Carrer Major 9, AD500 Andorra la Vella, hospitalisée", "Andorra la Vella"),
        ("Adresse : Avinguda Meritxell 20, AD700 Escaldes-Engordany", "Escaldes-Engordany"),
        ("Adresse : Carrer de la Unió 3, AD 400, Andorre", "AD 400"),
        # a laboratory's code: letters, a slash, the year, a slash, the serial
        ("Réf. patient : LAB/26/41190\nNom : MARCEAU", "LAB/26/41190"),
        # an insurer's member number: its letters, then groups of digits
        ("Mutuelle : Mutuelle du Rhin n° MR 4410 8823", "MR 4410 8823"),
        ("n° adhérent : AB 4471 2290", "AB 4471 2290"),
        # a hospital group's acronym after a transfer list's arrow, closing its cell
        ("04/12 02:10 | Hoarau Kevin | 1990 | Salazie → GHNR | AVP", "GHNR"),
    ],
)
def test_family_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a count after the unit's word, a length after « BIP »
        ("poste soins : 12 lits", "12"),
        ("BIP : 55 mm", "55"),
        # a setting named like a code, a standard and its year
        ("Réglage AD500 du moniteur", "AD500"),
        ("Conforme à la norme ISO/15/2012 pour les analyses.", "ISO/15/2012"),
        # a lot's number after « n° »
        ("Chariot : Lot n° AB 1234", "AB 1234"),
        # a medical acronym after an arrow, the cells of the transfer list's row
        ("Douleur → HTA\nTraitement → HDJ", "HTA"),
        ("04/12 02:10 | Hoarau Kevin | 1990 | Salazie → GHNR | AVP", "AVP"),
    ],
)
def test_family_negative(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a compound surname after a bed's number, one part in the lists
        ("VNI nuit, GDS ok\nlit 5 Bernard-Quéffelec : sédation levée, Glasgow 9", "Bernard-Quéffelec"),
        # a roster's shift line, a surname alone that no list holds
        ("Planning IDE\nMatin : Durand, Lefèvre\nNuit : Kerjégat (joignable)", "Kerjégat"),
        # a hospital's short name typed in lower case without its accent
        ("transfert prévu en pneumo à st eloi demain", "st eloi"),
        # a site named for its patients, capitalised
        ("Consult ortho pédiatrique Hôpital des Enfants (CHU Valmont) — 27/11/2026", "Hôpital des Enfants"),
        # a capital I for an l inside a listed given name
        ("Je soussigné(e) LAGARDÈRE MarieIine\nné(e) le 14/06/1955", "MarieIine"),
        # a NIR in one bracket, a scan's O for its zeros, and its key in the next bracket
        ("N° d'immatriculation [1|6 2|O 9|6 4|4 4 5|O 9 1] clé [2 6]", "1|6 2|O 9|6 4|4 4 5|O 9 1"),
        ("N° SS : [2 74 O8 29 O19 183] [O7]\nMotif : chute", "O7"),
    ],
)
def test_names_places_numbers_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # words after a bed's number, a roster's shift in a nurse's note, a children's hospital in general
        ("lit 3 Post-Op : RAS", "Post-Op"),
        ("Matin : Calme\nNuit : Agitation vers 3h", "Agitation"),
        ("il faut un hôpital des enfants pour ça", "hôpital des enfants"),
        # a name with a capital I of its own, codes of look-alikes in brackets
        ("traitement par AmIodarone", "AmIodarone"),
        ("Codes [IO OI lO]", "IO"),
    ],
)
def test_names_places_numbers_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hospital group in capitals named by its part of a region, after another letterhead item
        (
            "DEMANDE D'ADMISSION — CHU DE LA RÉUNION — GROUPE HOSPITALIER SUD RÉUNION\nNom : X",
            "GROUPE HOSPITALIER SUD RÉUNION",
        ),
        ("GHNA — GROUPE HOSPITALIER NORD ALSACE\nHôpital de Saverne", "GROUPE HOSPITALIER NORD ALSACE"),
        # the acronym of the establishment written out on the line, before its site
        ("CHU de Valmont — Institut Régional de Cancérologie — IRC Beaulieu\nAnatomie", "IRC"),
    ],
)
def test_establishments_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a sentence in capitals after the kind, an examination's acronym before a site
        ("LE CENTRE HOSPITALIER EST SATURÉ EN BRETAGNE", "SATURÉ"),
        ("CHU de Valmont — Institut Régional de Cancérologie — IRM Beaulieu\nAnatomie", "IRM"),
    ],
)
def test_establishments_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part", "masked"),
    [
        # a lower-case surname and given name right before a short age, opening their item
        ("crh rea med CHU Valmont / kerbrat jean-eudes 52a\nentrée 18/11", "kerbrat jean-eudes", True),
        ("staff onco 3/12\n- lozach marie 61 ans : progression", "lozach marie", True),
        # words of the language before an age
        ("- toux sèche pierre 52a", "toux", False),
        ("bilan : fievre marie 3 ans", "fievre", False),
    ],
)
def test_names_before_an_age(text: str, part: str, masked: bool) -> None:
    assert ENGINE.masks(text, part) if masked else not ENGINE.touches(text, part)
