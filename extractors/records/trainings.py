"""Staff training programme (chapter III) → :class:`TrainingRecord` rows.

The template lists a. improvement courses (perfecționare), b. qualification courses (calificare), c. training
sessions (instruire) for c.1. staff of the centres, c.2. personal assistants …, d. peer-review meetings: one
small table per sub-heading (staff category / trade / topic, number of persons, estimated budget). The kind
of training is the sub-heading's (the section tracker's ``training_kind`` at the table). Sub-sections written as a list
("c.1. asistenți personali;") with no table of their own give one row per item (:func:`extract_listed_trainings`).

TOTAL rows become stated totals of ``budget_lei`` (and ``persons``); a second TOTAL row in the same table is
a grand total over every training row of the document.
"""
from __future__ import annotations

import re
from decimal import Decimal


from extractors.model import Block, Heading, ListItem, Table
from extractors.records.base import TotalRecord, TrainingRecord
from extractors.records.common import (NUMBERED_ITEM, first_filled, is_total_label, money_total, money_warnings,
                                       not_applicable, row_text, split_item_prefix, tidy_name)
from extractors.records.fields import cell, row_no as row_number
from extractors.tables import PATH_SEP
from extractors.understanding.columns import BY_FALLBACK, BY_HEADER
from extractors.understanding.sections import block_text, training_kind_of
from extractors.understanding.spec import NAME_FALLBACK_FREE, ROW_NO_RULE, TRAININGS, FieldRule, TableKindSpec
from extractors.understanding.units import column_unit
from normalizers.cells import read_money_cell
from normalizers.content import COUNT, DATE, MONEY, PERCENTAGE, STAFF_CATEGORY, content_type
from normalizers.numbers import parse_count
from normalizers.text import clean_text, fold_key

# a bare head count ('Nr. persoane') heads the count columns of any report table (the persons who chose an
# indemnity, by category of beneficiaries): it weighs for a trainings table only beside other evidence
HEADER_VOCAB = (("categoria de personal", 3), ("categorii de personal", 3), ("nr de persoane", 1),
                ("nr persoane", 1), ("buget estimat", 1), ("meseria", 2), ("tipuri de personal", 3),
                ("teme de interes", 3), ("personalul de specialitate", 2), ("categoria profesionala", 3),
                ("categorii profesionale", 3), ("forma de pregatire", 2), ("tipul formarii", 2),
                ("numar participanti", 2), ("nr participanti", 2), ("numar de persoane", 1), ("nr angajati", 2),
                ("numar angajati", 2), ("numar de participanti", 2), ("nr de participanti", 2),
                # a plan of courses: the course's name, how it is held, who runs it
                ("denumirea cursului", 2), ("modalitatea de formare", 2), ("furnizorul de formare", 2),
                ("programul de formare", 2), ("personalul vizat", 1),
                # the sessions of training held ('Tema instruirii | Durata (ore) | Nr. asistenți personali instruiți
                # | Formator'): the staff trained counted under a header naming them, who trained them
                ("tema instruirii", 3), ("tematica instruirii", 3), ("instruiti", 2), ("participanti", 1),
                ("formator", 1),
                # a course table names the course, whom it trains and its credits whatever its money column ('Valoare
                # estimată | Sursa de finanțare' are the contracting programme's words too)
                ("programului de formare", 2), ("tematica", 2), ("grupul tinta", 1.5), ("grup tinta", 1.5),
                ("tipul programului", 1),
                # the professional credits a course earns ('Nr. credite', 'Credite CNASR'), not a budget's credits
                # ('Credite aprobate | Plăți efectuate' of a budget's execution)
                ("nr credite", 1), ("numar credite", 1), ("numar de credite", 1), ("credite cnasr", 1),
                ("credite profesionale", 1), ("credite de formare", 1))
CONTEXT = ("cursuri de perfectionare", "cursuri de calificare", "sesiuni de instruire", "peer review",
           "formare profesionala", "formarea profesionala", "formarea personalului", "programul de formare",
           "perfectionarea personalului", "formarea continua", "formare continua", "pregatirea profesionala",
           "pregatire profesionala",
           # 'Planul de formare a personalului', 'Formare a personalului de specialitate'
           "planul de formare", "formare a personalului",
           # a directorate's own plan or report of staff training ('Plan de perfecționare profesională – 2026',
           # 'Raport privind activitatea de formare profesională …')
           "perfectionare profesionala", "activitatea de formare", "actiuni de formare", "actiunile de formare",
           "activitatilor de formare")

