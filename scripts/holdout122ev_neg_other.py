"""holdout122: negatives that are not the user's own job interview (practice, media, life, work, career)."""

from __future__ import annotations

from holdout122ev_ics import (
    APPLE,
    GMAIL,
    GOOGLE,
    OUTLOOK,
    TEAMS_EN,
    USER,
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
    zoom,
)

MAD = "Europe/Madrid"
PEER = ("You are paired with a peer. Each of you interviews the other for 20 minutes. This is practice "
        "only – no employer sees it.")
ME = att(GMAIL, USER)
ME_W = att(WORK, "Inés Navarro", ps="ACCEPTED")


def _own(uid: str, start: str, end: str, summary: str, desc: str = "", location: str = "",
         owner: str = GMAIL, stamp: str = "20260101T100000Z") -> str:
    props = [dt("DTSTART", MAD, start), dt("DTEND", MAD, end), f"DTSTAMP:{stamp}", org(owner, USER), f"UID:{uid}",
             f"DESCRIPTION:{t(desc)}", f"LOCATION:{t(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
             f"SUMMARY:{t(summary)}", "TRANSP:OPAQUE"]
    return cal(GOOGLE, [props], method="PUBLISH", tzs=(MAD,))


def _apple(uid: str, start: str, end: str, summary: str, desc: str = "", location: str = "") -> str:
    props = ["CREATED:20260105T200000Z", "DTSTAMP:20260105T200000Z", f"UID:{uid}", f"DTSTART:{start}",
             f"DTEND:{end}", f"SUMMARY:{t(summary)}", "SEQUENCE:0", "TRANSP:OPAQUE"]
    if desc:
        props.append(f"DESCRIPTION:{t(desc)}")
    if location:
        props.append(f"LOCATION:{t(location)}")
    return cal(APPLE, [props], method=None)


def _invite(uid: str, start: str, end: str, organizer: str, attendees: list[str], summary: str, desc: str,
            location: str = "", tz: str = MAD, stamp: str = "20260101T100000Z", prodid: str = GOOGLE) -> str:
    props = [dt("DTSTART", tz, start), dt("DTEND", tz, end), f"DTSTAMP:{stamp}", organizer, f"UID:{uid}",
             *attendees, f"DESCRIPTION:{t(desc)}", f"LOCATION:{t(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
             f"SUMMARY:{t(summary)}"]
    return cal(prodid, [props], tzs=(tz,))


