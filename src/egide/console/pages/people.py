"""People and training (« Apprendre »): the roster, a person's trainings and charter, modules, coverage, evidence.

The rules are ``egide.governance``'s (``roster``, ``training``, ``coverage``, ``evidence``,
``stewards``): who looks after whom (administrators and the DPO everyone, a referent their own
service), what trained means, what is imported. These pages read the form, call them, and show the
result; every change is the governance function's typed audit event.
"""

from __future__ import annotations

from datetime import date

from anyio import to_thread
from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from egide.console.access import ConsoleUser, require, services
from egide.console.templating import NavItem, render
from egide.errors import AccessDenied, EgideError, InputError, NotFound
from egide.governance import (
    MANAGERS,
    NO_SERVICE,
    RECORDERS,
    ImportReport,
    Role,
    add_module,
    charter_acceptances,
    charter_acceptances_csv,
    charter_versions,
    coverage_csv,
    current_charter,
    ensure_steward_of,
    import_people,
    list_modules,
    module_statuses,
    person_states,
    publish_charter,
    record_training,
    retire_module,
    stewardship,
    trained_until,
    training_coverage,
    training_records,
    training_records_csv,
    update_module,
    update_person,
)
from egide.governance import (
    services as service_names,
)
from egide.governance.roster import MAX_IMPORT_BYTES

router = APIRouter()

NAV = NavItem(
    "Personnes",
    "/people",
    frozenset(RECORDERS),
    "Importer le personnel, suivre les formations obligatoires et la charte, service par service ; exporter la preuve.",
)

#: Roles a manager may give in the console (an application account is created at the command line).
ASSIGNABLE = (Role.PROFESSIONAL, Role.REFERENT, Role.DPO, Role.RSSI, Role.ADMIN)
STATE_LABELS = {"valid": "valide", "expired": "expirée", "missing": "à suivre"}


def _base(request: Request) -> str:
    return str(request.scope.get("root_path", ""))


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


@router.get("/people")
def people_list(request: Request, user: ConsoleUser = Depends(require(*RECORDERS))) -> Response:
    wanted = request.query_params.get("service")
    inactive = request.query_params.get("inactifs") == "1"
    with services(request).database.session() as session:
        scope = stewardship(session, user.user_id)
        if scope.everyone:
            service = None if wanted is None or wanted == "*" else wanted
            names = service_names(session)
        else:  # a referent: their own service, whatever the address asks (none: no one)
            service = scope.service
            names = [scope.service] if scope.service else []
        people = (
            person_states(session, service=service, include_inactive=inactive)
            if scope.everyone or scope.service is not None
            else []
        )
    context = {
        "people": people,
        "service_names": names,
        "service": wanted or "*",
        "inactive": inactive,
        "everyone": scope.everyone,
        "my_service": scope.service,
        "no_service": NO_SERVICE,
        "covered": sum(p.covered for p in people if p.active),
        "counted": sum(1 for p in people if p.active),
    }
    return render(request, "people/list.html", context)


