# Every target sets itself up: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test bench bench-serve serve openapi train eval eval-quotes eval-quotes-dev eval-ner-dev eval-time eval-fresh eval-heldout schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m kronika.demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m kronika.bench --corpus $(SHARED)/data/slavicner/raw
	$(BIN)/python -m kronika.bench --corpus $(SHARED)/data/slavicner/raw --components 150
	$(MAKE) bench-serve

# Web UI and API latency (issue #6): 10,000 documents, `kronika serve` in a child process, load from another.
bench-serve: $(STAMP)
	$(BIN)/python -m kronika.serve.bench --corpus $(SHARED)/data/slavicner/raw --documents 10000

# The web UI and the HTTP API over the demo store (run `make demo` first): http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/kronika --db .kronika/demo.db serve

# Retrains the committed model artefacts from ../shared/data (deterministic).
train: $(STAMP)
	$(BIN)/python -m kronika.train.morph \
		--train $(SHARED)/data/ud-polish-pdb/pl_pdb-ud-dev.conllu \
		--test $(SHARED)/data/ud-polish-pdb/pl_pdb-ud-test.conllu \
		--out src/kronika/models/morph-pl-pdb.json.gz
	$(BIN)/python -m kronika.train.ner --data $(SHARED)/data/slavicner --final \
		--gazetteer-langs pl,cs,sl,bg,ru,uk --id-names --out src/kronika/entities/model

eval: $(STAMP)
	$(BIN)/kronika eval ud $(SHARED)/data/ud-polish-pdb/pl_pdb-ud-test.conllu
	if [ -d tests/data/kronika-ner ]; then $(BIN)/kronika eval slavicner tests/data/kronika-ner; fi
	$(MAKE) eval-quotes
	$(MAKE) eval-time
	$(MAKE) eval-fresh

# Quotations and speakers (issue #4): our own articles, the seeds, 33 Polish SlavicNER articles.
QUOTES = tests/data/kronika-quotes
eval-quotes: $(STAMP)
	$(BIN)/kronika eval quotes $(QUOTES)/own.jsonl --root .
	$(BIN)/kronika eval quotes $(QUOTES)/seeds.jsonl --root $(SHARED)/seeds
	$(BIN)/kronika eval quotes $(QUOTES)/slavicner-a.jsonl --root $(SHARED)/data/slavicner
	$(BIN)/kronika eval quotes $(QUOTES)/slavicner-b.jsonl --root $(SHARED)/data/slavicner
	$(BIN)/kronika eval disagreements $(QUOTES)/disagreements-own.jsonl --root .
	$(BIN)/kronika eval disagreements $(QUOTES)/disagreements-seeds.jsonl --root $(SHARED)/seeds
	$(BIN)/kronika eval disagreements $(QUOTES)/disagreements-slavicner.jsonl --root $(SHARED)/data/slavicner

# Temporal expressions (beside dateparser) and events (issue #5): our articles, the seeds, 20 SlavicNER articles.
TIME = tests/data/kronika-time
EVENTS = tests/data/kronika-events
eval-time: $(STAMP)
	$(BIN)/kronika eval timex $(TIME)/timex-own.jsonl --root .
	$(BIN)/kronika eval timex $(TIME)/timex-seeds.jsonl --root $(SHARED)/seeds
	$(BIN)/kronika eval timex $(TIME)/timex-slavicner.jsonl --root $(SHARED)/data/slavicner
	$(BIN)/kronika eval events $(EVENTS)/events-own.jsonl --root .
	$(BIN)/kronika eval events $(EVENTS)/events-seeds.jsonl --root $(SHARED)/seeds
	$(BIN)/kronika eval events $(EVENTS)/events-slavicner.jsonl --root $(SHARED)/data/slavicner

# Twice six fresh articles of our own on new topics, gold written blind (README has each set's first run).
eval-fresh: $(STAMP)
	$(BIN)/kronika eval timex $(TIME)/timex-fresh.jsonl --root .
	$(BIN)/kronika eval events $(EVENTS)/events-fresh.jsonl --root .
	$(BIN)/kronika eval timex $(TIME)/timex-fresh2.jsonl --root .
	$(BIN)/kronika eval events $(EVENTS)/events-fresh2.jsonl --root .

# Held out: 10 SlavicNER articles whose gold was written blind, before the system was run on them.
# Nothing was tuned on them; run it to measure, not to develop against.
eval-heldout: $(STAMP)
	$(BIN)/kronika eval timex $(TIME)/timex-heldout.jsonl --root $(SHARED)/data/slavicner
	$(BIN)/kronika eval events $(EVENTS)/events-heldout.jsonl --root $(SHARED)/data/slavicner

# Quotations on the dev topic with an entity model that has not seen it (run eval-ner-dev first).
eval-quotes-dev: $(STAMP)
	KRONIKA_NER_MODEL=out/ner-without-$(DEV_TOPIC) $(BIN)/kronika eval quotes $(QUOTES)/slavicner-a.jsonl \
		--root $(SHARED)/data/slavicner --topic $(DEV_TOPIC)

# Named entities on a topic the model has not seen: retrain without it, then score the pipeline.
DEV_TOPIC ?= nord_stream
eval-ner-dev: $(STAMP)
	$(BIN)/python -m kronika.train.ner --data $(SHARED)/data/slavicner --dev $(DEV_TOPIC) \
		--gazetteer-langs pl,cs,sl,bg,ru,uk --id-names --out out/ner-without-$(DEV_TOPIC)
	KRONIKA_NER_MODEL=out/ner-without-$(DEV_TOPIC) $(BIN)/kronika eval slavicner \
		$(SHARED)/data/slavicner --topic $(DEV_TOPIC)

schema: $(STAMP)
	$(BIN)/kronika schema > schema/document.schema.json

openapi: $(STAMP)
	$(BIN)/kronika serve --openapi > schema/openapi.json

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
