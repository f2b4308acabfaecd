"""Perturbations keep gold offsets exact: the span in the new text is the transformed old span."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest
from bench.corpus import clinical_records, probe_records
from bench.perturb import BY_NAME, TRANSFORMS, perturb
from bench.perturb.digits import OCR_CONFUSIONS, digit_dominant
from bench.perturb.edits import Edit, apply, rewrite
from hypothesis import given, settings
from hypothesis import strategies as st


def record(text: str, *spans: tuple[str, str]) -> dict[str, Any]:
    """A record whose gold spans are the first occurrences of the given substrings, in order."""
    entities = []
    position = 0
    for value, label in spans:
        start = text.index(value, position)
        entities.append({"start": start, "end": start + len(value), "label": label})
        position = start + len(value)
    return {"id": "t", "text": text, "entities": entities}


def pairs(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(label, old span text, new span text) for every gold span."""
    return [
        (o["label"], before["text"][o["start"] : o["end"]], after["text"][n["start"] : n["end"]])
        for o, n in zip(before["entities"], after["entities"], strict=True)
    ]


SAMPLE = [
    *clinical_records(40, seed=11),
    record("Patient : Jean DUPONT, né le 14/03/1950 à Évreux. NIR : 1 84 12 75 123 456 78.",
           ("Jean DUPONT", "NOM"), ("14/03/1950", "DATE_NAISSANCE"), ("Évreux", "VILLE"),
           ("1 84 12 75 123 456 78", "NIR")),
    record("Adresse : 12 bis rue des Lilas 69003 Lyon\nIPP : 80012345", ("12 bis rue des Lilas", "ADRESSE"),
           ("69003", "CODE_POSTAL"), ("Lyon", "VILLE"), ("80012345", "IPP")),
]  # fmt: skip


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def check_spans(doc: dict[str, Any], name: str) -> None:
    """Each gold span of ``doc`` through transformation ``name`` is its transformed original text."""
    after = perturb(doc, BY_NAME[name], seed=3)
    assert after["dropped"] == 0, name
    for label, old, new in pairs(doc, after):
        if name == "majuscules":
            assert new == old.upper()
        elif name == "minuscules":
            assert new == old.lower()
        elif name == "accents":
            assert new == strip_accents(old)
        elif name == "cases":
            if digit_dominant(old, minimum=2):
                assert digits_of(new) == digits_of(old)
                assert not re.search(r"\d\d|\d[./\-]\d", new), new  # one digit per box
                assert re.sub(r"[\d ./\-]", "", new) == re.sub(r"[\d ./\-]", "", old)
            else:
                assert new == old
        elif name == "separateurs":
            assert digits_of(new) == digits_of(old)
            assert re.sub(r"[\d |./\-]", "", new) == re.sub(r"[\d |./\-]", "", old)
            if label not in {"DATE", "DATE_NAISSANCE"}:
                assert new == old
        elif name == "ocr":
            assert len(new) == len(old)
            for a, b in zip(old, new, strict=True):
                assert a == b or b in OCR_CONFUSIONS[a], (old, new)
        elif name == "retour_ligne":
            assert new.replace("\n", " ") == old.replace("\n", " ")
            assert new.count("\n") == old.count("\n") + (" " in old)
        elif name == "adresse_virgules":
            assert new == old or (label == "ADRESSE" and new.replace(",", "", 1) == old)
        elif name == "colles":
            assert new.replace(" ", "") == old.replace(" ", "")
            assert not re.search(r"[,;:.!?)][ \t]+\w", new)
        else:  # tables only change the text between entities
            assert name in {"tableau_pipes", "tableau_tabs"} and new == old, name


@pytest.mark.parametrize("doc", SAMPLE, ids=lambda d: d["id"])
def test_every_transformation_keeps_each_gold_span_on_its_transformed_text(doc: dict[str, Any]) -> None:
    for perturbation in TRANSFORMS:
        check_spans(doc, perturbation.name)


