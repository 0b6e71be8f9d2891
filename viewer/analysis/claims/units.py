"""Cut a parsed document into claim units (sentences, or clauses where a sentence joins
independent propositions) and record what linking needs to know about each (``features``).
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from viewer.analysis.claims.act_days import stated_act_days
from viewer.analysis.claims.acts import acts_of, main_verbs
from viewer.analysis.claims.alignment import packed, stored_words
from viewer.analysis.claims.attributes import stated_attribute
from viewer.analysis.claims.bare_reports import reports_nothing
from viewer.analysis.claims.ages import ages_in
from viewer.analysis.claims.care import fatal_wound
from viewer.analysis.claims.clock import clock_times, stated_weekdays
from viewer.analysis.claims.dates import stated_dates
from viewer.analysis.claims.denials import NEGATION
from viewer.analysis.claims.denied_acts import packed_forms, unit_denials
from viewer.analysis.claims.encoder import shared_encoder
from viewer.analysis.claims.features import ClaimUnit, CountedFigure, UnitFeatures
from viewer.analysis.claims.framing import term_places
from viewer.analysis.claims.grammatical_number import subjects_by_number
from viewer.analysis.claims.headlines import asks, headlines_parsed, parsed_headline, states_event
from viewer.analysis.claims.identifications import person_names, place_names, states_identification
from viewer.analysis.claims.dated_acts import dated_acts
from viewer.analysis.claims.trend_levels import trend_levels
from viewer.analysis.claims.incident_days import shooting_days
from viewer.analysis.claims.intentions import done_acts, intended_acts
from viewer.analysis.claims.judgements import stated_verdict
from viewer.analysis.claims.name_numbers import names_or_describes
from viewer.analysis.claims.neighbourhoods import stated_neighbourhoods
from viewer.analysis.claims.outcomes import stated_outcomes
from viewer.analysis.claims.newcomers import group_size, newcomer_rank
from viewer.analysis.claims.patients import named_patients
from viewer.analysis.claims.pieces import WordPieces
from viewer.analysis.claims.persons import carried_ages, compared, refers_back, subject_ages, unnamed_ages
from viewer.analysis.claims.prices import priced_item
from viewer.analysis.claims.predicates import predicates
from viewer.analysis.claims.quantities import CURRENCIES, Figure, NumbersRead, labels, numbers_read, spans_of_time
from viewer.analysis.claims.reader_address import reader_address
from viewer.analysis.claims.recalled import recalls_incident
from viewer.analysis.claims.retractions import corrections, given_anew
from viewer.analysis.claims.rulings import court_acting
from viewer.analysis.claims.stages import after_terms
from viewer.analysis.claims.streets import stated_streets
from viewer.analysis.claims.timed_events import unit_events
from viewer.analysis.claims.vocabulary import LIGHT, REPORTING, canonical, term
from viewer.analysis.claims.wounds import stated_wounds
from viewer.analysis.nlp import entity_bounds, text_of
from viewer.analysis.reported_readings import reports_a_reading
from viewer.analysis.segment import ParsedDocument
from viewer.analysis.title_lines import title_cased
from viewer.corpus.metadata import dateline_length
from viewer.corpus.spans import Span

_BLANK_LINE = re.compile(r"\n\s*\n")
_LABEL = re.compile(r"[^:\n]+:\s+")  # "Police: ", "UPDATE: ": a headline's words before its first colon and a space
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
_NOT_FIGURES = {"DATE", "TIME", "ORDINAL"}
_RANGE_WORDS = {"between", "from", "and", "to", "-", "–", "—"}  # what joins the two ends of a range (`quantities.figures`)
# Reporting verbs whose object is who heard or who was quoted; others' objects are what was said ("announced a freeze").
_AUDIENCE = {"tell", "inform", "quote", "cite"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
_OPENERS = {")": "(", "]": "["}  # a clause keeps a closing bracket it opened
_FURTHER_REPORT = "add"  # the reporting verb that says its report is a further one (`_second_report`)
_OPENING_MARKS = {"“": "”", "‘": "’", '"': '"', "'": "'", "(": ")", "[": "]"}  # each with the mark that closes it
_MIN_WORDS = 4
# A sentence end, with its closing quotes and brackets; a space may set a closing quote off ("the musical “The Boy from
# Oz. ”"), as tokenised text (ECB+) and some page extractions print it: the writer still ended a sentence there.
_SENTENCE_END = re.compile(r"[.!?…](?:[ \t]*[\"”’')\]])*$")
_ANY_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?:\s|$)")
# "700 more have done the same", "300 others followed suit": the verb and the noun are the ones named before.
_PRO_VERB = re.compile(r"\b(?:do|does|did|done|doing)\s+(?:the\s+same|so|likewise)\b|\bfollow(?:s|ed|ing)?\s+suit\b", re.IGNORECASE)
_ELIDED = {"more", "other", "others"}
_OPENS_CONVERSION = re.compile(r"[ ]?(?:[^\W\d_]+\.?[ ]?)?\([ ]?")  # "160 kph (" before "100 mph)"
_CLOSES_CONVERSION = re.compile(r"[ ]?(?:[^\W\d_]+\.?[ ]?)?\)")
_LABELS = {"nummod", "compound", "npadvmod"}  # how a number after a name attaches to it
_PRONOUN_MODIFIERS = {"det", "predet", "poss", "amod"}  # what "one" takes before it standing for a noun: "the other one"


def claim_units(parsed: ParsedDocument) -> list[ClaimUnit]:
    """Sentence- or clause-sized pieces of the document's own prose, with their features and embeddings."""
    units = found_units(parsed)
    embed_units(units, {parsed.id: parsed.text})
    return units


