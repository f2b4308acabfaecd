"""Classifying a destination: approved tool, known but unapproved, general service with AI, suspicious.

- **approved**: the host of an approved tool's base URL in the governance registry;
- **unapproved**: a dedicated generative-AI service of the catalogue, or the host of a registry tool
  that is not (or no longer) approved;
- **embedded**: a catalogue entry for a general service with AI features (Teams, Bing, Notion…):
  the traffic does not by itself prove AI use, so it is reported apart;
- **suspicious**: a host outside the catalogue that looks like generative AI, by its name (``gpt``,
  ``llm``, ``ai`` as a word…) or, for ``.ai`` hosts, by the volume uploaded to it (confirmed after the
  scan, see :data:`Reason.UPLOAD`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from egide.shadow.catalogue import Catalogue, Entry
from egide.shadow.hosts import host_of, is_hostname, is_ip


class Kind(StrEnum):
    APPROVED = "approved"
    UNAPPROVED = "unapproved"
    EMBEDDED = "embedded"
    SUSPICIOUS = "suspicious"


class Reason(StrEnum):
    REGISTRY = "registry"  # approved tool
    CATALOGUE = "catalogue"
    NAME = "name"  # suspicious by its name
    UPLOAD = "upload"  # suspicious .ai host, kept only if enough bytes were sent to it


@dataclass(frozen=True, slots=True)
class RegistryTool:
    """What shadow discovery needs of a governance tool."""

    name: str
    host: str
    status: str = "approved"  # a governance ToolStatus value

    @property
    def approved(self) -> bool:
        return self.status == "approved"


@dataclass(frozen=True, slots=True)
class Destination:
    host: str
    kind: Kind
    reason: Reason
    vendor: str = ""
    category: str = ""
    country: str = ""
    eea: bool | None = None
    domain: str = ""  # the catalogue entry that matched
    tool: str = ""  # the approved tool


#: Words that are enough on their own; ``gpt`` and ``llm`` also inside a word (chatgpt4free, myllm).
_STRONG = frozenset({"ai", "genai", "gpt", "gpts", "llm", "llms", "chatgpt", "openai", "chatbot", "gptzero"})
#: Words that count only with a second sign (another such word, or a ``.ai`` host): chat.example.org is
#: more often a messaging service than a chatbot. Model brands are here too: they are also French
#: words, first names and trade names (« mistral », « claude », « gemini », « llama »), so a law firm
#: « claude-mistral-avocats.fr » is not AI use; their own services are in the catalogue anyway.
_WEAK = frozenset(
    {"ia", "chat", "bot", "prompt", "agent", "assistant", "copywriter", "summarize", "summarizer",
     "copilot", "claude", "gemini", "mistral", "llama", "deepseek", "grok", "qwen"}
)  # fmt: skip
#: Brand words of one vendor count once: « claude » twice, or « mistral » and « mistral », is one sign.
_BRANDS = frozenset({"copilot", "claude", "gemini", "mistral", "llama", "deepseek", "grok", "qwen"})
_WORD = re.compile(r"[a-z]+")


def name_looks_generative(host: str) -> bool:
    labels = host.split(".")
    words = [word for label in labels[:-1] for word in _WORD.findall(label)]
    signs: set[str] = set()
    for word in words:
        if word in _STRONG or "gpt" in word or word.startswith("llm") or word.endswith("llm"):
            return True
        if word in _WEAK:
            signs.add("brand" if word in _BRANDS else word)
    return len(signs) >= 2 or (len(signs) >= 1 and labels[-1] == "ai")


class Classifier:
    """Classifies hosts, caching the answer per raw authority (the same hosts repeat millions of times)."""

    CACHE_LIMIT = 200_000

    def __init__(self, catalogue: Catalogue, tools: Iterable[RegistryTool] = ()) -> None:
        self.catalogue = catalogue
        self.tools: dict[str, RegistryTool] = {}
        for tool in tools:
            known = self.tools.get(tool.host.lower())
            if known is None or (tool.approved and not known.approved):  # an approved tool wins its host
                self.tools[tool.host.lower()] = tool
        self.approved = {host: tool for host, tool in self.tools.items() if tool.approved}
        self.cache: dict[str, Destination | None] = {}

    def classify(self, authority: str) -> Destination | None:
        cache = self.cache
        if len(cache) >= self.CACHE_LIMIT:  # bounded memory whatever the number of distinct hosts
            cache.clear()
        destination = self._classify(host_of(authority))
        cache[authority] = destination
        return destination

    def _classify(self, host: str) -> Destination | None:
        if not host:
            return None
        # An address says nothing of the service; a name never ends in a digit (TLDs are letters),
        # which spares the costly parse for nearly every host.
        if (host[-1].isdigit() or ":" in host) and is_ip(host):
            return None
        if not is_hostname(host):
            return None
        entry = self.catalogue.match(host)
        tool = self.tools.get(host)
        if tool is not None:
            if tool.approved:
                return _from_entry(host, Kind.APPROVED, Reason.REGISTRY, entry, tool=tool.name)
            # In the registry but not approved (proposed, suspended, retired): known, not allowed.
            return _from_entry(
                host, Kind.UNAPPROVED, Reason.REGISTRY, entry, tool=f"{tool.name} ({tool.status})"
            )
        if entry is not None:
            if entry.ignore:
                return None
            kind = Kind.UNAPPROVED if entry.dedicated else Kind.EMBEDDED
            return _from_entry(host, kind, Reason.CATALOGUE, entry)
        if name_looks_generative(host):
            return Destination(host, Kind.SUSPICIOUS, Reason.NAME)
        if host.endswith(".ai"):
            return Destination(host, Kind.SUSPICIOUS, Reason.UPLOAD)
        return None


def _from_entry(host: str, kind: Kind, reason: Reason, entry: Entry | None, *, tool: str = "") -> Destination:
    if entry is None:
        return Destination(host, kind, reason, tool=tool)
    return Destination(
        host, kind, reason, entry.vendor, entry.category, entry.country, entry.eea, entry.domain, tool=tool
    )
