"""The bench scripts are files, not a package: tests load each one by its path."""
from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench_script():
    """Load ``bench/NAME.py`` as a fresh module."""
    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load


def _committed(work: Path, message: str) -> Path:
    """The git directory of ``work`` with everything in it committed once: the snapshots the AllSides draws read are a
    repository's HEAD, never a work tree."""
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", message], check=True)
    return work / ".git"


@pytest.fixture
def allsides_crawl(tmp_path):
    """``allsides_crawl(stories)``: a bare git repository holding made-up AllSides roundups, one JSON object a line,
    where the NeuS repository keeps its crawl (bench/allsides.py reads it)."""
    def commit(stories: list[dict]) -> Path:
        work = tmp_path / "crawl"
        crawl = work / "data" / "raw_crawled" / "headline_11_2021-10-19_crawled_all.jsonl"
        crawl.parent.mkdir(parents=True)
        crawl.write_text("".join(json.dumps(story) + "\n" for story in stories), encoding="utf-8")
        return _committed(work, "crawl")
    return commit


@pytest.fixture
def repeated_draws(tmp_path):
    """``repeated_draws(builder, source)``: the events a set builder's ``prepare`` draws from ``source`` twice (4
    events each) and then fresh (2 events, excluding the first draw), as lists keyed "one", "two" and "fresh"."""
    def draw(builder, source) -> dict[str, list[str]]:
        builder.prepare(source, tmp_path / "one", events=4)
        builder.prepare(source, tmp_path / "two", events=4)
        builder.prepare(source, tmp_path / "fresh", events=2, exclude=[tmp_path / "one"])
        return {name: json.loads((tmp_path / name / "events.json").read_text(encoding="utf-8"))["events"]
                for name in ("one", "two", "fresh")}
    return draw


@pytest.fixture
def lines_export():
    """An export of two documents (``texts``, or none) whose one claim holds the given discrepancy lines, each (kind,
    explanation, [(document, start, end), ...]): what the discrepancy scripts read."""
    def build(lines, texts=()):
        docs = [{"id": f"d{k}", "source": {"path": f"/x/{name}.txt"}} for k, name in ((1, "a"), (2, "b"))]
        for doc, text in zip(docs, texts):
            doc["text"] = text
        claims = [{"id": "c1", "discrepancies": [
            {"kind": kind, "explanation": why, "mentions": [{"document": d, "start": s, "end": e} for d, s, e in mentions]}
            for kind, why, mentions in lines]}]
        return {"documents": docs, "claims": claims}
    return build


