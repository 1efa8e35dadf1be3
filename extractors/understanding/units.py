"""The money unit a table's amounts are in, when the table itself does not print it in its cells.

A unit is stated for a table in its header ('Buget local (mii lei)') or in a short line just before it ('- mii lei -',
'Sumele sunt exprimate în mii lei.'). A services table split by the template's groups of beneficiaries — one table
per group, each under its heading, the same header over each — often states it once, above the first: the later
parts carry it (:func:`carry_units`) while nothing but short lines stating no unit stands between them. Another
header, another kind of table or a unit stated anew ends the carry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from extractors.understanding.splits import continues_split_table
from normalizers.numbers import names_currency_only, unit_from_text
from normalizers.text import fold_key


@dataclass(frozen=True)
class UnitSettings:
    # the lines just before a table read for its unit, and how long such a line may be (longer is prose whose
    # amounts name their own units)
    context_blocks: int = 3
    max_context_chars: int = 300


SETTINGS = UnitSettings()

# the units that state a scale of the lei, not only the currency
_SCALED_LEI = ("mii lei", "mil lei")
# an amount printed with its unit ('119.103.100 lei', '1,2 mii lei'): a line that has one names its own figures' unit.
# Read on the text as printed: a unit in brackets after a year ('… pentru anul 2024 (mii lei)') is the table's
_AMOUNT_WITH_UNIT = re.compile(r"\d\s*(?:mii\s+|mil\w*\.?\s+)?(?:lei|ron)\b", re.I)


def unit_stated_above(rt, settings: UnitSettings = SETTINGS) -> str | None:
    """The money unit a short line just before the table states for its figures ('- mii lei -', 'Sumele sunt
    exprimate în mii lei.'), or None."""
    for block in reversed(rt.context[-settings.context_blocks:]):
        text = getattr(block, "text", "") or ""
        if _AMOUNT_WITH_UNIT.search(text):
            continue  # '… au fost de 119.103.100 lei …': the unit of that amount, no statement about the table
        above = unit_from_text(text) if len(text) < settings.max_context_chars else None
        if above:
            return above
    return None


# an amount per head: 'Standard de cost (lei/an/beneficiar)', 'lei/beneficiar/lună', 'lei/persoană' — a rate in lei
# whatever scale the table's budgets are printed in; or the head named first, in the singular ('Cost lunar per
# beneficiar (lei)', 'Cost mediu lunar/beneficiar (lei)', '… datorată de beneficiar (lei)'; the plural
# 'contribuția beneficiarilor (lei)' is a budget's source, no rate)
# (read on the folded header, where the slashes are spaces)
_PER_HEAD = re.compile(r"\blei(?:\s+(?:an|luna|zi))*\s+(?:benef\w*|persoan\w*|loc\b|copil\w*|asistat\w*)"
                       r"|\b(?:per|pe|de|lunar|lunara|anual|anuala|zilnic)\s+(?:beneficiar|persoana|copil|loc|asistat)\b"
                       r".*\blei\b")


def stated_unit(rt, settings: UnitSettings = SETTINGS) -> str | None:
    """The money unit the table states itself for the columns whose header names none: the one a short line just
    before it states, else the unit of its headers. A header's unit is its own column's: when the line above names
    another ('- mii lei -' over a table whose rate column says '(lei)'), the columns without a unit are in the line's.
    A rate per head ('Standard de cost (lei/an/beneficiar)') states no unit for the others."""
    return unit_stated_above(rt, settings) or next(
        (u for c in rt.columns if not _PER_HEAD.search(fold_key(c or "")) for u in (unit_from_text(c),) if u), None)


def table_unit(rt, settings: UnitSettings = SETTINGS) -> str | None:
    """A money unit stated for the whole table: in the lines just before it, else the one stated above an earlier
    part of the same table split by group headings (``carried_unit``, :func:`carry_units`), else in its header. The
    carried unit goes before a header's: a header's unit is its own column's (a rate per head '(lei/lună)' in a
    budget table in thousands), and the parts share their header."""
    return unit_stated_above(rt, settings) or getattr(rt, "carried_unit", None) or stated_unit(rt, settings)


def column_unit(rt, header: str | None, settings: UnitSettings = SETTINGS) -> str | None:
    """The money unit of one column of the table: the one its header names, else the table's (:func:`table_unit`). A header naming only the currency and the VAT
    basis ('Valoarea estimată (lei fără TVA)') names no scale: under a line stating the table's figures in thousands
    ('Sumele sunt exprimate în mii lei.') the column is in thousands."""
    own = unit_from_text(header)
    if own is not None and names_currency_only(header):
        above = unit_stated_above(rt, settings) or getattr(rt, "carried_unit", None)
        if above in _SCALED_LEI:
            return above
    return own or table_unit(rt, settings)


def carry_units(tables: Sequence, settings: UnitSettings = SETTINGS) -> tuple:
    """The tables (:class:`~extractors.understanding.model.TableUnderstanding`), each part of a split table that
    states no unit given the one its previous part states or carries (``carried_unit``)."""
    out = list(tables)
    stated = [stated_unit(t.resolved, settings) for t in out]
    for i in range(1, len(out)):
        prev, table = out[i - 1], out[i]
        # a unit in the shared header is each part's own; only a line above a part states the unit anew
        if unit_stated_above(table.resolved, settings) is not None or not continues_split_table(prev, table):
            continue
        # as :func:`table_unit` reads it: the line above the previous part, what it carries, then its header
        unit = unit_stated_above(prev.resolved, settings) or prev.carried_unit or stated[i - 1]
        if unit is not None:
            out[i] = replace(table, carried_unit=unit)
    return tuple(out)


__all__ = ["UnitSettings", "unit_stated_above", "stated_unit", "table_unit", "column_unit", "carry_units"]
