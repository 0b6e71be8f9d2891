"""What an import did, in words a researcher can act on: the report of every file's fate and its summary.

Counts say what they count: a file, a record of a file, a folder that held nothing to read, a name that leads nowhere
("Failed 3 files" was one file and two empty folders).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_LISTED = 10


@dataclass
class ImportReport:
    imported: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    near_duplicates: list[tuple[int, int]] = field(default_factory=list)  # (new, earlier) document ids
    files: dict[int, str] = field(default_factory=dict)  # the file of each document a near-duplicate line names
    warnings: list[tuple[str, str]] = field(default_factory=list)  # imported, with a repair noted
    textless: list[tuple[str, list[str]]] = field(default_factory=list)  # record files without the text field: their fields
    not_files: dict[str, str] = field(default_factory=dict)  # failed entries that are no file: "folder" or "path"

    def add(self, stored: "ImportReport") -> None:
        """Take in what a store into the corpus did (files read here keep their own report)."""
        self.imported += stored.imported
        self.skipped += stored.skipped
        self.near_duplicates += stored.near_duplicates
        self.files |= stored.files

    def summary(self, fields_asked: bool = False) -> str:
        """What happened, in words a researcher can act on. ``fields_asked``: the window asks which field
        holds the text of the record files without one (`textless`), in the one dialog that lists their
        fields, so their records are not also listed here as failures (two dialogs, one after the other)."""
        lines = [f"Imported {len(self.imported)} document{'s' if len(self.imported) != 1 else ''}."]
        lines += _listed(f"Skipped {_skipped_files(self.skipped)}", _duplicates_together(self.skipped))
        failed = self.failed
        if fields_asked:
            textless = {path for path, _fields in self.textless}
            failed = [(where, reason) for where, reason in failed
                      if not ((_record_of(where) or (where,))[0] in textless and _NO_TEXT in reason)]
        lines += _listed(f"Failed {_failures(failed, self.not_files)}", failed)
        lines += _listed(f"Read {_warned(self.warnings)} with warnings", self.warnings)
        if self.near_duplicates:
            lines.append(f"Near-duplicates {len(self.near_duplicates)} (imported, marked ≈ in the document list):")
            lines += [f"  {self._named(new)} looks like {self._named(old)}: the two share every claim"
                      for new, old in self.near_duplicates[:_LISTED]]
            if len(self.near_duplicates) > _LISTED:
                lines.append(f"  … and {len(self.near_duplicates) - _LISTED} more")
        return "\n".join(lines)

    def _named(self, document_id: int) -> str:
        """A document as the window and the other commands name it, with its file: the report is read before
        either list is opened."""
        return f"d{document_id} ({self.files[document_id]})" if self.files.get(document_id) else f"d{document_id}"


def _listed(heading: str, entries: list[tuple[str, str]]) -> list[str]:
    if not entries:
        return []
    grouped = _grouped(entries)
    lines = [f"{heading}:"] + [f"  {where}: {reason}" for where, reason in grouped[:_LISTED]]
    if len(grouped) > _LISTED:
        lines.append(f"  … and {len(grouped) - _LISTED} more")
    return lines


_DUPLICATE = re.compile(r"exact duplicate of d(\d+)$")
_UNREAD_KIND = re.compile(r"(\d+) files of a kind not read here")
_DUPLICATES_NAMED = 5  # documents named on the one line of a batch's exact duplicates


def _skipped_files(entries: list[tuple[str, str]]) -> str:
    """How many files were skipped: a folder's line counts the files of a kind not read here it stands for, and a
    record skipped as a duplicate is no file of its own."""
    files = sum(int(kinds.group(1)) if (kinds := _UNREAD_KIND.match(reason)) else 1
                for where, reason in entries if not _record_of(where))
    records = [_record_of(where)[0] for where, _reason in entries if _record_of(where)]
    return _with_records([_counted(files, "file")] if files or not records else [], records)


def _duplicates_together(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The exact duplicates of a batch on one line, after the other entries: a folder imported again to add its new
    files listed every file it already held, one line each, and the ten lines shown were all such."""
    duplicates = [int(m.group(1)) for _where, reason in entries if (m := _DUPLICATE.fullmatch(reason))]
    if len(duplicates) < 2:
        return entries
    rest = [(where, reason) for where, reason in entries if not _DUPLICATE.fullmatch(reason)]
    named = ", ".join(f"d{d}" for d in duplicates[:_DUPLICATES_NAMED])
    more = f" and {len(duplicates) - _DUPLICATES_NAMED} more" if len(duplicates) > _DUPLICATES_NAMED else ""
    noun = "documents" if any(_record_of(where) for where, reason in entries if _DUPLICATE.fullmatch(reason)) else (
        "files")
    return rest + [(f"{len(duplicates)} {noun}", f"already in the corpus, each an exact duplicate (of {named}{more})")]


