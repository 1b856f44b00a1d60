# gongkai — the two commands: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Django 6 needs Python >= 3.12: take the first interpreter that qualifies (override with PYTHON=...).
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
GONGKAI_TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/gongkai_test
export GONGKAI_TEST_DATABASE_URL

.PHONY: help run test lint typecheck pytest pytest-sqlite pytest-postgres venv demo clean system-deps bench

help:
	@echo "make run    — set up .venv, migrate, load the demo data, serve http://127.0.0.1:8000 (SQLite)"
	@echo "make test   — lint, type check, whole test suite on SQLite and on PostgreSQL"
	@echo "make bench  — the benchmarks that need no server (privacy, holdouts, report checker)"

$(BIN)/.installed: pyproject.toml requirements.txt requirements-dev.txt
	@if [ -z "$(PYTHON)" ]; then echo "error: Python >= 3.12 not found; set PYTHON=/path/to/python3.12" >&2; exit 1; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

venv: $(BIN)/.installed

demo: venv
	$(BIN)/gongkai demo

run: venv
	$(BIN)/gongkai demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy gongkai tests benchmarks

pytest-sqlite: venv
	@echo "== tests on SQLite =="
	env -u GONGKAI_DATABASE_URL $(BIN)/pytest -n 2 --cov --cov-report=term:skip-covered -q

pytest-postgres: venv
	@echo "== tests on PostgreSQL ($(GONGKAI_TEST_DATABASE_URL)) =="
	@if $(BIN)/python -m gongkai.lib.dbcheck "$(GONGKAI_TEST_DATABASE_URL)"; then \
		GONGKAI_DATABASE_URL="$(GONGKAI_TEST_DATABASE_URL)" $(BIN)/pytest -n 2 -q; \
	elif [ "$$CI" = "true" ]; then \
		echo "error: CI=true and PostgreSQL is not reachable at $(GONGKAI_TEST_DATABASE_URL)" >&2; exit 1; \
	else \
		echo "warning: PostgreSQL not reachable; skipping the PostgreSQL run (it is mandatory when CI=true)" >&2; \
	fi

pytest: pytest-sqlite pytest-postgres

# Browser tests drive Debian's Chromium through Playwright (no browser download), and the PDF renderers are
# checked with poppler's pdftoppm and a CJK font. Installed from Debian's packages when missing and we are
# root; otherwise the tests that need them are skipped with a reason.
SYSTEM_PACKAGES := chromium poppler-utils fonts-noto-cjk
system-deps:
	@if command -v chromium >/dev/null && command -v pdftoppm >/dev/null && fc-list 2>/dev/null | grep -qi "noto sans cjk"; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "installing $(SYSTEM_PACKAGES) from Debian's packages"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null) \
			|| echo "warning: could not install $(SYSTEM_PACKAGES); browser and PDF-rendering tests will be skipped" >&2; \
	else echo "note: $(SYSTEM_PACKAGES) not installed; browser and PDF-rendering tests will be skipped" >&2; fi

test: lint typecheck system-deps pytest

# The benchmarks that need no server; intake, report and search need a running site or PostgreSQL
# (their docstrings say how to run them).
bench: venv
	$(BIN)/python benchmarks/privacy.py
	$(BIN)/python benchmarks/privacy_holdouts.py
	$(BIN)/python benchmarks/check.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build *.egg-info
