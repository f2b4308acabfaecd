"""Why a word named like a place is none: the vetoes of the place rules, shared with the place tagger.

The town recogniser (:mod:`egide.detect.places.city`) refuses, on purpose, words that its lists name
as communes or that a town's context seems to announce: the label of a form's field (« Ville : »), a
scale and its grade (« Glasgow 13 »), a region after « en », a company (« à Elan Pharma »), a person
after a title (« Dr Laval »), an eponym (« maladie de Still »), a scientific meeting (« congrès de
Montpellier »), the maker in a medicine's name (« Charbon de Belloc »), the hospital group's name
(« Hôpitaux de Paris »), a month (« depuis Mars »), a thing after « du » (« ablation du Redon »), a
given name and a surname (« François Bayrou »), the verb « a » (« il a Orange »). Each is a predicate
here, called by the recogniser where it reads a commune and by the place tagger
(:mod:`egide.detect.places.tagger`) before a word it marks becomes a place, so that the trained second
opinion cannot mask what the rules deliberately keep readable.

The tagger also asks the predicates of its own family here (:func:`tagger_refuses`): a city abroad
that no person is in (« paludisme observé en 1987 à Dakar »), a commune that is also a French word
written as the word (« Sens unique », « un verre de cognac »), the words of a company's address (« Eisai
Manufacturing Limited European Knowledge Centre Mosquito Way »), an establishment's kind and speciality
alone (« CENTRE DE RÉÉDUCATION »), the fields of a coded message (« ADT^A01 »), a paper's affiliation
(« 69 - Lyon »), a meeting's place (« Congrès de la Société …, Versailles »), a unit's code after an
establishment (« CH SAINT-NAZAIRE   UF 2210 ») and a department's name in brackets after a commune
(« Aubusson (Creuse) »).

The recognisers that read a place's name from its context (a site after a care cue, a town beside its
country or after an address, a letterhead's items and sender) share the predicates of the last section:
a name's words that are words of French or given names, a department or a region, words of the
medicine database or of its makers, an eponym.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from egide.detect.calendar import MONTHS
from egide.detect.names.eponyms import EPONYMS, heads_eponym, is_unambiguous_eponym
from egide.detect.names.lexicon import fold as _fold_name
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.names.medicines import COMPANY_FORMS, ends_a_medicine_name, medicine_lists, phrase_key
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Commune, fold, fold_cached
from egide.detect.places.regions import DEPARTMENT_NAMES, LANDS_NAMED_WITH_EN, REGIONS

# The written-out name of the public-assistance hospital groups, before its city.
_GROUP_BEFORE = re.compile(r"(?i:assistance[ \t]+publique[ \t]*[-–—][ \t]*h[ôo]pitaux[ \t]+de[ \t]+)\Z")

# One space, then a word with its capital and lower-case letters (« François Bayrou »).
_CAPITALISED_WORD_AFTER = re.compile(f" [{UPPER}][{LOWER}]+(?![{UPPER}])")

# « de » and a capitalised name after a word: the word heads the name of a house, a farm (« Château de
# la Motte », « Moulin des Prés »), not a commune.
_OF_A_NAME_AFTER = re.compile(
    rf"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|des[ \t]+|du[ \t]+|de[ \t]+|d['’])[{UPPER}]"
)

# A grade after a scale's name: a number of one or two digits, no ordinal (« Lyon 6e »), no postcode.
_GRADE_AFTER = re.compile(r"[ \t]+[0-9]{1,2}(?![0-9]|[ \t]*(?:e|è|ème|eme|er)(?![^\W\d_]))")

MONTHS_FOLDED = frozenset(fold(m) for m in MONTHS)

# A company form right after the commune's name (« Elan Pharma »), looked up when a space follows.
_COMPANY_AFTER = re.compile(r"[ \t]+[A-Z]")

CONTRACTIONS = frozenset({"au", "du", "aux", "des"})

# The article a commune's name may start with: what « au », « du », « aux », « des » contract.
_ARTICLE_NAMES = ("Le ", "La ", "Les ", "L'", "L’")

# Scientific meetings named after the city that holds them (« congrès de Montpellier »).
MEETINGS = frozenset(
    ["congrès", "congres", "colloque", "colloques", "journées", "journees", "symposium", "séminaire",
     "seminaire", "assises", "rencontres", "conférence", "conference"]
)  # fmt: skip

TITLES = frozenset(
    {"dr", "docteur", "pr", "professeur", "m", "mme", "mlle", "mr", "me", "madame", "monsieur"}
)

# « maladie de Still », « respiration de Biot », « signe de Trousseau »: a name after these is an eponym.
EPONYM_HEADS = frozenset(
    [
        # devices and techniques named after people (« drain de Redon », « lame de Delbet »)
        "drain",
        "drains",
        "lame",
        "lames",
        "pince",
        "aiguille",
        "valve",
        "prothèse",
        "incision",
        "technique",
        "intervention",
        "opération",
        "procédé",
        "position",
        "maladie",
        "maladies",
        "syndrome",
        "syndromes",
        "signe",
        "signes",
        "score",
        "scores",
        "classification",
        "stade",
        "stades",
        "test",
        "tests",
        "manœuvre",
        "manoeuvre",
        "triade",
        "tumeur",
        "fracture",
        "loi",
        "critères",
        "critère",
        "échelle",
        "sonde",
        "ganglion",
        "nodule",
        "canal",
        "kyste",
        "cellule",
        "cellules",
        "corps",
        "hernie",
        "diverticule",
        "anneau",
        "respiration",
        "réflexe",
        "phénomène",
        "procédé",
        "technique",
        "opération",
        "intervention",
        "méthode",
        "formule",
        "index",
        "indice",
        "ligne",
        "point",
        "points",
        "angle",
        "espace",
        "membrane",
        "capsule",
        "glande",
        "glandes",
        "îlots",
        "ilots",
        "fascia",
        "trompe",
        "trompes",
        "cul-de-sac",
        "valvule",
        "artère",
        "muscle",
        "nerf",
        "bourse",
        "plexus",
        "lambeau",
        "incision",
        "voie",
        "type",
        "forme",
        "variante",
        "loge",
        # (the bundles, sphincters and spaces of anatomy: « faisceau de His », « ampoule de Vater »)
        "faisceau",
        "faisceaux",
        "sphincter",
        "ampoule",
        "triangle",
        "réseau",
        "fossette",
        "repli",
        # (a body of fat named after its anatomist: « boule de Bichat »)
        "boule",
        "boules",
    ]
)

_WINDOW = 40

# Spaces and commas split words, and so does a stop glued to the next word (« l'île.A Ajaccio »,
# « 7 h.à Lyon »: typed without the space after the punctuation).
# (a colon or a pipe glued between a field's label and its value splits them too: « |VILLE:CRETEIL| »)
_WORD_SPLIT = re.compile(r"[\s,:|]+|(?<=[.;!?)])(?=[^\W\d_])")

# (a form's mandatory mark before the colon, « ville* : stains »; or no colon, the value in capitals after
# it, as a scanned form prints it: « CP 59000  Ville LILLE »)
# (or a table's cell separator before the value: « CP |92200| Ville |Neuilly-sur-Seine| »)
_FIELD_LABEL_AFTER = re.compile(
    r"[ \t]*\*?[ \t]*:|[ \t]+(?=[A-ZÀ-Þ]{2,}(?![\w'’-]*[a-zà-ÿ]))|[ \t]*\|[ \t]*(?=[A-ZÀ-Þ])"
)

_FIELD_LABELS = frozenset({"ville", "commune", "pays", "lieu"})

# Accented letters of French: a stretch of prose without any was typed without accents.
_ACCENTED = re.compile("[àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ]")  # not « œ »: a ligature, no accent

_ACCENT_WINDOW = 300

_ACCENT_MIN_LETTERS = 100


def without_accents(text: str, at: int) -> bool:
    """The text around ``at`` is French typed without accents (« vit seul a Vichy », « comptable a
    Calais »): no accented letter in some 600 characters of prose, where one is almost always found.
    There « a » before a commune's name is « à », not the verb (« il a Orange » stays no place where
    the accents are written)."""
    window = text[max(0, at - _ACCENT_WINDOW) : at + _ACCENT_WINDOW]
    if _ACCENTED.search(window):
        return False
    return sum(c.isalpha() for c in window) >= _ACCENT_MIN_LETTERS


def is_field_label(text: str, start: int, end: int) -> bool:
    """« Ville : », « Commune : »: the label of a form's field, not a commune (« Villé »)."""
    return _FIELD_LABEL_AFTER.match(text, end) is not None and fold_cached(text[start:end]) in _FIELD_LABELS


