"""Shared fixtures: an in-memory corpus, and the sample corpus imported and analysed once."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "viewer" / "resources" / "sample"
SCORER = REPO.parent / "shared" / "eval" / "score.py"  # the shared quality scorer, beside the checkout


def load_scorer(gold: Path | None = None):
    """The shared scorer module, with ``gold`` loaded as its annotations; skips when it is absent."""
    if not SCORER.exists():
        pytest.skip(f"the shared evaluation scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("provenance_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if gold is not None:
        module.G = module.Gold(json.loads(gold.read_text(encoding="utf-8")))
    return module


@pytest.fixture
def memory_corpus():
    from viewer.corpus.store import Corpus

    corpus = Corpus.in_memory()
    yield corpus
    corpus.close()


@pytest.fixture(scope="session")
def sample_corpus_file(tmp_path_factory) -> Path:
    """The five sample articles, imported and analysed once per test session (read-only use)."""
    from viewer.sample import ensure_sample_corpus

    return ensure_sample_corpus(tmp_path_factory.mktemp("sample") / "sample.corpus")


# A made-up wire report of the sample's May surrender count ("959 ... since Monday", d5), so that the
# count is a claim of two reports: no other sample sentence reports it (d1's "the port and the Azovstal
# plant were attacked" is another happening), and the tests of a claim outside the April articles, of a
# later claim in a thread and of one timeline per claim need such a claim.
MAY_WIRE = """Title: Hundreds of Azovstal defenders have surrendered, Moscow says
Date: 2022-05-18

Since Monday, 959 Ukrainian soldiers holed up in the Azovstal steel plant in Mariupol have surrendered, \
the Russian Defense Ministry said on Wednesday.

The figure could not be independently verified.
"""


@pytest.fixture(scope="session")
def sample_and_wire_file(tmp_path_factory) -> Path:
    """The five sample articles and the made-up May wire report (d6), imported and analysed once
    per test session (read-only use)."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.creating import create
    from viewer.corpus.importing import import_paths
    from viewer.resources import sample_articles

    folder = tmp_path_factory.mktemp("sample_and_wire")
    wire = folder / "may_wire.txt"
    wire.write_text(MAY_WIRE, encoding="utf-8")

    def build(corpus) -> None:
        import_paths(corpus, [sample_articles(), wire])
        analyse(corpus)

    path = folder / "sample_and_wire.corpus"
    create(path, build)
    return path


# Made-up reports naming their sources three ways: a description naming no one ("Officials", "An aide"),
# and officials of a named body ("State Department officials"), which keeps its speaker.
UNNAMED_REPORTS = {
    "bridge.txt": """Title: Bridge to reopen after repairs
Date: 2024-03-04

Officials said the bridge over the river would reopen on Monday. An aide said the mayor was resting at home.

State Department officials said the talks would resume next week.
""",
    "talks.txt": """Title: Talks to resume
Date: 2024-03-05

State Department officials said the talks would resume next week. Officials said the bridge over the river would reopen on Monday.
""",
}


@pytest.fixture(scope="session")
def unnamed_reports_file(tmp_path_factory) -> Path:
    """`UNNAMED_REPORTS` imported and analysed once per test session (read-only use)."""
    return _analysed_reports(tmp_path_factory, "unnamed", UNNAMED_REPORTS)


def _analysed_reports(tmp_path_factory, name: str, reports: dict[str, str]) -> Path:
    """These made-up reports written to files, imported and analysed into NAME.corpus."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.creating import create
    from viewer.corpus.importing import import_paths

    folder = tmp_path_factory.mktemp(name)
    for file_name, text in reports.items():
        (folder / file_name).write_text(text, encoding="utf-8")

    def build(corpus) -> None:
        import_paths(corpus, sorted(folder.glob("*.txt")))
        analyse(corpus)

    path = folder / f"{name}.corpus"
    create(path, build)
    return path


# Made-up reports of one arrest: the police did not say whether the suspect was armed (d1), the chief said he was (d2),
# and the sheriff declined to say (d3). Only d2's chief is a source of the claim; d1's "not" denies nothing.
UNSAID_REPORTS = {
    "police.txt": """Title: Man arrested on Route 9
Date: 2024-03-04

Police did not say whether the suspect was armed when officers stopped him on Route 9.

The man was taken to the county jail on Monday night.
""",
    "chief.txt": """Title: Route 9 suspect was armed, chief says
Date: 2024-03-05

The suspect was armed when officers stopped him on Route 9, Police Chief Dana Morrow said.

