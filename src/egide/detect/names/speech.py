"""A verb of speech set after what was said, its subject after it (« … », répondit Kervadec ;
« Jamais ! » s'écria Lemarquis ; « Non », ajoute Dupuis): the press quotes people so, and the word
after such a verb is the speaker.

The verb comes right after the end of the quotation: a closing quote, « ! », « ? » or « … » in the
gap before it, or a comma before a verb in the simple past (« …, reprit X »), a tense no care note
uses. A present tense (« ajoute », « précise », « demande ») is also a noun or a note's verb
(« Douleur, précise IDE »), so it needs the quotation's end. A newspaper or an agency after the verb
(« précise Le Monde », « ajoute L'Humanité ») opens on an article and is left alone.
"""

from __future__ import annotations

from egide.detect.names.lexicon import fold
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Simple past, third person singular: literary, the tense of reported speech in the press.
_PAST = frozenset(
    fold(w)
    for w in words(
        """
        répondit ajouta déclara affirma murmura reprit poursuivit expliqua demanda interrompit conclut
        observa précisa souligna lança fit répliqua écria exclama continua insista objecta rétorqua
        protesta soupira cria hurla avoua assura raconta confia annonça questionna riposta plaisanta
        """
    )
)
# Present, third person singular: reported speech in today's press, but also nouns and note verbs.
_PRESENT = frozenset(
    fold(w)
    for w in words(
        """
        répond ajoute déclare affirme murmure reprend poursuit explique demande interrompt conclut
        observe précise souligne lance fait réplique écrie exclame continue insiste objecte rétorque
        proteste soupire crie hurle avoue assure raconte confie annonce questionne riposte plaisante
        estime résume commente
        """
    )
)
#: Every key that may be such a verb: what ``by_context`` looks at.
SPEECH_VERBS: frozenset[str] = _PAST | _PRESENT
# What ends a quotation in the gap before the verb.
_QUOTE_ENDS = frozenset('»"”!?…')
# Articles that open a newspaper's or an agency's name (« Le Monde », « L'Humanité »).
_ARTICLES = frozenset({"le", "la", "les", "l'"})


def speaker_follows(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a verb of speech after a quotation, and a capitalised word that may be its
    subject follows (« …, répondit Kervadec »)."""
    t = toks[i]
    if t.key not in SPEECH_VERBS or i + 1 >= len(toks) or i == 0:
        return False
    nxt = toks[i + 1]
    if nxt.gap_before != " " or nxt.shape not in "UC" or nxt.key in _ARTICLES:
        return False
    k = i - 1 if toks[i - 1].key in {"s'", "se"} and t.gap_before in {"", " "} else i  # « s'écria »
    gap = toks[k].gap_before
    if any(c in _QUOTE_ENDS for c in gap):
        return True
    return t.key in _PAST and gap.strip(" ") == ","
