"""holdout237 events: Spanish orchestra auditions, part 1 (ONE, OSG, BOS, Euskadi, OSPA via agency, ROSS, Valencia)."""

from holdout237ev_tz import BRUSELAS_DISPLAY, MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        kind="citacion-inaem",
        uid="040000008200E00074C5B7101A82E00800000000D0A6F3E1C95ADB01000000000000000010000000B3A1C2F5E0D94C4F8E6B9F2A7C1D0E55",
        interview=1, company="Orquesta Nacional de España", role="Viola Tutti", stage="technical", interviewers="",
        trap="inaem-outlook-citacion-primera-ronda-tras-cortina",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Secretaría Técnica OCNE":mailto:audiciones.ocne@inaem.cultura.gob.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.castellanos.viola@gmail.com:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Estimada aspirante:\n\nLe confirmamos su admisión a las pruebas
  selectivas para la cobertura de una plaza de VIOLA TUTTI de la Orquesta Nacional de España
 \, convocadas por Resolución del INAEM.\n\nPRIMERA RONDA (tras cortina): Stamitz\, Concierto
  en re mayor\, 1er movimiento con cadencia\; pasajes orquestales según listado publicado.\n
 \nPresentarse 30 minutos antes en la Sala de Cámara del Auditorio Nacional de Música (C/ Prí
 ncipe de Vergara 146). El orden de actuación se determinará por sorteo. Deberá presentar DNI
  o pasaporte.\n\nEl pianista acompañante lo facilita la organización.\n\nAtentamente\,\nSecr
 etaría Técnica – Orquesta y Coro Nacionales de España\n
UID:040000008200E00074C5B7101A82E00800000000D0A6F3E1C95ADB01000000000000000010000000B3A1C2F5E0D94C4F8E6B
 9F2A7C1D0E55
SUMMARY;LANGUAGE=es-ES:Pruebas selectivas Viola Tutti ONE - Primera ronda
DTSTART;TZID=Romance Standard Time:20250217T093000
DTEND;TZID=Romance Standard Time:20250217T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250120T111402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Auditorio Nacional de Música - Sala de Cámara
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="segunda-ronda",
        uid="8F1C2B7A-44D1-4E0B-9C55-1F0E6A2D3B71",
        interview=1, company="Orquesta Nacional de España", role="", stage="technical", interviewers="",
        trap="self-typed-segunda-ronda-sin-cortina",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250217T152233Z
DTSTAMP:20250217T152301Z
UID:8F1C2B7A-44D1-4E0B-9C55-1F0E6A2D3B71
SUMMARY:ONE 2a ronda!!! 🎻
DTSTART:20250218T113000
DTEND:20250218T130000
LOCATION:Auditorio Nacional
DESCRIPTION:pasé!! turno 11:30 aprox\, ya SIN cortina\nStamitz 2º mov + Don Juan\, Mendelssohn
  Sueño\, Brahms 2ª (scherzo?) + lo que pidan de la lista\ncomer algo antes. Llamar a mamá después
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-one",
        uid="c3f0a0e2-0c1b-4d35-9d5a-2b7e0f64c9aa",
        interview=1, company="Orquesta Nacional de España", role="", stage="final", interviewers="",
        trap="self-typed-final-round-orchestra",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:irene.castellanos.viola@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250218T170000Z
DTEND:20250218T183000Z
DTSTAMP:20250218T134507Z
UID:c3f0a0e2-0c1b-4d35-9d5a-2b7e0f64c9aa
CREATED:20250218T134455Z
DESCRIPTION:FINAL. Quedamos 3. Tocar con la solista de viola en sección (Br
 ahms 2 / Strauss) y luego el tribunal con el director titular puede pedir
  repetir. Después nos dicen si hay plaza o se declara desierta.
LAST-MODIFIED:20250218T134507Z
LOCATION:Auditorio Nacional de Música\, Príncipe de Vergara 146\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final audición ONE
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="audicion-osg",
        uid="6kq1v0b3mrk0e9q5p8cj8n3f2c@google.com",
        interview=1, company="Orquesta Sinfónica de Galicia", role="Viola Ayuda de Solista", stage="technical",
        interviewers="", trap="google-invite-secretaria-sends-audition-slot",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250324T101500
