"""Pseudonyms, the users directory, and reports that never name anyone unless the DPO asked."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from egide.errors import ConfigError, InputError
from egide.shadow.directory import UNKNOWN, Directory
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.report import write_reports

from .conftest import SAMPLES, SECRET, ZSCALER_MAP, Scan

LOGINS = (
    "jdupont",
    "mmartin",
    "plefevre",
    "emartin",
    "fleroy",
    "gblanc",
    "imoreau",
    "alice",
    "bob",
    "carol",
    "dave",
)


def test_pseudonyms_are_keyed_stable_and_opaque() -> None:
    one, other = UserPseudonyms(SECRET), UserPseudonyms(SECRET + "-other")
    assert one.pseudonym("jdupont") == UserPseudonyms(SECRET).pseudonym("jdupont")
    assert one.pseudonym("JDupont ") == one.pseudonym("jdupont")  # logins compare without case
    assert one.pseudonym("jdupont") != other.pseudonym("jdupont")  # the key matters
    assert one.pseudonym("jdupont") != one.pseudonym("mmartin")
    assert re.fullmatch(r"u-[0-9a-f]{12}", one.pseudonym("jdupont"))
    sealed = one.seal("jdupont")
    assert b"jdupont" not in sealed
    assert one.open(sealed) == "jdupont"
    with pytest.raises(ConfigError):
        other.open(sealed)


def test_directory_forms_networks_and_unknowns() -> None:
    directory = Directory.load(SAMPLES / "users.csv")
    assert directory.service_of("JDUPONT") == "Cardiologie"
    assert directory.service_of("DOMAINE\\plefevre") == "Pharmacie"
    assert directory.service_of("mmartin@chu-exemple.fr") == "Urgences"
    assert directory.service_of("10.1.3.200") == "Bloc opératoire"
    assert directory.service_of("10.1.4.1") == UNKNOWN
    assert directory.service_of("inconnu") == UNKNOWN
    with pytest.raises(InputError, match="colonne d'identité"):
        Directory.parse("nom,prenom\nDupont,Jean\n")


def _all_text(out: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8-sig") for path in sorted(out.iterdir()))


def test_reports_are_pseudonymised(tmp_path: Path, run_scan: Scan) -> None:
    result = run_scan(
        "squid_access.log",
        "combined_access.log",
        "bluecoat_w3c.log",
        users=Directory.load(SAMPLES / "users.csv"),
    )
    written = write_reports(result, tmp_path)
    assert {p.name for p in written} == {
        "shadow-report.html",
        "shadow-report.json",
        "shadow-destinations.csv",
        "shadow-services.csv",
        "shadow-days.csv",
        "shadow-users.csv",
        "shadow-usage.csv",
    }
    text = _all_text(tmp_path).lower()
    for login in LOGINS:
        assert login not in text, login
    assert "10.1.3.23" not in text  # an address used as identity is pseudonymised too
    assert "/backend-api" not in text and "/api/upload" not in text  # hosts only, never paths
    document = json.loads((tmp_path / "shadow-report.json").read_text(encoding="utf-8"))
    assert document["scan"]["pseudonymised"] is True
    assert {u["user"] for u in document["users"]} == set(result.identities)
    assert document["scan"]["totals"]["ai_requests"] == result.ai_requests
    assert document["scan"]["malformed_samples"][0] == {
        "source": str(SAMPLES / "squid_access.log"),
        "line": 13,
        "reason": "trop peu de champs",
    }
    with (tmp_path / "shadow-destinations.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert sum(int(r["requests"]) for r in rows) == result.ai_requests


def test_html_report_is_self_contained(tmp_path: Path, run_scan: Scan) -> None:
    result = run_scan("zscaler_nss.csv", field_map=ZSCALER_MAP)
    write_reports(result, tmp_path)
    html = (tmp_path / "shadow-report.html").read_text(encoding="utf-8")
    charts = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert len(charts) >= 3
    for chart in charts:
        ElementTree.fromstring(chart)  # well-formed XML
    bars = ElementTree.fromstring(charts[-2])  # destinations, one bar per host, coloured by class
    titles = [t.text or "" for t in bars.iter("{http://www.w3.org/2000/svg}title")]
    assert any(t.startswith("chatgpt.com : 2 (IA connue, non approuvée)") for t in titles), titles
    for forbidden in ("<script", "<link", " src=", "@import", "url("):
        assert forbidden not in html
    assert "chatgpt.com" in html and "mon-chatbot.example.ai" in html
    assert "pseudonymisés" in html
    # Readable on a phone and a laptop: a viewport, and every table in a box that scrolls by itself.
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert html.count("<table>") == html.count('<div class="scroll"><table>') >= 3
    assert "services\ngénéralistes avec IA" in html or "services généralistes avec IA" in html


def test_directory_text_is_escaped_in_html(tmp_path: Path, run_scan: Scan) -> None:
    log = tmp_path / "export.csv"
    log.write_text("time,user,host,reqsize\n2025-11-03T10:00:00+01:00,x,chatgpt.com,10\n", encoding="utf-8")
    users = Directory.parse("user,service\nx,<script>alert(1)</script>\n")
    result = run_scan(str(log), users=users)
    assert result.rows[0].service == "<script>alert(1)</script>"
    write_reports(result, tmp_path / "out")
    html = (tmp_path / "out" / "shadow-report.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_directory_from_an_ldif_export() -> None:
    ldif = (
        "version: 1\n\n"
        "dn: CN=Jean Dupont,OU=Cardiologie,DC=chu-exemple,DC=fr\n"
        "sAMAccountName: jdupont\n"
        "mail: jean.dupont@chu-exemple.fr\n"
        "department: Cardiologie\n\n"
        "# an entry without a service is skipped\n"
        "dn: CN=Compte Service,DC=chu-exemple,DC=fr\n"
        "sAMAccountName: svc-backup\n\n"
        "dn: CN=Hélène Roux,OU=Pharmacie,DC=chu-exemple,DC=fr\n"
        "sAMAccountName: hroux\n"
        "department:: UGhhcm1hY2llIGNlbnRyYWxl\n"
        " \n"
    )
    directory = Directory.parse(ldif, origin="export.ldif")
    assert directory.service_of("CHU\\jdupont") == "Cardiologie"
    assert directory.service_of("jean.dupont@chu-exemple.fr") == "Cardiologie"
    assert directory.service_of("hroux") == "Pharmacie centrale"  # base64 value
    assert directory.service_of("svc-backup") == UNKNOWN
