"""A medical device's brand after the device: « pompe à perfusion Volumat Agilia », « seringue
électrique Bravon Tesla », « moniteur multiparamétrique IntelliVue ».

Biomedical maintenance sheets, nursing handovers and protocols name the device, then its make and
model in capitals; the names' model reads two capitalised words as somebody. The eponyms' rule
(:data:`~egide.detect.names.eponyms.EPONYM_CONTEXT`) covers a brand right after its noun (« pompe
Volumat »); this one reads through what says which device it is, between the noun and the brand: at
most three lower-case words: a complement with « à » or « de » (« à perfusion », « à insuline », « de
transport »; not right before the capital: « le respirateur de Jean Dupont » keeps its person) or an
adjective of a device's kind by its ending (« électrique », « volumétrique », « portable »,
« portatif », « automatisé »; not « les pompes funèbres Thévenet », a business named after somebody).
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Devices that carry a make and a model (keys: folded, lower case).
DEVICES: frozenset[str] = words(
    """
    pompe pompes pousse-seringue pousse-seringues seringue seringues moniteur moniteurs scope scopes
    respirateur respirateurs ventilateur ventilateurs defibrillateur defibrillateurs glucometre
    glucometres lecteur lecteurs tensiometre tensiometres oxymetre oxymetres saturometre echographe
    echographes aspirateur aspirateurs concentrateur concentrateurs nebuliseur nebuliseurs
    electrocardiographe electrocardiographes capteur capteurs perfuseur perfuseurs insufflateur
    """
)
# The links allowed inside the device's words, before a lower-case word.
_LINKS = frozenset({"a", "de", "d'", "du"})
_REACH = 3  # lower-case words between the device and its brand
# The endings of the adjectives that say which kind of device it is.
_ADJECTIVE_ENDINGS = ("ique", "iques", "able", "ables", "ible", "ibles", "if", "ifs", "ive", "ives", "ise",
                      "isee", "ises", "isees")  # fmt: skip


def after_device(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows a device's noun and the lower-case words that qualify it."""
    k = i - 1
    for _ in range(_REACH + 1):
        if k < 0 or toks[k + 1].gap_before != " ":
            return False  # (a comma, a full stop or a line break between: another phrase)
        t = toks[k]
        if t.key in DEVICES:
            return True
        if t.shape != "L" or (t.key in cues.FUNCTION_WORDS and t.key not in _LINKS):
            return False
        if t.key in _LINKS:
            if k + 1 == i:
                return False  # « le respirateur de Jean »: a link right before the capital goes to a person
        elif not (k >= 1 and toks[k - 1].key in _LINKS) and not t.key.endswith(_ADJECTIVE_ENDINGS):
            return False  # neither the complement after « à » / « de » nor an adjective of its kind
        k -= 1
    return False


# A dressing's variant after its brand: silver (« Aquacel Ag+ », « Mepilex Ag », « Urgotul Ag »), the
# chemical symbol no person's name is followed by.
_VARIANTS = frozenset({"Ag", "AG", "Ag+"})


def before_variant(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a dressing's brand: its silver variant « Ag » follows it, one space away."""
    return i + 1 < len(toks) and toks[i + 1].gap_before == " " and toks[i + 1].text in _VARIANTS
