"""Group what the analysis gets wrong on PolNeAR train by class, and count each class.

    python training/polnear_errors.py PREPARED EXPORT.json [--part fit] [--cache FILE] [--examples N] [--shapes N]

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (train split only); EXPORT.json the
analysis of its articles (``provenance export --format json``). Only articles of ``--part``
(training/polnear_parts.py) are read: error analysis belongs on the ``fit`` part, so that a rule
written from it is still checked on articles nobody read. Attributions are matched one to one as
polnear.py matches them for content+source F1 (the scorer's own span and name rules).

Every gold attribution left unmatched is a miss, every system one a false attribution, each put in
one class:
- miss, content found, source wrong: a system attribution covers the content but names another
  source (``none``: no speaker, ``pronoun``, ``unnamed``: a description that names no one,
  ``other``), or the one that would match is already matched to another gold attribution
  (``taken``: one content covering two annotated reports);
- miss, content not found: where the analysis lost it, read at the gold cue's head word in the
  parse: ``noun cue`` (the cue is a noun or a preposition after one: "her support for…"),
  ``verb rejected`` (the cue model scores the verb under its threshold), ``verb accepted, no frame``
  with why (``passive``, ``negated``, ``question``, ``first person``, ``no subject``), ``frame lost
  later`` (a frame was built from the verb but no attribution covers the content), ``other``;
- false: ``source wrong`` (its content covers a gold content whose source it misses) or ``no gold``.

``--shapes N`` also prints the N commonest shapes of the missed cues whose content was not found: the cue
span's words as lemmas, names as PROPN and determiners or possessives as DET ("support for", "DET
question of", "raise question about"), to see which cues that are no verb are worth a frame.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from training.fit_cues import parse  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402

PRONOUNS = frozenset("he she they it we i you who which that this his her their its him them whom whose".split())


def main() -> None:
    """Print the error classes of one part of PolNeAR train, each counted."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path)
    parser.add_argument("export", type=Path)
    parser.add_argument("--part", default="fit", choices=("fit", "check"))
    parser.add_argument("--cache", type=Path, help="parses of all prepared articles (spaCy DocBin, as fit_cues.py keeps);"
                        " without it the part's articles are parsed here")
    parser.add_argument("--examples", type=int, default=0, help="print this many random examples of each class")
    parser.add_argument("--shapes", type=int, default=0, help="print this many commonest shapes of missed cues")
    args = parser.parse_args()
    gold = json.loads((args.prepared / "gold.json").read_text(encoding="utf-8"))
    export = json.loads(args.export.read_text(encoding="utf-8"))
    texts = {d["name"]: (args.prepared / "docs" / d["name"]).read_text(encoding="utf-8") for d in gold["documents"]}
    names = list(texts) if args.cache else [n for n in texts if part_of(n) == args.part]  # a cache holds every article
    parses = parse(args.prepared, names, args.cache)
    rows = classify(gold, texts, export, args.part, parses)
    print_table(rows, args.examples)
    if args.shapes:
        print_shapes(rows, parses, args.shapes)


