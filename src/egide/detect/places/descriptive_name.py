"""A place of care named by a description rather than a proper name (ETABLISSEMENT): its kind, the
speciality it practises and the area it serves, in either order.

Private practices, imaging centres, pathology laboratories and public mental-health hospitals often bear
no proper name at all: their name is what they do and where (« Centre de sénologie du Roussillon »,
« laboratoire Anatomo-Cyto-Pathologie de l'Ouest », « imagerie du Mans Gambetta », « Cabinet
Montpelliérain d'Anatomopathologie », « EPSM de l'agglomération lilloise », « Pôle Santé Sud »). Each
word is generic, or a place the town readings leave to themselves, and the establishments' reader wants a
proper name after the kind: so the whole name stays visible but for the town, and the town with the
speciality points to one practice. Read here, in four shapes:

- a kind (« centre », « cabinet », « laboratoire », « institut », « imagerie »), its speciality (a word
  of « -logie », « -iatrie », « -thérapie », « -graphie », « imagerie »), a link and an area: a commune,
  a département, a region, a point of the compass or a name no list of words holds (an old province,
  « du Vivarais »), with the capitalised words after it on its line
  (« du Mans Gambetta »: the site). A speciality alone after the link is a unit (« centre de
  cardiologie du CHU »: an acronym, refused), a word of medicine (« imagerie du Rachis ») is no area;
- a kind, a demonym capitalised, then its speciality (« Cabinet Montpelliérain d'Anatomopathologie »,
  « Centre Lyonnais d'Imagerie »); not a continent's (« Centre Européen de … » names no town);
- a hospital's kind, « de l' », « du », « de la », a word of territory (« agglomération », « pays »,
  « bassin », « vallée », « métropole »…) and its demonym or its place (« EPSM de l'agglomération
  lilloise », « CH du pays de Morlaix »): a singular kind, « les hôpitaux de la région » is generic;
- « Pôle Santé » with a point of the compass or a proper name (« Pôle Santé Sud », « Pôle Santé
  Oréliance »), not a hospital's department (« Pôle Santé Publique », « Pôle Santé Mentale »: common
  words); and a group of practices that calls itself by a collective adjective only (« Laboratoires
  Réunis », « LABORATOIRES RÉUNIS »), or by its initials before « Santé » at a letterhead's or a field's
  start (« AIDER Santé – Centre d'hémodialyse … »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.needles import Needles
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.establishment import STRUCTURE_ACRONYMS
from egide.detect.places.lexicon import Lexicon, fold, load_lexicon
from egide.detect.places.regions import DEPARTMENT_NAMES, REGION_NAMES

SCORE = 0.85
# A speciality's word (« sénologie », « Anatomo-Cyto-Pathologie », « radiothérapie », « échographie »,
# « imagerie médicale »), in any case.
_SPECIALITY = r"(?i:[\w-]*(?:logie|iatrie|thérapie|therapie|graphie)|imagerie(?:[ \t]+médicale)?)"
_KIND = r"(?:[Cc]entre|[Cc]abinet|[Ll]aboratoire|[Ii]nstitut|CENTRE|CABINET|LABORATOIRE|INSTITUT)"
_LINK = r"(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’]|DU|DES|DE[ \t]+LA|DE[ \t]+L['’]|DE|D['’])"
_CAPITALISED = rf"[{UPPER}][{LOWER}{UPPER}'’]*(?:-[{UPPER}][{LOWER}{UPPER}'’]*)*"
# kind, speciality, link, area (« Centre de sénologie du Roussillon »); or « imagerie » as its own kind
# (« imagerie du Mans Gambetta »)
_SPECIALITY_THEN_AREA = re.compile(
    rf"(?<![\w\-])(?:{_KIND}[ \t]+(?:(?:de|d['’]|DE|D['’])[ \t]*)?{_SPECIALITY}|[Ii]magerie|IMAGERIE)"
    rf"[ \t]+{_LINK}[ \t]*(?P<area>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})"
)
# kind, demonym, speciality (« Cabinet Montpelliérain d'Anatomopathologie »)
_DEMONYM = r"(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne|in|ine|ard|arde)s?"
_DEMONYM_THEN_SPECIALITY = re.compile(
    rf"(?<![\w\-]){_KIND}[ \t]+(?P<demonym>[{UPPER}][{LOWER}]+{_DEMONYM})[ \t]+"
    rf"(?:de|d['’]|DE|D['’])[ \t]*(?P<speciality>{_SPECIALITY})(?![\w\-])"
)
# (a continent's or a sea's adjective names no town; words of the same endings that are no demonyms)
_NOT_DEMONYMS = frozenset(
    {"europeen", "europeenne", "americain", "americaine", "africain", "africaine", "mediterraneen",
     "mediterraneenne", "marin", "marine", "urbain", "urbaine", "humain", "humaine", "voisin", "voisine",
     "prochain", "prochaine", "certain", "certaine", "quotidien", "quotidienne", "ancien", "ancienne"}
)  # fmt: skip
# a hospital's kind, a territory and its demonym or its place (« EPSM de l'agglomération lilloise »)
_TERRITORY = re.compile(
    r"(?<![\w\-])(?<!les[ \t])(?<!des[ \t])(?<!aux[ \t])"
    r"(?:EPSM|CHS|CHU|CHI|CH|GHT|GH|(?i:centre[ \t]+hospitalier|établissement[ \t]+public[ \t]+de[ \t]+santé"
    r"(?:[ \t]+mentale)?|hôpital|hopital|clinique|polyclinique))"
    r"[ \t]+(?:de[ \t]+l['’]|du|de[ \t]+la)[ \t]*"
    r"(?P<territory>agglomération|agglomeration|pays|bassin|métropole|metropole|vallée|vallee|val|plateau"
    r"|littoral|territoire|Pays|Bassin|Val|Vallée|Plateau|Littoral)"
    rf"[ \t]+(?:(?P<demonym>[{LOWER}]+{_DEMONYM})|(?:de[ \t]+l['’]|de[ \t]+la|du|des|de|d['’])[ \t]*"
    rf"(?P<place>{_CAPITALISED}))(?![\w\-])"
)
# (its name may be a person's, with its particle: « Pôle Santé Léonard de Vinci »)
_HEALTH_POLE = re.compile(
    rf"(?<![\w\-])(?:Pôle|Pole|PÔLE|POLE)[ \t]+(?:Santé|Sante|SANTÉ|SANTE)[ \t]+(?P<name>{_CAPITALISED})"
    rf"(?:[ \t]+(?:de[ \t]+|d['’]|du[ \t]+)?{_CAPITALISED})?(?![\w\-])"
)
# an association's or a network's initials before « Santé », where a letterhead or a field names the
# centre (« AIDER Santé – Centre d'hémodialyse de … », « Centre : AIDER Santé, unité de … »): a line's start
# or a field's colon before, a dash, a comma or the line's end after
_INITIALS_BEFORE = re.compile(r"(?<![\w\-])(?P<initials>[A-Z]{4,6})[ \t]+\Z")
_OPENS_AN_ITEM = re.compile(r"(?:\A|\n|:)[ \t]*\Z")
_CLOSES_AN_ITEM = re.compile(r"[ \t]*(?:[,–—]|-[ \t]|\n|\Z)")
_COLLECTIVE = re.compile(
    r"(?<![\w\-])(?:Laboratoires|LABORATOIRES|Cliniques|CLINIQUES|Cabinets|CABINETS)[ \t]+"
    r"(?:Réunis|RÉUNIS|REUNIS|Associés|ASSOCIÉS|ASSOCIES)(?![\w\-])"
)
# the public bodies of health, named so in a heading, no centre (« CPAM Santé », « MSA Santé »)
_BODIES = frozenset({"CPAM", "CNAM", "DREES", "INSEE", "ANSM", "HCSP", "DGOS"})
_COMPASS = frozenset(
    {"nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest"}
)
_AREAS = DEPARTMENT_NAMES | frozenset(fold(n) for n in REGION_NAMES)
# Each shape's words, in the lower-cased text: a document without them skips its pattern.
_KINDS = ("centre", "cabinet", "laboratoire", "institut", "imagerie")
_KIND_WORDS = Needles(_KINDS)
_SPECIALITY_WORDS = Needles(("logie", "iatrie", "thérapie", "therapie", "graphie", "imagerie"))
_TERRITORY_WORDS = Needles(
    ("agglomération", "agglomeration", "pays", "bassin", "métropole", "metropole", "vallée", "vallee", "val ",
     "plateau", "littoral", "territoire")
)  # fmt: skip
_POLE_WORDS = Needles(("pôle santé", "pole santé", "pôle sante", "pole sante"))
_COLLECTIVE_WORDS = Needles(("réunis", "reunis", "associés", "associes"))


def _kind_starts(doc: Document) -> list[int]:
    """Where a kind's word starts, in any case (the patterns are tried there only: ``re`` would try
    them at every « c », « l », « i » of the text)."""
    low = doc.lower
    starts = []
    for kind in _KINDS:
        at = low.find(kind)
        while at != -1:
            starts.append(at)
            at = low.find(kind, at + 1)
    return sorted(starts)


class DescriptiveNameRecogniser:
    """ETABLISSEMENT: a practice or a hospital named by its speciality and its area."""

    name = "fr_descriptive_name"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return (
            (doc.holds(_KIND_WORDS) and doc.holds(_SPECIALITY_WORDS))
            or doc.holds(_TERRITORY_WORDS)
            or doc.holds(_POLE_WORDS)
            or doc.holds(_COLLECTIVE_WORDS)
            or "Santé" in doc.text
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        practice = doc.holds(_KIND_WORDS) and doc.holds(_SPECIALITY_WORDS)
        starts = _kind_starts(doc) if practice else []
        for m in (_SPECIALITY_THEN_AREA.match(text, at) for at in starts):
            if m is None:
                continue
            end = self._area_end(text, m.start("area"), m["area"])
            if end is not None:
                yield Finding(m.start(), end, Label.ETABLISSEMENT, SCORE, self.name)
        for m in (_DEMONYM_THEN_SPECIALITY.match(text, at) for at in starts):
            if m is None:
                continue
            if fold(m["demonym"]) not in _NOT_DEMONYMS:
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, SCORE, self.name)
        for m in finditer(_TERRITORY, text) if doc.holds(_TERRITORY_WORDS) else ():
            place = m["place"]
            if place is None or self._an_area(place):
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, SCORE, self.name)
        for m in finditer(_HEALTH_POLE, text) if doc.holds(_POLE_WORDS) else ():
            name = m["name"]
            if fold(name) in _COMPASS or not is_common_word(name):
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, SCORE, self.name)
        if doc.holds(_COLLECTIVE_WORDS):
            for m in finditer(_COLLECTIVE, text):
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, SCORE, self.name)
        yield from self._initials_then_health(text)

    def _initials_then_health(self, text: str) -> Iterator[Finding]:
        """« AIDER Santé » opening a line or a field's value, closing its item."""
        at = text.find("Santé")
        while at != -1:
            before = _INITIALS_BEFORE.search(text, max(0, at - 12), at)
            end = at + len("Santé")
            if (
                before is not None
                and before["initials"] not in STRUCTURE_ACRONYMS
                and before["initials"] not in _BODIES
                and _OPENS_AN_ITEM.search(text, max(0, before.start() - 4), before.start())
                and _CLOSES_AN_ITEM.match(text, end)
            ):
                yield Finding(before.start(), end, Label.ETABLISSEMENT, SCORE, self.name)
            at = text.find("Santé", end)

    def _an_area(self, word: str) -> bool:
        """``word`` names a commune (« Mans » after « du »: Le Mans), a département, a region or a point
        of the compass."""
        key = fold(word)
        if key in _COMPASS or key in _AREAS:
            return True
        if is_common_word(word) or fold(word) in MEDICAL_WORDS:
            return False  # « imagerie du Rachis », « centre de pathologie du Sommeil »: no area
        # a commune, or a name no list holds (an old province, a « pays »: « du Vivarais », « du Trégor »)
        commune = self.lexicon.commune(word, contracted=True)
        if commune is None:
            # (not an acronym: « centre de cardiologie du CHU » is a unit of whichever hospital)
            return not word.isupper()
        return not commune.abroad

    def _area_end(self, text: str, start: int, area: str) -> int | None:
        """Where the area after the link ends: its first word an area, then the capitalised words after
        it that are no common words (a site's name: « du Mans Gambetta »); None if no area opens it."""
        words = list(re.finditer(r"\S+", area))
        if not words or not self._an_area(words[0].group()):
            return None
        end = start + words[0].end()
        for w in words[1:]:
            if is_common_word(w.group()) or w.group().isupper() != words[0].group().isupper():
                break
            end = start + w.end()
        return end
