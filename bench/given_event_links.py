"""How often a link joins a unit that tells an event to one that names the same event only as a given thing, its
subject, and asserts a detail of it: the shape of "another detail of the incident" on session 78's blind draws ("North
Korea fired two ballistic missiles" / "JCS said the missiles were launched from central North Korea").

    python bench/given_event_links.py DATA [--judged TSV ...] [--base DIR] [--show VARIANT] [--dump OUT] [--load OUT]
    python bench/given_event_links.py DATA --ecb [--dump OUT]

Side b "gives" the event through the subject of its main clause (past a reporting verb: "JCS said the missiles …"),
read three ways (`VARIANTS`): the thing the event was done to, definite ("the", "this", "that" or a possessive) and
subject of a passive, with the event's verb restated (a key shared with a) and a phrase of the verb (a preposition,
an adverb, a clause, a bare noun of time) holding a word a does not write ("central"); an event noun or a pronoun said
only to have taken place (`timed_events.json`'s `taking_place`: "the shooting happened near …") with such a phrase;
a definite event noun the subject of another verb with new words in its predicate ("Bill and Melinda Gates's divorce
could rock the world of charity"). An event noun is a WordNet 3.0 noun of an act, event or process with a
derivational link to a verb (/usr/share/wordnet, Debian's wordnet-base). Side a "tells" the event when one of its main
verbs (`background_acts.main_verbs`) shares a key with b's subject or verb (`background_acts.keys`: term, synonym
class, gerund's stem) or has b's subject as its object, and a's own clause does not give it. Each variant is counted
on every judged dev link (`background_acts.dev_link_files`; documents parsed whole), R/P/W where it fires and its W by
class, and on those the exports of ``--base`` make; ``--ecb`` counts instead ECB+ train's sentence pairs of one event
in two documents that share two content keys, R when they share an action chain. ``--dump`` keeps the readings,
``--load`` reads them again without parsing. Measured, session 79 (subject79), nothing built: docs/linking.md "An
event named as a given thing".
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import _rpw, dev_link_files, judged_spans, keys, made_links, main_verbs  # noqa: E402

sys.path.insert(0, str(ROOT / "training"))
from wordnet import synsets  # noqa: E402

from viewer.analysis.claims.vocabulary import REPORTING, term  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_TAKING_PLACE = {p.split()[0] for p in json.loads(
    (ROOT / "viewer/analysis/claims/timed_events.json").read_text(encoding="utf-8"))["taking_place"]}
_DEFINITE = {"the", "this", "that", "these", "those"}
_WORDS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_ADJUNCTS = {"prep", "agent", "npadvmod", "advmod", "advcl", "dative"}
_SUBJECTS = ("nsubj", "nsubjpass")
_DOERS = {"PERSON", "ORG", "GPE", "NORP"}
_EVENT_FILES = {"04", "11", "22"}  # WordNet's noun.act, noun.event and noun.process lexicographer files


@lru_cache(maxsize=1)
def event_nouns(wordnet: str = "/usr/share/wordnet") -> frozenset[str]:
    """Nouns that name an event: a WordNet 3.0 noun of an act, event or process with a derivational link to a verb
    ("launch", "divorce", "release", "shooting")."""
    out = set()
    text = (Path(wordnet) / "data.noun").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith(" ") or line.split(" ", 2)[1] not in _EVENT_FILES:
            continue
        s = next(synsets(line))
        for p in s.pointers:
            if p.symbol == "+" and p.pos == "v":
                out |= set(s.lemmas) if p.source == 0 else {s.lemmas[p.source - 1]}
    return frozenset(out)


def _keys(t) -> set[str]:
    return keys(t) | {"t:" + term(t.lower_)}


def _content(t) -> bool:
    return t.pos_ in _WORDS and not t.is_stop and len(t.text) > 1


def word_keys(tokens) -> set[str]:
    """Every key of the unit's content words and names, compared with the other side's."""
    return set().union(*(_keys(t) for t in tokens if _content(t)))


def clause_head(tokens):
    """The verb the unit's main clause hangs from, past a reporting verb to what it reports."""
    inside = range(tokens.start, tokens.end)
    root = next((t for t in tokens if t.head.i == t.i or t.head.i not in inside), None)
    while root is not None and root.lemma_.lower() in REPORTING:
        said = next((c for c in root.children if c.dep_ == "ccomp" and c.i in inside), None)
        if said is None:
            break
        root = said
    return root


