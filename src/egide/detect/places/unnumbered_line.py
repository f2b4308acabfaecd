"""ADRESSE: a street line with neither number nor street type, just before the postcode and commune (or
the commune alone, after a person's name: « Couderc Albert, La Grange Haute, Cardaillac »).

In the countryside and overseas the address is often the name of a place alone — a farm, a hamlet, a
crossroads: « La Ville Oger, 22400 Lamballe-Armor », « Les Quatre Chemins, 85110 Chantonnay ».
``address`` needs a number or a street type (« lieu-dit », « hameau ») and reads none of them. The
place of the line in the address block is the cue: a run of one to six capitalised words (articles and
« de », « du », « des » inside) that fills the segment between a delimiter (line start, « : », « , »,
« – ») and « , » + a postcode in use + a commune; one word alone must be no French word
(« Kerampont, 22300 Lannion »). What reads as an organisation (« Service de
cardiologie », « Laboratoires … », « Clinique … ») or as a name with a title is left to the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word, is_first_name
from egide.detect.names.medicines import medicine_names
from egide.detect.names.wordlist import words
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, commune_after, fold_cached, load_lexicon

_WORD = rf"[{UPPER}][{LOWER}{UPPER}'’\-]+"
# (the Breton articles too, « Pen ar Créac'h », « Ty an Dour », « Park al Lann »)
_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|l['’]|la|le|les|aux|au|en|sur|sous|ar|an|al)"
# The word in lower case that overseas and in the countryside says what kind of place the name is
# (« quartier Morne Rouge », « section Bellevue », « habitation Clément », « hameau de Kerlo »): the
# name's first word then, as « lieu-dit » is.
_DWELLING = r"(?:quartier|section|habitation|hameau|lieu-dit|lieudit|village|cité|domaine|morne)"
# The building's part of the line after the place's name (« Les Hauts de Sainte-Musse, bât. C, 83100
# Toulon », « Le Clos Fleuri, esc. 2, 26000 Valence »).
_FLAT_PART = r"(?:[ \t]*,[ \t]*(?i:bât(?:iment)?\.?|bat\.?|esc(?:alier)?\.?|appt\.?|apt\.?|entrée)[ \t]*[A-Z0-9]{1,3}(?![\w]))"
# The delimiter, then the run of words, then « , » and a five-digit code.
# (or a residence cue: « domicile La Grande Borde, 46100 Figeac »; or « à »: « Retour à Kerdréan, 56300
# Noyal-Pontivy », the hamlet a patient goes back to)
# (the commune may open the next line: « Kerdréan , 56300⏎Noyal-Pontivy »)
LINE_BEFORE_CODE = re.compile(
    # (a table's cell, « Adresse | La Croix des Bois, 03410 Domérat »; « domicilié(e) » as « domicile »)
    rf"(?:^|(?<=[:,–—;(|])|(?<=\n)|(?<=[Dd]omicile[ \t])|(?<=[Dd]emeurant[ \t])|(?<=[Hh]abite[ \t])|(?<=[ \t]à[ \t])"
    rf"|(?<=[Dd]omicili[ée][ \t])|(?<=[Dd]omicili[ée]e[ \t])|(?<=[ \t]-))[ \t]*"
    # (« le bourg » in lower case too: the village's centre, the address of whoever lives there, « Mme
    # Bouyssou, le bourg, 46200 Souillac »; a Savoyard village's « chef-lieu » as well)
    rf"(?P<line>(?:le|Le|LE)[ \t]+(?:bourg|BOURG)|(?:chef|Chef|CHEF)-(?:lieu|Lieu|LIEU)"
    rf"|(?:{_DWELLING}[ \t]+(?:{_LINK}[ \t]*)?)?{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,5}}{_FLAT_PART}?)"
    # (a dash set off by spaces as well: « M. Dumas – Le Bourg – 87400⏎Saint-Léonard »)
    rf"(?:[ \t]*,|[ \t]+[–—-])[ \t]*(?P<code>[0-9]{{5}})(?:[ \t]*,)?(?:[ \t]+|[ \t]*\n[ \t]*)(?=[^\W\d_])",  # (« , 85110, Chantonnay » too)
    re.MULTILINE,
)
# The tail every match ends on: « , » + five digits (+ « , ») + blanks before a letter, as written
# at the end of ``LINE_BEFORE_CODE``. No part of the pattern reads a line break, so a match lies on
# one line, and a line without this tail holds none: only the lines holding it are scanned (the
# pattern opens on look-behinds, which ``re`` tries at every character; the tail opens on a comma,
# which it finds fast).
_TAIL = re.compile(r"(?:,|[ \t][–—-])[ \t]*[0-9]{5}(?:[ \t]*,)?(?:[ \t]+|[ \t]*\n[ \t]*)(?=[^\W\d_])")
# A postcode between blanks before a letter: where a line may end on a postcode and its commune after a
# place's name without a comma (``_LINE_THEN_CODE``, tried at that line's start only).
# (opening on the digits, rarer than blanks: the blank before is looked at after them)
_BARE_TAIL = re.compile(r"[0-9](?<=[ \t][0-9])[0-9]{4}[ \t]+(?=[^\W\d_])")
# (or a dash between: « Le Bourg – 24560 Issigeac »)
_LINE_THEN_CODE = re.compile(
    rf"[ \t]*(?P<line>{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,3}})[ \t]+(?:[–—-][ \t]+)?(?P<code>[0-9]{{5}})[ \t]+(?=[^\W\d_])"
)
# An address's label opening a line, its colon after it.
_ADDRESS_LABEL = re.compile(r"[ \t]*(?:[Aa]dresse|ADRESSE|[Dd]omicile|DOMICILE)[ \t]*:")
# The commune ends the line (or the text).
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
# First words of a line that names an organisation, a title or a function: not an address.
NOT_A_PLACE = words(
    """
    service services unite pole hopital hopitaux clinique centre chu ch chr chi chru cabinet laboratoire lbm labm
    laboratoires labo pharmacie societe groupe mairie ehpad institut fondation association maison
    departement secretariat consultation consultations dr docteur pr professeur m mme mlle monsieur madame
    me maitre tribunal commissariat gendarmerie caisse cpam mutuelle ars agence direction universite
    faculte ecole college lycee sa sas sarl eurl
    """
)


# One word alone before the postcode that names no place: a region or a country.
_ONE_WORD_NOT_PLACES = words(
    "france bretagne normandie alsace corse guadeloupe martinique reunion guyane mayotte"
)


# A farm's or a hamlet's name led by its article, then a comma and the road it stands on (« M. Boulet (Le
# Bouquet, route de Chanac) », « La Borie Haute, chemin des Crêtes »): the place is the first line of
# the address, the road the second. Scanned from the road's tail.
_ROAD_TAIL = re.compile(r",[ \t]*(?:route|chemin|rue|impasse|allée|avenue|lieu-dit|hameau)[ \t]+")
_ARTICLED_PLACE = re.compile(rf"(?:Le|La|Les|L['’])[ \t]*{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,3}}")
_DELIMITERS = ":,–—;(\n"
# A lieu-dit or a house's name led by its article, between a person's name and the commune (« Couderc
# Albert, La Grange Haute, Cardaillac », « Mme Roux, Les Hauts Champs, Ussel »): the address's first line
# without its postcode. Two words at least after the article (« Dr Lenoir, La Rochelle »: a commune), or one
# before a commune that is no word (« M. Texier, La Vallée, Prahecq : aide au lever », a home-care round:
# two places in a row after a name, the first the hamlet of the second).
# (opening on the comma, the letter before it looked at after: ``re`` skips to a comma in C, where a
# pattern opening on a look-behind, or behind a look-ahead, is tried at every character)
_PLACE_BEFORE_COMMUNE = re.compile(
    rf",(?<=[{LOWER}{UPPER}],)[ \t]*(?P<place>(?:Le|La|Les|L['’])[ \t]*{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,3}})"
    rf"[ \t]*,[ \t]*(?=[{UPPER}])"
)
# A place's name as the value of a residence's label, then « , » and the commune, no postcode
# (« Domicile : Habitation Périnelle, Saint-Pierre », « Adresse : Les Hauts de Bellevue, Vannes »): the
# label says the line is an address, the commune that ends it that its first part is the street line.
_LABELLED_PLACE = re.compile(
    # (each label led by a letter, no class: ``re`` then skips to « D », « d », « A », « a » in C)
    rf"(?:D(?:omicile|OMICILE)|domicile|A(?:dresse|DRESSE)|adresse)(?:[ \t]+[{LOWER}]+){{0,2}}[ \t]*:[ \t]*"
    rf"(?P<place>(?:{_DWELLING}[ \t]+(?:{_LINK}[ \t]*)?)?{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,4}})"
    rf"[ \t]*,[ \t]*(?=[{UPPER}])"
)
# What may follow the commune: the end of the line or of the clause, an arrow, a bracket, a dash, a colon
# before the care given there (« La Vallée, Prahecq : aide au lever »).
_COMMUNE_ENDS = re.compile(r"[ \t]*(?:$|[\n,.;:()→—–\-]|->)", re.MULTILINE)
# The commune ends the item: a full stop, a semicolon, a bracket or the line's end.
_ITEM_ENDS = re.compile(r"[ \t]*(?:$|[\n.;)])", re.MULTILINE)
# The segment before the place ends on a capitalised word, a name (« Couderc Albert, »).
_NAME_BEFORE = re.compile(rf"[{UPPER}][{LOWER}{UPPER}'’\-]+$")


def _anchored(pattern: re.Pattern[str], text: str, needles: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern`` matched one character before each occurrence of its cue's ``needles`` (its word
    without the first letter, whose case varies): ``str.find`` goes to the few places where it can
    match, which a scan of ``re`` tries at every character."""
    for needle in needles:
        k = text.find(needle, 1)
        while k != -1:
            m = pattern.match(text, k - 1)
            if m is not None:
                yield m
            k = text.find(needle, k + 1)


