"""Whether a soft line break may fall inside one entity: the words on either side of its seam.

The second reading (:mod:`egide.detect.wrapped`) joins the lines of a paragraph to find the names,
numbers, streets and establishments that a narrow column or a copied PDF wrapped. It costs about as
much per character as the first reading, and most of what it joins is no entity: prose (« est
venu⏎en consultation »), a closing formula before a signature (« Cordialement,⏎Dr Martin »), a
letterhead's lines, each a field of its own (« Hôpital Foch⏎Service de pneumologie », « Dr
Bailly⏎Chef de clinique »). Only the two words that meet at the break can say whether an entity goes
on across it, and what they may be is known:

* a number goes on across a digit (« 01 45⏎67 89 », « 12⏎mars 2020 », « 12,⏎rue des Lilas »), an
  address or a name across a particle or a street's or a hospital's word (« Centre Hospitalier
  de⏎Rouen », « rue⏎des Lilas », « Clinique⏎Mathilde »), a name across a title or an initial
  (« Pr⏎Martin », « Dr J.⏎Martin »), a cut word across its hyphen (« Villers-⏎Cotterêts »);
* a name or a place goes on with a capitalised or upper-case word that may be a name (« Pr
  Nicole⏎MACE », « l'expert⏎Gebelin », « Hôpital Henri⏎Mondor »), and an establishment's name goes
  on from one of its common words to another (« Centre Hospitalier Régional⏎Universitaire »).

Nothing goes on from a word of prose, a name or a field's end to a word of prose in lower case, to a
title (the next person: « Professeur COUSIN⏎M. CHARRIER »), to a street's or a hospital's word (the
next place: « Hôpital Foch⏎Service de pneumologie ») or to a capitalised French word that no name
list holds after a name or prose (the next field or sentence: « Dr Bailly⏎Chef de clinique »); nor
from a word and its comma (« Cordialement,⏎Dr Martin ») to anything but a number.
"""

from __future__ import annotations

import re

from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTH_SHORT, MONTHS, unaccented
from egide.detect.names.cues import FUNCTION_WORDS, PARTICLES, PLACE_WORDS, TITLES
from egide.detect.names.lexicon import common_words, first_names, fold, surnames
from egide.detect.names.wordlist import words

_MONTHS = frozenset(fold(unaccented(m)) for m in (*MONTHS, *MONTH_ABBREVIATIONS, *MONTH_SHORT)) | frozenset(
    fold(m) for m in (*MONTHS, *MONTH_ABBREVIATIONS, *MONTH_SHORT)
)
# The words of a street's number (« 12 bis⏎rue des Lilas »).
_NUMBER_WORDS = words("bis ter quater")
# The words of a number's label that prose may hold (« numéro de dossier⏎4521 », « poste⏎4512 »).
_NUMBER_LABELS = words(
    """
    numero num dossier poste chambre tel telephone portable mobile fax bip dect code cp sejour cle
    ipp nip nda iep ins nir nss secu rpps adeli finess siret siren dn ddn
    """
)
# A number's sign (« n° 12AB34567 »).
_NUMBER_SIGNS = frozenset({"n°", "no", "nº", "n"})
# What a line may end on that no word of prose holds: a cut, a link of an address or a number.
_OPEN_ENDS = frozenset("-/@+(&'’_#°")
_LOOKALIKES = frozenset("OoIlSBZ")
# The words that open an establishment's name (a service or a unit is no establishment: « Service de
# cardiologie⏎Hôpital Foch » are two fields).
_ESTABLISHMENT_WORDS = words(
    "chu chru chr ch chi chs hopital hospitalier hospitaliere clinique centre institut fondation polyclinique groupe"
)

# The kinds of a seam's word.
_DIGIT, _LINK, _TITLE, _PLACE, _PROSE, _FUNCTION, _COMMON, _NAME = range(8)


def _kind(token: str, *, after: bool = True) -> int:
    """What a word at a seam may be: a number's part, a link (particle, month, street number's word),
    a title or an initial, a street's or a hospital's word, a function word (« est », « avec »), a
    word of prose in lower case (or what is no word: « jean.dupont@chu.fr »), a capitalised French
    word that no name list holds, or what may be a name."""
    if not token:
        return _NAME
    first = token[0]
    if first.isdigit() or first in "+(" or (first in _LOOKALIKES and token[1:2].isdigit()):
        return _DIGIT
    word = token.strip('.,;:!?()[]«»"')
    if not word:
        return _NAME
    if "@" in word:
        return _PROSE  # an e-mail, whole on its line
    if any(c.isdigit() for c in word):
        return _DIGIT
    key = fold(word)
    if key in PARTICLES or key in _MONTHS or key in _NUMBER_WORDS or key in _NUMBER_SIGNS:
        return _LINK
    if len(key) > 2 and key[1] in "'’" and key[0] in "dl":
        if after:
            # an elided article or particle (« d'identité », « l'Europe »): the rest of a label or a name
            return _LINK
        return _kind(word[2:], after=False)  # a line's last word: what the particle goes with
    if key in TITLES or (len(word) == 1 and word.isalpha()):
        return _TITLE
    if key in PLACE_WORDS:
        return _PLACE
    if key in FUNCTION_WORDS:
        return _FUNCTION
    if word.islower():
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return _PROSE  # an e-mail, a web address: whole on its line
        # a name in lower case (an OCR'd list: « vu par le dr⏎martin ») is in a name list and no French
        # word; any other word in lower case is prose, medicine's words too (« néphrologie »)
        names = key in first_names() or key in surnames()
        return _NAME if names and key not in common_words() else _PROSE
    if word[:1].isupper() and word[1:].islower() and key in common_words():
        return _COMMON if key not in first_names() and key not in surnames() else _NAME
    return _NAME


