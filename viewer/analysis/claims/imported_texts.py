"""Articles of a public set read as the app's import reads them, for the fits, benches and counts that parse
them without a corpus of their own.

Parsing a file's raw text parses its page lines too: the "(Published …)" stamp, a wire service's
no-redistribution line, a site's name after a headline. An import marks those as boilerplate and the
analysis never reads them, so a bench that linked the raw text counted links no user is shown, and a fit
learnt from units the app never makes. Here the files go through the real import (`import_paths`) into a
throwaway corpus, and each comes back with the text and marks that corpus holds.
"""
from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from pathlib import Path

from viewer.analysis.claims.fit_cache import unit_code_key
from viewer.analysis.segment import Unparsed
from viewer.corpus.encoding import with_cp1252_marks
from viewer.corpus.importing import import_paths
from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus


class NotAsFiled(ValueError):
    """The import turned a file into other text than its own (beyond a dropped byte-order mark): offsets read
    off the file would not fit it."""


def imported(paths: Sequence[Path]) -> list[Unparsed]:
    """Each file (ids in the order given) with the text and boilerplate marks an import gives it. A file that
    is an exact copy of another is read as that one's document, as an import would skip it."""
    with tempfile.TemporaryDirectory() as folder, Corpus(Path(folder) / "set.corpus") as corpus:
        import_paths(corpus, [Path(p) for p in paths])
        out = []
        for k, path in enumerate(paths):
            data = Path(path).read_bytes()
            document_id = corpus.document_by_sha256(hashlib.sha256(data).hexdigest())
            if document_id is None:
                raise NotAsFiled(f"{path}: the import kept no document of it")
            out.append(_as_filed(k, Path(path), corpus.document(document_id).text, corpus.boilerplate(document_id)))
        return out


def _as_filed(k: int, path: Path, text: str, marks: list[Span]) -> Unparsed:
    """The file's own text with the import's marks on it. The sets' offsets (annotated sentences, judged spans)
    are the file's, and an import drops a byte-order mark, so its marks move by what it dropped ahead. The import
    reads a C1 control character as its Windows-1252 mark (`encoding.with_cp1252_marks`: "\x95" as "•"), one
    character for one, so the text is read the same way and the offsets still fit (gvaK's 204310)."""
    filed = with_cp1252_marks(path.read_text(encoding="utf-8"))
    if not filed.endswith(text):
        raise NotAsFiled(f"{path}: the import read other text than the file holds")
    ahead = len(filed) - len(text)
    return Unparsed(k, filed, [Span(s.start + ahead, s.end + ahead) for s in marks])


def parse_key(documents: Sequence[Unparsed]) -> str:
    """The cache key of these documents' parse: the unit code's (`fit_cache.unit_code_key`) and their texts and
    marks, so a change to the import's boilerplate rules rebuilds it as a change to the unit code does."""
    digest = hashlib.sha256(unit_code_key().encode())
    for document in documents:
        digest.update(document.text.encode() + b"\0")
        digest.update(";".join(f"{s.start},{s.end}" for s in document.boilerplate).encode() + b"\n")
    return digest.hexdigest()
