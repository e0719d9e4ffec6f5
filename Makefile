PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= liaison.duckdb

.PHONY: install run test lint eval bench floors clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)  ## build the bundled samples into $(DB) and print a summary
	$(BIN)/liaison build samples/ --db $(DB)
	$(BIN)/liaison summary --db $(DB)

test: $(STAMP)  ## lint, type-check and run every test
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/liaison eval ../shared/eval/dev-gold.jsonl --articles ../shared/eval/dev.jsonl --baseline

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
