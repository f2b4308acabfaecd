"""ETABLISSEMENT: the bodies that help, protect or coordinate a person at home, named by their acronym
and their territory (« l'ADMR de la Creuse », « Tuteur : UDAF 48 », « ATMP du Morbihan », « SAAD Les
Glycines », « SPASAD du Pays de Retz », « DAC Ouest Bretagne », « DAC 974 Sud », « CCAS de Vierzon »),
or written out (« Association tutélaire du Finistère », « Service d'aide à domicile Les Bleuets »).

A home-help association, a guardianship body, a care-coordination service or a town's social-action
centre is, like a nursing home, where a person is followed: its local branch, named by its department
or its place, narrows who the person is. The acronym alone is the kind of body (« une aide de
l'ADMR », « mesure confiée à l'UDAF », « orientation DAC ») and stays in clear, as « l'aide à domicile »
and « une association tutélaire » do: a territory must follow, as a department's number, a link word
and a capitalised place (« de la Creuse », « du Val de Sèvre »), an article and a proper name (« Les
Glycines ») or a capitalised name that is no French word (a region or a department is).
``establishment`` already reads the médico-social homes' acronyms (SSIAD, HAD, CLIC…).

An association named with its article after its word (« domiciliée à l'association Le Relais Nord »):
its name, as a home's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.needles import Needles
from egide.detect.places.atoms import TOKEN
from egide.detect.places.regions import DEPARTMENT_NAMES, REGIONS
from egide.detect.places.written_line import on_one_line

# home help (ADMR, SAAD, SPASAD: the services of help and care at home), guardianship (UDAF, ATMP:
# the departments' family unions and guardianship associations), care coordination (DAC, since 2022 the
# « dispositif d'appui à la coordination »), the town's and the intercommunal social-action centres (CCAS,
# CIAS), which a social worker's note names with their town as the body that follows the person
_ACRONYM = r"ADMR|UDAF|ATMP|SAAD|SPASAD|DAC|CCAS|CIAS"
# looked for as written, in capitals (as the pattern reads them): a capital letter is rare in a text,
# the search skips from one to the next
_NEEDLES = Needles(["ADMR", "UDAF", "ATMP", "SAAD", "SPASAD", "DAC", "CCAS", "CIAS"])


def _holds_an_acronym(doc: Document) -> bool:
    return _NEEDLES.found_in(doc.text)


# Words joined inside a territory's name (« Val de Sèvre », « Pays de la Loire »).
_JOIN = r"(?:[ \t]+(?:de[ \t]+la|de|du|des|en|sur|et)[ \t]+|[ \t]+(?:d|l)['’]|[ \t]+|-)"
_NAME = rf"{TOKEN}(?:{_JOIN}{TOKEN}){{0,3}}"
_BODY = re.compile(
    rf"""
    (?<![\w-]) (?:{_ACRONYM}) (?![\w])
    (?: [ \t]+ (?P<number> (?:97[1-6]|0[1-9]|[1-8][0-9]|9[0-5]|2[AB]) (?![\w]|[,.][0-9]) ) (?: [ \t]+ (?P<after> {TOKEN} ) )?
      | [ \t]+ (?:de[ \t]+la|de|du|des) [ \t]+ (?P<linked> {_NAME} )
      | [ \t]+ (?:de[ \t]+l|d|l)['’] (?P<elided> {_NAME} )
      | [ \t]+ (?P<article> (?:Les|Le|La|LES|LE|LA)[ \t]+{_NAME} | L['’]{_NAME} )
      | [ \t]+ (?P<bare> {_NAME} )
    )
    """,
    re.VERBOSE,
)
# The same bodies written out, then a link and a capitalised territory or a proper name (« Association
# tutélaire du Finistère », « Union départementale des associations familiales de la Manche », « Service
# d'aide à domicile du Pays de Retz »): « l'aide à domicile », « une association tutélaire » stay in clear.
_WRITTEN = re.compile(
    rf"""
    (?<![\w-])
    (?: (?i: association[ \t]+tut[ée]laire (?: [ \t]+ des[ \t]+majeurs[ \t]+prot[ée]g[ée]s )?
          | union[ \t]+d[ée]partementale[ \t]+des[ \t]+associations[ \t]+familiales
          | service[ \t]+(?: d['’][ \t]*aide (?: [ \t]+ et[ \t]+d['’][ \t]*accompagnement )? [ \t]+ à[ \t]+domicile
              | polyvalent[ \t]+d['’][ \t]*aide[ \t]+et[ \t]+de[ \t]+soins[ \t]+à[ \t]+domicile ) ) )
    (?: [ \t]+ (?:de[ \t]+la|de|du|des|DE[ \t]+LA|DE|DU|DES) [ \t]+ | [ \t]+ (?:de[ \t]+l|d|l|DE[ \t]+L|D|L)['’] | [ \t]+ )
    (?P<name> {_NAME} )
    """,
    re.VERBOSE,
)
# An association named with its article (« domiciliation à l'association Le Relais Nord », « suivi par
# l'association « La Sauvegarde » », « hébergée par l'association Les Amis de Lucie »): a shelter, a postal
# address or a social support, named as a home is; its name only (« association » says the kind).
# « une association de patients », « l'association des diabétiques » (no article and capital) stay in clear.
_ASSOCIATION = re.compile(
    rf"""
    (?<![\w-]) (?:[Aa]ssociation|ASSOCIATION) [ \t]+ (?:[«"“][ \t]*)?
    (?P<name> (?:Les|Le|La)[ \t]+{_NAME} | L['’]{_NAME} )
    """,
    re.VERBOSE,
)
# The national associations, named the same in every town (« l'association La Ligue contre le cancer »,
# « Les Restos du Cœur », « La Croix-Rouge »): a support that identifies nobody, unlike a local shelter or
# a department's association (« Le Relais Nord », « La Sauvegarde »). Folded, as ``_ASSOCIATION`` reads
# them; a local committee's town after the name (« La Croix-Rouge de Vannes ») is read another way.
_NATIONAL_ASSOCIATIONS = frozenset(
    fold(name)
    for name in (
        "La Ligue", "La Croix-Rouge", "Le Secours", "Le Secours populaire", "Le Secours catholique",
        "Les Restos du Cœur", "Les Restaurants du Cœur", "La Cimade", "Les Petits Frères des Pauvres",
        "Les Petits Frères", "La Fondation Abbé Pierre", "Le Planning familial",
    )
)  # fmt: skip
_TOKEN = re.compile(TOKEN)
# Capitalised words after the acronym that open the next words rather than name a territory: a title,
# a weekday or a month, a word that starts a sentence.
_NOT_A_PLACE = frozenset(
    fold(w)
    for w in (
        "Mme", "Mlle", "M", "Mr", "Dr", "Pr", "Docteur", "Madame", "Monsieur", "Tel", "Tél", "Fax", "Contact",
        "Référent", "Référente", "Intervenant", "Intervenante", "Passage", "Visite", "RDV", "Mail", "Email",
    )
)  # fmt: skip


class CareServiceRecogniser:
    """ETABLISSEMENT: a home-help, guardianship or care-coordination body named with its territory."""

    name = "fr_care_service"

    def may_match(self, doc: Document) -> bool:
        return (
            doc.shared_by_readings(_holds_an_acronym)
            or _may_be_written_out(doc.lower)
            or "association" in doc.lower
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if _may_be_written_out(doc.lower):
            for m in _WRITTEN.finditer(text):
                first = _TOKEN.match(text, m.start("name"))
                if (
                    first is not None
                    and fold(first[0]) not in _NOT_A_PLACE
                    and on_one_line(doc, m.start(), m.end())
                ):
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.85, self.name)
        if "association" in doc.lower:
            for m in _ASSOCIATION.finditer(text):
                if fold(m["name"]) in _NATIONAL_ASSOCIATIONS:
                    continue  # « l'association La Ligue contre le cancer »: a national body
                if on_one_line(doc, m.start("name"), m.end("name")):
                    yield Finding(m.start("name"), m.end("name"), Label.ETABLISSEMENT, 0.8, self.name)
        if not doc.shared_by_readings(_holds_an_acronym):
            return
        for m in _BODY.finditer(text):
            if m["number"] is not None:
                # the number, and a region's side after it (« DAC 974 Sud »), not the next words
                after = m["after"]
                end = m.end("after") if after is not None and fold(after) in REGIONS else m.end("number")
            elif (name := m["linked"] or m["elided"] or m["article"]) is not None:
                first = _TOKEN.match(name)
                if first is None or fold(first[0]) in _NOT_A_PLACE:
                    continue
                end = m.end()
            else:
                bare_end = _bare_territory_end(text, m.start("bare"), m.end("bare"))
                if bare_end is None:
                    continue
                end = bare_end
            if on_one_line(doc, m.start(), end):
                yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.85, self.name)


def _may_be_written_out(low: str) -> bool:
    return (
        "tutélaire" in low
        or "tutelaire" in low
        or "associations familiales" in low
        or "service d'aide" in low
        or "service d’aide" in low
        or "service polyvalent" in low
    )


def _bare_territory_end(text: str, start: int, end: int) -> int | None:
    """Where a territory written without a link ends (« DAC Ouest Bretagne », « SAAD Armor Services »):
    the first word is a region, a department or no French word; None for the words of a sentence
    (« DAC Mme Le Goff », « ADMR Passage prévu »)."""
    first = _TOKEN.match(text, start)
    if first is None:
        return None
    word = fold(first[0])
    if word in _NOT_A_PLACE or (first[0].isupper() and len(first[0]) <= 3):
        return None
    whole = fold(text[start:end])
    if word in REGIONS or word in DEPARTMENT_NAMES or whole in REGIONS or whole in DEPARTMENT_NAMES:
        return end
    if is_common_word(first[0]):
        return None
    return end
