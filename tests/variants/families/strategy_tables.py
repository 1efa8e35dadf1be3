"""The tables and lists of a social-services strategy (``strategy.py``): the action plan, the partnerships and
the training programme, here; the inventory of existing services and the services proposed for the period in
:mod:`.strategy_service_tables` (imported from here too). Each writes its rows and the values it states."""
from __future__ import annotations

from .fmt import code_spelling, group
from .strategy_base import LEFT, Doc, Printer, lei_sentence, region_of
from .strategy_service_tables import Svc, assoc, draw_existing, draw_proposed, inventory, proposed

__all__ = ["Svc", "draw_existing", "inventory", "draw_proposed", "proposed", "action_plan", "partnerships",
           "trainings"]


# ------------------------------------------------------------------------------------------------ action plan

_MEASURES = {
    "copii": ["Campanii de informare privind prevenirea abandonului școlar",
              "Recrutarea și formarea de noi asistenți maternali profesioniști",
              "Închiderea centrului de plasament de tip vechi și relocarea copiilor în case de tip familial"],
    "varstnici": ["Extinderea rețelei de îngrijitori la domiciliu",
                  "Organizarea de activități de socializare pentru persoanele vârstnice singure",
                  "Dotarea căminului pentru persoane vârstnice cu echipamente de recuperare"],
    "dizabilitati": ["Evaluarea nevoilor persoanelor adulte cu dizabilități din mediul rural",
                     "Angajarea de asistenți personali pentru persoanele cu handicap grav",
                     "Adaptarea clădirilor publice pentru accesibilitate"],
    "risc": ["Identificarea persoanelor fără adăpost și facilitarea accesului la servicii",
             "Acordarea de sprijin alimentar persoanelor în risc de sărăcie",
             "Elaborarea planului local de intervenție pentru comunitățile marginalizate"],
    "capacitate": ["Formarea continuă a personalului de specialitate",
                   "Implementarea sistemului de management al calității (Legea nr. 197/2012)",
                   "Actualizarea anuală a hărții serviciilor sociale",
                   "Încheierea de parteneriate cu organizațiile neguvernamentale"],
}
_RESP = ["{short}", "{short} – Serviciul management de caz", "Compartimentul strategii și programe",
         "{short}, Compartimentul resurse umane", "Primarul / {short}"]
_PARTNERS = ["ONG-uri acreditate", "ISJ, DSP", "AJOFM, AJPIS", "Poliția locală", "Unitățile de cult",
             "Furnizorii privați", "-"]
_SOURCES = ["Buget local", "Buget județean", "POIDS 2021–2027", "PNRR – Componenta 13", "Buget de stat",
            "Programul Regional {region} 2021–2027", "Buget local, fonduri europene", "Fonduri proprii",
            "Buget local (cap. 68.02.15.01)"]
_NO_COST = ["-", "fără costuri", "în limita bugetului aprobat", "cuprins în cheltuielile de personal"]


