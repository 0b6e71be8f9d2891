"""Who said what in one document: quotations, reported speech and sourcing phrases.

Reporting frames come from the dependency parse (``reported_speech``), quotations from the
quote marks (``quotes``); a quotation takes the frame right after or before it, a frame with
its own clause becomes reported speech, and a frame that only passes another one on becomes
a relay (``relays``). Speakers are then resolved inside the document (``references``).
"""
from __future__ import annotations

import re

from viewer.analysis.attribution.classes import reports_belief
from viewer.analysis.attribution.closing_papers import closing_paper_frames
from viewer.analysis.attribution.coordinated import separate_coordinated
from viewer.analysis.attribution.experiencers import stimulus_verbs
from viewer.analysis.attribution.lead_ins import colon_reports
from viewer.analysis.attribution.opening_papers import opening_paper_frames
from viewer.analysis.attribution.noun_cues import find_noun_frames
from viewer.analysis.attribution.posts import embedded_posts, with_posts
from viewer.analysis.attribution.quotes import Quote, find_quotes, named_after, to_its_close
from viewer.analysis.attribution.references import resolve_references
from viewer.analysis.attribution.relays import (
    agent_relays, fold_relays, hearer_relays, inside, names_record, pass_through, passed_on, passes_words,
    medium_relays, platform_relays, preposed,
)
from viewer.analysis.attribution.relative_objects import antecedent
from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS
from viewer.analysis.attribution.reported_speech import Frame, find_frames, units
from viewer.corpus.sentence_ends import next_sentence_end
from viewer.analysis.attribution.speaker_lines import speaker_lines
from viewer.analysis.attribution.speech_acts import speaks
from viewer.analysis.model import Attribution, Relay
from viewer.analysis.nlp import text_of
from viewer.analysis.segment import ParsedDocument
from viewer.analysis.speakers.kinds import publisher_nouns, written_nouns
from viewer.analysis.speakers.names import ORG_NAMES
from viewer.corpus.nameplates import nameplate_word
from viewer.corpus.spans import Span

_LEAD_IN = re.compile(r"[^.!?“”\"«»]{0,80}[:,]\s*$")
_SENTENCE_END = re.compile(r"[.!?\n]")
_ADJACENT = re.compile(r"[\s,;:—–-]*$")
_QUOTED_SENTENCE_END = re.compile(r"[.!?…](?=\s+[“\"'«(A-Z])")
LONG_QUOTE = 200


def find_attributions(parsed: ParsedDocument) -> list[Attribution]:
    """Every attribution in the document's English prose, in reading order, each once."""
    doc = parsed.doc
    text = text_of(doc)
    if not text.strip():
        return []
    prose = units(doc)
    quotes = [q for q in find_quotes(text) if any(u.start <= q.content.start < u.end for u in prose)]
    quoted = [q.content for q in quotes if q.closed]
    frames = pass_through(fold_relays(separate_coordinated(find_frames(doc, prose, quoted))))
    frames = _to_quotations_close(text, colon_reports(doc, prose, frames), quotes)
    direct = _direct(doc, quotes, [f for f in frames if f.relay_of is None])
    used = {id(frame) for _, frame, own, _ in direct if own}
    reported = [f for f in frames if id(f) not in used and f.content is not None and len(f.content) > 3]
    found = [(frame.kind, frame.content, frame) for frame in speaker_lines(doc)]
    said = {id(frame) for frame in reported}
    parts = _parts(direct, said)
    found += [("direct", content, frame) for content, frame, own, _ in direct if own or id(frame) not in said]
    found += [(frame.kind, frame.content, frame) for frame in opening_paper_frames(doc, prose, quoted)  # before a misread
              if not any(_reported_around(outer, frame) for outer in reported)]  # verb's frame of the same words
    found += [(_kind(frame), frame.content, frame) for frame in reported]
    found += [(_kind(frame), frame.content, frame)
              for frame in _to_quotations_close(text, find_noun_frames(doc, prose, quoted), quotes)]
    found += [(frame.kind, frame.content, frame) for frame in closing_paper_frames(doc, prose, quoted)]
    found = _without_overlaps(found)
    attributions = resolve_references(parsed, [(kind, content, frame, _relays(text, frame, content))
                                               for kind, content, frame in found],
                                      [span for spans in parts.values() for span in spans])
    for attribution in attributions:
        attribution.parts = parts.get(attribution.content.start, [])
    pairs = list(zip(attributions, [frame for _, _, frame in found]))
    _without_self_relays(pairs)
    _relays_by_name(pairs)
    _named_only_when_speaking(doc, pairs)
    return with_posts(text, [a for a, frame in pairs if not _only_relays(a, frame)], embedded_posts(parsed))


