"""Rerun the scripts that write the analysis's word tables into a scratch folder and say which tables still come out
the same.

    python bench/check_tables.py SCRATCH [--data /work/data] [--mirror /work/.mirror] [--only NAME,...] [--speed fast|crawl|parse]
        [--timeout SECONDS]

A table is shipped as a data file with the command that wrote it, and the rule of the house is that the command writes
it again. Session 79 found two that did not (``synonyms.json`` had drifted with the pipeline's readings), so each table
the analysis reads is listed here with the command that writes it from the public data under ``--data`` (the GVA crawl,
the quality sets, PolNeAR, MSRP, WordNet 3.0, the mirrored name lists). Two tables match when they are equal as JSON
but for each ``date`` and ``command`` (the day and machine paths that wrote them). ``fast`` scripts read only WordNet
or repo files and run in seconds (``tests/bench/test_check_tables.py`` reruns them); ``crawl`` scripts read the GVA
crawl or the sets without the parser (minutes); ``parse`` scripts run spaCy over thousands of articles (an hour or
more on two cores): run them before a release or when ``viewer/analysis/nlp.py`` changes.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
PLACES = {
    "crawl": "src/gva/the_violent_corpus",
    "sets": "quality/sets",
    "polnear": "quality/polnear",
    "msrp": "quality/msrp",
}
MIRRORS = {"ssa": "hackerb9+ssa-baby-names/repo", "cleanco": "psolin+cleanco/repo"}
WORDNET = "/usr/share/wordnet"
VOLATILE = {"date", "command"}


class Table(NamedTuple):
    path: str  # under the repository
    argv: tuple[str, ...]  # the script and its arguments; {crawl}, {sets}, … name the data, {out} the scratch file
    speed: str  # fast, crawl or parse


def _wordnet(script: str, table: str) -> Table:
    return Table(table, (f"training/{script}.py", WORDNET, "--out", "{out}"), "fast")


def _also(*sets: str) -> tuple[str, ...]:
    return tuple(f"--also={{sets}}/{name}/docs" for name in sets)


ATTRIBUTION = "viewer/resources/attribution/"
CLAIMS = "viewer/analysis/claims/"
TABLES = (
    _wordnet("count_headline_verbs", CLAIMS + "headline_verbs.json"),
    _wordnet("count_body_nouns", ATTRIBUTION + "body_nouns.json"),
    _wordnet("count_body_terms", ATTRIBUTION + "body_terms.json"),
    _wordnet("count_capitals", ATTRIBUTION + "capitals.json"),
    _wordnet("count_clause_subject_verbs", ATTRIBUTION + "clause_subject_verbs.json"),
    _wordnet("count_communication_nouns", ATTRIBUTION + "communication_nouns.json"),
    _wordnet("count_person_nouns", ATTRIBUTION + "person_nouns.json"),
    _wordnet("count_sexed_nouns", ATTRIBUTION + "sexed_nouns.json"),
    _wordnet("count_speech_verbs", ATTRIBUTION + "speech_verbs.json"),
    _wordnet("count_stimulus_verbs", ATTRIBUTION + "stimulus_verbs.json"),
    _wordnet("count_venue_nouns", ATTRIBUTION + "venue_nouns.json"),
    _wordnet("count_found_things", ATTRIBUTION + "found_things.json"),
    _wordnet("count_place_nouns", ATTRIBUTION + "places_gone.json"),
    Table(CLAIMS + "opposite_acts.json", ("training/count_opposite_acts.py", WORDNET, "--out", "{out}"), "fast"),
    Table(CLAIMS + "negating_verbs.json", ("training/count_negating_verbs.py", "{msrp}", "--least", "2",
                                           "--withholding", ATTRIBUTION + "withholding.json", "--out", "{out}"), "fast"),
    Table("viewer/corpus/date_orders.json", ("training/build_date_orders.py", "--out", "{out}"), "fast"),
    Table(ATTRIBUTION + "given_names.json", ("training/count_given_names.py", "{ssa}", "--origin",
                                             "github.com/hackerb9/ssa-baby-names", "--out", "{out}"), "fast"),
    Table(ATTRIBUTION + "person_names.json", ("training/count_person_names.py", "{ssa}", WORDNET, "{cleanco}",
                                              "--origin", "github.com/hackerb9/ssa-baby-names", "--out", "{out}"), "fast"),
    Table(ATTRIBUTION + "publisher_nouns.json", ("training/count_publisher_nouns.py", WORDNET, "--crawl", "{crawl}",
                                                 "--polnear", "{polnear}", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "body_parts.json", ("training/count_body_parts.py", "{crawl}", "--least", "3", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "incident_things.json", ("training/count_incident_things.py", "{crawl}", "--least", "1", "--out", "{out}"),
          "crawl"),
    Table(CLAIMS + "conditions.json", ("training/count_conditions.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "time_hedges.json", ("training/count_time_hedges.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "denial_forms.json", ("training/count_denial_forms.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table("viewer/analysis/open_questions.json", ("training/count_open_questions.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "outcome_words.json", ("training/count_outcome_words.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table("viewer/analysis/street_types.json", ("training/count_street_types.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table("viewer/corpus/outlet_names.json", ("training/count_outlet_names.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table("viewer/corpus/nameplate_words.json", ("training/count_nameplate_words.py", "{crawl}", "{polnear}", "--out",
                                                 "{out}"), "crawl"),
    Table(ATTRIBUTION + "body_kinds.json", ("training/count_body_kinds.py", "{crawl}", "{polnear}", "--out", "{out}"),
          "crawl"),
    Table(ATTRIBUTION + "name_kinds.json", ("training/count_name_kinds.py", "{crawl}", "{polnear}", "--out", "{out}"),
          "crawl"),
    Table(ATTRIBUTION + "owned_sources.json", ("training/count_owned_sources.py", "{polnear}", "--out", "{out}"), "crawl"),
    Table(ATTRIBUTION + "force_members.json", ("training/count_force_members.py", "{crawl}", "--out", "{out}"), "crawl"),
    Table(ATTRIBUTION + "titles.json", ("training/count_titles.py", "{crawl}", "--also", "{sets}/train", "--out", "{out}"),
          "crawl"),
    Table(ATTRIBUTION + "hearer_outlet_nouns.json", (
        "training/count_hearer_outlets.py", "{crawl}", *_also("basil", "basilB", "basilC", "basilD", "wcepA", "wcepC"),
        "--out", "{out}"), "crawl"),
    Table("viewer/analysis/subset_counts.json", ("training/count_subset_words.py", "{crawl}", "--also",
                                                 "{sets}/train/docs", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "change_by_words.json", ("training/count_change_by.py", "{crawl}", *_also(
        "basil", "basilB", "basilD", "wcepA", "train"), "--msrp", "{msrp}", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "change_words.json", ("training/count_change_words.py", "{crawl}", *_also(
        "basil", "basilB", "basilD", "wcepA", "train"), "--msrp", "{msrp}", "--out", "{out}"), "crawl"),
    Table(CLAIMS + "record_nouns.json", ("training/count_record_nouns.py", "{crawl}", *_also("train"), "--out", "{out}"),
          "parse"),
    Table(CLAIMS + "revision_verbs.json", ("training/count_revision_verbs.py", "{crawl}", *_also("train"),
                                           "--also={polnear}/docs", "--out", "{out}"), "parse"),
    Table(ATTRIBUTION + "media_nouns.json", ("training/count_media_nouns.py", "{crawl}", "--also={sets}/train", "--out",
                                             "{out}"), "parse"),
    Table(ATTRIBUTION + "read_nouns.json", ("training/count_read_nouns.py", "{crawl}", "--polnear", "{polnear}", "--out",
                                            "{out}"), "parse"),
    Table(CLAIMS + "findings.json", ("training/count_findings.py", "{crawl}", "--least", "5", "--out", "{out}"), "parse"),
    Table(CLAIMS + "publications.json", ("training/count_publications.py", "{crawl}", "--incidents", "100000", "--least",
                                         "3", "--out", "{out}"), "parse"),
    Table(CLAIMS + "stage_acts.json", ("training/count_stage_acts.py", "{crawl}", "--incidents", "100000", "--least", "10",
                                       "--out", "{out}"), "parse"),
    Table(CLAIMS + "study_words.json", ("training/count_study_words.py", *(f"{{sets}}/{name}/docs" for name in (
        *(f"allsides{letter}" for letter in "ABCDEFGHIJKLMNOP"), "basil", "basilB", "basilC", "basilD", "basilE",
        "wcepA", "wcepB", "wcepC", "wcepD", "newswcl50dev", "train", "dev")), "--msrp", "{msrp}", "--least", "3",
        "--out", "{out}"), "parse"),
    Table(CLAIMS + "change_directions.json", ("training/count_change_directions.py", "{crawl}", *_also(
        "basil", "basilB", "basilC", "basilD", "basilE", "wcepA", "wcepB", "wcepC", "wcepD", "train",
        *(f"allsides{letter}" for letter in "ABCDEFGHIJKLMN")), "--msrp", "{msrp}", "--least", "1", "--wordnet", WORDNET,
        "--seen", "2", "--out", "{out}"), "parse"),
    Table(ATTRIBUTION + "withholding.json", ("training/count_withholding.py", "{crawl}", "{polnear}", "--out", "{out}"),
          "parse"),
    Table(ATTRIBUTION + "classes.json", ("training/count_classes.py", "{polnear}", "--out", "{out}"), "parse"),
    Table(ATTRIBUTION + "written.json", ("training/count_written.py", "{polnear}", "--out", "{out}"), "parse"),
    Table(ATTRIBUTION + "noun_frames.json", ("training/count_noun_frames.py", "{polnear}", "--out", "{out}"), "parse"),
    Table(ATTRIBUTION + "sourcing_phrases.json", ("training/count_sourcing_phrases.py", "{polnear}", "--out", "{out}"),
          "parse"),
    Table(CLAIMS + "synonyms.json", ("training/count_synonyms.py", "{sets}/gva500/docs", "{sets}/train/docs",
                                     "--least", "3", "--share", "0.5", "--out", "{out}"), "parse"),
)

# The tables this check does not rerun, and why: their entries were chosen from the words' meaning (a closed class) and
# checked on the crawl with counts their provenance gives, or they are weights fitted on judged data, or their source
# is not kept on the machine. A new table must join TABLES or this list (tests/bench/test_check_tables.py).
NOT_RERUN = {
    "viewer/analysis/additive_not.json": "closed class (not only/just/merely/least), checked on the crawl (disc26)",
    "viewer/analysis/claims/vague_quantities.json": "ranges from the words' meaning (discrep34)",
    "viewer/analysis/claims/vocabulary.json": "closed classes: demonyms, verbs of saying (Quirk et al.), light words",
    "viewer/analysis/hedge_words.json": "closed class, counted on when32's crawl draw (discrep32)",
    "viewer/analysis/part_counts.json": "closed class (determiners, ordinals), checked on the crawl (disc26)",
    "viewer/analysis/saying_words.json": "closed class once held in code, checked on the crawl (spk25, disc26)",
    "viewer/analysis/suppletive_plurals.json": "a dictionary's irregular plural (people)",
    "viewer/analysis/claims/framing_words.json": "closed class of prepositions, measured by bench/framed_shares.py",
    "viewer/analysis/claims/intention_words.json": "bench/act_times.py's verbs of intention less three, measured",
    "viewer/corpus/page_lines.json": "patterns read off training/count_page_lines.py's printout, which writes no table",
    "viewer/analysis/claims/reader_address.json": "closed-class pronouns; training/count_reader_address.py counts "
                                                  "what the import removes, not the words",
    "viewer/analysis/claims/dated_acts.json": "training/count_dated_acts.py: parses the crawl and needs its frames",
    "viewer/analysis/claims/incident_days.json": "training/count_incident_days.py: parses the crawl and needs its frames",
    "viewer/analysis/claims/timed_events.json": "training/count_timed_events.py: parses the crawl, counts then table",
    "viewer/analysis/claims/judgement_words.json": "training/count_judgement_words.py: VADER and Pattern lexicons, "
                                                   "not kept on the machine",
    "viewer/analysis/claims/crosslingual.json": "thresholds chosen on Tatoeba pairs never committed (lingual29)",
    "viewer/analysis/claims/verifier.json": "weights fitted by viewer/analysis/claims/fit_verifier.py",
    "viewer/analysis/claims/link_judge.json": "weights fitted by training/fit_link_judge.py on judged links",
    "viewer/analysis/confident_pairs.json": "weights fitted by training/fit_confident_pairs.py on judged links",
    "viewer/analysis/own_voice.json": "weights fitted by training/fit_own_voice.py on PolNeAR",
    "viewer/resources/attribution/cues.json": "weights fitted by training/fit_cues.py on PolNeAR",
}


def command(table: Table, data: Path, mirror: Path, out: Path) -> list[str]:
    """The table's command with the data's places and the scratch file filled in."""
    places = {name: str(data / place) for name, place in PLACES.items()}
    places.update({name: str(mirror / place) for name, place in MIRRORS.items()})
    return [sys.executable] + [arg.format(out=out, **places) for arg in table.argv]


def steady(value: object) -> object:
    """The table as JSON without the day and command that wrote it, which change on every rerun."""
    if isinstance(value, dict):
        return {k: steady(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [steady(v) for v in value]
    return value


def compare(kept: Path, rerun: Path) -> str:
    """``same``, or how the rerun differs: the top-level entries (or list rows) added and dropped."""
    old, new = steady(json.loads(kept.read_text(encoding="utf-8"))), steady(json.loads(rerun.read_text(encoding="utf-8")))
    if old == new:
        return "same"
    parts = []
    for key in sorted(set(old) | set(new)) if isinstance(old, dict) and isinstance(new, dict) else ["(table)"]:
        a, b = (old, new) if key == "(table)" else (old.get(key), new.get(key))
        if a == b:
            continue
        parts.append(f"{key}: {_change(a, b)}")
    return "differs: " + "; ".join(parts)


def _change(a: object, b: object) -> str:
    if isinstance(a, (dict, list)) and isinstance(b, (dict, list)) and type(a) is type(b):
        keys_a = set(map(_key, a)) if isinstance(a, list) else set(a)
        keys_b = set(map(_key, b)) if isinstance(b, list) else set(b)
        changed = sum(1 for k in keys_a & keys_b if isinstance(a, dict) and a[k] != b[k])
        return f"{len(keys_a)} -> {len(keys_b)} (+{len(keys_b - keys_a)} -{len(keys_a - keys_b)}, {changed} changed)"
    return "value changed"


def _key(row: object) -> str:
    return json.dumps(row, sort_keys=True)


def check(table: Table, data: Path, mirror: Path, scratch: Path, timeout: float) -> str:
    """Rerun one table's script into ``scratch`` and compare; a script that fails or runs out of time says so."""
    out = scratch / Path(table.path).name
    started = time.monotonic()
    try:
        done = subprocess.run(command(table, data, mirror, out), cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    except subprocess.TimeoutExpired:
        return f"not rerun: over {timeout:.0f} s"
    if done.returncode or not out.exists():
        return f"script failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:] or ''}"
    return f"{compare(ROOT / table.path, out)} ({time.monotonic() - started:.0f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scratch", type=Path)
    parser.add_argument("--data", type=Path, default=Path("/work/data"))
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="the mirrored repositories")
    parser.add_argument("--only", default="", help="table file names, comma separated")
    parser.add_argument("--speed", choices=("fast", "crawl", "parse"), default="crawl",
                        help="run the tables this slow and faster")
    parser.add_argument("--timeout", type=float, default=1800)
    ns = parser.parse_args()
    order = ("fast", "crawl", "parse")
    only = set(filter(None, ns.only.split(",")))
    ns.scratch.mkdir(parents=True, exist_ok=True)
    failed = 0
    for table in TABLES:
        name = Path(table.path).name
        if (only and name not in only) or (not only and order.index(table.speed) > order.index(ns.speed)):
            continue
        result = check(table, ns.data, ns.mirror, ns.scratch, ns.timeout)
        failed += not result.startswith("same")
        print(f"{table.speed:5}  {table.path}: {result}", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