def previous_words(text: str, start: int, count: int) -> list[str]:
    """The ``count`` words before ``start``, lower-cased, without colons (« Ville : »)."""
    window = text[max(0, start - _WINDOW) : start]
    # commas split words too: « rue des Lilas,76260 Eu » typed without a space
    words = _WORD_SPLIT.split(window.strip())
    if start > _WINDOW and words and not window[:1].isspace():
        words = words[1:]  # the first word was cut by the window
    # « 69003, Lyon », « 69003 | Lyon »: punctuation and cell separators are not words
    # (a form's mandatory mark too: « ville* : stains »)
    cleaned = [w.rstrip(":,;|*").lower() for w in words if w not in (":", "|", ";", ",", "*")]
    return [w for w in cleaned if w][-count:]


# A department's number in brackets after a commune (« Douarnenez (29) », « Corte (2B) », « Le Lamentin
# (972) »): an administrative form names a place so.
DEPARTMENT_AFTER = re.compile(r"[ \t]*\((?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])\)")
_DE_LINKS = frozenset({"de", "du", "d'", "d’"})


# --- The vetoes of the town recogniser, in the order it asks them -----------------------------------


def grades_a_scale(text: str, s: int, e: int) -> bool:
    """« (Deauville 4) », « Glasgow 13 »: a scale named after the city of its consensus, then the grade
    it gives, no place."""
    return _GRADE_AFTER.match(text, e) is not None and is_unambiguous_eponym(fold_cached(text[s:e]))


