"""Which parts of an event title may name the company: titles split at their separators ("Acme <> Jordan",
"Tech screen - Kelpie Labs"), the words that say what the event is taken off ("Zweitgespräch Kranwerk")."""

from __future__ import annotations

import itertools
import re

from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.domainmatch import TRADE_LEADS
from afterview.daemon.eventclass.role import ROLE_NOUN as _ROLE_NOUN
from afterview.daemon.eventclass.signals import fold

__all__ = ["COMPANY_TITLE_SPLIT", "EVENT_WORD", "title_candidates"]


# Title separators, except "&" and "+" between capitalised words: "Finch & Vale", "Moss & Pike" are one name.
# "Greifenau/Bergmann": a slash between two names is a separator too.
COMPANY_TITLE_SPLIT = re.compile(r"\s*(?:<>|<->|\s[x×/|]\s|\s[-–—:]\s|:\s|\||\s[&+]\s(?![A-Z])|[【】]"
                                  r"|(?<=[a-zà-ÿ])/(?=[A-ZÀ-Þ][a-zà-ÿ]))\s*")
# "Karat technical interview for Finch & Vale": the company follows the event word.
_EVENT_FOR = re.compile(r"(?i)\b(?:interviews?|screen|call|chat|round|onsite|entretien|entrevista|gespr[aä]ch)\s+"
                        r"(?:for|at|bei|chez|@)\s+(?=[A-Z0-9])")


# Words that say what the event is, in the user's own terse titles: "Acme 2nd rd", "Erstgespräch Kranwerk".
EVENT_WORD = re.compile(
    r"(?i)^(?:interviews?|screen(?:ing)?|call|chat|round|rd|r\d|onsite|on-site|final|finale[sn]?|finaux|tech|technical|sys|system|design"
    r"|coding|intro|hm|recruiter|hr|rh|rrhh|phone|video|zoom|llamada|primera|segunda|erstgespr[aä]ch|zweitgespr[aä]ch"
    r"|vorstellungsg(?:e)?spr[aä]ch|bewerbungsg(?:e)?spr[aä]ch|gespr[aä]ch|telefonat|probe-?(?:arbeits)?tag|probearbeit|trial"
    r"|shift|day|entretiens?|entrevistas?|entrev|panel|loop|take-?home|review|\d+(?:st|nd|rd|th|e|a|ª|º)?|w/|with|at|@|bei|chez"
    r"|en|con|mit|avec|prueba|t[ée]cnica|llamada|appel|rdv|visio|runde|erste|zweite|dritte|tour|ronda|deuxi[èe]me"
    r"|second|premier|tercera|\d{1,2}(?:[:.h]\d{2})?(?:h|uhr|am|pm)?|uhr|am|pm|nr\.?|no\.?|n°|#\d*|min|mins|minutes?|minuten|minutos"
    r"|vorst\.?\s?gespr\.?|vg"  # the German job seeker's shorthand: "Vorst.gespr. Hanse KT 8:30", "Nordlog VG"
    # meetings and visits: "Rencontre Atelier Ducros", "Brenner&Voss Werksbesichtigung"
    r"|rencontre|treffen|termin|reuni[oó]n|encuentro|meeting|visite|visita|besuch|werksbesuch|besichtigung"
    # "Vorstellung Wachau Kälte Krems": presenting oneself, a short Vorstellungsgespräch; a meeting; a selection's test
    r"|vorstellung|besprechung|[ée]preuves?|stage"  # ("Final Stage: Technical Presentation and Panel - …")
    # a talk over coffee, a meal or a walk: "Charla Segurini", "Échange Daniel / Mathilde", "Kaffee mit Dr. Brandes"
    r"|charla|[ée]change|conversation|conversaci[oó]n|austausch|coffee|kaffee|caf[ée]|lunch|d[ée]jeuner|almuerzo"
    r"|comida|mittagessen|dinner|d[îi]ner|cena|walk|spaziergang|paseo|balade|d[ée]j"
    # a terse note's short forms: "Quayline tech intv"
    r"|intv|intvw|itw|\w+interviews?"
    r"|werksbesichtigung|assessment(?:-cent(?:er|re))?|cent(?:er|re)|\+"
    # the medium in a terse note: "Tél Clefio 14h30", "Tel. Rheintal"
    r"|t[ée]l|telefon|tel[ée]fono|tlf|tfno|telf|presencial|preliminary|longlist|shortlist"
    # what the talk is about: "Échange candidature Vigie"
    r"|candidature|candidatura|bewerbung|candidate"
    # an assessment day and who calls: "Jornada de evaluación Orthel", "Appel recruteuse Lumio"
    r"|jornada|evaluaci[oó]n|journ[ée]e|recruteu(?:r|se)|reclutador(?:a)?|recruiterin"
    r"|recrutement|reclutamiento|selecci[oó]n|[ée]valuation"
    # Japanese, in script or romaji: "Kinsale 最終面接", "Corvina niji mensetsu"
    r"|(?:[一二三1-3]次|最終)?面接|面談|mensetsu|ichiji|niji|saish?uu?)$"
)