# An address's label, a place's name alone on its line, then the postcode's field on the next line.
_LABELLED_ABOVE_POSTCODE = re.compile(
    rf"(?:[Aa]dresse|ADRESSE|[Dd]omicile|DOMICILE)[ \t]*:[ \t]*"
    rf"(?P<place>{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,5}})[ \t]*\n[ \t]*"
    r"(?:(?i:code[ \t]+postal|cp)[ \t]*:?[ \t]*)?[0-9]"
)
# A residence cue, a place's name and its building, « , » and a postcode that ends the clause.
_ESTATE_BEFORE_BARE_CODE = re.compile(
    rf"(?:[Dd]omicili[ée]e?s?|[Dd]emeurant)[ \t]*:?[ \t]+"
    rf"(?P<line>{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,5}}{_FLAT_PART})"
    rf"[ \t]*,[ \t]*(?P<code>[0-9]{{5}})(?=[ \t]*(?:[.;)]|\n|$))"
)
# The first syllables of Breton place names, folded (« Kerglouanou », « Plouzévédé », « Lannvoez »,
# « Trézény », « Coatréven », « Locmaria », « Goasven », « Kroaz-Hent »): a hamlet's name before its commune.
_BRETON_HEADS = ("ker", "plou", "lann", "tre", "coat", "coet", "loc", "goas", "kroaz", "guer")
# One word (maybe hyphenated) alone in its clause right before a comma: after a delimiter.
_HAMLET_BEFORE_COMMA = re.compile(
    rf"(?:^|(?<=[\n,:;(—–]))[ \t]*(?P<name>[{UPPER}{LOWER}][{LOWER}{UPPER}'’]{{4,}}(?:-[{UPPER}{LOWER}][{LOWER}{UPPER}'’]+)?)[ \t]*$"
)
# The word after a comma: a postcode or a word.
_NEXT_WORD = re.compile(r"[ \t]*([0-9]{5}|[^\W\d_]+)")
# A postcode then its commune after the comma.
_CODE_AFTER = re.compile(r"(?P<code>[0-9]{5})(?![0-9])")


