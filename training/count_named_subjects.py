"""Count how often two units whose content subjects are two different named people ("Jeremy was found in the
driver's seat" / "Avery was found in the rear passenger seat") are a right link or a wrong one, to see whether "another
person" can keep such a pair apart.

Two reports of one incident tell the same kind of detail of two people; the vectors and the shared words say one
claim, who it is about says two. The rule tried: each unit's content subject (the first subject of a verb that is not
one of saying: "police said" is the frame, not the subject) names a person (the PERSON entity it is, or its
appositive: "Booker's friend, Ashley Kendall,"), the two names share no word (folded as the linker folds names, and
neither spelt a letter or two apart, one inside the other, nor a given name and its diminutive), and each report of
the pair names the other unit's person too (`--both`): both reports know two distinct people, so the names are not
one person written two ways. Variants:

- ``subject``: the named subject alone;
- ``+proper``: the subject also when it is a proper noun the parser takes for no person ("Avery", tagged ORG);
- ``+pronoun``: a subject "he"/"she" read as the last person named in its paragraph before it;
- ``+object``: the named people of the units' subjects and objects (direct object, the agent of a passive), pronouns
  resolved so too; the two sets share nobody;

- ``rule``: what the linker reads (`persons.named_subjects`): ``+proper``'s subject, a name that is a given name of
  the baby-name counts only, each name widened to the fuller names its report gives ("Fritch": "Kirsten Fritch"), two
  names apart by the words one has and the other lacks (`persons.two_people`: "Jeremy Contreras", "Avery Contreras");
  its ``both, unnamed`` row is `persons.subjects_apart`;

each counted as it fires alone (``any``), with both reports naming both people (``both``), and with that and neither
unit naming the other's person anywhere (``both, unnamed``: "Smith shot Jones" / "Jones was shot by Smith" stays).

    python training/count_named_subjects.py --judged DATA [--show N]
    python training/count_named_subjects.py --crawl CORPUS_DIR [--close 0.5] [--limit N] [--show N]

Session 57 (main 457a7ad0's code plus `persons.named_subjects`). The judged links of sessions 49-56 (2,588: R 1,175,
P 881, W 528, U 4), right (R+P) / wrong:

    variant     any       both      both, unnamed
    subject     7 / 9     3 / 8     0 / 2
    +proper    18 / 19   10 / 12    0 / 4
    +pronoun   20 / 17   11 / 11    5 / 2
    +object    36 / 20   24 / 10   12 / 2
    rule       14 / 14    6 / 11    0 / 4

Two units' subjects are seldom two named people (under 2 % of either verdict), and without ``unnamed`` as many right
links fire as wrong ones: a relation told from either end ("Bolton meets with … advisers" / "Chung and Yachi are the
first … to meet with Bolton", "X identified the suspect as Marcelo Marquez" / "Marcelo Marquez … was taken alive").
Resolving pronouns costs right links (the paragraph's last person named is often not who "he" is: "He was pronounced
dead at the scene" twice, R), and so do objects. ``rule``'s ``both, unnamed`` fires on 4 wrong links and no right
one: gvaS's Contreras brothers both ways ("Jeremy was found in the driver's seat…" / "Avery was found in the rear
passenger seat."), basilE's Strzok / Page, and gvaC's Borel / Poyau (also `persons.ages_apart`'s). On the GVA crawl,
close sentence pairs (6,578 of one incident, 4,326 of two incidents sharing a sentence):

    variant     any       both      both, unnamed   (one incident / two incidents)
    subject    87 / 6    53 / 0    40 / 0
    +proper   174 / 24  135 / 13   65 / 6    (a proper noun of any kind: "Amber Alert", "The Score" of CBS Radio)
    rule       92 / 6    57 / 0    40 / 0

``rule``'s 40 pairs come from 4 incidents (31 of them also ages more than a year apart), all two people read by hand
(three of a gang's co-defendants "charged with assault …", three suspected gunmen "one of three suspected gunmen",
the two J'Ouvert victims, "Julian Kyle Jackson and Marquise Santonio Beam were arrested" / "Rucker is charged").
Without ``unnamed`` it fires on one claim told from either end ("Kienzle and Zangaro were shot and killed by Gordon" /
"Gordon … shot and killed … Kienzle … and … Zangaro"), so `persons.subjects_apart` keeps it.

``--judged DATA``: every hand-judged link of training/judged/links*.tsv (the texts read from DATA/sets/SET/docs; the
blind sets gvaT and gvaU left out), by verdict (R right, P partly, W wrong, U unsure). ``--crawl``: over the GVA crawl
(``the_violent_corpus``, read by bench/gva.py), close sentence pairs (half their content words shared, as
`count_street_sections`) of two reports of one incident and of two reports of two incidents that share a sentence
(`count_street_places.report_pairs`).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.ages import spelt_alike  # noqa: E402
from viewer.analysis.claims.persons import document_people, named_subjects, two_people  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING, term  # noqa: E402
from viewer.analysis.generations import is_generation  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.person_names import PERSON_TITLES  # noqa: E402
from viewer.analysis.speakers.given_names import same_given_name  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

BLIND = frozenset({"gvaT", "gvaU"})
VARIANTS = ("subject", "+proper", "+pronoun", "+object", "rule")
CONDITIONS = ("any", "both", "both, unnamed")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_PRONOUNS = frozenset({"he", "she", "him", "her"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
Person = frozenset  # a person's folded name words
_AGE = re.compile(r"(?:, (\d{1,2}),|\b(?=\d{1,2}-year-old)(\d{1,2}))")
_WORDS = re.compile(r"[a-z0-9]+")
_STOP = frozenset("the a an of in on at to and was were is are he she they it his her their for by with from that "
                  "said police this has had have been as who after".split())


def name_words(entity) -> Person:
    """A PERSON entity's folded name words, without titles, generations and initials."""
    return frozenset(term(t.text) for t in entity if t.text[:1].isalpha() and len(t.text.rstrip(".")) > 1
                     and not t.text.endswith(".") and t.lower_ not in PERSON_TITLES and not is_generation(t.text))


