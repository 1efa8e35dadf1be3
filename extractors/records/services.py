"""Services tables (chapter I, sections A and B) → :class:`ServiceRecord` rows."""
from __future__ import annotations

import re
from decimal import Decimal

from typing import Mapping

from extractors.records.base import ServiceRecord, TotalRecord
from extractors.records.common import (code_from_name, is_total_label, money_total, money_warnings, not_applicable,
                                       total_row_cells)
from extractors.records.fields import cell, row_no as row_number
from extractors.understanding.spec import (ROW_NO_RULE, SERVICES_EXISTING, SERVICES_FAMILY, SERVICES_PROPOSED,
                                           FieldRule, TableKindSpec)
from extractors.understanding.units import column_unit, table_unit
from normalizers.cells import (read_capacity_cell, read_code_cell, read_money_cell, read_occupancy_cell,
                               split_provider)
from normalizers.content import COUNT, MONEY, TEXT
from normalizers.numbers import parse_count, unit_from_text
from normalizers.text import clean_text, fold_key

BUDGET_FIELDS = ("budget_local_lei", "budget_county_lei", "budget_state_lei", "budget_beneficiaries_lei",
                 "budget_other_lei")

# what recognises a services table: its header words (with their weight) …
SERVICES_HEADER_VOCAB = (
    ("grad de ocupare", 3), ("cod serviciu", 2), ("denumirea serviciului", 2), ("capacitate", 1.5),
    ("buget local", 1), ("contributii persoane beneficiare", 1), ("categorie beneficiari", 1.5),
    ("resurse umane necesare", 1.5), ("justificare", 1), ("serviciu social propus", 3), ("denumire serviciu", 2),
    ("nomenclatorului serviciilor", 1),
    # a list of services without a code column ('Serviciul social | Capacitate | Număr beneficiari'): the service
    # names the table's rows only beside a capacity or a budget; alone it heads a report's results table too
    ("serviciul social", 1),
    # … and so does the centre a directorate's statistics name the row by ('Denumirea centrului', 'Serviciul / centrul')
    ("denumirea centrului", 1), ("serviciul centrul", 1),
    # the template's other wordings of its code, occupancy and capacity columns
    ("codul serviciului", 2), ("cod nomenclator", 2), ("conform nomenclatorului", 2), ("gradul de ocupare", 3),
    ("nr locuri", 1.5), ("numar locuri", 1.5), ("numar de locuri", 1.5),
    # section B's proposed service as a report on the plan names it ('Serviciul social propus | … | Termen | Stadiu')
    ("serviciul social propus", 3),
    # the budgets by funding source of table A, in the other wordings ('Bugetul de stat', 'Contribuția
    # beneficiarilor'): one source says little, two or three beside each other say table A (a report's table of
    # services spent 'realizat' reads as a table of results by that word alone)
    ("bugetul local", 0.75), ("buget de stat", 0.75), ("bugetul de stat", 0.75), ("contributia beneficiarilor", 0.75),
    ("contributia persoanelor", 0.75), ("buget judetean", 0.75), ("bugetul judetean", 0.75))
# … and the headings of sections A and B
EXISTING_CONTEXT = ("servicii sociale existente", "serviciile sociale existente")
PROPOSED_CONTEXT = ("servicii sociale propuse", "propuse spre a fi infiintate", "propuse pentru a fi infiintate",
                    "propuse a fi infiintate")
# section B under any wording: a title naming services with a word of the template's 'new / proposed / to be
# founded / planned' vocabulary ('Înființarea de noi servicii sociale', 'Servicii sociale noi, propuse spre
# înființare', 'Serviciile sociale ce urmează a fi înființate') — and not the existing ones, nor chapter I of the
# template ('Administrarea, înființarea și finanțarea serviciilor sociale'), which covers sections A to D
_NEW = r"(?:noi|nou|noua|propus\w*|propun\w*|infiint\w*|planificat\w*|preconizat\w*|viitoare)"
# section A under the wording of a council's or directorate's annex: a title that opens with the list of the
# social services ('LISTA serviciilor sociale din structura D.A.S. …', 'Lista serviciilor sociale furnizate de …'),
# not of new ones
EXISTING_TITLES = (r"^(?!.*\b" + _NEW + r"\b)lista\b.{0,20}\bservici\w*\s+sociale\b",)
PROPOSED_TITLES = (r"^(?!.*\b(?:existent|administr)).*(?:\bservici\w*\b.{0,60}\b" + _NEW + r"\b|\b" + _NEW + r"\b.{0,40}\bservici)",)

