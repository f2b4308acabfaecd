"""Postcodes (CODE_POSTAL): five digits in an address context.

Five digits alone are a dose, a count or a lab value far more often than a postcode, so one is
reported only when a commune or « CEDEX » follows it (« 75013 Paris », « 20000 Ajaccio »,
« 76031 ROUEN CEDEX », also after a comma, a line break or a table cell: « 69003, Lyon », « 69003 | Lyon »),
when a postcode label precedes it (« CP : 69003 », « code postal »), when it ends a street line
(« 12 rue des Lilas, 69003 »), in brackets after a commune (« Dinan (22100) », and a department:
« Vienne (38) »), or after a residence cue (« habite dans le 13005 »; a department alone
too: « habite le 92 »). Belgian, Swiss and Luxembourg four-digit codes are read before a listed city
of those countries (« 1000 Bruxelles », « CH-1205 Genève »): see ``foreign.py``. Codes in use (La Poste base shipped in
``data/``) score higher than codes that merely have a valid department (CEDEX codes, new codes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, commune_after, fold_cached, load_lexicon
from egide.detect.recognisers.fr.dates.atoms import NUMBER_WORD

# Departments 01-95 (20 for Corsica), overseas 97x and 98x; « 75 013 » is written with a space too.
# The character before is checked in ``find``: a leading look-behind would slow the scan down. The
# department is two digits other than 00, 96 and 99, written so that the pattern starts with a
# character class: ``re`` then skips from digit to digit (an alternation first makes it try every
# position, three times slower).
# A scan spaces the last digits too (« 12 5 8 0 Villecomtal »: the department in one box, the rest one or
# two per box): read only before a capitalised commune (``spaced``).
POSTCODE = re.compile(
    r"(?P<code>[0-9][0-9](?<!00)(?<!96)(?<!99)(?:[ ]?[0-9]{3}|(?P<spaced>[ ][0-9][ ]?[0-9][ ]?[0-9])))"
    r"(?![\w/]|[.,][0-9])"
)
_NOT_BEFORE = frozenset(".,/+-")
# « F-67000 », « FR-75013 »: France's letters before a postcode, in an address written for abroad.
_COUNTRY_PREFIX = re.compile(r"(?<![\w\-])(?:F|FR)-$")
# Between a postcode and its commune: spaces, a comma, one line break, a table cell's separator, the
# slash of a form's « CP / Ville » field (« 84000 / AVIGNON »); a comma then a line break too, a
# letterhead's lines copied with their commas (« 7 bis route de Périgueux⏎24290,⏎Montignac-Lascaux »).
CODE_TO_CITY = r"(?:[ \t]*[,|;\t/][ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*|[ \t]+)"
# The words after a postcode, in any case (« 75013 Paris », « 69003 lyon »); a name cut after its hyphen
# by a line break (« Boulogne-\nBillancourt ») goes on on the next line.
CITY_WORDS = r"[^\W\d_][\w'’\-]*(?:(?:[ \t]+|(?<=-)\n)[^\W\d_][\w'’\-]*){0,5}"
_AFTER_CITY = re.compile(rf"{CODE_TO_CITY}(?P<city>{CITY_WORDS})")
# A dash between spaces, then the commune (« 92120 - Montrouge »): read for a postcode in use only.
_DASH_CITY = re.compile(rf"[ \t]+[-–—][ \t]+(?P<city>{CITY_WORDS})")
# (a comma may part the code from its commune: « CS 60015, 95001, Cergy-Pontoise Cedex »)
_CEDEX_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]+(?=(?-i:[A-ZÀ-Þ]))|[ \t]+)(?:[^\W\d_][\w'’\- ]{0,40}?[ \t]+)?CEDEX\b", re.IGNORECASE
)
# « CP : 69003 », « code postal de résidence 37100 » (two words may name which one), « Code postal :
# |37400| » (a form's box).
_LABEL_BEFORE = re.compile(
    r"(?:\bCP|\bC\.P\.|(?:code|Code|CODE)[ \t]+(?:postal|POSTAL)(?:[ \t]+(?:de|du|des|d['’])?[ \t]*[^\W\d_]{3,}){0,2})"
    r"[ \t]*:?[ \t]*[|\[]?[ \t]*$"
    # or a record export's field code, the « = » glued to it (« PAT.CP=31100|PAT.VILLE=… »), after the
    # dot, the bar or the underscore of its record, never after a count (« 1 CP=20000 UI »)
    r"|(?:^|(?<=[.|_\n]))(?:CP|CODE_?POSTAL)=$"
)
# A postcode typed one digit a box after its label (« CP |5 9 1 6 0| »).
_BOXED_CODE = re.compile(r"\bCP[ \t]*:?[ \t]*\|[ \t]?(?P<code>[0-9](?: [0-9]){4})[ \t]?\|")
_STREET_BEFORE = re.compile(
    r"(?i:\b(?:rue|avenue|av|bd|boulevard|impasse|allée|place|route|quai|chemin|cours|résidence|lieu-dit|"
    r"BP|CS|cedex))\b[^\n]{0,60},[ \t]*$"
)


# « habite dans le 13005 », « vit dans le 92 », « originaire du 93 »: a residence cue, then a postcode or
# a department alone (2A/2B for Corsica, 971-976 overseas). « dans le » alone is enough for a postcode in
# use; a department needs the residence word.
# Opening on a class, not an alternation, for a fast scan: the word (« le », « Le », « du ») is checked in code.
_LE_CODE = re.compile(
    r"[lLd][eu][ \t]+(?P<code>97[1-6](?![0-9])|[0-9][0-9AB](?:[ ]?[0-9]{3})?)(?![\w/]|[.,][0-9])"
)
_RESIDENCE_BEFORE = re.compile(
    r"(?i:habite|habitait|habitent|habitant|vit|vivait|vivent|réside|résidait|résidant|domiciliée?s?|demeurant"
    r"|demeure|installée?s?|originaire|secteur)[ \t]+(?:(?:dans|en|à)[ \t]+)?$"
)
_BRACKETED_DEPARTMENT = re.compile(r"\((?P<code>97[1-6]|[0-9][0-9AB])\)")
_DANS_BEFORE = re.compile(r"(?i:dans)[ \t]+$")
# A unit, a count or a month after the number: « dans le 92 % », « habite le 12 mai » (a date).
_NOT_A_PLACE_AFTER = re.compile(
    r"[ \t]*(?:%|‰|ans|an|fois|mg|kg|g|ml|km|m|h|heures?|jours?|min|mois|er"
    r"|(?i:janv|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept?|oct|nov|d[ée]c)[^\W\d_]*\.?)(?![\w])"
)


# A postcode dictated in words after its label (« code postal quarante-deux quatre cents », « CP :
# vingt-neuf mille »): the department's number, then its hundreds or thousands, as a voice reads it.
# Two number words at least: « code postal trois » alone is no dictation.
_NUMBER_PART = rf"(?:{NUMBER_WORD}|mille|cents?)"
_DICTATED = re.compile(
    rf"(?<![\w])(?:(?i:code[ \t]+postal)|CP)[ \t]*:?[ \t]*"
    rf"(?P<value>(?i:{_NUMBER_PART}(?:[ \t,\-]+{_NUMBER_PART}){{1,6}}))(?![\w\-])"
)


class PostcodeRecogniser:
    """CODE_POSTAL: a French postcode in an address."""

    name = "fr_postcode"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in finditer(POSTCODE, text):
            start = m.start()
            glued = start > 0 and text[start - 1] == ","
            # « 1945,73000 Chambéry »: after a number and a comma typed without a space, five digits
            # are the decimals of that number unless a capitalised commune or « CEDEX » follows.
            after_number = glued and text[start - 2 : start - 1].isdigit()
            if (
                start
                and not glued
                and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE or text[start - 1] == "_")
            ):
                country = (
                    _COUNTRY_PREFIX.search(text, max(0, start - 4), start) if text[start - 1] == "-" else None
                )
                if country is not None:
                    # « F-67000 Strasbourg », « FR-75013 »: the country's letter written before the code
                    score = self._score(text, m, country.start())
                    if score is not None:
                        yield Finding(country.start(), m.end(), Label.CODE_POSTAL, score, self.name)
                continue
            score = self._score(text, m)
            if glued and score is not None and not _AFTER_CITY.match(text, m.end()):
                continue  # « rue des Lilas,76260 Eu » typed without a space; « 1,50000 » is a number
            if (after_number or m["spaced"]) and not self._capitalised_commune_after(text, m.end()):
                continue
            if score is not None:
                yield Finding(m.start(), m.end(), Label.CODE_POSTAL, score, self.name)
        yield from self._after_residence(text)
        yield from self._department_in_brackets(text)
        if "|" in text and "CP" in text:
            for m in _BOXED_CODE.finditer(text):
                # « CP |5 9 1 6 0| »: a form's boxes, one digit a box
                if m["code"].replace(" ", "") in self.lexicon.postcodes:
                    yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.9, self.name)
        # (only where « CP » or « postal » stands: a text without them holds no dictated postcode, and
        # the pattern, tried at every « c », is not run; « ſ » is the long s that IGNORECASE reads as s)
        if "CP" not in text and "postal" not in doc.lower and "\u017f" not in text:
            return
        for m in finditer(_DICTATED, text):  # tried at « c » only: same matches
            # « code postal quarante-deux quatre cents »: a dictated postcode, in words after its label
            yield Finding(m.start("value"), m.end("value"), Label.CODE_POSTAL, 0.8, self.name)

    def _capitalised_commune_after(self, text: str, end: int) -> bool:
        if _CEDEX_AFTER.match(text, end):
            return True
        city = _AFTER_CITY.match(text, end)
        return bool(
            city
            and text[city.start("city")].isupper()
            and commune_after(self.lexicon, text, city.start("city"), city.end("city"))
        )

    def _department_in_brackets(self, text: str) -> Iterator[Finding]:
        """« Vienne (38) », « né à Lyon (69) »: a department in brackets after a commune."""
        for m in _BRACKETED_DEPARTMENT.finditer(text):
            start, end = m.start("code"), m.end("code")
            if _is_department(m["code"]) and _commune_in_brackets_before(
                self.lexicon, text, start, end, department=True
            ):
                yield Finding(start, end, Label.CODE_POSTAL, 0.8, self.name)

    def _after_residence(self, text: str) -> Iterator[Finding]:
        for m in _LE_CODE.finditer(text):
            start = m.start()
            if text[start : start + 2] not in ("le", "Le", "du"):
                continue
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            if _NOT_A_PLACE_AFTER.match(text, m.end()):
                continue
            code = m["code"].replace(" ", "")
            window = max(0, start - 30)
            if len(code) == 5:
                if code in self.lexicon.postcodes and (
                    _RESIDENCE_BEFORE.search(text, window, start) or _DANS_BEFORE.search(text, window, start)
                ):
                    yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.85, self.name)
            elif _is_department(code) and _RESIDENCE_BEFORE.search(text, window, start):
                yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.7, self.name)

    def _score(self, text: str, m: re.Match[str], lead: int | None = None) -> float | None:
        """The score of the code ``m`` (``lead``: where it starts with its country prefix, if any)."""
        code = m["code"].replace(" ", "")
        lead = m.start() if lead is None else lead
        known = code in self.lexicon.postcodes
        end = m.end()
        if _CEDEX_AFTER.match(text, end):
            return 0.9
        city = _AFTER_CITY.match(text, end)
        if city:
            found = commune_after(self.lexicon, text, city.start("city"), city.end("city"))
            # a capitalised commune, or one in lower case that is not a word (« 10000 ui » is a dose)
            if found and (text[city.start("city")].isupper() or (known and not found[1].ambiguous)):
                return 0.95 if known else 0.85
            if found is None and known and unlisted_commune(text, city.start("city")) is not None:
                return (
                    0.85  # « 24200 Sarlat »: the usual name of a commune the lists hold by its official one
                )
        if (
            known
            and (dashed := _DASH_CITY.match(text, end)) is not None
            and text[dashed.start("city")].isupper()
        ):
            # « 14 av. de la République - 92120 - Montrouge »: the fields of an address between dashes;
            # a capitalised commune that is no small commune of a French word (« 10000 - Vue »)
            found = commune_after(self.lexicon, text, dashed.start("city"), dashed.end("city"))
            if found is not None and not found[1].ambiguous and not found[1].abroad:
                return 0.9
        before = max(0, lead - 80)
        if known and _commune_in_brackets_before(self.lexicon, text, lead, end):
            return 0.85
        if known and commune_before_closing_code(self.lexicon, text, lead, end) is not None:
            return 0.85
        if _LABEL_BEFORE.search(text, before, lead):
            return 0.9 if known else 0.8
        if known and _STREET_BEFORE.search(text, before, lead):
            return 0.85
        if known and _alone_after_a_street_line(text, lead, end):
            return 0.8
        if known and _after_a_street_on_its_line(text, lead, end):
            return 0.85
        if known and _ITEM_END.match(text, end) and _closes_a_street(text, lead):
            return 0.8  # « Adresse : 17 rue Hoche 93500. »: the code ends the address, its town left out
        return None


# A capitalised name, maybe hyphenated (« Sarlat », « Lans-en-Vercors »), in capitals or not.
_UNLISTED = re.compile(rf"[{UPPER}][{LOWER}{UPPER}]+(?:['’\-][{UPPER}{LOWER}][{LOWER}{UPPER}]*)*(?![\w])")
# The article people write before a commune's name that the list holds without it (« 29730 Le
# Guilvinec » for Guilvinec, « 22680 L'Étables » …): read before the name, which must stand on its own.
_ARTICLE = re.compile(rf"L(?:[Ee][Ss]?|[Aa])[ \t]+(?=[{UPPER}])|L['’](?=[{UPPER}])")
# Words of an address block that follow a postcode and are no commune.
# (and the country's ISO code closing an HL7 address, « ^35000^FRA »)
_NOT_COMMUNES = frozenset(
    {"cedex", "tel", "tél", "fax", "france", "bp", "cs", "mail", "email", "portable", "fra", "bel", "che", "deu",
     "esp", "ita", "prt", "lux", "gbr",
     # the registers and numbers a practitioner's or an establishment's block prints below its postcode
     # (« 59280⏎RPPS 10101847236 »)
     "rpps", "adeli", "finess", "siret", "siren", "ipp", "nda", "nir", "ins", "urssaf", "cpam", "www", "web"}
)  # fmt: skip


def unlisted_commune(text: str, start: int) -> int | None:
    """End of a commune that no list holds, written right after a postcode in use, or None.

    The lists hold official names; people write the usual one (« 24200 Sarlat » for Sarlat-la-Canéda),
    a former commune merged since, or the locality inside a commune (« 97411 Bois-de-Nèfles »). A capitalised word there that is no French word and no word of
    an address block (« CEDEX », « Tél ») is the commune all the same."""
    article = _ARTICLE.match(text, start)
    m = _UNLISTED.match(text, article.end() if article else start)
    if m is None or len(m.group()) < 3:
        return None
    word = m.group()
    if fold_cached(word) in _NOT_COMMUNES:
        return None
    if is_common_word(word.split("-")[0]) and not _PLACE_SHAPED.search(word):
        return None
    return m.end()


# The same in a note typed in lower case (« 14 rue de l'industrie, 67800 hoenheim », « lieu-dit le moulin,
# 24200 sarlat »): no capital says the word is a name, so the line must hold an address before the
# postcode (a street's, a hamlet's or a box's word).
_LOWER_UNLISTED = re.compile(rf"[{LOWER}]{{3,}}(?:['’\-][{LOWER}]+)*(?![\w])")
_ADDRESS_WORD = re.compile(
    r"(?<![\w])(?:rue|avenue|av|bd|boulevard|impasse|all[ée]e|place|chemin|route|quai|cours|square"
    r"|lotissement|lieu-dit|lieudit|hameau|r[ée]sidence|bp|cs)(?![\w])"
)


def lower_unlisted_commune(text: str, code_start: int, start: int) -> int | None:
    """End of a commune in lower case that no list holds, right after a postcode in use (``start``),
    when the postcode's line (before ``code_start``) holds an address; or None."""
    m = _LOWER_UNLISTED.match(text, start)
    if m is None:
        return None
    word = m.group()
    if fold_cached(word) in _NOT_COMMUNES or (
        is_common_word(word.split("-")[0]) and not _PLACE_SHAPED.search(word)
    ):
        return None
    line_start = text.rfind("\n", 0, code_start) + 1
    return m.end() if _ADDRESS_WORD.search(text, line_start, code_start) else None


