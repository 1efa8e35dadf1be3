"""A report's sheet per service → :class:`ServiceRecord` rows.

Reports on a plan (a county DGASPC's above all) describe each service they run on a sheet of its own rather than as a
row of a services table: the service's name as a heading, then its facts as label | value pairs — a two-column
table without a header (``Cod serviciu social | 8891-CZ-C-II``, ``Capacitate | 40 locuri``, ``Număr beneficiari la
31.12.2024 | 36``, ``Grad de ocupare | 90%``, ``Personal angajat | 12``) or one line of prose (``Cod serviciu: …;
capacitate: 40 locuri; număr beneficiari …: 36; …``). The labels are read with the services tables' own field
vocabulary (:data:`extractors.records.services.SERVICE_RULES`), the values with the same cell readers; a sheet is a
service only when a label names the code and its value is a nomenclator code, and another names the capacity,
the beneficiaries or the occupancy. Labels the vocabulary lacks (staff, licence) are no field.
"""
from __future__ import annotations

import re

from extractors.model import ListItem, Paragraph, Table
from extractors.records.base import ServiceRecord
from extractors.records.services import SERVICE_RULES, name_without_address
from extractors.understanding.columns import score_rule
from extractors.understanding.spec import OTHER, SERVICES_PROPOSED
from normalizers.cells import read_capacity_cell, read_code_cell, read_occupancy_cell
from normalizers.content import COUNT, content_type
from normalizers.numbers import parse_count
from normalizers.text import clean_text

# the facts a sheet states; the code and one of the others make it a service
_FIELDS = ("service_name", "code", "capacity", "beneficiaries", "occupancy")
_FACTS = ("capacity", "beneficiaries", "occupancy")
_RULES = tuple(r for r in SERVICE_RULES if r.field in _FIELDS)
_HEADING_CHARS = 250  # a heading naming a service is short; a longer block before the sheet is running prose
_ITEM_NUMBER = re.compile(r"^\s*(?:(?:cap(?:itolul)?\.?\s*)?[IVX]+\.|\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\s+", re.I)
_PAIR = re.compile(r"^\s*(?P<label>[^:]{3,80}?)\s*:\s*(?P<value>\S.*?)\s*[.;]?\s*$")


def _field_of(label: str, value: str) -> str | None:
    """The services field a sheet's label names (the best-scoring rule), or None."""
    best, field = 0.0, None
    for rule in _RULES:
        score, _ = score_rule(rule, label)
        if score > best and (not rule.content or content_type(value) in rule.content):
            best, field = score, rule.field
    return field


def _facts(pairs: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for label, value in pairs:
        field = _field_of(clean_text(label), clean_text(value))
        if field and field not in out and clean_text(value):
            out[field] = clean_text(value)
    return out


def _sheets(rows: list) -> list[tuple[dict[str, str], object]]:
    """The sheets of a label | value table, with the row each starts at: a reader may have run the sheets of
    several services together (only the next service's name between them), so a label naming a field the current
    sheet already has (a second code) starts the next sheet."""
    out: list[tuple[dict[str, str], object]] = []
    facts: dict[str, str] = {}
    start = None
    for row in rows:
        cells = [text for text in (clean_text(c.text) for c in row.cells) if text]
        if len(cells) != 2:  # classification judged the resolved table; a raw row may hold a piece more or less
            continue
        label, value = cells
        field = _field_of(label, value)
        if field is None:
            continue
        if field in facts:
            out.append((facts, start))
            facts, start = {}, None
        facts[field] = value
        start = start or row
    if facts:
        out.append((facts, start))
    return out


def _is_sheet(facts: dict[str, str]) -> bool:
    return ("code" in facts and read_code_cell(facts["code"]).code.service_code is not None
            and any(f in facts for f in _FACTS))


def _name_before(blocks: list) -> str | None:
    """The sheet's name: the short heading or list item right before it, without its number."""
    for block in reversed(blocks):
        text = clean_text(getattr(block, "text", "") or "")
        if not text:
            continue
        if isinstance(block, Table) or len(text) > _HEADING_CHARS or text.endswith(":"):
            return None
        return _ITEM_NUMBER.sub("", text, count=1).strip(" -–—.:") or None
    return None


def _blocks_before(blocks, page: int | None, line: int | None) -> list:
    """The text blocks printed before (page, line), in order (for a sheet that starts inside a table)."""
    if line is None:
        return []
    at = (page or 0, line)
    return [b for b in blocks if not isinstance(b, Table) and getattr(b, "line", None) is not None
            and (getattr(b, "page", None) or 0, b.line) < at][-1:]


def _record(facts: dict[str, str], name: str | None, section: str, page, line, table_seq) -> ServiceRecord:
    rec = ServiceRecord(section=section, page=page, line=line, table_seq=table_seq, warnings=["service_sheet"])
    rec.service_name, warnings = name_without_address(facts.get("service_name") or name)
    rec.warnings.extend(warnings)
    rec.code_raw = facts["code"]
    code = read_code_cell(rec.code_raw).code
    rec.service_code, rec.code_status = code.service_code, code.code_status
    rec.caen, rec.setting, rec.beneficiary_group = code.caen, code.setting, code.beneficiary_group
    rec.warnings.extend(code.warnings)
    rec.capacity_raw = facts.get("capacity")
    capacity = read_capacity_cell(rec.capacity_raw)
    rec.capacity = capacity.capacity
    rec.warnings.extend(capacity.warnings)
    rec.occupancy_raw = facts.get("occupancy")
    occ = read_occupancy_cell(rec.occupancy_raw, header_pct=False)
    rec.beneficiaries, rec.occupancy_pct = occ.beneficiaries, occ.occupancy_pct
    rec.warnings.extend(occ.warnings)
    if rec.beneficiaries is None and "beneficiaries" in facts:
        rec.beneficiaries = parse_count(facts["beneficiaries"])
    rec.warnings = sorted(set(rec.warnings))
    rec.confidence = 0.8 if rec.service_name else 0.5
    return rec


def _section(u, block) -> str:
    return "proposed" if u.section_of(block).kind == SERVICES_PROPOSED else "existing"


def extract_service_sheets(u) -> dict[str, list]:
    """Services described one per sheet (a label | value table or a 'label: value; …' line after the name)."""
    from extractors.classify import is_label_value_sheet  # classification imports the record modules' specs

    out: list[ServiceRecord] = []
    index = {id(b): i for i, b in enumerate(u.blocks)}
    for t in u.tables:
        if t.kind != OTHER:
            continue  # a table a kind took is that kind's to read
        if not is_label_value_sheet(t.resolved):
            continue
        rows = [r for r in t.table.rows if any(clean_text(c.text) for c in r.cells)]
        for k, (facts, start) in enumerate(_sheets(rows)):
            if not _is_sheet(facts):
                continue
            # the first sheet is named by the line before the table, a later one by the last line before its rows
            before = t.context if k == 0 else _blocks_before(u.blocks, start.page, start.line)
            out.append(_record(facts, _name_before(before), _section(u, t.table), start.page, start.line, t.seq))
    for block in u.blocks:
        if not isinstance(block, (Paragraph, ListItem)) or ";" not in (block.text or ""):
            continue
        pairs = [m.groups() for m in (_PAIR.match(part) for part in block.text.split(";")) if m]
        facts = _facts(pairs)
        if len(pairs) >= 2 and _is_sheet(facts):
            i = index[id(block)]
            out.append(_record(facts, _name_before(list(u.blocks[max(0, i - 1):i])), _section(u, block), block.page,
                               block.line, None))
    return {"services": out} if out else {}


__all__ = ["extract_service_sheets"]
