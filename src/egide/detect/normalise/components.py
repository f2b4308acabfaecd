"""HL7 v2 component separators read as spaces: « DUPONT^JEAN », « 12 RUE DES LILAS^^LYON^^69003^FRA ».

An export of the patient record as HL7 v2 messages (what a hospital's systems send each other:
« PID|…|DUPONT^JEAN^^^^^L|… ») separates the components of a field with « ^ »: a surname and its first
name, a street, its town and its postcode. Read as spaces (same length, offsets unchanged), each part
is read as in a letter. A caret between a digit and a number is an exponent (« 10^9/L », « 10^-3 ») and
stays.
"""

from __future__ import annotations

from egide.detect.normalise.mapping import Draft


def read_components(draft: Draft) -> None:
    """Turn HL7 component separators into spaces."""
    text = draft.text
    if "^" not in text:
        return
    chars = list(text)
    at = text.find("^")
    while at != -1:
        after = text[at + 1 : at + 3]
        exponent = (
            at > 0
            and text[at - 1].isdigit()
            and (after[:1].isdigit() or (after[:1] in "-+" and after[1:2].isdigit()))
        )
        if not exponent:
            chars[at] = " "
        at = text.find("^", at + 1)
    draft.same_length("".join(chars))
