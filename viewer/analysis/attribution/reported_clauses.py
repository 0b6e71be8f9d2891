"""Where the words a reporting frame reports begin and end: a complement clause, the rest of an
urging clause, a "that" clause the parser misattached, or the sentence before a postposed cue.
"""
from __future__ import annotations

import re

from viewer.analysis.attribution.cues import cue_model
from viewer.analysis.attribution.relative_objects import antecedent
from viewer.analysis.nlp import text_of
from viewer.corpus.spans import Span

REPORTING_VERBS = frozenset("""
say tell add announce claim write tweet comment confirm assure vow underline state criticize
criticise call quote report insist warn stress explain note argue deny admit allege declare
reiterate emphasize emphasise acknowledge indicate affirm predict promise pledge threaten urge
maintain contend disclose reveal post respond reply estimate concede mention specify inform
demand ask recall suggest believe think hope fear complain boast testify
""".split())
REST_OF_CLAUSE_VERBS = frozenset("vow promise pledge threaten urge call criticize criticise ask demand".split())
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSE_PUNCT = ".!?"
CLAUSE_DEPS = frozenset({"advcl", "conj", "ROOT", "ccomp", "xcomp", "parataxis"})
CLAUSE_BOUNDS = frozenset({",", ";", "(", ")"})  # with _breaks_clause's dashes: where a modifying clause ends
SOURCING_TAIL = re.compile(r",\s+(?:citing|quoting)\s")  # "…, citing figures": where the words came from


def clause_content(verb, cue: list, speaker: list, unit: Span) -> tuple[Span | None, bool]:
    """The reported clause: the complement, the rest of the clause, or the clause before a comma; a participle's
    ends where the sentence's next participle clause begins (`_before_next_participle`)."""
    content, postposed = _clause_content(verb, cue, speaker, unit)
    return _before_next_participle(verb, content, unit), postposed


def _clause_content(verb, cue: list, speaker: list, unit: Span) -> tuple[Span | None, bool]:
    aside = _as_aside(verb, unit)
    if aside is not None:
        return aside
    noun = _reported_noun(verb, unit)
    if noun is not None:
        return noun, False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _is_reporting(c)]
    if verb.lemma_.lower() == "quote":
        clauses = []
    after = [c for c in clauses if c.i > verb.i and unit.start <= c.left_edge.idx < unit.end]
    if after:
        return trim(verb.doc, after[0].left_edge.idx, end_of(_last_marked(verb, after[0]).right_edge), unit), False
    if verb.lemma_.lower() in REST_OF_CLAUSE_VERBS:
        last = max(t.i for t in cue)
        start = verb.doc[last + 1].idx if last + 1 < len(verb.doc) else unit.end
        rest = trim(verb.doc, start, min(_before_second_report(verb, last, unit), _modifier_end(verb, unit)), unit)
        if start < unit.end and _says_something(verb.doc, rest):
            return rest, False
    marked = _that_clause(verb, unit) or _clause_read_as_object(verb, unit)
    if marked is not None:
        return marked, False
    quoted = _preceding_words(verb, cue, speaker, unit, quoted_only=True)
    if quoted is not None:
        return quoted, True
    complement = object_content(verb, cue, unit)
    if complement is not None:
        return complement, False
    preceding = _preceding_words(verb, cue, speaker, unit)
    if preceding is None:
        return _sentence_around(verb, cue, speaker, unit), False
    if _asked(verb.doc, preceding):
        return None, False  # what was said follows: a quotation after the cue, or a colon's paragraph below
    return preceding, True


NOUN_PHRASE = frozenset("DET ADJ PROPN NOUN NUM PRON PART".split())  # words of a noun phrase before a participle
NOUNS = frozenset("PROPN NOUN PRON NUM".split())
# how the parser hangs a next participle clause on the first: beside it, or inside its words (a participle it reads
# as the reported clause, "saying the company and its workers facing layoffs…", or as describing a noun, is none)
NEXT_CLAUSES = frozenset("advcl conj pcomp".split())


