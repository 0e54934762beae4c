# ruff: noqa: E501
"""holdout149 events, part 2: the German auto supplier and the Spanish retailer (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="successfactors-screen",
        uid="SF-IS-20250121-00042817-KFT@sapsf.eu",
        label=(1, "Kessler Fahrzeugtechnik", "Logistics Manager Plant Querétaro (m/f/d)", "recruiter_screen",
               "daniela.ortiz@kessler-automotive.com", "successfactors-english-screen-mexico-city-tz"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-IS-20250121-00042817-KFT@sapsf.eu
DTSTAMP:20250121T154411Z
SEQUENCE:0
DTSTART;TZID=America/Mexico_City:20250124T110000
DTEND;TZID=America/Mexico_City:20250124T113000
SUMMARY:Interview - Logistics Manager Plant Querétaro (m/f/d) - Req 42817
ORGANIZER;CN=Kessler Careers:mailto:careers-noreply@kessler-automotive.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Daniela Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniela.ortiz@kessler-automotive.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Rafael Mendoza\,\n\nThank you for your application to Ke
 ssler Automotive México\, S. de R.L. de C.V. We are pleased to invite yo
 u to a first interview for the position Logistics Manager Plant Querétaro
  (m/f/d).\n\nInterviewer: Daniela Ortiz\, Talent Acquisition Partner LATA
 M\nFormat: Microsoft Teams\, approx. 30 minutes\, English and Spanish\n\nJo
 in on your computer\, mobile app or room device\nhttps://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_ZmE2Yjk4%40thread.v2/0\nMeeting ID: 391 205
  448 716\nPasscode: 8dXk3u\n\nKind regards\,\nKessler Fahrzeugtechnik GmbH
  - Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-german",
        uid="040000008200E00074C5B7101A82E00800000000B8F3D6C2A972DB010000000000000000100000009E8D7C6B5A4938271605F4E3D2C1B0A9",
        label=(1, "Kessler Fahrzeugtechnik", "Logistics Manager Plant Querétaro (m/f/d)", "hiring_manager",
               "markus.hoffmann@kessler-automotive.com", "german-vorstellungsgespraech-berlin-tz-teams"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Markus (KFT-LOG)":mailto:Markus.Hoffmann@kessler-automotive.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafa.mendoza.mty@gmail.com:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ortiz, Daniela (KAM-HR)":mailto:Daniela.Ortiz@kessler-automotive.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Mendoza\,\n\nwie mit Frau Ortiz abge
 stimmt\, lade ich Sie zu einem Vorstellungsgespräch per Teams ein. Ich le
 ite die Werkslogistik im Verbund Süd und bin künftiger Vorgesetzter der P
 osition in Querétaro. Wir können das Gespräch gerne auf Englisch führen.\n\
 nBitte beachten Sie: die Uhrzeit ist MEZ (bei Ihnen 08:00 Uhr).\n\nViele G
 rüße\nMarkus Hoffmann\nLeiter Werkslogistik\n\n___________________________
 _____________________________________________\nMicrosoft Teams-Besprechung
 \nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät bei
 \nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ0NmE3%40thread
 .v2/0\nBesprechungs-ID: 352 118 904 663\nKennung: 5Hq9Zr\n
UID:040000008200E00074C5B7101A82E00800000000B8F3D6C2A972DB010000000000000000100000009E8D7C6B5A4938271605F4E3D2C1B0A9
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Mendoza - Logistikleitung Werk Querétaro
DTSTART;TZID=W. Europe Standard Time:20250204T150000
DTEND;TZID=W. Europe Standard Time:20250204T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250129T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ0NmE3%40thread.v2/0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="plant-visit",
        uid="ef30a6b2-1c4d-4b1e-8d5a-77c2e0f4b913",
        label=(1, "Kessler Fahrzeugtechnik", "Gte Log. Planta", "onsite",
               "Claudia Reséndiz;Markus Hoffmann", "typed-onsite-plant-tour-queretaro"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
DTSTART:20221030T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250212T030114Z
DTEND;TZID=America/Mexico_City:20250220T150000
DTSTAMP:20250212T030230Z
DTSTART;TZID=America/Mexico_City:20250220T090000
LAST-MODIFIED:20250212T030230Z
LOCATION:Kessler Automotive - Parque Industrial El Marqués\, Qro.
SEQUENCE:0
SUMMARY:Kessler QRO - visita planta + entrevistas (Gte Log. Planta)
DESCRIPTION:vuelo MTY-QRO 6:05 VB1234 / regreso 19:40\nrecepción con Ing.
  Claudia Reséndiz (Gte. Planta) 9:00\, recorrido almacén + secuenciado JIS\
 , comida\, 13:00 sesión con Markus Hoffmann (viene de Alemania esa semana)\n\nllev
 ar: presentación KPIs CN (OTIF\, exactitud inv\, costo x pallet)\, INE\,
  zapato de seguridad
UID:ef30a6b2-1c4d-4b1e-8d5a-77c2e0f4b913
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT12H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="38b1d40fa2c9@rafa-pixel",
        label=(0, "", "", "", "", "interview-prep-block-german-supplier"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:38b1d40fa2c9@rafa-pixel
DTSTAMP:20250202T040122Z
DTSTART:20250203T203000
DTEND:20250203T220000
SUMMARY:Preparar entrevista Kessler - repasar inglés y casos STAR
DESCRIPTION:1) reducción de faltantes a línea 2023\n2) implementación WMS\n3
 ) conflicto con sindicato turno 3\nver video de VDA 6.3 / JIS / Kanban\n
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-spain",
        uid="personio-interview-1f8e2b6c-9d0a-4d7e-b1a3-6c5e4f3a2b10",
        label=(1, "Almacenes Olivar", "Director/a de Centro Logístico México", "recruiter_screen",
               "lucia.ferrandez@almacenesolivar.es", "personio-spain-spanish-madrid-tz"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//ES
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-1f8e2b6c-9d0a-4d7e-b1a3-6c5e4f3a2b10
DTSTAMP:20250305T101920Z
DTSTART;TZID=Europe/Madrid:20250311T170000
DTEND;TZID=Europe/Madrid:20250311T174500
SUMMARY:Entrevista por videollamada: Director/a de Centro Logístico México
  | Rafael Mendoza
DESCRIPTION:Hola Rafael\,\n\nos escribimos desde el equipo de Personas de
  Almacenes Olivar. Nos ha encantado tu candidatura y nos gustaría conocert
 e en una primera entrevista por videollamada.\n\nTe entrevistará: Lucía F
 errández (Talent Acquisition)\nEnlace: https://meet.google.com/pqx-rnab-t
 wu\n\nTen en cuenta que la hora indicada es la de Madrid (10:00 h en Monte
 rrey).\n\n¡Un saludo y hasta pronto!\nEquipo de Personas · Almacenes Oliva
 r
LOCATION:https://meet.google.com/pqx-rnab-twu
ORGANIZER;CN=Lucía Ferrández:mailto:lucia.ferrandez@almacenesolivar.es
ATTENDEE;CN=Rafael Mendoza;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Lucía Ferrández;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.ferrandez@almacenesolivar.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meet-second-round",
        uid="0vjb3mq6i2c1rkp8hjf9d4n7sa@google.com",
        label=(1, "Almacenes Olivar", "Director/a de Centro Logístico México", "hiring_manager",
               "ignacio.barbera@almacenesolivar.es;lucia.ferrandez@almacenesolivar.es",
               "google-invite-spain-segunda-entrevista"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250326T163000
DTEND;TZID=Europe/Madrid:20250326T173000
DTSTAMP:20250319T084512Z
ORGANIZER;CN=Lucía Ferrández:mailto:lucia.ferrandez@almacenesolivar.es
UID:0vjb3mq6i2c1rkp8hjf9d4n7sa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía
  Ferrández;X-NUM-GUESTS=0:mailto:lucia.ferrandez@almacenesolivar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ignac
 io Barberá;X-NUM-GUESTS=0:mailto:ignacio.barbera@almacenesolivar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rafa.mendoza.mty@gmail.com;X-NUM-GUESTS=0:mailto:rafa.mendoza.mty@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/wyd-kzho-ecr
CREATED:20250319T084459Z
DESCRIPTION:Rafael\, como te comenté por correo\, en esta segunda fase est
 aréis Ignacio Barberá (Director de Operaciones Logísticas) y yo. Hablaremo
 s del plan de apertura de la plataforma de Apodaca y de cómo organizarías
  el primer año. No hace falta preparar presentación.\n\n-::~:~::~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google
  Meet: https://meet.google.com/wyd-kzho-ecr\nO marca: (MX) +52 55 8421 09
 37 PIN: 604 118 275#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250319T084512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Olivar · Segunda entrevista Rafael Mendoza (Dir. Centro Logístico
  MX)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
