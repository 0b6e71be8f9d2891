"""Reporting frames: a reporting verb (or "according to") with its speaker phrase and content.

A frame is what the dependency parse says about one cue; whether its content is a quotation,
reported speech or a relay is decided by ``statements``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.analysis.attribution.cues import cue_model
from viewer.analysis.attribution.experiencers import stirred
from viewer.analysis.attribution.found_things import finds_a_thing
from viewer.analysis.attribution.phone_calls import telephones
from viewer.analysis.attribution.places_gone import goes_to_a_place
from viewer.analysis.attribution.read_cues import quoted_beside, reader, reads_words, thing_phrase
from viewer.analysis.attribution.reported_clauses import (
    REPORTING_VERBS, SUBJECTS, clause_content, end_of, is_clause, is_question_put, puts_it, trim,
)
from viewer.analysis.attribution.sourcing_phrases import named_source
from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import issued_nouns, names_document, names_person, names_source, written_nouns
from viewer.analysis.speakers.names import (
    GROUP_WORDS, QUANTIFIERS, ROLE_WORDS, SPOKES_WORDS, names_outlet, phrase, written_by,
)
from viewer.corpus.spans import Span

PARTICLES = {"call": ("on", "for", "upon")}  # part of the cue: "called on X to act", "called for a ban"
# "documents seen by the paper show that…": papers report only through a "that" clause
DOCUMENT_VERBS = frozenset("show conclude".split())
DOCUMENT_SUBJECTS = frozenset("""document email e-mail filing record memo minute audit report review
inquiry data figure account study survey poll""".split())
NOT_SPEAKERS = frozenset({"i", "we", "you", "me", "us", "that", "this"})  # "That said, …"
QUESTION_WORDS = frozenset("whether if why how what when where who which".split())
# a caption's label, one picture or several ("Photo:", "Photos:", "Videos:"): what is shown, no one speaking
CAPTION = re.compile(r"(?:image |photo |picture |media |video )?(?:caption|photo|picture|pictured|image|video)s?"
                     r"(?: credit)?\s*[:,]", re.IGNORECASE)
QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s")
HEADLINE_WORDS = 25
SPEAKING_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")
SAME_SUBJECT = ("conj", "xcomp", "advcl")  # verbs that share the subject of the verb they hang from
LINE_END = ".!?…:;\"”»’'"


@dataclass
class Frame:
    kind: str  # indirect | according-to
    cue: list  # tokens
    speaker: list  # tokens of the speaker phrase
    content: Span | None
    unit: Span
    postposed: bool = False
    relay_of: "Frame | None" = None  # the frame whose words this one passes on ("…, AFP reported")
    relays: list = field(default_factory=list)
    named: list | None = None  # the antecedent naming a relative pronoun speaker ("…, who said")

    @property
    def cue_span(self) -> Span:
        return Span(self.cue[0].idx, self.cue[-1].idx + len(self.cue[-1].text))

    @property
    def speaker_span(self) -> Span:
        return Span(self.speaker[0].idx, self.speaker[-1].idx + len(self.speaker[-1].text))

    @property
    def verb(self):
        """The cue's reporting verb: its last verb ("called on" -> "called"), else its last word."""
        return next((t for t in reversed(self.cue) if t.pos_ == "VERB"), self.cue[-1])


def units(doc) -> list[Span]:
    """Sentences of the prose, split at line breaks (the parser joins headlines and paragraphs)."""
    return [u for u in _all_units(doc) if not display_line(_line(text_of(doc), u.start))]


def display_line(line: str) -> bool:
    """Headlines, captions and interviewers' questions frame an article; nobody is reported in them."""
    line = line.strip()
    if CAPTION.match(line) or QUESTION.match(line):
        return True
    return bool(line) and line[-1] not in LINE_END and len(line.split()) <= HEADLINE_WORDS


def _line(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1:len(text) if end < 0 else end]


def _all_units(doc) -> list[Span]:
    out = []
    for sent in doc.sents:
        start = None
        for t in sent:
            if t.is_space and "\n" in t.text:
                if start is not None:
                    out.append(Span(start, prev_end))
                start = None
                continue
            if start is None:
                start = t.idx
            prev_end = t.idx + len(t.text)
        if start is not None:
            out.append(Span(start, prev_end))
    return out


def find_frames(doc, unit_spans: list[Span], quoted: list[Span]) -> list[Frame]:
    """Every reporting cue outside quotations, with the speaker it names."""
    frames = []
    for unit in unit_spans:
        for t in unquoted(doc.char_span(unit.start, unit.end, alignment_mode="expand"), quoted):
            if t.lower_ == "according":
                frame = _according_to(t, unit)
            elif t.lower_ == "per":
                frame = _per(t, unit)
            elif t.lower_ == "words":
                frame = _in_words(t, unit)
            elif (source := named_source(t)) is not None:
                frame = _sourcing_frame([t], source, unit)  # "In a CNN/ORC poll, Trump leads…"
            else:
                frame = _verb_frame(t, unit, quoted) or _descriptor_said(t, unit)
            if frame is not None:
                frames.append(frame)
    return frames


