"""Tesseract in this process (``ocr_engine``, its C library) gives the words the ``tesseract`` program gives: the same
texts, boxes, lines and (whole-number) confidences, on a page and on a batch of crops; a deadline ends a reading."""
from __future__ import annotations

import shutil

import pytest

from extractors.readers import ocr, ocr_engine

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None or not ocr_engine.available(),
                                reason="tesseract or libtesseract not installed")
_SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"


def _page():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype(_SERIF, 34)
    except OSError:
        pytest.skip("Liberation Serif not installed")
    img = Image.new("L", (1800, 700), 255)
    d = ImageDraw.Draw(img)
    d.text((100, 100), "Centre de zi pentru copii", font=font, fill=0)
    d.text((100, 200), "1.   8891 CZ-C-V   193   8.297", font=font, fill=0)
    d.text((100, 300), "Locuințe protejate   36   6.422", font=font, fill=0)
    return np.asarray(img, dtype=np.uint8).copy()


def _fields(words):
    return [(w["text"], w["x"], w["y"], w["w"], w["h"], w["conf"]) for w in words]


def test_the_library_reads_the_words_the_program_reads(monkeypatch):
    page = _page()
    crops = [page[80:160, 80:700].copy(), page[180:260, 80:200].copy()]
    lang = ocr._lang()
    monkeypatch.setattr(ocr, "USE_ENGINE", False)
    program = [ocr._tesseract_batch([page], lang, 3, 60)[0]] + ocr._tesseract_batch(crops, lang, 6, 60)
    monkeypatch.setattr(ocr, "USE_ENGINE", True)
    library = [ocr._tesseract_batch([page], lang, 3, 60)[0]] + ocr._tesseract_batch(crops, lang, 6, 60)
    assert "protejate" in [w["text"] for w in library[0]]
    for p, lib in zip(program, library):
        assert _fields(lib) == _fields(p)
        # the same lines: words grouped alike by their (block, paragraph, line) keys
        assert [[w["text"] for w in p if w["key"] == k] for k in dict.fromkeys(w["key"] for w in p)] == \
            [[w["text"] for w in lib if w["key"] == k] for k in dict.fromkeys(w["key"] for w in lib)]


def test_a_reading_past_its_deadline_fails_as_a_timeout():
    import numpy as np

    page = np.tile(_page(), (6, 1))
    with pytest.raises(RuntimeError, match="timeout") as exc:
        ocr_engine.engine(ocr._lang()).words(page, 3, timeout=0.001)
    assert ocr.page_failure(exc.value) == "timeout"
