"""What systems paste: HL7 v2 segments, FHIR JSON and CDA XML, read by what their fields and keys say.

Positives: the postcode of an HL7 address, the stay's and the patient's numbers by their field, the
INS by its type or OID, timestamps as dates; FHIR and CDA postcodes, communes, names, birth dates and
INS values by their key. Traps: the OIDs of code systems and templates, the namespaces of the
standards (LOINC, UCUM, HL7 France), an HL7 table's number and a message's control id, a CCAM code,
a grouping function's version, LOINC displays in English. All values are synthetic.
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from tests.detect.recognisers.support import nir

ENGINE = Detector()
INS = nir(1, 52, 3, "69", 123, 47)
# PV1-18 the patient type, PV1-19 the visit number
PV1 = "PV1|" + "|".join(["1", "I", "4102^412^B", *[""] * 14, "HO", "525003318^^^CHU^AN"])


def found(text: str) -> dict[str, set[str]]:
    """The text of each finding, by label."""
    out: dict[str, set[str]] = {}
    for f in ENGINE.detect(text):
        out.setdefault(f.label, set()).add(text[f.start : f.end])
    return out


def covered(text: str, value: str) -> bool:
    at = text.index(value)
    return any(f.start <= at and at + len(value) <= f.end for f in ENGINE.detect(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NK1|1|BRISSET^COLETTE|SPO^Conjoint|14 RUE DU PETIT PONT^^AMBOISE^^37400|0612874403", "37400"),
        (
            "PID|1||P0081123^^^GHT^PI||LE GALL^MARIE||19660327|F|||LIEU-DIT KERVEN^^PLOUGUERNEAU^^29880||",
            "29880",
        ),
        ('{"address":[{"city":"Bordeaux","postalCode":"33800"}]}', "33800"),
        ('{"address":[{"city":"Bordeaux","postalCode":"33800"}]}', "Bordeaux"),
        ('"name": [ { "use": "official", "family": "Le Bihan", "given": [ "Morgane" ] } ]', "Le Bihan"),
        ("<addr><postalCode>75011</postalCode><city>Paris</city></addr>", "75011"),
        ("<addr><postalCode>75011</postalCode><city>Paris</city></addr>", "Paris"),
        ('<birthTime value="19460812"/>', "19460812"),
    ],
)
def test_fields_and_keys_say_what_their_value_is(text: str, value: str) -> None:
    assert covered(text, value), found(text)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            f"PID|1||0051234987^^^CHU^PI~{INS}^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS||X^Y",
            "0051234987",
            Label.IPP,
        ),
        (
            f"PID|1||0051234987^^^CHU^PI~{INS}^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS||X^Y",
            INS,
            Label.NIR,
        ),
        (PV1, "525003318", Label.NDA),
        ("MRG|0051240357^^^CHU_TOURS^PI", "0051240357", Label.IPP),
        ("PID|1||0051239911^^^CHU^PI||N'DIAYE^AMINATA||19870521|F", "19870521", Label.DATE_NAISSANCE),
        ("MSH|^~\\&|ADT|CHU|EAI|CHU|20250312164412||ADT^A40|MSG0003980|P|2.5", "20250312", Label.DATE),
        (f'{{"system": "urn:oid:1.2.250.1.213.1.4.8", "value": "{INS}"}}', INS, Label.NIR),
        (f'<id root="1.2.250.1.213.1.4.8" extension="{INS}"/>', INS, Label.NIR),
        (f'{{"value": "{INS}", "system": "urn:oid:1.2.250.1.213.1.4.8"}}', INS, Label.NIR),
        (f'<id extension="{INS}" root="1.2.250.1.213.1.4.8"/>', INS, Label.NIR),
    ],
)
def test_the_field_gives_the_label(text: str, value: str, label: str) -> None:
    assert value in found(text).get(label, set()) or any(
        f.label == label and text[f.start : f.end].startswith(value) for f in ENGINE.detect(text)
    ), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le système de l'INS est urn:oid:1.2.250.1.213.1.4.8 (NIR) ou urn:oid:1.2.250.1.213.1.4.10 (test).",
        '<code code="11490-0" codeSystem="2.16.840.1.113883.6.1"/><templateId root="1.3.6.1.4.1.19376.1.3.3"/>',
        '{"code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"Hemoglobin A1c"}]},'
        '"valueQuantity":{"system":"http://unitsofmeasure.org","code":"%"}}',
        "MSA|AA|MSG0004471\nERR|^^^207&Application internal error&HL70357|PID^1^3^1|E",
        "Actes CCAM : DZQM006, YYYY600, EBQM001 ; fonction groupage FG 2025.1.2",
        "OBX|1|NM|2160-0^Creatinine^LN||88|umol/L|59-104|N|||F",
        "profil https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient, version FG 2025",
    ],
)
def test_codes_oids_and_namespaces_of_the_standards_stay(text: str) -> None:
    assert ENGINE.detect(text) == [], found(text)


@pytest.mark.parametrize(
    ("value", "oid"),
    [
        ("1.2.250.1.213.1.4.8", True),
        ("2.16.840.1.113883.6.1", True),
        ("1.85.09.62.041.075.31", False),  # a NIR written with dots
        ("1.52.11.69.123.447.95", False),  # its groups fall where a NIR's parts end
        ("10.0.0.1", False),
        ("2.1.10", False),
    ],
)
def test_an_oid_is_told_from_a_number_written_with_dots(value: str, oid: bool) -> None:
    from egide.detect.recognisers.fr.atoms import is_oid  # new in this change

    assert is_oid(value) is oid


def test_a_url_that_is_no_standard_namespace_is_still_masked() -> None:
    text = "Profil du patient : https://www.exemple-patient.fr/dupont-jean"
    assert covered(text, "https://www.exemple-patient.fr/dupont-jean")


def test_a_street_with_its_number_after_the_type_is_still_an_address() -> None:
    text = "Domicile : 12 fg Saint-Jacques, 38200 Vienne"
    assert covered(text, "12 fg Saint-Jacques")


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            '{"resourceType":"Patient","identifier":[{"system":"urn:oid:1.2.250.1.71.4.2.7.1.100","value":"0051239911"}]}',
            "0051239911",
            Label.IPP,
        ),
        (
            '{"resourceType":"Encounter","identifier":[{"system":"urn:oid:1.2.250.1.71.4.2.7.2.330","value":"125031877"}]}',
            "125031877",
            Label.NDA,
        ),
        (
            '<patientRole><id root="1.2.250.1.71.4.2.7.1.200" extension="7700412558"/></patientRole>',
            "7700412558",
            Label.IPP,
        ),
        (
            '<encompassingEncounter><id root="1.2.250.1.71.4.2.7.2.750" extension="V250300871"/>',
            "V250300871",
            Label.NDA,
        ),
        ('<author><time value="20250309174500+0100"/></author>', "20250309", Label.DATE),
        ('{"resourceType":"Patient","birthDate":"1987-05-21"}', "1987-05-21", Label.DATE_NAISSANCE),
        (
            "MARCHETTI Antoine (M) 03/11/1944 — IPP 2231457 — Séj. 2503004412 — UF 2104",
            "2503004412",
            Label.NDA,
        ),
        ("OUALI Samia F 62a IPP 4101328 séj 125031955 chir ortho", "125031955", Label.NDA),
        ("Demande n° 250314-0417 — Patient(e) : Mme OUALI Samia", "250314-0417", Label.NDA),
        ("Entrée : 14-MAR-2025 10:15 ; édition 14.03.25", "14-MAR-2025", Label.DATE),
    ],
)
def test_the_resource_the_container_or_the_banner_gives_the_label(text: str, value: str, label: str) -> None:
    assert any(f.label == label and text[f.start : f.end].startswith(value) for f in ENGINE.detect(text)), (
        found(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "séjour de 3 jours, séj. 2 semaines en SSR",
        "Demande d'avis n° 3 ; demande de 12000 euros",
        "Mar 14 : réunion de service ; le mar-15 avril",
    ],
)
def test_abbreviations_and_words_without_a_number_stay(text: str) -> None:
    assert not [f for f in ENGINE.detect(text) if f.label in (Label.NDA, Label.IPP, Label.IDENTIFIANT)], (
        found(text)
    )


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("PID|1||7720114^^^^PI||LE BIHAN^ANNE^^^MME||19610203|F|||", "LE BIHAN", "ANNE"),
        ("PID|1||7720114^^^^PI||DE LA VILLEON^HERVE^^^M||19490722|M|||", "DE LA VILLEON", "HERVE"),
        ("PID|1||7720114^^^^PI||KERMARREC^JEAN-LUC^^^DR||19550101|M", "KERMARREC", "JEAN-LUC"),
        ("NK1|1|LE DREN^SOLENN^^^MME|SPO^Conjointe|", "LE DREN", "SOLENN"),
    ],
)
def test_hl7_person_name_components(text: str, family: str, given: str) -> None:
    # PID-5 / NK1-2 (XPN: family^given^middle^suffix^prefix): a particle stays with the family name and
    # the title after the empty components is not the given name.
    assert covered(text, family)
    assert covered(text, given)
    assert not any(v.split()[-1] in {"MME", "M", "DR"} for vs in found(text).values() for v in vs)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("[EXPORT]\nPAT_NOM=KERVELLA\nPAT_PRENOM=Yann\n", "KERVELLA", Label.NOM),
        ("[EXPORT]\nPAT_NOM=KERVELLA\nPAT_PRENOM=Yann\n", "Yann", Label.NOM),
        ("PATIENT_NOM = LE GOFF\nPATIENT_DDN = 19700101\n", "LE GOFF", Label.NOM),
        ("PAT_ADR_CP=29000\nPAT_ADR_VILLE=QUIMPER\n", "29000", Label.CODE_POSTAL),
        ("PAT_ADR_CP=29000\nPAT_ADR_VILLE=QUIMPER\n", "QUIMPER", Label.VILLE),
        ("ADR_CODEPOSTAL=2A004\n", "2A004", Label.CODE_POSTAL),
        # the name keys are the field dumps' table (egide.detect.field_keys): « LASTNAME » is one of them
        ("PAT_LASTNAME=BLANC\nPAT_FIRSTNAME=Rose\nPAT_DDN=19700101\n", "BLANC", Label.NOM),
    ],
)
def test_key_value_export_lines_say_what_their_value_is(text: str, value: str, label: Label) -> None:
    # A flat DPI export (« KEY_PART=value » a line): the key's last part names the value.
    assert value in found(text).get(label, set())


@pytest.mark.parametrize("text", ["LOG_LEVEL=DEBUG\nMAX_CP=12\n", "RUN_NOM=1\nAPP_VILLE=\n"])
def test_key_value_lines_without_such_values_stay(text: str) -> None:
    assert not ENGINE.detect(text)


def test_one_table_of_name_keys_serves_dumps_and_exports() -> None:
    # A key is a name's in a « KEY=value » dump and in a flat export alike; a key that names no person
    # is in neither.
    from egide.detect.field_keys import names_a_person

    assert all(names_a_person(k) for k in ("nom", "prenom", "nomnaiss", "lastname", "nom_naiss"))
    assert not any(names_a_person(k) for k in ("ville", "cp", "ddn", "level", "nomenclature"))
