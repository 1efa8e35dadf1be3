"""The canonical registry of institutions: each institution once, with a stable id and every spelling seen.

Split from :mod:`normalizers.institutions`, which holds the name rules it applies (``match_key``, the canonical
names of public bodies, ``institution_id``) and re-exports this module's names, where callers have always found
them. The matching rules are described there."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping

from rapidfuzz import fuzz

from normalizers.institutions import (FUZZY_MIN, _PUBLIC, _canonical_public, _rkey, clean_partner_name,
                                      institution_id, institution_kind, match_key)
from normalizers.places import UAT_TITLE_WORDS, county_names, resolve_uat
from normalizers.text import fold_key

__all__ = ["Institution", "InstitutionRegistry", "FIELDS"]


@dataclass
class Institution:
    """One canonical institution; `aliases` holds every spelling seen (cleaned)."""

    institution_id: str
    name: str
    kind: str
    uat: str | None = None
    county: str | None = None
    siruta: int | None = None
    aliases: list[str] = field(default_factory=list)


FIELDS = ("institution_id", "name", "kind", "uat", "county", "siruta", "aliases")
_ALIAS_SEP = " | "


@lru_cache(maxsize=1)
def _county_keys() -> list[str]:
    return sorted((fold_key(c) for c in county_names()), key=len, reverse=True)


# the words after a unit's title name a place: 'Municipiului Cornești' and 'Municipiului Mircești' are two bodies
_UAT_NAMED = re.compile(r"\b" + UAT_TITLE_WORDS + r"((?: \w+){1,3})$")


def _locator(key: str) -> tuple[str, ...]:
    """What must agree exactly before any fuzzy score: numbers (sector, 'nr'), county names and the place a unit's
    title names at the end of the name."""
    parts = set(re.findall(r"\d+", key))
    uat = _UAT_NAMED.search(key)
    if uat:
        parts.add("uat:" + uat.group(1).strip())
    padded = f" {key} "
    for ck in _county_keys():
        if f" {ck} " in padded:
            parts.add(ck)
            padded = padded.replace(f" {ck} ", " ")
    return tuple(sorted(parts))


_GENERIC = {"asociatia", "fundatia", "organizatia", "societatea", "de", "din", "pentru", "si", "a", "al", "la",
            "romania", "bucuresti", "nationala", "national", "umanitara", "sociala", "nr"}


def _block_words(key: str) -> set[str]:
    words = [w for w in key.split() if w not in _GENERIC and not w.isdigit()]
    return {words[0], words[-1]} if words else {key}


def _marks(s: str) -> int:
    return sum(1 for ch in s if ch in "ăâîșțĂÂÎȘȚ")


class InstitutionRegistry:
    """Canonical institutions with their aliases; grows as names are resolved."""

    def __init__(self) -> None:
        self._items: dict[str, Institution] = {}  # id -> institution
        self._by_key: dict[str, str] = {}  # match key -> id
        self._blocks: dict[tuple[str, tuple[str, ...], str], set[str]] = {}  # (kind, locator, word) -> keys

    # ---- from and to rows (the file that holds them is read and written by pipeline.institutions: this module
    # does no I/O)
    @classmethod
    def from_rows(cls, *sources: Iterable[Mapping[str, str]]) -> "InstitutionRegistry":
        """A registry of the rows of each source in turn (the bundled seed, then the registry a run grew): the
        columns of :meth:`to_rows`, aliases joined with ``' | '``."""
        reg = cls()
        for rows in sources:
            for row in rows:
                reg._add_row(row)
        return reg

    def _add_row(self, row: dict) -> None:
        aliases = [a for a in (row.get("aliases") or "").split(_ALIAS_SEP) if a]
        inst = self._items.get(row["institution_id"])
        if inst is None:
            inst = Institution(row["institution_id"], row["name"], row["kind"] or institution_kind(row["name"]),
                               row.get("uat") or None, row.get("county") or None,
                               int(row["siruta"]) if row.get("siruta") else None, [])
            self._items[inst.institution_id] = inst
        place = None
        if inst.kind in _PUBLIC and inst.uat:
            place = resolve_uat(inst.uat, inst.county)
        self._index(_rkey(inst.name, place), inst)
        for a in [row["name"], *aliases]:
            if a not in inst.aliases:
                inst.aliases.append(a)
            if inst.kind not in _PUBLIC:  # public bodies are found through their canonical name only
                self._index(_rkey(a), inst)

    def _index(self, key: str, inst: Institution) -> None:
        if not key:
            return
        self._by_key.setdefault(key, inst.institution_id)
        loc = _locator(key)
        for w in _block_words(key):
            self._blocks.setdefault((inst.kind, loc, w), set()).add(key)

    def to_rows(self) -> list[dict[str, str]]:
        """Every institution as a row of strings (columns ``FIELDS``), in a stable order: kind, name, id."""
        return [{"institution_id": inst.institution_id, "name": inst.name, "kind": inst.kind,
                 "uat": inst.uat or "", "county": inst.county or "",
                 "siruta": "" if inst.siruta is None else str(inst.siruta),
                 "aliases": _ALIAS_SEP.join(a for a in inst.aliases if a != inst.name)}
                for inst in sorted(self._items.values(), key=lambda i: (i.kind, fold_key(i.name), i.institution_id))]

    def institutions(self) -> list[Institution]:
        """Every institution, in insertion order."""
        return list(self._items.values())

    # ---- resolving
    def lookup(self, name: str, county: str | None = None, uat: str | None = None) -> Institution | None:
        """Like `resolve` but never adds: the matching institution or None."""
        return self._match(name, county, uat)[0]

    def _match(self, name: str, county: str | None, uat: str | None):
        display = clean_partner_name(name)
        kind = institution_kind(display)
        place = None
        canonical = display
        if kind in _PUBLIC:
            hit = _canonical_public(display, kind, county, uat)
            if hit:
                canonical, place = hit
        key = _rkey(canonical, place)
        if not key:
            return None, display, canonical, kind, place, key
        iid = self._by_key.get(key)
        if iid:
            return self._items[iid], display, canonical, kind, place, key
        if place is not None:  # a placed public body is named by rule: exact or new, never fuzzy
            return None, display, canonical, kind, place, key
        core = _core(key)
        if len(core) < 10:  # too short for a fuzzy score to mean anything
            return None, display, canonical, kind, place, key
        loc = _locator(key)
        candidates: set[str] = set()
        for w in _block_words(key):
            candidates |= self._blocks.get((kind, loc, w), set())
        best, best_score = None, 0.0
        for ck in candidates:
            score = fuzz.ratio(core, _core(ck), score_cutoff=FUZZY_MIN)
            if score > best_score:
                best, best_score = ck, score
        if best is not None:
            return self._items[self._by_key[best]], display, canonical, kind, place, key
        return None, display, canonical, kind, place, key

    def resolve(self, name: str, county: str | None = None, uat: str | None = None) -> Institution:
        """The institution `name` stands for; a new one is added when nothing matches confidently.

        `county`/`uat` are the document's context: they qualify a bare 'DGASPC' or 'Primăria' and decide
        between same-named communes; they are not stamped on private partners.
        """
        inst, display, canonical, kind, place, key = self._match(name, county, uat)
        if not key:
            raise ValueError(f"empty institution name: {name!r}")
        if inst is None:
            inst = Institution(institution_id(key), canonical, kind,
                               place.uat if place else None, place.county if place else None,
                               place.siruta if place else None, [])
            while inst.institution_id in self._items:  # sha1 prefix clash: extremely unlikely, still never merge
                inst.institution_id = "inst_" + hashlib.sha1((inst.institution_id + key).encode()).hexdigest()[:12]
            self._items[inst.institution_id] = inst
            inst.aliases.append(canonical)
            self._index(key, inst)
        for a in (display, canonical):
            if a and a not in inst.aliases:
                inst.aliases.append(a)
        if (inst.kind not in _PUBLIC and match_key(display) == match_key(inst.name) and not display.isupper()
                and _marks(display) > _marks(inst.name)):
            inst.name = display  # same words, better spelling ('Organizatia' -> 'Organizația'); id unchanged
        if kind not in _PUBLIC:
            self._index(_rkey(display), inst)
        self._index(key, inst)
        return inst


def _core(key: str) -> str:
    """The distinctive part of a key: generic head words ('asociatia', 'fundatia', …) removed."""
    return " ".join(w for w in key.split() if w not in _GENERIC)

