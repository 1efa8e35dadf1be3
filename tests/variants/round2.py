"""Round 2 of the generated variants: other towns, encodings (cp1250, ISO-8859-2, CRLF), layouts and formats
than round 1, and a plan typed without diacritics (see make_variants.py and README.md, "Round 2")."""
from __future__ import annotations

from variant_model import LEFT, UP, El, Tbl, Variant, _svc, bullet, h, p, table, title


def deaccent(text: str) -> str:
    """What a document typed without diacritics prints: 'Județul Timiș' -> 'Judetul Timis'."""
    import unicodedata

    text = text.translate(str.maketrans({"„": '"', "”": '"', "“": '"'}))
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def deaccent_elements(els: list[El]) -> list[El]:
    out = []
    for el in els:
        if el.kind == "table":
            rows = [[c if c in (LEFT, UP) else deaccent(c) for c in row] for row in el.table.rows]
            out.append(El("table", table=Tbl(rows, el.table.header_rows, el.table.widths)))
        else:
            out.append(El(el.kind, deaccent(el.text)))
    return out


_PRINTED_KEYS = ("service_name", "category", "partner", "staff_category", "activity", "organizer", "unit_name")


def deaccent_expected(exp: dict) -> dict:
    """Printed text loses its diacritics; canonical values (document facts, codes, keys) keep theirs."""
    out = {}
    for ds, val in exp.items():
        if ds == "document":
            out[ds] = dict(val)
            continue
        out[ds] = [{k: deaccent(v) if k in _PRINTED_KEYS and isinstance(v, str) else v for k, v in r.items()}
                   for r in val]
    return out


