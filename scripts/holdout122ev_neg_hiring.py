"""holdout122: negatives with the user on the hiring side at BabelTrans Málaga."""

from __future__ import annotations

from holdout122ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    TEAMS_ES,
    WORK,
    Ev,
    att,
    cal,
    dt,
    meet,
    neg,
    org,
    t,
    teams,
)

MAD = "Europe/Madrid"
RST = "Romance Standard Time"
CEO = "carmen.olmedo@babeltrans-malaga.es"
HR = "rrhh@babeltrans-malaga.es"
ME_W = att(WORK, "Navarro Ruiz, Inés")
ME_WG = att(WORK, "Inés Navarro", ps="ACCEPTED")


def _g(uid: str, start: str, end: str, organizer: str, attendees: list[str], summary: str, desc: str,
       stamp: str, location: str = "", method: str | None = "REQUEST") -> str:
    props = [dt("DTSTART", MAD, start), dt("DTEND", MAD, end), f"DTSTAMP:{stamp}", organizer, f"UID:{uid}",
             *attendees, f"DESCRIPTION:{t(desc)}", f"LOCATION:{t(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
             f"SUMMARY:{t(summary)}", "TRANSP:OPAQUE"]
    return cal(GOOGLE, [props], method=method, tzs=(MAD,))


def _o(uid: str, start: str, end: str, organizer: str, attendees: list[str], summary: str, desc: str,
       stamp: str, location: str = "", method: str = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    props = [f"UID:{uid}", f"DTSTAMP:{stamp}", dt("DTSTART", RST, start), dt("DTEND", RST, end), organizer,
             *attendees, f"SUMMARY;LANGUAGE=es-ES:{t(summary)}", f"DESCRIPTION;LANGUAGE=es-ES:{t(desc)}",
             f"LOCATION;LANGUAGE=es-ES:{t(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
             "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", *extra]
    return cal(OUTLOOK, [props], method=method, tzs=(RST,))


def _ms(uid_tail: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + uid_tail


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "personio-interview-5512093-1@babeltrans.jobs.personio.de"
    d = ("Hola Inés,\n\nHas sido añadida como entrevistadora.\n\nCandidata: Lucía Ferrer Gil\nPuesto: Project "
         "Manager Junior (Localización)\nFase: Primera entrevista\n\nCV y prueba de traducción en Personio. "
         "Por favor, rellena la evaluación después de la entrevista.")
    e = cal("-//Personio GmbH//Personio Calendar//DE", [[
        f"UID:{uid}", "DTSTAMP:20260115T090000Z", dt("DTSTART", MAD, "20260120T100000"),
        dt("DTEND", MAD, "20260120T104500"), f"SUMMARY:{t('Entrevista: Project Manager Junior – Lucía Ferrer Gil')}",
        f"DESCRIPTION:{t(d)}", "LOCATION:Sala Alborán", org(HR, "RRHH BabelTrans"), ME_WG,
        att("lucia.ferrer.gil@gmail.com", "Lucía Ferrer Gil"), "STATUS:CONFIRMED",
    ]], tzs=(MAD,))
    out.append(neg("personio-es", uid, e, "user-as-interviewer-personio-es"))

    uid = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
    d = ("Event Name: Revisión prueba de traducción (candidatos)\n\nInvitee: Lucas Moreau\nInvitee Email: "
         "lucas.moreau.trad@outlook.fr\n\nQuestions:\nCombinación de idiomas\nFR>ES, EN>ES\n\n"
         "Location: https://meet.google.com/bbt-qaiv-nvu\n\nPowered by Calendly.com")
    e = cal("-//Calendly//Calendly//EN", [[
        f"UID:{uid}", "DTSTAMP:20260121T110000Z", "DTSTART:20260126T090000Z", "DTEND:20260126T093000Z",
        f"SUMMARY:{t('Lucas Moreau and Inés Navarro Ruiz')}", f"DESCRIPTION:{t(d)}",
        "LOCATION:https://meet.google.com/bbt-qaiv-nvu", org(WORK, "Inés Navarro Ruiz"),
        att("lucas.moreau.trad@outlook.fr", "Lucas Moreau", ps="ACCEPTED"), "STATUS:CONFIRMED",
    ]])
    out.append(neg("calendly-host-es", uid, e, "user-as-interviewer-calendly-host-es"))

    uid = "TLP-2026-0302-ORTEGA@talentiapartners.es"
    d = ("Hola Inés,\n\nTal como hablamos, te presento a Pablo Ortega para la posición de Vendor Coordinator en "
         "BabelTrans. Te adjunto su CV; tiene 4 años en gestión de proveedores en una LSP de Sevilla.\n\n"
         "La entrevista es contigo y con Carmen. Pablo está en copia.\n\nUn saludo,\nGonzalo Herrera\n"
         "Talentia Partners")
    e = _o("TLP-2026-0302-ORTEGA@talentiapartners.es", "20260305T120000", "20260305T124500",
           org("gherrera@talentiapartners.es", "Gonzalo Herrera"),
           [ME_W, att(CEO, "Olmedo, Carmen"), att("pablo.ortega.sev@gmail.com", "Pablo Ortega")],
           "Entrevista candidato Pablo Ortega – Vendor Coordinator (BabelTrans)", d, "20260302T100000Z",
           "Oficinas BabelTrans, C/ Marqués de Larios 4, Málaga")
    out.append(neg("agency-candidate-es", uid, e, "user-as-interviewer-agency-es"))

    uid = "personio-feedback-5512093-1@babeltrans.jobs.personio.de"
    d = ("Recordatorio: aún no has enviado tu evaluación de Sofía Lanza (Traductora in-house EN>ES). "
         "Valora: calidad de la prueba, conocimiento de herramientas CAT, comunicación.")
    e = cal("-//Personio GmbH//Personio Calendar//DE", [[
        f"UID:{uid}", "DTSTAMP:20260128T080000Z", dt("DTSTART", MAD, "20260129T090000"),
        dt("DTEND", MAD, "20260129T091500"),
        f"SUMMARY:{t('Evaluación pendiente: Sofía Lanza – Traductora in-house EN>ES')}",
        f"DESCRIPTION:{t(d)}", org(HR, "RRHH BabelTrans"), ME_WG, "STATUS:CONFIRMED",
    ]], tzs=(MAD,))
    out.append(neg("scorecard-es", uid, e, "user-as-interviewer-scorecard-es"))

    uid = "7d3k2m1n0b9v8c7x6z5a4sdebrief@google.com"
    e = _g(uid, "20260123T130000", "20260123T133000", org(CEO, "Carmen Olmedo"),
           [att(CEO, "Carmen Olmedo", ps="ACCEPTED"), ME_WG, att("jlopez@babeltrans-malaga.es", "Jorge López")],
           "Debrief candidatos PM junior", "Lucía F. vs. Adrián G. – decidir a quién hacemos oferta.",
           "20260121T170000Z", "Despacho Carmen")
    out.append(neg("debrief-es", uid, e, "user-as-interviewer-debrief-es"))

    uid = _ms("7A8B9C0D1E2FDC01000000000000000010000000A1B2C3D4")
    d = ("Hi Thomas,\n\nThank you for your interest in the Vendor Manager role at BabelTrans. You will meet "
         "Carmen Olmedo (CEO) and Inés Navarro (Localisation PM Lead).\n\nBest regards,\nBabelTrans HR\n\n"
         + teams(TEAMS_ES, "YmFiZWwx", "374 552 190 006", "Bt7Vm2"))
    e = _o(uid, "20260211T160000", "20260211T170000", org(HR, "RRHH BabelTrans"),
           [att(CEO, "Olmedo, Carmen"), ME_W, att("thomas.hale@protonmail.com", "Thomas Hale")],
           "Panel interview – Vendor Manager (candidate: Thomas Hale)", d, "20260205T120000Z",
           "Reunión de Microsoft Teams")
    out.append(neg("panel-en", uid, e, "user-as-interviewer-panel-en"))

    uid = "shadow-qa-20260217@babeltrans-malaga.es"
    e = _g(uid, "20260217T110000", "20260217T114500", org(CEO, "Carmen Olmedo"),
           [att(CEO, "Carmen Olmedo", ps="ACCEPTED"), ME_WG],
           "Shadowing: entrevista de Carmen con candidata QA (Nerea Vidal)",
           "Inés escucha y toma notas; a partir de marzo lleva ella las entrevistas de QA.", "20260212T090000Z",
           "Sala Alborán")
    out.append(neg("shadowing-es", uid, e, "user-as-interviewer-shadowing-es"))

    uid = "6C1E8A2F-77B0-4E23-9D41-3F5A0B2C9E88"
    e = cal(APPLE, [[
        "CREATED:20260224T081000Z", "DTSTAMP:20260224T081000Z", f"UID:{uid}",
        "DTSTART:20260225T170000", "DTEND:20260225T173000",
        f"SUMMARY:{t('entrevista freelance DE>ES – Katharina')}",
        f"DESCRIPTION:{t('Katharina Weiß, médico-farma. Tarifas, memoQ, disponibilidad verano. Mandar NDA después')}",
        "SEQUENCE:0", "TRANSP:OPAQUE",
    ]], method=None)
    out.append(neg("hand-vendor-de", uid, e, "user-as-interviewer-hand-vendor-de"))

    uid = _ms("5F6E7D8C9BA0DC01000000000000000010000000E5F6A7B8")
    d = ("Hola Marina:\n\nGracias por enviar la prueba. Te propongo una entrevista para el puesto de "
         "Traductor/a EN>ES in-house el jueves. Estaremos Jorge López (calidad) y yo.\n\nUn saludo,\n"
         "Inés Navarro\nLocalisation PM Lead · BabelTrans Málaga")
    e = _o(uid, "20260305T093000", "20260305T101500", org(WORK, "Navarro Ruiz, Inés"),
           [att("marina.soler92@hotmail.com", "marina.soler92@hotmail.com"),
            att("jlopez@babeltrans-malaga.es", "López, Jorge")],
           "Entrevista – Traductor/a EN>ES in-house – BabelTrans", d, "20260302T151500Z",
           "Reunión de Microsoft Teams")
    out.append(neg("organizer-freemail-candidate-es", uid, e, "user-as-interviewer-freemail-candidate-es"))

    uid = "1p2o3i4u5y6t7r8e9w0qtestrev@google.com"
    e = _g(uid, "20260303T160000", "20260303T173000", org(WORK, "Inés Navarro"), [],
           "Corregir pruebas traducción candidatos (3)", "Marina S., Iker B., Chloé D. – plantilla de errores LISA",
           "20260302T080000Z", method="PUBLISH")
    out.append(neg("test-review-es", uid, e, "user-as-interviewer-test-review-es"))

    uid = "8u7y6t5r4e3w2q1a0zkit@google.com"
    e = _g(uid, "20260209T090000", "20260209T100000", org(WORK, "Inés Navarro"), [],
           "Prep kit entrevista Vendor Manager – preguntas + caso",
           "Preguntas por competencias, caso de negociación de tarifas, rúbrica 1-4. Enviar a Carmen.",
           "20260206T180000Z", method="PUBLISH")
    out.append(neg("kit-es", uid, e, "user-as-interviewer-kit-es"))

    uid = "bloque-entrevistas-pmjr@babeltrans-malaga.es"
    base = [org(WORK, "Inés Navarro"), f"UID:{uid}", ME_WG, att(CEO, "Carmen Olmedo", ps="ACCEPTED"),
            f"DESCRIPTION:{t('Bloque para entrevistas de candidatos PM junior (Personio). No reservar.')}",
            "STATUS:CONFIRMED", f"SUMMARY:{t('Bloque entrevistas PM junior')}"]
    e = cal(GOOGLE, [
        [dt("DTSTART", MAD, "20260113T120000"), dt("DTEND", MAD, "20260113T140000"), "DTSTAMP:20260108T100000Z",
         "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4", "SEQUENCE:0", *base],
        [dt("DTSTART", MAD, "20260122T120000"), dt("DTEND", MAD, "20260122T140000"),
         dt("RECURRENCE-ID", MAD, "20260120T120000"), "DTSTAMP:20260116T100000Z", "SEQUENCE:1", *base],
    ], tzs=(MAD,))
    out.append(neg("recurring-block-es", uid, e, "user-as-interviewer-recurring-es"))

    uid = _ms("0A0B0C0D0E0FDC01000000000000000010000000FACE0013")
    d = ("Bonjour Julien,\n\nMerci pour votre candidature au poste de Chef de projet localisation (marché "
         "français) chez BabelTrans. Je vous propose un entretien en visio.\n\nBien cordialement,\nInés Navarro")
    e = _o(uid, "20260316T110000", "20260316T114500", org(WORK, "Navarro Ruiz, Inés"),
           [att("julien.caron.pro@gmail.com", "Julien Caron")],
           "Entretien – Chef de projet localisation FR (Julien Caron)", d, "20260310T090000Z",
           "Réunion Microsoft Teams")
    out.append(neg("candidate-fr", uid, e, "user-as-interviewer-fr"))

    uid = "9q8w7e6r5t4y3u2i1oaerztvendor@google.com"
    d = ("Hallo Frau Brandstätter,\n\nwie besprochen ein kurzes Kennenlerngespräch zu einer möglichen "
         "Zusammenarbeit als freiberufliche Fachübersetzerin (Medizintechnik, DE>ES). Themen: Referenzen, "
         "Tools, Kapazität, Preise.\n\nViele Grüße\nInés Navarro, BabelTrans Málaga\n\n" + meet("bbt-xvzr-jkq"))
    e = _g(uid, "20260312T100000", "20260312T103000", org(WORK, "Inés Navarro"),
           [ME_WG, att("brandstaetter.uebersetzungen@web.de", "Anja Brandstätter")],
           "Kennenlerngespräch Fachübersetzerin Medizin – BabelTrans", d, "20260309T140000Z")
    out.append(neg("vendor-vetting-de", uid, e, "user-as-interviewer-vendor-de"))

    uid = "comite-contratacion-pmsr@babeltrans-malaga.es"
    e = _o(uid, "20260402T100000", "20260402T110000", org(CEO, "Olmedo, Carmen"),
           [ME_W, att("jlopez@babeltrans-malaga.es", "López, Jorge"), att(HR, "RRHH BabelTrans")],
           "Comité de contratación – plaza PM Senior",
           "Revisión de las 3 finalistas, notas de entrevistas y prueba práctica. Decisión y banda salarial.",
           "20260327T120000Z", "Sala Alborán")
    out.append(neg("committee-es", uid, e, "user-as-interviewer-committee-es"))

    uid = _ms("ABABABABABABDC01000000000000000010000000E1E2E3E4")
    d = ("Hola Inés,\n\nTe añado como entrevistadora técnica para Elena Roca (Localization Engineer). "
         "Céntrate en scripting, QA automatizado y formatos (XLIFF, JSON, PO).\n\nGracias!\nRRHH\n\n"
         + teams(TEAMS_ES, "ZWxlbmFy", "301 448 902 117", "Rc2aE9"))
    e = _o(uid, "20260407T090000", "20260407T100000", org(HR, "RRHH BabelTrans"),
           [ME_W, att("elena.roca.dev@gmail.com", "Elena Roca")],
           "Entrevista técnica – candidata Elena Roca (Localization Engineer)", d, "20260401T083000Z",
           "Reunión de Microsoft Teams")
    out.append(neg("hr-adds-interviewer-es", uid, e, "user-as-interviewer-hr-invite-es"))

    uid = "5t4r3e2w1q0p9o8i7ureprog@google.com"
    e = _g(uid, "20260129T163000", "20260129T171500", org(WORK, "Inés Navarro"),
           [ME_WG, att("adrian.gil.coord@yahoo.es", "Adrián Gil")],
           "Reprogramada: entrevista con Adrián Gil (Project Coordinator)",
           "Adrián no pudo el martes. Misma sala / mismo enlace.", "20260127T100000Z", "Sala Alborán")
    out.append(neg("rescheduled-candidate-es", uid, e, "user-as-interviewer-rescheduled-es"))

    uid = "wkbl-ev-3e2d1c0b9a8f7e6d@workable.com"
    d = ("Interview with Chiara Russo for Traduttore/Traduttrice IT>ES (freelance pool)\n\nInterviewers: "
         "Inés Navarro Ruiz\nCandidate email: chiara.russo.traduzioni@libero.it\n\n--\nSent via Workable")
    e = _g(uid, "20260414T120000", "20260414T123000", org("notifications@workablemail.com", "BabelTrans via Workable"),
           [ME_WG, att("chiara.russo.traduzioni@libero.it", "Chiara Russo")],
           "Interview with Chiara Russo – Traductor/a IT>ES", d, "20260410T090000Z", "Google Meet")
    out.append(neg("workable-interviewer-en", uid, e, "user-as-interviewer-workable-en"))

    uid = "3e4r5t6y7u8i9o0poferta@google.com"
    e = _g(uid, "20260127T180000", "20260127T181500", org(WORK, "Inés Navarro"), [],
           "Llamar a Lucía F. – oferta PM junior", "Salario 24k + 2 días remoto. Si acepta, fecha incorporación.",
           "20260126T190000Z", method="PUBLISH")
    out.append(neg("offer-call-es", uid, e, "user-as-interviewer-offer-call-es"))

    uid = "0o9i8u7y6t5r4e3w2qthale2@google.com"
    d = ("Hi Thomas, thanks again for last week. This second conversation is with me only: a short case on "
         "onboarding three new Japanese vendors. 45 min.\n\nInés\n\n" + meet("bbt-ptye-uwn"))
    e = _g(uid, "20260218T160000", "20260218T164500", org(WORK, "Inés Navarro"),
           [ME_WG, att("thomas.hale@protonmail.com", "Thomas Hale")],
           "BabelTrans – 2nd interview – Thomas Hale (Vendor Manager)", d, "20260213T101000Z")
    out.append(neg("second-round-en", uid, e, "user-as-interviewer-second-round-en"))

    uid = "7y6t5r4e3w2q1a0s9dgrabacion@google.com"
    e = _g(uid, "20260223T090000", "20260223T093000", org(WORK, "Inés Navarro"),
           [ME_WG, att("jlopez@babeltrans-malaga.es", "Jorge López")],
           "Calibración entrevistadores (rúbrica QA)",
           "Jorge y yo puntuamos la misma grabación de entrevista y comparamos. Ajustar rúbrica.",
           "20260219T120000Z", "Sala Alborán")
    out.append(neg("calibration-es", uid, e, "user-as-interviewer-calibration-es"))
    return out
