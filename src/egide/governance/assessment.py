"""A tool's assessment: the answers, the class they give, the DSIH's override, and what the
registry applies.

The registry's class (``tools.confidentiality``, what the policy enforces at the gateway) is always
the effective class: the override if the DSIH set one, else the class computed from the answers
(:mod:`egide.governance.classify`). A change that lowers it applies at once (stricter is safe).
A change that needs the opinions again opens a new review round, and an approved or suspended tool
goes back to ``proposed`` — the gateway refuses it until a new decision:

- a new model or model version (the opinions were given on another model: under the AI Act a
  substantial modification, for the medical referent a new validation);
- a higher effective class once an opinion was given or a decision taken (the opinions were given
  knowing less could be sent to the tool).

Mutating functions write their audit event in the same transaction (``db.session(write=True)``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.audit.chain import keyed_hash
from egide.audit.log import append_events
from egide.confidentiality import Confidentiality
from egide.errors import AccessDenied, Conflict, InputError, NotFound
from egide.governance.classify import (
    AiActRisk,
    AiActRole,
    Answer,
    Answers,
    Classification,
    Hosting,
    MedicalDevice,
    Transfers,
    classify,
)
from egide.governance.events import ToolAssessed, ToolClassOverridden, ToolReviewReopened
from egide.governance.people import today as utc_today
from egide.governance.people import user_row
from egide.governance.tools import BUILTIN_URLS
from egide.governance.types import Role, ToolStatus
from egide.store.database import session_secret
from egide.store.models.governance import Tool
from egide.store.models.review import ToolAssessment, ToolOpinion
from egide.store.types import utcnow

_ORDER = tuple(Confidentiality)
MAX_TEXT = 4000


@dataclass(frozen=True)
class AssessmentInput(Answers):
    """The assessment form: the answers the rules read, and what people read (every answer
    optional: a draft may be saved; None = not answered)."""

    vendor: str | None = None
    model_name: str | None = None
    model_version: str | None = None
    purpose: str | None = None
    authorised_uses: str | None = None
    forbidden_uses: str | None = None


#: French labels of the questions, in the form's order (also what « incomplete » names).
LABELS: dict[str, str] = {
    "vendor": "éditeur",
    "model_name": "modèle",
    "model_version": "version du modèle",
    "purpose": "finalité",
    "hosting": "hébergement",
    "hosting_country": "pays d'hébergement",
    "hds_certificate_number": "n° de certificat HDS",
    "hds_activities": "activités HDS certifiées",
    "hds_expires_on": "échéance du certificat HDS",
    "storage_in_eea": "stockage dans l'EEE",
    "inputs_reused_for_training": "réutilisation des entrées pour l'entraînement",
    "retention_days": "durée de conservation des entrées (jours)",
    "gdpr_contract": "contrat RGPD art. 28",
    "gdpr_contract_expires_on": "échéance du contrat art. 28",
    "transfers_outside_eea": "transferts hors EEE",
    "ai_act_role": "rôle au sens de l'AI Act",
    "ai_act_risk": "classe de risque AI Act",
    "medical_device": "statut de dispositif médical",
    "authorised_uses": "usages autorisés",
    "forbidden_uses": "usages interdits",
}
_OPTIONAL = {"hds_certificate_number", "hds_activities", "hds_expires_on", "gdpr_contract_expires_on"}


def missing_fields(form: AssessmentInput) -> list[str]:
    """The questions not answered yet (their French labels); empty when the assessment is complete."""
    missing = [name for name in LABELS if name not in _OPTIONAL and getattr(form, name) in (None, "")]
    if form.hds_certificate_number:  # a certificate named must be described
        missing += [n for n in ("hds_activities", "hds_expires_on") if not getattr(form, n)]
    if form.gdpr_contract is Answer.YES and form.gdpr_contract_expires_on is None:
        missing.append("gdpr_contract_expires_on")
    return [LABELS[name] for name in LABELS if name in missing]


# -- reading a form -------------------------------------------------------------------------------

_ENUMS: dict[str, type[Any]] = {
    "hosting": Hosting,
    "storage_in_eea": Answer,
    "inputs_reused_for_training": Answer,
    "gdpr_contract": Answer,
    "transfers_outside_eea": Transfers,
    "ai_act_role": AiActRole,
    "ai_act_risk": AiActRisk,
    "medical_device": MedicalDevice,
}
_SHORT = {"vendor": 200, "model_name": 200, "model_version": 100, "hds_certificate_number": 100}
_TEXT = ("purpose", "authorised_uses", "forbidden_uses")
_DATES = ("hds_expires_on", "gdpr_contract_expires_on")


def parse_assessment(values: Mapping[str, object]) -> AssessmentInput:
    """An :class:`AssessmentInput` from form fields or a file's keys (strings, empty = not answered).

    Unknown keys are refused (a typo must not silently leave a question unanswered); every error is
    an :class:`InputError` naming the field, and nothing is saved.
    """
    unknown = sorted(set(values) - set(LABELS))
    if unknown:
        raise InputError(f"champs inconnus : {', '.join(unknown)}", param=unknown[0])
    out: dict[str, Any] = {}
    for name, raw in values.items():
        text = "" if raw is None else str(raw).strip()
        if not text and name != "hds_activities":
            continue
        label = LABELS[name]
        if name in _ENUMS:
            try:
                out[name] = _ENUMS[name](text)
            except ValueError:
                choices = ", ".join(member.value for member in _ENUMS[name])
                raise InputError(f"{label} : attendu l'une de {choices}", param=name) from None
        elif name in _SHORT:
            if len(text) > _SHORT[name] or "\n" in text:
                raise InputError(f"{label} : une ligne de {_SHORT[name]} caractères au plus", param=name)
            out[name] = text
        elif name in _TEXT:
            if len(text) > MAX_TEXT:
                raise InputError(f"{label} : {MAX_TEXT} caractères au plus", param=name)
            out[name] = text
        elif name in _DATES:
            try:
                out[name] = date.fromisoformat(text)
            except ValueError:
                raise InputError(f"{label} : date attendue (AAAA-MM-JJ)", param=name) from None
        elif name == "hosting_country":
            if len(text) != 2 or not text.isascii() or not text.isalpha():
                raise InputError(f"{label} : code pays ISO à deux lettres attendu (FR, DE…)", param=name)
            out[name] = text.upper()
        elif name == "retention_days":
            if not text.isdigit() or int(text) > 36_500:
                raise InputError(f"{label} : nombre de jours entier attendu (0 à 36500)", param=name)
            out[name] = int(text)
        elif name == "hds_activities":
            out[name] = _activities(raw)
    return AssessmentInput(**out)


def _activities(raw: object) -> frozenset[int]:
    items = (
        raw
        if isinstance(raw, list | tuple | set | frozenset)
        else str(raw or "").replace(";", ",").split(",")
    )
    numbers: set[int] = set()
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        if not text.isdigit() or not 1 <= int(text) <= 6:
            raise InputError("activités HDS certifiées : numéros de 1 à 6 attendus", param="hds_activities")
        numbers.add(int(text))
    return frozenset(numbers)


# -- the stored assessment ------------------------------------------------------------------------


def form_of(row: ToolAssessment) -> AssessmentInput:
    values: dict[str, Any] = {}
    for name in LABELS:
        value = getattr(row, name)
        if value is None:
            continue
        if name in _ENUMS:
            value = _ENUMS[name](value)
        elif name == "hds_activities":
            value = frozenset(int(n) for n in value.split(",") if n)
        values[name] = value
    return AssessmentInput(**values)


def _store(row: ToolAssessment, form: AssessmentInput) -> None:
    for name in LABELS:
        value = getattr(form, name)
        if name == "hds_activities":
            value = ",".join(str(n) for n in sorted(value)) or None
        elif value is not None and name in _ENUMS:
            value = value.value
        setattr(row, name, value)


def effective_class(row: ToolAssessment, classification: Classification) -> Confidentiality:
    return Confidentiality(row.override_class) if row.override_class else classification.klass


def digest(session: Session, value: object) -> str:
    """A keyed digest of governance text or answers for the audit chain (the text stays in its table)."""
    canonical = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return keyed_hash(session_secret(session), canonical)


def tool_row(session: Session, tool_id: int) -> Tool:
    tool = session.get(Tool, tool_id)
    if tool is None:
        raise NotFound(f"outil n°{tool_id} inconnu", code="tool_not_found")
    return tool


def _assessable(session: Session, tool_id: int, what: str) -> Tool:
    """The tool, if its answers may change: not retired, and not one of égide's own tools (nothing
    leaves them: their class is ``on_premise`` by construction, an assessment would only lower it)."""
    tool = tool_row(session, tool_id)
    if tool.status == ToolStatus.RETIRED.value:
        raise Conflict(f"outil retiré : {what} n'est plus modifiable")
    if tool.base_url in BUILTIN_URLS:
        raise Conflict(f"outil intégré à égide : {what} ne s'applique pas (rien ne sort de l'établissement)")
    return tool


def assessment_row(session: Session, tool_id: int) -> ToolAssessment | None:
    return session.get(ToolAssessment, tool_id)


def require_role(session: Session, actor_user_id: int | None, roles: tuple[Role, ...], what: str) -> Role:
    """The acting account's role, which must be one of ``roles`` (the service checks, not only pages)."""
    if actor_user_id is None:
        raise AccessDenied(f"{what} : le compte qui agit doit être nommé", code="actor_required")
    user = user_row(session, actor_user_id)
    role = Role(user.role)
    if not user.active or role not in roles:
        names = ", ".join(r.value for r in roles)
        raise AccessDenied(f"{what} : réservé aux rôles {names}", code="role_not_allowed")
    return role


