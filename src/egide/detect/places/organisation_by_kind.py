"""ETABLISSEMENT: a business, a child's crèche or a club by its kind and its name (« Carrosserie Vidal »,
« licenciée de l'entreprise Plâtrerie Bonnefoy », « la crèche Les Petits Mousses », « au club Lons
Handball », « agence IntéRhône », « Compagnie des Bateliers du Morvan », « Optique Lafargue »).

Product decision (issue 8, fifteenth session; :mod:`egide.detect.places.organisation_name`): a person's
own organisation is a quasi-identifier, masked as ETABLISSEMENT. French firms name themselves by their
trade then a name (« Menuiserie Gaudin », « Transports Godart », « Boulangerie Delcourt », « Garage des
Tilleuls »): the trade capitalised, in the middle of a clause, opens the firm's name and is masked with
it. A trade or a kind of place in lower case (« l'entreprise », « la crèche », « le club », « l'agence »,
« les chantiers », « la société ») followed directly by a capitalised name (no « de »: « club de
Firminy », « crèche de Montreuil » name a town, read by the places) names the organisation; the name
alone is masked. A name of common words is read only after the kind in lower case, when a capitalised
article opens it (« crèche Les Lucioles »: how a crèche or a home is named) or after a capitalised trade
when one word is no common word.

Stay readable: the trades alone (« travaille dans le bâtiment », « ouvrier en menuiserie »), a kind
followed by a lower-case word or a town after « de », learned societies (« Société Française de
Cardiologie »: common words), the State's bodies and insurers (« agence Pôle emploi », « CPAM »), a
medicine's maker after a firm's kind (« la société Servier », in a drug's context), an education
workshop in capitals (« atelier ETP »: « atelier » is not read), the words that are also medical
(« optique », « audition », « maison » are read only capitalised: « neuropathie optique », « maison de
santé »), an eponym after the kind (« Audition Weber latéralisé »: a test of hearing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_surname
from egide.detect.names.wordlist import words as _words
from egide.detect.needles import Needles
from egide.detect.places.not_a_place import an_eponym_among
from egide.detect.places.organisation_name import (
    NAME,
    a_medicine_maker,
    names_an_organisation,
    trim,
    words_of,
)
from egide.detect.places.written_line import on_one_line

# Kinds read in lower case or capitalised (a business, a child's or a club's place).
_KINDS = _words(
    "transports entreprise entreprises société compagnie chantiers usine usines établissements ets "
    "menuiserie menuiseries boulangerie pâtisserie boucherie charcuterie fromagerie poissonnerie épicerie "
    "garage carrosserie scierie papeterie papeteries métallerie chaudronnerie plomberie maçonnerie "
    "serrurerie imprimerie brasserie restaurant banque laiterie abattoirs conserverie fonderie fonderies "
    "forges verrerie distillerie vignobles coopérative supermarché hypermarché magasin librairie "
    "quincaillerie jardinerie pépinières nettoyage agence crèche micro-crèche halte-garderie garderie "
    "multi-accueil club "
    # a care provider's business at home: the provider of oxygen or devices, the home-help service
    "prestataire saad ssiad spasad psad"
)
# Kinds read only capitalised: in lower case they are also words of care (« neuropathie optique »,
# « maison de santé », « taxi conventionné »). (« atelier » is read in neither: « Atelier ETP diabète ».)
_CAPITALISED_KINDS = _words("maison optique audition coiffure taxi taxis thalasso hôtel auberge")


def _alternatives(kinds: frozenset[str]) -> str:
    forms = {w for k in kinds for w in (k, k.capitalize(), k.upper())}
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


# The kind and its name, matched where a kind's word was found (by ``str.find`` on the lower-case text:
# a scan of the whole text by a pattern of a hundred and fifty alternatives costs ten times more).
_KIND = re.compile(
    rf"(?P<kind>{_alternatives(_KINDS)}|{_alternatives(_CAPITALISED_KINDS)})"
    r"(?P<gap>[ \t]+|[ \t]*\([ \t]*)"
    rf"(?P<name>(?:(?:de[ \t]+la|de[ \t]+l['’]|des|du|d['’]|DE[ \t]+LA|DES|DU|D['’])[ \t]*)?{NAME})"
)
_KIND_WORDS = frozenset(k for kind in _KINDS | _CAPITALISED_KINDS for k in (kind, kind.upper().lower()))


def _trie(words: frozenset[str]) -> str:
    """A pattern of ``words`` as a trie (« ga(?:rage|rderie) »): the regular-expression engine tries a
    branch per letter instead of a word per position, and the scan of a long note costs half."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(c) + pattern(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return pattern(root)


