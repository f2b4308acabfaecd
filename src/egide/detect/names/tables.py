"""Names in the cells of a table: a column headed « Nom », « Prénom », « Patient », « Médecin »…

Exports of the patient record and pasted spreadsheets put names in columns, often in lower case or as
common words (« | fort | claire | », « Rivière;Louise;12/03/1950 »): no title or first-name
structure says they are names, the header of their column does. Tables with pipes (markdown), tabs
or semicolons (CSV) are read row by row; a form written as rows of label and value
(« | Nom | Dupont | ») is read too.

A cell is taken when it holds one to five words of letters (no digit): « 45 », « 12/03/1950 »,
« non renseigné » or « — » stay as they are.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from egide.detect.names import cues
from egide.detect.names.header_rows import is_header_row
from egide.detect.names.lexicon import fold
from egide.detect.names.medical_words import MEDICAL_WORDS, ORGANISATION_ACRONYMS
from egide.detect.names.reader import Lexicon, Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Column headers whose cells are person names (folded, spaces collapsed).
NAME_COLUMNS: frozenset[str] = frozenset(
    {
        "nom", "noms", "prenom", "prenoms", "nom prenom", "prenom nom", "nom et prenom", "nom / prenom",
        "nom/prenom", "nom - prenom", "nom de naissance", "nom d'usage", "nom de famille", "nom marital",
        "nom usuel", "nom complet", "identite", "patient", "patiente", "patient(e)", "nom du patient",
        "nom patient", "prenom patient", "medecin", "medecin traitant", "medecin referent", "praticien",
        "interne", "externe", "ide", "infirmier", "infirmiere", "infirmier(e)", "aide-soignant",
        "aide-soignante", "soignant", "intervenant", "operateur", "chirurgien", "anesthesiste", "cadre",
        "referent", "signataire", "redacteur", "prescripteur", "personne de confiance", "contact",
        "personne a prevenir", "nom jeune fille", "nom de jeune fille", "conjoint", "epoux", "epouse",
        # who takes a sample, signs, is insured, declares, gives or receives (lab sheets, billing and
        # civil-registration exports, vaccination and donation registers)
        "preleveur", "preleveuse", "biologiste", "pharmacien", "sage-femme", "assure", "assuree",
        "beneficiaire", "ayant droit", "declarant", "defunt", "resident", "residente", "donneur",
        "receveur", "receveuse", "vaccinateur", "vaccinatrice", "tuteur", "curateur", "mandataire",
        "demandeur",
        # who goes with a person to an appointment (a guardian's or a home's weekly table)
        "accompagnant", "accompagnante", "accompagnateur", "accompagnatrice",
    }
)  # fmt: skip
# Cells that say there is no name.
_EMPTY = words(
    """
    inconnu inconnue nc na n/a nr non oui neant aucun aucune ras vide x xx xxx absent absente
    renseigne renseignee non-renseigne idem tbd
    """
)
# Words of column headers (folded), beside the name columns: « Âge », « Date de naissance », « Lit ».
_HEADERS = words(
    """
    age sexe date ddn naissance service chambre ch lit box ipp nda nir ins adresse telephone tel
    portable ville cp code postal motif diagnostic statut role fonction poste grade specialite unite uf
    secteur etage horaire horaires heure jour commentaire commentaires observation observations remarque
    remarques traitement traitements dose posologie examen resultat resultats valeur valeurs score
    poids taille entree sortie duree type id numero no mail email courriel signature champ detail
    details information informations donnee donnees value name first last n° # sex dob
    naiss nais adr mob port dest cs consult rdv
    lieu lieux destination provenance trajet etablissement site salle intervention acte structure
    organisme
    sejour venue dossier patient ne nee ne(e) nes
    contact famille familial proche proches prevenir urgence
    finess rum rss rsa ghm ghs cmd dp das uma um ccam cim cim10 igs mode ent sor sortie entree
    """
)
# (« Contact famille », « Proche à prévenir »: a ward list's column of whom to call, which holds a
# relation and a phone number more than a name: a header, not a name column)
# (the columns of a PMSI export, « FINESS;IPP;NDA;NOM;PRENOM;DDN;SEXE;CP;DATE_ENT;DATE_SOR;MODE_SOR;DP »:
# the establishment's number, the stay's summaries and groups, the principal, related and associated
# diagnoses, the unit, the acts' and diagnoses' codes, the mode of entry and exit; « dp » and « nda »
# are listed as surnames, so only these words say that the row heads columns)
# (« N° séjour », « N° patient », « Né(e) le »: the columns of a bed list's identifiers and birth dates;
# « séjour » is listed as a surname, so only a header's word list says that it heads a column)
# « Date naiss. », « Tél. », « Adr. »: a header abbreviated with its dot is the same header.
_ABBREVIATION_DOT = re.compile(r"(?<=\w)\.(?=\s|/|$)")
_SEPARATOR_ROW = re.compile(r"[\s|:+-]*")
_CELL_WORD = re.compile(r"[^\W\d_]+(?:[-'.\u00ac][^\W\d_]*)*\.?")
_MAX_WORDS = 5


def cells_of_line(line: str, start: int, sep: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` in the text of the cells of a line (outer pipes dropped)."""
    bounds = [-1, *(k for k, c in enumerate(line) if c == sep), len(line)]
    cells = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    if sep == "|":
        if cells and not line[: cells[0][1]].strip():
            cells = cells[1:]
        if cells and not line[cells[-1][0] :].strip():
            cells = cells[:-1]
    return [(start + a, start + b) for a, b in cells]


