"""Record types: one dataclass per contract dataset row (see ``../shared/contract/DATASETS.md``).

Extractors fill these; the writers add ``doc_id`` and turn them into Parquet with the contract's types.
Money is :class:`decimal.Decimal` in lei; ``None`` means "not stated in the document".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass
class ServiceRecord:
    section: str  # existing | proposed
    page: int | None = None
    line: int | None = None
    table_seq: int | None = None
    row_no_raw: str | None = None
    category: str | None = None
    provider: str | None = None
    service_name: str | None = None
    code_raw: str | None = None
    service_code: str | None = None
    code_status: str | None = None
    caen: str | None = None
    setting: str | None = None
    beneficiary_group: str | None = None
    capacity: int | None = None
    capacity_raw: str | None = None
    beneficiaries: int | None = None
    occupancy_pct: float | None = None
    occupancy_raw: str | None = None
    budget_local_lei: Decimal | None = None
    budget_county_lei: Decimal | None = None
    budget_state_lei: Decimal | None = None
    budget_beneficiaries_lei: Decimal | None = None
    budget_other_lei: Decimal | None = None
    budget_total_lei: Decimal | None = None
    budget_raw: str | None = None
    confidence: float = 1.0
    warnings: list[str] = field(default_factory=list)


@dataclass
class ProcurementRecord:
    page: int | None = None
    line: int | None = None
    table_seq: int | None = None
    row_no_raw: str | None = None
    contract_object: str | None = None
    cpv_code: str | None = None
    service_code: str | None = None
    estimated_value_lei: Decimal | None = None
    value_raw: str | None = None
    funding_source: str | None = None
    procedure: str | None = None
    warnings: list[str] = field(default_factory=list)
    # extras: estimated initiation / award dates as printed ("07.2022") and as "YYYY-MM"
    start_raw: str | None = None
    start_month: str | None = None
    award_raw: str | None = None
    award_month: str | None = None


@dataclass
class SubsidyRecord:
    page: int | None = None
    line: int | None = None
    table_seq: int | None = None
    row_no_raw: str | None = None
    unit_name: str | None = None
    service_code: str | None = None
    amount_lei: Decimal | None = None
    amount_raw: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class TrainingRecord:
    page: int | None = None
    line: int | None = None
    table_seq: int | None = None
    training_kind: str | None = None  # perfectionare | calificare | instruire | other
    row_no_raw: str | None = None
    staff_category: str | None = None
    persons: int | None = None
    budget_lei: Decimal | None = None
    budget_raw: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ActivityRecord:
    page: int | None = None
    line: int | None = None
    table_seq: int | None = None
    row_no_raw: str | None = None
    activity: str | None = None
    description: str | None = None
    period_raw: str | None = None
    organizer: str | None = None
    budget_raw: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class PartnershipRecord:
    page: int | None = None
    line: int | None = None
    row_no_raw: str | None = None
    agreement_type: str | None = None  # protocol | conventie | acord | contract | other
    number_raw: str | None = None
    date_signed: date | None = None
    valid_until_raw: str | None = None
    partner: str | None = None
    partner_id: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class TotalRecord:
    scope: str
    amount: Decimal | None
    unit: str  # lei | persons | beneficiaries | other
    raw: str
    page: int | None = None
    line: int | None = None
    computed: Decimal | None = None
    matches: bool | None = None
    warnings: list[str] = field(default_factory=list)
    # what the figure totals, for the recomputation in validation (not written)
    source_dataset: str | None = None
    source_table: int | None = None
    source_field: str | None = None
    # read from a sentence inside a table cell (not written): one figure per document, whatever the rows a merged
    # cell repeats it on (see pipeline.extraction.one_per_figure)
    in_cell: bool = False


@dataclass
class IndicatorRecord:
    indicator: str
    value: float
    unit: str
    raw: str
    subject: str | None = None
    year: int | None = None
    page: int | None = None
    line: int | None = None
    confidence: float = 0.5
    warnings: list[str] = field(default_factory=list)


@dataclass
class DocumentRecord:
    doc_id: str
    source_path: str
    format: str
    doc_type: str = "other"
    title: str | None = None
    year: int | None = None
    year_end: int | None = None
    issuer: str | None = None
    issuer_kind: str | None = None
    uat: str | None = None
    county: str | None = None
    siruta: int | None = None
    currency_unit_main: str | None = None
    pages: int | None = None
    n_tables: int | None = None
    status: str = "ok"
    warnings: list[str] = field(default_factory=list)
    pipeline_version: str | None = None
    ingested_at: object | None = None  # datetime (UTC), set by the pipeline
    issuer_id: str | None = None
    encoding: str | None = None
    table_kinds: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Extraction:
    """Everything extracted from one document, ready for validation and the writers."""

    document: DocumentRecord
    services: list[ServiceRecord] = field(default_factory=list)
    procurements: list[ProcurementRecord] = field(default_factory=list)
    subsidies: list[SubsidyRecord] = field(default_factory=list)
    trainings: list[TrainingRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    partnerships: list[PartnershipRecord] = field(default_factory=list)
    totals: list[TotalRecord] = field(default_factory=list)
    indicators: list[IndicatorRecord] = field(default_factory=list)
    # what became of each table of the document (``pipeline.table_summary.TableRecord``, one per table), added
    # after validation; None until then (and for an extraction built by hand). Not a per-record dataset of the
    # contract: typed loosely so this module need not import the pipeline that builds it.
    tables: list[Any] | None = None
