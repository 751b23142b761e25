# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
QM := kadin_danisma/translations/kadin_danisma_tr.qm

.PHONY: run test bench faults package package-check lint translations screenshots schema clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# compat: a plain path entry instead of setuptools' import hook, which costs every start (the app, each
	# CLI call, each test subprocess) about 35 ms (make bench).
	$(PY) -m pip install --quiet -e . --config-settings editable_mode=compat
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]' --config-settings editable_mode=compat
	touch $@

$(QM): translations/kadin_danisma_tr.ts $(VENV)/.installed
	mkdir -p kadin_danisma/translations
	$(VENV)/bin/pyside6-lrelease -silent translations/kadin_danisma_tr.ts -qm $(QM)

translations: $(QM)

run: $(VENV)/.installed $(QM)
	$(VENV)/bin/kadin-danisma $(ARGS)

test: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# Speed on a big synthetic vault (issue 7): BENCH_CASES=2000 for a quick run; the vault is cached in .bench/.
# BENCH_ONLY=documents: the PDF figures alone (letter cold and warm, the long client record), written to
# docs/bench/documents.md.
bench: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench.py

# The fault suite at full size (issue 7): kill -9 loops, full disks, byte flips, older copies, leaks.
# `make test` runs the same tests at a quick size. Writes docs/faults/latest.md and .json.
faults: $(VENV)/.installed-test $(QM)
	KD_FAULTS=full KD_FAULTS_REPORT=docs/faults QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m faults $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check kadin_danisma tests scripts
	$(VENV)/bin/mypy

# Refresh the Turkish catalogue from the sources (then translate new entries by hand).
update-ts: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate $$(find kadin_danisma/gui -name '*.py' | sort) -ts translations/kadin_danisma_tr.ts -no-obsolete

# Regenerate the interchange JSON Schema from domain/records.py (a test checks it is current).
schema: $(VENV)/.installed
	$(PY) scripts/make_schema.py

screenshots: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs --lang=en

# The one-folder bundle for workstations and laptops (packaging/README.md): dist/kadin-danisma/.
BUNDLE := dist/kadin-danisma
$(VENV)/.installed-package: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[package]' --config-settings editable_mode=compat
	touch $@

package: $(VENV)/.installed-package $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN packaging/kadin_danisma.spec

# Run the built bundle headless: --version, the self-check (temporary vault, PDF fonts, Qt plugins), then
# the size and the ten largest files. Builds first if there is no bundle yet.
package-check:
	@test -x $(BUNDLE)/kadin-danisma || $(MAKE) package
	$(BUNDLE)/kadin-danisma --version
	QT_QPA_PLATFORM=offscreen $(BUNDLE)/kadin-danisma self-check
	@echo "bundle size: $$(du -sh $(BUNDLE) | cut -f1) ($$(find $(BUNDLE) -type f | wc -l) files)"
	@echo "largest files:"
	@find $(BUNDLE) -type f -printf '%s %P\n' | sort -rn | head -10 | awk '{printf "  %6.1f MB  %s\n", $$1/1048576, $$2}'

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache build dist
