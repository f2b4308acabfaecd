"""ETABLISSEMENT: an establishment found once is found again by its own name, anywhere in the same text or
conversation (« EHPAD Les Tilleuls Brantôme » in a form, then « retour aux Tilleuls » in a note; « Laboratoire
Bio24 » in a letterhead, then « Bio24 Sarlat » on a tube's label; « AURAD Aquitaine », then « adressé par
l'AURAD »).

A note names an establishment in full once, where its kind or its context says what it is, and then by its
own name alone, as it names a person by the surname once the full name is given: the same design as the
names' propagation (:mod:`egide.detect.names.propagate`). From each establishment kept, its own name is taken:
its words less its kind (« EHPAD », « Clinique de rééducation »), the generic words, the links and the
town of its site at the end (« Brantôme »). It is looked for again as a whole (« Grands Chênes ») and, each
word that is no French word, no first name and no town, alone (« Bio24 », « AURAD », « Pommeraie »), with
its capital or its digits; a
name of one French word (« Tilleuls ») only capitalised and not opening a sentence, where a capital says a
name (« les tilleuls du parc » stay). Not after an eponym's cue (« signe de … »), nor inside what another
recogniser found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word, is_first_name
from egide.detect.places.acronym_beside_unit import an_establishment_acronym
from egide.detect.places.establishment import GENERIC, STRUCTURE_ACRONYMS
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.regions import DEPARTMENT_NAMES, REGIONS

SOURCE = "establishment_again"
SCORE = 0.7
# The words of a name: letters and digits, hyphenated parts and elisions kept whole (« Saint-Jean »).
_WORD = re.compile(r"[^\W_][\w'’]*(?:-[^\W_][\w'’]*)*")
# What an establishment's name holds that is not its own name: its kind, its status, the links.
_KIND_WORDS = frozenset(
    fold(w)
    for w in [
        "hôpital",
        "hôpitaux",
        "hopital",
        "hospitalier",
        "hospitalière",
        "hospitaliers",
        "centre",
        "clinique",
        "polyclinique",
        "cliniques",
        "institut",
        "maison",
        "résidence",
        "residence",
        "foyer",
        "fondation",
        "laboratoire",
        "laboratoires",
        "labo",
        "labos",
        "cabinet",
        "pharmacie",
        "imagerie",
        "radiologie",
        "médical",
        "médicale",
        "médicaux",
        "groupe",
        "groupement",
        "établissement",
        "unité",
        "pôle",
        "service",
        "site",
        "antenne",
        "universitaire",
        "régional",
        "régionale",
        "intercommunal",
        "départemental",
        "général",
        "privé",
        "privée",
        "public",
        "publique",
        "spécialisé",
        "psychiatrique",
        "pédiatrique",
        "gériatrique",
        "mutualiste",
        "local",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "et",
        "en",
        "sur",
        "à",
        "au",
        "aux",
        "saint",
        "sainte",
        "st",
        "ste",
        "adultes",
        "enfants",
        "enfant",
        "adulte",
        "femme",
        "mère",
        "nord",
        "sud",
        "est",
        "ouest",
        "centre-ville",
        "dr",
        "pr",
        "docteur",
        "professeur",
        "mme",
        "madame",
        "monsieur",
        "assistance",
        "hospices",
        "civils",
        "biologie",
        "analyses",
        "médicales",
        "soins",
        "suite",
        "santé",
    ]
)
_GENERIC = frozenset(fold(w) for w in GENERIC)
_ARTICLES = frozenset({"Les", "La", "Le", "LES", "LA", "LE"})
# An eponym's noun before a name (« signe de Trousseau », « maladie de Parkinson »): no place there.
_EPONYM_BEFORE = re.compile(
    r"(?i:signe|signes|maladie|syndrome|test|score|classification|manœuvre|manoeuvre|loi|méthode|technique"
    r"|procédé|opération|intervention|triade|réflexe|reflexe|point|ligne|canal|tache|taches)[ \t]+"
    r"(?:de[ \t]+|d['’][ \t]*)$"
)
# A hospital's short acronym, the whole of a finding (« HCC », « JdF »).
_SHORT_ACRONYM = re.compile(r"[A-Z](?:[A-Z]{2,4}|[a-z][A-Z])")
# What opens a sentence before a word: a capital there says nothing.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n•\-–—]|\d[.)])[ \t]*$")


@lru_cache(maxsize=4096)
def _own_name(text: str) -> tuple[str, ...] | None:
    """The words of an establishment's own name in its finding's ``text``, or None (kept per text: the same
    establishments come back from one note to the next)."""
    name = _own_words(text)
    return None if name is None else tuple(name)


def _own_words(text: str) -> list[str] | None:
    words = _WORD.findall(text)
    # an acronym and a region (« CRPV Midi-Pyrénées », « CRA Aquitaine »): the acronym is the kind of
    # centre every region has, the region says which; alone, it names none
    if len(words) >= 2 and words[0].isupper() and words[0].isalpha() and _a_town(" ".join(words[1:])):
        return None
    # a capitalised article inside says where the place's own name starts (« Clinique de rééducation Les
    # Grands Pins »: « Grands Pins », whatever its words)
    articles = [k for k, w in enumerate(words) if k and w in _ARTICLES]
    if articles and articles[0] + 1 < len(words):
        name = words[articles[0] + 1 :]
        while len(name) > 1 and _a_town(name[-1]):
            name.pop()
        return name
    kept = [
        not (
            fold(w) in _KIND_WORDS
            or fold(w) in _GENERIC
            or w in STRUCTURE_ACRONYMS
            or w.upper() in STRUCTURE_ACRONYMS
            or (w.isupper() and len(w) <= 3)
            or (fold(w).startswith(("l'", "d'")) and fold(w)[2:] in _KIND_WORDS)
        )
        for w in words
    ]
    if not any(kept):
        return None
    first = kept.index(True)
    last = len(kept) - 1 - kept[::-1].index(True)
    name = [w for w, k in zip(words[first : last + 1], kept[first : last + 1], strict=True) if k]
    # (the town of the site that ends it: « Les Tilleuls Brantôme » is the home « Tilleuls » of Brantôme)
    while len(name) > 1 and _a_town(name[-1]):
        name.pop()
    # the words must be read as written, with an elision cut (« l'Orangerie » → « Orangerie »)
    name = [w.split("'", 1)[-1].split("’", 1)[-1] if re.match(r"[lLdD]['’]", w) else w for w in name]
    return [w for w in name if w] or None


def _a_town(word: str) -> bool:
    commune = load_lexicon().commune(word)
    return commune is not None or fold(word) in REGIONS or fold(word) in DEPARTMENT_NAMES


@lru_cache(maxsize=4096)
def _distinctive(word: str) -> bool:
    """A word that names this establishment alone: no French word, no first name, no town, no region,
    four characters or more (or with a digit: « Bio24 »)."""
    if len(word) < 4 and not any(c.isdigit() for c in word):
        return False
    if word.isupper() and word in STRUCTURE_ACRONYMS:
        return False
    return (
        not is_common_word(word)
        and not is_common_word(word.lower())
        and not is_first_name(word)
        and not _a_town(word)
        and any(c.isalpha() for c in word)
    )


def establishments_again(
    texts: Sequence[str], findings: list[list[Finding]], min_score: float
) -> list[list[Finding]]:
    """``findings`` with every other occurrence, in any of ``texts``, of an establishment's own name."""
    anywhere: set[str] = set()  # words looked for in any case, as written
    capitalised: set[str] = set()  # names looked for as written or in capitals
    acronyms: set[str] = set()  # short acronyms looked for as written
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.label != Label.ETABLISSEMENT or f.score < min_score:
                continue
            found_text = text[f.start : f.end]
            if _SHORT_ACRONYM.fullmatch(found_text) and an_establishment_acronym(found_text):
                acronyms.add(found_text)
                continue
            name = _own_name(found_text)
            if name is None:
                continue
            for word in name:
                if _distinctive(word):
                    anywhere.add(word)
            if len(name) > 1 or not _distinctive(name[0]):
                phrase = " ".join(name)
                if phrase[:1].isupper() and len(phrase) >= 4 and not _a_town(phrase):
                    capitalised.add(phrase)
                    capitalised.add(phrase.upper())
    if not anywhere and not capitalised and not acronyms:
        return findings
    # the forms to look for, as literals (``str.find``: no pattern to compile for each conversation): the names
    # as written and in capitals, the words with their capital or in capitals (or as written, with a digit)
    forms: dict[str, bool] = {p: True for p in capitalised}  # form → a name (True) or a word (False)
    forms.update(dict.fromkeys(acronyms, False))
    for w in anywhere:
        for form in (w, w.upper(), w[:1].upper() + w[1:].lower()):
            if form[:1].isupper() or any(c.isdigit() for c in form):
                forms.setdefault(form, False)
        if any(c.isdigit() for c in w):
            forms.setdefault(w.lower(), False)
    result: list[list[Finding]] = []
    for text, found in zip(texts, findings, strict=True):
        taken = sorted((f.start, f.end) for f in found if f.score >= min_score)
        added = _again(text, forms, taken)
        result.append([*found, *added] if added else found)
    return result


def _again(text: str, forms: dict[str, bool], taken: list[tuple[int, int]]) -> list[Finding]:
    spans: list[tuple[int, int]] = []
    for form, phrase in forms.items():
        at = text.find(form)
        while at >= 0:
            a, b = at, at + len(form)
            at = text.find(form, b)
            if (a and (text[a - 1].isalnum() or text[a - 1] in "-_")) or (
                b < len(text) and (text[b].isalnum() or text[b] in "-_")
            ):
                continue
            # (a name of French words opening a sentence may be the word: « Jardins fleuris. »)
            if phrase and " " not in form and _SENTENCE_OPENS.search(text, max(0, a - 4), a):
                continue
            spans.append((a, b))
    out: list[Finding] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(s < b and a < e for s, e in taken) or (out and out[-1].end > a):
            continue
        if _EPONYM_BEFORE.search(text, max(0, a - 24), a):
            continue
        out.append(Finding(a, b, Label.ETABLISSEMENT, SCORE, SOURCE))
    return out
