"""Small helpers shared by the record extractors of the plan's other sections (C, D, II, III, partnerships).

Everything here keys on the template's vocabulary (Ordinul 1086/2018) and on structure, never on one
document's strings.
"""
from __future__ import annotations

import re

from extractors.records.base import TotalRecord
from normalizers.codes import find_service_code
from normalizers.cells import MoneyCell, read_money_cell
from normalizers.text import clean_text, fold_key

# a row or a section saying there is nothing to list
_NOT_APPLICABLE = re.compile(r"\bnu\s+(?:este|e)\s+cazul\b|\bnu\s+(?:sunt|este)\s+prev[aă]zut[eă]?\b|\bnu\s+se\s+aplic[aă]\b",
                             re.I)
_TOTAL = re.compile(r"^\s*(?:total(?:ul)?|sub-?total)\b", re.I)
# "c.1. personalul din centre", "1) Contract …", "a) cursuri …"
_ITEM_PREFIX = re.compile(r"^\s*((?:[a-z]\.\d{1,2}|\d{1,3})\s*[.)])\s*(?=\S)")
# a list item whose number is printed in its text ('1. Asociația X …', '2) curs de …'; group 1: the number), read
# as an item where the reader saw a paragraph
NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(?=\S)")


def not_applicable(text: str | None) -> bool:
    """'Nu este cazul', 'NU ESTE CAZUL', 'nu sunt prevăzute': the section or row states nothing."""
    return bool(text) and bool(_NOT_APPLICABLE.search(clean_text(text)))


def is_total_label(text: str | None) -> bool:
    return bool(text) and bool(_TOTAL.match(clean_text(text)))


def total_row_cells(cells: list[str], value_cols: set[int]) -> list[str]:
    """A TOTAL row printed short (its label merged over the first columns and exported as one cell) ends in empty
    cells and has its figures under the wrong columns: moved right by as many cells as puts every figure under a
    column of values (``value_cols``: the amounts a TOTAL row adds up), when one such shift exists; otherwise the
    row as printed."""
    figures = [i for i, c in enumerate(cells) if i > 0 and re.search(r"\d", c)]
    if not figures or all(i in value_cols for i in figures):
        return cells
    trailing = len(cells) - 1 - max(i for i, c in enumerate(cells) if c.strip())
    for shift in range(1, trailing + 1):
        if all(i + shift in value_cols for i in figures):
            return cells[:1] + [""] * shift + cells[1:len(cells) - shift]
    return cells


def row_text(cells: list[str]) -> str:
    return " ".join(c for c in cells if c and c.strip())


def first_filled(cells: list[str]) -> str:
    return next((c for c in cells if c and c.strip()), "")


def split_item_prefix(text: str | None) -> tuple[str | None, str | None]:
    """('c.1.', 'personalul din centre') from 'c.1. personalul din centre'; (None, text) when unnumbered."""
    if not text:
        return None, text
    m = _ITEM_PREFIX.match(text)
    if not m:
        return None, text
    return m.group(1).replace(" ", ""), clean_text(text[m.end():]) or None


def tidy_name(text: str | None) -> str | None:
    """A name cell without list bullets, leading dashes and trailing separators."""
    if not text:
        return None
    s = clean_text(text)
    s = re.sub(r"^[\s\-–—•·*▪➤]+", "", s)
    s = re.sub(r"[\s;,:]+$", "", s)
    return s or None


def folded(text: str | None) -> str:
    return fold_key(text or "")


def money_total(text: str | None, unit: str | None, *, scope: str, dataset: str, field: str,
                table_seq: int | None, page: int | None, line: int | None) -> TotalRecord | None:
    """A printed TOTAL cell as a stated total that validation recomputes from ``dataset.field`` of the table's
    rows (all tables of the dataset when ``table_seq`` is None); None when the cell holds no amount."""
    money = read_money_cell(text, unit)
    if money.amount_lei is None:
        return None
    return TotalRecord(scope=scope, amount=money.amount_lei, unit="lei", raw=text or "", page=page, line=line,
                       source_dataset=dataset, source_table=table_seq, source_field=field)


def money_warnings(money: MoneyCell) -> list[str]:
    """The warnings of a money cell, and ``amount_per_beneficiary`` when the amount is printed per head
    ('1.200 lei/persoană'): it is read as printed, but it is a unit cost, not the row's budget."""
    warnings = list(money.warnings)
    if money.per_beneficiary:
        warnings.append("amount_per_beneficiary")
    return warnings


def code_from_name(name: str | None) -> tuple[str | None, str | None]:
    """A service code written inside a name cell ("Centrul X, cod 8899CZ-F-I") → (code as printed, the name
    without it); (None, name) when there is none."""
    found = find_service_code(name) if name else None
    if found is None:
        return None, name
    return found[0], clean_text(name[:found[1]] + " " + name[found[2]:]).strip(" -–,;:") or None
