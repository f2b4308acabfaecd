"""The second reading (line breaks as spaces) reads only the paragraphs whose lines a soft break joins.

A line break closes its line when the line before ends a sentence, closes a bracket or is a
heading, or when the next line is a list's item, opens on a field's label or on a time of day after
a sentence: nothing reads across it, and the second reading keeps it as a blank line's. What is left
to read again is the paragraphs whose lines go on into each other, put one after the other; the
rest of the text is read once (invented values, no real person).

First the families of breaks that close their line, with the wrap they no longer invent (a form's
field read as the end of the name or the town of the line before); then the wraps that go on being
found; then the reading of the paragraphs against the reading of the whole text, and the numbers.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.document import Document
from egide.detect.engine import DIGITS_ONLY
from egide.detect.finding import Finding
from egide.detect.normalise import normalise
from egide.detect.wrapped import Unwrapped, _digit_seam, unwrap
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.test_wrapped_lines import TRAPS, WRAPPED

_DETECTOR = Detector()

# The line break marked « ⏎ » closes its line: it stays a line break in the second reading.
CLOSED = [
    # a sentence's end: a full stop after a word of French or a value, an exclamation, a question
    "Pansement propre.⏎Pertes sanguines estimées : 327 mL.",
    "Score ASA 3.⏎Consignes : paracétamol.",
    "Leucocytes 12,4 G/L.⏎Accompagnée de sa fille.",
    "Vous l'a-t-on dit ?⏎Rien de plus.",
    # a bracket closed before a word
    "retour au domicile (VSL)⏎Nom : Testard",
    # a list's item
    "TRAITEMENT DE SORTIE⏎- Ramipril 5 mg",
    "Consignes :⏎* Lever au fauteuil",
    # a heading in capitals, words of French only
    "MOTIF D'HOSPITALISATION⏎Décompensation cardiaque.",
    "EXAMEN CLINIQUE D'ENTRÉE⏎Auscultation normale.",
    # a field's label: its colon, or a number's label and its number
    "Prénom : Aline⏎Né(e) le : 02/11/1950",
    "Patient : M. Paul Testard⏎DN 1950-11-02",
    "né le 05/02/1944 à Testville⏎N° de sécurité sociale : 1 44 02 2B 033 119 37",
    "Cordialement, Dr Testard⏎RPPS : 10003456789",
    "CHU de Testville⏎N° demande : B26-004712",
    "Mme Aline Testard⏎née le 12/08/1951",
    # a name, then the post under it: a capitalised French word that no name list holds
    "Dr Aline Testard⏎Médecin attaché",
    # a time of day after a sentence or a bracket: a nurse's notes
    "Message transmis à Aline.⏎15h00 Appel de son fils.",
    "EVA 2/10 à 1 h. (Aline)⏎12h30 Cible : comportement.",
]

# The line break goes on: a name, a street, a hospital, a number wrapped over two lines.
GOES_ON = [
    "Cabinet au 17 av.⏎Ambroise Testard",  # an abbreviation is no sentence's end
    "Vu par le Dr J.⏎Testard",  # nor an initial
    "Vu par le Pr.⏎Testard",  # nor a title
    "Tél. : +33 (0)⏎5 84 78 34 21",  # a number's bracket
    "CENTRE HOSPITALIER DE⏎TESTVILLE",  # a heading's words, a particle last
    "CLINIQUE⏎Saint-Testard",  # a place's word first
    "Pr Nicole⏎MACE : chef de service",  # a surname before a colon, no label
    "Adressée à la Clinique⏎Pasteur : service de chirurgie",  # a name before a colon
    "Vu le 3 sept.⏎2021",  # a month's abbreviation, then the year
    "La patiente va bien⏎Dupont est prévenu",
]


def _break(marked: str) -> tuple[str, int]:
    at = marked.index("⏎")
    return marked.replace("⏎", "\n"), at


@pytest.mark.parametrize("marked", CLOSED)
def test_a_line_break_that_closes_its_line_stays_one(marked: str) -> None:
    text, at = _break(marked)
    wrapped = unwrap(text)
    assert wrapped is None or (at not in wrapped.breaks and wrapped.text[at] == "\n")


@pytest.mark.parametrize("marked", GOES_ON)
def test_a_line_break_inside_an_entity_is_read_as_a_space(marked: str) -> None:
    text, at = _break(marked)
    wrapped = unwrap(text)
    assert wrapped is not None and at in wrapped.breaks and wrapped.text[at] == " "


# A form's next field is no part of the name, the town or the hospital of the line before (a junk wrap
# the whole second reading used to accept: « Aline⏎Né », « Testville⏎N », « Testard⏎DN »).
FIELDS = [
    "Nom : <NOM>TESTARD</NOM>          Prénom : <NOM>Aline</NOM>\nNé(e) le : <DATE_NAISSANCE>02/11/1950</DATE_NAISSANCE>",
    "Patient : <NOM>M. Paul Testard</NOM>\nDN <DATE_NAISSANCE>1950-11-02</DATE_NAISSANCE>",
    "Patiente : <NOM>aline testard</NOM>\nnée le <DATE_NAISSANCE>24/4/98</DATE_NAISSANCE>",
    "né le <DATE_NAISSANCE>05/02/1944</DATE_NAISSANCE> à <VILLE>Bastia</VILLE>\nN° SS : <NIR>1 44 02 2B 033 119 37</NIR>",
    "Débiteur : Mme <NOM>TESTARD Aline</NOM>\nNIR : <NIR>2 56 09 33 063 208 43</NIR>",
]


@pytest.mark.parametrize("marked", FIELDS)
def test_the_next_fields_label_is_no_part_of_an_entity(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked)


def _whole(detector: Detector) -> object:
    """The second reading as it was: the whole text, every recogniser asked."""

    def read(doc: Document, wrapped: Unwrapped, deadline: float, absent: set[int] | None) -> list[Finding]:
        return detector._read(Document(wrapped.text, written=doc), deadline)

    return read


MORE = [
    # letterheads, banners, forms, prose, lists, numbers: every kind of break
    "CHU de Testville\nService de neurologie Dr Paul TESTARD - RPPS 1 06 4948 9142\n\nObjet : M. Paul "
    "TESTARD, Date de naissance : 24 février 1951\nN° de sécurité sociale : 1-51-02-59-641-977-30",
    "Confraternellement,\nDr. Paul TESTARD\nInterne\npaul.testard@exemple.fr\nposte 628",
    "HISTOIRE DE LA MALADIE\nMme TESTARD a présenté depuis le 08/11/2020 une syncope. Adressée aux urgences"
    " (Clinique du\nParc) par le Docteur TESTVILLE.\n\nCONCLUSION\nAnémie.",
    "Relève du 29/09/2025 - secteur B\nCh. 10 - TESTARD - 63 ans - 1962-05-09\nCh. 11 - TESTVILLE Aline",
    "Tél : 06 12 34\n56 78 ; NIR 1 85 05 78\n006 084 36 ; carte 4970 1012\n3456 7890 ; le 12 IV\n2019",
    "Pr. Aline Testard\n2, lotissement Gambetta, 39000 Testville\nRPPS 1 02 2714 8185",
    "22h15 Cible : douleur. R : EVA 2/10 à 1 h. (Aline)\n12h30 Cible : comportement. Rassurée.\n15h00 Appel"
    " de son fils (Paul) au 0439697501.",
]


@pytest.mark.parametrize("text", [*(parse_inline(m)[0] for m in [*WRAPPED, *TRAPS, *FIELDS]), *MORE])
def test_the_paragraphs_are_read_as_the_whole_text_would_be(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the second reading keeps (:meth:`Unwrapped.new_findings`) is the same whether it reads the
    paragraphs that hold a soft break, without the recognisers of numbers when no break cuts one, or
    the whole text with every recogniser."""
    found = _DETECTOR.detect(text)
    with monkeypatch.context() as patch:
        patch.setattr(_DETECTOR, "_read_wrapped", _whole(_DETECTOR))
        assert found == _DETECTOR.detect(text)


