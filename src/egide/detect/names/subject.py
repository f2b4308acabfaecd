"""A word no list knows, opening a sentence, then a verb whose subject is a person: « Danglard eut
un sourire ironique », « Paderewski va prendre la présidence », « Kervadec refuse son plateau ».

A capitalised word inside a sentence is read by the model; opening one, every word has its capital,
and the model rightly doubts it. What follows says more: the simple past of a story (« eut »,
« fut », « rencontra »), a verb of what people do (« rencontrera », « épousa », « refuse »,
« dort »), or « va » then an infinitive. A drug leaflet or a report writes « Atripla est », « X
peut », « X a été »: those verbs (« est », « a », « peut », « doit ») are left out, and so are the
words the medicine lists, the word lists, the medical words or the acronyms hold.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import fold
from egide.detect.names.medical_words import MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Third person singular, as written (folded): the simple past of a story, and the present or future
# of what only a person does. No « est », « a », « peut », « doit », « sera »: a thing does them too.
_PERSON_VERBS = frozenset(
    fold(w)
    for w in words(
        """
        eut fut fit prit vint revint alla entra sortit partit mourut naquit sourit rit pleura
        rencontra épousa quitta rejoignit remporta battit gagna perdit joua chanta écrivit publia
        répondit ajouta déclara reprit poursuivit murmura s'écria demanda sembla parut resta devint
        rencontre rencontrera épouse épousera rejoint rejoindra affronte affrontera remporte
        remportera bat battra dort dormait mange mangeait boit pleure refuse refusait réclame
        souhaite sourit
        rentra repartit retrouva arriva descendit monta courut tomba
        """
    )
)
# Prepositions and articles: the word after them is a complement, not the subject.
_BEFORE_COMPLEMENT = words(
    "de d' du des a au aux en le la les l' un une par pour sur sous dans vers chez avec entre contre sans"
)
# « va », « vient de », « allait » then an infinitive (« Paderewski va prendre la présidence »).
_GOING = frozenset({"va", "allait", "ira", "vient", "venait"})
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


# « Musset, qui haïssait », « Poulenard, dont il n'a pas oublié » : a relative clause on the subject.
_RELATIVES = frozenset({"qui", "dont"})


def _verb_follows(toks: list[Token], i: int) -> bool:
    k = i + 1
    if k >= len(toks) or toks[k].shape != "L":
        return False
    key = toks[k].key
    if toks[k].gap_before == ", " and key in _RELATIVES:
        return toks[i].opens
    if toks[k].gap_before != " ":
        return False
    if key in _PERSON_VERBS:
        return True
    if key not in _GOING or k + 1 >= len(toks) or toks[k + 1].gap_before != " ":
        return False
    nxt = toks[k + 1]
    if nxt.key == "de" and k + 2 < len(toks):
        nxt = toks[k + 2]  # « vient de signer »
    return nxt.shape == "L" and nxt.key.endswith(_INFINITIVE_ENDINGS) and len(nxt.key) >= 4


def subject_of_person_verb(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` is a capitalised word that is no French word, and a verb whose subject is a person
    follows it (or, opening a sentence, « , qui » or « , dont »)."""
    t = toks[i]
    key = t.key
    if t.shape != "C" or t.loud or len(key) < 3 or not key.isalpha():
        return False
    if key in cues.FUNCTION_WORDS or key in cues.TITLES or key in cues.PLACE_WORDS:
        return False
    if key in MEDICAL_WORDS or key in NOT_NAMES or lex.is_common(t):
        return False
    if i > 0 and not t.opens and toks[i - 1].key in _BEFORE_COMPLEMENT:
        return False  # « le conseil municipal de Camaret vient de démissionner »: not the subject
    return _verb_follows(toks, i)