def _entity(token):
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity
    return None


def named(token) -> Person | None:
    """The person the token names: the PERSON entity it is in, or that of its appositive ("Booker's friend, Ashley
    Kendall,")."""
    for candidate in [token] + [c for c in token.children if c.dep_ == "appos"]:
        entity = _entity(candidate) if candidate.ent_type_ == "PERSON" else None
        if entity is not None and (words := name_words(entity)):
            return words
    return None


def antecedent(token) -> Person | None:
    """The last person named in the token's paragraph before it (a paragraph ends at a blank line)."""
    text = token.doc.text
    start = text.rfind("\n\n", 0, token.idx) + 2 if "\n\n" in text[:token.idx] else 0
    found = [e for e in token.doc.ents if e.label_ == "PERSON" and start <= e.start_char and e.end <= token.i]
    for entity in reversed(found):
        if words := name_words(entity):
            return words
    return None


def _person(token, pronouns: bool, proper: bool = False) -> Person | None:
    if token.lower_ in _PRONOUNS:
        return (_speaker(token) or antecedent(token)) if pronouns else None
    return named(token) or (_proper(token) if proper else None)


def _proper(token) -> Person | None:
    """A proper noun the parser takes for no person, place or date ("Avery was found", tagged ORG), with its
    compounds: read as a name by ``+proper``."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG", "PERSON"):
        return None
    words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    return frozenset(term(t.text) for t in words if t.text[:1].isalpha() and len(t.text) > 1) or None


def _speaker(token) -> Person | None:
    """The named subject of the verb of saying whose report holds the pronoun's clause ("Kiana Simmons, a friend of
    Booker, said she was in the house": Kiana Simmons, not Booker)."""
    clause = token.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING:
        return None
    return next((p for c in clause.head.children if c.dep_ == "nsubj" and (p := named(c))), None)


def _with_conjuncts(token) -> list:
    return [token] + [c for c in token.conjuncts if c.i > token.i]


def people(tokens, variant: str) -> list[Person]:
    """The named people a unit's content is about, as ``variant`` reads them (see the module's docstring)."""
    if variant == "rule":
        return [frozenset(p) for p in named_subjects(tokens, _people_of(tokens.doc))]
    if variant == "+object":
        found = []
        for t in tokens:
            if t.head.lemma_.lower() in REPORTING and t.dep_ in _SUBJECTS | {"agent"}:
                continue
            if t.dep_ in _SUBJECTS | _OBJECTS or (t.dep_ == "pobj" and t.head.dep_ == "agent"):
                found.extend(p for c in _with_conjuncts(t) if (p := _person(c, True)))
        return list(dict.fromkeys(found))
    subject = next((t for t in tokens if t.dep_ in _SUBJECTS and t.head.lemma_.lower() not in REPORTING), None)
    if subject is None:
        return []
    return list(dict.fromkeys(p for c in _with_conjuncts(subject)
                              if (p := _person(c, variant == "+pronoun", variant == "+proper"))))


_PEOPLE: dict[int, list[frozenset[str]]] = {}


