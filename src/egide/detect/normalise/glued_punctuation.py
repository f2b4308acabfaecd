"""Punctuation typed without the space after it read with one: « Dr Sénéchal,Kirchstrasse 14,4051 Basel »,
« IPP:4471290 », « Sainte-Marie.Mère », « (1996,2001)à la clinique ».

A note typed in a hurry, a paste from a narrow field or an OCR that lost the spaces glues the next
word to a comma, a colon, a closing bracket or a full stop. The recognisers read a postcode, a street,
a name or a number as a word of its own (« 13005 » after « , », « Kirchstrasse 14 » after a comma, a
name after « . »); glued to the punctuation before it, each is a piece of a longer token. A space is
inserted after:

* a comma before a letter or a digit, but between two digits when they read as a decimal (« 1,5 »,
  « 37,5 », « UI/0,4 », « 1234567,50 € »); a comma between two numbers of four digits or more, after a
  day and a month, or before a postcode and its town or a house number and its street separates two
  numbers (« (1996,2001) », « 3/11,5/11 », « Kirchstrasse 14,4051 Basel », « 13005,8 rue Saint-Pierre »);
* a colon after a letter or a bracket (a space between, as French writes it, too: « Adresse :19 rue »)
  before a letter or a digit (« IPP:4471290 », « Date:Fri »),
  not in a chunk with two colons or more (« urn:oid:1.2.250… », a time « 10:30:00 », an IPv6 address),
  nor after a scheme (« http: », « mailto: », « tel: »);
* a closing bracket before a letter or a digit (« (1982)consult », « né(e)1972 »);
* a full stop after a letter or a digit before a capitalised word (« Sainte-Marie.Mère », « J.Vayssière »,
  « Dr.Becker ») or an article (« trois av.de la Libération »), not in an address on the internet (a
  chunk with « @ », « :// » or « www. »), nor after a lone « M » (« M.Técher »: an initial or a title,
  which the name readers tell by the glued dot) or « MM » (« MM.Morange », the plural title).

The commas of a text that holds a comma-separated export (a line of four fields or more with no space)
are left as written: its column readers read the rows so. Offsets map back to what the user wrote (an inserted space stands for no character). Text whose every
punctuation mark has its space pays one scan.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

# A comma, a colon or a closing bracket glued to a letter or a digit after it; a full stop glued to a
# capitalised word (a capital, then a lower-case letter).
_GLUED = re.compile(r"[,:)](?=[^\W_])|\.(?=[A-ZÀ-Þ][a-zß-ÿ]|(?:de|du|des|la|le|les)\b|d['’])")
_SCHEMES = frozenset(
    {"http", "https", "ftp", "file", "mailto", "tel", "urn", "oid", "data", "cid", "sip", "fax"}
)
_INTERNET = re.compile(r"@|://|www\.", re.IGNORECASE)
# The characters of a chunk (no space) around a position.
_CHUNK_STOP = " \t\n"
# A line of four fields or more separated by commas with no space anywhere: the header or a row of a
# comma-separated export (« id,date,motif,tel_sms,code_postal »); its commas are left as written.
_CSV_LINE = re.compile(r"(?m)^[^ \t\n,]*(?:,[^ \t\n,]*){3,}$")
# Four or five digits and a capitalised word after a comma: a postcode and its town, no decimals.
_POSTCODE_AND_TOWN = re.compile(r"[0-9]{4,5}[ \t]+[A-ZÀ-Þ]")
# A house number, the type of its street and its capitalised name after a comma (« 41 cours Gambetta »,
# « 8 rue de la Paix »; not « à 2,5 rue près »).
_HOUSE_NUMBER = re.compile(
    r"[0-9]{1,4}(?:[ \t]?(?:bis|ter))?[ \t]+(?i:rue|avenue|av|bd|boulevard|chemin|all[ée]e|place|impasse|route"
    r"|cours|quai|square|r[ée]sidence|lotissement|cit[ée])\.?(?:[ \t]+(?:de|du|des|la|le|les))*(?:[ \t]+|[ \t]*[dl]['’])"
    r"[A-ZÀ-Þ]"
)
# Up to this many digits before a comma between digits, a decimal (« 37,5 », « 1 234,56 »).
_DECIMAL_DIGITS = 3


def _chunk(text: str, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and text[start - 1] not in _CHUNK_STOP:
        start -= 1
    end = i
    while end < len(text) and text[end] not in _CHUNK_STOP:
        end += 1
    return start, end


def _letter_alone(text: str, i: int) -> bool:
    """``text[i]`` is a letter with no letter or digit on either side."""
    return (
        text[i].isalpha()
        and (i == 0 or not text[i - 1].isalnum())
        and (i + 1 >= len(text) or not text[i + 1].isalnum())
    )


def _comma_between_numbers(text: str, i: int) -> bool:
    """The comma at ``i`` between two digits separates two numbers, not a decimal's parts."""
    k = i
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    right = i + 1
    while right < len(text) and text[right].isdigit():
        right += 1
    if i - k > _DECIMAL_DIGITS and right - (i + 1) > _DECIMAL_DIGITS:
        return True  # « (1996,2001) »: two numbers of four digits or more (« 1234567,50 € » is one)
    if _POSTCODE_AND_TOWN.match(text, i + 1) or _HOUSE_NUMBER.match(text, i + 1):
        # « Kirchstrasse 14,4051 Basel »: a house number, then a postcode and its town; « LYON 3,41
        # cours Gambetta »: a district, then a house number and its street
        return True
    # « 3/11,5/11 »: a day and its month before it, the comma lists dates
    return k >= 2 and text[k - 1] == "/" and text[k - 2].isdigit()


