"""Vocabulary of the prose extractor (see ``docs/indicators.md``, which documents every key here).

Everything is keyed on lemmas (spaCy's Romanian lookup lemmas, lower case, with diacritics) and, as a
fallback for forms the lookup table does not know, on diacritics-free surface forms. Nothing here names
one document's services or places: these are the words any Romanian report uses for what it counts.
"""
from __future__ import annotations

# lemma -> (indicator key, unit). The unit is the counted thing, in the plural the documents print.
COUNTED: dict[str, tuple[str, str]] = {
    # people
    "beneficiar": ("beneficiari", "persoane"),
    "persoană": ("persoane", "persoane"),
    "copil": ("copii", "copii"),
    "tânăr": ("tineri", "persoane"),
    "adult": ("persoane", "persoane"),
    "vârstnic": ("persoane", "persoane"),
    "elev": ("elevi", "persoane"),
    "mamă": ("persoane", "persoane"),
    "părinte": ("persoane", "persoane"),
    "victimă": ("persoane", "persoane"),
    "agresor": ("persoane", "persoane"),
    "familie": ("familii", "familii"),
    "cuplu": ("familii", "familii"),
    "locuitor": ("locuitori", "persoane"),
    "cetățean": ("locuitori", "persoane"),
    "participant": ("participanti", "persoane"),
    "voluntar": ("voluntari", "persoane"),
    "angajat": ("personal", "persoane"),
    "salariat": ("personal", "persoane"),
    "asistent": ("asistenti", "persoane"),
    "specialist": ("personal", "persoane"),
    # case work and paperwork
    "dosar": ("dosare", "dosare"),
    "cerere": ("cereri", "cereri"),
    "solicitare": ("solicitari", "solicitări"),
    "certificat": ("certificate_emise", "certificate"),
    "anchetă": ("anchete_sociale", "anchete"),
    "caz": ("cazuri", "cazuri"),
    "raport": ("rapoarte", "rapoarte"),
    "propunere": ("propuneri", "propuneri"),
    "decizie": ("decizii", "decizii"),
    "dispoziție": ("dispozitii", "dispoziții"),
    "sesizare": ("sesizari", "sesizări"),
    "petiție": ("petitii", "petiții"),
    "audiență": ("audiente", "audiențe"),
    "adeverință": ("adeverinte", "adeverințe"),
    "autorizație": ("autorizatii", "autorizații"),
    "aviz": ("avize", "avize"),
    "act": ("acte", "acte"),
    "încuviințare": ("incuviintari_adoptie", "hotărâri"),
    "încredințare": ("incredintari_adoptie", "hotărâri"),
    "plan": ("planuri", "planuri"),
    "evaluare": ("evaluari", "evaluări"),
    "reevaluare": ("evaluari", "evaluări"),
    # activity
    "apel": ("apeluri", "apeluri"),
    "intervenție": ("interventii", "intervenții"),
    "transport": ("transporturi", "transporturi"),
    "deplasare": ("deplasari", "deplasări"),
    "vizită": ("vizite", "vizite"),
    "ședință": ("sedinte", "ședințe"),
    "sesiune": ("sesiuni", "sesiuni"),
    "răspuns": ("raspunsuri", "răspunsuri"),
    "acțiune": ("actiuni", "acțiuni"),
    "control": ("controale", "controale"),
    "verificare": ("verificari", "verificări"),
    "sancțiune": ("sanctiuni", "sancțiuni"),
    "avertisment": ("avertismente", "avertismente"),
    "proces-verbal": ("procese_verbale", "procese-verbale"),
    "campanie": ("campanii", "campanii"),
    # what an information campaign hands out
    "pliant": ("materiale_informative", "pliante"),
    "broșură": ("materiale_informative", "broșuri"),
    "afiș": ("materiale_informative", "afișe"),
    "eveniment": ("evenimente", "evenimente"),
    "activitate": ("activitati", "activități"),
    "curs": ("cursuri", "cursuri"),
    "oră": ("ore", "ore"),  # hours of work done: '1.610 ore de muncă în folosul comunității'
    "plată": ("plati", "plăți"),
    "tichet": ("tichete", "tichete"),
    "pachet": ("pachete", "pachete"),
    "colet": ("colete", "colete"),
    "ajutor": ("ajutoare", "ajutoare"),
    # benefits a report counts by the unit paid or served: allowances, child benefits, canteen portions
    "indemnizație": ("indemnizatii", "indemnizații"),
    "alocație": ("alocatii", "alocații"),
    "porție": ("portii", "porții"),
    "contract": ("contracte", "contracte"),
    "convenție": ("conventii", "convenții"),
    "protocol": ("protocoale", "protocoale"),
    "parteneriat": ("parteneriate", "parteneriate"),
    "acord": ("acorduri", "acorduri"),
    "proiect": ("proiecte", "proiecte"),
    "program": ("programe", "programe"),
    # places and things
    "loc": ("capacitate_locuri", "locuri"),
    "centru": ("centre", "centre"),
    "locuință": ("locuinte", "locuințe"),
    "bloc": ("blocuri", "blocuri"),
    "obiectiv": ("obiective", "obiective"),
    "unitate": ("unitati", "unități"),
    "animal": ("animale", "animale"),
    "carte": ("carti", "cărți"),  # cărți de identitate (civil records), cărți donate
    # a mayor's report's other chapters: the council's decisions, pre-school children, a commune's villages
    "hotărâre": ("hotarari", "hotărâri"),
    "preșcolar": ("prescolari", "persoane"),
    "sat": ("sate", "sate"),
}