# A hyphenated name with a link word inside is a place's name, even when it opens on a common word
# (« Bois-de-Nèfles », « Pont-de-Claix », « Port-en-Bessin »).
_PLACE_SHAPED = re.compile(r"-(?:de|du|des|en|sur|sous|lès|lez|la|le|les|aux|d['’])-?[^\W\d_]", re.IGNORECASE)


# A line that holds a numbered street (« 27 rue Victor Hugo Saint-Étienne »), whatever follows it.
_STREET_LINE = re.compile(
    r"(?<![\w])[0-9]{1,4}(?:[ \t]?(?:bis|ter))?[ \t]*,?[ \t]*(?i:rue|avenue|av\.?|bd|boulevard|impasse|allée|place"
    r"|chemin|route|quai|cours|square|lotissement|lieu-dit)(?![\w])[^\n]*$"
)
# The end of a line, maybe the border of a table's row (« | 44300 | »).
_LINE_END = re.compile(r"[ \t]*(?:\|[ \t]*)?(?:\n|$)")
_CAPITAL_AFTER = re.compile(rf"[ \t]+[{UPPER}]")
# The end of an item after the code: a full stop, a semicolon or the line's end.
_ITEM_END = re.compile(r"[ \t]*(?:[.;)](?:[ \t]|\n|$)|\n|$)")


