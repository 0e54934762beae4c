"""English, German and Spanish interviews of Sophie Martin for the holdout27 corpus (positives)."""

from __future__ import annotations

from holdout27ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    OUTLOOK,
    OUTLOOK16,
    Ev,
    Item,
    Who,
    cal,
    me,
    meet,
    teams,
    webex,
    yes,
    zoom,
)


def english() -> list[Item]:
    """Given nothing, returns the English positive items."""
    out: list[Item] = []
    out.append(yes("greenhouse-screen", "en", "Revolut", "Legal Operations Manager", "recruiter_screen",
                   ["priya.shah@revolut.com"], cal(GOOGLE, [Ev(
                       "gh-9912034-rev@greenhouse.io", "Revolut | Recruiter Screen | Sophie Martin",
                       "20261201T140000", "20261201T143000", tzid="Europe/London",
                       organizer=Who("Revolut Recruiting", "no-reply@us.greenhouse-mail.io"),
                       attendees=[me(), Who("Priya Shah", "priya.shah@revolut.com")],
                       desc="Hi Sophie,\n\nThanks for applying for the Legal Operations Manager role at Revolut. "
                            "This is a 30-minute call with Priya Shah (Talent Partner).\n\n" + zoom("938 1102 7723")
                            + "\n\nScheduled via Greenhouse")])))
    out.append(yes("lever-tech", "en", "Juro", "Contract Operations Specialist", "technical",
                   ["ben.hart@juro.com", "ola.nowak@juro.com"], cal("-//Lever//Interview//EN", [Ev(
                       "lever-juro-5521f", "Contract Operations Specialist – Practical exercise (Juro)",
                       "20261202T110000", "20261202T120000", tzid="GMT Standard Time",
                       organizer=Who("Juro Talent", "talent@juro.com"),
                       attendees=[me(), Who("Ben Hart", "ben.hart@juro.com"), Who("Ola Nowak", "ola.nowak@juro.com")],
                       desc="You'll walk Ben Hart (Head of Legal Ops) and Ola Nowak (Senior Contract Manager) "
                            "through the redline exercise we sent, then Q&A.\n" + meet("wrp-hhzs-fgc"))])))
    out.append(yes("ashby-onsite", "en", "Checkout.com", "Privacy Programme Manager", "onsite",
                   ["j.osei@checkout.com", "marta.ruiz@checkout.com", "lee.chan@checkout.com"], cal(
                       "-//Ashby//Ashby Scheduling//EN", [Ev(
                           "ashby-ck-onsite-77", "Onsite interviews: Privacy Programme Manager – Sophie Martin",
                           "20261207T100000", "20261207T130000", tzid="Europe/London",
                           organizer=Who("Tom (Checkout.com Recruiting Coordinator)", "tom.reed@checkout.com"),
                           attendees=[me(), Who("Joseph Osei", "j.osei@checkout.com"),
                                      Who("Marta Ruiz", "marta.ruiz@checkout.com"),
                                      Who("Lee Chan", "lee.chan@checkout.com"),
                                      Who("LDN-Wenlock-5F-Boardroom", "ldn.wenlock.5f@checkout.com", "room")],
                           desc="Agenda\n10:00 Joseph Osei – DPO\n11:00 Marta Ruiz – Privacy Counsel\n12:00 Lee "
                                "Chan – Director, Compliance\nTom Reed coordinates the day and will meet you in "
                                "reception (Wenlock Road, London).")])))
    out.append(yes("direct-hm-outlook", "en", "Lloyd's of London", "Contracts Manager", "hiring_manager",
                   ["fiona.grant@lloyds.com"], cal(OUTLOOK, [Ev(
                       "AAMkLloyds-cm-0091", "Interview – Contracts Manager – Sophie Martin / Fiona Grant",
                       "20261208T150000", "20261208T160000", tzid="GMT Standard Time",
                       organizer=Who("Grant, Fiona", "fiona.grant@lloyds.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com")],
                       desc="Dear Sophie,\nThank you for your application. I lead the Contracts team and "
                            "would be the hiring manager for this role.\n" + teams("en", "299 431 880 102"))],
                       with_vtz=False)))
    out.append(yes("goodtime-final", "en", "Stripe", "Legal Operations Lead", "final",
                   ["hannah.m@stripe.com", "rob.keane@stripe.com"], cal("-//GoodTime.io//Scheduling//EN", [Ev(
                       "goodtime-evt-2b9a1c77", "Stripe Final Round – Legal Operations Lead", "20261209T130000",
                       "20261209T143000", tzid="Europe/Dublin",
                       organizer=Who("Stripe Candidate Experience", "interviews@goodtime.io"),
                       attendees=[me(), Who("Hannah Murphy", "hannah.m@stripe.com"),
                                  Who("Rob Keane", "rob.keane@stripe.com")],
                       desc="Final round for Legal Operations Lead (Dublin or remote EU).\nInterviewers: Hannah "
                            "Murphy (Deputy GC), Rob Keane (Legal Ops Director).\nPowered by GoodTime.")])))
    out.append(yes("founder-proton", "en", "Termsheet", "", "", ["oli@proton.me"], cal(GOOGLE, [Ev(
        "3t7rq9vafh27@google.com", "Termsheet <> Sophie", "20261210T170000", "20261210T174500", tzid="Europe/London",
        organizer=Who("Oliver Lang", "oli@proton.me"), attendees=[me(), Who("Oliver Lang", "oli@proton.me")],
        desc="Hi Sophie – founder of Termsheet here. Keen to interview you for our first legal ops hire. "
             "Let's do 45 min.\n" + meet("tcz-pomq-ead"))])))
    out.append(yes("workday-screen", "en", "HSBC", "Third-Party Risk Analyst", "recruiter_screen",
                   ["amelia.wong@hsbc.com"], cal("-//Workday//Calendar//EN", [Ev(
                       "WD-HSBC-2026-114523", "Phone Interview: Third-Party Risk Analyst (JR0093341)",
                       "20261211T093000", "20261211T100000", tzid="Europe/Paris",
                       organizer=Who("HSBC Careers", "hsbc@myworkday.com"),
                       attendees=[me(), Who("Amelia Wong", "amelia.wong@hsbc.com")],
                       desc="Interviewer: Amelia Wong, Talent Acquisition Partner\nFormat: phone call to the "
                            "number on your profile\nJob: JR0093341 Third-Party Risk Analyst, Paris")])))
    out.append(yes("terse-en", "en", "Deel", "", "", [], cal(IOS, [Ev(
        "0C1D2E3F-h27-deel", "call w/ Deel recruiter re legal ops role", "20261214T163000", "20261214T170000",
        when="float")], method=None)))
    out.append(yes("modernloop-panel", "en", "Adyen", "Contract Manager", "onsite",
                   ["k.devries@adyen.com", "sanne.bakker@adyen.com"], cal("-//ModernLoop//Scheduler//EN", [Ev(
                       "ml-adyen-9910", "Adyen Interview Loop – Contract Manager (Madrid office)",
                       "20261215T100000", "20261215T120000", tzid="Romance Standard Time",
                       organizer=Who("Adyen Scheduling", "scheduling@adyen.com"),
                       attendees=[me(), Who("Koen de Vries", "k.devries@adyen.com"),
                                  Who("Sanne Bakker", "sanne.bakker@adyen.com"),
                                  Who("MAD-Room Retiro", "mad.retiro@adyen.com", "room")],
                       desc="Two back-to-back conversations: commercial contracting (Koen de Vries) and "
                            "vendor management (Sanne Bakker).\nScheduled with ModernLoop.")])))
    out.append(yes("agency-london", "en", "Aviva", "Contract Management Lead", "recruiter_screen",
                   ["gemma.holt@aviva.com"], cal(OUTLOOK16, [Ev(
                       "robert-walters-aviva-03", "Aviva interview – Contract Management Lead (arranged by Robert "
                       "Walters)", "20261216T120000", "20261216T124500", tzid="GMT Standard Time",
                       organizer=Who("Khan, Imran", "imran.khan@robertwalters.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Holt, Gemma", "gemma.holt@aviva.com")],
                       desc="Sophie – first stage with Gemma Holt (Resourcing Partner, Aviva). Video link below. "
                            "Good luck!\nImran\n" + teams("en"))])))
    out.append(yes("cancelled-google", "en", "Ravelin", "Compliance Operations Analyst", "technical",
                   ["nadia@ravelin.com"], cal(GOOGLE, [Ev(
                       "6pd1k0r8h27rav@google.com", "Canceled: Ravelin – case study – Compliance Operations Analyst",
                       "20261217T140000", "20261217T150000", tzid="Europe/London", status="CANCELLED", seq=1,
                       organizer=Who("Nadia Farouk", "nadia@ravelin.com"),
                       attendees=[me(), Who("Nadia Farouk", "nadia@ravelin.com")],
                       desc="This event has been canceled.")], method="CANCEL")))
    out.append(yes("calendly-hm", "en", "Ironclad", "Legal Operations Manager, EMEA", "hiring_manager",
                   ["dana.fisher@ironcladhq.com"], cal("-//Calendly//Calendly//EN", [Ev(
                       "calendly-8812aa-ironclad", "Sophie Martin and Dana Fisher", "20261218T150000",
                       "20261218T154500", when="utc",
                       organizer=Who("Dana Fisher", "dana.fisher@ironcladhq.com"),
                       attendees=[me()],
                       desc="Event Name: Hiring manager interview – Legal Operations Manager, EMEA\n\nLocation: "
                            "Zoom (link below)\n" + zoom("712 0045 3398") + "\n\nNeed to make changes? Cancel or "
                            "reschedule via Calendly.")])))
    out.append(yes("work-address", "en", "Capgemini Invent", "Privacy Consultant", "technical",
                   ["e.morgan@capgemini.com"], cal(OUTLOOK, [Ev(
                       "AAMkCapg-privacy-77", "Case interview – Privacy Consultant (Capgemini Invent)",
                       "20270104T080000", "20270104T090000", tzid="Romance Standard Time",
                       organizer=Who("Morgan, Eleanor", "e.morgan@capgemini.com"),
                       attendees=[me(work=True)],
                       desc="Hi Sophie, as discussed I'll run your case interview (DPIA scenario).\n"
                            + teams("en", "310 775 114 208"))])))
    out.append(yes("webex-remote", "en", "Swiss Re", "Contract Lifecycle Analyst", "technical",
                   ["r.meier@swissre.com", "a.nguyen@swissre.com"], cal(OUTLOOK16, [Ev(
                       "SR-CLM-INT-02", "Swiss Re – 2nd interview – Contract Lifecycle Analyst",
                       "20270106T100000", "20270106T110000", tzid="W. Europe Standard Time",
                       organizer=Who("Meier Ruth", "r.meier@swissre.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Nguyen Anh", "a.nguyen@swissre.com")],
                       desc="Second interview focusing on CLM tooling and clause libraries.\n" + webex())])))
    out.append(yes("allday-floating", "en", "KPMG Luxembourg", "", "onsite", [], cal(APPLE, [Ev(
        "55AA33CC-h27-kpmg", "KPMG Lux assessment centre", "20270108", "20270109", when="date",
        desc="Group exercise + partner interview. Bring ID.")], method=None)))
    out.append(yes("teams-dublin", "en", "Intercom", "Legal Operations Specialist", "recruiter_screen",
                   ["clodagh@intercom.io"], cal(GOOGLE, [Ev(
                       "icm-h27-screen@google.com", "Intro call – Legal Operations Specialist – Intercom",
                       "20270112T110000", "20270112T113000", tzid="Europe/Dublin",
                       organizer=Who("Clodagh Byrne", "clodagh@intercom.io"),
                       attendees=[me(), Who("Clodagh Byrne", "clodagh@intercom.io", partstat="ACCEPTED")],
                       desc="Hi Sophie, a quick 30 min screening call with me (recruiter) to talk through the "
                            "role, your background and next steps.\n" + meet("yxa-qqfs-mbn"))])))
    out.append(yes("teamtailor-en", "en", "Sana Labs", "Privacy & Compliance Coordinator", "technical",
                   ["freja.lind@sanalabs.com", "omar.aziz@sanalabs.com"], cal("-//Teamtailor//Interview//EN", [Ev(
                       "tt-sana-30917", "Interview: Privacy & Compliance Coordinator – skills session",
                       "20270118T130000", "20270118T140000", tzid="Europe/Stockholm",
                       organizer=Who("Sana Labs via Teamtailor", "notifications@teamtailor.com"),
                       attendees=[me(), Who("Freja Lind", "freja.lind@sanalabs.com"),
                                  Who("Omar Aziz", "omar.aziz@sanalabs.com")],
                       desc="Hi Sophie! In this session Freja (Privacy Lead) and Omar (Security & Compliance) "
                            "will go through a vendor DPA with you. Remote role, EU time zones.\n"
                            + meet("sna-ppwe-vbc"))])))
    out.append(yes("outlook-brussels", "en", "Euroclear", "Contract Management Specialist", "hiring_manager",
                   ["k.peeters@euroclear.com"], cal(OUTLOOK, [Ev(
                       "AAMkEuroclear-cms-5", "Sophie Martin – interview with Katrien Peeters (Contract Management "
                       "Specialist)", "20270119T100000", "20270119T110000", tzid="Romance Standard Time",
                       organizer=Who("Dupont, Alice", "alice.dupont@euroclear.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Peeters, Katrien", "k.peeters@euroclear.com"),
                                  Who("BRU-1 Koningsstraat Meeting Room 7.03", "bru1.mr703@euroclear.com", "room")],
                       desc="Dear Sophie,\nOn behalf of Katrien Peeters, head of the Contract Management team and "
                            "hiring manager for this position, I am pleased to confirm your interview at our "
                            "Brussels office (Boulevard du Roi Albert II 1). I am Katrien's assistant and will "
                            "welcome you at the desk.\nKind regards,\nAlice Dupont")], with_vtz=False)))
    out.append(yes("hand-typed-en", "en", "Bird & Bird", "Legal Operations Analyst", "",
                   [], cal(GOOGLE, [Ev(
                       "h27birdbird@google.com", "Interview Bird & Bird – Legal Ops Analyst (London, 12 New Fetter "
                       "Lane)", "20270122T143000", "20270122T153000", tzid="Europe/London",
                       organizer=Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                       desc="Their legal ops team, not the French office. Ask about CLM rollout.")], method=None)))
    return out