def unquoted(tokens, quoted: list[Span]) -> list:
    """The tokens outside every quotation. Only the quotations that reach the tokens are looked at:
    most units hold none, and each token was tested against every quotation of its document."""
    tokens = list(tokens or ())
    if not tokens:
        return tokens
    first, last = tokens[0].idx, tokens[-1].idx
    near = [q for q in quoted if q.start <= last and q.end > first]
    return [t for t in tokens if not any(q.start <= t.idx < q.end for q in near)] if near else tokens


def _verb_frame(verb, unit: Span, quoted: list[Span]) -> Frame | None:
    if verb.lower_ in ("read", "reads"):
        return _owned_read(verb, unit) or _thing_read(verb, unit)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if not (cue_model().is_cue(verb) or _quoted_as_saying(verb) or puts_it(verb)) or finds_a_thing(verb) \
            or goes_to_a_place(verb) or telephones(verb):
        return None
    lemma = verb.lemma_.lower()
    particle = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in PARTICLES.get(lemma, ())]
    if _is_question(verb) or _asks_for_oneself(verb) or _in_question_put(verb):
        return None
    agent = (_agent(verb, unit) or _published_in(verb, unit)) if lemma != "quote" else []
    if agent:
        cue = _cue_tokens(verb, particle)
        it = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ == "it"]  # "…, it was reported by X"
        content, postposed = clause_content(verb, cue, sorted(it + agent, key=lambda t: t.i), unit)
        if content is not None and content.start <= agent[0].idx < content.end:
            content = trim(verb.doc, end_of(agent[-1]), content.end, unit) or None  # not "by X" itself
        if content is not None and (not postposed or impersonal(verb)):
            return Frame("indirect", cue, agent, content, unit, postposed)
        reported = _reported_thing(verb, unit)
        return Frame("indirect", cue, agent, reported[0], unit, reported[1]) if reported else None
    subject = _subject(verb, quoted)
    if subject is None or not unit.start <= subject.idx < unit.end:
        subject = _unit_subject(verb, unit)
    if subject is None:
        speaker = _after_quotation(verb, quoted, unit) or _object_after_quotation(verb, quoted, unit)
        if speaker:
            cue = _cue_tokens(verb, particle)
            return Frame("indirect", cue, speaker, clause_content(verb, cue, speaker, unit)[0], unit, True)
    if subject is None or verb.lemma_.lower() == "read" and subject.lemma_.lower() not in written_nouns():
        return None
    passive = subject.dep_ == "nsubjpass" and not _participle_of(verb)  # "footage showing…was reported": the footage shows
    if (passive or _passive_modifier(verb)) and lemma != "quote":
        return None
    if any(too_to(state) for state in state_of(verb)):
        return None  # "the mother was too upset to speak": no one spoke
    thing, felt = stirred(verb, subject, lambda who: _speaks(who) or names_source(who))
    if thing:
        return _felt(verb, subject, felt, unit) if felt is not None else None
    speaker = [t for t in _speaker_tokens(subject, verb) if unit.start <= t.idx < unit.end]
    if not speaker or speaker[0].lower_ in NOT_SPEAKERS and len(speaker) == 1:
        return None
    cue = _cue_tokens(verb, particle)
    content, postposed = clause_content(verb, cue, speaker, unit)
    relative = _relative_pronoun(verb, subject)
    if relative is not None:
        return Frame("indirect", cue, [relative], content, unit, postposed, named=_antecedent(subject, relative, speaker))
    owner = _whose(verb, subject)
    if owner is not None:
        return Frame("indirect", cue, speaker, content, unit, postposed, named=owner)
    return Frame("indirect", cue, speaker, content, unit, postposed)


def _felt(verb, stimulus, felt, unit: Span) -> Frame | None:
    """"Mrs. Clinton's position has angered some Democrats": those who feel speak, what stirred it is what they
    hold (``experiencers``); the subject, no speaker, is never taken for one."""
    speaker = [t for t in _speaker_tokens(felt, verb) if unit.start <= t.idx < unit.end]
    words = trim(verb.doc, stimulus.left_edge.idx, end_of(stimulus.right_edge), unit)
    if not speaker or words.end <= words.start:
        return None
    return Frame("indirect", _cue_tokens(verb, []), speaker, words, unit)


def _agent(verb, unit: Span) -> list:
    """"Sanders was asked by host John Dickerson whether…", "as reported by Western Journalism":
    a passive cue's "by" names who reports."""
    for child in verb.children:
        objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "agent" else []
        if objects:
            return [t for t in phrase(list(objects[0].subtree)) if unit.start <= t.idx < unit.end]
    return []


def impersonal(verb) -> bool:
    """"It was reported by Reuters that…", "…, it was reported by Reuters": the passive's subject is the report's
    own "it", so the clause, before or after, is what was reported (not the thing a participle describes)."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _published_in(verb, unit: Span) -> list:
    """"It was reported in the Jakarta Post that…": an impersonal passive's "in" names the outlet that reports."""
    if not impersonal(verb):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for outlet in (o for o in prep.children if o.dep_ == "pobj" and names_outlet(o)):
            return [t for t in phrase(list(outlet.subtree)) if unit.start <= t.idx < unit.end]
    return []