def _after_a_street_on_its_line(text: str, start: int, end: int) -> bool:
    """A numbered street line, then the code on the same line without a comma, then a capitalised word:
    « 14 chemin Piton Bâtard 97411 Bois-de-Nèfles », whatever the lists say of the word."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _CAPITAL_AFTER.match(text, end) is not None
        and _STREET_LINE.search(text, line_start, start) is not None
    )


def _closes_a_street(text: str, start: int) -> bool:
    """A numbered street on the code's line, its words running up to the code without a comma, a colon
    or a semicolon (« 17 rue Hoche 93500. »; not « 12 rue des Lilas, dose 10000. »)."""
    street = _STREET_LINE.search(text, text.rfind("\n", 0, start) + 1, start)
    return street is not None and not any(c in ",;:" for c in text[street.start() : start])


def _alone_after_a_street_line(text: str, start: int, end: int) -> bool:
    """The code fills its line and the line before holds a numbered street: an address block whose
    commune came before its code, or on the street's line (« 27 rue Victor Hugo Saint-Étienne\n42000 »)."""
    line_start = text.rfind("\n", 0, start) + 1
    # (a row of a table: « | 7 allée des Tilleuls |⏎| 44300 | »)
    if line_start == 0 or text[line_start:start].strip(" \t|") or not _LINE_END.match(text, end):
        return False
    previous = text.rfind("\n", 0, line_start - 1) + 1
    return _STREET_LINE.search(text, previous, line_start - 1) is not None