def a_region_after_en(text: str, s: int, e: int, last: str) -> bool:
    """« un hôpital en Bretagne », « en Champagne »: a region (a commune takes « à »), which identifies
    nobody (« en Bretagne (90) » is the commune)."""
    return (
        last == "en" and not DEPARTMENT_AFTER.match(text, e) and fold_cached(text[s:e]) in LANDS_NAMED_WITH_EN
    )


def names_a_company(text: str, e: int) -> bool:
    """A company form right after the name (« à Elan Pharma International Ltd »): a company named like
    a commune."""
    return _COMPANY_AFTER.match(text, e) is not None and text[e:].split(maxsplit=1)[0] in COMPANY_FORMS


def after_a_title(last: str) -> bool:
    """« Dr Laval », « Mme Vienne »: a person."""
    return last.rstrip(".") in TITLES


def heads_a_house_name(text: str, e: int) -> bool:
    """« de » and a capitalised name after the word (« Château de la Motte », « Moulin des Prés »): the
    word heads the name of a house, a farm (the caller asks it of a small commune that is a word)."""
    return _OF_A_NAME_AFTER.match(text, e) is not None


def an_eponym_by_its_context(text: str, s: int, last: str) -> bool:
    """« sclérose tubéreuse de Bourneville », « stade II de Fontaine », « classification de Montréal »,
    « critères d'Atlanta »: a disease, a stage or criteria named after a person or a consensus meeting."""
    return last in _DE_LINKS and heads_eponym(
        [fold_cached(w.lstrip("([«")) for w in previous_words(text, s, 6)[:-1]]
    )


def names_a_meeting(previous: list[str]) -> bool:
    """« présentés au congrès de Montpellier », « les journées de Nantes »: a scientific meeting."""
    return bool(previous) and previous[-1] in _DE_LINKS and len(previous) > 1 and previous[-2] in MEETINGS


def after_an_eponym_head(previous: list[str]) -> bool:
    """« maladie de Still », « respiration de Biot », « drain de Redon »: an eponym."""
    if not (previous and previous[-1] in _DE_LINKS and len(previous) > 1):
        return False
    head = previous[-2]
    # (its elided article glued to it: « jusqu'à l'angle de His », « dans l'ampoule de Vater »)
    return head in EPONYM_HEADS or _ELIDED.sub("", head) in EPONYM_HEADS


_ELIDED = re.compile(r"^(?:l|d|qu|jusqu)['’]")


def in_a_medicine_name(text: str, s: int, e: int, last: str) -> bool:
    """« Charbon de Belloc »: the maker in a medicine's name."""
    return last in _DE_LINKS and ends_a_medicine_name(text[max(0, s - 48) : s], text[s:e])


