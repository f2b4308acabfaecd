"""The registry of tools: the list, a tool's page, and its kill switch (suspension).

The rules are ``egide.governance``'s: the page calls ``suspend_tool`` (which checks the transition
and writes the audit event); the gateway reads the registry on every request, so the next request
naming the tool is refused.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from egide.console.access import ConsoleUser, require, services
from egide.console.templating import NavItem, render
from egide.governance import Role, ToolStatus, find_tool, list_tools, suspend_tool

router = APIRouter()

#: Who sees the registry of tools.
READERS = (Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT)
#: Who may pull the kill switch: as at the command line (``egide tools suspend``).
SUSPENDERS = (Role.ADMIN, Role.RSSI)

NAV = NavItem(
    "Outils",
    "/tools",
    frozenset(READERS),
    "Consulter le registre des outils d'IA, leur classe de confidentialité et leur statut ; suspendre un outil.",
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


def _labels() -> dict[str, object]:
    return {"status_labels": STATUS_LABELS, "class_labels": CLASS_LABELS}


@router.get("/tools")
def tools_list(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    with services(request).database.session() as session:
        tools = list_tools(session)
    return render(request, "tools/list.html", {"tools": tools, **_labels()})


@router.get("/tools/{tool_id}")
def tool_page(request: Request, tool_id: int, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    with services(request).database.session() as session:
        tool = find_tool(session, str(tool_id))
    may_suspend = user.role in SUSPENDERS and tool.status is ToolStatus.APPROVED
    done = request.query_params.get("fait")
    return render(
        request, "tools/show.html", {"tool": tool, "may_suspend": may_suspend, "done": done, **_labels()}
    )


@router.post("/tools/{tool_id}/suspend")
def tool_suspend(
    request: Request, tool_id: int, user: ConsoleUser = Depends(require(*SUSPENDERS))
) -> Response:
    with services(request).database.session(write=True) as session:
        suspend_tool(session, tool_id, actor_user_id=user.user_id)
    base = request.scope.get("root_path", "")
    return RedirectResponse(f"{base}/tools/{tool_id}?fait=suspendu", status_code=303)
