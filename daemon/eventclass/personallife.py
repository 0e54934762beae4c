"""Personal life around a bare "interview": a daycare place, a school, a flat, the job centre, the police or the bank,
therapy, a game, a car's upkeep. Such a setting is no job interview unless something names a job.

Patterns are written against `fold()`ed text (signals.py).
"""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS
from afterview.daemon.eventclass.signals import cues, fold

__all__ = ["JOB_WORDS", "PERSONAL_LIFE", "health_trade", "personal_life"]

# A health practitioner's trade: a personal appointment, or the user's own field (personal_life weighs which).
_HEALTH = [r"therap(?:y|ist|ie)", r"physio(?:therapie)?", r"fisio(?:terapeuta)?", r"kinesitherapeute",
           r"pediatr[a-z]*", r"kinderarzt",
           # the pet's vet ("Tierarzt Bello", "Tierklinik Innsbruck"), or a vet's own trade
           r"tierarzt\w*", r"tierklinik", r"vet(?:erinary)? (?:appointment|visit)", r"veterinaire", r"veterinari[oa]"]
# The public employment service, whose advisers the Swiss RAV calls "Personalberater" like a headhunter's
_EMPLOYMENT_OFFICES = [r"jobcenter", r"arbeitsagentur", r"agentur fur arbeit", r"arbeitsamt", r"pole emploi",
                       r"france travail", r"sepe", r"oficina de empleo", r"rav"]