def _practice() -> list[Ev]:
    out = []
    uid = "m0ck1nt3rv13wl4ura@google.com"
    e = _invite(uid, "20260210T200000", "20260210T210000", org("laura.bermudez.t@gmail.com", "Laura Bermúdez"),
                [att("laura.bermudez.t@gmail.com", "Laura Bermúdez", ps="ACCEPTED"), ME],
                "Mock interview Inés (Localization Lead) 🎯",
                "Te hago de hiring manager de Pixelfjord: preguntas de pipeline y de gestión de equipo. "
                "Luego feedback.\n\n" + meet("lbm-hyyw-sap", lang="es"))
    out.append(neg("mock-es", uid, e, "mock-named-employer-es"))
    uid = "pp-9921-ines-20260305@interviewmate.io"
    e = cal("-//InterviewMate//Sessions//EN", [[
        f"UID:{uid}", "DTSTAMP:20260301T120000Z", "DTSTART:20260305T180000Z", "DTEND:20260305T184500Z",
        f"SUMMARY:{t('Practice interview: Program Manager (behavioural) – peer session')}",
        f"DESCRIPTION:{t(PEER)}",
        "LOCATION:https://app.interviewmate.io/room/9921", org("sessions@interviewmate.io", "InterviewMate"), ME,
        "STATUS:CONFIRMED",
    ]])
    out.append(neg("mock-platform-en", uid, e, "mock-platform-en"))
    uid = "webinar-locleaders-20260122@zoom.us"
    d = ("Hi Inés,\n\nThank you for registering for \"How to Nail Your Localization Manager Interview\" – "
         "LocLeaders Community webinar with panelists from three game studios.\n\n"
         + zoom("932 5510 8842", "LcLd22webX", host="us02web"))
    e = _invite(uid, "20260122T170000", "20260122T180000", org("no-reply@zoom.us", "LocLeaders Community"), [ME],
                "How to Nail Your Localization Manager Interview (Webinar)", d, "Zoom", tz="Europe/London")
    out.append(neg("webinar-en", uid, e, "webinar-interview-tips-en"))
    uid = "curso-competencias-m2@formacion-aptic.org"
    e = _invite(uid, "20260304T180000", "20260304T200000", org("formacion@aptic-asoc.org", "Formación Asociación"),
                [ME], "Curso online: Entrevistas de selección por competencias – Módulo 2",
                "Módulo 2: cómo preparar la entrevista de selección (preguntas STAR, errores frecuentes). "
                "Plataforma Zoom, enlace en el campus.", "Zoom")
    out.append(neg("class-es", uid, e, "class-interviewing-es"))
    uid = "webinar-lokalisierung-gaming-0314@webinar.loc-kompass.de"
    e = _invite(uid, "20260314T110000", "20260314T123000", org("events@loc-kompass.de", "Loc-Kompass"), [ME],
                "Webinar: Karrierewege in der Spiele-Lokalisierung",
                "Mit Erfahrungsberichten, Tipps für Bewerbung und Vorstellungsgespräch sowie Q&A. "
                "Zugangslink folgt 1 Stunde vor Beginn.", "Online", tz="Europe/Berlin")
    out.append(neg("webinar-de", uid, e, "webinar-de"))
    uid = "conf-tav-ia-0409@sft-events.fr"
    e = _invite(uid, "20260409T140000", "20260409T160000", org("evenements@sft-events.fr", "SFT Événements"), [ME],
                "Conférence en ligne : traduction audiovisuelle et IA",
                "Table ronde avec sous-titreurs et responsables localisation. Lien Teams envoyé la veille.",
                "En ligne", tz="Europe/Paris")
    out.append(neg("webinar-fr", uid, e, "webinar-fr"))
    return out


def _media() -> list[Ev]:
    out = []
    uid = "podcast-entre-lenguas-ep42@gmail.com"
    d = ("¡Hola Inés! Gracias por aceptar. Grabamos la entrevista para el episodio 42 de Entre Lenguas "
         "(\"De traductora a PM de localización\"). Unos 50 min, por Riverside: https://riverside.fm/studio/"
         "entre-lenguas\n\nUn abrazo,\nSara")
    e = _invite(uid, "20260225T190000", "20260225T200000",
                org("entrelenguas.podcast@gmail.com", "Entre Lenguas Podcast"),
                [ME], "Entrevista podcast Entre Lenguas – Inés Navarro (grabación)", d, "Riverside")
    out.append(neg("podcast-es", uid, e, "podcast-interview-es"))
    uid = "ur-session-tradoro-114@tradoro.com"
    d = ("Hi Inés,\n\nThanks for signing up for a user interview about Tradoro TMS! We'll ask about how your "
         "team manages vendors and terminology. 45 minutes, €60 Amazon voucher as a thank-you.\n\n"
         "Recording: yes (research purposes only)\n\nLina – UX Research")
    e = _invite(uid, "20260217T150000", "20260217T154500", org("research@tradoro.com", "Tradoro UX Research"),
                [att(WORK, "Inés Navarro")], "User interview: Tradoro TMS research session", d,
                "https://meet.google.com/tdr-uxrs-qqk", tz="Europe/Berlin")
    out.append(neg("user-research-en", uid, e, "user-research-en"))
    uid = "diariosur-entrevista-traduccion@gmail.com"
    e = _invite(uid, "20260306T120000", "20260306T123000", org("r.molina.periodista@gmail.com", "Raquel Molina"),
                [ME], "Entrevista Diario Sur – sector traducción en Málaga",
                "Para el reportaje del domingo sobre empresas de traducción en Málaga. Con foto.",
                "Cafetería Central, Plaza de la Constitución")
    out.append(neg("press-es", uid, e, "press-interview-es"))
    uid = "blog-entrevista-traductora@babeltrans-malaga.es"
    e = _own(uid, "20260320T100000", "20260320T104500", "Entrevista blog BabelTrans – traductora Ana Rius",
             "Serie 'Nuestros traductores': le hago 8 preguntas para el blog. Grabar y transcribir.",
             owner=WORK)
    out.append(neg("blog-interview-es", uid, e, "content-interview-es"))
    return out


