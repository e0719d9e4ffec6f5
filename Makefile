PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= liaison.duckdb

.PHONY: install run test lint eval bench soak floors clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,spark]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)  ## build the bundled samples into $(DB), print a summary, serve them at http://127.0.0.1:8000
	$(BIN)/liaison build samples/ --db $(DB)
	$(BIN)/liaison summary --db $(DB)
	@echo "serving $(DB) at http://127.0.0.1:8000 (Ctrl-C to stop)"
	$(BIN)/liaison serve --db $(DB) --host 127.0.0.1 --port 8000

test: $(STAMP)  ## lint, type-check and run every test
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/liaison eval ../shared/eval/dev-gold.jsonl --articles ../shared/eval/dev.jsonl --baseline

bench: $(STAMP)  ## benchmark the build on the CCTV archive; writes bench/results.{json,md} and the README's performance section
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_readme.py

soak: $(STAMP)  ## 500+ malformed inputs among valid articles through the CLI, and the 5 MB article check
	$(BIN)/python scripts/soak.py
	$(BIN)/python scripts/bench_long_article.py

floors: $(STAMP)  ## raise quality floors to the current dev-set figures (never lowers one)
	$(BIN)/python scripts/raise_floors.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
