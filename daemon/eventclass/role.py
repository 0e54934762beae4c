"""The role an interview is for: "for the Senior Data Engineer role", "Stelle: …", "poste de …", title parts."""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.daemon.eventclass.signals import fold

# Cities an office is in, written after a job or a one-word company name ("(Barcelona)", "Cursivia Paris").
CITIES = (r"paris|lyon|marseille|toulouse|bordeaux|nantes|lille|grenoble|bruxelles|brussels|berlin|hamburg|m[üu]nchen"
          r"|munich|k[öo]ln|frankfurt|stuttgart|d[üu]sseldorf|leipzig|wien|vienna|z[üu]rich|gen[èe]ve|geneva|bern|basel"
          r"|lausanne|luxembourg|luxemburg|luxemburgo|madrid|barcelona|valencia|sevilla|bilbao|zaragoza|m[áa]laga"
          r"|london|manchester|leeds|dublin|amsterdam|rotterdam|lisboa|lisbon|milano|milan|roma")
_CITY = re.compile(rf"(?:{CITIES})(?: am main)?", re.IGNORECASE)
TITLE_SPLIT = re.compile(r"\s*(?:<>|<->|\s[x×/|+&]\s|\s[-–—:]\s|:\s|\|)\s*")
ROLE_NOUN = re.compile(
    r"engineer|developer|manager|designer|analyst|scientist|architect|lead\b|director|consultant"
    r"|specialist|product|entwickler|ingenieur|leiter|developpeu|chef de projet|ingeniero|ingeniera"
    r"|desarrollador|responsable|administrator|sre\b|devops|researcher|writer|marketer|accountant"
    r"|recruiter|associate|intern\b|representative|programmer|owner|tester|qa\b|head of|vp\b|officer|fellow\b"
    r"|berater|referent|sachbearbeiter|charge|directeur|directrice|jefe|jefa|gerente|programador"
    r"|analista|arquitect|administrad|consultor|disenador|tecnic|coordinador|redakteur|redacteur|redactor"
    r"|editor|technician|teacher|nurse|planner|coordinator|assistant|advisor|adviser|counsel|lawyer"
    r"|attorney|paralegal|economist|statistician|strategist|buyer|controller|auditor|chemist|operator"
    r"|mechanic|pharmacist|gestionnaire|comptable|commercial|vendedor|kaufmann|kauffrau|fachkraft"
    r"|projektleiter|steward|technicien|ingenieria|especialista|experte?|expert[oa]|cientifico|prufer"
    r"|techniker|informatiker|supervisor|monteur|elektroniker|mechatroniker|erzieher|apotheker|buchhalter|disponent"
    r"|werkstudent|praktikant|auszubildende|trainee|apprenti|alternant|becari[oa]"
    r"|actuar|underwriter|producer|cashier|barista|\bchef\b|\bcook\b|driver|physician|\bpilot\b|clerk"
    r"|receptionist|secretary|bookkeeper|teller|broker|trader|banker|professor|lecturer|postdoc|leitung|teamlead"
    r"|verk[aä]ufer|pfleger|fahrer|conseill|vendeu|animat(?:eur|rice)|cajer[oa]|camarer[oa]|enfermer[oa]"
    r"|profesor|abogad[oa]|contable|dependient|recepcionista"
    r"|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|infirmi(?:er|ere)|koordinator|superviseu|gestor|spezialist"
    r"|beauftragte|superintendent|assistent|(?<!career )(?<!life )(?<!interview )\bcoach\b"  # ("Instructional Coach")
    r"|trainer|formador|formadora|format(?:eur|rice)|ausbilder"
    # the short forms people type: "PM role", "SWE II", "TPM"
    r"|\b(?:pm|tpm|swe|sde|cto|cpo|cfo|coo|ux|ui|ml|bi)\b",
    re.IGNORECASE,
)
# Group "s": the phrasing itself says a job title follows ("Bewerbung als", "poste de"), no role noun needed.
_ROLE_PATTERNS = [re.compile(p) for p in (
    # "for the Software Engineer, Payments role", "the Senior Backend Engineer (Billing) position"
    r"(?i:for (?:the|a|an|our) (?:position|role) of|for (?:the|a|an|our))\s+(?P<k>[^\n.;:!?]{1,80}?)\s+"
    r"(?i:role|position|opening|job|vacancy|opportunity)\b",
    r"(?i:(?:the|a|an) (?:position|role|post) of)\s+(?P<k>[A-Z][^\n.,;:!?()]+?)"
    r"(?=\s+(?:is|has|was|at|with|in|on)\b|[\n.,;:!?(]|$)",
    r"(?i:(?:role|position|job title|job|opening|stelle|poste|puesto|vacante|posting|requisition|interview for)\s*:)\s*"
    r"(?P<k>(?:[^\n;|.!?]|\.(?!\s|$))+)",
    r"(?i:service|servicio|dienstleistung|prestation)\s*:\s*(?P<r>[^\n;|]+)",
    r"(?i:(?:job|stelle|position|role|poste|puesto|rol))\s+[„\"“«]\s*(?P<s>[^\"”“»\n]+?)\s*[\"”“»]",
    r"(?i:(?:an der|der|die|zur) (?:position|stelle)(?: als)?)\s+(?P<s>[A-ZÄÖÜ][^\n.,;:!?]+)",
    r"(?i:candidatura (?:para|a)(?: la vacante de| el puesto de)?)\s+(?P<s>[A-ZÁÉÍÓÚÑ][^\n.,;:!?]+)",
    r"(?i:f[üu]r die (?:position|stelle|rolle)(?: als| des| der| einer?)?|(?:stelle|position) als)"
    r"\s+(?P<s>[^\n.,;:!?]+)",
    r"(?i:(?:pour le|au|du) poste d(?:e |'|’)|poste de)\s*(?P<s>[^\n.,;:!?]+)",
    r"(?i:para el puesto de|(?:la )?posici[oó]n de|vacante de|el rol de)\s+(?P<s>[^\n.,;:!?]+)",
    r"(?i:interviews?|screen|call|round|loop|onsite|stage|gespr[aä]ch|entretiens?|entrevistas?|presentation"
    r"|pr[äa]sentation|pr[ée]sentation|presentaci[oó]n)(?: [a-z]+)?"
    r" (?i:for|f[üu]r|pour|para)"
    r" (?:the |a |an )?(?P<r>[^\n.,;:!?()]+)",
    r"\b(?:the|a|an|our|this|that) (?P<k>[A-Z][^\n.;:!?]{2,60}?) (?i:role|position|opening|vacancy)\b",
    r"(?i:b[uú]squeda de)\s+(?P<s>[A-ZÁÉÍÓÚÑ][^\n.,;:!?]+)",
    # "proceso de selección (Data Engineer Senior)", "Bewerbungsprozess (Senior Analytics Engineer)"
    r"(?i:proceso de selecci[oó]n|bewerbungsprozess(?:es)?|auswahlverfahren|processus de recrutement|hiring process"
    r"|interview process)\s*\((?P<r>[^()\n]{3,60})\)",
    r"(?i:(?:proceso|process|processus|prozess|verfahren)s? (?:para|for|pour|f[üu]r))"
    r"\s+(?:(?:el|la|the|le|die|den|a|an) )?(?P<r>[^\n.,;:!?()]+)",
    r"(?i:vacante)\s+(?!de\b)(?P<s>[A-ZÁÉÍÓÚÑ][^\n.,;:!?]+)",
    r"(?i:(?<=(?:am|'m|re) )hiring (?:for|a|an)|hiring (?:manager|mgr) for)\s+"
    r"(?:(?:the|a|an) )?(?P<r>[^\n.,;:!?()]+)",
    r"(?i:regarding|betreff|concerne|asunto)\s*:\s*(?P<r>[^\n;|]+)",
    r"(?i:(?:en|al|del|para) (?:el )?puesto de)\s+(?P<s>[^\n.,;:!?]+)",
    r"(?i:bewerbung (?:als|f[üu]r (?:die |eine )?(?:stelle |position )?(?:als |des |der )?))"
    r"\s*(?P<s>[^\n.,;:!?]+)",
    r"(?i:candidature (?:au|pour le) poste d(?:e |'|’)|candidature (?:en tant que|comme))"
    r"\s*(?P<s>[^\n.,;:!?]+)",
    r"(?i:(?:solicitud|candidatura) (?:como|para el puesto de|al puesto de|a la vacante de))\s+"
    r"(?P<s>[^\n.,;:!?]+)",
    r"(?i:applied for|application for|applying for) (?i:the |a |an )?(?i:(?:internal |advertised )?"
    r"(?:position|role|post|vacancy) of )?"
    r"(?P<r>[^\n.,;:!?()]+?)(?=\s+(?i:role|position|opening|at|with)\b|[\n.,;:!?(]|$)",
    r"(?P<r>[A-Z][^\n.,;:!?()]{1,60}?) (?i:role|position)\b",
    # a founder's own words: "Buscamos Customer Experience Manager", "we're looking for a Head of Ops"
    r"(?i:buscamos|we(?:'re| are) looking for|wir suchen|nous recherchons|on cherche)"
    r"(?: (?i:a|an|un|una|une|eine?n?))?\s+(?P<r>[A-ZÀ-Þ][^\n.,;:!?()]+)",
)]
# Words a pattern cannot match without, one tuple per pattern in order (a cheap test before the scan): each
# pattern's case-insensitive literals, of which the lowered text must hold one. Descriptions are long and most
# name none of them, so most scans are skipped (a first read of 5,000 events spent 1.6 s in these scans).
_NEEDLE_LIST = (
    ("for ",), ("position of", "role of", "post of"),
    ("role", "position", "job", "opening", "stelle", "poste", "puesto", "vacante", "posting", "requisition",
     "interview for"),
    ("service", "servicio", "dienstleistung", "prestation"), ("job", "stelle", "position", "rol", "poste", "puesto"),
    ("position", "stelle"), ("candidatura",), ("position", "stelle", "rolle"), ("poste",),
    ("puesto de", "posición de", "posicion de", "vacante de", "el rol de"),
    (" for ", " für ", " fur ", " pour ", " para "), ("role", "position", "opening", "vacancy"), ("squeda de",),
    ("selecci", "bewerbungsprozess", "auswahlverfahren", "processus", "process"), ("proce", "prozess", "verfahren"),
    ("vacante",), ("hiring",), ("regarding", "betreff", "concerne", "asunto"), ("puesto de",), ("bewerbung",),
    ("candidature",), ("solicitud", "candidatura"), ("applied for", "application for", "applying for"),
    ("role", "position"), ("buscamos", "looking for", "wir suchen", "recherchons", "on cherche"),
)
_NEEDLES = {p.pattern: needles for p, needles in zip(_ROLE_PATTERNS, _NEEDLE_LIST, strict=True)}
# Letters that a case-insensitive pattern matches as ASCII but str.lower() keeps apart (U+0130, U+0131, U+017F,
# U+212A): mapped first, so a needle test never skips a text the pattern would match.
_ODD_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# Only in the title: in a description, parentheses hold interviewers' job titles.
_ROLE_IN_PARENS = re.compile(r"\((?P<r>[^()\n]{3,60})\)")
_ROLE_STOP = re.compile(
    r"\s+(?:at|with|bei|mit|chez|avec|en|con|in|on|im|the|au sein|within|dentro|to|who|that|-|–|—|\||@"
    r"|between|entre|zwischen)\s.*$"
    r"|\s*\((?:m/w/d|w/m/d|f/m/x|m/f/d|h/f|f/h|all genders)\).*$|\s*\([^()]*\)$|\s*\([^()]*$"
    r"|\s+(?:m/w/d|w/m/d|f/m/x|m/f/d|h/f|f/h)$"
    r"|\s+(?:role|position|opening|posting|vacancy|job|interview|stelle|intro|cohort|intake|loop|panel|onsite|on-site"
    r"|debrief|chat|call)$"
    # the event was called off: "Consultante Senior Banque annulé", "Implementation Manager absagen"
    r"|\s+(?:annul[ée]e?|abgesagt|absagen|cancel+ed|cancelad[oa]|anulad[oa]|storniert)\W*$"
    # the sentence goes on after the title: "… has been confirmed", "… ha sido confirmada", "… ein(laden)"
    r"|\s+(?:has been|have been|is now|ha sido|han sido|a [ée]t[ée]|wurde|ist)\s.*$|\s+ein(?:laden)?$"
    # "… einzuladen", "… zu zwei Hospitationstagen", "… and I'd love": the sentence goes on
    r"|\s+(?:einzuladen|einladen|zu\s.*|and i(?:'d| would)\s.*|,\s*(?:va|ref|req)\b.*)$"
    r"|\s+(?:is|was|are|qued[oó]|queda|est[aá]|ser[aá]|wird|est)\s.*$"
    # "… eingeladen", "… wäre direkt", "… am Standort Ludwigsburg", "… à l'Atelier Ducros": the sentence goes on
    r"|\s+(?:eingeladen|gehen|w[äa]re|w[äa]ren|sind|hat|haben|werden|am|à|au|aux|aupr[èe]s)\b.*$"
    # "… et souhaitons vous rencontrer", "… and we would like": the sentence goes on
    r"|\s+(?:et|and|und|y)\s+(?:nous|we|wir|vous|you|sie|souhait\w*|would|le|la|te|lo)\b.*$"
    # "… kennenlernen", "… basé à Grenoble": the sentence goes on
    r"|\s+(?:kennenlernen|kennen lernen|treffen|sprechen|bas[ée]e?s?|situ[ée]e?s?|ubicad[oa]|based)\b.*$"
    # the office after the job: "(Barcelona)", ", Frankfurt", "Luxemburgo", ", Standort Wien"
    r"|,\s*(?:standort|sede)\b.*$"
    # "(Data Lead, vertraulich)": the agency keeps the client confidential, no part of the job
    r"|,\s*(?:vertraulich|confidential|confidentiel(?:le)?|confidencial)$"
    r"|(?:\s*\(|,?\s+)(?:" + CITIES + r")(?: am main)?\)?$",
    re.IGNORECASE,
)
_NOT_TEAM = re.compile(r"(?i)\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|m/w/d|w/m/d|f/m/x|m/f/d"
                       r"|h/f|f/h|all genders|\d)")
