"""The ``plan_town_spas`` family: a town's or municipality's annual action plan for social services, as its public
social-assistance service (SPAS) or directorate (DAS) writes it in Word and publishes it (often as the annex of the
council decision).

Written by a third author, blind: from the template (HG 797/2017, Ordinul 1086/2018), the contract (DATASETS.md), the
corpus documents and their gold, without reading the extractors, normalisers, pipeline code nor the other families'
generators and pools. Everything this module knows about wording is its own (below), so what it prints is what one
more author imagines real plans print:

- sections named by letters (A–D, chapters II–III), by "Anexa nr. 1…7", by chapter titles ("Cap. 1 – …") or by the
  article of the law they apply ("… (art. 112 alin. (3) lit. b) din Legea nr. 292/2011)");
- existing services as one table with group rows per beneficiary category, one table per category under a
  sub-heading, or one flat table; columns in a seeded order, a provider column "Denumire furnizor și date de contact"
  (name, address, phone, e-mail in one cell), a location or licence column, capacity as a number, "30 locuri / copii
  cu dizabilități" or "Nr. locuri"; occupancy as "92%", "23 beneficiari (92%)" or a count column; budgets by source
  under a merged header, or one local-budget column with "700.000,00 lei/an"; the money unit in each header, in every
  cell, or stated once above the table ("- mii lei -"); codes spelled in varied ways, in their own column or in
  parentheses after the name; a TOTAL row;
- proposed services with a term ("trim. III 2025", "31.12.2025"), a beneficiary category, one budget and its source
  in words, or "nu se propune…";
- procurements (CPV, service code, value "lei fără TVA", source, procedure, months), subsidies (Law 34/1998: the
  association, the subsidised unit, code, beneficiaries, amount), each a table or "Nu este cazul";
- trainings as one table with a kind column, as a)–c) tables, or as bullets;
- information activities as bullets or a table (not scored);
- partnerships as a table, a numbered list or sentences.
Assumptions where the contract is silent: tests/variants/README.md ("The town SPAS plan family").
"""
from __future__ import annotations

import random

from make_variants import LEFT, UP, El, bullet, h, p, table, title

from .fmt import code_spelling, group
from .places import issuer_for, pick_place

__all__ = ["plan_town_spas"]

# ------------------------------------------------------------------------------------------------ vocabulary

NICKS = ["Speranța", "Sf. Maria", "Floare de Colț", "Casa Bunicilor", "Ghiocelul", "Rază de Soare", "Sf. Nicolae",
         "Curcubeul", "Prichindelul", "Împreună", "Lumina", "Sf. Ana", "Dor de Viață", "Mâini Întinse"]
STREETS = ["str. Mihai Eminescu", "bd. Independenței", "str. Libertății", "str. Unirii", "str. Republicii",
           "str. Ștefan cel Mare", "str. Florilor", "str. Gării", "Piața Centrală", "str. Avram Iancu"]

# category key -> (printed group heading variants, beneficiary phrase for composite capacity cells)
CATEGORIES = {
    "copii": (["Servicii sociale pentru copii și familie", "Copii și familie", "Servicii destinate copiilor"],
              ["copii în situație de risc", "copii cu dizabilități", "copii și părinți"]),
    "varstnici": (["Servicii sociale pentru persoane vârstnice", "Persoane vârstnice",
                   "Servicii destinate persoanelor vârstnice"], ["persoane vârstnice", "vârstnici"]),
    "dizabilitati": (["Servicii sociale pentru persoane cu dizabilități", "Persoane adulte cu dizabilități",
                      "Servicii pentru persoanele cu handicap"], ["adulți cu dizabilități", "persoane cu handicap"]),
    "excluziune": (["Servicii pentru persoane în risc de excluziune socială", "Persoane în situații de risc",
                    "Alte categorii de persoane vulnerabile"], ["persoane în risc de sărăcie", "persoane fără adăpost"]),
}

# category -> [(code, name template, capacity range)]; {nick} a centre's nickname, {town} the town
SERVICES = {
    "copii": [
        ("8891 CZ-C-II", "Centrul de zi pentru copii „{nick}”", (20, 60)),
        ("8891 CZ-C-III", "Centrul de zi de recuperare pentru copii cu dizabilități {town}", (10, 40)),
        ("8790 CR-C-II", "Centrul de primire în regim de urgență pentru copilul abuzat", (6, 16)),
        ("8899 CZ-F-I", "Centrul de consiliere și sprijin pentru părinți și copii „{nick}”", (20, 80)),
        ("8891 CZ-C-I", "Creșa „{nick}”", (30, 90)),
    ],
    "varstnici": [
        ("8810 CZ-V-II", "Clubul pensionarilor „{nick}”", (30, 120)),
        ("8810 CZ-V-I", "Centrul de zi pentru persoane vârstnice {town}", (20, 50)),
        ("8730 CR-V-I", "Căminul pentru persoane vârstnice „{nick}”", (25, 80)),
        ("8810 ID-I", "Serviciul de îngrijire la domiciliu pentru persoane vârstnice", (15, 60)),
    ],
    "dizabilitati": [
        ("8899 CZ-D-I", "Centrul de zi pentru persoane adulte cu dizabilități „{nick}”", (15, 40)),
        ("8790 CR-D-VII", "Locuința protejată „{nick}”", (6, 12)),
        ("8810 ID-VI", "Echipa mobilă pentru persoane adulte cu dizabilități", (20, 50)),
        ("8790 CR-D-VI", "Centrul respiro pentru persoane adulte cu dizabilități {town}", (8, 16)),
    ],
    "excluziune": [
        ("8899 CPDH-I", "Cantina socială {town}", (50, 250)),
        ("8899 CPDH-II", "Serviciul „Masa pe roți”", (20, 80)),
        ("8790 CR-PFA-II", "Adăpostul de noapte pentru persoane fără adăpost", (15, 40)),
        ("8899 CZ-VD-I", "Centrul de consiliere pentru victimele violenței domestice", (10, 30)),
        ("8899 CZ-PN-V", "Serviciul de asistență comunitară {town}", (40, 150)),
    ],
}