def _is_department(code: str) -> bool:
    """01-95 (2A, 2B for Corsica; « 20 » is its old number) and 971-976 overseas."""
    if code in ("2A", "2B"):
        return True
    if len(code) == 3:
        return code.isdigit() and 971 <= int(code) <= 976
    return code.isdigit() and len(code) == 2 and 1 <= int(code) <= 95


# « Dinan (22100) », « Saint-Malo (35400) »: a capitalised commune, then its code in brackets.
_A_BEFORE = re.compile(r"(?<![\w])[àa][ \t]+$")
# The bracket may open the next line (« vit à Saint-Malo\n(35400) »: a line wrapped before it).
# (or a table's next row: « | vit à Saint-Malo |⏎| (35400) | »)
_WORDS_BEFORE_BRACKET = re.compile(
    r"((?:[^\W\d_][\w'’\-]*[ \t]+){0,3}[^\W\d_][\w'’\-]*)[ \t]*(?:\|[ \t]*)?\n?[ \t]*(?:\|[ \t]*)?\($"
)


def _commune_in_brackets_before(
    lexicon: Lexicon, text: str, start: int, end: int, *, department: bool = False
) -> bool:
    """True when a capitalised commune stands right before the code in brackets. A department (two
    digits) is a weaker sign than a postcode: a commune that is also a word needs « à » before it
    (« domicilié à Vienne (38) », but « score de Sens (12) » is no place)."""
    if not (start and text[start - 1] == "(" and text[end : end + 1] == ")"):
        return False
    words = _WORDS_BEFORE_BRACKET.search(text, max(0, start - 60), start)
    if words is None:
        return False
    base = words.start(1)
    spans = [(base + w.start(), base + w.end()) for w in re.finditer(r"\S+", words.group(1))]
    for k in range(len(spans)):  # the longest name first (« Saint-Pierre d'Oléron »)
        name_start = spans[k][0]
        name = text[name_start : words.end(1)]
        commune = lexicon.commune(name)
        if commune is None or not name[0].isupper():
            continue
        if commune.ambiguous and department:
            continue  # (a postcode in use, five digits, names the place a small commune that is also a
            # word is: « à Privas (07000) », « Saint-Jean (31240) »; two digits are too little)
        if not department or not commune.is_word:
            return True
        return _A_BEFORE.search(text, max(0, name_start - 8), name_start) is not None
    return False


