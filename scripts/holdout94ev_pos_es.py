"""holdout94: the user's own interviews, Mexican-Spanish invites (direct, Outlook, Google, Apple, Bookings)."""

from __future__ import annotations

from holdout94ev_ics import (
    APPLE,
    EXCHANGE,
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
    teams_es,
    vevent,
    webex_es,
)


def _fensa() -> list[Ev]:
    uid1 = outlook_uid("h94-es-1")
    body = (
        "Ing. Treviño, buen día:\n\nLe comparto la invitación para la entrevista con el Ing. Roberto Garza, "
        "Gerente de Planta, para la posición de Gerente de Mantenimiento en nuestra planta de Escobedo.\n"
        "Favor de tener a la mano su CV y ejemplos de proyectos de TPM/confiabilidad.\n\nSaludos,\n"
        "Roberto Garza Leal\nGerente de Planta | Frenos y Ejes del Norte, S.A. de C.V.\n"
        + teams_es("263 874 119 045", "ZmQ4NTY1")
    )
    ev1 = vevent(
        "CLASS:PUBLIC",
        "CREATED:20250303T171204Z",
        desc(body),
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250311T113000",
        "DTSTAMP:20250303T171204Z",
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250311T103000",
        "LAST-MODIFIED:20250303T171204Z",
        "LOCATION:Reunión de Microsoft Teams",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Entrevista Gerente de Mantenimiento - Alejandro Treviño",
        "TRANSP:OPAQUE",
        f"UID:{uid1}",
        org("rgarza@fensa.com.mx", "Garza Leal, Roberto"),
        att(ME, ME_CN),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Ing. Treviño\\, buen día:</p><p>Le comparto la invitación "
        "para la entrevista con el Ing. Roberto Garza\\, Gerente de Planta.</p></body></html>",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    )
    uid2 = outlook_uid("h94-es-2")
    body2 = (
        "Alejandro:\n\nConfirmamos su visita a planta para la etapa final del proceso (Gerente de Mantenimiento).\n"
        "Agenda:\n09:00 Recepción en caseta 2 (traer INE y zapato de seguridad)\n"
        "09:15 Recorrido por líneas de maquinado y ensamble de ejes\n"
        "10:30 Entrevista con Ing. Federico Salinas (Director de Operaciones) y Lic. Ana Sofía Peña (Gerente de RH)\n"
        "12:00 Comida\n\nYo lo recibo en caseta; cualquier cosa a mi celular 81 1234 0098.\n"
        "Lorena Martínez | Coordinadora de Atracción de Talento | FENSA"
    )
    ev2 = vevent(
        "CLASS:PUBLIC",
        desc(body2),
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250321T130000",
        "DTSTAMP:20250317T160322Z",
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250321T090000",
        "LOCATION:FENSA Planta Escobedo\\, Carr. a Laredo km 14.5\\, Escobedo\\, N.L.; Sala de Juntas Dirección",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Visita a planta y entrevista final - Gerente de Mantenimiento",
        f"UID:{uid2}",
        org("lmartinez@fensa.com.mx", "Martínez, Lorena"),
        att(ME, "alex.trevino.ing@outlook.com"),
        att("fsalinas@fensa.com.mx", "Salinas, Federico"),
        att("apena@fensa.com.mx", "Peña, Ana Sofía"),
        att("sala.direccion@fensa.com.mx", "Sala de Juntas Dirección", cutype="ROOM", role="NON-PARTICIPANT",
            ps="ACCEPTED", rsvp=False),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    )
    forms = ["FENSA", "Frenos y Ejes del Norte"]
    return [
        Ev("outlook-hm", cal(ev1, prodid=EXCHANGE, tz=("win-mx",)), uid1, 1, "Frenos y Ejes del Norte",
           "Gerente de Mantenimiento", "hiring_manager", ["rgarza@fensa.com.mx"], "outlook-windows-zone-es", forms),
        Ev("exchange-final", cal(ev2, prodid=EXCHANGE, tz=("win-mx",)), uid2, 1, "Frenos y Ejes del Norte",
           "Gerente de Mantenimiento", "final", ["fsalinas@fensa.com.mx", "apena@fensa.com.mx"],
           "exchange-room-coordinator-es"),
    ]


