"""ETABLISSEMENT and VILLE: the other items of a letterhead's chain around an establishment already found.

A letterhead or a note's heading strings its parts on one line between dashes, slashes or middle dots:
« HUS – Nouvel Hôpital Civil – Service d'hépato », « CHU Strasbourg — IRCAD / Chirurgie digestive »,
« CH d'Évry / CHSF », « Maternité Sainte-Thérèse · Hôpital Bel-Air · Thionville », « CHRU NANCY –
Brabois Adultes ». Once one item is an establishment (found by its type), the items beside it are
the same place said otherwise: its acronym (which no list holds), one of its sites by its own name,
its town, a centre of it named in capitals. Its acronym also follows it in brackets (« Centre
Hospitalier de l'Ouest Guyanais (CHOG) », « Institut de Cancérologie de Lorraine (ICL) »). An
establishment's own acronym, once found, is found again wherever it stands alone in the text (« contrôle
à l'IRTEK », « RCP IRTEK »).

The town after an establishment and a dash, ending the line, is its town too when the lists name it
a commune, a French word as well (« CHM — Mamoudzou », « Hôpital Louis-Mourier (AP-HP) — Colombes »):
read here, where the chain's other items are, even without a chain of items around it.

A hospital's short name that the lists hold (« Calmette », « Brabois ») is one too when it stands
alone as an item of such a chain of three items or more (« Transmissions IDE — Pneumo 3e étage —
Calmette — nuit du 4 au 5/12 »): alone between dashes, it is no eponym nor street.

Not items of a place: a unit, a speciality or a kind of structure (« UHCD », « SSR », « Pneumo »,
« Chirurgie digestive »), a document's kind (« CRH », « FAX »), a person (a title, a first name),
a word of French, anything with a digit. Read after the recognisers, from their establishments:
nothing is scanned in a text without one (or without a chain's separator).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word, is_first_name
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES, MEDICAL_WORDS
from egide.detect.places.acronym_with_site import NOT_AN_ESTABLISHMENT
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.establishment import (
    GENERIC,
    SHORT_NAME,
    STRUCTURE_ACRONYMS,
    EstablishmentRecogniser,
    name_starts,
)
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.mail_domain_acronym import domain_acronyms
from egide.detect.places.not_a_place import TITLES, a_department_or_region

SOURCE = "letterhead_chain"
# Between two items: a dash, a slash, a pipe or a bullet set off by spaces, or a middle dot. (The long
# dashes are hyphens by now: normalised.)
_SEPARATOR = re.compile(r"[ \t]+[-/|•][ \t]+|[ \t]*·[ \t]*")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# (or a group's code, its acronym and the département's number: « CH de Vesoul (GH70) »)
_BRACKETED_ACRONYM = re.compile(
    r"[ \t]*\((?P<acronym>[A-Z][A-Z&\-]{1,7}[A-Z]|(?P<code>[A-Z]{2,5})[0-9]{2,3})\)"
)
_TOKEN = re.compile(r"[^\s]+")
_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "les", "l'", "d'", "et", "DE", "DU", "DES", "LA", "ET"}
)
# The words that open a centre of the establishment named in full (« CENTRE DE BIOLOGIE PATHOLOGIE
# GÉNÉTIQUE – CHU de Lille »): three words at least.
_CENTRE_WORDS = frozenset({"centre", "institut", "pavillon"})
_HOSPITAL_WORDS = frozenset({"hopital", "hopitaux", "clinique", "maternite", "polyclinique"})
_PART_TIME = frozenset({"jour", "nuit", "semaine"})
_FUNCTION_WORDS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l'", "d'", "et", "contre", "pour", "en", "a", "au", "aux", "sur"}
)
# The part of a site that says whom it cares for, after its name (« Brabois Adultes », « Hautepierre
# Enfants ») or its point of the compass.
_SITE_PARTS = frozenset(
    {
        "adultes",
        "adulte",
        "enfants",
        "enfant",
        "femmes",
        "femme",
        "mere",
        "nord",
        "sud",
        "est",
        "ouest",
        "centre",
    }
)
# Units, examinations, roles and documents that a heading strings with its establishment.
_NOT_PLACES = (
    STRUCTURE_ACRONYMS
    | NOT_AN_ESTABLISHMENT
    | {
        "UHCD", "USIC", "USINV", "UNV", "USC", "SSPI", "REA", "SI", "SC", "IOA", "IAO", "CCA", "ORL", "HGE",
        "MPR", "DIM", "ACP", "CPA", "PUPH", "PH", "IDE", "IDEC", "AS", "ASH", "CSS", "CDS", "MAR", "IADE",
        "IBODE", "CRO", "CRH", "CRA", "CRU", "FAX", "TEL", "TÉL", "URGENT", "IPP", "NDA", "NIR", "INS", "DDN",
        "OBJET", "REF", "PJ", "CONFIDENTIEL", "ADT", "SAMU", "SMUR", "PASS", "EMSP", "EMG", "ELSA", "UMG",
        "CPTS", "MSP", "DAC", "PTA", "GHT", "ARS", "CPAM", "MDPH", "HAD", "SSIAD", "CS", "BP", "CEDEX", "RDC",
        "RCP", "NB", "PS", "PO", "AP", "CHU", "CH", "CHR", "CHRU", "GH", "GHU", "CRF", "RPU", "OGD", "FOGD", "EEG",
        "ECG", "ETT", "ETO", "USMP", "UCSA", "SPIP", "DPI", "DMP", "CR", "CAT",
    }
)  # fmt: skip


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the line ``text[start:end]`` between separators, blanks trimmed."""
    items = []
    at = start
    for m in _SEPARATOR.finditer(text, start, end):
        items.append((at, m.start()))
        at = m.end()
    items.append((at, end))
    trimmed = []
    for a, b in items:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


