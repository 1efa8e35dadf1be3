"""Tesseract's words for page images: read in this process through tesserocr, or by the ``tesseract`` program.

In-process (the default when tesserocr is installed): one Tesseract engine per thread, its model loaded once and
kept for the next pages, the image handed over as the numpy array's own bytes, the words taken from its result
iterator. Measured on the corpus scan (``benchmarks/bench_ocr.py``, the machine shared, runs interleaved): about
a quarter less CPU a page than the program (whose start and model loading cost ~0.15 CPU s a run, its TSV writer
and the image file more; tesserocr's wheel also bundles a newer Tesseract, 5.5, than the system's program). The
words are the same (the reading of a dense page differed in 4 words of 645).

A crash inside Tesseract (a segmentation fault) takes down the process it runs in. Pipeline documents are each read
in a worker process of their own (``pipeline/pool.py``), so that is one document failed as ``worker_crashed``,
never the run or another document. ``OCR_ENGINE=program`` runs the ``tesseract`` program instead (pytesseract), a
process per page image batch: a crash there fails only that page; it is also the fallback when tesserocr is not
installed.

A reading over its time limit raises ``RuntimeError("Tesseract timeout")`` with either engine (the page then fails
as ``timeout``).
"""
from __future__ import annotations

import errno
import functools
import os
import re
import subprocess
import threading

LANG = os.environ.get("OCR_LANG", "ron")
ENGINE = os.environ.get("OCR_ENGINE", "auto")  # auto (tesserocr when installed) | tesserocr | program
MIN_CONF = 0
# Tesseract's settings for every reading. ``textord_disable_pitch_test``: its layout analysis tests every text row for
# fixed pitch (a typewriter's type) by dynamic programming over the row's blobs, ~3 % of a page's time, and the line
# recogniser finds a row's words by its own spaces whatever the pitch says: the same words on the corpus scan's 9
# pages (3,781) and 9 pages of the families' scans (2,262, one box 3 px apart), and a line set in a monospaced type
# reads the same (tests/extractors/readers/test_ocr_engine.py)
VARIABLES = {"preserve_interword_spaces": "1", "textord_disable_pitch_test": "1"}


@functools.lru_cache(maxsize=1)
def _tesserocr():
    """The tesserocr module, or None when it is not to be used (not installed, or ``OCR_ENGINE=program``)."""
    if ENGINE == "program":
        return None
    try:
        import tesserocr
    except ImportError:
        if ENGINE == "tesserocr":
            raise
        return None
    return tesserocr


def engine() -> str:
    """Which engine reads: ``tesserocr`` or ``program``."""
    return "tesserocr" if _tesserocr() is not None else "program"


@functools.lru_cache(maxsize=1)
def tessdata_dir() -> str | None:
    """Where the language models are: ``TESSDATA_PREFIX``, else where the installed ``tesseract`` program looks
    (tesserocr's wheel bundles the library, not the models: they are the system's, ``make install``)."""
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        return env
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
        m = re.search(r'"([^"]+)"', out.stdout + out.stderr)
        if m and os.path.isdir(m.group(1)):
            return m.group(1)
    except (OSError, subprocess.SubprocessError):
        pass
    for cand in ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata"):
        if os.path.isdir(cand):
            return cand
    return None


