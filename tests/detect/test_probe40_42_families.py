"""Families of probe40–42's misses outside establishments, written anew (invented text): a postcode alone
closing an address, an arrondissement after Paris, Lyon or Marseille, a residence's name before the
building, Polish and Belgian street lines, the year of birth after a patient's name, a day and month after
« demain » or « RDV », a name in lower case before a birth's cue, a carer's role qualified (« réf. »),
« M. » beside a carer's role, an extension's label word masked with its number. And what stays readable."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a postcode alone after the street, closing the phrase or the line
        ("Visite à domicile : Mme Ferrand, 7 impasse des Genêts 31200, code porte 1234.", "31200"),
        ("Retour au domicile, 18 boulevard Longchamp 13001\nTraitement inchangé.", "13001"),
        ("Famille Diallo, Résidence Les Arbousiers, bât. F, 06300.", "06300"),
        # the arrondissement after the town
        ("Lieu de naissance : LYON 3E (69)", "LYON 3E"),
        ("né à Marseille 8ème, vit à Aubagne", "Marseille 8ème"),
        # the estate's name before the building, an unnumbered road after an estate
        (
            "Domicile : Les Terrasses du Port, bât 2, 15 quai Rimbaud, 13002 Marseille",
            "Les Terrasses du Port",
        ),
        ("domiciliée Les Coteaux de Vidauban, esc. C, Toulon", "Les Coteaux de Vidauban, esc. C"),
        ("Adresse : Lotissement Les Amandiers, chemin de Peyrolles\n13100 Aix", "chemin de Peyrolles"),
        # a hamlet's name without number before the postcode: after « domicilié(e) », in a table's cell,
        # with a Breton article, after the address's label without a comma, between dashes
        ("M. Le Goff, domicilié Park an Aod, 29760 Penmarch", "Park an Aod"),
        ("Adresse  | Les Granges Basses, 12390 Rignac", "Les Granges Basses"),
        ("Adresse : Kervéguen 29510 Briec", "Kervéguen"),
        ("Patient : M. FAURE Léon – Le Bourg – 19160\nNEUVIC", "Le Bourg"),
        # a surname alone in lower case opening a list's item, then the age and the item's colon
        ("RCP digestive 4/12\n- benhaddou 58a : récidive locale\n- RAS", "benhaddou"),
        # the town closing an address's phrase after a comma, no postcode
        ("Vit avec son fils, Résidence du Moulin, esc. A, appt 12, Le Creusot. Autonome.", "Le Creusot"),
        ("Adresse : Cité Médina, villa n° 7, Casablanca (Maroc)", "Casablanca"),
        # a field's value that lists only towns
        ("Consultations décentralisées : Figeac · Decazeville · Capdenac-Gare", "Figeac"),
        ("Consultations décentralisées : Figeac · Decazeville · Capdenac-Gare", "Decazeville"),
        # Polish and Belgian street lines with their postcode and town
        ("Adres : ul. Mickiewicza 14/3, 31-120 Kraków", "ul. Mickiewicza 14/3"),
        ("Adres : ul. Mickiewicza 14/3, 31-120 Kraków", "31-120"),
        ("domicile : Chaussée de Wavre 120 bte 5, 1050 Ixelles", "Chaussée de Wavre 120 bte 5"),
        ("domicile : Chaussée de Wavre 120 bte 5, 1050 Ixelles", "1050"),
        # the year of birth after a patient's name
        ("Transfert SSR – M. BRUNET Alain, 1938\nDossier transmis.", "1938"),
        ("[25-004411] MARCHAL O. F 1952  EDTA  01/12/26", "1952"),
        # a day and month after a day said in words, or an appointment's word
        ("sortie demain 9/12 avec HAD", "9/12"),
        ("RDV 14/1 en HDJ pour bilan", "14/1"),
        # a name in lower case before a birth's cue
        ("Étiquette : ferreira lucia, née le 02/02/1967", "ferreira lucia"),
        ("Objet : mr bonnefoy gaston, ddn 11/11/1944", "bonnefoy gaston"),
        ("Bandeau DPI : lacombe yannick — né le 04/05/1988 — 38 ans — IPP X12", "lacombe yannick"),
        # a carer's role qualified, then the name in lower case
        ("mode légal : SDT — médecin réf. : aubertin", "aubertin"),
        ("Bandeau : IPP 88 — mode légal : SPDT — psychiatre réf. : hadjadj", "hadjadj"),
        ("Bandeau : IPP 88 — cardiologue traitant : peyrolle", "peyrolle"),
        # « M. » beside a carer's role
        ("Bien à vous,\nM. Lemarchand, cadre de santé", "M. Lemarchand"),
        ("Dossier archivé par M. Peyrat, service des archives.", "M. Peyrat"),
        # the surname and the given names of a machine-readable zone, its document's data
        ("Pièce d'identité :\nIDFRALEMOINE<<<<<<<<<<<<<<<<<<<<<<<<<<\n", "LEMOINE"),
        ("P<FRAGARNIER<<SOLENE<MARIE<<<<<<<<<<<<<<<<<<\n", "SOLENE"),
        # a travel insurance's member number after its insurer's name
        ("Assurance voyage : Allianz Travel 55 210 884 3.", "55 210 884 3"),
        # a first name typed in lower case, then the patient's bed
        ("Hb 7,2 chez mme lafarge rose lit 9, transfusion prévue", "lafarge rose"),
        # a consent's « soussigné(e) » field
        ("Je soussigné(e) : perrault gilbert\nagissant en qualité de père", "perrault gilbert"),
        # « je m'appelle » and the surname in lower case after a capitalised first name
        ("Bonjour, je m'appelle Odette vautrin et je suis la fille de la patiente.", "Odette vautrin"),
        # « Prof. » as a title
        ("Opérateurs : Prof. Zwahlen, Dr Keller", "Zwahlen"),
        # an extension's label word masked with its number
        ("Interne de garde : Dr Colas, bip 4471", "bip 4471"),
        ("Joindre la cadre au poste 2290", "poste 2290"),
    ],
)
def test_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a dose, a count or a score after a street is no postcode (no five digits closing the phrase)
        ("Paris 12 mg de morphine", "12"),
        ("Lyon 3 fois par semaine", "3"),
        # a patient's « M. », no role around the name
        ("M. Durand, 82 ans, cadre retraité", "M."),
        ("Sortie de M. Lefèvre ce jour.", "M."),
        # a word that is a state, not a name, before « née le »
        ("Patiente : enceinte, née le 3/4/1990", "enceinte"),
        # a treatment's reference, not a carer
        ("Traitement réf. : Doliprane 1 g", "Doliprane"),
        # scores and fractions after « RDV » or « demain »
        ("MMS 24/30, RDV neuro", "24/30"),
        # « et al. » and a year: no Polish street
        ("Dupont et al. Lancet 2019", "Lancet"),
        # arrows or emphasis written with « < », no machine-readable zone
        ("attention <<<<<< très important >>>>>>", "attention"),
        # an assistance that is care, no insurer
        ("Assistance : 3 passages IDE par jour", "3"),
        # « le prof de sport »: no title before a name
        ("le prof de sport est venu le voir", "sport"),
        # a word, no surname, before an age in a list
        ("- douleur 3a : chronique\n- marche 80 ans : non", "marche"),
        # a field's value that lists eponyms or medicines, no towns
        ("Antécédents : Parkinson – Alzheimer", "Parkinson"),
        ("Allergies : Pénicilline, Aspirine", "Aspirine"),
        # a ward's name between dashes before a postcode and a town: no hamlet
        ("Service de cardiologie – 75012 Paris", "cardiologie"),
        # a year of history after a doctor's name
        ("Suivi par Dr Martin, 2019", "2019"),
    ],
)
def test_stays_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