def _reported_thing(verb, unit: Span) -> tuple[Span, bool] | None:
    """What a participle with its reporter reports when no clause follows it, as PolNeAR's annotators
    mark it: the thing it describes ("a cable, first reported by Fox News") or the clause before it when
    a comma sets it off ("Abedin forwarded the emails, first reported by the Daily Caller"). Only a verb
    of reporting: "Democrats were encouraged by the prospect" names a cause. A passive with a subject
    reports nothing here: PolNeAR's annotators mark "News of the move was first reported by the Herald"
    with the subject as content, but the held-out set (tests/.../heldout) holds that "the operation was
    announced by Moscow" is no report, and its floor fails with it."""
    doc = verb.doc
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None  # "Democrats were encouraged by the prospect": a cause, not a reporter
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # what a passive's subject names ("the operation was announced by Moscow") stays no report
    if verb.tag_ == "VBN" and _participle(verb).dep_ in ("acl", "advcl") and _participle(verb).head.i < verb.i:
        clause = _participle(verb)  # "first reviewed and reported by Fox News": the first participle hangs
        opening = clause.left_edge
        comma = doc[opening.i - 1] if opening.i else None
        if clause.dep_ == "acl" and clause.head.pos_ in ("NOUN", "PROPN"):
            noun = clause.head
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head  # "a letter to the House committee reported by Fox": the letter
            thing = [t for t in noun.subtree if t.i < opening.i and not t.is_space]
        elif comma is not None and comma.text == "," and comma.idx > unit.start:
            words = trim(doc, unit.start, comma.idx, unit)
            return (words, True) if is_clause(doc, words) else None
        else:
            return None
    else:
        return None
    thing = [t for t in thing if unit.start <= t.idx < unit.end]
    if not thing:
        return None
    words = trim(doc, thing[0].idx, end_of(thing[-1]), unit)
    return (words, False) if len(words) else None


