"""Named example queries: `pipeline query --example NAME`, `pipeline query --list-examples`.

Each is plain DuckDB SQL over the dataset views (see pipeline.query), meant to be read and copied as much as
run: `pipeline query --list-examples --format json` prints the SQL too.

A publication found in several files (the same plan as PDF, DOCX and TXT) is counted once: the queries that
add up or list rows keep the documents whose ``duplicate_of`` is null (the kept original of each publication).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    name: str
    description: str
    sql: str


EXAMPLES: list[Example] = [
    Example("services-per-county", "services listed per county and year: how many, distinct codes, places",
            """
select d.county, d.year, count(*) as services, count(distinct s.service_code) as distinct_codes,
       sum(s.capacity) as places, count(distinct s.doc_id) as documents
from services s join documents d using (doc_id)
where d.duplicate_of is null
group by all order by d.county nulls last, d.year"""),
    Example("budget-by-source", "budget of listed services per year by funding source, in lei",
            """
select d.year, sum(s.budget_local_lei) as local, sum(s.budget_county_lei) as county,
       sum(s.budget_state_lei) as state, sum(s.budget_beneficiaries_lei) as beneficiaries,
       sum(s.budget_other_lei) as other, sum(s.budget_total_lei) as total, count(*) as services
from services s join documents d using (doc_id)
where d.duplicate_of is null
group by all order by d.year nulls last"""),
    Example("totals-not-adding-up", "stated totals that differ from the sum recomputed from the extracted rows",
            """
select d.source_path, t.page, t.line, t.scope, t.amount as stated, t.computed as recomputed,
       t.amount - t.computed as difference, t.unit, t.raw
from totals t join documents d using (doc_id)
where t.matches = false and d.duplicate_of is null
order by abs(t.amount - t.computed) desc"""),
    Example("unknown-codes", "service codes not in the nomenclator (HG 867/2015), with where they were printed",
            """
select s.service_code, s.code_raw, count(*) as rows, list(distinct d.source_path) as documents,
       min(s.line) as first_line
from services s join documents d using (doc_id)
where (s.code_status = 'unknown' or list_contains(s.warnings, 'code_not_in_nomenclator'))
  and d.duplicate_of is null
group by all order by rows desc, s.service_code"""),
    Example("warnings-by-kind", "row warnings across every dataset, by kind",
            """
with w as (
  select 'services' as dataset, doc_id, unnest(warnings) as warning from services
  union all select 'procurements', doc_id, unnest(warnings) from procurements
  union all select 'subsidies', doc_id, unnest(warnings) from subsidies
  union all select 'trainings', doc_id, unnest(warnings) from trainings
  union all select 'activities', doc_id, unnest(warnings) from activities
  union all select 'partnerships', doc_id, unnest(warnings) from partnerships
  union all select 'totals', doc_id, unnest(warnings) from totals
  union all select 'indicators', doc_id, unnest(warnings) from indicators)
select split_part(warning, ':', 1) as kind, count(*) as rows, count(distinct doc_id) as documents,
       list(distinct dataset) as datasets
from w join documents d using (doc_id) where d.duplicate_of is null
group by 1 order by rows desc"""),
    Example("corrected-rows", "services rows a reviewer's override corrected (warnings corrected:<field>)",
            """
select d.source_path, s.page, s.line, s.table_seq, s.row_no_raw, s.service_name, s.service_code,
       [x for x in s.warnings if x like 'corrected:%'] as corrected
from services s join documents d using (doc_id)
where len([x for x in s.warnings if x like 'corrected:%']) > 0
order by d.source_path, s.line"""),
    Example("documents-overview", "one line per document: type, year, issuer, status, tables, copy of which",
            """
select d.source_path, d.doc_type, d.year, d.issuer, d.county, d.status, d.n_tables, d.table_kinds,
       o.source_path as copy_of
from documents d left join documents o on o.doc_id = d.duplicate_of
order by d.year nulls last, d.source_path"""),
    Example("copies", "publications found in several files: the kept original and its copies",
            """
select o.source_path as original, o.format, list(d.source_path order by d.source_path) as copies,
       list(d.format order by d.source_path) as copy_formats
from documents d join documents o on o.doc_id = d.duplicate_of
group by all order by original"""),
    Example("unread-inputs", "inputs recorded without being read: unsupported formats, broken links, loops",
            """
select source_path, source_uri, status, reason, error from documents
where reason in ('unsupported_format', 'unreadable', 'symlink_loop') order by source_path"""),
    Example("failed-documents", "documents that failed, with the reason",
            """
select source_path, format, reason, error, warnings from documents
where status = 'failed' and reason is distinct from 'unsupported_format' order by source_path"""),
]

BY_NAME = {e.name: e for e in EXAMPLES}


def get(name: str) -> Example:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no example named {name!r}; `pipeline query --list-examples` lists: "
                       + ", ".join(BY_NAME)) from None


def markdown() -> str:
    """The list as a Markdown table (for the README)."""
    lines = ["| example | what it shows |", "|---|---|"]
    lines += [f"| `pipeline query --example {e.name}` | {e.description} |" for e in EXAMPLES]
    return "\n".join(lines)
