"""Years alone, only when the context makes them years."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("appendicectomie en 2019", "2019"),
        ("diabète de type 2 depuis 1998", "1998"),
        ("cholécystectomie (2015), hernie", "2015"),
        ("début 2021, aggravation", "2021"),
        ("au cours de l'année 2018", "2018"),
        ("à l'été 2017", "été 2017"),  # a season and its year: one date, as a month and its year
        ("- 2010 : pose de PAC", "2010"),
        ("2008 : thyroïdectomie totale", "2008"),
        ("jusqu'en 2022", "2022"),
        ("au 1er trimestre 2020", "2020"),
        ("Sauvé c. Canada [1992]", "1992"),
        # the event a year dates in a history (issue 14: « (diagnostic 2014, » was missed)
        ("HTA (diagnostic 2014, traitée)", "2014"),
        ("greffe 2009 sans complication", "2009"),
        ("rechute 2021", "2021"),
        ("découverte 2016 d'un nodule", "2016"),
        # the exam or the vaccine a year dates in a follow-up (issue 8, probe5's residual misses)
        ("dernière coloscopie 2022 normale", "2022"),
        ("frottis 2021 : normal ; HPV négatif", "2021"),
        ("vaccination 2019 à jour", "2019"),
        # after the sex's cell glued by a comma (« N'DIAYE Awa,F,1995 »)
        ("Patient :N'DIAYE Awa,F,1995,IPP 45A220781", "1995"),
        # the lines a history is divided into under its heading (probe16's family)
        ("Médicaux : AVC 2016 (thrombolyse), BPCO", "2016"),
        ("Chirurgicaux : PTH G 2019, appendicectomie", "2019"),
    ],
)
def test_years_in_context_are_found(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("suivi 2015-2019", ["2015", "2019"]),
        ("suivi de 2015 à 2019 en hôpital de jour", ["2015", "2019"]),
        ("saison 2019/2020", ["2019", "2020"]),
        ("entre 1998 et 2003", ["1998", "2003"]),
    ],
)
def test_each_year_of_a_period_is_its_own_date(text: str, years: list[str]) -> None:
    # so that a date shift moves both ends of the period
    assert values(text) == years


@pytest.mark.parametrize(
    "text",
    [
        "Paracétamol 2000 mg",
        "en 2000 mg par jour",
        "NaCl 1500 ml",
        "apports de 1800 kcal",
        "plaquettes 2019 G/L",
        "leucocytes à 1990/mm3",
        "poids de naissance 3200 g",
        "échographie 2000 mg de contraste",
        "soit 2019 patients inclus",
        "créatinine 2015 µmol/L",
        "2019 ne change rien",  # no cue: a bare number
        "entre 2000 et 1990",  # a range must go forwards
        "diagnostic 2000 mg",  # an event word, then a quantity
        "intervention 2019 patients inclus",
    ],
)
def test_quantities_are_not_years(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ATCD: HTA, DT2, AVC 2019 (séquelles), PTH G 2021", ["2019", "2021"]),
        ("Antécédents : diabète 2005, IDM 2012 stenté, BPCO", ["2005", "2012"]),
        ("atcd chir : appendicite 1978 ; PTH D 2016", ["1978", "2016"]),
    ],
)
def test_years_on_the_line_of_a_history(text: str, years: list[str]) -> None:
    assert values(text) == years


@pytest.mark.parametrize(
    "text",
    [
        "ATCD : Kardégic 75 mg, Lasilix 2000 mg",  # a dose on the history line
        "ATCD : aucun\nBiologie : plaquettes 2019 G/L",  # the next line is no history
        "Traitement : HTA 2019",  # no history label
    ],
)
def test_numbers_near_a_history_that_are_no_years(text: str) -> None:
    assert values(text) == []


def test_years_that_open_or_close_the_items_of_a_history_list() -> None:
    text = "ATCD :\n- 1987 cholécystectomie\n- 2003 : PTH droite\n- appendicectomie 1975\n- PTG gauche 2011."
    assert values(text) == ["1987", "2003", "1975", "2011"]


@pytest.mark.parametrize(
    "text",
    [
        "- Plaquettes : 1950\n- Lymphocytes = 1900",  # a label and its value
        "1990 sujets inclus",  # a count at the start of a line
        "- Leucocytes 2000/mm3",
        "- Paracétamol 2000 mg",
        "Total : 2019 passages aux urgences",
    ],
)
def test_numbers_in_lists_that_are_not_years(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient : NDIAYE Awa, F, 1995, IPP 45A220781", ["1995"]),  # the year of birth after the sex
        ("MARTIN Paul | M | 1950 | cardiologie", ["1950"]),
        ("Vitamine F, 2000 UI par jour", []),  # a dose
        ("patients H/F 1995 cas", []),
    ],
)
def test_a_banners_year_of_birth_after_the_sex(text: str, expected: list[str]) -> None:
    assert values(text) == expected


# The last item of a bracket that dates the events of a history (issue #8, probe9).
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("deux césariennes (1996, 2001) à la Clinique Sainte-Marie.", ["1996", "2001"]),
        ("fracture de cheville (chute au travail, 2008). Suivi", ["2008"]),
    ],
)
def test_a_year_that_closes_a_bracket_of_history(text: str, years: list[str]) -> None:
    assert values(text, "DATE") == years


@pytest.mark.parametrize("text", ["résultats (n = 12, 2001)", "Plaquettes (PNN 1500, 2000)"])
def test_a_count_that_closes_a_bracket_is_no_year(text: str) -> None:
    assert values(text, "DATE") == []