def action_plan(d: Doc, head: str, objectives: list[tuple[str, list[str]]], targets: list[str],
                new: list[Svc]) -> None:
    rnd, a = d.rnd, d.auth
    d.h(head)
    printer = Printer.pick(rnd, 0.3)
    cols = ["nr", "measure", "resp", "partners", "term", "indic", "cost", "source"]
    if rnd.random() < 0.4:
        cols.remove("partners")
    if rnd.random() < 0.2:
        cols.remove("indic")
    if rnd.random() < 0.3:
        i, j = cols.index("resp"), cols.index("term")
        cols[i], cols[j] = cols[j], cols[i]
    words = {"nr": rnd.choice(["Nr. crt.", "Nr.", "Cod"]),
             "measure": rnd.choice(["Măsuri / activități", "Activitatea", "Acțiuni propuse", "Măsura"]),
             "resp": rnd.choice(["Responsabil", "Responsabili", "Instituția responsabilă"]),
             "partners": rnd.choice(["Parteneri", "Parteneri implicați"]),
             "term": rnd.choice(["Termen", "Termen de realizare", "Perioada"]),
             "indic": rnd.choice(["Indicatori de realizare", "Indicatori", "Rezultate așteptate"]),
             "cost": printer.header(rnd.choice(["Cost estimat", "Buget estimat", "Resurse financiare estimate"])),
             "source": rnd.choice(["Sursa de finanțare", "Surse de finanțare"])}
    if printer.above():
        d.p(printer.above())
    rows = [[words[c] for c in cols]]
    groups = rnd.random() < 0.6
    total = 0
    keys = targets + ["capacitate"]
    for o, ((os, _spec), key) in enumerate(zip(objectives, keys), 1):
        if groups:
            rows.append([f"Obiectivul strategic {o}: {os}"] + [LEFT] * (len(cols) - 1))
        measures = rnd.sample(_MEASURES[key], rnd.randint(1, 2))
        if key in ("copii", "varstnici", "dizabilitati", "risc"):
            for s in new:
                if s.kind.target == key:
                    code = f" ({code_spelling(rnd, s.kind.code)})" if rnd.random() < 0.3 else ""
                    measures.append(f"Înființarea serviciului social „{s.name}”{code}")
        for m_i, m in enumerate(measures, 1):
            cost = printer.amount(rnd, 10_000, 1_500_000) if rnd.random() < 0.7 else 0
            total += cost
            cells = {"nr": f"{o}.{m_i}", "measure": m, "resp": rnd.choice(_RESP).format(short=a.short),
                     "partners": rnd.choice(_PARTNERS),
                     "term": rnd.choice([f"{d.start}–{d.end}", "permanent", "anual", str(rnd.randint(d.start, d.end)),
                                         f"trim. IV {rnd.randint(d.start, d.end)}"]),
                     "indic": rnd.choice([f"{rnd.randint(10, 400)} beneficiari/an", "1 serviciu înființat",
                                          f"{rnd.randint(5, 80)} persoane instruite", "100% personal evaluat",
                                          f"{rnd.randint(2, 12)} campanii"]),
                     "cost": printer.cell(cost) if cost else rnd.choice(_NO_COST),
                     "source": rnd.choice(_SOURCES).format(region=region_of(a.county))}
            rows.append([cells[c] for c in cols])
    if rnd.random() < 0.7:
        tot = [rnd.choice(["TOTAL", "Total general"])] + [""] * (len(cols) - 1)
        tot[cols.index("cost")] = printer.cell(total)
        rows.append(tot)
        d.total("action plan", total, "lei", printer.cell(total))
    d.table(rows)
    if rnd.random() < 0.4:
        d.p(f"Valoarea totală estimată a Planului de acțiune pentru perioada {d.span} este de {lei_sentence(total)}, "
            f"din care aproximativ {rnd.randint(30, 70)}% din fonduri externe nerambursabile.")
        d.total("action plan", total, "lei", lei_sentence(total))


# ------------------------------------------------------------------------------------------------ partnerships

_ACTS = {"protocol": ["Protocol de colaborare", "Protocol de cooperare"],
         "acord": ["Acord de parteneriat", "Acord de colaborare"],
         "conventie": ["Convenție de colaborare", "Convenție de parteneriat"]}
_ACTS_ACC = {"protocol": "un protocol de colaborare", "acord": "un acord de parteneriat",
             "conventie": "o convenție de colaborare"}
_OBJECTS = [  # (as an object: "având ca obiect …", after "în vederea …")
    ("furnizarea de servicii sociale la domiciliu", "furnizării de servicii sociale la domiciliu"),
    ("prevenirea abandonului școlar", "prevenirii abandonului școlar"),
    ("integrarea socio-profesională a tinerilor care părăsesc sistemul de protecție",
     "integrării socio-profesionale a tinerilor care părăsesc sistemul de protecție"),
    ("sprijinirea persoanelor fără adăpost", "sprijinirii persoanelor fără adăpost"),
    ("organizarea de campanii de informare", "organizării de campanii de informare"),
    ("evaluarea medicală a beneficiarilor", "evaluării medicale a beneficiarilor"),
    ("distribuirea de alimente persoanelor defavorizate", "distribuirii de alimente persoanelor defavorizate")]


def _partners(d: Doc) -> list[str]:
    c = d.auth.county
    pool = [assoc(d), assoc(d), f"Inspectoratul Școlar Județean {c}", f"Direcția de Sănătate Publică {c}",
            f"Agenția Județeană pentru Ocuparea Forței de Muncă {c}", f"Inspectoratul de Poliție Județean {c}",
            f"Crucea Roșie Română – Filiala {c}", "Organizația Salvați Copiii",
            f"Agenția Județeană pentru Plăți și Inspecție Socială {c}"]
    return list(dict.fromkeys(pool))


