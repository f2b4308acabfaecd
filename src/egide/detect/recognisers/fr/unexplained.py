"""Fail closed on long numbers: what no other reading explains is an identifier (issue 8 §3).

A gateway that must leak nothing masks what it cannot explain. Two shapes are identifiers unless
recognised as something else:

* a run of seven digits or more, separators (spaces, dots, dashes) read through: « 80012345 »,
  « 800 123 45 », « 2023-001234 »;
* a token mixing letters and five digits or more: « 31KT0045 », « 2301AB123 », « A1234567 »; not a
  DRG of the PMSI (« GHM 04M053 »).

« Something else » is: a measurement with its unit (« 1 200 000 copies/ml », « 500000UI »), a money
amount, a decimal or a list of values (« 12.5 13.1 12.8 »), a quantity written in thousands
(« 65 000 000 »), a date or a year range (« 1987-2019 »: the date recognisers' business), a page
range, a drug, act or lab code after its name or in its shape (CIP13 « 3400… », « code UCD »,
« ATC », « CCAM », « LOINC »), a bibliographic or genetic reference (« PMID », « DOI », « rs… », a chromosome's band « 22q11.2 »,
« NCT… »), a chemical formula (« C12H22O11 »), a URL or an e-mail (their recognisers' business), a range of
times of day (« 7h30-19h »: opening hours), a legal text's number (« décret n° 2021-1234 »).

What remains is reported under the most precise label the neighbourhood allows: the header of its
table column (« IPP | NDA | NIR »), a label word just before it (« son IPP est le … », « séjour »),
a NIR structure (sex, month, département), a line about a person (a banner: IPP, or NDA for a code
with letters), a phone cue; else ``IDENTIFIANT``, with a score just above the threshold so that any
recogniser that knows better wins the overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer, search
from egide.detect.labels import Label
from egide.detect.legal_dates import legal_text_number
from egide.detect.recognisers.fr.atoms import is_oid
from egide.detect.recognisers.fr.clock_times import is_time_range
from egide.detect.recognisers.fr.hl7_fields import message_control_id, professional_id
from egide.detect.recognisers.fr.issuer_numbers import code_before
from egide.detect.recognisers.fr.nir import SCORE_WITHOUT_KEY, score_nir
from egide.detect.recognisers.fr.rows import RowReader, line_bounds

#: Digits in a run (separators read through) from which a number is presumed identifying.
MIN_RUN_DIGITS = 7
#: Digits in a token that mixes letters and digits from which it is presumed identifying.
MIN_MIXED_DIGITS = 5
#: Digits of a cell under an identifier column header (« IPP », « NDA ») that make it one.
MIN_CELL_DIGITS = 4

SCORE_UNEXPLAINED = 0.55  # just above the default threshold: any better reading wins
SCORE_PLACED = 0.75  # a label word, a column header or a banner says what it is

# A digit, then letters, digits and single separators followed by a digit: one candidate per
# number or alphanumeric token, or per space-separated sequence of them. Starts on a digit, which
# ``re`` jumps to; ends on a letter or digit.
# A line break stands for a space between digit groups: a number wrapped by a narrow column
# (« 1 85 05 78\n006 084 91 ») is still one number.
_CANDIDATE = re.compile(r"\d[^\W_]*+(?:[.\-][^\W_]++|(?: {1,2}+|\n)\d[^\W_]*+)*+")
# The type of a file whose name ends the candidate (« …_20261202.pdf », « scan_12345678.PDF »): the
# digits before it are the name's, read as any number.
_FILE_EXTENSION = re.compile(
    r"\.(?i:pdf|docx?|xlsx?|odt|ods|rtf|txt|csv|xml|hl7|json|jpe?g|png|tiff?|dcm|zip)\Z"
)
_FIVE_DIGITS = re.compile(r"(?:\D*\d){5}")
_FOUR_DIGITS = re.compile(r"(?:\D*\d){4}")
# Letters glued to the number, or a short letter prefix and its dash (« R-2025-00871 », « E-2025-000418 »:
# a register's or an episode's letter, which would be left in clear before a masked number); up to three
# such codes of capitals chained by dashes (« RDV-GE-0098821 »: an appointment and its site; « CIRS-26-1104877 »:
# an imaging accession, its system's code, the year, the rank). What :func:`_letters_before` reads; kept
# as the statement of what it does (the tests compare them).
# A word's prefix is no code, in a text written in capitals or re-cased so (« ANTI-12345678 »).
_WORD_PREFIXES = ("ANTI", "POST", "INTRA", "EXTRA", "ULTRA", "SEMI", "AUTO", "MULTI", "HYPER", "HYPO",
                  "MICRO", "MACRO", "INTER", "SUPRA", "SOUS", "CONTRE", "TRANS", "PARA", "PERI", "PSEUDO")  # fmt: skip
_LETTERS_BEFORE = re.compile(
    r"[^\W\d_]+\Z"
    rf"|(?<![\w\-])(?!(?:{'|'.join(_WORD_PREFIXES)})-)[A-Z]{{1,5}}-(?:[A-Z]{{1,5}}-){{0,2}}\Z"
)
_WORD_PREFIX_SET = frozenset(_WORD_PREFIXES)
_CODE_SEGMENT = 5  # capitals in one code of a dashed prefix, at most
_CODE_SEGMENTS = 3  # codes chained by dashes before the number, at most
_LETTERS_BACK = 20  # how far back the letters are looked for

# Units and counted nouns, case-sensitive on purpose: « 80012345 M » is a number and a sex.
_UNIT = (
    # (a rate's unit ends its word: « / lit 12 », « / ch. 4 » after a banner's number are its next fields)
    r"(?:%|‰|€|\$|£|°|[x×*]\s?10"
    r"|/\s?(?:mm3|mm³|µ[lL]|m[lL]|[lL]|d[lL]|j|jours?|h|heures?|min(?:utes?)?|kg|m2|m²|ans?|mois|sem(?:aines?)?|s)"
    r"(?![^\W\d_])"
    r"|(?:mg|µg|mcg|ng|pg|g|kg|ml|mL|µl|µL|dl|dL|cl|l|L|ui|UI|mUI|kUI|U|mmol|µmol|nmol|pmol|mol|mEq|mOsm"
    r"|cp|gél|ufc|UFC|cfu|CFU|copies|cop|log|cellules|cells?|[ée]l[ée]ments|elts|plaquettes|leucocytes"
    r"|h[ée]maties|gr|km|m|cm|mm|µm|nm|mm3|kcal|cal|kJ|j|jours?|semaines?|sem|ans?|mois|h|heures?|min"
    r"|minutes?|sec|ms|mmHg|mmhg|cmH2O|bpm|Hz|Gy|cGy|mGy|Sv|mSv|µSv|Bq|MBq|kBq|GBq|euros?|EUR|USD|CHF|dollars?"
    r"|francs?|hab|habitants|personnes|patients|patientes|malades|sujets|femmes|hommes|enfants|adultes|cas"
    r"|d[ée]c[èe]s|morts|naissances|s[ée]jours|actes|consultations|passages|journ[ée]es|lits|doses"
    r"|unit[ée]s|comprim[ée]s|flacons|bo[iî]tes|ampoules|tonnes|octets|Mo|Go|ko|Ko|To|pixels|px|mots|fois"
    r"|ppm|ppb|rpm|km2|m2|m3|litres?|millions?|milliards?|exemplaires|r[ée]ponses|participants|inclus)"
    r"(?![^\W\d_]))"
)
_UNIT_AFTER = re.compile(r"\s{0,2}" + _UNIT)
UNIT_AFTER = _UNIT_AFTER  # what ``numbered.py`` reads too
_MONEY_BEFORE = re.compile(r"(?:€|\$|£|eur|usd|chf)\s?\Z")
_GLUED_UNIT = re.compile(r"\d+(?:[.,]\d+)?" + _UNIT + r"\Z")

# Codes named just before the number: medicines (CIP, CIS, UCD, AMM, lot), devices and services
# refunded by the national health insurance (LPP, LPPR, TIPS: « code LPP 1188617 », a medical bed),
# pharmacy products (ACL), acts and diagnoses (CCAM, NGAP, CIM, NABM for lab acts), lab tests (LOINC), barcodes, references (PMID, DOI, ISBN, NCT, EudraCT), the
# strain of a vaccine or a microbe (« souche 17D-204 »), an administrative form (« cerfa n° 11574*04 »),
# a seal's number (a trolley's, a safe's: about no person).
_CODE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:cip(?:13|7)?|cis|ucd(?:13|7)?|amm|lot|tips|acl(?:13|7)?|nabm|ccam|ngap|cim(?:-?10)?|loinc|snomed|atc|ean(?:13)?"
    r"|gtin|pmid|pmcid|doi|isbn|issn|nct|eudract|orcid|clinicaltrials(?:\.gov)?|hgnc|omim|dbsnp|version|souche|strain|cerfa"
    # the seal of an emergency trolley, a drug safe or a transport bag (« numéro de scellé 0048127 »)
    r"|scell[ée]s?)(?![^\W\d_])[^\w\n]{0,4}(?:(?:n[°º]|num[ée]ro|code)[^\w\n]{0,3})?\Z"
)
# A strain named by words before its code (« souche wistar rabies pm/wi 38-1503-3m », « souche Sabin
# type 1 LSc 2ab »): the code goes with the strain, up to four words after « souche ».
_STRAIN_NAMED = re.compile(r"(?<![^\W\d_])(?:souche|strain)\s++(?:[^\W\d_][\w/.\-]*+\s++){1,4}+\Z")
# The list of products and services (LPP, LPPR) read on the text as written: « lPP » is the IPP read
# by an OCR that took the capital I for an l (« N° lPP : 00412877 »), no list of products.
_PRODUCT_LIST = re.compile(
    r"(?<![^\W\d_])(?:LPPR?|[Ll]ppr?)(?![^\W\d_])[^\w\n]{0,4}(?:(?:n[°º]|num[ée]ro|code)[^\w\n]{0,3})?\Z"
)
# Prefixes that make a token a reference, not a person: genetic variants and sequences, trials.
# « HL70357 »: an HL7 table's number.
# (a whole word's opening: « CIRS-26-1104877 » is an accession's system, no variant « rs »)
_REFERENCE_PREFIX = re.compile(
    r"(?<![^\W\d_])(?:rs|nct|chr|nm_|nr_|nc_|ng_|np_|xm_|enst|ensg|ensp|isrctn|hgnc|hl7|[cgpmn]\.)\Z", re.I
)
# A chromosome's band, as cytogenetics and array CGH write it (« 22q11.2 », « 5q31 », « Xp21.2 »,
# « 15q11-q13 », in capitals where a text typed in lower case is re-cased): a chromosome, its arm, a region and a band; a locus, no person's number.
_CYTOBAND = re.compile(
    r"(?:[1-9]|1[0-9]|2[0-2]|X|Y)[pqPQ][1-4][0-9]?(?:\.[0-9]{1,3})?(?:-(?:[pqPQ])?[1-4][0-9]?(?:\.[0-9]{1,3})?)?(?![\w])"
)
# A chemical formula: two elements or more, each with a small count (« C12H22O11 »).
_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d{0,3}){2,}")
_MONTH_WORD = re.compile(
    r"(?i:janv?|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t?|sept?|oct|nov|d[ée]c|jan|feb|apr|may|jun|jul|aug|dec)"
)

# Shapes the date recognisers own (a date with separators, a year range, a decimal number).
_DATE_SHAPE = re.compile(r"\d{1,2}[.\-]\d{1,2}[.\-]\d{2,4}|\d{4}[.\-]\d{1,2}[.\-]\d{1,2}")
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")
_PAGE_RANGE = re.compile(r"(\d+)-(\d+)")
_PAGE_DIGITS = 5
_DECIMAL = re.compile(r"\d+\.\d{1,2}|\d+\.\d{4,}|0\.\d+")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([ .])\d{3})(?:\1\d{3})*")
_SPACE = re.compile(r" {1,2}|\n")
# A piece that is the hour of a time (« 08:12 »): one or two digits, a colon, the minutes.
_HOUR_OF_A_TIME = re.compile(r"[0-2]?\d:[0-5]\d(?!\d)")

# Label words in the few characters before the number, and the label they give.
_BEFORE_LABELS: tuple[tuple[re.Pattern[str], Label], ...] = (
    (
        re.compile(
            r"(?<![^\W\d_])(?:nir|ins|nss|s[ée]cu(?:rit[ée] sociale)?|ss|matricule|assur[ée]e?|vitale"
            r"|identifiant national(?: de sant[ée])?|insee)(?![^\W\d_])"
        ),
        Label.NIR,
    ),
    (
        re.compile(
            r"(?<![^\W\d_])(?:nda|s[ée]jour|s[ée]j|dossier|venue|iep|passage|admission|hospitalisation|[ée]pisode|demande)(?![^\W\d_])"
        ),
        Label.NDA,
    ),
    (
        re.compile(
            # (« ldentifiant », « lPP »: the capital I read as an l by a scan)
            r"(?<![^\W\d_])(?:[il]pp|nip|[il]dentifiant|patient|patiente|enregistr[ée]e?|inscrite?|identification)(?![^\W\d_])"
        ),
        Label.IPP,
    ),
    (
        re.compile(
            r"(?<![^\W\d_])(?:t[ée]l(?:[ée]phone)?|portable|mobile|fax|joignable|joindre|appeler|rappeler|poste|bip|dect|standard)(?![^\W\d_])"
        ),
        Label.TELEPHONE,
    ),
)
_BEFORE_WINDOW = 40
_LABEL_OF_GROUP = {f"g{i}": label for i, (_, label) in enumerate(_BEFORE_LABELS)}
_BEFORE_LABEL = re.compile("|".join(f"(?P<g{i}>{p.pattern})" for i, (p, _) in enumerate(_BEFORE_LABELS)))


@dataclass(slots=True)
class UnexplainedRecogniser:
    """Long numbers and letter-digit codes that no other reading explains."""

    name: str = "fr.unexplained"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        rows = RowReader(text)
        tabular = rows.tabular
        for match in _CANDIDATE.finditer(text):
            start = match.start()
            if text.startswith("/", match.end()):
                slashed = self._slashed(rows, start, match.end())
                if slashed is not None:
                    yield from slashed
                    continue
            # « 12 », « 2019 », « 12h30 »: too few digits to be anything here (most candidates).
            if not (_FIVE_DIGITS if not tabular else _FOUR_DIGITS).match(text, start, match.end()):
                continue
            start = _letters_before(text, start)
            end = match.end()
            extension = _FILE_EXTENSION.search(text, start, end)
            if extension is not None:
                end = extension.start()  # « CR_44009172_20261202.pdf »: a file's name, its type apart
            opening = code_before(text, start)
            for f in self._pieces(rows, start, end):
                # « n° HM 7712 0048 96 »: the issuer's code opens the number
                yield (
                    f
                    if f.start != start or opening == start
                    else Finding(opening, f.end, f.label, f.score, f.source)
                )

    def _slashed(self, rows: RowReader, start: int, end: int) -> Iterator[Finding] | None:
        """A stay's number of a letter or two and groups of digits between slashes (« E26/11/4471 »,
        « H2026/004512 »), as a label prints it: read whole as a code of letters and digits when it
        holds seven digits or more and is no date (« J26/11/2026 »); None when it is no such code."""
        text = rows.text
        if " " in text[start:end] or "\n" in text[start:end]:
            return None  # « vit D3 1000/800 »: a vitamin and its doses; a slashed code is printed unspaced
        letters = _letters_before(text, start)
        if letters == start and text[start:end].isdigit():
            return self._slashed_digits(rows, start, end)
        if not 1 <= start - letters <= 2 or not text[letters:start].isupper():
            return None
        groups = _SLASHED_GROUPS.match(text, end)
        if groups is None:
            return None
        parts = [text[start:end], *groups.group().split("/")[1:]]
        if sum(map(len, parts)) < MIN_RUN_DIGITS:
            return None
        if len(parts) == 3 and parts[0].isdigit() and len(parts[2]) == 4 and _YEAR.fullmatch(parts[2]):
            return None  # « J26/11/2026 »: a day's letter glued to a date
        return self._mixed(rows, letters, groups.end())

    def _slashed_digits(self, rows: RowReader, start: int, end: int) -> Iterator[Finding] | None:
        """A member's or a file's number in three groups of digits between slashes (« n° d'affiliation :
        322/118047/56 »: a Belgian mutual's office, the member, the key): read whole when it holds nine
        digits or more and one group of five or more, which no date (« 12/03/1950 ») nor ratio (« 120/80/60 »)
        has; None otherwise."""
        text = rows.text
        groups = _SLASHED_GROUPS.match(text, end)
        if groups is None or end - start < 2:
            return None
        parts = [text[start:end], *groups.group().split("/")[1:]]
        if (
            len(parts) != 3
            or sum(map(len, parts)) < _SLASHED_DIGITS
            or max(map(len, parts)) < MIN_MIXED_DIGITS
        ):
            return None
        if any(len(part) > 2 and part.rstrip("0") == "1" for part in parts):
            return None  # « 12/100000/30 »: a rate per hundred thousand
        return self._mixed(rows, start, groups.end())

    def _pieces(self, rows: RowReader, start: int, end: int) -> Iterator[Finding]:
        """Split a candidate into space-separated pieces; numeric ones run together, letter-digit
        codes stand alone."""
        text = rows.text
        pieces: list[tuple[int, int]] = []
        at = start
        for space in _SPACE.finditer(text, start, end):
            pieces.append((at, space.start()))
            at = space.end()
        pieces.append((at, end))
        if start > 0 and text[start - 1] in "/:" and len(pieces) > 1:
            # « 12/03/1950 800123456 »: the first piece ends a date, a fraction or a time.
            pieces = pieces[1:]
        if len(pieces) > 1 and _HOUR_OF_A_TIME.match(text, pieces[-1][0]):
            # « Prélevé le 25112026 08:12 », « reçu le 0 5 0 1 2 0 2 6 11:42 »: the last piece is the
            # hour of the time that follows the number (a date written without separators, or boxed).
            pieces = pieces[:-1]
        run: list[tuple[int, int]] = []
        prefix = -1  # where a short code of letters and digits opens the run that follows (« H26 »)
        for piece in pieces:
            value = text[piece[0] : piece[1]]
            if _numeric(value):
                run.append(piece)
                continue
            if run:
                yield from self._prefixed(self._run(rows, run), prefix, run[0][0])
                run = []
            prefix = piece[0] if _RUN_PREFIX.fullmatch(value) else -1
            yield from self._mixed(rows, piece[0], piece[1])
        if run:
            yield from self._prefixed(self._run(rows, run), prefix, run[0][0])

    @staticmethod
    def _prefixed(found: Iterator[Finding], prefix: int, run_start: int) -> Iterator[Finding]:
        """The run's findings, a stay's or a patient's number extended over the short code that opens
        it (« Séj. H26 001 5530 »: the year's letter and digits printed apart, as a banner does)."""
        for f in found:
            if prefix >= 0 and f.start == run_start and f.label in (Label.NDA, Label.IPP):
                yield Finding(prefix, f.end, f.label, f.score, f.source)
            else:
                yield f

    def _run(self, rows: RowReader, pieces: list[tuple[int, int]]) -> Iterator[Finding]:
        text = rows.text
        start, end = pieces[0][0], pieces[-1][1]
        values = [text[s:e] for s, e in pieces]
        digits = sum(_count_digits(v) for v in values)
        if digits < MIN_RUN_DIGITS:
            if rows.tabular and digits >= MIN_CELL_DIGITS and len(pieces) == 1:
                label = rows.header_label(start, end)
                if label is not None and label is not Label.DATE and not _YEAR.fullmatch(values[0]):
                    yield Finding(start, end, label, SCORE_PLACED, self.name)
            return
        if len(pieces) > 1 and not text.startswith("+", max(0, start - 1)):
            if (
                any("." in v for v in values)
                or (
                    any(_count_digits(v) >= MIN_RUN_DIGITS for v in values)
                    and not _tail_of_a_stay(text, values, start, end)
                )
                or (len(values[0]) <= 3 and not values[0].startswith("0") and _count_digits(values[1]) >= 5)
            ):
                # « 12.5 13.1 12.8 »: a list of decimal values; « 1962 800123456 »: a long number
                # stands alone (spaced numbers are written in short groups); « 36 23843 »: a street
                # number and a postcode. Each piece is judged alone.
                for piece in pieces:
                    yield from self._run(rows, [piece])
                return
            if all(_YEAR.fullmatch(v) for v in values):
                return  # « 2019 2020 2021 »: the columns of a table of years
            quantity = _THOUSANDS.fullmatch(" ".join(values)) is not None
            # A lone « 0 » is a value (« EVA 0 1 2 … 10 »); « 05 » or « 006 » is a group of a number.
            values_list = all(len(v) <= 3 and not (len(v) > 1 and v.startswith("0")) for v in values)
            if (
                (quantity or values_list)
                and not rows.about_a_person(start, end)
                and not _labelled_right_before(text, start, end)
                and not _nir_shaped("".join(values))
                and not _PHONE_SHAPE.fullmatch("".join(values))
            ):
                # « 120 80 72 98 », « 68 000 000 »: values or a quantity, not a number; « 33 6 12 34 56 78 »
                # (a phone with its country code and no « + ») is a number
                return
        elif len(pieces) == 1 and _explained_shape(values[0], rows, start, end):
            return
        if _explained_by_context(text, start, end) or professional_id(text, start, end):
            return  # (« PV1|…|10004587^ROLLAND^PAUL| »: a doctor's code, by its HL7 field)
        if legal_text_number(text, start, end):
            return  # « décret n° 2021-1234 »: a legal text's year and counter
        yield self._finding(rows, start, end, "".join(values), letters=False)

    def _mixed(self, rows: RowReader, start: int, end: int) -> Iterator[Finding]:
        text = rows.text
        value = text[start:end]
        digits = _count_digits(value)
        if digits < MIN_MIXED_DIGITS:
            if rows.tabular and digits >= MIN_CELL_DIGITS:
                label = rows.header_label(start, end)
                if label is not None and label is not Label.DATE:
                    yield Finding(start, end, label, SCORE_PLACED, self.name)
            return
        glued = _GLUED_LABEL.fullmatch(value)
        if glued is not None:
            # « IPP80012345 », « tel0612345678 »: a label word glued to its number labels the number.
            label = _label_before(glued.group(1), len(glued.group(1)))
            if label is not None and glued.group(2).isdigit():
                score = SCORE_UNEXPLAINED if label is Label.TELEPHONE else SCORE_PLACED
                yield Finding(start + glued.start(2), end, label, score, self.name)
                return
        if (
            _GLUED_UNIT.match(value)
            or _GHM.fullmatch(value)
            or _FORMULA.fullmatch(value)
            or _CYTOBAND.fullmatch(value)
            or _HL7_TABLE.fullmatch(value)
            or _CODE_ARTICLE.fullmatch(value)
            or _DOSE_TIMES.fullmatch(value)
            or _MONTH_WORD.search(value)
            or is_time_range(value)  # « 7h30-19h »: opening hours, a shift
            or _REFERENCE_PREFIX.search(text, max(0, start - 6), start + _leading_letters(value))
            or "_" in text[max(0, start - 1) : start]
        ):
            return
        if (
            _explained_by_context(text, start, end)
            or message_control_id(text, start, end)
            or professional_id(text, start, end)
        ):
            return
        yield self._finding(rows, start, end, value, letters=True)

    def _finding(self, rows: RowReader, start: int, end: int, value: str, *, letters: bool) -> Finding:
        text = rows.text
        compact = re.sub(r"[ .\-]", "", value)
        if not letters:
            prefix = _PHONE_PREFIX.search(text, max(0, start - 16), start)
            if prefix is not None:  # « +32 2 123 45 67 », « +33 (0)6 … », « + 31 ( 0 ) 30 … »
                return Finding(prefix.start(), end, Label.TELEPHONE, SCORE_UNEXPLAINED, self.name)
            if _PHONE_SHAPE.fullmatch(compact):
                # Shaped like a phone number the phone recogniser did not vouch for: a phone still,
                # at the lowest score, so that a better reading (a date of birth…) wins the overlap.
                return Finding(start, end, Label.TELEPHONE, SCORE_UNEXPLAINED, self.name)
            if _compact_date(compact):
                return Finding(start, end, Label.IDENTIFIANT, SCORE_UNEXPLAINED, self.name)
        label = rows.header_label(start, end) if rows.tabular else None
        if label is Label.DATE:
            label = None  # a long number under a date header is not a date we can read: unexplained
        if label is None:
            label = _label_before(text, start)
        if label is None and not letters and _nir_shaped(compact):
            label = Label.NIR
        if label is None and rows.about_a_person(start, end):
            # A banner prints the patient's number first, then the stay's (« IPP … NDA … »).
            line_start = line_bounds(text, start)[0]
            label = Label.NDA if letters or _long_number_before(text, line_start, start) else Label.IPP
        if label is None:
            return Finding(start, end, Label.IDENTIFIANT, SCORE_UNEXPLAINED, self.name)
        return Finding(start, end, label, SCORE_PLACED, self.name)


def _letters_before(text: str, start: int) -> int:
    r"""Where ``_LETTERS_BEFORE.search(text, start - 20, start)`` starts, or ``start`` when it finds
    nothing: the letters glued before ``start``, else a prefix of one to three capitals and its dash.

    Read backwards from ``start`` in a few character tests, where ``re`` tries the pattern at each of
    the twenty positions and runs each letter's repeat to the end (5 µs a number, some 45 numbers per
    prompt over the two readings). ``[^\W\d_]`` is ``isalnum() and not isdecimal()`` for every
    character, ``[\w\-]`` is ``isalnum()`` or « _ » or « - »; the look-behind of ``re`` sees the
    character before the window, and so does this.
    """
    low = max(0, start - _LETTERS_BACK)
    at = start
    while at > low and (c := text[at - 1]).isalnum() and not c.isdecimal():
        at -= 1
    if at < start:
        return at  # the leftmost start of the letters: the first the search would have tried
    if start - 2 >= low and text[start - 1] == "-":
        return _dashed_codes_before(text, start, low)
    return start


def _dashed_codes_before(text: str, start: int, low: int) -> int:
    """Where the codes of capitals chained by dashes before ``start`` (its character before is a dash)
    open (« RDV-GE- »), or ``start``: one to three codes of one to five capitals, the chain preceded by no
    letter, digit, « _ » nor dash, and opening at ``low`` or after (what the pattern's search finds)."""
    at = start - 1  # the dash after the last code
    for _ in range(_CODE_SEGMENTS):
        code_end = at
        while at > 0 and "A" <= text[at - 1] <= "Z" and code_end - at <= _CODE_SEGMENT:
            at -= 1
        if not 1 <= code_end - at <= _CODE_SEGMENT:
            return start
        if at > 1 and text[at - 1] == "-" and "A" <= text[at - 2] <= "Z":
            at -= 1  # another code before this one's dash
            continue
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-"):
            return start
        if text[at : text.index("-", at)] in _WORD_PREFIX_SET:
            return start  # « ANTI-… »: a word's prefix
        return at if at >= low else start
    return start


_YEAR = re.compile(r"(?:19|20)\d\d")
# The groups of digits after the first of a slashed stay number (« /11/4471 »).
_SLASHED_GROUPS = re.compile(r"(?:/[0-9]{2,}){1,2}(?![\w/])")
_SLASHED_DIGITS = 9  # digits of a number in slashed groups of digits alone, at least
# A short code that opens a stay's or a patient's number printed in groups: one or two capitals and two
# digits, a year's (« H26 », « SA25 »).
_RUN_PREFIX = re.compile(r"[A-Z]{1,2}\d{2}")
# A DRG of the PMSI (« GHM 04M053 », « 05C19J »): major category 01-28 or 90, type of stay (chirurgical,
# médical, interventionnel, séance, erreur), two digits, then a severity level or letter. It classes
# a stay, it names nobody; a coding export prints one on every line.
_GHM = re.compile(r"(?:0[1-9]|1[0-9]|2[0-8]|90)[CKMZHE]\d\d[1-4A-EJTZ]")
_GLUED_LABEL = re.compile(r"([^\W\d_]+)(\d+)")
# « HL70357 »: the number of an HL7 table, named in error and acknowledgement segments.
_HL7_TABLE = re.compile(r"HL7[0-9]{4}")
# An article of a code (« L3212-1 », « R4127-35 », « D6124-1-2 » of the public health or the social
# security code): its part's letter, four digits, a dash and the article's number. A law, nobody.
# A dose times the takes of a day, glued (« Keppra à 1500x2 », « 1000x3/j », « 500mgx2 »): a
# prescription's, no number of a record.
_DOSE_TIMES = re.compile(r"\d{2,4}(?:[.,]\d+)?(?:mg|g|µg|mcg)?[x×]\d")
_CODE_ARTICLE = re.compile(r"[LRD][0-9]{3,4}-[0-9]{1,3}(?:-[0-9]{1,2})?")
_LONG_RUN = re.compile(r"\d(?:[ .\-]?\d){6,}")
_PHONE_PREFIX = re.compile(r"\+ ?\d[\d ().\-]{0,12}\Z|\+ ?\Z")
_PHONE_SHAPE = re.compile(r"0[1-9]\d{8}|33[1-9]\d{8}|0033[1-9]\d{8}")


def _nir_shaped(compact: str) -> bool:
    """Thirteen or fifteen digits with the structure of a NIR (sex, month, département), whatever
    the key; not a medicine's CIP13 (« 3400… »)."""
    if len(compact) not in (13, 15) or compact.startswith("340"):
        return False
    scored = score_nir(compact, 0.0)
    return scored is not None and scored >= SCORE_WITHOUT_KEY


def _compact_date(compact: str) -> bool:
    """« 08032016 » or « 20160308 »: eight digits that read as a date (the date recognisers' job)."""
    if len(compact) != 8 or not compact.isdigit():
        return False
    for day, month, year in (
        (compact[:2], compact[2:4], compact[4:]),
        (compact[6:], compact[4:6], compact[:4]),
    ):
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and 1900 <= int(year) <= 2099:
            return True
    return False


def _numeric(value: str) -> bool:
    return _NUMERIC.fullmatch(value) is not None


def _count_digits(value: str) -> int:
    return len(value) - len(_NOT_DIGITS.findall(value))


_NUMERIC = re.compile(r"[\d.\-]+")
_NOT_DIGITS = re.compile(r"\D")


def _leading_letters(value: str) -> int:
    n = 0
    for c in value:
        if not c.isalpha():
            break
        n += 1
    return n


def _explained_shape(value: str, rows: RowReader, start: int, end: int) -> bool:
    """A single number whose shape says what it is: a date, a year or page range, a decimal, a
    quantity in thousands, a medicine's CIP13 code."""
    if _DATE_SHAPE.fullmatch(value) or _DECIMAL.fullmatch(value) or is_oid(value):
        return True  # an OID names a system or a code list (« 1.2.250.1.213.1.4.8 »), no person
    years = _YEAR_RANGE.fullmatch(value)
    if years is not None and int(years.group(1)) <= int(years.group(2)):
        return True
    pages = _PAGE_RANGE.fullmatch(value)
    if pages is not None:
        first, last = pages.group(1), pages.group(2)
        # No book runs to a million pages: « 2503140417-02 » is a request number and its tube.
        if (
            len(first) <= _PAGE_DIGITS
            and not first.startswith("0")
            and (len(last) < len(first) or (len(last) == len(first) and 0 < int(last) - int(first) < 1000))
        ):
            return True
    if _THOUSANDS.fullmatch(value) and not rows.about_a_person(start, end):
        return True
    return value.isdigit() and len(value) == 13 and value.startswith("340")


def _explained_by_context(text: str, start: int, end: int) -> bool:
    """A unit or a decimal part after it, a currency or a code name before it, a URL or an e-mail
    around it."""
    if _UNIT_AFTER.match(text, end):
        return True
    if _DECIMAL_PART.match(text, end) and not _comma_separated_row(text, start):
        return True  # « 1234567,50 »: a decimal number
    before = text[max(0, start - 30) : start].lower()
    if _MONEY_BEFORE.search(before) or _CODE_WORDS.search(before):
        return True
    if search(_STRAIN_NAMED, text[max(0, start - 60) : start].lower()):  # (where « souche » can begin)
        return True
    if _PRODUCT_LIST.search(text, max(0, start - 30), start):
        return True
    if start >= 2 and text[start - 1] in ",." and text[start - 2].isdigit():
        return True  # the decimal part of a number
    low, high = max(0, start - 100), min(len(text), end + 100)  # a URL or an address is shorter
    # The token ends at a space, a line break or a cell separator: in « Lemoine;04/04/1933;300221874 »
    # the date's slashes are in another cell, no path.
    ends = (*_TOKEN_ENDS, ",") if _comma_separated_row(text, start) else _TOKEN_ENDS
    token_start = max(text.rfind(c, low, start) for c in ends) + 1 or low
    token_end_space = text.find(" ", end, high)
    token = text[token_start : high if token_end_space == -1 else token_end_space]
    if "://" in token or "www." in token or "@" in token or "doi" in token.lower():
        return True
    # A path or a reference with letters (« 10.1016/j.cell.2019.01.001 »), not « 80012345/2301234567 ».
    return "/" in token[: start - token_start] and any(c.isalpha() for c in token)


def _long_number_before(text: str, line_start: int, start: int) -> bool:
    """A long number on the line before ``start`` that is no date (« 1944-02-11 », « 11.02.1944 »:
    the birth date of a banner is not its first number)."""
    return any(_DATE_SHAPE.fullmatch(m.group()) is None for m in _LONG_RUN.finditer(text, line_start, start))


_TOKEN_ENDS = (" ", "\n", "\t", ";", "|")
# A decimal part: a few digits after the comma, not the first part of a date, a time or a code in the
# next cell of a comma-separated row (« 41007745,2025-04-22T09:30:00 »).
_DECIMAL_PART = re.compile(r",[0-9]{1,3}(?![0-9]|[\-/:.T][0-9])")


def _comma_separated_row(text: str, at: int) -> bool:
    """The line of ``at`` is a row of comma-separated cells: three commas or more, none followed by a
    space (prose and decimal lists put one there: « 12,5 ; 13,1 », « fatigue, toux, fièvre »)."""
    start, end = line_bounds(text, at)
    commas = text.count(",", start, end)
    return commas >= 3 and text.count(", ", start, end) == 0


def _tail_of_a_stay(text: str, values: list[str], start: int, end: int) -> bool:
    """« séjour 2600318 47 », « IPP 20190044 712 »: a long number, then one or two short groups, after
    a stay's or a patient's label word: the groups are the end of the same number (a key, a counter),
    printed apart as a system's screen does. Not before a unit: « IPP 80012345 72 ans » is a number and
    an age."""
    return (
        len(values) <= 3
        and not _UNIT_AFTER.match(text, end)
        and values[0].isdigit()
        and len(values[0]) >= MIN_RUN_DIGITS
        and all(v.isdigit() and 2 <= len(v) <= 3 for v in values[1:])
        and _label_before(text, start) in (Label.NDA, Label.IPP)
    )


# What may stand between an identifier's label word and its value: a colon, « n° », a bracket.
# (one word may qualify the label before its colon: « Identifiant prescripteur : 561 0 43 219 »)
_LABEL_TO_VALUE = re.compile(
    r"(?P<qualifier>[ \t]+[^\W\d_]{3,20}[ \t]*(?=:))?[ \t:#=°º.\-()|]*(?:(?:n[°º]|no|num[ée]ro)[ \t:#=°º.]*)?\Z"
)

_QUALIFIED_LABELS = ("identifiant", "ldentifiant", "dossier")


def _labelled_right_before(text: str, start: int, end: int) -> bool:
    """Whether the word of a patient's, a stay's or a NIR's label stands right before ``start``, a colon
    or « n° » between (« Identifiant : 601 234 567 », « N° dossier 120 455 781 »): the groups of three
    digits are an identifier's, printed so, no quantity; a unit after them makes one still."""
    low = max(0, start - _BEFORE_WINDOW)
    window_start = max(low, text.rfind("\n", low, start) + 1)
    found = list(finditer(_BEFORE_LABEL, text[window_start:start].lower()))
    if not found or _LABEL_OF_GROUP[found[-1].lastgroup or ""] is Label.TELEPHONE:
        return False
    to_value = _LABEL_TO_VALUE.match(text, window_start + found[-1].end(), start)
    if to_value is None or _UNIT_AFTER.match(text, end):
        return False
    # (a word between only after « identifiant » or « dossier », whose owner it names: « Patient
    # hypertendu : 120 80 72 » is a reading)
    return to_value["qualifier"] is None or found[-1].group().startswith(_QUALIFIED_LABELS)


def _label_before(text: str, start: int) -> Label | None:
    """The label a label word in the few characters before ``start`` (same line) gives: the
    nearest word counts."""
    low = max(0, start - _BEFORE_WINDOW)
    window_start = max(low, text.rfind("\n", low, start) + 1)
    # (tried where a label word can begin only: :func:`~egide.detect.first_characters.finditer`)
    found = list(finditer(_BEFORE_LABEL, text[window_start:start].lower()))
    return _LABEL_OF_GROUP[found[-1].lastgroup or ""] if found else None


def build() -> UnexplainedRecogniser:
    return UnexplainedRecogniser()
