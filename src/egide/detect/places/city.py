"""Cities (VILLE): names from the official list of French communes, in a context that makes them places.

Many communes are ordinary words (« Vue », « Plan », « Sens », « Bonne », « Tours ») or surnames,
so a name from the list is reported only when

- it follows a postcode (« 76000 Rouen »), or
- a residence or origin cue ends right before it (« domiciliée à », « né à », « habite »,
  « originaire de », « CHU de »), or
- « à », « au », « de », « d' »… ends right before it and the name is not also a French word (or is
  a large city: « à Paris », « de Cannes »), or
- it opens a line and a date follows (« Lyon, le 3 mars 2020 »), or
- it is a multi-word capitalised name that is not a French word (« Boulogne-Billancourt »).

Only capitalised or all-caps names are candidates: « à tours de rôle » is not a city.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from egide.detect.calendar import NUMERIC_DATE
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.eponyms import is_unambiguous_eponym
from egide.detect.names.lexicon import fold as _fold_word
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.needles import Needles
from egide.detect.places.atoms import CHUNK, CROSSING_STREET, LOWER, TOKEN, UPPER
from egide.detect.places.countries import only_countries
from egide.detect.places.lexicon import (
    LARGE_CITY,
    Commune,
    Lexicon,
    commune_after,
    fold,
    fold_cached,
    load_lexicon,
)
from egide.detect.places.not_a_place import CONTRACTIONS as _CONTRACTIONS
from egide.detect.places.not_a_place import DEPARTMENT_AFTER as _DEPARTMENT_AFTER
from egide.detect.places.not_a_place import (
    DEVICES_NAMED_LIKE_COMMUNES,
    a_given_name_then_surname,
    a_land_in_brackets,
    a_month_since,
    a_region_after_en,
    a_thing_after_a_contraction,
    after_a_title,
    after_an_eponym_head,
    an_eponym_by_its_context,
    grades_a_scale,
    heads_a_house_name,
    in_a_medicine_name,
    in_the_hospital_group_name,
    names_a_company,
    names_a_meeting,
)
from egide.detect.places.not_a_place import EPONYM_HEADS as _EPONYM_HEADS
from egide.detect.places.not_a_place import MEETINGS as _MEETINGS
from egide.detect.places.not_a_place import is_field_label as _is_field_label
from egide.detect.places.not_a_place import previous_words as _previous_words
from egide.detect.places.not_a_place import without_accents as _without_accents
from egide.detect.places.postcode import (
    CITY_WORDS,
    CODE_TO_CITY,
    commune_before_closing_code,
    lower_unlisted_commune,
    unlisted_commune,
)
from egide.detect.places.regions import DEPARTMENT_NAMES, LANDS_NAMED_WITH_EN
from egide.detect.recognisers.fr.dates.base import word_starts

_CHUNK = re.compile(CHUNK, re.VERBOSE)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
# A capitalised word (letters only): the cheap scan that proposes where a name could start.
_CAPITALISED = re.compile(f"[{UPPER}][{LOWER}{UPPER}]*")

# A postcode then its commune in any case, after spaces, a comma, a cell separator or a line break, the
# name possibly cut after a hyphen by a line break (« 69003 lyon », « 69003, Lyon », « 92100 Boulogne-
# \nBillancourt »). « [0-9][0-9] » rather than « [0-9]{2} »: a pattern that starts with a character
# class, not a repeat, lets ``re`` skip from digit to digit (twice as fast).
# (or spaced by a scan, « 12 5 8 0 Villecomtal », before a capitalised listed commune only: ``spaced``)
_POSTCODE_CITY = re.compile(
    rf"(?P<code>[0-9][0-9](?: ?[0-9]{{3}}|(?P<spaced> [0-9] ?[0-9] ?[0-9]))){CODE_TO_CITY}(?P<city>{CITY_WORDS})"
)
# « Paris 15e », « LYON 3 », « Marseille 13ème »: the arrondissement goes with the city.
_ARRONDISSEMENTS = {"paris": 20, "lyon": 9, "marseille": 16}
# With its ordinal suffix or bare, the number may end a clause (« Paris 14e, … », « LYON 3, 41 cours
# Gambetta »); bare, it must not run on into a decimal or a longer number (« Lyon 3,5 »).
_ARRONDISSEMENT_AFTER = re.compile(
    r"[ \t]+(?:(?P<n>[0-9]{1,2})(?:(?:e|è|ème|eme|er|ᵉ|ᵉʳ)(?!\w)|(?![\w]|[,.][0-9]))|(?P<roman>[IVX]{1,5})(?:e|ème|er)(?!\w))"
    r"(?![ \t]*(?:ans?|fois|jours?|mois|h|heures?|%)(?![\w]))"
)
_ROMAN = {"I": 1, "V": 5, "X": 10}
# Paris, Lyon or Marseille and an arrondissement, whatever precedes them (« Maison médicale Jeanne Garnier,
# Paris 15e », « …, 4471318, LYON 8 » in an export): the number makes a district of the city, a place
# that no cue needs to announce. Bare, the number must end a cell, an item or a line (« Paris 15
# novembre » is a dateline, « Lyon 2 fois » a count).
# (opening on a class, the character before looked at after it: ``re`` skips to « P », « L », « M » in C)
_CITY_WITH_ARRONDISSEMENT = re.compile(
    r"(?P<city>[PLM](?<![\w\-].)(?:(?<=P)(?:aris|ARIS)|(?<=L)(?:yon|YON)|(?<=M)(?:arseille|ARSEILLE)))"
    r"(?=[ \t]+(?:[0-9]|[IVX]{1,5}(?:e|ème|er)))"
)
_LOWER_CITY_WITH_ARRONDISSEMENT = re.compile(
    r"(?P<city>paris|lyon|marseille)(?=[ \t]+(?:[0-9]|[IVX]{1,5}(?:e|ème|er)))"
)
_BARE_NUMBER_ENDS = re.compile(r"[ \t]*(?:$|\n|[,;|)\t]|\.(?![0-9])|[ \t]+[—–-][ \t])")
_HYPHEN_HEAD = re.compile(rf"[{UPPER}][{LOWER}{UPPER}]+(?=-[{UPPER}])")
_HYPHENATED_REST = re.compile(rf"(?:-[{UPPER}][{LOWER}{UPPER}]+)+(?![\w\-])")
# The rest of a place's hyphenated name after a listed commune that is its head (« Saint-Gilles » in
# « Saint-Gilles-les-Bains », a seaside resort of Saint-Paul; « Saint-Georges » in « Saint-Georges-de-
# l'Oyapock »): its small words and capitalised names, each after its hyphen, to the word's end.
# (a small word or an elided article opens the rest: « Leconte de Lisle-Gabriel Fauré » is two names)
# The rest's parts are bounded: France's longest commune has seven (« Saint-Rémy-en-Bouzemont-Saint-Genest-
# et-Isson »), and an unbounded repetition read the whole of a hostile « Saint-Martin-de-Saint-Martin-de-… »
# from every commune found in it, quadratic in the text's length.
_HYPHENATED_TAIL = re.compile(
    rf"(?:-(?:les|lès|lez|sur|sous|en|de|du|des|la|le|aux|au|et)-(?:[ld]['’])?|-[ld]['’])[{UPPER}][{LOWER}]+"
    rf"(?:-(?:(?:les|lès|lez|sur|sous|en|de|du|des|la|le|aux|au|et)-){{0,2}}(?:[ld]['’])?[{UPPER}][{LOWER}]+){{0,8}}(?![\w\-'’])"
)
# The hyphenated words that go on from a place found (« -deux-Guiers », « -Baden »), at most seven, and
# each of them (``CityRecogniser._whole_hyphenated``).
_HYPHENATED_WORDS = re.compile(r"(?:-[^\W\d_][\w'’]*){1,7}")
_HYPHEN_PART = re.compile(r"-[^\W\d_][\w'’]*")
_CEDEX_AFTER_CITY = re.compile(r"[ \t]+(?:CEDEX|Cedex|cedex)(?!\w)")
# After a residence cue, a commune typed in lower case (« habite à lyon », « né à saint-etienne »): only
# towns large enough and not French words (« vit en ville » is no place).
_LOWER_AFTER_CUE = re.compile(
    r"[^\W\d_]+(?:\(e\))?[ \t]+(?:à|au|aux|en|de|du|d['’])[ \t]*(?P<name>[a-zà-ÿ][\w'’\-]*(?:[ \t]+[a-zà-ÿ][\w'’\-]*){0,3})"
)
_LOWER_MIN_POPULATION = 10_000
_DATE_AFTER = re.compile(
    r"[ \t]*[,|\t][ \t]*(?:(?:le|Le|LE|ce)[ \t]+\w"
    # (or the date right after the comma, without « le »: « Nantes, 28 novembre 2026 », « Lens, 3/12/2026 »)
    r"|(?:1er|[0-9]{1,2})[ \t]+[a-zéû]{3,9}\.?[ \t]+[0-9]{4}(?![0-9])"
    r"|[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})(?![0-9])"
    # (or a letter in English's: « Monaco, December 3rd, 2026 », « Basel, 3 December 2026 »)
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+"
    r"[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]+[0-9]{4}(?![0-9])"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December),?[ \t]+[0-9]{4}(?![0-9]))"
)
# A dateline's date in figures or with its day and month after the commune (« Strasbourg, le 18.02.2025 »).
_DATE_AFTER_COMMA = re.compile(
    r",[ \t]*(?:le|Le)[ \t]+(?:[0-9]{1,2}[ \t]*[/.\-][ \t]*[0-9]{1,2}[/.\-][0-9]{2,4}|[0-9]{1,2}(?:er)?[ \t]+[a-zéû]{3,9}[ \t]+[0-9]{4})"
)
# A commune found with this score or more is found again wherever the text names it (``_named_again``);
# a title right before an occurrence makes a person of it (« Dr Laval »).
_NAMED_AGAIN_MIN = 0.75
_TITLE_BEFORE_NAME = re.compile(r"(?:Dr|Pr|Docteur|Professeur|M|Mme|Mlle|Mr|Madame|Monsieur|Me)\.?[ \t]+$")

# A department's name in brackets after a commune (« Eymet (Dordogne) », « Meymac (Corrèze) »): a letter
# or a form situates a small commune so, as it does with the department's number.
_DEPARTMENT_NAME_AFTER = re.compile(r"[ \t]*\((?P<name>[^\W\d_][^()\n\d]{2,28})\)")
_DEPARTMENTS = DEPARTMENT_NAMES
# The words just before a name, lower-cased, decide its context (a set lookup: no regex scan per name).
_LINKS = frozenset({"à", "a", "de", "d'", "d’", "du", "au", "aux", "sur", "vers", "en", "depuis"})
# « a » is « à » typed without its accent (« vit seul a Tourcoing »); it stays out of ``_A_LINKS``:
# « il a Orange » … is no place.
# The rest of a bracket that holds a commune alone: an arrondissement or a department may follow.
_CLOSES_BRACKET = re.compile(r"(?:[ \t]+[0-9]{1,2}(?:e|è|ème|eme|er)?)?(?:[ \t,\-]+[0-9]{2,3})?[ \t]*\)")
# « (Nouméa, 18/03/2025) »: a bracket that gives where and when, a meeting's or a letter's.
# « (…, March 14, 2018, Yaoundé) »: a year or a full date in figures, a comma, then the town closing a bracket.
# (a full date: a year alone is a citation's, « (Lancet 2019, Boston) »)
_DATE_COMMA_BEFORE = re.compile(
    r"(?:(?<![0-9])[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4}|[0-9]{1,2}(?:er)?,?[ \t]+[^\W\d_]{3,9}\.?[ \t]+[0-9]{4}"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?,[ \t]*[0-9]{4})[ \t]*,[ \t]*$"
)
_BRACKET_ENDS_AFTER = re.compile(r"[ \t]*\)")
_DATE_CLOSES_BRACKET = re.compile(rf"[ \t]*,[ \t]*(?:le[ \t]+)?{NUMERIC_DATE}[ \t]*\)")
# « (Millau, 05 65 60 12 48) »: a bracket that gives a shop's or a practice's town and its phone.
_PHONE_CLOSES_BRACKET = re.compile(
    r"[ \t]*,[ \t]*(?:(?i:t[ée]l)\.?[ \t]*:?[ \t]*)?(?:\+33[ \t]?(?:\(0\)[ \t]?)?|0)[1-9](?:[ \t.]?[0-9]{2}){4}[ \t]*\)"
)
# « vient de », « venant de », then a word: the town a patient comes from (``_came_from``).
# (opening on the word, the character before looked at in ``_came_from``: ``re`` skips to a « v » in C)
_CAME_FROM = re.compile(r"v(?:ient|enant)[ \t]+(?:de|d['’])[ \t]*(?=[^\W\d_])")
# « chez elle à », « chez lui à », then a word in lower case: the home's commune (``_at_home``).
# « parle de rentrer à lourdes », « veut repartir à vienne », « retour à tours prévu lundi »: the town a
# patient goes home to, typed in lower case by a night note. A large commune even if it is also a word,
# when no word in lower case follows that would make a phrase of it (« à lourdes doses », « à tours de rôle »).
_GOING_TO = re.compile(
    r"(?:(?:re)?(?:rentr|retourn)(?:er|e|era|ait|ent)|retour|(?:re)?part(?:ir|ira|ait)|aller|ira)"
    r"[ \t]+(?:à|a)[ \t]+(?=[a-zà-ÿ])"
)
_GOING_TO_NEEDLES = ("rentr", "retour", "parti", "partait", "aller", "ira ")
_GOING_TO_FOUND = Needles(_GOING_TO_NEEDLES)
# What may follow the town: the clause ends, a quote, a bracket, a time or a linking word.
_AFTER_TOWN_GONE_TO = re.compile(
    r"[ \t]*(?:$|[\n,;.:!?)(\"«»—–-]|(?:chez|pour|avec|en|dans|demain|ce|le|la|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|après|apres|dès|des|car|si|puis|et|prévu|prévue|prevu|prevue)(?![\w'’]))"
)
# A relative, then « à » and a word in lower case: where the relative lives, as a hurried note types it
# (« famille prévenue (fils à arques) », « sa fille à lannion vient demain »). (``_relative_at``)
_RELATIVE_AT = re.compile(
    r"(?:fils|filles?|fr[èe]res?|s(?:œ|oe)urs?|m[èe]re|p[èe]re|parents|enfants|[ée]pou(?:x|se)|mari|conjointe?"
    r"|neveu|ni[èe]ce|cousine?|oncle|tante|famille|belle-fille|gendre|beau-fils)"
    r"[ \t]+(?:à|a)[ \t]+(?=[a-zà-ÿ])"
)
_RELATIVE_NEEDLES = Needles(("fils", "fille", "frère", "frere", "sœur", "soeur", "mère", "mere", "père", "pere",
                             "parents", "enfants", "époux", "epoux", "épouse", "epouse", "mari", "conjoint",
                             "neveu", "nièce", "niece", "cousin", "oncle", "tante", "famille", "gendre"))  # fmt: skip
# What the relative does, right after the town (« sa fille à lannion vient demain », « fils à morlaix
# prévenu »).
_RELATIVE_ACTS = re.compile(
    r"[ \t]+(?:vient|viendra|viendront|passe|passera|appelle|appellera|rappelle|rappellera|est|sont"
    r"|pr[ée]venue?s?|joint|jointe|joignable|inform[ée]e?s?)(?![\w'’])"
)
# A commune this small is a word of jargon or a name as often as a place, typed in lower case.
_RELATIVE_TOWN_MIN_POPULATION = 1_000
_AT_HOME = re.compile(r"chez[ \t]+(?:elle|lui|eux|elles|soi)[ \t]+(?:à|a)[ \t]+(?=[a-zà-ÿ])")
# A bracket opened on the same line and not closed before the name.
_OPEN_BRACKET_BEFORE = re.compile(r"\([^()\n]{0,40}$")
# A title and a capitalised surname right before a bracket (« Dr Ropars (», « Mme Le Gall (»).
_TITLED_NAME_BEFORE = re.compile(
    r"(?<![\w])(?:Dr|Pr|Docteur|Professeur|M\.|Mme|Mlle)[ \t]+[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+)?[ \t]*$"
)
# A practitioner's title, perhaps the initials of his given name, and his surname opening a line, then
# a dash or a comma (« Dr G. Ropars — », « Dr Anne Le Bihan, »): the signature of a prescription or a
# letter, the town he practises in after it.
_SIGNING_PRACTITIONER_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:Dr|Pr|Docteur|Professeur)\.?[ \t]+(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?[ \t]*)?"
    r"[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+)?[ \t]*(?:[—–,]|[ \t]-)[ \t]*$"
)
# The line, or the text, ends after the town (spaces may trail).
_LINE_ENDS_AFTER = re.compile(r"[ \t]*(?:\n|$)")
# « en route depuis Ustaritz », « appelle depuis Pontault-Combault »: where someone comes from.
_WEAK = frozenset({"à", "a", "au", "aux", "sur", "vers", "en", "de", "du", "d'", "d’", "depuis"})
_A_LINKS = frozenset({"à", "au", "aux"})
# The words before a device's eponym (« drain de Redon », « pas de Redon », « sans Redon », « deux Redon »).
_DEVICE_LINKS = frozenset({"de", "d'", "d’", "pas", "sans", "un", "deux", "trois", "le", "les", "par", "sur"})
# A trip's words: « pour » and a commune after them is where the patient goes (« taxi réservé pour
# Hendaye », « billet de train pour Quimper », « départ pour Mende »).
_TRAVEL_WORDS = frozenset(
    {"taxi", "vsl", "ambulance", "transport", "train", "billet", "vol", "avion", "départ", "part", "partir",
     "partira", "retour", "rentre", "rentrer", "rentrera", "navette", "bus", "car", "réservé", "réservée"}
)  # fmt: skip
# Prepositions of English, Portuguese and German before a place (« in », « em », « from », « aus »).
_FOREIGN_LINKS = frozenset({"in", "em", "from", "aus", "nach"})
# The English words before « to » and a place a person goes to (« flies home to Cork », « moved back to »).
_ENGLISH_TRIP = frozenset(
    {"home", "back", "moved", "moving", "returns", "returned", "returning", "flies", "flew"}
)
_DE_LINKS = frozenset({"de", "du", "d'", "d’"})
# Cues after which any capitalised name is a place (of birth, residence or the country and town a patient
# came from: « arrivé de Hanoï », « rapatriée de Dakar »), listed or not; on the lower-cased text,
# grouped by first letter for a fast scan (see ``word_starts``).
_ORIGIN_CUE = re.compile(
    r"[^a-zà-ÿ0-9_](?:n(?:ée?s?|é\(e\)|ee?s|ee|e\(e\))|originaires?|d(?:omicilie[e]?s?|omiciliée?s?|emeurante?|emeure)"
    r"|r(?:ésidante?|éside|ésidait|esidante?|eside|esidait|apatriée?s?|éfugiée?s?)|h(?:abite|abitait)"
    r"|v(?:it|ivait|ivant)|installée?s?|a(?:rrivée?s?|rrive)|é(?:migrée?s?|migre)|immigrée?s?"
    # a place named by its kind: « village de Kawéni », « commune de Bouéni », « quartier de Cavani »;
    # an island, as small as a village (« originaire de l'île de Sein », « l'île d'Houat »)
    r"|village|commune|quartier|hameau|bourg|[îi]les?"
    # a Kanak tribe, the place of a New Caledonian village (« tribu de Drueulu »)
    r"|tribu)(?![a-zà-ÿ])"
)
_BIRTH_DATE = (
    rf"(?:{NUMERIC_DATE}|(?:1er|[0-9]{{1,2}})[ \t]+[^\W\d_]{{3,9}}\.?[ \t]+[0-9]{{4}}"
    r"|[0-9]{4})"
)
_AFTER_ORIGIN_CUE = re.compile(
    # the cue and its link word in any case, the name capitalised (« né à terme » is no place)
    # (« a »: « à » typed without its accent; after a birth or residence cue it is no verb)
    # between a birth cue and its place, the date of birth (« né le 01/01/1996 à Conakry », « née le 3
    # mars 1970 à Oran », « né en 1985 à Tizi Ouzou »)
    # a form's fields: « Né(e) le : 01/01/1990   à : Abidjan »
    rf"[^\W\d_]+(?:\(e\))?(?:[ \t]+(?i:le[ \t]*(?::[ \t]*)?|en[ \t]+)?{_BIRTH_DATE},?)?"
    # (a link word is whole: « VIT AU HAMEAU » is no « a » before « U HAMEAU »)
    rf"[ \t]+(?i:(?:à|a|au|aux|en|de|du)(?![^\W\d_])|d['’])(?:[ \t]*:)?[ \t]*(?P<name>{CHUNK})",
    re.VERBOSE,
)
# The last word of a place's run, when a colon follows it: the label of the form's next field
# (« Né à Conakry⏎Tél. : », « à : Abidjan   Nationalité : »).
_FIELD_LABEL_LAST = re.compile(r"[ \t\n]+[^\W\d_]+$")
_LABEL_COLON = re.compile(r"\.?[ \t]*:")
_CODE_AFTER_LETTERS = re.compile(r"-[0-9]")
_NOT_PLACES = frozenset(
    ["ehpad", "foyer", "résidence", "maison", "institution", "hôpital", "clinique", "centre", "usld", "ssr",
     "unité", "service", "famille", "colocation", "appartement", "internat", "prison", "détention", "chrs",
     "esat", "mecs", "ehpa", "marpa", "usld", "mas", "fam", "ime", "had", "ssiad", "uhr", "pasa", "cada",
     # where a patient arrives inside the hospital (« arrivé aux Urgences », « arrivée en Réanimation »)
     "urgences", "urgence", "réanimation", "réa", "bloc", "salle", "chambre", "consultation", "box",
     "soins", "hospitalisation", "cardiologie", "médecine", "chirurgie", "pédiatrie", "gériatrie"]
)  # fmt: skip
_ARTICLES = frozenset({"l", "d", "le", "la", "les", "aux", "las", "los"})


def _unit_acronym(name: str) -> bool:
    """A word of four or five capitals (« SSPI », « USIC », « UHCD »): how a hospital's units are named
    where a patient arrives « en » (a town takes « à »; a listed commune, « METZ », is asked apart)."""
    return name.isalpha() and name.isupper() and 4 <= len(name) <= 5


_ISLANDS = frozenset({"ile", "iles"})

#: Heads the city recogniser reads as naming a meeting or a person, not the place after them (« congrès
#: de Strasbourg », « signe de Trousseau »): exposed, folded, for the place tagger (which asks no
#: word they head).
NOT_A_PLACE_HEADS = frozenset(_fold_word(w) for w in _MEETINGS | _EPONYM_HEADS)
_STRONG = frozenset(
    [
        "né",
        "née",
        "nés",
        "nées",
        "né(e)",
        "ne",
        "nee",
        "domicilié",
        "domiciliée",
        "domiciliés",
        "domiciliées",
        "domicile",
        "habite",
        "habitent",
        "habitant",
        "habitante",
        "vit",
        "vivant",
        "vivent",
        "vivait",
        "demeurant",
        "demeurante",
        "demeure",
        "réside",
        "résident",
        "résidente",
        "résidant",
        "résidante",
        "résidait",
        "résidence",
        "originaire",
        "originaires",
        "installé",
        "installée",
        "installés",
        "transféré",
        "transférée",
        "transférés",
        "muté",
        "mutée",
        "adressé",
        "adressée",
        "hospitalisé",
        "hospitalisée",
        "décédé",
        "décédée",
        "chu",
        "chr",
        "chru",
        "chi",
        "ch",
        "ghu",
        "hôpital",
        "clinique",
        "ville",
        "commune",
        "mairie",
        "région",
        "secteur",
        "banlieue",
        "environs",
        "près",
        "proche",
        "ehpad",
        "agglomération",
        "métropole",
        "naissance",
        # where a patient travels to, as a vaccination or a travel certificate names it (« Destination :
        # Douala (Cameroun) », « destination Bamako »)
        "destination",
        # the place of a death, as a certificate's field names it (« Commune de décès : Vesoul »,
        # « lieu de décès : Dole »), beside the place of a birth
        "décès",
        "lieu",
        # the institutions of a town that notes name by it (« TRIBUNAL JUDICIAIRE DE COLMAR », « le JLD
        # de Créteil », « sous-préfecture de Sarrebourg », « CPAM de Dax »): the town is where the
        # patient lives or is held, and the heading is no « SERVICE DE X »
        "tribunal",
        "judiciaire",
        "jld",
        "préfecture",
        "sous-préfecture",
        "commissariat",
        "gendarmerie",
        "cpam",
        # where a cross-border patient lives or was born, as a German, Dutch or Spanish prescription or
        # form from across the border writes it (« wohnhaft Spicheren (F) », « woonachtig te Menen »,
        # « domiciliado en Puigcerdà »): the words are no French ones
        "wohnhaft",
        "wohnt",
        "geboren",
        "woonachtig",
        "wonende",
        "domiciliado",
        "domiciliada",
    ]
)
# The shops of care that notes name by their town (« c'est la pharmacie de Tulle », « le laboratoire
# de Vienne a appelé »): the town is where the patient lives or is treated. Only with « de » right
# before the town: « Pharmacie du Port », « au laboratoire⏎Carnet AVK » name no town.
_SHOP_CUES = frozenset({"pharmacie", "officine", "laboratoire"})
_ELIDED_ARTICLE = re.compile(r"^l['’]")  # « l'officine de Moulins »
# the same cues typed without accents (« domiciliee », « decede »)
_STRONG = _STRONG | frozenset(
    unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in _STRONG
)
# A strong cue (« ne », a negation as often, left out), a colon or a link word, then words in lower case:
# the commune typed in lower case (``_lower_after_strong_cue``); « Dr Martin de »: where a practitioner
# practises.
_LOWER_CUES = sorted((_STRONG - {"ne", "nee"}) | {"dr", "pr", "docteur", "professeur"}, key=len, reverse=True)


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by first letter (« a(?:dressé|gglomération)|c(?:hu|h)… »):
    ``re`` then tries one branch per letter, not every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Where such a cue starts in the lower-cased text (``word_starts``: a leading character class, fast).
_LOWER_CUE_START = re.compile(r"[^a-zà-ÿ0-9_](?:" + _by_first_letter(_LOWER_CUES) + r")(?![a-zà-ÿ])")
# The cue as written, then the name, matched where a cue starts.
_LOWER_AFTER_STRONG = re.compile(
    r"(?i:(?:dr|pr|docteur|professeur)\.?[ \t]+(?-i:[A-ZÀ-Þ])[\w'’\-]+|"
    + "|".join(re.escape(w) for w in _LOWER_CUES)
    + r")(?![^\W\d_])[ \t]*(?::[ \t]*)?(?:(?:à|au|aux|en|de|du)[ \t]+|d['’][ \t]*)?"
    + r"(?P<name>[a-zà-ÿ][\w'’\-]*(?:[ \t]+[a-zà-ÿ][\w'’\-]*){0,3})"
)
# The cues of ``_STRONG`` that name an area, not a person's place.
_AREA_CUES = frozenset(
    {"ville", "commune", "mairie", "région", "region", "secteur", "banlieue", "environs", "agglomération",
     "agglomeration", "métropole", "metropole", "chu", "chr", "chru", "chi", "ch", "ghu", "hôpital", "hopital",
     "clinique", "tribunal", "judiciaire", "jld", "préfecture", "prefecture", "sous-préfecture",
     "sous-prefecture", "commissariat", "gendarmerie", "cpam"}
)  # fmt: skip
# A postcode in brackets right after a name (« Schiltigheim (67300) »): a department's two digits (01 to
# 98, Corsica's 20) then three; the name before it is its commune, word or not.
# « à Kawéni (97600 Mamoudzou) »: a place, then its commune's postcode and name in brackets.
_BRACKETED_COMMUNE = re.compile(
    r"\([ \t]*(?:0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}[ \t]+(?P<commune>[A-ZÀ-Þ][\w'’]*(?:[ \t-][\w'’]+){0,4}?)[ \t]*\)"
)
_LOCALITY_BEFORE = re.compile(
    r"(?<![\w'’])(?:à|a|au|de|du|d['’])[ \t]*"
    r"(?P<name>[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*){0,2})[ \t]*$"
)
# The commune alone in brackets after a place in it (« éleveur à Grand-Coude (Saint-Joseph) », « au
# Bourg-Murat (La Plaine-des-Cafres) »): a village or a district of the commune, after « à » or « au » only
# (« de » links a disease or a sign to its eponym as often), the commune listed and no word of French.
_BARE_BRACKETED_COMMUNE = re.compile(r"\([ \t]*(?P<commune>[A-ZÀ-Þ][\w'’]*(?:[ \t-][\w'’]+){0,4}?)[ \t]*\)")
_LOCALITY_AFTER_A = re.compile(
    r"(?<![\w'’])(?:à|au)[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*){0,2})[ \t]*$"
)
_POSTCODE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?:0[1-9]|[1-8][0-9]|9[0-8])[ \t]?[0-9]{3}[ \t]*\)")
# « Bordeaux le 10/4/17 »: a cell separator folded to a space; only for communes that are not words
# (« Vue le 3 mars par … » opens a sentence).
_DATE_AFTER_SPACE = re.compile(r"[ \t]+(?:le|Le|LE)[ \t]+[0-9]")
# (a large commune that is also a word, with the whole date, year and all: « Limoges le 2/l2/2026 »,
# « Vannes le 12 mars 2026 »; « Sens le 12/03 » stays a sentence)
_FULL_DATE_AFTER_SPACE = re.compile(
    r"[ \t]+(?:le|Le|LE)[ \t]+[0-9OoIl]{1,2}(?:[./-][0-9OoIl]{1,2}[./-]|(?:er)?[ \t]+[^\W\d_]{3,9}[ \t]+)"
    r"[0-9OoIl]{2}(?:[0-9OoIl]{2})?(?![\w/])"
)
# The rest of a line that holds a commune alone (« LYON », « Lyon CEDEX », « Lyon, France »).
# (maybe the border of a table's row: « | VILLEURBANNE | »)
_ALONE_ON_LINE = re.compile(
    r"[ \t]*(?:(?:CEDEX|Cedex)(?:[ \t]+[0-9]{1,2})?|,?[ \t]*(?:France|FRANCE))?[ \t]*(?:\|[ \t]*)?(?:\n|$)"
)
# The gap between two columns of a page merged on one line (three blanks or more, or a tab).
# (not a tab: a record screen's cells, read by the column recognisers with their headers)
_COLUMN_GAP = re.compile(r"[ ]{3,}(?=\S)")
# A numbered street line: « 12 rue des Lilas », « 3, av. Foch ».
_STREET_LINE = re.compile(
    r"(?<![\w])[0-9]{1,4}(?:[ \t]?(?:bis|ter))?[ \t]*,?[ \t]*(?i:rue|avenue|av\.?|bd|boulevard|impasse|allée|place"
    r"|chemin|route|quai|cours|square|résidence|lotissement|lieu-dit"
    # (the other kinds of ways an address numbers: « 18 cité des Fleurs », « 4 passage Dubail », « 2 villa
    # Molitor », « 7 sentier des Vignes », « 12 faubourg de Lille »)
    r"|cité|cite|passage|villa|sentier|ruelle|faubourg|fbg|chaussée|esplanade|promenade|voie|hameau|clos)(?![\w])"
)
# A street line without number whose word is never anything but a place, before a capitalised name
# (« Ferme des Combes », « lieu-dit Kerhuel », « hameau de la Forge »): a commune may follow it as it
# follows a numbered line.
# A street named without its number is one too (« chantier rue de la Libération, Montluçon », « route de
# Chanac, Barjac »): the type in lower case, then a capitalised name.
_PLACE_LINE = re.compile(
    r"(?<![\w])(?:(?i:lieu-dit|lieudit|hameau|ferme|mas|bastide|manoir|résidence|lotissement)"
    r"|rue|avenue|boulevard|impasse|allée|route|chemin|quai)[ \t]+"
    r"(?:(?:de[ \t]+la|des|du|de|d['’]|l['’]|la|le|les)[ \t]*)?[A-ZÀ-ÖØ-Þ]"
)
_CROSSING_LINE = re.compile(rf"(?<![\w]){CROSSING_STREET}")


def _word_occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (no letter, digit, « - » or « ' » before it)."""
    k = text.find(word)
    while k != -1:
        if k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "-'’_"):
            yield k
        k = text.find(word, k + 1)


