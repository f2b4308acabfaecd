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
        " uf sexe mere pere enfant"
    )
)
# The labels a paste glues to the name before them, those of the cells that follow a name in a banner
# (« YannickNé le », « DupontIPP »); not « Date », « Name »…, the parts of an export's keys written in
# one word (« PatientBirthDate », « StudyDate »).
_NEXT_CELLS = words("ne nee sexe age ddn ipp nda nir ins adresse domicile tel telephone lit chambre uf")
# What opens a value glued to its label: a word in capitals (« KEMAYOU »), a digit (« 19 rue »), a
# capital and a digit (« B2611240331 »); not a capitalised word (« PatientName », « PatientID »: a key).
_VALUE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}(?![a-zß-öø-ÿ])|[A-Z]?\d")
# The name a next cell's label is glued to: capitalised, three letters or more (« Yannick »), not a word
# an OCR wrote in mixed case (« ReNé »).
_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}|[A-ZÀ-ÖØ-Þ]{3,}")

# Where a paste may have glued two cells: a lower-case letter before a capital, a letter before a
# digit, a digit before a capital. Cheap to find; each is then judged on the words around it.
_SEAM = re.compile(r"[a-zß-öø-ÿ](?=[A-ZÀ-ÖØ-Þ])|[^\W\d_](?=\d)|\d(?=[A-ZÀ-ÖØ-Þ])")
# The word that opens a cell: a capital and its lower-case letters (« Patient » in « PatientRAHARISON »,
# « Né » in « Né le »), else a run of capitals (« IPP », « GIRARDOT »).
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]+")
# A banner's sex letter then a complete date, right after the first name (« LucienneF19/10/1938 »).
_SEX_DATE = re.compile(r"[FMH](?=\d{1,2}/\d{1,2}/\d{4}(?!\d))")
# A word in lower case glued to one in capitals: from four capitals (« soinsGIRARDOT »), not a lab's
# prefix on an acronym (« proBNP », « antiTPO »); from three lower-case letters (« eDFG », « mmHg »).
_MIN_CAPITALS = 4
_MIN_LOWER = 3
# What is inserted: the tab the paste lost, read by the names as a cell's border (a list comma, not a
# space that would join the next cell's label to the name before it: « RAHARISON Voahangy Né »).
_CELL = "\t"


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


def _glued(text: str, seam: int) -> bool:
    """Whether the characters on each side of ``seam`` are two cells a paste glued."""
    after = _word_after(text, seam)
    if text[seam - 1].isdigit():
        # « 1956IPP », « B2611240331Patient »
        return _is_label(after, _NEXT_CELLS) or (_is_label(after) and after[1:].islower())
    before = _word_before(text, seam)
    if _is_label(before) and before[:1].isupper() and _opens_a_cell(text, seam - len(before), seam):
        return _VALUE.match(text, seam) is not None  # « MèreKEMAYOU », « Adresse19 », « DemandeB26… »
    if not after or not before[-1:].islower():
        return False
    if _is_label(after, _NEXT_CELLS):
        return _NAME_BEFORE.fullmatch(before) is not None  # « YannickNé », « DupontIPP »
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
        seam = m.end()
        if _glued(text, seam):
            edits.append((seam, seam, _CELL))
        elif m.group().islower() and (sex := _SEX_DATE.match(text, seam)):
            # « LucienneF19/10/1938 »: the name, the sex letter and the date are three cells
            edits.append((seam, seam, _CELL))
            edits.append((sex.end(), sex.end(), _CELL))
    draft.apply(edits)
