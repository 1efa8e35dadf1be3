"""Public information activities and events (chapter II) → :class:`ActivityRecord` rows.

Tables of the template and its local variants: theme / event title, short description or objective, estimated
period (or date), organiser (or location), budget / funding source.
"""
from __future__ import annotations

from extractors.records.base import ActivityRecord
from extractors.records.common import first_filled, is_total_label, not_applicable, row_text, tidy_name
from extractors.records.fields import FieldRule, cell, map_table
from extractors.tables import ResolvedTable
from normalizers.text import clean_text

ACTIVITY_RULES = [
    FieldRule("row_no", ("nr crt", "nr ctr", "numar curent")),
    FieldRule("activity", ("tematica", "titlul evenimentului", "titlul activitatii", "denumirea activitatii",
                           "denumire activitate", "activitatea", "activitate", "activitati", "tema", "actiunea",
                           "actiuni", "eveniment"),
              exclude=("descriere", "perioada", "organizator")),
    FieldRule("description", ("scurta descriere", "descriere", "obiectiv", "scop", "continut")),
    FieldRule("period", ("perioada estimata", "perioada", "data", "termen", "calendar")),
    FieldRule("organizer", ("organizator", "organizatori", "responsabil", "coordonator", "locatia", "locul")),
    FieldRule("budget", ("buget", "surse de finantare", "sursa de finantare", "cost")),
]


def extract_activities(rt: ResolvedTable) -> tuple[list[ActivityRecord], list]:
    table = map_table(rt, ACTIVITY_RULES, name_field="activity")
    mapping, row_no_col, rows = table.mapping, table.row_no_col, table.rows
    out: list[ActivityRecord] = []
    for row in rows:
        text = row_text(row.cells)
        if not text or is_total_label(first_filled(row.cells)):
            continue
        if not_applicable(text) and len(text) < 60:
            continue
        activity = tidy_name(cell(row.cells, mapping, "activity"))
        description = tidy_name(cell(row.cells, mapping, "description"))
        if not activity and not description:
            continue
        rec = ActivityRecord(page=row.page, line=row.line, table_seq=rt.seq, activity=activity,
                             description=description, period_raw=cell(row.cells, mapping, "period"),
                             organizer=tidy_name(cell(row.cells, mapping, "organizer")),
                             budget_raw=cell(row.cells, mapping, "budget"), warnings=list(row.warnings))
        rec.row_no_raw = clean_text(row.cells[row_no_col]) or None if row_no_col is not None else None
        if row.category:
            rec.warnings.append("has_group_heading")
        out.append(rec)
    return out, []
