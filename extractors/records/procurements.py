"""Programme of contracting social services (chapter I, section C) → :class:`ProcurementRecord` rows.

The template's table (Ordinul 1086/2018, after the ANAP form of Ordinul 281/2016): object of the public
procurement contract / framework agreement, CPV code (with the nomenclator code of the service), estimated
value, funding source, procedure, estimated dates of initiation and award (``07.2022``), online/offline,
person responsible. A TOTAL row becomes a stated total of ``estimated_value_lei``.
"""
from __future__ import annotations

from extractors.records.base import ProcurementRecord, TotalRecord
from extractors.records.common import (first_filled, is_total_label, money_total, money_warnings, not_applicable,
                                       row_text, tidy_name)
from extractors.records.fields import cell, row_no
from extractors.understanding.spec import PROCUREMENT, ROW_NO_RULE, FieldRule, TableKindSpec
from extractors.understanding.units import column_unit
from normalizers.codes import find_service_code, find_service_codes, normalize_service_code
from normalizers.cpv import normalize_cpv
from normalizers.dates import parse_month_year
from normalizers.cells import read_code_cell, read_money_cell

# a column of CPV codes is the contracting programme's own, however it is headed ('Cod CPV', 'CPV')
HEADER_VOCAB = (("cod cpv", 4), ("cpv", 3), ("valoarea estimata", 2), ("procedura", 2), ("achizitie publica", 2),
                ("acordului cadru", 2), ("obiectul contractului", 2), ("sursa de finantare", 1),
                # the template's other wordings of the object and the value, and of a financing programme's
                ("obiectul achizitiei", 2), ("serviciul achizitionat", 2), ("serviciul contractat", 2),
                ("valoare estimata", 2), ("finantarii nerambursabile", 2), ("obiectul finantarii", 2))
CONTEXT = ("programul anual de contractare", "contractare a serviciilor sociale", "achizitii publice",
           "achizitii de servicii", "achizitia de servicii", "achizitionarea de servicii")

PROCUREMENT_RULES = (
    ROW_NO_RULE,
    # the object of the contract, or the service bought or financed ('Serviciul achiziționat', 'Serviciul social
    # finanțat', 'Denumirea serviciului contractat'), or the programme or project financed (Law 350/2005: the
    # organisation financed stands in a column of its own and is not the object)
    FieldRule("contract_object", ("obiectul contractului", "tipul si obiectul", "obiectul achizitiei",
                                  "denumirea contractului", "obiect contract", "denumire serviciu", "obiectul",
                                  "denumirea serviciului", "serviciul social", "serviciul achizitionat",
                                  "serviciul contractat", "serviciul finantat", "denumirea programului",
                                  "denumirea proiectului", "denumire proiect", "titlul proiectului",
                                  "proiectul finantat",
                                  # a grants programme's object: the kind of projects it finances
                                  "tipul proiectelor", "activitatilor finantate", "proiectelor finantate",
                                  "obiectivul programului", "obiectivul finantarii"),
              exclude=("cpv", "valoare", "data estimata", "procedur", "atribuir", "initier")),
    FieldRule("cpv", ("cod cpv", "codul cpv", "cpv")),
    FieldRule("service_code", ("cod serviciu", "codul serviciului", "nomenclator"), exclude=("cpv",)),
    # the estimated value, or the sum or funds allocated to a financed programme
    FieldRule("value", ("valoarea estimata", "valoare estimata", "valoarea", "valoare", "suma estimata",
                        "suma alocata", "fonduri alocate", "suma", "buget alocat", "buget estimat",
                        # a grants programme's amount ('Finanțare nerambursabilă (lei)'), not its source
                        "finantare nerambursabila", "finantarea nerambursabila"),
              exclude=("data estimata", "sursa", "surse")),
    # also the bare 'Sursa' of a short header
    # not the field a grants programme finances ('Aria de finanțare', 'Domeniul de finanțare')
    FieldRule("funding_source", ("sursa de finantare", "surse de finantare", "sursa finantare", "finantare",
                                 "sursa fondurilor", "sursa"), exclude=("resurs", "aria de", "domeniu")),
    # how a grants programme picks its projects ('Modalitatea de selecție': selecție publică de proiecte) too
    FieldRule("procedure", ("procedura stabilita", "procedura de atribuire", "procedura", "modalitatea de atribuire",
                            "modalitatea de selectie", "procedura de selectie"),
              exclude=("data estimata", "modalitatea de derulare", "persoana", "initierea", "atribuirea contractului")),
    FieldRule("start", ("initierea procedurii", "data estimata pentru initierea", "initiere", "data de incepere",
                        "data inceperii")),
    FieldRule("end", ("atribuirea contractului", "data estimata pentru atribuirea", "atribuire", "data finalizarii",
                      "data de finalizare")),
    FieldRule("mode", ("modalitatea de derulare", "online offline")),
    FieldRule("responsible", ("persoana responsabila", "responsabil")),
)


