"""No recogniser raises on the text it will meet: every snippet of the held-out probe (every batch,
traps too) through every transformation of the perturbation suite.

Any error inside a recogniser fails the whole prompt closed (``DetectionError``): safe, but the
professional's question is refused and a batch file is not written. One such crash (an OCR « B »
inside a run of digits read as a NIR with its key) was found only by the perturbation benchmark, on
a synthetic letter; this test, which fails on the engine before its fix (the OCR transformation),
keeps such inputs in the suite.
"""

from __future__ import annotations

import pytest
from bench.corpus.probe import HERE, PROBES, probe_records
from bench.perturb import TRANSFORMS, perturb

from egide.detect import DetectConfig, Detector

# every batch and the traps written in the same voices (the batches without traps have none)
FILES = PROBES + tuple(
    name for name in (p.replace(".txt", "_traps.txt") for p in PROBES) if (HERE / name).exists()
)


@pytest.fixture(scope="module")
def patient_detector() -> Detector:
    # a generous budget: a loaded test machine must not turn slowness into a failure here
    return Detector(DetectConfig(timeout_ms=60_000))


@pytest.mark.parametrize("perturbation", [None, *TRANSFORMS], ids=lambda p: "aucune" if p is None else p.name)
def test_every_probe_snippet_perturbed_is_detected_without_error(
    patient_detector: Detector, perturbation: object
) -> None:
    records = list(probe_records(FILES))
    assert len(records) > 500
    for record in records:
        text = record["text"] if perturbation is None else perturb(record, perturbation)["text"]  # type: ignore[arg-type]
        patient_detector.detect(text)  # raises DetectionError on any recogniser's failure
