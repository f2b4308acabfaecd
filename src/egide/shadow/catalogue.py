"""The catalogue of generative-AI domains.

Three layers, later ones winning for the same domain:

1. the catalogue shipped in the package (``data/genai_domains.csv``, built from the MIT-licensed
   public catalogue whose licence sits beside it), or the file written by
   ``egide shadow catalogue update`` when it exists (it replaces the shipped one);
2. égide's own additions (``data/egide_additions.csv``): services staff paste text into that the
   public catalogue misses (ChatGPT's asset and file domains, DeepL, other consumer chats); kept
   apart so that an update of the public catalogue never drops them;
3. the establishment's site file (``shadow.site_catalogue``), which adds or overrides entries and can
   mark a domain ``ignore=yes`` (not generative AI, e.g. a false alarm of the heuristics).

A domain is a host (``claude.ai``), a wildcard ``*.openai.com`` (the domain itself and every
subdomain), or a pattern whose ``*`` stands for one label (``bedrock.*.amazonaws.com``). The most
specific entry wins: exact host, then the longest wildcard suffix, then patterns.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from egide.errors import InputError
from egide.shadow.hosts import suffixes

COLUMNS = ("domain", "vendor", "category", "country", "eea", "dedicated", "notes")
SHIPPED = "genai_domains.csv"
ADDITIONS = "egide_additions.csv"

#: European Economic Area (EU 27, Iceland, Liechtenstein, Norway), in the catalogue's spelling.
EEA = frozenset(
    {
        "austria", "belgium", "bulgaria", "croatia", "cyprus", "czechia", "czech republic", "denmark",
        "estonia", "finland", "france", "germany", "greece", "hungary", "ireland", "italy", "latvia",
        "lithuania", "luxembourg", "malta", "netherlands", "poland", "portugal", "romania", "slovakia",
        "slovenia", "spain", "sweden", "iceland", "liechtenstein", "norway",
    }
)  # fmt: skip
#: Notes of the public catalogue that flag a general service with AI features, not a dedicated AI tool.
_MIXED_MARKERS = ("review before blocking", "overlaps with legitimate", "will break")
_DOMAIN = re.compile(r"^(\*\.)?([a-z0-9-]+|\*)(\.([a-z0-9-]+|\*))+$")


@dataclass(frozen=True, slots=True)
class Entry:
    domain: str
    vendor: str
    category: str
    country: str
    eea: bool | None  # None: country unknown
    dedicated: bool  # False: a general service with AI features (Teams, Bing…): traffic does not prove AI use
    notes: str = ""
    source: str = "egide"  # egide (shipped), update, additions (égide's own), site
    ignore: bool = False  # site file: not generative AI


def _flag(value: str, *, line: str) -> bool | None:
    lowered = value.strip().lower()
    if lowered in ("yes", "true", "1", "oui", "y"):
        return True
    if lowered in ("no", "false", "0", "non", "n"):
        return False
    if lowered in ("", "unknown", "?"):
        return None
    raise InputError(f"{line}: {value!r} n'est pas yes/no")


def normalise_domain(value: str, *, line: str) -> str:
    domain = value.strip().lower().rstrip(".")
    if not _DOMAIN.match(domain) or domain.count("*") > 2:
        raise InputError(f"{line}: {value!r} n'est ni un domaine, ni *.domaine, ni un motif à étiquettes *")
    return domain


def vendor_of(domain: str) -> str:
    """The registrable label, title-cased: ``*.teams.microsoft.com`` → ``Microsoft``."""
    labels = [label for label in domain.split(".") if label != "*"]
    return labels[-2].title() if len(labels) >= 2 else domain


def read_entries(text: str, *, origin: str, source: str) -> list[Entry]:
    """Entries from égide's format or from the public catalogue's (Domain,Category,Subcategory,Country,Notes)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = {name.strip().lower() for name in reader.fieldnames or ()}
    if "domain" not in fields:
        raise InputError(f"{origin}: pas de colonne `domain`")
    upstream = "subcategory" in fields and "vendor" not in fields
    entries: list[Entry] = []
    for number, raw in enumerate(reader, start=2):
        row = {(key or "").strip().lower(): (value or "").strip() for key, value in raw.items()}
        line = f"{origin}:{number}"
        if not row.get("domain"):
            continue
        domain = normalise_domain(row["domain"], line=line)
        country = row.get("country", "") or "Unknown"
        notes = row.get("notes", "")
        if upstream:
            category = row.get("category", "")
            sub = row.get("subcategory", "")
            saas = category.lower().startswith("saas")
            vendor = vendor_of(domain) if saas or not sub else sub
            if saas and sub:
                category = f"{category} — {sub}"
            eea = None if country.lower() == "unknown" else country.lower() in EEA
            dedicated = not any(marker in notes.lower() for marker in _MIXED_MARKERS)
            entries.append(Entry(domain, vendor, category, country, eea, dedicated, notes, source))
            continue
        eea_flag = _flag(row.get("eea", ""), line=line)
        if eea_flag is None and country.lower() != "unknown" and "eea" not in row:
            eea_flag = country.lower() in EEA
        dedicated_flag = _flag(row.get("dedicated", "yes") or "yes", line=line)
        entries.append(
            Entry(
                domain=domain,
                vendor=row.get("vendor", "") or vendor_of(domain),
                category=row.get("category", "") or "Generative AI",
                country=country,
                eea=eea_flag,
                dedicated=dedicated_flag is not False,
                notes=notes,
                source=source,
                ignore=_flag(row.get("ignore", ""), line=line) is True,
            )
        )
    return entries


