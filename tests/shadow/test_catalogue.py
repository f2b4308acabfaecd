"""The shipped catalogue, its layers, its wildcards and its update."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from egide.errors import InputError
from egide.shadow.catalogue import Catalogue, Entry, load, read_entries, update

SHARED = Path("/work/shared/data/genai_domains")


def _entry(domain: str, **kw: object) -> Entry:
    fields: dict[str, object] = {
        "vendor": "V",
        "category": "C",
        "country": "USA",
        "eea": False,
        "dedicated": True,
    }
    fields.update(kw)
    return Entry(domain, **fields)  # type: ignore[arg-type]


def test_shipped_catalogue_and_its_licence() -> None:
    data = resources.files("egide.shadow").joinpath("data")
    licence = data.joinpath("genai_domains.LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Radius Method" in licence
    assert "genai_domains" in data.joinpath("SOURCES.txt").read_text(encoding="utf-8")
    catalogue = load(updated=None, site=None)
    assert len(catalogue) > 150
    openai = catalogue.match("chat.openai.com")
    assert openai is not None and openai.vendor == "OpenAI" and openai.eea is False and openai.dedicated
    mistral = catalogue.match("chat.mistral.ai")
    assert mistral is not None and mistral.country == "France" and mistral.eea is True
    bing = catalogue.match("www.bing.com")
    assert bing is not None and not bing.dedicated  # "review before blocking": a general service


def test_wildcards() -> None:
    catalogue = Catalogue(
        [
            _entry("*.openai.com"),
            _entry("poe.com", vendor="exact"),
            _entry("*.poe.com", vendor="wild"),
            _entry("bedrock.*.amazonaws.com", vendor="bedrock"),
            _entry("api.openai.com", vendor="api"),
        ]
    )
    assert catalogue.match("openai.com") is not None  # *.x covers x itself
    assert catalogue.match("a.b.openai.com") is not None
    assert catalogue.match("notopenai.com") is None
    assert catalogue.match("openai.com.evil.example") is None
    assert catalogue.match("api.openai.com").vendor == "api"  # type: ignore[union-attr]
    assert catalogue.match("poe.com").vendor == "exact"  # type: ignore[union-attr]
    assert catalogue.match("x.poe.com").vendor == "wild"  # type: ignore[union-attr]
    assert catalogue.match("bedrock.eu-west-3.amazonaws.com").vendor == "bedrock"  # type: ignore[union-attr]
    assert catalogue.match("bedrock.a.b.amazonaws.com") is None  # one label per *
    assert catalogue.match("s3.eu-west-3.amazonaws.com") is None


def test_site_file_adds_overrides_and_ignores(tmp_path: Path) -> None:
    site = tmp_path / "site.csv"
    site.write_text(
        "domain,vendor,category,country,eea,dedicated,notes,ignore\n"
        "assistant.editeur-sante.fr,Éditeur Santé,Clinical assistant,France,yes,yes,Pilot,\n"
        "*.bing.com,Microsoft,Search,USA,no,no,,yes\n"
        "claude.ai,Anthropic,Frontier,USA,no,yes,Reviewed by the DPO,\n",
        encoding="utf-8",
    )
    catalogue = load(updated=None, site=site)
    added = catalogue.match("assistant.editeur-sante.fr")
    assert added is not None and added.source == "site" and added.eea is True
    ignored = catalogue.match("www.bing.com")
    assert ignored is not None and ignored.ignore
    assert catalogue.match("claude.ai").notes == "Reviewed by the DPO"  # type: ignore[union-attr]
    with pytest.raises(InputError, match="n'existe pas"):
        load(updated=None, site=tmp_path / "absent.csv")


def test_invalid_rows_are_refused_with_their_line() -> None:
    with pytest.raises(InputError, match=r"site.csv:3: 'not a domain'"):
        read_entries("domain,vendor\nok.example,V\nnot a domain,V\n", origin="site.csv", source="site")
    with pytest.raises(InputError, match="'maybe' n'est pas yes/no"):
        read_entries("domain,eea\nok.example,maybe\n", origin="site.csv", source="site")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the public catalogue's source files are not on this machine")
def test_the_shipped_file_is_the_public_catalogue_converted(tmp_path: Path) -> None:
    out = tmp_path / "rebuilt.csv"
    report = update(sorted(SHARED.glob("*.csv")), current=Catalogue([]), out=out)
    shipped = (
        resources.files("egide.shadow").joinpath("data", "genai_domains.csv").read_text(encoding="utf-8")
    )
    assert out.read_text(encoding="utf-8") == shipped
    in_use = load(updated=None, site=None)
    additions = [e for e in in_use.entries.values() if e.source == "additions"]
    assert additions and report.total == len(in_use) - len(additions)
    # An update against the catalogue in use never counts égide's additions as removed.
    again = update(sorted(SHARED.glob("*.csv")), current=in_use, out=tmp_path / "again.csv")
    assert again.removed == [] and again.added == []


def test_update_reports_its_changes_and_replaces_the_shipped_catalogue(tmp_path: Path) -> None:
    upstream = tmp_path / "llms.csv"
    upstream.write_text(
        "Domain,Category,Subcategory,Country,Notes\n"
        "*.openai.com,Frontier / Consumer,OpenAI,USA,Main OpenAI endpoints\n"
        "*.newmodel.example,Frontier / Consumer,NewModel,Germany,A new one\n"
        "*.salesforce.com,SaaS / Enterprise,CRM / Sales,USA,Einstein AI - review before blocking will break Salesforce\n",
        encoding="utf-8",
    )
    target = tmp_path / "var" / "genai_domains.csv"
    report = update([upstream], current=load(updated=None, site=None), out=target)
    assert report.total == 3
    assert report.added == ["*.newmodel.example"]
    assert "claude.ai" in report.removed
    catalogue = load(updated=target, site=None)
    assert len([e for e in catalogue.entries.values() if e.source == "update"]) == 3  # plus égide's additions
    new = catalogue.match("api.newmodel.example")
    assert new is not None and new.eea is True and new.source == "update"
    salesforce = catalogue.match("x.salesforce.com")
    assert salesforce is not None and salesforce.vendor == "Salesforce" and not salesforce.dedicated
    assert salesforce.category == "SaaS / Enterprise — CRM / Sales"
    assert catalogue.match("claude.ai") is None
