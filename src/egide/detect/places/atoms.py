"""Pieces shared by the place recognisers: capitalised name chunks and the words that glue them.

Compile with ``re.VERBOSE`` and *without* ``re.IGNORECASE``: capital letters carry the signal
(« à Tours » is a city, « à tours de rôle » is not).
"""

from __future__ import annotations

# Latin letters beyond Latin-1, as names of places abroad write them (« Łódź », « Chișinău », « İzmir »,
# « Đà Nẵng »): Latin Extended-A and B and Latin Extended Additional, split by case.
_EXTENDED = [chr(c) for r in (range(0x100, 0x250), range(0x1E00, 0x1F00)) for c in r]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zà-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
# One capitalised or all-caps word, possibly with an elided article (« L'Haÿ », « d'Hères » is a connector).
TOKEN = rf"[{UPPER}][{LOWER}{UPPER}]*(?:['’][{UPPER}{LOWER}]+)?"
# The small words inside place names: « Saint-Martin-d'Hères », « Aix-en-Provence », « Bourg-la-Reine ».
LINK_WORD = r"(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux|au|et|SUR|SOUS|EN|LES|LE|LA|DE|DU|DES|AUX|AU|ET)"
ELIDED = r"(?:d['’]|l['’]|D['’]|L['’])"
SEP = r"(?:[ \t]*-[ \t]*|[ \t]+)"
# « Pointe-à-Pitre »; an elided article may follow « à » or a link word (« Morne-à-l'Eau »,
# « Saint-Georges-de-l'Oyapock »).
# Two link words, hyphens around them, inside one compound name (« Mauzé-sur-le-Mignon », « Saint-Georges-de-la-
# Couée », « Marcilly-sur-les-Bois »): with hyphens only, so that « Rue de la Paix » in a sentence stays apart.
CONNECT = (
    rf"(?:-{LINK_WORD}-{LINK_WORD}-{ELIDED}?"
    rf"|[ \t]*-[àÀ]-[ \t]*{ELIDED}?|{SEP}(?:{LINK_WORD}{SEP}{ELIDED}?|{ELIDED})?|{SEP}?{ELIDED})"
)
# A run of capitalised words joined by spaces, hyphens and link words: « Saint-Étienne »,
# « Boulogne-Billancourt », « Le Havre », « Les Sables-d'Olonne », « Paris Cedex ».
CHUNK = rf"{TOKEN}(?:{CONNECT}{TOKEN}){{0,7}}"
# A street named by its number at its crossing with another, as Dakar's grid and other towns of West
# Africa write an address (« rue 22 x 17 », « rue 6 x Blaise Diagne », « avenue 10 angle rue 15 »): the
# type, a number, « x » or « angle », then the other street's number or capitalised name. A type and a
# number alone (« rue 22 ») are left out: a code or a version as often (« FG 2025 »).
CROSSING_STREET = (
    r"(?i:rue|avenue|boulevard|bd)[ \t]+[0-9]{1,4}[ \t]*"
    r"(?:[xX×]|(?i:angle)(?:[ \t]+(?i:rue|avenue|av\.|bd|boulevard))?)[ \t]*"
    rf"(?:[0-9]{{1,4}}|[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w])"
)