# Settings of private life in EN/DE/FR/ES. "Kita" and "guardería" interview parents, landlords interview tenants.
PERSONAL_LIFE = sig.words_rx([
    # childcare and school places
    r"day ?care", r"nursery(?: school)?", r"pre-?school", r"kindergarten", r"kita(?:platz)?", r"kinderkrippe",
    r"krippe(?:nplatz)?", r"tagesmutter", r"kinderladen", r"creche", r"garderie", r"ecole maternelle",
    r"assistante maternelle", r"guarderia", r"escuela infantil", r"jardin de infancia",
    r"school (?:place|admission|enrol+ment|tour)", r"einschulung", r"schulanmeldung", r"inscription scolaire",
    r"matricula(?:cion)?", r"parent-teacher", r"elterngesprach", r"reunion de padres", r"reunion parents",
    r"apoderad[oa]s",  # Chile's parents ("Reunión apoderados Sofi")
    r"plaza (?:para|en) (?:la|el|mi|nuestra|nuestro)?", r"libro de familia", r"cartilla de vacunacion",
    r"vaccination record", r"impfpass", r"carnet de (?:sante|vaccination)",
    # (not the teacher's own: "I teach primary and run a Scratch club at my school")
    # (nor the user's student address: "teams link in outlook invite they sent to school email")
    r"(?<!my )school(?! e-?mail| address| account)", r"elementary", r"primary school", r"grundschule", r"colegio",
    r"ecole", r"escuela", r"lycee",
    r"instituto", r"gymnasium", r"scholarship", r"stipendi(?:um|en)", r"beca", r"bourse d'etudes",
    r"volunteer(?:ing)?", r"ehrenamt\w*", r"benevol\w*", r"voluntariado",
    # the user hiring for the home (a nanny, a cleaner), and the neighbours
    r"nann(?:y|ies)", r"babysitter", r"au[- ]pair", r"nounou", r"ninera", r"canguro", r"kinderfrau",
    r"putz(?:frau|hilfe)", r"femme de menage", r"nachbar\w*", r"neighbou?rs?", r"voisins?", r"vecinos?",
    # housing and money
    r"co-?op board", r"mortgage", r"hypothek\w*", r"\w*baufinanzierung", r"pret immobilier", r"hipoteca",
    r"flat viewing", r"apartment viewing", r"viewing (?:of )?the (?:flat|apartment)", r"landlord", r"tenant",
    r"wohnungsbesichtigung", r"besichtigung", r"vermieter(?:in)?", r"mietvertrag", r"hausverwaltung",
    r"visite (?:de l'|d')appartement", r"proprietaire", r"dossier de location",
    r"visita (?:al|del) piso", r"casero", r"arrendador(?:a)?", r"alquiler",
    # a school's or a care home's admission talk (a public employer's "Aufnahmegespräch … Stelle:" names a job)
    r"aufnahmegesprach",
    # civil-protection and militia service ("Zivilschutz WK (Kp 3)", "Einrücken 07:30", "service militaire")
    r"zivilschutz\w*", r"militardienst", r"wiederholungskurs", r"einrucken", r"service militaire", r"reserve duty",
    # a letting agency and the flat it shows ("Entrevista inmobiliaria – depto Villa Crespo", "visita al 2 amb")
    r"inmobiliaria", r"(?:visita|ver) (?:al |el )?(?:depto|departamento|\d ?amb(?:ientes)?)",
    r"green card", r"uscis", r"immigration", r"residence permit", r"aufenthalts(?:titel|erlaubnis|genehmigung)",
    r"titre de sejour", r"extranjeria", r"permiso de residencia",
    # papers renewed or applied for (not "bring passport", which an onsite asks too)
    r"passport (?:renewal|application|appointment|office)", r"(?:renew|apply for) (?:a |my |the )?passport",
    r"(?:reisepass|personalausweis)(?:antrag|beantragung|verlangerung)", r"(?:reisepass|personalausweis) "
    r"(?:beantragen|verlangern|abholen)", r"(?:demande|renouvellement) (?:de|du) (?:passeport|carte d'identite)",
    r"(?:renovacion|solicitud|expedicion) (?:de|del) (?:pasaporte|dni)", r"cita previa", r"pass(?:buro|amt)",
    # offices that "interview" the user about benefits, papers or a child
    *_EMPLOYMENT_OFFICES, r"caf", r"cpam", r"assurance maladie", r"urssaf", r"krankenkasse",
    r"seguridad social", r"(?:cita de|toma de) huellas", r"huellas dactilares", r"policia (?:nacional|local)",
    r"burgeramt", r"jugendamt", r"sozialamt", r"servicios sociales", r"familienkasse", r"kindergeld\w*",
    r"child benefit", r"allocations? familiales?", r"prestacion por hijo",
    # police, courts and the bank
    r"commissariat", r"gendarmerie", r"polizei(?:revier|dienststelle)?", r"police station",
    r"comisaria(?! de (?:programas|exposicion|arte|proyectos|colecciones))",  # (not a curator: "comisaria de …")
    r"court hearing", r"gerichtstermin", r"juzgado", r"loan", r"kredit(?:gesprach|anfrage)?", r"pret bancaire",
    r"prestamo", r"conseill(?:er|ere) bancaire",
    # a child's teacher
    r"maitresse", r"institut(?:eur|rice)", r"(?:tutor|tutora|profesora?|maestr[oa]) de", r"klassenlehrer(?:in)?",
    r"la seno", r"sala de [1-5]", r"jardin de infantes",  # Argentina's kindergarten: "la seño de Juani (sala de 4)"
    # games, sports and elections have rounds too (not the verb "wählen": "Oder wählen Sie" dials in; nor a topic of
    # one's choice: "Thema nach Wahl")
    r"elections?", r"elecciones", r"(?<!nach )(?<!zur )(?<!freier )wahl(?:lokal|tag|kabine|zettel)?",
    r"(?!(?:ein|aus|vor)wahlen)\w+wahlen", r"scrutin",  # (not "sich über Ihr Telefon einwählen", "auswählen")
    # (not a hiring team's: "they vote on u apparently")
    r"vote(?! on)", r"voter", r"votacion", r"golf", r"tennis", r"tournament", r"turnier", r"tournoi", r"torneo",
    r"poker",
    r"skat", r"fussball\w*", r"testspiel", r"chess", r"schach", r"echecs", r"ajedrez", r"bowling", r"league",
    # (Mexico's "liga": a link, "te compartimos la liga para la entrevista")
    r"liga(?! para| de (?:meet|zoom|teams|acceso|la (?:reunion|llamada|videollamada)))",
    r"(?<!not a )(?<!no es un )quiz",  # ("Not a quiz — I want to see how we'd work together": a pairing session)
    # health (not clinics and hospitals: they are employers too)
    *_HEALTH,
    # a jab ("Tierarzt Bello – Impfung")
    r"impf(?:ung|termin)", r"vaccination", r"vacuna(?:cion)?",
    # "entretien" is upkeep too: the car, the boiler ("Entretien voiture", "Entretien chaudière")
    r"voiture", r"vehicule", r"chaudiere", r"entretien (?:du |de mon |de ma )?(?:velo|moto|scooter)",
    r"climatisation", r"pompe a chaleur", r"controle technique",
    r"revision (?:del|de la) (?:coche|moto|caldera)", r"caldera", r"itv", r"car service", r"boiler service",
    r"reifenwechsel", r"kfz-?(?:inspektion|werkstatt)", r"pneus(?: (?:hiver|ete))?", r"vidange",
    # a child's school talks and placements ("Entretien de parents", "stage de 3e") and language placement tests
    r"entretiens? (?:de |des |avec les )?parents", r"pronote", r"ecole ?directe",  # French schools' parent portals
    r"entrevistas? (?:de )?tutori(?:a|es)", r"stage de (?:3e|troisieme|seconde)", r"prueba de nivel",
    r"prova de nivell", r"test de niveau", r"einstufungstest", r"placement test", r"escuela oficial de idiomas",
    r"escola oficial d'idiomes", r"delf", r"dalf", r"dele", r"toefl", r"ielts", r"goethe-zertifikat",
    r"linguaskill", r"toeic", r"aptis", r"cambridge english", r"oxford test of english", r"telc",
    r"hypotheque", r"credit immobilier", r"fuite", r"plombier", r"degat des eaux",  # a leak: "Entretien avec le syndic"
    r"(?:pet|dog|cat|puppy|kitten) adoption", r"adoption (?:interview|cent(?:er|re)|application)",
    # the children picked up after someone else's appointment ("Entretien de Marc – récupérer les enfants")
    r"(?:recuperer|chercher|deposer) les enfants", r"pick up the kids", r"kinder abholen", r"recoger a los ninos",
    r"(?:hole|holst|holt) (?:die )?kinder ab",
])
# Said of a job even in a personal setting: "Interview at Sunny Daycare for the Lead Educator role".
JOB_WORDS = sig.words_rx([r"role", r"position", r"posicion", r"job", r"stelle", r"poste", r"puesto", r"vacante",
                     r"recruit\w*",
                     # a trial day and a portfolio's presentation ("Probearbeitstag … @ LHA", "Mappenpräsentation")
                     r"probe-?(?:arbeits)?tag", r"probearbeit", r"mappe(?:n)?-?prasentation", r"schnuppertag",
                     # a school's last round, a head of HR's post ("Final stage – classroom observation …")
                     r"final stage", r"personalleitung",
                     r"hospitation",  # (a half day at a Kita that hires its head: "Hospitation Fr. Hofbauer")
                     # a case study for an applicant ("Fallstudie Baufinanzierung")
                     r"fallstudie", r"case stud(?:y|ies)", r"etude de cas", r"caso practico",
                     r"bewerb\w*", r"candidature", r"candidatura", r"hiring", r"embauche", r"contratacion",
                     r"planstelle", r"einstellung\w*", r"auswahlverfahren", r"ausbildung\w*", r"karriere",
                     r"oposicion(?:es)?",
                     r"assessment", r"recrutement", r"seleccion", r"vorstellungsgesprach", r"trabajo",
                     # a selection board's words: "entrevista en panel", "proceso selectivo", "provisión de una plaza"
                     r"panel", r"proceso selectivo", r"convocatoria", r"postulante", r"comite evaluador",
                     r"search committee", r"provision de (?:una )?plaza", r"comision de seleccion",
                     # a talk with human resources, a final round, a headship's succession: a school as an employer
                     # ("Call Lakeside Int'l School – HR", "entrevista final … RRHH")
                     sig.HR, r"rrhh", r"rr\.hh\.?", r"rh", r"ressources humaines", r"recursos humanos",
                     r"human resources", r"personalabteilung", r"entrevista final", r"entretien final",
                     r"final (?:interview|round)", r"succession (?:a|de) la direction", r"phone ?screen(?:ing)?",
                     # a later round, which no parents' or doctor's talk has ("2ª entrevista", "zweites Gespräch")
                     r"(?:2nd|3rd|second|third|2a|3a|segunda|tercera|2e|2eme|deuxieme|troisieme|zweite[sn]?"
                     r"|dritte[sn]?) (?:interview|entrevista|entretien|gesprach)",
                     # a perk of the job: "voiture de fonction?" in the user's note
                     r"voiture de fonction", r"company car", r"dienstwagen", r"coche de empresa",
                     # a headhunter's talk: "via Vauban Executive Search"
                     r"executive search", r"head ?hunt\w*", r"personalberat\w*", r"chass(?:eur|euse) de tetes",
                     r"cabinet de recrutement",
                     # an agency's client ("Unser Auftraggeber ist der Fonds …", "notre client, un groupe scolaire")
                     r"(?:unser(?:em|en|er)?|our|notre|nuestro) (?:auftraggeber|mandant\w*|client(?:e)?)",
                     # a post applied for: "presentarte a la plaza de profesor/a"
                     r"(?:presentarte|presentarse|presentado|presentada) a la plaza",
                     r"(?:la|una) plaza de (?:profesor|docente|maestr|tecnic|auxiliar|enfermer|medic|administrativ"
                     r"|director|coordinador|jef|fisio|readaptador|preparador|entrenador)\w*"])


