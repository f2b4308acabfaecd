"""ETABLISSEMENT: a hospital's site or a clinic named by its own name alone, which no list holds, where
the sentence says care is given there (« vue à la consultation de rhumatologie de la Conception »,
« il préfère être opéré à la Timone », « appendicite en 2004 à la Reine Blanche », « ECBU envoyés au
labo de Castelluccio », « suivi à Minjoz », « revenir aux urgences de Mamao »).

Every region names its hospitals' sites by a word of their own (a saint, a quarter, a house, a
founder) that no list will ever hold whole; the fresh batches keep bringing new ones. What they share
is their place in the sentence:

- after a unit or a speciality and « de » (« urgences de X », « consultation de rhumatologie de la
  X », « labo de X »), written in running prose (a heading in title case, « Service de Chirurgie de
  la Main », capitalises its words of care: not read);
- after « à » (« au », « vers ») where the clause already says a patient was operated, hospitalised, followed,
  delivered, cared for (« opéré sur le continent, à la Timone »).

The name is a capitalised word or two after the article « la » / « l' » (kept in the span: « la
Timone » is the site's name as written), or without the article a word that is no French word, no
first name or surname, no commune, country, region or department (those are the town's, the
person's or nobody's: « opérée à Lyon », « suivie à la Réunion », « adressée à Martin »), no feast
(« opéré à la Toussaint ») and no kind of establishment or unit alone (« à la Clinique »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.countries import only_countries
from egide.detect.places.establishment import FAMOUS, SHORT_NAME
from egide.detect.places.lexicon import Lexicon, load_lexicon
from egide.detect.places.not_a_place import (
    a_department_or_region,
    a_word_or_given_name,
    an_eponym_among,
    medicine_words_only,
    name_words,
)
from egide.detect.places.regions import LANDS_NAMED_WITH_EN

# « de », « du », « à », « au », then maybe « la » / « l' », then one to three capitalised words.
_CANDIDATE = re.compile(
    rf"(?<![\w'’\-])(?P<link>de|du|à|au|vers)[ \t]+(?P<article>(?:la[ \t]+|l['’][ \t]*))?"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:(?:-|[ \t]+)[{UPPER}][{LOWER}]{{2,}}){{0,2}})(?![\w\-'’])"
)
# A unit or a speciality right before « de » (read on the text ending at the link).
_UNIT_BEFORE = re.compile(
    r"(?<![\w\-])(?P<unit>urgences|urg|sau|service|réanimation|réa|maternité|consultations?|hospitalisation"
    r"|unité|pôle|smur|bloc|labo|laboratoire|hdj|[a-zéèô-]*(?:logie|iatrie|urgie|atrique))"
    # (a kind after it: « réanimation médicale de », « chirurgie digestive de »)
    r"(?:[ \t]+[a-zéèêô]+(?:ique|iques|ale|ales|aire|aires|elle|elles|ive|ives))?[ \t]+$",
    re.IGNORECASE,
)
# Words in « -logie » that are no unit: the study of a thing (« pathologie de Crohn »).
_NOT_UNITS = frozenset(
    {"pathologie", "physiologie", "physiopathologie", "etiologie", "semiologie", "histologie", "morphologie",
     "symptomatologie", "typologie", "methodologie", "terminologie", "chronologie", "technologie",
     "psychopathologie", "epidemiologie", "biologie", "ideologie", "analogie", "posologie", "serologie",
     "nosologie", "embryologie", "anatomie"}
)  # fmt: skip
# A Latin species after its genus (« à Helicobacter pylori », « à Plasmodium falciparum »): a germ, no place.
_SPECIES_AFTER = re.compile(r"[ \t]+[a-z]{3,}(?:us|um|i|ae|is|a|ii|ensis|alis|aris|oides)(?![\w\-])")
# The endings of a speciality or a unit (« de Néphrologie » after « Service »: the unit, no site).
_SPECIALTY_ENDINGS = ("logie", "iatrie", "urgie", "atrique", "thérapie", "graphie", "scopie", "ique")
# A care given earlier in the clause before « à » (a stem: « opéré », « hospitalisée », « suivi »).
_CARE_IN_CLAUSE = re.compile(
    r"(?<![\w\-])(?i:opér|hospitalis|suivie?s?\b|soign|accouch|transf[ée]r|admise?s?\b|pris[e]?s?[ \t]+en[ \t]+charge"
    r"|contrôle|consultations?\b|consultée?s?\b|intervention|chirurg|greff|dialys|rééduqu|rééducation|réadaptation|urgences"
    r"|[a-zé]+ectomie|[a-zé]+plastie|[a-zé]+otomie|prothèse|césarienne|biopsie|ponction"
    # an appointment, an examination or a course of treatment there (« RDV à la Timone le 12 »,
    # « IRM faite à Bel-Air », « séances de chimio à la Roseraie »)
    r"|rdv\b|rendez-vous|bilan|examens?\b|séances?\b|hospit\b|scanner|irm\b|chimio|radiothérapie)"
)
# What ends a clause, read back from the link: a full stop, a semicolon, a line break.
_CLAUSE_END = re.compile(r"[.;!?\n]")
# Feasts and seasons said with « à la »: a time, no place (« opéré à la Toussaint »).
_FEASTS = frozenset(
    {"toussaint", "pentecote", "noel", "chandeleur", "saint-jean", "saint-martin", "saint-sylvestre",
     "rentree", "paques", "ascension", "assomption", "trinite", "saint-michel", "mi-careme", "careme"}
)  # fmt: skip
# A hospital's kind abroad, after its name (``establishment``, ``hospital_abroad`` read them whole).
_FOREIGN_KINDS = ("klinik", "clinic", "spital", "hospital", "klinikum", "krankenhaus")
# Kinds of establishments and units, and words of care, capitalised alone: no name of its own.
_KINDS = frozenset(
    {"clinique", "polyclinique", "hopital", "centre", "institut", "maternite", "maison", "fondation",
     "residence", "pharmacie", "laboratoire", "cabinet", "service", "unite", "consultation", "urgences",
     "reanimation", "securite", "sociale", "caisse", "mutuelle", "mairie", "prefecture", "poste", "douleur",
     "memoire", "main", "femme", "mere", "enfant", "enfants", "reproduction", "fertilite", "obesite", "voix",
     "vision", "nutrition", "sante", "soins", "cancer", "chirurgie", "medecine", "sommeil", "ville", "campagne",
     "montagne", "mer", "plage", "ferme", "gare", "capitale", "region", "metropole", "defense"}
)  # fmt: skip


class SiteAfterCareCueRecogniser:
    """ETABLISSEMENT: a site of care by its own name after a unit and « de », or after « à » in a
    clause of care."""

    name = "fr_site_after_care_cue"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon or load_lexicon()

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return "de " in low or "à " in low or "du " in low or "au " in low

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in finditer(_CANDIDATE, text):  # (tried at its first letters only: same matches)
            link = m["link"]
            start = m.start("article") if m["article"] else m.start("name")
            # (the cue first: a look-back on a few characters, cheaper than the name's look-ups)
            if link in ("de", "du"):
                if link == "du" or not self._unit_before(text, m.start(), bool(m["article"])):
                    continue
            elif not self._care_in_clause(text, m.start()):
                continue
            if not self._a_name(m["name"], bool(m["article"])) or _SPECIES_AFTER.match(text, m.end()):
                continue
            yield Finding(start, m.end("name"), Label.ETABLISSEMENT, 0.75, self.name)

    def _a_name(self, name: str, article: bool) -> bool:
        if FAMOUS.match(name) or SHORT_NAME.match(name):
            return (
                False  # a hospital that ``establishment`` names alone, its article outside (« à la Pitié »)
            )
        words = name_words(name)
        keys = [fold(w) for w in words]
        folded = fold(name)
        if any(w.lower().endswith(_SPECIALTY_ENDINGS) or fold(w) in CLIPPED_SPECIALTIES for w in words):
            return False  # « Service de Néphrologie », « consultation de Gériatrie »: the unit's name
        if any(k.endswith(_FOREIGN_KINDS) for k in keys):
            return False  # « la Bergmann Klinik »: the kind's own recogniser reads it whole
        if keys[0] in _KINDS or folded in _FEASTS or keys[0] in _FEASTS:
            return False
        if a_department_or_region(folded) or folded in LANDS_NAMED_WITH_EN:
            return False
        # (a country, an eponym, the words of the medicine database: « passés à Atripla », « la posologie
        # de Refludan »)
        if only_countries(name) or an_eponym_among(keys) or medicine_words_only(keys):
            return False
        lexicon = self._lexicon
        if lexicon.commune(name) is not None or lexicon.commune(f"La {name}") is not None:
            return False
        if lexicon.commune(f"Le {name}") is not None or lexicon.commune(f"L'{name}") is not None:
            return False
        if article:
            # « la Conception », « la Reine Blanche »: words of the language too, the article names them
            return True
        # without the article, a word that only a place of care is (no word, person, or listed place);
        # a hyphenated compound is read whole (« Bel-Air » is no word, « bel » and « air » are)
        whole = [w for w in re.split(r"[ \t]+", name) if w]
        return not a_word_or_given_name(whole, surnames=True)

    @staticmethod
    def _unit_before(text: str, at: int, article: bool) -> bool:
        m = _UNIT_BEFORE.search(text, max(0, at - 60), at)
        if m is None or fold(m["unit"]) in _NOT_UNITS:
            return False
        if not article and fold(m["unit"]) == "chirurgie":
            return False  # « chirurgie de Mohs »: a technique named after its author
        unit = m["unit"]
        if unit[:1].isupper():
            # a capitalised unit is read only opening its sentence or line (« Urgences de X ») — a heading
            # in title case capitalises its words of care (« Service de Chirurgie de la Main »)
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
            return before == "" or before[-1] in ".\n:—–-(" or m.start() == 0
        return True

    @staticmethod
    def _care_in_clause(text: str, at: int) -> bool:
        window = max(0, at - 120)
        clause_start = window
        for end in _CLAUSE_END.finditer(text, window, at):
            clause_start = end.end()
        return _CARE_IN_CLAUSE.search(text, clause_start, at) is not None
