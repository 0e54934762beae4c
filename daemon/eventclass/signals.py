"""Multilingual cue patterns (EN/DE/FR/ES) and the domain lists the event classifier matches against (description
footers: boilerplate.py; what is never the user's interview: vetoes.py).

Patterns are written against `fold()`ed text: lower-case, accents removed, whitespace collapsed,
so "Vorstellungsgespräch" and "vorstellungsgesprach" are the same cue.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# (re-exported: the free-mail and tool lists live in freemail.py and toolnames.py; their importers still read
# them here)
from afterview.daemon.eventclass.freemail import is_free_mail as is_free_mail
from afterview.daemon.eventclass.toolnames import ATS_WORDS as ATS_WORDS
from afterview.daemon.eventclass.toolnames import TOOL_BRANDS as TOOL_BRANDS
from afterview.daemon.eventclass.toolnames import TOOL_DOMAINS as TOOL_DOMAINS
from afterview.daemon.eventclass.toolnames import is_tool_domain as is_tool_domain

# The words that greet someone by name ("Hi Priya", "Liebe Noor", "Hola Marta"), for raw or fold()ed text.
GREETING_WORDS = (r"(?:hi|hello|hey|dear|hallo|liebe[rs]?|guten tag|moin|servus|bonjour|salut|hola|buenos d[ií]as|beste"
                  r"|buenas)")

_SPACE = re.compile(r"\s+")


# German umlauts as an address or a domain spells them ("Bärtschi" in baertschi@, "Moosgrün" in moosgruen.de).
SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
                               "đ": "d", "Đ": "D"})


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Given any text, returns it lower-cased, without accents, whitespace collapsed."""
    # Cached: one event's title and description are folded by several extractors.
    if text.isascii():  # nothing to decompose: the per-character accent filter is most of the cost
        stripped = text.replace("`", "'")
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        # letters NFKD keeps whole: "Øresund" is spelt "oresund" in its domain
        stripped = stripped.replace("ß", "ss").replace("’", "'").replace("`", "'").translate(_UNDECOMPOSED)
    return _SPACE.sub(" ", stripped.lower()).strip()


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def squash(text: str) -> str:
    """Given any text, returns it folded with everything but a-z and 0-9 taken out ("Côte-Bleue" -> "cotebleue"),
    the way a domain label spells a name."""
    return _NOT_ALNUM.sub("", fold(text))


@functools.lru_cache(maxsize=8192)  # the same capitalised runs come back for every event of a sender
def is_tool_brand(name: str) -> bool:
    """Given a candidate company name, returns whether it is an ATS/scheduler/platform brand."""
    folded = fold(name).strip(" .")
    if folded in TOOL_BRANDS or any(folded.startswith(b + " ") for b in ("via", "powered by")):
        return True
    words = folded.split()  # "Karat Scheduling", "Calendly Notifications": the tool's own mailbox
    return any(" ".join(words[:k]) in TOOL_BRANDS and all(w in _TOOL_TAIL for w in words[k:])
               for k in range(1, len(words)))


_TOOL_TAIL = frozenset({"scheduling", "scheduler", "team", "notifications", "notification", "support", "calendar",
                        "events", "interview", "interviews", "no-reply", "noreply", "mailer", "bot", "assistant"})


# Human resources by its short form, not the honorific "Hr." before a name ("Tel. Hr. Schuster": Herr Schuster).
HR = r"hr(?!\. ?[a-z])"