FIELDS = [
    ("Jean DUPONT", "NOM"),
    ("Élodie Lefèvre-Hébert", "NOM"),
    ("Marie CHEV\nALIER", "NOM"),  # wrapped by its column: no row boundary inside it
    ("14/03/1950", "DATE_NAISSANCE"),
    ("3.5.23", "DATE"),
    ("1 84 12 75 123 456 78", "NIR"),
    ("06 12 34 56 78", "TELEPHONE"),
    ("12 bis rue de l'Église", "ADRESSE"),
    ("69003", "CODE_POSTAL"),
    ("Évreux", "VILLE"),
    ("CHU de Rouen", "ETABLISSEMENT"),
    ("80012345", "IPP"),
    ("jean.dupont@chu.fr", "EMAIL"),
]
GLUE = [" ", ", ", " : ", "\n", " ; ", ". ", " - ", "\t", " (", ") ", "IPP 80015 ", " né le ", "\n\n"]  # fmt: skip


def test_the_held_out_probe_keeps_each_gold_span_through_each_transformation() -> None:
    """The probe's snippets (OCR'd forms, tables, banners) are perturbed like the other sets, offsets exact."""
    probe = list(probe_records())
    for perturbation in TRANSFORMS:
        changed = 0
        for doc in probe:
            check_spans(doc, perturbation.name)
            changed += perturb(doc, perturbation)["text"] != doc["text"]
        assert changed > len(probe) // 10, perturbation.name


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """Random documents made of realistic fields and the text between them."""
    text, entities = draw(st.sampled_from(["", "Patient : ", "NB. "])), []
    for _ in range(draw(st.integers(1, 8))):
        value, label = draw(st.sampled_from(FIELDS))
        entities.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value + draw(st.sampled_from(GLUE))
    return {
        "id": draw(st.text(alphabet="abc123", min_size=1, max_size=4)),
        "text": text,
        "entities": entities,
    }


@settings(max_examples=150, deadline=None)
@given(documents(), st.sampled_from(sorted(BY_NAME)))
def test_random_documents_keep_exact_offsets_through_each_transformation(
    doc: dict[str, Any], name: str
) -> None:
    check_spans(doc, name)


def test_examples_read_as_the_issue_describes_them() -> None:
    doc = SAMPLE[-2]
    boxed = perturb(doc, BY_NAME["cases"])
    assert "1 4 0 3 1 9 5 0" in boxed["text"] and "1 8 4 1 2 7 5 1 2 3 4 5 6 7 8" in boxed["text"]
    assert "Jean DUPONT" in boxed["text"]
    addresses = perturb(SAMPLE[-1], BY_NAME["adresse_virgules"])
    assert addresses["text"].startswith("Adresse : 12 bis, rue des Lilas, 69003, Lyon\n")
    table = perturb(SAMPLE[-1], BY_NAME["tableau_pipes"])
    assert table["text"] == "| Adresse | 12 bis rue des Lilas 69003 Lyon |\n| IPP | 80012345 |"
    tabs = perturb(SAMPLE[-1], BY_NAME["tableau_tabs"])
    assert tabs["text"] == "Adresse\t12 bis rue des Lilas 69003 Lyon\nIPP\t80012345"
    glued = perturb(doc, BY_NAME["colles"])
    assert glued["text"].startswith("Patient :Jean DUPONT,né le 14/03/1950 à Évreux.NIR :1 84")
    separators = perturb(doc, BY_NAME["separateurs"])
    new_date = pairs(doc, separators)[1][2]
    assert re.fullmatch(r"14\s*[|./\- ]\s*03\s*[|./\- ]\s*1950", new_date) and new_date != "14/03/1950"


def test_ocr_touches_digit_dominant_tokens_only() -> None:
    doc = record("Lactates 3,1 mmol/L ; IPP 80012345 ; FC 80/min", ("80012345", "IPP"))
    after = perturb(doc, BY_NAME["ocr"])
    assert after["text"].startswith("Lactates 3,1 mmol/L ; IPP ")
    assert after["text"].endswith(" ; FC 80/min")
    assert after["text"] != doc["text"]


