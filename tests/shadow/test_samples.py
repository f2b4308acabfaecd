"""Each format's sample, written from its documentation with broken lines and mixed traffic: exact counts."""

from __future__ import annotations

from datetime import UTC, date, datetime

from egide.shadow.classify import Kind, RegistryTool
from egide.shadow.directory import Directory
from egide.shadow.scan import ScanResult
from egide.shadow.views import build

from .conftest import SAMPLES, ZSCALER_MAP, Scan


def _requests(result: ScanResult, kind: Kind) -> dict[str, int]:
    found: dict[str, int] = {}
    for row in result.rows:
        if row.destination.kind is kind:
            found[row.destination.host] = found.get(row.destination.host, 0) + row.requests
    return found


def _counts(result: ScanResult) -> tuple[int, int, int, int]:
    return result.lines, result.records, result.ignored, result.malformed


def test_squid_native(run_scan: Scan) -> None:
    result = run_scan("squid_access.log")
    assert [f.format for f in result.files] == ["squid"]
    # 20 lines: 12 requests, 3 without one (407 challenge, error:invalid-request, blank), 5 broken.
    assert _counts(result) == (20, 12, 3, 5)
    assert sorted((s.line, s.reason) for s in result.samples) == [
        (13, "trop peu de champs"),
        (14, "code de résultat invalide"),
        (15, "nombre d'octets invalide"),
        (16, "horodatage invalide"),
        (17, "pas d'hôte de destination"),
    ]
    assert _requests(result, Kind.UNAPPROVED) == {
        "chatgpt.com": 3,
        "claude.ai": 1,
        "chat.deepseek.com": 1,
        "api.openai.com": 1,  # http://user:pass@API.OpenAI.com:8080/… normalised
    }
    assert _requests(result, Kind.EMBEDDED) == {"teams.microsoft.com": 1}
    assert _requests(result, Kind.SUSPICIOUS) == {"gpt-redacteur.example.net": 1}
    # Neither scribe.ai (uploads unknown in the native format) nor the approved gateway (no registry here).
    assert result.ai_requests == 8
    assert not result.uploads_known
    assert all(row.sent is None for row in result.rows)
    assert sum(row.blocked for row in result.rows) == 1
    views = build(result.rows)
    chatgpt = next(v for v in views.destinations if v.destination.host == "chatgpt.com")
    assert chatgpt.received == 5120 + 81234 + 3000
    assert chatgpt.users == 1
    assert chatgpt.days == 2  # 23:30 UTC on 3 November is 4 November in Paris
    assert chatgpt.first_seen == datetime(2025, 11, 3, 9, 0, 0, 123000, tzinfo=UTC)
    assert chatgpt.destination.vendor == "OpenAI"
    assert chatgpt.destination.eea is False
    assert {d.day for d in views.days} == {date(2025, 11, 3), date(2025, 11, 4)}
    assert result.period_start == datetime(2025, 11, 3, 9, 0, 0, 123000, tzinfo=UTC)
    assert result.period_end == datetime(2025, 11, 3, 23, 30, tzinfo=UTC)


def test_squid_with_registry_and_directory(run_scan: Scan) -> None:
    users = Directory.load(SAMPLES / "users.csv")
    result = run_scan(
        "squid_access.log", approved=[RegistryTool("IA du CHU", "ia.chu-exemple.fr")], users=users
    )
    assert _requests(result, Kind.APPROVED) == {"ia.chu-exemple.fr": 1}
    assert result.ai_requests == 9
    services = {v.service: v for v in build(result.rows).services}
    assert services["Cardiologie"].requests == 5  # jdupont: chatgpt ×3, api.openai.com, the approved gateway
    assert services["Urgences"].requests == 2  # mmartin: claude.ai, teams
    assert services["Pharmacie"].requests == 1  # DOMAINE%5Cplefevre, URL-decoded and stripped of its domain
    assert services["Bloc opératoire"].requests == 1  # no user: the address 10.1.3.23 falls in 10.1.3.0/24
    assert set(services) == {"Cardiologie", "Urgences", "Pharmacie", "Bloc opératoire"}


def test_combined_and_common(run_scan: Scan) -> None:
    result = run_scan("combined_access.log")
    assert [f.format for f in result.files] == ["combined"]
    # 12 lines: 6 requests, 2 without one (407, nginx "-"), 4 broken.
    assert _counts(result) == (12, 6, 2, 4)
    assert sorted((s.line, s.reason) for s in result.samples) == [
        (8, "pas d'hôte de destination"),
        (9, "horodatage invalide"),
        (10, "ne suit pas la disposition common/combined"),
        (12, "horodatage invalide"),
    ]
    assert _requests(result, Kind.UNAPPROVED) == {
        "claude.ai": 1,
        "www.perplexity.ai": 1,
        "chat.mistral.ai": 1,
        "gemini.google.com": 1,
        "copilot.microsoft.com": 1,
    }
    assert sum(row.blocked for row in result.rows) == 1
    claude = next(row for row in result.rows if row.destination.host == "claude.ai")
    assert claude.first_seen == datetime(2025, 11, 3, 9, 0, tzinfo=UTC)  # 10:00 +0100
    assert claude.received == 15000
    copilot = next(row for row in result.rows if row.destination.host == "copilot.microsoft.com")
    assert copilot.received is None  # "-" byte count
    assert len({row.user for row in result.rows}) == 4


