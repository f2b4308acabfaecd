"""Names in table cells: a column headed « Nom », « Prénom », « Patient », « Médecin », in markdown,
tab or CSV tables, in any case; rows of label and value. Traps: the same tables without a name
column, numbers, dates, empty markers, drugs and doses."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "| Nom | Prénom | Âge |\n|---|---|---|\n| <NOM>Rivière</NOM> | <NOM>Louise</NOM> | 45 |\n"
        "| <NOM>fort</NOM> | <NOM>claire</NOM> | 60 |",
        "| patient | médecin |\n|---|---|\n| <NOM>louise rivière</NOM> | dr <NOM>roy</NOM> |",
        "Nom\tPrénom\tMédecin\n<NOM>Blanc</NOM>\t<NOM>Paul</NOM>\tDr <NOM>Roy</NOM>\n",
        "Nom;Prénom;Date de naissance\n<NOM>Rivière</NOM>;<NOM>Louise</NOM>;12/03/1950\n"
        "<NOM>fort</NOM>;<NOM>claire</NOM>;01/01/1960",
        "| Lit | Patient | Motif |\n|---|---|---|\n| 4 | <NOM>petit marchand</NOM> | chute |",
        "| Nom | <NOM>Dupont</NOM> |\n| Prénom | <NOM>Jean</NOM> |\n| Âge | 45 |",
        "| Nom | <NOM>Blanc</NOM> |",
        "| Infirmier(e) | Horaire |\n| <NOM>vaucheret</NOM> | 7h-19h |",
    ],
)
def test_names_in_name_columns(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "| Examen | Valeur |\n|---|---|\n| CRP | 12 |\n| Hémoglobine | basse |",
        "Traitement;Dose;Rythme\nKardegic;75 mg;matin\nlasilix;40 mg;soir",
        "| Nom | Prénom | Âge |\n|---|---|---|\n| inconnu | non renseigné | 45 |\n| — | — | — |",
        "| Nom | Valeur |\n|---|---|\n| 123456 | 12/03/1950 |",
        "| Service | Lits |\n| Cardiologie | 12 |\n| Pneumologie | 8 |",
        "Date;Score;Commentaire\n12/03;4;douleur fort présente",
        "| Nom | Prénom |\n|---|---|",
    ],
)
def test_tables_without_names_are_left_alone(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        # headers abbreviated with a dot (« Date naiss. », « Tél. », « Adr. ») still make a header row:
        # the header cells are no names and the rows below are read by column
        "Nom;Prénom;Date naiss.;Tél.;Motif\n<NOM>RENAUDIN</NOM>;<NOM>Hakim</NOM>;02/04/1971;0611223344;chute\n"
        "<NOM>bailly</NOM>;<NOM>rose</NOM>;03/05/1980;0611223345;toux",
        "Nom\tPrénom\tDate nais.\tAdr.\n<NOM>Faucheux</NOM>\t<NOM>Lise</NOM>\t12/12/1940\tnon renseignée",
    ],
)
def test_abbreviated_headers_make_a_header_row(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
