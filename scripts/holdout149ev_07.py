# ruff: noqa: E501
"""holdout149 events, part 7: typed entries, French, Outlook, Laredo and San Antonio (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="typed-floating",
        uid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        label=(1, "Grupo Vértice", "", "", "", "typed-floating-entrev-abbreviation"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
DTSTAMP:20250114T031902Z
CREATED:20250114T031840Z
DTSTART:20250117T170000
DTEND:20250117T180000
SUMMARY:entrev. vertice cedis apodaca
LOCATION:Av. Los Cristales 301\, Apodaca
DESCRIPTION:preguntar x Sr. Montemayor en recepcion. salir de CN 4:15 pm (
 pedir permiso a Ing. Garza\, decir q es cita médica)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="allday-trip",
        uid="2b9f7e04-5c1a-4d3e-b8a6-9e0d1c2f3a4b",
        label=(1, "Ensambles Arteaga", "Gerente de Logística", "onsite", "",
               "typed-all-day-trip-onsite-interview-saltillo"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250319T020144Z
UID:2b9f7e04-5c1a-4d3e-b8a6-9e0d1c2f3a4b
DTSTART;VALUE=DATE:20250324
DTEND;VALUE=DATE:20250325
DTSTAMP:20250319T020312Z
SUMMARY:Saltillo - Ensambles Arteaga (entrevistas Gte Logística)
DESCRIPTION:10:00 RH\n11:00 gte planta\n12:30 recorrido + comida con equi
 po\nsalir 7am por carretera\, caseta\, gasolina -> pedir reembolso\npedí
  el día como vacaciones
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="french-entretien",
        uid="7c3e9a1b-4f2d-48e6-a0b5-vautrin-ent-0407",
        label=(1, "Groupe Vautrin", "Directeur Logistique Site Ramos Arizpe (H/F)", "hiring_manager",
               "claire.dumontet@vautrin-group.com", "french-entretien-visio-paris-tz"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:7c3e9a1b-4f2d-48e6-a0b5-vautrin-ent-0407
DTSTAMP:20250401T081244Z
DTSTART;TZID=Romance Standard Time:20250407T163000
DTEND;TZID=Romance Standard Time:20250407T173000
SUMMARY;LANGUAGE=fr-FR:Entretien visio - M. Rafael Mendoza - Directeur Log
 istique Site Ramos Arizpe (H/F)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Mendoza\,\n\nSuite à votre éc
 hange avec notre cabinet\, je vous propose un entretien en visioconférence
  afin de vous présenter le projet de montée en cadence de notre site de Ra
 mos Arizpe. L'entretien pourra se dérouler en anglais ou en espagnol.\n\nAt
 tention : l'heure indiquée est l'heure de Paris (08h30 à Monterrey).\n\nBi
 en cordialement\,\nClaire Dumontet\nDirectrice Supply Chain Amériques\nGrou
 pe Vautrin\n\n________________________________________________________________
 ________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\,
  application mobile ou appareil de salle\nhttps://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_NzE0ZDk1%40thread.v2/0\nID de la réunion : 318 774 20
 9 115\nCode secret : Vq4tP8
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
ORGANIZER;CN="Dumontet, Claire":mailto:Claire.Dumontet@vautrin-group.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafa.mendoza.mty@gmail.com:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams",
        uid="040000008200E00074C5B7101A82E008000000002C7F19A8E378DB0100000000000000001000000055C4B3A291807F6E5D4C3B2A19087654",
        label=(1, "Distribuidora Regia de Refacciones", "Gerente de Almacén General", "hiring_manager",
               "leticia.rangel@refaccionesregia.com.mx;samuel.ochoa@refaccionesregia.com.mx",
               "outlook-teams-two-managers-central-mexico"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Rangel Cavazos, Leticia":mailto:Leticia.Rangel@refaccionesregia.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafa.mendoza.mty@gmail.com:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Samuel":mailto:Samuel.Ochoa@refaccionesregia.com.mx
DESCRIPTION;LANGUAGE=es-MX:Rafael\, buenas tardes. Te envío la invitación
  para platicar sobre la vacante de Gerente de Almacén General (CEDIS Guad
 alupe\, 38\,000 SKUs). Nos acompaña Samuel Ochoa\, Director Comercial.\n\
 n________________________________________________________________________
 ________\nReunión de Microsoft Teams\nÚnase desde el equipo\, la aplicaci
 ón móvil o un dispositivo de sala\nHaga clic aquí para unirse a la reunió
 n\nId. de reunión: 297 446 108 532\nCódigo de acceso: Mz3Vq7\n\nMarcar po
 r teléfono\n+52 55 4161 2389\,\,418880266# México\, Ciudad de México\n
UID:040000008200E00074C5B7101A82E008000000002C7F19A8E378DB0100000000000000001000000055C4B3A291807F6E5D4C3B2A19087654
SUMMARY;LANGUAGE=es-MX:Entrevista - Gerente de Almacén General
DTSTART;TZID=Central Standard Time (Mexico):20250226T160000
DTEND;TZID=Central Standard Time (Mexico):20250226T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T210117Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:leticia.rangel@refaccionesregia.com.mx\;gruu\;opaque=app:conf:focus:id:A1B2C3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="retail-screen",
        uid="hl-int-58102-rmendoza@hireline.io",
        label=(1, "Tiendas del Valle", "Gerente de Centro de Distribución Saltillo", "recruiter_screen",
               "andrea.villalobos@tiendasdelvalle.mx", "local-ats-hireline-screen-retail"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Hireline//Agenda de entrevistas//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hl-int-58102-rmendoza@hireline.io
DTSTAMP:20250402T183000Z
DTSTART:20250404T160000Z
DTEND:20250404T164500Z
SUMMARY:Entrevista con Tiendas del Valle - Gerente de Centro de Distribuci
 ón Saltillo
DESCRIPTION:¡Hola Rafael!\n\nTiendas del Valle quiere conocerte. Tu entrev
 ista con Andrea Villalobos (Atracción de Talento) es por videollamada.\n\n
 Enlace: https://meet.google.com/hqe-wpdn-xrt\n\nTips: llega 5 minutos ante
 s\, revisa tu conexión y ten tu CV a la mano.\n\nHireline · Empleos para
  profesionales
LOCATION:https://meet.google.com/hqe-wpdn-xrt
ORGANIZER;CN=Hireline:mailto:entrevistas@hireline.io
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Andrea Villalobos;PARTSTAT=ACCEPTED:mailto:andrea.villalobos@tiendasdelvalle.mx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="retail-final",
        uid="5a0f1d7b3e@rafa-pixel",
        label=(1, "Tiendas del Valle", "", "final", "Ing. Rogelio del Valle",
               "typed-final-with-owner-family-name-company"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:5a0f1d7b3e@rafa-pixel
DTSTAMP:20250416T001204Z
DTSTART:20250423T090000
DTEND:20250423T103000
SUMMARY:Del Valle - última entrevista con Ing. Rogelio del Valle (dueño)
DESCRIPTION:Oficinas corporativas Blvd. V. Carranza\, Saltillo. Andrea di
 ce que es la decisión final\, él pregunta mucho de costos y merma. Llevar
  números de reducción de merma 2024.
LOCATION:Saltillo
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-screen",
        uid="zoom-86501237744-20250219T1530@zoom.us",
        label=(1, "Border Star Warehousing", "Bonded Warehouse Manager", "recruiter_screen",
               "lmartinez@borderstarwh.com", "zoom-english-bonded-warehouse-laredo"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
LAST-MODIFIED:20240422T053450Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZNAME:CDT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CST
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250214T170244Z
DTSTART;TZID=America/Chicago:20250219T153000
DTEND;TZID=America/Chicago:20250219T161500
SUMMARY:Border Star - Bonded Warehouse Manager - intro call w/ Rafael Men
 doza
UID:zoom-86501237744-20250219T1530@zoom.us
TZID:America/Chicago
DESCRIPTION:Luis Martinez is inviting you to a scheduled Zoom meeting.\n\n
 Topic: Border Star - Bonded Warehouse Manager - intro call w/ Rafael Mendo
 za\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/86501237744?pwd=bGx4Wm
 RkY3\n\nMeeting ID: 865 0123 7744\nPasscode: 7Hs2k1\n\n---\n\nOne tap mobi
 le\n+13462487799\,\,86501237744#\,\,\,\,*904512# US (Houston)\n\nDial by y
 our location\n• +1 346 248 7799 US (Houston)\n• +52 554 161 4288 Mexico\n
LOCATION:https://us06web.zoom.us/j/86501237744?pwd=bGx4WmRkY3
ORGANIZER;CN=Luis Martinez:mailto:lmartinez@borderstarwh.com
ATTENDEE;CN=rafa.mendoza.mty@gmail.com;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-english",
        uid="wd-int-8c41e7f2-0a3b-4d9c-b6e5-HAS-JR0091534",
        label=(1, "Hillcrest Axle Systems", "Plant Logistics Manager", "hiring_manager",
               "brian.schultz@hillcrestaxle.com;veronica.pena@hillcrestaxle.com",
               "workday-english-san-antonio-hiring-manager"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:DAYLIGHT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:wd-int-8c41e7f2-0a3b-4d9c-b6e5-HAS-JR0091534
DTSTAMP:20250321T133104Z
SEQUENCE:0
DTSTART;TZID=America/Chicago:20250327T100000
DTEND;TZID=America/Chicago:20250327T110000
SUMMARY:Interview: Plant Logistics Manager (JR0091534) - Rafael Mendoza
LOCATION:Microsoft Teams
DESCRIPTION:Interview Schedule\n\nCandidate: Rafael Mendoza\nJob Requisiti
 on: JR0091534 Plant Logistics Manager - San Antonio\, TX (Hillcrest Axle
  Systems)\n\n10:00 AM - 10:30 AM CDT  Brian Schultz\, Plant Manager\n10:30
  AM - 11:00 AM CDT  Verónica Peña\, HR Business Partner\n\nJoin on Micros
 oft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE3Yz
 %40thread.v2/0\n\nThis message was sent from Workday.
ORGANIZER;CN=Hillcrest Axle Talent Acquisition:mailto:hillcrestaxle@myworkday.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Brian Schultz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:brian.schultz@hillcrestaxle.com
ATTENDEE;CN=Verónica Peña;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:veronica.pena@hillcrestaxle.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