def _smca() -> list[Ev]:
    uid1 = "5k2q8v1m0t7r3c9b6n4x@google.com"
    b1 = ("Hola Alejandro, gracias por tu interés en la vacante de Ingeniero de Planta Sr. en SMCA.\n"
          "En esta primera llamada platicaremos de tu trayectoria, expectativas y disponibilidad.\n\n"
          "Karla Cantú\nAtracción de Talento\nSierra Madre Componentes Automotrices"
          + meet_es("qwm-fhzt-kpa", "418 227 903"))
    ev1 = vevent(
        "DTSTART;TZID=America/Monterrey:20250404T160000",
        "DTEND;TZID=America/Monterrey:20250404T163000",
        "DTSTAMP:20250401T193312Z",
        org("karla.cantu@smca.com.mx", "Karla Cantú"),
        f"UID:{uid1}",
        att("karla.cantu@smca.com.mx", "Karla Cantú", ps="ACCEPTED", google=True),
        att(ME, ME, google=True),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/qwm-fhzt-kpa",
        "CREATED:20250401T193311Z",
        desc(b1),
        "LAST-MODIFIED:20250401T193311Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista inicial | Ingeniero de Planta Sr. | Alejandro Treviño",
        "TRANSP:OPAQUE",
    )
    uid2 = "1h7d0c3a9s5w2e8r4t6y@google.com"
    b2 = ("Panel técnico para Ingeniero de Planta Sr.\n"
          "Panelistas: Ing. Jorge Ibarra (Ingeniería de Manufactura) e Ing. Daniela Rangel (Mantenimiento).\n"
          "Te pediremos resolver un caso de análisis de falla en una prensa de 800 t; ten a la mano papel y pluma.\n"
          "Coordina: Karla Cantú (no participa en la entrevista)." + meet_es("xbd-rrqs-muv", "771 530 266"))
    ev2 = vevent(
        "DTSTART;TZID=America/Monterrey:20250415T100000",
        "DTEND;TZID=America/Monterrey:20250415T113000",
        "DTSTAMP:20250409T150045Z",
        org("karla.cantu@smca.com.mx", "Karla Cantú"),
        f"UID:{uid2}",
        att("karla.cantu@smca.com.mx", "Karla Cantú", ps="ACCEPTED", google=True),
        att("jorge.ibarra@smca.com.mx", "Jorge Ibarra", google=True),
        att("daniela.rangel@smca.com.mx", "Daniela Rangel", ps="ACCEPTED", google=True),
        att(ME, ME, google=True),
        desc(b2),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Panel técnico (SMCA) - Alejandro Treviño",
        "TRANSP:OPAQUE",
    )
    forms = ["SMCA", "Sierra Madre Componentes"]
    return [
        Ev("google-screen", cal(ev1, prodid=GOOGLE, tz=("America/Monterrey",)), uid1, 1,
           "Sierra Madre Componentes Automotrices", "Ingeniero de Planta Sr.", "recruiter_screen",
           ["karla.cantu@smca.com.mx"], "google-meet-screen-es", forms),
        Ev("google-panel", cal(ev2, prodid=GOOGLE, tz=("America/Monterrey",)), uid2, 1,
           "Sierra Madre Componentes Automotrices", "Ingeniero de Planta Sr.", "technical",
           ["jorge.ibarra@smca.com.mx", "daniela.rangel@smca.com.mx"], "google-panel-coordinator-es"),
    ]