def moinesti_raport_primar_2023() -> tuple[list[El], dict]:
    """Mayor's report of a municipality (Bacău), written as cp1250 with CRLF: counts in sentences of other
    shapes ('S-au acordat N', 'un număr de 1.024 de', 'Număr total beneficiari: 87'), money in millions and
    with decimals, a percentage 'din …', an activity table (Nr. | Activitatea | Număr) with group rows, and
    partnerships stated in sentences (no number, no date)."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL BACĂU"), p("PRIMĂRIA MUNICIPIULUI MOINEȘTI"),
        title("RAPORTUL PRIMARULUI MUNICIPIULUI MOINEȘTI privind starea economică, socială și de mediu a "
              "municipiului pentru anul 2023"),
        h("5. Asistență socială"),
        p("Direcția de Asistență Socială Moinești a gestionat în anul 2023 beneficiile sociale acordate din "
          "bugetul local și din bugetul de stat."),
        p("S-au acordat 312 ajutoare de urgență familiilor afectate de inundațiile din luna iunie."),
        p("Au fost efectuate un număr de 1.024 de anchete sociale la domiciliul solicitanților."),
        bullet("au fost înregistrate 57 de cereri pentru indemnizația de creștere a copilului;"),
        bullet("au fost emise 203 dispoziții de acordare sau încetare a drepturilor;"),
        p("Cantina socială Moinești - Număr total beneficiari: 87."),
        p("Bugetul total al direcției a fost de 2.345.678,50 lei, din care suma de 1,2 milioane lei a fost "
          "destinată plății asistenților personali."),
        p("Rata de soluționare a cererilor a fost de 96,4% din totalul solicitărilor înregistrate."),
        h("Activitatea compartimentelor"),
        table([
            ["Nr. crt.", "Activitatea", "Număr"],
            ["Compartimentul beneficii sociale", LEFT, LEFT],
            ["1.", "Dosare de ajutor pentru încălzirea locuinței", "466"],
            ["2.", "Dosare de alocație pentru susținerea familiei", "138"],
            ["Compartimentul protecția copilului", LEFT, LEFT],
            ["3.", "Anchete sociale pentru copiii cu părinți plecați la muncă în străinătate", "74"],
        ]),
        h("Parteneriate"),
        p("În anul 2023 a fost încheiat un protocol de colaborare cu Inspectoratul Școlar Județean Bacău pentru "
          "prevenirea abandonului școlar."),
        p("Direcția a semnat de asemenea un acord de parteneriat cu Asociația Speranța Trotușului, pentru "
          "servicii de consiliere a vârstnicilor."),
    ]
    exp = {
        "document": dict(doc_type="raport_primar", year=2023, uat="Municipiul Moinești", county="Bacău"),
        "indicators": [
            dict(indicator="ajutoare", value=312.0, year=2023),
            dict(indicator="anchete_sociale", value=1024.0, year=2023),
            dict(indicator="cereri", value=57.0, year=2023),
            dict(indicator="dispozitii", value=203.0, year=2023),
            dict(indicator="beneficiari", value=87.0, year=2023),
            dict(indicator="procent", value=96.4, year=2023),
            dict(indicator="dosare", value=466.0, year=2023),
            dict(indicator="dosare", value=138.0, year=2023),
            dict(indicator="anchete_sociale", value=74.0, year=2023),
        ],
        "totals": [dict(amount=2345678.5), dict(amount=1200000.0)],
        "partnerships": [
            dict(agreement_type="protocol", number_raw=None, date_signed=None,
                 partner="Inspectoratul Școlar Județean Bacău"),
            dict(agreement_type="acord", number_raw=None, date_signed=None,
                 partner="Asociația Speranța Trotușului"),
        ],
    }
    return els, exp


def tecuci_plan_2024() -> tuple[list[El], dict]:
    """Municipality (Galați): capacity printed '40 locuri', occupancy '35 benef. / 87,5%', a code cell merged
    over two rows (vMerge / span), table A continued in a second table without header after a paragraph, a
    'nu este cazul' row, section B with its own header."""
    head = ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Grad de ocupare",
            "Buget local (lei)", "Buget de stat (lei)", "Contribuția beneficiarilor (lei)"]
    w = [0.5, 1.2, 3, 0.9, 1.2, 1, 1, 1.2]
    els = [
        p("ROMÂNIA"), p("JUDEȚUL GALAȚI"), p("MUNICIPIUL TECUCI"), p("DIRECȚIA DE ASISTENȚĂ SOCIALĂ TECUCI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Municipiului Tecuci pentru anul 2024"),
        h("CAPITOLUL I"),
        h("A. Serviciile sociale existente"),
        table([
            head,
            ["1.", "8810 CZ-V-II", "Centrul de zi pentru vârstnici „Siretul”", "40 locuri", "35 benef. / 87,5%",
             "265.000", "-", "4.200"],
            ["2.", "8891 CZ-C-II", "Centrul de zi pentru copii „Ghiocelul”", "30 locuri", "27 benef. / 90%",
             "198.400", "40.000", "-"],
            ["3.", UP, "Centrul de zi pentru copii „Brândușa” Tecuci", "25 locuri", "20 benef. / 80%",
             "176.900", "35.000", "-"],
        ], widths=w),
        p("Tabelul A (continuare)"),
        table([
            ["4.", "8810 ID-I", "Îngrijire la domiciliu pentru persoane vârstnice", "15 locuri",
             "15 benef. / 100%", "142.000", "-", "9.000"],
            ["5.", "-", "Servicii de cazare pentru persoane fără adăpost", "nu este cazul", LEFT, LEFT, LEFT, LEFT],
        ], header_rows=0, widths=w),
        h("B. Serviciile sociale propuse spre a fi înființate în anul 2024"),
        table([
            ["Nr.", "Serviciul social propus", "Cod conform Nomenclatorului", "Grup țintă",
             "Capacitate estimată (nr. locuri)", "Buget local estimat (lei)", "Termen de înființare"],
            ["1.", "Locuință protejată pentru victimele violenței domestice", "8790 CR-VD-III",
             "Victime ale violenței domestice", "8", "154.000", "trim. III 2024"],
        ], widths=[0.5, 3, 1.3, 1.5, 1, 1, 1]),
    ]

    def s(section, name, code, cap, ben, pct, local, state=None, benef=None):
        return dict(section=section, service_name=name, service_code=code, capacity=cap, beneficiaries=ben,
                    occupancy_pct=pct, budget_local_lei=local, budget_state_lei=state,
                    budget_beneficiaries_lei=benef)

    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Municipiul Tecuci", county="Galați"),
        "services": [
            s("existing", "Centrul de zi pentru vârstnici „Siretul”", "8810 CZ-V-II", 40, 35, 87.5, 265000,
              benef=4200),
            s("existing", "Centrul de zi pentru copii „Ghiocelul”", "8891 CZ-C-II", 30, 27, 90.0, 198400,
              state=40000),
            s("existing", "Centrul de zi pentru copii „Brândușa” Tecuci", "8891 CZ-C-II", 25, 20, 80.0, 176900,
              state=35000),
            s("existing", "Îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", 15, 15, 100.0, 142000,
              benef=9000),
            # row 5 'nu este cazul': the authority states it has no such service -> no services row
            s("proposed", "Locuință protejată pentru victimele violenței domestice", "8790 CR-VD-III", 8, None,
              None, 154000),
        ],
    }
    return els, exp


def pascani_plan_2025() -> tuple[list[El], dict]:
    """Municipality (Iași): procurements with CPV printed '85311000 - 2' or without check digit, values in
    'mii lei', months '03.2025' / 'iulie 2025'; a subsidies table in another layout (association and service
    columns, 'mii lei', a TOTAL); chapter II activities table; partnerships table
    'Nr. | Partener | Tip acord | Obiect | Perioada'."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL IAȘI"), p("MUNICIPIUL PAȘCANI"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Municipiului Pașcani pentru anul 2025"),
        h("Parteneriate pentru furnizarea serviciilor sociale"),
        table([
            ["Nr.", "Partener", "Tip acord", "Obiect", "Perioada"],
            ["1.", "Inspectoratul Școlar Județean Iași", "Protocol de colaborare", "Prevenirea abandonului școlar",
             "15.02.2024 – 15.02.2027"],
            ["2.", "Asociația Casa Luminii Pașcani", "Acord de parteneriat", "Centrul de zi pentru copii",
             "01.01.2024 – 31.12.2025"],
            ["3.", "Parohia Sfântul Nicolae Pașcani", "Convenție de colaborare", "Masa caldă pentru vârstnici",
             "nedeterminată"],
        ], widths=[0.5, 2.5, 1.5, 2.5, 1.5]),
        h("CAPITOLUL I"),
        h("A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)"],
            ["1.", "8730 CR-V-I", "Căminul pentru persoane vârstnice „Sf. Ilie” Pașcani", "48", "1.850.000"],
            ["2.", "8899 CZ-F-I", "Centrul de consiliere pentru familie Pașcani", "30", "96.000"],
        ], widths=[0.5, 1.2, 3, 1, 1.2]),
        h("C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
        table([
            ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată (mii lei, fără TVA)",
             "Sursa de finanțare", "Data estimată pentru inițierea procedurii",
             "Data estimată pentru atribuirea contractului", "Modalitatea de atribuire"],
            ["1.", "Servicii sociale cu cazare pentru persoane vârstnice", "85311000 - 2", "312,5", "Buget local",
             "03.2025", "iulie 2025", "Licitație deschisă"],
            ["2.", "Servicii de consiliere fără cazare pentru familii cu copii", "85312000", "48", "Buget local",
             "05.2025", "august 2025", "Procedură simplificată"],
        ], widths=[0.5, 3, 1.2, 1.2, 1, 1.1, 1.1, 1.2]),
        h("D. Programul de subvenționare a asociațiilor și fundațiilor, în baza Legii nr. 34/1998"),
        table([
            ["Nr. crt.", "Asociația / Fundația", "Serviciul social subvenționat", "Cod serviciu",
             "Nr. beneficiari", "Subvenția anuală (mii lei)"],
            ["1.", "Asociația Casa Luminii Pașcani", "Centrul de zi pentru copii „Curcubeu”", "8891 CZ-C-II", "25",
             "86,4"],
            ["2.", "Fundația Sfântul Ioan Iași", "Cantina socială Sfântul Ioan", "8899 CPDH-I", "60", "129,6"],
            ["TOTAL", LEFT, LEFT, LEFT, "85", "216"],
        ], widths=[0.5, 2, 2.5, 1.2, 1, 1.2]),
        h("Capitolul II. Planificarea activităților de informare a publicului cu privire la serviciile sociale"),
        table([
            ["Nr.", "Activitate", "Perioada", "Organizator", "Buget"],
            ["1.", "Campania „Nu ești singur” de informare a vârstnicilor privind îngrijirea la domiciliu",
             "martie – aprilie 2025", "Direcția de Asistență Socială Pașcani", "2.500 lei"],
            ["2.", "Ziua porților deschise la Centrul de zi pentru copii „Curcubeu”", "1 iunie 2025",
             "Asociația Casa Luminii Pașcani", "fără costuri"],
            ["3.", "Distribuirea de pliante privind prevenirea violenței domestice", "trimestrial",
             "Compartimentul protecția copilului", "1.200 lei"],
        ], widths=[0.5, 4, 1.5, 2, 1]),
    ]
    exp = {
        "document": dict(doc_type="plan_anual", year=2025, uat="Municipiul Pașcani", county="Iași"),
        "services": [
            _svc("existing", "Căminul pentru persoane vârstnice „Sf. Ilie” Pașcani", "8730 CR-V-I", 48,
                 local=1850000),
            _svc("existing", "Centrul de consiliere pentru familie Pașcani", "8899 CZ-F-I", 30, local=96000),
        ],
        "procurements": [
            dict(cpv_code="85311000-2", estimated_value_lei=312500.0, procedure="Licitație deschisă"),
            dict(cpv_code="85312000-9", estimated_value_lei=48000.0, procedure="Procedură simplificată"),
        ],
        "subsidies": [
            dict(service_code="8891 CZ-C-II", amount_lei=86400.0),
            dict(service_code="8899 CPDH-I", amount_lei=129600.0),
        ],
        "totals": [dict(amount=216000.0, matches=True)],
        "activities": [
            dict(activity="Campania „Nu ești singur” de informare a vârstnicilor privind îngrijirea la domiciliu",
                 period_raw="martie – aprilie 2025", organizer="Direcția de Asistență Socială Pașcani",
                 budget_raw="2.500 lei"),
            dict(activity="Ziua porților deschise la Centrul de zi pentru copii „Curcubeu”",
                 period_raw="1 iunie 2025", organizer="Asociația Casa Luminii Pașcani", budget_raw="fără costuri"),
            dict(activity="Distribuirea de pliante privind prevenirea violenței domestice", period_raw="trimestrial",
                 organizer="Compartimentul protecția copilului", budget_raw="1.200 lei"),
        ],
        "partnerships": [
            dict(agreement_type="protocol", partner="Inspectoratul Școlar Județean Iași", number_raw=None,
                 date_signed="2024-02-15", valid_until_raw="15.02.2027"),
            dict(agreement_type="acord", partner="Asociația Casa Luminii Pașcani", number_raw=None,
                 date_signed="2024-01-01", valid_until_raw="31.12.2025"),
            dict(agreement_type="conventie", partner="Parohia Sfântul Nicolae Pașcani", number_raw=None,
                 date_signed=None, valid_until_raw="nedeterminată"),
        ],
    }
    return els, exp


