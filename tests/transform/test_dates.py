"""Date shift: one keyed offset per scope, intervals kept, each date re-rendered in its own form."""

from __future__ import annotations

import datetime as dt

import pytest

from egide.transform import DateShift, Pseudonymiser
from egide.transform import dates as d
from egide.transform.operators import ScopeContext
from tests.transform.conftest import SECRET, marked, pseudo, replace_one


@pytest.mark.parametrize(
    "text",
    ["03/02/1961", "3/2/61", "03-02-1961", "03.02.1961", "1961-02-03", "03021961", "02/2019", "3 février 1961",
     "1er mars 2019", "1er Mars 2019", "3 févr. 1961", "3 fevrier 1961", "vendredi 3 février 1961", "févr. 2019",
     "Février 2019", "FÉVRIER 2019", "05nov", "dec1993", "1961", "12 août 1999", "03 sept 2020"],
)  # fmt: skip
def test_parse_then_render_gives_the_text_back(text: str) -> None:
    parsed = d.parse(text)
    assert parsed is not None, text
    assert d.render(parsed.year, parsed.month, parsed.day, parsed.form) == text


@pytest.mark.parametrize(
    "text", ["deux janvier mille neuf cent soixante-dix-huit", "31/02/2019", "13/13/2019", "mars"]
)
def test_unparseable_dates(text: str) -> None:
    assert d.parse(text) is None


def _offset(scope: str) -> int:
    from egide.transform import Mapping

    return DateShift().offset(ScopeContext(SECRET, scope, Mapping(scope)))


def test_offset_is_keyed_per_scope_never_zero_and_bounded() -> None:
    offsets = {_offset(f"patient-{i}") for i in range(50)}
    assert len(offsets) > 40
    assert all(1 <= abs(o) <= 365 for o in offsets)
    assert _offset("patient-1") == _offset("patient-1")


def test_intervals_between_dates_are_kept_and_forms_too() -> None:
    text, findings = marked(
        "Née le <DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>, opérée le <DATE>3 février 2019</DATE>, "
        "revue le <DATE>lundi 18 mars 2019</DATE> puis en <DATE>févr. 2020</DATE>, bilan <DATE>2021-06-30</DATE>."
    )
    p = pseudo("date_shift", scope="patient-7")
    out = p.apply(text, findings)
    offset = dt.timedelta(days=_offset("patient-7"))
    birth = dt.date(1961, 2, 3) + offset
    surgery = dt.date(2019, 2, 3) + offset
    visit = dt.date(2019, 3, 18) + offset
    assert f"{birth:%d/%m/%Y}" in out
    assert f"{surgery.day} {d.MONTHS[surgery.month - 1]} {surgery.year}" in out
    assert f"{d.WEEKDAYS[visit.weekday()]} {visit.day} {d.MONTHS[visit.month - 1]} {visit.year}" in out
    assert f"{dt.date(2021, 6, 30) + offset:%Y-%m-%d}" in out
    assert (visit - surgery).days == 43
    assert p.restore(out) == text


def test_every_date_of_a_scope_moves_by_the_same_offset() -> None:
    p = pseudo("date_shift", scope="patient-3")
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=37 * i) for i in range(12)]
    outs = [replace_one(p, f"{day:%d/%m/%Y}", "DATE") for day in days]
    moved = [dt.datetime.strptime(o, "%d/%m/%Y").date() for o in outs]
    assert len({(m - o).days for m, o in zip(moved, days, strict=True)}) == 1


def test_years_alone_move_with_the_scope() -> None:
    p = pseudo("date_shift", scope="patient-3")
    out = replace_one(p, "1961", "DATE")
    expected = (dt.date(1961, 7, 2) + dt.timedelta(days=_offset("patient-3"))).year
    assert out == str(expected)


def test_dates_in_words_fall_back_to_placeholders() -> None:
    p = pseudo("date_shift")
    words = "deux janvier mille neuf cent soixante-dix-huit"
    assert replace_one(p, words, "DATE_NAISSANCE") == "<DATE_NAISSANCE_1>"
    assert p.restore("le <DATE_NAISSANCE_1>") == f"le {words}"


def test_other_labels_get_placeholders_under_date_shift() -> None:
    p = pseudo("date_shift")
    assert replace_one(p, "Jean DUPONT", "NOM") == "<NOM_1>"


def test_shifted_dates_are_restored_in_the_form_the_model_writes() -> None:
    p = pseudo("date_shift", scope="patient-9")
    shifted = dt.date(2019, 2, 3) + dt.timedelta(days=_offset("patient-9"))
    replace_one(p, "3 février 2019", "DATE")
    month = d.MONTHS[shifted.month - 1]
    assert p.restore(f"le {shifted:%d/%m/%Y}") == "le 03/02/2019"
    assert p.restore(f"le {shifted.day} {month} {shifted.year}") == "le 3 février 2019"
    assert p.restore(f"le {shifted.day} {month.upper()} {shifted.year}") == "le 3 FÉVRIER 2019"
    assert p.restore(f"le {shifted:%Y-%m-%d}") == "le 2019-02-03"
    # another date, or the same day another year, is the model's own and stays
    other = shifted + dt.timedelta(days=1)
    assert p.restore(f"le {other:%d/%m/%Y}") == f"le {other:%d/%m/%Y}"
    assert p.restore(f"en {shifted.year}") == f"en {shifted.year}"


def test_surrogate_operator_shifts_dates_too() -> None:
    p = Pseudonymiser("surrogate", secret=SECRET, scope="patient-9")
    out = replace_one(p, "03/02/2019", "DATE")
    assert out == f"{dt.date(2019, 2, 3) + dt.timedelta(days=_offset('patient-9')):%d/%m/%Y}"


@pytest.mark.parametrize(
    "written", ["jan2017", "05nov", "dec1993", "févr. 2019", "3 mars 2020", "1er août 2021"]
)
def test_glued_and_abbreviated_dates_come_back(written: str) -> None:
    p = pseudo("date_shift", scope="patient-4")
    shifted = replace_one(p, written, "DATE")
    assert shifted != written
    assert p.restore(f"RDV le {shifted}.") == f"RDV le {written}."
    assert p.restore(f"RDV le {shifted.upper()}") == f"RDV le {written.upper()}"