def _before_next_participle(verb, content: Span | None, unit: Span) -> Span | None:
    """"…, with the union calling her 'the champion working families need' and its president hugging her on
    stage", "with Cruz calling Trump his friend, meeting with him in July", "with 140 members blasting the roundups
    and the White House dispatching an official": news strings participle clauses (each with its own subject after
    "and", or the same one after a comma), and the parser hangs the next one inside the first one's words. What the
    first participle reports ends where the next begins (PolNeAR's annotators mark only the first's words)."""
    if content is None or verb.tag_ != "VBG":
        return content
    doc = verb.doc
    for token in doc[verb.i + 1:]:
        if token.idx >= content.end and text_of(doc)[content.end:token.idx].strip():
            break  # the participle may stand right after the words, whose last noun the parser made its subject
        if token.idx > content.start and token.tag_ == "VBG" and token.dep_ in NEXT_CLAUSES:
            start = _participle_clause_start(token, verb)
            if start is not None:
                cut = trim(doc, content.start, start.idx, unit)
                return cut if cut.end > cut.start else content
    return content


def _participle_clause_start(participle, verb):
    """The "and" or comma opening a participle clause: "and" before its own subject ("and its president hugging"),
    or a comma right before a participle of the verb's own ("…, meeting with him"), else None."""
    doc = participle.doc
    i = participle.i - 1
    while i > verb.i and doc[i].pos_ in NOUN_PHRASE:
        i -= 1
    subject = doc[i + 1:participle.i]
    if subject and any(t.pos_ in NOUNS for t in subject) and doc[i].lower_ == "and" \
            and not any(participle.head.i == t.i for t in subject):
        return doc[i]
    if not subject and doc[i].text == "," and participle.head.i == verb.i:
        return doc[i]
    return None


def _preceding_words(verb, cue: list, speaker: list, unit: Span, quoted_only: bool = False) -> Span | None:
    """"…, the minister said": the words before a cue that follows them; after a quotation they
    are the quotation, whatever object the verb has ("…,” she told a news briefing)."""
    first = min(speaker[0].i, cue[0].i)
    before = verb.doc[first - 1] if first > 0 else None
    marks = "”\"»“" if quoted_only else ",:”\"»“"
    if _reported_before(verb, speaker, cue) or not quoted_only and _set_inside(verb, cue, speaker):
        return None
    if before is not None and before.text in marks and before.idx > unit.start:
        words = trim(verb.doc, unit.start, before.idx, unit)
        if before.text in "”\"»“" or is_clause(verb.doc, words):
            return words
    return None


def _asked(doc, words: Span) -> bool:
    """"Asked whether he was ready, Batts said…", "When asked about the loans, she said…": words before the cue that
    are only a participle clause of asking are the question put to the speaker, not what the speaker said. Words
    that go on to a clause of their own ("When asked why, the man answered that…, Wright said") are the report."""
    opening = [t for t in doc.char_span(words.start, words.end, alignment_mode="expand") or () if not t.is_space][:2]
    if opening and opening[0].dep_ in ("advmod", "mark"):
        opening = opening[1:]  # "When asked…"
    return bool(opening) and is_question_put(opening[0]) and end_of(opening[0].right_edge) >= words.end


def is_question_put(token) -> bool:
    """Whether the token is a participle of asking with no subject ("Asked whether…", "When asked about…"): the
    question put to someone (the tagger reads a sentence's opening "Asked" as a past tense at times)."""
    return token.lemma_.lower() == "ask" and token.tag_ in ("VBN", "VBD") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
        and all(c.dep_ in ("advmod", "mark") for c in token.children if c.i < token.i)  # not "''…?'' asked Mr. X"


