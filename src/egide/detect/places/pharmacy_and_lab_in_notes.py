"""ETABLISSEMENT: a pharmacy or a laboratory named in a hurried note or a table's cell (« commandes
pharma pharmacie Centrale de Privas », « passer à la pharmacie des Tilleuls », « labo Biolam passe à
11h », « prélevé par Cerballiance Lorient », a cell « Laboratoire Bio Santé Quimper »).

Where a patient's medicines are dispensed and blood is taken says where the patient lives, as a clinic
does. ``establishment`` reads « Pharmacie » capitalised and ``laboratory`` a laboratory after its type;
a note types « pharmacie » and « labo » in lower case, and a table gives the network's brand alone.
Four ways:

- « pharmacie » in lower case, then a capitalised name or a link and a capitalised name (« pharmacie
  du Marché »): « la pharmacie de garde », « pharmacie hospitalière », « pharmacie du CHU » stay in clear,
  « la pharmacie de Vienne » is the town's pharmacy, its town found by ``city``;
- « labo » or « laboratoire » in lower case, then one capitalised word that is no maker of medicines (the
  public medicine database's makers: « laboratoire Pfizer », « labo Biogaran »), no French word and no
  commune, and no second capitalised word (two are ``laboratory``'s network and town);
- the brand of a laboratory network (``data/laboratory_networks.txt``: « Cerballiance », « Biogroup »), anywhere,
  with the commune of its site after it;
- a table's cell (between tabulations or a line's ends) that opens with « Laboratoire » or « Labo » and
  ends with a commune: the laboratory and its site, whatever its name (« Bio Ouest » is no maker's name
  though « Bio » alone is one).

A maker in a leaflet is written « Laboratoire(s) » capitalised, before its address, not in a cell
ending with a town: it stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medicines import laboratory_names
from egide.detect.needles import Needles
from egide.detect.places.atoms import TOKEN
from egide.detect.places.laboratory import network_names
from egide.detect.places.lexicon import commune_after, load_lexicon
from egide.detect.places.written_line import on_one_line

_JOIN = r"(?:[ \t]+(?:de[ \t]+la|de|du|des|sur|en)[ \t]+|[ \t]+(?:d|l)['’]|[ \t]|-)"
_NAME = rf"{TOKEN}(?:{_JOIN}{TOKEN}){{0,3}}"
_PHARMACY = re.compile(
    rf"(?<![\w-])pharmacie[ \t]+(?:(?P<link>de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|l['’])[ \t]*)?(?P<name>{_NAME})"
)
_LAB = re.compile(rf"(?<![\w-])(?:labo|laboratoire)[ \t]+(?P<brand>{TOKEN})(?![\w'’-])")
_CELL = re.compile(
    r"(?:^|(?<=\t))(?:Laboratoire|LABORATOIRE|Labo|LABO)[ \t]+(?P<rest>[^\t\n]+?)[ \t]*(?=\t|\n|$)", re.M
)
_CELL_NAME = re.compile(rf"{TOKEN}(?:{_JOIN}{TOKEN}){{1,5}}")
_TOKEN = re.compile(TOKEN)
# Capitalised words after « pharmacie » that name no pharmacy: the hospital's own (« pharmacie du CHU »,
# « PUI »), a title, a weekday or a month of a note.
_NOT_A_PHARMACY = frozenset(
    fold(w)
    for w in (
        "CHU", "CH", "CHR", "CHRU", "PUI", "GHT", "EHPAD", "Mme", "M", "Mr", "Dr", "Pr", "Madame", "Monsieur",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "OK", "RAS", "Tel", "Tél",
        # « appel pharmacie Pharmacie des Halles »: the name with its own type, which ``establishment`` reads;
        # « pharmacie de l'Hôpital de Cornouaille »: a hospital's own pharmacy, the hospital read there too
        "Pharmacie", "Hôpital", "Hôpitaux", "Clinique", "Polyclinique", "Centre", "Institut", "Groupe",
    )
)  # fmt: skip


@cache
def _networks() -> tuple[Needles, re.Pattern[str]]:
    makers = laboratory_names()
    # the list ``laboratory`` reads, as written and in capitals, longest first; a brand that the public
    # medicine database also lists as a maker is left out (its leaflets)
    forms = [f for f in network_names() if fold(f) not in makers]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    # the longest words as written: a capital letter is rare in a text, the search skips to the next
    return Needles(sorted({max(reversed(f.split()), key=len) for f in forms})), pattern


def _holds_a_network(doc: Document) -> bool:
    return _networks()[0].found_in(doc.text)


class PharmacyAndLabInNotesRecogniser:
    """ETABLISSEMENT: a pharmacy or a laboratory named in a note or a table's cell."""

    name = "fr_pharmacy_lab_in_notes"

    def may_match(self, doc: Document) -> bool:
        return "pharmacie" in doc.text or "labo" in doc.lower or doc.shared_by_readings(_holds_a_network)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "pharmacie" in text:
            yield from self._pharmacies(doc)
        if "labo" in doc.lower:
            if "labo" in text:
                yield from self._labs(doc)
            if "Labo" in text or "LABO" in text:
                yield from self._cells(doc)
        if doc.shared_by_readings(_holds_a_network):
            lexicon = load_lexicon()
            for m in _networks()[1].finditer(text):
                end = m.end()
                # the site's commune after the brand (« Cerballiance Lorient »)
                if end + 1 < len(text) and text[end] in " \t" and text[end + 1].isupper():
                    found = commune_after(lexicon, text, end + 1, min(len(text), end + 40))
                    if found is not None and not found[1].ambiguous:
                        end = found[0]
                if on_one_line(doc, m.start(), end):
                    yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.85, self.name)

    def _pharmacies(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lexicon = load_lexicon()
        for m in _PHARMACY.finditer(text):
            first = _TOKEN.match(text, m.start("name"))
            if first is None or fold(first[0]) in _NOT_A_PHARMACY:
                continue
            # « la pharmacie de Vienne »: the town's pharmacy, its town found by ``city``
            if m["link"] in ("de", "d'", "d’") and lexicon.commune(m["name"]) is not None:
                continue
            if on_one_line(doc, m.start(), m.end()):
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.85, self.name)

    def _labs(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        makers = laboratory_names()
        lexicon = load_lexicon()
        for m in _LAB.finditer(text):
            brand = m["brand"]
            after = m.end()
            # a second capitalised word is ``laboratory``'s network and town
            if re.match(rf"[ \t]+{TOKEN}", text[after : after + 40]) and not re.match(
                r"[ \t]+(?:Le|La|Les|À|A)[ \t]", text[after : after + 6]
            ):
                continue
            if (
                fold(brand) in makers
                or is_common_word(brand)
                or (brand.isupper() and len(brand) <= 4)
                or lexicon.commune(brand) is not None
            ):
                continue
            if on_one_line(doc, m.start("brand"), m.end("brand")):
                yield Finding(m.start("brand"), m.end("brand"), Label.ETABLISSEMENT, 0.85, self.name)

    def _cells(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        makers = laboratory_names()
        lexicon = load_lexicon()
        for m in _CELL.finditer(text):
            # a name of capitalised words only (« Bio Ouest Vannes »), not a sentence in a cell
            if _CELL_NAME.fullmatch(m["rest"]) is None:
                continue
            words = [(t.start(), t.end()) for t in _TOKEN.finditer(text, m.start("rest"), m.end("rest"))]
            for k in range(1, len(words)):  # the commune: the last words, the longest first
                commune = lexicon.commune(text[words[k][0] : words[-1][1]])
                if commune is None or commune.abroad or commune.ambiguous:
                    continue
                name = fold(text[words[0][0] : words[k - 1][1]])
                if name not in makers and on_one_line(doc, m.start(), words[-1][1]):
                    yield Finding(m.start(), words[-1][1], Label.ETABLISSEMENT, 0.85, self.name)
                break
