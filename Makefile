# Aegis-V: `make run` serves on http://localhost:8000, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench install install-dev migrate

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamp files make each install step re-run only when its requirements change.
$(VENV)/.installed: requirements.txt sdk/pyproject.toml | $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements.txt
	$(PIP) install --quiet -e ./sdk
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

# A fresh SECRET_KEY per checkout, never committed (.env is git-ignored).
.env:
	@$(PYTHON) -c "import secrets; print('SECRET_KEY=' + secrets.token_urlsafe(50))" > .env
	@echo "Wrote .env with a new SECRET_KEY."

install: $(VENV)/.installed .env

install-dev: $(VENV)/.installed-dev .env

migrate: install
	@# staticfiles/ is collectstatic's; present but empty, whitenoise serves from the apps.
	@mkdir -p var staticfiles
	$(PY) manage.py migrate --noinput

run: migrate
	$(PY) manage.py ensure_dev_tenant
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-dev
	@mkdir -p var
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .

# Needs PostgreSQL and Redis on localhost (as in CI) and wrk (apt-get install wrk).
bench: install-dev
	@command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(PY) bench/http_bench.py
