"""Services listed one to an item in section A or B (a strategy's or plan's 'se propune înființarea următoarelor
servicii sociale: 1. Centrul de zi pentru copii (cod 8891 CZ-C-II) – capacitate 25 de locuri, termen 2023; …')
→ :class:`ServiceRecord` rows, as a table's rows would give them.

An item is a service when it names one with its nomenclator code; its name is what it opens with, up to the code
or the first separator; its capacity the count after 'capacitate' or the places it states; its budget the one amount
in lei it states, in the field of the one source it names ('buget estimat 450.000 lei (buget județean)', 'finanțare:
PNRR, 666.000 lei'). A section that prints its services in a table is that table's: no item of it is read.
"""
from __future__ import annotations

import re

from extractors.model import Heading, ListItem, Table
from extractors.records.base import ServiceRecord
from extractors.records.common import NUMBERED_ITEM, tidy_name
from extractors.records.services import named_sources
from extractors.understanding.sections import block_text
from extractors.understanding.spec import SERVICES_EXISTING, SERVICES_PROPOSED
from normalizers.cells import read_code_cell, read_money_cell
from normalizers.codes import find_service_code
from normalizers.numbers import parse_count, parse_number

_SECTION = {SERVICES_EXISTING: "existing", SERVICES_PROPOSED: "proposed"}
# where the service's name ends: an opened parenthesis, a spaced dash, a comma, a colon, or the code's own lead-in
_NAME_END = re.compile(r"\s*(?:\(|\s[-–—]\s|,\s|:\s|\bcod(?:ul)?\b)", re.I)
# 'capacitate 52 locuri', 'cu o capacitate de 51 beneficiari', 'capacitatea: 30', '40 de locuri'
_CAPACITY = re.compile(r"\bcapacitat\w*\s*(?::\s*|de\s+)?(\d{1,3}(?:\.\d{3})*)\b|\b(\d{1,3}(?:\.\d{3})*)\s+(?:de\s+)?locuri\b",
                       re.I)
# who the service holds, after its places: '52 locuri, 48 copii la 31.12.2024', '30 locuri / 28 beneficiari'
_PRESENT = re.compile(r"^\s*(?:(?:de\s+)?locuri\b)?\s*[,;/]\s*(\d{1,3}(?:\.\d{3})*)\s+(?:de\s+)?(?:beneficiari|copii|persoane|tineri|adul[țt]i)\b",
                      re.I)
# 'grad de ocupare 88,4%', 'gradul de ocupare: 95%'
_OCCUPANCY = re.compile(r"\bgrad(?:ul)?\s+de\s+ocupare\s*:?\s*(\d{1,3}(?:,\d{1,2})?)\s*%", re.I)
_MAX_NAME = 200
# the verb an item of section B opens with before the service it founds ('înființarea serviciului Locuința protejată
# X', 'înființarea unui centru de zi …'): not part of the name
_SETUP_LEAD = re.compile(r"^\s*(?:[îi]nfiin[țţt]area|crearea)\s+(?:serviciului(?:\s+social)?|unui|unei)\s+(?=\S)", re.I)
# an amount with its unit ('450.000 lei', '1.250,5 mii lei'), not a rate ('150 lei/beneficiar/lună')
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)\s*(mii\s+)?(?:lei|ron)\b(?!\s*/)", re.I)


def extract_listed_services(u) -> dict[str, list]:
    """Service rows from the numbered or bulleted items of a services section (A or B) that print no table."""
    tabled = {t.kind for t in u.tables}
    records: list[ServiceRecord] = []
    for block in u.blocks:
        if isinstance(block, (Table, Heading)):
            continue
        kind = u.section_of(block).kind
        if kind in tabled:
            continue
        text = block_text(block)
        numbered = NUMBERED_ITEM.match(text or "")
        if not text or not (isinstance(block, ListItem) or numbered):
            continue
        body = text[numbered.end():] if numbered else text
        found = find_service_code(body)
        if found is None:
            continue
        name = tidy_name(_SETUP_LEAD.sub("", _NAME_END.split(body, maxsplit=1)[0]))
        if not name or len(name) > _MAX_NAME or not re.search(r"[^\W\d_]{3}", name) or found[1] == 0:
            continue  # an item that opens with its code names no service before it
        stated = body[found[2]:] if _CAPACITY.search(body[found[2]:]) else body  # after the code, else anywhere
        cap = _CAPACITY.search(stated)
        present = _PRESENT.search(stated[cap.end():]) if cap else None
        if kind not in _SECTION and not (cap and present):
            continue  # outside a services section only a running service's item: its places and who is in them
        rec = ServiceRecord(section=_SECTION.get(kind, "existing"), page=getattr(block, "page", None),
                            line=getattr(block, "line", None),
                            row_no_raw=f"{numbered.group(1)}." if numbered else (getattr(block, "marker", "") or None),
                            service_name=name, code_raw=found[0], warnings=["from_list_item"])
        code = read_code_cell(found[0]).code
        rec.service_code, rec.code_status = code.service_code, code.code_status
        rec.caen, rec.setting, rec.beneficiary_group = code.caen, code.setting, code.beneficiary_group
        rec.warnings.extend(code.warnings)
        if cap:
            rec.capacity_raw = cap.group(0)
            rec.capacity = parse_count(cap.group(1) or cap.group(2))
        if present:
            rec.beneficiaries = parse_count(present.group(1))
        occupancy = _OCCUPANCY.search(body)
        if occupancy:
            rec.occupancy_raw = occupancy.group(0)
            rec.occupancy_pct = float(parse_number(occupancy.group(1)))
        _listed_budget(rec, body[found[2]:])
        rec.confidence = 0.8  # read from running text, not from a table's columns
        records.append(rec)
    return {"services": records} if records else {}


def _listed_budget(rec: ServiceRecord, text: str) -> None:
    """The item's budget: its one amount, in the field of the one funding source it names; none when it states
    several amounts or names no source or several (which would be a guess)."""
    amounts = _AMOUNT.findall(text)
    sources = named_sources(text)
    if len(amounts) != 1 or len(sources) != 1:
        return
    number, thousands = amounts[0]
    money = read_money_cell(number, "mii lei" if thousands else "lei")
    if money.amount_lei is None:
        return
    setattr(rec, sources.pop(), money.amount_lei)
    rec.budget_raw = _AMOUNT.search(text).group(0)
