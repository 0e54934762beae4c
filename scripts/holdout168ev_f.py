"""Holdout168 events, part F: Anglo American, SQM, Albemarle, SRK, Deswik; the 7x7 roster, a flight, two selections she runs."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "outlook-teams",
        "label": iv("Anglo American", "Mine Planning Lead - Los Bronces", "recruiter_screen",
                    "kate.whitmore@angloamerican.com", "outlook-bilingual-recruiter-screen"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Whitmore, Kate":mailto:Kate.Whitmore@angloamerican.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hola Camila / Hi Camila\,\n\nThank you for your
  application to the Mine Planning Lead role at Los Bronces. I'd like to ha
 ve an initial conversation (in English for the first part\, then we can sw
 itch to Spanish) about your experience and motivations.\n\nBest regards\,\n
 Kate Whitmore\nTalent Acquisition Partner – Copper Chile\n\n______________
 __________________________________________________________________\nMicrosof
 t Teams meeting\nJoin on your computer\, mobile app or room device\nClick
  here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_NGQ4ZTMy>\nMeeting ID: 366 201 775 498\nPasscode: Vp2wX7\n
UID:040000008200E00074C5B7101A82E00800000000B9D1F3A5C70EDC01000000000000000010000000E7A9C1B3D5F74E4DA0B2C4E6F8A0C2E5
SUMMARY;LANGUAGE=en-GB:Camila Rojas - Mine Planning Lead - initial conversation
DTSTART;TZID=Pacific SA Standard Time:20250829T120000
DTEND;TZID=Pacific SA Standard Time:20250829T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250825T171403Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-mac",
        "label": iv("Anglo American", "Mine Planning Lead", "technical", "rodrigo.fuentealba@angloamerican.com",
                    "outlook-mac-technical-round-two"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
@TZ:America/Santiago@
BEGIN:VEVENT
UID:7D2E4B1A-90C3-4F6E-8A5D-2B1C9E7F3A60
DTSTAMP:20250910T135512Z
DTSTART;TZID=America/Santiago:20250915T153000
DTEND;TZID=America/Santiago:20250915T163000
SUMMARY:Mine Planning Lead – 2nd round (technical) – Camila Rojas
DESCRIPTION:Camila\, segunda etapa con Rodrigo Fuentealba\, Superintendent
 e de Planificación Largo Plazo Los Bronces. Enfoque técnico: integración p
 lan largo plazo – presupuesto\, restricciones de relaves\, y cómo lideras
  equipos en sistema de turnos. 1 hora por Teams.\nKate\n\nJoin Microsoft
  Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTA3
 MmQx\n
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Kate Whitmore:mailto:kate.whitmore@angloamerican.com
ATTENDEE;CN=Camila Rojas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Rodrigo Fuentealba;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:rodrigo.fuentealba@angloamerican.com
ATTENDEE;CN=Kate Whitmore;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kate.whitmore@angloamerican.com
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "buk-invite",
        "label": iv("SQM", "Jefe(a) de Planificación Minera - Nueva Victoria", "recruiter_screen", "creyes@sqm.com",
                    "chilean-hr-suite-ats-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Buk//Buk Reclutamiento//ES
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@TZ:America/Santiago@
BEGIN:VEVENT
UID:buk-rec-entrevista-331907-sqm@buk.cl
DTSTAMP:20250903T210500Z
DTSTART;TZID=America/Santiago:20250911T163000
DTEND;TZID=America/Santiago:20250911T171500
SUMMARY:Entrevista - Jefe(a) de Planificación Minera - Nueva Victoria | SQM
DESCRIPTION:Hola Camila\, ¡gracias por postular a SQM!\n\nTe agendamos una e
 ntrevista con Constanza Reyes (Business Partner Selección). Etapa: Entrevi
 sta inicial.\nModalidad: Google Meet - https://meet.google.com/sqm-nvyt-rtk\n
 \nSi no puedes asistir\, avísanos respondiendo este correo.\n\nEnviado des
 de Buk
LOCATION:https://meet.google.com/sqm-nvyt-rtk
ORGANIZER;CN=SQM Selección (Buk):mailto:notificaciones@buk.cl
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Constanza Reyes;PARTSTAT=ACCEPTED:mailto:creyes@sqm.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "desktop-entry",
        "label": iv("SQM", "", "technical", "Felipe Carrasco;Ximena Díaz", "typed-case-presentation-names-only"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250920T234411Z
DESCRIPTION:Presentar caso por Meet a Felipe Carrasco (Gte. Minas NV) y Xim
 ena Díaz (Supte. Planificación). 20 min ppt + preguntas.\nEnviar ppt a Co
 nstanza ANTES de las 12!!\nCaso: plan 3 años pilas de yodo/nitrato\, camio
 nes vs. correa.\n
DTEND;TZID="Pacific SA Standard Time":20250924T163000
DTSTAMP:20250920T234411Z
DTSTART;TZID="Pacific SA Standard Time":20250924T150000
LAST-MODIFIED:20250920T234411Z
LOCATION:Meet (link en mail Constanza)
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-cl:SQM caso técnico
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D5F7A9B1C32FDC01000000000000000010000000F9B1D3A5C7E94C4EB2D4F6A8C0E2B4F7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-invite",
        "label": iv("Albemarle", "Mine Planning Lead - Salar de Atacama", "hiring_manager",
                    "francisco.lagos@albemarle.com", "workday-english-lithium-hiring-manager"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-int-c41e0b77a2d94e08@albemarle.wd5.myworkdayjobs.com
DTSTAMP:20251016T190045Z
DTSTART:20251023T170000Z
DTEND:20251023T174500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Mine Planning Lead - Salar de Atacama (JR-018832) - Hiring Manager
DESCRIPTION:Dear Camila\,\n\nYour interview has been scheduled.\n\nInterview
 er: Francisco Lagos\, Operations Manager - Salar Plant & Mine\nFormat: Vid
 eo (Microsoft Teams - link to follow from the interviewer)\nDuration: 45 m
 inutes\n\nBest regards\,\nAlbemarle Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Albemarle Talent Acquisition:mailto:albemarle@myworkday.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Francisco Lagos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:francisco.lagos@albemarle.com
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-invite",
        "label": iv("SRK Consulting", "Consultor/a Principal - Planificación Minera", "recruiter_screen",
                    "sbustos@srk.cl", "greenhouse-consultancy-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc.//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-5581204003@greenhouse.io
DTSTAMP:20250821T141201Z
DTSTART:20250827T140000Z
DTEND:20250827T143000Z
SUMMARY:Entrevista con SRK Consulting - Consultor/a Principal (Planificación Minera)
DESCRIPTION:Hola Camila\,\n\nTe confirmamos tu entrevista con Sofía Bustos\,
  Reclutamiento SRK Chile.\n\nCargo: Consultor/a Principal - Planificación
  Minera (Santiago)\nDuración: 30 minutos\nZoom: https://srk.zoom.us/j/9110
 4527730\n\nSaludos\,\nSRK Consulting Chile
LOCATION:https://srk.zoom.us/j/91104527730
ORGANIZER;CN=Sofía Bustos:mailto:sbustos@srk.cl
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-export",
        "label": iv("SRK Consulting", "", "technical", "cahumada@srk.cl;frios@srk.cl",
                    "calendar-export-x-wr-timezone-case-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:camila.rojas.minera@gmail.com
X-WR-TIMEZONE:America/Santiago
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20250908T100000
DTEND;TZID=America/Santiago:20250908T113000
DTSTAMP:20251201T004512Z
ORGANIZER;CN=Carolina Ahumada:mailto:cahumada@srk.cl
UID:2e4r6t8y0u2i4o6p8a0s2d4f6g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fernando Ríos;X-NUM-GUESTS=0:mailto:frios@srk.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carolina Ahumada;X-NUM-GUESTS=0:mailto:cahumada@srk.cl
CREATED:20250901T192001Z
DESCRIPTION:Caso práctico: te mandamos 24 h antes un modelo de bloques redu
 cido y un brief de cliente. Presentas enfoque para declaración de reservas
  (NI 43-101 / Código CH 20.235) y un plan de producción de alto nivel. Lue
 go conversamos de tu experiencia con clientes.\n\nOficinas SRK: Av. Apoqui
 ndo 4501\, piso 17\, Las Condes (o por Meet si estás en faena).
LAST-MODIFIED:20250903T110244Z
LOCATION:SRK Chile - Apoquindo 4501 piso 17
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Caso práctico SRK - Camila Rojas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-invite",
        "label": iv("Deswik", "Mining Consultant - Planning (Santiago)", "", "nparra@deswik.com",
                    "workable-software-vendor-no-stage"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7c3d91e8b24f@workable.com
DTSTAMP:20251103T120210Z
DTSTART:20251110T140000Z
DTEND:20251110T150000Z
SUMMARY:Interview: Camila Rojas Pizarro for Mining Consultant - Planning (Santiago)
DESCRIPTION:Deswik has scheduled an interview with you.\n\nJob: Mining Cons
 ultant - Planning (Santiago)\nWith: Nicolás Parra\nWhere: Microsoft Teams\n
 \nPowered by Workable
LOCATION:Microsoft Teams
ORGANIZER;CN=Nicolás Parra:mailto:nparra@deswik.com
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-recurring",
        "label": neg("roster-7x7-recurring-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Turnos
X-WR-TIMEZONE:America/Santiago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250903
DTEND;VALUE=DATE:20250910
RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20251231
DTSTAMP:20251201T004512Z
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
CREATED:20250815T014411Z
DESCRIPTION:subida 06:00 bus Av. Grecia. turno día 08-20.
LAST-MODIFIED:20250815T014411Z
LOCATION:Faena Altoloa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Turno 7x7 (arriba)
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251016
DTEND;VALUE=DATE:20251023
DTSTAMP:20251201T004512Z
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
RECURRENCE-ID;VALUE=DATE:20251015
CREATED:20250815T014411Z
DESCRIPTION:cambio con Rodrigo (turno B)\, subo jueves 16 x viaje Arequipa.
LAST-MODIFIED:20251006T231902Z
LOCATION:Faena Altoloa
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Turno 7x7 (arriba) - cambiado
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tripit-flight",
        "label": neg("flight-home-bajada"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//TripIt//TripIt Calendar Feed//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:TripIt - Camila
BEGIN:VEVENT
DTSTART:20251008T000500Z
DTEND:20251008T022000Z
DTSTAMP:20251007T120000Z
UID:item-5a2c7e91-bd40-4f18-9c6e-0d3b1e8f7a24@tripit.com
SUMMARY:LA341 ANF to SCL
LOCATION:Antofagasta (ANF)
DESCRIPTION:LATAM Airlines LA341\nDepart: Antofagasta\, CL (ANF) Oct 7\, 9:0
 5 PM -03\nArrive: Santiago\, CL (SCL) Oct 7\, 11:20 PM -03\nConfirmation: K
 QZ7RM\nSeat 14C\n\nView and/or edit details in TripIt: https://www.tripit.
 com/trip/show/id/399120841
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-invites-candidate-on-free-mail", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=catalina.meza.v@hotmail.com:mailto:catalina.meza.v@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alfaro, Diego":mailto:dalfaro@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Hola Catalina\,\n\nGracias por tu interés en el
  cargo de Ingeniera de Planificación Corto Plazo en Minera Altoloa. Te inv
 ito a una conversación por Teams con Diego Alfaro y conmigo. Te pediremos
  resolver un ejercicio breve en Excel (trae tu computador).\n\nSaludos\,\nC
 amila Rojas Pizarro\nJefa de Turno – Planificación Mina\nMinera Altoloa\n\n
 ________________________________________________________________________________\n
 Reunión de Microsoft Teams\nUnirse a la reunión ahora<https://teams.microso
 ft.com/l/meetup-join/19%3ameeting_MjE5YzRh>\n
UID:040000008200E00074C5B7101A82E00800000000A7C9E1B3D54ADC0100000000000000001000000013B5D7F9A1C34D4EB6D8F0A2C4E6A8F1
SUMMARY;LANGUAGE=es-CL:Conversación cargo Ing. Planificación CP - Catalina Meza
DTSTART;TZID=Pacific SA Standard Time:20251021T170000
DTEND;TZID=Pacific SA Standard Time:20251021T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T220412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-hiring-committee-shift-boss", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lobos, Ricardo":mailto:rlobos@minera-altoloa.cl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FAENA-Edif. Mina-Sala Reuniones 1":mailto:sala.mina1@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Comité de selección para cubrir la Jefatura de
  Turno B (reemplazo de Ricardo\, que pasa a Superintendencia). Candidatos i
 nternos: Leiva\, Gaete; externo: Rivera (vía Nexo). Cada evaluador trae su
  pauta y recomendación. Decisión y comunicación esta semana.
UID:040000008200E00074C5B7101A82E00800000000E3A5C7B9D16BDC0100000000000000001000000057F9B1D3A5C74E4AB0C2E4F6D8A0B2D3
SUMMARY;LANGUAGE=es-CL:Comité Selección JT Mina turno B
DTSTART;TZID=Pacific SA Standard Time:20251120T140000
DTEND;TZID=Pacific SA Standard Time:20251120T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T110312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Edif. Mina-Sala Reuniones 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
