"""Write the hand claim gold of ECB+ dev topics in the scorer's format, the file the pair model's fit reads.

    python training/ecb_dev_gold.py DATA [--out DATA/gold/dev_gold.json]

The gold lives in the repository as offsets only (``training/gold/``: the claims, the "maybe" pairs and each annotated
article's SHA-256), so it survives a data rebuild, as the earlier gold, kept outside, did not. Each mention's text is
read from ``DATA/sets/dev/docs`` at its offsets; an article that differs from the one annotated is refused by name,
since its offsets would point at other words. ``fit_verifier.dev_gold`` reads the JSON written.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
DOCS = Path("sets") / "dev" / "docs"


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one tab-separated gold file, by its header."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def checked_texts(data: Path, gold: Path) -> dict[str, str]:
    """The annotated articles' texts by file name, each checked against the SHA-256 it was annotated on."""
    texts = {}
    for row in read_rows(gold / "ecb_dev.documents.tsv"):
        path = data / row["document"]
        if not path.exists():
            raise SystemExit(f"{path}: absent; the gold annotates it (draw ECB+ dev again)")
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != row["sha256"]:
            raise SystemExit(f"{path}: differs from the article annotated (SHA-256 {row['sha256']}); its offsets "
                             "would point at other words")
        texts[Path(row["document"]).name] = raw.decode("utf-8")
    return texts


def mention(texts: dict[str, str], name: str, start: str, end: str) -> list[str]:
    """A mention as the scorer writes it: the article's key and the text at the offsets."""
    if name not in texts:
        raise SystemExit(f"{name}: annotated but not listed in ecb_dev.documents.tsv")
    a, b = int(start), int(end)
    if not 0 <= a < b <= len(texts[name]):
        raise SystemExit(f"{name}: offsets {a}-{b} lie outside the article")
    return [name.removesuffix(".txt"), texts[name][a:b]]


def gold_json(data: Path, gold: Path = GOLD) -> dict:
    """The scorer-format gold: the documents, each claim's mentions and the "maybe" pairs. The scorer also reads
    speakers and attributions, which this gold does not annotate: they are written empty, so `bench/quality.py` can
    score the dev set's links against it."""
    texts = checked_texts(data, gold)
    claims: dict[str, list[list[str]]] = {}
    for row in read_rows(gold / "ecb_dev_claims.tsv"):
        claims.setdefault(row["claim"], []).append(mention(texts, row["file"], row["start"], row["end"]))
    maybe = [[mention(texts, r["file_a"], r["start_a"], r["end_a"]), mention(texts, r["file_b"], r["start_b"], r["end_b"])]
             for r in read_rows(gold / "ecb_dev_maybe.tsv")]
    return {"documents": {name.removesuffix(".txt"): name for name in sorted(texts)}, "claims": claims, "maybe": maybe,
            "speakers": {}, "attributions": []}


def write_atomically(obj: dict, out: Path) -> None:
    """Write the JSON beside its place and rename it there, so a fit never reads half a file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=out.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the data folder holding sets/dev (ECB+ dev)")
    parser.add_argument("--out", type=Path, help="where to write (default DATA/gold/dev_gold.json)")
    parser.add_argument("--gold", type=Path, default=GOLD, help=argparse.SUPPRESS)
    ns = parser.parse_args(argv)
    gold = gold_json(ns.data, ns.gold)
    out = ns.out or ns.data / "gold" / "dev_gold.json"
    write_atomically(gold, out)
    mentions = sum(len(m) for m in gold["claims"].values())
    print(f"{out}: {len(gold['claims'])} claims, {mentions} mentions, {len(gold['maybe'])} maybe pairs, "
          f"{len(gold['documents'])} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
