"""Words read as persons that are no one's (issue 8, eleventh probe batch, findings outside gold): the
routing, authority and location codes of an HL7 message (« MSH|…|LABO|CH_NORD|DPI|CHN| », « ^^^CHN^PI »,
« CARDIO^12^2 ») and a professional's code in a field that names a doctor; a reply's or a forward's
prefix in a subject (« Objet : FW: … »); a banner's label cut short (« Méd. trait. »); the acronym of a
care team or an association (« (ELSA) », « Curateur : UDAF du Gard »); a country or a region in brackets
after a town (« Tbilissi (Géorgie) »); the auxiliaries of a letter in English (« will have »); the label
that opens a line after a letter read as a title (« Sexe M⏎Prescripteur : »). Beside each, what stays a
name or an identifier."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in _DETECTOR.detect(text)]


_MESSAGE = (
    "MSH|^~\\&|GLIMS|CH_VIENNE|DXCARE|CHVN|202601151230||ORU^R01|M77120|P|2.5\n"
    "PID|1||33018841^^^CHVN^PI||PERRIN^AUGUSTINE^^^MME||19380412|F\n"
    "PV1|1|I|CARDIO^12^2||||10007733^FAVIER^LUC|||||||||||25100448\n"
)


def test_the_codes_of_an_hl7_message_are_no_names() -> None:
    found = _found(_MESSAGE)
    values = [v for _, v in found]
    for code in ("VIENNE", "DXCARE", "CARDIO"):
        assert code not in values, found
    # the attending doctor's code (PV1-7) is his identifier, as an RPPS in a letter (probe25's and
    # probe28's gold mark it; the older batches left it in clear): masked maybe, never as a name
    assert {label for label, v in found if v == "10007733"} <= {"NDA", "RPPS"}, found
    # the sending facility glued to its town is the establishment, as « CHU de Rennes » in a letterhead
    # (probe18b's gold, « CHU_RENNES »; probe7's and probe11's gold left such codes in clear): never a name
    assert [label for label, v in found if v == "CH_VIENNE"] in ([], ["ETABLISSEMENT"]), found
    # so is a facility's or an assigning authority's code without « _ », read by its field's number
    # (probe20b's gold marks « CHUGA » in MSH-4, MSH-6 and PID-3): an establishment, never a name
    assert {label for label, v in found if v == "CHVN"} <= {"ETABLISSEMENT"}, found
    assert ("IPP", "33018841") in found
    assert any(label == "NOM" and "PERRIN" in v for label, v in found)
    assert any(label == "NOM" and "FAVIER" in v for label, v in found)  # the doctor's name stays masked
    assert any(v == "25100448" for _, v in found)  # the stay's number


@pytest.mark.parametrize(
    ("text", "not_a_name", "name"),
    [
        ("Objet : FW: bilan de Mme Garnier Odile", "FW", "Garnier Odile"),
        ("Objet : TR: bilan de Mme Garnier Odile", "TR", "Garnier Odile"),
        ("UF 2104 Pneumologie | Ch 12 | Méd. trait. Dr BESSON", "Méd", "BESSON"),
        ("UF 2104 Pneumologie | Ch 12 | Pharm. hosp. Dr BESSON", "Pharm", "BESSON"),
        ("Consultation — Addictologie (ELSA) — Mme Vidal", "ELSA", "Vidal"),
        ("Mesure de protection. Curateur : UDAF du Gard. Vu avec Mme Roche.", "UDAF du Gard", "Roche"),
        ("M. Tsiklauri Levan, né à Tbilissi (Géorgie), vu ce jour", "Géorgie", "Tsiklauri Levan"),
        ("M. Hakobyan Aram, né à Erevan (Arménie), vu ce jour", "Arménie", "Hakobyan Aram"),
        ("I saw Mrs Lambert today; she will have a CT scan next week.", "will have", "Lambert"),
        ("Patient : FERRAND Louis  Sexe M\nPrescripteur : Dr Vigier\nHb 12", "Prescripteur", "Vigier"),
    ],
)
def test_a_word_that_is_no_name_beside_a_name(text: str, not_a_name: str, name: str) -> None:
    values = [v for label, v in _found(text) if label == "NOM"]
    assert not any(not_a_name in v for v in values), values
    assert any(name in v for v in values), values


@pytest.mark.parametrize(
    "text",
    [
        "Patient : LY : chambre 4",  # a two-letter surname after an identity label keeps its colon
        "Tuteur : Mme PASS Claire",  # a title makes a name of an acronym's letters
        "vit à Lyon (Paul)",  # a first name that is also a surname, in brackets after a town
    ],
)
def test_what_stays_a_name(text: str) -> None:
    assert any(label == "NOM" for label, _ in _found(text))
