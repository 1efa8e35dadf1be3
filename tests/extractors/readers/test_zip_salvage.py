"""A DOCX/ODT cut short (no zip directory at its end) is read from its parts' own headers: the start of the document
is kept, the document says it is truncated and is ``partial``; nothing is read past a damaged spot."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from extractors.model import ReaderError
from extractors.readers.docx import read_docx
from extractors.readers.zip_salvage import SalvageLimits, salvage_parts
from pipeline.extraction import extract_document
from pipeline.validate import document_status

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
N_PARAGRAPHS = 300
LIMITS = SalvageLimits(max_part_bytes=10_000_000, max_total_bytes=40_000_000)


def _document_xml() -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>Paragraful {i}: centrul de zi are {i} locuri.</w:t></w:r></w:p>"
                         for i in range(N_PARAGRAPHS))
    return f"<w:document xmlns:w='{W}'><w:body>{paragraphs}</w:body></w:document>"


class _OneWay(io.RawIOBase):
    """A stream that cannot seek: zipfile then writes each part's sizes and CRC after its data, as Word does."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.buffer += b
        return len(b)


def _docx_bytes(sizes_after_data: bool) -> bytes:
    parts = {"[Content_Types].xml": "<Types/>", "word/document.xml": _document_xml(),
             "word/styles.xml": f"<w:styles xmlns:w='{W}'/>"}
    if sizes_after_data:
        out = _OneWay()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in parts.items():
                zf.writestr(name, text)
        return bytes(out.buffer)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return buf.getvalue()


def _cut_inside(data: bytes, part: str, share: float) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return data[:start + int(info.compress_size * share)]


@pytest.mark.parametrize("sizes_after_data", [False, True], ids=["sizes-in-header", "sizes-after-data"])
def test_a_docx_cut_inside_its_document_gives_the_start_and_says_so(tmp_path: Path, sizes_after_data: bool):
    data = _docx_bytes(sizes_after_data)
    path = tmp_path / "plan.docx"
    path.write_bytes(_cut_inside(data, "word/document.xml", 0.5))
    assert not zipfile.is_zipfile(path)
    doc = read_docx(path, "x")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Paragraful 0: centrul de zi are 0 locuri."
    assert 20 < len(texts) < N_PARAGRAPHS
    assert not any(f"Paragraful {N_PARAGRAPHS - 1}:" in t for t in texts)
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("package_truncated: plan.docx ends early")
    assert "word/document.xml read only in part" in doc.warnings[0]
    status, _ = document_status(extract_document(doc))
    assert status == "partial"


def test_a_docx_cut_after_its_document_is_read_whole_and_still_says_so(tmp_path: Path):
    data = _docx_bytes(sizes_after_data=True)
    path = tmp_path / "plan.docx"
    path.write_bytes(_cut_inside(data, "word/styles.xml", 0.5))
    doc = read_docx(path, "x")
    assert len(doc.blocks) == N_PARAGRAPHS
    assert "word/document.xml read whole" in doc.warnings[0]


def test_a_docx_cut_before_its_document_is_corrupt(tmp_path: Path):
    data = _docx_bytes(sizes_after_data=False)
    path = tmp_path / "plan.docx"
    path.write_bytes(_cut_inside(data, "word/document.xml", 0.0)[:-5])
    with pytest.raises(ReaderError) as e:
        read_docx(path, "x")
    assert e.value.reason == "corrupt_docx" and "cut short" in str(e.value)


def test_text_with_a_zip_name_is_still_not_a_zip(tmp_path: Path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK is how this line starts, but it is text.\n")
    with pytest.raises(ReaderError) as e:
        read_docx(path, "x")
    assert e.value.reason == "not_a_zip"


def test_nothing_is_read_past_a_damaged_spot():
    data = bytearray(_docx_bytes(sizes_after_data=False))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + info.compress_size // 2, start + info.compress_size - 4, 11):
        data[i] ^= 0xA5
    parts = salvage_parts(bytes(data), LIMITS, "plan.docx")
    assert [p.name for p in parts] == ["[Content_Types].xml", "word/document.xml"]
    assert parts[0].complete and not parts[1].complete
    assert parts[1].data.startswith(b"<w:document") and len(parts[1].data) < len(_document_xml())


def test_a_bomb_in_a_cut_package_is_refused():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * 3_000_000)
    raw = bomb.getvalue()
    raw = raw[:raw.rindex(b"PK\x01\x02")]  # the directory gone
    with pytest.raises(ReaderError) as e:
        salvage_parts(raw, SalvageLimits(max_part_bytes=1_000_000, max_total_bytes=4_000_000), "b.docx")
    assert e.value.reason == "zip_bomb"


def test_a_whole_part_with_a_wrong_checksum_is_not_complete():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", _document_xml())
        zf.writestr("word/styles.xml", "<x/>")
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 100] ^= 0x01
    data = bytes(data[:data.rindex(b"PK\x01\x02")])
    parts = salvage_parts(data, LIMITS, "p.docx")
    assert [(p.name, p.complete) for p in parts] == [("word/document.xml", False)]
    assert zlib.crc32(parts[0].data) != info.CRC


def test_a_docx_damaged_inside_its_document_gives_what_precedes_the_damage(tmp_path: Path):
    data = bytearray(_docx_bytes(sizes_after_data=False))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + info.compress_size * 2 // 3, start + info.compress_size - 4, 7):
        data[i] ^= 0x5A
    path = tmp_path / "plan.docx"
    path.write_bytes(bytes(data))
    assert zipfile.is_zipfile(path)
    doc = read_docx(path, "x")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Paragraful 0: centrul de zi are 0 locuri." and 20 < len(texts) < N_PARAGRAPHS
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("package_part_damaged: word/document.xml is damaged")
    assert document_status(extract_document(doc))[0] == "partial"