def german() -> list[Item]:
    """Given nothing, returns the German positive items."""
    out: list[Item] = []
    out.append(yes("personio-de", "de", "N26", "Legal Operations Manager", "recruiter_screen",
                   ["lena.hoffmann@n26.com"], cal("-//Personio//Calendar//DE", [Ev(
                       "personio-n26-44102", "Kennenlerngespräch: Legal Operations Manager (m/w/d) – N26",
                       "20261203T100000", "20261203T103000", tzid="Europe/Berlin",
                       organizer=Who("N26 Recruiting", "recruiting@n26.com"),
                       attendees=[me(), Who("Lena Hoffmann", "lena.hoffmann@n26.com")],
                       desc="Hallo Sophie,\nwir freuen uns auf das erste Gespräch mit Lena Hoffmann (Recruiterin)."
                            "\n" + meet("kdd-ptrw-zke", "de"))])))
    out.append(yes("outlook-de-tech", "de", "Allianz Global Investors", "Vertragsmanagerin", "technical",
                   ["thomas.brandt@allianzgi.com", "julia.keller@allianzgi.com"], cal(OUTLOOK, [Ev(
                       "AAMkAGI-vm-2207", "Fachinterview Vertragsmanagement – Frau Martin", "20261210T140000",
                       "20261210T150000", tzid="W. Europe Standard Time",
                       organizer=Who("Brandt, Thomas", "thomas.brandt@allianzgi.com"),
                       attendees=[Who("Martin, Sophie", "sophie.martin.pro@gmail.com"),
                                  Who("Keller, Julia", "julia.keller@allianzgi.com")],
                       desc="Sehr geehrte Frau Martin,\nanbei die Einladung zum Fachinterview für die Position "
                            "Vertragsmanagerin in Luxemburg. Teilnehmen werden Herr Brandt und Frau Keller "
                            "(Legal).\n" + teams("de", "374 552 009 817"))], with_vtz=False)))
    out.append(yes("terse-de", "de", "Zalando", "", "", [], cal(APPLE, [Ev(
        "B3C4-h27-zal", "Vorstellungsgespräch Zalando (Berlin, remote)", "20261214T090000", "20261214T100000",
        tzid="Europe/Berlin")], method=None)))
    out.append(yes("sf-final-de", "de", "Deutsche Börse", "Compliance Officer Datenschutz", "final",
                   ["m.schulz@deutsche-boerse.com", "k.yilmaz@deutsche-boerse.com"], cal(OUTLOOK16, [Ev(
                       "DB-AC-2027-0112", "Finales Gespräch – Compliance Officer Datenschutz (Luxemburg)",
                       "20270112T130000", "20270112T143000", tzid="W. Europe Standard Time",
                       organizer=Who("Schulz, Martina", "m.schulz@deutsche-boerse.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Yilmaz, Kerem", "k.yilmaz@deutsche-boerse.com"),
                                  Who("LU-Raum Kirchberg 3", "lu.kirchberg3@deutsche-boerse.com", "room")],
                       desc="Letzte Runde mit Frau Schulz (Head of Compliance) und Herrn Yilmaz (DSB).\n"
                            "Adresse: 42 Avenue JF Kennedy, Luxemburg.")])))
    out.append(yes("hm-zurich-de", "de", "UBS", "Contract Managerin", "hiring_manager",
                   ["stefan.frei@ubs.com"], cal(GOOGLE, [Ev(
                       "ubs-h27-hm@google.com", "Gespräch mit Stefan Frei (UBS) – Contract Managerin",
                       "20270114T160000", "20270114T170000", tzid="Europe/Zurich",
                       organizer=Who("Stefan Frei", "stefan.frei@ubs.com"),
                       attendees=[me(), Who("Stefan Frei", "stefan.frei@ubs.com", partstat="ACCEPTED")],
                       desc="Liebe Frau Martin, als künftiger Vorgesetzter möchte ich Sie gern persönlich "
                            "kennenlernen. Wir sprechen Französisch oder Deutsch, wie Sie möchten.\n" + webex())])))
    out.append(yes("greenhouse-de", "de", "Celonis", "Legal Operations Specialist", "onsite",
                   ["t.gruber@celonis.com", "s.baumann@celonis.com"], cal(GOOGLE, [Ev(
                       "gh-cel-55012@greenhouse.io", "Celonis – Interviewtag vor Ort – Sophie Martin",
                       "20270120T093000", "20270120T123000", tzid="Europe/Berlin",
                       organizer=Who("Celonis Recruiting", "no-reply@us.greenhouse-mail.io"),
                       attendees=[me(), Who("Tobias Gruber", "t.gruber@celonis.com"),
                                  Who("Sabine Baumann", "s.baumann@celonis.com"),
                                  Who("MUC Theresienstraße – Raum Isar", "muc.isar@celonis.com", "room")],
                       desc="Hallo Sophie,\ndein Interviewtag für die Stelle Legal Operations Specialist in "
                            "München: Tobias Gruber (Head of Legal Ops) und Sabine Baumann (Senior Counsel). "
                            "Reisekosten übernehmen wir.")])))
    out.append(yes("de-agency-cancel", "de", "Roland Berger", "Vertragsmanagerin", "recruiter_screen",
                   ["nina.koch@rolandberger.com"], cal(OUTLOOK16, [Ev(
                       "PM-RB-h27-01", "Abgesagt: Gespräch Roland Berger (über Page Personnel) – Vertragsmanagerin",
                       "20270121T110000", "20270121T113000", tzid="W. Europe Standard Time", status="CANCELLED",
                       seq=1, organizer=Who("Lorenz, Max (Page Personnel)", "max.lorenz@pagepersonnel.de"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Koch, Nina", "nina.koch@rolandberger.com")],
                       desc="Frau Koch (Recruiting, Roland Berger) muss das Erstgespräch leider absagen; neuer "
                            "Termin folgt.")], method="CANCEL")))
    return out


def spanish() -> list[Item]:
    """Given nothing, returns the Spanish positive items."""
    out: list[Item] = []
    out.append(yes("es-outlook-rrhh", "es", "Mapfre", "Técnica de gestión de contratos", "recruiter_screen",
                   ["lgarcia@mapfre.com"], cal(OUTLOOK, [Ev(
                       "AAMkMapfre-h27-01", "Entrevista RRHH – Técnica de gestión de contratos",
                       "20261202T100000", "20261202T103000", tzid="Romance Standard Time",
                       organizer=Who("García López, Lucía", "lgarcia@mapfre.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com")],
                       desc="Hola Sophie:\nTe confirmo la entrevista con Recursos Humanos para la vacante de "
                            "Técnica de gestión de contratos en Madrid.\n" + teams("es", "355 661 220 904"))])))
    out.append(yes("es-greenhouse-tech", "es", "Cabify", "Legal Operations Analyst", "technical",
                   ["ines.roca@cabify.com"], cal(GOOGLE, [Ev(
                       "gh-cab-7710@greenhouse.io", "Cabify - Prueba técnica - Legal Operations Analyst",
                       "20261209T160000", "20261209T170000", tzid="Europe/Madrid",
                       organizer=Who("Cabify Talent", "no-reply@us.greenhouse-mail.io"),
                       attendees=[me(), Who("Inés Roca", "ines.roca@cabify.com")],
                       desc="Hola Sophie, en esta sesión Inés Roca (Legal Ops Lead) revisará contigo el caso "
                            "práctico.\n" + meet("mop-zzqa-rrt", "es"))])))
    out.append(yes("es-founder", "es", "Firmalo", "Responsable de operaciones legales", "",
                   ["javi.firmalo@hotmail.es"], cal(GOOGLE, [Ev(
                       "h27firmalo0x@google.com", "Entrevista Firmalo (Javi) – responsable de operaciones legales",
                       "20261211T180000", "20261211T184500", tzid="Europe/Madrid",
                       organizer=Who("Javier Ortega", "javi.firmalo@hotmail.es"),
                       attendees=[me(), Who("Javier Ortega", "javi.firmalo@hotmail.es", partstat="ACCEPTED")],
                       desc="Soy cofundador de Firmalo. Charlamos sobre el puesto y tu experiencia en despachos.\n"
                            + zoom("781 4421 0067", "es"))])))
    out.append(yes("es-onsite", "es", "BBVA", "Especialista en privacidad", "onsite",
                   ["carmen.vidal@bbva.com", "andres.molina@bbva.com"], cal(OUTLOOK16, [Ev(
                       "BBVA-SEL-4471", "Entrevistas presenciales – Especialista en privacidad",
                       "20261215T093000", "20261215T120000", tzid="Romance Standard Time",
                       organizer=Who("Vidal, Carmen", "carmen.vidal@bbva.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com"),
                                  Who("Molina, Andrés", "andres.molina@bbva.com"),
                                  Who("Ciudad BBVA - Sala Vela 12", "sala.vela12@bbva.com", "room")],
                       desc="Jornada de entrevistas en Ciudad BBVA (Calle Azul 4, Madrid) con Carmen Vidal "
                            "(DPO) y Andrés Molina (Legal). Pregunta por mí en recepción.")])))
    out.append(yes("es-terse", "es", "Glovo", "", "", [], cal(IOS, [Ev(
        "D4E5-h27-glovo", "Entrevista Glovo 📞", "20261218T120000", "20261218T123000", when="float")],
        method=None)))
    out.append(yes("es-workday-final", "es", "Santander", "Responsable de contratos tecnológicos", "final",
                   ["p.navarro@gruposantander.com", "e.ibarra@gruposantander.com"], cal("-//Workday//Calendar//EN",
                       [Ev("WD-SAN-77123", "Entrevista final: Responsable de contratos tecnológicos (REQ-55821)",
                           "20270111T110000", "20270111T123000", tzid="Europe/Madrid",
                           organizer=Who("Santander Talento", "santander@myworkday.com"),
                           attendees=[me(), Who("Pilar Navarro", "p.navarro@gruposantander.com"),
                                      Who("Eduardo Ibarra", "e.ibarra@gruposantander.com")],
                           desc="Entrevistadores: Pilar Navarro (Directora Jurídica) y Eduardo Ibarra (Compras "
                                "Tecnología). Boadilla del Monte, edificio Pereda.")])))
    out.append(yes("es-agency", "es", "Telefónica", "Contract Manager", "recruiter_screen",
                   ["raquel.sanz@telefonica.com"], cal(GOOGLE, [Ev(
                       "adecco-tef-h27@google.com", "Entrevista con Telefónica (vía Adecco) – Contract Manager",
                       "20270113T100000", "20270113T103000", tzid="Europe/Madrid",
                       organizer=Who("Marta Gil | Adecco", "marta.gil@adecco.com"),
                       attendees=[me(), Who("Raquel Sanz", "raquel.sanz@telefonica.com")],
                       desc="Hola Sophie, Raquel Sanz (Selección, Telefónica) te llamará para la primera "
                            "entrevista. Yo no estaré en la llamada.\nMarta – Adecco")])))
    out.append(yes("es-cancel", "es", "Idealista", "Analista de cumplimiento", "hiring_manager",
                   ["jorge.pena@idealista.com"], cal(OUTLOOK16, [Ev(
                       "IDL-h27-cancel", "Cancelada: Entrevista con Jorge Peña – Analista de cumplimiento",
                       "20270119T170000", "20270119T180000", tzid="Romance Standard Time", status="CANCELLED", seq=2,
                       organizer=Who("Peña, Jorge", "jorge.pena@idealista.com"),
                       attendees=[Who("Sophie Martin", "sophie.martin.pro@gmail.com")],
                       desc="Lo siento, tengo que cancelar la entrevista de hoy. Te escribo para buscar otra fecha.")],
                       method="CANCEL")))
    out.append(yes("es-lever-bcn", "es", "Typeform", "Privacy Operations Specialist", "technical",
                   ["nuria.puig@typeform.com"], cal("-//Lever//Interview//EN", [Ev(
                       "lever-tf-44a", "Typeform · Entrevista técnica · Privacy Operations Specialist",
                       "20270121T150000", "20270121T160000", tzid="Europe/Madrid",
                       organizer=Who("Typeform Hiring", "hiring@typeform.com"),
                       attendees=[me(), Who("Núria Puig", "nuria.puig@typeform.com")],
                       desc="Con Núria Puig (Privacy Lead). Barcelona, Carrer de Bac de Roda 163, o por "
                            "videollamada.\n" + meet("pqa-ffrt-ooz", "es"))])))
    return out


def items() -> list[Item]:
    """Given nothing, returns every non-French positive item."""
    return english() + german() + spanish()
