"""ETABLISSEMENT: an ambulance or patient-transport company by its name (« Ambulances du Léon — fiche
d'intervention », « transporté par les Ambulances Bleues », « AMBULANCES SAINT-ROCH », « Taxi Morvan
conventionné », « taxi conventionné Allo Taxi Brocéliande »).

The company that carries a patient from home names, like a pharmacy, the patient's town and street: its
name is a capitalised name after « Ambulances » (the firm's trade name, in the plural, as every firm in
France writes it), or a name after « Taxi » that « conventionné » ends or opens (the approved taxi of
the health insurance). « ambulance » and « taxi » as words stay in clear (« transport en ambulance »,
« Ambulance demandée », « VSL ou taxi conventionné »): a capitalised name must follow, that is no
title, no vehicle's kind (« Ambulance SMUR », « Ambulances VSL ») and, for the singular, no French word.
A firm named after its owner (« Ambulances Brunel », « AMBULANCES MARTY ») names a person: the surname
alone is a NOM, as « boulangerie Marchand » is, however the line is cased (the names' shop reading, which
gives way on a line in capitals, does not see it there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word, is_surname
from egide.detect.places.atoms import TOKEN
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.written_line import on_one_line

# (a name's words are joined by spaces: a tab ends a table's cell, « AMBULANCES DELMAS⇥Aller simple »)
_JOIN = r"(?:[ ]+(?:de[ ]+la|de|du|des|en|sur|et)[ ]+|[ ]+(?:d|l)['’]|[ ]+|-)"
_NAME = rf"{TOKEN}(?:{_JOIN}{TOKEN}){{0,3}}"
# « du Léon », « de la Vallée », « de l'Odet », « d'Armor », in capitals too
_LINK = r"(?:(?:de[ \t]+la|du|des|de|DE[ \t]+LA|DU|DES|DE)[ \t]+|(?:de[ \t]+l|d|DE[ \t]+L|D)['’])"
_COMPANY = re.compile(
    rf"""
    (?<![\w-])
    (?: (?P<plural> Ambulances|AMBULANCES ) [ \t]+ (?: {_LINK} (?P<linked> {_NAME} ) | (?P<name> {_NAME} ) )
      | (?P<singular> Ambulance|AMBULANCE ) [ \t]+ (?: {_LINK} (?P<linked1> {_NAME} ) | (?P<name1> {_NAME} ) )
      | (?:Taxis?|TAXIS?|taxis?) [ \t]+ (?P<taxi> {_NAME} )
        # (or booked: « taxis Etxeberri réservé 10h », « taxi Morvan commandé pour 14h »)
        (?= [ \t]+ (?i:conventionn|réservée?s?\b|commandée?s?\b|prévue?s?\b) )
      | (?i:taxis?[ \t]+conventionn[ée]s?) [ \t]+ (?P<approved> {_NAME} )
    )
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN)
# A commune this populous names a firm after its town rather than its owner.
_TOWN = 10_000
# Capitalised words after « Ambulance(s) » or « Taxi » that are no company's name: titles, the kinds of
# vehicles and teams, the words of a form's field.
_NOT_A_NAME = frozenset(
    fold(w)
    for w in (
        "Mme", "Mlle", "M", "Mr", "Dr", "Pr", "Madame", "Monsieur", "SMUR", "SAMU", "VSL", "TAP", "ASSU",
        "Taxi", "Taxis", "Bariatrique", "Privée", "Privées", "Agréée", "Agréées", "Conventionné", "Conventionnée",
        "Conventionnés", "Aller", "Retour", "Non", "Oui", "Date", "Heure", "Départ", "Arrivée", "Demandée",
        "Commandée", "Prévue", "Type", "Transport", "Bon", "Prescription", "Le", "La", "Les", "Un", "Une",
    )
)  # fmt: skip


_TAXI = frozenset({"taxi", "taxis"})


class TransportCompanyRecogniser:
    """ETABLISSEMENT: an ambulance or approved-taxi company named."""

    name = "fr_transport_company"

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return "mbulance" in low or "taxi" in low

    def find(self, doc: Document) -> Iterator[Finding]:
        if not self.may_match(doc):
            return
        text = doc.text
        for m in _COMPANY.finditer(text):
            if m["linked"] is not None or m["linked1"] is not None:
                if on_one_line(doc, m.start(), m.end()):
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.85, self.name)
                continue
            group = next(g for g in ("name", "name1", "taxi", "approved") if m[g] is not None)
            words = [t[0] for t in _TOKEN.finditer(text, m.start(group), m.end(group))]
            if group == "approved" and fold(words[0]) in _TAXI and len(words) > 1:
                # « taxi conventionné Taxi Corbières »: the firm's trade name opens on « Taxi » itself
                words = words[1:]
            if fold(words[0]) in _NOT_A_NAME:
                continue
            # a singular « Ambulance » or a « Taxi » before a French word is a sentence's noun
            # (« Ambulance Rapide demandée »); the plural trade name may be an adjective (« Bleues »)
            if group != "name" and all(is_common_word(w) for w in words):
                continue
            start = m.start(group) if group == "approved" else m.start()
            # (« Taxi » stays with its owner's name: the word alone reads as a given name to the model)
            if group in ("name", "name1") and len(words) == 1 and _owner(words[0]):
                if on_one_line(doc, m.start(group), m.end(group)):
                    yield Finding(m.start(group), m.end(group), Label.NOM, 0.85, self.name)
                continue
            if on_one_line(doc, start, m.end(group)):
                yield Finding(start, m.end(group), Label.ETABLISSEMENT, 0.85, self.name)


def _owner(word: str) -> bool:
    """The one word after « Ambulance(s) » is its owner's surname: a surname of the lists, no
    French word (« Ambulances Vertes », « Ambulances Petit » stay the firm's) nor a town (« Ambulances
    Vienne »: a firm named after its town; a village's name is many a surname, « Lacoste », « Brunel »)."""
    if not is_surname(word) or is_common_word(word):
        return False
    commune = load_lexicon().commune(word)
    return commune is None or commune.population < _TOWN