# what one beneficiary costs or owes ('Cost mediu lunar/beneficiar (lei)', 'Costul mediu lunar de întreținere',
# 'Contribuția lunară a beneficiarului (lei/lună)', 'Standard minim de cost (lei/an/beneficiar)'): an amount per
# head, none of the service's budget by source (the beneficiaries' contributions as the service's income are
# ``budget_beneficiaries_lei``); its column maps to ``unit_cost``, which no contract field holds
PER_BENEFICIARY = ("lei beneficiar", "lei luna", "per beneficiar", "pe beneficiar", "beneficiar luna",
                   "lei persoana", "per persoana", "pe persoana", "cost mediu", "costul mediu", "cost lunar",
                   "costul lunar", "datorata de beneficiar", "datorata de persoana",
                   # the yearly minimum cost standards per beneficiary (HG 978/2015: 'lei/an/beneficiar')
                   "an beneficiar", "beneficiar an", "standard minim de cost", "standardul minim de cost",
                   "standardele minime de cost")
# … and a monthly contribution standing alone ('Contribuție lunară (lei)') or of one beneficiary ('… a
# beneficiarului', '… datorată de beneficiar'); under the budget's sources ('Bugetul estimat pe surse de finanțare /
# Contribuție lunară beneficiari') or named for the beneficiaries in the plural ('Bugetul local | Contribuție lunară
# beneficiari | Alte surse') the contributions are the service's income from them, a source of its budget (two
# fields, so that a table printing both the cost and the contribution per head has both columns taken)
UNIT_COST_RULE = FieldRule("unit_cost", PER_BENEFICIARY, exclude=("surse", "finantare"))
UNIT_CONTRIBUTION_RULE = FieldRule("unit_contribution", ("contributia lunara", "contributie lunara",
                                                         "contributii lunare", "contributiei lunare"),
                                   exclude=("surse", "finantare", "beneficiari"))

