# Two commands on a fresh machine:  `make run`  and  `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install install-test system-deps test-system-deps legacy-formats bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,dask]'
	touch $@ $(STAMP)

install: system-deps $(STAMP)
install-test: system-deps test-system-deps legacy-formats $(TEST_STAMP)

# Tesseract with Romanian data for scanned PDFs; installed only when missing (needs root or sudo).
system-deps:
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx ron || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq tesseract-ocr tesseract-ocr-ron >/dev/null; }

# Optional: LibreOffice, to read old Word .doc and RTF files (converted to DOCX headless); installed only when
# missing. Without it those files fail with unsupported_format.
legacy-formats:
	@command -v soffice >/dev/null || command -v libreoffice >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null; }

# Headless Chromium and its driver for the report's browser test.
test-system-deps:
	@command -v chromedriver >/dev/null && { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

run: install
	$(BIN)/pipeline run data/raw --data data/processed

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/bench_pdf.py

clean:
	rm -rf $(VENV) data/processed