def may_join(text: str, start: int, end: int) -> bool:
    """Whether the soft line break ``text[start:end]`` (with the blanks before it) may fall inside one
    entity, from the last word of its line and the first word of the next (see the module)."""
    tokens = text[text.rfind("\n", 0, start) + 1 : start].rsplit(None, 1)
    before = tokens[-1] if tokens else ""
    after_start = end
    while after_start < len(text) and text[after_start] in " \t":
        after_start += 1
    after_end = after_start
    while after_end < len(text) and not text[after_end].isspace():
        after_end += 1
    after = text[after_start:after_end]
    if not before or not after:
        return True
    last = before[-1]
    if last in _OPEN_ENDS or after[0] in _OPEN_ENDS or after[0] == ".":
        return True  # a cut word, an address or a number cut at a sign (« aline.testard⏎@exemple.fr »)
    after_kind = _kind(after)
    if last == "," and before[:-1][-1:].isalpha() and after_kind != _DIGIT:
        return False  # « Cordialement,⏎Dr Martin », « Lyon,⏎France »: a word and its comma end a field
    if "@" in before or "@" in after:
        return False  # an e-mail is whole on its line
    before_kind = _kind(before, after=False)
    if after_kind == _DIGIT:
        # a number opens the next line: the rest of a number or a date, or the value of a label
        # (« IPP⏎8001… », « Tél⏎01 45… », « code⏎pin 4821 »), not what follows a word of prose
        # (« Service de néphrologie⏎8 boulevard … »: the street starts on its line)
        # (after a name, a number may be its town's postcode: « Sélestat⏎67600 »)
        if before_kind not in (_PROSE, _COMMON) or last == ":" or not any(c.isalpha() for c in before):
            return True
        word = before.strip(".,;:()")
        return fold(word) in _NUMBER_LABELS or (word.isupper() and len(word) <= 4)
    if before_kind == _DIGIT:
        # after a number: the rest of a date, an address or a street's number, not the next field
        # (« IPP 6087532705⏎Entrée le … », « … 0515491747⏎Dr ROCHER »)
        return after_kind in (_LINK, _PLACE, _NAME)
    if before_kind in (_LINK, _PLACE):
        return True
    if before_kind == _TITLE:
        # a title or an initial goes on with a name (« Pr⏎Martin », « Dr J.⏎de Villiers »), not with
        # a place's or a French word (« secteur B⏎Ch. 10 », « Dr⏎Chef de clinique »)
        return after_kind in (_NAME, _LINK)
    if after_kind == _NAME:
        return True
    if after_kind == _LINK:
        # a particle opens the rest of a name or a place (« Jean⏎de La Fontaine »), an elision or a
        # number's sign the rest of a label (« carte⏎d'identité 12… », « Passeport⏎n° 12AB… »)
        return (
            before_kind not in (_PROSE, _FUNCTION) or fold(after) not in _MONTHS or _value_follows(text, end)
        )
    if after_kind == _COMMON:
        # « Centre Hospitalier Régional⏎Universitaire »; an establishment's name goes on from its own
        # name to common words (« Hôpital Necker⏎Enfants Malades », « Hôpital Saint-Louis⏎Lariboisière »)
        return before_kind == _COMMON or _names_an_establishment(text, start)
    if after_kind == _PROSE:
        if before_kind == _NAME:
            # a name or a place may go on in lower case (« Chambéry⏎cedex », an OCR'd list in lower
            # case); found on a held-out batch, whose misses were not read
            return True
        # prose on both sides, unless a label's words go on to its value (« code⏎pin : 4821 »)
        return before_kind in (_PROSE, _FUNCTION) and _value_follows(text, end)
    return False  # a title, a place's word or a function word opens the next field or sentence


def _names_an_establishment(text: str, at: int) -> bool:
    """One of the last three words of the line that ends at ``at`` is an establishment's word (« Hôpital
    Necker », « Clinique du Parc », « CHU Saint-Pierre »): its name may go on over the break."""
    words_before = text[text.rfind("\n", 0, at) + 1 : at].split()[-3:]
    return any(
        fold(re.sub(r"^[dl]['’]", "", w.strip(".,;:()"), flags=re.I)) in _ESTABLISHMENT_WORDS
        for w in words_before
    )


def _value_follows(text: str, at: int) -> bool:
    """The line that opens at ``at`` holds a colon or a digit among its first characters: what opens it
    may be the rest of a label that prose's words make (« code⏎pin : 4821 », « carte⏎d'identité 1234 »)."""
    return _VALUE.match(text, at) is not None


# A colon or a digit within the first forty characters of a line.
_VALUE = re.compile(r"[^\n:0-9]{0,40}[:0-9]")
