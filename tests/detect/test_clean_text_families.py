"""Over-masking of clean text (issue 8: QUAERO's leaflets and titles, the BDPM's medicines), by family,
each with variants and the traps that must still be found:

- an acronym in capitals used as one: alone in brackets after the words it shortens (« Epivir ( INTI ) »),
  or after « de » not elided before its vowel (« le nom commun de INTI »);
- a haemoglobin variant, named after the town where it was found (« hémoglobine Santa Ana »);
- amino-acid codes glued to their position or to each other (« [Leu1, Thr2]-hirudine », « Arg-Gly-Asp »);
- « dit » then a preposition, a kind named by its origin (« benjoin du Laos, dit du Siam »);
- a strain's code after the strain's name (« souche wistar rabies pm/wi 38-1503-3m »);
- a care role's abbreviation alone after a name (« Mme Roux (IDEC) », « Maud Rouxel, IDEL »);
- the kin that ends a family firm's name (« Transports Kieffer & Fils », « Bouchard et Fils »: the firm
  is masked whole as an establishment, « Fils » is no first name);
- the maker of a medicine written after a product code or written out (« NP100 PREMATURES AP-HP »,
  « Méthadone Assistance Publique-Hôpitaux de Paris »).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # acronyms used as such
        "La classe de médicaments à laquelle appartient Epivir ( INTI ) peut induire une acidose.",
        "Les inhibiteurs nucléosidiques (INTI) sont associés.",
        "Ces médicaments sont connus sous le nom commun de INTI . Les trois principes actifs agissent.",
        # haemoglobin variants
        "Hémoglobine anormale, analogue à l' hémoglobine Santa Ana beta 88.",
        "Porteur d'une Hb Santa Ana et d'une Hb Lepore.",
        "l'hémoglobine San Diego est une variante",
        # amino acids in a peptide
        "La lépirudine ([ Leu1 , Thr2 ]- 63 - désulfohirudine ) est une hirudine recombinante.",
        "le motif Arg-Gly-Asp de la fibronectine",
        "mutation Val30Met et substitution Gly12",
        # « dit » then a preposition
        "Ordonnance : BENJOIN DU LAOS, DIT DU SIAM, une boîte.",
        "Encens dit des Indes, une boîte.",
        # a strain's code after its name
        "Bonne efficacité de virus de la rage, souche wistar rabies pm/wi 38-1503-3m inactivé.",
        "vaccin à souche Oka/Merck 12-3456-7 vivant atténué",
        # a care role's abbreviation alone, after the name it qualifies
        "Mme <NOM>Roux</NOM> (IDEC) et Mme <NOM>Guéguen</NOM> (IDEL).",
        "Cordialement, <NOM>Maud Rouxel</NOM>, IDEL.",
        "Contact : <NOM>Véronique Barbier</NOM>, IDEC réseau.",
        # the kin that ends a family firm's name (no first name: since the fifteenth session the firm, an
        # organisation of the patient's own, is masked whole as an establishment)
        "cariste, entreprise <ETABLISSEMENT>Bouchard et Fils</ETABLISSEMENT>. Visite de reprise.",
        "Employeur : <ETABLISSEMENT>Transports Kieffer & Fils</ETABLISSEMENT>, <ADRESSE>14 rue de l'Industrie</ADRESSE>",
        # a medicine's maker
        "Traitement : NP100 PREMATURES AP-HP 1 cp matin et soir.",
        "Introduction de Chlorhydrate De Methadone Assistance Publique-Hopitaux De Paris ce jour.",
    ],
)
def test_clean_text_masks_only_what_is_marked(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a person's first name in brackets or after « de » keeps being one
        "Appel de sa fille (<NOM>Marie</NOM>) ce matin.",
        # a role before a name, and a son named after « et », stay names
        "Vu par IDE <NOM>Martin</NOM> ce matin.",
        "M. <NOM>Bouchard</NOM> et son fils <NOM>Paul</NOM>.",
        # a nickname after « dit » is a name
        "<NOM>Jean Moreau</NOM>, dit <NOM>Le Grand</NOM>, 45 ans.",
        # a first name and a surname after the haemoglobin's value stay a person
        "Hb 12,5 g/dl, vu par <NOM>Marie Dupont</NOM>.",
        # the group's name is an establishment, a city alone stays a city
        "Patient transféré à l'<ETABLISSEMENT>Assistance Publique-Hôpitaux de Paris</ETABLISSEMENT>.",
        "suivi à l'<ETABLISSEMENT>AP-HP</ETABLISSEMENT>, domicile à <VILLE>Paris</VILLE>.",
        # a number after a name that is no strain's stays an identifier
        "dossier <NDA>38-1503-3m</NDA>",
    ],
)
def test_identifiers_around_them_stay(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)
