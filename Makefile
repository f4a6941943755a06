# Two commands matter: `make run` and `make test`. Both build what they need from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS_DIR := resources/translations
LANGS := fr en
TS := $(foreach l,$(LANGS),$(TS_DIR)/coachapp_$(l).ts)
QM := $(TS:.ts=.qm)
SOURCES := $(shell find coachapp -name '*.py' -not -path '*/__pycache__/*')

.PHONY: run test lint typecheck pytest translations ts bench icons clean

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

$(STAMP): requirements/runtime.txt requirements/dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "CoachApp needs Python 3.11 or newer ($(PYTHON) is older)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Compile the translations the app loads at run time.
$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts catalogues from the sources (run after changing user-visible text).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(SOURCES) -target-language fr_FR -ts $(TS_DIR)/coachapp_fr.ts
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(SOURCES) -target-language en_GB -pluralonly -ts $(TS_DIR)/coachapp_en.ts

bench: $(STAMP) $(QM)
	$(BIN)/python benchmarks/startup.py

icons: $(STAMP)
	$(BIN)/python tools/render_icons.py

clean:
	rm -rf $(VENV) $(QM) .mypy_cache .ruff_cache .pytest_cache build *.egg-info
