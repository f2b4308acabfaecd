"""Classification of hosts: registry, catalogue, heuristics."""

from __future__ import annotations

import pytest

from egide.shadow.catalogue import Catalogue
from egide.shadow.classify import Classifier, Kind, Reason, RegistryTool, name_looks_generative
from egide.shadow.hosts import host_of


@pytest.mark.parametrize(
    ("authority", "host"),
    [
        ("chat.openai.com:443", "chat.openai.com"),
        ("User:Pw@Chat.OpenAI.com.:8443", "chat.openai.com"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("2001:db8::1", "2001:db8::1"),
        ("claude.ai", "claude.ai"),
    ],
)
def test_host_of(authority: str, host: str) -> None:
    assert host_of(authority) == host


@pytest.mark.parametrize(
    "host",
    ["gpt4free.example.net", "mon-llm.example.org", "notes-ai.example.com", "chatgpt-gratuit.fr", "free.llm-hub.io",
     "my-chatbot.example.com", "chat.example.ai", "ia-chat.example.fr", "mistral-chat.example.com",
     "claude-assistant.example.org", "gemini.example.ai"],
)  # fmt: skip
def test_names_that_look_generative(host: str) -> None:
    assert name_looks_generative(host)


@pytest.mark.parametrize(
    "host",
    ["www.airfrance.fr", "mail.example.com", "chat.whatsapp.com", "chateau-versailles.fr", "ia601.archive.org",
     "www.allmusic.com", "www.said.fr", "example.ai",
     # a model brand in an unrelated registrable domain is a French word, a first name, a trade name
     "cabinet-claude-mistral-avocats.fr", "www.gemini-conseil.fr", "llama-ranch.example.com",
     "claude.claude-avocats.fr"],
)  # fmt: skip
def test_names_that_do_not(host: str) -> None:
    assert not name_looks_generative(host)


def test_classification_order(catalogue: Catalogue) -> None:
    classifier = Classifier(catalogue, [RegistryTool("Mistral (contrat)", "api.mistral.ai")])
    approved = classifier.classify("api.mistral.ai:443")
    assert approved is not None and approved.kind is Kind.APPROVED and approved.tool == "Mistral (contrat)"
    assert approved.vendor == "Mistral"  # the catalogue still describes it
    le_chat = classifier.classify("chat.mistral.ai:443")
    assert le_chat is not None and le_chat.kind is Kind.UNAPPROVED and le_chat.reason is Reason.CATALOGUE
    teams = classifier.classify("teams.microsoft.com:443")
    assert teams is not None and teams.kind is Kind.EMBEDDED
    by_name = classifier.classify("gpt-redacteur.example.net")
    assert by_name is not None and by_name.kind is Kind.SUSPICIOUS and by_name.reason is Reason.NAME
    by_upload = classifier.classify("scribe.ai:443")
    assert by_upload is not None and by_upload.reason is Reason.UPLOAD
    assert classifier.classify("www.has-sante.fr") is None
    assert classifier.classify("104.18.32.47:443") is None  # an address says nothing of the service
    assert classifier.classify("bad_host!:443") is None


def test_cache_is_bounded(catalogue: Catalogue) -> None:
    classifier = Classifier(catalogue)
    classifier.CACHE_LIMIT = 100  # type: ignore[misc]
    for i in range(1000):
        classifier.classify(f"site{i}.example.fr:443")
    assert len(classifier.cache) <= 100


@pytest.mark.parametrize(
    ("host", "vendor"),
    [("cdn.oaistatic.com", "OpenAI"), ("files.oaiusercontent.com", "OpenAI"), ("www.deepl.com", "DeepL"),
     ("api.deepl.com", "DeepL"), ("duck.ai", "DuckDuckGo"), ("notebooklm.google.com", "Google")],
)  # fmt: skip
def test_egide_additions_are_in_the_catalogue_in_use(host: str, vendor: str) -> None:
    from egide.shadow.catalogue import load

    destination = Classifier(load(updated=None, site=None)).classify(host)
    assert destination is not None and destination.kind is Kind.UNAPPROVED and destination.vendor == vendor
