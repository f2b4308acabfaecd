"""Person-name surrogates of the same gender and the same form, word by word.

« M. Jean DUPONT » → « M. Paul MARTIN »: titles and particles stay, each first name becomes a first
name of the same gender (gender from the detection lexicon, else from the title), each surname a
surname, the caps pattern of every word is kept and initials stay initials. Every word is mapped
once per scope and recorded as a part of the mapping, so « Dupont » alone later in the
conversation, or « MARTIN » alone in the model's answer, maps and restores consistently.
"""

from __future__ import annotations

import re
import string

from egide.detect.names.lexicon import first_name_gender
from egide.transform import pools
from egide.transform.mapping import Entry, Kind
from egide.transform.normalise import fold
from egide.transform.operators.base import ScopeContext

PART_LABEL = "NOM:part"
_ATTEMPTS = 200

_TITLES_M = {"m", "m.", "mr", "mr.", "monsieur"}
_TITLES_F = {"mme", "mme.", "mlle", "mlle.", "madame", "mademoiselle"}
_TITLES = _TITLES_M | _TITLES_F | {
    "dr", "dr.", "docteur", "pr", "pr.", "professeur", "me", "me.", "maître", "maitre", "ip", "ide",
}  # fmt: skip
_PARTICLES = {
    "de", "du", "des", "la", "le", "les", "van", "von", "der", "den", "da", "di", "del", "dos",
    "épouse", "epouse", "ép.", "ep.", "née", "nee", "veuve", "vve", "dit", "dite", "et", "y",
}  # fmt: skip
_INITIAL = re.compile(r"^(?:[A-Z]\.-?)+$|^[A-Z]$")
_ELISION = re.compile(r"^([dDlL]['’])(.+)$")
_TOKEN = re.compile(r"(\s+)")
_NOT_WORD = "\"'’«»()[]{}<>.,;:!?*_-/"


def case_pattern(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "title"
    if letters and all(c.islower() for c in letters):
        return "lower"
    return "title"


def apply_case(word: str, pattern: str) -> str:
    if pattern == "upper":
        return word.upper()
    if pattern == "lower":
        return word.lower()
    # Title: each part after a hyphen, space or apostrophe capitalised (« Le Goff », « Saint-Roch »)
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)


def _title_gender(tokens: list[str]) -> str | None:
    for token in tokens:
        low = token.lower()
        if low in _TITLES_M:
            return "M"
        if low in _TITLES_F:
            return "F"
    return None


def _part(
    word: str,
    as_first_name: bool,
    gender: str | None,
    ctx: ScopeContext,
    forced: str | None = None,
    elided: bool = False,
) -> str:
    """The surrogate of one word of a name, recorded once per scope.

    After an elision (« d'Artagnan ») the surrogate starts with a vowel too, so that « d' » still reads.
    """
    existing = ctx.mapping.get(PART_LABEL, word)
    if existing is not None:
        return apply_case(existing.replacement, case_pattern(word))
    if as_first_name:
        g = forced or first_name_gender(word) or gender or "M"
        pool = pools.first_names(g)
        purpose = "prenom-" + g
    else:
        pool = pools.surnames()
        purpose = "nom"
    if elided:
        pool = tuple(n for n in pool if fold(n[0]) in "aeiouyh") or pool
    candidate = pool[0]
    for attempt in range(_ATTEMPTS):
        candidate = ctx.random(purpose, word.casefold(), attempt).choice(pool)
        if fold(candidate) != fold(word) and not ctx.clashes(candidate):
            break
    else:
        # Pool exhausted in this scope (hundreds of people): extend with a keyed suffix.
        candidate = candidate + "-" + apply_case(ctx.random(purpose, word, _ATTEMPTS).choice(pool), "title")
    # Recorded as written, so that restoration knows which case the model changed.
    written = apply_case(candidate, case_pattern(word))
    ctx.mapping.add(Entry(PART_LABEL, word, written, Kind.PART))
    return written


def _initial(token: str, ctx: ScopeContext) -> str:
    """« J. » → « P. », « J.-P. » → « L.-M. »: letters replaced by keyed letters, dots kept."""
    return "".join(
        ctx.random("initiale", ch.upper()).choice(string.ascii_uppercase) if ch.isalpha() else ch
        for ch in token
    )


