"""The processing-register entry (GDPR art. 30) of the gateway, from the configuration and the registry.

The headings follow art. 30(1): controller and DPO, purposes, persons and data concerned,
recipients, transfers, retention, security measures; plus the legal basis and the impact
assessment, which the CNIL's model register also asks. What égide cannot know is said « à
documenter » rather than guessed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from egide.compliance.facts import ACTION_LABELS, AssessedTool, Facts, assessed_tools
from egide.compliance.statuses import NOT_ASSESSED, current_statuses
from egide.confidentiality import CONFIDENTIALITY_LABELS, Confidentiality
from egide.governance.classify import Transfers
from egide.store.types import utcnow

PROCESSING_NAME = "Passerelle d'IA générative égide"
#: The requirement whose status says whether the impact assessment was done.
DPIA_REQUIREMENT = "RGPD-35"


@dataclass(frozen=True)
class RegisterSection:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class RegisterEntry:
    name: str
    establishment: str
    updated_on: date
    sections: tuple[RegisterSection, ...]


def _retention(facts: Facts) -> tuple[str, ...]:
    mapping = (
        "le temps de la demande (en mémoire)"
        if facts.mapping_ttl_s <= 0
        else f"{facts.mapping_ttl_s} secondes après le dernier échange d'une conversation (chiffrée)"
    )
    return (
        "Texte des demandes et des réponses : non conservé par égide",
        f"Correspondance entre pseudonymes et données réelles : {mapping}",
        f"Journal d'audit : {facts.retention_days} jours (egide audit purge), sans texte",
        "Comptes, formations et acceptations de la charte : tant que la personne est habilitée ; "
        "les comptes sont ensuite désactivés pour la traçabilité",
        "Analyses d'IA fantôme : jusqu'à leur suppression par le DPO (egide shadow delete)",
    )


_TRANSFERS: dict[Transfers, str] = {
    Transfers.NONE: "aucun transfert hors de l'EEE",
    Transfers.SAFEGUARDED: "transferts encadrés (décision d'adéquation ou clauses types, RGPD chapitre V)",
    Transfers.UNSAFEGUARDED: "transferts hors de l'EEE sans garanties",
    Transfers.UNKNOWN: "transferts inconnus",
}


def _transfer(assessed: AssessedTool, facts: Facts) -> str:
    tool, form = assessed.tool, assessed.form
    if tool.confidentiality is Confidentiality.ON_PREMISE:
        return f"{tool.name} : aucun (hébergé dans l'établissement)"
    if form is None or form.transfers_outside_eea is None:
        return f"{tool.name} : à documenter dans son évaluation"
    country = (
        f"hébergement {form.hosting_country}" if form.hosting_country else "pays d'hébergement non renseigné"
    )
    blocked = (
        " ; aucune donnée identifiante transmise" if facts.action(tool.confidentiality) == "block" else ""
    )
    return f"{tool.name} : {country}, {_TRANSFERS[form.transfers_outside_eea]}{blocked}"


def _recipients(session: Session, facts: Facts) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tools = assessed_tools(session)
    recipients = [
        f"{t.tool.name} — {CONFIDENTIALITY_LABELS[t.tool.confidentiality]} ; données identifiantes : "
        f"{ACTION_LABELS[facts.action(t.tool.confidentiality)]}"
        for t in tools
    ]
    recipients.append("Personnel habilité de l'établissement : DPO, RSSI, administrateurs d'égide")
    transfers = tuple(_transfer(t, facts) for t in tools)
    return tuple(recipients), transfers or ("Aucun outil autorisé : aucun transfert",)


def processing_register(session: Session, facts: Facts) -> RegisterEntry:
    config = facts.config
    recipients, transfers = _recipients(session, facts)
    dpia = current_statuses(session).get(DPIA_REQUIREMENT)
    dpia_line = (
        f"Statut fixé par le DPO : {dpia.status.label} ({dpia.set_at:%d/%m/%Y}) — {dpia.comment}"
        if dpia is not None
        else f"Exigence {DPIA_REQUIREMENT} {NOT_ASSESSED} : à documenter par le DPO"
    )
    policy = "; ".join(
        f"{CONFIDENTIALITY_LABELS[kind]} : {ACTION_LABELS[facts.action(kind)]}" for kind in Confidentiality
    )
    sections = (
        RegisterSection("Nom du traitement", (PROCESSING_NAME,)),
        RegisterSection("Responsable du traitement", (config.establishment,)),
        RegisterSection(
            "Délégué à la protection des données",
            (config.dpo_contact.strip() or "à renseigner (compliance.dpo_contact)",),
        ),
        RegisterSection(
            "Finalités",
            (
                "Permettre aux professionnels d'utiliser les outils d'IA générative autorisés sans envoyer de "
                "données identifiantes de patients à un outil qui n'offre pas les garanties nécessaires",
                "Tracer les utilisations (sécurité ; AI Act art. 12 et 26)",
                "Gérer les habilitations, les formations et l'acceptation de la charte d'usage",
                "Repérer les usages d'outils d'IA non autorisés dans les journaux du proxy web",
            ),
        ),
        RegisterSection("Base légale", (config.legal_basis,)),
        RegisterSection(
            "Personnes concernées",
            (
                "Patients dont des informations figurent dans les demandes des professionnels",
                "Professionnels et personnels utilisateurs des outils",
                "Personnels dont la navigation web passe par le proxy (repérage de l'IA fantôme)",
            ),
        ),
        RegisterSection(
            "Catégories de données",
            (
                "Contenu des demandes et des réponses, pouvant contenir des données de santé (art. 9) : traité "
                "en mémoire, les données identifiantes retirées ou remplacées selon la classe de l'outil",
                "Utilisateurs : nom, adresse électronique, rôle, formations, acceptation de la charte",
                "Journal d'audit : événements horodatés, catégories et nombres de données repérées, sans texte",
                "IA fantôme : destinations, volumes, pseudonymes des utilisateurs (identités scellées)",
            ),
        ),
        RegisterSection("Destinataires", recipients),
        RegisterSection("Transferts hors de l'Union européenne", transfers),
        RegisterSection("Durées de conservation", _retention(facts)),
        RegisterSection(
            "Mesures de sécurité",
            (
                f"Règle par classe d'outil pour les données identifiantes — {policy}",
                "En cas d'erreur ou de délai de la détection, la demande est bloquée, jamais transmise",
                "Clés d'API gardées sous forme d'empreinte ; clés des fournisseurs chiffrées au repos",
                "Journal d'audit chaîné par empreintes à clé secrète, vérifiable (egide audit verify)",
                "Accès selon le rôle ; formation et charte exigées ; arrêt immédiat d'un outil",
            ),
        ),
        RegisterSection("Analyse d'impact (AIPD)", (dpia_line,)),
    )
    return RegisterEntry(PROCESSING_NAME, config.establishment, utcnow().date(), sections)


def register_csv(entry: RegisterEntry) -> str:
    """Two columns, « rubrique ; contenu », one row per heading (its lines in one cell, one per line).

    Semicolons and a byte-order mark: what LibreOffice and Excel open in French as a table, ready to be
    pasted into the CNIL's model register (a spreadsheet).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["rubrique", "contenu"])
    writer.writerow(["Mise à jour", entry.updated_on.isoformat()])
    for section in entry.sections:
        writer.writerow([section.heading, "\n".join(section.lines)])
    return "\ufeff" + out.getvalue()