_TEAM_AFTER = re.compile(r",[ ]([A-Z][\w&'-]*(?:[ ][A-Z][\w&'-]*){0,2})(?=[.\n]|$)")
_ROLE_LEAD = re.compile(r"^(?i:position|role|poste|puesto|stelle|posici[oó]n)(?:\s+(?i:of|als|de|d'))?\s+(?=[A-ZÀ-Þ])"
                        # what the event is, or the offer's label, before the role: "2. Runde Manager Finance",
                        # "Vorstellungsgespräch Referent …", "vacante interna Jefe de …", 'oferta "Jefe/a …'
                        r"|^(?i:\d\.?\s*runde|zweitgespr[aä]ch|erstgespr[aä]ch|vorstellungsgespr[aä]ch"
                        r"|auswahlgespr[aä]ch|praxistag|probetag|probearbeit|hospitation(?:stag)?|vorabinterview"
                        r"|assessment[ -]cent(?:er|re)|journ[ée]e d'immersion"
                        r"|bewerbungsgespr[aä]ch|fachgespr[aä]ch|vacante(?: interna)?|oferta|puesto de|offre"
                        # "candidature conseillère …", "poste chef de quai", "Interne Bewerbung …", "Fachinterview …",
                        # "2nd round, …"
                        r"|candidature|poste|(?:interne )?bewerbung|\w*interview(?!\s+intern)"
                        r"|\d(?:st|nd|rd|th) round,?)\s+\"?")