DTEND;TZID=Europe/Madrid:20250324T104500
DTSTAMP:20250303T091122Z
ORGANIZER;CN=Paula Rivas Souto:mailto:privas@sinfonicadegalicia.com
UID:6kq1v0b3mrk0e9q5p8cj8n3f2c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paula
  Rivas Souto;X-NUM-GUESTS=0:mailto:privas@sinfonicadegalicia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1488224719
CREATED:20250303T091038Z
DESCRIPTION:Buenos días Irene\,<br><br>Te enviamos tu horario para la audic
 ión de <b>Viola Ayuda de Solista</b>. Primera eliminatoria: concierto de Ho
 ffmeister (1er mov. con cadencia) y pasajes. Calentamiento en sala 2 desde
  las 9:30. Pianista oficial: ensayo de 10 min antes de tu turno.<br><br>Un
  saludo\,<br>Paula Rivas – Secretaría Artística OSG
LAST-MODIFIED:20250303T091122Z
LOCATION:Palacio de la Ópera\, Glorieta de América 3\, A Coruña
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audición Viola Ayuda de Solista – OSG – Irene Castellanos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-bos",
        uid="bk-7d3e91f2a6c04b1e8f5a9e2d0c4b6a13",
        interview=1, company="Bilbao Orkestra Sinfonikoa", role="Viola tutti", stage="technical", interviewers="",
        trap="microsoft-bookings-audition-turn-original",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Entzunaldiak BOS:mailto:EntzunaldiakBOS@bilbaorkestra.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Entzunaldia / Audición\n\nZerbitzua / Servicio: Biola tuttia – Viola
  tutti (1. txanda / 1ª ronda)\nLangilea / Personal: Sala Euskalduna 3\n\nEgun eta ordua / Fecha
  y hora: 2025/04/07 10:20\n\nEgoitza / Dirección: Euskalduna Jauregia\, Abandoibarra 4\, Bilbao
 \n\nPara cambiar o cancelar la reserva utilice el enlace del correo de confirmación.\n
UID:bk-7d3e91f2a6c04b1e8f5a9e2d0c4b6a13
SUMMARY;LANGUAGE=es-ES:Entzunaldia - Audición viola tutti BOS
DTSTART:20250407T082000Z
DTEND:20250407T084000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T074511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Euskalduna Jauregia\, Bilbao
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-cambio",
        uid="bk-7d3e91f2a6c04b1e8f5a9e2d0c4b6a13",
        interview=1, company="Bilbao Orkestra Sinfonikoa", role="Viola tutti", stage="technical", interviewers="",
        trap="rescheduled-audition-turn-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Entzunaldiak BOS:mailto:EntzunaldiakBOS@bilbaorkestra.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Zure erreserba aldatu da / Su reserva ha sido modificada\n\nZerbitzua
  / Servicio: Biola tuttia – Viola tutti (1. txanda / 1ª ronda)\nEgun eta ordua berria / Nueva
  fecha y hora: 2025/04/08 16:40\n\nEl ensayo de la orquesta del día 7 obliga a trasladar los turn
 os de la mañana. Disculpe las molestias.\n
