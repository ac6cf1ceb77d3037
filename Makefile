# Two commands set everything up on a fresh machine with Python 3.11+:
#   make run    opens the workbench on the demo case
#   make test   installs everything and runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workbench

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check workbench tests benchmarks
	$(BIN)/ruff format --check workbench tests benchmarks
	$(BIN)/mypy
	$(BIN)/python tools/translations.py check

# Re-extract the window's strings into resources/i18n/*.ts (translate them there, e.g. with
# pyside6-linguist) and compile the .qm files the window loads; the wheel and the app ship both.
translations: $(STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release

clean:
	rm -rf $(VENV) build dist *.egg-info
