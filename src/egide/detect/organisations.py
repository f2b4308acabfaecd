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
* a laboratory of the public medicine database: named in two words or more (« Eli Lilly », « Gedeon
  Richter »), by a word no name list holds (« Biogen », « Pfizer »; a common word only when written
  with a capital inside: « GlaxoSmithKline », « AstraZeneca »), or by a word that a name list
  also holds where the text names the laboratory elsewhere (« Lilly France » beside « Eli Lilly »;
  « Richard France, 12 rue … » alone is somebody's).

A city that the names read as a person (« London », « Brussels ») is the company's only when it is
part of the address: after a number or a street word (« Brampton Road , Hampden Park »), or right
before a postcode (« Windsor , SL4 1NA »).

Nothing is dropped, to be safe, when the entry (and the line before it, unless another company's:
« Jean Dupont ⏎ Nordexa Pharma GmbH ⏎ Tél : … » is a signature) also holds somebody or a place of
care: a title or a
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
from typing import NamedTuple

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues, words
from egide.detect.names.lexicon import common_words, fold, is_first_name, is_surname
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
# What follows a letter of a legal form written with dots (« S . A . », « S.A. »), not a sentence's end.
_DOT_GAPS = frozenset({" . ", ".", " ."})
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
    if not any(f.label in _CONTACT_LABELS or f.source in _UNCUED_SOURCES for f in found):
        return list(found)
    text = doc.text
    reader = _Reader(text, doc.shared(words))
    entries = reader.entries()
    if not entries:
        return list(found)  # no company named in the text: the usual case
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if f.label not in _CONTACT_LABELS and (f.label != Label.NOM or f.source not in _UNCUED_SOURCES):
            continue
        entry = entries.get(text.rfind("\n", 0, f.start) + 1)
        if entry is None or f.start < entry.holder_end:
            continue
        if f.label == Label.TELEPHONE and _french_mobile(text[f.start : f.end]):
            continue
        if f.label == Label.NOM and not _in_address(text, f, entry):
            continue
        dropped.add(i)
    if not dropped:
        return list(found)
    # Anything else on an entry that drops something says whether somebody is there.
    kept = [f for i, f in enumerate(found) if i not in dropped]
    blocked = {line_start for line_start, entry in entries.items() if reader.somebody(entry, kept, min_score)}
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
    """The companies' entries of one text, read from its words."""

    def __init__(self, text: str, toks: list[Token]) -> None:
        self.text = text
        self.toks = toks
        self._confirmed: frozenset[str] | None = None

    def entries(self) -> dict[int, _Entry]:
        """The entries, by where the line of their contact details starts: the lines with a
        company's name, and the lines after them that open on a contact label."""
        text, toks = self.text, self.toks
        # The words that may name a company (a legal form, a laboratory's word, a letter before a
        # dot), picked out in one pass, then grouped by line: a line without any holds no company.
        keys = _laboratories().keys
        marks = [k for k, t in enumerate(toks) if t.key in keys or t.gap_after in _DOT_GAPS]
        lines: dict[int, list[int]] = {}
        for k in marks:
            lines.setdefault(text.rfind("\n", 0, toks[k].start) + 1, []).append(k)
        holders = {
            line: end for line, found in lines.items() if (end := self._holder(line, found)) is not None
        }
        entries: dict[int, _Entry] = {}
        for line, holder in holders.items():
            line_end = _line_end(text, line)
            previous = _previous_line(text, line)
            # « Jean Dupont ⏎ Nordexa Pharma GmbH ⏎ Tél : … »: somebody's signature
            scope = line if previous is None or previous in holders else previous
            entries[line] = _Entry(scope, holder, line_end)
            # « Italia GlaxoSmithKline S . p . A . ⏎ é Tel : + 46 … »: a line that opens on its
            # contact labels continues the entry of the line before.
            nxt = line_end + 1
            if nxt < len(text) and nxt not in holders:
                first = bisect_left(toks, nxt, key=lambda t: t.start)
                nxt_end = _line_end(text, nxt)
                if _opens_on_contact(toks, first, nxt_end):
                    entries[nxt] = _Entry(scope, nxt, nxt_end)
        return entries

    def _holder(self, line_start: int, marks: list[int]) -> int | None:
        """The end of the first company's name among the ``marks`` of the line at ``line_start``, or
        None."""
        toks = self.toks
        labs = _laboratories()
        for k in marks:
            t = toks[k]
            before = toks[k - 1] if k > 0 and toks[k - 1].start >= line_start else None
            if before is not None and (before.text[0].isupper() or "-" in before.text):
                # after the company's name
                if t.text in LEGAL_FORMS and t.gap_before.replace(".", " ").strip() == "":
                    return t.end  # « Latvia SIA », « Genesis Pharma », « FIDELIOFARM . SRL »
                if t.gap_after in _DOT_GAPS and before.gap_after == " ":
                    end = _dotted_form(toks, k)
                    if end is not None:
                        return end  # « Valquimica S . A . », « Dompé s . r . l . »
            if not t.text[0].isupper():
                continue
            if (
                t.key in labs.alone
                or (t.key in labs.mixed and t.shape == "X")
                or (t.key in labs.named and t.key in self.confirmed)
            ):
                return t.end  # « Biogen », « GlaxoSmithKline »; « Lilly » where the text names Eli Lilly
            nxt = k + 1
            if nxt < len(toks) and t.gap_after == " " and f"{t.key} {toks[nxt].key}" in labs.phrases:
                return toks[nxt].end  # « Eli Lilly »
        return None

    @property
    def confirmed(self) -> frozenset[str]:
        """The laboratories' words that a name list holds (« lilly », « gedeon ») and that the text
        itself names as a company: in a laboratory's name of two words (« Eli Lilly », « Gedeon
        Richter ») or before a legal form (« Lilly Farma »), somewhere in the text."""
        if self._confirmed is None:
            toks = self.toks
            labs = _laboratories()
            confirmed: set[str] = set()
            for k in [k for k, t in enumerate(toks) if t.key in labs.named]:
                near = toks[max(0, k - 1) : k + 4]
                if any(
                    f"{a.key} {b.key}" in labs.phrases and b.gap_before == " "
                    for a, b in itertools.pairwise(near)
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


def _line_end(text: str, line_start: int) -> int:
    end = text.find("\n", line_start)
    return len(text) if end == -1 else end


def _previous_line(text: str, line_start: int) -> int | None:
    """Where the line before ``line_start`` starts, unless there is none or it is blank."""
    if line_start < 2:
        return None
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    if not text[previous_start : line_start - 1].strip():
        return None
    return previous_start


def _dotted_form(toks: list[Token], k: int) -> int | None:
    """The end of a legal form written in dotted letters from ``toks[k]`` (« S . p . A . »,
    « s . r . o . », « B . V . »), or None."""
    letters = ""
    for m in range(k, min(len(toks), k + 4)):
        t = toks[m]
        if len(t.key) > 2 or (m > k and t.gap_before.strip(" ") != "."):
            break
        letters += t.key
        if letters in _DOTTED_FORMS and m > k:
            dot = t.gap_after.find(".")
            return t.end + dot + 1 if 0 <= dot <= 1 else t.end
    return None


def _opens_on_contact(toks: list[Token], first: int, line_end: int) -> bool:
    """The line's first words are contact labels or stray letters (« é Tel : + 46 … »)."""
    for k in range(first, min(len(toks), first + 3)):
        if toks[k].start >= line_end:
            return False
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


class _Laboratories(NamedTuple):
    """The laboratories of the public medicine database, by the first word of their name, folded."""

    #: No name list nor the common words hold it (« biogen », « pfizer »): a company alone.
    alone: frozenset[str]
    #: A name list holds it (« lilly », « gedeon », « teva »): a company where the text names it as one.
    named: frozenset[str]
    #: The common words hold it (« glaxosmithkline », « astrazeneca », « air »): a company when written
    #: with a capital inside (« GlaxoSmithKline »), as no French word is.
    mixed: frozenset[str]
    #: The names of two words or more, by their first two words (« eli lilly », « gedeon richter »).
    phrases: frozenset[str]
    #: Every first word and the legal forms: what a text is searched for.
    keys: frozenset[str]


@cache
def _laboratories() -> _Laboratories:
    """The laboratories' words, read once from the medicine file."""
    alone: set[str] = set()
    named: set[str] = set()
    mixed: set[str] = set()
    phrases: set[str] = set()
    common = common_words()
    for name in laboratory_names():
        parts = name.split()
        head = parts[0]
        if len(parts) > 1:
            phrases.add(f"{head} {parts[1]}")
        if len(head) < 4 or head in MEDICAL_WORDS:
            continue
        if is_first_name(head) or is_surname(head):
            named.add(head)
        else:
            (mixed if head in common else alone).add(head)
    keys = alone | named | mixed | {p.split()[0] for p in phrases} | {fold(f) for f in LEGAL_FORMS}
    return _Laboratories(*map(frozenset, (alone, named, mixed, phrases, keys)))
