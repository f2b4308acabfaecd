"""``egide secret rotate``: a new server secret without losing anything the old one protected.

The old secret is given once (standard input, or the variable named by ``--old-secret-env``; never an
argument, which ``ps`` would show). The new one is the configured secret, or with ``--generate`` a
new ``<data_dir>/secret.key`` (the old file kept beside it as ``secret.key.old-DATE``, mode 0600).
In one transaction, after the journal has been verified under the old secret: stored upstream keys
and sealed identities are re-encrypted, shadow pseudonyms recomputed (they are keyed: trends continue
under the new ones), and the audit chain gets a new segment signed with the new key, linked to the
old one, whose key is kept sealed under the new secret: the whole journal verifies with the new
secret alone.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from egide.commands.actor import ADMIN, AsOption, act_as, os_user
from egide.errors import InputError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

secret_app = typer.Typer(help="Clé secrète du serveur.", no_args_is_help=True)


def _old_secret(env: str | None) -> str:
    if env is not None:
        value = os.environ.get(env, "")
        if not value:
            raise InputError(f"la variable d'environnement {env} est absente ou vide", param="old-secret-env")
        return value.strip()
    if sys.stdin.isatty():
        typer.echo("ancienne clé secrète (une ligne) :", err=True)
    value = sys.stdin.readline().strip()
    if not value:
        raise InputError("ancienne clé secrète attendue sur l'entrée standard (ou --old-secret-env VAR)")
    return value


@secret_app.command("rotate")
def rotate(
    old_secret_env: Annotated[
        str | None,
        typer.Option(
            "--old-secret-env",
            metavar="VAR",
            help="Variable qui contient l'ancienne clé (sinon : entrée standard).",
        ),
    ] = None,
    generate: Annotated[
        bool,
        typer.Option("--generate", help="Générer la nouvelle clé dans le dossier de données (secret.key)."),
    ] = False,
    who: AsOption = None,
) -> None:
    """Changer la clé secrète : clés des outils, identités scellées, pseudonymes et journal d'audit suivent."""
    from egide.app import (
        MIN_SECRET_LENGTH,
        describe_database,
        new_secret,
        secret_path,
        with_secret,
        write_secret,
    )
    from egide.assistant import reseal_all
    from egide.audit import AuditLog
    from egide.audit.rotation import rotate_chain
    from egide.errors import NotInitialised
    from egide.settings import load_settings
    from egide.store import Database

    settings = load_settings()
    old = _old_secret(old_secret_env)
    path = secret_path(settings)
    if generate:
        if settings.secret_key:
            raise InputError(
                "--generate écrit secret.key, mais la clé vient de la configuration (EGIDE_SECRET_KEY) : "
                "changez-la là, puis relancez sans --generate"
            )
        new = new_secret()
    else:
        new = with_secret(settings).secret_key
    if new == old:
        raise InputError("la nouvelle clé est identique à l'ancienne : configurez la nouvelle, ou --generate")
    if len(new) < MIN_SECRET_LENGTH:
        raise InputError(f"la nouvelle clé doit compter au moins {MIN_SECRET_LENGTH} caractères")
    typer.echo(f"base : {describe_database(settings)}", err=True)
    db = Database(settings.effective_database_url, secret_key=old)
    try:
        if not db.is_initialised():
            raise NotInitialised(f"aucune base égide ici ({describe_database(settings)})")
        db.migrate()
        report = AuditLog(db, old).verify()
        if not report.ok:
            what = "l'ancienne clé donnée n'est pas celle du journal" if report.wrong_key else report.message
            raise InputError(f"rotation refusée : {what} ; rien n'a été changé")
        pending = path.with_name(path.name + ".nouvelle") if generate else None
        if pending is not None:
            write_secret(pending, new)
        try:
            with db.session(write=True) as session:
                act_as(session, who, "secret rotate", ADMIN)
                credentials = _reencrypt_credentials(session, old, new)
                identities = _reseal_identities(session, old, new, settings.shadow.pseudonym_length)
                records = reseal_all(session, old, new)
                seq = rotate_chain(
                    session.connection(),
                    old,
                    new,
                    credentials=credentials,
                    identities=identities,
                    os_user=os_user(),
                )
        except BaseException:
            if pending is not None:
                pending.unlink(missing_ok=True)
            raise
        if pending is not None and path.exists():
            os.replace(path, path.with_name(f"{path.name}.ancienne-{date.today().isoformat()}"))
        if pending is not None:
            os.replace(pending, path)
        after = AuditLog(db, new).verify()
    finally:
        db.dispose()
    typer.echo(
        f"clé secrète changée : {credentials} clé(s) d'outil, {identities} identité(s) et {records} "
        "enregistrement(s) de l'assistant rechiffrés ; "
        f"journal : nouveau segment à partir de l'enregistrement n°{seq} ({after.message})"
    )
    if generate:
        typer.echo(
            f"nouvelle clé : {path} (l'ancienne est gardée à côté ; sauvegardez la nouvelle)", err=True
        )
    if not after.ok:
        raise typer.Exit(1)


def _reencrypt_credentials(session: Session, old: str, new: str) -> int:
    from sqlalchemy import select

    from egide.governance.crypto import decrypt_credential, encrypt_credential
    from egide.store.models.governance import Tool

    count = 0
    for tool in session.scalars(select(Tool).where(Tool.api_key_encrypted.is_not(None))):
        if tool.api_key_encrypted is not None:
            tool.api_key_encrypted = encrypt_credential(new, decrypt_credential(old, tool.api_key_encrypted))
            count += 1
    session.flush()
    return count


def _reseal_identities(session: Session, old: str, new: str, length: int) -> int:
    from sqlalchemy import select, update

    from egide.shadow.pseudonym import UserPseudonyms
    from egide.store.models.shadow import ShadowIdentity, ShadowUsage

    before, after = UserPseudonyms(old, length), UserPseudonyms(new, length)
    rows = list(session.scalars(select(ShadowIdentity)))
    for row in rows:
        identity = before.open(row.sealed)
        pseudonym = after.pseudonym(identity)
        session.execute(
            update(ShadowUsage)
            .where(ShadowUsage.user_pseudonym == row.pseudonym)
            .values(user_pseudonym=pseudonym)
        )
        session.delete(row)
        session.flush()
        session.add(
            ShadowIdentity(
                pseudonym=pseudonym, sealed=after.seal(identity), first_recorded_at=row.first_recorded_at
            )
        )
    session.flush()
    return len(rows)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""
    app.add_typer(secret_app, name="secret")
