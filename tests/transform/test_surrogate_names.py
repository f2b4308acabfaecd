"""Name surrogates: same gender, same form, consistent in a scope, different across scopes, no collisions."""

from __future__ import annotations

import re

import pytest

from egide.detect.names.lexicon import first_name_gender, is_common_word
from egide.transform import pools
from egide.transform.normalise import fold
from tests.transform.conftest import pseudo, replace_one


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(
    ("original", "shape"),
    [
        ("M. Jean DUPONT", r"M\. [A-Z][a-z]+ [A-Z]{2,}"),
        ("DUPONT Jean", r"[A-Z]{2,} [A-Z][a-z]+"),
        ("Dr Martin", r"Dr [A-Z][a-z]+"),
        ("Pr. LE GOFF", r"Pr\. LE [A-Z]{2,}"),
        ("Mme Dupont épouse Martin", r"Mme [A-Z][a-z]+ épouse [A-Z][a-z]+"),
        ("J. Dupont", r"[A-Z]\. [A-Z][a-z]+"),
        ("J.-P. DURAND", r"[A-Z]\.-[A-Z]\. [A-Z]{2,}"),
        ("Jean-Pierre de la Fontaine", r"[A-Z][a-z]+-[A-Z][a-z]+ de la [A-Z][a-z]+"),
        ("jean dupont", r"[a-z]+ [a-z]+"),
        ("MME MARIE CLAIRE LEROUX", r"MME [A-Z]+ [A-Z]+ [A-Z]+"),
        ("d'Artagnan", r"d'[AEIOUYH][a-z]+"),
        ('Jean "Jeannot" DUPONT', r'[A-Z][a-z]+ "[A-Z][a-z]+" [A-Z]{2,}'),
        ("(DUPONT),", r"\([A-Z]{2,}\),"),
    ],
)
def test_form_is_kept(original: str, shape: str) -> None:
    out = replace_one(pseudo("surrogate"), original, "NOM")
    # The pools are spelt with their accents: « Séverine », « ÉLODIE » are letters of the same case.
    shape = (
        shape.replace("[A-Z]", "[A-ZÀ-ÖØ-Þ]")
        .replace("[a-z]", "[a-zß-öø-ÿ]")
        .replace("[AEIOUYH]", "[AEIOUYHÉ]")
    )
    assert re.fullmatch(shape, out), out
    # every word that is a name changed
    changed = [a != b for a, b in zip(_words(original), _words(out), strict=True)]
    assert any(changed)


@pytest.mark.parametrize(
    ("original", "gender"),
    [
        ("Mme Jeanne DUPONT", "F"),
        ("Jeanne DUPONT", "F"),
        ("Marie-Claire Leroux", "F"),
        ("M. Jean DUPONT", "M"),
        ("Jean-Marc Leroux", "M"),
        ("Paul", "M"),
        ("Sophie", "F"),
    ],
)
def test_first_names_keep_their_gender(original: str, gender: str) -> None:
    p = pseudo("surrogate")
    out = replace_one(p, original, "NOM")
    first_word = next(w for w in _words(out) if w not in ("M.", "Mme"))
    first = first_word.split("-")[0]
    assert first in pools.first_names(gender), out
    assert first_name_gender(first) == gender


def test_every_pool_name_has_the_gender_of_its_pool_and_is_not_a_common_word() -> None:
    for gender in ("F", "M"):
        for name in pools.first_names(gender):
            assert first_name_gender(name) == gender, name
    everything = [*pools.first_names("F"), *pools.first_names("M"), *pools.surnames()]
    # Restoration reads a surrogate without its case or accents: no two may differ only by those.
    assert len({fold(name) for name in everything}) == len(everything)
    for name in everything:
        assert not is_common_word(name) and not is_common_word(fold(name)), name
    communes = [commune for _, commune in pools.communes()]
    assert len({fold(c) for c in communes}) == len(communes)
    for commune in communes:  # a one-word city restores in any case: no French word
        assert not is_common_word(commune) and not is_common_word(fold(commune)), commune
    assert any(not name.isascii() for name in everything) and any(not c.isascii() for c in communes)


def test_consistent_within_a_scope_word_by_word() -> None:
    p = pseudo("surrogate")
    full = replace_one(p, "M. Jean DUPONT", "NOM")
    first, last = _words(full)[1:]
    assert replace_one(p, "Dupont", "NOM") == last.title()
    assert replace_one(p, "DUPONT Jean", "NOM") == f"{last} {first}"
    assert replace_one(p, "jean dupont", "NOM") == f"{first.lower()} {last.lower()}"
    assert replace_one(p, "M. Jean DUPONT", "NOM") == full
    assert p.counts() == {"NOM": 4}  # distinct written values: « M. Jean DUPONT », « Dupont », …


def test_different_scopes_draw_different_surrogates() -> None:
    names = [
        f"{first} {last}" for first in ("Jean", "Claire", "Louis") for last in ("DUPONT", "LEGRAND", "MOREL")
    ]
    a = [replace_one(pseudo("surrogate", scope="patient-a"), n, "NOM") for n in names]
    b = [replace_one(pseudo("surrogate", scope="patient-b"), n, "NOM") for n in names]
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= len(names) - 1
    # and the same scope with the same key draws the same again (deterministic, keyed)
    assert a == [replace_one(pseudo("surrogate", scope="patient-a"), n, "NOM") for n in names]


