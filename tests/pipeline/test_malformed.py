"""A malformed-input corpus generated here (#9): each bad file ends with its own clear failure (or a correct
result), and every good document in the same run is still processed.

The corpus goes through the real CLI once (module fixture); the tests then read the manifest and datasets.
PDF/DOCX files only need to end as ``failed`` with a reason (or ``ok``): their readers evolve separately.
"""
from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import EXIT_FAILED_DOCS
from pipeline.manifest import MANIFEST_NAME

REPO = Path(__file__).resolve().parents[2]
GOOD = REPO / "data" / "raw" / "neamt_aviz_dragomiresti_plan_2021.txt"

# the good plan, restricted to what every encoding under test can hold (ISO-8859-2 has no „ ” – …)
_ASCII_FOR = {"„": '"', "”": '"', "“": '"', "–": "-", "—": "-", "…": "...", "’": "'", "‘": "'", "«": '"', "»": '"',
              "\u00a0": " ", "•": "-"}


def _portable_text() -> str:
    text = GOOD.read_text(encoding="utf-8")
    text = "".join(_ASCII_FOR.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if _encodable(ch))


def _encodable(ch: str) -> bool:
    ced = ch.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    try:
        ced.encode("cp1250")
        ced.encode("iso-8859-2")
        return True
    except UnicodeEncodeError:
        return False


def _cedilla(text: str) -> str:
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def _mixed(text: str) -> str:
    rng = random.Random(7)
    return "".join(_cedilla(ch) if ch in "șțȘȚ" and rng.random() < 0.5 else ch for ch in text)


def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


def _one_page_pdf(trailer_extra: bytes = b"", extra_objects: list[bytes] = ()) -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Plan anual de actiune 2023) Tj ET"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", *extra_objects], trailer_extra)


def _encrypted_pdf() -> bytes:
    enc = (b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 "
           b"/O <" + b"6a" * 32 + b"> /U <" + b"5c" * 32 + b"> >>")
    return _one_page_pdf(b"/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] ",
                         [enc])


def _zip_bomb_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):  # 64 MB of zeros in ~64 KB
                fh.write(chunk)
    return buf.getvalue()


BAD = {  # name -> (bytes or None for special, reasons accepted)
    "empty.txt": (b"", {"empty_file"}),
    "random_bytes.pdf": (random.Random(1).randbytes(5000), None),
    "truncated.pdf": (None, None),
    "encrypted.pdf": (_encrypted_pdf(), None),
    "not_a_zip.docx": (b"This is plain text pretending to be a Word document.\n" * 20, None),
    "zip_bomb.docx": (_zip_bomb_docx(), None),
    "nul_bytes_only.txt": (b"\x00" * 10000, {"binary_content"}),
}
GOOD_VARIANTS = {  # name -> bytes; each must give the same rows as the UTF-8 original
    "good_utf8.txt": lambda t: t.encode("utf-8"),
    "good_cp1250.txt": lambda t: _cedilla(t).encode("cp1250"),
    "good_iso8859_2.txt": lambda t: _cedilla(t).encode("iso-8859-2"),
    "good_mixed_diacritics.txt": lambda t: _mixed(t).encode("utf-8"),
    "good_with_nul.txt": lambda t: t.encode("utf-8").replace(b"\n", b"\n\x00", 3),
}


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("malformed")
    src = root / "in"
    src.mkdir()
    for name, (data, _) in BAD.items():
        if data is not None:
            (src / name).write_bytes(data)
    (src / "truncated.pdf").write_bytes(_one_page_pdf()[:180])
    with open(src / "huge_50mb.txt", "wb") as fh:  # a 50 MB text file
        line = "Serviciul social de zi pentru persoane vârstnice, capacitate 40 locuri.\n".encode()
        fh.write(line * (50 * 2**20 // len(line) + 1))
    os.symlink(root / "missing-target.txt", src / "dangling_link.txt")  # unreadable (tests run as root)
    (src / "folder_named.txt").mkdir()  # a directory with a document's name: not a document
    text = _portable_text()
    for name, encode in GOOD_VARIANTS.items():
        (src / name).write_bytes(encode(text) + f"\nVarianta {name}.\n".encode())  # distinct doc_ids
    (src / "original_plan.txt").write_bytes(GOOD.read_bytes())
    out = root / "out"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out), "--nightly",
                           "--timeout", "120"], cwd=REPO, capture_output=True, text=True, timeout=600)
    manifest = json.loads((out / MANIFEST_NAME).read_text())["documents"]
    by_path = {e["source_path"]: e for e in manifest.values()}
    return proc, out, by_path


