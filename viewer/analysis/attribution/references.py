"""Resolve speaker phrases inside one document: "he", "the ministry", "the Crimea head", "Russia".

Each reference takes the nearest earlier speaker it is compatible with (a person for he/she,
an organisation for it and "the ministry", a description matched against earlier names and
roles); a surname alone takes the full name used earlier; a country speaking stands for the
body of that country named in the same paragraph ("Russia said…; the Russian defence
ministry spokesman said…").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from viewer.analysis.attribution.antecedents import subject_above
from viewer.analysis.attribution.copula_roles import copula_roles
from viewer.analysis.attribution.descriptions import ABBREVIATED as _ABBREVIATED
from viewer.analysis.attribution.descriptions import described_person, introduced_next, named_after
from viewer.analysis.attribution.expletives import expletive
from viewer.analysis.attribution.force_pronouns import force_pronoun
from viewer.analysis.attribution.forces import (
    bare_force, bare_members, forces_by_kind, members_force, qualified_members_force, single_forces,
)
from viewer.analysis.attribution.issuers import issuers_before
from viewer.analysis.attribution.negation import negation_of
from viewer.analysis.attribution.pronoun_genders import pronoun_genders
from viewer.analysis.attribution.unnamed_bodies import body_epithets, body_subject, described_body
from viewer.analysis.attribution.unnamed_pronouns import continued_description, described_subject, introduces
from viewer.analysis.force_members import members_in_plural
from viewer.analysis.generations import GENERATIONS
from viewer.analysis.model import Attribution
from viewer.analysis.nlp import text_of
from viewer.analysis.person_names import SUFFIXES, given_name_sex
from viewer.analysis.segment import ParsedDocument
from viewer.analysis.speakers.given_names import is_given_name
from viewer.analysis.speakers.kinds import (
    body_kinds, names_document, names_person, owned_nouns, publisher_nouns, sexed_nouns, written_nouns,
)
from viewer.analysis.speakers.names import (
    DETERMINERS, HONORIFICS, ORG_NAMES, ORG_WORDS, ROLE_WORDS, TITLES, SpeakerName, describe, described, nationality,
)
from viewer.corpus.spans import Span
from viewer.corpus.stop_words import stop_words

_WORD = re.compile(r"[\w’']+")
_IGNORED = DETERMINERS | {"same", "'s", "’s", "of", "for"}
_AGE = re.compile(r"\b\d+-year-old\b")  # "the 45-year-old": the person just named
_GENDER = {"she": "f", "her": "f", "his": "m", "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "he": "m", "him": "m", "mr": "m",
           "sir": "m"}
_SUBJECTS = ("nsubj", "nsubjpass")
_SPOKES = ("spokes", "representative")


def resolve_references(parsed: ParsedDocument, items: list, further: list[Span] = ()) -> list[Attribution]:
    """Attributions with names resolved; ``items`` are (kind, content, frame, relays) in reading order,
    ``further`` the quoted passages that go on under a statement's frame ("'A,' he said. 'B.'": B)."""
    doc = parsed.doc
    counts = Counter(t.text for t in doc if t.text[:1].isupper() and t.ent_type_ != "PERSON")
    names = [_described(frame.named or frame.speaker, counts) for _, _, frame, _ in items]
    roles = copula_roles(doc)
    people = [(at, _with_role(n, roles)) for at, n in _people(doc, counts)]
    bodies = _bodies(doc, counts)
    named_bodies = _named_bodies(doc, counts)
    mentioned = _mentioned_people(doc, counts)
    history: list[tuple[int, SpeakerName]] = []
    quoted: set[str] = set()  # the people quoted so far
    named_at: dict[str, int] = {}  # where each speaker was last named, not referred to ("it", "the paper")
    genders = pronoun_genders(doc, people)  # "Malijha Grant died after she was shot": no later "he"
    titles = _titles(doc, [n for _, n in people + mentioned] + names)
    one_force = any(bare_force(n) or n.name.lower() == "they" for n in names) or \
        any(bare_members(frame.named or frame.speaker) for _, _, frame, _ in items)
    every_force = forces_by_kind(doc) if one_force or any(members_in_plural(t.lower_) for _, _, frame, _ in items
                                                          for t in frame.named or frame.speaker) else {}
    forces = single_forces(every_force) if one_force else {}
    shown = []
    introducing = {frame.speaker_span.start for _, _, frame, _ in items if introduces(frame.named or frame.speaker)}
    for (kind, content, frame, relays), name in zip(items, names):
        at = frame.speaker_span.start
        in_full = None  # the name a pronoun's person is shown by; who it is was decided before
        gender = _gender(frame.named or frame.speaker)
        earlier = _nearest_first(at, history, people)
        owned = _owned_by_pronoun(frame.named or frame.speaker)
        if owned is not None and not name.unnamed:  # "his campaign": the campaign of the person "his" stands for
            owner_sex = _GENDER[owned.lower_]
            earlier_people = sorted(history + [(position, n) for position, n in _outside(people + _owners_named(doc, counts),
                                                                                        _reported_words(items, frame) + list(further)) if position < at],
                                    key=lambda item: -item[0])
            fitting = [(position, n) for position, n in earlier_people
                       if n.kind == "person" and not n.reference and _gender_fits(n, owner_sex, genders, titles)]
            sure = fitting and _known_gender(fitting[0][1], genders, titles) and \
                not _other_owner(doc, fitting[0][0], at, fitting[0][1])
            resolved = _owners(name, owned, [fitting[0][1]] if sure else [])
        elif name.reference and any(expletive(t) for t in frame.named or frame.speaker):
            resolved = name  # "It is unclear whether…", "it was reported that…": no one, not the body named before
        elif name.reference and name.name.lower() in ("he", "she") and (continued := continued_description(
                at, history, _outside(people, _reported_words(items, frame) + list(further)), gender, text_of(doc),
                introducing, _described_sex)):
            resolved = continued  # "A 13-year-old passenger told police…. He says…": still the passenger
        elif name.reference and name.name.lower() in ("he", "she") and (continued := described_subject(
                doc, at, gender, [p for p, _ in history + people if p < at],
                _reported_words(items, frame) + list(further) + [content])):
            resolved = continued  # "The boy's 8-year-old sister found the shotgun…. She testified"
        elif name.reference and (body := body_subject(doc, at, name.name, _reported_words(items, frame) + list(further))):
            resolved = body  # "A federal jury convicted him on Monday. It said…"
        elif name.reference and (name.name.lower() in _GENDER or _AGE.search(name.name)):
            candidates = _nearest_first(at, history, _outside(people, _reported_words(items, frame) + list(further)))
            fitting = [n for n in candidates if _gender_fits(n, gender, genders, titles)]
            talked_of = _talked_of(doc, content, people, history)
            resolved = _resolve(name, [n for n in fitting if n.name not in talked_of])
            if resolved.reference:
                resolved = _resolve(name, fitting)
            resolved = _spoken_for(resolved, doc, gender, genders, titles)
            if not resolved.reference:  # "he" taken for the "Ryan" of "what Ryan highlighted": Tim Ryan
                in_full = _in_full(resolved, earlier, mentioned, gender, genders, titles, at, doc)
        elif bare_force(name) in forces:  # "police said", "a navy spokesman": the one such force the article names
            resolved = SpeakerName(forces[bare_force(name)].name, name.role, "organisation")
        elif (force := members_force(frame.named or frame.speaker, forces)) is not None:  # "deputies said"
            resolved = SpeakerName(force.name, name.role, "organisation")
        elif (force := qualified_members_force(frame.named or frame.speaker, every_force)) is not None:
            resolved = SpeakerName(force.name, name.role, "organisation")  # "Anson County deputies said"
        elif name.reference:  # an office ("the president") may be someone named but not yet quoted
            resolved = _resolve(name, earlier if name.kind == "person" else _nearest_bodies(name, history, bodies, at))
            if resolved.reference and name.unnamed and (described_by := body_epithets(frame.named or frame.speaker)):
                resolved = _resolve(name, _nearest_bodies(name, history, bodies, at), described_by)  # "the independent panel"
            if resolved.reference and name.kind == "person":  # "the president" after "President Trump's decision"
                resolved = _resolve(name, [n for start, n in reversed(mentioned) if start < at])
            epithets = _epithets(frame.speaker) if resolved.reference and name.kind == "person" else set()
            if epithets:  # "the somber president": the office holder named before, with the same title
                titled = [n for n in earlier + [n for start, n in reversed(mentioned) if start < at]
                          if _titles_agree(name, n)]
                resolved = _resolve(name, titled, epithets)
            if resolved.reference and name.kind in ("person", "unknown"):  # "the Texas lawmaker": the person just spoken of
                resolved = described_person(frame.named or frame.speaker, [n for _, n in reversed(history)],
                                            [n for _, n in people + mentioned]) or resolved
            if resolved.reference and _generic_body(name):  # further back: speakers, and bodies named so
                resolved = _resolve(name, [n for _, n in sorted(history + [b for b in bodies if b[0] < at
                                                                           and _named_so(name, b[1])],
                                                                key=lambda item: -item[0])])
            if resolved.reference and name.kind == "document":  # "Acme issued a press release. The press release said"
                resolved = _resolve(name, [n for _, n in sorted(history + issuers_before(doc, counts, at),
                                                                key=lambda item: -item[0])])
            if resolved.reference and _outlet_word(frame.named or frame.speaker):
                resolved = _outlet(name, [n for _, n in reversed(history)], named_at,
                                   _kind_of_same_noun(frame.named or frame.speaker))
            if resolved.reference and (force := force_pronoun(frame.speaker, forces)) is not None:
                resolved = SpeakerName(force.name, None, "organisation")  # "As officers arrived, they found…"
        else:
            resolved = _in_full(name, earlier, mentioned, gender, genders, titles, at, doc)
            if kind == "direct":  # "'…,' Allen said": the mother quoted before, not her son named since
                before = [n for n in _nearest_first(at, history, [])
                          if n.name in quoted and _gender_fits(n, gender, genders, titles)]
                resolved = _quoted_before(name, resolved, before)
        if _short_form(resolved) and _determined(frame.named or frame.speaker):  # "The Journal" after "The Wall Street Journal"
            resolved = _body_in_full(resolved, named_bodies, at)
        if resolved.kind == "organisation" and _is_country(frame.named or frame.speaker):
            resolved = _country_body(text_of(doc), frame, resolved, items, names)
        if gender and resolved.kind == "person":
            genders.setdefault(resolved.name, gender)
        resolved = _with_role(resolved, roles)
        history.append((at, resolved))
        if kind == "direct":
            quoted.add(resolved.name)
        if not name.reference:
            named_at[resolved.name] = at
        shown.append(_given_name(in_full or resolved, mentioned, doc))
    shown = _named_after(shown)
    for k in range(len(shown) - 1):  # "A Moncks Corner man says…", named in the next paragraph
        frame, later = items[k][2], items[k + 1][2]
        if not _named_person(shown[k]) and introduced_next(frame.named or frame.speaker, shown[k + 1],
                                                           later.named or later.speaker):
            shown[k] = SpeakerName(shown[k + 1].name, shown[k + 1].role, "person")
    for k, (_, _, frame, _) in enumerate(items):
        shown[k] = _described_antecedent(frame, shown[k], counts)
    return [Attribution(kind=kind, content=content, speaker=_speaker_words(frame, name), speaker_name=_named(name),
                        cue=frame.cue_span, speaker_role=name.role, speaker_kind=name.kind, via=relays,
                        negation=negation_of(frame))
            for (kind, content, frame, relays), name in zip(items, shown)]