def in_the_hospital_group_name(text: str, s: int, last: str) -> bool:
    """« Assistance Publique – Hôpitaux de Paris »: the hospital group's name, which the establishments'
    recogniser reads whole (or leaves to a medicine it makes)."""
    return last in _DE_LINKS and _GROUP_BEFORE.search(text, max(0, s - 48), s) is not None


def a_month_since(text: str, s: int, e: int, last: str) -> bool:
    """« depuis Mars »: a month."""
    return last == "depuis" and fold_cached(text[s:e]) in MONTHS_FOLDED


def a_thing_after_a_contraction(last: str, commune: Commune) -> bool:
    """« mise en place du Redon », « ablation des Redon »: « du » is « de le », and a commune follows it
    only when its name has the article (« du Havre », « au Mans »); else the word is a thing."""
    return last in CONTRACTIONS and not commune.name.startswith(_ARTICLE_NAMES)


def a_given_name_then_surname(text: str, s: int, e: int) -> bool:
    """« l'entourage de François Bayrou »: a given name, then a surname, no town (« la gare de Nancy
    Ville » is one; the caller asks it of a name of one word after a link)."""
    after = _CAPITALISED_WORD_AFTER.match(text, e)
    return after is not None and is_first_name(text[s:e]) and not is_common_word(after.group()[1:])


# --- The place tagger's own family: what it must not read as a place -------------------------------

# « a » right before the word, after its subject (« Elle a Calais en tête », « Il a Orange pour
# projet »): the verb, not « à » typed without its accent.
_A_BEFORE = re.compile(r"(?<![\w'’])a[ \t]+$")
_SUBJECT_THEN_A = re.compile(r"(?<![\w'’])(?i:il|elle|on|qui|ça|cela|ce)[ \t]+a[ \t]+$")


def a_is_the_verb(text: str, s: int) -> bool:
    """« a » right before ``s`` is the verb « avoir »: its subject pronoun stands before it, or the text
    around writes its accents (where « à » would have its own)."""
    if _A_BEFORE.search(text, max(0, s - 3), s) is None:
        return False
    if _SUBJECT_THEN_A.search(text, max(0, s - 12), s) is not None:
        return True
    return _ACCENTED.search(text, max(0, s - _ACCENT_WINDOW), s + _ACCENT_WINDOW) is not None


def a_word_as_written(text: str, s: int, e: int, commune: Commune) -> bool:
    """A commune that is also a French word, written as the word is: in lower case (« un verre de
    cognac »), in capitals (« IL VIT À SENS UNIQUE »), or capitalised before a word in lower case that
    makes a phrase of it (« Sens unique », « Vue latérale »)."""
    if not commune.is_word:
        return False
    name = text[s:e]
    if name.islower() or name.isupper():
        return True
    return re.match(r" [a-zà-ÿ]", text[e : e + 2]) is not None


# A subject of the sentence that is a person (« il déclare avoir été détenu à Kandahar »).
_PERSON_IN_SENTENCE = re.compile(
    r"(?<![\w'’])(?i:il|elle|ils|elles|je|j['’]|nous|on|patiente?|mari|épouse|fils|fille|mère|père)(?![\w'’])"
)
_SENTENCE_REACH = 120


def a_person_in_the_sentence(text: str, s: int) -> bool:
    """A person (a subject pronoun, the patient, a relative) earlier in the sentence of ``s``."""
    window = max(0, s - _SENTENCE_REACH)
    stop = max(text.rfind(". ", window, s), text.rfind("\n", window, s))
    return _PERSON_IN_SENTENCE.search(text, stop + 1 if stop >= 0 else window, s) is not None


def company_before(text: str, start: int, words: int = 3) -> bool:
    """A company form among the (at most ``words``) capitalised words right before ``start`` on its
    line: a company's name or address (« Eisai Manufacturing Limited European Knowledge Centre Mosquito
    Way »), no place of care."""
    line = text[max(0, start - 64, text.rfind("\n", 0, start) + 1) : start]
    for word in line.split()[::-1][:words]:
        if not word[:1].isupper():
            return False
        if word in COMPANY_FORMS:
            return True
    return False


_DEPARTMENT_DASH_BEFORE = re.compile(r"(?<![\w])(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB])[ \t]*[-–—][ \t]*$")


