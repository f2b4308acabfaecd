"""ETABLISSEMENT: a medical biology laboratory named after its type (« Laboratoire de biologie
médicale Biolab Saône », « laboratoire d'analyses médicales des Capucins », « LBM Cerbalab Sud »,
« Laboratoire Biomédical des Dunes »).

Where a patient's blood was taken says where the patient lives or is followed, as a clinic does. A
laboratory is named three ways in a report's header or a letter: after its full type (« laboratoire
de biologie médicale », « laboratoire d'analyses »), after « LBM », or after « Laboratoire » alone by
a name made on « Bio- » (« Biolab », « Biomédical », « BIOXA »). « Laboratoire » alone before any other
name is the maker of a medicine as often (« Laboratoire Pfizer », « Laboratoires Thissen » in a
leaflet), and a name of the public medicine database's makers is never taken (« Laboratoire Biogaran »,
« Biogen »). A name of generic words (« laboratoire de biologie médicale du CHU », « d'analyses de
sang ») is no name. A fourth way names the network and its site's town (« laboratoire Cerbalab
Saverne »): a first word that is no maker and no French word, then a French commune ending the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medicines import laboratory_names
from egide.detect.places.atoms import TOKEN
from egide.detect.places.establishment import _grouped, without_generic_tail
from egide.detect.places.establishment_tails import extended
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.regions import DEPARTMENT_NAMES, REGIONS

_FULL_TYPE = (
    r"(?i:laboratoire|labo)[ \t]+(?i:de[ \t]+biologie(?:[ \t]+m[ée]dicale)?"
    r"|d['’][ \t]*analyses(?:[ \t]+m[ée]dicales|[ \t]+de[ \t]+biologie[ \t]+m[ée]dicale)?)"
)
_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|DE[ \t]+LA|DE[ \t]+L['’]|DU|DES|DE|D['’])"
# Between the words of a name, on one line: a space, a hyphen, a small word (« des Dunes », in a
# letterhead in capitals « DES ALPES DU SUD »), not a dash that opens the next field (« Biolab — Édité
# le »), nor the gap between two columns (« LABM DES ALPES DU SUD GAP   04 92 … »).
# (a region's or a town's compound with its small words too: « Cerballiance Hauts-de-France »)
_JOIN = (
    r"(?:[ \t]{1,2}(?:(?:de[ \t]+la|de|du|des|la|le|les|sur|en|DE[ \t]+LA|DE|DU|DES|LA|LE|LES|SUR|EN)[ \t]+|[dlDL]['’])?"
    r"|-(?:de|du|des|la|le|les|sur|en|DE|DU|DES|LA|LE|LES|SUR|EN)-|-)"
)
_NAME = rf"{TOKEN}(?:{_JOIN}{TOKEN}){{0,4}}"
LABORATORY = re.compile(
    rf"""
    (?<![\w])
    # (« LBM », « LABM »: the abbreviation no maker of medicines is written after)
    (?: (?: {_FULL_TYPE} | (?P<abbreviation> LA?BM ) ) (?: [ \t]*[-–:][ \t]* | [ \t]+ ) (?: {_LINK} (?:[ \t]+|(?<=['’])) )?
        (?P<name> {_NAME} )
      | (?:Laboratoire|LABORATOIRE|LABO|Labo|labo) [ \t]+ (?P<bio> (?:Bio|BIO)[^\W_]* (?:{_JOIN}{TOKEN}){{0,3}} )
        # a laboratory named by its network and its site's town (« laboratoire Cerbalab Saverne », « labo
        # Synlabo Pau »): the town checked in code
      | (?:[Ll]aboratoire|LABORATOIRE|[Ll]abo) [ \t]+ (?P<site> {TOKEN} (?:[ \t]+{TOKEN}){{1,3}} )
    )
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
# « laboratoire de biologie médicale du CHU »: the hospital's own laboratory, named by no name
_HOSPITAL_ACRONYMS = frozenset(
    {"CHU", "CHRU", "CHR", "CH", "CHI", "CHIC", "GH", "GHU", "GHT", "HIA", "AP-HP"}
)


def network_names() -> tuple[str, ...]:
    """The brands of laboratory networks of ``data/laboratory_networks.txt``, as written and in capitals."""
    text = (resources.files("egide.detect.places") / "data" / "laboratory_networks.txt").read_text("utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(names | {n.upper() for n in names}, key=len, reverse=True))


# A network's brand alone, with the region or the department its sites cover after it (« Synlab
# Provence », « Cerballiance Hauts-de-France »: checked in code), in a report's header or a note with no
# cue of its own (« Résultat — Biogroup Nancy »).
# (grouped by first letter, the boundary before checked in code: ``re`` skips ahead on the first letters)
_NETWORK = re.compile("(?:" + _grouped(network_names()) + rf")(?![\w\-])(?P<where>[ \t]+{_NAME})?")


class LaboratoryRecogniser:
    """ETABLISSEMENT: a medical biology laboratory named after its type."""

    name = "fr_laboratory"

    def find(self, doc: Document) -> Iterator[Finding]:
        # (with its site after a dash: « BIOLAB SAVOIE - Site d'Aix-les-Bains », one laboratory's name)
        for f in self._found(doc):
            yield extended(doc.text, f, doc.written)

    def _found(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        yield from _networks(text)
        if "bio" in (doc.lowered or text.lower()):
            yield from _department_brands(text)
        low = doc.lowered
        if low is not None and "labo" not in low and "lbm" not in low and "labm" not in low:
            return
        for m in LABORATORY.finditer(text):
            if m["site"] is not None:
                end = _network_and_town_end(text, m.start("site"), m.end("site"))
                if end is None:
                    end = _letterhead_brand_end(text, m.start(), m.start("site"), m.end("site"))
            else:
                group = "name" if m["name"] is not None else "bio"
                end = _name_end(text, m.start(group), m.end(group), m["abbreviation"] is None)
            if end is not None:
                yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.85, self.name)
                yield from _site_town(text, end)


# A laboratory whose brand is « Bio » and its département's number, glued (« Bio24 », « BIO67 », « Bio2A »),
# the way the private networks of one département name themselves; its site's town may follow (« Bio24
# Sarlat »). No medicine, no word is written so.
# (opening on its literal, the boundary before checked in code; the kind before it looked for behind)
_DEPARTMENT_BRAND = re.compile(
    r"(?:Bio|BIO)(?:[0-9]{2}|2[AB])(?![\w\-])(?P<town>[ \t]+[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*)?"
)


def _department_brands(text: str) -> Iterator[Finding]:
    for m in _DEPARTMENT_BRAND.finditer(text):
        start, end = m.start(), m.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        kind = _KIND_BEFORE_BRAND.search(text, max(0, start - 16), start)
        if kind is not None:
            start = kind.start()
        if m["town"] is not None:
            town = m["town"].strip()
            commune = load_lexicon().commune(town)
            if commune is None or commune.abroad or is_common_word(town):
                end = m.start("town")
        yield Finding(start, end, Label.ETABLISSEMENT, 0.85, "fr_laboratory")
        yield from _site_town(text, end)


def _networks(text: str) -> Iterator[Finding]:
    """A laboratory network's brand of the list alone, with the region or the department after it."""
    for m in _NETWORK.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        end = m.end() if m["where"] is None else m.start("where")
        if m["where"] is not None:
            tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, m.start("where"), m.end("where"))]
            for k in range(len(tokens), 0, -1):  # the longest region first (« Hauts-de-France »)
                place = fold(text[tokens[0][0] : tokens[k - 1][1]])
                if place in REGIONS or place in DEPARTMENT_NAMES:
                    end = tokens[k - 1][1]
                    break
            else:
                # or its site by the site's own name, a district or a mall, right after the brand on its
                # line (« Cerballiance Mériadeck », « Synlab Fontaine-Lestang »): a capitalised word that
                # is no French word nor a title (« Synlab Résultats », « Biogroup Dr Martin »)
                site = text[tokens[0][0] : tokens[0][1]]
                if (
                    text[m.start("where") : tokens[0][0]] == " "
                    and site[:1].isupper()
                    and not is_common_word(site)
                    and fold(site) not in _TITLES
                ):
                    end = tokens[0][1]
        # (« transmise par le laboratoire Bioxa », « labo Cerballiance »: the type before the brand, in
        # any case, is the name's first word as a letterhead writes it)
        kind = _KIND_BEFORE_BRAND.search(text, max(0, m.start() - 16), m.start())
        yield Finding(
            m.start() if kind is None else kind.start(), end, Label.ETABLISSEMENT, 0.85, "fr_laboratory"
        )
        yield from _site_town(text, end)


_TITLES = frozenset({"dr", "pr", "docteur", "professeur", "m", "mme", "mlle", "madame", "monsieur", "site"})
_KIND_BEFORE_BRAND = re.compile(r"(?<![\w\-])(?i:laboratoires?|labos?|LBM|LABM)[ \t]+$")


# The town of the laboratory's site after its name and a dash, ending the line (« LBM Synlab Provence —
# Toulon⏎ »), or a comma (« Labo : Eurofins Biomnis, Lyon⏎ », a results table's source): a French commune
# of the lists, no word.
_TOWN_AFTER_DASH = re.compile(
    r"(?:[ \t]*[—–][ \t]*|[ \t]+-[ \t]+|,[ \t]*)(?P<town>[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*)(?=[ \t]*(?:\n|$))"
)


def _site_town(text: str, end: int) -> Iterator[Finding]:
    m = _TOWN_AFTER_DASH.match(text, end)
    if m is not None:
        commune = load_lexicon().commune(m["town"])
        if commune is not None and not commune.abroad and not is_common_word(m["town"]):
            yield Finding(m.start("town"), m.end("town"), Label.VILLE, 0.75, "fr_laboratory")


def _network_and_town_end(text: str, start: int, end: int) -> int | None:
    """Where a laboratory named by its network and its site ends (« Cerbalab Saverne »): a first word
    that is no maker of medicines and no French word, then a French commune (not a small one that is
    also a word) that ends the name; None otherwise (« Laboratoire Pfizer France », « laboratoire
    Central Lyon »)."""
    tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, end)]
    first = text[tokens[0][0] : tokens[0][1]]
    makers = laboratory_names()
    if fold(first) in makers or is_common_word(first) or (first.isupper() and len(first) <= 3):
        return None
    lexicon = load_lexicon()
    for k in range(1, len(tokens)):  # the town: the words after the network's, the longest first
        place = text[tokens[k][0] : tokens[-1][1]]
        commune = lexicon.commune(place)
        if (commune is not None and not commune.abroad and not commune.ambiguous) or (
            # or the region or the department the network covers (« LABORATOIRE CERBALLIANCE
            # Normandie — site de Lisieux », « labo Biogroup Lorraine »)
            fold(place) in REGIONS or fold(place) in DEPARTMENT_NAMES
        ):
            if fold(text[tokens[0][0] : tokens[k - 1][1]]) in makers:
                return None
            return tokens[-1][1]
    return None


# What ends a letterhead's first item: the line's end, or a dash before the next item (« Laboratoire
# Eurofins Biomnis — Analyses spécialisées »).
_ITEM_END = re.compile(r"[ \t]*(?:\n|$|[—–][ \t]|-[ \t])")


def _letterhead_brand_end(text: str, opens: int, start: int, end: int) -> int | None:
    """Where a laboratory's brand ends when « Laboratoire » opens a line and its name ends the line or
    the letterhead's first item (« Laboratoire Eurofins Biomnis — Analyses spécialisées »): a report's
    header names where the sample went; words that are no maker of medicines and no French word, else
    None (« Laboratoire Pfizer », « Laboratoire Central » in a leaflet)."""
    if opens and text[opens - 1] != "\n":
        return None
    if _ITEM_END.match(text, end) is None:
        return None
    words = [text[t.start() : t.end()] for t in _TOKEN.finditer(text, start, end)]
    makers = laboratory_names()
    if fold(" ".join(words)) in makers or any(
        fold(w) in makers or is_common_word(w) or w.isupper() for w in words
    ):
        return None
    return end


def _name_end(text: str, start: int, end: int, maker_possible: bool = True) -> int | None:
    """Where the laboratory's own name ends, generic words dropped; None for no name or a maker's
    (unless ``maker_possible`` is False: after « LBM », « LABM », which name no maker, « LABM Bio Pôle
    Antilles » is a laboratory though « Bio » alone is one)."""
    written = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, end)]
    tokens = without_generic_tail(text, written)
    if not tokens or all(text[a:b] in _HOSPITAL_ACRONYMS for a, b in tokens):
        return None
    if not maker_possible:
        return tokens[-1][1]
    # the first word with the words hyphenated to it: « Bio-Armor » is a laboratory of its own, not the
    # maker « Bio » (a hyphen glues the parts of one name, as in « Bio-Santé », « Bio-Ouest »)
    first_end = tokens[0][1]
    for a, b in tokens[1:]:
        if text[first_end:a] != "-":
            break
        first_end = b
    first = fold(text[tokens[0][0] : first_end])
    whole = fold(text[start : tokens[-1][1]])
    makers = laboratory_names()
    if _bio_and_region(text, first, first_end, written[-1][1]):
        # (« Centre », a generic word dropped from the tail, is the region here: the written words)
        return written[-1][1]
    if first in makers or whole in makers:
        return None
    return tokens[-1][1]


def _bio_and_region(text: str, first: str, first_end: int, end: int) -> bool:
    """« Laboratoire Bio Centre », « Laboratoire Bio Ouest », « Labo Bio Lorraine »: « Bio », then the
    region or the department the network covers, a laboratory of its own and no maker's name."""
    if first != "bio" or first_end >= end:
        return False
    rest = fold(text[first_end:end].strip(" \t-"))
    return bool(rest) and (rest in REGIONS or rest in DEPARTMENT_NAMES or rest.replace(" ", "-") in REGIONS)
