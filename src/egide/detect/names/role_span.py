"""A rank, a title of nobility or an office written right before a name is masked with it: « le
général [Campenon] » becomes « le [général Campenon] », « lord Beaconsfield », « comte de la
Guairinière », « citoyen Victor Noir ».

The rank says who the person is nearly as much as the name does (there are few generals, one
president of a republic, one count of a given land), and hand-annotated press (NewsEye) puts it inside
the person's span. Only the ranks of :data:`naming.ROLE_TITLES` (army, nobility, clergy, offices),
written right before the name after one space: the titles of care (« Dr », « docteur », « Pr »,
« Mme ») stay beside the mask, since a clinical reader needs to know that a doctor is meant.

The same holds for the other words press names a person by, after their article (issue #8, OCR'd
press): a trade that is no care role (« le [peintre van Luyten] », « l'[expert Gebelin] », « le [juge
d'instruction Guépet] »; « le docteur [Funck] », « le kiné [Plouvinec] » stay), a household's word
(« la [femme Lorinet] », « la [veuve Marchand] ») and an epithet (« le [très catholique Tallandier] »).
A title of address glued to the name by its dot, the space lost by the OCR, is masked with it: the two
make one word (« [M.Millerand] », « [MM.Morange] »; « M. [Millerand] » keeps its title beside the
mask). A rank or a trade after « M. le » takes its article (« M. [le général Campenon] », « M. [le juge
d'instruction Guépet] »: the words between the title and the name are the person's).
"""

from __future__ import annotations

from bisect import bisect_left

from egide.detect.finding import Finding
from egide.detect.names.epithets import EPITHETS, epithet_before_name
from egide.detect.names.honorifics import honorific_start
from egide.detect.names.naming import (
    HOUSEHOLD,
    HOUSEHOLD_ARTICLES,
    TRADE_KEYS,
    determiner,
    role_title,
)
from egide.detect.names.ocr_ranks import ocr_rank
from egide.detect.names.tokens import Token, name_opening
from egide.detect.names.wordlist import words

#: The trades of :data:`naming.TRADE_KEYS` that are care roles or a care title: they stay beside the
#: mask (« le docteur [Funck] », « l'infirmière [Morvan] », « le professeur [Papanine] », « la
#: surveillante [Le Gall] », the head nurse of a ward as hospitals long called her).
_CARE_TRADES = words(
    """
    docteur professeur pharmacien pharmacienne chirurgien dentiste veterinaire interne externe
    infirmier infirmiere ide kine kinesitherapeute ergotherapeute psychomotricien psychomotricienne
    psychologue dieteticien dieteticienne orthophoniste anesthesiste radiologue cardiologue psychiatre
    pediatre gynecologue neurologue pneumologue urologue medecin praticien sage-femme biologiste
    manipulateur manipulatrice brancardier brancardiere ambulancier ambulanciere aide-soignant
    aide-soignante auxiliaire confrere consoeur collegue patient patiente surveillant surveillante
    """
)
#: Trades press names a person by, masked with the name after them (folded). A judge of case law
#: (« le juge McLachlin ») stays beside the mask, as the hand-annotated ECHR set has it; « le juge
#: d'instruction Guépet » of press is a trade of several words, below.
_PRESS_TRADES = TRADE_KEYS - _CARE_TRADES - {"juge"}
#: Trades of several words, by their last word, with the words before it (folded): « le juge
#: d'instruction Guépet », « le metteur en scène Henri Chomette ».
_PRESS_TRADE_PHRASES: dict[str, tuple[str, ...]] = {
    "instruction": ("juge", "d'"),
    "scene": ("metteur", "en"),
    "police": ("commissaire", "de"),
    "paix": ("juge", "de"),
}
#: The articles between a title and a rank (« M. le général Campenon », « Mme la comtesse de Ségur »).
_RANK_ARTICLES = words("le la")
#: Titles of address, as written, that « M. le général X » opens with.
_ADDRESS_TITLES = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mr"})
_DEGREE = words("tres si bien fort trop")
#: The articles before a misread rank (« du généra! Gamelin »), contracted ones included (folded).
_MISREAD_ARTICLES = HOUSEHOLD_ARTICLES | words("du au aux")


