"""A fingerprint of each file reader's code beside its version, so a reader changed without a version bump fails a
test instead of leaving documents it reads differently unmarked.

Each reader (`text_reader.TEXT_READERS`) is its module in `corpus.formats` and every module of ours it imports,
followed through their imports (the formats package itself is counted, since it says which reader reads which file,
but not followed: it imports every reader). Third-party readers (pypdf, trafilatura, markdown-it) are not covered:
their versions are ranges in pyproject.toml, not one installed copy. A module's fingerprint is the SHA-256 of its
lines without blank and comment-only lines, with line endings made LF, so a comment or a Windows checkout does not
count as a change; a docstring does (say ``--same-text`` when only that changed).

``python -m viewer.corpus.reader_fingerprints`` re-records tests/corpus/text_readers.json (a developer's tool, run in a checkout); it refuses a reader whose code
changed while its version did not, unless told with ``--same-text READER`` that the change reads every file to the
same text. ``--check`` only says what is stale (as the test does).
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from viewer.corpus.text_reader import TEXT_READERS

ROOT = Path(__file__).resolve().parents[2]  # the checkout: module paths are recorded relative to it
RECORD = ROOT / "tests" / "corpus" / "text_readers.json"  # the test's record: a checkout's, never read at run time
FORMATS = "viewer.corpus.formats"
RECORD_COMMAND = "python -m viewer.corpus.reader_fingerprints"


def module_path(name: str) -> Path:
    """Where one of our modules' source is."""
    base = ROOT.joinpath(*name.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def _relative(name: str) -> str:
    return module_path(name).relative_to(ROOT).as_posix()


def imported_modules(name: str) -> set[str]:
    """Our modules this one imports, at the top or inside a function (a reader loads its helpers when first used)."""
    tree = ast.parse(module_path(name).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("viewer.")}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("viewer."):
            for alias in node.names:  # "from viewer.corpus.formats import pdf" names a module, "… import Extracted" not
                whole = f"{node.module}.{alias.name}"
                found.add(whole if module_path(whole).exists() else node.module)
    return found


def reader_modules(reader: str) -> list[str]:
    """The modules whose code decides the text this reader reads: its own, and what it imports of ours."""
    seen, waiting = set(), [f"{FORMATS}.{reader}"]
    while waiting:
        name = waiting.pop()
        if name in seen:
            continue
        seen.add(name)
        if name != FORMATS:  # the registry: counted, not followed (it imports every reader)
            waiting += sorted(imported_modules(name) - seen)
    return sorted(_relative(name) for name in seen)


def fingerprint(relative_path: str) -> str:
    """SHA-256 of a module's code lines: blank and comment-only lines left out, line endings LF."""
    lines = (ROOT / relative_path).read_text(encoding="utf-8").splitlines()
    code = [line.rstrip() for line in lines if line.strip() and not line.strip().startswith("#")]
    return hashlib.sha256("\n".join(code).encode("utf-8")).hexdigest()


def current() -> dict[str, dict]:
    """Each reader's version and its modules' fingerprints as the code stands."""
    return {reader: {"version": version, "modules": {path: fingerprint(path) for path in reader_modules(reader)}}
            for reader, (version, _formats) in TEXT_READERS.items()}


def recorded(path: Path = RECORD) -> dict[str, dict]:
    """What was recorded last (nothing for a reader never recorded)."""
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["readers"]


@dataclass(frozen=True)
class Stale:
    """A reader whose record no longer matches the code: what to do about it, in words."""

    reader: str
    message: str
    needs_bump: bool  # its code changed and its version did not


def stale(now: dict[str, dict], before: dict[str, dict]) -> list[Stale]:
    """Each reader whose code or version differs from the record, and what to do about it."""
    found = []
    for reader, entry in now.items():
        old = before.get(reader)
        if old is None:
            found.append(Stale(reader, f"the {reader} reader is not recorded: run `{RECORD_COMMAND}`", False))
            continue
        changed = [path for path, digest in entry["modules"].items() if old["modules"].get(path) != digest]
        changed += [path for path in old["modules"] if path not in entry["modules"]]
        if changed and entry["version"] == old["version"]:
            where = ", ".join(changed)
            found.append(Stale(reader, (
                f"{where} changed: bump its reader version (\"{reader}\" in TEXT_READERS, viewer/corpus/text_reader.py,"
                f" now {entry['version']}) and re-record (`{RECORD_COMMAND}`); if every file still reads to the same"
                f" text, re-record with `{RECORD_COMMAND} --same-text {reader}` instead"), True))
        elif changed or entry["version"] != old["version"]:
            found.append(Stale(reader, f"the {reader} reader's version or code is newer than recorded"
                                       f" (version {old['version']} → {entry['version']}): run `{RECORD_COMMAND}`", False))
    return found


def record(same_text: set[str], path: Path = RECORD) -> list[Stale]:
    """Write the record anew; refused (nothing written) while a reader's code changed without a bump, unless it is
    named as reading the same text. Returns the refusals."""
    now = current()
    refused = [s for s in stale(now, recorded(path)) if s.needs_bump and s.reader not in same_text]
    if refused:
        return refused
    note = ("Written by `python -m viewer.corpus.reader_fingerprints`: each file reader's version (text_reader.py) and"
            " the SHA-256 of its modules' code lines; tests/corpus/test_reader_fingerprints.py fails when they part.")
    path.write_text(json.dumps({"about": note, "readers": now}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=RECORD_COMMAND, description=__doc__.split("\n\n")[0])
    parser.add_argument("--same-text", action="append", default=[], metavar="READER", choices=sorted(TEXT_READERS),
                        help="this reader's code changed but it reads every file to the same text: record it as is")
    parser.add_argument("--check", action="store_true", help="say what is stale, write nothing (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        found = stale(current(), recorded())
        for s in found:
            print(s.message, file=sys.stderr)
        return 1 if found else 0
    refused = record(set(args.same_text))
    for s in refused:
        print(s.message, file=sys.stderr)
    if refused:
        print(f"Nothing was recorded ({RECORD.relative_to(ROOT)}).", file=sys.stderr)
        return 1
    print(f"Recorded {', '.join(f'{r} {v}' for r, (v, _f) in TEXT_READERS.items())} in {RECORD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
