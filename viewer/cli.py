"""The `provenance` command: import, list, search, analyse and export a corpus, or open the window."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from viewer import __version__

EXPORT_FORMATS = ("json", "csv", "md", "html", "pdf", "svg", "png")


def window_size(value: str) -> str:
    """'1280x800' → '1280x800'; anything else is refused by argparse with this message."""
    width, sep, height = value.lower().partition("x")
    if not (sep and width.strip().isdigit() and height.strip().isdigit()):
        raise argparse.ArgumentTypeError(f"{value!r} is not a size like 1280x800 (width x height in pixels)")
    if not (200 <= int(width) <= 10000 and 200 <= int(height) <= 10000):
        raise argparse.ArgumentTypeError(f"{value!r}: width and height must be between 200 and 10000 pixels")
    return f"{int(width)}x{int(height)}"


def worker_count(value: str) -> int:
    """'2' → 2; anything but a whole number from 1 up is refused by argparse with this message."""
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of workers (a whole number, 1 or more)")
    return int(value)


def removal_number(value: str) -> str:
    """A kept removal as listed by `removed`: its number, 'last' or 'all'."""
    word = value.strip().lower()
    if word in ("last", "all") or word.isdigit():
        return word
    raise argparse.ArgumentTypeError(f"{value!r} is not a removal: give its number as `removed CORPUS` lists it,"
                                     " 'last' or 'all'")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="provenance", description="Compare news reports of the same events: claims, speakers, sources."
    )
    parser.add_argument("--version", action="version", version=f"Provenance Viewer {__version__}")
    parser.add_argument("--selftest", action="store_true", help="check the installation on the sample corpus and exit")
    commands = parser.add_subparsers(dest="command")

    opening = commands.add_parser("open", help="open the desktop window")
    opening.add_argument("corpus", nargs="?", help="corpus file (default: the last one, or the sample corpus)")
    opening.add_argument("--sample", action="store_true", help="open the bundled sample corpus")
    opening.add_argument("--compare", help="document ids to show side by side, e.g. d1,d2")
    opening.add_argument("--claim", help="claim id to select, e.g. c1 (or [1], as the window and reports name it)")
    opening.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen to a PNG and exit")
    opening.add_argument("--size", default="1600x1000", type=window_size, metavar="WIDTHxHEIGHT",
                         help="window size for --screenshot (default 1600x1000)")

    importing = commands.add_parser(
        "import", help="import files or folders into a corpus (created if missing and something is imported)",
        description="Reads .txt, .md/.markdown, .html/.htm and .mhtml/.mht (saved web pages; nothing remote is"
                    " fetched), .pdf (its text layer), .docx (Word) and .json/.jsonl/.csv records (a 'text' field, or --map)."
                    " Folders are read recursively. The batch is one transaction: Ctrl-C or a full disk keeps none of it. A file that"
                    " cannot be read is named with its reason and the rest are imported; exact duplicates are skipped."
                    " Originals are never changed.")
    importing.add_argument("corpus", help="the corpus file (created when something is imported)")
    importing.add_argument("paths", nargs="+", help="files or folders to import")
    importing.add_argument("--max-size", type=float, default=50, metavar="MB", help="refuse files larger than this")
    importing.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help="read FIELD (text, title, outlet, published, url, author, language) from COLUMN of JSON/CSV records",
    )

    listing = commands.add_parser("list", help="list the documents of a corpus")
    listing.add_argument("corpus")
    listing.add_argument("--older-reader", action="store_true",
                         help="only the documents an older version of the file readers read: `provenance reread"
                              " CORPUS dN` may improve their text")

    removing = commands.add_parser(
        "remove", help="remove documents from a corpus (a wrong file, a copy); the files on disk are not touched",
        description="Remove the documents and everything the corpus holds on them (text, search entry, notes and tags,"
                    " analysis, corrections naming them), then relink the claims; all or nothing. The files they were"
                    " imported from are not touched. An id the corpus does not hold is refused and nothing is removed.")
    removing.add_argument("corpus")
    removing.add_argument("documents", nargs="+", metavar="DOCUMENT", help="document ids, e.g. d3 d7 (or d3,d7)")

    kept = commands.add_parser(
        "removed", help="the removals a corpus keeps: list them, take one back, or let them go",
        description="A removal keeps what it took (text, notes, tags, corrections, analysis) in the corpus file, so it"
                    " can be taken back. Without options: list the kept removals. --restore brings one back under the"
                    " same ids and relinks (all or nothing); --forget drops what it kept, for good.")
    kept.add_argument("corpus")
    doing_kept = kept.add_mutually_exclusive_group()
    doing_kept.add_argument("--restore", metavar="N", type=removal_number,
                            help="take back removal N (as listed; 'last' for the latest)")
    doing_kept.add_argument("--forget", metavar="N", type=removal_number,
                            help="drop what removal N kept ('all' for every one): the text leaves the file for good")
    doing_kept.add_argument("--compact", action="store_true",
                            help="rewrite the file without what was deleted from it (after a --forget that another"
                                 " program's open window kept from compacting it)")

    rereading = commands.add_parser(
        "reread", help="read a document again from its original file, with this version's readers",
        description="For a document imported by an older reader (a PDF before PDFs were read as prose keeps its words"
                    " joined by tabs): reads the file it was imported from again, if it is still there and unchanged"
                    " (SHA-256), keeping the document's id, notes, tags and corrections (they follow their words), then"
                    " analyses it again and relinks; all or nothing. The file is only read.")
    rereading.add_argument("corpus")
    rereading.add_argument("documents", nargs="*", metavar="DOCUMENT", help="document ids, e.g. d19 (or d19,d20)")
    rereading.add_argument("--older", "--all-older", action="store_true", dest="older",
                           help="every document an older version of its reader read (`list --older-reader`): each"
                                " read again in its own step, a refusal named at the end without stopping the rest,"
                                " the claims relinked once; exit 3 when some could not be read again")

    searching = commands.add_parser("search", help="full-text search (SQLite FTS5 syntax)")
    searching.add_argument("corpus")
    searching.add_argument("query", help="words, \"exact phrases\", AND, OR, NOT, prefix* and -word to leave one out,"
                                        " e.g. 'Mariupol AND surrender*'")
    searching.add_argument("--limit", type=int, default=50, help="at most this many documents (default 50)")

    tagging = commands.add_parser(
        "tags", help="the researcher's tags: counts, what carries one, rename or merge",
        description="Without options: each tag with how many documents, claims and statements carry it.")
    tagging.add_argument("corpus")
    doing = tagging.add_mutually_exclusive_group()
    doing.add_argument("--tag", help="list every document, claim and statement carrying this tag, with its note")
    doing.add_argument("--documents", action="store_true",
                       help="per document: the tags on it, on its claims and on its statements, counted")
    doing.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"),
                       help="rename a tag; a NEW the corpus has already merges the two")

    for name in ("analyze", "analyse"):
        analysing = commands.add_parser(
            name, help="find claims, attributions and speakers; link claims across documents",
            description="Analyse the new documents and link claims across the corpus. A document the analysis"
                        " fails on is named on standard error, left unanalysed and tried again by the next run;"
                        " the rest is analysed and linked, and the exit status is then 3. A document longer than the"
                        " analysis reads is named there too, never parsed nor retried: split it into parts.")
        analysing.add_argument("corpus")
        analysing.add_argument("--redo", action="store_true", help="analyse every document again")
        where = analysing.add_mutually_exclusive_group()
        where.add_argument("--workers", type=worker_count, metavar="N",
                           help="run on a local Dask cluster of N worker processes (needs provenance-viewer[cluster])")
        where.add_argument("--scheduler", metavar="tcp://HOST:8786",
                           help="run on the workers of a running Dask scheduler (they need the package installed)")

    correcting = commands.add_parser(
        "correct", help="record a correction that survives re-analysis",
        description="Corrections are stored apart from the analysis and applied on every run.",
    )
    correcting.add_argument("corpus")
    add_correction_parsers(correcting.add_subparsers(dest="correction", required=True))

    showing = commands.add_parser(
        "show", help="where a claim came from: its sources in time order, first reporter, thread and relays",
        description="With --claim: the claim's timeline, its thread of updates and who relayed it. "
                    "Without: who relays whom across the whole corpus.",
    )
    showing.add_argument("corpus")
    showing.add_argument("--claim", help="claim id, e.g. c3 (or [3], as the window and reports name it)")

    repairing = commands.add_parser(
        "repair", help="check a corpus for objects Provenance Viewer did not create (triggers, views, tables)",
        description="A corpus holding foreign triggers, views or tables is refused when opened; this removes them.",
    )
    repairing.add_argument("corpus")
    repairing.add_argument("--strip-foreign", action="store_true",
                           help="remove them (the file is changed; keep a copy if you need them)")

    exporting = commands.add_parser("export", help="export the corpus and its analysis")
    exporting.add_argument("corpus")
    exporting.add_argument("--format", choices=EXPORT_FORMATS,
                           help="default: what the output file's extension says (report.pdf, tables.csv), else json")
    exporting.add_argument("-o", "--output", help="target file ('-' or none: standard output, not for pdf)")
    exporting.add_argument("--documents", help="comma-separated document ids (default: all)")
    exporting.add_argument("--claims", help="comma-separated claim ids, c3 or [3] (default: all linked claims); without"
                                            " --documents, the documents carrying them")
    exporting.add_argument("--researcher", help="name printed on the cover and in the PDF metadata")
    exporting.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size")
    exporting.add_argument("--colours", help="claim colours to keep where they suit the selection, in order, e.g."
                                             " c7=#89CAF0,c3=#EEBC4C (the window passes the colours it shows)")
    exporting.add_argument("--progress-lines", action="store_true",
                           help="write each step as a line 'progress: DONE/TOTAL WHAT' on standard error, in UTF-8"
                                " (for a program that shows the progress, as the window does)")
    return parser


UNLINK_HELP = "a claim is not carried by an article (c7 d2), or two passages are not the same claim"


def add_correction_parsers(kinds: argparse._SubParsersAction) -> None:
    """One sub-command per kind of correction, named as `viewer.analysis.corrections` names it."""
    from viewer.analysis import corrections as c
    from viewer.analysis.model import ATTRIBUTION_KINDS, MADE_REPORT, NEGATIONS, SPEAKER_KINDS

    passages = (("a", "DOC:START-END", "e.g. d1:0-120"), ("b", "DOC:START-END", None))
    names = (("a", "NAME", None), ("b", "NAME", None))
    attribution = (("a", "ATTRIBUTION", "its id in the JSON export (a7) or its content passage (d1:0-120)"),)
    document = ("document", "DOCUMENT", "e.g. d3")
    documents = ("document", "DOCUMENTS", "e.g. d3, or d3,d5,d8 for several")
    unlinked = (("a", "CLAIM|DOC:START-END", "a claim (c7) and the document that does not carry it (d2), as the window's"
                 " Unlink: none of d2's passages joins c7, now or after any analysis; or two passages (d1:0-120"
                 " d2:15-140): that pair alone is unlinked (how a link is taken back)"),
                ("b", "DOCUMENT|DOC:START-END", None))
    words = {
        c.Link: passages, c.Unlink: unlinked, c.MergeSpeakers: names, c.SplitSpeaker: names,
        c.SetTitle: (document, ("value", "TITLE", 'e.g. "Mariupol: 1,026 surrender"')),
        c.SetOutlet: (documents, ("value", "OUTLET", "e.g. Reuters")),
        c.SetDate: (documents, ("value", "DATE", "e.g. 2022-04-13")),
        c.Restore: (document,),
        c.DeleteAttribution: attribution, c.EditAttribution: attribution,
        c.NotCarried: (("claim", "CLAIM", "its id in the JSON export, e.g. c7"), document),
        c.Carries: (("claim", "CLAIM", "its id in the JSON export, e.g. c7"),
                    ("passage", "DOC:START-END", "the passage that carries it, e.g. d3:120-180")),
    }
    for kind, correction in c.KINDS.items():
        parser = kinds.add_parser(kind, help=UNLINK_HELP if correction is c.Unlink else correction.what)
        for name, metavar, help in words[correction]:
            parser.add_argument(name, metavar=metavar, help=help)
    kinds.choices[c.Restore.kind].add_argument("field", choices=tuple(c.SETTABLE))
    editing = kinds.choices[c.EditAttribution.kind]
    editing.add_argument("--kind", choices=ATTRIBUTION_KINDS, help="how the statement is reported")
    editing.add_argument("--speaker", help="who said it")
    editing.add_argument("--role", help="the speaker's role ('' for none)")
    editing.add_argument("--speaker-kind", choices=SPEAKER_KINDS, help="what kind of speaker")
    editing.add_argument("--report", choices=(MADE_REPORT, *NEGATIONS),
                         help="whether the speaker made the report: 'negated' (did not say), 'withheld' (declined to say)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:  # a Ctrl-C while the commands load (a second on a busy laptop) is an interruption too, not a traceback
        from viewer.commands import run

        return run(args)
    except KeyboardInterrupt:
        print("\nInterrupted: the corpus holds only work that was completed before.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
