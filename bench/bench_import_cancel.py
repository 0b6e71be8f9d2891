"""How long a cancel takes to be heard while one large file is read, how long the file takes to read whole, and how
long the bar stands still meanwhile.

    python bench/bench_import_cancel.py [--megabytes 10] [--after 3]

Builds, in a temporary folder, one large file of each kind the import reads slowly, from generated articles
(`bench_import.article`): a text, a Word document, a PDF (one article per page) and a JSONL file. Each is imported
whole once (its time is the normal path, which the cancel checks must not slow), then again with a cancel asked
``--after`` seconds in; the time from the cancel to the import stopped (`Cancelled` raised, nothing stored) is
printed. While the file is read whole, the progress it reports is timed: when the bar first moves past the file's
start, and the longest time it stands still before the file is read ("saving" begins). Not a timed test: the figures
move with the machine's load.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "corpus")]

from bench_import import article  # noqa: E402
from hostile_files import pages_pdf  # noqa: E402

from viewer.corpus.importing import import_paths  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.jobs import Cancelled, TaskState  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def articles(megabytes: float) -> list[str]:
    out, size, number = [], 0, 0
    while size < megabytes * 1_000_000:
        out.append(article(number))
        size += len(out[-1])
        number += 1
    return out


def write_files(folder: Path, megabytes: float) -> list[Path]:
    texts = articles(megabytes)
    text = folder / "long.txt"
    text.write_text("\n".join(texts), encoding="utf-8")
    word = folder / "long.docx"
    paragraphs = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for t in texts for line in t.split("\n"))
    with zipfile.ZipFile(word, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{paragraphs}</w:body></w:document>")
    pdf = folder / "long.pdf"
    pages = texts[: max(1, len(texts) // 3)]  # a PDF reads slower per character than the others
    pdf.write_bytes(pages_pdf([[line[i:i + 90] for line in t.split("\n") for i in range(0, len(line), 90)]
                               for t in pages]))
    records = folder / "long.jsonl"
    records.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return [text, word, pdf, records]


def timed_import(path: Path, cancel_after: float | None) -> tuple[float, float | None, tuple[float, float] | None]:
    """Seconds the import ran; seconds from the cancel to its stop (None when not cancelled); and, read whole, when
    the bar first moved within the file and the longest it stood still before saving (None if it never moved)."""
    moves: list[float] = []
    bar = {"at": 0}

    def progress(done: int, total: int, what: str) -> None:
        if what != "saving" and total and done > bar["at"]:
            bar["at"] = done
            moves.append(time.perf_counter())
        elif what == "saving" and not bar.get("saving"):
            bar["saving"] = time.perf_counter()

    state = TaskState(progress)
    asked: list[float] = []
    if cancel_after is not None:
        def cancel() -> None:
            asked.append(time.perf_counter())
            state.cancel()
        timer = threading.Timer(cancel_after, cancel)
        timer.start()
    start = time.perf_counter()
    with Corpus(":memory:") as corpus:
        try:
            import_paths(corpus, [path], state=state)
        except Cancelled:
            pass
    end = time.perf_counter()
    if cancel_after is not None:
        timer.cancel()
    read = bar.get("saving", end)
    still = max(b - a for a, b in zip([start, *moves], [*moves, read])) if moves else None
    return end - start, (end - asked[0]) if asked else None, (moves[0] - start, still) if moves else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=10, help="size of the text of each file")
    parser.add_argument("--after", type=float, default=3, help="seconds into the import the cancel is asked")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for path in write_files(Path(folder), args.megabytes):
            whole, _, bar = timed_import(path, None)
            ran, heard, _ = timed_import(path, args.after)
            said = f"cancel heard in {heard:.2f} s" if heard is not None else "finished before the cancel"
            moved = f"bar first moved at {bar[0]:.2f} s, still for {bar[1]:.2f} s at most" if bar else "bar never moved"
            print(f"{path.name:12} {path.stat().st_size / 1e6:6.1f} MB  read whole {whole:6.1f} s ({moved})  {said}"
                  f" (ran {ran:.1f} s)", flush=True)


if __name__ == "__main__":
    main()