def _reported_noun(verb, unit: Span) -> Span | None:
    """"a deal she once supported": the noun phrase a relative clause lacking its object hangs on."""
    words = antecedent(verb)
    if not words:
        return None
    span = trim(verb.doc, words[0].idx, end_of(words[-1]), unit)
    return span if len(span) else None


_SAYS_WHAT = frozenset("dobj ccomp xcomp attr acomp dative oprd".split())


def _as_aside(verb, unit: Span) -> tuple[Span, bool] | None:
    """"As Politico reported, the party agreed…", "…, as the Times noted": the clause the "as"
    aside hangs from is what was reported, the sentence without the aside."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return None  # "as reported earlier": no one named reports here
    if any(c.dep_ in _SAYS_WHAT for c in verb.children) and not puts_it(verb):
        return None  # "as he told reporters that…", "as they want to…": the aside has its own words
    if any(c.dep_ == "nsubjpass" for c in verb.children) or any(_topic(c) for c in verb.children):
        return None  # "as he is known", "as the hopefuls sparred over spending": "as" of naming or of time
    doc = verb.doc
    first, last = verb.left_edge, verb.right_edge
    if first.idx <= unit.start + 1:
        return trim(doc, end_of(last), unit.end, unit), False
    if end_of(last) >= unit.end - 1:
        return trim(doc, unit.start, first.idx, unit), True
    if verb.head.i > last.i and unit.start <= verb.head.idx < unit.end:
        return trim(doc, end_of(last), unit.end, unit), False  # "Weeks ago, as the Journal reported, Thor…"
    return None


def puts_it(verb) -> bool:
    """"As Milbank puts it, …", "how one aide put it", "Ridge put it bluntly: '…'": "put it" in an "as" clause, or
    just before the words it gives, says something; "put it on", "put it in their pockets" move a thing. PolNeAR
    fit: 9 such frames, each annotated; the news sets: 2, both reports."""
    it = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if verb.lemma_.lower() != "put" or it is None or any(c.dep_ in ("prt", "dative") for c in verb.children):
        return False
    if any(c.lower_ in ("as", "how") and c.dep_ in ("advmod", "mark") and c.i < verb.i for c in verb.children):
        return True
    manner = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i > it.i]  # "plainly", "this way"
    end = max([it, *(t for c in manner for t in c.subtree)], key=lambda t: t.i)
    after = text_of(verb.doc)[end.idx + len(end):].lstrip()[:1]
    return after in (":", ",", "“", "\"", "‘", "«") and not any(c.dep_ == "prep" for c in verb.children)


TOPIC_PREPOSITIONS = frozenset("about over against for on".split())
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _topic(child) -> bool:
    """"As Karadsheh spoke about how the consulate fell, video showed…": an "as" clause whose verb has a
    topic of its own (about, over, against, for, on something) says what it is about; it is "as" of
    time, not "as X reported", which leaves what was reported to the clause it sits in. "On Saturday"
    is a time, not a topic."""
    if child.dep_ != "prep" or child.lower_ not in TOPIC_PREPOSITIONS:
        return False
    objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and not any(o.ent_type_ in TIME_ENTITIES for o in objects)


def _reported_before(verb, speaker: list, cue: list) -> bool:
    """"“…,” Cruz said Thursday, hinting at his playbook": a verb between the speaker and this cue
    already took the words before; this one shares the speaker and reports what follows it."""
    if speaker[-1].i > cue[0].i:
        return False
    return any(speaker[-1].i < t.i < cue[0].i for t in verb.ancestors)


def _set_inside(verb, cue: list, speaker: list) -> bool:
    """"With one day left until the vote, they argued, there was little time for rivals": a frame the
    parser hangs beside a main verb that comes after it is set inside that sentence; the words before
    it are only the sentence's opening, not what was said."""
    last = max(speaker[-1].i, cue[-1].i)
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.i <= last or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return False
    return not doc[last + 2].is_quote  # "When he first described the wall, he said, “We're going…”": the quotation


