"""A person introduced by an epithet after its article (issue #8, OCR'd press): « le regretté
Castagnac », « le très catholique Tallandier », « le socialiste Fourcadier ».

French press names people by what they are known for, the way it names them by their trade (« l'avocat
Rivière », :func:`~egide.detect.names.naming.trade_before_name`): an article, at most one adverb of
degree, then an adjective of esteem, of pity or of allegiance used as a noun. The capitalised word after
it is read as a rank's name is (not a common word, not a medicine: « le pauvre Doliprane » stays).
The adjectives are those that qualify a person, not a thing: « le célèbre », « le fameux », « le grand », « le vieux », « le petit » also name places, songs, races and books (« la
célèbre Joconde », « le fameux Tour de France », « le vieux Nice », « le petit Larousse ») and are
left out; an eponym after a word of pity is the disease's (« le pauvre Parkinson »), a country or a
region after a word of allegiance the land's (« la très catholique Espagne »).
"""

from __future__ import annotations

from egide.detect.names.eponyms import is_unambiguous_eponym
from egide.detect.names.medical_words import NOT_NAMES
from egide.detect.names.medicines import medicine_lists
from egide.detect.names.naming import determiner
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words
from egide.detect.places.regions import DEPARTMENT_NAMES

#: Adjectives of esteem, of pity and of allegiance that press writes before a surname (folded).
EPITHETS: frozenset[str] = words(
    """
    regrette regrettee defunt defunte eminent eminente distingue distinguee talentueux talentueuse
    vaillant vaillante infortune infortunee malheureux malheureuse brave pauvre intrepide
    socialiste communiste radical radicale royaliste republicain republicaine bonapartiste
    nationaliste anarchiste syndicaliste monarchiste catholique protestant protestante liberal liberale
    conservateur conservatrice travailliste democrate fasciste bolcheviste marxiste
    """
)
#: Adverbs of degree that may stand between the article and the epithet (« le très catholique »).
_DEGREE = words("tres si bien fort trop")
_CONTRACTED = words("du au")


def epithet_before_name(toks: list[Token], i: int) -> bool:
    """Token ``i`` is an epithet in lower case after its article, an adverb of degree between them or
    not (« le célèbre », « le très catholique »): the word after it names the person."""
    t = toks[i]
    if t.shape != "L" or t.key not in EPITHETS or i == 0 or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].key
    if is_unambiguous_eponym(nxt):
        return False  # « le pauvre Parkinson »: the disease
    if nxt in NOT_NAMES or nxt in DEPARTMENT_NAMES or nxt in medicine_lists()[3]:
        return False  # « la très catholique Espagne », « la radicale Corrèze »: a country, a region
    k = i - 1
    if toks[k].shape == "L" and toks[k].key in _DEGREE and k > 0:
        k -= 1
    article = toks[k]
    # « du regretté Castagnac », « au socialiste Fourcadier »: the article contracted with « de », « à »
    return determiner(article) or (article.shape == "L" and article.key in _CONTRACTED)
