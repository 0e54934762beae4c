"""holdout217 events, part g: the user on the hiring side at the terminal (1/2)."""

from holdout217ev_tz import EXCHANGE_ES, MADRID, MADRID_APPLE

EVENTS = [
    {
        "kind": "rrhh-panel",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000119F3A0D6C7ADB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
            0, "", "", "", "", "user-as-interviewer-rrhh-invite-candidate-name-in-title",
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
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Sala Estiba (P1
 ):mailto:sala.estiba@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Irene\, te adjunto CV de Marta Gil (candidata
  Auxiliar de Planificación\, turno rotativo). Yo llevo la parte de compet
 encias\; tú la parte técnica (TOS\, secuencias de carga\, manejo de ETA/E
 TD). Hoja de evaluación en la carpeta compartida de Selección.\n\nLaura\n
UID:040000008200E00074C5B7101A82E00800000000119F3A0D6C7ADB0100000000000000
 0010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=es-ES:Entrevista Marta Gil - Aux. Planificación
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250128T
 100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250128T11
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T084511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Estiba (P1)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hoja-evaluacion",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E008000000008E2B6F1C7D7ADB01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
            0, "", "", "", "", "user-as-interviewer-hoja-de-evaluacion-block",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=es-ES:Laura necesita las hojas antes del viernes: Mar
 ta G.\, Pau R.\, Sergio A.\, Noelia C. Puntuar 1-5 cada competencia + co
 mentario técnico.\n
UID:040000008200E00074C5B7101A82E008000000008E2B6F1C7D7ADB0100000000000000
 0010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=es-ES:Rellenar hojas de evaluación (selección aux. plani
 f.)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250130T
 150000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250130T16
 0000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250128T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "puesta-en-comun",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000D43C2A1B0F7BDB01000000000000000010000000135791357913579135791357913579AB",
            0, "", "", "", "", "user-as-interviewer-debrief-puesta-en-comun",
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
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Co
 mpany Alberola:mailto:acompany@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las entrevistas y decisión
  de finalistas para Auxiliar de Planificación. Traed las hojas de evalua
 ción.\n
UID:040000008200E00074C5B7101A82E00800000000D43C2A1B0F7BDB0100000000000000
 0010000000135791357913579135791357913579AB
SUMMARY;LANGUAGE=es-ES:Puesta en común selección Aux. Planificación
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250203T
 123000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250203T13
 1500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T163300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH / Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-reply",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000F1A2B3C4D57BDB01000000000000000010000000246802468024680246802468024680CD",
            0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250205T080000Z
DTEND:20250205T090000Z
DTSTAMP:20250131T192754Z
ORGANIZER;CN=Irene Sanchis Ferrer:mailto:isanchis@tmcvalencia.es
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D57BDB0100000000000000
 0010000000246802468024680246802468024680CD
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=pau.r
 ibes.c@gmail.com;X-NUM-GUESTS=0:mailto:pau.ribes.c@gmail.com
COMMENT:Perfecto\, allí estaré. Gracias!
CREATED:20250131T192754Z
DESCRIPTION:
LAST-MODIFIED:20250131T192754Z
LOCATION:Terminal Mediterránea de Contenedores - Edificio de Control
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Segunda entrevista - Auxiliar de Planificación (TMC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000A9B8C7D6E57BDB0100000000000000001000000097531975319753197531975319753EF",
            0, "", "", "", "", "user-as-interviewer-agency-presents-candidate",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MADRID}
BEGIN:VEVENT
ORGANIZER;CN="Sanz, Beatriz":mailto:beatriz.sanz@adecco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=isanchis@
 tmcvalencia.es:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Al
 apont:mailto:s.alapont.v@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Irene\,\n\nComo hablamos\, te presento a S
 ergio Alapont para la cobertura de Auxiliar de Planificación (turnos\, co
 ntrato de puesta a disposición). 4 años en almacén de frío en Ribarroja
  y manejo de SGA. Te adjunto su CV e informe de entrevista. Os he reserva
 do esta franja para que le conozcas\; si te encaja\, organizamos la jorn
 ada de prueba.\n\nUn saludo\,\nBeatriz Sanz\nAdecco - Delegación Valencia
  Puerto\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E57BDB0100000000000000
 001000000097531975319753197531975319753EF
SUMMARY;LANGUAGE=es-ES:Presentación candidato Sergio Alapont - Adecco / T
 MC
DTSTART;TZID=Europe/Madrid:20250206T123000
DTEND;TZID=Europe/Madrid:20250206T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250204T101422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:TMC - Edificio de Control\, planta baja
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-candidate-note",
        "crlf": False,
        "label": (
            "F7A0C3E1-5B29-4D86-9E14-2C7B8A0D6F35", 0, "", "", "", "",
            "user-as-interviewer-handtyped-note-2a-entrevista",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250201T090512Z
DTSTAMP:20250201T090744Z
DTSTART;TZID=Europe/Madrid:20250205T090000
DTEND;TZID=Europe/Madrid:20250205T100000
SUMMARY:2a entr. Pau R.
DESCRIPTION:Preguntarle: disponibilidad noches\, carnet carretilla\, ingl
 és (hacerle leer un B/L)\, expectativas. Laura no viene\, la hago yo sol
 a. Luego pasarle valoración.
LOCATION:Edificio Control
UID:F7A0C3E1-5B29-4D86-9E14-2C7B8A0D6F35
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "turno-prueba",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E0080000000033D2E1F0A97CDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
            0, "", "", "", "", "user-as-interviewer-supervises-trial-shift",
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
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Centro de
  Control - Jefe de Turno:mailto:jefeturno@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Irene\, Sergio Alapont hace el turno de prueba
  de mañana contigo en planificación de patio. Acceso: le dejo la acredit
 ación provisional en garita 2. EPIs los trae Adecco. Al acabar\, rellena
  la valoración del turno de prueba (formulario RRHH-07).\n
UID:040000008200E00074C5B7101A82E0080000000033D2E1F0A97CDB0100000000000000
 0010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-ES:Turno de prueba S. Alapont - planificación patio
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250212T
 060000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250212T14
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T131000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Centro de Control - Planificación
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-host",
        "crlf": True,
        "label": (
            "BK-TMC-1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b7", 0, "", "", "", "",
            "user-as-interviewer-bookings-staff-host",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Selección TMC:mailto:SeleccionTMC@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Entrevista telefón
 ica - Auxiliar de Planificación (20 min)\nPersonal: Irene Sanchis Ferrer\n
 Cliente: Noelia Cabrera Gómez\nCorreo: noelia.cabrera.g@yahoo.es\nTeléfo
 no: +34 622 10 48 77\n\nRespuestas del cliente:\n¿Dispones de carnet de c
 arretillero?: Sí\n
UID:BK-TMC-1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b7
SUMMARY;LANGUAGE=es-ES:Noelia Cabrera Gómez - Entrevista telefónica - Aux
 iliar de Planificación
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250127T
 164000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250127T17
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250124T210507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-interviewer",
        "crlf": True,
        "label": (
            "sfsf-int-TMC-2025-0031-04@tmcvalencia.es", 0, "", "", "", "",
            "user-as-interviewer-ats-added-as-interviewer",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:sfsf-int-TMC-2025-0031-04@tmcvalencia.es
DTSTAMP:20250217T100020Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250220T113000
DTEND;TZID=Europe/Madrid:20250220T123000
SUMMARY:Entrevista - Jefe/a de Turno Patio (Req. TMC-0031) - Candidato: Ra
 fael Ortí
LOCATION:Sala Amarre (P2)
DESCRIPTION:Has sido añadido/a como entrevistador/a.\n\nCandidato: Rafael
  Ortí Climent\nPuesto: Jefe/a de Turno Patio\nEntrevistadores: Irene San
 chis Ferrer\, Andrés Company Alberola\n\nAccede al kit de entrevista y a
 l formulario de valoración desde SuccessFactors > Reclutamiento > Mis ent
 revistas. Envía tu valoración en las 24 h siguientes.
ORGANIZER;CN=TMC Selección:mailto:noreply-seleccion@tmcvalencia.es
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:isanchis@tmcvalencia.es
ATTENDEE;CN=Andrés Company Alberola;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTE
 D:mailto:acompany@tmcvalencia.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "corregir-prueba",
        "crlf": False,
        "label": (
            "5c9e1a7k3q0mh8sv2db6tl4nfr@google.com", 0, "", "", "", "",
            "user-as-interviewer-grading-candidates-practical-test",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Irene (personal)
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250209T190000Z
DTEND:20250209T203000Z
DTSTAMP:20250401T180000Z
UID:5c9e1a7k3q0mh8sv2db6tl4nfr@google.com
CREATED:20250207T170322Z
DESCRIPTION:6 pruebas Excel de los candidatos a aux. planif. (tabla de esc
 alas + cálculo ocupación patio). Plantilla de corrección en el USB. Ent
 regar notas a Laura el lunes.
LAST-MODIFIED:20250207T170322Z
LOCATION:casa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Corregir prueba práctica candidatos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
