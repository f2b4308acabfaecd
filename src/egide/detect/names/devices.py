"""A medical device's brand after the device: « pompe à perfusion Volumat Agilia », « seringue
électrique Bravon Tesla », « moniteur multiparamétrique IntelliVue ».

Biomedical maintenance sheets, nursing handovers and protocols name the device, then its make and
model in capitals; the names' model reads two capitalised words as somebody. The eponyms' rule
(:data:`~egide.detect.names.eponyms.EPONYM_CONTEXT`) covers a brand right after its noun (« pompe
Volumat »); this one reads through what says which device it is, between the noun and the brand: at
most three lower-case words, « à » or « de » only before another lower-case word (« à perfusion »,
« à insuline », « de transport »), so that « le respirateur de Jean Dupont » keeps its person.
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
        if t.key in _LINKS and k + 1 == i:
            return False  # « le respirateur de Jean »: a link right before the capital goes to a person
        k -= 1
    return False
