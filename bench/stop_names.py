"""Which claim units change when a stop word written in capitals that the parser tags a name ("US", "WHO") is read as
that name (`capitals_name`, measured and not shipped in session 75), and which words they gain.

    python bench/stop_names.py DATA --sets allsidesA,basilC,wcepB [--show]

spaCy's stop list holds "us" and "who", so "The US added 559,000 jobs" kept no name while "the U.S. economy added
559,000 jobs" kept "united states". Each document of the sets that writes a stop word in capitals is parsed as the
pipeline parses it and cut into units with the reading on (`units._token_term` replaced, in this process only) and off; printed per set: documents read, units, units whose
stored features differ, and the words gained as terms and as names (``--show``: each changed unit). Session 75,
recall75 (docs/linking.md).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402

from viewer.analysis.claims import units  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402

_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def writes_capital_stop(text: str) -> bool:
    """Whether a text holds a stop word in capitals: only there can the reading change a unit."""
    return any(w.lower() in STOP_WORDS for w in _CAPITALS.findall(text))


def capitals_name(token) -> bool:
    """Whether a stop word in capitals is a name the parser tags as one, in a line mostly in lower case (a broadcast
    transcript in capitals tags "BY" and "HIM" as names)."""
    if len(token.text) < 2 or not token.text.isupper() or not (token.pos_ == "PROPN" or token.ent_type_ in units._NAME_ENTS):
        return False
    letters = [c for c in token.sent.text if c.isalpha()]
    return 2 * sum(c.islower() for c in letters) > len(letters)


def _reading_capitals(shipped):
    def token_term(token):
        if token.is_stop and capitals_name(token) and token.pos_ in units._CONTENT_POS and not token.like_num \
                and token.ent_type_ not in units._NOT_FIGURES:
            return units.term(token.text), True
        return shipped(token)
    return token_term


def both_ways(parsed) -> list[tuple]:
    """(span, features with the reading, features without it) of every unit cut either way."""
    off = {(u.span.start, u.span.end): u.features for u in units.found_units(parsed)}
    shipped = units._token_term
    units._token_term = _reading_capitals(shipped)
    try:
        on = {(u.span.start, u.span.end): u.features for u in units.found_units(parsed)}
    finally:
        units._token_term = shipped
    return [(span, on.get(span), off.get(span)) for span in sorted(set(on) | set(off))]


def _stored(features) -> dict:
    return {k: v for k, v in vars(features).items() if not k.startswith("_")} if features is not None else {}


def set_counts(data: Path, name: str, show: bool) -> list[str]:
    """The printout of one set."""
    paths = [p for p in sorted((data / "sets" / name / "docs").glob("*.txt"))
             if writes_capital_stop(p.read_text(encoding="utf-8"))]
    counts, terms, names, shown = Counter(), Counter(), Counter(), []
    docs = (Unparsed(k, p.read_text(encoding="utf-8"), []) for k, p in enumerate(paths))
    for parsed in parse_many(docs):
        counts["documents"] += 1
        for span, on, off in both_ways(parsed):
            counts["units"] += 1
            if _stored(on) == _stored(off):
                continue
            counts["units changed"] += 1
            gained_terms = set(on.terms) - set(off.terms) if on and off else set()
            gained_names = set(on.names) - set(off.names) if on and off else set()
            terms.update(gained_terms)
            names.update(gained_names)
            fields = sorted(k for k in set(_stored(on)) | set(_stored(off)) if _stored(on).get(k) != _stored(off).get(k))
            shown.append(f"  {paths[parsed.id].name} {span} {','.join(fields)} +{sorted(gained_names)} "
                         f"{' '.join(parsed.text[span[0]:span[1]].split())[:160]!r}")
    out = [f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items())
           + f"; names gained {dict(names.most_common())}; terms gained {dict(terms.most_common())}"]
    return out + (shown if show else [])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    for name in args.sets.split(","):
        print("\n".join(set_counts(args.data, name, args.show)), flush=True)


if __name__ == "__main__":
    main()
