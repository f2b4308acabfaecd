"""A day alone that stands for a date given just before: « le 2 avril, transfert ; le 4, sortie ».

« le 4 » identifies a care episode as well as « le 4 avril » once the month is known from the
sentence before. Alone it is anything (a bed, a section, a dose), so it is looked for only in the
few lines after a date that has a day, and only in the shapes of a narrative: « le 4, » before a word
(or « le 4 | », the comma become a table's cell separator),
« le 4 au matin », « le 4 dans la nuit », « le 4 à 14 h », « retour à domicile le 4 avec passage IDE »,
« contrôle le 6 pour ablation des fils » (an event of care, then the day, then the clause goes on with a
link word and a word), « reçu le 17 mars, traité le 18. » (the
sentence ends on it; not a line: « Chambre : le 12 » is a room). « le 4, 5 et 6 mg » (a list of numbers) and
« J4 » are not read. « jusqu'au 20 » ends the stretch the date opened (« jusqu au 20 » typed without
its apostrophe). « entré le 8, sorti le 14 janvier »: the first day of a stay whose last day is dated.
"""

from __future__ import annotations

import re

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, FIRST, MONTH, UNIT_AFTER, accents_optional
from egide.detect.recognisers.fr.dates.base import verbose

# Case-sensitive and opening on a literal, which ``re`` scans for fast (a leading look-behind or
# ignore-case would make it try every position): the « l » and the boundary are checked behind the « e ».
DAY_ALONE = verbose(
    rf"""
    e (?<=[^\w'’][Ll]e) [ \t]+ (?P<day>{FIRST}|{DAY})
    (?= [ \t]*[,|\t][ \t]*[^\W\d_]
      | [ \t]+ (?: au [ \t]+ (?:matin|soir) | dans [ \t]+ la [ \t]+ (?:nuit|journée|matinée|soirée)
               | à [ \t]+ [0-9]{{1,2}} [ \t]? h
               # the clause goes on with what happened that day (« retour à domicile le 4 avec IDE »,
               # « contrôle le 6 pour ablation des fils »); a word, not a number, after the link; an
               # event of care named before (checked in code: ``_EVENT_BEFORE``)
               | (?P<link>(?:avec|pour|sans|vers|chez|par|puis|après|apres|en|au|aux|à) [ \t]+ [^\W\d_]) )
      | [ \t]* [.;] (?:[ \t]|\n|$) )  # « …, traité le 18. »: the sentence ends on it
    """,
    ignore_case=False,
)

# « jusqu'au 20 », « jusqu au 20 » (an SMS typed without its apostrophe): the end of a stretch of days
# that the date before opened (« rdv le 15 avril mais je suis en vacances jusqu'au 20 »).
# Opening on a literal, which ``re`` scans for fast; the boundary before it is checked in code.
UNTIL_DAY = verbose(
    rf"""
    jusqu(?:['’][ \t]?|[ \t])au [ \t]+ (?P<day>{FIRST}|{DAY}) (?![\w/]|[.,][0-9])
    (?! {UNIT_AFTER} )
    """,
)

# « du 02 au 09/05/2025 », « entre le 3 et le 12/06/2024 », « des 4-7/03/2024 »: the first day of a range
# whose other end is a full date; read back from the date's start. Its month may be there, without the
# year, in the separator the full date uses (« du 10.02 au 18.02.2025 », where « 10.02 » alone could be a
# decimal); and the range may be written in the words of a letter from abroad (« vom 10.02. bis
# 18.02.2025 », « from 3/2 to 9/2/2025 », « del 3 al 9/02/2025 »).
DAY_OPENING_RANGE = verbose(
    rf"""
    (?<![\w'’]) (?:[Dd]u|[Ee]ntre[ \t]+le|[Dd]es|[Vv]om|[Ff]rom|[Dd]el|[Dd]esde) [ \t]+
    (?P<day>{FIRST}|{DAY}(?:(?P<sep>[./])(?P<month>{MONTH})(?P=sep)?)?)
    [ \t]* (?P<link>au|et[ \t]+le|et|à|-|–|bis|to|until|al|hasta) [ \t]* $
    """,
    ignore_case=False,
)