def _reported_around(outer: Frame, frame: Frame) -> bool:
    """"The Atlantic reported that… — a message shown…", "Police said court records show…": a paper's words inside
    another's report stay that report's; a frame the parser made of the paper's own words ("Court" records "state
    Roberts gave…") does not hold them."""
    own = Span(frame.speaker_span.start, frame.content.end)
    return outer.content is not None and inside(frame.cue_span, outer.content) and not inside(outer.cue_span, own)


def _to_quotations_close(text: str, frames: list[Frame], quotes: list[Quote]) -> list[Frame]:
    """The frames, each content that opens a quotation run on to its close (``to_its_close``)."""
    for frame in frames:
        if frame.content is not None:
            frame.content = to_its_close(text, frame.content, quotes)
    return frames


def _without_self_relays(pairs: list[tuple[Attribution, Frame]]) -> None:
    """"He warned, '…,' Trump told NBC", "Christie said that was natural — no different, he said, from…":
    a frame around a report by the same speaker passes nothing on; once names are resolved, its relay
    comes off the report. Both statements stay, as annotators of news attribution mark them."""
    for inner, frame in pairs:
        for outer_attribution, outer in pairs:
            if outer.relay_of is frame and inner.speaker_name and outer_attribution.speaker_name == inner.speaker_name:
                inner.via = [r for r in inner.via if r != passed_on(outer)]


def _relays_by_name(pairs: list[tuple[Attribution, Frame]]) -> None:
    """"Interfax reported the blast. Police said three died, the agency reported": a body that passes a report on,
    written as a description of one the article named before, is that body, as its own statement's speaker was
    resolved; the relay takes that name (people stay as written, ``relays.relay_name``)."""
    for inner, frame in pairs:
        for outer_attribution, outer in pairs:
            relay = passed_on(outer) if outer.relay_of is frame else None
            name = outer_attribution.speaker_name
            if relay in inner.via and name and relay.name[:1].islower() and \
                    outer_attribution.speaker_kind == "organisation":
                inner.via = [Relay(name, r.cue) if r == relay else r for r in inner.via]
    for attribution, _ in pairs:
        outlet = _outlet_before(sorted((a for a, _ in pairs if a.content.start < attribution.content.start),
                                       key=lambda a: a.content.start))
        if outlet:
            attribution.via = [Relay(outlet, r.cue) if r.name.lower() in publisher_nouns() else r
                               for r in attribution.via]


def _outlet_before(attributions: list[Attribution]) -> str:
    """"The Eastern New Mexico News reports… Lisa Baird told the newspaper": the outlet a bare "the newspaper" is,
    the last the article named speaking or passing words on ("Krieger told The Washington Post… Krieger told the
    newspaper": an outlet that only relays is named all the same), when its name ends as outlets' names do
    (``corpus.nameplates``), whatever kind the tagger gave it ("Harbor Times" a person's name)."""
    for attribution in reversed(attributions):
        for name in [attribution.speaker_name, *(r.name for r in attribution.via)][::-1]:
            if _outlet_name(name):
                return name
    return ""


def _outlet_name(name: str) -> bool:
    words = name.split()
    return bool(words) and (nameplate_word(words[-1]) or words[-1].lower() in ORG_NAMES)


