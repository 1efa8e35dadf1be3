from __future__ import annotations

import shutil

import pytest

from extractors.model import Table
from extractors.readers.pdf import read_pdf

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def test_scanned_page_goes_through_ocr(scanned_pdf):
    doc = read_pdf(scanned_pdf, "s")
    assert doc.format == "pdf_ocr" and doc.pages == 1
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    t = tables[0]
    assert t.n_cols == 5
    grid = t.grid()
    flat = " ".join(" ".join(r) for r in grid)
    assert "8810-ID" in flat and "120.000" in flat and "35.000" in flat
    assert any("Asisten" in c for r in grid for c in r)
    heads = [b.text for b in doc.text_blocks()]
    assert any(h.startswith("CAPITOLUL I") for h in heads)


def test_only_pages_without_text_are_ocrd(ruled_split_pdf, monkeypatch):
    import extractors.readers.ocr as ocr

    called = []
    monkeypatch.setattr(ocr, "ocr_pages", lambda *a, **k: called.append(a) or [])
    doc = read_pdf(ruled_split_pdf, "d")
    assert doc.format == "pdf" and not called