def _definite(subject) -> bool:
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in subject.children)


def _kind(subject) -> str:
    """What the subject names: an event ("the launch"), a thing something was done to ("the missiles were …"), a
    doer, or a pronoun."""
    if subject.pos_ == "PRON":
        return "pronoun"
    if subject.pos_ == "PROPN" or subject.ent_type_ in _DOERS:
        return "doer"
    if subject.lemma_.lower() in event_nouns():
        return "event"
    return "theme" if subject.dep_ == "nsubjpass" else "doer"


def giving(b, a) -> dict | None:
    """How b holds the event a may tell: None when b's clause has no subject, else its parts' readings."""
    head = clause_head(b)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    words_a = word_keys(a)
    inside = {t.i for t in subject.subtree}
    adjunct = [t for c in head.children if c.dep_ in _ADJUNCTS for t in c.subtree if _content(t) and not _keys(t) & words_a]
    predicate = [t for t in b if t.i not in inside and t.i != head.i and _content(t)]
    verb = "occur" if head.lemma_.lower() in _TAKING_PLACE else ("same" if keys(head) & words_a else "other")
    event = keys(subject) | keys(head)
    tells = any(keys(v) & event or any(c.dep_ in ("dobj", "nsubjpass") and keys(c) & keys(subject) for c in v.children)
                for v in main_verbs(a))
    return {"definite": _definite(subject), "kind": _kind(subject), "subject_shared": bool(keys(subject) & words_a),
            "verb": verb, "new": [t.text for t in adjunct],
            "new_any": [t.text for t in predicate if not _keys(t) & words_a],
            "rest_shared": sum(1 for t in predicate if _keys(t) & words_a), "tells": tells}


def reading(b, a) -> dict | None:
    """b's giving reading beside a, with whether a's own clause gives the event too."""
    r = giving(b, a)
    if r is None:
        return None
    own = giving(a, b)
    r["a_given"] = bool(own and own["subject_shared"] and own["kind"] in ("event", "theme", "pronoun"))
    return r


def _theme(r: dict) -> bool:
    return r["definite"] and r["kind"] == "theme" and r["subject_shared"] and r["verb"] == "same" and bool(r["new"])


def _occurs(r: dict) -> bool:
    return r["kind"] in ("event", "pronoun") and r["verb"] == "occur" and bool(r["new"])


def _event_said(r: dict, definite: bool = True) -> bool:
    return (r["definite"] or not definite) and r["kind"] == "event" and r["subject_shared"] and r["verb"] == "other" \
        and bool(r["new_any"])


VARIANTS = {
    # the thing the event was done to, given, the event's verb restated with a phrase a lacks ("the missiles were
    # launched from central North Korea")
    "theme": lambda r: _theme(r) and r["tells"] and not r["a_given"],
    # that, whatever the verb ("fired two missiles" / "the missiles were launched from …": the keys miss the synonym)
    "theme_any": lambda r: r["definite"] and r["kind"] == "theme" and r["subject_shared"] and bool(r["new"])
    and r["tells"] and not r["a_given"],
    # an event noun or pronoun said only to have taken place, with a phrase a lacks ("the shooting happened near …")
    "occurs": lambda r: _occurs(r) and r["tells"] and not r["a_given"],
    # a definite event noun the subject of another verb ("Bill and Melinda Gates's divorce could rock …")
    "event_said": lambda r: _event_said(r) and r["tells"] and not r["a_given"],
    # that, the event noun bare too (headlines: "Census data release starts redistricting scramble")
    "event_bare": lambda r: _event_said(r, definite=False) and r["tells"] and not r["a_given"],
    # the union of the first three
    "given": lambda r: (_theme(r) or _occurs(r) or _event_said(r)) and r["tells"] and not r["a_given"],
    # that, with nothing of b's predicate shared with a but the verb
    "given_alone": lambda r: (_theme(r) or _occurs(r) or _event_said(r)) and r["tells"] and not r["a_given"]
    and r["rest_shared"] == 0,
}


def fired(row: dict) -> dict[str, int]:
    """Each variant that fires on the link, with the side (0: a gives, 1: b gives) it fires on."""
    out = {}
    for name, fires in VARIANTS.items():
        for side, r in enumerate(row["readings"]):
            if r is not None and fires(r):
                out[name] = side
                break
    return out