ASIDE_MARKS = {",": ",", "(": ")", "—": "—", "–": "–", "--": "--"}


def _sentence_around(verb, cue: list, speaker: list, unit: Span) -> Span | None:
    """"In a merger, he said, the brand would survive", "The talks failed (the ministry said on
    Monday) because…", "The talks — the ministry said — failed": a cue set between commas, brackets
    or dashes inside the sentence, after words that are no clause of their own, reports the whole
    sentence around it."""
    doc = verb.doc
    first = min(speaker[0].i, cue[0].i)
    last = max(speaker[-1].i, cue[-1].i)
    own = {t.i for t in verb.subtree} | {t.i for t in speaker} | {t.i for t in cue}
    if any(i not in own for i in range(first, last + 1)):
        return None  # "Gore insisted it was premature while adding on…": the speaker is not set in here
    subject = any(t.dep_ in SUBJECTS and t.head.i == verb.i for t in speaker)
    while subject and last + 1 < len(doc) and last + 1 in own and not doc[last + 1].is_punct:
        last += 1  # "the ministry said on Monday —", not "a woman found outside,"
    if first == 0 or last + 1 >= len(doc) or ASIDE_MARKS.get(doc[first - 1].text) != doc[last + 1].text:
        return None
    if doc[first - 1].idx <= unit.start:
        return None
    if doc[first - 1].text != "," and speaker[0].i > cue[0].i:
        return None  # "(think Anthony Weiner)", "—endorsed by the Globe—": the speaker opens a bracketed frame
    rest = trim(doc, end_of(doc[last + 1]), unit.end, unit)
    if not is_clause(doc, rest):
        return None
    breaks = [t for t in doc[:first] if t.idx >= unit.start and _breaks_clause(t)]
    start = end_of(breaks[-1]) if breaks else unit.start  # "But they hoped for luck: with one day left, they argued…"
    return trim(doc, start, unit.end, unit)


def _breaks_clause(token) -> bool:
    """A colon, semicolon or free-standing dash ends one clause of a sentence and opens the next."""
    if token.text in (":", ";"):
        return True
    spaced = bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in ("—", "–", "--") or token.text == "-" and spaced


def _last_marked(verb, clause):
    """The last of the reported clauses: "believes there are no good options, but that sometimes the lesser of
    two evils will have to do" - the parse hangs a second "that" or "whether" clause on the reporting verb as
    its conjunct, but it is the same report's words (PolNeAR marks them so)."""
    marked = [c for c in verb.children if c.dep_ == "conj" and c.i > clause.i
              and any(m.dep_ == "mark" and m.lower_ in MARKS and m.i < c.i for m in c.children)]
    return marked[-1] if marked else clause


MARKS = frozenset({"that", "whether"})


def is_clause(doc, span: Span) -> bool:
    """"On Friday, he said" opens with a circumstance, not with what was said: that needs a verb."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or []
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def object_content(verb, cue: list, unit: Span) -> Span | None:
    """What a verb of stance or intent is about: "urged X to act", "called for a ban", "wants to run"."""
    last = max(cue, key=lambda t: t.i)
    if last.dep_ == "acomp":  # "are worried that…": what the state is about
        parts = [c for c in last.children if c.dep_ in ("ccomp", "xcomp", "prep") and c.i > last.i]
    else:
        parts = cue_model().content_parts(verb, last.i)
    if not parts:
        return None
    start = min(c.left_edge.idx for c in parts)
    end = max(end_of(c.right_edge) for c in parts)
    span = trim(verb.doc, start, end, unit)
    return span if span.end > span.start else None


def _that_clause(verb, unit: Span) -> Span | None:
    """"said on Monday that…", "reported, citing local officials, that…": the "that" clause after the
    cue, past circumstances and a "citing" aside but not past another clause."""
    for t in verb.doc[verb.i + 1:]:
        if t.idx >= unit.end or t.text in CLAUSE_PUNCT:
            return None
        if t.pos_ == "VERB" and t.dep_ in CLAUSE_DEPS and not _aside(t):
            return None
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > verb.i:
            if _in_relative_clause(t.head, verb):
                return None
            return trim(verb.doc, t.idx, end_of(t.head.right_edge), unit)
    return None


def _in_relative_clause(clause, verb) -> bool:
    """"…was echoed by Tom Hale, who noted that he had raised the wage", "said Anna Ruiz, who added
    that…": a "that" clause under a relative clause after the cue is what the relative clause's verb
    says, not the cue's words."""
    for above in clause.ancestors:
        if above.i == verb.i:
            return False
        if above.dep_ == "relcl" and above.i > verb.i:
            return True
    return False


