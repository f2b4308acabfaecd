"""Speed of the dashboard (« Estimer ») on a large audit trail: one page, one CSV, on SQLite or PostgreSQL.

    python -m bench.dashboard_speed                       # 1,000,000 events over a year, SQLite
    python -m bench.dashboard_speed --events 100000       # a quick run while iterating
    python -m bench.dashboard_speed --postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres

The trail is written through the audit log itself (``AuditLog.append``, the real chain), reproducibly
(fixed seed): for each request a ``gateway.request``, a ``gateway.decision`` (allowed, pseudonymised or
blocked, with counts by label) and a ``gateway.upstream``, plus refusals before the policy, spread evenly
over ``--days`` days up to today, by 500 people in 12 services on 5 tools. Then the dashboard is built
as the console page builds it (every section), for the last 28 days by day and the whole year by week,
and one chart's CSV; each timing is the median of ``--repeat`` runs. The database is created in a
temporary directory (or a throwaway PostgreSQL database) and removed afterwards.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.support.machine import describe, facts
from egide.audit import AuditLog
from egide.audit.events import AuditEvent
from egide.dashboard import chart, dashboard, period_of, to_csv
from egide.dashboard.trail import Filters, GatewayCounts, gateway_counts
from egide.gateway.events import (
    GatewayAccessRefused,
    GatewayPolicyDecision,
    GatewayRequestReceived,
    GatewayUpstreamResult,
)
from egide.governance import Role, add_tool, add_user
from egide.store import Database

SECRET = "bench-secret-for-the-dashboard-0123456789-abcdef"
LABELS = ("NOM", "NIR", "DATE_NAISSANCE", "TELEPHONE", "IPP", "ADRESSE", "DATE", "EMAIL")
SERVICES = tuple(f"Service {n:02d}" for n in range(1, 13))
REFUSALS = ("training_required", "charter_not_accepted", "model_suspended", "invalid_api_key", "rate_limited")


def _registry(db: Database, people: int) -> tuple[list[int], list[int]]:
    with db.session(write=True) as session:
        users = [
            add_user(
                session,
                name=f"Personne {n}",
                email=f"p{n}@chu-exemple.fr",
                role=Role.PROFESSIONAL,
                service=SERVICES[n % len(SERVICES)],
            ).id
            for n in range(people)
        ]
        tools = [
            add_tool(
                session,
                name=f"Outil {n}",
                base_url=f"http://127.0.0.1:9/v{n}",
                confidentiality="hds",
                models={f"modele-{n}-a": "a", f"modele-{n}-b": "b"},
            ).id
            for n in range(5)
        ]
    return users, tools


def _events(count: int, days: int, users: list[int], tools: list[int], today: date) -> Iterator[AuditEvent]:
    rng = random.Random(7)
    start = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), UTC)
    step = timedelta(days=days) / (count / 3)
    written, n = 0, 0
    while written < count:
        at = start + step * n
        n += 1
        actor, tool = rng.choice(users), rng.choice(tools)
        if rng.random() < 0.03:
            yield GatewayAccessRefused(
                occurred_at=at, actor_user_id=actor, reason_code=rng.choice(REFUSALS), status=403
            )
            written += 1
            continue
        rid = f"r{n}"
        action = rng.choices(("allow", "pseudonymise", "block"), (50, 40, 10))[0]
        found = (
            {}
            if action == "allow"
            else {lb: rng.randint(1, 3) for lb in rng.sample(LABELS, rng.randint(1, 3))}
        )
        yield GatewayRequestReceived(
            occurred_at=at,
            actor_user_id=actor,
            request_id=rid,
            endpoint="chat.completions",
            tool_id=tool,
            model=f"modele-{tools.index(tool)}-{rng.choice('ab')}",
            messages=3,
            text_parts=3,
        )
        yield GatewayPolicyDecision(
            occurred_at=at,
            actor_user_id=actor,
            request_id=rid,
            tool_id=tool,
            confidentiality="hds",
            action=action,
            reason_code="identifying_data" if action == "block" else None,
            counts=found,  # type: ignore[arg-type]
        )
        yield GatewayUpstreamResult(
            occurred_at=at,
            actor_user_id=actor,
            request_id=rid,
            tool_id=tool,
            outcome="ok",
            status=200,
            latency_ms=rng.randint(200, 3000),
        )
        written += 3


def _seed(db: Database, events: int, days: int, today: date) -> float:
    users, tools = _registry(db, 500)
    log = AuditLog(db, SECRET)
    started = time.perf_counter()
    batch: list[AuditEvent] = []
    for event in _events(events, days, users, tools, today):
        batch.append(event)
        if len(batch) == 10_000:
            log.append(*batch)
            batch = []
    if batch:
        log.append(*batch)
    return time.perf_counter() - started


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


def _median(repeat: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


PARTS = ("by_time", "by_model", "refusals")  # by_time: the decisions, grouped three ways at once


def measure(db: Database, *, events: int, days: int, repeat: int, seed: bool = True) -> None:
    today = datetime.now(UTC).date()
    if seed:
        seeded = _seed(db, events, days, today)
        print(f"piste écrite : {_n(events)} événements sur {days} jours en {seeded:.0f} s (AuditLog.append)")
    month = Filters(period_of(today=today))
    year = Filters(
        period_of(today=today, start=(today - timedelta(days=days - 1)).isoformat(), granularity="semaine")
    )
    with db.session() as session:
        views = (
            ("28 jours, par jour", month),
            (f"{days} jours, par semaine", year),
            (
                f"{days} jours, par semaine, un service sur {len(SERVICES)}",
                Filters(year.period, service=SERVICES[0]),
            ),
        )
        for name, filters in views:
            decided = sum(gateway_counts(session, filters).by_time.values())
            page = _median(repeat, lambda f=filters: dashboard(session, f))  # type: ignore[misc]
            parts = {
                part: _median(repeat, lambda f=filters, p=part: getattr(GatewayCounts(session, f), p))  # type: ignore[misc]
                for part in PARTS
            }
            detail = ", ".join(f"{part} {seconds * 1000:.0f}" for part, seconds in parts.items())
            print(
                f"tableau de bord, {name} : {page * 1000:.0f} ms ({_n(decided)} requêtes décidées) ; "
                f"requêtes SQL en ms : {detail}"
            )
        csv_s = _median(repeat, lambda: to_csv(chart(session, year, "requetes-par-decision")))
        print(f"export CSV d'un graphique ({days} jours) : {csv_s * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--keep", type=Path, help="SQLite: keep the database in this folder and reuse it next time"
    )
    parser.add_argument(
        "--postgres", metavar="URL_ADMIN", help="a PostgreSQL server (a throwaway database is made on it)"
    )
    args = parser.parse_args()
    print(describe(facts()))
    if args.postgres:
        import psycopg
        from sqlalchemy import make_url

        admin = make_url(args.postgres)
        name = f"egide_bench_{secrets.token_hex(4)}"
        plain = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        db = Database(admin.set(database=name).render_as_string(hide_password=False), secret_key=SECRET)
        try:
            db.migrate()
            print("base : PostgreSQL")
            measure(db, events=args.events, days=args.days, repeat=args.repeat)
        finally:
            db.dispose()
            with psycopg.connect(plain, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    with tempfile.TemporaryDirectory(prefix="egide-bench-dashboard-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        reuse = (folder / "egide.db").exists()
        db = Database(f"sqlite:///{folder / 'egide.db'}", secret_key=SECRET)
        try:
            db.migrate()
            print("base : SQLite" + (f" (réutilisée : {folder})" if reuse else ""))
            measure(db, events=args.events, days=args.days, repeat=args.repeat, seed=not reuse)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
