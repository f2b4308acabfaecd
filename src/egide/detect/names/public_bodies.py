"""The councils, commissions and services of French health and social care: no person.

« Conseil de la Vie Sociale », « Commission des usagers », « Aide sociale à l'enfance », « Maison
départementale des personnes handicapées »: a home's or a hospital's bodies and the public services
a note names, capitalised as a title, whose words the lists also hold as names (« Conseil », « Vie »,
« Maison », « Aide »). Read as a whole phrase, they are the body; a word alone is left to the rules.
"""

from __future__ import annotations

from egide.detect.names.tokens import Token

#: The bodies, as folded words (an elided article is a word of its own, « l' »).
_PHRASES: tuple[str, ...] = (
    "conseil de la vie sociale",
    "conseil de surveillance",
    "conseil d' administration",
    "conseil de l' ordre",
    "conseil departemental",
    "conseil general",
    "conseil regional",
    "conseil municipal",
    "conseil de famille",
    "commission des usagers",
    "commission medicale d' etablissement",
    "commission des droits et de l' autonomie",
    "comite d' ethique",
    "comite social et economique",
    "maison departementale des personnes handicapees",
    "maison departementale de l' autonomie",
    "maison des adolescents",
    "aide sociale a l' enfance",
    "protection maternelle et infantile",
    "centre communal d' action sociale",
    "caisse primaire d' assurance maladie",
    "caisse d' allocations familiales",
    "agence regionale de sante",
    "haute autorite de sante",
    "assurance maladie",
    "securite sociale",
    "juge des tutelles",
    "juge des enfants",
)
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in _PHRASES:
    _words = tuple(_p.split())
    _BY_FIRST.setdefault(_words[0], []).append(_words)


def public_body_words(toks: list[Token]) -> list[int]:
    """The indices of the words of the bodies ``toks`` names, the first one capitalised."""
    found: list[int] = []
    n = len(toks)
    for k in [k for k, t in enumerate(toks) if t.key in _BY_FIRST]:
        t = toks[k]
        if t.shape not in "CU":
            continue
        for phrase in _BY_FIRST[t.key]:
            end = k + len(phrase)
            if end <= n and all(toks[k + m].key == w for m, w in enumerate(phrase)):
                found.extend(range(k, end))
                break
    return found
