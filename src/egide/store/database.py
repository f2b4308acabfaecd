"""The ``Database`` object: one engine, short sessions, Alembic migrations, errors translated.

SQLite is the default (a file in ``settings.data_dir``), opened in WAL mode with foreign keys on;
PostgreSQL is chosen by URL (``postgresql+psycopg://…``). Every SQLAlchemy error that leaves a
session is translated into :class:`egide.errors.StorageError` here, the one boundary that meets them.

Writers on SQLite: a deferred transaction that reads and then writes can fail when another process
committed in between (WAL "snapshot" conflict). Sessions that will write open with
``db.session(write=True)``, which issues ``BEGIN IMMEDIATE`` on SQLite (and changes nothing on
PostgreSQL, where row locks do the job).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from egide.errors import ConfigError, EgideError, StorageError
from egide.store.files import create_private_file

log = logging.getLogger(__name__)

#: ``Session.info`` key holding the server secret (decrypts tool credentials, keys the audit chain).
SECRET_INFO_KEY = "egide.secret_key"
#: Execution option read by the SQLite ``begin`` hook: ``"IMMEDIATE"`` takes the write lock at once.
_SQLITE_BEGIN = "egide_sqlite_begin"
#: Arbitrary constant for PostgreSQL's advisory lock that serialises concurrent migrations.
_MIGRATION_LOCK_ID = 0x45474944  # "EGID"


def storage_error(exc: SQLAlchemyError) -> StorageError:
    """Translate a SQLAlchemy error; the message names the kind of failure, never the SQL parameters.

    For operational errors (server unreachable, database locked) the driver's first line is kept:
    it names a host or a lock, which an administrator needs, and never a stored value (values
    appear in the DETAIL lines of integrity errors, which are not quoted).
    """
    orig = getattr(exc, "orig", None)
    kind = type(orig).__name__ if orig is not None else type(exc).__name__
    if isinstance(exc, OperationalError) and orig is not None:
        first_line = str(orig).strip().splitlines()[0][:200] if str(orig).strip() else ""
        return StorageError(f"base de données indisponible ({kind}: {first_line})")
    return StorageError(f"erreur de la base de données ({kind})")


class Database:
    """One database: ``Database(url, secret_key=…)``, then ``.migrate()`` once and ``.session()`` per unit of work.

    ``secret_key`` is the server secret; sessions carry it in ``session.info`` so that service
    functions can decrypt tool credentials and key the audit chain. Without it, reading works but
    those operations raise :class:`ConfigError`. ``egide.app`` builds it from the settings.
    """

    def __init__(self, url: str, *, secret_key: str | None = None, echo: bool = False) -> None:
        try:
            self.url = make_url(url)
        except ArgumentError as exc:
            raise ConfigError(
                "URL de base de données invalide (sqlite:///… ou postgresql+psycopg://…)"
            ) from exc
        self.secret_key = secret_key
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        try:
            self.engine: Engine = self._create_engine(echo)
        except (ArgumentError, ModuleNotFoundError) as exc:  # unknown dialect or driver
            raise ConfigError(f"base de données non prise en charge : {self.url.drivername}") from exc
        self._writer_engine = self.engine.execution_options(**{_SQLITE_BEGIN: "IMMEDIATE"})
        info: dict[Any, Any] = {SECRET_INFO_KEY: secret_key}
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False, info=info)
        self._writer_sessions = sessionmaker(bind=self._writer_engine, expire_on_commit=False, info=info)

    def _create_engine(self, echo: bool) -> Engine:
        if not self.is_sqlite:
            return create_engine(self.url, echo=echo, pool_pre_ping=True)
        database = self.url.database
        if database and database != ":memory:" and not database.startswith("file:"):
            create_private_file(Path(database))
        # timeout: how long a writer waits for the lock (busy timeout) before failing.
        engine = create_engine(
            self.url, echo=echo, connect_args={"timeout": 30.0, "check_same_thread": False}
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy (the "begin" hook below) issue BEGIN itself instead of pysqlite guessing.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            _wal(cursor)
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            mode = conn.get_execution_options().get(_SQLITE_BEGIN, "")
            conn.exec_driver_sql(f"BEGIN {mode}".strip())

        return engine

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error; SQLAlchemy errors become ``StorageError``.

        ``write=True`` takes the write lock at the start on SQLite (``BEGIN IMMEDIATE``): use it for
        every session that writes, so that concurrent processes queue instead of failing.
        """
        factory = self._writer_sessions if write else self._sessions
        try:
            with factory() as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except EgideError:
            raise
        except SQLAlchemyError as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[Connection]:
        """Like :meth:`session` but a Core connection in a transaction: for hot paths that run
        prepared Core statements and need no ORM objects (about 0.2 ms less per transaction)."""
        engine = self._writer_engine if write else self.engine
        try:
            with engine.begin() as conn:
                yield conn
        except EgideError:
            raise
        except SQLAlchemyError as exc:
            raise storage_error(exc) from exc

    def is_initialised(self) -> bool:
        """Whether égide's schema was ever created here (Alembic's version table exists)."""
        try:
            with self.engine.connect() as conn:
                return inspect(conn).has_table("alembic_version")
        except SQLAlchemyError as exc:
            raise storage_error(exc) from exc

    def migrate(self) -> None:
        """Bring the schema to the latest revision (Alembic ``upgrade head``), safely from several processes."""
        from egide.store.migrate import upgrade_head

        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{_SQLITE_BEGIN: "IMMEDIATE"})
                with conn.begin():
                    if not self.is_sqlite:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
                    upgrade_head(conn)
        except SQLAlchemyError as exc:
            raise storage_error(exc) from exc

    def dispose(self) -> None:
        """Close every pooled connection (end of process, tests)."""
        self.engine.dispose()


def _wal(cursor: Any, patience_s: float = 30.0) -> None:
    """Put a SQLite file in WAL mode (it stays so): once, by whichever process opens it first.

    Switching the journal mode needs the file to itself, and SQLite answers « database is locked » at
    once, without waiting out the busy timeout, when several connections open a new file together
    (three threads switching a fresh file: 9 failures in 900 connections here; none with this
    function). The mode is read first: once the file is in WAL mode nothing is switched; otherwise
    the switch is retried for as long as a writer would wait.
    """
    deadline = time.monotonic() + patience_s
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def session_secret(session: Session) -> str:
    """The server secret carried by a session opened from a :class:`Database` built with one."""
    secret = session.info.get(SECRET_INFO_KEY)
    if not isinstance(secret, str) or not secret:
        raise ConfigError("base de données ouverte sans la clé secrète du serveur")
    return secret
