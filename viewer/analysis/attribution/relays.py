"""Relay chains: the agencies and platforms a statement passed through before the article."""
from __future__ import annotations

import re

from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS, end_of
from viewer.analysis.attribution.reported_speech import Frame, can_say, can_speak, impersonal
from viewer.analysis.attribution.classes import reports_belief
from viewer.analysis.model import Relay
from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import (
    body_kinds, hearer_outlet_nouns, issued_nouns, media_nouns, names_document, names_person, publisher_nouns,
    venue_nouns, written_nouns,
)
from viewer.corpus.nameplates import nameplate_word
from viewer.analysis.speakers.names import (
    GROUP_WORDS, RECEIVING, ROLE_WORDS, SPOKES_WORDS, names_outlet, phrase, received_by,
)
from viewer.corpus.spans import Span

PLATFORMS = ("Twitter", "Telegram", "Facebook", "Instagram", "YouTube", "TikTok", "VKontakte", "Weibo")
_PLATFORM = re.compile(r"\b(" + "|".join(PLATFORMS) + r")\b")
_VERB_PLATFORM = {"tweet": "Twitter"}
_CONTRAST = re.compile(r"[,;]\s*(?:while|whereas|but|although)\s")
CITED_SOURCES = frozenset("source sources person people official officials diplomat diplomats document documents".split())


def fold_relays(frames: list[Frame]) -> list[Frame]:
    """Frames that pass another frame on ("X said Y, AFP reported") become relays of it, and stay
    statements of their own: AFP reported that X said Y (``relay_of`` says whose words it carries).

    What a source reports of a belief ("71 percent supported the plant, according to the
    commission") is the source's own finding: the belief stays inside its statement instead."""
    inside = set()
    for outer in frames:
        inner = _carried(outer, frames)
        if inner is None:
            continue
        if reports_belief(inner.cue[-1]):
            if not preposed(outer):  # "Redding said they think…": both stay
                inside.add(id(inner))
            continue
        outer.relay_of = inner
        _without_relay_words(inner, outer)
        if passes_words(outer):
            inner.relays.append(passed_on(outer))
    return [f for f in frames if id(f) not in inside]


def _without_relay_words(inner: Frame, outer: Frame) -> None:
    """"Trump said he was glad, according to The New York Times": the parser hangs a closing relay on
    the reported clause, so the speaker's words ran on over the relay's own ("…glad, according to
    The New York Times"). They end where the relay begins, when the relay closes them."""
    if inner.content is None or not (outer.kind == "according-to" or _subject_of(outer)
                                     and outer.verb.lemma_.lower() in REPORTING_VERBS):
        return  # "…the “manji” symbol identifying temples", "…, they should expect defeat": no relay of saying
    start = min(outer.speaker_span.start, outer.cue_span.start)
    end = max(end_of(t.right_edge) for t in [*outer.cue, *outer.speaker])
    if not inner.content.start < start < inner.content.end or end < inner.content.end - 1:
        return
    text = text_of(outer.cue[0].doc)
    cut = start
    while cut > inner.content.start and (text[cut - 1].isspace() or text[cut - 1] in ",;:—–-"):
        cut -= 1
    if text[cut - 1:cut] in QUOTE_CLOSERS and text[cut - 2:cut - 1] == ",":
        cut = cut if _opens_quote(text, inner.content.start, cut) else cut - 2
    inner.content = Span(inner.content.start, cut)


def _subject_of(frame: Frame) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == frame.verb.i for t in frame.speaker)


QUOTE_CLOSERS = ("\"", "”", "’", "»")


def _opens_quote(text: str, start: int, end: int) -> bool:
    """Whether the words hold the opening mark of the quotation closing at their end."""
    return any(mark in text[start:end - 1] for mark in ("\"", "“", "‘", "«"))


def passes_words(outer: Frame) -> bool:
    """Whether what the frame carries is someone's words ("X said Y, AFP reported"), which it passes
    on, rather than what someone did ("200,000 members signed a petition, the union said"), which
    is the outer speaker's own report."""
    inner = outer.relay_of
    return inner.kind == "according-to" or inner.verb.lemma_.lower() in REPORTING_VERBS


