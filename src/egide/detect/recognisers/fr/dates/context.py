"""Words just before a number that say « this is a date » or « this is a measure, not a date »."""

from __future__ import annotations

import re

from egide.detect.recognisers.fr.dates.atoms import accents_optional

# A short number such as « 03/02 » or « 2019 » is a date when one of these ends the text before it.
_DATE_CUE = re.compile(
    accents_optional(
        r"""(?:^|[^\w'])
    (?: le | du | au | ce | depuis (?:\s+le)? | dès (?:\s+le)? | jusqu'(?:au|à|en) | à\s+partir\s+du
      | entre\s+le | et\s+le | vu\s+le | revu\s+le | en\s+date\s+du | daté\s+du | datée\s+du
      | avant\s+le | après\s+le | pour\s+le | prévu\s+le | prévue\s+le | programmé\s+le | programmée\s+le
      # what is planned, then its day without « le » (« exérèse prévue 9/12 », « IRM programmée 3/2 »)
      | prévue?s? | programmée?s? | planifiée?s?
      | hospitalisé\s+le | hospitalisée\s+le | admis\s+le | admise\s+le | opéré\s+le | opérée\s+le
      | sorti\s+le | sortie\s+le | réalisé\s+le | réalisée\s+le | fait\s+le | faite\s+le | RDV\s+le
      | rendez-vous\s+le | consultation\s+du | en | entre | dans\s+la\s+nuit\s+du | nuit\s+du
      | semaine\s+du | matin\s+du | soir\s+du | journée\s+du
      # a note's heading: the consultation and its speciality, then the day (« Cs rhumato 4/12 »,
      # « consult neuro 7/1 », « HDJ 3/2 »)
      | (?-i:[Cc]s|CS|[Cc]onsult(?:ation)?|CONSULT(?:ATION)?|HDJ|[Vv]isite)
        (?:\s+(?!(?:de|du|des|d)\b)[^\W\d_]{2,})?
      # the second day of a night or a stretch written with an arrow (« nuit 3→4/12 », « 3->4/12 »)
      | (?:nuit|nuits|du|le)\s+[0-9]{1,2}\s*(?:→|->)
      # today's date after the words that say today (« Vu ce jour 12/03 », « aujourd'hui 4/5 »)
      | ce\s+jour | aujourd'hui
      # the days next to today, then the date they name (« sortie demain 8/12 », « vu hier 4/12 »): a
      # day said twice, as notes do; and an appointment's word without « le » (« RDV 9/12 », « rv 3/1 »)
      | demain | après-demain | hier | avant-hier | rdv | rv
      # an event of the stay as a field name: « Entrée 030619 », « sortie : 7.5.23 » (singular only:
      # « entrées 1500 / sorties 1200 » is a fluid balance)
      | entrée | sortie | admission | arrivée | décès | transfert | intervention | accouchement
      # a date field: « Date : », « date de sortie : », « Date du prélèvement », « daté : »
      # (or « date » and the event's word without its preposition, as a note clips it: « date exam 4/12 »)
      | dates? (?:\s+(?:de|du|d'|des)\s*(?:l')?[^\W\d_]+(?:\s+[^\W\d_]+)?|\s+[^\W\d_]{3,})? | datée?

      # a birth field: « DDN : », « DN », « D.N. », « naissance : »
      | ddn | dn | d\.\s?d\.\s?n\.? | d\.\s?n\.? | naissance )
    # (a form's dot leaders between the label and its value: « DDN ........ 7.5.82 »)
    \s*(?:[:,]|\.{2,}|…+)?\s*$"""
    ),
    re.VERBOSE | re.IGNORECASE,
)

# A fraction or pair of numbers after these is a measure: blood pressure, scores, acuity, dilution.
_MEASURE_CUE = re.compile(
    r"""(?:^|[^\w])
    (?: # acronyms, case-sensitive: « EN » is a pain scale, « en » a date cue
        TA | PA | PAS | PAD | EVA
      # a high blood pressure and its kind, then the value (« HTA gravidique 16/10 », « HTA 18/11 »)
      # the newborn's score at birth (« Apgar de naissance 10/10 », « Apgar à la naissance 9/10 »)
      | (?i: apgar \s+ (?:de|à|a) (?:\s+la)? \s+ naissance )
      | HTA (?:\s+(?i:gravidique|essentielle|sévère|severe|maligne|systolique|diastolique|limite|mesurée|mesuree))? | EN | ENS | EVS | GCS | NIHSS | MMS | MMSE | MoCA | IGS | SOFA | AV | OD
      | OG | ODG | FEVG | FE | NYHA | ASA | ECOG | OMS | mRS | ADL | IADL | GIR | TNM
      | (?i: tension | pression | score | glasgow | apgar | note | noté | notée | coté | cotée | cotation
      | grade | stade | force | testing | acuité | parinaud | vision | ratio | rapport | dilution | titre
      | classe | child | lequesne | karnofsky | rankin | braden | norton | borg | ashworth | tinetti
      | gleason | fraction | posologie | doses? | cp | comprimés? | sachets? | ampoules? | à | x | sur
      | de | soit ) )
    \W{0,3}(?i:à|de|=|:)?\s*$""",
    re.VERBOSE,
)

WINDOW = 32

# A patient banner: « DUPONT Jean – 44 ans – 31 5 74 ». A full date with loose separators or none after
# it is the birth date; a day and month with a slash (« 45 ans - 3/4 de la dose ») is not.
_BANNER_CUE = re.compile(
    r"(?<![\w.,])[0-9](?:[ ]?[0-9]){0,2}[ \t]?ans[ \t]*[–—-][ \t]*$"
)  # « 9 0 ans »: boxes


def has_date_cue(text: str, start: int) -> bool:
    """True when a date cue (« le », « depuis », « en ») ends right before ``start``."""
    return _DATE_CUE.search(text, max(0, start - WINDOW), start) is not None


def has_measure_cue(text: str, start: int) -> bool:
    """True when a measure cue (« TA », « score », « EVA à ») ends right before ``start``."""
    return _MEASURE_CUE.search(text, max(0, start - WINDOW), start) is not None


def has_full_date_cue(text: str, start: int) -> bool:
    """The cues of :func:`has_date_cue`, and an age in a banner, before a date with day, month and year."""
    return has_date_cue(text, start) or _BANNER_CUE.search(text, max(0, start - 16), start) is not None
