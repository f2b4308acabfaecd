"""Clinical sentences with the expected dates, dates of birth and ages written inline."""

from __future__ import annotations

import pytest

from tests.detect.cpu import cpu_seconds
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.dates.support import DATE_LABELS, find_dates

SENTENCES = [
    "Mme Jeanne X, née le <DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>, hospitalisée du <DATE>12/03/2020</DATE> "
    "au <DATE>18/03/2020</DATE> pour décompensation cardiaque.",
    "Patient de <AGE>93</AGE> ans, aux antécédents d'appendicectomie en <DATE>1975</DATE> et de "
    "cholécystectomie (<DATE>2004</DATE>), adressé le <DATE>1er mars 2020</DATE>.",
    "DDN : <DATE_NAISSANCE>15.05.1975</DATE_NAISSANCE>. Revu en consultation le <DATE>3 février 2021</DATE>, "
    "TA 12/8, FC 72/min, EVA à 3/10.",
    "Doliprane 1 g, 1/2 cp le soir ; Kardégic 75 mg ; prochain bilan le <DATE>05nov2019</DATE>.",
    "Compte rendu dicté le <DATE>deux janvier deux mille vingt</DATE>, tapé le <DATE>03/01/2020</DATE>.",
    "Patiente de 78 ans, Glasgow 15/15, scanner à J3 puis IRM à S12 ; diabète depuis <DATE>1998</DATE>.",
    "Prélèvements du <DATE>22mar16</DATE> et du <DATE>26jun</DATE> ; sérologies de <DATE>dec1993</DATE>.",
    "Hospitalisée du <DATE>2018-02-27</DATE> au <DATE>9 mars 2018</DATE>, revue le <DATE>06jan</DATE>.",
    "Suivi de <DATE>2015</DATE> à <DATE>2019</DATE> en hôpital de jour, puis perdu de vue jusqu'en <DATE>2022</DATE>.",
    "Rouen, le <DATE>mardi 3 mars 2020</DATE>\nCher confrère, je revois ce patient de <AGE>101</AGE> ans.",
    "- <DATE>2010</DATE> : pose de PAC\n- <DATE>2012</DATE> : thyroïdectomie totale\n- HTA sous 2 traitements",
]


@pytest.mark.parametrize("marked", SENTENCES)
def test_clinical_sentences(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(find_dates(text), marked, labels=DATE_LABELS)


CLEAN_PROSE = """\
Histoire de la maladie :
Patiente de 77 ans, aux antécédents de fibrillation atriale paroxystique sous apixaban 5 mg x 2/j,
d'HTA (TA 14/9 sous traitement) et de diabète de type 2 (HbA1c 7,2 %), admise pour dyspnée stade III
de la NYHA. Saturation à 92 % en air ambiant, FR 24/min, FC 110/min, T 38,2 °C. Glasgow 15/15.
EVA à 6/10 soulagée par paracétamol 1 g x 3/j et 1/2 cp de tramadol. Acuité visuelle 8/10 ODG.
Créatinine 142 µmol/L, DFG 41 mL/min/1,73 m², CRP 128 mg/L, leucocytes 12,5 G/L, plaquettes 2019 G/L.
Scanner à J3 : pas d'embolie. Reprise de la marche à J+5. Grossesse à 32 SA, contrôle à S12.
Rapport 2/3 - 1/3. Version 2.1.10 du logiciel. CIM-10 I50.1 et J18.1. Rendez-vous à 14h30.
Perfusion de NaCl 0,9 % 1500 ml sur 24 h, apports de 1800 kcal/j, soit 2000 mg de calcium.
Dans sept jours, mise en place d'une sonde ; marche difficile ; avant l'hiver elle était autonome.
"""


def test_clean_clinical_prose_has_no_date() -> None:
    found = find_dates(CLEAN_PROSE)
    assert [CLEAN_PROSE[f.start : f.end] for f in found] == []


@pytest.mark.parametrize(
    "unit",
    [
        "mille neuf cent ",
        "vingt-",
        "12/",
        "1er ",
        "mardi 3 ",
        "né le ",
        "DDN : ",
        "janv. ",
        "92 ans ",
        "(2015",
    ],
)
def test_hostile_repetitions_stay_linear(unit: str) -> None:
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    # A generous bound (50 µs of CPU per character, so that a busy machine does not matter): a
    # quadratic pattern takes seconds here.
    assert cpu_seconds(lambda: find_dates(text)) < 50e-6 * len(text)