# Surface forms (diacritics-free, lower case) the lemma lookup misses, mapped to the lemma above.
FORMS: dict[str, str] = {
    "beneficiari": "beneficiar", "beneficiarii": "beneficiar", "benef": "beneficiar",
    "persoane": "persoană", "persoanele": "persoană", "pers": "persoană",
    "copii": "copil", "copiii": "copil", "tineri": "tânăr", "adulti": "adult", "varstnici": "vârstnic",
    "dosare": "dosar", "dosarele": "dosar", "cereri": "cerere", "cererile": "cerere",
    "solicitari": "solicitare", "certificate": "certificat", "certificatele": "certificat",
    "anchete": "anchetă", "cazuri": "caz", "cazurile": "caz", "rapoarte": "raport", "propuneri": "propunere",
    "decizii": "decizie", "dispozitii": "dispoziție", "sesizari": "sesizare", "petitii": "petiție",
    "apeluri": "apel", "interventii": "intervenție", "transporturi": "transport", "deplasari": "deplasare",
    "sedinte": "ședință", "actiuni": "acțiune", "sanctiuni": "sancțiune", "plati": "plată",
    "tichete": "tichet", "contracte": "contract", "conventii": "convenție", "parteneriate": "parteneriat",
    "locuri": "loc", "centre": "centru", "locuinte": "locuință", "familii": "familie", "angajati": "angajat",
    "salariati": "salariat", "asistenti": "asistent", "incuviintari": "încuviințare",
    "incredintari": "încredințare", "evaluari": "evaluare", "reevaluari": "reevaluare", "elevi": "elev",
    "mame": "mamă", "parinti": "părinte", "victime": "victimă", "agresori": "agresor", "cupluri": "cuplu",
    "locuitori": "locuitor", "cetateni": "cetățean", "participanti": "participant", "animale": "animal",
    "avertismente": "avertisment", "procese-verbale": "proces-verbal", "obiective": "obiectiv",
    "blocuri": "bloc", "unitati": "unitate", "vizite": "vizită", "controale": "control",
    "verificari": "verificare", "campanii": "campanie", "evenimente": "eveniment", "activitati": "activitate",
    "cursuri": "curs", "ore": "oră", "pachete": "pachet", "colete": "colet", "ajutoare": "ajutor", "acorduri": "acord", "proiecte": "proiect",
    "protocoale": "protocol", "programe": "program", "adeverinte": "adeverință", "autorizatii": "autorizație", "avize": "aviz",
    "acte": "act", "audiente": "audiență", "planuri": "plan", "voluntari": "voluntar",
    "sesiuni": "sesiune", "sesiunile": "sesiune", "raspunsuri": "răspuns", "raspunsurile": "răspuns",
    "procese verbale": "proces-verbal", "carti": "carte",
    "indemnizatii": "indemnizație", "alocatii": "alocație", "portii": "porție",
    "pliante": "pliant", "brosuri": "broșură", "afise": "afiș",
    "hotarari": "hotărâre", "hotararile": "hotărâre", "prescolari": "preșcolar", "sate": "sat", "satele": "sat",
}