def mizil_plan_2024_scan() -> tuple[list[El], dict]:
    """Town (Prahova): one scanned page (image-only PDF, 200 dpi, blur + speckle) with a small services table."""
    els = [
        p("ROMÂNIA - JUDEȚUL PRAHOVA - PRIMĂRIA ORAȘULUI MIZIL"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Mizil pentru anul 2024"),
        h("A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Buget local (lei)"],
            ["1.", "8810 ID-I", "Îngrijire la domiciliu pentru vârstnici Mizil", "20", "118.500"],
            ["2.", "8899 CPDH-I", "Cantina socială Mizil", "75", "236.400"],
            ["3.", "8891 CZ-C-II", "Centrul de zi pentru copii Licurici", "30", "204.700"],
        ], widths=[0.7, 1.4, 3.4, 1, 1.3]),
    ]
    exp = {
        "document": dict(format="pdf_ocr", doc_type="plan_anual", year=2024, uat="Orașul Mizil", county="Prahova"),
        "services": [
            _svc("existing", "Îngrijire la domiciliu pentru vârstnici Mizil", "8810 ID-I", 20, local=118500),
            _svc("existing", "Cantina socială Mizil", "8899 CPDH-I", 75, local=236400),
            _svc("existing", "Centrul de zi pentru copii Licurici", "8891 CZ-C-II", 30, local=204700),
        ],
    }
    return els, exp