def _named_only_when_speaking(doc, pairs: list[tuple[Attribution, Frame]]) -> None:
    """A report that says no words (`speech_acts.speaks`) names no speaker unless its source speaks elsewhere
    in the article: "Crime Stoppers is offering a reward" keeps its source phrase, and makes no speaker. A report
    withheld or denied ("declined to comment") keeps its speaker. A body's name stays as the words that describe
    the source ("unnamed: Food and Drug Administration advisory panel" of "A Food and Drug Administration advisory
    panel voted against…"), as an unnamed body's description does: with neither, the panel showed "unnamed source"
    where the same vote by "an influential federal advisory panel" showed its description."""
    silent = []
    for attribution, frame in pairs:
        if attribution.negation is not None:
            continue
        content = doc.char_span(attribution.content.start, attribution.content.end, alignment_mode="expand")
        if not speaks(attribution.kind, frame.verb, content, attribution.speaker_kind):
            silent.append(attribution)
    speaking = {a.speaker_name for a, _ in pairs if all(a is not s for s in silent)}
    for attribution in silent:
        if attribution.speaker_name not in speaking:
            if attribution.speaker_kind in ("organisation", "group", "unknown") and not attribution.speaker_role:
                attribution.speaker_role = attribution.speaker_name or None
            attribution.speaker_name = ""


def _only_relays(attribution: Attribution, frame: Frame) -> bool:
    """An agency or outlet passing a report on ("…, AFP reported") is a hop on that report's way,
    shown with it, and so is the speaker's own statement or post it was made in ("…, according
    to a statement on its website"); a person, a record or a poll telling what someone said
    ("…, according to an aide", "according to the survey") is a witness: a statement of its own, whoever's
    name the record carries ("according to a Washington Post-ABC News survey")."""
    if frame.relay_of is None or not passes_words(frame) or preposed(frame):
        return False
    medium = any(t.lemma_.lower() in written_nouns() for t in frame.speaker)
    return (medium or attribution.speaker_kind == "organisation") and not names_record(frame.speaker)


def _parts(direct: list[tuple[Span, Frame, bool, list[Span]]], said: set[int]) -> dict[int, list[Span]]:
    """Further passages of each statement, by where its content starts. A quotation that goes on
    under a frame whose own words (``said``, by frame id) are already a statement ("Brock said the race is close. 'It's
    no contest.'") is a further passage of that statement, not a second one."""
    parts = {content.start: list(further) for content, frame, own, further in direct if own or id(frame) not in said}
    for content, frame, own, further in direct:
        if not own and id(frame) in said:
            parts.setdefault(frame.content.start, []).extend([content, *further])
    return parts


def _kind(frame: Frame) -> str:
    """Reported words, or a reported belief or intention ("thinks", "wants to", "is worried")."""
    verb = frame.cue[-1] if frame.cue[-1].pos_ in ("VERB", "AUX") else frame.cue[0]
    return "belief" if frame.kind == "indirect" and reports_belief(verb) else frame.kind


