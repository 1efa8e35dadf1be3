"""What a table kind is, in one object: :class:`TableKindSpec`.

A spec carries everything the pipeline knows about one kind of table of the template (Ordinul 1086/2018) and its
local variants: the heading phrases and the header vocabulary that recognise it (read by classification), the
field rules that map its columns (read by the understanding stage), the record type it yields and the function
that turns its logical rows into records (read by record extraction). Each record module declares its kind's
spec next to its extractor; :mod:`extractors.kinds` lists them. Adding a kind or a synonym is one edit there.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping

from normalizers.content import CONTENT_TYPES, COUNT, CPV_CODE, MONEY, NOMENCLATOR_CODE, PERCENTAGE

if TYPE_CHECKING:  # types only: a spec module never imports the understanding stage at run time
    from extractors.tables import ResolvedTable

# table kinds (the values written to documents.table_kinds)
SERVICES_EXISTING = "services_existing"
SERVICES_PROPOSED = "services_proposed"
PROCUREMENT = "procurement"
SUBSIDIES = "subsidies"
TRAININGS = "trainings"
ACTIVITIES = "activities"
PARTNERSHIPS = "partnerships"
INDICATORS = "indicators"
OTHER = "other"
SERVICES_FAMILY = "services"  # existing and proposed services share one header vocabulary


@dataclass(frozen=True)
class FieldRule:
    field: str
    phrases: tuple[str, ...]  # folded phrases; any match counts
    exclude: tuple[str, ...] = ()  # a header containing one of these is not this field
    # content types (:mod:`normalizers.content`) the column's cells must have for these phrases to name the field
    # (empty: any): a bare noun names a field only with the content that field holds ('Beneficiari' over counts
    # counts them; over a list of groups it names their category)
    content: tuple[str, ...] = ()


# the row-number column, the same in every kind's table
ROW_NO_RULE = FieldRule("row_no", ("nr crt", "nr ctr", "numar curent", "nr curent", "nr de ordine", "numar de ordine",
                                   "nr ord"))

# a column of counts whose cells name what they count as places ('30 locuri', '12 paturi'): how many a service can
# take, whatever its header; the understanding stage refines a ``count`` column so (a cell's type alone is a count)
COUNT_OF_PLACES = "count_of_places"
# the kinds of content a column may be given: a cell's types, and the refinements of a column's type
COLUMN_CONTENT_TYPES = CONTENT_TYPES + (COUNT_OF_PLACES,)
# refined type → the type it refines (a column of places is a column of counts too)
REFINES = {COUNT_OF_PLACES: COUNT}

# content types (:mod:`normalizers.content`) that say what a column is whatever its header: a column of one of
# these types whose header names another field of the kind is flagged (``column_content_contradicts_header``)
STRONG_CONTENT = (NOMENCLATOR_CODE, CPV_CODE, PERCENTAGE, MONEY, COUNT_OF_PLACES)

# how a name column with a header the vocabulary lacks is found
NAME_FALLBACK_TEXT = "text_column"  # the first free column whose cells are text, when two fields are mapped
NAME_FALLBACK_FREE = "first_free"  # the first column no field and no row number took


@dataclass(frozen=True)
class TableKindSpec:
    """One kind of table.

    ``family`` groups kinds that share a header vocabulary (existing and proposed services); ``context`` are the
    folded heading phrases that name the kind's section; ``title_patterns`` regular expressions (on the folded
    text) that name it too, read only in titles (headings and short lines without a full stop), for sections the
    template lets documents word freely ('B. Înființarea de noi servicii sociale'); ``header_vocab`` the folded header phrases with their
    weight. ``rules`` map columns to fields; a new logical row starts at a row number, or, in a table without
    one, at a filled ``key_field`` cell; ``name_fields`` (the first mapped one) is the text that wraps.
    ``content_fields`` pairs a content type (:mod:`normalizers.content`) with the field that content implies in
    this kind (a column of CPV codes is the ``cpv`` of a contracting table): a column whose header the vocabulary
    lacks maps by its content when it is the only free column of that type; a column mapped by its header to
    another field while holding that content is flagged.
    ``table_hook`` adjusts the repaired table once its kind is known (returns a new table); ``fields_hook`` the
    field → column mapping. ``announces`` reads what a text before the kind's tables says of their rows (a
    decision approving agreements with 'the partners listed in annex 1': their type), given whether the text stands
    under a title naming the kind; the tables of the kind after it carry it (``TableUnderstanding.announced``).
    ``extract`` turns a :class:`extractors.understanding.TableUnderstanding` into
    ``(records, totals)`` of ``record`` rows for ``dataset``; None for kinds read elsewhere.
    """

    kind: str
    family: str
    context: tuple[str, ...] = ()
    title_patterns: tuple[str, ...] = ()
    header_vocab: tuple[tuple[str, float], ...] = ()
    rules: tuple[FieldRule, ...] = ()
    name_fields: tuple[str, ...] = ()
    content_fields: tuple[tuple[str, str], ...] = ()
    key_field: str | None = None
    legend: bool = True  # lettered columns explained by a legend above the table
    name_fallback: str | None = NAME_FALLBACK_TEXT
    record: type | None = None
    dataset: str | None = None
    extract: Callable[[Any], tuple[list[Any], list[Any]]] | None = None
    table_hook: Callable[["ResolvedTable"], "ResolvedTable"] | None = None
    fields_hook: Callable[[Mapping[str, int]], dict[str, int]] | None = None
    announces: Callable[[str, bool], str | None] | None = None

    def __post_init__(self) -> None:
        unknown = [t for t, _ in self.content_fields if t not in COLUMN_CONTENT_TYPES]
        if unknown:  # the record modules name content types as strings: a typo would silently never match
            raise ValueError(f"{self.kind}: unknown content types {unknown}")

    @property
    def name_field(self) -> str | None:
        return self.name_fields[0] if self.name_fields else None
