"""The first name or the initial that signs a message at its end (issue 8, probe17 and probe19): « Bises,
T. », « … refaite et faxée. — É. », « cordialement séverine (secrétariat dr bouvet) ».

A note, an SMS or an e-mail between colleagues ends on the writer's first name or its initial. An initial
alone is read only where the structure says it signs: after a closing formula (« Bises, », « Cordialement »,
« Merci ») or after a dash that follows the message's last sentence on its line (« faxée. — É. »), and
then at the end of the line or the text. A letter with a dot elsewhere is a list item, a temperature's
abbreviation or an outline's number, and stays. A first name typed in lower case after the formula is
read when the lists know it as a first name and it is no French word (« cordialement rose » stays).

One to three initials alone on a note's last line sign it too, maybe before the writer's role (« ⏎s.
(IDE nuit) », « ⏎i. b. », « ⏎J.-M. IDE »): the line then ends the text or comes before a blank one (the
next note); « N.B. », « P.S. », « cf. » open a line, they close none.

Two or three initials joined by dots sign a handover or a letter the same way (« Amicalement, J.P. »,
« signé S.M IDE nuit », « Cordialement, J.-P. M. »): after a closing formula or « signé », then at the end
of the line or before the writer's role (« IDE », « AS », « nuit »); and after the verb that says who
wrote the note and « par » (« noté par P.L. », « rédigé par M.D. »).
"""

from __future__ import annotations

from egide.detect.names.reader import Lexicon, Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# The formulas that close a message, folded (their last word).
CLOSINGS = words(
    "bises bisous biz bizz amities amicalement cordialement cdlt confraternellement salutations"
    " merci remerciements respectueusement"
)
# What may stand between the formula and the signature: a comma, spaces, a line break.
_AFTER_CLOSING = frozenset({" ", ", ", ",", "\n", ",\n", " ,", " , ", ", \n"})
# Sentence ends before the dash that introduces a signature on the message's last line.
_SENTENCE_ENDS = frozenset(".!?)")
_MIN_FIRST_NAME = 3
# « signé S.M », « signée A.-L. »: the word that announces a signature, as typed (folded).
_SIGNED = words("signe signee sign")
# The past participles that say who wrote, typed or passed on a note, before « par » (folded).
_WRITTEN = words(
    "note notee redige redigee saisi saisie transmis transmise dicte dictee tape tapee relu relue"
    " ecrit ecrite"
)
# Between two initials of one signature: their dot, maybe a hyphen or a space (« J.P », « J.-P », « J. P »).
_BETWEEN_INITIALS = frozenset({".", ".-", "-", ". ", ".- "})
# The writer's role or shift after the initials of a handover's signature, folded.
_ROLES = words("ide idel idec as ash aes asd ibode iade cadre nuit jour matin soir interne externe sf ph dr")


def signing_names(toks: list[Token], taken: list[bool], lex: Lexicon) -> list[Span]:
    """The initials and the lower-case first names that sign a message (see the module)."""
    spans: list[Span] = _signing_initials(toks, taken)
    spans.extend(_initials_closing_a_note(toks, taken))
    for s in spans:
        taken[s.first] = True
    # Only the initials and the words after a formula are looked at (one cheap pass over the words).
    for k in [k for k, t in enumerate(toks) if t.shape == "I" or t.key in CLOSINGS]:
        if toks[k].shape != "I":
            k += 1  # the word after the formula
        if k == 0 or k >= len(toks) or taken[k]:
            continue
        t = toks[k]
        last = k + 1 == len(toks)
        if t.shape == "I" and t.gap_after[:1] == "." and _line_ends(t.gap_after[1:], last):
            if _after_closing(toks, k) or _after_dash(t.gap_before):
                spans.append(Span(k, k + 1, 0.8, "signature"))
        elif (
            t.shape in "LC"
            and _after_closing(toks, k)
            and _first_name(t, lex)
            and _name_ends(t.gap_after, last)
        ):
            spans.append(Span(k, k + 1, 0.8, "signature"))
        elif t.shape in "CU" and (end := _signing_line(toks, k, taken, lex)) > k:
            spans.append(Span(k, end, 0.8, "signature"))
    return spans


def _signing_line(toks: list[Token], k: int, taken: list[bool], lex: Lexicon) -> int:
    """End (exclusive) of the one or two capitalised words that fill the line after a closing formula's
    line and end the text (« Amitiés,⏎Quéméner », « Cordialement,⏎Le Goff »): the writer's surname, which
    no list may know; or ``k`` when there are none. Not a word of the language nor a clinical one
    (« Cordialement,⏎Secrétariat »)."""
    if "\n" not in toks[k].gap_before or not _after_closing(toks, k):
        return k
    end = k + 1
    if end < len(toks) and toks[end].shape in "CU" and toks[k].gap_after == " " and not taken[end]:
        end += 1
    if end < len(toks) or toks[end - 1].gap_after.strip(" \t\r\n.") != "":
        return k  # more words follow: a sentence, a service's name
    if any(lex.is_common(t) and not lex.in_lists(t) for t in toks[k:end]):
        return k
    return end


