"""A company's telephone and address in a leaflet's list of representatives stay readable; a
person's, a patient's or a place of care's stay masked (:mod:`egide.detect.organisations`)."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from tests.detect.inline import assert_finds, parse_inline

_CONTACT = [Label.TELEPHONE, Label.ADRESSE, Label.CODE_POSTAL, Label.VILLE, Label.NOM]


@cache
def engine() -> Detector:
    return Detector()


def _finds(marked: str, labels: list[Label] | None = None) -> None:
    text, _ = parse_inline(marked)
    assert_finds(engine().detect(text), marked, labels=labels or _CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        # a legal form after the company's name, the number after it on its line
        "Eesti Glaxo Wellcome Eesti OÜ Tel : + 372 6123 456 estonia @ exemple . com",
        "Latvija Glaxo Wellcome Latvia SIA Tel : + 371 67123456",
        "Lietuva Medimar Lietuva UAB Tel : + 370 5 264 12 34",
        "Norge Nordexa Norway AS Tlf : + 47 23 12 34 56",
        "Sverige Nordexa Sweden AB Tel : + 46 8 594 123 45",
        "Deutschland Nordexa Pharma GmbH Tel : + 49 ( 0 ) 89 12 3456",
        "Malta Associated Drug Company Ltd Tel : + 356 ( 0 ) 227 123 45",
        "Polska Farmex Rzeszów SA Tel : + 48 ( 0 ) 22 627 12 34",
        "România SC . FARMEXIO . SRL Tel : + 40 269 228 123",
        "Portugal Nordexa Portugal Sociedade Farmacêutica Unipessoal , Lda Tel : + 351 21 318 1234",
        # in dotted letters
        "Slovenská republika Valmont Czech Pharma s . r . o . – OZ Tel : + 421 ( 0 ) 6920 1234",
        "España Valmont Ibérica S.A. Tel : + 34 91 663 1234",
        # a laboratory of the public medicine database: alone, or named in two words
        "Nederland Biogen Idec International Tel : + 31 ( 0 ) 30 693 1234",
        "France Laboratoire GlaxoSmithKline Tél .: + 33 ( 0 ) 1 39 17 12 34 diam @ exemple . com",
        "België / Belgique Eli Lilly Benelux Stoofstraat 52 B - 1000 Brussels Tel .: + 32 2 548 12 34",
        # a city, a street and a postcode of the company's address
        "Eisai Ltd ., 3 Shortlands London W6 8EE Royaume-Uni",
        "TEVA UK Ltd Brampton Road , Hampden Park , Eastbourne , East Sussex , BN22 9AG Royaume Uni",
        "Celgene Europe Ltd ., Riverside House , Riverside Walk , Windsor , SL4 1NA , Royaume Uni",
        "Biogen Idec Inc 5000 Davis Drive Research Triangle Park NC 27709 - 4627 USA",
        # a French landline of a company
        "Laboratoires Servier SA , 50 rue Carnot , 92284 Suresnes , tél 01 55 72 12 34",
        # the line opens on its contact label: the entry of the line before
        "Italia Glaxo Wellcome S . p . A .\né Tel : + 46 ( 0 ) 8 638 12 34 Τηλ : + 357 22 89 12 34",
    ],
)
def test_a_company_contact_stays_readable(text: str) -> None:
    assert engine().detect(text) == []


def test_a_laboratory_the_name_lists_hold_is_one_where_the_text_names_it_so() -> None:
    # « Lilly » is a first name too: « Lilly France » is the laboratory once the text names Eli Lilly
    text = "Belgique Eli Lilly Benelux Tel .: + 32 2 548 12 34\nFrance Lilly France 13 rue Pages F - 92158 Suresnes cedex"
    assert engine().detect(text) == []
    _finds(
        "Lilly France <ADRESSE>13 rue Pages F</ADRESSE> - <CODE_POSTAL>92158</CODE_POSTAL> "
        "<VILLE>Suresnes</VILLE> cedex"
    )


@pytest.mark.parametrize(
    "marked",
    [
        # a person on the line: a title, a name, a word about somebody
        "Mme <NOM>Durand</NOM>, employée chez <NOM>Dupont SARL</NOM>, tél <TELEPHONE>06 12 34 56 78</TELEPHONE>",
        "Mme <NOM>Durand</NOM>, Nordexa Pharma GmbH, tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        "<NOM>Jean Dupont</NOM>, Nordexa Pharma Ltd, tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        "Nordexa Pharma Ltd, <NOM>DURAND</NOM>, tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        "Travaille chez Sanofi SA à <VILLE>Lyon</VILLE>, tél <TELEPHONE>04 72 12 34 56</TELEPHONE>",
        "Sa fille travaille chez Biogen, tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        # a French mobile is somebody's
        "Nordexa Pharma GmbH Tél : <TELEPHONE>06 12 34 56 78</TELEPHONE>",
        # the letterhead of a clinical letter: a place of care (French company forms are no legal form here)
        "<ETABLISSEMENT>Clinique du Parc SA</ETABLISSEMENT>\n<ADRESSE>12 rue des Lilas</ADRESSE>\n"
        "<CODE_POSTAL>69003</CODE_POSTAL> <VILLE>Lyon</VILLE>\nTél : <TELEPHONE>04 78 12 34 56</TELEPHONE>",
        "Cabinet médical SELARL du Parc, tél <TELEPHONE>04 78 12 34 56</TELEPHONE>",
        "Pharmacie du Centre SARL, tél <TELEPHONE>04 78 12 34 56</TELEPHONE>",
        # « SA »: weeks of amenorrhoea after a number, no company
        "Accouchement à 38 SA, joignable au <TELEPHONE>04 78 12 34 56</TELEPHONE>",
        # a name the lists hold and a country: no company unless the text names one
        "<NOM>Richard</NOM> France, <ADRESSE>12 rue des Lilas</ADRESSE>, "
        "<CODE_POSTAL>75011</CODE_POSTAL> <VILLE>Paris</VILLE>, <TELEPHONE>01 43 55 66 77</TELEPHONE>",
        # a company on the line before does not vouch for a line that names somebody
        "Nordexa Pharma GmbH\nPatient : <NOM>M. Jean Dupont</NOM>, tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        # a signature: somebody on the line before the company's
        "<NOM>Jean Dupont</NOM>\nNordexa Pharma GmbH\nTél : <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        "Dr <NOM>Jean Dupont</NOM>\nNordexa Pharma GmbH, tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
        # a date of birth on the line
        "Nordexa Pharma GmbH, né le <DATE_NAISSANCE>12/03/1950</DATE_NAISSANCE>, "
        "tél <TELEPHONE>01 23 45 67 89</TELEPHONE>",
    ],
)
def test_a_person_or_a_place_of_care_keeps_the_contact_masked(marked: str) -> None:
    _finds(marked, [Label.TELEPHONE, Label.ADRESSE, Label.CODE_POSTAL, Label.VILLE])
