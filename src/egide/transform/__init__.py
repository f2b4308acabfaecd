"""Transformation of findings: operators, the per-scope mapping, restoration of text and streams.

Public API::

    from egide.transform import Pseudonymiser
    p = Pseudonymiser(operator="placeholder", secret=key, scope=conversation_id)
    masked = p.apply(text, findings)          # same value → same replacement within the scope
    original = p.restore(answer)              # also p.restore(arguments, json_string=True)
    r = p.stream_restorer(json_string=False)  # out = r.feed(chunk) ...; tail = r.flush()
    p.counts()                                # {"NOM": 2, "DATE": 1}: counts only, never values
    blob = p.mapping.to_bytes(); Mapping.from_bytes(blob)

``transform`` imports only ``egide.detect`` and ``egide.errors``; it never touches the database.
"""

from egide.transform.mapping import Entry, Kind, Mapping
from egide.transform.operators import (
    OPERATORS,
    DateShift,
    Mask,
    Operator,
    Placeholder,
    Redact,
    ScopeContext,
    Surrogate,
    operator_named,
)
from egide.transform.pseudonymiser import Pseudonymiser
from egide.transform.stream import StreamRestorer

__all__ = [
    "OPERATORS",
    "DateShift",
    "Entry",
    "Kind",
    "Mapping",
    "Mask",
    "Operator",
    "Placeholder",
    "Pseudonymiser",
    "Redact",
    "ScopeContext",
    "StreamRestorer",
    "Surrogate",
    "operator_named",
]