def embed_units(units: list[ClaimUnit], texts: Mapping[int, str], known: KnownWordings | None = None) -> None:
    """Give the units their embeddings and word pieces in one call: the pipeline passes several
    documents' units together, as a batch of a few hundred texts runs the model far faster than
    one document's. A wording met more than once (wire copy several outlets carry, a stock line)
    is encoded once: a text's vector depends on the text alone, never on the texts batched with it;
    given ``known`` (what the run's earlier partitions encoded), once in the whole run."""
    wordings = [texts[u.document][u.span.start:u.span.end] for u in units]
    found = {} if known is None else known.found(wordings)
    distinct = [w for w in dict.fromkeys(wordings) if w not in found]
    vectors, pieces = shared_encoder().encode_with_pieces(distinct)
    found.update((w, (vectors[k], pieces[k])) for k, w in enumerate(distinct))
    if known is not None:
        known.keep((w, vectors[k], pieces[k]) for k, w in enumerate(distinct))
    for unit, wording in zip(units, wordings):
        unit.vector, unit.pieces = found[wording]


class KnownWordings:
    """The vectors and word pieces of the wordings one analysis run encoded last (`KNOWN_WORDINGS` of them, those met
    again kept longest), so a stock line or wire copy met in partition after partition goes to the model once: on 100
    bench articles the partitions sent 840 wordings where 704 differ, 0.4 of 3.7 CPU seconds of embedding. Each row
    is kept as a copy, so the cache never holds a whole batch's array; the bits are those the encoder gave."""

    def __init__(self, size: int = 0) -> None:
        self._size = size or KNOWN_WORDINGS
        self._rows: OrderedDict[str, tuple[np.ndarray, WordPieces]] = OrderedDict()

    def found(self, wordings: Iterable[str]) -> dict[str, tuple[np.ndarray, WordPieces]]:
        """Those of ``wordings`` encoded before, each then kept as met last."""
        out = {}
        for wording in wordings:
            if wording not in out and (row := self._rows.get(wording)) is not None:
                self._rows.move_to_end(wording)
                out[wording] = row
        return out

    def keep(self, rows: Iterable[tuple[str, np.ndarray, WordPieces]]) -> None:
        for wording, vector, pieces in rows:
            self._rows[wording] = (vector.copy(), pieces)
        while len(self._rows) > self._size:
            self._rows.popitem(last=False)


KNOWN_WORDINGS = 4096  # about 12 MB of vectors and pieces: a few hundred articles' units


def found_units(parsed: ParsedDocument) -> list[ClaimUnit]:
    """Sentence- or clause-sized pieces of the document's own prose, and the headlines above it
    that state an event, with their features."""
    doc, text = parsed.doc, parsed.text
    units: list[ClaimUnit] = []
    read = _read_pieces(parsed)
    _parse_lines([(parsed, piece) for _, piece, prose in read if not prose])
    for sentence_index, piece, prose in read:
        found = _clause_units(doc, _after_dateline(text, piece), text) if prose else _headline_units(
            piece, text, parsed.headlines[piece])
        for clause, features in found:
            features.position, features.sentence = len(units), sentence_index
            units.append(ClaimUnit(parsed.id, clause, features))
    _carry_ages(doc, units)
    return units


def parse_headlines(documents: Sequence[ParsedDocument]) -> None:
    """The lines above each document's prose parsed alone (`headlines.headlines_parsed`) in one spaCy batch for all
    the documents, kept on each (`ParsedDocument.headlines`) for `found_units`. spaCy's cost per call is large for a
    few short lines (tok2vec's and the recogniser's): piped a document at a time, gvaJ's 58 headline lines of 45
    reports cost 0.20 s of CPU, four reports at a time 0.12, all at once 0.09. A line's tags, arcs and entities do
    not depend on the lines batched with it."""
    _parse_lines([(parsed, piece) for parsed in documents for _, piece, prose in _read_pieces(parsed) if not prose])


def _parse_lines(lines: list[tuple[ParsedDocument, Span]]) -> None:
    """Each (document, line above its prose) not parsed yet, parsed in one batch and kept on its document."""
    missing = [(parsed, piece) for parsed, piece in lines if piece not in parsed.headlines]
    found = headlines_parsed([(parsed.text[p.start:p.end], parsed.text[p.end:]) for parsed, p in missing])
    for (parsed, piece), doc in zip(missing, found):
        parsed.headlines[piece] = doc


def _read_pieces(parsed: ParsedDocument) -> list[tuple[int, Span, bool]]:
    """The pieces claims are read from, each with its sentence's index and whether it is prose (else a headline above
    the prose); headings and captions below the first prose are left out."""
    text = parsed.text
    out = []
    above_prose = True  # still in the title-like lines an article opens with
    for sentence_index, sentence in enumerate(parsed.sentences()):
        for piece in _pieces(text, sentence, parsed.skipped):
            if not _heading(text, piece) and not (above_prose and _titled_line(text, piece)):
                above_prose = False
                out.append((sentence_index, piece, True))
            elif above_prose:
                out.append((sentence_index, piece, False))
    return out


