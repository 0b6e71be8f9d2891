"""The conll files of anastasia-zhukova/Diverse_CDCR_datasets, which converts cross-document coreference corpora
(GVC, NewsWCL50, …) to one layout: a token a line, as document key ``TOPIC/SUBTOPIC/DOC``, sentence, token number,
text and chain, with a line break of the article written as a token of its own ("//n" in GVC, "\\n" in NewsWCL50).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

LINE_BREAK = "\n"
_BREAK_TOKENS = {"//n", "\\n"}


def read_sentences(path: Path) -> dict[str, dict[int, list[str]]]:
    """Each document key's sentences as token lists, every line-break token given as ``LINE_BREAK``."""
    documents: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 5:
            continue
        token = LINE_BREAK if fields[3].strip() in _BREAK_TOKENS else fields[3]
        documents[fields[0]][int(fields[1])].append(token)
    return {key: dict(sentences) for key, sentences in documents.items()}
