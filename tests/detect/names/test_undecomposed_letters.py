"""Latin letters that no Unicode decomposition makes ASCII (issue #8, probe8): the Turkish dotless
« ı », the Polish « ł », the Vietnamese « đ », the Nordic « ø ». The lists hold « aydin », « yilmaz »,
« wisniewski », « dang »: a name written with its own letters is looked up with the plain ones, unless
the lists hold it as written (« Bartłomiej »)."""

from __future__ import annotations

import pytest

from egide.detect.names.lexicon import list_key
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    ("key", "expected"),
    [("aydın", "aydin"), ("yılmaz", "yilmaz"), ("wrocławska", "wroclawska"), ("đang", "dang"),
     ("bartłomiej", "bartłomiej"), ("martin", "martin")],
)  # fmt: skip
def test_list_key(key: str, expected: str) -> None:
    assert list_key(key) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "Le cousin <NOM>Emir Aydın</NOM> (III-1), atteint.",
        "Reçus ensemble : <NOM>Paweł Wiśniewski</NOM> et <NOM>Halina Zielińska</NOM>.",
        "Présents : <NOM>Kemal Kılıç</NOM>, <NOM>Đặng Văn Minh</NOM>.",
    ],
)
def test_names_written_with_their_own_letters(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
