"""The social-assistance chapter of the mayor's report (``mayor_state.py``; the assumptions behind its expected
values are in that module's docstring): the unit, its benefits, disability, centres, child protection, services
contracted with NGOs, campaigns and trainings, partnerships; each part drawn as sentences, bullets or a table."""
from __future__ import annotations

from .mayor_base import Report, grp as _grp, money as _money

__all__ = ["Social", "county_partners"]

def _social_unit(r: Report) -> str:
    pl, rnd = r.place, r.rnd
    if pl.kind == "comuna":
        return rnd.choice(["Compartimentul de asistență socială", "Compartimentul Asistență Socială și Autoritate "
                           "Tutelară", f"Serviciul Public de Asistență Socială {pl.short}"])
    if pl.kind == "oras":
        return rnd.choice([f"Serviciul Public de Asistență Socială {pl.short}", "Compartimentul de asistență "
                           "socială", f"Direcția de Asistență Socială {pl.short}"])
    if pl.kind == "municipiu":
        return rnd.choice([f"Direcția de Asistență Socială {pl.short}", f"Direcția Generală de Asistență Socială "
                           f"{pl.short}", f"Serviciul Public de Asistență Socială {pl.short}"])
    n = pl.short.split()[-1]
    return f"Direcția Generală de Asistență Socială și Protecția Copilului Sector {n}"


def county_partners(r: Report) -> list[str]:
    c = r.place.county
    if c == "București":
        return ["Agenția pentru Plăți și Inspecție Socială a Municipiului București",
                "Direcția Generală de Poliție a Municipiului București",
                "Inspectoratul Școlar al Municipiului București",
                "Agenția Municipală pentru Ocuparea Forței de Muncă București",
                "Direcția de Sănătate Publică a Municipiului București"]
    return [f"Agenția Județeană pentru Plăți și Inspecție Socială {c}", f"Inspectoratul de Poliție Județean {c}",
            f"Inspectoratul Școlar Județean {c}", f"Agenția Județeană pentru Ocuparea Forței de Muncă {c}",
            f"Direcția Generală de Asistență Socială și Protecția Copilului {c}",
            f"Centrul Județean de Resurse și de Asistență Educațională {c}"]


_NGOS = ["Asociația „Speranța pentru Viitor”", "Fundația „Inimă de Copil”", "Asociația „Casa Bunicilor”",
         "Asociația „Zâmbet de Copil”", "Fundația Crucea Alb-Galbenă România", "Asociația Caritas Mitropolitan",
         "Asociația „Pentru Voi”", "Fundația World Vision România", "Asociația „Noi Orizonturi”",
         "Fundația „Sfântul Ioan cel Milostiv”", "Asociația Filantropia Ortodoxă", "Fundația Principesa Margareta a "
         "României", "Asociația „Copiii Noștri”", "Asociația Banca pentru Alimente"]
_CENTRES = [  # (name pattern, code, capacity range)
    ("Centrul de zi pentru persoane vârstnice „{n}”", "8810 CZ-V-I", (20, 60)),
    ("Clubul seniorilor „{n}”", "8810 CZ-V-II", (25, 80)),
    ("Centrul de zi pentru copii „{n}”", "8891 CZ-C-II", (15, 50)),
    ("Centrul de zi de recuperare pentru copii cu dizabilități „{n}”", "8891 CZ-C-III", (10, 40)),
    ("Cantina socială „{n}”", "8899 CPDH-I", (40, 200)),
    ("Serviciul de îngrijire la domiciliu „{n}”", "8810 ID-I", (20, 120)),
    ("Căminul pentru persoane vârstnice „{n}”", "8730 CR-V-I", (20, 90)),
]
_CENTRE_NAMES = ["Speranța", "Sf. Maria", "Bucuria", "Floare de Colț", "Raza de Soare", "Sfântul Nicolae",
                 "Casa Ana", "Anotimpuri", "Izvorul", "Prietenia", "Licurici", "Dor de Viață"]