# the columns only a table of courses has, whatever its money columns say (folded, whole words): the course's name
# or theme, its participants or the staff trained
_COURSE_COLUMNS = re.compile(r"\b(?:tema|tematica|denumirea cursului|denumire curs|programul(?:ui)? de formare|"
                             r"participanti|instruiti)\b")


def names_courses(header: str) -> bool:
    """A (folded) table header names courses: a table of courses, not the contracting programme, though it has a
    'Valoare estimată' or 'Sursa de finanțare' column."""
    return _COURSE_COLUMNS.search(header) is not None


# a head count planned, and one realised (a report on the training beside its plan): the stems a header is
# excluded on, and the whole words a header of counts names them by
_PLANNED = ("planificat", "prevazut", "propus")
_PLANNED_WORDS = ("planificat", "planificati", "planificate", "prevazut", "prevazuti", "prevazute", "propus",
                  "propusi", "prevazut in plan")
_REALISED_WORDS = ("realizat", "realizati", "realizate", "instruiti", "instruite", "absolventi", "absolvit",
                   "au absolvit", "au participat", "efectiv", "efectivi")
_MONEY_WORDS = ("cost", "buget", "cheltuiel", "valoare", "lei", "suma", "sume")

TRAINING_RULES = (
    ROW_NO_RULE,
    FieldRule("staff_category", ("categoria de personal", "categorii de personal", "categorie de personal",
                                 "categoria profesionala", "categorii profesionale", "categorie profesionala",
                                 "tipuri de personal", "tipul de personal", "personalul de specialitate",
                                 "meseria", "ocupatia", "teme de interes", "functia", "personal",
                                 "grupul tinta", "grup tinta"),
              # 'Tematica' is the course's subject beside the staff it trains, not who is trained
              # … nor the count of staff employed beside the trainees ('Personal existent', 'Nr. posturi ocupate')
              exclude=("nr de persoane", "nr persoane", "buget", "tematica", "existent", "posturi", "nr total")),
    # the head count, also as the employees or participants sent ('Nr. angajați', 'Număr de participanți'); in a
    # report beside the count planned, the count trained ('Număr de participanți / planificat | realizat')
    FieldRule("persons", ("nr de persoane", "nr persoane", "numar de persoane", "numar persoane", "nr participanti",
                          "numar participanti", "persoane", "nr de participanti", "numar de participanti",
                          "nr angajati", "numar angajati", "nr de angajati", "numar de angajati", "participanti"),
              exclude=_PLANNED + ("total angajati", "existent", "posturi")),  # the staff employed: no trainees
    FieldRule("persons", _REALISED_WORDS, exclude=_MONEY_WORDS + _PLANNED, content=(COUNT,)),
    # the count planned: the persons of a table that states no count trained beside it
    FieldRule("persons_planned", _PLANNED_WORDS, exclude=_MONEY_WORDS, content=(COUNT,)),
    # what the course is about ('Tema / denumirea programului de formare'): not who attends it
    FieldRule("topic", ("tema", "tematica", "denumirea cursului", "denumire curs", "denumirea programului",
                        "programul de formare", "tema cursului"),
              # 'Tipul programului de formare' holds the kind of each course, not its subject
              exclude=("tipul", "modalitatea", "forma de pregatire", "forma de organizare")),
    FieldRule("budget", ("buget estimat", "bugetul estimat", "buget", "cost estimat", "costuri", "cost", "valoare",
                         "cheltuieli")),  # a report's 'Cheltuieli efective (lei)'
)

_LIST_ITEM = re.compile(r"^\s*([a-hA-H])\s*\.\s*(\d{1,2})\s*[.)]?\s*(\S.*)$")


def _kind_from_header(columns: list[str]) -> str | None:
    header = fold_key(" ".join(columns))
    if "meseri" in header or "ocupati" in header:
        return "calificare"
    if "teme de interes" in header or "peer review" in header:
        return "other"
    return None


