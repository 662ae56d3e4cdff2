# Teilhabe: two commands set everything up. `make run` serves the demo, `make test` checks it all.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: run install migrate demo test test-fast lint format bench messages migrations-check deploy-check worker reset clean

run: $(STAMP) messages migrate demo
	$(MANAGE) runserver 127.0.0.1:8000

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: $(STAMP)
	mkdir -p var
	$(MANAGE) migrate --no-input

demo: $(STAMP)
	$(MANAGE) load_demo

messages: $(STAMP)
	$(MANAGE) compilemessages --ignore=.venv -v0

## The whole suite: lint, migrations check, system check, unit + browser tests.
test: $(STAMP) lint migrations-check messages
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/pytest -m "not browser and not concurrency" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: $(STAMP)
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

bench: $(STAMP)
	$(BIN)/python bench/run.py

worker: $(STAMP)
	$(MANAGE) db_worker

deploy-check: $(STAMP)
	bash scripts/deploy-check.sh

reset:
	rm -f var/teilhabe.sqlite3 var/teilhabe.sqlite3-wal var/teilhabe.sqlite3-shm

clean: reset
	rm -rf $(VENV) var/static var/test-*.sqlite3*
