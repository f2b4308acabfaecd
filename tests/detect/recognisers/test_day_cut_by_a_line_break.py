"""A date whose two-digit day a line break cut (issue 8, fifth probe batch's family: « née le 1⏎4/08/1946 »
in a fax's narrow column): after a date cue, the digit before the break is the day's first. Without a
cue, the date after the break is read alone, as before."""

from __future__ import annotations

from egide.detect import Detector

_DETECTOR = Detector()


def _dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label in ("DATE", "DATE_NAISSANCE")]


def test_the_cut_day_is_part_of_the_date() -> None:
    assert "2\n3/09/1961" in _dates("Demande de RDV pour M. Perret, né le 2\n3/09/1961, merci")


def test_the_cut_day_after_an_appointment_cue() -> None:
    assert "1\n7/03/2026" in _dates("Scanner prévu le 1\n7/03/2026 à 9 h.")


def test_without_a_cue_the_date_is_read_alone() -> None:
    assert _dates("Boîtes restantes : 3\n12/05/2025 inventaire") == ["12/05/2025"]
