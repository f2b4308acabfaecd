"""Header rows of exports that name some of their columns as they like (issue 8, tenth probe batch):
« IPP;NDA;NOM;PRENOM;DDN;REGIME;CAISSE;AMC;MONTANT_RESTE », « N° demande⇥Patient⇥DDN⇥Préleveur⇥… ».
A row where two known headers stand side by side is a header row even when a cell is a word no list
knows (« AMC ») or a field's name with « _ » (« MONTANT_RESTE »); the cells of its name columns below
are names, common words included (« Pierre »), and so are those of the columns of who samples, declares
or is insured (« Préleveur », « Assuré », « Déclarant »). Traps: a form's row of labels and values keeps
its reading, and a header row without a name column names nobody."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "IPP;NDA;NOM;PRENOM;DDN;REGIME;CAISSE;AMC;MONTANT_RESTE\n"
        "30018447;125001902;<NOM>SCHNEIDER</NOM>;<NOM>Pierre</NOM>;1944-02-11;01-RL;672;91067341;0.00",
        "NOM|PRENOM|AMC|OBS\n<NOM>BLANC</NOM>|<NOM>Rose</NOM>|912|ras",
        "N° demande\tPatient\tDDN\tPréleveur\tService\n"
        "250318-0412\t<NOM>TAMATAI Hinano</NOM>\t12/01/1975\t<NOM>Vaimiti</NOM> (IDE)\tCardio",
        "Assuré;Bénéficiaire;Organisme\n<NOM>Marchand</NOM>;<NOM>Olive Marchand</NOM>;MGEN",
        # a quoted, comma-separated export (eleventh probe batch): the header's cells between quotes
        '"num_sejour","nom","prenom","sexe"\n"25004417","<NOM>FAURE</NOM>","<NOM>VIOLETTE</NOM>","F"',
        "id,nom,prenom,ddn\n12,<NOM>Bonnet</NOM>,<NOM>Pâquerette</NOM>,1950-05-02",
    ],
)
def test_names_below_an_export_header(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "CODE_ACTE;LIBELLE;TARIF\nYYYY600;Acte de test;45.00",
        "Examen\tRésultat\tUnité\tAMC\nGlycémie\t5,4\tmmol/L\tnon",
    ],
)
def test_no_name_without_a_name_column(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "préleveur : <NOM>Stoll</NOM> (IDEL)",
        "Déclarant : <NOM>Pietri</NOM>, fils du défunt",
        "ARC : <NOM>Marchetti</NOM>, promoteur informé",
        "Étiquette tube : <NOM>FRANCESCHI Dominique</NOM> * 19.04.57 * F",
    ],
)
def test_names_after_a_label_of_who_did_it(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text", ["Sonde : Foley 16 Ch", "maladie de Charcot Marie Tooth", "Tube : EDTA 4 mL"]
)
def test_an_eponym_after_a_label_stays(text: str) -> None:
    assert names(text) == []
