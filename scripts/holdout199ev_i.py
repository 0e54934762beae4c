# ruff: noqa: E501
"""holdout199 events, part i: more look-alikes (coffee chats, fairs, references, recalls, classes, family)."""

EVENTS = [
    {
        "kind": "cafe-informativo",
        "label": ("3c4v5b6n7m8a9s0d1f2g3h4j5k@google.com", 0, "", "", "", "", "informational-coffee-ex-colleague"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250222T113000
DTEND;TZID=Europe/Madrid:20250222T130000
DTSTAMP:20250216T190000Z
ORGANIZER;CN=Marta Ibarra:mailto:marta.ibarra.q@gmail.com
UID:3c4v5b6n7m8a9s0d1f2g3h4j5k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Ibarra;X-NUM-GUESTS=0:mailto:marta.ibarra.q@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.calida
 d@gmail.com
DESCRIPTION:Café en Valencia cuando bajes! Te cuento cómo es trabajar de ca
 lidad en una gran cadena de supermercados vs. en fábrica\, qué tal la vida
  en Valencia y te paso contactos de gente de lácteos. No hay vacante en mi
  equipo ahora\, pero te oriento en lo que pueda :)
LOCATION:Café de las Horas\, C/ del Comte d'Almodòvar 1\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Marta / Lucía ☕
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "feria-empleo",
        "label": ("foro-empleo-upv-2025-visitante-30812@upv.es", 0, "", "", "", "", "careers-fair-visitor"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//UPV//Foro de Empleo//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:foro-empleo-upv-2025-visitante-30812@upv.es
DTSTAMP:20250301T090000Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
SUMMARY:Foro de Empleo UPV 2025 - Área Agroalimentaria
LOCATION:Universitat Politècnica de València\, Ágora\, Camino de Vera s/n
DESCRIPTION:Tu inscripción como visitante está confirmada. Más de 90 empresas\, speed networking con RRHH\, talleres de CV y de entrevista de trabajo\, y zona de entrevistas rápidas. Trae tu CV impreso y el código QR de acceso.
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referencia",
        "label": ("9k8j7h6g5f4d3s2a1p0o9i8u7y@google.com", 0, "", "", "", "", "reference-call-user-is-referee"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T140000
DTEND;TZID=Europe/Madrid:20250402T141500
DTSTAMP:20250331T110000Z
ORGANIZER;CN=Laura Hidalgo:mailto:lhidalgo@citricosmediterraneo.es
UID:9k8j7h6g5f4d3s2a1p0o9i8u7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hola Lucía\, Sandra Pérez (que estuvo de becaria contigo en el
  laboratorio en 2023) nos ha dado tu contacto como referencia para un puest
 o de técnica de laboratorio. Serán 10 minutos\, te llamo al móvil. Gracias
 !\n\nLaura Hidalgo - RRHH
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencias Sandra Pérez - llamada
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reunion-calidad",
        "label": ("040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000FDS0SEMANAL00000000000000000B018", 0, "", "", "", "", "weekly-quality-meeting-recurring"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hernández Lax, Ginés":mailto:ghernandez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ros Meseguer, Pedro":mailto:pros@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Seguimiento semanal: reclamaciones de cliente\, no conformidades abiertas\, resultados micro de la semana\, indicadores APPCC y plan de acciones IFS.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000FDS0SEMANAL00000000000000000B018
SUMMARY;LANGUAGE=es-ES:Reunión semanal Calidad - Producción
DTSTART;TZID=Europe/Madrid:20250113T083000
DTEND;TZID=Europe/Madrid:20250113T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Juntas 1ª planta
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "simulacro-retirada",
        "label": ("040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2DB01000000000000000010000000FDS0SIMULACRO0000000000000B019", 0, "", "", "", "", "mock-recall-simulacro-not-mock-interview"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Logística FDS":mailto:logistica@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Sánchez López, Mari Carmen":mailto:mcsanchez@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Simulacro anual de retirada de producto (requisito IFS 5.9). Lote elegido al azar el mismo día. Objetivo: trazabilidad completa hacia delante y hacia atrás en menos de 4 h\, balance de masas y comunicación a clientes (simulada).\n
UID:040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2DB01000000000000000010000000FDS0SIMULACRO0000000000000B019
SUMMARY;LANGUAGE=es-ES:Simulacro de retirada de producto 2025
DTSTART;TZID=Europe/Madrid:20250122T090000
DTEND;TZID=Europe/Madrid:20250122T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Oficina Calidad
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cultura-seguridad",
        "label": ("E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B", 0, "", "", "", "", "food-safety-culture-staff-interviews-not-hiring"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@TZ_MADRID@
BEGIN:VEVENT
CREATED:20250224T181200Z
DTEND;TZID=Europe/Madrid:20250305T133000
DTSTAMP:20250224T181222Z
DTSTART;TZID=Europe/Madrid:20250305T110000
LAST-MODIFIED:20250224T181222Z
SEQUENCE:0
SUMMARY:Entrevistas cultura seg. alimentaria - operarios turno mañana
DESCRIPTION:plan de cultura IFS: 8 entrevistas cortas (10 min) a operarios
  elegidos al azar + encuesta anónima. preguntas: ¿sabes a quién avisar si v
 es un riesgo?\, ¿te sientes escuchado?\, ¿formación útil?
UID:E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "inspeccion-sanidad",
        "label": ("040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3DB01000000000000000010000000FDS0SALUDPUBL0000000000000B021", 0, "", "", "", "", "health-authority-inspection"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Inspección de la Dirección General de Salud Pública (Consejería de Salud\, Región de Murcia): control oficial\, toma de muestras de producto terminado y agua de red\, revisión de autocontroles. Inspectora: Dña. Josefa Nicolás. Avisar a portería.\n
UID:040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3DB01000000000000000010000000FDS0SALUDPUBL0000000000000B021
SUMMARY;LANGUAGE=es-ES:Inspección Salud Pública (control oficial)
DTSTART;TZID=Europe/Madrid:20250415T090000
DTEND;TZID=Europe/Madrid:20250415T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Planta Molina
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "customer-audit",
        "label": ("040000008200E00074C5B7101A82E0080000000029D0E1F2A3B4DB01000000000000000010000000FDS0CUSTAUDIT0000000000000B022", 0, "", "", "", "", "customer-technical-audit-english"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Emma":mailto:emma.whitfield@brightfieldretail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lmartin@frutasdelsegura.es:mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aperez@frutasdelsegura.es:mailto:aperez@frutasdelsegura.es
DESCRIPTION;LANGUAGE=en-GB:Dear Antonio and Lucía\,\n\nConfirming the Brightfield technical audit of your citrus packing site (Codes of Practice v5: produce\, pesticide residue management\, foreign body control\, ethical trading). Please have your residue testing plan and the last 12 months of results available. I will also want to speak with a few packhouse operatives.\n\nKind regards\,\nEmma Whitfield\nTechnologist - Produce\, Brightfield Retail\n
UID:040000008200E00074C5B7101A82E0080000000029D0E1F2A3B4DB01000000000000000010000000FDS0CUSTAUDIT0000000000000B022
SUMMARY;LANGUAGE=en-GB:Brightfield technical audit - Frutas del Segura (Molina)
DTSTART;TZID=W. Europe Standard Time:20250507T090000
DTEND;TZID=W. Europe Standard Time:20250507T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Frutas del Segura\, Molina de Segura
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "clase-ingles",
        "label": ("4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com", 0, "", "", "", "", "english-class-job-interview-unit"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:luciamartin.calidad@gmail.com
X-WR-TIMEZONE:Europe/Madrid
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250219T190000
DTEND;TZID=Europe/Madrid:20250219T203000
DTSTAMP:20250217T100000Z
UID:4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com
DESCRIPTION:Unit 7 - Job interviews (role-play en parejas). Deberes: writin
 g cover letter.
LOCATION:Escuela Oficial de Idiomas Molina\, aula 12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EOI inglés C1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-pablo",
        "label": ("A2B4C6D8-E0F1-4A3B-8C5D-7E9F1A3B5C7D", 0, "", "", "", "", "relative-job-interview-user-drives"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250409T210002Z
DTEND:20250411T100000
DTSTAMP:20250409T210015Z
DTSTART:20250411T081500
LAST-MODIFIED:20250409T210015Z
SEQUENCE:0
SUMMARY:Llevar a Pablo a su entrevista (Mercadona Cartagena)
DESCRIPTION:entrevista de Pablo a las 9\, le llevo yo en coche y le espero.
  pedir permiso a Antonio para entrar a las 10:30
UID:A2B4C6D8-E0F1-4A3B-8C5D-7E9F1A3B5C7D
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-aleman",
        "label": ("8u9i0o1p2a3s4d5f6g7h8j9k0l@google.com", 0, "", "", "", "", "prep-block-german-vocabulary"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250326T190000Z
DTEND:20250326T203000Z
DTSTAMP:20250320T211500Z
UID:8u9i0o1p2a3s4d5f6g7h8j9k0l@google.com
DESCRIPTION:Vokabeln: Gefahrenanalyse\, Lenkungspunkt (CCP)\, Rückverfolgb
 arkeit\, Reklamation\, Korrekturmaßnahme\, Umgebungsmonitoring. Präsentati
 on "erste 100 Tage" 2x laut üben (10 min!!)
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Deutsch üben für Brandt - Präsentation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "encuesta-salarial",
        "label": ("cobcv-encuesta-2025-00318@cobcv.es", 0, "", "", "", "", "survey-phone-interview-salary-study"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//COBCV//Agenda//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:cobcv-encuesta-2025-00318@cobcv.es
DTSTAMP:20250306T100000Z
DTSTART:20250312T170000Z
DTEND:20250312T172000Z
SUMMARY:Entrevista telefónica - Estudio de empleo y salarios del colectivo biólogo 2025
ORGANIZER;CN=Instituto Demoscopia Levante (para COBCV):mailto:campo@demoscopialevante.es
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:Gracias por colaborar con el estudio del Colegio Oficial de Biólogos de la Comunitat Valenciana. Una persona encuestadora le llamará para realizar un cuestionario de unos 15-20 minutos sobre su situación laboral\, sector y banda salarial. Sus respuestas son confidenciales y se tratarán de forma agregada.
LOCATION:Teléfono
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dentista",
        "label": ("clinicadental-cita-88214@doctoralia.es", 0, "", "", "", "", "dentist-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctoralia//Citas//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:clinicadental-cita-88214@doctoralia.es
DTSTAMP:20250310T120000Z
DTSTART:20250328T163000Z
DTEND:20250328T170000Z
SUMMARY:Cita: Revisión e higiene dental - Clínica Dental Ribera
LOCATION:Clínica Dental Ribera\, Av. de Madrid 41\, Molina de Segura
DESCRIPTION:Paciente: Lucía Martín Ortega\nProfesional: Dra. Elena Moreno (Odontología general)\nSi no puede acudir\, cancele con 24 h de antelación desde la app.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "orientacion-cv",
        "label": ("7z6x5c4v3b2n1m0q9w8e7r6t5y@google.com", 0, "", "", "", "", "career-guidance-cv-and-linkedin-review"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250206T180000
DTEND;TZID=Europe/Madrid:20250206T190000
DTSTAMP:20250131T090000Z
ORGANIZER;CN=Orientación Profesional COBCV:mailto:orientacion@cobcv.es
UID:7z6x5c4v3b2n1m0q9w8e7r6t5y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Sesión individual de orientación para colegiados/as: revisión d
 e CV y perfil de LinkedIn\, estrategia de búsqueda en el sector agroalimen
 tario y preparación de entrevistas. Orientadora: Isabel Tomás.\n\nMeet: ht
 tps://meet.google.com/cob-orie-ntc
LOCATION:https://meet.google.com/cob-orie-ntc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Orientación profesional - revisión CV (COBCV)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