def _event_word(word: str) -> bool:
    """Given a word, returns whether it says what the event is; "Charla/entrevista": event words joined by a slash."""
    return bool(EVENT_WORD.match(word)) or ("/" in word and all(EVENT_WORD.match(p) for p in word.split("/") if p)
                                            and word.strip("/") != "")


_ASIDE = re.compile(r"\s*\((?![A-Z])[^()]*\)")


def _strip_event_words(part: str) -> str:
    """Given a title part, returns it without the words that say what the event is ("Acme 2nd rd" -> "Acme")."""
    part = _ASIDE.sub("", part) if "(" in part else part  # an aside: "(vor Ort)", "(redo)"
    # each run of words between event words, with what came before it: "at" (where), "with" (whom), "(" (an aside)
    runs: list[tuple[list[str], str]] = [([], "")]
    depth, saw_event = 0, False
    for word in part.split():
        if not re.search(r"\w", word) and word not in ("&", "+") and not EVENT_WORD.match(word):
            continue  # "3e entretien Clinexis !!", "Entrevista final Sirocco 🎯": punctuation or a symbol is no word
        if word.startswith("(") and depth == 0:
            runs.append(([], "("))
        depth += word.count("(")
        if saw_event and not depth and _IN.fullmatch(word):
            runs.append(([], "in"))  # "Ledgerline final round in Berlin": where, after what the event is
        elif _event_word(word.strip("().,:")) and not (word.endswith(".") and _HONORIFIC.fullmatch(word)):
            # ("Hr. Bauer": the dot makes "Hr" an honorific, not the HR department)
            saw_event = True
            kind = "at" if _AT.fullmatch(word) else "with" if _WITH.fullmatch(word) else ""
            runs.append(([], "(" if depth else kind))
        elif word.endswith(",") and not depth and saw_event and runs[-1][0]:
            runs[-1][0].append(word.rstrip(","))
            runs.append(([], ","))  # "entretiens Neoma Conseil, TGV 7h04": a comma ends the name
        else:
            runs[-1][0].append(word)
        depth = max(0, depth - word.count(")"))
        if word.endswith(")") and not depth:
            runs.append(([], ""))
    # ("Journée de recrutement Formapôle": a particle between event words is no run of its own)
    found = [(words, kind) for words, kind in runs if words and not set(map(str.lower, words)) <= _PARTICLES]
    if not saw_event:
        return part  # nothing said what the event is
    if not found:
        return ""  # only event words: "Tech screen"
    for (words, _), (after, kind) in itertools.pairwise(found):
        if _HONORIFIC.fullmatch(words[0]) and kind == "(" and _all_names(after):
            return " ".join(after).strip("()")  # "Kaffee mit Dr. Brandes (Nordkai)": the person, and where
    # "Nordmark Bank 2. Runde Fr. Albrecht": a run led by an honorific is a person; "Doclane 2. Runde mit Jakob",
    # "Epikura final w/ VP Services": whom the user meets; "Trainly hm call (Sanjay's boss)": an aside
    main = [words for words, kind in found if kind not in ("(", "in") and not (kind == "with" and _all_names(words))
            and not _HONORIFIC.fullmatch(words[0])]
    bracketed = [words for words, kind in found if kind == "(" and _all_names([w.strip("()") for w in words])]
    if bracketed and not any(_all_names(words) for words in main):
        # "charla puesto People (Pintxo Box)": what the talk is about, then in brackets who holds it
        return " ".join(bracketed[-1]).strip("()")
    if not main and found and all(_HONORIFIC.fullmatch(words[0]) for words, _ in found):
        return ""  # "Telefoninterview Hr. Bauer": only whom the user talks to
    candidates = main or [words for words, kind in found if kind != "("] or [words for words, _ in found]
    # "Interview w/ Dana @ Kelpie Labs": the longest run of names, the last of equals, is the company's
    best = max(reversed(candidates), key=len)
    if _all_names(best):
        return " ".join(best)
    if best is found[-1][0] and found[-1][1] == "" and not _ROLE_NOUN.search(fold(" ".join(best))) \
            and (named := _names_then_lower(best)) is not None:
        return named  # "AuditRight skills interview": the name, then what the talk is about in lower case
    # "chat about the IT lead role at Pallet & Co": a lowercase run says what the talk is about; the names after
    # "at" say where
    where = [words for words, kind in found if kind == "at" and _all_names(words)]
    return " ".join(where[-1]) if where else part