def _signing_initials(toks: list[Token], taken: list[bool]) -> list[Span]:
    """Two or three initials joined by dots after a closing formula or « signé », the line's end or the
    writer's role after them (« Amicalement, J.P. », « signé S.M IDE nuit »)."""
    spans: list[Span] = []
    for k in range(1, len(toks)):
        before = toks[k - 1]
        if toks[k].shape != "I" or taken[k] or toks[k].gap_before not in _AFTER_CLOSING:
            continue
        if (
            before.key not in CLOSINGS
            and not (before.key in _SIGNED and before.shape == "L")
            and not _written_by(toks, k)
        ):
            continue
        end = k + 1
        while (
            end < len(toks)
            and end - k < 3
            and toks[end].shape == "I"
            and toks[end].gap_before in _BETWEEN_INITIALS  # (« M.C. »: « C » may be read after « M. »)
        ):
            end += 1
        if end - k < 2:
            continue  # one initial alone: read below, with its dot at the line's end
        rest = toks[end - 1].gap_after
        closed = _line_ends(rest[1:] if rest[:1] == "." else rest, end == len(toks))
        role = end < len(toks) and toks[end].key in _ROLES and rest.strip(" .") == ""
        if closed or role:
            spans.append(Span(k, end, 0.8, "signature"))
    return spans


def _written_by(toks: list[Token], k: int) -> bool:
    """« noté par P.L. », « rédigé par M.D. », « transmis par C.R. »: the writer's initials after the verb
    that says who wrote the note, then « par »."""
    return (
        k >= 2
        and toks[k - 1].key == "par"
        and toks[k - 1].gap_before == " "
        and toks[k].gap_before == " "
        and toks[k - 2].key in _WRITTEN
    )


def _line_ends(rest: str, last: bool) -> bool:
    """What follows the initial's dot ends the line, or the text (``last``: no word follows)."""
    rest = rest.lstrip(" \t")
    return (rest == "" and last) or rest[:1] in ("\r", "\n")


def _name_ends(gap: str, last: bool) -> bool:
    """After a signing first name: the text's or the line's end, a bracket (« (secrétariat …) »), a comma."""
    rest = gap.lstrip(" \t")
    return (rest == "" and last) or rest[:1] in ("\r", "\n", "(", ",", ".")


def _after_closing(toks: list[Token], k: int) -> bool:
    return toks[k - 1].key in CLOSINGS and toks[k].gap_before in _AFTER_CLOSING


def _after_dash(gap: str) -> bool:
    """« faxée. — É. »: a dash between spaces after a sentence's end, on the same line."""
    if "\n" in gap or "-" not in gap:
        return False
    squeezed = gap.replace(" ", "").replace("\t", "")
    return len(squeezed) >= 2 and squeezed[-1] == "-" and squeezed[-2] in _SENTENCE_ENDS and gap.endswith(" ")


def _first_name(t: Token, lex: Lexicon) -> bool:
    return len(t.key) >= _MIN_FIRST_NAME and lex.first.get(t.key) in {"F", "M"} and not lex.is_common(t)


# Abbreviations of one or two letters that a last line may hold and that sign nothing (folded, joined).
_NOT_SIGNING = frozenset({"nb", "ps", "cf", "ie", "eg", "pj", "ref", "vs", "pp", "ex"})


def _initials_closing_a_note(toks: list[Token], taken: list[bool]) -> list[Span]:
    """« ⏎s. (IDE nuit) », « ⏎i. b. »: one to three initials opening the note's last line, each with its
    dot, maybe the writer's role after them (in brackets or not), then the note's end: the text's end or
    a blank line."""
    spans: list[Span] = []
    for k, t in enumerate(toks):
        if len(t.text) != 1 or not t.text.isalpha() or taken[k] or "\n" not in t.gap_before:
            continue
        if t.gap_after[:1] != ".":
            continue
        end = k + 1
        while (
            end < len(toks)
            and end - k < 3
            and len(toks[end].text) == 1
            and toks[end].text.isalpha()
            and toks[end - 1].gap_after in _BETWEEN_INITIALS
            and toks[end].gap_after[:1] == "."
        ):
            end += 1
        if "".join(x.key for x in toks[k:end]) in _NOT_SIGNING:
            continue
        rest = toks[end - 1].gap_after[1:]
        stop = end
        if end < len(toks) and rest.strip(" \t(") == "" and "\n" not in rest:
            # the writer's role after the initials (« (IDE nuit) », « IDE »)
            while stop < len(toks) and stop - end < 3 and toks[stop].key in _ROLES:
                if stop > end and toks[stop].gap_before.strip(" \t") != "":
                    break
                stop += 1
            if stop > end:
                rest = toks[stop - 1].gap_after.lstrip(" \t)")
        if _closes_the_note(rest, stop == len(toks)):
            spans.append(Span(k, end, 0.8, "signature"))
    return spans


def _closes_the_note(rest: str, last: bool) -> bool:
    """What follows the signature ends the text, or its line before a blank one."""
    rest = rest.lstrip(" \t.")
    if rest == "":
        return last
    if rest[:1] not in ("\r", "\n"):
        return False
    after = rest.lstrip(" \t\r")
    return after[:1] == "\n" and after[1:].lstrip(" \t\r")[:1] in ("\n", "")
