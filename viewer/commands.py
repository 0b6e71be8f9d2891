"""What each `provenance` sub-command does; errors become one clear line and an exit status."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from viewer.corpus.store import Corpus, CorpusError
from viewer.terminal import ProgressLine


def fail(message: str, status: int = 1) -> int:
    print(f"provenance: {message}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    if args.selftest:
        from viewer.selftest import selftest

        return selftest()
    handler = HANDLERS.get(args.command or "open")
    try:
        return handler(args)
    except CorpusError as exc:
        return fail(str(exc))


def parse_passage(value: str) -> list[int]:
    """'d1:0-120' → [1, 0, 120], the stable key corrections use for a passage."""
    document, _, span = value.partition(":")
    start, _, end = span.partition("-")
    parts = [document.strip().lower().removeprefix("d"), start, end]
    if not all(p.strip().isdigit() for p in parts) or int(start) >= int(end):
        raise ValueError(f"{value!r} is not a passage like d1:0-120")
    return [int(p) for p in parts]


def parse_ids(value: str | None, prefix: str) -> list[int] | None:
    """'d1,d3' or '1,3' → [1, 3]; None stays None (meaning all)."""
    if not value:
        return None
    ids = []
    for part in value.split(","):
        part = part.strip().lower().removeprefix(prefix)
        if not part.isdigit():
            raise ValueError(f"{part!r} is not an id like {prefix}1")
        ids.append(int(part))
    return ids


def _open_existing(path: str, read_only: bool = False) -> Corpus:
    return Corpus(path, create=False, read_only=read_only)


def cmd_open(args: argparse.Namespace) -> int:
    from viewer.app import launch

    return launch(
        corpus=getattr(args, "corpus", None),
        sample=getattr(args, "sample", False),
        compare=getattr(args, "compare", None),
        claim=getattr(args, "claim", None),
        screenshot=getattr(args, "screenshot", None),
        size=getattr(args, "size", "1600x1000"),
    )


def cmd_import(args: argparse.Namespace) -> int:
    from viewer.corpus.importing import ImportOptions, import_paths

    field_map = {}
    for pair in args.map:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            return fail(f"--map expects FIELD=COLUMN, got {pair!r}", 2)
        field_map[field] = column
    options = ImportOptions(max_bytes=int(args.max_size * 1024 * 1024), field_map=field_map)
    progress = ProgressLine()
    with Corpus(args.corpus) as corpus:
        try:
            report = import_paths(corpus, args.paths, options, progress=progress)
        finally:
            progress.finish()
    print(report.summary())
    return 0 if report.imported or not report.failed else 1


def cmd_list(args: argparse.Namespace) -> int:
    with _open_existing(args.corpus, read_only=True) as corpus:
        for d in corpus.documents(with_text=False):
            print(f"d{d.id}\t{d.published or '-'}\t{d.outlet or '-'}\t{d.language or '-'}\t{d.title or Path(d.source_path).name}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from viewer.corpus.search import MARK_END, MARK_START, SearchError, search

    with _open_existing(args.corpus, read_only=True) as corpus:
        try:
            hits = search(corpus, args.query, limit=args.limit)
        except SearchError as exc:
            return fail(str(exc), 2)
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("«", "»")
    for hit in hits:
        snippet = " ".join(hit.snippet.split()).replace(MARK_START, bold).replace(MARK_END, plain)
        print(f"d{hit.document_id}\t{hit.title or ''}\t{snippet}")
    if not hits:
        print("no matches", file=sys.stderr)
    return 0


def cmd_analyse(args: argparse.Namespace) -> int:
    from viewer.analysis.pipeline import analyse

    progress = ProgressLine()
    with _open_existing(args.corpus) as corpus:
        try:
            report = analyse(corpus, progress=progress, redo=args.redo)
        finally:
            progress.finish()
    print(report.summary())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from viewer.export.atomic import ExportError
    from viewer.export.formats import export

    try:
        documents = parse_ids(args.documents, "d")
        claims = parse_ids(args.claims, "c")
    except ValueError as exc:
        return fail(str(exc), 2)
    if args.format == "pdf":
        if args.output in (None, "-"):
            return fail("a PDF needs a target file: -o FILE.pdf", 2)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # laying out a PDF needs no screen
        from viewer.render.pdf_layout import render
    else:
        render = None
    progress = ProgressLine()
    with _open_existing(args.corpus, read_only=True) as corpus:
        try:
            message = export(
                corpus, args.format, args.output, documents=documents, claims=claims, progress=progress,
                researcher=args.researcher, page_size=args.page_size, render=render,
            )
        except (ExportError, KeyError) as exc:
            return fail(str(exc).strip("'\""))
        finally:
            progress.finish()
    if message:
        print(message, file=sys.stderr)
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from viewer.analysis import corrections
    from viewer.analysis.pipeline import relink

    try:
        if args.correction in ("merge-speakers", "split-speaker"):
            payload = {"a": args.a, "b": args.b}
        elif args.correction == "delete-attribution":
            document, start, end = parse_passage(args.a)
            payload = {"document": document, "content": [start, end]}
        else:
            payload = {"a": parse_passage(args.a), "b": parse_passage(args.b)}
    except ValueError as exc:
        return fail(str(exc), 2)
    with _open_existing(args.corpus) as corpus:
        corrections.record(corpus, args.correction, payload)
        relink(corpus)
    print(f"recorded {args.correction}; speakers and claims relinked")
    return 0


HANDLERS = {
    "correct": cmd_correct,
    "open": cmd_open,
    "import": cmd_import,
    "list": cmd_list,
    "search": cmd_search,
    "analyze": cmd_analyse,
    "analyse": cmd_analyse,
    "export": cmd_export,
}