# The endings of a speciality, a unit's kind or an activity (« Néphrologie », « Gynécologue »,
# « Pédiatrique », « Identitovigilance », « Télé-consultation »): no place's name ends so.
_UNIT_ENDINGS = (
    "logie", "logue", "iatrie", "iatre", "urgie", "urgien", "urgienne", "ique", "iques", "thérapie", "scopie",
    "graphie", "tion", "tions", "ance", "ances", "ité", "ités", "isme",
)  # fmt: skip


def _a_unit_word(word: str) -> bool:
    key = fold(word)
    low = word.lower()
    return (
        key in MEDICAL_WORDS
        or key in CLIPPED_SPECIALTIES
        or low in MEDICAL_WORDS
        or any(low.endswith(e) or key.endswith(fold(e)) for e in _UNIT_ENDINGS)
    )


def _a_territory(item: str) -> bool:
    """A department or a region (« GUYANE », « Moselle »): where the establishment is, no name of it."""
    return a_department_or_region(fold(item).replace(" ", "-"))


def _an_acronym_of_a_place(word: str) -> bool:
    return (
        not _a_territory(word)
        and _ACRONYM.fullmatch(word) is not None
        and word not in _NOT_PLACES
        and not is_common_word(word.lower())
        and not _a_unit_word(word)
    )


def _proper_words(tokens: list[str]) -> bool:
    """Capitalised words, particles between them, no digit: a name, not a unit's words."""
    if not tokens or len(tokens) > 7 or tokens[0] in _PARTICLES:
        return False
    for token in tokens:
        if token in _PARTICLES:
            continue
        if not token[:1].isupper() or any(c.isdigit() for c in token):
            return False
    return True