SERVICE_RULES = (
    ROW_NO_RULE,
    FieldRule("code", ("cod serviciu", "codul serviciului", "cod nomenclator", "conform nomenclatorului", "cod ",
                       "cod"), exclude=("cpv",)),
    FieldRule("service_name", ("denumirea serviciului", "denumire serviciu", "serviciul social", "denumirea",
                               "denumire", "serviciul propus", "serviciu propus",
                               # a services table of a budget or its execution names its rows by the centre
                               # ('Centrul / serviciul', 'Centrul')
                               "centrul"), exclude=("furnizor", "actului")),
    # … also as the providing body's adjective ('Instituția / organizația furnizoare')
    FieldRule("provider", ("furnizor", "furnizorul", "furnizoare", "prestator",
                           # … and as the body running the service ('Entitatea care administrează', 'Administrator')
                           "care administreaza", "administrator"),
              # the provider's accreditation certificate or licence ('Certificat acreditare furnizor') is no name
              exclude=("certificat", "acreditare", "licenta")),
    # 'Capacitate / Categoriile de beneficiari' is the template's composite capacity cell ('30 locuri / Vârstnici')
    FieldRule("beneficiary_category", ("categorie beneficiari", "categoria de beneficiari", "categorii beneficiari",
                                       "categoriile de beneficiari", "categorii de beneficiari"),
              exclude=("capacitate",)),
    # 'Număr maxim de beneficiari': how many the service can take, i.e. its capacity
    FieldRule("capacity", ("capacitate", "nr beneficiari zi", "nr benef zi", "nr locuri", "numar locuri",
                           "numar de locuri", "numar maxim", "nr maxim"),
              exclude=("cladire", "spatiu", "mp ")),
    FieldRule("occupancy", ("grad de ocupare", "grad ocupare", "gradul de ocupare",
                            # … averaged over the period a report covers ('Grad mediu de ocupare (%)')
                            "grad mediu de ocupare", "gradul mediu de ocupare")),
    # beneficiaries counted in a column of their own ('Nr. beneficiari'), when no occupancy column gives them
    FieldRule("beneficiaries", ("nr beneficiari", "numar beneficiari", "numar de beneficiari", "nr de beneficiari",
                                "beneficiari actuali", "persoane beneficiare", "persoanelor beneficiare",
                                "beneficiari asistati", "persoane asistate", "beneficiari deserviti",
                                # a children's or residential service counts the children or persons it holds
                                # at a date ('Nr. copii la 31.12.2024', 'Copii prezenți', 'Persoane găzduite',
                                # 'Beneficiari existenți')
                                "nr copii", "numar copii", "numar de copii", "copii prezenti", "persoane gazduite",
                                "beneficiari existenti"),
              exclude=("categor", "contributi", "benef zi", "beneficiari zi", "maxim") + PER_BENEFICIARY),
    # … and by the bare noun over counts (a report's 'Beneficiari (realizat)'); over a list of groups ('Persoane
    # vârstnice', a proposed service's 'Beneficiari') or money (a contribution's header broken by a PDF) it is none
    FieldRule("beneficiaries", ("beneficiari",), exclude=("categor", "contributi", "benef zi", "beneficiari zi",
                                                          "maxim") + PER_BENEFICIARY, content=(COUNT,)),
    # the local council's budget, also written out ('Bugetul Consiliului Local')
    FieldRule("budget_local_lei", ("buget local", "bugetul local", "bugetul consiliului local",
                                   "consiliului local", "consiliul local",
                                   # a county service's share paid by the towns and communes ('Bugetele locale ale
                                   # UAT', 'Contribuția consiliilor locale')
                                   "bugetele locale", "bugete locale", "consiliilor locale"), exclude=PER_BENEFICIARY),
    # "Fonduri proprii": the authority's own funds; see _own_funds for the field it goes to (the county's own
    # revenue, 'Venituri proprii ale bugetului județean', is the county budget)
    FieldRule("budget_own", ("fonduri proprii", "surse proprii", "venituri proprii"), exclude=("judet",)),
    # the county's budget, also as the county council's ('Buget CJ', 'Bugetul Consiliului Județean') or in the
    # genitive ('… ale bugetului județean', 'Buget propriu al județului')
    FieldRule("budget_county_lei", ("buget judetean", "bugetul judetean", "buget judet", "bugetul judetului",
                                    "bugetul propriu al judetului", "buget propriu al judetului",
                                    "bugetului judetean", "bugetului judetului", "buget cj", "bugetul cj",
                                    "consiliul judetean", "consiliului judetean"),
              exclude=("local",) + PER_BENEFICIARY),
    # the state budget, also as the shares of its revenue allotted to local budgets ('Sume defalcate din TVA',
    # 'sume defalcate din unele venituri ale bugetului de stat', Law 273/2006)
    FieldRule("budget_state_lei", ("buget de stat", "bugetul de stat", "buget stat", "sume defalcate"),
              exclude=PER_BENEFICIARY),
    # 'Contribuții persoane beneficiare', 'Contribuția persoanelor beneficiare', 'Contribuții ale beneficiarilor'
    FieldRule("budget_beneficiaries_lei", ("contributii persoane beneficiare", "contr pers beneficiare",
                                           "contributia beneficiarilor", "contributia persoanelor", "contributi"),
              exclude=PER_BENEFICIARY),
    # any source beyond the four the template names: external or European funds, donations, sponsorships
    FieldRule("budget_other_lei", ("alte surse", "alte surse de finantare", "fonduri externe", "fonduri europene",
                                   "fonduri nerambursabile", "donatii", "sponsorizari",
                                   # the European programmes by name ('Buget local + POIDS', 'PNRR, buget local')
                                   "poids", "pnrr", "programul operational", "programul regional"),
              exclude=PER_BENEFICIARY),
    # one budget column that names no source ('Buget estimat 2025', 'Valoare estimată (lei)', 'Cost estimat'): the
    # source is the row's (a 'Sursa de finanțare' column) or the header's, else it is stated nowhere
    # (see :func:`_unsourced_budget`); a sub-column of 'Bugetele … pe surse de finanțare' is a source of its own
    FieldRule("budget_unsourced", ("buget estimat", "bugetul estimat", "valoare estimata", "valoarea estimata",
                                   "cost estimat", "costul estimat", "cost anual", "costul anual", "costuri estimate",
                                   "buget anual", "cheltuieli anuale", "cheltuielile anuale"),
              exclude=("surse",) + PER_BENEFICIARY),
    UNIT_COST_RULE,
    UNIT_CONTRIBUTION_RULE,
    # … but a header that names the source itself ('Sursa de finanțare: buget local') is that source's column
    FieldRule("funding_source", ("sursa de finantare", "sursa fondurilor", "sursa finantarii", "sursa"),
              exclude=("resurs", "surse", "buget", "fonduri proprii", "contributi", "alte surse", "consiliul")),
    # … and a bare 'Finanțare' over sources in words ('buget local', 'fonduri proprii, sponsorizări'); not the
    # 'Necesar de finanțare estimat' over amounts by year
    FieldRule("funding_source", ("finantare",), exclude=("surse", "buget", "necesar", "estimat", "cost", "valoare"),
              content=(TEXT,)),
    # a column adding up the sources of each row ('Total', 'Total buget', 'TOTAL (mii lei)'): no source of its own;
    # on a TOTAL row it states the table's whole budget
    FieldRule("budget_sum", ("total buget", "buget total", "total"),
              exclude=("benef", "locuri", "capacit", "persoan", "numar", "nr ", "personal", "posturi", "ocupare")),
    # … and the plural 'Surse de finanțare' over sources in words ('buget județean', 'PNRR – Componenta 13'): the
    # row's sources; over amounts it is the group header of the budget columns, no field
    FieldRule("funding_source", ("surse de finantare", "sursele de finantare"),
              exclude=("buget", "estimat", "cost", "valoare"), content=(TEXT,)),
)

