"""read → :class:`Document` → table repair → classification → :class:`Understanding`."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from extractors.classify import CONTEXT_VOCAB, TITLE_PATTERNS, classify_document, classify_table
from extractors.kinds import SPEC_OF_KIND
from extractors.model import Block, Document, Table
from extractors.tables import ResolvedTable, StitchSettings, logical_rows, repair_tables
from extractors.tables.settings import DEFAULT_STITCH
from extractors.understanding.columns import ColumnMapping, map_table_columns
from extractors.understanding.model import PLAN_TYPES, Facts, TableUnderstanding, Understanding
from extractors.understanding.sections import Section, SectionTracker, is_title
from extractors.understanding.spec import ACTIVITIES, OTHER, PARTNERSHIPS, TableKindSpec
from extractors.understanding.splits import mark_split_parts
from extractors.understanding.units import carry_units
from normalizers.institutions import canonical_issuer, directorate_county
from normalizers.places import locate_place

# characters of the opening text (the letterhead, then the body) in which the issuer and its place are looked for
_OPENING_CHARS = 8000


def understand(doc: Document, settings: StitchSettings = DEFAULT_STITCH) -> Understanding:
    repaired = repair_tables(doc.blocks, settings)
    blocks = repaired.blocks
    view = replace(doc, blocks=list(blocks))  # the document as repaired, for the document-level facts
    facts = document_facts(view)
    tracker = SectionTracker(CONTEXT_VOCAB, TITLE_PATTERNS)
    sections = tuple(tracker.read(b) for b in blocks)
    section_at = {id(b): s for b, s in zip(blocks, sections)}
    tables = mark_split_parts(carry_units([understand_table(rt, section_at.get(id(rt.table), Section()), facts)
                                           for rt in repaired.tables]), blocks)
    tables = carry_announcements(blocks, sections, tables)
    return Understanding(document=doc, facts=facts, blocks=blocks, sections=sections, tables=tables,
                         _section_by_id=section_at)


def document_facts(doc: Document) -> Facts:
    found = classify_document(doc)
    opening = doc.opening_text(limit=_OPENING_CHARS)
    located = locate_place(opening)
    # no UAT printed: a county DGASPC's letterhead still says whose it is
    place = located.place or directorate_county(opening)
    issuer = canonical_issuer(opening, place, council_act=found.council_act, strategy=found.doc_type == "strategie")
    return Facts(doc_type=found.doc_type, title=found.title, year=found.year, year_end=found.year_end,
                 issuer=issuer[0] if issuer else None, issuer_kind=issuer[1] if issuer else None,
                 uat=place.uat if place else None, county=place.county if place else None,
                 siruta=place.siruta if place else None,
                 warnings=tuple(found.warnings) + tuple(located.warnings))


_NO_SPEC = TableKindSpec(kind=OTHER, family=OTHER, name_fallback=None)


def understand_table(rt: ResolvedTable, section: Section, facts: Facts) -> TableUnderstanding:
    kind = classify_table(rt, section.kind, section.heading_kind, section.training_kind)
    spec = SPEC_OF_KIND.get(kind, _NO_SPEC)
    if spec.table_hook is not None:
        rt = spec.table_hook(rt)
    mapping: ColumnMapping = map_table_columns(rt, spec)
    fields = mapping.fields
    key_col = mapping.row_no_col
    if key_col is None and spec.key_field is not None:
        key_col = fields.get(spec.key_field)
    name_col = next((fields[f] for f in spec.name_fields if f in fields), None)
    rows, warnings = logical_rows(rt, key_col=key_col, name_col=name_col)
    return TableUnderstanding(resolved=rt, kind=kind, section=section, mapping=mapping, rows=tuple(rows),
                              warnings=tuple(sorted(set(warnings) | set(mapping.warnings))),
                              report=read_as_report(kind, facts), report_totals=not facts.is_plan)


def carry_announcements(blocks: Sequence[Block], sections: Sequence[Section],
                         tables: Sequence[TableUnderstanding]) -> tuple[TableUnderstanding, ...]:
    """The tables, each of a kind whose spec reads announcements (``TableKindSpec.announces``) given the last one
    the text before it made (``announced``). An announcement holds for the tables of its kind after it until another
    replaces it, or until a text that is no title follows a table that carried it (the annex it announced ended)."""
    readers = [(kind, spec.announces) for kind, spec in SPEC_OF_KIND.items() if spec.announces is not None]
    if not readers:
        return tuple(tables)
    out = list(tables)
    at = {id(t.table): i for i, t in enumerate(out)}
    announced: dict[str, str] = {}
    carried: set[str] = set()  # kinds whose announcement a table carried
    for block, section in zip(blocks, sections):
        if isinstance(block, Table):
            i = at.get(id(block))  # None: a part stitched onto an earlier table
            if i is not None and out[i].kind in announced:
                out[i] = replace(out[i], announced=announced[out[i].kind])
                carried.add(out[i].kind)
            continue
        text = getattr(block, "text", "") or ""
        if not text.strip():
            continue
        for kind, reads in readers:
            said = reads(text, section.heading_kind == kind)
            if said:
                announced[kind] = said
                carried.discard(kind)
            elif kind in carried and not is_title(block):
                announced.pop(kind, None)
                carried.discard(kind)
    return tuple(out)


def read_as_report(kind: str, facts: Facts) -> bool:
    """A table of a document that is no plan is read for figures (each count an indicator) unless its kind gives
    records of its own: a services list, a budget per service, a contracting or subsidies programme or a training
    plan read as such are that data, not a report's counts read a second time (the places, posts and amounts of
    their rows). A table of activities is an exception: in a report it is what was done, with how many times
    ('Planuri de servicii întocmite | 237'), the counts its activity records do not keep."""
    spec = SPEC_OF_KIND.get(kind)
    own_records = spec is not None and spec.extract is not None and kind not in _READ_FOR_COUNTS_TOO
    return facts.doc_type not in PLAN_TYPES and not own_records


# kinds with records of their own whose tables a report still reads for counts: its activities (what was done, how
# many times); a list of agreements, whose cells hold no counts, and which a borderless PDF's reader sometimes makes
# of a table's last fragment with the sentence after it (its figures are the sentence's)
_READ_FOR_COUNTS_TOO = frozenset({ACTIVITIES, PARTNERSHIPS})


__all__ = ["understand", "document_facts", "understand_table", "carry_announcements", "Table"]
