# ruff: noqa: E501, W291, W293, RUF100
"""holdout280 events, part C: more of the user's own interviews (schedulers, job boards, founders from free-mail
addresses, terse hand-typed entries, teaching post, trial days, Mexico, Chile, Miami, Madrid, Los Angeles)."""

from holdout280ev_zones import (
    GOOGLE_BA,
    GOOGLE_MADRID,
    GOOGLE_MEXICO,
    OUTLOOK_EASTERN,
    THUNDERBIRD_BA,
    ZOOM_SANTIAGO,
    fold,
)

FORMS = {
    "Nómade Podcasts": "Nómade|Nomade Podcasts",
    "Pódium Audio": "Pódium|Podium Audio",
    "Eco Andino": "Eco Andino Podcasts",
    "Revista Trama": "Trama",
    "Portal Vértice": "Vértice|Vertice",
    "Cuadrilla Creativa": "Cuadrilla",
    "Voces Unidas Foundation": "Voces Unidas",
    "Instituto Sonido Sur": "Sonido Sur",
    "Canal Tremendo": "Tremendo",
    "Municipalidad de Puerto Alcázar": "Puerto Alcázar|Municipio de Puerto Alcázar",
    "Fundación Escucha": "Escucha",
    "Horizonte Comunicación": "Grupo Horizonte|Horizonte",
    "Estudio Grillo": "Grillo",
    "Agencia Noticias del Sur": "ANS|Noticias del Sur",
    "Audiora": "",
    "Centro Cultural del Bajo": "CC del Bajo",
    "Cumbre FM": "Cumbre",
    "La Ochenta AM": "La Ochenta",
    "Lumen Story Co.": "Lumen Story|Lumen",
    "Estudio Caracol": "Caracol",
}

