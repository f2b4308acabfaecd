# Two commands on a fresh machine: `make run` (set up and serve) and `make test` (set up and test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
DEV_STAMP := $(VENV)/.dev-installed

.PHONY: run test install install-dev lint typecheck pytest bench clean services browser-deps oidc-provider java

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(RUN_STAMP)

install: $(RUN_STAMP)
install-dev: $(DEV_STAMP)

## Set everything up and start the gateway on the embedded SQLite database.
run: $(RUN_STAMP)
	$(BIN)/egide serve

## Set everything up and run every check: lint, types, tests (SQLite and PostgreSQL).
test: $(DEV_STAMP) services browser-deps oidc-provider java
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

pytest: $(DEV_STAMP)
	$(BIN)/pytest -q

## Start the local PostgreSQL and Redis if this machine has them stopped (CI runs on such machines).
services:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || \
	  (command -v pg_ctlcluster >/dev/null && pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start) || \
	  echo "PostgreSQL not available: PostgreSQL tests will fail"
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || \
	  (command -v redis-server >/dev/null && redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 \
	    --save "" --appendonly no --dir /tmp --logfile /tmp/egide-redis.log) || \
	  echo "Redis not available: the shared-state tests will fail"

## Debian's Chromium (the console's browser tests drive it through Playwright, never Playwright's own
## download), poppler-utils (pdftotext/pdftoppm for the PDFs), and Pango with the DejaVu fonts that
## WeasyPrint renders égide's PDFs with, installed when missing (CI is root).
browser-deps:
	@command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && \
	  ldconfig -p | grep -q libpangoft2-1.0.so.0 && fc-list | grep -qi dejavu || \
	  { SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium poppler-utils \
	      libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; } || \
	  echo "chromium / poppler-utils / pango not installed: the browser and PDF tests will fail"

## The OpenID provider of the console's single sign-on tests (npm oidc-provider on the machine's Node),
## installed from the committed package-lock.json; it only ever listens on 127.0.0.1.
OIDC_DIR := tests/console/oidc
oidc-provider: $(OIDC_DIR)/node_modules/.package-lock.json

$(OIDC_DIR)/node_modules/.package-lock.json: $(OIDC_DIR)/package-lock.json
	cd $(OIDC_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Java for Spark (egide deid --backend spark and its tests; Spark 4 runs on 17 or 21), from Debian's
## packages when missing (CI runs as root).
java:
	@command -v java >/dev/null 2>&1 || \
	  { SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && \
	    { DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless || \
	      DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends openjdk-21-jre-headless; }; } || \
	  echo "Java not available: the Spark tests will fail"

bench: $(DEV_STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache $(OIDC_DIR)/node_modules
