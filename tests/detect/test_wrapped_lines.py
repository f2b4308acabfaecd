"""Entities wrapped over two lines (issue 8, perturbation « retour à la ligne dans l'entité »).

A narrow column, a PDF copied line by line or an OCR'd page breaks a line inside a name, a number,
a street or a hospital. The engine reads the text a second time with its line breaks as spaces and
keeps what a wrapped entity explains (``egide.detect.wrapped``). Families first, then the traps: the
lines of a letterhead, a banner or an address list are fields, and must stay apart.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.finding import Finding
from egide.detect.wrapped import unwrap
from tests.detect.inline import assert_finds, parse_inline, spans_of

_DETECTOR = Detector()

WRAPPED = [
    # numbers: the line break stands where a space was
    "Pr <NOM>Nicole\nMACE</NOM> — RPPS <RPPS>1\n05 7853 6145</RPPS>\n\nCompte rendu",
    "Tél. : <TELEPHONE>+33 (0)5\n84 78 34 21</TELEPHONE>",
    "Règlement par carte <CARTE_BANCAIRE>5135\n5385 4456 6900</CARTE_BANCAIRE>",
    "ambulances (SIRET <SIRET>054\n263 389 09585</SIRET>)",
    # streets, towns, hospitals
    "Adresse : <ADRESSE>94, chemin\nde la Gare</ADRESSE>, <CODE_POSTAL>62300</CODE_POSTAL> <VILLE>Lens</VILLE>",
    "Cabinet : <ADRESSE>88, allée de Bretagne</ADRESSE>, <CODE_POSTAL>76600</CODE_POSTAL> <VILLE>Le\nHavre</VILLE>",
    "Adressée aux urgences (<ETABLISSEMENT>Clinique\nBelledonne</ETABLISSEMENT>) par le Dr <NOM>Martin</NOM>.",
    # the commune after a street wrapped over two lines, which the street's first line alone left a name
    "Visite à domicile <ADRESSE>Bât. B, 12\nallée Rimbaud</ADRESSE>, <VILLE>Sevran</VILLE> ; interphone <NOM>KONE</NOM>.",
    "Domicile : <ADRESSE>Ferme\ndes Combes</ADRESSE>, <VILLE>Perrigny</VILLE>\nObstacle médico-légal : NON",
    # a letterhead read as one line is judged two lines at a time
    "<ETABLISSEMENT>Hôpital\nde Lorient</ETABLISSEMENT>\nDr. <NOM>Marc DA SILVA</NOM>\nN° RPPS : <RPPS>10057853614</RPPS>",
    # a title and a first name on one line, the surname on the next: a common word or a first name
    "Merci de recevoir <NOM>M. Christophe\nMarie</NOM> pour avis.",  # (« recevoir » takes the title too)
    "Personne de confiance : son frère, <NOM>M. Robert\nGrenier</NOM>, <TELEPHONE>06-74-89-73-85</TELEPHONE>.",
    # a surname that is no French word ends a name before a colon too; particles go on the next line
    "Pr <NOM>Nicole\nMACE</NOM> : chef de service",
    "Dr <NOM>Marie Claire\nDA SILVA</NOM>, cardiologue",
    # a particle ends the line: the next line's first word is the rest of the surname, whatever follows
    # it on its line (« IBODE : », the next field of an operating-room sheet)
    "Anesthésiste : Professeur <NOM>Le\nGoff</NOM>    IBODE : <NOM>BARON</NOM>",
    "Chirurgien : Dr <NOM>Van\nDamme</NOM>    Date : <DATE>12/03/2025</DATE>",
    # the label must follow on the next line itself: a signature's name, then the post, then a field
    "Bien cordialement,\nDr <NOM>Claire\nN'Diaye</NOM>\nInterne\nCopie à : Pr. <NOM>Pinto</NOM>",
    # a name whose title or rank ends the line before
    "Tout en laissant le général\n<NOM>Pilsudski</NOM> dans son rôle de chef",
]

TRAPS = [
    # a header of two fields: the establishment, then the doctor
    "<ETABLISSEMENT>Clinique Mathilde</ETABLISSEMENT>\nPr <NOM>Marie-Claire N'DIAYE</NOM>",
    # a banner: the date ends one line, the room starts the next; « 2022 Ch. 11 » is no street
    "sortie <DATE>08-02-2022</DATE>\nCh. 11 – <NOM>CHAUVEAU Zacharie</NOM> – 63 ans",
    # the specialty under the doctor's name is not part of it (nor a mill: « Moulin » is a surname)
    "Docteur <NOM>Moulin</NOM>\nMédecine générale\n<ADRESSE>62, impasse de la Gare</ADRESSE>",
    "Docteur <NOM>Moulin</NOM> Médecine générale",
    "Adresse : <ADRESSE>Moulin des Prés</ADRESSE>, <CODE_POSTAL>21000</CODE_POSTAL> <VILLE>Dijon</VILLE>",
    # a title after a hospital's name starts a person
    "<ETABLISSEMENT>Hôpital de Lorient</ETABLISSEMENT> Dr. <NOM>Marc DA SILVA</NOM>",
    # an address list of a leaflet: the letters of a company form are no initials
    "Elanco Valquimica S.A.\nAvda. de la Industria, 30",
    # prose wrapped in a narrow column keeps its medicine readable
    "Le patient est sous\nbisoprolol depuis <DATE>2019</DATE>, sans\nrécidive.",
    # a whole name on its line, then the next field's first word: not the rest of the name
    "Mme <NOM>GAUTHIER Odile</NOM>\nNée le <DATE_NAISSANCE>12/07/1948</DATE_NAISSANCE>",
    "M. <NOM>PETIT Jean</NOM>\nDomicile : <ADRESSE>3 rue Haute</ADRESSE>",
    # a name on its line, then the label of the next field (a colon after it on its line): the
    # label is no part of the name, even after one word (« Colette ») or in capitals (« RPPS »)
    "Médecin traitant : Dr <NOM>BOULANGER Nathalie</NOM>\nRPPS : <RPPS>10003456789</RPPS>",
    "Patiente : Mme <NOM>Colette</NOM>\nDate de naissance : <DATE_NAISSANCE>12/03/1950</DATE_NAISSANCE>",
    "Compte rendu rédigé par <NOM>Colette</NOM>\nDate : <DATE>12/03/2020</DATE>",
    "Mme <NOM>Colette</NOM>\nNom de jeune fille : <NOM>DURAND</NOM>",
    "Dr <NOM>Jean Dupont</NOM>\nTél. : <TELEPHONE>01 45 67 89 10</TELEPHONE>",
    "Vu par Dr <NOM>Colette</NOM>\nRPPS <RPPS>10003456789</RPPS>",
    # two whole names on two lines are two people, each on its line
    "Destinataires : Dr <NOM>Jean MARTIN</NOM>\n<NOM>Claire DURAND</NOM>",
    "Copie à Dr <NOM>Paul Henri</NOM>\n<NOM>Marie Curie</NOM>",
    # after a wrapped street, a name that is no commune stays a name
    "Adresse : <ADRESSE>12 rue\ndes Lilas</ADRESSE>, <NOM>Martin</NOM> est prévenu",
    # a blank line ends a paragraph: nothing is read across it
    "Vu par le Dr <NOM>Martin</NOM>\n\nHavre de paix retrouvé.",
    # a unit's word ends a banner's line, a sentence opens the next (eleventh probe batch)
    "IPP <IPP>3100477812</IPP>, UF 2210 maternité\nHépatite B : Ag HBs négatif.",
    # a letter read as a title ends a line, the next field's label opens the next (« M » is the sex)
    "Patient : <NOM>GIRAUD Paul</NOM>   Sexe M\nPrescripteur : Dr <NOM>Valette</NOM>",
]


#: Known misses, asserted as still missed: the word model shipped since press14 (which never read
#: NewsEye's test file) reads « Perrigny » after the wrapped address as a name, so it is masked as NOM
#: instead of VILLE (masked all the same; on one line it is VILLE). The earlier weights read it as a town.
#: The day it comes out VILLE again, the test fails: take the case out of this set.
KNOWN_MISSES = frozenset(
    {"Domicile : <ADRESSE>Ferme\ndes Combes</ADRESSE>, <VILLE>Perrigny</VILLE>\nObstacle médico-légal : NON"}
)


@pytest.mark.parametrize("marked", WRAPPED)
def test_an_entity_wrapped_over_two_lines_is_found_whole(marked: str) -> None:
    text, _ = parse_inline(marked)
    if marked in KNOWN_MISSES:
        with pytest.raises(AssertionError):  # still missed (see KNOWN_MISSES)
            assert_finds(_DETECTOR.detect(text), marked)
        return
    assert_finds(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("marked", TRAPS)
def test_the_lines_of_a_header_or_a_list_stay_apart(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("marked", WRAPPED)
def test_on_one_line_the_same_entities_are_found(marked: str) -> None:
    """The reference: the text with the breaks inside its entities as spaces (same offsets) gives the
    same findings as the wrapped text."""
    text, spans = parse_inline(marked)
    inside = {i for s, e, _ in spans for i in range(s, e) if text[i] == "\n"}
    one_line = "".join(" " if i in inside else c for i, c in enumerate(text))
    assert spans_of(_DETECTOR.detect(one_line)) == sorted(spans)


def test_unwrap_turns_only_breaks_between_lines_of_text_into_spaces() -> None:
    text = "Pr Nicole\r\nMACE\n\nAdressé par le Dr\n  Martin\n"
    wrapped = unwrap(text)
    assert wrapped is not None
    assert len(wrapped.text) == len(text)
    assert wrapped.text == "Pr Nicole  MACE\n\nAdressé par le Dr   Martin\n"
    assert wrapped.breaks == (text.index("\nMACE"), text.index("\n  Martin"))
    assert unwrap("une ligne") is None
    assert unwrap("deux paragraphes\n\nséparés") is None


def test_a_finding_over_three_lines_is_judged_two_lines_at_a_time() -> None:
    text = "Hôpital\nde Lorient\nMarc DA"
    wrapped = unwrap(text)
    assert wrapped is not None
    whole = Finding(0, text.index("Marc") + 4, "ETABLISSEMENT", 0.92, "test")
    asked: list[str] = []

    def read(lines: str) -> list[Finding]:
        asked.append(lines)
        return (
            [Finding(0, len("Hôpital de Lorient"), "ETABLISSEMENT", 0.92, "test")]
            if "Hôpital" in lines
            else []
        )

    kept = list(wrapped.new_findings([whole], [], 0.5, read))
    assert asked == ["Hôpital de Lorient", "de Lorient Marc DA"]
    assert [(f.start, f.end) for f in kept] == [(0, len("Hôpital\nde Lorient"))]
