"""Spans of a made-up PolNeAR article, given as its text and words, as `polnear.py prepare` gives them."""
from __future__ import annotations


def sentence_spans(text: str, sentences: tuple[str, ...]) -> list[list[int]]:
    """Each sentence's [start, end], found in order."""
    out, at = [], 0
    for sentence in sentences:
        at = text.index(sentence, at)
        out.append([at, at + len(sentence)])
        at += len(sentence)
    return out


def span_of(text: str, words: str) -> list[list[int]]:
    """The span of the words' first occurrence, as an annotation's list of spans."""
    return [[text.index(words), text.index(words) + len(words)]]
