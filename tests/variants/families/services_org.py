"""Family ``council_social_services``: a local or county council's decision (HCL / HCJ) that sets up, reorganises,
renames or closes social services of its directorate (DGASPC, DAS, SPAS or a commune's compartment), approves the
list of the directorate's social services and the organisation and functioning regulations (ROF, after the
framework regulations of HG 867/2015) of some of them, written blind by a tenth author (session 15).

Written from the contract (../shared/contract/DATASETS.md), DESIGN.md, the user docs (docs/DATASETS.md,
docs/indicators.md), the corpus documents and their gold and what a document writer knows of Romanian public
administration, without reading the extractors, normalisers or pipeline; vocabulary of ``services_org_base.py``'s
own. What a seed varies: the council (county council for its DGASPC; a municipality's, town's or commune's local
council for its DAS / SPAS / compartment), the shape (setting up one or two services; reorganising the
directorate's services — setting up, reducing or raising a capacity, renaming, closing; approving the ROFs of
existing services; approving the list of services), 1–10 services, where the services are stated (articles only,
articles + a list annex, the list annex only, with or without one ROF annex per service), the list annex as a
table (columns in a seeded order: number, name, code — or the code in the name cell —, places, address and phone,
licence, number of posts, beneficiaries, remarks; one or two header rows; group rows per category; a TOTAL row) or
as a numbered list, and the distractors such a decision carries: article, decision, law and HG numbers with their
years, dates, the licence and accreditation certificate numbers, addresses with numbers, phone numbers, staff
numbers (per service, per category of staff, in a staff table of the ROF), the capacity before a change, the vote.

Assumptions where the contract is silent (the gold follows the contract and the corpus gold):

* documents: a decision on the organisation of social services neither is nor wraps the annual action plan, is
  no report and no strategy: ``doc_type`` ``other``. ``year`` = ``year_end`` = the year the decision is adopted
  (every date it sets falls in that year), never the year of a cited law, decision, licence or certificate.
  ``issuer``: the council that adopts it (``consiliu_judetean`` / ``consiliu_local``; its printed short form
  accepted with ``||``), not the directorate whose services it organises. ``uat`` / ``county`` as the contract
  writes them. ``currency_unit_main``: not asserted (the decision prints no money table).
* services (F1): the contract's services are those "listed in a services table … and any provider/service
  listing": one row per service of the list annex ("Lista serviciilor sociale …"), whether printed as a table or
  as a numbered list (a list is the same listing). Services named only in the articles or in an ROF are not
  services rows (no listing states them), so a decision without a list annex has no services rows (asserted
  empty). ``section`` ``existing`` for every listed service, also one the decision sets up: the list is the
  directorate's approved structure once the decision applies, and the council's act establishes the service (the
  contract's ``proposed`` is a plan's "propuse spre a fi înființate", an intention). A service the decision closes
  is not in the list (the list is the structure after the decision) and gives no row. A renamed service's row
  has its new name (as listed). ``capacity``: the places of a capacity column or of a list item ("capacitate: 30
  locuri"), the capacity after a change; a service without places ("-": home care, a mobile team, maternal
  assistance) has none. A number of posts, a licence or certificate number, an address or phone number, a row or
  article number is never a capacity nor a beneficiaries count; no beneficiaries, occupancy, provider or budget
  are stated (asserted empty through precision). ``category``: the group row over a service, when the table has
  group rows (a column naming the beneficiaries is not the category).
* totals (recall): the figures of a TOTAL row (the places and the posts of the list table; the posts of an ROF's
  staff table), as counts.
* indicators (recall): the places a sentence states for a service — an article setting one up ("cu o capacitate
  de 30 de locuri"), the capacity after a reorganisation ("de la 50 la 38 de locuri" → 38, the figure followed by
  its counted noun), the kept capacity of a renamed service, the capacity of a service closed, the capacity an ROF
  states — as ``capacitate_locuri`` with the service's name as ``subject`` (once per service and value); a number
  of posts is not in the vocabulary (no key); the items of the list annex and the cells of its table are the
  services listing, not asserted as indicators.
* procurements, subsidies, trainings, partnerships: none in such a document (asserted empty).
* activities: not asserted.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import make_variants as mv
from make_variants import LEFT, UP

from .fmt import code_spelling
from .services_org_base import MONTHS, NICKS, PEOPLE, Council, Doc, Service, commune_kinds, county_kinds, genitive, \
    local_kinds, make_service, pick_council

__all__ = ["council_social_services"]


def _de(n: int) -> str:
    """'30 de locuri' / '12 locuri' (Romanian puts "de" after 20 and over, unless the last two digits are 1–19)."""
    return "de " if n >= 20 and (n % 100 == 0 or n % 100 >= 20) else ""


def _places(n: int) -> str:
    return f"{n} {_de(n)}locuri"


def _code(rnd: random.Random, code: str) -> str:
    return code_spelling(rnd, code)


# ------------------------------------------------------------------------------------------------ services


def pick_services(d: Doc, shape: str) -> list[Service]:
    """The directorate's services with what the decision does to each (`Service.change`)."""
    rnd, c = d.rnd, d.council
    kinds = county_kinds() if c.level == "judet" else commune_kinds() if c.level == "comuna" else local_kinds()
    cap = 5 if c.level == "comuna" else 10
    n = {"setup": rnd.randint(1, cap), "reorg": rnd.randint(3, cap), "rof": rnd.randint(1, min(cap, 6)),
         "list": rnd.randint(1, cap)}[shape]
    chosen = []
    for _ in range(n):
        k = rnd.choice(kinds)
        if "{nick}" not in k.pattern and "{k}" not in k.pattern and k in chosen:
            continue  # a service named without a nick is run once
        chosen.append(k)
    order = {k.category: i for i, k in enumerate(kinds)}
    chosen.sort(key=lambda k: order[k.category])
    used: set[str] = set()
    svcs = [make_service(rnd, k, c.town, used) for k in chosen]
    if shape == "setup":
        for s in rnd.sample(svcs, min(len(svcs), rnd.choice([1, 1, 1, 2]))):
            s.change = "setup"
    elif shape == "reorg":
        n_changes = rnd.randint(1, min(3, len(svcs)))
        for s in rnd.sample(svcs, n_changes):
            options = ["setup", "close", "rename"] + (["reduce", "increase"] if s.places else [])
            s.change = rnd.choice(options)
    elif shape in ("rof", "list") and rnd.random() < 0.25:
        rnd.choice(svcs).change = "setup"
    for s in svcs:
        if s.change in ("reduce", "increase") and s.places:
            delta = rnd.randint(2, max(3, s.places // 3))
            s.old_places = s.places + delta if s.change == "reduce" else max(1, s.places - delta)
        elif s.change == "rename":
            if "„" in s.name:
                others = [n for n in NICKS if f"„{n}”" not in s.name]
                s.old_name = s.name.split(" „")[0] + f" „{rnd.choice(others)}”"
            else:
                s.old_name = f"Compartimentul {s.name[0].lower()}{s.name[1:]}"
        if s.change == "setup":
            s.licence = ""
    return svcs


# ------------------------------------------------------------------------------------------------ preamble


_LAWS = [
    "Legii asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
    "Legii nr. 197/2012 privind asigurarea calității în domeniul serviciilor sociale, republicată",
    "Hotărârii Guvernului nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale, precum și a "
    "regulamentelor-cadru de organizare și funcționare a serviciilor sociale",
    "Legii nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată",
    "Legii nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap, republicată",
    "Legii nr. 17/2000 privind asistența socială a persoanelor vârstnice, republicată",
    "Hotărârii Guvernului nr. 797/2017 pentru aprobarea regulamentelor-cadru de organizare și funcționare ale "
    "serviciilor publice de asistență socială și a structurii orientative de personal",
    "Hotărârii Guvernului nr. 118/2014 pentru aprobarea Normelor metodologice de aplicare a prevederilor Legii nr. "
    "197/2012",
    "Legii nr. 273/2006 privind finanțele publice locale, cu modificările și completările ulterioare",
]


def preamble(d: Doc, title: str) -> None:
    rnd, c = d.rnd, d.council
    d.p("ROMÂNIA")
    d.p(f"JUDEȚUL {c.county.upper()}")
    d.p(c.upper)
    d.els.append(mv.title(title))
    d.p(f"{c.name}, întrunit în ședința {rnd.choice(['ordinară', 'extraordinară'])} din data de {d.date_words},")
    d.p(rnd.choice(["Având în vedere:", "Analizând:"]))
    ref = rnd.randint(800, 29000)
    lines = [f"referatul de aprobare nr. {ref}/{d.date_num} al "
             + ("Președintelui Consiliului Județean" if c.level == "judet" else "Primarului"),
             f"raportul de specialitate nr. {ref + rnd.randint(2, 60)}/{d.date_num} al {genitive(c.directorate)}",
             f"avizul comisiei de specialitate nr. {rnd.randint(1, 5)} a {genitive(c.name)}"]
    bullets = rnd.random() < 0.5
    for line in lines:
        d.b(line + ";") if bullets else d.p(f"- {line};")
    d.p(rnd.choice(["Luând în considerare prevederile:", "Ținând cont de prevederile:", "În conformitate cu:"]))
    for i, law in enumerate(rnd.sample(_LAWS, rnd.randint(3, 7))):
        line = f"{'abcdefgh'[i]}) {law};" if not bullets else law + ";"
        d.b(line) if bullets else d.p(line)
    d.p(f"În temeiul prevederilor {c.legal_basis} din Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul "
        "administrativ, cu modificările și completările ulterioare,")
    d.h(rnd.choice(["HOTĂRĂȘTE:", "HOTĂRĂȘTE:", "ADOPTĂ PREZENTA HOTĂRÂRE:"]))


def _start_date(d: Doc) -> str:
    month = int(d.date_num[3:5])
    m = d.rnd.randint(min(month + 1, 12), 12)
    return f"1 {MONTHS[m - 1]} {d.year}" if d.rnd.random() < 0.6 else f"01.{m:02d}.{d.year}"


# ------------------------------------------------------------------------------------------------ articles


def article_for(d: Doc, s: Service, art: int) -> str | None:
    """The article that changes `s` (None for a service the decision keeps as it is)."""
    rnd, c = d.rnd, d.council
    code = _code(rnd, s.code)
    cod = rnd.choice(["cod", "cod serviciu social", "având codul", "codificat"])
    if s.change == "setup":
        cap = ""
        if s.places:
            cap = rnd.choice([f", cu o capacitate de {_places(s.places)}", f", având o capacitate de {_places(s.places)}",
                              f", cu capacitatea de {_places(s.places)}"])
        where = rnd.choice([f"în structura {genitive(c.directorate)}", f"în subordinea {genitive(c.directorate_short)}",
                            f"în cadrul {genitive(c.directorate)}"])
        form = rnd.randrange(3)
        if form == 0:
            text = (f"Art. {art}. — Se aprobă înființarea serviciului social {s.name}, {cod} {code}, fără personalitate "
                    f"juridică, {where}{cap}, cu sediul în {c.town}, {s.address}.")
        elif form == 1:
            text = (f"Art. {art}. — (1) Se înființează {s.name}, serviciu social fără personalitate juridică, {cod} "
                    f"{code}, {where}, începând cu data de {_start_date(d)}. (2) {s.name} funcționează în imobilul "
                    f"situat în {c.town}, {s.address}" + (f" și are o capacitate de {_places(s.places)}" if s.places
                                                          else "") + ".")
        else:
            text = (f"Art. {art}. — Se aprobă înființarea {genitive(s.name)} ({cod} {code}){cap}, {where}, "
                    f"începând cu data de {_start_date(d)}.")
        if rnd.random() < 0.5:
            text += (f" Numărul de posturi aferent serviciului social este de {s.staff}, conform statului de funcții."
                     if rnd.random() < 0.5 else f" Serviciul social funcționează cu {s.staff} posturi.")
        if s.places:
            d.places(s.name, s.places, text)
        return text
    if s.change in ("reduce", "increase"):
        verb = {"reduce": rnd.choice(["reducerea", "diminuarea"]),
                "increase": rnd.choice(["mărirea", "suplimentarea", "creșterea"])}[s.change]
        old, new = s.old_places, s.places
        form = rnd.randrange(3)
        if form == 0:
            change = f"prin {verb} capacității de la {old} la {_places(new)}"
        elif form == 1:
            change = f"prin {verb} capacității de la {_places(old)} la {_places(new)}"
        else:
            change = f"prin {verb} capacității, aceasta urmând a fi de {_places(new)} (față de {old} în prezent)"
        why = rnd.choice(["", ", ca urmare a recomandărilor din raportul de monitorizare",
                          f", în vederea reînnoirii licenței de funcționare {s.licence}",
                          ", pentru respectarea standardelor minime de calitate privind spațiul de locuit"])
        text = f"Art. {art}. — Se aprobă reorganizarea {genitive(s.name)}, {cod} {code}, {change}{why}."
        d.places(s.name, new, text)
        return text
    if s.change == "rename":
        keep = f" și a capacității de {_places(s.places)}" if s.places else ""
        text = (f"Art. {art}. — Se aprobă schimbarea denumirii serviciului social {s.old_name} în {s.name}, cu "
                f"păstrarea codului {code}{keep}.")
        if s.places:
            d.places(s.name, s.places, text)
        return text
    if s.change == "close":
        cap = f", cu o capacitate de {_places(s.places)}" if s.places and rnd.random() < 0.6 else ""
        start = _start_date(d)
        text = rnd.choice([
            f"Art. {art}. — Se aprobă desființarea {genitive(s.name)}, {cod} {code}{cap}, începând cu data de {start}.",
            f"Art. {art}. — Începând cu data de {start}, se desființează serviciul social {s.name}, {cod} {code}{cap}, "
            f"din structura {genitive(c.directorate)}."])
        text += rnd.choice(["", f" Beneficiarii vor fi transferați în alte servicii sociale ale {genitive(c.directorate_short)}, "
                                "cu acordul acestora sau al reprezentanților legali.",
                            f" Cele {s.staff} posturi ale serviciului se redistribuie în cadrul {genitive(c.directorate_short)}."])
        if cap:
            d.places(s.name, s.places, text)
        return text
    return None


# ------------------------------------------------------------------------------------------------ the list annex


@dataclass
class Col:
    head: str
    cell: Callable[[Service], str]
    what: str = ""  # name | code | places | staff | other


def list_columns(d: Doc, code_in_name: bool) -> list[Col]:
    rnd, c = d.rnd, d.council
    cols: list[Col] = []
    if rnd.random() < 0.85:
        cols.append(Col(rnd.choice(["Nr. crt.", "Nr. crt", "Nr."]), lambda s: "", "nr"))
    if code_in_name:
        form = rnd.randrange(2)
        codes: dict[str, str] = {}

        def cell(s: Service) -> str:
            codes.setdefault(s.name, _code(rnd, s.code))
            return f"{codes[s.name]} – {s.name}" if form == 0 else f"{s.name}, cod {codes[s.name]}"
        name = Col(rnd.choice(["Serviciul social (cod și denumire)", "Codul și denumirea serviciului social"]), cell,
                   "name")
        name.codes = codes  # type: ignore[attr-defined]
        cols.append(name)
    else:
        name = Col(rnd.choice(["Denumirea serviciului social", "Serviciul social", "Denumire serviciu social",
                               "Denumirea centrului / serviciului social"]), lambda s: s.name, "name")
        codes = {}

        def code_cell(s: Service) -> str:
            codes.setdefault(s.name, _code(rnd, s.code))
            return codes[s.name]
        code = Col(rnd.choice(["Cod serviciu social", "Codul serviciului social conform HG nr. 867/2015",
                               "Cod (Nomenclator)", "Cod serviciu"]), code_cell, "code")
        code.codes = codes  # type: ignore[attr-defined]
        cols += [name, code] if rnd.random() < 0.75 else [code, name]
    if rnd.random() < 0.25:
        cols.append(Col(rnd.choice(["Categoria de beneficiari", "Beneficiari"]),
                        lambda s: s.kind.beneficiaries.format(town=c.town).split(",")[0], "other"))
    suffix = rnd.random() < 0.2
    if rnd.random() < 0.85:
        cols.append(Col(rnd.choice(["Capacitate (nr. locuri)", "Capacitatea", "Nr. locuri", "Capacitate aprobată"]),
                        lambda s: "-" if not s.places else (f"{s.places} locuri" if suffix else str(s.places)),
                        "places"))
    if rnd.random() < 0.5:
        phone = rnd.random() < 0.4
        cols.append(Col(rnd.choice(["Sediul", "Adresa", "Locația", "Adresa / telefon"]),
                        lambda s: f"{c.town}, {s.address}" + (f", tel. {s.phone}" if phone else ""), "other"))
    if rnd.random() < 0.4:
        cols.append(Col(rnd.choice(["Licența de funcționare (nr./data)", "Nr. licență funcționare", "Licență"]),
                        lambda s: s.licence or rnd.choice(["în curs de licențiere", "-", "urmează a fi licențiat"]),
                        "other"))
    if rnd.random() < 0.45:
        cols.append(Col(rnd.choice(["Nr. posturi", "Număr de posturi aprobate", "Personal (nr. posturi)",
                                    "Număr total posturi"]), lambda s: str(s.staff), "staff"))
    if rnd.random() < 0.3:
        notes = {"setup": "înființat prin prezenta hotărâre", "reduce": "capacitate modificată",
                 "increase": "capacitate modificată", "rename": "denumire modificată", "keep": ""}
        cols.append(Col(rnd.choice(["Observații", "Mențiuni"]), lambda s: notes.get(s.change, ""), "other"))
    return cols


def list_table(d: Doc, svcs: list[Service]) -> None:
    rnd = d.rnd
    code_in_name = rnd.random() < 0.15
    cols = list_columns(d, code_in_name)
    name_i = next(i for i, col in enumerate(cols) if col.what == "name")
    code_i = next((i for i, col in enumerate(cols) if col.what == "code"), None)
    two_rows = code_i is not None and abs(code_i - name_i) == 1 and rnd.random() < 0.25
    if two_rows:
        lo = min(name_i, code_i)
        top = [col.head if i not in (name_i, code_i) else ("Serviciul social" if i == lo else LEFT)
               for i, col in enumerate(cols)]
        low = [UP if i not in (name_i, code_i) else ("Denumirea" if i == name_i else "Codul")
               for i, col in enumerate(cols)]
        rows, header_rows = [top, low], 2
    else:
        rows, header_rows = [[col.head for col in cols]], 1
    cats = list(dict.fromkeys(s.category for s in svcs))
    grouped = len(cats) > 1 and len(svcs) >= 3 and rnd.random() < 0.4
    numbered = cols[0].what == "nr"
    seq = d.n_tables() + 1
    n = 0
    for cat in cats:
        if grouped:
            rows.append([cat] + [LEFT] * (len(cols) - 1))
        for s in (x for x in svcs if x.category == cat):
            n += 1
            r = [col.cell(s) for col in cols]
            if numbered:
                r[0] = f"{n}." if rnd.random() < 0.8 else str(n)
            rows.append(r)
            code_raw = cols[name_i].codes.get(s.name) if code_in_name else cols[code_i].codes.get(s.name)
            cap_col = next((col for col in cols if col.what == "places"), None)
            d.services.append({"section": "existing", "table_seq": seq, "row_no_raw": r[0] if numbered else None,
                               "category": cat if grouped else None, "service_name": s.name, "code_raw": code_raw,
                               "service_code": s.code, "capacity": s.places if cap_col and s.places else None,
                               "capacity_raw": cap_col.cell(s) if cap_col and s.places else None})
    place_i = next((i for i, col in enumerate(cols) if col.what == "places"), None)
    staff_i = next((i for i, col in enumerate(cols) if col.what == "staff"), None)
    if (place_i is not None or staff_i is not None) and rnd.random() < 0.4:
        tot = [""] * len(cols)
        label_i = 0 if numbered and rnd.random() < 0.5 else name_i
        tot[label_i] = rnd.choice(["TOTAL", "Total", "TOTAL GENERAL"])
        if label_i == 0 and name_i == 1:
            tot[1] = LEFT
        if place_i is not None:
            v = sum(s.places or 0 for s in svcs)
            tot[place_i] = str(v)
            d.total("TOTAL locuri (lista serviciilor sociale)", float(v), "other", str(v))
        if staff_i is not None:
            v = sum(s.staff for s in svcs)
            tot[staff_i] = str(v)
            d.total("TOTAL posturi (lista serviciilor sociale)", float(v), "persons", str(v))
        rows.append(tot)
    d.table(rows, header_rows)


def list_items(d: Doc, svcs: list[Service]) -> None:
    """The list annex as a numbered list, one service an item."""
    rnd, c = d.rnd, d.council
    bullets = rnd.random() < 0.4
    form = rnd.randrange(3)
    for i, s in enumerate(svcs, 1):
        code = _code(rnd, s.code)
        raw = _places(s.places) if s.places else None
        if form == 0:
            raw = f"{s.places} locuri" if s.places else None
            cap = f", capacitate: {raw}" if s.places else ""
            text = f"{i}. {s.name} – cod {code}{cap}, sediul: {c.town}, {s.address};"
        elif form == 1:
            cap = f", cu o capacitate de {_places(s.places)}" if s.places else ""
            text = f"{i}. {s.name}, cod serviciu social {code}{cap};"
        else:
            cap = f" – {_places(s.places)}" if s.places else ""
            text = f"{i}. {s.name} ({code}){cap} – {s.staff} posturi;"
        d.b(text) if bullets else d.p(text)
        d.services.append({"section": "existing", "row_no_raw": f"{i}.", "service_name": s.name, "code_raw": code,
                           "service_code": s.code, "capacity": s.places or None,
                           "capacity_raw": raw})


# ------------------------------------------------------------------------------------------------ ROF annex


_ACTIVITIES = ["informare și consiliere socială", "evaluarea nevoilor beneficiarilor", "găzduire și îngrijire",
               "activități de socializare și petrecere a timpului liber", "consiliere psihologică",
               "sprijin pentru realizarea igienei personale", "educație non-formală și informală",
               "asistență pentru sănătate", "servirea mesei", "activități de integrare și participare socială"]
_STAFF_ROLES = ["Asistent social", "Psiholog", "Educator", "Infirmier", "Îngrijitor", "Asistent medical",
                "Kinetoterapeut", "Instructor de educație", "Lucrător social"]


def rof_annex(d: Doc, s: Service, annex_no: int) -> None:
    rnd, c = d.rnd, d.council
    code = _code(rnd, s.code)
    d.h(rnd.choice([f"Anexa nr. {annex_no} la {d.act_ref}", f"ANEXA nr. {annex_no}", f"Anexa nr. {annex_no}"]))
    d.p("REGULAMENT DE ORGANIZARE ȘI FUNCȚIONARE" if rnd.random() < 0.5 else "Regulamentul de organizare și funcționare")
    d.p(f"al serviciului social {s.name}")
    d.h(rnd.choice(["Capitolul I — Dispoziții generale", "CAPITOLUL I. DISPOZIȚII GENERALE"]))
    d.p(f"Art. 1. — Definiție. (1) Regulamentul de organizare și funcționare este un document propriu al serviciului "
        f"social {s.name}, aprobat prin hotărâre a {genitive(c.name)}, în vederea asigurării funcționării acestuia cu "
        "respectarea standardelor minime de calitate aplicabile și a asigurării accesului persoanelor beneficiare la "
        "informații privind condițiile de admitere, serviciile oferite etc.")
    d.p("(2) Prezentul regulament este elaborat în conformitate cu prevederile Hotărârii Guvernului nr. 867/2015 "
        f"pentru aprobarea Nomenclatorului serviciilor sociale, precum și a regulamentelor-cadru de organizare și "
        f"funcționare a serviciilor sociale, anexa nr. {rnd.randint(1, 30)}.")
    cert = f"seria AF nr. {rnd.randint(100, 9999):06d}"
    phone = f", telefon {s.phone}" if rnd.random() < 0.6 else ""
    d.p(f"Art. 2. — Identificarea serviciului social. Serviciul social {s.name}, cod serviciu social {code}, este "
        f"înființat și administrat de furnizorul {c.directorate}, acreditat conform Certificatului de acreditare "
        f"{cert} din {rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(2014, 2018)}, și are sediul în "
        f"{c.town}, {s.address}{phone}.")
    d.p(f"Art. 3. — Scopul serviciului social. Scopul serviciului social este {s.kind.purpose}.")
    d.p("Art. 4. — Cadrul legal de înființare, organizare și funcționare. (1) Serviciul social funcționează cu "
        "respectarea prevederilor cadrului general de organizare și funcționare a serviciilor sociale reglementat de "
        "Legea nr. 292/2011, cu modificările și completările ulterioare, și de Legea nr. 197/2012, republicată.")
    d.p(f"(2) Standardul minim de calitate aplicabil: {s.kind.standard}.")
    if s.change == "setup":
        d.p(f"(3) Serviciul social {s.name} este înființat prin {d.act_ref} și urmează a fi licențiat în condițiile "
            "Legii nr. 197/2012.")
    else:
        d.p(f"(3) Serviciul social {s.name} este înființat prin {d.old_act()} și funcționează în baza Licenței de "
            f"funcționare {s.licence}.")
    d.p("Art. 5. — Principiile care stau la baza acordării serviciului social: respectarea demnității umane, "
        "egalitatea de șanse, confidențialitatea, participarea beneficiarilor.")
    d.p(f"Art. 6. — Beneficiarii serviciului social. (1) Beneficiarii serviciului social sunt "
        f"{s.kind.beneficiaries.format(town=c.town)}.")
    if s.places:
        text = rnd.choice([f"(2) Serviciul social are o capacitate de {_places(s.places)}.",
                           f"(2) Capacitatea serviciului social este de {_places(s.places)}.",
                           f"(2) Serviciul social {s.name} are o capacitate de {_places(s.places)}."])
        d.p(text)
        d.places(s.name, s.places, text)
    d.p(f"({3 if s.places else 2}) Condițiile de admitere: cererea beneficiarului sau a reprezentantului legal, ancheta socială, "
        "evaluarea nevoilor și încheierea contractului de furnizare a serviciilor sociale.")
    d.h(rnd.choice(["Capitolul II — Activități și funcții", "CAPITOLUL II. ACTIVITĂȚI ȘI FUNCȚII"]))
    d.p("Art. 7. — Principalele activități ale serviciului social sunt:")
    for i, act in enumerate(rnd.sample(_ACTIVITIES, rnd.randint(3, 5))):
        d.b(f"{'abcdef'[i]}) {act};")
    d.h(rnd.choice(["Capitolul III — Structura organizatorică, numărul de posturi și categoriile de personal",
                    "CAPITOLUL III. STRUCTURA ORGANIZATORICĂ, NUMĂRUL DE POSTURI ȘI CATEGORIILE DE PERSONAL"]))
    m, sp, ad = s.staff_split
    if rnd.random() < 0.3 and s.staff >= 3:
        d.p("Art. 8. — Structura de personal a serviciului social este următoarea:")
        roles = rnd.sample(_STAFF_ROLES, min(sp, 4)) if sp else []
        counts = [1] * len(roles)
        for _ in range(sp - len(roles)):
            counts[rnd.randrange(len(counts))] += 1
        rows = [["Nr. crt.", "Funcția", "Nr. posturi"], ["1.", "Șef centru / coordonator", str(m)]]
        rows += [[f"{i}.", r, str(k)] for i, (r, k) in enumerate(zip(roles, counts), 2)]
        if ad:
            rows.append([f"{len(rows)}.", "Personal administrativ și de întreținere", str(ad)])
        rows.append(["TOTAL", LEFT, str(s.staff)])
        d.table(rows)
        d.total(f"TOTAL posturi ROF {s.name}", float(s.staff), "persons", str(s.staff))
    else:
        d.p(f"Art. 8. — (1) Serviciul social {s.name} funcționează cu un număr total de {s.staff} posturi, conform "
            f"prevederilor Hotărârii Guvernului nr. 867/2015, din care:")
        d.b(f"a) personal de conducere: {m};")
        d.b(f"b) personal de specialitate de îngrijire și asistență: {sp};")
        d.b(f"c) personal administrativ, gospodărire, întreținere-reparații, deservire: {ad}.")
        if s.places and rnd.random() < 0.5:
            d.p(f"(2) Raportul angajat/beneficiar este de 1/{max(1, round(s.places / max(1, sp)))}.")
    d.h(rnd.choice(["Capitolul IV — Finanțarea serviciului social", "CAPITOLUL IV. FINANȚAREA"]))
    d.p("Art. 9. — Finanțarea cheltuielilor serviciului social se asigură din bugetul local, din contribuția "
        "beneficiarilor, în condițiile legii, și din alte surse legal constituite.")


# ------------------------------------------------------------------------------------------------ the decision


def _titles(d: Doc, shape: str, svcs: list[Service]) -> str:
    rnd, c = d.rnd, d.council
    head = rnd.choice([f"HOTĂRÂREA nr. {d.number} din {d.date_words}", "HOTĂRÂRE", f"HOTĂRÂREA NR. {d.number}"])
    new = [s for s in svcs if s.change == "setup"]
    if shape == "setup" and new:
        s = new[0]
        what = (f"privind înființarea serviciului social {s.name}, cod {_code(rnd, s.code)}, în structura "
                f"{genitive(c.directorate)}" if rnd.random() < 0.5 else f"privind înființarea {genitive(s.name)}")
        if rnd.random() < 0.6:
            what += " și aprobarea Regulamentului de organizare și funcționare al acestuia"
    elif shape == "reorg":
        what = rnd.choice([f"privind reorganizarea serviciilor sociale din structura {genitive(c.directorate)}",
                           f"privind aprobarea reorganizării {genitive(c.directorate)} și a Listei serviciilor sociale",
                           f"pentru modificarea structurii serviciilor sociale furnizate de {c.directorate_short}"])
    elif shape == "rof":
        what = (f"privind aprobarea Regulamentelor de organizare și funcționare ale serviciilor sociale din structura "
                f"{genitive(c.directorate)}")
    else:
        what = rnd.choice([f"privind aprobarea Listei serviciilor sociale furnizate de {c.directorate}",
                           f"privind aprobarea listei serviciilor sociale din subordinea {genitive(c.directorate_short)}"])
    return f"{head} {what}"


def decision(d: Doc, shape: str) -> None:
    rnd, c = d.rnd, d.council
    svcs = pick_services(d, shape)
    preamble(d, _titles(d, shape, svcs))
    listing = {"setup": rnd.choices(["none", "table", "items"], [55, 35, 10])[0],
               "reorg": rnd.choices(["none", "table", "items"], [25, 60, 15])[0],
               "rof": rnd.choices(["none", "table", "items"], [75, 20, 5])[0],
               "list": rnd.choices(["table", "items"], [85, 15])[0]}[shape]
    if shape == "rof":
        with_rof = rnd.sample(svcs, min(len(svcs), rnd.randint(1, 3)))
    elif shape in ("setup", "reorg"):
        with_rof = [s for s in svcs if s.change == "setup" and rnd.random() < (0.75 if shape == "setup" else 0.4)]
    else:
        with_rof = [s for s in svcs if s.change == "setup" and rnd.random() < 0.3]
    art = 1
    if shape != "list" or any(s.change != "keep" for s in svcs) or rnd.random() < 0.5:
        for s in svcs:
            text = article_for(d, s, art)
            if text:
                d.p(text)
                art += 1
    annex = 1
    listed = [s for s in svcs if s.change != "close"]
    if listing != "none" and listed:
        d.p(f"Art. {art}. — Se aprobă Lista serviciilor sociale " + rnd.choice([
            f"din structura {genitive(c.directorate)}", f"furnizate de {c.directorate_short}",
            f"aflate în subordinea {genitive(c.directorate)}"]) + f", conform anexei nr. {annex}, care face parte "
            "integrantă din prezenta hotărâre.")
        list_annex_no = annex
        art += 1
        annex += 1
    else:
        listing = "none"
    rof_nos: list[tuple[Service, int]] = []
    for s in with_rof:
        d.p(f"Art. {art}. — Se aprobă Regulamentul de organizare și funcționare al {genitive(s.name)}, conform "
            f"anexei nr. {annex}, care face parte integrantă din prezenta hotărâre.")
        rof_nos.append((s, annex))
        art += 1
        annex += 1
    if rnd.random() < 0.4:
        extra = rnd.randint(2, 9)
        d.p(f"Art. {art}. — Se aprobă modificarea statului de funcții al {genitive(c.directorate)}, prin "
            f"suplimentarea numărului de posturi cu {extra} posturi contractuale, în limita fondurilor aprobate.")
        art += 1
    if rnd.random() < 0.5:
        d.p(f"Art. {art}. — La data intrării în vigoare a prezentei hotărâri, "
            + rnd.choice([f"{d.old_act()} se abrogă.",
                          f"orice prevederi contrare, inclusiv anexa nr. {rnd.randint(1, 4)} la {d.old_act()}, se "
                          "abrogă."]))
        art += 1
    d.p(f"Art. {art}. — Cu ducerea la îndeplinire a prevederilor prezentei hotărâri se încredințează "
        + ("Președintele Consiliului Județean" if c.level == "judet" else "Primarul") + f", prin {c.directorate_short}.")
    art += 1
    d.p(f"Art. {art}. — Prezenta hotărâre se comunică, prin grija secretarului general, Instituției Prefectului – "
        f"Județul {c.county} și {genitive(c.directorate)} și se aduce la cunoștință publică.")
    d.p(f"{c.chair},")
    d.p(rnd.choice(PEOPLE))
    d.p(rnd.choice(["CONTRASEMNEAZĂ,", "Contrasemnează pentru legalitate,"]))
    d.p(c.secretary + ",")
    d.p(rnd.choice(PEOPLE))
    members = rnd.choice([9, 11, 13, 15, 17, 19, 21, 23, 27, 31, 33, 35])
    against = rnd.randint(0, 2)
    d.p(rnd.choice([f"Hotărârea a fost adoptată cu {members - against} voturi pentru, {against} împotrivă și 0 "
                    f"abțineri, din {members} consilieri în funcție.",
                    f"Nr. {d.number} din {d.date_num}. Adoptată cu {members - against} voturi „pentru”."]))
    if listing != "none":
        d.h(rnd.choice([f"Anexa nr. {list_annex_no} la {d.act_ref}", f"ANEXA nr. {list_annex_no}",
                        f"Anexa nr. {list_annex_no} la Hotărârea nr. {d.number}/{d.date_num}"]))
        d.p(rnd.choice([f"LISTA serviciilor sociale din structura {genitive(c.directorate)}",
                        f"Lista serviciilor sociale furnizate de {c.directorate_short}",
                        "LISTA SERVICIILOR SOCIALE"]))
        if rnd.random() < 0.4:
            d.p(f"Furnizor de servicii sociale: {c.directorate}, acreditat conform Certificatului de acreditare "
                f"seria AF nr. {rnd.randint(100, 9999):06d}/{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}."
                f"{rnd.randint(2014, 2018)}.")
        if listing == "table":
            list_table(d, listed)
        else:
            list_items(d, listed)
        if rnd.random() < 0.5:
            d.p(f"{c.chair},")
            d.p(rnd.choice(PEOPLE))
    for s, no in rof_nos:
        rof_annex(d, s, no)


def council_social_services(rnd: random.Random, year: int) -> tuple[list, dict]:
    council: Council = pick_council(rnd)
    month, day = rnd.randint(1, 10), rnd.randint(1, 28)
    d = Doc(rnd, year, council, rnd.randint(8, 260), f"{day:02d}.{month:02d}.{year}",
            f"{day} {MONTHS[month - 1]} {year}")
    shape = rnd.choices(["setup", "reorg", "rof", "list"], [35, 30, 15, 20])[0]
    decision(d, shape)
    title = next(e.text for e in d.els if e.kind == "title")
    doc = {"doc_type": "other", "title": title, "year": year, "year_end": year, "issuer": council.issuer_alts,
           "issuer_kind": council.kind, "uat": council.uat, "county": council.county, "currency_unit_main": None}
    exp = {"document": doc, "services": d.services, "totals": d.totals, "indicators": d.indicators,
           "procurements": [], "subsidies": [], "trainings": [], "partnerships": []}
    return d.els, exp
