# marsad: two commands on a fresh machine.
#   make run   creates .venv, installs, extracts and ingests the example articles, serves the map
#   make test  installs the test extras and runs the whole suite
# Settings: PORT=8001 (the map's port), HOST=0.0.0.0, DB=sqlite:///path.sqlite or postgresql://...
# After `make run`: `. .venv/bin/activate` puts `marsad` on the PATH (or call .venv/bin/marsad).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///$(CURDIR)/out/examples.sqlite
HOST ?= 127.0.0.1
PORT ?= 8000
# CI sets OFFLINE=scripts/offline to run the tests that need no server without a network.
OFFLINE ?=
PYTEST_ARGS ?=

# The hand-coded articles the event filter is trained and cross-validated on.
SHARED ?= ../shared
ARTICLES := $(SHARED)/data/articles
PAIRS := --pair $(ARTICLES)/dev.jsonl $(ARTICLES)/dev-gold.jsonl --pair $(ARTICLES)/train.jsonl $(ARTICLES)/train-gold.jsonl
CV_DIR ?= out/cv

.PHONY: run examples test install install-test lint typecheck bench clean model cv lexicon-candidates stopplace-candidates

# The .pth file puts the clone itself on sys.path, so that Python started in the folder that holds
# the clone imports the package, not the clone's folder (setuptools' editable finder comes too late).
$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -c "import site, sys; open(site.getsitepackages()[0] + '/marsad-clone.pth', 'w').write(sys.argv[1] + '\n')" "$(CURDIR)"
	touch $@

install: $(BIN)/marsad

$(VENV)/.test-installed: pyproject.toml $(BIN)/marsad
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install-test: $(VENV)/.test-installed

# The example articles extracted (out/examples-events.jsonl) and ingested into the store $(DB).
examples: install
	mkdir -p out
	$(BIN)/marsad extract examples/*.jsonl examples/*.txt examples/*.html -o out/examples-events.jsonl
	$(BIN)/marsad ingest examples --db $(DB)
	@echo "marsad: the store is $(DB); query it with: .venv/bin/marsad events --db $(DB)"

run: examples
	@$(BIN)/python -c "import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind((sys.argv[1], int(sys.argv[2])))" $(HOST) $(PORT) 2>/dev/null \
	  || { echo "marsad: port $(PORT) on $(HOST) is taken (or not allowed): run 'make run PORT=8001' with a free port" >&2; exit 1; }
	$(BIN)/marsad serve --db $(DB) --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/ruff check marsad tests bench
	$(BIN)/mypy marsad
	$(OFFLINE) $(BIN)/python -m pytest -m "not server" $(PYTEST_ARGS)
	$(BIN)/python -m pytest -m server $(PYTEST_ARGS) || [ $$? -eq 5 ]

lint: install-test
	$(BIN)/ruff check marsad tests bench

typecheck: install-test
	$(BIN)/mypy marsad

# Rebuild the shipped event filter from the hand-coded articles (byte for byte: fixed folds, deterministic solver).
model: install-test
	$(BIN)/marsad train $(PAIRS) --bulk $(ARTICLES)/bulk.jsonl.gz -o marsad/models/event_filter.json

# Five-fold cross-validation by article over the same articles, scored by the project's scorer.
cv: install-test
	$(BIN)/marsad eval $(PAIRS) --out $(CV_DIR)
	python3 $(SHARED)/tools/score.py $(CV_DIR)/cv-gold.jsonl $(CV_DIR)/cv-pred.jsonl

# Lexicon candidates mined from the unlabelled bulk articles, for review (out/, never committed);
# the decisions taken on them are scripts/lexicon_review.tsv.
lexicon-candidates: install-test
	$(BIN)/python scripts/mine_lexicon.py --bulk $(ARTICLES)/bulk.jsonl.gz --out out/lexicon-candidates.tsv

stopplace-candidates: install-test
	$(BIN)/python scripts/mine_stopplaces.py --bulk $(ARTICLES)/bulk.jsonl.gz --out out/stopplace-candidates.tsv

bench: install-test
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) out build *.egg-info
