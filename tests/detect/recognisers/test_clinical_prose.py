"""All structured recognisers together: nothing in clean clinical prose, everything in a letter.

The prose is generated from templates full of the numbers clinical text is made of (doses, lab
values, scores, blood pressure, ICD-10 and ATC codes, batch numbers, years, « J+3 »). The issue's
bound is 0.5 % of letters and digits masked on text without identifiers; structured identifiers
alone must stay far below it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.overlap import resolve
from egide.detect.recognisers.fr import build_structured_recognisers
from tests.detect.inline import assert_covers, parse_inline
from tests.detect.recognisers.support import THRESHOLD, masked_share, nir, rpps, spaced_nir

RECOGNISERS = build_structured_recognisers(DetectConfig())


def find_all(text: str) -> list[Finding]:
    return resolve(f for r in RECOGNISERS for f in r.find(Document(text)) if f.score >= THRESHOLD)


def clinical_prose(seed: int, sentences: int) -> str:
    rng = random.Random(seed)

    def i(a: int, b: int) -> int:
        return rng.randint(a, b)

    def d(a: float, b: float, digits: int = 1) -> str:
        return f"{rng.uniform(a, b):.{digits}f}".replace(".", ",")

    templates: list[Callable[[], str]] = [
        lambda: f"TA {i(9, 18)}/{i(5, 10)}, FC {i(45, 130)} bpm, SpO2 {i(85, 100)} %, T {d(36, 40)} °C.",
        lambda: (
            f"Hb {d(7, 17)} g/dL, plaquettes {i(80, 500)} G/L, CRP {i(1, 300)} mg/L, PCT {d(0, 20, 2)} ng/mL."
        ),
        lambda: (
            f"Amoxicilline {i(1, 3)} g x 3/j pendant {i(5, 14)} jours ; paracétamol 1 g si EVA > {i(2, 5)}."
        ),
        lambda: f"Metformine {rng.choice([500, 850, 1000])} mg x 2/j, IPP 20 mg/j, Lovenox 4000 UI/0,4 mL.",
        lambda: f"HTA (I10), diabète (E11.{i(0, 9)}), FA (I48.{i(0, 9)}) ; ATC C09AA0{i(1, 9)}, A10BA02.",
        lambda: f"Glasgow {i(3, 15)}, NIHSS {i(0, 30)}, CHA2DS2-VASc {i(0, 9)}, MMS {i(10, 30)}/30.",
        lambda: f"À J+{i(1, 20)} post-opératoire, ablation des agrafes à J{i(8, 15)} ; bilan à M{i(1, 12)}.",
        lambda: f"Appendicectomie en {i(1960, 2024)}, cholécystectomie en {i(1970, 2024)}, {i(5, 60)} PA.",
        lambda: f"QRS {i(70, 160)} ms, QTc {i(360, 520)} ms, PR {i(110, 260)} ms, axe {i(-90, 180)}°.",
        lambda: f"Nodule de {i(3, 40)} mm, adénopathie {i(5, 30)} x {i(5, 30)} mm, cT{i(1, 4)}N{i(0, 3)}M0.",
        lambda: (
            f"pH 7,{i(10, 55)}, PaCO2 {i(20, 90)} mmHg, PaO2 {i(40, 120)} mmHg, lactates {d(0.5, 9)} mmol/L."
        ),
        lambda: (
            f"Vaccin lot {rng.choice('ABCFGHX')}{i(100, 999)}{rng.choice('XYZ')}{i(10, 99)}, exp. {i(1, 12):02d}/{i(2025, 2029)}."
        ),
        lambda: (
            f"Poids {d(35, 140)} kg, taille {i(140, 200)} cm, IMC {d(15, 45)}, diurèse {i(200, 4000)} mL/24 h."
        ),
        lambda: (
            f"NaCl 0,9 % {i(500, 3000)} mL/24 h, KCl {i(1, 4)} g/L, insuline {i(2, 40)} UI selon protocole."
        ),
        lambda: (
            f"HbA1c {d(5, 13)} %, LDL {d(0.4, 2.5, 2)} g/L, TSH {d(0.05, 9, 2)} mUI/L, BNP {i(10, 5000)} pg/mL."
        ),
        lambda: f"Dose de scopie {i(100, 9000)} cGy.cm2 ; {i(1, 4)} stents ; durée {i(10, 240)} min.",
        lambda: f"Anti-Xa {d(0.1, 1.5, 2)} UI/mL, INR {d(1, 5)}, D-dimères {i(100, 9000)} ng/mL.",
        lambda: f"Mutation c.{i(100, 5000)}G>A (p.Arg{i(10, 999)}His) de BRCA{i(1, 2)}, exon {i(1, 27)}.",
        lambda: (
            f"FOLFOX cure {i(1, 12)}, 5-FU {i(300, 2400)} mg/m2, grade {i(1, 4)} CTCAE v5.0, ECOG {i(0, 4)}."
        ),
        lambda: (
            f"Glycémies {d(0.6, 3, 2)} - {d(0.6, 3, 2)} - {d(0.6, 3, 2)} g/L ; cétonémie {d(0, 4)} mmol/L."
        ),
        lambda: (
            f"Chambre {i(1, 450)}, lit {rng.choice('AB')}, UF {i(1000, 9999)}, score de Morse {i(0, 125)}."
        ),
        lambda: (
            f"Logiciel version 4.{i(0, 9)}.{i(0, 30)}, recommandations HAS {i(2010, 2025)}, grade {rng.choice('ABC')}."
        ),
        lambda: f"Bilan entrées/sorties : +{i(100, 2000)} mL ; {i(1, 6)} selles ; Bristol {i(1, 7)}.",
        lambda: f"Leucocytes {i(1000, 30000)}/mm3, PNN {i(500, 25000)}/mm3, lymphocytes {i(200, 5000)}/mm3.",
    ]
    return " ".join(rng.choice(templates)() for _ in range(sentences))


def test_clean_clinical_prose_is_left_alone() -> None:
    text = clinical_prose(seed=2024, sentences=2000)
    findings = find_all(text)
    share = masked_share(findings, text)
    assert share <= 0.0005, [text[f.start : f.end] for f in findings][:20]  # a tenth of the bound


def test_a_letter_with_every_kind_of_identifier() -> None:
    marked = (
        "Centre hospitalier, FINESS <FINESS>750712184</FINESS>, service de cardiologie, "
        "poste <TELEPHONE>4521</TELEPHONE>.\n"
        f"Patient IPP <IPP>80012345</IPP>, NDA <NDA>2301234567</NDA>, NIR <NIR>{spaced_nir(nir())}</NIR>.\n"
        "Joignable au <TELEPHONE>06 12 34 56 78</TELEPHONE> ou <EMAIL>p.martin@exemple.fr</EMAIL>.\n"
        f"Prescripteur : RPPS <RPPS>{rpps(random.Random(1))}</RPPS>, "
        "MSSanté <EMAIL>dr.x@medecin.mssante.fr</EMAIL>.\n"
        "Compte rendu sur <URL>https://dpi.exemple.fr/cr/123</URL> (poste <IP>10.12.0.7</IP>).\n"
        "Véhicule <IMMATRICULATION>AB-123-CD</IMMATRICULATION>, passeport <PIECE_IDENTITE>12AB34567</PIECE_IDENTITE>.\n"
        "Sous IPP 20 mg/j, Hb 12,3 g/dL, CRP 45, TA 12/8, HTA (I10), J+3.\n"
        "Clé d'API collée par erreur : <SECRET>sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z</SECRET>."
    )
    text, spans = parse_inline(marked)
    assert len(spans) == 14
    assert_covers(find_all(text), marked)
