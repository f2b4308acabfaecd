"""Words named like a person, a place or an identifier that, by the way French clinical text uses them,
identify nobody (issue 8, over-masking): a scale's value after its author's name (« Hamilton anxiété
22 »), a society's guideline and its years (« recommandations AFU 2024-2026 »), a feast (« avant
Noël »), a place said figuratively (« un vrai Waterloo »), a classification named after its town
(« Lugano 2014 »), a product's batch (« lot 41R772 »), a code's letters (« REF-0193 »), a note's status
(« kiné OK »), an age written as a bound (« > 90 ans »), a land (« Conseil départemental de la Savoie »), a signature's
participle (« Validé par … »), a field's or an exam's abbreviation (« IPP », « EFR »), a reference book
(« vérifier dans le Vidal »), a method's or a score's authors (« suture type Adelaide », « Greulich et
Pyle », « Bishop 7 »), a firm's or a device's name (« Johnson & Johnson », « LUCAS mis en place »), a word
of kinship (« Maman présente »), a weekday in a planning's slot (« Lun/Mer/Ven matin »).

Each family is one module; :func:`drop_nobodys_words` applies them all to a reading's findings (after
the names, before their propagation, so that a word dropped here is not spread to the rest of the
text) and again to the final findings (the trained taggers and the propagation read after the rules).
Every rule keeps what a title, a town's cue or a stay's label puts before the word (« M. Hamilton »,
« domicilié à Lugano », « n° de séjour 24B0417 »): those are someone's.
"""

from __future__ import annotations

from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.nobody.age_thresholds import drop_age_thresholds
from egide.detect.nobody.antonomasia import drop_antonomasia
from egide.detect.nobody.batch_references import drop_batch_references
from egide.detect.nobody.brands import drop_brands
from egide.detect.nobody.eponymous_methods import drop_eponymous_methods
from egide.detect.nobody.eponymous_places import drop_eponymous_places
from egide.detect.nobody.feasts import drop_feasts
from egide.detect.nobody.field_words import drop_field_words
from egide.detect.nobody.guideline_years import drop_guideline_years
from egide.detect.nobody.kinship_words import drop_kinship_words
from egide.detect.nobody.lands import drop_lands
from egide.detect.nobody.reference_works import drop_reference_works
from egide.detect.nobody.score_values import drop_score_values
from egide.detect.nobody.signature_formulas import drop_signature_formulas
from egide.detect.nobody.status_words import drop_status_words
from egide.detect.nobody.weekday_slots import drop_weekday_slots

_FILTERS = (
    drop_score_values,
    drop_guideline_years,
    drop_feasts,
    drop_antonomasia,
    drop_eponymous_places,
    drop_eponymous_methods,
    drop_batch_references,
    drop_status_words,
    drop_age_thresholds,
    drop_lands,
    drop_signature_formulas,
    drop_field_words,
    drop_reference_works,
    drop_brands,
    drop_kinship_words,
    drop_weekday_slots,
)


def drop_nobodys_words(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the findings that the families of this package say name nobody."""
    kept = list(found)
    for drop in _FILTERS:
        if not kept:
            break
        kept = drop(text, kept)
    return kept
