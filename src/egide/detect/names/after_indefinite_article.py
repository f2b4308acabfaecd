"""A capitalised word right after « un » or « une » is a thing the text names, not a person the model
reads: « une douleur comme une Bérézina », « un Doppler », « une Ventoline ».

French gives a person's name no indefinite article (« une Dupont » is no way to speak of Mme Dupont);
a capitalised word after one is a common noun made proper (a brand, a rout, a machine). Asked of the
model's spans of one word only, which have no title nor given name with them; the rules' readings
keep theirs (« un Jean-Pierre de passage » is read by them when it is anyone).
"""

from __future__ import annotations

from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token

_INDEFINITE = frozenset({"un", "une"})


def after_an_indefinite_article(toks: list[Token], span: Span) -> bool:
    """``span`` is one capitalised word, right after « un » or « une » in lower case."""
    k = span.first
    return (
        span.last - k == 1
        and k > 0
        and toks[k].shape == "C"
        and toks[k - 1].text in _INDEFINITE
        and toks[k].gap_before == " "
    )