def _arrondissement(match: re.Match[str]) -> int:
    """The number of « 14e » or « XIVe »."""
    if match["n"] is not None:
        return int(match["n"])
    values = [_ROMAN[c] for c in match["roman"]]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _origin_cue_starts(doc: Document) -> tuple[int, ...]:
    """Where a birth or residence cue may start in the lower-cased text (``doc.lowered``, not None):
    the same in both readings of a text (:meth:`Document.shared_by_readings`: ``_ORIGIN_CUE`` holds
    no white space and reads a line break before or after its word as it reads a space)."""
    return tuple(word_starts(_ORIGIN_CUE, doc.lower))


_TITLE_CUES = frozenset({"dr", "dr.", "pr", "pr.", "docteur", "professeur"})


def _lower_cue_starts(doc: Document) -> tuple[int, ...]:
    """Where a strong cue may start (``_LOWER_CUE_START`` on the lower-cased text): the same in both
    readings of a text, as for :func:`_origin_cue_starts`."""
    return tuple(word_starts(_LOWER_CUE_START, doc.lower))


class CityRecogniser:
    """VILLE: a French commune named in a place context."""

    name = "fr_city"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        found = list(self._capitalised(text, doc.shared_by_readings(self._name_starts)))
        found.extend(self._after_postcode(text))
        if "(" in text:
            found.extend(self._localities(text))
        found.extend(self._with_their_arrondissement(text))
        if doc.lowered is not None:
            found.extend(self._places_of_origin(text, doc.shared_by_readings(_origin_cue_starts)))
        starts = {f.start for f in found}
        cues = doc.shared_by_readings(_lower_cue_starts)
        found.extend(f for f in self._lower_after_strong_cue(text, cues) if f.start not in starts)
        if "chez " in text:
            found.extend(f for f in self._at_home(text) if f.start not in starts)
        if _GOING_TO_FOUND.found_in(text):
            found.extend(f for f in self._going_to(text) if f.start not in starts)
        if _RELATIVE_NEEDLES.found_in(text):
            found.extend(f for f in self._relative_at(text) if f.start not in starts)
        if "vient d" in text or "venant d" in text:
            found.extend(f for f in self._came_from(text) if f.start not in starts)
        found = [self._whole_hyphenated(text, f) if text.startswith("-", f.end) else f for f in found]
        yield from found
        yield from self._named_again(text, found)

    def _whole_hyphenated(self, text: str, found: Finding) -> Finding:
        """``found``, a place that a hyphen goes on from, stretched over the listed name it is the head of
        (« né à Entre-deux-Guiers »: a chunk of capitalised words stops at « Entre »; « elle habite
        Baden-Baden »: the listed « Baden » of Morbihan is the head of the German town), else over the rest
        of a hyphenated name that small words link (:func:`_whole_hyphenated`)."""
        rest = _HYPHENATED_WORDS.match(text, found.end)
        if rest is not None:
            ends = [m.end() for m in _HYPHEN_PART.finditer(text, found.end, rest.end())]
            for end in reversed(ends):
                if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
                    continue
                if self.lexicon.commune(text[found.start : end]) is not None:
                    return Finding(found.start, end, found.label, found.score, found.source)
        return _whole_hyphenated(text, found)

    def _named_again(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """The other occurrences, as written, of a commune a cue made a place once in the text (« à :
        Douarnenez (29) » in a banner, « Dr Kervarec — Douarnenez » further down): a long document
        names its places again where no cue stands. Not a commune that is also a French word (« Vue »),
        nor a city abroad (« Florence »: a first name as often)."""
        named = {text[f.start : f.end] for f in found if f.score >= _NAMED_AGAIN_MIN}
        if not named:
            return
        at = {f.start for f in found}
        for name in named:
            commune = self.lexicon.commune(name)
            if commune is None or commune.is_word or commune.abroad or len(name) < 4:
                continue
            k = text.find(name)
            while k != -1:
                end = k + len(name)
                if (
                    k not in at
                    # (not inside a code joined by « _ »: « CHR_ORLEANS » in an HL7 header names a system)
                    and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "-'’_"))
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "-_"))
                    and not _TITLE_BEFORE_NAME.search(text, max(0, k - 12), k)
                ):
                    yield Finding(k, end, Label.VILLE, 0.75, self.name)
                k = text.find(name, end)

    def _with_their_arrondissement(self, text: str) -> Iterator[Finding]:
        """Paris, Lyon or Marseille followed by one of their arrondissements, wherever they stand."""
        # (in lower case too, as a hurried note types them: « rue des poissonniers paris 18. », « lyon 3, »;
        # found by ``str.find``, a scan for the city's letters would stop at every « p », « l », « m »)
        lower = (
            m
            for city in _ARRONDISSEMENTS
            for k in _word_occurrences(text, city)
            if (m := _LOWER_CITY_WITH_ARRONDISSEMENT.match(text, k)) is not None
        )
        for m in itertools.chain(_CITY_WITH_ARRONDISSEMENT.finditer(text), lower):
            after = _ARRONDISSEMENT_AFTER.match(text, m.end())
            most = _ARRONDISSEMENTS[m["city"].lower()]
            if after is None or not 1 <= _arrondissement(after) <= most:
                continue
            bare = after.group().strip().isdigit()
            if bare and not _BARE_NUMBER_ENDS.match(text, after.end()):
                continue
            yield Finding(m.start(), after.end(), Label.VILLE, 0.8, self.name)

    def _localities(self, text: str) -> Iterator[Finding]:
        """A district or a village given with its commune's postcode and name in brackets after it (« vit
        dans un banga à Kawéni (97600 Mamoudzou) », « au lieu-dit Kerhuel (29690 Huelgoat) »): the
        capitalised words after « à », « au », « de », right before the bracket, are a place in that
        commune, listed or not; not a common word (« à Domicile (… ) »)."""
        for bracket in _BRACKETED_COMMUNE.finditer(text):
            m = _LOCALITY_BEFORE.search(text, max(0, bracket.start() - 64), bracket.start())
            if m is None:
                continue
            name = m["name"]
            if self.lexicon.commune(bracket["commune"]) is None or is_common_word(name.split()[0]):
                continue
            yield Finding(m.start("name"), m.end("name"), Label.VILLE, 0.75, self.name)
        for bracket in _BARE_BRACKETED_COMMUNE.finditer(text):
            m = _LOCALITY_AFTER_A.search(text, max(0, bracket.start() - 48), bracket.start())
            if m is None:
                continue
            commune = self.lexicon.commune(bracket["commune"])
            name = m["name"]
            if (
                commune is None
                or commune.ambiguous
                or is_common_word(name.split()[0])
                or only_countries(name)
            ):
                continue  # (« au Vietnam (Hô Chi Minh-Ville) »: the country, the town is in the bracket)
            yield Finding(m.start("name"), m.end("name"), Label.VILLE, 0.75, self.name)

    def _after_postcode(self, text: str) -> Iterator[Finding]:
        """Communes right after a postcode in use, in any case, across a comma, a cell or a line break."""
        for m in finditer(_POSTCODE_CITY, text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "."):
                continue
            if text[start - 1 : start] == "," and text[start - 2 : start - 1].isdigit():
                continue  # « 1,50000 »: a decimal number
            in_use = m["code"].replace(" ", "") in self.lexicon.postcodes
            found = commune_after(self.lexicon, text, m.start("city"), m.end("city"))
            if m["spaced"] and (found is None or not text[m.start("city")].isupper()):
                continue
            if found is None and (head := _HYPHEN_HEAD.match(text, m.start("city"))):
                head_commune = self.lexicon.commune(head.group())
                found = (head.end(), head_commune) if head_commune is not None else None
            if found is not None and (more := _HYPHENATED_REST.match(text, found[0])):
                # « 95001 Cergy-Pontoise »: after a postcode, a listed commune hyphenated to another
                # capitalised name is one postal name (an agglomeration, a merged commune)
                found = (more.end(), found[1])
            if not in_use:
                # A CEDEX code (« 97306 Cayenne Cedex », « 95001 Cergy-Pontoise Cedex ») is in no list of
                # postcodes in use: the « Cedex » after a listed commune says it is one.
                if found is not None and _CEDEX_AFTER_CITY.match(text, found[0]):
                    yield Finding(m.start("city"), found[0], Label.VILLE, 0.85, self.name)
                continue
            if found is None:
                unlisted = unlisted_commune(text, m.start("city")) or lower_unlisted_commune(
                    text, start, m.start("city")
                )
                if unlisted is not None:
                    yield Finding(m.start("city"), unlisted, Label.VILLE, 0.8, self.name)
                continue
            if _is_field_label(text, m.start("city"), found[0]):
                continue
            if text[m.start("city")].isupper():
                yield self._with_arrondissement(text, m.start("city"), found[0], found[1], 0.9)
            elif not found[1].ambiguous:
                yield self._with_arrondissement(text, m.start("city"), found[0], found[1], 0.85)

    def _with_arrondissement(
        self, text: str, start: int, end: int, commune: Commune, score: float
    ) -> Finding:
        """The finding of a commune, with the arrondissement that follows Paris, Lyon or Marseille."""
        most = _ARRONDISSEMENTS.get(fold_cached(commune.name))
        if most is not None:
            after = _ARRONDISSEMENT_AFTER.match(text, end)
            if after is not None and 1 <= _arrondissement(after) <= most:
                end = after.end()
        return Finding(start, end, Label.VILLE, score, self.name)

    def _name_starts(self, doc: Document) -> tuple[tuple[int, int], ...]:
        """The capitalised words that may start a commune's name, with the most words such a name
        has: the same in both readings of a text (:meth:`Document.shared_by_readings`: the words hold
        letters only, and the character read after an article is a letter or not in both)."""
        text = doc.text
        first_words = self.lexicon.first_words
        starts = []
        for word in _CAPITALISED.finditer(text):
            key = fold_cached(word.group())
            longest = first_words.get(key, 0)
            if not longest:
                continue
            # « L'examen », « Le patient »: an article starts a name only before a capital
            if key in _ARTICLES and not text[word.end() + 1 : word.end() + 2].isupper():
                continue
            starts.append((word.start(), longest))
        return tuple(starts)

    def _capitalised(self, text: str, starts: Iterable[tuple[int, int]]) -> Iterator[Finding]:
        """The communes in a place context at ``starts`` (:meth:`_name_starts`)."""
        done = 0
        for start, longest in starts:
            if start < done:
                continue
            chunk = _CHUNK.match(text, start)
            if chunk is None:
                continue
            found = self._longest_at(text, start, chunk.end(), longest)
            if found is not None:
                commune = self.lexicon.communes.get(fold_cached(text[found.start : found.end]))
                if commune is not None:  # « Paris 15e »: the arrondissement goes with it
                    found = self._with_arrondissement(text, found.start, found.end, commune, found.score)
                yield found
                done = found.end

    def _places_of_origin(self, text: str, cues: Iterable[int]) -> Iterator[Finding]:
        """Any capitalised place after a birth or residence cue (``cues``: where one may start): « né à
        Alger », « originaire de Bamako »."""
        for start in cues:
            m = _AFTER_ORIGIN_CUE.match(text, start)
            if m is None:
                yield from self._lower_after_cue(text, start)
                continue
            end = m.end("name")
            label = _FIELD_LABEL_LAST.search(text, m.start("name"), end)
            if label is not None and _LABEL_COLON.match(text, end):
                end = label.start()  # « à Conakry⏎Tél. : … »: the next field's label is no part of the place
            elif label is not None and _CODE_AFTER_LETTERS.match(text, end):
                end = label.start()  # « domicile Allschwil CH-4123 »: the country's letters of a postcode
            if end - m.start("name") < 3:
                continue
            name = text[m.start("name") : end]
            if (name.isupper() and len(name) <= 3) or name.split()[0].lower() in _NOT_PLACES:
                continue  # « réside en EHPAD », « vit en Foyer »: acronyms and institutions, not places
            if (
                _unit_acronym(name)
                and text[max(0, m.start("name") - 3) : m.start("name")] == "en "
                and fold_cached(name) not in self.lexicon.communes
            ):
                continue  # « arrivé en SSPI », « transférée en USIC »: a unit of the hospital, no commune
            if (
                fold_cached(name) in LANDS_NAMED_WITH_EN
                and text[max(0, m.start("name") - 3) : m.start("name")] == "en "
            ):
                continue  # « vit en Bretagne »: a region, which identifies nobody
            if only_countries(name):
                continue  # « arrivé en France », « né en Turquie »: a country identifies nobody either
            if fold_cached(m.group().split()[0]) in _ISLANDS and is_unambiguous_eponym(
                fold_cached(name.split()[0])
            ):
                continue  # « îles de Langerhans », « île de Reil »: anatomy
            yield Finding(m.start("name"), end, Label.VILLE, 0.7, self.name)

    def _lower_after_cue(self, text: str, start: int) -> Iterator[Finding]:
        """A commune in lower case after a residence cue: « habite à lyon », « né à saint-etienne »."""
        lower = _LOWER_AFTER_CUE.match(text, start)
        if lower is not None:
            found = commune_after(self.lexicon, text, lower.start("name"), lower.end("name"))
            if found is not None:
                commune = found[1]
                if commune.population >= (LARGE_CITY * 5 if commune.is_word else _LOWER_MIN_POPULATION):
                    yield self._with_arrondissement(text, lower.start("name"), found[0], commune, 0.75)

    def _lower_after_strong_cue(self, text: str, cues: Iterable[int]) -> Iterator[Finding]:
        """A commune typed in lower case in a text that capitalises, after one of the strong cues that
        make a capitalised commune a place (« habite montluçon », « Domicile : montluçon », « CH de
        montluçon », « Dr Martin de montluçon »): only a commune that is no French word and no name, of
        :data:`_LOWER_MIN_POPULATION` inhabitants or more, and in France (« près de alger » says no one
        lives there)."""
        for start in cues:
            m = _LOWER_AFTER_STRONG.match(text, start)
            if m is None:
                continue
            found = commune_after(self.lexicon, text, m.start("name"), m.end("name"))
            if found is None:
                continue
            commune = found[1]
            if commune.is_word or commune.abroad or commune.population < _LOWER_MIN_POPULATION:
                continue
            # the score a strong cue gives a capitalised commune; where a practitioner practises, less
            score = 0.75 if m.group().split()[0].lower() in _TITLE_CUES else 0.85
            yield self._with_arrondissement(text, m.start("name"), found[0], commune, score)

    def _came_from(self, text: str) -> Iterator[Finding]:
        """The town a patient comes from, in any case (« vient de conakry », « venant de Bamako »): a
        listed commune or city abroad that is no French word, no first name and no common word (« vient
        de tours de garde », « vient de Noël » are no places)."""
        for m, name, commune, end in self._communes_after(_CAME_FROM, text):
            if is_first_name(name):
                continue
            # capitalised inside a clause, a commune whose name is also a word is the town (« vient de
            # Vitré par ses propres moyens », « venant de Sarcelles »): in lower case it is the word
            capitalised = name[:1].isupper() and not name.isupper()
            if not capitalised and (
                (commune.is_word and commune.population < LARGE_CITY) or is_common_word(name)
            ):
                continue
            yield self._with_arrondissement(text, m.end(), end, commune, 0.75)

    def _going_to(self, text: str) -> Iterator[Finding]:
        """The town, typed in lower case, a patient goes back to (« parle de rentrer à lourdes »): a
        commune in France of :data:`_LOWER_MIN_POPULATION` inhabitants or more (a first name too: one goes
        back to no person « à »), with no lower-case word after it that would make a phrase of it
        (« retour à sens unique »)."""
        for m, name, commune, end in self._communes_after(_GOING_TO, text):
            if (
                commune.abroad
                or commune.population < _LOWER_MIN_POPULATION
                or not name.islower()
                or _AFTER_TOWN_GONE_TO.match(text, end) is None
            ):
                continue
            yield self._with_arrondissement(text, m.end(), end, commune, 0.75)

    def _relative_at(self, text: str) -> Iterator[Finding]:
        """A commune typed in lower case after a relative and « à » (« fils à arques », « sa sœur à
        morlaix »): where the relative lives; only a commune of France that is no French word (the list's
        flag: « arques » is a rare word of the names' word list) and no first name, of :data:`_RELATIVE_TOWN_MIN_POPULATION` inhabitants or more, with the
        clause ending or going on with a linking word after it (« fille à charge » is no place)."""
        for m, name, commune, end in self._communes_after(_RELATIVE_AT, text):
            if (
                not name.islower()
                # (a city that is also a word is one this large: « mère à paris », « frère à rennes »)
                or (commune.is_word and commune.population < LARGE_CITY * 5)
                or commune.abroad
                or commune.population < _RELATIVE_TOWN_MIN_POPULATION
                # (accents typed are the commune's: « mère à … » is no « Méré »)
                or (not name.isascii() and name.casefold() != commune.name.casefold())
                or is_first_name(name)
                or (_AFTER_TOWN_GONE_TO.match(text, end) is None and _RELATIVE_ACTS.match(text, end) is None)
            ):
                continue
            yield self._with_arrondissement(text, m.end(), end, commune, 0.75)

    def _at_home(self, text: str) -> Iterator[Finding]:
        """A commune typed in lower case after « chez elle à », « chez lui à » (« elle ne rentre pas chez
        elle à naveil »): where the patient lives, whatever the town's size; only a commune that is no
        French word, no first name and in France."""
        for m, name, commune, end in self._communes_after(_AT_HOME, text):
            if commune.is_word or commune.abroad or is_common_word(name) or is_first_name(name):
                continue
            yield self._with_arrondissement(text, m.end(), end, commune, 0.75)

    def _communes_after(
        self, cue: re.Pattern[str], text: str
    ) -> Iterator[tuple[re.Match[str], str, Commune, int]]:
        """Each ``cue`` that opens on a word's start, with the listed commune right after it: the match,
        the commune's name as written, the commune and where its name ends (the callers judge the rest)."""
        # (tried only where the cue can begin: « _GOING_TO » opens on an alternation, which ``re``
        # tries whole at every character; same matches)
        for m in finditer(cue, text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            found = commune_after(self.lexicon, text, m.end(), min(len(text), m.end() + 48))
            if found is not None:
                yield m, text[m.end() : found[0]], found[1], found[0]

    def _longest_at(self, text: str, start: int, end: int, longest: int) -> Finding | None:
        """The longest commune name (of at most ``longest`` words) at ``start`` in a place context."""
        ends = [m.end() for m in _TOKEN.finditer(text, start, end)][:longest]
        lexicon = self.lexicon
        # whether a contraction comes before (« au », « des »): the words before are read only for a
        # name that is a commune once its article is given back (« au Havre »)
        contracted: bool | None = None
        for count in range(len(ends), 0, -1):
            stop = ends[count - 1]
            name = text[start:stop]
            commune = lexicon.commune(name)
            if commune is None and contracted is not False:
                without_article = lexicon.commune(name, contracted=True)
                if without_article is not None and contracted is None:
                    before = _previous_words(text, start, 1)
                    contracted = bool(before) and before[0] in _CONTRACTIONS
                if contracted:
                    commune = without_article
            if commune is not None:
                score = self._score(text, start, stop, commune, words=count)
                if score is not None:
                    return Finding(start, stop, Label.VILLE, score, self.name)
        return None

    @staticmethod
    def _score(text: str, s: int, e: int, commune: Commune, *, words: int) -> float | None:
        previous = _previous_words(text, s, 3)
        last = previous[-1] if previous else ""
        if _is_field_label(text, s, e):
            return None  # « Ville : LYON »: the label of a field, not « Villé »
        if text[s - 1 : s] == "(" and a_land_in_brackets(text, s, e):
            return None  # « Esch-sur-Alzette (Luxembourg) »: the town's country, not a second town
        if _is_postcode(previous):
            return 0.9
        if (
            len(previous) > 1
            and previous[-1] in ("-", "–", "—")
            and _is_postcode(previous[:-1])
            and not commune.ambiguous
            and not commune.abroad
        ):
            return 0.85  # « 14 av. de la République - 92120 - Montrouge »: a form's fields between dashes
        if grades_a_scale(text, s, e) or a_region_after_en(text, s, e, last):
            return None  # « Glasgow 13 »: a scale and its grade; « en Bretagne »: a region
        dateline = previous[-2:] in (["fait", "à"], ["fait", "a"])  # « Fait à Rodez, le … »
        # « 59200, TOURCOING, Blois, le 12/11/2023 »: the sender's address ends with its postcode and
        # town, the letter's place and date follow on the same line (the line break become a comma)
        dateline = dateline or (len(previous) > 1 and _is_postcode(previous[:-1]))
        # (or the last item of a letterhead's line after a dash, « Clinique X — Unité d'endoscopie —
        # Périgueux, 02/12/2026 »: the place and the date of the report)
        if (
            dateline
            or _at_line_start(text, s)
            or _after_column_gap(text, s)
            or (not commune.is_word and _dash_after_a_name(text, s))
        ) and (
            _DATE_AFTER.match(text, e)
            or (not commune.is_word and _DATE_AFTER_SPACE.match(text, e))
            or (not commune.ambiguous and _FULL_DATE_AFTER_SPACE.match(text, e))
        ):
            return 0.85  # the place of a letter's dateline: « Rouen, le 3 mars 2020 », « Eu, le … »
        if not commune.is_word and _DATE_AFTER_COMMA.match(text, e):
            # « … 03.88.11.63.95 Strasbourg, le 18.02.2025 »: a dateline whose line a column or a phone
            # opens (an OCR'd letterhead read across its margin); a date in figures after « , le »
            return 0.8
        if _DEPARTMENT_AFTER.match(text, e) and not commune.abroad and not commune.ambiguous:
            return 0.8  # « à : Douarnenez (29) », « Commune de décès : Besançon (25) », « Corte (2B) »
        if (
            (department := _DEPARTMENT_NAME_AFTER.match(text, e)) is not None
            and fold(department["name"]) in _DEPARTMENTS
            and not commune.abroad
            and not commune.ambiguous
        ):
            return 0.8  # « a resident of Eymet (Dordogne) », « Meymac (Corrèze) »
        if (
            department is not None
            and not commune.ambiguous
            and not commune.abroad
            and only_countries(department["name"])
        ):
            # « CHwapi — Tournai (Belgique) », « Genève (Suisse) »: a town of the lists of France and its
            # neighbours, and its country (a city further abroad is a paper's as often: « à Dakar (Sénégal) »)
            return 0.8
        if _postcode_after(text, s, e):
            return 0.85  # « (Quimper, 29000) », « Rostrenen, 22110 »: the commune, then its postcode
        if _at_line_start(text, s) and _ALONE_ON_LINE.match(text, e) and _after_street_line(text, s):
            return 0.8  # « 12 rue des Lilas\nLYON »: the line after a street line
        if _after_street_cell(text, s, e):
            return 0.8  # « 12 rue des Lilas⇥LYON »: the cell after a street line
        if (
            _at_line_start(text, s)
            and _COLUMN_GAP.match(text, e)
            and not commune.is_word
            and not commune.abroad
            and not is_common_word(text[s:e].lower())
        ):
            # « Compiègne           Destinataire : Dr … »: a letterhead's town alone in its column, the
            # columns of a PDF merged on one line by the extraction (a wide gap, then the other column)
            return 0.75
        if names_a_company(text, e):
            return None  # « à Elan Pharma International Ltd »: a company named like a commune
        if e - s < 3 or after_a_title(last):
            return None  # « Eu », « Y » only after a postcode; « Dr Laval » is a person
        cue = previous[-2] if last in _LINKS and len(previous) > 1 else last
        if commune.ambiguous and words == 1 and heads_a_house_name(text, e):
            return None  # « Adresse : Château de la Motte, … »: a small commune that is a word heads a name
        if last in ("entre", "et") and _BETWEEN_PLACES_BEFORE.search(text, max(0, s - 80), s) is not None:
            # « qui réside entre Céret et Figueres », « vit entre Lille et Gand »: a home shared between
            # two towns, each the person's place (at home or abroad)
            return 0.8
        if (
            cue not in _STRONG
            and last in _DEVICE_LINKS
            and fold_cached(text[s:e]) in DEVICES_NAMED_LIKE_COMMUNES
        ):
            # « Pas de Redon. », « drain de Redon », « sans Redon »: the device, not the town (« Dr Hervé
            # (Redon) », « CH de Redon », « à Redon » stay the town)
            return None
        if cue in _STRONG and not (commune.abroad and cue in _AREA_CUES):
            # « domiciliée à », « né à », « habite », « originaire de », « CHU de »; a city abroad after
            # an area's word is a paper's (« méningites dans la région de Sfax »), no one's
            return 0.85
        if (
            last.startswith("ch")
            and last not in _STRONG
            and not commune.ambiguous
            and not commune.abroad
            and _after_hospital_acronym(text, s)
        ):
            # « Dr Vercruysse, CHwapi Tournai », « CHICAS Gap »: a hospital's acronym, then its town (below
            # the establishments' score, which reads « CHBA Vannes » whole as the hospital's name)
            return 0.7
        if (
            last in ("de", "d'", "d’")
            and len(previous) > 1
            and _ELIDED_ARTICLE.sub("", previous[-2]) in _SHOP_CUES
            and not commune.abroad
        ):
            return 0.8  # « la pharmacie de Tulle », « laboratoire d'Issoire »
        if last == "to" and len(previous) > 1 and previous[-2] in _ENGLISH_TRIP and text[s:e][:1].isupper():
            return 0.75  # « she flies home to Cork », « he moved back to Leeds »: where a person goes
        if last in _FOREIGN_LINKS and text[s:e][:1].isupper():
            # « we live in Eymet », « ele esteve internado em Tours », « wohnhaft in Saarbrücken »: a
            # letter in English, Portuguese or German names its places with its own prepositions,
            # which French prose never writes before a capitalised name
            return 0.75
        if (
            last == "pour"
            and not commune.ambiguous
            # a town that is also a word or a name is one when it is capitalised and large (« billet
            # de train pour Quimper », « départ pour Vichy »)
            and (not commune.is_word or text[s].isupper())
            and any(w in _TRAVEL_WORDS for w in previous[-4:-1])
        ):
            return 0.75  # « taxi réservé pour Hendaye », « départ en VSL pour Dax »: where a trip goes
        if (
            last in _TRAVEL_WORDS
            and not commune.is_word
            and not commune.abroad
            and text[s:e].istitle()
            and text[max(0, s - len(last) - 1) : s].lower() == last + " "
            and not is_first_name(text[s:e])
        ):
            # « retour Lamballe demain », « VSL Carhaix 14h », « départ Quimper à 8h »: a hurried note's
            # trip without its « à », the town right after the word (no comma, no line between)
            return 0.7
        if an_eponym_by_its_context(text, s, last):
            # « sclérose tubéreuse de Bourneville », « stade II de Fontaine »; and a city abroad or at
            # home that names a classification or criteria after their consensus meeting (« classification
            # de Montréal », « critères d'Atlanta »), even in brackets: no place
            return None
        if names_a_meeting(previous):
            # « présentés au congrès de Montpellier », « les journées de Nantes »: where a scientific
            # meeting was held names a meeting, nobody's place
            return None
        if (
            not commune.is_word
            and _DATE_COMMA_BEFORE.search(text, max(0, s - 24), s) is not None
            and _BRACKET_ENDS_AFTER.match(text, e) is not None
            and "(" in text[max(0, s - 64) : s]
        ):
            # « (report dated March 14, 2018, Yaoundé) », « (vu le 3/02/2024, Tournai) »: a bracket that
            # says when, then where, a report or a visit was made
            return 0.75
        if commune.abroad:
            # « part chez sa sœur à Ziguinchor », « rapatriement vers Hong Kong »: a city abroad is a
            # person's place only when the line says someone lives, goes or comes there (« paludisme
            # observé à Dakar » in a paper's title is no one's)
            if last in _WEAK and _abroad_cue(text, s):
                return 0.75
            if last == "à" and _dated_care_before(text, s, e):
                # « cholécystectomie en 1998 à Cracovie », « opéré en 2019 …, puis en mars 2023 à İzmir »,
                # « opérée à Barcelone en 2015 »: an operation or a stay of the patient's history, dated, in
                # a town abroad
                return 0.75
            if last == "à" and _EXAM_DONE_BEFORE.search(text, max(0, s - _EXAM_REACH), s) is not None:
                # « écho T2 normale faite à Sarrebruck », « IRM réalisée à Genève »: an examination of the
                # patient's, done across the border
                return 0.75
            if last == "à" and len(previous) > 1 and previous[-2].lstrip("([«") in _MEETINGS:
                # « (congrès à Barcelone du 20 au 23/01) »: where a member of staff is away, in a roster
                # (« congrès de Montpellier » names the meeting, see above)
                return 0.75
            if _sign_before(text, s) == "," and _after_street_comma(text, s):
                return 0.8  # « 12 rue Carnot, Dakar », « rue 22 x 17, Dakar »: the town closing an address
            if _OPEN_BRACKET_BEFORE.search(text, max(0, s - 48), s) and _abroad_cue(text, s):
                return 0.7  # « retour au pays (Antananarivo, puis Toamasina) »: where the trip goes
            if (
                text[s - 1 : s] == "("
                and _CLOSES_BRACKET.match(text, e)
                and _TITLED_NAME_BEFORE.search(text, max(0, s - 48), s - 1)
            ):
                return 0.75  # « adressée par le Dr Rakoto (Antananarivo) »: where a practitioner practises
            return None
        common = commune.ambiguous
        if after_an_eponym_head(previous):
            return None  # « maladie de Still », « respiration de Biot »
        if in_a_medicine_name(text, s, e, last):
            return None  # « Charbon de Belloc »: the maker in a medicine's name
        if in_the_hospital_group_name(text, s, last):
            # « Assistance Publique – Hôpitaux de Paris »: the hospital group's name, which the
            # establishments' recogniser reads whole (or leaves to a medicine it makes: « Méthadone
            # Assistance Publique-Hôpitaux de Paris »)
            return None
        if a_month_since(text, s, e, last):
            return None  # « depuis Mars »: a month
        if a_thing_after_a_contraction(last, commune):
            # « mise en place du Redon », « ablation des Redon », « écoulement au Redon »: « du » is « de
            # le », and a commune follows it only when its name has the article (« du Havre », « au
            # Mans »); else the word is a thing, an eponymous device most often, not a place
            return None
        if last in _WEAK and words == 1 and a_given_name_then_surname(text, s, e):
            # « l'entourage de François Bayrou »: a given name, then a surname, no town (« la gare de
            # Nancy Ville » is one)
            return None
        if (
            not common
            and last in _WEAK
            and not (last == "a" and commune.is_word and not _without_accents(text, s))
        ):
            if text[s:e].isupper() and last in _DE_LINKS:
                return None  # « SERVICE DE X » headings: all-caps after « de » needs more
            return 0.75
        if (
            common
            and last in _DE_LINKS
            and text[s:e].istitle()
            and _AGE_THEN_DE.search(text, max(0, s - 20), s) is not None
            and _LISTED_TOWN_END.match(text, e)
        ):
            # « M. Lemonnier, 34 ans, d'Elbeuf, présente … »: a name, an age, then where the person is
            # from, even a town whose name is a word too (as « 88 ans, des Abymes » above)
            return 0.75
        if (
            common
            and text[s:e].istitle()
            and (last in _A_LINKS or (last == "a" and _without_accents(text, s)))
        ):
            return 0.7  # « enseignante à Tulle »: a capital after « à » mid-sentence is a place
        if words > 1 and not commune.is_word:
            return 0.6  # « Boulogne-Billancourt », « Saint-Étienne »: a place whatever precedes it
        if _POSTCODE_IN_BRACKETS.match(text, e):
            return 0.85  # « Schiltigheim (67300) », « Tours (37000) »: a commune given with its postcode
        if (
            text[s - 1 : s] == "("
            and _CLOSES_BRACKET.match(text, e)
            and _TITLED_NAME_BEFORE.search(text, max(0, s - 48), s - 1)
        ):
            return 0.75  # « Dr Ropars (Landerneau) »: where a practitioner practises, word or not
        if (
            text[s - 1 : s] in {" ", "\t"}
            and _LINE_ENDS_AFTER.match(text, e)
            and _SIGNING_PRACTITIONER_BEFORE.search(text, max(0, s - 56), s)
        ):
            return 0.75  # « Dr G. Ropars — Landerneau » signing a prescription: where he practises
        if (
            not common
            and text[s - 1 : s] == "("
            and (
                _CLOSES_BRACKET.match(text, e)
                or _DATE_CLOSES_BRACKET.match(text, e)
                or (not commune.is_word and _PHONE_CLOSES_BRACKET.match(text, e))
            )
        ):
            return 0.75  # « clinique du Parc (Lyon 6e) », « Dr Martin (Villeurbanne) »: where it is
        if (
            last == "des"
            and not common
            and commune.name.startswith("Les ")
            and (
                (len(previous) > 1 and previous[-2] in _STRONG and previous[-2] not in _AREA_CUES)
                or (
                    _AGE_THEN_DES.search(text, max(0, s - 24), s) is not None
                    and _LISTED_TOWN_END.match(text, e)
                )
            )
        ):
            # « Mme Bellance, 88 ans, des Abymes », « originaire des Herbiers »: « des » is « de Les », the
            # person's town named with its article, as « du Havre » is
            return 0.75
        # The rules below read a comma or a dash right before the name: a cheap test first.
        mark = _sign_before(text, s)
        cell = mark == "|" or text[s - 1 : s] == "\t"  # the next cell of a table's row
        if mark not in (",", "-", "–", "—") and not cell:
            return None
        # (a cell's pipe or tab is a table's comma: « Dr Perrot | Tournus », « (clinique du Parc | Lyon) »)
        comma = mark in (",", "|") or cell
        if (
            # (a name with its article is a commune's even when its word is a word: « (site Nord, La
            # Tronche) », the site of a hospital and its commune)
            (not commune.is_word or (words > 1 and text[s : s + 3] in ("La ", "Le ", "Les")))
            and comma
            and _closes_a_bracketed_list(text, s)
            and _CLOSES_BRACKET.match(text, e)
        ):
            return 0.7  # « Dr Claire Fort (clinique du Parc, Lyon) »: the last item of the bracket
        if (_after_date_and_comma(text, s) or cell) and _AFTER_BIRTH_DATE.search(text, max(0, s - 60), s):
            return 0.8  # « Date et lieu de naissance : 05/01/1950, Limoges »: where the birth took place
        if comma and _after_street_comma(text, s):
            return 0.8  # « hébergé au 11 rue de la Gare, Vierzon »: the town that ends the address
        if comma and not commune.ambiguous and _ROW_END.match(text, e) and _residence_line(text, s):
            # « Domicile : tribu de X, hébergée chez sa sœur, Dumbéa », « domicilié PK 12 côté mer,
            # Punaauia », « Employeur : Scierie Martin, Corcieux »: the last item of a residence's or an
            # employer's field is its commune, whatever place (no numbered street) comes before it
            return 0.75
        dash = mark in ("-", "–", "—")
        if dash and _after_street_number_dash(text, s):
            return 0.8  # « Chemin des Goyaviers, 112 — Le Tampon »: the town after the street's number
        if dash and not commune.ambiguous and _after_a_dated_dash(text, s) and _HEADING_END.match(text, e):
            # « Patient : KOWALSKI Stanislas — 21/06/1948 — Gérardmer »: a banner's fields, the birth
            # date, then the town where the patient lives
            return 0.8
        if dash and not commune.is_word and _dash_after_a_name(text, s) and _ends_a_heading(text, s, e):
            return 0.75  # « Consultation de pneumologie — Nouméa », « LBM Synlab Provence — Toulon »
        if comma and not commune.ambiguous and _after_an_age(text, s) and _LISTED_TOWN_END.match(text, e):
            return 0.75  # « Duprat Jean, 64 ans, Libourne — ADK … »: a list of patients, name, age, town
        if (
            mark == ","
            and _after_a_bracket_and_comma(text, s)
            and _ROW_END.match(text, e)
            and _a_town_only(commune, text[s:e])
        ):
            # « Timéo R. (nutrition entérale, parents …), Rezé⏎ »: a row of a round or a list, a person
            # and what is done for them in brackets, then the town they live in closing the row
            return 0.75
        if (comma or (not commune.is_word and _dash_after_a_name(text, s))) and _ends_a_signature(text, s, e):
            # « Dr Lucas, généraliste, Vitré »: where the sender practises; after a dash too when the
            # name is no word (« Laboratoire Biogroup — Besançon », « Cabinet du Dr Hamon - Lannion »)
            return 0.75
        return None


def _whole_hyphenated(text: str, found: Finding) -> Finding:
    """``found``, a commune that ends on a hyphen, stretched over the rest of the hyphenated name it heads
    (« à Saint-Gilles-les-Bains »: the listed « Saint-Gilles », then « -les-Bains »); as it was when the
    word goes on otherwise (« Lyon-Sud » stays the reading of whoever found it)."""
    tail = _HYPHENATED_TAIL.match(text, found.end)
    if tail is None:
        return found
    return Finding(found.start, tail.end(), found.label, found.score, found.source)


# Words that put a person in a city abroad: living, going, coming back, a relative, a trip.
_ABROAD_CUES = re.compile(
    r"(?<![\w])(?i:v[ée]cu|vit|vivait|vivent|vivant|part|parti|partie|repart|repartie?|rentr[ée]e?s?|retour"
    r"|retourn[ée]e?s?|revenue?s?|arriv[ée]e?s?|arrivent|arrivant|viennent|venant|reviennent|revenant|partent"
    r"|rentrent|venue?s?|voyage|s[ée]jour|vacances|rapatri\w*|[ée]vasan"
    r"|transf[ée]r\w*|famille|s(?:œ|oe)ur|fr[èe]re|fils|fille|m[èe]re|p[èe]re|cousine?|oncle|tante|[ée]pou(?:x|se)"
    r"|mari|neveu|ni[èe]ce|parents|pays|originaires?|n[ée]e?s?|domicili\w*|habit\w*|r[ée]sid\w*|h[ée]berg\w*"
    r"|install[ée]e?s?|travaill\w*|consulat|ambassade|r[ée]fugi[ée]e?s?|exil\w*|pr[èe]s"
    # care followed there before the patient came (« suivi antérieur à Lviv », « suivie à Kyiv pour un
    # diabète », « pris en charge à Tunis »): the patient was there
    r"|suivie?s?|pris(?:es?)?[ \t]+en[ \t]+charge"
    # the patient's own practitioner there (« son cardiologue à Utrecht », « son médecin traitant à
    # Tunis », « sa gynécologue à Porto »): where the patient is followed
    r"|m[ée]decin[ \t]+traitant|(?:son|sa|ses|leur)[ \t]+(?:m[ée]decin|[^\W\d_]+(?:logue|iatre)|chirurgien(?:ne)?"
    r"|dentiste|pharmacien(?:ne)?|kin[ée]\w*|sage-femme|g[ée]n[ée]raliste)"
    # a pronoun and « être »: someone is there (« on est à Brazzaville », « ils sont à Dakar »)
    r"|(?:on|il|elle|ils|elles|je|j['’]|nous|vous)[ \t]+(?:est|sont|suis|sommes|êtes|etait|était|étaient|etaient|étais|serons?|seront)"
    # the same in the letters of families abroad (« vindo de Oiapoque », « we live in », « wohnt in »)
    r"|vindo|vinda|chegou|mora|moramos|vive|vivimos|viven|lives?|living|lived|born|nacid[oa]|nascid[oa]"
    r"|wohnt|wohnhaft|geboren)(?![\w])"
)
_ABROAD_REACH = 64
# An examination or a procedure, then « fait(e) », « réalisé(e) » or « effectué(e) » and « à », right before
# a town (the patient's examination: « écho T2 faite à Sarrebruck », « scanner réalisé à Esch-sur-Alzette »).
_EXAM_DONE_BEFORE = re.compile(
    r"(?i:[ée]cho\w*|irm|scanner|tdm|tep|radio\w*|biopsie|bilan|examen|mammographie|doppler|endoscopie"
    r"|coloscopie|fibroscopie|coronarographie|ponction|prise[ \t]+de[ \t]+sang|accouchement|amniocent[èe]se)"
    r"[^\n.;]{0,48}?(?<![\w])(?i:faite?s?|r[ée]alis[ée]e?s?|effectu[ée]e?s?|pratiqu[ée]e?s?)[ \t]+[àa][ \t]+\Z"
)
_EXAM_REACH = 96
# A residence cue, « entre », maybe a first place and « et », right before a commune: « réside entre »,
# « vit entre Céret et », « partagé entre Lyon et ». Case-insensitive cues, capitalised places.
_BETWEEN_PLACES_BEFORE = re.compile(
    r"(?<![\w])(?i:vit|vivent|vivait|vivant|habit\w*|r[ée]sid\w*|domicili\w*|partag\w*|altern\w*|install\w*)"
    r"[ \t]+entre[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÀ-Ý][\w'’\-]*){0,3}[ \t]+et[ \t]+)?$"
)


# A year or a date in figures, then « à », right before a town (« en 1998 à », « en mars 2023 à⏎ »,
# « le 12/03/2019 à »).
_DATE_THEN_A = re.compile(
    r"(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2}))[ \t]*,?\s+à\s+$"
)
# The words of a patient's history that a dated place follows: an operation, a stay, a delivery, a
# graft (« cholécystectomie en 1998 à », « opérée en 2019 à », « accouchement en 2015 à »).
_CARE_EVENT = re.compile(
    r"(?<![\w])(?i:op[ée]r[ée]e?s?|hospitalis[ée]e?s?|hospitalisation|accouch[ée]e?s?|accouchement|c[ée]sarienne"
    r"|greff[ée]e?s?|greffe|transplant[ée]e?s?|transplantation|amput[ée]e?s?|amputation|diagnostiqu[ée]e?s?"
    r"|trait[ée]e?s?|soign[ée]e?s?|intervention|chirurgie"
    r"|[^\W\d_]+(?:ectomie|tomie|stomie|plastie|pexie|synth[èe]se)s?"
    # an examination of the patient's, done there at a date (« scanner réalisé à Shanghai en mars 2024 »,
    # « IRM faite à Porto en 2022 »): a report compared with today's
    r"|scanner|irm|tdm|tep|pet-scan|[ée]chographie|radiographie|mammographie|biopsie|coronarographie"
    r"|endoscopie|fibroscopie|coloscopie|gastroscopie|ponction"
    # a finding or a screening of the patient's, made there at a date (« hépatite B découverte lors d'un
    # don du sang en 2020 à Iași », « dépistée en 2018 à Dakar », « vacciné en 2015 à Alger »)
    r"|d[ée]couverte?s?|d[ée]pist[ée]e?s?|d[ée]pistage|vaccin[ée]e?s?|vaccination|don[ \t]+du[ \t]+sang)(?![\w])"
)
_CARE_REACH = 120


# « à » and the town, then its year or date (« opérée à Barcelone en 2015 », « accouchement à Dakar
# le 3/05/2019 », « greffe à Cracovie (2010) »).
_DATE_AFTER_TOWN = re.compile(
    r"[ \t]*,?[ \t]+(?:en[ \t]+(?:[^\W\d_]{3,9}[ \t]+)?(?:19|20)[0-9]{2}"
    r"|le[ \t]+[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2}))(?![0-9])"
    r"|[ \t]*\((?:19|20)[0-9]{2}\)"
)


def _dated_care_before(text: str, start: int, end: int) -> bool:
    """« à » right before the town ``text[start:end]``, a date right before « à » or right after the town,
    and an operation or a stay named before them in the same sentence (:data:`_CARE_EVENT`, at most
    some hundred characters back): a dated event of the patient's history (« cholécystectomie en 1998 à
    Cracovie », « opérée à Barcelone en 2015 »). A paper's title that gives a year and a town names no
    operation (« paludisme observé en 1987 à Dakar »)."""
    date = _DATE_THEN_A.search(text, max(0, start - 24), start)
    if date is not None:
        before = date.start()
    elif _DATE_AFTER_TOWN.match(text, end) is not None:
        before = text.rfind("à", 0, start)
    else:
        return False
    stop = text.rfind(". ", 0, before)  # (the sentence's start: after the last full stop)
    window = max(0, start - _CARE_REACH, stop + 2 if stop >= 0 else 0)
    return _CARE_EVENT.search(text, window, before) is not None


# The acronym of a hospital that opens on « CH » (« CHwapi », « CHIREC », « CHUV », « CHICAS »), right
# before a town: the hospital and its town, as a signature names them.
_HOSPITAL_ACRONYM_BEFORE = re.compile(r"(?<![\w\-])CH(?P<rest>[A-Za-z]{1,5})[ \t]+$")


def _after_hospital_acronym(text: str, start: int) -> bool:
    """A hospital's acronym of :data:`_HOSPITAL_ACRONYM_BEFORE` right before ``start``, no word or name
    in capitals (« CHARLES Tournai », « CHOC Lens »)."""
    m = _HOSPITAL_ACRONYM_BEFORE.search(text, max(0, start - 10), start)
    if m is None:
        return False
    word = "ch" + m["rest"].lower()
    return not (is_common_word(word) or is_first_name(word.title()) or is_surname(word.title()))


def someone_abroad_there(text: str, start: int, end: int) -> bool:
    """Whether the line says that someone lives, goes or comes to the city abroad ``text[start:end]``
    (:data:`_ABROAD_CUES`), or was operated on or stayed there at a date (:func:`_dated_care_before`): the
    person's place, which the place tagger may mark (a city abroad alone names a paper's, nobody's)."""
    return _abroad_cue(text, start) or (
        text[max(0, start - 3) : start].rstrip(" \t").endswith("à") and _dated_care_before(text, start, end)
    )


def _abroad_cue(text: str, start: int) -> bool:
    """A cue of :data:`_ABROAD_CUES` in the line before ``start`` (at most some sixty characters)."""
    window = max(0, start - _ABROAD_REACH, text.rfind("\n", 0, start) + 1)
    return _ABROAD_CUES.search(text, window, start) is not None


# (a sentence's stop may end the cell: « | 11 rue de la Gare | Vierzon. | »)
_CELL_ENDS = re.compile(r"[ ]*[.;]?[ ]*(?:[\t|]|\n|$)")


def _after_street_cell(text: str, start: int, end: int) -> bool:
    """The commune fills a table's cell (a tab or a pipe before it, the cell's or line's end after
    it) and the cell before is a numbered street line: « 12 rue des Lilas⇥Lyon »."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == 0 or text[i - 1] not in "\t|" or not _CELL_ENDS.match(text, end):
        return False
    separator = i - 1
    cell_start = (
        max(text.rfind("\t", 0, separator), text.rfind("|", 0, separator), text.rfind("\n", 0, separator)) + 1
    )
    return (
        _STREET_LINE.search(text, cell_start, separator) is not None
        or _PLACE_LINE.search(text, cell_start, separator) is not None  # « Ferme des Combes⇥Perrigny »
    )


# What may stand between a street line and its commune on the same line: the street's words, without
# a sentence's or a bracket's punctuation; then one comma.
# (a cell's pipe or tab as a comma: a row of a table, « 21 avenue de la Libération | Rezé »)
_STREET_TO_COMMUNE = re.compile(r"[^\n,;:()|\t]{0,50}[,|\t][ \t]*$")
_STREET_REACH = 70


def _sign_before(text: str, start: int) -> str:
    """The character before ``start``, spaces and tabs skipped (« » at the start of the text)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return text[i - 1 : i]


def _dash_after_a_name(text: str, start: int) -> bool:
    """A word's letter, then a dash, right before ``start``: a practice's or a laboratory's name, then its
    town (« Biogroup — Besançon »); not a number (« Hôpital Edouard Herriot, 69 - Lyon » in a paper's
    affiliation, whose department and town the postcode rules read)."""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return before[-1:] in {"-", "–", "—"} and before[:-1].rstrip(" \t")[-1:].isalpha()


# A field or a participle that says where a person lives or works, opening the line (or a banner's
# field): its last item after a comma is a commune (``_residence_line``).
_RESIDENCE_REACH = 100
_RESIDENCE_FIELD = re.compile(
    r"(?:(?<![^\n])|(?<=[—–|]))[ \t]*(?i:domicile|adresse|employeur)[ \t]*:"
    r"|(?<![\w])(?i:domicilié|domiciliée|domicilie|domiciliee|demeurant|demeurante)(?![\w])"
)


def _residence_line(text: str, start: int) -> bool:
    """A residence's or an employer's field, or « domicilié », earlier on the line of ``start`` (within
    reach), with no sentence's stop, colon or bracket between them."""
    window = max(text.rfind("\n", 0, start) + 1, start - _RESIDENCE_REACH)
    return any(
        not any(c in text[cue.end() : start] for c in ".;:()")
        for cue in _RESIDENCE_FIELD.finditer(text, window, start)
    )


# A street line whose number is filed after its name, then a dash before the commune (« Chemin des
# Goyaviers, 112 — Le Tampon »): the way Réunion's and southern forms write an address.
_STREET_NUMBER_DASH = re.compile(
    r"(?<![\w])(?i:rue|avenue|av\.|bd|boulevard|impasse|allée|allee|place|chemin|route|quai|cours|square"
    r"|résidence|residence|lotissement|cité|cite|passage|villa|sentier|ruelle|hameau|clos)[ \t]+[^\n,;:()|\t]{2,50}"
    r",[ \t]*[0-9]{1,4}(?:[ \t]?(?:bis|ter))?[ \t]+[—–\-][ \t]*$"
)


def _after_street_number_dash(text: str, start: int) -> bool:
    """« …, 112 — » right before ``start``, after a street's name on the same line (the cheap test first:
    a digit before the dash)."""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if before[-1:] not in ("-", "–", "—") or not before[:-1].rstrip(" \t")[-1:].isdigit():
        return False
    window = max(0, start - _STREET_REACH, text.rfind("\n", 0, start) + 1)
    return _STREET_NUMBER_DASH.search(text, window, start) is not None


def _after_street_comma(text: str, start: int) -> bool:
    """The commune follows a numbered street line on the same line, after a comma: « 11 rue de la
    Gare, Vierzon », « 3 av. Foch, Tours », or a farm's, a hamlet's line (« Ferme des Combes, Perrigny »). The street line makes any commune there a place, even
    one that is also a word."""
    window = max(0, start - _STREET_REACH, text.rfind("\n", 0, start) + 1)
    for street in _STREET_LINE.finditer(text, window, start):
        if _STREET_TO_COMMUNE.fullmatch(text, street.end(), start):
            return True
    for street in _PLACE_LINE.finditer(text, window, start):
        if _STREET_TO_COMMUNE.fullmatch(text, street.end(), start):
            return True
    # (a street named by its number at a crossing: « quartier Médina, rue 22 x 17, Dakar »)
    crossing = _CROSSING_LINE.search(text, window, start)
    return crossing is not None and _STREET_TO_COMMUNE.fullmatch(text, crossing.end(), start) is not None


# Where a signature's or a sender's line names a practitioner or a place of care: a title, a
# profession, a practice (« Dr Lucas, généraliste, Vitré », « Cabinet médical de la Gare, Vitré »).
_SIGNATURE_CUE = re.compile(
    r"(?<![\w])(?:Dr|Pr|Docteur|Professeur|(?i:docteur|professeur|cabinet|centre|(?:poly)?clinique|maison[ \t]+de[ \t]+sant[ée]"
    # a home or a hospital named before its town (« EHPAD Le Clos Saint-Joseph, Sélestat — »)
    r"|ehpad|h[ôo]pital|maternit[ée]|institut"
    # a transport company named before its town (« Ambulances du Gave, Pau — 05 … », « Taxi Etxe, Anglet »)
    r"|ambulances|taxis?"
    r"|m[ée]decin|g[ée]n[ée]raliste|pharmacie|pharmacien(?:ne)?|laboratoire|infirmi[eè]re?|idel?|kin[ée]|sage-femme"
    r"|chirurgien(?:-dentiste)?|dentiste|orthoptiste|[a-zé]+logue|[a-zé]+iatre|MT))(?![\w])"
)
# What may follow the commune that ends such a line: its end, a dash before more of the signature,
# a full stop, a bracket.
# (or a semicolon, before the next recipient of a « Copie à » list: « Dr Léost, ophtalmologiste,
# Landerneau ; Mme Le Bihan »)
# (or a comma before the line's contact: « Nadège, IDE, EHPAD Les Mimosas, Le Gosier, 0590 84 12 37 »,
# « Dr Lucas, généraliste, Vitré, tél. 02 99 … », « …, Vitré, dr.lucas@… »)
_SIGNATURE_END = re.compile(
    r"[ \t]*(?:$|\n|[—–-][ \t]|\.[ \t]*(?:$|\n)|[.)|;]"
    r"|,[ \t]*(?:(?:\+|00)[0-9]{2,3}(?![0-9])|\(?0[1-9]\)?[ .]?[0-9]{2}|(?i:t[ée]l|fax|port|mob|mail|courriel)(?![^\W\d_])"
    r"|[\w.\-]+@))"
)


def _ends_a_signature(text: str, start: int, end: int) -> bool:
    """The commune ends a line, after a comma, that names a practitioner or a practice before it:
    the town of a signature or of a sender (« Flo — Cabinet médical de la Gare, Vitré », « Dr Paul
    Girardot, médecin généraliste, Pontarlier — … », « Centre de rééducation Le Normandy, Granville »)."""
    if not _SIGNATURE_END.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _SIGNATURE_CUE.search(text, max(line_start, start - 120), start) is not None


# A heading's line that names a service, a consultation or a laboratory before a dash and its town
# (« Consultation de pneumologie — Nouméa », « LBM Synlab Provence — Toulon », « Service de
# néphrologie - Vannes »): where the patient is seen, at the end of the line.
_HEADING_CUE = re.compile(
    r"(?<![\w])(?:(?i:consultations?|service|unit[ée]|p[ôo]le|urgences|[a-zé]+logie|[a-zé]+iatrie)|LBM|LABM|RCP)(?![\w])"
)
# What may follow a heading's town: the line's end, a dash before more of the heading, a cell's pipe.
_HEADING_END = re.compile(r"[ \t]*(?:$|\n|[—–-][ \t]|\|)")


def _ends_a_heading(text: str, start: int, end: int) -> bool:
    """The commune ends a heading's line after a dash, and the line names a service, a consultation or
    a laboratory before it (:data:`_HEADING_CUE`)."""
    if not _HEADING_END.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _HEADING_CUE.search(text, max(line_start, start - 120), start) is not None


_DATE_BEFORE_DASH = re.compile(rf"{NUMERIC_DATE}[ \t]*[—–-][ \t]*$")


def _after_a_dated_dash(text: str, start: int) -> bool:
    """A date in figures, then a dash, right before ``start`` (« — 21/06/1948 — »); the cheap test first:
    a digit before the dash."""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if not before[:-1].rstrip(" \t")[-1:].isdigit():
        return False
    return _DATE_BEFORE_DASH.search(text, max(0, start - 24), start) is not None


# An age, then a comma, right before a commune in a list of patients (« Duprat Jean, 64 ans, Libourne »).
_LISTED_TOWN_END = re.compile(r"[ \t]*(?:$|\n|[—–-][ \t]|[.;,)|:])")
_AGE_BEFORE = re.compile(r"(?<![\w,.])[0-9]{1,3}[ \t]*(?:ans|a)[ \t]*,[ \t]*$")


# The end of a row after its town: the line's end, a dash before the next field, a cell's pipe, a stop.
_ROW_END = re.compile(r"[ \t]*(?:$|\n|[—–-][ \t]|\||[.;](?:[ \t]|\n|$))")
# A surname that a large town bears is the town's first (« Lyon », « Bordeaux »).
_SURNAME_TOWN_MIN = 100_000


def _after_a_bracket_and_comma(text: str, start: int) -> bool:
    """« …), » right before ``start``: a bracket closed, then a comma."""
    before = text[max(0, start - 6) : start].rstrip(" \t")
    return before.endswith(",") and before[:-1].rstrip(" \t").endswith(")")


def _a_town_only(commune: Commune, name: str) -> bool:
    """``name`` is a commune's and nothing else's: no French word, no first name, no surname (unless the
    town is large: « Lyon »), not a city abroad."""
    if commune.is_word or commune.abroad or is_common_word(name.lower()) or is_first_name(name):
        return False
    return commune.population >= _SURNAME_TOWN_MIN or not is_surname(name)


# An age, a comma, then « des » right before a commune named with « Les » (« 88 ans, des Abymes »).
_AGE_THEN_DES = re.compile(r"(?<![\w,.])[0-9]{1,3}[ \t]*(?:ans|a)[ \t]*,[ \t]*des[ \t]+$")


# An age, a comma, then « de » or « d' » right before a commune (« 34 ans, d'Elbeuf »).
_AGE_THEN_DE = re.compile(r"(?<![\w,.])[0-9]{1,3}[ \t]*(?:ans|a)[ \t]*,[ \t]*(?:de[ \t]+|d['’])$")


def _after_an_age(text: str, start: int) -> bool:
    """« …, 64 ans, » right before ``start`` (the cheap test first: « , » after a letter)."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    if not before.endswith(","):
        return False
    return _AGE_BEFORE.search(text, max(0, start - 16), start) is not None


# A birth cue, its date, then a comma or a dash before the commune, on one line.
_AFTER_BIRTH_DATE = re.compile(
    rf"(?i:naissance|n[ée]e?|n[ée]\(e\)|ddn)(?![\w])[^\n]{{0,24}}?{NUMERIC_DATE}"
    r"[ \t]*[,\-–|\t][ \t]*$"  # (or the cell after it: « Lieu de naissance | 05/01/1950 | Limoges »)
)


def _after_date_and_comma(text: str, s: int) -> bool:
    """A digit, then a comma or a dash right before ``s``: the cheap test before the birth-date pattern
    (which ``re`` would try at every position of its window for every candidate commune)."""
    before = text[max(0, s - 8) : s].rstrip(" \t")
    return before[-1:] in {",", "-", "–"} and before[:-1].rstrip(" \t")[-1:].isdigit()


# Inside a bracket opened on the same line and not yet closed, after a comma: « (clinique du Parc, ».
_BRACKETED_ITEM_BEFORE = re.compile(r"\([^()\n]{1,60}[,|][ \t]*$")


def _closes_a_bracketed_list(text: str, start: int) -> bool:
    """The name is the last item of a bracket (« (clinique du Parc, Lyon) »): where someone is."""
    return _BRACKETED_ITEM_BEFORE.search(text, max(0, start - 64), start) is not None


def _after_street_line(text: str, start: int) -> bool:
    """True when the line before the one that ``start`` opens is a numbered street line."""
    line_start = text.rfind("\n", 0, start)
    if line_start <= 0:
        return False
    previous_start = text.rfind("\n", 0, line_start) + 1
    return _STREET_LINE.search(text, previous_start, line_start) is not None


# A postcode after a commune, a comma, a form's dash or spaces between them (« Quimper, 29000 »,
# « Saint-Pierre — 97250 »).
_CODE_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+[-–—][ \t]+|[ \t]+)(?P<code>[0-9][0-9] ?[0-9]{3})(?![\w/]|[.,][0-9])"
)


def _postcode_after(text: str, s: int, e: int) -> bool:
    """A postcode in use follows the commune ``text[s:e]`` and closes the address (see
    :func:`~egide.detect.places.postcode.commune_before_closing_code`, which reads the same pair)."""
    m = _CODE_AFTER.match(text, e)
    if m is None:
        return False
    lexicon = load_lexicon()
    if m["code"].replace(" ", "") not in lexicon.postcodes:
        return False
    return commune_before_closing_code(lexicon, text, m.start("code"), m.end("code")) == s


def _is_postcode(previous: list[str]) -> bool:
    """« 76000 Rouen », « 75 013 Paris »."""
    if not previous:
        return False
    last = previous[-1]
    if len(last) == 5 and last.isdigit():
        return True
    return (
        len(last) == 3
        and last.isdigit()
        and len(previous) > 1
        and len(previous[-2]) == 2
        and previous[-2].isdigit()
    )


def _after_column_gap(text: str, start: int) -> bool:
    """True after the gap between two columns merged on one line (« CENTRE HOSPITALIER DE CORNOUAILLE
    ⟶ Quimper, le 18 mars 2025 »: a letterhead's right column holds the letter's dateline)."""
    return start >= 3 and (text[start - 3 : start] == "   " or text[start - 1] == "\t")


def _at_line_start(text: str, start: int) -> bool:
    """True at the start of a line or of its first table cell (« | Bordeaux | le 10/4/17 | »)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i > 0 and text[i - 1] == "|":
        i -= 1
        while i > 0 and text[i - 1] in " \t":
            i -= 1
    return i == 0 or text[i - 1] == "\n"
