"""The published schema: ``datapackage.json`` beside the datasets, and ``pipeline validate`` against it.

A Frictionless Tabular Data Package (Data Package v1 + Table Schema): one resource per dataset listing its
Parquet files, each column with its Table Schema type, the Arrow type the files hold (``arrowType``, an
extension property) and its meaning (from docs/DATASETS.md through :mod:`pipeline.glossary`); primary keys
(``documents.doc_id``, ``institutions.institution_id``) and foreign keys (every row's ``doc_id`` →
``documents``, issuer and partner ids → ``institutions``). The same descriptor, pointed at CSV files, goes
with ``pipeline export --format csv`` so that any Frictionless tool can check that export.

It is written at the end of every run (:func:`write_datapackage`, called by :func:`pipeline.runner.run`), and only
rewritten when its content changes, so a run that changes nothing rewrites nothing.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.durable import atomic_write_text
from pipeline.glossary import column_description, dataset_title
from pipeline.schema import CONTRACT_VERSION, PIPELINE_VERSION, SCHEMAS

DATAPACKAGE_NAME = "datapackage.json"
PARTITION_GLOB = "doc_year=*/*.parquet"
PRIMARY_KEYS = {"documents": "doc_id", "institutions": "institution_id"}
# (dataset, column) → (referenced dataset, its key); a column a dataset does not have is skipped
FOREIGN_KEYS: list[tuple[str, str, str, str]] = (
    [(name, "doc_id", "documents", "doc_id") for name in SCHEMAS if name not in ("documents", "institutions")]
    + [("documents", "issuer_id", "institutions", "institution_id"),
       ("partnerships", "partner_id", "institutions", "institution_id"),
       ("documents", "duplicate_of", "documents", "doc_id")])
# vocabularies the contract fixes (docs/DATASETS.md); checked by `pipeline validate`
ENUMS = {("documents", "status"): ["ok", "partial", "failed"],
         ("documents", "format"): ["pdf", "pdf_ocr", "docx", "odt", "txt", "md", "html"],
         ("services", "section"): ["existing", "proposed"],
         ("services", "code_status"): ["exact", "repaired", "unknown", "missing"],
         ("totals", "unit"): ["lei", "persons", "beneficiaries", "other"]}


# ----------------------------------------------------------------------------------------------- the descriptor
def frictionless_type(t: pa.DataType) -> dict[str, Any]:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return {"type": "string"}
    if pa.types.is_integer(t):
        return {"type": "integer"}
    if pa.types.is_decimal(t):
        return {"type": "number"}  # exact in the files (arrowType); Table Schema has no decimal type
    if pa.types.is_floating(t):
        return {"type": "number"}
    if pa.types.is_boolean(t):
        return {"type": "boolean"}
    if pa.types.is_date(t):
        return {"type": "date"}
    if pa.types.is_timestamp(t):
        return {"type": "datetime"}
    if pa.types.is_list(t):
        return {"type": "array"}
    return {"type": "any"}


def arrow_type_name(t: pa.DataType) -> str:
    """The Arrow type as written in ``arrowType``; a list's item name is left out (Parquet renames it)."""
    return f"list<{arrow_type_name(t.value_type)}>" if pa.types.is_list(t) else str(t)


def table_schema(dataset: str) -> dict[str, Any]:
    fields = []
    for f in SCHEMAS[dataset]:
        field = {"name": f.name, **frictionless_type(f.type), "description": column_description(dataset, f.name),
                 "arrowType": arrow_type_name(f.type)}
        constraints: dict[str, Any] = {}
        if PRIMARY_KEYS.get(dataset) == f.name or f.name == "doc_id":
            constraints["required"] = True
        if PRIMARY_KEYS.get(dataset) == f.name:
            constraints["unique"] = True
        if (dataset, f.name) in ENUMS:
            constraints["enum"] = ENUMS[(dataset, f.name)]
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if dataset in PRIMARY_KEYS:
        schema["primaryKey"] = [PRIMARY_KEYS[dataset]]
    names = set(SCHEMAS[dataset].names)
    fks = [{"fields": [col], "reference": {"resource": ref, "fields": [key]}}
           for ds, col, ref, key in FOREIGN_KEYS if ds == dataset and col in names and key in SCHEMAS[ref].names]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def dataset_files(out: Path, dataset: str) -> list[Path]:
    folder = out / dataset
    files = [p for p in folder.glob(PARTITION_GLOB) if not p.name.startswith(".")]
    files += [p for p in folder.glob("*.parquet") if not p.name.startswith(".")]  # institutions/all.parquet
    return sorted(files)


