"""holdout171 events, part k: personal life and everyday university calendar (negatives)."""

from holdout171ev_tz import MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="dentista", uid="D3E4F5A6-dentista-morales",
        i=0, trap="personal-dentist",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241105T090000Z
UID:D3E4F5A6-dentista-morales
DTEND;TZID=Europe/Madrid:20241113T180000
TRANSP:OPAQUE
SUMMARY:Dentista - Dra. Morales
DTSTART;TZID=Europe/Madrid:20241113T173000
DTSTAMP:20241105T090000Z
LOCATION:Clínica Dental Los Remedios\, C/ Asunción 42
DESCRIPTION:revisión + limpieza
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="tutoria-cole", uid="7k9m1o3q5s7u9w1y3a5c7e9g1i@google.com",
        i=0, trap="parent-teacher-entrevista-con-tutora",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250213T163000
DTEND;TZID=Europe/Madrid:20250213T170000
DTSTAMP:20250207T170000Z
ORGANIZER;CN=Dani:mailto:danielmarquez.sev@gmail.com
UID:7k9m1o3q5s7u9w1y3a5c7e9g1i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gil@h
 otmail.com
DESCRIPTION:Entrevista con la tutora de Alba (Seño Mari Ángeles) por lo de
  las mates. Vamos los dos.
LOCATION:CEIP Alfonso Grosso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista tutora Alba - 4ºB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="notaria", uid="F6A7B8C9-notaria-hipoteca",
        i=0, trap="personal-bank-notary-signing",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20250120T100000Z
UID:F6A7B8C9-notaria-hipoteca
DTEND;TZID=Europe/Madrid:20250124T130000
TRANSP:OPAQUE
SUMMARY:Notaría - firma novación hipoteca (CaixaBank)
DTSTART;TZID=Europe/Madrid:20250124T120000
DTSTAMP:20250120T100000Z
LOCATION:Notaría López-Cepero\, Av. de la Constitución 20
DESCRIPTION:DNI los dos + último recibo IBI. El gestor es Antonio (oficina
  Asunción)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="cita-dni", uid="citaprevia-dnie-20241204-0930-sev",
        i=0, trap="official-appointment-cita-previa-dni",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cita Previa DNIe//Policia Nacional//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:citaprevia-dnie-20241204-0930-sev
DTSTAMP:20241118T204500Z
DTSTART:20241204T083000Z
DTEND:20241204T084500Z
SUMMARY:Cita previa DNI/Pasaporte
LOCATION:Comisaría Sevilla - Blas Infante\, Av. Blas Infante 2
DESCRIPTION:Trámite: Renovación DNI. Localizador: 7F3K2Q. Acuda con 5 minu
 tos de antelación y la fotografía reciente.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="mesa-contratacion", uid="mesa-contratacion-2024-0217-sobres@us-gestion.es",
        i=0, trap="mesa-de-contratacion-procurement-not-hiring",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Mesa de Contratación - Expte. 24/0217 (servicio de digitalizac
 ión de expedientes académicos). Apertura del sobre 2 (criterios sujetos a
  juicio de valor) y valoración de las ofertas de las 3 empresas licitadoras.
DTEND;TZID="Romance Standard Time":20241015T110000
DTSTAMP:20241008T110000Z
DTSTART;TZID="Romance Standard Time":20241015T100000
LOCATION:Servicio de Contratación - Sala de Mesas
ORGANIZER;CN="Servicio de Contratación":mailto:contratacion@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Mesa de Contratación 24/0217 - apertura sobre 2
TRANSP:OPAQUE
UID:mesa-contratacion-2024-0217-sobres@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="audiencias-deva", uid="deva-acredita-fce-2025-audiencias@us-gestion.es",
        i=0, trap="accreditation-panel-audiencias-staff-interviewed",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Visita del panel de evaluación externa de la DEVA (renovación
  de la acreditación). Audiencia 5: PTGAS y responsables de gestión (20-25 m
 in). El panel os hará preguntas sobre procesos de matrícula\, reconocimien
 tos y atención al estudiante. Por favor confirmad asistencia.
DTEND;TZID="Romance Standard Time":20250313T124500
DTSTAMP:20250303T090000Z
DTSTART;TZID="Romance Standard Time":20250313T121500
LOCATION:Facultad de Ciencias de la Educación - Sala de Juntas
ORGANIZER;CN="Decanato FCE - Calidad":mailto:decanato.fce@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
ATTENDEE;CN="Morillo Sáez, Inés";RSVP=TRUE:mailto:imorillo@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Visita DEVA - Audiencia PTGAS
TRANSP:OPAQUE
UID:deva-acredita-fce-2025-audiencias@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="staff-week", uid="uporto-stw-2025-participant-117",
        i=0, trap="erasmus-staff-training-week-all-day-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Universidade do Porto//Staff Week//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:uporto-stw-2025-participant-117
DTSTAMP:20250110T100000Z
DTSTART;VALUE=DATE:20250317
DTEND;VALUE=DATE:20250322
SUMMARY:U.Porto International Staff Training Week 2025 - Academic Services
LOCATION:Reitoria da Universidade do Porto\, Praça Gomes Teixeira\, Porto
DESCRIPTION:Erasmus+ KA131 staff mobility for training. Programme: worksho
 ps on student records\, diploma supplement and digital credentials\, job
  shadowing at the Academic Services Office.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="plazo-solicitud", uid="A2B3C4D5-plazo-ld-ugr",
        i=0, trap="application-deadline-all-day-reminder",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20240916T194000Z
UID:A2B3C4D5-plazo-ld-ugr
DTSTART;VALUE=DATE:20241001
DTEND;VALUE=DATE:20241002
SUMMARY:ÚLTIMO DÍA solicitud LD UGR Posgrado (BOJA 183)
DTSTAMP:20240916T194000Z
DESCRIPTION:presentar por registro electrónico de la UGR + memoria en PDF
  firmada. Anexo II
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15H
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="examen-oral-eoi", uid="eoi-sevilla-cert-b2-ingles-2025-ce",
        i=0, trap="language-certificate-exam-not-selection",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20250114T210000Z
LAST-MODIFIED:20250114T210000Z
DTSTAMP:20250114T210000Z
UID:eoi-sevilla-cert-b2-ingles-2025-ce
SUMMARY:Examen certificación C1 inglés - prueba oral (EOI)
DTSTART;TZID=Europe/Madrid:20250307T163000
DTEND;TZID=Europe/Madrid:20250307T171500
LOCATION:EOI Sevilla - Av. Chapina s/n
DESCRIPTION:mediación oral + monólogo. va por parejas. para puntuar en los
  concursos
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="defensa-tesis", uid="tesis-2025-0042-logistica@us-gestion.es",
        i=0, trap="doctoral-thesis-tribunal-logistics-not-selection",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Acto de defensa de tesis doctoral (Dña. Lucía Márquez Toro). Ge
 stión Académica: preparar documentación del tribunal\, actas y dietas de l
 os miembros externos. Conexión Teams para el vocal de la Univ. de Coimbra.
DTEND;TZID="Romance Standard Time":20250227T130000
DTSTAMP:20250220T100000Z
DTSTART;TZID="Romance Standard Time":20250227T103000
LOCATION:Facultad de Ciencias de la Educación - Sala de Grados
ORGANIZER;CN="Escuela Internacional de Doctorado":mailto:doctorado@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Defensa tesis L. Márquez - tribunal y actas
TRANSP:OPAQUE
UID:tesis-2025-0042-logistica@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
]
