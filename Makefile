# Two entries, as in the README:
#   make        set everything up and run the main job (check the YAML, write the schemas, build the site)
#   make test   run the whole test suite (CI runs this)
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: all setup system-deps check schema site serve test voorbeeld-verwacht clean

all: check schema site

system-deps:
	bash scripts/system-deps.sh

setup: system-deps $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

check: setup
	$(BIN)/doorstroom check

schema: setup
	$(BIN)/doorstroom schema --out schemas

# The site in two steps, so any engine that reads mkdocs.yml can do the second: our export writes the whole
# site as a project (pages, PDFs, scripts, mkdocs.yml; the same as `doorstroom pages`), then the engine builds it.
SITE_BRON := build/site-bron
site: setup
	$(BIN)/python -m generator.site.export --out $(SITE_BRON)
	$(BIN)/mkdocs build --strict -f $(SITE_BRON)/mkdocs.yml -d $(CURDIR)/site

# Live preview: the hooks hand the same site bundle to MkDocs and rebuild when the YAML changes.
serve: setup
	$(BIN)/mkdocs serve

# Regenerate the expected overview and session report of the example session (after a deliberate change).
VOORBEELD := examples/sessie-regio-lindewaard
SESSIE_TITEL := Sessie Regio Lindewaard (Voorbeeld met verzonnen gegevens)
voorbeeld-verwacht: export DOORSTROOM_SITE_URL :=
voorbeeld-verwacht: setup
	$(BIN)/doorstroom overzicht $(VOORBEELD)/bladen/stimuleren --out build/voorbeeld --titel "Sessie Regio Lindewaard"
	cp build/voorbeeld/overzicht.json $(VOORBEELD)/verwacht-overzicht.json
	# exit code 1 is expected: the example holds one praatplaat, which a session report does not take
	$(BIN)/doorstroom sessie $(VOORBEELD)/bladen --out build/sessie --titel "$(SESSIE_TITEL)" || [ $$? -eq 1 ]
	cp build/sessie/sessie.json $(VOORBEELD)/verwacht-sessie.json

test: setup
	$(BIN)/ruff check generator tests
	$(BIN)/pytest -n 2

clean:
	rm -rf $(VENV) site build .pytest_cache
