"""The prose parts of a social-services strategy (``strategy.py``): the approving council decision printed first,
the letterhead, the legal framework, the diagnosis (demography and social statistics in sentences and small
tables), SWOT, vision and objectives, monitoring. Each writes its elements and the values it states."""
from __future__ import annotations

import datetime as dt

from .fmt import group
from .strategy_base import MONTHS, PEOPLE, Doc, lei_sentence

__all__ = ["decision", "letterhead", "legal_framework", "diagnosis", "swot", "vision_objectives", "monitoring",
           "OBJECTIVES", "LAWS"]

LAWS = [
    "Legea asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
    "Legea nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată",
    "Legea nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap, republicată",
    "Legea nr. 17/2000 privind asistența socială a persoanelor vârstnice, republicată",
    "Legea nr. 196/2016 privind venitul minim de incluziune",
    "Legea nr. 416/2001 privind venitul minim garantat",
    "Legea nr. 197/2012 privind asigurarea calității în domeniul serviciilor sociale",
    "Legea nr. 217/2003 pentru prevenirea și combaterea violenței domestice, republicată",
    "Legea nr. 116/2002 privind prevenirea și combaterea marginalizării sociale",
    "H.G. nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale",
    "H.G. nr. 797/2017 pentru aprobarea regulamentelor-cadru de organizare și funcționare ale serviciilor publice de "
    "asistență socială",
    "H.G. nr. 440/2022 privind aprobarea Strategiei naționale privind incluziunea socială și reducerea sărăciei pentru "
    "perioada 2022–2027",
    "H.G. nr. 490/2022 pentru aprobarea Strategiei naționale privind drepturile persoanelor cu dizabilități "
    "„O Românie echitabilă” 2022–2027",
    "Ordinul nr. 1086/2018 privind aprobarea machetei Planului anual de acțiune privind serviciile sociale",
    "O.U.G. nr. 57/2019 privind Codul administrativ, cu modificările și completările ulterioare",
    "Legea nr. 34/1998 privind acordarea unor subvenții asociațiilor și fundațiilor",
]

OBJECTIVES = {  # target group -> (strategic objective, specific objectives)
    "copii": ("Dezvoltarea serviciilor de prevenire a separării copilului de familie și a serviciilor de tip familial",
              ["Reducerea numărului de copii din serviciile de tip rezidențial",
               "Creșterea accesului copiilor din familii vulnerabile la servicii de zi"]),
    "varstnici": ("Creșterea calității vieții persoanelor vârstnice",
                  ["Extinderea serviciilor de îngrijire la domiciliu",
                   "Dezvoltarea serviciilor de socializare pentru vârstnici"]),
    "dizabilitati": ("Promovarea incluziunii sociale a persoanelor adulte cu dizabilități",
                     ["Dezvoltarea serviciilor de tip familial și comunitar (dezinstituționalizare)",
                      "Creșterea accesului la servicii de recuperare"]),
    "risc": ("Prevenirea și combaterea sărăciei și a riscului de excluziune socială",
             ["Sprijinirea persoanelor fără adăpost", "Consolidarea serviciilor de asistență comunitară"]),
    "capacitate": ("Creșterea capacității instituționale și a calității serviciilor sociale",
                   ["Formarea continuă a personalului", "Dezvoltarea parteneriatelor cu societatea civilă"]),
}


def _strategy_name(d: Doc, acc: bool = False) -> str:
    """'Strategia de dezvoltare a serviciilor sociale …' in the nominative, or in the genitive after 'aprobarea'."""
    a = d.auth
    head = "Strategiei" if acc else "Strategia"
    if a.level == "judet":
        return f"{head} județene de dezvoltare a serviciilor sociale {a.name} pentru perioada {d.span}" if acc \
            else f"{head} județeană de dezvoltare a serviciilor sociale {a.name} pentru perioada {d.span}"
    return f"{head} locale de dezvoltare a serviciilor sociale a {a.gen} pentru perioada {d.span}" if acc \
        else f"{head} locală de dezvoltare a serviciilor sociale a {a.gen} pentru perioada {d.span}"