The man was taken to the county jail on Monday night.
""",
    "sheriff.txt": """Title: Sheriff silent on Route 9 arrest
Date: 2024-03-06

Sheriff Tom Hale declined to say whether the suspect was armed when officers stopped him on Route 9.

The man was taken to the county jail on Monday night.
""",
}


@pytest.fixture(scope="session")
def unsaid_reports_file(tmp_path_factory) -> Path:
    """`UNSAID_REPORTS` imported and analysed once per test session (read-only use)."""
    return _analysed_reports(tmp_path_factory, "unsaid", UNSAID_REPORTS)


@pytest.fixture
def unsaid_corpus(unsaid_reports_file, tmp_path):
    """A copy of `unsaid_reports_file` opened for a test that edits it."""
    from viewer.corpus.store import Corpus

    copy = tmp_path / "unsaid.corpus"
    shutil.copy(unsaid_reports_file, copy)
    with Corpus(copy, create=False) as opened:
        yield opened


# Made-up reports of one fire (d1-d3): the second restates the count of homes lower down in words the linker first
# leaves out (its two passages do not verify against each other); `FIRE_LATER`, imported later, is worded like that
# second passage, and through it an unlink of passage pairs let the article back into the claim.
FIRE_REPORTS = {
    "a.txt": "Wildfire destroys homes in Riverton\n\nRIVERTON, June 3 (Wire) - A wildfire destroyed 40 homes in Riverton"
             " on Tuesday, the county fire chief Dana Holt said.\n\nAbout 300 residents were evacuated to the high school"
             " gym overnight, officials said.\n\nHolt said crews had contained half of the fire by Wednesday morning.\n",
    "b.txt": "Riverton fire leaves families homeless\n\nThe wildfire that swept through Riverton on Tuesday destroyed 40 homes,"
             " according to fire chief Dana Holt.\n\nSome 300 people spent the night in the high school gym after being"
             " evacuated, officials said.\n\nBy Wednesday morning crews had contained half of the blaze, Holt said. Forty"
             " houses in Riverton burned down on Tuesday, neighbours told reporters.\n",
    "c.txt": "Crews contain half of Riverton wildfire\n\nFire crews had contained half of the Riverton wildfire by Wednesday"
             " morning, fire chief Dana Holt said.\n\nThe fire destroyed 40 homes in Riverton on Tuesday, Holt said, and"
             " about 300 residents were evacuated to the high school gym.\n",
}
FIRE_LATER = ("Riverton counts its losses\n\nA wildfire destroyed 40 houses in Riverton on Tuesday, neighbours told"
              " reporters.\n\nHolt said crews had contained half of the fire.\n")


@pytest.fixture(scope="session")
def fire_reports_file(tmp_path_factory) -> Path:
    """`FIRE_REPORTS` imported and analysed once per test session (read-only use)."""
    return _analysed_reports(tmp_path_factory, "fire", FIRE_REPORTS)


@pytest.fixture
def fire_reports(fire_reports_file, tmp_path):
    """A private, writable copy of the analysed `FIRE_REPORTS`."""
    yield from _private_copy(fire_reports_file, tmp_path)


# A later, undated count of the homes: a possible update of the fire reports' 40 homes.
FIRE_TOLL = ("Riverton fire toll rises\n\nThe wildfire that swept through Riverton destroyed 55 homes, fire chief Dana"
             " Holt said on Thursday.\n")


@pytest.fixture(scope="session")
def fire_toll_file(tmp_path_factory) -> Path:
    """`FIRE_REPORTS` and `FIRE_TOLL`, none of them dated, imported and analysed once per test session."""
    return _analysed_reports(tmp_path_factory, "fire_toll", {**FIRE_REPORTS, "d.txt": FIRE_TOLL})


@pytest.fixture
def fire_toll(fire_toll_file, tmp_path):
    """A private, writable copy of the analysed `FIRE_REPORTS` and `FIRE_TOLL`."""
    yield from _private_copy(fire_toll_file, tmp_path)


def _private_copy(path: Path, tmp_path: Path):
    """Open a copy of a session's analysed corpus that one test may change, closed after it."""
    from viewer.corpus.store import Corpus

    copy = tmp_path / path.name
    shutil.copy(path, copy)
    corpus = Corpus(copy, create=False)
    yield corpus
    corpus.close()


@pytest.fixture
def sample_and_wire(sample_and_wire_file, tmp_path):
    """A private, writable copy of the analysed sample with the made-up May wire report."""
    yield from _private_copy(sample_and_wire_file, tmp_path)


