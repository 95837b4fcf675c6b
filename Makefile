# tangible — the two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export TANGIBLE_DATA_DIR ?= $(CURDIR)/data/demo

.PHONY: demo test check install install-test lock venv browsers pdf-libs bench eval clean help

help:
	@echo "make demo   - install, ingest the sample corpus, serve the dashboard at http://$(HOST):$(PORT)"
	@echo "make test   - install what the tests need and run the whole suite"
	@echo "make bench  - run the benchmarks under bench/"
	@echo "make eval   - print extraction quality on ../shared/eval"

# requirements.lock: what tangible and `make demo` need; requirements-test.lock adds the extras the tests use
# (backfill, parquet, pdf) and the test tools. Both pin every package with its hashes (`make lock` rebuilds them).
$(VENV)/.installed: pyproject.toml requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.lock
	$(PY) -m pip install --quiet --require-hashes -r requirements-test.lock
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# rebuild both locks from pyproject.toml, keeping the versions pinned now (needs uv: pip install uv)
LOCK := uv pip compile pyproject.toml --generate-hashes --no-annotate --index-strategy unsafe-best-match \
	--python-version 3.11 --python-platform x86_64-manylinux_2_28 --custom-compile-command "make lock"
lock:
	$(LOCK) -c requirements-test.lock -o requirements.lock.new && $(LOCK) --extra test -c requirements-test.lock -o requirements-test.lock
	mv requirements.lock.new requirements.lock
	sed -i 's/^smart-open==/smart-open[http]==/' requirements.lock requirements-test.lock  # weasel asks for the extra

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

# ruff and mypy first (configured in pyproject.toml), then the suite
check: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# the suite on one pytest-xdist worker per CPU (-n auto); tests/conftest.py keeps the tests that share a store
# on one worker. `$(BIN)/pytest tests/DIR` runs a part in this process.
test: install-test browsers pdf-libs check
	$(BIN)/pytest -n auto

bench: install-test
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

eval: install-test
	$(BIN)/tangible eval

clean:
	rm -rf $(VENV) data/demo .pytest_cache test-artifacts
