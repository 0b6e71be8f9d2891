"""Reports shorten the article's words between two words, never inside one: the PDF speaker index printed
"…defense secretary to a mercur…" and the claim × source matrix "closest, not linked: “… culture stere…”"
on BASIL's coverage, which read as misquotes; a statement opening with its own quotation mark was printed
"““we have defeated…”"."""
from __future__ import annotations

import re

from viewer.analysis import store
from viewer.analysis.closest_passages import closest_passages
from viewer.export.pdf_content import build
from viewer.export.selection import select
from viewer.export.wording import closest_words

BREAK = re.compile(r"[\s,;:—–-]")


def _cut_between_words(shown: str, whole: str) -> bool:
    """``shown`` (without its quotation marks and ellipsis) is ``whole``'s opening up to a word break."""
    flat = " ".join(whole.split())
    head = shown.strip("“”\"").removesuffix("…").rstrip()
    return flat.startswith(head) and (len(head) == len(flat) or bool(BREAK.match(flat[len(head)])))


def test_the_speaker_index_quotes_whole_words_each_once(sample_corpus):
    content = build(select(sample_corpus), None)
    index = next(s for s in content.sections if s.running_title == "Speaker index")
    quoted = {p.runs[-1].text for p in index.blocks if p.style == "note" and p.runs[-1].italic}
    said = {sample_corpus.document(a.document_id).text[a.content.start:a.content.end]
            for a in store.attributions(sample_corpus)}
    cut = [q for q in quoted if q.endswith(("…”", "…"))]
    assert cut, "the sample has statements longer than the index quotes"
    for shown in cut:
        assert any(_cut_between_words(shown, whole) for whole in said), f"cut inside a word: {shown}"
    assert not [q for q in quoted if q.startswith(("““", "“\""))], "a statement's own quotation mark is not doubled"


def test_the_matrix_quotes_the_closest_passage_in_whole_words(sample_corpus):
    found = [p for c in store.claims(sample_corpus) for d in sample_corpus.document_ids() if not c.mentions_in(d)
             for p in closest_passages(sample_corpus, c, d)]
    long = [p for p in found if len(" ".join(p.text.split())) > 50]
    assert long, "the sample has closest passages longer than a PDF matrix cell quotes"
    for passage in long:
        shown = closest_words(passage, 50).split(": ", 1)[1]
        assert len(shown.strip("“”")) <= 50 and shown.strip("“”").endswith("…")
        assert _cut_between_words(shown, passage.text), f"cut inside a word: {shown}"
