"""holdout171 events, part e: schedulers, headhunters, private sector (the user's own interviews)."""

from holdout171ev_tz import LONDON, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="calendly-booking", uid="6d1b7e50-93aa-4c2f-b1f3-ufv-calendly",
        i=1, co="Universidad Francisco de Vitoria", role="Coordinador/a de Secretaría de Alumnos",
        st="recruiter_screen",
        iv="s.heredia@ufv.es", trap="calendly-candidate-booked-slot-host-is-recruiter",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6d1b7e50-93aa-4c2f-b1f3-ufv-calendly
DTSTAMP:20241022T183344Z
DTSTART:20241025T080000Z
DTEND:20241025T083000Z
SUMMARY:Entrevista 30 min - Coordinador/a Secretaría de Alumnos (UFV) entre
  Sonia Heredia y Rocío Navarro Gil
ORGANIZER;CN=Sonia Heredia:mailto:s.heredia@ufv.es
ATTENDEE;CN=Rocío Navarro Gil;PARTSTAT=ACCEPTED:mailto:rocionavarro.gil@ho
 tmail.com
DESCRIPTION:Event Name: Entrevista 30 min - Coordinador/a Secretaría de Alu
 mnos (UFV)\n\nLocation: This is a Google Meet web conference.\nhttps://mee
 t.google.com/ofa-jkxw-bum\n\nNeed to make changes to this event?\nCancel:
  https://calendly.com/cancellations/6d1b7e50-93aa-4c2f\nReschedule: https:/
 /calendly.com/reschedulings/6d1b7e50-93aa-4c2f\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ofa-jkxw-bum
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="lever-screen", uid="lever-3f7a0e21-unir-interview-b1c4",
        i=1, co="UNIR", role="Responsable de Gestión Académica de Grados", st="recruiter_screen",
        iv="ignacio.beltran@unir.net", trap="lever-zoom-talent-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-3f7a0e21-unir-interview-b1c4
DTSTAMP:20241125T090212Z
DTSTART:20241128T150000Z
DTEND:20241128T153000Z
SUMMARY:UNIR | Rocío Navarro Gil - Talent screen
ORGANIZER;CN=UNIR Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Ignacio Beltrán;ROLE=REQ-PARTICIPANT:mailto:ignacio.beltran@unir.n
 et
DESCRIPTION:Posición: Responsable de Gestión Académica de Grados (Logroño /
  remoto).\nEntrevistador: Ignacio Beltrán (Talent Acquisition).\n\nZoom: h
 ttps://unir.zoom.us/j/95510032871\n\nScheduled with Lever
LOCATION:https://unir.zoom.us/j/95510032871
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="bookings-appt", uid="AAMkAGNiNebrija-bookings-20241217T093000",
        i=1, co="Universidad Nebrija", role="Jefe/a de Área de Títulos y Certificaciones", st="",
        iv="rrhh.seleccion@nebrija.es", trap="microsoft-bookings-selection-slot",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Selección Nebrija":mailto:SeleccionNebrija@nebrija.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rocío Navarro Gil:mailto:rocionavarro.gi
 l@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Ana Lucía Téllez":mailto:rrhh.seleccion@nebr
 ija.es
DESCRIPTION;LANGUAGE=es-ES:Su reserva se ha confirmado.\n\nServicio: Entrev
 ista - Jefe/a de Área de Títulos y Certificaciones\nPersonal: Ana Lucía Té
 llez\nDuración: 45 minutos\n\nUnirse a la reunión de Microsoft Teams: http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_NbK3@thread.v2/0\n\nPu
 ede administrar su reserva aquí: https://outlook.office365.com/owa/calendar
 /SeleccionNebrija@nebrija.onmicrosoft.com/bookings/\n
UID:AAMkAGNiNebrija-bookings-20241217T093000
SUMMARY;LANGUAGE=es-ES:Entrevista - Jefe/a de Área de Títulos y Certificaciones
DTSTART;TZID=Romance Standard Time:20241217T093000
DTEND;TZID=Romance Standard Time:20241217T101500
CLASS:PUBLIC
DTSTAMP:20241211T171000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="workable-test", uid="workable-uax-7712-interview-0021",
        i=1, co="Universidad Alfonso X el Sabio", role="Técnico/a Senior de Ordenación Académica", st="technical",
        iv="lorena.fuentes@uax.es", trap="workable-prueba-tecnica-excel-sigma",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:workable-uax-7712-interview-0021