def pass_through(frames: list[Frame]) -> list[Frame]:
    """"AFP quoted X as saying", "citing X, AFP reported": X is the speaker, the outlet a relay.

    A "citing" then says nothing of its own, so its frame is dropped. One citing what is no source ("…, citing
    figures from the central bank") stays: the speaker cited the figures (PolNeAR annotates "…, citing" frames:
    24 of the 25 of its fit part)."""
    citing: set[int] = set()
    for frame in frames:
        quoted = _quoted_source(frame)
        source = quoted or _cited_source(frame)
        if source:
            frame.relays.append(Relay(relay_name(frame.speaker), "quoted" if quoted else _cue_word(frame)))
            frame.speaker = source
            if not quoted:
                citing.update(t.head.i for t in source if t.dep_ == "dobj")
    return [f for f in frames if not any(t.i in citing for t in f.cue) and not _cites_nothing_said(f)]


def _cites_nothing_said(frame: Frame) -> bool:
    """A "citing" frame that reports nothing: hung on a clause whose subject cannot cite ("A fire killed 18,
    according to Xinhua, citing local police"), or citing someone who speaks ("…, Boyette said, citing aid
    workers"), which passes their words on (a relay) rather than naming what the speaker's words rest on."""
    verb = frame.verb
    if verb.lemma_.lower() != "cite" or verb.dep_ != "advcl" or not frame.speaker:
        return False
    root = next((t for t in frame.speaker if t.head not in frame.speaker or t.head.i == t.i), frame.speaker[0])
    return not can_say(root) or any(c.dep_ == "dobj" and can_speak(c) for c in verb.children)


def _quoted_source(frame: Frame) -> list:
    """The object of an active "quoted … as saying", up to the "as"."""
    verb = frame.cue[0]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_.lower() != "quote" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    as_ = next((c.i for c in verb.children if c.lower_ == "as"), len(verb.doc))
    return phrase([t for t in objects[0].subtree if t.i < as_]) if objects else []


def _cited_source(frame: Frame) -> list:
    """"Citing sources in the security service, the Kyiv Independent reported…": sources, people, a
    document speak; an official citing figures is still the one making the claim."""
    for verb in frame.cue:
        for c in verb.children:
            if c.dep_ == "advcl" and c.lemma_.lower() == "cite":
                objects = [o for o in c.children if o.dep_ == "dobj"]
                if objects and (verb.lemma_.lower() == "report" or objects[0].lemma_.lower() in CITED_SOURCES):
                    return phrase(list(objects[0].subtree))
    return []


def _carried(outer: Frame, frames: list[Frame]) -> Frame | None:
    reporting_aside = _as_aside(outer) and outer.verb.lemma_.lower() in REPORTING_VERBS
    ahead = preposed(outer)
    if outer.content is None or not (outer.postposed or outer.kind == "according-to" or reporting_aside or ahead):
        return None
    nested = [inner for inner in frames if inner is not outer and inner.content is not None
              and inside(inner.cue_span, outer.content) and inside(inner.speaker_span, outer.content)]
    if reporting_aside or ahead:  # words only: "As the Herald reported, the council approved…" is the Herald's
        nested = [f for f in nested if f.kind == "according-to" or f.verb.lemma_.lower() in REPORTING_VERBS]
    if ahead:  # "It was reported in the Post that Duterte had told Widodo to…": the outlet's is only the carrier
        nested = [f for f in nested if not f.postposed and inside(f.content, outer.content) and f.verb.dep_ == "ccomp"
                  and f.verb.head.i in {t.i for t in outer.cue} and (_tells_a_clause(f) or impersonal(outer.verb))
                  and not _pronoun_speaker(f)]
    for inner in [f for f in nested if _spans_most(f, outer.content)] or \
            [f for f in nested if _main_clause(f, outer)]:
        return None if _contrasted(outer, inner) else inner
    return None


def preposed(frame: Frame) -> bool:
    """"Redding said two people came in and said a man was shooting", "aides said Mr. Ryan told his colleagues…":
    a report of saying whose words are another's report, set after its cue, passes that report on. It stays a
    statement of its own (annotators of news attribution mark both)."""
    verb = frame.verb
    return frame.kind == "indirect" and not frame.postposed and frame.content is not None \
        and frame.cue_span.end <= frame.content.start and verb.lemma_.lower() in REPORTING_VERBS \
        and not reports_belief(verb) and not _closes_quotation(frame) and not _as_aside(frame)


def _closes_quotation(frame: Frame) -> bool:
    """"'…,' he said during the ceremony Bai Ali Indayla said they…" (a full stop lost): a frame set after a
    quotation speaks it, whatever the parser hangs on it after."""
    text = text_of(frame.cue[0].doc)
    before = text[:min(frame.speaker_span.start, frame.cue_span.start)].rstrip()
    return before.endswith(QUOTE_CLOSERS)


