"""Families of probe34's and probe36's misses (invented text): an insurer's member number after its field
label without « n° » or with the insurer's name in capitals, a file number opening on two capitals and
spaced groups, a territory hospital's full acronym (« CH » or « GH » and two capitals) closing a field or
after « à », and a classification named « système de » a town. What stays: words and other numbers."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an insurer's number: the field's label alone, the insurer's capitals, a letter glued to digits
        ("Forfait journalier : 3 x 20 €\nMutuelle : GAN 6603 5172 48", "GAN 6603 5172 48"),
        ("Complémentaire santé : MACIF 5512 9041 33", "MACIF 5512 9041 33"),
        ("Hébergé chez sa sœur\nN° AME : B91 44 207 1183", "B91 44 207 1183"),
        (
            "Assuré : M. Lenoir – n° adhérent PREVIFRANCE 0081 442 907\nAyant droit",
            "PREVIFRANCE 0081 442 907",
        ),
        # a file number opening on two capitals, then spaced groups, with or without « n° »
        ("Mme PERRIN Alice, née le 02/03/1961, dossier n° KT 21 08834\nExérèse", "KT 21 08834"),
        ("hospitalisée du 3 au 9 mai, dossier RM 52 117 406.\nLyon, le 12/05", "RM 52 117 406"),
        # a territory's full acronym closing a field or after « à »
        ("Merci de la revoir à CHXK la semaine prochaine.", "CHXK"),
        ("Consultation de suivi GHZA – Le Port – 02/12/2026\nM. X", "GHZA"),
        ("Nom | ♂ | IPP 974-0011223 | CHWM – Pneumologie | ch. 12", "CHWM"),
        ("Dr Kerbrat, GHXB, oncologie\nPatient", "GHXB"),
        ("admissions – bureau des entrées CHNQ\nmerci", "CHNQ"),
    ],
)
def test_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Mutuelle : MGEN depuis 12 ans, 30 mois de carence", "12 ans"),
        ("le dossier du 12 345 678 patients reste ouvert", "du"),
        ("dossier de 12 345 678 euros au total", "de"),
        ("Protocole R-CHOP, CHOP – 6 cures", "CHOP"),
        ("chimiothérapie hypertherme CHIP – bonne tolérance", "CHIP"),
        ("Hb, VGM, CHCM, TCMH normaux", "CHCM"),
        ("Dosage de la GHRH, normal", "GHRH"),
        ("LE CHEF DE SERVICE, GHXY DIRECTION", "GHXY"),
        ("Gastrite à H. pylori, système de Sydney actualisé.", "Sydney"),
    ],
)
def test_stays(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
