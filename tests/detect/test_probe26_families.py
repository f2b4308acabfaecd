"""Families of the twenty-sixth batch (documents as exported by real software), each with invented
text: a DPI banner's logged-in account, a NIR's key in a column of its own, a form's rank numbered
« n° 26-3318 », an invoice's number, an identifier printed in groups of three, a directory's extension
column, a town before its country, a dateline at the end of a letterhead, the hyphenated rest of a
place's name, French Guiana's health centres, a hospital's acronym alone in a heading, a hospital's
site, a Kanak tribe one comes from, the street of a home visit, the clipped transmissions' day, a
staff's list of patients, a compound given name's initials in a file's name; and the traps that go
with them (anatomy's eponyms, a classification named after a city, pathogens named after places, a
trade in lower case, guidelines by their edition, a list of trials, a medicine coordinated with a
listed one, a lesson's heading, a box's month of expiry)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the account a DPI's banner or an analyser's printout shows logged in
        ("│ Connecté : mathis.leroux │ 04/05/2026 14:02 │ F3 Dossier │", "mathis.leroux"),
        ("Connectée : c.lefort — Poste IDE 3", "c.lefort"),
        ("Session : jbernard | Unité 12 | imprimé 10:44", "jbernard"),
    ],
)
def test_account_logged_in(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the key in a column of its own, a scan's gap of spaces before it (valid key or typo)
        ("Assuré : 2 91 04 75 112 048      63   Régime général", "63"),
        ("N° SS : 1 72 03 33 063 125   12\nDate de l'accident : 04/02/2026", "12"),
    ],
)
def test_nir_key_in_the_next_column(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a form's year and rank, a counter: no month 26, no year 3318
        ("SAMU 64 — Fiche d'intervention n° 26-3318 — VSAV 2", "26-3318"),
        ("Rapport de transport n° 41/7720, véhicule 3", "41/7720"),
        # an invoice's number after « Facture », with « n° » or not
        ("Subject: Facture 2025/440871 - consultation externe", "2025/440871"),
        ("Objet : votre facture FA-2611-0418 (transport assis)", "FA-2611-0418"),
        # an identifier printed in groups of three, its label scanned with an l for the I
        ("PRESCRIPTEUR : Dr Anne Morel   ldentifiant : 33l 2O4 876\nSéances : 10", "2O4 876"),
        ("Médecin traitant — Identifiant : 741 205 338", "741 205 338"),
    ],
)
def test_numbers_of_a_record(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("la facture 12 500 € reste due", "12 500"),  # an amount
        ("facture 1 250,00 EUR réglée", "1 250"),
        ("Population : 68 000 000 habitants", "68 000 000"),
    ],
)
def test_no_record_number(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "ANNUAIRE — Pôle Médecine\nFonction           Nom                        Poste    Bip\n"
            "Cadre de santé     M. Garnier Loïc             5317     —\n"
            "Secrétaire         Mme Le Dû Odile             5320     8812\n",
            "5320",
        ),
        (
            "Garde du week-end\nNom                Tél.      Service\nDr Hamon           53 12     Réanimation\n",
            "53 12",
        ),
    ],
)
def test_extension_under_its_column_heading(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_no_extension_without_a_table() -> None:
    text = "Le poste de soins est au fond.   12 patients ce soir."
    assert not ENGINE.touches(text, "12")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a town of France or its neighbours, then its country in brackets
        ("Cabinet du Dr Lambert — Mouscron (Belgique)\n\nLe 3 mars 2026", "Mouscron"),
        ("Adressée par le CHwapi — Mouscron (Belgique), le 3 mars.", "Mouscron"),
        # the last item of a letterhead's line after a dash, then the report's date
        ("Clinique Sainte-Odile — Unité d'endoscopie — Haguenau, 03/11/2026\nPatient : X", "Haguenau"),
        ("Centre de rééducation — Kinésithérapie — Berck, le 3 mars 2026", "Berck"),
        # the rest of a hyphenated place whose head is a listed commune
        ("plaie au pied en baignade à Saint-Gilles-les-Bains hier soir", "les-Bains"),
        ("chute de vélo à Saint-Pierre-des-Corps ce matin", "des-Corps"),
    ],
)
def test_towns(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a city further abroad before its country: a paper's as often
        ("Accès palustre à Plasmodium falciparum observé à Dakar (Sénégal).", "Dakar"),
        # a place of anatomy named after a person (« faisceau de His »: His is a commune too)
        ("Bloc de branche : atteinte du faisceau de His, ECG à refaire.", "His"),
    ],
)
def test_no_town(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # French Guiana's health centres of its river communes
        ("CDPS de Maripasoula\nDr Hugo Ribeiro — Tél. 0594 37 00 21", "CDPS de Maripasoula"),
        ("consultation au CDPS de Camopi le 3 mai", "CDPS de Camopi"),
        # a hospital's acronym alone as an item of a heading
        ("CHAB — Cellule transport — Demande de prise en charge", "CHAB"),
        ("DxCare — GHBS\nPatient : LE ROUX Yann", "GHBS"),
        # a hospital's site by its name after « site »
        ("Prochain contrôle : 14/12 — Dr Perrin, néphrologie, site de Kerbernard", "Kerbernard"),
        ("Consultation d'anesthésie — site Mangeret", "Mangeret"),
        ("séjour à l'Hôpital de Jolimont (site Lobbes) du 2 au 9 mai", "Lobbes"),
    ],
)
def test_establishments(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Score : CHADS — voir plus bas", "CHADS"),
        # the country in brackets after a hospital: no site of it
        ("CHU Habib Bourguiba — Sfax (Tunisie) — Service des urgences", "Tunisie"),
        ("Hôpital de jour — Arlon (Belgique)", "Belgique"),
        ("Chirurgie digestive, site Droit", "Droit"),
        ("Cardiologie, site opératoire propre", "opératoire"),
    ],
)
def test_no_establishment(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the Kanak tribe a patient comes from
        ("Patient : HNAWIA Paul, originaire de la tribu de Wagap (Poindimié)", "tribu de Wagap"),
        ("elle vient de la tribu de Nékliai, Poya", "tribu de Nékliai"),
        # the street of a home visit, in a bracket after the person's title and name, in lower case
        ("passage 9h chez mme hoarau (chemin lagourgue) : glycémie 2,1", "chemin lagourgue"),
        ("tournée : chez M. Payet Jean (rue labourdonnais) — insuline", "rue labourdonnais"),
    ],
)
def test_addresses(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Chez M. Martin, place centrale dans la famille", "place centrale"),
        ("chez le patient (route longue) : RAS", "route longue"),
    ],
)
def test_no_address_at_a_visit(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the transmissions clipped, then the day, then the note going on after a dash
        ("tr. IDE 5/11 — mme lemoine : pansement fait", "5/11"),
        ("transm. kiné 12/10 — M. Roger : 1er lever", "12/10"),
    ],
)
def test_day_of_clipped_transmissions(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_no_day_after_a_clipped_word_in_a_dose() -> None:
    assert not ENGINE.touches("tr. 1/2 cp le soir", "1/2")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a staff's list: the surname in lower case, the initial, the age in brackets
        ("RCP pneumo — dossiers :\n1) tanguy R. (67a) ADK T2N1\n2) ouedraogo S. (58 ans) récidive", "tanguy"),
        ("RCP pneumo — dossiers :\n1) tanguy R. (67a) ADK T2N1\n2) ouedraogo S. (58 ans) récidive", "S."),
        ("- Le Gall A. (F, 84 ans) chute\n- riboulet P. (H 71a) AVC", "riboulet P."),
        # a compound given name's initials in a file's name, the name given in full in the text
        ("Objet : CR — GUEGAN Marie-Laure\nPJ : GUEGAN_ML.hpr (HPRIM, 2 Ko)", "ML"),
    ],
)
def test_names_of_lists_and_files(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("2) patient M. (61a) vu ce jour", "patient"),
        ("Patient : DUPONT Jean\nPJ : DUPONT_CR.pdf", "CR"),
    ],
)
def test_no_name_in_lists_and_files(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a lesson's heading, « cours » and the diploma it prepares
        ("Cours de DIU — plaies et cicatrisation", "Cours de DIU"),
    ],
)
def test_no_lesson_address(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a box's or a kit's month of expiry
        ("Lot 24C0412 — Spasfon 80 mg. Péremption 09/2029. Conserver à l'abri.", "09/2029"),
        ("Kit réactif lot 7741, EXP : 03/2027", "03/2027"),
    ],
)
def test_expiry_months_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a preparation's day of expiry: the day it was made for
        ("OXALIPLATINE 150 mg — péremption 15/03/2025 02:00", "15/03/2025"),
        # a product dispensed to a named patient: its month of expiry is read as a date still
        ("Mme Leroy Anne — IPP 55012877\nCEFTRIAXONE 1 g — lot 25B771 — Exp. 10/2027", "10/2027"),
    ],
)
def test_expiry_dates_of_a_patient(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # anatomy's eponyms after their bundle, their pouch
        ("Épanchement du cul-de-sac de Douglas à l'échographie.", "Douglas"),
        # a classification named after the city of its consensus
        ("Œsophagite érosive : classification de Los Angeles pour le suivi.", "Los Angeles"),
        # pathogens named after places, listed after « virus », « fièvre »
        ("Diagnostics évoqués : fièvres à virus Marburg, Lassa et Ebola.", "Lassa"),
        ("Diagnostics évoqués : fièvres à virus Marburg, Lassa et Ebola.", "Ebola"),
        ("Retour de voyage, fièvre West Nile possible.", "West Nile"),
        # a trade, a dog's breed in lower case in a text written with its capitals
        ("Histoire sociale : ancien berger, vit avec un berger allemand.", "berger allemand"),
        # guidelines by their body and edition
        ("Protocole fondé sur KDIGO 2024, GOLD 2025, GINA 2024 et SFAR 2019.", "GOLD"),
        ("Protocole fondé sur KDIGO 2024, GOLD 2025, GINA 2024 et SFAR 2019.", "GINA"),
        # a list of trials after « essais »
        ("Relecture des essais COMPASS (rivaroxaban), RE-LY (dabigatran) et ROCKET AF.", "RE-LY"),
        ("Relecture des essais COMPASS (rivaroxaban), RE-LY (dabigatran) et ROCKET AF.", "ROCKET"),
        # a medicine no list holds, coordinated with a listed one
        ("Hyperkaliémie modérée ; Kayexalate ou Lokelma ; contrôle à H6.", "Lokelma"),
        ("Chélateur : Resikali ou Veltassa à discuter.", "Veltassa"),
    ],
)
def test_name_traps_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Vu avec Mme Durand, Martin et Dupont ce matin", "Dupont"),
        ("appel de pierre dupont ce matin", "dupont"),
        ("Patient : DUPONT 1985", "DUPONT"),
        ("sous Doliprane et Marie est venue", "Marie"),
        ("Malgré la fièvre, Paul est venu seul.", "Paul"),
        ("inclus dans l'essai SPRINT avec M. DUPONT", "DUPONT"),
    ],
)
def test_names_beside_the_traps(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)