def _direct(parsed_doc, quotes: list[Quote], frames: list[Frame]) -> list[tuple[Span, Frame, bool, list[Span]]]:
    """Quotations with their frames; the flag says the frame is the quotation's own, not borrowed.

    Quotations that go on under one frame ("'A,' he said. 'B.'") are one statement: the first
    is its content, the others its further parts, as annotators of news attribution mark them. So are
    the paragraphs of one quotation left open at each paragraph's end (``_next_paragraph_of``): the paragraphs
    below the one a frame took ("Batts said:" above it) go on its statement, and a frame closing the last
    paragraph ('…park," Batts said.') takes the paragraphs opened above it first.
    """
    text = text_of(parsed_doc)  # Doc.text joins every token again
    found: list[tuple[Span, Frame, bool, list[Span]]] = []
    previous: tuple[Frame, int, Quote] | None = None
    opened: list[Quote] = []  # the paragraphs of a quotation still open, read so far with no frame
    for before, quote in zip([None, *quotes], quotes):
        if _is_partial(quote, frames) or _inside_open(before, quote):
            continue
        continued = _next_paragraph_of(text, before, quote)
        if continued and previous is not None and previous[2] is before and _frame_after(text, quote, frames) is None:
            found[-1][3].append(quote.content)  # the statement its first paragraph opened goes on
            previous = (previous[0], _sentence_end(text, quote.span.end), quote)
            continue
        opening = opened if continued and opened and opened[-1] is before else []
        opened = []
        match = _frame_inside(quote, frames) if not quote.closed else None
        if match is not None:
            frame, content = match
        else:
            frame = _frame_after(text, quote, frames) or _frame_before(text, quote, frames)
            content = quote.content
        own = frame is not None
        frame = frame or named_after(parsed_doc, quote)
        if frame is None and previous is not None and (
                _continues(text, previous[1], quote) or _resumes(text, previous[0], previous[2], quote)):
            frame = previous[0]
        if frame is None:
            frame = _frame_of_previous_sentence(text, quote, frames)
        if frame is None:
            opened = [*opening, quote] if not quote.closed and _speech_paragraph(text, quote) else []
            continue
        if own and opening:  # its cue closes a quotation opened paragraphs above: those are its words first
            content, further = opening[0].content, [q.content for q in opening[1:]] + [content]
        else:
            further = []
        lead, rest = _lead(text, content), _rest(text, content) + further
        if found and found[-1][1] is frame:
            found[-1][3].extend([lead, *rest])
        else:
            found.append((lead, frame, own, rest))
        previous = (frame, _sentence_end(text, max(quote.span.end, frame.cue_span.end)), quote)
    return found


def _lead(text: str, content: Span) -> Span:
    """A long quotation of several sentences is represented by its first sentence.

    The statement a reader would cite is the opening one; a paragraph-long span would light up
    the whole passage and hide which sentence carries the claim.
    """
    if len(content) <= LONG_QUOTE:
        return content
    end = _QUOTED_SENTENCE_END.search(text, content.start + 20, content.end)
    return Span(content.start, end.end()) if end else content


def _rest(text: str, content: Span) -> list[Span]:
    """The sentences of a long quotation after its lead: they are the speaker's words too, a
    further part of the statement, not the outlet's own ("…,” Mr. Trump said. “I feel very
    badly. … Flynn lied and they destroyed his life.”)."""
    lead = _lead(text, content)
    start = lead.end
    while start < content.end and text[start].isspace():
        start += 1
    return [Span(start, content.end)] if start < content.end else []


def _is_partial(quote: Quote, frames: list[Frame]) -> bool:
    """Scare quotes and quoted fragments inside reported speech are not statements of their own."""
    for frame in frames:
        c = frame.content
        if c is not None and c.start <= quote.span.start and quote.span.end <= c.end + 1 \
                and len(c) > len(quote.content) + 15:
            return True
    return False


def _frame_inside(quote: Quote, frames: list[Frame]) -> tuple[Frame, Span] | None:
    """An unclosed quotation ending in its own cue ("…, the ministry said in a statement"). A cue
    whose content ends before the quotation opens reports the words before it: the mark is a closing
    one set the wrong way round ('…definitely wrong, “Pigeon told the paper.'), not this quotation."""
    for frame in frames:
        if frame.postposed and frame.content is not None and quote.span.start < frame.cue[0].idx < quote.span.end \
                and frame.content.end > quote.content.start:
            return frame, Span(quote.content.start, frame.content.end)
    return None


def _frame_after(text: str, quote: Quote, frames: list[Frame]) -> Frame | None:
    limit = next_sentence_end(_SENTENCE_END, text, quote.span.end)
    end = limit.start() if limit else len(text)
    for frame in frames:
        nearest = min(frame.cue_span.start, frame.speaker_span.start)
        if quote.span.end <= frame.cue[0].idx < end and frame.kind == "indirect" and \
                _ADJACENT.match(text, quote.span.end, max(quote.span.end, nearest)) and \
                (frame.content is None or frame.content.end <= quote.span.end + 1 or frame.postposed):
            return frame
    return None


