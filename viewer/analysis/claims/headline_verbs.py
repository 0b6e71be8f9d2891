"""A headline's verb the tagger read as a noun, given back its clause.

Headlines drop their articles and tell in the present, and the small tagger reads such a line's verb as a plural noun:
"Jan. 6 panel subpoenas Jeffrey Clark …", "Microsoft issues emergency patch …", "Trump slams Facebook for …" (there
"Facebook" becomes the verb). Casing is not the cause: the line reaches the parser in sentence case already
(`title_lines.sentence_cased`), and sentence-case headlines fail the same way ("Judge sentences Orozco to death").
Counted in session 78 (`bench/verbless_headlines.py`): of the 1,391 distinct title-cased public headlines, 500 have no
finite verb outside the body's names, and at least 32 of those plainly have one.

The tagger itself decides where the verb lies, on a copy it cannot misread: when the line has no finite verb outside
the names, a word read as a noun right after the line's opening noun phrase is tried as the verb by parsing the line
from it on after a pronoun that can only be its subject ("It subpoenas Jeffrey Clark …", "They blast DeSantis' …").
The word is taken when that parse makes it the finite verb at the root, its lemma is an English verb (WordNet's,
`headline_verbs.json`, written by `training/count_headline_verbs.py`: in that frame the tagger makes plural nouns verbs
too, "It adults, 2 children killed …"), and the words before it, parsed alone, are a bare noun phrase (no preposition:
"victims at hookah lounge", "shooting of Monroe boy" are no subjects) whose head agrees with it in number. The pieces'
parses are written onto the line's own tokens; its text, tokens and entities stay as they were. On the public first
lines it gives 82 a verb, 72 of them right by hand; on the dev sets it parts 5 wrong links and joins 59 right or partly
right ones for 2 W and 11 R/P lost (docs/linking.md "A headline's verb read as a noun").

A colon ends the reading's part of the line (session 79): the words after it are another sentence ("Liberal media blast
DeSantis' … bill: 'This is disgusting'", "…: report"), whose verb neither stands for the earlier part's predicate nor
belongs in its pronoun copy. And the frame reads the noun of a compound as a verb ("They officer out of surgery …"), so
a word is not tried when it closes one of WordNet's two-word nouns with the word before it ("police officer", "life
sentence", from the same table) or follows a count ("one man injured"). On the public first lines read whole these
give 5 lines a verb, all right, and take 5 wrong readings, no right one (docs/linking.md "Where a headline's verb
reading stops").
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).with_name("headline_verbs.json")
_FINITE = {"VBZ", "VBD", "VBP", "MD"}
_PARTICIPLES = {"VBN", "VBG"}
_NOMINAL = {"NOUN", "PROPN", "NUM", "PRON"}
_HEADS = {"NOUN", "PROPN", "PRON"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_PLURAL = {"NNS", "NNPS"}
_SENTENCE_ENDS = {".", "!", "?", ":", ";"}
_PRONOUNS = {"VBZ": "It ", "VBP": "They "}  # a subject each finite present form agrees with, and only a verb follows
_TAKEN = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")


@cache
def _read() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    table = json.loads(_TABLE.read_text(encoding="utf-8"))
    return frozenset(table["verbs"]), frozenset(tuple(pair.split(" ")) for pair in table["compounds"])


def verbs() -> frozenset[str]:
    """WordNet's one-word verbs."""
    return _read()[0]


def compounds() -> frozenset[tuple[str, str]]:
    """WordNet's two-word nouns whose second word is one of its verbs ("police officer", "life sentence")."""
    return _read()[1]


def restore_verb(doc, nlp):
    """``doc`` (a headline parsed alone) with its verb read back when the tagger made it a noun; otherwise as it was.
    Each part of the line between colons is a clause of its own ("Liberal media blast DeSantis' … bill: 'This is
    disgusting'"): the later part's verb is no predicate of the earlier one, and the earlier one's verb is read on its
    own words."""
    for verb in range(1, len(doc)):
        start = _clause_start(doc, verb)
        if start is None:
            continue
        end = _part_end(doc, verb)
        if any(_predicate(t) for t in doc[:end]):
            continue
        pieces = _read_as_clause(doc, start, verb, end, nlp)
        if pieces is not None:
            _write(doc, start, verb, end, *pieces)
            return doc
    return doc


def _part_end(doc, verb: int) -> int:
    """Where the line's part holding ``verb`` ends: after the first colon past it, or at the line's end."""
    return next((t.i + 1 for t in doc[verb + 1:] if t.text == ":" and t.i + 1 < len(doc)), len(doc))


