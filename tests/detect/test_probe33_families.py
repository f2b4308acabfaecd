"""Families read from probe33's misses (fix33), each with what must stay readable.

- an ISO week's number after a word that dates (« ETT prévue en S49 », « semaine S49 », « (S46) »);
- a day and month opening a log's line before a dash and a time or the part of the day (« 02/12 – 18:00 »,
  « 04.12 matin — »), and a weekday's abbreviation after « prochain passage »;
- a hospital's short name typed with spaces around its lower-case link word (« Arnaud de Villeneuve »), or
  in lower case when it has two words (« a croix rousse », « vers lyon sud »);
- a postcode on its line before a comma, a line break and its commune, or after a record's « CP= ».
All data synthetic.
"""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Scintigraphie prévue en S49, je vous tiendrai informée.", "S49"),
        ("PLANNING DES GARDES — CH de Rodez — semaine S12\nLun : Dr Y", "S12"),
        ("Créatinine 92 µmol/L, antériorité 88 µmol/L (S46).", "S46"),
        ("Date d'admission souhaitée : S03\nContact : assistante sociale", "S03"),
        ("Hospitalisation programmée dès S51 si le bilan le permet.", "S51"),
    ],
)
def test_week_number_is_a_date(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="DATE")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("NFS hebdomadaire jusqu'à S18 puis mensuelle.", "S18"),
        ("Hernie discale en S1, racine S1 gauche.", "S1"),
        ("Chambre S12 libérée, box S14 occupé.", "S12"),
        ("Protéine S 45 %, protéine C normale.", "S 45"),
    ],
)
def test_week_like_codes_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="DATE")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Journal des appels\n05/11 – 17:30 → rappel du patient pour son bilan", "05/11"),
        ("Transmissions\n06.11 soir — patient calme, a dîné seul.", "06.11"),
        ("Prochain passage jeu 10.\nIDE HAD", "jeu 10"),
    ],
)
def test_day_and_month_stamping_a_line(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="DATE")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Score 02/12 – 18:00 selon l'échelle.", "02/12"),
        ("Glycémie\n1.12 matin, 1.45 soir.", "1.12"),
        ("Prochaine visite mer 3 fois par jour.", "mer 3"),
    ],
)
def test_values_before_a_time_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="DATE")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Je propose un suivi à Gui de Chauliac pour la rééducation.", "Gui de Chauliac"),
        ("Il reste suivi à Arnaud de Villeneuve en rythmologie.", "Arnaud de Villeneuve"),
        ("la maman est hospitalisee a croix rousse en suites de couches", "croix rousse"),
        ("transfert prevu vers lyon sud demain matin", "lyon sud"),
    ],
)
def test_short_site_names(text: str, part: str) -> None:
    # (masked whole; a lower-case name may be read as a town's district, as masked)
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Elle porte une croix rousse en pendentif.", "croix rousse"),
        ("Il est rentré à la maison hier soir.", "maison"),
    ],
)
def test_common_words_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="ETABLISSEMENT")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("EHPAD Les Tilleuls\n12 bis route de Sarlat\n24200,\nSarlat-la-Canéda", "24200"),
        ("PAT.NOM=X|PAT.CP=33400|PAT.VILLE=TALENCE", "33400"),
    ],
)
def test_postcode_separated_from_its_town(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="CODE_POSTAL")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Héparine 1 CP=20000 UI par jour.", "20000"),
        ("Plaquettes 250000,\nleucocytes 6000.", "250000"),
    ],
)
def test_counts_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="CODE_POSTAL")