def separator_of_line(line: str) -> str:
    if "|_|" in line:
        # a blank form's empty boxes (« Nom : |_|_|_|   Prénom : |_|_| »): one box a letter to write, no
        # table's cells; the next lines' labels are no names under a column « Nom »
        return ""
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return "|"
    if "\t" in line:
        return "\t"
    if ";" in line:
        return ";"
    if line.count(",") >= 2 and ", " not in line:
        # « 41007745,2025-04-22T09:30:00,consultation,41000 »: a comma-separated export (prose puts
        # a space after its commas; decimal numbers hold one comma each)
        return ","
    return ""


# A line of comma-separated cells: two commas, none followed by a space (see ``separator_of_line``).
# What :func:`has_comma_row` tells, kept as its statement (the tests compare them).
COMMA_ROW = re.compile(r"^(?![^\n]*, )[^\n,]*,[^\n,]*,", re.MULTILINE)


def has_comma_row(text: str) -> bool:
    """``COMMA_ROW.search(text) is not None``: a line with two commas and no « , » (a comma then a
    space). ``re`` would try the pattern, which opens on « ^ », at every character of the text; the
    lines are read here with string methods, most of them for one count of their commas."""
    if text.count(",") < 2:
        return False
    return any(line.count(",") >= 2 and ", " not in line for line in text.split("\n"))


def may_hold_table(text: str) -> bool:
    """Whether a line of ``text`` can be a table row: a pipe, a tab, a semicolon, or a comma-separated
    row (prose, with its « , » followed by a space, never is one)."""
    return "|" in text or "\t" in text or ";" in text or has_comma_row(text)


def table_lines(text: str) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """Every line of ``text``: the line, its separator (« | », a tab, « ; »; empty when the line is no
    table row) and the offsets of its cells in ``text`` (none without a separator). Readers of
    columns keep their own header state and drop it where the separator changes."""
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        sep = separator_of_line(line)
        yield line, sep, cells_of_line(line, start, sep) if sep else []


def column_cells(
    text: str, headers: frozenset[str], *, underscores: bool = False
) -> Iterator[tuple[int, int]]:
    """The offsets of the cells below a header row that names one of ``headers`` (cells folded,
    spaces collapsed; with ``underscores``, « code_postal » read as « code postal »), row by row,
    until the separator changes: the columns a header names, for the readers of such columns."""
    columns: list[int] = []
    table_sep = ""
    for _line, sep, cells in table_lines(text):
        if sep != table_sep:
            columns, table_sep = [], ""
        if not sep:
            continue
        keys = [fold(text[a:b].strip(" *_`:#\"'\u00a0")) for a, b in cells]
        keys = [" ".join((k.replace("_", " ") if underscores else k).split()) for k in keys]
        heads = [c for c, key in enumerate(keys) if key in headers]
        if heads and len(cells) >= 2:
            columns, table_sep = heads, sep  # a header row: the rows below are read by column
            continue
        yield from (cells[c] for c in columns if c < len(cells))


# « Prénom(s) », « Nom(s) », « Patient(e) »: a form's label with its optional ending in brackets.
_OPTIONAL_ENDING = re.compile(r"\((?:s|e|es|x)\)$")


def _header_key(cell: str) -> str:
    # (quotes around a CSV's cells: « "nom","prenom","ddn" »)
    key = " ".join(fold(cell.strip(" *_`:#\"'\u00a0")).split())
    if key not in NAME_COLUMNS and _OPTIONAL_ENDING.search(key):
        bare = _OPTIONAL_ENDING.sub("", key)
        if bare in NAME_COLUMNS:
            return bare
    return key


