# Teilhabe: two commands set everything up. `make run` serves the demo, `make test` checks it all.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: run install migrate demo test test-fast lint format bench messages migrations-check deploy-check worker reset clean

run: $(STAMP) messages migrate demo
	@echo "E-mail is not sent in development: read it at http://127.0.0.1:8000/admin/outbox/ (sign in as admin@example.org), or in this console."
	$(MANAGE) runserver 127.0.0.1:8000

$(STAMP): pyproject.toml package.json
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	# The W3C Nu Html Checker for tests/markup (package.json); skipped there without node/npm.
	if command -v npm >/dev/null 2>&1; then npm install --no-audit --no-fund --silent; fi
	touch $(STAMP)

install: $(STAMP)

migrate: $(STAMP)
	mkdir -p var
	$(MANAGE) migrate --no-input

demo: $(STAMP)
	$(MANAGE) load_demo

messages: $(STAMP)
	$(MANAGE) compilemessages --ignore=.venv -v0

# One pytest-xdist worker per core (each with its own test database, live server, Chromium and
# media folder); `make test PARALLEL=` runs everything in one process.
PARALLEL ?= -n auto --dist loadgroup
# pytest exits 5 when a selection is empty (e.g. PYTEST_ARGS names a file without serial tests).
PYTEST_OK := || test $$? -eq 5

## The whole suite: lint, migrations check, system check, unit + browser tests. Tests marked
## `serial` (concurrency, failure drills) need the machine to themselves and run afterwards.
test: $(STAMP) lint migrations-check messages
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	$(BIN)/pytest $(PARALLEL) -m "not serial" $(PYTEST_ARGS) $(PYTEST_OK)
	$(BIN)/pytest -m serial $(PYTEST_ARGS) $(PYTEST_OK)

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
	rm -rf $(VENV) var/static var/test-*.sqlite3* var/test-media*
