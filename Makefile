# Every target sets itself up: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test bench train eval schema clean

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

# Retrains the committed model artefacts from ../shared/data (deterministic).
train: $(STAMP)
	$(BIN)/python -m kronika.train.morph \
		--train $(SHARED)/data/ud-polish-pdb/pl_pdb-ud-dev.conllu \
		--test $(SHARED)/data/ud-polish-pdb/pl_pdb-ud-test.conllu \
		--out src/kronika/models/morph-pl-pdb.json.gz

eval: $(STAMP)
	$(BIN)/kronika eval ud $(SHARED)/data/ud-polish-pdb/pl_pdb-ud-test.conllu

schema: $(STAMP)
	$(BIN)/kronika schema > schema/document.schema.json

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
