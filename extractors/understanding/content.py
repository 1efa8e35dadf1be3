"""What a column's cells hold, read from the cells alone: the content type a column mapping records as evidence.

Types (the template's cell contents): ``service_code`` (a code of the social services nomenclator), ``cpv`` (a CPV
code), ``percentage``, ``money``, ``date_period`` (a date, a month, a year range, a season), ``count`` (a short
number, possibly with its noun), ``organisation`` (an association, school, directorate …), ``staff_category``
(a staff job title), ``contact`` (address, phone, e-mail, web), ``free_text``. A column's type is the type most of
its filled cells share, with that share.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from normalizers.codes import find_service_code
from normalizers.dates import find_dates, parse_month_year
from normalizers.numbers import unit_from_text
from normalizers.text import fold_key

SERVICE_CODE = "service_code"
CPV = "cpv"
PERCENTAGE = "percentage"
MONEY = "money"
DATE_PERIOD = "date_period"
COUNT = "count"
ORGANISATION = "organisation"
STAFF_CATEGORY = "staff_category"
CONTACT = "contact"
FREE_TEXT = "free_text"
CONTENT_TYPES = (SERVICE_CODE, CPV, PERCENTAGE, MONEY, DATE_PERIOD, COUNT, ORGANISATION, STAFF_CATEGORY, CONTACT,
                 FREE_TEXT)


@dataclass(frozen=True)
class ContentSettings:
    max_cells: int = 40  # cells read per column (the type of a column shows in its first rows)
    min_share: float = 0.5  # a column has a type when at least this share of its filled cells agree
    short_cell_chars: int = 40  # a count or an amount is a short cell


DEFAULT_CONTENT = ContentSettings()

_CPV = re.compile(r"(?<!\d)\d{8}\s*[-‐–]\s*\d(?!\d)")
_PERCENT = re.compile(r"\d\s*%|\bprocent")
# Romanian amounts: thousands dots and/or decimals after a comma ('1.250.000', '950,50'), or a stated unit
_AMOUNT = re.compile(r"^\s*\d{1,3}(?:[.\s]\d{3})+(?:,\d{1,2})?\s*$|^\s*\d+,\d{1,2}\s*$")
_COUNT = re.compile(r"^\s*\d{1,5}(?:\s+[^\d\s]{1,25}){0,3}\s*$")
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)")
_PERIOD_WORDS = re.compile(r"\b(?:trimestr\w*|semestr\w*|lunar|anual|permanent|ianuarie|februarie|martie|aprilie|mai|"
                           r"iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|luna|lunile)\b")
_CONTACT = re.compile(r"\S+@\S+\.\w+|\bwww\.|\btel(?:efon)?\b\.?\s*:?\s*\d|\bstr(?:ada)?\b\.?\s+\w|\bfax\b|"
                      r"\bnr\.?\s*\d+\s*,\s*(?:bl|sc|ap|sector|jud)", re.I)
_ORG = re.compile(r"\b(?:asociatia|fundatia|scoala|liceul|colegiul|gradinita|directia|dgaspc|dgasmb|primaria|"
                  r"consiliul|spitalul|inspectoratul|politia|agentia|parohia|biserica|universitatea|societatea|"
                  r"organizatia|federatia|uniunea|srl|ong|institutia|clubul|centrul|complexul)\b")
_STAFF = re.compile(r"\b(?:asistent\w*|ingrijitor\w*|psiholog\w*|educator\w*|medic\w*|infirmier\w*|mediator\w*|"
                    r"lucrator\w*|personal\w*|specialist\w*|inspector\w*|referent\w*|consilier\w*|kinetoterapeut\w*|"
                    r"logoped\w*|pedagog\w*|bucatar\w*|sofer\w*|paznic\w*|angajat\w*|functionar\w*|director\w*|"
                    r"coordonator\w*|manager\w*|voluntar\w*)\b")


def cell_content_type(text: str, settings: ContentSettings = DEFAULT_CONTENT) -> str | None:
    """The content type of one cell; None for an empty cell or a placeholder ('-', 'nu este cazul' is free text)."""
    t = text.strip()
    if not t or not t.strip("-–—./ "):
        return None
    short = len(t) <= settings.short_cell_chars
    if _CPV.search(t):
        return CPV
    if short and find_service_code(t):
        return SERVICE_CODE
    if short and _PERCENT.search(t):
        return PERCENTAGE
    if short and (unit_from_text(t) or _AMOUNT.match(t)):
        return MONEY
    key = fold_key(t)
    if short and (find_dates(t) or parse_month_year(t) or _YEAR_RANGE.search(t) or
                  (_PERIOD_WORDS.search(key) and not re.search(r"\d{3,}", t) and len(key.split()) <= 5)):
        return DATE_PERIOD
    if short and _COUNT.match(t):
        return COUNT
    if _CONTACT.search(t):
        return CONTACT
    if _ORG.search(key):
        return ORGANISATION
    if short and _STAFF.search(key):
        return STAFF_CATEGORY
    return FREE_TEXT


def column_content_type(cells: list[str], settings: ContentSettings = DEFAULT_CONTENT) -> tuple[str | None, float]:
    """(type, share of the filled cells that have it) for one column; (None, 0.0) when no type reaches the
    minimum share or the column is empty."""
    types = [t for t in (cell_content_type(c, settings) for c in cells[:settings.max_cells]) if t is not None]
    if not types:
        return None, 0.0
    best, n = Counter(types).most_common(1)[0]
    share = n / len(types)
    return (best, round(share, 2)) if share >= settings.min_share else (None, round(share, 2))