_CONTACT = re.compile(
    r"(?:,?\s*(?:tel(?:efon)?|fax|mobil)\.?\s*:?\s*[\d/ .\-]{6,}"
    r"|,?\s*e-?mail\s*:?\s*\S+@\S+|\S+@\S+\.\w+"
    r"|,?\s*(?:licen[țt][aă]|licenta)\s+(?:de\s+func[țt]ionare\s+)?(?:nr\.?\s*)?[\w/.\-]+)",
    re.I)


def strip_contact(text: str | None) -> str | None:
    """Name without phone numbers, e-mails and licence numbers (the raw cell keeps them)."""
    if not text:
        return text
    cleaned = clean_text(_CONTACT.sub("", text)).strip(" ,;-")
    return cleaned or None


# what may end a service's name before its address: a separator ('Centrul de zi X, str. Y nr. 3', 'Centrul X -
# Șos. Pantelimon nr. 301', a line break or an opened parenthesis). Without one the street word is part of the
# name ('Centrul de zi din str. Florilor' names the centre by its street) and the name is kept whole.
_NAME_ADDRESS_SEPARATOR = re.compile(r"(?:[,;(]|\s[" + re.escape("-‐‑‒–—") + r"])\s*$")


def name_without_address(text: str | None) -> tuple[str | None, list[str]]:
    """A service-name cell without the street address, phone or e-mail printed after it, read with the address
    detection of :func:`normalizers.cells.split_provider`; the cell as printed stays the caller's raw.

    The cut is made only where a separator (',', ';', '(', a spaced dash, a line break) precedes the address,
    with warning ``address_split``; licence numbers and phone numbers left inside are removed by
    :func:`strip_contact`."""
    if not text:
        return text, []
    split = split_provider(text)
    if split.name is None or split.contacts_raw is None:
        return strip_contact(text), []
    flat = clean_text(text.replace("\n", " ; "))
    at = flat.find(split.contacts_raw.split(";")[0].strip())
    if at <= 0 or not _NAME_ADDRESS_SEPARATOR.search(flat[:at]):
        return strip_contact(text), []
    warnings = ["address_split"]
    return strip_contact(split.name), warnings


def _own_funds(mapping: Mapping[str, int]) -> dict[str, int]:
    """A 'Fonduri proprii' column is the local budget when the table has no local-budget column (the authority's
    own funds are its budget); next to a 'Buget local' column it is another source."""
    mapping = dict(mapping)
    col = mapping.pop("budget_own", None)
    if col is not None:
        for fld in ("budget_local_lei", "budget_other_lei"):
            if fld not in mapping:
                mapping[fld] = col
                break
    return mapping


# a count of places in a service's name cell, with what sets it off ('…, 45 locuri', '… (57 locuri)', '– 20 paturi')
_PLACES_IN_NAME = re.compile(r"\s*(?:[,;]|\s[-–—])?\s*\(?(?<![\d.,/])(\d{1,4})\s+(?:de\s+)?(?:locuri|paturi)\b\)?")


def _places_in_name(name_raw: str | None) -> tuple[tuple[int, str] | None, str | None]:
    """((capacity, as printed), the name without it) when the name cell states one count of places and the table
    has no column of them; else (None, the name as it was)."""
    found = list(_PLACES_IN_NAME.finditer(name_raw or ""))
    if len(found) != 1:
        return None, name_raw
    m = found[0]
    rest = clean_text(name_raw[:m.start()] + " " + name_raw[m.end():]).strip(" ,;")
    return (int(m.group(1)), m.group(0).strip(" ,;()–—-")), rest or None


# 'Capacitate / Nr. beneficiari', 'Nr. locuri / beneficiari': one column, '30 / 28' in each cell
_PAIR_HEADER = re.compile(r"\b(?:capacitat\w*|locuri)\b.*\bbeneficiar\w*")
_PLACES_AND_BENEFICIARIES = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})*)\s*(?:locuri)?\s*/\s*(\d{1,3}(?:\.\d{3})*)\s*"
                                       r"(?:beneficiari)?\s*$")


