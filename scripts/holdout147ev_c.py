"""holdout147 events, part c: the Spanish search (Getafe, Madrid, Seville)."""

from holdout147ev_tz import TZ_MADRID

EVENTS = [
    {
        "kind": "bizneo-telefonica",
        "label": {
            "uid": "bizneo-evt-20250122-71d4e0a9@aciturri.bizneohr.com",
            "is_interview": 1,
            "company": "Aciturri",
            "role": "Ingeniero/a de Calidad Proveedores",
            "stage": "recruiter_screen",
            "interviewers": "lucia.sanz@aciturri.com",
            "trap": "spanish-entrevista-telefonica-bizneo",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bizneo//Bizneo HR//ES
METHOD:REQUEST
""" + TZ_MADRID + r"""BEGIN:VEVENT
UID:bizneo-evt-20250122-71d4e0a9@aciturri.bizneohr.com
DTSTAMP:20250122T101500Z
DTSTART;TZID=Europe/Madrid:20250128T120000
DTEND;TZID=Europe/Madrid:20250128T123000
SUMMARY:Entrevista telefónica - Ingeniero/a de Calidad Proveedores (Getafe)
DESCRIPTION:Hola Inès\,\n\nGracias por tu interés en Aciturri. Te confirmam
 os la entrevista telefónica con Lucía Sanz (Talento) para la vacante Inge
 niero/a de Calidad Proveedores en nuestra planta de Getafe.\n\nTe llamarem
 os al +33 671224809.\n\nUn saludo\,\nEquipo de Selección Aciturri
LOCATION:Llamada telefónica
ORGANIZER;CN=Selección Aciturri:mailto:notificaciones@bizneohr.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Lucía Sanz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.
 sanz@aciturri.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-presencial",
        "label": {
            "uid": "7vqd0k3l2h8f1s6j4b9n5c0x3m@google.com",
            "is_interview": 1,
            "company": "Aciturri",
            "role": "Ingeniero/a de Calidad Proveedores",
            "stage": "onsite",
            "interviewers": "javier.olmedo@aciturri.com;lucia.sanz@aciturri.com",
            "trap": "spanish-google-onsite-plant-tour",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250213T083000Z
DTEND:20250213T110000Z
DTSTAMP:20250205T165012Z
ORGANIZER;CN=Javier Olmedo:mailto:javier.olmedo@aciturri.com
UID:7vqd0k3l2h8f1s6j4b9n5c0x3m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javie
 r Olmedo;X-NUM-GUESTS=0:mailto:javier.olmedo@aciturri.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ines.carvalho31@orange.fr;X-NUM-GUESTS=0:mailto:ines.carvalho31@ora
 nge.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía
  Sanz;X-NUM-GUESTS=0:mailto:lucia.sanz@aciturri.com
DESCRIPTION:Inès\, como hablamos: segunda entrevista presencial en la plan
 ta de Getafe. Primero hablamos tú y yo (jefe de Calidad Proveedores)\, lue
 go visita a recepción de material y laboratorio de END\, y cerramos con Lu
 cía.\nPregunta por mí en la garita\, Calle de la Aeronáutica s/n.\n\nJavie
 r
LOCATION:Aciturri Getafe\, Av. de John Lennon\, 28906 Getafe\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrevista - Calidad Proveedores / Inès Carvalho
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-teams",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000D51F8C2B3E7CDB01000000000000000010000000"
            "0C6B9E1A77F24D4B8A31E5C9D2A0B4F6",
            "is_interview": 1,
            "company": "Alestis Aerospace",
            "role": "Responsable de Calidad de Producto",
            "stage": "hiring_manager",
            "interviewers": "rocio.jimenez@alestis.aero;manuel.barrera@alestis.aero",
            "trap": "spanish-outlook-madrid-zone-seville-teams",
        },
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
ORGANIZER;CN=Rocío Jiménez Pardo:mailto:rocio.jimenez@alestis.aero
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Manuel Ba
 rrera Ortiz:mailto:manuel.barrera@alestis.aero
DESCRIPTION;LANGUAGE=es-ES:Buenos días Inès\,\n\nTe envío la convocatoria
 para la entrevista con Manuel Barrera\, Director de Calidad\, y conmigo (R
 RHH). Puedes hacerla en español\, francés o inglés.\n\nSaludos\,\nRocío\n
 \n________________________________________________________________________
 ________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, apl
 icación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reuni
 ón<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxl%40thread.v2
 /0>\nId. de reunión: 361 447 209 118\nCódigo de acceso: r7Mm2c\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D51F8C2B3E7CDB0100000000000000
 00100000000C6B9E1A77F24D4B8A31E5C9D2A0B4F6
SUMMARY;LANGUAGE=es-ES:Entrevista Responsable de Calidad de Producto - Inè
 s Carvalho
DTSTART;TZID=Romance Standard Time:20250227T100000
DTEND;TZID=Romance Standard Time:20250227T110000
DTSTAMP:20250219T081933Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "factorial-entrevista",
        "label": {
            "uid": "factorial-ats-interview-220981@talgo.factorialhr.com",
            "is_interview": 1,
            "company": "Talgo",
            "role": "Técnico/a de Calidad de Proveedores - Material Rodante",
            "stage": "",
            "interviewers": "beatriz.molina@talgo.com",
            "trap": "spanish-rail-factorial-zoom-no-stage",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial HR//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-interview-220981@talgo.factorialhr.com
DTSTAMP:20250310T163000Z
DTSTART;TZID=Europe/Madrid:20250314T093000
DTEND;TZID=Europe/Madrid:20250314T101500
SUMMARY:Entrevista: Técnico/a de Calidad de Proveedores - Material Rodante
DESCRIPTION:Entrevista con Beatriz Molina\nCandidatura: Inès Carvalho\nUbi
 cación del puesto: Las Matas (Madrid)\n\nUnirse a la reunión Zoom\nhttps://
 talgo.zoom.us/j/84417290331?pwd=Qm5xV1R0bGZ0\nID de reunión: 844 1729 0331
 \nCódigo de acceso: 620418
LOCATION:Zoom
ORGANIZER;CN=Beatriz Molina:mailto:beatriz.molina@talgo.com
ATTENDEE;CN=Ines Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "itp-panel",
        "label": {
            "uid": "SF-ITP-INT-0042271-0003",
            "is_interview": 1,
            "company": "ITP Aero",
            "role": "Supplier Quality Lead - Castings & Forgings",
            "stage": "technical",
            "interviewers": "alberto.ruiz@itpaero.com;eleanor.hughes@itpaero.com",
            "trap": "english-panel-madrid-castings-case",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_MADRID + r"""BEGIN:VEVENT
UID:SF-ITP-INT-0042271-0003
DTSTAMP:20250304T121200Z
DTSTART;TZID=Europe/Madrid:20250312T160000
DTEND;TZID=Europe/Madrid:20250312T173000
SUMMARY:Panel interview - Supplier Quality Lead - Castings & Forgings
DESCRIPTION:Dear Ines\,\n\nYou are invited to a panel interview for Suppli
 er Quality Lead - Castings & Forgings (Req. 0042271). Panel: Alberto Ruiz
  (Head of Supplier Quality) and Eleanor Hughes (Materials & Processes). You
  will be asked to walk the panel through a casting non-conformance you ha
 ve handled (15 min\, no slides needed).\n\nLocation: Microsoft Teams (link
  to follow from the hiring manager)\n\nITP Aero Talent Team
LOCATION:Microsoft Teams
ORGANIZER;CN=ITP Aero Talent Team:mailto:careers-noreply@itpaero.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ines.carva
 lho31@orange.fr
ATTENDEE;CN=Alberto Ruiz;ROLE=REQ-PARTICIPANT:mailto:alberto.ruiz@itpaero.
 com
ATTENDEE;CN=Eleanor Hughes;ROLE=REQ-PARTICIPANT:mailto:eleanor.hughes@itpa
 ero.com
ATTENDEE;CN=Paula Gil (Talent Coordinator);ROLE=NON-PARTICIPANT:mailto:pau
 la.gil@itpaero.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hays-cliente",
        "label": {
            "uid": "8c1a3f5e-0b27-4d96-a4f1-hays-es-cal-5591@hays.es",
            "is_interview": 1,
            "company": "Aernnova",
            "role": "Ingeniero/a de Calidad Proveedores - Sevilla",
            "stage": "recruiter_screen",
            "interviewers": "alvaro.pineda@hays.es",
            "trap": "agency-screen-client-named-only-in-body-spanish",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8c1a3f5e-0b27-4d96-a4f1-hays-es-cal-5591@hays.es
DTSTAMP:20250217T094100Z
DTSTART:20250219T150000Z
DTEND:20250219T153000Z
SUMMARY:Llamada Hays - Inès Carvalho
DESCRIPTION:Hola Inès\,\n\ncomo te comenté por LinkedIn\, te llamo para rev
 isar tu encaje con la posición de Ingeniero/a de Calidad Proveedores que g
 estiono en exclusiva para Aernnova en su planta de Sevilla (Parque Aeroes
 pacial Aerópolis\, La Rinconada). Repasaremos experiencia AS9100\, idioma
 s\, salario y disponibilidad antes de presentar tu candidatura al cliente.
 \n\nÁlvaro Pineda\nSenior Consultant - Hays Engineering\nT. +34 954 21 88
 30
LOCATION:Llamada (te llamo yo)
ORGANIZER;CN=Álvaro Pineda:mailto:Alvaro.Pineda@hays.es
ATTENDEE;CN=ines.carvalho31@orange.fr;RSVP=TRUE:mailto:ines.carvalho31@ora
 nge.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sener-entrevista",
        "label": {
            "uid": "d1f0e4b8-95a2-4c7e-b3d1-sener-cal@sener.es",
            "is_interview": 1,
            "company": "Sener",
            "role": "Ingeniero/a de Aseguramiento de Producto - Espacio",
            "stage": "technical",
            "interviewers": "ignacio.lacalle@sener.es;marta.ezquerra@sener.es",
            "trap": "space-product-assurance-webex-spanish",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco//Webex Meetings//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:d1f0e4b8-95a2-4c7e-b3d1-sener-cal@sener.es
DTSTAMP:20250320T080500Z
DTSTART:20250325T083000Z
DTEND:20250325T094500Z
SUMMARY:Entrevista técnica PA Espacio - I. Carvalho
DESCRIPTION:Entrevista técnica con Ignacio Lacalle (PA Manager) y Marta Ez
 querra (Calidad de Suministros) para la posición Ingeniero/a de Aseguramie
 nto de Producto - Espacio (Tres Cantos).\nTemas: ECSS-Q-ST-20\, control de
 subcontratistas\, NCR/NRB.\n\nÚnase a la reunión de Webex\nhttps://sener.w
 ebex.com/sener/j.php?MTID=m4a0b7c9d21e5f3\nNúmero de reunión: 2741 882 190
 5\nContraseña: PAesp25\nUnirse por teléfono: +34-91-198-2104
LOCATION:Webex
ORGANIZER;CN=Ignacio Lacalle:mailto:ignacio.lacalle@sener.es
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Marta Ezquerra;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 arta.ezquerra@sener.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "deadline-allday",
        "label": {
            "uid": "3j9d1t0q6w2e8r5y7u4i1o0p2a@google.com",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "application-deadline-all-day-names-employer",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250221
DTEND;VALUE=DATE:20250222
DTSTAMP:20250211T212200Z
UID:3j9d1t0q6w2e8r5y7u4i1o0p2a@google.com
DESCRIPTION:offre Airbus Getafe Quality Manager Final Assembly JR10301154
 \nlettre en espagnol + CV EN\, demander relecture à Pilar
SUMMARY:Dernier jour candidature Airbus Getafe
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
