"""The writing calls a family's document context shares: each appends one element to the context's ``els``."""
from __future__ import annotations

import make_variants as mv

__all__ = ["Elements"]


class Elements:
    """Mixed into a family's document dataclass, which holds the elements written so far in ``els``."""

    els: list[mv.El]  # the dataclass's own field; a plain annotation here makes no dataclass field

    def title(self, text: str) -> None:
        self.els.append(mv.title(text))

    def p(self, text: str) -> None:
        self.els.append(mv.p(text))

    def h(self, text: str) -> None:
        self.els.append(mv.h(text))

    def b(self, text: str) -> None:
        self.els.append(mv.bullet(text))

    def table(self, rows: list[list[str]], header_rows: int = 1) -> None:
        self.els.append(mv.table(rows, header_rows))

    def n_tables(self) -> int:
        return sum(1 for e in self.els if e.kind == "table")