def _life() -> list[Ev]:
    out = []
    out.append(neg("doctor-es", "D1A2B3C4-0001-4A1A-9F00-0A0B0C0D0E01", _apple(
        "D1A2B3C4-0001-4A1A-9F00-0A0B0C0D0E01", "20260112T083000", "20260112T090000", "Médico cabecera",
        "Llevar análisis", "Centro de Salud El Palo"), "personal-doctor-es"))
    out.append(neg("gestoria-es", "gestoria-renta-2025@gmail.com", _own(
        "gestoria-renta-2025@gmail.com", "20260512T170000", "20260512T173000", "Gestoría – renta 2025",
        "Llevar certificados retenciones + recibos alquiler", "Gestoría Díaz, C/ Carretería 40"),
        "personal-gestoria-es"))
    out.append(neg("hacienda-es", "cita-aeat-20260218@gmail.com", _own(
        "cita-aeat-20260218@gmail.com", "20260218T091500", "20260218T093000", "Cita Hacienda (AEAT)",
        "Cita previa nº 4411-B. Requerimiento IVA freelance 2024", "Delegación AEAT Málaga, Av. Andalucía 2"),
        "personal-hacienda-es"))
    out.append(neg("bank-es", "banco-gestor-hipoteca@gmail.com", _own(
        "banco-gestor-hipoteca@gmail.com", "20260227T130000", "20260227T140000", "Banco – reunión gestor hipoteca",
        "Simulación + documentación", "Oficina Alameda Principal"), "personal-bank-es"))
    out.append(neg("passport-es", "D1A2B3C4-0005-4A1A-9F00-0A0B0C0D0E05", _apple(
        "D1A2B3C4-0005-4A1A-9F00-0A0B0C0D0E05", "20260119T100000", "20260119T103000",
        "Cita pasaporte (Policía)", "Foto + DNI + tasa", "Comisaría Provincial, Plaza de Manuel Azaña"),
        "personal-passport-es"))
    out.append(neg("school-es", "tutoria-cole-leo@gmail.com", _own(
        "tutoria-cole-leo@gmail.com", "20260311T163000", "20260311T171500", "Tutoría cole Leo",
        "Con la seño Pilar", "CEIP Bergamín"), "personal-school-es"))
    out.append(neg("dentist-es", "D1A2B3C4-0007-4A1A-9F00-0A0B0C0D0E07", _apple(
        "D1A2B3C4-0007-4A1A-9F00-0A0B0C0D0E07", "20260403T190000", "20260403T193000", "Dentista"),
        "personal-dentist-es"))
    out.append(neg("vet-es", "D1A2B3C4-0008-4A1A-9F00-0A0B0C0D0E08", _apple(
        "D1A2B3C4-0008-4A1A-9F00-0A0B0C0D0E08", "20260421T183000", "20260421T190000", "Veterinario – Lola (vacuna)"),
        "personal-vet-es"))
    return out


