"""Lines that open with who speaks: transcripts ("PENCE: …"), headlines ("Sanders: Clinton email
story has moved") and interview answers ("Orpo: Because…" in a text whose interviewer asks "Q: …").

The name before the colon must look like a speaker, not a label: written in capitals as
transcripts do, recognised as a person, organisation or group, or naming a document ("Poll: …").
"""
from __future__ import annotations

import re

from viewer.analysis.nlp import english, text_of
from viewer.analysis.speakers.given_names import is_given_name
from viewer.analysis.speakers.kinds import names_document, names_person, names_source, word_classes
from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS
from viewer.analysis.attribution.reported_speech import CAPTION, QUESTION, Frame
from viewer.corpus.sentence_ends import next_sentence_end
from viewer.corpus.spans import Span

_LINE = re.compile(r"^(?P<name>[A-Z][\w'’.&/-]*(?: [A-Z][\w'’.&/-]*){0,4})(?P<to>(?: [\w'’.&/-]+){1,12})?:[ \t]+"
                   r"(?P<words>\S[^\n]*)", re.MULTILINE)  # "to"/"on" whom or what: "Clinton to Planned Parenthood:"
_WORD = re.compile(r"[^\W\d_]{2,}")
_FIRST_SENTENCE = re.compile(r"[.!?…](?=\s|$)")
_SPEAKING_ENTITIES = ("PERSON", "ORG", "NORP")
_NOT_SPEAKERS = frozenset({"q", "a", "question", "answer", "note", "update", "editor's note", "correction"})
QUOTE_MARKS = "“”\"«»'‘’"
# a writer's contact line: "Paula Reed Ward: pward@post-gazette.com, 412-263-2620", "Dan Scanlan: (904) 359-4549"
# (52 lines on the GVA crawl open so after a name and a colon; they say how to reach someone, nothing said)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w|\(?\d{3}\)?[-. ]\d{3}-\d{4}")


def _label(name: str) -> bool:
    """"Update:", "Editor's note:", and a label named for its story ("North Carolina Shooting Update:", "LATEST
    UPDATE:", "Special Note:"; 12 such lines on the GVA crawl, no speaker's among them): no one speaks."""
    return name.lower() in _NOT_SPEAKERS or name.lower().replace("’", "'").split()[-1] in _NOT_SPEAKERS


def speaker_lines(doc) -> list[Frame]:
    """A frame for every line that opens with a speaker's name and a colon; an answer, a transcript
    turn or a quoted headline gives the words themselves (``direct``), a headline their gist."""
    text = text_of(doc)
    interview = any(QUESTION.match(line.strip()) for line in text.splitlines())
    lines = list(_LINE.finditer(text))
    named = _written_as_names(doc, lines) if lines else set()
    frames = []
    for m in lines:
        name = m.group("name")
        if _label(name) or _CONTACT.match(m.group("words")) or CAPTION.match(m.group(0)) or QUESTION.match(m.group(0)):
            continue
        said_to = m.end("to") if m.group("to") else m.end("name")
        speaker = doc.char_span(m.start("name"), said_to, alignment_mode="expand")
        colon = doc.char_span(said_to, said_to + 1, alignment_mode="expand")
        if speaker is None or colon is None:
            continue
        speaker = _before_addressee(_after_inverted_verb(speaker))
        if m.group("to") and not _addressed(speaker, said_to):
            continue
        if not (interview or speaker and _names_speaker(speaker.text, speaker, named)):
            continue
        end = next_sentence_end(_FIRST_SENTENCE, text, m.start("words"), m.end("words"))
        content = _without_marks(text, Span(m.start("words"), end.end() if end else m.end("words")))
        if len(_WORD.findall(content.text_of(text))) < (1 if interview else 2):
            continue  # a tally ("Sanders: 46.", "Clinton: Momentum"), not words; an answer may be "Yes."
        spoken = interview or name.isupper() or text[m.start("words")] in QUOTE_MARKS
        frames.append(Frame("direct" if spoken else "indirect", list(colon), list(speaker), content,
                            Span(m.start(), m.end())))
    return frames


def _after_inverted_verb(tokens):
    """"Said Commissioner William Evans: …", "Added the mayor: …": the line opens with the reporting
    verb, inflected, before whoever speaks; the verb is no part of the speaker's name or office."""
    first = tokens[0]
    if len(tokens) < 2 or first.lower_ in REPORTING_VERBS:  # "Ask Amy:" is a column, not a verb
        return tokens
    verb = type(first.doc)(first.doc.vocab, words=[first.lower_], pos=["VERB"])[0]  # no spaCy import at window start
    lemmas = english().get_pipe("lemmatizer").rule_lemmatize(verb)
    return tokens.doc[tokens.start + 1:tokens.end] if set(lemmas) & REPORTING_VERBS else tokens


def _before_addressee(tokens):
    """"Obama To GOP: Pass the bill", "Romney On Akin: …": a headline names who speaks, then to or
    about whom; a preposition inside a body's name ("Bank Of America") is part of the name."""
    cut = next((t for t in tokens if t.pos_ == "ADP" and t.ent_type_ not in ("ORG", "NORP", "GPE", "FAC")), None)
    return tokens if cut is None else tokens.doc[tokens.start:cut.i]