_RECORD = re.compile(r"(line|record) (\d+): ")
_NO_TEXT = " no 'text' field"  # a record file's reader says so of a record without its text field


def _failures(entries: list[tuple[str, str]], not_files: dict[str, str]) -> str:
    """"2 files, 1 folder and 30 records of 1 file": a record file's rows fail one by one, so a bare count
    of entries ("Failed 32") read as 32 files; and a folder with nothing to read, or a name that leads nowhere, is
    no file ("Failed 1 file" for an empty folder)."""
    unnumbered = Counter(where for where, _ in entries if not _record_of(where) and where not in not_files)
    files = [where for where, times in unnumbered.items() if times == 1]
    # a JSON list's records name no line: several failures of one such file are its records ("Failed 4 files" for a
    # page and a list of 3 numbers, over 2 lines of report)
    records = [_record_of(where)[0] for where, _ in entries if _record_of(where)]
    records += [where for where, times in unnumbered.items() if times > 1 for _ in range(times)]
    kinds = Counter(not_files[where] for where, _ in entries if where in not_files)
    said = [_counted(len(files), "file")] if files else []
    said += [_counted(kinds["folder"], "folder")] if kinds["folder"] else []
    said += [f"{_counted(kinds['path'], 'path')} that {'does' if kinds['path'] == 1 else 'do'} not exist"
             ] if kinds["path"] else []
    return _with_records(said, records)


def _warned(entries: list[tuple[str, str]]) -> str:
    """"1 file and 2 records of 1 file": a file has one line of warnings, and a line more for each document too long
    to analyse, so a count of lines ("Read with warnings 2") counted one file twice."""
    records = [_record_of(where)[0] for where in {where for where, _ in entries if _record_of(where)}]
    files = {where for where, _ in entries if not _record_of(where)} - set(records)
    return _with_records([_counted(len(files), "file")] if files else [], records)


def _with_records(said: list[str], records: list[str]) -> str:
    """What ``said`` counts, then the records (each named by its file) as "30 records of 2 files", in one phrase."""
    if records:
        said = [*said, f"{_counted(len(records), 'record')} of {_counted(len(set(records)), 'file')}"]
    return " and ".join([", ".join(said[:-1]), said[-1]]) if len(said) > 1 else "".join(said)


def _record_of(where: str) -> tuple[str, str] | None:
    """(file, line) of a failure that names a line of its file, else None."""
    path, _, line = where.rpartition(":")
    return (path, line) if path and line.isdigit() else None


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _grouped(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One line for the records of one file that fail alike ("500 records, lines 2 to 501: no 'text'
    field"): listed one by one, a CSV without a text column filled the report and hid every other file."""
    groups: list[tuple[str, str | None, list[int], tuple[str, str]]] = []  # file, reason unnumbered, numbers, first
    for where, reason in entries:
        record = _record_of(where)
        path = record[0] if record else where
        found = _RECORD.match(reason)
        rest = reason[found.end():] if found else None
        number = int(found.group(2)) if found else 0
        last = groups[-1] if groups else None
        if found and last and last[:2] == (path, rest) and number > last[2][-1]:  # a file named twice is listed twice
            last[2].append(number)
        else:
            groups.append((path, rest, [number], (where, reason)))
    out = []
    for path, rest, numbers, first in groups:
        if len(numbers) == 1:
            where, reason = first
            said_twice = rest is not None and where == f"{path}:{numbers[0]}"  # "a.csv:14: line 14: …"
            out.append((where, rest) if said_twice else first)
        else:
            unit = _RECORD.match(first[1]).group(1)
            out.append((path, f"{len(numbers)} records, {unit}s {numbers[0]} to {numbers[-1]}: {rest}"))
    return out
