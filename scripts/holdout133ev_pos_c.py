"""holdout133: the user's own interviews typed by herself, on phones, cancelled, moved or recurring."""

from __future__ import annotations

from holdout133ev_ics import (
    APPLE,
    GOOGLE,
    MACOS,
    OUTLOOK,
    THUNDERBIRD,
    TZ_MADRID,
    TZ_ROMANCE,
    USER_GMAIL,
    USER_NAME,
    Ev,
    att,
    cal,
    meet,
    org,
    vev,
)

ME = att(USER_GMAIL, USER_NAME)
ME_G = att(USER_GMAIL, "Ainhoa Etxeberria")
GCAL_HEAD = ["CALSCALE:GREGORIAN", "X-WR-CALNAME:ainhoa.etxeberria.ing@gmail.com", "X-WR-TIMEZONE:Europe/Madrid"]


def events() -> list[Ev]:
    out: list[Ev] = []

    # 1. Hand-typed, floating time, first name only
    uid = "2v7hq1c0m5kd8b3rj9n6sfa4tu@google.com"
    out.append(Ev(
        "hand-floating-es",
        cal([vev(
            uid, "20251012T195501Z",
            "DTSTART:20251015T083000", "DTEND:20251015T093000",
            "entrevista Gaztelueta Eraikuntzak - Ibon (jefe producción)",
            location="Getxo, Algortako Etorbidea 98", description="llevar CV + fotos obra Zorrotzaurre",
            seq=None, status=None, extra=["TRANSP:OPAQUE"],
        )], GOOGLE, method="PUBLISH", head=["CALSCALE:GREGORIAN"]),
        uid, 1, "Gaztelueta Eraikuntzak", "", "hiring_manager",
        ["ibon"], "hand-typed-floating-es", ["Gaztelueta"],
    ))

    # 2. Hand-typed, X-WR-TIMEZONE only, phone call with HR
    uid = "4kl9p2t6c1vq0mb8h3d5ns7ej2@google.com"
    out.append(Ev(
        "hand-phone-es",
        cal([vev(
            uid, "20251116T110000Z",
            "DTSTART:20251119T133000", "DTEND:20251119T140000",
            "Llamada RRHH NOP (Navarra Obras Públicas)",
            description="me llama Maider de RRHH. tema salario / incorporación / traslado Pamplona",
            seq=None, status=None,
        )], GOOGLE, method="PUBLISH", head=GCAL_HEAD),
        uid, 1, "Navarra Obras Públicas", "", "recruiter_screen",
        ["maider"], "hand-typed-phone-hr-es", ["NOP"],
    ))

    # 3. Apple iPhone entry by the user, URL and alarm, "2ª entrevista"
    uid = "9E4C1B7A-3D2F-4A60-8B15-C7E2F9A0D3B6"
    out.append(Ev(
        "apple-second-round-es",
        cal([[
            "CREATED:20251112T183000Z", f"UID:{uid}", "DTSTAMP:20251112T183012Z",
            "DTSTART;TZID=Europe/Madrid:20251124T100000", "DTEND;TZID=Europe/Madrid:20251124T113000",
            "SUMMARY:2ª entrevista Urbegi (con gerente)", "LOCATION:Urbegi\\, Sabino Arana 8\\, Leioa",
            "URL;VALUE=URI:https://www.urbegi.com", "SEQUENCE:0", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Recordatorio", "TRIGGER:-PT1H",
            "X-WR-ALARMUID:5B0D8E2C-1F4A-4C7E-9A3B-6D2E0F1C8A47", "END:VALARM",
        ]], APPLE, method=None, tz=[TZ_MADRID], head=["CALSCALE:GREGORIAN"]),
        uid, 1, "Urbegi", "", "",
        [], "apple-hand-second-round-es", ["Urbegi Ingeniería y Construcción"],
    ))

    # 4. Thunderbird, user's own entry, final round
    uid = "b2d7c0e4-51a8-4f39-9c62-8e1f3a0d5b77"
    out.append(Ev(
        "thunderbird-final-es",
        cal([[
            "CREATED:20251121T091500Z", "LAST-MODIFIED:20251121T091533Z", "DTSTAMP:20251121T091533Z",
            f"UID:{uid}", "SUMMARY:Entrevista final Hidrotec – oficina Bilbao (Garbiñe + Xabier Otaola\\, DG)",
            "STATUS:CONFIRMED", "DTSTART;TZID=Europe/Madrid:20251204T090000",
            "DTEND;TZID=Europe/Madrid:20251204T103000", "LOCATION:Hidrotec\\, Alameda Urquijo 60\\, Bilbao",
            "DESCRIPTION:Preguntar por la oferta: coche\\, teletrabajo\\, formación PMP.", "TRANSP:OPAQUE",
            "X-MOZ-GENERATION:1",
        ]], THUNDERBIRD, method=None, tz=[TZ_MADRID]),
        uid, 1, "Hidrotec Consultores", "", "final",
        ["garbiñe", "xabier otaola"], "thunderbird-hand-final-es", ["Hidrotec"],
    ))

    # 5. Two-day assessment centre: recurring series with an override of day 2 (same UID)
    uid = "040000008200E00074C5B7101A82E00800000000C19E8D7A6B5FDC01000000000000000010000000A1B2C3D4E5F60718293A"
    series = [
        f"UID:{uid}", "DTSTAMP:20251117T120000Z",
        "DTSTART;TZID=Romance Standard Time:20251201T090000", "DTEND;TZID=Romance Standard Time:20251201T140000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:Assessment Center – Programa Jefes/as de Obra 2026 (Construcciones Besaide)",
        'ORGANIZER;CN="Arregi Zabala, Nagore":mailto:nagore.arregi@besaide.com',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ainhoa.etxeberria.ing@gmail.com:'
        f"mailto:{USER_GMAIL}",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ugalde Mendizabal, Xabier":'
        "mailto:xabier.ugalde@besaide.com",
        "LOCATION:Construcciones Besaide – Centro de Formación\\, Arrasate",
        "DESCRIPTION:Jornada 1: dinámica de grupo y caso práctico de planificación.\\nJornada 2: entrevista "
        "individual con Xabier Ugalde (Director de Obra Civil).\\nNagore Arregi (RRHH) coordina ambas jornadas.",
        "SEQUENCE:0", "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    override = [
        f"UID:{uid}", "RECURRENCE-ID;TZID=Romance Standard Time:20251202T090000", "DTSTAMP:20251124T080000Z",
        "DTSTART;TZID=Romance Standard Time:20251202T100000", "DTEND;TZID=Romance Standard Time:20251202T120000",
        "SUMMARY:Assessment Center – Programa Jefes/as de Obra 2026 (Construcciones Besaide) – Día 2: entrevista",
        'ORGANIZER;CN="Arregi Zabala, Nagore":mailto:nagore.arregi@besaide.com',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ainhoa.etxeberria.ing@gmail.com:'
        f"mailto:{USER_GMAIL}",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ugalde Mendizabal, Xabier":'
        "mailto:xabier.ugalde@besaide.com",
        "LOCATION:Construcciones Besaide – Oficinas centrales\\, Sala 2\\, Arrasate",
        "DESCRIPTION:Cambio de hora: la entrevista individual del día 2 empieza a las 10:00.",
        "SEQUENCE:1", "STATUS:CONFIRMED",
    ]
    out.append(Ev(
        "recurring-assessment-override-es",
        cal([series, override], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Construcciones Besaide", "Programa Jefes/as de Obra 2026", "onsite",
        ["xabier.ugalde@besaide.com"], "recurring-override-assessment-es", ["Besaide"],
    ))

    # 6. Cancelled interview (METHOD:CANCEL, STATUS:CANCELLED)
    uid = "040000008200E00074C5B7101A82E00800000000D2A4F6B8C0E2DC0100000000000000001000000063B1A8F0E4D7C2459B1E"
    out.append(Ev(
        "outlook-cancel-es",
        cal([vev(
            uid, "20251029T101500Z",
            "DTSTART;TZID=Romance Standard Time:20251031T100000", "DTEND;TZID=Romance Standard Time:20251031T103000",
            "Cancelado: Entrevista RRHH - Jefe/a de Obra Movimiento de Tierras",
            organizer=org("iratxe.lasarte@excavaciones-oiartzun.com", "Lasarte Egaña, Iratxe"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
            location="Teléfono",
            description="Ainhoa, tenemos que anular la entrevista de mañana; te escribo para buscar otra fecha. "
                        "Disculpa las molestias.\nIratxe – Excavaciones Oiartzun",
            seq=1, status="CANCELLED", extra=["PRIORITY:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"],
        )], OUTLOOK, method="CANCEL", tz=[TZ_ROMANCE]),
        uid, 1, "Excavaciones Oiartzun", "Jefe/a de Obra Movimiento de Tierras", "recruiter_screen",
        ["iratxe.lasarte@excavaciones-oiartzun.com"], "cancelled-es", [],
    ))

    # 7. Rescheduled (Google, SEQUENCE bump, "Invitación actualizada")
    uid = "1mq8f3c6vj0p2k9d7tb4hr5sle@google.com"
    body = (
        "Ainhoa, movemos la entrevista técnica al jueves a la misma hora (el miércoles tengo hormigonado). "
        "Hablaremos de dragados y de la ampliación del muelle de Santurtzi.\nAritz Arana – Sondeos y Dragas "
        "Arana\n\n" + meet("es", "dop-yruv-tkc")
    )
    out.append(Ev(
        "google-rescheduled-es",
        cal([vev(
            uid, "20251107T182000Z",
            "DTSTART;TZID=Europe/Madrid:20251113T170000", "DTEND;TZID=Europe/Madrid:20251113T180000",
            "Invitación actualizada: Entrevista técnica – Jefa de Obra Marítima",
            organizer=org("aritz@dragasarana.com", "Aritz Arana"),
            attendees=[att("aritz@dragasarana.com", "Aritz Arana", partstat="ACCEPTED", rsvp=False), ME_G],
            location="https://meet.google.com/dop-yruv-tkc", description=body, seq=2,
        )], GOOGLE, tz=[TZ_MADRID]),
        uid, 1, "Sondeos y Dragas Arana", "Jefa de Obra Marítima", "technical",
        ["aritz@dragasarana.com"], "rescheduled-sequence-es", ["Dragas Arana"],
    ))

    # 8. All-day assessment in London typed by the user
    uid = "7dj3p0s9mc2q6vh1k8b5rfe4na@google.com"
    out.append(Ev(
        "hand-allday-en",
        cal([vev(
            uid, "20251120T214400Z",
            "DTSTART;VALUE=DATE:20251208", "DTEND;VALUE=DATE:20251209",
            "Assessment day Halden & Rowe - Londres (vuelo 7:05 BIO)",
            description="Canary Wharf office. Presentación 15 min + entrevistas con el panel. Volver 20:40.",
            seq=None, status=None, extra=["TRANSP:TRANSPARENT"],
        )], GOOGLE, method="PUBLISH", head=GCAL_HEAD),
        uid, 1, "Halden & Rowe", "", "onsite",
        [], "hand-allday-assessment-en", ["Halden & Rowe Engineering", "Halden and Rowe"],
    ))

    # 9. macOS Calendar invite from a small firm's owner on iCloud, company in body only
    uid = "F3A0C9E1-7B2D-4E58-91C6-0D8A4F2B6E13"
    out.append(Ev(
        "apple-icloud-owner-es",
        cal([vev(
            uid, "20251125T190210Z",
            "DTSTART;TZID=Europe/Madrid:20251127T180000", "DTEND;TZID=Europe/Madrid:20251127T190000",
            "Entrevista - jefa de obra rehabilitación",
            organizer=org("koldo.otxoa@icloud.com", "Koldo Otxoa"),
            attendees=[att("koldo.otxoa@icloud.com", "Koldo Otxoa", partstat="ACCEPTED", rsvp=False,
                           cutype="INDIVIDUAL"), att(USER_GMAIL, "Ainhoa", cutype="INDIVIDUAL")],
            location="Rehabilitaciones Txurdinaga, C/ Zabalbide 112, Bilbao",
            description="Para la rehabilitación de fachadas y ascensores. Estaremos mi socio Fran y yo.",
            extra=["CREATED:20251125T190140Z", "TRANSP:OPAQUE"],
        )], MACOS, tz=[TZ_MADRID]),
        uid, 1, "Rehabilitaciones Txurdinaga", "jefa de obra rehabilitación", "",
        ["koldo.otxoa@icloud.com", "fran"], "apple-icloud-owner-es", ["Txurdinaga Rehabilitaciones"],
    ))

    # 10. Google Calendar in French, port company, Meet in French
    uid = "3sd9j1m5qa7k0vh2c8b6tpr4ng@google.com"
    body = (
        "Bonjour Ainhoa,\n\nComme convenu, entretien visio pour le poste d'Ingénieure travaux maritimes "
        "(La Rochelle) avec Thomas Guérin, responsable travaux, et moi-même.\n\nCordialement,\nClaire Besson\n"
        "Société des Ports de l'Atlantique\n\n"
        "Participer avec Google Meet : https://meet.google.com/hqa-xmpn-wev\n"
        "Ou appelez le : (FR) +33 1 87 40 45 21 Code : 774 119 205#\n\n"
        "Pour en savoir plus sur Meet : https://support.google.com/a/users/answer/9282720"
    )
    out.append(Ev(
        "google-meet-fr",
        cal([vev(
            uid, "20251113T154500Z",
            "DTSTART;TZID=Europe/Paris:20251120T140000", "DTEND;TZID=Europe/Paris:20251120T150000",
            "Entretien visio – Ingénieure travaux maritimes",
            organizer=org("claire.besson@ports-atlantique.fr", "Claire Besson"),
            attendees=[att("claire.besson@ports-atlantique.fr", "Claire Besson", partstat="ACCEPTED", rsvp=False),
                       att("thomas.guerin@ports-atlantique.fr", "Thomas Guérin"), ME_G],
            location="https://meet.google.com/hqa-xmpn-wev", description=body,
        )], GOOGLE, tz=[TZ_MADRID.replace("Europe/Madrid", "Europe/Paris")]),
        uid, 1, "Société des Ports de l'Atlantique", "Ingénieure travaux maritimes", "",
        ["claire.besson@ports-atlantique.fr", "thomas.guerin@ports-atlantique.fr"], "google-meet-fr",
        ["Ports de l'Atlantique", "SPA"],
    ))

    # 11. UTC, offshore wind engineering, sent to the work address by mistake
    uid = "WD-INT-1b7e3c9a0f2d4e6b8c5a7d9f1e3b5c70"
    out.append(Ev(
        "workday-utc-workaddr-es",
        cal([vev(
            uid, "20251209T100000Z",
            "DTSTART:20251216T083000Z", "DTEND:20251216T093000Z",
            "Entrevista programada: Project Manager Eólica Marina (JR-10977)",
            organizer=org("eolia@myworkday.com", "Eolia Offshore – Selección"),
            attendees=[att("aetxeberria@construcciones-nervion.es", "Ainhoa Etxeberria Lasa"),
                       att("begona.iturbe@eolia-offshore.com", "Begoña Iturbe")],
            location="Microsoft Teams",
            description="Estimada Ainhoa:\nSe ha programado la entrevista técnica con Begoña Iturbe (Head of "
                        "Foundations & Installation) para Project Manager Eólica Marina (JR-10977).\n"
                        "Eolia Offshore Ingeniería, S.L.\n\nMensaje automático de Workday.",
        )], "-//Workday//Recruiting//EN"),
        uid, 1, "Eolia Offshore Ingeniería", "Project Manager Eólica Marina", "technical",
        ["begona.iturbe@eolia-offshore.com"], "workday-utc-work-address-es", ["Eolia Offshore", "Eolia"],
    ))

    # 12. Outlook, director's assistant sends on his behalf (SENT-BY), CN="Last, First"
    uid = "040000008200E00074C5B7101A82E00800000000E3B5D7F9A1C3DC010000000000000000100000004D2C1B0A9F8E7D6C5B4A"
    out.append(Ev(
        "outlook-assistant-sentby-es",
        cal([vev(
            uid, "20251201T113000Z",
            "DTSTART;TZID=Romance Standard Time:20251205T120000", "DTEND;TZID=Romance Standard Time:20251205T130000",
            "Entrevista D.ª Ainhoa Etxeberria – Dirección de Obra Hospital Galdakao",
            organizer=org("igarmendia@gorbea-consultores.com", "Garmendia Otxoa, Iñigo",
                          sent_by="rmendia@gorbea-consultores.com"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                       att("rmendia@gorbea-consultores.com", "Mendia Zarate, Ruth", role="OPT-PARTICIPANT")],
            location="Ingeniería Gorbea Consultores – Plaza Euskadi 5, planta 14, Bilbao",
            description="Buenos días Ainhoa,\nle envío esta convocatoria en nombre de D. Iñigo Garmendia, "
                        "Director de Edificación, para la entrevista relativa al puesto de Directora de "
                        "Ejecución de Obra.\nAtentamente,\nRuth Mendia – Secretaría de Dirección",
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Ingeniería Gorbea Consultores", "Directora de Ejecución de Obra", "hiring_manager",
        ["igarmendia@gorbea-consultores.com"], "outlook-assistant-sentby-es", ["Gorbea Consultores", "Gorbea"],
    ))

    # 13. Basque words typed by the user on the phone
    uid = "A7C2E9F0-4B1D-4E3A-8C6F-2D9B0E5A1F73"
    out.append(Ev(
        "apple-basque-hand-eu",
        cal([[
            f"UID:{uid}", "DTSTAMP:20251202T071000Z", "CREATED:20251202T070955Z",
            "DTSTART;TZID=Europe/Madrid:20251210T160000", "DTEND;TZID=Europe/Madrid:20251210T170000",
            "SUMMARY:Elkarrizketa Bizkaibus Azpiegiturak – proiektu burua (bideo)", "SEQUENCE:0",
            "DESCRIPTION:Teams. Leire Zabala RRHH + Unai (zuzendaria)", "TRANSP:OPAQUE",
        ]], APPLE, method=None, tz=[TZ_MADRID]),
        uid, 1, "Bizkaibus Azpiegiturak", "proiektu burua", "",
        ["leire zabala", "unai"], "apple-hand-basque-eu", [],
    ))

    # 14. Public body's selection board, personal interview in a concurso-oposición
    uid = "040000008200E00074C5B7101A82E00800000000F4C6E8A0B2D4DC01000000000000000010000000E0F1A2B3C4D5E6F70819"
    out.append(Ev(
        "outlook-concurso-es",
        cal([vev(
            uid, "20251215T090000Z",
            "DTSTART;TZID=Romance Standard Time:20260114T093000", "DTEND;TZID=Romance Standard Time:20260114T101500",
            "Fase de entrevista – Convocatoria 04/2025 Ingeniero/a de Caminos (SPOHA)",
            organizer=org("seleccion@spoha.eus", "SPOHA - Selección"),
            attendees=[att(USER_GMAIL, "ETXEBERRIA LASA, AINHOA"),
                       att("jm.ruizdeazua@spoha.eus", "Ruiz de Azua, Jose Mari"),
                       att("a.ocariz@spoha.eus", "Ocariz Elorza, Amaia")],
            location="Sede SPOHA, C/ Portal de Castilla 15, Vitoria-Gasteiz",
            description="Se le convoca a la fase de entrevista curricular ante la Comisión de Valoración "
                        "(presidente: D. Jose Mari Ruiz de Azua; vocal: D.ª Amaia Ocariz).\n"
                        "Sociedad Pública de Obras Hidráulicas de Álava",
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Sociedad Pública de Obras Hidráulicas de Álava", "Ingeniero/a de Caminos", "",
        ["jm.ruizdeazua@spoha.eus", "a.ocariz@spoha.eus"], "outlook-public-board-es", ["SPOHA"],
    ))
    return out
