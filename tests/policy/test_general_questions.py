"""General questions that name a year, a place or a hospital reach a ``public`` tool; a person does not.

The real detector runs on each question, then the policy of a ``public`` tool (block what is
identifying). Positives must pass; the traps — the same kinds of words next to a person, a date of
birth, or several weak ones that together point at one stay — must still block. A class that
pseudonymises keeps masking everything that was found.
"""

from __future__ import annotations

from collections import Counter

import pytest

from egide.detect import DetectConfig, Detector
from egide.policy import Action, Decision, PolicyConfig, coarse_counts, decide

PASS = [
    "Liste les vaccins recommandés chez un adulte de 70 ans en France en 2026",
    "Quelles sont les recommandations de la HAS de 2024 sur le dépistage du cancer du sein ?",
    "Quel est le circuit d'une demande de greffe au CHU de Rouen ?",
    "En Bretagne, quelle est l'incidence de la maladie de Lyme en 2023 ?",
    "Le 12/03/2024, quelles étaient les recommandations sur le Covid ?",
    "Quels sont les horaires des urgences de l'hôpital Tenon à Paris ?",
    "Que dit la circulaire de mars 2025 sur les astreintes ?",
    "Combien de lits de réanimation à Lyon en janvier 2025 ?",
    "Quel est le protocole de l'AP-HP pour la prise en charge d'un AVC à Paris ?",
    "Organisation des soins palliatifs à Marseille en 2025 ?",
    "Quelle prise en charge pour une personne de 95 ans en perte d'autonomie ?",
    "Quelles vaccinations sont obligatoires à Lyon depuis le 1er janvier 2018 ?",
    "Quels sont les délais de consultation au CHU de Bordeaux en 2025 ?",
]

BLOCK = [
    "Mme Jeanne Fontaine, hospitalisée au CHU de Rouen en 2024 : résume son séjour.",
    "Patient né le 03/02/1961, que proposer pour son diabète ?",
    "Patient de 92 ans admis au CHU de Rouen le 12/03/2024 pour une chute : rédige la synthèse.",
    "Rappelle M. Durand au 06 12 34 56 78 pour ses résultats de 2025.",
    "Patiente de 45 ans admise au CHU de Rouen le 12/03/2024 pour une pneumopathie : rédige la lettre.",
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def _decide(detector: Detector, text: str, klass: str = "public") -> Decision:
    findings = detector.detect(text)
    counts = Counter(str(f.label) for f in findings)
    coarse = coarse_counts((str(f.label), text[f.start : f.end]) for f in findings)
    return decide(klass, counts, [], PolicyConfig(), coarse=coarse)


@pytest.mark.parametrize("question", PASS)
def test_a_general_question_passes_a_public_tool(detector: Detector, question: str) -> None:
    decision = _decide(detector, question)
    assert decision.action is Action.ALLOW, decision.counts


@pytest.mark.parametrize("text", BLOCK)
def test_a_person_or_weak_ones_together_still_block(detector: Detector, text: str) -> None:
    assert _decide(detector, text).blocked


def test_a_class_that_pseudonymises_still_masks_the_year(detector: Detector) -> None:
    decision = _decide(detector, PASS[0], "contracted")
    assert decision.action is Action.PSEUDONYMISE and decision.counts == {"DATE": 1}
