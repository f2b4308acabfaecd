"""`egide shadow …`: shadow-AI discovery from web-proxy logs (scan, stored scans, reveal, catalogue)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo

import typer

from egide.commands.actor import act_as
from egide.errors import InputError
from egide.governance.types import Role
from egide.shadow.events import RevealPurpose
from egide.shadow.labels import category_fr, country_fr

if TYPE_CHECKING:
    from egide.settings import Settings
    from egide.shadow.scan import ScanResult
    from egide.store import Database

shadow_app = typer.Typer(
    help="Découverte de l'IA non encadrée (« shadow AI ») dans les logs du proxy web.", no_args_is_help=True
)
catalogue_app = typer.Typer(help="Catalogue des domaines d'IA générative.", no_args_is_help=True)
shadow_app.add_typer(catalogue_app, name="catalogue")

ActorOption = Annotated[
    str | None, typer.Option("--as", help="Numéro ou e-mail de la personne DPO qui lève les pseudonymes.")
]
PurposeOption = Annotated[
    RevealPurpose | None, typer.Option("--purpose", help="Motif de la levée (tracé dans le journal d'audit).")
]


def _open() -> tuple[Settings, Database]:
    from egide.commands.database import open_database

    return open_database()


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


def _summary(result: ScanResult, known: set[str] | None = None) -> None:
    from egide.shadow.classify import Kind
    from egide.shadow.views import KIND_LABELS, build, human_bytes, top

    echo = typer.echo
    formats = ", ".join(sorted({f.format for f in result.files}))
    echo(
        f"Analyse {result.id} : {len(result.files)} fichier(s) [{formats}], {_n(result.lines)} lignes — "
        f"{_n(result.records)} requêtes, {_n(result.ignored)} ignorées, {_n(result.malformed)} mal formées"
    )
    if result.period_start and result.period_end:
        zone = ZoneInfo(result.timezone)
        echo(
            f"Période : {result.period_start.astimezone(zone):%d/%m/%Y %H:%M} → "
            f"{result.period_end.astimezone(zone):%d/%m/%Y %H:%M} ({result.timezone})"
        )
    views = build(result.rows)
    if not views.kinds:
        echo("Aucune requête vers un service d'IA générative.")
    for total in views.kinds:
        echo(
            f"  {KIND_LABELS[total.kind]:<32} {_n(total.requests):>10} requêtes, {total.destinations} destination(s), "
            f"{total.users} utilisateur(s), envoyé {human_bytes(total.sent)}"
        )
    if known is not None:
        new_hosts = [
            v.destination.host
            for v in views.destinations
            if v.destination.host not in known and v.destination.kind is not Kind.APPROVED
        ]
        if new_hosts:
            shown = ", ".join(new_hosts[:10]) + (" …" if len(new_hosts) > 10 else "")
            echo(f"Nouvelles destinations depuis les analyses enregistrées ({len(new_hosts)}) : {shown}")
    for kind in (Kind.UNAPPROVED, Kind.SUSPICIOUS):
        leaders = top(views.destinations, kind)
        if leaders:
            echo(f"Principales destinations — {KIND_LABELS[kind]} :")
            for v in leaders:
                d = v.destination
                where = f"{d.vendor}, {country_fr(d.country)}" if d.vendor else "hors catalogue"
                new = "  NOUVEAU" if known is not None and d.host not in known else ""
                echo(
                    f"  {d.host:<32} {_n(v.requests):>8} req. {v.users:>5} util. envoyé {human_bytes(v.sent):>9}  "
                    f"({where}){new}"
                )
    if not result.uploads_known and result.rows:
        echo("Ces logs n'indiquent pas la taille des requêtes : les volumes envoyés sont « n.c. ».")
    if result.samples:
        echo(f"Lignes mal formées ({_n(result.malformed)}), premières :")
        for sample in result.samples:
            echo(f"  {sample.source}:{sample.line} — {sample.reason} — {sample.excerpt}")


@shadow_app.command("scan")
def scan_(
    logs: Annotated[
        list[str], typer.Argument(help="Fichiers de logs, motifs (glob) ou « - » pour l'entrée standard.")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="auto, squid, combined (ou common), w3c, csv (ou tsv).")
    ] = "auto",
    field_map: Annotated[
        str | None,
        typer.Option(
            "--field-map", help="Flux CSV/TSV : champ=colonne,… (ex. time=datetime,url=eurl) ou fichier."
        ),
    ] = None,
    users: Annotated[
        Path | None, typer.Option("--users", help="Utilisateur → service : CSV ou export d'annuaire LDIF.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Dossier des rapports HTML, CSV et JSON.")] = Path(
        "shadow-report"
    ),
    reveal: Annotated[
        bool,
        typer.Option("--reveal", help="Rapport nominatif (DPO seulement, avec --as et --purpose ; audité)."),
    ] = False,
    actor: ActorOption = None,
    purpose: PurposeOption = None,
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Enregistrer le résultat pour le tableau de bord.")
    ] = True,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", min=0, help="Processus pour un gros log Squid/common non compressé (0 : un par cœur)."
        ),
    ] = None,
) -> None:
    """Analyse des logs du proxy : résumé, rapports (HTML, CSV, JSON) et enregistrement."""
    from egide.app import ShadowScanRequest, run_shadow_scan, shadow_pseudonyms
    from egide.shadow.formats.fieldmap import parse_field_map
    from egide.shadow.readers import expand
    from egide.shadow.report import write_reports
    from egide.shadow.reveal import reveal_report
    from egide.shadow.storage import first_seen_by_host, list_scans, save_scan

    if reveal and (actor is None or purpose is None):
        raise InputError("--reveal demande --as (la personne DPO) et --purpose", param="reveal")
    settings, db = _open()
    if jobs is not None:
        settings.shadow.jobs = jobs
    try:
        if reveal:  # refuse before reading gigabytes, not after
            with db.session(write=True) as session:
                act_as(session, actor, "shadow scan --reveal", (Role.DPO,))
        result = run_shadow_scan(
            settings,
            db,
            ShadowScanRequest(expand(logs), fmt, parse_field_map(field_map) if field_map else None, users),
        )
        with db.session() as session:
            known = set(first_seen_by_host(session)) if list_scans(session, limit=1) else None
        if store:
            with db.session(write=True) as session:
                save_scan(session, result, shadow_pseudonyms(settings))
        shown = result
        if reveal and actor is not None and purpose is not None:
            with db.session(write=True) as session:
                shown = reveal_report(session, result, actor=actor, purpose=purpose)
        # The reports are written before anything is printed: a reader that stops early
        # (« egide shadow scan … | head ») must not cost the reports.
        written = write_reports(shown, out)
    finally:
        db.dispose()
    _summary(result, known)
    typer.echo("Rapports : " + ", ".join(str(path) for path in written))
    if shown.revealed:
        typer.echo("Attention : rapport nominatif (levée des pseudonymes tracée dans le journal d'audit).")
    if store:
        typer.echo(f"Enregistrée : {result.id}")


@shadow_app.command("scans")
def scans() -> None:
    """Les analyses enregistrées, la plus récente d'abord."""
    from egide.shadow.storage import list_scans

    _settings, db = _open()
    try:
        with db.session() as session:
            found = list_scans(session)
    finally:
        db.dispose()
    if not found:
        typer.echo("aucune analyse enregistrée")
    for s in found:
        period = (
            f"{s.period_start:%Y-%m-%d} → {s.period_end:%Y-%m-%d}" if s.period_start and s.period_end else "-"
        )
        typer.echo(
            f"{s.id}\t{s.finished_at:%Y-%m-%d %H:%M}\t{period}\t{','.join(s.formats)}\t"
            f"{s.lines} lignes\t{s.ai_requests} requêtes IA\t{s.malformed} mal formées"
        )