UID:bk-7d3e91f2a6c04b1e8f5a9e2d0c4b6a13
SUMMARY;LANGUAGE=es-ES:Entzunaldia - Audición viola tutti BOS
DTSTART:20250408T144000Z
DTEND:20250408T150000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T120930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Euskalduna Jauregia\, Bilbao
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cancelada-euskadi",
        uid="040000008200E00074C5B7101A82E00800000000A1B0C4D8E27BDB010000000000000000100000004E7C2A9B1F3D5E6A8C0B",
        interview=1, company="Euskadiko Orkestra", role="Viola tutti", stage="technical", interviewers="",
        trap="cancelled-audition-method-cancel",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRUSELAS_DISPLAY + r"""BEGIN:VEVENT
ORGANIZER;CN="Garmendia Olano, Miren":mailto:m.garmendia@euskadikoorkestra.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=irene.castellanos.viola@gmail.com:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Estimada Irene:\n\nPor motivos de programación se suspende la audic
 ión de viola tutti prevista para el 12 de mayo en Miramon. La nueva fecha se comunicará a
  las personas admitidas con al menos tres semanas de antelación.\n\nOndo izan\,\nMiren Garmendia
 \nInspección / Ikuskaritza\n
UID:040000008200E00074C5B7101A82E00800000000A1B0C4D8E27BDB010000000000000000100000004E7C2A9B1F3D5E
 6A8C0B
SUMMARY;LANGUAGE=es-ES:Cancelada: Audición viola tutti – Euskadiko Orkestra
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250512T100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250512T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250422T081533Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Sede Euskadiko Orkestra\, Paseo Miramón 124\, Donostia
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-agencia",
        uid="e1b7c0d2-6a84-4f21-9b3d-55a0c8e41f7b",
        interview=0, company="", role="", stage="", interviewers="",
        trap="agency-call-unnamed-orchestra-cornisa-cantabrica",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e1b7c0d2-6a84-4f21-9b3d-55a0c8e41f7b
DTSTAMP:20250129T162740Z
DTSTART:20250131T113000Z
DTEND:20250131T120000Z
SUMMARY:Irene Castellanos y Álvaro Ruiz de Lihori - Llamada 30 min
ORGANIZER;CN=Álvaro Ruiz de Lihori:mailto:alvaro@arteclasica-management.es
ATTENDEE;CN=Irene Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:irene.castellanos.viola@gmail.com
DESCRIPTION:Event Name: Llamada 30 min\n\nLocation: Álvaro te llamará al +
 34 6XX XXX 218\n\nNotas de Irene: Me pasó mi número Carmen (la de la OSVM).\n
 \nNotas de Álvaro: Hola Irene\, te cuento por teléfono: una orquesta de la
  cornisa cantábrica va a sacar viola solista y quieren sondear candidatas a
 ntes de publicar. Todavía no puedo decirte cuál es. También hablamos de tu
  material (vídeo\, bio) por si te interesa que te representemos.\n\nNeed t
 o make changes to this event?\nCancel: https://calendly.com/cancellations/e
 1b7c0d2\nReschedule: https://calendly.com/reschedulings/e1b7c0d2
LOCATION:+34 6XX XXX 218
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agencia-ospa",
        uid="2qfu8b9n0m3j7t1d6r4v5kslp0@google.com",
        interview=1, company="Orquesta Sinfónica del Principado de Asturias", role="viola solista",
        stage="recruiter_screen", interviewers="alvaro@arteclasica-management.es",
        trap="agency-screen-employer-named-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250213T173000
DTEND;TZID=Europe/Madrid:20250213T181500
DTSTAMP:20250210T190411Z
ORGANIZER;CN=Álvaro Ruiz de Lihori:mailto:alvaro@arteclasica-management.es
UID:2qfu8b9n0m3j7t1d6r4v5kslp0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Álvaro
  Ruiz de Lihori;X-NUM-GUESTS=0:mailto:alvaro@arteclasica-management.es
CREATED:20250210T190309Z
DESCRIPTION:Irene\, ya te lo puedo decir: es la OSPA (Oviedo). La plaza de
  viola solista sale en marzo y la dirección prefiere ver antes a unas pocas
  personas recomendadas. En esta llamada repasamos tu trayectoria\, tus fech
 as libres y qué concierto llevarías (¿Walton o Bartók?). Luego les paso mi
  informe.\n\nÁlvaro\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-\nÚnete con Google Meet: https://meet.google.com/pqx-hwra-tne\n\nMás
  información sobre Meet: https://support.google.com/a/users/answer/9282720\n
 -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250210T190411Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Irene / Álvaro – seguimiento plaza viola solista
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prueba-ospa",
        uid="0B6E2F14-9A37-4C1D-8E5B-C7D2A1F09E33",
        interview=1, company="Orquesta Sinfónica del Principado de Asturias", role="", stage="technical",
        interviewers="", trap="self-typed-audition-acronym-only",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20250305T211040Z
DTSTAMP:20250305T211212Z
UID:0B6E2F14-9A37-4C1D-8E5B-C7D2A1F09E33
SUMMARY:OSPA prueba solista
DTSTART;TZID=Europe/Madrid:20250327T160000
DTEND;TZID=Europe/Madrid:20250327T190000
LOCATION:Auditorio Príncipe Felipe\, Oviedo
DESCRIPTION:Walton 1er mov + solos: Harold\, Don Quijote (Sancho)\, Romeo (
 Montescos)\, Mozart Sinfonía concertante.\nVuelo Madrid-Asturias 9:10. Hot
 el Ayre (lo paga la agencia? preguntar a Álvaro)
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ross-primera",
        uid="4E91C7A3-0F2B-4B8D-A6E5-39D1B0C7F812",
        interview=1, company="Real Orquesta Sinfónica de Sevilla", role="", stage="technical", interviewers="",
        trap="self-typed-floating-first-round-same-trip-as-wedding",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250415T083101Z
DTSTAMP:20250415T083144Z
UID:4E91C7A3-0F2B-4B8D-A6E5-39D1B0C7F812
SUMMARY:ROSS 1ª ronda (tras pantalla)
DTSTART:20250522T094500
DTEND:20250522T113000
LOCATION:Teatro de la Maestranza – sala de ensayos
DESCRIPTION:el viernes boda de Lucía así que me quedo en Sevilla. Llevar tr
 aje para las dos cosas jaja. Stamitz + pasajes (Bruckner 4 no!!)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ross-final",
        uid="040000008200E00074C5B7101A82E0080000000060F1C0E2B3C9DB01000000000000000010000000A8E5D3B2C1F04A6E9B7D",
        interview=1, company="Real Orquesta Sinfónica de Sevilla", role="Ayuda de Solista de Viola", stage="final",
        interviewers="", trap="outlook-display-tzid-final-same-afternoon",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRUSELAS_DISPLAY + r"""BEGIN:VEVENT
