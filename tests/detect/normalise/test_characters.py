"""Invisible characters deleted, lookalikes folded, combining marks composed or dropped."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from egide.detect.normalise import normalise
from egide.detect.normalise.characters import TABLE, fold_characters, is_deleted
from egide.detect.normalise.mapping import Draft
from tests.detect.normalise.support import original_of, run_pass

INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "left-to-right embedding": "\u202a",
    "right-to-left embedding": "\u202b",
    "pop directional formatting": "\u202c",
    "left-to-right override": "\u202d",
    "right-to-left override": "\u202e",
    "word joiner": "\u2060",
    "function application": "\u2061",
    "invisible times": "\u2062",
    "invisible separator": "\u2063",
    "invisible plus": "\u2064",
    "left-to-right isolate": "\u2066",
    "right-to-left isolate": "\u2067",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
    "variation selector 1": "\ufe00",
    "variation selector 16": "\ufe0f",
    "variation selector 17": "\U000e0100",
    "variation selector 256": "\U000e01ef",
    "language tag": "\U000e0001",
    "cancel tag": "\U000e007f",
    "Hangul choseong filler": "\u115f",
    "Hangul jungseong filler": "\u1160",
    "Hangul filler": "\u3164",
    "half-width Hangul filler": "\uffa0",
    "combining grapheme joiner": "\u034f",
    "soft hyphen": "\u00ad",
    "byte order mark": "\ufeff",
    "Mongolian vowel separator": "\u180e",
    "Arabic letter mark": "\u061c",
    "interlinear annotation anchor": "\ufff9",
}


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_every_invisible_character_is_deleted_between_digits_and_letters(char: str) -> None:
    text = "Dupont 0612 Marie".replace("", char)[1:-1]
    assert normalise(text).text == "Dupont 0612 Marie"
    assert original_of(text, "0612") == "0" + char + "6" + char + "1" + char + "2"


def test_every_default_ignorable_or_format_code_point_is_deleted_or_read() -> None:
    # Unicode's own categories decide, not the list above: every format character (Cf) and the
    # ranges of tags and variation selectors are deleted or, for printable tags, read as ASCII.
    code_points = [cp for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Cf"]
    code_points += [*range(0xE0000, 0xE0080), *range(0xE0100, 0xE01F0), *range(0xFE00, 0xFE10)]
    for cp in code_points:
        char = chr(cp)
        assert is_deleted(char) or 0xE0020 <= cp <= 0xE007E, f"U+{cp:04X}"


def test_tag_characters_are_read_as_the_ascii_they_spell() -> None:
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "DUPONT")
    text = f"Mme {hidden} vue"
    assert normalise(text).text == "Mme DUPONT vue"
    assert original_of(text, "DUPONT") == hidden


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Ame\u0301lie", "Amélie"),  # decomposed accents (text from a Mac) compose
        ("Franc\u0327ois", "François"),
        ("He\u0301le\u0300ne", "Hélène"),
        ("D\u0332U\u0332P\u0332O\u0332N\u0332T\u0332", "DUPONT"),  # underline on every letter
        ("Du\u0301po\u0303nt\u0308", "Dúpõnẗ"),  # accents Unicode composes stay letters
        ("Dupon\u0336t", "Dupont"),  # a strike-through has no composed letter: dropped
        ("e\u0301\u0332", "é"),  # a disguise stacked on an accent: the accent stays
        ("0\u03016\u0332 12", "06 12"),  # marks on digits are always dropped
        ("\u0301Dupont", "Dupont"),  # a mark with no letter before it
    ],
)
def test_combining_marks_compose_into_letters_or_are_dropped(written: str, read: str) -> None:
    assert normalise(written).text == read


def test_a_dropped_mark_belongs_to_the_letter_before_it() -> None:
    text = "M. D\u0332U\u0332P\u0332O\u0332N\u0332T\u0332 vu"
    assert original_of(text, "DUPONT") == "D\u0332U\u0332P\u0332O\u0332N\u0332T\u0332"
    assert original_of("e\u0301", "é") == "e\u0301"


@pytest.mark.parametrize(
    "text",
    [
        "Hélène Müller, née à Besançon, reçue à l'hôpital : TA 12/8, µg, α-bloquant, β2.",
        "Cœur, sœur, maïs, naïf, Noël, ÉCHOGRAPHIE, À JEUN.",
        "Ψ, Ω, ∑ et ≥ 5 : des signes qui restent.",
    ],
)
def test_french_text_and_medical_signs_are_left_alone(text: str) -> None:
    norm = normalise(text)
    assert norm.text is text


# Characters the pass folds or deletes (spaces, dashes, quotes, lookalikes, full-width and Arabic
# digits, zero-width and other invisible ones), and ordinary ones around them.
FOLDED_ALPHABET = (
    "\u00a0\u202f\t\u2013\u2014\u2019\u200b\u00ad\u200e\u2066\ufe0f\u3164аоеАΑ０９\u0661\U0001d7cea é-'0 "
)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=FOLDED_ALPHABET, max_size=30))
def test_folding_character_by_character_is_translating_the_whole_text(text: str) -> None:
    translated = text.translate(TABLE)
    kept = [i for i, c in enumerate(translated) if not is_deleted(c)]
    draft = Draft(text)
    fold_characters(draft)
    norm = draft.result()
    assert norm.text == "".join(translated[i] for i in kept)
    for start in range(len(norm.text)):
        assert norm.to_original(start, start + 1) == (kept[start], kept[start] + 1)


def test_the_character_pass_alone_leaves_plain_text_as_it_is() -> None:
    text = "Patiente vue en consultation le 12/03 pour un bilan."
    assert run_pass(fold_characters, text) is text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("M. 𝐃𝐔𝐏𝐎𝐍𝐓", "M. DUPONT"),  # mathematical bold
        ("𝑱𝒆𝒂𝒏 𝔻𝕦𝕡𝕠𝕟𝕥 𝙳𝚄𝙿𝙾𝙽𝚃 𝖣𝗎𝗉𝗈𝗇𝗍", "Jean Dupont DUPONT Dupont"),  # italic, double-struck, mono, sans
        ("Ⓓⓤⓟⓞⓝⓣ", "Dupont"),  # circled letters
        ("⓪⑥ ①② ③④ ⑤⑥ ⑦⑧", "06 12 34 56 78"),  # circled digits
        ("❶❷ ➀➁ ➊➋", "12 12 12"),  # dingbat digits
        ("𝟎𝟔 𝟭𝟮", "06 12"),
    ],
)
def test_styled_letters_and_digits_are_read_as_plain_ones(written: str, read: str) -> None:
    assert normalise(written).text == read


def test_styled_numbers_above_nine_are_left_alone() -> None:
    # « ⑩ » and « ➉ » are ten, two digits: folding them one for one would misread them.
    text = "items ⑩ ⑪ ➉ ❿"
    assert normalise(text).text == text
