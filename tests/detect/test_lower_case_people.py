"""Issue 8, « tout en minuscules »: people a note typed all in lower case still lost — a surname and a
first name after a title where one of them is a common word (« mme page lucienne (1940) »), a record's
identity before an age or a birth date (« sivakumar pradeep, 19 ans »), a name no list holds after a
kinship noun or « bébé » (« sa femme kavitha traduit »), a name beside a care role (« avec claire (ide) »,
« interne chanthavong »), an initial without its dot after « dr »
(« dr f pain »), initials of two letters or of a compound first name (« dr ph. hamon », « j.-m. sotto »)
— each with the traps that keep the reading honest (common words, medicines, rooms, therapies).

Synthetic sentences only (invented people; variants not written in any probe batch).
"""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE, assert_covers, parse_inline

FOUND = [
    # a title, then a surname and a listed first name that is also a word, where the pair ends
    "vu ce matin mr <NOM>ferrand</NOM> <NOM>serge</NOM> lit 9, stable.",
    # a record's identity: surname and first name, then an age, a sex or a birth date
    "endocrinologie — crh\n<NOM>ramasawmy</NOM> <NOM>dileep</NOM>, 27 ans — séjour",
    "hématologie\n<NOM>kabeya</NOM> <NOM>grâce</NOM> (f), <DATE>11/09/1987</DATE>, ipp 55012345",
    "pt <NOM>lagarde</NOM> <NOM>jean</NOM> 71a amené par les pompiers",
    # a name no list holds after a kinship noun
    "sa fille <NOM>nohealani</NOM> appellera demain.",
    # an initial without its dot after a physician's title, before a surname that is also a word
    "compte rendu dicté par dr <NOM>b</NOM> <NOM>jacquot</NOM> (orl) le 14/11.",
    "courrier à : dr <NOM>a</NOM> <NOM>fontaine</NOM>.",
    "signé dr <NOM>e</NOM> <NOM>bouvier</NOM> (cardio)",
    "chez dr <NOM>p</NOM> <NOM>jardin</NOM> à morlaix",
    # initials of two letters, before a surname written with a hyphen
    "prescripteur : dr <NOM>ch.</NOM> <NOM>blanchard</NOM>",
    "amitiés,\n<NOM>l.</NOM> <NOM>dupré-lafon</NOM>",
    # a name beside a care role: a first name that is also a word before a role in brackets, a name no
    # list holds after a role noun opening its clause
    "pansement refait avec <NOM>rose</NOM> (ide) ce matin",
    "garde : dr <NOM>martin</NOM> / interne <NOM>phommasack</NOM>",
    # a first name alone in a bracket before its phone number; an identity after a time, before a phone
    "voisine prévenue (<NOM>violette</NOM>, 06 22 41 87 90).",
    "09h15 <NOM>rouanet</NOM> <NOM>pierre</NOM> 77a — ptg g",
    "frère : <NOM>gilles</NOM> <NOM>rivière</NOM>, 06 71 20 33 48.",
]

TRAPS = [
    # after a title, a word that is no name and a first name that is a word
    "mme confuse ce soir, marie au téléphone.",
    # two common words opening a line before an age
    "douleur thoracique, 45 ans, suivi rapproché",
    "femme enceinte, 32 ans, g2p1",
    # a word after a kinship noun that describes the person
    "sa femme traduit. son fils aîné appellera. sa fille ado est venue.",
    "un enfant agité, des bébés prématurés",
    # a letter that is a word or an elision typed without its apostrophe after « dr »
    "le dr l examine ce soir. le dr a vu la patiente. le dr y passe demain.",
    # a room, a therapy, a phosphatase abbreviated before a common word
    "en ch. seule ; th. hormonale arrêtée ; ph. alcalines élevées",
    # a common word in a bracket before a phone number or a value
    "contrôle (glycémie, 06 12 11 10 09) ; cabinet (secrétariat, 0612457890)",
    # a care role after a common word, a role noun before a speciality or a side
    "pose de sonde (ide), avis cardio (interne), rotation interne droite",
    # medicines and eponyms
    "sous ph. amoxicilline ; signe de murphy ; bébé sous paracétamol 15 mg/kg",
]


@pytest.mark.parametrize("marked", FOUND)
def test_the_lower_case_person_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(ENGINE.detect(text), marked, labels=("NOM",))


@pytest.mark.parametrize("text", TRAPS)
def test_the_lower_case_words_stay_readable(text: str) -> None:
    names = [text[f.start : f.end] for f in ENGINE.detect(text) if f.label.name == "NOM"]
    assert names == [], names


def test_a_speciality_in_brackets_after_a_name_stays_readable() -> None:
    text = "vu par le dr jacquot (orl) puis par le dr meunier (cardio)."
    assert ENGINE.masks(text, "jacquot") and ENGINE.masks(text, "meunier")
    assert not ENGINE.touches(text, "orl") and not ENGINE.touches(text, "cardio")