DTSTAMP:20250204T102233Z
DTSTART;TZID=Europe/Madrid:20250212T100000
DTEND;TZID=Europe/Madrid:20250212T113000
SUMMARY:Prueba técnica - Técnico/a Senior de Ordenación Académica - Rocío N
 avarro Gil
ORGANIZER;CN=Lorena Fuentes (via Workable):mailto:uax@workablemail.com
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Lorena Fuentes;ROLE=REQ-PARTICIPANT:mailto:lorena.fuentes@uax.es
DESCRIPTION:Hola Rocío\, te esperamos en el Campus de Villanueva de la Caña
 da (Avda. de la Universidad 1) para la prueba técnica: planificación de un
  POD con Excel y un caso sobre reconocimiento de créditos. Después charla
 mos 20 min con Lorena Fuentes (Ordenación Académica).\n\nSent via Workable
LOCATION:UAX - Edificio A\, Sala 1.3
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="hays-consultant", uid="hays-es-cal-20241023-RNG-7810",
        i=1, co="CEU Andalucía", role="Responsable de Secretaría y Gestión Académica", st="recruiter_screen",
        iv="alvaro.delgado@hays.es", trap="agency-screen-employer-only-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Rocío\,\n\nGracias por atenderme ayer. Como te comenté\,
  nuestro cliente es la Fundación San Pablo Andalucía CEU (Bormujos)\, que b
 usca una persona Responsable de Secretaría y Gestión Académica para su nue
 va universidad. En esta llamada repasamos tu trayectoria\, expectativas sa
 lariales y disponibilidad antes de presentarte al cliente.\n\nUn saludo\,\n
 Álvaro Delgado\nSenior Consultant - Hays Education\nT. +34 954 XX XX 61
DTEND;TZID="Romance Standard Time":20241023T133000
DTSTAMP:20241022T160105Z
DTSTART;TZID="Romance Standard Time":20241023T130000
LOCATION:Teléfono / Teams
ORGANIZER;CN="Delgado, Alvaro":mailto:alvaro.delgado@hays.es
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Rocío Navarro / Hays - llamada
TRANSP:OPAQUE
UID:hays-es-cal-20241023-RNG-7810
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="odgers-search", uid="odgers-mad-ss-2025-0142-RNG",
        i=1, co="Universidad Pontificia Comillas", role="Vicesecretario/a General", st="recruiter_screen",
        iv="lucia.arrieta@odgersberndtson.com", trap="headhunter-executive-search-client-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Estimada Rocío\,\n\nTal y como acordamos\, te envío convocatori
 a para nuestra entrevista en el marco del proceso de búsqueda de Vicesecre
 tario/a General que estamos realizando para la Universidad Pontificia Comi
 llas (ICAI-ICADE). Nos vemos en nuestras oficinas de Madrid (Paseo de la C
 astellana 31\, 6ª planta) o\, si lo prefieres\, por Teams.\n\nUn cordial s
 aludo\,\nLucía Arrieta\nPartner\, Education & Non-Profit Practice\nOdgers
  Berndtson
DTEND;TZID="Romance Standard Time":20250204T180000
DTSTAMP:20250128T091234Z
DTSTART;TZID="Romance Standard Time":20250204T170000
LOCATION:Odgers Berndtson - Castellana 31 / Teams
ORGANIZER;CN="Lucia Arrieta";SENT-BY="mailto:asistente.madrid@odgersberndtson.com":mailto:lucia.arrieta@od
 gersberndtson.com
ATTENDEE;CN="Rocío Navarro Gil";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Rocío Navarro Gil - Odgers Berndtson (ref. SS-2025-0142)
TRANSP:OPAQUE
UID:odgers-mad-ss-2025-0142-RNG
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="smartrecruiters", uid="sr-esade-3c0a9d7e-5512@smartrecruiters.com",
        i=1, co="Esade", role="Academic Services Manager", st="hiring_manager",
        iv="montserrat.roig@esade.edu", trap="smartrecruiters-catalan-name-english-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-esade-3c0a9d7e-5512@smartrecruiters.com
