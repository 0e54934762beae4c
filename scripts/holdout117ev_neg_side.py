"""holdout117 negatives: the user on the hiring side at Andesmin Exploración (his current employer)."""

from __future__ import annotations

from holdout117ev_ics import APPLE, ME_CN, ME_W, MEET_ES, OUTLOOK, TEAMS_EN, TEAMS_ES, E, att, desc, html, org

OL = ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
GH = "cbenavides@andesmin-exploracion.com.pe"
BOSS = "rhuaman@andesmin-exploracion.com.pe"
LUIS = "lccori@andesmin-exploracion.com.pe"
TZL = ("SA Pacific Standard Time",)


def _ol(kind: str, uid: str, summary: str, start: str, end: str, text: str, attendees: list[str], trap: str,
        organizer: str | None = None, loc: str = "Reunión de Microsoft Teams", extra: tuple[str, ...] = (),
        method: str = "REQUEST") -> dict[str, object]:
    body = [
        organizer or org(GH, "Benavides Ruiz, Carla"),
        *attendees,
        f"SUMMARY;LANGUAGE=es-PE:{summary}",
        f"DTSTART;TZID=SA Pacific Standard Time:{start}",
        f"DTEND;TZID=SA Pacific Standard Time:{end}",
        f"LOCATION;LANGUAGE=es-PE:{loc}",
        desc(text), html(text), *extra, *OL,
    ]
    return E(kind, uid, body, trap=trap, tz=TZL, prodid=OUTLOOK, method=method)


