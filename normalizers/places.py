"""Administrative units (UAT) and counties, resolved to SIRUTA codes.

Why: the same commune name exists in several counties (Dragomirești: Dâmbovița, Neamț, Vaslui, a town in
Maramureș), so a UAT is only identified by name *and* county; sectors and the capital need their own rules.

Reference data: the SIRUTA list bundled with ``sirutalib``, read by :func:`normalizers.reference.siruta_table` (the
loader at the edge) and indexed here once. Everything here is a pure function of it.

Conventions of the output (``Place``):
- ``uat``: "Comuna Dragomirești", "Orașul X", "Municipiul Cluj-Napoca", "Sector 2 București",
  "Municipiul București", "Județul Neamț" (county-level place).
- ``county``: "Neamț", "Bistrița-Năsăud", … and "București" for the capital and its sectors; comma-below
  diacritics.
- ``siruta``: the UAT's code (the capital is 179132, the UAT, not the county-level row 403; a county-level
  place carries the county's code, e.g. Neamț 270).
- ``resolve_uat`` never guesses: an ambiguous name without a county gives ``None``.
- ``locate_place`` (and ``find_place``) keep the UAT a document prints even when SIRUTA does not settle it: a
  name SIRUTA does not have (or has in several counties, with no county printed) gives a ``Place`` with the
  printed name, the printed county (or none) and ``siruta`` None, plus a warning saying why
  (``uat_not_in_siruta:<uat>``, ``uat_ambiguous:<uat>``) — never the county or another unit instead. A unit whose
  kind the document never prints ('Serviciul Public de Asistență Socială Valea Lungă') keeps its bare printed name
  as ``uat``, kind ``UNPRINTED_KIND``: its kind is not guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from normalizers.reference import siruta_table
from normalizers.text import clean_text, fold_key, strip_diacritics

__all__ = ["Place", "PlaceFinding", "UNPRINTED_KIND", "canonical_county", "resolve_uat", "find_place", "locate_place",
           "county_names"]


@dataclass(frozen=True)
class Place:
    """One administrative unit: its display name, county, SIRUTA code and kind."""

    uat: str  # "Comuna Dragomirești", "Municipiul Cluj-Napoca", "Orașul X", "Sector 2 București", "Municipiul București"
    county: str | None  # "Neamț"; "București" for the capital and sectors; None for an unresolved UAT printed
    # without its county
    siruta: int | None  # None for a UAT printed in the document but not (or not uniquely) in SIRUTA
    kind: str  # comuna | oras | municipiu | sector | judet | nespecificat (UNPRINTED_KIND)

    @property
    def bare_name(self) -> str:
        """The unit's name without its title: 'Comuna Dragomirești' -> 'Dragomirești'; 'Valea Lungă' (kind not
        printed) -> 'Valea Lungă'; 'Sector 2 București' -> 'Sector 2 București'."""
        if self.kind in ("comuna", "oras", "municipiu", "judet") and " " in self.uat:
            return self.uat.split(" ", 1)[1]
        return self.uat


# the kind of a unit SIRUTA does not settle whose document never prints its kind ('Serviciul Public de Asistență
# Socială Valea Lungă', no 'Comuna' / 'Orașul' anywhere): its ``uat`` is the bare printed name
UNPRINTED_KIND = "nespecificat"


# a unit's title as printed before its name, in fold_key form ('Comunei', 'Orașului', 'Sectorului', 'Județul'…):
# the one list the issuer and institution rules read a place name after
UAT_TITLE_WORDS = (r"(?:comunei|comuna|orasului|orasul|municipiului|municipiul|sectorului|sectorul|sector|judetului"
                   r"|judetul)")

CAPITAL = "București"
_CAPITAL_SIRUTA = 179132
# SIRUTA TIP codes -> our kinds (sirutalib documents the codes).
_TIP_KIND = {1: "municipiu", 4: "municipiu", 2: "oras", 5: "oras", 3: "comuna", 9: "municipiu", 6: "sector"}
_UAT_PREFIX = {"comuna": "Comuna", "oras": "Orașul", "municipiu": "Municipiul", "judet": "Județul"}
_LOWER_WORDS = {"de", "din", "la", "pe", "sub", "lui", "cu", "în", "și"}


def _title(name_upper: str) -> str:
    """'BAIA DE ARAMĂ' -> 'Baia de Aramă', 'BISTRIȚA-NĂSĂUD' -> 'Bistrița-Năsăud'."""
    words = name_upper.lower().split()
    out = []
    for i, w in enumerate(words):
        if i and w in _LOWER_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


@dataclass(frozen=True)
class _Unit:
    name: str  # display name without prefix: "Dragomirești", "Cluj-Napoca"
    key: str  # fold_key(name)
    kind: str
    county: str
    siruta: int


@lru_cache(maxsize=1)
def _siruta():
    """Index the SIRUTA list once: counties by folded name, UATs by folded name, sectors by number."""
    counties: dict[int, tuple[str, int]] = {}  # county number -> (display name, county siruta)
    rows = []
    for code, tip, name, county_number in siruta_table():
        if tip == 40:
            name = re.sub(r"^(JUDEȚUL|MUNICIPIUL)\s+", "", name)
            counties[county_number] = (_title(name), code)
        # TIP 9 is also a municipality's seat village
        elif tip in _TIP_KIND and (tip != 9 or code == _CAPITAL_SIRUTA):
            rows.append((code, tip, name, county_number))
    by_key: dict[str, list[_Unit]] = {}
    sectors: dict[int, _Unit] = {}
    for code, tip, raw, county_no in rows:
        county = counties.get(county_no, ("", 0))[0]
        kind = _TIP_KIND[tip]
        if code == _CAPITAL_SIRUTA:
            continue  # the capital is handled by _county_place
        if tip == 6:
            n = int(re.search(r"(\d)", raw).group(1))
            sectors[n] = _Unit(f"Sector {n}", f"sector {n}", "sector", CAPITAL, code)
            continue
        name = re.sub(r"^(MUNICIPIUL|ORAȘ|ORAŞ)\s+", "", raw)
        unit = _Unit(_title(name), fold_key(name), kind, county, code)
        by_key.setdefault(unit.key, []).append(unit)
    county_by_key = {fold_key(n): (n, c) for n, c in counties.values()}
    return county_by_key, by_key, sectors


def county_names() -> list[str]:
    """The 41 counties and București, display form."""
    return sorted(n for n, _ in _siruta()[0].values())


_COUNTY_PREFIX = re.compile(
    r"^(?:consiliul(?:ui)? judetean|judetul(?:ui)?|judetului|judet|jud|municipiul(?:ui)?|mun|municipiului)\s+"
)


def canonical_county(text: str | None) -> str | None:
    """'NEAMȚ', 'Neamt', 'jud. Neamţ', 'Județul Neamț' -> 'Neamț'; 'Municipiul București' -> 'București'."""
    key = fold_key(text)
    if not key:
        return None
    key = _COUNTY_PREFIX.sub("", key).strip()
    hit = _siruta()[0].get(key)
    if hit:
        return hit[0]
    if re.fullmatch(r"(?:sector(?:ul|ului)?\s*[1-6](?: bucuresti)?|bucuresti sector(?:ul)? [1-6])", key):
        return CAPITAL
    return None


def _county_place(county: str) -> Place:
    county_by_key = _siruta()[0]
    name, code = county_by_key[fold_key(county)]
    if name == CAPITAL:
        return Place("Municipiul București", CAPITAL, _CAPITAL_SIRUTA, "municipiu")
    return Place(f"Județul {name}", name, code, "judet")


def _place(unit: _Unit) -> Place:
    if unit.kind == "sector":
        return Place(f"{unit.name} {CAPITAL}", CAPITAL, unit.siruta, "sector")
    return Place(f"{_UAT_PREFIX[unit.kind]} {unit.name}", unit.county, unit.siruta, unit.kind)


_SECTOR = re.compile(r"\bsector(?:ul|ului)?\s*(?:nr\s*)?([1-6])\b")
_KIND_PREFIX = [
    (re.compile(r"^(?:primaria|primariei|consiliul(?:ui)? local(?: al)?)\s+"), None),
    (re.compile(r"^(?:comuna|comunei|com)\s+"), "comuna"),
    (re.compile(r"^(?:orasul(?:ui)?|orasului|oras|or)\s+"), "oras"),
    (re.compile(r"^(?:municipiul(?:ui)?|municipiului|municipiu|mun)\s+"), "municipiu"),
    (re.compile(r"^(?:consiliul(?:ui)? judetean|judetul(?:ui)?|judetului|judet|jud)\s+"), "judet"),
]


def resolve_uat(name: str, county: str | None = None, kind: str | None = None) -> Place | None:
    """A UAT name (with or without 'Comuna'/'Orașul'/'Municipiul'/'Sectorul') -> Place, or None.

    The county decides between same-named units; without it an ambiguous name gives None (never a guess).
    """
    key = fold_key(name)
    if not key:
        return None
    m = _SECTOR.search(key)
    if m and (kind in (None, "sector")):
        return _place(_siruta()[2][int(m.group(1))])
    for rx, k in _KIND_PREFIX:
        if rx.match(key):
            key = rx.sub("", key, count=1)
            kind = kind or k
    key = re.sub(r"^(?:al|a)\s+", "", key).strip()
    if key in ("bucuresti", "municipiului bucuresti", "capitala", "capitalei") and kind in (None, "municipiu", "judet"):
        return _county_place(CAPITAL)
    ccanon = canonical_county(county) if county else None
    if kind == "judet":
        c = canonical_county(key)
        return _county_place(c) if c else None
    units = list(_siruta()[1].get(key, []))
    if ccanon:
        units = [u for u in units if u.county == ccanon]
    if kind:
        units = [u for u in units if u.kind == kind]
    if len(units) == 1:
        return _place(units[0])
    return None


# ---------------------------------------------------------------- finding the place a document is about

_NAME = r"([a-z][a-z0-9]*(?:[- ][a-z][a-z0-9]*){0,3})"  # runs on the folded copy; capitals checked after
# words after which a named unit is the one the document is about: its budget, council, mayor, territory, and the
# mayor's report's legal formula ('starea economică, socială și de mediu a comunei X', art. 155 Codul administrativ)
_AUTH = (r"(?:bugetul(?:ui)?|consiliul(?:ui)?(?: local| general| judetean)?|primari[ae]i?|primarul(?:ui)?|raza|"
         r"teritoriul|sociala si de mediu)")
_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"\b(?:comuna|comunei)\s+" + _NAME), "comuna"),
    (re.compile(r"\b(?:orasul|orasului)\s+" + _NAME), "oras"),
    (re.compile(r"\b(?:municipiul|municipiului)\s+" + _NAME), "municipiu"),
    (re.compile(r"\b(?:judetul|judetului)\s+" + _NAME), "judet"),
    (re.compile(r"\bjud\.?\s+" + _NAME), "judet"),  # an address's 'jud. Neamț'
    (re.compile(r"\bconsiliul(?:ui)? judetean\s+" + _NAME), "judet"),
    (re.compile(r"\bconsiliul(?:ui)? local(?: al)?\s+" + _NAME), "local"),
    # the town's social-assistance service or directorate named after it ('Serviciul Public de Asistență Socială
    # Vicovu de Sus', 'Direcției de Asistență Socială Bucecea'); not a county's 'Direcția Generală …', named after
    # its county (a municipality may share the name: Giurgiu)
    # ('… de Asistență Socială AL' ending a title line, 'ORAȘULUI X' on the next: the genitive article is no name)
    (re.compile(r"\b(?:serviciul(?:ui)? public|directi(?:a|ei)(?: publica| locala)?) de asistenta sociala\s+"
                r"(?!(?:al|a|ale)\b)" + _NAME),
     "local"),
    # … or its acronym ('S.P.A.S. Vicovu de Sus', 'SPAS Bucecea', 'D.A.S. Bucecea')
    (re.compile(r"(?<![\w.])(?:s\.?p\.?a\.?s|d\.?a\.?s)\.?\s+" + _NAME), "local"),
]
# the county's own authorities printed with its county, who draw up and adopt its documents: its council, its
# child-protection directorate (group 1: the words after it)
_COUNTY_AUTHOR = re.compile(r"\b(?:consiliul(?:ui)? judetean|directi(?:a|ei) generala de asistenta sociala si protectia "
                            r"copilului|d\.?\s?g\.?\s?a\.?\s?s\.?\s?p\.?\s?c\.?)\s+(?:(?:a|al)\s+)?(?:judetului\s+)?" + _NAME)
_RANK = {"comuna": 3, "oras": 3, "sector": 3, "municipiu": 3, UNPRINTED_KIND: 3, "judet": 1}


def _fold_same_length(text: str) -> str:
    """Lower-case, diacritics-free copy of `text` with the same length, so spans map back to the original."""
    out = []
    for ch in text:
        f = strip_diacritics(ch).lower()
        out.append(f if len(f) == 1 else ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out)


@dataclass(frozen=True)
class PlaceFinding:
    """The place a document is about, and why it has no SIRUTA code when it has none."""

    place: Place | None
    warnings: tuple[str, ...] = ()


# words that end a UAT name printed in capitals ("COMUNA COSMEȘTI JUDEȚUL ALBA", "… PENTRU ANUL 2024")
_NAME_END = {"judetul", "judetului", "judet", "jud", "pentru", "privind", "anul", "si", "cu", "in", "prin", "pe",
             "nr", "sector", "sectorul"}
_UNRESOLVED_KINDS = ("comuna", "oras", "municipiu")
_UNRESOLVED_MAX_WORDS = 3  # UAT names run to three words ("Valea lui Mihai"); a longer run is prose


def _printed_uat_name(printed: str) -> str | None:
    """The name part of a mention SIRUTA did not resolve, for display: words up to the first word that cannot be
    part of a UAT name, title-cased when printed in capitals ('COSMEȘTI JUDEȚUL ALBA' -> 'Cosmești')."""
    words: list[str] = []
    for w in printed.split():
        if fold_key(w) in _NAME_END or (words and canonical_county(w)):
            break
        words.append(w)
    while words and fold_key(words[-1]) in _LOWER_WORDS | {"lui"}:
        words.pop()
    if not words or len(words) > _UNRESOLVED_MAX_WORDS:
        return None
    name = " ".join(words)
    return _title(name) if name.isupper() else name


def _ambiguous(name: str, kind: str, county: str | None) -> bool:
    """SIRUTA has the name in several places and no county is printed to decide (else: not in SIRUTA)."""
    units = [u for u in _siruta()[1].get(fold_key(name), []) if u.kind == kind or kind == "municipiu"]
    return county is None and len(units) > 1


def _local_service_place(printed: str) -> tuple[str | None, str]:
    """(name, kind) of a town a social-assistance service is named after ('Serviciul Public de Asistență Socială
    Pietroasa') when SIRUTA has it in several counties and no county is printed: its kind when every unit of that
    name is of one kind (all communes), else no name (the kind would be a guess)."""
    name = _printed_uat_name(printed)
    if not name or re.match(UAT_TITLE_WORDS + r"\b", fold_key(name)):
        return None, "local"
    kinds = {u.kind for u in _siruta()[1].get(fold_key(name), [])}
    return (name, kinds.pop()) if len(kinds) == 1 else (None, "local")


# a county's own public bodies, named after it: 'Inspectoratul Școlar Județean X', 'Agenția Județeană pentru … X',
# 'Direcția Generală de Asistență Socială și Protecția Copilului X' (run on the folded copy)
_COUNTY_BODY = re.compile(r"\bjudetean[a]?\b[^\n.;,]{0,80}?\s([a-z][a-z-]+(?: [a-z][a-z-]+)?)(?=[\s,.;)]|$)"
                          r"|(?:\bprotectia copilului|\bd\.?\s?g\.?\s?a\.?\s?s\.?\s?p\.?\s?c\b\.?)\s*[-–]?\s*"
                          r"([a-z][a-z-]+(?: [a-z][a-z-]+)?)")


def _settled_by_county_bodies(place: Place, low: str) -> Place | None:
    """The one unit of an ambiguous name (several counties, none printed as 'Județul X') that lies in a county
    whose own bodies the document names — a commune works with its county's DGASPC, school inspectorate, job
    agency —, when exactly one of its counties is so named; else None (still ambiguous)."""
    units = [u for u in _siruta()[1].get(fold_key(place.bare_name), []) if u.kind == place.kind]
    counties = {u.county for u in units}
    named: set[str] = set()
    for m in _COUNTY_BODY.finditer(low):
        words = (m.group(1) or m.group(2)).split()
        for n in range(len(words), 0, -1):
            county = canonical_county(" ".join(words[:n]))
            if county:
                named.add(county)
                break
    hits = [u for u in units if u.county in named]
    return _place(hits[0]) if len(hits) == 1 and len(named & counties) == 1 else None


def _unknown_town(name: str, county: str | None) -> bool:
    """A town a service or council is named after that SIRUTA does not have: not in the printed county, or, with
    no county printed, nowhere (a name SIRUTA has in several places, none printed, is :func:`_local_service_place`'s);
    never a title word ('… Socială Al Orașului X': the town is the title's) or a county's own name ('Direcția de
    Asistență Socială Neamț' is no town's)."""
    if re.search(r"\b" + UAT_TITLE_WORDS + r"\b", fold_key(name)) or canonical_county(name):
        return False
    units = _siruta()[1].get(fold_key(name), [])
    return not units if county is None else not any(u.county == county for u in units)


def _county_of_units_named_alike(best: Place, scores: dict[Place, float]) -> Place | None:
    """The county, when the unit that won by the county's votes (named as a place, never after an authority word)
    is named no more than another unit of the county: a document listing its county's towns and communes alike
    ('Servicii sociale în Municipiul X', 'UAT Comuna Y' over the tables of a county's catalogue) is the county's,
    not the first of them. None otherwise."""
    county = next((q for q in scores if q.kind == "judet" and q.county == best.county), None)
    if county is None or best.kind == "judet" or best.kind == "sector":
        return None
    rivals = [q for q in scores if q != best and q.kind != "judet" and q.county == best.county]
    return county if any(scores[q] >= scores[best] for q in rivals) else None


def find_place(text: str) -> Place | None:
    """The UAT a document is about (see :func:`locate_place`); its ``siruta`` is None when SIRUTA does not
    settle the printed name."""
    return locate_place(text).place


def _county_prefix(words: str) -> str | None:
    """The county the longest prefix of ``words`` names ('hunedoara pe anul' → Hunedoara), else None."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        county = canonical_county(" ".join(parts[:n]))
        if county:
            return county
    return None


def locate_place(text: str) -> PlaceFinding:
    """The UAT a document is about, from its title/opening text, with a warning when it has no SIRUTA code.

    Every mention of a unit ('bugetul Comunei X', 'Consiliul Local Sector 2', 'Municipiului Cluj-Napoca',
    'JUDEȚUL NEAMȚ') is a vote; a mention after an authority word (bugetul, consiliul, primăria) weighs more;
    a county's or the capital's votes also count for the units inside them. The best-scored unit wins, and on
    a tie the more specific one (commune/town/sector over county/capital).

    A commune/town/municipality the document names after an authority word but SIRUTA does not resolve (an
    unknown name, a name not in the printed county, a name several counties share with no county printed) is
    still a candidate, with its printed name, the printed county and ``siruta`` None: the document's own words
    win over a county fallback. On a tie a resolved unit goes first.
    """
    # one line per line: a name never runs across a line break ("JUDEȚUL NEAMȚ" / "PRIMĂRIA COMUNEI X")
    original = "\n".join(clean_text(line) for line in (text or "").splitlines())
    if not original.strip():
        return PlaceFinding(None)
    low = _fold_same_length(original)
    # case-insensitive search on the folded copy; names must be capitalised in the original
    mentions: list[tuple[int, str, str, bool]] = []  # (pos, kind, printed name, authority)

    def authority(pos: int) -> bool:
        return re.search(_AUTH + r"\W+(?:\w+\W+){0,2}$", low[max(0, pos - 40):pos]) is not None

    for m in _SECTOR.finditer(low):
        mentions.append((m.start(), "sector", f"Sector {m.group(1)}", authority(m.start())))
    for rx, kind in _PATTERNS:
        for m in re.finditer(rx.pattern, low):
            s, e = m.span(1)
            printed = original[s:e]
            # keep only the capitalised words of the original (the regex ran on lower-case text)
            words = []
            for w in re.split(r"(?<=[\s-])", printed):
                if w[:1].isupper() or (words and w.strip() in ("de", "din", "la", "pe", "lui")):
                    words.append(w)
                else:
                    break
            printed = "".join(words).strip(" -")
            while printed.split() and printed.split()[-1] in ("de", "din", "la", "pe", "lui"):
                printed = printed.rsplit(" ", 1)[0]
            if not printed or fold_key(printed).startswith("sector"):
                continue
            mentions.append((m.start(), kind, printed, authority(m.start()) or kind in ("judet", "local")))
    if not mentions:
        return PlaceFinding(None)

    county_ctx: str | None = None
    for _, kind, printed, _a in sorted(mentions):
        if kind == "judet":
            words = printed.split()
            for n in range(len(words), 0, -1):
                county_ctx = canonical_county(" ".join(words[:n]))
                if county_ctx:
                    break
            if county_ctx:
                break
    if county_ctx is None:  # "JUDEȚUL NEAMȚ" on its own line is caught above; "Neamț" alone is not enough
        m = re.search(r"(?m)^\s*jud(?:etul)?\.?\s+(\w[\w -]+)$", low)
        if m:
            county_ctx = canonical_county(m.group(1))

    def resolve_mention(kind: str, printed: str) -> Place | None:
        if kind == "judet":
            c = canonical_county(printed)
            return _county_place(c) if c else None
        if kind == "sector":
            return resolve_uat(printed)
        if kind == "local":
            return resolve_uat(printed, county_ctx)
        return resolve_uat(printed, county_ctx, kind) or (
            resolve_uat(printed, county_ctx) if kind == "municipiu" else None)

    scores: dict[Place, float] = {}
    first: dict[Place, int] = {}
    named_by_authority: set[Place] = set()  # units named at least once after an authority word (its budget, council)
    # (kind, folded name) -> [display name, votes, has an authority mention, first position]
    unresolved: dict[tuple[str, str], list] = {}
    # the towns a social-assistance service is named after that SIRUTA does not settle: the document's own body,
    # so a mention of such a town with its kind ('Sediul: Orașul X') is the document's place, not one in passing
    service_towns: set[str] = set()
    for pos, kind, printed, auth in mentions:
        # all-capital headings run words together ("COMUNA X JUDEȚUL Y"): try the longest prefix that resolves
        words = printed.split()
        place = None
        for n in range(len(words), 0, -1):
            place = resolve_mention(kind, " ".join(words[:n]))
            if place is not None:
                break
        if place is None:
            name = _printed_uat_name(printed) if kind in _UNRESOLVED_KINDS else None
            if kind == "local":
                town = _printed_uat_name(printed)
                if town:
                    service_towns.add(fold_key(town))
                if county_ctx is None:
                    name, kind = _local_service_place(printed)
                if name is None and town and _unknown_town(town, county_ctx):
                    name, kind = town, UNPRINTED_KIND
            if name:
                entry = unresolved.setdefault((kind, fold_key(name)), [name, 0.0, False, pos])
                entry[1] += 5.0 if auth else 1.0
                entry[2] = entry[2] or auth
            continue
        scores[place] = scores.get(place, 0.0) + (5.0 if auth else 1.0)
        first.setdefault(place, pos)
        if auth:
            named_by_authority.add(place)
    # a town printed once with its kind ('Sediul: Orașul X') and elsewhere without it ('Serviciul … X') is one unit,
    # of the printed kind
    printed_kinds = {key for kind, key in unresolved if kind != UNPRINTED_KIND}
    for (kind, key), entry in list(unresolved.items()):
        if kind == UNPRINTED_KIND and key in printed_kinds:
            del unresolved[(kind, key)]
            for (_kind, same), kept in unresolved.items():
                if same == key:
                    kept[1] += entry[1]
                    kept[3] = min(kept[3], entry[3])
    ambiguous: dict[Place, bool] = {}
    for (kind, key), (name, votes, auth, pos) in unresolved.items():
        if not auth and key not in service_towns:
            continue  # a name seen only in passing ('Proiectul „Orașul Copiilor”') is no document's UAT
        place = Place(name if kind == UNPRINTED_KIND else f"{_UAT_PREFIX[kind]} {name}", county_ctx, None, kind)
        if place in scores:
            continue
        scores[place] = votes
        first[place] = pos
        ambiguous[place] = _ambiguous(name, kind, county_ctx)
        named_by_authority.add(place)
    if not scores:
        return PlaceFinding(None)
    # votes of a container (county, capital) also count for the units inside it; not for a unit only named in passing
    # ('contract de asociere cu Comuna X': a partner, a service's address) after the county's own council or
    # directorate heads the document: the document is the county's
    county_authors: dict[str, int] = {}
    for m in _COUNTY_AUTHOR.finditer(low):
        county = _county_prefix(m.group(1))
        if county:
            county_authors.setdefault(county, m.start())
    total: dict[Place, float] = {}
    for p, s in scores.items():
        t = s
        for q, sq in scores.items():
            if q is p:
                continue
            if p.kind == "sector" and q.uat == "Municipiul București":
                t += sq
            elif q.kind == "judet" and p.kind != "judet" and p.county == q.county \
                    and (p in named_by_authority or first[p] < county_authors.get(q.county, len(low))):
                t += sq
        total[p] = t

    def rank(p: Place) -> int:
        return 2 if p.uat == "Municipiul București" else _RANK.get(p.kind, 0)

    best = max(total, key=lambda p: (total[p], rank(p), p.siruta is not None, -first[p]))
    if best not in named_by_authority:
        best = _county_of_units_named_alike(best, scores) or best
    if best.siruta is None:
        if ambiguous[best]:
            settled = _settled_by_county_bodies(best, low)
            if settled is not None:
                return PlaceFinding(settled)
            warnings = [f"uat_ambiguous:{best.uat}"]
        else:
            warnings = [f"uat_not_in_siruta:{best.uat}"]
        return PlaceFinding(best, tuple(warnings))
    return PlaceFinding(best)
