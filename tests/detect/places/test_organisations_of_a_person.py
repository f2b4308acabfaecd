"""An organisation named as a person's own (employer, workplace, intérim agency, a child's crèche, a
club, a care provider's business) is a quasi-identifier, masked as ETABLISSEMENT (product decision of
the fifteenth session, :mod:`egide.detect.places.organisation_name`). Examples written here: other
trades, other towns than any batch's."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # a form's « Employeur » field: key: value, a table's cell, a column, a SIRET after it
        "Employeur : <ETABLISSEMENT>Scierie Vosgienne Perrin</ETABLISSEMENT>, <VILLE>Gérardmer</VILLE>",
        "EMPLOYEUR : <ETABLISSEMENT>COOP LAITIÈRE DU BOCAGE</ETABLISSEMENT> SIRET <SIRET>523 114 908 00031</SIRET>",
        "| Employeur | <ETABLISSEMENT>Garage Ollivier Frères</ETABLISSEMENT> |",
        "Raison sociale : <ETABLISSEMENT>SAS Menuiseries d'Armor</ETABLISSEMENT>",
        "Employeur : <ETABLISSEMENT>Fromagerie Jacquin-Berthet</ETABLISSEMENT>\nPoste : fromager",
        "Entreprise : <ETABLISSEMENT>Nettoyage Services Plus</ETABLISSEMENT>",
        # (a trade and a region in the field name the employer, no regional centre of care)
        "Employeur : <ETABLISSEMENT>BTP Bretagne</ETABLISSEMENT>, <ADRESSE>ZI des Lilas</ADRESSE>.",
        "Lieu de travail : <ETABLISSEMENT>Plateforme Logistique Ouest</ETABLISSEMENT>, Carquefou",
        # a legal form before or after capitalised words, a family firm
        "chute d'un toit chez son employeur, <ETABLISSEMENT>SARL Couvertures Lemoine</ETABLISSEMENT>, "
        "<VILLE>Saint-Lô</VILLE>.",
        "Peintre chez <ETABLISSEMENT>Garnier Peinture EURL</ETABLISSEMENT> depuis <DATE>2019</DATE>.",
        "Exploitant du <ETABLISSEMENT>GAEC du Haut-Vernay</ETABLISSEMENT>, élevage laitier.",
        "Carreleur salarié de <ETABLISSEMENT>Carrelages Quéméner & Fils</ETABLISSEMENT>.",
        # a firm's kind, capitalised with its name, or in lower case before it
        "Licenciée de l'entreprise <ETABLISSEMENT>Plâtrerie Bonnefoy</ETABLISSEMENT> à <VILLE>Vienne</VILLE>.",
        "Électricien à la <ETABLISSEMENT>Carrosserie Vidal</ETABLISSEMENT> depuis peu.",
        "Guide saisonnier (<ETABLISSEMENT>Compagnie des Bateliers du Morvan</ETABLISSEMENT>).",
        "Facture <ETABLISSEMENT>Optique Lafargue</ETABLISSEMENT> jointe au dossier.",
        "plus de transport depuis la fin du contrat <ETABLISSEMENT>Taxi Maripasoula Express</ETABLISSEMENT>.",
        # a child's crèche, a club, an intérim agency
        "Enfant gardé à la crèche <ETABLISSEMENT>Les Petits Mousses</ETABLISSEMENT> le matin.",
        "Garde en micro-crèche (<ETABLISSEMENT>Les Câlinous</ETABLISSEMENT>).",
        "Joue au club <ETABLISSEMENT>Lons Handball</ETABLISSEMENT> depuis 5 ans, entorse.",
        "Intérim via l'agence <ETABLISSEMENT>IntéRhône</ETABLISSEMENT>, mission de 3 mois.",
        "Travaille aux chantiers <ETABLISSEMENT>Piriou Naval de Concarneau</ETABLISSEMENT>.",
        # a care provider's business at home
        "Oxygénothérapie par le prestataire <ETABLISSEMENT>Oxyliane</ETABLISSEMENT>, concentrateur.",
        "Aide à domicile par le <ETABLISSEMENT>SAAD Bien Chez Soi</ETABLISSEMENT>, 2 h par jour.",
        # a trade or a work word, then « chez » or « pour »
        "Magasinier chez <ETABLISSEMENT>Brico Dépôt</ETABLISSEMENT> à <VILLE>Besançon</VILLE>, lombalgie.",
        "Travaille pour <ETABLISSEMENT>Airbus Helicopters</ETABLISSEMENT>, à <VILLE>Marignane</VILLE>.",
        "Ancienne vendeuse chez <ETABLISSEMENT>Maison Chevrier-Laurent</ETABLISSEMENT>, reconversion.",
        # a trade with its complement before « chez »; a work verb before any capitalised name
        "Conducteur de bus chez <ETABLISSEMENT>Keolis Brest</ETABLISSEMENT>, arrêt de travail.",
        "Patiente travaillant chez <ETABLISSEMENT>Décathlon</ETABLISSEMENT> depuis mars.",
        # a noun of employment and « de », a verb of work and « au » / « à la »
        "Salariée de <ETABLISSEMENT>Fromageries Bel</ETABLISSEMENT> depuis 2015, TMS.",
        "Ouvrier d'<ETABLISSEMENT>Arcelor Mittal</ETABLISSEMENT>, exposition à l'amiante.",
        "Travaille au <ETABLISSEMENT>Crédit Mutuel</ETABLISSEMENT>, burn-out.",
        "En CDD à la <ETABLISSEMENT>Fnac de Brest</ETABLISSEMENT>.",
        # a legal form that spells nothing else: any capitalised name beside it; a crèche by any word
        "Agricultrice, <ETABLISSEMENT>EARL des Trois Chênes</ETABLISSEMENT>, vaches allaitantes.",
        "Sa fille va à la crèche <ETABLISSEMENT>Pirouette</ETABLISSEMENT> trois jours par semaine.",
    ],
)
def test_an_organisation_of_a_person_is_masked(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=["ETABLISSEMENT"])


@pytest.mark.parametrize(
    "text",
    [
        "Vit chez sa fille. Retour chez lui prévu. Reste chez elle le week-end.",
        "Travaille dans le bâtiment, ouvrier en menuiserie, boulanger de métier.",
        "Son employeur est prévenu. L'école a appelé. Employeur : entreprise de maçonnerie.",
        "Prise en charge CPAM. Dossier MDPH en cours, CAF prévenue, inscrit à France Travail.",
        "Traitement par Vastarel (laboratoires Servier). La société Servier a retiré le produit.",
        "Recommandations de la Société Française de Cardiologie 2024.",
        "Audition Weber latéralisé à droite, Rinne positif.",
        "Neuropathie optique ischémique. Atelier ETP diabète le mardi. Taxi VSL prévu.",
        "Syndrome d'apnées du sommeil, SAS appareillé, SAS sévère. Bloc SA du 2e degré.",
        "Avis de l'Agence Régionale de Santé. Agence Nationale de Sécurité du Médicament.",
        "Retour à domicile, passage de l'infirmière chez elle, kiné chez lui deux fois par semaine.",
        "Hier chez le médecin traitant, puis pour avis chez le cardiologue.",
        "Douleur chez ce patient, pas de rougeur. Vit chez sa mère, aide ménagère chez elle.",
        "Compagnie aérienne, vol retour. Le Garage est fermé. Banque de France.",
        "Ventilation par EOLE 3 XO, société de location, suivi par le prestataire.",
        "Salarié de Lyon. Travaille au Havre. Travaille au Canada. En poste à la Réunion.",
        "Employeur : Néant\nEmployeur : Sans Emploi\nSociété : non renseignée\nEntreprise individuelle.",
        "Travaille de nuit. Stage de Noël. Employée de Mme Durand, aide à domicile.",
        "Aide par le SAAD (Service d'Aide et d'Accompagnement à Domicile) matin et soir.",
        "Relais par un SPASAD (Service Polyvalent d'Aide et de Soins À Domicile) envisagé.",
    ],
)
def test_what_names_no_organisation_of_the_patient_stays_readable(text: str) -> None:
    found = [(text[f.start : f.end], f.label) for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]
    assert found == []