def _frame_before(text: str, quote: Quote, frames: list[Frame]) -> Frame | None:
    for frame in frames:
        last = max(frame.cue_span.end, frame.speaker_span.end)
        if frame.kind == "indirect" and last <= quote.span.start and _LEAD_IN.match(text[last:quote.span.start]):
            if frame.content is None or frame.content.start >= quote.span.start - 1 \
                    or _colon_hands_on(text, frame, quote):
                return frame
    return None


def _colon_hands_on(text: str, frame: Frame, quote: Quote) -> bool:
    """"tweeted to Trump: “Don't…”", "wrote on Facebook Friday: “…”": a colon after the cue's addressee, place or
    time hands the quotation on as the words said; the parse had taken "to Trump: “Don't…" for the content. Only
    when no verb stands between the cue and the colon: in "said the city needs two things: “…”" the clause is
    the content and the quotation a part of it."""
    if text[:quote.span.start].rstrip()[-1:] != ":" or frame.content.start > quote.span.start:
        return False
    doc = frame.cue[-1].doc
    between = doc.char_span(frame.cue_span.end, quote.span.start, alignment_mode="contract") or ()
    return not any(t.pos_ in ("VERB", "AUX") for t in between)


def _next_paragraph_of(text: str, before: Quote | None, quote: Quote) -> bool:
    """A quotation left open at a paragraph's end goes on in the next one: one statement."""
    return before is not None and not before.closed and before.span.end <= quote.span.start \
        and "\n" in text[before.span.end:quote.span.start] and text[before.span.end:quote.span.start].strip() == ""


def _speech_paragraph(text: str, quote: Quote) -> bool:
    """A quotation left open that is a paragraph of speech: it opens the paragraph and its words end a sentence.
    A headline's stray mark ("Head on Death of Teen: 'Too Many Guns'", the last mark read as a plural's
    apostrophe) opens no quotation that goes on below."""
    line_start = text.rfind("\n", 0, quote.span.start) + 1
    words = text[quote.content.start:quote.content.end].rstrip()
    return not text[line_start:quote.span.start].strip() and words[-1:] in _SENTENCE_ENDS


_SENTENCE_ENDS = tuple(".!?…")


def _inside_open(before: Quote | None, quote: Quote) -> bool:
    """A mark inside a quotation left open ('…progress, “said Tom Smith', a closing mark set the wrong way
    round) opens no quotation of its own."""
    return before is not None and not before.closed and quote.span.start < before.span.end


def _frame_of_previous_sentence(text: str, quote: Quote, frames: list[Frame]) -> Frame | None:
    """A quotation with no cue of its own, right after a sentence that reports someone, is theirs."""
    for frame in reversed(frames):
        if frame.kind == "indirect" and frame.unit.end <= quote.span.start and \
                _continues(text, _sentence_end(text, frame.unit.end - 1), quote):
            return frame
    return None


_RESUMING = re.compile(r"[^“”\"«»]{0,80}[,:]\s*$")  # a sentence's end is looked for apart, past "Mr."


def _resumes(text: str, frame: Frame, before: Quote, quote: Quote) -> bool:
    """A quotation broken by its cue ("“I trust in God,” Mr. Obama said, “but God wants…”") goes
    on after it: between the two, only that cue and its speaker, ending in a comma or colon."""
    gap = Span(before.span.end, quote.span.start)
    return gap.start <= frame.cue_span.start and frame.cue_span.end <= gap.end and \
        bool(_RESUMING.match(text, gap.start, gap.end)) and next_sentence_end(_SENTENCE_END, text, gap.start, gap.end) is None


def _continues(text: str, previous_end: int, quote: Quote) -> bool:
    return previous_end <= quote.span.start and text[previous_end:quote.span.start].strip() == ""