def classify(gold: dict, texts: dict[str, str], export: dict, part: str, parses: dict) -> list[dict]:
    """One row per error of the part's articles: ``error`` (miss / false), ``cls`` and the words. ``texts``
    are the prepared articles by name, ``parses`` their spaCy parses (an article without one is not
    looked into past "content not found")."""
    import evalcommon as C

    documents = [d for d in gold["documents"] if part_of(d["name"]) == part]
    docmap, _ = C.map_documents(export, {d["name"] for d in documents})
    exported = {d["id"]: d.get("text", "") for d in export.get("documents", [])}
    speakers = {s["id"]: s for s in export.get("speakers", [])}
    by_doc = defaultdict(list)
    for a in export.get("attributions", []):
        by_doc[docmap.get(a.get("document"))].append(a)
    annotated = defaultdict(list)
    for g in gold["attributions"]:
        annotated[g["doc"]].append(g)
    rows = []
    for document in documents:
        name = document["name"]
        export_id = next((i for i, n in docmap.items() if n == name), None)
        if export_id is None:
            continue
        text = exported[export_id]
        aligner = C.Aligner(texts[name], text)
        golds = [_gold(g, document, aligner, C) for g in annotated[name]]
        golds = [g for g in golds if g is not None]
        systems = [_system(a, speakers, document, aligner, C) for a in by_doc[name]]
        systems = [s for s in systems if s is not None]
        edges = {i: [j for j, g in enumerate(golds) if _content(s, g, C) and _source(s, g, C)] for i, s in enumerate(systems)}
        matched = C.max_matching(len(systems), {i: e for i, e in edges.items() if e})
        hit = set(matched.values())
        parse = parses.get(name) if parses.get(name) is not None and parses[name].text == text else None
        for j, g in enumerate(golds):
            if j not in hit:
                rows.append({"error": "miss", "cls": _miss_class(g, systems, matched, parse, C), "doc": name,
                             "source": g["g"]["source_text"], "cue": g["g"]["cue_text"],
                             "content": g["g"]["content_text"],
                             "cue_spans": g["cue"]})
        for i, s in enumerate(systems):
            if i not in matched:
                wrong_source = any(_content(s, g, C) for g in golds)
                rows.append({"error": "false", "cls": "source wrong" if wrong_source else "no gold", "doc": name,
                             "source": s["speaker_text"], "cue": s["cue_text"], "content": s["content_text"]})
    return rows


def _gold(g: dict, document: dict, aligner, C) -> dict | None:
    content = [s for s in (aligner.span(a, b) for a, b in g["content"]) if s]
    if not content:
        return None
    hull = (min(s for s, _ in content), max(e for _, e in content))
    sentences = [s for s in (aligner.span(a, b) for a, b in document["sentences"]) if s]
    return {"g": g, "parts": content + ([hull] if len(content) > 1 else []), "hull": hull,
            "window": C.window_of(sentences, hull),
            "cue": [s for s in (aligner.span(a, b) for a, b in g["cue"]) if s],
            "source": [s for s in (aligner.span(a, b) for a, b in g["source"]) if s], "fold": C.fold(g["source_text"])}


def _system(a: dict, speakers: dict, document: dict, aligner, C) -> dict | None:
    content = C.span_of(a.get("content"))
    if content is None:
        return None
    ignored = [s for s in (aligner.span(x, y) for x, y in document.get("ignore", [])) if s]
    if any(C.overlap(content, ig) * 2 >= content[1] - content[0] for ig in ignored):
        return None
    speaker = speakers.get(a.get("speaker"), {}) if a.get("speaker") is not None else {}
    said = a.get("speaker_text") if isinstance(a.get("speaker_text"), dict) else None
    names = ([said.get("text", "")] if said else []) + [speaker.get("name", "")] + list(speaker.get("aliases") or [])
    return {"content": content, "speaker_span": C.span_of(said) if said else None, "named": bool(a.get("speaker_name")),
            "names": [C.fold(n) for n in names if n], "speaker_text": said.get("text", "") if said else "",
            "cue_text": (a.get("cue") or {}).get("text", ""), "content_text": (a.get("content") or {}).get("text", "")}


def _content(s: dict, g: dict, C) -> bool:
    return C.inside(s["content"], g["window"]) and any(C.covers(s["content"], p) for p in g["parts"])


def _source(s: dict, g: dict, C) -> bool:
    if not g["source"]:
        return True
    if s["speaker_span"] and any(C.covers_tight(s["speaker_span"], gs) for gs in g["source"]):
        return True
    return any(C.name_matches(n, g["fold"]) for n in s["names"])


def _miss_class(g: dict, systems: list[dict], matched: dict, parse, C) -> str:
    found = [i for i, s in enumerate(systems) if _content(s, g, C)]
    if found:
        if any(i in matched and _source(systems[i], g, C) for i in found):
            return "content found, source wrong: taken"
        words = systems[found[0]]["speaker_text"].strip()
        if not words:
            return "content found, source wrong: none"
        if words.lower() in PRONOUNS:
            return "content found, source wrong: pronoun"
        if not systems[found[0]]["named"]:
            return "content found, source wrong: unnamed"
        return "content found, source wrong: other"
    if parse is None:
        return "content not found: not parsed"
    return "content not found: " + _where_lost(g, systems, parse)


