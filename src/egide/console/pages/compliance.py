"""Compliance (« Communiquer »): the referential with its evidence and the DPO's statuses, versions and
their differences, the compliance report, the register entry, and the public patient notice.

The rules are ``egide.compliance``'s: statuses and adoptions check the DPO there and write their audit
events; the pages show what ``overview``, ``compare``, ``patient_notice`` and ``processing_register``
compute, and the documents are rendered by ``egide.compliance.documents`` (the PDFs are the same HTML).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from egide.compliance import (
    LoadedReferential,
    Notice,
    RegisterEntry,
    Status,
    adopt,
    compare,
    in_use,
    known_versions,
    overview,
    patient_notice,
    pending,
    processing_register,
    register_csv,
    set_status,
    status_history,
    version_text,
)
from egide.compliance.documents import (
    notice_body,
    notice_html,
    register_body,
    register_html,
    report_html,
    to_pdf,
)
from egide.compliance.events import ComplianceDocumentExported
from egide.compliance.facts import Facts
from egide.console.access import ConsoleUser, public, require, services
from egide.console.services import ConsoleServices
from egide.console.templating import NavItem, render
from egide.errors import ConfigError, EgideError, InputError, NotFound
from egide.governance import Role

router = APIRouter()

#: Who reads the evidence and exports the report and the register entry (as ``egide compliance``).
READERS = (Role.DPO, Role.ADMIN, Role.RSSI)

NAV = NavItem(
    "Conformité",
    "/compliance",
    frozenset(READERS),
    "Suivre les exigences réglementaires, leurs preuves et leur statut ; exporter le rapport, la fiche du "
    "registre et la notice d'information des patients.",
)


def _facts(console: ConsoleServices) -> Facts:
    if console.compliance is None:  # built without egide.app.console_services: a wiring mistake
        raise ConfigError("console sans données de conformité (egide.app.console_services)")
    return console.compliance


def _base(request: Request) -> str:
    return str(request.scope.get("root_path", ""))


def _download(content: bytes | str, media_type: str, filename: str) -> Response:
    response = Response(content, media_type=media_type)
    response.headers["content-disposition"] = f'attachment; filename="{filename}"'
    response.headers["cache-control"] = "no-store"
    return response


def _record_export(
    request: Request, user: ConsoleUser, document: Literal["report", "register"], fmt: Literal["pdf", "csv"]
) -> None:
    console = services(request)
    with console.database.session(write=True) as session:
        console.audit.append(
            ComplianceDocumentExported(
                actor_user_id=user.user_id,
                document=document,
                format=fmt,
                referential_version=in_use(session).version,
            ),
            within=session,
        )


# -- the referential, its evidence and statuses ---------------------------------------------------


@router.get("/compliance")
def compliance_page(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    # Verifying the whole journal reads every record: on demand here, always in the report.
    chain = console.audit.verify() if request.query_params.get("verifier") == "1" else None
    with console.database.session() as session:
        view = overview(session, _facts(console), chain=chain, now=console.clock())
        newer = pending(session)
    return render(
        request,
        "compliance/index.html",
        {
            "view": view,
            "newer": newer,
            "may_edit": user.role is Role.DPO,
            "done": request.query_params.get("fait"),
        },
    )


def _requirement_page(
    request: Request,
    user: ConsoleUser,
    requirement_id: str,
    *,
    error: str | None = None,
    submitted: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    console = services(request)
    with console.database.session() as session:
        view = overview(session, _facts(console), now=console.clock())
        history = status_history(session, requirement_id)
    row = next((r for r in view.rows if r.requirement.id == requirement_id), None)
    if row is None:
        raise NotFound(f"exigence inconnue dans le référentiel en vigueur : {requirement_id}")
    return render(
        request,
        "compliance/requirement.html",
        {
            "row": row,
            "history": history,
            "version": view.referential.version,
            "statuses": list(Status),
            "may_edit": user.role is Role.DPO,
            "error": error,
            "submitted": submitted or {},
        },
        status_code=status_code,
    )


@router.get("/compliance/requirements/{requirement_id}")
def requirement_page(
    request: Request, requirement_id: str, user: ConsoleUser = Depends(require(*READERS))
) -> Response:
    return _requirement_page(request, user, requirement_id)


@router.post("/compliance/requirements/{requirement_id}/status")
def requirement_status(
    request: Request,
    requirement_id: str,
    status: str = Form(""),
    comment: str = Form(""),
    user: ConsoleUser = Depends(require(Role.DPO)),
) -> Response:
    console = services(request)
    try:
        with console.database.session(write=True) as session:
            set_status(
                session,
                in_use(session).loaded.referential,
                requirement_id,
                status,
                comment,
                actor_user_id=user.user_id,
            )
    except InputError as exc:  # the page again, with what was typed and what is wrong
        return _requirement_page(
            request,
            user,
            requirement_id,
            error=exc.message,
            submitted={"status": status, "comment": comment},
            status_code=400,
        )
    return RedirectResponse(f"{_base(request)}/compliance?fait=statut#{requirement_id}", status_code=303)


# -- versions of the referential ------------------------------------------------------------------


@router.get("/compliance/versions")
def versions_page(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    with console.database.session() as session:
        current = in_use(session)
        known = known_versions(session)
        newer = pending(session)
        old_name = request.query_params.get("ancienne") or current.version
        new_name = request.query_params.get("nouvelle") or (
            newer.referential.version if newer else list(known)[-1]
        )
        error: str | None = None
        try:
            old: LoadedReferential = version_text(session, old_name)
            new: LoadedReferential = version_text(session, new_name)
        except EgideError as exc:
            old, new, error = current.loaded, current.loaded, exc.message
    return render(
        request,
        "compliance/versions.html",
        {
            "current": current,
            "known": known,
            "newer": newer,
            "difference": compare(old.referential, new.referential),
            "old_name": old.referential.version,
            "new_name": new.referential.version,
            "may_adopt": user.role is Role.DPO,
            "error": error,
            "done": request.query_params.get("fait"),
        },
        status_code=400 if error else 200,
    )


@router.post("/compliance/versions/{version}/adopt")
def adopt_version(request: Request, version: str, user: ConsoleUser = Depends(require(Role.DPO))) -> Response:
    console = services(request)
    with console.database.session(write=True) as session:
        adopt(session, version_text(session, version), actor_user_id=user.user_id)
    return RedirectResponse(f"{_base(request)}/compliance/versions?fait=adoptee", status_code=303)


# -- exports ------------------------------------------------------------------------------------


@router.get("/compliance/report.pdf")
def report_pdf(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    chain = console.audit.verify()
    with console.database.session() as session:
        view = overview(session, _facts(console), chain=chain, now=console.clock())
    config = _facts(console).config
    page = report_html(view, establishment=config.establishment, timezone=config.timezone)
    pdf = to_pdf(page, title="Rapport de conformité", made_on=view.generated_at.date())
    _record_export(request, user, "report", "pdf")
    return _download(pdf, "application/pdf", f"rapport-conformite-{view.generated_at:%Y-%m-%d}.pdf")


def _register_entry(console: ConsoleServices) -> RegisterEntry:
    with console.database.session() as session:
        return processing_register(session, _facts(console))


@router.get("/compliance/register")
def register_page(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    entry = _register_entry(console)
    body = register_body(entry, timezone=_facts(console).config.timezone)
    return render(request, "compliance/register.html", {"entry": entry, "body": body})


@router.get("/compliance/register.pdf")
def register_pdf(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    entry = _register_entry(console)
    page = register_html(entry, timezone=_facts(console).config.timezone)
    pdf = to_pdf(page, title="Registre des traitements", made_on=entry.updated_on)
    _record_export(request, user, "register", "pdf")
    return _download(pdf, "application/pdf", f"registre-passerelle-ia-{entry.updated_on:%Y-%m-%d}.pdf")


@router.get("/compliance/register.csv")
def register_csv_file(request: Request, user: ConsoleUser = Depends(require(*READERS))) -> Response:
    console = services(request)
    entry = _register_entry(console)
    content = register_csv(entry)
    _record_export(request, user, "register", "csv")
    return _download(
        content, "text/csv; charset=utf-8", f"registre-passerelle-ia-{entry.updated_on:%Y-%m-%d}.csv"
    )


# -- the patient notice: public -----------------------------------------------------------------


@router.get("/notice")
def notice_page(request: Request, visitor: ConsoleUser | None = Depends(public())) -> Response:
    console = services(request)
    with console.database.session() as session:
        notice = patient_notice(session, _facts(console))
    body = notice_body(notice, timezone=_facts(console).config.timezone)
    return render(request, "compliance/notice.html", {"notice": notice, "body": body})


@router.get("/notice.pdf")
def notice_pdf(request: Request, visitor: ConsoleUser | None = Depends(public())) -> Response:
    console = services(request)
    with console.database.session() as session:
        notice = patient_notice(session, _facts(console))
    pdf = _notice_pdf(notice, _facts(console).config.timezone)
    return _download(pdf, "application/pdf", "information-patients-ia.pdf")


@lru_cache(maxsize=4)
def _notice_pdf(notice: Notice, timezone: str) -> bytes:
    """The PDF of a notice, rendered once per content: the page is public, rendering costs CPU."""
    return to_pdf(
        notice_html(notice, timezone=timezone), title="Information des patients", made_on=notice.updated_on
    )
