"""Names and titles a description gives for the people the user meets ("You'll meet Dana Smith, Engineering
Manager"), whether capitalised words can be a person's name, and who it presents as scheduling coordinators."""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS
from afterview.daemon.eventclass.signals import fold
from afterview.daemon.verdicts import Interviewer

__all__ = ["HONORIFIC", "coordinator_names", "description_people", "plausible_name", "trigger_segments"]

_TRIGGER = re.compile(
    r"(?i)(?:you'?ll|you will|you're going to)\s+(?:be\s+)?"
    r"(?:meet(?:ing)?|speak(?:ing)?|chat(?:ting)?|talk(?:ing)?)"
    r"(?:\s+with)?|your interviewers?(?:\s+(?:will be|is|are|today|for this call))?|interviewers?\s*:"
    r"|interview panel\s*:|panel\s*:|schedule\s*:|agenda\s*:|itinerary\s*:|meeting with\s*:"
    r"|sie (?:treffen|sprechen mit)|du (?:triffst|sprichst mit)|gespr[aä]chspartner(?:\*?:?innen|in)?"
    r"|ablauf\s*:|interviewer(?:innen|in)\s*:|vous (?:rencontrerez|[ée]changerez avec|allez rencontrer)"
    r"|tu rencontreras|intervenant(?:e)?s?\s*:|interlocut(?:eur|rice)s?\s*:|d[ée]roul[ée]\s*:"
    r"|programme(?: de la (?:matin[ée]e|journ[ée]e|visite))?\s*:"
    r"|te reunir[aá]s con|se reunir[aá] con|hablar[aá]s con|conocer[aá]s a|entrevistador(?:a|es|as)?\s*:"
    r"|te recibir[aá]n?|le recibir[aá]n?|os recibir[aá]n?"
    r"|interviewer\(s\)\s*:|with (?:myself|me) and|teilnehmen werden|mit dabei (?:sind|ist)"
    r"|ansprechpartner(?:in)?(?: vor ort)?\s*:|asistir[aá]n?(?: tambi[eé]n)?|participar[aá]n|avec moi-m[eê]me et"
    r"|(?:panel|interview panel) members?\s*:|hosts?\s*:|you will be interviewed by|you'?ll be interviewed by"
    r"|gespr[aä]chsteilnehm(?:er(?:innen)?|ende)\s*:|te entrevistar[aá]n?|le entrevistar[aá]n?"
    r"|(?:vous )?serez re[cç]u(?:e)?s? par|teilnehmer(?:in)? auf unserer seite\s*:"
)
# A new "Field:" line ends what a trigger introduced ("Interviewers: …\nLocation: 4200 Torrey Mesa Dr").
_NEXT_FIELD = re.compile(r"\n[ \t]*[A-ZÀ-Þ][\w /-]{0,30}:(?!\d)")
# Honorifics before a name are not part of it: "Herr Bernd Krume", "Dr. Renee Castillo".
# (and academic titles after them: "Frau Mag. Eva Stadler", "Herr Dipl.-Ing. Kranz", "Ing. Ruiz")
HONORIFIC = (r"(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof|Madame|Monsieur|Mme|M|Sr|Sra|Srta|Don|Doña|Mag|Dipl\.?-Ing|Ing"
              r"|DI|MMag|Lic|Ldo|Lda)\.?[ \t]+)*")
