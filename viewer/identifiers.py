"""Documents, claims, attributions and speakers as a researcher names them on the command line
(d3, c12, a7, "Vadym Boichenko"), checked against the corpus.

A name that matches nothing is refused with the closest ones the corpus holds, never recorded or
ignored: a correction naming nobody would report success and change nothing.
"""
from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence

from viewer.analysis import store
from viewer.analysis.model import UNNAMED, unsaid_label
from viewer.corpus.store import Corpus
from viewer.excerpts import cut_at_word

WHAT = {"d": "document", "c": "claim", "a": "attribution"}


class UnknownName(ValueError):
    """Something named on the command line that the corpus does not hold (the message says what it has)."""


def parse_ids(value: str | None, prefix: str, option: str = "") -> list[int] | None:
    """'d1,d3' or '1,3' → [1, 3]; a claim also as the window and reports name it, '[3]'; None or '' stays None
    (meaning all). A repeated id is refused."""
    if not value:
        return None
    ids: list[int] = []
    for part in value.split(","):
        cleaned = part.strip().lower().removeprefix(prefix)
        if prefix == "c" and cleaned[:1] == "[" and cleaned[-1:] == "]":
            cleaned = cleaned[1:-1].strip()
        if not cleaned.isdigit():
            shown = f"{prefix}1 or [1]" if prefix == "c" else f"{prefix}1"
            raise ValueError(f"{part.strip()!r} is not {_article(prefix)} id like {shown}")
        if int(cleaned) in ids:
            where = f" in {option}" if option else ""
            raise ValueError(f"{prefix}{int(cleaned)} is given twice{where}; name each {WHAT[prefix]} once")
        ids.append(int(cleaned))
    return ids


def closest_ids(wanted: int, known: Sequence[int], prefix: str, count: int = 3) -> str:
    """'closest: c41, c40, c39; 42 claims in all' — what to say beside an unknown id."""
    if not known:
        return f"the corpus holds no {WHAT[prefix]}s"
    nearest = sorted(known, key=lambda i: (abs(i - wanted), i))[:count]
    listed = ", ".join(f"{prefix}{i}" for i in nearest)
    return f"closest: {listed}; {len(known)} {WHAT[prefix]}{'s' if len(known) != 1 else ''} in all"


def check_ids(wanted: Iterable[int], known: Sequence[int], prefix: str) -> None:
    """Refuse the first id the corpus does not hold, saying which ones it does."""
    have = set(known)
    for i in wanted:
        if i not in have:
            raise UnknownName(f"no {WHAT[prefix]} {prefix}{i} in this corpus ({closest_ids(i, sorted(have), prefix)})")


def check_documents(corpus: Corpus, ids: Iterable[int]) -> None:
    check_ids(ids, corpus.document_ids(), "d")


def check_claims(corpus: Corpus, ids: Iterable[int]) -> None:
    check_ids(ids, store.claim_ids(corpus), "c")


def attribution_labels(corpus: Corpus) -> dict[int, str]:
    """Each attribution's id in every export ("a7"): its place in reading order over the corpus,
    not its row id, which re-analysis renumbers, so two exports of one corpus agree."""
    return {a.id: f"a{number}" for number, a in enumerate(store.attributions(corpus), start=1)}


def attribution_numbered(corpus: Corpus, label: str) -> store.StoredAttribution:
    """'a7' → the attribution the exports call a7."""
    number = label.strip().lower().removeprefix("a")
    if not number.isdigit():
        raise ValueError(f"{label!r} is not an attribution id like a7")
    found = store.attributions(corpus)
    if not 1 <= int(number) <= len(found):
        check_ids([int(number)], range(1, len(found) + 1), "a")
    return found[int(number) - 1]


def attribution_at(corpus: Corpus, document_id: int, start: int, end: int) -> store.StoredAttribution:
    """The attribution whose content is exactly this passage, or an error naming the nearest ones."""
    check_documents(corpus, [document_id])
    found = store.attributions(corpus, document_id)
    for a in found:
        if (a.content.start, a.content.end) == (start, end):
            return a
    nearest = sorted(found, key=lambda a: abs(a.content.start - start))[:3]
    listed = ", ".join(f"d{document_id}:{a.content.start}-{a.content.end}" for a in nearest) or "none in that document"
    raise UnknownName(f"no attribution has the content d{document_id}:{start}-{end} (closest: {listed})")


def speaker_name(corpus: Corpus, name: str) -> str:
    """The speaker's name as the corpus spells it, matched regardless of case; unknown names are refused."""
    names = _speaker_names(corpus)
    folded = {n.casefold(): n for n in names}
    if name.strip().casefold() in folded:
        return folded[name.strip().casefold()]
    close = difflib.get_close_matches(name.strip(), names, n=3, cutoff=0.5)
    close += [n for n in names if name.strip().casefold() in n.casefold() and n not in close][: 3 - len(close)]
    hint = "closest: " + ", ".join(f"“{n}”" for n in close) if close else f"none is close; {len(names)} names in all"
    raise UnknownName(f"no speaker called “{name}” in this corpus ({hint})")


def known_word(word: str, choices: Sequence[str], what: str) -> str:
    """``word`` when it is one of ``choices``; otherwise an error naming the closest and the rest."""
    if word in choices:
        return word
    close = difflib.get_close_matches(word, choices, n=2, cutoff=0.6)
    hint = f"closest: {', '.join(close)}; " if close else ""
    raise UnknownName(f"no {what} “{word}” ({hint}{what}s are {', '.join(choices)})")


def describe_target(corpus: Corpus, kind: str, key: str, claim_named: Callable[[int], str]) -> str:
    """What a note or tag is on, in words: "Claim [3]: 1,026 servicemen surrendered", not "c3"; its claim
    ``claim_named`` (`provenance.wording.claim_label`, a layer above this one)."""
    from viewer.corpus import notes

    try:
        if kind == "document":
            document = corpus.document(int(key.removeprefix("d")), with_text=False)
            return f"Document {key}: {document.title or document.source_path}"
        if kind == "claim":
            claim_id = notes.parse_claim_key(key)
            found = store.claims(corpus, [claim_id])
            named = claim_named(claim_id)
            return f"Claim {named}: {cut_at_word(found[0].named, 90)}" if found else f"Claim {named} (no longer found by the analysis)"
        document_id, start, end = notes.parse_span_key(key)
        said = corpus.document(document_id).text[start:end]
        if kind == "passage":
            return f"Passage of d{document_id}: “{cut_at_word(said, 90)}”"
        found = next((a for a in store.attributions(corpus, document_id) if (a.content.start, a.content.end) == (start, end)),
                     None)
        speaker = found.shown_speaker if found else UNNAMED
        if found is not None and not found.made:  # "Police did not say: …" is no statement of theirs
            return f"Report that {speaker} {unsaid_label(found.negation)}, in d{document_id}: “{cut_at_word(said, 90)}”"
        return f"Statement by {speaker} in d{document_id}: “{cut_at_word(said, 90)}”"
    except (KeyError, ValueError, IndexError):
        return f"{kind} {key} (no longer in the corpus)"


def _speaker_names(corpus: Corpus) -> list[str]:
    """Canonical names, their aliases and every surface name an attribution gives."""
    names: list[str] = []
    for s in store.speakers(corpus):
        names += [s.name, *s.aliases]
    names += [a.speaker_name for a in store.attributions(corpus) if a.speaker_name]
    return list(dict.fromkeys(names))


def _article(prefix: str) -> str:
    return "an" if WHAT[prefix][0] in "aeiou" else "a"
