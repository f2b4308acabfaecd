"""What an establishment's name goes on with past the words its recognisers read, as headers and notes write
it: the hospital's acronym before a site's name (« CHC Andrée Rosemon », « CH Sainte-Musse »), a second
town after a slash (« CHU DE POINTE-A-PITRE / ABYMES », a hospital of two communes), the site after a dash
or a comma (« BIOLAB SAVOIE - Site d'Aix-les-Bains », « CERBALLIANCE Réunion - site Saint-Paul Centre »),
the public a site receives (« Hôpital Nord adultes »), the two fields of care a group's name ends with
(« GHU Paris psychiatrie & neurosciences »):
the whole is the establishment's name, and a part left in clear tells which one it is.
"""

from __future__ import annotations

import re

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.lexicon import load_lexicon

# A hospital's acronym right before the name found: « CH », « CHU », « GH » and the territory's own
# (« CHC », « GHER », « CHOG »), a psychiatric hospital's status (« EPSM »), a military hospital's (« HIA »).
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-])(?:[CG]H[A-Z]{0,4}|EPSM?|HIA)[ \t]+$")
# A second place after a slash, in capitals (« / ABYMES ») or capitalised (« /Abymes »): the hospital of
# two communes, or of a town and its district.
_SLASH_TAIL = re.compile(r"[ \t]*/[ \t]*(?P<part>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*)(?![\w\-/])")
# The site after a dash or a comma, with « site » said (« - Site d'Aix-les-Bains », « – site Saint-Paul
# Centre », « , site Nord »): up to three capitalised words.
_SITE_TAIL = re.compile(
    r"(?:[ \t]*[—–][ \t]*|[ \t]+-[ \t]+|[ \t]*,[ \t]*|[ \t]+)(?i:site)[ \t]+"
    r"(?:(?i:de|du|des|d['’])[ \t]*(?:(?i:la)[ \t]+|[lL]['’][ \t]*)?)?"
    r"(?P<site>[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*){0,2})(?![\w\-])"
)
# The public a site receives, after its name (« Hôpital Nord adultes », « Hôpital de la Timone Enfants »,
# « CHU Brabois ADULTES »): one site of the establishment, the two of a campus told apart by it.
_PUBLIC_TAIL = re.compile(r"[ \t]+(?:adultes|enfants|Adultes|Enfants|ADULTES|ENFANTS)(?![\w\-])")
# The fields of care a hospital's name ends with, two joined by « & » or « et » (« GHU Paris psychiatrie &
# neurosciences », « Institut Rhône-Alpes cancérologie et hématologie »): a group calls itself so in its
# letterhead; one field alone after a name is its unit (« CHU Rennes pneumologie »), no part of its name.
_FIELD = (
    r"(?i:psychiatrie|neurosciences|santé[ \t]+mentale|cancérologie|oncologie|hématologie|neurologie"
    r"|rééducation|réadaptation|gériatrie|pédiatrie|addictologie|handicap|dépendance|autonomie)"
)
_FIELDS_TAIL = re.compile(rf"[ \t]+{_FIELD}[ \t]*(?:&|et|ET)[ \t]*{_FIELD}(?![\w\-])")
# Units and services an establishment's slash may lead to (« CHU DE NANTES / SAMU »): no second place.
_UNITS = frozenset({"SAMU", "SMUR", "URGENCES", "SERVICE", "UNITE", "UNITÉ", "POLE", "PÔLE", "CEDEX"})
_TITLES = frozenset({"dr", "pr", "docteur", "professeur", "mme", "madame", "monsieur", "m", "mr"})


def _a_place(part: str, in_capitals: bool) -> bool:
    """The word after the slash names a second place: in capitals after a name in capitals, five letters
    or more (no unit's acronym), or a French commune; never a unit or a common word."""
    if part.upper() in _UNITS or part.lower() in _TITLES:
        return False
    if in_capitals:
        return part.isupper() and len(part) >= 5 and not is_common_word(part.lower())
    commune = load_lexicon().commune(part)
    return commune is not None and not commune.abroad and not is_common_word(part)


def extended(text: str, finding: Finding, written: str | None = None) -> Finding:
    """``finding`` (an ETABLISSEMENT) with the acronym before it, the second place after its slash and
    its site after a dash, each when written so on its line; the same finding when none is. ``written``:
    the text as written when ``text`` is its second reading (a line break read as a space), which no
    part added may cross."""
    if finding.label != Label.ETABLISSEMENT:
        return finding
    start, end = finding.start, finding.end
    name = text[start:end]
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 10), start)
    if acronym is not None and not name.startswith(("CH", "GH", "EPS", "HIA")):
        start = acronym.start()
    slash = _SLASH_TAIL.match(text, end)
    if slash is not None and _a_place(slash["part"], name.isupper()):
        end = slash.end()
    fields = _FIELDS_TAIL.match(text, end)
    if fields is not None and text[end - 1 : end].isalpha():
        end = fields.end()
    public = _PUBLIC_TAIL.match(text, end)
    if public is not None and text[start:end].split()[-1][:1].isupper():
        end = public.end()
    site = _SITE_TAIL.match(text, end)
    if site is not None and site["site"].split()[0].lower().rstrip(".") not in _TITLES:
        end = site.end()
    if (start, end) == (finding.start, finding.end):
        return finding
    if written is not None:
        # (« site de Provins⏎Madame »: the next line's first word is no part of it)
        if "\n" in written[start : finding.start]:
            start = finding.start
        if "\n" in written[finding.end : end]:
            end = len(written[: written.index("\n", finding.end, end)].rstrip(" \t"))
            end = max(end, finding.end)
        if (start, end) == (finding.start, finding.end):
            return finding
    return Finding(start, end, finding.label, finding.score, finding.source)