def _participle(verb):
    """The participle a joined one shares its place with ("reviewed and reported by…")."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb


def _whose(verb, subject) -> list | None:
    """"Senator Maria Lopez, whose office said…": the office speaks for the person it belongs to,
    named by the words "whose" stands for."""
    whose = next((c for c in subject.children if c.tag_ == "WP$"), None)
    if whose is None or verb.dep_ != "relcl" or verb.head.i > whose.i:
        return None
    return phrase([t for t in verb.head.subtree if t.i < whose.i and not t.is_space]) or None


_SPEAKER_AFTER_QUOTE = 15


def _after_quotation(verb, quoted: list[Span], unit: Span) -> list:
    """"…,” the agency's director, Dr Amina Sesay, told a briefing", "…, a spokesperson from the
    hospital told CNN": when the parser lost the subject (into the quotation, or as an apposition
    of the clause before), the words between that comma or quotation and the cue name the speaker."""
    doc = verb.doc
    ends = [q.end for q in quoted if unit.start <= q.end <= verb.idx]
    commas = [t.idx + 1 for t in doc[:verb.i] if t.text == "," and t.idx >= unit.start]
    if not ends and not commas:
        return []
    between = [t for t in doc[:verb.i] if t.idx >= max(ends + commas) and not t.is_space]
    while between and (between[0].is_punct or between[0].is_quote):
        between = between[1:]
    between = phrase(between)
    if not between or len(between) > _SPEAKER_AFTER_QUOTE or any(t.pos_ in ("VERB", "AUX") for t in between):
        return []
    return between if any(t.pos_ in ("NOUN", "PROPN") for t in between) else []


_QUOTATION_CLOSE = re.compile(r"[\s,.!?\"”’'»]*")
_OBJECT_SPEAKERS = ("another", "one")  # "…,” tweeted another.


def _object_after_quotation(verb, quoted: list[Span], unit: Span) -> list:
    """"“It’s Bernie’s to lose,” added another New Hampshire Democrat": a cue right after a quotation,
    with no subject of its own, whose object ends the sentence is inverted, and its object, as the
    parser read the speaker, is who speaks."""
    doc = verb.doc
    if not any(unit.start <= q.end <= verb.idx and _QUOTATION_CLOSE.fullmatch(text_of(doc), q.end, verb.idx)
               for q in quoted):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or not _ends_sentence(objects[0].right_edge, unit):
        return []
    who = objects[0]
    if not (who.pos_ in ("PROPN", "NOUN") and names_source(who) or who.lower_ in _OBJECT_SPEAKERS):
        return []
    return [t for t in _speaker_tokens(who, verb) if unit.start <= t.idx < unit.end and not t.is_quote]


def _ends_sentence(token, unit: Span) -> bool:
    """Nothing but a full stop (or the unit's end, or the next quotation) follows ``token``."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.idx >= unit.end or following.text in (".", "!", "?", "“", '"') \
        or following.is_space


def _quoted_as_saying(verb) -> bool:
    """"X was quoted as saying": always a report, and the agency that quoted is its relay."""
    return verb.lemma_.lower() == "quote" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _passive_modifier(verb) -> bool:
    """"A man, believed to be his brother-in-law": the man is what is believed, not who believes."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not any(c.dep_ in SUBJECTS for c in verb.children)


def _relative_pronoun(verb, subject):
    """"Rep. Smith, who said…": the words name "who"; the name comes from what it stands for. The
    report may be a later verb of the relative clause ("Weaver, who came out and endorsed Clinton",
    "…, who wants to say"), whose subject is the same pronoun."""
    clause = verb
    while clause.dep_ in SAME_SUBJECT and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in SUBJECTS for c in clause.children):
        clause = clause.head
    if clause.dep_ != "relcl" or subject.i not in (clause.head.i, _relative_head(clause).i):
        return None
    return next((c for c in clause.children if c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP")), None)


def _antecedent(noun, relative, speaker: list) -> list:
    """The words a relative pronoun stands for. A description in apposition to a person's name
    ("Anna Petrova, a local teacher who said…") stands for that person, and keeps its words as the
    role. Only a common noun describes; a place or body named before it is left as it was. "Who" never
    stands for a thing that names no speaker, whatever the parser hangs it on. A body's name stands
    before a description of a kind of body ("Third Way, a moderate Democratic group that has favored…"
    is Third Way, not "moderate Democratic group"): a noun PolNeAR's annotators took for a source's
    head, naming no person, after a name the recogniser takes for no place, people, time or person."""
    head = noun.head
    person = _person_before(relative)
    if relative.lower_ in ("who", "whom") and person is not None and noun.ent_type_ != "PERSON" and \
            noun.pos_ == "NOUN" and not names_source(noun):
        return [t for t in person.subtree if t.i < relative.i and not t.is_space]
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or head.i > noun.i:
        return speaker
    if head.ent_type_ != "PERSON" and not _body_described(head, noun):
        return speaker
    while head.ent_type_ != "PERSON" and head.dep_ == "pobj" and head.head.lower_ in ("for", "of") \
            and head.head.head.pos_ == "PROPN" and head.head.head.i < head.i:
        head = head.head.head  # "Democracy for America, an organization that…": the whole name, not "America"
    start = head.left_edge.i
    while head.ent_type_ == "ORG" and start > 0 and head.doc[start].ent_iob_ == "I":
        start -= 1  # the recogniser's name, where the parser hung "for America" elsewhere
    return [t for t in head.doc[start:relative.i] if not t.is_space]


def _body_described(name, noun) -> bool:
    """Whether ``noun`` in apposition describes the body ``name`` names ("Third Way, a … group")."""
    return name.pos_ == "PROPN" and name.ent_type_ in ("", "ORG") and names_source(noun) and \
        not names_person(noun.lemma_)


def _person_before(relative):
    """"the endorsement of Sheriff Joe Arpaio who is known…": the parser may hang the clause on the
    thing; "who" stands for a person, the one named right before it."""
    before = relative.doc[relative.i - 1] if relative.i else None
    if before is not None and before.is_punct and before.i:
        before = relative.doc[before.i - 1]
    return before if before is not None and before.ent_type_ == "PERSON" else None


def _documents_report(verb) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.lemma_.lower() in DOCUMENT_SUBJECTS
            and any(c.dep_ == "ccomp" for c in verb.children))


def _descriptor_said(verb, unit: Span) -> Frame | None:
    """"The 45-year-old said dredging…", which the parser reads as a modifier of "dredging"."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.lemma_.lower() not in REPORTING_VERBS or head.i <= verb.i:
        return None
    speaker = [t for t in verb.doc[head.left_edge.i:verb.i] if t.idx >= unit.start]
    if len(speaker) < 3 or speaker[0].lower_ not in ("the", "a", "an"):
        return None
    return Frame("indirect", [verb], speaker, trim(verb.doc, end_of(verb), unit.end, unit), unit)


def _in_words(token, unit: Span) -> Frame | None:
    """"In his words, water use will be minimal": like "according to him"."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 2].lower_ != "in" or doc[token.i - 1].lower_ not in ("his", "her", "their") \
            or text_of(doc)[unit.start:doc[token.i - 2].idx].strip():
        return None
    content = trim(doc, end_of(token), unit.end, unit)
    return Frame("according-to", list(doc[token.i - 2:token.i + 1]), [doc[token.i - 1]], content, unit)


def _owned_read(verb, unit: Span) -> Frame | None:
    """"Kovalenko's tweet read", often mis-tagged as a noun: the owner's words."""
    window = verb.doc[max(0, verb.i - 12):verb.i]
    written = next((t for t in reversed(window) if t.lemma_.lower() in written_nouns() and t.idx >= unit.start), None)
    owner = [t for t in window if t.dep_ == "poss" and written is not None and t.i < written.i
             and t.head.i in (written.i, verb.i)]
    if not owner:
        return None
    speaker = [t for t in verb.doc[owner[0].left_edge.i:written.i + 1] if not t.is_space]
    content, postposed = clause_content(verb, [verb], speaker, unit)
    return Frame("indirect", [verb], speaker, content, unit, postposed)


def _thing_read(verb, unit: Span) -> Frame | None:
    """'"…," the statement read.', 'a sign that read "Closed"': the thing's words (``read_cues``)."""
    noun = reader(verb)
    if noun is None or not unit.start <= noun.idx < unit.end or not reads_words(noun) or not quoted_beside(verb, noun):
        return None
    parsed = noun.head is verb or verb.head is noun
    speaker = [t for t in (_speaker_tokens(noun, verb) if parsed else thing_phrase(noun, verb))
               if unit.start <= t.idx < unit.end]
    content, postposed = clause_content(verb, [verb], speaker, unit)
    return Frame("indirect", [verb], speaker, content, unit, postposed)


def _is_question(verb) -> bool:
    """"Asked about the strikes, he said…", "asked whether…": the question is the reporter's."""
    if verb.lemma_.lower() != "ask":
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    return after.lower_ in QUESTION_WORDS or (verb.tag_ == "VBN" and not any(c.dep_ in SUBJECTS for c in verb.children))


def _in_question_put(verb) -> bool:
    """"Asked if he felt he was prepared, Batts said…": the words of the question, up to its comma, are the asker's;
    past the comma ("When asked why, Sembler responded…", which the parser may hang below "asked") they are not."""
    for asked in (a for a in verb.ancestors if is_question_put(a)):
        comma = next((t.i for t in verb.doc[asked.i + 1:asked.sent.end] if t.text == ","), asked.sent.end)
        if asked.i < verb.i < comma:
            return True
    return False


def _asks_for_oneself(verb) -> bool:
    """"A port employee, who asked not to be named, told AFP…": asking with no one asked and a passive
    infinitive asks for how the asker is to be treated; it reports nothing the asker said about the
    story. Its frame had taken the words of the report beside it."""
    if verb.lemma_.lower() != "ask" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)


