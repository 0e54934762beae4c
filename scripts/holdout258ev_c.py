"""holdout258 calendar, part C: the user on the hiring or assessing side (all negatives)."""
# ruff: noqa: E501, W291, W293

from holdout258ev_zones import MX_CITY, WIN_CST_MEXICO

EVENTS = [
    dict(
        kind="outlook-hr-invite-interviewer",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E58ADC01000000000000000010000000EE01EE02EE03EE04EE05EE06EE07EE08",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Sala RH 2";CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:sala.rh2@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Ing. Héctor\, te agendo la entrevista técnica del candidato J
 uan Carlos Rivas Mora para la vacante Técnico Electromecánico B (turno 2)
 . Adjunto CV y resultado de psicométricos. Favor de llenar el formato de e
 valuación RH-F-021 al terminar.\n\nPaola\n
DTEND;TZID="Central Standard Time (Mexico)":20260115T110000
DTSTAMP:20260112T172015Z
DTSTART;TZID="Central Standard Time (Mexico)":20260115T100000
LOCATION:Sala RH 2
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista técnica - Juan Carlos Rivas - Técnico Electromecánico B
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E58ADC01000000000000000010000000EE01EE02EE03EE04EE05EE06EE07EE08
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-hr-invite-technician-candidate",
        hiring=True,
    ),
    dict(
        kind="outlook-practical-test-organizer",
        uid="040000008200E00074C5B7101A82E00800000000B2C3D4E5F68ADC01000000000000000010000000EE11EE12EE13EE14EE15EE16EE17EE18",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Gudiño Reynoso, Paola";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pgudino@electroensambles-occidente.com.mx
ATTENDEE;CN="Carrillo Nava, Jesús";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jcarrillo@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Examen práctico para los 3 candidatos a Técnico A (turno 1):\
 n- 09:00 Ernesto Villa\n- 10:00 Adrián Muñoz\n- 11:00 Karla Estrada\nEstac
 ión: tablero didáctico de neumática + PLC Siemens S7-1200 en el taller. J
 esús Carrillo me apoya como evaluador. Paola: favor de dar acceso en caset
 a.\n
DTEND;TZID="Central Standard Time (Mexico)":20260120T120000
DTSTAMP:20260116T150244Z
DTSTART;TZID="Central Standard Time (Mexico)":20260120T090000
LOCATION:Taller de Mantenimiento
ORGANIZER;CN="Ramírez Lozano, Héctor":mailto:hramirez@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Examen práctico PLC/neumática - candidatos Técnico A
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F68ADC01000000000000000010000000EE11EE12EE13EE14EE15EE16EE17EE18
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-organizer-practical-exam-for-candidates",
        hiring=True,
    ),
    dict(
        kind="successfactors-interviewer-notice",
        uid="SF-INT-20260127-000511-EDO",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-20260127-000511-EDO
DTSTAMP:20260122T190011Z
DTSTART:20260127T220000Z
DTEND:20260127T230000Z
SUMMARY:Interview: Maintenance Planner / Planeador de Mantenimiento - Can
 didate: Luis Fernando Saucedo
DESCRIPTION:Dear Héctor Ramírez Lozano\,\n\nYou have been added as an int
 erviewer for the following candidate.\n\nCandidate: Luis Fernando Saucedo 
 Ruelas\nRequisition: 10388 - Planeador de Mantenimiento (Tlaquepaque)\nIn
 terview Guide: Competency-based (Planning & Scheduling\, SAP PM\, Communic
 ation)\nPlease submit your interview assessment in SuccessFactors within 
 24 hours.\n\nElectroensambles de Occidente - Talent Acquisition
LOCATION:Sala RH 1
ORGANIZER;CN=Electroensambles Talent Acquisition:mailto:talento@electroens
 ambles-occidente.com.mx
ATTENDEE;CN=Héctor Ramírez Lozano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hra
 mirez@electroensambles-occidente.com.mx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-interviewer-notice-same-ats-as-own-interview",
        hiring=True,
    ),
    dict(
        kind="teams-debrief",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6078ADC01000000000000000010000000EE21EE22EE23EE24EE25EE26EE27EE28",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Villaseñor Ruiz, Arturo";RSVP=TRUE:mailto:avillasenor@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Retro de entrevistas Planeador de Mantenimiento: Saucedo vs. 
 Arellano. Traer sus evaluaciones para decidir a quién se le hace oferta.\
 n\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_cmV0cm8%40thread.v2/0
 >\n
DTEND;TZID="Central Standard Time (Mexico)":20260129T173000
DTSTAMP:20260128T010512Z
DTSTART;TZID="Central Standard Time (Mexico)":20260129T170000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Retro candidatos Planeador Mtto
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6078ADC01000000000000000010000000EE21EE22EE23EE24EE25EE26EE27EE28
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-retro",
        hiring=True,
    ),
    dict(
        kind="bookings-staff-notice",
        uid="bookings-9e8d7c6b-5a4f-4e3d-b2c1-a0f9e8d7c6b5",
        ics=r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ORGANIZER;CN=Practicantes EDO:mailto:PracticantesEDO@electroensambles-occidente.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Héctor Ramírez Lozano:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karen Villalobos:mailto:karen.villalobos.m@alumnos.cuceiudg.example.mx
DESCRIPTION;LANGUAGE=es-MX:Nueva reserva\n\nServicio: Entrevista practican
 tes Mantenimiento (Mecatrónica / Eléctrica)\nCliente: Karen Villalobos\nTe
 léfono: 33 1920 4471\nNotas del cliente: Estudiante de 7o semestre de Ing.
  Mecatrónica\, disponible 6 horas diarias.\nPersonal: Héctor Ramírez Lozano\
 n\nCon tecnología de Microsoft Bookings
UID:bookings-9e8d7c6b-5a4f-4e3d-b2c1-a0f9e8d7c6b5
SUMMARY;LANGUAGE=es-MX:Entrevista practicantes Mantenimiento para Karen Villalobos
DTSTART;TZID=Central Standard Time (Mexico):20260204T130000
DTEND;TZID=Central Standard Time (Mexico):20260204T133000
CLASS:PUBLIC
DTSTAMP:20260130T210033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Recepción Planta Tlaquepaque
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff-intern-candidate",
        hiring=True,
    ),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F607188ADC01000000000000000010000000EE31EE32EE33EE34EE35EE36EE37EE38",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260205T160000Z
DTEND:20260205T170000Z
DTSTAMP:20260203T043312Z
ORGANIZER;CN="Ramírez Lozano, Héctor":mailto:hramirez@electroensambles-occ
 idente.com.mx
UID:040000008200E00074C5B7101A82E00800000000D4E5F607188ADC01000000000000000010000000EE31EE32EE33EE34EE35EE36EE37EE38
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martín
  Sandoval Tapia;X-NUM-GUESTS=0:mailto:martin.sandoval.tapia88@gmail.com
COMMENT:Gracias ingeniero\, ahí estaré puntual.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista Técnico Electromecánico B - Martín Sandoval
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    dict(
        kind="agency-shortlist-presentation",
        uid="2x7c4v9b1n6m3q8w5e0r2t7y4u@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MX_CITY + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260209T120000
DTEND;TZID=America/Mexico_City:20260209T124500
DTSTAMP:20260205T200100Z
ORGANIZER;CN=Gabriela Ponce:mailto:gponce@talentoindustrialgdl.com.mx
UID:2x7c4v9b1n6m3q8w5e0r2t7y4u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hramirez@electroensambles-occidente.com.mx;X-NUM-GUESTS=0:mailto:hr
 amirez@electroensambles-occidente.com.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=pgudino@electroensambles-occidente.com.mx;X-NUM-GUESTS=0:mailto:pgu
 dino@electroensambles-occidente.com.mx
DESCRIPTION:Ing. Héctor\, le presento la terna para Supervisor de Manteni
 miento turno nocturno: (1) Ing. Pedro Ayala - 8 años en EMS\, (2) Ing. Di
 ana Ruvalcaba - TPM/Confiabilidad\, (3) Ing. Mario Ceja - automatización. 
 En la llamada repasamos perfiles y definimos a quién entrevista usted.\n\n
 Gabriela Ponce | Talento Industrial GDL\n\nJoin with Google Meet: https:/
 /meet.google.com/mva-qxno-trz\n\nInvitation from Google Calendar: https:/
 /calendar.google.com/calendar/
LOCATION:https://meet.google.com/mva-qxno-trz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presentación de terna - Supervisor de Mantenimiento (nocturno)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-shortlist",
        hiring=True,
    ),
    dict(
        kind="outlook-scorecard-reminder",
        uid="040000008200E00074C5B7101A82E00800000000E5F60718298ADC01000000000000000010000000EE41EE42EE43EE44EE45EE46EE47EE48",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Capturar en SuccessFactors las evaluaciones de entrevista de 
 los candidatos a Técnico Electromecánico B (Rivas\, Sandoval\, Ortega). RH
  las necesita para armar la terna final.\n
DTEND;TZID="Central Standard Time (Mexico)":20260206T081500
DTSTAMP:20260205T230012Z
DTSTART;TZID="Central Standard Time (Mexico)":20260206T080000
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Llenar evaluaciones de entrevista - Técnico B
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000E5F60718298ADC01000000000000000010000000EE41EE42EE43EE44EE45EE46EE47EE48
X-MICROSOFT-CDO-BUSYSTATUS:FREE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-reminder",
        hiring=True,
    ),
    dict(
        kind="outlook-floor-trial-observer",
        uid="040000008200E00074C5B7101A82E00800000000F607182930ADDC01000000000000000010000000EE51EE52EE53EE54EE55EE56EE57EE58",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Aceves Pulido, Ramón (Técnico SMT)";RSVP=TRUE:mailto:ramon.aceves.p@outlook.com
ATTENDEE;CN="Sánchez Lara, Tomás";RSVP=TRUE:mailto:tsanchez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Día de prueba en piso del candidato Ramón Aceves (Técnico SMT)
 : acompaña al turno 1 en línea 3 (impresora de pasta\, pick & place\, hor
 no). Héctor y Tomás observan y califican con la lista de verificación MT
 -F-07.\n
DTEND;TZID="Central Standard Time (Mexico)":20260212T150000
DTSTAMP:20260209T163000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260212T070000
LOCATION:Línea SMT 3
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Día de prueba - candidato Técnico SMT (R. Aceves)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F607182930ADDC01000000000000000010000000EE51EE52EE53EE54EE55EE56EE57EE58
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-trial-day-observer-candidate-attendee",
        hiring=True,
    ),
    dict(
        kind="outlook-panel-slots",
        uid="040000008200E00074C5B7101A82E0080000000007182930418EDC01000000000000000010000000EE61EE62EE63EE64EE65EE66EE67EE68",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Villaseñor Ruiz, Arturo";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:avillasenor@electroensambles-occidente.com.mx
ATTENDEE;CN="Sala Juntas Producción";CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:sala.produccion@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Panel de entrevistas - Supervisor de Mantenimiento (turno noc
 turno)\n16:00 Ing. Pedro Ayala\n17:00 Ing. Diana Ruvalcaba\n18:00 Ing. Ma
 rio Ceja\nEntrevistadores: Arturo Villaseñor y Héctor Ramírez. Guía de pr
 eguntas y matriz de calificación en la carpeta compartida.\n
DTEND;TZID="Central Standard Time (Mexico)":20260217T190000
DTSTAMP:20260211T180044Z
DTSTART;TZID="Central Standard Time (Mexico)":20260217T160000
LOCATION:Sala Juntas Producción
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Panel entrevistas Supervisor de Mantenimiento - turno nocturno
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000007182930418EDC01000000000000000010000000EE61EE62EE63EE64EE65EE66EE67EE68
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-panel-named-as-interviewer",
        hiring=True,
    ),
    dict(
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000182930415A8EDC01000000000000000010000000EE71EE72EE73EE74EE75EE76EE77EE78",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Bloque semanal para entrevistar practicantes (UdeG CUCEI\, CET
 I\, UTZMG) para el programa de verano de Mantenimiento. Los candidatos se 
 agendan por Bookings.\n
DTEND;TZID="Central Standard Time (Mexico)":20260224T150000
DTSTAMP:20260218T170000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260224T130000
LOCATION:Sala RH 1
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevistas practicantes Mantenimiento (verano 2026)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000182930415A8EDC01000000000000000010000000EE71EE72EE73EE74EE75EE76EE77EE78
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
DESCRIPTION:Esta semana se mueve al jueves por la auditoría del cliente.\n
DTEND;TZID="Central Standard Time (Mexico)":20260312T150000
DTSTAMP:20260305T170000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260312T130000
LOCATION:Sala RH 1
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
RECURRENCE-ID;TZID="Central Standard Time (Mexico)":20260310T130000
SEQUENCE:1
SUMMARY;LANGUAGE=es-MX:Entrevistas practicantes Mantenimiento (verano 2026)
UID:040000008200E00074C5B7101A82E00800000000182930415A8EDC01000000000000000010000000EE71EE72EE73EE74EE75EE76EE77EE78
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-intern-block-override",
        hiring=True,
    ),
    dict(
        kind="all-day-job-fair-stand",
        uid="D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTAMP:20260220T022000Z
DTSTART;VALUE=DATE:20260228
DTEND;VALUE=DATE:20260301
SUMMARY:Feria de Empleo Tlaquepaque - stand Electroensambles (reclutar té
 cnicos)
LOCATION:Centro Cultural El Refugio\, Tlaquepaque
DESCRIPTION:Con Paola de RH. Entrevistas rápidas a técnicos de manteni
 miento\, llevar formato de prescreening y 2 tableros de prueba.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-job-fair-stand-all-day",
        hiring=True,
    ),
    dict(
        kind="candidate-sent-invite",
        uid="9k4j7h2g5f0d3s8a1p6o9i4u7y@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260218T170000Z
DTEND:20260218T180000Z
DTSTAMP:20260214T234510Z
ORGANIZER;CN=Ricardo Pulido:mailto:ricardo.pulido.mtto@gmail.com
UID:9k4j7h2g5f0d3s8a1p6o9i4u7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ricardo Pulido;X-NUM-GUESTS=0:mailto:ricardo.pulido.mtto@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hector.ramirez.lozano@hotmail.com;X-NUM-GUESTS=0:mailto:hector.ram
 irez.lozano@hotmail.com
DESCRIPTION:Buenas tardes Ing. Héctor\, le mando la invitación para la en
 trevista que me dio para la vacante de Técnico de Mantenimiento en Electro
 ensambles. Muchas gracias por la oportunidad.\n\nRicardo Pulido\n\nInvitat
 ion from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Planta Electroensambles Tlaquepaque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Ing. Héctor Ramírez - Técnico de Mantenimiento
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-sends-invite-to-private-address",
        hiring=True,
    ),
    dict(
        kind="outlook-rescheduled-own-invite",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F607188ADC01000000000000000010000000EE31EE32EE33EE34EE35EE36EE37EE39",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN=martin.sandoval.tapia88@gmail.com;RSVP=TRUE:mailto:martin.sandoval.tapia88@gmail.com
ATTENDEE;CN="Sánchez Lara, Tomás";RSVP=TRUE:mailto:tsanchez@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Martín\, buenas tardes. Por un paro de línea tengo que mover t
 u segunda entrevista al viernes a la misma hora. Te espera Tomás en recep
 ción.\n\nIng. Héctor Ramírez Lozano\nSupervisor de Mantenimiento\nElectro
 ensambles de Occidente\n
DTEND;TZID="Central Standard Time (Mexico)":20260220T110000
DTSTAMP:20260218T213300Z
DTSTART;TZID="Central Standard Time (Mexico)":20260220T100000
LOCATION:Taller de Mantenimiento
ORGANIZER;CN="Ramírez Lozano, Héctor":mailto:hramirez@electroensambles-occidente.com.mx
SEQUENCE:1
SUMMARY;LANGUAGE=es-MX:Reprogramada: 2a entrevista Técnico Electromecánico B - Martín Sandoval
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4E5F607188ADC01000000000000000010000000EE31EE32EE33EE34EE35EE36EE37EE39
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-rescheduled-second-round-user-organizer",
        hiring=True,
    ),
    dict(
        kind="outlook-final-round-hiring-manager",
        uid="040000008200E00074C5B7101A82E00800000000293041526B8EDC01000000000000000010000000EE81EE82EE83EE84EE85EE86EE87EE88",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Villaseñor Ruiz, Arturo";RSVP=TRUE:mailto:avillasenor@electroensambles-occidente.com.mx
ATTENDEE;CN="Saucedo Ruelas, Luis Fernando";RSVP=TRUE:mailto:lf.saucedo.ruelas@yahoo.com.mx
CLASS:PUBLIC
DESCRIPTION:Entrevista final del candidato Luis Fernando Saucedo para Pla
 neador de Mantenimiento con el Gerente de Planta y el Supervisor de Mante
 nimiento (jefe directo del puesto).\n
DTEND;TZID="Central Standard Time (Mexico)":20260203T180000
DTSTAMP:20260130T184000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260203T170000
LOCATION:Oficina Gerencia de Planta
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Entrevista final - Planeador de Mantenimiento - L.F. Saucedo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000293041526B8EDC01000000000000000010000000EE81EE82EE83EE84EE85EE86EE87EE88
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-final-round-candidate-is-attendee",
        hiring=True,
    ),
    dict(
        kind="thunderbird-kit-prep",
        uid="2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260213T230000Z
LAST-MODIFIED:20260213T230000Z
DTSTAMP:20260213T230000Z
UID:2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819
SUMMARY:Armar guía de entrevista + examen escrito Supervisor Mtto nocturno
DTSTART:20260216T070000
DTEND:20260216T080000
DESCRIPTION:preguntas STAR + 10 de eléctrico/neumática + caso de paro de l
 ínea. mandar a Paola antes del martes
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-interview-kit-prep-floating",
        hiring=True,
    ),
    dict(
        kind="iphone-reference-check-caller",
        uid="0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + MX_CITY + r"""BEGIN:VEVENT
UID:0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9
DTSTAMP:20260219T173000Z
DTSTART;TZID=America/Mexico_City:20260220T163000
DTEND;TZID=America/Mexico_City:20260220T170000
SUMMARY:Llamar referencias de Diana Ruvalcaba (candidata supervisor)
DESCRIPTION:Ex jefe: Ing. Felipe Corona 33 3122 0945. Preguntar por TPM\
 , manejo de personal sindicalizado\, motivo de salida.
 
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-reference-check-caller",
        hiring=True,
    ),
    dict(
        kind="outlook-apprentice-selection",
        uid="040000008200E00074C5B7101A82E008000000003A4B5C6D7E8EDC01000000000000000010000000EE91EE92EE93EE94EE95EE96EE97EE98",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Mtro. Ruelas (Vinculación CONALEP)";RSVP=TRUE:mailto:vinculacion.tlaq@conalep-jal.example.mx
CLASS:PUBLIC
DESCRIPTION:Selección de alumnos del Modelo Mexicano de Formación Dual (Ma
 ntenimiento de Sistemas Automáticos): 8 alumnos\, entrevista breve y prue
 ba de habilidades manuales. Se eligen 3 para rotación en Mantenimiento.\n
DTEND;TZID="Central Standard Time (Mexico)":20260225T130000
DTSTAMP:20260219T200000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260225T090000
LOCATION:CONALEP Tlaquepaque - Taller 4
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=es-MX:Selección alumnos Dual CONALEP - Mantenimiento
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003A4B5C6D7E8EDC01000000000000000010000000EE91EE92EE93EE94EE95EE96EE97EE98
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-dual-apprentice-selection",
        hiring=True,
    ),
    dict(
        kind="iphone-phone-screens-terse",
        uid="5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTSTAMP:20260302T012000Z
DTSTART:20260303T200000Z
DTEND:20260303T210000Z
SUMMARY:filtros tel tecnicos electronicos (OCC) - 4 cand
DESCRIPTION:lista en el correo de Paola. 15 min c/u\, descartar sin turno 
 rotativo
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-terse-phone-screens-job-board",
        hiring=True,
    ),
    dict(
        kind="outlook-promotion-assessment-english",
        uid="040000008200E00074C5B7101A82E008000000004B5C6D7E8F8EDC01000000000000000010000000EEA1EEA2EEA3EEA4EEA5EEA6EEA7EEA8",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CST_MEXICO + r"""BEGIN:VEVENT
ATTENDEE;CN="Ramírez Lozano, Héctor";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hramirez@electroensambles-occidente.com.mx
ATTENDEE;CN="Carrillo Nava, Jesús";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jcarrillo@electroensambles-occidente.com.mx
ATTENDEE;CN="Kowalski, Anna";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:anna.kowalski@electroensambles-occidente.com.mx
CLASS:PUBLIC
DESCRIPTION:Skills assessment for internal promotion: Jesús Carrillo (Tec
 hnician A -> Maintenance Lead). Héctor Ramírez assesses hands-on troubles
 hooting; Anna Kowalski (Corporate Engineering\, Austin) joins remotely to 
 rate English communication.\n\nMicrosoft Teams meeting\nJoin on your com
 puter\, mobile app or room device\nClick here to join the meeting<https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_cHJvbW8%40thread.v2/0>\n
DTEND;TZID="Central Standard Time (Mexico)":20260306T120000
DTSTAMP:20260302T150000Z
DTSTART;TZID="Central Standard Time (Mexico)":20260306T100000
LOCATION:Taller de Mantenimiento / Microsoft Teams
ORGANIZER;CN="Gudiño Reynoso, Paola":mailto:pgudino@electroensambles-occidente.com.mx
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Promotion assessment - Maintenance Lead - J. Carrillo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004B5C6D7E8F8EDC01000000000000000010000000EEA1EEA2EEA3EEA4EEA5EEA6EEA7EEA8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-internal-promotion-assessment-english",
        hiring=True,
    ),
]
