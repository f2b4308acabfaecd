"""The fields of a record screen whose separators a paste lost, read apart (issue 8, probe16's family).

A patient record's banner or form copied from the screen into a chatbot often loses the tabs and
boxes between its cells: « Patient :LE BIHAN YannickNé le :14/02/1956 », « MèreKEMAYOU Estelle »,
« Adresse19 rue de la Hache », « Dossier de soinsGIRARDOT LucienneF19/10/1938 ». A reader still sees the
cells, by the field's label and by the case that changes where one cell ends and the next begins; the
words, glued, read as no name and no address. A tab, the cell's border, is inserted (standing for no original character)
where a paste glued:

- a word in lower case to a field's label (« YannickNé », « DupontIPP »), or a label to the capital or
  the digit that opens its value (« MèreKEMAYOU », « PatientRAHARISON », « Adresse19 », « DemandeB26… »);
- a number to the label of the next field (« B2611240331Patient », « 1956Adresse »);
- a word in lower case to a word of four capitals or more (« soinsGIRARDOT »): in French text a word
  does not turn to capitals half-way, and a lab's lower-case prefixes take shorter ones (« proBNP »,
  « antiTPO »);
- a first name to a banner's sex letter and a complete date (« LucienneF19/10/1938 »).

Inside a word of ordinary text the case does not change, so prose pays one scan and stays the same
string. The labels are the identity block's (:data:`~egide.detect.names.cues.HEADER_LABELS`, the
fields of :mod:`~egide.detect.names.next_label`, the identifiers' own), folded; a mixed-case word whose
part is no label (« IgG », « HbA1c », « NaCl », « McDonald », « iPhone ») is left whole.
"""

from __future__ import annotations

import re

from egide.detect.names import cues
from egide.detect.names.lexicon import fold
from egide.detect.names.next_label import FIELD_WORDS
from egide.detect.names.wordlist import words
from egide.detect.normalise.mapping import Draft, Edit

# The labels whose value a paste glues to them (« MèreKEMAYOU », « Adresse19 »): the identity block's,
# its fields', and those of the numbers a banner carries.
_LABELS = (
    cues.HEADER_LABELS
    | FIELD_WORDS
    | words(
        "ne nee ipp nda nir ins ddn demande dossier domicile sejour tel telephone mail email courriel"
        " uf sexe mere pere enfant commune ville"
    )
)
# The labels a paste glues to the name before them, those of the cells that follow a name in a banner
# (« YannickNé le », « DupontIPP »); not « Date », « Name »…, the parts of an export's keys written in
# one word (« PatientBirthDate », « StudyDate »).
_NEXT_CELLS = words("ne nee sexe age ddn ipp nda nir ins adresse domicile tel telephone lit chambre uf")
# What opens a value glued to its label: a word in capitals (« KEMAYOU »), a digit (« 19 rue »), a
# capital and a digit (« B2611240331 »); not a capitalised word (« PatientName », « PatientID »: a key).
_VALUE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}(?![a-zß-öø-ÿ])|[A-Z]?\d")
# Digits, then letters, then a digit again: the rest of one alphanumeric code (an identity card's
# « UF4L42KLL »), which a label glued to its value never makes (« UF4102 », « IPP0045123Patient »).
_INTERLEAVED = re.compile(r"\d+[A-Za-z]+\d")
# The name a next cell's label is glued to: capitalised, three letters or more (« Yannick »), not a word
# an OCR wrote in mixed case (« ReNé »).
_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}|[A-ZÀ-ÖØ-Þ]{3,}")

# Where a paste may have glued two cells: a lower-case letter before a capital, a letter before a
# digit, a digit before a capital. Cheap to find; each is then judged on the words around it.
# (found at the character after the seam, a capital or a digit, then the one before it looked at, and
# the one after for two capitals: a pattern opening on a class lets ``re`` skip ahead in C, an
# alternation is tried at every character)
_SEAM = re.compile(
    r"[A-ZÀ-ÖØ-Þ\d](?:(?<=[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]|[^\W\d_]\d|\d[A-ZÀ-ÖØ-Þ])|(?<=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ])(?=[a-zß-öø-ÿ]))"
)
# The last word of a label in several words, glued in lower case to the digit of its value
# (« Date de naissance02/05/1947 »).
_LABEL_TAILS = words("naissance")
# A banner's sex letter, alone after its label, glued to the next cell's label (« Sexe MDate »).
_SEX_LETTERS = "FMH"
# The word that opens a cell: a capital and its lower-case letters (« Patient » in « PatientRAHARISON »,
# « Né » in « Né le »), else a run of capitals (« IPP », « GIRARDOT »).
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]+")
# The capitalised word that ends a run of letters (« Prénom » in « DURANDPrénom »).
_CAPITALISED_TAIL = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\Z")
# A label glued to the capitalised name before the next label (« PrénomJeanSexe »): the name's part.
_CAPITALISED_END = re.compile(r"(?<=[a-zß-öø-ÿ])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}\Z")
# The labels whose value is written capitalised, not in capitals (« PrénomJean », « CommuneAubusson »).
_CAPITALISED_VALUES = words("prenom prenoms commune ville")
# A banner's sex letter then a complete date, right after the first name (« LucienneF19/10/1938 »).
_SEX_DATE = re.compile(r"[FMH](?=\d{1,2}/\d{1,2}/\d{4}(?!\d))")
# A word in lower case glued to one in capitals: from four capitals (« soinsGIRARDOT »), not a lab's
# prefix on an acronym (« proBNP », « antiTPO »); from three lower-case letters (« eDFG », « mmHg »).
_MIN_CAPITALS = 4
_MIN_LOWER = 3
# What is inserted: the tab the paste lost, read by the names as a cell's border (a list comma, not a
# space that would join the next cell's label to the name before it: « RAHARISON Voahangy Né »).
_CELL = "\t"
# The titles a paste glues to a name (« DrTOUSSAINT », « MmeLAMBERT »): no cell's label, but its name's
# title (« Mère », « Père » are the labels of a relative's cell).
_COURTESY_TITLES = words("mr mme mmes mlle melle dr pr docteur professeur monsieur madame")