def extract_trainings(rt) -> tuple[list[TrainingRecord], list[TotalRecord]]:
    """Records of one understood trainings table (:class:`extractors.understanding.TableUnderstanding`); an
    unlabelled first column holds the staff category ('' | Nr. de persoane | Buget estimat): the spec's name
    fallback."""
    columns, row_no_col, rows = rt.mapping.labels, rt.mapping.row_no_col, rt.rows
    mapping, heading_staff = _staff_source(rt)
    kind = rt.section.training_kind or _kind_from_header(columns) or "other"
    budget_unit = column_unit(rt, columns[mapping["budget"]] if "budget" in mapping else None) or "lei"
    records: list[TrainingRecord] = []
    totals: list[TotalRecord] = []
    n_total_rows = 0
    kind_cols = _kind_columns(columns, mapping, rows)
    row_kind_col = None if kind_cols else _row_kind_column(rows, mapping, row_no_col, columns)
    for row in rows:
        staff = cell(row.cells, mapping, "staff_category")
        if is_total_label(first_filled(row.cells)) or is_total_label(staff):
            n_total_rows += 1
            totals.extend(_total_records(rt, row, mapping, budget_unit, kind, grand=n_total_rows > 1))
            continue
        if not_applicable(row_text(row.cells)) and not parse_count(cell(row.cells, mapping, "persons")):
            continue
        row_no = row_number(row.cells, row_no_col)
        prefix, staff = split_item_prefix(staff or heading_staff)
        staff = tidy_name(staff)
        persons_raw = cell(row.cells, mapping, "persons" if "persons" in mapping else "persons_planned")
        budget_raw = cell(row.cells, mapping, "budget")
        if not staff and not persons_raw and not budget_raw:
            continue
        if kind_cols:  # the kinds are columns: one row per kind with a head count in it
            records.extend(_per_kind_records(rt, row, kind_cols, row_no or prefix, staff))
            continue
        row_kind = course_kind(fold_key(row.cells[row_kind_col])) if row_kind_col is not None \
            and row_kind_col < len(row.cells) else None
        rec = TrainingRecord(page=row.page, line=row.line, table_seq=rt.seq, training_kind=row_kind or kind,
                             row_no_raw=row_no or prefix, staff_category=staff, warnings=list(row.warnings))
        rec.persons = parse_count(persons_raw)
        if persons_raw and rec.persons is None and re.search(r"\d", persons_raw):
            rec.warnings.append("persons_not_numeric")
        rec.budget_raw = budget_raw
        money = read_money_cell(budget_raw, budget_unit)  # the amount without its qualifiers
        rec.budget_lei = money.amount_lei
        rec.warnings.extend(w for w in money_warnings(money) if w != "amount_not_numeric")
        rec.warnings = sorted(set(rec.warnings))
        records.append(rec)
    return records, totals


# the heading over a table of one staff category's courses: '2. Asistenți sociali', 'Categoria de personal:
# psihologi (cod COR 263411)', 'B. Programul de formare pentru educatori specializați'
_HEADING_NUMBER = re.compile(r"^\s*(?:[A-Za-z]|\d{1,2}|[IVX]{1,4})\s*[.)]\s+")
_HEADING_LEAD = re.compile(r"^(?:categori[ae] (?:de personal|profesional[ăa])\s*:|.*?\bpentru\b)\s*", re.I)
_PARENTHESES = re.compile(r"\([^()]*\)")
_HEADING_CHARS = 120  # a longer block is a sentence, no heading
_HEADING_BLOCKS = 2  # context blocks read back (a line stating the unit may stand between)
_NO_NAMES = (COUNT, DATE, MONEY, PERCENTAGE)


def _staff_source(rt) -> tuple[dict[str, int], str | None]:
    """The table's field mapping, without a staff column the name fallback gave it that holds no staff (kinds of
    training, dates, counts: a table of one category's courses has no staff column), and the staff category a
    heading right above the table names when no column gives one."""
    mapping = dict(rt.mapping.fields)
    j = mapping.get("staff_category")
    by = rt.mapping.evidence[j].by if j is not None else None
    if j is not None and ((by == BY_FALLBACK and not _holds_staff(rt, j))
                          or (by != BY_HEADER and _TRAINER_HEADER.search(fold_key(rt.mapping.labels[j])))):
        del mapping["staff_category"]  # (a trainer's cells read as staff by their words: 'asistentul social al …')
    if "staff_category" in mapping:
        return mapping, None
    persons = mapping.get("persons", mapping.get("persons_planned"))
    counted = _staff_of_count_header(rt.mapping.labels[persons]) if persons is not None else None
    return mapping, counted or _staff_of_heading(rt.context)


