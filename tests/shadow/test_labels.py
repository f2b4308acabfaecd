"""Every category and country of the catalogue in use is shown in French."""

from __future__ import annotations

from egide.shadow.catalogue import load
from egide.shadow.labels import CATEGORIES, COUNTRIES, SECTORS, category_fr, country_fr


def test_every_category_and_country_of_the_shipped_catalogue_has_a_french_label() -> None:
    catalogue = load(updated=None, site=None)
    for entry in catalogue.entries.values():
        head, dash, sector = entry.category.partition(" — ")
        assert head in CATEGORIES, entry.category
        assert not dash or sector in SECTORS, entry.category
        assert entry.country in COUNTRIES, entry.country


def test_labels() -> None:
    assert category_fr("Frontier / Consumer") == "Modèles de pointe / grand public"
    assert category_fr("SaaS / Enterprise — HR / Recruiting") == "Logiciel d'entreprise — RH / recrutement"
    assert country_fr("Germany") == "Allemagne"
    assert category_fr("Catégorie du site") == "Catégorie du site"  # a site's own words pass through
