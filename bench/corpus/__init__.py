"""A reproducible synthetic French clinical corpus with gold spans, and converters of reference sets.

``python -m bench.corpus --out bench/out/`` writes ``clinical.jsonl`` (documents with identifiers),
``clean.jsonl`` (clinical prose without identifiers) and ``echr.jsonl`` (the ECHR set converted).
Each line: ``{"id", "kind", "text", "entities": [{"start", "end", "label"}]}``, offsets in Python
characters. Generation is deterministic for a given seed and installed Faker version.
"""

from bench.corpus.clean import clean_records
from bench.corpus.echr import echr_records
from bench.corpus.generate import clinical_records

__all__ = ["clean_records", "clinical_records", "echr_records"]
