# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench lock clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies, pinned with hashes (requirements.lock, made by `make lock`).
$(VENV)/.run-installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.run-installed requirements-test.lock
	$(BIN)/pip install --quiet --require-hashes -r requirements-test.lock
	touch $@

run: $(VENV)/.run-installed
	$(BIN)/timeline extract seeds/ --out-dir outputs/ --summary-dates 15

test: lint browser
	$(BIN)/python -m pytest -q

# The page's tests drive the distribution's headless Chromium through its chromedriver (Debian: chromium,
# chromium-driver). Installed here only when missing, so a second run costs nothing; where it cannot be installed
# (no root, no apt) the browser tests skip and say why.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif ! command -v apt-get >/dev/null; then echo "browser: no apt-get; the browser tests will be skipped" >&2; \
	else SUDO=; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null ) \
	  || echo "browser: could not install chromium; the browser tests will be skipped" >&2; \
	fi

# Lint and format-check everything;
# type-check the public API strictly (files and settings in pyproject.toml).
lint: $(VENV)/.test-installed
	$(BIN)/ruff check timeline tests benchmarks
	$(BIN)/ruff format --check timeline tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/run.py

# Re-pin after changing dependencies in pyproject.toml (needs pip-tools; not part of set-up).
lock:
	pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock pyproject.toml
	pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra test -o requirements-test.lock pyproject.toml

clean:
	rm -rf $(VENV) build *.egg-info
