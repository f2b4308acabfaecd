"""Initials before a surname in a note typed in lower case, that :mod:`egide.detect.recase` left as written.

- **A letter without its dot after a physician's title**: « dicté par dr f pain. », « chez dr p bras à
  lannion », « courrier à : dr a rivière. »: a hurried hand drops the initial's dot; after « dr »,
  « pr », « docteur », « professeur », a letter alone then a word is an initial and a surname
  (« Dr F Pain »), as the names reader reads them in usual case. A letter that is a word too (« a »,
  « y ») or an elision typed without its apostrophe (« l », « d », « j », « m », « n », « s », « t »,
  « c »: « le dr l examine ») stands for an initial only before a word no list knows as a common one,
  or a listed surname that ends its clause (« dr a rivière. »).
- **Initials of two letters or of a compound first name, with their dots**: « dr ph. hamon », « th.
  marchal », « validé par j.-m. sotto », « amitiés, p. garnier-loiseau », « g. le floch »: the
  single-letter initial before a word that is no common word is re-cased already; the digraphs of
  French first names (« Ph(ilippe) », « Ch(ristophe) », « Th(omas) »), « j.-m. », a surname written
  with a hyphen or opened by a particle (« le floch ») are read here. A listed surname that is also a
  word takes its capital after a title, or where the initial opens its clause and the surname ends it
  (« aide : y. marie (ibode) », « h. castagné, assistante sociale »); « ch. seule », « th. hormonale »,
  « ph. alcaline » (a room, a therapy, a phosphatase) stay words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from egide.detect.names import cues
from egide.detect.names.naming import ROLE_KEYS
from egide.detect.names.wordlist import words as word_set

if TYPE_CHECKING:
    from egide.detect.recase import _Word

# Titles of a physician: a letter alone after them is an initial.
_PHYSICIAN_TITLES = word_set("dr pr docteur professeur")
# Letters that are words too, or elisions typed without their apostrophe (« le dr l examine »).
_WORD_LETTERS = frozenset("acdjlmnsty")
# Initials of two letters: the digraphs of French first names (« Ph. », « Ch. », « Th. »).
_DIGRAPHS = word_set("ph ch th")
# Titles before an initial (« mme c. pujol », « dr ph. hamon »).
_TITLES = cues.TITLES
# What opens a clause before an initial: a line break, a comma, a colon, a bracket, a dash, a bar.
_CLAUSE_OPENS = frozenset("\n\t,;:(—–|")


def bare_initials(words: list[_Word]) -> None:
    """« dr f pain »: after a physician's title, a letter alone then a surname (see the module)."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _UPPER, _common, _listed, _surname_ends_clause

    for i in range(1, len(words) - 1):
        title, letter, name = words[i - 1], words[i], words[i + 1]
        if (
            title.key not in _PHYSICIAN_TITLES
            or title.cut
            or len(letter.key) != 1
            or not letter.text.isalpha()
            or letter.gap_before != " "
            or name.gap_before != " "
            or letter.form not in (None, _LOWER, _FIRST, _CAP)
            or not (name.form in (None, _LOWER, _FIRST, _CAP) or _listed_form(name.form))
            or not _surname_shaped(name)
        ):
            continue
        common = _common(name.key)
        if common and not _listed(name.key):
            continue  # « dr f fait », « pr j suivant »
        if letter.key in _WORD_LETTERS and common and not _surname_ends_clause(words, i + 1):
            continue  # « le dr a rivière de … » waits for its clause's end; « le dr l examine » stays
        letter.form = _UPPER
        if not _listed_form(name.form):
            name.form = _CAP


def dotted_initials(words: list[_Word]) -> None:
    """« dr ph. hamon », « j.-m. sotto », « g. le floch », « y. marie (ibode) »: initials with their
    dots before a surname (see the module)."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _UPPER, _common, _listed, _surname_ends_clause

    for i, w in enumerate(words):
        if not w.text.isalpha() or w.form not in (None, _LOWER, _FIRST, _UPPER):
            continue
        if len(w.key) == 1 or w.key in _DIGRAPHS:
            initials = [w]
        else:
            continue
        k = i + 1
        # « j.-m. »: a second letter after « .- »
        if (
            k < len(words)
            and words[k].gap_before.replace(" ", "") == ".-"
            and len(words[k].key) == 1
            and words[k].text.isalpha()
        ):
            initials.append(words[k])
            k += 1
        if k >= len(words) or not words[k].gap_before.startswith(".") or words[k].gap_before.strip() != ".":
            continue
        name = words[k]
        titled = i > 0 and words[i - 1].key in _TITLES and not words[i - 1].cut
        # a particle and a surname (« g. le floch », « c. de smet »): the surname's form was given by
        # the lists' pair (« Le Floch ») or is a word no list knows as a common one
        if name.key in cues.PARTICLES and k + 1 < len(words) and words[k + 1].gap_before == " ":
            after = words[k + 1]
            if not (after.form == _CAP or (_surname_shaped(after) and not _common(after.key))):
                continue
            if after.form != _CAP:
                after.form = _CAP
        else:
            # (a form of the communes' list, « Marchal », is a capital already)
            listed_form = _listed_form(name.form)
            if not _surname_shaped(name) or not (listed_form or name.form in (None, _LOWER, _FIRST, _CAP)):
                continue
            if _common(name.key):
                opens = i == 0 or any(c in _CLAUSE_OPENS for c in w.gap_before)
                if not _listed(name.key) or not (titled or (opens and _surname_ends_clause(words, k))):
                    continue
            elif len(initials) == 1 and len(w.key) == 1 and "-" not in name.text and not titled:
                # (« e. cadol »: the re-casing's own rule, which also reads « s. aureus »; left to it)
                continue
            if not listed_form:
                name.form = _CAP
        for initial in initials:
            initial.form = _UPPER if len(initial.key) == 1 else _FIRST


def _listed_form(form: str | None) -> bool:
    """A form written letter for letter from a list, capitalised (a commune's: « Fontaine », « Marchal »)."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _UPPER

    return form is not None and form not in (_LOWER, _UPPER, _CAP, _FIRST) and form[:1].isupper()


def _surname_shaped(word: _Word) -> bool:
    """A word that may be a surname: letters (inner hyphens and apostrophes), two or more, no function
    word, no title, no role, no word of medicine."""
    from egide.detect.recase import _NOT_NAMES, _TITLE_KEYS

    return (
        len(word.key) >= 2
        and word.text.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
        and word.key not in cues.FUNCTION_WORDS
        and word.key not in _TITLE_KEYS
        and word.key not in ROLE_KEYS
        and word.key not in _NOT_NAMES
    )
