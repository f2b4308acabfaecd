"""Internal telephone extensions, only when labelled: « poste 4521 », « bip 312 », « DECT 5678 »,
« poste S67l » (scanned: look-alike letters for digits), « tél. int. 23 45 », « tél. service 72 614 », « tél : 4521 », « joignable au 4521 », « à rappeler au 45 21 »,
« bip de l'interne : 51 23 » (whose extension it is, between the label and the number), « bip réa : 47 220 »
(the unit's word alone between them), « poste 62 418 »
(five digits in two groups), « poste 7 61 84 » (in three), « joignable au 81 21 84 39 » (eight in pairs
after a verb of calling), « joignable au 5 71 38 » (five in three groups, as a switchboard prints
them), « écrire à …@… ou au 45 213 » (after an e-mail address, the other way to reach its owner).

Three to five digits are everywhere in clinical text; the label word makes them an extension. Right before
the number, the label word is masked with it (« [poste 4127] », « [bip 3312] »): writers mark it inside the
number or outside it, and a reader loses nothing but the kind of line (the surrogate keeps the word,
``transform/surrogates/phone.py``).
After a bare « tél » only four or five digits that do not continue into a longer number count.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser, keywords
from egide.detect.recognisers.fr.calling import CALL_STARTS, CALL_VERBS
from egide.detect.recognisers.fr.helplines import HELPLINE_PATTERN

_FILLER = r"[\s:.°n]{0,5}"
# (a length or a weight after it is a measure: « BIP 55 mm » is an ultrasound's biparietal diameter,
# « poste 12 kg » a load, no pager)
_VALUE_END = r"(?!\w|,\d|[ .\-]?\d|\s?(?:mg|ml|g|kg|mm|cm|%|h|min|ans|mmhg|euros?)\b|\s?€)"
_LABELLED = re.compile(
    r"(?P<whole>"
    + keywords(
        [r"poste", r"bip", r"bipper", r"dect", r"t[ée]l\.?\s*int(?:erne)?\.?", r"ligne\s+interne", r"ext\."]
    )
    + _FILLER
    # or four or five characters of a scanned page, look-alike letters for some digits (« poste S67l »,
    # « bip 766B »): after the label word, nothing else is written so
    # or a form's boxes, one digit each (« poste 2 0 1 4 »); a scan may have read every digit as a
    # letter (« DECT lOOS »): then two of them at least are O, o, I or l, the commonest confusions
    # (« bip BOSS » stays a word); or five digits in two groups (« poste 62 418 », « DECT 624.18 ») or
    # in three, the way a switchboard prints them (« poste 7 61 84 », « poste 6.43.12 »)
    + r"(?P<value>\d(?P<sep>[ .])\d{2}(?P=sep)\d{2}|\d(?:[ ]\d){3,4}|\d{2}[ .]\d{2,3}|\d{3}[ .]\d{2}|\d{2,5}"
    + r"|(?:(?=[OoIlSBZ]*\d)|(?=[SBZ]*[OoIl][SBZ]*[OoIl]))[\dOoIlSBZ]{4,5}))"
    + _VALUE_END
)
# « bip de l'interne : 51 23 », « poste du cadre (Mme X) : 4412 »: the label, whose it is, then a colon
# and the number (two digits at least, four in all). A word after the number makes it a count
# (« poste de soins : 12 patients »).
_LABELLED_WHOSE = re.compile(
    keywords([r"poste", r"bip", r"bipper", r"dect"])
    # (its colon, or the cell of a table's row: « Bip de l'interne | 51 23 | »)
    + r"[ \t]+(?:de|du|des|d['’])[ \t]*[^\n:;|\t]{1,40}?[ \t]*[:|\t][ \t]*"
    + r"(?P<value>\d{2}[ .]\d{2}|\d{4,5})"
    + _VALUE_END
    + r"(?![ ]+[^\W\d_]{3,})"  # (a tab ends the cell: the word after it is the next cell's)
)
# « Bip réa : 47 220 », « bip bloc : 47 221 », « DECT cadre : 4412 »: the label, the unit or the role whose
# pager it is in one word (no digit), then a colon and the number (four or five digits, or five in two
# groups as a switchboard prints them). A word after the number makes it a count (« poste soins : 12 lits »).
_LABELLED_UNIT = re.compile(
    keywords([r"poste", r"bip", r"bipper", r"dect"])
    + r"[ \t]+[^\W\d_]{2,12}\.?[ \t]*:[ \t]*"
    + r"(?P<value>\d{2}[ .]\d{2,3}|\d{4,5})"
    + _VALUE_END
    + r"(?![ ]+[^\W\d_]{3,})"
)
_AFTER_TEL = re.compile(
    keywords([r"t[ée]l\.?", r"t[ée]l[ée]phone"])
    # (the place it rings between, « tél. service 72 614 », « tél. du secrétariat : 4412 »: an internal
    # number, five digits in two groups too as a switchboard prints them)
    + r"(?:[ \t]+(?:du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’])?(?i:service|serv\.|unité|secrétariat|secr[ée]t?\.|salle"
    + r"|bureau|labo|accueil|cadre|infirmerie|poste[ \t]+de[ \t]+soins))?"
    + r"[\s:.]{0,4}(?P<value>\d{4,5}|\d{2}[ .]\d{2,3})"
    + _VALUE_END
)

# « joignable au 4521 », « appeler le 45 21 », « à rappeler au 45678 »: a verb of calling (``calling.py``) and the
# number it is called on (four or five digits; eight glued are found as long numbers, ``unexplained.py``);
# five in two groups as a switchboard prints them (« joignable au 45 213 »), and eight in four pairs,
# a number abroad or a site's short number (« joignable au 81 21 84 39 »); not a national helpline
# (``helplines.py``).
_AFTER_CALL = re.compile(
    keywords(CALL_VERBS)
    # (the one to call back between, « rappelle-moi au 4417 », « appelez-nous au 45 21 »)
    + r"(?:[\s-]+(?i:moi|nous|me|lui))?"
    + r"\s+(?:au|à|sur|le)\s+(?:(?:n[°º]|num[ée]ro|poste)\s*)?(?!(?:19|20)\d\d\b)"
    + rf"(?!{HELPLINE_PATTERN})(?P<value>\d{{2}}(?P<pair>[ .])\d{{2}}(?:(?P=pair)\d{{2}}){{2}}|\d{{4,5}}|\d{{2}}[ .]\d{{2,3}}"
    + r"|\d(?P<three>[ .])\d{2}(?P=three)\d{2})"
    + _VALUE_END
)

# « écrire à secretariat@… ou au 45 213 », « dim@… ou le 4521 »: the other way to reach whoever the
# e-mail address is, a number one calls (four or five digits, or five in two groups). Opens on the
# address's « @ ».
_AFTER_EMAIL = re.compile(
    r"@[\w\-]+(?:\.[\w\-]+)+[ \t]+ou[ \t]+(?:par[ \t]+t[ée]l[ée]phone[ \t]+)?(?:au|le|sur)[ \t]+"
    + rf"(?!(?:19|20)\d\d\b)(?!{HELPLINE_PATTERN})(?P<value>\d{{4,5}}|\d{{2}}[ .]\d{{2,3}}|\d(?P<three>[ .])\d{{2}}(?P=three)\d{{2}})"
    + _VALUE_END
)

# Where a label word can start, on the lower-cased text: both patterns open with one, and ``re``
# scans for a look-behind and a case-insensitive alternation five times slower than for these. « ſ »
# and « ı » are there because ``re.I`` reads them as « s » and « i » but lower-casing keeps them.
LABEL_STARTS = ("poste", "poſte", "bip", "bıp", "dect", "tél", "tel", "ligne", "lıgne", "ext.",
                *CALL_STARTS, "@")  # fmt: skip


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.extension",
        label=Label.TELEPHONE,
        patterns=[
            Pattern("labelled", _LABELLED, 0.8, group="whole"),
            Pattern("whose", _LABELLED_WHOSE, 0.75, group="value"),
            Pattern("unit", _LABELLED_UNIT, 0.75, group="value"),
            Pattern("tel", _AFTER_TEL, 0.7, group="value"),
            Pattern("call", _AFTER_CALL, 0.7, group="value"),
            Pattern("after_email", _AFTER_EMAIL, 0.7, group="value"),
        ],
        needles=(
            "poste",
            "bip",
            "dect",
            "tél",
            "tel",
            "ligne",
            "ext.",
            *CALL_STARTS,
            "@",
        ),
        starts=Needles(LABEL_STARTS),
    )
