"""holdout217 events, part k: a careers fair and a reference call where the user is the referee."""

from holdout217ev_tz import MADRID

EVENTS = [
    {
        "kind": "feria-empleo",
        "crlf": True,
        "label": (
            "sil2025-visitor-ESX-88321@silbcn.com", 0, "", "", "", "",
            "logistics-trade-fair-job-forum-allday",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SIL Barcelona//Acreditaciones//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:sil2025-visitor-ESX-88321@silbcn.com
DTSTAMP:20250415T090000Z
DTSTART;VALUE=DATE:20250604
DTEND;VALUE=DATE:20250605
SUMMARY:SIL Barcelona 2025 - Foro de Empleo y Talento Logístico
LOCATION:Recinto Gran Via - Fira de Barcelona
DESCRIPTION:Tu acreditación de visitante está confirmada. El Foro de Empl
 eo reúne a más de 40 empresas del sector logístico con ofertas activas\,
  sesiones de revisión de CV y charlas sobre procesos de selección. Prese
 nta el código QR en el acceso.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referee-call",
        "crlf": True,
        "label": (
            "9sd3k7m1q5vh0bt4fc8nl2ej6r@google.com", 0, "", "", "", "",
            "reference-call-user-is-referee-same-recruiter",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250408T130000
DTEND;TZID=Europe/Madrid:20250408T132000
DTSTAMP:20250404T093000Z
ORGANIZER;CN=Inés Carrasco:mailto:ines.carrasco@dsv.com
UID:9sd3k7m1q5vh0bt4fc8nl2ej6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\, gracias por aceptar dar referencias de Antonio Fe
 rrer\, que trabajó contigo en TMC. Serán unos 15-20 minutos sobre su des
 empeño como jefe de turno. Te llamo al móvil.\n\nInés Carrasco - Talent
  Acquisition DSV
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencias Antonio Ferrer - DSV
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
