"""What each `provenance` sub-command does; errors become one clear line and an exit status."""
from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from viewer.corpus import remarking
from viewer.corpus.connection import writable
from viewer.corpus.store import Corpus, CorpusError
from viewer.jobs import TaskState, counted
from viewer.terminal import ProgressLine

T = TypeVar("T")


CLOSED_PIPE = 128 + 13
"""The reader went away (``provenance list | head``): end quietly with the status a shell gives a
command SIGPIPE ended, as cat and grep do, so a pipeline that checks statuses still sees it."""


def fail(message: str, status: int = 1) -> int:
    print(f"provenance: {message}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    if args.selftest:
        from viewer.selftest import selftest

        return selftest()
    from viewer.identifiers import UnknownName

    handler = HANDLERS.get(args.command or "open")
    try:
        status = handler(args)
        sys.stdout.flush()
        return status
    except CorpusError as exc:
        return fail(str(exc))
    except UnknownName as exc:
        return fail(str(exc), 2)
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EPIPE):
            raise
        from viewer.export.atomic import failure, silence_stdout

        silence_stdout()
        if exc.errno == errno.EPIPE:
            return CLOSED_PIPE
        return fail(f"cannot write the output: {failure(exc, '.')}")


def _open_existing(path: str, for_reading: bool = False, progress: ProgressLine | None = None) -> Corpus:
    """An existing corpus (never created here); a write waits, visibly, for another writer.

    A command that only reads still opens a writable file for writing, so an older corpus is
    upgraded as it would be anywhere else; a read-only file or folder is read as it is, and said so.
    """
    line = progress or ProgressLine()
    corpus = Corpus(path, create=False, read_only=for_reading and not writable(Path(path)),
                    marking=remarking.said_to(line))
    if progress is None:
        line.finish()
    if corpus.read_only:
        print(f"provenance: note: {path} is read-only; it is open for reading only", file=sys.stderr)
    if progress is not None:
        corpus.write_lock_did_wait.connect(waiting_notice(progress))
    return corpus


def waiting_notice(progress: ProgressLine):
    """Tell the researcher once that another program holds the corpus's write lock."""
    from viewer.corpus.write_lock import WAITING

    return lambda seconds: progress.tell_once(f"{WAITING} (Ctrl-C to give up)")


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
    from viewer.corpus.importing import NOTHING_ADDED, ImportOptions, import_into

    from viewer.corpus.formats import FIELDS
    from viewer.identifiers import known_word

    field_map = {}
    for pair in args.map:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            return fail(f"--map expects FIELD=COLUMN, got {pair!r}", 2)
        field_map[known_word(field.strip(), ("text", *FIELDS), "field")] = column
    options = ImportOptions(max_bytes=int(args.max_size * 1024 * 1024), field_map=field_map)
    progress = ProgressLine()
    existed = Path(args.corpus).exists()
    try:
        report = import_into(args.corpus, args.paths, options, TaskState(progress), waiting=waiting_notice(progress))
    except KeyboardInterrupt:
        progress.finish()
        kept = f"{args.corpus} is as it was" if existed else f"no corpus was created at {args.corpus}"
        print(f"\nInterrupted: {NOTHING_ADDED}; {kept}.", file=sys.stderr)
        return 130
    finally:
        progress.finish()
    print(report.summary())
    if any(re.search(r"\bno '[^']*' field \(fields: ", reason) for _where, reason in report.failed):
        named = f"'{field_map['text']}'" if "text" in field_map else "'text'"
        print(f"A record without a {named} field holds its text under another name: give it with --map text=COLUMN"
              " (and --map title=, published=, outlet= for the rest).")
    if not Path(args.corpus).exists():
        print(f"No corpus was created at {args.corpus}: nothing was imported.")
    return 0 if report.imported or not report.failed else 1