def _names_then_lower(words: list[str]) -> str | None:
    """Given a run of words, returns its capitalised first words when only lowercase words (no particle) follow
    them ("AuditRight skills" -> "AuditRight"), else None."""
    cut = next((i for i, w in enumerate(words) if not _all_names([w]) and fold(w) not in _PARTICLES), len(words))
    if 0 < cut < len(words) and not any(_all_names([w]) for w in words[cut:]):
        return " ".join(words[:cut])
    return None


_PARTICLES = frozenset({"de", "del", "des", "du", "da", "y", "of", "von", "der", "la", "le", "für", "fur", "&"})


def _all_names(words: list[str]) -> bool:
    return all(w.lstrip("(")[:1].isupper() or w[0].isdigit() or w == "&" for w in words)


_BETWEEN = re.compile(r"\s(?:entre|between|zwischen)\s(?=[A-ZÀ-Þ])")
_IN = re.compile(r"(?i)in|im")
_AT = re.compile(r"(?i)at|@|bei|chez|en|à")
_WITH = re.compile(r"(?i)w/|with|mit|avec|con")
_HONORIFIC = re.compile(r"(?i)(?:dr|fr|hr|herr|herrn|frau|mme|m|mr|mrs|ms|sr|sra|srta|prof|mlle|dott|dott\.ssa)\.?")


def names_a_job(name: str) -> bool:
    """Given a name as written, returns whether it holds a job's noun ("Data Engineer") and does not open with the
    trade before a firm's name ("Ingeniería Bética Solar")."""
    folded = fold(name)
    return bool(_ROLE_NOUN.search(folded)) and folded.split()[0] not in TRADE_LEADS


def without_post(name: str) -> str:
    """Given a company name as a text writes it, returns it without a post that follows the institution's name
    ("Maplestone College Dean of Admission" -> "Maplestone College")."""
    org = _ORG_THEN_POST.fullmatch(name)
    if org and not names_a_job(org.group(1)) and (names_a_job(org.group(2)) or _POST_LEAD.match(org.group(2))):
        return org.group(1)
    # ... or a room or ground of its site ("WFRI Seminar Room", "Ashbury Town FC Training Ground")
    site = _VENUE_TAIL.sub("", name)
    return site if len(site) >= 2 else name


