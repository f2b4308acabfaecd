"""A verb of speech set after what was said, its subject after it (« … », répondit Kervadec ;
« Jamais ! » s'écria Lemarquis ; « Non », ajoute Dupuis): the press quotes people so, and the word
after such a verb is the speaker.

The verb comes right after the end of the quotation: a closing quote, « ! », « ? » or « … » in the
gap before it, or a comma before a verb in the simple past (« …, reprit X »), a tense no care note
uses. A present tense (« ajoute », « précise », « demande ») is also a noun or a note's verb
(« Douleur, précise IDE »), so it needs the quotation's end. A newspaper or an agency after the verb
(« précise Le Monde », « ajoute L'Humanité ») opens on an article and is left alone.

The subject may also come first, the verb then saying what follows is speech (« Lemarquis déclare
que », « Kervadec estime qu'il », « Maltravers affirme : »): a capitalised word that is no French
word, no acronym (« IDE précise que »), no medical word, before a verb that says, then « que » or a
colon or quote.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import fold
from egide.detect.names.medical_words import MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.reader import Lexicon, acronym
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


# Verbs that report what someone says or thinks, when « que » or a colon follows: the subject first.
SAYING_VERBS: frozenset[str] = frozenset(
    fold(w)
    for w in words(
        """
        déclare affirme estime explique ajoute souligne raconte confie avoue assure répond réplique
        rétorque reconnaît reconnait annonce dément dement martèle martele insiste juge pense
        déclara affirma estima expliqua ajouta souligna raconta confia avoua assura répondit répliqua
        """
    )
)
_SAID = frozenset({"que", "qu'"})


def speaker_before(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` is a verb that reports speech, then « que » or a colon, and the word before it
    may be its subject (« Lemarquis déclare que »)."""
    t = toks[i]
    if t.key not in SAYING_VERBS or i == 0 or i + 1 >= len(toks) or t.gap_before != " ":
        return False
    if t.text.lower().endswith(("é", "ée", "és", "ées")):
        return (
            False  # « Domicile déclaré : », « Revenu déclaré : »: a participle, a form's label (folded alike)
        )
    nxt = toks[i + 1]
    if not (nxt.key in _SAID and nxt.gap_before == " ") and not any(c in ":«" for c in nxt.gap_before):
        return False
    subject = toks[i - 1]
    key = subject.key
    if i > 1 and subject.gap_before == " " and toks[i - 2].shape in "UCI":
        return False  # « Jean Dupont déclare que »: a name of several words, read by the lists
    return (
        subject.shape in "UC"
        and len(key) >= 3
        and not (subject.shape == "U" and acronym(key))
        and key not in cues.FUNCTION_WORDS
        and key not in cues.TITLES
        and key not in cues.PLACE_WORDS
        and key not in MEDICAL_WORDS
        and key not in NOT_NAMES
        and (not lex.is_common(subject) or lex.is_surname(subject))
    )
