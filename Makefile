# tangible — the two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export TANGIBLE_DATA_DIR ?= $(CURDIR)/data/demo

.PHONY: demo test install venv browsers pdf-libs bench eval clean help

help:
	@echo "make demo   - install, ingest the sample corpus, serve the dashboard at http://$(HOST):$(PORT)"
	@echo "make test   - install what the tests need and run the whole suite"
	@echo "make bench  - run the benchmarks under bench/"
	@echo "make eval   - print extraction quality on ../shared/eval"

$(VENV)/.installed: pyproject.toml requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/tangible db migrate
	$(BIN)/tangible ingest samples/
	@echo "tangible is serving the sample corpus at http://$(HOST):$(PORT)  (Ctrl-C to stop)"
	$(BIN)/tangible serve --host $(HOST) --port $(PORT)

# Browser tests need Debian's Chromium; installed here when running as root, else those tests skip.
browsers:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver >/dev/null; } || echo "Chromium is not installed: browser tests will be skipped."

# The PDF brief (WeasyPrint) needs Debian's pango and a font; installed here when running as root.
pdf-libs:
	@{ ldconfig -p | grep -q libpangoft2-1.0 && fc-list 2>/dev/null | grep -qi dejavu; } || { [ "$$(id -u)" = 0 ] && apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-dejavu-core >/dev/null; } || echo "pango or fonts are missing: the PDF brief tests will fail."

test: install browsers pdf-libs
	$(BIN)/pytest

bench: install
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

eval: install
	$(BIN)/tangible eval

clean:
	rm -rf $(VENV) data/demo .pytest_cache test-artifacts