def cmd_list(args: argparse.Namespace) -> int:
    from viewer.corpus import publication
    from viewer.provenance.wording import date_label

    from viewer.corpus.text_reader import read_by_older_reader

    older = []
    with _open_existing(args.corpus, for_reading=True) as corpus:
        dates = publication.datings(corpus)
        for d in corpus.documents(with_text=False):
            if read_by_older_reader(d.text_reader, d.source_path, d.source_format):
                older.append(d.id)
            elif args.older_reader:
                continue
            print(f"d{d.id}\t{date_label(dates[d.id])}\t{d.outlet or '-'}\t{d.language or '-'}\t{d.title or Path(d.source_path).name}")
    if older and not args.older_reader:  # said apart from the listing, which scripts read by its columns
        print(f"{len(older)} document{'s were' if len(older) != 1 else ' was'} read by an older version of the file"
              f" readers (`--older-reader` lists {'them' if len(older) != 1 else 'it'}): `provenance reread"
              f" {args.corpus} {'--older' if len(older) != 1 else f'd{older[0]}'}` may improve"
              f" {'their' if len(older) != 1 else 'its'} text", file=sys.stderr)
    elif args.older_reader and not older:
        print("Every document was read by this version of the file readers (or is a record of a file of many).",
              file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from viewer.corpus.search import MARK_END, MARK_START, SearchError, search, unsearched

    with _open_existing(args.corpus, for_reading=True) as corpus:
        try:
            hits = search(corpus, args.query, limit=args.limit)
        except SearchError as exc:
            return fail(str(exc), 2)
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("«", "»")
    for hit in hits:
        snippet = " ".join(hit.snippet.split()).replace(MARK_START, bold).replace(MARK_END, plain)
        print(f"d{hit.document_id}\t{hit.title or ''}\t{snippet}")
    if not hits:
        why = unsearched(args.query)
        print(f"no matches. {why}" if why else "no matches", file=sys.stderr)
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    from viewer.corpus import notes
    from viewer.identifiers import describe_target
    from viewer.provenance.wording import claim_label

    with _open_existing(args.corpus, for_reading=not args.rename) as corpus:
        if args.rename:
            try:
                stored, count = notes.rename_tag(corpus, *args.rename)
            except notes.BadTag as exc:
                return fail(str(exc), 2)
            print(f"“{args.rename[0]}” is now “{stored}” on {counted(count, 'target')}")
        elif args.tag is not None:
            hits = notes.tagged(corpus, args.tag)
            if not hits:
                known = ", ".join(c.tag for c in notes.tag_counts(corpus)) or "none"
                return fail(f"no tag “{args.tag}” in this corpus (tags: {known})", 2)
            names = _statement_names(corpus) if any(hit.kind == "statement" for hit in hits) else {}
            for hit in hits:
                note = " ".join(hit.body.split())
                name = f"d{hit.key}" if hit.kind == "passage" else names.get(hit.key, hit.key)  # d3:120-180, a7, c12
                print(f"{name}\t{describe_target(corpus, hit.kind, hit.key, claim_label)}" + (f"\tnote: {note}" if note else ""))
        elif args.documents:
            for document_id, tags in _tags_by_document(corpus).items():
                print(f"d{document_id}\t" + "; ".join(f"{tag} {n}" for tag, n in sorted(tags.items())))
        else:
            for count in notes.tag_counts(corpus):
                print(f"{count.tag}\t{count.described()}")
    return 0


def _statement_names(corpus: Corpus) -> dict[str, str]:
    """Each statement's note key → the a-id every export gives it, read once for all the hits (it
    was read again for each); a statement the analysis no longer finds keeps its key."""
    from viewer.analysis import store
    from viewer.corpus import notes
    from viewer.identifiers import attribution_labels

    labels = attribution_labels(corpus)
    return {notes.span_key(a.document_id, a.content.start, a.content.end): labels[a.id] for a in store.attributions(corpus)}


def _tags_by_document(corpus: Corpus) -> dict[int, dict[str, int]]:
    """Per document with any: each tag and how many of the document, its claims and its statements carry it."""
    from viewer.analysis import store
    from viewer.corpus import notes

    claims_in: dict[int, set[int]] = {}
    for claim in store.claims(corpus):
        for m in claim.mentions:
            claims_in.setdefault(claim.id, set()).add(m.document)
    out: dict[int, dict[str, int]] = {}
    for (kind, key), added in notes.annotations(corpus).items():
        try:
            documents = ({int(key.removeprefix("d"))} if kind == "document" else claims_in.get(notes.parse_claim_key(key), set())
                         if kind == "claim" else {notes.parse_span_key(key)[0]})
        except ValueError:  # a key of an older corpus naming nothing
            continue
        for document_id in documents:
            for tag in added.tags:
                tags = out.setdefault(document_id, {})
                tags[tag] = tags.get(tag, 0) + 1
    return dict(sorted(out.items()))


def cmd_analyse(args: argparse.Namespace) -> int:
    from viewer.analysis.claims.model_files import ModelUnavailable
    from viewer.analysis.pipeline import UNANALYSED_KEPT, pending_documents

    progress = ProgressLine()
    with _open_existing(args.corpus, progress=progress) as corpus:
        waiting = len(pending_documents(corpus))
        try:
            if args.workers is None and args.scheduler is None:
                report = _analyse(corpus, progress, args.redo)
            else:
                report = _analyse_on_cluster(corpus, progress, args)
        except ModelUnavailable as exc:
            return fail(str(exc))
        except ClusterError as exc:
            return fail(str(exc))
        except KeyboardInterrupt:
            progress.finish()
            print(f"\nInterrupted: {_kept(args, waiting, waiting - len(pending_documents(corpus)))}", file=sys.stderr)
            return 130
        finally:
            progress.finish()
    print(report.totals())
    for unanalysed in [*report.unanalysed, *report.too_long]:  # one too long only warns: it is no hole a rerun fills
        print(f"provenance: warning: not analysed: {unanalysed}", file=sys.stderr)
    if report.unanalysed:
        return fail(f"{counted(len(report.unanalysed), 'document')} could not be analysed ({UNANALYSED_KEPT});"
                    " the rest are analysed and linked", PARTLY_ANALYSED)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take documents out of the corpus (and what it holds on them), relinking the claims; the files stay."""
    from viewer.analysis.operations import remove
    from viewer.corpus.removal import UnknownDocuments
    from viewer.identifiers import parse_ids

    try:
        ids = [d for word in args.documents for d in parse_ids(word, "d") or []]
    except ValueError as exc:
        return fail(f"{exc}; nothing was removed", 2)
    if len(set(ids)) != len(ids):
        return fail("a document is named twice; name each once (nothing was removed)", 2)
    progress = ProgressLine()
    with _open_existing(args.corpus, progress=progress) as corpus:
        removal, status = _all_or_nothing(progress, "nothing was removed", lambda: remove(corpus, ids), UnknownDocuments)
    if status is not None:
        return status
    print(removal.said())
    print(f"Kept as removal {removal.kept_as}: `provenance removed {args.corpus} --restore {removal.kept_as}` brings"
          f" {'it' if len(removal.removed) == 1 else 'them'} back, `--forget {removal.kept_as}` drops the kept copy")
    return 0


def cmd_removed(args: argparse.Namespace) -> int:
    """The kept removals: listed, one taken back (relinking), or let go."""
    from viewer.analysis.operations import bring_back
    from viewer.corpus.removal import CannotBringBack, NoSuchRemoval, compact, forget_for_good, kept_removals

    progress = ProgressLine()
    with _open_existing(args.corpus, for_reading=not (args.restore or args.forget or args.compact),
                        progress=progress) as corpus:
        if args.compact:
            if not compact(corpus):
                return fail("another program has the corpus open, so its file could not be rewritten: close it and"
                            " try again; nothing was lost", 1)
            print(f"Rewrote {args.corpus} without the rows deleted from it: a forgotten removal's text is no longer"
                  " in the file")
            return 0
        kept = kept_removals(corpus)
        if not (args.restore or args.forget):
            for removal in kept:
                print(f"{removal.id}\t{removal.removed_at}\t{removal.named()}")
            if not kept:
                print("No removal is kept (nothing removed, or every removal taken back or let go).", file=sys.stderr)
            return 0
        chosen = args.restore or args.forget
        if chosen in ("last", "all") and not kept:
            return fail("the corpus keeps no removal; nothing was changed", 2)
        if args.forget:
            numbers = [k.id for k in kept] if chosen == "all" else [kept[-1].id] if chosen == "last" else [int(chosen)]
            if not set(numbers) <= {k.id for k in kept}:
                return fail(f"the corpus keeps no removal {chosen}; `provenance removed {args.corpus}` lists them", 2)
            print(forget_for_good(corpus, numbers).said().replace("CORPUS", args.corpus))
            return 0
        if chosen == "all":
            return fail("--restore takes one removal ('all' is for --forget); nothing was brought back", 2)
        number = kept[-1].id if chosen == "last" else int(chosen)
        back, status = _all_or_nothing(progress, "nothing was brought back, and the removal is still kept",
                                       lambda: bring_back(corpus, number), NoSuchRemoval, CannotBringBack)
    if status is not None:
        return status
    print(back.said())
    return 0


def cmd_reread(args: argparse.Namespace) -> int:
    """Read documents again from their original files, one transaction each; the first refusal stops."""
    from viewer.analysis.operations import reread
    from viewer.corpus.rereading import CannotReread
    from viewer.identifiers import parse_ids

    if args.older:
        if args.documents:
            return fail("give document ids or --older, not both; nothing was read", 2)
        return _reread_older(args)
    if not args.documents:
        return fail("name the documents to read again (e.g. d19), or --older for every one an older reader read;"
                    " nothing was read", 2)
    try:
        ids = list(dict.fromkeys(d for word in args.documents for d in parse_ids(word, "d") or []))
    except ValueError as exc:
        return fail(f"{exc}; nothing was read", 2)
    progress = ProgressLine()
    with _open_existing(args.corpus, progress=progress) as corpus:
        for document_id in ids:
            done, status = _all_or_nothing(progress, f"d{document_id} keeps the text it had",
                                           lambda document_id=document_id: reread(corpus, document_id), CannotReread)
            if status is not None:
                return status
            print(done.said())
    return 0


def _reread_older(args: argparse.Namespace) -> int:
    """`reread --older`: every marked document, refusals listed at the end (exit 3), one relink; Ctrl-C keeps the
    documents read so far (the next `analyze` analyses and relinks them)."""
    from viewer.analysis.claims.model_files import ModelUnavailable
    from viewer.analysis.marked_rereads import reread_marked
    from viewer.corpus.text_reader import older_reader_ids

    progress = ProgressLine()
    with _open_existing(args.corpus, progress=progress) as corpus:
        wanted = older_reader_ids(corpus)
        if not wanted:
            print("No document was read by an older version of its reader: nothing to read again.")
            return 0
        heard: list[dict] = []
        try:
            done = reread_marked(corpus, wanted, TaskState(progress), heard.append)
        except (KeyboardInterrupt, ModelUnavailable) as exc:
            progress.finish()
            one = len(heard) == 1
            kept = (f"the {counted(len(heard), 'document')} read again so far {'keeps its' if one else 'keep their'}"
                    f" new text; `provenance analyze {args.corpus}` analyses {'it' if one else 'them'} and relinks the"
                    " claims" if heard else "no document was read again")
            if isinstance(exc, ModelUnavailable):
                return fail(f"{exc}; {kept}")
            print(f"\nInterrupted: {kept}.", file=sys.stderr)
            return 130
        finally:
            progress.finish()
    summary, _, refusals = done.said().partition("\n")
    print(summary)
    if refusals:  # named apart from the summary, as `analyze` names the documents it could not analyse
        print(refusals, file=sys.stderr)
    return PARTLY_ANALYSED if done.refused else 0


def _all_or_nothing(progress: ProgressLine, unchanged: str, work: Callable[[], T],
                    *refusals: type[Exception]) -> tuple[T | None, int | None]:
    """Run one all-or-nothing change that relinks (remove, bring back, re-read): a refusal (exit 2), a missing model or
    Ctrl-C (130) says what was left unchanged; returns the change's result, or the exit status instead."""
    from viewer.analysis.claims.model_files import ModelUnavailable

    try:
        return work(), None
    except refusals as exc:
        return None, fail(str(exc), 2)
    except ModelUnavailable as exc:
        return None, fail(f"{exc}; {unchanged}")
    except KeyboardInterrupt:
        progress.finish()
        print(f"\nInterrupted: {unchanged}.", file=sys.stderr)
        return None, 130
    finally:
        progress.finish()


def _kept(args: argparse.Namespace, waiting: int, done: int) -> str:
    """What a Ctrl-C during `analyze` left: the corpus said only "work that was completed before"."""
    if not args.redo and not done:
        return f"none of the {counted(waiting, 'document')} was analysed yet."
    kept = "the documents analysed again so far are kept" if args.redo else f"{done} of {counted(waiting, 'document')} analysed and kept"
    return f"{kept}; their claims are linked to the rest when `provenance analyze {args.corpus}` carries on from there."


PARTLY_ANALYSED = 3
"""`analyse` finished, but some documents could not be analysed: not 0, so a script does not go on
to export a corpus with holes in it unawares; not 1 (nothing done, e.g. a missing model) nor 2 (a
wrong command), so a script can tell that the rest is analysed and linked, as rsync's 23 says a
transfer was partial."""


class ClusterError(Exception):
    """Dask is missing, or the cluster cannot be reached or used."""


def _analyse(corpus: Corpus, progress: ProgressLine, redo: bool, workers=None):
    from viewer.analysis.pipeline import analyse

    return analyse(corpus, TaskState(progress), redo=redo, workers=workers)


def _analyse_on_cluster(corpus: Corpus, progress: ProgressLine, args: argparse.Namespace):
    """The same analysis, its parallel parts on Dask: Dask is imported here and only here."""
    try:
        from viewer.analysis.cluster import ClusterUnavailable, connect
    except ImportError as exc:
        raise ClusterError(f"--workers and --scheduler need Dask ({exc.name} is not installed):"
                           " pip install 'provenance-viewer[cluster]'") from None
    where = f"the Dask scheduler at {args.scheduler}" if args.scheduler else counted(args.workers, "local worker")
    progress.tell_once(f"analysing on {where}")
    try:
        with connect(args.workers, args.scheduler) as workers:
            return _analyse(corpus, progress, args.redo, workers)
    except ClusterUnavailable as exc:
        raise ClusterError(str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    from viewer.export.atomic import ExportError
    from viewer.export.formats import export, named_format
    from viewer.export.palette import read_colours_option
    from viewer.identifiers import parse_ids

    try:
        documents = parse_ids(args.documents, "d", "--documents")
        claims = parse_ids(args.claims, "c", "--claims")
        colours = read_colours_option(args.colours)
        args.format = named_format(args.output, args.format)
    except (ValueError, ExportError) as exc:
        return fail(str(exc), 2)
    if args.format == "png":
        return _export_png(args, claims)
    if args.format == "pdf":
        if args.output in (None, "-"):
            return fail("a PDF needs a target file: -o FILE.pdf", 2)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # laying out a PDF needs no screen
        from viewer.render.pdf_layout import render
    else:
        render = None
    if args.progress_lines:  # read by another program, whatever this system's own encoding
        sys.stderr.reconfigure(encoding="utf-8", errors="replace")
    progress = ProgressLine(steps=args.progress_lines)
    with _open_existing(args.corpus, for_reading=True) as corpus:
        try:
            written = export(
                corpus, args.format, args.output, documents=documents, claims=claims, state=TaskState(progress),
                researcher=args.researcher, page_size=args.page_size, render=render, colours=colours,
            )
        except (ExportError, KeyError) as exc:
            return fail(str(exc).strip("'\""))
        except KeyboardInterrupt:
            progress.finish()
            print(f"\nInterrupted: {_export_untouched(args.output)}", file=sys.stderr)
            return 130
        finally:
            progress.finish()
    print(written.summary(), file=sys.stderr)  # stderr: standard output may be the export itself
    return 0


def _export_untouched(output: str | None) -> str:
    """What an interrupted export left: the target is written to a temporary file and renamed at the end, so a file
    already there is as it was; only standard output may hold a part."""
    if output in (None, "-"):
        return "what was written to standard output is incomplete; the corpus is unchanged."
    if Path(output).exists():
        return f"nothing was written; {output} is as it was."
    return f"nothing was written; {output} was not created."


def _export_png(args: argparse.Namespace, claims: list[int] | None) -> int:
    """The relay picture as a PNG: the SVG export, drawn by Qt (offscreen)."""
    from viewer.export.atomic import ExportError
    from viewer.export.relay_svg import relay_picture

    if args.output in (None, "-"):
        return fail("a PNG needs a target file: -o FILE.png", 2)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.render.relay_picture import write_png

    with _open_existing(args.corpus, for_reading=True) as corpus:
        svg, shown = relay_picture(corpus, claims)
    try:
        size = write_png(svg, Path(args.output))
    except ExportError as exc:
        return fail(str(exc))
    print(f"Wrote {args.output}: {shown} ({size.width()}×{size.height()} pixels)", file=sys.stderr)
    return 0


def parse_passage(value: str) -> list[int]:
    """'d1:0-120' → [1, 0, 120], the stable key corrections use for a passage."""
    document, _, span = value.partition(":")
    start, _, end = span.partition("-")
    parts = [document.strip().lower().removeprefix("d"), start, end]
    if not all(p.strip().isdigit() for p in parts) or int(start) >= int(end):
        raise ValueError(f"{value!r} is not a passage like d1:0-120")
    return [int(p) for p in parts]


def _passage_in(corpus: Corpus, value: str) -> list[int]:
    """A passage that lies inside a document the corpus holds."""
    from viewer.identifiers import UnknownName, check_documents

    document, start, end = parse_passage(value)
    check_documents(corpus, [document])
    length = len(corpus.document(document).text)
    if end > length:
        raise UnknownName(f"{value} runs past the end of d{document}, which is {length} characters long")
    return [document, start, end]


def _attribution(corpus: Corpus, value: str) -> dict:
    """An attribution named as the export numbers it (a7) or by its content passage (d1:0-120)."""
    from viewer.identifiers import attribution_at, attribution_numbered

    if ":" in value:
        found = attribution_at(corpus, *parse_passage(value))
    else:
        found = attribution_numbered(corpus, value)
    return {"document": found.document_id, "content": [found.content.start, found.content.end]}


def _passages(corpus: Corpus, args: argparse.Namespace) -> dict:
    return {"a": _passage_in(corpus, args.a), "b": _passage_in(corpus, args.b)}


def _speakers(corpus: Corpus, args: argparse.Namespace) -> dict:
    from viewer.identifiers import speaker_name

    return {"a": speaker_name(corpus, args.a), "b": speaker_name(corpus, args.b)}


def _edit(corpus: Corpus, args: argparse.Namespace) -> dict:
    from viewer.analysis.model import MADE_REPORT

    given = {"kind": args.kind, "speaker_name": args.speaker, "speaker_role": args.role,
             "speaker_kind": args.speaker_kind, "negation": args.report}
    changes = {name: value or None for name, value in given.items() if value is not None}
    if changes.get("negation") == MADE_REPORT:  # stored as no negation
        changes["negation"] = None
    return {**_attribution(corpus, args.a), "changes": changes}


def _document(corpus: Corpus, word: str) -> int:
    from viewer.identifiers import check_documents, parse_ids

    ids = parse_ids(word, "d") or []
    if len(ids) != 1:
        raise ValueError(f"{word!r} names no single document; name one like d3")
    check_documents(corpus, ids)
    return ids[0]


def _document_fields(corpus: Corpus, args: argparse.Namespace) -> list[dict]:
    """One correction a document: an outlet or date may be given to several at once ("d3,d5,d8")."""
    from viewer.analysis.corrections import SETTABLE
    from viewer.corpus.publication import checked_value
    from viewer.identifiers import check_documents, parse_ids

    field = SETTABLE[args.correction].field
    if field == "title":
        documents = [_document(corpus, args.document)]
    else:
        documents = parse_ids(args.document, "d") or []
        check_documents(corpus, documents)
    value = checked_value(field, args.value)
    return [{"document": document, "value": value} for document in documents]


def _restore(corpus: Corpus, args: argparse.Namespace) -> dict:
    from viewer.analysis.corrections import SETTABLE

    return {"document": _document(corpus, args.document), "field": SETTABLE[args.field].field}


def _claim_id(word: str) -> int:
    from viewer.identifiers import parse_ids

    ids = parse_ids(word, "c") or []
    if len(ids) != 1:
        raise ValueError(f"{word!r} names no single claim; name one like c7")
    return ids[0]


def _claim(corpus: Corpus, word: str):
    """A claim named as the export numbers it (c7), read whole: its passages name it to the next analysis."""
    from viewer.analysis import store
    from viewer.identifiers import UnknownName

    found = store.claims(corpus, [_claim_id(word)])
    if not found:
        raise UnknownName(f"the corpus has no claim c{_claim_id(word)} (the JSON export lists them)")
    return found[0]


def _not_carried(corpus: Corpus, args: argparse.Namespace) -> dict:
    from viewer.analysis import operations

    return operations.not_carried(_claim(corpus, args.claim), _document(corpus, args.document)).fields()


def _carries(corpus: Corpus, args: argparse.Namespace) -> dict:
    """A passage carries a claim: one the corpus holds, or one its article was judged not to carry that is no
    longer linked (a claim of two sources is gone once one of them is out; the judgement still names it)."""
    from viewer.analysis import claim_sources, operations

    passage = tuple(_passage_in(corpus, args.passage))
    try:
        claim = _claim(corpus, args.claim)
    except ValueError:
        judged = claim_sources.judged_out(corpus, passage[0], _claim_id(args.claim))
        if judged is None:
            raise
        return operations.carries_back(judged, passage).fields()
    if claim.covers(passage):
        raise ValueError(f"{args.passage} is already in claim c{claim.id}; nothing to record")
    return operations.carries(claim, passage).fields()


def _corrections(corpus: Corpus, args: argparse.Namespace) -> list:
    """The typed corrections the words name, checked against the corpus (`corrections.parse` has the last word)."""
    from viewer.analysis import corrections as c

    fields = {
        c.Link: _passages, c.Unlink: _passages, c.MergeSpeakers: _speakers, c.SplitSpeaker: _speakers,
        c.Restore: _restore, c.DeleteAttribution: lambda corpus, args: _attribution(corpus, args.a), c.EditAttribution: _edit,
        c.NotCarried: _not_carried, c.Carries: _carries,
    }
    kind = c.KINDS[args.correction]
    if kind is c.Unlink and _CLAIM_WORD.match(args.a.strip()):
        # "unlink c7 d2", the window's Unlink…: the article does not carry the claim, lastingly (two passages
        # unlink that pair alone, as Edit → Undo takes back a link, and another passage of d2 may join c7 later)
        args.claim, args.document = args.a, args.b
        kind = c.NotCarried
    if kind in (c.SetTitle, c.SetOutlet, c.SetDate):
        return [c.parse(args.correction, one) for one in _document_fields(corpus, args)]
    return [c.parse(kind.kind, fields[kind](corpus, args))]


_CLAIM_WORD = re.compile(r"^c\d+$", re.IGNORECASE)


def cmd_correct(args: argparse.Namespace) -> int:
    """The same job the window runs: recorded where each kind belongs, relinked when the analysis needs it."""
    from viewer.analysis.operations import correction_job

    progress = ProgressLine()
    with _open_existing(args.corpus, progress=progress) as corpus:
        try:
            steps = _corrections(corpus, args)
        except ValueError as exc:  # UnknownName and InvalidCorrection included: nothing is recorded
            return fail(str(exc), 2)
        try:
            changes = correction_job(steps)(corpus, TaskState(progress))
        finally:
            progress.finish()
    print(changes.summary)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import shutil

    from viewer.analysis import store
    from viewer.identifiers import check_claims, parse_ids
    from viewer.provenance.plain_text import relays_text, timeline_text
    from viewer.provenance.relays import claim_graph, corpus_graph
    from viewer.provenance.timeline import timeline

    try:
        ids = parse_ids(args.claim, "c", "--claim")
    except ValueError as exc:
        return fail(str(exc), 2)
    if ids is not None and len(ids) != 1:
        return fail("--claim takes one claim, e.g. c3", 2)
    width = min(shutil.get_terminal_size((100, 24)).columns, 120)
    with _open_existing(args.corpus, for_reading=True) as corpus:
        if not store.is_analysed(corpus):
            return fail(f"{args.corpus} has not been analysed yet: run `provenance analyse {args.corpus}` first")
        if ids is None:
            print(relays_text(corpus_graph(corpus)))
            return 0
        check_claims(corpus, ids)
        print(timeline_text(timeline(corpus, ids[0]), width))
        print()
        print(relays_text(claim_graph(corpus, ids)))
    return 0


def cmd_repair(args: argparse.Namespace) -> int:
    from viewer.corpus.store import ForeignObjectsError

    try:
        with Corpus(args.corpus, create=False, strip_foreign=args.strip_foreign) as corpus:
            for line in corpus.stripped:
                print(line)
            done = "is now" if corpus.stripped else "is"
            print(f"{args.corpus} {done} as Provenance Viewer creates it (corpus schema {corpus.schema_version}).")
    except ForeignObjectsError as exc:
        return fail(str(exc))
    return 0


HANDLERS = {
    "correct": cmd_correct,
    "open": cmd_open,
    "import": cmd_import,
    "list": cmd_list,
    "remove": cmd_remove,
    "removed": cmd_removed,
    "reread": cmd_reread,
    "search": cmd_search,
    "analyze": cmd_analyse,
    "analyse": cmd_analyse,
    "export": cmd_export,
    "repair": cmd_repair,
    "show": cmd_show,
    "tags": cmd_tags,
}
