"""Entities wrapped over two lines: a second reading of the text with its line breaks as spaces.

A narrow column, a PDF copied line by line or an OCR'd form breaks lines anywhere, inside a name
(« Pr Nicole\\nMACE »), a phone (« +33 (0)4 28\\n39 79 23 »), a street (« 94, chemin\\nde la Gare »)
or a hospital (« Clinique\\nMathilde »). The recognisers read a line break as the end of a field,
which it is in most headers, tables and banners. So the engine reads the text twice: as written,
and with every line break between two lines of text turned into a space (same length, same
offsets). From the second reading it keeps what a wrapped entity explains (the findings that cross
a break and agree with the first reading, and the few that the other line explains): everything
else the first reading already saw, with the lines that give it its structure.

Not every line break between two lines of text is joined: one that closes its line stays a line
break (:func:`_closes`: the end of a sentence, a closed bracket, a heading before it; a list's
bullet, a field's label, a time of day after it), for nothing reads across it. And the second
reading reads only the paragraphs whose lines a joined break holds together (:class:`Paragraphs`),
without the recognisers of numbers when no break cuts a number (:attr:`Unwrapped.joins_digits`):
what it keeps can come from nowhere else. A prompt's letterhead and banner are read twice, its
prose once; a text without a line break between two lines of text pays nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from egide.detect.document_titles import opens_on_a_document_title
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.cues import FUNCTION_WORDS, HEADER_LABELS, PARTICLES, PLACE_WORDS, TITLES
from egide.detect.names.lexicon import common_words, first_names, fold, surnames
from egide.detect.names.wordlist import words
from egide.detect.normalise.lookalikes import read_digit_lookalikes
from egide.detect.normalise.mapping import Draft
from egide.detect.wrap_seams import may_join

# Labels that name the same kind of thing: a birth date wrapped is still a date.
_KIND: dict[str, str] = {Label.DATE_NAISSANCE: Label.DATE}
# Found on one line thanks to the line before or after: a name after its title or rank.
_CUED = frozenset({Label.NOM})
# The word lists and the model read the first word of a line as a sentence's first word, which
# wrapping changes for every line, wrapped or not: theirs are taken where the line before ends in
# the middle of a sentence only (« l'expert⏎Gebelin »).
_UNCUED = frozenset({"lists", "list", "model"})
# What the next line of an entity may hold, read alone as something else: the town of a hospital,
# the date or the person a street is named after, the rest of a name read as a place (« de Villiers »).
_PARTS: dict[str, frozenset[str]] = {
    Label.ETABLISSEMENT: frozenset({Label.VILLE}),
    Label.ADRESSE: frozenset({Label.DATE, Label.NOM, Label.VILLE}),
    Label.NOM: frozenset({Label.VILLE}),
}

# What separates words, to read the last word of a line (« l'expert », « Rousset »).
_LAST_WORD = re.compile(r"[^\w'’-]+")

# Around a break (a space now): a digit on one side, a digit or a look-alike on the other (« O6 12⏎48 »,
# « 78⏎O4 »).
_LOOKALIKE_SEAM = re.compile(r"[0-9] [0-9OoIlSBZ]|[OoIlSBZ] [0-9]")
# A line break with text on both sides (a blank line ends a paragraph: nothing wraps across it).
_SOFT_BREAK = re.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*\S)")


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """The text with its soft line breaks as spaces, and where those breaks were."""

    text: str
    breaks: tuple[int, ...]
    #: Whether a break may cut a number (:func:`_digit_seam`): only then may a number cross one.
    joins_digits: bool = True

    def _line_end(self, index: int) -> int:
        """Where the line that the soft break ``index - 1`` opens ends: at the next soft break (a
        space here) or, with none after it, at the end of the text (hard breaks stay newlines)."""
        return self.breaks[index] if index < len(self.breaks) else len(self.text)

    def paragraphs(self, written: str) -> Paragraphs:
        """The paragraphs of this reading that hold a soft break, one after the other (see
        :class:`Paragraphs`); ``written`` is the text as written."""
        text = self.text
        spans: list[tuple[int, int]] = []
        for b in self.breaks:
            if spans and b < spans[-1][1]:
                continue  # the paragraph of the break before
            spans.append((text.rfind("\n", 0, b) + 1, _line_end(text, b + 1)))
        return Paragraphs.of(text, written, spans)

    def crossed(self, finding: Finding) -> int:
        """How many of the line breaks ``finding`` holds."""
        return bisect.bisect_left(self.breaks, finding.end) - bisect.bisect_right(self.breaks, finding.start)

    def new_findings(
        self,
        wrapped: Iterable[Finding],
        found: Sequence[Finding],
        min_score: float,
        read: Callable[[str], Iterable[Finding]],
    ) -> Iterator[Finding]:
        """The findings of the unwrapped reading that a wrapped entity explains.

        A finding that crosses one line break is kept when it agrees with the reading as written,
        which knows the lines. It disagrees when a finding of another kind reaches out of it (the two
        readings cut the text in different places: « sortie 08-02-2022 » + « Ch. 11 » read as a
        street), or when the reading as written found something on both of its lines and one of
        them is of another kind (a header of two fields: « Clinique Mathilde » over « Pr N'DIAYE »),
        unless it is the kind of thing that continues such an entity on its next line (« Centre
        Hospitalier de » + « Rouen », « 28, résidence » + « du 8 Mai 1945 »). One line read as
        something else and nothing on the other is what wrapping repairs (« Clinique » +
        « Mathilde » read alone as a first name, « RPPS 1 » + « 05 7853 6145 » read alone as a
        phone), and a finding of the same kind is extended (« Pr Nicole » + « MACE »). Unexplained
        numbers (:data:`Label.IDENTIFIANT`) are what any better reading replaces: they never disagree.

        Read with its line breaks as spaces, a letterhead is one line, and « Hôpital » / « de
        Lorient » / « Dr. Marc DA » may come back as one establishment over three lines. Where a
        finding crosses several breaks, each of them is read again with ``read`` on its two lines
        alone, and judged as above.
        """
        kept = [f for f in found if f.score >= min_score and f.label != Label.IDENTIFIANT]
        accepted: list[Finding] = []
        alone: list[Finding] = []  # on one line: the reading as written saw them, or needs a reason
        pairs: set[int] = set()
        for finding in wrapped:
            if finding.score < min_score:
                continue
            first = bisect.bisect_right(self.breaks, finding.start)
            last = bisect.bisect_left(self.breaks, finding.end)
            if last == first:
                alone.append(finding)
            elif last - first == 1:
                line_break = self.breaks[first]
                if (
                    _agrees(finding, line_break, kept)
                    and not _word_after_whole_name(self.text, finding, line_break)
                    and not _label_opens_next_line(self.text, finding, line_break, self._line_end(first + 1))
                    and not _sentence_after_unit(self.text, finding, line_break)
                ):
                    accepted.extend(_people(self.text, finding, line_break))
            else:
                pairs.update(range(first, last))
        for k in sorted(pairs):
            # the two lines: from the break before (or the paragraph's start) to the break after
            start = max(self.breaks[k - 1] + 1 if k > 0 else 0, self.text.rfind("\n", 0, self.breaks[k]) + 1)
            end = _line_end(self.text, self.breaks[k] + 1)
            if k + 1 < len(self.breaks):
                end = min(end, self.breaks[k + 1])
            for f in read(self.text[start:end]):
                moved = f.shifted(f.start + start, f.end + start)
                if (
                    f.score >= min_score
                    and moved.start < self.breaks[k] < moved.end
                    and _agrees(moved, self.breaks[k], kept)
                ):
                    accepted.append(moved)
        yield from accepted
        # A finding on one line that only the other line explains: « le général⏎Pilsudski » (the
        # rank on the line before), « 76600 » before « Le⏎Havre » (a postcode once its city is read
        # whole). Kept when it is a name at the edge of its line, or beside a finding kept above,
        # over nothing the reading as written found. (Numbers are not taken at a line's edge: a
        # paragraph read as one line is one row of a table for the row-aware readings, which then
        # see numbers differently for reasons that have nothing to do with wrapping.)
        for f in alone:
            edge = f.label in _CUED and (self._continues(f) if f.source in _UNCUED else self._at_edge(f))
            beside = any(_beside(f, a, self.text) for a in accepted)
            if not (edge or beside):
                continue  # most of them: what the reading as written found, or no reason to take it
            under = [g for g in kept if g.start < f.end and f.start < g.end]
            if (edge or beside) and not under and not self._label_alone(f):
                yield f
            elif beside and f.label in _PLACES and all(_weaker_guess(g, f) for g in under):
                # « 12⏎allée Rimbaud, Sevran »: the street read whole makes the commune after it one,
                # where the reading as written, without the street, took it for a name
                yield f

    def _label_alone(self, finding: Finding) -> bool:
        """``finding`` is a name, one word that opens its line and is the label of that line's field
        (« Sexe M⏎Prescripteur : Dr … »: the line before ends on a letter read as a title, « M. »): a
        French word that no name list holds, its colon or its number after it on its line."""
        if finding.label is not Label.NOM:
            return False
        k = bisect.bisect_left(self.breaks, finding.start)
        if k == 0 or self.text[self.breaks[k - 1] + 1 : finding.start].strip():
            return False
        word = self.text[finding.start : finding.end]
        if len(word.split()) != 1 or _LABEL_REST.match(self.text, finding.end, self._line_end(k)) is None:
            return False
        key = fold(word)  # (a word of French only: « le général⏎Pilsudski : » stays a name)
        return key in common_words() and key not in first_names() and key not in surnames()

    def _continues(self, finding: Finding) -> bool:
        """``finding`` starts its line, and the line before ends on a lower-case word (« l'expert »,
        not « Dr É. Rousset », whose last letter only is in lower case)."""
        k = bisect.bisect_left(self.breaks, finding.start)
        if k == 0 or self.text[self.breaks[k - 1] + 1 : finding.start].strip():
            return False
        before = self.text[: self.breaks[k - 1]].rstrip()
        return before[-1:].isalpha() and _LAST_WORD.split(before[-64:])[-1].islower()

    def _at_edge(self, finding: Finding) -> bool:
        """``finding`` starts its line right after a line break, or ends its line right before one."""
        k = bisect.bisect_left(self.breaks, finding.start)
        if k > 0 and not self.text[self.breaks[k - 1] + 1 : finding.start].strip():
            return True
        return k < len(self.breaks) and not self.text[finding.end : self.breaks[k]].strip()


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """The paragraphs of the second reading that hold a soft break, put one after the other with a
    blank line between two (which nothing reads across), as the second reading reads them: a line of
    the text read alone, that no line break joins to another, is read the same in both readings, and
    the second reading keeps nothing of it (:meth:`Unwrapped.new_findings`).

    ``text`` is that reading, ``written`` the same paragraphs as written (a
    :class:`~egide.detect.document.Document`'s ``written``, for the recognisers that ask whether a
    span is on one line); ``spans`` are ``(start, end, shift)`` of each paragraph here, and the
    amount to add to an offset inside it to get the offset in the whole text.
    """

    text: str
    written: str
    spans: tuple[tuple[int, int, int], ...]

    @staticmethod
    def of(text: str, written: str, spans: Sequence[tuple[int, int]]) -> Paragraphs:
        at = 0
        shifted = []
        for start, end in spans:
            shifted.append((at, at + end - start, start - at))
            at += end - start + len(_BETWEEN)
        return Paragraphs(
            _BETWEEN.join(text[s:e] for s, e in spans),
            _BETWEEN.join(written[s:e] for s, e in spans),
            tuple(shifted),
        )

    def placed(self, found: Iterable[Finding]) -> list[Finding]:
        """``found`` in this text, with the offsets of the whole text (a finding that reaches from one
        paragraph into the next, which the whole text does not put side by side, is dropped)."""
        placed = []
        starts = [s for s, _, _ in self.spans]
        for f in found:
            start, end, shift = self.spans[bisect.bisect_right(starts, f.start) - 1]
            if start <= f.start and f.end <= end:
                placed.append(f.shifted(f.start + shift, f.end + shift))
        return placed


_BETWEEN = "\n\n"


def _digit_seam(text: str, at: int) -> bool:
    """The break at ``at`` (a space now) may cut a number between two of its groups: a digit (or a
    phone's bracket or plus sign, or a look-alike and a digit) opens the next line, blanks apart, and
    the line before ends on one (or on a separator: « 02/⏎04/1958 », « 14 .⏎03 . 1950 », « +33 (0)⏎5 »),
    on a Roman month (« 12 IV⏎2019 »), a Corsican département (« 2A⏎006 ») or a NIR's « clé »
    (« clé⏎O7 »); or a digit or a bracket ends the line before and the next opens on a bracket or a
    separator (« +33⏎(0)5 », « 12⏎/03 »). Not « Service de néphrologie⏎8 boulevard », « M. Jean Dupont⏎45
    ans », « né le 12/03/1950⏎N° IPP »: a word before a number, a number before a word."""
    before = at
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = at + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    last = text[before - 1] if before > 0 else ""
    first = text[after : after + 2]
    opens = (
        first[:1].isdigit() or first[:1] in ("(", "+") or (first[:1] in _LOOKALIKES and first[1:2].isdigit())
    )
    if not opens:
        return (last.isdigit() or last == ")") and first[:1] != "" and not first[:1].isalnum()
    if last.isdigit() or last in _NUMBER_ENDS:
        return True
    return _NUMBER_WORD_BEFORE.search(text, max(0, before - 8), before) is not None


_LOOKALIKES = frozenset("OoIl")
# What a number's group before a cut may end on: a bracket (« (0) »), a plus sign, a separator.
_NUMBER_ENDS = frozenset(")+./-|–")
# The words of a number that a line may end on: a Roman month, a Corsican département, a NIR's key.
_NUMBER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?i:[ivx]{1,4})|2[ABab]|(?i:cl[ée])[ \t]*:?)\Z")

# What closes a line: the end of a sentence, a bracket closed before a word (« (VSL)⏎Nom »), a heading
# (« MOTIF D'HOSPITALISATION⏎Décompensation »); and what opens one: a list's bullet (« ⏎- Ramipril »), a
# field's label (« ⏎Date de naissance : », « ⏎N° IPP 80012345 »), a time of day after a sentence
# (« Rassurée.⏎15h00 Appel de son fils »).
_BULLETS = frozenset("-*•–—·>")
_CLOSING = frozenset(")]»")
_CLOCK = re.compile(r"[0-2]?[0-9][hH:][0-5][0-9](?![0-9])")
# A weekday cut short opening a roster's row, maybe a range of days, then a tab, two spaces or a colon.
_DAY = r"(?:Lun|Mar|Mer|Jeu|Ven|Sam|Dim|LUN|MAR|MER|JEU|VEN|SAM|DIM)\.?"
_ROSTER_DAY = re.compile(rf"{_DAY}(?:[ \t]*[-–/][ \t]*{_DAY})?(?:\t|  |[ \t]*:)")
# A field's label, its colon, then a full date that ends the line (« signature : 04/12/2026 »,
# « Réception : 17.11.26 »): the field is filled, the next line opens another.
_FIELD_DATE_ENDS = re.compile(r":[ \t]*[0-3]?[0-9][/.][01]?[0-9][/.](?:[0-9]{4}|[0-9]{2})[ \t]*$")
# The first word of a field's label: a number's (« N° », « IPP », « Tél », « DN », « poste »), a date's
# or an address's, or a person's (:data:`~egide.detect.names.cues.HEADER_LABELS`: « Patient »,
# « Médecin », « Copie »), which the label then follows with its colon.
_NUMBER_LABELS = words(
    """
    n° no num numero ipp nda nip iep ins nir nss secu rpps adeli finess siret tel telephone portable
    mobile fax poste dect bip dn ddn ne nee date
    """
)
_COLON_LABELS = (
    _NUMBER_LABELS
    | HEADER_LABELS
    | words("adresse domicile courriel mail e-mail email sexe age poids taille motif dossier sejour")
)
_LABEL_WORD = re.compile(r"[Nn][°º]|[^\W\d_][\w'’-]*")
# The rest of a label on its line: up to its colon, or up to its number.
_LABEL_COLON = re.compile(r"[^\n:]{0,40}?:")
_LABEL_NUMBER = re.compile(r"[^\n:0-9]{0,40}?[0-9]")


def _closes(text: str, start: int, end: int) -> bool:
    """The line break ``text[start:end]`` (with the blanks before it) closes the line before it or
    opens the next one, so that no entity reads across it and neither line says what the other's
    words are. The line before ends a sentence (:func:`_sentence_ends`), closes a bracket or is a
    heading (:func:`_heading`), and the next opens on a word; or the next line is a list's item (a
    bullet, then a blank), opens on a field's label (:func:`_opens_on_a_label`), or on a time of day
    after a sentence or a bracket.

    The second reading keeps such a line break (as a blank line's), and reads neither line with the
    other. A street, a name, a hospital or a number wrapped over two lines goes on without a full
    stop, a bracket or a bullet between them (« av.⏎Ambroise Croizat » and « Dr J.⏎Martin » go on: an
    abbreviation and an initial end no sentence; a number may hold a bracket: « +33 (0)⏎5 84 … »), and
    its next line is no field of a form (« Prénom : Lucie⏎Né(e) le : » is two fields, not the name
    « Lucie Né »).
    """
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after >= len(text):
        return False
    first = text[after]
    if first in _BULLETS and text[after + 1 : after + 2] in (" ", "\t"):
        return True
    last = text[start - 1]
    if first.isdigit():
        return last in ".)" and _CLOCK.match(text, after) is not None
    if not first.isalpha():
        return False
    if last in _CLOSING or _sentence_ends(text, start):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if last.isdigit() and _FIELD_DATE_ENDS.search(line) is not None:
        return True  # « signature : 04/12/2026⏎Recherche du variant … »: a date fills the field
    if _goes_on(line):
        return False
    # (or a document's title opens the next: « Clinique Rhéna – Strasbourg⏎CRO du 2.12.2026 »)
    return _heading(line) or _opens_on_a_label(text, after) or opens_on_a_document_title(text, after)


def _goes_on(line: str) -> bool:
    """The line ends on a word that the next line's words go on: a particle or a preposition (« Centre
    Hospitalier de⏎Rouen »), a title (« Pr⏎Martin »), a place's word (« Clinique⏎Mathilde »), a cut word
    (« Villers-⏎Cotterêts »)."""
    tokens = line.rsplit(None, 1)  # (the last word only: a line of prose holds a hundred)
    if not tokens:
        return False
    word = tokens[-1]
    key = fold(word.rstrip(".,"))
    return (
        word.endswith("-") or key in PARTICLES or key in FUNCTION_WORDS or key in TITLES or key in PLACE_WORDS
    )


def _heading(line: str) -> bool:
    """The line is a heading: in capitals, no digit, words of French only (« MOTIF D'HOSPITALISATION »,
    « EXAMEN CLINIQUE D'ENTRÉE », « CONCLUSION »), none of them a title nor a label, no place's word
    first (« CENTRE HOSPITALIER⏎DE VERDUN », « CLINIQUE⏎Polyclinique » name a place over two lines)
    and no name last (« MARIE ROSE⏎Dupont », « MODE DE VIE » is read again)."""
    if line.upper() != line or any(c.isdigit() for c in line):
        return False
    tokens = _APOSTROPHE.sub(" ", line).split()
    if not tokens or fold(tokens[0]) in PLACE_WORDS:
        return False
    for word in tokens:
        key = fold(word)
        if key in TITLES or key in HEADER_LABELS:
            return False
        if key not in common_words() and key not in FUNCTION_WORDS and key not in PARTICLES:
            return False
    last = fold(tokens[-1])
    return last not in first_names() and last not in surnames()


_APOSTROPHE = re.compile(r"['’]")


def _opens_on_a_label(text: str, at: int) -> bool:
    """The line that opens at ``at`` opens on a field's label: a label's first word, then its colon
    further on its line (« Date de naissance : », « Copie à : »), or a number's label and its number
    (« N° IPP 80012345 », « RPPS 1 02 … », « Né(e) le 12/03/1950 »)."""
    if _ROSTER_DAY.match(text, at) is not None:
        return True  # « Lun  Dr J. Kempf », « Ven–Dim : … »: a roster's row, one a day
    word = _LABEL_WORD.match(text, at)
    if word is None:
        return False
    key = fold(word.group().rstrip("'’-"))
    if key in _NUMBER_LABELS and _LABEL_NUMBER.match(text, word.end()) is not None:
        return True
    return key in _COLON_LABELS and _LABEL_COLON.match(text, word.end()) is not None


def _sentence_ends(text: str, end: int) -> bool:
    """The line that ends at ``end`` ends a sentence: an exclamation or a question mark, or a full stop
    after a word of French in lower case (four letters or more, no title: « vérifiée. », not « av. »,
    « Mme. ») or after a value (« ASA 3. », « le 01/01/2021. », « 12,4 G/L. »)."""
    last = text[end - 1]
    if last in "!?":
        return True
    if last != "." or end < 2:
        return False
    word_start = end - 1
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : end - 1]
    if any(c.isdigit() or c == "/" for c in word):
        return True
    if word and not any(c.isalnum() for c in word):
        return True  # after a value's unit or sign: « CST 9 %. »
    if len(word) < 4 or not word.isalpha() or not word.islower():
        return False
    key = fold(word)
    return key in common_words() and key not in TITLES


# What the wrapped street explains beside it, over a weaker guess of the reading as written.
_PLACES = frozenset({Label.VILLE, Label.CODE_POSTAL})


def _weaker_guess(guess: Finding, place: Finding) -> bool:
    """``guess``, of the reading as written, is a name inside ``place`` with a lower score."""
    return (
        guess.label is Label.NOM
        and guess.score < place.score
        and place.start <= guess.start
        and guess.end <= place.end
    )


def _beside(a: Finding, b: Finding, text: str) -> bool:
    """``a`` and ``b`` are separated by a space, a comma or a dash at most."""
    gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
    return len(gap) <= 3 and all(c in " ,;-" for c in gap)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _agrees(finding: Finding, line_break: int, kept: Sequence[Finding]) -> bool:
    """Whether ``finding``, across ``line_break``, agrees with the findings ``kept`` of the reading as
    written (see :meth:`Unwrapped.new_findings`)."""
    kind = _KIND.get(finding.label, finding.label)
    parts = _PARTS.get(kind, frozenset())
    before = after = other_before = other_after = False
    for f in kept:
        if f.start >= finding.end or finding.start >= f.end:
            continue
        other = _KIND.get(f.label, f.label) != kind
        if other and (f.start < finding.start or f.end > finding.end):
            return False
        if f.start < line_break:
            before = True
            other_before = other_before or other
        if f.end > line_break:
            after = True
            other_after = other_after or (other and (f.start < line_break or f.label not in parts))
    return not (other_before and after) and not (other_after and before)


def _word_after_whole_name(text: str, finding: Finding, line_break: int) -> bool:
    """A name of two words or more on its line, then one capitalised French word opening the next
    line (« Mme GAUTHIER Odile⏎Née le … », « M. PETIT Jean⏎Domicile : … »): the next field's first word,
    not the rest of the name (« Pr Nicole⏎MACE », « Jean-Pierre DE LA⏎FONTAINE » are)."""
    if finding.label is not Label.NOM:
        return False
    # the name's words on its line: no title (« M. », « Mme »), no particle (« DU PONT⏎Ange »)
    head = [
        w
        for w in text[finding.start : line_break].split()
        if not w.endswith(".") and fold(w) not in TITLES and w.lower() not in PARTICLES
    ]
    tail = text[line_break + 1 : finding.end].split()
    if len(head) < 2 or len(tail) != 1 or text[finding.start : line_break].split()[-1].lower() in PARTICLES:
        return False
    word = tail[0]
    return (
        word[:1].isupper()
        and word[1:].islower()
        and fold(word) in common_words()
        and fold(word) not in first_names()  # « M. Christophe⏎Marie »: a first name goes on the name
    )


# What follows the first word of a field's label on its line: the rest of the label up to its colon
# (« RPPS : », « Date de naissance : », « Tél. : », three more words at most), or the field's number
# (« RPPS 10003456789 », « Tél 01 45 … », « Dossier n° 4521 »).
_LABEL_REST = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){0,3}[ \t]*\.?[ \t]*:|[ \t]*\.?[ \t]*(?:n[°º][ \t]*)?\d")


def _label_opens_next_line(text: str, finding: Finding, line_break: int, line_end: int) -> bool:
    """A name on its line, and the word that opens the next line is the label of the next field: its
    colon or its number follows it on its line (« Dr BOULANGER Nathalie⏎RPPS : … », « Mme Colette⏎Date
    de naissance : … », « Dr Colette⏎RPPS 10003456789 »). Not a first name, nor a surname of the lists
    that is no French word, which may end a name even there (« Pr Nicole⏎MACE : chef de service »).
    The same for an establishment's name (« … du CAMSP de Vannes⏎Enfant : Le Corre Nolan »: the
    label of the child's field is no word of the centre's name)."""
    if finding.label is not Label.NOM and finding.label is not Label.ETABLISSEMENT:
        return False
    tail = text[line_break + 1 : finding.end].split()
    before = text[finding.start : line_break].split()
    # A name never ends on a particle (« Professeur Le⏎Goff    IBODE : »): the word after it is the
    # surname's, whatever field follows it on its line.
    if len(tail) != 1 or not before or before[-1].lower() in PARTICLES:
        return False
    # On its own line only: the next soft break is a space in ``text`` (« N'Diaye⏎Interne⏎Copie
    # à : » is a name, then two lines, not the label « N'Diaye Interne Copie à : »).
    if _LABEL_REST.match(text, finding.end, line_end) is None:
        return False
    key = fold(tail[0])
    if finding.label is Label.ETABLISSEMENT:
        # a type and its name on the first line (« CAMSP de Vannes⏎Enfant : »), not a type alone whose
        # name opens the next (« Clinique⏎Pasteur : »); « Enfant », « Patient » are also in the noisy
        # first names
        return len(before) >= 3 and key in common_words()
    return key not in first_names() and (key in common_words() or key not in surnames())


def _sentence_after_unit(text: str, finding: Finding, line_break: int) -> bool:
    """An establishment whose line holds its type alone, in lower case, and whose next line opens on
    a French word that no name list holds: a unit's word ends a banner's line and a sentence opens
    the next (« UF 4012 maternité⏎Toxoplasmose IgG négatives »), no establishment named over two
    lines (« l'hôpital⏎Saint-Louis », « Clinique⏎Mathilde » are)."""
    if finding.label is not Label.ETABLISSEMENT:
        return False
    head = text[finding.start : line_break]
    tail = text[line_break + 1 : finding.end].split()
    if not tail or not head.strip() or not head.islower():
        return False
    key = fold(tail[0])
    return key in common_words() and key not in first_names() and key not in surnames()


def _people(text: str, finding: Finding, line_break: int) -> list[Finding]:
    """The name across ``line_break``, or the two people it joins: a whole name ends the line (two
    words or more, no particle last) and the next line opens on another (a first name that is no
    particle, then one word or more: « Dr Jean MARTIN⏎Claire DURAND »). Each keeps its line."""
    if finding.label is not Label.NOM:
        return [finding]
    before = text[finding.start : line_break].split()
    tail = text[line_break + 1 : finding.end].split()
    head = [w for w in before if not w.endswith(".") and fold(w) not in TITLES and w.lower() not in PARTICLES]
    if (
        len(head) < 2
        or len(tail) < 2
        or before[-1].lower() in PARTICLES
        or tail[0].lower() in PARTICLES
        or not tail[0][:1].isupper()
        or fold(tail[0]) not in first_names()
    ):
        return [finding]
    head_end = finding.start + len(text[finding.start : line_break].rstrip())
    tail_start = (
        line_break
        + 1
        + (len(text[line_break + 1 : finding.end]) - len(text[line_break + 1 : finding.end].lstrip()))
    )
    return [
        Finding(finding.start, head_end, finding.label, finding.score, finding.source),
        Finding(tail_start, finding.end, finding.label, finding.score, finding.source),
    ]


def _row_ends(text: str, start: int, end: int) -> bool:
    """The break ends a table's row: the line before or after holds a tab between its cells, or is
    framed by pipes (« | Nom | Dupont | »). Joined, two rows would read as one, the label of the next
    row as the value of the last cell (« Prénom(s) » after « Dupont »)."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after_end = text.find("\n", end)
    after = text[end : len(text) if after_end < 0 else after_end]
    return any(
        "\t" in line.strip()
        or (line.strip().startswith("|") and line.strip().endswith("|") and len(line.strip()) > 1)
        for line in (before, after)
    )


def _soft_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_SOFT_BREAK.finditer(text)``, found from each line break.

    The pattern opens on a look-behind, which ``re`` tries at every character; a line break is found
    at once. Each match holds one line break, with the blanks and the carriage return before it: it
    starts after the last character before the line break that is not blank, which must be no white
    space, and the next line must hold a character that is no white space after its blanks.
    """
    i = text.find("\n")
    while i >= 0:
        start = i - 1 if i > 0 and text[i - 1] == "\r" else i
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and not text[start - 1].isspace():
            after = i + 1
            while after < len(text) and text[after] in " \t":
                after += 1
            if after < len(text) and not text[after].isspace():
                yield start, i + 1
        i = text.find("\n", i + 1)


def unwrap(text: str) -> Unwrapped | None:
    """``text`` read as one line per paragraph, or None when no line break has text on both sides."""
    if "\n" not in text:
        return None
    chars: list[str] | None = None
    breaks: list[int] = []
    tables = "\t" in text or "|" in text  # usually not: no row to look for
    for start, end in _soft_breaks(text):
        if tables and _row_ends(text, start, end):
            continue
        if _closes(text, start, end) or not may_join(text, start, end):
            continue
        if chars is None:
            chars = list(text)
        for i in range(start, end):
            if text[i] in "\r\n":
                chars[i] = " "
                if text[i] == "\n":
                    breaks.append(i)
    if chars is None:
        return None
    joined = "".join(chars)
    if any(_LOOKALIKE_SEAM.match(joined, i - 1) for i in breaks if i):
        # « Tél : O6 12⏎48 77 3O »: a number an OCR filled with look-alike letters, cut by the break,
        # is read whole only now (its lines alone hold too few digits): its look-alikes are read as
        # digits in this reading too, one character for one (same length, same offsets)
        draft = Draft(joined)
        read_digit_lookalikes(draft)
        if len(draft.text) == len(joined):
            joined = draft.text
    return Unwrapped(joined, tuple(breaks), any(_digit_seam(joined, i) for i in breaks))
