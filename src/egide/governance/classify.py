"""The confidentiality class of a tool, computed from its assessment: the rules a DPO applies.

A class says what the establishment may send to the tool (the policy matrix decides by it); the
computed class is the highest one whose conditions all hold, and every condition that fails is
given as a reason, tagged with the class it rules out. An answer not given counts as the worst
answer (« non renseigné » or « inconnu » rules out what it would have allowed): the class is never higher than
what the establishment can show.

- ``on_premise`` — the model runs inside the establishment: hosted by the establishment, no
  transfer outside the EEA, inputs never reused for training (a product that « phones home » is
  not on premise). No HDS certificate or art. 28 contract is needed: nobody hosts for it.
- ``hds`` — health data may go to a third party only if it is an HDS-certified host (CSP
  L1111-8): a valid certificate (not expired today) covering activities 2 to 5 (the « hébergeur
  infogéreur » scope of the 2024 référentiel: virtual infrastructure, application platform,
  administration and operation; activity 1, the physical site, may be a certified data centre it
  contracts with), hosting country and storage in the EEA, no transfer outside the EEA at all (even
  with clauses: foreign laws such as the US CLOUD Act reach the data), plus everything ``contracted``
  asks.
- ``contracted`` — personal data that is not health data: a GDPR art. 28 contract in force, inputs
  never reused for training, storage in the EEA, transfers outside the EEA either none or under an
  adequacy decision or standard clauses (GDPR ch. V), and a declared retention of inputs of at most
  :data:`MAX_RETENTION_DAYS` days (the usual abuse-monitoring window; longer keeps conversations
  for no purpose of ours, GDPR art. 5-1-e).
- ``public`` — anything else: only what could be published.

Some answers forbid approval whatever the class (:func:`blocking_findings`): a prohibited AI
practice (AI Act art. 5), a tool used for a medical purpose without CE marking as a medical device
(regulation 2017/745). Others are notes for the decision (a high-risk system's deployer duties).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from egide.confidentiality import Confidentiality


class Answer(StrEnum):
    """A yes/no question the vendor may leave unanswered (``unknown`` counts as the worst answer)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Hosting(StrEnum):
    ESTABLISHMENT = "establishment"  # the establishment's own servers (or its GHT's)
    PROVIDER = "provider"  # the vendor or a cloud


class Transfers(StrEnum):
    NONE = "none"
    SAFEGUARDED = "safeguarded"  # adequacy decision or standard contractual clauses (GDPR ch. V)
    UNSAFEGUARDED = "unsafeguarded"
    UNKNOWN = "unknown"


class AiActRole(StrEnum):
    DEPLOYER = "deployer"
    PROVIDER = "provider"


class AiActRisk(StrEnum):
    MINIMAL = "minimal"
    LIMITED = "limited"  # transparency duties (art. 50)
    HIGH = "high"  # annex I (medical devices) or annex III
    PROHIBITED = "prohibited"  # art. 5


class MedicalDevice(StrEnum):
    NO = "no"  # no medical purpose claimed or intended
    CE_MARKED = "ce_marked"
    NOT_MARKED = "not_marked"  # a medical purpose without the marking


#: The EEA: the 27 member states of the EU, Iceland, Liechtenstein and Norway (ISO 3166 alpha-2).
EEA_COUNTRIES: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
        "IS",
        "LI",
        "NO",
    ]
)
#: HDS activities a model API host must be certified for (2024 référentiel, « hébergeur infogéreur »).
HDS_REQUIRED_ACTIVITIES: frozenset[int] = frozenset({2, 3, 4, 5})
#: Longest retention of inputs by the vendor that still allows ``contracted`` or ``hds``.
MAX_RETENTION_DAYS = 30


@dataclass(frozen=True)
class Answers:
    """What the assessment says that the rules read (None: not answered)."""

    hosting: Hosting | None = None
    hosting_country: str | None = None
    hds_certificate_number: str | None = None
    hds_activities: frozenset[int] = frozenset()
    hds_expires_on: date | None = None
    storage_in_eea: Answer | None = None
    inputs_reused_for_training: Answer | None = None
    retention_days: int | None = None
    gdpr_contract: Answer | None = None
    gdpr_contract_expires_on: date | None = None
    transfers_outside_eea: Transfers | None = None
    ai_act_role: AiActRole | None = None
    ai_act_risk: AiActRisk | None = None
    medical_device: MedicalDevice | None = None


@dataclass(frozen=True)
class Reason:
    """Why the class is not higher: ``code`` for programs, ``text`` in French, the class it rules out."""

    code: str
    text: str
    rules_out: Confidentiality


@dataclass(frozen=True)
class Classification:
    klass: Confidentiality
    #: Every failing condition of the classes above ``klass``, the next class up first; each
    #: tagged with the lowest class it rules out (it rules out the classes above too).
    reasons: tuple[Reason, ...]


_ORDER = tuple(Confidentiality)  # public < contracted < hds < on_premise


def _on_premise(a: Answers) -> list[tuple[str, str]]:
    out = []
    if a.hosting is not Hosting.ESTABLISHMENT:
        out.append(("hosted_outside", "hébergé hors de l'établissement"))
    out += _transfers_none(a)
    out += _no_training(a)
    return out


def _transfers_none(a: Answers) -> list[tuple[str, str]]:
    if a.transfers_outside_eea is Transfers.NONE:
        return []
    if a.transfers_outside_eea in (Transfers.SAFEGUARDED, Transfers.UNSAFEGUARDED):
        return [("transfers_outside_eea", "transferts de données hors EEE")]
    return [("transfers_unknown", "transferts hors EEE non exclus")]


