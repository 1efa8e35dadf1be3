"""Dates, month-years and years as written in Romanian public documents. Pure functions.

Accepted date spellings: ``11.01.2019``, ``1.10.2018``, ``23.04. 2029`` (stray blank), ``11/01/2019``,
``11-01-2019``, ``01 ianuarie 2011``, ``24 mai 2021``, ``1 sept. 2020``, ``2019-03-05`` (ISO). Day first —
Romanian documents never put the month first. Two-digit years are not accepted (too ambiguous).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from normalizers.text import clean_text, strip_diacritics

__all__ = ["MONTHS", "find_dates", "find_years", "parse_date", "parse_month_year"]

# Diacritics-free, lower-case month names and abbreviations → month number.
MONTHS: dict[str, int] = {
    "ianuarie": 1, "ian": 1,
    "februarie": 2, "feb": 2, "febr": 2,
    "martie": 3, "mar": 3, "mart": 3,
    "aprilie": 4, "apr": 4,
    "mai": 5,
    "iunie": 6, "iun": 6,
    "iulie": 7, "iul": 7,
    "august": 8, "aug": 8,
    "septembrie": 9, "sep": 9, "sept": 9,
    "octombrie": 10, "oct": 10,
    "noiembrie": 11, "noi": 11, "nov": 11,
    "decembrie": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

_YEAR = r"((?:19|20|21)[0-9]{2})"
_NUMERIC = re.compile(
    r"(?<![0-9])(?<![0-9][.,])([0-9]{1,2})[ ]?([./-])[ ]?([0-9]{1,2})[ ]?\2[ ]?" + _YEAR + r"(?![0-9])"
)
_ISO = re.compile(r"(?<![0-9.,/-])" + _YEAR + r"-([0-9]{2})-([0-9]{2})(?![0-9])")
_NAMED = re.compile(
    r"(?<![0-9])([0-9]{1,2})[ ]*(?:-|\.)?[ ]*(" + _MONTH_ALT + r")(?![a-z])\.?[ ]*(?:,[ ]*)?" + _YEAR + r"(?![0-9])",
    re.IGNORECASE,
)
_MONTH_YEAR_NUM = re.compile(r"(?<![0-9.,/])(0?[1-9]|1[0-2])[ ]?[./][ ]?" + _YEAR + r"(?![0-9]|[.,][0-9])")
_YEAR_MONTH_ISO = re.compile(r"(?<![0-9.,/-])" + _YEAR + r"-(0[1-9]|1[0-2])(?![0-9-])")
_MONTH_YEAR_NAMED = re.compile(r"(?<![a-z])(" + _MONTH_ALT + r")(?![a-z])\.?[ ]*(?:,[ ]*)?" + _YEAR + r"(?![0-9])",
                               re.IGNORECASE)


_ODD_BLANKS = "\u00a0\u202f\u2009\t"
_DASHES = "‐‑‒–—―−"


def _prepare(text: str) -> str:
    """Same-length folding for matching (offsets stay valid): diacritics removed, dashes → '-',
    odd blanks → ' '. strip_diacritics keeps one character per precomposed letter after NFC.

    One ``str.translate`` through a table filled as characters are met (:class:`_SameLength`): each character
    is mapped on its own, so the table gives what folding then the two replacements gave."""
    if text.isascii():  # only a tab can change
        return text.replace("\t", " ") if "\t" in text else text
    return text.translate(_SAME_LENGTH)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = strip_diacritics(ch)
    return folded if len(folded) == 1 else ch


class _SameLength(dict):
    """``str.translate`` table of :func:`_prepare`: a character above ASCII folded (:func:`_fold_char`), then an
    odd blank → ' ' and a dash → '-'; filled lazily (a document uses a few hundred distinct characters)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = _fold_char(ch) if code > 127 else ch
        if out in _ODD_BLANKS:
            out = " "
        elif out in _DASHES:
            out = "-"
        self[code] = out
        return out


