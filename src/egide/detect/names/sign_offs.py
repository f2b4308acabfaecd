"""A letter's or a message's sign-off in another language is no name (issue 8, over-masking family).

Foreign correspondents, interpreters and families write to the ward in their language: « Best regards, »,
« Kind regards », « Warm wishes », « Many thanks ». The word before the sign-off's noun is an adjective
of the formula, capitalised because it opens the line, and the lists know some of them as surnames
(« Best », « Kind », « Warm »). A span of one word, right before such a noun (itself in lower case or
capitalised, then a comma, a line's end or the text's end), is dropped. The thanks and greetings
themselves (« Trugarez », « Gracias », « Danke ») are in
:data:`~egide.detect.names.medical_words.NOT_NAMES`.
"""

from __future__ import annotations

from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# The nouns that close a formula in English (« regards », « wishes », « greetings », « thanks »), in
# German (« Grüße », « Gruesse », « Grüßen »), in Spanish, Portuguese and Italian (« saludos »,
# « cumprimentos », « saluti »), folded.
_SIGN_OFF_NOUNS = words(
    "regards wishes greetings thanks grusse gruesse grussen gruessen saludos cumprimentos saluti"
)


def is_sign_off(toks: list[Token], span: Span) -> bool:
    """``span`` is the one capitalised word that opens a sign-off before its noun (« Best regards, »)."""
    if span.last - span.first != 1 or span.last >= len(toks):
        return False
    noun = toks[span.last]
    if noun.key not in _SIGN_OFF_NOUNS or noun.gap_before != " ":
        return False
    after = noun.gap_after.lstrip(" \t")
    return after == "" or after[0] in ",!.\n"
