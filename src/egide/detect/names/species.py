"""Latin names of living things: « Bacillus licheniformis », « Mus sp », « Psittacidae », « Amblyomma ».

A genus is written with a capital like a surname, and the model or the lists take an unknown one
for a name. Three shapes say it is Latin, whatever the genus:

1. a capitalised word then a lower-case epithet with a Latin ending that is no French word and no
   name (« Bacillus licheniformis », « Agapornis roseicollis »), or « sp. », « spp. »;
2. the ending of a family, an order or a class (« Psittacidae », « Enterobacteriaceae »,
   « Insectivora », « Actinomycetes »);
3. the ending of a genus of microbes or ticks (« Boophilus », « Amblyomma », « Pseudomonas »).

Keys are folded; the words found are marked as taken for the lists and the model (a title still
makes a name: « Dr Bacillus » is read by the context rules first).
"""

from __future__ import annotations

import re

from egide.detect.names import cues
from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# A species epithet: Latin endings of adjectives and genitives (« aureus », « albicans », « coli »
# is listed with the microbes of medical_words).
_EPITHET = re.compile(
    r"[a-z]{2,}(?:us|um|ae|ii|is|ensis|oides|ans|ens|ica|icum|icus|alis|ata|atum|atus|osa|osum|osus|ina|inum|iae)"
)
# The endings of ``_EPITHET``, tested before it (most words end otherwise).
_EPITHET_ENDS = (
    "us", "um", "ae", "ii", "is", "ensis", "oides", "ans", "ens", "ica", "icum", "icus", "alis", "ata", "atum",
    "atus", "osa", "osum", "osus", "ina", "inum", "iae",
)  # fmt: skip
_SPECIES_ABBREVIATIONS = frozenset({"sp", "spp", "ssp", "subsp", "var"})
_TAXON = re.compile(
    r"[a-z]{3,}(?:idae|inae|aceae|ales|iformes|phyta|mycetes|mycota|bacteria|viridae|virales|ptera|poda|ivora|ozoa)"
)
_GENUS = re.compile(r"[a-z]{2,}(?:coccus|cocci|bacter|bacillus|monas|myces|philus|bacterium|omma|spora)")
# The endings of both, tested before the patterns (most words end otherwise).
_LATIN_ENDS = tuple(
    sorted(
        words(
            """
            idae inae aceae ales iformes phyta mycetes mycota bacteria viridae virales ptera poda
            ivora ozoa coccus cocci bacter bacillus monas myces philus bacterium omma spora
            """
        )
    )
)


# A year of description after the author (« Villot 1875 », « Das, 1950) »).
_YEAR = re.compile(r"[ ,]*(?:1[7-9]\d\d|20[0-2]\d)\b\D*")
# How a Latin epithet ends (« robusta », « vulpes », « craniifer », « viridis »), not « yenth ».
_LATIN_TAIL = re.compile(r"(?:[aeio]|us|um|is|es|ae|ns|er|x)$")
# The longest author's name written abbreviated (« Laur. », « Fisch. », « Willd. »).
_ABBREVIATED = 5
_AUTHORITY_JOINS = frozenset({"et", "ex", "and", "&"})
# How many words an authority has, initials and « et » included (« E. N. Das », « (Smith et Town) Conn »).
_MAX_AUTHORITY = 7