def extract_services(rt) -> tuple[list[ServiceRecord], list[TotalRecord]]:
    """Records of one understood services table (:class:`extractors.understanding.TableUnderstanding`)."""
    section = "proposed" if rt.kind == SERVICES_PROPOSED else "existing"
    columns, mapping, row_no_col, rows = rt.mapping.labels, rt.mapping.fields, rt.mapping.row_no_col, rt.rows
    default_unit = table_unit(rt) or "lei"
    col_units = {f: column_unit(rt, columns[mapping[f]]) for f in BUDGET_FIELDS + ("budget_unsourced", "budget_sum")
                 if f in mapping}
    unsourced_header = columns[mapping["budget_unsourced"]] if "budget_unsourced" in mapping else ""
    unsourced_unit = col_units.get("budget_unsourced") or default_unit
    # a heading names the rows' group only over a part of a table split by group (a table alone under a heading
    # is under a chapter's or a section's title, which no group row of it would be)
    heading_category = category_heading(rt.context) if rt.split_part else None
    occupancy_in_pct = "occupancy" in mapping and bool(re.search(r"%|procent", columns[mapping["occupancy"]], re.I))
    # a column headed by both the places and the beneficiaries, holding both in each cell
    pair_field = next((f for f in ("capacity", "beneficiaries")
                       if f in mapping and _PAIR_HEADER.search(fold_key(columns[mapping[f]]))), None)
    records: list[ServiceRecord] = []
    totals: list[TotalRecord] = []
    for row in rows:
        row_no = row_number(row.cells, row_no_col)
        name_raw = cell(row.cells, mapping, "service_name")
        first_text = next((c for c in row.cells if c.strip()), "")
        if is_total_label(first_text) or is_total_label(name_raw):  # 'TOTAL', 'Subtotal …', 'Total servicii …
            totals.extend(_total_rows(row, mapping, col_units, default_unit, rt))
            continue
        code_raw = cell(row.cells, mapping, "code")
        rec = ServiceRecord(section=section, page=row.page, line=row.line, table_seq=rt.seq, row_no_raw=row_no,
                            category=row.category, warnings=list(row.warnings))
        if not code_raw:
            code_raw, name_raw = code_from_name(name_raw)
            if code_raw:
                rec.warnings.append("code_found_in_name")
        if not name_raw and not code_raw:
            continue
        if _not_provided(row.cells, {mapping.get("service_name"), row_no_col}):
            continue  # '3. | Servicii de cazare … | - | nu este cazul': listed by the template, not provided
        # 'Denumire furnizor … și date de contact': the name; the contacts stay in the printed cell
        provider = split_provider(cell(row.cells, mapping, "provider"))
        rec.provider = strip_contact(provider.name)
        rec.warnings.extend(provider.warnings)
        places_in_name = None
        if "capacity" not in mapping:  # no column of places: 'Cantina socială, str. X nr. 9 (130 locuri)'
            places_in_name, name_raw = _places_in_name(name_raw)
        rec.service_name, name_warnings = name_without_address(name_raw)
        if rec.category is None and rec.service_name and "service_name" in mapping:
            # the group a sub-heading over the table names; not given to rows read without a name (a table the
            # reader broke, a service sheet's label | value rows), whose heading may name one service instead
            rec.category = heading_category
        rec.warnings.extend(name_warnings)
        rec.code_raw = code_raw
        code = read_code_cell(code_raw).code  # two codes in one cell: the nomenclator one, ``multiple_codes``
        rec.service_code, rec.code_status = code.service_code, code.code_status
        rec.caen, rec.setting, rec.beneficiary_group = code.caen, code.setting, code.beneficiary_group
        rec.warnings.extend(code.warnings)
        # 'Capacitate / Categoriile de beneficiari': the places; the category has no field of its own in the
        # contract and stays in capacity_raw; two counts ('30 locuri + 20 ambulatoriu') → none, ``ambiguous_count``
        cap_raw = cell(row.cells, mapping, "capacity")
        rec.capacity_raw = cap_raw
        capacity = read_capacity_cell(cap_raw)
        rec.capacity = capacity.capacity
        rec.warnings.extend(capacity.warnings)
        if places_in_name is not None:
            rec.capacity, rec.capacity_raw = places_in_name
            rec.warnings.append("capacity_found_in_name")
        # 'Grad de ocupare (%) / Număr cereri în așteptare': the waiting list has no field either (occupancy_raw)
        occ_raw = cell(row.cells, mapping, "occupancy")
        rec.occupancy_raw = occ_raw
        occ = read_occupancy_cell(occ_raw, header_pct=occupancy_in_pct)
        rec.beneficiaries, rec.occupancy_pct = occ.beneficiaries, occ.occupancy_pct
        rec.warnings.extend(occ.warnings)
        if rec.beneficiaries is None and "beneficiaries" in mapping:
            rec.beneficiaries = parse_count(cell(row.cells, mapping, "beneficiaries"))
        pair = _PLACES_AND_BENEFICIARIES.match(cell(row.cells, mapping, pair_field) or "") if pair_field else None
        if pair:  # 'Capacitate / Nr. beneficiari' over '30 / 28': the places, then the beneficiaries
            if rec.capacity is None or pair_field == "capacity":
                rec.capacity, rec.capacity_raw = parse_count(pair.group(1)), cell(row.cells, mapping, pair_field)
            if rec.beneficiaries is None or pair_field == "beneficiaries":
                rec.beneficiaries = parse_count(pair.group(2))
        if section == "proposed" and rec.capacity is None and rec.beneficiaries is not None:
            # a service not founded yet serves nobody: the beneficiaries it counts are those it is planned to
            # take ('Nr. beneficiari estimat', '39 beneficiari/zi'), its capacity
            rec.capacity, rec.beneficiaries = rec.beneficiaries, None
            rec.capacity_raw = rec.capacity_raw or cell(row.cells, mapping, "beneficiaries") or occ_raw
            rec.warnings.append("planned_beneficiaries_as_capacity")
        raw_parts = []
        total = Decimal(0)
        any_amount = False
        for fld in BUDGET_FIELDS:
            if fld not in mapping:
                continue
            text = cell(row.cells, mapping, fld)
            raw_parts.append(text or "")
            money = read_money_cell(text, col_units.get(fld) or default_unit)
            setattr(rec, fld, money.amount_lei)
            rec.warnings.extend(w for w in money_warnings(money) if w != "amount_not_numeric" or _looks_numeric(text))
            if money.amount_lei is not None:
                total += money.amount_lei
                any_amount = True
        if "budget_unsourced" in mapping:
            text = cell(row.cells, mapping, "budget_unsourced")
            raw_parts.append(text or "")
            money = read_money_cell(text, unsourced_unit)
            rec.warnings.extend(w for w in money_warnings(money) if w != "amount_not_numeric" or _looks_numeric(text))
            if money.amount_lei is not None:
                fld, mixed = _unsourced_field(unsourced_header, cell(row.cells, mapping, "funding_source"))
                if fld is not None and getattr(rec, fld) is None:
                    setattr(rec, fld, money.amount_lei)
                elif mixed:
                    rec.warnings.append("budget_sources_mixed")
                elif fld is None:
                    rec.warnings.append("budget_source_not_stated")
                total += money.amount_lei
                any_amount = True
        rec.budget_raw = " | ".join(raw_parts) if any(raw_parts) else None
        rec.budget_total_lei = total if any_amount else None
        rec.warnings = sorted(set(rec.warnings))
        rec.confidence = _confidence(rec)
        records.append(rec)
    return records, totals


