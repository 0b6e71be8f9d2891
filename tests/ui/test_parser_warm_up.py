"""The parser is warmed once the window has been idle a while: the first hand link in a window loaded spaCy
(most of its 4.5 s on a loaded machine), and the window may not load it at start (start < 2 s)."""
from __future__ import annotations

import threading

from viewer.analysis import nlp


def test_start_leaves_the_parser_alone_and_idle_loads_it_once_for_the_link_waiting(qtbot, analysed_corpus, shown_window,
                                                                                    monkeypatch):
    loads: list[str] = []
    released = threading.Event()

    def load():
        """Stands in for spaCy's seconds of loading, held until the test lets it finish."""
        loads.append(threading.current_thread().name)
        released.wait(20)
        return "pipeline"

    monkeypatch.setattr(nlp, "_pipeline", None)
    monkeypatch.setattr(nlp, "_load", load)
    w = shown_window(analysed_corpus)
    qtbot.wait(1000)
    assert loads == [] and not nlp.loaded(), "opening the window does not load the parser"
    qtbot.waitUntil(lambda: bool(loads), timeout=15000)
    assert loads == ["parser warm-up"]
    linked: list[object] = []  # a hand link asked for during the warm-up: its relink asks for the parser
    link = threading.Thread(target=lambda: linked.append(nlp.english()))
    link.start()
    qtbot.wait(300)
    assert linked == [], "the link waits for the load under way"
    released.set()
    link.join(10)
    w.parser_warm_up.thread.join(10)
    assert linked == ["pipeline"] and nlp.loaded() and loads == ["parser warm-up"], "loaded once"
    w.parser_warm_up.arm(analysed_corpus)
    qtbot.wait(200)
    assert loads == ["parser warm-up"], "never twice"


def test_a_corpus_with_passages_in_another_language_has_the_multilingual_model_warmed_too(
        qtbot, sample_corpus, shown_window, monkeypatch):
    """The sample's d2 quotes Russian: its first hand link spent 4 s loading the multilingual model, not the parser."""
    from viewer.analysis import store
    from viewer.analysis.claims import crosslingual

    assert store.holds_foreign_units(sample_corpus)
    loads: list[str] = []
    monkeypatch.setattr(nlp, "_pipeline", None)
    monkeypatch.setattr(nlp, "_load", lambda: loads.append("parser") or "pipeline")
    monkeypatch.setattr(crosslingual, "_shared", None)
    monkeypatch.setattr(crosslingual, "encoder", lambda: loads.append("multilingual") or "model")
    w = shown_window(sample_corpus)
    qtbot.wait(500)
    assert loads == []
    qtbot.waitUntil(lambda: len(loads) == 2, timeout=15000)
    w.parser_warm_up.thread.join(10)
    assert loads == ["parser", "multilingual"] and crosslingual.shared_encoder() == "model"