def _place_item(text: str, start: int, end: int, *, beside: bool) -> str | None:
    """The label of the item ``text[start:end]`` beside an establishment, or None."""
    item = text[start:end]
    if _ACRONYM.fullmatch(item) is not None:
        return Label.ETABLISSEMENT if _an_acronym_of_a_place(item) and beside else None
    if item.isupper() and " " not in item:
        return None  # a heading's word in capitals (« IDENTITOVIGILANCE »), no acronym
    if "," in item or ";" in item or ":" in item:
        return None  # a list or a field (« Néphrologie, Dialyse », « Tél : … »), no name
    tokens = _TOKEN.findall(item.replace("’", "'"))
    if not _proper_words(tokens) or _a_territory(item):
        return None
    first = tokens[0]
    if fold(first.rstrip(".")) in TITLES:
        return None
    if (
        fold(first) in _HOSPITAL_WORDS
        and len(tokens) >= 3
        and fold(tokens[1]) in _FUNCTION_WORDS - {"l'", "d'"}
    ):
        # a hospital of the group named by its kind and whom it receives, an item of the group's letterhead
        # (« CHU DE TOULOUSE – PÔLE ENFANTS – HÔPITAL DES ENFANTS », « CHU de Lille — Maternité des
        # Lilas »): one of its sites, though its words are generic; not a day or a week hospital, a unit
        return None if fold(tokens[2]) in _PART_TIME else Label.ETABLISSEMENT
    if fold(first) in _CENTRE_WORDS:
        # three words of its own after its kind (« CENTRE DE BIOLOGIE PATHOLOGIE GÉNÉTIQUE »): a name; one
        # or two are a kind of unit (« CENTRE DE RÉÉDUCATION », « Centre de vaccinations internationales »)
        own = [t for t in tokens[1:] if fold(t) not in _FUNCTION_WORDS]
        return Label.ETABLISSEMENT if len(own) >= 3 else None
    if len(tokens) > 4:
        return None
    if load_lexicon().commune(item) is not None and not is_common_word(item.lower()):
        return Label.VILLE
    if is_first_name(first) or all(
        is_common_word(p.lower()) or _a_unit_word(p) for p in first.split("-") if p
    ):
        return None  # (« ANESTHÉSIE-RÉANIMATION », « Pneumo »: a unit's words)
    if any(_a_unit_word(p) for t in tokens for p in t.split("-") if p):
        return None
    return Label.ETABLISSEMENT


def _initials(name: str) -> str:
    return "".join(
        w[0].upper() for w in re.findall(r"[^\W\d_][\w\-]*", name.replace("’", "'")) if w[0].isupper()
    )


def _acronym_of(acronym: str, name: str) -> bool:
    """The acronym's letters are the capitals of the name's words, in order (« CHOG », « Centre
    Hospitalier de l'Ouest Guyanais »)."""
    initials = iter(_initials(name))
    return acronym[0] == _initials(name)[:1] and all(c in initials for c in acronym.replace("-", ""))


# A dash after an establishment (its acronym in brackets between, maybe), then capitalised words that end
# the line: the town it stands in, as a banner or a letterhead prints it (« CHM — Mamoudzou », « Hôpital
# Louis-Mourier (AP-HP) — Colombes »).
_TOWN_AFTER_A_DASH = re.compile(
    rf"(?:[ \t]*\([A-Z][A-Z\-]{{1,8}}\))?[ \t]*(?:[—–]|[ \t]-)[ \t]*"
    rf"(?P<town>[{UPPER}][{LOWER}]+(?:(?:-|[ \t]+)(?:[{UPPER}][{LOWER}]+|(?:sur|sous|en|lès|les|le|la|de|du|des)(?=-)))*)"
    r"[ \t]*(?=\n|$)"
)
# (the establishments' recogniser read these towns before the chain did: its name and score stay theirs,
# so that no finding changes)
_TOWN_SOURCE = EstablishmentRecogniser.name


