# ruff: noqa: E501
"""holdout248 events, part A: the user's own job interviews (ANSPs, MUAC, Gulf, apron control, academies)."""
from holdout248ev_kit import E, apple, gexport, google, outlook, tbird, wrap
from holdout248ev_zones import (
                                ME_PRIV,
                                ME_WORK,
                                TEAMS_DE,
                                TEAMS_EN,
                                TZ_LISBON,
                                TZ_MADRID,
                                TZ_ROMANCE,
                                TZ_UTC_AMS,
                                TZ_UTC_BRU,
                                TZ_UTC_DE,
                                ZOOM_EN,
                                att,
                                gatt,
)

EVENTS = []
A = EVENTS.append

# 1 ENNA online aptitude + English test (SuccessFactors)
A(E("successfactors-online-test", "SFRCM-ENNA-ACC25-03-INT-0088412", wrap(
    "-//SAP SuccessFactors//Recruiting Interview Scheduling 2.0//EN", f"""BEGIN:VEVENT
UID:SFRCM-ENNA-ACC25-03-INT-0088412
DTSTAMP:20250204T101522Z
DTSTART:20250218T080000Z
DTEND:20250218T103000Z
SUMMARY:ENNA | Prueba online de aptitudes e inglés - Controlador/a de Tránsito Aéreo ACC (Ref. ENNA-ACC-2025-03)
ORGANIZER;CN=ENNA Selección y Talento:mailto:no-reply-seleccion@enna-aero.es
ATTENDEE;CN=Álvaro Benítez Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{ME_PRIV}
DESCRIPTION:Estimado/a Álvaro Benítez Ruiz:\\n\\nLe confirmamos su cita para la FASE 2 del proceso de selecci
 ón externa ENNA-ACC-2025-03 (Controlador/a de Tránsito Aéreo con licencia\\, destino ACC Madrid / ACC Barc
 elona / ACC Canarias).\\n\\nPrueba: batería online de aptitudes (atención dividida\\, razonamiento espacial
 \\, memoria a corto plazo) y prueba de inglés aeronáutico (comprensión auditiva de fraseología OACI).\\nDura
 ción aproximada: 150 minutos. Necesitará ordenador con cámara\\, micrófono y conexión estable. La prueba est
 á supervisada (proctoring).\\n\\nEl enlace personal se enviará 24 horas antes desde la plataforma del provee
 dor de evaluación.\\n\\nUn saludo\\,\\nDepartamento de Selección y Talento – ENNA\\n\\nEste mensaje se ha gene
 rado automáticamente desde SAP SuccessFactors. No responda a esta dirección.
LOCATION:Online (plataforma de evaluación supervisada)
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", "REQUEST"), 1, "ENNA", "Controlador/a de Tránsito Aéreo ACC", "technical", "",
    "successfactors-online-aptitude-test-no-interviewer"))

# 2 ENNA simulator phase (Outlook, Romance Standard Time with VTIMEZONE, SENT-BY)
A(E("outlook-invite", "040000008200E00074C5B7101A82E00800000000D0A1F2C37A7ADB01000000000000000010000000A1C4E85B2F0B6D4E9C1B7A2E55F0C3D1",
    outlook("040000008200E00074C5B7101A82E00800000000D0A1F2C37A7ADB01000000000000000010000000A1C4E85B2F0B6D4E9C1B7A2E55F0C3D1",
            "ENNA-ACC-2025-03 · Fase 3: Evaluación práctica en simulador (radar en ruta)",
            "20250311T083000", "20250311T133000",
            "Buenos días Álvaro:\n\nHa superado la fase 2. Le convocamos a la evaluación práctica en simulador de "
            "la convocatoria ENNA-ACC-2025-03.\n\n- Presentación: 08:15 en recepción del Centro de Formación ENNA "
            "(Av. de la Hispanidad 31, Madrid). Traiga DNI y licencia de controlador.\n- Briefing del espacio "
            "aéreo ficticio (sector LUNAR) 45 min, 2 ejercicios de 40 min (tráfico medio y alto) y debriefing.\n"
            "- Evaluadores: Jorge Quintana Mesa y Ainhoa Prieto (instructores del Centro de Formación).\n\n"
            "Confirme su asistencia respondiendo a esta convocatoria.\n\nSelección y Talento – ENNA",
            ("Selección ENNA", "seleccion@enna-aero.es"),
            [att("Quintana Mesa, Jorge", "jquintana@enna-aero.es"),
             att("Prieto Lasa, Ainhoa", "aprieto@enna-aero.es"),
             att("Benítez Ruiz, Álvaro", ME_PRIV),
             att("CF Madrid - Simulador 2 (24 pos.)", "cf-mad-sim2@enna-aero.es", role="NON-PARTICIPANT",
                 cutype="ROOM", rsvp=False)],
            loc="CF Madrid - Simulador 2 (24 pos.)", tzid="Romance Standard Time", vtz=TZ_ROMANCE,
            sent_by="mcalvo@enna-aero.es"),
    1, "ENNA", "Controlador/a de Tránsito Aéreo ACC", "technical", "jquintana@enna-aero.es;aprieto@enna-aero.es",
    "outlook-sent-by-simulator-phase-room-attendee"))

# 3 ENNA panel, rescheduled (SEQUENCE 2), quoted (UTC+01:00) zone
_u3 = "040000008200E00074C5B7101A82E008000000004F1B9C227B7ADB010000000000000000100000003E9D0A7C51F64A4BB8D0C6E2F7A91B44"
A(E("outlook-rescheduled", _u3, outlook(
    _u3, "NUEVA FECHA – Entrevista personal ante el Tribunal (ENNA-ACC-2025-03, fase 4)",
    "20250408T110000", "20250408T120000",
    "Estimado Álvaro:\n\nPor motivos de agenda del Tribunal se traslada su entrevista personal del 03/04 al "
    "martes 08/04 a las 11:00. El resto de condiciones no cambia.\n\nFormato: entrevista por competencias "
    "(45 min) y preguntas técnicas sobre gestión de tráfico en ruta. Tribunal:\n- Dña. Pilar Echevarría Gil "
    "(Jefa de División ACC Madrid)\n- D. Óscar Villalobos (Supervisor Jefe\\, ACC Barcelona)\n- Dña. Marta Calvo "
    "(Selección y Talento\\, secretaria del Tribunal – sin voto)\n\nSala Tribunal 1\\, sede central ENNA.",
    ("Calvo Ortega, Marta", "mcalvo@enna-aero.es"),
    [att("Echevarría Gil, Pilar", "pechevarria@enna-aero.es"), att("Villalobos Roca, Óscar", "ovillalobos@enna-aero.es"),
     att("Benítez Ruiz, Álvaro", ME_PRIV),
     att("Sede - Sala Tribunal 1", "sala.tribunal1@enna-aero.es", role="NON-PARTICIPANT", cutype="RESOURCE",
         rsvp=False)],
    loc="Sede central ENNA - Sala Tribunal 1", tzid='"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"',
    vtz=TZ_UTC_BRU, seq=2),
    1, "ENNA", "", "final", "pechevarria@enna-aero.es;ovillalobos@enna-aero.es",
    "rescheduled-sequence-2-quoted-utc-zone-secretary-not-interviewer"))

# 4 MUAC FEAST first stage, hand-typed on iPhone (floating)
A(E("ios-hand-typed", "8F2D61C4-3B7A-4E0F-9A51-6C2E7D1B0A93", apple(
    "8F2D61C4-3B7A-4E0F-9A51-6C2E7D1B0A93", "FEAST 1 MUAC online!! (portatil+webcam, DNI, cascos NO)",
    "20250222T100000", "20250222T130000",
    desc="exp. ATCO campaign. link en mail de recruitment. cerrar todo, nada de 2a pantalla", alarm="-PT1H"),
    1, "EUROCONTROL Maastricht UAC", "", "technical", "", "hand-typed-feast-abbrev-floating"))

# 5 MUAC FEAST second stage (Outlook, (UTC+01:00) Amsterdam zone)
_u5 = "040000008200E00074C5B7101A82E00800000000A7C3E1D88B7ADB01000000000000000010000000C0FFEE5A1D2B4C3E8F9A0B1C2D3E4F50"
A(E("outlook-invite", _u5, outlook(
    _u5, "FEAST Second Stage – Experienced Air Traffic Controller (MUAC) – Álvaro Benítez Ruiz",
    "20250325T083000", "20250325T160000",
    "Dear Mr Benítez Ruiz,\n\nFollowing your FEAST First Stage results we are pleased to invite you to the "
    "FEAST Second Stage at the Maastricht Upper Area Control Centre.\n\nProgramme: 08:30 welcome and security "
    "badge, 09:00 airspace familiarisation, 10:30-14:30 simulator-based work samples (two runs, upper airspace), "
    "15:00 short feedback.\nYour assessors for the day: Bram Verhoeven and Katrin Olbrich (Operational "
    "Training).\n\nPlease bring your passport, ATCO licence and medical certificate (Class 3).\nTravel and hotel "
    "are reimbursed according to the rules sent separately.\n\nKind regards,\nMUAC Recruitment Team",
    ("MUAC Recruitment", "muac.recruitment@eurocontrol-muac.eu"),
    [att("Benítez Ruiz, Álvaro", ME_PRIV), att("Verhoeven, Bram", "bram.verhoeven@eurocontrol-muac.eu", role="OPT-PARTICIPANT"),
     att("Olbrich, Katrin", "katrin.olbrich@eurocontrol-muac.eu", role="OPT-PARTICIPANT")],
    loc="MUAC, Luchthavenweg 40, 6199 ZX Beek (NL) – Training Simulator Room B",
    tzid='"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"', vtz=TZ_UTC_AMS, lang="en-US",
    busy="BUSY"),
    1, "EUROCONTROL Maastricht UAC", "Experienced Air Traffic Controller", "technical",
    "bram.verhoeven@eurocontrol-muac.eu;katrin.olbrich@eurocontrol-muac.eu", "feast-second-stage-simulator-outlook"))

# 6 MUAC panel interview (Teams)
_u6 = "040000008200E00074C5B7101A82E0080000000012AB34CD9C7ADB0100000000000000001000000078E2F1A0B9C84D1E9A6B5C4D3E2F1A0B"
A(E("teams-invite", _u6, outlook(
    _u6, "MUAC – Competency-based interview (Experienced ATCO, vacancy MUAC-OPS-2025-07)",
    "20250415T080000", "20250415T091500",
    "Dear Álvaro,\n\nCongratulations on passing the FEAST Second Stage. Your panel interview will take place "
    "online. The panel consists of Liesbeth Janssens (Head of Operations Sector Group Hannover), Pieter Claes "
    "(Senior Operational Expert) and Dr. Anne Moreau (HR Business Partner). Expect questions on teamwork, "
    "handling of unusual situations, and your motivation to relocate to Maastricht.\n\nTimes are in UTC on "
    "this invitation.\n" + TEAMS_EN.format(mid="ZmE4YjM2ZDEtMWQ4Yy00", num="382 104 556 901", pc="Qm7xP2"),
    ("Janssens, Liesbeth", "liesbeth.janssens@eurocontrol-muac.eu"),
    [att("Claes, Pieter", "pieter.claes@eurocontrol-muac.eu"), att("Moreau, Anne (Dr.)", "anne.moreau@eurocontrol-muac.eu"),
     att("alvaro.benitez.ruiz@hotmail.es", ME_PRIV)],
    loc="Microsoft Teams Meeting", tzid=None, lang="en-US",
    extra="X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4YjM2ZDEtMWQ4Yy00%40thread.v2/0\n"),
    1, "EUROCONTROL Maastricht UAC", "Experienced ATCO", "final",
    "liesbeth.janssens@eurocontrol-muac.eu;pieter.claes@eurocontrol-muac.eu;anne.moreau@eurocontrol-muac.eu",
    "teams-utc-panel-organizer-is-interviewer"))

# 7 Khaleej ANS: agency screen naming the client (Google invite from agency)
A(E("google-invite", "5q8m2kd7v1hb0r3c9tj4n6e2ls@google.com", google(
    "5q8m2kd7v1hb0r3c9tj4n6e2ls@google.com",
    "Álvaro Benítez / SkyRoute – Approach Radar Controller, Khaleej ANS (Abu Dhabi)",
    "20250226T150000Z", "20250226T153000Z",
    "Hi Álvaro,\n\nAs discussed on LinkedIn, a 30 min screening call about the Approach Radar Controller "
    "positions our client Khaleej Air Navigation Services is filling in Abu Dhabi (tax-free package, housing, "
    "3-year contract). I'll go through your licence, ratings, ICAO level and hours, then brief you on their "
    "selection process.\n\nI'll call you on +34 6XX XXX 118.\n\nCheers,\nGareth Pryce\nSenior Consultant – ATM, "
    "SkyRoute Aviation Recruitment",
    ("Gareth Pryce", "gareth.pryce@skyroute-recruit.co.uk"), loc="Phone call"),
    1, "Khaleej Air Navigation Services", "Approach Radar Controller", "recruiter_screen",
    "gareth.pryce@skyroute-recruit.co.uk", "agency-screen-names-gulf-client"))

# 8 Khaleej ANS technical panel (Outlook, Arabian Standard Time, no VTIMEZONE, Zoom)
_u8 = "040000008200E00074C5B7101A82E00800000000B3D1A2F0AD7ADB010000000000000000100000005C4B3A29181F0E4D8C7B6A5948372615"
A(E("outlook-zoom-no-vtimezone", _u8, outlook(
    _u8, "KANS Technical Panel Interview – Approach Radar Controller (Ref KANS-ATC-117)",
    "20250312T140000", "20250312T153000",
    "Dear Álvaro,\n\nThank you for your interest in Khaleej Air Navigation Services. Please find below the "
    "details of your technical panel interview (times in UAE local time, GST).\n\nPanel:\n- Capt. Hamad Al "
    "Suwaidi, Manager ATC Training\n- Mr. Colin Fairweather, Senior Approach Supervisor\n\nThe interview includes "
    "a radar scenario discussion and an ICAO English verification.\n\n" + ZOOM_EN.format(
        num="84412093377", pwd="b0xTfL2kQ", num_sp="844 1209 3377", pc="551902", tel="919900112"),
    ("KANS Talent Acquisition", "talent@khaleej-ans.ae"),
    [att("Hamad Al Suwaidi", "h.alsuwaidi@khaleej-ans.ae"), att("Colin Fairweather", "c.fairweather@khaleej-ans.ae"),
     att("Alvaro Benitez Ruiz", ME_PRIV), att("Gareth Pryce", "gareth.pryce@skyroute-recruit.co.uk", role="OPT-PARTICIPANT")],
    loc="Zoom", tzid="Arabian Standard Time", vtz="", lang="en-US"),
    1, "Khaleej Air Navigation Services", "Approach Radar Controller", "technical",
    "h.alsuwaidi@khaleej-ans.ae;c.fairweather@khaleej-ans.ae", "windows-gulf-zone-without-vtimezone-agency-cc"))

# 9 Khaleej ANS final, cancelled (METHOD:CANCEL)
_u9 = "040000008200E00074C5B7101A82E0080000000066E0D4C1B27ADB01000000000000000010000000FA12BC34DE56F078A9B0C1D2E3F40516"
A(E("outlook-cancel", _u9, outlook(
    _u9, "Canceled: KANS – Final interview with Director ATM Operations",
    "20250402T110000", "20250402T114500",
    "Dear Álvaro,\n\nUnfortunately we need to cancel this final interview with Mr. Rashid Al Mazrouei, "
    "Director ATM Operations, due to an operational commitment. Your agency consultant will come back to you "
    "with a new date.\n\nKANS Talent Acquisition",
    ("KANS Talent Acquisition", "talent@khaleej-ans.ae"),
    [att("Rashid Al Mazrouei", "r.almazrouei@khaleej-ans.ae"), att("Alvaro Benitez Ruiz", ME_PRIV)],
    loc="KANS HQ, Abu Dhabi / MS Teams", tzid="Arabian Standard Time", vtz="", lang="en-US", method="CANCEL",
    status="CANCELLED", seq=1, busy="FREE", alarm=0),
    1, "Khaleej Air Navigation Services", "", "final", "r.almazrouei@khaleej-ans.ae", "method-cancel-final-gulf"))

# 10 PAL apron control HR screen (Microsoft Bookings)
_u10 = "bookings-7d3c1e9a-2f44-4b1e-8f0a-3a9b6c2d1e70"
A(E("microsoft-bookings", _u10, outlook(
    _u10, "Entrevista telefónica RRHH – Controlador/a de Plataforma (Apron Control) – Plataforma Aeroportuaria de Levante",
    "20250305T093000", "20250305T100000",
    "Reserva confirmada\n\nHola Álvaro Benítez Ruiz:\n\nGracias por reservar con Plataforma Aeroportuaria de "
    "Levante – Selección.\n\nServicio: Entrevista telefónica RRHH (30 min)\nPersonal: Noelia Ferrer Climent\n"
    "Le llamaremos al teléfono indicado en su candidatura.\n\n¿Necesita hacer cambios? Gestione su reserva: "
    "https://outlook.office365.com/book/SeleccionPAL@plataformalevante.es/\n\nCon tecnología de Microsoft "
    "Bookings",
    ("Plataforma Aeroportuaria de Levante - Selección", "SeleccionPAL@plataformalevante.es"),
    [att("Noelia Ferrer Climent", "nferrer@plataformalevante.es"), att("Álvaro Benítez Ruiz", ME_PRIV)],
    loc="Llamada telefónica", tzid="Romance Standard Time", vtz=TZ_ROMANCE, altdesc=False, alarm=0),
    1, "Plataforma Aeroportuaria de Levante", "Controlador/a de Plataforma (Apron Control)", "recruiter_screen",
    "nferrer@plataformalevante.es", "microsoft-bookings-apron-control-hr-screen"))

# 11 PAL apron simulator test + technical interview (Google export, names only)
A(E("google-export", "3f0d0e7c2b1a@google.com", gexport(
    "3f0d0e7c2b1a@google.com", "PAL - prueba simulador plataforma + entrevista técnica",
    "20250319T090000", "20250319T130000",
    desc="Torre de plataforma T2, preguntar por Ignacio Barberá (jefe de Apron Control). Simulador de "
         "plataforma: secuencia de push-back y rodaje en plataforma norte, luego entrevista técnica con él y "
         "con Rosa Llorens (instructora). Llevar chaleco? no, lo dan ellos.",
    loc="Aeropuerto, Edificio Torre de Plataforma T2, Valencia", tz=TZ_MADRID),
    1, "Plataforma Aeroportuaria de Levante", "", "technical", "Ignacio Barberá;Rosa Llorens",
    "google-export-names-only-apron-simulator"))

# 12 PAL trial shift (Outlook, W. Europe without VTIMEZONE)
_u12 = "040000008200E00074C5B7101A82E008000000009E7F6A5BB57ADB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900"
A(E("outlook-trial-shift", _u12, outlook(
    _u12, "Jornada de prueba (turno de mañana) – Apron Control – candidatura Álvaro Benítez",
    "20250402T063000", "20250402T143000",
    "Hola Álvaro,\n\nComo hablamos, te esperamos para la jornada de prueba en la torre de plataforma dentro del "
    "proceso de selección. Harás el turno de mañana en posición doble con Rosa Llorens, que te evaluará junto "
    "conmigo al final del turno (30 min de valoración).\nAcreditación provisional en el control de seguridad "
    "del personal.\n\nUn saludo,\nIgnacio Barberá\nJefe de Apron Control",
    ("Barberá Soler, Ignacio", "ibarbera@plataformalevante.es"),
    [att("Llorens Mas, Rosa", "rllorens@plataformalevante.es"), att("Álvaro Benítez", ME_PRIV),
     att("Ferrer Climent, Noelia", "nferrer@plataformalevante.es", role="OPT-PARTICIPANT")],
    loc="Torre de Plataforma T2", tzid="W. Europe Standard Time", vtz=""),
    1, "Plataforma Aeroportuaria de Levante", "", "onsite", "ibarbera@plataformalevante.es;rllorens@plataformalevante.es",
    "trial-shift-apron-hr-optional-not-interviewer"))

# 13 Atlántica ATC Academy, Calendly call with head of training
_u13 = "calendly-0b7f3e2a-5c1d-4e8b-9a6f-2d4c8e1b3a57"
A(E("calendly-invite", _u13, wrap("-//Calendly//Calendly Scheduling//EN", f"""BEGIN:VEVENT
UID:{_u13}
DTSTAMP:20250221T181202Z
DTSTART:20250227T163000Z
DTEND:20250227T171500Z
SUMMARY:Entrevista Instructor/a ATC (simulador) - Álvaro Benítez Ruiz y Begoña Arrieta
ORGANIZER;CN=Begoña Arrieta:mailto:barrieta@atlantica-atc.es
ATTENDEE;CN=Álvaro Benítez Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME_PRIV}
ATTENDEE;CN=Begoña Arrieta;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:barrieta@atlantica-atc.es
DESCRIPTION:Event Name: Entrevista Instructor/a ATC (simulador) - 45 min\\n\\nLocation: This is a Google Meet
  web conference. https://meet.google.com/kxd-pqfa-wrn\\n\\nPlease share anything that will help prepare fo
 r our meeting.: OJTI en torre/aproximación en Sevilla desde 2019\\, me interesa el puesto de instructor de s
 imulador (ab initio y habilitación).\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/
 cancellations/0b7f3e2a-5c1d-4e8b\\nReschedule: https://calendly.com/reschedulings/0b7f3e2a-5c1d-4e8b\\n\\nPowe
 red by Calendly.com
LOCATION:https://meet.google.com/kxd-pqfa-wrn
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "REQUEST"), 1, "Atlántica ATC Academy", "Instructor/a ATC (simulador)", "hiring_manager",
    "barrieta@atlantica-atc.es", "calendly-user-is-invitee-academy-instructor"))

