"""Subsidy programme for associations and foundations, Law 34/1998 (chapter I, section D) → :class:`SubsidyRecord`.

The template's table lists the social-assistance units eligible for subsidies, their place in the
nomenclator (code, often followed by the nomenclator's wording) and the estimated amount. A TOTAL row becomes a
stated total of ``amount_lei``; the programme's budget stated in a sentence is read by :mod:`.totals`.
"""
from __future__ import annotations

import re
from decimal import Decimal

from extractors.model import Heading, ListItem, Table
from extractors.records.base import PartnershipRecord, SubsidyRecord, TotalRecord
from extractors.records.common import (NUMBERED_ITEM, code_from_name, first_filled, is_total_label, money_total,
                                       money_warnings, not_applicable, row_text, tidy_name, total_row_cells)
from extractors.records.fields import cell, row_no
from extractors.records.partnerships import agreement_type, display_name
from extractors.understanding.sections import block_text
from extractors.understanding.spec import ROW_NO_RULE, SUBSIDIES, FieldRule, TableKindSpec
from extractors.understanding.units import column_unit
from normalizers.codes import find_service_code, find_service_codes, normalize_service_code
from normalizers.cells import read_code_cell, read_money_cell
from normalizers.content import COUNT
from normalizers.dates import find_dates
from normalizers.numbers import parse_count, unit_from_text

HEADER_VOCAB = (("unitati de asistenta sociala", 3), ("suma estimata", 2), ("subventi", 3),
                ("incadrarea in nomenclator", 2))
# the programme also named by its subsidies ('Programul de acordare a subvențiilor', 'Subvenții acordate …')
CONTEXT = ("programul de subventionare", "subventii de la bugetul", "legii nr 34 1998", "subventionare",
           "acordare a subventiilor", "acordarea subventiilor", "subventii acordate", "programul de subventii")

# a header naming an amount per beneficiary and month (folded): a rate, not an amount granted
PER_BENEFICIARY = ("per beneficiar", "pe beneficiar", "beneficiar luna", "beneficiar lunar", "lunar beneficiar",
                   "lunara beneficiar", "luna beneficiar")

SUBSIDY_RULES = (
    ROW_NO_RULE,
    FieldRule("unit_name", ("unitati de asistenta sociala", "unitatea de asistenta sociala", "unitati",
                            "denumirea unitatii", "denumire unitate", "beneficiar",
                            "denumirea serviciului", "serviciul social", "denumire",
                            # 'Unitatea subvenționată', 'Centrul / serviciul subvenționat'
                            "unitatea", "centrul", "serviciul subventionat"),
              exclude=("nomenclator", "suma", "cod", "nr beneficiari", "numar beneficiari", "numar de beneficiari",
                       "nr de beneficiari", "nr persoane", "numar de persoane") + PER_BENEFICIARY),
    # 'Asociația / Fundația', 'Denumirea asociației / fundației', 'Solicitant (asociație / fundație)', 'Furnizorul de
    # servicii sociale', 'Organizația neguvernamentală': who runs the unit; the unit's name only when no column names
    # the unit
    FieldRule("association", ("asociatia fundatia", "asociatiei fundatiei", "asociatie fundatie", "asociatia",
                              "fundatia", "furnizor", "solicitant", "organizatia", "organizatie")),
    # the people a unit serves ('Nr. beneficiari / lună', 'Nr. persoane asistate'): not a field of the record, but a
    # TOTAL row adds them up, a stated total
    FieldRule("beneficiaries", ("nr beneficiari", "numar beneficiari", "numar de beneficiari", "nr de beneficiari",
                                "nr persoane", "numar de persoane", "persoane asistate", "beneficiari"),
              exclude=PER_BENEFICIARY + ("lei", "suma", "subventi"), content=(COUNT,)),
    # the convention each association signed for its subsidy ('Convenția nr. / data', 'Nr. convenție', 'Data
    # încheierii'): an agreement of the document (:func:`extract_subsidy_conventions`)
    FieldRule("convention", ("conventia", "conventiei", "conventie", "contractul de subventionare")),
    FieldRule("convention_date", ("data incheierii", "data semnarii")),
    FieldRule("code", ("incadrarea in nomenclator", "nomenclatorul serviciilor", "cod serviciu", "codul", "cod")),
    # 'Cuantum subvenție (lei/an)', 'Subvenție anuală estimată'; not 'Serviciul social subvenționat', nor the rate a
    # beneficiary attracts a month ('Subvenția lunară / beneficiar', 'Cuantum lunar per beneficiar'): the unit's
    # subsidy is the amount the rate, the beneficiaries and the months make
    FieldRule("amount", ("suma estimata", "suma", "valoarea subventiei", "subventia", "subventie", "cuantum",
                         "valoare", "buget estimat", "buget"), exclude=PER_BENEFICIARY),
)