# The street line of an address block with no number, alone on its line right above the postcode and
# commune (« Monsieur le Docteur Santoni ⏎ Immeuble Le Diamant, cours Napoléon ⏎ 20000 Ajaccio »,
# « Résidence du Parc, bât. C, allée des Pins ⏎ 13090 Aix-en-Provence », « place du Marché ⏎ 46100
# Figeac »): a street's type and its capitalised name, maybe after a building's name and a comma; the
# block's shape is the cue that « cours », « place » are a street's and not words.
_STREET_TYPE = (
    r"(?i:rue|avenue|av\.|boulevard|bd|cours|place|allée|allee|impasse|chemin|route|quai|square|passage"
    r"|promenade|esplanade|montée|traverse|sentier|voie|rond-point|parvis|mail|faubourg)"
)
_BUILDING = (
    r"(?:Immeuble|IMMEUBLE|Imm\.|Résidence|RÉSIDENCE|Residence|Rés\.|Bâtiment|Bât\.|Bat\.|Villa|Tour|Domaine"
    r"|Lotissement|Hameau|Lieu-dit|Cité|Les[ \t]+Jardins)"
)
_BLOCK_STREET_LINE = re.compile(
    rf"(?m:^)[ \t]*(?P<line>(?:{_BUILDING}[ \t]+(?:{_LINK}[ \t]*)?{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,3}}"
    rf"[ \t]*,[ \t]*(?:(?i:bât\.?|bat\.?|bâtiment|escalier|esc\.)[ \t]*[A-Z0-9]{{1,2}}[ \t]*,[ \t]*)?)?"
    rf"{_STREET_TYPE}[ \t]+(?:{_LINK}[ \t]*)?{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,4}})"
    rf"[ \t]*,?[ \t]*\n[ \t]*(?P<code>[0-9]{{5}})[ \t]+(?=[^\W\d_])"
)
# The line break and the postcode that end a block's street line: its line is the one before (the
# street line holds no line break, and its match starts where the line does).
_CODE_LINE = re.compile(r"\n[ \t]*[0-9]{5}[ \t]+(?=[^\W\d_])")


