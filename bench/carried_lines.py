"""Where the "stated as fact" side of each attribution line stands in its article, beside its hand verdict.

The largest wrong class of attribution lines is the carried account over a paragraph break: the fact sentence sits in
a later paragraph of an account its article gives a source earlier. This reads every attribution line of kept exports
(`bench/quality.py --keep DIR`, DIR/NAME.json) and prints, per line, how the fact's article stands about it: the
nearest earlier sentence holding an attribution (sentences and paragraph breaks back, whether it names the partner's
source, is quoted or in the outlet's words), what stands between (sentences of another source, of someone's quoted
words, of no one), and where the fact stands (paragraph, lede, opening its paragraph), so a sign that parts the right
lines from the wrong can be counted on the judged sets before any rule is written.

    python bench/carried_lines.py EXPORT_DIR --judged FILE [--judged FILE ...] [--sets A,B] [--tsv OUT] [--context]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import sentences, verdicts, write_rows  # noqa: E402

from viewer.analysis.set_out import says  # noqa: E402
from viewer.analysis.force_members import of_a_force, source_words  # noqa: E402
from viewer.analysis.sourcing import _paragraph_index, _quotes_speech, _share_a_word, one_source  # noqa: E402

FIELDS = ["set", "verdict", "class", "back", "breaks", "src", "near", "src_quoted", "between", "any_partner", "para",
          "opens", "para_len", "shares", "fact_file", "fact"]
SETS = "gvaE basilB gvaI gvaJ gvaK gvaL wcepD gvaM gvaN gvaO gvaP gvaQ gvaR gvaS gvaT gvaU gvaV gvaW".split()


def partner_source(explanation: str) -> str:
    """Who the line says the other outlet gives the claim to ("attributed to Fort Wayne police: '…'")."""
    tail = explanation.split("' vs ", 1)[-1]
    return tail[len("attributed to "):].split(":", 1)[0] if tail.startswith("attributed to ") else ""


def voice(sentence: str, held: list[dict], partner: str) -> str:
    """= the partner's source named; A another source named; Q someone's quoted words; - no one."""
    if held:
        if any(one_source(a.get("speaker_name") or a["speaker_text"]["text"], partner) for a in held if partner):
            return "="
        return "Q" if _quotes_speech(sentence) else "A"
    if says(sentence):
        return "Q" if _quotes_speech(sentence) else "S"
    return "Q" if _quotes_speech(sentence) else "-"


def row(fact: dict, text: str, attributions: list[dict], partner: str) -> dict[str, object]:
    """The layout of the fact's article about the fact's sentence."""
    all_sentences = sentences(text)
    index = next((i for i, (s, e, _t) in enumerate(all_sentences) if s <= fact["start"] < e), 0)

    def held(k: int) -> list[dict]:
        s, e, _t = all_sentences[k]
        return [a for a in attributions if s <= a["cue"]["start"] < e]

    def near(k: int) -> str:
        """How the source sentence k names the partner's source: same (one source), forces (both a force's), other."""
        names = [a.get("speaker_name") or a["speaker_text"]["text"] for a in held(k)]
        if partner and any(one_source(n, partner) for n in names):
            return "same"
        words = " ".join(names) or all_sentences[k][2]
        force = any(of_a_force(w) for w in re.findall(r"[\w’']+", words))
        return "forces" if force and any(map(of_a_force, source_words(partner))) else "other"

    marks = [voice(all_sentences[k][2], held(k), partner) for k in range(index)]
    back = next((index - k for k in range(index - 1, -1, -1) if marks[k] != "-"), 0)
    k = index - back
    s0 = all_sentences[index][0]
    breaks = sum(1 for s, _e, _t in all_sentences[k + 1:index + 1] if not text[text.rfind("\n", 0, s) + 1:s].strip()) \
        if back else -1
    paragraph = text.rfind("\n", 0, s0) + 1
    end = text.find("\n", s0)
    body_sentences = [t for s, e, t in all_sentences if paragraph <= s < (end if end >= 0 else len(text))]
    return {
        "back": back, "breaks": breaks, "src": marks[k] if back else ".", "near": near(k) if back else ".",
        "src_quoted": int(back > 0 and _quotes_speech(all_sentences[k][2])),
        "between": "".join(marks[k + 1:index]) or ".",
        "any_partner": int("=" in marks),
        "para": _paragraph_index(text, s0), "opens": int(not text[paragraph:s0].strip()),
        "para_len": len(body_sentences),
        "shares": int(back > 0 and _share_a_word(all_sentences[k][2], all_sentences[index][2])),
    }


def lines(export: dict, name: str, judged: dict) -> list[dict[str, object]]:
    """Every attribution line of one export with its verdict and the fact side's layout."""
    docs = {d["id"]: d for d in export["documents"]}
    by_doc: dict[str, list[dict]] = {}
    for a in export["attributions"]:
        if a.get("cue"):
            by_doc.setdefault(a["document"], []).append(a)
    out = []
    for claim in export["claims"]:
        for line in claim.get("discrepancies", []):
            if line["kind"] != "attribution" or len(line["mentions"]) != 2:
                continue
            fact, partner = line["mentions"]
            files = [Path(docs[m["document"]]["source"]["path"]) for m in (fact, partner)]
            key = tuple((f.name, m["start"], m["end"]) for f, m in zip(files, (fact, partner)))
            verdict, why = judged.get((name, "attribution", *key), ("?", ""))
            text = files[0].read_text(encoding="utf-8")
            out.append({"set": name, "verdict": verdict, "class": why,
                        **row(fact, text, by_doc.get(fact["document"], []), partner_source(line["explanation"])),
                        "fact_file": f"{files[0].name}:{fact['start']}", "fact": fact["text"][:70]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exports", type=Path)
    parser.add_argument("--judged", action="append", default=[])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--tsv")
    ns = parser.parse_args()
    judged = verdicts(ns.judged)
    rows = []
    for name in ns.sets.split(","):
        path = ns.exports / f"{name}.json"
        if path.exists():
            rows += lines(json.loads(path.read_text(encoding="utf-8")), name, judged)
    print("\t".join(FIELDS))
    write_rows(rows, FIELDS, ns.tsv)


if __name__ == "__main__":
    main()