def _tells_a_clause(frame: Frame) -> bool:
    """Whether a report inside another tells words of its own ("…said the driver told them he had fallen asleep"),
    not what was done by saying ("…said his client denied all the charges", "…had threatened to withhold support"),
    which the heldout2 annotation leaves inside the outer report."""
    verb = frame.verb
    if verb.dep_ == "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # "…her son, whom police say was…": the article's aside; "Manning says the paper is working
        # to fix it but added that…": a subject the parser lent it
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in verb.children)


def _pronoun_speaker(frame: Frame) -> bool:
    """"Popa said he had asked…": a pronoun is most often the outer speaker again, who passes nothing on."""
    head = _head_token(frame.speaker)
    return head is not None and head.pos_ == "PRON"


def _as_aside(frame: Frame) -> bool:
    """"As Politico reported, the party agreed…", "as Trump points out, …": a frame set in the clause it
    speaks of. Only one of reporting passes that clause on ("as lawmakers accused…, doctors warned":
    there "as" is "while")."""
    verb = frame.verb
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _main_clause(inner: Frame, outer: Frame) -> bool:
    """The passed-on report is the clause the outer frame carries, however long what leads into it
    ("But after Minning came on the scene and Grayson decided to run, he told Randolph she should
    step aside, according to numerous sources"): its verb is the one the carried words hang from,
    and its clause runs to where the outer frame's words begin. A report that is only a piece of
    the carried words ("'It is grumpy,' she said, but… 'I think he will do it,' said Kunin") or runs
    on past them is not what the outer frame passes on."""
    verb, content = inner.verb, outer.content
    if verb.pos_ not in ("VERB", "AUX") or not content.start <= verb.idx < content.end:
        return False
    if verb.head.i != verb.i and content.start <= verb.head.idx < content.end:
        return False
    over = outer.cue[0].subtree if verb not in outer.cue[0].subtree else []
    own = {t.i for t in over} | {t.i for t in outer.cue} | {t.i for t in outer.speaker}
    clause = [t for t in verb.subtree if t.i not in own and not (t.is_punct or t.is_space)]
    if not clause or any(not content.start <= t.idx < content.end for t in clause):
        return False
    return end_of(clause[-1]) >= content.end - 1


def _spans_most(inner: Frame, outer: Span) -> bool:
    """A passed-on report is most of what the outer frame carries ("X said Y, AFP reported"); a
    report inside a clause of it ("…an agreement that would see him endorse her, according to
    Democrats") is only part of the source's own statement."""
    start = min(inner.speaker_span.start, inner.cue_span.start, inner.content.start)
    end = max(inner.speaker_span.end, inner.cue_span.end, inner.content.end)
    return 2 * (min(end, outer.end) - max(start, outer.start)) >= len(outer)


def _contrasted(outer: Frame, inner: Frame) -> bool:
    """"According to Ifo, X, while DIW said Y": a second source, not the one passing X on; the
    first source's words stop where the second's clause begins."""
    text = text_of(inner.cue[0].doc)
    start = min(inner.speaker_span.start, inner.cue_span.start)
    contrast = _CONTRAST.search(text, outer.content.start, start)
    if contrast is not None:
        outer.content = Span(outer.content.start, contrast.start())
    return contrast is not None


def inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def passed_on(outer: Frame) -> Relay:
    """The hop a frame that passes a report on adds to it ("…, AFP reported": AFP, "reported")."""
    return Relay(relay_name(outer.speaker), _cue_word(outer))


def _cue_word(frame: Frame) -> str:
    return " ".join(t.text for t in frame.cue)


def relay_name(tokens: list) -> str:
    """The agency's own name: "TASS" in "Russian news agency (TASS)", "Interfax" in "the Interfax agency".
    A relay that is a person, people or a record is named by its description as written ("the Florida
    senator", "two people familiar with the meeting", "a Washington Post-ABC News survey"), without
    its article: the name inside it is only where it comes from."""
    proper = [t for t in tokens if t.pos_ == "PROPN" or t.text.isupper() and len(t.text) > 1]
    if proper and not _described(tokens):
        return " ".join(t.text for t in proper).strip()
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens).strip()


def _described(tokens: list) -> bool:
    """Whether the phrase's head is a word for a person, people or a record, not an agency's name."""
    head = _head_noun(tokens)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return names_person(lemma) or names_document(head) or lemma in written_nouns() or \
        lemma in GROUP_WORDS or lemma in SPOKES_WORDS