def _people_of(doc) -> list[frozenset[str]]:
    """`persons.document_people` of a document, once."""
    if id(doc) not in _PEOPLE:
        _PEOPLE[id(doc)] = document_people(doc)
    return _PEOPLE[id(doc)]


def may_be_one(a: Person, b: Person) -> bool:
    """Whether two names may name one person: a word in common, spelt alike, or a given name and its diminutive."""
    return any(x == y or spelt_alike(x, y) or same_given_name(x, y) for x in a for y in b)


def names_of(tokens) -> frozenset[str]:
    """The folded name words of the tokens, as the linker keys names."""
    return frozenset(term(t.text) for t in tokens if (t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS)
                     and len(t.text) > 1 and t.text[:1].isalpha())


def fires(a: list[Person], b: list[Person], report_a: frozenset[str], report_b: frozenset[str],
          unit_a: frozenset[str], unit_b: frozenset[str], rule: bool = False) -> tuple[bool, ...]:
    """Whether the rule fires under each of CONDITIONS (``rule``: as `persons.subjects_apart` reads it)."""
    if rule:
        if not (a and b) or not all(two_people(set(p), set(q)) for p in a for q in b):
            return False, False, False
        both = all(two_people(set(p), set(q), (report_a, frozenset()), (report_b, frozenset())) for p in a for q in b)
        return True, both, both and all(two_people(set(p), set(q), (report_a, unit_a), (report_b, unit_b))
                                        for p in a for q in b)
    if not (a and b) or any(may_be_one(x, y) for x in a for y in b):
        return False, False, False
    both = all(p <= report_b for p in a) and all(p <= report_a for p in b)
    unnamed = not any(p & unit_b for p in a) and not any(p & unit_a for p in b)
    return True, both, both and unnamed


class Parsed:
    """Documents parsed once each."""

    def __init__(self) -> None:
        self.docs: dict[Path, object] = {}

    def __call__(self, path: Path):
        if path not in self.docs:
            self.docs[path] = english()(path.read_text(encoding="utf-8"))
        return self.docs[path]


def judged_rows(root: Path) -> Iterable[dict]:
    seen = set()
    for tsv in sorted((root / "training" / "judged").glob("links*.tsv")):
        if tsv.name.endswith(".documents.tsv"):
            continue
        with tsv.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                key = tuple(row[k] for k in ("set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b"))
                if row["set"] in BLIND or key in seen:
                    continue
                seen.add(key)
                yield row


def tally_judged(data: Path, show: int) -> None:
    parse = Parsed()
    tally: Counter = Counter()
    shown: dict[tuple, list[str]] = {}
    for row in judged_rows(ROOT):
        docs = data / "sets" / row["set"] / "docs"
        if not docs.is_dir():
            continue
        doc_a, doc_b = parse(docs / row["file_a"]), parse(docs / row["file_b"])
        span_a = doc_a.char_span(int(row["start_a"]), int(row["end_a"]), alignment_mode="expand")
        span_b = doc_b.char_span(int(row["start_b"]), int(row["end_b"]), alignment_mode="expand")
        verdict = row["verdict"]
        tally["all", "", verdict] += 1
        for variant in VARIANTS:
            read_a, read_b = _read(span_a, variant), _read(span_b, variant)
            found = fires(read_a, read_b, names_of(doc_a), names_of(doc_b), *_unit_names(span_a, span_b, variant, read_a and read_b),
                          variant == "rule")
            for condition, fired in zip(CONDITIONS, found):
                if fired:
                    tally[variant, condition, verdict] += 1
                    shown.setdefault((variant, condition), []).append(
                        f"{verdict} {row['set']} {row.get('class') or ''}\n      {_short(span_a.text)}\n      {_short(span_b.text)}")
    _print(tally, ("R", "P", "W", "U"))
    for key, lines in sorted(shown.items()):
        for line in lines[:show]:
            print(f"  {key}: {line}")


def _unit_names(span_a, span_b, variant: str, needed) -> tuple[frozenset[str], frozenset[str]]:
    """The names each unit gives, for the ``unnamed`` condition: for ``rule`` as `persons.subjects_apart` reads them
    (its own clause's, `units.unit_features`), worked out only where both units name a subject."""
    if variant != "rule":
        return names_of(span_a), names_of(span_b)
    if not needed:
        return frozenset(), frozenset()
    return tuple(frozenset(unit_features(s.doc, Span(s.start_char, s.end_char)).names) for s in (span_a, span_b))