_VENUE_TAIL = re.compile(r"\s+(?:seminar room|meeting room|boardroom|conference room|training (?:centre|center|ground)"
                         r"|schulungszentrum|assessment (?:centre|center)|main lot|site compound)$", re.IGNORECASE)


def title_candidates(summary: str) -> list[str]:
    """Given an event title, returns the parts that may name the company, the words saying what the event is
    taken off ("Acme 2nd rd" -> "Acme"), best first; none when the title is one part that names no event."""
    # "Primera entrevista Pagonube entre Carmen Vidal y Hannah Schulz": who meets follows "between"
    summary = _BETWEEN.split(summary, maxsplit=1)[0]
    parts = [p for p in COMPANY_TITLE_SPLIT.split(summary) if p.strip()]
    found: list[str] = []
    stripped = [_strip_event_words(p) for p in parts]
    if len(parts) < 2 and not _EVENT_FOR.search(summary) and stripped == parts:
        return found
    whom: list[str] = []
    for raw, bare in zip(parts, stripped, strict=True):
        part = raw
        # "Kinetic Sound, sound designer job": the name, then after a comma what the job is
        head, comma, tail = part.partition(", ")
        if comma and bare == part and _all_names(head.split()) and tail[:1].islower() \
                and _ROLE_NOUN.search(fold(tail)) and not _ROLE_NOUN.search(fold(head)):
            part = bare = head
        if match := _EVENT_FOR.search(part):
            part = part[match.end():]
        elif bare != part:
            part = bare
        if bare == part and clean_company(part) is None \
                and (named := _names_then_lower(re.sub(r"\s*\([^()]*\)$", "", part).split())) and " " in named:
            # "Skyline Airways cabin services programme" (too long for a name): the name, then what the day is
            # about in lower case
            part = named
        if (aside := _JOB_THEN_NAME.fullmatch(part)) and names_a_job(aside.group(1)) \
                and not names_a_job(aside.group(2)) and _all_names(aside.group(2).split()):
            whom.append(aside.group(2))  # "Producteur exécutif (Velvet Kraken)": the job, then whose (least sure)
            continue
        part = without_post(part.strip()) if part else part
        if not part or names_a_job(part) or re.search(r"\d", part):
            continue
        # "Call w/ Nadia (hiring mgr) - Kinetic Sound": whom the user talks to, after any part naming more
        (whom if _WHOM_ONLY.match(_ASIDE.sub("", raw)) else found).append(part)
    return found + whom


# An institution's name ending in what it is, then a post: "Fenwick Academy Head", "Sandpiper Homes Sales Consultant".
_ORG_THEN_POST = re.compile(r"((?:[A-ZÀ-Þ][\w'’.&-]*\s+){1,3}(?:College|Academy|School|University|Institute|Hospital"
                            r"|Clinic|Klinik|Klinikum|Homes|Realty|Hotels?|Bank|Colegio|Lycée|Schule))\s+([A-ZÀ-Þ].*)")
_POST_LEAD = re.compile(r"(?:Dean|Head|Principal|Rector|Provost|President)\b")
# A job, then in brackets a name of two or more words: "Producteur exécutif (Velvet Kraken)".
_JOB_THEN_NAME = re.compile(r"([^()]+?)\s*\(([A-ZÀ-Þ][^\W\d_]+(?:\s[A-ZÀ-Þ&][^\W\d_]*){1,3})\)")
# A title part that names only the person the user meets: "Call w/ Nadia (hiring mgr)", "Chat mit Jonas".
_WHOM_ONLY = re.compile(r"^(?:\S+\s+){1,3}(?i:w/|with|mit|avec|con)\s+[A-ZÀ-Þ][\w'-]*\s*$")
