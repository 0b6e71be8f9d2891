"""A claim's timeline, thread and relays as plain text: what `provenance show` prints."""
from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Sequence

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.same_count import counts, same_thing
from viewer.jobs import counted
from viewer.provenance.relays import LIMITS, Node, RelayGraph
from viewer.provenance.timeline import THREAD_HEADING, Source, ThreadEntry, Timeline, updates_counted
from viewer.provenance.wording import claim_label, conflict_label, date_label

FIRST = "★"
READ_OUT = "a statement read out; who issued it not read"  # `timeline.Source.read_out`, its issuer unknown


def timeline_text(t: Timeline, width: int = 100) -> str:
    """Sources in time order (first reporter starred), then the thread of updates."""
    lines = [f"{claim_label(t.claim.id)}  {t.claim.named}", ""]
    firsts = sum(1 for s in t.sources if s.first)
    first = (f"first reporter {FIRST}" if firsts == 1 else f"{firsts} first reporters {FIRST}, the same day") if firsts \
        else t.no_first
    lines.append(f"Sources in time order ({t.counted}, {first})")
    for source in t.sources:
        lines += _source(source, width, t.sources)
    lines.append("")
    if t.thread:
        lines.append(f"{THREAD_HEADING} {updates_counted(t)}; in time order")
        lines += [_entry(e, width) for e in t.thread]
    else:
        lines.append("Possible updates: no related report counts the same thing")
    return "\n".join(lines)


def _source(s: Source, width: int, sources: Sequence[Source]) -> list[str]:
    mark = FIRST if s.first else " "
    head = f" {mark} {date_label(s.dating)}  {s.label}  {s.outlet or '(no outlet)'}"
    out = [head]
    indent = " " * 6
    wrap = textwrap.TextWrapper(width=width, initial_indent=indent, subsequent_indent=indent + "  ")
    out += wrap.wrap(f"date: {s.dating.explanation}")
    if s.dating.conflicts:
        out += wrap.wrap(f"dates disagree: {conflict_label(s.dating)}")
    for mention in s.own_words():
        out += wrap.wrap(quoted(mention.text))
    for language, mention in s.renderings():
        out += wrap.wrap(f"{language} rendering: {quoted(mention.text)}")
    if s.figures:
        out += wrap.wrap("figures: " + source_figures(s, _figure) + others_figures(s, sources))
    speakers = s.said().speakers
    if s.unread:
        named = f"{s.named[1]}, named; " if s.named else ""
        out += wrap.wrap(f"attributed to: {named}not read (written in {s.unread})")
    else:
        out += wrap.wrap(f"attributed to: {', '.join(speakers)}" if speakers else
                         f"attributed to no one: {'; '.join(s.unsaid)}" if s.unsaid else
                         READ_OUT if s.read_out else "stated as fact (no attribution)")
    if s.relayed():
        out += wrap.wrap("relayed: " + s.relayed(sep=" | "))  # the wrapper runs lines on
    for change in s.changes:
        out += wrap.wrap(f"changed: {change.wording}")
    return out


def _figure(f) -> str:
    return f"{figure_words(f)} (hedged)" if f.qualifier not in ("exact", "") else figure_words(f)


def figures_once(figures: Iterable[CountedFigure], words: Callable[[CountedFigure], str] | None = None) -> str:
    """A source's figures, each once however many of its passages give it: "Five" in the lede and "five" below
    are one figure, as they are one discrepancy."""
    seen: dict[str, str] = {}
    for f in figures:
        written = (words or figure_words)(f)
        seen.setdefault(written.lower(), written)
    return "; ".join(seen.values())


def source_figures(s: Source, words: Callable[[CountedFigure], str] | None = None) -> str:
    """A source's figures once each, one its article gives anew further on with that later figure: "33, later 37"."""
    later = dict(s.later)
    shown = words or figure_words
    return figures_once(s.figures, lambda f: f"{shown(f)}, later {later[f.start]}" if f.start in later else shown(f))


