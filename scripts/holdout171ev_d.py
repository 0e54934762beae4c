"""holdout171 events, part d: private universities and business schools, ATS invites (own interviews)."""

from holdout171ev_tz import MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="workday-phone", uid="JR-0024517-INT-1-f3a8c2d1@myworkday.com",
        i=1, co="Universidad Europea", role="Responsable de Gestión Académica", st="recruiter_screen",
        iv="laura.gil@universidadeuropea.es", trap="workday-noreply-phone-screen-talent-acquisition",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:JR-0024517-INT-1-f3a8c2d1@myworkday.com
DTSTAMP:20241028T104512Z
DTSTART:20241104T090000Z
DTEND:20241104T093000Z
SUMMARY:Entrevista telefónica: Responsable de Gestión Académica (JR-0024517)
ORGANIZER;CN=Universidad Europea:mailto:universidadeuropea@myworkday.com
ATTENDEE;CN=Rocío Navarro Gil;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocion
 avarro.gil@hotmail.com
ATTENDEE;CN=Laura Gil Serrano;ROLE=REQ-PARTICIPANT:mailto:laura.gil@univer
 sidadeuropea.es
DESCRIPTION:Hola Rocío\,\n\nGracias por tu interés en Universidad Europea.
  Te confirmamos una entrevista telefónica de 30 minutos con Laura Gil (Tale
 nt Acquisition) para la posición Responsable de Gestión Académica - Campus
  de Alcobendas. Laura te llamará al número que indicaste en tu candidatura
 .\n\nSi necesitas cambiar la fecha\, responde a este correo.\n\nEquipo de
  Talento - Universidad Europea
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="teams-2nd", uid="040000008200E00074C5B7101A82E008000000002A77B1E0F42DDB0100000000000000001000000E2B09A",
        i=1, co="Universidad Europea", role="Responsable de Gestión Académica", st="hiring_manager",
        iv="javier.montoya@universidadeuropea.es", trap="outlook-hiring-manager-teams-segunda-entrevista",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Montoya Herrera, Javier":mailto:javier.montoya@universidadeuropea.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gil Serrano, Laura":mailto:laura.gil@uni
 versidadeuropea.es
DESCRIPTION;LANGUAGE=es-ES:Hola Rocío\, encantado. Laura me ha pasado tu pe
 rfil. Te propongo esta hora para la segunda entrevista y así te cuento cóm
 o está organizado el equipo de Gestión Académica (matrícula\, expedientes\,
  títulos) en Alcobendas y Villaviciosa.\n\nUn saludo\,\nJavier Montoya\nDir
 ector de Operaciones Académicas\n\n_____________________________________
 ___________________________________________\nReunión de Microsoft Teams\nÚ
 nase desde el equipo\, la aplicación móvil o el dispositivo de la sala\nHa
 ga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_OTU1Yj@thread.v2/0>\nId. de la reunión: 368 771 904 225
 \nCódigo de acceso: Q2kR7s\n________________________________________________
 ________________________________\n
UID:040000008200E00074C5B7101A82E008000000002A77B1E0F42DDB0100000000000000001000000E2B09A
SUMMARY;LANGUAGE=es-ES:2ª entrevista - Rocío Navarro - Resp. Gestión Académica
DTSTART;TZID=Romance Standard Time:20241114T160000
DTEND;TZID=Romance Standard Time:20241114T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241107T174210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="workday-final", uid="JR-0024517-INT-3-9bd04e77@myworkday.com",
        i=1, co="Universidad Europea", role="Responsable de Gestión Académica", st="final",
        iv="carmen.vidal@universidadeuropea.es;javier.montoya@universidadeuropea.es",
        trap="workday-entrevista-final-presencial-campus",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:JR-0024517-INT-3-9bd04e77@myworkday.com
DTSTAMP:20241122T121004Z
DTSTART:20241203T100000Z
DTEND:20241203T113000Z
SUMMARY:Entrevista final: Responsable de Gestión Académica (JR-0024517)
ORGANIZER;CN=Universidad Europea:mailto:universidadeuropea@myworkday.com
ATTENDEE;CN=Rocío Navarro Gil;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocion
 avarro.gil@hotmail.com
ATTENDEE;CN=Carmen Vidal Ortiz;ROLE=REQ-PARTICIPANT:mailto:carmen.vidal@un
 iversidadeuropea.es
ATTENDEE;CN=Javier Montoya Herrera;ROLE=REQ-PARTICIPANT:mailto:javier.mont
 oya@universidadeuropea.es
ATTENDEE;CN=Sala Tajo (Edif. A);CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:sa
 la.tajo@universidadeuropea.es
DESCRIPTION:Hola Rocío\,\n\nTe esperamos en el Campus de Villaviciosa de Od
 ón (C/ Tajo s/n) para la entrevista final con Carmen Vidal (Directora Gene
 ral de Operaciones) y Javier Montoya. Pregunta en recepción del Edificio A
 .\n\nEquipo de Talento - Universidad Europea
