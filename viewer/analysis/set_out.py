"""Words a text sets out as someone's rather than its outlet's: a word of saying used as one, quotation marks (read
by what touches them), statements read out after a colon over their paragraphs, and clauses in the first person."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from viewer.analysis.model import Mention
from viewer.analysis.speakers.kinds import word_classes
from viewer.corpus.metadata import dateline_length

_SAYING = json.loads(Path(__file__).with_name("saying_words.json").read_text(encoding="utf-8"))["entries"]
REPORTING_CUE = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(_SAYING, key=len, reverse=True)))})\b", re.IGNORECASE)
# A participle after a determiner names an event ("a reported shooting", "the alleged attack"); "reports
# of shots" are calls, not sources; "was reported stolen", "was first reported at 1:39" tell an event
# was reported, not who says what the sentence says ("was reported that …", "to be …" still do).
_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|some|any|no|unconfirmed|"
                         r"initial|early|first|earlier|latest|recent|several|many|numerous|multiple)\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PARTICIPLES = ("reported", "alleged")
QUOTATION = re.compile(r"[\"“”]")
_QUOTED_NAME = re.compile(r"[\"“][^\"“”]{1,30}[\"”]")  # a nickname, a title or a phrase in scare quotes
# Single quotation marks, as British and Australian outlets quote ('We did our job,' he said): a mark opens after a
# space or a paragraph's start and before a letter ('90s and 'til are elisions), and closes after a word or a stop and
# before a space or a stop; one with a letter on each side is an apostrophe.
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘'](?=[^\W\d_])", re.MULTILINE)
_SINGLE_CLOSES = re.compile(r"(?<=[^\W_]|[.,!?])[’'](?=[\s,.;:!?)\]—–]|$)", re.MULTILINE)
_QUOTED_WORDS = 3  # fewer words in single marks name or set off a term ('The Punisher', 'sneak preview')
QUOTE_REACH = 600  # how far back a quotation mark still opens the words after it: as far as a sentence reaches
# A news outlet does not speak as "I" or "we": a clause in the first person is someone's words ("I'm glad we got the
# verdict we got.", "We did our job.") whose quotation marks the text lost or never had (a transcript, a statement
# printed whole). English's first-person pronouns, a closed class: "us" and "mine" only in lower case ("US" is the
# country, "Mine" a noun), and "I" only as `first_person` reads it.
_FIRST_PERSON = re.compile(r"\b(?:[Mm]e|[Mm]y|mine|[Ww]e|us|[Oo]ur|[Oo]urs)\b")
_I = re.compile(r"\bI(?=\s+[a-z]|\s?['’][a-z])")


@lru_cache(maxsize=4096)
def says(text: str) -> bool:
    """Whether a word of saying in ``text`` is used as one (see `_DETERMINER`, `_PASSIVE`): the
    fallback for a statement the attribution spans missed. On the sentences of the GVA crawl
    (dev data) the three exceptions set aside 584 of 36,068 matches, 28 of 30 sampled rightly.
    Kept by text: reading where each compared mention stands (`sourcing.read_places`) asks it of
    the same few sentences around each mention again and again."""
    for cue in REPORTING_CUE.finditer(text):
        word, before, after = cue.group().lower(), text[:cue.start()], text[cue.end():]
        if word in _PARTICIPLES and (_DETERMINER.search(before) or
                                     _PASSIVE.search(before) and not re.match(r"\s+(?:that|to)\b", after)):
            continue
        if word in ("reports", "claims") and re.match(r"\s+of\b", after):
            continue
        return True
    return bool(document_shows().search(text) or misspelt_cue().search(text))


@lru_cache(maxsize=1)
def misspelt_cue() -> re.Pattern:
    """A word of saying as a typing slip writes it, in lower case: two neighbouring letters swapped ("O'Brien siad",
    "accroding to Officer Ron Gaines") or a letter doubled or undoubled ("acording to"), in the first word of an entry
    of four letters or more. On the 6,335 articles of the GVA crawl those slips are 2, both cues; written with a
    capital, "denies" swapped is the name "Denise" (35), and slips further apart ("stated"/"started", "report"/"state")
    are other words, so neither is read."""
    slips = {slip for entry in _SAYING for slip in _slips(entry)} - {e.lower() for e in _SAYING}
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(slips, key=len, reverse=True)))})\b")


def _slips(entry: str) -> set[str]:
    word, _, rest = entry.lower().partition(" ")
    if len(word) < 4:
        return set()
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    undoubled = {word[:i] + word[i + 1:] for i in range(len(word) - 1) if word[i] == word[i + 1]}
    return {f"{slip} {rest}".strip() for slip in swapped | doubled | undoubled}


@lru_cache(maxsize=1)
def document_shows() -> re.Pattern:
    """"Records show", "court documents state", "the poll showed", "the news release states": a document
    named as the source with a verb of showing, which no word of saying marks. The documents are
    PolNeAR's (`kinds.word_classes`), the verbs written in lower case (title-case page furniture, "Hide
    Transcript Show Transcript", is none). On the GVA crawl and PolNeAR train's sentences: 493 the words
    of saying missed, 68 of which the attribution spans missed too (each sentence alone); 40 of those
    read, 38 sourced to the document (the two others page furniture run into a sentence)."""
    nouns = {"data" if n == "datum" else n for n in word_classes()["document_nouns"]}
    written = "|".join(sorted({*nouns, *(n + "s" for n in nouns if n != "data")}, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{written}))\s+(?:show|shows|showed|state|states|indicate|indicates|indicated|"
                      rf"reveal|reveals|revealed|allege)\b")


@lru_cache(maxsize=1)
def document_named() -> re.Pattern:
    """A document named as a source (PolNeAR's document nouns, `kinds.word_classes`): "statement", "post", "release"."""
    nouns = {"data" if n == "datum" else n for n in word_classes()["document_nouns"]}
    return re.compile(rf"(?i:\b(?:{'|'.join(sorted(nouns, key=len, reverse=True))})s?\b)")


def quotes(text: str) -> bool:
    """Whether the text quotes someone: a quotation mark left once short quoted names and titles
    ("Sexiest Man Alive", “Dark Angel”) are set aside, or one that opens or closes a quotation the
    text is part of (“he is not above the law.”); or words in single quotation marks (`single_quotations`)."""
    return bool(QUOTATION.search(_QUOTED_NAME.sub("", text))) or bool(single_quotations(text))


def single_quotations(paragraph: str) -> list[tuple[int, int]]:
    """The quotations a paragraph sets in single marks ('…' or ‘…’), each from its opening mark to its closing one, or
    to the paragraph's end for one opening the paragraph and left open (a quotation running on over paragraphs
    re-opens each); those of fewer than `_QUOTED_WORDS` words are names and terms, not someone's words."""
    closes = [m.start() for m in _SINGLE_CLOSES.finditer(paragraph)]
    found, reached = [], 0
    for opening in _SINGLE_OPENS.finditer(paragraph):
        start = opening.start()
        if start < reached:
            continue
        end = next((c + 1 for c in closes if c > start), None)
        if end is None and paragraph[:start].strip():
            continue
        end = end or len(paragraph)
        if len(paragraph[start:end].split()) >= _QUOTED_WORDS:
            found.append((start, end))
        reached = end
    return found


def partial_quote(sentence: str, before: str) -> bool:
    """Whether the sentence quotes a few words of a speaker the sentence before names ("according to
    excerpts from his speech ... Mr. Rubio's first priority will be to “adequately fund” the
    military"): two words or more in short quotation marks, opening in lower case. Of 30 such read
    among 357 on ECB+ train, q/gva and q/basil (seed 35), 25 quote a speaker ("did “a pretty good
    job”", "a “witch hunt” against him") and 5 set off a term ("active shooter" training, a "vehicle
    of interest"); a speaker named just before tells the quoted words from a term the outlet uses."""
    quoted = (hit.group()[1:-1].split() for hit in _QUOTED_NAME.finditer(sentence))
    return any(len(words) >= 2 and words[0][:1].islower() for words in quoted) and says(before)


def inside_quotation(mention: Mention, text: str) -> bool:
    """Whether the mention lies within a quotation opened before it: the document's quotation marks
    read in order up to the mention, the last no further back than a sentence reaches. A closing ”
    closes; a mark opening a paragraph opens (a quote running over paragraphs re-opens each); any
    other mark opens a closed quotation and closes an open one (crawled text and ECB+ close with “
    as often as with ”, and straight marks have no direction). Its own sentence may name no one
    ("I'd like to thank @TheAcademy" after `writing, "It's official: I'm hosting the #Oscars!`,
    which ECB+ sets as two paragraphs); on the corrected ECB+ dev and GVA, three of eleven spurious
    "stated as fact" readings were such. A mention within words its paragraph sets in single marks
    (`single_quotations`) is within a quotation too."""
    if _in_single_quotation(mention, text):
        return True
    open_, last = False, None
    for mark in QUOTATION.finditer(text, 0, mention.start):
        last = mark.start()
        if mark.group() == "”":
            open_ = False
        elif not text[text.rfind("\n", 0, last) + 1:last].strip():
            open_ = True
        else:
            open_ = _opens(text, last, open_) if mark.group() == '"' else not open_
    for mark in QUOTATION.finditer(text, mention.start, _first_word(text, mention)):
        if open_ and mark.group() == '"' and not _opens(text, mark.start(), open_):
            open_ = False  # the mention opens with the mark closing the quotation before it ('countries."Pinckney …')
    return open_ and last is not None and mention.start - last <= QUOTE_REACH


def _in_single_quotation(mention: Mention, text: str) -> bool:
    opening = text.rfind("\n", 0, mention.start) + 1
    closing = text.find("\n", mention.start)
    paragraph = text[opening:closing if closing >= 0 else len(text)]
    at = _first_word(text, mention) - opening
    return any(start < at < end for start, end in single_quotations(paragraph))


def _opens(text: str, at: int, open_: bool) -> bool:
    """Whether the straight quotation mark at ``at`` opens a quotation, read from what touches it: a mark after a
    space and before a word opens ('said, "We'), one after a word or a stop and before a space or a stop closes
    ('today." Researchers'); a mark touching words on both sides or on neither ('."Pinckney', ECB+'s spaced " marks)
    opens a closed quotation and closes an open one. A “ is not read so: ECB+ and crawled text close with it
    ('party, “police said') as often as they open."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    spaced_before, spaced_after = before.isspace() or before in "([—–", after.isspace() or after in ",.;:!?)—–"
    if spaced_before != spaced_after:
        return spaced_before
    return not open_


def _first_word(text: str, mention: Mention) -> int:
    """Where the mention's first letter or digit stands (the marks before it open or close around its words)."""
    hit = re.search(r"\w", text[mention.start:mention.end])
    return mention.start + hit.start() if hit else mention.start


def read_out(mention: Mention, text: str) -> Mention | None:
    """The first paragraph of the statement read out that the mention's paragraph belongs to, if it is one: the
    paragraph before the statement ends in a colon and names who speaks (a word of saying, or a document such as a
    statement or a post: "issued a statement around 8 a.m. Sunday that read:", "The post read:"). Of 25 such
    paragraph pairs read among 38 on ECB+ train, q/gva, q/basil and GVA gvaZ (seed 35), 22 read out someone's
    words; the others are a release date, the outlet's own notes and a question.

    An unquoted statement runs on over the paragraphs after its first while each is prose naming no source of its
    own (`_continues_statement`): a police release read out is printed whole ("Rockford Police Press Release:" and its
    five paragraphs). Of 40 such paragraphs read among 149 after 224 intros in the GVA crawl, ECB+ train, BASIL and
    WCEP (seed 41), 30 were the statement's; 4 of the 10 others came from one blog's "notes from the game:", whose
    intro names no one (`sourcing.read_places` runs a statement on only where the analysis read who issued it, or where
    its first paragraph speaks as "we": `sourcing._issued`)."""
    opening = text.rfind("\n", 0, mention.start) + 1
    walked = False  # whether the walk back to the intro passed a paragraph after the statement's first
    while True:
        before = text[:opening].rstrip()
        paragraph = text[opening:text.find("\n", opening) % (len(text) + 1)].strip()
        if before.endswith(":"):
            intro = before[before.rfind("\n") + 1:]
            if not (says(intro) or document_named().search(intro)) or own_heading(intro) or \
                    (walked and (not _prose(paragraph) or QUOTATION.match(paragraph))):
                return None
            start = text.index(paragraph, opening) if paragraph else opening
            return Mention(mention.document, start, start + len(paragraph), paragraph)
        if not before or not _continues_statement(paragraph):
            return None
        walked, opening = True, before.rfind("\n") + 1


def open_question_frame(not_knowing: str) -> re.Pattern:
    """A frame that says a question is open, its word of not knowing matched by ``not_knowing`` (group "word"):
    "it is unclear whether", "it was not immediately known why", "there is no word yet on whether" (with "n't"
    written "not", `spelt_out`)."""
    return re.compile(
        r"\b(?:it|that|there)\s+(?:is|was|remains|remained|['’]s)\s+(?:still\s+)?"
        rf"(?P<word>{not_knowing})(?:\s+yet)?(?:\s+(?:on|about|as\s+to))?\s+(?:whether|if|who|what|why|how|when|where)\b",
        re.IGNORECASE)


def spelt_out(text: str) -> str:
    """The text with "n't" written "not" ("wasn't clear": "was not clear"), so one frame reads both."""
    return _CONTRACTED.sub(" not", text)


_CONTRACTED = re.compile(r"n['’]t\b", re.IGNORECASE)
_OPENING = 3  # characters before a frame that still open the sentence (a quotation mark, a dash)


@lru_cache(maxsize=1)
def _open_question() -> re.Pattern:
    entries = json.loads(Path(__file__).with_name("open_questions.json").read_text(encoding="utf-8"))["entries"]
    return open_question_frame("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in entries))


def opens_open_question(text: str) -> bool:
    """Whether the text opens by saying a question is open ("There is no word yet on whether any charges will be
    filed", "It is unclear if…"): it tells what is not known and states no fact, neither the outlet's nor a source's.
    The words of not knowing are open_questions.json's, counted opening a sentence on the GVA crawl by
    training/count_open_questions.py (120 sentences of 3,926 articles)."""
    hit = _open_question().search(spelt_out(text.lstrip()))
    return hit is not None and hit.start() <= _OPENING


SHORT_INTRO = 4  # words of a line naming a document that is a heading, not a sentence ("Rockford Police Press Release:")
_REPORT = re.compile(r"\breports?\b", re.IGNORECASE)


def own_heading(intro: str) -> bool:
    """Whether a line ending in a colon is a heading of the outlet's own piece: a few words (`SHORT_INTRO`) naming a
    report, no word of saying ("INITIAL REPORT:" over the story an update follows, "Lisa Washington's Report:" over
    a reporter's piece). Of the short lines naming a document the GVA crawl writes before a paragraph
    (training/count_read_out_intros.py), every one naming a report (9) heads the outlet's own piece; those naming
    a release, a post or a statement head someone's ("Rockford Police Press Release:")."""
    return len(intro.split()) <= SHORT_INTRO and bool(_REPORT.search(intro)) and not says(intro)


_PROSE_WORDS = 6  # a paragraph of fewer words is a line (a signature, a credit, "VHS/JFC 1-3-17"), no statement's prose


def _prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= _PROSE_WORDS and paragraph.rstrip(" \"”’)").endswith((".", "!", "?"))


def _continues_statement(paragraph: str) -> bool:
    """Whether a paragraph may go on with a statement read out above it: prose (`_prose`) with no source of its own
    (no word of saying, no quotation mark), which ends where the outlet speaks again ("…, police said."), and no
    dateline, which opens the outlet's own story ("GREENVILLE COUNTY, S.C. -- One student will be charged…", below a
    school district's statement on gva500)."""
    return (_prose(paragraph) and not QUOTATION.search(paragraph) and not says(paragraph)
            and not dateline_length(paragraph))


def first_person(text: str) -> bool:
    """Whether someone speaks in the text as "I" or "we" (`_FIRST_PERSON`)."""
    return bool(_FIRST_PERSON.search(text)) or _speaks_as_i(text)


def _speaks_as_i(text: str) -> bool:
    """Whether "I" speaks in the text: before a word in lower case or a contraction ("I ate", "I'm", ECB+'s "I 'm"),
    and not after a capitalised word inside a sentence, which it ends as a numeral ("World War I veterans", "Title I
    funds"; "Then I went" is the sentence's first word)."""
    for hit in _I.finditer(text):
        before = text[:hit.start()].split()
        opening = len(before) < 2 or before[-2][-1:] in ".!?:;\"“”"
        if not before or not before[-1][:1].isupper() or opening or before[-1][-1:] in ".!?:;,\"“”":
            return True
    return False