# A letter's address block: the addressee's civility and name on a line, a place's name led by its article
# alone on the next (a farm, a hamlet: « La Borie Haute », « Les Quatre Vents »), the postcode and the
# commune on the line after (« Madame Vergnaud Sylvie ⏎ La Borie Haute ⏎ 24380 Vergt »): the block's
# shape says the middle line is the street line.
_CIVILITY_LINE = re.compile(
    r"(?m:^)[ \t]*(?:Madame|Monsieur|Mademoiselle|MADAME|MONSIEUR|Mme|Mlle|M\.)[ \t]+[^\n]+\n"
)
_ARTICLED_LINE = re.compile(
    rf"[ \t]*(?P<line>{_ARTICLED_PLACE.pattern})[ \t]*\n[ \t]*(?P<code>[0-9]{{5}})[ \t]+"
)
# The same place's line with the street line between it and the postcode's (« Madame Morin ⏎ La Grande
# Métairie ⏎ route de Lussac ⏎ 86320 CIVAUX »): the farm or the house, then the road it stands on.
_ARTICLED_ABOVE_STREET = re.compile(
    rf"[ \t]*(?P<line>{_ARTICLED_PLACE.pattern})[ \t]*\n[ \t]*"
    rf"(?:[0-9]{{1,4}}(?:[ \t]?(?:bis|ter))?[ \t]*,?[ \t]*)?{_STREET_TYPE}[ \t]+[^\n]{{2,60}}\n[ \t]*(?P<code>[0-9]{{5}})[ \t]+"
)


def block_street_lines(text: str) -> Iterator[re.Match[str]]:
    """``_BLOCK_STREET_LINE.finditer(text)``, the pattern tried only at the start of a line above a
    postcode's line, not at every blank and capital of the text."""
    done = 0
    for code in _CODE_LINE.finditer(text):
        line_start = text.rfind("\n", 0, code.start()) + 1
        if line_start < done:
            continue  # the line of a postcode ending a match
        m = _BLOCK_STREET_LINE.match(text, line_start)
        if m is not None:
            done = m.end()
            yield m