def words_rx(parts: Iterable[str]) -> re.Pattern[str]:
    """Given regex alternatives over folded text, returns one pattern matching any of them as whole words."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


# Words that name a job interview (the user's or someone's).
INTERVIEW = words_rx([
    r"interviews?", r"interview(?:ing)?", r"phone ?screen(?:ing)?",
    # a terse note's short forms: "Phone int - Tees Riverside (HR)", "tel int – St Anne's", "tel RH Polyclinique …"
    r"(?:phone|tel|ph|tech) int", rf"(?:tel\.?|tlf\.?|appel|anruf|llamada|trucada) (?:rh|rrhh|{HR})",
    rf"screening (?:rh|rrhh|{HR})", rf"(?:rh|rrhh|{HR}) screening",  # "tél Van Moerbeke Transport (screening RH)"
    r"recruiter (?:screen|call|chat)", r"technical screen", r"screening (?:call|interview)", r"tech(?:nical)? screen",
    r"on-?site", r"final round", r"hiring manager (?:call|chat|conversation|interview|round)",
    r"vorstellungsge?s?prach", r"bewerbungsgesprach", r"bewerbungsinterview", r"telefoninterview",
    r"vorst(?:ellungs)?\.? ?gespr\.?", r"vorstellen bei (?:hr|fr|herrn?|frau)\b",  # "Vorst.gespr. Hanse KT 8:30"
    r"(?:vorstellungs|bewerbungs)gsprach", r"bewerber(?:innen)?gesprach",  # (the first: Swiss German spelling)
    r"kennenlerngesprach", r"kennenlern-?(?:call|tage?)", r"(?:vorstellungs|bewerbungs|kennenlern)-?termin",
    r"(?:einstellungs|eignungs)test", r"eignungsabklarung", r"cpat", r"physical ability test", r"tests? d'aptitude",
    r"aptitude tests?", r"super ?day",
    r"culture (?:fit|add)", r"assessment[- ]?cent(?:er|re)", r"dinamica de grupo", r"auswahlgesprach", r"fachgesprach",
    r"zweitgesprach", r"(?:personliches )?kennenlernen", r"gesprachsrunde", r"hiring screen",
    r"entretiens?", r"entretien d'embauche", r"entrev",  # (a Spanish note's short form: "Entrev. Vértice 2ª")
    r"entrevues?", r"entrevistas?", r"entrevista de trabajo", r"technische (?:runde|gesprachsrunde)",
    r"agallamh",  # Irish: "Agallamh - Wexford Data Works"
    # the interview's word in the job seekers' other languages (Basque, Polish, Malay, Chinese, Japanese and its
    # aptitude test, a final in Dutch), a note's typo ("ULTIMA entrevsta Renova") and a one-way video interview's tool
    r"elkarrizketa", r"rozmowa (?:kwalifikacyjna|rekrutacyjna)", r"rozmowa z (?:hr|cfo|ceo|coo|cto|dyrektor\w*)",
    r"temu duga", r"面试", r"面接", r"適性検査", r"mensetsu", r"eindgesprek", r"entrevsta", r"entrevsita", r"hirevue",
    r"interveiw", r"intervew", r"inteview", r"interivew",  # a note's typos ("farmfoods interveiw 11")
    r"(?:primer|segundo) filtro", r"filtro telefonico",  # Spanish recruiters' screening call
    # Dutch: "sollicitatiegesprek", "Polderwind 2e gesprek (case)"; Flemish "Selectiegesprek …", US "Oral Board"
    r"sollicitatie-?(?:gespr?ek(?:ken)?|interview)", r"(?:1e|2e|3e|eerste|tweede|derde|laatste) (?:gesprek|ronde)",
    r"selectie-?gesprek(?:ken)?", r"(?:selectie|sollicitatie)-?procedure", r"oral board", r"processus de qualification",
    r"processus de recrutement", r"proceso de seleccion", r"selection process \d[\w-]*",  # (a public service's too)
    r"proceso selectivo", r"job interview", r"portfolio (?:review|presentation)",
    r"pair(?:ing|[- ]programming)[- ](?:session|interview)", r"case (?:study )?presentation",
    r"(?:case|fallstudien|mappen)-?prasentation",  # German: "Case-Präsentation RegioBus (Leiter IT)"
    # a numbered round of something in a job seeker's calendar: "Acme 2nd rd", "zweite Runde", "2e tour"
    r"(?:1st|2nd|3rd|4th|first|second|third|fourth|next) (?:round|rn?d|stage)", r"(?:round|rd)\.? ?[1-4]",
    r"(?:erste|zweite|dritte|vierte|naechste|nachste|[1-4]\.) (?:runde|gesprachsrunde)",
    r"(?:1er|2e|2eme|3e|3eme|premier|deuxieme|second|troisieme|dernier) (?:tour|round)", r"tour final",
    r"(?:1a|2a|3a|primera|segunda|tercera) (?:ronda|entrevista)",
    # a job seeker's shorthand: "Quayline tech intv 2pm", "Lowther Living 2nd int", "Int - Hearth Co-op (COO) Teams"
    r"intr?vw?s?", r"(?:1st|2nd|3rd|first|second|third|final) int\.?", r"^int\.? [-–:]", r"visit \+ int\.?",
    # German compounds of the word: "Interviewtag Limmat Pay", "Interviewtermin", "Interviewrunde"
    r"interview-?(?:tag|tage|termin|runde|gesprach)e?n?",
    # Trial days are a hiring stage of their own (often the last), in German-speaking firms above all.
    r"probe-?(?:arbeits|halb)?tage?n?", r"probearbeit(?:en)?", r"schnuppertag", r"(?:paid )?(?:work|trial) trials?",
    r"trial (?:work ?)?days?", r"journee d'essai", r"journee d'immersion", r"(?:dia|jornada|turno) de prueba",
    r"trial (?:shift|week)s?", r"paid trial", r"hospitation(?:stag)?", r"jours? d'essai", r"mise en situation",
    r"journees d'(?:essai|immersion)", r"(?:dia|jornada) de prova", r"dias de prueba", r"jornadas de prueba",
    r"meeloopdag", r"proefdag(?:en)?", r"practical days?", r"prova practica",
    # a teaching post's demo lesson before the committee
    r"lecons? d'epreuve", r"prestation d'enseignement", r"lehrproben?",
    r"immersion en (?:boutique|magasin|entreprise|agence)",  # a store manager's trial: "Immersion en boutique"
    r"immersion (?:day|professionnelle)", r"(?:online|coding|technical|skills|video|practical)[- ]?assessments?",
    r"(?:video|online|fach|einstellungs|auswahl|job|zweit|erst|abschluss|gruppen)-?interviews?", r"video-?entrevistas?",
    # the process itself and assessment days under other names
    r"bewerbungs(?:prozess|verfahren)(?:es|s)?", r"auswahlverfahren(?:s)?", r"auswahlrunden?",
    r"(?:group|gruppen)-? ?assessments?", r"road (?:test|evaluation)s?",  # a driver's trade test
    r"assessment day", r"jornada de (?:evaluacion|seleccion)", r"journee (?:d'evaluation|de recrutement)",
])
# An appointment or selection committee hears a candidate: a chair's "Berufungsverfahren", a "Kommissionsgespräch", a
# French concours' "audition", a "comité de sélection". The user sits on such committees as often as before them, so
# these words count only for a title that names the user formally ("– Frau Dr. Morel", "audition L. Morel").
HEARING = words_rx([
    r"berufungs-?(?:verfahren|kommission|vortrag|vortrage|gesprach|vorlesung)\w*", r"kommissionsgesprache?",
    r"gesprach mit der (?:berufungs)?kommission", r"vorstellungsvortrag", r"probevortrag", r"probevorlesung",
    r"anhorung", r"audition", r"comite de selection", r"concours",
])
# Stronger phrases that only appear in invitations sent to a candidate.
CANDIDATE_SIDE = words_rx([
    # "möchten wir mit Dir ein technisches Interview führen": the hiring side holds the talk with the user
    r"mit (?:dir|ihnen|euch) (?:ein(?:e|en)? )?(?:[a-z]+ )?(?:interview|gesprach|vorstellungsgesprach) fuhren",
    r"your interview", r"you'?ll (?:be )?meet(?:ing)?", r"you will (?:be )?meet(?:ing)?",
    r"you will be speaking with", r"you'?ll be speaking with", r"thank you for your interest",
    r"thanks for your interest", r"thank you for applying", r"thanks for applying",
    r"your application", r"(?:thanks? (?:you )?for|got|received) (?:your|the) (?:cv|resume)", r"salary expectations",
    r"look forward to (?:speaking|meeting|chatting) with you",
    r"(?:that|since|as|now that) you(?:'ve| have)? applied (?:for|to)",
    r"excited to (?:speak|meet|chat) with you", r"excited to (?:chat|talk|speak) about the",
    r"looking forward to (?:talking|chatting|speaking) about the", r"(?:your|the) take-?home",
    r"next step in (?:our|the) (?:hiring |interview |recruiting )?process",
    r"(?:nachste[rn]?|weitere[rn]?) schritt(?:e)? (?:im|in unserem|in ihrem) (?:bewerbungs|auswahl|einstellungs)"
    r"(?:prozess|verfahren)", r"(?:prochaine|nouvelle) etape (?:de|dans) (?:votre|notre|le) (?:processus|candidature)",
    r"(?:siguiente|proximo) paso (?:en|de|del) (?:nuestro |el |tu |su )?proceso",
    r"hiring process", r"interview process", r"recruiting team", r"talent acquisition",
    r"(?:invite|inviting) you (?:to|for) (?:an?|the|your) (?:[\w-]+ ){0,2}interview(?! panel| board| committee| kit)",
    r"(?:putting|put) your name forward",
    r"ihr(?:e|em)? (?:vorstellungs|bewerbungs)gesprach", r"ihre[rnm]? bewerbung", r"deine[rnm]? bewerbung",
    r"vielen dank fur ihr interesse", r"danke fur dein interesse", r"wir freuen uns auf das gesprach",
    r"votre candidature", r"ta candidature", r"merci pour (?:votre|ton) interet", r"votre entretien",
    r"vous rencontrerez", r"tu rencontreras", r"su candidatura", r"tu candidatura", r"votre creneau de \d+ ?min\w*",
    r"gracias por (?:tu|su) interes", r"gracias por (?:aplicar|postular(?:te)?)", r"tu entrevista", r"su entrevista",
    r"te reuniras con", r"se reunira con", r"please (?:join|dial)", r"reschedule", r"prepare for",
    # the hiring side asks to hear of the user's work, or about the post ("you tell me about what you've built",
    # "wir reden über die Stelle als Anlagenbetreuer"), or pairs the user with another candidate
    r"(?:you )?tell (?:me|us) (?:more )?about (?:what you(?:'ve| have) built|your (?:background|experience|work))",
    r"(?:reden|sprechen|unterhalten uns) (?:uber|wegen) die (?:stelle|position|anstellung)",
    r"(?:with|and|alongside) another candidate",
    # an Austrian or German public body's summons to an applicant ("Sie werden ersucht, sich zur Anhörung
    # einzufinden", "Die Mitglieder der Kommission werden Ihnen vor Ort vorgestellt", "Auswahlgespräch zur
    # Ausschreibung …")
    r"sie werden ersucht,? sich", r"werden ihnen (?:vor ort )?vorgestellt",
    r"(?:auswahlgesprach|anhorung|hearing|vorstellungsgesprach) zur ausschreibung",
    # "te entrevistamos el presidente y yo": the hiring side interviews the user
    r"(?:te|le|os) (?:entrevistamos|entrevistaremos|entrevistara|entrevistaran)",
    # an owner on free mail names the post to the user ("platicar de la jefatura de mantenimiento", "wir … suchen
    # jemanden, der die Buchhaltung … übernimmt")
    r"(?:platicar|hablar|conversar|charlar) (?:de|sobre) (?:la|el) (?:vacante|jefatura|puesto|posicion|plaza)",
    r"(?:ich|wir|und) suchen? (?:noch )?jemanden,? der", r"(?:buscamos|estamos buscando) a alguien (?:que|para)",
    r"(?:busquem|estem buscant) (?:a )?algu (?:que|per)", r"(?:we're|we are|i'm|i am) looking for someone (?:to|who)",
    r"(?:nous cherchons|on cherche|je cherche) quelqu'un (?:qui|pour)",
    # Catalan: "una primera conversa sobre la plaça de Key Account Manager"
    r"(?:conversa|parlar|xerrar) (?:de|sobre) (?:la|el) (?:placa|vacant|posicio|lloc)",
    # a public selection's written exam ("Written exam – process 25-CASO-EA-0117") and an agency's mandate from a
    # named client ("discuter du mandat que nous a confié Papiers Saguenay")
    r"(?:written exam|examen ecrit|epreuve ecrite)s? (?:[-–/] )?(?:for the |pour le |du )?(?:process(?:us)?|selection"
    r"|concours|competition)", r"(?:discuter|parler) du mandat", r"mandat que nous a confie",
    # invited to an interview: "unser Mandant lädt dich zum Gespräch ein", "vous invite à un entretien"
    r"(?:lade|laden|ladt) (?:dich|sie|euch)(?: herzlich| gerne)? (?:zu[mr]?|zu einem) (?:personlichen |ersten "
    r"|zweiten |weiteren )?(?:gesprach|kennenlernen|vorstellungsgesprach|interview|auswahlgesprach)"
    r"|(?:dich|sie|euch) (?:herzlich |gerne )?zu(?:m|r) (?:auswahl|vorstellungs)?gesprach einzuladen",
    r"(?:vous|t') invit(?:e|ons) a (?:un|votre|ton) (?:entretien|echange)",
    r"(?:vous|te) inviter a (?:l'|un |une |votre |ton )?(?:epreuve|entretien|examen)",
    r"(?:te|le|la) (?:invita|invitamos) a (?:una|tu|su) (?:entrevista|reunion)",
    r"invite you (?:to|for) (?:an|a|your) (?:interview|conversation)",
    # a stage of the user's application process: "última fase del proceso", "im Rahmen Ihres Bewerbungsprozesses"
    r"(?:siguiente|proxima|ultima|segunda|tercera|nueva) fase del proceso", r"fase (?:final )?del proceso de seleccion",
    r"(?:next|final|last|second|third) (?:stage|phase) (?:of|in) (?:the|our|your) (?:hiring |interview |recruiting "
    r"|selection |application )?process", r"(?:prochaine|derniere|deuxieme|troisieme|nouvelle) (?:phase|etape) "
    r"(?:du|de votre|de ton|de notre) (?:processus|recrutement|candidature)",
    r"im rahmen (?:ihres|deines|des|unseres) (?:bewerbungs|auswahl)(?:prozesses|verfahrens)",
    r"(?:zweite|dritte|nachste|letzte)[nr]? (?:auswahl)?runde (?:im|unseres|des) (?:bewerbungs|auswahl)?"
    r"(?:prozess|verfahren)(?:es|s)?",
])
# The user sits on the interviewer's side of the table.
# Interviewer-side words a candidate's own invitation can use too ("take-home debrief").
# "Candidate interview" also titles a candidate's own booking (Microsoft Bookings services, ATS schedules).
# ("before shortlisting": an employer's checks told to the applicant too)
INTERVIEWER_SIDE_WEAK = words_rx([r"debrief", r"feedback form", r"submit (?:your )?feedback", r"candidate interview",
                                  r"(?:ahead of|before) shortlisting"])
INTERVIEWER_SIDE = words_rx([
    r"interview[- ]kits?", r"interview[- ]guides?", r"interview[- ]packs?", r"scorecards?", r"score[- ]cards?",
    r"si pasa a (?:la )?(?:oferta|siguiente|final)",  # "validar con Rocío si pasa a oferta": whether she goes on
    r"submit (?:your )?feedback", r"interview with candidate",
    # a colleague's expression of interest in an internal post ("Internal EOI interview - Dylan", "same questions")
    r"internal eoi", r"same questions as (?:the )?externals?",
    r"(?:les|los|las|le|la|lo) entrevist(?:o|amos) (?:yo|nosotros)",  # "Les entrevisto yo con Julián"
    r"(?<!with the )hiring committee(?! is\b| \(| will be)",  # (not whom a candidate meets: "The hiring committee is")
    r"interview panel prep", r"(?<!in )interviewer training", r"interviewer notes",
    r"intake (?:de la |del )?(?:vacante|proceso|puesto)",  # an agency's start with the hiring manager
    r"leave (?:your )?feedback", r"rate the candidate", r"interviewleitfaden", r"bewertungsbogen",
    r"mit (?:de[rm] )?(?:kandidat|bewerber)(?:in)?", r"grilles? d'evaluation", r"kit d'entretien",
    # the interviewers' marks and their grid ("Submit interview scores", "scoring matrix", "Bewertungsraster")
    r"interview scores", r"scoring (?:matrix|sheet|grid|rubric)", r"bewertungsraster",
    # written to the members of a selection committee ("Liebe Mitglieder des Wahlausschusses", "membres du jury")
    r"mitglieder (?:des|der) (?:wahl|auswahl|findungs|berufungs)?(?:ausschusses|kommission|jury)",
    r"members of the (?:selection|interview|appointments?) (?:panel|board|committee)", r"(?:chers|aux) membres du jury",
    # the interviewer's own reminder to print the marking grid ("imprimer grille", "print rubric")
    r"imprimer (?:la |les |ma )?grilles?", r"print (?:the |my )?rubrics?", r"imprimir (?:la |las )?rubricas?",
    r"fiches d'evaluation",
    # the user sits on a selection committee ("accepting to sit as external member of the Selection Committee")
    r"(?:sit|serve|act)(?:ing)? (?:as|on) (?:an? |the )?(?:external |internal )?(?:member|chair) of the (?:selection"
    r"|interview|appointments?|recruitment) (?:committee|panel|board)", r"leads? the questions (?:on|about)",
    # a search firm takes the panel through its longlist ("Ahead of shortlisting, I'll take you through our longlist")
    r"(?:our|the|a) longlist", r"longlist(?:ing)? (?:review|meeting|call)",
    r"shortlisting (?:meeting|panel|session|call|review)",
    # the interviewer's own to-dos: the test sheet to hand out, papers the candidate must hand in later, the
    # candidate's CV in the employer's tracker, the interview's feedback sent on ("Aufnahmetest-Blatt vorbereiten",
    # "Zeugnis … nachreichen lassen", "CV in Workable", "Mandar feedback de la entrevista de … a Paula")
    r"test-?(?:blatt|blatter|bogen|unterlagen) (?:vorbereiten|ausdrucken|drucken|kopieren)",
    r"nachreichen lassen", r"(?:ramener|apporter|amener) son cv", r"(?:bring|brings|bringing) (?:his|her|their) cv",
    r"cvs? (?:is |are )?(?:in|on) (?:workable|greenhouse|lever|teamtailor|personio|bamboohr"
    r"|ashby|recruitee|the ats)", r"(?:mandar|enviar|cargar|subir|pasar) (?:el |mi )?feedback de (?:la )?entrevista de",
    r"entretien avec (?:le|la|un|une) candidat(?:e)?", r"fiche d'evaluation",
    r"entrevista con (?:el|la|un|una) candidat[oa]", r"hoja de evaluacion", r"kit de entrevista",
    r"evaluacion del candidato", r"kit entrevistas?", r"interview loop debrief", r"interviewer calibration",
    r"calibration session", r"you(?:'re| are) (?:the |an |one of the )?(?:[a-z-]+ ){0,3}interviewers?",
    r"(?:added|scheduled|booked|invited) (?:you )?as (?:an |the )?interviewers?",
    r"(?:als|comme|como) (?:interviewer|entrevistador(?:a)?|recruteur|recruteuse)",
    r"(?:deja|dejar) tu valoracion", r"eres parte del panel",
    # (not an exercise of the user's own selection: "a 15 min role-play: you are interviewing a relationship manager")
    r"you are on the panel", r"(?<!role-play: )(?<!role play: )(?<!roleplay: )you are interviewing",
    # The user's own notes in the first person ("I'm on the loop as interviewer", "interviewing a candidate").
    r"(?:i'm|i am|i'll be|i will be|i sit)(?: [a-z-]+){0,4} as (?:an |the |lead |one )?interviewer",
    r"interviewing (?:a |an |the |our |one |two |new )?(?:candidates?|applicants?|bewerber(?:in)?|kandidat(?:in)?)",
    r"conducting (?:an |the |a |two |three )?interviews?", r"je mene (?:un |l')?entretien",
    r"(?:ich fuhre|ich bin) (?:das |ein )?(?:interview|gesprach|interviewer)(?: [a-z]+){0,3} (?:mit|fur) "
    r"(?:einem|einer|dem|der) (?:bewerber|kandidat)(?:in)?",
    r"(?:je fais|faire) passer (?:un |des |l')?entretiens?", r"je suis (?:dans le jury|recruteur|recruteuse)",
    r"(?:entrevistar|entrevisto) a (?:un|una|el|la) candidat[oa]", r"soy (?:entrevistador(?:a)?|parte del panel)",
    # The user as the subject of "interview" with a person as its object ("I interview Mehmet", "ich führe
    # Bewerbungsgespräch mit …", "j'interviewe …", "entrevisto a …"); a candidate writes "interview with/at/for".
    r"i(?:'m| am)? interview(?:ing)? (?!(?:with|w|at|for|in|on|over|by|via|today|tomorrow|again|round|call|prep)\b)"
    r"[a-z]+", r"ich (?:fuhre|interviewe)(?: \w+){0,2} (?:bewerbungs|vorstellungs)?(?:gesprach|interview)e? mit",
    r"ich interviewe", r"j'interviewe", r"je (?:recois|reçois) (?:un |une |le |la |les |des )?candidat(?:e|s|es)?",
    r"(?:yo )?entrevisto a (?!(?:las|los)? ?\d)\w+",
    # Conducting the interview ("Bewerbungsgespräch führen: Sarah Maier", "mener l'entretien de …") and sharing
    # the questions with a colleague ("ich die Fachfragen", "I take the technical questions").
    # Not with the interviewers named after the verb: "Das Gespräch führen Herr Wiechmann und Frau Korkmaz", "… führen
    # DI Werner Nägele und ich", "Das Gespräch führen wir auf Englisch" (the hiring side, to the candidate).
    r"(?:bewerbungs|vorstellungs|auswahl|bewerber|bewerberinnen|kandidaten)?gesprach(?:e)? fuhren"
    r"(?! (?:herr|frau|dr|prof|di|mag|ing|dipl|die|der|unsere?|ihre?|wir|sie)\b)",
    r"interviews? fuhren(?! (?:herr|frau|dr|prof|di|mag|ing|dipl|die|der|unsere?|ihre?|wir|sie)\b)",
    r"conduct(?:ing)? (?:the |an |a )?interviews?", r"mener (?:l'|un |les )?entretiens?",
    r"(?:realizar|hacer|llevar) (?:la |una |las )?entrevistas? a",
    r"ich (?:frage|ubernehme|stelle)(?: die)? fachfragen", r"ich die fachfragen",
    r"i(?:'ll| will)? take the (?:technical|tech|case|behavio(?:u)?ral) questions",
    # A job board's employer account: "Has convocado a Iván Montes a una entrevista", "the candidate has confirmed".
    r"has convocado a", r"(?:el|la) candidat[oa] ha confirmado", r"the candidate has confirmed",
    # The user's own shorthand for the seat ("(yo entrevisto)", "(I interview)"), a count of candidates seen in a row
    # ("3 candidatas seguidas") and the interviewer's question guide ("guion de entrevista", "Gesprächsleitfaden").
    r"yo entrevisto", r"(?:me|i) interview(?:ing)?(?=\))",
    # ... and a count of interviews in a row ("entretiens PPH x3", "3 Bewerbungsgespräche", "interviews ×2")
    r"(?:entretiens|interviews|entrevistas|(?:bewerbungs|vorstellungs)?gesprache)(?: [\w.-]+){0,2} ?[x×] ?[2-9]",
    r"[2-9] ?[x×] (?:entretiens|interviews|entrevistas|(?:bewerbungs|vorstellungs)gesprache)",
    r"guion(?:es)? de (?:la )?entrevistas?", r"guide d'entretien", r"gesprachsleitfaden", r"interview script",
    # slots the user holds for candidates: "Créneau entretiens commis", "recevoir les candidats" (not "Interview
    # slot:", a booking page's title for the candidate)
    r"creneaux? (?:d')?entretiens", r"recevoir (?:les |des )?candidat(?:e)?s",
    r"(?:huecos|franjas?) (?:de |para )?entrevistas",
    r"entrevistas? a (?:los |las |l@s )?candidat[oa]s", r"interviews? (?:with|of) (?:the |our |all )?candidates",
    r"entretiens? (?:avec|des) (?:les )?candidat(?:e)?s",
    r"gesprache mit (?:den )?(?:(?:bewerber|kandidat)(?:innen|en)|kandidierenden)",
    r"you(?: have|'ve)? (?:invited|scheduled) (?:the )?candidate", r"vous avez convoque",
    r"(?:der|die) (?:bewerber|kandidat)(?:in)? hat (?:den termin |die teilnahme )?(?:bestatigt|zugesagt)",
    # the user's own notes on someone else's trial or CV ("text me how he got on", "need to do his RTW docs", "CV :
    # 12 ans chez Fives")
    r"how (?:s?he|they) got on", r"(?:his|her|their) (?:rtw|right to work) (?:docs|documents|check)",
    r"cv ?: ?\d+ (?:ans|years|anos|jahre)", r"put (?:her|him|them) at ease",
    r"cvs? en el (?:mail|correo) de (?:rrhh|rh)",
    # ... and on the trial day the user supervises ("Einführung durch mich", "Betreuung: ich (vorm.)", "Feedback an HR
    # bis Do.", "Beurteilungsbogen an Martina")
    r"einfuhrung durch mich", r"betreuung:? (?:durch )?(?:ich|mich)", r"feedback an (?:hr|die personalabteilung)",
    r"beurteilungsbogen",
    r"als gesprachsteilnehmer(?:in)? erfasst", r"erfassen sie ihre beurteilung",  # an ATS's task to an interviewer
])
# No hiring process behind the talk, said outright ("sin proceso de selección abierto por ahora").
NO_PROCESS = (r"sin proceso (?:de seleccion )?abierto", r"no (?:open|active) (?:role|position|process|opening)s?",
              r"kein(?:e|en)? (?:offene[nr]? )?(?:stelle|prozess|bewerbungsprozess) (?:offen|ausgeschrieben)",
              r"pas de (?:poste|processus|recrutement) (?:ouvert|en cours)",
              # "kein Job", "keine offene Stelle, nur Austausch", "no job, just networking", "sin vacante"
              r"kein(?:e)? (?:job|offene[nr]? stelle)", r"nur (?:austausch|netzwerken)", r"no job", r"not a job",
              r"just networking", r"pas (?:de|un) (?:job|poste ouvert)", r"not a screening",
              r"(?:no hay|sin) (?:vacante|puesto) abiert[oa]", r"選考では(?:ございません|ありません)",
              r"solo networking", r"nothing to do with (?:your|the|any) (?:application|candidacy|hiring process)",
              r"nichts mit (?:ihrer|deiner|der|einer) bewerbung zu tun", r"nada que ver con (?:tu|su|la) candidatura",
              r"rien a voir avec (?:votre|ta|la) candidature",
              # only to hear what working there is like ("solo para saber cómo es trabajar allí")
              r"(?:solo|just|only) (?:para|to) (?:saber|conocer|entender|hear|learn|find out|know|understand) (?:como"
              r" es trabajar|what it(?:'s| is) like to work|how it(?:'s| is) to work)",
              r"pour (?:savoir|comprendre) (?:comment c'est de|ce que c'est de) travailler",
              r"(?:um zu|nur) (?:horen|erfahren|verstehen),? wie es ist,? (?:dort |da )?zu arbeiten",
              # "No es un proceso de selección", "this is not a recruiting process", "kein Auswahlverfahren"
              r"no es (?:un|una) (?:proceso de seleccion|entrevista de trabajo)",
              r"(?:this|it) is not (?:a|an) (?:job interview|recruiting process|hiring process|assessment)",
              # the user's own reminder: "Pas un entretien !" (not one step of an onsite agenda: "Lunch with the
              # team (informal, not an interview)")
              r"(?:pas un entretien|not an interview|no es una entrevista)(?! ?[!.]* ?\))",  # ("(not an interview!)")
              r"ce n'est pas un (?:entretien d'embauche|processus de recrutement|recrutement)",
              r"(?:das ist |es ist )?kein (?:auswahlverfahren|bewerbungsgesprach|vorstellungsgesprach)",
              # "Pas de poste en jeu", "no job at stake", "keine Stelle im Spiel", "ningún puesto en juego"
              r"pas de (?:poste|job) en jeu", r"no (?:job|role|position) (?:at stake|on the line|in play)",
              r"kein(?:e)? (?:stelle|job) im spiel", r"ningun (?:puesto|trabajo) en juego",
              # "no specific role yet", "noch keine konkrete Stelle", "pas de poste précis", "sin puesto concreto"
              r"no (?:specific|particular|concrete) (?:role|position|opening|job|client|vacancy)s?",
              # "This call is not for a specific position" (a talent marketplace's intake)
              r"not (?:for|about) (?:a|any|one) (?:specific|particular|concrete) (?:role|position|opening|job"
              r"|vacancy)",
              r"(?:noch )?kein(?:e|en)? (?:konkrete[nr]?|bestimmte[nr]?) (?:stelle|position|vakanz|mandat|kunden)",
              r"pas (?:encore )?de (?:poste|mission|client) (?:precis|particulier|concret|specifique)",
              r"(?:sin|ningun|ninguna|aun no hay|todavia no hay) (?:puesto|vacante|cliente) "
              r"(?:concret[oa]|especific[oa])")
COFFEE = words_rx([
    r"coffee chats?", r"virtual coffee", r"coffee", r"informational(?: interview| chat| call)?",
    r"networking", r"kaffee", r"cafe", r"cafecito", r"catch[- ]up", r"get to know each other",
    r"mentoring", r"mentorship", r"mentorat", r"mentoria", *NO_PROCESS,
])
# Coffee cues that are also words in names and invitations ("Cobblestone Coffee", "catch up re: the opening"):
# they mark a chat only when nothing says interview.
COFFEE_WEAK = frozenset({"coffee", "cafe", "kaffee", "cafecito", "catch up", "catch-up", "networking"})
# A founder, in four languages ("Mitgründer", "cofondatrice", "cofundadora"): a private address's hiring side.
FOUNDER_PARTS = (r"(?:co-?)?founders?", r"(?:mit)?grunder(?:in)?", r"(?:co-?)?fondat(?:eur|rice)s?",
                 r"(?:co-?)?fundador(?:a|es|as)?", r"(?:estamos )?armando el equipo")  # (a new bar's owner)
# (and a small business's owner signing: "Gérant – Minoterie Verhaeghe", "Inhaberin")
FOUNDER = words_rx([*FOUNDER_PARTS, r"gerant(?:e)?", r"inhaber(?:in)?"])
_SEEKING = [r"(?:ich|wir|und) suchen? (?:noch )?jemanden", r"(?:je cherche|nous cherchons|on cherche) quelqu'un",
            r"(?:i'm|i am|we're|we are) looking for someone (?:to|who)", r"(?:busco|buscamos) (?:a alguien|a? ?quien)"]
SEEKING_SOMEONE = words_rx(_SEEKING)  # an owner hiring in their own words ("ich suche jemanden, der …")
# An invitation from a job context, without the word "interview".
JOB_CONTEXT = words_rx([
    r"role", r"position", r"opening", r"opportunity", r"hiring", r"recruit(?:er|ing|ment)?",
    r"talent", r"candidate", r"stelle(?! (?:ich|wir|mich|uns|ihnen|dir|euch))",  # not the verb: "stelle ich vor"
    # a college's search for a dean ("Dean of Admission finalist"), a post named ("about the senior archaeologist job")
    r"(?:semi-?)?finalists?", r"search committee", r"(?:job|post) as advertised",
    r"(?:about|for|re) the (?:[\w-]+ ){1,4}(?:job|post)",
    r"\w+(?:leiter|manager)(?:in)?stelle",  # a post by its title: "Treffen wg. Betriebsleiterstelle"
    r"candidature", r"puesto", r"vacante", r"candidatura", r"vacature", r"sollicitatie", r"seleccion",
    r"reclutamiento", r"recrut(?:e|ent|ons)", r"position als", r"bewerbung", r"poste", r"recrutement",
    # an owner hiring in their own words: "ich suche jemanden, der die Steuern der Gruppe … in die Hand nimmt"
    *_SEEKING,
    r"rekrutier\w*", r"contrata(?:mos|ndo)", r"reclutando", r"premier tour", r"primera ronda", r"erste runde",
    r"(?:del|el|al|este) cargo(?! fijo| por)",  # the Chilean and Argentine word for the post ("te cuento del cargo")
    # German "Rolle" is a job only as one ("Ops-Rolle", "die Rolle als …"): Rolle is also a town and a figure of
    # speech; Spanish "rol" likewise ("el rol de …", not "juego de rol")
    r"(?<=-)rolle", r"rolle als",
    r"(?:produkt|fuhrungs|leitungs|management|vertriebs|fach|experten|berater|projektleitungs|teamleitungs)rolle",
    r"(?:el|un|del|este|nuevo|tu) rol (?:de|como)",
    # the step is part of a hiring process: "como parte del proceso para Team Lead"
    r"(?:part|parte|partie|teil) (?:of|del|du|des) (?:the |our |nuestro |notre |unseres )?(?:hiring |recruiting "
    r"|selection |interview |de seleccion |de recrutement |bewerbungs|auswahl)?(?:process|proceso|processus"
    r"|prozesses|verfahrens) (?:for|para|pour|fur)",
])
VIDEO = words_rx([
    r"zoom\.us", r"zoom meeting", r"teams\.microsoft\.com", r"microsoft teams", r"meet\.google\.com",
    r"google meet", r"webex", r"join (?:the )?(?:meeting|call)", r"meeting id", r"passcode",
    r"dial-?in", r"whereby\.com", r"meet\.jit\.si", r"gotomeeting", r"bluejeans", r"skype",
    r"besprechungs-?id", r"participer a la reunion", r"unirse a la reunion",
])
PERSONAL = words_rx([
    # not a title before a name: "Mittagessen mit Frau Dr. Huber"
    r"dentist", r"doctor", r"(?<!frau )(?<!herr )(?<!mrs )(?<!ms )(?<!mr )dr\.",
    r"haircut", r"birthday", r"gym", r"yoga", r"dinner", r"lunch", r"layover",
    r"(?<!senior )(?<!locum )(?<!lead )(?<!head )vet(?! (?:role|position|job|nurse|surgeon))",  # (not the post)
    r"zahnarzt", r"arzt", r"friseur", r"geburtstag", r"medecin", r"dentiste", r"coiffeur",
    r"anniversaire", r"medico", r"dentista", r"cumpleanos", r"peluqueria", r"parent-teacher",
    r"school", r"flight", r"pick up", r"abholen",
])
# A later round said as such, often over coffee or lunch: the last talk before the employer decides or offers
# ("before we make a decision", "vor dem Angebot", "avant la proposition", "antes de la oferta", "última ronda").
LATE_ROUND = words_rx([
    r"before (?:we|they) (?:make (?:a|the|our|any) |take (?:a|the|our) )?(?:decision|decide|offer)",
    r"before (?:the|an|our|any) (?:offer|final decision|decision)",
    r"before (?:the|your) final (?:panel|round|interview|onsite|presentation)",
    r"vor (?:dem|ihrem|deinem) (?:finalen|letzten) (?:gesprach|interview|panel)",
    r"avant (?:le|ton|votre) (?:dernier entretien|entretien final|panel final)",
    r"antes de (?:la|tu|su) (?:entrevista final|ultima entrevista)",
    r"(?:last|final) (?:round|rd|conversation|step|talk)", r"dernier tour",
    r"one more conversation before", r"second conversation after",
    r"vor (?:dem|einem|unserem) angebot", r"vor der (?:entscheidung|zusage)", r"letzte[ns]? runde",
    r"abschliessende[ns]? gesprach", r"letzte[ns]? gesprach", r"bevor wir (?:ihnen|dir) ein angebot",
    r"before we (?:make|send) you (?:an|our) offer", r"avant de (?:vous|te) faire une (?:offre|proposition)",
    r"avant (?:la|une|notre) (?:proposition|decision|offre)", r"dernier echange", r"derniere etape",
    r"(?:suite a|apres) nos (?:deux |trois )?entretiens",
    r"antes de (?:la|una|nuestra) (?:oferta|decision|propuesta)", r"antes de hacerte una (?:propuesta|oferta)",
    r"ultima (?:ronda|conversacion|entrevista)", r"conversacion final", r"segunda conversacion",
    r"antes de cerrar el proceso",
    # the user's note of a final round with the top ("Parcelwise – final w/ CEO")
    r"final (?:w/|with|mit|avec|con) (?:the |dem |der |le |la |el )?(?:ceo|cto|coo|cfo|founders?|co-?founders?|md"
    r"|managing director|geschaftsfuhrer(?:in)?|gf|pdg|dg|vp)",
])
# A talk after an earlier round of the user's process, often over coffee ("after Tuesday's interview", "suite à vos
# entretiens avec l'équipe", "tras tu presentación ante el equipo", "nach Ihrem Probetag", "the second step for the
# Head of Supply Chain role"): a later round, not a chat.
AFTER_ROUND = words_rx([
    # the interview itself with any article; other steps only as the user's own ("after your presentation")
    r"(?:after|following) (?:your|the|our) (?:[a-z]+'s )?(?:first |second |technical )?interviews?",
    r"(?:after|following) [a-z]+day's interview",
    r"(?:after|following) your (?:[a-z]+'s )?(?:first |second |technical |case )?(?:presentation|case study|panel"
    r"|onsite|on-site|assessment|take-home|trial day)s?",
    r"(?:second|next|third|final|last) step (?:for|in|of) (?:the|our|your) (?:[\w&-]+ ){0,4}(?:role|position|job"
    r"|process|application|opening|vacancy)",
    r"(?:nach|im anschluss an) (?:dem|ihrem|deinem|unserem|den|ihren|deinen|eurem) (?:ersten |zweiten )?"
    r"(?:interview|vorstellungsgesprach|bewerbungsgesprach|probetag|probearbeiten)(?:en|s|e)?",
    r"(?:nach|im anschluss an) (?:ihrem|deinem|ihren|deinen) (?:ersten |zweiten )?(?:assessment|fallstudie"
    r"|prasentation)(?:en|s)?",
    r"(?:suite a|apres) (?:votre|ton|vos|tes|notre|nos|l'|le|les) ?(?:premier |deuxieme |second )?entretiens?",
    r"(?:suite a|apres) (?:votre|ton|vos|tes) (?:echanges? avec|presentation|etude de cas|cas pratique"
    r"|journee d'immersion)", r"(?:l'|cette )etape avec (?:le|la|notre|ton|votre) (?:futur(?:e)? )?manager",
    r"(?:tras|despues de) (?:tu|su|la|nuestra) (?:primera |segunda )?entrevista",
    r"(?:tras|despues de) (?:tu|su) (?:primera |segunda )?(?:presentacion|prueba|caso practico)",
    r"(?:tras|despues de) la prueba (?:de diseno|tecnica|practica)",
])
# A recruitment agency writing about its client, the employer: "my client Brightwater Logistics".
# An agency's client named in a sentence, before the name: "we've been retained by Orchard Health", "the search we're
# running for Pinecrest", after the client is spoken of ("el cliente nos ha dado luz verde … se trata de Cantábrica",
# "unseren Mandanten nennen: Es handelt sich um die …") or after the agency's recruiting ("que nous recrutons pour la
# Fonderie Bressane") (a regex fragment for agencyclient.CLIENT_NAMED and company's client pattern)
RETAINED_FOR = (r"\bretained by|\b(?:search|mandate|assignment|process) (?:(?:we're|we are|i'm|i am) )?"
                r"(?:running|leading|conducting|handling) (?:for|on behalf of)"
                r"|\b(?:client|cliente|mandanten?|kunden?|auftraggeber(?:in)?)\b[^.\n]{0,60}?\b(?:es handelt sich um"
                r"|se trata de|il s'agit de)|\b(?:que nous recrutons|we(?:'re| are) recruiting"
                r"|que (?:reclutamos|seleccionamos)) (?:pour|for|para)|\b(?:i'm|i am|we're|we are) partnering with"
                r"|\b(?:je m[eè]ne|nous menons) pour")
AGENCY_CLIENT = re.compile(
    r"(?i)\b(?:my|our) client(?:s)?\b|\b(?:unser(?:em|er|en)?|meinem|meiner) (?:mandant|kunde|auftraggeber)"
    r"|\b(?:notre|mon) client(?:e)?\b|\b(?:nuestro|nuestra|mi) cliente\b|\bclient company\b|\b(?:onze|mijn) klant\b"
)
# One client, the employer ("my client", "unseren Kunden", "notre client"); not the agency's clientele in general
# ("roles with our clients", "nos clients", "nuestros clientes"), which names no employer.
ONE_CLIENT = re.compile(r"\b(?:my|our) client\b(?!s)|\b(?:unser|unserem|unserer|unseren|meinem|meiner) "
                        r"(?:mandant|kunde|auftraggeber)(?:in)?\b|\b(?:unserem|meinem) (?:mandanten|kunden)\b"
                        r"|\b(?:notre|mon) client(?:e)?\b"
                        r"|\b(?:nuestro|nuestra|mi) cliente\b|\bclient company\b")
INTERNAL = words_rx([
    r"1:1", r"one-on-one", r"standup", r"stand-up", r"sprint", r"retro(?:spective)?", r"planning",
    r"all hands", r"all-hands", r"town hall", r"team sync", r"weekly", r"offsite", r"quarterly review",
])


def cues(pattern: re.Pattern[str], folded: str) -> list[str]:
    """Given a cue pattern and folded text, returns the distinct cues found, in order."""
    seen: list[str] = []
    for match in pattern.finditer(folded):
        cue = match.group(0)
        if cue not in seen:
            seen.append(cue)
    return seen


def writes_any(folded: str, names: Iterable[str]) -> bool:
    """Given folded text and folded names (the user's), returns whether the text writes any of them as whole words."""
    return any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", folded) for n in names)


NEVER = re.compile(r"(?!)")  # a cue pattern that matches nothing: a check made on the title only
# In a description, only unambiguous phrases count: invitations repeat words like "coffee".
DESC_COFFEE = words_rx([
    r"coffee chat", r"virtual coffee", r"informational (?:interview|chat|call)", r"networking chat",
    r"no agenda", r"just to get to know", r"pick your brain", r"cafe virtuel", r"cafe virtual",
    r"kaffee-?chat", r"virtueller kaffee", *NO_PROCESS,
])