def _no_training(a: Answers) -> list[tuple[str, str]]:
    if a.inputs_reused_for_training is Answer.NO:
        return []
    if a.inputs_reused_for_training is Answer.YES:
        return [("training_reuse", "réutilisation des entrées pour l'entraînement")]
    return [("training_unknown", "réutilisation des entrées pour l'entraînement non exclue")]


def _contract(a: Answers, today: date) -> list[tuple[str, str]]:
    if a.gdpr_contract is not Answer.YES:
        return [("no_contract", "pas de contrat RGPD art. 28")]
    if a.gdpr_contract_expires_on is not None and a.gdpr_contract_expires_on < today:
        return [("contract_expired", f"contrat RGPD art. 28 expiré le {a.gdpr_contract_expires_on:%d/%m/%Y}")]
    return []


def _storage(a: Answers) -> list[tuple[str, str]]:
    if a.storage_in_eea is Answer.YES:
        return []
    if a.storage_in_eea is Answer.NO:
        return [("storage_outside_eea", "stockage hors EEE")]
    return [("storage_unknown", "stockage dans l'EEE non confirmé")]


def _retention(a: Answers) -> list[tuple[str, str]]:
    if a.retention_days is None:
        return [("retention_unknown", "durée de conservation des entrées inconnue")]
    if a.retention_days > MAX_RETENTION_DAYS:
        return [("retention_too_long", f"conservation des entrées au-delà de {MAX_RETENTION_DAYS} jours")]
    return []


def _contracted(a: Answers, today: date) -> list[tuple[str, str]]:
    out = _contract(a, today) + _no_training(a) + _storage(a) + _retention(a)
    if a.transfers_outside_eea is Transfers.UNSAFEGUARDED:
        out.append(("transfers_unsafeguarded", "transferts hors EEE sans garanties (RGPD ch. V)"))
    elif a.transfers_outside_eea in (Transfers.UNKNOWN, None):
        out.append(("transfers_unknown", "transferts hors EEE non exclus"))
    return out


def _hds(a: Answers, today: date) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    country = (a.hosting_country or "").upper()
    if not country:
        out.append(("country_unknown", "pays d'hébergement non renseigné"))
    elif country not in EEA_COUNTRIES:
        out.append(("hosted_outside_eea", "hébergement hors UE/EEE"))
    if not a.hds_certificate_number:
        out.append(("no_hds", "pas de certificat HDS valide"))
    elif a.hds_expires_on is None or a.hds_expires_on < today:
        when = f" (expiré le {a.hds_expires_on:%d/%m/%Y})" if a.hds_expires_on else " (échéance inconnue)"
        out.append(("hds_expired", "pas de certificat HDS valide" + when))
    elif not a.hds_activities >= HDS_REQUIRED_ACTIVITIES:
        missing = ", ".join(str(n) for n in sorted(HDS_REQUIRED_ACTIVITIES - a.hds_activities))
        out.append(("hds_scope", f"certificat HDS sans les activités {missing}"))
    out += _contracted(a, today)
    if a.transfers_outside_eea is Transfers.SAFEGUARDED:
        out.append(("transfers_outside_eea", "transferts de données hors EEE"))
    return out


def classify(answers: Answers, today: date) -> Classification:
    """The highest class whose conditions hold on ``today``, and why no higher one does."""
    failing = {
        Confidentiality.ON_PREMISE: _on_premise(answers),
        Confidentiality.HDS: _hds(answers, today),
        Confidentiality.CONTRACTED: _contracted(answers, today),
        Confidentiality.PUBLIC: [],
    }
    klass = next(c for c in reversed(_ORDER) if not failing[c])
    reasons: list[Reason] = []
    seen: set[str] = set()
    for above in _ORDER[_ORDER.index(klass) + 1 :]:
        for code, text in failing[above]:
            if code not in seen:  # said once, at the first class up it rules out (and all above)
                seen.add(code)
                reasons.append(Reason(code, text, above))
    return Classification(klass, tuple(reasons))


@dataclass(frozen=True)
class Finding:
    code: str
    text: str


def blocking_findings(answers: Answers) -> tuple[Finding, ...]:
    """Answers that forbid approval whatever the class."""
    out = []
    if answers.ai_act_risk is AiActRisk.PROHIBITED:
        out.append(Finding("prohibited_practice", "pratique d'IA interdite (AI Act art. 5)"))
    if answers.medical_device is MedicalDevice.NOT_MARKED:
        out.append(
            Finding(
                "medical_device_not_marked",
                "finalité médicale sans marquage CE de dispositif médical (règlement 2017/745)",
            )
        )
    return tuple(out)


def notes(answers: Answers) -> tuple[Finding, ...]:
    """Duties the decision should weigh (shown, never blocking)."""
    out = []
    if answers.ai_act_risk is AiActRisk.HIGH:
        out.append(
            Finding(
                "high_risk_deployer",
                "système à haut risque : contrôle humain, journaux et information des personnes (AI Act art. 26)",
            )
        )
    if answers.ai_act_risk is AiActRisk.LIMITED:
        out.append(
            Finding("transparency", "obligation de transparence envers les utilisateurs (AI Act art. 50)")
        )
    if answers.ai_act_role is AiActRole.PROVIDER:
        out.append(
            Finding(
                "provider_duties", "l'établissement est fournisseur du système : obligations AI Act art. 16"
            )
        )
    if answers.medical_device is MedicalDevice.CE_MARKED:
        out.append(Finding("medical_device", "dispositif médical marqué CE : usage conforme à sa notice"))
    return tuple(out)