# the words of a head-count header around the staff it counts ('Nr. asistenți personali instruiți', 'Număr de
# psihologi participanți'): the count before, what was done with them after (folded)
_COUNT_WORDS = {"nr", "numar", "numarul", "de", "total"}
_COUNTED_WORDS = {"instruiti", "instruite", "participanti", "participante", "formati", "formate", "planificati",
                  "prevazuti", "propusi", "realizati", "absolventi", "care", "au", "participat", "absolvit"}


def _staff_of_count_header(label: str) -> str | None:
    """The staff category a head-count header names between its count word and its participle ('Nr. asistenți
    personali instruiți' → 'asistenți personali'), when the table has no column of staff: a table of the sessions
    held for one category of staff names them only there."""
    words = clean_text(_PARENTHESES.sub(" ", label.split(PATH_SEP)[-1])).split()
    while words and fold_key(words[0]) in _COUNT_WORDS:
        words = words[1:]
    while words and fold_key(words[-1]) in _COUNTED_WORDS:
        words = words[:-1]
    staff = tidy_name(" ".join(words).strip(" :;,.–-"))
    if not staff or fold_key(staff) in _ANY_STAFF:
        return None  # 'Nr. angajați': the employees sent, of the category a heading names
    return staff if _is_staff(staff) else None


# a head count of the staff at large, naming no category
_ANY_STAFF = {"angajati", "salariati", "persoane", "personal", "personalului", "participanti", "cursanti",
              "persoane instruite", "angajati instruiti"}


# a column of who ran the training ('Instruirea realizată de', 'Formator', 'Furnizor'): its cells are trainers
_TRAINER_HEADER = re.compile(r"\b(?:realizat[aă]? de|sustinut[aă]? de|formator\w*|furnizor\w*|organizator\w*|"
                             r"lector\w*|trainer\w*)\b")


def _holds_staff(rt, j: int) -> bool:
    """Most filled cells of column ``j`` are words (no figure, no row number) naming no kind of training."""
    if rt.mapping.evidence[j].content_type in _NO_NAMES:
        return False
    cells = [r.cells[j].strip() for r in rt.rows if j < len(r.cells) and r.cells[j].strip()]
    names = [c for c in cells if re.search(r"[^\W\d_]{2}", c) and not course_kind(fold_key(c))]
    return len(names) >= 0.5 * len(cells) > 0


def _staff_of_heading(context) -> str | None:
    for block in list(context)[-_HEADING_BLOCKS:][::-1]:
        text = clean_text(getattr(block, "text", "") or "")
        if not text or len(text) > _HEADING_CHARS or text.endswith("."):
            continue  # a sentence (the unit of the table's amounts), not the heading
        text = _PARENTHESES.sub(" ", _HEADING_LEAD.sub("", _HEADING_NUMBER.sub("", text)))
        text = clean_text(text).strip(" :;–-")
        # a category qualified by whom it serves ('asistenți personali ai persoanelor cu handicap grav'): its head
        head = _QUALIFIER.split(text, maxsplit=1)[0]
        return text if text and (_is_staff(text) or _is_staff(head)) else None
    return None


_QUALIFIER = re.compile(r"\s+(?:ai|al|ale|din|pentru)\s+", re.I)


_KINDS = ("perfectionare", "calificare", "instruire")
# forms of training the contract's three kinds do not name: specialisation, initiation, conferences, seminars,
# workshops (supervision and peer review: ``training_kind_of``) — a training of another kind
_OTHER_FORMS = re.compile(r"\b(?:specializar|initier|conferint|seminar|workshop|atelier)")


def course_kind(folded: str) -> str | None:
    """The kind of training a (folded) cell or header names: one of the contract's three, ``other`` for a form
    of training they do not name ('curs de specializare', 'seminar'), None when it names no form of training."""
    kind = training_kind_of(folded) or ("other" if _OTHER_FORMS.search(folded) else None)
    if kind is None and len(folded) <= _KIND_CELL_CHARS and " " in folded:
        return course_kind(folded.replace(" ", ""))  # a word a PDF line broke inside ('curs de per fecționare')
    return kind


_KIND_CELL_CHARS = 40  # a cell this short may name a kind; a longer text is a course's name or a sentence


