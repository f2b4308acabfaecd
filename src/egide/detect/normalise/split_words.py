"""A name or a place an OCR broke with a stray space read whole: « Lefeb vre » → « Lefebvre »,
« Ch antal » → « Chantal », « GU ERIN » → « GUERIN », « Mont pellier » → « Montpellier »; or with a line
break where a scan or a PDF cut the word at the end of a line (« Dr Fouc⏎her » → « Dr Foucher », « Ma⏎rie-
Claude » → « Marie-Claude »).

Two fragments one space apart are joined when the joined word is a known first name or surname, a
commune that is no word, or a common word of six letters or more (« Adr esse », « Méd ecin »: the
labels of a form broken like its names, else read as names beside one), and the fragments do not
read as two words of their own. The lists are too generous to say what a fragment is not (« vre »,
« esse », « pellier » are all listed somewhere), so « two words of their own » is read from their
length and kind: the pair is kept apart when both fragments are words or first names of four letters
or more (« Belle ville », « Ville neuve »: a phrase, though « Belleville » is a commune), when either
is a particle, a title, a determiner or another little word of French (« Le blanc », « Du pont »,
« Sa voie », « Dr Martin », « Jean ne veut pas »), or when the first is a care setting in capitals
(« CH », « GH »).

The case must continue the word: a capitalised fragment followed by one in lower case (« Lefeb
vre »), or two in capitals (« GU ERIN »). Two words in lower case are text typed in lower case, where
no case says a word goes on; two capitalised words are two names (« Jean Luc »).

A name in capitals an OCR cut around one letter left alone (« LEMO I NE », « GRAN D JEAN »: a form's
boxes, one lost) is read whole when the three fragments make a listed surname or first name of six
letters or more that is no word, and the outer fragments are not both words of their own.

A month's name cut by a stray space after the day's number (« le 2 décem bre 2O26 », « 14 sept embre »)
is read whole when the fragments make a month and the first is none on its own (« 3 mai prochain »).

Three cuts are read whatever the fragments are on their own: a line that opens on a lower-case
fragment that is no French word after a name cut at the line's end (« Chris⏎tophe »); a capital alone
then the rest of a listed name that is no word (« Y annick »); two fragments alone after a field's label,
up to the line's end, that make a first name (« IDE : Gw en »).
"""

from __future__ import annotations

import re

from egide.detect.calendar import MONTHS, unaccented
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.names.wordlist import words
from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.places.lexicon import load_lexicon

# A capitalised fragment then one in lower case, or two in capitals; each of two letters or more, one
# space between them, neither glued to another letter, a digit, a hyphen or an apostrophe.
# The second fragment is only looked ahead at, so that it may start the next pair (« PATIENT GU ERIN »).
# What stands before the first is tested on the match: a look-behind there slows the whole scan.
# The break may be a line break too: a scan or a copy from a PDF cuts a word at the end of a line
# without a hyphen (« Mme HUET Ma⏎rie-Claude », « Dr Fouc⏎her »); the lower-case fragment may carry
# the rest of a compound name (« rie-Claude »).
# The second fragment may be a word's last letter alone (« Hôpita l », « CLINIQU E »), one that is no
# French word by itself (not « a », « à », « y », « ô »).
_PAIR = re.compile(
    r"([A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+))"
    r"(?=[ \n]([a-zß-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?|[A-ZÀ-ÖØ-Þ]{2,}|[b-xzßá-ñõ-öø-ÿ]|[B-XZÁ-ÑÕ-ÖØ-Þ])(?![\w'’-]))"
)
_GLUED = frozenset("'’-")
_MIN_JOINED = 5
# A label or a word of the form broken the same way (« Adr esse », « Méd ecin », « Nation ale ») is read
# whole too, so that it is not taken for a name beside one (« Dr Lefeb vre   Adr esse : … »): from six
# letters, where a short word would be joined by chance.
_MIN_JOINED_WORD = 6
# A fragment of this length or more that is a word or a first name is a word of its own.
_WORD_LENGTH = 4
# Little words of French, particles, titles and care settings: a fragment that is one of them is a
# word of its own whatever its length (« Le blanc », « Du pont », « Sa voie », « Dr Martin », « CH
# ARLES »), and the pair is no broken word.
LITTLE_WORDS = _LITTLE = words(
    "le la les l de d du des un une au aux en et ou où a à y ne se ce ces sa son ses ma mon mes ta ton"
    " tes il ils elle on nous vous je tu me te lui leur par pour sur sous sans avec chez dans pas plus"
    " moins très bien mal peu est ont été qui que quoi dont van von der den ten ter da das do dos di"
    " del della el al ben ibn bin ould mac mc saint sainte st ste dr pr mr mme mlle me"
)
# Care settings in capitals (« CH ARLES », « GH SUD »); « Ch antal » is a first name broken.
_SETTINGS = words("ch chu chr chi gh hp had ide")


