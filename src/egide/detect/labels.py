"""The taxonomy of what égide finds. Documented in README (section "What égide finds").

Labels are French words because they end up in placeholders shown to French professionals
(``<NOM_1>``, ``<DATE_2>``) and in the policy messages (« catégories détectées : NOM, NIR »).
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    # People
    NOM = "NOM"  # person name: patient, relative or professional (first names included)
    # Structured direct identifiers
    NIR = "NIR"  # numéro de sécurité sociale / INS (15 characters with key)
    IPP = "IPP"  # identifiant permanent du patient (site-specific format)
    NDA = "NDA"  # numéro de dossier / de séjour (site-specific format)
    RPPS = "RPPS"  # 11 digits, professional
    ADELI = "ADELI"  # 9 digits, professional
    FINESS = "FINESS"  # 9 characters, establishment
    SIRET = "SIRET"  # SIRET or SIREN
    IBAN = "IBAN"
    CARTE_BANCAIRE = "CARTE_BANCAIRE"
    PIECE_IDENTITE = "PIECE_IDENTITE"  # passport, national identity card
    IMMATRICULATION = "IMMATRICULATION"  # licence plate
    IP = "IP"
    URL = "URL"
    EMAIL = "EMAIL"  # MSSanté included
    TELEPHONE = "TELEPHONE"  # French, international, labelled internal extensions
    SECRET = "SECRET"  # API keys, tokens, passwords pasted by mistake
    # A long number or a letters-and-digits code that no recogniser explains (issue 8 §3): masked so
    # that nothing unexplained leaves, under its own label so that the counts of the others stay true.
    IDENTIFIANT = "IDENTIFIANT"
    # Dates and ages
    DATE = "DATE"
    DATE_NAISSANCE = "DATE_NAISSANCE"
    AGE = "AGE"  # ages of 90 and over only
    # Places
    ADRESSE = "ADRESSE"
    CODE_POSTAL = "CODE_POSTAL"
    VILLE = "VILLE"
    ETABLISSEMENT = "ETABLISSEMENT"


#: Broad categories used by the policy and shown to users.
CATEGORY: dict[Label, str] = {
    Label.NOM: "identité",
    Label.NIR: "identifiant national",
    Label.IPP: "identifiant hospitalier",
    Label.NDA: "identifiant hospitalier",
    Label.RPPS: "identifiant professionnel",
    Label.ADELI: "identifiant professionnel",
    Label.FINESS: "identifiant d'établissement",
    Label.SIRET: "identifiant d'entreprise",
    Label.IBAN: "coordonnées bancaires",
    Label.CARTE_BANCAIRE: "coordonnées bancaires",
    Label.PIECE_IDENTITE: "pièce d'identité",
    Label.IMMATRICULATION: "immatriculation",
    Label.IP: "coordonnées numériques",
    Label.URL: "coordonnées numériques",
    Label.EMAIL: "coordonnées numériques",
    Label.TELEPHONE: "téléphone",
    Label.SECRET: "secret",
    Label.IDENTIFIANT: "identifiant non reconnu",
    Label.DATE: "date",
    Label.DATE_NAISSANCE: "date de naissance",
    Label.AGE: "âge",
    Label.ADRESSE: "adresse",
    Label.CODE_POSTAL: "adresse",
    Label.VILLE: "lieu",
    Label.ETABLISSEMENT: "établissement",
}