SOURCES = {  # budget field -> header wordings
    "budget_local_lei": ["Buget local", "Bugetul local", "Fonduri de la bugetul local", "Bugetul Consiliului Local"],
    "budget_state_lei": ["Buget de stat", "Bugetul de stat", "Transferuri de la bugetul de stat"],
    "budget_beneficiaries_lei": ["Contribuția beneficiarilor", "Contribuții persoane beneficiare",
                                 "Contribuție lunară beneficiari"],
    "budget_other_lei": ["Alte surse", "Fonduri externe nerambursabile", "Donații și sponsorizări"],
}

CPVS = [  # (cpv, wording of the contract object, service code or None)
    ("85311100-3", "Servicii de îngrijire la domiciliu pentru persoane vârstnice dependente", "8810 ID-I"),
    ("85311200-4", "Servicii sociale cu cazare pentru persoane adulte cu dizabilități", "8790 CR-D-VII"),
    ("85311300-5", "Servicii de asistență socială cu cazare pentru copii", "8790 CR-C-II"),
    ("85312100-0", "Servicii de centre de zi pentru copii în situație de risc", "8891 CZ-C-II"),
    ("55521200-0", "Servicii de livrare de mâncare pentru beneficiarii cantinei sociale", "8899 CPDH-II"),
    ("85312400-3", "Servicii de consiliere pentru victimele violenței domestice", "8899 CZ-VD-I"),
    ("85311000-2", "Servicii de găzduire pe timp de noapte pentru persoane fără adăpost", "8790 CR-PFA-II"),
]
PROCEDURES = ["Procedură simplificată", "Achiziție directă", "Licitație deschisă",
              "Procedură proprie (servicii sociale, anexa 2 la Legea nr. 98/2016)"]
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
          "noiembrie", "decembrie"]

ASSOCIATIONS = ["Asociația „{nick}” {town}", "Fundația Creștină „{nick}”", "Asociația Caritas {county}",
                "Fundația „Inimă de Copil” {town}", "Asociația Filantropia Ortodoxă {town}"]
SUBSIDISED_UNITS = [("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II"),
                    ("Cantina socială „{nick}”", "8899 CPDH-I"),
                    ("Centrul de zi pentru vârstnici „{nick}”", "8810 CZ-V-II"),
                    ("Locuința protejată „{nick}”", "8790 CR-D-VII"),
                    ("Serviciul de îngrijire la domiciliu „{nick}”", "8810 ID-I")]

STAFF = ["asistenți sociali", "îngrijitori la domiciliu", "psihologi", "educatori", "personal de îngrijire",
         "inspectori de specialitate", "asistenți personali", "personal de conducere", "lucrători sociali",
         "infirmieri", "mediatori sanitari"]
TOPICS = {"perfectionare": ["Managementul de caz în asistența socială", "Protecția datelor cu caracter personal",
                            "Standarde minime de calitate în serviciile sociale", "Prevenirea violenței domestice"],
          "calificare": ["Îngrijitor bătrâni la domiciliu", "Lucrător social", "Infirmieră"],
          "instruire": ["Prim ajutor", "Prevenirea și stingerea incendiilor", "Comunicarea cu beneficiarii"]}
KIND_WORDS = {"perfectionare": ["perfecționare", "curs de perfecționare", "Perfecționare profesională"],
              "calificare": ["calificare", "curs de calificare", "Calificare"],
              "instruire": ["instruire", "sesiune de instruire", "Instruire internă"]}

PARTNERS = ["Inspectoratul Școlar Județean {county}", "Asociația „{nick}” {town}", "Fundația „{nick}”",
            "Crucea Roșie Română – Filiala {county}", "Parohia „Sf. Nicolae” {town}",
            "Agenția Județeană pentru Ocuparea Forței de Muncă {county}", "Spitalul Municipal {town}",
            "Poliția {town}", "Direcția Generală de Asistență Socială și Protecția Copilului {county}",
            "Colegiul Național „{nick}” {town}"]
ACTS = {"protocol": ["Protocol de colaborare", "protocol de colaborare", "Protocol"],
        "conventie": ["Convenție de colaborare", "convenție de parteneriat", "Convenție"],
        "acord": ["Acord de parteneriat", "acord de colaborare", "Acord de parteneriat"],
        "contract": ["Contract de parteneriat", "contract de colaborare", "Contract"]}


# ------------------------------------------------------------------------------------------------ money