# « entré le 8, sorti le 14 janvier », « admise le 3 et décédée le 9/03 »: a stay's first day alone, its
# month given by the day that ends it; the verb of the end of the stay (leaving, transfer, death) says
# that the two days are a stay's.
DAY_BEFORE_DISCHARGE = verbose(
    rf"""
    (?<![\w'’]) [Ll]e [ \t]+ (?P<day>{FIRST}|{DAY}) [ \t]* (?:,|et) [ \t]*
    (?:re)?(?:sorti|parti|transf[ée]r[ée]|d[ée]c[ée]d[ée]|rentr[ée]) e? s? [ \t]+ le [ \t]* $
    """,
    ignore_case=False,
)


# « nuit 3→4/12 », « du 3->4/12 »: the first day of a night or a stretch written with an arrow.
DAY_BEFORE_ARROW = verbose(
    rf"""
    (?<![\w'’]) (?:[Nn]uits?|[Dd]u|[Ll]e) [ \t]+ (?P<day>{DAY}) [ \t]* (?:→|->) [ \t]* $
    """,
    ignore_case=False,
)


# « transmissions nuit 02-03/12 », « Nuit du 14-15/11 », « WE 12-13/12/2026 »: the two days of a night or a
# weekend, a dash between them, then a slash and the month (and maybe the year). Checked in code: the
# second day is the day after the first (« EVA nuit 2-5/10 » is a score's range, never a night).
NIGHT_OF_TWO_DAYS = verbose(
    rf"""
    (?<![\w'’]) (?:[Nn]uits?|NUITS?|[Ww]eek-?end|WEEK-?END|WE|[Gg]arde|GARDE) (?:[ \t]+du)? [ \t]*:?[ \t]*
    (?P<dates> (?P<d1>{DAY}) [ \t]?-[ \t]? (?P<d2>{DAY}) [ \t]?/[ \t]? (?P<month>{MONTH})
               (?:/(?:19[0-9]{{2}}|20[0-9]{{2}}|[0-9]{{2}}))? )
    (?![\w/\-]|[.,][0-9])
    """,
    ignore_case=False,
)
_NIGHT_NEEDLES = ("nuit", "week", "we ", "garde")
# « UHCD – 6→7/12 », « 30->1/12 »: two days linked by an arrow, then the month, with no word before them (a
# night's heading names its shift elsewhere on the line, or not at all). Checked in code like the nights: the
# second day follows the first, and no scale's value is read so (« force 3→4/5 », « EVA 6→7/10 »).
ARROW_DAYS = verbose(
    rf"""
    (?<![\w'’/.,]) (?P<dates> (?P<d1>{DAY}) [ \t]? (?:→|->) [ \t]? (?P<d2>{DAY}) [ \t]?/[ \t]? (?P<month>{MONTH})
               (?:/(?:19[0-9]{{2}}|20[0-9]{{2}}|[0-9]{{2}}))? )
    (?![\w/\-]|[.,][0-9])
    """,
    ignore_case=False,
)
# The denominators of scales: a second day at or below them is a value out of them (« 3→4/5 »).
_SCALE_MONTHS = frozenset({2, 3, 4, 5, 10})
# A pain score just before (« douleur nuit 2-3/10 », « EVA nocturne : nuit 4-5/10 »): out of ten, no month.
_SCORE_BEFORE = re.compile(r"(?i:douleur|douloureu|eva|evs|\ben\b|score|cot[ée]e?)[^\n]{0,24}$")


def nights_of_two_days(text: str, low: str, source: str) -> list[Finding]:
    """The two days of a night or a weekend written « nuit 02-03/12 » (``low``: the text in lower case)."""
    if not any(needle in low for needle in _NIGHT_NEEDLES) and "→" not in text and "->" not in text:
        return []
    found = []
    if "→" in text or "->" in text:
        for m in ARROW_DAYS.finditer(text):
            first, second, month = int(m["d1"]), int(m["d2"]), int(m["month"])
            if month in _SCALE_MONTHS and second <= month:
                continue
            if month == 10 and _SCORE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            if second == first + 1 or (second == 1 and first >= 28):
                found.append(Finding(m.start("dates"), m.end("dates"), Label.DATE, 0.75, source))
    for m in NIGHT_OF_TWO_DAYS.finditer(text):
        first, second = int(m["d1"]), int(m["d2"])
        if m["month"] == "10" and _SCORE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if second == first + 1 or (second == 1 and first >= 28):
            found.append(Finding(m.start("dates"), m.end("dates"), Label.DATE, 0.8, source))
    return found


