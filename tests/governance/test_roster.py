"""Importing people from CSV (idempotent by e-mail, a report by line) and changing a person's role or service."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.errors import AccessDenied, Conflict, InputError
from egide.governance import ImportReport, Role, add_user, import_people, list_users, update_person
from egide.governance.stewards import Stewardship, ensure_steward_of, stewardship
from egide.store import Database
from egide.store.models.governance import User
from tests.conftest import TEST_SECRET

GOOD = (
    "Nom;Adresse électronique;Rôle;Service\r\n"
    "Camille Durand;camille.durand@chu-exemple.fr;professionnel;Cardiologie\r\n"
    "Hugo Lefèvre;HUGO.LEFEVRE@chu-exemple.fr;Référent;Urgences\r\n"
    "Nadia Benali;nadia.benali@chu-exemple.fr;;\r\n"
)


def _by_email(db: Database) -> dict[str, tuple[str, str, str | None]]:
    with db.session() as session:
        return {u.email: (u.name, u.role.value, u.service) for u in list_users(session)}


def _import(db: Database, data: bytes, actor: int | None = None) -> ImportReport:
    with db.session(write=True) as session:
        return import_people(session, data, actor_user_id=actor)


def test_an_import_creates_then_is_idempotent_then_updates(database: Database) -> None:
    with database.session(write=True) as session:
        report = import_people(session, GOOD.encode("utf-8"))
    assert [(r.line, r.outcome) for r in report.rows] == [(2, "created"), (3, "created"), (4, "created")]
    assert (report.encoding, report.delimiter, report.ignored_columns) == ("utf-8", ";", ())
    assert _by_email(database) == {
        "camille.durand@chu-exemple.fr": ("Camille Durand", "professional", "Cardiologie"),
        "hugo.lefevre@chu-exemple.fr": ("Hugo Lefèvre", "referent", "Urgences"),
        "nadia.benali@chu-exemple.fr": ("Nadia Benali", "professional", None),
    }
    with database.session(write=True) as session:
        again = import_people(session, GOOD.encode("utf-8"))
    assert [r.outcome for r in again.rows] == ["unchanged"] * 3
    changed = GOOD.replace("professionnel;Cardiologie", "referent;cardiologie interventionnelle").replace(
        "Nadia Benali;nadia.benali@chu-exemple.fr;;",
        "Nadia Benali-Roux;nadia.benali@chu-exemple.fr;;cardiologie",
    )
    with database.session(write=True) as session:
        update = import_people(session, changed.encode("utf-8"))
    assert [(r.outcome, r.fields) for r in update.rows] == [
        ("updated", ("service", "role")),
        ("unchanged", ()),
        ("updated", ("name", "service")),
    ]
    people = _by_email(database)
    assert people["camille.durand@chu-exemple.fr"] == (
        "Camille Durand",
        "referent",
        "cardiologie interventionnelle",
    )
    # « cardiologie » joins no service that differs by case only, since « Cardiologie » is gone now.
    assert people["nadia.benali@chu-exemple.fr"] == ("Nadia Benali-Roux", "professional", "cardiologie")
    events = list(AuditLog(database, TEST_SECRET).events())
    imports = [e.data for e in events if e.kind == "people.imported"]
    assert [(i["created"], i["updated"], i["unchanged"], i["rejected"]) for i in imports] == [
        (3, 0, 0, 0),
        (0, 0, 3, 0),
        (0, 2, 1, 0),
    ]
    assert [e.kind for e in events].count("user.added") == 3
    assert [e.kind for e in events].count("user.role_changed") == 1
    # The journal holds ids and field names, never a name, an address or a service.
    journal = json.dumps([e.data for e in events], ensure_ascii=False)
    for value in ("Durand", "camille", "Benali", "Cardiologie", "cardiologie", "chu-exemple"):
        assert value not in journal
    assert AuditLog(database, TEST_SECRET).verify().ok


def test_a_service_differing_only_by_case_joins_the_existing_one(sqlite_database: Database) -> None:
    data = "nom,email,service\nA Un,a@x.fr,Pédiatrie\nB Deux,b@x.fr,  PÉDIATRIE \nC Trois,c@x.fr,pédiatrie\n"
    _import(sqlite_database, data.encode())
    assert {v[2] for v in _by_email(sqlite_database).values()} == {"Pédiatrie"}


def test_bad_rows_are_rejected_with_their_line_and_reason_and_the_rest_imported(database: Database) -> None:
    data = (
        "nom;email;role;service\n"
        "Alice Martin;alice@chu-exemple.fr;professionnel;Gériatrie\n"  # 2 created
        '"Bruno\nSur deux lignes";bruno@chu-exemple.fr;;\n'  # 3-4 created (a quoted line break)
        "Chloé Petit;;professionnel;\n"  # 5 no address
        "Denis Roy;denis-at-chu-exemple.fr;;\n"  # 6 not an address
        "Emma Blanc;emma@chu-exemple.fr;chef de service;\n"  # 7 unknown role
        "Farid Haddad;farid@chu-exemple.fr;application;\n"  # 8 application
        "Alice Bis;ALICE@chu-exemple.fr;;\n"  # 9 seen line 2
        ";gaelle@chu-exemple.fr;;\n"  # 10 new without a name
        "Hélène Faure;helene@chu-exemple.fr;;" + "S" * 121 + "\n"  # 11 service too long
        "Ivan Roux;ivan@chu-exemple.fr;;Neurologie;en trop\n"  # 12 a cell too many
        "\n"  # blank: skipped, not counted
        "Julie Noël;julie@chu-exemple.fr;DPO;Direction\n"  # 14 created
    )
    with database.session(write=True) as session:
        report = import_people(session, data.encode("utf-8"))
    outcomes = [(r.line, r.outcome, r.reason) for r in report.rows]
    assert outcomes == [
        (2, "created", None),
        (3, "created", None),
        (5, "rejected", "adresse électronique manquante"),
        (6, "rejected", "adresse électronique invalide"),
        (7, "rejected", "rôle inconnu (attendu : professionnel, référent, dpo, rssi ou administrateur)"),
        (8, "rejected", "les comptes d'application ne s'importent pas : créez-les un par un"),
        (9, "rejected", "adresse déjà lue ligne 2"),
        (10, "rejected", "nom manquant"),
        (11, "rejected", "nom de service trop long (120 caractères au plus)"),
        (12, "rejected", "5 cellules pour 4 colonnes"),
        (14, "created", None),
    ]
    assert (report.created, report.updated, report.unchanged, report.rejected) == (3, 0, 0, 8)
    assert set(_by_email(database)) == {
        "alice@chu-exemple.fr",
        "bruno@chu-exemple.fr",
        "julie@chu-exemple.fr",
    }
    assert _by_email(database)["bruno@chu-exemple.fr"][0] == "Bruno Sur deux lignes"


def test_windows_1252_utf16_and_other_delimiters_are_read(sqlite_database: Database) -> None:
    excel_fr = "Prénom;Nom de famille;Courriel;Unité\r\nÉlodie;Garçon;elodie@x.fr;Hépato-gastro\r\n"
    report = _import(sqlite_database, excel_fr.encode("cp1252"))
    assert report.encoding == "windows-1252"
    assert _by_email(sqlite_database)["elodie@x.fr"] == ("Élodie Garçon", "professional", "Hépato-gastro")
    unicode_text = "name\temail\trole\tcomment\r\nZoé Kern\tzoe@x.fr\trssi\tvue en réunion\r\n"
    report = _import(sqlite_database, unicode_text.encode("utf-16"))
    assert report.encoding == "utf-16" and report.delimiter == "\t"
    assert report.ignored_columns == ("comment",)
    assert _by_email(sqlite_database)["zoe@x.fr"] == ("Zoé Kern", "rssi", None)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "fichier vide"),
        (b"\n\n  \n", "fichier vide"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "contenu binaire"),
        (b"prenom;service\nA;B\n", "adresse électronique introuvable"),
        (b"email;service\na@x.fr;B\n", "colonne du nom introuvable"),
        (b'nom;email\n"Jean;jean@x.fr\n', "mal formé"),
        (b"nom;email\n" + b"x" * 5_000_001, "trop gros"),
    ],
)
def test_an_unreadable_file_is_refused_whole_and_writes_nothing(
    sqlite_database: Database, data: bytes, message: str
) -> None:
    with sqlite_database.session(write=True) as session, pytest.raises(InputError, match=message):
        import_people(session, data)
    with sqlite_database.session() as session:
        assert session.scalars(select(User)).all() == []
    assert [e.kind for e in AuditLog(sqlite_database, TEST_SECRET).events()] == []


def test_roles_are_guarded(database: Database) -> None:
    with database.session(write=True) as session:
        admin = add_user(session, name="Admin", email="admin@x.fr", role=Role.ADMIN).id
        other = add_user(session, name="Autre", email="autre@x.fr", role=Role.PROFESSIONAL).id
        add_user(session, name="Open WebUI", email="owui@x.fr", role=Role.APPLICATION)
    report = _import(
        database, b"nom;email;role\nAdmin;admin@x.fr;professionnel\nOWUI;owui@x.fr;\n", actor=admin
    )
    assert [(r.outcome, r.reason) for r in report.rows] == [
        ("rejected", "on ne change pas son propre rôle : demandez-le à un autre administrateur"),
        ("rejected", "cette adresse est celle d'un compte d'application"),
    ]
    with database.session(write=True) as session, pytest.raises(Conflict, match="dernier administrateur"):
        update_person(session, admin, role=Role.DPO)
    with database.session(write=True) as session:
        update_person(session, other, role=Role.ADMIN, actor_user_id=admin)
    with database.session(write=True) as session:
        assert update_person(session, admin, role=Role.DPO, actor_user_id=other) == ["role"]
    assert _by_email(database)["admin@x.fr"][1] == "dpo"


def test_service_is_set_and_cleared_by_hand(sqlite_database: Database) -> None:
    with sqlite_database.session(write=True) as session:
        user_id = add_user(
            session, name="Léa", email="lea@x.fr", role=Role.PROFESSIONAL, service="Urgences"
        ).id
        assert update_person(session, user_id, service="  Urgences ") == []
        assert update_person(session, user_id, clear_service=True) == ["service"]
        assert session.get(User, user_id).service is None  # type: ignore[union-attr]


def test_only_an_administrator_names_or_removes_one(sqlite_database: Database) -> None:
    with sqlite_database.session(write=True) as session:
        add_user(session, name="Admin", email="admin@x.fr", role=Role.ADMIN)
        other_admin = add_user(session, name="Admin 2", email="admin2@x.fr", role=Role.ADMIN).id
        dpo = add_user(session, name="DPO", email="dpo@x.fr", role=Role.DPO).id
        pro = add_user(session, name="Pro", email="pro@x.fr", role=Role.PROFESSIONAL).id
    report = _import(
        sqlite_database, b"nom;email;role\nNouveau;nouveau@x.fr;admin\nPro;pro@x.fr;admin\n", actor=dpo
    )
    assert [(r.outcome, r.reason) for r in report.rows] == [
        ("rejected", "seul un administrateur nomme ou retire un administrateur"),
        ("rejected", "seul un administrateur nomme ou retire un administrateur"),
    ]
    with sqlite_database.session(write=True) as session, pytest.raises(AccessDenied):
        update_person(session, other_admin, role=Role.PROFESSIONAL, actor_user_id=dpo)
    with sqlite_database.session(write=True) as session:  # but a DPO changes other roles
        assert update_person(session, pro, role=Role.REFERENT, actor_user_id=dpo) == ["role"]


def test_stewardship_admins_and_dpo_everyone_a_referent_their_service(sqlite_database: Database) -> None:
    with sqlite_database.session(write=True) as session:
        dpo = add_user(session, name="DPO", email="dpo@x.fr", role=Role.DPO).id
        ref = add_user(session, name="Réf", email="ref@x.fr", role=Role.REFERENT, service="Urgences").id
        lone_ref = add_user(session, name="Réf 2", email="ref2@x.fr", role=Role.REFERENT).id
        urg = add_user(session, name="Urg", email="urg@x.fr", role=Role.PROFESSIONAL, service="Urgences").id
        cardio = add_user(
            session, name="Car", email="car@x.fr", role=Role.PROFESSIONAL, service="Cardiologie"
        ).id
        rssi = add_user(session, name="RSSI", email="rssi@x.fr", role=Role.RSSI).id
        for person in (urg, cardio):
            ensure_steward_of(session, dpo, person)
        ensure_steward_of(session, ref, urg)
        ensure_steward_of(session, cardio, cardio)  # oneself
        for actor, person in ((ref, cardio), (lone_ref, urg), (rssi, urg), (urg, cardio)):
            with pytest.raises(AccessDenied):
                ensure_steward_of(session, actor, person)
        assert stewardship(session, ref) == Stewardship(everyone=False, service="Urgences")