def test_w3c_blue_coat(run_scan: Scan) -> None:
    result = run_scan("bluecoat_w3c.log", approved=[RegistryTool("Mistral (contrat)", "api.mistral.ai")])
    assert [f.format for f in result.files] == ["w3c"]
    # 16 lines: 7 directives, 7 requests, 2 broken.
    assert _counts(result) == (16, 7, 7, 2)
    assert sorted((s.line, s.reason) for s in result.samples) == [
        (13, "nombre de champs différent de #Fields:"),
        (14, "nombre d'octets invalide"),
    ]
    assert _requests(result, Kind.UNAPPROVED) == {"chatgpt.com": 1, "claude.ai": 1, "chat.deepseek.com": 1}
    # The second #Fields: layout is honoured; the registry's host wins over the catalogue (*.mistral.ai).
    assert _requests(result, Kind.APPROVED) == {"api.mistral.ai": 1}
    # notes.scribe.ai received 2.5 MB of uploads: suspicious; weather.ai got 500 bytes: not reported.
    assert _requests(result, Kind.SUSPICIOUS) == {"notes.scribe.ai": 1}
    assert result.uploads_known
    sent = {row.destination.host: row.sent for row in result.rows}
    assert sent == {
        "chatgpt.com": 250000,
        "claude.ai": 1800000,
        "chat.deepseek.com": 900,
        "api.mistral.ai": 4096,
        "notes.scribe.ai": 2500000,
    }
    deepseek = next(row for row in result.rows if row.destination.host == "chat.deepseek.com")
    assert deepseek.blocked == 1


def test_w3c_upload_threshold_is_configurable(run_scan: Scan) -> None:
    from egide.shadow.config import ShadowConfig

    result = run_scan("bluecoat_w3c.log", config=ShadowConfig(suspicious_upload_bytes=400))
    assert _requests(result, Kind.SUSPICIOUS) == {"notes.scribe.ai": 1, "weather.ai": 1}


def test_zscaler_csv_with_field_map(run_scan: Scan) -> None:
    result = run_scan("zscaler_nss.csv", field_map=ZSCALER_MAP)
    assert [f.format for f in result.files] == ["csv"]
    # 8 lines: 6 requests, 2 broken.
    assert _counts(result) == (8, 6, 0, 2)
    assert sorted((s.line, s.reason) for s in result.samples) == [
        (6, "trop peu de champs"),
        (7, "horodatage invalide"),
    ]
    assert _requests(result, Kind.UNAPPROVED) == {"chatgpt.com": 2, "gemini.google.com": 1, "claude.ai": 1}
    assert _requests(result, Kind.SUSPICIOUS) == {"mon-chatbot.example.ai": 1}
    views = build(result.rows)
    unapproved = next(k for k in views.kinds if k.kind is Kind.UNAPPROVED)
    assert unapproved.sent == 52311 + 1048576 + 0 + 4096
    assert unapproved.users == 3
    assert sum(row.blocked for row in result.rows) == 1  # action "Blocked"
    claude = next(row for row in result.rows if row.destination.host == "claude.ai")
    # A naive time is read in the establishment's zone: 23:45 in Paris (UTC+1) is 22:45 UTC, still 3 November.
    assert claude.first_seen == datetime(2025, 11, 3, 22, 45, tzinfo=UTC)
    assert claude.day == date(2025, 11, 3)


def test_csv_with_recognised_header_needs_no_map(run_scan: Scan) -> None:
    result = run_scan("export_header.tsv")
    assert [f.format for f in result.files] == ["csv"]
    assert _counts(result) == (3, 2, 1, 0)  # the header row is ignored
    assert _requests(result, Kind.UNAPPROVED) == {"www.perplexity.ai": 1}
    assert result.rows[0].sent == 3000


def test_several_files_of_different_formats_in_one_scan(run_scan: Scan) -> None:
    result = run_scan("squid_access.log", "combined_access.log", "bluecoat_w3c.log")
    assert [f.format for f in result.files] == ["squid", "combined", "w3c"]
    assert result.lines == 20 + 12 + 16
    assert result.malformed == 5 + 4 + 2
    assert result.ai_requests == 8 + 5 + 5


def test_squid_custom_logformat_with_request_sizes(run_scan: Scan) -> None:
    """``logformat egide %ts.%03tu %>a %un %Ss/%03>Hs %>st %<st %rm %ru`` read as a space-delimited feed."""
    result = run_scan(
        "squid_custom.log",
        fmt="csv",
        field_map="time=1,client=2,user=3,action=4,sent=5,received=6,url=8,delimiter=space",
    )
    assert _counts(result) == (4, 4, 0, 0)
    # With request sizes, the .ai heuristic applies: 734,003 bytes sent is under the default 1 MB…
    assert _requests(result, Kind.SUSPICIOUS) == {}
    assert _requests(result, Kind.UNAPPROVED) == {"chatgpt.com": 1, "chat.deepseek.com": 1}
    assert sum(row.blocked for row in result.rows) == 1
    assert {row.destination.host: row.sent for row in result.rows} == {
        "chatgpt.com": 2048,
        "chat.deepseek.com": 0,
    }
    # …and over a lower threshold.
    from egide.shadow.config import ShadowConfig

    lower = run_scan(
        "squid_custom.log",
        fmt="csv",
        field_map="time=1,client=2,user=3,action=4,sent=5,received=6,url=8,delimiter=space",
        config=ShadowConfig(suspicious_upload_bytes=500_000),
    )
    assert _requests(lower, Kind.SUSPICIOUS) == {"scribe.ai": 1}