@pytest.fixture
def judged_file(tmp_path):
    """``judged_file(rows)``: a made-up judged links TSV (set, both sides' files and bounds, verdict, class) in
    ``tmp_path``, as training/judged/links*.tsv are written."""
    def write(rows) -> Path:
        path = tmp_path / "links99t.tsv"
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, delimiter="\t")
            out.writerow(["set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "verdict", "class"])
            out.writerows(rows)
        return path
    return write


@pytest.fixture
def set_document(tmp_path):
    """``set_document(name, text[, set_name])``: a made-up report written into ``tmp_path/sets/SET/docs`` (gvaT unless
    named), as a drawn set holds its texts, so a judged row naming the set finds it; gives back the text for the row's
    bounds."""
    def write(name: str, text: str, set_name: str = "gvaT") -> str:
        docs = tmp_path / "sets" / set_name / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
        return text
    return write


@pytest.fixture
def kept_set(tmp_path, bench_script):
    """``kept_set(texts)``: a made-up set "tiny" of the texts (file name to text, one event) analysed and kept by
    bench/keep_corpora.py; the folder holding tiny.corpus and tiny.json."""
    def keep(texts: dict[str, str]) -> Path:
        folder = tmp_path / "data" / "sets" / "tiny"
        (folder / "docs").mkdir(parents=True)
        for name, text in texts.items():
            (folder / "docs" / name).write_text(text, encoding="utf-8")
        events = {"documents": {name: {"event": "e1"} for name in texts}}
        (folder / "events.json").write_text(json.dumps(events), encoding="utf-8")
        out = tmp_path / "kept"
        out.mkdir()
        bench_script("keep_corpora").keep_set(tmp_path / "data", "tiny", out)
        return out
    return keep


@pytest.fixture
def judged_made(tmp_path):
    """``judged_made(set_name, rows)``: made-up documents (each row a first text, a second and a verdict), a judged file
    linking each pair whole and a kept export making the first link only, as (DATA, the exports' folder, [judged
    file]) for the counts over judged links (bench/veto_counts.py, bench/share_links.py)."""
    def write(name: str, rows: list[tuple[str, str, str]]):
        docs = tmp_path / "data" / "sets" / name / "docs"
        docs.mkdir(parents=True)
        lines = ["set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass"]
        for n, (first, second, verdict) in enumerate(rows):
            (docs / f"{n}a.txt").write_text(first, encoding="utf-8")
            (docs / f"{n}b.txt").write_text(second, encoding="utf-8")
            lines.append(f"{name}\t{n}a.txt\t0\t{len(first)}\t{n}b.txt\t0\t{len(second)}\t{verdict}\t")
        judged = tmp_path / "links.tsv"
        judged.write_text("\n".join(lines) + "\n", encoding="utf-8")
        base = tmp_path / "base"
        base.mkdir()
        first, second = rows[0][:2]
        export = {"documents": [{"id": 1, "source": {"path": "0a.txt"}}, {"id": 2, "source": {"path": "0b.txt"}}],
                  "claims": [{"mentions": [{"document": 1, "start": 0, "end": len(first)},
                                           {"document": 2, "start": 0, "end": len(second)}]}]}
        (base / f"{name}.json").write_text(json.dumps(export), encoding="utf-8")
        return tmp_path / "data", base, [judged]
    return write


@pytest.fixture
def event_docs(tmp_path):
    """``event_docs(set_name, texts, events)``: a made-up set under tmp_path (DATA) of the texts (file name to text)
    and ``events.json``'s documents (file name to its event, topic …); its docs folder."""
    def write(name: str, texts: dict[str, str], events: dict[str, dict]) -> Path:
        docs = tmp_path / "sets" / name / "docs"
        docs.mkdir(parents=True)
        for file, text in texts.items():
            (docs / file).write_text(text, encoding="utf-8")
        (tmp_path / "sets" / name / "events.json").write_text(json.dumps({"documents": events}), encoding="utf-8")
        return docs
    return write


@pytest.fixture
def one_claim_export(tmp_path):
    """``one_claim_export(set_name, docs, files)``: a kept export (tmp_path/out/SET.json) of one claim mentioning every
    one of ``files`` in ``docs``, so that each two of them are one linked pair; the exports' folder."""
    def write(name: str, docs: Path, files: list[str]) -> Path:
        export = {"documents": [{"id": f"d{k}", "source": {"path": str(docs / f)}} for k, f in enumerate(files)],
                  "claims": [{"mentions": [{"document": f"d{k}"} for k in range(len(files))]}]}
        out = tmp_path / "out"
        out.mkdir()
        (out / f"{name}.json").write_text(json.dumps(export), encoding="utf-8")
        return out
    return write


@pytest.fixture
def probe_snapshot(tmp_path):
    """``probe_snapshot(sources, crawl=(), targets=None)``: a bare git repository holding made-up NeuS probe files
    (``sources``: split to its lines, each ``TITLE=> … ARTICLE=> …`` reports joined by " [SEP] "; each target line
    "TITLE=> Story N. ARTICLE=> A summary." unless ``targets`` gives the splits' target lines) and a made-up AllSides
    crawl, where HLTCHKUST/framing-bias-metric keeps them (bench/allsides_probe.py reads both)."""
    def commit(sources: dict[str, list[str]], crawl=(), targets: dict[str, list[str]] | None = None) -> Path:
        work = tmp_path / "neus"
        probe = work / "data" / "naacl2022_lrc_roundup_random_order_probe"
        probe.mkdir(parents=True)
        for split in ("train", "val", "test"):
            lines = sources.get(split, [])
            wanted = (targets or {}).get(split, [f"TITLE=> Story {n}. ARTICLE=> A summary." for n in range(len(lines))])
            (probe / f"{split}.source").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            (probe / f"{split}.target").write_text("".join(line + "\n" for line in wanted), encoding="utf-8")
        raw = work / "data" / "raw_crawled" / "headline_11_2021-10-19_crawled_all.jsonl"
        raw.parent.mkdir(parents=True)
        raw.write_text("".join(json.dumps(story) + "\n" for story in crawl), encoding="utf-8")
        return _committed(work, "probe")
    return commit