# Lemmas that count people: in a plan they become totals with unit persons / beneficiaries.
PERSON_LEMMAS = {
    "persoană", "copil", "tânăr", "adult", "vârstnic", "elev", "mamă", "părinte", "victimă", "agresor",
    "locuitor", "cetățean", "participant", "voluntar", "angajat", "salariat", "asistent", "specialist", "preșcolar",
}

# Counted nouns that need a qualifier to mean a count in this domain ("31 de acte normative" yes, but
# "act" alone after an act number is the trap): they are only taken with a following word that is not
# a number-reference ("nr.", "din").
WEAK_LEMMAS = {"act", "plan", "unitate", "activitate", "loc", "acord", "ajutor", "evaluare", "control"}

# Cardinal number words (lower case, with and without diacritics). "un"/"o" are left out on purpose:
# they are articles far more often than counts.
NUMBER_WORDS: dict[str, int] = {
    "doi": 2, "două": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "sase": 6, "șapte": 7,
    "sapte": 7, "opt": 8, "nouă": 9, "noua": 9, "zece": 10, "unsprezece": 11, "doisprezece": 12,
    "douăsprezece": 12, "treisprezece": 13, "paisprezece": 14, "cincisprezece": 15, "șaisprezece": 16,
    "șaptesprezece": 17, "optsprezece": 18, "nouăsprezece": 19, "douăzeci": 20, "douazeci": 20,
    "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "șaizeci": 60, "saizeci": 60, "șaptezeci": 70,
    "optzeci": 80, "nouăzeci": 90, "o sută": 100,
    # the units of 'douăzeci și unu de locuri', 'treizeci și una de persoane' (alone they are dropped as counts of 1)
    "unu": 1, "una": 1,
}

# Words that, right before a number, make it a reference, not a quantity (folded, no trailing dot).
REFERENCE_WORDS = {
    "nr", "numarul", "art", "articolul", "alin", "alineatul", "lit", "litera", "pct", "punctul", "anexa",
    "anexei", "legea", "legii", "lege", "hg", "hcl", "oug", "og", "hcgmb", "ordinul", "ordin", "decizia",
    "dispozitia", "hotararea", "hotararii", "cod", "codul", "tel", "telefon", "fax", "mobil", "str", "strada",
    "bl", "sc", "ap", "et", "sector", "sectorul", "sectorului", "cap", "capitolul", "sectiunea", "etapa",
    "km", "cp", "nrsi", "linia", "lot",
}

# Words before a year ('anul 2023', 'în cursul anului 2023'): a year after them is no quantity, another number is
# ('în cursul anului 40 de ajutoare').
YEAR_WORDS = {"anul", "anului"}

# Money scale words between a number and its unit (lower case tokens).
MONEY_SCALE = {"mii": "mii lei", "mil": "mil lei", "milioane": "mil lei", "mld": None, "miliarde": None}

# First words of a heading or title line that names an organisational unit or a service: the "section"
# a figure is about. Folded (no diacritics, lower case).
UNIT_WORDS = {
    "serviciul", "serviciului", "directia", "directiei", "centrul", "centrului", "biroul", "compartimentul",
    "politia", "complexul", "adapostul", "cresa", "cresele", "locuinta", "locuintele", "comisia",
    "unitatea", "unitatile", "administratia", "departamentul", "institutia", "agentia", "primaria",
    "consiliul", "oficiul", "sectia", "autoritatea", "clubul", "cantina", "casa", "caminul", "programul",
    "proiectul",
}

# Words a document's title or heading opens with, printed in capitals ('RAPORT privind …', 'ANEXA nr. 1'): words,
# not the acronym of a unit (folded).
DOCUMENT_WORDS = {"raport", "raportul", "anexa", "anexe", "plan", "planul", "hotarare", "hotararea", "tabel", "tabelul",
                  "situatia", "program", "programul", "informare", "informarea", "nota", "referat", "proiect"}

