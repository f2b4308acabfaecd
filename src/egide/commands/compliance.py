"""`egide compliance …`: the referential with its evidence and statuses, the notice, the report, the register."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

import typer
from sqlalchemy.orm import Session

from egide.app import compliance_facts
from egide.audit import AuditLog, append_events
from egide.commands.actor import AsOption, act_as
from egide.commands.database import open_database
from egide.compliance import (
    LoadedReferential,
    ReferentialDiff,
    adopt,
    compare,
    in_use,
    known_versions,
    overview,
    parse,
    patient_notice,
    pending,
    processing_register,
    register_csv,
    set_status,
    status_history,
    version_text,
)
from egide.compliance.events import ComplianceDocumentExported
from egide.errors import InputError
from egide.governance.types import Role
from egide.store import Database

compliance_app = typer.Typer(
    help="Conformité : référentiel, preuves, statuts du DPO, notice patients, rapport, registre.",
    no_args_is_help=True,
)
referential_app = typer.Typer(help="Versions du référentiel réglementaire.", no_args_is_help=True)
compliance_app.add_typer(referential_app, name="referential")

Format = Literal["pdf", "html", "csv"]
DPO: tuple[Role, ...] = (Role.DPO,)
#: Who may read the compliance evidence and export the report or the register entry.
READERS: tuple[Role, ...] = (Role.DPO, Role.ADMIN, Role.RSSI)


def _write(path: Path, content: bytes | str) -> None:
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{path} : écriture impossible ({exc.strerror})", param="output") from None
    typer.echo(f"écrit : {path}", err=True)


def _write_page(page: str, *, html: Path | None, pdf: Path | None, title: str, made_on: date) -> None:
    """The document's HTML and its PDF, to the files asked for."""
    from egide.compliance.documents import to_pdf

    if html is not None:
        _write(html, page)
    if pdf is not None:
        _write(pdf, to_pdf(page, title=title, made_on=made_on))


def _record_exports(
    db: Database,
    actor: int,
    document: Literal["report", "register"],
    formats: list[Format],
) -> None:
    """After the files are written: the journal records what left, and a failed rendering nothing."""
    with db.session(write=True) as session:
        version = in_use(session).version
        append_events(
            session,
            *(
                ComplianceDocumentExported(
                    actor_user_id=actor, document=document, format=fmt, referential_version=version
                )
                for fmt in formats
            ),
        )


def _formats(*, pdf: Path | None, html: Path | None, csv: Path | None = None) -> list[Format]:
    asked: list[tuple[Format, Path | None]] = [("pdf", pdf), ("html", html), ("csv", csv)]
    return [fmt for fmt, path in asked if path is not None]


@compliance_app.command("show")
def show(
    verify: Annotated[
        bool, typer.Option("--verify/--no-verify", help="Vérifier aussi la chaîne du journal d'audit.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Sortie JSON.")] = False,
) -> None:
    """Les exigences du référentiel en vigueur, leurs preuves calculées et le statut fixé par le DPO."""
    settings, db = open_database()
    chain = AuditLog(db, settings.secret_key).verify() if verify else None
    with db.session() as session:
        view = overview(session, compliance_facts(settings), chain=chain)
    if as_json:
        rows = [
            {
                "id": row.requirement.id,
                "source": row.requirement.source,
                "article": row.requirement.article,
                "status": row.status_code,
                "to_review": row.to_review,
                "evidence": {e.key: {"level": e.level.value, "value": e.value} for e in row.evidence},
            }
            for row in view.rows
        ]
        typer.echo(
            json.dumps(
                {"version": view.referential.version, "requirements": rows}, ensure_ascii=False, indent=2
            )
        )
        return
    typer.echo(f"référentiel {view.referential.version} — {len(view.rows)} exigences")
    for row in view.rows:
        typer.echo(f"{row.requirement.id}\t{row.status_label}\t{row.requirement.title}")
        for item in row.evidence:
            typer.echo(f"    [{item.level.label}] {item.title} : {item.value}")


@compliance_app.command("status")
def status(
    requirement: Annotated[str, typer.Argument(help="Identifiant de l'exigence (ex. RGPD-35).")],
    value: Annotated[str, typer.Argument(help="compliant, partial, non_compliant ou not_applicable.")],
    comment: Annotated[str, typer.Option("--comment", help="Ce qui justifie le statut (obligatoire).")],
    who: AsOption = None,
) -> None:
    """Fixer le statut d'une exigence (DPO seulement), avec un commentaire."""
    _settings, db = open_database()
    with db.session(write=True) as session:
        actor = act_as(session, who, "compliance status", DPO)
        view = set_status(
            session, in_use(session).loaded.referential, requirement, value, comment, actor_user_id=actor
        )
    typer.echo(f"{view.requirement_id} : {view.status.label}")


@compliance_app.command("history")
def history(requirement: Annotated[str, typer.Argument(help="Identifiant de l'exigence.")]) -> None:
    """Les statuts successifs d'une exigence, du plus récent au plus ancien."""
    _settings, db = open_database()
    with db.session() as session:
        views = status_history(session, requirement)
    if not views:
        typer.echo(f"{requirement} : aucun statut fixé")
    for view in views:
        typer.echo(
            f"{view.set_at:%Y-%m-%d %H:%M}\t{view.status.label}\t{view.set_by_name}\t"
            f"(référentiel {view.referential_version})\t{view.comment}"
        )