def names_record(tokens: list) -> bool:
    """"A Washington Post-ABC News survey", "the latest Gallup poll": a record, whoever's name is in it;
    not a statement, letter or post, which is the speaker's own way of saying it."""
    head = _head_noun(tokens)
    return head is not None and names_document(head) and head.lemma_.lower() not in written_nouns()


def _head_token(tokens: list):
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def _head_noun(tokens: list):
    head = _head_token(tokens)
    return head if head is not None and head.pos_ == "NOUN" else None


def agent_relays(frame: Frame) -> list[Relay]:
    """"was quoted as saying by the Interfax agency": the agency is a relay; so is the outlet that came by the
    papers that speak ("Court papers cited by the Journal say", "documents seen by Reuters showed")."""
    verb = frame.cue[0].head if frame.cue[0].dep_ in ("aux", "auxpass") else frame.cue[0]
    head = _head_noun(frame.speaker)
    papers = head is not None and (names_document(head) or head.lemma_.lower() in written_nouns())
    clause, agent = received_by(head) if papers else (None, [])  # "Mr. Stevens, …viewed by many…" passed on nothing
    if not agent:  # "In a letter reported by Fox, Mr. Page wrote": the paper the words are in
        clause, agent = next((found for found in map(_passed_paper, _papers_in(frame.verb)) if found[1]), (None, []))
    if agent:
        return [Relay(relay_name(agent), clause.text)]
    outlet = _printed_in(head) if papers else []
    if outlet and not {t.i for t in outlet} & {t.i for t in frame.speaker}:  # "according to a report in X": X speaks
        return [Relay(relay_name(outlet), _cue_word(frame))]
    if verb.lemma_.lower() != "quote":
        return []
    out = []
    heads = {verb.i, *(t.i for t in frame.cue)}
    for t in verb.subtree:
        if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.i in heads:
            objects = [c for c in t.children if c.dep_ == "pobj"]
            if objects:
                out.append(Relay(relay_name(list(objects[0].subtree)), "quoted"))
    return out


def _printed_in(paper) -> list:
    """"A report in The Guardian said…": the outlet that printed the report passes its words on; the report, no
    person, stays the source."""
    for prep in (c for c in paper.children if c.dep_ == "prep" and c.lower_ == "in"):
        for outlet in (o for o in prep.children if o.dep_ == "pobj"):
            if outlet.pos_ == "PROPN" and (outlet.ent_type_ == "ORG" or names_outlet(outlet)):
                return [t for t in outlet.subtree if t.ent_type_ == "ORG" or t.pos_ == "PROPN"]
    return []


