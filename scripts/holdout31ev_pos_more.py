"""holdout31: more of the user's own interviews, mixed languages (blind)."""

from __future__ import annotations

from holdout31ev_ics import APPLE, EXCHANGE, GOOGLE, IOS, ME, OUTLOOK, STAMP, add, att, cal, dt, esc, meet, org, pos


def build() -> None:
    u = "MSBookings-7f01a2@tutorhubgroup.com"
    add("bookings-abbrev-domain", "en", u, cal(EXCHANGE, [[
        org("careers@thg-edu.com", "Tutorhub Careers"), att(ME, "Olivia Bennett"),
        att("neil.carver@thg-edu.com", "Neil Carver"),
        "DESCRIPTION:" + esc("Booking confirmed with Tutorhub Group.\nService: 45-min interview - Online Course "
                             "Producer (Primary)\nStaff member: Neil Carver\nLocation: Online (Teams link to "
                             "follow)"),
        "SUMMARY:45-min interview - Online Course Producer (Primary)",
        dt("DTSTART", "20261208T123000", "GMT Standard Time"), dt("DTEND", "20261208T131500", "GMT Standard Time"),
        f"UID:{u}", f"DTSTAMP:{STAMP}"]], tzs=("GMT Standard Time",), windows=True),
        pos("Tutorhub Group", "Online Course Producer (Primary)", "", ("neil.carver@thg-edu.com",)))

    u = "r8w2h0c5k1@google.com"
    add("direct-employee-leeds", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261203T100000Z"), dt("DTEND", "20261203T110000Z"), f"DTSTAMP:{STAMP}",
        org("gemma.hirst@yorkgate.ac.uk", "Gemma Hirst"), f"UID:{u}",
        att("gemma.hirst@yorkgate.ac.uk", "Gemma Hirst", ps="ACCEPTED", style="google"),
        att("vikram.nair@yorkgate.ac.uk", "Vikram Nair", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        att("c_1889room-leeds-g12@resource.calendar.google.com", "Leeds Campus-G.12 (10)", cutype="RESOURCE",
            style="google"),
        "SUMMARY:Interview: Olivia Bennett - Digital Education Developer",
        "DESCRIPTION:" + esc("Interview for Digital Education Developer, Yorkgate College Leeds (Learning "
                             "Innovation Unit). Panel: Gemma Hirst (Unit Manager), Vikram Nair (Learning "
                             "Technologist). 10-min presentation on a blended unit for adult learners."),
        "LOCATION:Leeds Campus-G.12 (10)", "STATUS:CONFIRMED"]]),
        pos("Yorkgate College", "Digital Education Developer", "",
            ("gemma.hirst@yorkgate.ac.uk", "vikram.nair@yorkgate.ac.uk")))

    u = "9A0E1C3B-HM-IOS"
    add("hm-handtyped-ios", "en", u, cal(IOS, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261216T084500Z"), dt("DTEND", "20261216T093000Z"),
        "SUMMARY:Brightpath - hiring manager interview (Sara Lindgren)",
        "DESCRIPTION:stage 2 of Brightpath ID process. she's the literacy product lead. zoom link in email"]],
        method=""),
        pos("Brightpath Learning", "", "hiring_manager", ()))

    u = "de-zoom-agency-55"
    add("de-agency-zoom", "de", u, cal(OUTLOOK, [[
        org("k.berger@eduhunt-personal.de", "Katrin Berger"), att(ME, "Olivia Bennett"),
        att("m.ostermann@bildungsverlag-nord.de", "Martin Ostermann"),
        "SUMMARY:Interview Bildungsverlag Nord - Redakteurin Digitale Medien (Englisch)",
        "DESCRIPTION:" + esc("Liebe Olivia,\n\nunser Mandant Bildungsverlag Nord GmbH & Co. KG freut sich auf "
                             "das Gespräch. Herr Ostermann (Programmleitung Englisch) führt das Interview; ich "
                             "bin nicht dabei.\n\nViele Grüße\nKatrin Berger, EduHunt Personalberatung\n\n"
                             "Zoom-Meeting beitreten: https://us02web.zoom.us/j/87700112299"),
        dt("DTSTART", "20261210T140000", "W. Europe Standard Time"),
        dt("DTEND", "20261210T150000", "W. Europe Standard Time"), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        tzs=("W. Europe Standard Time",), windows=True),
        pos("Bildungsverlag Nord", "Redakteurin Digitale Medien (Englisch)", "",
            ("m.ostermann@bildungsverlag-nord.de",)))

    u = "fr-direct-dublin-2@google.com"
    add("fr-second-round", "fr", u, cal(GOOGLE, [[
        dt("DTSTART", "20261211T130000Z"), dt("DTEND", "20261211T140000Z"), f"DTSTAMP:{STAMP}",
        org("elodie.marchand@lirelab.fr", "Élodie Marchand"), f"UID:{u}",
        att("elodie.marchand@lirelab.fr", "Élodie Marchand", ps="ACCEPTED", style="google"),
        att("yann.lebrun@lirelab.fr", "Yann Le Brun", style="google"), att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:2e entretien LireLab - Olivia Bennett (Ingénieure pédagogique)",
        "DESCRIPTION:" + esc("Bonjour Olivia,\nPour ce deuxième entretien, Yann (CTO) se joindra à moi. Nous "
                             "parlerons de votre étude de cas.\n\n" + meet("lrl-bnqe-ytr")), "STATUS:CONFIRMED"]]),
        pos("LireLab", "Ingénieure pédagogique", "technical",
            ("elodie.marchand@lirelab.fr", "yann.lebrun@lirelab.fr")))

    u = "es-workday-banco-2"
    add("es-workday-screen", "es", u, cal("-//Workday//Recruiting//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261202T100000Z"), dt("DTEND", "20261202T103000Z"),
        "SUMMARY:Entrevista: Especialista en Formación Digital (JR-3391) - Entrevista telefónica",
        "DESCRIPTION:" + esc("Hola Olivia:\n\nTe llamará Beatriz Lozano, de Talento, Caixa Mediterrània "
                             "(CaixaMed). Puesto: Especialista en Formación Digital (JR-3391), Barcelona.\n\n"
                             "Mensaje automático de Workday."),
        org("caixamed@myworkday.com", "CaixaMed Talento"), att(ME, "Olivia Bennett"),
        att("beatriz.lozano@caixamed.es", "Beatriz Lozano")]]),
        pos("Caixa Mediterrània", "Especialista en Formación Digital", "recruiter_screen",
            ("beatriz.lozano@caixamed.es",)))

    u = "es-apple-onsite-madrid"
    add("es-apple-onsite", "es", u, cal(APPLE, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261217T100000", "Europe/Madrid"),
        dt("DTEND", "20261217T133000", "Europe/Madrid"),
        "SUMMARY:Entrevistas presenciales Santillo Educación (Madrid)",
        "DESCRIPTION:" + esc("3 entrevistas seguidas: RRHH, jefa de producto, director editorial. Puesto editora "
                             "de contenidos digitales de inglés para primaria."),
        "LOCATION:Santillo Educación\\, Calle de Alcalá 120\\, Madrid"]], method="", tzs=("Europe/Madrid",)),
        pos("Santillo Educación", "Editora de contenidos digitales de inglés para primaria", "onsite", ()))

    u = "es-calendly-dir-11"
    add("es-calendly-direct", "es", u, cal("-//Calendly//Calendly//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261215T160000Z"), dt("DTEND", "20261215T164500Z"),
        "SUMMARY:Entrevista con la directora - Olivia Bennett",
        "DESCRIPTION:" + esc("Nombre del evento: Entrevista con la directora - Coordinadora de formación docente\n"
                             "Fundación Nube Verde - equipo de formación\nUbicación: Google Meet\n"
                             "Con tecnología de Calendly.com"),
        org("dir@nubeverde.org", "Inés Calvo"), att("dir@nubeverde.org", "Inés Calvo", ps="ACCEPTED"),
        att(ME, "Olivia Bennett")]], method="PUBLISH"),
        pos("Fundación Nube Verde", "Coordinadora de formación docente", "hiring_manager", ("dir@nubeverde.org",)))