ORGANIZER;CN="Inspección ROSS":mailto:inspeccion@rossevilla.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellanos Vidal, Irene":mailto:
 irene.castellanos.viola@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sala de Ensayo Maest
 ranza":mailto:salaensayo.maestranza@rossevilla.es
DESCRIPTION;LANGUAGE=es-ES:Enhorabuena por su paso a la ronda final de la audición de AYUDA DE
  SOLISTA DE VIOLA.\n\nFinal: lectura a primera vista de la parte de viola del programa en curso
  y pasajes a elección del tribunal. A continuación\, breve conversación con el tribunal y la di
 rección artística.\n\nInspección de la Real Orquesta Sinfónica de Sevilla\n
UID:040000008200E00074C5B7101A82E0080000000060F1C0E2B3C9DB01000000000000000010000000A8E5D3B2C1F04
 A6E9B7D
SUMMARY;LANGUAGE=es-ES:Ronda final - Ayuda de Solista de Viola
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250522T170000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250522T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T121804Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de Ensayo Maestranza
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="audicion-valencia",
        uid="5ta2o7h0j1lqd8vv3nci6e4b9k@google.com",
        interview=1, company="Orquesta de València", role="", stage="technical", interviewers="",
        trap="self-typed-all-day-audition-turn-by-lot",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:irene.castellanos.viola@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250609
DTEND;VALUE=DATE:20250610
DTSTAMP:20250520T102233Z
UID:5ta2o7h0j1lqd8vv3nci6e4b9k@google.com
CREATED:20250520T102201Z
DESCRIPTION:Palau de la Música. Sorteo de turnos a las 9:00\, puede ser tod
 o el día. AVE 7:05 Atocha (loc. K7PZ2M). Vuelta abierta. Pedir día libre
  a Inspección OSVM (¡ensayo parcial ese lunes!)
LAST-MODIFIED:20250520T102233Z
LOCATION:Palau de la Música de València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audición Orquesta de València – viola
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
