"""A product's batch, a supplier's return and a code's letters identify no patient: « lot 41R772 »,
« Lot de la plaque PP-2611-0447 », « n° de lot : 24B0417-C », « Retour fournisseur n° RF-2026-118 »,
« Référence interne : REF-0193 ».

Traceability of implants, devices and medicines writes the batch (« lot ») or the supplier's reference
of the thing, not of the person: the fail-closed rule on letters-and-digits codes reads them as
identifiers, the name rules read « Lot » (a département, a surname) or the letters of a code as a name.

* An identifier right after a batch's or a supplier's cue (« lot », « n° de lot », « numéro de lot »,
  « lot du dispositif », « lot de la plaque », « retour fournisseur », « réf. fournisseur »,
  « référence catalogue », an emergency trolley's « scellé »), with « n° » and a colon allowed between:
  the thing's. A stay's or a
  patient's number keeps its own labels (« n° de séjour », « IPP », « dossier »), which are no such cue.
* An identifier after a bare « référence » or « réf. » in a sentence that names a batch too (« Stent,
  lot n° 5528A-17, référence 1012455-28 »): the device's.
* The word « Lot » opening such a cue (« Lot de la plaque … », « Lot n° … »): the noun, not the
  département nor a name.
* Two to four capitals glued by a hyphen to digits (« REF-0193 », « ABC-12 »): a code's prefix; no
  name is written so. (A file's name is written with the patient's: « CR_MICHAUT_20261208.pdf »,
  « ROBINCELINE-04021985 »: longer, or joined by « _ », they stay.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled

_IDENTIFIERS = frozenset({Label.IDENTIFIANT, Label.NDA, Label.IPP})
_NAMES = frozenset({Label.NOM, Label.VILLE})
_BATCH_CUE_BEFORE = re.compile(
    r"(?<![\w])(?i:lots?(?:[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|de|des)[ \t]*[\w\-]+){0,1}"
    r"|n[°o]\.?[ \t]*de[ \t]+lot|num[ée]ro[ \t]+de[ \t]+lot|batch|scell[ée]s?"
    r"|retours?[ \t]+fournisseurs?|r[ée]f(?:\.|[ée]rences?)?[ \t]+(?:fournisseur|catalogue|article|produit"
    r"|fabricant|du[ \t]+dispositif|de[ \t]+l['’]implant))"
    r"[ \t]*(?:n[°o]\.?|num[ée]ro)?[ \t]*[:#]?[ \t]*\Z"
)
_LOT_OPENS = re.compile(r"[ \t]*(?:n[°o]|num[ée]ro|de[ \t]|du[ \t]|des[ \t]|d['’]|[0-9])")
# The finding is « Lot » alone or after a grade's letter the initial rule took for a first name
# (« Clavien-Dindo I. Lot de la plaque »).
_LOT_FINDING = re.compile(r"(?:[A-Z]\.[ \t]*)?(?i:lot)\Z")
_CODE_AFTER = re.compile(r"-[0-9]")


# A bare « référence », « réf. » is a device's reference in a sentence of traceability, where a batch is
# named too (« Stent, lot n° 5528A, référence 1012455-28 »); alone it may be a patient's file.
_BARE_REFERENCE_BEFORE = re.compile(
    r"(?<![\w])(?i:r[ée]f\.|r[ée]f[ée]rences?|r[ée]f)[ \t]*(?:n[°o]\.?)?[ \t]*:?[ \t]*\Z"
)
_BATCH_WORD = re.compile(r"(?<![\w])(?i:lots?)(?![\w])")
_TRACEABILITY_REACH = 80


def _batch(text: str, f: Finding) -> bool:
    if f.label in _IDENTIFIERS:
        if _BATCH_CUE_BEFORE.search(text, max(0, f.start - 40), f.start) is not None:
            return True
        return (
            _BARE_REFERENCE_BEFORE.search(text, max(0, f.start - 16), f.start) is not None
            and _BATCH_WORD.search(
                text, max(0, f.start - _TRACEABILITY_REACH), min(len(text), f.end + _TRACEABILITY_REACH)
            )
            is not None
        )
    if f.label not in _NAMES:
        return False
    word = text[f.start : f.end]
    if _LOT_FINDING.match(word) and _LOT_OPENS.match(text, f.end) and not titled(text, f.start):
        return True
    prev = text[f.start - 1] if f.start else " "
    return (
        len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and _CODE_AFTER.match(text, f.end) is not None
        and not prev.isalnum()
        and prev not in "_-"
    )


# The cues' letters as written (« lot », « Lot », « LOT », « réf », « fournisseur », « scellé »): a text
# without any has no batch, only codes' letters to look at.
_CUE_HEADS = ("ot", "OT", "éf", "ef", "EF", "ÉF", "ournisseur", "cell", "atch", "-")


def drop_batch_references(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the batches, the supplier's references and the code's letters."""
    if not any(h in text for h in _CUE_HEADS):
        return list(found)
    return [f for f in found if not _batch(text, f)]