def build_datapackage(out: Path, paths: dict[str, list[str]] | None = None, fmt: str = "parquet") -> dict[str, Any]:
    """The descriptor for the datasets under ``out`` (or, with ``paths``, for files of another format)."""
    resources = []
    for dataset in SCHEMAS:
        if paths is None:
            files = [p.relative_to(out).as_posix() for p in dataset_files(out, dataset)]
        else:
            files = paths.get(dataset, [])
        res: dict[str, Any] = {"name": dataset, "profile": "tabular-data-resource",
                               "description": dataset_title(dataset)}
        if files:
            res["path"] = files if len(files) > 1 or fmt == "parquet" else files[0]
            res["format"] = fmt
            res["mediatype"] = {"parquet": "application/vnd.apache.parquet", "csv": "text/csv"}.get(fmt, fmt)
            if fmt == "csv":
                res["encoding"] = "utf-8"
        else:
            res["data"] = []  # no file yet: the resource still publishes its schema
        res["schema"] = table_schema(dataset)
        resources.append(res)
    return {"profile": "tabular-data-package", "name": "ro-social-services",
            "title": "Romanian social-services plans and reports",
            "description": "Datasets extracted from the annual plans and reports on social services published by "
                           "Romanian local authorities. Money is in lei; every row points to its source "
                           "(doc_id, page, line, table_seq). Warning codes: docs/warnings.md.",
            "contract_version": CONTRACT_VERSION, "pipeline_version": PIPELINE_VERSION,
            "resources": resources}


def _dump(descriptor: dict[str, Any]) -> str:
    return json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n"


def write_datapackage(out: Path, descriptor: dict[str, Any] | None = None) -> Path:
    """Write ``<out>/datapackage.json`` atomically, only when its content changed."""
    out = Path(out)
    target = out / DATAPACKAGE_NAME
    text = _dump(descriptor if descriptor is not None else build_datapackage(out))
    try:
        if target.read_text(encoding="utf-8") == text:
            return target
    except OSError:
        pass
    atomic_write_text(target, text)
    return target


# ----------------------------------------------------------------------------------------------- validation
@dataclass(frozen=True)
class Problem:
    level: str  # error | warning
    resource: str
    message: str
    path: str | None = None


