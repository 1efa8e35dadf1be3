"""A ruleless header's group cell placed over the columns of its sub-columns (:func:`_pdf_cells.place_band`)."""
from __future__ import annotations

from extractors.readers._pdf_bands import Band
from extractors.readers._pdf_cells import place_band
from extractors.readers._pdf_layout import Line, Word
from extractors.readers._pdf_settings import STREAM

SIZE = 8.0


def _band(top: float, *runs: tuple[str, float, float]) -> Band:
    words = [Word(t, x0, top, x1, top + SIZE, size=SIZE) for t, x0, x1 in runs]
    return Band([Line(words)], 0, [(w.x0, w.x1, [w]) for w in words])


def test_group_cell_spans_the_columns_its_sub_columns_go_to():
    """"Surse publice" over "Buget local UAT" and "Buget CJ", whose one figure is a "-" set right, beyond its
    header's end: the body measured that column beside its header (469–471 under a header ending at 469), and the
    group cell over the two sub-columns stood over the first column alone ("Surse publice" / "" read the
    sub-columns as other fields)."""
    cols = [[383.0, 404.0], [421.0, 438.0], [469.0, 471.0], [483.0, 505.0], [536.0, 538.0]]
    band = _band(0.0, ("Surse publice", 416.0, 467.0), ("Surse private", 483.0, 533.0))
    under = _band(12.0, ("Buget", 416.0, 436.0), ("CJ", 450.0, 469.0), ("Contribuția", 483.0, 505.0),
                  ("Alte", 517.0, 537.0))
    placed, span = place_band(band, cols, False, STREAM, under, levels=True)
    assert [w.text for w in placed[1]] == ["Surse publice"] and span[1] == 2
    assert [w.text for w in placed[3]] == ["Surse private"] and span[3] == 2
