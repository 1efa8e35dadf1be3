"""Record extractors: one module per table kind, plus extractors that read text blocks.

``TABLE_EXTRACTORS`` maps a table kind (see :mod:`extractors.classify`) to a function
``(ResolvedTable) -> (records, totals)``; ``DATASET_OF_KIND`` says which dataset its records go to.
``TEXT_EXTRACTORS`` are functions ``(Document, context) -> Extraction-like dict of lists`` for sections written
as lists or sentences (partnerships as bulleted lists, stated totals).
"""
from __future__ import annotations

from typing import Any, Callable

from extractors.classify import SERVICES_EXISTING, SERVICES_PROPOSED
from extractors.records.services import extract_services

TableExtractor = Callable[[Any], tuple[list[Any], list[Any]]]

TABLE_EXTRACTORS: dict[str, TableExtractor] = {
    SERVICES_EXISTING: extract_services,
    SERVICES_PROPOSED: extract_services,
}

DATASET_OF_KIND: dict[str, str] = {
    SERVICES_EXISTING: "services",
    SERVICES_PROPOSED: "services",
}

# (Document, list[ResolvedTable]) -> dict[dataset name, list of records]
TEXT_EXTRACTORS: list[Callable[[Any, list[Any]], dict[str, list[Any]]]] = []
