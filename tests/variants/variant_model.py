"""The model of a generated document (see make_variants.py): a list of elements (title, heading, paragraph,
bullet, table, page break) with the values a reader must find (``Variant.expected``), rendered in one format.

Tables are grids of strings where ``"<"`` (:data:`LEFT`) means "merged with the cell on the left" and ``"^"``
(:data:`UP`) "merged with the cell above"; every writer (variant_writers.py) turns those markers into its own form
of merging.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LEFT, UP = "<", "^"


@dataclass
class Tbl:
    rows: list[list[str]]
    header_rows: int = 1
    widths: list[float] | None = None  # relative column widths (pdf)


@dataclass
class El:
    kind: str  # title | h | p | bullet | table | pagebreak
    text: str = ""
    table: Tbl | None = None


def title(t): return El("title", t)
def h(t): return El("h", t)
def p(t): return El("p", t)
def bullet(t): return El("bullet", t)
def table(rows, header_rows=1, widths=None): return El("table", table=Tbl(rows, header_rows, widths))
def pagebreak(): return El("pagebreak")


@dataclass
class Variant:
    name: str  # file stem
    fmt: str  # txt_tsv | txt_cells | docx | pdf
    elements: list[El]
    expected: dict = field(default_factory=dict)  # dataset -> list[dict] | document -> dict
    encoding: str = "utf-8"  # text exports: cp1250 / iso-8859-2 as old Windows tools write them
    newline: str = "\n"  # text exports: "\r\n" for Windows line endings

    @property
    def filename(self) -> str:
        ext = {"txt_tsv": "txt", "txt_cells": "txt", "docx": "docx", "pdf": "pdf", "scan": "pdf",
               "md": "md", "txt_fixed": "txt", "pdf3": "pdf", "docx3": "docx"}[self.fmt]
        return f"{self.name}.{ext}"


# Money in expected values is in lei (float); None = not stated.

def _svc(section, name, code, capacity=None, local=None, county=None, state=None, benef=None, other=None,
         category=None, beneficiaries=None):
    return dict(section=section, service_name=name, service_code=code, capacity=capacity,
                beneficiaries=beneficiaries, budget_local_lei=local, budget_county_lei=county,
                budget_state_lei=state, budget_beneficiaries_lei=benef, budget_other_lei=other, category=category)
