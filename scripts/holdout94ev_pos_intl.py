"""holdout94: the user's own interviews — German and French employers, recurring, cancelled, Thunderbird, more ES."""

from __future__ import annotations

from holdout94ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    TBIRD,
    Ev,
    att,
    cal,
    desc,
    meet_es,
    org,
    outlook_uid,
    teams_en,
    teams_es,
    teams_fr,
    vevent,
    zoom_es,
)


def _german() -> list[Ev]:
    uid1 = "personio-interview-4471093-2025-04-09"
    ev1 = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250402T081500Z",
        "DTSTART;TZID=Europe/Berlin:20250409T163000",
        "DTEND;TZID=Europe/Berlin:20250409T173000",
        "SUMMARY:Vorstellungsgespräch: Leiter Instandhaltung (m/w/d) – Werk Saltillo",
        org("recruiting@keller-thermo.de", "Keller Thermotechnik Recruiting"),
        att(ME, ME_CN),
        att("j.brandl@keller-thermo.de", "Johannes Brandl"),
        att("s.vogt@keller-thermo.de", "Sabine Vogt"),
        desc("Hallo Herr Treviño,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch mit Johannes "
             "Brandl (Leiter Technik Werke Amerika) und Sabine Vogt (HR Business Partner). Das Gespräch findet auf "
             "Englisch statt; Deutschkenntnisse sind ein Plus, aber keine Voraussetzung.\n"
             + teams_en("352 771 096 448", "S2VsbGVy")
             + "\nViele Grüße\nIhr Recruiting-Team der Keller Thermotechnik GmbH\nGesendet über Personio"),
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    uid2 = outlook_uid("h94-keller-final")
    ev2 = vevent(
        "CLASS:PUBLIC",
        desc("Alejandro, como acordamos con Johannes, la última etapa es en la planta de Saltillo con el Gerente "
             "General de Keller Thermotechnik de México, Ing. Rodrigo Valdés, y recorrido por la línea de "
             "intercambiadores de calor.\nSaludos,\nPaola Ríos – RH Saltillo"),
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250428T100000",
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250428T123000",
        "DTSTAMP:20250422T160000Z",
        "LOCATION:Keller Thermotechnik de México\\, Derramadero\\, Saltillo\\, Coah.",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Entrevista final en planta – Leiter Instandhaltung / Gerente de Mantenimiento",
        f"UID:{uid2}",
        org("paola.rios@keller-thermo.com.mx", "Ríos, Paola"),
        att(ME, "alex.trevino.ing@outlook.com"),
        att("rodrigo.valdes@keller-thermo.com.mx", "Valdés, Rodrigo"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    uid3 = "softgarden-appt-9981273@kessler-antriebe.softgarden.io"
    ev3 = vevent(
        f"UID:{uid3}",
        "DTSTAMP:20250319T101010Z",
        "DTSTART;TZID=Europe/Berlin:20250326T150000",
        "DTEND;TZID=Europe/Berlin:20250326T160000",
        "SUMMARY:Interview | Instandhaltungsleiter Werk Puebla (m/w/d) | Alejandro Treviño",
        org("noreply@softgarden.io", "Kessler Antriebstechnik GmbH"),
        att(ME, ME_CN),
        att("markus.hein@kessler-antriebe.de", "Markus Hein"),
        desc("Sehr geehrter Herr Treviño,\n\nhiermit bestätigen wir Ihren Termin für das Fachinterview. "
             "Gesprächspartner: Markus Hein, Leiter Instandhaltung Konzern. Themen: Predictive Maintenance, "
             "Getriebeprüfstände, Aufbau des Teams in Puebla.\n\nDen Link zur Videokonferenz erhalten Sie "
             "separat.\n\nMit freundlichen Grüßen\nKessler Antriebstechnik GmbH – Personalabteilung"),
        "LOCATION:Videokonferenz",
        "STATUS:CONFIRMED",
    )
    uid4 = outlook_uid("h94-kessler-hm")
    ev4 = vevent(
        "CLASS:PUBLIC",
        desc("Hi Alejandro,\nI'll be the hiring manager for the Puebla maintenance lead role. Let's talk in English; "
             "Markus shared his notes.\nBest, Claudia\nClaudia Reyes Brandt | Plant Director Puebla | "
             "Kessler Antriebstechnik" + teams_en("266 091 774 310", "S2Vzc2xl")),
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250404T110000",
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250404T120000",
        "DTSTAMP:20250331T190000Z",
        "LOCATION:Microsoft Teams Meeting",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-US:Puebla maintenance lead – chat with Claudia",
        f"UID:{uid4}",
        org("claudia.reyes@kessler-antriebe.de", "Reyes Brandt, Claudia"),
        att(ME, "alex.trevino.ing@outlook.com"),
    )
    return [
        Ev("personio-de", cal(ev1, prodid="-//Personio GmbH//Personio//DE", tz=("Europe/Berlin",)), uid1, 1,
           "Keller Thermotechnik", "Leiter Instandhaltung (m/w/d) – Werk Saltillo", "technical",
           ["j.brandl@keller-thermo.de", "s.vogt@keller-thermo.de"], "personio-de-berlin-zone",
           ["Keller Thermotechnik de México"]),
        Ev("outlook-final-es", cal(ev2, prodid=OUTLOOK, tz=("win-mx",)), uid2, 1, "Keller Thermotechnik",
           "Gerente de Mantenimiento", "final", ["rodrigo.valdes@keller-thermo.com.mx"], "final-mx-subsidiary-es"),
        Ev("softgarden-de", cal(ev3, prodid="-//softgarden//softgarden e-recruiting//DE", tz=("Europe/Berlin",)),
           uid3, 1, "Kessler Antriebstechnik", "Instandhaltungsleiter Werk Puebla (m/w/d)", "technical",
           ["markus.hein@kessler-antriebe.de"], "softgarden-de", ["Kessler"]),
        Ev("outlook-hm-chat", cal(ev4, prodid=OUTLOOK, tz=("win-mx",)), uid4, 1, "Kessler Antriebstechnik",
           "Puebla maintenance lead", "hiring_manager", ["claudia.reyes@kessler-antriebe.de"], "chat-wording-hm-en"),
    ]


def _french() -> list[Ev]:
    uid1 = outlook_uid("h94-aeromeca-fr")
    ev1 = vevent(
        "CLASS:PUBLIC",
        desc("Bonjour Alejandro,\n\nJe vous propose un entretien pour le poste de Responsable Maintenance du site "
             "de Querétaro. Nous échangerons en français ou en anglais, comme vous préférez.\n\nBien cordialement,\n"
             "Hélène Marchetti\nDirectrice Industrielle – Aéro-Méca Industries" + teams_fr("339 018 227 651",
                                                                                       "QWVyb01l")),
        "DTSTART;TZID=Europe/Paris:20250515T170000",
        "DTEND;TZID=Europe/Paris:20250515T180000",
        "DTSTAMP:20250509T073000Z",
        "LOCATION:Réunion Microsoft Teams",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Maintenance (site de Querétaro)",
        f"UID:{uid1}",
        org("helene.marchetti@aero-meca.fr", "MARCHETTI Hélène"),
        att(ME, "alex.trevino.ing@outlook.com"),
        att("c.dubreuil@aero-meca.fr", "DUBREUIL Camille", role="OPT-PARTICIPANT"),
    )
    uid2 = "e1c7a3f9-2b4d-4c6e-8a0f-1b3d5f7a9c2e"
    ev2 = vevent(
        f"UID:{uid2}",
        "DTSTAMP:20250520T153000Z",
        "DTSTART;TZID=America/Mexico_City:20250528T090000",
        "DTEND;TZID=America/Mexico_City:20250528T130000",
        "SUMMARY:Visita a planta Querétaro y entrevistas – Responsable de Mantenimiento (Aéro-Méca)",
        org("rh.queretaro@aero-meca.com.mx", "RH Aéro-Méca Querétaro"),
        att(ME, ME_CN),
        att("ivan.lugo@aero-meca.com.mx", "Iván Lugo"),
        att("c.dubreuil@aero-meca.fr", "Camille Dubreuil"),
        desc("Programa:\n9:00 Bienvenida RH\n9:30 Recorrido: mecanizado de trenes de aterrizaje y tratamientos "
             "térmicos\n11:00 Entrevista con Iván Lugo (Gerente de Sitio)\n12:00 Entrevista con Camille Dubreuil "
             "(Responsable Méthodes, desde Toulouse por Teams)"),
        "LOCATION:Aéro-Méca Industries México\\, Parque Aeroespacial de Querétaro",
        "STATUS:CONFIRMED",
    )
    return [
        Ev("outlook-fr", cal(ev1, prodid=OUTLOOK, tz=("Europe/Paris",)), uid1, 1, "Aéro-Méca Industries",
           "Responsable Maintenance (site de Querétaro)", "hiring_manager", ["helene.marchetti@aero-meca.fr"],
           "teams-fr-optional-attendee", ["Aéro-Méca", "Aero Meca Industries México"]),
        Ev("onsite-es", cal(ev2, prodid=TBIRD, tz=("America/Mexico_City",)), uid2, 1, "Aéro-Méca Industries",
           "Responsable de Mantenimiento", "onsite", ["ivan.lugo@aero-meca.com.mx", "c.dubreuil@aero-meca.fr"],
           "thunderbird-onsite-es"),
    ]


def _delmar_altura() -> list[Ev]:
    uid1 = "delmar-eval-tecnica-7d2e0c91@delmarseating.com"
    base = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250501T170000Z",
        "DTSTART;TZID=America/Monterrey:20250507T090000",
        "DTEND;TZID=America/Monterrey:20250507T120000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:Evaluación técnica presencial – Jefe de Mantenimiento (Delmar Seating)",
        org("reclutamiento@delmarseating.com", "Reclutamiento Delmar Seating"),
        att(ME, ME_CN),
        att("hgarza@delmarseating.com", "Humberto Garza"),
        att("sflores@delmarseating.com", "Silvia Flores"),
        desc("Dos sesiones en planta Ramos Arizpe:\nDía 1: prueba práctica en línea de soldadura robótica "
             "(diagnóstico de falla) con Humberto Garza.\nDía 2: caso de planeación de mantenimiento con "
             "Silvia Flores.\nTraer EPP completo."),
        "LOCATION:Delmar Seating Systems\\, Planta Ramos Arizpe",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    )
    override = vevent(
        f"UID:{uid1}",
        "RECURRENCE-ID;TZID=America/Monterrey:20250508T090000",
        "DTSTAMP:20250505T190000Z",
        "DTSTART;TZID=America/Monterrey:20250508T140000",
        "DTEND;TZID=America/Monterrey:20250508T170000",
        "SUMMARY:Evaluación técnica presencial – Jefe de Mantenimiento (Delmar Seating) – día 2 (cambio de hora)",
        org("reclutamiento@delmarseating.com", "Reclutamiento Delmar Seating"),
        att(ME, ME_CN),
        att("sflores@delmarseating.com", "Silvia Flores"),
        "LOCATION:Delmar Seating Systems\\, Planta Ramos Arizpe",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
    )
    uid2 = "9q8w7e6r5t4y3u2i1o0p@google.com"
    ev2 = vevent(
        "DTSTART;TZID=America/Monterrey:20250422T113000",
        "DTEND;TZID=America/Monterrey:20250422T120000",
        "DTSTAMP:20250417T170000Z",
        org("itzel.robles@delmarseating.com", "Itzel Robles"),
        f"UID:{uid2}",
        att(ME, ME, google=True),
        desc("Hola Alejandro, te marco para la entrevista telefónica de la vacante Jefe de Mantenimiento. "
             "Serán 30 minutos aprox.\nItzel Robles – Talento, Delmar Seating Systems"),
        "LOCATION:Llamada al celular",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista telefónica Delmar Seating",
        "TRANSP:OPAQUE",
    )
    uid3 = outlook_uid("h94-altura-cancel")
    ev3 = vevent(
        "CLASS:PUBLIC",
        desc("Alejandro, una disculpa: la vacante de Gerente de Mantenimiento Aeronáutico quedó en pausa por "
             "presupuesto. Te buscamos en cuanto se reactive.\nMiriam Osuna, Talento – Altura Aeroespacial"),
        "DTSTART;TZID=\"Pacific Standard Time (Mexico)\":20250509T100000",
        "DTEND;TZID=\"Pacific Standard Time (Mexico)\":20250509T110000",
        "DTSTAMP:20250505T210000Z",
        "LOCATION:Microsoft Teams Meeting",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY;LANGUAGE=es-MX:Cancelado: Entrevista con Gerente de Operaciones – Gerente de Mantenimiento "
        "Aeronáutico",
        f"UID:{uid3}",
        org("miriam.osuna@alturaaero.mx", "Osuna, Miriam"),
        att(ME, "alex.trevino.ing@outlook.com"),
        att("gerardo.lim@alturaaero.mx", "Lim, Gerardo"),
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    )
    tz_pac = (
        "BEGIN:VTIMEZONE",
        "TZID:Pacific Standard Time (Mexico)",
        "BEGIN:STANDARD",
        "DTSTART:16011104T020000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0800",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010311T020000",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "TZOFFSETFROM:-0800",
        "TZOFFSETTO:-0700",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    )
    return [
        Ev("recurring-override", cal([base, override], prodid=GOOGLE, tz=("America/Monterrey",)), uid1, 1,
           "Delmar Seating Systems", "Jefe de Mantenimiento", "technical",
           ["hgarza@delmarseating.com", "sflores@delmarseating.com"], "recurring-override-es",
           ["Delmar Seating", "Delmar"]),
        Ev("phone-es", cal(ev2, prodid=GOOGLE, tz=("America/Monterrey",)), uid2, 1, "Delmar Seating Systems",
           "Jefe de Mantenimiento", "recruiter_screen", ["itzel.robles@delmarseating.com"], "phone-screen-es"),
        Ev("cancel", cal(ev3, prodid=OUTLOOK, method="CANCEL", head=tz_pac), uid3, 1, "Altura Aeroespacial",
           "Gerente de Mantenimiento Aeronáutico", "hiring_manager", ["gerardo.lim@alturaaero.mx"],
           "method-cancel-es", ["Altura"]),
    ]


def _anahuac_etc() -> list[Ev]:
    uid1 = "5f0g9h8j7k6l5z4x3c2v@google.com"
    ev1 = vevent(
        "DTSTART;TZID=America/Monterrey:20250319T100000",
        "DTEND;TZID=America/Monterrey:20250319T120000",
        "DTSTAMP:20250312T180000Z",
        org("l.cardenas@anahuac-home.com", "Luis Cárdenas"),
        f"UID:{uid1}",
        att(ME, ME, google=True),
        att("l.cardenas@anahuac-home.com", "Luis Cárdenas", ps="ACCEPTED", google=True),
        att("m.portillo@anahuac-home.com", "Martha Portillo", google=True),
        desc("Caso práctico para la vacante de Gerente de Mantenimiento (planta de refrigeradores, Escobedo):\n"
             "Te enviaremos 30 min antes los datos de MTBF/MTTR de la línea de termoformado; presentarás un plan "
             "de mantenimiento preventivo a Luis Cárdenas (Gerente de Ingeniería) y Martha Portillo (Producción).\n"
             "Electrodomésticos Anáhuac" + meet_es("jzr-tmkc-ows", "665 201 449")),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Caso práctico: plan de mantenimiento preventivo – Alejandro Treviño",
        "TRANSP:OPAQUE",
    )
    uid2 = "0z9x8c7v6b5n4m3l2k1j@google.com"
    ev2 = vevent(
        "DTSTART;TZID=America/Monterrey:20250403T080000",
        "DTEND;TZID=America/Monterrey:20250403T093000",
        "DTSTAMP:20250328T220000Z",
        org("l.cardenas@anahuac-home.com", "Luis Cárdenas"),
        f"UID:{uid2}",
        att(ME, ME, google=True),
        att("v.elizondo@anahuac-home.com", "Víctor Elizondo", google=True),
        desc("Última entrevista con Víctor Elizondo, Director de Manufactura de Anáhuac Home, en la planta. "
             "Después pasamos a recorrer la línea de compresores."),
        "LOCATION:Anáhuac Home – Planta Escobedo\\, Av. Sendero 901",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista final Director de Manufactura",
        "TRANSP:OPAQUE",
    )
    uid3 = "20250417T161233Z-4471@atr-laptop-ipalacios"
    ev3 = vevent(
        "CREATED:20250417T161233Z",
        "LAST-MODIFIED:20250417T161250Z",
        "DTSTAMP:20250417T161250Z",
        f"UID:{uid3}",
        "SUMMARY:Recorrido por acería y entrevista con Superintendencia – A. Treviño",
        org("ipalacios@atr-aceros.mx", "Ignacio Palacios"),
        att(ME, ME_CN),
        att("ploera@atr-aceros.mx", "Patricia Loera"),
        "DTSTART;TZID=America/Monterrey:20250429T073000",
        "DTEND;TZID=America/Monterrey:20250429T110000",
        "LOCATION:ATR – Puerta 5\\, Av. Acero 300\\, San Nicolás de los Garza",
        desc("Alejandro: te espero en puerta 5 con botas. Recorremos horno de arco y laminación, y luego la "
             "entrevista con Patricia y conmigo (Superintendente de Mantenimiento).\nNacho"),
        "SEQUENCE:0",
        "X-MOZ-SEND-INVITATIONS:TRUE",
    )
    uid4 = "20250326T021502Z-91@thunderbird-teclinor"
    ev4 = vevent(
        f"UID:{uid4}",
        "DTSTAMP:20250326T021502Z",
        "SUMMARY:Entrevista – Ingeniero de Planta\\, Climatización",
        org("gvillarreal@teclinor.com.mx", "Gilberto Villarreal"),
        att(ME, ME_CN),
        "DTSTART;TZID=America/Monterrey:20250331T180000",
        "DTEND;TZID=America/Monterrey:20250331T190000",
        "LOCATION:Oficinas TECLINOR\\, Guadalupe\\, N.L.",
        desc("Tecnología en Climatización del Norte – nos vemos el lunes después de tu turno. Gilberto"),
        "SEQUENCE:0",
    )
    uid5 = "ingenia-rm-0416-trevino"
    ev5 = vevent(
        f"UID:{uid5}",
        "DTSTAMP:20250410T170000Z",
        "DTSTART;TZID=America/Monterrey:20250416T100000",
        "DTEND;TZID=America/Monterrey:20250416T104500",
        "SUMMARY:Entrevista con RH de Resortes Monclova – Jefe de Mantenimiento",
        org("sofia.nava@grupoingenia.mx", "Sofía Nava – Grupo Ingenia Reclutamiento"),
        att(ME, ME_CN),
        att("rh.reclutamiento@resortesmonclova.com", "Claudia Ibáñez (RH Resortes Monclova)"),
        desc("Alejandro, te presento con Claudia Ibáñez de Recursos Humanos de Resortes Monclova. Es la primera "
             "entrevista (filtro de RH) para la vacante de Jefe de Mantenimiento en Monclova, Coah." +
             zoom_es("873 2019 4456", "UmVzb3J0ZXM")),
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
    )
    uid6 = "4E7B0C1D-9A2F-4E3B-8C5D-6F7A8B9C0D1E"
    ev6 = vevent(
        f"UID:{uid6}",
        "DTSTAMP:20250505T030000Z",
        "CREATED:20250505T025900Z",
        "DTSTART;TZID=America/Monterrey:20250510T100000",
        "DTEND;TZID=America/Monterrey:20250510T113000",
        "SUMMARY:Entrevista jefe de mantenimiento",
        org("mecanizados.coahuila@hotmail.com", "Rubén Saucedo"),
        att(ME, ME_CN),
        desc("Buen día Alejandro, soy Rubén Saucedo, dueño de Mecanizados Precisos de Coahuila. Te espero el "
             "sábado en el taller para platicar de la jefatura de mantenimiento (CNC y prensas). Enviado desde "
             "mi iPhone"),
        "LOCATION:Calle 5 #214\\, Parque Industrial Amistad\\, Saltillo",
        "SEQUENCE:0",
    )
    uid7 = "teamtailor-interview-771899-lindqvist"
    ev7 = vevent(
        f"UID:{uid7}",
        "DTSTAMP:20250429T101500Z",
        "DTSTART;TZID=America/Monterrey:20250507T150000",
        "DTEND;TZID=America/Monterrey:20250507T160000",
        "SUMMARY:Interview – Alejandro Treviño / Lindqvist Bearings",
        org("noreply@teamtailor.com", "Lindqvist Bearings"),
        att(ME, ME_CN),
        att("oskar.lind@lindqvist-bearings.com", "Oskar Lind"),
        att("p.saldana@lindqvist-bearings.com", "Pilar Saldaña"),
        desc("Hi Alejandro! Next step: a conversation with Oskar Lind and Pilar Saldaña.\n"
             + teams_en("305 118 777 120", "TGluZDI")),
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    uid8 = outlook_uid("h94-nakamura-hm")
    ev8 = vevent(
        "CLASS:PUBLIC",
        desc("Dear Mr. Treviño,\nMr. Kenji Arai, Plant Manager, would like to meet you as the next step for the "
             "Senior Maintenance Engineer position. The meeting will be in English (interpreter available).\n"
             "Best regards,\nGuadalupe Aguilar" + teams_es("290 331 674 118", "TmFrYW11")),
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250512T083000",
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250512T091500",
        "DTSTAMP:20250506T230000Z",
        "LOCATION:Microsoft Teams Meeting",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-US:Interview with Plant Manager Mr. Arai",
        f"UID:{uid8}",
        org("g.aguilar@nsm.com.mx", "Aguilar, Guadalupe"),
        att("k.arai@nsm.com.mx", "Arai, Kenji"),
        att(ME, "alex.trevino.ing@outlook.com"),
    )
    return [
        Ev("google-case", cal(ev1, prodid=GOOGLE, tz=("America/Monterrey",)), uid1, 1, "Electrodomésticos Anáhuac",
           "Gerente de Mantenimiento", "technical", ["l.cardenas@anahuac-home.com", "m.portillo@anahuac-home.com"],
           "case-study-body-only-company-es", ["Anáhuac Home"]),
        Ev("google-final", cal(ev2, prodid=GOOGLE, tz=("America/Monterrey",)), uid2, 1, "Electrodomésticos Anáhuac",
           "", "final", ["v.elizondo@anahuac-home.com"], "brand-domain-final-es"),
        Ev("thunderbird-invite", cal(ev3, prodid=TBIRD, tz=("America/Monterrey",)), uid3, 1,
           "Aceros Tecnológicos Regiomontanos", "", "onsite", ["ipalacios@atr-aceros.mx", "ploera@atr-aceros.mx"],
           "thunderbird-plant-tour-es"),
        Ev("thunderbird-nostage", cal(ev4, prodid=TBIRD, tz=("America/Monterrey",)), uid4, 1,
           "Tecnología en Climatización del Norte", "Ingeniero de Planta, Climatización", "",
           ["gvillarreal@teclinor.com.mx"], "escaped-comma-acronym-es", ["TECLINOR"]),
        Ev("agency-hr-screen", cal(ev5, prodid="-//Grupo Ingenia//Agenda//ES", tz=("America/Monterrey",)), uid5, 1,
           "Resortes Monclova", "Jefe de Mantenimiento", "recruiter_screen",
           ["rh.reclutamiento@resortesmonclova.com"], "agency-intro-zoom-es", []),
        Ev("apple-freemail-owner", cal(ev6, prodid=APPLE, tz=("America/Monterrey",)), uid6, 1,
           "Mecanizados Precisos de Coahuila", "", "", ["mecanizados.coahuila@hotmail.com"],
           "freemail-owner-body-only-es", ["Mecanizados Precisos"]),
        Ev("teamtailor-nostage", cal(ev7, prodid="-//Teamtailor//Teamtailor//EN", tz=("America/Monterrey",)), uid7, 1,
           "Lindqvist Bearings", "", "", ["oskar.lind@lindqvist-bearings.com", "p.saldana@lindqvist-bearings.com"],
           "teamtailor-nostage-en"),
        Ev("outlook-hm-en2", cal(ev8, prodid=OUTLOOK, tz=("win-mx",)), uid8, 1, "Nakamura Seiki de México",
           "Senior Maintenance Engineer", "hiring_manager", ["k.arai@nsm.com.mx"], "assistant-organizer-en"),
    ]


def events() -> list[Ev]:
    return [*_german(), *_french(), *_delmar_altura(), *_anahuac_etc()]