def _predicate(token) -> bool:
    """A word the parse already reads as the line's predicate: a finite verb, a verb with a subject or at the root, or
    a participle hung on the root ("Louisiana cops indicted on …", "US COVID-19 cases rising again"); a name read as
    a verb ("Trump slams Facebook" with "Facebook" the verb) is none. An infinitive hung on the root is left to the
    reading: "Senate votes to extend …" reads "votes" as a noun and "to extend" as its modifier."""
    if token.pos_ not in ("VERB", "AUX") or _name(token):
        return False
    return token.tag_ in _FINITE or token.dep_ == "ROOT" or any(c.dep_ in _SUBJECTS for c in token.children) or \
        (token.tag_ in _PARTICIPLES and token.head.dep_ == "ROOT")


def _name(token) -> bool:
    """A capitalised word past the first: the recased line keeps capitals only on the body's names."""
    return token.i > 0 and token.text[:1].isupper() and not token.is_sent_start


def _clause_start(doc, i: int) -> int | None:
    """Where the subject of a verb at token ``i`` would start (after the last sentence stop before it), when the token
    is read as a noun, not a name, right after a nominal, ends no label (":"), and no verb stands between that start
    and it."""
    word, before = doc[i], doc[i - 1]
    if word.pos_ not in ("NOUN", "PROPN") or _name(word) or before.pos_ not in _NOMINAL:
        return None
    if i + 1 < len(doc) and doc[i + 1].text == ":":
        return None
    start = max((t.i + 1 for t in doc[:i] if t.text in _SENTENCE_ENDS), default=0)
    while start < i and doc[start].is_punct:
        start += 1
    if start >= i or any(t.pos_ in ("VERB", "AUX") for t in doc[start:i]):
        return None
    return start


def _read_as_clause(doc, start: int, verb: int, end: int, nlp):
    """(what lies before the subject, the subject, and what lies after the part's colon, each parsed alone, and the
    part's rest parsed after its pronoun) when the tagger reads the word as a finite verb agreeing with the subject and
    the word is no noun its subject's last word makes a compound of; else None."""
    text = doc.text
    if _compound(doc[verb - 1], doc[verb]):
        return None
    rest = text[doc[verb].idx:_end(doc[end - 1])]
    for tag, pronoun in _PRONOUNS.items():
        copy = nlp(pronoun + rest)
        if len(copy) != end - verb + 1 or any(a.text != b.text for a, b in zip(copy[1:], doc[verb:end])):
            return None
        read = copy[1]
        if read.tag_ != tag or read.dep_ != "ROOT" or copy[0].dep_ != "nsubj" or read.lemma_ not in verbs() or \
                any(t.head.i == 0 for t in copy[1:]) or not _form_of(read, tag) or (tag == "VBP" and len(copy) == 2):
            continue
        subject = nlp(text[doc[start].idx:_end(doc[verb - 1])])
        before = nlp(text[:_end(doc[start - 1])]) if start else doc[:0]
        after = nlp(text[doc[end].idx:]) if end < len(doc) else doc[:0]
        if len(subject) == verb - start and len(before) == start and len(after) == len(doc) - end and \
                _agrees(subject, tag):
            return before, subject, copy, after
    return None


def _compound(last, word) -> bool:
    """The word is the noun of a compound the subject's last word opens ("police officer", "life sentences"), or the
    thing a number before it counts ("Three women, one man injured …"): the line's subject runs on through it."""
    return last.tag_ == "CD" or (last.text.lower(), word.lemma_.lower()) in compounds()


def _form_of(read, tag: str) -> bool:
    """The word has the form of the tag read: "-s" for "it", the lemma itself for "they"."""
    word = read.text.lower()
    return word.endswith("s") if tag == "VBZ" else word == read.lemma_


def _end(token) -> int:
    return token.idx + len(token.text)


def _agrees(subject, tag: str) -> bool:
    """A bare noun phrase whose head agrees with the verb's number: plural or coordinated for "they", neither for
    "it"."""
    roots = [t for t in subject if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in _HEADS or any(t.pos_ == "ADP" for t in subject):
        return False
    plural = roots[0].tag_ in _PLURAL or any(c.dep_ == "conj" for c in roots[0].children)
    return plural == (tag == "VBP")


def _write(doc, start: int, verb: int, end: int, before, subject, copy, after) -> None:
    """Write the pieces' parses over the line's tokens, the subject's head made the verb's subject; what lies before
    ``start`` and after ``end`` are sentences of their own."""
    from spacy import attrs

    names = [getattr(attrs, name) for name in _TAKEN]
    head, dep = names.index(attrs.HEAD), names.index(attrs.DEP)
    whole = doc.to_array(names)
    if start:
        whole[:start] = before.to_array(names)
    own = subject.to_array(names)
    root = next(t.i for t in subject if t.dep_ == "ROOT")
    own[root, head] = (verb - start) - root
    own[root, dep] = doc.vocab.strings.add("nsubj")
    whole[start:verb] = own
    whole[verb:end] = copy.to_array(names)[1:]
    if end < len(doc):
        whole[end:] = after.to_array(names)
    doc.from_array(names, whole)