def _apple_and_handtyped() -> list[Ev]:
    uid1 = "8F3C2A91-7B4E-4D1A-9C55-2E6A0B7D1F34"
    ev1 = vevent(
        "CREATED:20250319T021455Z",
        "DTEND;TZID=America/Monterrey:20250326T120000",
        "DTSTART;TZID=America/Monterrey:20250326T090000",
        "DTSTAMP:20250319T021512Z",
        "LAST-MODIFIED:20250319T021512Z",
        "LOCATION:Vulcano Forja\\nAv. de las Industrias 1450\\, Apodaca\\, N.L.",
        "SEQUENCE:0",
        "SUMMARY:Entrevista Vulcano Forja + recorrido planta",
        desc("Con Ing. Saúl Elizondo (gerente de planta). Llevar EPP, CV impreso y portafolio de proyectos de "
             "la prensa de forja. Preguntar por turnos y bono."),
        f"UID:{uid1}",
        "URL;VALUE=URI:",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Av. de las Industrias 1450\\, Apodaca\\, N.L.;"
        "X-APPLE-RADIUS=141.2;X-TITLE=Vulcano Forja:geo:25.781200,-100.188400",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Recordatorio",
        "TRIGGER:-PT1H",
        "UID:5E1B3D7C-2A4F-4B6E-8D9C-0F1A2B3C4D5E",
        "END:VALARM",
    )
    uid2 = "a41f9c2e-7d3b-4e8a-b6c1-90d2e5f7a3b8"
    ev2 = vevent(
        f"UID:{uid2}",
        "SUMMARY:entrevista tel Whitfield Brake – Dana (RH)",
        "DTSTART:20250408T170000",
        "DTEND:20250408T173000",
        "DTSTAMP:20250402T040110Z",
        "CREATED:20250402T040105Z",
        "LAST-MODIFIED:20250402T040110Z",
        desc("me marca ella al cel. puesto: Maintenance Manager Laredo. tener salario pretendido en USD"),
        "X-MOZ-GENERATION:1",
    )
    uid3 = "C2D7E6F1-4A5B-4C3D-9E8F-7A6B5C4D3E2F"
    ev3 = vevent(
        f"UID:{uid3}",
        "DTSTART;VALUE=DATE:20250429",
        "DTEND;VALUE=DATE:20250430",
        "DTSTAMP:20250422T230855Z",
        "SUMMARY:Calentadores Cerralvo – entrevistas en planta (todo el día)",
        "LOCATION:Calentadores Cerralvo\\, Parque Industrial Santa Catarina",
        desc("Ir con tiempo. Entrevistas con el gerente de ingeniería, con RH y con el director de planta. "
             "Pedí el día personal en el trabajo."),
        "TRANSP:TRANSPARENT",
        "SEQUENCE:0",
    )
    return [
        Ev("apple-handtyped", cal(ev1, prodid=APPLE, method=None, tz=("America/Monterrey",)), uid1, 1,
           "Vulcano Forja", "", "onsite", ["Saúl Elizondo"], "apple-handtyped-plant-tour-es", ["Vulcano"]),
        Ev("thunderbird-floating", cal(ev2, prodid=TBIRD, method=None), uid2, 1, "Whitfield Brake Systems",
           "Maintenance Manager", "recruiter_screen", ["Dana"], "thunderbird-floating-terse-es"),
        Ev("apple-allday", cal(ev3, prodid=APPLE, method=None), uid3, 1, "Calentadores Cerralvo", "", "onsite",
           [], "allday-handtyped-es", []),
    ]


