"""holdout191: multinationals in Bogotá, part 1 (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "workday",
        "uid": "DTT-CO-WD-INT-000558213",
        "interview": 1,
        "company": "Deloitte",
        "role": "Senior Financial Advisory – Corporate Finance",
        "stage": "hiring_manager",
        "interviewers": "jcvargas@deloitte.com",
        "trap": "workday-presencial-bogota-gerente",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Bogota
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:DTT-CO-WD-INT-000558213
DTSTAMP:20250218T210316Z
DTSTART;TZID=America/Bogota:20250225T073000
DTEND;TZID=America/Bogota:20250225T083000
SUMMARY:Entrevista presencial – Senior Financial Advisory – Corporate Fin
 ance | Deloitte Colombia
LOCATION:Deloitte – Cra. 7 #74B-56\, Piso 3\, Bogotá
DESCRIPTION:Hola Valentina\,\n\nTu entrevista con Juan Camilo Vargas (Gere
 nte\, Financial Advisory) quedó programada de forma presencial en nuestra
  oficina de Bogotá. Por favor llega 10 minutos antes y presenta tu docum
 ento de identidad en recepción.\n\nSi necesitas reprogramar\, ingresa al
  portal de candidatos.\n\nTalent Acquisition – Deloitte Spanish Latin Ame
 rica
ORGANIZER;CN=Deloitte Careers:mailto:deloitte@myworkday.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto
 :valentina.gomezr@outlook.com
ATTENDEE;CN=Juan Camilo Vargas;ROLE=REQ-PARTICIPANT:mailto:jcvargas@deloit
 te.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000003F8E1A2B4C6DDB0100000000000000001000000055E1B9C7A2D34F60",
        "interview": 1,
        "company": "Schneider Electric",
        "role": "Contrôleur de gestion senior FP&A – Andean Zone",
        "stage": "hiring_manager",
        "interviewers": "claire.delaunay@se.com",
        "trap": "french-entretien-paris-windows-zone",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Claire DELAUNAY:mailto:claire.delaunay@se.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina
 .gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Natalia P
 ARRA:mailto:natalia.parra@se.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Valentina\,\n\nSuite à votre échange av
 ec Natalia (RH Colombie)\, je vous propose un entretien pour le poste de C
 ontrôleur de gestion senior FP&A – Andean Zone\, basé à Bogotá. Nous pou
 rrons échanger en français\, en anglais ou en espagnol\, comme vous préfé
 rez.\n\nBien cordialement\,\nClaire Delaunay\nDirectrice Contrôle de Gest
 ion – Amérique du Sud\n\n_______________________________________________
 _________________________________\nRéunion Microsoft Teams\nRejoindre sur
  votre ordinateur\, application mobile ou appareil de salle\nCliquez ici
  pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_MTI0ZmFi%40thread.v2/0>\nID de la réunion : 331 092 447 560\n
 Code secret : Fq2eN7\n\n
UID:040000008200E00074C5B7101A82E008000000003F8E1A2B4C6DDB0100000000000000
 001000000055E1B9C7A2D34F60
SUMMARY;LANGUAGE=fr-FR:Entretien Valentina Gómez – Contrôleur de gestion s
 enior FP&A (Bogotá)
DTSTART;TZID=Romance Standard Time:20250318T160000
DTEND;TZID=Romance Standard Time:20250318T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T093344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000A9B8C7D6E5F40312",
        "interview": 1,
        "company": "Bayer",
        "role": "Senior Analyst Financial Planning & Analysis",
        "stage": "",
        "interviewers": "stefan.hollmann@bayer.com",
        "trap": "german-kennenlerngespraech-ambiguous-stage",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Stefan Hollmann:mailto:stefan.hollmann@bayer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina
 .gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Gómez\,\n\nwie besprochen anbei die
  Einladung zu unserem Kennenlerngespräch für die Position Senior Analyst
  Financial Planning & Analysis (Bayer S.A.\, Bogotá). Wir können das Ges
 präch gerne auf Englisch führen.\n\nViele Grüße\nStefan Hollmann\nHead of
  FP&A Andean Cluster\n\n________________________________________________
 ________________________________\nMicrosoft Teams-Besprechung\nAuf dem Co
 mputer\, in der mobilen App oder im Raumgerät teilnehmen\nKlicken Sie hie
 r\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meet
 up-join/19%3ameeting_NDE4NGYx%40thread.v2/0>\nBesprechungs-ID: 377 910 2
 24 681\nPasscode: Ze9gY2\n\n
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB0100000000000000
 0010000000A9B8C7D6E5F40312
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Frau Gómez Restrepo / Hollmann
DTSTART;TZID=W. Europe Standard Time:20250402T150000
DTEND;TZID=W. Europe Standard Time:20250402T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T161102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "0f4n8d2h6k1s9q3m7v5c0b2r8t@google.com",
        "interview": 1,
        "company": "L'Oréal",
        "role": "Finance Business Partner Senior – Consumer Products Division",
        "stage": "final",
        "interviewers": "hugo.marchand@loreal.com",
        "trap": "french-entretien-final-cfo-paris-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250515T170000
DTEND;TZID=Europe/Paris:20250515T174500
DTSTAMP:20250509T132055Z
ORGANIZER;CN=Hugo Marchand:mailto:hugo.marchand@loreal.com
UID:0f4n8d2h6k1s9q3m7v5c0b2r8t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hugo Marchand;X-NUM-GUESTS=0:mailto:hugo.marchand@loreal.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=valentina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gome
 zr@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lorena Quintero;X-NUM-GUESTS=0:mailto:lorena.quintero@loreal.com
DESCRIPTION:Bonjour Valentina\,\n\nComme convenu avec Lorena (Talent Acqui
 sition Colombie)\, voici l'invitation pour notre entretien final pour le p
 oste de Finance Business Partner Senior – Division Produits Grand Public
 \, Bogotá. L'échange se fera en français et en anglais.\n\nÀ bientôt\,\nH
 ugo Marchand\nCFO Cluster Andin\n\nRejoindre Google Meet : https://meet.g
 oogle.com/ryc-aqjd-fkm
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – Valentina Gómez Restrepo / Hugo Marchand
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-sched-5518204771-rappi@greenhouse.io",
        "interview": 1,
        "company": "Rappi",
        "role": "Senior Analyst FP&A",
        "stage": "hiring_manager",
        "interviewers": "manuela.restrepo@rappi.com",
        "trap": "greenhouse-spanish-hiring-manager-bogota",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-sched-5518204771-rappi@greenhouse.io
DTSTAMP:20250221T185002Z
DTSTART:20250226T163000Z
DTEND:20250226T171500Z
SUMMARY:Entrevista Hiring Manager | Senior Analyst FP&A | Valentina Gómez
DESCRIPTION:¡Hola Valentina!\n\nTe compartimos la invitación para tu entre
 vista con Manuela Restrepo\, Finance Manager – Restaurants\, para la vac
 ante Senior Analyst FP&A (Bogotá).\n\nLink de Google Meet: https://meet.g
 oogle.com/ehd-tqpw-xro\n\nSi tienes algún inconveniente con el horario\,
  escríbenos.\n\nEquipo de Talent Acquisition – Rappi
ORGANIZER;CN=Talent Rappi:mailto:talent@rappi.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@ou
 tlook.com
ATTENDEE;CN=Manuela Restrepo:mailto:manuela.restrepo@rappi.com
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "NES-CO-SFSF-IV-20250319-114",
        "interview": 1,
        "company": "Nestlé",
        "role": "Analista Senior Control Financiero",
        "stage": "hiring_manager",
        "interviewers": "diana.cardenas@co.nestle.com",
        "trap": "successfactors-spanish-in-person-plant",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Bogota
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:NES-CO-SFSF-IV-20250319-114
DTSTAMP:20250314T150217Z
DTSTART;TZID=America/Bogota:20250319T140000
DTEND;TZID=America/Bogota:20250319T150000
SUMMARY:Entrevista – Analista Senior Control Financiero (Req. 331028)
LOCATION:Nestlé de Colombia – Dg. 92 #17A-42\, Bogotá (Recepción piso 1)
DESCRIPTION:Estimada Valentina\,\n\nConfirmamos tu entrevista con Diana Cá
 rdenas\, Jefe de Control Financiero\, de manera presencial. Recuerda trae
 r tu documento de identidad.\n\nNestlé Talent Acquisition Colombia
ORGANIZER;CN=Nestlé Talent Acquisition:mailto:no-reply.sf@nestle.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@ou
 tlook.com
ATTENDEE;CN=Diana Cárdenas:mailto:Diana.Cardenas@co.nestle.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hirevue",
        "uid": "hv-uni-4c2e9a71b0d5@hirevue.com",
        "interview": 1,
        "company": "Unilever",
        "role": "Finance Business Partner",
        "stage": "recruiter_screen",
        "interviewers": "",
        "trap": "hirevue-digital-interview-spanish",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Candidate Reminder//ES
BEGIN:VEVENT
UID:hv-uni-4c2e9a71b0d5@hirevue.com
DTSTAMP:20250303T140012Z
DTSTART;VALUE=DATE:20250306
DTEND;VALUE=DATE:20250307
SUMMARY:Unilever – Entrevista digital HireVue: Finance Business Partner
DESCRIPTION:Hola Valentina\, gracias por tu interés en Unilever. El siguie
 nte paso del proceso para Finance Business Partner (Bogotá) es una entrev
 ista digital en HireVue. Tienes hasta el 6 de marzo para completarla.\n\n
 Iniciar entrevista: https://app.hirevue.com/interviews/unilever/Qp4LrV9
ORGANIZER;CN=Unilever via HireVue:mailto:noreply@hirevue.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "PEP-WD-INTV-7734190-panel",
        "interview": 1,
        "company": "PepsiCo",
        "role": "Sr. Analyst FP&A – Andean Region",
        "stage": "",
        "interviewers": "santiago.melo@pepsico.com;adriana.lugo@pepsico.com;vikram.rao@pepsico.com",
        "trap": "workday-virtual-panel-no-clear-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:PEP-WD-INTV-7734190-panel
DTSTAMP:20250404T130903Z
DTSTART:20250409T143000Z
DTEND:20250409T153000Z
SUMMARY:Entrevista panel – Sr. Analyst FP&A – Andean Region
DESCRIPTION:Hola Valentina\,\n\nHas sido agendada para una entrevista en p
 anel para la posición Sr. Analyst FP&A – Andean Region (JR0318220).\n\nP
 anel:\n- Santiago Melo\, FP&A Manager Colombia\n- Adriana Lugo\, HR Busine
 ss Partner\n- Vikram Rao\, Sr. Director FP&A LatAm (Plano\, TX)\n\nMicros
 oft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmU5Ym
 E2%40thread.v2/0\n\nPepsiCo Talent Acquisition
ORGANIZER;CN=PepsiCo Careers:mailto:pepsico@myworkday.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@out
 look.com
ATTENDEE;CN=Santiago Melo:mailto:santiago.melo@pepsico.com
ATTENDEE;CN=Adriana Lugo:mailto:adriana.lugo@pepsico.com
ATTENDEE;CN=Vikram Rao:mailto:vikram.rao@pepsico.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