def _rows(out: Path, dataset: str, doc_id: str) -> list[dict]:
    rows = []
    for path in out.glob(f"{dataset}/doc_year=*/{doc_id}.parquet"):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def test_run_completes_and_exits_1_because_documents_failed(corpus_run):
    proc, out, by_path = corpus_run
    assert proc.returncode == EXIT_FAILED_DOCS, proc.stderr
    assert "failed" in proc.stderr
    assert "folder_named.txt" not in by_path


@pytest.mark.parametrize("name", sorted(BAD) + ["truncated.pdf", "huge_50mb.txt", "dangling_link.txt"])
def test_each_bad_file_gets_its_own_clear_outcome(corpus_run, name):
    _, out, by_path = corpus_run
    entry = by_path[name]
    if entry["status"] == "failed":
        assert entry["reason"] and entry["reason"].replace("_", "").isalpha(), entry
        assert entry["message"], entry
        accepted = BAD.get(name, (None, None))[1]
        if accepted:
            assert entry["reason"] in accepted, entry
    else:  # a reader may legitimately read what is there
        assert entry["status"] in ("ok", "partial"), entry
    if name == "huge_50mb.txt":
        assert (entry["status"], entry["reason"]) == ("failed", "file_too_large")
    if name == "dangling_link.txt":
        assert (entry["status"], entry["reason"]) == ("failed", "unreadable")
    if name.endswith(".docx") or name.endswith(".pdf"):
        assert entry["status"] == "failed", entry  # none of these holds a readable plan
    if not entry["doc_id"].startswith("unreadable:"):
        docs = _rows(out, "documents", entry["doc_id"])
        assert len(docs) == 1 and docs[0]["status"] == entry["status"]


def test_failures_are_logged_with_reason_and_seconds(corpus_run):
    _, out, by_path = corpus_run
    events = [json.loads(line) for line in (out / "_log.jsonl").read_text().splitlines()]
    failed = {e["source_path"]: e for e in events if e["event"] == "failed"}
    assert set(failed) == {p for p, e in by_path.items() if e["status"] == "failed"}
    assert all(e["reason"] and "seconds" in e for e in failed.values())


@pytest.mark.parametrize("name", sorted(GOOD_VARIANTS))
def test_good_documents_in_the_same_run_are_processed_correctly(corpus_run, name):
    _, out, by_path = corpus_run
    reference = by_path["good_utf8.txt"]
    entry = by_path[name]
    assert entry["status"] in ("ok", "partial"), entry
    assert entry["rows"] == reference["rows"]
    assert entry["rows"]["services"] > 0

    def comparable(rows):
        return sorted(repr({k: v for k, v in r.items() if k not in ("doc_id", "warnings")}) for r in rows)

    assert comparable(_rows(out, "services", entry["doc_id"])) == comparable(_rows(out, "services", reference["doc_id"]))
    names = " ".join(r["service_name"] or "" for r in _rows(out, "services", entry["doc_id"]))
    assert "ş" not in names and "ţ" not in names  # comma-below diacritics, whatever the input spelled


def test_the_original_good_plan_is_processed(corpus_run):
    _, _, by_path = corpus_run
    assert by_path["original_plan.txt"]["status"] == "ok"
    assert by_path["original_plan.txt"]["rows"]["services"] > 0
