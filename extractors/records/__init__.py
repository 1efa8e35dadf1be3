"""Record extractors: one module per table kind, plus extractors that read text blocks.

``TABLE_EXTRACTORS`` maps a table kind (see :mod:`extractors.classify`) to a function
``(ResolvedTable) -> (records, totals)``; ``DATASET_OF_KIND`` says which dataset its records go to.
``TEXT_EXTRACTORS`` are functions ``(Document, context) -> Extraction-like dict of lists`` for sections written
as lists or sentences (partnerships as bulleted lists, stated totals).
"""
from __future__ import annotations

from typing import Any, Callable

from extractors.classify import (ACTIVITIES, PARTNERSHIPS, PROCUREMENT, SERVICES_EXISTING, SERVICES_PROPOSED,
                                 SUBSIDIES, TRAININGS)
from extractors.records.activities import extract_activities
from extractors.records.partnerships import extract_listed_partnerships, extract_partnerships
from extractors.records.procurements import extract_procurements
from extractors.records.services import extract_services
from extractors.records.subsidies import extract_subsidies
from extractors.records.totals import extract_stated_totals
from extractors.records.trainings import extract_listed_trainings, extract_trainings

TableExtractor = Callable[[Any], tuple[list[Any], list[Any]]]

TABLE_EXTRACTORS: dict[str, TableExtractor] = {
    SERVICES_EXISTING: extract_services,
    SERVICES_PROPOSED: extract_services,
    PROCUREMENT: extract_procurements,
    SUBSIDIES: extract_subsidies,
    TRAININGS: extract_trainings,
    ACTIVITIES: extract_activities,
    PARTNERSHIPS: extract_partnerships,
}

DATASET_OF_KIND: dict[str, str] = {
    SERVICES_EXISTING: "services",
    SERVICES_PROPOSED: "services",
    PROCUREMENT: "procurements",
    SUBSIDIES: "subsidies",
    TRAININGS: "trainings",
    ACTIVITIES: "activities",
    PARTNERSHIPS: "partnerships",
}

# (Document, list[ResolvedTable]) -> dict[dataset name, list of records]
TEXT_EXTRACTORS: list[Callable[[Any, list[Any]], dict[str, list[Any]]]] = [
    extract_listed_trainings,
    extract_listed_partnerships,
    extract_stated_totals,
]
from extractors.prose import extract_prose  # noqa: E402
TEXT_EXTRACTORS.append(extract_prose)