DTSTAMP:20250128T110000Z
DTSTART:20250205T101500Z
DTEND:20250205T110000Z
SUMMARY:Interview: Academic Services Manager (Madrid Campus) - Rocío Navarr
 o Gil
ORGANIZER;CN=Esade Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Montserrat Roig;ROLE=REQ-PARTICIPANT:mailto:montserrat.roig@esa
 de.edu
DESCRIPTION:Hola Rocío\,\n\nEntrevista con Montserrat Roig (Directora de Se
 rveis Acadèmics) per la posició Academic Services Manager - Madrid Campus
  (Mateo Inurria 25-27).\n\nTeams: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_EsAd3@thread.v2/0\n\nPowered by SmartRecruiters
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="icims-english", uid="icims-slu-madrid-req-6622-int-01",
        i=1, co="Saint Louis University Madrid", role="Registrar", st="",
        iv="kpatterson@slu.edu;mjgomez@slu.edu", trap="icims-english-us-university-madrid-campus",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:icims-slu-madrid-req-6622-int-01
DTSTAMP:20250211T190011Z
DTSTART;TZID=Europe/Madrid:20250219T163000
DTEND;TZID=Europe/Madrid:20250219T171500
SUMMARY:Interview - Registrar\, Madrid Campus (Req. 6622)
ORGANIZER;CN=SLU Human Resources:mailto:noreply@icims.com
ATTENDEE;CN=Rocio Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Kevin Patterson;ROLE=REQ-PARTICIPANT:mailto:kpatterson@slu.edu
ATTENDEE;CN=María José Gómez;ROLE=REQ-PARTICIPANT:mailto:mjgomez@slu.edu
DESCRIPTION:Dear Rocio\,\n\nYou are scheduled for a virtual interview for t
 he position of Registrar (Madrid Campus) with Kevin Patterson (University
  Registrar\, St. Louis) and María José Gómez (Dean of Students\, Madrid).\n
 \nZoom: https://slu.zoom.us/j/97733110254\n\nThis interview was scheduled
  in iCIMS.
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="ashby-screen", uid="ashby-qs-2b6f1c4a-interview-schedule-1",
        i=1, co="QS Quacquarelli Symonds", role="Client Manager - Spain & Portugal", st="recruiter_screen",
        iv="hannah.reid@qs.com", trap="ashby-london-tz-english-recruiter",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:ashby-qs-2b6f1c4a-interview-schedule-1
DTSTAMP:20241126T143002Z
DTSTART;TZID=Europe/London:20241202T100000
DTEND;TZID=Europe/London:20241202T103000
SUMMARY:Rocío Navarro Gil - Recruiter Screen - Client Manager\, Spain & Por
 tugal
ORGANIZER;CN=Hannah Reid:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Hannah Reid;ROLE=REQ-PARTICIPANT:mailto:hannah.reid@qs.com
DESCRIPTION:Hi Rocío\, looking forward to our chat about the Client Manager
  (Spain & Portugal) role in QS's Higher Education Solutions team.\n\nZoom:
  https://qs.zoom.us/j/81102936653\n\nScheduled with Ashby
LOCATION:https://qs.zoom.us/j/81102936653
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="modernloop-hm", uid="modernloop-qs-e90d1a73-hm",
        i=1, co="QS Quacquarelli Symonds", role="Client Manager - Spain & Portugal", st="hiring_manager",
        iv="d.costa@qs.com", trap="modernloop-hiring-manager-london",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:modernloop-qs-e90d1a73-hm
DTSTAMP:20241210T110500Z
DTSTART;TZID=Europe/London:20241213T130000
DTEND;TZID=Europe/London:20241213T134500
SUMMARY:Interview with QS - Hiring Manager (Daniela Costa)
ORGANIZER;CN=QS Talent Team:mailto:scheduling@modernloop.io
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Daniela Costa;ROLE=REQ-PARTICIPANT:mailto:d.costa@qs.com
DESCRIPTION:Interview schedule for Rocío Navarro Gil\n\n13:00-13:45 (Londo
 n) Hiring Manager interview - Daniela Costa\, Regional Director Southern E
 urope\n\nJoin Zoom: https://qs.zoom.us/j/84420017715\n\nScheduled by Moder
 nLoop on behalf of QS Talent Team
LOCATION:https://qs.zoom.us/j/84420017715
END:VEVENT
END:VCALENDAR
"""),
]