def extract_subsidies(rt) -> tuple[list[SubsidyRecord], list[TotalRecord]]:
    """Records of one understood subsidies table (:class:`extractors.understanding.TableUnderstanding`)."""
    columns, mapping, row_no_col, rows = rt.mapping.labels, rt.mapping.fields, rt.mapping.row_no_col, rt.rows
    unit = column_unit(rt, columns[mapping["amount"]] if "amount" in mapping else None) or "lei"
    records: list[SubsidyRecord] = []
    totals: list[TotalRecord] = []
    for row in rows:
        if not_applicable(row_text(row.cells)):
            continue
        name = cell(row.cells, mapping, "unit_name") or cell(row.cells, mapping, "association")
        amount_text = cell(row.cells, mapping, "amount")
        if is_total_label(first_filled(row.cells)) or is_total_label(name):
            if "amount" in mapping:  # printed short, its figures under the wrong columns
                amount_text = cell(total_row_cells(row.cells, {mapping["amount"]}), mapping, "amount")
            total = money_total(amount_text, unit, scope=f"subsidies table {rt.seq}: TOTAL amount_lei",
                                dataset="subsidies", field="amount_lei", table_seq=rt.seq, page=row.page,
                                line=row.line)
            totals.extend([total] if total else [])
            people_raw = cell(row.cells, mapping, "beneficiaries")
            people = parse_count(people_raw)
            if people is not None:
                totals.append(TotalRecord(scope=f"subsidies table {rt.seq}: TOTAL beneficiaries",
                                          amount=Decimal(people), unit="beneficiaries", raw=people_raw or "",
                                          page=row.page, line=row.line))
            continue
        code_raw = cell(row.cells, mapping, "code")
        if not name and not code_raw and not amount_text:
            continue
        rec = SubsidyRecord(page=row.page, line=row.line, table_seq=rt.seq, warnings=list(row.warnings))
        rec.row_no_raw = row_no(row.cells, row_no_col)
        found = find_service_code(code_raw) if code_raw else None
        code_printed = found[0] if found else code_raw
        if found is None:
            in_name, name = code_from_name(name)
            if in_name:
                code_printed = in_name
                rec.warnings.append("code_found_in_name")
        rec.unit_name = tidy_name(name)
        if code_raw and len(find_service_codes(code_raw)) > 1:
            # two codes in one cell: the complete nomenclator one, ``multiple_codes``
            code = read_code_cell(code_raw).code
            rec.service_code = code.service_code
            rec.warnings.extend(code.warnings)
        elif code_printed:
            code = normalize_service_code(code_printed)
            rec.service_code = code.service_code
            rec.warnings.extend(code.warnings)
        rec.amount_raw = amount_text
        money = read_money_cell(amount_text, unit)  # the amount without its qualifiers ('lei/an/30 beneficiari')
        rec.amount_lei = money.amount_lei
        rec.warnings.extend(money_warnings(money))
        rec.warnings = sorted(set(rec.warnings))
        records.append(rec)
    return records, totals


# ---------------------------------------------------------------- the conventions a subsidies table prints

# the convention's number: 'nr. 3759', '3759/08.03.2025', '3759 din 08.03.2025', '3759'
_CONVENTION_NO = re.compile(r"^\s*(?:nr\.?\s*)?(\d[\d.]*[0-9A-Za-z-]*?)\s*(?:/|\bdin\b|$)", re.I)


def extract_subsidy_conventions(u) -> dict[str, list]:
    """Each subsidised association's convention, when a subsidies table prints it with its number and date (a report
    on the programme: 'Convenția nr. / data' | '3759/08.03.2025', or 'Nr. convenție' | 'Data încheierii'): the
    document lists these agreements, so each is a ``partnerships`` row (a convention, the association its partner)."""
    out: list[PartnershipRecord] = []
    for rt in u.tables:
        mapping = rt.mapping.fields
        if rt.kind != SUBSIDIES or "convention" not in mapping:
            continue
        for row in rt.rows:
            if is_total_label(first_filled(row.cells)):
                continue
            raw = cell(row.cells, mapping, "convention")
            m = _CONVENTION_NO.match(raw or "")
            partner = cell(row.cells, mapping, "association") or cell(row.cells, mapping, "unit_name")
            if not m or not partner:
                continue
            dates = find_dates(raw or "") or find_dates(cell(row.cells, mapping, "convention_date") or "")
            out.append(PartnershipRecord(page=row.page, line=row.line, row_no_raw=row_no(row.cells,
                                         rt.mapping.row_no_col), agreement_type=agreement_type(
                                         rt.mapping.labels[mapping["convention"]]) or "conventie",
                                         number_raw=m.group(1).rstrip("."), date_signed=dates[0][0] if dates else None,
                                         partner=display_name(partner), warnings=["from_subsidies_table"]))
    return {"partnerships": out} if out else {}


# ---------------------------------------------------------------- a programme written as a list

