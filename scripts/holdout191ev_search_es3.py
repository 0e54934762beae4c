"""holdout191: Madrid corporates (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "successfactors",
        "uid": "IBE-REC-INT-5521930",
        "interview": 1,
        "company": "Iberdrola",
        "role": "Analista Senior de Control de Gestión",
        "stage": "recruiter_screen",
        "interviewers": "mjgarciaolea@iberdrola.es",
        "trap": "successfactors-entrevista-por-competencias-hr",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SE//SuccessFactors Recruiting//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:IBE-REC-INT-5521930
DTSTAMP:20250407T103356Z
DTSTART;TZID=Europe/Madrid:20250414T163000
DTEND;TZID=Europe/Madrid:20250414T171500
SUMMARY:Iberdrola - Entrevista por competencias - Analista Senior de Contr
 ol de Gestión
DESCRIPTION:Estimada candidata:\n\nLe confirmamos su entrevista por compet
 encias con María José García Olea (Selección\, Dirección de Personas y Or
 ganización) para la vacante Analista Senior de Control de Gestión (Ref. 5
 5219) en Madrid.\n\nLa entrevista será por Microsoft Teams. Recibirá el e
 nlace el día anterior.\n\nAtentamente\,\nIberdrola\, S.A.
ORGANIZER;CN=Iberdrola Empleo:mailto:no-reply-empleo@iberdrola.es
ATTENDEE;CN=VALENTINA GOMEZ RESTREPO;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailt
 o:valentina.gomezr@outlook.com
ATTENDEE;CN=María José García Olea;ROLE=REQ-PARTICIPANT:mailto:mjgarciaol
 ea@iberdrola.es
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000009E3B5A7712A7DB01000000000000000010000000C3D89E01F4A2B5C6",
        "interview": 1,
        "company": "Repsol",
        "role": "Analista Senior Planificación Financiera",
        "stage": "hiring_manager",
        "interviewers": "fbarrio@repsol.com",
        "trap": "outlook-sent-by-assistant-english-windows-zone",
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
ORGANIZER;CN="Barrio Iturbe, Fernando";SENT-BY="mailto:lcano@repsol.com":
 mailto:fbarrio@repsol.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="valenti
 na.gomezr@outlook.com":mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cano Ru
 iz, Laura":mailto:lcano@repsol.com
DESCRIPTION;LANGUAGE=es-ES:Estimada Valentina:\n\nEn nombre de Fernando B
 arrio\, Director de Planificación Financiera y Control\, le envío convoca
 toria para mantener una conversación sobre la posición de Analista Senior
  Planificación Financiera.\n\nLa reunión será por Teams.\n\nUn cordial sa
 ludo\,\nLaura Cano\nSecretaría de Dirección – Dirección Económico Financi
 era\nREPSOL\, S.A. | C/ Méndez Álvaro 44 | 28045 Madrid\n\n_____________
 ___________________________________________________________________\nRe
 unión de Microsoft Teams\nÚnase a través de su equipo\, aplicación móvil
  o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_NWI4Yjg2%40thread.v2/0>\n
 Id. de la reunión: 351 009 884 623\nCódigo de acceso: Jh3vD6\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000009E3B5A7712A7DB0100000000000000
 0010000000C3D89E01F4A2B5C6
SUMMARY;LANGUAGE=es-ES:Valentina Gómez / Fernando Barrio
DTSTART;TZID=Romance Standard Time:20250422T180000
DTEND;TZID=Romance Standard Time:20250422T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T091201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000077AA11BB22CC33DD",
        "interview": 1,
        "company": "Alantra",
        "role": "Associate M&A",
        "stage": "onsite",
        "interviewers": "jaime.roldan@alantra.com;carlota.imaz@alantra.com;ignacio.sanjurjo@alantra.com",
        "trap": "outlook-room-resource-back-to-back-onsite",
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
ORGANIZER;CN="Recepción Madrid":mailto:eventos.madrid@alantra.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentin
 a Gómez Restrepo:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roldán, Jai
 me":mailto:jaime.roldan@alantra.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Imaz, Carl
 ota":mailto:carlota.imaz@alantra.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Sanjurjo,
  Ignacio":mailto:ignacio.sanjurjo@alantra.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MAD Sala Ser
 rano (6p)":mailto:mad.sala.serrano@alantra.com
DESCRIPTION;LANGUAGE=es-ES:Valentina\,\n\nTe esperamos en nuestras oficin
 as (José Ortega y Gasset 29\, 28006 Madrid) para las entrevistas presenci
 ales:\n\n10:00 – 10:45 Jaime Roldán (Director)\n10:50 – 11:35 Carlota Ima
 z (Vice President)\n11:40 – 12:25 Ignacio Sanjurjo (Partner)\n\nPregunta
  en recepción por Eventos Madrid.\n\nUn saludo
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000
 00001000000077AA11BB22CC33DD
SUMMARY;LANGUAGE=es-ES:Entrevistas Alantra – Associate M&A (V. Gómez)
DTSTART;TZID=Romance Standard Time:20250506T100000
DTEND;TZID=Romance Standard Time:20250506T122500
CLASS:PUBLIC
DTSTAMP:20250428T130712Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD Sala Serrano (6p)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WD-AMA-INTV-3f9c1d2e-77b0-4e1a-b8c3-91d0a6e2f4c5",
        "interview": 1,
        "company": "Amadeus",
        "role": "Senior FP&A Analyst",
        "stage": "hiring_manager",
        "interviewers": "thomas.guerin@amadeus.com",
        "trap": "workday-method-cancel-status-cancelled",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:WD-AMA-INTV-3f9c1d2e-77b0-4e1a-b8c3-91d0a6e2f4c5
DTSTAMP:20250423T090041Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART:20250424T130000Z
DTEND:20250424T134500Z
SUMMARY:Cancelled: Interview with Hiring Manager – Senior FP&A Analyst (Ma
 drid) – Amadeus
DESCRIPTION:Dear Valentina\,\n\nUnfortunately your interview with Thomas G
 uérin (Head of FP&A\, Distribution) has had to be cancelled due to a conf
 lict in his agenda. Your recruiter will contact you shortly to propose a
  new slot.\n\nAmadeus Talent Acquisition
ORGANIZER;CN=Amadeus Careers:mailto:amadeus@myworkday.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT:mailto:valentin
 a.gomezr@outlook.com
ATTENDEE;CN=Thomas Guérin;ROLE=REQ-PARTICIPANT:mailto:thomas.guerin@amade
 us.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever",
        "uid": "lever-interview-5a0c4e6b-2d1f-4f7a-9b8e-c0d3e2f1a4b7",
        "interview": 1,
        "company": "Fever",
        "role": "FP&A Senior Analyst",
        "stage": "recruiter_screen",
        "interviewers": "sofia.altamira@feverup.com",
        "trap": "lever-english-phone-screen-utc",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5a0c4e6b-2d1f-4f7a-9b8e-c0d3e2f1a4b7
DTSTAMP:20250219T170230Z
DTSTART:20250224T160000Z
DTEND:20250224T162500Z
SUMMARY:Valentina Gómez Restrepo & Sofía Altamira (Fever) - Phone Screen
DESCRIPTION:Hey Valentina!\n\nExcited to speak with you about the FP&A Se
 nior Analyst opening at Fever. This is a 25-minute conversation to get to
  know you and share more about the team and the process.\n\nI'll call you
  via Google Meet: https://meet.google.com/eqt-wmhz-kdp\n\nIf you need to
  reschedule\, use this link: https://hire.lever.co/interviews/reschedule/
 5a0c4e6b\n\nCheers\,\nSofía
LOCATION:https://meet.google.com/eqt-wmhz-kdp
ORGANIZER;CN=Sofía Altamira:mailto:sofia.altamira@feverup.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-
 ACTION;RSVP=TRUE:mailto:valentina.gomezr@outlook.com
ATTENDEE;CN=Sofía Altamira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 sofia.altamira@feverup.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby",
        "uid": "ashby-7f2e1c9a-43b8-4d56-a0e7-5c1b9d3f8a26@ashbyhq.com",
        "interview": 1,
        "company": "Jobandtalent",
        "role": "Senior Strategic Finance Analyst",
        "stage": "technical",
        "interviewers": "h.wendt@jobandtalent.com;lidia.aranda@jobandtalent.com",
        "trap": "ashby-zoom-live-modelling-exercise",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:ashby-7f2e1c9a-43b8-4d56-a0e7-5c1b9d3f8a26@ashbyhq.com
DTSTAMP:20250313T101500Z
DTSTART:20250319T153000Z
DTEND:20250319T164500Z
SUMMARY:Live Modelling Exercise – Valentina Gómez Restrepo (Senior Strate
 gic Finance Analyst)
DESCRIPTION:Interviewers: Hanna Wendt\, Lidia Aranda\n\nFormat: You'll rec
 eive a short dataset at the start of the call and build a simple 3-stateme
 nt driver model in Google Sheets while talking us through your assumption
 s. No preparation required beyond a working laptop.\n\nZoom: https://jobandt
 alent.zoom.us/j/84120937714?pwd=bVd0ZzRkN3FtS\nMeeting ID: 841 2093 7714\n
 Passcode: 559301\n\nScheduled via Ashby
ORGANIZER;CN=Jobandtalent Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-A
 CTION;RSVP=TRUE:mailto:valentina.gomezr@outlook.com
ATTENDEE;CN=Hanna Wendt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:h.w
 endt@jobandtalent.com
ATTENDEE;CN=Lidia Aranda;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:li
 dia.aranda@jobandtalent.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
