"""Issue 8's perturbation matrix, « tout en minuscules »: families a note typed all in lower case still
lost — a month in Roman numerals (« 15/x/2012 »), treatment days typed « j8 » before their dates, a
surname that is also a word after « dr » where its clause ends (« validé par le dr tête. »), a hospital's own acronym where a patient goes (« opérée au chuv », and « AU CHUV » in a text
all in capitals), the keys of an export or a FHIR resource lowered whole (« "postalcode" », « patient_nom=
») — each with the traps
that keep their reading honest.

Synthetic sentences only (invented names, places of the lists).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

FOUND = [
    "tcd chir : appendicectomie le <DATE>3.vi.1979</DATE> ; pth g le <DATE>15/x/2012</DATE> à la clinique",
    "fogd du <DATE>18/ii/2025</DATE> ; revue le <DATE>13.iii.2025</DATE>.",
    "pansement j8 <DATE>4/6</DATE>, j15 <DATE>11/6</DATE> ablation fils, j21 <DATE>17/6</DATE> contrôle.",
    "c2j1 (<DATE>11/6</DATE>) puis c3j1 <DATE>2/7</DATE>.",
    "le dossier est transmis à la crip par le dr <NOM>fauchère</NOM>.",
    "ce compte rendu est validé par le dr <NOM>tête</NOM>.",
    "médecin ayant constaté le décès : dr <NOM>mardé</NOM>.",
    "extraction pour consultation orl au <ETABLISSEMENT>chsf</ETABLISSEMENT> le <DATE>15 avril</DATE>.",
    "opérée au <ETABLISSEMENT>chuv</ETABLISSEMENT> en <DATE>2021</DATE> puis suivie à l'<ETABLISSEMENT>hôpital d'annemasse</ETABLISSEMENT> "
    "(<ETABLISSEMENT>chal</ETABLISSEMENT>).",
    "transféré à l'<ETABLISSEMENT>hegp</ETABLISSEMENT> puis vers le <ETABLISSEMENT>chba</ETABLISSEMENT>.",
    # the keys of an export, a FHIR resource or a CDA header lowered or raised whole
    '{"address": [{"line": ["<ADRESSE>12 cours de l\'yser</ADRESSE>"], "city": "<VILLE>bordeaux</VILLE>", '
    '"postalcode": "<CODE_POSTAL>33800</CODE_POSTAL>"}]}',
    "patient_nom=<NOM>abalain</NOM>\npatient_prenom=<NOM>tristan</NOM>\nadr_cp=<CODE_POSTAL>29000</CODE_POSTAL>",
    # the same acronym in a text all in capitals stays an acronym in the re-cased reading
    "EXTRACTION POUR CONSULTATION ORL AU <ETABLISSEMENT>CHSF</ETABLISSEMENT> LE <DATE>15 AVRIL</DATE>. "
    "ELLE A ÉTÉ OPÉRÉE AU <ETABLISSEMENT>CHUV</ETABLISSEMENT> EN <DATE>2021</DATE>.",
]

TRAPS = [
    # lower-case letters between spaces are words as often as a month
    "dose 5 vi 1972 mg",
    # a physician's title before a role, a function word or an adjective ending the clause
    "prévenir le dr traitant. appel au pr absent, puis au dr référent.",
    # « pr » is « pour » in a note, « docteur » written out comes before a verb as often
    "ok pr sortie, appeler fille. le docteur arrive.",
    # medical acronyms of a hospital's shape after « de l' », « du »
    "suivi de l'hta et du hdl ; bilan au chu.",
    # « m3 » is a volume
    "volume m3 4/6 litres",
]


@pytest.mark.parametrize("marked", FOUND)
def test_the_lower_case_family_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_the_trap_stays_in_clear(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label in ("NOM", "DATE", "ETABLISSEMENT")]
    assert not found, [(text[f.start : f.end], str(f.label)) for f in found]


def test_a_cda_header_in_capitals_keeps_its_keys() -> None:
    text = "<ADDR><POSTALCODE>75011</POSTALCODE><CITY>PARIS</CITY></ADDR>"
    found = {(text[f.start : f.end], str(f.label)) for f in _DETECTOR.detect(text)}
    assert {("75011", "CODE_POSTAL"), ("PARIS", "VILLE")} <= found, found
