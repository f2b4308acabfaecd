"""The patient information notice, generated from the registry: which tools, for what, which safeguards.

Plain French for patients. It names the establishment, its tools and the DPO's functional contact
(all from the configuration and the registry), never a person: the notice is public.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from egide.compliance.facts import AssessedTool, Facts, assessed_tools
from egide.confidentiality import CONFIDENTIALITY_LABELS, Confidentiality
from egide.governance.classify import Answer, Transfers
from egide.store.types import utcnow

#: What a tool is for when its assessment records no purpose (a tool approved before assessments).
DEFAULT_PURPOSE = (
    "aider les professionnels à rédiger, résumer ou rechercher une information ; "
    "le professionnel reste responsable de ce qu'il en fait"
)

_ACTION_SAFEGUARD: dict[str, str] = {
    "block": "aucune donnée permettant de vous identifier ne lui est envoyée : une demande qui en contient est bloquée",
    "pseudonymise": "les éléments qui permettent de vous identifier (nom, dates, numéros, adresses…) sont "
    "repérés et remplacés par des pseudonymes avant l'envoi ; la réponse est complétée à l'intérieur de "
    "l'établissement",
    "allow": "les informations peuvent lui être transmises sans pseudonymes",
}
_CLASS_SAFEGUARD: dict[Confidentiality, str] = {
    Confidentiality.PUBLIC: "service grand public, sans engagement de son fournisseur envers l'établissement",
    Confidentiality.CONTRACTED: "le fournisseur est lié à l'établissement par un contrat de sous-traitance "
    "(RGPD, article 28)",
    Confidentiality.HDS: "les données sont hébergées chez un hébergeur certifié pour les données de santé (HDS)",
    Confidentiality.ON_PREMISE: "l'outil fonctionne sur les serveurs de l'établissement : les données ne le "
    "quittent pas",
}


@dataclass(frozen=True)
class NoticeTool:
    name: str
    purpose: str
    hosting: str
    safeguards: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    establishment: str
    updated_on: date
    tools: tuple[NoticeTool, ...]
    safeguards: tuple[str, ...]
    rights: tuple[str, ...]
    dpo_contact: str
    notice_url: str


def _tool(assessed: AssessedTool, facts: Facts) -> NoticeTool:
    tool, form = assessed.tool, assessed.form
    safeguards = [
        _ACTION_SAFEGUARD[facts.action(tool.confidentiality)],
        _CLASS_SAFEGUARD[tool.confidentiality],
    ]
    if form is not None and tool.confidentiality is not Confidentiality.ON_PREMISE:
        if form.inputs_reused_for_training is Answer.NO:
            safeguards.append("le fournisseur ne réutilise pas les données reçues pour entraîner ses modèles")
        if form.storage_in_eea is Answer.YES and form.transfers_outside_eea is Transfers.NONE:
            safeguards.append("les données restent dans l'Espace économique européen")
    mention = (tool.visible_mention or "").strip()
    if mention:
        safeguards.append(f"ses réponses portent la mention « {mention} »")
    purpose = (form.purpose or "").strip() if form is not None else ""
    return NoticeTool(
        name=tool.name,
        purpose=purpose.rstrip(".") or DEFAULT_PURPOSE,
        hosting=CONFIDENTIALITY_LABELS[tool.confidentiality],
        safeguards=tuple(safeguards),
    )


def _mapping_kept(facts: Facts) -> str:
    if facts.mapping_ttl_s <= 0:
        return "la correspondance entre les pseudonymes et les vraies données n'est gardée que le temps de la demande"
    minutes = max(1, facts.mapping_ttl_s // 60)
    return (
        "la correspondance entre les pseudonymes et les vraies données est chiffrée et effacée au plus tard "
        f"{minutes} minute{'s' if minutes > 1 else ''} après le dernier échange"
    )


def patient_notice(session: Session, facts: Facts) -> Notice:
    config = facts.config
    contact = config.dpo_contact.strip()
    where = f" : {contact}" if contact else " (ses coordonnées sont disponibles auprès de l'accueil)"
    return Notice(
        establishment=config.establishment,
        updated_on=utcnow().date(),
        tools=tuple(_tool(tool, facts) for tool in assessed_tools(session)),
        safeguards=(
            "seuls les outils autorisés par l'établissement peuvent être utilisés par ce moyen ; un outil "
            "peut être arrêté à tout moment",
            "les professionnels qui les utilisent sont formés et ont accepté la charte d'usage de "
            "l'établissement ; sans cela, l'accès leur est refusé",
            "la charte demande qu'un professionnel relise toute réponse avant qu'elle serve à votre prise en "
            "charge : l'IA ne décide pas à la place de l'équipe qui vous soigne",
            _mapping_kept(facts),
            "chaque utilisation est inscrite dans un journal protégé contre la modification ; ce journal ne "
            f"contient aucun texte des demandes ni des réponses et il est conservé {facts.retention_days} jours",
        ),
        rights=(
            "vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, vous opposer "
            "à leur traitement ou en demander la limitation, auprès du délégué à la protection des données "
            f"de l'établissement{where}",
            "vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr)",
        ),
        dpo_contact=contact,
        notice_url=config.notice_url.strip(),
    )