_LINKS = {"épouse", "epouse", "ép.", "ep.", "née", "nee", "veuve", "vve", "dit", "dite"}


def _strip(piece: str) -> tuple[str, str, str]:
    """« d'Arc, » → (« d' », « Arc », « , »): elision and punctuation around the word are kept as they are."""
    lead = len(piece) - len(piece.lstrip(_NOT_WORD))
    prefix, piece = piece[:lead], piece[lead:]
    elided = _ELISION.match(piece)
    if elided:
        prefix, piece = prefix + elided.group(1), elided.group(2)
    trail = ""
    while piece and not piece[-1].isalnum():
        piece, trail = piece[:-1], piece[-1] + trail
    return prefix, piece, trail


def _first_name_roles(words: list[str]) -> dict[int, bool]:
    """For each name word (by index in ``words``): True if it is read as a first name.

    The lexicon knows too many words as first names (most surnames are also somebody's first name),
    so the order and the shape of the name decide, the lexicon breaking ties: a word after a
    particle or « épouse » is a surname, and so is the one before « épouse »; when capitals and
    lower case mix, the capitals are the surname (« DUPONT Jean »); otherwise French order puts the
    surname last (« Marie Claire LEROUX »); a lone word is a surname after a title or an initial.
    """
    lows = [w.lower() for w in words]
    name_idx = [
        i
        for i, w in enumerate(words)
        if lows[i] not in _TITLES and lows[i] not in _PARTICLES and not _INITIAL.match(w) and _strip(w)[1]
    ]
    roles: dict[int, bool] = {}
    forced = {
        i
        for i in name_idx
        if (i > 0 and lows[i - 1] in _PARTICLES) or (i + 1 < len(words) and lows[i + 1] in _LINKS)
    }
    free = [i for i in name_idx if i not in forced]
    for i in forced:
        roles[i] = False
    upper = {i for i in free if case_pattern(_strip(words[i])[1]) == "upper"}
    if upper and len(upper) < len(free):
        for i in free:
            roles[i] = i not in upper
        return roles
    titled = any(lows[i] in _TITLES or _INITIAL.match(words[i]) for i in range(len(words)))
    if len(free) >= 2:
        for i in free:
            roles[i] = i != free[-1]
    elif len(free) == 1:
        i = free[0]
        word = _strip(words[i])[1]
        roles[i] = bool(forced) or (
            not titled and case_pattern(word) != "upper" and first_name_gender(word) is not None
        )
    return roles


def _title_before(before: str) -> str | None:
    """The title just before a finding that does not include it (« Dr » in « le Dr Martin »)."""
    words = before.split()
    if words and before[-1:].isspace() and words[-1].lower() in _TITLES:
        return words[-1]
    return None


def name(value: str, ctx: ScopeContext) -> str:
    pieces = _TOKEN.split(value)
    words = [p for p in pieces if p and not p.isspace()]
    outside = _title_before(ctx.before)
    # The title outside the finding counts for gender and roles, and is not part of the output.
    gender = _title_gender([outside, *words] if outside else words)
    roles = _first_name_roles([outside, *words] if outside else words)
    if outside:
        roles = {i - 1: role for i, role in roles.items() if i > 0}
    out: list[str] = []
    index = -1
    for piece in pieces:
        if not piece or piece.isspace():
            out.append(piece)
            continue
        index += 1
        if index not in roles:  # title, particle, initial or punctuation
            is_initial = piece.lower() not in _TITLES and _INITIAL.match(piece)
            out.append(_initial(piece, ctx) if is_initial else piece)
            continue
        prefix, word, trail = _strip(piece)
        as_first = roles[index]
        if "-" not in word:
            replaced = _part(word, as_first, gender, ctx, elided=prefix.endswith(("'", "’")))
        else:  # compound: each part on its own (« Jean-Pierre » → « Marc-Louis », « Martin-Leroy »)
            forced = (first_name_gender(word) or gender or "M") if as_first else None
            replaced = "-".join(_part(p, as_first, gender, ctx, forced) if p else p for p in word.split("-"))
        out.append(prefix + replaced + trail)
    return "".join(out)
