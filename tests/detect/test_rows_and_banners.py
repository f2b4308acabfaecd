"""Row-aware reading of tables and banners (issue 8): a field next to a name or a birth date is presumed
identifying. A bed board or a list of boxes aligned with spaces, tabs or pipes says which column holds the
names by the rows where a list knows them: the surname alone no list knows, the particle surname typed in
lower case, at that position of another row, are names too; the year right after the name opening its row
is the year of birth. A software's field dump names its fields by their keys (« PAT.NOM= »), an on-call
roster names its carers where the other lines do, a newborn's band gives the family name and the mother's.

Negatives: lab values, drug tables, scores, CCAM and CIM-10 codes, bed numbers and empty beds, the years of a
history (DATE, not DATE_NAISSANCE), a lab's dump, a desk on a roster, a newborn's sex or weight.
"""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE

# (text, part that must be masked, label it must carry or None for any)
MASKED = [
    # a surname alone in the names' column of a bed board aligned with spaces
    (
        "Lits – Gériatrie B\n3A  HARISMENDY       J2  attente EHPAD\n3B  MOREAU Colette    J6  sortie demain\n"
        "4   BERTRAND Louis    J3  bilan chute",
        "HARISMENDY",
        "NOM",
    ),
    (
        "Box 1   PETIT Lucien     3 j  PAC\nBox 2   ARRIBILLAGA      1 j  obs\nBox 3   GIRARD Nadine    2 j  IC",
        "ARRIBILLAGA",
        "NOM",
    ),
    # the same typed in lower case
    (
        "Lits – USC\n7  hourcastagné     J2  sevrage VNI\n8  FAURE Gisèle     J5  attente SSR\n9  PONS Henri   J1  RAD",
        "hourcastagné",
        "NOM",
    ),
    # the year of birth closed by a comma or followed by the age
    (
        "Zone d'attente\nZ1  LEMAIRE Odile 1941, chute\nZ2  TESSIER Marc 1977 (49 a)  lombalgie",
        "1941",
        "DATE_NAISSANCE",
    ),
    (
        "Zone d'attente\nZ1  LEMAIRE Odile 1941, chute\nZ2  TESSIER Marc 1977 (49 a)  lombalgie",
        "1977",
        "DATE_NAISSANCE",
    ),
    # a particle surname typed in lower case before a listed first name, a birth year after it
    (
        "Liste UHCD – nuit\nC1  MERCIER Paul 1948  dyspnée\nC2  le loup annick 1939  malaise\nC3  LEROY Anne 1990  colique",
        "le loup",
        None,
    ),
    (
        "Liste UHCD – nuit\nC1  MERCIER Paul 1948  dyspnée\nC2  le loup annick 1939  malaise\nC3  LEROY Anne 1990  colique",
        "1939",
        "DATE_NAISSANCE",
    ),
    (
        "Liste UHCD – nuit\nC1  MERCIER Paul 1948  dyspnée\nC2  le loup annick 1939  malaise\nC3  LEROY Anne 1990  colique",
        "1948",
        "DATE_NAISSANCE",
    ),
    # the year of birth after the name, tab- and pipe-separated rows
    ("12\tGOURDON Anne\t1942\tchute\n14\tPERRIN Marc\t1955\tAVC", "1942", "DATE_NAISSANCE"),
    (
        "| L7 | Chevalier Odette | 1936 | escarre |\n| L8 | Roussel Henri | 1944 | pneumopathie |",
        "1944",
        "DATE_NAISSANCE",
    ),
    # a full date in the cell after the name's, or under a birth date's header
    (
        "Inclusions\n04-021 | PRIGENT Maëlys | 17/09/1948 | bras A\n04-022 | LE ROUX Hervé | 02/02/1951 | bras B",
        "17/09/1948",
        "DATE_NAISSANCE",
    ),
    ("Dossier\tNom\tDDN\tUF\n26-1180\tCOLAS Lina\t03/05/2019\tPédiatrie", "03/05/2019", "DATE_NAISSANCE"),
    (
        "DDN;NOM;PRENOM;UF\n1950-03-12;DUPRAT;Jean;2204\n1962-11-02;MARTY;Paule;2205",
        "1950-03-12",
        "DATE_NAISSANCE",
    ),
    # a software's field dump: the name keys' values, the birth date after its key
    ("ADT.NOM=PELLETIER;ADT.PRENOM=Gaëlle;ADT.DDN=19790322;ADT.SEXE=F", "PELLETIER", "NOM"),
    ("ADT.NOM=PELLETIER;ADT.PRENOM=Gaëlle;ADT.DDN=19790322;ADT.SEXE=F", "Gaëlle", "NOM"),
    ("ADT.NOM=PELLETIER;ADT.PRENOM=Gaëlle;ADT.DDN=19790322;ADT.SEXE=F", "19790322", "DATE_NAISSANCE"),
    ("NOM_NAISS=le cam NOM_USUEL=goasdoué PRENOM=nolwenn SEXE=F UF=2204", "le cam", "NOM"),
    ("NOM_NAISS=le cam NOM_USUEL=goasdoué PRENOM=nolwenn SEXE=F UF=2204", "nolwenn", "NOM"),
    ("PID.LASTNAME=Blanc|PID.FIRSTNAME=rose|PID.SEX=F", "Blanc", "NOM"),
    # a banner's label cut short
    ("Nom naiss. : ferrand   Prénom : jules   Né le : 02/03/1971", "ferrand", "NOM"),
    # an on-call roster: the word alone where the other lines name their carers, before the contact
    (
        "Astreintes – week-end\nOrtho : B. Castel – bip 4 18\nUrologie : Renard – 06 72 15 48 90",
        "Renard",
        "NOM",
    ),
    ("Gardes\nRéa : P. GUILLOU – bip 52 14\nPédiatrie : Lapin – poste 4412", "Lapin", "NOM"),
    ("Bips de garde\nCardio : Dr Le Goff (bip 4 10)\nNeuro : Mouton (bip 4 12)", "Mouton", "NOM"),
    # a newborn's band: the family name in capitals, the mother's given name
    ("TAUHIRO BB de Hinatea  F  30/11/2026", "Hinatea", "NOM"),
    ("HARISMENDY bébé de Maëlle   ♂   né le 01/12/2026 06:40", "HARISMENDY", "NOM"),
    ("Bracelet naissance\nKONATÉ BB de Awa  F  30/11/2026", "Awa", "NOM"),
]