def _word_of_its_own(fragment: str) -> bool:
    return len(fragment) >= _WORD_LENGTH and (is_common_word(fragment) or is_first_name(fragment))


_ELIDED_ARTICLE = re.compile(r"(?<![\w'’-])[dlDL]['’]\Z")


def _elided(text: str, start: int) -> bool:
    """The fragment at ``start`` follows an elided article (« l'Hôpita l », « d'Eur ope »): a word of
    its own all the same."""
    return _ELIDED_ARTICLE.search(text, max(0, start - 3), start) is not None


def _common_word(joined: str) -> bool:
    """A common word, or the plural of one (« Gl ycines »: the home named after a flower)."""
    return is_common_word(joined) or (joined[-1:] in "sx" and is_common_word(joined[:-1]))


def _known(joined: str) -> bool:
    """A first name, a surname, a commune that is no word, or a common word of six letters or more."""
    if len(joined) < _MIN_JOINED:
        return False
    if is_first_name(joined) or is_surname(joined):
        return True
    if _common_word(joined):
        return len(joined) >= _MIN_JOINED_WORD
    commune = load_lexicon().commune(joined)
    return commune is not None and not commune.is_word


def _last_letter_cut(first: str, letter: str) -> bool:
    """A capitalised fragment of five letters or more that is no word, no name and no commune, and with
    the letter after it a common word (« Hôpita l » → « Hôpital », « Cliniqu e » → « Clinique »), or the
    same in capitals (« CLINIQU E »)."""
    joined = first + letter
    return (
        len(first) >= _MIN_JOINED
        and (first[1:].islower() or first.isupper() == letter.isupper())
        and len(joined) >= _MIN_JOINED_WORD
        and _common_word(joined)
        and not is_common_word(first)
        and not is_first_name(first)
        and not is_surname(first)
        and load_lexicon().commune(first) is None
    )


# A third fragment in lower case after the pair (« Ha mi di »), alone up to the next word.
_THIRD = re.compile(r"[ ]([a-zß-öø-ÿ]{2,4})(?![\w'’-])")
# An OCR that cuts a name into syllables leaves short ones: each at most four letters, the name six at least.
_SYLLABLE = 4
_MIN_SYLLABLES_NAME = 6


def _syllables_of_a_name(first: str, second: str, third: str) -> bool:
    """Three short fragments, a capital then lower case, that make a first name or a surname together
    (« Ha mi di » → « Hamidi », « Na di a » → « Nadia »)."""
    joined = first + second + third
    return (
        first[1:].islower()
        and all(len(f) <= _SYLLABLE for f in (first, second, third))
        and len(joined) >= _MIN_SYLLABLES_NAME
        and (is_first_name(joined) or is_surname(joined))
        and not is_common_word(joined)
    )


# A third fragment in capitals after a pair in capitals (« MA RTIN EAU »).
_THIRD_CAPITALS = re.compile(r"[ ]([A-ZÀ-ÖØ-Þ]{2,4})(?![\w'’-])")
_MIN_CAPITAL_SYLLABLES_NAME = 7


def _capital_syllables(text: str, space: int, first: str, second: str) -> int | None:
    """Where the first space is, when three short fragments in capitals make a surname or a first name
    of seven letters or more together and the middle one is no word (« MA RTIN EAU » → « MARTINEAU »;
    not « DE LA TOUR », whose middle « LA » is a word)."""
    if not second.isupper() or len(first) > _SYLLABLE or len(second) > _SYLLABLE:
        return None
    third = _THIRD_CAPITALS.match(text, space + 1 + len(second))
    if third is None:
        return None
    joined = first + second + third[1]
    if len(joined) < _MIN_CAPITAL_SYLLABLES_NAME or second.lower() in _LITTLE or is_common_word(second):
        return None
    if not (is_first_name(joined) or is_surname(joined)) or is_common_word(joined):
        return None
    return space