def _name_cell(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The part of a cell that is a name, or None: words of letters, titles before them left out, and
    a bracket after them too (« Vaimiti (IDE) »: the role stays readable)."""
    bracket = text.find("(", a, b)
    if bracket > a and text[a:bracket].strip():
        b = bracket
    found = list(_CELL_WORD.finditer(text, a, b))
    rest = text[a:b]
    if not found or len(found) > _MAX_WORDS or any(c.isdigit() for c in rest) or "@" in rest:
        return None
    keys = [fold(m.group().rstrip(".")) for m in found]
    k = 0
    while k < len(keys) and keys[k] in cues.TITLES:
        k += 1  # « Dr Roy », « Mme Dupont »: the title stays readable
    if k == len(keys) or all(key in _EMPTY or key in cues.FUNCTION_WORDS for key in keys[k:]):
        return None
    return found[k].start(), found[-1].end()


def table_cells(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the names in the name columns (and label/value rows) of the tables of
    ``text``."""
    return read_tables(text, lex)[0]


def read_tables(text: str, lex: Lexicon) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The names of :func:`table_cells`, and the cells that are a column's header or a row's label
    (« Nom », « Prénom », « Âge », « Date de naissance »): read like a list's items once the
    separators read as commas, they are no names."""
    if not may_hold_table(text):
        return [], []
    spans: list[tuple[int, int]] = []
    headers: list[tuple[int, int]] = []
    columns: list[int] = []  # name columns of the table being read
    table_sep = ""
    for line, sep, cells in table_lines(text):
        if sep != table_sep:
            columns, table_sep = [], ""
        if not sep or _SEPARATOR_ROW.fullmatch(line):
            continue  # not a row, or « |---|---| »
        keys = [_header_key(text[a:b]) for a, b in cells]
        heads = [c for c, key in enumerate(keys) if key in NAME_COLUMNS]
        headers.extend(cell for cell, key in zip(cells, keys, strict=True) if key and _known_header(key))
        if heads and len(cells) >= 2 and _header_row(keys, lex):
            columns, table_sep = heads, sep  # a row of column headers: the rows below are read by column
            headers.extend(cells)
            continue
        if columns:
            for c in columns:
                if c < len(cells) and keys[c] not in NAME_COLUMNS:
                    cell = _name_cell(text, *cells[c])
                    if cell is not None:
                        spans.append(cell)
            continue
        # « | Nom | Dupont | »: a label cell then its value
        for c in heads:
            if c + 1 < len(cells) and not _header_like(keys[c + 1], lex):
                cell = _name_cell(text, *cells[c + 1])
                if cell is not None:
                    spans.append(cell)
    return spans, headers


def _header_row(keys: list[str], lex: Lexicon) -> bool:
    """A row of column headers: every cell reads as one (:func:`_header_like`), or, in a row where two
    known headers stand side by side (« NOM;PRENOM », « Patient⇥DDN »), a cell the lists do not know
    (« AMC », « Préleveur », « MONTANT_RESTE »: an export names its columns as it likes). A form's row
    of labels and values (« | Nom | Kerbrat | Prénom | Maëlle | ») never puts two labels side by side."""
    if all(_header_like(key, lex) for key in keys):
        return True
    known = [bool(key) and _known_header(key) for key in keys]
    if not any(a and b for a, b in itertools.pairwise(known)):
        return False
    read = [_header_like(key, lex) or _unknown_words(key, lex) for key in keys]
    if all(read):
        return True
    # « NOM;PRENOM » side by side (no label/value row writes two name labels in a row): the header of
    # an export whose few other columns are codes a list also holds as a surname (« GHM », « UF »)
    named = [key in NAME_COLUMNS for key in keys]
    return any(a and b for a, b in itertools.pairwise(named)) and 4 * sum(read) >= 3 * len(keys)


def _unknown_words(key: str, lex: Lexicon) -> bool:
    """One to three words (« _ » read as a space) none of which a list names as a first name or a
    surname: the name an export gives a column (« amc », « montant reste », « preleveur »), no person."""
    parts = key.replace("_", " ").split()
    if not parts or len(parts) > 3 or any(ch.isdigit() for ch in key):
        return False
    if "_" in key.strip("_"):
        return True  # « montant_reste »: a field's name in an export, whatever its words
    return all(p not in lex.first and p not in lex.surnames for p in parts)


def _known_header(key: str) -> bool:
    """A cell of header words only (« Nom », « Date de naissance », « Âge »)."""
    if key in NAME_COLUMNS:
        return True
    parts = _ABBREVIATION_DOT.sub("", key).replace("/", " ").split()
    return len(parts) <= 4 and all(p in _HEADERS or p in cues.FUNCTION_WORDS for p in parts)


def _header_like(key: str, lex: Lexicon) -> bool:
    """A cell that reads as a column header: empty, a known header, or common words none of which is
    a listed name (« Observations », « Date de naissance »; not « Dupont », not « Blanc »)."""
    if not key or key in NAME_COLUMNS:
        return True
    parts = _ABBREVIATION_DOT.sub("", key).replace("/", " ").split()
    if len(parts) > 4 or any(ch.isdigit() for ch in key):
        return False
    if all(p in _HEADERS or p in cues.FUNCTION_WORDS for p in parts):
        return True
    return all(p in lex.common and p not in lex.first and p not in lex.surnames for p in parts)


def table_spans(text: str, toks: list[Token], lex: Lexicon) -> tuple[list[Span], list[int]]:
    """:func:`table_cells` as spans of ``toks``, and the words of the header and label cells."""
    cells, headers = read_tables(text, lex)
    labels: list[int] = []
    starts = [t.start for t in toks]
    for a, b in sorted(set(headers)):
        k = bisect.bisect_left(starts, a)
        while k < len(toks) and toks[k].end <= b:
            labels.append(k)
            k += 1
    if not cells:
        return [], labels
    spans: list[Span] = []
    k = 0
    for a, b in cells:
        while k < len(toks) and toks[k].start < a:
            k += 1
        first = k
        while k < len(toks) and toks[k].end <= b:
            k += 1
        if k > first:
            spans.append(Span(first, k, 0.9, "table"))
    return spans, labels


def headerless_column_names(
    text: str, toks: list[Token], spans: list[Span], taken: list[bool], lex: Lexicon
) -> list[Span]:
    """The names of a column that no header names, told by the rows around (« ADMISSION⇥GARNIER⇥Paul⇥M
    ⏎ ADMISSION⇥rivière⇥Louise⇥F »): in a run of rows of one separator (a tab, « ; », « | ») and one
    number of cells, a cell of one or two words of letters, each a listed surname or first name, that
    nothing else read, in a column whose cell another row holds a name in; typed in lower case or a
    French word, as an export or a hurried entry writes it.

    A bed board or a list of boxes aligns its columns with spaces (« 12A  DARRIGADE       J4  retour
    EHPAD ⏎ 12B  LABAT Simone      J9  attente SSR »): its rows are read the same way, their cells
    between gaps of two spaces or more. Where the rows say a column is the names' (two rows at least,
    half of its cells named), the rest of its cells are names too, a surname alone that no list knows
    (« DARRIGADE »), the surname before a first name that a list knows (« le bris jacqueline »)."""
    spaced = "  " in text
    if "\t" not in text and ";" not in text and "|" not in text and not spaced:
        return []
    named = [False] * len(toks)
    for span in spans:
        for k in range(span.first, span.last):
            named[k] = True
    starts = {t.start: k for k, t in enumerate(toks)}
    found: list[Span] = []
    run: list[list[tuple[int, int]]] = []
    run_key: tuple[str, int] = ("", 0)
    offset = 0
    for line, sep, cells in itertools.chain(table_lines(text), [("", "", [])]):
        key = (sep, len(cells)) if sep in ("\t", ";", "|") and len(cells) >= 3 else ("", 0)
        if not sep and spaced and line.count("  ") >= 2:
            cells = spaced_cells(line, offset)
            key = (_SPACED, 0) if len(cells) >= 3 else ("", 0)
        offset += len(line) + 1
        if key != run_key or not key[0]:
            if len(run) >= 2:
                found.extend(
                    _names_by_column(
                        text, toks, starts, named, taken, run, lex, sure_only=run_key[0] == _SPACED
                    )
                )
            # (a run's first row of headings names the columns, no one: « Date | Senior bloc | Bip »)
            # (a spaced row's cells are cut before their digits: the line says whether it holds one)
            heading = is_header_row(text, cells) and (key[0] != _SPACED or not any(c.isdigit() for c in line))
            run, run_key = ([cells] if key[0] and not heading else []), key
            continue
        run.append(cells)
    return found


# The run key of the rows whose cells gaps of spaces separate (their number of cells may vary: a
# remark's cell may be missing, the columns before it stay where they are).
_SPACED = "  "
_GAP = re.compile(r" {2,}|\t")
# A word holding a digit, and what follows it in its cell: « 1987 » after « AZOULAY Sarah », a bed's
# day count « J4 »; the letters before it are the cell a name may fill.
_DIGIT_WORD = re.compile(r"(?:^|(?<=\s))[^\s]*\d")


def spaced_cells(line: str, start: int) -> list[tuple[int, int]]:
    """Offsets in the text of the cells of a line aligned with spaces, each cut before its first word
    that holds a digit (« AZOULAY Sarah 1987 » is read as « AZOULAY Sarah »)."""
    cells: list[tuple[int, int]] = []
    at = len(line) - len(line.lstrip(" "))
    for gap in itertools.chain(_GAP.finditer(line, at), [None]):
        end = len(line) if gap is None else gap.start()
        if end > at:
            digit = _DIGIT_WORD.search(line, at, end)
            cut = end if digit is None else digit.start()
            cells.append((start + at, start + at + len(line[at:cut].rstrip())))
        if gap is not None:
            at = gap.end()
    return cells


_CELL_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


def _names_by_column(
    text: str,
    toks: list[Token],
    starts: dict[int, int],
    named: list[bool],
    taken: list[bool],
    rows: list[list[tuple[int, int]]],
    lex: Lexicon,
    *,
    sure_only: bool = False,
) -> Iterator[Span]:
    """The names of the columns of ``rows``; with ``sure_only`` (rows aligned with spaces, whose gaps
    a form's label and value make too: « Bénéficiaire :  SAIDI   N O R A »), in the columns the rows
    say are the names' only."""

    def tokens_of(a: int, b: int) -> list[int] | None:
        ks = [starts.get(m.start()) for m in _CELL_TOKEN.finditer(text, a, b)]
        return None if not ks or None in ks else [k for k in ks if k is not None]

    for c in range(max(len(row) for row in rows)):
        cells = [row[c] for row in rows if c < len(row)]
        tokens = [tokens_of(a, b) for a, b in cells]
        with_name = [ks is not None and all(named[k] for k in ks) for ks in tokens]
        if not any(with_name):
            continue
        # the rows say it: a column of names, two of its cells at least and half of them named
        sure = sum(with_name) >= 2 and 2 * sum(with_name) >= len(cells)
        for (a, b), ks, has in zip(cells, tokens, with_name, strict=True):
            if has or ks is None or _name_cell(text, a, b) is None:
                continue
            if any(taken[k] and not named[k] for k in ks):
                continue
            if sure:
                yield from _cell_of_names(toks, ks, named, lex)
                continue
            if sure_only or len(ks) > 2 or any(named[k] for k in ks):
                continue
            words = [toks[k] for k in ks]
            if all(
                len(t.key) >= 3
                and t.key not in cues.FUNCTION_WORDS
                and t.key not in _EMPTY
                and lex.in_lists(t)
                for t in words
            ):
                yield Span(ks[0], ks[-1] + 1, 0.75, "column")


def _cell_of_names(toks: list[Token], ks: list[int], named: list[bool], lex: Lexicon) -> Iterator[Span]:
    """The words of a cell that nothing read, in a column the rows say is the names': one to three
    words, each a listed name or a word no list of the language or of medicine knows (« DARRIGADE »),
    a particle and the word after it opening a surname (« le bris jacqueline »); one of them at least
    a listed name, in capitals or of four letters or more (« hdj » typed in a board is no one's)."""
    if len(ks) > 3:
        return
    words = [toks[k] for k in ks]
    j = 2 if len(words) >= 2 and words[0].key in cues.LEADING_PARTICLES else 0
    if any(t.key in cues.TITLES or t.key in _EMPTY for t in words):
        return
    for k, t in zip(ks[j:], words[j:], strict=True):
        if named[k]:
            continue
        if t.shape == "L" and len(t.key) < 4:
            return  # « hdj », « obs »: a board's abbreviation typed in lower case
        if lex.in_lists(t):
            continue
        if len(t.key) < 3 or t.key in cues.FUNCTION_WORDS or not _unknown_surname(t, lex):
            return
    if not any(
        named[k] or lex.in_lists(t) or t.shape == "U" or len(t.key) >= 4
        for k, t in zip(ks, words, strict=True)
    ):
        return
    k = 0
    while k < len(ks):
        if named[ks[k]]:
            k += 1
            continue
        first = k
        while k < len(ks) and not named[ks[k]]:
            k += 1
        yield Span(ks[first], ks[k - 1] + 1, 0.75, "column")


def _unknown_surname(t: Token, lex: Lexicon) -> bool:
    """A word that no list knows, in a column of names: no word of the language nor of medicine (« VIDE »,
    « libre », « BMR »), no title, no column's heading."""
    return (
        not lex.is_common(t)
        and t.key not in cues.TITLES
        and t.key not in _HEADERS
        and t.key not in MEDICAL_WORDS
        and t.key not in ORGANISATION_ACRONYMS
    )