def _authority(toks: list[Token], k: int, taken: list[bool]) -> list[int]:
    """The words of the authority after a binomial, from token ``k`` (« Lacerta viridis Laur. »,
    « Coffea robusta Lind. », « (Villot 1875) », « (Smith et Town) Conn », « E. N. Das 1950 »), or none.

    Capitalised words and initials, joined by « et », that are abbreviated (a dot after them), in
    brackets or followed by a year: a patient's name after a species (« Escherichia coli Dupont »)
    has none of these.
    """
    n = len(toks)
    if k < n and toks[k].shape == "U" and len(toks[k].key) <= 3 and toks[k].gap_before == " ":
        k += 1  # a strain in capitals (« Pasteurella pestis EV (Girard et Robic) »)
    if k >= n:
        return []
    bracket = toks[k].gap_before.strip(" ") == "("
    if not bracket and toks[k].gap_before != " ":
        return []
    found: list[int] = []
    marked = False
    m = k
    while m < n and m - k < _MAX_AUTHORITY and not taken[m]:
        t = toks[m]
        if m > k:
            gap = toks[m].gap_before.strip(" ")
            if gap not in {"", "."} and _YEAR.fullmatch(toks[m - 1].gap_after) is None:
                break
        if t.key in _AUTHORITY_JOINS and t.shape == "L":
            m += 1
            continue
        if not t.capitalised:
            break
        found.append(m)
        after = t.gap_after.lstrip(" ")
        if bracket and (after.startswith(")") or (_YEAR.fullmatch(after) and ")" in after)):
            marked = True  # « (Smith et Town) », « (Villot 1875) »
            if m + 1 < n and toks[m + 1].capitalised and toks[m + 1].gap_before.strip(" ") == ")":
                found.append(m + 1)  # « (Smith et Town) Conn »: the author of the new combination
            break
        if _YEAR.fullmatch(after):
            marked = True  # « E. N. Das 1950 »
            break
        if after.startswith(".") and t.shape != "I":
            # « Laur. », « Lind. »: an abbreviated author ends the authority; a longer word before a
            # dot ends a sentence (« Grands vins de Bordeaux. »)
            marked = len(t.key) <= _ABBREVIATED
            break
        if after.startswith(".") and (m + 1 >= n or not toks[m + 1].capitalised):
            marked = True  # « Vulpes vulpes L. »
            break
        if after.startswith(")"):
            marked = True  # « (Alytes obstetricans Laur.) »: the bracket of the binomial closes
            break
        m += 1
    return found if marked else []


def mark_species(toks: list[Token], taken: list[bool], lex: Lexicon) -> None:
    """Set ``taken`` on the genus of a Latin binomial and on taxa (see the module's rules)."""
    n = len(toks)
    # a genus already taken (a plant of the medicine lists: « Coffea ») still has its authority read
    for k in [k for k, t in enumerate(toks) if t.shape == "C"]:
        key = toks[k].key
        if (
            not taken[k]
            and key.endswith(_LATIN_ENDS)
            and (_TAXON.fullmatch(key) or _GENUS.fullmatch(key))
            and not lex.in_lists(toks[k])
        ):
            taken[k] = True  # « Psittacidae », « Boophilus »; not « Morales », a surname
        if k + 1 >= n or toks[k].gap_after != " ":
            continue
        nxt = toks[k + 1]
        if nxt.shape != "L":
            continue
        latin = nxt.key in _SPECIES_ABBREVIATIONS or (
            nxt.key.endswith(_EPITHET_ENDS)
            and _EPITHET.fullmatch(nxt.key) is not None
            and not lex.is_common(nxt)
            and not lex.in_lists(nxt)
        )
        # with an authority, a lower-case word after a genus, one of them no French word (« Vulpes
        # vulpes L. », « Lacerta viridis Laur. »); the authority is read last (most pairs of words
        # are ruled out before: « Le patient », « Patient est »)
        if not latin and not (
            len(nxt.key) > 3
            and _LATIN_TAIL.search(nxt.key) is not None
            # Latin has no accent and no hyphen (« Hawaï pot-pourri (Abraham) » is no binomial)
            and nxt.text.isascii()
            and nxt.text.isalpha()
            and toks[k].text.isascii()
            # a first name then a word is a person (« Fernande saala et Lucas. » in lower case re-cased)
            and not lex.is_first(toks[k])
            and nxt.key not in cues.FUNCTION_WORDS
            and (not (lex.is_common(nxt) and lex.is_common(toks[k])) or nxt.key == key)  # « Vulpes vulpes »
        ):
            continue
        authority = _authority(toks, k + 2, taken)
        if latin or authority:
            taken[k] = True
            for m in authority:
                taken[m] = True
            # « du Renard (Vulpes vulpes L.) »: the common name before the Latin one in brackets
            if (
                k > 0
                and toks[k].gap_before.strip(" ") == "("
                and toks[k - 1].shape == "C"
                and lex.is_common(toks[k - 1])
            ):
                taken[k - 1] = True