OUTLOOK_SA_EASTERN = """BEGIN:VTIMEZONE
TZID:SA Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="calendly-invitee",
        uid="op52r4ikfoco4gtogv94erhqv1@google.com",
        is_interview=1,
        company="Nómade Podcasts",
        role="Productora Bilingüe",
        stage="hiring_manager",
        interviewers="andres@nomadepodcasts.example.com",
        trap="calendly-generic-30min-role-in-answers",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261013T170000Z
DTEND:20261013T173000Z
DTSTAMP:20261008T030912Z
ORGANIZER;CN=Andrés Pineda:mailto:andres@nomadepodcasts.example.com
UID:op52r4ikfoco4gtogv94erhqv1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrés Pineda;X-NUM-GUESTS=0:mailto:andres@nomadepodcasts.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Benedetti;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261008T030911Z
DESCRIPTION:Event Name: 30 Minute Meeting\n\nLocation: This is a Google Meet web conference. Join now: https://meet.google.com/tgz-ubhw-mkd\n\nPlease share anything that will help prepare for our meeting.: Hola Andrés! Por la vacante de Productora Bilingüe que publicaste en LinkedIn. Te dejo mi portfolio: lubenedetti-audio.example.com\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8f2c1a77-3d0e-4b6a-9e15-c4d7b0a2f9e3\nReschedule: https://calendly.com/reschedulings/8f2c1a77-3d0e-4b6a-9e15-c4d7b0a2f9e3\n\nPowered by Calendly.com
LAST-MODIFIED:20261008T030911Z
LOCATION:https://meet.google.com/tgz-ubhw-mkd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía Benedetti and Andrés Pineda
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="factorial-invite",
        uid="factorial-ats-interview-190772@podiumaudio.factorial-mail.example.es",
        is_interview=1,
        company="Pódium Audio",
        role="Productora de branded podcast",
        stage="recruiter_screen",
        interviewers="nerea.gutierrez@podiumaudio.example.es",
        trap="factorial-madrid-after-dst-change",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//Factorial ATS//ES
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_MADRID}
BEGIN:VEVENT
UID:factorial-ats-interview-190772@podiumaudio.factorial-mail.example.es
DTSTAMP:20261021T083044Z
DTSTART;TZID=Europe/Madrid:20261028T150000
DTEND;TZID=Europe/Madrid:20261028T153000
SUMMARY:Entrevista con Pódium Audio – Productora de branded podcast
DESCRIPTION:Hola Lucía\,\n\nNerea Gutiérrez (Talent & People) te ha invitado a una entrevista para la vacante Productora de branded podcast en Pódium Audio.\n\nFecha: miércoles\, 28 de octubre de 2026 · 15:00 – 15:30 (hora de Madrid)\nLugar: Google Meet – https://meet.google.com/wcs-hhpa-yzf\n\nGracias\,\nPódium Audio\n\nEnviado con Factorial
LOCATION:https://meet.google.com/wcs-hhpa-yzf
ORGANIZER;CN=Nerea Gutiérrez:mailto:nerea.gutierrez@podiumaudio.example.es
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="zoom-ics",
        uid="ZOOM87215590431",
        is_interview=1,
        company="Eco Andino",
        role="Jefa de Producción",
        stage="hiring_manager",
        interviewers="Francisca Valdés",
        trap="zoom-ics-santiago-zone-no-attendees",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{ZOOM_SANTIAGO}
BEGIN:VEVENT
DTSTAMP:20261015T140211Z
DTSTART;TZID=America/Santiago:20261022T110000
DTEND;TZID=America/Santiago:20261022T120000
SUMMARY:Entrevista Jefa de Producción – Eco Andino (Lucía Benedetti)
UID:ZOOM87215590431
TZID:America/Santiago
DESCRIPTION:Francisca Valdés le está invitando a una reunión de Zoom programada.\n\nEntrevista para el cargo de Jefa de Producción de la red Eco Andino (Santiago). Conversaremos sobre tu experiencia produciendo programas en vivo y la coordinación de equipos de podcast en Chile\, Argentina y Perú.\n\nÚnase a la reunión Zoom\nhttps://us02web.zoom.us/j/87215590431?pwd=RWNvQW5kaW5vSmVmYVByb2QyMDI2\n\nID de reunión: 872 1559 0431\nCódigo de acceso: 630271\n\n---\n\nMóvil con un toque\n+56225555019\,\,87215590431#\,\,\,\,*630271# Chile\n
LOCATION:https://us02web.zoom.us/j/87215590431?pwd=RWNvQW5kaW5vSmVmYVByb2QyMDI2
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-cafe-meeting",
        uid="EBA79F40-F86A-414F-9185-11DDAE19634C",
        is_interview=1,
        company="Revista Trama",
        role="editora de podcast",
        stage="",
        interviewers="Sol Iriarte",
        trap="ios-terse-cafe-meeting-for-job",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260915T161003Z
DTEND:20260918T180000
DTSTAMP:20260915T161020Z
DTSTART:20260918T170000
LAST-MODIFIED:20260915T161020Z
LOCATION:Bar El Federalito\, Humboldt y Cabrera
SEQUENCE:0
SUMMARY:Reu c/ Sol Iriarte (Trama) x puesto editora de podcast
TRANSP:OPAQUE
UID:EBA79F40-F86A-414F-9185-11DDAE19634C
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="breezy-lf",
        uid="breezy-interview-5e1c77f03a2b4d18-portalvertice",
        is_interview=1,
        company="Portal Vértice",
        role="Productor/a Multimedia",
        stage="recruiter_screen",
        interviewers="nahuel.ibarra@portalvertice.example.com.ar",
        trap="breezy-lf-line-endings-utc",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Breezy HR//Breezy HR Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:breezy-interview-5e1c77f03a2b4d18-portalvertice
DTSTAMP:20260922T181406Z
DTSTART:20260928T180000Z
DTEND:20260928T183000Z
SUMMARY:Interview: Productor/a Multimedia - Portal Vértice
DESCRIPTION:Hola Lucía\, ¡gracias por postularte a Productor/a Multimedia en Portal Vértice! Esta es una primera llamada de 30 minutos con Nahuel Ibarra (People). Link: https://meet.google.com/ahx-ytqm-cer
LOCATION:https://meet.google.com/ahx-ytqm-cer
ORGANIZER;CN=Nahuel Ibarra:mailto:nahuel.ibarra@portalvertice.example.com.ar
ATTENDEE;CN=Lucía Benedetti;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-invite",
        uid="workable-event-b2e41c9a77d3@cuadrillacreativa.workable-mail.example.com",
        is_interview=1,
        company="Cuadrilla Creativa",
        role="Audio Creative Producer",
        stage="hiring_manager",
        interviewers="bruno.sartori@cuadrillacreativa.example.com.ar",
        trap="workable-invite-no-vtimezone-iana",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-b2e41c9a77d3@cuadrillacreativa.workable-mail.example.com
DTSTAMP:20260911T195700Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20260917T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20260917T104500
SUMMARY:Interview with Cuadrilla Creativa for Audio Creative Producer
DESCRIPTION:Hi Lucía\,\n\nBruno Sartori (Director Creativo) would like to meet you for the Audio Creative Producer role.\n\nLocation: Cuadrilla Creativa – Honduras 4470\, Palermo Soho (timbre 2)\n\nPlease let us know if you can't make it.\n\nCuadrilla Creativa – sent via Workable
LOCATION:Cuadrilla Creativa – Honduras 4470\, Palermo Soho
ORGANIZER;CN=Bruno Sartori:mailto:bruno.sartori@cuadrillacreativa.example.com.ar
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-challenge",
        uid="d5lt09752dnehjqnskb8n1t4i9@google.com",
        is_interview=1,
        company="Cuadrilla Creativa",
        role="Audio Creative Producer",
        stage="technical",
        interviewers="bruno.sartori@cuadrillacreativa.example.com.ar;victoria.montes@cuadrillacreativa.example.com.ar",
        trap="creative-challenge-pitch-looks-like-client-meeting",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260930T160000
DTEND;TZID=America/Argentina/Buenos_Aires:20260930T170000
DTSTAMP:20260923T140505Z
ORGANIZER;CN=Bruno Sartori:mailto:bruno.sartori@cuadrillacreativa.example.com.ar
UID:d5lt09752dnehjqnskb8n1t4i9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bruno Sartori;X-NUM-GUESTS=0:mailto:bruno.sartori@cuadrillacreativa.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Victoria Montes;X-NUM-GUESTS=0:mailto:victoria.montes@cuadrillacreativa.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260923T140504Z
DESCRIPTION:Lucía\, como segunda etapa del proceso para Audio Creative Producer te proponemos el desafío creativo: el brief es una campaña de radio de 3 spots de 30" para una marca de yerba (cliente ficticio). Presentás la idea\, un guion y\, si querés\, una maqueta. Te escuchamos Vicky (Dir. de Cuentas) y yo.\nAbrazo\, Bruno\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento.
LAST-MODIFIED:20260923T140504Z
LOCATION:Cuadrilla Creativa – Sala Grande
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Desafío creativo – presentación de idea (spot radial) – Lucía B.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-eastern-panel",
        uid="040000008200E00074C5B7101A82E00800000000745401CDA9C40C9900000000000000001000000003A98B4A775D8E063A790C7E2E74E6A87",
        is_interview=1,
        company="Voces Unidas Foundation",
        role="Communications Officer, Audio & Multimedia (Latin America)",
        stage="onsite",
        interviewers="grace.mensah@vocesunidas.example.org;tomas.lindqvist@vocesunidas.example.org",
        trap="outlook-eastern-after-dst-panel-english",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_EASTERN}
BEGIN:VEVENT
ATTENDEE;CN=lu.benedetti.radio@gmail.com;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN="Mensah, Grace";RSVP=TRUE:mailto:grace.mensah@vocesunidas.example.org
ATTENDEE;CN="Lindqvist, Tomas";RSVP=TRUE:mailto:tomas.lindqvist@vocesunidas.example.org
ATTENDEE;CN="DC-3A Conference Room";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:dc-3a@vocesunidas.example.org
CLASS:PUBLIC
CREATED:20261102T153040Z
DESCRIPTION:Dear Lucía\,\n\nThank you for your interest in the Communications Officer\, Audio & Multimedia (Latin America) position. You are invited to a 60-minute panel interview with Grace Mensah (Director of Communications) and Tomas Lindqvist (Senior Program Manager\, Southern Cone). The panel will include a short scenario exercise on producing a bilingual podcast episode from field recordings.\n\n9:00 AM Washington DC / 11:00 AM Buenos Aires\n\nKind regards\,\nHuman Resources – Voces Unidas Foundation\n\nJoin Zoom Meeting\nhttps://vocesunidas.zoom.us/j/96620318774?pwd=Vm9jZXNVbmlkYXNQYW5lbA\nMeeting ID: 966 2031 8774\nPasscode: 114208
DTEND;TZID="Eastern Standard Time":20261110T100000
DTSTAMP:20261102T153040Z
DTSTART;TZID="Eastern Standard Time":20261110T090000
LAST-MODIFIED:20261102T153040Z
LOCATION:Zoom / DC-3A Conference Room
ORGANIZER;CN="HR Recruiting":mailto:recruiting@vocesunidas.example.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Panel Interview – Communications Officer\, Audio & Multimedia (LatAm) – L. Benedetti
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000745401CDA9C40C9900000000000000001000000003A98B4A775D8E063A790C7E2E74E6A87
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="thunderbird-teaching",
        uid="3e9b8d51-0c2f-4a7e-b613-d5f4a0c9e812",
        is_interview=1,
        company="Instituto Sonido Sur",
        role="docente Producción Radial",
        stage="hiring_manager",
        interviewers="Paula Grinberg",
        trap="thunderbird-teaching-post-interview",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_BA}
BEGIN:VEVENT
CREATED:20261110T223401Z
LAST-MODIFIED:20261110T223555Z
DTSTAMP:20261110T223555Z
UID:3e9b8d51-0c2f-4a7e-b613-d5f4a0c9e812
SUMMARY:Entrevista Sonido Sur – docente Producción Radial (coord. académica: Paula Grinberg)
DTSTART;TZID=America/Argentina/Buenos_Aires:20261117T180000
DTEND;TZID=America/Argentina/Buenos_Aires:20261117T190000
LOCATION:Instituto Sonido Sur\, Av. Rivadavia 3740
DESCRIPTION:Llevar programa tentativo de la materia + CV docente.
TRANSP:OPAQUE
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-trial-class",
        uid="ihsbas4nuplko67f0h0k7e08kb@google.com",
        is_interview=1,
        company="Instituto Sonido Sur",
        role="Docente de Producción Radial I",
        stage="onsite",
        interviewers="pgrinberg@sonidosur.example.edu.ar",
        trap="trial-class-teaching-selection",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261126T190000
DTEND;TZID=America/Argentina/Buenos_Aires:20261126T203000
DTSTAMP:20261119T001512Z
ORGANIZER;CN=Paula Grinberg:mailto:pgrinberg@sonidosur.example.edu.ar
UID:ihsbas4nuplko67f0h0k7e08kb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paula Grinberg;X-NUM-GUESTS=0:mailto:pgrinberg@sonidosur.example.edu.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261119T001511Z
DESCRIPTION:Lucía: como charlamos\, la última instancia para el cargo de Docente de Producción Radial I es una clase de prueba de 60 minutos con alumnos de primer año (tema libre dentro del programa). Después hacemos una devolución de 20 minutos con la coordinación.\nPaula\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261119T001511Z
LOCATION:Instituto Sonido Sur – Aula 4 (estudio)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase de prueba – Producción Radial I (L. Benedetti)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-gmail-founder",
        uid="d582njtbvoneosnakck6sje4tp@google.com",
        is_interview=1,
        company="Canal Tremendo",
        role="productora general",
        stage="hiring_manager",
        interviewers="nicoberon.tremendo@gmail.com",
        trap="founder-gmail-streaming-channel",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261019T190000
DTEND;TZID=America/Argentina/Buenos_Aires:20261019T200000
DTSTAMP:20261016T214033Z
ORGANIZER;CN=Nico Berón:mailto:nicoberon.tremendo@gmail.com
UID:d582njtbvoneosnakck6sje4tp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nico Berón;X-NUM-GUESTS=0:mailto:nicoberon.tremendo@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261016T214032Z
DESCRIPTION:Lu! Te espero en el estudio después del vivo. Charlamos del puesto de productora general del canal (la tarde y el programa del finde). Traete ideas de secciones. Nico\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento.
LAST-MODIFIED:20261016T214032Z
LOCATION:Estudio Tremendo – Thames 1660\, Palermo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista productora general – Tremendo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-trial-day",
        uid="D258091C-1A94-490A-BB42-17FEE30BF31A",
        is_interview=1,
        company="Canal Tremendo",
        role="",
        stage="onsite",
        interviewers="",
        trap="ios-trial-day-streaming-live-show",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261020T012204Z
DESCRIPTION:Jornada de prueba: producir el programa de la tarde en vivo. Nico dice que si sale bien arrancamos en diciembre.
DTEND:20261026T190000
DTSTAMP:20261020T012251Z
DTSTART:20261026T130000
LAST-MODIFIED:20261020T012251Z
LOCATION:Thames 1660
SEQUENCE:0
SUMMARY:Prueba en vivo Tremendo
TRANSP:OPAQUE
UID:D258091C-1A94-490A-BB42-17FEE30BF31A
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:9A40E6C1-B27F-4F4E-8C59-0E3D6B1A2F88
X-WR-ALARMUID:9A40E6C1-B27F-4F4E-8C59-0E3D6B1A2F88
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-sa-eastern",
        uid="040000008200E00074C5B7101A82E00800000000D035F8A400B20F86000000000000000010000000041A871721AF74E71B51CDB1C0180645F",
        is_interview=1,
        company="Municipalidad de Puerto Alcázar",
        role="Director/a de Radio Municipal",
        stage="hiring_manager",
        interviewers="jorge.amaya@puertoalcazar.example.gob.ar",
        trap="outlook-sa-eastern-zone-municipality",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_SA_EASTERN}
BEGIN:VEVENT
ATTENDEE;CN=lu.benedetti.radio@gmail.com;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN="Amaya, Jorge";RSVP=TRUE:mailto:jorge.amaya@puertoalcazar.example.gob.ar
CLASS:PUBLIC
CREATED:20261105T131411Z
DESCRIPTION:Sra. Lucía Benedetti:\n\nPor indicación del Secretario de Comunicación y Medios\, Lic. Jorge Amaya\, se la cita a una entrevista en relación con la cobertura del cargo de Director/a de Radio Municipal (FM Puerto 94.3).\n\nSecretaría Privada – Secretaría de Comunicación y Medios\nMunicipalidad de Puerto Alcázar
DTEND;TZID="SA Eastern Standard Time":20261112T110000
DTSTAMP:20261105T131411Z
DTSTART;TZID="SA Eastern Standard Time":20261112T100000
LAST-MODIFIED:20261105T131411Z
LOCATION:Palacio Municipal – Av. San Martín 250\, 1° piso\, Puerto Alcázar
ORGANIZER;CN="Secretaría Privada Comunicación":mailto:privada.comunicacion@puertoalcazar.example.gob.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Entrevista – Dirección de Radio Municipal – Sra. Benedetti
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D035F8A400B20F86000000000000000010000000041A871721AF74E71B51CDB1C0180645F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-ngo",
        uid="fqq0jo94ijqsbp6v1cm43uf2dr@google.com",
        is_interview=1,
        company="Fundación Escucha",
        role="Coordinación de Comunicación",
        stage="hiring_manager",
        interviewers="mercedes.lanusse@fundacionescucha.example.org",
        trap="ngo-google-invite-meet",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261118T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20261118T114500
DTSTAMP:20261112T145930Z
ORGANIZER;CN=Mercedes Lanusse:mailto:mercedes.lanusse@fundacionescucha.example.org
UID:fqq0jo94ijqsbp6v1cm43uf2dr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mercedes Lanusse;X-NUM-GUESTS=0:mailto:mercedes.lanusse@fundacionescucha.example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261112T145929Z
DESCRIPTION:Hola Lucía\, gracias por tu postulación a la Coordinación de Comunicación de Fundación Escucha. Te propongo una entrevista por Meet con Mercedes Lanusse (Directora Ejecutiva).\n\nUnirse con Google Meet: https://meet.google.com/eab-zpxn-ofu\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261112T145929Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Coordinación de Comunicación (Fundación Escucha)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="bumeran-invite",
        uid="bumeran-entrevista-1003418822-77@bumeran-mail.example.com.ar",
        is_interview=1,
        company="Horizonte Comunicación",
        role="Productor/a de Radio",
        stage="recruiter_screen",
        interviewers="Analía Ferro",
        trap="bumeran-job-board-invite-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bumeran//Entrevistas//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:bumeran-entrevista-1003418822-77@bumeran-mail.example.com.ar
DTSTAMP:20260919T130212Z
DTSTART:20260924T140000Z
DTEND:20260924T143000Z
SUMMARY:Entrevista con Horizonte Comunicación - Productor/a de Radio
DESCRIPTION:¡Hola Lucía! Horizonte Comunicación te invitó a una entrevista por el aviso "Productor/a de Radio" al que te postulaste en Bumeran.\n\nEntrevistadora: Analía Ferro\nModalidad: Videollamada (el link te llegará por mail)\n\nRecordá mantener tu CV actualizado. ¡Éxitos!\nEquipo Bumeran
LOCATION:Videollamada
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zonajobs-floating",
        uid="zj-agenda-5590213-grillo@zonajobs-mail.example.com.ar",
        is_interview=1,
        company="Estudio Grillo",
        role="Editor/a de Audio",
        stage="",
        interviewers="Ezequiel Grillo",
        trap="zonajobs-job-board-floating-owner",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ZonaJobs//Agenda//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:zj-agenda-5590213-grillo@zonajobs-mail.example.com.ar
DTSTAMP:20260928T202030Z
DTSTART:20261001T100000
DTEND:20261001T103000
SUMMARY:ZonaJobs – Entrevista agendada: Editor/a de Audio (Estudio Grillo)
DESCRIPTION:Estudio Grillo agendó una entrevista con vos para el aviso Editor/a de Audio.\nTe va a atender: Ezequiel Grillo\nDirección: Estudio Grillo\, Loyola 1180\, Villa Crespo\n\nSi no podés asistir\, avisá desde tu panel de postulaciones.
LOCATION:Loyola 1180\, Villa Crespo\, CABA
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-news-agency",
        uid="6rnj267rg6npedm9dmnab39s47@google.com",
        is_interview=1,
        company="Agencia Noticias del Sur",
        role="Productora Podcast Diario",
        stage="hiring_manager",
        interviewers="martina.gallo@noticiasdelsur.example.com.ar",
        trap="news-agency-google-invite-acronym",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261029T120000
DTEND;TZID=America/Argentina/Buenos_Aires:20261029T124500
DTSTAMP:20261023T180220Z
ORGANIZER;CN=Martina Gallo:mailto:martina.gallo@noticiasdelsur.example.com.ar
UID:6rnj267rg6npedm9dmnab39s47@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martina Gallo;X-NUM-GUESTS=0:mailto:martina.gallo@noticiasdelsur.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261023T180219Z
DESCRIPTION:Hola Lucía\, soy Martina Gallo\, editora de audio de ANS. Te escribo por tu postulación a Productora Podcast Diario: ¿charlamos el jueves? Contame cómo resolverías un resumen informativo de 15 minutos todos los días a las 7.\n\nUnirse con Google Meet: https://meet.google.com/qmr-tvbe-jkx\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261023T180219Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ANS – Entrevista Productora Podcast Diario
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-mexico",
        uid="7thckn2622qh15hj2ijvc2s67j@google.com",
        is_interview=1,
        company="Audiora",
        role="Head of Audio Production",
        stage="recruiter_screen",
        interviewers="regina.solis@audiora.example.mx",
        trap="linkedin-sourced-mexico-city-zone-shared-inbox",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_MEXICO}
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20261014T090000
DTEND;TZID=America/Mexico_City:20261014T094500
DTSTAMP:20261009T002145Z
ORGANIZER;CN=Talento Audiora:mailto:talento@audiora.example.mx
UID:7thckn2622qh15hj2ijvc2s67j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Regina Solís;X-NUM-GUESTS=0:mailto:regina.solis@audiora.example.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Talento Audiora;X-NUM-GUESTS=0:mailto:talento@audiora.example.mx
CREATED:20261009T002144Z
DESCRIPTION:Hola Lucía\, como platicamos por LinkedIn\, te comparto la invitación para la primera llamada sobre la posición de Head of Audio Production en Audiora (Ciudad de México\, remoto para LatAm). Te entrevista Regina Solís\, Talent Lead.\n\n9:00 CDMX / 12:00 Buenos Aires\n\nUnirse con Google Meet: https://meet.google.com/xod-fmrq-wpa\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20261009T002144Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audiora x Lucía – Head of Audio Production (intro)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-accepted-invite-utc",
        uid="A8E71BE0-3F68-4A88-AB07-619FE1A89795",
        is_interview=1,
        company="Audiora",
        role="Head of Audio Production",
        stage="final",
        interviewers="diego.barragan@audiora.example.mx",
        trap="ios-accepted-invite-utc-ceo-final",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
ATTENDEE;CN="Diego Barragán";CUTYPE=INDIVIDUAL;EMAIL="diego.barragan@audiora.example.mx";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:diego.barragan@audiora.example.mx
ATTENDEE;CN="lu.benedetti.radio@gmail.com";CUTYPE=INDIVIDUAL;EMAIL="lu.benedetti.radio@gmail.com";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lu.benedetti.radio@gmail.com
CREATED:20261030T153201Z
DESCRIPTION:Final con Diego (CEO) – Head of Audio Production. 45 min. Llevar números del podcast de la radio (descargas\, retención).
DTEND:20261105T164500Z
DTSTAMP:20261030T153244Z
DTSTART:20261105T160000Z
LAST-MODIFIED:20261030T153244Z
LOCATION:https://meet.google.com/nbe-wwky-dzt
ORGANIZER;CN="Diego Barragán":mailto:diego.barragan@audiora.example.mx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audiora | Final interview – Diego Barragán (CEO)
TRANSP:OPAQUE
UID:A8E71BE0-3F68-4A88-AB07-619FE1A89795
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="thunderbird-typo",
        uid="c8f27e19-4d0b-4e3a-a5b6-71d9e2f0c344",
        is_interview=1,
        company="Centro Cultural del Bajo",
        role="produccion contenidos",
        stage="",
        interviewers="",
        trap="thunderbird-typo-entrevsta",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_BA}
BEGIN:VEVENT
CREATED:20260903T020109Z
LAST-MODIFIED:20260903T020140Z
DTSTAMP:20260903T020140Z
UID:c8f27e19-4d0b-4e3a-a5b6-71d9e2f0c344
SUMMARY:entrevsta CC del Bajo – puesto produccion contenidos 11hs
DTSTART;TZID=America/Argentina/Buenos_Aires:20260907T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20260907T120000
LOCATION:Paseo Colón 1050
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-typo",
        uid="6BD1A614-FE16-4E1D-8EDE-CFD5A34D68D7",
        is_interview=1,
        company="Cumbre FM",
        role="productora",
        stage="",
        interviewers="",
        trap="ios-typo-entrvista-zoom-floating",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261013T130012Z
DTEND:20261016T165000
DTSTAMP:20261013T130031Z
DTSTART:20261016T160000
LAST-MODIFIED:20261013T130031Z
LOCATION:zoom (link en el mail)
SEQUENCE:0
SUMMARY:entrvista Cumbre FM x zoom – productora (Córdoba)
TRANSP:OPAQUE
UID:6BD1A614-FE16-4E1D-8EDE-CFD5A34D68D7
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
UID:2B7E1F94-08C3-4D6A-9F21-E5A0C73B4D16
X-WR-ALARMUID:2B7E1F94-08C3-4D6A-9F21-E5A0C73B4D16
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-owner-freemail",
        uid="4a33n169ku99hpi3905fbndvj1@google.com",
        is_interview=1,
        company="La Ochenta AM",
        role="productor ejecutivo",
        stage="hiring_manager",
        interviewers="carlospersico.am80@hotmail.com",
        trap="owner-freemail-reunion-wording",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261103T170000
DTEND;TZID=America/Argentina/Buenos_Aires:20261103T180000
DTSTAMP:20261030T120815Z
ORGANIZER;CN=lucas.persico.hijo@gmail.com:mailto:lucas.persico.hijo@gmail.com
UID:4a33n169ku99hpi3905fbndvj1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carlos Pérsico;X-NUM-GUESTS=0:mailto:carlospersico.am80@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lucas.persico.hijo@gmail.com;X-NUM-GUESTS=0:mailto:lucas.persico.hijo@gmail.com
CREATED:20261030T120814Z
DESCRIPTION:Lucía\, le armo la reunión a mi viejo porque él no usa el calendario. Es por el puesto de productor ejecutivo de La Ochenta que hablaron por teléfono. Te espera en la radio. Lucas (hijo de Carlos)\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261030T120814Z
LOCATION:La Ochenta AM – Lavalle 1390\, 2° piso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión con Carlos Pérsico (La Ochenta) – Lucía Benedetti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ashby-invite",
        uid="ashby-interview-event-3f9e1d27-lumenstory",
        is_interview=1,
        company="Lumen Story Co.",
        role="Senior Producer (Spanish)",
        stage="hiring_manager",
        interviewers="sam.ortega@lumenstory.example.com",
        trap="ashby-los-angeles-utc",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-3f9e1d27-lumenstory
DTSTAMP:20261112T224411Z
DTSTART:20261119T170000Z
DTEND:20261119T174500Z
SUMMARY:Lumen Story Co. – Hiring Manager Interview – Senior Producer (Spanish)
DESCRIPTION:Hi Lucía\,\n\nYou're scheduled to meet Sam Ortega (Executive Producer\, Spanish-language slate) for a 45-minute hiring manager conversation.\n\nWhen: Thu Nov 19\, 9:00 AM PT (2:00 PM Buenos Aires)\nWhere: https://lumenstory.zoom.us/j/93120458861\n\nLumen Story Co. · Scheduled with Ashby
LOCATION:https://lumenstory.zoom.us/j/93120458861
ORGANIZER;CN=Lumen Story Co. Recruiting:mailto:recruiting@lumenstory.example.com
ATTENDEE;CN=Sam Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.ortega@lumenstory.example.com
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-appointment-booking",
        uid="28g8fjktb80ba78hidacaqlapm@google.com",
        is_interview=1,
        company="Estudio Caracol",
        role="Productora Senior",
        stage="hiring_manager",
        interviewers="marina@estudiocaracol.example.com.ar",
        trap="google-appointment-schedule-booking",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261124T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20261124T103000
DTSTAMP:20261120T191150Z
ORGANIZER;CN=Marina Lutz:mailto:marina@estudiocaracol.example.com.ar
UID:28g8fjktb80ba78hidacaqlapm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marina Lutz;X-NUM-GUESTS=0:mailto:marina@estudiocaracol.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Benedetti;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261120T191149Z
DESCRIPTION:Reservado por\nLucía Benedetti\nlu.benedetti.radio@gmail.com\n\nEntrevista – Productora Senior (Estudio Caracol)\nElegí un horario para charlar 30 minutos con Marina Lutz\, directora de Estudio Caracol\, sobre la búsqueda de Productora Senior para podcasts de marca.\n\nUnirse con Google Meet: https://meet.google.com/ukp-qsre-gvd\n\nReservada con las páginas de reserva de Google Calendar
LAST-MODIFIED:20261120T191149Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Productora Senior (Estudio Caracol) (Lucía Benedetti)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
]