def _reopen(session: Session, tool: Tool, row: ToolAssessment, reason: str, actor: int | None) -> None:
    row.review_round += 1
    previous = tool.status
    if tool.status in (ToolStatus.APPROVED.value, ToolStatus.SUSPENDED.value):
        tool.status = ToolStatus.PROPOSED.value
    append_events(
        session,
        ToolReviewReopened(
            actor_user_id=actor,
            tool_id=tool.id,
            review_round=row.review_round,
            reason_code=reason,
            previous_status=previous,
        ),
    )


def _has_review_started(session: Session, tool: Tool, row: ToolAssessment) -> bool:
    if tool.status in (ToolStatus.APPROVED.value, ToolStatus.SUSPENDED.value):
        return True
    opinion = session.scalar(
        select(ToolOpinion.id)
        .where(ToolOpinion.tool_id == tool.id, ToolOpinion.review_round == row.review_round)
        .limit(1)
    )
    return opinion is not None


def _apply(
    session: Session,
    tool: Tool,
    row: ToolAssessment,
    *,
    version_changed: bool,
    actor: int | None,
    today: date,
) -> Classification:
    """Reopen the review if needed, then set the registry's class to the effective class."""
    classification = classify(form_of(row), today)
    effective = effective_class(row, classification)
    raised = _ORDER.index(effective) > _ORDER.index(Confidentiality(tool.confidentiality))
    if (version_changed or raised) and _has_review_started(session, tool, row):
        _reopen(session, tool, row, "model_version_changed" if version_changed else "class_raised", actor)
    tool.confidentiality = effective.value
    return classification