def _sentence_end(text: str, start: int) -> int:
    m = next_sentence_end(_SENTENCE_END, text, start)
    return m.end() if m else len(text)


def _without_overlaps(found: list[tuple[str, Span, Frame]]) -> list[tuple[str, Span, Frame]]:
    """Each passage reported once; a relay's words hold the report it passes on, and both stay."""
    kept: list[tuple[str, Span, Frame]] = []
    for kind, content, frame in found:
        clashes = [item for item in kept if _overlap(content, item[1]) * 2 >= min(len(content), len(item[1]))
                   and frame.relay_of is not item[2] and item[2].relay_of is not frame
                   and not _nested(frame, item[2], item[1]) and not _nested(item[2], frame, content)]
        if clashes and all(_set_in(item, frame, content) for item in clashes):
            kept = [item for item in kept if item not in clashes]
            clashes = []
        if not clashes:
            kept.append((kind, content, frame))
    return sorted(kept, key=lambda item: item[1].start)


def _set_in(held: tuple[str, Span, Frame], frame: Frame, words: Span) -> bool:
    """"After the court approved the law, Hebert said, other states followed": a frame set inside the
    sentence it reports holds that sentence; what someone did inside it ("the court approved the
    law") is a piece of Hebert's words, not a statement that takes them. A quotation or a report of
    saying stays first."""
    kind, _, inner = held
    if kind == "direct" or inner.kind == "according-to" or inner.verb.lemma_.lower() in REPORTING_VERBS:
        return False  # "Sweet said X – attacks that, Sweet noted, Y": a statement of its own stays
    return inside(frame.cue_span, words) and inside(inner.cue_span, words) and inside(inner.speaker_span, words)


def _nested(inner: Frame, outer: Frame, words: Span) -> bool:
    """A report written inside what a source is cited for ("Clinton did well among voters who believe
    Wall Street helps, according to exit polling data", "he added content to the chains, according to
    the sources", "attacks that, Sweet noted, Trump said were sparked…") is a second statement, not the
    same passage twice: the source's sentence and the report inside it both stay."""
    if _of_its_noun(inner) and inside(inner.cue_span, words) and inside(inner.content, words):
        return True
    sourcing = outer.kind == "according-to" or outer.postposed and outer.verb.lemma_.lower() in REPORTING_VERBS \
        or inside(outer.cue_span, words) and inner.verb.lemma_.lower() in REPORTING_VERBS \
        or outer.content is not None and outer.content.start >= outer.unit.end \
        or _of_a_feeling(outer)  # a colon's paragraph (lead_ins); what stirred a feeling
    return sourcing and inside(inner.cue_span, words) and inside(inner.speaker_span, words)


def _of_a_feeling(frame: Frame) -> bool:
    """"The council's refusal to sell the land angered the developers": what stirred the developers is the
    council's stance, a statement of its own (``experiencers``)."""
    return frame.content is not None and frame.content.end <= frame.cue_span.start \
        and frame.verb.lemma_.lower() in stimulus_verbs()


def _of_its_noun(frame: Frame) -> bool:
    """"the allegations, which Mr. Ailes denies": a relative clause set off by a comma, bracket or dash
    reporting the noun it hangs on: a statement of its own beside the report it sits in. (Without the
    comma, "the issues he championed" only narrows the noun: PolNeAR's annotators mostly leave it.)"""
    verb = frame.verb
    opening = verb.left_edge.i
    return frame.content is not None and frame.content.end <= frame.cue_span.start and opening > 0 \
        and verb.doc[opening - 1].text in _SETTING_OFF and antecedent(verb) is not None


_SETTING_OFF = (",", "(", "—", "–", "-", "--")


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _relays(text: str, frame: Frame, content: Span) -> list:
    relays = list(frame.relays) + agent_relays(frame) + hearer_relays(frame) + platform_relays(text, frame, content) \
        + medium_relays(frame)
    unique = []
    for relay in relays:
        if all(r.name != relay.name for r in unique):
            unique.append(relay)
    return unique
