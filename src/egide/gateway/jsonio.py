"""JSON in and out of the gateway with orjson: parsing the request, the model's answer and its
stream events, and writing them back, several times faster than the standard library.

orjson is stricter than ``json``: integers beyond 64 bits and ``NaN`` literals are refused on
input (a 400 for a client, an unreadable answer for a model), which no OpenAI payload contains.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import JSONResponse

#: Raised on malformed input; a subclass of ``json.JSONDecodeError`` (``lineno``, ``colno``).
JSONDecodeError = orjson.JSONDecodeError


def loads(data: bytes | str) -> Any:
    return orjson.loads(data)


#: Keys may be ``str`` subclasses (the labels of counts are a ``StrEnum``), which orjson refuses otherwise.
_OPTIONS = orjson.OPT_NON_STR_KEYS


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON (non-ASCII characters kept as they are)."""
    return orjson.dumps(value, option=_OPTIONS)


class FastJSONResponse(JSONResponse):
    """``JSONResponse`` rendered with orjson."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=_OPTIONS)
