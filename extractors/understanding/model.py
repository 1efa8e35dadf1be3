"""The understanding of one document: frozen, built once by :func:`extractors.understanding.build.understand`,
read by record extraction and prose (which never change it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from extractors.model import Block, Document, Table
from extractors.tables import LogicalRow, ResolvedTable
from extractors.understanding.columns import ColumnMapping
from extractors.understanding.sections import Section

# document types whose figures are plans (read as stated totals), not results (read as indicators). A strategy is
# not one: its diagnosis states what is (population, children in care, beneficiaries, with their year) as a
# report does, and its own plan of measures is a table of no record kind (extractors.classify)
PLAN_TYPES = frozenset({"plan_anual", "hotarare_aviz_plan"})


@dataclass(frozen=True)
class Facts:
    """What the document is, computed once: type, title, years, issuer, UAT."""

    doc_type: str = "other"
    title: str | None = None
    year: int | None = None
    year_end: int | None = None
    issuer: str | None = None
    issuer_kind: str | None = None
    uat: str | None = None
    county: str | None = None
    siruta: int | None = None
    warnings: tuple[str, ...] = ()

    @property
    def is_plan(self) -> bool:
        return self.doc_type in PLAN_TYPES


@dataclass(frozen=True)
class TableUnderstanding:
    """One table understood: its kind, the section it is printed in, its column → field mapping (with the evidence
    for every column) and its logical rows. ``resolved`` is the repaired table, adjusted by the kind's
    ``table_hook``; ``report`` says the table is read as a report table (a document that is no plan),
    ``report_totals`` that only its stated totals are."""

    resolved: ResolvedTable
    kind: str
    section: Section
    mapping: ColumnMapping
    rows: tuple[LogicalRow, ...]
    warnings: tuple[str, ...] = ()
    report: bool = False
    # a table of a kind with records of its own in a document that is no plan: its stated figures (a TOTAL row's
    # places, posts and amounts) are read as a report's totals, its cells give no indicators (``report`` is False)
    report_totals: bool = False
    # the money unit stated above an earlier part of the same table split by group headings, when this part states
    # none (:func:`extractors.understanding.units.carry_units`)
    carried_unit: str | None = None
    # one of the parts of a table split by group headings, the same header over each
    # (:func:`extractors.understanding.splits.mark_split_parts`): the heading over it names its rows' category
    split_part: bool = False
    # what the text before the table announced of its rows, read by its kind's ``announces`` (a decision approving
    # agreements with the partners its annex lists: their type), however far above (the signatures, the annex's
    # title between) (:func:`extractors.understanding.build.carry_announcements`)
    announced: str | None = None

    # the repaired table's parts, read as such by the extractors
    @property
    def table(self) -> Table:
        return self.resolved.table

    @property
    def seq(self) -> int | None:
        return self.resolved.table.seq

    @property
    def columns(self) -> list[str]:
        return self.resolved.columns

    @property
    def header_rows(self) -> list[list[str]]:
        return self.resolved.header_rows

    @property
    def context(self) -> list[Block]:
        return self.resolved.context

    @property
    def body(self) -> list[list[str]]:
        return self.resolved.body

    @property
    def data_body(self) -> list[list[str]]:
        return self.resolved.data_body

    @property
    def body_lines(self) -> list[int | None]:
        return self.resolved.body_lines

    @property
    def body_pages(self) -> list[int | None]:
        return self.resolved.body_pages


@dataclass(frozen=True)
class Understanding:
    """The document read once: its facts, its blocks after table repair with the template section of each, and
    every table understood (in document order)."""

    document: Document  # as the reader produced it (metadata; its blocks are not the repaired ones)
    facts: Facts
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]  # one per block
    tables: tuple[TableUnderstanding, ...]
    _section_by_id: Mapping[int, Section] = field(default_factory=dict, repr=False, compare=False)

    def section_of(self, block: Block) -> Section:
        return self._section_by_id.get(id(block), Section())
