"""holdout41: other negatives (mocks, webinars, research, press, personal, internal, chats, fairs, references)."""

from __future__ import annotations

from holdout41ev_ics import (
    ME_PRIV,
    ME_WORK,
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_IOS,
    PROD_O365,
    PROD_OUTLOOK,
    ROMANCE,
    TZ_MADRID,
    Ev,
    att,
    esc,
    meet,
    mk,
    ms_extra,
    org,
    teams_es,
    tz_windows,
    zoom,
)

ST = "DTSTAMP:20261121T100000Z"
W = tz_windows(ROMANCE)


def n(trap: str) -> tuple[int, str, str, str, str, str]:
    return (0, "", "", "", "", trap)


def build() -> list[Ev]:
    o: list[Ev] = []
    mk(o, "es-mock-friend", "mock-elena-20261122@gmail.com", n("mock_interview"), PROD_GOOGLE, [
        "DTSTART:20261122T180000Z", "DTEND:20261122T190000Z", ST,
        org("elenaprieto.rm@gmail.com", "Elena Prieto"), att(ME_PRIV, "Andrés"),
        "SUMMARY:Simulacro de entrevista (Elena hace de Head of Pricing de aerolínea)",
        "DESCRIPTION:" + esc("Practicamos preguntas de pricing aéreo y el caso de overbooking. No es real, ¡tranqui!"
                             + meet("elp-mock-int", "es")), "LOCATION:"])

    mk(o, "en-mock-coach", "mock-ic-5521@interviewcoach.io", n("mock_interview"), "-//Calendly//Calendly//EN", [
        org("sophie@interviewcoach.io", "Sophie Hart"), att(ME_PRIV, "Andres Villalobos"),
        "SUMMARY:Mock interview: airline pricing case (practice session)",
        "DTSTART:20261128T110000Z", "DTEND:20261128T120000Z", ST,
        "DESCRIPTION:" + esc("Paid practice session with your coach. Sophie will play the hiring manager; "
                             "written feedback afterwards."), "LOCATION:Zoom"])

    mk(o, "fr-mock-alumni", "simu-entretien-essec-20261201@alumni.example.fr", n("mock_interview"), PROD_APPLE, [
        "DTSTART;TZID=Europe/Madrid:20261201T190000", "DTEND;TZID=Europe/Madrid:20261201T200000", ST,
        "SUMMARY:Simulation d'entretien en français avec Hélène (réseau alumni)",
        "DESCRIPTION:Entraînement pour les entretiens à Paris/Lisbonne."], tz=TZ_MADRID, method=None)

    mk(o, "es-webinar-entrevistas", "webinar-cv-entrevistas-771@hosteltur-formacion.es", n("webinar"),
       "-//Livestorm//Events//EN", [
        org("eventos@hosteltur-formacion.es", "Formación Turismo"), att(ME_PRIV),
        "SUMMARY:Webinar: Cómo superar una entrevista de trabajo en el sector aéreo",
        "DTSTART:20261125T170000Z", "DTEND:20261125T180000Z", ST,
        "DESCRIPTION:" + esc("Gracias por inscribirte. Ponentes: dos responsables de selección del sector. Enlace "
                             "de acceso: https://app.livestorm.co/formacion-turismo/entrevistas"),
        "LOCATION:Online"])

    mk(o, "en-webinar-pricing", "on24-ev-4490221@on24.com", n("webinar"), "-//ON24//Webcast//EN", [
        org("noreply@on24.com", "ON24"), att(ME_PRIV),
        "SUMMARY:Live webcast: Interviewing for revenue roles — what hiring managers look for",
        "DTSTART:20261202T140000Z", "DTEND:20261202T150000Z", ST,
        "DESCRIPTION:Presented by the Revenue Analytics Society. Your personal join link is in the email.",
        "LOCATION:Online webcast"])

    mk(o, "de-class-interviewing", "kurs-bewerbung-3@vhs-online.de", n("class"), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Berlin:20261206T100000", "DTEND;TZID=Europe/Berlin:20261206T130000", ST,
        org("kurse@vhs-online.de", "VHS Online"), att(ME_PRIV),
        "SUMMARY:Online-Kurs: Vorstellungsgespräche auf Deutsch meistern (Teil 3)",
        "DESCRIPTION:Kursleitung: Frau Schneider. Rollenspiele in Kleingruppen."], tz=[
        t.replace("Europe/Madrid", "Europe/Berlin") for t in TZ_MADRID])

    mk(o, "en-user-research", "ur-session-8812@travelnexo.com", n("user_research"), PROD_GOOGLE, [
        "DTSTART:20261204T150000Z", "DTEND:20261204T154500Z", ST,
        org("ux.research@travelnexo.com", "TravelNexo UX Research"), att(ME_PRIV),
        "SUMMARY:User interview: how hotel revenue managers set rates (€50 voucher)",
        "DESCRIPTION:" + esc("Thanks for volunteering for our research study. We'd like to interview you about the "
                             "tools you use to price rooms. This is not a job interview." + meet("tnx-ures-001")),
        "LOCATION:"])

    mk(o, "es-press-interview", "prensa-diario-sur-1203@gmail.com", n("press"), PROD_IOS, [
        "DTSTART;TZID=Europe/Madrid:20261203T130000", "DTEND;TZID=Europe/Madrid:20261203T133000", ST,
        "SUMMARY:Entrevista con periodista (Diario del Sur) sobre ocupación hotelera en Navidad",
        "DESCRIPTION:Me llama Carmen Ruiz. Datos de ocupación aprobados por Dirección."], tz=TZ_MADRID, method=None)

    mk(o, "en-podcast", "podcast-rev-ep42@riverside.fm", n("podcast"), PROD_GOOGLE, [
        "DTSTART:20261209T170000Z", "DTEND:20261209T180000Z", ST,
        org("host@revenuetalks.fm", "Revenue Talks Podcast"), att(ME_PRIV),
        "SUMMARY:Revenue Talks podcast recording — interview with Andres Villalobos",
        "DESCRIPTION:Guest interview for episode 42 (hotel pricing after the pandemic). Studio: riverside.fm",
        "LOCATION:https://riverside.fm/studio/revenue-talks"])

    mk(o, "es-dentist", "7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D", n("personal"), PROD_IOS, [
        "DTSTART;TZID=Europe/Madrid:20261124T091500", "DTEND;TZID=Europe/Madrid:20261124T100000", ST,
        "SUMMARY:Dentista (Dra. Muñoz)", "LOCATION:Calle Granada 40\\, Málaga"], tz=TZ_MADRID, method=None)

    mk(o, "es-bank-mortgage", "cita-banco-778@bancosur.es", n("personal"), PROD_OUTLOOK, [
        org("citas@bancosur.es", "Banco Sur Citas"), att(ME_PRIV),
        "SUMMARY;LANGUAGE=es-ES:Cita con su gestor: entrevista de estudio hipotecario",
        "DTSTART;TZID=" + ROMANCE + ":20261201T093000", "DTEND;TZID=" + ROMANCE + ":20261201T101500", ST,
        "DESCRIPTION;LANGUAGE=es-ES:Traiga nóminas y declaración de la renta.", "LOCATION:Oficina Alameda"], tz=W)

    mk(o, "es-allday-birthday", "cumple-mama-2026@google.com", n("personal"), PROD_GOOGLE, [
        "DTSTART;VALUE=DATE:20261206", "DTEND;VALUE=DATE:20261207", ST,
        "SUMMARY:Cumple mamá 🎂", "TRANSP:TRANSPARENT"], method=None)

    mk(o, "en-gym", "FF00EE11-DD22-4C33-BB44-AA5599668877", n("personal"), PROD_APPLE, [
        "DTSTART:20261126T073000", "DTEND:20261126T083000", ST, "SUMMARY:Padel with Rafa",
        "RRULE:FREQ=WEEKLY;BYDAY=TH"], method=None)

    mk(o, "es-internal-forecast", "forecast-q1-1130@hoteles-costabella.es", n("internal"), PROD_O365, [
        org("d.herrera@hoteles-costabella.es", "Herrera, Daniel"), att(ME_WORK, "Villalobos, Andrés"),
        att("finanzas@hoteles-costabella.es", "Finanzas"),
        "SUMMARY:Comité de revenue – forecast Q1 y tarifas Semana Santa",
        "DTSTART;TZID=" + ROMANCE + ":20261130T090000", "DTEND;TZID=" + ROMANCE + ":20261130T103000", ST,
        "DESCRIPTION:" + esc("Orden del día: pick-up, forecast Q1, estrategia de tarifas." + teams_es("Zm9y")),
        "LOCATION:Teams", *ms_extra()], tz=W)

    mk(o, "es-own-appraisal", "evaluacion-desempeno-av-2026@hoteles-costabella.es", n("internal"), PROD_OUTLOOK, [
        org("d.herrera@hoteles-costabella.es", "Herrera, Daniel"), att(ME_WORK, "Villalobos, Andrés"),
        "SUMMARY;LANGUAGE=es-ES:Entrevista de evaluación del desempeño 2026 – Andrés Villalobos",
        "DTSTART;TZID=" + ROMANCE + ":20261216T120000", "DTEND;TZID=" + ROMANCE + ":20261216T130000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:Revisión anual de objetivos con tu responsable.", "LOCATION:Despacho Dirección",
        *ms_extra()], tz=W)

    mk(o, "en-internal-vendor", "vendor-demo-rms-1203@hoteles-costabella.es", n("internal"), PROD_O365, [
        org(ME_WORK, "Villalobos, Andrés"), att("sales@ratepilot.com", "RatePilot Sales"),
        "SUMMARY:RMS vendor demo – RatePilot (shortlist)",
        "DTSTART;TZID=" + ROMANCE + ":20261203T160000", "DTEND;TZID=" + ROMANCE + ":20261203T170000", ST,
        "DESCRIPTION:Demo of their revenue-management system for the Costabella portfolio.", "LOCATION:Teams"], tz=W)

    mk(o, "es-coffee-chat", "cafe-ignacio-1129@gmail.com", n("informational"), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Madrid:20261129T103000", "DTEND;TZID=Europe/Madrid:20261129T113000", ST,
        org(ME_PRIV, "Andrés Villalobos"), att("ignacio.pricing@gmail.com", "Ignacio"),
        "SUMMARY:Café con Ignacio (ex-compañero, ahora pricing en una aerolínea)",
        "DESCRIPTION:Preguntarle cómo es el día a día en pricing aéreo y si sabe de vacantes. Charla informal.",
        "LOCATION:La Tetería, Málaga"], tz=TZ_MADRID)

    mk(o, "en-coffee-linkedin", "coffee-chat-0103@outlook.com", n("informational"), PROD_O365, [
        org(ME_PRIV, "Andres Villalobos"), att("k.mensah@journeo.com", "Kwame Mensah"),
        "SUMMARY:Virtual coffee – Kwame (Journeo) / Andres",
        "DTSTART:20261201T120000Z", "DTEND:20261201T123000Z", ST,
        "DESCRIPTION:" + esc("Thanks for accepting my LinkedIn note! Keen to hear how you moved from hotels into "
                             "travel-tech analytics. Not looking for anything formal, just advice."),
        "LOCATION:Teams"])

    mk(o, "de-kaffee-info", "kaffee-netzwerk-1207@posteo.de", n("informational"), PROD_GOOGLE, [
        "DTSTART:20261207T080000Z", "DTEND:20261207T083000Z", ST,
        org("lukas.maier@posteo.de", "Lukas Maier"), att(ME_PRIV),
        "SUMMARY:Kaffee-Chat: Revenue Management in München",
        "DESCRIPTION:" + esc("Lockerer Austausch über den Markt in München; kein Bewerbungsgespräch." +
                             meet("lkm-kaff-muc", "de"))])

    mk(o, "es-job-fair", "feria-empleo-turismo-2026@fitur-empleo.es", n("job_fair"), PROD_GOOGLE, [
        "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204", ST,
        "SUMMARY:Feria de Empleo Turismo y Aviación – IFEMA Madrid",
        "DESCRIPTION:Stands de aerolíneas, OTAs y cadenas. Llevar 20 CV impresos.",
        "LOCATION:IFEMA\\, Madrid", "TRANSP:TRANSPARENT"], method=None)

    mk(o, "en-virtual-career-fair", "vcf-travel-2026-ev118@brazenconnect.com", n("job_fair"),
       "-//Brazen//Virtual Events//EN", [
        org("events@brazenconnect.com", "Travel Tech Careers Live"), att(ME_PRIV),
        "SUMMARY:Travel Tech Careers Live – virtual career fair",
        "DTSTART:20261210T100000Z", "DTEND:20261210T160000Z", ST,
        "DESCRIPTION:Visit booths and chat with recruiters from 40 travel companies.", "LOCATION:Online"])

    mk(o, "es-reference-call", "referencia-pablo-1202@talentoaereo.es", n("reference"), PROD_O365, [
        org("recruiting@talentoaereo.es", "Talento Aéreo"), att(ME_WORK, "Andrés Villalobos"),
        "SUMMARY:Llamada de referencias sobre Pablo Medina (ex-analista de Hoteles Costabella)",
        "DTSTART;TZID=" + ROMANCE + ":20261202T130000", "DTEND;TZID=" + ROMANCE + ":20261202T131500", ST,
        "DESCRIPTION:" + esc("Gracias por aceptar dar referencias de Pablo Medina, que fue analista en tu equipo."),
        "LOCATION:Teléfono"], tz=W)

    mk(o, "en-reference-former", "reference-check-4417@referee.ly", n("reference"), PROD_GOOGLE, [
        "DTSTART:20261208T140000Z", "DTEND:20261208T142000Z", ST,
        org("checks@referee.ly", "Referee.ly on behalf of Skyline Hotels"), att(ME_PRIV),
        "SUMMARY:Reference call: you as referee for Claire Dupont",
        "DESCRIPTION:Claire Dupont listed you as a referee for a Revenue Manager role. 15 minutes.",
        "LOCATION:Phone"])

    mk(o, "es-recruiter-pool", "headhunter-pool-1126@gmail.com", n("recruiter_no_employer"), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Madrid:20261126T173000", "DTEND;TZID=Europe/Madrid:20261126T180000", ST,
        org("raquel.headhunter@gmail.com", "Raquel Ortiz"), att(ME_PRIV),
        "SUMMARY:Llamada Raquel (headhunter freelance) - conocer tu perfil",
        "DESCRIPTION:Sin vacante concreta: quiere conocerme para futuros procesos de pricing en travel.",
        "LOCATION:Teléfono"], tz=TZ_MADRID)

    mk(o, "en-agency-registration", "reg-call-998@pinnaclerevenue.co.uk", n("recruiter_no_employer"), PROD_O365, [
        org("amy.lee@pinnaclerevenue.co.uk", "Amy Lee"), att(ME_PRIV, "Andres Villalobos"),
        "SUMMARY:Registration call – Pinnacle Revenue Recruitment",
        "DTSTART:20261130T100000Z", "DTEND:20261130T103000Z", ST,
        "DESCRIPTION:" + esc("Quick call to register you with our agency and understand what you're looking for "
                             "(salary, locations, notice). We'll match you to clients later." +
                             zoom("851 9920 1144", "pRr1")), "LOCATION:Zoom"])

    mk(o, "es-coaching", "coaching-carrera-3@coachcarrera.es", n("coaching"), PROD_APPLE, [
        "DTSTART;TZID=Europe/Madrid:20261205T100000", "DTEND;TZID=Europe/Madrid:20261205T110000", ST,
        "SUMMARY:Sesión 3 coaching de carrera (Beatriz) – preparar entrevistas y LinkedIn"], tz=TZ_MADRID, method=None)

    mk(o, "es-prep-block", "0A9B8C7D-6E5F-4A3B-9C2D-1E0F9A8B7C6D", n("prep"), PROD_IOS, [
        "DTSTART;TZID=Europe/Madrid:20261203T080000", "DTEND;TZID=Europe/Madrid:20261203T093000", ST,
        "SUMMARY:Preparar entrevista TravelNexo (repasar SQL y caso)"], tz=TZ_MADRID, method=None)

    mk(o, "en-exit-interview", "exit-iv-ana-1211@hoteles-costabella.es", n("internal"), PROD_O365, [
        org("rrhh@hoteles-costabella.es", "RRHH Hoteles Costabella"), att(ME_WORK, "Villalobos, Andrés"),
        att("ana.soto@hoteles-costabella.es", "Soto, Ana"),
        "SUMMARY:Exit interview – Ana Soto (Revenue Assistant) – manager input",
        "DTSTART;TZID=" + ROMANCE + ":20261211T150000", "DTEND;TZID=" + ROMANCE + ":20261211T153000", ST,
        "DESCRIPTION:HR exit interview for Ana, who leaves on 31 Dec; Andrés joins for the handover part.",
        "LOCATION:Sala Alcazaba"], tz=W)

    mk(o, "es-allday-vacation", "vacaciones-navidad-2026-av@outlook.es", n("personal"), PROD_IOS, [
        "DTSTART;VALUE=DATE:20261222", "DTEND;VALUE=DATE:20261223", ST,
        "SUMMARY:Vacaciones Navidad (Costabella cerrado para mí)", "TRANSP:TRANSPARENT"], method=None)
    _ = ms_extra
    return o
