"""Stream restoration: chunks split replacements anywhere; output must equal restoring the whole text.

Every split point of every answer is checked, then random multi-splits (hypothesis), for each
operator that restores. The restorer must also hold back as little as possible: text that cannot
become a replacement is released on the chunk it arrives in.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from egide.transform import Pseudonymiser
from tests.transform.conftest import marked, pseudo

NOTE = (
    "M. <NOM>Jean DUPONT</NOM>, né le <DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>, domicilié "
    "<ADRESSE>12 rue des Lilas</ADRESSE> à <VILLE>Rouen</VILLE>, tél <TELEPHONE>06 12 34 56 78</TELEPHONE>, "
    "NIR <NIR>1 61 02 76 123 456 78</NIR>, adressé par le Dr <NOM>Claire MARTIN</NOM> le <DATE>3 février 2019</DATE>. "
    "Mail : <EMAIL>jean.dupont@example.org</EMAIL>. IPP <IPP>80012345</IPP>."
)


def _scope(operator: str) -> tuple[Pseudonymiser, str]:
    p = pseudo(operator)
    text, findings = marked(NOTE)
    return p, p.apply(text, findings)


def _answers(p: Pseudonymiser, masked: str) -> list[str]:
    """What a model might write back: the masked text itself, re-cased, decorated, reformatted."""
    words = masked.split()
    return [
        masked,
        "Résumé pour " + masked.upper() + "\n\n**Conclusion** : " + masked.lower(),
        " ".join(f"**{w}**" if i % 3 == 0 else w for i, w in enumerate(words)),
        "Patient [NOM_1], nom_2 et < NOM_1 > puis NOM 2, <DATE_1> <NOM_12> <NOM_",
    ]


def _streamed(p: Pseudonymiser, chunks: list[str], json_string: bool = False) -> str:
    r = p.stream_restorer(json_string=json_string)
    return "".join(r.feed(c) for c in chunks) + r.flush()


@pytest.mark.parametrize("operator", ["placeholder", "surrogate", "date_shift"])
def test_every_split_point(operator: str) -> None:
    p, masked = _scope(operator)
    for answer in _answers(p, masked):
        expected = p.restore(answer)
        for i in range(len(answer) + 1):
            assert _streamed(p, [answer[:i], answer[i:]]) == expected, (operator, i)


@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_character_by_character(operator: str) -> None:
    p, masked = _scope(operator)
    for answer in _answers(p, masked):
        assert _streamed(p, list(answer)) == p.restore(answer)


_SCOPES = {op: _scope(op) for op in ("placeholder", "surrogate", "date_shift")}


@settings(max_examples=150, deadline=None)
@given(
    operator=st.sampled_from(sorted(_SCOPES)),
    which=st.integers(0, 3),
    cuts=st.lists(st.integers(0, 2000), max_size=40),
)
def test_random_multi_splits(operator: str, which: int, cuts: list[int]) -> None:
    p, masked = _SCOPES[operator]
    answer = _answers(p, masked)[which]
    points = sorted({c % (len(answer) + 1) for c in cuts})
    chunks = [answer[a:b] for a, b in zip([0, *points], [*points, len(answer)], strict=True)]
    assert _streamed(p, chunks) == p.restore(answer)


@settings(max_examples=150, deadline=None)
@given(
    noise=st.text(alphabet="<>[]_ NOMDATE12aé*\n-", max_size=60),
    cuts=st.lists(st.integers(0, 80), max_size=10),
)
def test_adversarial_noise_around_placeholders(noise: str, cuts: list[int]) -> None:
    p, _ = _SCOPES["placeholder"]
    answer = noise + "<NOM_1>" + noise[::-1] + "NOM_2" + noise
    points = sorted({c % (len(answer) + 1) for c in cuts})
    chunks = [answer[a:b] for a, b in zip([0, *points], [*points, len(answer)], strict=True)]
    assert _streamed(p, chunks) == p.restore(answer)


def _pieces(p: Pseudonymiser) -> list[str]:
    """Replacements of the scope, pieces of them and re-cased versions: material for adversarial answers."""
    out = ["<", ">", "_", " ", ", ", "-", ".", "/", "'s", "**", "1", "2", "19", "NOM", "nom_1", "DATE"]
    for e in p.mapping.entries():
        r = e.replacement
        out += [r, r.upper(), r.lower(), r[: len(r) // 2], r[len(r) // 2 :], r.replace(" ", "")]
    return out


@settings(max_examples=200, deadline=None)
@given(data=st.data(), operator=st.sampled_from(sorted(_SCOPES)))
def test_adversarial_answers_built_from_pieces_of_replacements(data: st.DataObject, operator: str) -> None:
    p, _ = _SCOPES[operator]
    pieces = data.draw(st.lists(st.sampled_from(_pieces(p)), max_size=25))
    answer = "".join(pieces)
    cuts = data.draw(st.lists(st.integers(0, max(len(answer), 1)), max_size=12))
    points = sorted({c % (len(answer) + 1) for c in cuts})
    chunks = [answer[a:b] for a, b in zip([0, *points], [*points, len(answer)], strict=True)]
    assert _streamed(p, chunks) == p.restore(answer)


def test_releases_everything_that_cannot_become_a_replacement() -> None:
    p, _ = _scope("placeholder")
    r = p.stream_restorer()
    assert r.feed("Le patient ") == "Le patient "
    assert r.feed("est vu par <NO") == "est vu par "
    assert r.held == "<NO"
    assert r.feed("M_1> ce jour.") == "Jean DUPONT ce jour."
    assert r.feed(" Bilan: 12") == " Bilan: 12"
    assert r.flush() == ""


def test_a_finished_placeholder_is_held_only_while_its_number_could_go_on() -> None:
    p, _ = _scope("placeholder")
    r = p.stream_restorer()
    assert r.feed("Vu: NOM_1") == "Vu: "  # could still become NOM_12
    assert r.feed(" ") == "Jean DUPONT "
    assert r.feed("NOM_1") == ""
    assert r.flush() == "Jean DUPONT"


def test_surrogate_split_in_the_middle() -> None:
    p, _ = _scope("surrogate")
    entry = next(e for e in p.mapping.entries() if e.label == "NOM")
    surrogate = entry.replacement  # « Jean DUPONT » → something like « Armand BRUNET »
    r = p.stream_restorer()
    half = len(surrogate) // 2
    out = r.feed("Bonjour " + surrogate[:half])
    assert out == "Bonjour "
    assert r.feed(surrogate[half:] + ", comment") + r.flush() == "Jean DUPONT, comment"


def test_json_mode_escapes_originals_inside_tool_call_arguments() -> None:
    p = pseudo()
    text, findings = marked('Patient <NOM>Jean "Jeannot" DUPONT\\2</NOM>')
    assert p.apply(text, findings) == "Patient <NOM_1>"
    arguments = '{"patient": "<NOM_1>", "note": "voir \\u003cNOM_1\\u003e"}'
    restored = p.restore(arguments, json_string=True)
    assert json.loads(restored) == {
        "patient": 'Jean "Jeannot" DUPONT\\2',
        "note": 'voir Jean "Jeannot" DUPONT\\2',
    }
    for i in range(len(arguments) + 1):
        assert _streamed(p, [arguments[:i], arguments[i:]], json_string=True) == restored
    # Without JSON mode the same arguments would break: the quote ends the string.
    with pytest.raises(json.JSONDecodeError):
        json.loads(p.restore(arguments))


def test_a_stream_sees_replacements_added_to_the_scope_after_it_started() -> None:
    p = pseudo()
    r = p.stream_restorer()
    assert r.feed("avant ") == "avant "
    text, findings = marked("<NOM>Jean DUPONT</NOM>")
    p.apply(text, findings)
    assert r.feed("<NOM_1>.") + r.flush() == "Jean DUPONT."