def read_links(data: Path, files: list[Path]) -> list[dict]:
    """Each judged link with its verdict, class, texts and both sides' readings."""
    return [{"verdict": row["verdict"], "class": row.get("class") or "", "set": row["set"], "file": row["file"],
             "key": [row["set"], row["file_a"], int(row["start_a"]), int(row["end_a"]), row["file_b"],
                     int(row["start_b"]), int(row["end_b"])],
             "texts": [s.text for s in spans], "readings": [reading(spans[0], spans[1]), reading(spans[1], spans[0])]}
            for row, spans in judged_spans(data, files)]


def read_ecb(data: Path, close: int = 2) -> list[dict]:
    """ECB+ train's sentence pairs of one event in two of its documents (``DATA/sets/train``, `bench/ecbplus.py`),
    both annotated with action chains and sharing at least ``close`` content keys, each as a link: R when the two
    share an action chain (they tell one action), W when not; documents parsed whole."""
    folder = data / "sets" / "train"
    documents = json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"]
    nlp, by_event = english(), defaultdict(list)
    for name, doc in sorted(documents.items()):
        parsed = nlp((folder / "docs" / name).read_text(encoding="utf-8"))
        for s in doc["sentences"]:
            span = parsed.char_span(s["start"], s["end"], alignment_mode="expand")
            if s["annotated"] and s["chains"] and span is not None:
                by_event[doc["event"]].append((name, set(s["chains"]), span, word_keys(span)))
    rows = []
    for sentences in by_event.values():
        for (na, ca, a, ka), (nb, cb, b, kb) in itertools.combinations(sentences, 2):
            if na != nb and len(ka & kb) >= close:
                rows.append({"verdict": "R" if ca & cb else "W", "class": "", "set": "ecb", "file": na,
                             "key": ["ecb", na, a.start_char, a.end_char, nb, b.start_char, b.end_char],
                             "texts": [a.text, b.text], "readings": [reading(a, b), reading(b, a)]})
    return rows


def _made_key(key: list) -> tuple:
    a, b = tuple(key[1:4]), tuple(key[4:7])
    return (key[0], *sorted((a, b)))


def table(rows: list[dict], title: str) -> list[str]:
    """R/P/W of the links and of those each variant fires on, the W by class."""
    lines = [f"## {title}: {len(rows)} links, {_rpw(Counter(r['verdict'] for r in rows))}"]
    for name in VARIANTS:
        hit = [r for r in rows if name in fired(r)]
        classes = Counter(r["class"] for r in hit if r["verdict"] == "W")
        lines.append(f"{name:12} {len(hit):4}: {_rpw(Counter(r['verdict'] for r in hit))}; W "
                     + ", ".join(f"{c} {n}" for c, n in classes.most_common()))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path, help="also count only the judged links the exports here make")
    parser.add_argument("--show", action="append", default=[], help="list the links a variant fires on")
    parser.add_argument("--dump", type=Path, help="write every link's readings (JSON) to read again with --load")
    parser.add_argument("--load", type=Path)
    parser.add_argument("--ecb", action="store_true", help="count ECB+ train's close sentence pairs of one event instead")
    args = parser.parse_args(argv)
    if args.ecb:
        rows = read_ecb(args.data)
        if args.dump:
            args.dump.write_text(json.dumps(rows), encoding="utf-8")
        print("\n".join(table(rows, "ECB+ train, close sentence pairs of one event (R: one action chain shared)")))
        return
    rows = (json.loads(args.load.read_text(encoding="utf-8")) if args.load
            else read_links(args.data, dev_link_files(args.judged)))
    if args.dump:
        args.dump.write_text(json.dumps(rows), encoding="utf-8")
    print("\n".join(table(rows, "every judged dev link")))
    if args.base:
        made = made_links(args.base)
        print("\n".join(table([r for r in rows if _made_key(r["key"]) in made], f"made by {args.base}")))
    for wanted in args.show:
        for r in rows:
            side = fired(r).get(wanted)
            if side is not None:
                given, other = r["texts"][side], r["texts"][1 - side]
                print(f"{r['verdict']}\t{r['set']}\t{r['class']}\tnew {r['readings'][side]['new'] or r['readings'][side]['new_any']}\n"
                      f"  tells {' '.join(other.split())!r}\n  gives {' '.join(given.split())!r}")


if __name__ == "__main__":
    main()
