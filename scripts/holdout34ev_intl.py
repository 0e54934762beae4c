"""holdout34: the user's own interviews in English, German and Spanish (and two more in French)."""

from __future__ import annotations

from holdout34ev_ics import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    GREENHOUSE,
    IOS,
    LEVER,
    ME,
    OUTLOOK,
    TEAMTAILOR,
    WORK,
    WORKDAY,
    ZOOM,
    Ev,
    att,
    cal,
    gfoot,
    meet,
    org,
    p,
    teams,
    webex,
    zoom,
)


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev("recruiter-screen", "en", 1, "Harrowgate Communications", "Senior Account Manager, Corporate PR",
                "recruiter_screen", ["priya.shah@harrowgate.co.uk"], "", cal(GREENHOUSE, [[
                    "UID:gh-interview-4471902-harrowgate",
                    p("SUMMARY", "Interview: Thomas Lefèvre for Senior Account Manager, Corporate PR"),
                    "DTSTART:20261105T140000Z", "DTEND:20261105T143000Z",
                    org("no-reply@greenhouse.io", "Harrowgate Communications Recruiting"),
                    att("priya.shah@harrowgate.co.uk", "Priya Shah"), att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Hi Thomas,\n\nThanks for applying to Harrowgate! Your 30-minute call with Priya "
                      "Shah (Talent Partner) is confirmed.\n\nRole: Senior Account Manager, Corporate PR (London, "
                      "hybrid)\nFormat: video call\n\n" + zoom("en", "912 5580 3321", "Priya Shah") +
                      "\n\nPowered by Greenhouse")]], method="REQUEST")))
    e.append(Ev("technical", "en", 1, "Tallyfin", "Content Strategist", "technical",
                ["marcus.oyelaran@tallyfin.com", "ellie.park@tallyfin.com"], "", cal(GREENHOUSE, [[
                    "UID:gh-interview-4491277-tallyfin-case",
                    p("SUMMARY", "Tallyfin | Writing exercise review — Thomas Lefèvre (Content Strategist)"),
                    "DTSTART:20261112T160000Z", "DTEND:20261112T170000Z",
                    org("scheduling@tallyfin.com", "Rhiannon Cole (Recruiting Coordinator)"),
                    att("marcus.oyelaran@tallyfin.com", "Marcus Oyelaran"),
                    att("ellie.park@tallyfin.com", "Ellie Park"),
                    att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Interviewers:\nMarcus Oyelaran – Head of Content\nEllie Park – Senior Editor, "
                      "Brand\n\nYou'll walk us through your take-home (the fintech explainer brief) for 20 minutes, "
                      "followed by questions.\n\nRhiannon Cole coordinates your schedule; she won't join the call.\n\n"
                      + meet("en", "tfn-hqzr-oua"))]], method="REQUEST")))
    e.append(Ev("hiring-manager", "en", 1, "Brightwater Foundation", "Head of Communications", "hiring_manager",
                ["j.whitcombe@brightwater.org.uk"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000BRIGHTWATER77",
                    org("j.whitcombe@brightwater.org.uk", "Whitcombe, Jane"), att(ME, "Thomas Lefevre"),
                    p("SUMMARY;LANGUAGE=en-GB", "Thomas Lefevre / Jane Whitcombe - Head of Communications"),
                    "DTSTART;TZID=GMT Standard Time:20261117T110000", "DTEND;TZID=GMT Standard Time:20261117T120000",
                    p("DESCRIPTION;LANGUAGE=en-GB", "Dear Thomas,\nFurther to your application I'd be glad to meet "
                      "you by video. I'm the CEO and the Head of Communications reports to me.\nBest,\nJane\n\n" +
                      teams("en", "374 229 108 551")),
                    p("LOCATION;LANGUAGE=en-GB", "Microsoft Teams Meeting")]], method="REQUEST",
                tz="GMT Standard Time")))
    e.append(Ev("workday-screen", "en", 1, "Calderon Pharmaceuticals", "Internal Communications Manager",
                "recruiter_screen", ["sofia.reyes@calderon-pharma.com"], "", cal(WORKDAY, [[
                    "UID:wd-INT-00388127@calderon.myworkdayjobs.com",
                    p("SUMMARY", "Phone Screen - R-024417 Internal Communications Manager (Paris)"),
                    "DTSTART:20261109T100000Z", "DTEND:20261109T103000Z",
                    org("calderon@myworkday.com", "Calderon Pharmaceuticals Talent Acquisition"),
                    att("sofia.reyes@calderon-pharma.com", "Sofia Reyes"), att(ME, "Thomas Lefevre"),
                    p("DESCRIPTION", "Candidate: Thomas Lefevre\nJob Requisition: R-024417 Internal Communications "
                      "Manager\nInterview Type: Phone Screen\nInterviewer(s): Sofia Reyes (Senior Recruiter)\n"
                      "Sofia will call you at the number in your candidate profile.")]], method="REQUEST")))
    e.append(Ev("lever-onsite", "en", 1, "Northpeak Analytics", "Communications Lead", "onsite",
                ["dana@northpeak.ai", "felix.braun@northpeak.ai", "amara@northpeak.ai"], "", cal(LEVER, [[
                    "UID:lever-panel-8c2a11f0-northpeak",
                    p("SUMMARY", "Onsite interview with Northpeak — Communications Lead"),
                    "DTSTART;TZID=Europe/Berlin:20261119T100000", "DTEND;TZID=Europe/Berlin:20261119T130000",
                    org("interviews@hire.lever.co", "Northpeak Talent Team"),
                    att("dana@northpeak.ai", "Dana Whitfield"), att("felix.braun@northpeak.ai", "Felix Braun"),
                    att("amara@northpeak.ai", "Amara Okafor"), att(ME, "Thomas Lefèvre"),
                    att("berlin-room-spree@northpeak.ai", "BER - Spree (8)", cutype="ROOM", role="NON-PARTICIPANT"),
                    p("DESCRIPTION", "Schedule\n10:00 Dana Whitfield, VP Marketing\n11:00 Felix Braun, Product Lead\n"
                      "12:00 Amara Okafor, Founder & CEO\n\nAddress: Northpeak Analytics GmbH, Torstraße 140, Berlin"),
                    p("LOCATION", "BER - Spree (8), Torstraße 140, 10119 Berlin")]], method="REQUEST",
                tz="Europe/Berlin",
                windows=False)))
    e.append(Ev("founder-freemail", "en", 1, "Oakline Studio", "Content Lead", "", ["hugo.marsh@gmail.com"], "",
                cal(GOOGLE, [[
                    "DTSTART:20261113T120000Z", "DTEND:20261113T124500Z", "UID:0oaklinehugo@google.com",
                    org("hugo.marsh@gmail.com", "Hugo Marsh"),
                    att("hugo.marsh@gmail.com", "Hugo Marsh", ps="ACCEPTED"), att(ME),
                    p("SUMMARY", "Oakline Studio x Thomas - Content Lead role"),
                    p("DESCRIPTION", "Hey Thomas, great to hear back from you. I co-founded Oakline (we're 9 people, "
                      "London + remote). Let's talk about the Content Lead role.\n" + meet("en", "oak-line-hmt") +
                      gfoot(ME))]], method="REQUEST")))
    e.append(Ev("agency-employer", "en", 1, "Sterling & Hale", "Corporate Affairs Manager", "hiring_manager",
                ["george.hale@sterlinghale.com"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000REDGRAVE-SH",
                    org("olivia@redgravetalent.co.uk", "Olivia Grant | Redgrave Talent"),
                    att(ME, "Thomas Lefevre"), att("george.hale@sterlinghale.com", "George Hale"),
                    p("SUMMARY;LANGUAGE=en-GB", "Interview: Thomas Lefevre with George Hale (Sterling & Hale LLP) - "
                      "Corporate Affairs Manager"),
                    "DTSTART;TZID=GMT Standard Time:20261124T150000", "DTEND;TZID=GMT Standard Time:20261124T154500",
                    p("DESCRIPTION;LANGUAGE=en-GB", "Hi Thomas,\nAs discussed, here is your interview with our client "
                      "Sterling & Hale. George is the managing partner and the hiring manager. I won't be on the "
                      "call; ring me afterwards!\nOlivia\n\n" + teams("en", "311 700 452 82")),
                    p("LOCATION;LANGUAGE=en-GB", "Microsoft Teams Meeting")]], method="REQUEST",
                tz="GMT Standard Time")))
    e.append(Ev("remote-montreal", "en", 1, "Maplewave Software", "Senior Content Marketing Manager", "",
                ["nadia.b@maplewave.ca"], "", cal(GOOGLE, [[
                    "DTSTART;TZID=America/Toronto:20261116T110000", "DTEND;TZID=America/Toronto:20261116T120000",
                    "UID:1maplewavecmm@google.com", org("nadia.b@maplewave.ca", "Nadia Bouchard"),
                    att("nadia.b@maplewave.ca", "Nadia Bouchard", ps="ACCEPTED"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY", "Interview - Senior Content Marketing Manager (remote, EU hours OK)"),
                    p("DESCRIPTION", "Nadia Bouchard, Director of Marketing at Maplewave, would like to meet you. "
                      "Bilingual EN/FR conversation.\n" + meet("en", "mwv-pqrt-zzb") + gfoot(ME))]],
                method="REQUEST", tz="America/Toronto", windows=False)))
    e.append(Ev("teamtailor-final", "en", 1, "Vireo Mobility", "PR & Communications Manager", "final",
                ["lars@vireomobility.com", "ana.lopes@vireomobility.com"], "", cal(TEAMTAILOR, [[
                    "UID:tt-interview-99120-vireo",
                    "DTSTART:20261201T130000Z", "DTEND:20261201T140000Z",
                    p("SUMMARY", "Final interview: PR & Communications Manager at Vireo"),
                    org("notifications@teamtailor.com", "Vireo via Teamtailor"),
                    att("lars@vireomobility.com", "Lars Nilsson"), att("ana.lopes@vireomobility.com", "Ana Lopes"),
                    att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Final round with Lars Nilsson (CEO) and Ana Lopes (COO).\n\n" +
                      teams("en", "366 128 004 71"))]], method="REQUEST")))
    e.append(Ev("ngo-geneva", "en", 1, "International Council for Humanitarian Logistics", "Communications Officer",
                "technical", ["k.mensah@ichl.org", "l.dufour@ichl.org"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000ICHL-P2",
                    org("recruitment@ichl.org", "ICHL Recruitment"),
                    att(ME, "Thomas Lefevre"), att("k.mensah@ichl.org", "MENSAH Kofi"), att("l.dufour@ichl.org",
                                                                                          "DUFOUR Lise"),
                    p("SUMMARY;LANGUAGE=en-US", "ICHL - Written test debrief and competency-based interview "
                      "(Communications Officer, P2)"),
                    "DTSTART;TZID=W. Europe Standard Time:20261120T140000",
                    "DTEND;TZID=W. Europe Standard Time:20261120T150000",
                    p("DESCRIPTION;LANGUAGE=en-US", "Panel: Kofi Mensah (Chief, Communications), Lise Dufour (Senior "
                      "Editor). The recruitment team organises the session and will not take part.\n\n" +
                      webex("2741 553 0918"))]], method="REQUEST", tz="W. Europe Standard Time")))
    e.append(Ev("terse-hand-typed", "en", 1, "Fennick Group", "", "", [], "", cal(IOS, [[
        "UID:1F2E3D4C-FENNICK-NOTE", "DTSTART:20261126T170000", "DTEND:20261126T180000",
        p("SUMMARY", "Fennick interview (London time!!)"),
        p("DESCRIPTION", "Corp comms role. ask about relocation")]])))
    e.append(Ev("cancelled", "en", 1, "Cardew Bank", "Media Relations Manager", "recruiter_screen",
                [], "", cal("-//Microsoft Corporation//Microsoft Bookings//EN", [[
                    "UID:bookings-cardew-55120", "STATUS:CANCELLED", "SEQUENCE:1",
                    p("SUMMARY", "Cancelled: Recruiter call - Media Relations Manager (Cardew Bank)"),
                    org("talent@cardewbank.com", "Cardew Bank Talent"), att(ME, "Thomas Lefevre"),
                    "DTSTART:20261110T090000Z", "DTEND:20261110T093000Z",
                    p("DESCRIPTION", "Your booking has been cancelled. The recruiter will reach out with a new "
                      "time.")]],
                method="CANCEL")))
    e.append(Ev("eu-brussels", "en", 1, "European Rail Users Forum", "Communications and Campaigns Officer",
                "technical", ["m.vandenberg@eruf.eu", "s.ricci@eruf.eu"], "", cal(GOOGLE, [[
                    "DTSTART;TZID=Europe/Brussels:20261125T100000", "DTEND;TZID=Europe/Brussels:20261125T111500",
                    "UID:2erufcampaigns@google.com",
                    org("m.vandenberg@eruf.eu", "Maarten Vandenberg"),
                    att("m.vandenberg@eruf.eu", "Maarten Vandenberg", ps="ACCEPTED"),
                    att("s.ricci@eruf.eu", "Sara Ricci"),
                    att(ME, "Thomas Lefèvre"),
                    p("SUMMARY", "ERUF - second interview + drafting test, Comms & Campaigns Officer"),
                    p("DESCRIPTION", "Dear Thomas, 30 min drafting test (a press release on the new EU passenger "
                      "rights regulation) followed by a 45 min interview with Maarten (Secretary General) and Sara "
                      "(Policy). Rue du Trône 98, Brussels." + gfoot(ME)),
                    p("LOCATION", "Rue du Trône 98, 1050 Ixelles, Belgium")]], method="REQUEST", tz="Europe/Brussels",
                windows=False)))
    e.append(Ev("coordinator", "en", 1, "Fennick Group", "Corporate Communications Manager", "hiring_manager",
                ["r.ashworth@fennick.com"], "", cal(EXCHANGE, [[
                    "UID:040000008200E00074C5B7101A82E00800000000FENNICK-HM",
                    org("emea.scheduling@fennick.com", "EMEA Interview Scheduling", sent_by="l.boyd@fennick.com"),
                    att(ME, "Thomas Lefevre"), att("r.ashworth@fennick.com", "Ashworth, Rebecca"),
                    p("SUMMARY;LANGUAGE=en-GB", "Fennick Group plc: Interview – Corporate Communications Manager"),
                    "DTSTART;TZID=GMT Standard Time:20261126T170000", "DTEND;TZID=GMT Standard Time:20261126T180000",
                    p("DESCRIPTION;LANGUAGE=en-GB", "Interviewer: Rebecca Ashworth, Director of Corporate Affairs "
                      "(hiring manager).\nScheduled by Lucy Boyd, EMEA Interview Scheduling.\n\n" +
                      teams("en", "389 552 014 63"))]], method="REQUEST", tz="GMT Standard Time")))
    e.append(Ev("zoom-screen", "en", 1, "Quillon", "Content Marketing Manager", "recruiter_screen",
                ["becky@quillon.app"], "", cal(ZOOM, [[
                    "UID:ZOOM90122883410quillon", "DTSTART:20261104T150000Z", "DTEND:20261104T152500Z",
                    p("SUMMARY", "Quillon intro call — Content Marketing Manager"),
                    org("becky@quillon.app", "Becky Rowe"), att(ME, "Thomas Lefevre"),
                    p("DESCRIPTION", "Becky Rowe (People Ops) will run a short intro call.\n\n" +
                      zoom("en", "901 2288 3410", "Becky Rowe"))]], method="REQUEST")))
    # German
    e.append(Ev("recruiter-screen", "de", 1, "Kestrel Energie", "Referent Unternehmenskommunikation",
                "recruiter_screen", ["j.wendt@kestrel-energie.de"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000KESTREL-TI",
                    org("j.wendt@kestrel-energie.de", "Wendt, Julia"), att(ME, "Lefèvre, Thomas"),
                    p("SUMMARY;LANGUAGE=de-DE", "Telefoninterview Referent Unternehmenskommunikation (m/w/d) - "
                      "Kestrel Energie AG"),
                    "DTSTART;TZID=W. Europe Standard Time:20261111T093000",
                    "DTEND;TZID=W. Europe Standard Time:20261111T100000",
                    p("DESCRIPTION;LANGUAGE=de-DE", "Sehr geehrter Herr Lefèvre,\nvielen Dank für Ihre Bewerbung. "
                      "Gern lade ich Sie zu einem ersten Telefoninterview ein.\nMit freundlichen Grüßen\nJulia Wendt, "
                      "Recruiting"), p("LOCATION;LANGUAGE=de-DE", "Telefon")]], method="REQUEST",
                tz="W. Europe Standard Time")))
    e.append(Ev("onsite", "de", 1, "Stiftung Offene Städte", "Leitung Kommunikation", "onsite",
                ["h.brandt@offene-staedte.org", "m.yilmaz@offene-staedte.org"], "", cal(GOOGLE, [[
                    "DTSTART;TZID=Europe/Berlin:20261202T110000", "DTEND;TZID=Europe/Berlin:20261202T130000",
                    "UID:4offenestaedte@google.com", org("h.brandt@offene-staedte.org", "Henrike Brandt"),
                    att("h.brandt@offene-staedte.org", "Henrike Brandt", ps="ACCEPTED"),
                    att("m.yilmaz@offene-staedte.org", "Mehmet Yilmaz"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY", "Vorstellungsgespräch vor Ort – Leitung Kommunikation (Thomas Lefèvre)"),
                    p("DESCRIPTION", "Lieber Herr Lefèvre, wir freuen uns, Sie in Berlin zu treffen: Henrike Brandt "
                      "(Vorständin) und Mehmet Yilmaz (Programme). Adresse: Linienstraße 65, 2. OG." + gfoot(ME)),
                    p("LOCATION", "Linienstraße 65, 10119 Berlin")]], method="REQUEST", tz="Europe/Berlin",
                windows=False)))
    e.append(Ev("agency-employer", "de", 1, "Bärwald Mobility", "Senior PR Manager", "recruiter_screen",
                ["s.kraemer@kraemer-personal.de"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000KRAEMER-BMOB",
                    org("s.kraemer@kraemer-personal.de", "Kraemer, Stefan"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=de-DE", "Kennenlerngespräch Senior PR Manager (Mandant: Bärwald Mobility "
                      "GmbH)"),
                    "DTSTART;TZID=W. Europe Standard Time:20261106T140000",
                    "DTEND;TZID=W. Europe Standard Time:20261106T143000",
                    p("DESCRIPTION;LANGUAGE=de-DE", "Hallo Herr Lefèvre, wie besprochen möchte ich Sie vor der "
                      "Vorstellung bei meinem Mandanten Bärwald Mobility kennenlernen.\nStefan Kraemer, Kraemer "
                      "Personalberatung\n\n" + teams("de", "345 118 006 29"))]], method="REQUEST",
                tz="W. Europe Standard Time")))
    e.append(Ev("workday-technical", "de", 1, "Hanseatische Versicherung", "Content Stratege", "technical",
                ["tobias.ahrens@hansevers.de", "k.lutz@hansevers.de"], "", cal(WORKDAY, [[
                    "UID:wd-INT-00411902@hansevers.myworkdayjobs.com",
                    p("SUMMARY", "Fachgespräch mit Fallstudie - JR-7781 Content Stratege (m/w/d)"),
                    "DTSTART:20261118T090000Z", "DTEND:20261118T103000Z",
                    org("hansevers@myworkday.com", "Hanseatische Versicherung AG - Talent Acquisition"),
                    att("tobias.ahrens@hansevers.de", "Tobias Ahrens"), att("k.lutz@hansevers.de", "Katrin Lutz"),
                    att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Kandidat: Thomas Lefèvre\nStelle: JR-7781 Content Stratege (m/w/d)\n"
                      "Interviewtyp: Fachgespräch mit Fallstudie\nInterviewer: Tobias Ahrens (Leiter Content), "
                      "Katrin Lutz (Redaktion)\n\n" + teams("de", "377 402 913 50"))]], method="REQUEST")))
    e.append(Ev("terse-hand-typed", "de", 1, "Lindqvist Kommunikation", "", "", [], "", cal(APPLE, [[
        "UID:99AA88BB-LINDQ-DE", "DTSTART;TZID=Europe/Berlin:20261123T160000",
        "DTEND;TZID=Europe/Berlin:20261123T170000", p("SUMMARY", "Gespräch Lindqvist Kommunikation (Bewerbung)"),
        p("LOCATION", "Zoom")]], tz="Europe/Berlin", windows=False)))
    e.append(Ev("final-cancelled", "de", 1, "Kestrel Energie", "Referent Unternehmenskommunikation", "final",
                ["p.hartmann@kestrel-energie.de"], "", cal(EXCHANGE, [[
                    "UID:040000008200E00074C5B7101A82E00800000000KESTREL-FINAL", "STATUS:CANCELLED",
                    org("p.hartmann@kestrel-energie.de", "Hartmann, Peter"), att(ME, "Lefèvre, Thomas"),
                    p("SUMMARY;LANGUAGE=de-DE", "Abgesagt: Abschlussgespräch Unternehmenskommunikation"),
                    "DTSTART;TZID=W. Europe Standard Time:20261209T150000",
                    "DTEND;TZID=W. Europe Standard Time:20261209T160000", "SEQUENCE:2",
                    p("DESCRIPTION;LANGUAGE=de-DE", "Wir müssen das Abschlussgespräch leider verschieben.")]],
                method="CANCEL", tz="W. Europe Standard Time")))
    e.append(Ev("hiring-manager", "de", 1, "Lindqvist Kommunikation", "Berater Krisenkommunikation", "hiring_manager",
                ["anna.lindqvist@lindqvist-kom.de"], "", cal(GOOGLE, [[
                    "DTSTART:20261130T100000Z", "DTEND:20261130T110000Z", "UID:5lindqvistkrise@google.com",
                    org("anna.lindqvist@lindqvist-kom.de", "Anna Lindqvist"),
                    att("anna.lindqvist@lindqvist-kom.de", "Anna Lindqvist", ps="ACCEPTED"), att(ME),
                    p("SUMMARY", "Zweites Gespräch Berater Krisenkommunikation – Anna / Thomas"),
                    p("DESCRIPTION", "Hallo Thomas, als Geschäftsführerin und künftige Vorgesetzte möchte ich mit Dir "
                      "über Deine Erfahrung im Newsroom sprechen.\n" + meet("de", "lqk-mmwa-rsd") + gfoot(ME))]],
                method="REQUEST")))
    # Spanish
    e.append(Ev("recruiter-screen", "es", 1, "Grupo Alcázar Energía", "Responsable de Comunicación Externa",
                "recruiter_screen", ["lucia.ferrer@alcazarenergia.es"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000ALCAZAR-ES1",
                    org("lucia.ferrer@alcazarenergia.es", "Ferrer Vidal, Lucía"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=es-ES", "Entrevista telefónica - Responsable de Comunicación Externa"),
                    "DTSTART;TZID=Romance Standard Time:20261105T160000",
                    "DTEND;TZID=Romance Standard Time:20261105T163000",
                    p("DESCRIPTION;LANGUAGE=es-ES", "Hola Thomas:\nGracias por tu candidatura. Te llamaré para una "
                      "primera conversación sobre el puesto.\nUn saludo,\nLucía Ferrer, Selección – Grupo Alcázar "
                      "Energía")]], method="REQUEST", tz=("Romance Standard Time"))))
    e.append(Ev("technical", "es", 1, "Agencia Marea Comunicación", "Consultor de comunicación corporativa",
                "technical", ["pablo@mareacom.es", "irene@mareacom.es"], "", cal(GOOGLE, [[
                    "DTSTART;TZID=Europe/Madrid:20261117T100000", "DTEND;TZID=Europe/Madrid:20261117T113000",
                    "UID:6mareacaso@google.com", org("pablo@mareacom.es", "Pablo Sáez"),
                    att("pablo@mareacom.es", "Pablo Sáez", ps="ACCEPTED"), att("irene@mareacom.es", "Irene Castro"),
                    att(ME, "Thomas Lefèvre"),
                    p("SUMMARY", "Marea | Caso práctico + entrevista | Consultor de comunicación corporativa"),
                    p("DESCRIPTION", "Hola Thomas, te enviaremos el caso (plan de crisis para un cliente de "
                      "alimentación) a las 10:00; lo presentas a Pablo (socio) e Irene (directora de cuentas) a las "
                      "11:00.\n" + meet("es", "mrc-kkpw-qqa") + gfoot(ME))]], method="REQUEST", tz="Europe/Madrid",
                windows=False)))
    e.append(Ev("ngo-final", "es", 1, "Fundación Horizonte Solidario", "Director de Comunicación", "final",
                ["presidencia@fhsolidario.org", "a.molina@fhsolidario.org"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000FHS-FINAL",
                    org("a.molina@fhsolidario.org", "Molina, Alberto"),
                    att("presidencia@fhsolidario.org", "Presidencia FHS (Carmen Ortega)"),
                    att(ME, "Thomas Lefèvre"),
                    att("sala.patronato@fhsolidario.org", "Sala Patronato", cutype="ROOM", role="NON-PARTICIPANT"),
                    p("SUMMARY;LANGUAGE=es-ES", "Entrevista final – Dirección de Comunicación – T. Lefèvre"),
                    "DTSTART;TZID=Romance Standard Time:20261204T120000",
                    "DTEND;TZID=Romance Standard Time:20261204T133000",
                    p("DESCRIPTION;LANGUAGE=es-ES", "Entrevista final con la presidenta, Carmen Ortega, y con Alberto "
                      "Molina, director general. Calle Fuencarral 121, Madrid."),
                    p("LOCATION;LANGUAGE=es-ES", "Sala Patronato")]], method="REQUEST", tz="Romance Standard Time")))
    e.append(Ev("calendly-screen", "es", 1, "Telvia Telecom", "Responsable de Contenidos", "recruiter_screen",
                ["marta.gil@telvia.es"], "", cal(CALENDLY, [[
                    "UID:calendly-2f6e1d0c-telvia", "DTSTART:20261112T083000Z", "DTEND:20261112T090000Z",
                    p("SUMMARY", "Entrevista inicial (30 min) entre Marta Gil y Thomas Lefèvre"),
                    org("marta.gil@telvia.es", "Marta Gil"), att(ME, "Thomas Lefèvre", ps="ACCEPTED"),
                    p("DESCRIPTION", "Evento: Entrevista inicial – Responsable de Contenidos (Telvia)\nMarta Gil, "
                      "Talent Acquisition\nUbicación: Microsoft Teams\n\nCon la tecnología de Calendly.com")]],
                method="REQUEST")))
    e.append(Ev("terse-hand-typed", "es", 1, "Banco Mirador", "", "", [], "", cal(IOS, [[
        "UID:5E5E-MIRADOR-NOTA", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211",
        p("SUMMARY", "Madrid: entrevistas Banco Mirador (comunicación)"), "TRANSP:TRANSPARENT"]])))
    e.append(Ev("hiring-manager-work", "es", 1, "Banco Mirador", "Responsable de Relaciones con Medios",
                "hiring_manager", ["jlpardo@bancomirador.com"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000MIRADOR-HM",
                    org("jlpardo@bancomirador.com", "Pardo Ruiz, José Luis"), att(WORK, "Lefèvre, Thomas"),
                    p("SUMMARY;LANGUAGE=es-ES", "Entrevista con José Luis Pardo (Dir. Comunicación) – Relaciones con "
                      "Medios"),
                    "DTSTART;TZID=Romance Standard Time:20261210T100000",
                    "DTEND;TZID=Romance Standard Time:20261210T110000",
                    p("DESCRIPTION;LANGUAGE=es-ES", "Estimado Thomas: le espero en nuestra sede de Paseo de la "
                      "Castellana 81 (planta 14). Seré su responsable directo.\n\n" + teams("es", "308 665 721 40"))]],
                method="REQUEST", tz="Romance Standard Time")))
    # two more French
    e.append(Ev("lever-fr", "fr", 1, "Orvalis", "Responsable contenu éditorial", "final",
                ["claire@orvalis.io", "baptiste@orvalis.io"], "", cal(LEVER, [[
                    "UID:lever-final-orvalis-31bb",
                    p("SUMMARY", "Entretien final Orvalis - Responsable contenu éditorial"),
                    "DTSTART:20261207T100000Z", "DTEND:20261207T113000Z",
                    org("interviews@hire.lever.co", "Équipe recrutement Orvalis"),
                    att("claire@orvalis.io", "Claire Fontaine"), att("baptiste@orvalis.io", "Baptiste Girard"),
                    att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Dernière étape : rencontre avec Claire Fontaine (CEO) et Baptiste Girard "
                      "(Head of Marketing). 69 rue de la République, Lyon 2e.")]], method="REQUEST")))
    e.append(Ev("webex-public", "fr", 1, "Office cantonal de la statistique", "Chargé de communication",
                "", ["sylvie.berger@etat.ge.ch"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000OCSTAT-GE",
                    org("sylvie.berger@etat.ge.ch", "Berger Sylvie (DF)"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=fr-CH", "OCSTAT - Entretien de recrutement - chargé-e de communication 80%"),
                    "DTSTART;TZID=W. Europe Standard Time:20261215T140000",
                    "DTEND;TZID=W. Europe Standard Time:20261215T150000",
                    p("DESCRIPTION;LANGUAGE=fr-CH", "Monsieur, l'Office cantonal de la statistique (OCSTAT) "
                      "vous remercie "
                      "de votre candidature et a le "
                      "plaisir de vous convier à un entretien par visioconférence.\n\n" + webex("2733 001 4581"))]],
                method="REQUEST", tz="W. Europe Standard Time")))
    return e