def _aside(verb) -> bool:
    """", citing local officials," between a cue and its "that" clause."""
    doc = verb.doc
    return verb.lemma_.lower() in ("cite", "quote") and verb.i > 0 and doc[verb.i - 1].text == ","


def _says_something(doc, rest: Span) -> bool:
    """"vowed to resign" reports words; "have threatened protests" only an intention."""
    tokens = doc.char_span(rest.start, rest.end, alignment_mode="expand") or []
    return len(tokens) >= 3 or any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _before_second_report(verb, last: int, unit: Span) -> int:
    """"urged X to act, saying Y": the urging stops where the second report begins."""
    second = [c for c in verb.children if c.dep_ == "advcl" and c.i > last and c.lemma_.lower() in REPORTING_VERBS]
    return second[0].left_edge.idx if second else unit.end


def _modifier_end(verb, unit: Span) -> int:
    """"Mr. Scott, who has called the comments 'toxic,' portrayed…", "with Trump all calling for a
    rule, while the groups have knocked…": a clause that modifies a noun (relative or participial)
    ends at the first comma, dash or bracket past the words the parser gives it (which often stop
    short: "who has called the mogul turned candidate a phony"); what follows is the sentence it
    sits in, not what was urged."""
    if verb.dep_ not in ("relcl", "acl"):
        return unit.end
    for token in verb.doc[verb.right_edge.i + 1:]:
        if token.idx >= unit.end:
            break
        if token.text in CLAUSE_BOUNDS or _breaks_clause(token):
            return token.idx
    return unit.end


def _clause_read_as_object(verb, unit: Span) -> Span | None:
    """"It said the depot supplied fuel…" parsed as said + (depot supplied) fuel: a verb before
    the object of "say" means a clause was read as a noun phrase."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if verb.lemma_.lower() != "say" or not objects or verb.i + 1 >= len(verb.doc):
        return None
    if not any(t.pos_ == "VERB" for t in verb.doc[verb.i + 1:objects[0].i]):
        return None
    return trim(verb.doc, verb.doc[verb.i + 1].idx, unit.end, unit)


def _is_reporting(token) -> bool:
    return token.lemma_.lower() in REPORTING_VERBS and any(c.dep_ in SUBJECTS for c in token.children) and \
        any(c.dep_ == "punct" and c.text == "," and c.i < token.i for c in token.children)


def end_of(token) -> int:
    """Character offset just past the token."""
    return token.idx + len(token.text)


def trim(doc, start: int, end: int, unit: Span) -> Span:
    """The span cut to the unit, without edge punctuation or a leading "that"."""
    text = text_of(doc)
    start, end = max(start, unit.start), min(end, unit.end)
    end = max(start, end)  # a clause the parser ran past the unit's edge leaves nothing here
    tail = SOURCING_TAIL.search(text, start, end)
    end = tail.start() if tail else end
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    if text[start:start + 5].lower() == "that ":
        start = min(start + 5, end)  # a tail cut before the clause leaves "that" alone: no content
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–-"):
        end -= 1
    return Span(start, end)
