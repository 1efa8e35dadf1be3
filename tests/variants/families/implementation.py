"""Family ``report_plan_implementation``: a local authority's report on the implementation of its annual action
plan(s) for social services, written blind (session 10) by an author who had not read the extractors, the
normalisers, the pipeline nor the other families' generators and pools: vocabulary from real Romanian reports
("Raport privind stadiul implementării Planului anual de acțiune …", "Raport de monitorizare …", "Raport privind
realizarea măsurilor …") as a municipality's DAS, a town's SPAS or a county DGASPC publishes them.

What a seed varies: the issuer (DAS of a municipality, SPAS of a town, DGASPC of a county; real SIRUTA units), the
plan years covered (one to three), the title wording, the existing-services table (code column or code in the name
cell, name with address and phone in one cell or a provider column with contacts, capacity as "30" or "30 locuri",
beneficiaries, occupancy, budgets by source in lei or mii lei written in each header, every cell or a sentence,
group rows, a TOTAL row), the proposed services and their state, the measures table (Obiectiv | Măsură | Termen |
Responsabil | Stadiu / Rezultat, the objective merged down or repeated, results per year in one cell), the counts
of actions realised / partially / not realised (sentence or small table), NGO services financed under Law 350/2005,
subsidies under Law 34/1998 or contracts under Law 98/2016, trainings (kinds as columns or as rows), information
campaigns, collaborations stated as measures, indicators in sentences, the total spending.

Assumptions where the contract (DATASETS.md) is silent, decided from the contract, DESIGN.md and the corpus gold:

- ``doc_type`` is ``raport_plan_anual``; ``year`` is the first plan year the report covers, ``year_end`` the last
  (a report on the plans 2021–2023 is about 2021..2023, not about the year it is published in).
- Issuer: the authority's canonical long name ("Direcția de Asistență Socială a Municipiului X", "Serviciul Public
  de Asistență Socială al Orașului X", "Direcția Generală de Asistență Socială și Protecția Copilului X"), kind
  DAS / SPAS / DGASPC; ``uat`` the municipality / town, for a county DGASPC the county ("Județul X", the bare
  county name also accepted); ``currency_unit_main`` the unit of the existing-services table.
- Services: every row of the existing-services table is ``existing``; the proposed services (with their state of
  realisation) are ``proposed`` whatever their state. ``service_name`` without street, number, phone, e-mail;
  ``provider`` the provider's name without contacts. "30 locuri" → capacity 30; a beneficiaries column →
  ``beneficiaries``; a percentage → ``occupancy_pct``. Budgets are the amounts of the year the table is about,
  in lei. A TOTAL row is no service: its amounts are ``totals``.
- NGO services financed under Law 350/2005 (non-refundable financing of non-profit activities of general interest)
  are NOT services of the authority: each is a ``procurements`` row without CPV (issue 16 point 3: the contracting
  programme), ``contract_object`` = the service / project financed, ``estimated_value_lei`` = the amount granted;
  funding source and procedure are not asserted (the law is named in the heading, not in a column).
  Subsidies under Law 34/1998 are ``subsidies`` rows (``unit_name`` the subsidised unit); contracts awarded under
  Law 98/2016 are ``procurements`` rows with their CPV.
- Collaborations stated as measures ("Încheierea unui protocol de colaborare cu Inspectoratul Școlar Județean X")
  are ``partnerships`` rows: the act's kind (protocol / contract / acord / convenție), the partner's name
  (capitalised as an organisation), the number and date when the result cell prints them.
- Trainings with the kinds as columns: one ``trainings`` row per (staff category, kind) with a number of persons
  (a "-" or 0 cell is no training); no budget per row when the table prints none.
- Counts of actions realised / partially realised / not realised and their total are ``totals`` (unit other,
  issue 16 point 5), as are the total spending stated in a sentence, the TOTAL row's amounts per source and the
  total of the Law 350/2005 financing when printed.
- Indicators: every count stated in a sentence or in a measure's result cell ("2021: 394 anchete sociale
  efectuate; 2022: 382 …") is one ``indicators`` row with its year (the year printed before it, or the report's
  single year), ``subject`` the counted thing as printed ("anchete sociale efectuate"), the key from
  docs/indicators.md for its noun. The counts of actions and percentages are not indicators.
- Information activities are not scored (no gold).
"""
from __future__ import annotations

import random

import make_variants as mv
from make_variants import LEFT, UP, El

from .fmt import Money, code_spelling, date_ro, group, pct_cell

__all__ = ["report_plan_implementation"]

# real SIRUTA units: (kind, name as after "Municipiul"/"Orașul", county)
_MUNICIPALITIES = [("Mediaș", "Sibiu"), ("Roman", "Neamț"), ("Lugoj", "Timiș"), ("Câmpina", "Prahova"),
                   ("Făgăraș", "Brașov"), ("Dej", "Cluj"), ("Caracal", "Olt"), ("Adjud", "Vrancea"),
                   ("Vulcan", "Hunedoara"), ("Oltenița", "Călărași"), ("Reghin", "Mureș"), ("Bârlad", "Vaslui")]
