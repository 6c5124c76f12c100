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
TOOLS     := .venv-tools
TOOLS_STAMP := $(TOOLS)/.installed
NEWEST    := .venv-newest
export QT_QPA_PLATFORM ?= offscreen
# a QGIS user profile's plugin folder (override for another profile)
QGIS_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: help setup demo demo-ru test test-unit test-qgis test-matrix test-debian13 test-newest check-qgis4 check-package validate package deploy undeploy lint format bench audit sample-data styles i18n clean

help:
	@echo "make setup     install QGIS 3.40 LTR (if needed) and the Python dependencies into $(VENV)"
	@echo "make demo      run the main job on the bundled Kalundborg and Copenhagen samples -> output/ (maps, reports)"
	@echo "make demo-ru   the same in Russian on the bundled Rustavi sample (sites with OKVED2 codes alone) -> output/rustavi.*"
	@echo "make test      QGIS 4 checks, unit tests (no QGIS) and QGIS tests (pytest-qgis, headless) on this system's QGIS"
	@echo "make test-matrix  make test, then the same tests on Debian 13 + QGIS 3.44 + numpy 2 (debootstrap root, needs root)"
	@echo "               and the unit tests on the newest PyPI numpy, pandas, geopandas, shapely, scipy, networkx, pyproj"
	@echo "make validate  the engine against the documented symbiosis networks -> output/validation.md, .json"
	@echo "make package   build $(DIST_ZIP) for plugins.qgis.org"
	@echo "make deploy    install the plugin into the QGIS profile ($(QGIS_PLUGINS)); make undeploy removes it"
	@echo "make lint      ruff, the QGIS 4 checks (scripts/check_qt6.py, flake8-qgis) and the zip's checks"
	@echo "make audit     run the main job on the whole Nordic E-PRTR register and count implausible exchanges -> output/audit.md"
	@echo "make i18n      merge the translatable strings into resources/i18n/*.ts (translate them in Qt Linguist)"

$(STAMP): requirements.txt requirements-dev.txt scripts/install_qgis.sh scripts/install_postgis.sh
	bash scripts/install_qgis.sh
	bash scripts/install_postgis.sh
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

# checkers in their own venv, without QGIS (requirements-tools.txt says why)
$(TOOLS_STAMP): requirements-tools.txt
	test -x $(TOOLS)/bin/python || /usr/bin/python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check -r requirements-tools.txt
	touch $(TOOLS_STAMP)

# QGIS 4 (Qt 6) readiness over the whole plugin: Qt names as PyQt6 has them, and flake8-qgis (.flake8)
check-qgis4: $(TOOLS_STAMP)
	$(TOOLS)/bin/python scripts/check_qt6.py $(PKG) tests scripts
	$(TOOLS)/bin/flake8 --select=QGS $(PKG)

# the zip as plugins.qgis.org checks an upload (scripts/check_package.py)
check-package: package $(TOOLS_STAMP)
	$(PY) scripts/check_package.py $(DIST_ZIP) --tools $(TOOLS)/bin

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

# the Russian case: five Rustavi-Gardabani plants with OKVED2 codes and no streams; map and report in Russian
demo-ru: $(STAMP)
	mkdir -p output
	$(PY) -m $(PKG) run --sites resources/sample_data/rustavi.gpkg \
	    --out output/rustavi.gpkg --png output/rustavi.png \
	    --report output/rustavi.html --pdf output/rustavi.pdf \
	    --title "Рустави: предлагаемый промышленный симбиоз" --scenario "Рустави" --language ru \
	    --overwrite --quiet

test: $(STAMP) check-qgis4 check-package
	$(PY) -m pytest tests/unit -q -p no:pytest_qgis
	$(PY) -m pytest tests/qgis -q
	$(PY) scripts/validate.py --quick --shared $(SHARED) --out output/validate-quick

# the engine on every documented network of resources/validation (and Kalundborg and Händelö from the register)
validate: $(STAMP)
	$(PY) scripts/validate.py --shared $(SHARED) --out output

# the second leg: Debian 13, QGIS 3.44 (trixie-backports), Python 3.13, numpy 2 (scripts/debian13_leg.sh)
test-debian13:
	bash scripts/debian13_leg.sh

# the engine's unit tests on the newest PyPI releases, in a venv without system packages: in the Debian 13
# root (Python 3.13: several of them need >= 3.12) when run as root, else on this system's Python
test-newest:
	if [ "$$(id -u)" -eq 0 ]; then bash scripts/debian13_leg.sh newest; else \
	  rm -rf $(NEWEST) && /usr/bin/python3 -m venv $(NEWEST) && \
	  $(NEWEST)/bin/pip install --quiet --disable-pip-version-check numpy pandas geopandas shapely scipy networkx \
	    pyproj pyogrio global-land-mask $$(grep -E '^(pytest|pypdf)==' requirements-dev.txt) && \
	  $(NEWEST)/bin/python -c "import numpy, pandas, geopandas, shapely, scipy, networkx, pyproj; \
	    print('newest:', *(f'{m.__name__} {m.__version__}' for m in (numpy, pandas, geopandas, shapely, scipy, networkx, pyproj)))" && \
	  $(NEWEST)/bin/python -m pytest tests/unit -q -p no:pytest_qgis -p no:cacheprovider; fi

test-matrix: test test-debian13 test-newest

test-unit: $(STAMP)
	$(PY) -m pytest tests/unit -q -p no:pytest_qgis

test-qgis: $(STAMP)
	$(PY) -m pytest tests/qgis -q

# rebuild the shipped layer styles (resources/styles/*.qml) from scripts/build_styles.py
styles: $(STAMP)
	$(PY) scripts/build_styles.py

sample-data: $(STAMP)
	$(PY) scripts/build_sample_data.py --shared $(SHARED) --out resources/sample_data/kalundborg.gpkg \
	    --copenhagen resources/sample_data/copenhagen.gpkg --rustavi resources/sample_data/rustavi.gpkg

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

lint: $(STAMP) check-qgis4 check-package
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
	rm -rf build dist output .pytest_cache $(NEWEST)
