"""The confidentiality class computed from an assessment: a table of answers → class and reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from egide.confidentiality import Confidentiality
from egide.governance.classify import (
    AiActRisk,
    AiActRole,
    Answer,
    Answers,
    Hosting,
    MedicalDevice,
    Transfers,
    blocking_findings,
    classify,
    notes,
)

TODAY = date(2026, 12, 5)
LATER = date(2027, 12, 31)

#: An HDS-certified host in France with a contract: every condition of « hds » holds.
HDS = Answers(
    hosting=Hosting.PROVIDER,
    hosting_country="FR",
    hds_certificate_number="HDS-2025-0042",
    hds_activities=frozenset({1, 2, 3, 4, 5, 6}),
    hds_expires_on=LATER,
    storage_in_eea=Answer.YES,
    inputs_reused_for_training=Answer.NO,
    retention_days=0,
    gdpr_contract=Answer.YES,
    gdpr_contract_expires_on=LATER,
    transfers_outside_eea=Transfers.NONE,
)

CASES: list[tuple[str, Answers, Confidentiality, set[str]]] = [
    ("hds host", HDS, Confidentiality.HDS, {"hosted_outside"}),
    (
        "inside the establishment, nothing leaves",
        Answers(hosting=Hosting.ESTABLISHMENT, transfers_outside_eea=Transfers.NONE,
                inputs_reused_for_training=Answer.NO),
        Confidentiality.ON_PREMISE, set(),
    ),
    (
        "inside the establishment but phones home",
        replace(HDS, hosting=Hosting.ESTABLISHMENT, transfers_outside_eea=Transfers.SAFEGUARDED),
        Confidentiality.CONTRACTED, {"transfers_outside_eea"},
    ),
    ("hosted outside the EEA", replace(HDS, hosting_country="US"), Confidentiality.CONTRACTED,
     {"hosted_outside", "hosted_outside_eea"}),
    ("certificate expired", replace(HDS, hds_expires_on=date(2026, 12, 4)), Confidentiality.CONTRACTED,
     {"hosted_outside", "hds_expired"}),
    ("certificate valid to the day", replace(HDS, hds_expires_on=TODAY), Confidentiality.HDS, {"hosted_outside"}),
    ("no certificate", replace(HDS, hds_certificate_number=None), Confidentiality.CONTRACTED,
     {"hosted_outside", "no_hds"}),
    ("certificate without administration (activity 5)", replace(HDS, hds_activities=frozenset({1, 2, 3, 4})),
     Confidentiality.CONTRACTED, {"hosted_outside", "hds_scope"}),
    ("transfers under clauses: not hds", replace(HDS, transfers_outside_eea=Transfers.SAFEGUARDED),
     Confidentiality.CONTRACTED, {"hosted_outside", "transfers_outside_eea"}),
    ("inputs reused for training", replace(HDS, inputs_reused_for_training=Answer.YES), Confidentiality.PUBLIC,
     {"hosted_outside", "training_reuse"}),
    ("reuse not excluded", replace(HDS, inputs_reused_for_training=Answer.UNKNOWN), Confidentiality.PUBLIC,
     {"hosted_outside", "training_unknown"}),
    ("no art. 28 contract", replace(HDS, gdpr_contract=Answer.NO), Confidentiality.PUBLIC,
     {"hosted_outside", "no_contract"}),
    ("contract expired", replace(HDS, gdpr_contract_expires_on=date(2026, 1, 1)), Confidentiality.PUBLIC,
     {"hosted_outside", "contract_expired"}),
    ("storage outside the EEA", replace(HDS, storage_in_eea=Answer.NO), Confidentiality.PUBLIC,
     {"hosted_outside", "storage_outside_eea"}),
    ("storage not confirmed", replace(HDS, storage_in_eea=None), Confidentiality.PUBLIC,
     {"hosted_outside", "storage_unknown"}),
    ("transfers without safeguards", replace(HDS, transfers_outside_eea=Transfers.UNSAFEGUARDED),
     Confidentiality.PUBLIC, {"hosted_outside", "transfers_outside_eea", "transfers_unsafeguarded"}),
    ("retention 31 days", replace(HDS, retention_days=31), Confidentiality.PUBLIC,
     {"hosted_outside", "retention_too_long"}),
    ("retention 30 days", replace(HDS, retention_days=30), Confidentiality.HDS, {"hosted_outside"}),
    ("retention unknown", replace(HDS, retention_days=None), Confidentiality.PUBLIC,
     {"hosted_outside", "retention_unknown"}),
    (
        "contracted cloud outside the EEA with clauses",
        replace(HDS, hosting_country="US", hds_certificate_number=None, transfers_outside_eea=Transfers.SAFEGUARDED),
        Confidentiality.CONTRACTED, {"hosted_outside", "hosted_outside_eea", "no_hds", "transfers_outside_eea"},
    ),
    (
        "nothing answered",
        Answers(),
        Confidentiality.PUBLIC,
        {"hosted_outside", "transfers_unknown", "training_unknown", "country_unknown", "no_hds", "no_contract",
         "storage_unknown", "retention_unknown"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("answers", "klass", "codes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class_and_reasons(answers: Answers, klass: Confidentiality, codes: set[str]) -> None:
    result = classify(answers, TODAY)
    assert result.klass is klass
    assert {reason.code for reason in result.reasons} == codes
    # Every reason rules out a class above the one computed, and is said in French once.
    order = list(Confidentiality)
    assert all(order.index(r.rules_out) > order.index(klass) for r in result.reasons)
    assert len({r.code for r in result.reasons}) == len(result.reasons)


def test_reasons_are_said_in_plain_french() -> None:
    texts = {r.code: r.text for r in classify(replace(HDS, hosting_country="US",
                                                      inputs_reused_for_training=Answer.YES), TODAY).reasons}  # fmt: skip
    assert texts["hosted_outside_eea"] == "hébergement hors UE/EEE"
    assert texts["training_reuse"] == "réutilisation des entrées pour l'entraînement"
    no_certificate = classify(replace(HDS, hds_certificate_number=None), TODAY).reasons
    # The reason that keeps it from the next class up comes first, tagged with that class.
    assert (no_certificate[0].text, no_certificate[0].rules_out) == (
        "pas de certificat HDS valide",
        Confidentiality.HDS,
    )
    expired_contract = classify(replace(HDS, gdpr_contract_expires_on=date(2026, 1, 1)), TODAY).reasons
    assert (expired_contract[0].code, expired_contract[0].rules_out) == (
        "contract_expired",
        Confidentiality.CONTRACTED,
    )
    expired = classify(replace(HDS, hds_expires_on=date(2026, 11, 30)), TODAY)
    assert "pas de certificat HDS valide (expiré le 30/11/2026)" in {r.text for r in expired.reasons}


def test_the_class_depends_on_the_day() -> None:
    assert classify(HDS, LATER).klass is Confidentiality.HDS
    assert classify(HDS, date(2028, 1, 1)).klass is Confidentiality.PUBLIC  # certificate and contract over


@pytest.mark.parametrize(
    ("changes", "blocking"),
    [
        ({}, set()),
        ({"ai_act_risk": AiActRisk.PROHIBITED}, {"prohibited_practice"}),
        ({"medical_device": MedicalDevice.NOT_MARKED}, {"medical_device_not_marked"}),
        ({"medical_device": MedicalDevice.CE_MARKED, "ai_act_risk": AiActRisk.HIGH}, set()),
    ],
)
def test_blocking_findings(changes: dict[str, object], blocking: set[str]) -> None:
    baseline: dict[str, object] = {"ai_act_risk": AiActRisk.MINIMAL, "medical_device": MedicalDevice.NO}
    answers = replace(HDS, **(baseline | changes))  # type: ignore[arg-type]
    assert {f.code for f in blocking_findings(answers)} == blocking


def test_notes_for_the_decision() -> None:
    answers = replace(HDS, ai_act_risk=AiActRisk.HIGH, ai_act_role=AiActRole.PROVIDER,
                      medical_device=MedicalDevice.CE_MARKED)  # fmt: skip
    assert {n.code for n in notes(answers)} == {"high_risk_deployer", "provider_duties", "medical_device"}
    assert notes(replace(HDS, ai_act_risk=AiActRisk.MINIMAL)) == ()
