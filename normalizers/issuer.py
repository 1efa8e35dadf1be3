"""The issuer of a plan or report: the institution that drew it up, from its opening text and its place.

Split from :mod:`normalizers.institutions` (which re-exports :func:`canonical_issuer`): the rules here name a
public body by the registry's canonical names (:func:`normalizers.institutions.directorate_name`).
"""
from __future__ import annotations

import re

from normalizers.institutions import DGASMB, SPAS, directorate_name
from normalizers.places import CAPITAL, UAT_TITLE_WORDS, UNPRINTED_KIND, Place, canonical_county, find_place, resolve_uat
from normalizers.text import fold_key, strip_diacritics

__all__ = ["canonical_issuer", "directorate_county"]

# the annual plan, or the plans of several years a report is about ('Planurilor anuale de acțiune')
_PLAN = re.compile(r"\bplan(?:ul|ului|urile|urilor)? anual[ea]? de actiune\b")
# the mayor's own report: named after the mayor, or by its legal formula (art. 155 of the administrative code: 'raport
# privind starea economică, socială și de mediu a unității administrativ-teritoriale'), which only the mayor presents
_MAYORS_REPORT = re.compile(r"\braport(?:ul)? (?:anual )?(?:al |de activitate al )?primarului\b"
                            r"|\braport(?:ul)? privind starea economica sociala si de mediu\b")
# the mayor's report or the mayor and the mayor's office named
_MAYOR = re.compile(r"\braport(?:ul)? (?:anual )?(?:al |de activitate al )?primarului\b|\bprimarul\b|\bprimari[ae]i?\b"
                    r"|\braport(?:ul)? privind starea economica sociala si de mediu\b")
_LETTERHEAD_CHARS = 600  # where no title word is found: the opening lines, as far as a letterhead runs
_MENTIONS = {
    "DGASPC": re.compile(r"\bd\s?g\s?a\s?s\s?p\s?c\b|directi(?:a|ei) general[ae]? de asistenta sociala si protectia copilului"),
    "DGASMB": re.compile(r"\bd\s?g\s?a\s?s\s?m\s?b\b|directi(?:a|ei) general[ae]? de asistenta sociala a municipiului bucuresti"),
    "DAS": re.compile(r"\bdas\b|directi(?:a|ei) de asistenta sociala"),
    "SPAS": re.compile(r"\bspas\b|servici(?:ul|ului) public de asistenta sociala"),
}


