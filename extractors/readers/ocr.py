"""OCR of scanned PDF pages: words with boxes and ruling lines, in the same :class:`PageContent` shape as a
born-digital page, so the same table geometry and paragraph logic run on both.

Per page (in a worker process, one per core, ``OMP_THREAD_LIMIT=1`` so Tesseract does not oversubscribe):
1. render with pypdfium2 at ``DPI`` (grayscale, /Rotate applied);
2. ruling lines with OpenCV: adaptive threshold, morphological opening with long thin horizontal / vertical
   kernels, the connected components' boxes -> edges (in PDF points);
3. the line pixels are painted white (Tesseract reads rules as "|" and "_"), then
   ``pytesseract.image_to_data(lang="ron")`` gives the words with boxes and confidences;
4. boxes scaled from pixels to points.

A page that exceeds ``timeout`` seconds is returned with ``failed="timeout"`` (the reader goes on with the
other pages and warns).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import statistics
from pathlib import Path

from extractors.readers._pdf_layout import PageContent, Word, make_edge

DPI = int(os.environ.get("OCR_DPI", "300"))
LANG = os.environ.get("OCR_LANG", "ron")
MIN_CONF = 0


def _lang() -> str:
    try:
        import pytesseract

        langs = set(pytesseract.get_languages(config=""))
    except Exception:
        return LANG
    if LANG in langs:
        return LANG
    return "eng" if "eng" in langs else LANG


def find_rules(gray, scale: float) -> tuple[list[dict], object]:
    """Edges (points) of horizontal and vertical rules in a grayscale page image, and the rules' mask."""
    import cv2
    import numpy as np

    h, w = gray.shape
    binv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 40), 1))
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, h // 60)))
    hmask = cv2.morphologyEx(binv, cv2.MORPH_OPEN, hk)
    vmask = cv2.morphologyEx(binv, cv2.MORPH_OPEN, vk)
    # close small gaps in broken scan lines
    hmask = cv2.dilate(hmask, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    vmask = cv2.dilate(vmask, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 9)))
    edges: list[dict] = []
    for mask, orient in ((hmask, "h"), (vmask, "v")):
        n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for i in range(1, n):
            x, y, bw, bh, _area = stats[i]
            if orient == "h" and bw > 3 * bh:
                yc = (y + bh / 2) / scale
                edges.append(make_edge(x / scale, yc, (x + bw) / scale, yc, "h"))
            elif orient == "v" and bh > 3 * bw:
                xc = (x + bw / 2) / scale
                edges.append(make_edge(xc, y / scale, xc, (y + bh) / scale, "v"))
    mask = cv2.bitwise_or(hmask, vmask)
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    return edges, mask


def ocr_image(gray, scale: float, timeout: float = 0, lang: str | None = None) -> tuple[list[Word], list[dict]]:
    """Words (points) and rule edges of one page image (numpy uint8 grayscale)."""
    import pytesseract

    edges, mask = find_rules(gray, scale)
    clean = gray.copy()
    clean[mask > 0] = 255
    data = pytesseract.image_to_data(
        clean, lang=lang or _lang(), config="--psm 3 -c preserve_interword_spaces=1",
        output_type=pytesseract.Output.DICT, timeout=timeout or 0,
    )
    words: list[Word] = []
    heights: dict[tuple, list[float]] = {}
    raw = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1
        if not text or conf < MIN_CONF:
            continue
        # the rules were painted out before OCR, so a "|" left is a misread capital I
        text = text.replace("|", "I")
        x, y, bw, bh = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        heights.setdefault(key, []).append(bh / scale)
        raw.append((text, x / scale, y / scale, (x + bw) / scale, (y + bh) / scale, key))
    line_h = {k: statistics.median(v) for k, v in heights.items()}
    for text, x0, top, x1, bottom, key in raw:
        words.append(Word(text, x0, top, x1, bottom, size=max(4.0, line_h[key] * 1.1)))
    return words, edges


def _ocr_page_worker(args) -> PageContent:
    path, index, timeout = args
    import numpy as np
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        page = doc[index]
        scale = DPI / 72.0
        bitmap = page.render(scale=scale, grayscale=True)
        img = bitmap.to_pil().convert("L")
        gray = np.asarray(img, dtype=np.uint8).copy()
        width, height = img.size[0] / scale, img.size[1] / scale
        page.close()
    finally:
        doc.close()
    try:
        words, edges = ocr_image(gray, scale, timeout=timeout)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
        if "timeout" in str(exc).lower():
            return PageContent(index + 1, width, height, [], [], ocr=True, failed="timeout")
        raise
    pc = PageContent(index + 1, width, height, words, edges, ocr=True)
    if not words:
        pc.warnings.append(f"ocr_no_text: page {index + 1}")
    return pc


def _init_worker():
    os.environ["OMP_THREAD_LIMIT"] = "1"


def ocr_pages(path: Path, indices: list[int], timeout: float = 180, processes: int | None = None) -> list[PageContent]:
    """OCR the given 0-based pages of a PDF, one process per core; pages past the limit come back failed."""
    if not indices:
        return []
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    jobs = [(str(path), i, timeout) for i in indices]
    n_proc = max(1, min(processes or os.cpu_count() or 1, len(jobs)))
    if mp.current_process().daemon:
        # already inside a pool worker (the pipeline parallelises documents): daemons cannot have children
        n_proc = 1
    if n_proc == 1:
        out = []
        for job in jobs:
            try:
                out.append(_ocr_page_worker(job))
            except Exception as exc:  # a page that cannot be OCR'd does not stop the others
                out.append(PageContent(job[1] + 1, 0, 0, [], [], ocr=True, failed=f"error ({exc})"))
        return out
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    out: list[PageContent] = []
    with ctx.Pool(n_proc, initializer=_init_worker) as pool:
        pending = [(job, pool.apply_async(_ocr_page_worker, (job,))) for job in jobs]
        for job, res in pending:
            try:
                out.append(res.get(timeout=timeout + 60))
            except mp.TimeoutError:
                out.append(PageContent(job[1] + 1, 0, 0, [], [], ocr=True, failed="timeout"))
            except Exception as exc:
                out.append(PageContent(job[1] + 1, 0, 0, [], [], ocr=True, failed=f"error ({exc})"))
        pool.terminate()
    return out
