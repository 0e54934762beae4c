"""holdout180 events, part j: work routine and personal life (all negatives)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_MADRID, TZ_ROMANCE

EVENTS = [
    dict(
        k="toma-declaracion",
        uid="040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB01000000000000000010000000DD01",
        y=0,
        trap="witness-deposition-arbitration",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pastor Luque, Javier":mailto:jpastor@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Arbitraje CAM 14/2024 (Duna Inversiones c. vendedores). Toma de declaración del testigo D. Luis Ferrán (ex-director financiero de la target) sobre las cuentas de cierre. Inés: bloque de preguntas sobre el mecanismo de ajuste de precio.\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB01000000000000000010000000DD01
SUMMARY;LANGUAGE=es-ES:Toma de declaración testigo (L. Ferrán) - arbitraje CAM 14/2024
DTSTART;TZID=Romance Standard Time:20250515T093000
DTEND;TZID=Romance Standard Time:20250515T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Corte de Arbitraje de Madrid - C/ Huertas 13
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="weekly-team",
        uid="040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C6DB01000000000000000010000000DD02",
        y=0,
        trap="recurring-team-meeting-with-override",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Vidal Ortiz, Gonzalo":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Corporate M&A Madrid":mailto:corporate.mad@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Repaso semanal de asuntos\, cargas de trabajo y pipeline. Cada uno trae su lista de operaciones actualizada.\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C6DB01000000000000000010000000DD02
SUMMARY;LANGUAGE=es-ES:Reunión semanal equipo Corporate/M&A
DTSTART;TZID=Romance Standard Time:20250113T090000
DTEND;TZID=Romance Standard Time:20250113T094500
RRULE:FREQ=WEEKLY;UNTIL=20251222T080000Z;INTERVAL=1;BYDAY=MO;WKST=MO
EXDATE;TZID=Romance Standard Time:20250421T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P5-Sala Tribunal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Vidal Ortiz, Gonzalo":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Corporate M&A Madrid":mailto:corporate.mad@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Esta semana el martes por el cierre de Halcón del lunes. Mismo sitio.\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C6DB01000000000000000010000000DD02
RECURRENCE-ID;TZID=Romance Standard Time:20250428T090000
SUMMARY;LANGUAGE=es-ES:Reunión semanal equipo Corporate/M&A (martes)
DTSTART;TZID=Romance Standard Time:20250429T101500
DTEND;TZID=Romance Standard Time:20250429T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:MAD-P5-Sala Tribunal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="padel",
        uid="5t8w1z4c7f0i3l6o9r2u5x8a1d@google.com",
        y=0,
        trap="recurring-padel-personal",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:ines.carvajal.ruiz@hotmail.es
X-WR-TIMEZONE:Europe/Madrid
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250109T203000
DTEND;TZID=Europe/Madrid:20250109T220000
RRULE:FREQ=WEEKLY;BYDAY=TH
EXDATE;TZID=Europe/Madrid:20250417T203000
DTSTAMP:20250107T220000Z
UID:5t8w1z4c7f0i3l6o9r2u5x8a1d@google.com
CREATED:20250107T215950Z
DESCRIPTION:pista 4 reservada en Playtomic. Bea trae bolas
LOCATION:Club de Pádel Chamartín
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pádel con Bea\, Sonia y Marga
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="mother-doctor",
        uid="A7C9E1F3-5B7D-4F9A-B1C3-E5A7C9E1F3B5",
        y=0,
        trap="mother-cardiology-appointment",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250304T190000Z
DTEND:20250321T110000
DTSTAMP:20250304T190010Z
DTSTART:20250321T100000
LAST-MODIFIED:20250304T190010Z
LOCATION:Hospital de La Princesa\, consultas externas 2ª planta
SEQUENCE:0
SUMMARY:Mamá - cardiólogo (Dr. Salas)
DESCRIPTION:llevar el holter y los análisis de enero. Recogerla a las 9:15
UID:A7C9E1F3-5B7D-4F9A-B1C3-E5A7C9E1F3B5
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="boda-sevilla",
        uid="2a5d8g1j4m7p0s3v6y9b2e5h8k@google.com",
        y=0,
        trap="wedding-all-day-multi-day",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250606
DTEND;VALUE=DATE:20250609
DTSTAMP:20250115T200000Z
UID:2a5d8g1j4m7p0s3v6y9b2e5h8k@google.com
DESCRIPTION:Ceremonia sábado 19:00 en la iglesia de Santa Ana (Triana)\, banquete en la Hacienda Los Olivos. AVE 10:00 viernes\, vuelta domingo 18:30. Hotel Casa 1800.
LOCATION:Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Boda Lucía y Pablo 💍 (Sevilla)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="cita-dni",
        uid="cita-previa-dnie-20250214-MAD0281-44521@citapreviadnie.es",
        y=0,
        trap="official-appointment-id-renewal",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cita Previa DNIe//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-previa-dnie-20250214-MAD0281-44521@citapreviadnie.es
DTSTAMP:20250130T082000Z
DTSTART:20250224T075000Z
DTEND:20250224T080500Z
SUMMARY:Cita previa DNI - Renovación
LOCATION:Unidad de Documentación Madrid-Chamartín\, C/ Rafael Calvo 33
DESCRIPTION:Trámite: Renovación DNI. Aporte DNI anterior\, una fotografía reciente en color y la tasa (12\,00 €). Localizador: 44521.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="formacion",
        uid="040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C7DB01000000000000000010000000DD03",
        y=0,
        trap="internal-training-session",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Knowledge Management O&V":mailto:km@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Corporate M&A Madrid":mailto:corporate.mad@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Sesión de formación interna: modificaciones estructurales tras el RDL 5/2023 – casos prácticos de fusiones transfronterizas y protección de acreedores. Computa 1\,5 h de formación continua.\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C7DB01000000000000000010000000DD03
SUMMARY;LANGUAGE=es-ES:Formación interna: modificaciones estructurales (RDL 5/2023)
DTSTART;TZID=Romance Standard Time:20250227T133000
DTEND;TZID=Romance Standard Time:20250227T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Auditorio planta 1 + Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="mentoring",
        uid="6b9e2h5k8n1q4t7w0z3c6f9i2l@google.com",
        y=0,
        trap="mentoring-session-user-as-mentor",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250514T170000Z
DTEND:20250514T180000Z
DTSTAMP:20250506T120000Z
ORGANIZER;CN=Laura Sancho:mailto:laurasancho.abogada@gmail.com
UID:6b9e2h5k8n1q4t7w0z3c6f9i2l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura Sancho;X-NUM-GUESTS=0:mailto:laurasancho.abogada@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Programa de Mentoring del ICAM – 3ª sesión. Temas: cómo preparar mi primera entrevista en un despacho grande y qué me van a preguntar\; negociar la primera oferta.\n\nÚnete con Google Meet: https://meet.google.com/mnt-icam-lsx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mentoring ICAM – Laura / Inés
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="english-class",
        uid="8d1g4j7m0p3s6v9y2b5e8h1k4n@google.com",
        y=0,
        trap="english-class-interview-role-play",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250313T190000Z
DTEND:20250313T200000Z
DTSTAMP:20250311T080000Z
UID:8d1g4j7m0p3s6v9y2b5e8h1k4n@google.com
DESCRIPTION:Clase con Mark (Preply). Hoy: job interview role-play + vocabulario "legal counsel" (stakeholders\, business partner\, risk appetite). Repasar mi elevator pitch.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Business English – interview practice
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="recruiter-call",
        uid="calendly-GEN4RCALL9KQ@calendly.com",
        y=0,
        trap="recruiter-intro-call-no-employer",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-GEN4RCALL9KQ@calendly.com
DTSTAMP:20250305T090000Z
DTSTART:20250310T153000Z
DTEND:20250310T160000Z
SUMMARY:Inés Carvajal and Diego Morante
ORGANIZER;CN=Diego Morante:mailto:diego.morante@talentbridge-legal.com
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Phone call - Diego will call +34 6** *** 412
DESCRIPTION:Event Name: Llamada introductoria (30 min)\n\nPlease share anything that will help prepare for our meeting.: Me contactaste por LinkedIn. Busco in-house (legal director / senior counsel) en Madrid o Lisboa.\n\nDiego Morante – Senior Consultant\, TalentBridge Legal\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="dd-kickoff",
        uid="040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C8DB01000000000000000010000000DD04",
        y=0,
        trap="internal-kickoff-due-diligence",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pastor Luque, Javier":mailto:jpastor@olmedovidal.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Laboral Madrid":mailto:laboral.mad@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Kick-off de la due diligence legal del Proyecto Atlas (comprador). Reparto de áreas\, calendario (informe red flag en 3 semanas)\, acceso a la data room (Datasite) y plantilla de informe.\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C8DB01000000000000000010000000DD04
SUMMARY;LANGUAGE=es-ES:Atlas - kick-off DD (interno)
DTSTART;TZID=Romance Standard Time:20250217T160000
DTEND;TZID=Romance Standard Time:20250217T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P5-Sala 5.1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="bank",
        uid="B5D7F9A1-3C5E-4A7B-9D1F-3A5C7E9B1D3F",
        y=0,
        trap="bank-appointment-personal",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250502T083000Z
DTEND:20250509T094500
DTSTAMP:20250502T083010Z
DTSTART:20250509T090000
LAST-MODIFIED:20250502T083010Z
LOCATION:Oficina banco - Príncipe de Vergara 57
SEQUENCE:0
SUMMARY:Gestora banco - revisar hipoteca + domiciliar nómina nueva
DESCRIPTION:preguntar por subrogar a fijo y qué pasa con la bonificación si cambio de nómina en julio
UID:B5D7F9A1-3C5E-4A7B-9D1F-3A5C7E9B1D3F
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
