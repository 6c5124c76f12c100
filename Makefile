# EcoPark developer commands. Every target is idempotent and sets up what it needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
STAMP     := $(VENV)/.installed
VERSION   := $(shell sed -n 's/^version=//p' metadata.txt)
PKG       := ecopark_plugin
DIST_ZIP  := dist/$(PKG)-$(VERSION).zip
SHARED    ?= ../shared/data
export QT_QPA_PLATFORM ?= offscreen
# a QGIS user profile's plugin folder (override for another profile)
QGIS_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: help setup demo test test-unit test-qgis validate package deploy undeploy lint format bench audit sample-data styles i18n clean

help:
	@echo "make setup     install QGIS 3.40 LTR (if needed) and the Python dependencies into $(VENV)"
	@echo "make demo      run the main job on the bundled Kalundborg and Copenhagen samples -> output/ (maps, reports)"
	@echo "make test      unit tests (no QGIS) and QGIS tests (pytest-qgis, headless)"
	@echo "make validate  the engine against the documented symbiosis networks -> output/validation.md, .json"
	@echo "make package   build $(DIST_ZIP) for plugins.qgis.org"
	@echo "make deploy    install the plugin into the QGIS profile ($(QGIS_PLUGINS)); make undeploy removes it"
	@echo "make lint      ruff"
	@echo "make audit     run the main job on the whole Nordic E-PRTR register and count implausible exchanges -> output/audit.md"
	@echo "make i18n      merge the translatable strings into resources/i18n/*.ts (translate them in Qt Linguist)"

$(STAMP): requirements.txt requirements-dev.txt scripts/install_qgis.sh scripts/install_postgis.sh
	bash scripts/install_qgis.sh
	bash scripts/install_postgis.sh
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	mkdir -p output
	$(PY) -m $(PKG) run --sites resources/sample_data/kalundborg.gpkg --streams resources/sample_data/kalundborg.gpkg \
	    --ports "resources/sample_data/kalundborg.gpkg|layername=ports" \
	    --out output/ecopark_demo.gpkg --png output/ecopark_demo.png \
	    --report output/ecopark_demo.html --pdf output/ecopark_demo.pdf \
	    --title "Kalundborg: proposed industrial symbiosis" --scenario "Kalundborg" --overwrite --quiet
	$(PY) -m $(PKG) run --sites resources/sample_data/copenhagen.gpkg \
	    --network "resources/sample_data/copenhagen.gpkg|layername=roads" \
	    --housing "resources/sample_data/copenhagen.gpkg|layername=buildings" \
	    --out output/copenhagen.gpkg --png output/copenhagen.png \
	    --report output/copenhagen.html --pdf output/copenhagen.pdf \
	    --title "Copenhagen: exchanges, protection zones and homes inside them" --scenario "Copenhagen" \
	    --overwrite --quiet

test: $(STAMP)
	$(PY) -m pytest tests/unit -q -p no:pytest_qgis
	$(PY) -m pytest tests/qgis -q
	$(PY) scripts/validate.py --quick --shared $(SHARED) --out output/validate-quick

# the engine on every documented network of resources/validation (and Kalundborg from the register)
validate: $(STAMP)
	$(PY) scripts/validate.py --shared $(SHARED) --out output

test-unit: $(STAMP)
	$(PY) -m pytest tests/unit -q -p no:pytest_qgis

test-qgis: $(STAMP)
	$(PY) -m pytest tests/qgis -q

# rebuild the shipped layer styles (resources/styles/*.qml) from scripts/build_styles.py
styles: $(STAMP)
	$(PY) scripts/build_styles.py

sample-data: $(STAMP)
	$(PY) scripts/build_sample_data.py --shared $(SHARED) --out resources/sample_data/kalundborg.gpkg \
	    --copenhagen resources/sample_data/copenhagen.gpkg

# new strings in, vanished ones marked; `scripts/i18n.py check` (a unit test) fails on untranslated ones
i18n: $(STAMP)
	$(PY) scripts/i18n.py update

# plugins.qgis.org layout: one top folder named like the package, metadata.txt inside it
package: $(STAMP)
	$(PY) scripts/package.py --out $(DIST_ZIP)

# a copy of the packaged plugin, told where the venv's packages are so the desktop QGIS can import them
deploy: package
	rm -rf "$(QGIS_PLUGINS)/$(PKG)" && mkdir -p "$(QGIS_PLUGINS)"
	cp -r build/package/$(PKG) "$(QGIS_PLUGINS)/"
	$(PY) -c "import sysconfig; print(sysconfig.get_paths()['purelib'])" > "$(QGIS_PLUGINS)/$(PKG)/deps_path.txt"
	$(PY) scripts/enable_plugin.py --profile-plugins "$(QGIS_PLUGINS)" --enable
	@echo "deployed to $(QGIS_PLUGINS)/$(PKG); start QGIS"

undeploy:
	rm -rf "$(QGIS_PLUGINS)/$(PKG)"
	-test -x $(PY) && $(PY) scripts/enable_plugin.py --profile-plugins "$(QGIS_PLUGINS)" --disable
	@echo "removed $(PKG) from $(QGIS_PLUGINS)"

lint: $(STAMP)
	$(VENV)/bin/ruff check $(PKG) tests scripts
	$(VENV)/bin/ruff format --check $(PKG) tests scripts

format: $(STAMP)
	$(VENV)/bin/ruff format $(PKG) tests scripts
	$(VENV)/bin/ruff check --fix $(PKG) tests scripts

# packages only the benchmark compares against (pandana), kept out of .venv
BENCH_DEPS := build/bench-deps/.installed
$(BENCH_DEPS): requirements-bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --target build/bench-deps -r requirements-bench.txt
	touch $(BENCH_DEPS)

bench: $(STAMP) $(BENCH_DEPS)
	mkdir -p output
	$(PY) scripts/bench.py --shared $(SHARED) --out output/bench.json --table output/bench.md

# plausibility audit on the real register: output/audit.md, audit.json, audit_sample.csv
audit: $(STAMP)
	$(PY) scripts/audit.py --shared $(SHARED) --out output

clean:
	rm -rf build dist output .pytest_cache
