"""The entry point: pseudonymise texts of one scope, restore later text of the same scope."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.overlap import resolve
from egide.errors import InputError
from egide.transform.keyed import keyed_digest
from egide.transform.mapping import Mapping
from egide.transform.normalise import fold, value_key
from egide.transform.operators import Operator, ScopeContext, Surrogate, operator_named
from egide.transform.restore import Matcher, substitute
from egide.transform.stream import StreamRestorer

_WORD = re.compile(r"[^\W_]+")
# What may stand between a postcode and its city: « 76000 Rouen », « Rouen (76000) », « Rouen, 76000 »,
# « CP : 76000 – Ville : Rouen »; the same line, a few words, no number (another line is another place).
_PAIR_GAP = re.compile(r"[^\n\d]{0,24}")
_PLACE_PAIR = {Label.CODE_POSTAL.value: Label.VILLE.value, Label.VILLE.value: Label.CODE_POSTAL.value}


def _partners(text: str, ordered: Sequence[Finding]) -> list[str]:
    """For each finding, the text of the adjacent finding it pairs with (a postcode and its city), or ""."""
    out = [""] * len(ordered)
    for i, (a, b) in enumerate(itertools.pairwise(ordered)):
        if out[i]:
            continue  # « 76000 Rouen, 14000 Caen »: Rouen goes with the code before it, not after
        if _PLACE_PAIR.get(str(a.label)) == str(b.label) and _PAIR_GAP.fullmatch(text[a.end : b.start]):
            out[i], out[i + 1] = text[b.start : b.end], text[a.start : a.end]
    return out


class Pseudonymiser:
    """One scope (a request, or a conversation when the gateway keeps its mapping) and one operator.

    ``apply`` replaces the findings of a text and extends the scope's mapping, so the same value gets
    the same replacement in every text of the scope; ``restore`` and ``stream_restorer`` put the
    originals back into text written later. Mask and redact are one-way: restoring is the identity.
    """

    def __init__(
        self,
        operator: str | Operator = "placeholder",
        *,
        secret: bytes,
        scope: str,
        mapping: Mapping | None = None,
    ) -> None:
        if not secret:
            raise ValueError("a secret is required")
        self.operator = operator_named(operator) if isinstance(operator, str) else operator
        self.scope = scope
        if mapping is not None and mapping.scope != scope:
            raise ValueError("the mapping belongs to another scope")
        self.mapping = mapping if mapping is not None else Mapping(scope)
        self._ctx = ScopeContext(secret, scope, self.mapping)
        self._matcher: Matcher | None = None

    def apply(self, text: str, findings: Sequence[Finding]) -> str:
        """``text`` with every finding replaced; offsets are Python characters of ``text``."""
        ordered = sorted(findings, key=lambda f: (f.start, f.end))
        if any(a.end > b.start for a, b in itertools.pairwise(ordered)):
            ordered = resolve(ordered)  # callers should have resolved overlaps; never leave a gap
        if ordered and ordered[-1].end > len(text):
            raise InputError("une entité dépasse la fin du texte")
        if isinstance(self.operator, Surrogate):
            self._ctx.words.update(fold(w) for w in _WORD.findall(text))
        self._ctx.findings = tuple((str(f.label), text[f.start : f.end]) for f in ordered)
        partners = _partners(text, ordered)
        out: list[str] = []
        last = 0
        for f, partner in zip(ordered, partners, strict=True):
            value = text[f.start : f.end]
            label = str(f.label)  # a Label member or a site-specific label: plain text from here on
            out.append(text[last : f.start])
            self._ctx.before = text[max(0, f.start - 24) : f.start]
            self._ctx.partner = partner
            out.append(self.operator.replace(value, label, self._ctx))
            self.mapping.note(label, keyed_digest(self._ctx.secret, self.scope, label, value_key(value)))
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def _current(self) -> Matcher:
        if self._matcher is None or self._matcher.version != self.mapping.version:
            self._matcher = Matcher(self.mapping)
        return self._matcher

    def restore(self, text: str, *, json_string: bool = False) -> str:
        """``text`` with the scope's replacements turned back into the originals.

        ``json_string=True`` when ``text`` is JSON (tool-call arguments): originals are JSON-escaped.
        """
        if not self.operator.reversible:
            return text
        return substitute(self._current(), text, json_string=json_string)

    def stream_restorer(self, json_string: bool = False) -> StreamRestorer:
        """A restorer for one stream of chunks (one per message content or tool call)."""
        if not self.operator.reversible:
            return StreamRestorer(Mapping(self.scope), json_string)  # empty mapping: passes through
        return StreamRestorer(self.mapping, json_string, self._current())

    def counts(self) -> dict[str, int]:
        """Label → number of distinct values replaced in this scope. Never values."""
        return self.mapping.counts()