def _word_before(text: str, end: int) -> str:
    """The letters that end at ``end``."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _word_after(text: str, start: int) -> str:
    """The word that opens at ``start``, up to the next change of case."""
    m = _CAPITALISED.match(text, start) or _CAPITALS.match(text, start)
    return m.group() if m else ""


def _is_label(word: str, labels: frozenset[str] = _LABELS) -> bool:
    """A field's label, capitalised or in capitals (« Né », « Mère », « IPP », « ADRESSE »)."""
    return len(word) > 1 and (word[1:].islower() or word.isupper()) and fold(word) in labels


def _opens_a_cell(text: str, start: int, seam: int) -> bool:
    """The label ``text[start:seam]`` opens its cell: not the part of a code after a hyphen (« HLA-DR4 »),
    and not a title before a digit, which a name follows, never a number (« DR4 »)."""
    if start > 0 and text[start - 1] in "-_/.":
        return False
    return not (text[seam].isdigit() and fold(text[start:seam]) in cues.TITLES)


def _capitals_then_label(text: str, seam: int, after: str) -> bool:
    """A value in capitals glued to the capitalised label of the next cell (« NomPEREIRAPrénom »,
    « MARTINNom utilisé », « Sexe MDate »): the capitals cannot run on into a capitalised word, so the
    label's capital opens a cell — only a label, a word like « ADNPolymérase » is left whole."""
    if not _is_label(after) or not after[1:].islower():
        return False
    start = seam
    while start > 0 and text[start - 1].isupper():
        start -= 1
    run = seam - start
    if run == 1:
        # « Sexe MDate »: the letter alone, after a space
        return text[start] in _SEX_LETTERS and start > 0 and text[start - 1] == " "
    return run >= _MIN_LOWER


def _glued(text: str, seam: int) -> bool:
    """Whether the characters on each side of ``seam`` are two cells a paste glued."""
    after = _word_after(text, seam)
    if text[seam - 1].isdigit():
        # « 1956IPP », « B2611240331Patient »
        return _is_label(after, _NEXT_CELLS) or (_is_label(after) and after[1:].islower())
    before = _word_before(text, seam)
    if text[seam - 1].isupper() and not text[seam + 1 : seam + 2].isupper():
        return _capitals_then_label(text, seam, after)
    if text[seam].isdigit() and before.islower() and fold(before) in _LABEL_TAILS:
        return True  # « Date de naissance02/05/1947 »
    tail = _CAPITALISED_TAIL.search(before) if before[:1].isupper() else None
    if tail is not None and tail.start() > 0 and before[tail.start() - 1].isupper():
        # « NomDURANDPrénomJean »: the label is the word after the capitals of the cell before it
        before = tail.group()
    if _is_label(before) and before[:1].isupper() and _opens_a_cell(text, seam - len(before), seam):
        if _VALUE.match(text, seam) is not None:
            # « MèreKEMAYOU », « Adresse19 », « DemandeB26… »; not an acronym's letters opening a code
            # that mixes letters and digits again after them (« CNI n° UF4L42KLL »: no unit « UF »)
            return not (before.isupper() and _INTERLEAVED.match(text, seam) is not None)
        # « PrénomJean », « CommuneAubusson »: a first name or a town is written capitalised
        return fold(before) in _CAPITALISED_VALUES and _NAME_BEFORE.match(text, seam) is not None
    if not after or not before[-1:].islower():
        return False
    if _is_label(after, _NEXT_CELLS):
        # « YannickNé », « DupontIPP »; « PrénomJeanSexe »: the name that ends the word, after its label
        if _NAME_BEFORE.fullmatch(before) is not None:
            return True
        name = _CAPITALISED_END.search(before)
        if name is None:
            return False
        label = _CAPITALISED_TAIL.search(before[: name.start()])
        return label is not None and fold(label.group()) in _CAPITALISED_VALUES
    # « soinsGIRARDOT »: lower case, then capitals to the end of the word
    end = seam + len(after)
    return (
        after.isupper()
        and len(after) >= _MIN_CAPITALS
        and len(before) >= _MIN_LOWER
        and before.islower()
        and not (end < len(text) and text[end].isalpha())
    )


def read_glued_fields(draft: Draft) -> None:
    """Insert a space between the cells a paste glued together."""
    text = draft.text
    edits: list[Edit] = []
    for m in _SEAM.finditer(text):
        seam = m.start()
        if _glued(text, seam):
            # « DrTOUSSAINT »: a courtesy title glued to its name is no cell; a space keeps it the title
            title = text[seam - 1].islower() and fold(_word_before(text, seam)) in _COURTESY_TITLES
            edits.append((seam, seam, " " if title else _CELL))
        elif text[seam - 1].islower() and (sex := _SEX_DATE.match(text, seam)):
            # « LucienneF19/10/1938 »: the name, the sex letter and the date are three cells
            edits.append((seam, seam, _CELL))
            edits.append((sex.end(), sex.end(), _CELL))
    draft.apply(edits)
