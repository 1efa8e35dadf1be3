"""PDF reader: files it cannot read (corrupt, truncated, encrypted, without pages) and the time limit per page."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.model import ReaderError
from extractors.readers import pdf as pdf_reader
from extractors.readers.pdf import read_pdf
from pdf_rows_kit import tables_of as _tables


def test_random_bytes_is_corrupt(tmp_path):
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "corrupt_pdf"


def test_truncated_pdf_is_corrupt(tmp_path, ruled_split_pdf):
    data = Path(ruled_split_pdf).read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 3])
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "corrupt_pdf" and "ends early" in str(e.value)


def test_encrypted_pdf(encrypted_pdf):
    p = encrypted_pdf
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "encrypted_pdf"


def test_zero_pages(zero_page_pdf):
    p = zero_page_pdf
    with pytest.raises(ReaderError) as e:
        read_pdf(p, "x")
    assert e.value.reason == "zero_pages"


def test_page_time_limit(monkeypatch, ruled_split_pdf):
    import time

    real = pdf_reader.read_born_digital_page

    def slow(doc, index):
        if index == 1:
            time.sleep(2)
        return real(doc, index)

    monkeypatch.setattr(pdf_reader, "read_born_digital_page", slow)
    monkeypatch.setattr(pdf_reader, "PAGE_TIMEOUT", 0.3)
    doc = read_pdf(ruled_split_pdf, "t")
    assert any(w.startswith("page_failed: page 2") for w in doc.warnings)
    assert [t.page for t in _tables(doc)] == [1]

    def always_slow(doc, index):
        time.sleep(2)

    monkeypatch.setattr(pdf_reader, "read_born_digital_page", always_slow)
    with pytest.raises(ReaderError) as e:
        read_pdf(ruled_split_pdf, "t")
    assert e.value.reason == "page_timeout"
