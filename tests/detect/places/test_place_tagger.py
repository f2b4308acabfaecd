"""The trained establishment-and-town tagger, a second opinion after the rules
(``detect.use_place_tagger``).

Synthetic text only. What it must do: the engine's fast scoring (each word's sums of weights kept
per text) gives the probabilities of the features it was trained on; two marked words of one place
with a link between them are one span, and a town that opens a commune's name of several words is
the whole name; it leaves medicines, eponyms and French words in lower case alone; an unreadable
weights file blocks the text (fails closed), never lets it through unread.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from egide.detect import DetectConfig, Detector
from egide.detect.finding import Finding
from egide.detect.names.tokens import tokenise
from egide.detect.places import tagger as tagger_module
from egide.detect.places.tagger import Lists, PlaceTagger, candidates, features, place_spans, scores
from egide.errors import DetectionError

#: Families the rules leave visible and the tagger reads (each a place the rules have no cue for): a
#: town in lower case without its accent after an accentless « a », an overseas commune after a
#: comma in a banner, a town abroad where somebody was held, a small commune in a nurse's round.
PLACES = [
    ("atcd : appendicectomie 1998 a quimperle, fracture poignet", "quimperle"),
    ("Transmission — CHPF, Faaa", "Faaa"),
    ("Il déclare avoir été détenu à Kandahar en 2018, puis libéré.", "Kandahar"),
    ("Tournée IDE — Kerlouan, Plouider : pansement jambe G", "Plouider"),
    ("Tournée du soir — Le Guen R. — Kerbrat, Ploudalmézeau : injection", "Ploudalmézeau"),
]
TRAPS = [
    "Essai clinique du Bronchodual chez l'asthmatique, relais par Kardégic 75 mg puis Tahor 20 mg.",
    "Signe de Lasègue positif, manœuvre de Jendrassik normale, réflexe de Babinski en flexion.",
    "Examen clinique : abdomen souple, pas de masse. Avis ORL demandé, IRM cérébrale normale.",
    "Hôpital de jour : bilan HbA1c 7,2 %, NFS normale, CRP < 5, TDM TAP sans particularité.",
]


@pytest.fixture(scope="module")
def lists() -> Lists:
    return Lists()


@pytest.fixture(scope="module")
def shipped(lists: Lists) -> PlaceTagger:
    return PlaceTagger(tagger_module.read_weights(), 0.8, lists)


@pytest.fixture(scope="module")
def with_tagger() -> Detector:
    return Detector(DetectConfig(use_place_tagger=True))


@pytest.fixture(scope="module")
def without_tagger() -> Detector:
    return Detector(DetectConfig(use_place_tagger=False))


def test_on_by_default() -> None:
    # on since the eleventh session: on every probe batch it adds places and loses none (README)
    assert DetectConfig().use_place_tagger is True
    assert Detector(DetectConfig()).place_tagger is not None
    assert Detector(DetectConfig(use_place_tagger=False)).place_tagger is None


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_places_only_the_tagger_reads(
    with_tagger: Detector, without_tagger: Detector, text: str, place: str
) -> None:
    start = text.index(place)
    end = start + len(place)
    assert not any(f.start < end and start < f.end for f in without_tagger.detect(text))  # left visible
    found = with_tagger.detect(text)
    assert any(f.start <= start and end <= f.end and f.label in {"VILLE", "ETABLISSEMENT"} for f in found)


def test_fast_scoring_is_the_trained_model(shipped: PlaceTagger, lists: Lists) -> None:
    text = (
        "CRH — Gériatrie, CHPF Taaone\nMme Tetuanui, née à Rikitea, vit à Uturoa.\n"
        "Transférée au CHU de Pointe-à-Pitre puis à l'EHPAD Les Tilleuls, Saint-Claude."
    )
    toks = tokenise(text)
    only = candidates(toks, lists)
    fast = shipped.probabilities(toks, only)
    slow = scores(shipped.weights, features(toks, only, lists))
    assert len(fast) == len(only) > 5
    for (a, b), (c, d) in zip(fast, slow, strict=True):
        assert a == pytest.approx(c, abs=1e-9) and b == pytest.approx(d, abs=1e-9)


def test_marked_words_of_one_place_are_one_span(lists: Lists) -> None:
    text = "Sortie vers Hôpital marin d'Hendaye, puis Lyon, Vienne."
    toks = tokenise(text)
    at = {t.text: i for i, t in enumerate(toks)}
    only = [at["Hôpital"], at["Hendaye"], at["Lyon"], at["Vienne"]]
    probs = [(0.9, 0.0), (0.9, 0.05), (0.0, 0.9), (0.0, 0.9)]
    spans = [(text[s:e], c) for s, e, c in place_spans(toks, only, probs, 0.8, lists, text)]
    # the link « marin d' » bridged; a comma ends a name
    assert spans == [("Hôpital marin d'Hendaye", "E"), ("Lyon", "V"), ("Vienne", "V")]


def test_a_name_s_other_words_carry_a_marked_word_on(lists: Lists) -> None:
    # the threshold starts a place; a word of the same name beside it, which the tagger leans towards
    # without reaching the threshold (a common word: « Fleuri », « Plaine »), carries it on
    text = "Sortie vers CLINIQUE DU VAL FLEURI demain ; née à Plaine des Grègues."
    toks = tokenise(text)
    at = {t.text: i for i, t in enumerate(toks)}
    only = [at["CLINIQUE"], at["VAL"], at["FLEURI"], at["Plaine"], at["Grègues"]]
    probs = [(0.99, 0.0), (0.97, 0.01), (0.6, 0.05), (0.05, 0.5), (0.0, 0.99)]
    spans = [text[s:e] for s, e, _ in place_spans(toks, only, probs, 0.95, lists, text)]
    assert spans == ["CLINIQUE DU VAL FLEURI", "Plaine des Grègues"]


@pytest.mark.parametrize(
    ("text", "weak", "p"),
    [
        # below GROW_FROM: the tagger does not lean towards it
        ("Sortie vers CLINIQUE DU VAL Fleuri demain.", "Fleuri", 0.4),
        # a comma ends a name
        ("Sortie vers CLINIQUE DU VAL, Fleuri demain.", "Fleuri", 0.8),
        # too far from the marked word
        ("Sortie vers CLINIQUE DU VAL puis le bus de Fleuri demain.", "Fleuri", 0.8),
        # nothing marked to carry on: a lean alone marks nothing
        ("Sortie vers Clinique du Val Fleuri demain.", "Fleuri", 0.8),
        # a verb between: no name's link
        ("LE CENTRE DU VAL EST PLEIN CE SOIR", "PLEIN", 0.8),
    ],
)
def test_a_lean_alone_or_apart_marks_nothing(lists: Lists, text: str, weak: str, p: float) -> None:
    toks = tokenise(text)
    at = {t.text: i for i, t in enumerate(toks)}
    only = [at["VAL" if "VAL" in at else "Val"], at[weak]]
    strong = 0.99 if "VAL" in at else 0.3
    spans = [text[s:e] for s, e, _ in place_spans(toks, only, [(strong, 0.0), (p, 0.0)], 0.95, lists, text)]
    assert weak not in " ".join(spans)


def test_a_town_opening_a_longer_commune_is_the_whole_name(lists: Lists) -> None:
    text = "domiciliée à vaulx en velin depuis 2019"
    toks = tokenise(text)
    i = next(k for k, t in enumerate(toks) if t.text == "vaulx")
    spans = place_spans(toks, [i], [(0.0, 0.95)], 0.8, lists, text)
    assert [text[s:e] for s, e, _ in spans] == ["vaulx en velin"]


def test_findings_only_on_words_no_finding_covers(shipped: PlaceTagger) -> None:
    text = "Adressée par l'HNFC pour avis."
    toks = tokenise(text)
    start = text.index("HNFC")
    assert shipped.find(toks, [Finding(start, start + 4, "ETABLISSEMENT", 0.9, "rules")], text) == []


@pytest.mark.parametrize("text", TRAPS)
def test_the_tagger_adds_nothing_to_medicines_eponyms_and_findings(
    with_tagger: Detector, without_tagger: Detector, text: str
) -> None:
    assert with_tagger.detect(text) == without_tagger.detect(text)


def test_a_missing_weights_file_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger_module, "TAGGER_FILE", "absent.tsv.gz")
    detector = Detector(DetectConfig(use_place_tagger=True))  # starts, but detects nothing
    with pytest.raises(DetectionError):
        detector.detect("Transférée au CHPF Taaone, Papeete.")


@pytest.mark.parametrize(
    "content",
    [
        b"not gzip at all",
        gzip.compress(b"# a header and nothing else\n"),
        gzip.compress(b"b\t0.5\t0.1\nw=x\t1\n"),
    ],
    ids=["not-gzip", "no-weights", "malformed-line"],
)
def test_a_corrupt_weights_file_fails_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    bad = tmp_path / "place_tagger.tsv.gz"
    bad.write_bytes(content)
    read = tagger_module.read_weights
    with pytest.raises((OSError, ValueError, EOFError)):
        read(bad)
    monkeypatch.setattr(tagger_module, "read_weights", lambda source=None: read(bad))
    detector = Detector(DetectConfig(use_place_tagger=True))
    with pytest.raises(DetectionError):
        detector.detect("Transférée au CHPF Taaone, Papeete.")


def test_a_truncated_weights_file_fails_closed(tmp_path: Path) -> None:
    shipped = tagger_module.read_weights()
    assert len(shipped) > 1000
    lines = "".join(f"{f}\t{e}\t{v}\n" for f, (e, v) in shipped.items())
    bad = tmp_path / "place_tagger.tsv.gz"
    bad.write_bytes(gzip.compress(lines.encode())[:5000])
    with pytest.raises((OSError, EOFError, ValueError)):
        tagger_module.read_weights(bad)


#: A word the city recogniser explains as something else than a place, through the head before it: a
#: scientific meeting named after its city, a sign or a device named after a person. Invented text.
HEADED = [
    ("Communication orale au colloque de Grenoble, discutée au symposium de Toulouse.", "Grenoble"),
    ("Communication orale au colloque de Grenoble, discutée au symposium de Toulouse.", "Toulouse"),
    ("Présenté aux journées de Limoges, puis aux assises de Brest.", "Brest"),
    ("Pose d'un drain de Redon, incision de Pfannenstiel.", "Redon"),
]


@pytest.mark.parametrize(("text", "word"), HEADED)
def test_no_word_a_meeting_or_an_eponym_heads_is_asked_about(lists: Lists, text: str, word: str) -> None:
    toks = tokenise(text)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    assert i not in candidates(toks, lists)


def test_a_town_after_a_plain_link_is_still_asked_about(lists: Lists) -> None:
    text = "Patiente vue au retour de Grenoble, domiciliée à Toulouse."
    toks = tokenise(text)
    only = {toks[k].text for k in candidates(toks, lists)}
    assert {"Grenoble", "Toulouse"} <= only