class Unit:
    """How one table prints money: 'lei' or 'mii lei'; where the unit is written; decimals; the word in cells."""

    def __init__(self, rnd: random.Random, allow_thousands: bool = True):
        self.unit = "mii lei" if allow_thousands and rnd.random() < 0.35 else "lei"
        self.where = rnd.choice(["header", "cells", "above", "above"] + (["group"] if rnd.random() < 0.5 else []))
        self.decimals = rnd.random() < 0.45
        self.word = rnd.choice(["lei", "lei/an", "RON"]) if self.unit == "lei" else "mii lei"

    def amount(self, rnd: random.Random, lo: int, hi: int) -> int:
        return rnd.randrange(lo // 100, hi // 100) * 100  # whole hundreds: exact in "mii lei" too

    def cell(self, lei: int) -> str:
        if self.unit == "mii lei":
            k, rest = divmod(lei, 1000)
            text = group(k) + ("," + f"{rest // 10:02d}" if self.decimals else ("," + str(rest // 100) if rest else ""))
        else:
            text = group(lei) + (",00" if self.decimals else "")
        return text + (" " + self.word if self.where == "cells" else "")

    def header(self, text: str) -> str:
        return f"{text} ({self.unit})" if self.where == "header" else text

    def above(self, rnd: random.Random) -> El | None:
        if self.where != "above":
            return None
        u = self.unit
        return p(rnd.choice([f"- {u} -", f"(valori exprimate în {u})", f"Sumele sunt exprimate în {u}.", f"– {u} –"]))


# ------------------------------------------------------------------------------------------------ helpers

class Doc:
    def __init__(self, rnd: random.Random, year: int):
        self.rnd = rnd
        self.year = year
        self.town = pick_place(rnd, ("oras", "municipiu"))
        self.kind = rnd.choice(["SPAS", "DAS"])
        self.issuer = issuer_for(self.kind, self.town)
        short = {"SPAS": ["Serviciul Public de Asistență Socială " + self.town.name, "S.P.A.S. " + self.town.name],
                 "DAS": ["Direcția de Asistență Socială " + self.town.name, "D.A.S. " + self.town.name]}[self.kind]
        self.printed = rnd.choice([self.issuer, short[0]])
        self.abbr = short[1]
        self.nicks = rnd.sample(NICKS, len(NICKS))

    def nick(self) -> str:
        n = self.nicks.pop(0)
        self.nicks.append(n)
        return n

    def fill(self, template: str) -> str:
        return template.format(nick=self.nick() if "{nick}" in template else "", town=self.town.name,
                               county=self.town.county)

    def contacts(self) -> str:
        r = self.rnd
        ascii_town = self.town.name.lower().translate(str.maketrans("ăâîșțş ţ-", "aaisss t_")).replace(" ", "")
        phone = f"0{r.randint(230, 269)} {r.randint(100, 999)} {r.randint(100, 999)}"
        parts = [f"{r.choice(STREETS)} nr. {r.randint(1, 90)}", f"tel. {phone}",
                 f"e-mail: {self.kind.lower()}@primaria{ascii_town}.ro"]
        if r.random() < 0.3:
            parts = parts[:2]
        return ", ".join(parts)


def _section_titles(d: Doc) -> dict[str, str]:
    """One naming scheme per document for the plan's parts."""
    y, uat = d.year, d.town.uat
    scheme = d.rnd.choice(["letters", "anexa", "chapters", "law"])
    if scheme == "letters":
        return {"chapter1": "CAPITOLUL I. Date privind administrarea, înființarea și finanțarea serviciilor sociale",
                "A": "A. Serviciile sociale existente", "B": "B. Servicii sociale propuse spre a fi înființate",
                "C": "C. Programul anual de contractare a serviciilor sociale",
                "D": "D. Programul de subvenționare a asociațiilor și fundațiilor",
                "activities": "CAPITOLUL II. Planificarea activităților de informare a publicului",
                "trainings": "CAPITOLUL III. Programul de formare și îndrumare metodologică a personalului",
                "partnerships": "CAPITOLUL IV. Parteneriate", "order": [1, 0, 2]}
    if scheme == "anexa":
        return {"chapter1": None,
                "A": f"Anexa nr. 1 – Serviciile sociale administrate de {d.printed}",
                "B": f"Anexa nr. 2 – Serviciile sociale care urmează să fie înființate în anul {y}",
                "C": "Anexa nr. 3 – Programul de contractare a serviciilor sociale",
                "D": "Anexa nr. 4 – Programul de acordare a subvențiilor",
                "trainings": "Anexa nr. 5 – Programul de formare profesională a personalului",
                "activities": "Anexa nr. 6 – Activități de informare a populației",
                "partnerships": "Anexa nr. 7 – Acorduri de parteneriat și colaborare", "order": [0, 1, 2]}
    if scheme == "chapters":
        return {"chapter1": None,
                "A": f"Cap. 1 – Serviciile sociale existente la nivelul {d.town.genitive}",
                "B": "Cap. 2 – Înființarea de noi servicii sociale",
                "C": "Cap. 3 – Contractarea serviciilor sociale cu furnizori privați",
                "D": "Cap. 4 – Subvenții acordate furnizorilor privați de servicii sociale",
                "activities": "Cap. 5 – Informarea comunității",
                "trainings": "Cap. 6 – Formarea continuă a personalului",
                "partnerships": "Cap. 7 – Colaborări și parteneriate", "order": [1, 0, 2]}
    return {"chapter1": None,
            "A": "Servicii sociale administrate (art. 112 alin. (3) lit. a) din Legea nr. 292/2011)",
            "B": "Servicii sociale ce vor fi înființate (art. 112 alin. (3) lit. b) din Legea nr. 292/2011)",
            "C": "Contractarea serviciilor sociale conform Legii nr. 98/2016 privind achizițiile publice",
            "D": "Subvenții acordate în baza Legii nr. 34/1998",
            "activities": "Informarea publicului (art. 112 alin. (3) lit. d) din Legea nr. 292/2011)",
            "trainings": "Formarea personalului (art. 118 alin. (2) din Legea nr. 292/2011)",
            "partnerships": f"Parteneriate ale {d.abbr} în anul {y}",
            "order": d.rnd.choice([[0, 1, 2], [1, 0, 2], [2, 0, 1]])}


def _svc_gold(section, name, code_raw, code, **kw) -> dict:
    row = {"section": section, "service_name": name, "code_raw": code_raw, "service_code": code}
    row.update(kw)
    return row


# ------------------------------------------------------------------------------------------------ section A

def _existing(d: Doc, sec: dict, els: list[El], exp: dict) -> tuple[str, int]:
    """Table(s) of existing services; returns the unit of the main table and the total of the local budget."""
    r = d.rnd
    layout = r.choice(["group_rows", "split", "flat", "group_rows"])
    ncats = r.randint(2, 4)
    cats = r.sample(list(CATEGORIES), ncats)
    sources = ["budget_local_lei"] + [s for s in ("budget_state_lei", "budget_beneficiaries_lei", "budget_other_lei")
                                      if r.random() < 0.45]
    single_budget = len(sources) == 1 and r.random() < 0.6  # one "lei/an" column
    unit = Unit(r)
    if single_budget:
        unit.unit, unit.where, unit.word, unit.decimals = "lei", "cells", "lei/an", r.random() < 0.6
    cap_style = r.choice(["number", "composite", "places"])
    occ_style = r.choice(["pct", "count_pct", "count", "none"])
    code_where = r.choice(["column", "column", "column", "name"])
    provider = r.random() < 0.45
    extra = r.choice([None, "location", "licence"])
    nr = r.random() < 0.85
    code_first = r.random() < 0.4
    total_row = layout != "split" and r.random() < 0.7
    dot = "." if r.random() < 0.8 else ""  # row numbers "1." or "1"
    spanning_groups = r.random() < 0.6  # a group row merged across the table, or its text in the name column

    src_headers = {s: r.choice(SOURCES[s]) for s in sources}
    # columns: list of (key, header)
    cols: list[tuple[str, str]] = []
    if nr:
        cols.append(("nr", r.choice(["Nr. crt.", "Nr.", "Nr. crt"])))
    name_h = r.choice(["Denumirea serviciului social", "Serviciul social", "Denumire serviciu social",
                       "Denumirea serviciului social și locația"]) if extra != "location" else \
        r.choice(["Denumirea serviciului social", "Serviciul social"])
    code_h = r.choice(["Cod serviciu social", "Codul serviciului (conform Nomenclatorului)", "Cod nomenclator",
                       "Cod serviciu conform H.G. nr. 867/2015"])
    if code_where == "column" and code_first:
        cols.append(("code", code_h))
    cols.append(("name", name_h))
    if code_where == "column" and not code_first:
        cols.append(("code", code_h))
    if provider:
        cols.append(("provider", r.choice(["Denumire furnizor și date de contact", "Furnizorul serviciului (date de contact)",
                                           "Furnizor / adresă / telefon / e-mail"])))
    if extra == "location":
        cols.append(("extra", r.choice(["Locația", "Adresa sediului"])))
    if cap_style == "composite":
        cols.append(("cap", r.choice(["Capacitate / categoria de beneficiari", "Capacitatea și categoria beneficiarilor"])))
    else:
        cols.append(("cap", r.choice(["Capacitate", "Nr. locuri", "Capacitate (nr. locuri)"])))
    if occ_style == "pct":
        cols.append(("occ", r.choice(["Grad de ocupare", "Grad de ocupare (%)"])))
    elif occ_style == "count_pct":
        cols.append(("occ", r.choice(["Grad de ocupare (nr. beneficiari / %)", "Beneficiari / grad de ocupare"])))
    elif occ_style == "count":
        cols.append(("occ", r.choice(["Nr. beneficiari", "Număr beneficiari la 31.12." + str(d.year - 1),
                                      "Beneficiari asistați"])))
    if extra == "licence":
        cols.append(("extra", r.choice(["Licență de funcționare", "Nr. licență"])))
    budget_start = len(cols)
    for s in sources:
        cols.append((s, src_headers[s]))
    two_rows = len(sources) > 1 and r.random() < 0.75
    group_h = r.choice(["Bugetul estimat pe surse de finanțare", "Buget estimat " + str(d.year),
                        "Surse de finanțare"])
    if single_budget:
        cols[budget_start] = ("budget_local_lei", r.choice([f"Buget estimat {d.year}", "Finanțare din bugetul local",
                                                             "Cost anual estimat (buget local)"]))
    # "Buget estimat N" names no funding source: the amount is stated, its source is not
    unsourced = single_budget and cols[budget_start][1] == f"Buget estimat {d.year}"
    if two_rows:
        gh = group_h + (f" ({unit.unit})" if unit.where in ("group", "header") else "")
        h1 = [c[1] for c in cols[:budget_start]] + [gh] + [LEFT] * (len(sources) - 1)
        h2 = [UP] * budget_start + [c[1] for c in cols[budget_start:]]
        header = [h1, h2]
    else:
        if unit.where == "group":
            unit.where = "header"
        header = [[unit.header(c[1]) if i >= budget_start and not single_budget else c[1]
                   for i, c in enumerate(cols)]]
    ncol = len(cols)

    def svc_rows(cat: str, k: int, counter: list[int], category: str | None) -> tuple[list[list[str]], list[dict]]:
        rows, golds = [], []
        for code, tmpl, (lo, hi) in r.sample(SERVICES[cat], k):
            counter[0] += 1
            name = d.fill(tmpl)
            cap = r.randint(lo, hi)
            benef = max(1, min(int(cap * r.uniform(0.6, 1.15)), cap + 10))
            pct = round(benef * 100 / cap, 1)
            code_raw = code_spelling(r, code)
            g = {"row_no_raw": f"{counter[0]}." if nr else None, "category": category, "capacity": cap}
            cells = {}
            cells["nr"] = f"{counter[0]}{dot}"
            g["row_no_raw"] = cells["nr"] if nr else None
            if code_where == "column":
                cells["name"] = name
                cells["code"] = code_raw
            else:
                cells["name"] = f"{name} ({r.choice(['cod ', ''])}{code_raw})"
            if provider:
                own = r.random() < 0.8
                prov = d.printed if own else d.fill(r.choice(ASSOCIATIONS))
                cells["provider"] = f"{prov}, {d.contacts()}"
                g["provider_raw"] = prov
            if extra == "location":
                cells["extra"] = f"{r.choice(STREETS)} nr. {r.randint(1, 90)}"
            elif extra == "licence":
                cells["extra"] = f"nr. {r.randint(100, 9999)}/{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(d.year - 5, d.year - 1)}"
            if cap_style == "composite":
                cells["cap"] = f"{cap} {r.choice(['locuri', 'beneficiari', 'locuri'])} / {r.choice(CATEGORIES[cat][1])}"
            elif cap_style == "places":
                cells["cap"] = f"{cap} locuri" if r.random() < 0.5 else str(cap)
            else:
                cells["cap"] = str(cap)
            if occ_style == "pct":
                cells["occ"] = f"{pct:.1f}".replace(".", ",").replace(",0", "") + "%"
                g["occupancy_pct"] = pct
            elif occ_style == "count_pct":
                cells["occ"] = f"{benef} beneficiari ({str(pct).replace('.', ',').replace(',0', '')}%)"
                g["occupancy_pct"], g["beneficiaries"] = pct, benef
            elif occ_style == "count":
                cells["occ"] = str(benef)
                g["beneficiaries"] = benef
            raw = []
            for s in sources:
                lo_b, hi_b = {"budget_local_lei": (40_000, 900_000), "budget_state_lei": (20_000, 400_000),
                              "budget_beneficiaries_lei": (5_000, 90_000), "budget_other_lei": (10_000, 150_000)}[s]
                if s != "budget_local_lei" and r.random() < 0.3:
                    cells[s] = r.choice(["-", "", "–"])
                    raw.append(cells[s])
                    continue
                v = unit.amount(r, lo_b, hi_b)
                cells[s] = unit.cell(v)
                raw.append(cells[s])
                if not unsourced:  # a budget column naming no source states no source (DATASETS.md: no guess)
                    g[s] = v
            g["budget_raw"] = " | ".join(raw)
            rows.append([cells.get(c[0], "") for c in cols])
            golds.append(_svc_gold("existing", name, code_raw, code, **g))
        return rows, golds

    if sec["chapter1"]:
        els.append(h(sec["chapter1"]))
    els.append(h(sec["A"]))
    if r.random() < 0.5:
        els.append(p(r.choice([
            f"{d.printed} administrează în anul {d.year} următoarele servicii sociale licențiate:",
            f"La nivelul {d.town.genitive} funcționează următoarele servicii sociale, finanțate din bugetul local:",
            "Serviciile sociale existente, capacitatea și bugetul estimat pe surse de finanțare sunt prezentate mai jos."])))
    counter = [0]
    golds: list[dict] = []
    n_per = {c: r.randint(1, 3) for c in cats}
    sums = {s: 0 for s in sources}
    if layout == "split":
        for i, cat in enumerate(cats):
            heading = r.choice(CATEGORIES[cat][0])
            prefix = r.choice(["", f"{i + 1}. ", f"{'ABCDEFG'[i]}) "])
            els.append(h(prefix + heading))
            ab = unit.above(r) if i == 0 or r.random() < 0.5 else None
            if ab:
                els.append(ab)
            rows, gs = svc_rows(cat, n_per[cat], counter, heading)
            els.append(table(header + rows, header_rows=len(header)))
            golds += gs
    else:
        ab = unit.above(r)
        if ab:
            els.append(ab)
        body: list[list[str]] = []
        for cat in cats:
            category = None
            if layout == "group_rows":
                category = r.choice(CATEGORIES[cat][0])
                if spanning_groups:
                    body.append([category] + [LEFT] * (ncol - 1))
                else:  # the heading in the name column, the other cells empty
                    body.append(["" if c[0] != "name" else category for c in cols])
            rows, gs = svc_rows(cat, n_per[cat], counter, category)
            body += rows
            golds += gs
        if total_row:
            for g in golds:
                for s in sources:
                    sums[s] += g.get(s) or 0
            tr = [""] * ncol
            label_col = 0 if nr else [c[0] for c in cols].index("name")
            tr[label_col] = r.choice(["TOTAL", "Total", "TOTAL GENERAL", "Total servicii existente"])
            for s in sources:
                tr[[c[0] for c in cols].index(s)] = unit.cell(sums[s])
                exp["totals"].append({"scope": f"TOTAL servicii existente {s}", "amount": sums[s], "unit": "lei",
                                      "raw": unit.cell(sums[s])})
            body.append(tr)
        els.append(table(header + body, header_rows=len(header)))
    if layout == "split" and r.random() < 0.6:
        tot = sum(g.get("budget_local_lei") or 0 for g in golds)
        els.append(p(f"Totalul bugetului local alocat serviciilor sociale existente: {group(tot)} lei."))
        exp["totals"].append({"scope": "total buget local servicii existente", "amount": tot, "unit": "lei",
                              "raw": f"{group(tot)} lei"})
    exp["services"] += golds
    return unit.unit, sum(g.get("budget_local_lei") or 0 for g in golds)


# ------------------------------------------------------------------------------------------------ section B

def _proposed(d: Doc, sec: dict, els: list[El], exp: dict) -> int:
    r = d.rnd
    els.append(h(sec["B"]))
    if r.random() < 0.25:
        els.append(p(r.choice([f"În anul {d.year} nu se propune înființarea de noi servicii sociale.",
                               "Nu este cazul.",
                               f"Pentru anul {d.year} nu sunt prevăzute servicii sociale noi."])))
        return 0
    n = r.randint(1, 3)
    term_h = r.choice(["Termen de înființare", "Termen", "Perioada estimată de înființare"])
    cols = [("nr", "Nr. crt.")] if r.random() < 0.6 else []
    cols += [("name", r.choice(["Denumirea serviciului social propus", "Serviciul social propus", "Denumire serviciu"])),
             ("code", r.choice(["Cod serviciu", "Cod serviciu social", "Codul serviciului"])),
             ("cat", r.choice(["Categoria de beneficiari", "Beneficiari"])),
             ("cap", r.choice(["Capacitate estimată", "Capacitate (nr. locuri)", "Nr. beneficiari estimat"])),
             ("term", term_h),
             ("budget", r.choice(["Buget estimat (lei)", "Valoare estimată (lei)", "Cost estimat"])),
             ("source", r.choice(["Sursa de finanțare", "Sursa fondurilor"])),
             ("just", r.choice(["Justificare", "Motivarea necesității"]))]
    if r.random() < 0.5:  # term after the budget
        i = [c[0] for c in cols].index("term")
        term = cols.pop(i)
        cols.append(term)
    rows = [[c[1] for c in cols]]
    total = 0
    pool = [(cat, s) for cat in SERVICES for s in SERVICES[cat]]
    for i, (cat, (code, tmpl, (lo, hi))) in enumerate(r.sample(pool, n), 1):
        name = d.fill(tmpl)
        cap = r.randint(lo, hi)
        source, field = r.choice([("buget local", "budget_local_lei"), ("Buget local", "budget_local_lei"),
                                  ("fonduri PNRR", "budget_other_lei"), ("buget de stat", "budget_state_lei"),
                                  ("fonduri europene nerambursabile (POIDS)", "budget_other_lei")])
        v = r.randrange(500, 9000) * 100
        vcell = group(v) + (",00" if r.random() < 0.5 else "") + (" lei" if "(lei)" not in cols[[c[0] for c in cols].index("budget")][1] else "")
        term = r.choice([f"trim. {r.choice(['II', 'III', 'IV'])} {d.year}", f"31.12.{d.year}",
                         f"{r.choice(MONTHS[3:])} {d.year}", f"semestrul {r.choice(['I', 'II'])} {d.year}"])
        capcell = r.choice([f"{cap} locuri", str(cap), f"{cap} beneficiari/zi"])
        cells = {"nr": f"{i}.", "name": name, "code": code_spelling(r, code), "cat": r.choice(CATEGORIES[cat][1]),
                 "cap": capcell, "term": term, "budget": vcell, "source": source,
                 "just": r.choice(["Nevoie identificată în urma evaluării comunitare",
                                   "Lista de așteptare a serviciului existent", "Obiectiv al strategiei locale"])}
        rows.append([cells[c[0]] for c in cols])
        total += v
        exp["services"].append(_svc_gold("proposed", name, cells["code"], code, capacity=cap,
                                         row_no_raw=cells["nr"] if cols[0][0] == "nr" else None,
                                         budget_raw=vcell, **{field: v}))
    els.append(table(rows))
    return total


# ------------------------------------------------------------------------------------------------ sections C, D

def _procurements(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["C"]))
    if r.random() < 0.3:
        els.append(p(r.choice(["Nu este cazul.",
                               f"În anul {d.year} {d.abbr} nu are în vedere contractarea de servicii sociale.",
                               "Nu se propune achiziția de servicii sociale de la furnizori privați."])))
        exp["procurements"] = []
        return
    unit = Unit(r)
    if unit.where == "group":
        unit.where = "header"
    n = r.randint(1, 3)
    cols = [("nr", "Nr. crt."),
            ("obj", r.choice(["Obiectul contractului", "Denumirea serviciului contractat",
                              "Tipul și obiectul contractului de achiziție publică"])),
            ("cpv", r.choice(["Cod CPV", "Codul CPV"])),
            ("code", r.choice(["Cod serviciu social", "Cod nomenclator"])),
            ("value", unit.header(r.choice(["Valoarea estimată", "Valoare estimată fără TVA"]))),
            ("src", r.choice(["Sursa de finanțare", "Sursa"])),
            ("proc", r.choice(["Procedura de atribuire", "Procedura aplicată"])),
            ("start", r.choice(["Data estimată pentru inițiere", "Luna inițierii"])),
            ("end", r.choice(["Data estimată pentru atribuire", "Luna atribuirii"]))]
    if r.random() < 0.35:
        cols = [c for c in cols if c[0] != "code"]
    ab = unit.above(r)
    if ab:
        els.append(ab)
    rows = [[c[1] for c in cols]]
    total = 0
    for i, (cpv, obj, code) in enumerate(r.sample(CPVS, n), 1):
        v = unit.amount(r, 50_000, 1_500_000)
        total += v
        m1 = r.randint(1, 6)
        cpv_cell = r.choice([cpv, cpv.replace("-", " - "), f"{cpv} ({obj.split(' pentru')[0]})"])
        src = r.choice(["Buget local", "bugetul local"])
        proc = r.choice(PROCEDURES)
        cells = {"nr": f"{i}.", "obj": obj, "cpv": cpv_cell, "code": code_spelling(r, code), "value": unit.cell(v),
                 "src": src, "proc": proc, "start": f"{m1:02d}.{d.year}" if r.random() < 0.5 else MONTHS[m1 - 1],
                 "end": f"{m1 + 2:02d}.{d.year}" if r.random() < 0.5 else MONTHS[m1 + 1]}
        rows.append([cells[c[0]] for c in cols])
        exp["procurements"].append({"row_no_raw": f"{i}.", "contract_object": obj, "cpv_code": cpv,
                                    "service_code": code if any(c[0] == "code" for c in cols) else None,
                                    "estimated_value_lei": v, "value_raw": cells["value"], "funding_source": src,
                                    "procedure": proc})
    els.append(table(rows))
    if r.random() < 0.6:
        els.append(p(f"Bugetul estimat al programului de contractare: {group(total)} lei."))
        exp["totals"].append({"scope": "buget program de contractare", "amount": total, "unit": "lei",
                              "raw": f"{group(total)} lei"})


def _subsidies(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["D"]))
    if r.random() < 0.3:
        els.append(p(r.choice(["Nu este cazul.",
                               f"În anul {d.year} nu se acordă subvenții în baza Legii nr. 34/1998.",
                               "Nu sunt prevăzute subvenții pentru asociații și fundații."])))
        exp["subsidies"] = []
        return
    n = r.randint(1, 3)
    composite = r.random() < 0.3
    cols = [("nr", "Nr. crt.")]
    if composite:
        cols.append(("unit", "Unitatea de asistență socială / asociația"))
    else:
        cols += [("assoc", r.choice(["Asociația / Fundația", "Denumirea asociației sau fundației", "Furnizor"])),
                 ("unit", r.choice(["Unitatea de asistență socială subvenționată", "Serviciul social subvenționat"]))]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
    cols += [("code", r.choice(["Cod serviciu", "Încadrarea în Nomenclator"])),
             ("benef", r.choice(["Nr. beneficiari", "Număr beneficiari / lună"])),
             ("amount", r.choice(["Suma estimată (lei)", "Subvenție anuală estimată", "Cuantum subvenție (lei/an)"]))]
    rows = [[c[1] for c in cols]]
    total = 0
    for i, (utmpl, code) in enumerate(r.sample(SUBSIDISED_UNITS, n), 1):
        unit_name = d.fill(utmpl)
        assoc = d.fill(r.choice(ASSOCIATIONS))
        v = r.randrange(200, 2500) * 100
        total += v
        amt = group(v) + (",00" if r.random() < 0.4 else "") + (" lei" if "lei" not in cols[-1][1] else "")
        cells = {"nr": f"{i}.", "assoc": assoc, "unit": f"{unit_name} – {assoc}" if composite else unit_name,
                 "code": code_spelling(r, code), "benef": str(r.randint(10, 80)), "amount": amt}
        rows.append([cells[c[0]] for c in cols])
        exp["subsidies"].append({"row_no_raw": f"{i}.", "unit_name": unit_name, "service_code": code,
                                 "amount_lei": v, "amount_raw": amt})
    if n > 1 and r.random() < 0.5:
        tr = [""] * len(cols)
        tr[1] = "TOTAL"
        tr[-1] = group(total) + (" lei" if "lei" not in cols[-1][1] else "")
        rows.append(tr)
        exp["totals"].append({"scope": "total subvenții Legea 34/1998", "amount": total, "unit": "lei", "raw": tr[-1]})
    els.append(table(rows))


# ------------------------------------------------------------------------------------------------ trainings

def _trainings(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["trainings"]))
    form = r.choice(["table", "abc", "bullets"])
    items = []  # (kind, staff, persons, budget or None, topic)
    for kind in ("perfectionare", "calificare", "instruire"):
        if kind != "perfectionare" and r.random() < 0.35:
            continue
        for staff in r.sample(STAFF, r.randint(1, 2)):
            budget = None if r.random() < 0.25 else r.randrange(5, 120) * 100
            items.append((kind, staff, r.randint(1, 25), budget, r.choice(TOPICS[kind])))
    if r.random() < 0.5:
        els.append(p(r.choice([f"Bugetul alocat formării profesionale în anul {d.year} provine din bugetul local.",
                               "Formarea profesională se realizează conform art. 196 din Codul muncii.",
                               "Personalul va participa la cursuri organizate de furnizori autorizați ANC."])))

    def money(b):
        if b is None:
            return r.choice(["-", "buget propriu", "gratuit", "fără costuri"])
        return group(b) + (",00" if r.random() < 0.3 else "") + " lei"

    if form == "table":
        cols = [("nr", "Nr. crt."), ("staff", r.choice(["Categoria de personal", "Personal", "Funcția"])),
                ("kind", r.choice(["Tipul formării", "Forma de pregătire", "Tip curs"])),
                ("topic", r.choice(["Tematica", "Denumirea cursului"])),
                ("persons", r.choice(["Nr. persoane", "Număr participanți", "Nr. angajați"])),
                ("budget", r.choice(["Buget estimat", "Cost estimat", "Costuri (lei)"]))]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
        rows = [[c[1] for c in cols]]
        tot = 0
        for i, (kind, staff, n, b, topic) in enumerate(items, 1):
            bc = money(b).replace(" lei", "") if "(lei)" in cols[-1][1] and b else money(b)
            cells = {"nr": f"{i}.", "staff": staff, "kind": r.choice(KIND_WORDS[kind]), "topic": topic,
                     "persons": str(n), "budget": bc}
            rows.append([cells[c[0]] for c in cols])
            tot += b or 0
            exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff,
                                     "persons": n, "budget_lei": b, "budget_raw": bc})
        if r.random() < 0.5 and tot:
            tr = [""] * len(cols)
            tr[1] = "TOTAL"
            tr[[c[0] for c in cols].index("persons")] = str(sum(it[2] for it in items))
            tr[-1] = group(tot) + " lei"
            rows.append(tr)
            exp["totals"].append({"scope": "total buget formare", "amount": tot, "unit": "lei", "raw": tr[-1]})
        els.append(table(rows))
    elif form == "abc":
        letters = {"perfectionare": ("a)", "cursuri de perfecționare"), "calificare": ("b)", "cursuri de calificare"),
                   "instruire": ("c)", "sesiuni de instruire")}
        for kind in ("perfectionare", "calificare", "instruire"):
            mine = [it for it in items if it[0] == kind]
            if not mine:
                continue
            letter, words = letters[kind]
            els.append(p(f"{letter} {words}" + (":" if r.random() < 0.5 else "")))
            rows = [["Nr. crt.", r.choice(["Personalul de specialitate", "Categoria de personal"]),
                     r.choice(["Nr. de persoane", "Nr. persoane"]), r.choice(["Buget estimat", "Costul estimat"])]]
            for i, (_, staff, n, b, _) in enumerate(mine, 1):
                rows.append([f"{i}.", staff, str(n), money(b)])
                exp["trainings"].append({"training_kind": kind, "row_no_raw": f"{i}.", "staff_category": staff,
                                         "persons": n, "budget_lei": b, "budget_raw": rows[-1][-1]})
            els.append(table(rows))
    else:
        for kind, staff, n, b, topic in items:
            kw = r.choice(KIND_WORDS[kind]).lower()
            cost = f" – {group(b)} lei" if b else r.choice(["", " – fără costuri"])
            text = r.choice([f"{kw} „{topic}” pentru {n} {staff}{cost};",
                             f"{n} {staff} vor participa la {kw} „{topic}”{cost};",
                             f"{staff}: {kw} „{topic}”, {n} persoane{cost};"])
            els.append(bullet(text))
            exp["trainings"].append({"training_kind": kind, "row_no_raw": None, "staff_category": staff,
                                     "persons": n, "budget_lei": b, "budget_raw": cost.strip(" –") or None})


