"""An earlier act one report recalls as background beside a later act the other tells: how the judges read the links
where one side marks a main act as before its report's news (session 76).

    python bench/recalled_acts.py DATA [--judged TSV ...] [--base DIR] [--show] [--dump JSONL]

Every judged dev link (`background_acts.dev_link_files`) is read in its documents' parses. A side recalls when one of
its main verbs (`acts.main_verbs`) carries a recall mark (`MARKS`): a time before the report's hanging from it ("last
month", "last week", "in 2020", "two years ago"), an adverb of the past ("previously", "earlier", "already"), or a
past perfect of its own clause (not one a reporting verb backshifts: "said Tuesday they had subpoenaed" is news).
The recalled act is then looked for in the other side: as a main act (the same act told again), in a clause of time
("after the Senate passed it": the judges read it as stated, P), elsewhere (a subject, an object, a relative clause:
the stage standard's W) or nowhere. R/P/W are printed by mark and by where the other side holds the act; ``--dump``
writes each reading with both sides' unit features as a JSON line, to be sorted without parsing again.

Session 76 (stage76; main 474724c1's exports in /work/data/final76/base; every judged file but the blind 76 ones): 201
judged links hold a mark on one side, R 44, P 99, W 58. Where the other side tells the recalled act as its own main
act, R 22, P 31, W 4; where it does not, R 22, P 68, W 54: the mark alone does not tell a recall beside a later act
from shared background ("Clinton signed in 1993" / "the law that Clinton signed in 1993", R), and the act keys miss
one act told with two verbs ("dropped" / "fell"). By mark (a perfect first, then an adverb): a past perfect R 15, P 34, W 15;
an adverb R 7, P 10, W 7; "last week" alone R 3, P 30, W 7 (weekly figures and follow-ups tell their news so); the
other times R 19, P 25, W 29.
`earlier_acts` and `veto_kind` below keep of it the recall deep in its report beside the other's headline or lede,
the veto measured and refused (docs/linking.md "An earlier act recalled beside the news";
training/count_recalled_acts.py counts it on public one-story pairs).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import act_keys, content, dev_link_files, judged_arguments, keys, made_links, slot  # noqa: E402
from stage_wrongs import _classes, _key  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.acts import main_verbs, verb_act  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.recalled import PAST, dated_word  # noqa: E402
from viewer.analysis.claims.synonyms import meanings  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING, term  # noqa: E402

TIME = re.compile(r"\b(?:last\s+(?:week|weekend|year|month|spring|summer|fall|autumn|winter)|earlier\s+this\s+"
                  r"(?:year|month|week)|(?:\w+\s+)?(?:years?|months?|weeks?)\s+(?:ago|earlier|before)|"
                  r"in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
ADVERBS = frozenset({"previously", "earlier", "already", "formerly"})


def marks(doc, tokens) -> dict[int, set[str]]:
    """The unit's main verbs (by token index) with the recall marks each carries."""
    verbs = main_verbs(tokens)
    out: dict[int, set[str]] = {}
    for m in TIME.finditer(tokens.text):
        span = doc.char_span(tokens.start_char + m.start(), tokens.start_char + m.end(), alignment_mode="expand")
        verb = _dated_verb(span, verbs) if span is not None and len(span) else None
        if verb is not None:
            out.setdefault(verb.i, set()).add("time:" + m.group(0).lower().split()[-1])
    for v in verbs:
        if any(c.dep_ == "advmod" and c.lower_ in ADVERBS for c in v.children):
            out.setdefault(v.i, set()).add("adverb")
        if _past_perfect(v):
            out.setdefault(v.i, set()).add("perfect")
    return out


def _dated_verb(span, verbs: list):
    word = dated_word(span)
    return word if word in verbs else None


def _past_perfect(verb) -> bool:
    """"had issued" in the verb's own clause, with no reporting verb above it that backshifts it."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    head = verb
    while head.head.i != head.i:
        if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in REPORTING:
            return False
        head = head.head
    return head.lemma_.lower() not in REPORTING or head is verb


def held(verb, other) -> str:
    """Where ``other`` (a span) holds the act of ``verb``: "main", a clause of time's marker, another slot, or ""."""
    wanted = act_keys(verb)
    mains = main_verbs(other)
    if any(act_keys(v) & wanted for v in mains):
        return "main"
    at = {v.i for v in mains}
    places = [slot(t, at) for t in content(other) if t.i not in at and keys(t) & wanted]
    for place in places:
        if place.startswith("advcl"):
            return place
    return places[0] if places else ""


# The veto measured and refused (session 76: docs/linking.md "An earlier act recalled beside the news"), kept here so
# the count can be run again: a main verb in a past form or with a past auxiliary, dated before the report's time by
# `recalled.PAST` (not a comparison, "from a year earlier") or carrying an adverb of anteriority. The adverbs are a
# closed class set by hand, as `recalled.PAST`'s time words are; "earlier" is left out, as it most often places an act
# earlier the same day ("said earlier Tuesday").
ANTERIOR = frozenset({"previously", "formerly", "already"})
_PAST_FORMS = frozenset({"VBD", "VBN"})
_COMPARED = frozenset({"from", "over", "than", "since"})


