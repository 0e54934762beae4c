"""holdout217 events, part h: the user on the hiring side at the terminal (2/2)."""

from holdout217ev_tz import EXCHANGE_ES, MADRID

EVENTS = [
    {
        "kind": "comite-seleccion",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000B7C6D5E4F37DDB010000000000000000100000005A5A5A5A1B1B1B1B2C2C2C2C3D3D3D3D",
            0, "", "", "", "", "user-as-interviewer-comite-de-seleccion",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Andrés Company Alberola:mailto:acompany@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laura Per
 is Martínez:mailto:lperis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gerencia TMC:
 mailto:gerencia@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Comité de selección para cerrar la plaza de Jef
 e/a de Turno Patio. Finalistas: R. Ortí\, M. Navarro. Cada miembro trae su
  valoración\; se levanta acta.\n
UID:040000008200E00074C5B7101A82E00800000000B7C6D5E4F37DDB0100000000000000
 00100000005A5A5A5A1B1B1B1B2C2C2C2C3D3D3D3D
SUMMARY;LANGUAGE=es-ES:Comité de selección - Jefe/a de Turno Patio
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250227T
 130000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250227T14
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de Consejo
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadowing-rrhh",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000C4D3E2F1A07EDB01000000000000000010000000E1E1E1E1F2F2F2F2A3A3A3A3B4B4B4B4",
            0, "", "", "", "", "user-as-interviewer-shadowing-crane-operator-interview",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Laura Peris Martínez:mailto:lperis@tmcvalencia.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Como hablamos: vienes de oyente a la entrevista
  de gruista STS para ver el formato de entrevista por competencias antes
  de que lleves tú las de planificación. Solo observar\, sin preguntar.
  Candidato: J. Ferrando.\n
UID:040000008200E00074C5B7101A82E00800000000C4D3E2F1A07EDB0100000000000000
 0010000000E1E1E1E1F2F2F2F2A3A3A3A3B4B4B4B4
SUMMARY;LANGUAGE=es-ES:Oyente: entrevista gruista STS (J. Ferrando)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250115T
 120000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250115T13
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250113T080102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-free-mail",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000E5F4A3B2C17EDB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
            0, "", "", "", "", "user-as-interviewer-invites-candidate-on-gmail",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Irene Sanchis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordi.mar
 ti93@gmail.com:mailto:jordi.marti93@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Jordi\,\n\nTe espero en la terminal para
  la entrevista. Al llegar a la garita 1 di que vienes a ver a Irene Sanch
 is (Planificación)\; te darán un pase de visitante. Trae DNI y chaleco si
  tienes.\n\nUn saludo\,\nIrene Sanchis Ferrer\nCoordinadora de Logística
  | Terminal Mediterránea de Contenedores\n
UID:040000008200E00074C5B7101A82E00800000000E5F4A3B2C17EDB0100000000000000
 0010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=es-ES:Entrevista Jordi Martí - TMC
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250129T
 090000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250129T10
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250124T112030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Edificio de Control - Sala Estiba
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fp-dual",
        "crlf": True,
        "label": (
            "6dk0r4m8q2vb7hs1ft5lc9ej3n@google.com", 0, "", "", "", "",
            "user-as-interviewer-fp-dual-student-selection",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250410T090000
DTEND;TZID=Europe/Madrid:20250410T123000
DTSTAMP:20250402T154512Z
ORGANIZER;CN=Coordinació FP Dual IES El Grau:mailto:fpdual.iesgrau@gmail.com
UID:6dk0r4m8q2vb7hs1ft5lc9ej3n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=isanchis@tmcvalencia.es;X-NUM-GUESTS=0:mailto:isanchis@tmcvalencia
 .es
DESCRIPTION:Bon dia Irene\,\n\nUs esperem a l'institut per a les entrevist
 es de selecció de l'alumnat de 1r de Transport i Logística que farà l'es
 tada de FP Dual a TMC. Hi ha 7 alumnes\, 20 minuts cadascun. Us passarem
  la rúbrica d'avaluació.\n\nGràcies!\nCoordinació FP Dual
LOCATION:IES El Grau\, aula 2.04
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistes alumnat FP Dual - TMC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "valoracion-pendiente",
        "crlf": True,
        "label": (
            "sfsf-reminder-TMC-2025-0031-04-fb@tmcvalencia.es", 0, "", "", "", "",
            "user-as-interviewer-feedback-due-reminder",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:sfsf-reminder-TMC-2025-0031-04-fb@tmcvalencia.es
DTSTAMP:20250220T123100Z
DTSTART;TZID=Europe/Madrid:20250221T090000
DTEND;TZID=Europe/Madrid:20250221T091500
SUMMARY:Valoración pendiente: Rafael Ortí Climent (Jefe/a de Turno Patio)
DESCRIPTION:Tienes una valoración de entrevista pendiente de enviar. Por
  favor\, completa el formulario de valoración en SuccessFactors para que e
 l proceso pueda avanzar.
ORGANIZER;CN=TMC Selección:mailto:noreply-seleccion@tmcvalencia.es
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION:mailto:isanchis@tmc
 valencia.es
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-english-candidate",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000F6E5D4C3B28FDB01000000000000000010000000DA4ADA4ADA4ADA4ADA4ADA4ADA4ADA4A",
            0, "", "", "", "", "user-as-interviewer-english-teams-interview-she-runs",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Irene Sanchis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daan.vis
 ser@outlook.com:mailto:daan.visser@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laura Pe
 ris Martínez:mailto:lperis@tmcvalencia.es
DESCRIPTION;LANGUAGE=en-US:Hi Daan\,\n\nThanks for applying for the Plann
 ing Clerk position at our terminal. I'll be interviewing you in English
  (and a bit of Spanish\, if you're up for it). We'll go through your yard p
 lanning experience in Rotterdam and the shift pattern here.\n\nBest\,\nIr
 ene\n\n________________________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_ZDAyNmE5\n
UID:040000008200E00074C5B7101A82E00800000000F6E5D4C3B28FDB0100000000000000
 0010000000DA4ADA4ADA4ADA4ADA4ADA4ADA4ADA4A
SUMMARY;LANGUAGE=en-US:Interview Planning Clerk - Daan Visser
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250304T
 123000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250304T13
 1500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reference-check-caller",
        "crlf": False,
        "label": (
            "8A2F6D10-C4E7-4B3A-9F58-1D0E7C6B5A49", 0, "", "", "", "",
            "user-as-interviewer-calls-candidate-referee",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250210T101500Z
DTSTAMP:20250210T101522Z
DTSTART:20250211T173000
DTEND:20250211T174500
SUMMARY:Llamar referencia Marta Gil (su jefe en Noatum)
DESCRIPTION:Tel. en el CV. Preguntar: fiabilidad en turnos\, manejo Navis
 \, por qué salió. Apuntar para Laura.
UID:8A2F6D10-C4E7-4B3A-9F58-1D0E7C6B5A49
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visita-finalistas",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E0080000000017A6B5C4D39EDB01000000000000000010000000F00DF00DF00DF00DF00DF00DF00DF00D",
            0, "", "", "", "", "user-as-interviewer-hosts-finalists-terminal-tour",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Laura Peris Martínez:mailto:lperis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Seguridad y
  Accesos:mailto:accesos@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Visita guiada por la terminal con los 3 finali
 stas de Auxiliar de Planificación (Marta G.\, Pau R.\, Jordi M.). Irene
  hace de guía: centro de control\, patio\, puerta. Seguridad prepara chal
 ecos y cascos. Observar actitud y preguntas.\n
UID:040000008200E00074C5B7101A82E0080000000017A6B5C4D39EDB0100000000000000
 0010000000F00DF00DF00DF00DF00DF00DF00DF00D
SUMMARY;LANGUAGE=es-ES:Visita terminal finalistas
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250214T
 100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250214T11
 3000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T094400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Garita 1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dinamica-observadora",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000228B7C6D5E4FDB010000000000000000100000000DEC0DED0DEC0DED0DEC0DED0DEC0DED",
            0, "", "", "", "", "user-as-interviewer-observer-at-group-dynamic",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Laura Peris Martínez:mailto:lperis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vicente
  Ballester:mailto:vballester@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Dinámica de grupo con 8 candidatos a operador/a
  de puerta (gate). Irene y Vicente: observadores\, plantilla de registro
  de conductas en la carpeta. Llegad 15 min antes para repartir roles.\n
UID:040000008200E00074C5B7101A82E00800000000228B7C6D5E4FDB0100000000000000
 00100000000DEC0DED0DEC0DED0DEC0DED0DEC0DED
SUMMARY;LANGUAGE=es-ES:Dinámica de grupo - operador/a de puerta
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250319T
 093000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250319T11
 3000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Aula de formación (edificio servicios)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prueba-ingles-examiner",
        "crlf": False,
        "label": (
            "2ht6c0n4q8vd1ks5mb9rl3fe7j@google.com", 0, "", "", "", "",
            "user-as-interviewer-runs-english-test-for-candidates",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250321T160000
DTEND;TZID=Europe/Madrid:20250321T173000
DTSTAMP:20250318T201500Z
UID:2ht6c0n4q8vd1ks5mb9rl3fe7j@google.com
CREATED:20250318T201500Z
DESCRIPTION:Llamo yo a los 4 de puerta que pasaron la dinámica: 15 min c
 ada uno\, speaking básico (instrucciones a camioneros\, leer un booking).
  Apuntar nivel A2/B1/B2 en el Excel de Laura.
LAST-MODIFIED:20250318T201500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba inglés candidatos puerta (llamadas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
