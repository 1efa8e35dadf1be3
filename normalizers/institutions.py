"""Institutions: name normalisers, a canonical registry with stable ids, and the issuer of a document.

Why: one directorate is printed 'D.G.A.S.P.C. Sector 2', 'DGASPC Sector 2', 'Direcției Generale de Asistență
Socială și Protecția Copilului Sector 2'; partners come with or without diacritics, quotes and legal forms.
The datasets need one canonical name and one id per institution, and never one id for two institutions.

Matching rules (``InstitutionRegistry.resolve``):
1. exact match of ``match_key`` (diacritics folded, acronyms expanded, quotes and legal forms dropped);
   public bodies (DGASPC, DGASMB, DAS, SPAS, primărie, consiliu local/județean) are first rewritten to their
   canonical name by rule (``directorate_name``), so every spelling of "DGASPC Sector 2" has one key;
2. otherwise a fuzzy match (rapidfuzz ``ratio`` ≥ ``FUZZY_MIN`` on the keys without generic words such as
   'asociația', and only when that part has ≥ 10 characters) but only inside a block: same kind
   (so 'Asociația X' never meets 'Fundația X') and same *locator* — the exact set of numbers, sectors and
   county names in the name ('Sector 2' vs 'Sector 3', 'Nr. 39' vs 'Nr. 40', 'Neamț' vs 'Iași' never merge)
   — and sharing a first or last distinctive word; blocks keep the cost near-linear;
3. otherwise a new institution is added (never forced onto a wrong one).

Ids: ``institution_id = "inst_" + sha1(key).hexdigest()[:12]`` where key = ``match_key(canonical name)``
(the capital written one way), plus ``" #<SIRUTA>"`` for a public body tied to a place (so 'Primăria Comunei
Dragomirești' in Neamț and in Dâmbovița are two ids) — stable across runs and machines; the seed file stores
them, so a later change of a canonical name keeps the stored id.

Partner display names (``clean_partner_name``) keep the printed wording (acronyms are not expanded there, so
'D.G.A.S.P.C. Neamț' stays readable as printed); quotes become Romanian „…”; legal forms 'S.C. X S.R.L.'
become 'X SRL'.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from normalizers.places import CAPITAL, UNPRINTED_KIND, Place, canonical_county, resolve_uat
from normalizers.text import clean_text, fold_key, strip_diacritics

__all__ = [
    "Institution", "InstitutionRegistry", "expand_acronyms", "clean_partner_name", "institution_kind",
    "match_key", "canonical_issuer", "directorate_name", "institution_id", "FIELDS", "FUZZY_MIN",
]

FUZZY_MIN = 90  # rapidfuzz.fuzz.ratio on the distinctive part of the keys, inside a block only

DGASPC = "Direcția Generală de Asistență Socială și Protecția Copilului"
DGASMB = "Direcția Generală de Asistență Socială a Municipiului București"
DAS = "Direcția de Asistență Socială"
SPAS = "Serviciul Public de Asistență Socială"

# acronym -> full name. Only upper-case acronyms (dotted or not) are expanded; 'ANA' is left out on purpose
# ('ASOCIAȚIA ANA ȘI COPIII').
ACRONYMS: dict[str, str] = {
    "DGASPC": DGASPC,
    "DGASMB": DGASMB,
    "DGAS": "Direcția Generală de Asistență Socială",
    "DAS": DAS,
    "SPAS": SPAS,
    "ANPD": "Autoritatea Națională pentru Persoanele cu Dizabilități",
    "ANPDPD": "Autoritatea Națională pentru Protecția Drepturilor Persoanelor cu Dizabilități",
    "ANPDCA": "Autoritatea Națională pentru Protecția Drepturilor Copilului și Adopție",
    "ANPIS": "Agenția Națională pentru Plăți și Inspecție Socială",
    "AJPIS": "Agenția Județeană pentru Plăți și Inspecție Socială",
    "APISMB": "Agenția pentru Plăți și Inspecție Socială a Municipiului București",
    "ANAF": "Agenția Națională de Administrare Fiscală",
    "ANOFM": "Agenția Națională pentru Ocuparea Forței de Muncă",
    "AJOFM": "Agenția Județeană pentru Ocuparea Forței de Muncă",
    "AMOFM": "Agenția Municipală pentru Ocuparea Forței de Muncă",
    "DGPMB": "Direcția Generală de Poliție a Municipiului București",
    "IPJ": "Inspectoratul de Poliție Județean",
    "ISMB": "Inspectoratul Școlar al Municipiului București",
    "ISJ": "Inspectoratul Școlar Județean",
    "CGMB": "Consiliul General al Municipiului București",
    "CNAS": "Casa Națională de Asigurări de Sănătate",
    "CASMB": "Casa de Asigurări de Sănătate a Municipiului București",
    "ANITP": "Agenția Națională împotriva Traficului de Persoane",
    "ANES": "Agenția Națională pentru Egalitatea de Șanse între Femei și Bărbați",
    "DEPABD": "Direcția pentru Evidența Persoanelor și Administrarea Bazelor de Date",
    "DSP": "Direcția de Sănătate Publică",
    "ITM": "Inspectoratul Teritorial de Muncă",
    "ISU": "Inspectoratul pentru Situații de Urgență",
    "STS": "Serviciul de Telecomunicații Speciale",
    "MMSS": "Ministerul Muncii și Solidarității Sociale",
}


def _acronym_rx(acr: str) -> re.Pattern:
    dotted = r"\.?\s?".join(acr)
    # not followed by a letter or by '-uri'/'-ul' (plural/articulated forms are kept as printed)
    return re.compile(r"(?<![\wĂÂÎȘȚăâîșț])" + dotted + r"\.?+(?![\wĂÂÎȘȚăâîșț]|-[a-zăâîșț])")


_ACR_RX = [(a, _acronym_rx(a), full) for a, full in sorted(ACRONYMS.items(), key=lambda kv: -len(kv[0]))]
# every acronym starts with two capitals, at most a dot and a space apart: a text without such a pair has none to
# expand (most cells and names: this test spares them the ~30 acronym searches)
_CAPITAL_PAIR = re.compile(r"[A-Z]\.?\s?[A-Z]")
_SECTOR_SUFFIX = re.compile(r"\s*[-–—]?\s*(?:sector(?:ul(?:ui)?)?|s)\.?\s*([1-6])\b", re.I)


def expand_acronyms(name: str) -> str:
    """'D.G.A.S.P.C. Sector 2' -> 'Direcția Generală de Asistență Socială și Protecția Copilului Sector 2'.

    The sector/county suffix is kept ('DGASPC S2', 'D.G.A.S.P.C. - Sector 2' -> '… Sector 2').
    """
    s = clean_text(name)
    if not _CAPITAL_PAIR.search(s):
        return re.sub(r" {2,}", " ", s).strip()
    for _acr, rx, full in _ACR_RX:
        out, pos = [], 0
        for m in rx.finditer(s):
            out.append(s[pos:m.start()])
            out.append(full)
            pos = m.end()
            sm = _SECTOR_SUFFIX.match(s, pos)
            if sm:
                out.append(f" Sector {sm.group(1)}")
                pos = sm.end()
            else:  # 'D.G.A.S.P.C. - Neamț' -> '… Neamț'
                dm = re.match(r"\s*[-–—]\s*(?=[A-ZĂÂÎȘȚ])", s[pos:])
                if dm:
                    out.append(" ")
                    pos += dm.end()
        out.append(s[pos:])
        s = "".join(out)
    return re.sub(r" {2,}", " ", s).strip()


# ------------------------------------------------------------------------------------------- cleaning

_QUOTES = "\"„”“‟″«»‘’‚`'"
_PARTY_PREFIX = re.compile(
    r"^\s*(?:D\.?\s?G\.?\s?A\.?\s?S\.?\s?M\.?\s?B|D\.?\s?G\.?\s?A\.?\s?S\.?\s?P\.?\s?C(?:\.?\s*(?:Sector(?:ul)?\s*)?[1-6])?"
    r"|D\.?\s?A\.?\s?S|S\.?\s?P\.?\s?A\.?\s?S)\.?\s*/\s*(?=\S)"
)
_LEGAL = [
    (re.compile(r"^\s*S\.?\s?C\.?(?=\s)\s*", re.I), ""),  # S.C. prefix (societate comercială)
    (re.compile(r"(?<![\w.])S\.\s?R\.\s?L\b\.?|(?<![\w.])S\.R\.L\b|(?<![\w.])srl\b", re.I), "SRL"),
    (re.compile(r"(?<![\w.])S\.\s?C\.\s?S\.?(?!\w)", re.I), "SCS"),
    (re.compile(r"(?<![\w.])S\.\s?A\.?(?!\w)"), "SA"),
]


def _normalise_quotes(s: str) -> str:
    """Quote pairs repaired, kept in the printed family: straight quotes stay "…", typographic marks
    (“ ” „ « » ″) become the Romanian pair „…”. Opening/closing is decided by position; inner spaces trimmed.
    (Gold keeps the printed family, and the scorer's token comparison is quote-sensitive.)"""
    if not any(q in s for q in _QUOTES):  # nothing to repair (most texts): skip the walk over each character
        return s
    typographic = any(ch in s for ch in "„”“‟″«»")
    q_open, q_close = ("„", "”") if typographic else ('"', '"')
    out: list[str] = []
    open_ = False
    for i, ch in enumerate(s):
        if ch in _QUOTES:
            if ch in "'’‘`" and 0 < i < len(s) - 1 and s[i - 1].isalpha() and s[i + 1].isalpha():
                out.append(ch)  # apostrophe inside a word
                continue
            prev = s[i - 1] if i else " "
            nxt = s[i + 1] if i + 1 < len(s) else " "
            if open_:
                out.append(q_close)
                open_ = False
            elif prev not in " ([-–/" and nxt in " ),;.":  # a stray closing mark with no opening
                out.append(q_close)
            else:
                out.append(q_open)
                open_ = True
        else:
            out.append(ch)
    r = "".join(out)
    if typographic:
        r = re.sub(r"„\s+", "„", r)
        r = re.sub(r"\s+”", "”", r)
        r = re.sub(r"(?<=[\w.])„", " „", r)  # 'Nr. 3„Înfrățirea”' -> 'Nr. 3 „Înfrățirea”'
    else:  # straight quotes: trim spaces inside each pair
        r = re.sub(r'"\s*([^"]*?)\s*"', lambda m: '"' + m.group(1) + '"', r)
        r = re.sub(r'(?<=[\w.])"(?=\w)', ' "', r)
    return r


# genitive → nominative of the head nouns an organisation's name starts with: 'Proiectul X al Asociației Y'
# names 'Asociația Y' (a partner printed as the owner of something)
_HEAD_NOMINATIVE = {
    "asociatiei": "Asociația", "fundatiei": "Fundația", "organizatiei": "Organizația", "societatii": "Societatea",
    "federatiei": "Federația", "uniunii": "Uniunea", "companiei": "Compania", "agentiei": "Agenția",
    "politiei": "Poliția", "directiei": "Direcția", "primariei": "Primăria", "parohiei": "Parohia",
    "bisericii": "Biserica", "arhiepiscopiei": "Arhiepiscopia", "episcopiei": "Episcopia", "scolii": "Școala",
    "universitatii": "Universitatea", "gradinitei": "Grădinița", "autoritatii": "Autoritatea",
    "academiei": "Academia", "administratiei": "Administrația", "ambasadei": "Ambasada", "cantinei": "Cantina",
    "clinicii": "Clinica", "bibliotecii": "Biblioteca", "judecatoriei": "Judecătoria",
    "jandarmeriei": "Jandarmeria", "coalitiei": "Coaliția", "aliantei": "Alianța", "retelei": "Rețeaua",
    "platformei": "Platforma", "camerei": "Camera", "casei": "Casa", "clubului": "Clubul",
    "centrului": "Centrul", "spitalului": "Spitalul", "institutului": "Institutul",
    "inspectoratului": "Inspectoratul", "consiliului": "Consiliul", "ministerului": "Ministerul",
    "serviciului": "Serviciul", "liceului": "Liceul", "colegiului": "Colegiul", "complexului": "Complexul",
    "muzeului": "Muzeul", "teatrului": "Teatrul", "parchetului": "Parchetul", "tribunalului": "Tribunalul",
    "penitenciarului": "Penitenciarul", "patronatului": "Patronatul", "sindicatului": "Sindicatul",
    "oficiului": "Oficiul", "cabinetului": "Cabinetul",
}
# longest first; ties in alphabetical order, so that the pattern is the same text in every process (a set's order
# changes with the hash seed: the compiled-pattern cache of the worker server, pipeline.regex_cache, keys on it)
GENITIVE_HEAD = re.compile(r"(?<!\w)(?i:" + "|".join(
    sorted({re.sub(r"[ts]", "[tsțșţş]", k).replace("a", "[aăâ]").replace("i", "[iî]") for k in _HEAD_NOMINATIVE},
           key=lambda alt: (-len(alt), alt))) + r")(?!\w)")


def nominative_head(name: str) -> str:
    """'Asociației GEAC' → 'Asociația GEAC', 'Școlii Gimnaziale Nr. 3' → 'Școala Gimnazială Nr. 3': a name whose
    first word is the genitive of an organisation's head noun, in the nominative. The feminine adjectives right
    after the head agree with it ('-e' → '-ă'); spelling stays as printed (no diacritics added to a name printed
    without them, capitals kept)."""
    m = GENITIVE_HEAD.match(name)
    if not m:
        return name
    word = m.group(0)
    plain = strip_diacritics(name) == name
    nominative = _HEAD_NOMINATIVE[fold_key(word)]
    if plain:
        nominative = strip_diacritics(nominative)
    if word.isupper():
        nominative = nominative.upper()
    rest = name[m.end():]
    if nominative.lower().endswith("a"):
        adjectives = re.match(r"(?:\s+[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ]{2,}(?:ale|are|[aâ]ne|ene|ice|ine|ite)(?!\w))+", rest)
        if adjectives:
            fixed = re.sub(r"e(?!\w)", "a" if plain else "ă", adjectives.group(0))
            rest = fixed + rest[adjectives.end():]
    return nominative + rest


def clean_partner_name(raw: str) -> str:
    """Display name of a partner: whitespace, „…” quotes, 'S.C. X S.R.L.' -> 'X SRL', no list bullets,
    no trailing ';' '.' ',' and no leading 'DGASMB/' party (the issuer itself) prefix."""
    return _clean_partner_name(raw)


# pure, and asked about the same cells and names again and again (every cell's content type, every party)
@lru_cache(maxsize=1 << 12)
def _clean_partner_name(raw: str) -> str:
    s = clean_text(raw)
    s = re.sub(r"^(?:[-–—•·*▪]|\d{1,3}[.)]|[a-z][.)])\s+", "", s)
    s = _PARTY_PREFIX.sub("", s)
    s = _normalise_quotes(s)
    for rx, rep in _LEGAL:
        s = rx.sub(rep, s)
    # a place printed after the name is not part of it: ', Sector 1- București', 'din Comuna X' -> 'X'
    s = re.sub(r",\s*(?:sector(?:ul)?\s*[1-6]\b.*|(?:jud(?:ețul|\.)?\s*)?[A-ZĂÂÎȘȚ][\w-]+)$",
               lambda m: "" if canonical_county(m.group(0).strip(", ")) or re.match(r",\s*sector", m.group(0), re.I) else m.group(0),
               s, flags=re.I)
    s = re.sub(r"\bdin (?:comuna|orașul|municipiul) (?=[A-ZĂÂÎȘȚ])", "", s, flags=re.I)
    s = re.sub(r"\s*[;,:]+\s*$", "", s)
    # a trailing dot goes, unless it ends a short abbreviation ('Jr.', 'Dr.', 'Nr.')
    m = re.search(r"(\S+)\.$", s)
    if m and len(m.group(1).strip(".”")) > 3 and "." not in m.group(1):
        s = s[:-1]
    return re.sub(r" {2,}", " ", s).strip()


# ------------------------------------------------------------------------------------------- kinds & keys

_GENITIVE = [
    (r"\bdirectiei\b", "directia"), (r"\bdirectiile\b", "directia"), (r"\bgenerale\b", "generala"),
    (r"\bprimariei\b", "primaria"), (r"\bconsiliului\b", "consiliul"), (r"\bsectorul(?:ui)?\b", "sector"),
    (r"\bserviciului\b", "serviciul"), (r"\bpublic\b", "public"), (r"\bcompartimentului\b", "compartimentul"),
    (r"\bjudetului\b", "judetul"), (r"\bcomunei\b", "comuna"), (r"\borasului\b", "orasul"),
    (r"\basociatiei\b", "asociatia"), (r"\bfundatiei\b", "fundatia"), (r"\bsocietatii\b", "societatea"),
    (r"\bsf\b", "sfantul"), (r"\bsfanta\b", "sfantul"),
]
# the word forms above, replaced in one pass (each is a whole word, and no replacement is itself a form: the same
# result as replacing them one after the other)
_GENITIVE_FORMS = re.compile("|".join(f"({rx})" for rx, _ in _GENITIVE))  # group i + 1: _GENITIVE[i]
_LEGAL_TOKENS = re.compile(r"\b(?:s c|sc|s r l|srl|s a|sa|s c s|scs|ong)\b")
_TRAILING_ACR = re.compile(r"\s*(?:[-–—]\s*|\()([A-Z][A-Z.]{1,9}[A-Z.])\)?\s*$")


def _abbreviates(acronym: str, name: str) -> bool:
    """True when the acronym's letters are a subsequence of the name's initials ('ANPD' of 'Autoritatea
    Națională Pentru Persoanele Cu Dizabilități'); '- C.A.R.E' after 'Societatea … Cruce Roșie' is not."""
    letters = [c for c in strip_diacritics(acronym).upper() if c.isalpha()]
    initials = iter(strip_diacritics(w)[0].upper() for w in re.split(r"[\s-]+", name) if w[:1].isalpha())
    return all(any(ch == i for i in initials) for ch in letters)


def _nominative(m: re.Match) -> str:
    return _GENITIVE[m.lastindex - 1][1]


@lru_cache(maxsize=1 << 14)  # pure, and asked about the same names again and again (each party, each registry probe)
def match_key(name: str) -> str:
    """Blocking/matching key: acronyms expanded, quotes and legal forms dropped, diacritics folded, lower-case.

    A trailing acronym that only repeats the name ('… Dizabilități - ANPD', '… Sociale (C.A.R.S.S.)') is dropped.
    """
    s = clean_text(name)
    s = _PARTY_PREFIX.sub("", s)
    m = _TRAILING_ACR.search(s)
    if m and len(s[:m.start()].split()) >= 3 and _abbreviates(m.group(1), s[:m.start()]):
        s = s[:m.start()]
    s = expand_acronyms(s)
    k = fold_key(s)
    k = _GENITIVE_FORMS.sub(_nominative, k)
    k = _LEGAL_TOKENS.sub(" ", k)
    k = re.sub(r"\bnr\s+(\d)", r"nr \1", k)
    return " ".join(k.split())


_KIND_RULES: list[tuple[str, str]] = [
    (r"^directia generala de asistenta sociala si protectia copilului\b", "DGASPC"),
    (r"^directia generala de asistenta sociala a municipiului bucuresti\b", "DGASMB"),
    (r"^directia (?:de )?asistenta sociala\b|^directia generala de asistenta sociala\b", "DAS"),
    (r"^(?:serviciul public|serviciul|compartimentul|biroul) (?:de )?asistenta sociala\b|^serviciul public de asistenta sociala\b", "SPAS"),
    (r"^primari[ae]\b|^primarul\b", "primarie"),
    (r"^consiliul judetean\b", "consiliu_judetean"),
    (r"^consiliul (?:local|general)\b", "consiliu_local"),
    (r"^(?:asociatia|asociatiei)\b", "asociatie"),
    (r"^(?:fundatia|fundatiei)\b", "fundatie"),
    ("", "firma"),  # legal form: tested on the printed name in institution_kind
    (r"^(?:scoala|liceul|colegiul|gradinita|universitatea|inspectoratul scolar|clubul copiilor|palatul copiilor|seminarul)\b", "scoala"),
    (r"^(?:spitalul|clinica|sanatoriul|policlinica|institutul clinic|institutul national (?:pentru sanatatea|de boli)|centrul medical)\b", "spital"),
    (r"^(?:politia|postul de politie|sectia de politie|inspectoratul (?:general )?(?:de|al) politie|directia generala de politie|inspectoratul de politie)\b", "politie"),
    (r"^(?:biserica|parohia|protoieria|arhiepiscopia|episcopia|mitropolia|manastirea|patriarhia|schitul)\b", "biserica"),
    (r"^(?:agentia nationala|autoritatea nationala|ministerul|guvernul|casa nationala|serviciul de telecomunicatii speciale|agentia judeteana|agentia municipala|agentia pentru plati|inspectoratul general|administratia nationala|institutia prefectului|agentia nationala de administrare fiscala)\b", "autoritate_centrala"),
    (r"\basociatia\b", "asociatie"),
    (r"\bfundatia\b", "fundatie"),
]
_KIND_RX = [(re.compile(p), k) for p, k in _KIND_RULES]


def institution_kind(name: str) -> str:
    """DGASPC | DAS | SPAS | DGASMB | primarie | consiliu_local | consiliu_judetean | asociatie | fundatie |
    scoala | spital | politie | biserica | firma | autoritate_centrala | other — from the name's head words."""
    return _institution_kind(name)


@lru_cache(maxsize=1 << 12)  # pure, asked about the same cells and names again and again
def _institution_kind(name: str) -> str:
    key = match_key(name)
    printed = clean_text(name)
    legal = fold_key(clean_partner_name(printed))  # legal forms normalised: '… SRL', '… SA', '… SCS'
    for rx, kind in _KIND_RX:
        if kind == "firma":
            if (re.search(r"\b(?:srl|sa|scs)$|\bsrl\b", legal) or re.match(r"S\.?\s?C\.?\s", printed)
                    or "societatea comerciala" in key):
                return kind
        elif rx.search(key):
            return kind
    return "other"


# ------------------------------------------------------------------------------------------- canonical names


def _sector_of(key: str) -> int | None:
    m = re.search(r"\bsector(?:ul(?:ui)?)?\s*([1-6])\b", key)
    return int(m.group(1)) if m else None


def _county_in(key: str) -> str | None:
    """A county named at the end of a folded key ('… copilului neamt', '… a judetul iasi')."""
    words = key.split()
    for n in (3, 2, 1):
        if len(words) >= n:
            c = canonical_county(" ".join(words[-n:]))
            if c:
                return c
    return None


def directorate_name(kind: str, place: Place | None = None, *, county: str | None = None,
                     sector: int | None = None) -> str | None:
    """The canonical name of a public body for a place (the rule the registry applies to any county/sector).

    DGASPC: '… Copilului Sector 2' / '… Copilului Neamț'; DGASMB: fixed; DAS: 'Direcția de Asistență Socială
    a Municipiului X'; SPAS: 'Serviciul Public de Asistență Socială Orașul X'; primarie: 'Primăria Comunei X',
    'Primăria Sectorului 2 al Municipiului București'; consiliu_local: 'Consiliul Local al Comunei X',
    'Consiliul Local Sector 2', 'Consiliul General al Municipiului București'; consiliu_judetean:
    'Consiliul Județean Neamț'.
    """
    if place is not None and place.kind == "sector" and sector is None:
        sector = int(re.search(r"\d", place.uat).group(0))
    if county is None and place is not None:
        county = place.county
    if kind == "DGASMB":
        return DGASMB
    if kind == "DGASPC":
        if sector:
            return f"{DGASPC} Sector {sector}"
        if county and county != CAPITAL:
            return f"{DGASPC} {county}"
        return None
    if kind == "consiliu_judetean":
        return f"Consiliul Județean {county}" if county and county != CAPITAL else None
    if sector:
        return {"primarie": f"Primăria Sectorului {sector} al Municipiului București",
                "consiliu_local": f"Consiliul Local Sector {sector}",
                "DAS": f"{DAS} Sector {sector}", "SPAS": f"{SPAS} Sector {sector}"}.get(kind)
    if place is None:
        return None
    if place.uat == "Municipiul București":
        return {"primarie": "Primăria Municipiului București",
                "consiliu_local": "Consiliul General al Municipiului București", "DAS": DGASMB}.get(kind)
    if place.kind == "judet":
        return None
    if place.kind == UNPRINTED_KIND:  # no kind printed, none known: the body named after the printed name
        return {"primarie": f"Primăria {place.uat}", "consiliu_local": f"Consiliul Local {place.uat}",
                "DAS": f"{DAS} {place.uat}", "SPAS": f"{SPAS} {place.uat}"}.get(kind)
    gen = {"comuna": "Comunei", "oras": "Orașului", "municipiu": "Municipiului"}[place.kind]
    bare = place.uat.split(" ", 1)[1]
    if kind == "SPAS" and place.kind == "comuna":  # a commune's SPAS is a compartment of the mayor's office
        return f"Compartimentul de asistență socială al Primăriei Comunei {bare}"
    return {"primarie": f"Primăria {gen} {bare}", "consiliu_local": f"Consiliul Local al {gen} {bare}",
            "DAS": f"{DAS} a {gen} {bare}", "SPAS": f"{SPAS} al {gen} {bare}"}.get(kind)


_PUBLIC = {"DGASPC", "DGASMB", "DAS", "SPAS", "primarie", "consiliu_local", "consiliu_judetean"}
_HEADS = {
    "primarie": r"^primari[ae] (?:a |al )?",
    "consiliu_local": r"^consiliul (?:local|general) (?:al |a )?",
    "DAS": r"^directia (?:generala )?(?:de )?asistenta sociala (?:si medicala )?(?:a |al )?",
    "SPAS": r"^(?:serviciul public|serviciul|compartimentul|biroul) (?:de )?asistenta sociala (?:al |a )?(?:primaria )?",
}


def _canonical_public(name: str, kind: str, county: str | None, uat: str | None) -> tuple[str, Place | None] | None:
    """Rewrite a public body's name to its canonical form; None when its place cannot be told for sure."""
    key = match_key(name)
    sector = _sector_of(key)
    if kind == "DGASMB":
        return DGASMB, resolve_uat("Municipiul București")
    if kind == "DGASPC":
        tail = key[len("directia generala de asistenta sociala si protectia copilului"):].strip()
        if sector:
            return directorate_name("DGASPC", sector=sector), resolve_uat(f"Sector {sector}")
        c = _county_in(tail) if tail else None
        if not tail:  # bare 'DGASPC': the document's place decides
            p = resolve_uat(uat, county) if uat else None
            if p is not None and p.kind == "sector":
                return directorate_name("DGASPC", p), p
            c = canonical_county(county)
        if c and c != CAPITAL:
            return directorate_name("DGASPC", county=c), _county_place_safe(c)
        return None
    if kind == "consiliu_judetean":
        c = _county_in(key) or (canonical_county(county) if key == "consiliul judetean" else None)
        return (directorate_name(kind, county=c), _county_place_safe(c)) if c else None
    if sector:
        p = resolve_uat(f"Sector {sector}")
        return directorate_name(kind, p), p
    rest = re.sub(_HEADS.get(kind, "^$"), "", key).strip()
    if not rest:
        p = resolve_uat(uat, county) if uat else None
    else:
        p = resolve_uat(rest, county)
    if p is None or p.kind == "judet":
        return None
    n = directorate_name(kind, p)
    return (n, p) if n else None


def _county_place_safe(county: str) -> Place | None:
    return resolve_uat(f"Județul {county}") if county != CAPITAL else resolve_uat("Municipiul București")


def _rkey(name: str, place: Place | None = None) -> str:
    """Registry key: match_key, the capital written one way ('… al Municipiului București' = '… București'),
    and, for a public body tied to a place, its SIRUTA code — two communes named alike are two keys."""
    k = re.sub(r"\b(?:(?:al|a) )?municipiului bucuresti\b|\bmunicipiul bucuresti\b", "bucuresti", match_key(name))
    return f"{k} #{place.siruta}" if place is not None and place.siruta else k


def institution_id(key: str) -> str:
    """'inst_' + the first 12 hex digits of sha1(match key of the canonical name)."""
    return "inst_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


_REGISTRY_NAMES = ("FIELDS", "Institution", "InstitutionRegistry")


def __getattr__(name: str):
    """The registry of canonical institutions lives in normalizers/registry.py (it applies the name rules above);
    its names are still found here, where callers have always found them. Looked up on first use, so that either
    module can be imported first."""
    if name in _REGISTRY_NAMES:
        from normalizers import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# The issuer of a document lives in normalizers/issuer.py (it needs the names above); re-exported here, where
# callers have always found it.
from normalizers.issuer import canonical_issuer, directorate_county  # noqa: E402  (import at the end: issuer imports this module)