def after_a_department_dash(text: str, s: int) -> bool:
    """A department's number and a dash right before the town (« Hôpital Edouard Herriot, 69 - Lyon »):
    a paper's affiliation, which the town recogniser leaves readable."""
    return _DEPARTMENT_DASH_BEFORE.search(text, max(0, s - 8), s) is not None


_MEETING_BEFORE = re.compile(
    r"(?<![\w])(?i:congr[èe]s|colloques?|journ[ée]es|symposium|s[ée]minaire|assises|rencontres|conf[ée]rence)(?![\w])"
)


def a_meeting_place(text: str, s: int) -> bool:
    """A scientific meeting named earlier in the sentence (« Ve Congrès de la Société Française de
    Médecine Vasculaire, Versailles, France, 21-23 septembre 2006 »): where it was held, nobody's place."""
    window = max(0, s - _SENTENCE_REACH)
    stop = max(text.rfind(". ", window, s), text.rfind("\n", window, s))
    return _MEETING_BEFORE.search(text, stop + 1 if stop >= 0 else window, s) is not None


# The first field of a line of an HL7 message (« MSH| », « PID| », « OBX| »): coded fields.
_CODED_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}\|")


def in_a_coded_message(text: str, s: int) -> bool:
    """The word stands on a line of a coded message (« MSH|^~\\&|DXCARE|CHU_NANTES|LAB|…|ADT^A01| »),
    whose places the establishments' recogniser reads by its fields."""
    return _CODED_SEGMENT.match(text, text.rfind("\n", 0, s) + 1) is not None


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:'(?=[^\W\d_]))?")