# Job names read only when a role is looked for (the decision's role nouns stay as they are): lawyers, buyers and
# clinical-research jobs in French, German and Spanish (not their short forms: "Jonas, CRA" is a person).
_JOB_ONLY = re.compile(r"\bjuriste|eink[aä]ufer|acheteu(?:r|se)|comprador(?:a)?\b|attach[ée]e? de recherche"
                       r"|monitor(?:a)? de ensayos|\bassistent(?:in)?\b"
                       r"|farmacovigilancia|pharmacovigilance|drug safety")
# A title that opens with what the event is, one word: "Telefoninterview …", "Fachgespräch …", "Entretien …".
_EVENT_FIRST = re.compile(r"(?i)(?:\w*interview|\w*gespr[aä]ch|entretien|entrevista)\s+(?=[A-ZÀ-Þ])")
_TALK_FIRST = re.compile(r"^[\w ]*?\b(?i:call|chat|interview|screen|entretien|entrevista|gespr[aä]ch|llamada|appel)"
                         r"(?:\s*\([^()]*\))?(?:,\s+|\s+[-–—]\s+)(?=[A-ZÀ-Þ])")
# What the talk is, then the job in lower case, then who: "Entrevista gerente Casa Albahaca", "Entretien directeur
# adjoint Lycée Ampère".
_LOWER_ROLE_FIRST = re.compile(r"^(?i:\w*interview|\w*gespr[aä]ch|entretien|entrevista)\s+"
                               r"(?P<r>[a-zß-ÿ][\w'-]*(?:\s+[a-zß-ÿ][\w'-]*){0,3})\s+(?=[A-ZÀ-Þ])")
