# ruff: noqa: E501, W291, W293, RUF100
"""holdout280 events, part E: other negatives (on-air and podcast interviews she produces, pitches, mock
interviews, webinars, classes, press and research interviews, coffees, fairs, references, prep, reminders,
personal and family "entrevistas", German and French appointments, reviews, meetings)."""

from holdout280ev_zones import APPLE_BA, GOOGLE_BA, OUTLOOK_ARG, OUTLOOK_WEUROPE, THUNDERBIRD_BA, fold

GOOGLE_PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:GMT+2
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:GMT+1
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

GOOGLE_FOOTER_ES = r"""\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones futuras de este evento\, rechaza este evento."""


def negative(**fields):
    """An ordinary negative: not a job interview and not on the hiring side."""
    return dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False, **fields)


EVENTS = [
    negative(
        kind="outlook-onair-booking",
        uid="040000008200E00074C5B7101A82E008000000000F8AB0C4E3B6D6FD0000000000000000100000000F8CC021AC090C6293E47B89398B27043",
        trap="onair-guest-interview-booking-outlook",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN="Villar, Marcos";RSVP=TRUE:mailto:mvillar@radioplatense.example.com.ar
ATTENDEE;CN="Operación Técnica";RSVP=TRUE:mailto:operacion@radioplatense.example.com.ar
CLASS:PUBLIC
CREATED:20260918T220530Z
DESCRIPTION:Dra. Liliana Paz (economista\, UNSO). Móvil telefónico a las 8:40\, 12 minutos. Tel. 11 5555-0127 (celular\, la llamamos nosotros).\nTemas: dato de inflación de agosto\, tarifas y salarios. Pre-entrevista hecha\, ojo que no quiere hablar de candidaturas.\n\nLucía
DTEND;TZID="Argentina Standard Time":20260922T085500
DTSTAMP:20260918T220530Z
DTSTART;TZID="Argentina Standard Time":20260922T084000
LAST-MODIFIED:20260918T220530Z
LOCATION:Móvil telefónico – Estudio 1
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Entrevista Dra. Paz – tema inflación\, móvil 8:40
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000000F8AB0C4E3B6D6FD0000000000000000100000000F8CC021AC090C6293E47B89398B27043
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-terse",
        uid="034172E4-D26E-4B81-A350-1BD3D43D7854",
        trap="guest-pre-interview-terse",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260913T221108Z
DTEND:20260914T172000
DTSTAMP:20260913T221130Z
DTSTART:20260914T170000
LAST-MODIFIED:20260913T221130Z
SEQUENCE:0
SUMMARY:Pre-entrevista Lic. Gómez (columna salud) – llamar 17hs
TRANSP:OPAQUE
UID:034172E4-D26E-4B81-A350-1BD3D43D7854
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    negative(
        kind="google-export-recording",
        uid="t2hq3kao9su7p14j2hjvbnruk3@google.com",
        trap="podcast-recording-guest-interview",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lu.benedetti.radio@gmail.com
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260919T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20260919T130000
DTSTAMP:20261103T011500Z
ORGANIZER;CN=lu.benedetti.radio@gmail.com:mailto:lu.benedetti.radio@gmail.com
UID:t2hq3kao9su7p14j2hjvbnruk3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Lerner;X-NUM-GUESTS=0:mailto:analerner.escritora@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gastón Ibarra;X-NUM-GUESTS=0:mailto:gaston.ibarra.sonido@gmail.com
CREATED:20260910T170200Z
DESCRIPTION:Ruido Blanco #14: entrevista a Ana Lerner (novela sobre el conurbano). Grabamos remoto por Riverside: https://riverside.fm/studio/ruido-blanco-lu\nGastón hace técnica. Preguntas en el doc compartido.
LAST-MODIFIED:20260912T101500Z
LOCATION:Riverside
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grabación Ruido Blanco #14 – entrevista a Ana Lerner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="zoom-ics",
        uid="ZOOM81930476625",
        trap="english-guest-interview-zoom-ics",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{GOOGLE_BA}
BEGIN:VEVENT
DTSTAMP:20260930T150044Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261007T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20261007T110000
SUMMARY:Guest interview: Dr. Helen Marsh – climate migration (Ruido Blanco #15)
UID:ZOOM81930476625
TZID:America/Argentina/Buenos_Aires
DESCRIPTION:Lucía Benedetti is inviting you to a scheduled Zoom meeting.\n\nPodcast interview for Ruido Blanco #15 with Dr. Helen Marsh (climate migration researcher\, remote from the UK). Recording in English with Spanish voice-over later. Please use headphones.\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/81930476625?pwd=UnVpZG9CbGFuY28xNU1hcnNo\n\nMeeting ID: 819 3047 6625\nPasscode: 2Yk7qe\n
LOCATION:https://us05web.zoom.us/j/81930476625?pwd=UnVpZG9CbGFuY28xNU1hcnNo
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    negative(
        kind="google-export-recurring",
        uid="l5n9g81i6002bf5601at1fedq3@google.com",
        trap="recurring-onair-interview-override-google-export",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Producción vespertino
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260903T181500
DTEND;TZID=America/Argentina/Buenos_Aires:20260903T183000
RRULE:FREQ=WEEKLY;UNTIL=20261217T211500Z;BYDAY=TH
DTSTAMP:20261103T011500Z
UID:l5n9g81i6002bf5601at1fedq3@google.com
CREATED:20260827T140522Z
DESCRIPTION:Entrevista semanal en el vespertino con el columnista político Rubén Alcorta (móvil desde el Congreso). Confirmar el miércoles.
LAST-MODIFIED:20260827T140522Z
LOCATION:Móvil Congreso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista semanal – columnista política (móvil)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261016T181500
DTEND;TZID=America/Argentina/Buenos_Aires:20261016T183000
DTSTAMP:20261103T011500Z
UID:l5n9g81i6002bf5601at1fedq3@google.com
RECURRENCE-ID;TZID=America/Argentina/Buenos_Aires:20261015T181500
CREATED:20260827T140522Z
DESCRIPTION:Esta semana la entrevista pasa al viernes por la sesión especial del jueves.
LAST-MODIFIED:20261013T120100Z
LOCATION:Móvil Congreso
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista semanal – columnista política (móvil) – VIERNES
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-room-resource",
        uid="040000008200E00074C5B7101A82E008000000007AE8697F7E8E8B2E000000000000000010000000024B8443557BDBF42EDD1372A5267ACD8",
        trap="onair-mayor-interview-room-resource",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villar, Marcos":mailto:mvillar@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="prensa.intendencia@villasur.example.gob.ar":mailto:prensa.intendencia@villasur.example.gob.ar
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Estudio 1 (piso)":mailto:estudio1@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Entrevista en estudio al intendente de Villa Sur\, Raúl Sastre. Llega 9:05 con su jefa de prensa. 20 minutos en el aire. Temas: inundaciones\, transporte. Filmamos para redes.\n
UID:040000008200E00074C5B7101A82E008000000007AE8697F7E8E8B2E000000000000000010000000024B8443557BDBF42EDD1372A5267ACD8
SUMMARY;LANGUAGE=es-AR:Entrevista al intendente Sastre – Estudio 1 (presencial)
DTSTART;TZID=Argentina Standard Time:20261023T091500
DTEND;TZID=Argentina Standard Time:20261023T094000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T203344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Estudio 1 (piso)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-pitch",
        uid="shtukbjhkdg8mag1ni9nvdr9n4@google.com",
        trap="pitch-meeting-with-applied-company",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261027T140000
DTEND;TZID=America/Argentina/Buenos_Aires:20261027T144500
DTSTAMP:20261020T182204Z
ORGANIZER;CN=Hannah Fischer:mailto:hannah.fischer@sonaraudio.example.com
UID:shtukbjhkdg8mag1ni9nvdr9n4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah Fischer;X-NUM-GUESTS=0:mailto:hannah.fischer@sonaraudio.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Gastón Ibarra;X-NUM-GUESTS=0:mailto:gaston.ibarra.sonido@gmail.com
CREATED:20261020T182203Z
DESCRIPTION:Hi Lucía\, thanks for submitting "Riachuelo" through our Originals open call. We'd love to hear the pitch: 10 minutes for the story\, the access you have and the sound design approach\, then Q&A with our development team. Budget and rights come later if we move forward.\n\nHannah Fischer\nDevelopment Executive\, Sonar Originals\n\nJoin with Google Meet: https://meet.google.com/dqo-xkzn-vmr\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261020T182203Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pitch: "Riachuelo" (docuserie sonora) – Sonar Originals / Lucía Benedetti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-mock-interview",
        uid="A1768C97-ED1C-41E6-8883-688E779E0186",
        trap="mock-interview-named-employer",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260929T001412Z
DESCRIPTION:Vero hace de Íñigo. Practicar pitch de formato (10') y preguntas difíciles: por qué me voy de la radio\, manejo de equipo remoto.
DTEND:20261004T190000
DTSTAMP:20260929T001450Z
DTSTART:20261004T180000
LAST-MODIFIED:20260929T001450Z
LOCATION:Casa
SEQUENCE:0
SUMMARY:Simulacro entrevista Ondacorta con Vero 🎯
TRANSP:OPAQUE
UID:A1768C97-ED1C-41E6-8883-688E779E0186
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="zoom-webinar",
        uid="ZOOMWEBINAR86011529904-lu",
        trap="webinar-about-job-interviews",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{GOOGLE_BA}
BEGIN:VEVENT
DTSTAMP:20260826T120012Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20260902T190000
DTEND;TZID=America/Argentina/Buenos_Aires:20260902T200000
SUMMARY:Webinar Bumeran: Cómo destacar en una entrevista laboral
UID:ZOOMWEBINAR86011529904-lu
TZID:America/Argentina/Buenos_Aires
DESCRIPTION:Hola Lucía Benedetti\,\n\nGracias por registrarte en "Cómo destacar en una entrevista laboral". Una especialista en selección comparte las preguntas más frecuentes\, cómo contar tus logros y cómo negociar salario.\n\nUnite desde una PC\, Mac\, iPad o Android:\nhttps://us06web.zoom.us/w/86011529904?tk=Qm9tZXJhbldlYmluYXJMdQ\n\nID de seminario web: 860 1152 9904\n
LOCATION:https://us06web.zoom.us/w/86011529904?tk=Qm9tZXJhbldlYmluYXJMdQ
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    negative(
        kind="google-invite-workshop",
        uid="1e7qitlqno8cutfohlq93747jr@google.com",
        trap="teaching-workshop-interview-technique",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261010T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20261010T130000
DTSTAMP:20260928T141000Z
ORGANIZER;CN=Capacitación APR:mailto:capacitacion@apr.example.org.ar
UID:1e7qitlqno8cutfohlq93747jr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Capacitación APR;X-NUM-GUESTS=0:mailto:capacitacion@apr.example.org.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260928T140959Z
DESCRIPTION:Taller presencial para socios de la Asociación de Productores Radiales: "Técnicas de entrevista radial: de la pre-entrevista al móvil en vivo". Docente: Lucía Benedetti (Radio Platense). Cupo 20 personas. Lucía\, te reservamos el aula con consola.{GOOGLE_FOOTER_ES}
LAST-MODIFIED:20260928T140959Z
LOCATION:APR – Av. Independencia 1960\, Aula 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Taller: Técnicas de entrevista radial (docente: Lucía Benedetti)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-press",
        uid="37ukpav1qmlku48135dcfc556t@google.com",
        trap="press-interview-user-is-subject",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260923T180000
DTEND;TZID=America/Argentina/Buenos_Aires:20260923T190000
DTSTAMP:20260917T123309Z
ORGANIZER;CN=Julián Bravo:mailto:julian.bravo@revistaoir.example.com.ar
UID:37ukpav1qmlku48135dcfc556t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julián Bravo;X-NUM-GUESTS=0:mailto:julian.bravo@revistaoir.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260917T123308Z
DESCRIPTION:Hola Lucía! Te confirmo la entrevista para la nota de tapa de Revista Oír sobre podcasts independientes: queremos hablar de Ruido Blanco\, cómo lo financian y qué viene en la segunda temporada. Vamos con fotógrafa.{GOOGLE_FOOTER_ES}
LAST-MODIFIED:20260917T123308Z
LOCATION:Café Ninina\, Gorriti 4738
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista para Revista Oír – nota sobre "Ruido Blanco"
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-research",
        uid="shb7u2n4kdq0a1lgiu8pq5m3rc@google.com",
        trap="research-interview-thesis-consent",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261020T180000
DTEND;TZID=America/Argentina/Buenos_Aires:20261020T190000
DTSTAMP:20261014T203715Z
ORGANIZER;CN=Agostina Ramos:mailto:agostina.ramos@estudiantes.unso.example.edu.ar
UID:shb7u2n4kdq0a1lgiu8pq5m3rc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Agostina Ramos;X-NUM-GUESTS=0:mailto:agostina.ramos@estudiantes.unso.example.edu.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261014T203714Z
DESCRIPTION:Hola Lucía\, mil gracias por aceptar. Es una entrevista semiestructurada para mi tesis de Maestría en Comunicación (UNSO) sobre condiciones de trabajo en la producción radial. Dura una hora\, la grabo con tu consentimiento y los datos se anonimizan. Te mando el consentimiento informado por mail.\nAgostina\n\nUnirse con Google Meet: https://meet.google.com/fyr-nkwe-abq{GOOGLE_FOOTER_ES}
LAST-MODIFIED:20261014T203714Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista tesis de maestría – trabajo en producción radial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-coffee",
        uid="F5574EEE-42B4-4B7E-9AEC-94D0B7E723D9",
        trap="informational-coffee-named-employer",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260901T232004Z
DESCRIPTION:Pili laburó 2 años en Cauce. Preguntarle cómo es el equipo de audio\, sueldos en dólares?\, si Tom es buen jefe.
DTEND:20260905T123000
DTSTAMP:20260901T232040Z
DTSTART:20260905T110000
LAST-MODIFIED:20260901T232040Z
LOCATION:Café Crespín
SEQUENCE:0
SUMMARY:Café con Pili (ex Cauce) – cómo es trabajar ahí
TRANSP:OPAQUE
UID:F5574EEE-42B4-4B7E-9AEC-94D0B7E723D9
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-export-all-day",
        uid="a9s2l1mvb3k7o0q5t8r4e6j2hc@google.com",
        trap="job-fair-all-day",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lu.benedetti.radio@gmail.com
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261015
DTEND;VALUE=DATE:20261016
DTSTAMP:20261103T011500Z
UID:a9s2l1mvb3k7o0q5t8r4e6j2hc@google.com
CREATED:20260920T183000Z
DESCRIPTION:Expo Empleo Comunicación & Medios 2026. Stands de productoras\, agencias y plataformas. Llevar CVs impresos (10) y tarjetas. Charlas de RRHH a las 15.
LAST-MODIFIED:20260920T183000Z
LOCATION:Centro de Convenciones del Plata\, Av. Figueroa Alcorta 2099
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Expo Empleo Comunicación & Medios
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-referee-call",
        uid="040000008200E00074C5B7101A82E00800000000A02027C92C5A7B7D000000000000000010000000057E4FC0FFD45206FAEE47DE0B414EA11",
        trap="referee-reference-call-user-is-reference",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN="Benedetti, Lucía";RSVP=TRUE:mailto:lbenedetti@radioplatense.example.com.ar
CLASS:PUBLIC
CREATED:20261023T130511Z
DESCRIPTION:Lucía\, buen día. Matías Sosa te dejó como referencia laboral para la búsqueda de Productor de nuestra emisora. ¿Te puedo llamar 15 minutos el miércoles a las 17? Te voy a preguntar por su desempeño en Radio Platense (2022-2025).\n\nGracias!\nSoledad Ferrari\nRRHH – La Usina FM
DTEND;TZID="Argentina Standard Time":20261028T171500
DTSTAMP:20261023T130511Z
DTSTART;TZID="Argentina Standard Time":20261028T170000
LAST-MODIFIED:20261023T130511Z
LOCATION:Llamada telefónica
ORGANIZER;CN="Ferrari, Soledad":mailto:sferrari@lausinafm.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Referencias laborales – Matías Sosa (postulante a Productor\, La Usina FM)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A02027C92C5A7B7D000000000000000010000000057E4FC0FFD45206FAEE47DE0B414EA11
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-prep-block",
        uid="5A71976F-41A9-4D3F-A3D4-0C4FC057A8F6",
        trap="prep-block-named-employer",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261003T141301Z
DESCRIPTION:Para el onsite del jueves: repasar reel\, 3 historias STAR (corte de aire\, equipo remoto\, episodio que salió mal)\, preguntas para Tom y Ana.
DTEND:20261007T220000
DTSTAMP:20261003T141322Z
DTSTART:20261007T200000
LAST-MODIFIED:20261003T141322Z
SEQUENCE:0
SUMMARY:Preparar entrevista Cauce – reel + STAR
TRANSP:OPAQUE
UID:5A71976F-41A9-4D3F-A3D4-0C4FC057A8F6
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-reminder-alarm",
        uid="1F36619F-320D-402F-A259-1A6A2C597B8F",
        trap="thank-you-reminder-named-employer",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{APPLE_BA}
BEGIN:VEVENT
CREATED:20260918T150010Z
DTEND;TZID=America/Argentina/Buenos_Aires:20260918T181500
DTSTAMP:20260918T150021Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20260918T180000
LAST-MODIFIED:20260918T150021Z
SEQUENCE:0
SUMMARY:Mandar mail de agradecimiento a Jaime y Valeria (Ondacorta)
TRANSP:TRANSPARENT
UID:1F36619F-320D-402F-A259-1A6A2C597B8F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20260918T210000Z
UID:4E2A7C18-93B5-4F0D-A6E1-C8D07F35B921
X-WR-ALARMUID:4E2A7C18-93B5-4F0D-A6E1-C8D07F35B921
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-recruiter-call",
        uid="040000008200E00074C5B7101A82E00800000000AF784AED4B276B4900000000000000001000000007A846FE02B76465E44247191DA0078A2",
        trap="recruiter-confidential-search-no-employer",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN=lu.benedetti.radio@gmail.com;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
CLASS:PUBLIC
CREATED:20260905T171200Z
DESCRIPTION:Hola Lucía\, gracias por aceptar la conexión en LinkedIn. Te quería contar de una búsqueda confidencial de Productor/a Senior para una empresa de contenidos (todavía no puedo decirte el nombre del cliente). Si te interesa\, charlamos 15 minutos por teléfono y te cuento el rango y el esquema.\n\nAgustina Lamas\nConsultora Sr. – Nexo RH
DTEND;TZID="Argentina Standard Time":20260909T121500
DTSTAMP:20260905T171200Z
DTSTART;TZID="Argentina Standard Time":20260909T120000
LAST-MODIFIED:20260905T171200Z
LOCATION:Llamada – te llamo al celular
ORGANIZER;CN="Lamas, Agustina":mailto:agustina.lamas@nexo-rh.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Llamada Nexo RH – búsqueda confidencial Productor/a Senior
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AF784AED4B276B4900000000000000001000000007A846FE02B76465E44247191DA0078A2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-family",
        uid="6CEFFCA4-54C5-451B-B464-3BADE5AA715E",
        trap="family-member-job-interview",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261027T234501Z
DESCRIPTION:Entrevista laboral de Mateo en la aseguradora (10 hs\, Catalinas). Llevarlo en el auto y esperarlo\, después almorzamos.
DTEND:20261030T113000
DTSTAMP:20261027T234533Z
DTSTART:20261030T090000
LAST-MODIFIED:20261027T234533Z
LOCATION:Catalinas
SEQUENCE:0
SUMMARY:Llevar a Mateo a su entrevista laboral 10hs
TRANSP:OPAQUE
UID:6CEFFCA4-54C5-451B-B464-3BADE5AA715E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-export-family",
        uid="n4f8c2k6p0s3u7x1z5b9d3g7j1@google.com",
        trap="family-school-admission-interview",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familia Benedetti
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261106T093000
DTEND;TZID=America/Argentina/Buenos_Aires:20261106T103000
DTSTAMP:20261103T011500Z
ORGANIZER;CN=flor.benedetti@gmail.com:mailto:flor.benedetti@gmail.com
UID:n4f8c2k6p0s3u7x1z5b9d3g7j1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=flor.benedetti@gmail.com;X-NUM-GUESTS=0:mailto:flor.benedetti@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261021T201020Z
DESCRIPTION:Entrevista de admisión de Oli en el jardín (sala de 3). Lu me acompaña porque Pablo está de viaje.
LAST-MODIFIED:20261021T201020Z
LOCATION:Jardín Los Girasoles\, Av. Forest 1120
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de admisión jardín – Olivia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-consulate",
        uid="72791448-4539-4389-BE36-D32BC117FB78",
        trap="consular-appointment-entrevista",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{APPLE_BA}
BEGIN:VEVENT
CREATED:20260814T020017Z
DESCRIPTION:Turno ciudadanía italiana por línea paterna: entrevista + presentación de documentos. Llevar partidas apostilladas y traducidas\, DNI\, pasaporte\, comprobante de turno (código BA-CIT-2026-11877).
DTEND;TZID=America/Argentina/Buenos_Aires:20261120T100000
DTSTAMP:20260814T020049Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261120T084500
LAST-MODIFIED:20260814T020049Z
LOCATION:Consulado General de Italia\, Reconquista 572
SEQUENCE:0
SUMMARY:Turno Consulado Italia – ciudadanía (entrevista)
TRANSP:OPAQUE
UID:72791448-4539-4389-BE36-D32BC117FB78
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P1D
UID:7D0C5B2E-61A4-4F93-8E27-3AB9F0D41C66
X-WR-ALARMUID:7D0C5B2E-61A4-4F93-8E27-3AB9F0D41C66
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-personal",
        uid="DAF09E60-91B7-475A-BD99-A8E12CD7295C",
        trap="therapy-intake-entrevista-de-admision",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260920T133302Z
DTEND:20260924T200000
DTSTAMP:20260920T133318Z
DTSTART:20260924T190000
LAST-MODIFIED:20260920T133318Z
LOCATION:Lic. Funes – Güemes 4210 PB B
SEQUENCE:0
SUMMARY:Entrevista de admisión – Lic. Carla Funes (psicóloga)
TRANSP:OPAQUE
UID:DAF09E60-91B7-475A-BD99-A8E12CD7295C
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    negative(
        kind="thunderbird-personal",
        uid="8a3c6f01-9e2d-4b57-a418-c07e5d2b9f63",
        trap="rental-agency-entrevista",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_BA}
BEGIN:VEVENT
CREATED:20260929T004412Z
LAST-MODIFIED:20260929T004440Z
DTSTAMP:20260929T004440Z
UID:8a3c6f01-9e2d-4b57-a418-c07e5d2b9f63
SUMMARY:Entrevista inmobiliaria – garantía depto Colegiales
DTSTART;TZID=America/Argentina/Buenos_Aires:20261003T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20261003T120000
LOCATION:Inmobiliaria Lacroze\, Federico Lacroze 2350
DESCRIPTION:Llevar recibos de sueldo (3)\, seguro de caución aprobado\, DNI.
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-german-press",
        uid="040000008200E00074C5B7101A82E00800000000798F32E5430FD385000000000000000010000000078E636CF859DC1797FD643F8A4A86D47",
        trap="german-press-interview-user-guest",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN=lu.benedetti.radio@gmail.com;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
CLASS:PUBLIC
CREATED:20261106T101544Z
DESCRIPTION:Liebe Frau Benedetti\,\n\nvielen Dank\, dass Sie uns für unsere Sendung "Weltempfang" ein Interview über den Podcastmarkt in Argentinien geben. Das Gespräch wird aufgezeichnet (ca. 20 Minuten\, auf Englisch oder Spanisch mit Übersetzung) und am 22.11. ausgestrahlt.\n\nMit freundlichen Grüßen\nHenrike Lange\nRedaktion Weltempfang – Radio Hanse\n\nZoom: https://radiohanse.zoom.us/j/95520146738
DTEND;TZID="W. Europe Standard Time":20261116T144500
DTSTAMP:20261106T101544Z
DTSTART;TZID="W. Europe Standard Time":20261116T140000
LAST-MODIFIED:20261106T101544Z
LOCATION:Zoom
ORGANIZER;CN="Lange, Henrike":mailto:h.lange@radiohanse.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-de:Interview Radio Hanse "Weltempfang": Podcastmarkt Argentinien (Gast: Lucía Benedetti)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000798F32E5430FD385000000000000000010000000078E636CF859DC1797FD643F8A4A86D47
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-french",
        uid="k2m6q0t4w8a2c6e0g4i8l2o6r0@google.com",
        trap="french-podcast-guest-entretien",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_PARIS}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261125T150000
DTEND;TZID=Europe/Paris:20261125T160000
DTSTAMP:20261112T093015Z
ORGANIZER;CN=Camille Perrin:mailto:camille.perrin@lesvoixdusud.example.fr
UID:k2m6q0t4w8a2c6e0g4i8l2o6r0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Perrin;X-NUM-GUESTS=0:mailto:camille.perrin@lesvoixdusud.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20261112T093014Z
DESCRIPTION:Bonjour Lucía\,\n\nMerci d'avoir accepté d'être notre invitée ! Entretien enregistré pour l'épisode 42 des "Voix du Sud" (le podcast des médias d'Amérique latine) : ton parcours\, la radio à Buenos Aires et "Ruido Blanco". Durée : 45 minutes\, en espagnol (sous-titres et doublage ensuite).\n\nCamille\n\nRejoindre avec Google Meet : https://meet.google.com/pzh-cvua-xro\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/
LAST-MODIFIED:20261112T093014Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – Les Voix du Sud ép. 42 (invitée : Lucía Benedetti)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-performance-review",
        uid="040000008200E00074C5B7101A82E0080000000025C54488C52315AA0000000000000000100000000982F0AD8836ED41E7058971F68013F9B",
        trap="performance-review-own-employer-entrevista",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Carrizo, Osvaldo":mailto:ocarrizo@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Toledo, Silvina":mailto:stoledo@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Entrevista de evaluación de desempeño anual (ciclo 2026). Completá antes la autoevaluación en el formulario de RRHH. Repasamos objetivos\, temporada del vespertino y plan 2027.\n\nOsvaldo
UID:040000008200E00074C5B7101A82E0080000000025C54488C52315AA0000000000000000100000000982F0AD8836ED41E7058971F68013F9B
SUMMARY;LANGUAGE=es-AR:Entrevista de desempeño anual – Lucía Benedetti
DTSTART;TZID=Argentina Standard Time:20261203T110000
DTEND;TZID=Argentina Standard Time:20261203T120000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261118T150220Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Oficina Gerencia de Programación
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="calendly-invitee",
        uid="b7e1d5c9a3f7e1d5c9a3f7e1d5@google.com",
        trap="career-coaching-calendly-mock-competencies",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260929T220000Z
DTEND:20260929T230000Z
DTSTAMP:20260922T120044Z
ORGANIZER;CN=Verónica Albano:mailto:vero@coachingalbano.example.com.ar
UID:b7e1d5c9a3f7e1d5c9a3f7e1d5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Verónica Albano;X-NUM-GUESTS=0:mailto:vero@coachingalbano.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Benedetti;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260922T120043Z
DESCRIPTION:Event Name: Sesión de coaching de carrera (60 min)\n\nLocation: This is a Google Meet web conference. Join now: https://meet.google.com/vbq-sxhy-emo\n\nPlease share anything that will help prepare for our meeting.: Sesión 3. Quiero practicar entrevista por competencias (STAR) para las búsquedas de podcast y el coloquio del concurso.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/2d9a0c4e-71f3-4b8e-a5d6-e0f3b7c19a42\nReschedule: https://calendly.com/reschedulings/2d9a0c4e-71f3-4b8e-a5d6-e0f3b7c19a42\n\nPowered by Calendly.com
LAST-MODIFIED:20260922T120043Z
LOCATION:https://meet.google.com/vbq-sxhy-emo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sesión de coaching de carrera (60 min) between Verónica Albano and Lucía Benedetti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-networking",
        uid="u3w7y1a5c9e3g7i1k5m9o3q7s1@google.com",
        trap="networking-coffee-applied-company-employee",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260827T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20260827T100000
DTSTAMP:20260824T201502Z
ORGANIZER;CN=Daniela Robles:mailto:daniela.robles@sonaraudio.example.com
UID:u3w7y1a5c9e3g7i1k5m9o3q7s1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniela Robles;X-NUM-GUESTS=0:mailto:daniela.robles@sonaraudio.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260824T201501Z
DESCRIPTION:Lu! Café antes de la oficina así nos ponemos al día. Te cuento cómo estamos armando el equipo de Originals en español y quién es quién en Sonar. Dani{GOOGLE_FOOTER_ES}
LAST-MODIFIED:20260824T201501Z
LOCATION:Lattente\, Thames 1891
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café ☕ Lucía / Dani
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000368851918DF1605F00000000000000001000000002C4C5FF957AD5F2DA5116035C74EBDDF",
        trap="trade-meeting-interview-words-recurring",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Carrizo, Osvaldo":mailto:ocarrizo@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villar, Marcos":mailto:mvillar@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Producción Vespertino":mailto:produccion.vespertino@radioplatense.example.com.ar
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sala Reuniones 4° piso":mailto:sala.4piso@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Pauta semanal del vespertino: entrevistas de la semana\, móviles\, columnistas y temas de agenda. Cada productor trae su lista de invitados confirmados y a confirmar.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000368851918DF1605F00000000000000001000000002C4C5FF957AD5F2DA5116035C74EBDDF
SUMMARY;LANGUAGE=es-AR:Reunión de producción – pauta semanal (entrevistas y móviles)
DTSTART;TZID=Argentina Standard Time:20260831T113000
DTEND;TZID=Argentina Standard Time:20260831T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260826T191200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Reuniones 4° piso
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="ios-medical",
        uid="39FC7596-FF1A-46CF-9AFC-AB86E6151CC4",
        trap="preocupacional-medical-exam-after-offer",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261118T191522Z
DESCRIPTION:Examen preocupacional para Banco Pampa: análisis de sangre\, placa de tórax\, electro y audiometría. Ir en ayunas\, llevar DNI y la orden que mandó RRHH.
DTEND:20261123T100000
DTSTAMP:20261118T191548Z
DTSTART:20261123T073000
LAST-MODIFIED:20261118T191548Z
LOCATION:Centro Médico Laboral Palermo\, Scalabrini Ortiz 2730
SEQUENCE:0
SUMMARY:Preocupacional Banco Pampa 🩺 en ayunas
TRANSP:OPAQUE
UID:39FC7596-FF1A-46CF-9AFC-AB86E6151CC4
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-german",
        uid="c5e9g3i7k1m5o9q3s7u1w5y9a3@google.com",
        trap="german-course-placement-gespraech",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260912T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20260912T103000
DTSTAMP:20260905T142030Z
ORGANIZER;CN=Sprachabteilung ICAP:mailto:sprachkurse@icap.example.org.ar
UID:c5e9g3i7k1m5o9q3s7u1w5y9a3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sprachabteilung ICAP;X-NUM-GUESTS=0:mailto:sprachkurse@icap.example.org.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260905T142029Z
DESCRIPTION:Liebe Frau Benedetti\,\n\nhiermit bestätigen wir Ihr Einstufungsgespräch für den Deutschkurs (Niveau A2/B1) am Instituto Cultural Alemán del Plata. Das Gespräch dauert etwa 20 Minuten\; bitte bringen Sie Ihr letztes Zeugnis mit.\n\nHola Lucía: te confirmamos la entrevista de nivelación para el curso de alemán.\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20260905T142029Z
LOCATION:Instituto Cultural Alemán del Plata – Av. Corrientes 319\, 2° piso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Einstufungsgespräch Deutschkurs – Lucía Benedetti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-export-field-recording",
        uid="e7g1i5k9m3o7q1s5u9w3y7a1c5@google.com",
        trap="field-recording-documentary-interviews",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lu.benedetti.radio@gmail.com
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261114T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20261114T170000
DTSTAMP:20261103T011500Z
UID:e7g1i5k9m3o7q1s5u9w3y7a1c5@google.com
CREATED:20261028T001200Z
DESCRIPTION:Doc sonoro "Riachuelo": entrevistas a ex trabajadores del astillero (Don Ramón 10 hs\, Chela 12 hs\, los hermanos Ortiz 15 hs). Grabador Zoom H6 + 2 corbateros\, pilas\, autorizaciones firmadas. Gastón lleva el boom.
LAST-MODIFIED:20261028T001200Z
LOCATION:Astillero viejo\, Tigre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grabación doc – entrevistas ex trabajadores astillero (Tigre)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-invite-panel-speaker",
        uid="g9i3k7m1o5q9s3u7w1y5a9c3e7@google.com",
        trap="conference-panel-about-producing-interviews",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261121T160000
DTEND;TZID=America/Argentina/Buenos_Aires:20261121T170000
DTSTAMP:20261109T183005Z
ORGANIZER;CN=Expo Podcast BA:mailto:programacion@expopodcastba.example.com.ar
UID:g9i3k7m1o5q9s3u7w1y5a9c3e7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Expo Podcast BA;X-NUM-GUESTS=0:mailto:programacion@expopodcastba.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tati Bermúdez;X-NUM-GUESTS=0:mailto:tati.bermudez@gmail.com
CREATED:20261109T183004Z
DESCRIPTION:Panel "Producir entrevistas que funcionan: del guion a la repregunta". Panelistas: Lucía Benedetti (Radio Platense / Ruido Blanco) y Tati Bermúdez. Modera: Expo Podcast BA. Llegar 30 minutos antes para prueba de micrófonos.{GOOGLE_FOOTER_ES}
LAST-MODIFIED:20261109T183004Z
LOCATION:Expo Podcast BA – Sala Auditorio\, Usina del Arte
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Panel Expo Podcast: "Producir entrevistas que funcionan" (panelista)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    negative(
        kind="google-export-screening",
        uid="i1k5m9o3q7s1u5w9y3a7c1e5g9@google.com",
        trap="screening-word-film-event",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lu.benedetti.radio@gmail.com
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261017T200000
DTEND;TZID=America/Argentina/Buenos_Aires:20261017T223000
DTSTAMP:20261103T011500Z
UID:i1k5m9o3q7s1u5w9y3a7c1e5g9@google.com
CREATED:20261008T220000Z
DESCRIPTION:Screening del documental "Voces del puerto" + charla con la directora (Q&A). Entradas en la app\, ir con Gastón.
LAST-MODIFIED:20261008T220000Z
LOCATION:Cine Cosmos del Plata\, Av. Corrientes 2046
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Screening "Voces del puerto" + Q&A
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
]
