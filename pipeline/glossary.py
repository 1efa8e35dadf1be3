"""What the docs say about warning codes and columns, as data the report and the published schema can use.

The words live in ``docs/warnings.md`` (each code's level, meaning and what to check) and ``docs/DATASETS.md``
(each column's meaning); an installed package has no ``docs/`` folder, so they are read from
``pipeline/data/glossary.json``, which ``python -m pipeline.glossary`` regenerates from the docs
(``tests/pipeline/test_glossary.py`` fails when the two drift apart). Columns the contract lists without words
(extras, plain provenance) get theirs from :data:`EXTRA_COLUMNS` below.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY_PATH = Path(__file__).with_name("data") / "glossary.json"
# the order a reviewer reads warning kinds in: what lost rows, what may be wrong, what was left empty, notes
LEVELS = ("error", "check", "empty", "info")
UNDOCUMENTED_LEVEL = "check"  # a code the docs do not list yet is shown as one to look at, never hidden

# Columns whose meaning docs/DATASETS.md does not spell out: the extras the pipeline adds and the shared
# provenance/raw columns of the datasets listed in one line. A dataset-specific entry wins over "*".
EXTRA_COLUMNS: dict[str, dict[str, str]] = {
    "*": {
        "doc_id": "sha256 of the source file's bytes (hex): the document the row comes from (documents.doc_id)",
        "page": "1-based page of the source (null for text input)",
        "line": "1-based line in the text input or in the page's text (null if unknown)",
        "table_seq": "1-based order of the table in the document (null for prose)",
        "row_no_raw": "row number as printed",
        "warnings": "machine-readable reasons for doubt (docs/warnings.md)",
        "raw": "the figure or phrase as printed",
        "confidence": "0..1, the extractor's own estimate",
        "service_code": "canonical nomenclator code (HG 867/2015), e.g. 8899 CZ-VD-III",
    },
    "documents": {
        "issuer_id": "canonical id of the issuer (institutions.institution_id)",
        "encoding": "text encoding the text export was decoded with (null for PDF/DOCX)",
        "table_kinds": "the kind each table of the document was classified as, in table order",
        "error": "why the document failed (status failed), else null",
        "pipeline_version": "version of the pipeline that wrote the row",
        "ingested_at": "when the document was processed (UTC)",
        "source_uri": "absolute location of the source file when it was read",
        "coverage": "share of the document's data tables (a kind the pipeline reads, or holding codes, CPV codes "
                    "or money) that gave at least one record; null when it has none (tables dataset)",
        "n_tables_unread": "data tables that gave no record (tables.understood false)",
        "duplicate_of": "doc_id of the kept original when this file is the same publication in another format; "
                        "null for the original",
    },
    "procurements": {
        "contract_object": "object of the contract as printed", "cpv_code": "CPV code with its check digit",
        "estimated_value_lei": "estimated value in lei", "value_raw": "the value cell as printed",
        "funding_source": "funding source as printed", "procedure": "procurement procedure as printed",
        "start_raw": "estimated start of the procedure, as printed", "start_month": "start month, YYYY-MM",
        "award_raw": "estimated award date, as printed", "award_month": "award month, YYYY-MM",
    },
    "subsidies": {"unit_name": "the subsidised unit (association, foundation, service)", "amount_lei": "amount in lei",
                  "amount_raw": "the amount cell as printed"},
    "trainings": {"persons": "persons to be trained", "staff_category": "staff category trained", "budget_lei": "budget in lei",
                  "budget_raw": "the budget cell as printed"},
    "activities": {"activity": "the activity or event", "description": "its description",
                   "period_raw": "when, as printed", "organizer": "who organises it", "budget_raw": "budget as printed"},
    "partnerships": {"date_signed": "date the agreement was signed", "number_raw": "registration number of the agreement, as printed",
                     "valid_until_raw": "validity as printed", "partner_id": "canonical id of the partner "
                     "(institutions.institution_id)"},
    "services": {"capacity_raw": "the capacity cell as printed", "occupancy_raw": "the occupancy cell as printed"},
    "totals": {"matches": "whether the stated amount equals the recomputed one (within 1 leu or 1 unit); null "
               "when not recomputed", "computed": "the sum recomputed from the extracted rows, when it can be",
               "unit": "lei, persons, beneficiaries, other"},
    "institutions": {"institution_id": "canonical id of the institution", "kind": "what kind of institution it is (public authority, association, company …)", "uat": "its administrative unit",
                     "county": "its county", "siruta": "SIRUTA code of its UAT, when resolved"},
    "indicators": {"indicator": "snake_case key from a documented vocabulary (docs/indicators.md)","subject": "what or who the figure is about", "value": "the figure", "unit": "its unit",
                   "year": "the year the figure is about"},
}


@dataclass(frozen=True)
class WarningInfo:
    code: str
    level: str
    datasets: str
    meaning: str
    check: str
    documented: bool = True


# ----------------------------------------------------------------------------------------------- parsing the docs
def _cells(line: str) -> list[str]:
    # split a markdown table row on unescaped pipes ("\|" stays in the cell as "|")
    parts = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [p.strip().replace("\\|", "|") for p in parts]


def _codes(cell: str) -> list[str]:
    """`corrected:<field>` → corrected; `page_failed: page <n> …` → page_failed; two codes in one cell → both."""
    return [re.split(r"[:\s]", c, maxsplit=1)[0] for c in re.findall(r"`([^`]+)`", cell)]


def parse_warnings_md(text: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.startswith("| `"):
            continue
        cells = _cells(line)
        if len(cells) < 5 or cells[2] not in LEVELS:
            continue
        for code in _codes(cells[0]):
            out.setdefault(code, {"level": cells[2], "datasets": cells[1], "meaning": cells[3], "check": cells[4]})
    return out


_SECTION = re.compile(r"^## (\w+) — (.+)$")
_TYPE_ONLY = re.compile(r"bool|decimal|int32|float64|date32|string|list<string>")  # a type, not a meaning


def _split_top_level(text: str) -> list[str]:
    items, depth, cur = [], 0, []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    items.append("".join(cur))
    return [i.strip() for i in items if i.strip()]


def parse_datasets_md(text: str) -> dict[str, dict]:
    """dataset → {"title": its heading's words, "columns": {column: meaning}} from the contract's sections: a
    table of columns, or one line listing them with meanings in parentheses."""
    out: dict[str, dict] = {}
    current: dict | None = None
    listing: list[str] = []  # a section's column list, which wraps over several lines

    def flush() -> None:
        for item in _split_top_level(" ".join(listing)):
            m2 = re.fullmatch(r"([a-z_0-9]+)(?:\s*\((.*)\))?", item.strip(), re.S)
            if current is not None and m2 and m2.group(2) and not _TYPE_ONLY.fullmatch(m2.group(2).strip()):
                current["columns"].setdefault(m2.group(1), m2.group(2).strip())
        listing.clear()

    for line in text.splitlines():
        m = _SECTION.match(line)
        if m:
            flush()
            current = out.setdefault(m.group(1), {"title": m.group(2).strip(), "columns": {}})
            continue
        if current is None or not line.strip():
            continue
        if line.startswith("|"):
            cells = _cells(line)
            if len(cells) < 3 or cells[0] in ("column", "---") or set(cells[0]) <= {"-"}:
                continue
            for name in (n.strip() for n in cells[0].split(",")):
                if re.fullmatch(r"[a-z_0-9]+", name) and cells[2] and cells[2] != "provenance":
                    current["columns"].setdefault(name, cells[2])
        elif not line.startswith(("(", "#")):
            listing.append(line.strip())
    flush()
    return out


def build(root: Path = ROOT) -> dict:
    return {"warnings": parse_warnings_md((root / "docs" / "warnings.md").read_text(encoding="utf-8")),
            "datasets": parse_datasets_md((root / "docs" / "DATASETS.md").read_text(encoding="utf-8"))}


# ----------------------------------------------------------------------------------------------- reading
@lru_cache(maxsize=1)
def glossary() -> dict:
    return json.loads(GLOSSARY_PATH.read_text(encoding="utf-8"))


def warning_info(code: str) -> WarningInfo:
    """Level and meaning of a warning kind (the part before the colon); an unlisted code is shown as one to check."""
    kind = code.split(":", 1)[0]
    w = glossary()["warnings"].get(kind)
    if w is None:
        return WarningInfo(kind, UNDOCUMENTED_LEVEL, "", "not described in docs/warnings.md yet", "", documented=False)
    return WarningInfo(kind, w["level"], w["datasets"], w["meaning"], w["check"])


def dataset_title(dataset: str) -> str:
    return glossary()["datasets"].get(dataset, {}).get("title", "")


def column_description(dataset: str, column: str) -> str:
    """The column's meaning: the contract's words, else the extras above; "" when nobody wrote any."""
    described = glossary()["datasets"].get(dataset, {}).get("columns", {})
    return (described.get(column) or EXTRA_COLUMNS.get(dataset, {}).get(column)
            or EXTRA_COLUMNS["*"].get(column) or "")


def main(argv: list[str] | None = None) -> int:
    """Regenerate pipeline/data/glossary.json from docs/ (run after editing docs/warnings.md or DATASETS.md)."""
    GLOSSARY_PATH.parent.mkdir(exist_ok=True)
    GLOSSARY_PATH.write_text(json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
    print(f"wrote {GLOSSARY_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
