# newsframe — two commands on a fresh machine:
#   make report   set up .venv, run every notebook on the bundled corpus → figures/, reports/
#   make test     set up .venv, run the whole test suite (notebooks included)
# and: make lab (JupyterLab on notebooks/), make bench, make eval, make clean.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
EXTRAS ?= test,dask,nlp
CORPUS ?=
OUT    ?=
# the loader's options for make report, e.g. COLUMNS=text=body,outlet=paper GROUP=bias_text
COLUMNS  ?=
MANIFEST ?=
GROUP    ?=

.PHONY: setup report test lab bench eval lint clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[$(EXTRAS)]"
	@touch $@

setup: $(VENV)/.installed

report: setup
	$(PY) -m analysis report $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(OUT),--out "$(OUT)") \
	  $(if $(COLUMNS),--columns "$(COLUMNS)") $(if $(MANIFEST),--manifest "$(MANIFEST)") \
	  $(if $(GROUP),--group-column "$(GROUP)") $(if $(SCHEDULER),--scheduler "$(SCHEDULER)")

test: setup
	$(PY) -m pytest

lab: setup
	$(VENV)/bin/jupyter lab notebooks/

bench: setup
	$(PY) benchmarks/run_all.py

eval: setup
	$(PY) benchmarks/eval_topics.py
	$(PY) benchmarks/eval_pages.py --generate
	$(PY) benchmarks/eval_quotes.py
	$(PY) benchmarks/eval_referents.py
	$(PY) benchmarks/eval_quote_gold.py
	$(PY) benchmarks/eval_people.py
	$(PY) benchmarks/eval_actor_coverage.py --label main

lint: setup
	$(PY) -m ruff check analysis tests benchmarks

clean:
	rm -rf figures/*.png figures/*.svg figures/*.csv figures/*.md reports/ .cache/ .pytest_cache
