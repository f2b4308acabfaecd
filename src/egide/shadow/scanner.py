"""Reading one log: format choice, the line loop, counts and malformed samples."""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from egide.errors import InputError
from egide.shadow.aggregate import Aggregator
from egide.shadow.classify import Classifier, Destination
from egide.shadow.formats.base import LineParser
from egide.shadow.formats.delimited import sniff_delimiter
from egide.shadow.formats.detect import detect, parser_for
from egide.shadow.formats.fieldmap import FieldMap, map_from_header
from egide.shadow.formats.squid import Counts, SquidParser
from egide.shadow.readers import Source
from egide.shadow.record import MalformedLine, Record

SNIFF_LINES = 50
_QUERY = re.compile(r"\?\S*")


@dataclass
class FileReport:
    name: str
    format: str
    lines: int = 0
    records: int = 0
    ignored: int = 0  # comments, directives, headers, authentication challenges
    malformed: int = 0


@dataclass(frozen=True)
class Sample:
    """A malformed line: where, why, and a short excerpt (query strings removed) for the terminal only."""

    source: str
    line: int
    reason: str
    excerpt: str


def _excerpt(line: str) -> str:
    text = _QUERY.sub("?…", line.strip())
    return text if len(text) <= 100 else text[:99] + "…"


def choose(
    name: str, head: list[str], field_map: FieldMap | None, source: Source
) -> tuple[str, FieldMap | None]:
    if name == "auto":
        try:
            return detect(head, field_map)
        except InputError as exc:
            raise InputError(f"{source.name}: {exc.message}", param="format") from exc
    if name == "csv" and field_map is None:
        first = next((line for line in head if line.strip()), "")
        found = map_from_header(next(csv.reader([first], delimiter=sniff_delimiter(first)), []))
        if found is None:
            raise InputError(
                f"{source.name}: un flux CSV/TSV demande --field-map (son en-tête ne nomme aucun champ connu)"
            )
        return name, found
    return name, field_map


class Scanner:
    """Streams sources through a parser into the aggregator."""

    def __init__(self, classifier: Classifier, aggregator: Aggregator, *, samples: int = 5) -> None:
        self.classifier = classifier
        self.aggregator = aggregator
        self.samples: list[Sample] = []
        self.max_samples = samples
        self.first: float | None = None
        self.last: float | None = None

    def widen(self, first: float | None, last: float | None) -> None:
        """Extend the period seen to include ``first``–``last``."""
        if first is not None:
            self.first = first if self.first is None else min(self.first, first)
        if last is not None:
            self.last = last if self.last is None else max(self.last, last)

    def read(
        self, source: Source, lines: Iterator[str], fmt: str, field_map: FieldMap | None, zone: ZoneInfo
    ) -> FileReport:
        head = list(itertools.islice(lines, SNIFF_LINES))
        name, field_map = choose(fmt, head, field_map, source)
        parser = parser_for(name, field_map, zone)
        counts = Counts()

        def malformed(number: int, reason: str, line: str) -> None:
            if len(self.samples) < self.max_samples:
                self.samples.append(Sample(source.name, number, reason, _excerpt(line)))

        everything = itertools.chain(head, lines)
        add = self.aggregator.add
        if isinstance(parser, SquidParser):
            parser.read_all(
                everything, counts, self.classifier.cache, self.classifier.classify, add, malformed
            )
        else:
            _read_generic(parser, everything, counts, self.classifier, add, malformed)
        if counts.records:
            self.widen(counts.first, counts.last)
        return FileReport(source.name, name, counts.lines, counts.records, counts.ignored, counts.malformed)


def _read_generic(
    parser: LineParser,
    lines: Iterable[str],
    counts: Counts,
    classifier: Classifier,
    add: Callable[[Destination, Record], None],
    malformed: Callable[[int, str, str], None],
) -> None:
    """The loop of :meth:`SquidParser.read_all` over any parser's ``parse``."""
    parse, cache, classify = parser.parse, classifier.cache, classifier.classify
    for line in lines:
        counts.lines += 1
        try:
            record = parse(line)
        except MalformedLine as exc:
            counts.malformed += 1
            malformed(counts.lines, exc.reason, line)
            continue
        if record is None:
            counts.ignored += 1
            continue
        counts.records += 1
        counts.first = min(counts.first, record.ts)
        counts.last = max(counts.last, record.ts)
        destination = cache[record.authority] if record.authority in cache else classify(record.authority)
        if destination is not None:
            add(destination, record)