def _little_inside_a_name(text: str, start: int, joined: str) -> bool:
    """A little word written with a capital after a capitalised word on its line, whose pair reads as a
    surname (« Mme El Ou ardi »: « Ouardi »): French writes « ou », « le », « de » in lower case inside a
    sentence, so the capital says a name was cut there."""
    if not joined[1:].islower():
        return False  # « DE LA VOIE », « LA PRISE »: in capitals no case tells a cut name from two words
    before = text[max(0, start - 24) : start]
    previous = before.rstrip(" ").rsplit(None, 1)[-1:] if before.endswith(" ") else []
    return (
        bool(previous)
        and previous[0][:1].isupper()
        and previous[0].isalpha()
        and len(joined) >= _MIN_JOINED
        and is_surname(joined)
        and not is_common_word(joined)
    )


def join_split_words(draft: Draft) -> None:
    """Delete the stray space inside a name or a place an OCR broke."""
    text = draft.text
    edits: list[Edit] = []
    for m in _PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        before = text[m.start() - 1 : m.start()]
        if (
            before
            and (before.isalnum() or before in _GLUED or before == "_")
            and not _elided(text, m.start())
        ):
            continue  # inside a word (« McDonald »), or glued to a hyphen or an apostrophe
        # The cheap tests first: most pairs are two words of a sentence (« Le patient »).
        if first.isupper() != second.isupper():
            continue  # « PATIENT mange », « Lefeb VRE »: the case does not go on
        if _field_value_cut(text, m.start(), m.end(1) + 1 + len(second), first + second):
            # « IDE : Gw en⏎ »: a field's value, alone on its line after the label, a first name cut
            edits.append((m.end(1), m.end(1) + 1, ""))
            continue
        # (a third fragment is looked for only where it is read: a short pair, or a pair no name makes)
        third: re.Match[str] | bool | None = False
        if len(first) + len(second) < _MIN_JOINED:
            third = _THIRD.match(text, m.end(1) + 1 + len(second))
            if third is None:
                continue
        low_first, low_second = first.lower(), second.lower()
        if len(second) == 1:
            # « Hôpita l Européen »: a word's last letter cut off; read whole only where the first
            # fragment is no word nor name and the whole a word (not « Jean l'a vu » without apostrophe)
            if _last_letter_cut(first, second):
                edits.append((m.end(1), m.end(1) + 1, ""))
            continue
        if first.isupper() and (caps := _capital_syllables(text, m.end(1), first, second)) is not None:
            # « MA RTIN EAU » → « MARTINEAU »: a surname in capitals an OCR cut into three
            edits.append((caps, caps + 1, ""))
            edits.append((caps + 1 + len(second), caps + 2 + len(second), ""))
            continue
        if low_second in _LITTLE:
            continue
        # (« Ma rie-Claude »: a fragment glued to the rest of a compound is no little word of its own)
        compound = "-" in second
        if (
            low_first in _LITTLE
            and not compound
            and not _little_inside_a_name(text, m.start(), first + second)
        ):
            continue
        if first.isupper() and low_first in _SETTINGS:
            continue
        if not _known(first + second):
            if third is False:
                third = _THIRD.match(text, m.end(1) + 1 + len(second))
            if isinstance(third, re.Match) and _syllables_of_a_name(first, second, third[1]):
                # « Dr Ha mi di »: a name an OCR cut into its syllables
                space = m.end(1)
                edits.append((space, space + 1, ""))
                edits.append((space + 1 + len(second), space + 2 + len(second), ""))
            continue
        space = m.end(1)
        if (
            _word_of_its_own(first)
            and _word_of_its_own(second)
            # « Chris⏎tophe »: a line that opens on a fragment in lower case that is no French word goes
            # on with the name the line before ended on (the lists hold « tophe » as a name too)
            and not (text[space] == "\n" and second.islower() and not is_common_word(second))
        ):
            continue  # « Belle ville », « Ville neuve »: two words, a phrase
        edits.append((space, space + 1, ""))
    edits.extend(_initial_cut_edits(text))
    edits.extend(_letter_cut_edits(text))
    edits.extend(_month_cut_edits(text))
    draft.apply(sorted(set(edits)))


# A field's label and its colon before a value (« IDE : », « Prénom: »), at the line's start or after a
# wide gap.
_LABEL_BEFORE = re.compile(r"(?:^|\n|[ \t]{2,}|\|[ \t]*|[ \t][-–—][ \t])[^\W\d_]{2,12}[ \t]?:[ \t]?\Z")
_MIN_FIELD_NAME = 4


def _field_value_cut(text: str, start: int, end: int, joined: str) -> bool:
    """Two fragments alone after a field's label, up to the line's end, that make a first name that is
    no French word (« IDE : Gw en », « Prénom : Ma ud »): a short name cut, read whole even when a
    fragment is a little word."""
    if not (end == len(text) or text[end] in "\r\n") or len(joined) < _MIN_FIELD_NAME:
        return False
    if _LABEL_BEFORE.search(text, max(0, start - 24), start) is None:
        return False
    return is_first_name(joined) and not is_common_word(joined) and not joined.isupper()


