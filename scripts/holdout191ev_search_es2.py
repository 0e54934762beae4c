"""holdout191: Madrid Big Four and banks (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "successfactors",
        "uid": "SF-RCM-INTV-20250407-000231884",
        "interview": 1,
        "company": "EY",
        "role": "Senior Consultant – Strategy and Transactions (Corporate Finance)",
        "stage": "onsite",
        "interviewers": "",
        "trap": "successfactors-assessment-center-group-case",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-RCM-INTV-20250407-000231884
DTSTAMP:20250331T080512Z
DTSTART;TZID=Europe/Madrid:20250410T090000
DTEND;TZID=Europe/Madrid:20250410T173000
SUMMARY:EY – Assessment Center Experienced Hires SaT | Madrid
LOCATION:EY\, Torre Azca\, C/ Raimundo Fernández Villaverde 65\, 28003 Mad
 rid – Planta 18
DESCRIPTION:Estimada Valentina:\n\nNos complace invitarte al Assessment Ce
 nter de EY para la posición Senior Consultant – Strategy and Transaction
 s (Corporate Finance).\n\nAgenda:\n09:00 Bienvenida y presentación de la
  firma\n09:45 Caso de negocio en grupo (group case) y presentación ante e
 l comité evaluador\n12:30 Comida con profesionales de la firma\n14:00 Pru
 eba individual de análisis financiero (Excel)\n15:30 Entrevistas individu
 ales con Manager y Partner\n17:00 Cierre\n\nTrae tu DNI o pasaporte para
  el acceso al edificio. Si necesitas adaptar alguna de las pruebas\, resp
 onde a este correo.\n\nUn saludo\,\nEquipo de Talent Attraction & Acquisi
 tion – EY España
ORGANIZER;CN=EY Talent Attraction & Acquisition:mailto:noreply-talent@ey.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina
  Gomez Restrepo:mailto:valentina.gomezr@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "d7f2ab10-6c3e-11ef-9a1d-0242ac120002",
        "interview": 1,
        "company": "KPMG",
        "role": "Senior Deal Advisory – Valoraciones",
        "stage": "technical",
        "interviewers": "mlopezarriaga@kpmg.es;jcuenca@kpmg.es",
        "trap": "successfactors-entrevista-tecnica-two-managers",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SuccessFactors//Interview Scheduling//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:d7f2ab10-6c3e-11ef-9a1d-0242ac120002
DTSTAMP:20250317T121130Z
DTSTART:20250320T150000Z
DTEND:20250320T160000Z
SUMMARY:Entrevista técnica - Senior Deal Advisory – Valoraciones - Valenti
 na Gómez Restrepo
DESCRIPTION:Hola Valentina\,\n\nHas sido convocada a una entrevista técnic
 a para la posición Senior Deal Advisory – Valoraciones (Ref. 118204)\, Mad
 rid.\n\nEntrevistadores:\nMiren López Arriaga\, Manager Deal Advisory\nJa
 vier Cuenca\, Senior Manager Valoraciones\n\nLa entrevista incluirá pregu
 ntas sobre DCF\, múltiplos y contabilidad. Se realizará por Microsoft Team
 s: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc1N2Ew%40thre
 ad.v2/0\n\nHora: 16:00 (Madrid) / 10:00 (Bogotá).\n\nSaludos\,\nKPMG Ta
 lent Acquisition
ORGANIZER;CN=KPMG España Talent:mailto:reclutamiento@kpmg.es
ATTENDEE;CN=Valentina Gómez Restrepo;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mail
 to:valentina.gomezr@outlook.com
ATTENDEE;CN=Miren López Arriaga;PARTSTAT=ACCEPTED:mailto:MLopezArriaga@kp
 mg.es
ATTENDEE;CN=Javier Cuenca;PARTSTAT=TENTATIVE:mailto:JCuenca@kpmg.es
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hirevue",
        "uid": "hv-7731c5e2f09a4b3c8d1e@hirevue.com",
        "interview": 1,
        "company": "PwC",
        "role": "Senior Associate Deals – Valuation",
        "stage": "recruiter_screen",
        "interviewers": "",
        "trap": "hirevue-one-way-video-deadline",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Candidate Reminder//EN
BEGIN:VEVENT
UID:hv-7731c5e2f09a4b3c8d1e@hirevue.com
DTSTAMP:20250305T184400Z
DTSTART:20250309T130000Z
DTEND:20250309T134500Z
SUMMARY:PwC España | Entrevista en vídeo HireVue – Senior Associate Deals
  (Valuation)
DESCRIPTION:Hola Valentina\,\n\nPwC te invita a completar una entrevista
  en vídeo a través de HireVue. Responderás a 6 preguntas grabadas (3 mi
 nutos por respuesta\, 30 segundos de preparación). No hay entrevistador e
 n directo.\n\nFecha límite: 11/03/2025 23:59 (CET).\nComenzar: https://a
 pp.hirevue.com/interviews/pwc-es/Zx8QmT2\n\nTe recomendamos usar Chrome y
  comprobar cámara y micrófono antes de empezar.\n\nEquipo de Selección PwC
  España
ORGANIZER;CN=PwC España via HireVue:mailto:noreply@hirevue.com
ATTENDEE;CN=Valentina Gómez Restrepo;RSVP=FALSE:mailto:valentina.gomezr@
 outlook.com
LOCATION:https://app.hirevue.com/interviews/pwc-es/Zx8QmT2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WDR-SAN-INT-000912337@santander.wd3.myworkdayjobs.com",
        "interview": 1,
        "company": "Santander",
        "role": "Associate, Corporate Finance Advisory",
        "stage": "",
        "interviewers": "alvaro.dehita@gruposantander.com",
        "trap": "workday-english-first-round-with-vp",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar 2025.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WDR-SAN-INT-000912337@santander.wd3.myworkdayjobs.com
DTSTAMP:20250402T071503Z
SEQUENCE:0
DTSTART:20250408T143000Z
DTEND:20250408T151500Z
SUMMARY:Interview: Associate\, Corporate Finance Advisory – Santander CIB
  (JR-2025-0441)
DESCRIPTION:Dear Valentina\,\n\nYou have been scheduled for a First Round
  Interview.\n\nPosition: Associate\, Corporate Finance Advisory (Madrid)\n
 Interview type: Video (Microsoft Teams)\nInterviewer(s): Álvaro de Hita
  (Vice President\, CFA Iberia)\nDuration: 45 minutes\n\nJoin: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_YjE1NzE3%40thread.v2/0\n\nP
 lease note the time is shown in UTC in this invitation.\n\nKind regards\,
 \nSantander Talent Acquisition
ORGANIZER;CN=Santander Careers:mailto:santander@myworkday.com
ATTENDEE;CN=Valentina Gomez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto
 :valentina.gomezr@outlook.com
ATTENDEE;CN=Alvaro de Hita;ROLE=REQ-PARTICIPANT:mailto:alvaro.dehita@grup
 osantander.com
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000A15C22F0D19BDB010000000000000000100000004E7B0A9F1C2D3E4F",
        "interview": 1,
        "company": "BBVA",
        "role": "Analista Senior Finanzas Corporativas",
        "stage": "technical",
        "interviewers": "rocio.valdivieso@bbva.com;pablo.e.gaitan@bbva.com",
        "trap": "outlook-original-before-reschedule",
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
ORGANIZER;CN="VALDIVIESO MARIN, ROCIO":mailto:rocio.valdivieso@bbva.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentin
 a Gómez:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GAITAN
  ESCOBAR, PABLO ENRIQUE":mailto:pablo.e.gaitan@bbva.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALS
 E;CN="CIUDAD BBVA - EDIF. LA VELA - P12 - SALA 12.07 (8)":mailto:sala.ve
 la1207@bbva.com
DESCRIPTION;LANGUAGE=es-ES:Valentina\, como comentamos por teléfono te env
 ío la convocatoria para la segunda entrevista (técnica) para la posición
  de Analista Senior Finanzas Corporativas. Estará conmigo Pablo Gaitán\,
  responsable de M&A Corporativo. Hablaremos de modelización y de una ope
 ración en la que hayas participado.\n\nConéctate por Teams (enlace abajo
 ).\n\nSaludos\,\nRocío\n\n______________________________________________
 __________________________________\nReunión de Microsoft Teams\nÚnase a t
 ravés de su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aq
 uí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_MzE0YTdi%40thread.v2/0>\nId. de la reunión: 390 771 452 218\n
 Código de acceso: pQ8sR2\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A15C22F0D19BDB0100000000000000
 00100000004E7B0A9F1C2D3E4F
SUMMARY;LANGUAGE=es-ES:2ª entrevista - Analista Senior Finanzas Corporati
 vas
DTSTART;TZID=Romance Standard Time:20250415T170000
DTEND;TZID=Romance Standard Time:20250415T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T154010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams; CIUDAD BBVA - EDIF. L
 A VELA - P12 - SALA 12.07 (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000A15C22F0D19BDB010000000000000000100000004E7B0A9F1C2D3E4F",
        "interview": 1,
        "company": "BBVA",
        "role": "Analista Senior Finanzas Corporativas",
        "stage": "technical",
        "interviewers": "rocio.valdivieso@bbva.com;pablo.e.gaitan@bbva.com",
        "trap": "outlook-rescheduled-same-uid-higher-sequence",
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
ORGANIZER;CN="VALDIVIESO MARIN, ROCIO":mailto:rocio.valdivieso@bbva.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentin
 a Gómez:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GAITAN
  ESCOBAR, PABLO ENRIQUE":mailto:pablo.e.gaitan@bbva.com
DESCRIPTION;LANGUAGE=es-ES:Hola Valentina\, Pablo tiene un comité el mart
 es\, así que movemos la entrevista al jueves a la misma hora. Disculpa el
  cambio.\n\nRocío\n\n____________________________________________________
 ____________________________\nReunión de Microsoft Teams\nHaga clic aquí
  para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_MzE0YTdi%40thread.v2/0>\nId. de la reunión: 390 771 452 218\nCód
 igo de acceso: pQ8sR2\n________________________________________________
 ________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A15C22F0D19BDB0100000000000000
 00100000004E7B0A9F1C2D3E4F
SUMMARY;LANGUAGE=es-ES:2ª entrevista - Analista Senior Finanzas Corporati
 vas
DTSTART;TZID=Romance Standard Time:20250417T170000
DTEND;TZID=Romance Standard Time:20250417T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T082233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
