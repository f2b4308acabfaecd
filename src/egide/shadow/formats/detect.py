"""Recognising a log's format from its first lines."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from egide.errors import InputError
from egide.shadow.formats import common, squid
from egide.shadow.formats.base import LineParser
from egide.shadow.formats.delimited import DelimitedParser, sniff_delimiter
from egide.shadow.formats.fieldmap import FieldMap, map_from_header
from egide.shadow.formats.w3c import W3cParser

FORMATS = ("squid", "combined", "w3c", "csv")
#: ``common`` is the same parser as ``combined`` (the referer and user agent are optional).
ALIASES = {"common": "combined", "clf": "combined", "tsv": "csv", "native": "squid", "bluecoat": "w3c"}
#: Share of the sampled lines a line format must recognise.
THRESHOLD = 0.5


def canonical(name: str) -> str:
    """``auto`` or one of :data:`FORMATS`; anything else is a clear error."""
    lowered = name.lower()
    lowered = ALIASES.get(lowered, lowered)
    if lowered != "auto" and lowered not in FORMATS:
        raise InputError(
            f"format de log inconnu {name!r} : choisissez auto, {', '.join(FORMATS)} (ou common, tsv)",
            param="format",
        )
    return lowered


def detect(sample: Sequence[str], field_map: FieldMap | None) -> tuple[str, FieldMap | None]:
    """The format of a log from its first lines, and the field map for CSV feeds."""
    lines = [line for line in sample if line.strip()]
    if not lines:
        return "squid", field_map  # an empty log: any parser reads it
    if any(line.startswith(("#Fields:", "#Software:", "#Version:")) for line in lines[:20]):
        return "w3c", field_map
    if field_map is not None:
        return "csv", field_map
    data = [line for line in lines if not line.startswith("#")] or lines
    for name, pattern in (("squid", squid.SNIFF), ("combined", common.SNIFF)):
        hits = sum(1 for line in data if pattern.match(line))
        if hits and hits >= THRESHOLD * len(data):
            return name, None
    header = lines[0].rstrip("\r\n")
    found = map_from_header(_split_header(header))
    if found is not None:
        return "csv", found
    raise InputError(
        "format de log inconnu : les premières lignes ne sont ni du Squid natif, ni du common/combined, ni du W3C étendu "
        "(#Fields:) ni un CSV à en-tête reconnu ; nommez-le avec --format, et donnez --field-map pour les flux CSV",
        param="format",
    )


def _split_header(line: str) -> list[str]:
    import csv

    return next(csv.reader([line], delimiter=sniff_delimiter(line)))


def parser_for(name: str, field_map: FieldMap | None, zone: ZoneInfo) -> LineParser:
    if name == "squid":
        return squid.SquidParser()
    if name == "combined":
        return common.CommonParser()
    if name == "w3c":
        return W3cParser()
    if name == "csv":
        if field_map is None:
            raise InputError(
                "un flux CSV/TSV demande --field-map (ou une ligne d'en-tête aux noms reconnus)",
                param="field_map",
            )
        return DelimitedParser(field_map, zone)
    raise InputError(f"format de log inconnu {name!r}", param="format")
