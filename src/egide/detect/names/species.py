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

from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# A species epithet: Latin endings of adjectives and genitives (« aureus », « albicans », « coli »
# is listed with the microbes of medical_words).
_EPITHET = re.compile(
    r"[a-z]{2,}(?:us|um|ae|ii|is|ensis|oides|ans|ens|ica|icum|icus|alis|ata|atum|atus|osa|osum|osus|ina|inum|iae)"
)
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


def mark_species(toks: list[Token], taken: list[bool], lex: Lexicon) -> None:
    """Set ``taken`` on the genus of a Latin binomial and on taxa (see the module's rules)."""
    n = len(toks)
    for k in [k for k, t in enumerate(toks) if t.shape == "C" and not taken[k]]:
        key = toks[k].key
        if (
            key.endswith(_LATIN_ENDS)
            and (_TAXON.fullmatch(key) or _GENUS.fullmatch(key))
            and not lex.in_lists(toks[k])
        ):
            taken[k] = True  # « Psittacidae », « Boophilus »; not « Morales », a surname
            continue
        if k + 1 >= n or toks[k].gap_after != " ":
            continue
        nxt = toks[k + 1]
        if nxt.shape != "L":
            continue
        if nxt.key in _SPECIES_ABBREVIATIONS or (
            _EPITHET.fullmatch(nxt.key) is not None and not lex.is_common(nxt) and not lex.in_lists(nxt)
        ):
            taken[k] = True