_NAME = re.compile(
    r"(?<![\w@.])" + HONORIFIC + r"([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ'’]+)*"
    r"(?:[ \t]+(?:(?:de|da|van|von|der|del|la|le|di|du|dos)[ \t]+)?"
    # "McIlroy", "MacLeod": a capital inside the surname
    r"(?:Ma?c(?=[A-Z]))?[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ'’]+)*){1,2})(?![\w@])"
)
_TITLE_WORDS = re.compile(
    r"manager|engineer|director|lead|head|recruiter|vp|vice|president|cto|ceo|coo|cfo|cpo|founder|partner"
    r"|developer|designer|scientist|analyst|architect|principal|staff|senior|coordinator|product|talent"
    r"|people|hr|leiter|entwickler|teamlead|geschaftsfuhrer|personal|responsable|directeur|directrice"
    r"|ingenieur|chef|charge|developpeu|directora|director|jefe|jefa|gerente|ingenier|reclutador|owner"
    r"|consultant|specialist|officer|sre|member|team|recruiting|hiring|tech|software|data|research"
    r"|fondat|gründer|grunder|cofounder|co-founder|fundador|cofundador|ops|operations|business|sales|marketing|design"
    r"|editor|managing|chief|associate|assistant|executive|advisor|adviser|counsel|journalist|writer"
    r"|redakt|redact|bereichsleit|abteilungsleit|prokurist|vorstand|inhaber|gerant|associe|socio"
    r"|analista|arquitect|consultor|coordinador|responsable|especialista|expert|controller|buyer|planner"
)
_NOT_NAME_WORDS = frozenset({
    "assessment", "center", "centre", "centro", "zentrum", "bewertungstag", "evaluation", "entretien", "entrevista",
    "gesprach", "vorstellungsgesprach", "bewerbungsgesprach",
    "system", "design", "coding", "interview", "interviews", "round", "team", "zoom", "google", "meet",
    "microsoft", "teams", "webex", "break", "lunch", "welcome", "intro", "introduction", "wrap", "the",
    "please", "your", "our", "and", "with", "you", "time", "pacific", "eastern", "central", "standard",
    "european", "product", "technical", "behavioral", "culture", "values", "deep", "dive", "case",
    "study", "live", "pair", "programming", "final", "onsite", "virtual", "phone", "screen", "call",
    "video", "hiring", "manager", "engineering", "senior", "staff", "data", "mittagspause", "pause",
    "dejeuner", "almuerzo", "descanso", "ihre", "unser", "unsere", "votre", "nos", "nuestro", "equipo",
    "candidate", "candidat", "candidata", "candidato", "kandidat", "meeting", "join",
    # addresses: "15 Depot Road", "512 Alder St"
    "road", "rd", "street", "st", "avenue", "ave", "lane", "drive", "boulevard", "blvd", "suite", "plaza",
    "strasse", "str", "weg", "platz", "allee", "ring", "rue", "calle", "avenida", "paseo", "piso", "etage",
    "gurtel", "damm", "ufer", "gasse", "kai", "quai", "chaussee", "carrer", "rua", "travessa", "praca",
    # the day's programme and its places: "Gruppenübung Lagebewertung", "Treffpunkt Pforte Süd", "Supply Planning"
    "treffpunkt", "pforte", "empfang", "rundgang", "anschliessend", "danach", "gruppenubung", "rollenspiel",
    "prasentation", "fallstudie", "mitarbeitergesprach", "planning", "monitoring", "services", "service",
    "operations", "authority", "professional", "critical", "supply", "gruss", "grusse", "viele", "beste",
    # a practitioner's trade: "Tierarzt Bello – Impfung"
    "arzt", "arztin", "tierarzt", "tierarztin", "zahnarzt", "zahnarztin", "hausarzt", "hausarztin",
})
_CUT = re.compile(r"\)|\n|;|\s[—–|]\s|\.\s|,?\s+(?:and|und|et|y|&)\s|\s\d{1,2}[:.h]\d{2}|$")


@lru_cache(maxsize=64)
def trigger_segments(description: str) -> tuple[str, ...]:
    """Given an event description, returns the passages that say whom the user meets ("You'll meet …")."""
    segments: list[str] = []
    for trigger in _TRIGGER.finditer(description):
        rest = description[trigger.end():]
        para_end = re.search(r"\n\s*\n", rest)
        segment = rest[: para_end.start() if para_end else 600][:600]
        field_end = _NEXT_FIELD.search(segment)
        segments.append(segment[: field_end.start() if field_end else None])
    return tuple(segments)


def description_people(description: str) -> list[Interviewer]:
    """Given an event description, returns the people it says the user will meet, with titles."""
    found: list[Interviewer] = []
    for segment in trigger_segments(description):
        # Inside brackets are titles and departments: "(Director, Computational Biology)".
        names = [m for m in _NAME.finditer(segment) if _person_here(segment, m)
                 and segment[: m.start()].count("(") <= segment[: m.start()].count(")")]
        for index, match in enumerate(names):
            following = segment[match.end(): names[index + 1].start() if index + 1 < len(names) else None]
            title = _title_from(following)
            found.append(Interviewer(name=match.group(1), email=None, title=title))
    return found


# Words that come after a street's name ("Hafen Kai"), and are first names when they open one ("Kai Berger").
_STREET_TAIL = frozenset({"kai", "ring"})
# A department, team or role written where a name could stand: "Head of Cabin Training", "the … - Surgical Devices
# role", "die Rolle als Leitung Operational Excellence", "Moneta Risk team".
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?i)(?:\b(?:of|of the|for the|als|as|f[üu]r die|f[üu]r den)[ \t]+|\w[ \t]+[-–—][ \t]+"
    # a team signing for its company: "Team Veluwe Packaging", "L'équipe Maison Orsay"
    r"|\b(?:team|l'[ée]quipe|el equipo|das team)[ \t]+)$")
_NOT_A_PERSON_AFTER = re.compile(
    r"(?i)^\s+(?:role|position|team|department|division|unit|rolle|stelle|abteilung|bereich|poste|[ée]quipe"
    r"|service|puesto|equipo|departamento|area|área)\b"
    # an address: "Calle Mayor 12, 3ª planta", "Villanueva del Prado, edificio Norte"
    r"|^[ \t]+\d{1,4}[a-z]?[ \t]*,|^,[ \t]*(?:\d|edificio|building|geb[äa]ude|b[âa]timent|planta|piso|floor|etage"
    r"|stock|suite|local)\b")
