"""Reading a request body: size limit, strict UTF-8, a JSON object."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from egide.errors import InputError, PayloadTooLarge
from egide.gateway import jsonio


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"corps de requête trop volumineux (maximum {limit} octets)")


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 from its Content-Length or as soon as it streams past ``limit``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise _too_large(limit)
        except ValueError:
            raise InputError("en-tête Content-Length invalide") from None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def read_json_object(request: Request, limit: int) -> dict[str, Any]:
    raw = await read_limited(request, limit)
    if not raw:
        raise InputError("corps de requête vide : un objet JSON est attendu")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("le corps de requête doit être encodé en UTF-8") from None
    try:
        body = jsonio.loads(text)
    except jsonio.JSONDecodeError as exc:
        raise InputError(f"JSON malformé (ligne {exc.lineno}, colonne {exc.colno})") from None
    if not isinstance(body, dict):
        raise InputError("le corps de requête doit être un objet JSON")
    return body