# « vue le 5 puis le 16 novembre », « le 3 ou le 4/12 », « le 12, puis le 19 janvier »: two days of one
# month, the first alone, each with its own « le » (two visits, two possible days): the month the second
# one is given with is the first one's. A list of doses keeps no « le » before its second number.
DAY_BEFORE_SECOND_DAY = verbose(
    rf"""
    (?<![\w'’]) [Ll]e [ \t]+ (?P<day>{FIRST}|{DAY}) [ \t]* ,? [ \t]* (?:puis|et|ou|,) [ \t]+ le [ \t]+ $
    """,
    ignore_case=False,
)


def day_opening_range(text: str, start: int, source: str) -> Finding | None:
    """The day alone that opens a range ending with the date that starts at ``start``, if any."""
    arrow = DAY_BEFORE_ARROW.search(text, max(0, start - 12), start)
    if arrow is not None:
        return Finding(arrow.start("day"), arrow.end("day"), Label.DATE, 0.75, source)
    m = DAY_OPENING_RANGE.search(text, max(0, start - 28), start)
    if m is None:
        second = DAY_BEFORE_SECOND_DAY.search(text, max(0, start - 20), start)
        if second is not None:
            return Finding(second.start("day"), second.end("day"), Label.DATE, 0.75, source)
        stay = DAY_BEFORE_DISCHARGE.search(text, max(0, start - 40), start)
        if stay is None:
            return None
        return Finding(stay.start("day"), stay.end("day"), Label.DATE, 0.75, source)
    if m["sep"] is not None and m["sep"] not in text[start : start + 6]:
        return None  # (« du 10.02 au 18/02/2025 »: a decimal, then a date)
    # The word that links the two ends goes with the first (« 4 au », « 3 et le »): the range is then
    # masked whole, as « du 16 au 22 novembre » already is, not with « au » left between two masks.
    return Finding(m.start("day"), m.end("link"), Label.DATE, 0.75, source)


# An event of care named in the clause before « le 4 avec … », « le 4 pour … »: a day alone followed by a
# link word is a date only so; « le 2 avec le repas », « le 2 en cas de douleur » are a numbered item's.
# (Participles, « revue le 6 pour … », are read without a date before: ``appointment_day``.)
_EVENT_BEFORE = re.compile(
    accents_optional(
        r"(?i)(?<![\w])(?:retour|sortie|entrée|admission|arrivée|transfert|passage|visite|consultation"
        r"|contrôle|bilan|rdv|rendez-vous|prise[ \t]+de[ \t]+sang|prélèvement|chute|appel|reprise"
        r"|hospitalisation|intervention|opération|décès|ablation|pose|retrait|réévaluation|séance"
        r"|cure|injection|vaccination|accouchement|naissance)(?![\w])[^.;:,!?()\n]{0,30}[ \t]\Z"
    )
)

#: How far after a date a day alone is still read as its sequel (a few sentences of one paragraph).
REACH = 250


# After the day, the time of day that makes « le 21 » a moment: « à 6 h », « au matin », « dans la nuit ».
_MOMENT_AFTER = re.compile(r"[ \t]+(?:au|dans|à)[ \t]")


def days_alone_after(
    text: str, end: int, source: str, scanned: int, *, moments_only: bool = False
) -> tuple[list[Finding], int]:
    """The days alone in the paragraph that follows a date ending at ``end``, and where the look
    stopped. Text before ``scanned`` (the stop of the look after the date before) is not read again:
    a table of dates costs one pass, not one per date.

    ``moments_only``: after a month and its year without a day (« pontage en juin 2015. Douleur le 21
    à 6 h »), only a day given with its time of day (« le 21 à 6 h », « le 4 au matin ») is read: the
    narrative has moved on to an event of its own, which the time of day dates as a day; « le 4, »
    alone after « juin 2015 » is too loose a sequel."""
    start = max(end, scanned)
    stop = min(len(text), end + REACH)
    paragraph = text.find("\n\n", start, stop)
    if paragraph >= 0:
        stop = paragraph
    found = [
        Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, source)
        for m in DAY_ALONE.finditer(text, start, stop)
        if (
            (not moments_only or _MOMENT_AFTER.match(text, m.end("day")))
            if m["link"] is None
            else not moments_only and _EVENT_BEFORE.search(text, max(0, m.start() - 72), m.start() - 1)
        )
    ]
    if not moments_only and text.find("jusqu", start, stop) >= 0:
        found.extend(
            Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, source)
            for m in UNTIL_DAY.finditer(text, start, stop)
            if m.start() == 0 or not text[m.start() - 1].isalnum()
        )
        found.sort(key=lambda f: f.start)
    return found, max(stop, start)