@referential_app.command("versions")
def versions() -> None:
    """Les versions connues (livrées avec égide ou adoptées) et celle en vigueur."""
    _settings, db = open_database()
    with db.session() as session:
        current = in_use(session)
        known = known_versions(session)
        newer = pending(session)
    for version, loaded in known.items():
        mark = " (en vigueur)" if version == current.version else ""
        typer.echo(
            f"{version}\t{loaded.referential.published}\t{len(loaded.referential.requirements)} exigences{mark}"
        )
    if current.adopted_at is None:
        typer.echo(f"aucune version adoptée : la {current.version} livrée avec égide s'applique")
    if newer is not None:
        typer.echo(
            f"nouvelle version disponible : {newer.referential.version} (egide compliance referential diff)"
        )


def _load(session: Session, name: str) -> LoadedReferential:
    """A version known to égide, or a TOML file."""
    path = Path(name)
    if name.endswith(".toml") or path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{name} : lecture impossible ({exc.strerror})", param="file") from None
        return parse(text, origin=name)
    return version_text(session, name)


def _print_diff(difference: ReferentialDiff) -> None:
    typer.echo(f"{difference.old_version} → {difference.new_version} : {difference.summary}")
    for requirement in difference.added:
        typer.echo(f"+ {requirement.id}\t{requirement.title}")
    for requirement in difference.removed:
        typer.echo(f"- {requirement.id}\t{requirement.title}")
    for changed in difference.changed:
        for change in changed.changes:
            typer.echo(f"~ {changed.id}\t{change.label} : {change.before} → {change.after}")


@referential_app.command("diff")
def diff(
    old: Annotated[str | None, typer.Argument(help="Version ou fichier .toml (défaut : en vigueur).")] = None,
    new: Annotated[
        str | None, typer.Argument(help="Version ou fichier .toml (défaut : la plus récente).")
    ] = None,
) -> None:
    """Ce qui change d'une version à l'autre : exigences ajoutées, retirées, modifiées."""
    _settings, db = open_database()
    with db.session() as session:
        before = _load(session, old) if old else in_use(session).loaded
        after = _load(session, new) if new else list(known_versions(session).values())[-1]
    _print_diff(compare(before.referential, after.referential))


@referential_app.command("adopt")
def adopt_(
    version: Annotated[str, typer.Argument(help="Version livrée avec égide, ou fichier .toml.")],
    who: AsOption = None,
) -> None:
    """Adopter une version du référentiel (DPO) : elle s'applique, ce qui change est affiché et tracé."""
    _settings, db = open_database()
    with db.session(write=True) as session:
        actor = act_as(session, who, "compliance referential adopt", DPO)
        difference = adopt(session, _load(session, version), actor_user_id=actor)
    _print_diff(difference)
    typer.echo(f"version {difference.new_version} adoptée")


@compliance_app.command("notice")
def notice(
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Écrire la notice en PDF.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Écrire la notice en HTML.")] = None,
) -> None:
    """La notice d'information des patients, générée depuis le registre (publique)."""
    # Here, not at the top: WeasyPrint and its fonts load only for the commands that make documents.
    from egide.compliance.documents import notice_html

    settings, db = open_database()
    with db.session() as session:
        content = patient_notice(session, compliance_facts(settings))
    page = notice_html(content, timezone=settings.compliance.timezone)
    _write_page(page, html=html, pdf=pdf, title="Information des patients", made_on=content.updated_on)
    if html is None and pdf is None:
        typer.echo(page)


@compliance_app.command("report")
def report(
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Écrire le rapport en PDF.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Écrire le rapport en HTML.")] = None,
    who: AsOption = None,
) -> None:
    """Le rapport de conformité (exigences, statuts, preuves, vérification du journal), tracé."""
    from egide.compliance.documents import report_html

    if pdf is None and html is None:
        raise InputError("--pdf FICHIER ou --html FICHIER", param="pdf")
    settings, db = open_database()
    with db.session(write=True) as session:
        actor = act_as(session, who, "compliance report", READERS)
    chain = AuditLog(db, settings.secret_key).verify()
    with db.session() as session:
        view = overview(session, compliance_facts(settings), chain=chain)
    page = report_html(
        view, establishment=settings.compliance.establishment, timezone=settings.compliance.timezone
    )
    _write_page(page, html=html, pdf=pdf, title="Rapport de conformité", made_on=view.generated_at.date())
    _record_exports(db, actor, "report", _formats(pdf=pdf, html=html))
    typer.echo(chain.message, err=True)


@compliance_app.command("register")
def register_entry(
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Écrire la fiche en PDF.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Écrire la fiche en HTML.")] = None,
    csv: Annotated[
        Path | None, typer.Option("--csv", help="Écrire la fiche en CSV (rubrique;contenu).")
    ] = None,
    who: AsOption = None,
) -> None:
    """La fiche du registre des traitements (RGPD art. 30) de la passerelle, tracée."""
    from egide.compliance.documents import register_html

    chosen = _formats(pdf=pdf, html=html, csv=csv)
    if not chosen:
        raise InputError("--pdf, --html ou --csv FICHIER", param="pdf")
    settings, db = open_database()
    with db.session(write=True) as session:
        actor = act_as(session, who, "compliance register", READERS)
    with db.session() as session:
        entry = processing_register(session, compliance_facts(settings))
    page = register_html(entry, timezone=settings.compliance.timezone)
    _write_page(page, html=html, pdf=pdf, title="Registre des traitements", made_on=entry.updated_on)
    if csv is not None:
        _write(csv, register_csv(entry))
    _record_exports(db, actor, "register", chosen)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(compliance_app, name="compliance")
