"""A day alone that stands for a date given just before: « le 2 avril, transfert ; le 4, sortie ».

« le 4 » identifies a care episode as well as « le 4 avril » once the month is known from the
sentence before. Alone it is anything (a bed, a section, a dose), so it is looked for only in the
few lines after a date that has a day, and only in the shapes of a narrative: « le 4, » before a word,
« le 4 au matin », « le 4 dans la nuit », « le 4 à 14 h ». « le 4, 5 et 6 mg » (a list of numbers) and
« J4 » are not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, FIRST
from egide.detect.recognisers.fr.dates.base import verbose

DAY_ALONE = verbose(
    rf"""
    (?<![\w'’]) le [ \t]+ (?P<day>{FIRST}|{DAY})
    (?= [ \t]*,[ \t]*[^\W\d_]
      | [ \t]+ (?: au [ \t]+ (?:matin|soir) | dans [ \t]+ la [ \t]+ (?:nuit|journée|matinée|soirée)
               | à [ \t]+ [0-9]{{1,2}} [ \t]? h ) )
    """
)

#: How far after a date a day alone is still read as its sequel (a few sentences of one paragraph).
REACH = 250


def days_alone_after(text: str, end: int, source: str) -> Iterator[Finding]:
    """The days alone in the paragraph that follows a date ending at ``end``."""
    stop = min(len(text), end + REACH)
    paragraph = text.find("\n\n", end, stop)
    for m in DAY_ALONE.finditer(text, end, stop if paragraph < 0 else paragraph):
        yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, source)