# 14 Atlántica teaching demo, Thunderbird hand entry
A(E("thunderbird-hand-typed", "b2c7e0a4-91d3-4f6e-8c2a-5e7d3f1a9b60", tbird(
    "b2c7e0a4-91d3-4f6e-8c2a-5e7d3f1a9b60", "Clase demo Atlántica (instructor sim) - 20 min + preguntas",
    "20250313T110000", "20250313T123000",
    desc="Tema que me han dado: separación radar en aproximación con CBs / desvíos por tormenta. Pizarra + "
         "puesto pseudo-piloto. Tribunal: Begoña Arrieta y Luis Cárdenas (jefe de estudios). Llevar pendrive.",
    loc="Atlántica ATC Academy, C/ Astronomía 3, Sevilla (Aula Sim 1)", tz=TZ_MADRID, cats="Trabajo"),
    1, "Atlántica ATC Academy", "instructor sim", "technical", "Begoña Arrieta;Luis Cárdenas",
    "thunderbird-teaching-demo-names-only"))

# 15 SkyControl Sur internal application (work Outlook)
_u15 = "040000008200E00074C5B7101A82E00800000000C1B2A3948D7ADB0100000000000000001000000067D8E9F0A1B2C3D4E5F60718293A4B5C"
A(E("outlook-internal", _u15, outlook(
    _u15, "Convocatoria interna SUP-TWR-02/2025 – entrevista con Jefatura de Operaciones",
    "20250306T120000", "20250306T130000",
    "Álvaro,\n\nGracias por presentarte a la convocatoria interna de Supervisor/a de Torre (SUP-TWR-02/2025). "
    "Te cito para la entrevista de esta fase. Hablaremos de tu experiencia como OJTI y de cómo organizarías "
    "la sala en los picos de verano.\nRecuerda que tiene que ser fuera de tu turno operativo.\n\nRamón",
    ("Herrera Campos, Ramón", "rherrera@skycontrolsur.es"),
    [att("Benítez Ruiz, Álvaro", ME_WORK)],
    loc="Despacho Jefatura de Operaciones (planta 2)", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    1, "SkyControl Sur", "Supervisor/a de Torre", "hiring_manager", "rherrera@skycontrolsur.es",
    "internal-application-own-employer-work-address"))

# 16 SkyControl Sur internal final panel, with ROOM resource
_u16 = "040000008200E00074C5B7101A82E00800000000E4F5A6B79F7ADB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F"
A(E("outlook-internal-panel", _u16, outlook(
    _u16, "Tribunal final convocatoria interna Supervisor/a de Torre – candidato: Álvaro Benítez",
    "20250320T100000", "20250320T110000",
    "Buenos días,\n\nSe convoca al candidato a la fase final de la convocatoria interna SUP-TWR-02/2025.\n"
    "Tribunal: Inmaculada Prados (Directora de Unidad) y Cristina Lozano (RRHH). Ramón Herrera asiste como "
    "observador.\n\nRRHH SkyControl Sur",
    ("Lozano Díaz, Cristina", "clozano@skycontrolsur.es"),
    [att("Prados Vega, Inmaculada", "iprados@skycontrolsur.es"), att("Benítez Ruiz, Álvaro", ME_WORK),
     att("Herrera Campos, Ramón", "rherrera@skycontrolsur.es", role="OPT-PARTICIPANT"),
     att("Sala Juntas Torre", "salajuntas.torre@skycontrolsur.es", role="NON-PARTICIPANT", cutype="ROOM",
         rsvp=False)],
    loc="Sala Juntas Torre", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    1, "SkyControl Sur", "Supervisor/a de Torre", "final", "iprados@skycontrolsur.es;clozano@skycontrolsur.es",
    "internal-panel-candidate-named-is-user"))

# 17 Austronav online test (Workday, German)
_u17 = "WD-REC-AUSTRONAV-JR-10442-ASMT-7781@myworkday.example"
A(E("workday-invite", _u17, wrap("-//Workday Inc.//Workday Recruiting//DE", f"""BEGIN:VEVENT
UID:{_u17}
DTSTAMP:20250228T073011Z
DTSTART:20250310T090000Z
DTEND:20250310T113000Z
SUMMARY:Online-Eignungstest – Fluglotse/Fluglotsin (lizenziert)\\, ACC Wien (JR-10442)
ORGANIZER;CN=Austronav Recruiting:mailto:recruiting@austronav.at
ATTENDEE;CN=Alvaro Benitez Ruiz;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME_PRIV}
DESCRIPTION:Sehr geehrter Herr Benitez Ruiz\\,\\n\\nvielen Dank für Ihre Bewerbung als lizenzierter Fluglo
 tse/lizenzierte Fluglotsin (m/w/d) bei der Austronav Flugsicherung GmbH. Wir laden Sie zum Online-Eignun
 gstest ein (Mehrfachaufgaben\\, räumliches Vorstellungsvermögen\\, Englisch).\\nDen persönlichen Link erhal
 ten Sie über das Workday-Kandidatenportal.\\n\\nMit freundlichen Grüßen\\nIhr Recruiting-Team
LOCATION:Online
STATUS:CONFIRMED
END:VEVENT
""", "REQUEST"), 1, "Austronav", "Fluglotse/Fluglotsin (lizenziert)", "technical", "",
    "workday-german-online-eignungstest"))

# 18 Austronav interview, rescheduled (SEQUENCE 1, German localized zone, Teams DE)
_u18 = "040000008200E00074C5B7101A82E00800000000F7E6D5C4A37ADB01000000000000000010000000D4C3B2A1908F7E6D5C4B3A2918070605"
A(E("teams-rescheduled-german", _u18, outlook(
    _u18, "Verschoben: Vorstellungsgespräch Fluglotse/Fluglotsin (lizenziert) – Herr Benitez Ruiz",
    "20250403T140000", "20250403T150000",
    "Sehr geehrter Herr Benitez Ruiz,\n\nwie telefonisch besprochen verschieben wir das Gespräch auf "
    "Donnerstag, 3. April, 14:00 Uhr. Am Gespräch nehmen Frau Mag. Ulrike Brandstätter (Leiterin ACC Wien) und "
    "Herr Florian Gruber (Recruiting) teil.\n\nMit freundlichen Grüßen\nFlorian Gruber\n" + TEAMS_DE.format(
        mid="NmQ1ZGY4ZjYtYjM1Mi00", num="361 772 908 415", pc="Wt5rKe"),
    ("Gruber, Florian", "florian.gruber@austronav.at"),
    [att("Brandstätter, Ulrike", "ulrike.brandstaetter@austronav.at"), att("Benitez Ruiz, Alvaro", ME_PRIV)],
    loc="Microsoft Teams-Besprechung", tzid='"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"',
    vtz=TZ_UTC_DE, seq=1, lang="de-AT"),
    1, "Austronav", "Fluglotse/Fluglotsin (lizenziert)", "hiring_manager",
    "ulrike.brandstaetter@austronav.at;florian.gruber@austronav.at", "german-verschoben-sequence-1-localized-zone"))

# 19 Holland Approach Services, Greenhouse phone screen
_u19 = "greenhouse-interview-3318842-7710924@has-atc.nl"
A(E("greenhouse-invite", _u19, wrap("-//Greenhouse Software//Greenhouse Recruiting//EN", f"""BEGIN:VEVENT
UID:{_u19}
DTSTAMP:20250303T141507Z
DTSTART:20250307T100000Z
DTEND:20250307T103000Z
SUMMARY:Phone Screen: Álvaro Benítez Ruiz for Air Traffic Controller – Approach (experienced)
ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@has-atc.nl
ATTENDEE;CN=Sanne de Wit;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:sanne.dewit@has-atc.nl
ATTENDEE;CN=Álvaro Benítez Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_PRIV}
DESCRIPTION:Hi Álvaro\\,\\n\\nThank you for applying to Holland Approach Services. This is a 30-minute ph
 one screen with Sanne de Wit (Talent Acquisition). We will call you at the number on your application.\\n\\n
 Interview: Phone Screen\\nJob: Air Traffic Controller – Approach (experienced)\\nLocation: Schiphol-Oost\\n\\
 nScheduled via Greenhouse
LOCATION:Phone
END:VEVENT
""", "REQUEST"), 1, "Holland Approach Services", "Air Traffic Controller – Approach (experienced)",
    "recruiter_screen", "sanne.dewit@has-atc.nl", "greenhouse-phone-screen-chair"))

# 20 HAS selection day (Outlook W. Europe, no VTIMEZONE)
_u20 = "040000008200E00074C5B7101A82E0080000000031A2B3C4C57ADB010000000000000000100000009988776655443322110FFEEDDCCBBAA9"
A(E("outlook-assessment-centre", _u20, outlook(
    _u20, "HAS Selection Day – Approach ATCO (experienced) – group exercise, sim run, interview",
    "20250402T083000", "20250402T163000",
    "Dear Álvaro,\n\nWelcome to our Selection Day at Schiphol-Oost. Programme:\n08:30 welcome\n09:00 group "
    "exercise (observed)\n10:30 approach simulator run (AMS TMA training airspace)\n13:30 panel interview with "
    "Joost Hermans (Manager Approach) and Yara Bakker (Senior ATCO/Instructor)\n15:30 wrap-up with Talent "
    "Acquisition\n\nBring your passport for the security pass.\n\nSanne de Wit",
    ("de Wit, Sanne", "sanne.dewit@has-atc.nl"),
    [att("Hermans, Joost", "joost.hermans@has-atc.nl"), att("Bakker, Yara", "yara.bakker@has-atc.nl"),
     att("Benítez Ruiz, Álvaro", ME_PRIV),
     att("SPL-OOST Trainingsruimte 3", "room.training3@has-atc.nl", role="NON-PARTICIPANT", cutype="ROOM", rsvp=False)],
    loc="HAS Schiphol-Oost, Trainingsruimte 3", tzid="W. Europe Standard Time", vtz="", lang="en-US"),
    1, "Holland Approach Services", "Approach ATCO (experienced)", "onsite",
    "joost.hermans@has-atc.nl;yara.bakker@has-atc.nl", "assessment-centre-organizer-recruiter-no-vtimezone"))

# 21 Remotower Nordic via agency (Zoom-generated ics)
_u21 = "ZOOM83310947225@zoom.us"
A(E("zoom-invite", _u21, wrap("-//zoom.us//iCalendar Event//EN", f"""BEGIN:VEVENT
DTSTAMP:20250306T091200Z
DTSTART:20250311T130000Z
DTEND:20250311T134500Z
SUMMARY:Intro call – Remote Tower ATCO (client: Remotower Nordic AB\\, Sundsvall RTC) – Bluesky Aviation St
 affing
UID:{_u21}
TZID:UTC
DESCRIPTION:Helen Ashdown is inviting you to a scheduled Zoom meeting.\\n\\nHi Álvaro\\, quick intro call ab
 out the Remote Tower ATCO roles with our client Remotower Nordic AB. I'll screen your ratings (ADI/ADV\\, AP
 S) and explain their process. Swedish not required at the start.\\n\\nJoin Zoom Meeting\\nhttps://us02web.zo
 om.us/j/83310947225?pwd=Zk9hR0dqT1\\n\\nMeeting ID: 833 1094 7225\\nPasscode: 447120
LOCATION:https://us02web.zoom.us/j/83310947225?pwd=Zk9hR0dqT1
ORGANIZER;CN=Helen Ashdown:mailto:helen.ashdown@bluesky-aviationstaffing.com
ATTENDEE;CN=Alvaro Benitez;RSVP=TRUE:mailto:{ME_PRIV}
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
""", "REQUEST"), 1, "Remotower Nordic", "Remote Tower ATCO", "recruiter_screen",
    "helen.ashdown@bluesky-aviationstaffing.com", "agency-zoom-names-client-remote-tower"))

# 22 Remotower Nordic technical interview (Teams, UTC)
_u22 = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E67ADB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0"
A(E("teams-invite", _u22, outlook(
    _u22, "Technical interview – Remote Tower ATCO (Sundsvall RTC)",
    "20250324T120000Z", "20250324T131500Z",
    "Hi Álvaro,\n\nThanks for taking the time. In this interview Mikael Lindqvist (RTC Manager) and I will go "
    "through some traffic scenarios in a remote tower context (multiple aerodromes, visual presentation, "
    "contingency) and your training experience as OJTI.\n\nBest regards,\nEbba Sjöberg\nOperational Instructor\n"
    + TEAMS_EN.format(mid="YTk3ZTA0MzAtNmRhNi00", num="311 908 422 763", pc="Ds8Ujm"),
    ("Sjöberg, Ebba", "ebba.sjoberg@remotower.se"),
    [att("Lindqvist, Mikael", "mikael.lindqvist@remotower.se"), att("Benitez, Alvaro", ME_PRIV),
     att("Helen Ashdown", "helen.ashdown@bluesky-aviationstaffing.com", role="OPT-PARTICIPANT", partstat="ACCEPTED")],
    loc="Microsoft Teams Meeting", tzid=None, lang="en-US"),
    1, "Remotower Nordic", "Remote Tower ATCO", "technical",
    "ebba.sjoberg@remotower.se;mikael.lindqvist@remotower.se", "teams-utc-z-agency-optional-attendee"))

# 23 Simaero Systems HR (Lever, French)
_u23 = "lever-interview-6a0d2c51-88e4-4f0f-b2a1-7c9e3d5f1b22"
A(E("lever-invite", _u23, wrap("-//Lever//Lever Hire//FR", f"""BEGIN:VEVENT
UID:{_u23}
DTSTAMP:20250304T160211Z
DTSTART;TZID=Europe/Paris:20250312T143000
DTEND;TZID=Europe/Paris:20250312T150000
SUMMARY:Entretien RH – Expert opérationnel ATC (H/F) – Simaero Systems
ORGANIZER;CN=Camille Roux:mailto:camille.roux@simaero.fr
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.roux@simaero.fr
ATTENDEE;CN=Álvaro Benítez Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{ME_PRIV}
DESCRIPTION:Bonjour Álvaro\\,\\n\\nMerci pour votre candidature au poste d'Expert opérationnel ATC (H/F) au
  sein de notre équipe simulateurs à Toulouse. Je vous propose un premier échange de 30 minutes (visio Goog
 le Meet) pour parler de votre parcours et du poste.\\n\\nLien : https://meet.google.com/tqe-vuwk-hzs\\n\\nBie
 n cordialement\\,\\nCamille Roux – Talent Acquisition\\n\\n--\\nPlanifié avec Lever
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
""", "REQUEST", TZ_ROMANCE.replace("Romance Standard Time", "Europe/Paris")),
    1, "Simaero Systems", "Expert opérationnel ATC (H/F)", "recruiter_screen", "camille.roux@simaero.fr",
    "lever-french-entretien-rh"))

# 24 Simaero technical (Google invite, Meet)
A(E("google-invite", "0n4r7p1s9u2w5y8a3c6e@google.com", google(
    "0n4r7p1s9u2w5y8a3c6e@google.com", "Entretien technique + cas pratique – Expert opérationnel ATC (Álvaro Benítez)",
    "20250326T090000Z", "20250326T103000Z",
    "Bonjour Álvaro,\n\nComme convenu, entretien technique avec Thierry Bonnefoy (responsable produit "
    "simulateurs ATC) et moi-même. Cas pratique : vous rédigerez la spécification d'un exercice d'approche "
    "(densité, pannes, pilotes) pour un client ANSP.\n\nGuillaume Péret – Lead Simulation Engineer",
    ("Guillaume Péret", "guillaume.peret@simaero.fr"),
    [gatt("Thierry Bonnefoy", "thierry.bonnefoy@simaero.fr")], meet=("dzw-bhrt-qxe", "482917305")),
    1, "Simaero Systems", "Expert opérationnel ATC", "technical",
    "guillaume.peret@simaero.fr;thierry.bonnefoy@simaero.fr", "google-meet-french-case-study"))

# 25 EuroATC Training Institute, Zoom interview
_u25 = "ZOOM87744120931@zoom.us"
A(E("zoom-invite", _u25, wrap("-//zoom.us//iCalendar Event//EN", f"""BEGIN:VEVENT
DTSTAMP:20250310T102000Z
DTSTART;TZID=Europe/Lisbon:20250318T150000
DTEND;TZID=Europe/Lisbon:20250318T154500
SUMMARY:Instructor interview – ATC Simulator Instructor (APP/TWR)\\, EuroATC Training Institute
UID:{_u25}
TZID:Europe/Lisbon
DESCRIPTION:Rui Fonseca is inviting you to a scheduled Zoom meeting.\\n\\nTopic: Interview – Álvaro Benítez
  Ruiz – ATC Simulator Instructor\\n\\nJoin Zoom Meeting\\nhttps://us06web.zoom.us/j/87744120931?pwd=aGdW\\n\\n
 Meeting ID: 877 4412 0931\\nPasscode: 903311
LOCATION:https://us06web.zoom.us/j/87744120931?pwd=aGdW
ORGANIZER;CN=Rui Fonseca:mailto:rui.fonseca@euroatc-institute.pt
ATTENDEE;CN=alvaro.benitez.ruiz@hotmail.es;RSVP=TRUE:mailto:{ME_PRIV}
END:VEVENT
""", "REQUEST", TZ_LISBON), 1, "EuroATC Training Institute", "ATC Simulator Instructor (APP/TWR)", "hiring_manager",
    "rui.fonseca@euroatc-institute.pt", "zoom-lisbon-zone-instructor"))

# 26 EuroATC demo lesson (Google invite in Lisbon time)
A(E("google-invite", "7hq2k0d5lm3n8p1r4t6v9x0z2b@google.com", google(
    "7hq2k0d5lm3n8p1r4t6v9x0z2b@google.com", "Demo lesson + simulator session – Álvaro Benítez (Simulator Instructor)",
    "20250409T090000", "20250409T123000",
    "Hi Álvaro, as agreed: 30 min theory demo lesson (topic of your choice from the APS rating syllabus), then "
    "you run a simulator exercise with two of our students as pseudo-pilots while Rui Fonseca and Inês "
    "Tavares (Head of Training) observe. Lunch with the team afterwards.\n\nInês",
    ("Inês Tavares", "ines.tavares@euroatc-institute.pt"),
    [gatt("Rui Fonseca", "rui.fonseca@euroatc-institute.pt")],
    loc="EuroATC Training Institute, Rua das Gaivotas 12, Oeiras", tz=TZ_LISBON, tzid="Europe/Lisbon"),
    1, "EuroATC Training Institute", "Simulator Instructor", "onsite",
    "ines.tavares@euroatc-institute.pt;rui.fonseca@euroatc-institute.pt", "demo-lesson-students-are-not-interviewers"))

# 27 TorreControl Ibérica, hand-typed on iPhone
A(E("ios-hand-typed", "C0E4A9B2-7D1F-4A63-8E25-B9F0D3C6A718", apple(
    "C0E4A9B2-7D1F-4A63-8E25-B9F0D3C6A718", "Entrev. TCI jefe torre Lanzarote - me llama Marta (RRHH)",
    "20250304T173000", "20250304T180000", desc="tener a mano horas APP/TWR y nómina actual", alarm="-PT15M"),
    1, "TorreControl Ibérica", "jefe torre", "recruiter_screen", "Marta", "hand-typed-acronym-company-first-name"))

# 28 NavLusa (Google invite, English)
A(E("google-invite", "2mv9c4x7b1n5q8w3e6r0t2y4u7@google.com", google(
    "2mv9c4x7b1n5q8w3e6r0t2y4u7@google.com", "NavLusa – ICAO English check & technical interview (ATCO Lisboa ACC)",
    "20250317T140000Z", "20250317T153000Z",
    "Dear Álvaro,\n\nPart 1 (30 min): ICAO English proficiency check with our language assessor.\nPart 2 (60 "
    "min): technical interview with Duarte Meireles (ACC Operations) on en-route procedures, coordination "
    "with adjacent units and your OJTI experience.\n\nBest regards,\nMariana Sousa, People & Talent – NavLusa",
    ("Mariana Sousa", "mariana.sousa@navlusa.pt"),
    [gatt("Duarte Meireles", "duarte.meireles@navlusa.pt"), gatt("ICAO Language Assessor", "lpr.assessor@navlusa.pt")],
    meet=("hqa-rmzt-ufe", "771204938")),
    1, "NavLusa", "ATCO Lisboa ACC", "technical", "duarte.meireles@navlusa.pt;lpr.assessor@navlusa.pt",
    "google-two-part-english-check-and-technical"))