# ------------------------------------------------------------------------------------------------ activities

def _activities(d: Doc, sec: dict, els: list[El]) -> None:
    r = d.rnd
    els.append(h(sec["activities"]))
    acts = [("Campanie de informare privind prevenirea abandonului școlar", "septembrie", "elevi și părinți"),
            ("Distribuirea de pliante privind serviciile sociale disponibile", "trimestrial", "populația orașului"),
            ("Ziua Internațională a Persoanelor Vârstnice – acțiune de informare", "1 octombrie", "vârstnici"),
            ("Campanie „16 zile de activism împotriva violenței de gen”", "noiembrie–decembrie", "comunitatea"),
            ("Publicarea pe site-ul instituției a informațiilor privind beneficiile sociale", "permanent", "cetățeni")]
    chosen = r.sample(acts, r.randint(2, 4))
    if r.random() < 0.5:
        for a, per, who in chosen:
            els.append(bullet(f"{a} ({per}) – grup țintă: {who};"))
    else:
        rows = [["Nr. crt.", "Activitatea", "Perioada", "Grup țintă", "Responsabil"]]
        for i, (a, per, who) in enumerate(chosen, 1):
            rows.append([f"{i}.", a, f"{per} {d.year}" if per not in ("permanent", "trimestrial") else per, who,
                         d.abbr])
        els.append(table(rows))


