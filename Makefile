# Two commands do all the set-up on a fresh machine:
#   make run    open the reader on the bundled samples/
#   make test   run the whole test suite
# Both create the virtualenv .venv on first use (Python >= 3.11 needed).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test venv bench clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

run: venv
	$(BIN)/vragenronde samples/

test: venv
	$(BIN)/python -m pytest

bench: venv
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
