"""Passages shortened for a cell, a banner, an index, a header or a graph label: cut between two words.

A quotation cut inside a word ("…to a mercur…", "culture stere…") reads as a misquote, and a
researcher cannot search the corpus for the fragment. Every place that shortens an article's words
for display cuts here, or moves the cut Qt's eliding made back to a word break with `word_head`.
"""
from __future__ import annotations

_TRAILING = ",;:—–-"  # punctuation left dangling before the ellipsis ("the plant, …")


def word_head(text: str, end: int) -> str:
    """The first ``end`` characters of ``text``, ended at the last word break when the cut falls inside a word
    and that break leaves at least half of them; a text without one there (a URL, Chinese or Japanese, which
    write words without spaces) keeps its ``end`` characters. Punctuation left dangling is dropped."""
    head = text[:end]
    if end < len(text) and not text[end].isspace() and not head[-1:].isspace():
        space = max(head.rfind(" "), head.rfind("\n"))
        if space >= end // 2:
            head = head[:space]
    return head.rstrip().rstrip(_TRAILING).rstrip()


def cut_at_word(text: str, keep: int) -> str:
    """``text`` with its whitespace folded, in at most ``keep`` characters, cut between words with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= keep:
        return flat
    if keep <= 1:
        return "…"[:keep]
    return word_head(flat, keep - 1) + "…"