def others_figures(s: Source, sources: Sequence[Source]) -> str:
    """" · d2, d3: 37": what the claim's other sources give for a thing this source counts, where they give another
    figure, so a row tells how its figure stands without reading the others' rows. Things are matched as number
    discrepancies match them (`analysis.same_count`)."""
    own = counts(s.figures)
    said = {f.text.lower() for f in own} | {text.lower() for _, text in s.later}
    given: dict[str, tuple[str, list[str]]] = {}  # a figure's words, lower case: its words, the sources giving it
    for other in (o for o in sources if o.document_id != s.document_id):
        later = dict(other.later)
        for g in counts(other.figures):
            if g.text.lower() not in said and any(same_thing(f, g) for f in own):
                words = f"{g.text}, later {later[g.start]}" if g.start in later else g.text
                labels = given.setdefault(words.lower(), (words, []))[1]
                labels += [] if other.label in labels else [other.label]
    return " · " + "; ".join(f"{', '.join(labels)}: {text}" for text, labels in given.values()) if given else ""


def figure_words(f: CountedFigure) -> str:
    """A figure as a source gives it: one it corrects as "not 120" ("95, not 120 as first reported"), which it does not state."""
    return f"not {f.text}" if f.corrected else f.text


def _closing(text: str) -> str:
    """The mark that closes a quotation the text opens and leaves open (an excerpt cut inside it), else
    nothing. Single marks are left alone: an apostrophe cannot be told from a closing one."""
    if text[0] == "“" and text.count("“") > text.count("”"):
        return "”"
    if text[0] == "«" and text.count("«") > text.count("»"):
        return "»"
    if text[0] == '"' and text.count('"') % 2:
        return '"'
    return ""


def quoted(text: str) -> str:
    """The words in quotation marks, unless they already open with one. A passage that ends a quotation
    opened before it ('we will bring back our dreams.”') keeps its own closing mark: “… dreams.””
    read as a typo in every timeline and report. One that opens a quotation and is cut before it
    closes (an excerpt ending in "…") gets the closing mark, so the cell shows where the words stop."""
    text = " ".join(text.split())
    if text[:1] in "“\"‘'«":
        return text + _closing(text)
    if text.endswith("”") and text.count("“") < text.count("”"):
        return f"“{text}"
    return f"“{text}”"


def _entry(e: ThreadEntry, width: int) -> str:
    figures = figures_once(e.figures) or "no figure"
    said = f"by {', '.join(e.speakers)}" if e.speakers else "stated as fact"
    marker = "  ← this claim" if e.current else ""
    carried = f"d{e.document_id}, {e.sources} sources" if e.sources != 1 else f"d{e.document_id} only"
    wrap = textwrap.TextWrapper(width=width, initial_indent="   ", subsequent_indent=" " * 8)
    lines = wrap.wrap(f"{date_label(e.dating)}  {e.name}  {figures}  {said}  ({carried}){marker}")  # "[d2, …]" beside "[1]"
    lines += [f"        {c.wording}" for c in e.changes]
    return "\n".join(lines)


def relays_text(graph: RelayGraph) -> str:
    """Edges heaviest first, then cycles: who relays whom, in how many statements."""
    if not graph.edges:
        return "Relays: no statement carries it"
    lines = [f"Relays (speaker → agency → outlet), {counted(graph.statements, 'statement')}:"]
    for e in graph.edges:
        claims = f"  (claims {', '.join(f'{claim_label(c)}×{n}' for c, n in e.claims)})" if e.claims else ""
        lines.append(f"   {_listed(graph.nodes[e.source])} → {_listed(graph.nodes[e.target])}  ×{e.statements}{claims}")
    gathered = [n for n in graph.nodes.values() if n.gathered]
    lines += [f"   (other {n.role}s: the {n.gathered} beyond the {LIMITS[n.role]} busiest, counted together)" for n in gathered]
    for cycle in graph.cycles():
        names = [graph.nodes[k].label for k in cycle]
        lines.append("   cycle: " + " → ".join([*names, names[0]]) + " (each passes on what the other said)")
    return "\n".join(lines)


def _listed(node: Node) -> str:
    """A name in the list of relays; the names gathered into one "other …" node are "other speakers" on each line:
    "81 other speakers → d15 ×8" read as 81 speakers in d15, when 81 was how many the node stands for overall."""
    return f"other {node.role}s" if node.gathered else node.label
