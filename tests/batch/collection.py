"""A synthetic collection of clinical documents (Faker fr_FR and hand-written letters; no patient data).

Every input type the batch job reads: a folder of letters (.txt), an HTML page, a PDF of two pages
with a text layer (fpdf2), a Word file with a letterhead and a table (python-docx), a ``;`` CSV with LF
endings, a ``,`` CSV with CRLF endings and a byte-order mark, a JSONL file with a blank line, and a
Parquet file with a text column, an integer column and a null text. The same
persons (by IPP) appear in several files, so that consistency across files can be checked.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

TEXT_COLUMNS = ("compte_rendu", "note")
PERSON_COLUMN = "ipp"


@dataclass(frozen=True)
class Person:
    ipp: str
    title: str
    first: str
    last: str
    admitted: dt.date


def persons(n: int, seed: int = 12) -> list[Person]:
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    out = []
    for i in range(n):
        female = i % 2 == 0
        out.append(
            Person(
                ipp=str(8_000_000_000 + i * 7919),
                title="Mme" if female else "M.",
                first=fake.first_name_female() if female else fake.first_name_male(),
                last=fake.last_name(),
                admitted=fake.date_between(dt.date(2019, 1, 1), dt.date(2024, 6, 30)),
            )
        )
    return out


def fr(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def letter(p: Person, doctor: str) -> str:
    leave = p.admitted + dt.timedelta(days=9)
    return (
        f"Compte rendu d'hospitalisation\n\nPatient : {p.title} {p.first} {p.last.upper()}, IPP {p.ipp}.\n"
        f"Entrée le {fr(p.admitted)}. Sortie le {fr(leave)}.\n"
        f"Le patient a reçu du paracétamol 1 g trois fois par jour. Score de Glasgow à 15.\n\n"
        f"Dr {doctor}, service de médecine interne.\n"
    )


def note(p: Person) -> str:
    return f"Patient : {p.title} {p.first} {p.last}, revu en consultation le {fr(p.admitted + dt.timedelta(days=30))}."


def make_collection(root: Path, n_persons: int = 6, seed: int = 12) -> list[Person]:
    people = persons(n_persons, seed)
    fake = Faker("fr_FR")
    fake.seed_instance(seed + 1)
    (root / "lettres" / "2024").mkdir(parents=True)
    for i, p in enumerate(people):
        folder = root / "lettres" / ("2024" if i % 2 else "")
        (folder / f"lettre_{i:03d}.txt").write_text(letter(p, fake.last_name()), encoding="utf-8")
    (root / "tables" / "export").mkdir(parents=True)
    with (root / "tables" / "sejours.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\n")
        writer.writerow(["ipp", "service", "compte_rendu"])
        for p in people:
            writer.writerow([p.ipp, "médecine", letter(p, fake.last_name())])
    with (root / "tables" / "export" / "suivi.csv").open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=",", lineterminator="\r\n")
        writer.writerow(["ipp", "note", "poids_kg"])
        for p in people[::2]:
            writer.writerow([p.ipp, note(p), "72"])
    with (root / "tables" / "notes.jsonl").open("w", encoding="utf-8") as stream:
        for i, p in enumerate(people):
            stream.write(json.dumps({"ipp": p.ipp, "note": note(p), "rang": i}, ensure_ascii=False) + "\n")
            if i == 1:
                stream.write("\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "ipp": [p.ipp for p in people],
            "compte_rendu": [None if i == 2 else letter(p, fake.last_name()) for i, p in enumerate(people)],
            "age": pa.array([40 + i for i in range(len(people))], pa.int64()),
        }
    )
    pq.write_table(
        table, root / "tables" / "export" / "comptes_rendus.parquet", compression="zstd", row_group_size=4
    )
    # a page exported from a record system: its text comes out as « courrier_000.html.txt »
    p = people[0]
    page = (
        "<!doctype html><html><head><title>Courrier</title><style>p { margin: 0 }</style></head><body>"
        f"<h1>Compte rendu</h1><p>{html.escape(letter(p, fake.last_name())).replace(chr(10), '<br>')}</p>"
        f"<table><tr><th>IPP</th><td>{p.ipp}</td></tr></table><script>var x = 1;</script></body></html>"
    )
    (root / "lettres" / "courrier_000.html").write_text(page, encoding="utf-8")
    write_pdf(
        root / "lettres" / "2024" / "cr_001.pdf", [letter(people[1], fake.last_name()), note(people[1])]
    )
    write_docx(root / "lettres" / "courrier_002.docx", people[2 % len(people)], fake.last_name())
    (root / "LISEZMOI.md").write_text("pas un document\n", encoding="utf-8")
    return people


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (hidden ones too) by relative path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def write_pdf(path: Path, pages: list[str]) -> None:
    """A PDF with a text layer, one page per text (core font: the texts are Latin-1)."""
    from fpdf import FPDF

    document = FPDF()
    document.set_font("helvetica", size=11)
    for page in pages:
        document.add_page()
        for line in page.split("\n"):
            document.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    document.output(str(path))


def write_docx(path: Path, p: Person, doctor: str) -> None:
    """A Word letter: the IPP in the letterhead, the letter's paragraphs, a table of the stay."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = f"CHU de Rouen — IPP {p.ipp}"
    for paragraph in letter(p, doctor).split("\n"):
        document.add_paragraph(paragraph)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Patient", f"{p.first} {p.last}"
    table.cell(1, 0).text, table.cell(1, 1).text = "Entrée", fr(p.admitted)
    document.save(str(path))