# the template's beneficiary groups (the nomenclator's): what a sub-heading over a services table names
_GROUP_WORDS = re.compile(r"\b(?:copi\w*|varstnic\w*|dizabilit\w*|handicap\w*|famili\w*|adult\w*|vulnerabil\w*"
                          r"|excluziun\w*|victim\w*|adapost\w*|saraci\w*|dependent\w*|tiner\w*|vulnerabilitat\w*"
                          r"|risc|adicti\w*|agresor\w*|gravide|mame|refugiat\w*|migrant\w*"
                          # … or the setting the nomenclator sorts services by: 'Servicii sociale cu cazare', 'Centre
                          # de zi', 'Servicii de tip rezidențial', 'Servicii la domiciliu', 'Servicii acordate în
                          # comunitate' (not 'din comunitate', a section's title naming where all the services are)
                          r"|cazare|rezidential\w*|de zi|domiciliu|in comunitate)\b")
# the enumerator of a sub-heading: 'A.1.', 'B)', '2.', 'a)'
_ENUMERATOR = re.compile(r"^\s*(?:[A-Za-z](?:\.\d+)*[.)]|\d+(?:\.\d+)*[.)]?)\s+")
_MAX_SUB_HEADING = 100


def category_heading(context) -> str | None:
    """The beneficiary group a sub-heading right over the table names ('A.1. Servicii sociale pentru persoane
    vârstnice', 'B) Copii și familie'), when the services are split into one table per group: the category of the
    table's rows, as a group row over them would be. Only the nearest line counts (a unit note such as '- mii lei -'
    is passed over); a sentence, the section's own title (existing / proposed services) or a line naming no group
    is none."""
    for block in reversed(context[-3:]):
        text = clean_text(getattr(block, "text", "") or "")
        if not text:
            continue
        folded = fold_key(text)
        if unit_from_text(text) and not _GROUP_WORDS.search(folded):
            continue  # '- mii lei -', 'Sumele sunt exprimate în lei.': the unit of the table, no heading
        if (len(text) > _MAX_SUB_HEADING or text.rstrip().endswith((".", ":", ";"))
                or any(p in folded for p in EXISTING_CONTEXT + PROPOSED_CONTEXT)
                or re.search(r"\b(?:existent\w*|propus\w*|infiint\w*)\b", folded)
                or not _GROUP_WORDS.search(folded)):
            return None
        return _ENUMERATOR.sub("", text).strip() or None
    return None


