"""holdout161 events, part C: Ottawa (federal public service, Bank of Canada) and Shopify / Cohere rounds."""

EVENTS = [
    dict(
        kind="gcjobs-examen-ecrit",
        uid="STATCAN-2025-EA-DS-0098-EXAM-A@canada.ca",
        is_interview=1,
        company="Statistique Canada",
        role="Scientifique de données (EC-06)",
        stage="technical",
        interviewers="",
        trap="gc-jobs-examen-ecrit-en-ligne-all-candidates",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Government of Canada//Public Service Resourcing System//EN
VERSION:2.0
METHOD:PUBLISH
@TZ America/Toronto
BEGIN:VEVENT
UID:STATCAN-2025-EA-DS-0098-EXAM-A@canada.ca
DTSTAMP:20250310T120000Z
DTSTART;TZID=America/Toronto:20250322T090000
DTEND;TZID=America/Toronto:20250322T120000
SUMMARY:Examen écrit / Written exam - 25-STC-EA-DS-0098 - Scientifique de
  données (EC-06) / Data Scientist (EC-06)
DESCRIPTION:Processus de sélection 25-STC-EA-DS-0098\n\nVous êtes invité(
 e) à passer l'examen écrit (évaluation des connaissances et habiletés an
 alytiques). Durée : 3 heures. L'examen est non supervisé et sera transm
 is par courriel à 9 h (HE) via la plateforme d'évaluation en ligne.\n\nYo
 u are invited to write the written exam (knowledge and analytical abilit
 ies). Duration: 3 hours\, unsupervised\, sent by e-mail at 9:00 ET.\n\nS
 tatistique Canada / Statistics Canada - Dotation
ORGANIZER;CN=Statistique Canada Dotation / Staffing:mailto:statcan.dotation-staffing.statcan@statcan.gc.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gc-entrevue-comite",
        uid="040000008200E00074C5B7101A82E00800000000807F6A2BE394DB01000000000000000010000000B3C4D5E6F7081929A3B4",
        is_interview=1,
        company="Statistique Canada",
        role="Scientifique de données (EC-06)",
        stage="",
        interviewers="genevieve.mailloux@statcan.gc.ca;arjun.patel@statcan.gc.ca;louise.charbonneau@statcan.gc.ca",
        trap="gc-entrevue-comite-evaluation-bilingue",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Mailloux, Geneviève (STATCAN)":mailto:genevieve.mailloux@statcan.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Patel, Arjun
  (STATCAN)":mailto:arjun.patel@statcan.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Charbonneau\
 , Louise (STATCAN)":mailto:louise.charbonneau@statcan.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:*** English follows ***\n\nBonjour\,\n\nSuite à
  votre réussite de l'examen écrit\, vous êtes convoqué(e) à une entrevue d
 ans le cadre du processus 25-STC-EA-DS-0098. Le comité d'évaluation évalu
 era les qualités essentielles suivantes : communication orale\, jugement\,
  leadership. Vous recevrez les questions 20 minutes avant l'entrevue.\n\n
 Hello\,\n\nFollowing your success on the written exam\, you are invited to
  an interview for selection process 25-STC-EA-DS-0098.\n\nMicrosoft Teams
 \nID de réunion / Meeting ID: 284 552 107 930\n
UID:040000008200E00074C5B7101A82E00800000000807F6A2BE394DB01000000000000000010000000B3C4D5E6F7081929A3B4
SUMMARY;LANGUAGE=fr-CA:Entrevue / Interview - 25-STC-EA-DS-0098
DTSTART;TZID=Eastern Standard Time:20250423T100000
DTEND;TZID=Eastern Standard Time:20250423T113000
DTSTAMP:20250414T140522Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bank-of-canada-panel",
        uid="BOC-REQ2025-117-INT-0332@bank-banque-canada.ca",
        is_interview=1,
        company="Banque du Canada",
        role="Senior Data Scientist / Scientifique principal(e) des données",
        stage="onsite",
        interviewers="r.lavigne@bank-banque-canada.ca;t.mcallister@bank-banque-canada.ca",
        trap="workday-bilingual-panel-ottawa-travel",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BOC-REQ2025-117-INT-0332@bank-banque-canada.ca
DTSTAMP:20250416T195504Z
DTSTART:20250429T140000Z
DTEND:20250429T160000Z
SUMMARY:Bank of Canada / Banque du Canada - Panel Interview / Entrevue en
  comité
DESCRIPTION:Position / Poste : Senior Data Scientist / Scientifique princi
 pal(e) des données (REQ2025-117)\nPanel / Comité : Rachel Lavigne (Direct
 or\, Data Science Hub)\, Tom McAllister (Principal Economist)\nLocation /
  Lieu : 234 Wellington St.\, Ottawa - please arrive 15 minutes early for
  security / veuillez arriver 15 minutes d'avance (sécurité).\nThe panel w
 ill be conducted in the official language of your choice.
LOCATION:234 Wellington St.\, Ottawa\, ON
ORGANIZER;CN=Bank of Canada Recruitment:mailto:bankofcanada@myworkday.com
ATTENDEE;CN=Rachel Lavigne:mailto:r.lavigne@bank-banque-canada.ca
ATTENDEE;CN=Tom McAllister:mailto:t.mcallister@bank-banque-canada.ca
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cra-centre-evaluation",
        uid="ARC-CRA-25-1192-CE-0042",
        is_interview=1,
        company="Agence du revenu du Canada",
        role="Gestionnaire, science des données (MG-05)",
        stage="",
        interviewers="",
        trap="federal-centre-evaluation-in-basket-simulation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Agence du revenu du Canada//Dotation//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ARC-CRA-25-1192-CE-0042
DTSTAMP:20250402T130000Z
DTSTART:20250506T130000Z
DTEND:20250506T200000Z
SUMMARY:Centre d'évaluation - processus 25-CRA-1192 (MG-05)
DESCRIPTION:Bonjour\,\n\nVous êtes convoqué(e) au centre d'évaluation du
 processus 25-CRA-1192 (Gestionnaire\, science des données\, MG-05) : exer
 cice de la corbeille (in-basket)\, simulation de rencontre avec un employé
  et présentation orale devant les évaluateurs. Apportez une pièce d'iden
 tité avec photo.\n\nLieu : 875\, chemin Heron\, Ottawa\, salle 2B-101.\n\n
 Agence du revenu du Canada - Dotation\, région de la capitale nationale
LOCATION:875 chemin Heron\, Ottawa\, salle 2B-101
ORGANIZER;CN=ARC Dotation RCN:mailto:dotation-staffing-rcn@cra-arc.gc.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-life-story",
        uid="gh-interview-6610093002-shopify@greenhouse.io",
        is_interview=1,
        company="Shopify",
        role="Senior Data Scientist, Merchant Risk",
        stage="",
        interviewers="hannah.whitaker@shopify.com",
        trap="greenhouse-life-story-conversation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-6610093002-shopify@greenhouse.io
DTSTAMP:20250317T161101Z
DTSTART:20250321T170000Z
DTEND:20250321T180000Z
SUMMARY:Life Story - Marc-André Tremblay
DESCRIPTION:Hi Marc-André!\n\nYour Life Story chat with Hannah Whitaker i
 s confirmed. This is a conversation about your journey so far - the ch
 oices you made and why. There's no preparation needed and nothing tech
 nical.\n\nRole: Senior Data Scientist\, Merchant Risk\nGoogle Meet: https:
 //meet.google.com/shp-lfst-ory\n\nTalent Acquisition @ Shopify
LOCATION:Google Meet
ORGANIZER;CN=Shopify Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Hannah Whitaker:mailto:hannah.whitaker@shopify.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-pair",
        uid="gh-interview-6610093417-shopify@greenhouse.io",
        is_interview=1,
        company="Shopify",
        role="Senior Data Scientist, Merchant Risk",
        stage="technical",
        interviewers="luis.fonseca@shopify.com",
        trap="greenhouse-pair-programming-session",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-6610093417-shopify@greenhouse.io
DTSTAMP:20250328T142000Z
DTSTART:20250403T153000Z
DTEND:20250403T170000Z
SUMMARY:Pair Programming (Data) - Marc-André Tremblay
DESCRIPTION:Hi Marc-André\,\n\nNext up is a 90-minute pairing session wit
 h Luis Fonseca. Bring your own IDE setup - you'll share your screen and
  work through a realistic data problem together (SQL + Python).\n\nRole:
  Senior Data Scientist\, Merchant Risk\nGoogle Meet: https://meet.google.c
 om/shp-pair-data\n\nTalent Acquisition @ Shopify
LOCATION:Google Meet
ORGANIZER;CN=Shopify Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Luis Fonseca:mailto:luis.fonseca@shopify.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-cohere-screen",
        uid="ashby-interview-cohere-71e0a4f2-screen",
        is_interview=1,
        company="Cohere",
        role="Member of Technical Staff, Applied ML (Financial Services)",
        stage="recruiter_screen",
        interviewers="jordan.ellis@cohere.com",
        trap="ashby-recruiter-chat-toronto",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-cohere-71e0a4f2-screen
DTSTAMP:20250306T200300Z
DTSTART:20250310T190000Z
DTEND:20250310T193000Z
SUMMARY:Recruiter Chat: Cohere <> Marc-André Tremblay
DESCRIPTION:Role: Member of Technical Staff\, Applied ML (Financial Servic
 es)\nInterviewer: Jordan Ellis (Technical Recruiter)\nZoom: https://cohere
 .zoom.us/j/86610240077\n\nPowered by Ashby
ORGANIZER;CN=Cohere Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Jordan Ellis;PARTSTAT=ACCEPTED:mailto:jordan.ellis@cohere.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-cohere-final",
        uid="ml-sched-cohere-9931b7-final@modernloop.io",
        is_interview=1,
        company="Cohere",
        role="Member of Technical Staff, Applied ML (Financial Services)",
        stage="final",
        interviewers="a.grant@cohere.com;m.osei@cohere.com;wen.li@cohere.com",
        trap="modernloop-final-round-toronto-office",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/Toronto
BEGIN:VEVENT
UID:ml-sched-cohere-9931b7-final@modernloop.io
DTSTAMP:20250410T170055Z
DTSTART;TZID=America/Toronto:20250422T100000
DTEND;TZID=America/Toronto:20250422T143000
SUMMARY:Final Round - Marc-André Tremblay - MTS\, Applied ML (FS)
DESCRIPTION:Schedule (Toronto office\, 171 John St.)\n10:00  Applied ML d
 eep dive - Aidan G.\n11:00  Customer scenario - Mariama Osei\n12:00  Lun
 ch with the team\n13:15  Values & collaboration - Wen Li\n\nFor travel f
 rom Montréal\, our coordinator Bella will send VIA Rail tickets.\n\nSched
 uled with ModernLoop
LOCATION:Cohere\, 171 John St\, Toronto
ORGANIZER;CN=Bella Romano (Cohere Recruiting Coordinator):mailto:bella.romano@cohere.com
ATTENDEE;CN=Aidan G.:mailto:a.grant@cohere.com
ATTENDEE;CN=Mariama Osei:mailto:m.osei@cohere.com
ATTENDEE;CN=Wen Li:mailto:wen.li@cohere.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