def _unit_subject(verb, unit: Span):
    """The noun phrase opening the unit when the parser tied the verb to a headline above it."""
    if unit.start <= verb.head.idx < unit.end or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.idx >= unit.start and before.left_edge.idx >= unit.start:
        return before
    opening = [t for t in verb.doc[:verb.i] if t.idx >= unit.start]
    return next((t for t in opening if t.pos_ in ("NOUN", "PROPN") and not unit.start <= t.head.idx < unit.end), None)


def _subject(verb, quoted: list[Span]):
    """The subject of the verb, or of the verb it hangs from ("took to Twitter to say")."""
    candidates = [c for c in verb.children if c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP")
                  and not any(q.start <= c.idx < q.end for q in quoted) and not _for_his_part(c)]
    if candidates:
        return min(candidates, key=lambda c: abs(c.i - verb.i))  # "KYIV, March 3 - the army said"
    compound = _compound_subject(verb)
    if compound is not None:
        return compound
    if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return _relative_head(verb)
    issued = _issued_by(verb)
    if issued is not None:
        return _subject(issued, quoted)
    if _participle_of(verb):
        return verb.head
    controller = _object_control(verb)
    if controller is not None:
        return controller
    written = _written_subject(verb)
    if written is not None:
        return written
    if verb.dep_ in (*SAME_SUBJECT, "pcomp") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        subject = _subject(head, quoted)
        reporter = _reporter(verb, head, subject)
        return (_subject(reporter, quoted) if reporter is not None else None) or \
            _nearer_clause(verb, head, subject) or subject
    return _predicate_subject(verb, quoted)


def _compound_subject(verb):
    """"County court records show Cephas was out on bond": the parser hangs the noun before a verb on it as part of a
    compound, as if the verb were a noun, and leaves the verb no subject; a verb has no compound, so the noun is its
    subject. A capitalised "verb" is a name's last word the tagger misread ("Rev. John Paul Hopping … told"), whose
    compounds are the rest of the name."""
    return next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and verb.pos_ == "VERB"
                 and verb.is_lower and c.pos_ == "NOUN"), None)


def _predicate_subject(adjective, quoted: list[Span]):
    """"Voters are more likely to say that…", "Sexton was quick to point out that…", "keen on telling…": a
    verb hanging from an adjective said of someone has that someone as its subject, the subject of the
    adjective's "be". None when "be" or the adjective denies the act: "he is not ready to endorse Trump",
    "she was too overcome to speak", "police were unable to say" report nothing; and only someone who can
    speak: "it is worth noting that…" is the writer's. PolNeAR fit: 19 of 31 such frames annotated, each
    with that subject as source."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or adjective.pos_ != "ADJ" or copula.pos_ not in ("VERB", "AUX"):
        return None
    if adjective.lower_.startswith("un") or any(c.dep_ == "neg" for c in adjective.children) or too_to(adjective) \
            or any(c.dep_ == "neg" for c in copula.children):
        return None
    subject = _subject(copula, quoted)
    return subject if subject is not None and _speaks(subject) else None


def too_to(adjective) -> bool:
    """"too upset to speak", "far too early to say": "too … to" says the act did not happen, so the state
    reports nothing; "all too happy to seize on", "only too glad to point out" say the opposite (very
    happy), and the act is made (PolNeAR fit annotates "was all too happy to seize on…")."""
    return any(c.lower_ == "too" and c.dep_ == "advmod" and c.i < adjective.i
               and (c.i == 0 or c.doc[c.i - 1].lower_ not in _INTENSIFYING) for c in adjective.children)


_INTENSIFYING = frozenset({"all", "only"})  # "all too", "only too": very, not "too much to"


def _participle_of(verb) -> bool:
    """"a group backing Bush", "911 calls saying shots had been fired", "50 percent saying she is
    prepared", "polls showing…": a present participle after a noun is a relative clause cut short,
    whose subject is the noun it follows, when that noun can speak or is a record (a past participle
    there is passive: "a film titled…" names no speaker; "heard on a microphone telling…" is no report
    of the microphone). A written thing someone issued speaks for them first ("issued a statement saying")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return _speaks(noun) or names_source(noun) or names_document(noun) or noun.lemma_.lower() in written_nouns()


