"""holdout242 events, part B: Pūkeko Lands, Uruguay, Germany, French-owned Mackenzie farm, Chile."""

EVENTS = [
    {
        "kind": "phone-korero",
        "uid": "3rk1c8m0q7vb2s9t6e4hnd5fj0@google.com",
        "interview": 1,
        "company": "Pūkeko Lands Incorporation",
        "role": "Farm Operations Manager",
        "stage": "recruiter_screen",
        "who": "rangi.walker@pukekolands.maori.nz",
        "trap": "maori-incorporation-phone-korero-screen",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250120T003000Z
DTEND:20250120T011500Z
DTSTAMP:20250115T222904Z
ORGANIZER;CN=Pūkeko Lands Office:mailto:office@pukekolands.maori.nz
UID:3rk1c8m0q7vb2s9t6e4hnd5fj0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rangi
  Walker;X-NUM-GUESTS=0:mailto:rangi.walker@pukekolands.maori.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Kia ora Liam\,\n\nNgā mihi for your application for the Farm Op
 erations Manager position (three dairy units\, 1\,900 cows\, plus the dry
 stock block). Rangi Walker\, our Farm Supervisor\, will ring you for an in
 itial kōrero about your mahi and what you're looking for. If that goes we
 ll the next step is a hui with the trustees.\n\nNāku noa\, nā\nTina\nPūkek
 o Lands Incorporation
LOCATION:Rangi to ring 027 448 1902
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone kōrero – Rangi Walker / Liam Te Huia (Farm Ops Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trustee-hui",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01"
            "00000000000000001000000012AB34CD56EF78AB90CD12EF34AB56CD"
        ),
        "interview": 1,
        "company": "Pūkeko Lands Incorporation",
        "role": "Farm Operations Manager",
        "stage": "onsite",
        "who": "aroha.nikora@pukekolands.maori.nz;matiu.rawiri@pukekolands.maori.nz;Mere Kingi;"
        "rangi.walker@pukekolands.maori.nz",
        "trap": "hui-with-trustees-at-marae-is-panel-interview",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN=Aroha Nikora;SENT-BY="mailto:office@pukekolands.maori.nz":mail
 to:aroha.nikora@pukekolands.maori.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Matiu Rāwiri:m
 ailto:matiu.rawiri@pukekolands.maori.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rangi Walker:m
 ailto:rangi.walker@pukekolands.maori.nz
DESCRIPTION;LANGUAGE=en-NZ:Tēnā koe Liam\,\n\nThe trustees would like to me
 et with you about the Farm Operations Manager position. We will welcome yo
 u onto the marae at 9.30am – you are welcome to bring whānau to support yo
 u. After the mihi whakatau the hui will be with the Chair (Matiu Rāwiri)\,
  trustee Whaea Mere Kingi\, Rangi Walker and myself\, about an hour. We'l
 l share kai afterwards and Rangi will take you around Unit 2.\n\nPlease b
 ring a short kōrero on how you would lift production while looking after
  the whenua and the awa.\n\nNāku iti nei\nAroha Nikora\nKaiwhakahaere / Ge
 neral Manager
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB010000000000000000
 1000000012AB34CD56EF78AB90CD12EF34AB56CD
SUMMARY;LANGUAGE=en-NZ:Hui – trustees / Liam Te Huia (Farm Ops Manager)
DTSTART;TZID=New Zealand Standard Time:20250207T093000
DTEND;TZID=New Zealand Standard Time:20250207T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250128T005511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Te Ōkapu Marae\, Pūkeko Road
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-teams",
        "uid": (
            "040000008200E00074C5B7101A82E008000000007788AABBCCDDDB01"
            "000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0"
        ),
        "interview": 1,
        "company": "Tambos del Litoral",
        "role": "Gerente de Producción Lechera",
        "stage": "hiring_manager",
        "who": "molivera@tambosdellitoral.com.uy;lferreira@tambosdellitoral.com.uy",
        "trap": "spanish-teams-entrevista-montevideo-windows-zone",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Montevideo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Lucía Ferreira:mailto:lferreira@tambosdellitoral.com.uy
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Te Hu
 ia:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martín Oli
 vera:mailto:molivera@tambosdellitoral.com.uy
DESCRIPTION;LANGUAGE=es-UY:Estimado Liam:\n\nGracias por su interés en el p
 uesto de Gerente de Producción Lechera en Tambos del Litoral (4 tambos\, 5
 .200 vacas en ordeñe\, sistema pastoril en Florida\, Uruguay). Lo invitamo
 s a una primera entrevista con Martín Olivera (Gerente General) y conmigo.
  La entrevista será en inglés y español.\n\nHora: 18:00 de Uruguay (10:00
  del día siguiente en Nueva Zelanda).\n\nSaludos cordiales\,\nLucía Ferrei
 ra\nRecursos Humanos\n\n________________________________________________
 ________________________________\nReunión de Microsoft Teams\nUnirse desde
  el equipo\, la aplicación móvil o el dispositivo de la sala\nHaga clic aq
 uí para unirse a la reunión\nId. de reunión: 290 441 873 126\nCódigo de ac
 ceso: 7WbQ9s\n_________________________________________________________________
 _______________\n
UID:040000008200E00074C5B7101A82E008000000007788AABBCCDDDB010000000000000000
 10000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0
SUMMARY;LANGUAGE=es-UY:Entrevista – Gerente de Producción Lechera – Liam Te Huia
DTSTART;TZID=Montevideo Standard Time:20250224T180000
DTEND;TZID=Montevideo Standard Time:20250224T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T143012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-UY:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "segunda-entrevista",
        "uid": "7tq2h9c1b6n0m3l8k5j4g2f1ds@google.com",
        "interview": 1,
        "company": "Tambos del Litoral",
        "role": "Gerente de Producción Lechera",
        "stage": "final",
        "who": "jparrieta@tambosdellitoral.com.uy;molivera@tambosdellitoral.com.uy",
        "trap": "spanish-google-meet-directorio-final",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Montevideo
X-LIC-LOCATION:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Montevideo:20250312T173000
DTEND;TZID=America/Montevideo:20250312T183000
DTSTAMP:20250305T120544Z
ORGANIZER;CN=Martín Olivera:mailto:molivera@tambosdellitoral.com.uy
UID:7tq2h9c1b6n0m3l8k5j4g2f1ds@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Juan P
 ablo Arrieta;X-NUM-GUESTS=0:mailto:jparrieta@tambosdellitoral.com.uy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martín
  Olivera;X-NUM-GUESTS=0:mailto:molivera@tambosdellitoral.com.uy
DESCRIPTION:Liam\, como conversamos: segunda y última instancia con el Dire
 ctorio (Juan Pablo Arrieta\, presidente). Por favor prepare una presentaci
 ón corta (15 min) sobre cómo organizaría la recría y el pastoreo de los 4
  tambos en el primer año.\n\nSecond and final round with our board – 15 m
 inute presentation on how you'd run grazing and youngstock across the fou
 r dairies in year one. Spanish or English\, as you prefer.\n\nMartín\n\n-
 ::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-\nUnirse con Google Meet: https://meet.google.com/wxd-pqrs-tuv\nO
 btener más información sobre Meet: https://support.google.com/a/users/ans
 wer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250305T120544Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Segunda entrevista – Directorio TDL / Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vorstellungsgespraech",
        "uid": "personio-interview-6a2f91c4-0d8e-4b55-b1f0-3c7e9a22d518@personio.de",
        "interview": 1,
        "company": "Gut Falkenhagen",
        "role": "Betriebsleiter Milchvieh (m/w/d)",
        "stage": "hiring_manager",
        "who": "h.bauer@gut-falkenhagen.de;a.schulte@gut-falkenhagen.de",
        "trap": "german-personio-vorstellungsgespraech-berlin-zone",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
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
UID:personio-interview-6a2f91c4-0d8e-4b55-b1f0-3c7e9a22d518@personio.de
DTSTAMP:20250304T101500Z
DTSTART;TZID=Europe/Berlin:20250312T090000
DTEND;TZID=Europe/Berlin:20250312T100000
SUMMARY:Vorstellungsgespräch: Betriebsleiter Milchvieh (m/w/d) – Liam Te Hu
 ia
DESCRIPTION:Hallo Liam\,\n\nvielen Dank für Ihre Bewerbung als Betriebsleit
 er Milchvieh (m/w/d) auf Gut Falkenhagen (1.400 Kühe\, Weidehaltung nach N
 euseeland-Vorbild\, Brandenburg). Wir freuen uns auf das Gespräch mit Dr.
  Henrik Bauer (Geschäftsführer) und Anja Schulte (Herdenmanagement).\n\nD
 as Gespräch findet auf Englisch statt. Uhrzeit: 09:00 MEZ = 21:00 in Neus
 eeland.\n\nVideokonferenz: https://gut-falkenhagen.zoom.us/j/95510023344\n
 \nMit freundlichen Grüßen\nIhr Recruiting-Team Gut Falkenhagen Agrar GmbH
LOCATION:Zoom
ORGANIZER;CN=Gut Falkenhagen Agrar GmbH:mailto:noreply@personio.de
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Dr. Henrik Bauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 h.bauer@gut-falkenhagen.de
ATTENDEE;CN=Anja Schulte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.sc
 hulte@gut-falkenhagen.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000033C1D0E2F4A5DB01"
            "00000000000000001000000071B2C3D4E5F60718293A4B5C6D7E8F90"
        ),
        "interview": 1,
        "company": "Domaine Laitier Mackenzie",
        "role": "Responsable d'exploitation laitière",
        "stage": "hiring_manager",
        "who": "olivier.vernier@groupe-vernier.fr",
        "trap": "french-outlook-entretien-sent-by-assistant-paris-zone",
        "ics": r"""
BEGIN:VCALENDAR
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
ORGANIZER;CN="VERNIER Olivier";SENT-BY="mailto:camille.girard@groupe-verni
 er.fr":mailto:olivier.vernier@groupe-vernier.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Te Huia\,\n\nMonsieur Vernier s
 ouhaite s'entretenir avec vous au sujet du poste de Responsable d'exploit
 ation laitière pour le Domaine Laitier Mackenzie (Canterbury\, Nouvelle-Z
 élande). L'entretien se déroulera en anglais.\n\nDear Mr Te Huia – Mr Ver
 nier would like to speak with you about the Dairy Farm Manager position a
 t Domaine Laitier Mackenzie. The interview will be in English. 8h00 Paris
  = 7pm New Zealand.\n\nBien cordialement\,\nCamille Girard\nAssistante de
  direction – Groupe Vernier\n\nRéunion Microsoft Teams\nID de réunion : 3
 81 552 904 117\nCode secret : 2uXk7P\n
UID:040000008200E00074C5B7101A82E0080000000033C1D0E2F4A5DB010000000000000000
 1000000071B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable d'exploitation laitière (NZ)
  – M. Te Huia
DTSTART;TZID=Romance Standard Time:20250402T080000
DTEND;TZID=Romance Standard Time:20250402T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T091233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rencontre-ferme",
        "uid": "1hd7e3k9m2p5q0r8s6t4v1w3x2@google.com",
        "interview": 1,
        "company": "Domaine Laitier Mackenzie",
        "role": "",
        "stage": "final",
        "who": "olivier.vernier@groupe-vernier.fr;hamish@mackenzieagri.co.nz",
        "trap": "french-english-farm-meeting-owner-visiting-final",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20250422T100000
DTEND;TZID=Pacific/Auckland:20250422T150000
DTSTAMP:20250409T201156Z
ORGANIZER;CN=Hamish McKenzie:mailto:hamish@mackenzieagri.co.nz
UID:1hd7e3k9m2p5q0r8s6t4v1w3x2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hamish
  McKenzie;X-NUM-GUESTS=0:mailto:hamish@mackenzieagri.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivie
 r Vernier;X-NUM-GUESTS=0:mailto:olivier.vernier@groupe-vernier.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Liam – Olivier is in NZ for the week. Rencontre à la ferme: he'd
  like to walk the farm with you\, then sit down for the last round of the
  process before he decides. Lunch at the farm. I'll send directions – the
  last 4 km is gravel.\n\nHamish McKenzie\nMackenzie Agri (farm supervisor
 \, Domaine Laitier Mackenzie)
LOCATION:Domaine Laitier Mackenzie\, Haldon Road\, Twizel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre à la ferme / farm meeting – Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-meet",
        "uid": "4fj8s2d0a6g1h9k3l7z5x2c8vb@google.com",
        "interview": 1,
        "company": "Lechería Los Ulmos",
        "role": "Administrador de Lechería",
        "stage": "",
        "who": "fschwerter@losulmos.cl",
        "trap": "spanish-chile-meet-santiago-zone-no-clear-stage",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20250320T180000
DTEND;TZID=America/Santiago:20250320T190000
DTSTAMP:20250314T213045Z
ORGANIZER;CN=Felipe Schwerter:mailto:fschwerter@losulmos.cl
UID:4fj8s2d0a6g1h9k3l7z5x2c8vb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felipe
  Schwerter;X-NUM-GUESTS=0:mailto:fschwerter@losulmos.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Hola Liam\, gracias por responder. Te propongo conversar sobre
 el cargo de Administrador de Lechería en Los Ulmos (Osorno\, 1.100 vacas\,
  pastoreo rotativo). Podemos hablar en inglés.\n\nFelipe\n\n-::~:~::~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nUnirse con Google Meet: https://meet.google.com/hcx-vbnm-qwe\nUnirse p
 or teléfono\n(CL) +56 2 3210 9924 PIN: 558 221 907#\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250314T213045Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam Te Huia / Los Ulmos – conversación cargo Administrador
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