# The code closes the address: the end of the line, a bracket, a comma, a semicolon, a cell, a stop.
# (or a banner's dash before its next field: « Adresse : 12 rue X, Nouméa 98800 — Tél : … »)
_CLOSES_ADDRESS = re.compile(r"[ \t]*(?:$|\n|[),;|]|\.(?![0-9]))|[ \t]+[-—–][ \t]")
# A comma or spaces between a commune and its code, on one line (« Quimper, 29000 », « Quimper 29000 »),
# or the dash of a form's field (« Commune de décès : Saint-Pierre — 97250 », « Vannes - 56000 »).
_CITY_TO_CODE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+[-–—][ \t]+|[ \t]+)$")
_NAME_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’\-]*[ \t]+){0,3}[^\W\d_][\w'’\-]*$")


def commune_before_closing_code(lexicon: Lexicon, text: str, start: int, end: int) -> int | None:
    """Where the commune written right before the postcode ``text[start:end]`` starts, when the code
    closes the address (« Mairie (Quimper, 29000) », « Rostrenen, 22110⏎ », « Centre social
    (Saint-Pierre, 97410) »: the order of a form or a line typed in a hurry, commune first); None
    otherwise. The commune is capitalised, in France, and no small commune that is also a French word
    (« Vue, 44640 » says nothing)."""
    if not _CLOSES_ADDRESS.match(text, end):
        return None
    gap = _CITY_TO_CODE.search(text, max(0, start - 4), start)
    if gap is None:
        return None
    words = _NAME_WORDS_BEFORE.search(text, max(0, gap.start() - 64), gap.start())
    if words is None:
        return None
    base = words.start()
    for w in re.finditer(r"\S+", words.group()):  # the longest name first (« Saint-Pierre d'Oléron »)
        name_start = base + w.start()
        name = text[name_start : gap.start()]
        commune = lexicon.commune(name)
        if commune is None or not name[0].isupper() or commune.abroad or commune.ambiguous:
            continue
        return name_start
    return None
