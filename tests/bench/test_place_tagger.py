"""The establishment-and-town tagger's experiment (bench/place_tagger.py): words are labelled from the
gold, probe46, probe47 and probe48 (held out for the session) and batches after 45 are never read, each fold leaves its batch out, and the spans it adds are
those the engine would add."""

from __future__ import annotations

from bench.support import place_tagger as pt

from egide.detect.names.tokens import tokenise
from egide.detect.places.tagger import Lists, candidates
from tests.detect.redteam.corpus import Snippet


def test_words_are_labelled_by_the_place_spans_they_touch() -> None:
    text = "Vu Mme Albertine Quessaud, transférée au CHU de Rouen, domiciliée à Elbeuf."
    gold = [
        (text.index("Albertine"), text.index(","), "NOM"),
        (text.index("CHU"), text.index(", dom"), "ETABLISSEMENT"),
        (text.index("Elbeuf"), len(text) - 1, "VILLE"),
    ]
    doc = pt.make_doc("probe99.txt", Snippet("x", text, gold), Lists())
    by_word = {doc.toks[i].text: c for i, c in zip(doc.only, doc.classes, strict=True)}
    assert by_word["CHU"] == "E" and by_word["Rouen"] == "E" and by_word["Elbeuf"] == "V"
    assert by_word["Albertine"] == "O" and by_word["Quessaud"] == "O"


def test_batches_group_halves_and_leave_the_held_out_ones_out() -> None:
    got = pt.batches()
    assert pt.batch_of("probe.txt") == 1 and pt.batch_of("probe16b.txt") == 16
    assert pt.batch_of("probe25_traps.txt") == 25
    assert pt.LAST_BATCH == 45 and pt.HELD_OUT == ("probe46", "probe47", "probe48")
    assert all(b <= pt.LAST_BATCH for b in got) and not {46, 47, 48} & set(got)
    assert not any(f.startswith(pt.HELD_OUT) for files in got.values() for f in files)
    assert {"probe42.txt", "probe42_traps.txt"} <= set(got[42])
    assert {"probe45.txt", "probe45_traps.txt"} <= set(got[45])
    # every batch read has the engine it was first measured on, for --replay
    assert all(f in pt.FIRST_ENGINE for files in got.values() for f in files if "traps" not in f)
    assert {"probe16a.txt", "probe16b.txt", "probe16_traps.txt"} <= set(got[16])


def test_the_bench_adds_what_the_engine_adds_on_words_the_rules_left() -> None:
    text = "Transférée à Taiohae puis à Rikitea."
    lists = Lists()
    doc = pt.make_doc("probe99.txt", Snippet("x", text, []), lists)
    assert [doc.toks[i].text for i in doc.only] == ["Taiohae", "Rikitea"]  # (a French word opens it)
    probs = [(0.1, 0.85), (0.1, 0.85)]
    first = text.index("Taiohae")
    added = pt.tagger_spans(doc, probs, [(first, first + 7, "VILLE")], 0.8, lists)
    assert added == [(text.index("Rikitea"), text.index("Rikitea") + 7, "VILLE")]


def test_candidates_leave_french_words_in_lower_case_and_medicines_alone() -> None:
    toks = tokenise("Examen clinique normal sous Doliprane, suivi à l'hôpital, domicile à vaulx en velin.")
    assert [toks[i].text for i in candidates(toks, Lists())] == ["vaulx"]


def test_the_shipped_weights_name_the_batches_they_were_trained_on() -> None:
    # The script trains on batches 1 to SHIPPED_LAST_BATCH (not LAST_BATCH, which the bench measures
    # over): the shipped file's header says which, so that a retraining shows in the diff.
    import gzip
    from importlib import resources

    from egide.detect.places.tagger import TAGGER_FILE

    path = resources.files("egide.detect.places").joinpath("data", TAGGER_FILE)
    head = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()[:5]
    assert pt.SHIPPED_LAST_BATCH == 42 and pt.SHIPPED_LAST_BATCH <= pt.LAST_BATCH
    assert any(f"probe batches 1-{pt.SHIPPED_LAST_BATCH} and" in line for line in head)