_SAME_LENGTH = _SameLength()
# every date and month-year spelling holds a year: a text without one of these four digits in a row holds none.
# _prepare maps no character to an ASCII digit, so the text may be tested before it is prepared (the date
# functions are asked about every cell of a table, most of them without a year)
_YEAR_SHAPE = re.compile(_YEAR)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str | None) -> list[tuple[date, int, int]]:
    """Every valid date in ``text`` as (date, start, end), in reading order. Impossible dates
    (31.02.2020) and runs that are numbers (5.585.522,17) are skipped."""
    if not text or not _YEAR_SHAPE.search(text):
        return []
    s = _prepare(text)
    hits: list[tuple[date, int, int]] = []
    for m in _NUMERIC.finditer(s):
        d = _make(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if d:
            hits.append((d, m.start(), m.end()))
    for m in _ISO.finditer(s):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            hits.append((d, m.start(), m.end()))
    for m in _NAMED.finditer(s):
        d = _make(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            hits.append((d, m.start(), m.end()))
    hits.sort(key=lambda h: h[1])
    # Drop overlaps (keep the earliest, longest).
    out: list[tuple[date, int, int]] = []
    for h in hits:
        if out and h[1] < out[-1][2]:
            continue
        out.append(h)
    return out


def parse_date(text: str | None) -> date | None:
    """The one date in ``text`` ("11.01.2019", "24 mai 2021", "2019-03-05"); None when there is none,
    it is invalid, or the text holds two different dates (a period "23.04.2021 - 22.04.2029": use
    ``find_dates``)."""
    if not text:
        return None
    found = find_dates(clean_text(text))
    distinct = {d for d, _, _ in found}
    return found[0][0] if len(distinct) == 1 else None


def parse_month_year(text: str | None) -> tuple[int, int] | None:
    """A month-year such as "07.2022", "7/2022", "2022-07", "iulie 2022" → (2022, 7).

    A full date gives its (year, month) when it is the only thing stated. Several different
    month-years → None.
    """
    if not text:
        return None
    cleaned = clean_text(text)
    if not _YEAR_SHAPE.search(cleaned):
        return None
    s = _prepare(cleaned)
    date_spans = [(a, b) for _, a, b in find_dates(s)]

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in date_spans)

    found: set[tuple[int, int]] = set()
    for m in _MONTH_YEAR_NUM.finditer(s):
        if not inside(m.start()):
            found.add((int(m.group(2)), int(m.group(1))))
    for m in _YEAR_MONTH_ISO.finditer(s):
        if not inside(m.start()):
            found.add((int(m.group(1)), int(m.group(2))))
    for m in _MONTH_YEAR_NAMED.finditer(s):
        if not inside(m.start()):
            found.add((int(m.group(2)), MONTHS[m.group(1).lower()]))
    if not found:
        dates = {(d.year, d.month) for d, _, _ in find_dates(s)}
        found = dates
    return next(iter(found)) if len(found) == 1 else None


_YEAR_TOKEN = re.compile(r"(?<![0-9])([0-9]{4})(?![0-9])")
_RANGE_SHORT = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[ ]?-[ ]?([0-9]{2})(?![0-9.,])")
_MONEY_AFTER = re.compile(r"\s*(?:lei|ron|euro?|%|mii|mil)\b|\s*%", re.IGNORECASE)


def find_years(text: str | None) -> list[int]:
    """Four-digit years 1990–2100 in ``text``, in reading order, every occurrence (dedupe with
    ``dict.fromkeys`` if needed). Both ends of a range count ("2017-2021" → [2017, 2021];
    "2021-22" → [2021, 2022]).

    Not years: the number after "/" in an act reference ("Legea 292/2011", "nr. 1180/23.02.2021"
    keeps 2021 from the date but not a bare "/2011"), parts of bigger numbers ("1.2020.000", "2021,5"),
    amounts ("2000 lei", "2020 %").
    """
    if not text:
        return []
    s = _prepare(text)
    out: list[tuple[int, int]] = []
    date_spans: list[tuple[int, int]] | None = None
    for m in _YEAR_TOKEN.finditer(s):
        value = int(m.group(1))
        if not 1990 <= value <= 2100:
            continue
        start, end = m.start(), m.end()
        before = s[max(0, start - 2):start]
        if before.endswith("/") or before.rstrip().endswith("/"):
            continue  # act number 292/2011
        if s[end:end + 1] == "/" and re.match(r"/[0-9]", s[end:end + 2]):
            continue  # "2011/123": an act number written year-first, or a file number
        if re.match(r"[.,][0-9]", s[end:end + 2]):
            continue  # 2021,5 / 2.021.000 style numbers
        if re.search(r"[0-9][.,]$", s[max(0, start - 2):start]):
            if date_spans is None:
                date_spans = [(a, b) for _, a, b in find_dates(s)]
            if not any(a < start < b for a, b in date_spans):
                continue  # "1.2020" inside a bigger number, unless it is a date's year
        if _MONEY_AFTER.match(s[end:end + 6]):
            continue
        out.append((start, value))
    for m in _RANGE_SHORT.finditer(s):
        first = int(m.group(1))
        second = (first // 100) * 100 + int(m.group(2))
        if second > first and 1990 <= first <= 2100:
            out.append((m.start(2), second))
    out.sort()
    return [v for _, v in out]

