"""A cell separator inside a line (« | » of a markdown table or of a pasted export) reads as the comma
of a list, not as a sentence's end: the names listed in cells are names as they are between commas,
the capitalised word after it is no sentence's first word (issue #8). Traps: headers and values of
clinical tables, which stay as they are."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.names.tokens import tokenise


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in Detector().detect(text) if f.label == "NOM"]


def test_cell_separator_is_a_list_comma() -> None:
    toks = tokenise("présents | Garnaud | Pellerin")
    assert [t.gap_before for t in toks[1:]] == [", ", ", "]
    assert not any(t.sentence_start for t in toks[1:])
    toks = tokenise("Verdal (Garnaud) | fort. | Le soir")
    assert [t.gap_before for t in toks[2:4]] == ["), ", "., "]
    assert [t.sentence_start for t in toks[2:4]] == [False, True]  # the dot still ends the sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Étaient présents les conseillers Brunetière | Lhermitte | Vaugrenard | Pellegaud | etc. |",
            ["Brunetière", "Lhermitte", "Vaugrenard", "Pellegaud"],
        ),
        # (moved to test_known_misses.py: only the word model trained on NewsEye's test file caught it)
        (
            "| Le soir même | Kervadec rentra chez lui | et vers minuit | Kervadec repartit |",
            ["Kervadec", "Kervadec"],
        ),
    ],
)
def test_names_in_cells(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| Examen | Résultat |\n|---|---|\n| Glycémie | Normale |\n| Créatinine | Stable |",
        "| Service | Cardiologie | Lit | 12 |",
        "| Traitement | Aspirine | Matin | Soir |",
        "| Motif | Douleur thoracique | Évolution | Favorable |",
    ],
)
def test_clinical_cells_stay(text: str) -> None:
    assert _names(text) == []


def test_header_row_stays_and_optional_endings_are_labels() -> None:
    # A row of headers reads as a list once its separators are commas: its words are no names.
    assert _names("| Nom | Prénom | Âge | Service |\n|---|---|---|---|\n| Kervadec | Loïc | 45 | ORL |") == [
        "Kervadec",
        "Loïc",
    ]
    # « Prénom(s) », « Nom(s) »: a form's label with its optional ending heads a name too.
    assert _names("| Nom(s) | Lagardelle |\n| Prénom(s) | Aurèle |\n| Sexe | M |") == ["Lagardelle", "Aurèle"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tabs of a pasted spreadsheet stay tabs once normalised: separate cells, not one long name.
        ("Étaient présents\tBrunetière\tLhermitte\tVaugrenard", ["Brunetière", "Lhermitte", "Vaugrenard"]),
        ("Nom\tPrénom\tÂge\nKervadec\tLoïc\t45", ["Kervadec", "Loïc"]),
        # A row's line break is no wrap: the next row's label is not the last cell's value.
        ("Nom d'usage\tLAGARDELLE\nPrénom(s)\tAurèle\nSexe\tM", ["LAGARDELLE", "Aurèle"]),
        ("Identité\tmaëlle kervadec\nIPP\t6932695", ["maëlle kervadec"]),
    ],
)
def test_names_in_tab_separated_cells(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Examen\tRésultat\nGlycémie\tNormale\nCréatinine\tStable",
        "Service\tCardiologie\tLit\t12",
        "Nom\tPrénom\tÂge\ninconnu\tnon renseigné\t45",
    ],
)
def test_clinical_tab_cells_stay(text: str) -> None:
    assert _names(text) == []


def test_a_glued_comma_separates_list_items_for_the_model() -> None:
    # « Pirouzet,Garbelon,Tessandier » typed without spaces is the same list as with them: the model
    # reads the same list features (and so the same probability) for its middle item.
    from egide.detect import Detector
    from egide.detect.names.model import Context, features

    model = Detector().names.model
    assert model is not None
    probabilities = []
    for text in ("Sur scène,Pirouzet,Garbelon,Tessandier.", "Sur scène, Pirouzet, Garbelon, Tessandier."):
        toks = tokenise(text)
        i = next(k for k, t in enumerate(toks) if t.text == "Garbelon")
        assert {"lst<", "lst>"} <= set(features(toks, i, model.lex, Context(toks), model.classes))
        probabilities.append(model.probability(toks, i))
    assert probabilities[0] == pytest.approx(probabilities[1], abs=0.05)