def partnerships(d: Doc, head: str) -> None:
    rnd, a = d.rnd, d.auth
    d.h(head)
    d.p("Dezvoltarea serviciilor sociale presupune colaborarea cu instituțiile publice și cu societatea civilă. "
        f"{a.short} are încheiate următoarele acorduri:")
    partners = rnd.sample(_partners(d), rnd.randint(2, 5))
    form = rnd.choice(["list", "bullets", "table", "sentences"])
    rows = [["Nr.", "Partener", "Tipul acordului", "Nr. și data", "Obiectul colaborării"]] if form == "table" else []
    for i, partner in enumerate(partners, 1):
        t = rnd.choice(list(_ACTS))
        act = rnd.choice(_ACTS[t])
        has_no = rnd.random() < 0.8
        num = str(rnd.randint(10, 9999)) if rnd.random() < 0.85 else group(rnd.randint(1000, 29999))
        dt, iso = d.date(rnd.randint(d.start - 4, d.start))
        obj, obj_gen = rnd.choice(_OBJECTS)
        nr_dt = f"nr. {num}/{dt}" if has_no else ""
        if form == "list":
            d.p(f"{i}. {act}{' ' + nr_dt if nr_dt else ''} încheiat cu {partner}, având ca obiect {obj};")
        elif form == "bullets":
            d.b(f"{partner} – {act.lower()}{' ' + nr_dt if nr_dt else ''} ({obj});")
        elif form == "table":
            rows.append([f"{i}.", partner, act, nr_dt or "-", obj])
        else:
            tail = f" ({nr_dt})" if nr_dt else ""
            d.p(f"{a.short} a încheiat {_ACTS_ACC[t]} cu {partner}{tail}, în vederea {obj_gen}.")
        d.partnerships.append({"row_no_raw": f"{i}." if form in ("list", "table") else None, "agreement_type": t,
                               "number_raw": num if has_no else None, "date_signed": iso if has_no else None,
                               "partner": partner, "notes": f"{act}; strategy's partnerships ({form})"})
    if form == "table":
        d.table(rows)
    d.p("În perioada de implementare se vor încheia noi parteneriate cu furnizorii privați acreditați.")


# ------------------------------------------------------------------------------------------------ trainings

_STAFF = ["Asistenți sociali", "Psihologi", "Îngrijitori la domiciliu", "Asistenți maternali profesioniști",
          "Asistenți personali ai persoanelor cu handicap grav", "Educatori", "Personal de conducere",
          "Lucrători sociali", "Infirmieri"]
_KIND_CELLS = {"perfectionare": ["curs de perfecționare", "perfecționare"], "calificare": ["curs de calificare",
                                                                                             "calificare"],
               "instruire": ["instruire", "sesiune de instruire"]}
_THEMES = ["Managementul de caz", "Prevenirea sindromului burnout", "Comunicarea cu persoanele vârstnice",
           "Standarde de calitate în serviciile sociale", "Prim ajutor", "Protecția datelor personale"]


def trainings(d: Doc, head: str) -> None:
    rnd = d.rnd
    d.h(head)
    printer = Printer.pick(rnd, 0.0)
    if printer.above():
        d.p(printer.above())
    cols = ["nr", "staff", "kind", "theme", "persons", "period", "cost"]
    if rnd.random() < 0.4:
        cols.remove("theme")
    if rnd.random() < 0.3:
        i, j = cols.index("staff"), cols.index("kind")
        cols[i], cols[j] = cols[j], cols[i]
    words = {"nr": "Nr. crt.", "staff": rnd.choice(["Categoria de personal", "Personal vizat", "Funcția"]),
             "kind": rnd.choice(["Tipul programului de formare", "Forma de pregătire", "Tip curs"]),
             "theme": rnd.choice(["Tematica", "Tema cursului"]),
             "persons": rnd.choice(["Nr. persoane", "Număr participanți"]),
             "period": rnd.choice(["Perioada", "Termen"]),
             "cost": printer.header(rnd.choice(["Cost estimat", "Buget estimat"]))}
    rows = [[words[c] for c in cols]]
    d.trainings = []
    total = 0
    for i, staff in enumerate(rnd.sample(_STAFF, rnd.randint(2, 5)), 1):
        kind = rnd.choices(list(_KIND_CELLS), [60, 15, 25])[0]
        persons = rnd.randint(2, 60)
        cost = printer.amount(rnd, 1_000, 60_000)
        total += cost
        cells = {"nr": f"{i}.", "staff": staff, "kind": rnd.choice(_KIND_CELLS[kind]), "theme": rnd.choice(_THEMES),
                 "persons": str(persons), "period": rnd.choice(["anual", f"{d.start}–{d.end}", str(d.start + 1)]),
                 "cost": printer.cell(cost)}
        rows.append([cells[c] for c in cols])
        d.trainings.append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff, "persons": persons,
                            "budget_lei": cost, "budget_raw": cells["cost"]})
    if rnd.random() < 0.5:
        tot = ["TOTAL"] + [""] * (len(cols) - 1)
        tot[cols.index("cost")] = printer.cell(total)
        if cols.index("cost") == 0:
            tot = [printer.cell(total)]
        rows.append(tot)
        d.total("trainings", total, "lei", printer.cell(total))
    d.table(rows)