LOCATION:Campus Villaviciosa de Odón - Edificio A\, Sala Tajo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="greenhouse-screen", uid="7c1d0f4e2b9a@greenhouse.io-ie-46710293",
        i=1, co="IE University", role="Associate Director, Academic Operations", st="recruiter_screen",
        iv="marta.aguirre@ie.edu", trap="greenhouse-english-coordinator-not-interviewer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20241209T113000
DTEND;TZID=Europe/Madrid:20241209T120000
DTSTAMP:20241203T094455Z
ORGANIZER;CN=Paula Ferrer (Recruiting Coordinator):mailto:paula.ferrer@ie.edu
UID:7c1d0f4e2b9a@greenhouse.io-ie-46710293
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gi
 l@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Aguirre;X-NUM-GUESTS=0:mailto:marta.aguirre@ie.edu
X-GOOGLE-CONFERENCE:https://meet.google.com/ywn-kdqa-zrt
DESCRIPTION:Hi Rocío\,\n\nThank you for applying to IE University! This is
  a 30-minute introductory call with Marta Aguirre\, Senior Talent Partner\,
  for the Associate Director\, Academic Operations role.\n\nInterviewer(s):
  Marta Aguirre\n\nPlease let me know if you need to reschedule.\n\nBest\,\n
 Paula Ferrer | Recruiting Coordinator\n\nScheduled via Greenhouse\n\nJoin
  with Google Meet: https://meet.google.com/ywn-kdqa-zrt
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rocío Navarro Gil <> IE University | Intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="case-presentation", uid="a81e5f39c6d2@greenhouse.io-ie-46710293-2",
        i=1, co="IE University", role="Associate Director, Academic Operations", st="technical",
        iv="guillermo.sanz@ie.edu;anne.oconnor@ie.edu", trap="greenhouse-case-presentation-ie-tower",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250109T150000
DTEND;TZID=Europe/Madrid:20250109T163000
DTSTAMP:20241219T110211Z
ORGANIZER;CN=Paula Ferrer (Recruiting Coordinator):mailto:paula.ferrer@ie.edu
UID:a81e5f39c6d2@greenhouse.io-ie-46710293-2
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gi
 l@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Guillermo Sanz;X-NUM-GUESTS=0:mailto:guillermo.sanz@ie.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Anne O'Connor;X-NUM-GUESTS=0:mailto:anne.oconnor@ie.edu
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=IE Tower
  - 32F - Meeting Room Atlas (8);X-NUM-GUESTS=0:mailto:c_1889f0ab3e@resour
 ce.calendar.google.com
DESCRIPTION:Hi Rocío\,\n\nFollowing your conversation with Marta\, we'd lo
 ve to invite you to the next stage: a case presentation (20 min) followed
  by Q&A with Guillermo Sanz (Dean of Students' Office\, Academic Operations
 ) and Anne O'Connor (Registrar). You'll receive the case by email 48h in a
 dvance.\n\nLocation: IE Tower\, Paseo de la Castellana 259E\, floor 32. P
 lease bring your ID for reception.\n\nScheduled via Greenhouse