def _read(span, variant: str) -> list[Person]:
    """`people` of a unit of the prose; a headline (the article's first line), parsed as prose, names nobody: its
    capitalised words read as names ("Reid: Mosque Should Be Built Someplace Else")."""
    return [] if "\n" not in span.doc.text[:span.start_char] else people(span, variant)


def _aged_apart(a, b) -> bool:
    """Both sentences name people with ages, none within a year of the other's: `persons.ages_apart` already keeps
    most such pairs apart."""
    left, right = ([int(m.group(1) or m.group(2)) for m in _AGE.finditer(s.text)] for s in (a, b))
    return bool(left and right) and all(abs(x - y) > 1 for x in left for y in right)


def tally_crawl(corpus_dir: Path, close: float, common: int, limit: int, show: int) -> None:
    from count_bare_sentences import reports
    from count_street_places import report_pairs

    found = reports(corpus_dir)
    if limit:
        incidents = list(dict.fromkeys(i for i, _h, _t in found))[:limit]
        found = [r for r in found if r[0] in set(incidents)]
    pairs = report_pairs(found, common)
    wanted = sorted({k for p in pairs for k in p})
    nlp = english()
    docs = dict(zip(wanted, nlp.pipe((found[k][2] for k in wanted), batch_size=16)))
    sentences = {k: [(s, frozenset(_WORDS.findall(s.text.lower())) - _STOP) for s in doc.sents] for k, doc in docs.items()}
    report_names = {k: names_of(doc) for k, doc in docs.items()}
    tally: Counter = Counter()
    shown: dict[tuple, dict[str, list[str]]] = {}
    incidents: dict[tuple, set[str]] = defaultdict(set)
    for (a, b), kind in pairs.items():
        for sa, wa in sentences[a]:
            if len(wa) < 4:
                continue
            for sb, wb in sentences[b]:
                if len(wb) < 4 or len(wa & wb) / len(wa | wb) < close:
                    continue
                tally["all", "", kind] += 1
                for variant in VARIANTS:
                    read_a, read_b = people(sa, variant), people(sb, variant)
                    fired = fires(read_a, read_b, report_names[a], report_names[b],
                                  *_unit_names(sa, sb, variant, read_a and read_b), variant == "rule")
                    for condition, on in zip(CONDITIONS, fired):
                        if on:
                            tally[variant, condition, kind] += 1
                            if _aged_apart(sa, sb):
                                tally[variant, condition, kind, "aged"] += 1
                            incidents[variant, condition, kind].add(found[a][0])
                            shown.setdefault((variant, condition, kind), {}).setdefault(found[a][0], []).append(
                                f"{found[a][0]}\n      {_short(sa.text)}\n      {_short(sb.text)}")
    print(f"{len(found)} reports, {len(pairs)} report pairs; close sentence pairs:")
    _print(tally, ("one incident", "two incidents sharing a sentence"))
    print("of which both sentences give ages more than a year apart; and the incidents they come from:")
    for key in sorted(incidents):
        print(f"  {', '.join(key):50} aged apart {tally[key + ('aged',)]:4d}, incidents {len(incidents[key]):4d}")
    for key, by_incident in sorted(shown.items()):
        for incident in sorted(by_incident)[:show]:
            print(f"  {key}: {random.Random(0).choice(by_incident[incident])}")


def _print(tally: Counter, columns: tuple[str, ...]) -> None:
    print(f"{'':26}" + "".join(f"{c[:14]:>16}" for c in columns))
    for variant, condition in [("all", "")] + [(v, c) for v in VARIANTS for c in CONDITIONS]:
        print(f"{variant + ' ' + condition:26}" + "".join(f"{tally[variant, condition, c]:16d}" for c in columns))


def _short(text: str) -> str:
    return " ".join(text.split())[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judged", type=Path, metavar="DATA", help="the quality data folder (DATA/sets/SET/docs)")
    parser.add_argument("--crawl", type=Path, metavar="CORPUS_DIR", help="the GVA crawl's the_violent_corpus")
    parser.add_argument("--close", type=float, default=0.5, help="least share of content words of a close pair")
    parser.add_argument("--common", type=int, default=5, help="leave out sentences more reports than this share")
    parser.add_argument("--limit", type=int, default=0, help="incidents of the crawl to read (0: all)")
    parser.add_argument("--show", type=int, default=0, help="pairs of each class to print")
    ns = parser.parse_args()
    if ns.judged:
        tally_judged(ns.judged, ns.show)
    if ns.crawl:
        tally_crawl(ns.crawl, ns.close, ns.common, ns.limit, ns.show)
    if not (ns.judged or ns.crawl):
        parser.error("name --judged DATA or --crawl CORPUS_DIR")


if __name__ == "__main__":
    main()
