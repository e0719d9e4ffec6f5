PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
DB ?= liaison.duckdb
ARCHIVE_DB ?= /tmp/liaison-archive.duckdb

.PHONY: install install-dev run test lint eval bench soak loadtest floors clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# what running needs: build, query, export, serve
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $(RUN_STAMP)

# and what testing needs: dev tools, Spark, the spaCy/jieba baseline
$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,spark,baseline]'
	touch $(DEV_STAMP) $(RUN_STAMP)

install: $(RUN_STAMP)  ## .venv with what running needs; then call .venv/bin/liaison (or: source .venv/bin/activate)

install-dev: $(DEV_STAMP)  ## .venv with dev tools, Spark and the baseline too

run: $(RUN_STAMP)  ## build the bundled samples into $(DB), print a summary, serve them at http://127.0.0.1:8000
	$(BIN)/liaison build samples/ --db $(DB)
	$(BIN)/liaison summary --db $(DB)
	@echo "serving $(DB) at http://127.0.0.1:8000 (Ctrl-C to stop)"
	$(BIN)/liaison serve --db $(DB) --host 127.0.0.1 --port 8000

test: $(DEV_STAMP)  ## lint, type-check and run every test
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

eval: $(DEV_STAMP)
	$(BIN)/liaison eval ../shared/eval/dev-gold.jsonl --articles ../shared/eval/dev.jsonl --baseline

bench: $(DEV_STAMP)  ## benchmark the build on the CCTV archive; writes bench/results.{json,md} and the README's performance section
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_readme.py

soak: $(DEV_STAMP)  ## 500+ malformed inputs among valid articles through the CLI, and the 5 MB article check
	$(BIN)/python scripts/soak.py
	$(BIN)/python scripts/bench_long_article.py

loadtest: $(RUN_STAMP)  ## 50 clients for 30 s against `liaison serve --workers 1`, then 2, on the CCTV archive; writes bench/loadtest-w*.json and the README figures
	$(BIN)/liaison build ../shared/corpus/xwlb-2022-2026.jsonl.gz --db $(ARCHIVE_DB) -q
	$(BIN)/python scripts/loadtest.py --db $(ARCHIVE_DB) --workers 1 --clients 50 --duration 30 --json bench/loadtest-w1.json --readme
	$(BIN)/python scripts/loadtest.py --db $(ARCHIVE_DB) --workers 2 --clients 50 --duration 30 --json bench/loadtest-w2.json --readme

floors: $(DEV_STAMP)  ## raise quality floors to the current dev-set figures (never lowers one)
	$(BIN)/python scripts/raise_floors.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
