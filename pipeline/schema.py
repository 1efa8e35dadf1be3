"""The output contract as Arrow schemas (``../shared/contract/DATASETS.md``).

A column listed in the contract keeps its name, type and meaning; extra columns may be added at the end.
Renaming or dropping one is a breaking change: bump ``CONTRACT_VERSION`` and say so in CHANGELOG.md.
"""
from __future__ import annotations

import pyarrow as pa

from pipeline.version import CONTRACT_VERSION, PER_DOCUMENT, PIPELINE_VERSION  # noqa: F401  (this module's interface)

MONEY = pa.decimal128(18, 2)
STRINGS = pa.list_(pa.string())

_PROVENANCE = [("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32()), ("table_seq", pa.int32())]


def _schema(fields: list[tuple[str, pa.DataType]]) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in fields])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema([
        ("doc_id", pa.string()), ("source_path", pa.string()), ("format", pa.string()), ("doc_type", pa.string()),
        ("title", pa.string()), ("year", pa.int32()), ("year_end", pa.int32()), ("issuer", pa.string()),
        ("issuer_kind", pa.string()), ("uat", pa.string()), ("county", pa.string()), ("siruta", pa.int32()),
        ("currency_unit_main", pa.string()), ("pages", pa.int32()), ("n_tables", pa.int32()),
        ("status", pa.string()), ("warnings", STRINGS), ("pipeline_version", pa.string()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
        # extras
        ("issuer_id", pa.string()), ("encoding", pa.string()), ("table_kinds", STRINGS),
        ("error", pa.string()), ("coverage", pa.float32()), ("n_tables_unread", pa.int32()),
        # identity and copies (#14): where the bytes were found, and which publication this one copies
        ("source_uri", pa.string()), ("locations", STRINGS), ("duplicate_of", pa.string()), ("reason", pa.string()),
    ]),
    "services": _schema(_PROVENANCE + [
        ("section", pa.string()), ("row_no_raw", pa.string()), ("category", pa.string()), ("provider", pa.string()),
        ("service_name", pa.string()), ("code_raw", pa.string()), ("service_code", pa.string()),
        ("code_status", pa.string()), ("caen", pa.string()), ("setting", pa.string()),
        ("beneficiary_group", pa.string()), ("capacity", pa.int32()), ("capacity_raw", pa.string()),
        ("beneficiaries", pa.int32()), ("occupancy_pct", pa.float64()), ("occupancy_raw", pa.string()),
        ("budget_local_lei", MONEY), ("budget_county_lei", MONEY), ("budget_state_lei", MONEY),
        ("budget_beneficiaries_lei", MONEY), ("budget_other_lei", MONEY), ("budget_total_lei", MONEY),
        ("budget_raw", pa.string()), ("confidence", pa.float32()), ("warnings", STRINGS),
    ]),
    "procurements": _schema(_PROVENANCE + [
        ("row_no_raw", pa.string()), ("contract_object", pa.string()), ("cpv_code", pa.string()),
        ("service_code", pa.string()), ("estimated_value_lei", MONEY), ("value_raw", pa.string()),
        ("funding_source", pa.string()), ("procedure", pa.string()), ("warnings", STRINGS),
        # extras
        ("start_raw", pa.string()), ("start_month", pa.string()), ("award_raw", pa.string()),
        ("award_month", pa.string()),
    ]),
    "subsidies": _schema(_PROVENANCE + [
        ("row_no_raw", pa.string()), ("unit_name", pa.string()), ("service_code", pa.string()),
        ("amount_lei", MONEY), ("amount_raw", pa.string()), ("warnings", STRINGS),
    ]),
    "trainings": _schema(_PROVENANCE + [
        ("training_kind", pa.string()), ("row_no_raw", pa.string()), ("staff_category", pa.string()),
        ("persons", pa.int32()), ("budget_lei", MONEY), ("budget_raw", pa.string()), ("warnings", STRINGS),
    ]),
    "activities": _schema(_PROVENANCE + [
        ("row_no_raw", pa.string()), ("activity", pa.string()), ("description", pa.string()),
        ("period_raw", pa.string()), ("organizer", pa.string()), ("budget_raw", pa.string()), ("warnings", STRINGS),
    ]),
    "partnerships": _schema([("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32())] + [
        ("row_no_raw", pa.string()), ("agreement_type", pa.string()), ("number_raw", pa.string()),
        ("date_signed", pa.date32()), ("valid_until_raw", pa.string()), ("partner", pa.string()),
        ("partner_id", pa.string()), ("warnings", STRINGS),
    ]),
    "totals": _schema([("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32())] + [
        ("scope", pa.string()), ("amount", MONEY), ("unit", pa.string()), ("raw", pa.string()),
        ("computed", MONEY), ("matches", pa.bool_()), ("warnings", STRINGS),
    ]),
    "indicators": _schema([("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32())] + [
        ("indicator", pa.string()), ("subject", pa.string()), ("value", pa.float64()), ("unit", pa.string()),
        ("year", pa.int32()), ("raw", pa.string()), ("confidence", pa.float32()), ("warnings", STRINGS),
    ]),
    "tables": _schema([
        ("doc_id", pa.string()), ("page", pa.int32()), ("line", pa.int32()), ("table_seq", pa.int32()),
        ("bbox", pa.list_(pa.float64())), ("kind", pa.string()), ("header", STRINGS), ("n_rows", pa.int32()),
        ("n_records", pa.int32()), ("mapped_columns", STRINGS), ("unmapped_columns", STRINGS), ("warnings", STRINGS),
        ("pages", pa.list_(pa.int32())), ("looks_like_data", pa.bool_()), ("understood", pa.bool_()),
    ]),
    "institutions": _schema([
        ("institution_id", pa.string()), ("name", pa.string()), ("kind", pa.string()), ("uat", pa.string()),
        ("county", pa.string()), ("siruta", pa.int32()), ("aliases", STRINGS),
    ]),
}

# datasets written once per document (institutions is written once per run, across documents): named without
# Arrow in pipeline.version for the worker processes
assert PER_DOCUMENT == [name for name in SCHEMAS if name != "institutions"], "pipeline.version.PER_DOCUMENT"


def _described(dataset: str, schema: pa.Schema) -> pa.Schema:
    """Each column's meaning (docs/DATASETS.md, through pipeline.glossary) as field metadata ``description``:
    written into every Parquet file with the schema, so a reader of one file learns what a column means."""
    from pipeline.glossary import column_description

    return pa.schema([f.with_metadata({"description": column_description(dataset, f.name)}) for f in schema])


SCHEMAS = {name: _described(name, schema) for name, schema in SCHEMAS.items()}