@router.get("/people/import")
def import_form(request: Request, user: ConsoleUser = Depends(require(*MANAGERS))) -> Response:
    return render(request, "people/import.html", {"report": None, "max_mb": MAX_IMPORT_BYTES // 1_000_000})


@router.post("/people/import")
async def import_upload(
    request: Request, file: UploadFile = File(...), user: ConsoleUser = Depends(require(*MANAGERS))
) -> Response:
    data = await file.read(MAX_IMPORT_BYTES + 1)
    await file.close()

    def run() -> ImportReport:
        with services(request).database.session(write=True) as session:
            return import_people(session, data, actor_user_id=user.user_id)

    context: dict[str, object] = {"report": None, "max_mb": MAX_IMPORT_BYTES // 1_000_000}
    try:
        context["report"] = await to_thread.run_sync(run)
    except InputError as exc:
        context["error"] = _sentence(exc.message)
        return render(request, "people/import.html", context, status_code=400)
    return render(request, "people/import.html", context)


def _ensure_steward(session: Session, user: ConsoleUser, person_id: int) -> None:
    """404 for a person outside the account's care: the page does not say who exists elsewhere."""
    try:
        ensure_steward_of(session, user.user_id, person_id)
    except AccessDenied:
        raise NotFound(
            "personne introuvable parmi celles dont vous avez la charge", code="person_not_found"
        ) from None


def _person_context(request: Request, user: ConsoleUser, person_id: int) -> dict[str, object]:
    with services(request).database.session() as session:
        _ensure_steward(session, user, person_id)
        found = person_states(session, include_inactive=True, user_ids=[person_id])
        if not found:  # an application account: not a person of this page
            raise AccessDenied("ce compte n'est pas une personne", code="not_a_person")
        person = found[0]
        scope = stewardship(session, user.user_id)
        return {
            "person": person,
            "statuses": module_statuses(session, person_id),
            "records": training_records(session, person_id),
            "trained_until": trained_until(session, person_id),
            "charter": current_charter(session),
            "acceptances": charter_acceptances(session, person_id),
            "modules": list_modules(session, include_retired=False),
            "may_record": user.role in RECORDERS and person.active,
            "may_edit": scope.everyone and user.user_id != person_id,
            "service_names": service_names(session),
            "assignable": ASSIGNABLE
            if user.role is Role.ADMIN
            else tuple(r for r in ASSIGNABLE if r is not Role.ADMIN),
            "state_labels": STATE_LABELS,
            "today": date.today().isoformat(),
            "done": request.query_params.get("fait"),
        }


@router.get("/people/{person_id:int}")
def person_page(
    request: Request, person_id: int, user: ConsoleUser = Depends(require(*RECORDERS))
) -> Response:
    return render(request, "people/show.html", _person_context(request, user, person_id))


@router.post("/people/{person_id:int}/training")
def person_record_training(
    request: Request,
    person_id: int,
    module_id: int = Form(...),
    completed_on: date = Form(...),
    user: ConsoleUser = Depends(require(*RECORDERS)),
) -> Response:
    try:
        with services(request).database.session(write=True) as session:
            _ensure_steward(session, user, person_id)
            record_training(
                session, person_id, completed_on=completed_on, module_id=module_id, actor_user_id=user.user_id
            )
    except InputError as exc:
        context = _person_context(request, user, person_id)
        context["error"] = _sentence(exc.message)
        return render(request, "people/show.html", context, status_code=400)
    return RedirectResponse(f"{_base(request)}/people/{person_id}?fait=formation", status_code=303)


@router.post("/people/{person_id:int}/edit")
def person_edit(
    request: Request,
    person_id: int,
    role: Role = Form(...),
    service: str = Form("", max_length=200),
    user: ConsoleUser = Depends(require(*MANAGERS)),
) -> Response:
    try:
        with services(request).database.session(write=True) as session:
            update_person(
                session,
                person_id,
                role=role,
                service=service or None,
                clear_service=not service.strip(),
                actor_user_id=user.user_id,
            )
    except (InputError, AccessDenied) as exc:
        context = _person_context(request, user, person_id)
        context["error"] = _sentence(exc.message)
        return render(request, "people/show.html", context, status_code=400)
    return RedirectResponse(f"{_base(request)}/people/{person_id}?fait=fiche", status_code=303)


# -- modules ---------------------------------------------------------------------------------------


def _modules_page(request: Request, status_code: int = 200, **extra: object) -> Response:
    with services(request).database.session() as session:
        modules = list_modules(session)
    context = {
        "modules": modules,
        "roles": [r for r in Role if r is not Role.APPLICATION],
        "done": request.query_params.get("fait"),
        **extra,
    }
    return render(request, "people/modules.html", context, status_code=status_code)


@router.get("/people/modules")
def modules_page(request: Request, user: ConsoleUser = Depends(require(*MANAGERS))) -> Response:
    return _modules_page(request)


@router.post("/people/modules")
def module_add(
    request: Request,
    title: str = Form(..., max_length=300),
    validity_months: int = Form(...),
    description: str = Form("", max_length=5000),
    mandatory_for: list[Role] = Form([]),
    user: ConsoleUser = Depends(require(*MANAGERS)),
) -> Response:
    try:
        with services(request).database.session(write=True) as session:
            add_module(
                session,
                title=title,
                validity_months=validity_months,
                description=description,
                mandatory_for=mandatory_for,
                actor_user_id=user.user_id,
            )
    except EgideError as exc:
        return _modules_page(request, 400, error=_sentence(exc.message))
    return RedirectResponse(f"{_base(request)}/people/modules?fait=ajout", status_code=303)


@router.post("/people/modules/{module_id:int}")
def module_change(
    request: Request,
    module_id: int,
    validity_months: int = Form(...),
    mandatory_for: list[Role] = Form([]),
    user: ConsoleUser = Depends(require(*MANAGERS)),
) -> Response:
    try:
        with services(request).database.session(write=True) as session:
            update_module(
                session,
                module_id,
                validity_months=validity_months,
                mandatory_for=mandatory_for,
                actor_user_id=user.user_id,
            )
    except InputError as exc:
        return _modules_page(request, 400, error=_sentence(exc.message))
    return RedirectResponse(f"{_base(request)}/people/modules?fait=modifie", status_code=303)


@router.post("/people/modules/{module_id:int}/retire")
def module_retire(
    request: Request, module_id: int, user: ConsoleUser = Depends(require(*MANAGERS))
) -> Response:
    with services(request).database.session(write=True) as session:
        retire_module(session, module_id, actor_user_id=user.user_id)
    return RedirectResponse(f"{_base(request)}/people/modules?fait=retire", status_code=303)


# -- coverage and evidence -------------------------------------------------------------------------


@router.get("/people/coverage")
def coverage_page(request: Request, user: ConsoleUser = Depends(require(*RECORDERS))) -> Response:
    with services(request).database.session() as session:
        scope = stewardship(session, user.user_id)
        coverage = training_coverage(session)
    rows = [s for s in coverage.services if scope.covers(s.service)]
    context = {"coverage": coverage, "rows": rows, "everyone": scope.everyone}
    return render(request, "people/coverage.html", context)


def _csv(text: str, name: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"', "cache-control": "no-store"},
    )


@router.get("/people/export/{what}.csv")
def export_csv(request: Request, what: str, user: ConsoleUser = Depends(require(*MANAGERS))) -> Response:
    day = date.today().isoformat()
    with services(request).database.session(write=True) as session:
        if what == "formations":
            text = training_records_csv(session, actor_user_id=user.user_id)
        elif what == "charte":
            text = charter_acceptances_csv(session, actor_user_id=user.user_id)
        elif what == "couverture":
            text = coverage_csv(session, actor_user_id=user.user_id)[1]
        else:
            raise InputError("export inconnu (formations, charte ou couverture)", param="what")
    return _csv(text, f"egide-{what}-{day}.csv")


# -- charter versions ------------------------------------------------------------------------------


def _charter_page(request: Request, user: ConsoleUser, status_code: int = 200, **extra: object) -> Response:
    with services(request).database.session() as session:
        context = {
            "versions": charter_versions(session),
            "current": current_charter(session),
            "may_publish": user.role is Role.ADMIN,
            "done": request.query_params.get("fait"),
            **extra,
        }
    return render(request, "people/charter.html", context, status_code=status_code)


@router.get("/people/charter")
def charter_page(request: Request, user: ConsoleUser = Depends(require(*MANAGERS))) -> Response:
    return _charter_page(request, user)


@router.post("/people/charter")
def charter_publish(
    request: Request,
    version: str = Form(..., max_length=100),
    title: str = Form(..., max_length=300),
    body: str = Form(..., max_length=100_000),
    user: ConsoleUser = Depends(require(Role.ADMIN)),
) -> Response:
    try:
        with services(request).database.session(write=True) as session:
            publish_charter(session, version=version, title=title, body=body, actor_user_id=user.user_id)
    except EgideError as exc:
        return _charter_page(request, user, 400, error=_sentence(exc.message))
    return RedirectResponse(f"{_base(request)}/people/charter?fait=publiee", status_code=303)
