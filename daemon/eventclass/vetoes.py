"""What is never the user's own interview, by its words (EN/DE/FR/ES): mock interviews and rehearsals, the user's
preparation blocks, classes and webinars, research and press "interviews", interviews not about a job (consulates,
admissions, references, the employer's own reviews) and someone else's interview. score.decide vetoes on them.

Patterns are written against `fold()`ed text (signals.py). A description has its own, narrower pattern where
invitations repeat a word ("coaching a small team", "class").
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import words_rx

__all__ = ["ASSESSED", "DESC_MOCK", "DESC_TRAINING", "MOCK", "NOT_HIRING", "NOT_HIRING_TITLE", "ONBOARDING",
           "PREP_BLOCK", "RESEARCH_PRESS", "SOMEONE_ELSES", "TRAINING", "TRIAL_LESSON", "selecting_open_day"]

_MOCK_PARTS = [
    # (not a task in a work trial: "run a mock intake", "Practical Exercise (Mock QBR)", a sales round's "Mock
    # Discovery Call", a food plant's "mock recall", an exercise's papers: "reviewing a (mock) … inspection report")
    r"(?<!\()mock(?! ?-?ups?\b)(?! (?:[\w-]+ ){0,2}(?:intake|brief|client|customer|data|qbr|pitch|sales?|auction"
    r"|account|discovery|demo|recall|cold call|negotiation|prospect|inspection|audit|walkthrough)\b)",
    r"practice interview",
    r"interview practice", r"interview prep(?:aration)?",
    r"prep (?:call|session) for (?:my|your|the) interview", r"dry run", r"rehearsal",
    r"probe-?interview", r"ubungsinterview", r"interviewtraining", r"bewerbungstraining",
    r"bewerbungscoaching", r"simulation d'entretien", r"entretien blanc", r"oral blanc", r"entrainement",
    r"entrevista simulada", r"simulacro", r"repetition", r"ubungsgesprach", r"probegesprach",
    # "Probe-Vorstellungsgespräch", "Übungs-Bewerbungsgespräch": a rehearsal of one (not a "Probetag", a trial day)
    r"(?:ubungs|probe)-?(?:vorstellungs|bewerbungs)-?(?:gesprach|interview)",
    # someone plays the other side of the table: "Lena spielt die HR-Seite", "plays the recruiter"
    r"(?:spielt|spiele|ubernimmt) (?:den |die |das )?(?:hr|personaler|recruiter|interviewer)(?:in)?"
    r"(?:-?(?:seite|rolle))?",
    r"plays? (?:the )?(?:recruiter|interviewer|hiring manager|hr)(?: side| role)?",
    r"(?:joue|jouera) (?:le |la |les )?(?:role (?:du |de la )?)?(?:recruteur|recruteuse|rh|jury)",
    r"(?:hace|hara|hago) de (?:reclutador(?:a)?|entrevistador(?:a)?|rrhh)",
    r"ensayo de entrevista", r"practice (?:call|session)", r"(?:aptitude|psychometric) tests? practice",
    r"practica de entrevista", r"simulacion de entrevistas?",
    r"entrevista (?:de practica|ficticia|de ensayo)", r"ensayo (?:de )?entrevista",
    r"simulation (?:d')?(?:entretien|entrevue)",
    r"entretien simule", r"(?:ubungs|probe)-?(?:interview|gesprach)",
    # a coach's booking page: "Event Name: Interview-Simulation Executive", "Founders-Runde simulieren"
    r"interview-?simulation(?:en)?", r"(?:runde|gesprach|interview) simulieren",
    r"career (?:center|coach|coaching)", r"pramp", r"interviewing\.io", r"peer (?:practice|session)",
    r"karriereberatung", r"coaching", r"karriere-?coach(?:in|ing)?", r"(?:probe|ubungs)-?vg",
    # a practice interview in the user's family language ("Probni intervju sa Jelenom")
    r"probni (?:intervju|razgovor)", r"simulacija (?:intervjua|razgovora)",
    # Dutch: "Oefengesprek sollicitatie (loopbaancoaching)"
    r"oefengesprek(?:ken)?", r"oefensollicitatie", r"loopbaan(?:coach(?:ing)?|begeleiding|cheque)",
    r"sollicitatietraining",
    # career guidance sessions: a skills review, vocational counselling
    r"bilan de competences", r"orientation professionnelle", r"berufsberatung", r"laufbahnberatung",
    r"orientacion (?:laboral|profesional)",
    r"career (?:counsel(?:l)?ing|guidance)", r"entretien[- ]conseil", r"(?:consultante?|conseill(?:er|ere)) apec",
    # someone reviews the user's application papers: "CV & LinkedIn review", "Lebenslauf-Check", "revisión de CV"
    r"(?:cv|resume|lebenslauf|curriculum)(?: (?:&|and|und|et|y|\+) linkedin)?[ -](?:review|check|feedback|audit)",
    r"linkedin (?:profile )?(?:review|audit|makeover)", r"revision (?:de(?:l| mi)? )?(?:cv|curriculum)",
    r"relecture (?:de |du )?cv",
]
MOCK = words_rx(_MOCK_PARTS)
# In a description "coaching" is as often a duty of the job ("coaching a small team"): only a coaching session counts.
DESC_MOCK = words_rx([p for p in _MOCK_PARTS if p != r"coaching"] + [
    r"coaching (?:session|call|termin|seance|sesion)", r"(?:interview|bewerbungs|job|career) ?coaching",
    r"coaching (?:d'entretien|de entrevista|fur (?:das|dein|ihr) (?:vorstellungs|bewerbungs)gesprach)",
])
# The user's own preparation block, by its title: "Prep: Vireo onsite", "Vorbereitung Interview Acme". In the
# description of an interview the same words are the user's notes for it ("prep: metrics story").
PREP_BLOCK = words_rx([
    r"prep(?:aration)?:", r"prep (?:for|block)", r"vorbereitung(?: auf| fur| interview|:)",
    r"^prep [\w&'-]+(?: [\w&'-]+)? (?:final|round|interview|onsite|panel|call|case)",  # "Prep Kranich final – …"
    r"vorbereitung (?:vg|vsg|bg)",  # "Vorbereitung VG Tauern Netz": the German shorthand
    r"preparation (?:de|entretien)", r"vorbereitung \w*gesprach", r"preparer (?:l'|un |mon |son |le )?entretien",
    r"preparar (?:la |mi |una |el )?entrevista", r"prepa entretien",
    r"preparacion (?:de |para )?(?:la )?entrevista",
    # questions the user writes down to ask at an interview: a to-do, not the meeting
    r"(?:write|jot|note) down (?:my |some |the )?questions", r"questions to ask",
    r"fragen (?:notieren|aufschreiben|vorbereiten|sammeln)", r"(?:noter|preparer|ecrire) (?:mes |les |des )?questions",
    r"(?:preparar|apuntar|anotar|escribir) (?:las |mis |unas )?preguntas",
    # photos for the application: a studio's session, not an interview
    r"bewerbungsfotos?", r"(?:application|cv|linkedin) (?:photos?|headshots?)", r"photos? (?:de |pour le )?cv",
    # the thank-you the user sends after an interview: a to-do ("Enviar agradecimiento a Quinta do Vale")
    r"(?:send|write) (?:a |the )?thank[- ]you(?: note| email| mail)?", r"enviar (?:el |un |email de |mail de )?"
    r"agradecimiento", r"(?:envoyer|ecrire) (?:le |un |mail de |email de )?(?:remerciement|merci)",
    r"dankes-?(?:mail|email|schreiben) (?:schicken|senden|schreiben)",
    r"fotos? (?:de |para el )?(?:cv|curriculum)",
])
TRAINING = words_rx([
    r"webinar", r"webinaire", r"workshop", r"masterclass", r"master class",
    r"module \d+ ?:",  # a course's part: "Vet Leadership Programme – Module 3: Recruiting, interviewing"
    # (not a teacher's demo lesson for a post: "clase muestra (tema 12)", "Clases de prueba – Little Owls"; nor a
    # driving licence's class: "Class A Store Delivery")
    r"(?<!-)(?<!demo )(?<!sample )class(?! [abc]\b)", r"clases?(?! (?:de )?(?:muestra|prueba|demostrativa)s?\b)",
    r"^cours", r"(?<=[:|-] )cours", r"cours en ligne",  # not "12 cours Lafayette", a street
    # (not a teaching post's demo lesson: "leçon d'épreuve", "leçon test")
    r"lecons?(?! d'epreuve| test)", r"leccion(?:es)?", r"lektion(?:en)?", r"vorlesung(?:en)?", r"unterricht",
    r"course", r"(?<!candidate )seminar", r"seminaire", r"atelier", r"taller", r"curso", r"kurs", r"lecture",
    r"schulung(?:en)?", r"fortbildung(?:en)?", r"weiterbildung(?:en)?",
    # a title that opens with "Formation" is a course ("Formation ESENESR : conduire un entretien"), not "Responsable
    # formation"
    r"^formation", r"formation continue",
    r"open (?:morning|evening|afternoon)s?",  # a school's ("St Jude's Primary - open morning")
    r"meetup", r"livestream", r"live stream", r"konferenz", r"bootcamp", r"office hours",
    r"how to (?:ace|nail|prepare|crush|pass)", r"tips for", r"register(?:ed)?", r"registration",
    r"eventbrite", r"jobs? fair", r"careers? fairs?", r"(?:jobs?|career|recruiting|hiring) (?:expo|day)s?",
    r"jobmesse", r"karrieremesse", r"salon de l'emploi",
    r"roundtable", r"round table", r"mesa redonda", r"table ronde", r"runder tisch",
    # a fair's careers area ("Karrieretag Digital Health", "Career Pavilion", "Forum Emploi", "foro de empleo")
    r"karrieretag(?:e|en)?", r"career (?:pavilion|corner|zone|village|lounge)s?", r"forum (?:de l'|des )?emploi",
    r"forum des metiers", r"foro de empleo",
    # a school's company forum, the user at the employer's stand ("Forum entreprises IÉSEG – stand NordAudit")
    r"forum (?:des )?entreprises", r"(?:tenir|tiens|tenue du) (?:le )?stand",
    r"feria de empleo", r"live q ?& ?a", r"q ?& ?a session", r"info(?:rmation)? session", r"open house", r"how we hire",
    r"ask me anything", r"fireside chat", r"panel discussion", r"cracking the", r"ace (?:the|your) interview",
    r"live session",
    # open days of schools, courses and programmes ("Jornada de puertas abiertas", "Tag der offenen Tür")
    r"puertas abiertas", r"tag der offenen tur", r"portes ouvertes", r"open days?", r"infoabend",
    r"informationsabend", r"soiree d'information", r"sesion informativa",
    r"como (?:superar|preparar|afrontar|triunfar en|hacer|prepararse para) (?:una |la |tu |las |tus |sus )?"
    r"entrevistas?",
    r"comment (?:reussir|preparer|aborder|se preparer a) (?:un |son |ses |votre |vos |les |l'|aux )?entretiens?",
    r"wie (?:man |sie |du )?(?:sich )?(?:ein |das |im |dein |ihr |auf |auf das |auf ein )?"
    r"(?:vorstellungs|bewerbungs)gesprach(?:e|en)?",
])
RESEARCH_PRESS = words_rx([
    r"post-?(?:game|match|race) interviews?", r"sideline interview",  # a coach on TV after the game
    r"user (?:research|interview|study|studies)", r"customer (?:interview|research|discovery)",
    r"usability", r"research (?:session|study|interview|participant)", r"ux research",
    r"(?:study|research) participants?", r"gift card",
    # user research in the other languages ("investigación de usuarios", "recherche utilisateur", "tarjeta regalo")
    r"investigacion (?:de|con) usuari[oa]s", r"recherche (?:utilisateurs?|usagers?)", r"etude (?:utilisateurs?|ux)",
    r"tarjeta regalo", r"carte cadeau", r"incentive", r"amazon voucher",
    # (not a survey as a scientist's fieldwork: "the seagrass survey boat")
    # (not an online assessment's part: "2 coding + work style survey. ~90 min. hackerrank")
    r"(?<!work style )(?<!workstyle )survey"
    r"(?! (?:boat|vessel|ship|cruise|work|data|sites?|methods?|design|team|season))",
    # a researcher's own interviews ("Fieldwork – interviews with creel fishermen", "semi-structured interviews")
    r"field ?work", r"feldforschung", r"trabajo de campo", r"travail de terrain",
    r"(?:semi-?structured|qualitative|in-depth|oral[- ]history) interviews?", r"entretiens? semi-directifs?",
    r"qualitative interviews", r"leitfadeninterviews?", r"entrevistas? semiestructuradas?",
    # a radio or a project's interview: "Agallamh raidió", "Entrevista de requisitos – proyecto ERP"
    r"raidio", r"radio (?:interview|show|programme|program)", r"entrevistas? de requisitos",
    r"requirements? (?:interview|gathering|workshop)s?", r"anforderungs(?:interview|workshop|aufnahme)",
    r"entretiens? de recueil (?:des )?besoins",
    # a survey by telephone ("Telefoninterview Erhebung Mobilität", "enquête téléphonique", "encuesta telefónica")
    r"\w*erhebung", r"erhebungsperson", r"mikrozensus",
    r"(?<!doodle-)(?<!doodle )umfrage", r"befragung", r"marktforschung",
    r"(?<!doodle )sondage(?! doodle)",  # (not a Doodle poll)
    r"enquete (?:telephonique|statistique)",
    r"encuesta", r"estudio de mercado",
    r"focus group", r"press (?:interview|call|briefing|inquiry|office|team)", r"the press",
    r"journalist(?:in|innen|e|es|en|s)?", r"reporter(?:in|innen|s)?", r"podcast",
    # the press office's steps: quotes cleared, an article written ("Zitatfreigabe", "pour un article")
    r"newsletter", r"boletin", r"blog(?: ?post)?", r"\w*anzeiger", r"(?:ein|einen) portrat (?:uber|von)",
    r"\w*zeitung", r"en la tele", r"television", r"fernsehen",
    r"(?:tv|radio|fernseh)-?interview", r"interview (?:tv|tele)", r"memoire(?! (?:loi|sur (?:la|le projet de) loi))",
    r"tfg", r"tfm", r"tesina",
    r"hausarbeit", r"seminararbeit", r"dissertation", r"doktorarbeit", r"zeitschrift", r"magazin", r"gazette",
    r"tribune", r"herald",
    # a reporter's story file ("Pour le dossier sur l'engorgement des urgences")
    r"pour (?:le|mon|notre) dossier sur",
    r"chronicle", r"revista", r"periodico", r"(?:the|an|el|un|der|den|einen|l'|un|le|our|notre|nuestro|unseren?)"
    r" (?:articulo|artikel|article)",
    r"pressestelle", r"pressesprecher(?:in)?", r"zitat(?:e|freigabe|abnahme)", r"quote (?:approval|check|review)",
    r"service de presse", r"relecture des citations", r"gabinete de prensa", r"citas textuales",
    # (a publication says "our": "pour notre article", "for our feature", "para nuestro reportaje")
    r"(?:fur|for|pour|para) (?:einen|ein|an|a|un|una|le|la|el|our|notre|nos|nuestr[oa]s?|unseren?|unsere)"
    r" (?:artikel|article|articulo|reportage|reportaje"
    r"|beitrag|story|feature|chronique|cronica)", r"media interview", r"radio", r"newspaper", r"magazine",
    r"nutzer(?:interview|studie|forschung)", r"kundeninterview", r"presse(?:interview|gesprach)?",
    r"interview (?:avec|pour) (?:le|la|un|une) (?:journal|magazine|podcast)", r"etude utilisateur",
    r"entretien utilisateur", r"recherche utilisateur",
    # the research session in the plural or borrowed forms ("nos entretiens utilisateurs", "Interview utilisateur",
    # "user interviews", "entrevistas con usuarios", "Nutzerinterviews"; not "entretien client", an agency's
    # candidate meeting its client)
    r"(?:user|customer) interviews", r"(?:interviews?|entretiens?) (?:utilisateurs?|usagers?)",
    # an auditor's interviews of the people audited ("Audit interview – revenue cycle", "entretien d'audit")
    r"audit (?:interviews?|walkthroughs?)", r"entretiens? (?:d'audit|audit)", r"audit(?:ierten)?gesprach(?:e)?",
    r"entrevistas? de auditoria",
    r"entrevistas? (?:(?:de|con) )?usuari[oa]s", r"(?:nutzer|kunden)interviews",
    r"journaliste", r"prensa(?! (?:de forja|de estampado|hidraulica|mecanica|de inyeccion|de troquelado))",
    r"periodista",
    r"estudio de usuario", r"investigacion de usuario", r"entrevista de usuario", r"oral history",
    # usability and research talks in the other languages ("estudio de usabilidad", "entretien de recherche")
    r"usabilidad", r"utilisabilite", r"benutzerfreundlichkeit", r"entrevista de investigacion",
    r"entretien de recherche", r"forschungsinterview", r"estudio de experiencia de usuario",
    r"family history", r"exit interview", r"stay interview", r"thesis", r"masterarbeit",
    r"bachelorarbeit", r"tesis", r"interview d'expert",
    # broadcast and recorded formats: a "guest interview recording" is a show, not a hiring step
    r"guest (?:interview|appearance|episode|spot|speaker)", r"(?:interview|episode|show) recording",
    r"recording session", r"episodes?", r"on air", r"broadcast", r"talk show", r"youtube",
    r"(?:podcast|interview)-?aufnahme", r"sendung", r"enregistrement", r"grabacion", r"programa de radio",
    r"emission (?:de )?(?:radio|tele|tv)", r"(?:entrevista|interview|entretien) en (?:directo|vivo|direct)",
    r"live (?:on air|on radio|on tv|broadcast)", r"live-?sendung", r"en las ondas",
    # features about the person: "portrait series", "on the record", a photographer on site
    r"portraits?", r"photograph(?:er|e)", r"fotograf(?:in)?", r"fotografo", r"on the record", r"off the record",
    r"(?:writing|working on) (?:a|an) (?:piece|story|article|feature)", r"(?:a few )?quotes? (?:on|for|about)",
    # a publication's own words: its issue, its name, a text cleared before it is printed
    r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|fruhjahrs|sommer"
    r"|herbst|winter|nachste[nr]?)-?ausgabe", r"(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|fall|winter|next) issue", r"numero de (?:janvier|fevrier"
    r"|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)", r"\w*rundschau", r"\w*(?:tag|abend|"
    r"wochen)blatt", r"(?:freigabe )?vor (?:der )?veroffentlichung", r"before (?:publication|it is published)",
    r"avant (?:la )?publication", r"antes de (?:su |la )?publicacion", r"wird aufgezeichnet",
])
# "Interviews" that are not about a job: consulates, admissions, references.
NOT_HIRING = words_rx([
    # (not a recruiter's question about it: "your visa situation", "visa sponsorship")
    # (nor a topic on the user's list of questions: "ask about visa/remote + salary band")
    # (nor one of the papers an applicant brings: "Apporter diplôme + visa AFMPS", a pharmacist's licence)
    # (nor the user's own: "Austrian citizen – no visa needed"; nor one of a list: "relocation/visa support", "bar/visa
    # timing", "a passport or visa")
    # (nor an employer's sponsoring of it: "preguntar … si patrocinan visa")
    r"(?<!about )(?<!\+ )(?<!no )(?<!/)(?<!passport or )(?<!patrocinan )(?<!patrocina )(?<!patrocinio de )(?<!sponsor )"
    r"visa(?! (?:situation|status|sponsor(?:ship|ed)?|requirements?"
    r"|needs|needed|required|support|timing))(?! ?/)", r"consulate",
    r"consular", r"konsularisch\w*",
    r"embassy", r"konsulat",
    # trusted-traveller programmes' interviews at the border ("Entrevue NEXUS", "Global Entry interview")
    # (not a company of that name: "Nexus – Interview (Senior PCO Project Director)")
    r"(?:entrevue|interview|entrevista|rendez-vous|rdv|appointment) nexus",
    r"nexus (?:interview|card|carte|program(?:me)?|enrol+ment|inscription|application|appointment)",
    r"global entry", r"entrevue d'admissibilite", r"trusted travell?er", r"voyageurs dignes de confiance",
    r"botschaft", r"consulat", r"ambassade", r"consulado",
    r"embajada", r"citizenship", r"naturali[sz]ation", r"einburgerung", r"auslanderbehorde", r"prefecture",
    r"finanzamt", r"steuererklarung",  # the tax office's query about the user's return
    # a pupil's place (not a post: "Dean of Admission interview")
    r"alumni interview", r"(?<!of )admissions? interview", r"family interview", r"enrol+ment interview",
    r"passport interview",  # (a child's passport applied for at the post office)
    # a child's exchange and its host family ("Entrevista familia anfitriona – intercambio Lena"), a parent's care
    # assessment ("valoración de la dependencia")
    r"familia anfitriona", r"host family", r"gastfamilie", r"famille d'accueil", r"intercambio escolar",
    r"schuleraustausch", r"school exchange", r"echange scolaire", r"valoracion (?:de (?:la )?)?dependencia",
    # a professional order's registration talk ("Entretien d'inscription – Ordre des Médecins Vétérinaires")
    r"entretien d'inscription", r"inscription au tableau",
    # ... its inspection of the user's practice ("une entrevue avec l'inspectrice"), a chartered body's review of a
    # member, and a research grant's panel ("ERC-2026-StG – Step 2 interview", "grant interview")
    r"inspection professionnelle", r"professional review interview",
    r"erc[- ](?:\d{4}-)?(?:stg|cog|adg|syg)", r"(?:grant|funding) (?:panel |proposal )?interviews?",
    # the user questions staff after an accident ("incident ix - interviews w/ B shift crew")
    r"incident ix", r"incident investigation interviews?",
    # an outbreak's case and contact interviews ("entrevistas a casos y contactos")
    r"entrevistas? a (?:casos|contactos)", r"investigacion (?:de(?:l)? )?brote", r"outbreak investigation",
    r"contact tracing", r"rastreo de contactos",
    r"(?:saule|pilier) 3a", r"vorsorgeberatung", r"beratung vorsorge",  # a bank's advice on the user's pension
    # a pupil's place in a sixth form (not the post of its head: "Head of Sixth Form interview")
    r"(?<!head of )(?<!director of )sixth[- ]form interview", r"interview d'admission",
    r"entretien d'admission", r"entrevista de admision", r"zulassungsgesprach", r"admission (?:au|a la|en)",
    r"(?:mba|phd|doctoral|graduate school) (?:admissions?|program(?:me)?)",
    # (not the user's own next step: "before proceeding to a reference check")
    r"(?<!and )(?<!& )(?<!to a )reference (?:call|check)",
    r"(?:be|as) (?:a|their|his|her) reference", r"referenzgesprach", r"referenzauskunft",
    r"referentiegesprek", r"(?:als|jou als|u als) referentie",  # Dutch
    # the offer, after the interviews: "Tallyfin - offer call", "Angebotsgespräch"
    r"offer (?:call|discussion|meeting|conversation|chat)", r"angebotsgesprach",
    # ... or the call about how it went ("call you to discuss the outcome … your offer pack")
    r"(?:discuss|talk (?:you )?through|go through) (?:the|your) outcome", r"offer pack",
    # ... the contract signed, and the medical check before starting ("Vertragsunterzeichnung", "Eignungsuntersuchung",
    # "examen preocupacional")
    r"vertragsunterzeichnung", r"vertrag (?:unterschreiben|unterzeichnen)", r"contract signing",
    r"sign(?:ing)? (?:the|my) (?:employment )?contract", r"signature (?:du|de mon) contrat",
    # (not its psychological part, a selection test: "Eignungsuntersuchung – psychologischer Teil")
    r"firma (?:del|de mi) contrato", r"(?:eignungs|einstellungs)untersuchung(?![^\n]{0,5}psycholog)",
    r"pre-?(?:employment|placement|recruitment) (?:medical|health (?:check|assessment)|screening)",
    r"visite medicale d'(?:embauche|aptitude)", r"suite a votre recrutement",
    # an informal enquiry before applying ("this conversation does not form part of the selection process")
    r"(?:does|will) not (?:form )?(?:a )?part of the (?:selection|recruitment|interview) process",
    r"examen(?:es)? (?:medicos? )?preocupacional(?:es)?", r"reconocimiento medico (?:previo|de ingreso)",
    r"(?:would like|are (?:happy|pleased|delighted|thrilled)) to extend (?:you )?an offer",
    r"(?:llamada|reunion) (?:de |sobre la )?oferta", r"presentacion (?:de (?:la )?)?oferta", r"offer presentation",
    r"appel (?:de |pour la )?(?:proposition|offre)",
    # (not a final interview's "… y verificación de referencias")
    r"prise de references", r"(?<!y )verificacion de referencias", r"(?:llamada|entrevista) de referencias?",
    r"(?:appel|entretien) de references?", r"te ha indicado como referencia", r"als referenz",
    r"(?:tu|su) nombre como referencia", r"(?:ton|votre) nom comme reference",
    r"(?:named|listed|gave) you as (?:a |their |his |her )?reference", r"referencias?: (?:llamada|call)",
    r"kino", r"cinema", r"movie", r"film screening",
    # the employer's welfare check after a traumatic incident ("TRiM 28 day … the risk assessment interview again")
    r"risk assessment interviews?", r"trim \d+ ?days?",
    # the user's own banking: a mortgage or loan meeting, even at a bank the user applied to
    r"pret immo(?:bilier)?", r"credit immo(?:bilier)?", r"(?:financement|pret) hypothecaire",
    r"demande de (?:pret|financement)",
    r"mortgage (?:meeting|appointment|advice|application|advisor|adviser)", r"\w*baufinanzierung",
    r"(?:finanzierungs|kredit|hypotheken)gesprach", r"(?:prestamo|credito) hipotecario", r"solicitud de hipoteca",
    # the employer's own HR talks with the user: yearly reviews, exits
    r"entretien (?:annuel|professionnel|d'evaluation|de depart|de sortie|de fin d'annee|prealable)",
    # ... and its disciplinary talks (not an assessment's role play: "jeu de rôle d'un entretien de recadrage")
    r"(?<!role d'un )entretien (?:de )?recadrage",
    r"entrevue (?:de depart|de sortie|annuelle|d'evaluation)",  # Québec French
    # a clinician's talk with a patient ("Entretien pharmaceutique – anamnèse médicamenteuse (patiente ch. 412)")
    # (not "Entretien Clinique du Clain", a clinic's interview) and a nurse's with a patient's family ("Entretien
    # famille M. Durand (ch. 12)")
    r"entretiens? (?:pharmaceutiques?|motivationnels?|therapeutiques?)", r"anamnese\w*", r"anamnesis",
    # a psychologist's structured diagnostic interview ("SKID-5-PD Interview Pat. R.T.")
    r"(?:skid|scid)-?(?:5|i|ii|iv)\b", r"strukturiert(?:es|en) klinisch(?:es|en) interview",
    r"diagnostisch(?:es|en) interview",
    r"entretiens? (?:avec (?:la )?)?famille",
    r"(?:medication|drug) (?:history|reconciliation)", r"medikamentenanamnese", r"conciliation medicamenteuse",
    # "entretien individuel" alone is also one step of an assessment day
    r"entretien individuel (?:annuel|d'evaluation|de (?:suivi|progres|fin d'annee))",
    # (not an agency's assessment of a candidate: "Entrevista de evaluación – Geólogo Senior (cliente: …)", "una
    # entrevista de evaluación por competencias")
    r"entrevista (?:de salida|de evaluacion(?! [-–] | por competencias)|de desempeno|anual)",
    r"evaluacion (?:de|del) desempeno",
    # a role play of such a talk is one exercise of an assessment day ("Rollenspiel Mitarbeitergespräch")
    r"austrittsgesprach", r"jahresgesprach",
    r"(?<!rollenspiel )(?<!rollenspiel \()(?<!role play )(?<!role-play )mitarbeitergesprach",
    r"(?<!rollenspiel )(?<!role play )(?<!role-play )performance review",
])
# The first day at a new job: onboarding, not an interview (unless the title names an interview: a candidate
# presents "a blended onboarding programme" at a panel).
ONBOARDING = words_rx([
    r"welcome aboard", r"onboarding (?:day|session|with|programme|program)", r"your first day", r"laptop pick-?up",
    r"erste[rn]? arbeitstag", r"(?:ton|votre) premier jour", r"(?:tu|su) primer dia", r"bienvenue a bord",
    r"onboarding[- ](?:buddy|mentor|pate|patin)", r"(?:einarbeitungs|onboarding)-?pat(?:e|in)",
    r"(?:parrain|marraine) d'integration", r"(?:padrino|madrina) de (?:acogida|incorporacion)",
    r"welcome to the team", r"willkommen im team", r"bienvenue dans l'equipe", r"bienvenid[oa]s? al equipo",
])
# Not about a job by its title: an office appointment about the user's papers (a permit's "interview" at an office),
# and a social worker's casework ("Initial interview – H family (ref 20517) – home visit").
NOT_HIRING_TITLE = words_rx([
    # a driving licence's test, the user's own or a learner's ("Prakt. Prüfung Kl. B Aylin S.")
    r"driving test", r"(?:fahr|fuhrerschein)prufung", r"examen (?:du permis|de conduite|de conducir)",
    r"(?:prakt\.?|praktische|theorie) prufung (?:kl\.?|klasse) \w{1,3}",
    r"(?:work|residence|residency) permit", r"arbeitserlaubnis", r"aufenthalts(?:titel|erlaubnis|genehmigung)",
    r"titre de sejour", r"permis de (?:travail|sejour)", r"autorisation de travail",
    r"permiso de (?:trabajo|residencia)",
    r"(?:tarjeta|autorizacion) de residencia", r"(?:immigration|migration) (?:office|appointment)",
    r"home visits?", r"hausbesuch", r"visite a domicile", r"visita domiciliaria",
    # a training course's certifying exam ("Formation initiale des directions – épreuve certificative")
    r"epreuves? certificatives?", r"examen certificatif",
    # ... or a chamber's trainer or master exam ("Ausbildereignungsprüfung (AEVO)", "Meisterprüfung Teil II")
    r"ausbildereignungsprufung", r"aevo", r"meisterprufung", r"abschlussprufung",
])
# Someone else's interview in the user's calendar: "Drive Lisa to her interview" (not "before I take you to our exec
# team", said to the user).
SOMEONE_ELSES = words_rx([
    # (not papers brought along: "Please bring documents to confirm your right to work")
    r"(?:her|his|their) (?:job |next |final |first )?interview",
    r"(?:drive|take|bring|walk) (?!you\b|your\b|(?:over|down|up|out|back|along|across|us|me|the|a"
    r"|an|any|all|some|this|these|documents?|papers?|id|passport|proof|evidence|copies|originals?|certificates?"
    r"|laptop|cv)\b)\w+ to",
    # a relative's, in brackets, and driving them there ("Entrevista de Pablo (mi hermano) – llevarle en coche")
    r"\((?:mi|my|mein(?:e|em)?|ma|mon) (?:herman[oa]|hij[oa]|madre|padre|pareja|brother|sister|son|daughter|mother"
    r"|father|partner|bruder|schwester|sohn|tochter|mutter|vater|frere|soeur|fils|fille|mere|pere)\)",
    # ... "llevarla a Parayas" (not "llevarlo a cabo", to carry out)
    r"llevar(?:le|la|lo)s? (?:en coche|al|a (?!cabo\b)\w+)", r"llevar a (?!cabo\b)\w+ a su",
    # a relative in brackets, taken there ("Lena (Nichte) zum Vorstellungsgespräch bei der Spar-Filiale bringen")
    r"\((?:nichte|neffe|tochter|sohn|bruder|schwester|niece|nephew|sobrin[oa]|neveu)\)",
    r"zu(?:m|r) (?:vorstellungsgesprach|bewerbungsgesprach|interview)(?: [\w-]+){0,4} (?:bringen|fahren)",
    r"(?:emmener|conduire|deposer) (?!vous\b|te\b)\w+ a (?:son|sa)",
    r"(?:fahre|bringe) (?!dich\b|sie\b)\w+ zu(?:m|r) (?:vorstellungsgesprach|bewerbungsgesprach|interview)",
    # the user minds the children meanwhile ("Carla entrevista trabajo 10:00 – yo llevo a los niños")
    # the user helps ("Ayudar a Marta con su entrevista (Amadeus)", "aider Léo à préparer son entretien")
    r"ayudar a \w+ (?:con|a preparar) su entrevista", r"aider \w+ (?:a preparer|pour|avec) son entretien",
    # ... or wishes them luck ("Leïla a son entretien d'embauche", "text her good luck", "l'appeler après !")
    r"\w+ (?:a|passe) son entretien", r"(?:text|call|message|wish) (?:her|him|them) (?:good luck|after)",
    r"l'appeler apres", r"lui envoyer un (?:petit )?(?:message|sms|texto)",
    # a relative's, by the title's first word ("Mamá: entrevista trabajadora social"), and an interpreter's assignment
    # at a client's interview or trial day ("Einsatz Probearbeitstag Hr. Ilić – Schreinerei Moll")
    r"(?:mama|papa|mum|mom|dad|maman|mami|papi|mutti|vati|oma|opa|abuela|abuelo|grand-mere|grand-pere):",
    r"einsatz:? (?:vorstellungsgesprach|bewerbungsgesprach|probearbeitstag|probetag|vg)", r"dolmetscheinsatz",
    r"yo (?:llevo|recojo|cuido) a (?:los|las|mis) (?:ninos|ninas|chicos|chicas|peques|hijos|hijas)",
    r"i(?:'ll| will)? (?:take|pick up|mind|watch|drop) (?:the )?kids",
    # a job-centre client's interview the user arranges or goes to ("VG Kd. Herr M. bei …", "– ich begleite")
    r"(?:vg|vorstellungsgesprach) (?:kd\.?|kundin|kunden?|tn)", r"ich begleite(?= ?(?:\(|$|[.!;]))",
    # the user drives a relative there ("ML interview @ SGH (pharmacist role) - drive her", "drop her at Blk 6")
    r"(?:drive|drop|pick up) (?:her|him|them)(?: off| up)?",
    # the user as an apprentice's master, met by the training centre ("suivi de l'apprenti Noah R.")
    r"suivi de l'apprenti(?:e)?", r"entretien tripartite", r"maitre d'apprentissage",
])
# In a description, only unambiguous phrases count: invitations repeat words like "class".
DESC_TRAINING = words_rx([
    r"webinar", r"webinaire", r"masterclass", r"bootcamp", r"eventbrite", r"this workshop",
    r"this session will cover", r"in this (?:webinar|workshop|class) (?:we|you)",
    r"in this session we(?:'ll| will) (?:cover|discuss|share|go over)",
    # (not a profession's register: "confirm Social Work England registration")
    r"(?<!england )(?<!professional )(?<!hcpc )(?<!nmc )(?<!gmc )registration", r"you (?:are|have) registered",
    r"(?:online|free) course", r"this course",
    r"(?<!plataforma de )(?<!platform for )(?<!plateforme de )cursos? (?:online|en linea|gratuito)", r"este curso",
    r"cours en ligne", r"ce cours", r"online-?kurs",
    r"diese[rnm]? kurs", r"inscription confirmee", r"inscripcion", r"module de formation", r"formation continue",
    r"anmeldung bestatigt", r"open to (?:everyone|all|anyone|the public)", r"offen fur alle", r"ouvert a tous",
    r"abierto a todos",
    # a professional body's evening: "Panel + networking", "networking drinks"
    r"(?:panel|talk|keynote|conference)s? (?:\+|and|&|et|und|y) networking",
    r"networking (?:drinks|reception|evening|apero)",
])
# An employer's recruitment open day that selects on the day ("group activities, a reach test and short interviews",
# "CV drop … final interview"): a selection, not a programme's open day.
_SELECTING = words_rx([
    r"group (?:activit(?:y|ies)|exercises?|tasks?)", r"(?:final|short) interviews?", r"conditional offers?",
    r"cv drop",
])
_OPEN_DAY_CUES = frozenset({"open day", "open days", "registered", "you are registered"})


def selecting_open_day(found: list[str], body: str) -> bool:
    """Given the class cues found and the folded description, returns whether they only name an open day (maybe
    registered for) that selects on the day."""
    return set(found) <= _OPEN_DAY_CUES and _SELECTING.search(body) is not None


# An exercise of a selection, whose topic may be a mock, an HR talk or an onboarding: "part of the … assessment",
# "assessment centre", "final round", "demo exercise", "prepare a 10 minute sample …"
ASSESSED = re.compile(r"\bpart of the (?:[a-z-]+ ){0,4}(?:assessment|selection|recruitment)\b"
                      r"|\b(?:final|executive) assessment\b|\bassessment (?:day|centre|center)\b|\bfinal round\b"
                      r"|\b(?:demo|skills) (?:exercise|assessment)\b"
                      # ("Final Interview … Please prepare a 10 minute sample coaching session")
                      r"|\bprepare an? (?:\d+[- ]min(?:ute)?s? )?sample\b")
# A trial lesson, whose topic may be an application training ("Lehrprobe BWS - Bewerbungstraining")
TRIAL_LESSON = re.compile(r"\blehrproben?\b|\bprobelektion\b|\bdemo lesson\b|\bclase muestra\b")
