"""A table split by the template's groups: one table per group of beneficiaries (or per setting), each under its
own short heading, the same header over each. Its parts share what one table would have: the unit stated once above
the first (:func:`extractors.understanding.units.carry_units`), and the heading over each part is the category of
its rows, as a group row over them would be. A table alone under a heading is no such part: the heading is a
chapter's or a section's title, not a group of the table — unless it opens a numbered series of groups that
holds only it ('1. Servicii sociale pentru persoane vârstnice' and no '2. …': the one group of the table).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from extractors.model import Table
from extractors.tables import PATH_SEP
from normalizers.numbers import unit_from_text
from normalizers.text import fold_key


@dataclass(frozen=True)
class SplitSettings:
    # a line between two parts of one split table: a group heading, a short note — never a paragraph
    max_between_chars: int = 120


SETTINGS = SplitSettings()

# the first item of a numbered series of group headings and how its second one starts: '1.' → '2.', 'a)' → 'b)',
# 'A.1.' → 'A.2.'. Not a capital letter or a Roman numeral alone ('A.', 'I.'): the template's sections and a
# report's chapters are lettered so, and one of them is no group
_FIRST_OF_SERIES = re.compile(r"^\s*((?:[A-Z]\.)?)(1|a)([.)])\s+\S")
_SECOND = {"1": "2", "a": "b"}


def _leaf(label: str) -> str:
    """A column's own label (its last header level), spaces and case aside: a PDF may print one part's header
    with a word break another part's lacks, or read a group cell over one more column."""
    return re.sub(r"\s+", "", fold_key(label.rsplit(PATH_SEP, 1)[-1]))


def _same_header(prev, table) -> bool:
    """The same kind of table, the same fields read from the same columns under the same labels."""
    if table.kind != prev.kind or table.mapping.fields != prev.mapping.fields:
        return False
    cols = sorted(set(table.mapping.fields.values()))
    return all(i < len(t.columns) for t in (prev, table) for i in cols) and \
        [_leaf(prev.columns[i]) for i in cols] == [_leaf(table.columns[i]) for i in cols]


def continues_split_table(prev, table, settings: SplitSettings = SETTINGS) -> bool:
    """Is ``table`` (a :class:`~extractors.understanding.model.TableUnderstanding`) the next part of the table
    ``prev`` is a part of: the same header, nothing but short lines between them?"""
    if not _same_header(prev, table):
        return False
    return not any(len(getattr(b, "text", "") or "") > settings.max_between_chars for b in table.context)


def _opens_a_series_of_one(table, blocks: Sequence) -> bool:
    """Is the line right over the table (a unit note aside) the first of a numbered series of group headings that
    no later line continues?"""
    heading = next((b for b in reversed(table.context) if _printed(b) and not _unit_note(_printed(b))), None)
    first = _FIRST_OF_SERIES.match(_printed(heading)) if heading is not None else None
    if not first:
        return False
    prefix, number, mark = first.groups()
    second = f"{prefix}{_SECOND[number]}{mark} "
    at = next((i for i, b in enumerate(blocks) if b is heading), None)
    return at is not None and not any(_printed(b).startswith(second) for b in blocks[at + 1:])


def _printed(block) -> str:
    """A text block as printed: a list item's marker ('1.', 'a)') before its text."""
    if isinstance(block, Table):
        return ""
    text = (block.text or "").strip()
    marker = (getattr(block, "marker", "") or "").strip()
    return f"{marker} {text}" if marker and text else text


def _unit_note(text: str) -> bool:
    """A short unnumbered line stating the table's unit ('- lei -', 'Sumele sunt exprimate în lei.'), no heading."""
    return len(text) < SETTINGS.max_between_chars and unit_from_text(text) is not None \
        and not _FIRST_OF_SERIES.match(text)


def mark_split_parts(tables: Sequence, blocks: Sequence = (), settings: SplitSettings = SETTINGS) -> tuple:
    """The tables, each part of a split table marked ``split_part`` (the part before or after it continues it, or
    its heading opens a numbered series of one group)."""
    out = list(tables)
    joined = [i > 0 and continues_split_table(out[i - 1], out[i], settings) for i in range(len(out))]
    for i, table in enumerate(out):
        if joined[i] or (i + 1 < len(out) and joined[i + 1]) or _opens_a_series_of_one(table, blocks):
            out[i] = replace(table, split_part=True)
    return tuple(out)


__all__ = ["SplitSettings", "continues_split_table", "mark_split_parts"]
