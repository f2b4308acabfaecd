"""A person's surname and first name in a note typed in lower case, that :mod:`egide.detect.recase` left as
written because one of them is also a common word or no list holds it.

- **After a title, a surname and a listed first name where the pair ends**: « mme page lucienne
  (1940) », « mme sauvageon justine ép. chareyre », « mr arnaud serge lit 14 », « mme castagné claire
  du 06/03 »: re-casing capitalises after a title a word no list knows as a common one, or a listed
  name, but not a surname that is only a common word (« page »), nor a first name that is a word too
  (« serge », « claire ») in second place. Where the pair visibly ends (a comma, a bracket, the
  line's end, a date, « née », « ép. », « lit », « ch. »), both are the name.
- **A record's identity: surname and first name, then an age, a sex, a birth date**: « sivakumar
  pradeep, 19 ans », « virologie⏎mbuyi grâce (f), 07/06/1990 », « pt laborde jean 67a », « lapeyre
  jean | né le … »: two words opening their line, cell or clause and followed by what only follows a
  person. Each is a listed name or a word no list knows as a common one (« douleur thoracique, 45
  ans », « suivi marie, 3 ans » stay), not both common words, and two words no list holds at all are
  names only when made unlike French words (no « -ique », « -ose »).
- **A name after a kinship noun or a baby that no list holds**: « sa femme kavitha traduit », « son
  fils tanvir », « bébé ekaitz 3180 g », « enfant manutea tetuanui », « bebe sow (aissatou) », « fils :
  rui, 06… »: re-casing capitalises a listed first name there (:func:`~egide.detect.recase._kin_names`);
  a word no list knows, or a listed one of three letters (an acronym elsewhere), is the person's name
  too, and a second such word after it the surname.
- **A first name alone in a bracket before a phone number**: « fille prévenue (olive, 06 14 92 30 77) »;
  a phone number also follows an identity (« fils : olivier blanc, 06 30 52 71 84 »).
- **A name beside a care role**: « vue par claire fort, diététicienne », « déclaré par pierre marchand
  (ibode) », « rdv jeudi avec claire (ide) », « interne chanthavong »: a role in brackets or after a
  comma follows a name as it follows « IDE : »; a role noun opening its clause precedes one. Before the
  role, a listed first name (a word too: « claire », « pierre ») or a word no list holds, and a surname
  after the first name; after the role noun, a word no list holds (« interne cardio » stays).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from egide.detect.names import cues
from egide.detect.names.care_roles import ROLE_ABBREVIATIONS, ROLE_NOUNS
from egide.detect.names.lexicon import first_name_key, first_names
from egide.detect.names.naming import ROLE_KEYS
from egide.detect.names.wordlist import words as word_set
from egide.detect.recase_initials import _listed_form

if TYPE_CHECKING:
    from egide.detect.recase import _Word

# Titles before a person's name (folded): abbreviated and written out.
_PERSON_TITLES = word_set("mme mmes mlle melle mr m madame monsieur mademoiselle dr")
# Care roles written after a name, in brackets or after a comma (« (ide) », « , diététicienne »).
_CARE_ROLES = ROLE_ABBREVIATIONS | ROLE_NOUNS
# What comes before a name that a role follows (« vue par claire fort », « rdv avec claire »).
_BEFORE_NAME = word_set("par avec et a pour chez appel vu vue prevenu prevenue contacte contactee note signe")
# Gaps that open a role noun's clause (« / interne chanthavong », « ; cadre leroux »).
_ROLE_OPENS = frozenset("\n\t(/:;,-—–+&[|")
# Words after a name that end it (« née », « ép. », « lit 14 », « ch. 5 », « ddn », « ipp »).
_AFTER_NAME = word_set("ne nee ep epouse ddn lit ch chambre box ipp age agee ans")
# What ends the pair before the next word: punctuation, a line break, a tab or a bar.
_PAIR_ENDS = frozenset(",;()[]—–\n\t|:")
# What opens an identity: the line's or a cell's start, a colon, a dash, a bracket.
_IDENTITY_OPENS = frozenset("\n\t|:;(—–,")
# Words that introduce a patient's identity in a hurried note (« pt laborde jean 67a »).
_PATIENT_WORDS = word_set("patient patiente pt pat")
# An age glued to its unit (« 67a », « 34a », « 6ans »).
_AGE = re.compile(r"\d{1,3}(?:a|ans)")
# Sex markers of an identity (« (f) », « f 32 a »).
_SEXES = word_set("f m h")
# Babies and children named without a possessive (« bébé ekaitz », « enfant noa teriitahi »).
_BABIES = word_set("bebe enfant nourrisson nne nouveau-ne")


def titled_pairs(words: list[_Word]) -> None:
    """« mme page lucienne (1940) »: a title, a surname and a listed first name where the pair ends."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _common, _listed

    for i in range(len(words) - 2):
        title, surname, given = words[i], words[i + 1], words[i + 2]
        if title.key not in _PERSON_TITLES or title.cut:
            continue
        if title.key == "m" and not surname.gap_before.startswith("."):
            continue  # « m » is a metre; « m. » a title
        if surname.gap_before.strip(" .") or given.gap_before != " ":
            continue
        if not (_person_word(surname) and _person_word(given)) or len(surname.key) < 2:
            continue
        if first_name_key(given.key, first_names()):
            if not (_listed(surname.key) or not _common(given.key)):
                continue  # (« mme confuse marie »: neither says a name)
        elif not (_unknown(given) and (_listed(surname.key) or _unknown(surname))):
            continue  # (« m. colonna anghjulu⏎né le »: a first name no list holds after a surname)
        if not all(w.form in (None, _LOWER, _FIRST, _CAP) or _listed_form(w.form) for w in (surname, given)):
            continue
        if _pair_ends(words, i + 2):
            _capitalise(surname, given)