class Social:
    """The social chapter's parts; each writes elements and facts into the report."""

    def __init__(self, r: Report):
        self.r = r
        self.unit = _social_unit(r)
        self.partners = county_partners(r)
        self.sub = r.rnd.random() < 0.5  # sub-headings inside the chapter
        self.staff = 0

    def subhead(self, text: str) -> None:
        if self.sub:
            self.r.h(text)

    def opener(self) -> None:
        r, u = self.r, self.unit
        staff = r.k(3, 10, 0.8) if r.place.kind != "comuna" else r.rnd.randint(1, 5)
        self.staff = staff
        rel = "în subordinea Consiliului Local" if u.startswith("Direcția") else \
            "în cadrul aparatului de specialitate al primarului"
        if staff > 1:
            r.p(f"{u} funcționează {rel} și are un număr de {r.num.count(staff, 'angajați')}. Activitatea sa "
                f"vizează prevenirea și combaterea marginalizării sociale.")
            r.indicator("personal", f"{u} - angajați", staff, "persoane", "")
        else:
            r.p(f"{u} funcționează {rel}; activitatea este asigurată de un singur referent.")

    def benefits(self) -> None:
        r, u, n, rnd = self.r, self.unit, self.r.num, self.r.rnd
        self.subhead(rnd.choice(["Beneficii de asistență socială", "Prestații sociale"]))
        vmi = "venitul minim de incluziune" if r.year >= 2024 else "ajutorul social acordat în baza Legii nr. 416/2001"
        fam, anc = r.k(5, 60), r.k(50, 300)
        style = rnd.choice(["sentences", "bullets", "table"])
        if style == "table":
            rows = [["Nr. crt.", "Tipul beneficiului", rnd.choice(["Nr. beneficiari", "Număr beneficiari"]),
                     rnd.choice(["Suma plătită (lei)", "Sume achitate (lei)"])]]
            # (benefit, beneficiaries per 10,000 inhabitants, lei a beneficiary a year)
            kinds = [("Venit minim de incluziune" if r.year >= 2024 else "Ajutor social (Legea nr. 416/2001)",
                      (5, 60), (2500, 7000)), ("Ajutoare pentru încălzirea locuinței", (30, 300), (300, 1500)),
                     ("Ajutoare de urgență", (2, 20), (300, 2500)),
                     ("Indemnizații pentru persoanele cu handicap grav", (20, 60), (11000, 16000)),
                     ("Ajutoare de înmormântare", (2, 10), (800, 2600))]
            tb = tl = 0
            for i, (k, (blo, bhi), (lo, hi)) in enumerate(rnd.sample(kinds, rnd.randint(3, 5)), 1):
                b = r.k(blo, bhi)
                v = b * rnd.randint(lo, hi)  # whole lei in a table: beneficiaries × a year's amount
                rows.append([f"{i}.", k, _grp(b), _grp(v) + ",00"])
                r.indicator("beneficiari", f"{u} - {k}", b, "persoane", "")
                r.indicator("suma_platita", f"{u} - {k}", v, "lei", "")
                tb, tl = tb + b, tl + v
            if rnd.random() < 0.6:
                rows.append(["", "TOTAL", _grp(tb), _grp(tl) + ",00"])
                r.total("beneficii sociale: total beneficiari", tb, "beneficiaries", _grp(tb))
                r.total("beneficii sociale: total sume plătite", tl, "lei", _grp(tl))
            r.p(f"Situația beneficiilor sociale acordate prin {u} în anul {r.year}:")
            r.table(rows)
        elif style == "bullets":
            r.p(f"În anul {r.year}, {u} a instrumentat următoarele:")
            r.b(f"familii beneficiare de {vmi}: {_grp(fam)};")
            r.b(f"anchete sociale efectuate: {_grp(anc)};")
            r.indicator("familii", f"{u} - familii beneficiare de {vmi}", fam, "familii", "")
            r.indicator("anchete_sociale", f"{u} - anchete sociale", anc, "anchete", "")
        else:
            r.p(f"Un număr de {n.count(fam, 'familii', True)} au beneficiat de {vmi}, iar pentru stabilirea "
                f"dreptului au fost efectuate {n.count(anc, 'anchete sociale', True)}"
                + (f", față de {_grp(anc - rnd.randint(1, 20))} în anul {r.year - 1}." if rnd.random() < 0.3 else "."))
            r.indicator("familii", f"{u} - familii beneficiare de {vmi}", fam, "familii", "")
            r.indicator("anchete_sociale", f"{u} - anchete sociale", anc, "anchete", "")
        if style != "table":
            heat = r.k(30, 400)
            aju = r.k(2, 30, 0.6)
            val, c = _money(rnd, aju * 300, aju * 2500)
            r.p(f"Pentru încălzirea locuinței au fost depuse {n.count(heat, 'cereri', True)}. Au fost acordate "
                f"{n.count(aju, 'ajutoare de urgență')} în valoare totală de {n.lei(val, c)}.")
            r.indicator("cereri", f"{u} - cereri pentru încălzirea locuinței", heat, "cereri", "")
            r.indicator("ajutoare", f"{u} - ajutoare de urgență", aju, "ajutoare", "")
            r.total("ajutoare de urgență: valoare totală", val + c / 100, "lei", n.lei(val, c))
        dos = max(12, r.k(50, 200))
        if rnd.random() < 0.5:
            a, b2 = rnd.randint(5, dos - 5), 0
            b2 = dos - a
            r.p(f"În evidență se aflau {n.count(dos, 'dosare')} de alocație pentru susținerea familiei / "
                f"alocație de stat, din care:")
            r.b(f"{_grp(a)} pentru familii monoparentale;")
            r.b(f"{_grp(b2)} pentru familii cu ambii părinți.")
            r.total("dosare alocații (total)", dos, "other", str(dos))
            r.total("dosare alocații: familii monoparentale", a, "other", str(a))
            r.total("dosare alocații: familii cu ambii părinți", b2, "other", str(b2))
        else:
            r.p(f"Au fost întocmite și transmise către {self.partners[0]} {n.count(dos, 'dosare')} pentru "
                f"alocația de stat și indemnizația pentru creșterea copilului.")
        r.indicator("dosare", f"{u} - dosare", dos, "dosare", "")

    def disability(self) -> None:
        r, u, n, rnd = self.r, self.unit, self.r.num, self.r.rnd
        self.subhead("Protecția persoanelor cu dizabilități")
        ap, ind = r.k(15, 50), r.k(30, 80)
        pay, c = _money(rnd, ap * 30_000 + ind * 11_000, ap * 45_000 + ind * 15_000)
        r.p(f"La sfârșitul anului erau angajați {n.count(ap, 'asistenți personali')} ai persoanelor cu handicap "
            f"grav, iar {n.count(ind, 'persoane', True)} cu handicap grav au optat pentru indemnizația lunară.")
        r.indicator("asistenti", f"{u} - asistenți personali ai persoanelor cu handicap grav", ap, "persoane", "")
        r.indicator("persoane", f"{u} - persoane cu handicap grav cu indemnizație lunară", ind, "persoane", "")
        if rnd.random() < 0.6:
            money, amount = n.lei(pay, c), pay + c / 100
        else:  # in thousands, one decimal: whole hundreds of lei
            money, amount = f"{_grp(pay // 1000)},{pay % 1000 // 100} mii lei", (pay // 100) * 100
            r.mii = True
        r.p(f"Suma plătită din bugetul local pentru salariile asistenților personali și indemnizații a fost de "
            f"{money}.")
        r.total("asistenți personali și indemnizații: sume plătite", amount, "lei", money)

    def centres(self) -> None:
        r, u, n, rnd = self.r, self.unit, self.r.num, self.r.rnd
        self.subhead(rnd.choice(["Servicii sociale", "Servicii sociale furnizate"]))
        picks = rnd.sample(_CENTRES, rnd.randint(1, 2) if r.place.kind == "comuna" else rnd.randint(2, 4))
        names = rnd.sample(_CENTRE_NAMES, len(picks))
        facts = []
        for (pat, code, (lo, hi)), nm in zip(picks, names):
            cap = rnd.randint(lo, hi)
            facts.append((pat.format(n=nm), code, cap, rnd.randint(cap // 2, cap + cap // 3)))
        if rnd.random() < 0.5:  # a table of services: the services dataset
            with_code = rnd.random() < 0.5
            head = ["Nr. crt.", rnd.choice(["Denumirea serviciului social", "Serviciul social"])]
            head += ["Cod serviciu"] if with_code else []
            head += [rnd.choice(["Capacitate (nr. locuri)", "Nr. locuri", "Capacitate"]),
                     rnd.choice([f"Nr. beneficiari {r.year}", "Număr beneficiari", "Beneficiari asistați"])]
            rows = [head]
            for i, (name, code, cap, ben) in enumerate(facts, 1):
                rows.append([f"{i}.", name] + ([code] if with_code else []) + [str(cap), str(ben)])
                r.services.append({"section": "existing", "row_no_raw": f"{i}.", "service_name": name,
                                   "code_raw": code if with_code else None,
                                   "service_code": code if with_code else None, "capacity": cap,
                                   "capacity_raw": str(cap), "beneficiaries": ben})
            r.p(f"În subordinea {u.replace('Direcția', 'Direcției').replace('Serviciul', 'Serviciului').replace('Compartimentul', 'Compartimentului')} "
                f"funcționează următoarele servicii sociale licențiate:")
            r.table(rows)
        else:
            for name, code, cap, ben in facts:
                r.p(f"{name} are o capacitate de {n.count(cap, 'locuri')} și a asigurat în anul {r.year} servicii "
                    f"pentru {n.count(ben, 'beneficiari')}.")
                r.indicator("capacitate_locuri", f"{name} - locuri", cap, "locuri", "")
                r.indicator("beneficiari", f"{name} - beneficiari", ben, "persoane", "")

    def children(self) -> None:
        r, u, n, rnd = self.r, self.unit, self.r.num, self.r.rnd
        self.subhead(rnd.choice(["Protecția copilului", "Protecția copilului și a familiei"]))
        ab, cz, pl = r.k(20, 80), r.k(3, 20), r.k(1, 8)
        items = [("copii cu părinți plecați la muncă în străinătate", "copii", ab, "copii",
                  "Se aflau în evidență {c} cu părinți plecați la muncă în străinătate, monitorizați trimestrial."),
                 ("cazuri de violență domestică", "cazuri", cz, "cazuri",
                  "Au fost semnalate și instrumentate {c} de violență domestică."),
                 ("copii pentru care s-a propus o măsură de protecție specială", "copii", pl, "copii",
                  "Pentru {c} s-a propus Comisiei pentru Protecția Copilului o măsură de protecție specială.")]
        if rnd.random() < 0.5:
            r.p("În domeniul protecției copilului, situația se prezintă astfel:")
            for phrase, noun, v, unit, _ in items:
                r.b(f"{phrase[0].upper() + phrase[1:]}: {_grp(v)};")
                r.indicator(noun, f"{u} - {phrase}", v, unit, "")
        else:
            for phrase, noun, v, unit, sentence in items:
                r.p(sentence.format(c=n.count(v, noun)))
                r.indicator(noun, f"{u} - {phrase}", v, unit, "")

    def ngo_services(self) -> None:
        r, u, n, rnd = self.r, self.unit, self.r.num, self.r.rnd
        ngo = rnd.choice(_NGOS)
        d, iso = r.date()
        num = str(rnd.randint(1, 9999))
        pers = r.k(10, 40, 0.5)
        kind, word = rnd.choice([("contract", "contractului de servicii sociale"),
                                 ("conventie", "convenției de colaborare")])
        r.p(f"În baza {word} nr. {num}/{d} încheiat{'ă' if kind == 'conventie' else ''} cu {ngo}, au primit "
            f"servicii de îngrijire la domiciliu {n.count(pers, 'persoane vârstnice', True)}.")
        r.partner(kind, ngo, num, iso)
        # the unit that contracted the service or the NGO that provided it (the corpus gold names the NGO)
        r.indicator("persoane", f"{u} - persoane vârstnice || {ngo} - persoane vârstnice", pers, "persoane", "")
        if rnd.random() < 0.6:
            ngo2 = rnd.choice([x for x in _NGOS if x != ngo])
            v, c = _money(rnd, 20_000, 400_000)
            r.p(f"În baza Legii nr. 34/1998, Consiliul Local a acordat subvenții în valoare de {n.lei(v, c)} "
                f"pentru {ngo2}, care a asigurat servicii unui număr de {n.count(rnd.randint(10, 80), 'beneficiari')} "
                f"în centrul său de zi.")
            r.total("subvenții Legea 34/1998", v + c / 100, "lei", n.lei(v, c))

    def campaigns(self) -> None:
        r, u, n, rnd = self.r, self.unit, self.r.num, self.r.rnd
        camp, mat = r.k(2, 6, 0.4), r.k(200, 1500, 0.6)
        r.p(f"Au fost derulate {n.count(camp, 'campanii', True)} de informare privind drepturile sociale și "
            f"prevenirea violenței domestice, fiind distribuite {n.count(mat, 'pliante')}.")
        r.indicator("campanii", f"{u} - campanii de informare", camp, "campanii", "")
        r.indicator("materiale_informative", f"{u} - pliante", mat, "pliante", "")
        if self.staff < 2:
            return
        staff = rnd.randint(2, self.staff)
        r.p(f"Un număr de {n.count(staff, 'angajați')} au participat la cursuri de perfecționare profesională.")
        r.indicator("personal", f"{u} - angajați participanți la cursuri de perfecționare", staff, "persoane", "")

    def partnerships(self) -> None:
        r, u, rnd = self.r, self.unit, self.r.rnd
        self.subhead(rnd.choice(["Parteneriate", "Colaborări și parteneriate"]))
        chosen = rnd.sample(self.partners, 2) + rnd.sample(_NGOS, rnd.randint(1, 3))
        kinds = [("protocol", "Protocol de colaborare"), ("acord", "Acord de parteneriat"),
                 ("conventie", "Convenție de colaborare")]
        style = rnd.choice(["list", "partner_first", "sentence", "table"])
        rows = [["Nr. crt.", "Partener", "Tipul documentului", "Nr./data", "Obiectul colaborării"]]
        r.p(f"{u} a colaborat pe baza unor acorduri încheiate cu:" if style != "sentence" else
            f"{u} a dezvoltat parteneriate cu instituții și organizații neguvernamentale.")
        for i, partner in enumerate(chosen, 1):
            kind, label = rnd.choice(kinds)
            d, iso = r.date()
            numbered = rnd.random() < 0.7
            num = str(rnd.randint(10, 19999)) if numbered else None
            nr = f" nr. {num}/{d}" if numbered else ""
            goal = rnd.choice(["prevenirea abandonului școlar", "sprijinirea persoanelor vârstnice singure",
                               "distribuirea de alimente", "prevenirea violenței în familie"])
            if style == "list":
                r.b(f"{label}{nr} cu {partner} – {goal};")
            elif style == "partner_first":
                r.b(f"{partner} – {label.lower()}{nr}, privind {goal};")
            elif style == "sentence":
                r.p(f"A fost încheiat{'ă' if kind == 'conventie' else ''} {label.lower().replace('protocol', 'un protocol').replace('acord ', 'un acord ').replace('convenție', 'o convenție')}"
                    f"{nr} cu {partner}, având ca obiect {goal}.")
            else:
                rows.append([f"{i}.", partner, label, f"{num}/{d}" if numbered else "", goal])
            r.partner(kind, partner, num, iso if numbered else None)
        if style == "table":
            r.table(rows)