def _reporter(verb, head, subject):
    """"Starr said Clinton's situation reminds him of the book, explaining…": the parser hangs the
    participle on the reported clause, whose subject says nothing; the reporting verb above that
    clause, before it, whose subject does the explaining. None where the clause's subject can speak."""
    if not _says_nothing(verb, subject) or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    above = head.head
    reports = cue_model().is_cue(above) or above.lemma_.lower() in REPORTING_VERBS
    return above if above.i < head.i and above.pos_ == "VERB" and reports else None


def _says_nothing(verb, subject) -> bool:
    """A participle of saying ("saying", "explaining", "adding": REPORTING_VERBS) whose subject, as the
    parser gives it, is a thing that cannot say anything ("Clinton's situation", "it"); a document
    ("the report", "this week's address") can, and a thing can show or highlight, so those stay."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not _of_saying(verb) or subject is None:
        return False
    return not can_say(subject)


def can_say(who) -> bool:
    """Someone, a source or a document: what can say or write something ("the report", "officials"), not a thing
    ("Clinton's situation", "a fire")."""
    return can_speak(who) or names_document(who) or who.lemma_.lower() in written_nouns()


def can_speak(who) -> bool:
    """A person, a group of people or a source ("aid workers", "sources"), not a document."""
    return _speaks(who) or who.pos_ == "NOUN" and names_source(who)


def _of_saying(verb) -> bool:
    """A reporting verb, or "cite", which names what the speaker's words rest on ("said…, citing figures")."""
    return verb.lemma_.lower() in REPORTING_VERBS or verb.lemma_.lower() == "cite"


def _nearer_clause(verb, head, subject):
    """"It was a potent punch, as Mrs. Clinton echoed the criticism, saying…": the parser hangs the
    participle on the main verb, whose subject says nothing; the clause of that verb just before the
    participle, whose subject can speak, is the one the participle goes on. None where the main
    subject can speak or no such clause stands between."""
    if not _says_nothing(verb, subject):
        return None
    between = [c for c in head.children
               if c.dep_ in ("advcl", "conj") and head.i < c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    for clause in reversed(between):
        own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")]
        if own and own[0].dep_ == "nsubj" and _speaks(own[0]):
            return own[0]
    return None


def _relative_head(verb):
    """Who a relative pronoun stands for: the noun the parser hangs its clause on, unless the name written just
    before the pronoun inside that noun's phrase is the one: the last of joined names when the verb is singular
    ("India and China, which says…": no two countries "says"), or a name after a noun for no one and nothing
    that says anything ("sparking anger from China which says…"; "a poll by Quinnipiac University that shows" is
    the poll's)."""
    head = verb.head
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP")), None)
    if pronoun is None or pronoun.i < 1:
        return head
    before = verb.doc[pronoun.i - 1]
    if before.text == "," and pronoun.i > 1:
        before = verb.doc[pronoun.i - 2]
    if before.i == head.i or before.pos_ not in ("PROPN", "NOUN") or before not in list(head.subtree):
        return head
    while before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ == "PROPN" \
            and before.head.head.i != head.i:
        before = before.head.head  # "the Illinois Board of Elections, which ruled…": the whole name
    if before.dep_ == "conj" and verb.tag_ == "VBZ" and head.tag_ not in ("NNS", "NNPS"):
        return before
    return before if not can_say(head) and before.pos_ == "PROPN" and can_speak(before) else head


def _issued_by(verb):
    """"Trump issued a statement saying…", "the group placed ads calling…": the words are those of
    whoever put out the statement, the verb the written thing is the object of."""
    thing = verb.head
    if verb.dep_ != "acl" or thing.lemma_.lower() not in issued_nouns():
        return None
    if thing.dep_ != "dobj" or thing.head.pos_ not in ("VERB", "AUX"):
        return None
    return thing.head


def _object_control(verb):
    """"The victory led Priebus to declare…", "leaving some to question…": who does what an
    infinitive says is the object of the verb it completes, when that object names someone
    who speaks (in "used the speech to call for…" the speech is a means, and the subject acts)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return None
    who = objects[0]
    return who if _names_speaker(who) else None


def _names_speaker(who) -> bool:
    """Whether a noun names someone who can speak: a name, a pronoun for people, a word for people."""
    people = GROUP_WORDS | SPOKES_WORDS | ROLE_WORDS | QUANTIFIERS
    return who.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or who.pos_ == "PROPN" or \
        who.pos_ == "PRON" and who.lower_ not in ("it", "this", "that") or who.lower_ in people


def _written_subject(verb):
    """"The conversation ended with Maddow asking…", "the killings have left 62 percent of voters
    saying…": a participle right after the object of "with" (the absolute construction) or of the verb
    it hangs from (the object's predicate) has that object as its subject, which the parser does not
    mark; the verb's own subject ("the conversation", "the killings") says nothing. Only an object
    naming someone who speaks, with no comma before the participle."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i or verb.head.i > verb.i:
        return None
    objects = []
    for child in verb.head.children:
        if child.dep_ == "dobj":
            objects.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            objects += [g for g in child.children if g.dep_ == "pobj"]
    return next((o for o in objects if o.right_edge.i == verb.i - 1 and _speaks(o)), None)


def _speaks(who) -> bool:
    """_names_speaker (shares included: "62 percent of voters"), or a common noun whose usual sense is a person."""
    return _names_speaker(who) or who.pos_ == "NOUN" and names_person(who.lemma_)


def _for_his_part(subject) -> bool:
    return subject.lower_ == "part" and subject.i > 1 and subject.doc[subject.i - 2].lower_ == "for"


def _speaker_tokens(subject, verb) -> list:
    if _indefinite_plural(subject):
        return [subject]
    if subject.lemma_.lower() in written_nouns():
        owner = [c for c in subject.children if c.dep_ == "poss"]
        if owner:
            return sorted(list(owner[0].subtree) + [subject], key=lambda t: t.i)
        put_out = written_by(subject)
        if put_out:  # "A statement released by the Department of Foreign Affairs on Monday said"
            return [t for t in subject.subtree if t.i <= subject.i or put_out[0].head.head.i <= t.i <= put_out[-1].i]
    drop = set()
    for c in subject.children:
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and (c.lower_ in ("on", "in", "at", "during") or _when(c))
                                                    and not _employer(c) and not _inside_name(c)):
            drop.update(t.i for t in c.subtree)
        if c.i > verb.i and verb.i > subject.i:
            drop.update(t.i for t in c.subtree)
    for c in subject.subtree:
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "during") and c.head.dep_ == "appos" or _set_off_relative(c):
            drop.update(t.i for t in c.subtree)
    tokens = [t for t in subject.subtree if t.i not in drop and t.i != verb.i]
    if verb in list(subject.subtree):
        tokens = [t for t in tokens if t.i < verb.i] if subject.i < verb.i else [t for t in tokens if t.i > verb.i]
    cut = max((i for i, t in enumerate(tokens) if t.i < subject.i and not _counts(t, subject) and (
        t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num and t.pos_ != "PROPN")), default=-1)  # not "Third Way"
    tokens = phrase(tokens[cut + 1:])
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    return tokens


