"""Identifier-free clinical questions must pass the strictest class (target: ≤ 1 % refused).

The real detector runs on each prompt and the policy decides for a ``public`` tool, which blocks
anything identifying: a refusal here means the detector over-flags (eponyms, drug names, doses).
"""

from __future__ import annotations

import pytest

from egide.detect import DetectConfig, Detector
from egide.policy import Action, PolicyConfig, decide

CLINICAL_PROMPTS = [
    "Quelle est la posologie de l'amoxicilline chez l'adulte pour une otite moyenne aiguë ?",
    "Quels sont les signes de Babinski et de Lasègue, et comment les rechercher ?",
    "Quels sont les critères diagnostiques de la maladie de Parkinson ?",
    "Résume les critères de McDonald pour la sclérose en plaques.",
    "Comment calculer le score de Glasgow chez un traumatisé crânien ?",
    "Quelle est la conduite à tenir devant une hyperkaliémie à 6,5 mmol/L ?",
    "Différence entre maladie de Crohn et rectocolite hémorragique sur le plan histologique ?",
    "Quels examens demander devant une suspicion de syndrome de Guillain-Barré ?",
    "Posologie du paracétamol chez l'enfant de 15 kg ?",
    "Quelles sont les contre-indications de la metformine ?",
    "Explique le score de Child-Pugh et son intérêt pronostique dans la cirrhose.",
    "Quels sont les signes cliniques de la maladie de Basedow ?",
    "Comment interpréter un score d'Apgar à 5 minutes ?",
    "Quelle antibiothérapie probabiliste pour une pyélonéphrite aiguë non compliquée ?",
    "Rappelle la classification NYHA de l'insuffisance cardiaque.",
    "Quels sont les effets indésirables fréquents des IEC ?",
    "Comment adapter la dose d'énoxaparine chez l'insuffisant rénal ?",
    "Quelle est la différence entre le syndrome de Cushing et la maladie de Cushing ?",
    "Décris la triade de Charcot dans l'angiocholite.",
    "Quels sont les critères de Duke pour l'endocardite infectieuse ?",
    "Quand faut-il suspecter une maladie de Kawasaki chez l'enfant ?",
    "Quels sont les signes d'une encéphalopathie de Gayet-Wernicke ?",
    "Quelle surveillance biologique sous lithium ?",
    "Explique le signe de Murphy et sa valeur diagnostique.",
    "Quelles sont les indications d'une IRM cérébrale devant des céphalées ?",
    "Quel est le traitement de première intention de l'hypertension artérielle essentielle ?",
    "Comment se manifeste une maladie d'Addison décompensée ?",
    "Quels vaccins sont recommandés chez une femme enceinte ?",
    "Quelle est la posologie de la ceftriaxone dans la méningite bactérienne ?",
    "Décris la classification de Gleason pour le cancer de la prostate.",
    "Quels sont les stades de la maladie de Hodgkin selon Ann Arbor ?",
    "Comment évaluer le risque thromboembolique avec le score CHA2DS2-VASc ?",
    "Quels sont les signes de gravité d'une crise d'asthme ?",
    "Rédige une fiche d'éducation thérapeutique sur l'insuline rapide.",
    "Quels sont les diagnostics différentiels d'une douleur thoracique aiguë ?",
    "Comment traiter une intoxication au paracétamol par N-acétylcystéine ?",
    "Quels sont les critères de sepsis selon la définition Sepsis-3 ?",
    "Explique le test de Romberg et ce qu'il explore.",
    "Quelle est la surveillance d'un patient sous AVK et la cible d'INR ?",
    "Quels sont les symptômes du syndrome de Korsakoff ?",
    "Donne les étapes de la réanimation cardio-pulmonaire de l'adulte.",
    "Quels sont les facteurs de risque de l'ostéoporose post-ménopausique ?",
    "Comment reconnaître une maladie d'Alzheimer à un stade précoce ?",
    "Quelle est la dose maximale journalière d'ibuprofène chez l'adulte ?",
    "Décris la manœuvre de Heimlich et ses indications.",
    "Quels sont les critères de l'échelle de Norton pour le risque d'escarre ?",
    "Quelle prise en charge pour une fibrillation atriale de découverte récente ?",
    "Comment distinguer une thyroïdite de Hashimoto d'une thyroïdite de De Quervain ?",
    "Quels sont les principaux antiépileptiques et leurs interactions ?",
    "Quelles sont les recommandations de la HAS sur le dépistage du cancer colorectal ?",
    # Greetings open many real prompts.
    "Bonjour, peux-tu m'expliquer le score de Glasgow ?",
    "Bonjour docteur, quelle est la posologie du paracétamol chez l'adulte ?",
    "Bonsoir, quels sont les signes d'alerte d'un AVC ?",
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def test_there_are_fifty_distinct_prompts() -> None:
    assert len(set(CLINICAL_PROMPTS)) == len(CLINICAL_PROMPTS) >= 50


def test_identifier_free_clinical_questions_pass_a_public_tool(detector: Detector) -> None:
    refused: dict[str, list[str]] = {}
    for prompt, findings in zip(CLINICAL_PROMPTS, detector.detect_many(CLINICAL_PROMPTS), strict=True):
        counts: dict[str, int] = {}
        for finding in findings:
            counts[finding.label] = counts.get(finding.label, 0) + 1
        decision = decide("public", counts, [], PolicyConfig())
        if decision.blocked:
            refused[prompt] = [f"{f.label}:{prompt[f.start : f.end]}" for f in findings]
            continue
        assert decision.action is Action.ALLOW
    # ≤ 1 % of about 50 means none. The message lists what the detector flagged, to fix it at the source.
    assert refused == {}


def test_each_prompt_alone_passes_too(detector: Detector) -> None:
    # detect_many propagates names across texts; alone, no prompt may be flagged either.
    flagged = {p: [(f.label, p[f.start : f.end]) for f in detector.detect(p)] for p in CLINICAL_PROMPTS}
    assert {p: f for p, f in flagged.items() if f} == {}