def _fold_for_search(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", strip_diacritics(text).lower().replace(".", ""))


# the public social-assistance bodies that draw up a plan (Law 292/2011, art. 113), as printed with their place:
# 'Direcția de Asistență Socială a Municipiului X', 'Serviciul Public de Asistență Socială al Comunei X',
# 'Compartimentul de asistență socială din cadrul Primăriei Comunei X', 'DGASPC Sector 2'
_PRINTED_BODY = re.compile(
    r"\b(?:(?P<DGASPC>directi(?:a|ei) general[ae]? de asistenta sociala si protectia copilului|d g a s p c|dgaspc)"
    r"|(?P<DGASMB>directi(?:a|ei) general[ae]? de asistenta sociala a municipiului bucuresti|d g a s m b|dgasmb)"
    r"|(?P<DAS>directi(?:a|ei) (?:general[ae]? )?de asistenta sociala(?: si medicala)?|das)"
    r"|(?P<SPAS>servici(?:ul|ului) public(?: local)? de asistenta sociala|spas)"
    r"|(?P<compartiment>(?:compartiment|birou|servici)(?:ul|ului) (?:de )?asistenta sociala))\b")
# what may stand between a body and its place: 'a', 'al', 'din cadrul', 'al Primăriei', 'Comunei', …
_BODY_LINK = (r"(?:(?:a|al|din|din cadrul|de pe langa|in subordinea)\s+)?(?:primariei\s+|consiliului local\s+(?:al\s+)?)?"
              + UAT_TITLE_WORDS + r"?\s*")


def _printed_issuer(opening: str, place: Place) -> tuple[str, str] | None:
    """The public social-assistance body the opening prints *with the document's place* ('Direcția de Asistență
    Socială a Municipiului X elaborează …'): the most printed one, the first on a tie. The document's own words
    win over the rule by kind of place, and a UAT SIRUTA does not know keeps its printed body."""
    bare = fold_key(place.bare_name) if place.kind != "judet" else ""
    if place.kind == "sector":
        bare = "sector " + re.sub(r"\D", "", place.uat)
    names = [n for n in (bare, fold_key(place.county or "") if place.kind in ("judet",) else "") if n]
    if place.uat == "Municipiul București":
        names = ["bucuresti"]
    if not names:
        return None
    tail = re.compile(_BODY_LINK + r"(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _PRINTED_BODY.finditer(opening):
        kind = m.lastgroup or ""
        rest = opening[m.end():].lstrip()
        if kind == "DGASPC" and place.kind == "sector":
            rest = re.sub(r"^sector(?:ul)?\s*", "sector ", rest)
        if (kind == "DGASMB") != (place.uat == "Municipiul București") or kind != "DGASMB" and not tail.match(rest):
            continue
        counts[kind] = counts.get(kind, 0) + 1
        first.setdefault(kind, m.start())
    if not counts:
        return None
    kind = max(counts, key=lambda k: (counts[k], -first[k]))
    if kind == "compartiment":
        return directorate_name("SPAS", place), "SPAS"  # the commune's compartment, as the registry names it
    if kind == "SPAS" and place.kind == "comuna":  # printed as a public service, not as the mayor's compartment
        return f"{SPAS} al Comunei {place.uat.split(' ', 1)[1]}", "SPAS"
    name = directorate_name(kind, place)
    return (name, kind) if name else None


# a county's child-protection directorate printed with its county ('DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI
# PROTECȚIA COPILULUI GIURGIU', 'D.G.A.S.P.C. Satu Mare', 'DGASPC al Județului Arad'); group 1: the words after it
_COUNTY_DGASPC = re.compile(r"\b(?:directi(?:a|ei) general[ae]? de asistenta sociala si protectia copilului|dgaspc)"
                            r"\s+(?:(?:a|al)\s+)?(?:judetului\s+|judetul\s+)?([a-z]+(?:\s[a-z]+){0,3})")


def directorate_county(text: str) -> Place | None:
    """The county whose DGASPC the text names first (a DGASPC is the county council's directorate, Law 292/2011
    art. 113): the place of a directorate's document that prints no UAT of its own ('Județul …', 'Consiliul
    Județean …'), only its letterhead. None when no DGASPC is named with a county (a sector's is found as the
    sector)."""
    for m in _COUNTY_DGASPC.finditer(_fold_for_search(text or "")):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            county = canonical_county(" ".join(words[:n]))
            if county:
                return resolve_uat(f"Județul {county}") if county != CAPITAL else None
    return None


# the first words of the document's title: the letterhead is what is printed above it
_TITLE = re.compile(r"\b(?:plan(?:ul)?|raport(?:ul)?|hotarare(?:a)?|anexa|strategia|proiect(?:ul)?|dispozitia|program(?:ul)?|"
                    r"situatia|lista|registrul)\b")
_MAYORS_OFFICE = re.compile(r"\bprimari(?:a|ei)\s+" + UAT_TITLE_WORDS + r"?\s*")


def _mayors_office_of(place: Place) -> re.Pattern:
    """'Primăria Orașului X' (searched in text folded by :func:`_fold_for_search`) of the place."""
    name = re.escape(_fold_for_search(place.bare_name).strip())
    return re.compile(r"\bprimari(?:a|ei)\s+" + UAT_TITLE_WORDS + r"?\s*" + name + r"\b")


def _letterhead_is_the_mayors_office(opening: str, place: Place) -> bool:
    """The letterhead (the lines above the title) names the mayor's office of the document's place and no
    social-assistance body: 'ROMÂNIA / JUDEȚUL X / PRIMĂRIA ORAȘULUI Y / RAPORT DE MONITORIZARE …'."""
    title = _TITLE.search(opening)
    letterhead = opening[:title.start()] if title else ""
    if not letterhead or _PRINTED_BODY.search(letterhead):
        return False
    name = fold_key(place.bare_name)
    return any(re.match(re.escape(name) + r"\b", letterhead[m.end():]) for m in _MAYORS_OFFICE.finditer(letterhead))


def _letterhead_body(opening: str, place: Place) -> tuple[str, str] | None:
    """The social-assistance body of a town, municipality or sector (or a county's DGASPC) that the letterhead (the
    lines above the title; the opening lines where no title word is found) prints with its place, under the mayor's
    office ('PRIMĂRIA SECTORULUI 1 / DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI PROTECȚIA COPILULUI SECTOR 1' above a
    statistical report): the mayor's office is its hierarchy, the body the text's author. None for the mayor's own
    report (named after the mayor or by its legal formula), and in a commune, whose compartment is its town hall's."""
    if place.kind == "comuna" or _MAYORS_REPORT.search(opening):
        return None
    title = _TITLE.search(opening)
    printed = _printed_issuer(opening[:title.start()] if title else opening[:_LETTERHEAD_CHARS], place)
    return printed if printed and printed[1] in ("DAS", "SPAS", "DGASPC", "DGASMB") else None


def canonical_issuer(text: str, place: Place | None, council_act: bool = False,
                     strategy: bool = False) -> tuple[str, str] | None:
    """(canonical issuer name, issuer_kind) of a plan/report, from its opening text and its Place.

    Rules (template vocabulary, Law 292/2011 roles): a *plan anual de acțiune* (or a report on one) is drawn
    up by the public social-assistance service of the UAT — a sector's DGASPC, the capital's DGASMB (CGMB plan),
    a county's DGASPC, a town's DAS/SPAS when the text names one — and by the mayor's office in a commune
    (its 'compartiment de asistență socială' sits inside the primărie; a county council's hotărâre approving a
    commune's plan therefore gives the commune's primărie). A text that is no plan but speaks of the mayor
    ('Raportul primarului', 'Primăria …') is the primărie's. None when the place cannot be told.

    The printed issuer wins over these rules: a plan whose opening names a public social-assistance body of its
    own place ('Serviciul Public de Asistență Socială al Comunei X', 'Direcția de Asistență Socială a
    Municipiului X') is that body's, also when the place is not in SIRUTA (``siruta`` None: the body is named
    after the printed UAT, never after the county). A letterhead naming the place's mayor's office and no such
    body ('PRIMĂRIA ORAȘULUI X' above the title) gives the primărie.

    ``council_act``: the document is a council's own decision (a HOTĂRÂRE approving a programme of subsidies,
    contracting or grants, not a plan): the council of its place adopted it — the county council for a county,
    the local council otherwise (a sector's too) —, whichever body its preamble says drew up the proposal.

    ``strategy``: the document is a strategy for the development of social services, drawn up as a plan is (by the
    same bodies, Law 292/2011 art. 112), whether or not its opening names the annual plan.
    """
    if place is None:
        place = find_place(text[:5000] if text else "")
    if place is None:
        return None
    if council_act:
        kind = "consiliu_judetean" if place.kind == "judet" else "consiliu_local"
        name = directorate_name(kind, place)
        if name:
            return name, kind
    folded = _fold_for_search(text or "")
    opening = folded[:6000]
    counts = {k: len(rx.findall(folded)) for k, rx in _MENTIONS.items()}
    is_plan = strategy or bool(_PLAN.search(opening))
    if not is_plan and _MAYOR.search(opening):
        # a directorate printed under its town hall's letterhead ('PRIMĂRIA MUNICIPIULUI X / DIRECȚIA DE ASISTENȚĂ
        # SOCIALĂ A MUNICIPIULUI X / Situația …') drew the document up, unless it is the mayor's report
        body = _letterhead_body(opening, place)
        if body:
            return body
        return directorate_name("primarie", place), "primarie"
    printed = _printed_issuer(opening, place)
    if printed:
        return printed
    if place.kind != "judet" and _letterhead_is_the_mayors_office(opening, place):
        return directorate_name("primarie", place), "primarie"
    if place.kind == "sector":
        if counts["DAS"] > counts["DGASPC"] and counts["DAS"] >= 3:  # a sector whose DAS runs the services
            return directorate_name("DAS", place), "DAS"
        return directorate_name("DGASPC", place), "DGASPC"
    if place.uat == "Municipiul București":
        return DGASMB, "DGASMB"
    if place.kind == "judet":
        return directorate_name("DGASPC", place), "DGASPC"
    if place.kind in ("municipiu", "oras", UNPRINTED_KIND):
        # a director's title says a directorate drew the text up, unless the text names no directorate and the
        # place's own mayor's office is the body it names ('… se încredințează primarul și Primăria Orașului X')
        director = (re.search(r"\bdirector (?:general|executiv)\b", folded)
                    and not _mayors_office_of(place).search(folded))
        if counts["DAS"] or counts["SPAS"] or director:
            kind = "DAS" if counts["DAS"] >= counts["SPAS"] else "SPAS"
            return directorate_name(kind, place), kind
    return directorate_name("primarie", place), "primarie"