def _towns_after_a_dash(text: str, found: Sequence[Finding]) -> list[Finding]:
    """The commune after an establishment and a dash, ending its line (``_TOWN_AFTER_A_DASH``): a commune
    of the list, a French word too (« Colombes »), in this place a town; not a unit (« — Pédiatrie »).
    After what the establishments' recogniser found, whatever its score."""
    if "—" not in text and "–" not in text and " - " not in text:
        return []
    lexicon = load_lexicon()
    out = []
    for f in found:
        if f.label is not Label.ETABLISSEMENT or f.source != _TOWN_SOURCE:
            continue
        m = _TOWN_AFTER_A_DASH.match(text, f.end)
        if m is None:
            continue
        commune = lexicon.commune(m["town"])
        if commune is not None and not commune.abroad and m["town"].lower() not in GENERIC:
            out.append(Finding(m.start("town"), m.end("town"), Label.VILLE, 0.8, _TOWN_SOURCE))
    return out


def _mail_acronyms(text: str, found: Sequence[Finding], min_score: float) -> list[Finding]:
    """:func:`~egide.detect.places.mail_domain_acronym.domain_acronyms`, asked only of a text with an
    « @ » in it."""
    if "@" not in text:
        return []
    return domain_acronyms(text, found, [(f.start, f.end) for f in found if f.score >= min_score])


def chain_items(doc: Document, found: Sequence[Finding], min_score: float = 0.5) -> list[Finding]:
    """The items of a letterhead's chain beside an establishment of ``found``, the town after one and a
    dash ending its line, a short name alone as an item of a chain of three, and the acronym an e-mail's
    domain gives (:mod:`~egide.detect.places.mail_domain_acronym`)."""
    text = doc.text
    written = doc.written
    # (with them, the establishment's acronym that an e-mail's domain says, « <x@ghbs.bzh> … GHBS »: items
    # taken before the chain's are read)
    towns = [*_towns_after_a_dash(text, found), *_mail_acronyms(text, found, min_score)]
    places = [f for f in found if f.label == Label.ETABLISSEMENT and f.score >= min_score]
    has_chain = " - " in text or " / " in text or "·" in text or " | " in text or "•" in text
    if not places and not has_chain:
        return towns
    # (a town read above is an item taken, as the other findings are)
    taken = [(f.start, f.end) for f in (*found, *towns) if f.score >= min_score]
    out: list[Finding] = [*towns]
    done_lines: set[int] = set()
    for f in places:
        bracket = _BRACKETED_ACRONYM.match(text, f.end)
        if bracket is not None:
            acronym = bracket["acronym"]
            if (
                bracket["code"] is not None  # « (GH70) »: a kind's letters made one group's by its number
                or _acronym_of(acronym, text[f.start : f.end])
                or _an_acronym_of_a_place(acronym)
            ):
                out.append(
                    Finding(
                        bracket.start("acronym"), bracket.end("acronym"), Label.ETABLISSEMENT, 0.8, SOURCE
                    )
                )
        if not has_chain:
            continue
        # (the lines as written: in the second reading, a line break read as a space still ends an item,
        # « LBM … — Draguignan⏎NOM X » is no item « Draguignan NOM X »)
        line_start = written.rfind("\n", 0, f.start) + 1
        if line_start in done_lines:
            continue
        done_lines.add(line_start)
        line_end = written.find("\n", max(f.start, f.end - 1))
        line_end = len(text) if line_end == -1 else line_end
        if text.count("|", line_start, line_end) >= 3:
            continue  # a table's row (« date | name | year | → GHSR | AVP »): its cells are no letterhead's items
        items = _items(text, line_start, line_end)
        if len(items) < 2:
            continue
        anchors = [k for k, (a, b) in enumerate(items) if any(g.start < b and a < g.end for g in places)]
        for index, (a, b) in enumerate(items):
            acronym = _ACRONYM.match(text, a)
            if (
                acronym is not None
                and acronym.end() < b
                and text[acronym.end()] in " \t"
                and any(
                    _acronym_of(acronym.group(), text[ia:ib])
                    and len(acronym.group()) == len(_initials(text[ia:ib]))
                    for k, (ia, ib) in enumerate(items)
                    if k in anchors and k != index
                )
            ):
                # « Institut Fédératif de Biologie — IFB Purpan »: the acronym of the establishment
                # written out on the line, before its site
                out.append(Finding(a, acronym.end(), Label.ETABLISSEMENT, 0.75, SOURCE))
            covering = [g for g in places if g.start < b and a < g.end]
            if covering:
                # a site's qualifier after the establishment's found part (« CHRU NANCY – Brabois Adultes »)
                last = max(g.end for g in covering)
                rest = text[last:b].split()
                if (
                    last < b
                    and min(g.start for g in covering) <= a
                    and text[last : last + 1] in " \t"
                    and rest
                    and len(rest) <= 2
                    and all(w[:1].isupper() and fold(w) in _SITE_PARTS for w in rest)
                ):
                    out.append(Finding(a, b, Label.ETABLISSEMENT, 0.75, SOURCE))
                continue
            if any(s < b and a < e for s, e in taken):
                continue
            # (an acronym only right beside the establishment's item: « CH d'Évry / CHSF »)
            label = _place_item(text, a, b, beside=any(abs(index - k) == 1 for k in anchors))
            if label is not None:
                out.append(Finding(a, b, label, 0.75, SOURCE))
    if has_chain:
        out.extend(_short_names_alone(doc, taken))
    out.extend(_acronyms_again(text, [*places, *(f for f in out if f.label == Label.ETABLISSEMENT)], taken))
    return out