_UNIT_WORDS = frozenset({"leitung", "abteilung", "bereich", "team", "department", "division", "equipe", "equipo",
                         "departamento", "direction", "direccion"})


_HONORIFIC_WORDS = frozenset({"herr", "herrn", "frau", "dr", "prof", "mr", "mrs", "ms", "mme", "sr", "sra", "srta",
                               "madame", "monsieur", "don", "dona", "mag", "ing", "lic"})
_OPENING_WORDS = frozenset({"im", "in", "den", "dem", "der", "die", "das", "zum", "zur", "mit", "bei", "beim", "avec",
                            "con", "with", "for", "pour", "para", "les", "los", "las", "el", "une", "ein", "eine",
                            "this", "that", "then", "dann", "puis", "luego", "ihr", "ihre", "sie", "wir"})
_CLOSING_OPENERS = frozenset({"viel", "viele", "best", "kind", "warm", "bonne", "mucha", "muchos", "freundliche",
                              "herzliche", "beste", "liebe", "saludos", "un", "bien", "cordiales"})
_CLOSING_WORDS = frozenset({"erfolg", "regards", "wishes", "chance", "suerte", "saludos", "saludo", "grusse", "gruss",
                            "cordiales", "cordialement", "luck"})


def _person_here(text: str, match: re.Match[str]) -> bool:
    """Given text and a capitalised run found in it, returns whether the run is a person's name there."""
    name = match.group(1)
    tokens = fold(name).split()
    head = re.split(r"[\s-]", tokens[0])[0] if tokens else ""
    if head in _STREET_TAIL and len(re.split(r"[\s-]+", name)) > 1:
        name = re.split(r"[\s-]+", name, maxsplit=1)[1]
    if not plausible_name(name) or any(t in _UNIT_WORDS for t in tokens):
        return False
    # "Herr Dr. Brandt": honorifics with no name after them; "Viel Erfolg!", "Best Regards": a closing
    # "Im Anschluss", "Den Link", "Avec Yasmine": a sentence opening with a word no name starts with
    if tokens[0] in _OPENING_WORDS or \
            tokens[-1].rstrip(".") in _HONORIFIC_WORDS or (tokens[0].rstrip(".") in _CLOSING_OPENERS \
            and tokens[-1] in _CLOSING_WORDS):
        return False
    return not (_NOT_A_PERSON_BEFORE.search(text[max(0, match.start() - 12): match.start()])
                or _NOT_A_PERSON_AFTER.match(text[match.end(): match.end() + 20]))


# Words of a business's name, not a person's: "Elbgrün Versicherung AG", "Claims Analytics".
_ORG_NAME_WORDS = (COMPANY_WORDS - {"ai", "bio", "lab"}) | frozenset({
    "ag", "gmbh", "kg", "se", "inc", "llc", "ltd", "plc", "sas", "sarl", "sa", "sl", "bv", "versicherung",
    "versicherungen",
    "logistik", "assurances", "seguros", "bank", "banque", "banco", "insurance", "group", "gruppe", "groupe", "grupo",
})


def plausible_name(candidate: str) -> bool:
    """Given capitalised words, returns whether they can be a person's name (no title, place or meeting word)."""
    tokens = fold(candidate).replace("-", " ").split()
    for token in tokens:
        title = _TITLE_WORDS.match(token)
        # (a long German noun in -ung names no one: "Gästeführung Hall", "Besprechung Technik"; "Hartung" does)
        if token in _NOT_NAME_WORDS or token in _ORG_NAME_WORDS or (len(token) >= 8 and token.endswith("ung")) or (
                title and (title.end() == len(token) or title.end() >= 4)):
            return False
    return True


_COORD_MENTION = re.compile(
    r"(?i:scheduled by|coordinated by|your (?:recruiting |interview )?coordinator(?: is)?,?|"
    r"organis(?:ed|é) par|organizado por|koordiniert von|(?:organi[sz]ation|koordination|coordination)\s*:)"
    r"\s+" + _NAME.pattern
    + r"|" + _NAME.pattern + r"[ \t]*(?:,|\n|\(|-|–|—|\|)[ \t]*(?i:(?:our |your |the )?(?:[\w-]+?[ -])?(?:coordinat|"
    r"koordinat|coordinad|scheduling|scheduler))",
)


def coordinator_names(description: str) -> set[str]:
    """Given a description, returns the folded names it presents as scheduling coordinators."""
    names: set[str] = set()
    for match in _COORD_MENTION.finditer(description):
        name = match.group(1) or match.group(2)
        if name:
            names.add(fold(name))
    return names


def _title_from(following: str) -> str | None:
    text = following.lstrip(" \t,(:–—-")
    cut = _CUT.search(text)
    text = text[: cut.start() if cut else None].strip(" \t,.;:()–—-")
    if not text or len(text) > 60 or not _TITLE_WORDS.search(fold(text)):
        return None
    return text
