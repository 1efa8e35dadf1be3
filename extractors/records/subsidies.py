"""Subsidy programme for associations and foundations, Law 34/1998 (chapter I, section D) → :class:`SubsidyRecord`.

The template's table lists the social-assistance units eligible for subsidies, their place in the
nomenclator (code, often followed by the nomenclator's wording) and the estimated amount. A TOTAL row becomes a
stated total of ``amount_lei``; the programme's budget stated in a sentence is read by :mod:`.totals`.
"""
from __future__ import annotations

from decimal import Decimal

from extractors.records.base import SubsidyRecord, TotalRecord
from extractors.records.common import (code_from_name, first_filled, is_total_label, money_total, money_warnings,
                                       not_applicable, row_text, tidy_name)
from extractors.records.fields import cell, row_no, table_unit
from extractors.understanding.spec import ROW_NO_RULE, SUBSIDIES, FieldRule, TableKindSpec
from normalizers.codes import find_service_code, find_service_codes, normalize_service_code
from normalizers.cells import read_code_cell, read_money_cell
from normalizers.content import COUNT
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
    unit = (unit_from_text(columns[mapping["amount"]]) if "amount" in mapping else None) or table_unit(rt) or "lei"
    records: list[SubsidyRecord] = []
    totals: list[TotalRecord] = []
    for row in rows:
        if not_applicable(row_text(row.cells)):
            continue
        name = cell(row.cells, mapping, "unit_name") or cell(row.cells, mapping, "association")
        amount_text = cell(row.cells, mapping, "amount")
        if is_total_label(first_filled(row.cells)) or is_total_label(name):
            total = money_total(amount_text, unit, scope=f"subsidies table {rt.seq}: TOTAL amount_lei",
                                dataset="subsidies", field="amount_lei", table_seq=rt.seq, page=row.page,
                                line=row.line)
            totals.extend([total] if total else [])
            people_raw = cell(row.cells, mapping, "beneficiaries")
            people = parse_count(people_raw)
            if people is not None:
                totals.append(TotalRecord(scope=f"subsidies table {rt.seq}: TOTAL beneficiaries", amount=Decimal(people),
                                          unit="beneficiaries", raw=people_raw or "", page=row.page, line=row.line))
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


SPEC = TableKindSpec(kind=SUBSIDIES, family=SUBSIDIES, header_vocab=HEADER_VOCAB,
                     # Law 34/1998 however it is cited ('Legea 34/1998', 'L. nr. 34/1998'), and the programme's titles
                     context=CONTEXT + (" 34 1998", "subventii acordate", "subventiilor acordate"),
                     rules=SUBSIDY_RULES, name_fields=("unit_name", "association"), key_field="code", record=SubsidyRecord,
                     content_fields=(("nomenclator_code", "code"), ("money", "amount")),
                     dataset="subsidies", extract=extract_subsidies)
