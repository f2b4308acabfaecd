"""Evidence computed from the system for the requirements of the referential.

Each key of a requirement's ``evidence`` names one function here. A function reads the registry,
the audit trail (counts by kind: it holds no text), the shadow-AI scans and the configuration, and
says what it found in one line with a level: ``ok``, ``warning`` (to look at), ``missing`` (the
evidence is against the requirement) or ``info`` (a figure to read, no judgement). The DPO's status,
not this level, says whether a requirement is met.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egide.audit.log import ChainReport
from egide.compliance.config import DEFAULT_ESTABLISHMENT
from egide.compliance.facts import ACTION_LABELS, Facts, approved_tools, assessed_tools
from egide.confidentiality import CONFIDENTIALITY_LABELS, Confidentiality
from egide.governance.classify import Answer
from egide.governance.coverage import training_coverage
from egide.governance.people import current_charter, today
from egide.governance.types import Role
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import ApiKey, User
from egide.store.models.shadow import ShadowScan, ShadowUsage

#: A shadow-AI scan older than this no longer shows current practice.
SCAN_FRESHNESS = timedelta(days=90)
#: The CNIL's recommendation on logging: keep journals between six months and a year.
CNIL_MAX_RETENTION_DAYS = 365


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"
    MISSING = "missing"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"ok": "établi", "warning": "à surveiller", "missing": "manquant", "info": "indicateur"}[self]


@dataclass(frozen=True)
class Evidence:
    key: str
    title: str
    level: Level
    value: str


@dataclass(frozen=True)
class EvidenceContext:
    session: Session
    facts: Facts
    #: The audit chain checked for this view; None: not checked here (the report always checks it).
    chain: ChainReport | None
    now: datetime

    @property
    def since(self) -> datetime:
        return self.now - timedelta(days=self.facts.window_days)


Compute = Callable[[EvidenceContext], tuple[Level, str]]
_REGISTRY: dict[str, tuple[str, Compute]] = {}


def evidence(key: str, title: str) -> Callable[[Compute], Compute]:
    def register(function: Compute) -> Compute:
        if key in _REGISTRY:
            raise ValueError(f"evidence {key!r} declared twice")
        _REGISTRY[key] = (title, function)
        return function

    return register


def known_keys() -> frozenset[str]:
    return frozenset(_REGISTRY)


def compute(keys: Iterable[str], context: EvidenceContext) -> dict[str, Evidence]:
    """Each key once; a key this version of égide does not know is said so, not dropped."""
    found: dict[str, Evidence] = {}
    for key in keys:
        if key in found:
            continue
        declared = _REGISTRY.get(key)
        if declared is None:
            found[key] = Evidence(key, key, Level.WARNING, "preuve inconnue de cette version d'égide")
            continue
        title, function = declared
        level, value = function(context)
        found[key] = Evidence(key, title, level, value)
    return found


def _share(part: int, whole: int) -> str:
    return f"{part} / {whole} ({100 * part / whole:.0f} %)" if whole else "0 / 0"


def _level_of_share(part: int, whole: int) -> Level:
    if whole == 0 or part == 0:
        return Level.MISSING
    return Level.OK if part == whole else Level.WARNING


@evidence("training_coverage", "Personnes formées et à jour de la charte")
def _training_coverage(context: EvidenceContext) -> tuple[Level, str]:
    # The gateway's own rule (every mandatory module of the role valid, the charter in force accepted),
    # so that the evidence says « covered » of exactly the people the gateway lets through.
    overall = training_coverage(context.session, today()).overall
    return _level_of_share(overall.covered, overall.people), (
        f"{_share(overall.covered, overall.people)} des personnes actives ont leurs formations obligatoires "
        f"valides et la charte en vigueur acceptée ({overall.trained} formées, "
        f"{overall.charter_accepted} ont accepté la charte)"
    )


@evidence("charter_acceptance", "Charte publiée et acceptée")
def _charter_acceptance(context: EvidenceContext) -> tuple[Level, str]:
    session = context.session
    charter = current_charter(session)
    if charter is None:
        return Level.MISSING, "aucune charte publiée"
    # The people and acceptances the gateway's rule counts (governance.training_coverage).
    overall = training_coverage(session, today()).overall
    count = overall.charter_accepted
    return _level_of_share(count, overall.people), (
        f"charte version {charter.version} publiée le {charter.published_at:%d/%m/%Y} ; "
        f"acceptée par {_share(count, overall.people)} des personnes actives"
    )


@evidence("tool_assessment", "Évaluation des outils autorisés")
def _tool_assessment(context: EvidenceContext) -> tuple[Level, str]:
    tools = assessed_tools(context.session)
    if not tools:
        return Level.INFO, "aucun outil autorisé en dehors d'« aperçu »"
    incomplete = [t.tool.name for t in tools if not t.complete]
    # Tools that receive something of the establishment's (everything but on-premise ones) need the
    # art. 28 contract and the promise not to train on it; the assessment says whether they have them.
    outside = [
        t for t in tools if t.form is not None and t.tool.confidentiality is not Confidentiality.ON_PREMISE
    ]
    no_contract = [t.tool.name for t in outside if t.form and t.form.gdpr_contract is not Answer.YES]
    training = [t.tool.name for t in outside if t.form and t.form.inputs_reused_for_training is not Answer.NO]
    parts = [f"{len(tools) - len(incomplete)} / {len(tools)} outils autorisés ont une évaluation complète"]
    if incomplete:
        parts.append("à évaluer : " + ", ".join(incomplete))
    if no_contract:
        parts.append("sans contrat art. 28 : " + ", ".join(no_contract))
    if training:
        parts.append("réutilisation des entrées pour l'entraînement non exclue : " + ", ".join(training))
    level = Level.MISSING if incomplete else Level.WARNING if (no_contract or training) else Level.OK
    return level, " ; ".join(parts)


@evidence("tool_classes", "Classe de confidentialité des outils autorisés")
def _tool_classes(context: EvidenceContext) -> tuple[Level, str]:
    tools = approved_tools(context.session)
    if not tools:
        return Level.INFO, "aucun outil autorisé en dehors d'« aperçu »"
    facts = context.facts
    exposed = [
        tool
        for tool in tools
        if facts.action(tool.confidentiality) == "allow"
        and tool.confidentiality in (Confidentiality.PUBLIC, Confidentiality.CONTRACTED)
    ]
    parts = [
        f"{tool.name} : {CONFIDENTIALITY_LABELS[tool.confidentiality]} "
        f"({ACTION_LABELS[facts.action(tool.confidentiality)]})"
        for tool in tools
    ]
    if exposed:
        names = ", ".join(tool.name for tool in exposed)
        return Level.MISSING, f"données identifiantes transmises en clair hors HDS : {names} — " + "; ".join(
            parts
        )
    return Level.OK, "; ".join(parts)


@evidence("policy_matrix", "Règle appliquée aux données identifiantes")
def _policy_matrix(context: EvidenceContext) -> tuple[Level, str]:
    facts = context.facts
    parts = [
        f"{CONFIDENTIALITY_LABELS[kind]} : {ACTION_LABELS[facts.action(kind)]}" for kind in Confidentiality
    ]
    unsafe = [
        kind for kind in (Confidentiality.PUBLIC, Confidentiality.CONTRACTED) if facts.action(kind) == "allow"
    ]
    if unsafe:
        return Level.MISSING, "la politique laisse passer des données identifiantes hors HDS — " + "; ".join(
            parts
        )
    return Level.OK, "; ".join(parts)


def _count(session: Session, kind: str, since: datetime, *, contains: str | None = None) -> int:
    query = (
        select(func.count())
        .select_from(AuditRecord)
        .where(AuditRecord.kind == kind, AuditRecord.recorded_at >= since)
    )
    if contains is not None:
        # ``canonical`` is the event's canonical JSON (sorted keys, no spaces): one exact spelling.
        query = query.where(AuditRecord.canonical.contains(contains, autoescape=True))
    return int(session.scalar(query) or 0)


@evidence("refusals", "Demandes bloquées, pseudonymisées ou refusées")
def _refusals(context: EvidenceContext) -> tuple[Level, str]:
    session, since = context.session, context.since
    blocked = _count(session, "gateway.decision", since, contains='"action":"block"')
    pseudonymised = _count(session, "gateway.decision", since, contains='"action":"pseudonymise"')
    refused = _count(session, "gateway.refused", since)
    return Level.INFO, (
        f"sur {context.facts.window_days} jours : {blocked} demandes bloquées pour données identifiantes, "
        f"{pseudonymised} pseudonymisées, {refused} refusées avant l'outil (clé, formation, charte, outil "
        "suspendu…)"
    )


@evidence("gateway_activity", "Utilisation journalisée")
def _gateway_activity(context: EvidenceContext) -> tuple[Level, str]:
    session = context.session
    requests = _count(session, "gateway.request", context.since)
    last = session.scalar(
        select(func.max(AuditRecord.recorded_at)).where(AuditRecord.kind == "gateway.request")
    )
    if last is None:
        return Level.WARNING, "aucune demande à un outil journalisée à ce jour"
    return Level.OK, (
        f"{requests} demandes journalisées sur {context.facts.window_days} jours ; "
        f"dernière le {last:%d/%m/%Y à %H:%M} UTC"
    )


@evidence("audit_chain", "Intégrité du journal d'audit")
def _audit_chain(context: EvidenceContext) -> tuple[Level, str]:
    report = context.chain
    if report is None:
        return Level.INFO, "non vérifiée dans cette vue (le rapport de conformité la vérifie)"
    return (Level.OK if report.ok else Level.MISSING), report.message


@evidence("audit_retention", "Durée de conservation des journaux")
def _audit_retention(context: EvidenceContext) -> tuple[Level, str]:
    days = context.facts.retention_days
    oldest = context.session.scalar(select(func.min(AuditRecord.recorded_at)))
    since = f" ; plus ancien enregistrement : {oldest:%d/%m/%Y}" if oldest is not None else ""
    text = f"journal d'audit conservé {days} jours (au moins 183 exigés){since}"
    if days > CNIL_MAX_RETENTION_DAYS:
        return Level.WARNING, text + " ; au-delà d'un an, la CNIL demande une justification"
    return Level.OK, text


@evidence("shadow_scans", "Recherche d'IA fantôme")
def _shadow_scans(context: EvidenceContext) -> tuple[Level, str]:
    session = context.session
    scans = int(session.scalar(select(func.count()).select_from(ShadowScan)) or 0)
    last = session.scalars(select(ShadowScan).order_by(ShadowScan.finished_at.desc()).limit(1)).first()
    if last is None:
        return Level.MISSING, "aucune analyse des journaux du proxy enregistrée (egide shadow scan)"
    unapproved = int(
        session.scalar(
            select(func.count(func.distinct(ShadowUsage.host))).where(
                ShadowUsage.scan_id == last.id, ShadowUsage.kind == "unapproved"
            )
        )
        or 0
    )
    text = (
        f"{scans} analyse{'s' if scans > 1 else ''} enregistrée{'s' if scans > 1 else ''} ; "
        f"dernière le {last.finished_at:%d/%m/%Y} : {unapproved} destination"
        f"{'s' if unapproved > 1 else ''} d'IA non autorisée{'s' if unapproved > 1 else ''}"
    )
    if context.now - last.finished_at > SCAN_FRESHNESS:
        return Level.WARNING, text + " (analyse de plus de 90 jours)"
    return Level.OK, text


@evidence("patient_notice", "Notice d'information des patients")
def _patient_notice(context: EvidenceContext) -> tuple[Level, str]:
    tools = approved_tools(context.session)
    config = context.facts.config
    text = (
        f"notice publique générée depuis le registre : {len(tools)} outil{'s' if len(tools) > 1 else ''} "
        "décrit" + ("s" if len(tools) > 1 else "")
    )
    if not config.dpo_contact.strip():
        return Level.WARNING, text + " ; contact du DPO non renseigné (compliance.dpo_contact)"
    return Level.OK, text


@evidence("visible_mentions", "Mention visible « contenu produit par IA »")
def _visible_mentions(context: EvidenceContext) -> tuple[Level, str]:
    tools = approved_tools(context.session)
    if not tools:
        return Level.INFO, "aucun outil autorisé en dehors d'« aperçu »"
    without = [tool.name for tool in tools if not (tool.visible_mention or "").strip()]
    if without:
        return (
            Level.WARNING,
            f"{len(tools) - len(without)} / {len(tools)} outils ont une mention ; sans : "
            + (", ".join(without)),
        )
    return Level.OK, f"les {len(tools)} outils autorisés ajoutent une mention visible à leurs réponses"


@evidence("roles_designated", "Responsables désignés")
def _roles_designated(context: EvidenceContext) -> tuple[Level, str]:
    counts = dict(
        context.session.execute(
            select(User.role, func.count()).where(User.active.is_(True)).group_by(User.role)
        ).all()
    )
    wanted = {Role.DPO: "DPO", Role.RSSI: "RSSI", Role.REFERENT: "référent"}
    parts = [f"{label} : {counts.get(role.value, 0)}" for role, label in wanted.items()]
    missing = [label for role, label in wanted.items() if not counts.get(role.value)]
    if missing:
        return Level.WARNING, "comptes actifs — " + ", ".join(parts) + f" ; à désigner : {', '.join(missing)}"
    return Level.OK, "comptes actifs — " + ", ".join(parts)


@evidence("processing_register", "Fiche du registre des traitements")
def _processing_register(context: EvidenceContext) -> tuple[Level, str]:
    config = context.facts.config
    text = "fiche « passerelle d'IA générative » générée depuis la configuration et le registre des outils"
    if config.establishment == DEFAULT_ESTABLISHMENT:
        return Level.WARNING, text + " ; nom de l'établissement non renseigné (compliance.establishment)"
    return Level.OK, text


@evidence("access_control", "Comptes, clés et secrets")
def _access_control(context: EvidenceContext) -> tuple[Level, str]:
    session = context.session
    active = int(session.scalar(select(func.count()).select_from(User).where(User.active.is_(True))) or 0)
    inactive = int(session.scalar(select(func.count()).select_from(User).where(User.active.is_(False))) or 0)
    keys = int(
        session.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))) or 0
    )
    return Level.INFO, (
        f"{active} comptes actifs, {inactive} désactivés, {keys} clés d'API valides (gardées sous forme "
        "d'empreinte) ; clés des fournisseurs chiffrées au repos"
    )