@shadow_app.command("report")
def report(
    scan_id: Annotated[
        str | None, typer.Argument(help="Identifiant de l'analyse (défaut : la dernière).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Dossier des rapports.")] = Path("shadow-report"),
) -> None:
    """Régénère les rapports (pseudonymisés) d'une analyse enregistrée."""
    from egide.shadow.report import write_reports
    from egide.shadow.storage import get_scan, load_usage, stored_result

    settings, db = _open()
    try:
        with db.session() as session:
            summary = get_scan(session, scan_id)
            result = stored_result(
                summary, load_usage(session, summary.id), timezone=settings.shadow.timezone
            )
    finally:
        db.dispose()
    written = write_reports(result, out)
    typer.echo("Rapports : " + ", ".join(str(path) for path in written))


@shadow_app.command("delete")
def delete(scan_id: Annotated[str, typer.Argument(help="Identifiant de l'analyse à supprimer.")]) -> None:
    """Supprime une analyse enregistrée et les identités scellées qu'aucune autre n'utilise (audité)."""
    from egide.shadow.storage import delete_scan

    _settings, db = _open()
    try:
        with db.session(write=True) as session:
            removed = delete_scan(session, scan_id)
    finally:
        db.dispose()
    typer.echo(f"analyse {scan_id} supprimée ({removed} identité(s) scellée(s) effacée(s))")