def test_perturbations_are_deterministic_and_depend_on_the_seed() -> None:
    docs = list(clinical_records(15, seed=2))
    for perturbation in TRANSFORMS:
        assert [perturb(d, perturbation, 1) for d in docs] == [perturb(d, perturbation, 1) for d in docs]
    ocr = BY_NAME["ocr"]
    assert [perturb(d, ocr, 1)["text"] for d in docs] != [perturb(d, ocr, 2)["text"] for d in docs]


def test_every_transformation_changes_the_synthetic_corpus() -> None:
    docs = list(clinical_records(40, seed=0))
    for perturbation in TRANSFORMS:
        assert any(perturb(d, perturbation)["text"] != d["text"] for d in docs), perturbation.name


def test_edits_at_a_boundary_stay_outside_and_straddling_edits_are_dropped() -> None:
    text = "ab CD ef"
    spans = [(3, 5, "X")]
    new, moved, dropped = apply(text, spans, [Edit(3, 3, "["), Edit(5, 5, "]")])
    assert new == "ab [CD] ef" and new[moved[0][0] : moved[0][1]] == "CD" and dropped == 0
    new, moved, dropped = apply(text, spans, [Edit(2, 4, "_"), Edit(4, 5, "dd")])
    assert dropped == 1 and new == "ab Cdd ef" and new[moved[0][0] : moved[0][1]] == "Cdd"
    with pytest.raises(ValueError):
        apply(text, spans, [Edit(0, 2, "x"), Edit(1, 3, "y")])
    # two nested spans asking for the same edit get it once
    new, moved, dropped = apply(text, [(3, 8, "X"), (3, 5, "Y")], [Edit(5, 6, "\n"), Edit(5, 6, "\n")])
    assert new == "ab CD\nef" and [new[s:e] for s, e, _ in moved] == ["CD\nef", "CD"] and dropped == 0


@st.composite
def texts_spans_edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]], list[Edit]]:
    text = draw(st.text(alphabet="ab 1.\n", min_size=1, max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    spans = [(a, b, "L") for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    points = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    edits = []
    previous_end = -1
    for a, b in zip(points[::2], points[1::2], strict=False):
        if a > previous_end or (a == previous_end and a < b):
            edits.append(Edit(a, b, draw(st.text(alphabet="XY \n", max_size=3))))
            previous_end = b
    return text, spans, edits


@settings(max_examples=300, deadline=None)
@given(texts_spans_edits())
def test_any_edits_move_spans_onto_their_rewritten_text(
    case: tuple[str, list[tuple[int, int, str]], list[Edit]],
) -> None:
    text, spans, edits = case
    new, moved, dropped = apply(text, spans, edits)
    kept = [e for e in edits if not any(e.start < b < e.end for s, t, _ in spans for b in (s, t))]
    assert dropped == len(edits) - len(kept)
    assert new == rewrite(text, kept)
    for (start, end, _), (new_start, new_end, _) in zip(spans, moved, strict=True):
        inside = [Edit(e.start - start, e.end - start, e.new) for e in kept
                  if start <= e.start and e.end <= end and not (e.start == e.end and e.start in (start, end))]  # fmt: skip
        assert new[new_start:new_end] == rewrite(text[start:end], inside)


def test_lost_spans_are_those_found_before_and_missed_after() -> None:
    from bench.perturbations import lost_spans

    from egide.evaluation import Span

    doc = record("Vu Jean DUPONT à Lyon.", ("Jean DUPONT", "NOM"), ("Lyon", "VILLE"))
    upper = perturb(doc, BY_NAME["majuscules"])
    before = {"t": (Span(3, 14, "NOM"), Span(17, 21, "VILLE"))}
    after = {"t": (Span(3, 14, "NOM"), Span(17, 21, "NOM"))}  # the city now read as a name: a fall
    (lost,) = lost_spans([doc], before, [upper], after)
    assert "VILLE" in lost and "[LYON]" in lost
    assert lost_spans([doc], {"t": ()}, [upper], {"t": ()}) == []  # never found: nothing lost
