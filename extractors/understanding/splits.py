"""A table split by the template's groups: one table per group of beneficiaries (or per setting), each under its
own short heading, the same header over each. Its parts share what one table would have: the unit stated once above
the first (:func:`extractors.understanding.units.carry_units`), and the heading over each part is the category of
its rows, as a group row over them would be. A table alone under a heading is no such part: the heading is a
chapter's or a section's title, not a group of the table.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence


@dataclass(frozen=True)
class SplitSettings:
    # a line between two parts of one split table: a group heading, a short note — never a paragraph
    max_between_chars: int = 120


SETTINGS = SplitSettings()


def continues_split_table(prev, table, settings: SplitSettings = SETTINGS) -> bool:
    """Is ``table`` (a :class:`~extractors.understanding.model.TableUnderstanding`) the next part of the table
    ``prev`` is a part of: the same kind and the same header, nothing but short lines between them?"""
    if table.kind != prev.kind or table.columns != prev.columns:
        return False
    return not any(len(getattr(b, "text", "") or "") > settings.max_between_chars for b in table.context)


def mark_split_parts(tables: Sequence, settings: SplitSettings = SETTINGS) -> tuple:
    """The tables, each part of a split table marked ``split_part`` (the part before or after it continues it)."""
    out = list(tables)
    joined = [i > 0 and continues_split_table(out[i - 1], out[i], settings) for i in range(len(out))]
    for i, table in enumerate(out):
        if joined[i] or (i + 1 < len(out) and joined[i + 1]):
            out[i] = replace(table, split_part=True)
    return tuple(out)


__all__ = ["SplitSettings", "continues_split_table", "mark_split_parts"]