@functools.lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The languages Tesseract has models for (asked once per process)."""
    tr = _tesserocr()
    if tr is not None:
        path = tessdata_dir()
        if path:
            return frozenset(n[:-len(".traineddata")] for n in os.listdir(path) if n.endswith(".traineddata"))
        return frozenset()
    import pytesseract

    return frozenset(pytesseract.get_languages(config=""))


@functools.lru_cache(maxsize=1)
def lang() -> str:
    """The Tesseract language to read with: ``OCR_LANG`` (``ron``), else English when that is missing."""
    try:
        langs = languages()
    except Exception:
        return LANG
    if LANG in langs:
        return LANG
    return "eng" if "eng" in langs else LANG


# engines made and not in use, per language: a thread takes one for a reading and puts it back, so the threads of a
# pipeline worker reuse the engines (and their loaded models) from one page and one document to the next
_IDLE: dict[str, list] = {}
_IDLE_LOCK = threading.Lock()


def _take_api(language: str):
    tr = _tesserocr()
    with _IDLE_LOCK:
        idle = _IDLE.setdefault(language, [])
        if idle:
            return idle.pop()
    path = tessdata_dir()
    try:
        return tr.PyTessBaseAPI(path=path or "./", lang=language, psm=tr.PSM.AUTO, variables=dict(VARIABLES))
    except RuntimeError as exc:  # tesserocr's words for a model it cannot load
        raise RuntimeError(f"Failed loading language '{language}' ({path}): {exc}") from exc


def _give_back(language: str, api) -> None:
    with _IDLE_LOCK:
        _IDLE.setdefault(language, []).append(api)


def read_batch(images: list, language: str, psm: int, timeout: float) -> list[list[dict]]:
    """Tesseract's words for each image (numpy uint8 grayscale), read with page segmentation mode ``psm``: dicts
    with ``text``, ``conf``, the pixel box ``x y w h`` and ``key`` (block, paragraph, line: the words of one text
    line share it); words read below :data:`MIN_CONF` left out. ``timeout`` (seconds, 0: none) is for the whole
    batch."""
    if not images:
        return []
    if _tesserocr() is not None:
        return _read_in_process(images, language, psm, timeout)
    return _read_by_program(images, language, psm, timeout)


def _read_in_process(images: list, language: str, psm: int, timeout: float) -> list[list[dict]]:
    import time

    import numpy as np

    tr = _tesserocr()
    api = _take_api(language)
    ok = False
    try:
        api.SetPageSegMode(psm)
        deadline = time.monotonic() + timeout if timeout else 0.0
        out = []
        for img in images:
            img = np.ascontiguousarray(img, dtype=np.uint8)
            h, w = img.shape[:2]
            api.SetImageBytes(img.tobytes(), w, h, 1, w)
            left = deadline - time.monotonic() if deadline else 0.0
            if deadline and left <= 0:
                raise RuntimeError("Tesseract timeout")
            # at least 1 ms: a deadline less than a millisecond away rounded to 0 would mean no limit at all
            if not api.Recognize(timeout=max(1, int(left * 1000)) if deadline else 0):
                if deadline and time.monotonic() >= deadline - 0.05:
                    raise RuntimeError("Tesseract timeout")
                raise RuntimeError("Tesseract could not read the image")
            out.append(_iterator_words(tr, api))
        ok = True
        return out
    finally:
        if ok:
            _give_back(language, api)
        else:  # after a cancelled or failed reading the engine is not trusted again
            api.End()


def _iterator_words(tr, api) -> list[dict]:
    """The words of the result iterator, walked symbol by symbol: each word also gets ``chars``, its symbols' texts
    with their left and right pixel edges (where a word Tesseract read across a space is cut again:
    :func:`extractors.readers.ocr_spaces.split_at_spaces`; the program's TSV has no symbols). The block, paragraph
    and line are asked at a word's first symbol only (asking at every symbol tripled the walk's time)."""
    words: list[dict] = []
    word_level, level = tr.RIL.WORD, tr.RIL.SYMBOL
    block_level, par_level, line_level = tr.RIL.BLOCK, tr.RIL.PARA, tr.RIL.TEXTLINE
    block = par = line = 0
    cur: list | None = None
    for it in tr.iterate_level(api.GetIterator(), level):
        if it.IsAtBeginningOf(word_level):
            if it.IsAtBeginningOf(block_level):
                block, par, line = block + 1, 0, 0
            if it.IsAtBeginningOf(par_level):
                par, line = par + 1, 0
            if it.IsAtBeginningOf(line_level):
                line += 1
            cur = None
            text = (it.GetUTF8Text(word_level) or "").strip()
            conf = it.Confidence(word_level)
            box = it.BoundingBox(word_level)
            if not text or conf < MIN_CONF or not box:
                continue
            x0, y0, x1, y1 = box
            cur = []
            words.append({"text": text, "conf": float(conf), "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0,
                          "key": (block, par, line), "chars": cur})
        if cur is not None:
            sym, box = (it.GetUTF8Text(level) or "").strip(), it.BoundingBox(level)
            if sym and box:  # a word may begin with a space symbol of its own ("protocolde" after " ")
                cur.append((sym, box[0], box[2]))
    return words


def _read_by_program(images: list, language: str, psm: int, timeout: float) -> list[list[dict]]:
    """Read by ONE run of the ``tesseract`` program given the list of images: starting the program and loading its
    model costs ~0.15 CPU s, more than reading a cell's crop (``page_num`` of its TSV tells the images apart)."""
    import tempfile

    import cv2
    import pytesseract

    with tempfile.TemporaryDirectory(prefix="ocr-") as tmp:
        # handed over as uncompressed BMPs: pytesseract would write a PNG, 0.3 CPU s a page to compress, and
        # Leptonica reads a PGM one pixel per fread() call (0.15 CPU s a page at 300 dpi) where it copies a BMP's rows
        paths = []
        for k, img in enumerate(images):
            path = os.path.join(tmp, f"image{k}.bmp")
            if not cv2.imwrite(path, img):
                raise OSError(errno.EIO, "could not write the page image for Tesseract", path)
            paths.append(path)
        if len(paths) > 1:  # a file listing images is read by Tesseract as a document of several pages
            src = os.path.join(tmp, "images.txt")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write("\n".join(paths) + "\n")
        else:
            src = paths[0]
        data = pytesseract.image_to_data(
            src, lang=language, config=f"--psm {psm} " + " ".join(f"-c {k}={v}" for k, v in VARIABLES.items()),
            output_type=pytesseract.Output.DICT, timeout=timeout,
        )
    out: list[list[dict]] = [[] for _ in images]
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1
        if not text or conf < MIN_CONF:
            continue
        k = int(data["page_num"][i]) - 1
        if not 0 <= k < len(images):
            continue
        out[k].append({"text": text, "conf": conf, "x": data["left"][i], "y": data["top"][i],
                       "w": data["width"][i], "h": data["height"][i],
                       "key": (data["block_num"][i], data["par_num"][i], data["line_num"][i])})
    return out
