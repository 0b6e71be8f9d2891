"""A claim quoted in Russian links to its English rendering, through the real multilingual model; a
corpus with no Cyrillic never loads it; a missing or damaged model changes nothing and names the package."""
from __future__ import annotations

import json

import pytest

from viewer.analysis import store
from viewer.analysis.claims import crosslingual, usem_files
from viewer.analysis.pipeline import analyse, pending_documents
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict


def _rendered(corpus: Corpus) -> dict[str, str]:
    """Each rendering's words (spacing folded) → the English words of its claim in the same document."""
    out = {}
    for claim in store.claims(corpus):
        for m in claim.mentions:
            if claim.rendered_in(m):
                english = next(e for e in claim.mentions_in(m.document) if not claim.rendered_in(e))
                out[" ".join(m.text.split())] = english.text
    return out


def _analysis(corpus: Corpus) -> str:
    data = corpus_to_dict(corpus)
    return json.dumps({key: data[key] for key in ("claims", "speakers", "attributions")}, ensure_ascii=False, sort_keys=True)


def test_the_sample_tweet_is_shown_as_the_rendering_of_its_english_translation(sample_corpus):
    rendered = _rendered(sample_corpus)
    assert rendered["Давайте и мы не терять. Армия знает, что делает."] == "Let's not lose. The army known what it's doing"
    claim = next(c for c in store.claims(sample_corpus) if any(m.text.startswith("Давайте") for m in c.mentions))
    assert claim.documents() == [2] and claim.label == "Let's not lose. The army known what it's doing"
    assert [claim.rendered_in(m) for m in claim.mentions] == ["", "Russian"]
    assert claim.id in store.claim_ids(sample_corpus, [2])  # one article in two languages is shown on its own


def test_the_tweets_other_sentence_that_says_something_else_renders_nothing(sample_corpus):
    # "Вот что бывает, когда офицеры не теряют голову…" is not translated in the article
    assert not any(words.startswith("Вот что бывает") for words in _rendered(sample_corpus))