def validate_folder(out: Path) -> list[Problem]:
    """Check a datasets folder against its ``datapackage.json``: every file listed is there and every file there
    is listed; each file has the declared columns with the declared Arrow types (extra columns are a warning:
    the contract allows adding columns); required, unique, enum, primary- and foreign-key constraints hold."""
    out = Path(out)
    problems: list[Problem] = []
    try:
        descriptor = json.loads((out / DATAPACKAGE_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [Problem("error", "", f"no {DATAPACKAGE_NAME} in {out} (a `pipeline run` writes it)")]
    except (OSError, ValueError) as exc:
        return [Problem("error", "", f"{DATAPACKAGE_NAME} cannot be read: {exc}")]
    resources = {r.get("name"): r for r in descriptor.get("resources", [])}
    files: dict[str, list[Path]] = {}
    for name, res in resources.items():
        listed = res.get("path", [])
        listed = [listed] if isinstance(listed, str) else list(listed)
        files[name] = [out / p for p in listed]
        on_disk = {p.relative_to(out).as_posix() for p in dataset_files(out, name)}
        for p in sorted(set(listed) - on_disk):
            problems.append(Problem("error", name, "listed in datapackage.json but missing", p))
        for p in sorted(on_disk - set(listed)):
            problems.append(Problem("error", name, "file not listed in datapackage.json (run `pipeline run` "
                                    "again to refresh it)", p))
        declared = {f["name"]: f for f in res.get("schema", {}).get("fields", [])}
        for path in files[name]:
            if not path.exists():
                continue
            try:
                actual = pq.read_schema(path)
            except Exception as exc:  # a damaged file: say which, go on with the others
                problems.append(Problem("error", name, f"not a readable Parquet file: {exc}", _rel(out, path)))
                continue
            for col, f in declared.items():
                if col not in actual.names:
                    problems.append(Problem("error", name, f"column {col} missing", _rel(out, path)))
                elif f.get("arrowType") and arrow_type_name(actual.field(col).type) != f["arrowType"]:
                    problems.append(Problem("error", name, f"column {col} is {actual.field(col).type}, declared "
                                            f"{f['arrowType']}", _rel(out, path)))
            for col in actual.names:
                if col not in declared:
                    problems.append(Problem("warning", name, f"column {col} is not in datapackage.json",
                                            _rel(out, path)))
    problems += _check_constraints(out, resources, {n: [p for p in fs if p.exists()] for n, fs in files.items()})
    return problems


def _rel(out: Path, path: Path) -> str:
    return path.relative_to(out).as_posix()


def _check_constraints(out: Path, resources: dict[str, dict], files: dict[str, list[Path]]) -> list[Problem]:
    import duckdb

    con = duckdb.connect()
    problems: list[Problem] = []
    present: dict[str, set[str]] = {}
    for name, paths in files.items():
        if paths:
            listing = ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths)
            con.execute(f'create view "{name}" as select * from read_parquet([{listing}], union_by_name=true)')
            present[name] = {r[0] for r in con.execute(f'describe "{name}"').fetchall()}
    for name, res in resources.items():
        if name not in present:
            continue
        schema = res.get("schema", {})
        for f in schema.get("fields", []):
            col, c = f["name"], f.get("constraints", {})
            if col not in present[name]:
                continue
            if c.get("required"):
                n = con.execute(f'select count(*) from "{name}" where "{col}" is null').fetchone()[0]
                if n:
                    problems.append(Problem("error", name, f"{n} rows with no {col} (required)"))
            if c.get("unique"):
                n = con.execute(f'select count(*) from (select "{col}" from "{name}" where "{col}" is not null '
                                f'group by 1 having count(*) > 1)').fetchone()[0]
                if n:
                    problems.append(Problem("error", name, f"{n} values of {col} appear more than once (unique)"))
            if c.get("enum"):
                bad = con.execute(f'select distinct "{col}" from "{name}" where "{col}" is not null and '
                                  f'"{col}" not in (select unnest(?))', [c["enum"]]).fetchall()
                if bad:
                    problems.append(Problem("error", name, f"{col} outside {c['enum']}: "
                                            f"{', '.join(str(b[0]) for b in bad[:5])}"))
        for fk in schema.get("foreignKeys", []):
            (col,), ref = fk["fields"], fk["reference"]
            (key,) = ref["fields"]
            if col not in present[name]:
                continue
            if ref["resource"] not in present:
                n = con.execute(f'select count(*) from "{name}" where "{col}" is not null').fetchone()[0]
            else:
                n = con.execute(f'select count(*) from "{name}" t where t."{col}" is not null and not exists '
                                f'(select 1 from "{ref["resource"]}" r where r."{key}" = t."{col}")').fetchone()[0]
            if n:
                problems.append(Problem("error", name, f"{n} rows whose {col} is not a {ref['resource']}.{key} "
                                        "(foreign key)"))
    return problems


def problems_as_json(problems: list[Problem]) -> list[dict[str, Any]]:
    return [asdict(p) for p in problems]