def _papers_in(verb) -> list:
    """The written things a verb's "in" names ("wrote in a letter", "said in a statement")."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and (names_document(o) or o.lemma_.lower() in written_nouns())]


def _passed_paper(paper) -> tuple:
    """A paper's participle of coming by it or reporting it, and who did ("a letter reported by Fox"), hung on it or,
    as the parser often does, on the last noun of its phrase ("a letter to the committee reported by Fox")."""
    for noun in (t for t in paper.subtree if t.pos_ in ("NOUN", "PROPN")):
        clause, agent = received_by(noun, any_verb=True)
        if clause is not None and clause.lemma_.lower() in _PASSING:
            return clause, agent
    return None, []


# verbs by whose agent a paper reached the article: coming by it (``names.RECEIVING``) or reporting it
_PASSING = RECEIVING | frozenset({"report", "publish", "broadcast", "air"})  # not "released by": the writer


# the people of a force a witness tells what happened, who pass it on ("She told investigators…"): after "told
# police" (49), the hearers of "told" the GVA 500 set writes most (investigators 14, officers 14, detectives 9,
# deputies 2)
_FORCE_PEOPLE = frozenset("investigator officer detective deputy trooper".split())
_POLICE = "police"


def hearer_relays(frame: Frame) -> list[Relay]:
    """Whom the speaker told, when it passes the words on to the article: an outlet ("told Reuters", "told CNN's Jake
    Tapper", "told the paper", "in an interview with The Washington Post", "in a CNN interview", "said on MSNBC") or
    the police a witness told ("She told police…", "told investigators"). Not a person, a crowd or reporters, who
    only heard it ("told his colleagues", "told the AIPAC meeting", "told reporters")."""
    verb = frame.verb
    out = []
    for child in verb.children:
        if verb.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative"):
            out.append(_relaying_hearer(child, "told"))
        elif child.dep_ == "prep" and child.lower_ == "in":
            out += [_outlet(o, "interview") for o in _interviewers(child)]
        elif child.dep_ == "prep" and child.lower_ == "on" and verb.lemma_.lower() == "say":
            out += [_outlet(o, "said on", "grounds") for o in child.children if o.dep_ == "pobj"]
    return [relay for relay in out if relay is not None]


def _relaying_hearer(hearer, cue: str) -> Relay | None:
    lemma = hearer.lemma_.lower()
    if lemma == _POLICE or lemma in _FORCE_PEOPLE or _POLICE in body_kinds().get(lemma, ()):
        return Relay(lemma if lemma == _POLICE else hearer.lower_, cue)
    if _hearer_outlet(lemma) and hearer.is_lower and hearer.tag_ != "NNS":  # "told Channel 4": a name, read below;
        # "told media outlets": the press at large, like "told reporters"
        return Relay(_named_before(hearer) or hearer.lower_, cue)
    return _outlet(hearer, cue) or _through_ours(hearer, cue)


def _through_ours(hearer, cue: str) -> Relay | None:
    """"told our partners at NOLA.com", "tells our news partners at The Gazette": the publisher's own hearer ("our")
    heard for the body named right after it, which carried the words to this article; "told our crews" names none,
    the article's own people heard it."""
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in hearer.children):
        return None
    after = next((c for c in (*hearer.children, *hearer.head.children) if c.dep_ == "prep"
                  and c.lower_ in ("at", "with", "from") and c.i == hearer.i + 1), None)
    body = next((o for o in after.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if after else None
    return Relay(relay_name(list(body.subtree)), cue) if body is not None else None


def _hearer_outlet(lemma: str) -> bool:
    """Whether a hearer so written is a news firm, which carried the words on: "told the paper", "told the station",
    "told the outlet" (news' own word for its firms, no publisher in WordNet). An outlet stays as written: unlike
    "the newspaper", which outlet it is was named before by names the article does not read as outlets ("told
    Politico… told the outlet" gave the New York Times named earlier; "told the Japanese news outlet" AFP, not Kyodo:
    BASIL, WCEP, session 51)."""
    return lemma in publisher_nouns() or lemma in hearer_outlet_nouns()


def _named_before(noun) -> str:
    """"The Post and Courier newspaper": the name written before a kind of publisher, which says which one it is; not
    the place it is in ("a local Denver TV station")."""
    proper = [t for t in noun.subtree if t.i < noun.i and t.pos_ == "PROPN" and t.ent_type_ not in _NOT_PLATFORMS]
    return noun.doc[proper[0].i:proper[-1].i + 1].text if proper else ""


def _outlet(token, cue: str, *venues: str) -> Relay | None:
    """A named body ("Reuters", "NBC New York", an outlet's name the recogniser missed: "News 4"), or the one a person
    or a show speaks for on air ("CNN's Jake Tapper", "NBC's Meet the Press": the show is where it was said, the
    network passed it on). Not a gathering that heard the words ("told the Conservative Political Action
    Conference") nor, said on one, a ground ("said on Capitol Hill")."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ == "ORG"), None)
    if owner is not None:
        return _outlet(owner, cue)
    untagged = token.ent_type_ == "" and token.pos_ == "PROPN" and names_outlet(token)  # "told News 4"
    if token.ent_type_ != "ORG" and not untagged or _venue(token, ("gatherings", *venues)):
        return None
    if token.pos_ != "PROPN" or any(t.lower_.rstrip(".") in ROLE_WORDS for t in token.lefts):
        return None  # "the AIPAC meeting": a gathering that heard the speech; "Mr Widodo" a person the tagger missed
    if untagged:  # its channel's number is part of the name
        return Relay(" ".join(t.text for t in token.subtree if t.pos_ in ("PROPN", "NUM")), cue)
    return Relay(relay_name([t for t in token.subtree if t.ent_type_ == "ORG"]), cue)


def _venue(token, kinds: tuple[str, ...]) -> bool:
    """Whether a name ends in a word for a gathering or ground (``kinds.venue_nouns``), not in one that ends outlets'
    names ("the Boston Globe", "The Denver Post")."""
    word = token.text.split("-")[-1]
    return not nameplate_word(word) and any(word.lower() in venue_nouns()[kind] for kind in kinds)


def _interviewers(prep) -> list:
    """"in an interview with The Washington Post", "in a CNN interview": the outlet that held the interview."""
    out = []
    for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "interview"):
        out += [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
        out += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    return out


# names that say where or when, or who, never which platform ("a post on Monday", "a video on Main Street")
_NOT_PLATFORMS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT", "PERSON", "CARDINAL", "ORDINAL"})


def medium_relays(frame: Frame) -> list[Relay]:
    """The platform or recording the words came through, named or not, whatever the platform is called: "said in a
    post on Nextdoor", "in a post on its Facebook page", "said in a video on social media", "In the video, X said".
    The medium is a noun news writes for what a platform carries (``kinds.media_nouns``); unnamed, only a thing put
    out that is no writing of the speaker's own (a video, not "in a statement", which is the speaker's own way). Hung
    on the cue's verb, it is how the speaker said it, even where the parse ran the words over it."""
    out = []
    for prep in (c for c in frame.verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in media_nouns()):
            name = _platform_of(noun)
            if name is None and noun.lemma_.lower() in issued_nouns() - written_nouns():
                name = noun.lemma_.lower()
            if name:
                out.append(Relay(name, _cue_word(frame)))
    return out


def _platform_of(noun, held: bool = False) -> str | None:
    """"a post on Nextdoor": Nextdoor; "a post on its Facebook page": Facebook; "a Facebook video": Facebook. The
    name before a page or account a post is on (``held``) names its platform, even one the tagger took for a
    person's ("its Mastodon page")."""
    for on in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "to")):
        for place in (o for o in on.children if o.dep_ == "pobj"):
            named = _named(place) or (_platform_of(place, True) if place.lemma_.lower() in media_nouns() else None)
            if named:
                return named
    written = noun.lemma_.lower() in written_nouns()  # "a White House statement" the body's own, "a Twitter post" not
    return next((n for n in (_named(c, held) for c in noun.children if c.dep_ == "compound")
                 if n and (not written or n in PLATFORMS)), None)