def _addressed(speaker, colon: int) -> bool:
    """A line naming whom or what the words are to or about ("Clinton to Planned Parenthood: …", "Gillibrand on
    Hillary Releasing Her Speech Transcripts: …", "Cop on 7-year-old victim: ‘…’"): a preposition cut the name off
    before the colon; the name before it is written as one (capitalised words, no verb) and ends in a person's
    name, a noun for a person or one PolNeAR marks as a source. A headline naming its story is no speaker's: "Tragedy
    in Liberty City:", "Terror on the streets:", "Girl Shot on Easter:" (GVA crawl)."""
    if not speaker or speaker.end_char >= colon or len(speaker) > _NAME_WORDS:
        return False
    preposition = speaker.doc[speaker.end]
    if preposition.ent_type_ or preposition.idx + len(preposition) >= colon:
        return False  # a name running across it ("Bloody Fourth of July"), or "Contact Ryan Dunn at:" naming no one
    if any(t.tag_ in _FINITE for t in speaker.doc[speaker.end:] if t.idx < colon):
        return False  # "Sen. Rob Portman of Ohio said in a statement:": a sentence, its verb the cue
    if any(t.pos_ in ("VERB", "AUX") or t.is_alpha and not t.text[:1].isupper() for t in speaker):
        return False
    last = speaker[-1]
    return last.ent_type_ == "PERSON" or names_person(last.lower_) or last.lower_ in word_classes()["source_nouns"]


_NAME_WORDS = 5
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _names_speaker(name: str, tokens, named: set[str]) -> bool:
    if all(t.ent_type_ in ("GPE", "LOC", "DATE") for t in tokens):
        return False  # a dateline ("WASHINGTON:")
    if len(tokens) > 1 and tokens[-1].pos_ == "NOUN" and not names_source(tokens[-1]) and not names_document(tokens[-1]):
        return False  # "Michele Bachmann Chick-Fil-A Visit:": names before a common noun say what it is about
    if name.isupper() and len(name) > 1:  # a transcript's speaker, or a page's label ("RELATED STORY:")
        return any(t.lower_ in named for t in tokens) and not _written_as_place(tokens)
    return any(t.ent_type_ in _SPEAKING_ENTITIES for t in tokens) or names_document(tokens[-1]) or \
        all(t.pos_ == "PROPN" for t in tokens) and (len(tokens) > 1 or tokens[0].lower_ in named) or \
        _named_below(tokens) or tokens[-1].pos_ == "NOUN" and names_source(tokens[-1])


def _written_as_names(doc, lines: list[re.Match]) -> set[str]:
    """Words (lower case) that name someone in this article: written as a name inside a sentence
    ("Tapper", "CNN" as an organisation), or a given name. "PENCE:" and "JAKE TAPPER:" open a
    transcript's turns; "RAW VIDEO:" and "ORIGINAL POST:" label a web page's links and name no one.
    Every word of a label with a given name counts, so "TAPPER:" follows "JAKE TAPPER:", and once
    two labels name people the text is a transcript, whose every label is a speaker."""
    in_labels = {t.i for m in lines
                 for t in doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand") or ()}
    named = {t.lower_ for t in doc if t.i not in in_labels and not t.is_sent_start and not _before_colon(t)
             and (t.ent_type_ in _SPEAKING_ENTITIES or t.text[:1].isupper() and not t.text.isupper())}
    labels = {m.group("name") for m in lines if m.group("name").isupper()}
    for label in labels:
        if any(is_given_name(w) for w in label.split()):
            named.update(w.lower() for w in label.split())
    if sum(any(w.lower() in named for w in label.split()) for label in labels) >= 2:
        named.update(w.lower() for label in labels for w in label.split())  # a transcript: every turn is someone's
    return named


def _written_as_place(tokens) -> bool:
    """"LAHORE: Protests were held…", "NEW DELHI: India on Tuesday said…": a dateline closed by a colon, as some
    agencies write it, names the place the article writes as a place everywhere else ("a mosque in Lahore"); the
    recogniser, reading the capitals, often takes it for a body. A transcript's "PENCE:" is a name written so."""
    words = {t.lower_ for t in tokens if t.is_alpha}
    seen = [t for t in tokens.doc if t.lower_ in words and not t.text.isupper()]
    return bool(seen) and all(t.ent_type_ in ("GPE", "LOC") for t in seen)


def _before_colon(token) -> bool:
    """"… in Minneapolis Graphic: Protests at …": a label printed again inside a line is still a label."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def _named_below(tokens) -> bool:
    """"Sanders: Clinton email story has moved": a headline's parse often takes a bare surname for
    a common noun; the article below names the person ("Senator Bernie Sanders said…")."""
    words = {t.text for t in tokens}
    return any(e.label_ in _SPEAKING_ENTITIES and words <= {t.text for t in e}
               for e in tokens.doc.ents if e.start_char > tokens.end_char)


def _without_marks(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in QUOTE_MARKS:
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1] == ","):
        end -= 1
    return Span(start, end)
