"""The lemmas the prose rules read: the entries of spaCy's Romanian lookup table (``spacy-lookups-data``,
``lemma_lookup``) that can change what :func:`extractors.prose.figures._counted_lemma` answers, shipped with the
code (``data/counted_lemmas.json``).

Why: a rule only asks whether a token's lemma, ``table.get(text, text).lower()``, is a counted noun
(:data:`extractors.prose.vocab.COUNTED`). An entry ``text → lemma`` where neither ``lemma.lower()`` nor
``text.lower()`` is a counted noun gives the same answer as no entry at all (the text then stands for itself, and is
no counted noun either), so only the other entries are kept: a few hundred of the table's 305,727. Reading the whole
gzipped table took ~0.2 s of every run's start-up and held ~55 MB in the process that forks the workers, and in
each worker.

The file records what it was made from (the lookups package's version and the counted nouns); when either
changed, the whole table is read and filtered again at start-up (same answers, only slower) until the file is
written again::

    .venv/bin/python -m extractors.prose.lemmas          # rewrites extractors/prose/data/counted_lemmas.json
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Mapping

from extractors.prose.vocab import COUNTED

LEMMAS_PATH = Path(__file__).resolve().parent / "data" / "counted_lemmas.json"


def full_table() -> dict[str, str]:
    """spaCy's lookup lemmatiser's table for Romanian, as the plain dict it reads; empty when the lookups package
    is missing (every token is then its own lemma)."""
    try:
        from spacy.util import load_language_data, registry

        return dict(load_language_data(registry.lookups.get("ro")["lemma_lookup"]))
    except Exception:
        return {}


def counted_entries(table: Mapping[str, str]) -> dict[str, str]:
    """The entries of ``table`` that can matter to a counted-noun test (module docstring)."""
    return {text: lemma for text, lemma in table.items() if lemma.lower() in COUNTED or text.lower() in COUNTED}


def source_stamp() -> str:
    """What the shipped entries were made from: the lookups package's version and the counted nouns."""
    try:
        from importlib.metadata import version

        lookups = version("spacy-lookups-data")
    except Exception:
        lookups = "missing"
    nouns = hashlib.sha1("\n".join(sorted(COUNTED)).encode("utf-8")).hexdigest()[:16]
    return f"spacy-lookups-data {lookups}; counted nouns {nouns}"


def counted_lemma_table() -> dict[str, str]:
    """The entries the prose rules need: from the shipped file when it was made from the installed lookups and the
    current counted nouns, else filtered from the whole table."""
    try:
        shipped = json.loads(LEMMAS_PATH.read_text(encoding="utf-8"))
        if shipped.get("made_from") == source_stamp():
            return dict(shipped["lemmas"])
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    return counted_entries(full_table())


def write_table(path: Path = LEMMAS_PATH) -> int:
    """Write the shipped file from the installed lookups; the number of entries kept."""
    lemmas = counted_entries(full_table())
    payload = {"made_from": source_stamp(), "lemmas": dict(sorted(lemmas.items()))}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return len(lemmas)


if __name__ == "__main__":
    print(f"{write_table()} entries written to {LEMMAS_PATH}")