def _kind_columns(columns: list[str], mapping: dict[str, int], rows=()) -> dict[int, str]:
    """Columns headed by a kind of training ("Perfecționare (nr. persoane)" | "Instruire (nr. persoane)" |
    "Specializare"): the kinds are columns and each cell a head count. {column: kind}, empty unless two kinds head
    columns (one kind column is the table's persons column, its kind the section's) — or one kind heads a column
    of head counts in a table with no other persons column."""
    named = {fields: j for fields, j in mapping.items() if fields in ("staff_category", "budget", "topic")}
    # the whole label, or its own cell under a group ('Număr de persoane instruite / Nr. pers. per fecționare')
    out = {j: course_kind(fold_key(c)) or course_kind(fold_key(c.split(PATH_SEP)[-1]))
           for j, c in enumerate(columns) if j not in named.values()}
    out = {j: k for j, k in out.items() if k}
    if len(set(out.values())) >= 2:
        return out
    if len(out) == 1 and "persons" not in mapping and _counts_only(rows, next(iter(out))):
        return out
    return {}


def _counts_only(rows, j: int) -> bool:
    """Every filled cell of column ``j`` is a head count or a dash (a TOTAL row aside)."""
    cells = [r.cells[j].strip() for r in rows if j < len(r.cells) and r.cells[j].strip()
             and not is_total_label(first_filled(r.cells))]
    return bool(cells) and all(parse_count(c) is not None or not_applicable(c) or c in "-–—" for c in cells)


# a header that says its column holds the kind of each row's training ('Tipul formării', 'Forma de pregătire')
_KIND_HEADERS = ("tipul formarii", "tip formare", "forma de pregatire", "forma de formare", "tipul cursului",
                 "tip curs", "tipul activitatii de formare", "forma de instruire", "tipul programului",
                 "tip program", "modalitatea de formare", "forma de organizare")
# … then the kind is read from the cells that name one even if some name none (a course worded freely)
_KIND_HEADED_SHARE = 0.5


def _row_kind_column(rows, mapping: dict[str, int], row_no_col: int | None,
                     columns: list[str] = ()) -> int | None:
    """A column no field took whose cells name the kind of each row's training ("curs de perfecționare",
    "sesiune de instruire"), whatever its header says: read by content — every cell a kind, or, under a header
    naming the kind of training, at least half of them (a row naming no kind then keeps the table's kind)."""
    taken = set(mapping.values()) | ({row_no_col} if row_no_col is not None else set())
    width = max((len(r.cells) for r in rows), default=0)
    for j in range(width):
        if j in taken:
            continue
        cells = [r.cells[j].strip() for r in rows if j < len(r.cells) and r.cells[j].strip()]
        cells = [c for c in cells if not is_total_label(c)]
        named = sum(1 for c in cells if len(c) <= 40 and course_kind(fold_key(c)))  # a kind, no topic
        if cells and named == len(cells):
            return j
        headed = j < len(columns) and any(p in fold_key(columns[j]) for p in _KIND_HEADERS)
        if cells and headed and named >= _KIND_HEADED_SHARE * len(cells):
            return j
    return None


def _per_kind_records(rt, row, kind_cols: dict[int, str], row_no: str | None, staff: str) -> list[TrainingRecord]:
    out = []
    for j, kind in kind_cols.items():
        raw = row.cells[j] if j < len(row.cells) else ""
        persons = parse_count(raw)
        if not persons:
            continue  # "-", "0" or empty: nobody was trained in this kind
        out.append(TrainingRecord(page=row.page, line=row.line, table_seq=rt.seq, training_kind=kind,
                                  row_no_raw=row_no, staff_category=staff, persons=persons,
                                  warnings=[*row.warnings, "kind_from_column"]))
    return out


def _total_records(rt, row, mapping, unit, kind, grand: bool) -> list[TotalRecord]:
    out = []
    scope = "trainings (all) TOTAL" if grand else f"trainings {kind} table {rt.seq}: TOTAL"
    budget = money_total(cell(row.cells, mapping, "budget"), unit, scope=f"{scope} budget_lei", dataset="trainings",
                         field="budget_lei", table_seq=None if grand else rt.seq, page=row.page, line=row.line)
    out.extend([budget] if budget else [])
    persons_raw = cell(row.cells, mapping, "persons" if "persons" in mapping else "persons_planned")
    persons = parse_count(persons_raw)
    if persons is not None:
        out.append(TotalRecord(scope=f"{scope} persons", amount=Decimal(persons), unit="persons",
                               raw=persons_raw or "", page=row.page, line=row.line, source_dataset="trainings",
                               source_table=None if grand else rt.seq, source_field="persons"))
    return out


