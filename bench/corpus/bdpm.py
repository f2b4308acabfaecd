"""Medicine names of the French public medicine database (BDPM, ANSM) in clinical sentence frames.

Source: ``bdpm/CIS_bdpm.txt`` (the 15,756 medicines authorised in France, 2024 extraction) and
``bdpm/CIS_COMPO_bdpm.txt`` (their active substances) under the data directory
(:mod:`bench.corpus.datadir`); « ANSM – base de données publique des médicaments », Licence Ouverte.

A medicine is no identifier: a note saying « sous Tysabri » must reach the model with « Tysabri »
readable. Each distinct **brand** (the denomination before its strength and form: « DOLIPRANE
1000 mg, comprimé » → « DOLIPRANE », « ABACAVIR ARROW 300 mg… » → « ABACAVIR ARROW ») and each
distinct **substance** (« RANITIDINE (CHLORHYDRATE DE) » → « RANITIDINE ») is put once in a short
hand-written sentence; the frames rotate, so do the written forms: brands capitalised
(« Doliprane ») or as printed on a prescription (« DOLIPRANE »), substances in lower case inside a
sentence as clinicians write them (« sous amoxicilline »), capitalised at the start of one. A medicine counts as masked when any
finding overlaps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from bench.corpus.datadir import data_dir, require

MEDICINES = "bdpm/CIS_bdpm.txt"
COMPOSITIONS = "bdpm/CIS_COMPO_bdpm.txt"

Form = Literal["capitalised", "sentence", "upper", "lower"]
#: (text before, text after, form of a brand, form of a substance)
FRAMES: list[tuple[str, str, Form, Form]] = [
    ("Patient sous ", " depuis trois mois, bonne tolérance.", "capitalised", "lower"),
    ("Introduction de ", " ce jour, surveillance clinique.", "capitalised", "lower"),
    ("Arrêt du traitement par ", " en raison d'une intolérance digestive.", "capitalised", "lower"),
    ("", " à poursuivre à la sortie.", "capitalised", "sentence"),
    ("Traitement : ", " 1 cp matin et soir.", "upper", "upper"),
    ("Relais par ", " per os à J3.", "capitalised", "lower"),
    ("Bonne efficacité de ", " sur la douleur.", "capitalised", "lower"),
    ("Ordonnance : ", ", une boîte, à renouveler.", "upper", "upper"),
]
_STRENGTH = re.compile(r"\s+\d.*$")  # « 1000 mg », « 2,5 mg/ml », « 313 200 000 UI »
_PARENTHESIS = re.compile(r"\s*\([^)]*\)?")
_HOMEOPATHY = re.compile(r"\s+POUR PRÉPARATIONS HOMÉOPATHIQUES\b.*$", re.IGNORECASE)
_WORD_START = re.compile(r"(^|[\s\-'’/])(\w)")


def brand(denomination: str) -> str:
    """The brand part of a BDPM denomination: before the form (after the comma) and the strength."""
    return _STRENGTH.sub("", denomination.split(",")[0]).strip()


def substance(name: str) -> str:
    return " ".join(_HOMEOPATHY.sub("", _PARENTHESIS.sub(" ", name)).split()).strip(" ,-")


def written(name: str, form: Form) -> str:
    if form == "upper":
        return name.upper()
    if form == "lower":
        return name.lower()
    if form == "sentence":
        return name[:1].upper() + name[1:].lower()
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), name.lower())


def _usable(name: str) -> bool:
    return sum(c.isalpha() for c in name) >= 3


def medicine_names(directory: Path | None = None) -> tuple[list[str], list[str]]:
    """Distinct brands and distinct substances (those not already a brand), sorted."""
    root = directory or data_dir()
    medicines = require("BDPM (médicaments)", root / MEDICINES)
    compositions = require("BDPM (substances)", root / COMPOSITIONS)
    brands = set()
    for line in medicines.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 1:
            brands.add(brand(fields[1]))
    substances = set()
    for line in compositions.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 3:
            substances.add(substance(fields[3]))
    known = {b.upper() for b in brands}
    return (
        sorted(b for b in brands if _usable(b)),
        sorted(s for s in substances if _usable(s) and s.upper() not in known),
    )


def bdpm_records(directory: Path | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """One sentence per brand, then one per substance; ``limit`` keeps an even sample of each kind.

    ``"medicine"`` gives the span of the name and its kind; ``"entities"`` is empty (no identifier).
    """
    brands, substances = medicine_names(directory)
    for kind, names in (("marque", brands), ("substance", substances)):
        if limit is not None and limit < len(names):
            step = len(names) / limit
            names = [names[int(i * step)] for i in range(limit)]
        for i, name in enumerate(names):
            before, after, brand_form, substance_form = FRAMES[i % len(FRAMES)]
            form = brand_form if kind == "marque" else substance_form
            shown = written(name, form)
            yield {
                "id": f"bdpm-{kind}-{i:05d}",
                "kind": f"bdpm_{kind}",
                "text": before + shown + after,
                "entities": [],
                "medicine": {
                    "start": len(before),
                    "end": len(before) + len(shown),
                    "kind": kind,
                    "form": form,
                },
            }
