"""The items of a letterhead's chain beside an establishment (probe29's family, ``places/letterhead_chain``):
its acronym that no list holds, one of its sites by its own name, its town, a centre of it named in
capitals, its acronym in brackets after its name, and a hospital's short name alone between dashes.
Invented letterheads; the units, specialities, documents and persons strung on the same lines stay."""

from __future__ import annotations

import pytest

from egide.detect.labels import Label
from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an acronym before the establishment found by its type, then a unit
        ("URV – Nouvel Hôpital de la Vallée – Service de néphrologie\nLettre de sortie", "URV"),
        # an acronym after it, then a unit after a slash
        ("CHU Troyesville — IRTEK / Chirurgie viscérale\nCompte rendu opératoire", "IRTEK"),
        # after a slash, its group's acronym
        ("Dr Paul Ravel — Pédiatre — CH de Corbeil / CHSE\nOrdonnance du 3 mars", "CHSE"),
        # in brackets after its name written out: the capitals of its words
        ("Institut Régional du Cancer d'Alsace (IRCA), Colmar\nOrdonnance", "IRCA"),
        ("Service de radiothérapie – Institut de Cancérologie de Picardie (ICP)\nTEP du 3 mars", "ICP"),
        # a site by its own name, its population after it
        ("CHRU BELFORT – Vauban Enfants\nnée le 02/02/2020", "Vauban Enfants"),
        # a centre of the hospital in capitals, opening the letterhead
        (
            "CENTRE DE BIOLOGIE MOLÉCULAIRE ET GÉNÉTIQUE – CHU de Nancy\nPatient : X",
            "CENTRE DE BIOLOGIE MOLÉCULAIRE ET GÉNÉTIQUE",
        ),
        # its town as the chain's last item
        ("Clinique Sainte-Odile · Hôpital du Parc · Sarreguemines\nPatiente : Y", "Sarreguemines"),
        # a short name alone between dashes, in a chain of three items
        ("Transmissions — Cardio 2e étage — Salengro — nuit du 3 au 4/12\nch 2 RAS", "Salengro"),
    ],
)
def test_items_beside_an_establishment(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_the_town_item_is_a_town() -> None:
    text = "Maternité Sainte-Claire · Hôpital des Lilas · Forbach\nPatiente : Z"
    found = ENGINE.detect(text)
    start = text.index("Forbach")
    assert any(f.start == start and f.label == Label.VILLE for f in found)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # units, specialities and the document's kind strung with the establishment stay
        ("CRH — Réanimation médicale — CHU de Brest\nPatient : X", "CRH"),
        ("CRH — Réanimation médicale — CHU de Brest\nPatient : X", "Réanimation médicale"),
        ("Liste des patients — UHCD — CH de Vannes — export du jour", "UHCD"),
        ("TABLEAU DE GARDE — ANESTHÉSIE-RÉANIMATION — CHU de Caen — semaine 12", "ANESTHÉSIE-RÉANIMATION"),
        ("CHU de Dijon — Hôpital François Mitterrand — Néphrologie\nLe 3 mars", "Néphrologie"),
        ("CH de Niort — Endocrinologie-Diabétologie — CRH\nPatient", "Endocrinologie-Diabétologie"),
        ("CHU DE REIMS — Néphrologie, Dialyse\n\nÀ l'attention du Dr X", "Dialyse"),
        ("FAX — Clinique du Val — 16.01.26 14:22", "FAX"),
        # a centre of a kind of care, one or two words after « centre de »
        ("CENTRE DE RÉÉDUCATION — CHU de Limoges\nBilan", "CENTRE DE RÉÉDUCATION"),
        ("Centre de vaccinations internationales — Hôpital Nord, Amiens", "Centre de vaccinations"),
        ("FICHE D'ÉVÉNEMENT — IDENTITOVIGILANCE — CH de Sedan\nDate : 02/12/2026", "IDENTITOVIGILANCE"),
        ("Télé-consultation — Pneumologie — CH de Vierzon\n03/12/2026", "Télé-consultation"),
        # an acronym away from the establishment's item is not read
        ("CRF — Étude HEART-2 (promoteur CHU de Tours)", "CRF"),
    ],
)
def test_units_and_documents_in_the_chain_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_a_short_name_not_alone_stays() -> None:
    # an eponym or a street with a short name's word, no chain around it
    assert not ENGINE.touches("Signe de Calmette négatif — à revoir", "Calmette")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("GUYANE — Centre Hospitalier de Kourou\nOrdonnance du 3 mars", "GUYANE"),
        ("Transmissions — Pneumologie — Hôpital Nord — MOSELLE\nch 3 RAS", "MOSELLE"),
    ],
)
def test_a_territory_in_the_chain_stays(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_an_establishments_acronym_found_once_is_found_again() -> None:
    text = (
        "CHU Troyesville — IRTEK / Chirurgie viscérale\n"
        "Opéré le 3 mars. Contrôle prévu à l'IRTEK dans 3 mois, dossier présenté en RCP IRTEK."
    )
    found = ENGINE.detect(text)
    starts = [m for m in range(len(text)) if text.startswith("IRTEK", m)]
    assert len(starts) == 3
    assert all(any(f.start <= s and s + 5 <= f.end for f in found) for s in starts)


def test_a_kind_of_structure_is_not_found_again() -> None:
    text = "CH de Vierzon — SSR — EHPAD\nSortie vers un SSR puis un EHPAD de la ville."
    assert not ENGINE.touches(text.split("\n")[1], "SSR")
    assert not any(f.start > text.index("\n") for f in ENGINE.detect(text))