def test_only_the_paragraphs_with_a_soft_break_are_read_again() -> None:
    text = (
        "COMPTE RENDU\n\nLa patiente va bien. Elle sort demain.\n\nPr Aline\nTESTARD\n\nFin du compte rendu."
    )
    wrapped = unwrap(text)
    assert wrapped is not None
    paragraphs = wrapped.paragraphs(text)
    assert paragraphs.text == "Pr Aline TESTARD"
    assert paragraphs.written == "Pr Aline\nTESTARD"
    moved = paragraphs.placed([Finding(3, 16, "NOM", 0.9, "test")])
    assert [(f.start, f.end) for f in moved] == [(text.index("Aline"), text.index("TESTARD") + 7)]


# Numbers wrapped between two of their groups, and breaks between a number and a word.
CUTS = [
    "Tél : 06 12 34⏎56 78",
    "Tél. : +33 (0)5⏎84 78 34 21",
    "Tél. : +33⏎(0)5 84 78 34 21",
    "NIR 1 85 05 78⏎006 084 36",
    "NIR 1 85 05 78 006 084, clé⏎36",
    "NIR 1 85 2A⏎006 084 36",
    "né le 02/⏎04/1958",
    "le 14 .⏎03 . 1950",
    "le 12 IV⏎2019",
    "IPP 8000⏎0017",
]
NO_CUTS = [
    "Service de néphrologie⏎8 boulevard des Écoles",
    "M. Paul Testard⏎45 ans - 99 kg",
    "né le 12/03/1950 à Testville, IPP 80012345⏎Vu ce jour",
    "Copie à Testville⏎Paul",
]


@pytest.mark.parametrize("marked", CUTS)
def test_a_number_cut_between_two_of_its_groups_is_a_cut(marked: str) -> None:
    text, _ = _break(marked)
    wrapped = unwrap(normalise(text).text)
    assert wrapped is not None and wrapped.joins_digits


@pytest.mark.parametrize("marked", NO_CUTS)
def test_a_word_beside_a_number_is_no_cut(marked: str) -> None:
    text, _ = _break(marked)
    wrapped = unwrap(normalise(text).text)
    assert wrapped is None or not wrapped.joins_digits  # (or not joined at all: wrap_seams)


@pytest.mark.parametrize("text", [*(parse_inline(m)[0] for m in [*WRAPPED, *TRAPS, *FIELDS]), *MORE])
def test_a_number_read_across_a_break_is_read_across_a_cut(text: str) -> None:
    """Every finding of the recognisers of numbers that crosses a soft break in the second reading
    crosses it where a number may be cut (the engine does not ask them when no break is one)."""
    norm = normalise(text).text
    wrapped = unwrap(norm)
    if wrapped is None:
        return
    second = Document(wrapped.text, written=Document(norm))
    for recogniser in _DETECTOR.recognisers:
        if recogniser.name not in DIGITS_ONLY:
            continue
        for f in recogniser.find(second):
            for at in wrapped.breaks:
                if f.start < at < f.end:
                    assert _digit_seam(wrapped.text, at), (recogniser.name, wrapped.text[f.start : f.end])