def decision(d: Doc) -> str:
    """The council's HOTĂRÂRE approving the strategy, printed before it; returns its title."""
    rnd, a = d.rnd, d.auth
    year = d.start - 1 if rnd.random() < 0.4 else d.start
    months = (10, 12) if year < d.start else (2, 6)
    date, iso = d.date(year, months)
    adopted = dt.date.fromisoformat(iso)

    def before(days: int) -> str:  # the papers a decision cites are dated before it
        return (adopted - dt.timedelta(days=rnd.randint(3, days))).strftime("%d.%m.%Y")

    no = rnd.randint(12, 348)
    d.p("ROMÂNIA")
    d.county_printed = True
    if a.level == "judet":
        d.p(f"JUDEȚUL {a.name.upper()}")
        d.p(f"CONSILIUL JUDEȚEAN {a.name.upper()}")
    else:
        d.p(f"JUDEȚUL {a.county.upper()}")
        d.p(a.council.upper())
    title = (f"HOTĂRÂREA nr. {no} din {date} privind aprobarea {_strategy_name(d, acc=True)}")
    d.title(title)
    d.p(f"{a.council}, întrunit în ședința ordinară din data de {date},")
    d.p("Având în vedere:")
    d.b(f"referatul de aprobare nr. {rnd.randint(1000, 29999)}/{before(40)} al "
        f"{'președintelui Consiliului Județean' if a.level == 'judet' else 'primarului'};")
    d.b(f"raportul de specialitate al {a.short} nr. {rnd.randint(100, 9999)}/{before(25)};")
    d.b("avizul comisiei de specialitate pentru sănătate și asistență socială;")
    d.b("prevederile art. 112 alin. (3) lit. a) și art. 118 alin. (1) din Legea asistenței sociale nr. 292/2011, "
        "cu modificările și completările ulterioare;")
    d.b("prevederile H.G. nr. 440/2022 privind aprobarea Strategiei naționale privind incluziunea socială și "
        "reducerea sărăciei pentru perioada 2022–2027;")
    basis = "O.U.G. nr. 57/2019 privind Codul administrativ" if year >= 2020 else \
        "Legea administrației publice locale nr. 215/2001, republicată"
    d.p(f"În temeiul art. 173 alin. (1) lit. d) și al art. 196 alin. (1) lit. a) din {basis},")
    d.p("HOTĂRĂȘTE:")
    d.p(f"Art. 1. Se aprobă {_strategy_name(d)}, prevăzută în anexa care face parte integrantă din prezenta "
        "hotărâre.")
    d.p(f"Art. 2. Cu ducerea la îndeplinire a prevederilor prezentei hotărâri se încredințează {a.author}.")
    d.p("Art. 3. Prezenta hotărâre se comunică celor interesați prin grija secretarului general și se publică pe "
        "pagina de internet a instituției.")
    d.p(f"PREȘEDINTE{' DE ȘEDINȚĂ' if a.level != 'judet' else ''}, {rnd.choice(PEOPLE)}")
    d.p(f"CONTRASEMNEAZĂ, SECRETAR GENERAL, {rnd.choice(PEOPLE)}")
    votes = rnd.randint(9, 31)
    d.p(f"Nr. {no} din {date}. Hotărârea a fost adoptată cu {votes} voturi pentru, {rnd.randint(0, 3)} împotrivă și "
        f"{rnd.randint(0, 2)} abțineri.")
    d.p(f"Anexa la Hotărârea {a.act} nr. {no}/{year}")
    return title


def letterhead(d: Doc, as_title: bool = True) -> str:
    """The strategy's own letterhead and title (a heading when a decision comes first); returns the title."""
    rnd, a = d.rnd, d.auth
    if rnd.random() < 0.6:
        d.p("ROMÂNIA")
        d.p(f"JUDEȚUL {a.county.upper()}")
        d.county_printed = True
        d.p(a.council.upper() if a.level == "judet" else f"PRIMĂRIA {a.gen.upper()}")
        if a.level != "comuna":
            d.p(a.author.upper())
    span = rnd.choice([f"{d.start}–{d.end}", f"{d.start}-{d.end}", f"{d.start} - {d.end}"])
    if a.level == "judet":
        forms = [f"STRATEGIA JUDEȚEANĂ DE DEZVOLTARE A SERVICIILOR SOCIALE {a.name.upper()} {span}",
                 f"Strategia de dezvoltare a serviciilor sociale la nivelul Județului {a.name} pentru perioada {span}",
                 f"STRATEGIA DE DEZVOLTARE A SERVICIILOR SOCIALE ÎN JUDEȚUL {a.name.upper()}, {span}"]
    else:
        kind = {"municipiu": "MUNICIPIULUI", "oras": "ORAȘULUI", "comuna": "COMUNEI"}[a.level]
        forms = [f"STRATEGIA LOCALĂ DE DEZVOLTARE A SERVICIILOR SOCIALE A {kind} {a.name.upper()} {span}",
                 f"Strategia de dezvoltare a serviciilor sociale la nivelul {a.gen}, pentru perioada {span}",
                 f"Strategia privind dezvoltarea serviciilor sociale {a.where}, în perioada {span}"]
    title = rnd.choice(forms)
    (d.title if as_title else d.h)(title)
    if rnd.random() < 0.5:
        d.p(f"Elaborată de {a.author}, în conformitate cu prevederile art. 112 alin. (3) lit. a) din Legea nr. "
            "292/2011")
    return title