# What the talk is, before "poste"/"Stelle": "échange poste Head of Ops", "call re role …".
_TALK_LEAD = re.compile(r"^(?i:[ée]change|call|chat|charla|gespr[aä]ch|appel|llamada)\s+(?=(?i:poste|position|role"
                        r"|stelle|puesto)\s)")


def extract_role(summary: str, description: str) -> str | None:
    """Given title and description, returns the role applied for ("Senior Data Engineer") or None."""
    role = _extract_role(summary, description)
    if role and len(role) <= 4 and role.isupper() and description:
        # "call w/ Priya re: PM role" whose notes say "hiring mgr for Product Manager, Data Platform": written out
        return _extract_role(description, "") or role
    return role


def _extract_role(summary: str, description: str) -> str | None:
    for text in (summary, description):
        lowered = text.translate(_ODD_CASE).lower()
        for pattern in _ROLE_PATTERNS:
            needles = _NEEDLES.get(pattern.pattern)
            if needles and not any(n in lowered for n in needles):
                continue  # the words it starts from are missing: no need to scan
            for match in pattern.finditer(text):
                group = next(g for g in ("s", "k", "r") if g in pattern.groupindex)
                found = _clean_role(match.group(group), group == "s", group == "k")
                team = _TEAM_AFTER.match(text, match.end()) if found and group == "r" else None
                if team and found == match.group(group).strip() and not _NOT_TEAM.search(team.group(1)):
                    # "interview for Lead Data Analyst, Player Insights.": the team ends the sentence with the role
                    found = f"{found}, {team.group(1)}"
                if found:
                    return found
    if (lower := _LOWER_ROLE_FIRST.match(summary)) and ROLE_NOUN.search(fold(lower.group("r"))):
        return lower.group("r")
    parts = TITLE_SPLIT.split(summary)
    # "Telefoninterview Junior Buyer Non-Food": one part, what the talk is and then the job
    for part in parts if len(parts) > 1 else [p for p in parts if _EVENT_FIRST.match(p)]:
        found = _clean_role(part)
        if found:
            # "Learning & Development Officer": the title split at "&" inside the job's name
            joined = re.search(rf"(?<![\w&] )\b([A-ZÀ-Þ][\w-]+) & {re.escape(found)}", summary)
            if joined and not ROLE_NOUN.search(fold(joined.group(1))):
                return f"{joined.group(1)} & {found}"
            return found
    for match in _ROLE_IN_PARENS.finditer(summary):
        found = _clean_role(match.group("r"))
        if found:
            return found
    return None