def earlier_acts(doc, tokens) -> list[str]:
    """The acts (`acts.verb_act`) of the unit's main verbs (``tokens``: its span of ``doc``) told in a past form
    dated before the report's time or marked anterior."""
    if not len(tokens):
        return []
    dated = set()
    for m in PAST.finditer(tokens.text):
        span = doc.char_span(tokens.start_char + m.start(), tokens.start_char + m.end(), alignment_mode="expand")
        if span is not None and len(span):
            dated.add(_dated_past(span))
    return list(dict.fromkeys(
        verb_act(v) for v in main_verbs(tokens) if _past(v)
        and (v.i in dated or any(c.dep_ == "advmod" and c.lower_ in ANTERIOR for c in v.children))))


def _past(verb) -> bool:
    """A past form, or a past auxiliary beside it: "was investigating", "had been"."""
    return verb.tag_ in _PAST_FORMS or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _dated_past(span) -> int | None:
    """The index of the word a `PAST` phrase dates (`recalled.dated_word`); None for a comparison."""
    word = dated_word(span, _COMPARED)
    return None if word is None else word.i


def veto_kind(recall: UnitFeatures, recalled: list[str], news: UnitFeatures, news_recalls: list[str]) -> str:
    """What the refused veto does with a deep unit recalling ``recalled`` beside a headline or lede unit: "parted"
    where the news states an act of its own main verbs, none the recalled one by verb or WordNet sense, recalls
    nothing (``news_recalls``) and has no "after" clause sharing a word with the recall; else why it keeps them."""
    own = [act for act in news.acts if not act.startswith("not ")]
    if news_recalls:
        return "kept: the news recalls too"
    if not own:
        return "kept: the news states no act"
    if set(recall.terms) & set(news.after):
        return "kept: an after clause shares a word"
    if any(_one_act(x, y) for x in recalled for y in own):
        return "kept: one act told again"
    return "parted"


def _one_act(x: str, y: str) -> bool:
    x, y = x.removeprefix("not ").split()[0], y.split()[0]
    return x == y or bool(meanings([term(x)]) & meanings([term(y)]))


def readings(data: Path, files: list[Path], base: Path | None):
    """(row, made, class, marked side's text, other's text, marks, where the other holds the act) for each judged link
    one side of which recalls and the other does not recall the same act."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, docs, classes = english(), {}, _classes()
    made = made_links(base) if base else set()
    for key, row in judged_rows(files).items():
        spans = []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
            spans.append((docs[path], docs[path].char_span(start, end, alignment_mode="expand"),
                          unit_features(docs[path], Span(start, end))))
        if any(s is None for _, s, _f in spans):
            continue
        for (doc, one, fa), (other_doc, other, fb) in (spans, spans[::-1]):
            found = marks(doc, one)
            if not found:
                continue
            other_marks = marks(other_doc, other)
            for i, labels in found.items():
                verb = doc[i]
                where = held(verb, other)
                if where == "main" and any(act_keys(other_doc[j]) & act_keys(verb) for j in other_marks):
                    where = "main recalled"
                yield (row, key in made, classes.get(_key(row)) or row.get("class") or "", one.text, other.text,
                       labels, where, verb.lemma_.lower(), fa, fb, bool(other_marks))
            break


def counts(data: Path, files: list[Path], base: Path | None, show: bool) -> list[str]:
    """R/P/W by mark kind and by where the other holds the act (made by ``base`` counted apart)."""
    table, shown = Counter(), []
    for row, made, cls, text, other, labels, where, lemma, *_rest in readings(data, files, base):
        kind = "+".join(sorted({label.split(":")[0] for label in labels}))
        table[(kind, where or "nowhere", row["verdict"], made)] += 1
        if show:
            shown.append(f"{row['verdict']} {cls} [{row['set']} {row['file']}{' made' if made else ''}] "
                         f"{sorted(labels)} {lemma} -> {where or 'nowhere'}\n  A: {' '.join(text.split())}\n"
                         f"  B: {' '.join(other.split())}")
    lines = shown + ["mark\twhere\tverdict\tmade\tcount"]
    lines += [f"{k}\t{w}\t{v}\t{m}\t{n}" for (k, w, v, m), n in sorted(table.items())]
    return lines


def dump(data: Path, files: list[Path], base: Path | None, out: Path) -> None:
    """Every reading as a JSON line with both sides' unit features, to sort by hand without parsing again."""
    with out.open("w", encoding="utf-8") as f:
        for row, made, cls, text, other, labels, where, lemma, fa, fb, other_marked in readings(data, files, base):
            f.write(json.dumps({"set": row["set"], "file": row["file"], "verdict": row["verdict"], "class": cls,
                                "made": made, "row": {k: row[k] for k in ("file_a", "start_a", "end_a", "file_b", "start_b", "end_b")},
                                "a": " ".join(text.split()), "b": " ".join(other.split()),
                                "marks": sorted(labels), "where": where, "lemma": lemma, "fa": fa.to_json(),
                                "fb": fb.to_json(), "b_marked": other_marked}) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = judged_arguments(__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.data, dev_link_files(args.judged), args.base, args.dump)
        return
    print("\n".join(counts(args.data, dev_link_files(args.judged), args.base, args.show)))


if __name__ == "__main__":
    main()