class UnnumberedLineRecogniser:
    """ADRESSE: a place name alone as the street line, just before « , » + postcode + commune."""

    name = "fr_address_unnumbered"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        yield from self._before_a_code_without_comma(text)
        if "\n" in text:
            yield from self._articled_place_lines(text)
        if "\n" in text and ("dresse" in text or "DRESSE" in text or "omicile" in text):
            yield from self._labelled_above_a_postcode_field(text)
        if "," not in text and " – " not in text and " — " not in text and " - " not in text:
            return
        for m in self._matches(text):
            if self._names_a_place(text, m) is not None:
                yield Finding(m.start("line"), m.end("line"), Label.ADRESSE, 0.75, self.name)
        yield from self._before_a_road(text)
        yield from self._before_a_commune(text)
        yield from self._labelled_before_a_commune(text)
        yield from self._breton_hamlets(text)
        if "omicili" in text or "emeurant" in text:
            yield from self._estate_before_a_bare_code(text)
        if "\n" in text:
            yield from self._block_street_lines(text)

    def _before_a_code_without_comma(self, text: str) -> Iterator[Finding]:
        """The place's name opening a line, then the postcode and the commune that end it, no comma
        between (« Kerlaouen 29260 Ploudaniel », « Le Bourg 24420 Sorges », after the address's label too): an
        address block's last line with its hamlet in front, as a form's export prints it."""
        done = 0
        for tail in _BARE_TAIL.finditer(text):
            line_start = text.rfind("\n", 0, tail.start()) + 1
            if line_start < done:
                continue
            done = tail.end()
            # (or after the address's label that opens the line: « Adresse : Kerhir 56300 NOYAL-PONTIVY »)
            label = _ADDRESS_LABEL.match(text, line_start)
            m = _LINE_THEN_CODE.match(text, line_start if label is None else label.end())
            if m is None:
                continue
            stop = self._names_a_place(text, m)
            if stop is not None and _LINE_ENDS.match(text, stop):
                yield Finding(m.start("line"), m.end("line"), Label.ADRESSE, 0.75, self.name)

    def _names_a_place(self, text: str, m: re.Match[str]) -> int | None:
        """Where the commune after ``m``'s postcode ends, when ``m["line"]`` is the place's name before
        that postcode and commune; else None."""
        if m["code"] not in self.lexicon.postcodes:
            return None
        after = m.end()
        commune = commune_after(self.lexicon, text, after, min(len(text), after + 60))
        if commune is None:
            return None  # the code must open a postcode and its commune
        line = m["line"]
        first = fold(re.split(r"[ \t\-'’]", line, maxsplit=1)[0])
        if first in NOT_A_PLACE:
            return None
        if (
            text[max(0, m.start("line") - 2) : m.start("line")].rstrip(" \t").endswith("à")
            and not any(c in " \t" for c in line)
            and is_first_name(line)
        ):
            return None  # « adressé à Martin, 56300 Pontivy »: a person, not a hamlet
        named = self.lexicon.commune(line)
        if named is not None and named == commune[1]:
            return None  # « Saint-Malo, 35400 Saint-Malo »: the commune written twice
        # (a hamlet named like another commune is the street line: « Le Bourg, 24420 Sorges »)
        if not any(c in " \t" for c in line) and (is_common_word(line) or fold(line) in _ONE_WORD_NOT_PLACES):
            return None  # one word alone: a place's name (« Kerampont »), not a word (« Domicile, »)
        return commune[0]

    def _articled_place_lines(self, text: str) -> Iterator[Finding]:
        """A place's name led by its article alone on its line, between the addressee's line (a
        civility first) and the postcode's line (:data:`_ARTICLED_LINE`), or the street line between them
        (:data:`_ARTICLED_ABOVE_STREET`)."""
        for code in _CODE_LINE.finditer(text):
            line_start = text.rfind("\n", 0, code.start()) + 1
            m = _ARTICLED_LINE.match(text, line_start)
            if m is None and line_start > 0:
                line_start = text.rfind("\n", 0, line_start - 1) + 1
                m = _ARTICLED_ABOVE_STREET.match(text, line_start)
            if m is None or m["code"] not in self.lexicon.postcodes or line_start == 0:
                continue
            above = text.rfind("\n", 0, line_start - 1) + 1
            if _CIVILITY_LINE.match(text, above) is None:
                continue
            place = m["line"]
            if any(fold(word) in NOT_A_PLACE for word in re.split(r"[ \t'’]+", place)):
                continue
            if self.lexicon.commune(place) is not None:
                continue  # « La Rochelle ⏎ 17000 La Rochelle »: the commune itself
            if commune_after(self.lexicon, text, m.end(), min(len(text), m.end() + 60)) is None:
                continue
            yield Finding(m.start("line"), m.end("line"), Label.ADRESSE, 0.75, self.name)

    def _block_street_lines(self, text: str) -> Iterator[Finding]:
        """A street line without a number right above a postcode in use and its commune."""
        for m in block_street_lines(text):
            if m["code"] not in self.lexicon.postcodes:
                continue
            after = m.end()
            if commune_after(self.lexicon, text, after, min(len(text), after + 60)) is None:
                continue
            yield Finding(m.start("line"), m.end("line"), Label.ADRESSE, 0.75, self.name)

    def _before_a_commune(self, text: str) -> Iterator[Finding]:
        """A place led by its article between a name and « , » + a commune (no postcode)."""
        for m in _PLACE_BEFORE_COMMUNE.finditer(text):
            place = m["place"]
            one_word = len(re.split(r"[ \t'’]+", place)) <= 2
            if not one_word and self.lexicon.commune(place) is not None:
                continue  # « Dr Lenoir, La Roche-sur-Yon, le 3 mars »: the commune itself
            if one_word and fold(re.split(r"[ \t'’]+", place)[-1]) in _ONE_WORD_NOT_PLACES:
                continue  # « Dr Morel, La Réunion, Saint-Denis »: a region, then its commune
            if any(fold(word) in NOT_A_PLACE for word in re.split(r"[ \t'’]+", place)):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            named = _NAME_BEFORE.search(text, max(line_start, m.start() - 40), m.start()) is not None
            if not named and one_word:
                continue
            found = commune_after(self.lexicon, text, m.end(), min(len(text), m.end() + 60))
            if found is None or not text[m.end()].isupper() or _COMMUNE_ENDS.match(text, found[0]) is None:
                continue
            if not named and (found[1].is_word or found[1].abroad or not _ITEM_ENDS.match(text, found[0])):
                # after a profession or an age rather than a name (« ancien boulanger, La Fosse aux Loups,
                # Saint-Denis-sur-Sarthon. »): a name of three words or more, then a commune that is no
                # word and ends the item
                continue
            if found[1].is_word and (one_word or found[1].population < 20_000):
                continue  # « …, Les Grands Moulins, Vue générale »: a word, no commune
            yield Finding(m.start("place"), m.end("place"), Label.ADRESSE, 0.75, self.name)
            yield Finding(m.end(), found[0], Label.VILLE, 0.8, self.name)  # the commune that ends it

    def _labelled_before_a_commune(self, text: str) -> Iterator[Finding]:
        """A place's name after a residence's label, then « , » + a commune (no postcode)."""
        for m in _LABELLED_PLACE.finditer(text):
            place = m["place"]
            if self.lexicon.commune(place) is not None:
                continue  # « Domicile : Vannes, Morbihan »: the commune itself
            if any(fold(word) in NOT_A_PLACE for word in re.split(r"[ \t'’]+", place)):
                continue
            if not any(c in " \t" for c in place) and is_common_word(place):
                continue  # one word alone must be a place's name, not a word
            found = commune_after(self.lexicon, text, m.end(), min(len(text), m.end() + 60))
            if found is None or _COMMUNE_ENDS.match(text, found[0]) is None:
                continue
            if found[1].is_word and found[1].population < 20_000:
                continue
            yield Finding(m.start("place"), m.end("place"), Label.ADRESSE, 0.75, self.name)
            yield Finding(m.end(), found[0], Label.VILLE, 0.8, self.name)

    def _labelled_above_a_postcode_field(self, text: str) -> Iterator[Finding]:
        """A form's address field that holds a place's name alone, its postcode's field on the next
        line (« Adresse : LA VIEILLE FORGE⏎Code postal : 35150   Commune : JANZÉ »): the form says the
        value is the address's line, number or street type or not."""
        for m in _anchored(_LABELLED_ABOVE_POSTCODE, text, ("dresse", "DRESSE", "omicile", "OMICILE")):
            place = m["place"]
            if fold(re.split(r"[ \t\-'’]", place, maxsplit=1)[0]) in NOT_A_PLACE:
                continue
            if not any(c in " \t" for c in place) and is_common_word(place):
                continue
            yield Finding(m.start("place"), m.end("place"), Label.ADRESSE, 0.75, self.name)

    def _estate_before_a_bare_code(self, text: str) -> Iterator[Finding]:
        """An estate's name and its building after a residence cue, then « , » and a postcode that ends
        the clause without its commune (« domiciliée Les Hauts de Sainte-Marthe, bât. E, 13013. »): the
        building says the name is the address's line, the cue that the code is the home's."""
        for m in _anchored(_ESTATE_BEFORE_BARE_CODE, text, ("omicili", "emeurant")):
            if m["code"] not in self.lexicon.postcodes:
                continue
            first = fold(re.split(r"[ \t\-'’]", m["line"], maxsplit=1)[0])
            if first in NOT_A_PLACE:
                continue
            yield Finding(m.start("line"), m.end("line"), Label.ADRESSE, 0.75, self.name)
            yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.8, self.name)

    def _breton_hamlets(self, text: str) -> Iterator[Finding]:
        """A Breton hamlet's name alone in its clause, in any case, then « , » and its commune or its
        postcode (« kerglouanou, clohars-carnoët », « Kervéguen, Plouha », « Lannvoez, 29870 »): the
        name's first syllable (« ker- » the village, « plou- » the parish, « lann- » the hermitage,
        « tré- » the hamlet, « coat- » the wood…) says it is a place; the commune after it that it is
        the address's first line."""
        first_words = self.lexicon.first_words
        k = text.find(",")
        while k != -1:
            comma = k
            k = text.find(",", k + 1)
            # (the cheap tests first, on the comma's two sides: a letter before it, a postcode or the first
            # word of a commune's name after it)
            if not text[comma - 1 : comma].isalpha() and not text[comma - 2 : comma - 1].isalpha():
                continue
            nxt = _NEXT_WORD.match(text, comma + 1)
            if nxt is None or not (nxt.group(1)[0].isdigit() or fold_cached(nxt.group(1)) in first_words):
                continue
            m = _HAMLET_BEFORE_COMMA.search(text, max(0, comma - 32), comma)
            if m is None:
                continue
            name = m["name"]
            key = fold(name)
            if (
                not key.startswith(_BRETON_HEADS)
                or is_common_word(name)
                or is_first_name(name)
                or key in medicine_names()
                or self.lexicon.commune(name) is not None
            ):
                continue
            after = comma + 1
            while after < len(text) and text[after] in " \t":
                after += 1
            code = _CODE_AFTER.match(text, after)
            if code is not None:
                if code["code"] not in self.lexicon.postcodes:
                    continue
                yield Finding(m.start("name"), m.end("name"), Label.ADRESSE, 0.75, self.name)
                continue
            found = commune_after(self.lexicon, text, after, min(len(text), after + 60))
            if found is None or found[1].is_word or _COMMUNE_ENDS.match(text, found[0]) is None:
                continue
            yield Finding(m.start("name"), m.end("name"), Label.ADRESSE, 0.75, self.name)
            yield Finding(after, found[0], Label.VILLE, 0.8, self.name)  # the commune that ends it

    def _before_a_road(self, text: str) -> Iterator[Finding]:
        """A place led by its article, alone between a delimiter and « , » + a road's type."""
        for tail in _ROAD_TAIL.finditer(text):
            end = tail.start()
            start = max(text.rfind(d, 0, end) for d in _DELIMITERS) + 1
            while start < end and text[start] in " \t":
                start += 1
            while end > start and text[end - 1] in " \t":
                end -= 1
            if end - start < 4 or _ARTICLED_PLACE.fullmatch(text, start, end) is None:
                continue
            if any(fold(word) in NOT_A_PLACE for word in re.split(r"[ \t'’]+", text[start:end])):
                continue  # « La Clinique, rue … », « Le Dr, rue … »: an organisation or a person
            yield Finding(start, end, Label.ADRESSE, 0.75, self.name)

    @staticmethod
    def _matches(text: str) -> Iterator[re.Match[str]]:
        """``LINE_BEFORE_CODE.finditer(text)``, scanning only the lines that hold its tail.

        Each line is scanned on its own with the whole text around it: ``^`` and the look-behinds
        see the line break before the line, and the end of the line stops the pattern as its line
        break would (it reads no line break).
        """
        scanned = 0
        for tail in _TAIL.finditer(text):
            if tail.start() < scanned:
                continue  # on a line already scanned
            line_start = text.rfind("\n", 0, tail.start()) + 1
            line_end = text.find("\n", tail.end())
            scanned = len(text) if line_end < 0 else line_end
            # (tried only where the line's name can begin: the pattern opens on look-behinds)
            yield from finditer(LINE_BEFORE_CODE, text, line_start, scanned)
