"""holdout48: the user's own interviews with Spanish employers (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout48ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    MACOS,
    OUTLOOK,
    TBIRD,
    E,
    att,
    cal,
    me,
    meet,
    org,
    teams,
    vevent,
    webex,
    zoom,
)

R = "RESOURCE"


def events() -> list[dict[str, str]]:
    out = []
    # 1 Greenhouse, Spanish template, coordinator organiser
    out.append(E("greenhouse-es", "greenhouse-es", (1, "Iberovía Concesiones", "Jefe/a de Proyecto Ferroviario",
                                                    "technical", "rgallardo@iberovia.com;mpuerta@iberovia.com"),
        cal(GOOGLE, [vevent(
            "gh-9f3a1c27e84b@iberovia.greenhouse.io", "Entrevista técnica: Lucía Benítez Ortega – Jefe/a de Proyecto "
            "Ferroviario (Iberovía Concesiones)", "20250311T100000", 75,
            desc="Hola Lucía,\n\nGracias por tu interés en Iberovía Concesiones. Te confirmamos la entrevista técnica "
                 "para la posición de Jefe/a de Proyecto Ferroviario.\n\nEntrevistadores:\n- Rocío Gallardo, Directora "
                 "de Proyectos Ferroviarios\n- Manuel Puerta, Jefe de Estudios\n\nDuración: 75 minutos. Te pediremos "
                 "que comentes un proyecto de renovación de vía que hayas gestionado.\n\n" + meet("hxq-rtvb-kaz")
                 + "\n\nUn saludo,\nNerea Salas · Talent Acquisition Coordinator",
            loc="https://meet.google.com/hxq-rtvb-kaz",
            organizer=org("Nerea Salas", "no-reply@greenhouse.io", sent_by="nsalas@iberovia.com"),
            attendees=[me(), att("Rocío Gallardo", "rgallardo@iberovia.com", ps="ACCEPTED", rsvp=False),
                       att("Manuel Puerta", "mpuerta@iberovia.com", ps="ACCEPTED", rsvp=False),
                       att("Nerea Salas", "nsalas@iberovia.com", role="OPT-PARTICIPANT", ps="ACCEPTED")])])))
    # 2 Outlook, Windows zone, CN "Last, First", X-ALT-DESC
    alt = ("<html><body><p>Estimada Lucía:</p><p>Le convoco a una entrevista con el Director de Contratación "
           "de OCN para la vacante de <b>Project Manager – Saneamiento</b>.</p></body></html>")
    out.append(E("outlook-win-es", "outlook-windows-zone-es", (1, "Obras y Canales del Norte", "Project Manager – "
                                                               "Saneamiento", "hiring_manager", "iarrieta@ocnorte.es"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000B0C4F1D2A98BDB01000000000000000010000000A1E3C7F0D4B5",
            "Entrevista OCN - Project Manager Saneamiento", "20250313T163000", 60, tz="win",
            desc="Estimada Lucía:\n\nLe convoco a una entrevista con el Director de Contratación de OCN (Obras y "
                 "Canales del Norte) para la vacante de Project Manager – Saneamiento. La entrevista la realizará "
                 "Iñaki Arrieta.\n\nAtentamente,\nAinhoa Etxeberria\nRecursos Humanos\n\n" + teams("es", "ZmQ4NjUx"),
            alt=alt, loc="Reunión de Microsoft Teams",
            organizer=org("Etxeberria Lasa, Ainhoa", "aetxeberria@ocnorte.es"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Arrieta Goñi, Iñaki", "iarrieta@ocnorte.es")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "CLASS:PUBLIC",
                   "PRIORITY:5", "TRANSP:OPAQUE"])])))
    # 3 Personio phone screen
    out.append(E("personio-phone-es", "phone-screen-es", (1, "Aguas de Levante Gestión", "Project Manager "
                                                          "Redes de Agua", "recruiter_screen",
                                                          "lmarti@aguaslevante.es"),
        cal("-//Personio GmbH//Personio Recruiting//DE", [vevent(
            "personio-interview-55128834@aguaslevante.jobs.personio.de", "Entrevista telefónica | Project Manager "
            "Redes de Agua | Aguas de Levante Gestión", "20250304T123000", 30,
            desc="Hola Lucía,\n\nLaura Martí (Selección) te llamará al número que indicaste en tu candidatura "
                 "(+34 6XX XXX 214). Es una primera conversación de unos 30 minutos sobre tu experiencia y tus "
                 "expectativas.\n\nSaludos,\nEquipo de Personas · Aguas de Levante Gestión",
            loc="Llamada telefónica", organizer=org("Laura Martí", "lmarti@aguaslevante.es"),
            attendees=[me(), att("Laura Martí", "lmarti@aguaslevante.es", ps="ACCEPTED")])])))
    # 4 terse hand-typed entry on iPhone
    out.append(E("handtyped-ios-es", "handtyped-es", (1, "Vialtec Infraestructuras", "", "", ""),
        cal(APPLE, [vevent("8C1D2F7A-3B9E-4C61-A0D5-7E2F9B1C4A68", "Entrevista Vialtec 2ª ronda", "20250318T093000",
                           90, loc="Vialtec\nAv. de la Innovación 15, 41020 Sevilla, España",
                           desc="llevar portfolio A3 + certificados PRL",
                           extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE"])],
            method=None)))
    # 5 Teamtailor first interview
    out.append(E("teamtailor-es", "teamtailor-es", (1, "Hidrosur Gestión del Agua", "Responsable de Proyectos de "
                                                    "Abastecimiento", "recruiter_screen", "pvega@hidrosur.es"),
        cal("-//Teamtailor//Teamtailor Calendar//EN", [vevent(
            "tt-meeting-7b21f0c4-93aa-4e51-b2de-0c5f1f6d8a11", "Primera entrevista con Hidrosur – Responsable de "
            "Proyectos de Abastecimiento", "20250305T110000", 45,
            desc="Hola Lucía:\n\nEsta primera entrevista la hará Paula Vega, de nuestro equipo de Talento. "
                 "Hablaremos de tu trayectoria y de la posición.\n\n" + teams("es", "YjE3OTQz")
                 + "\n\nGestionado con Teamtailor",
            loc="Microsoft Teams", organizer=org("Hidrosur Gestión del Agua", "notifications@teamtailor-mail.com"),
            attendees=[me(), att("Paula Vega", "pvega@hidrosur.es", ps="ACCEPTED")])])))
    # 6 agency invite naming the employer; interviewers only by name
    out.append(E("agency-es", "agency-names-employer-es", (1, "Carreteras Meridionales", "Jefe/a de Proyecto de "
                                                           "Conservación de Carreteras", "hiring_manager",
                                                           "ramón villar"),
        cal(OUTLOOK, [vevent(
            "f3e91b2c-selectia-0412-lbo", "Entrevista Carreteras Meridionales – Jefe/a de Proyecto Conservación",
            "20250312T170000", 60, tz="utc1",
            desc="Hola Lucía,\n\nComo hablamos, te confirmo la entrevista con nuestro cliente Carreteras Meridionales "
                 "S.A. para la posición de Jefe/a de Proyecto de Conservación de Carreteras. Te entrevistará D. Ramón "
                 "Villar, Director de Explotación. Yo no estaré en la entrevista; llámame al salir.\n\nDirección: "
                 "C/ Leonardo da Vinci 8, Isla de la Cartuja, Sevilla. Pregunta en recepción por él.\n\nMucha suerte,"
                 "\nGonzalo Ibarra\nSenior Consultant · Selectia Ingeniería (Headhunting)",
            loc="Carreteras Meridionales, C/ Leonardo da Vinci 8, Sevilla",
            organizer=org("Ibarra, Gonzalo", "gibarra@selectia-ingenieria.com"),
            attendees=[att("Lucía Benítez", "lucia.benitez.ing@hotmail.es")])])))
    # 7 Workday final, room resource
    out.append(E("workday-final-es", "workday-final-room-es", (1, "Sevitrans Ingeniería", "Project Manager "
                                                               "Infraestructuras", "final",
                                                               "fcabello@sevitrans.com;jmunoz@sevitrans.com"),
        cal(EXCHANGE, [vevent(
            "WD-INT-R10482-000377@sevitrans.wd3.myworkdayjobs.com", "Entrevista final – Project Manager "
            "Infraestructuras (R-10482)", "20250403T100000", 120, tz="win",
            desc="Estimada Lucía:\n\nNos complace invitarle a la entrevista final del proceso R-10482 Project "
                 "Manager Infraestructuras. Participarán Francisco Cabello (Director de Operaciones) y Julia Muñoz "
                 "(Directora de RR. HH.). La reunión tendrá lugar en nuestras oficinas centrales, sala Triana "
                 "(planta 3).\n\nEste mensaje ha sido generado por Workday.",
            loc="Sala Triana - Sevitrans Sede Central",
            organizer=org("Sevitrans Careers", "sevitrans@myworkday.com"),
            attendees=[me(), att("Cabello, Francisco", "fcabello@sevitrans.com"),
                       att("Muñoz, Julia", "jmunoz@sevitrans.com"),
                       att("Sala Triana (12)", "sala.triana@sevitrans.com", cutype="ROOM", role="NON-PARTICIPANT")])])))
    # 8 Calendly booked with a free-mail founder
    out.append(E("calendly-founder-es", "calendly-freemail-founder-es", (1, "Tecnoaqua Ingeniería", "Jefe/a de "
                                                                          "Obra Hidráulica", "",
                                                                          "javier.ruiz.albarran@gmail.com"),
        cal("-//Calendly//Calendly//EN", [vevent(
            "calendly-b4d0e2a8-1f7c-41f8-9d02-0a6c58e3bb19", "Lucía Benítez Ortega y Javier Ruiz Albarrán",
            "20250307T180000", 30,
            desc="Tipo de evento: Primera entrevista – Jefe/a de Obra Hidráulica\n\nInvitado: Lucía Benítez Ortega "
                 "\nCorreo del invitado: lucia.benitez.ing@hotmail.es\n\nRespuestas:\n¿En qué empresa trabajas "
                 "actualmente? Constructora Guadalquivir\n\nTecnoaqua Ingeniería – somos 14 y crecemos. Javier, "
                 "fundador.\n\n¿Necesitas hacer cambios? Cancelar: https://calendly.com/cancellations/b4d0e2a8",
            loc="https://meet.google.com/wzp-qdka-mre",
            organizer=org("Javier Ruiz Albarrán", "javier.ruiz.albarran@gmail.com"),
            attendees=[att("Lucía Benítez Ortega", "lucia.benitez.ing@hotmail.es", ps="ACCEPTED")])])))
    # 9 SuccessFactors technical
    out.append(E("successfactors-es", "successfactors-es", (1, "Acueductos Ibéricos", "Técnico/a Senior de "
                                                            "Proyectos", "technical", "ssoler@acueductos.es"),
        cal("-//SAP SuccessFactors//Recruiting Interview Scheduling//EN", [vevent(
            "SF-IS-REQ8821-CAND22019-1", "Invitación a entrevista: Técnico/a Senior de Proyectos – Acueductos "
            "Ibéricos", "20250320T090000", 60, tz="madrid",
            desc="Estimada candidata:\n\nLe invitamos a una entrevista técnica para la posición Técnico/a Senior de "
                 "Proyectos (REQ 8821). Entrevistador: Sergio Soler, Jefe de Área de Conducciones.\n\nPor favor, "
                 "acepte o proponga un nuevo horario desde el portal del candidato.\n\n" + webex("es", "2374 118 9021"),
            loc="Webex", organizer=org("Acueductos Ibéricos Selección", "seleccion@acueductos.es"),
            attendees=[me(), att("Sergio Soler", "ssoler@acueductos.es")])])))
    # 10 recurring assessment centre with an override (same UID)
    uid = "fsi-assess-2025-0325-lbo@ferroviasdelsur.es"
    base = vevent(uid, "Assessment center FSI – Gestor/a de Proyectos Ferroviarios", "20250325T090000", 240,
                  desc="Jornadas de evaluación presencial (2 días): caso práctico de planificación de una "
                       "renovación de vía en grupo el día 1 y entrevista individual con el comité el día 2 "
                       "(Elena Morales, Dtra. Técnica, y Andrés Pino, Jefe de Proyectos).",
                  loc="FSI – Ferrovías del Sur Ingeniería, Av. Kansas City 32, Sevilla",
                  organizer=org("Beatriz Lora", "blora@ferroviasdelsur.es"),
                  attendees=[me(), att("Elena Morales", "emorales@ferroviasdelsur.es"),
                             att("Andrés Pino", "apino@ferroviasdelsur.es")],
                  extra=["RRULE:FREQ=DAILY;COUNT=2"])
    over = vevent(uid, "Assessment center FSI – Gestor/a de Proyectos Ferroviarios (día 2: entrevista)",
                  "20250326T113000", 90, recurrence_id="20250326T090000",
                  desc="Día 2 cambiado: la entrevista con el comité empieza a las 11:30.",
                  loc="FSI – Ferrovías del Sur Ingeniería, Av. Kansas City 32, Sevilla",
                  organizer=org("Beatriz Lora", "blora@ferroviasdelsur.es"),
                  attendees=[me(), att("Elena Morales", "emorales@ferroviasdelsur.es"),
                             att("Andrés Pino", "apino@ferroviasdelsur.es")], seq=1)
    out.append(E("recurring-override-es", "recurring-override-es", (1, "Ferrovías del Sur Ingeniería",
                                                                    "Gestor/a de Proyectos Ferroviarios", "onsite",
                                                                    "emorales@ferroviasdelsur.es;"
                                                                    "apino@ferroviasdelsur.es"),
        cal(GOOGLE, [base, over])))
    # 11 cancelled technical interview
    out.append(E("cancel-es", "cancelled-method-cancel-es", (1, "Valle Ebro Ingeniería Civil", "Jefe/a de Proyecto de "
                                                             "Carreteras", "technical", "dlasheras@valleebro.es"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000050A1B2C3D4E5DB01000000000000000010000000C2A4E6F8",
            "Cancelada: Entrevista técnica - Jefe/a de Proyecto de Carreteras", "20250314T120000", 60, tz="win",
            desc="Lucía, tenemos que cancelar la entrevista técnica del viernes con David Lasheras; te escribo para "
                 "buscar otra fecha.\n\nMarta Ibáñez\nValle Ebro Ingeniería Civil",
            organizer=org("Ibáñez, Marta", "mibanez@valleebro.es"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Lasheras, David", "dlasheras@valleebro.es")], seq=2, status="CANCELLED")],
            method="CANCEL")))
    # 12 rescheduled hiring manager interview
    out.append(E("rescheduled-es", "rescheduled-sequence-es", (1, "Puertos y Dársenas del Atlántico", "Jefa de "
                                                               "Proyectos Portuarios", "hiring_manager",
                                                               "cfreire@pdatlantico.es"),
        cal(GOOGLE, [vevent(
            "2s8d0f1k4j9q7m3n5b6v@google.com", "Entrevista Lucía Benítez / Carlos Freire (nueva hora)",
            "20250321T160000", 45,
            desc="Hola Lucía, muevo la entrevista a las 16:00 por un solape con el consejo. Seguimos con lo "
                 "hablado: conversación contigo sobre la plaza de Jefa de Proyectos Portuarios en el área de "
                 "Infraestructuras de Puertos y Dársenas del Atlántico.\n\nCarlos Freire\nDirector de "
                 "Infraestructuras\n\n" + meet("pfo-mzhd-ter"),
            organizer=org("Carlos Freire", "cfreire@pdatlantico.es"),
            attendees=[att("Lucía Benítez", "lucia.benitez.ing@hotmail.es", ps="TENTATIVE"),
                       att("Carlos Freire", "cfreire@pdatlantico.es", ps="ACCEPTED", rsvp=False)], seq=3,
            extra=["LAST-MODIFIED:20250319T091204Z"])])))
    # 13 all-day onsite selection day typed by the user
    out.append(E("allday-es", "allday-onsite-es", (1, "TerraPuente Ingenieros", "", "onsite", ""),
        cal(GOOGLE, [vevent("0a1bcrm4qrkt7ld2ni6o8ep3vg@google.com", "Jornada de selección presencial TerraPuente "
                            "(Madrid) - AVE 7:00", "20250402", tz="allday", end="20250403",
                            desc="Oficinas TerraPuente Ingenieros, Paseo de la Castellana 141. Pruebas + entrevistas "
                                 "todo el día. Vuelta AVE 20:30.", extra=["TRANSP:TRANSPARENT"])], method=None)))
    # 14 SmartRecruiters in English, UTC times
    out.append(E("smartrecruiters-utc-en", "smartrecruiters-utc-en", (1, "GeoTúnel Engineering", "Infrastructure "
                                                                       "Project Manager", "technical",
                                                                       "o.reyes@geotunel.com;h.sandoval@geotunel.com"),
        cal("-//SmartRecruiters//Interview Scheduler//EN", [vevent(
            "sr-int-6f9b2a3c71e04d1c@smartrecruiters.com", "Interview invitation: Infrastructure Project Manager – "
            "GeoTúnel Engineering", "20250327T083000", 60, tz="utc",
            desc="Dear Lucía,\n\nThank you for applying to GeoTúnel Engineering. You are invited to a technical "
                 "interview with Óscar Reyes (Tunnelling Lead) and Helena Sandoval (PMO).\n\nPlease join via "
                 "Teams. All times are shown in UTC.\n\n" + teams("en", "NjJmYzE0"),
            loc="Microsoft Teams Meeting", organizer=org("GeoTúnel Recruiting", "noreply@smartrecruiters.com"),
            attendees=[me(), att("Óscar Reyes", "o.reyes@geotunel.com"),
                       att("Helena Sandoval", "h.sandoval@geotunel.com")])])))
    # 15 Thunderbird floating entry, interviewer named only
    out.append(E("tbird-floating-es", "thunderbird-floating-handtyped-es", (1, "Balear Infraestructuras Viarias",
                                                                            "", "", "marga coll"),
        cal(TBIRD, [vevent("5d7a9e31-0c44-4b8f-a2e6-91f0c3b7d512", "Entrevista Balear Infraestructuras Viarias (Teams)",
                           "20250310T130000", 60, tz="float",
                           desc="con Marga Coll, directora técnica. Preguntar por traslado a Palma y por la obra "
                                "del segundo cinturón.", extra=["X-MOZ-GENERATION:2"])], method=None)))
    # 16 X-WR-TIMEZONE calendar export, floating time
    out.append(E("xwr-final-es", "x-wr-timezone-final-es", (1, "Norvía Project Management", "Senior Project Manager",
                                                            "final", "ealcantara@norvia-pm.es"),
        cal(GOOGLE, [vevent("7hj2k9d0s1f4g6a8@google.com", "Entrevista final Norvía – Senior PM (con CEO)",
                            "20250409T124500", 60, tz="xwr",
                            desc="Última ronda para Senior Project Manager. Con Eva Alcántara (CEO). Norvía Project "
                                 "Management, C/ Rioja 12, Sevilla.",
                            organizer=org("Eva Alcántara", "ealcantara@norvia-pm.es"),
                            attendees=[me(ps="ACCEPTED"), att("Eva Alcántara", "ealcantara@norvia-pm.es",
                                                               ps="ACCEPTED")])],
            method="PUBLISH", xwr="Europe/Madrid", calname="Lucía")))
    # 17 Microsoft Bookings
    out.append(E("bookings-es", "ms-bookings-es", (1, "Estudio Altamar Ingeniería", "Ingeniero/a de Proyectos de "
                                                   "Agua", "recruiter_screen", "rrhh.nieto@estudioaltamar.com"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000D4F6A8BACCDEDB0100000000000000001000000099B1C3D5",
            "Entrevista de selección (30 min) con Rocío Nieto", "20250306T093000", 30, tz="utc1",
            desc="Su reserva con Estudio Altamar Ingeniería está confirmada.\n\nServicio: Entrevista de selección – "
                 "Ingeniero/a de Proyectos de Agua\nPersonal: Rocío Nieto (Recursos Humanos)\n\n"
                 + teams("es", "OTc0ZDIx") + "\n\nCon tecnología de Microsoft Bookings",
            organizer=org("Estudio Altamar Ingeniería", "seleccion@estudioaltamar.com"),
            attendees=[att("Lucía Benítez Ortega", "lucia.benitez.ing@hotmail.es"),
                       att("Rocío Nieto", "rrhh.nieto@estudioaltamar.com", role="REQ-PARTICIPANT")])])))
    # 18 Webex, two interviewers "Last, First"
    out.append(E("webex-es", "webex-last-first-es", (1, "Transfer Rail Iberia", "Project Manager Señalización",
                                                     "hiring_manager",
                                                     "iperalta@transferrail.es;vbosch@transferrail.es"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DB0100000000000000001000000043FA21C0",
            "TRI | Entrevista Project Manager Señalización – Lucía Benítez", "20250401T150000", 60, tz="win",
            desc="Buenas tardes Lucía,\n\nTe enviamos la convocatoria para la entrevista con el responsable de la "
                 "posición, Ignacio Peralta, y con Vicent Bosch (Jefe de Área Señalización).\n\n"
                 + webex("es", "2651 449 0037") + "\n\nTransfer Rail Iberia, S.L.",
            organizer=org("Peralta Cano, Ignacio", "iperalta@transferrail.es"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Bosch Ferrer, Vicent", "vbosch@transferrail.es")])])))
    # 19 direct Google invite from an employee at a brand-named domain
    out.append(E("direct-google-es", "direct-employee-acronym-domain-es", (1, "Autopistas del Atlántico Sur",
                                                                           "Jefa de Proyecto de Carreteras",
                                                                           "hiring_manager", "sprieto@autasur.es"),
        cal(GOOGLE, [vevent(
            "4u7a2lq9vb3c0n1m8x5z6k@google.com", "Lucía Benítez – charla puesto Jefa de Proyecto", "20250317T100000",
            45, desc="Hola Lucía, te paso la invitación para que hablemos del puesto de Jefa de Proyecto de Carreteras "
                     "que lleva mi área. Soy el responsable de la posición.\n\nSantiago Prieto\nDirector de "
                     "Contratos · AUTASUR\n\n" + meet("qwn-cpbj-ust"),
            organizer=org("Santiago Prieto", "sprieto@autasur.es"),
            attendees=[att("lucia.benitez.ing@hotmail.es", "lucia.benitez.ing@hotmail.es"),
                       att("Santiago Prieto", "sprieto@autasur.es", ps="ACCEPTED", rsvp=False)])])))
    # 20 Outlook "(UTC+01:00)" zone, practical test, room
    out.append(E("outlook-utc1-practical-es", "outlook-utc-zone-practical-es", (1, "Ingeniería Técnica de Redes "
                                                                                "Hidráulicas", "Project Manager EDAR",
                                                                                "technical", "alozano@itrh.es"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000011C2D3E4F5A6DB01000000000000000010000000E7D8C9BA",
            "Prueba práctica + entrevista técnica (Project Manager EDAR)", "20250408T093000", 150, tz="utc1",
            desc="Lucía, te esperamos en ITRH para la prueba práctica (planificación y presupuesto de una EDAR de "
                 "20.000 h-e, 90 min) seguida de la entrevista técnica con Alberto Lozano. Trae calculadora y "
                 "portátil.\n\nRecepción: pregunta por Inma.",
            loc="ITRH - Sala Guadaíra", organizer=org("Ortiz, Inmaculada", "iortiz@itrh.es"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Lozano, Alberto", "alozano@itrh.es"),
                       att("ITRH - Sala Guadaíra", "sala.guadaira@itrh.es", cutype=R, role="NON-PARTICIPANT")])])))
    # 21 Cal.com, company only in the body
    out.append(E("calcom-body-es", "calcom-company-in-body-es", (1, "Hidroeuropa Consult", "Project Manager de "
                                                                 "Depuración", "", "clozano@hidroeuropa.eu"),
        cal("-//Cal.com Inc.//Cal.com Event//EN", [vevent(
            "cal-3e7f91a0b6c24d58@cal.com", "Videollamada 45 min entre Carmen Lozano y Lucía Benítez Ortega",
            "20250319T170000", 45,
            desc="Qué: Videollamada 45 min\nCuándo: miércoles 19 de marzo\nQuién: Carmen Lozano – Organizadora "
                 "(clozano@hidroeuropa.eu); Lucía Benítez Ortega\nNotas adicionales: Entrevista para la vacante "
                 "Project Manager de Depuración en Hidroeuropa Consult.\nDónde: Cal Video",
            loc="https://app.cal.com/video/3e7f91a0b6c24d58", organizer=org("Carmen Lozano", "clozano@hidroeuropa.eu"),
            attendees=[att("Lucía Benítez Ortega", "lucia.benitez.ing@hotmail.es", ps="ACCEPTED")])])))
    # 22 public water company, selection board, final
    out.append(E("tribunal-es", "public-selection-board-es", (1, "Aguas de la Campiña Sur", "Jefe/a de Proyectos y "
                                                              "Obras", "final", "gerencia@acsur.es;mtoledo@acsur.es"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000077A1B9C3D2E4DB01000000000000000010000000AF0C11DE",
            "Entrevista personal - Fase final proceso 03/2025 Jefe/a de Proyectos y Obras", "20250410T110000", 40,
            tz="win", desc="Según las bases del proceso 03/2025 de Aguas de la Campiña Sur, S.A. (ACSUR), se le cita a "
                           "la entrevista personal ante la comisión de selección (Gerente y Jefa de Servicio Técnico, "
                           "Mercedes Toledo). Deberá presentar DNI original.",
            loc="Sede ACSUR, C/ Molinos 4, Écija", organizer=org("Selección ACSUR", "seleccion@acsur.es"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Gerencia ACSUR", "gerencia@acsur.es"),
                       att("Toledo Ruiz, Mercedes", "mtoledo@acsur.es")])])))
    # 23 Workable phone screen
    out.append(E("workable-phone-es", "workable-phone-es", (1, "Meridiano Rail Systems", "Project Manager "
                                                            "Catenaria", "recruiter_screen",
                                                            "ana.cuesta@meridianorail.es"),
        cal("-//Workable//Workable Calendar//EN", [vevent(
            "workable-ev-3a9c8e77f2@workable.com", "Llamada telefónica: Project Manager Catenaria – Meridiano Rail",
            "20250303T110000", 20,
            desc="Ana Cuesta (People) te llamará al teléfono de tu CV.\n\nPosición: Project Manager Catenaria\n"
                 "Empresa: Meridiano Rail Systems\n\nPowered by Workable",
            loc="Teléfono", organizer=org("Ana Cuesta", "ana.cuesta@meridianorail.es"),
            attendees=[me(), att("Ana Cuesta", "ana.cuesta@meridianorail.es", ps="ACCEPTED")])])))
    # 24 terse hand-typed phone call, abbreviations
    out.append(E("handtyped-tlf-es", "handtyped-abbrev-phone-es", (1, "Bética Obras Hidráulicas", "",
                                                                    "recruiter_screen", ""),
        cal(MACOS, [vevent("E1B7C3A9-44D2-4F0E-8A61-0C9D5B2E7F13", "Tlf RRHH Bética Obras Hidr. - PM canal",
                           "20250228T103000", 20, desc="me llaman ellos. sueldo? teletrabajo?")], method=None)))
    # 25 director's invite sent by an assistant (SENT-BY); assistant not interviewer
    out.append(E("sentby-assistant-es", "sent-by-assistant-es", (1, "Infraestructuras Ría de Vigo", "Directora de "
                                                                 "Proyectos", "hiring_manager",
                                                                 "rcastro@infrariavigo.es"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000005A6B7C8D",
            "Reunión D. Ramiro Castro / Lucía Benítez - Directora de Proyectos", "20250415T130000", 60, tz="win",
            desc="Por indicación de D. Ramiro Castro, Director General de Infraestructuras Ría de Vigo, le envío "
                 "convocatoria para la entrevista del puesto de Directora de Proyectos.\n\nUn saludo,\nPilar "
                 "Otero, Secretaría de Dirección\n\n" + teams("es", "MjA0ZjE5"),
            organizer=org("Castro Mouriño, Ramiro", "rcastro@infrariavigo.es", sent_by="potero@infrariavigo.es"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Otero, Pilar", "potero@infrariavigo.es", role="OPT-PARTICIPANT")])])))
    # 26 Zoom in Spanish, startup, Lever-like
    out.append(E("lever-es", "lever-case-es", (1, "Aquanexo", "Head of Water Infrastructure Projects", "technical",
                                                "marc.vidal@aquanexo.io;nuria@aquanexo.io"),
        cal(GOOGLE, [vevent(
            "lever-9c2e4a6b-0d1f-47e8-b3a5-6c7d8e9f0a1b", "Caso práctico – Head of Water Infrastructure Projects "
            "(Aquanexo)", "20250324T120000", 90,
            desc="Hola Lucía:\n\nEn esta sesión presentarás el caso que te enviamos (plan de sectorización de una red "
                 "de abastecimiento) a Marc Vidal (CTO) y Núria Soler (COO).\n\n"
                 + zoom("es", "84129937710", "Aquanexo")
                 + "\n\nScheduled via Lever",
            loc="Zoom", organizer=org("Aquanexo Talent", "no-reply@hire.lever.co"),
            attendees=[me(), att("Marc Vidal", "marc.vidal@aquanexo.io"), att("Núria Soler", "nuria@aquanexo.io")])])))
    # 27 GoodTime onsite panel for a subsidiary of a French group; coordinator does not interview
    out.append(E("goodtime-onsite-es", "goodtime-onsite-panel-es", (1, "Sogétrav Ibérica", "Jefe/a de Proyecto de "
                                                                    "Obra Civil", "onsite",
                                                                    "j.lemoine@sogetrav.es;b.arias@sogetrav.es;"
                                                                    "r.quintana@sogetrav.es"),
        cal("-//GoodTime.io//Interview Scheduling//EN", [vevent(
            "goodtime-7a41c9e2d3b54f6a8e1c@goodtime.io", "Entrevistas presenciales: Lucía Benítez – Jefe/a de Proyecto "
            "de Obra Civil", "20250408T090000", 180, tz="madrid",
            desc="Agenda (Madrid, C/ Orense 70, 6ª planta):\n09:00 Julien Lemoine – Director de Obra Civil\n"
                 "10:00 Beatriz Arias – Planificación y costes\n11:00 Rafael Quintana – Seguridad y Salud\n\n"
                 "Coordinadora: Irene Sanz (no participa en las entrevistas).\nSogétrav Ibérica",
            loc="Sogétrav Ibérica - Madrid", organizer=org("Irene Sanz", "i.sanz@sogetrav.es"),
            attendees=[me(), att("Julien Lemoine", "j.lemoine@sogetrav.es"),
                       att("Beatriz Arias", "b.arias@sogetrav.es"),
                       att("Rafael Quintana", "r.quintana@sogetrav.es"),
                       att("Irene Sanz", "i.sanz@sogetrav.es", role="OPT-PARTICIPANT", ps="ACCEPTED")])])))
    # 28 invite to the work address by mistake, no clear stage
    out.append(E("work-address-es", "sent-to-work-address-es", (1, "Consorcio Tranvía Bahía de Cádiz", "Jefe/a de "
                                                                "Proyecto Tranvía", "", "fjimenez@tranviabahia.es"),
        cal(GOOGLE, [vevent(
            "6p1o2i3u4y5t6r7e8w9q@google.com", "Entrevista Jefe/a de Proyecto Tranvía", "20250325T173000", 45,
            desc="Lucía, disculpa que te lo mande al correo de Constructora Guadalquivir, es el que tenía. Hablamos "
                 "del puesto en el Consorcio Tranvía Bahía de Cádiz.\nFernando Jiménez\n\n" + meet("ytg-wkso-pla"),
            organizer=org("Fernando Jiménez", "fjimenez@tranviabahia.es"),
            attendees=[me(work=True), att("Fernando Jiménez", "fjimenez@tranviabahia.es", ps="ACCEPTED")])])))
    return out