_TOWNS = [("Buhuși", "Bacău"), ("Târgu Lăpuș", "Maramureș"), ("Sângeorz-Băi", "Bistrița-Năsăud"),
          ("Bumbești-Jiu", "Gorj"), ("Pucioasa", "Dâmbovița"), ("Ianca", "Brăila"), ("Videle", "Teleorman"),
          ("Întorsura Buzăului", "Covasna"), ("Negrești-Oaș", "Satu Mare"), ("Novaci", "Gorj")]
_COUNTIES = ["Bihor", "Iași", "Galați", "Argeș", "Suceava", "Dolj", "Constanța", "Vaslui", "Buzău", "Hunedoara"]

# (code, name, category) — names as local authorities give them, codes from the nomenclator (HG 867/2015)
_SERVICES = [
    ("8730 CR-V-I", "Căminul pentru persoane vârstnice „{n}”", "Servicii sociale pentru persoane vârstnice"),
    ("8810 CZ-V-II", "Clubul seniorilor „{n}”", "Servicii sociale pentru persoane vârstnice"),
    ("8810 ID-I", "Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "Servicii sociale pentru persoane vârstnice"),
    ("8891 CZ-C-II", "Centrul de zi pentru copii „{n}”", "Servicii sociale pentru copii și familie"),
    ("8899 CZ-F-I", "Centrul de consiliere și sprijin pentru părinți și copii „{n}”", "Servicii sociale pentru copii și familie"),
    ("8891 CZ-C-III", "Centrul de zi de recuperare pentru copii cu dizabilități „{n}”", "Servicii sociale pentru persoane cu dizabilități"),
    ("8899 CZ-D-I", "Centrul de zi pentru persoane adulte cu dizabilități „{n}”", "Servicii sociale pentru persoane cu dizabilități"),
    ("8790 CR-PFA-II", "Adăpostul de noapte pentru persoane fără adăpost", "Servicii sociale pentru persoane în situații de risc"),
    ("8899 CZ-PN-V", "Serviciul de asistență comunitară", "Servicii sociale pentru persoane în situații de risc"),
    ("8899 CZ-VD-I", "Centrul de consiliere pentru prevenirea și combaterea violenței în familie", "Servicii sociale pentru persoane în situații de risc"),
    ("8899 CZ-PFA-I", "Centrul de zi pentru informare și consiliere a persoanelor fără adăpost", "Servicii sociale pentru persoane în situații de risc"),
]
_PROPOSED = [
    ("8810 CZ-V-I", "Centru de zi pentru persoane vârstnice", "persoane vârstnice"),
    ("8790 CR-VD-I", "Centru de primire în regim de urgență pentru victimele violenței domestice", "victime ale violenței domestice"),
    ("8730 CR-V-III", "Locuință protejată pentru persoane vârstnice", "persoane vârstnice"),
    ("8899 CZ-PN-IV", "Centru de zi de integrare socială", "persoane în situații de risc"),
    ("8891 CZ-C-VI", "Centru de zi pentru dezvoltarea deprinderilor de viață independentă", "tineri"),
]
_NICK = ["Speranța", "Sf. Maria", "Casa Bunicilor", "Arc-en-ciel", "Rază de Soare", "Izvorul", "Floare de Colț",
         "Prietenia", "Sf. Nicolae", "Pinocchio", "Lumina", "Seniorii Activi"]
_STREETS = ["str. Mihai Eminescu", "str. Libertății", "Bd. Republicii", "str. Avram Iancu", "str. Unirii",
            "str. Florilor", "Calea Națională", "str. 1 Decembrie 1918", "str. Gării", "str. Tudor Vladimirescu"]
_NGOS = ["Asociația „Casa Speranței”", "Fundația „Inimă de Copil”", "Asociația Filantropia", "Fundația „Sf. Dimitrie”",
         "Asociația „Alături de Voi”", "Asociația Caritas", "Fundația „Un Zâmbet pentru Toți”", "Asociația „Hrană pentru Suflet”"]
_NGO_SERVICES = ["Cantina socială „Pâinea cea de toate zilele”", "Centrul de zi pentru copii „Ghiocelul”",
                 "Îngrijire la domiciliu pentru vârstnici singuri", "Centrul de consiliere pentru familii în criză",
                 "Proiectul „Masa caldă pentru seniori”", "Centrul de recuperare pentru copii cu autism „Pas cu Pas”"]
_CPV = [("85311000-2", "Servicii de asistență socială cu cazare"), ("85312000-9", "Servicii de asistență socială fără cazare"),
        ("85311200-4", "Servicii de asistență socială pentru persoane cu handicap"),
        ("85312100-0", "Servicii de centre de zi")]
_STAFF = ["Asistenți sociali", "Îngrijitori la domiciliu", "Psihologi", "Educatori", "Asistenți medicali",
          "Personal administrativ", "Inspectori sociali", "Asistenți personali"]
_KINDS = [("perfectionare", ["Perfecționare", "Cursuri de perfecționare", "Perfecționare profesională"]),
          ("calificare", ["Calificare", "Cursuri de calificare", "Calificare / recalificare"]),
          ("instruire", ["Instruire", "Instruiri interne", "Instruire la locul de muncă"])]

# (indicator key, counted phrase, measure, lo, hi)
_COUNTS = [
    ("anchete_sociale", "anchete sociale efectuate", "Efectuarea anchetelor sociale pentru acordarea beneficiilor sociale", 300, 1500),
    ("dosare", "dosare de ajutor social instrumentate", "Instrumentarea dosarelor de venit minim de incluziune", 40, 400),
    ("beneficiari", "beneficiari ai cantinei sociale", "Asigurarea hranei zilnice prin cantina socială", 30, 200),
    ("pachete", "pachete cu alimente distribuite", "Distribuirea de pachete cu alimente persoanelor defavorizate", 200, 2500),
    ("evaluari", "evaluări ale persoanelor vârstnice", "Evaluarea socio-medicală a persoanelor vârstnice dependente", 20, 150),
    ("copii", "copii monitorizați", "Monitorizarea copiilor cu părinți plecați la muncă în străinătate", 50, 600),
    ("familii", "familii consiliate", "Consilierea familiilor aflate în dificultate", 20, 300),
    ("dispozitii", "dispoziții de acordare emise", "Emiterea dispozițiilor de acordare a ajutoarelor de urgență", 15, 120),
]
_RESP = ["DAS", "Compartimentul asistență socială", "Serviciul beneficii sociale", "Biroul protecția copilului",
         "Compartimentul protecție persoane vârstnice", "Serviciul management de caz"]
_OBJECTIVES = ["Obiectiv 1: Creșterea accesului la servicii sociale de calitate",
               "Obiectivul 2. Prevenirea marginalizării și excluziunii sociale",
               "Obiectiv 3 – Dezvoltarea parteneriatelor cu instituțiile publice și societatea civilă",
               "Obiectivul 4: Creșterea calității serviciilor prin formarea personalului"]


def _pick_place(rnd: random.Random) -> dict:
    kind = rnd.choice(["DAS", "DAS", "SPAS", "DGASPC"])
    if kind == "DGASPC":
        county = rnd.choice(_COUNTIES)
        return {"kind": kind, "county": county, "uat": f"Județul {county} || {county}", "uat_print": f"Județul {county}",
                "issuer": f"Direcția Generală de Asistență Socială și Protecția Copilului {county}",
                "short": f"D.G.A.S.P.C. {county}", "council": f"Consiliului Județean {county}"}
    if kind == "DAS":
        name, county = rnd.choice(_MUNICIPALITIES)
        return {"kind": kind, "county": county, "uat": f"Municipiul {name}", "uat_print": f"Municipiul {name}",
                "issuer": f"Direcția de Asistență Socială a Municipiului {name}",
                "short": rnd.choice(["D.A.S.", "DAS", f"DAS {name}"]), "council": f"Consiliului Local al Municipiului {name}"}
    name, county = rnd.choice(_TOWNS)
    return {"kind": kind, "county": county, "uat": f"Orașul {name}", "uat_print": f"Orașul {name}",
            "issuer": f"Serviciul Public de Asistență Socială al Orașului {name}",
            "short": rnd.choice(["S.P.A.S.", "SPAS"]), "council": f"Consiliului Local al Orașului {name}"}


def _de(n: int) -> str:
    """A count as Romanian writes it before a noun: '16 acțiuni', '858 de persoane' (from 20 up, 'de')."""
    return group(n) + (" de" if n % 100 >= 20 or n % 100 == 0 and n >= 100 else "")


def _years_text(y0: int, y1: int) -> str:
    return str(y0) if y0 == y1 else f"{y0}–{y1}"


def _title(rnd: random.Random, pl: dict, y0: int, y1: int) -> str:
    yrs = _years_text(y0, y1)
    plans = "Planului anual de acțiune" if y0 == y1 else "Planurilor anuale de acțiune"
    plans_acc = "Planul anual de acțiune" if y0 == y1 else "Planurile anuale de acțiune"
    forms = [
        f"RAPORT privind stadiul implementării {plans} privind serviciile sociale pentru {'anul' if y0 == y1 else 'perioada'} {yrs}",
        f"RAPORT DE MONITORIZARE a implementării {plans} privind serviciile sociale – {yrs}",
        f"Raport privind realizarea măsurilor cuprinse în {plans_acc} privind serviciile sociale administrate și finanțate din "
        f"bugetul {pl['council']}, {yrs}",
        f"STADIUL IMPLEMENTĂRII {plans.upper()} – {pl['issuer'].upper()} ({yrs})",
    ]
    return rnd.choice(forms)


def _contacts(rnd: random.Random) -> str:
    tel = f"tel. 0{rnd.randint(230, 269)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
    street = f"{rnd.choice(_STREETS)} nr. {rnd.randint(1, 120)}"
    parts = [street, tel] if rnd.random() < 0.6 else [street, tel, "e-mail: office@asistenta-sociala.ro"]
    return ", ".join(parts)


def _services_existing(rnd, pl, y1, exp, els, totals_scope):
    n = rnd.randint(3, 7)
    pool = rnd.sample(_SERVICES, n)
    unit = "mii lei" if (pl["kind"] == "DGASPC" and rnd.random() < 0.6) or rnd.random() < 0.25 else "lei"
    money = Money.pick(rnd, unit, 1)
    groups = rnd.random() < 0.4 and len({s[2] for s in pool}) > 1
    if groups:  # a group row heads the services of its category
        pool.sort(key=lambda s: s[2])
    provider_col = rnd.random() < 0.45
    code_in_name = not provider_col and rnd.random() < 0.3
    loc_words = rnd.random() < 0.5
    occ = rnd.random() < 0.6
    sources = [("budget_local_lei", rnd.choice(["Buget local", "Bugetul local", "Buget local realizat"])),
               ("budget_state_lei", rnd.choice(["Buget de stat", "Bugetul de stat"])),
               ("budget_beneficiaries_lei", rnd.choice(["Contribuția beneficiarilor", "Contribuții beneficiari"]))]
    if pl["kind"] == "DGASPC":
        sources[0] = ("budget_county_lei", rnd.choice(["Buget județean", "Bugetul Consiliului Județean"]))
    if rnd.random() < 0.4:
        sources.append(("budget_other_lei", rnd.choice(["Alte surse", "Fonduri externe nerambursabile"])))
    head = ["Nr. crt."]
    if not code_in_name:
        head.append(rnd.choice(["Cod serviciu social", "Codul serviciului (cf. HG 867/2015)", "Cod"]))
    head.append(rnd.choice(["Denumirea serviciului social, adresa și datele de contact",
                            "Serviciul social (denumire, sediu, contact)", "Denumire serviciu social / adresă"])
                if not provider_col else rnd.choice(["Denumirea serviciului social", "Serviciul social"]))
    if provider_col:
        head.append(rnd.choice(["Furnizor (denumire, adresă, date de contact)", "Furnizorul serviciului și datele de contact"]))
    head += [rnd.choice(["Capacitate", "Capacitate (nr. locuri)", "Nr. locuri"]),
             rnd.choice([f"Nr. beneficiari {y1}", f"Beneficiari asistați în {y1}", "Număr beneficiari"])]
    if occ:
        head.append(rnd.choice(["Grad de ocupare", "Grad de ocupare (%)"]))
    head += [f"{lab} {y1}{money.header_suffix}" if rnd.random() < 0.3 else f"{lab}{money.header_suffix}" for _, lab in sources]
    rows = [head]
    ncol = len(head)
    sums = {f: 0 for f, _ in sources}
    cat_prev = None
    for i, (code, name_t, cat) in enumerate(pool, 1):
        if groups and cat != cat_prev:
            rows.append([cat] + [LEFT] * (ncol - 1))
            cat_prev = cat
        name = name_t.format(n=rnd.choice(_NICK))
        cap = rnd.randint(10, 80)
        ben = rnd.randint(max(1, cap // 2), cap + cap // 5)
        pct = round(100 * ben / cap, 1)
        printed_code = code_spelling(rnd, code)
        name_cell = name
        if code_in_name:
            name_cell = f"{name} (cod {printed_code})" if rnd.random() < 0.5 else f"{printed_code} – {name}"
        prov_name = pl["issuer"] if rnd.random() < 0.7 else rnd.choice(_NGOS)
        if provider_col:
            prov_cell = f"{prov_name}, {_contacts(rnd)}"
        elif code_in_name and rnd.random() < 0.5:  # name, provider and address in one cell, no provider column
            name_cell = f"{name_cell} (furnizor: {prov_name}), {_contacts(rnd)}"
        else:
            name_cell = f"{name_cell}, {_contacts(rnd)}"
        row = [f"{i}."]
        if not code_in_name:
            row.append(printed_code)
        row.append(name_cell)
        if provider_col:
            row.append(prov_cell)
        row += [f"{cap} locuri" if loc_words else str(cap), str(ben)]
        pct_txt = pct_cell(pct, True)
        if occ:
            row.append(pct_txt)
        rec = {"section": "existing", "table_seq": None, "row_no_raw": f"{i}.", "category": cat if groups else None,
               "provider_raw": prov_name if provider_col else None, "service_name": name, "code_raw": printed_code,
               "service_code": code, "capacity": cap, "capacity_raw": row[-2 - occ], "beneficiaries": ben,
               "occupancy_pct": float(pct_txt.rstrip("%").replace(",", ".")) if occ else None,
               "occupancy_raw": pct_txt if occ else None}
        raws = []
        for f, _ in sources:
            if f == "budget_beneficiaries_lei" and code.split()[1].startswith(("CZ-PN", "CZ-VD", "CZ-PFA", "CZ-F")):
                row.append("-")
                raws.append("-")
                continue
            if f == "budget_other_lei" and rnd.random() < 0.5:
                row.append("-")
                raws.append("-")
                continue
            lei = money.lei_value(rnd, 20_000, 2_500_000)
            row.append(money.cell(lei))
            raws.append(row[-1])
            rec[f] = lei
            sums[f] += lei
        rec["budget_raw"] = " | ".join(raws)
        rows.append(row)
        exp["services"].append(rec)
    if rnd.random() < 0.6:
        tot = ["TOTAL"] + [LEFT] * (ncol - len(sources) - 1)
        for f, lab in sources:
            tot.append(money.cell(sums[f]) if sums[f] else "-")
            if sums[f]:
                exp["totals"].append({"scope": f"servicii existente TOTAL {lab}", "amount": sums[f], "unit": "lei",
                                      "raw": tot[-1]})
        # the header cells left of the budgets are merged into "TOTAL"
        rows.append(tot)
    if money.note:
        els.append(mv.p(money.note))
    els.append(mv.table(rows))
    return unit


def _services_proposed(rnd, pl, y0, y1, exp, els, heading):
    if rnd.random() < 0.2:
        els.append(mv.h(heading))
        els.append(mv.p(f"Prin planul anual de acțiune pentru {_years_text(y0, y1)} nu a fost propusă înființarea unor servicii sociale noi."))
        return
    els.append(mv.h(heading))
    chosen = rnd.sample(_PROPOSED, rnd.randint(1, 3))
    head = ["Nr. crt.", rnd.choice(["Serviciul social propus", "Denumirea serviciului social propus spre înființare"]),
            rnd.choice(["Cod serviciu", "Codul serviciului social"]),
            rnd.choice(["Categoria de beneficiari", "Beneficiari"]),
            rnd.choice(["Capacitate estimată", "Capacitate (nr. locuri)"]),
            rnd.choice(["Termen", "Termen de realizare"]),
            rnd.choice(["Stadiu", "Stadiul realizării", "Stadiu la 31.12." + str(y1)])]
    rows = [head]
    states = ["Realizat – serviciul a fost licențiat în {y}", "În curs de realizare (proiect depus spre finanțare PNRR)",
              "Nerealizat – lipsa fondurilor", "Parțial realizat – spațiul a fost reabilitat în {y}"]
    for i, (code, name, group_) in enumerate(chosen, 1):
        cap = rnd.choice([10, 12, 15, 20, 25, 30, 40])
        cap_txt = rnd.choice([f"{cap} locuri", str(cap), f"{cap} beneficiari"])
        printed = code_spelling(rnd, code)
        rows.append([f"{i}.", name, printed, group_, cap_txt, rnd.choice([f"trim. IV {y0}", f"31.12.{y1}", f"{y1}"]),
                     rnd.choice(states).format(y=rnd.randint(y0, y1))])
        exp["services"].append({"section": "proposed", "row_no_raw": f"{i}.", "service_name": name, "code_raw": printed,
                                "service_code": code, "capacity": cap, "capacity_raw": cap_txt})
    els.append(mv.table(rows))


def _measures(rnd, pl, y0, y1, exp, els):
    """The measures table: objectives, measures, term, who, state / result per year. Returns the counts."""
    years = list(range(y0, y1 + 1))
    head = [rnd.choice(["Obiectiv", "Obiectiv specific"]), rnd.choice(["Măsură / Acțiune", "Măsuri", "Acțiunea"]),
            rnd.choice(["Termen", "Termen de realizare"]), rnd.choice(["Responsabil", "Responsabili"]),
            rnd.choice(["Stadiu / Rezultat", "Stadiul realizării / Rezultate obținute", "Rezultate"])]
    numbered = rnd.random() < 0.4
    if numbered:
        head = ["Nr. crt."] + head
    rows = [head]
    merge_obj = rnd.random() < 0.5
    counts = rnd.sample(_COUNTS, rnd.randint(3, 5))
    county = pl["county"]
    collabs = rnd.sample([
        ("protocol", "protocol de colaborare", f"Inspectoratul Școlar Județean {county}"),
        ("contract", "contract de colaborare", f"Centrul Județean de Resurse și de Asistență Educațională {county}"),
        ("protocol", "protocol de colaborare", f"Inspectoratul de Poliție Județean {county}"),
        ("conventie", "convenție de colaborare", f"Agenția Județeană pentru Ocuparea Forței de Muncă {county}"),
        ("acord", "acord de parteneriat", f"Direcția de Sănătate Publică {county}"),
    ], rnd.randint(1, 3))
    items = []  # (objective, measure, result)
    for key, phrase, measure, lo, hi in counts:
        parts = []
        for y in years:
            v = rnd.randint(lo, hi)
            parts.append((y, v))
        if len(years) == 1:
            res = rnd.choice(["Realizat – {v} {p}", "Realizat: {v} {p}", "{v} {p}"]).format(v=group(parts[0][1]), p=phrase)
        else:
            sep = rnd.choice(["; ", " ", ", "])
            res = sep.join(f"{y}: {group(v)} {phrase}" for y, v in parts)
        obj = rnd.choice(_OBJECTIVES[:2])
        items.append((obj, measure, res))
        for y, v in parts:
            exp["indicators"].append({"indicator": key, "subject": phrase, "value": v, "year": y,
                                      "raw": f"{group(v)} {phrase}"})
    for akind, aword, partner in collabs:
        measure = f"Încheierea unui {aword} cu {partner}"
        if rnd.random() < 0.6:
            nr = str(rnd.randint(12, 3999))
            dp, iso = date_ro(rnd, y0, y1)
            res = f"Realizat – {aword} nr. {nr}/{dp}"
            exp["partnerships"].append({"agreement_type": akind, "number_raw": nr, "date_signed": iso, "partner": partner})
        else:
            res = rnd.choice(["Realizat", "Realizat; colaborare în derulare", "Realizat – act semnat"])
            exp["partnerships"].append({"agreement_type": akind, "partner": partner})
        items.append((_OBJECTIVES[2], measure, res))
    extra = [("Actualizarea procedurilor operaționale ale serviciilor sociale", "Parțial realizat"),
             ("Reabilitarea sediului centrului de zi", "Nerealizat – lipsa fondurilor"),
             ("Implementarea unui sistem informatic de evidență a beneficiarilor", "În curs de realizare"),
             ("Evaluarea anuală a personalului", "Realizat")]
    for m, r in rnd.sample(extra, rnd.randint(1, 3)):
        items.append((_OBJECTIVES[3] if "personal" in m else _OBJECTIVES[0], m, r))
    items.sort(key=lambda it: _OBJECTIVES.index(it[0]))
    prev = None
    for i, (obj, measure, res) in enumerate(items, 1):
        ocell = UP if (merge_obj and obj == prev) else obj
        prev = obj
        row = [ocell, measure, rnd.choice([f"31.12.{y1}", "permanent", "lunar", f"trim. IV {y1}"]),
               rnd.choice([pl["short"]] + _RESP[1:]), res]
        rows.append([f"{i}."] + row if numbered else row)
    els.append(mv.table(rows))
    n = len(items) + rnd.randint(3, 12)  # the plan holds more actions than the table shows
    part = rnd.randint(1, 4)
    nonr = rnd.randint(0, 3)
    return n, n - part - nonr, part, nonr


def _counts(rnd, n, done, part, nonr, y0, y1, exp, els):
    scopes = [("acțiuni prevăzute în plan (total)", n), ("acțiuni realizate", done), ("acțiuni parțial realizate", part),
              ("acțiuni nerealizate", nonr)]
    as_table = rnd.random() >= 0.5
    if not as_table:
        tail = (f"{done} au fost realizate, {part} au fost parțial realizate, iar {nonr} nu au fost realizate." if nonr
                else f"{done} au fost realizate, iar {part} au fost parțial realizate.")
        els.append(mv.p(f"Din totalul de {_de(n)} acțiuni/măsuri prevăzute în planul anual de acțiune pentru "
                        f"{_years_text(y0, y1)}, {tail}"))
    else:
        rows = [[rnd.choice(["Stadiul acțiunilor", "Stadiu"]), rnd.choice(["Număr acțiuni", "Nr. măsuri"])],
                ["Realizate", str(done)], ["Parțial realizate", str(part)], ["Nerealizate", str(nonr)],
                ["Total", str(n)]]
        els.append(mv.table(rows))
    for scope, v in scopes:
        if v or as_table:  # a table prints "0"; a sentence leaves a zero unsaid
            exp["totals"].append({"scope": scope, "amount": v, "unit": "other", "raw": str(v)})


def _ngo(rnd, pl, y0, y1, exp, els, sub):
    """NGO services: Law 350/2005 financing, Law 34/1998 subsidies or Law 98/2016 contracts (one or two of them)."""
    kinds = rnd.sample(["350", "34", "98"], rnd.choice([1, 1, 2]))
    heading_no = 1
    for k in kinds:
        money_unit = "lei"
        if k == "350":
            els.append(mv.h(rnd.choice([
                f"{sub(heading_no)} Servicii sociale furnizate de organizații neguvernamentale finanțate în baza Legii nr. 350/2005",
                f"{sub(heading_no)} Finanțări nerambursabile acordate conform Legii nr. 350/2005 privind regimul finanțărilor "
                "nerambursabile din fonduri publice alocate pentru activități nonprofit de interes general"])))
            chosen = rnd.sample(range(len(_NGO_SERVICES)), rnd.randint(2, 4))
            rows = [["Nr. crt.", rnd.choice(["Beneficiarul finanțării", "Organizația neguvernamentală"]),
                     rnd.choice(["Serviciul social / proiectul finanțat", "Denumirea proiectului"]),
                     rnd.choice(["Nr. beneficiari", "Beneficiari"]), f"Suma acordată ({money_unit})"]]
            tot = 0
            for i, j in enumerate(chosen, 1):
                lei = rnd.randrange(200, 1500) * 100
                tot += lei
                rows.append([f"{i}.", rnd.choice(_NGOS), _NGO_SERVICES[j], str(rnd.randint(15, 120)), group(lei)])
                exp["procurements"].append({"row_no_raw": f"{i}.", "contract_object": _NGO_SERVICES[j],
                                            "estimated_value_lei": lei, "value_raw": group(lei)})
            if rnd.random() < 0.5:
                rows.append(["Total", LEFT, LEFT, LEFT, group(tot)])
                exp["totals"].append({"scope": "finanțări Legea 350/2005 total", "amount": tot, "unit": "lei", "raw": group(tot)})
            els.append(mv.table(rows))
            heading_no += 1
        elif k == "34":
            els.append(mv.h(f"{sub(heading_no)} Subvenții acordate asociațiilor și fundațiilor în baza Legii nr. 34/1998"))
            rows = [["Nr. crt.", "Asociația / Fundația", "Unitatea de asistență socială subvenționată", "Cod serviciu",
                     "Subvenția acordată (lei)"]]
            for i in range(1, rnd.randint(2, 3) + 1):
                code, name_t, _ = rnd.choice(_SERVICES[:7])
                unit_name = name_t.format(n=rnd.choice(_NICK))
                lei = rnd.randrange(100, 900) * 100
                rows.append([f"{i}.", rnd.choice(_NGOS), unit_name, code_spelling(rnd, code), group(lei)])
                exp["subsidies"].append({"row_no_raw": f"{i}.", "unit_name": unit_name, "service_code": code,
                                         "amount_lei": lei, "amount_raw": group(lei)})
            els.append(mv.table(rows))
            heading_no += 1
        else:
            els.append(mv.h(f"{sub(heading_no)} Servicii sociale contractate în baza Legii nr. 98/2016 privind achizițiile publice"))
            rows = [["Nr. crt.", "Obiectul contractului", "Cod CPV", "Furnizor", "Valoarea contractului (lei)"]]
            for i, (cpv, obj) in enumerate(rnd.sample(_CPV, rnd.randint(1, 3)), 1):
                lei = rnd.randrange(500, 6000) * 100
                cpv_txt = cpv if rnd.random() < 0.6 else cpv.replace("-", " - ")
                rows.append([f"{i}.", obj, cpv_txt, rnd.choice(_NGOS), group(lei) + rnd.choice(["", ",00"])])
                exp["procurements"].append({"row_no_raw": f"{i}.", "contract_object": obj, "cpv_code": cpv,
                                            "estimated_value_lei": lei, "value_raw": rows[-1][-1]})
            els.append(mv.table(rows))
            heading_no += 1
    return heading_no


def _trainings(rnd, y0, y1, exp, els, heading):
    els.append(mv.h(heading))
    cats = rnd.sample(_STAFF, rnd.randint(2, 4))
    if rnd.random() < 0.5:  # kinds as columns
        labels = [rnd.choice(lbls) for _, lbls in _KINDS]
        rows = [[rnd.choice(["Categoria de personal", "Personal"])] + [f"{l} (nr. persoane)" for l in labels]]
        for cat in cats:
            row = [cat]
            for kind, _ in _KINDS:
                v = rnd.choice([0, 0, rnd.randint(1, 12)]) if kind != "perfectionare" else rnd.randint(1, 15)
                row.append(str(v) if v else rnd.choice(["-", "0"]))
                if v:
                    exp["trainings"].append({"training_kind": kind, "staff_category": cat, "persons": v})
            rows.append(row)
        els.append(mv.table(rows))
    else:
        rows = [["Nr. crt.", "Tipul formării", "Categoria de personal", "Nr. persoane", "Cost (lei)"]]
        for i, cat in enumerate(cats, 1):
            kind, lbls = rnd.choice(_KINDS)
            v = rnd.randint(1, 12)
            cost = rnd.choice([None, rnd.randrange(5, 60) * 100])
            rows.append([f"{i}.", rnd.choice(lbls), cat, str(v), group(cost) if cost else "-"])
            exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": cat, "persons": v,
                                     "budget_lei": cost, "budget_raw": group(cost) if cost else None})
        els.append(mv.table(rows))


def _prose(rnd, pl, y0, y1, exp, els, heading):
    els.append(mv.h(heading))
    y = rnd.randint(y0, y1)
    n = rnd.randint(3, 14)
    els.append(mv.p(f"În anul {y} au fost organizate {_de(n)} campanii de informare a populației privind drepturile și "
                    "serviciile sociale disponibile."))
    exp["indicators"].append({"indicator": "campanii", "subject": "campanii de informare", "value": n, "year": y,
                              "raw": f"{n} campanii"})
    for c in rnd.sample(["Campania „Nu ești singur!” pentru persoanele vârstnice", "Ziua Internațională a Copilului – 1 iunie",
                         "Campania de prevenire a violenței domestice „16 zile de activism”",
                         "Sesiuni de informare privind venitul minim de incluziune"], 2):
        els.append(mv.bullet(c))
    k = rnd.randint(40, 900)
    y2 = rnd.randint(y0, y1)
    els.append(mv.p(rnd.choice([
        f"Pe parcursul anului {y2}, {pl['short']} a acordat consiliere socială unui număr de {_de(k)} persoane.",
        f"În anul {y2} au beneficiat de consiliere socială {_de(k)} persoane."])))
    exp["indicators"].append({"indicator": "persoane", "subject": "persoane consiliate", "value": k, "year": y2,
                              "raw": f"{group(k)} persoane"})
    spend = rnd.randrange(8_000, 90_000) * 100
    els.append(mv.p(f"Cheltuielile totale realizate în anul {y1} pentru finanțarea serviciilor sociale au fost de "
                    f"{group(spend)},00 lei."))
    exp["totals"].append({"scope": f"cheltuieli totale servicii sociale {y1}", "amount": spend, "unit": "lei",
                          "raw": f"{group(spend)},00 lei"})


def report_plan_implementation(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    pl = _pick_place(rnd)
    y0 = min(year, 2024)
    y1 = y0 + rnd.choice([0, 0, 1, 2])
    title = _title(rnd, pl, y0, y1)
    exp: dict = {ds: [] for ds in ("services", "procurements", "subsidies", "trainings", "partnerships", "totals",
                                    "indicators")}
    els: list[El] = [mv.p(pl["issuer"].upper() if rnd.random() < 0.5 else pl["issuer"]),
                     mv.p(f"Nr. {rnd.randint(100, 9999)}/{rnd.randint(1, 28):02d}.0{rnd.randint(1, 3)}.{y1 + 1}"),
                     mv.title(title),
                     mv.p(f"În conformitate cu prevederile art. 118 din Legea asistenței sociale nr. 292/2011 și ale HG "
                          f"nr. 797/2017, {pl['issuer']} prezintă stadiul implementării măsurilor cuprinse în planul anual "
                          f"de acțiune pentru {_years_text(y0, y1)}, aprobat prin Hotărârea {pl['council']}.")]
    scheme = rnd.choice(["num", "roman", "cap"])

    def hd(i: int, text: str) -> str:
        return {"num": f"{i}. {text}", "roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][i - 1]}. {text}",
                "cap": f"Capitolul {i} – {text}"}[scheme]

    els.append(mv.h(hd(1, rnd.choice(["Servicii sociale existente", "Situația serviciilor sociale existente",
                                      "Serviciile sociale administrate"]))))
    unit = _services_existing(rnd, pl, y1, exp, els, None)
    _services_proposed(rnd, pl, y0, y1, exp, els, hd(2, rnd.choice([
        "Servicii sociale propuse spre înființare – stadiu", "Stadiul înființării serviciilor sociale propuse"])))
    els.append(mv.h(hd(3, rnd.choice(["Stadiul realizării măsurilor din planul de acțiune",
                                      "Măsuri și acțiuni realizate", "Monitorizarea implementării măsurilor"]))))
    n, done, part, nonr = _measures(rnd, pl, y0, y1, exp, els)
    _counts(rnd, n, done, part, nonr, y0, y1, exp, els)
    ngo_heading = rnd.choice([
        "Servicii sociale furnizate în parteneriat cu organizații neguvernamentale",
        "Colaborarea cu furnizorii privați de servicii sociale"])
    els.append(mv.h(hd(4, ngo_heading)))
    _ngo(rnd, pl, y0, y1, exp, els, (lambda i: f"4.{i}.") if scheme == "num" else (lambda i: "abc"[i - 1] + ")"))
    _trainings(rnd, y0, y1, exp, els, hd(5, rnd.choice(["Formarea profesională a personalului",
                                                       "Programul de formare a personalului – realizări"])))
    _prose(rnd, pl, y0, y1, exp, els, hd(6, rnd.choice(["Activități de informare și alte rezultate",
                                                       "Informarea comunității și concluzii"])))
    els.append(mv.p("Director executiv,"))
    els.append(mv.p(rnd.choice(["Ioana Popescu", "Mihai Ionescu", "Elena Marin", "Adrian Stan"])))
    exp["document"] = {"doc_type": "raport_plan_anual", "title": title, "year": y0, "year_end": y1,
                       "issuer": pl["issuer"], "issuer_kind": pl["kind"], "uat": pl["uat"], "county": pl["county"],
                       "currency_unit_main": unit}
    return els, exp
