# ruff: noqa: E501
"""holdout248 events, part D: other negatives (trade meetings, personal appointments, prep, press, family)."""
from holdout248ev_kit import E, apple, gexport, google, outlook, tbird, wrap
from holdout248ev_zones import (
    ME_PRIV,
    ME_WORK,
    TEAMS_ES,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC_BRU,
    TZ_WEUROPE,
    att,
)

EVENTS = []
A = EVENTS.append


def neg(kind, uid, ics, trap):
    A(E(kind, uid, ics, 0, trap=trap))


# o1 own competence check (licence), not a job interview
_u = "040000008200E00074C5B7101A82E00800000000D9D9D9D9A97ADB0100000000000000001000000067EF67EF67EF67EF67EF67EF67EF67EF"
neg("outlook-own-competence-check", _u, outlook(
    _u, "Evaluación de competencia periódica – Álvaro Benítez (APP) – evaluador: Rocío Maldonado",
    "20250304T080000", "20250304T110000",
    "Evaluación periódica de competencia según el plan de competencia de la unidad: sesión en posición APP y "
    "entrevista oral (procedimientos de contingencia, cambios del AIP).",
    ("Unidad de Formación SkyControl Sur", "formacion@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK), att("Maldonado Ruiz, Rocío", "rmaldonado@skycontrolsur.es")],
    loc="Sala APP", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "own-competence-check-oral-interview-not-job")

# o2 class 3 medical renewal
neg("ios-hand-typed", "A1B2C3D4-0000-4111-8222-933344455566", apple(
    "A1B2C3D4-0000-4111-8222-933344455566", "Reconocimiento médico clase 3 (renovación) - AeMC",
    "20250225T083000", "20250225T113000", desc="en ayunas!! llevar gafas y certificado anterior",
    loc="Centro Médico Aeronáutico Sevilla, Av. de la Borbolla 40"),
    "medical-class-3-renewal")

# o3 ICAO English LPR renewal exam
neg("google-export", "lpr-renov-2025@google.com", gexport(
    "lpr-renov-2025@google.com", "Examen nivel inglés OACI – renovación nivel 5 (parte oral / interview)",
    "20250410T100000", "20250410T110000",
    desc="Centro de evaluación lingüística acreditado. Parte oral tipo interview con examinador + audio "
         "comprehension. Llevar licencia.", loc="Lingua Aero Test Centre, Sevilla", tz=TZ_MADRID),
    "language-proficiency-exam-interview-word")

# o4 safety investigation interview as witness
_u = "040000008200E00074C5B7101A82E00800000000EAEAEAEAB17ADB0100000000000000001000000078AB78AB78AB78AB78AB78AB78AB78AB"
neg("outlook-safety-interview", _u, outlook(
    _u, "Entrevista investigación de seguridad – suceso 2025-017 (pérdida de separación) – testigo",
    "20250312T130000", "20250312T140000",
    "Dentro del marco de cultura justa, el equipo de investigación de seguridad desea entrevistarte como "
    "controlador en la posición adyacente. No es un procedimiento disciplinario. Puedes venir acompañado de "
    "un representante.",
    ("Seguridad Operacional SkyControl Sur", "safety@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK), att("Núñez Bravo, Alberto", "anunez@skycontrolsur.es")],
    loc="Sala Safety", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "safety-investigation-interview-witness")

# o5 press interview
neg("google-invite", "prensa7r5t3v1x9z7b5d3f@google.com", google(
    "prensa7r5t3v1x9z7b5d3f@google.com", "Entrevista El Correo del Guadalquivir – controladores y verano",
    "20250319T090000Z", "20250319T093000Z",
    "Hola Álvaro, gracias por atendernos. Entrevista de 20-30 min para un reportaje sobre cómo se prepara la "
    "torre para el verano. Fotógrafo opcional.\nLaura Peña, redactora",
    ("Laura Peña", "lpena@correoguadalquivir.es"), lang="es", loc="Teléfono"),
    "press-interview-journalist")

# o6 research interview (PhD)
neg("zoom-invite", "ZOOM91234567890@zoom.us", wrap("-//zoom.us//iCalendar Event//EN", f"""BEGIN:VEVENT
DTSTAMP:20250310T150000Z
DTSTART:20250317T160000Z
DTEND:20250317T170000Z
SUMMARY:Research interview – ATCO workload & remote tower study (TU Delft-style PhD project)
UID:ZOOM91234567890@zoom.us
DESCRIPTION:Femke Jansen is inviting you to a scheduled Zoom meeting.\\n\\nSemi-structured research interview
  (60 min) about workload and trust in automation. Consent form attached. Recording for transcription only.
 \\n\\nhttps://tudelft-example.zoom.us/j/91234567890
ORGANIZER;CN=Femke Jansen:mailto:f.jansen@aero-research.nl
ATTENDEE;CN=Alvaro Benitez;RSVP=TRUE:mailto:{ME_PRIV}
LOCATION:Zoom
END:VEVENT
""", "REQUEST"), "research-interview-phd")

# o7 mock interview before MUAC panel
neg("ios-hand-typed", "5D4C3B2A-1908-4F7E-6D5C-4B3A29180F7E", apple(
    "5D4C3B2A-1908-4F7E-6D5C-4B3A29180F7E", "Mock interview MUAC con Rocío (en inglés!)",
    "20250412T180000", "20250412T193000", desc="preguntas STAR + por qué Maastricht. Grabar con móvil"),
    "mock-interview-names-employer")

# o8 FEAST preparation webinar
neg("zoom-webinar", "ZOOMWEB84001122334@zoom.us", wrap("-//zoom.us//iCalendar Event//EN", f"""BEGIN:VEVENT
DTSTAMP:20250205T100000Z
DTSTART:20250212T180000Z
DTEND:20250212T193000Z
SUMMARY:Webinar: Cómo preparar FEAST y la entrevista de selección en un ANSP europeo
UID:ZOOMWEB84001122334@zoom.us
DESCRIPTION:Gracias por registrarte en el webinar de Atlántica ATC Academy.\\nPonente: Luis Cárdenas\\, jefe
  de estudios.\\nÚnete: https://us06web.zoom.us/w/84001122334?tk=abc\\nID del webinar: 840 0112 2334
ORGANIZER;CN=Atlántica ATC Academy:mailto:eventos@atlantica-atc.es
ATTENDEE;CN=Álvaro Benítez Ruiz;RSVP=FALSE:mailto:{ME_PRIV}
LOCATION:Zoom
END:VEVENT
""", "REQUEST"), "webinar-by-known-employer-interview-prep")

# o9 course on competency interviews (STAR)
neg("teams-course", "040000008200E00074C5B7101A82E00800000000FBFBFBFBC27ADB01000000000000000010000000890189018901890189018901890189ZZ",
    outlook("040000008200E00074C5B7101A82E00800000000FBFBFBFBC27ADB01000000000000000010000000890189018901890189018901890189ZZ",
            "Curso: Entrevistas por competencias (método STAR) – módulo 2",
            "20250219T160000", "20250219T180000",
            "Formación interna para miembros de tribunales de selección.\n" + TEAMS_ES.format(
                mid="Y2M5ODcxZTctYjFlNy00", num="387 210 664 093", pc="Bb2vNm"),
            ("Formación Corporativa", "formacion.corporativa@skycontrolsur.es"), [att("Benítez Ruiz, Álvaro", ME_WORK)],
            loc="Reunión de Microsoft Teams", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "interviewing-course-star")

# o10 informational coffee with a MUAC controller
neg("google-export", "cafe-jeroen-muac@google.com", gexport(
    "cafe-jeroen-muac@google.com", "Videollamada con Jeroen (ATCO en MUAC) – preguntar vida en Maastricht",
    "20250301T110000", "20250301T120000",
    desc="Contacto de un excompañero. NO es entrevista: turnos, colegios, impuestos, alquiler. Jeroen nos dijo "
         "que el proceso de MUAC tarda 6-8 meses.", tz=TZ_MADRID),
    "informational-call-names-employer")

# o11 aviation job fair (all-day)
neg("google-export-all-day", "feria-empleo-aero-2025@google.com", gexport(
    "feria-empleo-aero-2025@google.com", "Feria de Empleo Aeronáutico Sevilla – stands ANSPs y academias",
    "20250405", "20250406", desc="Llevar CVs impresos (ES/EN). Stand de ENNA y de Plataforma Aeroportuaria de "
    "Levante. Charla 'Carreras en ATM' a las 12:00.", loc="FIBES, Sevilla", tzid=None),
    "job-fair-all-day-names-employers")

# o12 reference call, the user is the referee
neg("outlook-utc", "040000008200E00074C5B7101A82E00800000000ACACACACD37ADB0100000000000000001000000090AB90AB90AB90AB90AB90AB90AB90AB",
    outlook("040000008200E00074C5B7101A82E00800000000ACACACACD37ADB0100000000000000001000000090AB90AB90AB90AB90AB90AB90AB90AB",
            "Reference call re: Carmen Ortiz (ATCO application, Melita ANS)",
            "20250324T100000Z", "20250324T102000Z",
            "Dear Mr Benítez,\n\nCarmen Ortiz has named you as a referee for her application to Melita ANS. Could "
            "we have a 15-minute call about her performance during her OJT under your supervision?\n\nRita Vella",
            ("Vella, Rita", "rita.vella@melita-ans.com.mt"), [att("Benítez Ruiz, Álvaro", ME_WORK)],
            loc="Phone", tzid=None, lang="en-GB"),
    "reference-call-user-is-referee-known-employer")

# o13 prep block
neg("thunderbird-hand-typed", "prep-enna-2c8e-4a1b-9f7d-3e5c1a9b7d20", tbird(
    "prep-enna-2c8e-4a1b-9f7d-3e5c1a9b7d20", "Preparar entrevista ENNA (tribunal) - repasar casos + normativa",
    "20250406T170000", "20250406T200000",
    desc="SERA, Reglamento 2017/373, ejemplos STAR (conflicto con supervisor, emergencia, OJTI)", alarm=None),
    "prep-block-names-employer")

# o14 thank-you reminder
neg("ios-reminder", "9E8D7C6B-5A49-4382-7160-5F4E3D2C1B0A", apple(
    "9E8D7C6B-5A49-4382-7160-5F4E3D2C1B0A", "Mandar mail de agradecimiento a Austronav (Frau Brandstätter)",
    "20250404", "20250405", alarm="PT9H"),
    "thank-you-reminder-all-day")

# o15 recruiter with no employer named
neg("google-invite", "hh2b4d6f8h0j2l4n6p8r@google.com", google(
    "hh2b4d6f8h0j2l4n6p8r@google.com", "Chat: confidential ATCO opportunities – Gulf region",
    "20250227T170000Z", "20250227T172000Z",
    "Hi Álvaro, I'm retained by a leading ANSP in the Gulf (confidential at this stage) and also have "
    "approach roles in East Asia. A quick chat to understand what you're looking for before I share names.\n"
    "Omar Farouk, Horizon ATM Search",
    ("Omar Farouk", "omar.farouk@horizon-atmsearch.com"), loc="WhatsApp call"),
    "recruiter-no-employer-named")

# o16 family: child's parent-teacher 'entrevista'
neg("ios-hand-typed", "2F3E4D5C-6B7A-4899-AABB-CCDDEEFF0011", apple(
    "2F3E4D5C-6B7A-4899-AABB-CCDDEEFF0011", "Entrevista con la tutora de Dani (3º B)",
    "20250311T164500", "20250311T171500", loc="CEIP Huerta del Rey"),
    "parent-teacher-entrevista")

# o17 family: brother-in-law's job interview at a known employer
neg("google-export", "sergio-vuelaria-2025@google.com", gexport(
    "sergio-vuelaria-2025@google.com", "Entrevista de Sergio (cuñado) en Vuelaria – llevarle al aeropuerto",
    "20250318T073000", "20250318T083000", desc="Su entrevista es a las 9 en las oficinas de la T1. Recogerle a las 7:30.",
    tz=TZ_MADRID),
    "family-member-interview-known-employer")

# o18 mortgage advisor meeting
neg("outlook-personal", "040000008200E00074C5B7101A82E00800000000BDBDBDBDE47ADB01000000000000000010000000AA11AA11AA11AA11AA11AA11AA11AA11",
    outlook("040000008200E00074C5B7101A82E00800000000BDBDBDBDE47ADB01000000000000000010000000AA11AA11AA11AA11AA11AA11AA11AA11",
            "Cita con su gestor: estudio de hipoteca",
            "20250307T113000", "20250307T123000",
            "Estimado cliente, le confirmamos su cita con su gestor personal, Francisco Ariza, en la oficina 0241.",
            ("Banco Meridional – Citas", "citas@bancomeridional.es"), [att("ALVARO BENITEZ RUIZ", ME_PRIV)],
            loc="Oficina 0241, Av. República Argentina 18, Sevilla", tzid="Romance Standard Time", vtz=TZ_ROMANCE,
            altdesc=False),
    "bank-appointment")

# o19 annual performance review with own manager
neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000CECECECEF57ADB01000000000000000010000000BB22BB22BB22BB22BB22BB22BB22BB22",
    outlook("040000008200E00074C5B7101A82E00800000000CECECECEF57ADB01000000000000000010000000BB22BB22BB22BB22BB22BB22BB22BB22",
            "Entrevista de desempeño anual 2024 – Álvaro Benítez",
            "20250225T120000", "20250225T130000",
            "Revisamos objetivos 2024, tu labor como OJTI y el plan de desarrollo 2025.",
            ("Herrera Campos, Ramón", "rherrera@skycontrolsur.es"), [att("Benítez Ruiz, Álvaro", ME_WORK)],
            loc="Despacho Jefatura de Operaciones", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "performance-review-own-manager-entrevista")

# o20 union assembly
neg("google-export", "asamblea-spcta-0325@google.com", gexport(
    "asamblea-spcta-0325@google.com", "Asamblea sindical controladores – convenio y servicios mínimos",
    "20250320T170000", "20250320T190000", desc="Sindicato Profesional de Controladores (SPCTA-Sur).",
    loc="Hotel Ribera, Sevilla", tz=TZ_MADRID),
    "union-assembly")

# o21 night shift roster (all-day)
neg("ios-shift", "ROSTER-2025-03-N-0314@skycontrolsur.es", apple(
    "ROSTER-2025-03-N-0314@skycontrolsur.es", "Turno N (noche) TWR/APP", "20250314", "20250315", alarm=None),
    "shift-roster-all-day")

# o22 CISM peer support session
neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000DFDFDFDF067ADB01000000000000000010000000CC33CC33CC33CC33CC33CC33CC33CC33",
    outlook("040000008200E00074C5B7101A82E00800000000DFDFDFDF067ADB01000000000000000010000000CC33CC33CC33CC33CC33CC33CC33CC33",
            "Entrevista de seguimiento CISM (apoyo entre pares)",
            "20250314T110000", "20250314T114500",
            "Conversación confidencial de seguimiento tras el suceso del día 6. Voluntaria.",
            ("Peer CISM – Eva Santos", "esantos@skycontrolsur.es"), [att("Benítez Ruiz, Álvaro", ME_WORK)],
            loc="Sala de descanso 2", tzid="W. Europe Standard Time", vtz=""),
    "cism-peer-support-entrevista")

# o23 German: landlord meeting (Kennenlerngespräch) for a flat near Maastricht
neg("google-invite", "wohnung5x7z9b1d3f5h7j@google.com", google(
    "wohnung5x7z9b1d3f5h7j@google.com", "Kennenlerngespräch Wohnung Aachen-Laurensberg (Vermieterin Fr. Schulte)",
    "20250421T150000Z", "20250421T153000Z",
    "Hallo Herr Benítez, wie besprochen ein kurzes Videogespräch zum Kennenlernen bevor wir die Besichtigung "
    "vereinbaren. Beste Grüße, Monika Schulte",
    ("Monika Schulte", "monika.schulte.ac@web.de"), meet=("fhr-qnve-kta", "220418337")),
    "german-landlord-gespraech")

# o24 French: language school placement interview
neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000E0E0E0E0177ADB01000000000000000010000000DD44DD44DD44DD44DD44DD44DD44DD44",
    outlook("040000008200E00074C5B7101A82E00800000000E0E0E0E0177ADB01000000000000000010000000DD44DD44DD44DD44DD44DD44DD44DD44",
            "Entretien de niveau – cours intensif de français (B1/B2)",
            "20250308T100000", "20250308T103000",
            "Bonjour, votre entretien de niveau avec notre professeure aura lieu par téléphone. Institut Lumière "
            "Langues.",
            ("Institut Lumière Langues", "inscriptions@lumiere-langues.fr"), [att("Alvaro Benitez", ME_PRIV)],
            loc="Téléphone", tzid='"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"', vtz=TZ_UTC_BRU, lang="fr-FR"),
    "french-entretien-language-school")

# o25 podcast interview
neg("google-invite", "podcast118a3c5e7g9i1k@google.com", google(
    "podcast118a3c5e7g9i1k@google.com", "Grabación podcast 'Frecuencia 118' – entrevista a Álvaro (OJTI)",
    "20250329T100000Z", "20250329T113000Z",
    "Episodio sobre la formación de controladores. Grabamos por Riverside, auriculares con cable.",
    ("Frecuencia 118 Podcast", "hola.frecuencia118@gmail.com"), lang="es"),
    "podcast-interview-guest")

# o26 unit meeting on new procedures
neg("teams-invite", "040000008200E00074C5B7101A82E00800000000F1F1F1F1287ADB01000000000000000010000000EE55EE55EE55EE55EE55EE55EE55EE55",
    outlook("040000008200E00074C5B7101A82E00800000000F1F1F1F1287ADB01000000000000000010000000EE55EE55EE55EE55EE55EE55EE55EE55",
            "Reunión de unidad – nuevos procedimientos RNP APP RWY 27 y panel de preguntas",
            "20250313T150000", "20250313T163000",
            "Presentación de los cambios AIRAC y ronda de preguntas (panel con Operaciones y Safety).\n" +
            TEAMS_ES.format(mid="NzFkMGI5ZTQtNDM2OC00", num="369 002 418 557", pc="Pz7cXy"),
            ("Herrera Campos, Ramón", "rherrera@skycontrolsur.es"),
            [att("Torre LEZL – Controladores", "controladores.lezl@skycontrolsur.es"),
             att("Benítez Ruiz, Álvaro", ME_WORK)],
            loc="Reunión de Microsoft Teams", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    "unit-meeting-panel-word")

# o27 school visit to the tower
neg("thunderbird-hand-typed", "visita-colegio-7a3f-4c2e-b1d9-5e8a6c0f2b14", tbird(
    "visita-colegio-7a3f-4c2e-b1d9-5e8a6c0f2b14", "Visita torre alumnos IES (charla 'qué hace un controlador')",
    "20250409T100000", "20250409T113000", desc="Me toca guiar. Los alumnos traen preguntas tipo entrevista."),
    "outreach-school-visit")

# o28 network manager webinar
neg("webex-webinar", "NMWEB-SUMMER25@webex.com", wrap("-//Cisco Systems//Webex Events//EN", f"""BEGIN:VEVENT
UID:NMWEB-SUMMER25@webex.com
DTSTAMP:20250401T090000Z
DTSTART:20250415T120000Z
DTEND:20250415T133000Z
SUMMARY:Webinar – Summer 2025 network operations outlook for ANSPs
DESCRIPTION:Registration confirmed. Speakers from the Network Manager and three ANSPs. Q&A panel at the end.
ORGANIZER;CN=NM Events:mailto:events@network-ops.example.eu
ATTENDEE;CN=abenitez@skycontrolsur.es:mailto:{ME_WORK}
LOCATION:Webex Events
END:VEVENT
""", "REQUEST"), "trade-webinar-panel-qa")

# o29 career coaching
neg("google-export", "coaching-nuria-0317@google.com", gexport(
    "coaching-nuria-0317@google.com", "Sesión coaching carrera con Nuria (CV en inglés + entrevistas)",
    "20250317T190000", "20250317T200000", desc="Revisar CV Europass -> formato 2 páginas; practicar pitch 2 min.",
    tz=TZ_MADRID),
    "career-coaching-session")

# o30 English conversation class, interview practice
neg("ios-hand-typed", "6E5F4A3B-2C1D-4E0F-9A8B-7C6D5E4F3A2B", apple(
    "6E5F4A3B-2C1D-4E0F-9A8B-7C6D5E4F3A2B", "Clase conversación inglés - interview practice (teacher: Mark)",
    "20250402T190000", "20250402T200000", loc="online"),
    "english-class-interview-practice")

# o31 embassy appointment: degree legalisation for Gulf jobs
neg("outlook-personal", "CITA-LEG-2025-00871@citas.example.gob.es", wrap("-//Cita Previa//Legalizaciones//ES", """BEGIN:VEVENT
UID:CITA-LEG-2025-00871@citas.example.gob.es
DTSTAMP:20250303T100000Z
DTSTART;TZID=Europe/Madrid:20250310T093000
DTEND;TZID=Europe/Madrid:20250310T094500
SUMMARY:Cita previa: legalización de documentos (título y licencia)
DESCRIPTION:Localizador: LEG-00871. Presente DNI y documentos originales.
LOCATION:Oficina de Legalizaciones\\, Madrid
END:VEVENT
""", "PUBLISH", TZ_MADRID), "personal-admin-appointment-gulf-prep")

# o32 sister's job interview support (German word Vorstellungsgespräch)
neg("ios-hand-typed", "7F6E5D4C-3B2A-4190-8F7E-6D5C4B3A2910", apple(
    "7F6E5D4C-3B2A-4190-8F7E-6D5C4B3A2910", "Marta Vorstellungsgespräch München - llamarla después",
    "20250324T180000", "20250324T183000", desc="mi hermana, entrevista en la clínica de Múnich. Darle ánimos"),
    "family-member-german-interview")

# o33 TRM/refresher training simulator
neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000A2A2A2A2397ADB01000000000000000010000000FF66FF66FF66FF66FF66FF66FF66FF66",
    outlook("040000008200E00074C5B7101A82E00800000000A2A2A2A2397ADB01000000000000000010000000FF66FF66FF66FF66FF66FF66FF66FF66",
            "Refresco emergencias y situaciones inusuales (simulador) – grupo 3",
            "20250321T080000", "20250321T140000",
            "Formación de refresco obligatoria: fallo de radio, emergencias, evaluación sin calificación.",
            ("Unidad de Formación SkyControl Sur", "formacion@skycontrolsur.es"), [att("Benítez Ruiz, Álvaro", ME_WORK)],
            loc="Simulador TWR 3D", tzid="W. Europe Standard Time", vtz=TZ_WEUROPE),
    "refresher-training-simulator")

# o34 offer negotiation call planning? no: HR pension advice with own employer
neg("google-invite", "alumni-ent7u9w1y3a5c7e@google.com", google(
    "alumni-ent7u9w1y3a5c7e@google.com", "Entrevista para el boletín de antiguos alumnos (Escuela ATC)",
    "20250403T150000Z", "20250403T153000Z",
    "Queremos incluir tu trayectoria como OJTI en el boletín de primavera. 5 preguntas, 20 minutos.",
    ("Boletín Alumni", "alumni@escuela-atc.example.es"), lang="es", meet=("mqa-bnvz-wyr", "551902774")),
    "alumni-newsletter-interview")