def identity_pairs(words: list[_Word]) -> None:
    """« sivakumar pradeep, 19 ans »: surname and first name, then an age, a sex or a birth date."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _WORD_ENDINGS, _common, _listed

    for i in range(len(words) - 1):
        surname, given = words[i], words[i + 1]
        if given.gap_before != " ":
            continue
        opens = (
            i == 0
            or any(c in _IDENTITY_OPENS for c in surname.gap_before)
            # (« 10h30 castex pierre 83a »: a time or a bed's number before the identity)
            or (not surname.gap_before.strip() and any(c.isdigit() for c in words[i - 1].text))
        )
        if not opens and not (words[i - 1].key in _PATIENT_WORDS and surname.gap_before.strip() in ("", ":")):
            continue
        if not (_person_word(surname) and _person_word(given)):
            continue
        if min(len(surname.key), len(given.key)) < 3:
            continue
        if not all(w.form in (None, _LOWER, _FIRST, _CAP) or _listed_form(w.form) for w in (surname, given)):
            continue
        listed = [_listed(w.key) for w in (surname, given)]
        common = [_common(w.key) for w in (surname, given)]
        if any(c and not name for c, name in zip(common, listed, strict=True)) or all(common):
            continue  # (« suivi marie », « rose blanche »)
        if not any(listed) and (
            min(len(surname.key), len(given.key)) < 4
            or any(_WORD_ENDINGS.search(w.key) for w in (surname, given))
        ):
            continue
        if _identity_follows(words, i + 2, given):
            _capitalise(surname, given)


def kin_unknown_names(words: list[_Word]) -> None:
    """« sa femme kavitha », « bébé ekaitz », « enfant manutea tetuanui »: a name no list holds after a
    kinship noun or a baby (see the module)."""
    from egide.detect.recase import _CAP, _FIRST, _LOWER, _common, _listed

    for i in range(1, len(words)):
        w, kin = words[i], words[i - 1]
        if kin.key in _BABIES:
            if (
                i > 1
                and kin.gap_before == " "
                and words[i - 2].key
                in cues.FUNCTION_WORDS
                - cues.POSSESSIVES
                - {
                    "l",
                    "le",
                }
            ):
                continue  # (« un enfant », « des bébés »: a noun)
        elif not (kin.key in cues.KIN_WORDS and i > 1 and words[i - 2].key in cues.POSSESSIVES):
            continue
        if (
            w.gap_before.strip() not in ("", ":")
            or "\n" in w.gap_before
            or w.form not in (None, _LOWER, _FIRST)
        ):
            continue
        if not _person_word(w) or len(w.key) < 3 or not w.text.isalpha():
            continue
        short = len(w.key) == 3 and _listed(w.key) and not _common(w.key)
        if not (short or _unknown(w)):
            continue
        w.form = _CAP
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.gap_before == " " and nxt.form in (None, _LOWER, _FIRST) and _unknown(nxt):
            nxt.form = _CAP


def _phone(words: list[_Word], k: int) -> bool:
    """``words[k]`` opens a phone number: ten digits, or five groups of two (« 06 30 52 71 84 »)."""
    first = words[k].text
    if len(first) == 10 and first.startswith("0"):
        return True
    group = words[k : k + 5]
    return (
        len(group) == 5
        and first.startswith("0")
        and all(len(w.text) == 2 and w.text.isdigit() for w in group)
        and all(w.gap_before in (" ", ".", "-") for w in group[1:])
    )


def names_before_phones(words: list[_Word]) -> None:
    """« fille prévenue (olive, 06 14 92 30 77) », « sa fille (anne, 06 84 …) »: a listed first name, a
    word too, or a word no list holds, alone in a bracket before its phone number, is the person's."""
    from egide.detect.recase import _FIRST, _LOWER

    for i in range(len(words) - 1):
        w, after = words[i], words[i + 1]
        if (
            w.gap_before.strip()[-1:] == "("
            and after.gap_before.strip() == ","
            and w.form in (None, _LOWER, _FIRST)
            and _person_word(w)
            and len(w.key) >= 3
            and (first_name_key(w.key, first_names()) or _unknown(w))
            and _phone(words, i + 1)
        ):
            _capitalise(w)