# the rules that name one funding source each, read again on a source written in a cell or a header
_SOURCE_RULES = tuple(r for r in SERVICE_RULES if r.field in BUDGET_FIELDS)


_OWN_FUNDS = re.compile("|".join(next(r for r in SERVICE_RULES if r.field == "budget_own").phrases))


def named_sources(text: str | None) -> set[str]:
    """The budget fields a text names as funding sources ('buget local', 'Bugetul de stat', 'fonduri externe')."""
    key = fold_key(text or "")
    return {r.field for r in _SOURCE_RULES
            if any(p in key for p in r.phrases) and not any(x in key for x in r.exclude)}


def _unsourced_field(header: str, source_cell: str | None) -> tuple[str | None, bool]:
    """The field of an amount in a budget column that names no source: the source its row names (a 'Sursa de
    finanțare' cell; a source in words that is none of the template's four named sources — 'fonduri PNRR' — is its
    fifth, 'alte surse'), else the source its header names ('Cost anual estimat (buget local)'); else none. The
    flag says that two sources were named ('buget local și buget de stat'), which no one field holds."""
    if source_cell and not not_applicable(source_cell) and re.search(r"[^\W\d_]", source_cell):
        named = named_sources(source_cell)
        # the provider's own funds are a source of their own beside another ('fonduri proprii, sponsorizări')
        if len(named) + bool(_OWN_FUNDS.search(fold_key(source_cell))) > 1:
            return None, True
        return (named.pop() if named else "budget_other_lei"), False
    named = named_sources(header)
    if len(named) == 1:
        return named.pop(), False
    return None, bool(named)


def _not_provided(cells: list[str], name_cols: set[int | None]) -> bool:
    """A row whose every value beyond its name and number is empty, a dash or 'nu este cazul' — and at least one
    says so in words."""
    values = [c.strip() for i, c in enumerate(cells) if i not in name_cols and c.strip()]
    return any(not_applicable(v) for v in values) and all(not_applicable(v) or not v.strip("-–—. ") for v in values)


def _looks_numeric(text: str | None) -> bool:
    return bool(text and re.search(r"\d", text))


def _confidence(rec: ServiceRecord) -> float:
    score = 1.0
    if rec.code_status == "unknown":
        score -= 0.15
    if not rec.service_name:
        score -= 0.3
    penalties = {"row_joined": 0.1, "row_joined_across_page": 0.1, "ambiguous_amount": 0.2,
                 "foreign_currency": 0.2, "code_found_in_name": 0.05, "caen_mismatch": 0.1}
    score -= sum(p for w, p in penalties.items() if w in rec.warnings)
    return round(max(0.05, score), 2)


def _total_cells(cells: list[str], mapping: Mapping[str, int]) -> list[str]:
    """A TOTAL row printed short, its figures moved back under the budget columns (:func:`total_row_cells`)."""
    budget_cols = {mapping[f] for f in BUDGET_FIELDS + ("budget_unsourced", "budget_sum") if f in mapping}
    return total_row_cells(cells, budget_cols)


# a total row over the whole table ('TOTAL', 'TOTAL GENERAL'); a longer label ('Subtotal …', 'Total servicii pentru
# copii') closes one category, whose rows the recomputation cannot single out
_GRAND_TOTAL = re.compile(r"^\s*total(?:ul)?(?:\s+general)?\s*[:.]?\s*$", re.I)


# a column of rates, whose decimal figures look like money ('Grad de execuție (%)', 'Procent de realizare')
_RATE_HEADER = re.compile(r"\bprocent\w*|\bgrad(?:ul)? de\b|\bpct\b|%|\bindice")
# a column of counts ('Nr. personal', 'Număr posturi')
_COUNT_HEADER = re.compile(r"\b(?:nr|numar|numarul)\b")


