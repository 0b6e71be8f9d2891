"""Whether one unit recalls, deep in its report, an act from before the news that the other report's headline or lede
tells: two stages of one story.

A report sets its news against what came before: "Edwards vetoed Senate Bill 156 last month", "Previously, the office
was investigating … in a solely civil matter", "Stone has previously admitted to being in contact with Julian
Assange". The other report's headline or lede tells the news itself, a later act ("Louisiana Senate backs transgender
sports ban veto override", "James's investigation … is now considered a criminal matter"), and the two share the
names and the thing acted on, so they read alike. The judges read such a link W, "another stage or action": the
recall's act is another than the news's. The recall is read in the parse: a main verb in a past form or
with a past auxiliary (`acts.main_verbs`; a present tells no recall, "ends in 2019") dated before the report's own time by a phrase
hanging from it (`recalled.PAST`: "last month", "in 2008", "two years ago"; not "last week", the news's own time in a
follow-up or a weekly figure, nor a time compared with, "rose 4.2% from a year earlier"), or carrying an adverb of
anteriority (`ANTERIOR`). Stored as `UnitFeatures.earlier`, the acts so recalled.

The sign needs the news on the other side and another act there: the other unit lies in its report's headline or lede
(`incident_days.lede`) and the recall deep in its own; the other states an act of its own main verbs, none of them the
recalled act (by verb, or a WordNet sense `synonyms.json` gives both), recalls nothing itself, and has no "after"
clause sharing a word with the recall (the judges read "The vote came one week after the state Senate also approved
the initiative" as stating the earlier vote, P). Counted before it was built (`bench/recalled_acts.py`,
`training/count_recalled_acts.py`; docs/linking.md "An earlier act recalled beside the news").
"""
from __future__ import annotations

from viewer.analysis.claims.acts import verb_act
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.incident_days import lede
from viewer.analysis.claims.recalled import PAST
from viewer.analysis.claims.synonyms import meanings
from viewer.analysis.claims.vocabulary import term

# Adverbs that place an act before the report's news, a closed class set by hand as `recalled.PAST`'s time words are:
# "earlier" is left out, as it most often places an act earlier the same day ("said earlier Tuesday").
ANTERIOR = frozenset({"previously", "formerly", "already"})
_PAST_FORMS = frozenset({"VBD", "VBN"})
_COMPARED = frozenset({"from", "over", "than", "since"})  # "from a year earlier": a figure's comparison, not a time
_CLIMB = 6
_IN_TIME = frozenset({"ADP", "ADV", "NUM", "PART"})


def earlier_acts(doc, tokens, verbs: list) -> list[str]:
    """The acts (`acts.verb_act`) of the unit's main verbs (``verbs``, `acts.main_verbs`; ``tokens`` its span of
    ``doc``) that it tells in a past form dated before its report's time or marked anterior (the module docstring)."""
    if not len(tokens):
        return []
    dated = set()
    for m in PAST.finditer(tokens.text):
        span = doc.char_span(tokens.start_char + m.start(), tokens.start_char + m.end(), alignment_mode="expand")
        if span is not None and len(span):
            dated.add(_dated_verb(span))
    return list(dict.fromkeys(
        verb_act(v) for v in verbs if _past(v)
        and (v.i in dated or any(c.dep_ == "advmod" and c.lower_ in ANTERIOR for c in v.children))))


def _past(verb) -> bool:
    """A past form, or a past auxiliary beside it: "was investigating", "had been"."""
    return verb.tag_ in _PAST_FORMS or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _dated_verb(span) -> int | None:
    """The index of the word the time phrase dates, climbing as `recalled` does past the words that only place it in
    time; None where it is a comparison ("from a year earlier") or hangs from nothing."""
    word = next(w for w in span if not span.start <= w.head.i < span.end or w.head.i == w.i)
    for _ in range(_CLIMB):
        if word.head.i == word.i:
            return None
        word = word.head
        if word.lower_ in _COMPARED:
            return None
        if not (span.start <= word.i < span.end or word.pos_ in _IN_TIME or word.ent_type_ in ("DATE", "TIME")):
            return word.i
    return None


def earlier_beside_news(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit recalls an act deep in its report and the other, in its report's headline or lede, tells
    another act (the module docstring)."""
    return _recall_beside(a, b) or _recall_beside(b, a)


def _recall_beside(recall: UnitFeatures, news: UnitFeatures) -> bool:
    last = lede()
    if not recall.earlier or news.earlier or recall.sentence <= last or news.sentence > last:
        return False
    own = [act for act in news.acts if not act.startswith("not ")]
    if not own or set(recall.terms) & set(news.after):
        return False
    return not any(_one_act(x, y) for x in recall.earlier for y in own)


def _one_act(x: str, y: str) -> bool:
    """Whether two act keys name one act: the same verb, or a WordNet sense both are words for."""
    x, y = x.removeprefix("not ").split()[0], y.split()[0]
    return x == y or bool(meanings([term(x)]) & meanings([term(y)]))
