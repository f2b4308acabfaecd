"""The codes of an HL7 v2 message that name systems and places of the hospital, not persons.

An exported message carries, beside the patient's name, the codes its systems route it by: the sending
and receiving applications and facilities of its header (MSH-3 to MSH-6: « MSH|^~\\&|LABO|CHR_NORD|DPI|
CHRN| »), the authority and the type that follow an identifier (« 45012783^^^CHRN^PI »: CX.4 and CX.5),
a stay's locations and service (PV1-3, PV1-6, PV1-10, PV1-11, PV1-39: « GERIA^212^1 »). In capitals and
unknown to the lists, they read to the name model as surnames (« CHRN », « DPI », « GERIA ») and were
masked as persons. The field's number says what they are: their words are no names (a title before one
still makes it one: the rules that read titles are not asked about these words).

The normaliser has turned the component separators « ^ » into spaces (same offsets); fields are
separated by « | », repetitions by « ~ ».
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.hl7 import fields, repetitions

# (in any case: a message in capitals is read once more re-cased, « Pid|1||… »)
_SEGMENT = re.compile(r"(?<![^\s])(?P<name>(?i:MSH|PID|PV1|MRG|OBR|ORC))\|")
_NEXT_SEGMENT = re.compile(r"\s[A-Za-z][A-Za-z0-9]{2}\|")
# Fields whose whole value is a system's, a facility's or a location's code.
_CODE_FIELDS = {("MSH", 3), ("MSH", 4), ("MSH", 5), ("MSH", 6), ("PV1", 3), ("PV1", 6), ("PV1", 10), ("PV1", 11), ("PV1", 39)}  # fmt: skip
# Identifier fields (CX, EI): the first component is the identifier, the others its authority and type.
_ID_FIELDS = {
    ("PID", 2), ("PID", 3), ("PID", 4), ("PID", 18), ("MRG", 1), ("MRG", 3), ("MRG", 5), ("PV1", 19),
    ("PV1", 50), ("OBR", 2), ("OBR", 3), ("ORC", 2), ("ORC", 3),
}  # fmt: skip


def code_spans(text: str) -> Iterator[tuple[int, int]]:
    """The character spans of ``text`` that hold routing, authority and location codes of HL7 v2
    segments."""
    for name, number, start, end in fields(text, _SEGMENT, _NEXT_SEGMENT):
        key = (name, number)
        if key in _CODE_FIELDS and start < end:
            yield start, end
        elif key in _ID_FIELDS:
            # in each repetition, what follows its first component (read as a space)
            for rep_start, rep_end in repetitions(text, start, end):
                space = text.find(" ", rep_start, rep_end)
                if space != -1:
                    yield space, rep_end
