"""holdout33: more of the user's own interviews in Spanish (hand-typed, ATS, recurring, floating)."""

from __future__ import annotations

from holdout33ev_ics import ME, WORK, Ev, att, desc, dt, loc, meet, org, resource, summ, teams, zoom

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
M = "Europe/Madrid"
R = "Romance Standard Time"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev("greenhouse-es-bcn", "es", "-//Greenhouse Software//Greenhouse//EN", [
        "UID:gh-interview-51873390-4471@greenhouse.io", dt("DTSTART", None, "20261209T140000Z"),
        dt("DTEND", None, "20261209T150000Z"), summ("Entrevista con Martina Puig (Senior FP&A Analyst) - Bolsa Viva"),
        org("no-reply@greenhouse.io", "Greenhouse"), att("martina.puig@bolsaviva.com", "Martina Puig"),
        att("david.font@bolsaviva.com", "David Font"), att(ME, "Valentina Rossi"),
        desc("Hola Valentina,\n\nGracias por tu interés en Bolsa Viva. Tu entrevista para Senior FP&A Analyst "
             "(Barcelona o remoto) será con Martina Puig, Finance Director, y David Font, FP&A Lead.\n\n"
             "Enlace: " + "https://bolsaviva.zoom.us/j/93377120045\n\nEnviado por Greenhouse en nombre de "
             "Bolsa Viva Inversiones S.L.")],
        "Bolsa Viva", "Senior FP&A Analyst", "", ["martina.puig@bolsaviva.com", "david.font@bolsaviva.com"],
        method=None))
    e.append(Ev("floating-handtyped-address", "es", "-//Apple Inc.//macOS 14.6//EN", [
        "UID:B29C54E1-87F3-4D2A-A0C3-51E6F7D8A9B0", dt("DTSTART", None, "20261210T093000"),
        dt("DTEND", None, "20261210T103000"), summ("2ª entrevista Ferretería Llevant – jefe admin. y finanzas"),
        loc("Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 11, Paterna"),
        desc("preguntar por Amparo (RRHH). Con el gerente, Sr. Bellver. Llevar CV impreso")],
        "Ferretería Llevant", "jefe admin. y finanzas", "hiring_manager", [], trap="hand_typed_floating",
        method=None))
    e.append(Ev("lever-es-remote", "es", "-//Lever//Lever Scheduling//EN", [
        "UID:lever-3c1e9a77-6b20-4c8d-9f16-2e5a0c7d4b81", dt("DTSTART", None, "20261214T160000Z"),
        dt("DTEND", None, "20261214T164500Z"), summ("Entrevista: Valentina Rossi — Finance Business Partner (Ops)"),
        org("interviews@hire.lever.co", "Rutalia via Lever"), att("gema.ruiz@rutalia.com", "Gema Ruiz"),
        att(ME, "Valentina Rossi"),
        desc("Hola Valentina,\nEsta es tu entrevista con Gema Ruiz, Head of Finance de Rutalia (movilidad "
             "urbana, remoto en España). Hablaremos de forecasting por ciudad y unit economics.\n\n"
             + zoom("845 9902 1176", "Rt5vGhQpLm", "es"))],
        "Rutalia", "Finance Business Partner (Ops)", "hiring_manager", ["gema.ruiz@rutalia.com"], method=None))
    e.append(Ev("recurring-assessment-override", "es", G, [
        "UID:2a8d0rj1c3e5g7i9k1m3o5q7s9@google.com", dt("DTSTART", M, "20270111T090000"),
        dt("DTEND", M, "20270111T120000"), "RRULE:FREQ=DAILY;COUNT=2",
        summ("Assessment Center Banco Turia - Programa Controllers"),
        org("assessment@bancoturia.es", "Assessment Banco Turia"), att(ME, "Valentina Rossi"),
        att("lucia.serra@bancoturia.es", "Lucía Serra"),
        desc("Dos mañanas de assessment para el Programa de Controllers de Banco Turia: dinámicas de grupo, "
             "caso de negocio y entrevista con Lucía Serra (Control de Gestión). Sede de Pintor Sorolla 8.\n" +
             meet("bqz-ytnm-cuf", "es"))],
        "Banco Turia", "Programa Controllers", "onsite", ["lucia.serra@bancoturia.es"], trap="recurring_override",
        tz=[M], more=[[
            "UID:2a8d0rj1c3e5g7i9k1m3o5q7s9@google.com", "RECURRENCE-ID;TZID=Europe/Madrid:20270112T090000",
            dt("DTSTART", M, "20270112T110000"), dt("DTEND", M, "20270112T140000"),
            summ("Assessment Center Banco Turia - Programa Controllers (día 2, empieza 11h)"),
            org("assessment@bancoturia.es", "Assessment Banco Turia"), att(ME, "Valentina Rossi"),
            att("lucia.serra@bancoturia.es", "Lucía Serra")]]))
    e.append(Ev("work-address-invite", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000B7A2C9E1318DDB01000000000000000010000000F114",
        dt("DTSTART", R, "20261215T190000"), dt("DTEND", R, "20261215T193000"),
        summ("Llamada RRHH - Controller Planta Alzira"),
        org("silvia.marco@zumoslaribera.com", "Silvia Marco"), att(WORK, "Rossi, Valentina"),
        desc("Hola Valentina, te llamo a última hora como pediste para no coincidir con tu horario. "
             "Primera toma de contacto sobre la vacante de Controller de planta en Zumos La Ribera.\nSilvia "
             "Marco – Técnica de Selección")],
        "Zumos La Ribera", "Controller de planta", "recruiter_screen", ["silvia.marco@zumoslaribera.com"],
        trap="work_address_own_interview", tz=[R]))
    e.append(Ev("madrid-bigfour-onsite", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000000F3B4A5D418DDB01000000000000000010000000A0AA",
        dt("DTSTART", R, "20261218T094500"), dt("DTEND", R, "20261218T133000"),
        summ("Entrevistas finales – Senior Manager Business Performance | Valentina R."),
        org("talento@vhc-asesores.es", "Talento VHC"), att(ME, "Valentina Rossi"),
        att("alberto.segura@vhc-asesores.es", "Segura Pardo, Alberto - Socio"),
        att("raquel.montes@vhc-asesores.es", "Montes Gil, Raquel - Directora"),
        resource("proyector.torre@vhc-asesores.es", "MAD-Torre Picasso-Proyector 3"),
        desc("Vidal, Herrero & Cía. Asesores (VHC), Business Performance. Entrevistas con el socio responsable "
             "y la directora del área, planta 28 Torre Picasso. Traer DNI para acceso.")],
        "Vidal, Herrero & Cía.", "Senior Manager Business Performance", "final",
        ["alberto.segura@vhc-asesores.es", "raquel.montes@vhc-asesores.es"], tz=[R]))
    e.append(Ev("whatsapp-typed-phone", "es", G, [
        "UID:6q1w3e5r7t9y1u3i5o7p9a1s3d@google.com", dt("DTSTART", M, "20261202T181500"),
        dt("DTEND", M, "20261202T184500"), summ("📞 Llamada Marisa - Hortofrutícola Sueca (puesto controller)"),
        desc("me llama ella al móvil. es la de RRHH. preguntar rango salarial y si es 100% presencial")],
        "Hortofrutícola Sueca", "controller", "recruiter_screen", [], trap="hand_typed", tz=[M], method=None))
    e.append(Ev("teams-panel-tech", "es", OL, [
        "UID:040000008200E00074C5B7101A82E0080000000071A5BC2E518DDB01000000000000000010000000B2B2",
        dt("DTSTART", R, "20261222T120000"), dt("DTEND", R, "20261222T133000"),
        summ("Panel técnico: modelización financiera (Proceso FP&A Senior)"),
        org("lara.costa@quintana.es", "Costa, Lara"), att("lara.costa@quintana.es", "Costa, Lara", ps="ACCEPTED"),
        att("pedro.alcaraz@quintana.es", "Alcaraz, Pedro"), att(ME, "Valentina Rossi"),
        desc("Valentina, en esta sesión Pedro (Controller Tiendas) y yo (Head of FP&A) te pediremos que "
             "construyas un modelo de previsión de ventas por tienda. Compartirás pantalla.\nQuintana "
             "Supermercados\n\n" + teams("OWE1NTdiYzQtMzQ2", "es"))],
        "Quintana Supermercados", "Analista FP&A", "technical", ["lara.costa@quintana.es",
                                                                 "pedro.alcaraz@quintana.es"], tz=[R]))
    e.append(Ev("ashby-es", "es", "-//Ashby//Ashby Scheduling//EN", [
        "UID:ashby-int-0f8c22d1-93ab-4c2e-8e4f-55d6a1b2c3d4", dt("DTSTART", None, "20261203T090000Z"),
        dt("DTEND", None, "20261203T094500Z"), summ("Valentina Rossi - Revisión de caso - Kaldera Payments"),
        org("no-reply@ashbyhq.com", "Ashby"), att("jorge.pons@kaldera.io", "Jorge Pons"),
        att("coordination@kaldera.io", "Kaldera Coordination", role="NON-PARTICIPANT"), att(ME, "Valentina Rossi"),
        desc("Revisión del caso práctico (Finance Business Partner) con Jorge Pons, Financial Controller.\n"
             "Coordinado por el equipo de Coordination (no asiste).\n\n" + meet("zke-qpmr-wva", "es"))],
        "Kaldera Payments", "Finance Business Partner", "technical", ["jorge.pons@kaldera.io"], method=None))
    e.append(Ev("videocall-spanish-bank-madrid", "es", G, [
        "UID:8p0o9i8u7y6t5r4e3w2q1a0s9d@google.com", dt("DTSTART", M, "20261223T100000"),
        dt("DTEND", M, "20261223T110000"),
        summ("Invitación: Entrevista | Controller de Riesgo Financiero @ mié 23 dic 2026 10:00 - 11:00"),
        org("alvaro.pena@bancoaltamira.es", "Álvaro Peña"), att("alvaro.pena@bancoaltamira.es", "Álvaro Peña",
                                                                  ps="ACCEPTED"),
        att("susana.gil@bancoaltamira.es", "Susana Gil"), att(ME, "Valentina Rossi"),
        desc("Entrevista con el equipo de Control Financiero de Banco Altamira (Madrid, Paseo de la "
             "Castellana). Modalidad: vídeo.\n\n" + meet("pqo-uvxa-hjk", "es"))],
        "Banco Altamira", "Controller de Riesgo Financiero", "", ["alvaro.pena@bancoaltamira.es",
                                                                 "susana.gil@bancoaltamira.es"], tz=[M]))
    e.append(Ev("x-wr-timezone-export", "es", G, [
        "UID:0m2n4b6v8c0x2z4l6k8j0h2g4f@google.com", dt("DTSTART", None, "20261228T100000"),
        dt("DTEND", None, "20261228T110000"), summ("Entrevista Mercafruit Exportaciones (Dir. Financiero + RRHH)"),
        org(ME, "Valentina Rossi"), att(ME, "Valentina Rossi", ps="ACCEPTED"),
        desc("Puesto: Controller Comercial. Oficina de Mercafruit en Gandia. Me entrevistan el director "
             "financiero y la técnica de RRHH.")],
        "Mercafruit Exportaciones", "Controller Comercial", "", [], trap="self_entered_xwr",
        head=["X-WR-CALNAME:Valentina personal", "X-WR-TIMEZONE:Europe/Madrid"], method="PUBLISH"))
    e.append(Ev("spanish-teams-hr-short", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000A9C2DE3F718DDB01000000000000000010000000C3C3",
        dt("DTSTART", R, "20261204T123000"), dt("DTEND", R, "20261204T130000"),
        summ("Valentina Rossi - entrevista"),
        org("talento@grupoazahar.com", "Talento Grupo Azahar"), att("mar.rubio@grupoazahar.com", "Mar Rubio"),
        att(ME, "Valentina Rossi"),
        desc("Primera entrevista para la vacante de Analista de Control de Gestión en Grupo Azahar Retail.\n\n"
             + teams("ZjE4YzIwNjAtYTk3", "es"))],
        "Grupo Azahar", "Analista de Control de Gestión", "recruiter_screen", ["mar.rubio@grupoazahar.com"], tz=[R]))
    e.append(Ev("apple-loc-structured", "es", "-//Apple Inc.//macOS 14.6//EN", [
        "UID:E9A1C3F5-1B2D-4E6F-8091-A2B3C4D5E6F7", dt("DTSTART", M, "20270107T160000"),
        dt("DTEND", M, "20270107T170000"), summ("Entrevista final Rutalia con Fundadora"),
        loc("Rutalia\nC/ de Pallars 108, 08018 Barcelona"),
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"C/ de Pallars 108, 08018 Barcelona\";"
        "X-TITLE=Rutalia:geo:41.399,2.196",
        desc("Presencial en Barcelona. Con Clara Nadal, cofundadora. Tren 12:40 desde València Joaquín Sorolla"),
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT2H", "DESCRIPTION:Reminder", "END:VALARM"],
        "Rutalia", "Finance Business Partner (Ops)", "final", [], trap="hand_typed", tz=[M], method=None))
    return e
