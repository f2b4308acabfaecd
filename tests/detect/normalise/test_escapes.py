"""HTML entities and JSON escapes read as the characters they stand for."""

from __future__ import annotations

import pytest

from egide.detect.normalise import normalise
from egide.detect.normalise.escapes import decode_escapes
from tests.detect.normalise.support import original_of, run_pass


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Fran&ccedil;ois", "François"),
        ("H&eacute;l&egrave;ne", "Hélène"),
        ("H&#233;l&#232;ne", "Hélène"),
        ("H&#xE9;l&#Xe8;ne", "Hélène"),
        ("DUPON&#84;", "DUPONT"),
        ("&#68UPONT &#x44UPONT", "DUPONT DUPONT"),  # numeric references without « ; », as browsers read
        ("06&nbsp;12&nbsp;34&nbsp;56&nbsp;78", "06 12 34 56 78"),  # &nbsp; then folded to a space
        ("06&#8203;12&#x200B;34", "061234"),  # a zero-width space spelled as a reference: deleted
        ("&lt;Dupont&gt; &amp; fils", "<Dupont> & fils"),
        ("J\\u00e9r\\u00f4me", "Jérôme"),
        ("J\\u00C9R\\u00D4ME", "JÉRÔME"),
        ("\\u0030\\u0036 12", "06 12"),
        ("emoji \\ud83d\\ude00 puis Dupont", "emoji \U0001f600 puis Dupont"),  # a surrogate pair
    ],
)
def test_entities_and_escapes_are_read(written: str, read: str) -> None:
    assert normalise(written).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Laboratoires Smith &amp Nephew",  # a named entity without « ; » is prose
        "R&D, Q&A, AT&T, 5 & 6",
        "&inconnu; &#0; &#1114112; &#xD800;",  # no such entity, NUL, past U+10FFFF, a surrogate
        "C:\\users\\dupont et \\u12 et \\uZZZZ",  # not escapes of four hex digits
        "\\ud83d seul",  # a lone high surrogate stays as written
        "\\ude00 seul",  # a lone low surrogate too
    ],
)
def test_what_is_not_an_escape_stays_as_written(text: str) -> None:
    assert run_pass(decode_escapes, text) == text


def test_a_finding_on_a_decoded_character_covers_the_whole_escape() -> None:
    text = "M. DUPON&#84; vu"
    assert original_of(text, "DUPONT") == "DUPON&#84;"
    text = "M. \\u0044UPONT vu"
    assert original_of(text, "DUPONT") == "\\u0044UPONT"
    assert original_of("x \\ud83d\\ude00 y", "\U0001f600") == "\\ud83d\\ude00"


def test_the_next_escape_after_a_broken_pair_is_still_read() -> None:
    assert normalise("\\ud83d\\u0041").text == "\\ud83dA"
