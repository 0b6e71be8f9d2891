"""Two reports of one GVA crawl incident, one attributing what the other states bare: does the bare report name that
source in the sentences just before?

An attribution line (`sourcing.attribution_discrepancies`) says one outlet states as fact what another gives a source.
The analysis withholds it when the sentence just before the fact names, in its outlet's words, the source the other
report gives (`sourcing._told_by_the_partners_source`). This counts, over the first two usable reports of every crawl
incident that has two (both ways round), each pair of a sentence naming a source in the outlet's words (a word of
saying used as one, `set_out.says`, no one's words quoted) and a sentence of the other report naming none and quoting
no one, sharing at least ``--shared`` content words: the pairs a line may be drawn between. For each it reads where
the bare sentence's `sourcing._ACCOUNT_REACH` sentences before name one source with the attributed one
(`sourcing.one_source` over the words of the cue's clause, `sourcing.cue_words`: "the sheriff said" names one source
with "Sheriff Bob Gualtieri said"): the very sentence before in the outlet's words (what the analysis reads already), the sentence
before setting out the source's words, or a sentence further back; or none. ``--show N`` prints pairs of each group
to read by hand whether the bare sentence carries that source's account on. ``--after`` reads the sentences after the
bare one instead ("just after", "further on"): whether the report tells the source's account ahead, sourcing it next.
``--any`` reads instead where the nearest of the sentences before naming any source stands and how it names it
(`where_any`), whoever the source: the account the bare sentence may carry on, as `sourcing._carried_from_before`
reads it (session 65). ``--ahead`` reads whether the sentence after the bare one, as the stage reads it in the report's
text, names that source in the outlet's words and restates the bare one (`sourcing._source_told_after`: two content
words shared besides the source's): the source's account told ahead (session 78).

    python bench/named_source_crawl.py CORPUS_DIR [--incidents N] [--shared K] [--show N] [--after | --any | --ahead]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gva import incidents_with_two, pair_count_arguments, report_text  # noqa: E402

from viewer.analysis.set_out import quotes, says  # noqa: E402
from viewer.analysis.model import Mention  # noqa: E402
from viewer.analysis.sourcing import (_ACCOUNT_REACH, _cue_at, _quotes_speech, _sentence_of,  # noqa: E402
                                      _share_a_word, _source_told_after, cue_words, one_source)

_SENTENCE = re.compile(r"[^.!?\n]{20,}[.!?]?[\"”]?")
_CONTENT = re.compile(r"[a-z]{5,}")
# a sentence opening on a police force or its members as its subject ("Police believe…", "Cape Coral police have
# identified…", a headline's "Police: …"): a source the analysis's attributions name with no word of saying
_FORCE_SUBJECT = re.compile(r"^\W*((?:[A-Z][\w.'’-]*\s+){0,4}(?i:police|officers|investigators|authorities|officials|"
                            r"detectives|deputies|sheriff|troopers))\b")


def report_sentences(item: dict) -> list[str]:
    """The report's sentences (title first), as a crude reader cuts them: what the counts compare."""
    return [s.strip() for s in _SENTENCE.findall(f"{item['title']}\n{item['text'][:6000]}")]


def named_by(sentence: str) -> str:
    """Who the sentence names at its cue (`sourcing.cue_words` without the cue itself: "the sheriff" of "…, the sheriff
    said", "police" of "according to police"), so two cues of one source ("Police say", "police said") name one."""
    cue = _cue_at(sentence)
    return cue_words(sentence).replace(sentence[cue[0]:cue[1]], " ") if cue else ""


def content(sentence: str) -> set[str]:
    """Its lower-cased words of five letters or more: a crude reading of what it is about."""
    return set(_CONTENT.findall(sentence.lower()))


def where_named(fact: str, before: list[str], source: str, after: bool = False) -> str:
    """Where the nearest of the sentences ``before`` (nearest first) naming one source with ``source`` stands ("just
    before", "further back"), how it names it (in the outlet's words at a word of saying, setting out the source's
    words, or as its subject with no word of saying, `_FORCE_SUBJECT`), and whether it shares a content word with the
    fact (`sourcing._share_a_word`); "none" when none does. The analysis read "just before, outlet's words" already;
    `sourcing._sources_named_before` adds the rest of the outlet's words and the subjects, when a word is shared.
    ``after``: ``before`` are the sentences after the fact ("just after", "further on")."""
    for back, sentence in enumerate(before, 1):
        said = (says(sentence) or quotes(sentence)) and one_source(named_by(sentence), source)
        subject = not said and (opening := _FORCE_SUBJECT.match(sentence)) is not None \
            and one_source(opening.group(1), source)
        if said or subject:
            near, far = ("just after", "further on") if after else ("just before", "further back")
            return ", ".join((near if back == 1 else far,
                              "subject" if subject else "words quoted" if _quotes_speech(sentence) else "outlet's words",
                              "a word shared" if _share_a_word(fact, sentence) else "no word shared"))
    return "none"


