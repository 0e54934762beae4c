"""holdout154 events, part K: the firm's everyday calendar (audiencias, clients, deadlines) and career look-alikes."""

EVENTS = [
    {
        "kind": "audiencia-360",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "court-audiencia-preliminar-outlook",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A0A1A2A3A4A5DB01000000000000000
 01000000010203040506070809000A0B0C0D0E0F1
DTSTAMP:20250210T130000Z
DTSTART;TZID=Argentina Standard Time:20250311T093000
DTEND;TZID=Argentina Standard Time:20250311T113000
SUMMARY:Audiencia art. 360 CPCCN - "Pérez\, Ramón c/ Sur Logística S.A. s/
  ordinario" - Juz. Com. 14 Sec. 27
DESCRIPTION:Expte. COM 18822/2023. Llevar pliego de posiciones y propuest
 a conciliatoria (tope autorizado por el cliente: ver mail de G. Ruiz). Va
  Mercedes también.
LOCATION:Av. Callao 635\, piso 2 - Juzgado Nacional en lo Comercial N° 14
ORGANIZER;CN="Fernández, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-testigo",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "witness-prep-entrevista-con-testigo",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB01000000000000000
 010000000F1E2D3C4B5A6978800112233445566AA
DTSTAMP:20250324T180000Z
DTSTART:20250327T190000Z
DTEND:20250327T200000Z
SUMMARY:Entrevista con testigo (Sr. Héctor Gómez) - preparación audiencia
  testimonial
ORGANIZER;CN="Fernández, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;CN="Paz, Mercedes";RSVP=TRUE:mailto:mpaz@estudio-arroyo.com.ar
ATTENDEE;CN=Héctor Gómez;RSVP=TRUE:mailto:hgomez.transportes@gmail.com
DESCRIPTION:Repasar con el testigo los hechos de la descarga del 14/06 y
  el procedimiento de la audiencia del 2/4. No inducir respuestas.
LOCATION:Estudio - Sala Alem
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mediacion",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "mediacion-prejudicial-meeting-with-parties",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250403T143000Z
DTEND:20250403T160000Z
DTSTAMP:20250320T103000Z
ORGANIZER;CN=Dra. Silvia Lamas - Mediadora:mailto:mediacion.lamas@gmail.c
 om
UID:7bv3kq9m1sd0t5lrn2cge8pha6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lfernandez@estudio-arroyo.com.ar;X-NUM-GUESTS=0:mailto:lfernandez
 @estudio-arroyo.com.ar
DESCRIPTION:Primera audiencia de mediación prejudicial obligatoria (Ley 2
 6.589). Requirente: Agropecuaria Las Lomas S.A. Requerido: Tecnored S.R.L
 . Reclamo: daños y perjuicios - incumplimiento contractual. Modalidad vir
 tual.\nhttps://meet.google.com/mdl-xqwz-bkr
SUMMARY:Mediación Agropecuaria Las Lomas c/ Tecnored - 1ra audiencia
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vencimiento",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "all-day-vencimiento-plazo",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB01000000000000000
 01000000066778899AABBCCDDEEFF001122334455
DTSTAMP:20250305T120000Z
DTSTART;VALUE=DATE:20250319
DTEND;VALUE=DATE:20250320
SUMMARY:VENCE contestación demanda - Tecnored c/ Lomas (2hs de gracia: 20/
 3 hasta 11:30)
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
BEGIN:VALARM
TRIGGER:-P2D
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reunion-cliente",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "client-meeting-shareholders-agreement",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Arroyo, Federico":mailto:farroyo@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabriel Ruiz:mailto:gru
 iz@tecnored.com.ar
DESCRIPTION;LANGUAGE=es-AR:Revisión del borrador de acuerdo de accionista
 s con el cliente (ronda con fondo chileno). Lucas lleva la matriz de comen
 tarios.\n
UID:040000008200E00074C5B7101A82E0080000000055BB66CC77DDDB01000000000000000
 0100000000F0E0D0C0B0A09080706050403020100
SUMMARY;LANGUAGE=es-AR:Tecnored - SHA - reunión con Gabriel Ruiz
DTSTART:20250313T173000Z
DTEND:20250313T190000Z
DTSTAMP:20250310T141000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Tecnored - Av. Corrientes 1302
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "closing-firma",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "deal-closing-signing-escribania",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
BEGIN:VEVENT
UID:C0D1E2F3-A4B5-4C6D-8E7F-90A1B2C3D4E5
DTSTAMP:20250416T230000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250424T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20250424T150000
SUMMARY:CLOSING compraventa acciones Molino Don Tito - Escribanía Pereyra
  Iraola
DESCRIPTION:Checklist closing v7. Llevar libros societarios\, poderes\, c
 ertificado de transferencia. Wire confirmation antes de firmar.
LOCATION:Escribanía Pereyra Iraola\, Libertad 1240
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reunion-asociados",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "weekly-associates-meeting-recurring-with-override",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Paz, Mercedes":mailto:mpaz@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Fernández, Lucas":mail
 to:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Giménez, Rocío":mailto
 :rgimenez@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Repaso semanal de asuntos\, cargas de trabajo
  y vencimientos del equipo Corporativo.\n
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=Argentina Standard Time:20250303T090000
UID:040000008200E00074C5B7101A82E00800000000FACEB00C1234DB01000000000000000
 010000000ABCD0123EF456789ABCD0123EF456789
SUMMARY;LANGUAGE=es-AR:Reunión de equipo Corporativo
DTSTART;TZID=Argentina Standard Time:20250203T090000
DTEND;TZID=Argentina Standard Time:20250203T093000
DTSTAMP:20250130T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Sala Alem (6)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Paz, Mercedes":mailto:mpaz@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Fernández, Lucas":mail
 to:lfernandez@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Esta semana la pasamos al martes por el feriad
 o. Sumamos repaso del closing de Molino Don Tito.\n
RECURRENCE-ID;TZID=Argentina Standard Time:20250324T090000
UID:040000008200E00074C5B7101A82E00800000000FACEB00C1234DB01000000000000000
 010000000ABCD0123EF456789ABCD0123EF456789
SUMMARY;LANGUAGE=es-AR:Reunión de equipo Corporativo (martes por feriado)
DTSTART;TZID=Argentina Standard Time:20250325T090000
DTEND;TZID=Argentina Standard Time:20250325T100000
DTSTAMP:20250319T120000Z
SEQUENCE:1
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Sala Alem (6)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "capacitacion",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "internal-compliance-training-teams",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Capacitación Estudio Arroyo":mailto:capacitacion@estudio-arr
 oyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Fernández, Lucas":mailto:lfern
 andez@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Capacitación obligatoria para asociados: Ley 27
 .401 de responsabilidad penal de personas jurídicas - programas de integr
 idad y due diligence de terceros. Disertante: Dr. Pablo Nieto.\nReunión d
 e Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _Q2Fw@thread.v2/0\n
UID:040000008200E00074C5B7101A82E0080000000099AA88BB77CCDB01000000000000000
 01000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=es-AR:Capacitación: Compliance y Ley 27.401
DTSTART:20250410T210000Z
DTEND:20250410T223000Z
DTSTAMP:20250401T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Microsoft Teams / SUM piso 11
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "evaluacion-desempeno",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "own-annual-performance-review-entrevista-de-evaluacion",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="RRHH Estudio Arroyo":mailto:rrhh@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Arroyo, Federico":mail
 to:farroyo@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Paz, Mercedes":mailto:
 mpaz@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Entrevista de evaluación anual de desempeño 20
 24 - Lucas Fernández (Asociado). Traer autoevaluación completa. Se conver
 sará sobre objetivos 2025 y plan de carrera (camino a senior).\n
UID:040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DB01000000000000000
 0100000000102030405060708090A0B0C0D0E0F10
SUMMARY;LANGUAGE=es-AR:Entrevista de evaluación 2024 - L. Fernández
DTSTART:20250227T200000Z
DTEND:20250227T210000Z
DTSTAMP:20250217T150000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Oficina F. Arroyo
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "simulacro-coach",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "mock-interview-with-coach-names-target-firm",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-0e4f9b2a-1c7d-4a3e-8f6b-d2c1e0a9b8c7
DTSTAMP:20250306T120000Z
DTSTART:20250309T150000Z
DTEND:20250309T160000Z
SUMMARY:Simulacro de entrevista (inglés) - Laura Brizuela Career Coaching
ORGANIZER;CN=Laura Brizuela:mailto:laura@brizuelacoaching.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
DESCRIPTION:Event Name: Simulacro de entrevista (inglés)\n\nPlease share
  anything that will help prepare for our meeting.:\nQuiero practicar la e
 ntrevista con socios de Whitcombe Hale (foreign associate NY). Preguntas
  de deal experience y "why New York".\n\nLocation: Zoom\n\nPowered by Cal
 endly.com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "nota-prensa",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "press-interview-user-as-source",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250417T150000Z
DTEND:20250417T153000Z
DTSTAMP:20250414T191500Z
ORGANIZER;CN=Micaela Ferrari:mailto:mferrari@periodicolegal.com.ar
UID:4tg1m8vh0kq7c3bs2rp6l9ndae@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lfernandez@estudio-arroyo.com.ar;X-NUM-GUESTS=0:mailto:lfernandez
 @estudio-arroyo.com.ar
DESCRIPTION:Hola Lucas! Te paso el link para la entrevista para la nota s
 obre el nuevo régimen de SAS y el RIGI. 20-30 minutos\, la grabo para des
 grabar. Gracias!\nMica - Periódico Legal\nhttps://meet.google.com/plg-ntvw
 -akx
SUMMARY:Entrevista Periódico Legal - nota SAS/RIGI
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "podcast-guest-recording",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Recording//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-studio-legalhackersba-ep41
DTSTAMP:20250401T200000Z
DTSTART:20250423T220000Z
DTEND:20250423T231500Z
SUMMARY:Grabación podcast "Derecho & Código" ep. 41 - invitado Lucas Ferná
 ndez
ORGANIZER;CN=Legal Hackers BA:mailto:podcast@legalhackersba.org
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
DESCRIPTION:Tema: smart contracts y firma digital en sociedades. Formato
  charla-entrevista 45'. Usar auriculares con cable. Link del estudio de R
 iverside: https://riverside.fm/studio/derecho-y-codigo
LOCATION:https://riverside.fm/studio/derecho-y-codigo
END:VEVENT
END:VCALENDAR
""",
    },
]