def _described(speaker: list, counts: Counter) -> SpeakerName:
    """The speaker phrase as ``describe`` reads it, a body it describes and does not name shown as unnamed
    ("an advisory panel": ``unnamed_bodies``); a country ("the nation") and a force ("the police") keep their rules."""
    name = describe(speaker, counts)
    return name if _is_country(speaker) or bare_force(name) else described_body(speaker, name)


def _described_antecedent(frame, shown: SpeakerName, counts: Counter) -> SpeakerName:
    """A "they" or "its" that named no one, as the description its own sentence gives it
    (attribution/antecedents.py). Its words stay the pronoun, as a "he" taken for someone does."""
    words = [t for t in frame.named or frame.speaker if not t.is_punct]
    tokens = subject_above(words[0]) if len(words) == 1 and not _named(shown) and not expletive(words[0]) else None
    described = _described(tokens, counts) if tokens else None
    return described if described is not None and described.name else shown


def _named_person(name: SpeakerName) -> bool:
    return name.kind == "person" and not name.reference and not name.unnamed and not described(name.name)


def _with_role(name: SpeakerName, roles: dict[str, str]) -> SpeakerName:
    """A person the article gives no role where they are named, with the role a copula gives them
    elsewhere ("Petrenko, who is the ministry's spokesman, said"): what a later "the spokesman" finds."""
    if name.kind != "person" or name.role or name.reference or name.unnamed or described(name.name):
        return name
    words = name.name.split()
    role = roles.get(words[-1].lower()) if words else None
    return replace(name, role=role) if role else name


