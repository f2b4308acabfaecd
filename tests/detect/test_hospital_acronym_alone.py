"""A territory's hospital named by its acronym alone (``places/establishment._territory_acronyms``; the
family of probe22b's and probe23b's misses, invented text): as a heading's item before a comma and its town
(« — CHXY, Papeete »), and as the place a patient leaves (« sort du CHXY », « a quitté le CHD »). What
stays: a chemotherapy, a carcinoma, a blood count's index, a hormone."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a heading's item, then a comma and the hospital's town
        ("ATTESTATION DE SORTIE — CHRV, Orléans\nPatient : X", "CHRV"),
        ("Certificat médical initial — GHSO, Mâcon\nJe soussigné", "GHSO"),
        # the place a patient leaves, its acronym otherwise a disease's
        ("M. Perrot, 79 ans, sort du CHD mardi vers 11h.", "CHD"),
        ("Elle a quitté le CHC la veille, contre avis.", "CHC"),
        ("sortie du CHRB prévue le 4, VSL commandé", "CHRB"),
    ],
)
def test_acronym_alone(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Lymphome traité par R-CHOP — CHOP, 6 cures\nbonne tolérance", "CHOP"),
        ("Suivi pour un CHC, sortie du service prévue jeudi.", "CHC"),
        ("NFS — CHCM, Lyon\n33 g/dl", "CHCM"),
        ("Hb;VGM;CHCM;TCMH\n12;90;33;30", "CHCM"),
        ("Dosage de la GHRH, Lille\nnormal", "GHRH"),
    ],
)
def test_other_acronyms_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
