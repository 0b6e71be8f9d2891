"""A headline's subject the parser hung on its verb as a compound, given back as the subject.

Headlines drop their articles, and the small parser reads a bare noun phrase right before a present or past verb as
the first words of a compound noun that the verb closes: in "Supreme Court rules against permanent residency …" and
"FDA grants full approval to …" "rules" and "grants" are the VERB at the root, tagged VBZ, while "Court" and "FDA" hang
on them as ``compound``, not ``nsubj``, so the line has a verb and no subject and states nothing
(`headlines.stated_by_verb`). The tag and the root already say the word is the finite verb; only the arc is wrong.

Counted in session 81 (`bench/unitless_headlines.py`): of 6,568 distinct first lines of the readable sets and the GVA
crawl, 1,081 make no headline unit and 25 have this shape, every one stating an event by hand ("Grand jury indicts
suspect in Bristol highway shootings", "Texas governor signs extreme six-week abortion ban into law", "House votes to
remove Confederate statues …"). docs/linking.md "A headline's subject read as a compound".
"""
from __future__ import annotations

_FINITE = {"VBZ", "VBD", "VBP"}
_NOUNS = {"NOUN", "PROPN"}


def restore_subject(doc):
    """``doc`` (a headline parsed alone) with the noun phrase right before its finite root verb made the verb's subject
    when the parser hung it on the verb as a compound and the verb has no subject; otherwise as it was. The
    compound's last word becomes the subject's head, and the words of the phrase hung on the verb are hung on it."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.tag_ not in _FINITE or root.i == 0:
        return doc
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in root.children):
        return doc
    head = doc[root.i - 1]
    if head.head != root or head.dep_ != "compound" or head.pos_ not in _NOUNS:
        return doc
    phrase = [c for c in root.children if c.i < root.i and c.dep_ in ("compound", "amod", "nmod", "nummod", "det")]
    if min(t.left_edge.i for t in phrase) != _phrase_start(doc, root):
        return doc
    _rehang(doc, head, phrase)
    return doc


def _phrase_start(doc, root) -> int:
    """Where the words before the verb start after the last sentence stop or colon ("Phoenix shooting: Drive-by
    shooting kills 2, …" reads from "Drive-by")."""
    start = max((t.i + 1 for t in doc[:root.i] if t.text in (".", ":", ";", "-", "–", "—")), default=0)
    while start < root.i and doc[start].is_punct:
        start += 1
    return start


def _rehang(doc, head, phrase) -> None:
    """Make ``head`` the subject of its verb and the other words of ``phrase`` depend on it."""
    from spacy import attrs

    names = [attrs.HEAD, attrs.DEP]
    arcs = doc.to_array(names)
    arcs[head.i, 1] = doc.vocab.strings.add("nsubj")
    for word in phrase:
        if word.i != head.i:
            arcs[word.i, 0] = head.i - word.i
    doc.from_array(names, arcs)