def sannicolau_mare_plan_2024() -> tuple[list[El], dict]:
    """Town (Timiș): occupancy as a bare percentage under 'Grad de ocupare (%)', partnerships in sentences
    (one with number and date after the partner), trainings. Written as ISO-8859-2 + CRLF, and again
    without any diacritics."""
    els = [
        p("ROMÂNIA"), p("JUDEȚUL TIMIȘ"), p("ORAȘUL SÂNNICOLAU MARE"),
        title("PLANUL ANUAL DE ACȚIUNE privind serviciile sociale administrate și finanțate din bugetul "
              "Consiliului Local al Orașului Sânnicolau Mare pentru anul 2024"),
        p("În anul 2023 a fost încheiat un protocol de colaborare cu Inspectoratul Școlar Județean Timiș pentru "
          "consilierea elevilor din familii vulnerabile."),
        p("Primăria Orașului Sânnicolau Mare are în derulare un acord de parteneriat cu Asociația Prietenii "
          "Bătrânilor Banat, nr. 907/03.04.2023."),
        h("CAPITOLUL I. A. Serviciile sociale existente"),
        table([
            ["Nr. crt.", "Denumirea serviciului social", "Cod serviciu social", "Capacitate",
             "Grad de ocupare (%)", "Buget local (lei)", "Buget de stat (lei)"],
            ["1.", "Centrul de zi pentru persoane vârstnice Sânnicolau Mare", "8810 CZ-V-II", "35", "91,4",
             "221.300", "-"],
            ["2.", "Serviciul de îngrijire la domiciliu", "8810 ID-I", "18", "100", "96.750", "12.000"],
            ["3.", "Centrul de zi pentru copii Mureșul", "8891 CZ-C-II", "25", "88", "183.600", "48.000"],
        ]),
        h("Capitolul III. Programul de formare și îndrumare metodologică a personalului"),
        p("a) cursuri de perfecționare"),
        table([
            ["Nr. crt.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
            ["1.", "Asistent social", "2", "2.400 lei"],
            ["2.", "Îngrijitor la domiciliu", "4", "3.200 lei"],
        ]),
    ]

    def s(name, code, cap, pct, local, state=None):
        return dict(section="existing", service_name=name, service_code=code, capacity=cap, occupancy_pct=pct,
                    beneficiaries=None, budget_local_lei=local, budget_state_lei=state)

    exp = {
        "document": dict(doc_type="plan_anual", year=2024, uat="Orașul Sânnicolau Mare", county="Timiș"),
        "services": [
            s("Centrul de zi pentru persoane vârstnice Sânnicolau Mare", "8810 CZ-V-II", 35, 91.4, 221300),
            s("Serviciul de îngrijire la domiciliu", "8810 ID-I", 18, 100.0, 96750, 12000),
            s("Centrul de zi pentru copii Mureșul", "8891 CZ-C-II", 25, 88.0, 183600, 48000),
        ],
        "trainings": [
            dict(training_kind="perfectionare", staff_category="Asistent social", persons=2, budget_lei=2400.0),
            dict(training_kind="perfectionare", staff_category="Îngrijitor la domiciliu", persons=4,
                 budget_lei=3200.0),
        ],
        "partnerships": [
            dict(agreement_type="protocol", number_raw=None, date_signed=None,
                 partner="Inspectoratul Școlar Județean Timiș"),
            dict(agreement_type="acord", number_raw="907", date_signed="2023-04-03",
                 partner="Asociația Prietenii Bătrânilor Banat"),
        ],
    }
    return els, exp


def falticeni_raport_das_2024() -> tuple[list[El], dict]:
    """Yearly activity report of a directorate (Suceava), typed with cedilla diacritics (ş ţ): a report table
    'Serviciul | Activitatea | Indicator / Număr' whose service cell is merged down over its rows, the noun
    before the number ('în număr de 146'), a number word ('douăsprezece'), a percentage and money, and
    partnerships in sentences with the act (articled, 'acordul … nr. …') before the partner."""
    els = [
        p("MUNICIPIUL FĂLTICENI - JUDEŢUL SUCEAVA"),
        title("RAPORT DE ACTIVITATE al Direcţiei de Asistenţă Socială Fălticeni pentru anul 2024"),
        h("1. Activitatea serviciilor"),
        table([
            ["Serviciul", "Activitatea", "Indicator / Număr"],
            ["Serviciul beneficii sociale", "Dosare de venit minim de incluziune instrumentate", "342"],
            [UP, "Plăţi lunare efectuate pentru alocaţia de susţinere a familiei", "1.180"],
            ["Serviciul protecţia copilului", "Copii aflaţi în evidenţă cu părinţi plecaţi în străinătate", "219"],
            ["Compartimentul persoane vârstnice", "Beneficiari ai serviciului de îngrijire la domiciliu", "64"],
        ], widths=[2, 4, 1]),
        h("2. Alte date"),
        p("Persoanele cu handicap grav, în număr de 146, au beneficiat de asistent personal."),
        p("Au fost organizate douăsprezece campanii de informare în şcolile din municipiu."),
        p("Gradul de ocupare al Centrului de zi pentru vârstnici a fost de 87,5% din capacitate."),
        p("Cheltuielile cu ajutoarele pentru încălzirea locuinţei au însumat 412.560,75 lei."),
        h("3. Parteneriate"),
        p("În anul 2024 Direcţia a încheiat acordul de parteneriat nr. 1.275/18.03.2024 cu Fundaţia Sfântul "
          "Ioan cel Nou Suceava, pentru hrana vârstnicilor singuri."),
        p("De asemenea, este în vigoare protocolul de colaborare nr. 88/09.01.2024 cu Poliţia Municipiului "
          "Fălticeni."),
    ]
    exp = {
        "document": dict(year=2024, uat="Municipiul Fălticeni", county="Suceava"),
        "indicators": [
            dict(indicator="dosare", value=342.0, year=2024),
            dict(indicator="plati", value=1180.0, year=2024),
            dict(indicator="copii", value=219.0, year=2024),
            dict(indicator="beneficiari", value=64.0, year=2024),
            dict(indicator="persoane", value=146.0, year=2024),
            dict(indicator="campanii", value=12.0, year=2024),
            dict(indicator="procent", value=87.5, year=2024),
        ],
        "totals": [dict(amount=412560.75)],
        "partnerships": [
            dict(agreement_type="acord", number_raw="1.275", date_signed="2024-03-18",
                 partner="Fundația Sfântul Ioan cel Nou Suceava"),
            dict(agreement_type="protocol", number_raw="88", date_signed="2024-01-09",
                 partner="Poliția Municipiului Fălticeni"),
        ],
    }
    return els, exp


def round2_variants() -> list[Variant]:
    out: list[Variant] = []
    els, exp = moinesti_raport_primar_2023()
    out.append(Variant("moinesti_raport_primar_2023_cp1250", "txt_tsv", els, exp, encoding="cp1250",
                       newline="\r\n"))
    els, exp = tecuci_plan_2024()
    out.append(Variant("tecuci_plan_2024_docx", "docx", els, exp))
    out.append(Variant("tecuci_plan_2024_pdf", "pdf", els, exp))
    els, exp = pascani_plan_2025()
    out.append(Variant("pascani_plan_2025", "txt_tsv", els, exp))
    out.append(Variant("pascani_plan_2025_docx", "docx", els, exp))
    els, exp = mizil_plan_2024_scan()
    out.append(Variant("mizil_plan_2024_scan", "scan", els, exp))
    els, exp = sannicolau_mare_plan_2024()
    out.append(Variant("sannicolau_mare_plan_2024_latin2", "txt_tsv", els, exp, encoding="iso-8859-2",
                       newline="\r\n"))
    out.append(Variant("sannicolau_mare_plan_2024_fara_diacritice", "txt_cells", deaccent_elements(els),
                       deaccent_expected(exp)))
    els, exp = falticeni_raport_das_2024()
    out.append(Variant("falticeni_raport_das_2024_cells", "txt_cells", els, exp))
    out.append(Variant("falticeni_raport_das_2024_docx", "docx", els, exp))
    return out
