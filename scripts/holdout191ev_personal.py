"""holdout191: Valentina's personal life (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "gcal",
        "uid": "6b0r3t8h2n5k9s1c7q4v0m3d8e@google.com",
        "interview": 0,
        "trap": "recurring-spinning-class-with-moved-instance",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Valentina
X-WR-TIMEZONE:America/Bogota
BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250113T060000
DTEND;TZID=America/Bogota:20250113T064500
RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR
DTSTAMP:20250110T120000Z
UID:6b0r3t8h2n5k9s1c7q4v0m3d8e@google.com
CREATED:20250110T115900Z
DESCRIPTION:reservar bici en la app el día antes
LAST-MODIFIED:20250110T115900Z
LOCATION:Bodytech Cl 93
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Spinning 🚴‍♀️
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250312T190000
DTEND;TZID=America/Bogota:20250312T194500
DTSTAMP:20250311T010000Z
UID:6b0r3t8h2n5k9s1c7q4v0m3d8e@google.com
RECURRENCE-ID;TZID=America/Bogota:20250312T060000
CREATED:20250110T115900Z
DESCRIPTION:reservar bici en la app el día antes. hoy en la noche (feria U
 niandes en la mañana)
LAST-MODIFIED:20250311T010000Z
LOCATION:Bodytech Cl 93
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Spinning 🚴‍♀️
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "A1F4C7E0-3B6D-4928-8E51-0D2F7A9C4B18",
        "interview": 0,
        "trap": "eps-medical-appointment",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1F4C7E0-3B6D-4928-8E51-0D2F7A9C4B18
DTSTAMP:20250210T180000Z
DTSTART:20250221T064000
DTEND:20250221T072000
SUMMARY:Cita médica EPS - medicina general
DESCRIPTION:Sanitas Cl 98. autorización 88412297. llevar exámenes de sangre
LOCATION:Centro Médico Sanitas Cl 98
BEGIN:VALARM
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "0m4d8e2r6t1h5n9k3s7c1q5v0b@google.com",
        "interview": 0,
        "trap": "sister-wedding-medellin-all-day",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250530
DTEND;VALUE=DATE:20250602
DTSTAMP:20250105T220000Z
ORGANIZER;CN=Camila Gómez Restrepo:mailto:camigomezr@gmail.com
UID:0m4d8e2r6t1h5n9k3s7c1q5v0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=valen
 tina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gomezr@outlook.com
DESCRIPTION:💍 Cami & Juanpa\nViernes: cena de bienvenida\nSábado 31: cer
 emonia 4:00 p.m. Parroquia Santa María de los Ángeles\, recepción Hacienda
  La Morelia (Llanogrande)\nDomingo: almuerzo de despedida
LOCATION:Medellín / Rionegro
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Matrimonio Cami 💍 Medellín
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ais",
        "uid": "ais-usvisa-co-appt-20250428-0845-7719302@ais.usvisa-info.com",
        "interview": 0,
        "trap": "us-embassy-visa-interview-tourism",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AIS//US Visa Information Service//EN
BEGIN:VEVENT
UID:ais-usvisa-co-appt-20250428-0845-7719302@ais.usvisa-info.com
DTSTAMP:20250312T151822Z
DTSTART;TZID=America/Bogota:20250428T084500
DTEND;TZID=America/Bogota:20250428T101500
SUMMARY:Consular Appointment – U.S. Embassy Bogotá (Entrevista de visa)
DESCRIPTION:Applicant: GOMEZ RESTREPO\, VALENTINA\nVisa class: B1/B2\nCon
 sular Section: Bogotá\nAddress: Carrera 45 #24B-27\, Bogotá\n\nBring your
  appointment confirmation page\, DS-160 confirmation page\, current passpor
 t and any previous passports. Electronic devices are not permitted.
LOCATION:Embajada de los Estados Unidos\, Cra 45 #24B-27\, Bogotá
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "fe29b0c4-1a7d-4e85-b6f3-2d0c8e9a1f57",
        "interview": 0,
        "trap": "apostille-diploma-for-spain",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
UID:fe29b0c4-1a7d-4e85-b6f3-2d0c8e9a1f57
DTSTAMP:20250304T133000Z
DTSTART:20250308T090000
DTEND:20250308T110000
SUMMARY:Notaría 20 + apostilla diploma y notas (para homologación España)
DESCRIPTION:autenticar diploma pregrado + certificado de notas. luego soli
 citar apostilla en línea Cancillería. ~$45.000 x doc
LOCATION:Notaría 20\, Cl 63
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "B9E2D5A8-7F3C-4061-9A24-E6C1B0F8D735",
        "interview": 0,
        "trap": "dentist-appointment",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B9E2D5A8-7F3C-4061-9A24-E6C1B0F8D735
DTSTAMP:20250401T120000Z
DTSTART;TZID=America/Bogota:20250412T100000
DTEND;TZID=America/Bogota:20250412T110000
SUMMARY:odontologa - limpieza
DESCRIPTION:Dra. Vanegas\, consultorio 402
LOCATION:Edificio Unicentro Médico
END:VEVENT
END:VCALENDAR
""",
    },
]