def test_renderings_are_exported_as_mentions_cutting_their_exact_words(sample_corpus):
    exported = corpus_to_dict(sample_corpus)
    texts = {d["id"]: d["text"] for d in exported["documents"]}
    mentions = [m for c in exported["claims"] for m in c["mentions"]]
    assert any(m["text"].startswith("Давайте и мы не терять.") for m in mentions)
    assert all(texts[m["document"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    assert all(set(c) <= {"id", "label", "mentions", "discrepancies", "provenance", "tags", "notes"}
               for c in exported["claims"])  # no field interchange.md lacks


def test_a_corpus_with_no_cyrillic_never_loads_the_multilingual_model(memory_corpus, tmp_path, monkeypatch):
    def never(*_args, **_kwargs):
        raise AssertionError("the multilingual model was asked for")

    monkeypatch.setattr(usem_files, "encoder", never)
    monkeypatch.setattr(usem_files, "checked", never)
    monkeypatch.setattr(crosslingual, "_shared", None)
    for name, text in (("a.txt", "Rescue teams pulled 57 people alive from the rubble on Tuesday, officials said.\n"),
                       ("b.txt", "Officials said rescue teams pulled 57 people alive from the rubble on Tuesday.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(memory_corpus, [tmp_path / "a.txt", tmp_path / "b.txt"])
    analyse(memory_corpus)
    assert store.claim_ids(memory_corpus)  # linked as before, without it
    assert store.foreign_units(memory_corpus) == []


def test_no_foreign_unit_means_the_claims_come_back_untouched_and_nothing_is_encoded():
    claims = [object()]
    assert crosslingual.with_renderings(claims, [], [], {}, {}, encode=lambda texts: pytest.fail("encoded")) is claims


@pytest.fixture
def damaged_model(tmp_path, monkeypatch):
    weights, sp_model = tmp_path / "weights.npz", tmp_path / "sp.model"
    weights.write_bytes(b"not the weights")
    sp_model.write_bytes(b"not the vocabulary")
    files = usem_files.UsemFiles(weights, sp_model, usem_files.WEIGHTS_SHA256, usem_files.SP_SHA256)
    monkeypatch.setattr(usem_files, "locate", lambda: files)
    monkeypatch.setattr(crosslingual, "_shared", None)


def test_a_damaged_model_stops_an_analysis_of_cyrillic_text_before_it_changes_anything(sample_corpus, damaged_model, tmp_path):
    before = _analysis(sample_corpus)
    extra = tmp_path / "extra.txt"
    extra.write_text("Officials said the bridge was closed.\n\nМост закрыт на ремонт до конца недели, сообщили власти.\n",
                     encoding="utf-8")
    import_paths(sample_corpus, [extra])
    with pytest.raises(usem_files.UsemUnavailable, match=usem_files.PACKAGE) as raised:
        analyse(sample_corpus)
    assert "damaged" in str(raised.value) and "not changed" in str(raised.value)
    assert len(pending_documents(sample_corpus)) == 1  # the new document waits for a working model
    assert _analysis(sample_corpus) == before


def test_a_missing_package_is_named(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(usem_files.UsemUnavailable, match=f"{usem_files.PACKAGE} is not installed"):
        usem_files.locate()


def test_the_installed_model_matches_its_pins():
    files = usem_files.checked()
    assert files.weights.name == "weights.npz" and files.sp_model.name == "sp.model"


def test_renderings_take_the_best_pair_first_and_each_passage_once(parsed):
    """Made-up vectors: two foreign sentences both nearest one English passage; only the nearer joins it,
    and the other, under the threshold against everything else, joins nothing."""
    import numpy as np

    from viewer.analysis.claims.foreign_units import foreign_units
    from viewer.analysis.claims.units import found_units

    text = ("The mayor said the bridge would reopen on Monday.\n\n"
            "Мэр сказал, что мост откроется в понедельник.\n\n"
            "Погода была хорошей весь день вчера.\n")
    doc = parsed(text, document_id=1)
    english, foreign = found_units(doc), foreign_units(doc)
    assert len(english) == 1 and len(foreign) == 2
    axis = {"The mayor said the bridge would reopen on Monday.": [1, 0, 0],
            "Мэр сказал, что мост откроется в понедельник.": [0.8, 0.6, 0],
            "Погода была хорошей весь день вчера.": [0.5, 0, 0.866]}

    def encode(texts):
        return np.array([axis.get(t, [0, 0, 1]) for t in texts], dtype=np.float32)

    claims = crosslingual.with_renderings([], english, foreign, {}, {1: text}, encode=encode)
    assert [[m.text for m in c.mentions] for c in claims] == [
        ["The mayor said the bridge would reopen on Monday.", "Мэр сказал, что мост откроется в понедельник."]]


def test_a_rendering_the_researcher_unlinks_stays_out_of_the_claim_after_relinking(sample_corpus):
    from viewer.analysis.corrections import Unlink
    from viewer.analysis.pipeline import relink

    claim = next(c for c in store.claims(sample_corpus) if any(m.text.startswith("Давайте") for m in c.mentions))
    english, rendering = claim.mentions
    store.record_correction(sample_corpus, Unlink((english.document, english.start, english.end),
                                                  (rendering.document, rendering.start, rendering.end)))
    relink(sample_corpus)
    assert not any(words.startswith("Давайте") for words in _rendered(sample_corpus))
    assert "В Мариуполе" in " ".join(_rendered(sample_corpus))  # the other rendering stays


def test_a_damaged_model_stops_an_english_addition_to_a_corpus_holding_renderings_before_it_writes(
        sample_corpus, damaged_model, tmp_path):
    before = _analysis(sample_corpus)
    extra = tmp_path / "extra.txt"
    extra.write_text("Rescue teams pulled 57 people alive from the rubble of the building on Tuesday.\n", encoding="utf-8")
    import_paths(sample_corpus, [extra])
    with pytest.raises(usem_files.UsemUnavailable, match=usem_files.PACKAGE):
        analyse(sample_corpus)  # the relink after it would read the sample's Russian units
    assert len(pending_documents(sample_corpus)) == 1 and _analysis(sample_corpus) == before


def test_a_foreign_passage_linked_by_hand_is_a_rendering_of_the_claim_and_stays_one_after_relinking(sample_corpus_file, tmp_path):
    """The tweet's other sentence renders nothing the model finds; the researcher's `correct link` makes it a
    rendering of the claim of the English words they name, in the article and after the next relink."""
    import shutil

    from viewer.analysis.pipeline import relink
    from viewer.cli import main
    from viewer.corpus.store import Corpus

    path = tmp_path / "sample.corpus"
    shutil.copy(sample_corpus_file, path)
    with Corpus(path, create=False) as corpus:
        text = corpus.document(2).text
    foreign = "Вот что бывает, когда офицеры не теряют голову, а твёрдо сохраняют управление войсками."
    english = "elements of the 36th Marine Brigade had managed to link up"
    f, e = text.index(foreign), text.index(english)
    assert main(["correct", str(path), "link", f"d2:{e}-{e + len(english)}", f"d2:{f}-{f + len(foreign)}"]) == 0

    def rendering(corpus):
        claim = next(c for c in store.claims(corpus) if any(m.text == foreign for m in c.mentions))
        return claim.rendered_in(next(m for m in claim.mentions if m.text == foreign)), claim.label

    with Corpus(path, create=False) as corpus:
        shown, label = rendering(corpus)
        assert shown == "Russian" and "36th Marine Brigade" in label
        relink(corpus)
        assert rendering(corpus)[0] == "Russian"


def _renderings_of(parsed, text):
    """The claims the real model makes of a made-up article's English sentences and the Russian lines quoted in it."""
    from viewer.analysis.claims.foreign_units import foreign_units
    from viewer.analysis.claims.units import found_units

    doc = parsed(text, document_id=1)
    claims = crosslingual.with_renderings([], found_units(doc), foreign_units(doc), {}, {1: text})
    return [sorted(" ".join(m.text.split()) for m in c.mentions) for c in claims]


def test_a_shared_figure_does_not_make_an_update_the_rendering_of_the_report(parsed):
    # the update shares "80 wounded" and "May 16" with the report, but counts 1,730 where it counts 959
    text = ("The ministry said 959 fighters had surrendered since May 16, including 80 wounded.\n\n"
            "«С 16 мая в плен сдались 1730 бойцов, в том числе 80 раненых», — сообщили в министерстве.\n")
    assert _renderings_of(parsed, text) == []


def test_a_rendering_that_adds_a_figure_still_renders_the_words_it_translates(parsed):
    # the Russian line gives the English sentence's figures and one more of its own (51 in hospital)
    text = ("The ministry said 959 fighters had surrendered since May 16, including 80 wounded.\n\n"
            "«С 16 мая в плен сдались 959 бойцов, в том числе 80 раненых, 51 из них в больнице», — сообщили в министерстве.\n")
    assert len(_renderings_of(parsed, text)) == 1