def _word_before(toks: list[Token], k: int) -> int:
    """The first word of what names the person before the name opening at ``k``: a rank, a trade or a
    household's word after its article, an epithet; ``k`` when there is none."""
    before = toks[k - 1]
    if toks[k].gap_before != " ":
        # « le généra! Gamelin »: a rank whose last « l » the OCR read as a sign
        misread = _misread_rank(toks, k)
        return k - 1 if misread else k
    if role_title(before):
        # « l'infirmière major Dupont », « le médecin général Martinaud »: a care role's rank, which
        # stays beside the mask as the care role does
        care_rank = (
            before.shape == "L" and k > 1 and toks[k - 2].shape == "L" and toks[k - 2].key in _CARE_TRADES
        )
        return k if care_rank else k - 1
    if before.shape != "L" or k < 2:
        return k
    if _misread_rank(toks, k):
        return k - 1
    if before.key in _PRESS_TRADES and determiner(toks[k - 2]):
        return k - 1
    if before.key in HOUSEHOLD and toks[k - 2].key in HOUSEHOLD_ARTICLES and toks[k - 2].shape != "U":
        return k - 1
    if before.key in EPITHETS and epithet_before_name(toks, k - 1):
        first = k - 1
        if toks[first - 1].shape == "L" and toks[first - 1].key in _DEGREE:
            first -= 1  # « le très catholique Tallandier »
        return first
    phrase = _PRESS_TRADE_PHRASES.get(before.key)
    if phrase is not None:
        first = k - 1 - len(phrase)
        if (
            first > 0
            and all(
                toks[first + m].key == w
                and toks[first + m].shape == "L"
                and "\n" not in toks[first + m].gap_after
                for m, w in enumerate(phrase)
            )
            and determiner(toks[first - 1])
        ):
            return first
    return k


def _misread_rank(toks: list[Token], k: int) -> bool:
    """The word before the name at ``k`` is a rank or a household's word the OCR misread (« le
    généra! Gamelin », « la lemme Saugé »), after its article; never a care role (none is read)."""
    if k < 2:
        return False
    before, article = toks[k - 1], toks[k - 2]
    if before.shape != "L" or article.key not in _MISREAD_ARTICLES or article.shape == "U":
        return False
    return ocr_rank(before.text, toks[k].gap_before) is not None


def _article_after_title(toks: list[Token], first: int) -> int:
    """``first - 1`` when the rank or the trade at ``first`` follows its article after a title of
    address (« M. le général », « M.le général », « M. le juge d'instruction »), else ``first``."""
    if first < 2 or toks[first].gap_before != " ":
        return first
    article, title = toks[first - 1], toks[first - 2]
    if article.key not in _RANK_ARTICLES or article.shape != "L":
        return first
    if title.text in _ADDRESS_TITLES and article.gap_before in {". ", " ", "."}:
        return first - 1
    return first


def _glued_title(toks: list[Token], first: int) -> int:
    """``first - 1`` when a title of address and its dot are glued to the word at ``first``, the space
    after the dot lost by the OCR (« M.Millerand », « MM.Morange », « M.le général »), else ``first``:
    the title and the name make one word, masked whole (« MmeDupont », typed without its dot, keeps its
    title beside the mask as « Mme Dupont » does)."""
    if first < 1 or toks[first].gap_before != ".":
        return first
    title = toks[first - 1]
    if title.text not in _ADDRESS_TITLES:
        return first
    # not an initial among others (« J.M.Dupont », « A.-M.Roy »)
    return first if title.gap_before[-1:] in {".", "-"} else first - 1


def with_role_titles(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each name that follows a rank, a trade, a household's word or an epithet started
    on it."""
    if not toks or not found:
        return found
    starts = [t.start for t in toks]
    taken = sorted((f.start, f.end) for f in found)
    out = []
    for f in found:
        k = name_opening(starts, f)
        if k is not None:
            first = _word_before(toks, k)
            if first < k:
                first = _article_after_title(toks, first)
            first = _glued_title(toks, first)
            # « [S. Exc. M. Buffard] », « l'[honorable M. Chevalet] »: an honorific before it all
            first = honorific_start(toks, first)
            if first < k and not _inside(taken, toks[first].start):
                f = f.shifted(toks[first].start, f.end)
        out.append(f)
    return out


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    i = bisect_left(spans, (position + 1, 0)) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]
