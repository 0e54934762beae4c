"""Interview stage from the title, else the description: screen, technical, hiring manager, onsite, final."""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import HR, fold, words_rx
from afterview.daemon.verdicts import Stage

# Most specific first: a "final round technical interview" is the final round.
_STAGES: list[tuple[Stage, re.Pattern[str]]] = [
    ("final", words_rx([
        r"final (?:round|interview|stage|conversation|chat|call|onsite|panel|loop)", r"last round", r"final-round",
        r"abschlussgesprach", r"finale[sn]? (?:gesprach|runde|interview|gesprachsrunde)", r"letzte runde",
        r"entretien final", r"dernier entretien", r"tour final", r"entrevista final", r"ronda final",
        r"ultima (?:ronda|entrevista)", r"(?:meet|chat with|call with) (?:the|our) (?:ceo|founders?)",
        r"executive (?:interview|round)", r"[a-z]*gesprach mit (?:der|dem) geschaftsfuhr(?:ung|er|erin)",
        # "Schlussgespräch", "zum abschliessenden Gespräch", "Dernière étape", "épreuve finale", "reunión final"
        r"schlussgesprach", r"abschliessende[nms]? gesprach", r"derniere etape", r"ultima etapa", r"reunion final",
        r"epreuve finale", r"final stage", r"最終面接", r"saish?uu? mensetsu",  # (Japanese)
    ])),
    ("onsite", words_rx([
        r"on-?site", r"onsite interviews?", r"virtual onsite", r"panel(?: interview)?", r"interview loop",
        r"loop", r"super ?day", r"vor[- ]ort(?:-?termin| gesprach)?", r"assessment[- ]?cent(?:er|re)",
        r"(?:group|gruppen)-? ?assessment", r"jornada de (?:evaluacion|seleccion)", r"journee d'evaluation",
        r"sur site", r"dans nos locaux", r"presencial", r"en (?:nuestras )?oficinas",
        r"entrevistas en panel", r"journee d'entretiens", r"full day", r"assessment day",
        # "In-person interview", "entrevistas presenciales" (a trial day authors call onsite, final or neither)
        r"in-person interview", r"(?:entrevistas|jornada) presenciales?",
    ])),
    ("hiring_manager", words_rx([
        r"hiring (?:manager|mgr)", r"hm(?: interview| round| call| chat| screen)?",
        r"with (?:the|your future) manager", r"team lead(?:er)? (?:interview|call|chat)",
        r"gesprach mit (?:der|dem|ihrer|ihrem|deiner|deinem) (?:teamleitung|fuhrungskraft|teamleiter(?:in)?"
        r"|zukunftigen (?:vorgesetzten|teamleitung))", r"manager d'equipe",
        r"futur manager", r"responsable (?:du recrutement|d'equipe|de l'equipe)", r"manager operationnel",
        r"gerente de contratacion", r"responsable del area", r"(?:jefe|jefa|responsable) del? equipo",
        r"(?:avec|con|mit) (?:le|la|el|der|dem|ihrem|ihrer|votre|tu|su) (?:future? )?(?:manager|managerin|manageuse)",
        r"manager (?:interview|round|call|chat)", r"(?:would|will) be your (?:direct |future |line )?manager",
        r"(?:ihr|dein)(?:e|er|em|en)? (?:kunftige|zukunftige)[rnm]? (?:vorgesetzte[rn]?|fuhrungskraft)",
        r"(?:i'm|i am|am) hiring for", r"votre futur(?:e)? (?:manager|responsable)",
        r"(?:tu|su) (?:futuro|futura) (?:jefe|jefa|responsable)",
        # "Visio entretien manager", "Entrevista con el responsable", "meeting with the team lead", "2nd round w/ GM"
        r"entretien (?:avec (?:le |la |votre )?)?manager", r"(?:entrevista|reunion|charla) con (?:el|la|tu) "
        r"(?:responsable|jefe|jefa|head|director|directora|manager)(?! de (?:seleccion|rrhh|recursos|talento))",
        r"(?:meeting|interview|call|chat) with (?:the|your) (?:team lead|line manager|department head|head of)",
        r"(?:gesprach|kennenlernen) mit (?:der|dem) fachabteilung", r"(?:w/|with) (?:the )?(?:gm|general manager)",
        r"(?:meet|meeting) your (?:future |new )?(?:manager|boss|team lead|line manager)", r"line manager",
        # "(futuro jefe)", "qui sera votre N+1", "Entretien avec M. Girard (manager)"
        r"futur[oa]? (?:jefe|jefa)", r"(?:votre|ton|tu|su|sera) (?:futur[e]? |futuro |futura )?n\+1", r"\(manager\)",
    ])),
    ("technical", words_rx([
        r"technical", r"tech (?:interview|screen|round)", r"coding", r"live coding", r"pair[- ]programming",
        r"pairing", r"sys(?:tem)? design", r"architecture (?:interview|round)", r"take-?home", r"code review",
        r"algorithms?", r"technisches?", r"fachgesprach", r"fachinterview", r"systemdesign", r"etude de cas",
        r"caso practico", r"fallstudie", r"programacion en pareja", r"fachliches gesprach", r"programmier",
        r"entretien technique", r"test technique", r"exercice technique", r"entrevista tecnica",
        r"prueba tecnica", r"ejercicio tecnico", r"case study", r"case interview", r"hackerrank",
        r"coderpad", r"codesignal", r"karat",
        # a practical test or work sample: "Prueba práctica – Soporte N2", "praktische Aufgabe", "épreuve pratique"
        r"prueba practica", r"ejercicio practico", r"practical (?:test|exercise|assessment|task)", r"work sample",
        r"praktische (?:aufgabe|ubung|arbeitsprobe)", r"praxis(?:test|aufgabe)", r"arbeitsprobe",
        r"(?:epreuve|exercice|test|cas) pratique",
        # a case the user presents or plays, a technical exchange: "Case presentation", "Mise en situation",
        # "Échange technique", "point technique", "Segunda entrevista (técnica)"
        r"case (?:presentation|exercise)", r"mise en situation", r"(?:echange|point|entretien) technique",
        r"\(tecnica\)", r"\(technique\)", r"tech/demo",
        # a pilot's selection in the simulator ("GFA sim assessment A350"; not a recurrent "sim check")
        r"sim(?:ulator)? (?:assessment|screening|evaluation|ride)",
        # a public selection's written test ("ECA épreuve écrite", "Épreuve écrite – Attaché qualifié")
        r"epreuve ecrite", r"written (?:test|exam)", r"etude de cas ecrite", r"schriftliche prufung",
        r"prueba escrita",
    ])),
    ("recruiter_screen", words_rx([
        r"recruiter (?:screen|call|chat|interview|conversation|intro)", r"phone ?screen(?:ing)?",
        r"screening(?: call| interview)?", r"intro(?:ductory)? call", r"initial (?:call|conversation|chat|"
        r"interview)", r"first (?:call|conversation|chat)", r"talent acquisition (?:call|screen|chat|interview)",
        r"(?:call|chat|talk|screen|phone|zoom|meeting) (?:w/|with) (?:the |a |our )?(?:[a-z0-9&'-]+ )?"
        r"recruit(?:er|ing)", r"chat with (?:a |our )?recruit", r"telefoninterview", r"telefonisches interview",
        r"erstgesprach", r"kennenlern(?:gesprach|-?call|termin)", r"erstes kennenlernen",
        r"telefonat mit (?:dem |der )?(?:recruiting|personal)", r"premier entretien", r"premier (?:echange|appel)",
        r"primer (?:contacto|llamada)", r"(?:call|appel|rdv|llamada|telefonat|anruf|visio) (?:[a-z0-9&'-]+ ){0,3}"
        rf"(?:[-–—|] )?(?:{HR}|rh|rrhh|recrutement|talent acquisition)",  # (not "Hr. Kessler", Herr)
        r"entretien telephonique", r"appel (?:de|avec) (?:la |le )?(?:recrut|rh)", r"preselection",
        r"vorauswahl", r"pre-?qualification",
        r"preseleccion", r"llamada inicial", r"entrevista telefonica", r"primera (?:entrevista|llamada)",
        r"(?:llamada|reunion|charla|entrevista) con (?:el equipo de )?(?:seleccion|recursos humanos|rrhh)",
        r"pre-?screen",
        r"recruiting call", r"echange telephonique", r"(?:appel|entretien|echange) rh",
        rf"(?:con|with|avec|mit) (?:rr\.? ?hh\.?|rrhh|rh|{HR})(?![a-z])",
        r"hr (?:call|screen|interview|chat)",
        r"\((?:hr|rh|rrhh)\)",  # "Videocall mit Hr. Pichler (HR)": whom the talk is with
        # "Phone interview", "Tel.-Interview", "Telephone screen", "first-round call", "Intro screen", "Appel
        # découverte", "30 Minute Intro", "Bewerbungsgespräch (telefonisch, 30 Min.)"
        r"(?<!following your )(?<!after your )(?:tele)?phone interview",
        r"tel\.?-? ?interview", r"telephone screen(?:ing)?", r"first[- ]round call",
        r"intro screen", r"appel decouverte", r"\d{2} minute intro", r"\(telefonisch",
    ])),
]


