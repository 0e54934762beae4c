"""Whether a company name as written ("Nimbus Payments", "Quill & Ink") is the one behind a mail domain.

Names and domain labels are compared with spaces and punctuation removed; each word of the name may
give all its letters, a prefix of three or more ("nimbuspay" = Nimbus Pay·ments) or its initial
("gs" = Goldman Sachs; "bldigitale" = Banque Lorraine Digitale), "&" may read as "and"/"und"/"et"/"y"
or nothing, and one trailing word the domain leaves out ("Outfitters") is allowed, or a few company
words ("Analytics Group"). No word may be an interview, stage or role word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from afterview.daemon.eventclass.signals import SPELT_OUT, fold

# Words a domain adds around the name: getvireo.com, acmehq.com, papillon-tech.fr.
AFFIXES_BEFORE = ("get", "try", "join", "use", "go", "hello", "meet", "with", "the", "team",
                  "fly")  # an airline's: flyskylark.com
AFFIXES_AFTER = ("hq", "inc", "corp", "group", "labs", "lab", "app", "ai", "io", "tech", "co", "global",
                 "software", "systems", "careers", "jobs", "team", "gmbh", "health", "mail", "analytics", "data",
                 "digital", "solutions", "technologies", "robotics", "cloud", "security", "media", "studio", "studios",
                 "partners", "consulting", "capital", "pharma", "farma", "bio", "assurances", "assurance", "conseil",
                 "seguros", "versicherung", "versicherungen", "saas",
                 # a unit's domain: medpace-talent.com, vhio-research.net
                 "talent", "research", "recherche", "recerca",
                 # a life-science firm's shorthand: brightwatertx.com (Therapeutics), deepwaterdx.com (Diagnostics)
                 "tx", "dx", "rx")
# Dropped from a hyphenated label when only the label is left to name the company.
DISPLAY_DROP = frozenset({"hq", "inc", "corp", "app", "tech", "co", "careers", "jobs", "team", "gmbh", "ag",
                          "mail", "online", "saas", "ed", "edu"})
# Words a company name may carry beyond its domain: "Blue Harbor Analytics" at blueharbor.io.
COMPANY_WORDS = frozenset({
    "analytics", "labs", "lab", "systems", "technologies", "technology", "tech", "health", "bank", "robotics",
    "energy", "group", "software", "solutions", "capital", "ai", "bio", "therapeutics", "partners",
    "consulting", "media", "games", "studios", "cloud", "data", "networks", "security", "reisen", "energie",
    "energia", "logistics", "insurance", "foods", "motors", "payments", "pharma", "digital", "ventures",
    "industries", "holdings", "finance", "financial", "mobility", "medical", "interactive", "works",
    # the same words in German, French and Spanish names
    "logistica", "logistik", "logistique", "seguros", "versicherung", "versicherungen", "assurances", "assurance",
    "banque", "banco", "sante", "salud", "gesundheit", "technologie", "tecnologia", "medizintechnik",
    "pagos", "paiements", "datos", "donnees", "sistemas", "systeme", "maschinenbau", "energias", "energies",
    # what an asset manager or adviser adds: "Elbtrust Asset Management" at elbtrust.de
    "asset", "assets", "management", "investments", "wealth", "advisory", "advisors",
    "diagnostics", "biotech", "biosciences", "genomics",
    # an industrial firm's trade: "Murgtal Elektronik", "Veluwe Packaging"
    "elektronik", "electronics", "electronique", "electronica", "packaging", "verpackung", "verpackungen", "emballages",
})
# The trade a company writes before its name, which its domain leaves out ("Bodegas Somontano Altos").
TRADE_LEADS = frozenset({"transportes", "transports", "transporte", "transport", "bodegas", "bodega", "aerolineas",
                         "distribuciones", "industrias", "industries", "construcciones", "editions", "ediciones",
                         "editorial", "hoteles", "brauerei", "weingut", "autocares", "talleres",
                         "almacenes", "conservas", "ateliers", "atelier", "imprimerie", "pharmacie", "farmacia",
                         # a house, a mutual, a hotel or a hotel group: "Maison Riviera Palace", "Mutuelle Horizon
                         # Santé", "Hôtel Le Majestic Cannes", "Groupe Hôtelier Côte Bleue"
                         "maison", "mutuelle", "mutua", "hotel", "hotelier", "hoteliere", "hotelero", "hotelera",
                         # a school: "Liceo Francés de Bilbao", "École des Tilleuls", "Colegio Alemán"
                         "liceo", "lycee", "ecole", "colegio", "escuela", "gymnasium", "academie", "academia",
                         # an engineering firm: "Ingeniería Bética Solar"
                         "ingenieria", "ingenierie", "enginyeria"})
_AND = {"&": ("and", "und", "et", "y", "n", ""), "+": ("plus", "and", "")}
# Words that are never part of a company name written next to it in a title.
STOP = frozenset({
    "interview", "interviews", "interviewing", "call", "chat", "screen", "screening", "round", "onsite",
    "virtual", "technical", "final", "panel", "loop", "meeting", "session", "conversation", "intro",
    "introduction", "review", "assessment", "presentation", "phone", "video", "zoom", "teams", "meet",
    "webex", "google", "microsoft", "with", "for", "mit", "at", "bei", "chez", "re", "fw", "fwd", "updated",
    "invitation", "canceled", "cancelled", "rescheduled", "recruiting", "recruiter", "recruitment",
    "talent", "hiring", "careers", "career", "jobs", "job", "people", "hr", "team", "rrhh", "rh",
    "personal", "senior", "staff", "principal", "lead", "junior", "engineer", "engineering", "developer",
    "manager", "designer", "analyst", "scientist", "architect", "director", "product",
    "backend", "frontend", "role", "position", "stelle", "poste", "puesto", "vorstellungsgesprach",
    "bewerbungsgesprach", "telefoninterview", "kennenlerngesprach", "entretien", "entrevista", "entrevue", "llamada",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "superday", "super",
    "day", "week", "weekly", "agenda", "schedule", "invite", "update", "reminder", "confirmation",
    "confirmed", "follow", "next", "steps", "case", "study", "system", "coding", "pairing",
    "culture", "values", "fit", "behavioral", "deep", "dive", "demo", "sync", "workshop", "webinar",
    "coffee", "lunch", "dinner", "breakfast", "visit", "tour", "graduate", "graduates", "scheme", "programme",
    "program", "internship", "trainee", "apprenticeship", "werkstudent", "praktikum", "alternance", "practicas",
    # a hiring mailbox's or a department's word after the name: "Hollbach Bewerbungen", "Pichler Geschäftsführung"
    "bewerbung", "bewerbungen", "karriere", "geschaftsfuhrung", "personalabteilung", "sekretariat", "recrutement",
    "candidatures",
})


# A country's generic second level ("orchidpacific.com.my", "rhb.gov.sg"): any two-letter country code under it.
_GENERIC_SECOND_LEVEL = frozenset({"com", "co", "org", "net", "ac", "gov", "gob", "gouv", "edu", "or", "go", "ne"})
_TWO_LEVEL = frozenset({
    "co.uk", "org.uk", "ac.uk", "com.au", "co.jp", "com.br", "co.nz", "com.mx", "co.in", "com.ar",
    "com.es", "co.za", "com.tr", "com.cn", "com.sg", "co.kr", "com.hk", "gov.uk", "nhs.uk", "ltd.uk",
    "gouv.fr", "gob.es", "gob.mx", "gob.ar", "gov.au", "org.au", "net.au", "edu.au", "gv.at", "co.at",
    "or.at", "ac.at", "org.es", "com.co", "co.il", "com.pl", "com.pe", "gov.in", "org.in", "edu.mx",
    # a province's, a federal government's or the EU's umbrella: hydrolux.qc.ca is Hydrolux, eadps.europa.eu EADPS
    "qc.ca", "on.ca", "bc.ca", "ab.ca", "mb.ca", "sk.ca", "ns.ca", "nb.ca", "nl.ca", "pe.ca", "gc.ca", "gnb.ca",
    "europa.eu", "admin.ch", "gov.ie", "gov.pt", "gov.it", "gov.be",
    "onmicrosoft.com",  # a Microsoft 365 tenant's own domain: tessaro.onmicrosoft.com is Tessaro
    "gov.scot", "gov.wales", "llyw.cymru", "nhs.scot",  # the Scottish and Welsh governments' umbrellas
    # more second-level registries: lumina.edu.co is Lúmina, not "Edu"
    "edu.co", "org.co", "gov.co", "net.co", "edu.ar", "org.ar", "net.ar", "org.mx", "net.mx", "edu.es", "edu.pe",
    "org.pe", "gob.pe", "com.uy", "edu.uy", "com.ec", "edu.ec", "org.ec", "gob.ec", "com.ve", "com.bo", "com.py",
    "com.pt", "org.pt", "edu.pt", "org.pl", "edu.pl", "net.pl", "ac.nz", "org.nz", "ac.jp", "edu.sg",
})
# Three-level umbrellas of a government: mcn.gouv.qc.ca is the ministry MCN, not "Qc" or "Gouv".
_THREE_LEVEL = frozenset({"gouv.qc.ca", "gov.on.ca", "gov.bc.ca", "gov.ab.ca", "gov.mb.ca", "gov.sk.ca", "gov.ns.ca",
                          "gov.nl.ca"})


# Labels that name a government level, not an organisation: etat.ge.ch (canton of Geneva), ivafe.gva.es (Generalitat
# Valenciana), a bare gouv.qc.ca. The office's own name is in the event, never this label.
_GOVERNMENT_LABELS = frozenset({"gouv", "gov", "gob", "gc", "qc", "europa", "admin", "etat", "ge", "vd", "gva",
                                "gencat"})


# Country codes that start-ups use as generic domains (admin.io): no government sits under them.
_VANITY_TLDS = frozenset({"io", "ai", "co", "me", "tv", "ly", "gg", "sh", "fm", "to"})


def office_domain(domain: str) -> str | None:
    """Given a mail domain, returns it without the government level its organisation label names ("ivafe.gva.es"
    -> "ivafe.gva", whose label is the office's), the domain itself when it names no government level, or None
    when nothing but government levels is left ("etat.ge.ch")."""
    parts = domain.lower().strip(".").split(".")
    # only under a country's (or the EU's, Catalonia's, a test's) top-level domain: ge.com is General Electric
    if (len(parts[-1]) != 2 or parts[-1] in _VANITY_TLDS) and parts[-1] != "cat" and parts[-1] not in _PLACEHOLDERS:
        return domain
    while len(parts) >= 2 and registrable_label(".".join(parts)) in _GOVERNMENT_LABELS:
        parts = parts[:-1]
    return ".".join(parts) if len(parts) >= 2 else None


# Second-level labels reserved for documentation and tests (RFC 2606, RFC 6761): the organisation is the label before.
_PLACEHOLDERS = frozenset({"example", "test", "invalid", "localhost"})


def registrable_label(domain: str) -> str:
    """Given a mail domain ("mail.acme.co.uk"), returns its organisation label ("acme")."""
    parts = domain.lower().strip(".").split(".")
    if len(parts) >= 4 and ".".join(parts[-3:]) in _THREE_LEVEL:
        parts = parts[:-2]
    if len(parts) >= 3 and (".".join(parts[-2:]) in _TWO_LEVEL
                            or (len(parts[-1]) == 2 and parts[-2] in _GENERIC_SECOND_LEVEL)):
        parts = parts[:-1]
    if len(parts) >= 3 and parts[-2] in _PLACEHOLDERS:
        parts = parts[:-1]  # "chu-rhone-est.example.fr": a documentation domain stands for the real one
    return parts[-2] if len(parts) >= 2 else parts[0]


def _tokens(name: str, translit: bool) -> tuple[str, ...]:
    text = fold(name.translate(SPELT_OUT) if translit else name)
    return tuple(re.findall(r"[a-z0-9]+|[&+]", text))


@lru_cache(maxsize=4096)
def label_variants(label: str) -> frozenset[str]:
    """Given a domain label ("getvireo", "papillon-tech"), returns it squashed and without domain affixes."""
    squashed = re.sub(r"[^a-z0-9]", "", label.lower())
    variants = {squashed}
    for before in ("", *AFFIXES_BEFORE):
        for after in ("", *AFFIXES_AFTER):
            if squashed.startswith(before) and squashed.endswith(after):
                core = squashed[len(before): len(squashed) - len(after)]
                if len(core) >= 3:
                    variants.add(core)
    return frozenset(variants)


@lru_cache(maxsize=16384)  # the same capitalised runs are tried against the same labels on every sync
def name_fits_label(name: str, label: str) -> bool:
    """Given a company name as written and a domain label, returns whether the domain spells that name."""
    for translit in (False, True):
        words = _tokens(name, translit)
        if not words or any(w in STOP for w in words) or words[0] in _AND:
            continue
        if any(_fits(variant, words) for variant in label_variants(label)):
            return True
        # "Transports Rhodanie" at rhodanie-transports.fr: a hyphenated label's parts in another order
        if any(_fits(reading, words) for reading in _reorderings(label)):
            return True
        # "Subastas Velarde" at velardesubastas.es: every word of the name, in another order, unhyphenated
        if 1 < len(words) <= 3 and any(_fits(variant, order) and all(w in variant for w in words)
                                       for order in itertools.permutations(words) if order != words
                                       for variant in label_variants(label)):
            return True
    return False


@lru_cache(maxsize=1024)
def _reorderings(label: str) -> tuple[str, ...]:
    """Given a domain label, returns its hyphenated parts joined in every other order (two or three parts)."""
    parts = [p for p in label.lower().split("-") if p]
    if not 1 < len(parts) <= 3:
        return ()
    return tuple(sorted({"".join(order) for order in itertools.permutations(parts)} - {"".join(parts)}))


# A leading word the domain often leaves out: "Groupe Orsay Assurances" at orsay-assurances.fr.
_LEADING = frozenset({"groupe", "group", "grupo", "gruppe", "the", "les", "la", "le", "el", "die", "das", "der",
                      # the kind of organisation, which the domain often drops: "Laboratorios Brisa" at brisafarma.es
                      "laboratorios", "laboratorio", "laboratoires", "laboratoire", "labor", "assurances", "seguros",
                      "conseil", "cabinet", "clinique", "clinica", "klinik", "instituto", "institut", "fundacion",
                      "fondation", "stiftung", "compagnie", "compania", "societe", "sociedad", "banque", "banco",
                      # a studio or an agency: "Studio Pâquerette" at paquerette.studio, "Estudio Tramontana"
                      "studio", "studios", "estudio", "estudios", "agence", "agencia",
                      # the trade, written before the name: "Transportes Ebro Norte" at ebronorte.com
                      *TRADE_LEADS})
# Particles inside a name the domain may leave out: "Solaria del Ebro" at solariaebro.es.
_PARTICLES = frozenset({"de", "del", "des", "du", "da", "di", "la", "le", "los", "las", "von", "van", "der", "den",
                        "y", "i", "et", "und", "of", "the"})


def _fits(label: str, words: tuple[str, ...]) -> bool:
    if len(words) > 1 and words[0] in _LEADING and _fits(label, words[1:]):
        return True
    ends = set(_spelled(label, words, 0, 0))
    # Leading initials, then words: "bl-digitale" = Banque Lorraine Digitale.
    for k in range(2, len(words)):
        if any(w in _AND for w in words[:k]) or not label.startswith("".join(w[0] for w in words[:k])):
            break
        ends |= {k + end for end in _spelled(label[k:], words[k:], 0, 0)}
    plain = [w for w in words if w not in _AND]
    if len(label) >= 2 and len(plain) >= len(label) and "".join(w[0] for w in plain[: len(label)]) == label:
        ends.add(words.index(plain[len(label) - 1]) + 1)  # initials: gs = Goldman Sachs
    if len(label) >= 3 and (end := particle_initials_end(label, words)):
        ends.add(end)  # crth = Consorcio Regional de Transportes del Henares: the particles give no letter
    for end in ends:
        tail = [w for w in words[end:] if w not in _AND]
        # "Havenlink 3PL": a word with a digit is no word of the name
        if all(len(w) > 1 and not any(c.isdigit() for c in w) for w in tail) and (
                len(tail) <= 1 or (len(tail) <= 3 and all(w in COMPANY_WORDS for w in tail))):
            return True
    return False


@cache
def _spelled(label: str, words: tuple[str, ...], pos: int, index: int, initials: bool = False) -> frozenset[int]:
    """Given label[pos:] and words[index:], returns the index of the first unused word for every way the
    words spell the rest of the label: each word whole or a prefix of three or more letters, and after
    the first word, initials to the end ("bayviewhp" = Bayview Health Partners)."""
    if pos == len(label):
        return frozenset({index}) if index > 0 else frozenset()
    if index == len(words):
        return frozenset()
    if initials:
        word = words[index]
        if word in _AND:
            return _spelled(label, words, pos, index + 1, True)
        return _spelled(label, words, pos + 1, index + 1, True) if label[pos] == word[0] else frozenset()
    word = words[index]
    found: set[int] = set()
    if word in _AND:
        for reading in _AND[word]:
            if label.startswith(reading, pos):
                found |= _spelled(label, words, pos + len(reading), index + 1)
        if index > 0 and index + 2 < len(words):  # "Kleinfeld & Söhne Maschinenbau" at kleinfeld-maschinenbau
            found |= _spelled(label, words, pos, index + 2)
        return frozenset(found)
    if index > 0 and word in _PARTICLES and index + 1 < len(words):
        found |= _spelled(label, words, pos, index + 1)
    for size in range(len(word), 0, -1):
        if (size == len(word) or size >= 3) and label.startswith(word[:size], pos):
            found |= _spelled(label, words, pos + size, index + 1)
    if index > 0 and len(label) - pos >= 2 and label[pos] == word[0]:
        found |= _spelled(label, words, pos + 1, index + 1, True)
    return frozenset(found)


def particle_initials_end(letters: str, words: tuple[str, ...]) -> int:
    """Given letters and a name's words, returns how many words give those letters as initials when the particles
    inside the name give none ("crth" = Consorcio Regional de Transportes del Henares), or 0."""
    pos = 0
    for index, word in enumerate(words):
        if pos == len(letters):
            return index
        if 0 < index < len(words) - 1 and word in _PARTICLES:
            continue
        if word in _AND or word[0] != letters[pos]:
            return 0
        pos += 1
    return len(words) if pos == len(letters) and any(w in _PARTICLES for w in words[1:-1]) else 0


# A name written with lowercase particles between its capitalised words: "Lyonnaise de Robotique".
_PARTICLE_RUN = re.compile(
    r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ ](?:(?:de|del|des|du|de la|di|da|von|van|der|für|of|for|pour|the|la|le"
    r"|los|las)[ ])?[A-ZÀ-ÖØ-Þ][\w'’-]*){1,5}")


def particle_runs(text: str) -> list[str]:
    """Given a text, returns the capitalised names in it that hold a lowercase particle ("Lyonnaise de Robotique")."""
    found: list[str] = []
    for match in _PARTICLE_RUN.finditer(text):
        words = match.group(0).split(" ")
        if any(w in _PARTICLES for w in words):
            found.append(match.group(0))
    return found


def spelled_out(acronym: str, texts: Sequence[str]) -> str | None:
    """Given an acronym ("LDR") and the event's texts, returns the name they write whose initials it is
    ("Lyonnaise de Robotique"), or None."""
    letters = acronym.lower()
    if not (2 <= len(letters) <= 6 and letters.isalpha()):
        return None
    for text in texts:
        if " " not in text:
            continue
        for run in particle_runs(text):
            words = tuple(fold(w) for w in run.replace("-", " ").split())
            if "".join(w[0] for w in words) == letters or particle_initials_end(letters, words) == len(words):
                return run
        # ... or, without a particle, as many capitalised words in a row ("PCT": "Pennine Children's Trust, Drake St")
        for run in _PARTICLE_RUN.findall(text):
            words = run.split(" ")
            for start in range(len(words) - len(letters) + 1):
                window = words[start:start + len(letters)]
                if "".join(fold(w)[0] for w in window) == letters:
                    return " ".join(window)
    return None


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def label_acronym(label: str, texts: Sequence[str]) -> str | None:
    """Given a domain label and the event's texts, returns an acronym they write that the label starts with or spells in
    order from its first letters ("BPC" for bpc-banque, "CCD" for ccdiagonal, "PCCS" for pccostadelsol), or None."""
    letters, head = label.replace("-", ""), label.partition("-")[0]
    for text in texts:
        for match in _ACRONYM.finditer(text):
            token = str(match.group(0))
            low = token.lower()
            if low == head or (len(low) >= 3 and letters.startswith(low[:2]) and _in_order(low, letters)):
                # "WBG Mürztal" at wbg-muerztal.at: the acronym with the rest of the label, as the texts write it
                rest = label[len(head) + 1:] if low == head else ""
                for later in texts if rest else ():
                    if (after := re.search(rf"\b{token}[ ]+([^\W\d_][\w'-]*)", later)) \
                            and rest.replace("-", "") in ("".join(_tokens(after.group(1), translit))
                                                          for translit in (False, True)):
                        return f"{token} {after.group(1)}"
                return token
    return None


def _in_order(letters: str, text: str) -> bool:
    """Given letters and a text, returns whether the text holds the letters in that order."""
    rest = iter(text)
    return all(letter in rest for letter in letters)


# Second-level domains of German states and city-states: "ldby.bayern.de" is an office of Bavaria, not "Bayern".
_STATES = frozenset({"bayern", "hamburg", "berlin", "bremen", "nrw", "sachsen", "hessen", "niedersachsen",
                     "brandenburg", "thueringen", "saarland", "rlp", "bwl", "sachsen-anhalt", "schleswig-holstein",
                     "mv", "bund"})


def public_office(domain: str, texts: Sequence[str]) -> str | None:
    """Given a domain under a state's own ("lgd.hamburg.de") and the event's texts, returns the office's name the texts
    write whose initials start its subdomain and which ends with the state ("Landesamt für Gesundheitsdaten
    Hamburg"), or None."""
    parts = domain.lower().split(".")
    if len(parts) < 3 or parts[-2] not in _STATES or not parts[-3].isalpha():
        return None
    letters, state = parts[-3], parts[-2]
    for text in texts:
        for run in (m.group(0) for m in _PARTICLE_RUN.finditer(text)):
            words = tuple(w for w in fold(run).split() if w not in _PARTICLES and w not in ("fur", "for", "pour"))
            if len(words) >= 3 and words[-1] == state and letters.startswith("".join(w[0] for w in words[:-1])):
                return run
    return None