def _capitalise(*words: _Word) -> None:
    """Each word capitalised, but one written already as a list writes it (a commune's « Lagarde »)."""
    from egide.detect.recase import _CAP

    for w in words:
        if not _listed_form(w.form):
            w.form = _CAP


def _unknown(w: _Word) -> bool:
    """A word of four letters or more that no list holds, common or name, made unlike a French word."""
    from egide.detect.recase import _LATIN, _WORD_ENDINGS, _common, _listed

    return (
        len(w.key) >= 4
        and w.text.isalpha()
        and not _common(w.key)
        and not _listed(w.key)
        and _WORD_ENDINGS.search(w.key) is None
        and _LATIN.search(w.key) is None
    )


def _person_word(w: _Word) -> bool:
    """Letters (inner hyphens), no function word, title, rank, kinship noun or word of medicine."""
    from egide.detect.recase import _NOT_NAMES, _TITLE_KEYS

    return (
        w.text.replace("-", "").isalpha()
        and w.key not in cues.FUNCTION_WORDS
        and w.key not in _TITLE_KEYS
        and w.key not in ROLE_KEYS
        and w.key not in cues.KIN_WORDS
        and w.key not in _NOT_NAMES
        and w.key not in _PATIENT_WORDS
    )


def _pair_ends(words: list[_Word], last: int) -> bool:
    """The name ending at ``words[last]`` visibly ends: punctuation, the line's end, a number, or a word
    that follows a name (« née », « ép. », « lit »); « du » before a date (« mme x y du 06/03 »)."""
    if last + 1 >= len(words):
        return not words[last].gap_after.strip(" ") or any(c in _PAIR_ENDS for c in words[last].gap_after)
    after = words[last + 1]
    if any(c in _PAIR_ENDS for c in after.gap_before) or after.text[:1].isdigit():
        return True
    if after.key in _AFTER_NAME:
        return True
    return after.key == "du" and last + 2 < len(words) and words[last + 2].text[:1].isdigit()


