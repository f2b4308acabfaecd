"""The notice, the report and the register entry, in HTML and PDF, say what the system holds."""

from __future__ import annotations

import csv
import io
from html import unescape

from egide.audit import AuditLog
from egide.compliance import (
    ComplianceConfig,
    in_use,
    overview,
    patient_notice,
    processing_register,
    register_csv,
    set_status,
)
from egide.compliance.documents import notice_html, register_html, report_html, to_pdf
from egide.confidentiality import Confidentiality
from egide.governance import Role, add_tool, bootstrap, suspend_tool
from egide.store import Database
from tests.compliance.pdf import pdf_pages, pdf_text
from tests.compliance.support import add_person, facts
from tests.conftest import TEST_SECRET
from tests.governance.reviewed import approve_reviewed

PEOPLE = [
    ("Lucie Bernard", "lucie.bernard@example.org", Role.PROFESSIONAL),
    ("Claire Martin", "claire.martin@example.org", Role.DPO),
    ("Marc Petit", "marc.petit@example.org", Role.RSSI),
]


def _registry(db: Database) -> dict[str, int]:
    bootstrap(db)
    ids = {name: add_person(db, name, email, role) for name, email, role in PEOPLE}
    with db.session(write=True) as session:
        for name, confidentiality, mention in (
            ("Mistral Santé HDS", Confidentiality.HDS, "Réponse rédigée avec l'aide d'une IA"),
            ("Assistant public", Confidentiality.PUBLIC, None),
            ("Outil suspendu", Confidentiality.CONTRACTED, None),
        ):
            tool = add_tool(
                session,
                name=name,
                base_url=f"https://{len(name)}.example.org/v1",
                confidentiality=confidentiality,
                models={f"m{len(name)}": "model"},
                visible_mention=mention,
            )
            approve_reviewed(session, tool.id)
            if name == "Outil suspendu":
                suspend_tool(session, tool.id)
    return ids


def test_the_notice_lists_the_approved_tools_with_their_safeguards_and_no_person(database: Database) -> None:
    _registry(database)
    with database.session() as session:
        notice = patient_notice(session, facts(mapping_ttl_s=0))
    assert [tool.name for tool in notice.tools] == ["Assistant public", "Mistral Santé HDS"]
    html = notice_html(notice)
    pdf = to_pdf(html, title="Information des patients")
    text = pdf_text(pdf)
    for page in (unescape(html), text):
        assert "Mistral Santé HDS" in page
        assert "Assistant public" in page
        assert "Outil suspendu" not in page and "aperçu" not in page
        assert "Centre hospitalier de Trouville" in page
        assert "dpo@ch-trouville.example" in page
        assert "hébergeur certifié pour les données de santé (HDS)" in page
        assert "une demande qui en contient est bloquée" in page  # the public tool under « block »
        assert "Réponse rédigée avec l'aide d'une IA" in page
        assert "conservé 183 jours" in page
        assert "CNIL" in page
        for name, email, _role in PEOPLE:  # public page: no one of the registry is named
            assert name not in page and email not in page
        assert "admin@egide.local" not in page and "Administrateur" not in page
    assert "n'est gardée que le temps de la demande" in text
    # from the tools' assessments: their purpose, no reuse for training, data kept in the EEA
    assert "Aide à la rédaction de courriers administratifs" in text
    hds = next(tool for tool in notice.tools if tool.name == "Mistral Santé HDS")
    assert "le fournisseur ne réutilise pas les données reçues pour entraîner ses modèles" in hds.safeguards
    assert "les données restent dans l'Espace économique européen" in hds.safeguards
    public = next(tool for tool in notice.tools if tool.name == "Assistant public")
    assert not any("entraîner" in line or "Espace économique" in line for line in public.safeguards)


