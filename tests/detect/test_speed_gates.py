"""The cheap tests put in front of costly searches for speed rule out only what the search could not
find: on texts made to sit at their edges, the gated code answers as the search alone did."""

from __future__ import annotations

from egide.detect import appellations
from egide.detect.places.foreign import _COUNTRY_BEFORE
from egide.detect.recognisers.fr.dates.meeting_day import _DU_DAY, MEETING_DAY, WEEK_OF_DAY

_PRODUCT_TEXTS = [
    "fromage de Cantal",
    "les eaux d'Évian et de Vittel",
    "un vin du Jura, Savoie ou Bugey",
    "fromages de Comté, Beaufort ou Cantal",
    "moutarde de\tDijon",
    "eau d’Évian",
    "huile d'  Olive",
    "Dr Martin, Dupont et Durand",
    "sel de Guérande et\tNoirmoutier",
    "pastilles Vichy",
    "eau d'Évian ou de Volvic",
    "Eau de Vichy Saint-Yorre",
]


def _after_a_product_ungated(text: str, start: int) -> bool:
    """The function as it was before its gates: the searches alone."""
    if appellations._PRODUCT_BEFORE.search(text, max(0, start - 24), start):
        return True
    name = appellations._NAME_BEFORE.search(text, max(0, start - 24), start)
    if name is not None and appellations._PRODUCT_BEFORE.search(
        text, max(0, name.start() - 24), name.start()
    ):
        return True  # (the spring after its town: « eau de Vichy Saint-Yorre »)
    if appellations._COORDINATED.search(text, max(0, start - 10), start) is None:
        return False
    items = appellations._ITEMS_BEFORE.search(text, max(0, start - 80), start)
    return (
        items is not None
        and appellations._PRODUCT_BEFORE.search(text, max(0, items.start() - 24), items.start()) is not None
    )


def test_after_a_product_answers_as_its_searches_at_every_position() -> None:
    for text in _PRODUCT_TEXTS:
        for start in range(len(text) + 1):
            assert appellations._after_a_product(text, start) == _after_a_product_ungated(text, start), (
                text,
                start,
            )


def test_a_meeting_day_holds_du_and_a_digit() -> None:
    texts = [
        "staff du 25 :",
        "RCP\tDU\t3\n",
        "Relève du 1er,",
        "garde  du  8)",
        "semaine du 14.",
        "Semaines DU 3 au 9 :",
        "staff du vingt",
    ]
    for text in texts:
        found = bool(MEETING_DAY.search(text) or WEEK_OF_DAY.search(text))
        if found:
            assert _DU_DAY.search(text.lower()) is not None, text
    assert _DU_DAY.search("staff du vingt") is None


def test_a_country_before_a_code_never_ends_on_a_letter_or_digit() -> None:
    # the foreign postcodes skip a code glued to a letter or a digit before looking for its country
    for before in ["CH-", "CH - ", "B-", "L -\t", "LU-\n", "BE -", "CH", "CHX", "1234", "B-1"]:
        m = _COUNTRY_BEFORE.search(before)
        if before[-1:].isalnum():
            assert m is None, before
    assert _COUNTRY_BEFORE.search("CH-") is not None
    assert _COUNTRY_BEFORE.search("CH -\n") is not None  # (« $ » before a last line break)


def test_a_legal_text_before_a_date_ends_on_du() -> None:
    from egide.detect.legal_dates import _LEGAL_BEFORE, _after_du

    texts = [
        "décret n° 2021-1234 du ",
        "Loi du\t",
        "circulaire DGS/DH DU  ",
        "arrêté ministériel en date du ",
        "ordonnance n° 2020-232 du",
        "la loi de 2002 ",
        "emploi du ",
        "du",
        "",
    ]
    for text in texts:
        if _LEGAL_BEFORE.search(text) is not None:
            assert _after_du(text, len(text)), text
    assert not _after_du("ordonnance n° 2020-232 du", 25)  # no blank after « du »
    assert _after_du("Loi du\t", 7)