def _where_lost(g: dict, systems: list[dict], doc) -> str:
    """What the analysis made of the gold cue's head word (the verb its content hangs from)."""
    from viewer.analysis.attribution.cues import cue_model, is_candidate

    head = _cue_head(g, doc)
    if head is None:
        return "other"
    if head.pos_ == "NOUN" or head.pos_ == "ADP" and head.head.pos_ == "NOUN":
        return "noun cue"
    if head.pos_ not in ("VERB", "AUX") or not is_candidate(head):
        return "other"
    if not cue_model().is_cue(head):
        return "verb rejected"
    if any(s["content"][0] <= head.idx < s["content"][1] for s in systems):
        return "verb accepted, inside another report"
    return _no_frame(head)


def _cue_head(g: dict, doc):
    tokens = [t for s, e in g["cue"] for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    inside = {t.i for t in tokens}
    content = [t for s, e in g["parts"][:1] for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    carriers = [t.head for t in content if t.head.i in inside and t.i != t.head.i]
    heads = carriers[:1] or [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else None


def _no_frame(verb) -> str:
    from viewer.analysis.attribution import reported_speech as R

    if any(c.dep_ == "neg" for c in verb.children):
        return "verb accepted, no frame: negated"
    if R._is_question(verb):
        return "verb accepted, no frame: question"
    subject = R._subject(verb, [])
    if subject is None:
        return "verb accepted, no frame: no subject"
    if subject.dep_ == "nsubjpass" or R._passive_modifier(verb):
        return "verb accepted, no frame: passive"
    if subject.lower_ in R.NOT_SPEAKERS:
        return "verb accepted, no frame: first person"
    return "verb accepted, frame lost later"


def print_table(rows: list[dict], examples: int = 0) -> None:
    """Each class with its count, largest first, misses then false attributions."""
    counts = Counter((r["error"], r["cls"]) for r in rows)
    for error in ("miss", "false"):
        print(f"{error}: {sum(n for (e, _), n in counts.items() if e == error)}")
        for (e, cls), n in counts.most_common():
            if e == error:
                print(f"  {n:6d}  {cls}")
                pool = [r for r in rows if r["error"] == e and r["cls"] == cls]
                for r in random.Random(0).sample(pool, min(examples, len(pool))):
                    print(f"          {r['source'][:30]!r} | {r['cue'][:25]!r} | {r['content'][:70]!r}")


def print_shapes(rows: list[dict], parses: dict, top: int) -> None:
    """The commonest shapes of the missed cues whose content was not found, each with its count and an example."""
    shapes, examples = Counter(), {}
    for r in rows:
        doc = parses.get(r["doc"])
        if r["error"] != "miss" or not r["cls"].startswith("content not found") or doc is None:
            continue
        shape = cue_shape([t for s, e in r["cue_spans"] for t in doc.char_span(s, e, alignment_mode="expand") or []])
        shapes[shape] += 1
        examples.setdefault(shape, r)
    print(f"missed cue shapes: {sum(shapes.values())}")
    for shape, n in shapes.most_common(top):
        print(f"  {n:6d}  {shape}  e.g. {examples[shape]['cue'][:30]!r} | {examples[shape]['content'][:50]!r}")


def cue_shape(tokens: list) -> str:
    """A cue span's words as lemmas, names as PROPN, determiners and possessives as DET."""
    words: list[str] = []
    for t in tokens:
        if t.is_space:
            continue
        word = "PROPN" if t.pos_ == "PROPN" else "DET" if t.tag_ in ("PRP$", "DT", "WP$") or t.dep_ == "poss" \
            else t.lemma_.lower() if t.pos_ in ("NOUN", "VERB", "ADJ", "AUX") else t.lower_
        if not (words and words[-1] == word == "PROPN"):
            words.append(word)
    return " ".join(words)


if __name__ == "__main__":
    main()
