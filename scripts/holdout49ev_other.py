"""holdout49: negatives that are not the user's own interviews and not hiring-side. Synthetic, CC0 1.0."""

from __future__ import annotations

from holdout49ev_core import (
    APPLE,
    GOOGLE,
    ME,
    OUTLOOK,
    THUNDERBIRD,
    WORK,
    Ev,
    att,
    cal,
    gmeet,
    no,
    org,
    teams,
    vevent,
    zoom,
)

B = "Europe/Berlin"
W = "W. Europe Standard Time"


def _g(u: str, start: str, end: str | None, summary: str, desc: str | None = None, *, organizer: str | None = None,
       attendees: list[str] | None = None, loc: str | None = None, mode: str = "tz", prodid: str = GOOGLE,
       method: str | None = None, extra: tuple[str, ...] = ()) -> str:
    tz = (B,) if mode == "tz" else ()
    return cal(prodid, vevent(u, start, end, summary, desc=desc, organizer=organizer, attendees=attendees or [],
                              loc=loc, tzid=B, mode=mode, extra=extra), method=method, tz=tz)


def _w(u: str, start: str, end: str, summary: str, desc: str, organizer: str, attendees: list[str],
       loc: str = "Microsoft Teams-Besprechung") -> str:
    return cal(OUTLOOK, vevent(u, start, end, summary, organizer=organizer, attendees=attendees, loc=loc, tzid=W,
                               desc=desc), tz=(W,))


