"""holdout217 events, part e: retailers, manufacturers, terminals, Hamburg and Rotterdam."""

from holdout217ev_tz import AMSTERDAM, BERLIN, CUSTOM, MADRID

EVENTS = [
    {
        "kind": "smartrecruiters-screen",
        "crlf": True,
        "label": (
            "sr-interview-7e4d02b1c9a8@smartrecruiters.com", 1, "IKEA",
            "Supply Planner - Customer Distribution Centre Valencia", "recruiter_screen",
            "clara.benet@ingka.ikea.com", "smartrecruiters-teams-ikea-ingka-domain",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:sr-interview-7e4d02b1c9a8@smartrecruiters.com
DTSTAMP:20250110T142233Z
DTSTART;TZID=Europe/Madrid:20250115T113000
DTEND;TZID=Europe/Madrid:20250115T120000
SUMMARY:IKEA | Supply Planner - Customer Distribution Centre Valencia | E
 ntrevista
LOCATION:Microsoft Teams
DESCRIPTION:Hej Irene!\n\nGracias por tu interés en IKEA. Clara Benet\, Re
 cruitment Specialist\, se reunirá contigo por Teams para conocerte mejor.
 \n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmU4NGQx\n\nEs
 te evento ha sido programado a través de SmartRecruiters.
ORGANIZER;CN=IKEA Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Clara Benet;PARTSTAT=ACCEPTED:mailto:clara.benet@ingka.ikea.co
 m
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-meco",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E0080000000071A9E3B25C89DB0100000000000000001000000044C1B2A3F4E5D6C7B8A9F0E1D2C3B4A5",
            1, "Inditex", "Planificador/a de Demanda - Plataforma Meco", "hiring_manager",
            "anaro@inditex.com", "outlook-customized-time-zone-hiring-manager",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CUSTOM}
BEGIN:VEVENT
ORGANIZER;CN=Ana Rodríguez Otero:mailto:anaro@inditex.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Irene\, te paso convocatoria para conocer
 nos. Soy responsable del equipo de Planificación de la plataforma de Meco
  y busco Planificador/a de Demanda. Hablaremos de tu experiencia y del p
 uesto.\n\n________________________________________________________________
 ________________\nReunión de Microsoft Teams\nÚnase desde el equipo\, la
  aplicación móvil o el dispositivo de la sala\nHaga clic aquí para unirse
  a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjE5>
 \nId. de reunión: 348 227 619 053\nCódigo de acceso: Hh6Lg2\n____________
 ____________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000071A9E3B25C89DB0100000000000000
 001000000044C1B2A3F4E5D6C7B8A9F0E1D2C3B4A5
SUMMARY;LANGUAGE=es-ES:Irene Sanchis - Planificador/a de Demanda - Plataf
 orma Meco
DTSTART;TZID=Customized Time Zone:20250206T123000
DTEND;TZID=Customized Time Zone:20250206T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250131T101207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cancelled-interview",
        "crlf": True,
        "label": (
            "1c8vh3m0q6k2t9rbf5sl7dn4ge@google.com", 1, "Decathlon",
            "Responsable de Operaciones Logísticas", "hiring_manager", "nuria.roig@decathlon.com",
            "method-cancel-status-cancelled-interview",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250226T110000
DTEND;TZID=Europe/Madrid:20250226T120000
DTSTAMP:20250224T175509Z
ORGANIZER;CN=Núria Roig:mailto:nuria.roig@decathlon.com
UID:1c8vh3m0q6k2t9rbf5sl7dn4ge@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ir
 ene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis.ferrer@gm
 ail.com
DESCRIPTION:Entrevista con Núria Roig (Responsable del almacén regional d
 e Barcelona) para el puesto de Responsable de Operaciones Logísticas.\n\n
 Unirse con Google Meet: https://meet.google.com/pbn-kqfe-rds
LOCATION:
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Decathlon - Entrevista Responsable de Operaciones Logísticas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-excel-test",
        "crlf": True,
        "label": (
            "WD-INT-5b0c9e77-41d2-4f6a-a3b8-e27d60f91c4d@myworkday.com", 1, "Mango",
            "Demand Planner", "technical", "xavier.font@mango.com",
            "workday-prueba-tecnica-forecasting",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:WD-INT-5b0c9e77-41d2-4f6a-a3b8-e27d60f91c4d@myworkday.com
DTSTAMP:20250219T120100Z
DTSTART;TZID=Europe/Madrid:20250224T160000
DTEND;TZID=Europe/Madrid:20250224T173000
SUMMARY:MANGO - Prueba técnica - Demand Planner
LOCATION:Microsoft Teams
DESCRIPTION:Hola Irene\,\n\nEn esta sesión realizarás una prueba técnica
  en directo (Excel: previsión de demanda por familia\, cálculo de stock de
  seguridad y cobertura) con Xavier Font (Demand Planning Manager). Neces
 itarás un ordenador con Excel y compartir pantalla.\n\nEnlace: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_YzFlNzA5\n\nMANGO Talent Acq
 uisition
ORGANIZER;CN=MANGO Talent:mailto:mango@myworkday.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Xavier Font;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:xavi
 er.font@mango.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jornada-seleccion",
        "crlf": False,
        "label": (
            "lidl-jobs-termin-8840113@jobs.lidl.es", 1, "Lidl",
            "Jefe/a de Operaciones Logísticas", "onsite", "",
            "jornada-de-seleccion-warehouse-floating-time",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lidl Stiftung//Lidl Jobs Terminbuchung//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:lidl-jobs-termin-8840113@jobs.lidl.es
DTSTAMP:20250305T091200Z
DTSTART:20250312T083000
DTEND:20250312T133000
SUMMARY:Jornada de selección Lidl - Jefe/a de Operaciones Logísticas
LOCATION:Lidl Supermercados - Centro logístico (dirección en el correo de
  confirmación)
DESCRIPTION:Hola Irene\, te confirmamos tu plaza en la jornada de selecci
 ón: presentación de la empresa\, prueba grupal\, visita al almacén y en
 trevistas individuales con el equipo de dirección del centro. Ropa cómod
 a y calzado de seguridad si dispones de él. Duración aproximada: 5 hora
 s.
ORGANIZER;CN=Lidl Recruiting:mailto:noreply@jobs.lidl.es
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION:mailto:irene.sanchi
 s.ferrer@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-export-phone",
        "crlf": True,
        "label": (
            "3jq7b1s5m9ct0ek4v8dh2lrf6o@google.com", 1, "El Corte Inglés",
            "", "recruiter_screen", "Marta",
            "google-export-x-wr-timezone-selfcreated-phone",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:irene.sanchis.ferrer@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250120T081500Z
DTEND:20250120T084500Z
DTSTAMP:20250401T180000Z
UID:3jq7b1s5m9ct0ek4v8dh2lrf6o@google.com
CREATED:20250116T202212Z
DESCRIPTION:Llamada de Marta (selección ECI) - técnico planificación plata
 forma Valdemoro. Ojo: piden inglés B2 y disponibilidad para viajar.
LAST-MODIFIED:20250116T202212Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada El Corte Inglés
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-ford-english",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000A4C8E1F09B8ADB01000000000000000010000000D5C4B3A2918F7E6D5C4B3A2918F7E6D5",
            1, "Ford", "Material Planning & Logistics Supervisor", "hiring_manager",
            "jgarci62@ford.com;smiller4@ford.com", "outlook-english-cdsid-addresses-almussafes",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CUSTOM}
BEGIN:VEVENT
ORGANIZER;CN="Garcia, Javier (J.)":mailto:jgarci62@ford.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Miller, Sara
 h (S.)":mailto:smiller4@ford.com
DESCRIPTION;LANGUAGE=en-US:Irene\,\n\nInterview for Material Planning & Lo
 gistics Supervisor\, Valencia Body & Assembly Plant (Almussafes). Sarah w
 ill join from Cologne. Interview will be in English.\n\nJavier\n\n_______
 _________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_OWMxNjJl\n
UID:040000008200E00074C5B7101A82E00800000000A4C8E1F09B8ADB0100000000000000
 0010000000D5C4B3A2918F7E6D5C4B3A2918F7E6D5
SUMMARY;LANGUAGE=en-US:MP&L Supervisor - Interview - I. Sanchis
DTSTART;TZID=Customized Time Zone:20250404T090000
DTEND;TZID=Customized Time Zone:20250404T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T145502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "linkedin-inhouse",
        "crlf": True,
        "label": (
            "0pl5f8v2c6mh1ar9tk3qe7sdj4@google.com", 1, "Primafrio",
            "Jefe/a de Tráfico Internacional (reefer)", "recruiter_screen",
            "lorena.sanchez@primafrio.com", "linkedin-sourced-inhouse-recruiter-meet",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250409T131500
DTEND;TZID=Europe/Madrid:20250409T134500
DTSTAMP:20250407T090115Z
ORGANIZER;CN=Lorena Sánchez:mailto:lorena.sanchez@primafrio.com
UID:0pl5f8v2c6mh1ar9tk3qe7sdj4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\, encantada. Como te escribí por LinkedIn\, te llam
 o por Meet para contarte la posición de Jefe/a de Tráfico Internacional
  (reefer) en nuestra delegación de Valencia y conocer tu perfil.\n\nLoren
 a Sánchez - Talent Acquisition\, Grupo Primafrio\n\nÚnete con Google Mee
 t: https://meet.google.com/ycs-rmdb-kfo
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Primafrio <> Irene Sanchis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "page-agency-named",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E008000000005DA1B7C3E48BDB010000000000000000100000009C8B7A6F5E4D3C2B1A09F8E7D6C5B4A3",
            1, "Transfesa Logistics", "Operations Manager Intermodal", "recruiter_screen",
            "carlosmoreno@michaelpage.es", "agency-outlook-employer-named-in-description",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Moreno, Carlos":mailto:CarlosMoreno@michaelpage.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Irene\,\n\nGracias por tu tiempo el otro d
 ía. Te envío la convocatoria para la entrevista de evaluación sobre la po
 sición Operations Manager Intermodal de nuestro cliente Transfesa Logisti
 cs (Madrid). Tras esta reunión\, si encaja\, presentaríamos tu candidatu
 ra al cliente.\n\nUn saludo\,\nCarlos Moreno\nSenior Consultant | Michael
  Page Logistics & Supply Chain\n\nReunión de Microsoft Teams\nhttps://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_MzA5ZjA0\n
UID:040000008200E00074C5B7101A82E008000000005DA1B7C3E48BDB0100000000000000
 00100000009C8B7A6F5E4D3C2B1A09F8E7D6C5B4A3
SUMMARY;LANGUAGE=es-ES:Irene Sanchis Ferrer - Michael Page - Operations M
 anager Intermodal
DTSTART:20250211T170000Z
DTEND:20250211T174500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T120301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "terminal-planning-head",
        "crlf": True,
        "label": (
            "7ge1m5c9q2ls8dv0hk4rb6tn3a@google.com", 1, "Hutchison Ports BEST",
            "Jefe/a de Planificación de Terminal", "hiring_manager",
            "jordi.sole@bestbarcelona.es;anna.riera@bestbarcelona.es",
            "competitor-terminal-2a-entrevista-catalan-body",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T120000
DTEND;TZID=Europe/Madrid:20250415T130000
DTSTAMP:20250408T101010Z
ORGANIZER;CN=Anna Riera:mailto:anna.riera@bestbarcelona.es
UID:7ge1m5c9q2ls8dv0hk4rb6tn3a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordi Solé;X-NUM-GUESTS=0:mailto:jordi.sole@bestbarcelona.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\,\nT'enviem la convocatòria per a la segona entrev
 ista del procés Jefe/a de Planificación de Terminal amb en Jordi Solé (T
 erminal Operations Manager) i amb mi. Serà per Teams\, en castellà.\n\nAn
 na Riera\nPeople & Culture - Hutchison Ports BEST\n\nTeams: https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_NjE2YTUx
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2a entrevista - Irene Sanchis Ferrer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings-interview",
        "crlf": True,
        "label": (
            "BK-7d93c1a0-55e2-4b8f-9a41-c0e3f6d2b718", 1, "Port of Rotterdam",
            "Planner Container Logistics", "recruiter_screen", "",
            "microsoft-bookings-candidate-self-booked",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{AMSTERDAM}
BEGIN:VEVENT
ORGANIZER;CN=Havenbedrijf Rotterdam - Recruitment:mailto:RecruitmentInterv
 iews@portofrotterdam.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:irene.sanchis.ferrer@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: First int
 erview - Planner Container Logistics (30 min)\nStaff: Any available recrui
 ter\n\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_YmI0ZTIz\n\nNeed to make changes? Manage booking: https://outl
 ook.office365.com/owa/calendar/RecruitmentInterviews@portofrotterdam.com/
 bookings/\n
UID:BK-7d93c1a0-55e2-4b8f-9a41-c0e3f6d2b718
SUMMARY;LANGUAGE=en-US:First interview - Planner Container Logistics (30 m
 in)
DTSTART;TZID=Europe/Amsterdam:20250325T103000
DTEND;TZID=Europe/Amsterdam:20250325T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T203344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden-gespraech",
        "crlf": True,
        "label": (
            "softgarden-appt-4417720-hhla@softgarden.io", 1, "HHLA",
            "Teamleiterin Operations Planung (m/w/d)", "hiring_manager",
            "t.albrecht@hhla.de;n.yilmaz@hhla.de", "softgarden-german-vorstellungsgespraech",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:softgarden-appt-4417720-hhla@softgarden.io
DTSTAMP:20250321T100417Z
DTSTART;TZID=Europe/Berlin:20250327T140000
DTEND;TZID=Europe/Berlin:20250327T150000
SUMMARY:Vorstellungsgespräch HHLA - Teamleiterin Operations Planung (m/w/d
 )
LOCATION:Videokonferenz (Microsoft Teams)
DESCRIPTION:Guten Tag Frau Sanchis Ferrer\,\n\nvielen Dank für Ihre Bewerb
 ung. Gerne möchten wir Sie persönlich kennenlernen. Ihre Gesprächspartn
 er: Thomas Albrecht (Leiter Operations\, Container Terminal Altenwerder)
  und Nazan Yilmaz (Personal).\n\nDen Link zur Videokonferenz erhalten Sie
  einen Tag vorher per E-Mail.\n\nMit freundlichen Grüßen\nHamburger Hafen
  und Logistik AG
ORGANIZER;CN=HHLA Personal:mailto:bewerbung@hhla.softgarden.io
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Thomas Albrecht;PARTSTAT=ACCEPTED:mailto:t.albrecht@hhla.de
ATTENDEE;CN=Nazan Yilmaz;PARTSTAT=ACCEPTED:mailto:n.yilmaz@hhla.de
END:VEVENT
END:VCALENDAR
""",
    },
]
