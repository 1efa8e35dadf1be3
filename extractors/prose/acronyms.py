"""Units a document introduces with their acronym in brackets ('Serviciul Asistență Socială Pantelimon (SASP)'), so
that a table whose columns are headed by the acronyms alone ('SASP | SASB | SASMP') gives each figure its unit's
name, not the chapter's. Read by :mod:`extractors.prose.report_tables`."""
from __future__ import annotations

import re
from collections.abc import Iterable

from normalizers.text import clean_text, strip_diacritics

__all__ = ["defined_acronyms"]

_DEFINITION = re.compile(r"\(([A-ZĂÂÎȘȚŞŢ]{3,8})\)")
# words an acronym leaves out ('Serviciul Evidență Beneficii de Asistență Socială (SEBAS)', 'Centrul de zi pentru
# persoane Vârstnice Basarabia (CZPVB)')
_LEFT_OUT = {"de", "din", "pentru", "a", "al", "ale", "si", "și", "cu", "la", "in", "în", "tip", "pe", "privind"}
_MAX_WORDS = 14


def _initial(word: str) -> str:
    return strip_diacritics(word[:1]).upper()


def _name_before(prefix: str, acronym: str) -> str | None:
    """The words right before '(ACR)' whose initials spell the acronym (the words it leaves out skipped), the first
    one capitalised; None when they do not spell it."""
    words = prefix.split()[-_MAX_WORDS:]
    letters = strip_diacritics(acronym).upper()
    need = len(letters) - 1
    start = len(words)
    for k in range(len(words) - 1, -1, -1):
        w = words[k].strip("„“”\"'«»,;:")
        if not w:
            return None
        if w.lower() in _LEFT_OUT and need < len(letters) - 1:
            continue  # a left-out word inside the name (never its last word)
        if _initial(w) != letters[need]:
            return None
        start, need = k, need - 1
        if need < 0:
            break
    if need >= 0 or not words[start][:1].isupper():
        return None
    return " ".join(words[start:])


def defined_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """{acronym: 'Full Name (ACR)'} for every acronym the texts introduce after a name it spells, one name each (an
    acronym introduced for two different names is left out: which one a column means cannot be told)."""
    found: dict[str, set[str]] = {}
    for text in texts:
        text = clean_text(text)
        for m in _DEFINITION.finditer(text):
            name = _name_before(text[:m.start()], m.group(1))
            if name:
                found.setdefault(m.group(1), set()).add(f"{name} ({m.group(1)})")
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}
