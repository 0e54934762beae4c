"""holdout31: other negatives - mocks, webinars, press, personal, internal, chats, fairs, references (blind)."""

from __future__ import annotations

from holdout31ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    STAMP,
    WORK,
    add,
    att,
    cal,
    dt,
    esc,
    meet,
    neg,
    org,
    teams,
    zoom,
)

G = "GMT Standard Time"
L = "Europe/London"


def build() -> None:
    add("mock-careers-coach", "en", "mock-1", cal(GOOGLE, [[
        dt("DTSTART", "20261205T140000Z"), dt("DTEND", "20261205T150000Z"), f"DTSTAMP:{STAMP}",
        org("rachel@teachertransitions.co.uk", "Rachel Ames"), "UID:mock-1",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Mock interview - instructional design (practice)",
        "DESCRIPTION:" + esc("Practice run for your upcoming interviews. I'll play the hiring manager at an edtech "
                             "company; we'll record and review.\n\n" + meet("mck-ptrq-olv")), "STATUS:CONFIRMED"]]),
        neg("mock"))

    add("mock-friend-handtyped", "en", "mock-2", cal(IOS, [[
        "UID:mock-2", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261213T110000", L), dt("DTEND", "20261213T120000", L),
        "SUMMARY:Practice interview w/ Becky (she grills me on STAR answers)",
        "DESCRIPTION:at hers. bring portfolio"]], method="", tzs=(L,)), neg("mock"))

    add("mock-es-simulacro", "es", "mock-3", cal(GOOGLE, [[
        dt("DTSTART", "20261206T100000Z"), dt("DTEND", "20261206T110000Z"), f"DTSTAMP:{STAMP}",
        org("mentoria@redmujeresedtech.org", "Mentoría Red Mujeres Edtech"), "UID:mock-3",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Simulacro de entrevista en español - Olivia",
        "DESCRIPTION:" + esc("Sesión de práctica: simulamos una entrevista para un puesto de diseño instruccional "
                             "en una empresa española. No es un proceso real.\n\n" + meet("smc-oeya-ptr")),
        "STATUS:CONFIRMED"]]), neg("mock"))

    add("webinar-interview-skills", "en", "web-1", cal("-//Zoom Video Communications//Zoom Webinar//EN", [[
        "UID:web-1", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261202T180000Z"), dt("DTEND", "20261202T190000Z"),
        "SUMMARY:Webinar: Acing the L&D Interview - from Classroom to Corporate",
        "DESCRIPTION:" + esc("Thank you for registering for Acing the L&D Interview.\n\nPlease submit any "
                             "questions to: hello@teachtoltd.com\n\nJoin from a PC, Mac, iPad or Android: "
                             "https://us06web.zoom.us/w/86110023355?tk=abc\n\nWebinar ID: 861 1002 3355"),
        org("no-reply@zoom.us", "Teach to L&D"), att(ME, "Olivia Bennett")]], method="PUBLISH"), neg("webinar"))

    add("class-de-bewerbung", "de", "web-2", cal(OUTLOOK, [[
        org("kurse@vhs-digital-lernen.de", "VHS Digital Lernen"), att(ME, "Olivia Bennett"),
        "SUMMARY:Online-Kurs: Vorstellungsgespräche auf Deutsch meistern (Teil 2)",
        "DESCRIPTION:" + esc("Kurs für internationale Fachkräfte: typische Fragen im Vorstellungsgespräch, "
                             "Rollenspiele in Kleingruppen.\n\n" + zoom("81290011234", "VkhTZGlnaTQ")),
        dt("DTSTART", "20261208T180000", "W. Europe Standard Time"),
        dt("DTEND", "20261208T193000", "W. Europe Standard Time"), "UID:web-2", f"DTSTAMP:{STAMP}"]],
        tzs=("W. Europe Standard Time",), windows=True), neg("class"))

    add("webinar-fr-entretien", "fr", "web-3", cal("-//Livestorm//Events//FR", [[
        "UID:web-3", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261210T170000Z"), dt("DTEND", "20261210T180000Z"),
        "SUMMARY:Webinaire : réussir son entretien dans l'edtech",
        "DESCRIPTION:" + esc("Merci pour votre inscription ! Les intervenants, recruteurs chez plusieurs edtechs, "
                             "partagent leurs conseils pour préparer un entretien.\nLien : https://app.livestorm.co/"
                             "edtech-france/reussir-entretien"),
        org("no-reply@livestorm.co", "EdTech France"), att(ME, "Olivia Bennett")]], method="PUBLISH"),
        neg("webinar"))

    add("user-research", "en", "ur-1", cal(GOOGLE, [[
        dt("DTSTART", "20261204T160000Z"), dt("DTEND", "20261204T164500Z"), f"DTSTAMP:{STAMP}",
        org("research@brightpathlearning.com", "Brightpath UX Research"), "UID:ur-1",
        att(ME, "Olivia Bennett", style="google"),
        att("noor.aziz@brightpathlearning.com", "Noor Aziz", style="google"),
        "SUMMARY:User interview: primary teachers & reading dashboards (£40 voucher)",
        "DESCRIPTION:" + esc("Thanks for signing up to our teacher research panel! Noor will ask about how you "
                             "use reading data in class. This is research, not a job interview.\n\n"
                             + meet("ury-hqsl-noa")), "STATUS:CONFIRMED"]]), neg("user_research"))

    add("press-local-paper", "en", "press-1", cal(EXCHANGE, [[
        org("comms" + "@oakfield-primary.org.uk", "Oakfield Comms"), att(WORK, "Olivia Bennett"),
        att("l.mcbride@mancheve-news.co.uk", "Lucy McBride"),
        "SUMMARY:Interview with Manchester Evening Gazette - reading garden project",
        "DESCRIPTION:Lucy (reporter) will interview Olivia about the Y3 reading garden for a feature. Photos after.",
        dt("DTSTART", "20261209T120000", G), dt("DTEND", "20261209T123000", G), "UID:press-1", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg("press"))

    add("podcast-es", "es", "pod-1", cal(GOOGLE, [[
        dt("DTSTART", "20261212T170000Z"), dt("DTEND", "20261212T180000Z"), f"DTSTAMP:{STAMP}",
        org("hola@podcastaulaviva.com", "Aula Viva Podcast"), "UID:pod-1",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Grabación podcast Aula Viva - entrevista a Olivia Bennett",
        "DESCRIPTION:" + esc("Te entrevistamos sobre tu paso del aula al diseño instruccional. Grabamos por "
                             "Riverside: https://riverside.fm/studio/aula-viva")]]), neg("podcast"))

    add("personal-dentist", "en", "pers-1", cal(IOS, [[
        "UID:pers-1", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261205T091500", L), dt("DTEND", "20261205T094500", L),
        "SUMMARY:Dentist - Dr Khan", "LOCATION:Didsbury Dental\\, 12 Wilmslow Rd"]], method="", tzs=(L,)),
        neg("personal"))

    add("personal-allday-birthday", "en", "pers-2", cal(APPLE, [[
        "UID:pers-2", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261219"), dt("DTEND", "20261220"),
        "SUMMARY:Mum's 60th - Harrogate", "TRANSP:TRANSPARENT"]], method=""), neg("personal"))

    add("personal-mortgage", "en", "pers-3", cal(OUTLOOK, [[
        org("appointments@yorkshirehomesbs.co.uk", "Yorkshire Homes Building Society"), att(ME, "Olivia Bennett"),
        "SUMMARY:Mortgage interview with your adviser",
        "DESCRIPTION:" + esc("Your mortgage interview with Gareth Lowe is booked. Please bring payslips, bank "
                             "statements and photo ID. Allow 2 hours."),
        dt("DTSTART", "20261212T100000", G), dt("DTEND", "20261212T120000", G), "UID:pers-3", f"DTSTAMP:{STAMP}",
        "LOCATION:Yorkshire Homes BS\\, Deansgate branch"]], tzs=(G,), windows=True), neg("personal"))

    add("personal-es-flat", "es", "pers-4", cal(GOOGLE, [[
        dt("DTSTART", "20261220T110000Z"), dt("DTEND", "20261220T113000Z"), f"DTSTAMP:{STAMP}",
        org(ME, "Olivia Bennett"), "UID:pers-4",
        "SUMMARY:Visita piso Gràcia (Barcelona) - videollamada con la inmobiliaria",
        "DESCRIPTION:por si me mudo. preguntar por fianza"]], method="PUBLISH"), neg("personal"))

    add("personal-fr-yoga", "fr", "pers-5", cal(APPLE, [[
        "UID:pers-5", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261203T190000"), dt("DTEND", "20261203T200000"),
        "SUMMARY:Cours de français (conversation) - Alliance", "RRULE:FREQ=WEEKLY;COUNT=8"]], method=""),
        neg("personal"))

    add("internal-inset", "en", "int-1", cal(EXCHANGE, [[
        org("head@oakfield-primary.org.uk", "Mrs J Corrigan (Headteacher)"), att(WORK, "Bennett, Olivia"),
        att("staff@oakfield-primary.org.uk", "All Teaching Staff"),
        "SUMMARY:INSET - writing moderation (KS1/KS2)", "DESCRIPTION:Bring 3 books per ability group.",
        dt("DTSTART", "20270104T090000", G), dt("DTEND", "20270104T153000", G), "UID:int-1", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg("internal"))

    add("internal-appraisal", "en", "int-2", cal(OUTLOOK, [[
        org("d.hughes@oakfield-primary.org.uk", "Dan Hughes (Deputy Head)"), att(WORK, "Olivia Bennett"),
        "SUMMARY:Performance management review meeting - O Bennett",
        "DESCRIPTION:Mid-year appraisal review. Targets + CPD. Your own review, not a recruitment panel.",
        dt("DTSTART", "20261207T154500", G), dt("DTEND", "20261207T163000", G), "UID:int-2", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg("internal"))

    add("internal-parents-evening", "en", "int-3", cal(OUTLOOK, [[
        org(WORK, "Olivia Bennett"), "SUMMARY:Parents' evening Y3 (10 min slots)",
        dt("DTSTART", "20261201T153000", G), dt("DTEND", "20261201T190000", G), "UID:int-3", f"DTSTAMP:{STAMP}",
        "LOCATION:Y3 classroom"]], method="", tzs=(G,), windows=True), neg("internal"))

    add("internal-es-teams", "es", "int-4", cal(EXCHANGE, [[
        org("head@oakfield-primary.org.uk", "Mrs J Corrigan"), att(WORK, "Olivia Bennett"),
        att("aux.espanol@oakfield-primary.org.uk", "Marina (auxiliar)"),
        "SUMMARY:Reunión semanal con la auxiliar de español - planificación",
        "DESCRIPTION:" + esc("Planificamos las actividades de español de Y3 y Y4.\n\n" + teams("c4e021", "es")),
        dt("DTSTART", "20261208T080000", G), dt("DTEND", "20261208T083000", G), "UID:int-4", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg("internal"))

    add("coffee-informational", "en", "cof-1", cal(GOOGLE, [[
        dt("DTSTART", "20261206T120000Z"), dt("DTEND", "20261206T124500Z"), f"DTSTAMP:{STAMP}",
        org("hayley.spence@harcastle-digital.com", "Hayley Spence"), "UID:cof-1",
        att(ME, "Olivia Bennett", style="google"),
        att("hayley.spence@harcastle-digital.com", "Hayley Spence", ps="ACCEPTED", style="google"),
        "SUMMARY:Coffee chat - Olivia / Hayley",
        "DESCRIPTION:" + esc("Happy to tell you what life as an instructional designer is like! No vacancy right "
                             "now, just an informal chat.\n\n" + meet("cff-hyol-xqe")), "STATUS:CONFIRMED"]]),
        neg("coffee_chat"))

    add("coffee-de-austausch", "de", "cof-2", cal(OUTLOOK, [[
        org("anna.meyer@lernwerk.de", "Anna Meyer"), att(ME, "Olivia Bennett"),
        "SUMMARY:Kaffee & Austausch: Quereinstieg ins Instructional Design",
        "DESCRIPTION:" + esc("Hallo Olivia, gerne erzähle ich dir, wie ich vom Lehramt ins Instructional Design "
                             "gewechselt bin. Ganz informell, kein Bewerbungsgespräch.\n\n" + teams("de0991", "de")),
        dt("DTSTART", "20261211T120000", "W. Europe Standard Time"),
        dt("DTEND", "20261211T123000", "W. Europe Standard Time"), "UID:cof-2", f"DTSTAMP:{STAMP}"]],
        tzs=("W. Europe Standard Time",), windows=True), neg("coffee_chat"))

    add("coffee-es-linkedin", "es", "cof-3", cal(IOS, [[
        "UID:cof-3", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261214T180000Z"), dt("DTEND", "20261214T183000Z"),
        "SUMMARY:Café virtual con Marta (LinkedIn) - cómo es trabajar en L&D en Madrid",
        "DESCRIPTION:solo para conocernos\\, me da consejos"]], method=""), neg("coffee_chat"))

    add("jobfair-edtech", "en", "fair-1", cal("-//Eventbrite//Event//EN", [[
        "UID:fair-1", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261205T100000", L), dt("DTEND", "20261205T160000", L),
        "SUMMARY:EdTech Careers Fair Manchester 2026",
        "DESCRIPTION:" + esc("Meet 40+ employers hiring learning designers, content writers and trainers. Bring "
                             "your CV. Drop-in; no appointments.\nOrder #3391022 - Eventbrite"),
        "LOCATION:Manchester Central Convention Complex", org("noreply@eventbrite.com", "Eventbrite")]],
        method="PUBLISH", tzs=(L,)), neg("job_fair"))

    add("jobfair-fr-salon", "fr", "fair-2", cal(GOOGLE, [[
        dt("DTSTART", "20270116"), dt("DTEND", "20270117"), f"DTSTAMP:{STAMP}", "UID:fair-2",
        org(ME, "Olivia Bennett"), "SUMMARY:Salon de l'emploi Éducation & Formation - Lyon (Eurexpo)",
        "DESCRIPTION:stands des éditeurs scolaires. apporter CV en français"]], method="PUBLISH"),
        neg("job_fair"))

    add("reference-call", "en", "ref-1", cal(OUTLOOK, [[
        org("vetting@brightstart-nurseries.co.uk", "Brightstart Vetting"), att(WORK, "Olivia Bennett"),
        "SUMMARY:Reference call - re: Hannah Clarke (former TA)",
        "DESCRIPTION:" + esc("Thank you for agreeing to give a reference for Hannah Clarke, who has applied to "
                             "Brightstart Nurseries. We will call you for 15 minutes."),
        dt("DTSTART", "20261203T121500", G), dt("DTEND", "20261203T123000", G), "UID:ref-1", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg("reference_call"))

    add("reference-es", "es", "ref-2", cal(GOOGLE, [[
        dt("DTSTART", "20261210T130000Z"), dt("DTEND", "20261210T131500Z"), f"DTSTAMP:{STAMP}",
        org("rrhh@colegiobritanicovalencia.es", "RRHH Colegio Británico"), "UID:ref-2",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Llamada de referencias - candidata Sara Jiménez",
        "DESCRIPTION:Sara Jiménez te ha indicado como referencia (fue tu estudiante en prácticas). Te llamamos."]]),
        neg("reference_call"))

    add("recruiter-no-employer", "en", "rec-1", cal(GOOGLE, [[
        dt("DTSTART", "20261202T173000Z"), dt("DTEND", "20261202T180000Z"), f"DTSTAMP:{STAMP}",
        org("amy@learningtalentpartners.co.uk", "Amy Doyle"), "UID:rec-1",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Olivia / Amy - catch up on your search",
        "DESCRIPTION:" + esc("Hi Olivia, let's talk through what you're looking for so I can put you forward for "
                             "the right L&D roles. I'll share a few clients I work with.\n\n" + meet("rcr-hvbn-ady")),
        "STATUS:CONFIRMED"]]), neg("recruiter_call"))

    add("recruiter-es-registro", "es", "rec-2", cal(OUTLOOK, [[
        org("consultoria@seleccionformacion.es", "Paula Núñez"), att(ME, "Olivia Bennett"),
        "SUMMARY:Llamada de registro - Selección Formación",
        "DESCRIPTION:Conversación inicial para darte de alta en nuestra base de candidatos de formación y e-learning.",
        dt("DTSTART", "20261209T170000", "Romance Standard Time"),
        dt("DTEND", "20261209T172000", "Romance Standard Time"), "UID:rec-2", f"DTSTAMP:{STAMP}"]],
        tzs=("Romance Standard Time",), windows=True), neg("recruiter_call"))

    add("recruiter-de-headhunter", "de", "rec-3", cal(GOOGLE, [[
        dt("DTSTART", "20261216T110000Z"), dt("DTEND", "20261216T113000Z"), f"DTSTAMP:{STAMP}",
        org("s.wolff@bildungskoepfe.de", "Sabine Wolff"), "UID:rec-3",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Telefonat Bildungsköpfe Personalberatung / Olivia Bennett",
        "DESCRIPTION:" + esc("Erstes Telefonat zu Ihren Wechselwünschen. Danach stelle ich Sie passenden "
                             "Mandanten vor - Namen nenne ich erst mit Ihrer Freigabe.")]]), neg("recruiter_call"))

    add("coaching-session", "en", "coach-1", cal("-//Calendly//Calendly//EN", [[
        "UID:coach-1", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261207T190000Z"), dt("DTEND", "20261207T200000Z"),
        "SUMMARY:Career coaching: teacher to L&D (session 3 of 4)",
        "DESCRIPTION:Event Name: Career coaching\\nLocation: Zoom\\nPowered by Calendly.com",
        org("coach@nextchaptercareers.co.uk", "Priya Lal"), att(ME, "Olivia Bennett")]], method="PUBLISH"),
        neg("coaching"))

    add("prep-block", "en", "prep-1", cal(APPLE, [[
        "UID:prep-1", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261209T190000", L), dt("DTEND", "20261209T210000", L),
        "SUMMARY:Prep for Harcastle onsite - portfolio + questions",
        "DESCRIPTION:re-read job spec. practise the 2-min intro."]], method="", tzs=(L,)), neg("prep"))

    add("afterview-tickler", "en", "av-1", cal("-//afterview//afterview//EN", [[
        "UID:av-1", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261201T130000Z"), dt("DTEND", "20261201T131500Z"),
        "SUMMARY:Send thank-you notes - Brightpath Learning\\, Instructional Designer",
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thankyou/brightpath/instructional-designer"]],
        method="PUBLISH"), neg("tickler"))

    add("fr-internal-training", "fr", "int-5", cal(GOOGLE, [[
        dt("DTSTART", "20261217T180000Z"), dt("DTEND", "20261217T190000Z"), f"DTSTAMP:{STAMP}",
        org("formation@reseau-enseignants-fle.fr", "Réseau FLE"), "UID:int-5",
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Atelier : conduire un entretien de recrutement d'assistants de langue",
        "DESCRIPTION:" + esc("Atelier pour enseignants qui recrutent des assistants de langue : grille "
                             "d'évaluation, questions à éviter.\n\n" + meet("flr-atqe-ent"))]]), neg("class"))
