"""Loaders of the independent sets, their measures, and how a missing set is reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench.corpus import bdpm_records, echr_records, newseye_records, quaero_records
from bench.corpus.bdpm import brand, medicine_names, substance, written
from bench.corpus.datadir import DEFAULT, ENV, Absent, data_dir
from bench.support.independent import medicines_masked, over_masking

from egide.evaluation import Span

REFERENCE = DEFAULT.exists()


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV, str(tmp_path))
    return tmp_path


def test_data_directory_comes_from_the_environment(data: Path) -> None:
    assert data_dir() == data


def test_newseye_titles_leave_the_person_spans_and_labels_become_ours(data: Path) -> None:
    text = "M. Emile Laurent et MM. Deschanel, M. à Paris ; la Chambre lit Le Temps. M.Millerand. M. Dr. "
    entities = [("M. Emile Laurent", "PER"), ("MM. Deschanel", "PER"), ("M.", "PER"), ("Paris", "LOC"),
                ("Chambre", "ORG"), ("Le Temps", "HumanProd"), ("M.Millerand", "PER"),
                ("M. Dr. ", "PER")]  # fmt: skip
    spans = []
    for value, label in entities:
        start = text.index(value, spans[-1]["end"] if spans else 0)
        spans.append({"start": start, "end": start + len(value), "label": label})
    write_jsonl(data / "newseye_fr/newseye_fr.jsonl", [{"id": "d1", "text": text, "entities": spans}])
    (record,) = newseye_records()
    found = [(text[e["start"] : e["end"]], e["label"]) for e in record["entities"]]
    # titles followed by a space leave the span, and a span left without a letter is dropped; the
    # reference script's pattern needs that space, so « M. » at a span's end and « M.Millerand » keep
    # their « M » (kept identical on purpose: both report the same figure)
    assert found == [("Emile Laurent", "NOM"), ("Deschanel", "NOM"), ("M.", "NOM"), ("Paris", "VILLE"),
                     ("Chambre", "ETABLISSEMENT"), ("M.Millerand", "NOM")]  # fmt: skip


def test_quaero_segments_have_no_identifier_and_keep_their_concepts(data: Path) -> None:
    text = "Epivir est un médicament dont le principe actif est la lamivudine ."
    concepts = [{"start": 0, "end": 6, "label": "CHEM"}, {"start": 55, "end": 65, "label": "CHEM"}]
    write_jsonl(data / "quaero_fr/quaero_fr.jsonl", [{"id": "q1", "text": text, "entities": concepts}])
    (record,) = quaero_records()
    assert record["entities"] == [] and record["concepts"] == concepts
    assert text[55:65] == "lamivudine"


def bdpm_files(root: Path) -> None:
    (root / "bdpm").mkdir(parents=True)
    (root / "bdpm/CIS_bdpm.txt").write_text(
        "60000001\tDOLIPRANE 1000 mg, comprimé\tcomprimé\torale\n"
        "60000002\tDOLIPRANE 500 mg, gélule\tgélule\torale\n"
        "60000003\tABACAVIR ARROW 300 mg, comprimé pelliculé sécable\tcomprimé\torale\n"
        "60000004\tA 313 200 000 UI POUR CENT, pommade\tpommade\tcutanée\n",
        encoding="utf-8",
    )
    (root / "bdpm/CIS_COMPO_bdpm.txt").write_text(
        "60000001\tcomprimé\t1\tPARACÉTAMOL\t1000 mg\tun comprimé\tSA\t1\t\r\n"
        "60000003\tcomprimé\t2\tABACAVIR (SULFATE D')\t300 mg\tun comprimé\tSA\t1\t\r\n"
        "60000005\tgranules\t3\tARNICA MONTANA POUR PRÉPARATIONS HOMÉOPATHIQUES\t\t\tSA\t1\t\r\n",
        encoding="utf-8",
    )


def test_bdpm_names_brands_and_substances_once_each(data: Path) -> None:
    bdpm_files(data)
    brands, substances = medicine_names()
    assert brands == ["ABACAVIR ARROW", "DOLIPRANE"]  # « A 313 » has fewer than 3 letters
    assert substances == ["ABACAVIR", "ARNICA MONTANA", "PARACÉTAMOL"]
    records = list(bdpm_records())
    assert len(records) == 5 and all(r["entities"] == [] for r in records)
    for r in records:
        m = r["medicine"]
        shown = r["text"][m["start"] : m["end"]]
        assert shown.upper() in {*brands, *substances}
        assert shown == written(shown, m["form"])
    assert records[0]["text"] == "Patient sous Abacavir Arrow depuis trois mois, bonne tolérance."
    assert records[2]["text"] == "Patient sous abacavir depuis trois mois, bonne tolérance."
    assert len(list(bdpm_records(limit=1))) == 2  # one brand, one substance


@pytest.mark.parametrize(
    ("denomination", "name"),
    [("DOLIPRANE 1000 mg, comprimé", "DOLIPRANE"), ("ABACAVIR ARROW 300 mg, comprimé", "ABACAVIR ARROW"),
     ("AMOXICILLINE/ACIDE CLAVULANIQUE BIOGARAN 1 g/125 mg, poudre", "AMOXICILLINE/ACIDE CLAVULANIQUE BIOGARAN"),
     ("TYSABRI 300 mg, solution à diluer pour perfusion", "TYSABRI")],
)  # fmt: skip
def test_brand_is_the_denomination_before_strength_and_form(denomination: str, name: str) -> None:
    assert brand(denomination) == name


def test_substance_loses_salts_in_brackets_and_homeopathy_mentions() -> None:
    assert substance("RANITIDINE (CHLORHYDRATE DE)") == "RANITIDINE"
    assert substance("ALLIUM CEPA POUR PRÉPARATIONS HOMÉOPATHIQUES") == "ALLIUM CEPA"
    assert written("ABACAVIR/LAMIVUDINE ARROW", "capitalised") == "Abacavir/Lamivudine Arrow"


def test_every_loader_reports_its_set_absent_naming_the_path(data: Path) -> None:
    for load in (newseye_records, quaero_records, echr_records, bdpm_records):
        with pytest.raises(Absent) as missing:
            list(load())
        assert str(data) in str(missing.value) and "absent" in str(missing.value)


def test_engine_quality_reports_missing_sets_as_absent(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.engine_quality import main

    main(["--sets", "newseye,quaero,bdpm,cedh,prose", "--clean", "3", "--no-presidio"])
    out = capsys.readouterr().out
    for title in ("NewsEye", "QUAERO", "BDPM", "CEDH"):
        assert f"JEU ABSENT — {title}" in out
    summary = out.split("Synthèse par source")[1]
    assert summary.count("ABSENT") == 4 and "Prose clinique sans identifiant" in summary


def test_engine_quality_scores_the_sets_it_finds(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.engine_quality import main

    bdpm_files(data)
    write_jsonl(data / "quaero_fr/quaero_fr.jsonl", [{"id": "q1", "text": "Epivir est un antiviral .",
                                                      "entities": [{"start": 0, "end": 6, "label": "CHEM"}]}])  # fmt: skip
    main(["--sets", "quaero,bdpm", "--no-presidio"])
    out = capsys.readouterr().out
    assert "JEU ABSENT" not in out
    assert "médicaments masqués, en tout" in out and "lettres et chiffres masqués" in out


def test_perturbations_report_missing_sets_and_print_a_matrix(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.perturbations import BASELINE, main

    text = "EPIVIR : Epivir 150 mg , lamivudine ."
    concepts = [{"start": 0, "end": 6, "label": "CHEM"}, {"start": 9, "end": 15, "label": "CHEM"},
                {"start": 25, "end": 35, "label": "CHEM"}, {"start": 9, "end": 22, "label": "CHEM"}]  # fmt: skip
    write_jsonl(data / "quaero_fr/quaero_fr.jsonl", [{"id": "q", "text": text, "entities": concepts}])
    main(["--sets", "synthetique,newseye,quaero", "--n", "4", "--only", "cases,majuscules,retour_ligne"])
    out = capsys.readouterr().out
    assert "JEU ABSENT — NewsEye" in out
    quaero = out.split("=== QUAERO")[1]
    assert "tout en majuscules" in quaero and "lettres et chiffres masqués" in quaero
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(BASELINE))
    assert lines[first + 1].startswith("chiffres un par case") and lines[first + 2].startswith(
        "tout en majuscules"
    )


def test_perturbations_run_on_the_held_out_probe(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.perturbations import BASELINE, main

    main(["--sets", "sonde", "--limit", "30", "--only", "cases,majuscules", "--show-falls", "3"])
    out = capsys.readouterr().out
    matrix = out.split("=== Sonde clinique")[1]
    assert "30 documents" in matrix.splitlines()[0] and "NOM" in matrix and "docs caviardés" in matrix
    assert BASELINE in matrix and "tout en majuscules" in matrix
    assert "--- chiffres un par case :" in matrix  # the falls, listed as for the other sets


def test_over_masking_counts_masked_letters_and_findings_on_medicines() -> None:
    records = [
        {"id": "a", "text": "Epivir 150 mg chez M. X", "concepts": [{"start": 0, "end": 6, "label": "CHEM"}]}
    ]
    result = over_masking(records, {"a": (Span(0, 6, "NOM"), Span(22, 23, "NOM"))})
    assert (result.findings, result.findings_on_medicine, result.medicine_spans_touched) == (2, 1, 1)
    assert result.masked == 7 and result.chars == sum(c.isalnum() for c in records[0]["text"])


def test_medicines_masked_counts_a_name_overlapped_by_any_finding() -> None:
    records = [
        {
            "id": "a",
            "text": "Sous Tysabri.",
            "medicine": {"start": 5, "end": 12, "kind": "marque", "form": "capitalised"},
        },
        {
            "id": "b",
            "text": "Sous Epivir.",
            "medicine": {"start": 5, "end": 11, "kind": "marque", "form": "capitalised"},
        },
    ]
    result = medicines_masked(records, {"a": (Span(5, 8, "NOM"),), "b": (Span(0, 4, "NOM"),)})
    assert (result.all_masked, result.all_total) == (1, 2)
    assert result.examples() == ["Tysabri → NOM"]


@pytest.mark.skipif(not REFERENCE, reason="reference data not mounted")
def test_reference_sets_load_with_spans_inside_their_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    news = list(newseye_records())
    assert len(news) == 105
    # the reference script counts 1,781 person names with a letter or digit left after the title
    assert sum(e["label"] == "NOM" for r in news for e in r["entities"]) == 1781
    quaero = list(quaero_records())
    assert len(quaero) == 2536 and sum(c["label"] == "CHEM" for r in quaero for c in r["concepts"]) == 3538
    brands, substances = medicine_names()
    assert len(brands) > 8000 and len(substances) > 3000
    for r in news[:20]:
        for e in r["entities"]:
            assert r["text"][e["start"] : e["end"]].strip()


def test_corpus_writer_writes_sets_found_and_perturbed_copies(data: Path, tmp_path: Path) -> None:
    from bench.corpus.__main__ import main
    from bench.perturb import TRANSFORMS

    from egide.evaluation import read_gold

    bdpm_files(data)
    out = tmp_path / "out"
    main(["--out", str(out), "--n", "5", "--clean", "2", "--perturbed"])
    written = {p.name for p in out.iterdir()}
    assert {"clinical.jsonl", "clean.jsonl", "bdpm.jsonl"} <= written
    assert not {"echr.jsonl", "newseye.jsonl", "quaero.jsonl"} & written  # absent, reported, not written
    assert {f"clinical.{p.name}.jsonl" for p in TRANSFORMS} <= written
    assert not any(name.startswith(("clean.", "bdpm.")) and name.count(".") > 1 for name in written)
    perturbed = read_gold(out / "clinical.majuscules.jsonl")  # valid gold for `egide eval`
    original = read_gold(out / "clinical.jsonl")
    for before, after in zip(original, perturbed, strict=True):
        for b, a in zip(before.spans, after.spans, strict=True):
            assert after.text[a.start : a.end] == before.text[b.start : b.end].upper()


def test_readme_figures_come_from_the_json_of_both_benchmarks(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.engine_quality import main as quality
    from bench.perturbations import main as perturbations
    from bench.support.readme_figures import main as figures

    quality(
        [
            "--sets",
            "synthetique,prose",
            "--n",
            "4",
            "--clean",
            "2",
            "--no-presidio",
            "--json",
            str(tmp_path / "q.json"),
        ]
    )
    perturbations(
        ["--sets", "synthetique,sonde", "--n", "4", "--limit", "6", "--only", "majuscules",
         "--json", str(tmp_path / "p.json")]
    )  # fmt: skip
    capsys.readouterr()
    assert figures([str(tmp_path / "q.json"), str(tmp_path / "p.json")]) == 0
    out = capsys.readouterr().out
    report = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    share = report["Corpus clinique synthétique"]["égide"]["share_docs_fully_redacted"]
    assert "| synthetic clinical corpus (4 docs) |" in out
    assert f"| documents fully redacted | {100 * share:.1f} % | — | ≥ 95 % |" in out
    assert "| perturbations (égide) | transformations that degrade | synthetic " in out
    assert "| transformation | synthetic | probe |" in out and ", probe " in out
    assert out.count("| tout en majuscules |") == 1 and "<!-- engine_quality: 20" in out


def test_the_held_out_probe_reads_its_spans_back() -> None:
    from bench.corpus import probe_records

    records = list(probe_records())
    assert len(records) >= 200 and len({r["id"] for r in records}) == len(records)
    labels = {e["label"] for r in records for e in r["entities"]}
    assert "PRENOM" not in labels and {"NOM", "NIR", "IPP", "NDA", "DATE_NAISSANCE"} <= labels
    for r in records:
        for e in r["entities"]:
            assert 0 <= e["start"] < e["end"] <= len(r["text"])
            assert r["text"][e["start"] : e["end"]].strip() == r["text"][e["start"] : e["end"]]