# ------------------------------------------------------------------------------------------------ partnerships

def _partnerships(d: Doc, sec: dict, els: list[El], exp: dict) -> None:
    r = d.rnd
    els.append(h(sec["partnerships"]))
    form = r.choice(["table", "numbered", "sentences"])
    partners = r.sample(PARTNERS, r.randint(2, 4))
    items = []
    for tmpl in partners:
        kind = r.choice(list(ACTS))
        act = r.choice(ACTS[kind])
        partner = d.fill(tmpl)
        numbered = r.random() < 0.8
        num = str(r.randint(10, 19999)) if numbered else None
        dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(d.year - 4, d.year - 1)
        date_p, date_iso = f"{dd:02d}.{mm:02d}.{yy}", f"{yy}-{mm:02d}-{dd:02d}"
        valid = r.choice([f"31.12.{d.year + r.randint(0, 3)}", "nedeterminată", f"{r.randint(1, 5)} ani"])
        obj = r.choice(["prevenirea abandonului școlar", "sprijin pentru persoanele vârstnice singure",
                        "consiliere și orientare profesională", "acțiuni comune de prevenire a violenței domestice",
                        "distribuirea de alimente persoanelor defavorizate", "voluntariat în centrele sociale"])
        items.append((kind, act, partner, num, date_p, date_iso, valid, obj))
    for i, (kind, act, partner, num, date_p, date_iso, valid, obj) in enumerate(items, 1):
        exp["partnerships"].append({"row_no_raw": None, "agreement_type": kind, "number_raw": num,
                                    "date_signed": date_iso if num else None,
                                    "valid_until_raw": None, "partner": partner})
    if form == "table":
        cols = [("nr", "Nr. crt."), ("partner", r.choice(["Partener", "Instituția / organizația parteneră"])),
                ("act", r.choice(["Tipul documentului", "Forma de colaborare"])),
                ("numdate", r.choice(["Nr. și data", "Număr / dată"])),
                ("obj", r.choice(["Obiectul colaborării", "Scopul"])), ("valid", "Valabilitate")]
        if r.random() < 0.5:
            cols[1], cols[2] = cols[2], cols[1]
        rows = [[c[1] for c in cols]]
        for i, (kind, act, partner, num, date_p, date_iso, valid, obj) in enumerate(items, 1):
            nd = (r.choice([f"{num}/{date_p}", f"nr. {num} din {date_p}"]) if num else "-")
            cells = {"nr": f"{i}.", "partner": partner, "act": act, "numdate": nd, "obj": obj, "valid": valid}
            rows.append([cells[c[0]] for c in cols])
            exp["partnerships"][-len(items) + i - 1]["row_no_raw"] = f"{i}."
            exp["partnerships"][-len(items) + i - 1]["valid_until_raw"] = valid
        els.append(table(rows))
    elif form == "numbered":
        for i, (kind, act, partner, num, date_p, date_iso, valid, obj) in enumerate(items, 1):
            nd = f" nr. {num}/{date_p}" if num else ""
            text = r.choice([f"{i}. {act}{nd} încheiat cu {partner} – {obj};",
                             f"{i}. {partner} – {act.lower()}{nd}, având ca obiect {obj};"])
            els.append(p(text))
            exp["partnerships"][-len(items) + i - 1]["row_no_raw"] = f"{i}."
    else:
        for kind, act, partner, num, date_p, date_iso, valid, obj in items:
            nd = f" nr. {num} din {date_p}" if num else ""
            a = act.lower()
            text = r.choice([f"{d.abbr} colaborează cu {partner} în baza {_genitive(a)}{nd}, pentru {obj}.",
                             f"Cu {partner} a fost încheiat {_article(a)}{nd}, având ca obiect {obj}.",
                             f"În anul {d.year} se derulează {_article(a)}{nd} cu {partner}."])
            els.append(p(text))