# Words that make a money figure a budget line (folded stems).
BUDGET_STEMS = (
    "cheltuiel", "venit", "buget", "plati", "plata", "suma", "sume", "valoare", "cost", "fond", "alocat",
    "aloca", "consumat", "economi", "incasat", "investit", "contract", "finant", "estim", "total", "achizit",
    "subventi", "prestat", "chelt", "execut", "lucrari", "servicii", "bunuri", "personal", "capital",
    "despagub", "obiect", "sistem", "licent", "program",
)

# Head nouns of a named service or institution inside a sentence ("Centrul de Zi „Ursulețul”", "Biroul
# Monitorizare Relații Familiale", "Asociația Exemplu"): folded form -> nominative singular/plural shown in
# the subject. Genitive forms are listed because sentences name services after "în cadrul", "ai", "al".
SERVICE_HEADS: dict[str, str] = {
    "centrul": "Centrul", "centrului": "Centrul", "centrele": "Centrele", "centrelor": "Centrele",
    "serviciul": "Serviciul", "serviciului": "Serviciul", "compartimentul": "Compartimentul",
    "compartimentului": "Compartimentul", "biroul": "Biroul", "biroului": "Biroul", "complexul": "Complexul",
    "complexului": "Complexul", "locuinta": "Locuința", "locuintei": "Locuința", "locuintele": "Locuințele",
    "locuintelor": "Locuințele", "adapostul": "Adăpostul", "adapostului": "Adăpostul", "cantina": "Cantina",
    "cantinei": "Cantina", "directia": "Direcția", "directiei": "Direcția", "asociatia": "Asociația",
    "asociatiei": "Asociația", "fundatia": "Fundația", "fundatiei": "Fundația", "clubul": "Clubul",
    "clubului": "Clubul", "caminul": "Căminul", "caminului": "Căminul", "casa": "Casa", "casei": "Casa",
    "cresa": "Creșa", "cresei": "Creșa", "proiectul": "Proiectul", "proiectului": "Proiectul",
    "programul": "Programul", "programului": "Programul", "departamentul": "Departamentul",
    "departamentului": "Departamentul", "unitatea": "Unitatea", "unitatii": "Unitatea",
    "apartamentul": "Apartamentul", "apartamentului": "Apartamentul", "apartamentele": "Apartamentele",
    "apartamentelor": "Apartamentele",
    # a town hall's own structures in a mayor's report ('Poliția Locală Vale a aplicat 654 de sancțiuni')
    "politia": "Poliția", "politiei": "Poliția",
}

# Words that end a unit's name printed in lower-case words at the start of a paragraph ('Compartimentul de asistență
# socială funcționează …', '… a colaborat …', '… din cadrul primăriei …'): auxiliaries, the verbs such openings use
# and the prepositions of where the unit sits. Verbs ending in -ează / -ește are caught by their ending.
UNIT_NAME_STOPS = {"a", "au", "are", "este", "sunt", "era", "erau", "s-a", "s-au", "se", "și-a", "si-a", "va", "vor",
                   "asigura", "desfasoara", "ofera", "acorda", "face", "raspunde", "in", "din", "prin", "care", "iar",
                   "ca", "sub", "avand"}

# Heads of a place where a service is given (not of the unit that runs it), folded, nominative and genitive.
FACILITY_HEADS = {"centrul", "centrului", "cantina", "cantinei", "clubul", "clubului", "caminul", "caminului",
                  "locuinta", "locuintei", "adapostul", "adapostului", "cresa", "cresei", "complexul", "complexului",
                  "apartamentul", "apartamentului", "casa", "casei"}

# Heads that name the directorate itself: a sentence naming only these is no more specific than the heading.
GENERIC_SERVICE_HEADS = {"directia", "directiei"}

# Small words allowed inside a service name between capitalised words ("Centrul de Zi pentru Copii cu …").
SERVICE_NAME_JOINERS = {"de", "pentru", "si", "și", "şi", "al", "a", "ai", "ale", "din", "cu", "la", "în", "in",
                        "tip", "nr.", "nr"}