def in_a_listed_medicine(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` lies inside the whole name of a medicine as the database writes it, its maker
    included (« Gliclazide Eg Labo Laboratoires Eurogenerics »): a medicine, no laboratory of care."""
    before = [_fold_name(w) for w in _PHRASE_WORD.findall(text[max(0, s - 64) : s])][-5:]
    inside = [_fold_name(w) for w in _PHRASE_WORD.findall(text[s:e])]
    after = [_fold_name(w) for w in _PHRASE_WORD.findall(text[e : e + 48])][:4]
    phrases = medicine_lists()[1]
    for i in range(len(before) + 1):
        for j in range(len(after) + 1):
            words = before[i:] + inside + after[:j]
            if 1 < len(words) <= 6 and phrase_key(words) in phrases:
                return True
    return False


def a_company_form_after(text: str, e: int) -> bool:
    """A company form right after the span, a stop or a comma after it (« Centre Spécialités
    Pharmaceutiques. »): a company's name."""
    rest = text[e : e + 40].split(maxsplit=1)
    return bool(rest) and text[e : e + 1] in {" ", "\t"} and rest[0].rstrip(".,;:)") in COMPANY_FORMS


_CAPITALISED_AFTER = re.compile(rf"[ \t]+(?P<word>[{UPPER}][{LOWER}]+)(?![\w\-'’])")


def an_institution_title(text: str, s: int, e: int) -> bool:
    """The span and the capitalised word after it are French words, that word no name (« la Maison
    Départementale des Personnes Handicapées »): the title of an administration, no place of care."""
    after = _CAPITALISED_AFTER.match(text, e)
    if after is None:
        return False
    word = after["word"]
    return (
        all(is_common_word(w.lower()) for w in text[s:e].split())
        and is_common_word(word.lower())
        and not is_first_name(word)
        and not is_surname(word)
    )


# The codes of a hospital's units, which banners and labels print before the unit's number, often right
# after the establishment's name (« CH SAINT-NAZAIRE   UF 2210 »): « unité fonctionnelle », « unité
# d'hébergement », « unité médicale », « unité d'activité ».
UNIT_CODES = frozenset({"UF", "UH", "UM", "UA"})


def a_unit_code(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a unit's code (« UF 2210 », « UM 0417 »): a ward inside the establishment, named
    by its number, no establishment nor town."""
    return text[s:e] in UNIT_CODES


_OPENING_BRACKET_BEFORE = re.compile(r"\([ \t]*\Z")
_CLOSING_BRACKET_AFTER = re.compile(r"[ \t]*\)")


def a_department_in_brackets(text: str, s: int, e: int, commune: Commune | None) -> bool:
    """``text[s:e]`` is a department's name in brackets (« Aubusson (Creuse) », « Clamecy (Nièvre) »): it
    situates the commune before it, which the rules mask reading the department as its cue, and is left
    readable as the probe batches' annotators leave it (a department holds a few hundred thousand
    people). Not when the name is also a commune's that is no French word or a large one (``commune``:
    « SMR … (Mayenne) » may name the town Mayenne); « Creuse », « Landes », a French word first, are
    the department."""
    return (
        (commune is None or commune.ambiguous)
        and _OPENING_BRACKET_BEFORE.search(text, max(0, s - 4), s) is not None
        and _CLOSING_BRACKET_AFTER.match(text, e) is not None
        and fold_cached(text[s:e]) in DEPARTMENT_NAMES
    )


# A land in brackets after its town (« Esch-sur-Alzette (Luxembourg) », « Mutsamudu (Anjouan) »,
# « Mamoudzou (Mayotte) »): a country named like its capital, an island or a region that situates the town
# as a department does, left readable as the annotators leave a department. Folded.
_LANDS_IN_BRACKETS = frozenset(
    fold(name)
    for name in (
        "Luxembourg", "Monaco", "Anjouan", "Ndzuwani", "Grande Comore", "Ngazidja", "Mohéli", "Mwali",
        "Mayotte", "Guadeloupe", "Martinique", "La Réunion", "Réunion", "Guyane", "Corse", "Tahiti",
        "Nouvelle-Calédonie", "Polynésie", "Polynésie française", "Sardaigne", "Sicile", "Baléares",
        "Canaries", "Madère", "Açores", "Kabylie", "Andalousie", "Catalogne", "Bavière", "Wallonie", "Flandre",
    )
)  # fmt: skip
_TOWN_THEN_BRACKET = re.compile(rf"[{UPPER}][{LOWER}{UPPER}'’\-]+[ \t]*\([ \t]*\Z")


def a_land_in_brackets(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a land of :data:`_LANDS_IN_BRACKETS` alone in brackets right after a capitalised
    town (« Esch-sur-Alzette (Luxembourg) »): the town's country, island or region, no one's place."""
    return (
        text[s - 1 : s] in ("(", " ")
        and _CLOSING_BRACKET_AFTER.match(text, e) is not None
        and fold_cached(text[s:e]) in _LANDS_IN_BRACKETS
        and _TOWN_THEN_BRACKET.search(text, max(0, s - 48), s) is not None
    )


# Communes whose name is also a device's eponym in care (« drain de Redon », « Pas de Redon. »): the
# device unless a strong cue, a postcode or « à » makes the town of it. Folded.
DEVICES_NAMED_LIKE_COMMUNES = frozenset({"redon"})


# --- Shared by the recognisers that read a place's name from its context ---------------------------

_NAME_WORD_SPLIT = re.compile(r"[ \t\-]+")


def name_words(name: str) -> list[str]:
    """The words of a name, split at blanks and hyphens (« Hô Chi Minh-Ville »: four words)."""
    return [w for w in _NAME_WORD_SPLIT.split(name) if w]


def a_word_or_given_name(words: Iterable[str], *, surnames: bool = False) -> bool:
    """One of ``words`` is a word of French, as written or in lower case, or a given name (with
    ``surnames``, a surname too): a name that a place alone would not be (« Contrôle », « Louis »)."""
    return any(
        is_common_word(w) or is_common_word(w.lower()) or is_first_name(w) or (surnames and is_surname(w))
        for w in words
    )


def a_department_or_region(key: str) -> bool:
    """``key`` (folded, hyphens between its words) names a department or a region (« guyane »,
    « moselle », « seine-maritime »): where a place is, no place of care nor a name of it."""
    return key in DEPARTMENT_NAMES or key in REGIONS


def medicine_words_only(keys: Iterable[str]) -> bool:
    """Every one of the folded ``keys`` is a word of the medicine database's names (« Atripla »)."""
    words = medicine_lists()[0]
    return all(k in words for k in keys)


def makers_words_only(keys: Iterable[str]) -> bool:
    """Every one of the folded ``keys`` is a word of a medicine maker's name (« Laboratoires Pfizer »)."""
    makers = medicine_lists()[2]
    return all(k in makers for k in keys)


def an_eponym_among(keys: Iterable[str]) -> bool:
    """One of the folded ``keys`` is an eponym (« Crohn »): a disease, a sign, no place."""
    return any(k in EPONYMS for k in keys)