LOCATION:IE Tower - 32F - Meeting Room Atlas (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case Presentation - Rocío Navarro Gil (Assoc. Dir. Academic Operations)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="teamtailor-invite", uid="tt-interview-2849315@teamtailor.com",
        i=1, co="ESIC University", role="Jefe/a de Secretaría Académica", st="hiring_manager",
        iv="natalia.prieto@esic.edu", trap="teamtailor-invite-later-cancelled",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2849315@teamtailor.com
SEQUENCE:0
DTSTAMP:20250107T151020Z
DTSTART:20250116T083000Z
DTEND:20250116T091500Z
SUMMARY:Entrevista con ESIC University - Jefe/a de Secretaría Académica
ORGANIZER;CN=Natalia Prieto:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Rocío Navarro Gil;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;CN=Natalia Prieto;PARTSTAT=ACCEPTED:mailto:natalia.prieto@esic.ed
 u
DESCRIPTION:Hola Rocío\,\n\n¡Gracias por tu tiempo! Natalia Prieto (Direct
 ora de Secretaría General) te ha invitado a una entrevista para el puesto
  Jefe/a de Secretaría Académica en Pozuelo de Alarcón.\n\nVideollamada: htt
 ps://esic.zoom.us/j/91422087316\n\nESIC University · Powered by Teamtailor
LOCATION:https://esic.zoom.us/j/91422087316
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="teamtailor-cancel", uid="tt-interview-2849315@teamtailor.com",
        i=1, co="ESIC University", role="Jefe/a de Secretaría Académica", st="hiring_manager",
        iv="natalia.prieto@esic.edu", trap="method-cancel-status-cancelled",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:tt-interview-2849315@teamtailor.com
SEQUENCE:1
DTSTAMP:20250114T101502Z
DTSTART:20250116T083000Z
DTEND:20250116T091500Z
SUMMARY:Cancelada: Entrevista con ESIC University - Jefe/a de Secretaría Ac
 adémica
ORGANIZER;CN=Natalia Prieto:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Rocío Navarro Gil;PARTSTAT=NEEDS-ACTION:mailto:rocionavarro.gi
 l@hotmail.com
ATTENDEE;CN=Natalia Prieto;PARTSTAT=ACCEPTED:mailto:natalia.prieto@esic.ed
 u
DESCRIPTION:Hola Rocío\, lamentamos comunicarte que la entrevista ha sido c
 ancelada. Nos pondremos en contacto contigo para proponer una nueva fecha.
 \n\nESIC University · Powered by Teamtailor
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="successfactors", uid="SF-INTSCHED-4471-000187-EAE",
        i=1, co="EAE Business School", role="Responsable de Secretaría Académica - Campus Madrid", st="hiring_manager",
        iv="oriol.puig@eae.es", trap="successfactors-interview-scheduling-group-parent",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:SF-INTSCHED-4471-000187-EAE
DTSTAMP:20250120T113315Z
DTSTART;TZID=Romance Standard Time:20250127T120000
DTEND;TZID=Romance Standard Time:20250127T124500
SUMMARY:Entrevista: Responsable de Secretaría Académica - Campus Madrid (Req
  4471)
ORGANIZER;CN=Planeta Formación y Universidades - Selección:mailto:noreply@
 successfactors.eu
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.co
 m
ATTENDEE;CN=Oriol Puig Ferrer;ROLE=REQ-PARTICIPANT:mailto:oriol.puig@eae.es
DESCRIPTION:Estimada Rocío:\n\nNos complace invitarte a una entrevista con
  Oriol Puig\, Director Académico de EAE Business School (Campus Madrid)\, p
 ara la posición de Responsable de Secretaría Académica.\n\nLugar: C/ Joaqu
 ín Costa 41\, Madrid (o por Teams si lo prefieres\, indícalo respondiendo
  a este correo).\n\nUn saludo\,\nEquipo de Selección - Planeta Formación y
  Universidades
LOCATION:EAE Campus Madrid\, Joaquín Costa 41
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="personio-phone", uid="personio-interview-88211-3907@personio.de",
        i=1, co="Universidad Loyola", role="Responsable de Secretaría General Académica", st="recruiter_screen",
        iv="beatriz.ocana@uloyola.es", trap="personio-llamada-seleccion",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-88211-3907@personio.de
DTSTAMP:20241016T071120Z
DTSTART:20241021T070000Z
DTEND:20241021T073000Z
SUMMARY:Llamada de selección | Responsable de Secretaría General Académica
ORGANIZER;CN=Beatriz Ocaña:mailto:noreply@personio.de
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;CN=Beatriz Ocaña;PARTSTAT=ACCEPTED:mailto:beatriz.ocana@uloyola.es
DESCRIPTION:Hola Rocío\,\n\nGracias por tu candidatura en Universidad Loyol
 a. Te llamaré por teléfono para conocerte y resolver tus dudas sobre el pu
 esto.\n\nBeatriz Ocaña\nPersonas y Talento\nUniversidad Loyola Andalucía
LOCATION:Teléfono
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="panel-campus", uid="040000008200E00074C5B7101A82E00800000000E3D61C9A0F2DDB0100000000000000001000000B7F2C4",
        i=1, co="Universidad Loyola", role="Responsable de Secretaría General Académica", st="onsite",
        iv="tomas.rivero@uloyola.es;gerencia@uloyola.es;beatriz.ocana@uloyola.es",
        trap="outlook-panel-campus-dos-hermanas-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ocaña Vela, Beatriz":mailto:beatriz.ocana@uloyola.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rivero Campos, Tomás":mailto:tomas.rivero@ul
 oyola.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerencia Loyola":mailto:gerencia@uloyola.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CSE Sala de Juntas 1.14":mailto:salaj
 untas114@uloyola.es
DESCRIPTION;LANGUAGE=es-ES:Hola Rocío\,\n\nTe espera el comité: Tomás River
 o (Secretario General)\, la Gerente y yo. Campus Sevilla\, Avda. de las Un
 iversidades s/n\, Dos Hermanas\, edificio principal\, 1ª planta. Hay apar
 camiento para visitas en la entrada norte.\n\nBeatriz\n
UID:040000008200E00074C5B7101A82E00800000000E3D61C9A0F2DDB0100000000000000001000000B7F2C4
SUMMARY;LANGUAGE=es-ES:Comité - Rocío Navarro Gil (Resp. Secretaría Gral. Académica)
DTSTART;TZID=Romance Standard Time:20241105T100000
DTEND;TZID=Romance Standard Time:20241105T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241028T130211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CSE Sala de Juntas 1.14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
]