def _carry_ages(doc, units: list[ClaimUnit]) -> None:
    """Give a unit that tells of the person the one before it described ("He was taken to Stroger
    Hospital") that person's age (`persons.carried_ages`), so that two round-ups' identical lines about
    their own victims are told apart as the victims' own sentences are."""
    rows = []
    for unit in units:
        tokens = None if unit.features.headline else doc.char_span(unit.span.start, unit.span.end,
                                                                    alignment_mode="expand")
        own = unit.features.unnamed_ages
        rows.append((own, subject_ages(tokens) if own and tokens is not None else [],
                     not own and tokens is not None and refers_back(tokens), unit.features.sentence,
                     compared(tokens) if not own and tokens is not None else ""))
    for unit, ages in zip(units, carried_ages(rows)):
        unit.features.unnamed_ages = ages


def _clause_units(doc, piece: Span, text: str) -> list[tuple[Span, UnitFeatures]]:
    clauses = [c for c in _clauses(doc, piece) if _is_proposition(doc, c, text)]
    return list(zip(clauses, _shared_names([unit_features(doc, clause) for clause in clauses])))


def _headline_units(piece: Span, text: str, doc=None) -> list[tuple[Span, UnitFeatures]]:
    """A headline's clauses that state an event, parsed on their own: the document's parse reads
    a title-cased line as names and runs it into the next line. Spans and figures are moved from
    the headline's own offsets to the document's. A headline that states nothing as a whole but
    opens with a label and a colon ("Police: 1 killed, 3 wounded in …", "UPDATE: …") is read
    after the label: the parser makes the label the line's root and what it says a mere apposition. ``doc``: the
    line parsed already (`headlines_parsed`)."""
    line = text[piece.start:piece.end]
    doc = doc if doc is not None else parsed_headline(line, text[piece.end:])
    whole = Span(0, len(line))
    clauses = [c for c in _clauses(doc, whole) if _states_claim(doc.char_span(c.start, c.end, alignment_mode="expand"), line)]
    if not clauses and (after := _after_label(line)):
        return _headline_units(Span(piece.start + after, piece.end), text)
    out = []
    for clause, features in zip(clauses, _shared_names([unit_features(doc, clause) for clause in clauses])):
        features.headline = True
        features.figures = [replace(f, start=f.start + piece.start, end=f.end + piece.start) for f in features.figures]
        features.entities = [(start + piece.start, end + piece.start) for start, end in features.entities]
        out.append((Span(clause.start + piece.start, clause.end + piece.start), features))
    return out


def _after_label(line: str) -> int:
    """Where a headline's words start after a label ending in a colon at its first colon, 0 for none (or nothing after)."""
    match = _LABEL.match(line)
    return match.end() if match and match.end() < len(line) else 0


def _states_claim(tokens, line: str) -> bool:
    """A headline clause that states an event, does not announce the article to its reader ("What we know …") and does
    not only ask (`headlines.asks`; ``line``: the headline as written)."""
    return states_event(tokens) and reader_address(tokens) is None and not asks(tokens, line)


def _shared_names(found: list[UnitFeatures]) -> list[UnitFeatures]:
    """Clauses of one sentence happen where and to whom the sentence says: in "47 were killed and
    dozens are missing after the Arbaat dam collapsed" the dam belongs to both, as setting."""
    for features in found:
        names = {n for other in found if other is not features for n in other.names} - set(features.terms)
        features.setting = sorted(set(features.setting) | names)
        features.terms = sorted(set(features.terms) | names)
        features.names = sorted(set(features.names) | names)
    return found


def _heading(text: str, piece: Span) -> bool:
    """A headline, section head or caption: a line of its own that a writer did not end as a
    sentence ("Saints place RB Bush on injured reserve"), even when the parser cut it in two
    ("Updated: June 3, 2025 14:20" | "CET") if no sentence ends anywhere in it. It titles claims
    the article states in full below; linking it would pair a title with a sentence."""
    before, after = text[:piece.start].rstrip(" \t"), text[piece.end:].lstrip(" \t")
    if (not before or before.endswith("\n")) and (not after or after.startswith("\n")):
        return not _SENTENCE_END.search(text[piece.start:piece.end])
    line = _paragraph_line(text, piece)
    return line is not None and not _ANY_SENTENCE_END.search(line)


def _titled_line(text: str, piece: Span) -> bool:
    """A line of its own in title case: above the prose it is a headline even when it ends as a sentence does
    ("Obama Administration Restores Endangered Species Act Protections!"), and is parsed as one; the document's
    parse reads its capitalised words as one long name, which states nothing."""
    before, after = text[:piece.start].rstrip(" \t"), text[piece.end:].lstrip(" \t")
    own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return own_line and title_cased(text[piece.start:piece.end])


def _paragraph_line(text: str, piece: Span) -> str | None:
    """The line holding ``piece`` when it is a paragraph on its own, between blank lines."""
    start, end = text.rfind("\n", 0, piece.start) + 1, text.find("\n", piece.end)
    end = len(text) if end < 0 else end
    above, below = text[:start], text[end:]
    blank_above = not above.strip() or above[len(above.rstrip(" \t\n")):].count("\n") >= 2
    blank_below = not below.strip() or below[:len(below) - len(below.lstrip(" \t\n"))].count("\n") >= 2
    return text[start:end].strip() if blank_above and blank_below else None


def _after_dateline(text: str, piece: Span) -> Span:
    """A paragraph's prose without the dateline it opens with ("WASHINGTON — ", "KYIV, March 3
    (Reuters) - "): the claim is what follows, so its highlight and its label start there."""
    start = piece.start
    while start and text[start - 1] in " \t":
        start -= 1
    if start and text[start - 1] != "\n":
        return piece
    return Span(piece.start + dateline_length(text[piece.start:piece.end]), piece.end)