def _work() -> list[Ev]:
    out = []
    uid = "handoff-vinicola-sur@babeltrans-malaga.es"
    e = _invite(uid, "20260114T093000", "20260114T100000", org(WORK, "Inés Navarro"),
                [ME_W, att("jlopez@babeltrans-malaga.es", "Jorge López")], "handoff Vinícola Sur (web 5 idiomas)",
                "Pasar a Jorge el proyecto antes de vacaciones.", "Sala Alborán")
    out.append(neg("internal-handoff-es", uid, e, "internal-handoff-es"))
    uid = "lqa-fintrak-r2@babeltrans-malaga.es"
    e = _invite(uid, "20260204T110000", "20260204T120000", org(WORK, "Inés Navarro"),
                [ME_W, att("q.lefebvre@fintrak.eu", "Quentin Lefebvre")], "LQA ronda 2 – app Fintrak",
                "Revisar bugs FR/DE/IT abiertos y cerrar el informe.\n\n" + meet("bbt-lqaf-rnd"), "")
    out.append(neg("internal-lqa-es", uid, e, "internal-lqa-client-es"))
    uid = "reu-vendors-q2@babeltrans-malaga.es"
    e = _invite(uid, "20260408T100000", "20260408T110000", org(WORK, "Inés Navarro"),
                [ME_W, att("jlopez@babeltrans-malaga.es", "Jorge López")], "reu vendors Q2",
                "Tarifas, capacidad DE/JA, evaluación trimestral.", "Sala Alborán")
    out.append(neg("internal-vendors-es", uid, e, "internal-vendors-es"))
    uid = "kickoff-hoteles-costa@babeltrans-malaga.es"
    e = _invite(uid, "20260119T120000", "20260119T130000", org("marketing@hotelescosta.es", "Marketing Hoteles Costa"),
                [ME_W], "kick-off cliente Hoteles Costa", "Kick-off proyecto web + app en EN/DE/FR/NL.",
                "Hoteles Costa, Torremolinos")
    out.append(neg("internal-kickoff-es", uid, e, "client-kickoff-es"))
    uid = "040000008200E00074C5B7101A82E00800000000EE11DD22CC33DC01000000000000000010000000AB12CD34"
    d = ("Hola Inés,\n\nTe convoco a tu evaluación de desempeño anual. Repasamos objetivos 2025, feedback del "
         "equipo y plan de desarrollo 2026. Trae tu autoevaluación.\n\nCarmen")
    e = _invite(uid, "20260126T100000", "20260126T110000", org("carmen.olmedo@babeltrans-malaga.es", "Olmedo, Carmen"),
                [att(WORK, "Navarro Ruiz, Inés")], "Evaluación anual de desempeño – Inés Navarro", d,
                "Despacho Carmen", tz="Romance Standard Time", prodid=OUTLOOK)
    out.append(neg("appraisal-es", uid, e, "own-appraisal-es"))
    uid = "040000008200E00074C5B7101A82E0080000000055EE66FF77AADC01000000000000000010000000EE0EE0EE"
    d = ("Hola Inés,\n\nComo parte de tu proceso de salida, nos gustaría hacerte una breve entrevista de salida "
         "(30 min) para conocer tu experiencia en BabelTrans. Es confidencial.\n\nUn saludo,\nRRHH")
    e = _invite(uid, "20260529T120000", "20260529T123000", org("rrhh@babeltrans-malaga.es", "RRHH BabelTrans"),
                [att(WORK, "Navarro Ruiz, Inés")], "Entrevista de salida – Inés Navarro", d, "Sala Alborán",
                tz="Romance Standard Time", prodid=OUTLOOK)
    out.append(neg("exit-interview-es", uid, e, "own-exit-interview-es"))
    uid = "1on1-carmen-ines@babeltrans-malaga.es"
    e = _invite(uid, "20260302T090000", "20260302T093000", org("carmen.olmedo@babeltrans-malaga.es", "Carmen Olmedo"),
                [ME_W], "1:1 Carmen / Inés", "", "Despacho Carmen")
    out.append(neg("internal-1on1-es", uid, e, "internal-1on1-es"))
    uid = "formacion-vendor-vetting@babeltrans-malaga.es"
    e = _invite(uid, "20260323T150000", "20260323T170000", org("rrhh@babeltrans-malaga.es", "RRHH BabelTrans"),
                [ME_W], "Formación interna: cómo entrevistar a proveedores (vendor vetting)",
                "Impartida por Carmen. Checklist, pruebas, referencias.", "Sala Alborán")
    out.append(neg("training-es", uid, e, "training-interviewing-vendors-es"))
    return out


