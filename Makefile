# Two commands do all the set-up on a fresh machine:
#   make run    open the reader on the bundled samples/
#   make test   run the whole test suite
# Both create the virtualenv .venv on first use (Python >= 3.11 needed).
#   make dist   wheel, sdist, offline wheelhouse and one-file builds in dist/
#               (needs the package index; see docs/offline-install.md)

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test venv bench light clean dist dist-host

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

# After a change to parsers/model.py: regenerate the cache's pydantic-free
# classes (parsers/light_classes.py); tests/test_light.py fails until then.
light: venv
	$(BIN)/python tools/gen_light.py

# Build tools go into dist/.build-venv (tools/requirements-build.txt), not .venv.
dist:
	$(PYTHON) tools/build_dist.py --out dist

# Only this machine's platform and Python: quick, for trying the one-file build.
dist-host:
	$(PYTHON) tools/build_dist.py --out dist --platforms host --pythons host

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
