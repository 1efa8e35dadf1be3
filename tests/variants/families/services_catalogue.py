"""Family ``services_catalogue``: a county's catalogue / map of licensed social services ("Catalogul serviciilor
sociale din județul X", "Harta serviciilor sociale din județul X", "Lista furnizorilor și serviciilor sociale
licențiate …"), published by the county's DGASPC or by the county council, alone, as the annex of the county
council's HOTĂRÂRE approving it, or as an annex of the county's strategy for the development of social services.
Written blind by a fifteenth author (session 18) from the contract (../shared/contract/DATASETS.md), DESIGN.md, the
corpus documents and their gold, and what a county directorate prints, without reading the extractors,
normalisers, pipeline or the other families' generators: the vocabulary is ``catalogue_pools.py``'s own.

The catalogue lists the services of public providers (the DGASPC, the towns' DAS / SPAS, the communes' compartments)
and private ones (associations, foundations, parishes, companies) in the county: one table with group-heading rows
(per beneficiary group or per provider type: public / private), optionally a subtotal row of places after each group
and a TOTAL row; or one table per beneficiary group, per UAT or per provider type, each under a heading. Columns
(1–3 header rows, merged group headers "Serviciul social" / "Licența de funcționare" / "Date de identificare …",
orders and optional columns varying): Nr. crt., Furnizor (name alone, or name with address, postal code, phone,
e-mail, web and CUI in one cell), Denumirea serviciului social (sometimes with the code in front of it, or with
the address after it), Cod serviciu (printed in the spellings plans use, with an en dash, or missing: "-",
"fără cod"), Adresa / Localitatea, Capacitate ("40", "40 locuri", "40 loc.", "30 / 20 ambulatoriu", "-"), the
licence number and date (one cell, or two columns under a merged header), the provider's accreditation
certificate, the beneficiaries' category, the funding source, remarks. Prose: the legal basis (Law 292/2011, Law
197/2012, HG 867/2015, articles), counts of the services, public / private, places, the previous year's count,
the money the county budget gives (lei or "mii lei", the unit after the figure or in a sentence before), an
optional bullet list of accredited providers without a licensed service, a registration number, phone, postal code.

Assumptions where the contract is silent (the gold is decided from the contract and the corpus gold):

* documents: a catalogue of services is none of the contract's plan, report on a plan, mayor's report, decision
  on a plan: ``doc_type`` ``other``; also when the county council's HOTĂRÂRE approving it comes first (it approves
  a catalogue, not a plan). As an annex of the strategy (the annex alone, its title naming the strategy)
  ``other || strategie`` and ``year_end`` ``year || the strategy's last year``. ``year`` = ``year_end`` = the
  year the catalogue is about (the "pentru anul N", "actualizat la dd.mm.N" of its title), never a licence's,
  law's or decision's year. ``issuer`` the DGASPC in its canonical long form when it publishes the catalogue;
  when the council publishes it or approves it by decision, the council or the DGASPC (``||``: the council
  signs, the directorate writes it), ``issuer_kind`` ``consiliu_judetean || DGASPC``. ``uat`` "Județul X",
  ``county`` X. ``currency_unit_main`` not asserted (the services table prints no money).
* services (F1): one row per service row of the tables (public and private alike; every service is ``existing``),
  ``category`` the group-heading row the service sits under (beneficiary group or provider type, as printed);
  a heading paragraph above a table is not a row: ``category`` not asserted there (None). ``provider`` the
  provider's name without address, postal code, phone, e-mail, web or CUI; ``service_name`` without address or
  code; ``service_code`` canonical (printed spacing and en dashes repaired), None when the row prints none
  ("-", "fără cod", empty). ``capacity`` the places when one number is printed ("40", "40 locuri", "40 loc."); a
  cell with two numbers ("30 / 20 ambulatoriu") states no single capacity → None; "-" → None. Licence and
  certificate numbers, dates, CUI, postal codes and phones are never capacity, code or beneficiaries; there are
  no budgets, beneficiaries or occupancy in a catalogue (None).
* totals (recall): the number of licensed services and the total places stated in the prose (unit ``other``),
  every subtotal row of places and the TOTAL row (``other``), the money figures of the prose in lei (× 1000 under
  "mii lei"); one figure stated twice (the prose's places and the TOTAL row) is expected once. The parts of a
  count (public / private) and the previous year's count are not totals.
* indicators: asserted empty (a catalogue is no report: the counts of its prose are totals of the catalogue).
* procurements, subsidies, trainings, partnerships: asserted empty (a licence or an accreditation is no agreement;
  "subvenție Legea nr. 34/1998" in a funding cell is no subsidy programme).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from . import catalogue_pools as cp
from .fmt import Money, code_spelling, group
from .places import Town, _units, issuer_for, pick_place
from .writing import Elements

__all__ = ["services_catalogue"]

LEFT, UP = mv.LEFT, mv.UP


@dataclass
class Service:
    group: str
    provider: str
    provider_cell: str
    public: bool
    town: Town
    name: str
    code: str
    code_raw: str
    capacity: int | None
    capacity_raw: str
    address: str
    licence: tuple[str, str, str]
    accreditation: str
    funding: str


@dataclass
class Doc(Elements):
    rnd: random.Random
    year: int
    county: str
    els: list = field(default_factory=list)
    services: list = field(default_factory=list)
    totals: list = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ the services

def _towns_of(county: str) -> list[Town]:
    by_kind, _ = _units()
    return [t for towns in by_kind.values() for t in towns if t.county == county]


def _public_provider(rnd: random.Random, town: Town, county: str) -> str:
    if town.kind == "comuna":
        return rnd.choice((issuer_for("primarie", town), f"Comuna {town.name} – Compartimentul de asistență socială"))
    if rnd.random() < 0.4:
        return issuer_for("DGASPC", county=county)
    return issuer_for(rnd.choice(("DAS", "SPAS")), town)


def _provider_cell(rnd: random.Random, name: str, town: Town, with_contacts: bool) -> str:
    if not with_contacts:
        return name
    parts = [name]
    parts.append(f"{rnd.choice(cp.STREETS)} nr. {rnd.randint(1, 140)}, {town.name}")
    if rnd.random() < 0.4:
        parts.append(f"cod poștal {rnd.randint(100000, 929999)}")
    if rnd.random() < 0.4:
        parts.append(f"CUI {rnd.randint(1000000, 45999999)}")
    parts.append(f"tel. {cp.phone(rnd)}")
    site = _site(name, town)
    if rnd.random() < 0.8:
        parts.append(f"e-mail: {rnd.choice(('office', 'contact', 'secretariat'))}@{site}.ro")
    if rnd.random() < 0.5:
        parts.append(f"www.{site}.ro")
    return rnd.choice((", ", "; ", " – ")).join(parts)


def _site(name: str, town: Town) -> str:
    """The provider's web domain as institutions pick them: dgaspcX, primariaX, dasX, the association's name."""
    if name.startswith("Direcția Generală"):
        return "dgaspc" + cp.slug(name.rsplit(" ", 1)[-1])
    for start, word in (("Primăria", "primaria"), ("Comuna", "primaria"), ("Direcția de Asistență", "das"),
                        ("Serviciul Public", "spas")):
        if name.startswith(start):
            return word + cp.slug(town.name)
    return cp.slug(name.split("„")[-1] if "„" in name else name)


def _code_raw(rnd: random.Random, code: str) -> tuple[str, str | None]:
    r = rnd.random()
    if r < 0.1:
        return rnd.choice(("-", "fără cod", "")), None
    printed = code_spelling(rnd, code)
    if r < 0.2:
        printed = printed.replace("-", "–")  # an en dash typed for the hyphen: a misspelling repaired
    return printed, code


def _capacity(rnd: random.Random, kind: cp.ServiceKind) -> tuple[int | None, str, int | None]:
    """(capacity asserted, cell, places a subtotal counts)."""
    if kind.cap is None:
        return None, rnd.choice(("-", "", "nu este cazul")), None
    n = rnd.randint(*kind.cap)
    r = rnd.random()
    if r < 0.1 and kind.code.split()[1].startswith("CZ"):
        return None, f"{n} / {rnd.randint(5, 40)} ambulatoriu", n
    if r < 0.35:
        return n, f"{n} locuri", n
    if r < 0.45:
        return n, f"{n} loc.", n
    return n, str(n), n


def _draw_services(d: Doc, n: int, private_share: float, contacts: bool) -> None:
    rnd = d.rnd
    every = _towns_of(d.county)
    big = [t for t in every if t.kind != "comuna"] or every
    small = [t for t in every if t.kind == "comuna"] or every
    # a catalogue's services sit in a handful of the county's UATs: most in its towns, some in communes
    big = rnd.sample(big, min(len(big), rnd.randint(2, 4)))
    towns = big + rnd.sample(small, min(len(small), rnd.randint(2, 4)))
    groups = list(cp.GROUPS)
    rnd.shuffle(groups)
    groups = groups[:rnd.randint(3, len(groups))]
    seen: set[str] = set()
    for i in range(n):
        grp = groups[i % len(groups)]
        kind = rnd.choice(cp.GROUPS[grp])
        public = kind.public_only or rnd.random() > private_share
        town = rnd.choice(big if rnd.random() < 0.7 else towns)
        if public:
            provider = _public_provider(rnd, town, d.county)
        else:
            provider = rnd.choice(cp.PRIVATE_FORMS).format(nm=rnd.choice(cp.NAMES), loc=town.name)
        for _ in range(5):
            name = rnd.choice(kind.names).format(nm=rnd.choice(cp.NAMES), loc=town.name)
            if name not in seen:
                break
        if name in seen:
            name = f"{name} {len(seen) + 1}"
        seen.add(name)
        code_raw, code = _code_raw(rnd, kind.code)
        cap, cap_raw, _ = _capacity(rnd, kind)
        address = f"{rnd.choice(cp.STREETS)} nr. {rnd.randint(1, 99)}, {town.uat}"
        d.services.append(Service(
            grp, provider, _provider_cell(rnd, provider, town, contacts), public, town, name, kind.code if code else "",
            code_raw, cap, cap_raw, address, cp.licence_text(rnd, d.year), cp.accreditation_text(rnd, d.year),
            rnd.choice(cp.FUNDING_PUBLIC if public else cp.FUNDING_PRIVATE)))
    d.services.sort(key=lambda s: groups.index(s.group))


def _places(s: Service) -> int:
    if s.capacity is not None:
        return s.capacity
    head = s.capacity_raw.split(" ")[0]
    return int(head) if head.isdigit() else 0


# -------------------------------------------------------------------------------------------- the table layout

@dataclass
class Layout:
    cols: list[str]  # column keys in order
    paths: list[tuple[str, ...]]  # header path per column (group labels, then the label)
    header_rows: int
    code_in_name: bool
    address_in_name: bool
    merged_groups: bool  # group-heading row merged across the table, else in the name column
    subtotals: bool
    grand_total: bool
    numbering: str  # "1." | "1"
    restart: bool  # numbering restarts in each group


def _layout(rnd: random.Random, contacts: bool) -> Layout:
    has = {k: rnd.random() < p for k, p in (("nr", 0.9), ("provider", 0.88), ("code", 0.8), ("address", 0.55),
                                           ("locality", 0.3), ("capacity", 0.88), ("licence", 0.75),
                                           ("accreditation", 0.4), ("category", 0.35), ("funding", 0.45),
                                           ("notes", 0.15))}
    code_in_name = not has["code"] and rnd.random() < 0.5
    address_in_name = not has["address"] and not has["locality"] and rnd.random() < 0.35
    split_licence = has["licence"] and rnd.random() < 0.35
    cols = ["nr"] if has["nr"] else []
    name_block = ["name", "code"] if has["code"] else ["name"]
    if has["code"] and rnd.random() < 0.4:
        name_block.reverse()
    prov = ["provider"] if has["provider"] else []
    cols += (prov + name_block) if rnd.random() < 0.7 else (name_block + prov)
    for k in ("address", "locality", "capacity", "category"):
        if has[k]:
            cols.append(k)
    if has["licence"]:
        cols += ["lic_no", "lic_date"] if split_licence else ["licence"]
    for k in ("accreditation", "funding", "notes"):
        if has[k]:
            cols.append(k)
    hr = rnd.choice((1, 1, 2, 2, 3))
    label = {k: rnd.choice(cp.HEADERS[k]) for k in cp.HEADERS}
    if contacts:
        label["provider"] = rnd.choice(cp.HEADERS["provider_contact"])
    if code_in_name:
        label["name"] = rnd.choice(cp.HEADERS["name_code"])
    paths: list[tuple[str, ...]] = []
    svc_group = hr > 1 and has["code"] and rnd.random() < 0.6
    svc_head = rnd.choice(("Serviciul social", "Date privind serviciul social"))
    lic_head = rnd.choice(("Licența de funcționare", "Licență de funcționare"))
    for k in cols:
        if k in ("lic_no", "lic_date"):
            leaf = {"lic_no": rnd.choice(("Nr.", "Număr")), "lic_date": rnd.choice(("Data", "Data eliberării"))}[k]
            paths.append((lic_head, leaf) if hr > 1 else (f"{lic_head} – {leaf.lower()}",))
        elif k in ("name", "code") and svc_group:
            paths.append((svc_head, {"name": "Denumire", "code": "Cod"}[k]))
        else:
            paths.append((label[k],))
    if hr == 3:
        top = rnd.choice(("Date de identificare a serviciului social", "Servicii sociale licențiate"))
        idx = [i for i, k in enumerate(cols) if k not in ("nr", "notes")]
        paths = [((top,) + p) if i in idx else p for i, p in enumerate(paths)]
    hr = max(len(p) for p in paths)
    return Layout(cols, paths, hr, code_in_name, address_in_name, rnd.random() < 0.6, rnd.random() < 0.35,
                  rnd.random() < 0.4, rnd.choice(("1.", "1")), rnd.random() < 0.3)


def _header(lay: Layout) -> list[list[str]]:
    h = lay.header_rows
    grid = [["" for _ in lay.cols] for _ in range(h)]
    for c, path in enumerate(lay.paths):
        # groups fill the top rows; the leaf sits under them and is merged down to the last header row
        for r in range(h):
            if r < len(path) - 1:
                grid[r][c] = path[r]
            elif r == len(path) - 1:
                grid[r][c] = path[-1]
            else:
                grid[r][c] = UP
        for r in range(min(len(path) - 1, h)):
            prev = lay.paths[c - 1] if c else None
            if prev and len(prev) - 1 > r and prev[:r + 1] == path[:r + 1]:
                grid[r][c] = LEFT
    return grid


def _cell(lay: Layout, key: str, s: Service, no: str) -> str:
    if key == "nr":
        return no
    if key == "provider":
        return s.provider_cell
    if key == "name":
        name = s.name
        if lay.code_in_name and s.code_raw.strip() and s.code_raw not in ("-", "fără cod"):
            name = f"{s.code_raw} – {name}"
        if lay.address_in_name:
            name = f"{name}, {s.address}"
        return name
    if key == "code":
        return s.code_raw
    if key == "address":
        return s.address
    if key == "locality":
        return s.town.uat
    if key == "capacity":
        return s.capacity_raw
    if key == "licence":
        return s.licence[0]
    if key == "lic_no":
        return s.licence[1]
    if key == "lic_date":
        return s.licence[2]
    if key == "accreditation":
        return s.accreditation
    if key == "category":
        return s.group.lower() if s.group[0].isupper() else s.group
    if key == "funding":
        return s.funding
    return ""


def _heading_row(lay: Layout, text: str) -> list[str]:
    if lay.merged_groups or "name" not in lay.cols:
        return [text] + [LEFT] * (len(lay.cols) - 1)
    return [text if k == "name" else "" for k in lay.cols]


def _sum_row(lay: Layout, label: str, amount: int) -> list[str] | None:
    if "capacity" not in lay.cols or lay.cols.index("capacity") == 0:
        return None
    ci = lay.cols.index("capacity")
    row = [label] + [LEFT] * (ci - 1) + [str(amount)] + [""] * (len(lay.cols) - ci - 1)
    return row


def _expected_row(s: Service, table_seq: int, no: str, category: str | None, lay: Layout) -> dict:
    printed_code = s.code_raw if ("code" in lay.cols or lay.code_in_name) else ""
    return dict(section="existing", table_seq=table_seq, row_no_raw=no if "nr" in lay.cols else None,
                category=category, provider_raw=s.provider if "provider" in lay.cols else None,
                service_name=s.name, code_raw=printed_code or None,
                service_code=(s.code or None) if printed_code else None,
                capacity=s.capacity if "capacity" in lay.cols else None,
                capacity_raw=s.capacity_raw if "capacity" in lay.cols else None,
                beneficiaries=None, occupancy_pct=None, occupancy_raw=None, budget_local_lei=None,
                budget_county_lei=None, budget_state_lei=None, budget_beneficiaries_lei=None,
                budget_other_lei=None, budget_raw=None, notes=None)


def _write_table(d: Doc, lay: Layout, blocks: list[tuple[str | None, list[Service]]], as_rows: bool,
                 counter: list[int], expected: list[dict]) -> None:
    """One table of `blocks` (heading, services): headings as group rows when `as_rows`."""
    rnd = d.rnd
    rows = _header(lay)
    seq = d.n_tables() + 1
    total = 0
    for heading, svcs in blocks:
        if as_rows and heading:
            rows.append(_heading_row(lay, heading))
        if lay.restart:
            counter[0] = 0
        places = 0
        for s in svcs:
            counter[0] += 1
            no = f"{counter[0]}." if lay.numbering == "1." else str(counter[0])
            rows.append([_cell(lay, k, s, no) for k in lay.cols])
            expected.append(_expected_row(s, seq, no, heading if as_rows else None, lay))
            places += _places(s)
        total += places
        if as_rows and heading and lay.subtotals:
            label = rnd.choice(("Total {g}", "Subtotal {g}", "TOTAL {g}")).format(g=heading.lower())
            row = _sum_row(lay, label, places)
            if row:
                rows.append(row)
                d.totals.append(dict(scope=f"places: {heading}", amount=places, unit="other", raw=str(places)))
    if lay.grand_total:
        row = _sum_row(lay, rnd.choice(("TOTAL", "TOTAL GENERAL", "Total locuri")), total)
        if row:
            rows.append(row)
            d.totals.append(dict(scope="places: all services of the table", amount=total, unit="other",
                                 raw=str(total)))
    d.table(rows, lay.header_rows)


def _services_part(d: Doc, lay: Layout, expected: list[dict]) -> None:
    rnd = d.rnd
    shape = rnd.choice(("groups", "groups", "providers", "per_group", "per_uat", "per_provider"))
    heads = {g: rnd.choice(cp.GROUP_HEADERS[g]) for g in cp.GROUPS}
    pub_head = rnd.choice(("Furnizori publici", "A. Servicii sociale publice", "I. FURNIZORI PUBLICI"))
    priv_head = rnd.choice(("Furnizori privați", "B. Servicii sociale private", "II. FURNIZORI PRIVAȚI"))
    counter = [0]
    if shape in ("groups", "per_group"):
        blocks = []
        for s in d.services:
            if not blocks or blocks[-1][2] != s.group:
                blocks.append((heads[s.group], [], s.group))
            blocks[-1][1].append(s)
        pairs = [(h, svcs) for h, svcs, _ in blocks]
    elif shape in ("providers", "per_provider"):
        pub = [s for s in d.services if s.public]
        priv = [s for s in d.services if not s.public]
        pairs = [(h, svcs) for h, svcs in ((pub_head, pub), (priv_head, priv)) if svcs]
    else:
        by_town: dict[str, list[Service]] = {}
        for s in d.services:
            by_town.setdefault(s.town.uat, []).append(s)
        pairs = sorted(by_town.items())
        if "locality" in lay.cols and len(lay.cols) > 1:  # the UAT is the table's heading
            keep = [i for i, k in enumerate(lay.cols) if k != "locality"]
            lay.cols, lay.paths = [lay.cols[i] for i in keep], [lay.paths[i] for i in keep]
    if shape in ("groups", "providers"):
        _write_table(d, lay, pairs, True, counter, expected)
        return
    for heading, svcs in pairs:
        d.h(heading if shape != "per_uat" else rnd.choice(("{u}", "UAT {u}", "Servicii sociale în {u}")).format(
            u=heading))
        _write_table(d, lay, [(heading, svcs)], False, counter, expected)


# ------------------------------------------------------------------------------------------------------- prose

def _letterhead(d: Doc, council: bool) -> None:
    rnd = d.rnd
    d.p("ROMÂNIA")
    d.p(f"JUDEȚUL {d.county.upper()}")
    d.p(f"CONSILIUL JUDEȚEAN {d.county.upper()}")
    if not council or rnd.random() < 0.5:
        d.p(f"DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI PROTECȚIA COPILULUI {d.county.upper()}")
    d.p(f"{rnd.choice(cp.STREETS)} nr. {rnd.randint(1, 90)}, cod poștal {rnd.randint(100000, 929999)}, "
        f"tel. {cp.phone(rnd)}, fax {cp.phone(rnd)}, CUI {rnd.randint(4000000, 29999999)}")
    if rnd.random() < 0.6:
        d.p(f"Nr. {group(rnd.randint(1000, 98000))} din {rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{d.year}")


def _decision(d: Doc, cat_title: str) -> str:
    rnd = d.rnd
    no = rnd.randint(12, 340)
    date = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 6):02d}.{d.year}"
    title = f"HOTĂRÂRE nr. {no} din {date} privind aprobarea {cat_title[0].lower()}{cat_title[1:]}"
    title = title.replace("privind aprobarea catalogul", "privind aprobarea Catalogului").replace(
        "privind aprobarea harta", "privind aprobarea Hărții").replace("privind aprobarea lista", "privind aprobarea Listei")
    d.title(title)
    d.p(f"Consiliul Județean {d.county}, întrunit în ședința ordinară din data de {date},")
    d.p(f"Având în vedere referatul de aprobare nr. {group(rnd.randint(1000, 40000))}/{date} al Președintelui "
        f"Consiliului Județean {d.county} și raportul de specialitate nr. {group(rnd.randint(1000, 40000))}/{date} "
        f"al Direcției Generale de Asistență Socială și Protecția Copilului {d.county};")
    d.p("În conformitate cu prevederile art. 112 alin. (3) lit. b) din Legea asistenței sociale nr. 292/2011, cu "
        "modificările și completările ulterioare, ale Legii nr. 197/2012 privind asigurarea calității în domeniul "
        "serviciilor sociale și ale HG nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale;")
    d.p("În temeiul art. 173 alin. (1) lit. d) și alin. (5) lit. b) și al art. 182 alin. (1) din OUG nr. 57/2019 "
        "privind Codul administrativ,")
    d.p("HOTĂRĂȘTE:")
    d.p(f"Art. 1. Se aprobă {cat_title[0].lower()}{cat_title[1:]}, prevăzut(ă) în anexa care face parte integrantă "
        "din prezenta hotărâre.")
    d.p(f"Art. 2. Direcția Generală de Asistență Socială și Protecția Copilului {d.county} actualizează anual "
        "catalogul și îl publică pe pagina de internet a instituției.")
    d.p("Art. 3. Prezenta hotărâre se comunică Instituției Prefectului și se aduce la cunoștință publică.")
    d.p(f"PREȘEDINTE, {rnd.choice(('Ion Popescu', 'Maria Ionescu', 'Vasile Munteanu', 'Elena Dumitru'))}   "
        f"CONTRASEMNEAZĂ, SECRETAR GENERAL AL JUDEȚULUI, {rnd.choice(('Ana Stan', 'Gheorghe Radu', 'Mihaela Pop'))}")
    d.p(f"Adoptată cu {rnd.randint(20, 33)} voturi pentru, {rnd.randint(0, 3)} abțineri.")
    d.els.append(mv.pagebreak())
    d.p(f"Anexa la Hotărârea Consiliului Județean {d.county} nr. {no}/{date}")
    return title


def _intro(d: Doc) -> None:
    rnd = d.rnd
    n = len(d.services)
    pub = sum(1 for s in d.services if s.public)
    places = sum(_places(s) for s in d.services)
    prev = max(1, n + rnd.randint(-9, 9))
    if prev == n:
        prev += 2
    d.p(rnd.choice((
        "Catalogul a fost întocmit în temeiul art. 112 alin. (3) lit. b) din Legea nr. 292/2011 a asistenței sociale "
        "și cuprinde serviciile sociale licențiate potrivit Legii nr. 197/2012, din Registrul electronic unic al "
        "serviciilor sociale.",
        "Prezenta hartă a serviciilor sociale este elaborată pe baza datelor din Registrul electronic unic al "
        "serviciilor sociale, conform HG nr. 867/2015 și Ordinului MMJS nr. 1086/2018.")))
    words = rnd.randrange(3)
    if words == 0:
        d.p(f"În județ funcționează {n} servicii sociale licențiate, dintre care {pub} publice și {n - pub} private, "
            f"cu o capacitate totală de {group(places)} locuri (față de {prev} servicii la sfârșitul anului "
            f"{d.year - 1}).")
    elif words == 1:
        d.p(f"La data de {rnd.choice(('31 martie', '30 iunie', '30 septembrie'))} {d.year}, la nivelul județului "
            f"{d.county} erau licențiate {n} servicii sociale ({pub} ale furnizorilor publici și {n - pub} ale "
            f"furnizorilor privați), totalizând {group(places)} de locuri.")
    else:
        d.p(f"Numărul total al serviciilor sociale licențiate este de {n}, capacitatea totală fiind de "
            f"{group(places)} locuri. Dintre acestea, {n - pub} servicii sunt administrate de furnizori privați "
            f"acreditați. În anul {d.year - 1} erau licențiate {prev} servicii.")
    d.totals.append(dict(scope="licensed social services in the county", amount=n, unit="other", raw=str(n)))
    d.totals.append(dict(scope="places of the licensed services", amount=places, unit="other", raw=group(places)))


def _money(d: Doc) -> None:
    rnd = d.rnd
    if rnd.random() < 0.35:
        return
    unit = rnd.choice(("lei", "mii lei"))
    money = Money(unit, rnd.choice(("cells", "paragraph")), rnd.random() < 0.3, "lei")
    a = money.lei_value(rnd, 2_000_000, 90_000_000)
    b = money.lei_value(rnd, 200_000, 3_000_000)
    if money.note:
        d.p(f"Sumele din acest capitol sunt exprimate în {unit}.")
    d.p(f"Pentru funcționarea serviciilor sociale publice au fost alocate din bugetul județului {d.county} pe anul "
        f"{d.year} {money.cell(a)}, iar subvențiile acordate asociațiilor și fundațiilor în baza Legii nr. "
        f"34/1998 însumează {money.cell(b)}.")
    d.totals.append(dict(scope="county budget for public social services", amount=a, unit="lei", raw=money.cell(a)))
    d.totals.append(dict(scope="subsidies Law 34/1998", amount=b, unit="lei", raw=money.cell(b)))


def _accredited_list(d: Doc) -> None:
    rnd = d.rnd
    if rnd.random() > 0.3:
        return
    d.p("Furnizori acreditați care nu au, la această dată, servicii sociale licențiate în județ:")
    for _ in range(rnd.randint(2, 4)):
        name = rnd.choice(cp.PRIVATE_FORMS).format(nm=rnd.choice(cp.NAMES), loc=d.county)
        d.b(f"{name} – certificat de acreditare {cp.accreditation_text(rnd, d.year)}")


# ------------------------------------------------------------------------------------------------------ family

def services_catalogue(rnd: random.Random, year: int) -> tuple[list, dict]:
    seat = pick_place(rnd, ("municipiu",))
    county = seat.county
    d = Doc(rnd, year, county)
    publisher = rnd.choice(("DGASPC", "DGASPC", "council", "decision", "strategy"))
    contacts = rnd.random() < 0.45
    _draw_services(d, rnd.randint(6, 22), rnd.uniform(0.3, 0.6), contacts)
    lay = _layout(rnd, contacts)
    cat_title = rnd.choice(cp.TITLES).format(county=county)
    when = rnd.choice((f" pentru anul {year}", f" – actualizat la {rnd.randint(1, 28):02d}."
                                                 f"{rnd.randint(1, 12):02d}.{year}", f" – {year}", f", anul {year}"))
    doc_type, year_end = "other", year
    dgaspc = issuer_for("DGASPC", county=county)
    issuer, kind = dgaspc, "DGASPC"
    if publisher == "decision":
        _letterhead(d, True)
        title = _decision(d, cat_title)
        d.p(cat_title.upper() + when)
        issuer, kind = f"{issuer_for('consiliu_judetean', county=county)} || {dgaspc}", "consiliu_judetean || DGASPC"
    elif publisher == "strategy":
        end = year + rnd.randint(3, 6)
        head = (f"Anexa nr. {rnd.randint(1, 4)} la Strategia de dezvoltare a serviciilor sociale în județul {county} "
                f"pentru perioada {year}–{end}")
        d.p(head)
        title = cat_title + when
        d.title(title)
        doc_type, year_end = "other || strategie", f"{year} || {end}"
    else:
        _letterhead(d, publisher == "council")
        title = cat_title + when
        d.title(title)
        if publisher == "council":
            issuer, kind = (f"{issuer_for('consiliu_judetean', county=county)} || {dgaspc}",
                            "consiliu_judetean || DGASPC")
    _intro(d)
    _money(d)
    if rnd.random() < 0.5:
        d.p(rnd.choice(("Serviciile sunt prezentate pe categorii de beneficiari, conform Nomenclatorului serviciilor "
                        "sociale aprobat prin HG nr. 867/2015.",
                        "Datele de contact ale furnizorilor pot fi consultate la Compartimentul strategii, programe, "
                        f"proiecte, tel. {cp.phone(rnd)}.")))
    services: list[dict] = []
    _services_part(d, lay, services)
    _accredited_list(d)
    d.p(rnd.choice(("Întocmit,", "Director general,", "Director executiv,")) + " "
        + rnd.choice(("Cristina Popa", "Adrian Moldovan", "Daniela Constantin", "Florin Toma")))
    totals: list[dict] = []
    for t in d.totals:  # one figure stated twice (the prose's places and the TOTAL row) is expected once
        if not any(t["amount"] == u["amount"] and t["unit"] == u["unit"] for u in totals):
            totals.append(t)
    expected = {
        "document": dict(doc_type=doc_type, title=title, year=year, year_end=year_end, issuer=issuer,
                         issuer_kind=kind, uat=f"Județul {county}", county=county, currency_unit_main=None),
        "services": services, "procurements": [], "subsidies": [], "trainings": [], "partnerships": [],
        "totals": totals, "indicators": [],
    }
    return d.els, expected
