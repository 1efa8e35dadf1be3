"""Public information activities and events (chapter II) → :class:`ActivityRecord` rows.

Tables of the template and its local variants: theme / event title, short description or objective, estimated
period (or date), organiser (or location), budget / funding source.
"""
from __future__ import annotations

from extractors.records.base import ActivityRecord
from extractors.records.common import first_filled, is_total_label, not_applicable, row_text, tidy_name
from extractors.records.fields import cell, row_no
from extractors.understanding.spec import ACTIVITIES, ROW_NO_RULE, FieldRule, TableKindSpec

HEADER_VOCAB = (("tematica", 3), ("scurta descriere", 3), ("perioada estimata", 2), ("organizator", 2),
                ("titlul evenimentului", 3), ("obiectiv scop", 2), ("locatia", 1), ("activitat", 1))
# the chapter also named by whom it informs ('Informarea publicului', 'Informarea comunității / populației')
CONTEXT = ("activitati de informare", "campanii de informare", "evenimente", "activitati de promovare",
           "planificarea activitatilor", "informarea publicului", "informare a publicului", "informarea populatiei",
           "informare a populatiei", "informarea comunitatii", "informare a comunitatii", "informarea cetatenilor")

ACTIVITY_RULES = (
    ROW_NO_RULE,
    FieldRule("activity", ("tematica", "titlul evenimentului", "titlul activitatii", "denumirea activitatii",
                           "denumire activitate", "activitatea", "activitate", "activitati", "tema", "actiunea",
                           "actiuni", "eveniment"),
              exclude=("descriere", "perioada", "organizator")),
    FieldRule("description", ("scurta descriere", "descriere", "obiectiv", "scop", "continut")),
    FieldRule("period", ("perioada estimata", "perioada", "data", "termen", "calendar")),
    FieldRule("organizer", ("organizator", "organizatori", "responsabil", "coordonator", "locatia", "locul")),
    FieldRule("budget", ("buget", "surse de finantare", "sursa de finantare", "cost")),
)


def extract_activities(rt) -> tuple[list[ActivityRecord], list]:
    """Records of one understood activities table (:class:`extractors.understanding.TableUnderstanding`)."""
    mapping, row_no_col, rows = rt.mapping.fields, rt.mapping.row_no_col, rt.rows
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
        rec.row_no_raw = row_no(row.cells, row_no_col)
        if row.category:
            rec.warnings.append("has_group_heading")
        out.append(rec)
    return out, []


SPEC = TableKindSpec(kind=ACTIVITIES, family=ACTIVITIES, context=CONTEXT, header_vocab=HEADER_VOCAB,
                     rules=ACTIVITY_RULES, name_fields=("activity",), record=ActivityRecord, dataset="activities",
                     content_fields=(("date", "period"),),
                     extract=extract_activities)
