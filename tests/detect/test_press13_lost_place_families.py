"""Places and a first name that the name model used to mask by chance, as a person's name, and that a
name model trained without NewsEye's test file no longer does (press13; the families of probe8's,
probe24's, probe26's, probe28's and probe29's spans, invented text). Each is read now by what it is:

- a care institute's acronym spaced before its « -pôle » brand (« IUCT Oncopole »,
  ``places/establishment._POLE_BRAND``);
- an addiction unit named after « postcure » alone (« la postcure de Les Ajoncs », ``places/establishment``);
- the building's word of Portugal or Spain before a named house (« Residência Quinta do Mar »,
  ``places/address._BUILDING_BEFORE_HOUSE``);
- a place abroad named by its administrative division, and the wider place after its comma
  (« district de Xiacheng, Hangzhou », ``places/division_abroad``);
- a first name in lower case alone in brackets after a title and a surname (« mme adeyemi (funmilayo) »,
  ``names/coordination.bracketed_lower_first_names``).

What stays: a pôle that is a word (« Métropole »), a postcure with no proper name, a division with no one on
the line (a MEDLINE title) or whose name is a word, a state in brackets after a patient's name.
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import part_masked, part_touched

DETECTOR = Detector()


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Anatomopathologie — CHU de Nantes, ICO Oncopole\nPatient : X", "ICO Oncopole"),
        ("Biopsie relue à l'IRCM Cancéropôle le 3 mars.", "IRCM Cancéropôle"),
        ("Sevrage simple. Sortie vers la postcure de Les Ajoncs.", "Les Ajoncs"),
        ("Orienté en post-cure de La Bruyère après le sevrage.", "La Bruyère"),
        (
            "Débiteur : SILVA Ana, Residência Quinta do Mar, Rua Nova 8, 4000-123 Porto",
            "Residência Quinta do Mar",
        ),
        (
            "Adresse en Chine : 12 rue Jiefang, district de Xiacheng, Hangzhou ; en France : chez sa sœur.",
            "Xiacheng",
        ),
        (
            "Adresse en Chine : 12 rue Jiefang, district de Xiacheng, Hangzhou ; en France : chez sa sœur.",
            "Hangzhou",
        ),
        ("Née en 1979 dans la wilaya de Bordj Menaiel, arrivée en France en 2004.", "Bordj Menaiel"),
        ("box 4 : mme adeyemi (funmilayo) — douleur thoracique, ECG fait", "funmilayo"),
        ("M. Traoré (oumarou) installé en salle 3.", "oumarou"),
    ],
)
def test_read_by_what_it_is(text: str, part: str) -> None:
    assert part_masked(DETECTOR.detect(text), text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Transport par la TAM Métropole jusqu'au domicile.", "Métropole"),
        ("Une postcure est envisagée après le sevrage.", "postcure"),
        ("Enquête dans la province de Québec sur le diabète de type 2.", "Québec"),
        ("Patient né dans la province du Sud, au Cameroun.", "Sud"),
        ("Convoqué à la préfecture de Police pour son titre de séjour.", "Police"),
        ("Mme Martin (diabétique) revue ce jour.", "diabétique"),
        ("M. Petit (parkinsonien) a chuté dans la nuit.", "parkinsonien"),
        ("Mme Leroy (hypertendue), 72 ans, sortante.", "hypertendue"),
        ("M. Roux (kinésithérapeute) passera demain.", "kinésithérapeute"),
    ],
)
def test_what_stays(text: str, part: str) -> None:
    assert not part_touched(DETECTOR.detect(text), text, part)
