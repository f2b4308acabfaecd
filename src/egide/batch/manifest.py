"""The settings a collection was started with, kept beside its output (``.egide-deid.json``).

A run started again on the same output folder with another operator, other columns, another key,
another engine configuration or another égide version would mix two kinds of output: it is refused.
The key appears only as a keyed fingerprint, never in clear.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from egide import __version__
from egide.batch.atomic import atomic_writer
from egide.batch.job import Job
from egide.errors import InputError

MANIFEST = ".egide-deid.json"


def _settings(job: Job) -> dict[str, Any]:
    engine = json.dumps(job.detect.model_dump(mode="json"), sort_keys=True).encode("utf-8")
    return {
        "egide": __version__,
        "operator": job.operator,
        "text_columns": list(job.columns.text),
        "person_column": job.columns.person,
        "key": hmac.digest(job.secret, b"egide-deid-manifest", hashlib.sha256).hex()[:16],
        "engine": hashlib.sha256(engine).hexdigest()[:16],
    }


def check_or_write(job: Job) -> None:
    """Write the manifest of a new output folder, or refuse one started with other settings."""
    if not job.source.is_dir():
        return  # one file in, one file out: nothing to mix
    path = job.target / MANIFEST
    wanted = _settings(job)
    if path.exists():
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise InputError(f"manifeste illisible dans la sortie : {path}") from None
        if found != wanted:
            changed = sorted(k for k in wanted if not isinstance(found, dict) or found.get(k) != wanted[k])
            raise InputError(
                "la sortie a été commencée avec d'autres réglages "
                f"({', '.join(changed)}) : choisir un autre dossier de sortie"
            )
        return
    with atomic_writer(path) as stream:
        stream.write(json.dumps(wanted, indent=2) + "\n")
