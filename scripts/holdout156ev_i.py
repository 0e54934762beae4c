"""holdout156 events, part I: other negatives (job-search look-alikes, personal life) (2/2)."""
from holdout156ev_common import neg

EVENTS = [
    neg("headhunter-confidencial", "recruiter-call-no-employer-named",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Hartley, Ben":mailto:ben.hartley@aviation-talentpartners.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-GB:Hi Alvaro\,\n\nThanks for connecting on LinkedI
 n. As mentioned I'm working on a confidential search for A320 Captains fo
 r a major Middle East carrier (client name can only be shared once you ar
 e shortlisted). Let's have a quick chat about your profile\, availability
  and notice period.\n\nBen Hartley\nSenior Consultant - Flight Crew\n\nJoin b
 y phone: +44 20 3855 4021\, PIN 664 210#
DTSTART;TZID="GMT Standard Time":20250214T110000
DTEND;TZID="GMT Standard Time":20250214T113000
DTSTAMP:20250211T170200Z
LOCATION:Phone
SUMMARY;LANGUAGE=en-GB:Call - A320 Captain opportunity (confidential)
UID:040000008200E00074C5B7101A82E00800000000619248F0AF4BDC01000000000000000
 0100000004E8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("prep-qatar", "prep-block-before-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250407T170000
DTEND;TZID=Europe/Madrid:20250407T200000
DTSTAMP:20250401T203000Z
UID:8a3n1e6ht0k5dq9r2mb7cfs4vl@google.com
DESCRIPTION:- repasar OM-A (FTL\, fuel policy)\n- performance: flex\, con
 taminated rwy\n- 3 historias STAR: conflicto con CP\, desvío VLC\, fallo
  hidráulico\n- por qué Doha / por qué comandante ahora\n- preguntas para el
  panel
LOCATION:casa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP panel Qatar
TRANSP:OPAQUE
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
"""),
    neg("thank-you-condor", "thank-you-reminder-after-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C4E1A07-2F6B-4D83-B5A0-8E1D7C3F2A64
DTSTAMP:20250506T171500Z
DTSTART;VALUE=DATE:20250507
DTEND;VALUE=DATE:20250508
SUMMARY:mandar mail agradecimiento Condor (Becker + Hartmann)
DESCRIPTION:en inglés\, corto. mencionar lo del roster de invierno
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("dentista", "personal-dentist-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//Doctoralia//Citas//ES
VERSION:2.0
METHOD:PUBLISH
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:doctoralia-cita-51177302
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Madrid:20250311T183000
DTEND;TZID=Europe/Madrid:20250311T191500
SUMMARY:Cita: Dra. Inés Carrasco - Odontología general
DESCRIPTION:Revisión y limpieza\nClínica Dental Carrasco\, Av. de Europa 1
 9\, Pozuelo de Alarcón\nPara cancelar o cambiar la cita entra en tu perfil
  de Doctoralia.
LOCATION:Clínica Dental Carrasco\, Pozuelo de Alarcón
END:VEVENT
END:VCALENDAR
"""),
    neg("tutoria", "personal-school-tutoria",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:2E8F0B63-7D14-4C5A-9A21-5B6C8E0F1D37
DTSTAMP:20250226T210000Z
DTSTART;TZID=Europe/Madrid:20250305T163000
DTEND;TZID=Europe/Madrid:20250305T171500
SUMMARY:Tutoría Lucía (3ºB) con Sonia
LOCATION:CEIP Príncipe Felipe
DESCRIPTION:hablar de lo de mates y del posible cambio de cole si nos vamo
 s
SEQUENCE:0
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
"""),
    neg("banco-hipoteca", "personal-bank-mortgage-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250320T083000Z
DTEND:20250320T091500Z
DTSTAMP:20250317T101000Z
UID:9d5q2f7ka1m6ev3t0bj8nrh4cs@google.com
DESCRIPTION:Gestora: Carmen Ibarra. Llevar nóminas (3 últimas)\, IRPF 2023\,
  contrato IBJ. Preguntar qué pasa con la hipoteca si me voy a trabajar al e
 xtranjero.
LOCATION:Banco Santander\, oficina 1904\, Pozuelo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Banco - gestora hipoteca
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("cita-dni", "official-appointment-dni-renewal",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ministerio del Interior//Cita Previa DNI//ES
METHOD:PUBLISH
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:citapreviadni-MAD-2817-20250404-0920
DTSTAMP:20250321T120000Z
DTSTART;TZID=Europe/Madrid:20250404T092000
DTEND;TZID=Europe/Madrid:20250404T093000
SUMMARY:Cita previa DNI/Pasaporte - Expedición de pasaporte
DESCRIPTION:Oficina: Comisaría de Pozuelo de Alarcón\, C/ Ramón y Cajal 1\n
 Trámite: Expedición/renovación de pasaporte\nLocalizador: 7Q3K-2B91\nAport
 e fotografía reciente y DNI en vigor.
LOCATION:Comisaría de Pozuelo de Alarcón
END:VEVENT
END:VCALENDAR
"""),
    neg("aesa-licencia", "official-aviation-authority-licence-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="AESA Licencias - Cita Previa":mailto:citaprevia.licencias@seguridadaerea.es
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Cita presencial en el Registro de AESA.\nTrámit
 e: Emisión de certificado de verificación de licencia (para autoridad ext
 ranjera - GCAA/QCAA) y anotación de competencia lingüística.\nPaseo de la
  Castellana 112\, Madrid. Traiga licencia original y DNI.
DTSTART;TZID="Romance Standard Time":20250410T100000
DTEND;TZID="Romance Standard Time":20250410T103000
DTSTAMP:20250402T070000Z
LOCATION:AESA - Paseo de la Castellana 112
SUMMARY;LANGUAGE=es-ES:AESA cita previa - Licencias (Ruiz Centeno)
UID:040000008200E00074C5B7101A82E0080000000072A359F1B05BDC01000000000000000
 0100000005F8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("asamblea-sepla", "union-assembly-at-current-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250403T180000
DTEND;TZID=Europe/Madrid:20250403T200000
DTSTAMP:20250325T090000Z
ORGANIZER;CN=Sección Sindical SEPLA IBJ:mailto:sepla.ibj@gmail.com
UID:3h8t0m5ce2q9kv1bn7f4drs6pj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION:Asamblea de pilotos: negociación del III Convenio\, escalafón
  y ritmo de upgrades a comandante. Presencial en la sede de SEPLA y por Zo
 om.
LOCATION:SEPLA\, C/ Ulises 16\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Asamblea SEPLA Iberojet Express
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("reunion-flota", "internal-fleet-briefing-teams",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lozano, Beatriz (Jefa Flota)":mailto:blozano@iberojet-express.es
ATTENDEE;CN="Pilotos A320";CUTYPE=GROUP;ROLE=REQ-PARTICIPANT:mailto:pilotos.a320@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Novedades OM-B rev. 14\, nuevos procedimientos
  de aproximación en LPA/TFN\, temporada de verano y plan de formación de lí
 nea (LIFUS) para los F/O nuevos.\n\nReunión de Microsoft Teams: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_ZmxvdGFhMzIw@thread.v2/0
DTSTART;TZID="Romance Standard Time":20250415T110000
DTEND;TZID="Romance Standard Time":20250415T123000
DTSTAMP:20250404T080000Z
LOCATION:Reunión de Microsoft Teams
SUMMARY;LANGUAGE=es-ES:Reunión de flota A320 - 2º trimestre
UID:040000008200E00074C5B7101A82E0080000000083B46A02C16BDC01000000000000000
 0100000006F8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("examen-ingles", "icao-english-proficiency-test",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aeroenglish//Examenes//ES
METHOD:PUBLISH
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:aeroenglish-exam-20250422-1130-RUIZ
DTSTAMP:20250405T100000Z
DTSTART;TZID=Europe/Madrid:20250422T113000
DTEND;TZID=Europe/Madrid:20250422T123000
SUMMARY:Examen competencia lingüística inglés OACI (objetivo nivel 6) - pr
 ueba oral
DESCRIPTION:Prueba oral con examinador (entrevista + descripción de imáge
 nes + role-play de comunicaciones ATC). Centro evaluador autorizado por A
 ESA. Traiga DNI y licencia.
LOCATION:Aeroenglish Madrid\, C/ Orense 20
END:VEVENT
END:VCALENDAR
"""),
    neg("curso-tri", "own-instructor-course-as-student",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250609
DTEND;VALUE=DATE:20250614
DTSTAMP:20250415T193000Z
UID:5b9j2r0ks7e4qc1ft8m3dhn6vp@google.com
DESCRIPTION:Curso TRI(A) A320 - parte teórica (teaching & learning) 5 días
 \, luego sim en julio. ATO: CAE Madrid. Pagado por mí (pedir factura).
LOCATION:CAE Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Curso TRI - teoría
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("apostilla", "official-apostille-for-foreign-licence-conversion",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1D3F5B7-0C2E-4A6B-8D9F-1E3C5A7B9D0F
DTSTAMP:20250505T080000Z
DTSTART;TZID=Europe/Madrid:20250513T091500
DTEND;TZID=Europe/Madrid:20250513T100000
SUMMARY:Apostilla títulos + licencia (para GCAA)
LOCATION:Ministerio de Justicia\, C/ Bolsa 8
DESCRIPTION:cita previa nº 44172. Llevar originales: título bachiller\, li
 cencia ATPL\, certificado AESA.
SEQUENCE:0
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
"""),
    neg("psicotecnico-carnet", "driving-licence-psicotecnico-not-airline",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:f0b2d4e6-8a1c-4e3f-9b5d-7c9e1a3b5d70
DTSTAMP:20250520T080000Z
DTSTART:20250527T180000
DTEND:20250527T183000
SUMMARY:Psicotécnico renovar carnet
LOCATION:Centro de reconocimiento de conductores Pozuelo
DESCRIPTION:llevar DNI + foto + carnet. 45€
END:VEVENT
END:VCALENDAR
"""),
    neg("rrhh-permiso", "internal-hr-meeting-unpaid-leave",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Vidal Sastre, Pilar (RRHH)":mailto:pvidal@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Vemos tu solicitud de excedencia voluntaria / pe
 rmiso no retribuido y cómo afecta a tu antigüedad en el escalafón.
DTSTART;TZID="Romance Standard Time":20250526T130000
DTEND;TZID="Romance Standard Time":20250526T133000
DTSTAMP:20250521T100000Z
LOCATION:RRHH - planta 2
SUMMARY;LANGUAGE=es-ES:Reunión RRHH - solicitud excedencia
UID:040000008200E00074C5B7101A82E0080000000094C57B13D27BDC01000000000000000
 0100000007F8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("deutschkurs", "recurring-language-class-with-override",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
@@TZ Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250217T193000
DTEND;TZID=Europe/Madrid:20250217T210000
RRULE:FREQ=WEEKLY;UNTIL=20250616T173000Z;BYDAY=MO
EXDATE;TZID=Europe/Madrid:20250421T193000
DTSTAMP:20250210T200000Z
UID:1r7c4n0ve8k2hb5sm9q3ftj6dl@google.com
DESCRIPTION:Deutsch B1.1 online (Goethe-Institut Madrid) - für Condor/Disco
 ver. Hausaufgaben Lektion 4!
LOCATION:Zoom (Goethe)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Deutschkurs B1
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250312T193000
DTEND;TZID=Europe/Madrid:20250312T210000
DTSTAMP:20250305T080000Z
UID:1r7c4n0ve8k2hb5sm9q3ftj6dl@google.com
RECURRENCE-ID;TZID=Europe/Madrid:20250310T193000
DESCRIPTION:movida al miércoles (vuelo el lunes)
LOCATION:Zoom (Goethe)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Deutschkurs B1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
