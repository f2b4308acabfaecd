"""The countries French clinical notes name as where a patient or a relative was born, came from or lives
(« né en Turquie », « arrivée d'Ukraine en 2022 », « originaires de Mauritanie et d'Algérie »), folded.

A country of a million people or more identifies nobody: it is the town, not the country, that narrows a
person down, and masking « arrivé en France » leaves the note harder to read for nothing. Left out on
purpose: the countries that share their name with their capital or a city (Luxembourg, Monaco, Singapour,
Djibouti, Koweït…) or with a first name or a surname when alone (Maurice, Israël, Hollande), the very
small ones (Andorre, Malte, Liechtenstein…) and the overseas territories of
France (« Nouvelle-Calédonie », « Wallis-et-Futuna »): these may still say where one person lives.
"""

from __future__ import annotations

import re

from egide.detect.places.lexicon import fold, fold_cached

COUNTRIES: frozenset[str] = frozenset(
    fold(name)
    for name in (
        # Europe
        "France", "Belgique", "Suisse", "Allemagne", "Autriche", "Italie", "Espagne", "Portugal",
        "Royaume-Uni", "Angleterre", "Écosse", "Irlande", "Pays-Bas", "Danemark", "Suède",
        "Norvège", "Finlande", "Pologne", "Tchéquie", "République tchèque", "Slovaquie", "Hongrie",
        "Roumanie", "Bulgarie", "Grèce", "Serbie", "Croatie", "Bosnie", "Albanie", "Kosovo", "Macédoine",
        "Moldavie", "Ukraine", "Biélorussie", "Russie", "Lituanie", "Lettonie", "Géorgie", "Arménie",
        "Turquie",
        # Maghreb, Middle East, Asia
        "Maroc", "Algérie", "Tunisie", "Libye", "Égypte", "Liban", "Syrie", "Irak", "Iran",
        "Jordanie", "Arabie saoudite", "Yémen", "Afghanistan", "Pakistan", "Inde", "Bangladesh",
        "Sri Lanka", "Népal", "Chine", "Japon", "Corée", "Vietnam", "Viêt Nam", "Cambodge", "Laos",
        "Thaïlande", "Birmanie", "Malaisie", "Indonésie", "Philippines", "Mongolie", "Tchétchénie",
        "Azerbaïdjan", "Kazakhstan", "Ouzbékistan",
        # Africa
        "Sénégal", "Mali", "Mauritanie", "Guinée", "Guinée-Bissau", "Côte d'Ivoire", "Burkina Faso",
        "Burkina", "Niger", "Nigeria", "Nigéria", "Ghana", "Togo", "Bénin", "Cameroun", "Tchad", "Gabon",
        "Congo", "République démocratique du Congo", "RDC", "Centrafrique", "Angola", "Rwanda", "Burundi",
        "Éthiopie", "Érythrée", "Somalie", "Soudan", "Kenya", "Tanzanie", "Ouganda", "Madagascar",
        "Comores", "Afrique du Sud", "Sierra Leone", "Liberia", "Gambie", "Cap-Vert",
        "Mozambique", "Zimbabwe", "Zambie",
        # Americas
        "États-Unis", "Canada", "Mexique", "Brésil", "Argentine", "Chili", "Colombie", "Pérou",
        "Venezuela", "Bolivie", "Équateur", "Haïti", "Cuba", "République dominicaine", "Suriname",
    )
)  # fmt: skip

# The words that join two countries in one run (« de Mauritanie et d'Algérie », « du Mali ou du Niger »).
_JOIN = re.compile(r"\s+(?:et|ou)\s+(?:de\s+|du\s+|des\s+|d['’]|la\s+|le\s+|l['’])?|\s*[,/]\s*")


def only_countries(name: str) -> bool:
    """``name`` names countries only (« Turquie », « Côte d'Ivoire », « Mauritanie et d'Algérie »)."""
    parts = _JOIN.split(name.strip())
    return all(fold_cached(part) in COUNTRIES for part in parts)