# ---------------------------------------------------------------- sub-sections written as lists

def extract_listed_trainings(u) -> dict[str, list]:
    """'c) sesiuni de instruire pentru: c.1. asistenți personali;' with no table under the sub-heading → one
    training row per item. Items followed by a table of the same sub-section are that table's rows."""
    out: list[TrainingRecord] = []
    kind: str | None = None
    letter: str | None = None
    pending: list[tuple[str, str, Block]] = []

    def flush() -> None:
        for row_no, staff, block in pending:
            out.append(TrainingRecord(page=getattr(block, "page", None), line=getattr(block, "line", None),
                                      training_kind=kind, row_no_raw=row_no, staff_category=staff,
                                      warnings=["from_list_item"]))
        pending.clear()

    for block in u.blocks:
        if isinstance(block, Table):
            pending.clear()  # the table of the sub-section lists them
            continue
        text = block_text(block)
        if not text:
            continue
        m = _LIST_ITEM.match(text)
        if m and kind is not None and (letter is None or m.group(1).lower() == letter):
            staff = tidy_name(m.group(3))
            if staff and not not_applicable(staff) and len(staff) < 200:
                pending.append((f"{m.group(1)}.{m.group(2)}.", staff, block))
            continue
        sub = re.match(r"^\s*([a-hA-H])\s*[.)]", text)  # 'c)' — or 'C)' as typed or read by OCR
        is_heading = isinstance(block, Heading) or bool(sub) or bool(re.match(r"^\s*(?:\d{1,2}\s*[.)]|cap)", text, re.I))
        if not is_heading:
            continue
        flush()
        k = training_kind_of(fold_key(text)[:300]) if sub else None
        if k and not not_applicable(text):
            kind, letter = k, sub.group(1).lower()
        else:
            kind, letter = None, None
    flush()
    return {"trainings": out} if out else {}


# ---------------------------------------------------------------- courses listed one per item (reports)

# the head count of an item: 'N participanți (educatori)' (the staff in parentheses) or 'N <staff category>'
_PARTICIPANTS = re.compile(r"(?<![\d.,/])(\d{1,4})\s+(?:de\s+)?participan\w*\s*\(([^()]{3,60})\)")
_COUNT_THEN_WORDS = re.compile(r"(?<![\d.,/])(\d{1,4})\s+(?:de\s+)?([^\W\d_][^\d;,:()„“”\"]{2,60})")
# where the staff category ends: the verb or preposition that follows it
# (not inside the category's own name: 'asistenți personali ai persoanelor cu handicap grav')
_STAFF_END = re.compile(r"(?<!persoanelor)(?<!persoane)"
                        r"\s+(?:au|a|vor|va|urmeaz\w*|participa\w*|din|pentru|la|privind|care|[îi]n|cu|și|si)\b.*$"
                        r"|\s*[–—-]\s.*$", re.I)


# 'psihologi: instruire „Prim ajutor”, 4 persoane': the staff category opens the item, the head count follows
_STAFF_FIRST = re.compile(r"^\s*([^\W\d_][^:;\d„“”\"()]{2,100}):\s")
_HEAD_COUNT = re.compile(r"(?<![\d.,/])(\d{1,4})\s+(?:de\s+)?(?:persoane|participan\w*|angaja\w*|cursan\w*)\b",
                         re.I)
# what a course costs, printed in the item ('– 1.600 lei', '(cost estimat 6.000 lei)')
_COST = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\s*(?:mii\s+)?(?:lei|ron)\b", re.I)


# one more category after a comma ('36 personal de conducere, inspectori de specialitate – semestrul I')
_NEXT_CATEGORY = re.compile(r"\s*,\s*([^\W\d_][^\d;,:()„“”\"]{2,60})")


def _is_staff(text: str | None) -> bool:
    """A staff category, also one qualified by whom it serves ('asistenți personali ai persoanelor cu handicap
    grav': its head is)."""
    return bool(text) and (content_type(text) == STAFF_CATEGORY
                           or content_type(_QUALIFIER.split(text, maxsplit=1)[0]) == STAFF_CATEGORY)