def _article(act: str) -> str:
    """'protocol de colaborare' -> 'protocolul de colaborare' (the definite form a sentence uses)."""
    head, _, rest = act.partition(" ")
    art = {"protocol": "protocolul", "convenție": "convenția", "acord": "acordul", "contract": "contractul"}[head]
    return (art + " " + rest).strip()


def _genitive(act: str) -> str:
    head, _, rest = act.partition(" ")
    art = {"protocol": "protocolului", "convenție": "convenției", "acord": "acordului",
           "contract": "contractului"}[head]
    return (art + " " + rest).strip()


# ------------------------------------------------------------------------------------------------ the document

def plan_town_spas(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    d = Doc(rnd, year)
    r = rnd
    els: list[El] = []
    exp: dict = {"services": [], "procurements": [], "subsidies": [], "trainings": [], "partnerships": [],
                 "totals": []}
    t = d.town
    month = r.choice([12, 1, 2, 3])  # the council approves the plan in December before its year or early in it
    hcl = f"Anexa nr. 1 la H.C.L. nr. {r.randint(5, 250)}/{r.randint(1, 28):02d}.{month:02d}." \
          f"{year - 1 if month == 12 else year}"
    style = r.randrange(4)
    if style == 0:
        main = (f"PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE administrate și finanțate din bugetul "
                f"Consiliului Local al {t.genitive} pentru anul {year}")
        els += [title("PLANUL ANUAL DE ACȚIUNE PRIVIND SERVICIILE SOCIALE"),
                p(f"administrate și finanțate din bugetul Consiliului Local al {t.genitive} pentru anul {year}")]
    elif style == 1:
        main = f"Plan anual de acțiune pentru anul {year} privind serviciile sociale acordate de {d.printed}"
        els += [title(f"Plan anual de acțiune pentru anul {year}"),
                p(f"privind serviciile sociale acordate de {d.printed}")]
    elif style == 2:
        # the issuer in the genitive: "… AL SERVICIULUI PUBLIC …", "… AL DIRECȚIEI DE ASISTENȚĂ SOCIALĂ …"
        gen = d.printed.replace("Serviciul ", "Serviciului ", 1).replace("Direcția ", "Direcției ", 1)
        main = f"PLANUL ANUAL DE ACȚIUNE AL {gen.upper()} PE ANUL {year}"
        els += [p(hcl), title(main)]
    else:
        main = f"PLAN ANUAL DE ACȚIUNE privind serviciile sociale – {year}"
        els += [p(d.printed.upper()), title(main)]
    if style != 2 and r.random() < 0.4:
        els.insert(0, p(hcl))
    intro = [f"Prezentul plan a fost elaborat de {d.printed} în conformitate cu prevederile art. 118 din Legea "
             f"asistenței sociale nr. 292/2011, ale H.G. nr. 797/2017 și ale Ordinului nr. 1086/2018.",
             f"Planul asigură implementarea Strategiei locale de dezvoltare a serviciilor sociale pentru perioada "
             f"{year - 2}–{year + 3}, aprobată prin H.C.L. nr. {r.randint(10, 200)}/{year - 2}.",
             f"{d.printed} are sediul în {r.choice(STREETS)} nr. {r.randint(1, 90)}, {t.uat}, județul {t.county}."]
    els += [p(x) for x in r.sample(intro, r.randint(1, 3))]
    sec = _section_titles(d)
    unit, _ = _existing(d, sec, els, exp)
    _proposed(d, sec, els, exp)
    _procurements(d, sec, els, exp)
    _subsidies(d, sec, els, exp)
    parts = [lambda: _trainings(d, sec, els, exp), lambda: _activities(d, sec, els),
             lambda: _partnerships(d, sec, els, exp)]
    order = sec["order"]
    for i in order:
        parts[i]()
    if r.random() < 0.5:
        els.append(p(r.choice([f"Director executiv, {r.choice(['Ioana', 'Maria', 'Andrei', 'Mihai'])} "
                               f"{r.choice(['Popescu', 'Ionescu', 'Munteanu', 'Stan'])}",
                               "Întocmit, Compartimentul strategii și programe sociale"])))
    exp["document"] = {"doc_type": "plan_anual", "title": main, "year": year, "year_end": year,
                       "issuer": d.issuer, "issuer_kind": d.kind, "uat": t.uat, "county": t.county,
                       "currency_unit_main": unit}
    for row in exp["services"]:
        row.setdefault("capacity_raw", None)
    return els, exp
