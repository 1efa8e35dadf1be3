"""The opt-in office renderings: a family's DOCX printed to PDF by LibreOffice (``families/office.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import families  # noqa: E402
from families import office  # noqa: E402

needs_soffice = pytest.mark.skipif(office.soffice_path() is None,
                                   reason="LibreOffice (soffice) not installed: `make legacy-formats`")
FAMILY, SEED = "plan_commune", 1000


def _words(text: str) -> list[str]:
    return text.split()


def _printed(word: str, printed: set[str]) -> bool:
    """`word` is among the PDF's words, or printed in two pieces (a word too long for its column is broken)."""
    return word in printed or any(word[:i] in printed and word[i:] in printed for i in range(1, len(word)))


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("office")
    doc = families.generate(FAMILY, SEED)
    batch = office.OfficeBatch()
    try:
        paths = {r: families.write_rendering(doc, r, folder / "in", batch) for r in office.OFFICE_RENDERINGS}
        paths["docx"] = families.write_rendering(doc, "docx", folder / "in")
        batch.convert()
    finally:
        batch.close()
    return paths


@needs_soffice
@pytest.mark.parametrize("rendering", list(office.OFFICE_RENDERINGS))
def test_office_pdf_holds_the_docx_table_text(written, rendering):
    import docx
    import pdfplumber

    path = written[rendering]
    assert path.name == f"{FAMILY}_{SEED}_{rendering}.pdf" and path.read_bytes()[:5] == b"%PDF-"
    with pdfplumber.open(path) as pdf:
        printed = set(_words(" ".join(page.extract_text() or "" for page in pdf.pages)))
    cells = {c.text for t in docx.Document(str(written["docx"])).tables for row in t.rows for c in row.cells}
    words = {w for c in cells for w in _words(c)}
    assert len(words) > 50 and all(_printed(w, printed) for w in words), \
        sorted(w for w in words if not _printed(w, printed))[:10]


@needs_soffice
def test_office_plain_has_no_rulings_and_numbers_its_pages(written):
    import pdfplumber

    with pdfplumber.open(written["office"]) as ruled, pdfplumber.open(written["office_plain"]) as plain:
        assert any(p.lines or p.rects for p in ruled.pages)
        assert not any(p.lines or p.rects for p in plain.pages)
        assert len(plain.pages) > 1
        assert all(f"Pagina {i}" in (p.extract_text() or "") for i, p in enumerate(plain.pages, 1))


@needs_soffice
def test_office_rendering_is_deterministic(written, tmp_path):
    again = office.write_office(families.generate(FAMILY, SEED).elements, "office",
                                tmp_path / written["office"].name)
    assert again.read_bytes() == written["office"].read_bytes()


def test_office_rendering_says_when_soffice_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    with pytest.raises(office.OfficeUnavailable, match="LibreOffice"):
        families.write_rendering(families.generate(FAMILY, SEED), "office", tmp_path)


def test_office_renderings_are_opt_in():
    assert not set(office.OFFICE_RENDERINGS) & set(families.RENDERINGS)