@pytest.fixture
def sample_corpus(sample_corpus_file, tmp_path):
    """A private, writable copy of the analysed sample corpus."""
    yield from _private_copy(sample_corpus_file, tmp_path)


ODD = "Zorblax"  # the word that makes `odd_attributions`, `odd_parse` and `odd_embedding` raise


@pytest.fixture
def odd_attributions(monkeypatch):
    """Attribution finding raises on any document containing `ODD`, as a bug an odd article trips
    would (ECB+ 18_5ecb.txt once gave ValueError('__len__() should return >= 0')); undone with ``.undo()``."""
    from viewer.analysis import documents

    found = documents.find_attributions

    def raising(parsed):
        if ODD in parsed.text:
            raise ValueError("__len__() should return >= 0")
        return found(parsed)

    monkeypatch.setattr(documents, "find_attributions", raising)
    return monkeypatch


ODD_BATCH = "one text of the batch tripped it"  # what `odd_parse` and `odd_embedding` raise
# Each fixture making one document fail, and how the report names the failure.
ODD_FAILURES = {
    "odd_attributions": "ValueError: __len__() should return >= 0 (in attributions)",
    "odd_parse": f"ValueError: {ODD_BATCH} (in parsing)",
    "odd_embedding": f"ValueError: {ODD_BATCH} (in embedding)",
}


@pytest.fixture
def odd_parse(monkeypatch):
    """spaCy's ``pipe`` raises for any batch holding a text with `ODD`, before giving any of it, as
    a batched component failing on one text does; undone with ``.undo()``."""
    from viewer.analysis import segment

    english = segment.english

    class Pipeline:
        def pipe(self, texts, **options):
            texts = list(texts)
            if any(ODD in (text[0] if options.get("as_tuples") else text) for text in texts):
                raise ValueError(ODD_BATCH)
            return english().pipe(texts, **options)

    monkeypatch.setattr(segment, "english", Pipeline)
    return monkeypatch


@pytest.fixture
def odd_embedding(monkeypatch):
    """The sentence encoder raises for any batch holding a text with `ODD` (units of several
    documents are embedded together); undone with ``.undo()``."""
    from viewer.analysis.claims import units

    shared = units.shared_encoder

    class Encoder:
        def encode_with_pieces(self, texts, *args):
            if any(ODD in text for text in texts):
                raise ValueError(ODD_BATCH)
            return shared().encode_with_pieces(texts, *args)

    monkeypatch.setattr(units, "shared_encoder", Encoder)
    return monkeypatch


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Tests never touch the researcher's real data folder or settings."""
    monkeypatch.setenv("PROVENANCE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication():
    """Create the widgets-capable application first: code that only needs a QGuiApplication
    (PDF layout) would otherwise create one that the GUI tests cannot use."""
    from PySide6.QtWidgets import QApplication

    yield QApplication.instance() or QApplication([])


def analysed_corpus(folder: Path, reports: dict[str, str]):
    """These made-up reports written to files in a new FOLDER, imported and analysed into an open corpus there."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus

    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus(folder / "c.corpus")
    import_paths(corpus, sorted(folder.glob("*.txt")))
    analyse(corpus)
    return corpus


def write_too_long(folder: Path, name: str = "archive.txt") -> Path:
    """A made-up report longer than the analysis reads (built here: no 1 MB file in the repo)."""
    from viewer.corpus.length_limit import ANALYSIS_READS

    sentence = "The ferry to the northern islands ran late again on Tuesday, the harbour office said. "
    path = folder / name
    path.write_text("Ferry archive\n\n" + sentence * (ANALYSIS_READS // len(sentence) + 1), encoding="utf-8")
    return path


def write_archive_and_digest(folder: Path) -> tuple[Path, Path]:
    """A made-up archive longer than the analysis reads, and its first nine tenths, which the import marks a
    near-duplicate of it: a digest the analysis reads though the archive is too long for it."""
    from viewer.corpus.length_limit import ANALYSIS_READS

    lines = [f"Clerk {i} counted {i * 7} ballots in ward {i % 97} on day {i % 31} of the recount." for i in range(14_800)]
    archive, digest = folder / "archive.txt", folder / "digest.txt"
    archive.write_text("\n\n".join(lines), encoding="utf-8")
    digest.write_text("\n\n".join(lines[:13_300]), encoding="utf-8")
    assert len(archive.read_text(encoding="utf-8")) > ANALYSIS_READS >= len(digest.read_text(encoding="utf-8"))
    return archive, digest


def features_of(text: str):
    """The claim unit features of a made-up text read whole, as the analysis reads a unit in its parse."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    return unit_features(english()(text), Span(0, len(text)))
