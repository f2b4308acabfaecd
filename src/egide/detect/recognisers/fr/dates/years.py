"""Years alone, when the context says they are years: « en 2019 », « depuis 1998 », « (2015) » after
an event, « 2015-2019 », « - 2010 : cholécystectomie », « - 1987 cholécystectomie », « - PTH droite 2003 »
(a history list: the year opens or closes an item), any year on the line of a history (« ATCD : HTA,
AVC 2019, PTH G 2021 »), the year of birth after a banner's sex (« DIALLO Awa, F, 1995 ») or after a
person's name in brackets (« (Mme Pinto Rosa, 1958) ») or after a name and a comma (« Pires Joaquim,
1979, »). Never a quantity: « 2000 mg », « 1500 ml ».
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.recognisers.fr.dates.atoms import EXAMINATION, UNIT_AFTER, YEAR4, accents_optional
from egide.detect.recognisers.fr.dates.base import verbose, windowed_finditer
from egide.detect.recognisers.fr.dates.birth_year_line import closes_a_patient_line

YEAR_ALONE = verbose(
    rf"""
    (?<![\w/\-+]) (?<![\d/.,\-+][.,]) (?<!^[.,]) (?P<year>{YEAR4})
    (?: \s* (?:-|/|à|au|et) \s* (?P<end>{YEAR4}) )?
    (?![\w/]|[.,\-]\d) (?!{UNIT_AFTER})
    """
)

# The words that, right before a four-digit number, make it a year.
YEAR_CUE = re.compile(
    accents_optional(
        r"""(?:^|[^\w])
    (?: en | depuis | dès | jusqu'en | jusqu'à | début | fin | courant | mi | milieu | printemps | été
      | automne | hiver | année | années | l'année | l'an | an | vers | avant | après | entre | depuis\s+l'année
      | au\s+cours\s+de\s+l'année | né | née | né\(e\) | nés | décédé | décédée | diagnostiqué | diagnostiquée
      | opéré | opérée | hospitalisé | hospitalisée | naissance | promotion | rentrée | saison | hivers | étés
      | Noël | pâques | novembre | octobre | septembre | juillet | juin | mai | avril | mars | janvier
      | février | août | décembre | d'août | d'avril | d'octobre | de\s+l'année | de\s+l'an
      | trimestre | semestre | quinzaine
      # the event a year dates in a history (« HTA (diagnostic 2014, traitée) », « greffe 2009 »)
      | diagnostic | découverte | opération | intervention | chirurgie | pose | ablation | greffe
      | hospitalisation | accouchement | dépistage | rechute | récidive | survenue
      # the same typed short in a fast note (« SEP dgc 2019 », « diag 2014 », « hospit 2021 »), and the
      # last one of a series (« mammographie à faire (dernière 2022) », « dernier 2019 »)
      | dgc | dg | diag | diagn | hospit | hospi | dernière | dernier
      # a collective event a history dates a patient's by (« IgG positif, épidémie de 2014 », « la canicule
      # de 2003 », « après le cyclone de 2017 »)
      | (?: épidémie | pandémie | canicule | cyclone | ouragan | séisme | inondations? | tempête ) \s+ (?:de|du) (?=\s)
      # or the patient's own episode « de » its year (« pas d'uvéite depuis l'épisode de 2023 », « la poussée
      # de 2021 », « son infarctus de 2018 »)
      | (?: épisode | poussée | crise | accident | infarctus | AVC | fracture | grossesse | séjour | bilan ) \s+ (?:de|du) (?=\s)
      # the exam, the procedure or the vaccine a year dates in a follow-up (« dernière mammographie
      # 2023 », « frottis 2021 normal », « ETT 2023 normale », « rappel DTP 2015 », « vaccin 2009 »)
      | """
        + EXAMINATION
        # (or the exam « de » its year: « comparaison avec la scintigraphie de 2023 », « l'IRM du 2019 »
        # typed for « de »; in the plural too, « comparaison avec biopsies de 2022 »)
        + r""" s? (?: \s+ (?:de|du) (?=\s) )? )
    [\s\-:,]*$"""
    ),
    re.VERBOSE | re.IGNORECASE,
)
# « - 2010 : cholécystectomie », « 2015 : pose de PAC » at the start of a line of history.
# (a table's row may open the line: « | - 1987 cholécystectomie | »)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\|[ \t]*)?(?:[-•*·>]|\d+[.)])?[ \t]*$")
# After a year that opens a line: a colon, a dash, or a word (« 1987 cholécystectomie »); units are
# excluded by the main pattern already.
_LINE_ITEM_AFTER = re.compile(
    r"[ \t]*(?::|-\s|–)|[ \t]+(?!(?i:sujets|individus|enfants|femmes|hommes|naissances|décès|lits|séjours"
    r"|admissions|passages|dossiers|cellules|éléments|globules|copies|prélèvements)(?![^\W\d_]))[^\W\d_]{3}"
)
# A year that closes a bulleted item: « - PTH droite 2003 », « • appendicectomie 1987, ». The word before
# must be a word, not a label with its value (« - Plaquettes : 1950 »).
_BULLET_LINE = re.compile(r"(?:^|\n)[ \t]*(?:\|[ \t]*)?[-•*·>][ \t]*[^\W\d_][^\n:=|]*[^\W\d_][ \t]+$")
_ITEM_END = re.compile(r"[ \t]*(?:[,;.)]?[ \t]*(?:\|[ \t]*)?(?:\n|$))")
_WINDOW = 40
# « ATCD : HTA, AVC 2019 (séquelles), PTH G 2021 »: the line of a history, items separated by commas;
# every year on it dates an item. Read back to the label, on the same line.
# (or one of the lines a history is divided into, under its heading: « Médicaux : IDM 2011 (stent),
# diabète », « Chirurgicaux : PTH G 2019 », « Gynéco-obstétricaux : césarienne 2004 »)
_HISTORY_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:\|[ \t]*)?(?i:(?:atcds?|antécédents|antecedents|atc|histoire|anamnèse)\b"
    r"|(?:m[ée]dicaux|chirurgicaux|familiaux|gyn[ée]co(?:logiques)?(?:-obst[ée]tricaux)?|obst[ée]tricaux)"
    r"[ \t]*:)[^\n]*$"
)
_HISTORY_REACH = 300
# A person's name and a comma before the year, a comma or a bracket after it: the year of birth in
# apposition (« M. Pires Joaquim, 1979, déclare », « Mr Da Silva (Manuel, 1961) »).
# (a compound given name too: « Muller Jean-Claude, 1958 ; »)
# (the surname in capitals too, « Marguerite BLANCHARD, 1938 »; and a dash between the banner's fields
# for the comma, « Mme ZIEGLER Irène - 1936 - 2 rue … »)
_NAME_COMMA_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-Ý][a-zà-ÿ'’-]*(?:-[A-ZÀ-Ý][a-zà-ÿ'’]*)*[a-zà-ÿ]|[A-ZÀ-Ý][A-ZÀ-Ý'’-]*[A-ZÀ-Ý])"
    r"(?:,|[ \t]+[-—–])[ \t]*$"
)
# (or a full stop ending the banner's line: « Patient : M. Kerhervé Loïc, 1955. Médecin : … »; or a
# dash between two fields of the banner: « Mme Nouaille Aurélie, 1991 — examen n° … », the normaliser's
# « - » by then)
_APPOSITION_END = re.compile(r"[ \t]*(?:[,;)]|\.(?:[ \t]+[A-ZÀ-Ý]|[ \t]*(?:\n|$)))|[ \t]+[-—–][ \t]")
# A paper, a guideline or a study named before a bracketed year: the year it was published, nobody's
# event (« les recommandations de la SPILF (2024) », « Dupont et al. (2019) »).
_PUBLICATION_BEFORE = re.compile(
    r"(?i:recommandations?|guidelines?|consensus|référentiels?|conférence|congrès|et[ \t]+al\.?)"
    r"[^.;()\n]*$"
)
# The years before, in the same bracket: « 3 doses (2005, 2005, 2006) », every year of the list dated.
_YEAR_LIST_BEFORE = re.compile(r"\((?:[ \t]*(?:19|20)[0-9]{2}[ \t]*,)+[ \t]*$")
# A banner's sex, alone in its cell, right before the year: « F, 1995 », « M | 1950 », « H\t1962 ».
_SEX_CELL_BEFORE = re.compile(r"(?<![\w.'’])[MFH][ \t]*[,|;\t][ \t]*$")
# A bracket that opens on the same line on words or a year, then a comma, a year closing it: the last
# item of the bracket that dates an event of a history (« (1996, 2001) », « (chute au travail, 2008) »).
# Not a measure's list (« (n = 12, 2001) »: no digit but a year's before the comma).
_ITEM_IN_BRACKETS_BEFORE = re.compile(r"\((?:[^\W\d_][^()\n\d=]{0,50}|(?:19|20)[0-9]{2}),[ \t]*$")
# A bracket that opens on a title and a name, then a comma: « (Mme Pinto Rosa, 1958) ».
_PERSON_IN_BRACKETS_BEFORE = re.compile(
    r"\((?:M\.|Mme|Mlle|Mr|MME|MR|Dr)[ \t]+[^\W\d_][^()\n\d]{0,40},[ \t]*$"
)
# A banner's line that opens on the patient's surname in capitals and first name, then the gap of a
# column: the year in the next column is the year of birth (« DEVAUX Michel  1961  box 6 »), as a lab's
# or a worklist's header prints it.
_NAME_COLUMN_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+[ \t]+){1,3}(?P<first>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
    r"(?:[ ]{2,}|\t)[ \t]*$"
)
_COLUMN_ENDS = re.compile(r"(?:[ ]{2,}|\t)|[ \t]*(?:\n|$)")
# The same in a table whose cells pipes separate, the surname written in capitals or not (« 02/12 22:40 |
# Grondin Jean-Marc | 1957 | Saint-Benoît → … »): the cell after the person's is the year of birth.
_NAME_CELL_BEFORE = re.compile(
    r"\|[ \t]*(?:[A-ZÀ-Þ][A-Za-zà-ÿ'’\-]+[ \t]+){1,3}(?P<first>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
    r"[ \t]*\|[ \t]*$"
)
_CELL_ENDS = re.compile(r"[ \t]*\|")
_PREFILTER = re.compile(r"[12][09][0-9][0-9]")
# A season or a feast right before the year dates it as a month does (« depuis l'été 2026 », « hiver
# 2024 », « à Noël 2025 » is one day): the two are one date, masked together, not the year alone with
# the season left beside its placeholder. (« fin », « début », « mi- » say nothing of the date: left.)
_SEASON_BEFORE = re.compile(
    r"(?<![\w])(?i:(été|printemps|automne|hiver|no[ëe]l|p[âa]ques|toussaint|pentec[ôo]te))[ \t]+$"
)


def year_hits(doc: Document) -> tuple[re.Match[str], ...]:
    """Where a year of the last two centuries may be (``_PREFILTER``), for the years alone and the
    English dates: scanned once per text, for both its readings (:meth:`Document.shared_by_readings`:
    four digits, no white space; the matches' offsets only are read)."""
    return tuple(_PREFILTER.finditer(doc.text))


def _after_a_name(text: str, start: int) -> bool:
    """A capitalised word and a comma right before ``start``, the word a name rather than a common
    word (« Plaquettes, 1950 » is a count)."""
    before = _NAME_COMMA_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group().rstrip(", \t")
    return not is_common_word(word) or is_first_name(word) or is_surname(word)


class YearRecogniser:
    """DATE: a four-digit year (or a range of years) that the words around it make a year."""

    name = "fr_date_year"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in windowed_finditer(YEAR_ALONE, text, doc.shared_by_readings(year_hits), before=2, after=20):
            start, end = m.span()
            first = int(m["year"])
            if m["end"] is not None and int(m["end"]) < first:
                continue  # « 2019-2015 » is not a period
            score = self._score(text, start, end, has_range=m["end"] is not None)
            if score is None:
                continue
            # each year of a period is its own finding, so that a date shift can move both
            season = _SEASON_BEFORE.search(text, max(0, start - 14), start)
            opening = m.start("year") if season is None else season.start(1)
            yield Finding(opening, m.end("year"), Label.DATE, score, self.name)
            if m["end"] is not None:
                yield Finding(m.start("end"), m.end("end"), Label.DATE, score, self.name)

    @staticmethod
    def _score(text: str, start: int, end: int, *, has_range: bool) -> float | None:
        if (
            text[start - 1 : start] in ("(", "[")
            and text[end : end + 1] in (")", "]")
            and _PUBLICATION_BEFORE.search(
                text, max(0, start - 60, text.rfind("\n", 0, start) + 1), start - 1
            )
        ):
            return (
                None  # « les recommandations de la SPILF (2024) », « Dupont et al. (2019) »: a paper's year
            )
        if YEAR_CUE.search(text, max(0, start - _WINDOW), start) is not None:
            return 0.85
        before = text[start - 1 : start] if start else ""
        if before in "([" and before and text[end : end + 1] in (")", "]", ",", ";"):
            return 0.8  # « appendicectomie (2015) », « [1992] »
        if text[end : end + 1] in (")", ",") and _YEAR_LIST_BEFORE.search(
            text, max(0, start - _WINDOW), start
        ):
            return 0.8  # « (2005, 2005, 2006) »: the next years of a bracket's list
        if _LINE_START.search(text, max(0, start - _WINDOW), start) and _LINE_ITEM_AFTER.match(text, end):
            return 0.8
        if _ITEM_END.match(text, end) and _BULLET_LINE.search(text, max(0, start - 80), start):
            return 0.75
        if text[end : end + 1] == ")" and _PERSON_IN_BRACKETS_BEFORE.search(text, max(0, start - 60), start):
            return 0.8  # « (Mme Pinto Rosa, 1958) »: a person and her year of birth
        if text[end : end + 1] == ")" and _ITEM_IN_BRACKETS_BEFORE.search(text, max(0, start - 60), start):
            return 0.75  # « césariennes (1996, 2001) », « fracture (chute au travail, 2008) »: when it was
        if _SEX_CELL_BEFORE.search(text, max(0, start - 8), start):
            return 0.8  # « N'DIAYE Awa, F, 1995, IPP … »: the year of birth in a banner, after the sex
        if _COLUMN_ENDS.match(text, end) and (
            (column := _NAME_COLUMN_BEFORE.search(text, max(0, start - 60), start)) is not None
            and is_first_name(column["first"])
            and not is_common_word(column["first"])  # (« CHU Nord  2019 »: a word)
        ):
            return 0.8  # « DEVAUX Michel  1961  box 6 »: the year of birth in a banner's column
        if (
            text[start - 2 : start].strip(" \t") == "|"
            and _CELL_ENDS.match(text, end)
            and (cell := _NAME_CELL_BEFORE.search(text, max(0, start - 60), start)) is not None
            and is_first_name(cell["first"])
            and not is_common_word(cell["first"])
        ):
            return 0.8  # « | Grondin Jean-Marc | 1957 | »: the same in a pipe-separated table
        if _APPOSITION_END.match(text, end) and _after_a_name(text, start):
            return 0.75  # « Pires Joaquim, 1979, »: the year of birth after the name
        if closes_a_patient_line(text, start, end) and _after_a_name(text, start):
            return 0.75  # « Patient(e) : OBERLÉ Cécile, 1969⏎ »: the year of birth closing the banner
        if has_range:
            return 0.7  # « 2015-2019 »: two years in order
        if _HISTORY_LINE.search(text, max(0, start - _HISTORY_REACH), start):
            return 0.75
        return None