def merge(entries: Iterable[Entry]) -> list[Entry]:
    """One entry per domain, the first seen winning (the public catalogue repeats a few)."""
    kept: dict[str, Entry] = {}
    for entry in entries:
        kept.setdefault(entry.domain, entry)
    return list(kept.values())


def write_entries(entries: Sequence[Entry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in sorted(entries, key=lambda item: (item.category, item.vendor, item.domain)):
        eea = "unknown" if e.eea is None else ("yes" if e.eea else "no")
        writer.writerow(
            [e.domain, e.vendor, e.category, e.country, eea, "yes" if e.dedicated else "no", e.notes]
        )
    return out.getvalue()


class Catalogue:
    """Lookup of a host in the catalogue."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._exact: dict[str, Entry] = {}
        self._suffix: dict[str, Entry] = {}
        self._patterns: list[tuple[re.Pattern[str], Entry]] = []
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries[entry.domain] = entry  # later layers override earlier ones
        for entry in self.entries.values():
            domain = entry.domain
            if domain.startswith("*.") and "*" not in domain[2:]:
                self._suffix[domain[2:]] = entry
            elif "*" in domain:
                regex = r"\.".join(
                    "[^.]+" if label == "*" else re.escape(label) for label in domain.split(".")
                )
                if domain.startswith("*."):  # *.x.*.y also matches x.*.y itself
                    regex = r"(?:[^.]+\.)*" + regex[len("[^.]+") + 2 :]
                self._patterns.append((re.compile(regex + r"\Z"), entry))
            else:
                self._exact[domain] = entry
        digest = hashlib.sha256(write_entries(list(self.entries.values())).encode()).hexdigest()
        self.version = f"{len(self.entries)}-{digest[:12]}"

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, host: str) -> Entry | None:
        """The most specific entry for ``host``, ignored entries included (callers check ``ignore``)."""
        exact = self._exact.get(host)
        if exact is not None:
            return exact
        for suffix in suffixes(host):
            entry = self._suffix.get(suffix)
            if entry is not None:
                return entry
        for pattern, entry in self._patterns:
            if pattern.match(host):
                return entry
        return None

    def with_site(self, site: Iterable[Entry]) -> Catalogue:
        return Catalogue([*self.entries.values(), *(replace(entry, source="site") for entry in site)])


def shipped_text() -> str:
    return resources.files("egide.shadow").joinpath("data", SHIPPED).read_text(encoding="utf-8")


def load(*, updated: Path | None, site: Path | None) -> Catalogue:
    """The catalogue in use: the updated file if present, else the shipped one, then the site file."""
    if updated is not None and updated.is_file():
        base = read_entries(updated.read_text(encoding="utf-8"), origin=str(updated), source="update")
    else:
        base = read_entries(shipped_text(), origin=SHIPPED, source="egide")
    additions = resources.files("egide.shadow").joinpath("data", ADDITIONS).read_text(encoding="utf-8")
    catalogue = Catalogue([*base, *read_entries(additions, origin=ADDITIONS, source="additions")])
    if site is not None:
        if not site.is_file():
            raise InputError(f"le catalogue du site {site} n'existe pas")
        catalogue = catalogue.with_site(
            read_entries(site.read_text(encoding="utf-8"), origin=str(site), source="site")
        )
    return catalogue


@dataclass(frozen=True)
class UpdateReport:
    added: list[str]
    removed: list[str]
    changed: list[str]
    total: int


def update(files: Sequence[Path], *, current: Catalogue, out: Path) -> UpdateReport:
    """Build a catalogue from CSV files (égide's or the public catalogue's format) and write it to ``out``."""
    if not files:
        raise InputError("donnez au moins un fichier CSV")
    entries: list[Entry] = []
    for file in sorted(files):
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{file} illisible : {exc.strerror}") from exc
        entries.extend(read_entries(text, origin=str(file), source="update"))
    merged = merge(entries)
    if not merged:
        raise InputError("les fichiers ne contiennent aucun domaine")
    new = {entry.domain: replace(entry, source="") for entry in merged}
    old = {
        entry.domain: replace(entry, source="")
        for entry in current.entries.values()
        if entry.source not in ("site", "additions")
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(write_entries(merged), encoding="utf-8")
    return UpdateReport(
        added=sorted(new.keys() - old.keys()),
        removed=sorted(old.keys() - new.keys()),
        changed=sorted(d for d in new.keys() & old.keys() if new[d] != old[d]),
        total=len(merged),
    )
