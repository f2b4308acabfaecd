"""The roster: changing a person's name, role or service, and importing people from a CSV file.

An import is idempotent by e-mail address: a row whose address is unknown creates the person, a
known one updates what differs (name, role, service), a row identical to the registry changes
nothing. An empty cell leaves the value as it is (a new person without a role is a professional).
Every row gets an outcome with its line number, and a rejected row says why; a bad row never stops
the others. What cannot be read as a table at all (binary, no header naming the columns, too big)
is refused as a whole, before anything is written.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.errors import AccessDenied, Conflict, EgideError, InputError
from egide.governance.events import PeopleImported, UserRoleChanged, UserUpdated
from egide.governance.people import add_user, clean_email, clean_name, clean_role, clean_service
from egide.governance.rows import user_row
from egide.governance.types import Role
from egide.store.models.governance import User

#: Largest file accepted, and most rows (an establishment's staff fits well within).
MAX_IMPORT_BYTES = 5_000_000
MAX_IMPORT_ROWS = 20_000

Outcome = Literal["created", "updated", "unchanged", "rejected"]


def update_person(
    session: Session,
    user_id: int,
    *,
    name: str | None = None,
    role: Role | str | None = None,
    service: str | None = None,
    clear_service: bool = False,
    actor_user_id: int | None = None,
) -> list[str]:
    """Change what is given (None: unchanged; ``clear_service``: no service any more); returns the
    fields changed. Nobody changes their own role, and the last active administrator stays one."""
    user = user_row(session, user_id)
    if user.role == Role.APPLICATION.value:
        raise Conflict("un compte d'application ne se modifie pas ici")
    fields: list[str] = []
    if name is not None and (new_name := clean_name(name)) != user.name:
        user.name = new_name
        fields.append("name")
    new_service = (
        None if clear_service else clean_service(session, service) if service is not None else user.service
    )
    if new_service != user.service:
        user.service = new_service
        fields.append("service")
    previous_role = user.role
    if role is not None and (new_role := clean_role(role)).value != user.role:
        _may_change_role(session, user, new_role, actor_user_id)
        user.role = new_role.value
    if not fields and user.role == previous_role:
        return []
    session.flush()
    if fields:
        append_events(session, UserUpdated(actor_user_id=actor_user_id, user_id=user.id, fields=fields))
    if user.role != previous_role:
        append_events(
            session,
            UserRoleChanged(
                actor_user_id=actor_user_id, user_id=user.id, previous_role=previous_role, role=user.role
            ),
        )
        fields.append("role")
    return fields


def _ensure_may_name(session: Session, actor_user_id: int | None, *roles: str) -> None:
    """Only an administrator names or removes an administrator (None: the command line's own setup)."""
    if actor_user_id is None or Role.ADMIN.value not in roles:
        return
    if user_row(session, actor_user_id).role != Role.ADMIN.value:
        raise AccessDenied(
            "seul un administrateur nomme ou retire un administrateur", code="admin_role_reserved"
        )


def _may_change_role(session: Session, user: User, new_role: Role, actor_user_id: int | None) -> None:
    if new_role is Role.APPLICATION:
        raise InputError("une personne ne devient pas un compte d'application", param="role")
    if actor_user_id is not None and actor_user_id == user.id:
        raise Conflict("on ne change pas son propre rôle : demandez-le à un autre administrateur")
    _ensure_may_name(session, actor_user_id, user.role, new_role.value)
    if user.role == Role.ADMIN.value and user.active:
        admins = session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        if admins == 1:
            raise Conflict("c'est le dernier administrateur actif : nommez-en un autre d'abord")


# -- CSV import ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    """The outcome of one row. ``line`` is the row's first line in the file (the header is line 1)."""

    line: int
    outcome: Outcome
    email: str | None
    #: Why a row was rejected, or a note on one that was not (e.g. a deactivated account).
    reason: str | None = None
    user_id: int | None = None
    #: For an update: the fields changed (name, role, service).
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    encoding: str
    delimiter: str
    #: Columns of the header that égide does not read (left aside, named here).
    ignored_columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def rejected(self) -> int:
        return self.count("rejected")


def _folded(text: str) -> str:
    """Lower case, accents dropped, inner spaces and dashes as one space: how headers and roles compare."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("_", " ").split())


_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("name", "nom", "nom complet", "nom et prenom", "prenom et nom", "nom prenom"), "name"),
    **dict.fromkeys(("prenom", "first name", "firstname", "given name"), "first_name"),
    **dict.fromkeys(("last name", "lastname", "surname", "nom de famille"), "last_name"),
    **dict.fromkeys(
        ("email", "e mail", "mail", "courriel", "adresse", "adresse electronique", "adresse mail"), "email"
    ),
    **dict.fromkeys(("role", "profil", "fonction egide"), "role"),
    **dict.fromkeys(("service", "unite", "departement", "department", "unit"), "service"),
}

_ROLES: dict[str, Role] = {
    **dict.fromkeys(("professional", "professionnel", "professionnelle", "pro"), Role.PROFESSIONAL),
    **dict.fromkeys(("referent", "referente", "referent ia"), Role.REFERENT),
    **dict.fromkeys(("dpo", "dpd", "delegue a la protection des donnees"), Role.DPO),
    **dict.fromkeys(("rssi",), Role.RSSI),
    **dict.fromkeys(("admin", "administrateur", "administratrice"), Role.ADMIN),
}


def _decode(data: bytes) -> tuple[str, str]:
    """The file as text and the encoding read: UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's
    « texte Unicode »), else Windows-1252 (Excel's French CSV); a NUL byte elsewhere is not a CSV file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("fichier UTF-16 illisible", param="file") from None
    if b"\x00" in data:
        raise InputError("ce fichier n'est pas un fichier CSV (contenu binaire)", param="file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def _header_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def _delimiter(header: str) -> str:
    """The delimiter that splits the header into the most columns égide knows (then the most columns)."""

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([header], delimiter=delimiter))
        return sum(_folded(c) in _COLUMNS for c in cells), len(cells)

    return max((";", ",", "\t", "|"), key=score)


@dataclass(frozen=True)
class _Columns:
    index: dict[str, int]
    ignored: tuple[str, ...]
    width: int


def _columns(header: list[str]) -> _Columns:
    index: dict[str, int] = {}
    ignored: list[str] = []
    for position, cell in enumerate(header):
        key = _COLUMNS.get(_folded(cell))
        if key is None or key in index:
            if cell.strip():
                ignored.append(cell.strip()[:60])
            continue
        index[key] = position
    if "email" not in index:
        raise InputError(
            "colonne de l'adresse électronique introuvable : la première ligne doit nommer les colonnes "
            "(nom ; email ; role ; service)",
            param="file",
        )
    if "name" not in index and "last_name" not in index:
        raise InputError("colonne du nom introuvable (nom ; email ; role ; service)", param="file")
    return _Columns(index, tuple(ignored), len(header))


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(first line of the row, its cells) for each row that is not blank, the header first."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
    except csv.Error:
        raise InputError(
            f"fichier CSV mal formé à la ligne {previous_end + 1} (guillemet non refermé ?) : rien n'a été importé",
            param="file",
        ) from None
    return records


@dataclass(frozen=True)
class _Fields:
    name: str
    email: str
    role: str
    service: str


def _fields(cells: list[str], columns: _Columns) -> _Fields:
    def cell(key: str) -> str:
        position = columns.index.get(key)
        return cells[position].strip() if position is not None and position < len(cells) else ""

    name = cell("name") or " ".join(part for part in (cell("first_name"), cell("last_name")) if part)
    return _Fields(name=name, email=cell("email"), role=cell("role"), service=cell("service"))


def _role(text: str) -> Role | None:
    if not text:
        return None
    folded = _folded(text)
    if folded == "application":
        raise InputError("les comptes d'application ne s'importent pas : créez-les un par un", param="role")
    role = _ROLES.get(folded)
    if role is None:
        raise InputError(
            "rôle inconnu (attendu : professionnel, référent, dpo, rssi ou administrateur)", param="role"
        )
    return role


def import_people(session: Session, data: bytes, *, actor_user_id: int | None = None) -> ImportReport:
    """Create or update people from a CSV file (columns nom, email, role, service; see the module)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise InputError(f"fichier trop gros ({MAX_IMPORT_BYTES // 1_000_000} Mo au plus)", param="file")
    text, encoding = _decode(data)
    header_line = _header_line(text)
    if not header_line:
        raise InputError("fichier vide", param="file")
    delimiter = _delimiter(header_line)
    records = _records(text, delimiter)  # read whole before anything is written
    if not records:
        raise InputError("fichier vide", param="file")
    (_, header), body = records[0], records[1:]
    columns = _columns(header)
    if len(body) > MAX_IMPORT_ROWS:
        raise InputError(f"trop de lignes ({MAX_IMPORT_ROWS} au plus)", param="file")
    seen: dict[str, int] = {}
    rows = [_import_row(session, line, cells, columns, seen, actor_user_id) for line, cells in body]
    report = ImportReport(encoding, delimiter, columns.ignored, tuple(rows))
    append_events(
        session,
        PeopleImported(
            actor_user_id=actor_user_id,
            rows=len(rows),
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            rejected=report.rejected,
        ),
    )
    return report


def _import_row(
    session: Session,
    line: int,
    cells: list[str],
    columns: _Columns,
    seen: dict[str, int],
    actor_user_id: int | None,
) -> ImportRow:
    fields = _fields(cells, columns)
    email: str | None = None
    try:
        if len(cells) > columns.width and any(c.strip() for c in cells[columns.width :]):
            raise InputError(f"{len(cells)} cellules pour {columns.width} colonnes", param="file")
        email = clean_email(fields.email) if fields.email else None
        if email is None:
            raise InputError("adresse électronique manquante", param="email")
        if email in seen:
            raise InputError(f"adresse déjà lue ligne {seen[email]}", param="email")
        seen[email] = line
        role = _role(fields.role)
        existing = session.scalars(select(User).where(User.email == email)).first()
        if existing is None:
            if not fields.name:
                raise InputError("nom manquant", param="name")
            _ensure_may_name(session, actor_user_id, (role or Role.PROFESSIONAL).value)
            # A savepoint per row: a row the database refuses leaves the others standing.
            with session.begin_nested():
                user = add_user(
                    session,
                    name=fields.name,
                    email=email,
                    role=role or Role.PROFESSIONAL,
                    service=fields.service or None,
                    actor_user_id=actor_user_id,
                )
            return ImportRow(line, "created", email, user_id=user.id)
        if existing.role == Role.APPLICATION.value:
            raise InputError("cette adresse est celle d'un compte d'application", param="email")
        with session.begin_nested():
            changed = update_person(
                session,
                existing.id,
                name=fields.name or None,
                role=role,
                service=fields.service or None,
                actor_user_id=actor_user_id,
            )
        note = None if existing.active else "compte désactivé : mis à jour, non réactivé"
        if not changed:
            return ImportRow(line, "unchanged", email, note, existing.id)
        return ImportRow(line, "updated", email, note, existing.id, tuple(changed))
    except EgideError as exc:
        return ImportRow(line, "rejected", email, exc.message)