# A capital alone, one space, then the rest of the word in lower case (« Y annick », « M arguerite »):
# an OCR's space after a name's first letter. Led by the space, which the scan skips to.
_INITIAL_CUT = re.compile(r" (?<=(?<![\w'’.-])[A-ZÀ-ÖØ-Þ] )([a-zß-öø-ÿ]{3,})(?![\w'’-])")
_MIN_INITIAL_CUT = 5


def _initial_cut_edits(text: str) -> list[Edit]:
    """The stray space after a name's first letter deleted, when the word joined is a listed first name
    or surname and its rest no French word (« Y compris », « A domicile » stay)."""
    edits: list[Edit] = []
    for m in _INITIAL_CUT.finditer(text):
        rest = m.group(1)
        joined = text[m.start() - 1] + rest
        if (
            len(joined) >= _MIN_INITIAL_CUT
            and rest not in _LITTLE
            and not is_common_word(rest)
            and not is_common_word(joined)
            and (is_first_name(joined) or is_surname(joined))
        ):
            edits.append((m.start(), m.start() + 1, ""))
    return edits


# A capital alone between two fragments in capitals (« LEMO I NE », « GRAN D JEAN »). Led by the space
# before the letter, which the scan skips to; the fragment before it is read back by hand.
_LETTER_CUT = re.compile(r" [A-ZÀ-ÖØ-Þ] (?=([A-ZÀ-ÖØ-Þ]{1,8})(?![\w'’-]))")
_FRAGMENT_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ]{2,8}\Z")
_MIN_LETTER_CUT = 6


def _letter_cut_edits(text: str) -> list[Edit]:
    """The two spaces around a capital alone inside a name in capitals deleted, when the three fragments
    make a listed surname or first name that is no word (« LEMO I NE » → « LEMOINE », « SOPH I E »); not
    two words with a letter between (« PIERRE A MARIE »)."""
    edits: list[Edit] = []
    for m in _LETTER_CUT.finditer(text):
        before = _FRAGMENT_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if before is None:
            continue
        first, letter, last = before.group(), text[m.start() + 1], m.group(1)
        joined = first + letter + last
        if len(joined) < _MIN_LETTER_CUT or first.lower() in _LITTLE:
            continue  # « DE L ISLE »: an article elided, its apostrophe lost in capitals
        if _word_of_its_own(first) and _word_of_its_own(last):
            continue
        if (is_surname(joined) or is_first_name(joined)) and not is_common_word(joined):
            edits.extend([(m.start(), m.start() + 1, ""), (m.start() + 2, m.start() + 3, "")])
    return edits


# A day's number, then two fragments of letters one space apart (« 2 décem bre »). Led by the digit; the
# day may hold a scan's look-alike before it or after it (« O2 décem bre », « 1O novem bre »).
_MONTH_CUT = re.compile(
    r"[0-9](?:(?<![\w][0-9])|(?<=(?<![\w])[OoIl][0-9]))[0-9OoIl]?(?:er)?[ \t]+"
    r"(?=[jfmasondJFMASOND])([^\W\d_]{1,8}) ([^\W\d_]{1,8})(?![\w'’-])"
)
_MONTH_NAMES = frozenset(unaccented(month) for month in MONTHS)
_DAY = re.compile(r"[0-9OoIl]{1,2}")
_DAY_AS_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1"}


def _month_cut_edits(text: str) -> list[Edit]:
    """The stray space inside a month's name after a day deleted (« 2 décem bre » → « 2 décembre »), the
    day's look-alikes read as digits (« O2 décem bre » → « 02 décembre »)."""
    edits: list[Edit] = []
    for m in _MONTH_CUT.finditer(text):
        first, second = m.group(1), m.group(2)
        if unaccented((first + second).lower()) not in _MONTH_NAMES:
            continue
        if unaccented(first.lower()) in _MONTH_NAMES:
            continue
        start = m.start() - 1 if m.start() and text[m.start() - 1] in _DAY_AS_DIGIT else m.start()
        day = _DAY.match(text, start)
        if day is not None and 1 <= int("".join(_DAY_AS_DIGIT.get(c, c) for c in day.group())) <= 31:
            edits.extend(
                (i, i + 1, _DAY_AS_DIGIT[c]) for i, c in enumerate(day.group(), start) if c in _DAY_AS_DIGIT
            )
        edits.append((m.end(1), m.end(1) + 1, ""))
    return edits
