"""holdout133: the user's own interviews, Spanish employers (constructoras, consultancies, public bodies)."""

from __future__ import annotations

from holdout133ev_ics import (
    GOOGLE,
    GOOGLE_INVITE_ES,
    OUTLOOK,
    OUTLOOK16,
    TZ_MADRID,
    TZ_OUTLOOK_ES,
    TZ_ROMANCE,
    TZID_OUTLOOK_ES,
    USER_GMAIL,
    USER_NAME,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    vev,
)

ME = att(USER_GMAIL, USER_NAME)
ME_G = att(USER_GMAIL, "Ainhoa Etxeberria")


def events() -> list[Ev]:
    out: list[Ev] = []

    # 1. Outlook, Windows zone, HR phone screen, CN="Last, First", X-ALT-DESC
    uid = "040000008200E00074C5B7101A82E00800000000B0C1A4F39D3DDC01000000000000000010000000E6A1F0C3D2B84B4A9C1E"
    body = (
        "Hola Ainhoa:\n\nTal y como hemos hablado por correo\\, te confirmo la entrevista telefónica para la "
        "posición de Jefe/a de Obra Edificación (Ref. JO-2025-14) en Obras y Estructuras Ibaizabal.\n"
        "Te llamaré yo al 6XX XXX 418. Duración aproximada: 30 minutos.\n\nUn saludo\\,\nMaite Zubizarreta\n"
        "Técnica de Selección · Dpto. de Personas\nOEI – Obras y Estructuras Ibaizabal\\, S.A."
    ).replace("\\,", ",")
    out.append(Ev(
        "outlook-phone-es",
        cal([vev(
            uid, "20251006T081512Z",
            "DTSTART;TZID=Romance Standard Time:20251009T121500",
            "DTEND;TZID=Romance Standard Time:20251009T124500",
            "Entrevista telefónica - Jefe/a de Obra Edificación (Ref. JO-2025-14)",
            organizer=org("maite.zubizarreta@oei-obras.es", "Zubizarreta Olano, Maite"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
            location="Llamada telefónica",
            description=body,
            extra=[
                "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hola Ainhoa:</p><p>Tal y como hemos hablado por corr"
                "eo\\, te confirmo la entrevista telefónica para la posición de <b>Jefe/a de Obra Edificación</b>"
                " (Ref. JO-2025-14) en Obras y Estructuras Ibaizabal.</p></body></html>",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "CLASS:PUBLIC", "PRIORITY:5",
            ],
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Obras y Estructuras Ibaizabal", "Jefe/a de Obra Edificación", "recruiter_screen",
        ["maite.zubizarreta@oei-obras.es"], "outlook-phone-screen-es", ["OEI"],
    ))

    # 2. Same employer, production director, room resource, coordinator who does not interview
    uid = "040000008200E00074C5B7101A82E00800000000D07A3C6B4F40DC010000000000000000100000004B2E77A1C0DD1A4FA03B"
    body = (
        "Ainhoa\\, buenos días:\n\nTe esperamos en nuestras oficinas de Barakaldo (Avda. Altos Hornos 12\\, 3ª planta) "
        "para la entrevista con Josu Elizondo\\, Director de Producción\\, para el puesto de Jefe/a de Obra "
        "Edificación. Yo te recibiré en recepción y te acompañaré a la sala\\, pero la entrevista la hará Josu.\n"
        "Trae\\, si puedes\\, algún ejemplo de planning y de certificación de una obra que hayas llevado.\n\n"
        "Maite Zubizarreta – Dpto. de Personas"
    ).replace("\\,", ",")
    out.append(Ev(
        "outlook-room-es",
        cal([vev(
            uid, "20251014T093000Z",
            "DTSTART;TZID=Romance Standard Time:20251021T093000",
            "DTEND;TZID=Romance Standard Time:20251021T104500",
            "Entrevista con Director de Producción - Jefe/a de Obra Edificación",
            organizer=org("maite.zubizarreta@oei-obras.es", "Zubizarreta Olano, Maite"),
            attendees=[
                att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                att("josu.elizondo@oei-obras.es", "Elizondo Garai, Josu"),
                att("sala.gorbeia@oei-obras.es", "Sala Gorbeia (6p) - Barakaldo", cutype="ROOM",
                    role="NON-PARTICIPANT", rsvp=False),
            ],
            location="Sala Gorbeia (6p) - Barakaldo",
            description=body, seq=1,
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"],
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Obras y Estructuras Ibaizabal", "Jefe/a de Obra Edificación", "hiring_manager",
        ["josu.elizondo@oei-obras.es"], "outlook-room-coordinator-es", ["OEI"],
    ))

    # 3. Personio, technical round, two interviewers
    uid = "personio-interview-7d1f0b44-58e2-4c09-9a31-0f3c5e2b8a61"
    body = (
        "Hola Ainhoa\\,\n\nte invitamos a la entrevista técnica para la posición Ingeniero/a de Proyectos "
        "Hidráulicos (Bilbao).\n\nEntrevistadores:\n- Garbiñe Uriarte (Responsable de Hidráulica)\n"
        "- Eneko Basterretxea (Ingeniero Senior)\n\nFormato: videollamada por Microsoft Teams\\, 60 min. "
        "Te pediremos que comentes un proyecto de saneamiento o abastecimiento en el que hayas participado.\n\n"
        "Saludos\\,\nEquipo de Personas – Hidrotec Consultores\n\n"
    ).replace("\\,", ",") + teams("es", "NmQ4ZGY3YjctOTE2Mi00", "371 884 552 019", "eY7nQ2")
    out.append(Ev(
        "personio-technical-es",
        cal([vev(
            uid, "20251015T140322Z",
            "DTSTART;TZID=Europe/Madrid:20251023T160000", "DTEND;TZID=Europe/Madrid:20251023T170000",
            "Entrevista técnica: Ingeniero/a de Proyectos Hidráulicos – Ainhoa Etxeberria Lasa",
            organizer=org("recruiting@hidrotec-consultores.com", "Hidrotec Consultores"),
            attendees=[ME, att("garbine.uriarte@hidrotec-consultores.com", "Garbiñe Uriarte"),
                       att("eneko.basterretxea@hidrotec-consultores.com", "Eneko Basterretxea")],
            location="Microsoft Teams", description=body,
        )], "-//Personio GmbH//Personio Recruiting//DE", tz=[TZ_MADRID]),
        uid, 1, "Hidrotec Consultores", "Ingeniero/a de Proyectos Hidráulicos", "technical",
        ["garbine.uriarte@hidrotec-consultores.com", "eneko.basterretxea@hidrotec-consultores.com"],
        "personio-technical-es", ["Hidrotec"],
    ))

    # 4. Teamtailor, first call with talent, Google Meet (body names the company, organizer is the tool)
    uid = "tt-interview-3581942-b6c2e1@teamtailor.com"
    body = (
        "¡Hola Ainhoa!\n\nGracias por tu interés en Lurgoi. Nerea Aldekoa (Talent) te llamará por Google Meet "
        "para una primera conversación sobre la vacante Jefa/e de Obra – Obra Civil (Gipuzkoa).\n\n"
        + meet("es", "wqk-hbzt-pua")
        + "\n\nEste evento ha sido creado con Teamtailor."
    )
    out.append(Ev(
        "teamtailor-screen-es",
        cal([vev(
            uid, "20251002T101010Z",
            "DTSTART:20251007T080000Z", "DTEND:20251007T083000Z",
            "Primera entrevista – Jefa/e de Obra Obra Civil | Lurgoi",
            organizer=org("no-reply@teamtailor.com", "Lurgoi"),
            attendees=[ME_G, att("nerea.aldekoa@lurgoi.eus", "Nerea Aldekoa")],
            location="https://meet.google.com/wqk-hbzt-pua", description=body,
        )], "-//Teamtailor//Teamtailor Calendar//EN"),
        uid, 1, "Lurgoi", "Jefa/e de Obra – Obra Civil", "recruiter_screen",
        ["nerea.aldekoa@lurgoi.eus"], "teamtailor-screen-es", ["Grupo Lurgoi", "Lurgoi Construcción"],
    ))

    # 5. Microsoft Bookings, port authority, oral technical test in a public selection process
    uid = "bk-3f2a9c1e7b5d4e08a6c2d1f0e9b8a7c6@apzierbena.eus"
    body = (
        "Se ha reservado su cita.\n\nServicio: Prueba técnica oral – Proceso selectivo Técnico/a Superior de "
        "Infraestructuras Portuarias (OEP 2025)\nPersonal: Koldo Arrieta Unamuno\n"
        "Lugar: Edificio de Capitanía\\, Muelle AZ-1\\, Zierbena (acuda con DNI)\n\n"
        "Si necesita cambiar la cita\\, use el enlace de su correo de confirmación.\n"
        "Autoridad Portuaria de Zierbena"
    ).replace("\\,", ",")
    out.append(Ev(
        "bookings-oral-es",
        cal([vev(
            uid, "20251103T071455Z",
            "DTSTART;TZID=Romance Standard Time:20251112T100000",
            "DTEND;TZID=Romance Standard Time:20251112T104500",
            "Prueba técnica oral – Técnico/a Superior de Infraestructuras Portuarias",
            organizer=org("seleccion@apzierbena.eus", "AP Zierbena - Selección"),
            attendees=[ME, att("koldo.arrieta@apzierbena.eus", "Koldo Arrieta Unamuno")],
            location="Edificio de Capitanía, Muelle AZ-1, Zierbena", description=body,
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"],
        )], "-//Microsoft Corporation//Bookings//ES", tz=[TZ_ROMANCE]),
        uid, 1, "Autoridad Portuaria de Zierbena", "Técnico/a Superior de Infraestructuras Portuarias", "technical",
        ["koldo.arrieta@apzierbena.eus"], "bookings-public-oral-es", ["AP Zierbena", "Puerto de Zierbena"],
    ))

    # 6. Basque public agency, bilingual, no clear stage
    uid = "040000008200E00074C5B7101A82E0080000000060A7E2918A47DC01000000000000000010000000AE22C5F1E36B9541B6F1"
    body = (
        "Egun on / Buenos días:\n\nElkarrizketa pertsonala – Arduradun Teknikoa (Obrak)\n"
        "Entrevista personal – Responsable Técnico/a de Obras\n\n"
        "Tokia / Lugar: Euskal Azpiegitura Agentzia\\, Gran Vía 35\\, 6. solairua\\, Bilbo\n"
        "Elkarrizketatzaileak / Entrevistan: Aitziber Goñi (Obra Zuzendaritza) eta Peio Landa (Giza Baliabideak)\n\n"
        "Mesedez\\, ekarri NANa. / Por favor\\, traiga el DNI."
    ).replace("\\,", ",")
    out.append(Ev(
        "outlook-bilingual-eu-es",
        cal([vev(
            uid, "20251110T101530Z",
            f"DTSTART;TZID={TZID_OUTLOOK_ES}:20251118T110000", f"DTEND;TZID={TZID_OUTLOOK_ES}:20251118T120000",
            "Elkarrizketa / Entrevista – Arduradun Teknikoa / Responsable Técnico/a de Obras",
            organizer=org("aitziber.goni@eaa-avi.eus", "Goñi Arregi, Aitziber"),
            attendees=[att(USER_GMAIL, "Etxeberria Lasa, Ainhoa"),
                       att("peio.landa@eaa-avi.eus", "Landa Irazu, Peio")],
            location="EAA-AVI Bilbo – Gran Vía 35", description=body,
        )], OUTLOOK16, tz=[TZ_OUTLOOK_ES]),
        uid, 1, "Euskal Azpiegitura Agentzia", "Responsable Técnico/a de Obras", "",
        ["aitziber.goni@eaa-avi.eus", "peio.landa@eaa-avi.eus"], "outlook-bilingual-public-eu",
        ["Agencia Vasca de Infraestructuras", "EAA", "AVI", "EAA-AVI"],
    ))

    # 7. Workday, Madrid concession company, hiring manager
    uid = "WD-INT-8c0e6a51d2f94b7e9a1c3b5d7f2e4a60"
    body = (
        "Estimada Ainhoa\\,\n\nSe ha programado una entrevista para su candidatura a Jefe de Proyecto Carreteras "
        "(R-00412).\n\nFecha: 4 de noviembre de 2025\\, 10:00 – 11:00 (CET)\nEntrevistador: Álvaro Benítez "
        "Soria\\, Responsable de Área de Carreteras\nUbicación: Infraestructuras del Tajo\\, S.A. – Calle "
        "Orense 58\\, Madrid\n\nPuede consultar los detalles en su perfil de candidato.\n\nEste mensaje se ha "
        "generado automáticamente. No responda a este correo."
    ).replace("\\,", ",")
    out.append(Ev(
        "workday-hm-es",
        cal([vev(
            uid, "20251027T150002Z",
            "DTSTART:20251104T090000Z", "DTEND:20251104T100000Z",
            "Entrevista programada: Jefe de Proyecto Carreteras (R-00412)",
            organizer=org("intasa@myworkday.com", "Infraestructuras del Tajo - Talento"),
            attendees=[ME, att("abenitez@intasa.es", "Álvaro Benítez Soria")],
            location="Calle Orense 58, 28020 Madrid", description=body,
        )], "-//Workday//Recruiting//EN"),
        uid, 1, "Infraestructuras del Tajo", "Jefe de Proyecto Carreteras", "hiring_manager",
        ["abenitez@intasa.es"], "workday-hm-es", ["INTASA"],
    ))

    # 8. SuccessFactors, concession company, talent acquisition screen
    uid = "sf-interview-1f6a3e2c-9b8d-4c7a-8e5f-2a1b0c9d8e7f"
    body = (
        "Hola Ainhoa Etxeberria Lasa\\,\n\nTe invitamos a una entrevista para el puesto Project Manager "
        "Infraestructuras (Req. 48213) en Vialterra.\n\nTipo: Entrevista con Talent Acquisition (videollamada)\n"
        "Participantes: Lucía Montero (Talent Acquisition Partner)\n\nAcepta o propón otra franja desde el "
        "enlace del correo.\n\n"
    ).replace("\\,", ",") + teams("es", "ZTFjMzA4NGQtYjZmOS00", "324 117 905 613", "Wq3pX9")
    out.append(Ev(
        "successfactors-ta-es",
        cal([vev(
            uid, "20251020T121212Z",
            "DTSTART;TZID=Europe/Madrid:20251028T093000", "DTEND;TZID=Europe/Madrid:20251028T101500",
            "Invitación a entrevista: Project Manager Infraestructuras",
            organizer=org("noreply@successfactors.eu", "Vialterra Talent Acquisition",
                          sent_by="lucia.montero@vialterra.com"),
            attendees=[ME, att("lucia.montero@vialterra.com", "Lucía Montero")],
            location="Microsoft Teams", description=body,
        )], "-//SAP SuccessFactors//Interview Scheduling//EN", tz=[TZ_MADRID]),
        uid, 1, "Vialterra", "Project Manager Infraestructuras", "recruiter_screen",
        ["lucia.montero@vialterra.com"], "successfactors-screen-es", ["Vialterra Concesiones"],
    ))

    # 9. Same employer, final with committee and a room
    uid = "040000008200E00074C5B7101A82E00800000000E0F9D4A37E4CDC0100000000000000001000000022C1DFA8E5B9A04F8137"
    out.append(Ev(
        "outlook-final-es",
        cal([vev(
            uid, "20251112T170400Z",
            "DTSTART;TZID=Romance Standard Time:20251120T120000",
            "DTEND;TZID=Romance Standard Time:20251120T133000",
            "Entrevista final – Project Manager Infraestructuras (Comité)",
            organizer=org("lucia.montero@vialterra.com", "Montero Gil, Lucía"),
            attendees=[
                att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                att("rcastano@vialterra.com", "Castaño Prieto, Ramón"),
                att("isabel.ferrer@vialterra.com", "Ferrer Llorente, Isabel"),
                att("SalaConsejo.P7@vialterra.com", "Sala Consejo P7", cutype="RESOURCE",
                    role="NON-PARTICIPANT", rsvp=False),
            ],
            location="Sala Consejo P7; Paseo de la Castellana 141, Madrid",
            description=(
                "Ainhoa, te confirmo la última entrevista del proceso con Ramón Castaño (Director de Concesiones) "
                "e Isabel Ferrer (Directora Técnica). Yo solo te recibo y te acompaño.\n"
                "Pregunta por mí en la recepción de la planta 7.\nLucía"
            ),
            seq=2,
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Vialterra", "Project Manager Infraestructuras", "final",
        ["rcastano@vialterra.com", "isabel.ferrer@vialterra.com"], "outlook-final-resource-es",
        ["Vialterra Concesiones"],
    ))

    # 10. Google Calendar, recruiter, Meet boilerplate in Spanish, company only in domain + title brand
    uid = "5q2k8m0v3t7hn1cqe4r9b6lsd0@google.com"
    body = (
        "Hola Ainhoa\\, como te comenté por LinkedIn\\, hablamos 30 min sobre la posición de Ingeniera de "
        "Proyectos Ferroviarios en FNI (sede Bilbao / obra Vitoria-Gasteiz).\n"
    ).replace("\\,", ",") + meet("es", "xve-pkdr-zbn") + GOOGLE_INVITE_ES
    out.append(Ev(
        "google-meet-screen-es",
        cal([vev(
            uid, "20251001T091512Z",
            "DTSTART;TZID=Europe/Madrid:20251006T173000", "DTEND;TZID=Europe/Madrid:20251006T180000",
            "Ainhoa Etxeberria <> FNI | Ingeniera de Proyectos Ferroviarios",
            organizer=org("ander.saenz@fni-ingenieros.com", "Ander Sáenz"),
            attendees=[att("ander.saenz@fni-ingenieros.com", "Ander Sáenz", partstat="ACCEPTED", rsvp=False),
                       ME_G],
            location="", description=body,
            extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/xve-pkdr-zbn", "TRANSP:OPAQUE"],
        )], GOOGLE, tz=[TZ_MADRID], head=["CALSCALE:GREGORIAN"]),
        uid, 1, "FNI", "Ingeniera de Proyectos Ferroviarios", "recruiter_screen",
        ["ander.saenz@fni-ingenieros.com"], "google-meet-es", ["Ferroviaria Norte Ingenieros"],
    ))

    # 11. Agency invite naming the employer
    uid = "7c1b3e59a4d2@norteseleccion.es"
    body = (
        "Ainhoa\\, te confirmo la entrevista con Prefabricados Deba para el puesto de Responsable de Montaje "
        "de Estructuras Prefabricadas.\nTe entrevistará Jon Mugica\\, Director Técnico\\, en su planta de "
        "Elgoibar. Yo no estaré en la entrevista\\; llámame al salir y me cuentas.\n\n"
        "Olatz Ibarguren\nConsultora Senior – Norte Selección Técnica"
    ).replace("\\,", ",").replace("\\;", ";")
    out.append(Ev(
        "agency-named-employer-es",
        cal([vev(
            uid, "20251103T120000Z",
            "DTSTART;TZID=Europe/Madrid:20251106T090000", "DTEND;TZID=Europe/Madrid:20251106T100000",
            "Entrevista Prefabricados Deba – Responsable de Montaje",
            organizer=org("olatz.ibarguren@norteseleccion.es", "Olatz Ibarguren"),
            attendees=[ME, att("jmugica@prefadeba.com", "Jon Mugica")],
            location="Prefabricados Deba – Pol. Ind. Sigma, Elgoibar", description=body,
        )], OUTLOOK16, tz=[TZ_MADRID]),
        uid, 1, "Prefabricados Deba", "Responsable de Montaje", "hiring_manager",
        ["jmugica@prefadeba.com"], "agency-employer-named-es", ["Cementos y Prefabricados Deba"],
    ))

    # 12. Free-mail founder, Google Calendar, company only in the body
    uid = "0hb4i7n2ro9fqs6j1ek3m8ct5g@google.com"
    body = (
        "Ainhoa\\, lo que te dije por teléfono: quedamos en la oficina y te cuento cómo trabajamos en "
        "Construcciones Zubiarte\\, las obras que tenemos en marcha y qué buscamos para la jefatura de obra. "
        "Es una entrevista\\, pero tranquila. Trae el CV en papel\\, que soy de la vieja escuela.\nTxema"
    ).replace("\\,", ",")
    out.append(Ev(
        "gmail-founder-es",
        cal([vev(
            uid, "20251016T204511Z",
            "DTSTART;TZID=Europe/Madrid:20251022T083000", "DTEND;TZID=Europe/Madrid:20251022T093000",
            "Ainhoa / Txema - jefatura de obra",
            organizer=org("txema.zubiarte@gmail.com", "Txema Zubiarte"),
            attendees=[att("txema.zubiarte@gmail.com", "Txema Zubiarte", partstat="ACCEPTED", rsvp=False), ME_G],
            location="C/ Iparraguirre 41, bajo, Bilbao", description=body + GOOGLE_INVITE_ES,
        )], GOOGLE, tz=[TZ_MADRID]),
        uid, 1, "Construcciones Zubiarte", "", "",
        ["txema.zubiarte@gmail.com"], "freemail-founder-es", ["Zubiarte"],
    ))

    # 13. Calendly, small engineering firm, company in location only
    uid = "ab91f4c2-6d3e-4f7a-b2c8-7e0d5a1c9f34"
    body = (
        "Nombre del evento: Entrevista 30 min\n\n"
        "Ubicación: Esta es una reunión de Google Meet. https://meet.google.com/rbt-wjxu-kfe\n\n"
        "¿Necesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/ab91f4c2\n"
        "Reprogramar: https://calendly.com/reschedulings/ab91f4c2\n\nCon la tecnología de Calendly.com"
    )
    out.append(Ev(
        "calendly-smallfirm-es",
        cal([vev(
            uid, "20251008T123344Z",
            "DTSTART:20251013T140000Z", "DTEND:20251013T143000Z",
            "Ainhoa Etxeberria Lasa y Gaizka Uribe",
            organizer=org("gaizka.uribe@artxanda-ingenieria.com", "Gaizka Uribe"),
            attendees=[ME],
            location="Artxanda Ingeniería · Google Meet", description=body,
        )], "-//Calendly//EN"),
        uid, 1, "Artxanda Ingeniería", "", "",
        ["gaizka.uribe@artxanda-ingenieria.com"], "calendly-company-in-location-es", [],
    ))

    # 14. Cal.com, structural engineering firm, technical
    uid = "calcom-booking-2XH7LQ9RM4"
    body = (
        "¿Qué?\nEntrevista técnica – Ingeniera de Estructuras / Jefa de Proyecto\n\n¿Cuándo?\n"
        "jueves\\, 30 de octubre de 2025 11:00 - 12:00 (Europe/Madrid)\n\n¿Quién?\nIker Lejarreta - Organizador\n"
        "iker@abanto-estructuras.com\nAinhoa Etxeberria Lasa\nainhoa.etxeberria.ing@gmail.com\n\n"
        "¿Dónde?\nCal Video\n\nNotas adicionales: Revisaremos juntos un cálculo de muro de contención.\n\n"
        "Estructuras Abanto Ingeniería"
    ).replace("\\,", ",")
    out.append(Ev(
        "calcom-technical-es",
        cal([vev(
            uid, "20251024T090909Z",
            "DTSTART:20251030T100000Z", "DTEND:20251030T110000Z",
            "Entrevista técnica entre Iker Lejarreta y Ainhoa Etxeberria Lasa",
            organizer=org("iker@abanto-estructuras.com", "Iker Lejarreta"),
            attendees=[ME], location="https://app.cal.com/video/2XH7LQ9RM4", description=body,
        )], "-//Cal.com Inc.//Cal.com Event//EN"),
        uid, 1, "Estructuras Abanto Ingeniería", "Ingeniera de Estructuras / Jefa de Proyecto", "technical",
        ["iker@abanto-estructuras.com"], "calcom-technical-es", ["Estructuras Abanto", "Abanto Ingeniería"],
    ))

    # 15. Outlook 16 with "(UTC+01:00)" zone, hiring manager direct
    uid = "040000008200E00074C5B7101A82E00800000000F08B71C2A553DC01000000000000000010000000B7D3E019F2A6C84E8D4A"
    body = (
        "Hola Ainhoa\\,\n\nHe visto tu candidatura para Jefa de Obra Urbanización (Leioa). Te propongo "
        "esta hora para conocernos por Teams. Soy el director de obra del proyecto y sería tu responsable "
        "directo.\n\nUn saludo\\,\nAsier Olabarrieta\nUrbegi Ingeniería y Construcción\n\n"
    ).replace("\\,", ",") + teams("es", "MzI0YjlhZGUtZWI3Zi00", "389 552 017 446", "Kd8tF4")
    out.append(Ev(
        "outlook-utczone-hm-es",
        cal([vev(
            uid, "20251104T172233Z",
            f"DTSTART;TZID={TZID_OUTLOOK_ES}:20251110T153000", f"DTEND;TZID={TZID_OUTLOOK_ES}:20251110T161500",
            "Entrevista Ainhoa Etxeberria - Jefa de Obra Urbanización",
            organizer=org("aolabarrieta@urbegi.com", "Olabarrieta Agirre, Asier"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
            location="Reunión de Microsoft Teams", description=body,
            extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzI0"
                   "YjlhZGUtZWI3Zi00%40thread.v2/0",
                   "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:aolabarrieta@urbegi.com"],
        )], OUTLOOK16, tz=[TZ_OUTLOOK_ES]),
        uid, 1, "Urbegi", "Jefa de Obra Urbanización", "hiring_manager",
        ["aolabarrieta@urbegi.com"], "outlook-teams-hm-es", ["Urbegi Ingeniería y Construcción"],
    ))

    return out
