"""Normalise text before matching, keeping a map back to the original offsets.

What a reader (or a model) reads as a name or a number must be read as one by the recognisers,
however it is written. :func:`normalise` runs these passes, each in its own module, in this order:

1. ``escapes``: HTML entities and JSON ``\\uXXXX`` escapes → the characters they stand for;
2. ``characters``: invisible (default-ignorable and format) characters deleted, tag characters read
   as ASCII, lookalike spaces, digits and letters folded, combining marks composed or dropped;
   ``box_tables``: a table drawn with « ┌─┬─┐ », « │ » read as one drawn with « | » and « - »;
3. ``spaced_letters``: « J e a n  D U P O N T » → « Jean DUPONT »; ``boxed_letters``:
   « B|O|U|L|A|N|G|E|R| |M|a|r|c|e|l » → « BOULANGER Marcel »; ``boxed_groups``: a NIR one group per
   box after its label, « | 2 | 4 5 | O 6 | … |  clé | 4 5 | » → « 2 45 06 … clé 45 »;
4. ``number_words``: « zéro six douze … » → « 0612… » (eight digits or more);
5. ``boxed_dates``: « 1 4|3|1 9 5 0 » → « 14|3|1950 » (a pipe between a date's boxed parts is its
   separator); ``boxed_digits``: « 2 7 1 0 5 … », « 1|4|0|3|1|9|5|0 » → one digit string, date
   separators kept (a look-alike in a box drawn with brackets or pipes read as a digit first: « [1][5][I] … »;
   ``bracketed_numbers``: and in a long number's groups inside one bracket, « [2 74 O8 29 O19 183] [O7] »);
   ``prefixed_boxes``: boxes after a code's letters, « RX-2 6 4 4 9 0 2 » → « RX-2644902 »;
6. ``glued_addresses``: the spaces an OCR lost in an address line inserted (« 5ruedesPeupliers
   5llOOREIMS » → « 5 rue des Peupliers 5llOO REIMS »), so that the look-alikes read its postcode;
   ``lookalikes``: O, l, I, S, B, Z read as digits in digit-dominant runs (then ``boxed_digits`` once
   more, for boxes an OCR filled with letters: « 9 3 2 O O »); 0, 1, 3, 4, 5, 7 read as letters where
   the token then reads as a listed name, or follows a title (« Mr W1LLEMETZ »); a lower-case « l » in a
   word in capitals read as the « I » it was (« MlLLAU », « CLlNlQUE »); ``capital_i_for_l``: a capital
   « I » inside a capitalised word read as the « l » it was where it then reads as a listed name
   (« MarieIine »); ``symbol_letters``: « @ »,
   « $ », « € » read as a, s, e inside a word that then reads as a listed name (« Fr@nçoise »);
   ``broken_names``: a name after a title an OCR broke into fragments of one or two characters read
   whole (« Dr Ce c c a1 d i »); ``lookalike_days``: a day of two characters before a month's
   name, one of them a look-alike (« l9 novembre »);
7. ``hyphen_breaks``: a word cut at a line's end with a hyphen read whole (« no-⏎vembre », « Dr Ca-⏎rassou »,
   « Charleville-Mé-⏎zières »); ``accent_splits``: a name an OCR cut at its accented letters read
   whole (« Gis è le », « J ér ôme »); ``split_words``: a name or a place an OCR broke with a stray space read
   whole (« Lefeb vre », « GU ERIN », « Mont pellier »);
8. ``glued_fields``: the cells of a record screen a paste glued read apart (« YannickNé le »,
   « MèreKEMAYOU », « Adresse19 rue… »), a space inserted between them;
9. ``components``: the « ^ » between the components of an HL7 v2 field read as a space;
10. ``glued_punctuation``: a space after a comma, a colon, a closing bracket or a full stop typed
    against the next word (« Sénéchal,Kirchstrasse 14,4051 Basel », « IPP:4471290 », « Marie.Mère »).

Recognisers match on the normalised text; the engine maps every finding back to the original
characters with :meth:`Normalised.to_original`, so operators always edit the text the user wrote.
Each pass starts with a cheap test and leaves the text alone when it does not apply: ordinary prose
pays a few regular-expression scans, and is returned as the very same string.

Digits spaced in their usual groups (« 2 54 03 69 123 456 23 ») are not joined here: recognisers
allow separators between digit groups, which keeps the numbers readable.
"""

from __future__ import annotations

from egide.detect.normalise.accent_splits import join_accent_splits
from egide.detect.normalise.box_tables import read_box_tables
from egide.detect.normalise.boxed_dates import join_boxed_dates
from egide.detect.normalise.boxed_digits import join_boxed_digits, read_box_bars
from egide.detect.normalise.boxed_groups import read_boxed_groups
from egide.detect.normalise.boxed_letters import join_boxed_letters
from egide.detect.normalise.bracketed_numbers import read_bracketed_lookalikes
from egide.detect.normalise.broken_names import join_broken_names
from egide.detect.normalise.capital_i_for_l import read_capital_i_as_l
from egide.detect.normalise.characters import fold_characters
from egide.detect.normalise.components import read_components
from egide.detect.normalise.escapes import decode_escapes
from egide.detect.normalise.glued_addresses import read_glued_addresses
from egide.detect.normalise.glued_fields import read_glued_fields
from egide.detect.normalise.glued_headings import read_glued_headings
from egide.detect.normalise.glued_punctuation import read_glued_punctuation
from egide.detect.normalise.hyphen_breaks import join_hyphen_breaks
from egide.detect.normalise.lookalike_days import read_lookalike_days
from egide.detect.normalise.lookalikes import (
    read_boxed_lookalikes,
    read_capital_i,
    read_digit_lookalikes,
    read_leet_names,
)
from egide.detect.normalise.mapping import Draft, Normalised
from egide.detect.normalise.number_words import read_number_words
from egide.detect.normalise.prefixed_boxes import join_prefixed_boxes
from egide.detect.normalise.spaced_letters import join_spaced_letters
from egide.detect.normalise.split_words import join_split_words
from egide.detect.normalise.symbol_letters import read_symbol_letters

__all__ = ["Normalised", "normalise"]

_PASSES = (
    decode_escapes,
    fold_characters,
    read_box_tables,
    join_spaced_letters,
    join_boxed_letters,
    read_boxed_groups,
    read_number_words,
    read_boxed_lookalikes,
    read_bracketed_lookalikes,
    read_box_bars,
    join_boxed_dates,
    join_prefixed_boxes,  # before the boxes alone: « RX-2 6 4 4 9 0 2 » is one number
    join_boxed_digits,
    read_glued_addresses,
    read_digit_lookalikes,
    join_boxed_dates,  # again: a boxed date whose year the look-alikes read (« 1 4/0 2/l953 »)
    join_boxed_digits,  # again: boxes whose letters the look-alikes read as digits (« 9 3 2 O O »)
    read_lookalike_days,
    read_leet_names,
    read_capital_i,
    read_capital_i_as_l,
    read_symbol_letters,
    join_broken_names,
    join_hyphen_breaks,
    join_accent_splits,
    join_split_words,
    read_glued_fields,
    read_glued_headings,
    read_components,
    read_glued_punctuation,
)


def normalise(text: str) -> Normalised:
    """Return the text as the recognisers should read it, with its map back to ``text``."""
    draft = Draft(text)
    for normalise_pass in _PASSES:
        normalise_pass(draft)
    return draft.result()
