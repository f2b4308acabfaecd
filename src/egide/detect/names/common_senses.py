"""Words a name reader took for a person where the sentence uses them in their common sense.

Each family is a word that lists or the model hold as a name, in a place where it names nobody:

- a scale named after its author, followed by its value (« Score de Norton 11, Braden 13 », « Ramsay 3 »,
  « Waterlow : 15 »): the score of the patient, not a person;
- a holiday after « de » (« planning de Noël », « congés de Pâques »): a thing of the season, which a
  first name or a surname also spells;
- a name used as a common noun after « vrai » or « véritable » (« une vraie Bérézina », « un vrai
  Waterloo », « un véritable Tanguy »): a figure of speech;
- a surgeon's technique after « selon » that follows an act of surgery (« hystérectomie totale selon Te
  Linde », « cure de prolapsus selon Richter »): the method, not the patient nor the operator;
- a bed's state in a ward's table, where the patient's name would be (« 5 | libre », « 7 | FERMÉ »);
- the state of a patient under intensive care written as a participle (« : intubé, PAM 68 », « extubée
  ce matin »), which no dictionary of the language lists;
- the capitals of a code before its slash and digits (« Réf. patient : VEL/26/88317 »).

A title right before the word still makes a person of it (« Mme Noël », « Dr Braden »).
"""

from __future__ import annotations

import re

from egide.detect.names import cues
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Scales and scores named after their authors that a note gives with a value.
_SCALES = words(
    """
    braden norton waterlow ramsay barthel katz lawton glasgow apgar silverman child pugh child-pugh
    karnofsky rankin folstein mini-mental mmse fagerstrom zarit epworth charlson richmond rass
    aldrete mallampati cormack lehane cormack-lehane tinetti borg ashworth lequesne wells geneve caprini
    padua hasbled has-bled chads cha2ds2-vasc nyha killip forrest rockall blatchford ranson balthazar
    """
)
# Its value right after it: a number, perhaps after a colon, « = » or « à ».
_VALUE_AFTER = re.compile(r"[ \t]*(?:[:=][ \t]*|à[ \t]+)?\d")

#: Holidays of the year that a first name or a surname also spells.
_HOLIDAYS = words("noel toussaint paques pentecote ascension assomption epiphanie chandeleur")
# (« de » only: a thing of the holiday, « planning de Noël », « congés de Pâques »; after « depuis », « avant »,
# « à » it dates the patient's story, « désorientée depuis la Toussaint », or is a person, « transmis à Noël »)
_BEFORE_HOLIDAY = words("de")

# A year right after the holiday (« Noël 2025 », « Pâques 2026 »): a date, no person.
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d)")


def _holiday(t: Token, prev: Token | None) -> bool:
    """A holiday's word read as the holiday: after « de » (« planning de Noël »), before a year (« Noël
    2025 »), or alone in brackets after a number (« Semaine 51 (Noël) », « 25/12 (Noël) »: a calendar's
    note). (« depuis la Toussaint » dates the story: a date the date readers keep.)"""
    if prev is not None and "\n" not in t.gap_before and prev.key in _BEFORE_HOLIDAY:
        return True
    if _YEAR_AFTER.match(t.gap_after):
        return True
    before = t.gap_before.rstrip(" \t")
    return before.endswith("(") and before[:-1].rstrip(" \t")[-1:].isdigit() and t.gap_after.startswith(")")


#: « vrai », « véritable »: the name that follows is said of a thing, as a figure of speech.
_FIGURE = words("vrai vraie vrais vraies veritable veritables")

# The acts of surgery whose technique « selon » names (the word's end) and the words that say a method.
_ACT_ENDINGS = ("ectomie", "tomie", "plastie", "pexie", "raphie", "stomie", "ostomie", "anastomose")
_METHOD_WORDS = words("technique procede montage intervention cure suture fermeture incision reconstruction")

#: The states of a bed in a ward's table, in the cell of the patient's name.
_BED_STATES = words(
    "libre libres vide vides ferme fermee bloque bloquee neutralise neutralisee disponible inoccupe reserve reservee"
)

#: The participles of intensive care that no dictionary of the language lists (folded keys).
_CARE_STATES = words(
    """
    intube intubee intubes intubees extube extubee extubes extubees reintube reintubee reintubes
    sedate sedatee sedates curarise curarisee curarises tracheotomise tracheotomisee tracheostomise
    tracheostomisee desature desaturee
    """
)


def _titled(toks: list[Token], first: int) -> bool:
    return first > 0 and toks[first - 1].key in cues.TITLES


def is_common_sense(toks: list[Token], span: Span) -> bool:
    """``span`` is one word that the sentence uses in its common sense (see the module)."""
    if span.last - span.first != 1 or _titled(toks, span.first):
        return False
    t = toks[span.first]
    key = t.key
    prev = toks[span.first - 1] if span.first > 0 else None
    if key in _SCALES and _VALUE_AFTER.match(t.gap_after):
        return True
    if key in _HOLIDAYS:
        return _holiday(t, prev)
    if prev is not None and prev.key in _FIGURE and "\n" not in t.gap_before:
        return True
    if key in _BED_STATES and t.shape in "LU":
        return True
    if key in _CARE_STATES:
        return True
    if t.shape == "U" and t.gap_after[:1] == "/" and t.gap_after[1:2].isdigit():
        return True  # « Réf. patient : VEL/26/88317 »: the letters of a code (``year_serials``)
    return _technique_of(toks, span.first)


def _technique_of(toks: list[Token], k: int) -> bool:
    """« hystérectomie selon Te Linde »: ``k`` within two words after « selon », an act of surgery or a
    method's word within three words before it."""
    for s in range(max(0, k - 2), k):
        if toks[s].key != "selon":
            continue
        return any(
            toks[j].key.endswith(_ACT_ENDINGS) or toks[j].key in _METHOD_WORDS
            for j in range(max(0, s - 3), s)
        )
    return False