def _staff_list(text: str) -> str | None:
    """'infirmiere, psihologi' → itself when every comma-separated part is a staff category."""
    parts = [tidy_name(p) for p in text.split(",")]
    return ", ".join(parts) if all(_is_staff(p) for p in parts) else None


def _staff_and_count(text: str) -> tuple[str, int] | None:
    """(staff category, head count) an item states, or None; several categories attending one course stay
    together, as printed ('infirmiere, psihologi')."""
    m = _PARTICIPANTS.search(text)
    if m and _is_staff(tidy_name(m.group(2))):
        return tidy_name(m.group(2)), int(m.group(1))
    first, count = _STAFF_FIRST.match(text), _HEAD_COUNT.search(text)
    if first and count and (_staff_list(first.group(1)) if "," in first.group(1) else _is_staff(tidy_name(first.group(1)))):
        return _staff_list(first.group(1)) or tidy_name(first.group(1)), int(count.group(1))
    for m in _COUNT_THEN_WORDS.finditer(text):
        staff = tidy_name(_STAFF_END.sub("", m.group(2)))
        if _is_staff(staff):
            end = m.end()
            while (more := _NEXT_CATEGORY.match(text, end)) and _is_staff(nxt := tidy_name(_STAFF_END.sub("", more.group(1)))):
                staff, end = f"{staff}, {nxt}", more.end()
                if nxt != tidy_name(more.group(1)):
                    break  # the category ended before the match did ('… psihologi – trim. II')
            return staff, int(m.group(1))
    return None


def _course_clause(text: str) -> tuple[str | None, tuple[str, int] | None]:
    """The kind of course and the (staff category, head count) of the clause of an item that counts the staff:
    a course names its kind there ('curs de perfecționare „X” – 22 psihologi'); a session told with the staff it
    trained ('„X” (8 ore) – 30 asistenți personali instruiți; instruirea a fost realizată de Y') names none —
    a later clause saying who ran it names no course — and is a count of the staff trained, not a course."""
    for clause in text.split(";"):
        found = _staff_and_count(clause)
        if found:
            return course_kind(fold_key(clause)), found
    return None, None


def extract_listed_courses(u) -> dict[str, list]:
    """A report's list of the courses held, one per item, in the training chapter: 'curs de perfecționare „X” –
    22 psihologi', '9 îngrijitori au participat la cursul de calificare …', 'Sesiune de instruire: X, 49 participanți
    (educatori)' → one row each, the kind the item names. Only list items (a bullet or an item number) that name a
    kind of course and state a staff category with its head count: a sentence of running prose counting the staff
    trained is a figure, not a list of courses."""
    out: list[TrainingRecord] = []
    for block in u.blocks:
        if isinstance(block, (Table, Heading)) or u.section_of(block).kind != TRAININGS:
            continue
        text = block_text(block)
        numbered = NUMBERED_ITEM.match(text)
        if not (isinstance(block, ListItem) or numbered) or _LIST_ITEM.match(text):
            continue  # 'c.1. …' items are the template's sub-sections (extract_listed_trainings)
        kind, found = _course_clause(text[numbered.end():] if numbered else text)
        if kind in _KINDS + ("other",) and found:  # 'other': supervision, peer review (training_kind_of)
            rec = TrainingRecord(page=getattr(block, "page", None), line=getattr(block, "line", None),
                                 training_kind=kind, row_no_raw=f"{numbered.group(1)}." if numbered else None,
                                 staff_category=found[0], persons=found[1], warnings=["from_list_item"])
            costs = _COST.findall(text)
            if len(costs) == 1:  # the course's cost; two amounts in one item say which is which nowhere
                rec.budget_raw = costs[0]
                rec.budget_lei = read_money_cell(costs[0], "lei").amount_lei
            out.append(rec)
    return {"trainings": out} if out else {}


SPEC = TableKindSpec(kind=TRAININGS, family=TRAININGS, context=CONTEXT, header_vocab=HEADER_VOCAB,
                     rules=TRAINING_RULES, name_fields=("staff_category",), name_fallback=NAME_FALLBACK_FREE,
                     content_fields=(("staff_category", "staff_category"), ("money", "budget")),
                     record=TrainingRecord, dataset="trainings", extract=extract_trainings)