def _total_rows(row, mapping, col_units, default_unit, rt) -> list[TotalRecord]:
    cells = _total_cells(row.cells, mapping)
    totals = [money_total(cell(cells, mapping, fld), col_units.get(fld) or default_unit,
                          scope=f"services {rt.kind} table {rt.seq}: TOTAL {fld}", dataset="services", field=fld,
                          table_seq=rt.seq, page=row.page, line=row.line) for fld in BUDGET_FIELDS if fld in mapping]
    if "budget_unsourced" in mapping:  # one budget column: its total is the rows' total budget
        totals.append(money_total(cell(cells, mapping, "budget_unsourced"), col_units.get("budget_unsourced")
                                  or default_unit, scope=f"services {rt.kind} table {rt.seq}: TOTAL budget",
                                  dataset="services", field="budget_total_lei", table_seq=rt.seq, page=row.page,
                                  line=row.line))
    if "budget_sum" in mapping:  # the total column of the TOTAL row: the table's whole budget
        totals.append(money_total(cell(cells, mapping, "budget_sum"), col_units.get("budget_sum") or default_unit,
                                  scope=f"services {rt.kind} table {rt.seq}: TOTAL budget", dataset="services",
                                  field="budget_total_lei", table_seq=rt.seq, page=row.page, line=row.line))
    # a money column no field takes (a budget by title, the amounts committed or paid of an execution report):
    # its figure in the total row is a stated total too, which no field's rows recompute. Its cells are money, or
    # figures under a money unit stated for the table or the column (thousands with a decimal read as counts)
    for ev in rt.mapping.evidence:
        header = fold_key(ev.label)
        unit = column_unit(rt, ev.label)
        money_column = ev.content_type == MONEY or (ev.content_type == COUNT and unit and not _COUNT_HEADER.search(header))
        if (ev.field is None and money_column and ev.col != rt.mapping.row_no_col and ev.col < len(cells)
                and not _RATE_HEADER.search(header)):
            money = read_money_cell(cells[ev.col], unit or default_unit)
            if money.amount_lei is not None:
                totals.append(TotalRecord(scope=f"services {rt.kind} table {rt.seq}: TOTAL {clean_text(ev.label)}",
                                          amount=money.amount_lei, unit="lei", raw=cells[ev.col], page=row.page,
                                          line=row.line))
    label = cell(cells, mapping, "service_name") or next((c for c in cells if c.strip()), "")
    grand = bool(_GRAND_TOTAL.match(label))
    # the places and beneficiaries a total row adds up ('Subtotal … | | 70 | 63')
    for fld, unit in (("capacity", "other"), ("beneficiaries", "beneficiaries")):
        raw = cell(cells, mapping, fld)
        count = parse_count(raw)
        if count is not None:
            totals.append(TotalRecord(scope=f"services {rt.kind} table {rt.seq}: {clean_text(label)} {fld}",
                                      amount=Decimal(count), unit=unit, raw=raw or "", page=row.page, line=row.line,
                                      source_dataset="services" if grand else None,
                                      source_table=rt.seq if grand else None, source_field=fld if grand else None))
    return [t for t in totals if t is not None]


def services_unit(rt) -> str | None:
    """The unit printed on a services table (its budget columns' first, then the whole header, then the cells) —
    the documents' currency_unit_main. A rate per head beside the budgets ('Cost mediu lunar/beneficiar (lei)' next
    to 'Buget local (mii lei)') is not the unit of the table's money."""
    columns, mapping = rt.mapping.labels, rt.mapping.fields
    unit = next((u for u in (column_unit(rt, columns[mapping[f]]) for f in BUDGET_FIELDS + ("budget_unsourced",)
                             if f in mapping) if u), None)
    if unit:
        return unit
    unit = table_unit(rt)
    if unit:
        return unit
    for row in rt.body:
        for text in row:
            u = unit_from_text(text)
            if u:
                return u
    return None


EXISTING_SPEC = TableKindSpec(
    kind=SERVICES_EXISTING, family=SERVICES_FAMILY, context=EXISTING_CONTEXT, title_patterns=EXISTING_TITLES,
    header_vocab=SERVICES_HEADER_VOCAB,
    rules=SERVICE_RULES, name_fields=("service_name",), key_field="code", record=ServiceRecord, dataset="services",
    extract=extract_services, fields_hook=_own_funds,
    content_fields=(("nomenclator_code", "code"), ("percentage", "occupancy"), ("count_of_places", "capacity")))
PROPOSED_SPEC = TableKindSpec(
    kind=SERVICES_PROPOSED, family=SERVICES_FAMILY, context=PROPOSED_CONTEXT, title_patterns=PROPOSED_TITLES,
    header_vocab=SERVICES_HEADER_VOCAB,
    rules=SERVICE_RULES, name_fields=("service_name",), key_field="code", record=ServiceRecord, dataset="services",
    extract=extract_services, fields_hook=_own_funds,
    content_fields=(("nomenclator_code", "code"), ("percentage", "occupancy"), ("count_of_places", "capacity")))
