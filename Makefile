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

.PHONY: run test lint typecheck pytest soak translations ts bench icons docs clean \
	bundle bundle-lts package package-test package-test-lts msi-check system-packages admx

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

# Reliability under faults, longer than `make test` (a few minutes): the app SIGKILLed hundreds
# of times while it writes, and many more runs of the model-based test of the services.
SOAK_KILLS ?= 200
SOAK_EXAMPLES ?= 200
SOAK_CONVERSION_KILLS ?= 60
soak: $(STAMP) $(QM)
	COACHAPP_SOAK_KILLS=$(SOAK_KILLS) COACHAPP_SOAK_EXAMPLES=$(SOAK_EXAMPLES) \
		COACHAPP_CONVERSION_KILLS=$(SOAK_CONVERSION_KILLS) \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -rP \
		tests/e2e/test_crash_services.py tests/unit/common/test_model_based.py \
		tests/e2e/test_protected_journal.py $(PYTEST_ARGS)

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

# The user guide's pictures (the app on the demo journal) and its HTML, under resources/guide/.
docs: $(STAMP) $(QM)
	$(BIN)/python tools/guide_docs.py

# Packaging (docs/deploy.md). Not part of `make test`: PyInstaller, dpkg-deb and wixl are slow.
BUILD_STAMP := $(VENV)/.build-installed
BUNDLE := dist/coachapp/coachapp
RESOURCES := $(shell find resources -type f -not -name '*.qm' -not -name '*.ts')
# Debian packages the packaging targets use (installed when missing, as .ci/run does).
SYSTEM_PACKAGES := binutils icu-devtools dpkg-dev fakeroot desktop-file-utils debootstrap libgl1 libegl1 \
	libxcb1 libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig-config \
	fonts-dejavu-core tzdata

$(BUILD_STAMP): requirements/build.txt $(STAMP)
	$(BIN)/python -m pip install --quiet -r requirements/build.txt
	touch $@

$(BUNDLE): build.spec packaging/bundle_plan.py packaging/icu_data.py main.py $(SOURCES) $(RESOURCES) $(QM) $(BUILD_STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build.spec

# The onedir bundle in dist/coachapp (build.spec).
bundle: $(BUNDLE)

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			$$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The .deb in dist/ (packaging/build_deb.py).
package: $(BUNDLE) system-packages
	$(BIN)/python packaging/build_deb.py

# Build, install, upgrade and remove the package in a clean root; prints the figures.
package-test: system-packages
	packaging/package-test.sh

# The bundle and .deb for older releases (Ubuntu 22.04 and newer, Debian 12 and newer) in dist/lts/,
# built in a clean Ubuntu 22.04 root (as root; docs/deploy.md). Not run by CI: long, needs mirrors.
bundle-lts: system-packages
	nice -n 10 packaging/build-in-root.sh

# The same checks as package-test for that package, in clean Ubuntu 22.04 and Debian 12 roots,
# and Debian 11's known limit (as root).
package-test-lts: $(STAMP) system-packages
	nice -n 10 packaging/package-test-lts.sh

# Group Policy templates (packaging/windows/policy/) from the settings coachapp/config.py declares;
# run after adding or changing a setting (a test fails while the committed files differ).
admx: $(STAMP)
	$(BIN)/python tools/admx.py

# Compile packaging/windows/coachapp.wxs with Debian's wixl against a dummy bundle.
msi-check: $(STAMP)
	@$(MAKE) --no-print-directory system-packages SYSTEM_PACKAGES="wixl msitools"
	$(BIN)/python packaging/msi_check.py

clean:
	rm -rf $(VENV) $(QM) .mypy_cache .ruff_cache .pytest_cache build dist *.egg-info