@shadow_app.command("reveal")
def reveal_(
    pseudonym: Annotated[str, typer.Argument(help="Pseudonyme à lever (u-…).")],
    actor: ActorOption = None,
    purpose: PurposeOption = None,
    scan_id: Annotated[str | None, typer.Option("--scan", help="Analyse concernée (tracée).")] = None,
) -> None:
    """Lève un pseudonyme : DPO seulement, motif obligatoire, événement d'audit."""
    from egide.app import shadow_pseudonyms
    from egide.shadow.reveal import reveal_identity

    if actor is None or purpose is None:
        raise InputError("la levée d'un pseudonyme demande --as (la personne DPO) et --purpose", param="as")
    settings, db = _open()
    try:
        with db.session(write=True) as session:
            # Who lifts it, checked (an active DPO) and recorded with the OS account that typed it.
            act_as(session, actor, "shadow reveal", (Role.DPO,))
            identity = reveal_identity(
                session,
                pseudonym,
                actor=actor,
                purpose=purpose,
                pseudonymiser=shadow_pseudonyms(settings),
                scan_id=scan_id,
            )
    finally:
        db.dispose()
    typer.echo(f"{pseudonym.strip()}\t{identity}")


@catalogue_app.command("show")
def catalogue_show(
    search: Annotated[
        str | None, typer.Argument(help="Filtre sur le domaine, l'éditeur ou la catégorie.")
    ] = None,
) -> None:
    """Les entrées du catalogue en usage (livré ou mis à jour, plus le fichier du site)."""
    from egide.app import shadow_catalogue
    from egide.settings import load_settings

    catalogue = shadow_catalogue(load_settings())
    needle = (search or "").lower()
    shown = 0
    for e in sorted(catalogue.entries.values(), key=lambda item: (item.category, item.vendor, item.domain)):
        if needle and needle not in f"{e.domain} {e.vendor} {e.category} {category_fr(e.category)}".lower():
            continue
        shown += 1
        eea = "?" if e.eea is None else ("EEE" if e.eea else "hors EEE")
        flags = "ignoré" if e.ignore else ("dédié" if e.dedicated else "IA intégrée")
        typer.echo(
            f"{e.domain}\t{e.vendor}\t{category_fr(e.category)}\t{country_fr(e.country)}\t{eea}\t{flags}\t{e.source}"
        )
    typer.echo(f"{shown} entrée(s) sur {len(catalogue)} — version {catalogue.version}", err=True)


@catalogue_app.command("match")
def catalogue_match(hosts: Annotated[list[str], typer.Argument(help="Hôtes à classer.")]) -> None:
    """Comment égide classe ces hôtes (registre, catalogue, heuristiques)."""
    from egide.app import shadow_catalogue
    from egide.shadow.classify import Classifier
    from egide.shadow.registry import registry_tools
    from egide.shadow.views import KIND_LABELS

    settings, db = _open()
    try:
        with db.session() as session:
            tools = registry_tools(session)
    finally:
        db.dispose()
    classifier = Classifier(shadow_catalogue(settings), tools)
    for host in hosts:
        found = classifier.classify(host)
        if found is None:
            typer.echo(f"{host}\tpas d'IA générative reconnue")
            continue
        detail = found.tool or found.domain or found.reason.value
        typer.echo(f"{found.host}\t{KIND_LABELS[found.kind]}\t{detail}\t{found.vendor}")


@catalogue_app.command("update")
def catalogue_update(
    files: Annotated[
        list[Path], typer.Argument(help="CSV au format d'égide ou du catalogue public (Domain,Category,…).")
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Fichier à écrire (défaut : shadow.catalogue_file, ou <data_dir>/shadow/genai_domains.csv).",
        ),
    ] = None,
) -> None:
    """Met à jour le catalogue à partir d'une nouvelle version du catalogue public (ou de vos fichiers)."""
    from egide.app import shadow_catalogue, updated_catalogue_path
    from egide.settings import load_settings
    from egide.shadow.catalogue import update

    settings = load_settings()
    target = out or updated_catalogue_path(settings)
    outcome = update(files, current=shadow_catalogue(settings), out=target)
    typer.echo(
        f"{target} : {outcome.total} domaines ({len(outcome.added)} ajoutés, {len(outcome.removed)} retirés, "
        f"{len(outcome.changed)} modifiés)"
    )
    for label, domains in (("+", outcome.added), ("-", outcome.removed), ("~", outcome.changed)):
        for domain in domains[:50]:
            typer.echo(f"  {label} {domain}")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(shadow_app, name="shadow")
