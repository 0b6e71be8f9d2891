"""Turn the noun phrase that names a speaker into a name, a role and a kind.

"Mariupol Mayor Vadim Boychenko" is the person "Vadim Boychenko" in the role "Mariupol Mayor";
"A spokesman for the Ukrainian Ministry of Defense" speaks for the organisation; "he" and
"the ministry" are references, resolved later against earlier speakers of the document.
"""
from __future__ import annotations

from dataclasses import dataclass

ROLE_WORDS = frozenset("""
mayor deputy prime minister president vice general major colonel lieutenant captain commander
spokesman spokeswoman spokesperson adviser advisor secretary foreign defence defense interior
chief head leader negotiator governor senator ambassador envoy official officer director chairman
chairwoman chair presidential presidency king queen prince pope premier chancellor sheikh
representative deputy-head ombudsman prosecutor attorney judge mr mrs ms dr sir lord lady
senior former acting first lawmaker mp councillor
""".split())
ORG_WORDS = frozenset("""
ministry office army military government kremlin agency council parliament police forces command service
committee court administration department bureau authority commission staff navy guard embassy
cabinet company corporation organisation organization union party institute news channel
newspaper tass reuters afp interfax ria bbc cnn un nato eu
bank watchdog regulator association federation firm university hospital board network
""".split())
GROUP_WORDS = frozenset("""
officials authorities politicians agencies sources residents witnesses experts analysts people
soldiers troops leaders diplomats lawmakers observers activists media reports
""".split())
SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson representative official officials source sources".split())
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam"})
WRITTEN = frozenset("tweet post statement message letter note communique communiqué headline".split())
PERSON_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person"}
THING_PRONOUNS = {"it": "organisation", "they": "group", "we": "group"}
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
COUNTRY_ADJECTIVES = {
    "russia": "russian", "ukraine": "ukrainian", "america": "american", "china": "chinese",
    "france": "french", "germany": "german", "britain": "british", "poland": "polish",
    "estonia": "estonian", "latvia": "latvian", "lithuania": "lithuanian", "belarus": "belarusian",
    "turkey": "turkish", "israel": "israeli", "iran": "iranian", "japan": "japanese",
    "finland": "finnish", "sweden": "swedish", "us": "american", "uk": "british",
}


@dataclass
class SpeakerName:
    name: str
    role: str | None
    kind: str  # person | organisation | group | unknown
    reference: bool = False  # a pronoun or a description to resolve against earlier speakers


