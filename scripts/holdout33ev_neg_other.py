"""holdout33: negatives other than the user as interviewer (mock, webinars, press, personal, internal ...)."""

from __future__ import annotations

from holdout33ev_ics import ME, WORK, Ev, att, desc, dt, loc, meet, org, room, summ, teams, webex, zoom

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
AP = "-//Apple Inc.//iOS 17.6//EN"
R = "Romance Standard Time"
M = "Europe/Madrid"


def _n(kind: str, lang: str, prodid: str, trap: str, lines: list[str], tz: list[str] | None = None,
       method: str | None = None, head: list[str] | None = None) -> Ev:
    return Ev(kind, lang, prodid, lines, pos=False, trap=trap, tz=tz or [], method=method, head=head or [])


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(_n("mock-mentor", "es", G, "mock_interview", [
        "UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com", dt("DTSTART", M, "20261205T110000"),
        dt("DTEND", M, "20261205T120000"), summ("Simulacro de entrevista FP&A con mentora (Programa Mentoring COEV)"),
        org("rosa.miralles@gmail.com", "Rosa Miralles"), att(ME, "Valentina Rossi"),
        desc("Hola Valentina, hacemos el simulacro como si yo fuera la CFO de un retailer. Luego feedback.\n"
             "Programa de Mentoring – Col·legi d'Economistes de València\n\n" + meet("rwq-ohtn-ayc", "es"))],
        tz=[M], method="REQUEST"))
    e.append(_n("mock-peer-en", "en", G, "mock_interview", [
        "UID:3d5f7h9j1l3n5p7r9t1v3x5z7b@google.com", dt("DTSTART", M, "20261208T200000"),
        dt("DTEND", M, "20261208T210000"), summ("Practice interview swap – Valentina & Priya (FP&A case)"),
        org("priya.nair.fin@gmail.com", "Priya Nair"), att(ME, "Valentina Rossi"),
        desc("Peer practice: 30 min you interview me, 30 min I interview you. Use the case from the FP&A "
             "prep group.\n\n" + zoom("886 1203 4409", "Pq7bXsL2rT"))], tz=[M], method="REQUEST"))
    e.append(_n("mock-coach-de", "de", AP, "mock_interview", [
        "UID:2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901", dt("DTSTART", "Europe/Berlin", "20261212T100000"),
        dt("DTEND", "Europe/Berlin", "20261212T110000"), summ("Probe-Vorstellungsgespräch mit Coach (Deutsch üben)"),
        desc("Übung für die Gespräche in Frankfurt. Coach: Frau Lehmann, Sprachschule. Kein echtes Interview.")],
        tz=["Europe/Berlin"]))
    e.append(_n("mock-fr", "fr", G, "mock_interview", [
        "UID:4e6g8i0k2m4o6q8s0u2w4y6a8c@google.com", dt("DTSTART", "Europe/Paris", "20261219T100000"),
        dt("DTEND", "Europe/Paris", "20261219T110000"), summ("Simulation d'entretien en français – atelier Alliance"),
        org("ateliers@af-valencia.es", "Alliance Française de Valencia"), att(ME, "Valentina Rossi"),
        desc("Atelier « Préparer un entretien d'embauche en français » : simulation en binôme et retours du "
             "formateur. Niveau B2-C1.")], tz=["Europe/Paris"], method="REQUEST"))
    e.append(_n("webinar-en", "en", "-//Zoom Video Communications//Webinar//EN", "webinar", [
        "UID:zoom-webinar-94412087733-reg@zoom.us", dt("DTSTART", None, "20261203T170000Z"),
        dt("DTEND", None, "20261203T180000Z"), summ("Webinar: Acing the FP&A Interview – Modelling Tests Explained"),
        org("no-reply@zoom.us", "FinModel Academy"),
        desc("Thank you for registering for \"Acing the FP&A Interview\". Hosted by FinModel Academy.\n"
             "Please submit any questions to: webinars@finmodelacademy.com\n\nJoin from PC, Mac, iPad or "
             "Android: https://us06web.zoom.us/w/94412087733?tk=reg\nWebinar ID: 944 1208 7733")]))
    e.append(_n("class-chamber-es", "es", OL, "class", [
        "UID:040000008200E00074C5B7101A82E008000000005FE0919103CDDB01000000000000000010000000B1C1",
        dt("DTSTART", R, "20261210T180000"), dt("DTEND", R, "20261210T200000"),
        summ("Taller: Cómo superar una entrevista por competencias"),
        org("formacion@camaravalencia.com", "Formación Cámara Valencia"), att(ME, "Valentina Rossi"),
        desc("Taller práctico (2 h) dentro del programa de Empleabilidad. Ponente: Jordi Lluch, consultor de "
             "RRHH. Plazas limitadas.\nCámara de Comercio de Valencia, C/ Poeta Querol 15")], tz=[R],
        method="REQUEST"))
    e.append(_n("webinar-linkedin-live", "es", G, "webinar", [
        "UID:6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com", dt("DTSTART", M, "20261216T190000"),
        dt("DTEND", M, "20261216T200000"), summ("LinkedIn Live: Entrevistas en Big Four, qué buscan los socios"),
        desc("evento en directo de la comunidad 'Finanzas en Femenino'. ver desde el sofá :)\n"
             "https://www.linkedin.com/events/7268812")], tz=[M]))
    e.append(_n("course-powerbi", "es", G, "class", [
        "UID:8i0k2m4o6q8s0u2w4y6a8c0e2g@google.com", dt("DTSTART", M, "20261201T190000"),
        dt("DTEND", M, "20261201T210000"), "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        summ("Curso Power BI para controllers (online)"),
        org("aula@escuelafinanzas.es", "Escuela de Finanzas Aplicadas"), att(ME, "Valentina Rossi"),
        desc("Sesiones en directo del curso. " + webex("2630 914 7712", "es"))], tz=[M], method="REQUEST"))
    e.append(_n("user-research-en", "en", "-//Calendly//Calendly//EN", "user_research", [
        "UID:9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@calendly.com", dt("DTSTART", None, "20261209T160000Z"),
        dt("DTEND", None, "20261209T164500Z"), summ("Valentina Rossi and Ledgerly Research"),
        org("research@ledgerly.com", "Ledgerly Research"), att(ME, "Valentina Rossi"),
        desc("Event Name: Customer interview – month-end close tools (45 min, €60 gift card)\n\nThanks for "
             "helping our product team! We'd like to learn how your finance team closes the books. This is a "
             "research session, not a job interview.\n\nLocation: https://ledgerly.zoom.us/j/81120394456")]))
    e.append(_n("press-levante", "es", OL, "press_interview", [
        "UID:040000008200E00074C5B7101A82E0080000000060F1A2A214CDDB01000000000000000010000000B2C2",
        dt("DTSTART", R, "20261211T130000"), dt("DTEND", R, "20261211T133000"),
        summ("Entrevista periodista Levante-EMV – exportación cítricos campaña 26/27"),
        org("comunicacion@naranjas-safor.es", "Comunicación Naranjas de la Safor"), att(WORK, "Rossi, Valentina"),
        att("l.aparici@levante-emv.com", "Laia Aparici"),
        desc("Laia Aparici (Levante-EMV, sección Economía) quiere datos de facturación de exportación. "
             "Valentina responde a las cifras; revisar con Dirección lo publicable.")], tz=[R], method="REQUEST"))
    e.append(_n("podcast", "es", G, "podcast_interview", [
        "UID:0k2m4o6q8s0u2w4y6a8c0e2g4i@google.com", dt("DTSTART", M, "20261219T113000"),
        dt("DTEND", M, "20261219T123000"), summ("Grabación podcast «Números con Alma» – me entrevistan"),
        org("numerosconalma.podcast@gmail.com", "Números con Alma"), att(ME, "Valentina Rossi"),
        desc("Episodio sobre pasar de contabilidad a FP&A. Graban por Riverside: "
             "https://riverside.fm/studio/numeros-con-alma")], tz=[M], method="REQUEST"))
    e.append(_n("personal-dentist", "es", AP, "personal", [
        "UID:3E4F5061-7283-4495-A6B7-C8D9E0F1A2B3", dt("DTSTART", M, "20261202T083000"),
        dt("DTEND", M, "20261202T091500"), summ("Dentista - revisión"), loc("Clínica Dental Grau, Gandia")],
        tz=[M]))
    e.append(_n("personal-mortgage", "es", OL, "personal", [
        "UID:040000008200E00074C5B7101A82E0080000000071A2B3B325CDDB01000000000000000010000000B3C3",
        dt("DTSTART", R, "20261213T100000"), dt("DTEND", R, "20261213T110000"),
        summ("Cita con su gestor: estudio de hipoteca"),
        org("oficina0417@bancoturia.es", "Banco Turia Oficina 0417 Gandia"), att(ME, "Valentina Rossi"),
        desc("Estimada clienta:\nle confirmamos la cita con su gestor personal, Andrés Sifre, para el estudio de "
             "su hipoteca. Traiga las tres últimas nóminas y la declaración de la renta.\nBanco Turia")],
        tz=[R], method="REQUEST"))
    e.append(_n("personal-consulate", "es", G, "personal", [
        "UID:2m4o6q8s0u2w4y6a8c0e2g4i6k@google.com", dt("DTSTART", "DATE", "20261220"),
        dt("DTEND", "DATE", "20261221"), summ("Consolato Generale d'Italia Barcellona – rinnovo passaporto"),
        desc("turno prenotato su Prenot@mi 10:40. portare foto e vecchio passaporto")]))
    e.append(_n("personal-itv", "es", AP, "personal", [
        "UID:4F506172-8394-45A6-B7C8-D9E0F1A2B3C4", dt("DTSTART", None, "20261207T081500"),
        dt("DTEND", None, "20261207T090000"), summ("ITV coche (Applus Gandia)")]))
    e.append(_n("internal-close-auditors", "es", OL, "internal_meeting", [
        "UID:040000008200E00074C5B7101A82E0080000000082B3C4C436CDDB01000000000000000010000000B4C4",
        dt("DTSTART", R, "20261214T090000"), dt("DTEND", R, "20261214T103000"),
        summ("Auditoría HGA – reunión de planificación cierre 2026"),
        org("dir.financiera@naranjas-safor.es", "Climent, Rafael"), att(WORK, "Rossi, Valentina"),
        att("tomas.ruano@hga-advisory.com", "Ruano, Tomás (ES - Valencia)"),
        att("laia.ortiz@hga-advisory.com", "Ortiz, Laia"), room("sala.juntas@naranjas-safor.es", "Sala de Juntas"),
        desc("Planificación de la auditoría de cuentas anuales con el equipo de Holloway Grant Advisory: "
             "calendario de cierre, confirmaciones de saldos y existencias.")], tz=[R], method="REQUEST"))
    e.append(_n("internal-own-review", "es", OL, "internal_meeting", [
        "UID:040000008200E00074C5B7101A82E0080000000093C4D5D547CDDB01000000000000000010000000B5C5",
        dt("DTSTART", R, "20261218T160000"), dt("DTEND", R, "20261218T170000"),
        summ("Entrevista anual de desempeño – Valentina Rossi"),
        org("dir.financiera@naranjas-safor.es", "Climent, Rafael"), att(WORK, "Rossi, Valentina"),
        desc("Revisión de objetivos 2026 y plan de desarrollo 2027. Rellena la autoevaluación en el portal del "
             "empleado antes de la reunión.")], tz=[R], method="REQUEST"))
    e.append(_n("internal-forecast", "en", OL, "internal_meeting", [
        "UID:040000008200E00074C5B7101A82E00800000000A4D5E6E658CDDB01000000000000000010000000B6C6",
        dt("DTSTART", R, "20261209T090000"), dt("DTEND", R, "20261209T100000"),
        summ("Season forecast review – UK & DE customers"),
        org("j.bosca@naranjas-safor.es", "Boscà, Josep"), att(WORK, "Rossi, Valentina"),
        att("k.hughes@fresh-direct-imports.co.uk", "Kate Hughes"),
        desc("Volumes and pricing for the Navel campaign with our UK importer.\n\n" + teams("ZWQ1MjBmNDIt"))],
        tz=[R], method="REQUEST"))
    e.append(_n("coffee-excolleague", "es", G, "coffee_chat", [
        "UID:4o6q8s0u2w4y6a8c0e2g4i6k8m@google.com", dt("DTSTART", M, "20261205T093000"),
        dt("DTEND", M, "20261205T103000"),
        summ("Café con Laura F. (ahora en Quintana) – que me cuente cómo es FP&A allí"),
        loc("Horchatería Daniel, Alboraia"), desc("informal, no es entrevista. preguntar por el equipo de Lara")],
        tz=[M]))
    e.append(_n("coffee-informational-en", "en", G, "coffee_chat", [
        "UID:6q8s0u2w4y6a8c0e2g4i6k8m0o@google.com", dt("DTSTART", M, "20261212T173000"),
        dt("DTEND", M, "20261212T180000"), summ("Coffee chat – Valentina / Daniel (Finance at Cartavia)"),
        org("daniel.reyes.fin@gmail.com", "Daniel Reyes"), att(ME, "Valentina Rossi"),
        desc("Happy to share how commercial finance works at Cartavia – just an informal chat, not part of any "
             "hiring process. " + meet("ycq-ptbz-ewn"))], tz=[M], method="REQUEST"))
    e.append(_n("coffee-alumni", "es", G, "coffee_chat", [
        "UID:8s0u2w4y6a8c0e2g4i6k8m0o2q@google.com", dt("DTSTART", M, "20270109T110000"),
        dt("DTEND", M, "20270109T113000"), summ("Café virtual alumni ESIC – networking controllers"),
        org("alumni@esic.edu", "ESIC Alumni"), att(ME, "Valentina Rossi"),
        desc("Encuentro informal de antiguos alumnos que trabajan en control de gestión. Grupos de 4 en salas "
             "de Meet.\n" + meet("jfa-mwqs-iru", "es"))], tz=[M], method="REQUEST"))
    e.append(_n("fair-uv", "es", G, "job_fair", [
        "UID:0u2w4y6a8c0e2g4i6k8m0o2q4s@google.com", dt("DTSTART", "DATE", "20261126"),
        dt("DTEND", "DATE", "20261127"), summ("Foro de Empleo UV 2026 – Facultat d'Economia"),
        desc("stands de empresas: Quintana, Banco Turia, HGA... llevar 10 CV")]))
    e.append(_n("fair-de", "de", G, "job_fair", [
        "UID:2w4y6a8c0e2g4i6k8m0o2q4s6u@google.com", dt("DTSTART", "Europe/Berlin", "20270122T100000"),
        dt("DTEND", "Europe/Berlin", "20270122T160000"), summ("Karrieremesse Finance & Controlling Frankfurt (online)"),
        org("tickets@finanzkarriere-messe.de", "Finanzkarriere Messe"), att(ME, "Valentina Rossi"),
        desc("Ihr Ticket für die virtuelle Karrieremesse. Aussteller-Chats und Vorträge ganztägig.")],
        tz=["Europe/Berlin"], method="REQUEST"))
    e.append(_n("reference-ex-intern", "es", G, "reference_call", [
        "UID:4y6a8c0e2g4i6k8m0o2q4s6u8w@google.com", dt("DTSTART", M, "20261215T133000"),
        dt("DTEND", M, "20261215T134500"), summ("Referencias de Pablo Ferrando (exbecario) – llamada Quintana"),
        org("laura.ferrer@quintana.es", "Laura Ferrer Bou"), att(ME, "Valentina Rossi"),
        desc("Hola Valentina, Pablo nos ha dado tu contacto como referencia para nuestro puesto de Auxiliar "
             "Administrativo. ¿Te va bien una llamada de 15 minutos?")], tz=[M], method="REQUEST"))
    e.append(_n("reference-en", "en", OL, "reference_call", [
        "UID:040000008200E00074C5B7101A82E00800000000B5E6F7F769CDDB01000000000000000010000000B7C7",
        dt("DTSTART", "GMT Standard Time", "20261217T090000"), dt("DTEND", "GMT Standard Time", "20261217T091500"),
        summ("Reference check: Marc Olmos"),
        org("tom.ashby@harbourline.co.uk", "Tom Ashby"), att(ME, "Valentina Rossi"),
        desc("Hi Valentina, Marc listed you as a referee for his Accounts Assistant application. A quick call "
             "about his time in your team would be great.")], tz=["GMT Standard Time"], method="REQUEST"))
    e.append(_n("recruiter-registration", "es", OL, "recruiter_call", [
        "UID:040000008200E00074C5B7101A82E00800000000C6F708086ACDDB01000000000000000010000000B8C8",
        dt("DTSTART", R, "20261204T173000"), dt("DTEND", R, "20261204T181500"),
        summ("Reunión de alta de candidatura – División Finanzas"),
        org("beatriz.olmo@pagefinanzas-consultores.es", "Beatriz Olmo"), att(ME, "Valentina Rossi"),
        desc("Hola Valentina, como consultora de la división de Finanzas me gustaría conocer tu perfil para "
             "tenerte en cuenta en futuros procesos de FP&A en Valencia. No es para ninguna vacante concreta "
             "todavía.\n\n" + teams("N2U0ZGFkMTgt", "es"))], tz=[R], method="REQUEST"))
    e.append(_n("recruiter-market-en", "en", G, "recruiter_call", [
        "UID:6a8c0e2g4i6k8m0o2q4s6u8w0y@google.com", dt("DTSTART", M, "20261222T170000"),
        dt("DTEND", M, "20261222T173000"), summ("Catch-up: Oliver (Keystone Search) – market update"),
        org("oliver.grant@keystone-search.com", "Oliver Grant"), att(ME, "Valentina Rossi"),
        desc("Quick end-of-year catch-up on the finance market in Paris/Geneva and your search. No client "
             "on this one.")], tz=[M], method="REQUEST"))
    e.append(_n("career-coach", "es", "-//Calendly//Calendly//EN", "recruiter_call", [
        "UID:7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e@calendly.com", dt("DTSTART", None, "20261206T100000Z"),
        dt("DTEND", None, "20261206T105000Z"), summ("Valentina Rossi y Nerea Soler"),
        org("nerea@nereasoler-coaching.com", "Nerea Soler"), att(ME, "Valentina Rossi"),
        desc("Nombre del evento: Sesión de orientación profesional – revisión de CV y LinkedIn\n"
             "Ubicación: https://meet.google.com/ggx-pcde-mro")]))
    e.append(_n("afterview-tickler", "en", "-//afterview//afterview//EN", "tickler", [
        "UID:afterview-ty-kaldera-fbp-20261217@afterview", dt("DTSTART", M, "20261217T160000"),
        dt("DTEND", M, "20261217T161500"), summ("Send thank-you notes — Kaldera Payments, Finance Business Partner"),
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KIND:thankyou",
        desc("Write down your reflections and the interviewers' names, then review the drafts in your Drafts "
             "folder.")], tz=[M], method="PUBLISH"))
    e.append(_n("fr-webinar-apec", "fr", G, "webinar", [
        "UID:8c0e2g4i6k8m0o2q4s6u8w0y2a@google.com", dt("DTSTART", "Europe/Paris", "20270106T123000"),
        dt("DTEND", "Europe/Paris", "20270106T133000"),
        summ("Webinaire : Réussir son entretien pour un poste de contrôleur de gestion"),
        org("webinaires@carrieres-finance.fr", "Carrières Finance"), att(ME, "Valentina Rossi"),
        desc("Merci de votre inscription. Lien de connexion envoyé 1 h avant le début.")], tz=["Europe/Paris"],
        method="REQUEST"))
    e.append(_n("personal-gym", "es", AP, "personal", [
        "UID:5061728A-94A5-46B7-C8D9-E0F1A2B3C4D6", dt("DTSTART", M, "20261203T190000"),
        dt("DTEND", M, "20261203T200000"), "RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
        summ("Pilates"), loc("Estudio Safor Pilates")], tz=[M]))
    e.append(_n("exam-de-language", "de", G, "personal", [
        "UID:0e2g4i6k8m0o2q4s6u8w0y2a4c@google.com", dt("DTSTART", M, "20261128T090000"),
        dt("DTEND", M, "20261128T140000"), summ("Goethe-Zertifikat B2 – Prüfung (mündlich + schriftlich)"),
        loc("Goethe-Institut Madrid"), desc("mündliche Prüfung ca. 13:00")], tz=[M]))
    return e
