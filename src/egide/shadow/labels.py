"""French words for the catalogue's English categories and countries, where a person reads them.

The catalogue keeps the public catalogue's spelling (so that an update compares like with like, and
CSV/JSON exports stay stable for scripts); reports and the command line show these labels. A
category or country not in the tables is shown as the catalogue spells it.
"""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "Frontier / Consumer": "Modèles de pointe / grand public",
    "Cloud Provider AI": "IA d'un fournisseur de cloud",
    "Dev Tooling / IDE": "Outils de développement",
    "Aggregators / Wrappers": "Agrégateurs de modèles",
    "Open Source Inference": "Hébergement de modèles ouverts",
    "Image / Multimodal": "Image / multimodal",
    "Productivity / Workflow": "Productivité / flux de travail",
    "Voice / Audio": "Voix / audio",
    "Agent / Orchestration": "Agents / orchestration",
    "Search / AI Search": "Recherche augmentée par IA",
    "Translation": "Traduction",
    "Writing": "Rédaction",
    "SaaS / Enterprise": "Logiciel d'entreprise",
}
#: The sector after « SaaS / Enterprise — ».
SECTORS: dict[str, str] = {
    "Customer Support": "support client",
    "CRM / Sales": "relation client / ventes",
    "Productivity / Automation": "productivité / automatisation",
    "Communication / Meetings": "communication / réunions",
    "Document / Knowledge": "documents / connaissances",
    "HR / Recruiting": "RH / recrutement",
    "Data / Analytics": "données / analyse",
    "Content / Writing": "contenu / rédaction",
    "Agent / Automation": "agents / automatisation",
}
COUNTRIES: dict[str, str] = {
    "USA": "États-Unis", "China": "Chine", "Russia": "Russie", "France": "France",
    "UAE": "Émirats arabes unis", "Israel": "Israël", "Germany": "Allemagne", "Canada": "Canada",
    "UK": "Royaume-Uni", "Finland": "Finlande", "Unknown": "inconnu", "Switzerland": "Suisse",
    "Netherlands": "Pays-Bas", "Japan": "Japon", "South Korea": "Corée du Sud", "India": "Inde",
    "Singapore": "Singapour", "Sweden": "Suède", "Spain": "Espagne", "Italy": "Italie",
}  # fmt: skip


def category_fr(category: str) -> str:
    head, dash, sector = category.partition(" — ")
    if dash:
        return f"{CATEGORIES.get(head, head)} — {SECTORS.get(sector, sector)}"
    return CATEGORIES.get(category, category)


def country_fr(country: str) -> str:
    return COUNTRIES.get(country, country)
