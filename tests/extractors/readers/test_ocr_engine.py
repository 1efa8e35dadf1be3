"""Tesseract read in this process (tesserocr) gives the program's words, keeps to its time limit, and is the engine
used when installed."""
from __future__ import annotations

import shutil

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
tesserocr = pytest.importorskip("tesserocr")

_SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"


def _page(lines: list[str], size: int = 40):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype(_SERIF, size)
    except OSError:
        pytest.skip("Liberation Serif not installed")
    img = Image.new("L", (2480, 160 + 90 * len(lines)), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((150, 100 + 90 * i), line, font=font, fill=0)
    return np.asarray(img)


def test_tesserocr_is_the_engine_when_installed():
    from extractors.readers import ocr_engine

    assert ocr_engine.engine() == "tesserocr"
    assert ocr_engine.lang() in ocr_engine.languages()


def test_the_engine_in_process_reads_the_programs_words(monkeypatch):
    """Same words, same boxes (within a few pixels), one text line's words under one key, with either engine."""
    from extractors.readers import ocr_engine

    img = _page(["Centrul de zi pentru vârstnici Brădeni 120.000", "Asociația Speranța, județul Neamț 35.000"])
    inproc = ocr_engine.read_batch([img], ocr_engine.lang(), 3, 60)[0]
    monkeypatch.setattr(ocr_engine, "ENGINE", "program")
    ocr_engine._tesserocr.cache_clear()
    try:
        assert ocr_engine.engine() == "program"
        program = ocr_engine.read_batch([img], ocr_engine.lang(), 3, 60)[0]
    finally:
        ocr_engine._tesserocr.cache_clear()
    assert [w["text"] for w in inproc] == [w["text"] for w in program]
    for a, b in zip(inproc, program):
        assert all(abs(a[k] - b[k]) <= 3 for k in "xywh"), (a, b)
    assert len({w["key"] for w in inproc}) == 2
    assert "120.000" in [w["text"] for w in inproc]


def test_a_batch_of_crops_is_read_image_by_image():
    from extractors.readers import ocr_engine

    crops = [_page(["Buget local"]), _page(["Bugetul de stat"]), _page(["-"])[:, :600]]
    got = ocr_engine.read_batch(crops, ocr_engine.lang(), 6, 60)
    assert len(got) == 3
    assert [w["text"] for w in got[0]] == ["Buget", "local"]
    assert [w["text"] for w in got[1]] == ["Bugetul", "de", "stat"]


def test_a_reading_over_its_time_limit_fails_as_timeout_and_the_next_reading_works():
    from extractors.readers import ocr_engine
    from extractors.readers.ocr_pages import page_failure

    img = _page(["Servicii sociale de îngrijire la domiciliu pentru persoane vârstnice"] * 40, size=30)
    with pytest.raises(RuntimeError) as exc:
        ocr_engine.read_batch([img], ocr_engine.lang(), 3, 0.02)
    assert page_failure(exc.value) == "timeout"
    again = ocr_engine.read_batch([img[:300]], ocr_engine.lang(), 3, 60)[0]
    assert "Servicii" in [w["text"] for w in again]


def test_each_word_read_in_process_has_its_symbols_boxes_in_order_within_its_box():
    """The symbols of a word spell it, left to right, each box within a few pixels of the word's: what a word read
    across a space is cut by (ocr_spaces) and its first glyph's width measured from (ocr_ink.first_advance)."""
    from extractors.readers import ocr_engine

    img = _page(["protocol de colaborare 8730 CR V I", "Centrul de zi de r", "ecuperare 7.368.119 lei"])
    words = ocr_engine.read_batch([img], ocr_engine.lang(), 3, 60)[0]
    assert words
    for w in words:
        assert "".join(c[0] for c in w["chars"]) == w["text"], w
        rights = [c[2] for c in w["chars"]]
        assert rights == sorted(rights), w
        assert all(w["x"] - 3 <= c[1] < c[2] <= w["x"] + w["w"] + 3 for c in w["chars"]), w


_MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"


def test_a_line_in_a_monospaced_type_reads_as_its_words_without_the_fixed_pitch_test():
    """Tesseract's test of each row for fixed pitch is off (``textord_disable_pitch_test``: ~3 % of a page's time);
    a typewriter's type is still read word by word, its spaces where the line recogniser sees them."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from extractors.readers import ocr_engine

    try:
        font = ImageFont.truetype(_MONO, 40)
    except OSError:
        pytest.skip("Liberation Mono not installed")
    lines = ["Nr. 1234 din 12.03.2021", "Centrul de zi pentru copii  120 locuri", "Cantina sociala  8899 CZ-D-II"]
    img = Image.new("L", (2480, 160 + 90 * len(lines)), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((150, 100 + 90 * i), line, font=font, fill=0)
    assert ocr_engine.VARIABLES["textord_disable_pitch_test"] == "1"
    words = ocr_engine.read_batch([np.asarray(img)], ocr_engine.lang(), 3, 60)[0]
    assert [w["text"] for w in words] == " ".join(lines).split()
    assert len({w["key"] for w in words}) == 3