def _owned_by_pronoun(speaker: list):
    """The "his" or "her" of "his campaign", "her office": a pronoun owning one body, a noun PolNeAR's
    annotators marked as a source after "his" or "her" that names no person or document; else None.
    Such a phrase kept as it stands names every campaign of every article the same."""
    words = [t for t in speaker if not t.is_punct]
    if len(words) != 2 or words[0].lower_ not in ("his", "her") or words[0].dep_ != "poss":
        return None
    noun = words[1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lower_ not in owned_nouns() or names_person(noun.lemma_) \
            or names_document(noun):
        return None
    return words[0]


def _owners(name: SpeakerName, pronoun, people: list[SpeakerName]) -> SpeakerName:
    """"His campaign" as the campaign of ``people[0]``, by the surname the news writes it with
    ("Blumenthal's campaign"); left as it was without one. The caller gives the nearest earlier person
    "his" (or "her") may be only when the article says that person is a man (a woman): the nearest
    being of unknown sex, a farther one who fits is no safer guess, and a wrong owner is worse than none."""
    if not people:
        return name
    words = [w for w in people[0].name.split() if w.lower().rstrip(".") not in SUFFIXES]
    return SpeakerName(f"{words[-1]}'s {pronoun.head.text}", None, name.kind)


def _speaker_words(frame, name: SpeakerName) -> Span:
    """Where the article says who spoke. For an unnamed source behind a relative pronoun that is the
    description the pronoun stands for ("a port employee, who asked not to be named, told AFP"), with
    the pronoun when nothing sets the clause off ("voters who said"): "who" alone says no kind of
    source, and no speaker's name is left to say it."""
    named, pronoun = frame.named, frame.speaker[0]
    if not name.unnamed or not named or named[-1].i >= pronoun.i:
        return frame.speaker_span
    if pronoun.i and pronoun.doc[pronoun.i - 1].text == ",":  # "a port employee, who asked…": the description
        return Span(named[0].idx, named[-1].idx + len(named[-1].text))
    return Span(named[0].idx, frame.speaker_span.end)  # "voters who said": the words name them together


def _named_after(shown: list[SpeakerName]) -> list[SpeakerName]:
    """A description of someone's role ("Grimm's lawyer") shown by the name the article gives that role
    later, or else before ("Strzok attorney Aitan Goelman said … Strzok's attorney blasted the bureau"):
    news names a lawyer or spokesman once and then writes whose they are."""
    out = []
    for i, name in enumerate(shown):
        unnamed = name.kind in ("person", "unknown") and (name.reference or described(name.name))
        later = named_after(name, shown[i + 1:]) or named_after(name, shown[:i]) if unnamed else None
        if later:  # an unnamed source's role is its description, not the office of the one named later
            name = SpeakerName(later.name, later.role if name.unnamed else name.role or later.role, "person")
        out.append(name)
    return out


def _in_full(name: SpeakerName, earlier: list[SpeakerName], mentioned: list[tuple[int, SpeakerName]],
             gender: str | None, genders: dict[str, str], titles: _Titles, at: int, doc) -> SpeakerName:
    """A lone surname as the full name of the person the article named so before: the nearest earlier
    speaker, else the first person it named in full with that surname ("Mr. Trump" is not Melania)."""
    resolved = _expand_surname(name, [n for n in earlier if _gender_fits(n, gender, genders, titles)])
    if resolved is name:
        sure = gender is not None and _titled_both_ways(doc, _bare(name.name))
        fitting = [(start, n) for start, n in mentioned if _gender_fits(n, gender, {}, titles)
                   and (not sure or _known_gender(n, {}, titles) == gender)]
        resolved = _expand_surname(name, _only_full_name(name, fitting, at, doc))
    return resolved


def _quoted_before(name: SpeakerName, resolved: SpeakerName, quoted: list[SpeakerName]) -> SpeakerName:
    """A surname alone under a quotation is a person of that surname quoted before, when the article named in full
    since only someone it never quoted: the quotations go on in one voice."""
    in_quotes = _expand_surname(name, [SpeakerName(n.name, None, n.kind) for n in quoted])
    return in_quotes if in_quotes is not name and resolved.name not in {n.name for n in quoted} else resolved


def _titled_both_ways(doc, surname: str) -> bool:
    """"Mr. Khan" and "Ms. Khan" in one article: two people of the surname, a man and a woman. A titled surname
    then takes a full name it was not last said of only when the article says that person's sex; a given name
    the table of names does not hold ("Ghazala") says none, and "Mr. Khan" took Ghazala Khan, the one Khan the
    article named in full."""
    sexes = {_HONORIFIC_GENDER.get(t.lower_.rstrip(".")) for t in doc[:-1] if doc[t.i + 1].text == surname}
    return {"m", "f"} <= sexes


def _people(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    """People named as the subject of a sentence: what "he" or "Ms Cole" may point back to."""
    out = []
    for ent in doc.ents:
        root = ent.root
        if ent.label_ == "PERSON" and (root.dep_ in _SUBJECTS or root.dep_ == "appos" and root.head.dep_ in _SUBJECTS):
            name = describe(_titled(ent), counts)
            if name.kind == "person" and not name.reference:
                out.append((ent.start_char, name))
    out += [(t.idx, SpeakerName(t.text, None, "person")) for t in doc if _relative_named(t)]
    return sorted(out, key=lambda item: item[0])


def _titled(ent) -> list:
    """A person's name with the title written before it ("President Biden"), which the recogniser
    leaves out: what "the president" later points back to."""
    start, doc = ent.start, ent.doc
    while start > 0 and start - 1 <= doc[start - 1].head.i < ent.end and \
            (doc[start - 1].lower_.rstrip(".") in TITLES - HONORIFICS or doc[start - 1].dep_ in ("compound", "amod")):
        start -= 1  # "Vice President", "school district police Chief": the whole office
    titled = list(doc[start:ent.end])
    if any(t.lower_.rstrip(".") in TITLES - HONORIFICS for t in titled[:ent.start - start]):
        return titled
    if len(ent) == 1 and ent.start and doc[ent.start - 1].lower_.rstrip(".") in _HONORIFIC_GENDER and \
            _titled_both_ways(doc, ent.text):
        return [doc[ent.start - 1], *ent]  # "Ms. Khan", which a later "she" is, where "Mr. Khan" is another Khan
    return list(ent)


def _outside(people: list[tuple[int, SpeakerName]], reported: list[Span]) -> list[tuple[int, SpeakerName]]:
    """People named outside the words a speaker is reported to say: "“…when Donald Trump fails…,” he
    said" or "Earnest said Obama wasn't targeting Trump. “…,” he said" are not Trump's or Obama's words,
    so a pronoun after them looks past the people the report talks about, to the people who talk."""
    return [(at, name) for at, name in people if not any(span.start <= at < span.end for span in reported)]


def _talked_of(doc, content: Span, people: list[tuple[int, SpeakerName]],
               history: list[tuple[int, SpeakerName]]) -> set[str]:
    """People a pronoun's own report talks about: "Solomon was bubbly and outgoing, she recalled" after the
    victim's aunt spoke, "Reeves, he said, was demonstrating…" after a judge did. A speaker may name themself in
    the third person, where the news introduces them ("That sense drew Samantha Olivieri, 20, to skateboarding.
    … Ms. Olivieri found skating a salve, she said"; "President Donald Trump is close to…, he told reporters");
    a person the article named in an earlier paragraph, never as a speaker, and names again by the surname alone
    in what a pronoun reports is what the report is about. Such a person takes the pronoun only when no one
    else can."""
    spoke = {n.name.split()[-1] for _, n in history if n.name and not n.reference}
    paragraph = _paragraph(text_of(doc), content.start)
    before = {t.text for t in doc if t.idx < paragraph.start and t.pos_ == "PROPN"}
    here = {t.text for t in doc if paragraph.start <= t.idx < content.start and t.pos_ == "PROPN"}
    return {n.name for at, n in people if content.start <= at < content.end and n.name
            and _surname_alone_at(doc, at, n.name.split()[-1])
            and n.name.split()[-1] in before - here - spoke}


def _surname_alone_at(doc, at: int, surname: str) -> bool:
    """Whether the name written at ``at`` is the surname alone, or after an honorific ("Ms. Olivieri")."""
    token = next((t for t in doc if t.idx >= at), None)
    while token is not None and token.lower_.rstrip(".") in _GENDER:
        token = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token is not None and token.text == surname


def _reported_words(items: list, frame) -> list[Span]:
    """What speakers say, as far as it names others: every quoted statement, and the reported speech of other
    statements. A statement's own reported speech may name its speaker in the third person ("Ms.
    Olivieri has spent her life there, she said"); a quotation names its speaker "I". Sourcing
    phrases ("As the paper noted, Trump has…") carry the writer's own narrative."""
    return [content for kind, content, other, _ in items
            if kind == "direct" or kind != "according-to" and other is not frame]


def _relative_named(token) -> bool:
    """"Marinescu's wife, Elena, runs…": a name in apposition to someone's relation is a person."""
    if token.dep_ != "appos":
        return False
    head = token.head
    return token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and \
        head.dep_ in _SUBJECTS and head.pos_ == "NOUN" and head.lower_ not in ORG_WORDS and \
        any(c.dep_ == "poss" for c in head.children)


def _nearest_first(at: int, history: list[tuple[int, SpeakerName]],
                   people: list[tuple[int, SpeakerName]]) -> list[SpeakerName]:
    earlier = history + [(position, name) for position, name in people if position < at]
    return [name for _, name in sorted(earlier, key=lambda item: -item[0])]


def _gender(tokens: list) -> str | None:
    """"she" alone, or "Ms" before a name; "her colleague" says nothing of the colleague."""
    first = tokens[0].lower_.rstrip(".") if tokens else ""
    if len(tokens) == 1 or (first in _GENDER and first not in ("she", "her", "he", "him", "his")):
        return _GENDER.get(first)
    return None


def _known_gender(name: SpeakerName, genders: dict[str, str], titles: _Titles) -> str | None:
    """What the article says of a person's sex (an honorific, a given name that is strongly one sex, the
    pronouns that took them before), or None. A description has no given name: "Clinton" of "a Clinton
    adviser" is whose adviser, and read as a man's name it sent the adviser's "she" to Hillary Clinton."""
    person = titles.person(name.name) if not described(name.name) else None
    honorific = name.name.split()[0].lower().rstrip(".") if name.kind == "person" and " " in name.name else ""
    return _HONORIFIC_GENDER.get(honorific) or titles.gender(name.name) or given_name_sex(person[0] if person else "") or genders.get(name.name) or \
        _described_sex(name.name) or (_described_sex(name.role or "") if name.kind != "person" else None)


def _described_sex(name: str) -> str | None:
    """"ICE spokeswoman", "a Kaine spokesman": a description whose noun is a compound of "woman" or "man"
    says the sex of whom it describes; "He announced…" had gone to an ICE spokeswoman. A body that
    speaks through "a DHS spokeswoman" has her sex for a pronoun that would take the body by her. A noun of one
    sex (``kinds.sexed_nouns``) says it first: "woman" itself ends in "man", and "The Dumbarton woman said: 'He had
    messaged…'" gave her his words."""
    words = name.split()
    if not words or not described(name) or not words[-1].isalpha() or not words[-1].islower():
        return None
    last = words[-1]
    if last in sexed_nouns():
        return sexed_nouns()[last]
    if len(last) > 6 and last.endswith("woman"):
        return "f"
    return "m" if len(last) > 4 and last.endswith("man") else None


def _gender_fits(name: SpeakerName, gender: str | None, genders: dict[str, str], titles: _Titles) -> bool:
    """Whether a "she" (``gender`` "f") may be this person: an honorific the article writes for them
    says first, then a given name that is strongly one sex ("she" went to Daniel Price, "Mr. Trump"
    to Melania Trump), a surname alone ("McConnell") taking the given name of the one person the
    article names in full with it, then the pronouns that took them before; unknown or mixed names
    fit either."""
    if gender is None:  # fits whatever is known: not worth reading for every earlier person
        return True
    known = _known_gender(name, genders, titles)
    return known is None or known == gender


@dataclass(frozen=True)
class _Titles:
    """"Mr. McDonough", "Ms. Coulter": the honorific an article writes before a name says that
    person's gender, which a pronoun of the other gender then never takes ("she" went to Robert
    McDonough). It belongs to a person, not a surname: "Mrs. Clinton" says nothing of Bill Clinton.
    A bare "Mrs. Clinton" is the one Clinton the article names in full whose given name is not a
    man's, or no one when it names two; with none, someone the article never names in full ("Mr.
    Trump" beside Melania Trump), whom the bare surname then means. A person titled both ways, or
    titled against their given name ("Mrs. John Smith"), has no gender here."""
    people: frozenset[tuple[str, str, str]]
    genders: dict[tuple[str, str, str], str]

    def gender(self, name: str) -> str | None:
        key = _person(name)
        if not key[0] and key in self.genders:  # "Trump" where "Mr. Trump" is no Trump named in full
            return self.genders[key]
        person = self.person(name)
        return self.genders.get(person) if person else None

    def person(self, name: str, gender: str | None = None) -> tuple[str, str, str] | None:
        key = _person(name)
        if key[0] or not key[1]:
            return key if key[1] else None
        same = [p for p in self.people if p[1] == key[1] and (gender is None or given_name_sex(p[0]) in (None, gender))]
        return same[0] if len(same) == 1 else key if not same else None


def _titles(doc, named: list[SpeakerName]) -> _Titles:
    people = frozenset(_person(n.name) for n in named
                       if n.kind == "person" and not n.reference and " " in _bare(n.name).strip())
    titles = _Titles(people, {})
    seen: dict[tuple[str, str, str], set[str]] = {}
    starts = {ent.start: ent for ent in doc.ents if ent.label_ == "PERSON"}
    for t in doc[:-1]:
        gender = _HONORIFIC_GENDER.get(t.lower_.rstrip("."))
        after = doc[t.i + 1]
        if gender and after.text[:1].isupper():
            ent = starts.get(after.i)
            person = titles.person(ent.text if ent is not None else after.text, gender)  # "Mrs. Hillary Clinton"
            if person and given_name_sex(person[0]) in (None, gender):
                seen.setdefault(person, set()).add(gender)
    return _Titles(people, {person: genders.pop() for person, genders in seen.items() if len(genders) == 1})


_HONORIFIC_GENDER = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}


def _person(name: str) -> tuple[str, str, str]:
    """"Donald J. Trump" and "Donald Trump" are one person, "Donald Trump Jr." another; a surname
    alone has no given name."""
    words = [w.strip(".,").lower() for w in _bare(name).split()]
    suffix = words.pop() if len(words) > 1 and words[-1] in GENERATIONS else ""
    words = [w for w in words if w]
    return (words[0] if len(words) > 1 else "", words[-1] if words else "", suffix)


def _titles_agree(name: SpeakerName, earlier: SpeakerName) -> bool:
    """Every title of the earlier speaker's office is in the description: "the somber president" is
    not the "Former Vice President" named before."""
    return {w for w in _words(earlier.role or "") if w in TITLES or w in _ABBREVIATED.values()} <= _words(name.name)


def _epithets(speaker: list) -> set[str]:
    """"somber", "untraditional", "firebrand" of "the somber president": words that say how the writer
    sees an office holder, which no earlier name or title repeats. Adjectives and nouns before the
    office, other than titles ("former", "acting"), peoples and places; a second resolution drops them."""
    head = speaker[-1].i if speaker else None
    return {t.lower_ for t in speaker if t.i != head and t.head.i == head and t.dep_ in ("amod", "compound")
            and t.pos_ in ("ADJ", "NOUN") and not t.ent_type_ and t.lower_.rstrip(".") not in TITLES | ROLE_WORDS}


def _resolve(name: SpeakerName, candidates: list[SpeakerName], epithets: set[str] = frozenset()) -> SpeakerName:
    words = _words(name.name) - _IGNORED - epithets
    for earlier in candidates:
        if _compatible(name, words, earlier):
            return SpeakerName(earlier.name, earlier.role, "person") if _AGE.search(name.name) else earlier
    return replace(name, reference=True)


def _named(name: SpeakerName) -> str:
    """The name a resolved speaker goes by. A pronoun or a bare description of a body ("the
    agency") that points back to no one names no one; an office ("the governor") is a person the
    article names by their office, and a qualified description ("the Ukrainian army", "the North
    Korean leader") describes a body or a person on its own."""
    if name.unnamed:
        return ""  # "officials", "an aide": an unnamed source, its description kept as its role
    if not name.reference:
        return name.name
    words = _words(name.name) - _IGNORED
    return name.name if len(words) > 1 or name.kind == "document" else ""


def _compatible(name: SpeakerName, words: set[str], earlier: SpeakerName) -> bool:
    if _AGE.search(name.name):  # only people have ages, whatever the tagger made of their name
        return earlier.kind == "person" or earlier.kind == "organisation" and not _words(earlier.name) & ORG_WORDS
    if name.name.lower() in ("he", "she", "him", "her", "his"):
        return earlier.kind == "person" or any(w in (earlier.role or "").lower() for w in _SPOKES)
    if name.name.lower() == "it":
        return earlier.kind == "organisation"
    if name.name.lower() in ("they", "we"):
        return earlier.kind in ("group", "organisation") and not _publication(earlier)
    if words <= {"source", "sources"}:
        return True
    if name.kind == "organisation" and earlier.kind == "person":
        return False  # "the bank" is not the bank's governor
    if name.kind == "document" and earlier.written and earlier.written in words:
        return True  # "the statement" after "a statement from Grimm's attorney": the attorney's
    if (name.kind == "document") != (earlier.kind == "document"):
        return False  # "the review" is a review named before, never a person
    if _generic_body(name):  # "the company", "the court": the body just named; "the army" is no court nor UN
        force = bare_force(name)
        return earlier.kind == "organisation" and (force is None or force in earlier.name.lower()) and \
            not _other_kind(name, earlier)
    own = _words(_own_words(earlier.name))
    known = own | _words(_owned_part(earlier.role or ""))
    known |= {nationality(w) for w in known}
    if earlier.kind == "person" and not words <= own and not _names_a_person(name):
        return False  # "the Clinton campaign" is not the campaign's political director, whose role names it
    return bool(words) and {nationality(w) for w in words} <= known


def _owned_part(role: str) -> str:
    """What a role says its holder is, past whose they are: "the boy" is not "the boy's father"."""
    return re.split(r"['’]s\b", role)[-1]


def _names_a_person(name: SpeakerName) -> bool:
    """Whether a description's last word is a kind of person or an office ("the spokesman", "the Texas
    senator", "the Crimea head"), not a thing or a body ("the campaign", "the summary")."""
    words = name.name.split()
    last = words[-1].lower().strip(".,") if words else ""
    return bool(last) and (names_person(last) or last in ROLE_WORDS or last in TITLES)


def _publication(name: SpeakerName) -> bool:
    """"The Washington Post", "the Huffington Post": a body named for what it writes is a paper, which
    news calls "it", never "they" ("They pored over his testimony" went to the Post)."""
    words = name.name.split()
    return name.kind == "organisation" and len(words) > 1 and words[-1].lower() in written_nouns()


def _spoken_for(name: SpeakerName, doc, gender: str | None, genders: dict[str, str], titles: _Titles) -> SpeakerName:
    """The person a spokesman described, not named ("a Kaine spokesman", "Weiner's spokesman"), speaks
    for, as "he" or "she" after it: the spokesman tells of that person in the third person ("… told
    HuffPost that the senator was traveling, but had he been there, he would have voted") and the news
    goes on about them ("He insisted…" after "Weiner's spokesman said…"). The description stays the
    speaker of its own words; only a pronoun that would take it goes to the person whose name it holds,
    when the recogniser names that person in the article and the pronoun's sex fits."""
    words = name.name.split()
    if name.kind != "person" or name.reference or not described(name.name) or \
            not any(part in words[-1].lower() for part in _SPOKES):
        return name
    owner = [re.sub(r"['’]s$", "", w) for w in words[:-1] if w[:1].isupper()]
    if not owner or not any(ent.label_ == "PERSON" and re.sub(r"['’]s$", "", ent.text.split()[-1]) == owner[-1]
                            for ent in doc.ents):
        return name
    person = SpeakerName(" ".join(owner), None, "person")
    return person if _gender_fits(person, gender, genders, titles) else name


def _own_words(name: str) -> str:
    """"spokesman for St. Louis County Prosecutor Bob McCulloch" is a spokesman, whom a later "the
    prosecutor" does not mean: a description says what its speaker is before its first preposition."""
    return _OBJECT.split(name, maxsplit=1)[0] if described(name) else name


_OBJECT = re.compile(r"\b(?:for|to|of|with|at|by|from|in|on|inside|including|like)\b")


def _generic_body(name: SpeakerName) -> bool:
    """"The company", "the court", "the bureau": a body named by what it is, nothing more."""
    words = _words(name.name) - _IGNORED
    return name.kind == "organisation" and len(words) == 1 and words <= ORG_WORDS


def _named_so(name: SpeakerName, body: SpeakerName) -> bool:
    """Whether a body's name holds the description's noun ("the party": "the Democratic Party"). A body
    only named as a subject far back, never a speaker, is no safe guess for a bare description under
    another name: "the administration" had become Congress, named three paragraphs before, and "the
    company" a stolen Nissan."""
    return bool((_words(name.name) - _IGNORED) & _words(body.name))


def _other_kind(name: SpeakerName, earlier: SpeakerName) -> bool:
    """Whether the body's name says it is another kind of body than the description: "Reid's office" is
    no party, the "Orange County Sheriff's Office" or "Vice News" no company. A name that says no kind
    ("Yahoo", "Twitter") may be any. A kind the description's noun may stand for is no other kind: "the
    agency" is the "Roseville Police Department" or the "Federal Bureau of Investigation" (``body_kinds``)."""
    kinds = _words(earlier.name) & (ORG_WORDS - ORG_NAMES)
    own = _words(name.name) & ORG_WORDS
    return bool(kinds) and not kinds & own.union(*(body_kinds().get(noun, ()) for noun in own))


def _bodies(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    """Bodies the text names as a subject ("Yeezy Gap has postponed…"): what "the company" may mean."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.root.dep_ in _SUBJECTS and not any(t.pos_ == "VERB" for t in ent):
            name = describe(list(ent), counts)
            if name.kind == "organisation" and not name.reference and name.name:
                out.append((ent.start_char, name))
    return out


def _nearest_bodies(name: SpeakerName, history: list, bodies: list, at: int) -> list[SpeakerName]:
    """Earlier speakers, the last first; for "the company" or "the court", bodies named as a subject
    after the last speaker come before them, nearest first: "Yahoo was hacked, and the company said"
    is Yahoo, not an outlet that reported a sentence before."""
    earlier = [n for _, n in reversed(history)]
    if not _generic_body(name):
        return earlier
    last = max((start for start, _ in history), default=-1)
    spoken = [n.name for _, n in history]  # "Turkey's Foreign Ministry said": not the "Foreign Ministry" inside it
    named = [b for b in bodies if last < b[0] < at and not any(b[1].name in said for said in spoken)]
    return [n for _, n in sorted(named, key=lambda item: -item[0])] + earlier


def _outlet_word(speaker: list) -> bool:
    """"the paper", "the newspaper": a bare word for a publishing firm (no name, no owner)."""
    words = [t for t in speaker if not t.is_punct and t.lower_ not in DETERMINERS]
    return len(words) == 1 and words[0].lemma_.lower() in publisher_nouns()


def _outlet(name: SpeakerName, earlier: list[SpeakerName], named_at: dict[str, int], kind_at: int) -> SpeakerName:
    """The outlet "the paper" stands for: the nearest earlier speaker that is a named body of no other kind than a
    publisher (`_not_an_outlet`), or a name the recogniser's word made a document ("The Washington Post" reported…
    the paper found…). A body last named before the article last wrote the same noun for a kind of that thing ("the
    white paper", ``kind_at``) is not it: "the paper" then goes back to those words, which name no outlet."""
    for candidate in earlier:
        if not candidate.reference and (candidate.kind == "organisation" and not _not_an_outlet(candidate) or
                                        candidate.kind == "document" and candidate.name[:1].isupper()):
            return name if named_at.get(candidate.name, -1) < kind_at else candidate
    return name


def _not_an_outlet(body: SpeakerName) -> bool:
    """Whether a body's name says it is a kind of body that publishes nothing ("Horry County Police Department",
    "Police"): "the website" or "the newspaper" is never it, however near. A name saying no kind ("Yahoo", "The
    Times-Union") or a publisher's ("WMBF News", "Sky News channel") may be the outlet."""
    kinds = _words(body.name) & (ORG_WORDS - ORG_NAMES)
    return bool(kinds) and not kinds & (publisher_nouns() | _NEWS)


_NEWS = frozenset({"news"})  # the kind word of ORG_WORDS outlets are named with: "WMBF News", "Fox News"


def _kind_of_same_noun(speaker: list) -> int:
    """Where the article last wrote the noun of "the paper" before it with a word saying which kind
    ("the white paper", "a research paper"), or -1: what a later "the paper" most likely goes back to."""
    noun = next(t for t in speaker if not t.is_punct and t.lower_ not in DETERMINERS)
    doc = noun.doc
    for token in reversed(doc[:speaker[0].i]):
        if token.lemma_.lower() == noun.lemma_.lower() and token.pos_ == "NOUN" and \
                any(c.dep_ in ("amod", "compound") and c.i < token.i for c in token.children):
            return token.idx
    return -1


def _named_bodies(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    """Every body the document names in two words or more, wherever it stands ("after The Washington
    Post reported on…"): what a later "the Post" is short for."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and len([t for t in ent if t.lower_ not in DETERMINERS]) > 1:
            name = describe(list(ent), counts)
            if name.kind in ("organisation", "document") and not name.reference and " " in name.name:
                out.append((ent.start_char, name))
    return out


def _short_form(name: SpeakerName) -> bool:
    """"The Journal", "the Post": a body named by one capitalised word, no acronym, as news names a body
    after naming it in full. The recogniser may take the word for a person ("The Gazette") or the word
    may make it a document ("The Post"); which body it is short for says what it is."""
    words = name.name.split()
    return name.kind in ("organisation", "document", "person") and len(words) == 1 and words[0][:1].isupper() \
        and not words[0].isupper() and words[0].isalpha()


def _determined(speaker: list) -> bool:
    """"The Journal", "the Post": news writes a body's short form with its article; a bare capital
    opening a sentence ("Police said") is a common word, which ``forces`` and the body rules read."""
    words = [t for t in speaker if not t.is_punct]
    return len(words) == 2 and words[0].lower_ == "the"


def _body_in_full(name: SpeakerName, named: list[tuple[int, SpeakerName]], at: int) -> SpeakerName:
    """The full name of the one body named before whose name ends in the short form's word ("The
    Wall Street Journal" for "the Journal"); with none, or two ("The Washington Post" and "the
    Huffington Post"), the short form stays as it is."""
    word = name.name.lower()
    found = {n.name: n for start, n in named if start < at and n.name.split()[-1].lower() == word}
    if len(found) != 1:
        return name
    full = next(iter(found.values()))
    return SpeakerName(full.name, name.role or full.role, full.kind)


def _mentioned_people(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    """Every full name the document gives a person, wherever it stands ("under President X Y")."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and " " in ent.text.strip():
            name = describe(_titled(ent), counts)
            if name.kind == "person" and not name.reference and (" " in name.name or name.role):
                out.append((ent.start_char, name))  # "Pope Francis" is Francis, the pope a later "the pope" means
    return out


def _owners_named(doc, counts: Counter) -> list[tuple[int, SpeakerName]]:
    """People the recogniser marks as owning something ("Blumenthal's campaign disputed…, according
    to his campaign"): whose a later "his" may say, beside the people named as subjects."""
    found = doc.user_data.get(_OWNERS)
    if found is None:
        found = doc.user_data[_OWNERS] = [
            (ent.start_char, name) for ent in doc.ents if ent.label_ == "PERSON" and ent.root.dep_ == "poss"
            for name in [describe(_titled(ent), counts)] if name.kind == "person" and not name.reference and name.name]
    return found


_OWNERS = "people named as owners"


def _other_owner(doc, start: int, end: int, person: SpeakerName) -> bool:
    """Whether a name other than ``person``'s owns something between ``start`` and ``end`` ("Hale's
    campaign disputed…, according to his campaign"): the recogniser may not mark it a person, but "his"
    may well be theirs."""
    surname = person.name.split()[-1].lower()
    return any(t.dep_ == "poss" and t.pos_ == "PROPN" and start < t.idx < end and t.lower_ != surname
               and t.lower_ not in person.name.lower().split() for t in doc)


def _only_full_name(name: SpeakerName, mentioned: list[tuple[int, SpeakerName]], at: int, doc) -> list[SpeakerName]:
    """The full name a lone surname stands for: the person the text named so before, or of several, the first the
    body names (a headline's capitals make names of words: "Will Sanders come down…?", "Top Clinton adviser"),
    unless that is the second of a pair ("Ammon and Ryan Bundy").
    News names its main person in full first and then by the surname alone; a relative of the same name is
    named in full each time ("Johnathon Reeves … his son, Jordan Reeves … his mother, Doris Reeves … Reeves
    said"): left alone, the bare "Reeves" was joined across articles to Doris Reeves, the one Reeves who spoke.
    Most often the several are one person written two ways ("Paul Ryan", "Paul D. Ryan")."""
    surname = _bare(name.name).lower()
    found = {n.name: n for start, n in mentioned if start < at and _ends_with_surname(n.name, surname)}
    if len(found) > 1:
        body = _paragraph(text_of(doc), 0).end
        first = next(((start, n) for start, n in mentioned if body < start < at and _ends_with_surname(n.name, surname)),
                     None)
        return [first[1]] if first and not _second_of_pair(doc, first[0]) else []
    if len(found) == 1 and any(_given_names_paired(doc, start) for start, n in mentioned
                               if start < at and _ends_with_surname(n.name, surname)):
        return []
    return list(found.values())


def _given_names_paired(doc, start: int) -> bool:
    """"Khizr and Ghazala Khan": a given name alone before "and" and the recogniser's person names two people of
    the surname, of whom the recogniser knew one; the lone surname may be either. The word is one the recogniser
    marks nothing of: not a place ("Ron Wyden of Oregon and Mark Udall") nor a person ("Millis and Harold
    Doley"), nor the surname ("Mr. Trump and Melania Trump"), nor the end of a name ("Tom Brady and Gisele…")."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or token[0].i < 2 or doc[token[0].i - 1].lower_ != "and":
        return False
    given, before = doc[token[0].i - 2], doc[token[0].i - 3] if token[0].i > 2 else None
    person = doc[token[0].i:token[0].i + 3].text.split()
    return given.pos_ == "PROPN" and given.is_title and given.is_alpha and not given.ent_type_ and \
        given.text not in person and \
        (before is None or before.pos_ != "PROPN" or before.lower_.rstrip(".") in _GENDER)


def _second_of_pair(doc, start: int) -> bool:
    """"brothers Ammon and Ryan Bundy", "Khizr and Ghazala Khan": the recogniser's person after "and" is the second
    of two sharing the surname, so which of them the article names first is not known."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    return token is not None and token[0].i > 0 and doc[token[0].i - 1].lower_ in ("and", "or", "&")


def _expand_surname(name: SpeakerName, candidates: list[SpeakerName]) -> SpeakerName:
    """A lone surname takes the full name given earlier; the recogniser's guess that a lone
    surname is a body ("Estrada confirmed…") gives way to the person named so before."""
    bare = _bare(name.name)
    if " " in bare and not _particled(bare) or name.kind not in ("person", "organisation") or \
            name.kind == "organisation" and (bare.isupper() or bare.lower() in ORG_WORDS):
        return name
    for earlier in candidates:
        if earlier.kind == "person" and " " in _bare(earlier.name) and _ends_with_surname(earlier.name, bare.lower()) \
                and not described(earlier.name):  # "longtime adviser to Trump" is not Trump's full name
            return SpeakerName(earlier.name, name.role or earlier.role, "person")
    return name


def _particled(surname: str) -> bool:
    """"de Léon" of "Mr. de Léon said", "van Hollen": a surname opening with a particle written in
    lower case (a name's own words are capitalised) is a surname alone, whose full name ("Kevin de
    Léon") the article gave before."""
    first, _, rest = surname.partition(" ")
    return bool(rest) and first.islower() and len(first) <= 3 and " " not in rest and rest[:1].isupper()


def _ends_with_surname(full_name: str, surname: str) -> bool:
    """Whether a full name ends with the surname, a particle's words with it ("Kevin de Léon": "de léon")."""
    words, wanted = full_name.lower().split(), surname.split()
    return len(words) > len(wanted) and words[-len(wanted):] == wanted


def _given_name(name: SpeakerName, mentioned: list[tuple[int, SpeakerName]], doc) -> SpeakerName:
    """"Hillary said", or "he" taken for the "Patrick" of "Patrick has a long list…": a given name
    alone is the person the article names fully with it, when it names one such person and never
    uses the word as a surname. Only the name changes: which earlier person a pronoun stands for
    was decided before. A word no table holds as a given name ("Mitt" of "Mitt To Akin: Drop Out")
    counts when the article also writes that person's surname alone ("Romney said"), as news does
    after a first full mention: "Trump Says" in a headline is no given name and surname."""
    if " " in name.name or name.kind != "person" or name.reference:
        return name
    if any(n.name.split()[-1] == name.name for _, n in mentioned):
        return name
    found = {n.name: n for _, n in mentioned if n.name.split()[0] == name.name and not _joins_words(n.name)}
    if len(found) != 1:
        return name
    full = next(iter(found.values()))
    if not is_given_name(name.name) and not _surname_alone(full.name, doc):
        return name
    return SpeakerName(full.name, name.role or full.role, "person")


def _joins_words(full_name: str) -> bool:
    """"Mitt To Akin" of a headline written in capitals: a word such as "to" or "and" inside joins two
    names, where a name's own particles ("de", "van", "bin") do not. (spaCy's list, read here: the window
    never imports spaCy.)"""
    return any(word.lower() in stop_words() for word in full_name.split()[1:-1])


def _surname_alone(full_name: str, doc) -> bool:
    """Whether the article names the person of ``full_name`` by their surname alone somewhere."""
    words = full_name.split()
    return len(words) > 1 and any(t.text == words[-1] and t.pos_ == "PROPN" and (t.i == 0 or doc[t.i - 1].text != words[-2])
                                  for t in doc)


def _bare(name: str) -> str:
    """"Ms Cole" is the surname Cole, said of a woman."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower().rstrip(".") in _GENDER else name


def _is_country(tokens: list) -> bool:
    proper = [t for t in tokens if not t.is_punct and t.lower_ not in DETERMINERS]
    return len(proper) == 1 and proper[0].ent_type_ == "GPE"


def _country_body(text: str, frame, name: SpeakerName, items: list, names: list[SpeakerName]) -> SpeakerName:
    """The ministry or office of this country that speaks in the same paragraph, if exactly one does."""
    country = nationality(name.name)
    paragraph = _paragraph(text, frame.unit.start)
    bodies = []
    for (_, _, other, _), other_name in zip(items, names):
        if other is frame or not (paragraph.start <= other.unit.start < paragraph.end):
            continue
        for phrase in (other_name.name, other_name.role or ""):
            body = _body_of(phrase, country)
            if body and body not in bodies:
                bodies.append(body)
    if len(bodies) == 1:
        return SpeakerName(bodies[0], None, "organisation")
    return name


def _body_of(phrase: str, country: str) -> str | None:
    words = phrase.split()
    lowered = [w.lower().strip(",") for w in words]
    if not lowered or nationality(lowered[0]) != country:
        return None
    last = max((i for i, w in enumerate(lowered) if w in ORG_WORDS), default=-1)
    return " ".join(words[:last + 1]) if last > 0 else None


def _paragraph(text: str, position: int) -> Span:
    start = text.rfind("\n\n", 0, position)
    end = text.find("\n\n", position)
    return Span(0 if start < 0 else start, len(text) if end < 0 else end)


def _words(text: str) -> set[str]:
    return {_ABBREVIATED.get(w.lower(), w.lower()) for w in _WORD.findall(text)}
