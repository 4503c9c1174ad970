# MentorDesk: `make run` opens the app, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint forms bench demo clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "MentorDesk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

run: $(VENV)/.installed  ## set up and open MentorDesk on the default database
	$(BIN)/mentordesk

test: $(VENV)/.installed  ## set up and run the whole test suite
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: $(VENV)/.installed  ## ruff, mypy on the core, generated forms fresh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python tools/build_forms.py --check

forms: $(VENV)/.installed  ## regenerate mentordesk/gui/forms from ui/*.ui
	$(BIN)/python tools/build_forms.py

bench: $(VENV)/.installed  ## benchmarks with their figures (not part of the tests)
	$(BIN)/python tests/bench/bench_startup.py
	$(BIN)/python tests/bench/bench_matching.py
	$(BIN)/python tests/bench/bench_import.py
	$(BIN)/python tests/bench/bench_printing.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