def events() -> list[dict[str, object]]:
    out = []
    me = att(ME_W, "Aguirre Quispe, Tomás")
    out.append(_ol(
        "side-outlook-es", "040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DC0100000000000000001000000011",
        "Entrevista - Geólogo Junior de Exploración - Diego Huarcaya Soto", "20251007T100000", "20251007T110000",
        "Tomás, Rocío:\n\nLes agendo la entrevista técnica del candidato Diego Huarcaya Soto (UNSAAC, 2 años en "
        "exploración greenfield) para la vacante de Geólogo Junior. El candidato está en copia; CV adjunto.\n\n"
        + TEAMS_ES.format(code="QW5kZXNt", mid="251 330 981 004", pwd="Dq4rTz") + "\n\nCarla Benavides\nGestión Humana",
        [me, att(BOSS, "Huamán Flores, Rocío"), att("diego.huarcaya.s@gmail.com", "Diego Huarcaya")],
        "user-as-interviewer-outlook-es"))
    out.append(_ol(
        "side-panel-es", "040000008200E00074C5B7101A82E00800000000A2A2B3B3C4C4DC0100000000000000001000000022",
        "Panel entrevistas practicantes 2026-I (UNI / UNMSM / UNSA)", "20251112T090000", "20251112T130000",
        "Panel evaluador: Tomás Aguirre, Luis Ccori, Carla Benavides.\n\n09:00 Ana Paula Rivas (UNI)\n"
        "10:00 Jhon Mamani Ticona (UNSA)\n11:00 Brenda Salazar (UNMSM)\n12:00 consolidado de puntajes\n\n"
        "Usar la ficha de evaluación por competencias (adjunta).",
        [me, att(LUIS, "Ccori Huillca, Luis"), att("SalaCotahuasi@andesmin-exploracion.com.pe", "Sala Cotahuasi",
                                                  cutype="ROOM", role="NON-PARTICIPANT", rsvp=False)],
        "user-as-interviewer-panel-es", loc="Sala Cotahuasi - piso 3"))
    out.append(_ol(
        "side-scorecard-es", "040000008200E00074C5B7101A82E00800000000A3A3B4B4C5C5DC0100000000000000001000000033",
        "Recordatorio: completar ficha de evaluación - Mariela Condori (Geólogo Junior)", "20251009T170000",
        "20251009T171500",
        "Tomás, por favor completa la ficha de evaluación de la entrevista de ayer con la candidata Mariela "
        "Condori antes del viernes. Sin tu puntaje no podemos cerrar la terna.",
        [me], "user-as-interviewer-scorecard-es", loc=""))
    out.append(_ol(
        "side-debrief-es", "040000008200E00074C5B7101A82E00800000000A4A4B5B5C6C6DC0100000000000000001000000044",
        "Debrief terna Geólogo Junior - decisión final", "20251017T160000", "20251017T164500",
        "Revisión de la terna (Huarcaya / Condori / Pizarro) y decisión para la oferta. Traer fichas.",
        [me, att(BOSS, "Huamán Flores, Rocío")], "user-as-interviewer-debrief-es", organizer=org(
            BOSS, "Huamán Flores, Rocío")))
    out.append(E(
        "side-calendly-host-es", "c8e2a4f6-0b1d-4c3e-9a5f-7b9d1e3f5a27", [
            "DTSTART:20251015T200000Z",
            "DTEND:20251015T204500Z",
            "SUMMARY:Tomás Aguirre Quispe y Kevin Ramos Chávez",
            org(ME_W, ME_CN),
            att("kevin.ramos.ch@hotmail.com", "Kevin Ramos Chávez", stat="ACCEPTED"),
            "LOCATION:Google Meet",
            desc(
                "Un nuevo evento ha sido programado.\n\nNombre del evento: Entrevista técnica – Geólogo Junior "
                "(Andesmin)\n\nInvitado: Kevin Ramos Chávez\nkevin.ramos.ch@hotmail.com\n\nRespuestas:\n"
                "¿Universidad y año de egreso?: UNMSM 2022\n¿Experiencia en logueo?: 1 año, pórfidos\n\n"
                + MEET_ES.format(code="hqr-nbxe-tvo", pin4="7740", pin="213 904 566")
                + "\n\nCon la tecnología de Calendly.com"
            ),
        ], trap="user-as-interviewer-calendly-host-es", prodid="-//Calendly//Calendly//ES"))
    out.append(E(
        "side-agency-candidate-es", "7d9f1b3c-5e6a-4b8c-9d0e-2f4a6b8c0d37", [
            "DTSTART;TZID=America/Lima:20251021T110000",
            "DTEND;TZID=America/Lima:20251021T120000",
            "SUMMARY:Presentación de candidato: Renzo Pizarro – Geólogo de Exploración (Andean Talent Partners)",
            org("gabriela.sotomayor@andeantalent.pe", "Gabriela Sotomayor"),
            att(ME_W, ME_CN),
            att("renzo.pizarro.geo@gmail.com", "Renzo Pizarro"),
            "LOCATION:Oficinas Andesmin – Av. El Derby 254\\, Surco",
            desc(
                "Estimado Tomás:\n\nTe confirmo la entrevista con nuestro candidato Renzo Pizarro para la vacante "
                "de Geólogo de Exploración de Andesmin. Adjunto informe psicolaboral y CV. Quedo atenta a tu "
                "feedback luego de la entrevista.\n\nGabriela Sotomayor\nAndean Talent Partners"
            ),
        ], trap="user-as-interviewer-agency-candidate-es", tz=("America/Lima",),
        prodid="-//Microsoft Corporation//Outlook for Mac 16.89//EN"))
    out.append(E(
        "side-hand-es", "4E6A8C0E-2B4D-4F6A-8C0E-2B4D6F8A0C59", [
            "DTSTART;TZID=America/Lima:20251105T160000",
            "DTEND;TZID=America/Lima:20251105T164500",
            "SUMMARY:entrevistar practicante UNSA x zoom (Jhon M.)",
            "DESCRIPTION:ver su tesis de alteración. preguntar por disponibilidad 14x7",
            "SEQUENCE:0",
        ], trap="user-as-interviewer-hand-es", tz=("America/Lima",), prodid=APPLE, method=None))
    out.append(_ol(
        "side-practical-es", "040000008200E00074C5B7101A82E00800000000A5A5B6B6C7C7DC0100000000000000001000000055",
        "Prueba práctica de logueo - candidata Mariela Condori", "20251008T140000", "20251008T163000",
        "Tomás evaluará el logueo de 20 m de testigo (DDH-HC-24-031) con la candidata. Preparar cajas, lupa, "
        "ácido y formato de logueo. Luis apoya con la logística del almacén.",
        [me, att(LUIS, "Ccori Huillca, Luis", role="OPT-PARTICIPANT")], "user-as-interviewer-practical-es",
        loc="Almacén de testigos - Lurín"))
    out.append(_ol(
        "side-shadow-es", "040000008200E00074C5B7101A82E00800000000A6A6B7B7C8C8DC0100000000000000001000000066",
        "Shadowing: entrevista técnica (lidera Luis) - candidato Técnico de Muestreo", "20250925T100000",
        "20250925T110000",
        "Tomás acompaña como observador para certificarse como entrevistador. Luis conduce la entrevista; al "
        "final 10 min de retroalimentación.",
        [me, att(LUIS, "Ccori Huillca, Luis")], "user-as-interviewer-shadowing-es"))
    out.append(E(
        "side-coop-en", "040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DC0100000000000000001000000077", [
            org(ME_W, "Aguirre Quispe, Tomás"),
            att("priya.raman@student.ubc.ca", "Priya Raman"),
            att(BOSS, "Huamán Flores, Rocío"),
            "SUMMARY;LANGUAGE=en-US:Interview - Field Geology Co-op (Andesmin Exploración\\, Peru) - Priya Raman",
            "DTSTART;TZID=SA Pacific Standard Time:20251118T110000",
            "DTEND;TZID=SA Pacific Standard Time:20251118T114500",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            desc(
                "Hi Priya,\n\nThanks for applying to our 2026 field season co-op. Rocío (Exploration Manager) and I "
                "will interview you; expect questions on mapping, core logging and working at 4,500 m.\n\n"
                + TEAMS_EN.format(code="Y29vcFBy", mid="287 604 119 532", pwd="Fs2mKx")
                + "\n\nTomás Aguirre Quispe\nSenior Exploration Geologist, Andesmin Exploración S.A.C."
            ),
            *OL,
        ], trap="user-as-interviewer-coop-en", tz=TZL, prodid=OUTLOOK))
    out.append(_ol(
        "side-kit-es", "040000008200E00074C5B7101A82E00800000000A8A8B9B9CADADC0100000000000000001000000088",
        "Preparar guía de entrevista y caso de logueo - vacante Geólogo Jr", "20250929T150000", "20250929T163000",
        "Bloque para armar la guía de preguntas técnicas, la rúbrica y el caso práctico para los candidatos.",
        [me], "user-as-interviewer-kit-es", organizer=org(ME_W, "Aguirre Quispe, Tomás"), loc=""))
    out.append(_ol(
        "side-calibration-es", "040000008200E00074C5B7101A82E00800000000A9A9BABACBCBDC0100000000000000001000000099",
        "Calibración de evaluadores - proceso practicantes 2026-I", "20251110T150000", "20251110T160000",
        "Alinear criterios de puntaje entre evaluadores antes del panel del miércoles.",
        [me, att(LUIS, "Ccori Huillca, Luis")], "user-as-interviewer-calibration-es"))
    out.append(E(
        "side-buk-es", "buk-entrevista-55120@andesmin.buk.pe", [
            "DTSTART:20251016T150000Z",
            "DTEND:20251016T153000Z",
            "SUMMARY:Entrevista agendada: Técnico de Muestreo – Wilber Mamani Quispe",
            org("notificaciones@buk.pe", "Buk – Andesmin Exploración"),
            att(ME_W, ME_CN),
            att("wilbermq1990@gmail.com", "Wilber Mamani Quispe"),
            desc(
                "Se ha agendado una entrevista en el proceso Técnico de Muestreo (Campaña Huancapetí).\n"
                "Entrevistador: Tomás Aguirre Quispe\nPostulante: Wilber Mamani Quispe\nModalidad: llamada "
                "telefónica\n\nIngresa a Buk para registrar tu evaluación."
            ),
        ], trap="user-as-interviewer-ats-es", prodid="-//Buk//Buk Reclutamiento//ES"))
    out.append(E(
        "side-freemail-candidate-es", "040000008200E00074C5B7101A82E00800000000AAAABBBBCCCCDC01000000000000000010", [
            org(ME_W, "Aguirre Quispe, Tomás"),
            att("yessenia.luque95@hotmail.com", "yessenia.luque95@hotmail.com"),
            "SUMMARY;LANGUAGE=es-PE:Entrevista Andesmin - Asistente de Geología",
            "DTSTART;TZID=SA Pacific Standard Time:20251023T090000",
            "DTEND;TZID=SA Pacific Standard Time:20251023T094500",
            "LOCATION;LANGUAGE=es-PE:Av. El Derby 254\\, Santiago de Surco (preguntar por Tomás en recepción)",
            desc(
                "Hola Yessenia:\n\nTe confirmo la entrevista para el puesto de Asistente de Geología. Trae tu DNI y "
                "tu libreta de campo si la tienes.\n\nSaludos,\nTomás Aguirre\nAndesmin Exploración"
            ),
            *OL,
        ], trap="user-as-interviewer-freemail-candidate-es", tz=TZL, prodid=OUTLOOK))
    out.append(_ol(
        "side-cancelled-es", "040000008200E00074C5B7101A82E00800000000ABABBCBCCDCDDC01000000000000000010000000BB",
        "Cancelado: Entrevista practicante - Renato Villanueva", "20251113T150000", "20251113T154500",
        "El candidato aceptó otra oferta. Se libera el horario.",
        [me], "user-as-interviewer-cancelled-es", method="CANCEL", extra=("STATUS:CANCELLED", "SEQUENCE:1")))
    out.append(_ol(
        "side-weekly-es", "040000008200E00074C5B7101A82E00800000000ACACBDBDCECEDC01000000000000000010000000CC",
        "Sync reclutamiento campaña 2026", "20251006T080000", "20251006T083000",
        "Seguimiento semanal de vacantes del área: geólogo junior, técnicos de muestreo, practicantes.",
        [me, att(BOSS, "Huamán Flores, Rocío")], "user-as-interviewer-recruiting-sync-es",
        extra=("RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=MO",)))
    out.append(E(
        "side-hand-second-es", "6B8D0F2A-4C6E-4A8B-9D1F-3A5C7E9B1D70", [
            "DTSTART;TZID=America/Lima:20251014T110000",
            "DTEND;TZID=America/Lima:20251014T120000",
            "SUMMARY:2da entrevista Mariela + Rocío",
            "DESCRIPTION:validar con Rocío si pasa a oferta. revisar su logueo del miércoles",
            "SEQUENCE:0",
        ], trap="user-as-interviewer-hand-second-es", tz=("America/Lima",), prodid=APPLE, method=None))
    out.append(E(
        "side-refcheck-en", "2f4b6d8e-0a1c-4e3f-b5d7-9e1a3c5e7f81", [
            "DTSTART;TZID=America/Lima:20251020T090000",
            "DTEND;TZID=America/Lima:20251020T092000",
            "SUMMARY:Reference check – Diego Huarcaya (call his ex-supervisor at Kallpa Drilling)",
            org(ME_W, ME_CN),
            att("r.jenkins@kallpadrilling.com", "Rob Jenkins"),
            desc("Rob – thanks for agreeing to give a reference for Diego, who we'd like to hire as a junior "
                 "geologist."),
        ], trap="user-as-interviewer-reference-check-en", tz=("America/Lima",),
        prodid="-//Microsoft Corporation//Outlook for Mac 16.89//EN"))
    out.append(_ol(
        "side-offer-es", "040000008200E00074C5B7101A82E00800000000ADADBEBECFCFDC01000000000000000010000000DD",
        "Oferta Diego H. - revisar banda salarial con GH", "20251022T170000", "20251022T173000",
        "Definir oferta para el Geólogo Junior seleccionado (banda B2, bono de campo).",
        [me], "user-as-interviewer-offer-es", loc=""))
    out.append(E(
        "side-campus-es", "8c0e2a4b-6d8f-4a1c-9e3b-5f7a9c1e3b92", [
            "DTSTART;VALUE=DATE:20251126",
            "DTEND;VALUE=DATE:20251127",
            "SUMMARY:Feria de prácticas UNI – stand Andesmin (entrevistas rápidas a practicantes)",
            org(GH, "Carla Benavides"),
            att(ME_W, ME_CN),
            att(LUIS, "Luis Ccori"),
            "LOCATION:Facultad de Ingeniería Geológica\\, Minera y Metalúrgica – UNI",
            desc(
                "Tomás y Luis: cubren el stand y hacen entrevistas rápidas de 10 min a los estudiantes que dejen "
                "CV. Llevar banner y fichas de evaluación."
            ),
        ], trap="user-as-interviewer-campus-fair-es", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    return out