def _is_proposition(doc, span: Span, text: str) -> bool:
    """Headlines, captions and lists of names state nothing: a unit needs words and a verb at its root. Nor does
    a line spoken to the reader (`reader_address`): an appeal for tips, an imperative, a teaser; nor a reporting frame
    whose report lies elsewhere (`bare_reports`: "FAMILY MEMBERS OF ANTHONY RAY SAY", "NBC 6's Hank Tester reports.")."""
    if len(text[span.start:span.end].split()) < _MIN_WORDS:
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    rooted = any(t.pos_ in ("VERB", "AUX") and not (tokens.start <= t.head.i < tokens.end and t.head != t)
                 for t in tokens)
    return rooted and reader_address(tokens) is None and not reports_nothing(tokens)


def _pieces(text: str, sentence: Span, skipped: list[Span]) -> list[Span]:
    """A sentence split at blank lines and around skipped passages, trimmed of blanks and stray quotes."""
    cuts = [(sentence.start, sentence.end)]
    for skip in skipped:
        cuts = [part for s, e in cuts for part in ((s, min(e, skip.start)), (max(s, skip.end), e)) if part[0] < part[1]]
    out = []
    for s, e in cuts:
        pos = s
        for m in list(_BLANK_LINE.finditer(text, s, e)) + [None]:
            end = m.start() if m else e
            trimmed = _trim(text, pos, end)
            if trimmed:
                out.append(trimmed)
            pos = m.end() if m else e
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or (text[start] in "\"”’" and (start + 1 == end or text[start + 1].isspace()))):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _clauses(doc, piece: Span) -> list[Span]:
    """Split where a coordinated verb carries its own subject, or where a speaker's second report
    follows the first (`_second_report`): two propositions, two units."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None:
        return [piece]
    bounds = []
    for token in span:
        if (token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and _has_subject(token) and token.head.i < token.i) \
                or _second_report(token):
            first = min(t.i for t in token.subtree)
            if first > span.start + 3:
                bounds.append(first)
        elif token.text == ";" and span.start + 3 < token.i < span.end - 3:
            bounds.append(token.i + 1)
    if not bounds:
        return [piece]
    out, start_token = [], span.start
    for b in sorted(set(bounds)) + [span.end]:
        clause = _clause_span(doc, start_token, b, piece, opens=start_token == span.start)
        if clause is not None:
            out.append(clause)
        start_token = b
    return out


def _has_subject(token) -> bool:
    return any(child.dep_ in _SUBJECTS for child in token.children)


def _second_report(token) -> bool:
    """A report that says it is a further one ("adding that", "and added that") after an earlier report in the
    sentence: "…, Kempthorne said, adding that agencies can bypass a review …", "Police said the man was armed and
    added that no officer was hurt". It is a claim of its own as "…, and he added that …" is, which the
    coordinated-subject split already makes two units; left in one unit, the sentence is too long for either claim
    to be recognised in it. Other participles ("explaining that", "saying that", "noting that") mostly give the
    first report's reason or gloss: splitting at any reporting verb moved ECB+ train's twin-event story groups
    (topic 36: 10 more links across events, 4 fewer right), splitting at "add" alone does not (units41)."""
    if token.pos_ != "VERB" or token.dep_ not in ("advcl", "conj") or token.lemma_.lower() != _FURTHER_REPORT:
        return False
    if token.tag_ == "VB" or _has_subject(token) or not any(child.dep_ == "ccomp" for child in token.children):
        return False
    return any(a.pos_ == "VERB" and a.lemma_.lower() in REPORTING and _reported_before(a, token) for a in token.ancestors)


def _reported_before(report, further) -> bool:
    """Whether the earlier report says something before the further one does ("“…,” he said, adding", "said the man
    was armed and added"): "Reliance said in an e-mailed update, adding that …" reports nothing but the addition."""
    return report.i < further.i and any(child.dep_ == "ccomp" and child.i < further.i for child in report.children)


def _clause_span(doc, first: int, stop: int, piece: Span, opens: bool = False) -> Span | None:
    """The clause between two splits without the conjunction or punctuation the split left at its edges; the
    sentence's first clause keeps the quotation mark or bracket it opens with when it also closes it ("“The rule is
    fair, ” he said"), as its lit passage would otherwise close a quotation it never opened."""
    while first < stop and (doc[first].dep_ in ("cc", "mark", "punct") or doc[first].is_space) \
            and not (opens and _closes_within(doc, first, stop)):
        first += 1
    last = stop
    while last > first and _trailing(doc, first, last):
        last -= 1
    if first >= last:
        return None
    start = max(doc[first].idx, piece.start)
    end = min(doc[last - 1].idx + len(doc[last - 1]), piece.end)
    return Span(start, end) if start < end else None


def _closes_within(doc, first: int, stop: int) -> bool:
    """Whether the token at ``first`` opens a quotation or bracket that closes before ``stop``."""
    closer = _OPENING_MARKS.get(doc[first].text)
    return closer is not None and any(doc[k].text == closer for k in range(first + 1, stop))


def _trailing(doc, first: int, last: int) -> bool:
    """Whether the clause's last token is a conjunction or punctuation left over from the split.

    A closing bracket stays when the clause opened it: "a top speed of 160 kph (100 mph), but …" cut
    before its ")" would read "(100 mph" (6 of ECB+ train's 5,748 linked units did). So does a closing
    single quotation mark: "said they were a 'nice family' and added …".
    """
    token = doc[last - 1]
    if token.text in _OPENERS:
        inside = doc[first:last - 1].text
        if inside.count(_OPENERS[token.text]) > inside.count(token.text):
            return False
    if token.text in ("'", "’"):
        marks = [t.text for t in doc[first:last - 1]]
        if "‘" in marks or marks.count("'") % 2:
            return False
    return (token.dep_ in ("cc", "punct") or token.is_space) and token.text not in ".!?\"”"


def unit_features(doc, span: Span) -> UnitFeatures:
    """What linking compares: content terms (with those that only name the source or the place
    and time set apart), proper names, figures with what they count, negations."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    text = text_of(doc)[span.start:span.end]
    sentence = _sentence_text(doc, tokens) if len(tokens) else ""
    roles: dict[str, set[str]] = {"core": set(), "frame": set(), "setting": set()}
    names = set()
    frame, setting = _frame_tokens(tokens), _setting_tokens(tokens)
    keyed = [(token, *_token_term(token)) for token in tokens]
    for token, key, is_name in keyed:
        if key:
            role = "frame" if token.i in frame else "setting" if token.i in setting else "core"
            roles[role].add(key)
            if is_name:
                names.add(key)
    roles["core"].update(_pro_verb_terms(doc, span))
    terms = set().union(*roles.values())
    years, months = stated_dates(tokens)
    one, several = subjects_by_number(tokens)
    numbers = numbers_read(text, span.start)
    counted = counted_figures(doc, span, numbers)
    verbs = main_verbs(tokens)  # read once for the acts, the identification and who identifies
    weekdays = stated_weekdays(sentence) if sentence else []
    subject_terms, framed, stated = term_places(keyed, range(tokens.start, tokens.end))
    return UnitFeatures(
        terms=sorted(terms),
        names=sorted(names),
        frame=sorted(roles["frame"] - roles["core"]),
        setting=sorted(roles["setting"] - roles["core"] - roles["frame"]),
        figures=counted,
        entities=named_entities(doc, span),
        ages=ages_in(doc, span),
        unnamed_ages=unnamed_ages(tokens),
        negations=[m.group().lower() for m in NEGATION.finditer(text) if not _corrects_figure(m, span.start, counted)],
        predicates=predicates(tokens),
        acts=acts_of(verbs),
        years=years,
        months=months,
        act_days=stated_act_days(tokens, verbs),
        one=one,
        several=several,
        asides=aside_terms(tokens, keyed),
        outcomes=stated_outcomes(text, numbers, span.start),
        streets=stated_streets(sentence) if sentence else [],
        clock=clock_times(sentence) if sentence else [],
        weekdays=weekdays,
        identifies=states_identification(tokens, verbs),
        places=place_names(keyed, verbs),
        persons=person_names(keyed),
        wounds=stated_wounds(tokens),
        attribute=stated_attribute(tokens),
        after=after_terms(keyed, verbs),
        neighbourhoods=stated_neighbourhoods(sentence) if sentence else [],
        incident_days=shooting_days(doc, tokens[0].sent) if weekdays else [],
        dated_acts=dated_acts(doc, tokens[0].sent) if len(tokens) else [],
        patients=named_patients(tokens, verbs),
        recalled=recalls_incident(doc, tokens, verbs),
        fatal=fatal_wound(tokens),
        reading=bool(len(tokens)) and reports_a_reading(tokens.sent),
        newcomer=newcomer_rank(verbs),
        group=group_size(verbs),
        intended=intended_acts(tokens, verbs),
        done=done_acts(verbs),
        aligned=packed(stored_words(tokens, span.start)),
        events=unit_events(tokens, text, span.start),
        denied=unit_denials(tokens, text, span.start),
        word_forms=packed_forms(tokens),
        subject_terms=subject_terms,
        framed=framed,
        stated=stated,
        court_acting=court_acting(tokens, verbs),
        trend_levels=trend_levels(tokens, numbers.figures),
        verdict=stated_verdict(tokens),
    )


def _sentence_text(doc, tokens) -> str:
    """The text of the sentence the unit is cut from: a clause split can part an address ("It happened at NE 14th" /
    "Avenue and 71st Street"), and the streets and times of day a sentence gives set all its clauses."""
    sentence = tokens[0].sent
    return text_of(doc)[sentence.start_char:sentence.end_char]


_ASIDES = frozenset({"relcl", "advcl"})  # clauses that describe a thing or set the scene: "after a boy was shot"


def aside_terms(tokens, keyed: list[tuple] | None = None) -> list[str]:
    """The content terms (as `unit_features` keys them) that only the unit's relative clauses and clauses of time, cause
    or manner hold: what it mentions in passing, not what its main clause states ("Police were searching for two teens
    [after a 16-year-old boy was shot]", "Doyle was sought on a murder warrant following the attacks [that killed
    ...]"). A participle after its noun stays ("nine people shot outside the club", "a boy armed with a stolen
    handgun"): it states what befell the noun, the claim itself. A clause cut from its sentence is read from its own
    head down, as if alone: its head may be an aside of the sentence ("…, one addressed to Sen. Booker").
    ``keyed``: each token with its term as `unit_features` read it (token, key, is a name), so the unit's tokens are
    not made and keyed a second time."""
    inside = set(range(tokens.start, tokens.end))
    main, aside = set(), set()
    for token, key, _name in keyed if keyed is not None else ((t, *_token_term(t)) for t in tokens):
        if key:
            (aside if _in_aside(token, inside) else main).add(key)
    return sorted(aside - main)


def _in_aside(token, inside: set[int]) -> bool:
    """Whether a clause of `_ASIDES` below the unit's own head holds the token."""
    while token.head.i in inside and token.head.i != token.i:
        if token.dep_ in _ASIDES:
            return True
        token = token.head
    return False


def _corrects_figure(negation: re.Match, offset: int, counted: list[CountedFigure]) -> bool:
    """The "not" of "280, not 300": it corrects a figure (`retractions`), it does not deny the claim."""
    return any(f.corrected and f.start - offset - negation.end() in (1, 0) for f in counted)


def _pro_verb_terms(doc, span: Span) -> set[str]:
    """"Did the same" claims what the verb before it claims, so it is compared under that verb."""
    out = set()
    for m in _PRO_VERB.finditer(text_of(doc), span.start, span.end):
        verb = doc.char_span(m.start(), m.end(), alignment_mode="expand")[0]
        antecedent = _antecedent(verb, lambda t: t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING | LIGHT | {"do", "follow"})
        if antecedent is not None:
            out.add(term(antecedent.lemma_.lower()))
    return out


def _antecedent(token, wanted):
    """The nearest earlier token in this sentence or the one before that is ``wanted``."""
    sentence = token.sent
    first = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return next((t for t in reversed(token.doc[first:token.i]) if wanted(t)), None)


def _frame_tokens(tokens) -> set[int]:
    """Who reports the claim ("the ministry said", "according to AFP"): the source, not the claim."""
    out = set()
    for token in tokens:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            out.update(t.i for t in token.subtree)
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORTING:
            out.add(token.i)
            for child in token.children:
                if child.dep_ in ("nsubj", "agent") or (child.dep_ == "dobj" and token.lemma_.lower() in _AUDIENCE) or (child.dep_ == "prep" and child.lower_ == "by"):
                    out.update(t.i for t in child.subtree)
    return out


def _setting_tokens(tokens) -> set[int]:
    """Where and when an event happened: it places the claim but does not make it."""
    out = set()
    for token in tokens:
        if token.dep_ == "prep" and token.lower_ in ("in", "at", "near", "on", "from", "since", "during") and token.head.pos_ in ("VERB", "AUX"):
            out.update(_phrase(token))
        elif token.ent_type_ in ("DATE", "TIME"):
            out.add(token.i)
    return out


def _phrase(token) -> set[int]:
    """The token's subtree without the clauses inside it: in "on Thursday, when the minister
    said the talks were shelved" the time is setting, what was said is not."""
    inner = {t.i for c in token.subtree if c.dep_ in _CLAUSES and c != token for t in c.subtree}
    return {t.i for t in token.subtree} - inner


def _token_term(token) -> tuple[str, bool]:
    if token.is_stop or token.is_punct or token.is_space or token.like_num or token.pos_ not in _CONTENT_POS:
        return "", False
    if _unit_word(token):  # the figure carries its unit; "percent" is no sign of one claim
        return "", False
    if token.ent_type_ in _NOT_FIGURES or len(token.text) < 2:
        return "", False
    if token.pos_ == "PROPN" or token.ent_type_ in _NAME_ENTS:
        return term(token.text), True
    lemma = token.lemma_.lower()
    if lemma in REPORTING or lemma in LIGHT or canonical(lemma) in LIGHT or not any(c.isalpha() for c in lemma):
        return "", False
    return term(lemma), False


def _unit_word(token) -> bool:
    """"percent", "per cent", "pct", "percentage point(s)": the unit of a share, not a content word."""
    word = token.lower_
    if word in ("percent", "pct"):
        return True
    if word not in ("cent", "percentage") and token.lemma_.lower() != "point":
        return False  # the neighbours are read only around the words they qualify
    prev = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = token.doc[token.i + 1].lemma_.lower() if token.i + 1 < len(token.doc) else ""
    return (word == "cent" and prev == "per") or (word == "percentage" and nxt == "point") or \
        (token.lemma_.lower() == "point" and prev == "percentage")


def named_entities(doc, span: Span) -> list[tuple[int, int]]:
    """The spans of the parser's named entities in the span (cut to it), read while the document's
    parse is at hand so that comparing the sources of a claim never parses its mentions again."""
    return [(max(first, span.start), min(end, span.end)) for _s, _e, label, first, end in entity_bounds(doc)
            if label in _NAME_ENTS and first < span.end and span.start < end]


def counted_figures(doc, span: Span, numbers: NumbersRead | None = None) -> list[CountedFigure]:
    """Figures in the span (not dates or ordinals), with what they count, each marked whether it
    counts at all: a number that names or picks is kept for linking, where two reports giving the
    same one ("BlackBerry Curve 8900", "09:30 BST") is a sign of one event, but compared as a
    count nowhere else. ``numbers`` is the span's numbers where the caller has read them."""
    out = []
    text = text_of(doc)[span.start:span.end]
    numbers = numbers or numbers_read(text, span.start)
    named = numbers.identifiers + labels(text, span.start)
    found = numbers.figures
    fixes = corrections(doc, found)
    anew = given_anew(doc, found)
    made: dict[int, int] = {}  # index in ``found`` -> index in ``out``
    for k, figure in enumerate(found):
        tokens = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if tokens is None:
            continue
        count = figure.unit in CURRENCIES or not (
            _names_or_picks(tokens[-1]) or names_or_describes(tokens[-1]) or any(s <= tokens[-1].idx < e for s, e in named))
        stated = count and figure.unit == "duration" and figure.qualifier != "range" and _term_of_time(tokens[-1])
        if any(_dated(t) for t in tokens) and not (spans_of_time(figure) or stated):
            continue
        counts, noun = counted_lemma(tokens[-1])
        priced = priced_item(tokens[-1]) if figure.unit in CURRENCIES and not noun else ""
        made[k] = len(out)
        out.append(CountedFigure(**vars(figure), thing=term(counts), counts=counts, noun=noun, count=count,
                                 each=_each(tokens[-1]), priced=priced, term=stated, update=anew.get(k, ""),
                                 converts=k > 0 and _converts(text_of(doc), found[k - 1], figure)))
    for fix in fixes:
        if fix.corrected in made and fix.stated in made:
            _mark_correction(out, made[fix.corrected], made[fix.stated])
    return out


def _converts(text: str, before: Figure, figure: Figure) -> bool:
    """A figure in brackets right after another, each with at most its unit's word: "160 kph (100 mph)", "1.1 billion
    euros ($1.18 billion)", "58km (36 miles)". It gives the same measure in another unit."""
    return bool(_OPENS_CONVERSION.fullmatch(text[before.end:figure.start])
                and _CLOSES_CONVERSION.match(text, figure.end))


def _mark_correction(out: list[CountedFigure], corrected: int, stated: int) -> None:
    """Mark the figure the sentence corrects and the one replacing it, which count one thing said
    once ("280, not 300, people"; "four people were hurt, not five as first reported"); "12 homes,
    not 40 cars" counts two things and corrects nothing."""
    a, b = out[corrected], out[stated]
    if a.noun and b.noun and a.thing != b.thing:
        return
    source = a if a.noun or (a.thing and not b.noun) else b
    shared = {"thing": source.thing, "counts": source.counts, "noun": source.noun}
    out[corrected] = replace(a, **shared, corrected=True)
    out[stated] = replace(b, **shared, corrects=a.text)


def _term_of_time(number) -> bool:
    """Whether the length of time ``number`` gives is what its clause states, a term served, faced or
    taken, not its setting: the time is the object of a verb ("serve 9 years", "deliberated seven
    hours" as the parser reads it, "sentenced to 20 years", "faces up to 10 years"), or qualifies a noun that is
    ("serving a 15-year sentence"). A time that modifies the clause ("two years ago", "for 15 years",
    "in the past 24 hours", "after two hours") sets the scene, and two reports of one claim often
    set it differently. The roles were read from single lengths of time in the GVA crawl and ECB+
    train: sentences are objects ("sentenced to", "serve", "a 15-year sentence"); settings modify the
    clause (npadvmod, or after "for", "in", "after", "over")."""
    time = _time_word(number)
    if time is None:
        return False
    if time.dep_ in ("compound", "amod", "nmod") and time.head.pos_ == "NOUN":
        time = time.head  # "a 15-year sentence": the sentence is what the clause takes
    return _object_of_verb(time)


def _time_word(number):
    """The word naming the unit of time after ``number`` ("20 years", "a 3-year sentence")."""
    doc, i = number.doc, number.i + 1
    while i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "NOUN" else None


def _object_of_verb(token) -> bool:
    """The direct object of a verb, or the object of a "to" a verb takes ("sentenced to", "faces up to")."""
    if token.dep_ == "dobj":
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    to = token.head
    above = to.head.head if to.head.lower_ == "up" else to.head
    return above.pos_ in ("VERB", "AUX") or (to.head.lower_ == "up" and to.head.dep_ == "quantmod")


def _names_or_picks(number) -> bool:
    """A number that does not count: one written after the name it goes with labels it ("Interstate
    40", "Flight 370", "Windows 8"), a bare number set off by commas after a name is an age
    ("Luyster, 35, faces"), and "one" picks out a person or stands for a noun (`_stands_for`). A count comes before
    what it counts ("40 miles", "three of the victims"); a share or a count set off after a noun ("women
    (61 percent)", "42 votes for Trump, 18 for Cruz") still counts."""
    head = number.head
    if _stands_for(number):
        return True
    if head.i > number.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = head.pos_ == "PROPN" or head.text[:1].isupper()  # "Flight 370 vanished": a name, tagged a noun
    if number.dep_ == "appos":
        return named and number.text.isdigit() and _set_off(number)
    return named and head.ent_type_ != "PERSON" and number.dep_ in _LABELS


def _stands_for(number) -> bool:
    """"one" that picks one of a group ("one of the victims") or stands for a noun, as a pronoun does, with a
    determiner or an adjective before it ("the one who shot him", "no one was hurt", "the other one", "their loved
    one"), and "one another"; or that picks whom a report is from ("one witness said", "one neighbour told WSB"), not
    how many there were. A hedge before it or an adjective after it makes it a count: "more than one shooter", "at
    least one person", "left one dead"; so do "one man was killed" and "killed one and wounded two"."""
    if number.lower_ != "one":
        return False
    doc, head = number.doc, number.head
    if number.i + 1 < len(doc) and doc[number.i + 1].lower_ in ("of", "another"):
        return True
    before = [child.dep_ for child in number.children if child.i < number.i]
    if "quantmod" in before or "advmod" in before:
        return False
    modified = any(dep in _PRONOUN_MODIFIERS for dep in before)
    speaker = number.dep_ == "nummod" and head.dep_ in ("nsubj", "agent") and head.head.lemma_.lower() in REPORTING
    return modified or speaker


def _set_off(number) -> bool:
    """Between a comma and a comma or the sentence's end: "Luyster, 35, also faces", "Mia Reed, 34."."""
    doc = number.doc
    after = doc[number.i + 1].text if number.i + 1 < len(doc) else "."
    return number.i > 0 and doc[number.i - 1].text == "," and after in (",", ".", ";", ")")


def _each(number) -> bool:
    """"95 prisoners each", "swapped 95 apiece": a count per side, not a total."""
    after = number.doc[number.i + 1:number.i + 4]
    return any(t.lower_ in ("each", "apiece") for t in after)


def _dated(token) -> bool:
    """Part of a date or time; the parser also tags bare counts ("put the toll at 47") and ranges of
    them ("between 9 and 20 were hurt") as dates."""
    if token.ent_type_ not in _NOT_FIGURES:
        return False
    entity = next(((start, end) for start, end, *_ in entity_bounds(token.doc) if start <= token.i < end), None)
    return entity is None or not all(t.like_num or t.lower_ in _RANGE_WORDS for t in token.doc[entity[0]:entity[1]])


# "magnitude-5.4"; a name's letters ("AK-47", "B-2") label, and "7-for-14", "8-by-12" chain numbers (`_in_chain`).
_WRITTEN_ON = re.compile(r"([a-z]{3,})-[\d.,]+")


def _in_chain(token) -> bool:
    """A word in a chain of hyphens after a number ("7-foot-7", "7-for-14"): the parser's last piece of one figure."""
    return token.i > 0 and token.doc[token.i - 1].text in ("-", "–")


def counted_lemma(number) -> tuple[str, bool]:
    """What a figure counts, as a lemma, and whether it is a noun: its noun, or the verb or
    attribute it is the subject of ("100 were injured": no noun says what is counted); in "700
    more" or "300 others" the noun is the one named before, but "four other people" names its own
    (`_borrows`). A number written onto its noun ("magnitude-5.4", one word to the parser) measures
    the noun before the hyphen."""
    written_on = _WRITTEN_ON.fullmatch(number.text)
    if written_on is not None and not _in_chain(number):
        return written_on.group(1), True
    word = _counted_word(number)
    return (word.lemma_.lower(), word.pos_ in ("NOUN", "PROPN")) if word is not None else ("", False)


def _counted_word(number):
    head, nxt = number.head, number.nbor(1) if number.i + 1 < len(number.doc) else None
    if _borrows(number, nxt):
        return _antecedent(number, _counted_noun)
    if nxt is not None and nxt.lower_ == "worth" and (valued := _of_object(nxt)) is not None:
        return valued  # "$2.5 million worth of jewellery": the sum is what the jewellery is worth
    if number.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN"):
        return head
    if (manner := _manner(number)) is not None:
        return manner
    if nxt is not None and nxt.lower_ == "of":  # "dozens of journalists", "700 of the soldiers"
        noun = _of_object(number)
        if noun is not None:
            return noun
    if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "VERB") and not nxt.is_stop:
        return nxt
    if number.dep_ == "pobj":
        return _measured(number.head)
    if number.dep_ in ("nsubj", "nsubjpass"):
        return _predicate(head)
    if nxt is not None and nxt.pos_ == "AUX":
        return _predicate(nxt if nxt.dep_ not in ("aux", "auxpass") else nxt.head)
    return None


def _borrows(number, nxt) -> bool:
    """Whether a count of others or more names no noun of its own, so counts the one named before: "five others",
    "700 more", "two more were hurt". "Three men were killed and four other people wounded": the four are people,
    the noun the count goes with, not the men."""
    head = number.head
    if number.dep_ == "nummod" and head.lower_ in _ELIDED:
        return True
    own = number.dep_ == "nummod" and head.i > number.i and head.pos_ in ("NOUN", "PROPN")
    return nxt is not None and nxt.lower_ in _ELIDED and not own


def _manner(number):
    """The adverb that says how a bare count was hurt or killed: "five people were shot, three fatally", "one
    critically". The count is a part of the group named before, told apart by that adverb alone; read with no
    thing, "three fatally" and "one fatally" were two counts of nothing, never compared. Only an adverb after the
    count and attached to it: "only three" and "nearly 90" hedge the count, they say nothing of what it counts."""
    return next((c for c in number.children if c.dep_ == "advmod" and c.tag_ == "RB" and c.i == number.i + 1), None)


def _of_object(word):
    """The noun of the "of" after ``word``: "dozens of journalists", "700 of the soldiers", "worth of jewellery"."""
    nxt = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if nxt is None or nxt.lower_ != "of":
        return None
    return next((c for c in nxt.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _measured(preposition):
    """The noun a figure after a preposition gives the value of: "a magnitude of 5.9", "a death toll
    of 47", "put the magnitude at 6.1", "estimated the crowd at 5,000"."""
    word = preposition.lower_
    if word == "of" and preposition.head.pos_ == "NOUN":
        return preposition.head
    if word == "at" and preposition.head.pos_ == "VERB":
        return next((c for c in preposition.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None


def _counted_noun(token) -> bool:
    """A plural noun that can be what "700 more" counts: not the source reporting it."""
    reporter = token.dep_ in ("nsubj", "agent") and token.head.lemma_.lower() in REPORTING
    return token.tag_ == "NNS" and token.lower_ not in _ELIDED and not reporter


def _predicate(verb):
    """What a figure that is a clause's subject counts: the attribute of "be", else the verb itself, but never a
    verb of saying. A figure read as the subject of one is what is said or who says it, as the parser joins a
    report to its content: "said an additional $718 million … was needed" counted "said" (of 4,993 figures in
    5,000 GVA crawl, ECB+ train, WCEP and BASIL sentences with a verb of saying, 8 were so read, all wrongly but
    "the two have said")."""
    if verb.lemma_ == "be":
        return next((child for child in verb.children if child.dep_ in ("attr", "acomp")), None)
    return None if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING else verb
