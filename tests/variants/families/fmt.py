"""How authorities print numbers, money and codes (Romanian formats), and the seeded choices behind them."""
from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["Money", "group", "money_cell", "pct_cell", "code_spelling", "date_ro"]


def group(n: int) -> str:
    """1234567 -> '1.234.567' (Romanian thousands separator)."""
    return f"{n:,}".replace(",", ".")


@dataclass(frozen=True)
class Money:
    """How one table prints money: its unit, where the unit is written, decimals, the word in cells."""

    unit: str  # "lei" | "mii lei"
    where: str  # "group" (merged budget header) | "each" (every source header) | "cells" | "paragraph"
    decimals: bool  # "84.500,00" / "84,50" rather than "84.500" / "84,5"
    cell_word: str  # "lei" | "RON" (only when where == "cells")

    @staticmethod
    def pick(rnd: random.Random, unit: str, header_rows: int) -> "Money":
        wheres = ["each", "cells", "paragraph"] + (["group", "group"] if header_rows > 1 else [])
        where = rnd.choice(wheres)
        word = "lei" if unit == "mii lei" else rnd.choice(["lei", "lei", "RON"])
        return Money(unit, where, rnd.random() < 0.4, word)

    @property
    def header_suffix(self) -> str:
        """The unit after a column header, when this table writes it there."""
        return f" ({self.unit})" if self.where == "each" else ""

    @property
    def note(self) -> str | None:
        """The sentence above the table, when this table states its unit there."""
        return f"Sumele sunt exprimate în {self.unit}." if self.where == "paragraph" else None

    def lei_value(self, rnd: random.Random, lo: int, hi: int) -> int:
        """An amount in lei a table in this unit can print exactly (whole hundreds for 'mii lei')."""
        return rnd.randrange(lo // 100, hi // 100) * 100

    def cell(self, lei: int) -> str:
        if self.unit == "mii lei":
            k, rest = divmod(lei, 1000)
            frac = f"{rest // 10:02d}" if self.decimals else f"{rest // 100}".rstrip("0")
            text = group(k) + ("," + frac if (self.decimals or frac) else "")
        else:
            text = group(lei) + (",00" if self.decimals else "")
        if self.where == "cells":
            text += " " + (self.cell_word if self.unit == "lei" else "mii lei")
        return text


def money_cell(lei: int, unit: str = "lei", decimals: bool = False, word: str = "") -> str:
    m = Money(unit, "cells" if word else "each", decimals, word or "lei")
    return m.cell(lei)


def pct_cell(pct: float, sign: bool) -> str:
    text = f"{pct:.1f}".replace(".", ",")
    if text.endswith(",0") and sign:
        text = text[:-2]
    return text + ("%" if sign else "")


def code_spelling(rnd: random.Random, code: str) -> str:
    """'8899 CZ-VD-II' as plans print it: '8899CZ-VD-II', '8899-CZ-VD-II', '8899 CZ VD II', …"""
    num, rest = code.split(" ", 1)
    form = rnd.randrange(6)
    if form == 0:
        return code
    if form == 1:
        return f"{num}{rest}"
    if form == 2:
        return f"{num}-{rest}"
    if form == 3:
        return f"{num} {rest.replace('-', ' ')}"
    if form == 4:
        return f"{num} - {rest}"
    return code


def date_ro(rnd: random.Random, year_lo: int, year_hi: int) -> tuple[str, str]:
    """A signing date: (printed 'dd.mm.yyyy', ISO)."""
    y = rnd.randint(year_lo, year_hi)
    m = rnd.randint(1, 12)
    d = rnd.randint(1, 28)
    return f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"


# ------------------------------------------------------------------------------------------ table styles

# share of documents whose tables are printed as fragments (each row its own table under a repeated header)
FRAGMENTS_SHARE = 0.3


def table_style(family: str, seed: int) -> str:
    """How a document prints its tables: "whole" or "fragments". Drawn from a generator of its own (not the
    document's), so that choosing it moves none of the document's other seeded choices."""
    rnd = random.Random(f"{family}:{seed}:table-style")
    return "fragments" if rnd.random() < FRAGMENTS_SHARE else "whole"


def fragment_tables(elements: list) -> list:
    """Every table with a header and more than one body row printed as fragments, as some exports do: one
    table per body row, the header repeated over each (a DOCX gets one w:tbl per fragment, a text export the
    header line before each row, a PDF a grid per fragment). Rows tied by a vertical merge stay in one fragment."""
    from make_variants import UP, El, Tbl

    out = []
    for el in elements:
        t = el.table if el.kind == "table" else None
        if t is None or t.header_rows < 1 or len(t.rows) - t.header_rows < 2:
            out.append(el)
            continue
        header, body = t.rows[:t.header_rows], t.rows[t.header_rows:]
        if any(UP in row for row in body[:1]):  # a cell merged down from the header: not cut
            out.append(el)
            continue
        pieces: list[list[list[str]]] = []
        for row in body:
            if pieces and UP in row:
                pieces[-1].append(row)
            else:
                pieces.append([row])
        out.extend(El("table", table=Tbl(header + piece, t.header_rows, t.widths)) for piece in pieces)
    return out