def where_any(fact: str, before: list[str]) -> str:
    """Where the nearest of the sentences ``before`` (nearest first) naming any source stands ("just before", "further
    back"), whether it names it in the outlet's words or sets out the source's words, and whether it shares a content
    word with the fact; "none" when none names one."""
    for back, sentence in enumerate(before, 1):
        if says(sentence) or quotes(sentence):
            return ", ".join(("just before" if back == 1 else "further back",
                              "words quoted" if _quotes_speech(sentence) else "outlet's words",
                              "a word shared" if _share_a_word(fact, sentence) else "no word shared"))
    return "none"


def told_ahead(fact: str, text: str, source: str) -> str:
    """Whether the sentence after ``fact`` in the report's text, as the stage cuts it, names ``source`` and restates
    the fact (`sourcing._source_told_after`, no attributions read, so the words at its cue): "told ahead, restated";
    "another source ahead, restated" when it names another; "headline" for the title, which states nothing as fact to
    the stage; "none" else (a fact the stage's reader cuts otherwise too)."""
    opening = text.find(fact)
    if opening < 0:
        return "none"
    if opening < text.find("\n"):
        return "headline"
    sentence = _sentence_of(Mention(0, opening, opening + len(fact), fact), text)
    opening = text.rfind(sentence, max(0, opening - len(sentence)), opening + len(fact))
    ahead = _source_told_after(text, opening, sentence, []) if opening >= 0 else ""
    if not ahead:
        return "none"
    return "told ahead, restated" if one_source(ahead, source) else "another source ahead, restated"


def pairs(corpus: Path, incidents: int, shared: int, after: bool = False,
          any_source: bool = False, ahead: bool = False) -> list[tuple[str, str, str, str]]:
    """(where the bare sentence's report names the source, the bare sentence, the attributed one, its source) for
    every pair across the first two reports of each incident with two, both ways round; ``after``: where the
    sentences after the bare one name it; ``any_source``: where the nearest sentence before naming any source stands;
    ``ahead``: whether the next sentence names it and restates the bare one (`told_ahead`)."""
    out = []
    for items in incidents_with_two(corpus, incidents):
        texts = [report_text(item) for _n, item in items[:2]]
        reports = [report_sentences(item) for _n, item in items[:2]]
        for (bare_side, said_side), text in zip(((reports[0], reports[1]), (reports[1], reports[0])), texts):
            attributed = [(s, src) for s in said_side if says(s) and not _quotes_speech(s)
                          and (src := named_by(s)).strip()]
            for i, fact in enumerate(bare_side):
                if says(fact) or quotes(fact):
                    continue
                for said, source in attributed:
                    if len(content(fact) & content(said)) >= shared:
                        near = bare_side[i + 1:i + 1 + _ACCOUNT_REACH] if after else bare_side[max(0, i - _ACCOUNT_REACH):i][::-1]
                        where = (told_ahead(fact, text, source) if ahead else where_any(fact, near) if any_source
                                 else where_named(fact, near, source, after))
                        out.append((where, fact, said, source))
    return out


def main(argv: list[str] | None = None) -> None:
    ns = pair_count_arguments(__doc__, argv, flags=("after", "any", "ahead"))
    found = pairs(ns.corpus, ns.incidents, ns.shared, ns.after, ns.any, ns.ahead)
    tally = Counter(where for where, *_rest in found)
    print(f"bare / attributed sentence pairs sharing {ns.shared}+ content words: {len(found)}")
    for where, n in tally.most_common():
        print(f"  {where}: {n}")
        shown = [p for p in found if p[0] == where]
        for _w, fact, said, source in shown[::max(1, n // ns.show)][:ns.show] if ns.show else ():
            print(f"    [{source.strip()[:40]}] {fact[:120]} || {said[:120]}")


if __name__ == "__main__":
    sys.exit(main())
