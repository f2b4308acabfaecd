"""The contact details of an organisation: a company's telephone and address are nobody's.

A medicine's leaflet ends on the addresses of its maker and of its local representatives (« Eesti
GlaxoSmithKline Eesti OÜ Tel : + 372 6676 900 », « Eli Lilly Benelux Stoofstraat 52 B - 1000
Brussels Tel .: + 32 2 548 84 84 », « Eisai Ltd ., 3 Shortlands London W6 8EE »). The telephone
numbers, streets, postcodes and cities the recognisers find there, and a city that the names read as
a person, are the company's: :func:`drop_organisation_contacts` drops them from each reading, after
the names (which see the places as places), before the overlaps are resolved.

The holder of a contact detail is what stands before it on its line, or on the line before when the
line opens on the contact itself (« Italia GlaxoSmithKline S . p . A . ⏎ Tel : + 46 … »). It is a
company when it holds

* a legal form after a capitalised word (« Ltd », « GmbH », « OÜ », « SIA », « AS », « Lda »,
  « S . A . », « s . r . o . », and the company forms the medicines' reader knows: « Pharma »,
  « Pharmaceuticals »), or
* a laboratory of the public medicine database: named in several words (« Eli Lilly », « Gedeon
  Richter »), by a word no name list holds (« GlaxoSmithKline », « Biogen »), or by a word next to
  another laboratory's word or a country (« Lilly France »).

A city that the names read as a person (« London », « Brussels ») is the company's only when it is
part of the address: after a number or a street word (« Brampton Road , Hampden Park »), or right
before a postcode (« Windsor , SL4 1NA »).

Nothing is dropped, to be safe, when the entry also holds somebody or a place of care: a title or a
word about a person (« Mme », « Dr », « chez », « sa fille », « patient », « domicile »), a name that
is not part of the address, a hospital, a date, a patient's identifier, an e-mail address. A French
mobile number is never dropped. The French company forms (SARL, SAS, SELARL, SCM…) are not legal
forms here: a practice, a pharmacy or a clinic bears them (« Clinique du Parc SAS ⏎ Tél : … »: the
letterhead of a clinical letter stays masked).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues, words
from egide.detect.names.lexicon import common_words, is_first_name, is_surname
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.medicines import COMPANY_FORMS, laboratory_names
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words as _words

# What a company's entry gives that is dropped, the names apart (read below).
_CONTACT_LABELS = frozenset({Label.TELEPHONE, Label.ADRESSE, Label.CODE_POSTAL, Label.VILLE})
# What may stand in the entry beside them without saying anything of a person.
_NEUTRAL_LABELS = _CONTACT_LABELS | {Label.IDENTIFIANT, Label.URL}
# How the word lists and the model found a name (a title, a label or a kinship word did not).
_UNCUED_SOURCES = frozenset({"lists", "list", "model"})

#: Legal forms as written, after the company's name (case matters: « AS », « Oy », not « as »).
LEGAL_FORMS = COMPANY_FORMS | _words(
    """
    SA AS A/S AB Ab OÜ UAB SIA SL SRL SpA KG Kft Zrt Nyrt Lda Unipessoal ApS EOOD OOD AE ΑΕ ΕΠΕ
    ehf hf BVBA SPRL Sp d.o.o GesmbH Ges.m.b.H Ltda
    """
)
# Legal forms written with dots, read as their letters (« S . A . », « s . r . o . », « d . o . o . »).
_DOTTED_FORMS = _words("sa nv bv spa sro srl sl gmbh ag ab as oy doo plc sp")
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,2} ?\. ?){2,4}(?:[^\W\d_]{1,2}(?![^\W\d_]))?")
# Contact labels: a line that opens on them continues the entry of the line before.
_CONTACT_WORDS = _words("tel tél telephone telefon telefoon telefono phone fax tlf puh τηλ tfn simi")
# Words that say a person (or a patient's life) is on the line, folded.
_PERSON_WORDS = (
    cues.KIN_WORDS
    | cues.RELATION_WORDS
    | _words(
        """
        chez patient patiente patients employe employee employeur travaille travail domicile domicilie
        domiciliee habite demeurant personnel perso prive privee portable mobile joindre joignable
        appeler rappeler contacter prevenir
        """
    )
)
# Possessives and pronouns, in lower case only (« SA » is a legal form, « sa fille » a person).
_PRONOUNS = cues.POSSESSIVES | _words("ne nee je il elle nous vous mon ma mes nos vos")
# Places of care: their letterhead identifies where the patient was treated.
_CARE_WORDS = _words(
    """
    clinique polyclinique hopital hospitalier chu chru chr chi ehpad cabinet pharmacie officine
    maison foyer service unite pavillon selarl selas scm scp msp cmp centre
    """
)
# Street words of the addresses of foreign companies (« Brampton Road », « Avda . de la Industria »).
_STREET_WORDS = _words(
    """
    rue avenue av bd boulevard road rd street st walk way drive lane avda avenida calle rua via viale
    strasse straße str straat weg gasse plein laan vej gade vagen vägen tie katu ul ulica park house
    building court tower
    """
)
# A postcode right after a city (« Windsor , SL4 1NA », « London W6 8EE », « Park NC 27709 »).
_POSTCODE_AFTER = re.compile(r" ?,? ?[A-Z]{0,2} ?\d")


def drop_organisation_contacts(doc: Document, found: Sequence[Finding], min_score: float) -> list[Finding]:
    """``found`` without the contact details of a company (see the module's docstring)."""
    if not any(f.label in _CONTACT_LABELS or f.label == Label.NOM for f in found):
        return list(found)
    text = doc.text
    reader = _Reader(text, doc.shared(words))
    entries: dict[int, _Entry | None] = {}
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if f.label not in _CONTACT_LABELS and f.label != Label.NOM:
            continue
        if f.label == Label.TELEPHONE and _french_mobile(text[f.start : f.end]):
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        if line_start not in entries:
            entries[line_start] = reader.entry(line_start)
        entry = entries[line_start]
        if entry is None or f.start < entry.holder_end:
            continue
        if f.label == Label.NOM and not _in_address(text, f, entry):
            continue
        dropped.add(i)
    if not dropped:
        return list(found)
    # Anything else on an entry that drops something says whether somebody is there.
    kept = [f for i, f in enumerate(found) if i not in dropped]
    blocked = {
        line_start
        for line_start, entry in entries.items()
        if entry is not None and reader.somebody(entry, kept, min_score)
    }
    return [f for i, f in enumerate(found) if i not in dropped or text.rfind("\n", 0, f.start) + 1 in blocked]


class _Entry:
    """One company's entry: where what it holds of a person is looked for starts (the line before it
    included), where its holder's name ends, where its last line ends."""

    __slots__ = ("end", "holder_end", "start")

    def __init__(self, start: int, holder_end: int, end: int) -> None:
        self.start = start
        self.holder_end = holder_end
        self.end = end


class _Reader:
    """The entries of one text, read from its words."""

    def __init__(self, text: str, toks: list[Token]) -> None:
        self.text = text
        self.toks = toks
        self._confirmed: frozenset[str] | None = None

    def entry(self, line_start: int) -> _Entry | None:
        """The company's entry that the line at ``line_start`` belongs to, or None."""
        text, toks = self.text, self.toks
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        first = bisect_left(toks, line_start, key=lambda t: t.start)
        last = bisect_left(toks, line_end, lo=first, key=lambda t: t.start)
        holder = self._holder(first, last)
        if holder is not None:
            return _Entry(self._scope(line_start, first), holder, line_end)
        # « Italia GlaxoSmithKline S . p . A . ⏎ é Tel : + 46 … »: a line that opens on its contact
        # labels continues the entry of the line before.
        previous = self._previous_line(line_start, first)
        if previous is None or not _opens_on_contact(toks, first, last):
            return None
        holder = self._holder(previous[1], first)
        return None if holder is None else _Entry(self._scope(*previous), line_start, line_end)

    def _previous_line(self, line_start: int, first: int) -> tuple[int, int] | None:
        """Where the line before ``line_start`` starts and its first word, unless it is blank."""
        if line_start < 2:
            return None
        previous_start = self.text.rfind("\n", 0, line_start - 1) + 1
        if not self.text[previous_start : line_start - 1].strip():
            return None
        return previous_start, bisect_left(self.toks, previous_start, hi=first, key=lambda t: t.start)

    def _scope(self, start: int, first: int) -> int:
        """Where the entry starting at ``start`` begins for what it may hold of a person: the line
        before it too, unless blank or another company's (« Jean Dupont ⏎ Nordexa Pharma GmbH ⏎
        Tél : … » is somebody's signature)."""
        previous = self._previous_line(start, first)
        if previous is None or self._holder(previous[1], first) is not None:
            return start
        return previous[0]

    def _holder(self, first: int, last: int) -> int | None:
        """The end of the first company's name among ``toks[first:last]``, or None."""
        text, toks = self.text, self.toks
        alone, named, phrases = _laboratories()
        for k in range(first, last):
            t = toks[k]
            if not t.text[0].isupper():
                continue
            if (
                t.text in LEGAL_FORMS
                and k > first
                and toks[k - 1].text[0].isupper()
                and t.gap_before.replace(".", " ").strip() == ""
            ):
                return t.end  # « Latvia SIA », « Genesis Pharma », « FIDELIOFARM . SRL »
            if t.key in alone or (t.key in named and t.key in self.confirmed):
                return t.end  # « Biogen »; « Lilly » where the text names Eli Lilly
            if k + 1 < last and t.gap_after == " " and f"{t.key} {toks[k + 1].key}" in phrases:
                return toks[k + 1].end  # « Eli Lilly »
        # « Valquimica S . A . », « Dompé s . r . l . »: a legal form in dotted letters
        line = text[toks[first].start : toks[last - 1].end] if last > first else ""
        for match in _DOTTED.finditer(line):
            letters = re.sub(r"[^\w]", "", match.group()).lower()
            before = line[: match.start()].rstrip(" -")
            if letters in _DOTTED_FORMS and before[-1:].isalpha():
                word = before.rsplit(" ", 1)[-1]
                if word[:1].isupper() or "-" in word:
                    return toks[first].start + match.end()
        return None

    @property
    def confirmed(self) -> frozenset[str]:
        """The laboratories' words that a name list holds (« lilly », « gedeon ») and that the text
        itself names as a company: in a laboratory's name of two words (« Eli Lilly », « Gedeon
        Richter ») or before a legal form (« Lilly Farma »), somewhere in the text."""
        if self._confirmed is None:
            toks = self.toks
            _, named, phrases = _laboratories()
            confirmed: set[str] = set()
            for k in [k for k, t in enumerate(toks) if t.key in named]:
                near = toks[max(0, k - 1) : k + 4]
                if any(
                    f"{a.key} {b.key}" in phrases and b.gap_before == " " for a, b in itertools.pairwise(near)
                ) or any(u.text in LEGAL_FORMS for u in near[1:]):
                    confirmed.add(toks[k].key)
            self._confirmed = frozenset(confirmed)
        return self._confirmed

    def somebody(self, entry: _Entry, kept: list[Finding], min_score: float) -> bool:
        """The entry holds a person or a place of care: a word about a person, a title, or a finding
        other than an address's."""
        for f in kept:
            if f.end <= entry.start or f.start >= entry.end or f.score < min_score:
                continue
            if f.label not in _NEUTRAL_LABELS:
                return True  # a name, a hospital, a date, an e-mail…
        toks = self.toks
        first = bisect_left(toks, entry.start, key=lambda t: t.start)
        for k in range(first, len(toks)):
            t = toks[k]
            if t.start >= entry.end:
                break
            key = t.key
            if key in _CARE_WORDS or key in _PERSON_WORDS or (key in _PRONOUNS and t.shape == "L"):
                return True
            if key in cues.TITLES and (key not in cues.CASE_SENSITIVE_TITLES or t.text[0].isupper()):
                return True
        return False


def _opens_on_contact(toks: list[Token], first: int, last: int) -> bool:
    """The line's first words are contact labels or stray letters (« é Tel : + 46 … »)."""
    for k in range(first, min(last, first + 3)):
        if toks[k].key in _CONTACT_WORDS:
            return all(len(toks[m].key) <= 2 for m in range(first, k))
    return False


def _in_address(text: str, name: Finding, entry: _Entry) -> bool:
    """A name of the lists or the model that reads as part of the address after the holder: after
    a number or a street word, or right before a postcode."""
    if name.source not in _UNCUED_SOURCES:
        return False
    between = text[entry.holder_end : name.start]
    if any(c.isdigit() for c in between):
        return True  # « 3 Shortlands London », « 52 B - 1000 Brussels »
    if any(
        w.lower().strip(".,") in _STREET_WORDS
        for w in (*between.split(), text[name.start : name.end].split()[-1])
    ):
        return True  # « Brampton Road , Hampden Park », « Riverside House »
    return _POSTCODE_AFTER.match(text, name.end) is not None  # « Windsor , SL4 1NA »


def _french_mobile(value: str) -> bool:
    """« 06 12 34 56 78 », « +33 (0)7 … », « 0033 6 … »: a French mobile, always somebody's."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("0033"):
        digits = digits[4:]
    elif digits.startswith("33") and value.lstrip().startswith(("+", "(")):
        digits = digits[2:]
    else:
        return len(digits) == 10 and digits[:2] in {"06", "07"}
    digits = digits.removeprefix("0")
    return digits[:1] in {"6", "7"}


@cache
def _laboratories() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(alone, named, phrases)``: the first words of the database's laboratory names that no name
    list nor the common words hold (« biogen », « pfizer »: a company alone); those that a name list
    holds (« lilly », « gedeon », « teva »: a company where the text names it as one); the names of
    two words or more by their first two words (« eli lilly », « gedeon richter »)."""
    alone: set[str] = set()
    named: set[str] = set()
    phrases: set[str] = set()
    common = common_words()
    for name in laboratory_names():
        parts = name.split()
        head = parts[0]
        if len(parts) > 1:
            phrases.add(f"{head} {parts[1]}")
        if len(head) < 4 or head in common or head in MEDICAL_WORDS:
            continue
        (named if is_first_name(head) or is_surname(head) else alone).add(head)
    return frozenset(alone), frozenset(named), frozenset(phrases)
