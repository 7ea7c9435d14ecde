# The two set-up commands of the README: `make run` and `make test`.
# Each creates the virtual environment .venv on first use and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint clean-state

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-deps: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.run-deps $@

## run: install the run-time dependencies and start the dashboard on the embedded store
run: $(VENV)/.run-deps
	$(BIN)/python -m dashboard

## test: install the test dependencies, lint, and run the whole test suite
test: $(VENV)/.dev-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.dev-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## clean-state: forget the embedded store and the gazetteer cache (.geodata/)
clean-state:
	rm -rf .geodata
