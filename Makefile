# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE_CORPUS := $(HOME)/.local/share/provenance-viewer/sample.corpus

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench package clean system-deps

$(STAMP): pyproject.toml requirements/pipeline.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip >/dev/null
	$(PY) -m pip install --no-deps --require-hashes -r requirements/pipeline.txt
	$(PY) -m pip install -e '.[test]'
	touch $(STAMP)

# Qt needs a few shared libraries a bare Debian lacks; pdftoppm renders PDFs in one test.
system-deps:
	@missing=""; \
	for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0; do \
	  ldconfig -p | grep -q "$$lib" || missing=1; \
	done; \
	command -v pdftoppm >/dev/null || missing=1; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils fonts-dejavu-core >/dev/null; \
	fi

run: $(STAMP) system-deps
	$(VENV)/bin/provenance open --sample

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

clean:
	rm -rf $(VENV) build/out build/work dist

# Installers: the one-folder bundle for this machine (dist/provenance and a .tar.gz/.zip), its
# sizes, and --selftest of the bundle. On Linux the X11 libraries Qt needs are bundled from this
# machine, so they are installed first. Windows/macOS installers: build/windows, build/macos.
package: $(STAMP) system-deps
	@if [ "$$(uname)" = Linux ] && ! ldconfig -p | grep -q libxcb-cursor.so.0; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get install -y -qq libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	    libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 >/dev/null; \
	fi
	$(PY) -m pip install -q 'pyinstaller>=6.3,<7'
	QT_QPA_PLATFORM=offscreen $(PY) build/package.py