def test_another_key_draws_other_surrogates() -> None:
    from egide.transform import Pseudonymiser

    names = ["Jean DUPONT", "Claire MOREL", "Louis LEGRAND", "Anne PETIT"]
    a = [replace_one(pseudo("surrogate"), n, "NOM") for n in names]
    other = Pseudonymiser("surrogate", secret=b"another-secret-0123456789abcdef", scope="conversation-1")
    b = [replace_one(other, n, "NOM") for n in names]
    assert a != b


def test_no_two_people_share_a_surrogate_in_one_scope() -> None:
    p = pseudo("surrogate")
    surnames = [f"NOM{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(150)]
    outs = {replace_one(p, f"Jean {s}", "NOM").split()[1] for s in surnames}
    assert len(outs) == len(surnames)  # more people than the pool has names: still no collision
    firsts = ["Jean", "Paul", "Louis", "Marc", "Luc", "Yves", "Hugo", "Noé", "Léo", "Tom"]
    outs_first = {replace_one(p, f"{f} MARTIN", "NOM").split()[0] for f in firsts}
    assert len(outs_first) == len(firsts)


def test_surrogates_drawn_from_the_originals_own_pool_stay_unambiguous() -> None:
    # The originals are the pool itself: surrogates must avoid the originals already seen, never
    # give two originals one surrogate, and the masked text must restore exactly.
    from egide.detect.finding import Finding

    originals = [n.upper() for n in pools.surnames()[:60]]
    text = ", ".join(f"M. {n}" for n in originals)
    findings = []
    pos = 0
    for n in originals:
        start = text.index(n, pos)
        findings.append(Finding(start - 3, start + len(n), "NOM", 0.99, "test"))
        pos = start + len(n)
    p = pseudo("surrogate")
    masked = p.apply(text, findings)
    replaced = [w.rstrip(",") for w in masked.split() if w != "M."]
    assert len(set(replaced)) == len(originals)
    for i, surrogate in enumerate(replaced):
        assert surrogate not in originals[: i + 1]
    assert p.restore(masked) == text


@pytest.mark.parametrize(
    ("answer_template", "expected"),
    [
        ("Bonjour {full}.", "Bonjour Jean DUPONT."),
        ("M. {LAST} est sorti.", "M. DUPONT est sorti."),
        ("M. {Last} est sorti.", "M. Dupont est sorti."),
        ("m. {last} est sorti.", "m. dupont est sorti."),
        ("{Last}'s file", "Dupont's file"),
        ("{Last}’s file", "Dupont’s file"),
        ("**{full}**", "**Jean DUPONT**"),
        ("{First} va mieux", "Jean va mieux"),
        ("{FIRST} {LAST}", "JEAN DUPONT"),
    ],
)
def test_restore_forgives_case_possessives_and_markdown(answer_template: str, expected: str) -> None:
    p = pseudo("surrogate")
    full = replace_one(p, "Jean DUPONT", "NOM")
    first, last = full.split()
    answer = answer_template.format(
        full=full, LAST=last.upper(), Last=last.title(), last=last.lower(), First=first, FIRST=first.upper()
    )
    assert p.restore(answer) == expected


def test_restore_does_not_touch_words_that_merely_contain_a_surrogate() -> None:
    p = pseudo("surrogate")
    full = replace_one(p, "Jean DUPONT", "NOM")
    last = full.split()[1]
    assert (
        p.restore(f"{last.lower()}esque et super{last.lower()}")
        == f"{last.lower()}esque et super{last.lower()}"
    )


def test_a_surrogate_is_never_a_word_already_in_the_text() -> None:
    # « EVA 6/10 » is a pain scale: had « Eva » been drawn for a patient, restoring the answer would
    # turn the scale into the patient's first name. Words of the text are never drawn.
    from tests.transform.conftest import marked

    pool = pools.first_names("F")
    free = pool[:3]
    text, findings = marked(" ".join(pool[3:]).upper() + " — <NOM>Jeanne LEROUX</NOM>")
    out = pseudo("surrogate").apply(text, findings)
    assert out.split()[-2] in free


def test_a_title_just_before_the_finding_counts() -> None:
    # The detector may leave the title out of the finding: « le Dr <NOM>Martin</NOM> ».
    from tests.transform.conftest import marked

    p = pseudo("surrogate")
    text, findings = marked("le Dr <NOM>Martin</NOM> et Mme <NOM>Jeanne</NOM> <NOM>Sophie LEROUX</NOM>")
    out = p.apply(text, findings).split()
    assert out[2] in pools.surnames()  # after « Dr », a lone word is a surname
    assert out[5] in pools.surnames()  # same after « Mme »
    assert out[6] in pools.first_names("F")  # no title right before it: a first name, female


def test_counts_use_plain_label_names() -> None:
    from egide.detect.finding import Finding
    from egide.detect.labels import Label

    p = pseudo("surrogate")
    p.apply("Jean DUPONT", [Finding(0, 11, Label.NOM, 0.9, "test")])
    assert p.counts() == {"NOM": 1}
    assert all(type(k) is str for k in p.counts())