# A kind's word in the lower-case text, after a blank, an elided article, a bracket or a bar, before a
# blank or a bracket (the text's start is read apart). The name after it is matched on the text itself.
_KIND_IN_LOWER = re.compile(rf"[\s'’(|](?P<kind>{_trie(_KIND_WORDS)})(?=[ \t(])")
_CAPITALISED_ONLY = frozenset(_CAPITALISED_KINDS)
# Trades whose firm named by its owner's surname alone is read as the owner (a NOM, by the names and by
# ``transport_company``: « Taxi Lemoine », « Ambulances Brunel »); a longer name is the firm's
# (« Taxi Maripasoula Express »).
_OWNERS_TRADES = frozenset({"taxi", "taxis"})
# Kinds after which any capitalised word is the name: a child's place, a service at home (« crèche
# Pirouette », « SAAD Domicile Plus », « prestataire Oxygène Services »).
_NAMED_BY_ANY_WORD = frozenset(
    {"creche", "micro-creche", "halte-garderie", "garderie", "multi-accueil", "saad", "ssiad", "spasad", "psad",
     "prestataire"}
)  # fmt: skip
_NEEDLES = Needles(sorted({w[:5] for k in _KINDS | _CAPITALISED_KINDS for w in (k, fold(k))}))


class OrganisationByKindRecogniser:
    """ETABLISSEMENT: a firm, a crèche or a club by its kind and its capitalised name."""

    name = "fr_organisation_by_kind"

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_NEEDLES)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _kinds_in(text, doc.lower):
            kind = m["kind"]
            capitalised = kind[0].isupper()
            if not capitalised and kind in _CAPITALISED_ONLY:
                continue
            name_start = m.start("name")
            end = trim(text, name_start, m.end("name"))
            if end <= name_start:
                continue
            name = text[name_start:end]
            if capitalised and fold(name.split()[0]) == fold(kind):
                continue  # « Relève SSIAD SSIAD Aide Service »: the kind repeated, the name opens on the second
            if fold(kind) in _OWNERS_TRADES and len(words_of(name)) == 1 and is_surname(name):
                continue  # « Taxi Lemoine »: its owner, a NOM, as transport_company reads it; the trade stays
            linked = not name[0].isupper()  # « Compagnie des Guides », « Garage du Port »
            if linked and not capitalised:
                continue  # « club de Firminy »: a town, read by the places
            if "(" in m["gap"] and not capitalised and text.find(")", end, end + 3) < 0:
                continue  # a bracket opened after the kind closes after the name (« crèche (Les P'tits Loups) »)
            if "(" in m["gap"] and kind.isupper() and _spells_out(kind, _bracket(text, name_start)):
                continue  # « SSIAD (Service de Soins Infirmiers À Domicile) »: the acronym's expansion, no name
            # (a child's place, a service at home is named by any word: « crèche Pirouette », « SAAD Domicile Plus »)
            any_word = fold(kind) in _NAMED_BY_ANY_WORD
            if capitalised:
                start = m.start("kind")
                ok = names_an_organisation(text[start:end], kind_in_name=True, capitals_name=any_word)
            else:
                start = name_start
                ok = names_an_organisation(name, article_names=True, capitals_name=any_word)
            if not ok or a_medicine_maker(name) or not on_one_line(doc, start, end):
                continue
            if an_eponym_among(fold(w) for w in words_of(name)):
                continue  # « Audition Weber latéralisé »: a test of hearing, no audioprosthetist's shop
            yield Finding(start, end, Label.ETABLISSEMENT, 0.75, self.name)


def _bracket(text: str, start: int) -> str:
    """The words from ``start`` to the bracket that closes there, on the line (empty without one)."""
    close = text.find(")", start, start + 160)
    return "" if close < 0 or "\n" in text[start:close] else text[start:close]


def _spells_out(acronym: str, words: str) -> bool:
    """Whether the words open on the acronym's letters in order, the first on its first (« Service de Soins
    Infirmiers À Domicile » for SSIAD, « Service d'Aide et d'Accompagnement à Domicile » for SAAD): the words
    between may be links (« de », « d' », « à »)."""
    initials = [fold(w)[:1] for w in re.findall(r"[^\W\d_]+", words)]
    letters = fold(acronym)
    if len(letters) < 2 or not initials or initials[0] != letters[0]:
        return False
    i = 0
    for initial in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
    return i == len(letters)


def _kinds_in(text: str, lower: str) -> Iterator[re.Match[str]]:
    """The kinds with a name after them, in the order of the text."""
    end = 0
    first = _KIND.match(text)
    if first is not None:
        end = first.end()
        yield first
    for k in _KIND_IN_LOWER.finditer(lower):
        i = k.start("kind")
        m = _KIND.match(text, i) if i >= end else None
        if m is not None:
            end = m.end()  # (« l'entreprise Transports Godart »: one name, not a second after « Transports »)
            yield m
