"""A value written in two cases across turns (« Fontaine », then « FONTAINE ») comes back as written.

A placeholder carries no case: it gives back the way the scope last wrote the value (the latest
turn's), kept in the mapping across requests. A surrogate gives back the case the model wrote it in.
"""

from __future__ import annotations

import json

import pytest

from egide.transform import Mapping, Pseudonymiser
from tests.transform.conftest import SECRET, marked


def _turns(operator: str, *turns: str) -> tuple[Pseudonymiser, list[str]]:
    """Each turn pseudonymised by a new pseudonymiser on the mapping kept from the turn before."""
    blob: bytes | None = None
    masked: list[str] = []
    p = Pseudonymiser(operator, secret=SECRET, scope="conv")
    for turn in turns:
        mapping = Mapping.from_bytes(blob) if blob is not None else None
        p = Pseudonymiser(operator, secret=SECRET, scope="conv", mapping=mapping)
        text, findings = marked(turn)
        masked.append(p.apply(text, findings))
        blob = p.mapping.to_bytes()
    return p, masked


@pytest.mark.parametrize(
    ("turns", "restored"),
    [
        (["Mme <NOM>Fontaine</NOM> tousse.", "Et <NOM>FONTAINE</NOM> ?"], "FONTAINE"),
        (["<NOM>FONTAINE</NOM>", "<NOM>Fontaine</NOM>"], "Fontaine"),
        (["<NOM>Fontaine</NOM>", "<NOM>FONTAINE</NOM>", "<NOM>Fontaine</NOM>"], "Fontaine"),
        (["<NOM>Jean  Fontaine</NOM>", "<NOM>JEAN FONTAINE</NOM>"], "JEAN FONTAINE"),
        (["à <VILLE>Rouen</VILLE>", "à <VILLE>ROUEN</VILLE>"], "ROUEN"),
        (["<NOM>Fontaine</NOM>", "rien de nouveau"], "Fontaine"),
    ],
)
def test_placeholder_gives_back_the_latest_form(turns: list[str], restored: str) -> None:
    p, masked = _turns("placeholder", *turns)
    placeholder = masked[0][masked[0].index("<") : masked[0].index(">") + 1]
    assert p.restore(f"Réponse : {placeholder}.") == f"Réponse : {restored}."
    stream = p.stream_restorer()
    assert stream.feed(f"Réponse : {placeholder[:3]}") + stream.feed(
        placeholder[3:] + "."
    ) + stream.flush() == (f"Réponse : {restored}.")


def test_a_new_value_of_another_case_is_not_confused() -> None:
    # « Fontaine » and « Fontenay » are two values: each keeps its own placeholder and form.
    p, masked = _turns("placeholder", "<NOM>Fontaine</NOM> et <NOM>Fontenay</NOM>", "<NOM>FONTENAY</NOM>")
    assert masked[1] == "<NOM_2>"
    assert p.restore("<NOM_1> et <NOM_2>") == "Fontaine et FONTENAY"


@pytest.mark.parametrize("operator", ["surrogate"])
def test_surrogate_gives_back_the_case_the_model_wrote(operator: str) -> None:
    p, masked = _turns(operator, "Mme <NOM>Fontaine</NOM> tousse.", "Et <NOM>FONTAINE</NOM> ?")
    title = masked[0].split()[1]  # the surrogate as sent in the first turn
    caps = masked[1].split()[1]
    assert caps == title.upper()
    assert p.restore(title) == "Fontaine"
    assert p.restore(caps) == "FONTAINE"


def test_mappings_written_before_the_latest_form_existed_still_read() -> None:
    p, _ = _turns("placeholder", "<NOM>Fontaine</NOM>", "<NOM>FONTAINE</NOM>")
    old = json.loads(p.mapping.to_bytes())
    del old["latest"]
    mapping = Mapping.from_bytes(json.dumps(old).encode())
    assert Pseudonymiser(secret=SECRET, scope="conv", mapping=mapping).restore("<NOM_1>") == "Fontaine"