def events() -> list[Ev]:
    o: list[Ev] = []
    me_w = att(WORK, "Brenner, Jonas")
    mv = org("m.vogt@rheinland-versicherung.de", "Vogt, Martin")
    a = [
        ("mock-friend", "g-mock-svenja-0118", _g(
            "g-mock-svenja-0118", "20260118T110000", "20260118T123000",
            "Mock-Interview mit Svenja (System Design üben)",
            "Svenja spielt Interviewerin, Aufgabe: News-Feed Frontend. Danach Feedback + Brunch.",
            organizer=org(ME, "Jonas Brenner"), attendees=[att("svenja.k@posteo.de", "Svenja Krüger")],
            loc="Café Lichtblick, Ehrenfeld"), "mock-de"),
        ("mock-pramp", "pramp-session-77102@pramp.com", _g(
            "pramp-session-77102@pramp.com", "20260124T170000Z", "20260124T180000Z",
            "Pramp: Practice Interview – Frontend Development", "You and your peer will take turns interviewing "
            "each other. Questions are sent 24h before. This is a practice session.",
            organizer=org("sessions@pramp.com", "Pramp"), attendees=[att(ME, "Jonas Brenner")], mode="utc",
            prodid="-//Pramp//Pramp Sessions//EN", method="REQUEST"), "mock-peer-practice-en"),
        ("webinar-en", "zoomwebinar-88102733445", _g(
            "zoomwebinar-88102733445", "20260127T170000Z", "20260127T180000Z",
            "Webinar: Cracking the Frontend Interview in 2026",
            "Thank you for registering for \"Cracking the Frontend Interview in 2026\" hosted by DevCareer Academy."
            "\n\n" + zoom("881 0273 3445"), organizer=org("no-reply@zoom.us", "DevCareer Academy"),
            attendees=[att(ME, "Jonas Brenner")], mode="utc", prodid="-//zoom.us//iCalendar Event//EN",
            method="REQUEST"), "webinar-en"),
        ("class-vhs", "vhs-koeln-kurs-26F-3011", cal(
            THUNDERBIRD, vevent("vhs-koeln-kurs-26F-3011", "20260203T183000", "20260203T203000",
                                "VHS-Kurs: Fit fürs Vorstellungsgespräch", tzid=B,
                                loc="VHS Köln, Cäcilienstraße 35, Raum 204",
                                desc="Kurs 26F-3011, 3 Abende. Rollenspiele, Selbstpräsentation, typische Fragen.",
                                extra=["RRULE:FREQ=WEEKLY;COUNT=3"]), method=None, tz=(B,)),
         "class-about-interviewing-de"),
        ("webinar-de", "stepstone-webinar-0210", _g(
            "stepstone-webinar-0210", "20260210T180000", "20260210T190000",
            "Live-Webinar: Gehalt verhandeln im Vorstellungsgespräch (für Entwickler:innen)",
            "Dein Zugangslink zum kostenlosen Webinar der Karriere-Akademie. Aufzeichnung folgt per Mail.",
            organizer=org("events@karriere-akademie.de", "Karriere-Akademie"), attendees=[att(ME, "Jonas Brenner")],
            method="REQUEST"), "webinar-de"),
        ("userresearch-fr", "lingolo-ux-0129", _g(
            "lingolo-ux-0129", "20260129T120000Z", "20260129T124500Z", "Entretien utilisateur – étude UX Lingolo",
            "Bonjour Jonas,\n\nmerci de participer à notre étude ! Pendant cet entretien de 45 minutes, nous vous "
            "montrerons un prototype de l'application. Une carte cadeau de 40 € vous sera envoyée après la session."
            "\n\nL'équipe Recherche Utilisateur", organizer=org("research@lingolo.fr", "Lingolo Research"),
            attendees=[att(ME, "Jonas Brenner")], mode="utc", method="REQUEST"), "user-research-fr"),
        ("userresearch-de", "kiezkasse-research-0206", _g(
            "kiezkasse-research-0206", "20260206T170000", "20260206T173000",
            "Nutzerinterview: Feedback zur Kiezkasse-App (Incentive 30 €)",
            "Hi Jonas, danke, dass du an unserer Nutzerstudie teilnimmst! Wir zeigen dir neue Screens der App und "
            "fragen nach deiner Meinung. Dauer 30 Min.\n\n" + gmeet("kzk-rsch-usr"),
            organizer=org("research@kiezkasse.de", "Kiezkasse User Research"), attendees=[att(ME, "Jonas Brenner")],
            method="REQUEST"), "user-research-company-he-applies-to-de"),
        ("press", "ksta-presse-0130", _g(
            "ksta-presse-0130", "20260130T120000", "20260130T123000",
            "Presseinterview Kölner Stadt-Anzeiger – Frontend-Meetup Köln",
            "Telefoninterview mit Redakteurin Petra Haug über das Meetup (Jonas ist Mitorganisator).",
            loc="Telefon"), "press-interview-de"),
        ("podcast", "riverside-frontendfika-0208", _g(
            "riverside-frontendfika-0208", "20260208T160000Z", "20260208T170000Z",
            "Podcast recording: Frontend Fika – interview with Jonas Brenner",
            "We'll chat about design systems in insurance and your meetup. Studio link: riverside.fm/studio/fika",
            organizer=org("hello@frontendfika.fm", "Frontend Fika"), attendees=[att(ME, "Jonas Brenner")],
            mode="utc", method="REQUEST"), "podcast-interview-en"),
        ("doctor", "E2C1-ZAHNARZT-0119", cal(APPLE, vevent(
            "E2C1-ZAHNARZT-0119", "20260119T073000", "20260119T080000", "Zahnarzt Dr. Möller – Kontrolle",
            tzid=B, loc="Venloer Str. 301, Köln"), method=None, tz=(B,)), "doctor-de"),
        ("doctor2", "doctolib-88120-hausarzt", _g(
            "doctolib-88120-hausarzt", "20260209T080000", "20260209T081500", "Termin bei Dr. med. Yasemin Acar",
            "Blutabnahme, bitte nüchtern erscheinen. Versichertenkarte mitbringen.\nDoctolib",
            organizer=org("no-reply@doctolib.de", "Doctolib"), attendees=[att(ME, "Jonas Brenner")],
            prodid="-//Doctolib//Doctolib//DE", method="REQUEST"), "doctor-booking-de"),
        ("bank", "sparkasse-ksb-beratung-0214", _g(
            "sparkasse-ksb-beratung-0214", "20260214T100000", "20260214T110000",
            "Beratungsgespräch Baufinanzierung – Sparkasse KölnBonn",
            "Ihr Berater: Herr Dominik Krämer. Bitte Gehaltsnachweise der letzten 3 Monate mitbringen.",
            organizer=org("baufinanzierung@sparkasse-koelnbonn.de", "Sparkasse KölnBonn"),
            attendees=[att(ME, "Jonas Brenner")], loc="Filiale Ehrenfeld", method="REQUEST"), "bank-de"),
        ("visa", "ustraveldocs-appt-0311", _g(
            "ustraveldocs-appt-0311", "20260311T081500", "20260311T091500",
            "Visa Interview – U.S. Consulate General Frankfurt",
            "Appointment confirmation: nonimmigrant visa interview (J-1, summer school). Bring your DS-160 "
            "confirmation and passport. Electronic devices are not permitted.",
            loc="Gießener Str. 30, 60435 Frankfurt am Main"), "visa-interview-en"),
        ("buergeramt", "koeln-termin-ehrenfeld-0302", _g(
            "koeln-termin-ehrenfeld-0302", "20260302T074500", "20260302T080000",
            "Bürgeramt Ehrenfeld – Reisepass abholen",
            "Vorgangsnummer 2026-114502", loc="Bürgeramt Ehrenfeld, Venloer Str. 419"), "citizen-office-de"),
        ("class-es", "cervantes-b1-0114", cal(GOOGLE, vevent(
            "cervantes-b1-0114", "20260114T190000", "20260114T203000", "Clase de español B1 – Instituto Cervantes",
            tzid=B, loc="Instituto Cervantes Köln", desc="Traer los deberes: entrevista de trabajo (role-play).",
            extra=["RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=10"]), method=None, tz=(B,)), "language-class-es"),
        ("sprint", "040000008200E00074C5B7101A82E00800000000RVSPRINT", _w(
            "040000008200E00074C5B7101A82E00800000000RVSPRINT", "20260126T093000", "20260126T110000",
            "Sprint Planning Team Kundenportal", "Sprint 26/03. Bitte Tickets vorher schätzen.", mv,
            [me_w, att("k.weiss@rheinland-versicherung.de", "Weiß, Katrin")]), "internal-meeting-de"),
        ("guild", "040000008200E00074C5B7101A82E00800000000RVGUILD", _w(
            "040000008200E00074C5B7101A82E00800000000RVGUILD", "20260205T140000", "20260205T150000",
            "Frontend-Gilde: Migration auf Vite", "Agenda: Build-Zeiten, Plugins, Rollout-Plan.\n\n" + teams("de"),
            org(WORK, "Brenner, Jonas"), [att("frontend-gilde@rheinland-versicherung.de", "Frontend-Gilde")]),
            "internal-guild-de"),
        ("appraisal", "040000008200E00074C5B7101A82E00800000000RVMAG", _w(
            "040000008200E00074C5B7101A82E00800000000RVMAG", "20260224T100000", "20260224T113000",
            "Mitarbeitergespräch 2026 – Jonas Brenner", "Jährliches Mitarbeitergespräch: Rückblick, Ziele 2026, "
            "Weiterbildung. Bitte Selbsteinschätzung vorab ausfüllen.", mv, [me_w], loc="Büro Martin, 3.08"),
            "own-appraisal-de"),
        ("exit", "040000008200E00074C5B7101A82E00800000000RVEXIT", _w(
            "040000008200E00074C5B7101A82E00800000000RVEXIT", "20260331T140000", "20260331T143000",
            "Exit-Interview Jonas Brenner", "Vertrauliches Austrittsgespräch mit HR. Deine Rückmeldung hilft uns.",
            org("n.schaefer@rheinland-versicherung.de", "Schäfer, Nadine"), [me_w]), "own-exit-interview-de"),
        ("coffee-de", "C0FFEE-LENA-0117", cal(APPLE, vevent(
            "C0FFEE-LENA-0117", "20260117T150000", "20260117T160000", "Kaffee mit Lena (arbeitet bei Kiezkasse)",
            tzid=B, desc="Erfahrungen austauschen, wie ist das Frontend-Team so? Kein Interview, nur privat.",
            loc="Bonanza Coffee, Berlin"), method=None, tz=(B,)), "coffee-chat-names-company-de"),
        ("coffee-en", "5dcoffeequorra81@google.com", _g(
            "5dcoffeequorra81@google.com", "20260111T150000Z", "20260111T153000Z",
            "Coffee chat – Frontend at Quorra (informal)", "Hey Jonas, happy to tell you what it's like to work at "
            "Quorra before you apply - just an informal chat between engineers, not part of any process. Tim",
            organizer=org("tim.verbeek@gmail.com", "Tim Verbeek"), attendees=[att(ME, "Jonas Brenner")],
            mode="utc", method="REQUEST"), "informational-chat-en"),
        ("jobfair", "karrieretag-koeln-0307", _g(
            "karrieretag-koeln-0307", "20260307", "20260308", "Tech Karrieretag Köln (Messe)",
            "Stände: Kiezkasse, Fahrwerk, Nordsand u.a. CV ausdrucken (10x).", loc="XPOST Köln", mode="allday"),
            "job-fair-de"),
        ("reference-de", "040000008200E00074C5B7101A82E00800000000REFMAX", _w(
            "040000008200E00074C5B7101A82E00800000000REFMAX", "20260212T110000", "20260212T111500",
            "Referenzgespräch zu Max Fischer – Talentwerk", "Herr Brenner, wie besprochen rufe ich Sie an, um "
            "Referenzen zu Ihrem ehemaligen Werkstudenten Max Fischer einzuholen. Katja Sommer, Talentwerk GmbH",
            org("k.sommer@talentwerk.de", "Sommer, Katja"), [me_w], loc="Telefon"), "reference-call-referee-de"),
        ("reference-en", "loomwise-ref-daria-0304", _g(
            "loomwise-ref-daria-0304", "20260304T150000Z", "20260304T152000Z",
            "Reference call: Daria Ivanova (Loomwise)", "Hi Jonas, Daria listed you as a reference for her "
            "application. 15-20 minutes about your time working together. Thanks! - Dani, Loomwise",
            organizer=org("dani@loomwise.com", "Dani Okoro"), attendees=[att(ME, "Jonas Brenner")], mode="utc",
            method="REQUEST"), "reference-call-company-he-applies-to-en"),
        ("recruiter-noemp-de", "brightpath-intro-0109", _g(
            "brightpath-intro-0109", "20260109T120000", "20260109T123000",
            "Kennenlernen Brightpath Talent – Frontend-Positionen",
            "Hallo Jonas, kurzes Kennenlernen: ich betreue mehrere Produktfirmen in Berlin und Hamburg und würde "
            "gern verstehen, was du suchst. Viele Grüße, Deniz Aksoy", organizer=org("deniz@brightpath-talent.de",
                                                                                    "Deniz Aksoy"),
            attendees=[att(ME, "Jonas Brenner")], method="REQUEST"), "recruiter-no-employer-de"),
        ("recruiter-noemp-en", "hh-search-conf-0113", _g(
            "hh-search-conf-0113", "20260113T160000Z", "20260113T162000Z",
            "Intro call – confidential client (Senior Frontend, Berlin)",
            "As mentioned on LinkedIn, I'm retained by a well-funded scale-up (name shared after our call).\n"
            "Oliver Crane, Crane & Partners Executive Search", organizer=org("oliver@craneandpartners.com",
                                                                            "Oliver Crane"),
            attendees=[att(ME, "Jonas Brenner")], mode="utc", method="REQUEST"), "recruiter-no-employer-en"),
        ("prep-de", "prep-kiezkasse-0202", _g(
            "prep-kiezkasse-0202", "20260202T190000", "20260202T210000", "Vorbereitung Interview Kiezkasse",
            "STAR-Stories, Fragen an Max vorbereiten, Architektur-Skizze Kundenportal wiederholen"),
            "prep-block-de"),
        ("prep-en", "3A7D-PREP-QUORRA", cal(APPLE, vevent(
            "3A7D-PREP-QUORRA", "20260225T180000", "20260225T200000", "Prep: system design for Quorra final",
            tzid="Europe/Amsterdam", desc="read notes, dry run whiteboard, pack"), method=None,
            tz=("Europe/Amsterdam",)), "prep-block-en"),
        ("flat", "wg-besichtigung-hh-0219", _g(
            "wg-besichtigung-hh-0219", "20260219T164500", "20260219T171500", "Wohnungsbesichtigung Eimsbüttel",
            "Makler: Hr. Thode, 0171 55 22 981", loc="Bellealliancestraße 12, Hamburg"), "personal-viewing-de"),
        ("train", "db-ice1027-0219", _g(
            "db-ice1027-0219", "20260219T080400", "20260219T124700", "ICE 1027 Köln Hbf → Hamburg Hbf",
            "Wagen 8, Platz 64. Auftragsnummer 7T3K2Q", organizer=org("buchungsbestaetigung@bahn.de", "DB Fernverkehr"),
            method="PUBLISH"), "travel-to-interview-de"),
        ("coaching", "coach-session2-0121", _g(
            "coach-session2-0121", "20260121T180000", "20260121T190000", "Karriere-Coaching Session 2 (Lebenslauf)",
            "Mit Coach Ines Hartwig: CV überarbeiten, Elevator Pitch.\n\n" + gmeet("cch-ines-jbr"),
            organizer=org("ines@hartwig-coaching.de", "Ines Hartwig"), attendees=[att(ME, "Jonas Brenner")],
            method="REQUEST"), "career-coaching-de"),
        ("one-on-one", "040000008200E00074C5B7101A82E00800000000RV1ON1", _w(
            "040000008200E00074C5B7101A82E00800000000RV1ON1", "20260203T150000", "20260203T153000",
            "1:1 Jonas / Martin", "Laufende Themen, Urlaubsplanung, Feedback.", mv, [me_w], loc="Büro Martin"),
            "internal-one-on-one-de"),
    ]
    for kind, uid, ics, trap in a:
        o.append(no(kind, uid, ics, trap))
    return o