def _career() -> list[Ev]:
    out = []
    uid = "cafe-jordi-runa@gmail.com"
    e = _own(uid, "20260402T090000", "20260402T094500", "Café con Jordi (ex-Runa)",
             "Preguntarle qué tal el equipo de loc de Runa Games y la cultura antes de la 2ª entrevista. Informal.",
             "La Tetería, C/ San Agustín")
    out.append(neg("coffee-chat-es", uid, e, "informational-coffee-employer-named-es"))
    uid = "jobfair-malaga-tech-2026@gmail.com"
    e = cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20260423", "DTEND;VALUE=DATE:20260424", "DTSTAMP:20260301T100000Z", f"UID:{uid}",
        org(GMAIL, USER), f"SUMMARY:{t('Feria de empleo Málaga Tech – Palacio de Ferias')}",
        f"DESCRIPTION:{t('Stands de estudios de videojuegos y empresas tech. Llevar CVs impresos.')}",
        "TRANSP:TRANSPARENT", "STATUS:CONFIRMED",
    ]], method="PUBLISH")
    out.append(neg("job-fair-es", uid, e, "job-fair-allday-es"))
    uid = "ref-check-daniel-ortiz@wavecrest.io"
    d = ("Hi Inés,\n\nDaniel Ortiz has listed you as a referee for the Localization Producer role at Wavecrest. "
         "Would you have 20 minutes for a quick reference call?\n\nThanks!\nHolly Baker, Talent – Wavecrest\n\n"
         + meet("wvc-refc-ado"))
    e = _invite(uid, "20260316T170000", "20260316T172000", org("holly.baker@wavecrest.io", "Holly Baker"),
                [att("holly.baker@wavecrest.io", "Holly Baker", ps="ACCEPTED"), ME],
                "Reference call re: Daniel Ortiz", d, tz="Europe/London")
    out.append(neg("reference-referee-en", uid, e, "reference-call-referee-en"))
    uid = "bridgewell-intro-0209@bridgewellsearch.com"
    d = ("Hi Inés,\n\nGreat to connect on LinkedIn. I'm working on a confidential Head of Localisation search for "
         "a fast-growing consumer-tech client in Europe and would love to tell you more and hear about your "
         "plans.\n\nEmma Clarke\nPrincipal Consultant, Bridgewell Search\n\n"
         + teams(TEAMS_EN, "YnJpZGd3", "359 663 118 450", "Bw5eC1"))
    e = _invite(uid, "20260209T120000", "20260209T123000", org("emma.clarke@bridgewellsearch.com", "Emma Clarke"),
                [ME], "Call with Emma Clarke (Bridgewell Search)", d, "Microsoft Teams Meeting",
                tz="Europe/London", prodid=OUTLOOK)
    out.append(neg("recruiter-no-employer-en", uid, e, "recruiter-call-no-employer-en"))
    out.append(neg("prep-block-es", "prep-pixelfjord-star@gmail.com", _own(
        "prep-pixelfjord-star@gmail.com", "20260225T190000", "20260225T203000", "Prep entrevista Pixelfjord – STAR",
        "Repasar historias STAR, preguntas para el panel, pipeline de strings."), "prep-block-es"))
    out.append(neg("prep-case-es", "prep-caso-cortado@gmail.com", _own(
        "prep-caso-cortado@gmail.com", "20260202T200000", "20260202T220000", "Preparar caso práctico Cortado",
        "Slides: 4 mercados, TMS, presupuesto. Ensayar 15 min."), "prep-case-es"))
    uid = "ayudar-marta-entrevista@gmail.com"
    e = _own(uid, "20260115T200000", "20260115T210000", "Ayudar a Marta con su entrevista (Amadeus)",
             "Marta tiene entrevista el viernes; repasamos su inglés por videollamada.")
    out.append(neg("friend-interview-es", uid, e, "someone-elses-interview-es"))
    uid = "locworld-berlin-2026@gmail.com"
    e = cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20260610", "DTEND;VALUE=DATE:20260613", "DTSTAMP:20260310T100000Z", f"UID:{uid}",
        org(GMAIL, USER), f"SUMMARY:{t('Loc conference Berlin')}",
        f"DESCRIPTION:{t('Hotel Motel One Alexanderplatz. Charla sobre LQA el 11.')}", "TRANSP:TRANSPARENT",
    ]], method="PUBLISH")
    out.append(neg("conference-en", uid, e, "conference-allday-en"))
    return out


def events() -> list[Ev]:
    return [*_practice(), *_media(), *_life(), *_work(), *_career()]