def extract_procurements(rt) -> tuple[list[ProcurementRecord], list[TotalRecord]]:
    """Records of one understood contracting table (:class:`extractors.understanding.TableUnderstanding`)."""
    columns, mapping, row_no_col, rows = rt.mapping.labels, rt.mapping.fields, rt.mapping.row_no_col, rt.rows
    value_unit = column_unit(rt, columns[mapping["value"]] if "value" in mapping else None) or "lei"
    records: list[ProcurementRecord] = []
    totals: list[TotalRecord] = []
    for row in rows:
        if not_applicable(row_text(row.cells)):
            continue
        obj = cell(row.cells, mapping, "contract_object")
        value_text = cell(row.cells, mapping, "value")
        if is_total_label(first_filled(row.cells)) or is_total_label(obj):
            total = money_total(value_text, value_unit, scope=f"procurements table {rt.seq}: TOTAL estimated_value_lei",
                                dataset="procurements", field="estimated_value_lei", table_seq=rt.seq,
                                page=row.page, line=row.line)
            totals.extend([total] if total else [])
            continue
        cpv_raw = cell(row.cells, mapping, "cpv")
        if not obj and not cpv_raw and not value_text:
            continue
        rec = ProcurementRecord(page=row.page, line=row.line, table_seq=rt.seq, warnings=list(row.warnings))
        rec.row_no_raw = row_no(row.cells, row_no_col)
        rec.contract_object = tidy_name(obj)
        cpv, cpv_warnings = normalize_cpv(cpv_raw)
        if cpv is None and obj:  # a CPV code written into the object cell
            cpv, cpv_warnings = normalize_cpv(obj)
        rec.cpv_code = cpv
        rec.warnings.extend(cpv_warnings)
        if cpv_raw and cpv is None:
            rec.warnings.append("cpv_unparsed")
        # the template asks for the nomenclator code next to the CPV code
        code_raw = cell(row.cells, mapping, "service_code")
        if not code_raw:
            for text in (cpv_raw, obj):
                found = find_service_code(text)
                if found:
                    code_raw = found[0]
                    break
        if code_raw and len(find_service_codes(code_raw)) > 1:
            code = read_code_cell(code_raw).code  # two codes: the complete nomenclator one, ``multiple_codes``
            rec.service_code = code.service_code
            rec.warnings.extend(code.warnings)
        elif code_raw:
            code = normalize_service_code(code_raw)
            rec.service_code = code.service_code
            rec.warnings.extend(code.warnings)
        rec.value_raw = value_text
        # 'bugetat … cu suma de 559.507,77 lei', '700.000,00 lei/an/30 beneficiari': the amount, not its qualifiers
        money = read_money_cell(value_text, value_unit)
        rec.estimated_value_lei = money.amount_lei
        rec.warnings.extend(money_warnings(money))
        rec.funding_source = tidy_name(cell(row.cells, mapping, "funding_source"))
        rec.procedure = tidy_name(cell(row.cells, mapping, "procedure"))
        rec.start_raw = cell(row.cells, mapping, "start")
        rec.award_raw = cell(row.cells, mapping, "end")
        for raw, fld in ((rec.start_raw, "start_month"), (rec.award_raw, "award_month")):
            ym = parse_month_year(raw)
            if ym:
                setattr(rec, fld, f"{ym[0]:04d}-{ym[1]:02d}")
            elif raw and any(ch.isdigit() for ch in raw):
                rec.warnings.append(f"{fld}_unparsed")
        rec.warnings = sorted(set(rec.warnings))
        records.append(rec)
    return records, totals


SPEC = TableKindSpec(kind=PROCUREMENT, family=PROCUREMENT, header_vocab=HEADER_VOCAB,
                     # the programme under its other names: the laws it cites (public procurement, Law 98/2016;
                     # non-refundable financing of NGOs' services, Law 350/2005) and its chapter titles
                     context=CONTEXT + (" 98 2016", " 350 2005", "finantari nerambursabile", "finantare nerambursabila",
                                        "finantarea nerambursabila", "finantarilor nerambursabile", "contractarea serviciilor sociale",
                                        "servicii sociale contractate", "achizitionarea serviciilor sociale"),
                     rules=PROCUREMENT_RULES, name_fields=("contract_object",), key_field="cpv",
                     content_fields=(("cpv_code", "cpv"), ("nomenclator_code", "service_code"), ("money", "value")),
                     record=ProcurementRecord, dataset="procurements", extract=extract_procurements)