def _acronyms_again(text: str, places: Sequence[Finding], taken: list[tuple[int, int]]) -> list[Finding]:
    """Every other stand-alone occurrence of an establishment's own acronym found in the text (« CHU
    Strasbourg — IRTEK » then « contrôle à l'IRTEK », « RCP IRTEK »): the text said once what it names.
    Only an acronym of three capitals or more that names no kind of structure (« CHU », « EHPAD »)."""
    acronyms = {
        word
        for f in places
        if (word := text[f.start : f.end]).isupper()
        and word.isalpha()
        and 3 <= len(word) <= 8
        and word not in _NOT_PLACES
        and not _a_territory(word)
    }
    if not acronyms:
        return []
    seen = {(f.start, f.end) for f in places}
    # (after an elided article too: « à l'IRTEK »)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(acronyms))) + r")(?![\w-])")
    out = []
    for m in pattern.finditer(text):
        a, b = m.span()
        if (a, b) in seen or any(s < b and a < e for s, e in taken):
            continue
        out.append(Finding(a, b, Label.ETABLISSEMENT, 0.7, SOURCE))
    return out


_SEPARATOR_BEFORE = re.compile(r"(?:[ \t][-/|•][ \t]+|[ \t]*·[ \t]*)\Z")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_SEPARATOR_AFTER = re.compile(r"[ \t]+[-/|•][ \t]|[ \t]*·")


def _short_names_alone(doc: Document, taken: list[tuple[int, int]]) -> list[Finding]:
    """A hospital's short name alone between two separators, in a chain of three items or more; read
    where the establishments' recogniser saw a short name may start (its cache, no scan of its own)."""
    text = doc.written  # (its line breaks end a chain's item in the second reading too)
    out = []
    for a in doc.shared_by_readings(name_starts)[1]:
        name = SHORT_NAME.match(text, a)
        if name is None or _SEPARATOR_BEFORE.search(text, max(0, a - 4), a) is None:
            continue
        b = name.end()
        # (a town found inside the name does not stop it: « Charles-Foix » holds « Foix »)
        if any(s < b and a < e and not (a <= s and e <= b and (s, e) != (a, b)) for s, e in taken):
            continue
        if _SEPARATOR_AFTER.match(text, b) is None:
            # the chain's last item, ending its line, after two items or more (« … | IPP 0012 | UF 4521
            # Gériatrie | Charles-Foix⏎ », a banner's site at its end)
            line_start = text.rfind("\n", 0, a) + 1
            if _LINE_END.match(text, b) is None or len(_SEPARATOR.findall(text, line_start, a)) < 2:
                continue
        out.append(Finding(a, b, Label.ETABLISSEMENT, 0.75, SOURCE))
    return out