@lru_cache(maxsize=8192)  # title parts and phrases repeat across a calendar
def _clean_role(raw: str, strong: bool = False, keyword: bool = False) -> str | None:
    """Given text that may hold a role, returns the role or None. `strong`: the phrasing announced a job
    title; `keyword`: the text named it a role/position ("the Credit Risk Modeller vacancy"), so a
    capitalised title needs no known role noun."""
    role = raw.strip(" \t-–—:\"'")
    if role.endswith(")") and "(" not in role:
        role = role[:-1]  # "final stage (Learning & Development Specialist)" split at "&": the bracket's end
    # A team in brackets after a named job stays ("Backend Engineer (Payments)"); a place or a contract goes.
    team = re.search(r"\s*\(([^()]{2,30})\)$", role) if keyword else None
    if team and (not team.group(1)[0].isupper() or "," in team.group(1) or _NOT_TEAM.search(team.group(1))):
        team = None
    if team:
        role = role[: team.start()]
        if _CITY.fullmatch(team.group(1)):
            team = None  # "Compliance Analyst (Frankfurt am Main)": the office, not the team
    # "Req 2026-1187 Clinical Data Manager", "Job 55120 – Network Engineer III"
    role = re.sub(r"^(?i:req(?:uisition)?|job|ref)\.?\s*#?\s*[\w-]*\d[\w-]*\s*[-–:]?\s*", "", role)
    role = re.sub(r"^[A-Z]{0,4}-?\d{3,}[\w-]*\s*[-–:]?\s+", "", role)  # "R-20418 Senior Data Engineer"
    # "Jordan Lee for Senior Frontend Engineer": the role is what follows "for".
    for word in (" for ", " für ", " pour ", " para ", " re ", " re: ", " about ", " wg. ", " sobre "):
        head, sep, tail = role.rpartition(word)
        if sep and head and ROLE_NOUN.search(fold(tail)) and not ROLE_NOUN.search(fold(head)):
            role = tail
            break
    # "Candidate call (30 min) - Client Services Manager", "first chat, Head of Guest Ops": what the talk is, first
    role = _TALK_FIRST.sub("", role)
    # "Azuréa Hotels & Resorts / Front Office Director": a title's separator, the company before it
    head, sep, tail = role.rpartition(" / ")
    if sep and ROLE_NOUN.search(fold(tail)) and not ROLE_NOUN.search(fold(head)):
        role = tail
    for _ in range(3):
        role = _ROLE_STOP.sub("", role).strip(" \t-–—:,.\"'")
    role = re.sub(r"^(?i:the|a|an|our|le|la|el|die|der|un|une|una)\s+", "", role)
    role = _ROLE_LEAD.sub("", _TALK_LEAD.sub("", role))
    if not role or len(role.split()) > (5 if strong else 8) or re.search(r"(?:^|\s)w/\s", role):
        return None  # (a talk "w/ TBS PSS analyst" is with someone of that post)
    capitalised = all(w[0].isupper() or w.lower() in ("of", "and", "&", "de", "for", "und", "et", "y")
                      for w in role.split())
    if not ROLE_NOUN.search(fold(role)) and not _JOB_ONLY.search(fold(role)) and not (strong and role[0].isupper()) \
            and not (
            keyword and capitalised and len(role.split()) <= 5):
        return None
    if re.search(r"hiring manager|(?:phone|recruiter|technical) screen|final round"
                 r"|^(?:prueba|ejercicio|exercice|test|caso|case) (?:tecnic|practic|technique|study)", fold(role)):
        return None
    if re.search(r"(?i)\b(?:interview|screen|call|meeting|gespr[aä]ch|entretien|entrevista)\b", role):
        return None
    if fold(role) == "recruiter" and re.search(r"(?i)\brecruiter (?:call|chat|screen)", raw):
        return None  # "Atlas Fares – recruiter call": who calls, not the job
    if re.match(r"(?:programme|program|programa|programm)\b", role):
        # "programme Formateurs Avialis Academy": a training programme in lower case is no job title (not "Program
        # Manager")
        return None
    return f"{role} ({team.group(1)})" if team else role