# In a title only: a description names a "Bereichsleiter" among several interviewers of any round.
_TITLE_HM = words_rx([r"(?:gesprach|interview|termin) mit (?:der|dem|ihrer|ihrem) "
                 r"(?:bereichs|abteilungs)leit(?:ung|er|erin)"])
# In a description only: the writer is the future boss or the founder who decides ("mit mir als künftiger
# Vorgesetzter", "the role reports to him", "Ich bin Gründer und entscheide über die Stelle", "I'm hiring … myself").
_BODY_HM = words_rx([
    r"mit mir als (?:\w+ )?(?:fachvorgesetzte[rn]?|kunftige[rn]? vorgesetzte[rn]?|vorgesetzte[rn]?|head of \w+)",
    r"als (?:kunftige|zukunftige)[rn]? vorgesetzte[rn]?", r"(?:the|this) role reports (?:directly )?to (?:him|her|me)",
    r"(?:the )?partner you would report to", r"(?:you would|you'd|you will) (?:be )?report(?:ing)? (?:directly )?to me",
    r"ich bin (?:der |die )?(?:mit)?grunder(?:in)? und entscheide", r"i'?m (?:the )?co-?founder of [\w ]{1,30}and i'?m "
    r"hiring", r"hiring (?:our|the) first [\w ]{1,30} myself", r"je recrute moi-meme", r"founder interview",
    r"te entrevisto yo",
])
_RECRUITER_NAMED = re.compile(r"\((?:[\w&' -]+ )?(?:recruiter|recruiting|talent partner)\)")
# What a description may name: every stage, and a hiring-manager round in the words only a description uses.
_BODY_STAGES = (*_STAGES, ("hiring_manager", _BODY_HM))


def find_stage(summary: str, description: str, role: str | None = None) -> tuple[Stage | None, str | None]:
    """Given title and description, returns (stage or None, the cue that decided it).

    In the title the most specific stage wins; in the description the first one named, because
    descriptions go on to mention later rounds ("next would be a technical interview").
    """
    if role:  # an "Engineering Manager" role is not a hiring-manager round
        summary, description = summary.replace(role, " "), description.replace(role, " ")
    title = fold(summary)
    for stage, pattern in _STAGES:
        match = pattern.search(title)
        if match:
            return stage, match.group(0)
    if match := _TITLE_HM.search(title):
        return "hiring_manager", match.group(0)
    if match := _RECRUITER_NAMED.search(title):  # "Call with Tom (Mintleaf recruiter)"; in a body, a job title
        return "recruiter_screen", match.group(0)
    body = fold(description)
    best: tuple[int, Stage, str] | None = None
    for stage, pattern in _BODY_STAGES:
        match = pattern.search(body)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), stage, match.group(0))
    if best:
        return best[1], best[2]
    return None, None