def _space_after(text: str, i: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i else ""
    if mark == ":" and before in (" ", "\t") and i >= 2 and text[i - 2].isalnum():
        before = text[i - 2]  # « Adresse :19 rue… »: a colon spaced before it, as French writes it
    if not before or not (before.isalnum() or before in ")]"):
        return False
    if mark == ",":
        if _letter_alone(text, i - 1) and _letter_alone(text, i + 1):
            return False  # « N,N-diméthyl »: a chemical name's positions
        return not (before.isdigit() and text[i + 1].isdigit()) or _comma_between_numbers(text, i)
    if mark == ")":
        return True
    start, end = _chunk(text, i)
    if mark == ":":
        if before.isdigit():
            return False  # « 10:30 », « T14:31 »
        if text.count(":", start, end) > 1:
            return False  # « urn:oid:1.2.250… », « 10:30:00 », an IPv6 address
        word = text[start:i].lstrip("([\"'«").lower()
        return word not in _SCHEMES
    if before == "M" and (i == 1 or not text[i - 2].isalnum()):
        # « M.Técher » in a table's cell: « M » glued to a surname is an initial as much as a title, and
        # the name readers tell it by the glued dot; it stays as written
        return False
    if text[i - 2 : i] == "MM" and (i == 2 or not text[i - 3].isalnum()):
        return False  # « MM.Morange et Guen »: the plural title, glued as « M.Millerand » is
    return _INTERNET.search(text, start, end) is None  # a full stop


def read_glued_punctuation(draft: Draft) -> None:
    """Insert a space after a comma, a colon, a closing bracket or a full stop glued to the next word."""
    text = draft.text
    edits: list[Edit] = []
    csv: bool | None = None  # whether a line of the text is a comma-separated export's, asked once
    for m in _GLUED.finditer(text):
        i = m.start()
        if text[i] == ",":
            if csv is None:
                csv = _CSV_LINE.search(text) is not None
            if csv:
                continue  # the commas of an export's rows, which its column readers read as written
        if _space_after(text, i):
            edits.append((i + 1, i + 1, " "))
    draft.apply(edits)
