"""A reproducible synthetic French clinical corpus with gold spans, and converters of reference sets.

``python -m bench.corpus --out bench/out/`` writes ``clinical.jsonl`` (documents with identifiers),
``clean.jsonl`` (clinical prose without identifiers) and each independent set found
(``echr.jsonl``, ``newseye.jsonl``, ``quaero.jsonl``, ``bdpm.jsonl``); ``--perturbed`` adds their
perturbed copies.
The independent sets have one loader each (``echr``, ``newseye``, ``quaero``, ``bdpm``), reading
from the data directory of :mod:`bench.corpus.datadir`.
Each line: ``{"id", "kind", "text", "entities": [{"start", "end", "label"}]}``, offsets in Python
characters. Generation is deterministic for a given seed and installed Faker version.
"""

from bench.corpus.bdpm import bdpm_records
from bench.corpus.clean import clean_records
from bench.corpus.echr import echr_records
from bench.corpus.generate import clinical_records
from bench.corpus.newseye import newseye_records
from bench.corpus.probe import probe_records
from bench.corpus.quaero import quaero_records

__all__ = [
    "bdpm_records",
    "clean_records",
    "clinical_records",
    "echr_records",
    "newseye_records",
    "probe_records",
    "quaero_records",
]
