"""Street lines of addresses abroad (ADRESSE), with the postcode and town that follow them
(CODE_POSTAL, VILLE): « Kirchstrasse 14, 4051 Basel », « Hauptstraße 5, 10115 Berlin », « Calle Mayor 12,
28013 Madrid », « Rua das Flores 27, 4050-262 Porto », « Atatürk Cad. No: 15 D: 4, 34710 Kadıköy/İstanbul », « Avenida da Liberdade 110, 3.º esq., 1250-146 Lisboa »
(the floor and side after the number), « Via Roma 21 », « 12 Baker Street », « Strada Lăpușneanu 27 », and the
type typed in lower case before a postcode and a town (« rua das Flores 88, 4050-265 Porto »).

Patients live or were born abroad, relatives write from there: their addresses follow the order of
their country, the number after the street's name, with a street type that ``address.py`` does not
know (« -strasse », « Calle », « Rua », « Via », « Street »). A street type and a capitalised name are
not enough (« Via Twitter », « la Piazza »): the house number must be there, after the name (or before
it in the English order), which no sentence writes so. Not after a company's name (« … GmbH, Industriestrasse 32 »): leaflets
print the addresses of laboratories, which identify no patient. The postcode after the street line is read in
the shape of its country (four or five digits, « 4050-262 » in Portugal) and its town is the capitalised
words after it: none of them is in the French lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.medicines import COMPANY_FORMS
from egide.detect.needles import Needles
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.recognisers.fr.dates.atoms import UNIT_AFTER

_CAP = rf"[{UPPER}][{LOWER}{UPPER}'’\-]*"
_LINKS = r"(?:de|del|della|dei|degli|da|das|do|dos|di|van|der|den|la|las|los|le|les)"
# A title abbreviated in a street's name (« Rua Dr. Francisco Pires Gonçalves 45 », « Calle Gral. Prim 3 »,
# « Avenida Eng. Duarte Pacheco 26 »): a word of the name.
_TITLE_WORD = r"(?:Dr|Dra|Prof|Eng|Gral|Gen|Pres|Sr|Sra|Sto|Sta|Av|Cde|Cap|Mons|Pe|Fr)\."
# The house number: not a quantity (« Largo 3 fois par jour »).
_HOUSE = rf"(?:[0-9]{{1,4}}[a-zA-Z]?)(?![\w,.][0-9])(?![\w])(?!{UNIT_AFTER})"
# The English street types, after the name (« Mill Lane », « Kingsway Crescent »); « Avenue », « Place » and
# « Square » are French words too: capitalised after a capitalised name and a number first, they are
# English (« 15 Park Avenue »; a French line writes « 15 avenue du Parc »).
# In capitals too, as a form or a scanned letter types them (« 12 MAIN STREET »), but for those three:
# « 12 JUIN MISE EN PLACE » would read as a street in a text typed in capitals.
_ENGLISH_ONLY = (
    "Street",
    "Road",
    "Lane",
    "Close",
    "Drive",
    "Crescent",
    "Gardens",
    "Terrace",
    "Grove",
    "Mews",
    "Way",
    # (the rows and hills of British towns: « 3 Church Row », « 8 Castle Hill », « 2 Abbey Walk »; their
    # seafronts and courts below: « 14 Marine Parade », « 5 Kings Court »)
    "Parade",
    "Row",
    "Walk",
    "Hill",
)
# (French words too, as « Avenue » is: capitalised only, never in capitals)
_ENGLISH_AND_FRENCH = ("Avenue", "Place", "Square", "Court", "Parade", "Esplanade")
_ENGLISH_TYPES = "|".join((*_ENGLISH_ONLY, *(t.upper() for t in _ENGLISH_ONLY), *_ENGLISH_AND_FRENCH))
_STREET = re.compile(
    rf"""
    (?<![\w])
    (?:
        # German and Swiss German: the type glued to the name or after it (« Kirchstrasse », « Berliner Straße »)
        (?:{_CAP}[ \t-])? [{UPPER}][{LOWER}]+ (?:stra(?:ss|ß)e|str\.|gasse)
        [ \t]+ {_HOUSE}
        # Dutch and Flemish: the type glued to the name, the number after (« Kortrijksestraat 214 »,
        # « Molenlaan 3 », « Brusselsesteenweg 40 », « Kerkplein 2 »)
      | [{UPPER}][{LOWER}]{{2,}} (?:straat|laan|steenweg|weg|plein|dreef|gracht|kade|singel)
        [ \t]+ {_HOUSE}
        # German, Swiss, Dutch and Flemish names whose glued type is a word of names too (« Spalenring
        # 138 », « Zeedijk 201 », « Lindenallee 4 », « Marktplatz 7 », « Rosenberg 12 »): only before
        # the postcode and town that close the address (``_line``), a surname and a number being no
        # street otherwise
      | (?P<weak>[{UPPER}][{LOWER}]{{2,}} (?:ring|allee|platz|damm|ufer|graben|dijk|kaai|markt|vest|berg|hof|feld
        |stieg|pfad|matt|acker|halde|wil|weid|gaard|veld|dam|dyk) [ \t]+ {_HOUSE})
      # (the type apart, abbreviated too: « Kölner Str. 12 », « Berliner Straße 4 »)
      | (?:{_CAP}[ \t]+)? (?:Stra(?:ss|ß)e|Str\.|Gasse) [ \t]+ {_HOUSE}
        # Alsace and Moselle, in German or Alsatian: the number first (« 12 Rebgass », « 3 Kirchgasse »,
        # « 7 Mühlgässel »), and the street plates in Platt or Luxembourgish by the French name of the
        # northern Alsace and Moselle villages (« 2 Hauptstrooss / rue Principale », « 5 Kierchestross »)
      | [0-9]{{1,4}}[a-zA-Z]? ,? [ \t]+ [{UPPER}][{LOWER}]+ (?:stra(?:ss|ß)e|stro(?:o)?ss(?:e)?|g(?:a|ä)ss(?:e|el|le)?)(?![\w])
        # Spanish, Italian, Portuguese, Dutch: the type, the name, then the number
      | (?:(?:Calle|Avenida|Avda\.|Via|Viale|Piazza|Piazzale|Corso|Rua|Praça|Straat
        # Catalan (« Carrer de la Muralla 18 », « Passeig de Gràcia 43 », « Avinguda Diagonal 12 »)
        |Carrer|Passeig|Avinguda|Plaça
        # more Spanish and Portuguese types (« Plaza Mayor 3 », « Paseo del Prado 8 », « Travessa do
        # Carmo 8 », « Ronda de Sant Pere 5 », « Alameda dos Oceanos 12 », « Rambla Nova 40 »)
        |Plaza|Paseo|Camino|Carretera|Ronda|Travesía|Travessa|Travessera|Rambla|Alameda|Estrada
        # Romanian and Italian, without « nr. » (« Strada Lăpușneanu 27 », « Calea Victoriei 45 »)
        |Strada|Calea|Aleea|Bulevardul|Splaiul|Intrarea)[ \t]+
        # the type typed in lower case (« rua das Flores 88, 4050-265 Porto »): only before the postcode
        # and town (``_line``)
        |(?P<lower_type>calle|rua|carrer|avenida|avinguda|strada|praça|plaza|paseo|travessa|via|viale|piazza|corso)[ \t]+
        # the Spanish « calle » abbreviated, the name glued or after a space (« C/ Sant Pere 14 »,
        # « C/de la Pau 3 »)
        |C/[ \t]*)
        (?:{_LINKS}[ \t]+){{0,2}} (?:{_TITLE_WORD}[ \t]+)? {_CAP} (?:[ \t]+ (?:{_LINKS}[ \t]+)? {_CAP}){{0,3}} [ \t]* ,? [ \t]* {_HOUSE}
        # the same types after the number, as a French writer orders the line (« 12 calle Mayor, 22700
        # Jaca », « 5 rua das Flores, 4050-262 Porto »): only before the postcode and town (``_line``)
      | (?P<number_first>[0-9]{{1,4}}[a-zA-Z]? ,? [ \t]+
        (?i:calle|avenida|rua|praça|carrer|passeig|avinguda|plaça|plaza|paseo|travessa|rambla|alameda|via|viale|piazza|corso)
        [ \t]+ (?:{_LINKS}[ \t]+){{0,2}} {_CAP} (?:[ \t]+ (?:{_LINKS}[ \t]+)? {_CAP}){{0,3}})
        # Romanian: the type, the name, then « nr. » and the number (« Str. Memorandumului nr. 28 »,
        # « Bd. Unirii nr. 7 », « Calea Victoriei nr. 45 », « Aleea Lalelelor nr. 2 »)
      | (?P<romanian>(?:Str\.|Strada|Bd\.|Bdul\.?|B-dul\.?|Bulevardul|Calea|Aleea|Splaiul|Intrarea|[ŞȘS]os\.|[ŞȘ]oseaua
          |Pia[ţț]a)
        [ \t]+ {_CAP} (?:[ \t]+ {_CAP}){{0,3}} [ \t]* ,? [ \t]* (?:nr|Nr|NR)\.? [ \t]* {_HOUSE})
        # Polish: the type abbreviated or whole, the name, then the house's number and the flat's after a
        # slash (« ul. Narutowicza 9/4 », « ulica Długa 12 », « aleja Róż 3/15 », « osiedle Słoneczne
        # 4/22 »); « al. » and « os. » are left out (« et al. », « des os. »)
      | (?P<polish>(?:ul\.|ulica|aleja|osiedle|Ul\.|Ulica|Aleja|Osiedle) [ \t]+ {_CAP} (?:[ \t]+ {_CAP}){{0,3}}
        [ \t]+ [0-9]{{1,4}}[a-zA-Z]? (?:/[0-9]{{1,4}}[a-zA-Z]?)? (?![\w/]))
        # Belgian, Swiss and Luxembourgish French: the French type, the name, then the number and the box
        # (« Rue du Marché 14 bte 3, 1348 Louvain-la-Neuve », « Avenue de la Gare 9, 1950 Sion »): only
        # before the postcode and the town (``_line``), a French line writing its number first
      | (?P<number_after>(?:Rue|Avenue|Chaussée|Boulevard|Place|Chemin|Route|Quai|Impasse|Allée|Drève|Clos|Square)
        [ \t]+ (?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’])[ \t]*)? {_CAP}
        (?:[ \t]+ (?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’])[ \t]*)? {_CAP}){{0,3}} [ \t]+ {_HOUSE}
        (?:[ \t]+(?:bte|boîte|bus)[ \t]*[0-9A-Z]{{1,4}}(?![\w]))?)
        # English: the number, the name, then the type (« 22 Mill Lane », « 7 Oak Close », « 15 Park Avenue »)
      | (?P<english>[0-9]{{1,4}}[a-zA-Z]? ,? [ \t]+ {_CAP} (?:[ \t]+{_CAP}){{0,2}} [ \t]+
        (?:{_ENGLISH_TYPES})(?![\w]))
        # Turkish: the name, the type (« Cad. », « Sok. », « Bulvarı »), « No: » and the number, then the
        # flat's (« Atatürk Cad. No: 15 D: 4 », « Bağdat Caddesi No 12 »)
      | {_CAP} (?:[ \t]+{_CAP}){{0,2}} [ \t]+ (?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.)
        [ \t]* ,? [ \t]* No [ \t]* [:.]? [ \t]* {_HOUSE}
        (?: [ \t]* [/,]? [ \t]* (?:D|Daire|Kat) [ \t]* [:.]? [ \t]* [0-9]{{1,3}}(?![\w]) )?
    )
    """,
    re.VERBOSE,
)
# The floor and side after the house number, as Portugal, Spain and Italy write them (« 3.º esq. »,
# « 2º dto », « 1.º andar », « r/c », « 3º B », « piso 2 », « bajo », « scala B, int. 4 »): part of the line.
# (Catalonia and Spain give the door as a number too: « 3º 2ª », « 4º-1ª »; Romania the block, the
# staircase, the floor and the flat: « bl. A3, sc. 2, et. 4, ap. 14 »)
_FLOOR = re.compile(
    r"(?:[ \t]*,[ \t]*(?:[0-9]{1,2}\.?[ºª°](?:[ \t-]*(?:esq|dto|dt|dir|andar|izq|izda|dcha|[A-Z]|[0-9]{1,2}\.?[ºª°])"
    r"(?![\w])\.?)?"
    r"|r/c|piso[ \t]+[0-9]{1,2}|bajo|planta[ \t]+[0-9]{1,2}|scala[ \t]+[A-Z]|int\.[ \t]*[0-9]{1,3}"
    r"|(?:bl|sc|et|ap)\.[ \t]*[0-9A-Z]{1,4}(?![\w])))+"
)
# After the street line, on the same line: the postcode in the shape of its country, then the town.
# A German town named by its river or its region (« Freiburg im Breisgau », « Frankfurt am Main », « Halle
# an der Saale », « Rothenburg ob der Tauber »).
_GERMAN_TOWN_TAIL = rf"(?:[ \t]+(?:im|am|an[ \t]+der|ob[ \t]+der|in[ \t]+der)[ \t]+{_CAP})?"
# A Portuguese code (« 4900-561 ») is told by its shape: the town may have come before the street.
_CODE_AND_TOWN = re.compile(
    # (six digits in Romania: « 400012 Cluj-Napoca »)
    # (« 20-016 Lublin »: two digits, a hyphen, three, in Poland)
    rf"[ \t]*,[ \t]*(?:[A-Z]{{1,2}}-)?(?P<code>[0-9]{{4,6}}(?:-[0-9]{{3}})?|[0-9]{{2}}-[0-9]{{3}})(?![\w])"
    # (a district and its province after a slash: « 34710 Kadıköy/İstanbul »)
    rf"(?:[ \t]+(?P<town>{_CAP}(?:(?:[ \t-]|[ \t]?/[ \t]?){_CAP}){{0,2}}{_GERMAN_TOWN_TAIL})|(?<=-[0-9]{{3}})(?![ \t]*[0-9])"
    # the code alone at the line's end, its town written before the street (« Figueres (Espagne),
    # Carrer de la Muralla 18, 17600⏎ »), or before a comma and the sentence that goes on (« …, 17600,
    # en vacances »)
    r"|(?=[ \t]*(?:\n|$))|(?<=[0-9]{5})(?=[ \t]*[,;]))"
)
# The postcode and town after a space or on the next line, as an envelope sets them (« Zeedijk 201 8670
# Koksijde », « Kirchstraße 21⏎     77855 Achern – DEUTSCHLAND », « Spalenring 138⏎CH-4055 Basel »): four
# or five digits, maybe the country's letters, then a capitalised town, which a number of pills or a
# quantity never is.
_CODE_AND_TOWN_APART = re.compile(
    rf"(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:[A-Z]{{1,2}}[ \t]?-[ \t]?)?(?P<code>[1-9][0-9]{{3,4}})(?![\w])"
    rf"[ \t]+(?P<town>{_CAP}(?:[ \t-]{_CAP}){{0,2}}{_GERMAN_TOWN_TAIL})(?![\w])"
)
# An English line's town and county after it (« 14 Glenville Road, Ballincollig, Co. Cork »); the
# county is no identifier (a region, as a French département).
# A British postcode may follow the town, after a space or a comma (« Bristol BS1 6HY », « Cardiff,
# CF10 3AT »): the outward code (one or two letters, a digit, a digit or a letter) and the inward one (a
# digit and two letters).
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][ABD-HJLNP-UW-Z]{2}(?![\w])"
_TOWN_AND_COUNTY = re.compile(
    rf"[ \t]*,[ \t]*(?P<town>{_CAP}(?:[ \t]{_CAP}){{0,2}}?)(?:[ \t]*,[ \t]*(?P<county>(?:Co\.|CO\.|County|COUNTY)[ \t]+{_CAP}))?"
    rf"(?:[ \t]*,?[ \t]+(?P<uk>{_UK_POSTCODE}))?"
    r"(?=[ \t]*(?:[,.;)]|\n|$))"
)
# An Irish Eircode after the town or the county (« Midleton, Co. Cork, P25 X2K4 »): a routing key (a
# letter and two digits, or « D6W ») and four letters and digits of its alphabet, one digit at least.
_EIRCODE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?P<code>(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)[ \t]?(?=[A-Z]*[0-9])[0-9AC-FHKNPRTV-Y]{4})(?![\w])"
)
# The street's French name after its Alsatian or Luxembourgish one and a slash, as bilingual plates give
# both (« 2 Hauptstrooss / rue Principale »).
_FRENCH_NAME_AFTER = re.compile(
    rf"[ \t]*/[ \t]*(?:rue|route|place|chemin|impasse|allée|avenue|ruelle)[ \t]+"
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
)
# English types that are French words too (« mise en place », « avenue »): looked for, on the lower-cased
# text, only where the text writes them capitalised.
_FRENCH_TOO = ("avenue", "place", "square", "rue ", "chaussée", "boulevard", "chemin ", "route ", "quai ",
               "impasse", "allée", "drève", "clos ", "parade", "court", "esplanade")  # fmt: skip
# Words one of which every foreign street line holds, on the lower-cased text: the distinctive types
# only (not « stra », inside « administration »), so that a French note (« avenue », « court »,
# « place ») skips the pattern; the pattern is then tried around each of them only.
_NEEDLES = Needles(
    ("strasse", "straße", "str.", "gass", "gäss", "strooss", "stross", "calle", "avenida", "avda.", "via ", "viale", "piazza", "corso ",
     "rua ", "praça", "straat", "carrer", "passeig", "avinguda", "plaça", "street", "road",
     "laan ", "weg ", "plein ", "dreef ", "gracht ", "kade ", "singel ",
     "cad.", "caddesi", "cd.", "sok.", "sokak", "sk.", "bulvar", "blv.",
     "plaza", "paseo", "camino", "carretera", "ronda", "travesía", "travess", "rambla", "alameda", "estrada", "c/",
     "strada", "bd.", "bdul", "b-dul", "calea ", "aleea ", "splaiul", "intrarea", "os.", "oseaua", "piața", "piaţa",
     "lane", "close", "drive", " row", "walk", "hill", "crescent", "gardens", "terrace", "grove", "mews", " way",
     "ul.", "ulica", "aleja", "osiedle",
     "ring ", "allee ", "platz ", "damm ", "ufer ", "graben ", "dijk ", "kaai ", "markt ", "vest ", "berg ",
     "hof ", "feld ", "stieg ", "pfad ", "matt ", "acker ", "halde ", "wil ", "weid ", "gaard ",
     "veld ", "dam ", "dyk ", *_FRENCH_TOO)
)  # fmt: skip
# How far before its type word a street line may start (« Emil-von-Behring-Straße »: the name before
# the type; « 12 Baker Street »: the number and the name), and after it end.
_BEFORE, _AFTER = 48, 64


class ForeignStreetRecogniser:
    """ADRESSE, CODE_POSTAL, VILLE: a street line written in the order of another country."""

    name = "fr_foreign_street"

    def may_match(self, doc: Document) -> bool:
        """A street word is in the text, its line breaks read as spaces (« via » at a line's end;
        see :func:`egide.detect.recogniser.may_match`)."""
        low = doc.lowered
        return low is not None and _NEEDLES.found_in(low.replace("\n", " ").replace("\r", " "))

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lowered
        if low is None or not doc.holds(_NEEDLES):
            return
        text = doc.text
        done = 0
        for hit in _NEEDLES.starts(low):
            if low.startswith(_FRENCH_TOO, hit) and not text[hit].isupper():
                continue
            for m in _STREET.finditer(text, max(done, hit - _BEFORE), min(len(text), hit + _AFTER)):
                done = m.end()
                if not _after_a_company(text, m.start()):
                    yield from self._line(text, m)

    def _line(self, text: str, m: re.Match[str]) -> Iterator[Finding]:
        """The street line, and the postcode and town after it if they follow."""
        floor = _FLOOR.match(text, m.end())
        end = floor.end() if floor is not None else m.end()
        if m["number_first"] is not None and (french := _FRENCH_NAME_AFTER.match(text, end)) is not None:
            end = french.end()  # « 2 Hauptstrooss / rue Principale, 67360 Woerth »: the plate's two names
        after = _CODE_AND_TOWN.match(text, end) or _CODE_AND_TOWN_APART.match(text, end)
        if m["weak"] is not None and (after is None or after["town"] is None):
            return  # « Rosenberg 12 »: a name and a number, no street without its postcode and town
        if (
            m["number_first"] is not None or m["lower_type"] is not None or m["number_after"] is not None
        ) and (after is None or after["town"] is None):
            # « 3 via Doctolib », « la rua Augusta 3 fois »: the number first or the type in lower
            # case, a town must follow for a street
            return
        yield Finding(m.start(), end, Label.ADRESSE, 0.85, self.name)
        if after is not None:
            code = after.start("code")
            yield Finding(code - _prefix(text, code), after.end("code"), Label.CODE_POSTAL, 0.85, self.name)
            if after["town"] is not None:
                yield Finding(after.start("town"), after.end("town"), Label.VILLE, 0.8, self.name)
        elif m["english"] is not None or m["romanian"] is not None:
            english = _TOWN_AND_COUNTY.match(text, end)
            if english is not None:
                yield Finding(english.start("town"), english.end("town"), Label.VILLE, 0.8, self.name)
                if english["uk"] is not None:
                    yield Finding(english.start("uk"), english.end("uk"), Label.CODE_POSTAL, 0.8, self.name)
                # (« Co. Cork »: the county is read, so that the Eircode after it is found, and left
                # visible: as large as a French département, which is not masked either)
                eircode = _EIRCODE_AFTER.match(text, english.end())
                if eircode is not None:
                    yield Finding(
                        eircode.start("code"), eircode.end("code"), Label.CODE_POSTAL, 0.8, self.name
                    )


_WORDS = re.compile(r"[\w.]+")
_SPACED_FORM = re.compile(r"(?<![\w.])(?:[A-Za-z][ \t]*\.[ \t]*){2,4}")
_COMPANY_REACH = 80
# Company forms written with dots (« S.A. », « S.p.A. », « B.V. »), read as their letters.
_DOTTED_FORMS = frozenset({"sa", "nv", "bv", "spa", "sro", "srl", "sl", "sas", "gmbh", "ag", "ab", "oy"})


def _after_a_company(text: str, start: int) -> bool:
    """A company's form stands in the few words before (« Glaxo Wellcome GmbH\nIndustriestrasse 32 »):
    the address of a laboratory or a manufacturer, as leaflets print them, identifies no patient."""
    window = max(0, start - _COMPANY_REACH)
    if any(_company_form(w.group()) for w in _WORDS.finditer(text, window, start)):
        return True
    # a form's letters spaced out as a tokenised leaflet prints them (« Biogen Idec B . V . »)
    return any(
        re.sub(r"[^A-Za-z]", "", d.group()).lower() in _DOTTED_FORMS
        for d in _SPACED_FORM.finditer(text, window, start)
    )


def _company_form(word: str) -> bool:
    """« GmbH », « Ltd », « S.A. », « SA »; not « sa » (« chez sa fille »)."""
    if word in COMPANY_FORMS:
        return True
    letters = word.replace(".", "")
    return ("." in word or letters.isupper()) and letters.lower() in _DOTTED_FORMS


def _prefix(text: str, start: int) -> int:
    """The length of the country's letters and dash before a code (« D-10115 »: 2), else 0."""
    k = start
    if k and text[k - 1] == "-":
        k -= 1
        while k and text[k - 1].isupper():
            k -= 1
    return start - k if k < start - 1 else 0
