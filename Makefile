# hanhdong — the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint messages clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "hanhdong needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "Could not create $(VENV). On Debian/Ubuntu: apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

## make install — .venv and dependencies only
install: $(VENV)/.installed

## make demo — set up the SQLite database in ./var/, load the demo commune, serve on :8000
## (make demo PORT=8101 serves on another port)
PORT ?= 8000
demo: install
	DEBUG=$${DEBUG:-1} $(BIN)/hanhdong demo --addrport 127.0.0.1:$(PORT)

## make test — install the test extras and run the linter and every test, on every core
## (make test PYTEST_WORKERS=0 runs them in one process)
PYTEST_WORKERS ?= auto
test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## make messages — refresh and compile the Vietnamese translations (needs GNU gettext)
messages: install
	cd hanhdong && ../$(BIN)/hanhdong makemessages -l vi --no-obsolete
	cd hanhdong && ../$(BIN)/hanhdong compilemessages

clean:
	rm -rf $(VENV) var
