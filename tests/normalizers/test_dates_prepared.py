"""The dates' same-length folding (normalizers/dates.py:_prepare) through one translate table, and the year test
made before it: the same results as folding character by character then replacing blanks and dashes."""
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import normalizers.dates as dates
from normalizers.dates import _prepare, find_dates, parse_month_year
from normalizers.text import clean_text, strip_diacritics


def _reference_prepare(text: str) -> str:
    """_prepare as it was written first: each character above ASCII folded on its own, then two replacements."""
    def fold(ch: str) -> str:
        folded = strip_diacritics(ch)
        return folded if len(folded) == 1 else ch

    if not text.isascii():
        text = "".join(fold(ch) if ord(ch) > 127 else ch for ch in text)
    return re.sub(r"[‐‑‒–—―−]", "-", re.sub(r"[\u00a0\u202f\u2009\t]", " ", text))


def _without_year_test(fn, text):
    """``fn(text)`` with the year test before the work turned off (what it gave before that test existed)."""
    saved = dates._YEAR_SHAPE
    dates._YEAR_SHAPE = re.compile("")
    try:
        return fn(text)
    finally:
        dates._YEAR_SHAPE = saved


def test_every_character_is_prepared_as_before():
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for i in range(0, len(chars), 4096):
        chunk = "".join(chars[i:i + 4096])
        assert _prepare(chunk) == _reference_prepare(chunk)
    assert _prepare("1–2\t3\u00a04 ș") == "1-2 3 4 s"


def test_no_character_becomes_an_ascii_digit():
    # what allows the year test on the text before it is prepared
    for c in range(128, sys.maxunicode + 1):
        if 0xD800 <= c <= 0xDFFF:
            continue
        assert not _prepare(chr(c)).isascii() or not _prepare(chr(c)).isdigit(), hex(c)


_PIECES = ["2021", "1999", "2105", "19", "20", "21", "07", "12", ".", "/", "-", "–", " ", "\u00a0", "\t", "\u200b",
           "mai", "iulie", "sept.", "ianuarie", "ș", "ţ", "Ă", "anul", "03", "1", "31.02.", "5.585.522,17", "ş"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_dates_found_as_without_the_year_test(pieces):
    text = "".join(pieces)
    assert find_dates(text) == _without_year_test(find_dates, text)
    assert parse_month_year(text) == _without_year_test(parse_month_year, text)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=30))
def test_any_text_prepared_as_before(text):
    assert _prepare(text) == _reference_prepare(text)
    assert _prepare(clean_text(text)) == _reference_prepare(clean_text(text))