def _indefinite_plural(token) -> bool:
    """A plural noun with a singular noun hung before it and "a" or "an" on either ("shot with a .380 caliber
    semi-automatic handgun police say was reported stolen", "the shooter, a young man police said was dressed in
    black"): the article is the singular noun's, whose clause the report interrupts, and the parser hung its words on
    the plural; who speaks is the plural noun alone ("police"). "A few workers" has no such noun. On gva500
    (training/count_cut_source_names.py) this cuts 2 of 6,327 speaker phrases, these two, each then its article's
    force ("Brookfield Police", "Pittsburgh police")."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    nouns = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.tag_ in ("NN", "NNP") and c.i < token.i]
    return bool(nouns) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for n in (token, *nouns) for c in n.children)


def plural_after_indefinite(phrase) -> bool:
    """Whether a speaker phrase is such a plural, cut to itself (`_indefinite_plural`), as the count reads phrases."""
    return len(phrase) == 1 and _indefinite_plural(phrase[0])


def _set_off_relative(token) -> bool:
    """"said Anna Ruiz, the group's director, who added that…": a relative clause set off by a comma
    says something more of the speaker (often a report of its own), it is no part of who speaks."""
    first = token.left_edge.i
    return token.dep_ == "relcl" and first > 0 and token.doc[first - 1].text == ","


def _when(prep) -> bool:
    """"Trump over the weekend denied…": a preposition whose object is a time says when, not who
    ("the Act of 2009" is the name itself)."""
    return prep.lower_ != "of" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _inside_name(prep) -> bool:
    """"The Center on Budget and Policy Priorities": the preposition is part of a body's name."""
    return prep.ent_iob_ == "I" and prep.ent_type_ == "ORG"