# an amount of the item that is no rate ('46.080 lei', '126.720 lei'; not '310 lei/lună', '240 lei/beneficiar/lună')
_ITEM_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\s*(?:mii\s+)?lei\b(?!\s*/)", re.I)
# the subsidised party the item opens with: an association or foundation, or a social-assistance unit
_PARTY = re.compile(r"\b(?:asocia|funda|centr|c[aă]min|cantin|locuin|ad[aă]post|servici|unit[aă][tț])", re.I)
# where the party's name ends: its code or provider in parentheses, a colon, a comma, the amount after a dash
_NAME_END = re.compile(r"\s*(?:\(|:|,|=|\s[–—-]\s*(?:total\b|\d))", re.I)
# an item stating the programme's budget or total, not a unit's subsidy
_BUDGET_ITEM = re.compile(r"^\s*(?:total\w*|bugetul|suma|valoarea)\b", re.I)
# a dash or bullet a wrapped line may open with ('… pe 12 luni' / '– total 126.720 lei;')
_LEADING_MARK = re.compile(r"^(?:[-–—•·*▪]\s*)+")


def _items(u) -> list[tuple[object, str]]:
    """The text blocks of the subsidies sections, a list item's words that go on in lower case in the next block
    joined to it while it states no amount yet. Readers leave such words apart where they cannot tell them from a
    new block: a text export's wrapped lines ('… pentru 42' / 'beneficiari, pe 12 luni –'), an item cut by a PDF's
    page break ('… pe 12 luni –' / 'total 221.760 lei;'), a line opening with a dash after one ending in ':' ('…
    pentru 30 beneficiari:' / '– total 64.800 lei;'). Every reader makes a numbered line a list item."""
    out: list[tuple[object, str]] = []
    for block in u.blocks:
        if isinstance(block, (Table, Heading)) or u.section_of(block).kind != SUBSIDIES:
            continue
        text = block_text(block)
        if not text:
            continue
        # a numbered item's text opens with its number, never in lower case
        if (out and isinstance(out[-1][0], ListItem) and not _ITEM_AMOUNT.search(out[-1][1])
                and _LEADING_MARK.sub("", text)[:1].islower()):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
            continue
        out.append((block, text))
    return out


def extract_listed_subsidies(u) -> dict[str, list]:
    """A Law 34/1998 programme written as a list, one unit an item ('1. Asociația X – Centrul de zi Y (cod 8891
    CZ-C-II): 24 beneficiari/lună × 310 lei/lună × 12 luni = 89.280 lei;', '2. Cantina socială Z (furnizor: …),
    … – total 126.720 lei;'): a subsidy row per item of the subsidies section that opens with the party subsidised
    and states its amount (the last amount that is no rate); 'TOTAL: 215.760 lei' after them is their stated
    total. Items of a section that prints its units in a table are that table's (none is read from the list)."""
    records: list[SubsidyRecord] = []
    totals: list[TotalRecord] = []
    if any(t.kind == SUBSIDIES for t in u.tables):
        return {}
    for block, text in _items(u):
        numbered = NUMBERED_ITEM.match(text)
        if not (isinstance(block, ListItem) or numbered):
            if is_total_label(text.split(":")[0]) and records:
                total = money_total(text, unit_from_text(text) or "lei", scope="subsidies list: TOTAL amount_lei",
                                    dataset="subsidies", field="amount_lei", table_seq=None,
                                    page=getattr(block, "page", None), line=getattr(block, "line", None))
                totals.extend([total] if total else [])
            continue
        body = text[numbered.end():] if numbered else text
        amounts = _ITEM_AMOUNT.findall(body)
        name = tidy_name(_NAME_END.split(body, maxsplit=1)[0])
        if not amounts or not name or _BUDGET_ITEM.match(body) or not _PARTY.search(name) or len(name) > 200:
            continue
        raw = amounts[-1]
        rec = SubsidyRecord(page=getattr(block, "page", None), line=getattr(block, "line", None),
                            row_no_raw=f"{numbered.group(1)}." if numbered else (getattr(block, "marker", "") or None),
                            unit_name=name, amount_raw=raw, warnings=["from_list_item"])
        found = find_service_code(body)
        if found:
            code = normalize_service_code(found[0])
            rec.service_code = code.service_code
            rec.warnings.extend(code.warnings)
        money = read_money_cell(raw, unit_from_text(raw) or "lei")
        rec.amount_lei = money.amount_lei
        rec.warnings = sorted(set(rec.warnings + money_warnings(money)))
        records.append(rec)
    if not records:
        return {}
    return {"subsidies": records, "totals": totals}


SPEC = TableKindSpec(kind=SUBSIDIES, family=SUBSIDIES, header_vocab=HEADER_VOCAB,
                     # Law 34/1998 however it is cited ('Legea 34/1998', 'L. nr. 34/1998'), and the programme's titles
                     context=CONTEXT + (" 34 1998", "subventii acordate", "subventiilor acordate"),
                     rules=SUBSIDY_RULES, name_fields=("unit_name", "association"), key_field="code", record=SubsidyRecord,
                     content_fields=(("nomenclator_code", "code"), ("money", "amount")),
                     dataset="subsidies", extract=extract_subsidies)
