"""The registry of tools: the list with its alerts, and a tool's page — its review (assessment,
computed class and reasons, the DSIH's override, the opinions of the DPO, the RSSI and a medical
referent, the decision), its history and its kill switch.

The rules are ``egide.governance``'s (``save_assessment``, ``override_class``, ``give_opinion``,
``decide``, ``suspend_tool``, ``review``, ``alerts``): they check the roles and transitions again
and write the audit events; this module only reads forms and shows results. A refused form is shown
again with what the person typed and the reason, nothing lost. The gateway reads the registry on
every request, so a decision or a suspension applies to the next request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from egide.console.access import ConsoleUser, require, services
from egide.console.templating import NavItem, render
from egide.errors import EgideError
from egide.governance import (
    OPINION_ROLES,
    Role,
    ToolStatus,
    alerts,
    decide,
    find_tool,
    give_opinion,
    list_tools,
    override_class,
    parse_assessment,
    review,
    save_assessment,
    suspend_tool,
    tool_history,
)
from egide.governance.assessment import LABELS
from egide.governance.classify import AiActRisk, AiActRole, Answer, Hosting, MedicalDevice, Transfers
from egide.governance.workflow import possible_decisions

router = APIRouter()

#: Who sees the registry of tools.
READERS = (Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT)
#: Who may pull the kill switch: as at the command line (``egide tools suspend``).
SUSPENDERS = (Role.ADMIN, Role.RSSI)
#: Who assesses, overrides and decides: the DSIH.
DECIDERS = (Role.ADMIN,)

NAV = NavItem(
    "Outils",
    "/tools",
    frozenset(READERS),
    "Évaluer les outils d'IA, donner son avis, décider ; voir leur classe de confidentialité, les échéances "
    "et suspendre un outil.",
)

STATUS_LABELS = {
    ToolStatus.PROPOSED: "proposé",
    ToolStatus.APPROVED: "approuvé",
    ToolStatus.SUSPENDED: "suspendu",
    ToolStatus.RETIRED: "retiré",
}
CLASS_LABELS = {
    "public": "grand public",
    "contracted": "sous contrat",
    "hds": "hébergeur de données de santé",
    "on_premise": "dans l'établissement",
}
#: The choices of the assessment form, as a person reads them.
CHOICES: dict[str, list[tuple[str, str]]] = {
    "hosting": [(Hosting.ESTABLISHMENT, "dans l'établissement (ou son GHT)"),
                (Hosting.PROVIDER, "chez l'éditeur ou un hébergeur")],
    "storage_in_eea": [(Answer.YES, "oui"), (Answer.NO, "non"), (Answer.UNKNOWN, "inconnu")],
    "inputs_reused_for_training": [(Answer.YES, "oui"), (Answer.NO, "non"), (Answer.UNKNOWN, "inconnu")],
    "gdpr_contract": [(Answer.YES, "oui"), (Answer.NO, "non"), (Answer.UNKNOWN, "inconnu")],
    "transfers_outside_eea": [(Transfers.NONE, "aucun"),
                              (Transfers.SAFEGUARDED, "oui, avec garanties (adéquation, clauses types)"),
                              (Transfers.UNSAFEGUARDED, "oui, sans garanties"), (Transfers.UNKNOWN, "inconnu")],
    "ai_act_role": [(AiActRole.DEPLOYER, "déployeur"), (AiActRole.PROVIDER, "fournisseur")],
    "ai_act_risk": [(AiActRisk.MINIMAL, "risque minimal"), (AiActRisk.LIMITED, "risque limité (transparence, art. 50)"),
                    (AiActRisk.HIGH, "haut risque"), (AiActRisk.PROHIBITED, "pratique interdite (art. 5)")],
    "medical_device": [(MedicalDevice.NO, "pas de finalité médicale"),
                       (MedicalDevice.CE_MARKED, "dispositif médical marqué CE"),
                       (MedicalDevice.NOT_MARKED, "finalité médicale sans marquage CE")],
}  # fmt: skip
HDS_ACTIVITIES = {
    1: "sites physiques",
    2: "infrastructure matérielle",
    3: "infrastructure virtuelle",
    4: "plateforme d'hébergement d'applications",
    5: "administration et exploitation",
    6: "sauvegarde externalisée",
}
VERDICT_LABELS = {"favourable": "favorable", "reserved": "réservé", "unfavourable": "défavorable"}
OPINION_ROLE_LABELS = {Role.DPO: "DPO", Role.RSSI: "RSSI", Role.REFERENT: "Référent médical"}
OUTCOME_LABELS = {"approved": "approuver", "suspended": "suspendre", "retired": "retirer"}
#: The history, said in French (the event's own fields complete it in the template).
EVENT_LABELS = {
    "tool.added": "Outil ajouté au registre",
    "tool.assessed": "Évaluation enregistrée",
    "tool.class_overridden": "Classe imposée par la DSIH",
    "tool.opinion_given": "Avis donné",
    "tool.review_reopened": "Nouvelle revue demandée",
    "tool.class_applied": "Classe abaissée (échéance passée)",
    "tool.approved": "Outil approuvé",
    "tool.suspended": "Outil suspendu",
    "tool.retired": "Outil retiré",
}
REOPEN_REASONS = {"model_version_changed": "nouvelle version du modèle", "class_raised": "classe relevée"}


def _labels() -> dict[str, Any]:
    return {
        "status_labels": STATUS_LABELS,
        "class_labels": CLASS_LABELS,
        "choices": CHOICES,
        "field_labels": LABELS,
        "hds_activity_labels": HDS_ACTIVITIES,
        "verdict_labels": VERDICT_LABELS,
        "opinion_role_labels": OPINION_ROLE_LABELS,
        "outcome_labels": OUTCOME_LABELS,
        "event_labels": EVENT_LABELS,
        "reopen_reasons": REOPEN_REASONS,
    }


@router.get("/tools")
def tools_list(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    with console.database.session() as session:
        tools = list_tools(session)
        found = alerts(session, within_days=console.alert_days)
    return render(request, "tools/list.html", {"tools": tools, "alerts": found, **_labels()})


def _form_values(form: Any) -> dict[str, str]:
    """The assessment as the form shows it (strings; activities as a set of numbers)."""
    if form is None:
        return {}
    values: dict[str, Any] = {}
    for name in LABELS:
        value = getattr(form, name)
        if name == "hds_activities":
            values[name] = {str(n) for n in value}
        else:
            values[name] = "" if value is None else str(getattr(value, "value", value))
    return values


def _page(
    request: Request,
    user: ConsoleUser,
    tool_id: int,
    *,
    error: str | None = None,
    where: str | None = None,
    typed: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    console = services(request)
    with console.database.session() as session:
        state = review(session, tool_id)
        history = tool_history(session, tool_id)
        found = [a for a in alerts(session, within_days=console.alert_days) if a.tool_id == tool_id]
    tool = state.tool
    live = tool.status is not ToolStatus.RETIRED
    context = {
        "tool": tool,
        "state": state,
        "history": history,
        "alerts": found,
        "values": typed if typed is not None and where == "assessment" else _form_values(state.form),
        "typed": typed or {},
        "error": error,
        "where": where,
        "done": request.query_params.get("fait"),
        "may_assess": user.role in DECIDERS and live and not state.builtin,
        "may_decide": user.role in DECIDERS and live,
        "may_advise": user.role in OPINION_ROLES and live and state.form is not None and not state.missing,
        "may_suspend": user.role in SUSPENDERS and tool.status is ToolStatus.APPROVED,
        "opinion_roles": OPINION_ROLES,
        "outcomes": possible_decisions(tool.status),
        **_labels(),
    }
    return render(request, "tools/show.html", context, status_code=status_code)


@router.get("/tools/{tool_id}")
def tool_page(request: Request, tool_id: int, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    with services(request).database.session() as session:
        find_tool(session, str(tool_id))  # an unknown tool is the console's 404 page
    return _page(request, user, tool_id)


#: Where each form leads back to on the page, and the « done » word of its notice.
_ANCHORS = {"assessment": ("evaluation", "classe"), "override": ("classe", "classe"),
            "opinion": ("avis", "avis"), "decision": ("decision", "decision")}  # fmt: skip


async def _post(
    request: Request,
    user: ConsoleUser,
    tool_id: int,
    where: str,
    typed: dict[str, Any],
    action: Callable[[Session], object],
) -> Response:
    """Run ``action`` in a write transaction (in a worker thread); a refusal shows the page again
    with what was typed and why, nothing lost."""

    def work() -> Response:
        try:
            with services(request).database.session(write=True) as session:
                action(session)
        except EgideError as exc:
            status = exc.status_code if 400 <= exc.status_code < 500 else 400
            return _page(
                request, user, tool_id, error=exc.message, where=where, typed=typed, status_code=status
            )
        done, anchor = _ANCHORS[where]
        base = request.scope.get("root_path", "")
        return RedirectResponse(f"{base}/tools/{tool_id}?fait={done}#{anchor}", status_code=303)

    return await run_in_threadpool(work)


def _fields(data: FormData, *names: str) -> dict[str, Any]:
    return {name: str(data.get(name, "")) for name in names}


@router.post("/tools/{tool_id}/assessment")
async def tool_assess(
    request: Request, tool_id: int, user: ConsoleUser = Depends(require(*DECIDERS))
) -> Response:
    data = await request.form()
    typed = _fields(data, *(name for name in LABELS if name != "hds_activities"))
    typed["hds_activities"] = {str(v) for v in data.getlist("hds_activities")}

    def save(session: Session) -> object:
        form = parse_assessment({**typed, "hds_activities": sorted(typed["hds_activities"])})
        return save_assessment(session, tool_id, form, actor_user_id=user.user_id)

    return await _post(request, user, tool_id, "assessment", typed, save)


@router.post("/tools/{tool_id}/override")
async def tool_override(
    request: Request, tool_id: int, user: ConsoleUser = Depends(require(*DECIDERS))
) -> Response:
    typed = _fields(await request.form(), "override_class", "justification")
    klass = typed["override_class"] or None
    return await _post(
        request, user, tool_id, "override", typed,
        lambda session: override_class(session, tool_id, klass, typed["justification"], actor_user_id=user.user_id),
    )  # fmt: skip


@router.post("/tools/{tool_id}/opinion")
async def tool_opinion(
    request: Request, tool_id: int, user: ConsoleUser = Depends(require(*OPINION_ROLES))
) -> Response:
    typed = _fields(await request.form(), "verdict", "comment")
    return await _post(
        request, user, tool_id, "opinion", typed,
        lambda session: give_opinion(session, tool_id, typed["verdict"], typed["comment"], actor_user_id=user.user_id),
    )  # fmt: skip


@router.post("/tools/{tool_id}/decision")
async def tool_decision(
    request: Request, tool_id: int, user: ConsoleUser = Depends(require(*DECIDERS))
) -> Response:
    typed = _fields(await request.form(), "outcome", "rationale")
    return await _post(
        request, user, tool_id, "decision", typed,
        lambda session: decide(session, tool_id, typed["outcome"], typed["rationale"], actor_user_id=user.user_id),
    )  # fmt: skip


@router.post("/tools/{tool_id}/suspend")
def tool_suspend(
    request: Request, tool_id: int, user: ConsoleUser = Depends(require(*SUSPENDERS))
) -> Response:
    with services(request).database.session(write=True) as session:
        suspend_tool(session, tool_id, actor_user_id=user.user_id)
    base = request.scope.get("root_path", "")
    return RedirectResponse(f"{base}/tools/{tool_id}?fait=suspendu", status_code=303)
