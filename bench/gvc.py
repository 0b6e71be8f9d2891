"""Multi-outlet sets with gold event chains from the Gun Violence Corpus, judged as ECB+'s are.

The Gun Violence Corpus (GVC; Vossen, Ilievski, Postma and Segers, LREC 2018; CC BY 4.0;
github cltl/GunViolenceCorpus) holds local news reports of US shootings, two to four outlets for
most incidents, with every mention of an incident's events (the firing, each victim's hitting,
injuring and death, the incident as a whole) linked across documents by annotators. Unlike ECB+,
whose topics hold two events each, its incidents are all alike, so a linker that joins reports by
topic links across incidents. That gives a second gold, on another corpus, for the same figures
``quality.py`` prints for ECB+: precision by chains, same-incident pairs found, links across.

    python bench/gvc.py GVC_DIR OUT [--exclude EARLIER_OUT ...]

The release's conll files are large files its mirrors lack; the repository
anastasia-zhukova/Diverse_CDCR_datasets (commit e12c8bf, folder ``GVC-prep/output_data``) keeps
GVC's dev and test splits (Bugert et al. 2021, by incident) as ``val/`` and ``test/``, each a
``dataset.conll`` (document key ``0/INCIDENT/DOC``, sentence, token, text, chain; sentence 0 is the
publication date, then the title) and an ``event_mentions.json`` whose ``description`` names a
mention's chain (``INCIDENT.TYPE.VICTIM``, ``0`` for a mention the annotators tied to no incident).
GVC_DIR holds those two folders. OUT receives ``gvcdev`` (the dev split) and ``gvcheldout`` (the
test split, run once by the lead, never to tune), laid out as ``bench/ecbplus.py``'s sets: a
sentence is annotated when it mentions an event of its incident. ``--exclude`` leaves out the
incidents earlier draws hold (``bench/gva.py`` draws from the same crawl), and records them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cdcr_conll import LINE_BREAK, read_sentences  # noqa: E402
from ecbplus import write_document  # noqa: E402
from event_set import drawn_before  # noqa: E402

SPLITS = {"gvcdev": "val", "gvcheldout": "test"}


def read_reports(path: Path) -> dict[str, tuple[str, str, dict[int, list[str]]]]:
    """Each document key's incident, publication date (sentence 0) and sentences, line breaks dropped."""
    reports = {}
    for key, sentences in read_sentences(path).items():
        date = sentences.pop(0, [""])[0]
        text = {n: [t for t in tokens if t != LINE_BREAK] for n, tokens in sentences.items()}
        reports[key] = (key.split("/")[1], date, text)
    return reports


def read_chains(path: Path) -> dict[tuple[str, int], set[str]]:
    """The incident chains each sentence (document id, sentence) mentions; mentions tied to no incident left out."""
    chains: dict[tuple[str, int], set[str]] = defaultdict(set)
    for mention in json.loads(path.read_text(encoding="utf-8")):
        if mention["description"] != "0":
            chains[mention["doc_id"], mention["sent_id"]].add(mention["description"])
    return chains


def prepare(gvc_dir: Path, out: Path, exclude: Sequence[Path] = ()) -> None:
    taken = drawn_before(exclude, "incidents")
    for set_name, split in SPLITS.items():
        reports = read_reports(gvc_dir / split / "dataset.conll")
        chains = read_chains(gvc_dir / split / "event_mentions.json")
        docs_dir = out / set_name / "docs"
        docs_dir.mkdir(parents=True, exist_ok=True)
        excluded = sorted({incident for incident, _d, _s in reports.values()} & taken)
        kept = {key: report for key, report in reports.items() if report[0] not in taken}
        index = {"source": f"Gun Violence Corpus (Vossen et al. 2018, CC BY 4.0), {split} split of Bugert et al. 2021,"
                           f" as kept in anastasia-zhukova/Diverse_CDCR_datasets GVC-prep/output_data/{split}",
                 **({"excluded": excluded} if exclude else {}),
                 "incidents": sorted({incident for incident, _d, _s in kept.values()}), "documents": {}}
        for key, (incident, date, sentences) in sorted(kept.items()):
            doc = key.split("/")[2]
            mentioned = {n: chains[doc, n] for n in sentences if chains.get((doc, n))}
            name = f"{incident}_{doc[:8]}"
            record = write_document(name, sentences, mentioned, set(mentioned), docs_dir)
            index["documents"][f"{name}.txt"] = {"event": incident, "topic": 0, "date": date, **record}
        (out / set_name / "events.json").write_text(json.dumps(index, indent=1), encoding="utf-8")
        print(f"{set_name}: {len(index['incidents'])} incidents, {len(index['documents'])} articles"
              f" ({len(excluded)} incidents excluded)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gvc_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a set drawn earlier (bench/gva.py); its incidents are left out")
    ns = parser.parse_args()
    prepare(ns.gvc_dir, ns.out, ns.exclude)