def _employer(prep) -> bool:
    """"Analysts at Fitch", "her colleague at ANZ, Miles Workman": where the speaker works, or their name."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    named = any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in prep.subtree)
    return named or prep.lower_ == "at" and bool(objects) and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ == "ORG")


def _counts(token, subject) -> bool:
    """"three diplomats", "one official", "One-hundred candidates": the number belongs to the speaker phrase."""
    number = subject.doc[subject.i - 1] if subject.i else None
    return number is not None and number.dep_ == "nummod" and number.head.i == subject.i and token in number.subtree


def state_of(verb) -> list:
    """"are worried", "is confident": the state after "be" belongs to the cue."""
    if verb.lemma_ != "be":
        return []
    return [c for c in verb.children if c.dep_ == "acomp" and any(g.dep_ in ("ccomp", "xcomp", "prep") for g in c.children)][:1]


def _cue_tokens(verb, particle: list) -> list:
    """The verb group: auxiliaries, particles and negation with the verb. A negated report ("did not
    say", "never said", "is no longer saying") is still one, as PolNeAR's guidelines have it, and its
    cue says it is negated, so it is never shown as the words said."""
    before = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + _negation(verb) \
        + _governing(verb)
    after = list(particle) + state_of(verb)
    if verb.lemma_.lower() == "quote":
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                after += [c] + [g for g in c.children if g.dep_ == "pcomp"]
    tokens = sorted(before + [verb] + after, key=lambda t: t.i)
    return [t for t in verb.doc[tokens[0].i:tokens[-1].i + 1] if not t.is_space]


GROUP_DEPS = frozenset("aux auxpass neg advmod prep prt".split())  # words of a verb group, not objects


def _governing(verb) -> list:
    """"refrained from endorsing", "stopped short of calling for", "refused to say", "went on to say": the
    verb a report's verb completes, right before it, belongs to the cue (as PolNeAR's annotators mark it),
    so a report someone withheld never reads as made; so does the adjective it completes ("was reluctant to endorse"). Not across an object ("took to Twitter to say",
    "said it, without naming him"): there the verb before is no part of the saying."""
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ in ("xcomp", "pcomp") and head.dep_ == "acomp" and head.pos_ == "ADJ" and head.i < verb.i:
        return [c for c in head.children if c.dep_ == "advmod" and c.i < head.i] + [head]  # "more likely to say"
    if verb.dep_ not in ("xcomp", "pcomp") or head.pos_ not in ("VERB", "AUX") or head.i >= verb.i:
        return []
    if cue_model().is_cue(head):
        return []  # "said before adding", "responded by saying": a report of its own, not a frame of this one
    between = verb.doc[head.i + 1:verb.i]
    if any(t.dep_ not in GROUP_DEPS or t.is_punct for t in between):
        return []
    own = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i] + _negation(head)
    return [*own, head, *between]


def _negation(verb) -> list:
    """"not", "never", "no longer" between the subject and the verb: the words that negate or end the
    report ("Not coincidentally, he started asking" opens the sentence; it negates nothing said)."""
    after = max((c.i for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), default=-1)
    return [t for c in verb.children if after < c.i < verb.i and (c.dep_ == "neg" or c.dep_ == "advmod" and any(
        g.dep_ == "neg" for g in c.children)) for t in c.subtree]


def _according_to(token, unit: Span) -> Frame | None:
    to = [c for c in token.children if c.lower_ == "to"] or (
        [token.nbor()] if token.i + 1 < len(token.doc) and token.nbor().lower_ == "to" else [])
    objects = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
    if not objects:
        return None
    return _sourcing_frame([token, to[0]], objects[0], unit)


def _per(token, unit: Span) -> Frame | None:
    """"…, per CTV News", "Per the filing, …": sourcing like "according to", when what follows "per"
    names who or what speaks (not "per year", "per cent", "per person")."""
    doc = token.doc
    opens = not text_of(doc)[unit.start:token.idx].strip()
    if token.dep_ != "prep" or not (opens or token.i > 0 and doc[token.i - 1].text in ",(—–"):
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or not (source.ent_type_ in SPEAKING_ENTITIES or
                              source.pos_ == "NOUN" and (names_document(source) or names_source(source))):
        return None
    return _sourcing_frame([token], source, unit)


def _sourcing_frame(cue: list, source, unit: Span) -> Frame | None:
    """The frame of a sourcing phrase: the source is its object; the content is the clause before
    it, or, when the words before are no clause ("In addition, according to X, …"), the rest."""
    doc = source.doc
    aside = {t.i for c in source.children if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","
             for t in c.subtree}  # "the Kyiv Independent, which reported," (not "lawmakers who attended")
    words = [t for t in source.subtree if not t.is_space and t.i not in aside]
    phrase_end = source.right_edge  # the source's own relative clause is no content
    before = trim(doc, unit.start, cue[0].idx, unit)
    if not len(before) and (comma := _comma_closing(cue[0], words, source, aside)) is not None:
        words = [t for t in words if t.i < comma.i]
        phrase_end = doc[comma.i - 1]
    speaker = phrase(words)
    end_of_source = end_of(phrase_end)
    while end_of_source < unit.end and text_of(doc)[end_of_source] in ")]":
        end_of_source += 1
    after = trim(doc, end_of_source, unit.end, unit)
    content = after if _sources_what_follows(cue[0], phrase_end) or not is_clause(doc, before) else before
    return Frame("according-to", cue, speaker, content if len(content) else None, unit)


def _comma_closing(cue, words: list, source, aside: set[int]):
    """The comma that closes a sourcing phrase opening its sentence, when the parser ran the phrase on over the
    clause's subject ("According to information from Little Rock police, Braud and the victims all lived …"): the
    verb the phrase hangs from is then left with no subject. Of the 185 such sentences of the hand-judged sets, 11
    ran on so. A phrase whose verb has its subject keeps its apposition ("According to Lt. Doe, a spokesman, the man
    fled"), and the comma before the source's own relative clause closes nothing."""
    inside = {t.i for t in words}
    if any(c.dep_ in SUBJECTS and c.i not in inside for c in cue.head.children):
        return None
    commas = [t for t in words if t.text == "," and t.i > source.i and t.i + 1 not in aside]
    return commas[0] if commas and commas[0].i < words[-1].i else None


def _sources_what_follows(token, last) -> bool:
    """"He left after, according to his lawyer, the police raided his home": the phrase, set off by
    commas, hangs from a verb after it, whose clause is what the source says."""
    head, doc = token.head, token.doc
    return head.i > last.i + 1 and doc[last.i + 1].text == "," and head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in SUBJECTS and c.i < token.i for c in head.children)
