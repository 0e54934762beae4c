# ruff: noqa: E501
"""holdout149 events, part 1: Forjas del Norte process and what hangs around it (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="workday-screen",
        uid="wd-int-7f3a2c91-5b0e-4d2a-9a61-R10482-01",
        label=(1, "Forjas del Norte", "Gerente de Logística de Planta", "recruiter_screen",
               "mariana.cantu@forjasdelnorte.com.mx", "workday-teams-recruiter-screen-spanish"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:wd-int-7f3a2c91-5b0e-4d2a-9a61-R10482-01
DTSTAMP:20250113T172204Z
SEQUENCE:0
DTSTART;TZID=America/Monterrey:20250116T100000
DTEND;TZID=America/Monterrey:20250116T104500
SUMMARY:Entrevista: Gerente de Logística de Planta (R-10482) - Rafael Mend
 oza
LOCATION:Microsoft Teams
DESCRIPTION:Hola Rafael\,\n\nGracias por tu interés en Forjas del Norte. T
 e confirmamos tu entrevista para la vacante Gerente de Logística de Plant
 a (R-10482) - Planta Escobedo.\n\nEntrevistador(es): Mariana Cantú Elizon
 do - Atracción de Talento\nDuración: 45 minutos\n\nUnirse a la reunión de
  Microsoft Teams:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting
 _NjQ3ZTJhY2EtOGM0Ny00ZDUx%40thread.v2/0\nID de reunión: 284 611 903 527\n
 Código de acceso: q7Fh2K\n\nSi necesitas reprogramar responde a este corr
 eo.\n\nEste mensaje fue enviado desde Workday.
ORGANIZER;CN=Forjas del Norte - Reclutamiento:mailto:forjasdelnorte@myworkday.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Mariana Cantú Elizondo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Mariana.Cantu@forjasdelnorte.com.mx
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E0080000000050D1C8A6E467DB01000000000000000010000000A1C2B3D4E5F60718293A4B5C6D7E8F90",
        label=(1, "Forjas del Norte", "Gerente de Logística de Planta", "onsite",
               "hector.garza@forjasdelnorte.com.mx;rocio.salinas@forjasdelnorte.com.mx",
               "outlook-onsite-panel-with-room-resource"),
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
ORGANIZER;CN="Cantú Elizondo, Mariana":mailto:Mariana.Cantu@forjasdelnorte.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafa.mendoza.mty@gmail.com:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garza Treviño, Héctor":mailto:Hector.Garza@forjasdelnorte.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Salinas, Rocío":mailto:Rocio.Salinas@forjasdelnorte.com.mx
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ESC-Sala Juntas Dirección (10)":mailto:sala.direccion.esc@forjasdelnorte.com.mx
DESCRIPTION;LANGUAGE=es-MX:Rafael\, buen día.\n\nCon gusto te confirmo la
  segunda etapa del proceso: entrevista presencial con el Ing. Héctor Garza
  (Gerente de Planta) y la Ing. Rocío Salinas (Directora de Cadena de Sumi
 nistro)\, seguida de un recorrido por almacén de materia prima y embarque
 s.\n\nDirección: Av. Industrial Norte 1450\, Parque Industrial Escobedo\,
  Gral. Escobedo\, N.L.\nPresentarse en caseta 2 con identificación oficial
 . Usar zapato cerrado (el recorrido incluye piso de producción).\n\nSaludo
 s\,\nMariana Cantú\nAtracción de Talento | Forjas del Norte\n
UID:040000008200E00074C5B7101A82E0080000000050D1C8A6E467DB01000000000000000010000000A1C2B3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=es-MX:Entrevista presencial - Rafael Mendoza / Gte. Logística Planta
DTSTART;TZID=Central Standard Time (Mexico):20250129T090000
DTEND;TZID=Central Standard Time (Mexico):20250129T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T201533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:ESC-Sala Juntas Dirección (10)
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
        kind="outlook-sentby-final",
        uid="040000008200E00074C5B7101A82E00800000000F0A31E2BF471DB01000000000000000010000000C3D4E5F6A7B8C9D0E1F2031425364758",
        label=(1, "Forjas del Norte", "Gerente de Logística de Planta", "final",
               "jorge.villarreal@forjasdelnorte.com.mx", "outlook-sent-by-assistant-director-final"),
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
ORGANIZER;CN="Villarreal Sada, Jorge";SENT-BY="mailto:Asistente.DG@forjasdelnorte.com.mx":mailto:Jorge.Villarreal@forjasdelnorte.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Mendoza:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cantú Elizondo, Mariana":mailto:Mariana.Cantu@forjasdelnorte.com.mx
DESCRIPTION;LANGUAGE=es-MX:Por instrucciones del Lic. Jorge Villarreal\,
  Director General\, le envío la invitación para la reunión final del proce
 so. Se llevará a cabo en oficinas corporativas San Pedro\, piso 7.\n\nFav
 or de confirmar asistencia.\n\nAtte.\nPatricia Leal\nAsistente de Direcci
 ón General\n
UID:040000008200E00074C5B7101A82E00800000000F0A31E2BF471DB01000000000000000010000000C3D4E5F6A7B8C9D0E1F2031425364758
SUMMARY;LANGUAGE=es-MX:Reunión Lic. Villarreal - Rafael Mendoza
DTSTART;TZID=Central Standard Time (Mexico):20250211T170000
DTEND;TZID=Central Standard Time (Mexico):20250211T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T160211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Corporativo San Pedro - Piso 7 Sala Consejo
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="medical-exam",
        uid="6m2r0k1q9c8h4t0j3a5v7pd2e1@google.com",
        label=(0, "", "", "", "", "pre-employment-medical-for-offer"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:rafa.mendoza.mty@gmail.com
X-WR-TIMEZONE:America/Monterrey
BEGIN:VEVENT
DTSTART:20250220T140000Z
DTEND:20250220T163000Z
DTSTAMP:20250217T031145Z
UID:6m2r0k1q9c8h4t0j3a5v7pd2e1@google.com
CREATED:20250217T031010Z
DESCRIPTION:Examen médico de ingreso Forjas. Ir en AYUNAS (8 hrs)\, llevar
  INE\, CURP y la orden que mandó Mariana. Incluye antidoping\, audiometría
  y rx de columna.
LAST-MODIFIED:20250217T031145Z
LOCATION:Clínica Salud Ocupacional Norte\, Av. Sendero 320\, Escobedo\, N.L
 .
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Examen médico de ingreso - Forjas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="offer-call",
        uid="1b7d4c0e93f24a8a@rafa-pixel",
        label=(0, "", "", "", "", "offer-package-call-after-final"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:1b7d4c0e93f24a8a@rafa-pixel
DTSTAMP:20250214T234002Z
DTSTART:20250217T120000
DTEND:20250217T123000
SUMMARY:Llamada Mariana - propuesta económica Forjas
DESCRIPTION:Revisar: sueldo base\, bono anual\, vales\, SGMM familia\, aut
 o o ayuda de auto. Pedir fecha de ingreso 17 mar (avisar a Cerro Norte con
  2 sem)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thank-you-reminder",
        uid="4kq8u1l7a0n2o9m3p5r6s8t0v2@google.com",
        label=(0, "", "", "", "", "thank-you-note-reminder"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:America/Monterrey
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250130
DTEND;VALUE=DATE:20250131
DTSTAMP:20250129T180204Z
UID:4kq8u1l7a0n2o9m3p5r6s8t0v2@google.com
CREATED:20250129T180150Z
DESCRIPTION:correo de agradecimiento a Ing. Garza e Ing. Salinas. mencionar
  lo del slotting en MP y el tema de inventario en consignación
LAST-MODIFIED:20250129T180204Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mandar gracias Forjas (Garza / Salinas)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
