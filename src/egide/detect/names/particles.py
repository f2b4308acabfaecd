"""The particles and short given names written right before a name found without them (« dit van
Luyten », « et Le Huéron », « Mac Orlan », « Li Wei »): the model, a list or propagation finds the
surname, and the particle, which is part of it, would be left in the text beside the mask.

Only particles that are no French preposition or article where they stand: the foreign ones in lower
case (« van », « von », « van der », « da », « dos », « di »), and the capitalised ones inside a
sentence (« et Le Huéron », « professeurs Bauer et De Broglie »), where an article would take no
capital, and the particles in capitals before a name in capitals (« Vte DE CHEVILLY »). « de » and
« du » in lower case stay (« la fille de Martin »), and so does « Le » opening a sentence (« Le Guen
a dit » is read by the lists when they know the name), unless the name found after it is a surname
and a given name (« 1. Le Floch Gwendal — AVC », « Enfant : Le Corre Nolan »: no sentence opens on an
article before a person's full name; the particle is the surname's).
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import common_words
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

_FOREIGN_LOWER = words("van von der den ten ter da das dos del della di zu")
# Capitalised, these begin a name when a sentence goes on around them.
_CAPITALISED = words("le la de du van von der den da dos del della di mac mc")
# Foreign enough to begin a name even opening a sentence (« Van Gogh », « Mac Orlan »).
_FOREIGN_CAPITALISED = words("van von mac mc della")
# Capitalised, these begin a surname written with the given name after it, even opening a sentence, a
# list item or a field (« Le Floch Gwendal », « Da Costa Maria »).
_OPENING = words("le la de du da di del van von")
# « van der Berg », « de la Fontaine »: at most two particles before the name.
_MAX_PARTICLES = 2


# Two-letter words that may stand capitalised inside a sentence before a name and are not part of it:
# interjections, English words of a title, abbreviations (« Pt Dupont »: a patient).
_NOT_SHORT_NAMES = words(
    "st pt oh ah eh ha ok no by of to in at is it an as be do go so up us we my he or if"
)


def _short_given_name(t: Token) -> bool:
    """« Xi Jinping », « Ub Iwerks », « Jo Bouillon »: a capitalised word of two letters inside a
    sentence, no small French word, title or abbreviation, is the first part of the name after it."""
    return (
        t.shape == "C"
        and len(t.text) == 2
        and not t.opens
        and t.key not in cues.FUNCTION_WORDS
        and t.key not in cues.TITLES
        and t.key not in cues.PLACE_WORDS
        and t.key not in _NOT_SHORT_NAMES
    )


def common(t: Token) -> bool:
    """A French word (the common words of the lists), whatever its case."""
    return t.key in common_words()


def is_particle(t: Token) -> bool:
    """A particle that begins a surname where it stands (« van », « Le » inside a sentence, « Mac »)."""
    if t.shape == "L":
        return t.key in _FOREIGN_LOWER
    if t.shape != "C" or t.key not in _CAPITALISED:
        return False
    return not t.opens or t.key in _FOREIGN_CAPITALISED


def _particle_before(t: Token, name: Token, before: Token | None) -> bool:
    """``t`` is a particle of the name whose first word found is ``name``; ``before`` is the word
    before the particle."""
    if t.shape == "U" and name.shape == "U" and len(t.key) >= 2:
        # « Vte DE CHEVILLY », « Th. DE DONDER »: a name in capitals writes its particle so too; not
        # after a noun in capitals, whose complement it opens (« CASINO DE PARIS », « SERVICE DE »)
        return t.key in _CAPITALISED and not (before is not None and before.shape == "U" and common(before))
    return is_particle(t)


def with_particles(toks: list[Token], first: int, named: list[bool] | None = None) -> int:
    """The first word of the name starting at token ``first`` once the particles written right before
    it are taken in; ``named`` marks words that belong to another name already."""
    if not toks[first].capitalised or toks[first].shape == "I":
        return first
    k = first
    while (
        k > 0
        and first - k < _MAX_PARTICLES
        and toks[k].gap_before == " "
        and _particle_before(toks[k - 1], toks[k], toks[k - 2] if k > 1 else None)
        and (named is None or not named[k - 1])
    ):
        k -= 1
    if (
        k == first
        and k > 0
        and toks[k].gap_before == " "
        and _short_given_name(toks[k - 1])
        and (named is None or not named[k - 1])
    ):
        k -= 1
    return k


def with_opening_particle(toks: list[Token], first: int, last: int, named: list[bool] | None = None) -> int:
    """The first word of the name ``toks[first:last]`` with the capitalised particle that opens the
    sentence, the list item or the field right before it (« 1. Le Floch Gwendal », « Nom : Le Corre
    Nolan »), when the name holds two words or more: a surname and a given name, which no article
    introduces; so does a surname of one word before a comma and its given name (« Le Floch, Yvonne »). A
    name of one word keeps its article otherwise (« Le Gall a dit », « La Baule »)."""
    if first == 0 or toks[first].gap_before != " " or toks[first].shape not in "CU":
        return first  # (« De B. L. à Calonne »: a preposition before initials)
    if last - first < 2 and not _given_name_after_comma(toks, last, named):
        return first
    particle = toks[first - 1]
    if not particle.opens or particle.shape not in "CU" or particle.key not in _OPENING:
        return first
    if particle.shape == "U" and toks[first].shape != "U":
        return first  # « LE Floch »: capitals only before a name in capitals
    if any(not t.capitalised for t in toks[first:last]) or (named is not None and named[first - 1]):
        return first
    return first - 1


def _given_name_after_comma(toks: list[Token], last: int, named: list[bool] | None) -> bool:
    """A comma, then a capitalised word that belongs to a name, follow the surname ending before token
    ``last``: « Le Floch, Yvonne | 1940-02-27 », a row or a list writing the surname, then the given name."""
    return (
        named is not None
        and last < len(toks)
        and named[last]
        and toks[last].gap_before.strip(" ") == ","
        and toks[last].shape == "C"
    )
