"""Numbers, units, doses, dates and drug names of an answer, marked for checking."""

from __future__ import annotations

import itertools
import socket

import pytest

from egide.assistant import highlight
from egide.assistant.highlight import drug_names, package_drug_names

ANSWER = (
    "Je propose amoxicilline 1 g x 3/j pendant 7 jours, puis Doliprane 1000 mg si T > 38,5 °C. "
    "Contrôle le 12/03/2027, créatinine 85 µmol/L, TA 130/80 mmHg, revoir à J8. "
    "Ibuprofen 400 mg ; paracétamol 15 mg/kg. Le poumon droit est libre, 3 lobes. Tél. 06 12 34 56 78."
)


def _marks(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.kind for m in highlight(text)}


@pytest.mark.parametrize(
    ("span", "kind"),
    [
        ("amoxicilline", "drug"),  # French spelling of the package's « amoxicillin »
        ("Doliprane", "drug"),  # a French brand, from the public medicine database
        ("Ibuprofen", "drug"),  # the package's INN
        ("paracétamol", "drug"),
        ("1 g x 3/j", "dose"),
        ("1000 mg", "dose"),
        ("15 mg/kg", "dose"),
        ("7 jours", "unit"),
        ("38,5 °C", "unit"),
        ("85 µmol/L", "unit"),
        ("80 mmHg", "unit"),
        ("12/03/2027", "date"),
        ("J8", "date"),
        ("3", "number"),
        ("06 12 34 56 78", "number"),  # digits grouped by spaces: one number
    ],
)
def test_what_is_marked(span: str, kind: str) -> None:
    assert _marks(ANSWER).get(span) == kind


def test_everyday_words_of_the_medicine_list_are_not_drugs() -> None:
    marks = _marks(ANSWER)
    assert "poumon" not in marks and "droit" not in marks and "Contrôle" not in marks


def test_marks_do_not_overlap_and_follow_the_text() -> None:
    marks = highlight(ANSWER)
    assert all(a.end <= b.start for a, b in itertools.pairwise(marks))


def test_the_dictionary_is_read_from_the_installed_package_without_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    package_drug_names.cache_clear()
    drug_names.cache_clear()
    names = drug_names()
    assert {"amoxicillin", "amoxicilline", "metformine", "doliprane"} <= names
    assert len(package_drug_names()) > 10_000