def personal_life(event: CalendarEvent, title: str, body: str, role: str | None) -> str | None:
    """Given an event, its folded title and body and the role found, returns the personal-life cue that makes it
    no job interview (nothing names a job), or None."""
    found = cues(PERSONAL_LIFE, title) + cues(PERSONAL_LIFE, body) + cues(PERSONAL_LIFE, fold(event.location))
    if role and _CLERK.search(fold(role)):  # (the title comes without the role: "Cita gestor hipoteca")
        found += cues(PERSONAL_LIFE, fold(role))
    if found and (names := _business_names(event.summary + "\n" + (event.location or "") + "\n"
                                           + (event.description or ""))):
        # "2nd interview @ Vela Digital Physio": the word names a business, the user's field, not a personal setting
        found = [cue for cue in found if not any(re.search(rf"(?<![a-z]){re.escape(cue)}", n) for n in names)]
    if role and _CLERK.fullmatch(_MONEY.sub("", fold(role)).strip()):
        # "Entretien France Travail – conseillère", "Mortgage interview - bank advisor": the office's clerk
        role = None
    # (nor when it is written to an applicant: "Thanks for your application for Deputy Principal")
    # (nor of a hiring process's last step: "RDV Échevine (dernière étape Jacqmain!!)")
    jobs = cues(JOB_WORDS, title + " " + body)
    if found and all(_EMPLOYMENT_OFFICE.fullmatch(cue) for cue in found):
        jobs = [job for job in jobs if not job.startswith("personalberat")]  # ("Personalberater: Hr. Aebi", RAV)
    if not found or role or jobs or cues(_TO_APPLICANT, title + " " + body) \
            or cues(sig.LATE_ROUND, title + " " + body):
        return None
    # A therapist's trade is also a job ("Entrevista con Residencias Ciprés – Fisioterapeuta geriátrico/a"): a health
    # word only counts when the title names no interview and nothing speaks to a candidate or of pay (not a clinic's
    # "interview form to fill in first").
    text = title + " " + body
    if any(health_trade(cue) for cue in found) \
            and (cues(sig.INTERVIEW, title) or cues(_PAY, text) or cues(_TRADE_AT_WORK, text)
                 or set(cues(sig.CANDIDATE_SIDE, text)) - _ANY_BOOKING):
        return None
    return found[0]


