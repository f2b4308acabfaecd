"""Families of the twenty-eighth batch (a CHU's data team's own documents), each with invented text:
a hospital's site named by its own name alone, with or without its article, after a unit and « de » or
in a clause of care; and the traps that go with them (a unit's name in a heading, a germ's Latin name,
a surgical technique after its author, a feast, a region, a commune, a person after « adressée à »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # after a speciality and « de », the site's name with its article
        ("Je l'ai vue à la consultation de neurologie de la Marbrière pour ses céphalées.", "la Marbrière"),
        ("Bilan fait au service de pneumologie de la Fontonne la semaine dernière.", "la Fontonne"),
        # after a unit and « de », a name that no list holds
        ("Elle est revenue aux urgences de Vallebrune cette nuit.", "Vallebrune"),
        ("Tubes envoyés au labo de Pontigrane ce matin.", "Pontigrane"),
        # after « à » in a clause of care, with or without its article
        ("Il souhaite être opéré près de chez lui, à la Vérandière.", "la Vérandière"),
        ("Antécédents : cholécystectomie en 2011 à la Croix Bergère, puis rien.", "la Croix Bergère"),
        ("Elle souhaite poursuivre son suivi à Kervallec.", "Kervallec"),
        # a hyphenated name read whole, and after « vers » in a clause of care
        ("Pose de PAC. Contrôle à 1 mois à Haut-Vernay.", "Haut-Vernay"),
        ("Transfert prévu vers la Vérandière demain matin.", "la Vérandière"),
        # an appointment or an examination there
        ("RDV à la Marbrière le 12 avec le chirurgien.", "la Marbrière"),
        ("IRM faite à Haut-Vernay la semaine dernière.", "Haut-Vernay"),
    ],
)
def test_site_named_alone_after_a_care_cue(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit's name in a heading, and a unit in title case
        ("Service de Néphrologie — Dialyse — Transplantation", "Néphrologie"),
        ("Service de Chirurgie de la Main et du Membre supérieur", "Main"),
        # a germ's Latin name after « à »
        ("Biopsie gastrique : gastrite chronique à Helicobacter pylori.", "Helicobacter"),
        # a technique after its author, a study after « de »
        ("Exérèse en chirurgie de Kerdal proposée au patient.", "Kerdal"),
        ("Revue de la physiopathologie de Starling en cours.", "Starling"),
        # a feast, a region, the unit's own word capitalised
        ("Opérée à la Toussaint, suivie en consultation de la Douleur.", "Douleur"),
        ("Elle a été opérée à la Martinique l'an dernier.", "Martinique"),
        ("Elle a été hospitalisée à la Clinique en 2019.", "Clinique"),
        # a journey with no care, a first name after « vers »
        ("Il part en vacances vers la Bretonnière.", "Bretonnière"),
    ],
)
def test_no_site_after_a_care_cue(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a town before its country in brackets, listed abroad or in no list
        ("Destinataire : M. Sidibé, Quartier Lafiabougou, BP 212, Bamako (Mali)", "Bamako"),
        ("Courrier renvoyé : famille Sow, BP 88, Ndiabène (Sénégal).", "Ndiabène"),
        # a city in brackets after its country
        ("Il revient du Mali (Ségou) après trois mois, fièvre au retour.", "Ségou"),
        ("Elle a séjourné au Cambodge (Siem Reap) en août.", "Siem Reap"),
    ],
)
def test_town_beside_its_country(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the country itself, a continent, a person's country, what a bracket after a country says
        ("Elle a séjourné au Cambodge (Siem Reap) en août.", "Cambodge"),
        ("Paludisme contracté en Afrique (Guinée) il y a dix ans.", "Afrique"),
        ("Elle a vécu en Italie (Covid) puis au Maroc (ONG Santé).", "Covid"),
    ],
)
def test_no_town_beside_a_country(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hospital abroad by one word compounding its kind, its town after it
        ("Accident de ski, transfert prévu vers l'Alpenspital demain matin.", "Alpenspital"),
        ("Suivi au Kantonsspital Wetzingen puis retour en France.", "Kantonsspital Wetzingen"),
        ("Rééducation à la Rehaklinik, puis retour.", "Rehaklinik"),
        # an Italian hospital by its kind first
        ("Opéré en 2019 à l'Ospedale Maggiore di Lodi.", "Ospedale Maggiore di Lodi"),
        ("Cure en 2018 au Policlinico Vitale.", "Policlinico Vitale"),
    ],
)
def test_hospital_abroad_by_a_compound_word(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_a_kind_alone_is_no_hospital_abroad() -> None:
    assert not ENGINE.touches("Le mot Spital veut dire hôpital en allemand.", "Spital")


def test_no_town_beside_a_country_about_nobody() -> None:
    # a title of an article names a city and its country about nobody
    assert not ENGINE.touches("Paludisme à Plasmodium falciparum à Kandoulé ( Sénégal ).", "Kandoulé")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an eponym after a noun written with its ligature, and after a defect's noun
        ("CRO : manœuvre de Moreau 12 min, puis cholécystectomie.", "Moreau"),
        ("Radio : encoche de Girard sur la tête humérale.", "Girard"),
        # a food named after its place, and the items coordinated with it
        ("Régime : fromage de Cantal et Roquefort à limiter, eau de Vichy déconseillée.", "Cantal"),
        ("Régime : fromage de Cantal et Roquefort à limiter, eau de Vichy déconseillée.", "Roquefort"),
        ("Régime : fromage de Cantal et Roquefort à limiter, eau de Vichy déconseillée.", "Vichy"),
        ("Il prend deux pastilles Vichy après le repas.", "Vichy"),
        # a dressing's brand before its silver variant
        ("Réfection tous les deux jours avec Hydrovex Ag+ sur l'escarre.", "Hydrovex"),
    ],
)
def test_eponyms_products_and_dressings_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the person and the town stay found beside such words
        ("Mme Moreau habite à Vichy et boit de l'eau du robinet.", "Vichy"),
        ("Mme Moreau habite à Vichy et boit de l'eau du robinet.", "Moreau"),
        ("Pansement refait par Mme Girard ce matin.", "Girard"),
    ],
)
def test_people_and_towns_beside_products_stay_found(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a site in brackets with its building's number
        ("Maternité — CHU de Rouen (Bellevue 2)\nAccouchée le 3/12.", "Bellevue 2"),
        # a town after an establishment and a dash, ending the banner's line
        ("Dossier — Hôpital Jean-Verdier (AP-HP) — Bondy\n", "Bondy"),
        # an arrondissement's number and its quarter after the centre's town
        ("Il sera suivi au CMP Paris 14 Montsouris.", "CMP Paris 14 Montsouris"),
        # the sender a letterhead names before its address
        (
            "Laboratoire Corsa Diagnostic — 4 rue des Forges — 56100 Lorient\nDossier 12",
            "Laboratoire Corsa Diagnostic",
        ),
        (
            "CONSULTATION — Chirurgie du pied — Pied Urgence Atlantique, Nantes 44000",
            "Pied Urgence Atlantique",
        ),
    ],
)
def test_establishment_by_its_place_on_a_heading(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit after a dash, a unit's name before an address, a medicine's maker's address
        ("CHU de Rouen — Pédiatrie\n", "Pédiatrie"),
        ("Pôle de Cardiologie – 1 avenue Molière – 67000 Strasbourg", "Pôle de Cardiologie"),
        ("Laboratoires Pfizer — 23 avenue du Général — 75014 Paris", "Pfizer"),
        # a count after a hospital's town
        ("Hospitalisé au CH de Dax 3 fois cette année.", "3 fois"),
    ],
)
def test_no_establishment_on_a_heading(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an internal number after « tél. » and the place it rings
        ("Bébé en néonat (tél. service 64 218), conjoint présent.", "64 218"),
        ("Tél. du secrétariat : 4412, du lundi au vendredi.", "4412"),
        # a carer signed by the abbreviation of her role
        ("Relève de nuit. Conjoint présent. SF : Rivière.", "Rivière"),
        ("Toilette faite. ASH : Kerhervé.", "Kerhervé"),
        # a professional's id in an HL7 visit segment, and his names
        ("PV1|1|I|ONCO^412^1||||26X0041873", "26X0041873"),
    ],
)
def test_handover_and_record_families(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_hamlet_after_an_address_is_a_town() -> None:
    # a hamlet after an address and a comma, ending its line: a town, not a person
    text = "Parents : Paula Santoni, lieu-dit Capanna, Sualelli\nSéjour du 2/11"
    start = text.index("Sualelli")
    assert any(
        f.label.name == "VILLE" and f.start <= start and f.end >= start + len("Sualelli")
        for f in ENGINE.detect(text)
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # « SF » heading the symptoms, a chromosome's band, a roster's days, a disease's acronym
        ("SF : Dyspnée d'effort, toux sèche.", "Dyspnée"),
        ("CGH-array : microdélétion 22q11.2, délétion 15q11-q13.", "22q11.2"),
        ("CGH-array : microdélétion 22q11.2, délétion 15q11-q13.", "15q11-q13"),
        ("Mer–Jeu : P. Blanchard, N. Ozturk", "Mer–Jeu"),
        ("Histoire : diabète depuis 2011, AOMI stentée en 2020.", "AOMI"),
        # a count after « tél. service »
        ("Tél. service 12 lits ouverts.", "12"),
    ],
)
def test_handover_and_record_traps(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
