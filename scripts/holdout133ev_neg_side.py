"""holdout133: the user on the hiring side at Construcciones Nervión (not her own interviews)."""

from __future__ import annotations

from typing import Any

from holdout133ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    OUTLOOK16,
    TZ_MADRID,
    TZ_OUTLOOK_ES,
    TZ_ROMANCE,
    TZID_OUTLOOK_ES,
    USER_WORK,
    Ev,
    att,
    cal,
    org,
    teams,
    vev,
)

ME_ORG = org(USER_WORK, "Etxeberria Lasa, Ainhoa")
ME_ATT = att(USER_WORK, "Etxeberria Lasa, Ainhoa")
RT = "Romance Standard Time"


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    def o(uid: str, stamp: str, day: str, t0: str, t1: str, summary: str, **kw: Any) -> list[str]:
        return vev(uid, stamp, f"DTSTART;TZID={RT}:{day}T{t0}", f"DTEND;TZID={RT}:{day}T{t1}", summary, **kw)

    # 1. The user organises from work, candidate on gmail
    uid = "040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9"
    out.append(_neg("outlook-user-org-candidate-gmail-es", cal([o(
        uid, "20251006T070000Z", "20251008", "083000", "091500", "Entrevista encargado de obra - Jon Ander Pérez",
        organizer=ME_ORG, attendees=[att("jonander.perez83@gmail.com", "Jon Ander Pérez")],
        location="Caseta de obra Zorrotzaurre (Parcela 7)",
        description="Jon Ander:\nTe espero en la caseta de obra. Pregunta por mí en el acceso de la calle "
                    "Ibarrekolanda. Trae EPIs si tienes, daremos una vuelta por la obra.\nAinhoa Etxeberria\n"
                    "Jefa de Obra – Construcciones Nervión",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-organiser-es"))

    # 2. Interns from the university, user organises
    uid = "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9"
    out.append(_neg("outlook-becarios-es", cal([o(
        uid, "20251020T090000Z", "20251027", "160000", "180000", "Entrevistas becarios/as prácticas UPV/EHU (3)",
        organizer=ME_ORG,
        attendees=[att("aperez087@ikasle.ehu.eus", "Ane Pérez"), att("igarcia142@ikasle.ehu.eus", "Iker García"),
                   att("lmartinez033@ikasle.ehu.eus", "Lucía Martínez")],
        location="Oficina Nervión – Sala 1",
        description="16:00 Ane – 16:40 Iker – 17:20 Lucía. 30 min cada uno. Les pregunto yo (Ainhoa); "
                    "Begoña de RRHH se pasa al final.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-interns-es"))

    # 3. HR colleague organises a panel, user is a panellist
    uid = "040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9"
    out.append(_neg("outlook-panel-colleague-es", cal([o(
        uid, "20251104T101000Z", "20251112", "100000", "110000",
        "Entrevista candidato Jefe de Producción – panel (Iñaki, Ainhoa)",
        organizer=org("begona.urrutia@construcciones-nervion.es", "Urrutia Sasia, Begoña"),
        attendees=[ME_ATT, att("inaki.goikoetxea@construcciones-nervion.es", "Goikoetxea Ruiz, Iñaki"),
                   att("sala.arriaga@construcciones-nervion.es", "Sala Arriaga", cutype="ROOM",
                       role="NON-PARTICIPANT", rsvp=False)],
        location="Sala Arriaga",
        description="Candidato: Ricardo Sanz Molina (CV adjunto). Iñaki lleva la parte técnica y Ainhoa la "
                    "de obra/planificación. Por favor rellenad la hoja de valoración antes del viernes.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-panel-es"))

    # 4. Hand-typed reminder to fill the scorecards
    uid = "8qp1v3t0c6mk2h9d5j7bsr4nfa@google.com"
    out.append(_neg("hand-scorecard-es", cal([vev(
        uid, "20251112T120000Z", "DTSTART:20251113T080000", "DTEND:20251113T083000",
        "rellenar valoración candidatos encargado (Jon Ander, Mikel A.)",
        seq=None, status=None,
    )], GOOGLE, method="PUBLISH"), uid, "user-as-interviewer-scorecard-es"))

    # 5. Debrief after the panel
    uid = "040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9"
    out.append(_neg("outlook-debrief-es", cal([o(
        uid, "20251112T150000Z", "20251114", "130000", "133000", "Debrief candidatos Jefe de Producción",
        organizer=org("begona.urrutia@construcciones-nervion.es", "Urrutia Sasia, Begoña"),
        attendees=[ME_ATT, att("inaki.goikoetxea@construcciones-nervion.es", "Goikoetxea Ruiz, Iñaki")],
        location="Teams", description="Ponemos en común las valoraciones de Ricardo Sanz y Estíbaliz Ocio.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-debrief-es"))

    # 6. Agency sends its candidate to the user (same agency as one of her own processes)
    uid = "a91e04c7d3b2@norteseleccion.es"
    out.append(_neg("agency-candidate-to-user-es", cal([vev(
        uid, "20251117T111500Z", "DTSTART;TZID=Europe/Madrid:20251120T083000",
        "DTEND;TZID=Europe/Madrid:20251120T093000",
        "Presentación candidato: Mikel Arana – Encargado de obra",
        organizer=org("olatz.ibarguren@norteseleccion.es", "Olatz Ibarguren"),
        attendees=[ME_ATT, att("mikel.arana.obras@hotmail.com", "Mikel Arana")],
        location="Obra Zorrotzaurre – caseta Construcciones Nervión",
        description="Ainhoa, te confirmo la entrevista con Mikel Arana para la posición de encargado que nos "
                    "pedisteis. 12 años de experiencia en estructura y acabados. CV en el correo.\n"
                    "Olatz Ibarguren – Norte Selección Técnica",
    )], OUTLOOK16, tz=[TZ_MADRID]), uid, "user-as-interviewer-agency-candidate-es"))

    # 7. Calendly with the user as host, a student books
    uid = "e5b1c9a2-7d3f-4e60-8a14-9f2c0b7d6e35"
    out.append(_neg("calendly-user-host-es", cal([vev(
        uid, "20251201T184000Z", "DTSTART:20251204T150000Z", "DTEND:20251204T152000Z",
        "Entrevista becario/a verano entre Ainhoa Etxeberria y Oihane Zubia",
        organizer=org(USER_WORK, "Ainhoa Etxeberria"),
        attendees=[att("oihane.zubia@ikasle.ehu.eus", "Oihane Zubia")],
        location="Llamada telefónica: Ainhoa te llamará al +34 688 201 447",
        description="Nombre del evento: Entrevista becario/a verano\n\nInvitada: Oihane Zubia\n"
                    "Respuestas: ¿Qué curso estás haciendo? 3º Grado en Ingeniería Civil\n\n"
                    "Con la tecnología de Calendly.com",
    )], "-//Calendly//EN"), uid, "user-as-interviewer-calendly-host-es"))

    # 8. Colleague's Teams interview for a surveyor, user interviews with him
    uid = "040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9"
    out.append(_neg("teams-surveyor-es", cal([vev(
        uid, "20251021T083000Z", f"DTSTART;TZID={TZID_OUTLOOK_ES}:20251023T120000",
        f"DTEND;TZID={TZID_OUTLOOK_ES}:20251023T124500",
        "Entrevista técnica – candidato topógrafo (Xabier Leizaola)",
        organizer=org("gorka.bilbao@construcciones-nervion.es", "Bilbao Etxebarria, Gorka"),
        attendees=[ME_ATT, att("xleizaola@gmail.com", "Xabier Leizaola")],
        location="Reunión de Microsoft Teams",
        description="Ainhoa, entra tú también para las preguntas de replanteo en obra.\n\n"
                    + teams("es", "ZGY3ODA1MTQtMWM4Ni00", "342 009 186 773", "Tp2gB7"),
    )], OUTLOOK16, tz=[TZ_OUTLOOK_ES]), uid, "user-as-interviewer-teams-es"))

    # 9. English interview of an international site engineer
    uid = "040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9"
    out.append(_neg("outlook-interview-candidate-en", cal([o(
        uid, "20251105T094500Z", "20251107", "110000", "114500",
        "Interview: Site Engineer candidate (Paul O'Neill) - Ainhoa & Gorka",
        organizer=ME_ORG,
        attendees=[att("paul.oneill.eng@outlook.com", "Paul O'Neill"),
                   att("gorka.bilbao@construcciones-nervion.es", "Bilbao Etxebarria, Gorka")],
        location="Microsoft Teams",
        description="Hi Paul,\nthis is the interview for the Site Engineer role at our Zorrotzaurre project. "
                    "Gorka and I will interview you in English; part of the conversation may be in Spanish.\n"
                    "Ainhoa Etxeberria | Site Manager | Construcciones Nervión",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-en"))

    # 10. Shadowing an HR interview
    uid = "5hr2t8c1q0vm7k3b9p6jdsa4ne@google.com"
    out.append(_neg("hand-shadowing-es", cal([vev(
        uid, "20251110T200000Z", "DTSTART;TZID=Europe/Madrid:20251113T100000",
        "DTEND;TZID=Europe/Madrid:20251113T110000",
        "Shadowing entrevista RRHH – acompaño a Begoña (candidata administrativa de obra)",
        seq=None, status=None,
    )], GOOGLE, method="PUBLISH", tz=[TZ_MADRID]), uid, "user-as-interviewer-shadowing-es"))

    # 11. Personio at the current employer: the user added as interviewer
    uid = "personio-interview-2a9f6c31-8e0b-4d75-b3c2-71e5d0a9f486"
    out.append(_neg("personio-interviewer-es", cal([vev(
        uid, "20251124T101500Z", "DTSTART;TZID=Europe/Madrid:20251127T090000",
        "DTEND;TZID=Europe/Madrid:20251127T100000",
        "Entrevista: Aitor Galdos – Encargado/a de obra (Zorrotzaurre)",
        organizer=org("recruiting@construcciones-nervion.es", "Construcciones Nervión"),
        attendees=[ME_ATT, att("aitor.galdos@gmail.com", "Aitor Galdos")],
        location="Caseta de obra Zorrotzaurre",
        description="Has sido añadida como entrevistadora.\n\nCandidato: Aitor Galdos\nPuesto: Encargado/a de "
                    "obra (Zorrotzaurre)\nEntrevistadores: Ainhoa Etxeberria Lasa\n\nAbre el perfil del "
                    "candidato en Personio para ver el CV y dejar tu valoración.",
    )], "-//Personio GmbH//Personio Recruiting//DE", tz=[TZ_MADRID]), uid, "user-as-interviewer-ats-es"))

    # 12. Practical test on site for foreman candidates
    uid = "040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DC0100000000000000001000000001020304050607080900"
    out.append(_neg("outlook-site-test-es", cal([o(
        uid, "20251125T080000Z", "20251128", "073000", "093000", "Prueba en obra candidatos encargado (2)",
        organizer=ME_ORG,
        attendees=[att("aitor.galdos@gmail.com", "Aitor Galdos"), att("mikel.arana.obras@hotmail.com",
                                                                       "Mikel Arana")],
        location="Obra Zorrotzaurre – Parcela 7",
        description="Lectura de planos de estructura + replanteo + organización de tajo. Los evalúo yo.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-practical-es"))

    # 13. Graduates' assessment day where the user is an assessor
    uid = "040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DC0100000000000000001000000011121314151617181920"
    out.append(_neg("outlook-graduates-assessor-es", cal([o(
        uid, "20251201T090000Z", "20251216", "090000", "140000",
        "Panel entrevistas programa Nervión Talent (graduados) – evaluadores",
        organizer=org("begona.urrutia@construcciones-nervion.es", "Urrutia Sasia, Begoña"),
        attendees=[ME_ATT, att("gorka.bilbao@construcciones-nervion.es", "Bilbao Etxebarria, Gorka"),
                   att("sala.arriaga@construcciones-nervion.es", "Sala Arriaga", cutype="ROOM",
                       role="NON-PARTICIPANT", rsvp=False)],
        location="Sala Arriaga",
        description="Ocho candidatos/as, 30 min cada uno. Los evaluadores tenéis la guía de entrevista y la "
                    "plantilla de puntuación en la carpeta compartida.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-assessor-es"))

    # 14. Phone screen the user gives, hand-typed with a number
    uid = "C4E8A1F2-6B3D-4F90-A7C5-1E2D3F4A5B6C"
    out.append(_neg("apple-user-calls-candidate-es", cal([[
        f"UID:{uid}", "DTSTAMP:20251009T164500Z", "DTSTART;TZID=Europe/Madrid:20251010T130000",
        "DTEND;TZID=Europe/Madrid:20251010T132000",
        "SUMMARY:Llamar candidata delineante – Leire M. (655 12 34 56)", "SEQUENCE:0", "TRANSP:OPAQUE",
    ]], APPLE, method=None, tz=[TZ_MADRID]), uid, "user-as-interviewer-phone-es"))

    # 15. French candidate interviewed by the user
    uid = "040000008200E00074C5B7101A82E0080000000099C0D1E2F3A4DC0100000000000000001000000021222324252627282930"
    out.append(_neg("outlook-entretien-candidat-fr", cal([o(
        uid, "20251203T140000Z", "20251209", "170000", "174500",
        "Entretien candidat conducteur de travaux – M. Dupuis",
        organizer=ME_ORG, attendees=[att("julien.dupuis64@orange.fr", "Julien Dupuis")],
        location="Microsoft Teams",
        description="Bonjour M. Dupuis,\nje vous confirme l'entretien pour le poste de conducteur de travaux sur "
                    "notre chantier de Bilbao. Je mènerai l'entretien avec notre directeur de production.\n"
                    "Ainhoa Etxeberria – Cheffe de chantier, Construcciones Nervión",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-fr"))

    # 16. Preparing the interview guide (prep for interviewing others)
    uid = "9tj3c5q1v7mk0h2d8b4psr6nfe@google.com"
    out.append(_neg("hand-interview-guide-es", cal([vev(
        uid, "20251110T080000Z", "DTSTART;TZID=Europe/Madrid:20251111T153000",
        "DTEND;TZID=Europe/Madrid:20251111T163000",
        "Preparar preguntas entrevista Jefe de Producción (guía + casos)", seq=None, status=None,
        description="para el panel del 12 con Iñaki",
    )], GOOGLE, method="PUBLISH", tz=[TZ_MADRID]), uid, "user-as-interviewer-kit-es"))

    # 17. Selection committee
    uid = "040000008200E00074C5B7101A82E00800000000AAD1E2F3A4B5DC0100000000000000001000000031323334353637383940"
    out.append(_neg("outlook-committee-es", cal([o(
        uid, "20251215T100000Z", "20251218", "120000", "130000", "Comité de selección – Jefe/a de Obra Deusto",
        organizer=org("inaki.goikoetxea@construcciones-nervion.es", "Goikoetxea Ruiz, Iñaki"),
        attendees=[ME_ATT, att("begona.urrutia@construcciones-nervion.es", "Urrutia Sasia, Begoña")],
        location="Despacho Dirección",
        description="Decisión final entre las dos candidaturas finalistas. Traed vuestras valoraciones.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-as-interviewer-committee-es"))

    # 18. Candidate (gmail) sent the invite to the user's work address
    uid = "3fq8b1c0vj6k2m9p7hd5t4sna1@google.com"
    out.append(_neg("google-candidate-organiser-es", cal([vev(
        uid, "20251030T210000Z", "DTSTART;TZID=Europe/Madrid:20251104T083000",
        "DTEND;TZID=Europe/Madrid:20251104T091500", "Entrevista Construcciones Nervión – Unai Goikoetxea",
        organizer=org("unai.goiko.arq@gmail.com", "Unai Goikoetxea"),
        attendees=[att("unai.goiko.arq@gmail.com", "Unai Goikoetxea", partstat="ACCEPTED", rsvp=False),
                   att(USER_WORK, "aetxeberria@construcciones-nervion.es")],
        location="Caseta de obra Zorrotzaurre",
        description="Hola Ainhoa, te mando la invitación para que quede en tu calendario la entrevista para "
                    "el puesto de ayudante de jefe de obra. ¡Gracias!\nUnai",
    )], GOOGLE, tz=[TZ_MADRID]), uid, "user-as-interviewer-candidate-invite-es"))

    # 19. Teamtailor-like interviewer notification for a safety technician
    uid = "tt-interview-3620177-f1a0b9@teamtailor.com"
    out.append(_neg("teamtailor-interviewer-es", cal([vev(
        uid, "20251205T083000Z", "DTSTART:20251211T090000Z", "DTEND:20251211T094500Z",
        "Entrevista con Maialen Ortiz – Técnica de PRL",
        organizer=org("no-reply@teamtailor.com", "Construcciones Nervión"),
        attendees=[ME_ATT, att("maialen.ortiz.prl@gmail.com", "Maialen Ortiz")],
        location="Oficina Nervión – Sala 1",
        description="Ainhoa, eres entrevistadora en esta entrevista. Candidata: Maialen Ortiz. Deja tu "
                    "valoración en Teamtailor después de la entrevista.",
    )], "-//Teamtailor//Teamtailor Calendar//EN"), uid, "user-as-interviewer-ats-teamtailor-es"))

    # 20. Reference call about a candidate the user is hiring (user calls the referee)
    uid = "D5F9B2A3-7C4E-4A01-B8D6-2F3E4A5B6C7D"
    out.append(_neg("apple-reference-check-es", cal([[
        f"UID:{uid}", "DTSTAMP:20251202T081000Z", "DTSTART;TZID=Europe/Madrid:20251203T081500",
        "DTEND;TZID=Europe/Madrid:20251203T083000",
        "SUMMARY:Referencias Aitor Galdos – llamar a su ex jefe (Lantegi Eraikuntza)", "SEQUENCE:0",
    ]], APPLE, method=None, tz=[TZ_MADRID]), uid, "user-as-interviewer-reference-check-es"))
    return out