def describe(tokens: list, doc_words: dict[str, int]) -> SpeakerName:
    """Name, role and kind of the speaker phrase ``tokens`` (spaCy tokens, in order)."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    if not tokens:
        return SpeakerName("", None, "unknown", True)
    if len(tokens) > 2 and tokens[-1].lemma_.lower() in WRITTEN and tokens[-2].lower_ in ("'s", "’s"):
        tokens = tokens[:-2]  # "Arestovych's tweet"
    words = [t.lower_ for t in tokens]
    if len(tokens) == 1 and words[0] in PERSON_PRONOUNS:
        return SpeakerName(tokens[0].text, None, "person", True)
    if len(tokens) == 1 and words[0] in THING_PRONOUNS:
        return SpeakerName(tokens[0].text, None, THING_PRONOUNS[words[0]], True)
    run = _name_run(tokens, doc_words)
    if run:
        name = " ".join(t.text for t in run)
        role = _role_text(tokens, run)
        if _is_org(run, tokens):
            return SpeakerName(_strip_det(tokens), None, "organisation")
        return SpeakerName(name, role, "person")
    return _common_phrase(tokens)


def _name_run(tokens: list, doc_words: dict[str, int]) -> list:
    """The proper name heading a phrase (or the last one before any apposition), titles cut off."""
    head = _head(tokens)
    named = [t for t in tokens if t.dep_ == "appos" and _is_name_token(t) and t.head in tokens]
    fallback = not _is_name_token(head)
    if fallback and named:
        head, fallback = named[0], False
    if not fallback:
        end = tokens.index(head) + 1
    else:
        end = next((i for i, t in enumerate(tokens) if t.text == ","), len(tokens))
        while end and not _is_name_token(tokens[end - 1]):
            end -= 1
    if end == 0 or tokens[end - 1].lower_ in ORG_WORDS and tokens[end - 1].ent_type_ != "PERSON":
        return []
    start = end
    while start and _is_name_token(tokens[start - 1]) and tokens[start - 1].lower_ not in ROLE_WORDS \
            and tokens[start - 1].text[:1].isupper():  # "secretary of state Antony Blinken"
        candidate = tokens[start - 1]
        if end - start >= 2 and (doc_words.get(candidate.text, 0) > 1 or candidate.ent_type_ in ("GPE", "LOC", "NORP")):
            break  # a place or title used on its own elsewhere ("Mariupol Serguiï Volyna")
        start -= 1
    run = tokens[start:end]
    if fallback and (len(run) < 2 and not any(t.ent_type_ == "PERSON" for t in run) or _employer_object(run)):
        return []
    if any(t.ent_type_ in ("GPE", "NORP") for t in run) and not any(t.ent_type_ == "PERSON" for t in run):
        return []
    return run if end == len(tokens) or tokens[end].dep_ in ("appos", "punct", "prep") else []


def _employer_object(run: list) -> bool:
    """"Analysts at Fitch Ratings": the name after "at" is where the speakers work, not who they are."""
    return run[-1].dep_ == "pobj" and run[-1].head.lower_ == "at" and run[-1].ent_type_ != "PERSON"


def _is_name_token(t) -> bool:
    return t.pos_ == "PROPN" or (t.text[:1].isupper() and t.ent_type_ in ("PERSON", "ORG") and not t.is_sent_start)


def _is_org(run: list, tokens: list) -> bool:
    titled = any(t.lower_ in ROLE_WORDS for t in tokens if t.i < run[0].i)
    if (titled or any(t.ent_type_ == "PERSON" for t in run)) and run[-1].lower_ not in ORG_WORDS:
        return False
    last = run[-1]
    return last.lower_ in ORG_WORDS or last.ent_type_ in ("ORG", "GPE", "NORP") or (
        len(run) == 1 and last.text.isupper())


def _role_text(tokens: list, run: list) -> str | None:
    before = [t for t in tokens if t.i < run[0].i]
    after = [t for t in tokens if t.i > run[-1].i]
    before = [t for t in before if t.lower_.rstrip(".") not in HONORIFICS]
    while before and before[0].lower_ in DETERMINERS:
        before = before[1:]
    while before and before[-1].is_punct:
        before = before[:-1]
    while after and (after[0].is_punct or after[0].dep_ == "punct"):
        after = after[1:]
    after = after[:next((i for i, t in enumerate(after) if t.text == ","), len(after))]
    while after and after[0].lower_ in DETERMINERS:
        after = after[1:]
    parts = [_text(before), _text(after)]
    role = ", ".join(p for p in parts if p)
    return role or None


def _common_phrase(tokens: list) -> SpeakerName:
    head = _head(tokens)
    name = _strip_det(tokens)
    organisations = [t for t in tokens if t.lower_ in ORG_WORDS or t.ent_type_ == "ORG"]
    definite = tokens[0].lower_ in DETERMINERS and tokens[0].lower_ not in ("a", "an")
    if head.lower_ in SPOKES_WORDS and organisations:
        org = _org_phrase(tokens, head)
        return SpeakerName(org, _text([t for t in tokens if t.i <= head.i and t.lower_ not in DETERMINERS]),
                           "organisation")
    if head.lower_ in ORG_WORDS or head.ent_type_ in ("ORG", "GPE"):
        return SpeakerName(name, None, "organisation", reference=definite and _all_common(tokens))
    if head.tag_ in ("NNS", "NNPS") or head.lower_ in GROUP_WORDS:
        return SpeakerName(name, None, "group")
    if head.lower_ in ROLE_WORDS or head.lower_ in ("source", "sources"):
        return SpeakerName(name, None, "person" if head.lower_ in ROLE_WORDS else "unknown", reference=definite)
    return SpeakerName(name, None, "unknown", reference=definite)


def _org_phrase(tokens: list, head) -> str:
    """The organisation inside "a spokesman for the Ukrainian Ministry of Defense"."""
    for prep in head.children:
        objects = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" else []
        if objects and prep.lower_ in ("for", "of", "at", "in"):
            return _strip_det(list(objects[0].subtree))
    return _text([t for t in tokens if t.i < head.i and t.lower_ not in ROLE_WORDS | DETERMINERS]) or _strip_det(tokens)


def _all_common(tokens: list) -> bool:
    return not any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") and t.lower_ not in ORG_WORDS
                   and t.lower_ not in ROLE_WORDS for t in tokens)


def _head(tokens: list):
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1]


def _strip_det(tokens: list) -> str:
    while tokens and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    return _text(tokens)


def _text(tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)].strip()


def nationality(word: str) -> str:
    """'Russia', "Russia's" and 'Russian' all give 'russian'."""
    w = word.lower().removesuffix("'s").removesuffix("’s")
    return COUNTRY_ADJECTIVES.get(w, w)
