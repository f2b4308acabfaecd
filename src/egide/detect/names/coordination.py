"""Names in a list: once one item of « Glatigny, Cuzol, Gidel » or « Weber, Ravel et Dukas » is
found to be a name, its neighbours are names too.

A neighbour is one capitalised word (or a first name and a capitalised word, or a surname and the
initial of a first name: « Martin C., Petit S., Durand A. »), joined by a comma, a semicolon, « et »
or « ou » (« Hitler, Mussolini ou Staline », « appeler Yannick ou Gwendal »), that is a whole item of
the list (a separator or the end of the sentence comes after it, or, for the last item of « de X et
de Y », the rest of the sentence) and no common word, place, drug, acronym or month: « Dupont, Paris
et Lyon », « Martin, Cardiologie », « Durand et HTA » stay as they are.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.medical_words import CALENDAR, MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.reader import NameReader, Span, short_acronym
from egide.detect.names.relative_in_brackets import lower_name_in_brackets
from egide.detect.names.tokens import Token

#: How many items a list may add on each side of a name found by other evidence.
MAX_ITEMS = 12
_SEPARATORS = frozenset({",", ";"})
#: The conjunctions that close a list: « ou » joins people as « et » does (« le Dr Martin ou le Dr
#: Roux », « Hitler, Mussolini ou Staline »), and a clinical note names who to call that way.
_CONJUNCTIONS = frozenset({"et", "ou"})


def _separated(t: Token, previous: Token | None = None) -> bool:
    """``t`` follows a list separator on the same line (« , », « ; »), or the dot of an initial then
    one (« Martin C., Petit »: ``previous`` is that initial)."""
    gap = t.gap_before.strip(" ")
    if gap in _SEPARATORS:
        return True
    return (
        previous is not None
        and previous.shape == "I"
        and gap[:1] == "."
        and gap[1:].strip(" ") in _SEPARATORS
    )


def _item_ends(toks: list[Token], k: int) -> bool:
    """Token ``k`` ends an item: a separator, « et », « ou », a closing bracket or the sentence's end
    follows."""
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    gap = nxt.gap_before.strip(" ")
    return (
        gap in _SEPARATORS
        or gap[:1] in {".", ")", "!", "?", "\n"}
        or (nxt.key in _CONJUNCTIONS and gap == "")
    )


def _initial_after(toks: list[Token], k: int) -> bool:
    """Token ``k`` is followed by the initial of a first name, then the item's end: « Petit S., »
    (staff lists write the surname, then the first name's initial)."""
    if k + 1 >= len(toks):
        return False
    initial = toks[k + 1]
    return (
        initial.shape == "I"
        and initial.gap_before == " "
        and initial.gap_after.startswith(".")
        and _item_ends(toks, k + 1)
    )


# How many « surname (first name) » pairs of the text read as names make it a list of people.
_LISTED_PAIRS = 2
# The prepositions an item may repeat before each name (« de Colette, de Farrère, d'Indy »).
_PREPOSITIONS = frozenset({"de", "d'"})


def _preposition(t: Token) -> bool:
    return t.shape == "L" and t.key in _PREPOSITIONS


# Words after which the item goes on as a noun phrase (« Martin, Dupont, Hôtel de Ville »).
_PHRASE_GOES_ON = frozenset({"de", "d'", "du", "des", "la", "le", "les", "l'", "et", "ou"})


def _predicate_follows(toks: list[Token], k: int) -> bool:
    """After token ``k``, on the same line, a lower-case word that starts no complement of a noun:
    the verb of the sentence whose subject is the list (« …, Duffar seront parmi les favoris »)."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.gap_before == " " and nxt.shape == "L" and nxt.key not in _PHRASE_GOES_ON


def _lower_word_follows(toks: list[Token], k: int) -> bool:
    """A lower-case word follows token ``k`` after one space, on the same line."""
    return k + 1 < len(toks) and toks[k + 1].gap_before == " " and toks[k + 1].shape == "L"


def _names_before(toks: list[Token], first: int, ends: dict[int, Span]) -> int:
    """How many name spans (``ends``: by the token after them) end right before token ``first`` as
    items of the same list, one after the other (« Weber, Ravel, » before « Dukas »), at most
    ``MAX_ITEMS``."""
    count = 0
    k = first
    while (
        count < MAX_ITEMS
        and k in ends
        and _separated(toks[k], toks[k - 1])
        and "\n" not in toks[k].gap_before
    ):
        k = ends[k].first
        count += 1
    return count


def names_something_else(key: str) -> bool:
    """A folded word that is a function, calendar, medical, place or care word, a title, a kinship word or
    a header label: no surname, whatever its capital (shared by the readers that take a capitalised
    word beside a name for its other part)."""
    return (
        key in cues.FUNCTION_WORDS
        or key in NOT_NAMES
        or key in MEDICAL_WORDS
        or key in CALENDAR
        or key in cues.PLACE_WORDS
        or key in cues.TITLES
        or key in cues.KIN_WORDS
        or key in cues.HEADER_LABELS
    )


class ListOfNames(NameReader):
    """The items of a list around a name (see the module)."""

    def _item(self, t: Token, taken: bool) -> bool:
        key = t.key
        if taken or t.shape not in "UC" or len(key) < 3 or t.loud or short_acronym(t):
            return False
        if key in cues.FUNCTION_WORDS or key in NOT_NAMES or key in MEDICAL_WORDS or key in CALENDAR:
            return False
        if key in cues.PLACE_WORDS or key in cues.TITLES:
            return False
        return not self.lex.is_common(t) or self.lex.is_surname(t)

    def bracketed_first_names(self, toks: list[Token], spans: list[Span], taken: list[bool]) -> list[Span]:
        """« Roux (Marie) », « Mlles Legendre (Marie) »: a capitalised word right before a first name in
        brackets that was found as a name is the surname."""
        added: list[Span] = []
        common: list[int] = []
        named = {s.last - 1 for s in spans}  # the words that end a name
        pairs = 0  # « surname (first name) » pairs whose surname is read as a name
        for s in spans:
            k = s.first - 1
            if k < 0 or s.last - s.first != 1 or not toks[s.first].gap_before.endswith("("):
                continue
            if toks[s.first].gap_before.strip(" ") != "(" or not self.lex.is_first(toks[s.first]):
                continue
            if toks[k].key in cues.KIN_WORDS:
                continue  # « Fille (Nadia) prévenue »: the relation, then her first name
            if k in named:
                pairs += 1
            elif self._item(toks[k], taken[k]) and not self.excluded(toks, k):
                added.append(Span(k, k + 1, 0.7, "list"))
                taken[k] = True
                pairs += 1
            elif self._common_surname(toks[k], taken[k]):
                common.append(k)
        if pairs >= _LISTED_PAIRS:
            # « Roux (Victoire) ; Moineaux (Philomène) ; Muller (Marie) »: in a list of people written
            # « surname (first name) », the word before the bracket is a surname even when it is a
            # French word; alone (« Accueil (Marie) ») it may be the desk she stands at
            for k in common:
                if not taken[k] and not self.excluded(toks, k):
                    added.append(Span(k, k + 1, 0.65, "list"))
                    taken[k] = True
        return added

    def bracketed_surnames(self, toks: list[Token], spans: list[Span], taken: list[bool]) -> list[Span]:
        """« Mme Josiane (Carré) », « M. Henri (Lefort) »: after a title and a first name found as a name,
        a capitalised word alone in brackets is the surname (a maiden or a used name), even when it is a
        French word; not a care word, a place or a kin (« Mme Josiane (fille) », « Paul (IDE) »)."""
        added: list[Span] = []
        for s in spans:
            k = s.last
            first = toks[s.last - 1]
            if k >= len(toks) or s.first == 0 or toks[s.first - 1].key not in cues.TITLES:
                continue
            if first.gap_after.strip(" ") != "(" or not self.lex.is_first(first):
                continue
            t = toks[k]
            if not t.gap_after.lstrip(" ").startswith(")") or t.shape not in "UC" or short_acronym(t):
                continue
            if (self._item(t, taken[k]) or self._common_surname(t, taken[k])) and not self.excluded(toks, k):
                added.append(Span(k, k + 1, 0.7, "list"))
                taken[k] = True
        return added

    def bracketed_lower_first_names(
        self, toks: list[Token], spans: list[Span], taken: list[bool]
    ) -> list[Span]:
        """« mme okafor (chidinma) », « M. Diallo (aminata) »: after a title and a one-word surname found as
        a name, a word in lower case alone in brackets is the first name when it may be one (no French,
        medical or medicine word, no country, no adjective's ending: « Mme Martin (diabétique) », « M. Roux
        (kiné) » stay). Capitalised, the lists and the model read it."""
        added: list[Span] = []
        for s in spans:
            k = s.last
            if (
                k >= len(toks)
                or s.last - s.first != 1
                or s.first == 0
                or toks[s.first - 1].key not in cues.TITLES
            ):
                continue
            if toks[s.first].gap_after.strip(" ") != "(":
                continue
            t = toks[k]
            if taken[k] or not t.gap_after.lstrip(" ").startswith(")"):
                continue
            if lower_name_in_brackets(t, self.lex.is_common(t)) and not self.excluded(toks, k):
                added.append(Span(k, k + 1, 0.7, "list"))
                taken[k] = True
        return added

    def _common_surname(self, t: Token, taken: bool) -> bool:
        """A capitalised French word that may be a surname (« Moineaux », « Chevalier »): no function,
        calendar, medical, place or care word, title, kinship or header label."""
        if taken or t.shape != "C" or len(t.key) < 3 or t.loud:
            return False
        return not names_something_else(t.key)

    def coordinated(self, toks: list[Token], spans: list[Span], taken: list[bool]) -> list[Span]:
        """Names next to ``spans`` in the same list; ``taken`` marks the words already resolved."""
        added: list[Span] = []
        n = len(toks)
        taken = list(taken)
        ends = {s.last: s for s in spans}
        for s in sorted(spans, key=lambda s: s.first):
            # « de Colette, de Farrère », « de Démosthène à Kant »: the items repeat the preposition
            led = s.first > 0 and _preposition(toks[s.first - 1]) and toks[s.first].gap_before in {"", " "}
            # forward: « Glatigny, Cuzol, Gidel »
            k = s.last
            before = 1 + _names_before(toks, s.first, ends)  # names already in the list
            for _ in range(MAX_ITEMS):
                if k >= n:
                    break
                closing = False  # the item after « et » or « ou », the list's last
                if led and toks[k].text == "à" and toks[k].gap_before == " " and k + 1 < n:
                    k += 1  # « de Démosthène à Kant »
                    if toks[k].gap_before != " ":
                        break
                elif toks[k].key in _CONJUNCTIONS and toks[k].gap_before == " " and k + 1 < n:
                    k += 1
                    closing = True
                    if toks[k].gap_before != " ":
                        break
                elif not _separated(toks[k], toks[k - 1]) or "\n" in toks[k].gap_before:
                    break
                repeated = False  # the item repeats the preposition of the name before it
                if led and _preposition(toks[k]) and k + 1 < n and toks[k + 1].gap_before in {"", " "}:
                    k += 1  # « de Colette, de Farrère », « de Frétillon et de Richelieu »
                    repeated = True
                if not self._item(toks[k], taken[k]) or self.excluded(toks, k):
                    break
                width = 1 if _item_ends(toks, k) else 2 if _initial_after(toks, k) else 0
                if not width and closing and repeated and _lower_word_follows(toks, k):
                    # « les découvertes de Lorentz et d'Einstein vinrent », « l'avis de Kerbrat et de
                    # Quiniou sur la plaie »: the last item, its preposition repeated, then the sentence
                    # goes on; both sides of « et de » are the same kind of thing
                    width = 1
                if not width and before >= 2 and _predicate_follows(toks, k):
                    # « Mardel, Coste, Hansenne, Duffar seront là »: the last item of a list of names,
                    # then the sentence's verb
                    added.append(Span(k, k + 1, 0.7, "list"))
                    taken[k] = True
                    break
                if not width:
                    break
                added.append(Span(k, k + width, 0.7, "list"))
                taken[k : k + width] = [True] * width
                k += width
                before += 1
            # backward: « Weber, Ravel et Dukas » from « Dukas »
            k = s.first - 1 if led else s.first
            for _ in range(MAX_ITEMS):
                if k == 0:
                    break
                if toks[k - 1].key in _CONJUNCTIONS and toks[k].gap_before == " " and k >= 2:
                    if toks[k - 1].gap_before != " ":
                        break
                    k -= 2
                elif _separated(toks[k], toks[k - 1]) and "\n" not in toks[k].gap_before:
                    k -= 1
                else:
                    break
                last = k
                if k > 0 and _initial_after(toks, k - 1):
                    k -= 1  # « Petit S., Martin C. »: the item is a surname and an initial
                if not self._item(toks[k], taken[k]) or self.excluded(toks, k):
                    break
                if last == k and not _item_ends(toks, k):
                    break
                if not (
                    k == 0
                    or _separated(toks[k], toks[k - 1])
                    or toks[k].gap_before.strip(" ") in {"", ":", "("}
                    # a field's or a cell's start (« venue 2025-0412-77 / Delorme, Annie / née »)
                    or toks[k].gap_before.rstrip(" ")[-1:] in {"/", "|"}
                ):
                    break
                if k > 0 and toks[k].gap_before == " " and toks[k - 1].shape in "UC":
                    break  # « Priory Street, Ware »: the item has more words than one
                added.append(Span(k, last + 1, 0.7, "list"))
                taken[k : last + 1] = [True] * (last + 1 - k)
                if led and k > 0 and _preposition(toks[k - 1]) and toks[k].gap_before in {"", " "}:
                    k -= 1  # « de Bourget, de Colette »: the item's own preposition
                elif led:
                    break
        return added
