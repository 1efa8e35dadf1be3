"""How the pages of a scan are spread over the cores: one Tesseract per core with ``OMP_THREAD_LIMIT=1``, also
inside a pipeline worker (a daemon process, which may not start processes of its own: the pages go to threads)."""
from __future__ import annotations

import multiprocessing as mp
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
_FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
LINES = ["Planul anual de actiune 2024", "Servicii sociale existente"]


@pytest.fixture(scope="module")
def two_page_scan(tmp_path_factory) -> Path:
    """A PDF of two page pictures (200 dpi, A5), one line of print on each, no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype(_FONT, 36)
    except OSError:
        pytest.skip("Liberation Serif not installed")
    pages = []
    for text in LINES:
        img = Image.new("L", (1165, 1654), 255)
        ImageDraw.Draw(img).text((120, 200), text, font=font, fill=0)
        pages.append(img)
    path = tmp_path_factory.mktemp("ocr_pages") / "scan.pdf"
    pages[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])
    return path


def _in_a_daemon(path: str, conn) -> None:
    import os
    import threading

    from extractors.readers import ocr_pages as ocr

    os.environ["OMP_THREAD_LIMIT"] = "4"  # as a user's shell may have it
    seen = []
    page_worker = ocr._ocr_page_worker

    def recording(job):
        seen.append((threading.current_thread().name, os.environ.get("OMP_THREAD_LIMIT")))
        return page_worker(job)

    ocr._ocr_page_worker = recording
    pages = ocr.ocr_pages(Path(path), [0, 1], timeout=120, processes=2)
    conn.send((seen, [(p.number, p.failed, " ".join(w.text for w in p.words)) for p in pages]))


def test_pages_of_a_scan_go_to_threads_inside_a_pipeline_worker(two_page_scan):
    # The daemon is started afresh ("spawn"), not forked from the test process: under pytest-xdist that process has
    # threads of its own (execnet's), and earlier tests leave engines and locks behind; a fork copies them in whatever
    # state they are at that instant, so on a loaded machine the child could inherit a lock held by another thread
    # and never answer (the test failed once under ``-n 2`` and passed alone). A spawned child starts from nothing.
    ctx = mp.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_in_a_daemon, args=(str(two_page_scan), send), daemon=True)
    proc.start()
    try:
        assert recv.poll(240), "no answer from the worker"
        seen, pages = recv.recv()
    finally:
        proc.join(10)
        if proc.is_alive():
            proc.kill()
    assert [n for n, _, _ in pages] == [1, 2] and all(f is None for _, f, _ in pages), pages
    assert [t for _, _, t in pages] == LINES, pages
    assert len(seen) == 2 and all(name.startswith("ocr-page") for name, _ in seen), seen  # not one after the other
    assert all(limit == "1" for _, limit in seen), seen  # one thread per Tesseract, whatever the shell said


def test_a_scan_is_rendered_at_its_pictures_resolution_when_allowed(two_page_scan, monkeypatch):
    import pypdfium2 as pdfium

    from extractors.readers import ocr_pages as ocr
    from extractors.readers.ocr_pages import picture_dpi, render_scale

    monkeypatch.setattr(ocr, "MIN_DPI", 200)

    doc = pdfium.PdfDocument(str(two_page_scan))
    try:
        page = doc[0]
        assert round(picture_dpi(page)) == 200
        assert render_scale(*page.get_size(), picture_dpi(page)) == pytest.approx(200 / 72, rel=1e-3)
    finally:
        doc.close()
