"""The families the halves A of the twentieth and twenty-first probes left behind (issue 8), each with
invented variants and traps:

- an abbreviated weekday and its day heading a roster's line (« lun 7 : Dr … », « sam 12 — bloc »);
- the day alone that names a week (« un créneau la semaine du 14 », « semaine du 3 au 9 »);
- a day alone with its time of day after a month and its year (« pontage en juin 2015 … le 21 à 6 h »);
- a month alone right after a follow-up's word (« revue mars », « contrôle juin »);
- an English weekday and its day (« on Saturday 28th », « Monday the 3rd »);
- two towns a home is shared between (« réside entre Céret et Figueres »);
- a town abroad after a pronoun and « être » or a verb of coming in the plural (« on est à Brazzaville »,
  « ils arrivent de Brazzaville »);
- a town after a full date and a comma, closing a bracket (« (report dated March 14, 2018, Yaoundé) »);
- a farm or a country house by its kind and name before its commune (« mas de la Fage, 48100 … »);
- a street abroad typed with its type in lower case before its postcode and town (« rua das Flores 88,
  4050-265 Porto »), a Romanian street without « nr. » (« Strada Lăpușneanu 27 »);
- an estate's building named after the estate (« Cité des 4000, bâtiment Ravel, esc. 3 »);
- an unlabelled number between slashes in a banner, before a bed's or a room's field that opens on a
  rate's letter (« Boucher Thierry / 49-1188204 / lit 12 »: « / l » is no « per litre »);
- two or three initials signing a letter or a handover (« Amicalement, J.P. », « signé S.M IDE nuit »);
- a surname alone in brackets after a title and a first name (« Mme Josiane (Carré) »);
- a given name that is a kin title after a doctor's title (« Dr Pere Llobet », the Catalan « Pere »);

and the traps: an abbreviation that is no weekday, a week of pregnancy, a weekday and a time, a month
name that is a first name.
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline


@cache
def engine() -> Detector:
    return Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label, text[f.start : f.end]) for f in engine().detect(text)]


@pytest.mark.parametrize(
    "marked",
    [
        # an abbreviated weekday and its day heading a roster's line
        "Astreinte de réanimation\n<DATE>jeu 10</DATE> : Dr <NOM>Vasseur</NOM>\n<DATE>ven 11</DATE> : Dr <NOM>Mallet</NOM>",
        "Bloc orthopédie\n- <DATE>mer 3</DATE> — Pr <NOM>Guillot</NOM>\n- <DATE>sam 6</DATE> — Dr <NOM>Hamon</NOM>",
        "<DATE>mar 15</DATE> | Dr <NOM>Sauvage</NOM> | bip 4410\n<DATE>mer 16</DATE> | Dr <NOM>Rigal</NOM>",
        # the day alone that names a week
        "Il souhaite un rendez-vous la semaine du <DATE>21</DATE>, après ses congés.",
        "Pas de lit disponible avant la semaine du <DATE>9</DATE>.",
        "Remplacement semaine du <DATE>3</DATE> au <DATE>9</DATE> : Dr <NOM>Lacaze</NOM>",
        # a day alone with its time of day after a month and its year
        "Opéré d'une hernie en mai 2018. Malaise le <DATE>12</DATE> à 22 h, appel du SAMU.",
        "Chimiothérapie depuis octobre 2025 ; fièvre le <DATE>3</DATE> au soir, hospitalisé.",
        # a month alone right after a follow-up's word
        "Bilan lipidique à refaire. Revue <DATE>septembre</DATE>.",
        "Traitement inchangé, contrôle <DATE>juin</DATE> avec échographie.",
        "poursuite du traitement. rdv <DATE>janvier</DATE> avec le Dr <NOM>Kessler</NOM>",
        # an English weekday and its day
        "She was transferred on <DATE>Tuesday 14th</DATE> to the ward.",
        "Discharge planned <DATE>Friday the 2nd</DATE>, then home.",
        # two towns a home is shared between
        "Mme <NOM>Roig</NOM> vit entre <VILLE>Prades</VILLE> et <VILLE>Gérone</VILLE> selon les saisons.",
        "Il est domicilié entre <VILLE>Bayonne</VILLE> et <VILLE>Saint-Sébastien</VILLE>.",
        # a town abroad after a pronoun and « être », or a verb of coming in the plural
        "Fièvre au retour, ils sont à <VILLE>Bamako</VILLE> depuis trois semaines.",
        "Les parents viennent de <VILLE>Kinshasa</VILLE> pour la greffe.",
        # a town after a full date and a comma, closing a bracket
        "Bilan antérieur normal (compte rendu du 12/05/2021, <VILLE>Abidjan</VILLE>).",
        "ECG (recorded <DATE>June 3, 2019</DATE>, <VILLE>Dakar</VILLE>) sans anomalie.",
        # a farm or a country house by its kind and name, then its commune
        "Vit seul au <ADRESSE>mas des Cigales</ADRESSE>, <CODE_POSTAL>30700</CODE_POSTAL> <VILLE>Uzès</VILLE>.",
        "Visite à la <ADRESSE>bastide de la Colle</ADRESSE>, <VILLE>Forcalquier</VILLE>, à 9 h.",
        # a street abroad, its type in lower case, or Romanian without « nr. »
        "chez son frère, <ADRESSE>calle del Carmen 14</ADRESSE>, <CODE_POSTAL>28013</CODE_POSTAL> <VILLE>Madrid</VILLE>.",
        "Adresse : <ADRESSE>rua Augusta 120</ADRESSE>, <CODE_POSTAL>1100-053</CODE_POSTAL> <VILLE>Lisboa</VILLE>",
        "Le père vit à <VILLE>Cluj-Napoca</VILLE>, <ADRESSE>Strada Horea 12</ADRESSE>, depuis 2019.",
        "Son fils habite <ADRESSE>Calea Dorobanților 45</ADRESSE>, à <VILLE>Bucarest</VILLE>.",
        # an estate's building named after the estate
        "Domicile : <ADRESSE>Cité des Bosquets, bâtiment Debussy, esc. 2</ADRESSE> — <CODE_POSTAL>93390</CODE_POSTAL> <VILLE>Clichy-sous-Bois</VILLE>",
        # an unlabelled number before a bed's or a room's field in a banner
        "<NOM>Lemaire Odile</NOM> / <IDENTIFIANT>35-4417802</IDENTIFIANT> / lit 7",
        "<NOM>Garnier Luc</NOM> / <IDENTIFIANT>7720015563</IDENTIFIANT> / salle 3",
        "<NOM>Perrin Jean</NOM> / <IDENTIFIANT>6630018844</IDENTIFIANT> / hall B",
        # two or three initials signing a letter or a handover
        "Bonne continuation.\nAmicalement, <NOM>M.C</NOM>.",
        "RAS cette nuit.\nsigné <NOM>A.L</NOM> AS nuit",
        "Cordialement,\n<NOM>F.-X. D</NOM>.",
        # a surname alone in brackets after a title and a first name
        "Mme <NOM>Gisèle</NOM> (<NOM>Meunier</NOM>) 91 ans, chambre 4.",
        "M. <NOM>Roland</NOM> (<NOM>Chevalier</NOM>), sortie demain.",
        # a given name that is a kin title after a doctor's title
        "Suivi par le Dr <NOM>Pere Casals</NOM> à <VILLE>Figueres</VILLE>.",
        "Adresse : <ADRESSE>Borde de Cantegrel</ADRESSE>, <CODE_POSTAL>31540</CODE_POSTAL> <VILLE>Saint-Félix-Lauragais</VILLE>",
    ],
)
def test_the_identifier_is_masked(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start <= start and end <= f.end for f in found), (
            text[start:end],
            _found(text),
        )


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Prélèvement mar 8 tubes au total.", "mar 8"),
        ("mer 3 : température de l'eau 18 degrés", "mer 3"),
        ("Échographie à la 22e semaine du 2e trimestre.", "2e"),
        ("semaine du 12 h au 14 h : permanence", "12"),
        ("Fièvre en mai 2018. Puis le 4, reprise du travail.", "4"),
        ("revoir Mai Linh demain", "Mai"),
        ("Monday 2 pm, Friday 3 doses.", "2"),
        ("Sunday 10:30 mass.", "10"),
        ("Flacon de 15 mL, revue de la littérature.", "revue"),
        ("Il a visité la rua Augusta 3 fois cet été.", "rua"),
        ("La strada principale 2 fois par jour.", "strada"),
        ("Plaquettes 1200000/mm3, leucocytes 12000000 / L ce matin.", "1200000"),
        ("Leucocytes 12000000 / L ce matin.", "12000000"),
        ("Débit 1500000 /jour sur la pompe.", "1500000"),
        ("Merci, A.B. pour le dossier.", "A.B"),
        ("Le signe B.K. est positif.", "B.K"),
        ("Mme Josiane (fille) présente à la visite.", "fille"),
        ("Dr Paul (IDE) appelé à 3 h.", "IDE"),
        ("Résultats concordants (Lancet 2019, Boston).", "Boston"),
        ("La différence entre Lyon et Paris est nette sur ce critère.", "Lyon"),
        ("Le chemin borde la Vézère, Limeuil en face.", "borde la Vézère"),
        ("Résident du MAS, orientation vers la ferme thérapeutique.", "ferme"),
    ],
)
def test_the_words_stay_readable(text: str, visible: str) -> None:
    at = text.index(visible)
    end = at + len(visible)
    assert not any(f.start < end and at < f.end for f in engine().detect(text)), _found(text)