def _identity_follows(words: list[_Word], k: int, given: _Word) -> bool:
    """After the pair: an age (« , 19 ans », « 67a »), a sex (« (f) », « f 32 a »), a birth date or
    year (« , 07/06/1990 », « (1929) »), « né(e) le », « ddn »."""
    if k >= len(words):
        return False
    after = words[k]
    gap = after.gap_before
    if "\n" in gap:
        return False
    if _AGE.fullmatch(after.key):
        return True
    if after.key in {"ne", "nee", "ddn"}:
        return True
    if after.text.isdigit():
        nxt = words[k + 1] if k + 1 < len(words) else None
        if "," in gap and _phone(words, k):
            return True  # « olivier blanc, 06 30 52 71 84 »
        if nxt is not None and nxt.key in {"ans", "an", "a"} and nxt.gap_before.strip() == "":
            return True  # « 19 ans »
        # a date or a year in brackets (« 07/06/1990 », « (1929) »)
        return (nxt is not None and nxt.gap_before in ("/", ".", "-") and len(after.text) <= 2) or (
            "(" in gap and len(after.text) == 4
        )
    if after.key in _SEXES and len(after.text) == 1 and k + 1 < len(words):
        nxt = words[k + 1]
        return ("(" in gap and nxt.gap_before.startswith(")")) or nxt.text[:1].isdigit()
    return False


def names_beside_roles(words: list[_Word]) -> None:
    """« claire fort, diététicienne », « pierre marchand (ibode) », « interne chanthavong »: a name before
    a care role in brackets or after a comma, or after a role noun opening its clause (see the module)."""
    from egide.detect.recase import _FIRST, _LOWER

    for r, role in enumerate(words):
        if role.key not in _CARE_ROLES:
            continue
        gap = role.gap_before.strip()
        nxt = words[r + 1] if r + 1 < len(words) else None
        closed = (nxt.gap_before if nxt is not None else role.gap_after).lstrip().startswith(")")
        if r > 0 and (gap == "," or (gap == "(" and closed)):
            group = _name_before(words, r - 1)
            if group:
                _capitalise(*group)
        if (
            role.key in ROLE_NOUNS
            and nxt is not None
            and nxt.gap_before == " "
            and nxt.form in (None, _LOWER, _FIRST)
            and _unknown(nxt)
            and _person_word(nxt)
            and (r == 0 or any(c in _ROLE_OPENS for c in role.gap_before) or words[r - 1].key in _BEFORE_NAME)
        ):
            _capitalise(nxt)


def _name_before(words: list[_Word], j: int) -> list[_Word]:
    """The name ending at ``words[j]`` before a role: a listed first name or a word no list holds, and
    the listed first name before it; nothing where the clause does not open before it."""
    from egide.detect.recase import _FIRST, _LOWER, _common, _listed

    def open_before(k: int) -> bool:
        w = words[k]
        return k == 0 or any(c in _ROLE_OPENS for c in w.gap_before) or words[k - 1].key in _BEFORE_NAME

    def usable(w: _Word) -> bool:
        return (
            (w.form in (None, _LOWER, _FIRST) or _listed_form(w.form) or w.form == "cap")
            and _person_word(w)
            and len(w.key) >= 3
            and w.key not in _CARE_ROLES
        )

    last = words[j]
    if not usable(last):
        return []
    first = words[j - 1] if j > 0 and last.gap_before == " " else None
    if (
        first is not None
        and usable(first)
        and first_name_key(first.key, first_names())
        and (_listed(last.key) or _unknown(last))
        and not (_common(first.key) and _common(last.key) and not _listed(last.key))
        and open_before(j - 1)
    ):
        return [first, last]
    if (first_name_key(last.key, first_names()) or _unknown(last)) and open_before(j):
        return [last]
    return []