def _named(token, person: bool = False) -> str | None:
    excluded = _NOT_PLATFORMS - {"PERSON"} if person else _NOT_PLATFORMS
    if token.pos_ != "PROPN" or token.ent_type_ in excluded:
        return None
    return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN" and t.ent_type_ not in excluded) or None


def platform_relays(text: str, frame: Frame, content: Span | None) -> list[Relay]:
    """Twitter, Telegram… named in the attribution clause (not inside the reported words), hung on its cue."""
    out = []
    cue = _cue_word(frame)
    platform = _VERB_PLATFORM.get(frame.cue[-1].lemma_.lower()) or next(
        (_VERB_PLATFORM[t.lemma_.lower()] for t in frame.speaker if t.lemma_.lower() in _VERB_PLATFORM), None)
    if platform:
        out.append(Relay(platform, cue))
    doc = frame.cue[0].doc
    for m in _PLATFORM.finditer(text, frame.unit.start, frame.unit.end):
        if content is not None and content.start <= m.start() < content.end:
            continue
        token = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if token is None or not _carries_cue(token.root, frame):
            continue
        relay = Relay(m.group(1), cue)
        if all(r.name != relay.name for r in out):
            out.append(relay)
    return out


def _carries_cue(token, frame: Frame) -> bool:
    """Whether a platform's name is how the words were said ("On Twitter, X said", "said in a statement posted on
    Facebook", "said on Twitter, where she posted…"): its phrase hangs on the cue, or on the clause a participle's cue
    tells of ("celebrated on Twitter, writing that…", "On Twitter, they had posts, both saying…"). One owning the speaker
    ("Twitter's Adam Sharp wrote") is the speaker's employer, one in another clause ("he insisted…, a wayward Twitter
    message had become…") another matter, and a platform that speaks relays nothing."""
    if token.i == getattr(_head_token(frame.speaker), "i", None):
        return False
    cue = {t.i for t in frame.cue} | _told_of(frame.verb)
    while token.i not in cue:
        if token.dep_ == "poss" or token.head.i == token.i or token.pos_ in ("VERB", "AUX") and token.dep_ != "acl":
            return False
        token = token.head
    return True


def _told_of(verb) -> set[int]:
    """The cue's verb, the clauses its participle or infinitive tells of up to the first that stands on its own
    ("lashed out on Twitter, calling… and threatening…", "took to Twitter to say"), and the noun a reporting relative clause describes ("Twitter, where she
    posted")."""
    told = {verb.i}
    while verb.dep_ in ("conj", "advcl", "xcomp") or verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("pcomp", "acl"):
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        told.add(verb.i)
    if verb.dep_ == "relcl":
        told.add(verb.head.i)
    return told