def _atr_cfra_tecno() -> list[Ev]:
    uid1 = "b7a9d2c0-64f1-4a3e-9d5b-1f2e3a4b5c6d@bookings.atr-aceros.mx"
    b1 = ("Reserva confirmada\n\nServicio: Entrevista con Gerente de Área – Jefe de Mantenimiento Mecánico\n"
          "Personal: Ing. Patricia Loera\nCliente: Alejandro Treviño (alex.trevino.ing@outlook.com)\n\n"
          "Aceros Tecnológicos Regiomontanos – Reclutamiento\nPara cancelar o cambiar la reserva use el vínculo "
          "del correo de confirmación." + teams_es("318 220 546 901", "aWx2YTk3"))
    ev1 = vevent(
        desc(b1),
        f"UID:{uid1}",
        "SUMMARY;LANGUAGE=es-MX:Entrevista con Gerente de Área – Jefe de Mantenimiento Mecánico",
        "DTSTART;TZID=America/Mexico_City:20250422T120000",
        "DTEND;TZID=America/Mexico_City:20250422T124500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250414T221003Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION:Reunión de Microsoft Teams",
        org("ReclutamientoATR@atr-aceros.mx", "Reclutamiento ATR"),
        att("ploera@atr-aceros.mx", "Patricia Loera", ps="ACCEPTED", rsvp=False),
        att(ME, ME_CN),
    )
    uid2 = outlook_uid("h94-es-3")
    b2 = ("Alejandro, por un tema de paro programado en fundición movimos la entrevista al jueves a la misma hora.\n"
          "Participan: Ing. Mauricio Tamez (Superintendente de Mantenimiento) e Ing. Gabriela Sifuentes "
          "(Confiabilidad). Prueba práctica de análisis de vibraciones (espectros) y preguntas de RCM.\n"
          "Disculpa el cambio.\n— Iván Córdova, Reclutamiento CFRA" + teams_es("221 904 337 118", "Ym5qZWtz"))
    ev2 = vevent(
        "CLASS:PUBLIC",
        desc(b2),
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250508T080000",
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250508T093000",
        "DTSTAMP:20250505T141210Z",
        "LOCATION:Microsoft Teams Meeting",
        "SEQUENCE:2",
        "SUMMARY;LANGUAGE=es-MX:Reprogramada: Entrevista técnica – Ingeniero de Mantenimiento Predictivo",
        f"UID:{uid2}",
        org("icordova@cfra.com.mx", "Córdova Ruiz, Iván"),
        att(ME, "alex.trevino.ing@outlook.com"),
        att("mtamez@cfra.com.mx", "Tamez, Mauricio"),
        att("gsifuentes@cfra.com.mx", "Sifuentes, Gabriela"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1398822211",
    )
    uid3 = "0tq3lk4m8v2n6b1c9x5z7a0s4d@google.com"
    ev3 = vevent(
        "DTSTART:20250430T170000",
        "DTEND:20250430T180000",
        "DTSTAMP:20250425T201508Z",
        org("rh@tecnoestampados.mx", "RH Tecnoestampados"),
        f"UID:{uid3}",
        att(ME, ME, google=True),
        att("ofelia.ramos@tecnoestampados.mx", "Ofelia Ramos", ps="ACCEPTED", google=True),
        desc("Entrevista con la Ing. Ofelia Ramos, Gerente de Ingeniería, para la vacante de Ingeniero de "
             "Planta – Estampado. Oficinas de Ramos Arizpe, preguntar en recepción."),
        "LOCATION:Tecnoestampados Saltillo\\, Blvd. Industrial 2200\\, Ramos Arizpe\\, Coah.",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista con Gerente de Ingeniería - Tecnoestampados",
        "TRANSP:OPAQUE",
    )
    xwr = ("CALSCALE:GREGORIAN", "X-WR-CALNAME:alex.trevino.ing@outlook.com", "X-WR-TIMEZONE:America/Monterrey")
    return [
        Ev("bookings", cal(ev1, prodid=EXCHANGE, tz=("America/Mexico_City",)), uid1, 1,
           "Aceros Tecnológicos Regiomontanos", "Jefe de Mantenimiento Mecánico", "hiring_manager",
           ["ploera@atr-aceros.mx"], "ms-bookings-es", ["ATR", "Aceros Tecnológicos"]),
        Ev("outlook-rescheduled", cal(ev2, prodid=OUTLOOK, tz=("win-mx",)), uid2, 1,
           "Compañía Fundidora de Ramos Arizpe", "Ingeniero de Mantenimiento Predictivo", "technical",
           ["mtamez@cfra.com.mx", "gsifuentes@cfra.com.mx"], "rescheduled-sequence-es",
           ["CFRA", "Fundidora de Ramos Arizpe"]),
        Ev("google-xwr-floating", cal(ev3, prodid=GOOGLE, method="PUBLISH", head=xwr), uid3, 1,
           "Tecnoestampados Saltillo", "Ingeniero de Planta – Estampado", "hiring_manager",
           ["ofelia.ramos@tecnoestampados.mx"], "x-wr-timezone-floating-es", ["Tecnoestampados"]),
    ]


def _sultana_cadereyta() -> list[Ev]:
    uid1 = "TIC-2025-0331-ATREVINO-SULTANA"
    b1 = ("Estimado Alejandro:\n\nComo lo platicamos, te confirmo la primera entrevista con nuestro cliente "
          "Cocinas Sultana para la vacante de Gerente de Mantenimiento (planta Santa Catarina).\n"
          "Te entrevistarán la Lic. Mariana Ochoa (Gerente de Capital Humano) y el Ing. Tomás Villarreal "
          "(Director de Operaciones). Yo no estaré en la sesión; llámame al terminar para darte retroalimentación.\n\n"
          "Rogelio Benavides\nConsultor Senior | Talento Industrial Consultores\nwww.tic-consultores.com.mx")
    ev1 = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250328T183000Z",
        "DTSTART;TZID=America/Monterrey:20250402T170000",
        "DTEND;TZID=America/Monterrey:20250402T180000",
        "SUMMARY:Entrevista Cocinas Sultana – Gerente de Mantenimiento (presentado por TIC)",
        "LOCATION:Cocinas Sultana\\, Av. Díaz Ordaz 3100\\, Santa Catarina\\, N.L.",
        desc(b1),
        org("rbenavides@tic-consultores.com.mx", "Rogelio Benavides"),
        att(ME, ME_CN),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    uid2 = outlook_uid("h94-es-4")
    b2 = ("Alejandro, te esperamos para la entrevista final con el Director General, Lic. Arturo Sepúlveda.\n"
          "Duración aproximada 1 hora. Estacionamiento de visitas puerta 3.\n\nMariana Ochoa\nCapital Humano")
    ev2 = vevent(
        "CLASS:PUBLIC",
        desc(b2),
        "DTEND;TZID=\"(UTC-06:00) Guadalajara, Ciudad de México, Monterrey\":20250416T100000",
        "DTSTAMP:20250410T153318Z",
        "DTSTART;TZID=\"(UTC-06:00) Guadalajara, Ciudad de México, Monterrey\":20250416T090000",
        "LOCATION:Dirección General – Cocinas Sultana",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Entrevista final - Dirección General",
        f"UID:{uid2}",
        org("mochoa@sultana.com.mx", "Ochoa, Mariana"),
        att("asepulveda@sultana.com.mx", "Sepúlveda, Arturo", ps="ACCEPTED"),
        att(ME, "alex.trevino.ing@outlook.com"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    uid3 = outlook_uid("h94-es-5")
    b3 = ("Entrevista presencial para la posición de Superintendente de Mantenimiento – Planta Cadereyta "
          "Transmisiones.\nEntrevistan: Ing. Leopoldo Cavazos (Gerente de Planta) y Ing. Brenda Olivares "
          "(Ingeniería).\nSe reservó la sala y el proyector. Registro en caseta con identificación oficial.\n\n"
          "Atentamente,\nYadira Lozano – Asistente de Recursos Humanos\nGrupo Industrial Cadereyta")
    ev3 = vevent(
        "CLASS:PUBLIC",
        desc(b3),
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250513T110000",
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250513T123000",
        "DTSTAMP:20250506T174401Z",
        "LOCATION:Sala Monterrey (P2); Planta Cadereyta Transmisiones",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Entrevista presencial - Superintendente de Mantenimiento",
        f"UID:{uid3}",
        org("ylozano@grupocadereyta.com", "Lozano, Yadira"),
        att(ME, ME_CN),
        att("lcavazos@grupocadereyta.com", "Cavazos, Leopoldo"),
        att("bolivares@grupocadereyta.com", "Olivares, Brenda"),
        att("sala.monterrey.p2@grupocadereyta.com", "Sala Monterrey (P2)", cutype="ROOM", role="NON-PARTICIPANT",
            rsvp=False),
        att("proyector03@grupocadereyta.com", "Proyector 03", cutype="RESOURCE", role="NON-PARTICIPANT", rsvp=False),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    return [
        Ev("agency-es", cal(ev1, prodid="-//TIC Consultores//ATS 2.3//ES", tz=("America/Monterrey",)), uid1, 1,
           "Cocinas Sultana", "Gerente de Mantenimiento", "", ["Mariana Ochoa", "Tomás Villarreal"],
           "agency-names-employer-es", ["Sultana"]),
        Ev("outlook-utc-zone-final", cal(ev2, prodid=OUTLOOK, tz=("utc-mx",)), uid2, 1, "Cocinas Sultana", "",
           "final", ["asepulveda@sultana.com.mx"], "outlook-utc-label-zone-es"),
        Ev("exchange-room-resource", cal(ev3, prodid=EXCHANGE, tz=("win-mx",)), uid3, 1, "Cadereyta Transmisiones",
           "Superintendente de Mantenimiento", "onsite",
           ["lcavazos@grupocadereyta.com", "bolivares@grupocadereyta.com"],
           "subsidiary-group-domain-room-resource-es", []),
    ]


def _phone_webex_misc() -> list[Ev]:
    uid1 = "3u8i1o5p7a2s4d6f9g0h@google.com"
    ev1 = vevent(
        "DTSTART;TZID=America/Monterrey:20250318T123000",
        "DTEND;TZID=America/Monterrey:20250318T130000",
        "DTSTAMP:20250314T170102Z",
        org("valeria.moya@baltasar-ilum.com", "Valeria Moya"),
        f"UID:{uid1}",
        att(ME, ME, google=True),
        desc("Llamada telefónica de filtro para la vacante Ingeniero de Mantenimiento Sr. (planta Apodaca).\n"
             "Te marco al 81 2201 7745. Platicaremos sobre tu experiencia, sueldo actual y disponibilidad.\n"
             "Valeria Moya – Reclutamiento, Baltasar Iluminación Automotriz"),
        "LOCATION:Llamada telefónica: +52 81 2201 7745",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Llamada - Alejandro Treviño / Baltasar",
        "TRANSP:OPAQUE",
    )
    uid2 = outlook_uid("h94-es-6")
    ev2 = vevent(
        "CLASS:PUBLIC",
        desc("Buenas tardes Alejandro, agendamos la entrevista para Ingeniero de Planta (Estampado). "
             "Te entrevistará el Ing. Raúl Quintanilla, Jefe de Ingeniería.\nSaludos,\nCarmen Leal, RH" +
             teams_es("294 551 760 334", "Q2x0Zm1p")),
        "DTEND;TZID=\"(UTC-06:00) Guadalajara, Ciudad de México, Monterrey\":20250409T150000",
        "DTSTAMP:20250403T200001Z",
        "DTSTART;TZID=\"(UTC-06:00) Guadalajara, Ciudad de México, Monterrey\":20250409T140000",
        "LOCATION:Reunión de Microsoft Teams",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Entrevista - Ingeniero de Planta (Estampado)",
        f"UID:{uid2}",
        org("cleal@automotrizsc.com.mx", "Leal, Carmen"),
        att("rquintanilla@automotrizsc.com.mx", "Quintanilla, Raúl"),
        att(ME, ME_CN),
    )
    uid3 = "7c1e0b9a4f3d48e2a6b5c0d9e8f7a6b5"
    ev3 = vevent(
        f"UID:{uid3}",
        "SUMMARY:Entrevista técnica virtual – Líder de Mantenimiento Eléctrico",
        "DTSTART;TZID=America/Monterrey:20250424T093000",
        "DTEND;TZID=America/Monterrey:20250424T103000",
        "DTSTAMP:20250417T152233Z",
        "LOCATION:https://motoreshuasteca.webex.com/motoreshuasteca/j.php?MTID=m3f0a9c1d7e",
        org("jvela@motoreshuasteca.com", "Jesús Vela"),
        att(ME, ME_CN),
        att("ncastillo@motoreshuasteca.com", "Nadia Castillo"),
        desc("Hola Alejandro,\nSegún lo acordado, la entrevista técnica será con Jesús Vela (Jefe de Mantenimiento) "
             "y Nadia Castillo (Ingeniería Eléctrica). Revisaremos diagramas de control de motores y PLC.\n" +
             webex_es("2634 118 9902", "motoreshuasteca")),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    return [
        Ev("google-phone", cal(ev1, prodid=GOOGLE, tz=("America/Monterrey",)), uid1, 1,
           "Baltasar Iluminación Automotriz", "Ingeniero de Mantenimiento Sr.", "recruiter_screen",
           ["valeria.moya@baltasar-ilum.com"], "phone-screen-es", ["Baltasar Iluminación", "Baltasar"]),
        Ev("outlook-nostage", cal(ev2, prodid=OUTLOOK, tz=("utc-mx",)), uid2, 1, "Automotriz Santa Catarina",
           "Ingeniero de Planta (Estampado)", "", ["rquintanilla@automotrizsc.com.mx"], "no-stage-teams-es", []),
        Ev("webex", cal(ev3, prodid="-//Cisco Systems//Webex Meetings//ES", tz=("America/Monterrey",)), uid3, 1,
           "Motores Huasteca", "Líder de Mantenimiento Eléctrico", "technical",
           ["jvela@motoreshuasteca.com", "ncastillo@motoreshuasteca.com"], "webex-technical-es", []),
    ]


def events() -> list[Ev]:
    return [*_fensa(), *_smca(), *_apple_and_handtyped(), *_atr_cfra_tecno(), *_sultana_cadereyta(),
            *_phone_webex_misc()]

