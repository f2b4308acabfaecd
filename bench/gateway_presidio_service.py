"""Presidio's analyzer and anonymizer as the small HTTP services LiteLLM's guardrail calls (French).

Anchor only, for ``bench.gateway_overhead --litellm``: Presidio ships its REST servers as Docker
images, not in the pip packages, so this exposes ``POST /analyze`` and ``POST /anonymize`` over the
installed libraries, configured for French the way a LiteLLM user would: the spaCy
``fr_core_news_md`` pipeline and Presidio's predefined recognisers loaded for ``fr``.

Run: ``python -m bench.gateway_presidio_service PORT``.
"""

from __future__ import annotations

import sys
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_anonymizer import AnonymizerEngine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bench.support.presidio_fr import build_predefined_analyzer


def build() -> Starlette:
    analyzer = build_predefined_analyzer()
    anonymizer = AnonymizerEngine()

    async def analyze(request: Request) -> JSONResponse:
        body: dict[str, Any] = await request.json()
        results = analyzer.analyze(
            text=body["text"], language=body.get("language", "fr"), entities=body.get("entities")
        )
        return JSONResponse([r.to_dict() for r in results])

    async def anonymize(request: Request) -> JSONResponse:
        body: dict[str, Any] = await request.json()
        results = [
            RecognizerResult(r["entity_type"], r["start"], r["end"], r["score"])
            for r in body["analyzer_results"]
        ]
        out = anonymizer.anonymize(text=body["text"], analyzer_results=results)  # type: ignore[arg-type]
        items = [
            {
                "start": i.start,
                "end": i.end,
                "entity_type": i.entity_type,
                "text": i.text,
                "operator": i.operator,
            }
            for i in out.items
        ]
        return JSONResponse({"text": out.text, "items": items})

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/analyze", analyze, methods=["POST"]),
            Route("/anonymize", anonymize, methods=["POST"]),
            Route("/health", health),
        ]
    )


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(build(), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
