"""Record files (.json, .jsonl, .csv): one document per record with a text field.

A malformed line or record is reported with its line number and the good ones still import.
`field_map` renames fields, e.g. ``{"text": "body", "published": "date"}``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Mapping

from viewer.corpus.encoding import BinaryContent, decode, with_cp1252_marks
from viewer.corpus.formats import FIELDS, Extracted, Extraction, FormatError
from viewer.jobs import Parts, unheard

_CONTAINER_KEYS = ("documents", "records", "articles", "items", "data")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def read_json(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """A list of records, a single record, or an object holding a list under a usual key."""
    text = _text(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:  # nothing of the file can be read: the file fails, not "1 record of 1 file"
        where = f"{'' if exc.msg.endswith(' at') else ' at'} line {exc.lineno}, column {exc.colno}"
        raise FormatError(f"invalid JSON ({exc.msg}{where}); nothing in it was imported") from None
    except RecursionError:
        raise FormatError(_too_deep(text)) from None
    records = _records_in(value)
    result = Extraction()
    for number, record in enumerate(records, start=1):
        parts(number - 1, len(records), "records")
        _add(result, record, field_map, None, f"record {number}")
    return result


def read_jsonl(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """One JSON object per line; blank lines are ignored."""
    result = Extraction()
    lines = _text(data).split("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parts(number - 1, len(lines), "lines")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.failures.append((number, f"line {number}: invalid JSON ({exc.msg}, column {exc.colno})"))
            continue
        except RecursionError:
            result.failures.append((number, f"line {number}: {_too_deep(line)}"))
            continue
        _add(result, record, field_map, number, f"line {number}")
    return result


def read_csv(data: bytes, field_map: Mapping[str, str], parts: Parts = unheard) -> Extraction:
    """A header row naming the fields, then one record per row (quoted fields may span lines)."""
    text = _text(data)
    _allow_fields_of(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text))
    result = Extraction()
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise FormatError(f"no CSV header row ({exc})" if str(exc) else "no CSV header row") from exc
    lines = text.count("\n") + 1
    while True:
        parts(reader.line_num, lines, "lines")
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.failures.append((line, f"line {line}: unreadable CSV ({exc}); the rest of the file was not read"))
            break
        if not row or row == [""]:
            continue
        if len(row) != len(header):
            result.failures.append((line, f"line {line}: expected {len(header)} fields, found {len(row)}"))
            continue
        _add(result, dict(zip(header, row)), field_map, line, f"line {line}")
    return result


def _too_deep(text: str) -> str:
    """A record file holds flat records; JSON nested thousands deep is not one (and Python's
    parser gives up on it), so say how deep it goes instead of repeating the parser's error."""
    depth = deepest = 0
    for bracket in _BRACKET.findall(_STRING.sub('""', text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return f"JSON nested {deepest:,} levels deep, too deep to read; records are objects with a 'text' field"


def _text(data: bytes) -> str:
    try:
        return decode(data)
    except BinaryContent as exc:
        raise FormatError(str(exc)) from exc


def _allow_fields_of(length: int) -> None:
    """The csv module refuses fields over 128 KB by default, and then cannot go on with the file.
    The whole file is already in memory (and under the import size limit), so a field as long
    as the file is no risk: an article pasted into one cell must import."""
    if csv.field_size_limit() <= length:
        csv.field_size_limit(min(length + 1, 2**31 - 1))


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in ",;\t"}
    delimiter = max(counts, key=counts.get)
    if delimiter == ",":
        return csv.excel

    class Delimited(csv.excel):
        pass

    Delimited.delimiter = delimiter
    return Delimited


def _records_in(value: object) -> list:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in _CONTAINER_KEYS:
            if isinstance(value.get(key), list) and "text" not in value:
                return value[key]
        return [value]
    return [value]


def _add(result: Extraction, record: object, field_map: Mapping[str, str], line: int | None, where: str) -> None:
    if not isinstance(record, dict):
        result.failures.append((line, f"{where}: not an object with fields"))
        return
    text_key = field_map.get("text", "text")
    text = record.get(text_key)
    if not isinstance(text, str) or not text.strip():
        keys = ", ".join(sorted(map(str, record))[:8])
        problem = "an empty" if isinstance(text, str) else "no"
        result.failures.append((line, f"{where}: {problem} '{text_key}' field (fields: {keys})"))
        if text is None:
            result.textless += [str(name) for name in record if str(name) not in result.textless]
        return
    fields = {}
    for name in FIELDS:
        value = record.get(field_map.get(name, name))
        if value is not None and str(value).strip():
            fields[name] = with_cp1252_marks(str(value).strip())
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    sha256 = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    # a JSON string escape ("\u0093") reaches the text only here, after decoding: read it as the file's bytes are
    result.documents.append(Extracted(with_cp1252_marks(text.replace("\r\n", "\n")), fields, sha256, line))
