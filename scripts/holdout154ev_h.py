"""holdout154 events, part H: Montevideo, Santiago de Chile and provincial agribusiness employers."""

EVENTS = [
    {
        "kind": "montevideo-estudio",
        "is_interview": 1,
        "company": "Ferrer & Olivera",
        "role": "Asociado Senior - Corporativo y Zonas Francas",
        "stage": "",
        "interviewers": "molivera@ferrerolivera.com.uy",
        "trap": "montevideo-windows-zone-primera-entrevista-socio",
        "ics": r"""BEGIN:VCALENDAR
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
ORGANIZER;CN="Olivera, Martín":mailto:molivera@ferrerolivera.com.uy
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
DESCRIPTION;LANGUAGE=es-UY:Estimado Lucas:\n\nTal como conversamos con Ana
 clara\, te envío la invitación para una primera entrevista respecto a la
  posición de Asociado Senior - Corporativo y Zonas Francas en nuestro est
 udio de Montevideo.\n\nSaludos cordiales\,\nDr. Martín Olivera\nSocio\nFe
 rrer & Olivera Abogados\nRincón 487\, piso 4 - Montevideo\n\n____________
 ____________________________________________________________________\nRe
 unión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_Rk8w@thread.v2/0\n
UID:040000008200E00074C5B7101A82E0080000000012EF34CD56AB78DB01000000000000
 00100000003F2E1D0C9B8A79685746352413020100
SUMMARY;LANGUAGE=es-UY:Entrevista Lucas Fernández - F&O
DTSTART;TZID=Montevideo Standard Time:20250313T150000
DTEND;TZID=Montevideo Standard Time:20250313T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-UY:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "montevideo-visita",
        "is_interview": 1,
        "company": "Ferrer & Olivera",
        "role": "",
        "stage": "onsite",
        "interviewers": "Dra. Inés Ferrer;Dr. Martín Olivera",
        "trap": "typed-buquebus-trip-onsite-montevideo-tz",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
BEGIN:VTIMEZONE
TZID:America/Montevideo
BEGIN:STANDARD
DTSTART:20151004T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:GMT-3
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:E4B7C2D9-1A3F-4E8B-B6C5-9D0A1F2E3B47
DTSTAMP:20250325T224500Z
DTSTART;TZID=America/Montevideo:20250328T110000
DTEND;TZID=America/Montevideo:20250328T140000
SUMMARY:F&O Montevideo - reunión c/ socios + almuerzo
LOCATION:Rincón 487\, piso 4\, Montevideo\, Uruguay
DESCRIPTION:Buquebus 7:30 ida / 19:30 vuelta (pagan ellos). Con Dra. Inés
  Ferrer y Dr. Martín Olivera. 2da instancia\, conocer equipo. Llevar títu
 lo p/ ver reválida.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zonamerica",
        "is_interview": 1,
        "company": "Oriental Celulosa",
        "role": "Legal Counsel Uruguay",
        "stage": "recruiter_screen",
        "interviewers": "sofia.pereira@orientalcelulosa.com.uy",
        "trap": "uruguay-pulp-company-google-montevideo-tz",
        "ics": r"""BEGIN:VCALENDAR
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
DTSTART;TZID=America/Montevideo:20250415T090000
DTEND;TZID=America/Montevideo:20250415T093000
DTSTAMP:20250409T184411Z
ORGANIZER;CN=Sofía Pereira:mailto:sofia.pereira@orientalcelulosa.com.uy
UID:6d0hk3ls9q2v8bt1r5mpc7ajeg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Lucas\, ¿cómo estás? Te comparto la invitación para la entrev
 ista por la vacante Legal Counsel Uruguay (planta Paso de los Toros / ofi
 cina Montevideo). Soy Sofía\, de Atracción de Talento.\n\nUnirse con Goog
 le Meet: https://meet.google.com/ocl-pwtr-zha
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Legal Counsel Uruguay - Oriental Celulosa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "buk-santiago",
        "is_interview": 1,
        "company": "Cobre Austral",
        "role": "Abogado Senior Corporativo - Gerencia Legal",
        "stage": "recruiter_screen",
        "interviewers": "cvaldes@cobreaustral.cl",
        "trap": "chile-buk-ats-santiago-dst-vtimezone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Buk//Reclutamiento//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Santiago
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
UID:buk-entrevista-88231-cobreaustral@buk.cl
DTSTAMP:20250320T130000Z
DTSTART;TZID=America/Santiago:20250327T100000
DTEND;TZID=America/Santiago:20250327T104500
SUMMARY:Entrevista por competencias - Abogado Senior Corporativo - Gerencia
  Legal
ORGANIZER;CN=Cobre Austral SpA - Selección:mailto:notificaciones@buk.cl
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
ATTENDEE;CN=Constanza Valdés:mailto:cvaldes@cobreaustral.cl
DESCRIPTION:Estimado Lucas\,\n\nJunto con saludar\, te confirmamos la entr
 evista por competencias con Constanza Valdés (Analista de Selección) para
  el cargo de Abogado Senior Corporativo - Gerencia Legal\, Santiago.\nHor
 a de Chile continental. Link: https://meet.google.com/cba-tyrw-sxk\n\nSal
 udos cordiales\,\nEquipo de Personas - Cobre Austral SpA
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "santiago-fiscal",
        "is_interview": 1,
        "company": "Cobre Austral",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "rdelrio@cobreaustral.cl",
        "trap": "chile-pacific-sa-standard-time-fiscal-is-gc",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010402T000000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010902T000000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=9
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Del Río, Rodrigo";SENT-BY="mailto:pmunoz@cobreaustral.cl":ma
 ilto:rdelrio@cobreaustral.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucasfern
 andez.abog@yahoo.com.ar:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Valdés, C
 onstanza":mailto:cvaldes@cobreaustral.cl
DESCRIPTION;LANGUAGE=es-CL:Estimado Lucas:\nPor encargo de don Rodrigo De
 l Río\, Fiscal de la compañía\, le hago llegar la citación a entrevista (
 vía Teams). Favor confirmar.\nAtte.\, Paula Muñoz\, Asistente Fiscalía\n\n
 Reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%
 3ameeting_Q0FT@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000D2C1B0A9F8E7DB01000000000000000
 0100000001122AABB3344CCDD5566EEFF77880099
SUMMARY;LANGUAGE=es-CL:Entrevista Fiscal - Sr. Lucas Fernández
DTSTART;TZID=Pacific SA Standard Time:20250410T090000
DTEND;TZID=Pacific SA Standard Time:20250410T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fruticola-chile",
        "is_interview": 1,
        "company": "Frutícola Maipo",
        "role": "Abogado/a de Comercio Exterior",
        "stage": "",
        "interviewers": "jose.lagos@fruticolamaipo.cl",
        "trap": "chile-agribusiness-utc-teams-no-tz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001
 0000000DEADBEEF00112233445566778899AABB
DTSTAMP:20250428T133000Z
DTSTART:20250506T140000Z
DTEND:20250506T144500Z
SUMMARY:Entrevista cargo Abogado/a de Comercio Exterior
ORGANIZER;CN="Lagos, José":mailto:jose.lagos@fruticolamaipo.cl
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
DESCRIPTION:Lucas\, conversamos sobre el cargo (contratos de exportación d
 e fruta\, cartas de crédito\, SAG/aduanas). José Lagos\, Gerente de Admin
 istración y Finanzas\, Frutícola Maipo SpA (Buin).\nTeams: https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_RnJ1@thread.v2/0
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "breezy-phone",
        "is_interview": 1,
        "company": "Trigal Biotech",
        "role": "Legal Counsel (Regulatory & IP)",
        "stage": "recruiter_screen",
        "interviewers": "hr@trigalbio.com",
        "trap": "breezy-phone-screen-number-in-location",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Breezy HR//Breezy Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:breezy-8f1e22c0a7d3-trigal
DTSTAMP:20250318T121000Z
DTSTART:20250320T150000Z
DTEND:20250320T152000Z
SUMMARY:Phone Screen - Legal Counsel (Regulatory & IP) - Trigal Biotech
ORGANIZER;CN=Trigal Biotech Hiring Team:mailto:hr@trigalbio.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.co
 m.ar
DESCRIPTION:Trigal Biotech (Rosario) will call you at +54 9 11 xxxx-xxxx f
 or a 20-minute phone screen.\n\nPosition: Legal Counsel (Regulatory & IP)
 \n\nSent via Breezy HR
LOCATION:Phone: +54 9 11 xxxx-xxxx
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bodega-llamada",
        "is_interview": 1,
        "company": "Bodegas Alto Cuyo",
        "role": "",
        "stage": "",
        "interviewers": "Lic. Paula Zapata",
        "trap": "typed-desktop-llamada-bodega-mendoza-tz",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB010000000000000000
 10000000FACE0FF1CE0BADC0FFEE00112233AABB
DTSTAMP:20250414T231000Z
DTSTART;TZID=Argentina Standard Time:20250417T113000
DTEND;TZID=Argentina Standard Time:20250417T121500
SUMMARY:Llamada Alto Cuyo - Lic. Paula Zapata (RRHH) - puesto legal bodega
DESCRIPTION:Me llama ella al cel. Vino por referencia de Juampi. Puesto:
  abogado interno (contratos exportación\, marcas\, laboral de cosecha). Me
 ndoza\, ver mudanza.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    },
]