def test_the_notice_follows_the_policy_and_the_mapping_lifetime(database: Database) -> None:
    _registry(database)
    pseudonymising = facts(
        policy_matrix={
            "public": "pseudonymise",
            "contracted": "pseudonymise",
            "hds": "allow",
            "on_premise": "allow",
        },
        mapping_ttl_s=1800,
    )
    with database.session() as session:
        notice = patient_notice(session, pseudonymising)
    public = next(tool for tool in notice.tools if tool.name == "Assistant public")
    hds = next(tool for tool in notice.tools if tool.name == "Mistral Santé HDS")
    assert any("remplacés par des pseudonymes" in line for line in public.safeguards)
    assert any("sans pseudonymes" in line for line in hds.safeguards)
    assert any("au plus tard 30 minutes" in line for line in notice.safeguards)


def test_a_notice_without_tools_says_so(database: Database) -> None:
    bootstrap(database)
    with database.session() as session:
        notice = patient_notice(session, facts(config=ComplianceConfig()))
    text = pdf_text(to_pdf(notice_html(notice), title="Information des patients"))
    assert "aucun outil d'IA générative" in text
    assert "coordonnées sont disponibles auprès de l'accueil" in text


def test_the_report_has_requirements_statuses_evidence_and_the_chain_check(database: Database) -> None:
    ids = _registry(database)
    with database.session(write=True) as session:
        referential = in_use(session).loaded.referential
        set_status(
            session,
            referential,
            "RGPD-35",
            "partial",
            "AIPD ouverte le 3 novembre.",
            actor_user_id=ids["Claire Martin"],
        )
    chain = AuditLog(database, TEST_SECRET).verify()
    with database.session() as session:
        view = overview(session, facts(), chain=chain)
    html = report_html(view, establishment="Centre hospitalier de Trouville")
    pdf = to_pdf(html, title="Rapport de conformité")
    text = pdf_text(pdf)
    assert pdf_pages(pdf) >= 3
    assert f"référentiel {referential.version}" in text
    assert f"journal d'audit intègre : {chain.checked} enregistrements vérifiés" in text
    for requirement in referential.requirements:
        assert requirement.id in text
    assert "partiellement conforme" in text and "AIPD ouverte le 3 novembre." in text
    assert "fixé par Claire Martin" in text
    assert (
        f"{len(referential.requirements)} : 1 partiellement conforme, {len(referential.requirements) - 1} non évaluée"
        in text
    )
    assert "Mistral Santé HDS : hébergeur certifié HDS (pseudonymiser avant l'envoi)" in text
    assert "seuls les textes officiels font foi" in text


def test_the_register_entry_in_html_pdf_and_csv(database: Database) -> None:
    ids = _registry(database)
    with database.session(write=True) as session:
        set_status(
            session,
            in_use(session).loaded.referential,
            "RGPD-35",
            "compliant",
            "AIPD validée le 2 décembre.",
            actor_user_id=ids["Claire Martin"],
        )
    with database.session() as session:
        entry = processing_register(session, facts(retention_days=200))
    headings = [section.heading for section in entry.sections]
    assert headings[:3] == [
        "Nom du traitement",
        "Responsable du traitement",
        "Délégué à la protection des données",
    ]
    text = pdf_text(to_pdf(register_html(entry), title="Registre"))
    assert "Journal d'audit : 200 jours" in text
    assert (
        "Assistant public — service public sans garantie ; données identifiantes : bloquer la demande" in text
    )
    assert "conforme (" in text and "AIPD validée le 2 décembre." in text
    assert "Outil suspendu" not in text
    assert "Mistral Santé HDS : hébergement FR, aucun transfert hors de l'EEE" in text
    assert (
        "Assistant public : hébergement US, transferts hors de l'EEE sans garanties ; aucune donnée identifiante transmise"
        in text
    )
    content = register_csv(entry)
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content[1:]), delimiter=";"))
    assert rows[0] == ["rubrique", "contenu"]
    table = {row[0]: row[1] for row in rows[1:]}
    assert table["Responsable du traitement"] == "Centre hospitalier de Trouville"
    assert table["Destinataires"].count("\n") == 2  # two tools and the establishment's own staff
    assert set(headings) <= set(table)