def legal_framework(d: Doc, head: str) -> None:
    rnd = d.rnd
    d.h(head)
    laws = rnd.sample(LAWS, rnd.randint(7, 12))
    if rnd.random() < 0.3:
        d.p("Prezenta strategie a fost elaborată în conformitate cu: " + "; ".join(laws) + ".")
        return
    d.p("Cadrul legislativ care reglementează sistemul de servicii sociale cuprinde, în principal:")
    bullets = rnd.random() < 0.5
    for i, law in enumerate(laws, 1):
        d.b(law + ";") if bullets else d.p(f"{i}. {law};")


def diagnosis(d: Doc, head: str) -> None:
    """Demography and social statistics: counts in sentences (the expected indicators), a small table by year or
    by grade (distractors), percentages and a budget figure (a total)."""
    rnd, a = d.rnd, d.auth
    y = d.start - 1
    d.h(head)
    scale = {"judet": 1.0, "municipiu": 0.25, "oras": 0.06, "comuna": 0.015}[a.level]
    pop = rnd.randint(int(280_000 * scale), int(720_000 * scale))
    d.p(f"Conform datelor Institutului Național de Statistică, în anul {y}, populația {a.gen} număra {group(pop)} "
        f"de locuitori, din care {rnd.randint(48, 52)},{rnd.randint(0, 9)}% femei.")
    d.indicator("locuitori", "locuitori", pop, "persoane", f"{group(pop)} de locuitori", y)
    old_pct = f"{rnd.randint(16, 24)},{rnd.randint(0, 9)}"
    d.p(f"Ponderea persoanelor vârstnice (65 de ani și peste) a crescut constant, ajungând la {old_pct}% din totalul "
        "populației, ceea ce indică un proces accentuat de îmbătrânire demografică.")
    if a.level == "judet":
        kids = rnd.randint(300, 1400)
        am = rnd.randint(kids // 3, kids // 2)
        d.p(f"La sfârșitul anului {y}, în sistemul de protecție specială se aflau {group(kids)} copii, dintre care "
            f"{group(am)} în asistență maternală, restul fiind ocrotiți în servicii de tip rezidențial sau la rude.")
        d.indicator("copii", "copii", kids, "copii", f"{group(kids)} copii", y)
    else:
        risk = rnd.randint(15, 160)
        d.p(f"În evidența serviciului se aflau, în anul {y}, {risk} de copii aflați în situație de risc de separare de "
            "familie, monitorizați prin vizite periodice la domiciliu.")
        d.indicator("copii", "copii aflați în situație de risc de separare de familie", risk, "copii",
                    f"{risk} de copii", y)
    dis = rnd.randint(int(9_000 * scale) + 20, int(22_000 * scale) + 60)
    dis_kids = rnd.randint(max(2, dis // 20), max(3, dis // 9))
    d.p(f"În anul {y} erau înregistrate {group(dis)} persoane cu dizabilități, din care {group(dis_kids)} copii și "
        f"{group(dis - dis_kids)} adulți.")
    d.indicator("persoane", "persoane cu dizabilități", dis, "persoane", f"{group(dis)} persoane cu dizabilități", y)
    if rnd.random() < 0.6:
        grades = [("Grav", 0.35), ("Accentuat", 0.45), ("Mediu", 0.12), ("Ușor", 0.08)]
        d.p(f"Tabelul nr. {rnd.randint(2, 5)} – Persoanele cu dizabilități pe grade de handicap, la 31.12.{y}")
        rows = [["Gradul de handicap", "Copii", "Adulți", "Total", "Pondere (%)"]]
        left_k, left_a = dis_kids, dis - dis_kids
        for i, (g, share) in enumerate(grades):
            k = left_k if i == 3 else round(dis_kids * share)
            ad = left_a if i == 3 else round((dis - dis_kids) * share)
            left_k, left_a = left_k - k, left_a - ad
            rows.append([g, group(k), group(ad), group(k + ad), f"{100 * (k + ad) / dis:.1f}".replace(".", ",")])
        rows.append(["Total", group(dis_kids), group(dis - dis_kids), group(dis), "100"])
        d.table(rows)
        d.p("Sursa: evidențele proprii ale direcției.")
    fam = rnd.randint(max(12, int(1_500 * scale)), max(40, int(6_000 * scale)))
    d.p(f"În anul {y}, {group(fam)} familii au beneficiat de ajutor social acordat în baza Legii nr. 416/2001 privind "
        "venitul minim garantat, iar începând cu anul 2024 se aplică prevederile Legii nr. 196/2016.")
    d.indicator("familii", "familii", fam, "familii", f"{group(fam)} familii", y)
    if rnd.random() < 0.6:
        years = list(range(y - 2, y + 1))
        rows = [["Indicator"] + [str(x) for x in years]]
        for label, lo, hi in [("Număr beneficiari de ajutor social (familii)", fam // 2, fam * 2),
                              ("Număr beneficiari de alocație pentru susținerea familiei", fam // 2, fam * 3),
                              ("Număr persoane vârstnice singure", fam // 3, fam * 2),
                              ("Număr copii cu părinți plecați la muncă în străinătate", fam // 4, fam)]:
            rows.append([label] + [group(rnd.randint(max(1, lo), max(2, hi))) for _ in years])
        d.p(rnd.choice(["Evoluția principalilor indicatori sociali:", f"Tabelul nr. {rnd.randint(3, 7)} – Indicatori "
                                                                      "sociali, evoluție"]))
        d.table(rows)
    if rnd.random() < 0.7:
        spent = rnd.randrange(int(4_000_000 * scale) // 100, int(160_000_000 * scale) // 100) * 100
        chapter = rnd.choice(["68.02", "68.02.05.02", "68.02.50"])
        d.p(f"În anul {y}, cheltuielile bugetului {'județean' if a.level == 'judet' else 'local'} pentru asistență "
            f"socială (capitolul {chapter} „Asigurări și asistență socială”) au fost de {lei_sentence(spent)}, "
            f"reprezentând {rnd.randint(8, 27)},{rnd.randint(0, 9)}% din totalul cheltuielilor.")
        d.total(f"cheltuieli asistență socială {y}", spent, "lei", lei_sentence(spent))


def swot(d: Doc, head: str) -> None:
    rnd = d.rnd
    d.h(head)
    parts = {
        "Puncte tari": ["personal calificat și cu experiență", "existența serviciilor licențiate",
                        "colaborarea bună cu ONG-urile", "sprijinul autorităților locale"],
        "Puncte slabe": ["fluctuația personalului de specialitate", "spații insuficiente",
                         "resurse financiare limitate", "lipsa serviciilor în mediul rural"],
        "Oportunități": ["fonduri europene disponibile prin POIDS și Programul Regional",
                         "finanțări prin PNRR (Componenta 13 – Reforme sociale)", "cadrul legislativ armonizat"],
        "Amenințări": ["îmbătrânirea populației", "migrația forței de muncă", "creșterea costurilor de funcționare",
                       "subfinanțarea cronică a sistemului"],
    }
    if rnd.random() < 0.5:
        keys = list(parts)
        d.table([[keys[0], keys[1]], ["; ".join(parts[keys[0]]), "; ".join(parts[keys[1]])],
                 [keys[2], keys[3]], ["; ".join(parts[keys[2]]), "; ".join(parts[keys[3]])]])
        return
    for k, items in parts.items():
        d.p(k + ":")
        for it in rnd.sample(items, rnd.randint(2, len(items))):
            d.b(it + ";")


def vision_objectives(d: Doc, head: str, targets: list[str]) -> list[tuple[str, list[str]]]:
    rnd, a = d.rnd, d.auth
    d.h(head)
    d.p(f"Viziune: până în anul {d.end}, {a.where} vor funcționa servicii sociale accesibile, de calitate, adaptate "
        "nevoilor reale ale comunității.")
    d.p("Misiune: asigurarea unui sistem integrat de servicii sociale, orientat către beneficiar.")
    chosen = [OBJECTIVES[t] for t in targets] + [OBJECTIVES["capacitate"]]
    form = rnd.choice(["Obiectivul strategic {i}: {os}", "OS {i}. {os}", "{i}. {os}"])
    numbered = rnd.random() < 0.6
    for i, (os, specific) in enumerate(chosen, 1):
        d.p(form.format(i=i, os=os))
        for j, s in enumerate(specific, 1):
            d.p(f"{i}.{j}. {s}") if numbered else d.b(s + ";")
    return chosen


def monitoring(d: Doc, head: str) -> None:
    rnd, a = d.rnd, d.auth
    d.h(head)
    d.p(f"Monitorizarea implementării strategiei se realizează de către o comisie formată din {rnd.randint(3, 7)} "
        f"membri, numită prin dispoziție. {a.short} întocmește anual, până la data de 31 "
        f"{rnd.choice(MONTHS[1:4])}, un raport privind stadiul implementării, prezentat {a.council.replace('Consiliul', 'Consiliului', 1)}.")
    d.p(f"Evaluarea intermediară se va realiza în anul {d.start + (d.end - d.start) // 2}, iar evaluarea finală în "
        f"anul {d.end + 1}. Indicatorii de monitorizare sunt cei prevăzuți în Planul de acțiune.")