def save_assessment(
    session: Session,
    tool_id: int,
    form: AssessmentInput,
    *,
    actor_user_id: int | None,
    today: date | None = None,
) -> Classification:
    """Record the answers (admin, the DSIH); returns the computed class. See the module for the rules."""
    require_role(session, actor_user_id, (Role.ADMIN,), "évaluation d'un outil")
    tool = _assessable(session, tool_id, "son évaluation")
    row = assessment_row(session, tool_id)
    if row is None:
        row = ToolAssessment(tool_id=tool_id, review_round=1, revision=1)
        session.add(row)
        version_changed = False
    else:
        before = (row.model_name, row.model_version)
        version_changed = all(before) and before != (form.model_name, form.model_version)
        row.revision += 1
    _store(row, form)
    row.updated_by = actor_user_id
    row.updated_at = utcnow()
    session.flush()
    when = today or utc_today()
    classification = _apply(
        session, tool, row, version_changed=version_changed, actor=actor_user_id, today=when
    )
    session.flush()
    append_events(
        session,
        ToolAssessed(
            actor_user_id=actor_user_id,
            tool_id=tool_id,
            revision=row.revision,
            review_round=row.review_round,
            complete=not missing_fields(form),
            computed_class=classification.klass.value,
            effective_class=effective_class(row, classification).value,
            applied_class=tool.confidentiality,
            reason_codes=[reason.code for reason in classification.reasons],
            answers_digest=digest(session, _jsonable(form)),
        ),
    )
    return classification


def _jsonable(form: AssessmentInput) -> dict[str, Any]:
    data = asdict(form)
    data["hds_activities"] = sorted(form.hds_activities)
    return data


def override_class(
    session: Session,
    tool_id: int,
    klass: Confidentiality | str | None,
    justification: str,
    *,
    actor_user_id: int | None,
    today: date | None = None,
) -> Confidentiality:
    """Set (or, with None, lift) the DSIH's class for the tool, with a written justification.

    Returns the class the registry now applies. A higher class than before reopens the review (see
    the module): the override is a judgement, the opinions are still asked.
    """
    require_role(session, actor_user_id, (Role.ADMIN,), "classe imposée")
    justification = justification.strip()
    if len(justification) < 10 or len(justification) > MAX_TEXT:
        raise InputError("justification écrite obligatoire (10 à 4000 caractères)", param="justification")
    try:
        target = Confidentiality(klass) if klass else None
    except ValueError:
        raise InputError("classe de confidentialité inconnue", param="override_class") from None
    tool = _assessable(session, tool_id, "sa classe")
    row = assessment_row(session, tool_id)
    if row is None:
        raise Conflict("l'outil n'a pas encore d'évaluation : remplissez-la avant d'imposer une classe")
    row.override_class = target.value if target else None
    row.override_justification = justification if target else None
    row.override_by = actor_user_id if target else None
    row.override_at = utcnow() if target else None
    session.flush()
    classification = _apply(
        session, tool, row, version_changed=False, actor=actor_user_id, today=today or utc_today()
    )
    session.flush()
    append_events(
        session,
        ToolClassOverridden(
            actor_user_id=actor_user_id,
            tool_id=tool_id,
            computed_class=classification.klass.value,
            override_class=target.value if target else None,
            justification_digest=digest(session, justification),
        ),
    )
    return Confidentiality(tool.confidentiality)