_HEALTH_TRADE = sig.words_rx(_HEALTH)
_EMPLOYMENT_OFFICE = sig.words_rx(_EMPLOYMENT_OFFICES)


def health_trade(cue: str) -> bool:
    """Given a personal-life cue, returns whether it is a health practitioner's trade, which is a job too."""
    return _HEALTH_TRADE.fullmatch(cue) is not None


# Words of any booking's invitation, a clinic's too ("reschedule", "please join")
_ANY_BOOKING = {"reschedule", "please join", "please dial", "prepare for"}
# The trade as a post on a team, or tried out at work ("Fisioterapeuta Primer Equipo", "me prueban … como 2º fisio",
# "me quiere ver trabajar 2 entrenos"): a sports club's hiring, not the user's own treatment
_TRADE_AT_WORK = sig.words_rx([r"primer equipo", r"1er eq(?:uipo)?", r"first team", r"me prueban",
                               r"como (?:\w+ )?(?:fisio|physio|readaptador)\w*",
                               r"(?:me )?quieren? ver(?:me)? trabajar"])
# Pay talked about: "sueldo? horario entrenos?" in the user's own note of a club's call
_PAY = sig.words_rx([r"sueldo", r"salario", r"salary", r"salaire", r"gehalt(?:svorstellung)?"])