@pytest.mark.parametrize(("text", "part", "label"), MASKED)
def test_a_field_of_a_row_is_masked(text: str, part: str, label: str | None) -> None:
    assert ENGINE.masks(text, part, label=label)


READABLE = [
    ("Hémoglobine    12,5   g/dL\nLeucocytes     7,2    G/L\nPlaquettes     250    G/L", "Leucocytes"),
    (
        "Kardegic 75 | 1-0-0 | per os\nBisoprolol 2,5 | 1-0-0 | per os\nAtorvastatine 40 | 0-0-1 | per os",
        "Bisoprolol",
    ),
    ("NIHSS     4    J1\nRankin    2    J1\nGlasgow   15   J1", "Rankin"),
    ("EBFA012  |  Endartériectomie carotidienne  | 1\nHMFC004  |  Cholécystectomie  | 1", "Cholécystectomie"),
    ("I63.5  Infarctus cérébral  DP\nE11.9  Diabète de type 2  DAS\nI10  HTA essentielle  DAS", "Infarctus"),
    ("12A  MARTIN Paul     J3  RAD\n12B  VIDE            —\n14   BERNARD Anne    J1  bilan", "VIDE"),
    ("Lit 12  libre\nLit 14  libre\nLit 16  MOREAU Colette  J2", "libre"),
    ("12A  MARTIN Paul     J3  RAD\n12B  BMR isolement   J5\n14   BERNARD Anne    J1  bilan", "isolement"),
    ("Lits\n12A  LABAT Simone   J9  SSR\n14   DUPOUY Michel   J1  RAD\n15   hdj   J0  bilan", "hdj"),
    ("LAB.K=4.2|LAB.NA=140|LAB.CREAT=88|LAB.HB=12.1", "CREAT"),
    ("Astreintes\nCardio : Dr Morel – 06 11 22 33 44\nUrgences : Accueil – 01 45 67 89 00", "Accueil"),
    ("Résultats :\nCRP : 45 – contrôle\nNa : 140 – normal", "CRP"),
    (
        "Département : Cher (18)\nParent 1 : Berthon Aurélie — 06 03 17 48 55\nParent 2 : Rabier Cédric — 06 11 42 80 17",
        "Cher",
    ),
    (
        "Bips\nCardio : Dr Le Goff (bip 4 10)\nBloc : Accueil (poste 4412)\nPharmacie : Garde (bip 4 20)",
        "Garde",
    ),
    ("bébé de sexe masculin, bébé de 3 kg, bien", "sexe"),
]


@pytest.mark.parametrize(("text", "part"), READABLE)
def test_values_codes_and_empty_cells_stay_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the day's admission after the name, a date under a header that is no birth's
        ("DUPONT Jean  02/12/2026  entrée par les urgences", "02/12/2026"),
        ("| Date | Acte | Opérateur |\n| 12/03/2019 | PTH | Dr Marchand |", "12/03/2019"),
        ("ATCD :\n- 1998  appendicectomie\n- 2011  IDM stenté", "1998"),
        ("Antécédents : PTH G 2019, cholécystectomie 2003", "2019"),
        ("| - 1987 cholécystectomie |\n| - 2003 IDM inférieur stenté |", "2003"),
        ("Vue par Dr Marchand 2019  puis revue en 2021", "2021"),
    ],
)
def test_the_years_of_a_history_keep_their_date_label(text: str, year: str) -> None:
    assert ENGINE.masks(text, year, label="DATE")
    assert not ENGINE.touches(text, year, label="DATE_NAISSANCE")
