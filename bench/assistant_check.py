"""Speed of the assistant's check before sending (issue 11: ≤ 100 ms for a 2,000-character note).

    python -m bench assistant_check [--runs 50] [--chars 2000]

A synthetic clinical letter of about ``--chars`` characters (names, dates, NIR, phone, address,
doses) is checked as the assistant page checks it while the professional types: the gateway's own
path (``Gateway.check``: the person's gate, the tool's route, detection, policy, pseudonymisation)
on a migrated SQLite database, for a contracted tool (pseudonymised) and a public one (refused).
Prints the median, the 90th percentile and the worst of ``--runs`` checks after one warm-up.
The machine is shared: compare runs close in time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tests.governance.reviewed import approve_reviewed

from bench.support.table import render
from egide.app import database_of
from egide.gateway.app import create_app
from egide.gateway.check import check_text
from egide.governance import accept_charter, add_tool, add_user, bootstrap, record_training
from egide.settings import Settings

PARAGRAPH = (
    "Mme Jeanne DUPONT, née le 03/02/1961, NIR 2 61 02 75 115 123 45, demeurant 12 rue des Lilas "
    "76000 Rouen, tél. 06 12 34 56 78, est suivie pour une BPCO stade 2. Elle a été hospitalisée du "
    "28/11/2026 au 02/12/2026 pour une exacerbation traitée par amoxicilline 1 g trois fois par jour et "
    "prednisolone 40 mg pendant 5 jours. Saturation 93 % en air ambiant, CRP 48 mg/L. "
)


def letter(chars: int) -> str:
    text = "Cher confrère,\n\n"
    while len(text) < chars:
        text += PARAGRAPH
    return text[:chars]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--chars", type=int, default=2000)
    args = parser.parse_args()
    note = letter(args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            environment="test",
            data_dir=Path(tmp),
            secret_key="bench-secret-" + "x" * 40,
            gateway={"rate_limit_per_minute": 0},
        )
        database = database_of(settings)
        database.migrate()
        bootstrap(database)
        with database.session(write=True) as session:
            for name, klass, alias in [
                ("Sous contrat", "contracted", "contrat"),
                ("Public", "public", "public"),
            ]:
                tool = add_tool(
                    session,
                    name=name,
                    base_url="http://127.0.0.1:9/v1",
                    confidentiality=klass,
                    models={alias: "m"},
                )
                approve_reviewed(session, tool.id)
            person = add_user(session, name="Bench", email="bench@chu.test", role="professional")
            record_training(session, person.id, completed_on=date.today() - timedelta(days=1))
            accept_charter(session, person.id)
        gateway = create_app(settings, database=database).state.gateway
        gateway.warm_up()
        rows = []
        for alias in ("contrat", "public"):
            check_text(gateway, person.id, alias, note, request_id="warm")
            times = []
            for i in range(args.runs):
                started = time.perf_counter()
                report = check_text(gateway, person.id, alias, note, request_id=f"r{i}")
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            rows.append(
                [
                    alias,
                    report.action,
                    str(len(note)),
                    str(len(report.findings)),
                    f"{statistics.median(times):.1f}",
                    f"{times[int(0.9 * (len(times) - 1))]:.1f}",
                    f"{times[-1]:.1f}",
                ]
            )
        gateway.close()
        database.dispose()
    print(render(["outil", "action", "caractères", "trouvés", "médiane ms", "p90 ms", "max ms"], rows))


if __name__ == "__main__":
    main()