# (and "your interview for the Instructor post", written to the user as a candidate)
_TO_APPLICANT = sig.words_rx([r"(?:your|thanks for the|thank you for the) application", r"your interview for the",
                              r"thanks? (?:you )?for applying", r"ihre[rnm]? bewerbung", r"votre candidature",
                              r"(?:tu|su) (?:candidatura|solicitud)", r"gracias por (?:aplicar|postular(?:te)?)"])
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w&'’.-]*(?:[ ]+[A-ZÀ-Þ&][\w&'’.-]*)+")


def _business_names(text: str) -> list[str]:
    """Given a title and location, returns the folded names of several capitalised words that hold a business word
    ("Vela Digital Physio", "Kita Health Labs"): a company's name, whatever its trade."""
    names = [fold(run) for run in _CAPITALISED_RUN.findall(text)]
    return [name for name in names if any(word in _BUSINESS_WORDS for word in name.split())]


# ... and a school's own name ("Oakfield Community School", "Harcourt Academies Trust"): a teacher's employer
_BUSINESS_WORDS = COMPANY_WORDS | {"school", "college", "academy", "academies", "trust",
                                   # (a school head's: "Direction Lycée É. Jacqmain", "École Internationale Le Verseau")
                                   "ecole", "lycee", "athenee", "colegio", "escuela", "instituto", "gymnasium",
                                   # ... and a clinic's ("Centre Vétérinaire Montpellier Sud"): a vet's employer
                                   "clinique", "clinic", "clinica", "centre", "center", "centro"}


# The bank's words around its clerk ("bank advisor", "conseiller bancaire", "asesor hipotecario") and the appointment
# word before ("Cita gestor hipoteca").
_MONEY = re.compile(r"\b(?:bank|mortgage|loan|credit|kredit|bancaire|bancari[oa]|hipoteca(?:ri[oa])?|hypotheken"
                    r"|hypotheque|de credito|du credit|de pret)\b|^(?:cita|rdv|rendez-vous|termin|appointment) ")
# Whom an office sends to the user: a role word that names no job by itself.
_CLERK = re.compile(r"conseill(?:er|ere)|berater(?:in)?|sachbearbeiter(?:in)?|fallmanager(?:in)?|asesor(?:a)?"
                    r"|gestor(?:a)?|agente|caseworker|case worker|advisor|adviser"
                    # ... or to the home: "Entretien chaudière (régie) – technicien entre 8h et 12h"
                    r"|technicien(?:ne)?|technician|techniker(?:in)?|tecnico")
