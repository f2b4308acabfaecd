"""An office held by a person, written after the name and a comma, is masked with the name (issue #8,
OCR'd press): « M. [Jules Ferry, président du conseil]. », « M. [Monier, juge d'instruction], a été
chargé », « Me [RAGUIDEAU, notaire au Mans] », « M. [Herlory, président du F.C. Metz] ».

Why: an office of state, of justice or at the head of a body names its holder nearly as well as the
name does (one deputy of Orthez, one notary's office at Le Mans, one president of a club), so the
office left in clear after a masked name says who was meant; and hand-annotated press puts the
apposition inside the person's span. The words up to the next comma, semicolon, colon, bracket or
sentence end are the office's (« député d'Orthez et auteur d'une proposition de loi … »), and a
second office after the next comma goes with it (« MM. [Eugène Frot, député, ancien ministre] »).

What stays readable, since a clinical reader needs it:
- the care roles and trades (« Dr Martin, cardiologue », « M. Durand, boulanger »): not offices here;
- an occupation a patient may have (« Mme Roux, secrétaire », « M. Petit, directeur commercial »,
  « M. Blanc, professeur de mathématiques »): an office that any employee may hold is masked only
  with its complement naming a body or a place, a capitalised word after « de », « à » (« secrétaire
  général de la Ligue », « notaire au Mans », « rédacteur du Pays »); the offices of state, elected
  and at a body's head (« député », « ministre », « président ») are masked bare;
- an age, a date or any figure after the name (« Mme X, 25 ans »): a gap holding a digit ends nothing
  but stops the reading, nothing is masked.

Only after a name that a finding already holds, one look at the words after it: no scan of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.naming import ROLE_KEYS
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Offices that name their holder alone, after the name and a comma (folded): of state, elected, of
#: diplomacy, at the head of a body (« Ronjat, sénateur », « Guerry, président »).
_PUBLIC_OFFICES = words(
    """
    ministre depute deputee senateur senatrice prefet prefete sous-prefet sous-prefete maire
    batonnier ambassadeur ambassadrice consul president presidente vice-president vice-presidente
    rapporteur rapporteuse gouverneur procureur chancelier haut-commissaire bourgmestre echevin
    landammann
    """
) | (
    # the ranks, nobility and clergy of :data:`naming.ROLE_TITLES` (« Albert, roi des Belges »,
    # « Durand, général de brigade », « X, évêque de Nancy »), but « major » (« Martin, major de
    # promotion », the head nurse « infirmière major ») and the words that are no office
    ROLE_KEYS - words("major sieur citoyen citoyenne signor signora senor senora lord sir")
)
#: Offices that any employee may hold: masked with the name only with a complement naming a body or a
#: place (« secrétaire général de la Ligue », « directeur de l'Œil de Paris »), folded.
_OFFICES_OF_A_BODY = words(
    """
    conseiller conseillere juge substitut avocat avocate notaire huissier greffier commissaire
    secretaire tresorier tresoriere directeur directrice redacteur redactrice reporter correspondant
    correspondante delegue deleguee administrateur administratrice inspecteur inspectrice responsable
    professeur membre fondateur fondatrice envoye envoyee attache attachee chef syndic
    """
)
#: What makes a councillor an elected one (folded, both genders).
_COUNCILS = words(
    """
    federal national municipal communal general regional departemental administratif
    federale nationale municipale communale generale regionale departementale
    """
)
#: Offices of justice and police written in two or three words, public once whole (« juge
#: d'instruction », « commissaire de police », « avocat général »), by their first word (folded).
_PUBLIC_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "commissaire": (("de", "police"),),
    "avocat": (("general",),),
    "substitut": (("du", "procureur"),),
    "chef": (("du", "gouvernement"), ("de", "l'", "etat"), ("d'", "etat-major"), ("de", "cabinet")),
    "garde": (("des", "sceaux"),),
    # an elected councillor (« X, conseiller fédéral », « conseillère municipale »), not a counsellor
    **{
        head: (*((adjective,) for adjective in _COUNCILS), ("d'", "etat"), ("aux", "etats"))
        for head in ("conseiller", "conseillere", "conseillers")
    },
    "juge": (("d'", "instruction"), ("de", "paix"), ("des", "enfants"), ("federal",), ("cantonal",)),
}
#: Words that may stand before the office: « ancien ministre », « le ministre des Affaires
#: étrangères », « l'actuel maire », « premier ministre » (folded).
_BEFORE_OFFICE = words(
    "ancien ancienne anciens ex futur future nouveau nouvel nouvelle actuel actuelle premier premiere"
    " le la l' les"
)
#: The words an office phrase may open with (folded, plurals included): the only words looked at
#: after a comma before anything else is read.
_OPENERS = frozenset(
    w + plural
    for w in _PUBLIC_OFFICES | _OFFICES_OF_A_BODY | frozenset(_PUBLIC_PHRASES) | _BEFORE_OFFICE
    for plural in ("", "s")
)
_START = attrgetter("start")
#: The prepositions whose complement names the body or the place (folded: « à » is « a »).
_PREPOSITIONS = words("de du des d' a au aux")
#: The words of an office phrase, at most, after its head: longer, it is no apposition.
_MAX_WORDS = 20
#: What ends an office phrase in the gap after a word: a comma, a semicolon, a colon, a bracket, a
#: dash between spaces, a blank line; a sentence's dot is read apart (« F.C. Metz »); quotes go on
#: (« présidente du Cercle « Arts et Lettres » »).
_ENDS = re.compile(r"[,;:!?()\[\]]|\n\s*\n|\s[-–—]\s|—")
#: Titles that say a word after them is another person's name (« directeur de M. Durand »).
_TITLES = frozenset(
    {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Dr", "Pr", "Mgr", "Monsieur", "Madame"}
)
_DIGIT = re.compile(r"\d")
_COMMA = re.compile(r"\s*,\s*")


def _office(toks: list[Token], k: int) -> str | None:
    """``public`` or ``body`` when word ``k`` is an office in lower case (or in a line in capitals),
    plural included (« notaires »)."""
    t = toks[k]
    if t.shape not in ("L", "U"):
        return None
    for key in (t.key, t.key[:-1] if t.key.endswith("s") else ""):
        if key in _PUBLIC_OFFICES:
            return "public"
        for phrase in _PUBLIC_PHRASES.get(key, ()):
            if [w.key for w in toks[k + 1 : k + 1 + len(phrase)]] == list(phrase):
                return "public"
        if key in _OFFICES_OF_A_BODY:
            return "body"
    return None


def _ends_after(t: Token, nxt: Token | None) -> bool:
    """The gap after ``t`` ends the office phrase."""
    gap = t.gap_after if nxt is None else nxt.gap_before
    if nxt is None or _ENDS.search(gap):
        return True
    # a dot ends it unless it closes an initial or an acronym's letter (« F.C. Metz », « J.-L. »)
    return "." in gap and not (t.shape == "I" or len(t.text) == 1)


def _office_end(toks: list[Token], j: int) -> int | None:
    """The index after the last word of an office phrase starting at word ``j``, right after a name
    and its comma, or ``None`` when the words there are no office."""
    k = j
    while k < len(toks) and k < j + 2 and toks[k].shape == "L" and toks[k].key in _BEFORE_OFFICE:
        if _ends_after(toks[k], toks[k + 1] if k + 1 < len(toks) else None):
            return None
        k += 1
    if k >= len(toks):
        return None
    kind = _office(toks, k)
    if kind is None:
        return None
    loud = toks[k].shape == "U"
    complement = False
    preposition = False
    quotes = 0
    last = k
    while True:
        t = toks[last]
        if loud and t.shape not in ("U", "I"):
            return None  # « MINISTRE DES FINANCES »: a line in capitals, every word of it
        if t.shape == "L" and t.key in _PREPOSITIONS:
            preposition = True
        elif (preposition and t.shape in ("C", "U", "I") and not loud) or (loud and last > k):
            complement = True  # « notaire au Mans »; on a line in capitals, any word after the office
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None and _DIGIT.search(nxt.gap_before):
            return None  # « X, député en 1936 », « X, directeur, 25 ans »: a figure, no office read
        if _ends_after(t, nxt):
            if quotes:
                return None  # a quote the OCR left open: where the office ends is unknown
            break
        if nxt is not None:
            opened = nxt.gap_before.count("«")
            if quotes and opened:
                return None  # a second quote before the first closed: the phrase ran on
            quotes += opened - nxt.gap_before.count("»")
            if quotes < 0 or ("»" in nxt.gap_before and quotes == 0):
                break  # « présidente du Cercle « Arts et Lettres » »: the quoted name closes it
        last += 1
        if last - k > _MAX_WORDS:
            return None
    if kind == "body" and not complement:
        return None
    return last + 1


def with_offices_after(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each person name followed by a comma and an office ended after the office (and
    after a second office after the next comma)."""
    if not toks or not found:
        return found
    # where a word that may open an office follows a comma, by the end of the word before the comma:
    # one pass over the words, and most texts have none
    after_comma = {
        toks[j - 1].end: j
        for j in range(1, len(toks))
        if toks[j].key in _OPENERS and _COMMA.fullmatch(toks[j].gap_before)
    }
    if not after_comma:
        return found
    names = sorted(f.start for f in found if f.label is Label.NOM)
    out = []
    for f in found:
        if f.label is Label.NOM and f.end in after_comma:
            end = _after_offices(toks, after_comma, f.end, names)
            if end > f.end:
                f = f.shifted(f.start, end)
        out.append(f)
    return out


def _after_offices(toks: list[Token], after_comma: dict[int, int], end: int, names: list[int]) -> int:
    """Where the name ending at ``end`` ends with the offices after it."""
    for _ in range(2):  # « Eugène Frot, député, ancien ministre »: two offices at most
        j = after_comma.get(end)
        if j is None:
            return end
        stop = _office_end(toks, j)
        if stop is None:
            return end
        new_end = toks[stop - 1].end
        i = bisect_left(names, toks[j].start)
        while i < len(names) and names[i] < new_end:
            k = bisect_left(toks, names[i], key=_START)
            if k > 0 and toks[k - 1].text in _TITLES:
                return end  # « secrétaire de M. Durand »: another person, not one person's office
            i += 1  # « président du F.C. Metz »: the body's name, read as a name
        end = new_end
    return end
