"""What a table cell holds, judged by its content alone: the evidence a column's content gives beside its header.

A column whose header words are new can still be understood from what its cells hold (codes of the
nomenclator, CPV codes, counts of places, percentages, money, dates and periods, organisation names, staff
categories, addresses and contacts, free text); a header that contradicts its content can be flagged. This
module only types cells and columns — mapping a column to a field is the table reader's job.

The types, in the order they are tried (the first that fits wins; a cell holding a code *and* a name is a
code cell only when the code is most of it):

=====================  ======================================================================================
``empty``              nothing stated: '', '-', 'nu este cazul'
``nomenclator_code``   a social-service code (HG 867/2015), alone or with a few words: '8790 CR-D-VII'
``cpv_code``           a CPV code, with its check digit or followed by its wording: '85311000-2 Servicii …'
``organisation``       (with contacts) a name followed by address/phone/e-mail/web: 'Asociația X, str. Y nr. 3'
``contact``            an address, phone, e-mail or web address with no name before it
``percentage``         a percentage, possibly with a count: '95%', '53 benef. - 126,1%'
``money``              an amount with a currency ('7.368.119 lei', '250 mii lei') or in money's shape
                       (two decimals after a comma, or millions written with thousands dots)
``date``               a date, a month and year, a quarter, a year or a span of years, a recurrence
``count``              one or more counts, each with at most a unit word: '30', '30 locuri', '12 benef.'
``organisation``       an institution's name (Asociația, Fundația, Direcția, Primăria, … SRL, Școala, …)
``staff_category``     a short staff category: 'Asistent social', 'Psihologi', 'Personal de specialitate'
``text``               anything else (service names, activities, descriptions)
=====================  ======================================================================================

Pure functions; the reference data they read (the nomenclator) is loaded by :mod:`normalizers.reference`.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from normalizers.cells import split_provider
from normalizers.codes import find_service_codes
from normalizers.cpv import normalize_cpv
from normalizers.dates import find_dates, parse_month_year
from normalizers.institutions import institution_kind
from normalizers.numbers import find_numbers, unit_from_text
from normalizers.text import clean_text, fold_key, strip_diacritics

__all__ = [
    "CONTENT_TYPES", "ColumnContent", "ColumnContentSettings", "EMPTY", "NOMENCLATOR_CODE", "CPV_CODE", "COUNT",
    "PERCENTAGE", "MONEY", "DATE", "ORGANISATION", "STAFF_CATEGORY", "CONTACT", "TEXT", "column_content",
    "content_type",
]

EMPTY = "empty"
NOMENCLATOR_CODE = "nomenclator_code"
CPV_CODE = "cpv_code"
COUNT = "count"
PERCENTAGE = "percentage"
MONEY = "money"
DATE = "date"
ORGANISATION = "organisation"
STAFF_CATEGORY = "staff_category"
CONTACT = "contact"
TEXT = "text"
CONTENT_TYPES = (EMPTY, NOMENCLATOR_CODE, CPV_CODE, COUNT, PERCENTAGE, MONEY, DATE, ORGANISATION, STAFF_CATEGORY,
                 CONTACT, TEXT)

_CODE_MAX_OTHER_WORDS = 4  # '8899 CPDH-I cantine sociale' is a code cell; a service name with its code is not
_SHORT_WORDS = 6  # a count, a percentage or a staff category is a short cell

_PLACEHOLDER = re.compile(r"^[\s\-‐‑‒–—―−./*x]*$|^(?:nu este cazul|nu e cazul|nu|n a|na|nu se aplica|fara)$")
_CPV_SHAPE = re.compile(r"(?<![0-9])[0-9]{8}(?:\s*[-‐‑‒–—―−]\s*[0-9])?(?![0-9])")
_CPV_CHECKED = re.compile(r"(?<![0-9])[0-9]{8}\s*[-‐‑‒–—―−]\s*[0-9](?![0-9])")
_MONEY_SHAPE = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]{2}(?![0-9])|(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9,])")
_PERIOD = re.compile(
    r"\b(?:trim(?:estrul|\.)?\s*[ivx1-4]+|semestrul\s*[iv12]+|sem\.\s*[iv12]+|ianuarie|februarie|martie|aprilie|mai"
    r"|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|ian|feb|mar|apr|iun|iul|aug|sept?|oct|noi|nov"
    r"|dec|permanent|lunar|anual|saptamanal|trimestrial|semestrial|zilnic|pe tot parcursul anului|in cursul anului"
    r"|anul|perioada)\b")
# a year these documents speak of (1990 on): a bare '1900' in a cell is a count of people or files
_YEARS = re.compile(r"^(?:anul\s+)?(?:199\d|20\d{2})(?:\s*[-/–]\s*(?:19|20)?\d{2})?$")
_COUNT_CELL = re.compile(r"^(?:(?:cca|aprox|circa|maxim|max|minim|total|nr)\.?\s*)?\d")
_PERCENT = re.compile(r"\d\s*%|\bla\s+sut[aă]\b")
_STAFF = re.compile(
    r"^(?:asistent(?:i|ul|ii|e|a)?\b|asistenti\b|psiholog|infirmi|ingrijit|educator|educatoare|kinetoterap"
    r"|fizioterap|ergoterap|terapeut|referent|inspector|consilier|medic|logoped|pedagog|mediator|sofer|bucatar|spalator"
    r"|personal(?:ul)?\b|lucrator|manager de caz|director|sef|instructor|functionar|angajat|specialist|paznic"
    r"|muncitor|administrator|contabil|jurist|economist|supraveghetor|animator|profesor|invatator|coordonator"
    r"|ingrijitoare|asistenta medicala|asistenta maternala|asistenti maternali|asistenti personali)")


# 'Asistență socială …' (the service) is not 'Asistentă socială' (the staff); printed without diacritics the
# phrase is read as the service, the more common whole cell
_SERVICE_WORDING = re.compile(r"^asisten(?:[țţ][aă]|ta social)")


@functools.lru_cache(maxsize=16384)
def content_type(cell_text: str | None) -> str:
    """The type of one cell's content (see the module's table); one of :data:`CONTENT_TYPES`. Remembered per text:
    a column is judged by several steps (its mapping, table repair's value test, stitching) and tables repeat
    their cells ('-', '0', 'lei'), so a document asks about the same texts many times (on the corpus PDFs 17,504
    calls were ~27 % of a run's CPU)."""
    cleaned = clean_text(cell_text)
    key = fold_key(cleaned)
    light = strip_diacritics(cleaned).lower()  # punctuation kept: '1.300', '2023-2025'

    if _PLACEHOLDER.match(key):
        return EMPTY
    codes = find_service_codes(cleaned)
    if codes:
        rest = cleaned
        for printed, _, _ in codes:
            rest = rest.replace(printed, " ")
        if len(re.findall(r"[^\W\d_]{2,}", rest)) <= _CODE_MAX_OTHER_WORDS:
            return NOMENCLATOR_CODE
    if _CPV_CHECKED.search(cleaned) or (_CPV_SHAPE.search(cleaned) and re.search(r"[^\W\d_]{3,}", cleaned)):
        if normalize_cpv(cleaned)[0]:
            return CPV_CODE
    provider = split_provider(cleaned)
    if provider.contacts_raw:
        return ORGANISATION if provider.name else CONTACT
    numbers = find_numbers(cleaned)
    words = key.split()
    if _PERCENT.search(cleaned) and len(words) <= _SHORT_WORDS + 2:
        return PERCENTAGE
    if numbers and (unit_from_text(cleaned) in ("lei", "mii lei", "mil lei") and re.search(r"\blei\b|\bron\b", key)
                    or _MONEY_SHAPE.search(cleaned)):
        return MONEY
    if find_dates(cleaned) or parse_month_year(cleaned) or _YEARS.match(light) or (
            _PERIOD.search(key) and len(words) <= _SHORT_WORDS):
        return DATE
    if numbers and _COUNT_CELL.match(light) and len(words) <= _SHORT_WORDS:  # '30 locuri + 20 ambulatoriu' too
        return COUNT
    if institution_kind(cleaned) != "other":
        return ORGANISATION
    if len(words) <= _SHORT_WORDS and _STAFF.match(key) and not _SERVICE_WORDING.match(cleaned.lower()):
        return STAFF_CATEGORY
    return TEXT


@dataclass(frozen=True)
class ColumnContentSettings:
    """When a column's cells give it a type: enough filled cells, and most of them of that type."""

    min_cells: int = 3  # fewer filled cells say nothing about a column
    min_share: float = 0.6  # the share of the filled cells the winning type must hold


@dataclass(frozen=True)
class ColumnContent:
    """A column's content type (None when no type dominates), its share of the filled cells, and the counts."""

    kind: str | None
    share: float
    counts: dict[str, int] = field(default_factory=dict)


def column_content(cells: list[str], settings: ColumnContentSettings = ColumnContentSettings()) -> ColumnContent:
    """The content type most of a column's filled cells share ('count' for '30', '12 locuri', '45'), or None
    when the column is too short or mixed; the counts per type are the evidence."""
    counts = Counter(map(content_type, cells))  # map: no generator frame per cell (this runs ~1,100 times a PDF run)
    counts.pop(EMPTY, None)
    filled = sum(counts.values())
    if not filled:
        return ColumnContent(None, 0.0, {})
    kind, n = counts.most_common(1)[0]
    share = n / filled
    if filled < settings.min_cells or share < settings.min_share:
        return ColumnContent(None, share, dict(counts))
    return ColumnContent(kind, share, dict(counts))
