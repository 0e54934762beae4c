"""holdout49: more of the user's own interviews (agencies, phone screens, finals, founders). Synthetic, CC0 1.0."""

from __future__ import annotations

from holdout49ev_core import (
    APPLE,
    GOOGLE,
    ME,
    OUTLOOK,
    OUTLOOK16,
    OUTLOOK_TZ_EN,
    Ev,
    att,
    cal,
    gmeet,
    org,
    room,
    teams,
    vevent,
    yes,
    zoom,
)

B = "Europe/Berlin"
W = "W. Europe Standard Time"


def events() -> list[Ev]:
    out: list[Ev] = []
    u = "nbt-1729-marlowmaps@northbridgetalent.co.uk"
    out.append(yes("agency-en", u, cal(
        OUTLOOK16,
        vevent(u, "20260218T100000", "20260218T104500", "Interview: Marlow Maps – Frontend Engineer (via Northbridge)",
               organizer=org("george.hale@northbridgetalent.co.uk", "Hale, George"),
               attendees=[att(ME, "Jonas Brenner")], loc="Zoom – link below", tzid="GMT Standard Time",
               desc="Hi Jonas,\n\nGreat news - Marlow Maps would like to meet you! First stage is a 45 minute video "
                    "call with Emma Ruiz, Engineering Manager for their Web Maps team (Berlin office).\n"
                    "Please call me afterwards for a debrief.\n\nGeorge Hale\nSenior Consultant, Northbridge Talent\n\n"
                    + zoom("862 0041 7719")),
        tz=("GMT Standard Time",)), "Marlow Maps", "Frontend Engineer", "hiring_manager", "emma ruiz",
        "agency-names-client-en"))

    u = "040000008200E00074C5B7101A82E00800000000HAFENKRAN0128"
    out.append(yes("phone-de", u, cal(
        OUTLOOK,
        vevent(u, "20260128T163000", "20260128T170000", "Telefoninterview Hafenkran Software – Jonas Brenner",
               organizer=org("talent@hafenkran-software.de", "Nowak, Kristina"),
               attendees=[att(ME, "Jonas Brenner")], loc="Telefon (Frau Nowak ruft Sie an)", tzid=W,
               desc="Sehr geehrter Herr Brenner,\n\nvielen Dank für Ihre Bewerbung als Frontend-Entwickler "
                    "(m/w/d). Gerne möchte ich Sie in einem kurzen Telefonat (ca. 30 Min.) kennenlernen.\n\n"
                    "Beste Grüße\nKristina Nowak\nTalent Acquisition"),
        tz=(W,)), "Hafenkran Software", "Frontend-Entwickler", "recruiter_screen", "talent@hafenkran-software.de",
        "outlook-phone-screen-de"))

    u = "0q9j5r3nimbus7k2phone@google.com"
    out.append(yes("phone-en", u, cal(
        GOOGLE,
        vevent(u, "20260122T163000Z", "20260122T165000Z", "Quick phone screen (Nimbusnote)",
               organizer=org("ava@nimbusnote.com", "Ava Lindgren"),
               attendees=[att(ME, "Jonas Brenner"), att("ava@nimbusnote.com", "Ava Lindgren", ps="ACCEPTED")],
               loc="+49 151 2290 4471", mode="utc",
               desc="I'll call you on your mobile. 20 min about the Frontend Engineer (Editor) opening and what "
                    "you're looking for. - Ava, Recruiting @ Nimbusnote"),
        ), "Nimbusnote", "Frontend Engineer (Editor)", "recruiter_screen", "ava@nimbusnote.com", "phone-screen-en"))

    u = "040000008200E00074C5B7101A82E00800000000GRUENSPAN0305"
    out.append(yes("teams-final", u, cal(
        OUTLOOK,
        vevent(u, "20260305T160000", "20260305T170000", "Abschlussgespräch Geschäftsführung | Grünspan Commerce",
               organizer=org("hr@gruenspan-commerce.de", "Grünspan HR"),
               attendees=[att(ME, "Jonas Brenner"), att("p.ahrens@gruenspan-commerce.de", "Ahrens, Philipp"),
                          att("hr@gruenspan-commerce.de", "Grünspan HR", role="OPT-PARTICIPANT")],
               loc="Microsoft Teams-Besprechung", tzid=W,
               desc="Hallo Jonas,\n\nals letzten Schritt für die Stelle Senior Frontend Developer (m/w/d) lernst "
                    "du unseren Geschäftsführer Philipp Ahrens kennen.\n\n" + teams("de")),
        tz=(W,)), "Grünspan Commerce", "Senior Frontend Developer", "final", "p.ahrens@gruenspan-commerce.de",
        "teams-final-geschaeftsfuehrung-de"))

    u = "040000008200E00074C5B7101A82E00800000000MEDICUS0211"
    out.append(yes("sent-by-assistant", u, cal(
        OUTLOOK,
        vevent(u, "20260211T090000", "20260211T094500", "Interview with Dr. Ulrike Feldmann (CPO) – Jonas Brenner",
               organizer=org("ulrike.feldmann@medicus-cloud.com", "Feldmann, Ulrike",
                             sent_by="tanja.roth@medicus-cloud.com"),
               attendees=[att(ME, "Jonas Brenner"),
                          att("tanja.roth@medicus-cloud.com", "Roth, Tanja", role="OPT-PARTICIPANT")],
               loc="Microsoft Teams Meeting", tzid=W,
               desc="Dear Mr Brenner,\n\nOn behalf of Dr. Ulrike Feldmann, Chief Product Officer of Medicus Cloud, "
                    "I am sending you the invitation for your interview for the Frontend Engineer (Clinician "
                    "Portal) position. I will not join the call.\n\nKind regards\nTanja Roth, Executive Assistant\n\n"
                    + teams("en")),
        tz=(W,)), "Medicus Cloud", "Frontend Engineer (Clinician Portal)", "hiring_manager",
        "ulrike.feldmann@medicus-cloud.com", "outlook-sent-by-assistant-en"))

    u = "zm-lotsenhaus-case-0212"
    out.append(yes("zoom-case", u, cal(
        GOOGLE,
        vevent(u, "20260212T130000", "20260212T141500", "Case-Präsentation Lotsenhaus (Frontend Product Engineer)",
               organizer=org("henrike@lotsenhaus.de", "Henrike Stolz"),
               attendees=[att(ME, "Jonas Brenner"), att("henrike@lotsenhaus.de", "Henrike Stolz", ps="ACCEPTED"),
                          att("jan-ole@lotsenhaus.de", "Jan-Ole Brinkmann")],
               loc="Zoom", tzid=B,
               desc="Hi Jonas,\n\ndu stellst uns deine Lösung zur Case Study (Onboarding-Flow) vor, 20 Minuten "
                    "Präsentation, danach Fragen von Henrike (Product) und Jan-Ole (Tech Lead).\n\n"
                    + zoom("771 4402 9183", "de")),
        tz=(B,)), "Lotsenhaus", "Frontend Product Engineer", "technical", "henrike@lotsenhaus.de;jan-ole@lotsenhaus.de",
        "zoom-case-study-de"))

    u = "7pq2nep-tech-interview@google.com"
    out.append(yes("acronym-brand", u, cal(
        GOOGLE,
        vevent(u, "20260219T140000Z", "20260219T150000Z", "NEP | Technical Interview | Frontend Engineer",
               organizer=org("k.yilmaz@nep.energy", "Kerem Yilmaz"),
               attendees=[att(ME, "Jonas Brenner"), att("k.yilmaz@nep.energy", "Kerem Yilmaz", ps="ACCEPTED"),
                          att("s.voss@nep.energy", "Stine Voß")],
               mode="utc",
               desc="Hi Jonas, welcome to the technical round at NEP (Norddeutsche Energie-Plattform). Kerem and "
                    "Stine will go through a live coding task around our tariff calculator UI.\n\n"
                    + gmeet("nep-tech-jbr", "en")),
        ), "Norddeutsche Energie-Plattform", "Frontend Engineer", "technical", "k.yilmaz@nep.energy;s.voss@nep.energy",
        "acronym-domain-en"))

    u = "A4E3C9F1-77B2-4D0E-8B6F-KRANICH01"
    out.append(yes("apple-nostage", u, cal(
        APPLE,
        vevent(u, "20260224T170000", "20260224T174500", "Gespräch Frontend-Stelle Kranich",
               organizer=org("b.steiner@kranich-robotics.de", "Birte Steiner"),
               attendees=[att(ME, "Jonas Brenner"), att("b.steiner@kranich-robotics.de", "Birte Steiner",
                                                        ps="ACCEPTED")],
               loc="Kranich Robotics\nPlanckstraße 13\n22765 Hamburg", tzid=B,
               desc="Freu mich! Klingel bei \"Kranich\" im 2. Hof."),
        tz=(B,)), "Kranich Robotics", "", "", "b.steiner@kranich-robotics.de", "apple-no-stage-de"))

    u = "loomwise-values-7c0d@ashbyhq.com"
    out.append(yes("culture-nostage", u, cal(
        "-//Ashby//Ashby Scheduling//EN",
        vevent(u, "20260227T150000Z", "20260227T154500Z", "Loomwise – Culture Conversation with Jonas Brenner",
               organizer=org("scheduling@ashbyhq.com", "Loomwise"),
               attendees=[att(ME, "Jonas Brenner"), att("dani@loomwise.com", "Dani Okoro")], mode="utc",
               desc="A relaxed conversation about how you like to work, remote habits and async communication. "
                    "Role: Product Engineer, Frontend (Remote, EMEA)."),
        ), "Loomwise", "Product Engineer, Frontend", "", "dani@loomwise.com", "ashby-culture-no-stage-en"))

    u = "040000008200E00074C5B7101A82E00800000000GRACHTWERK0226"
    out.append(yes("outlook-nl-hm", u, cal(
        OUTLOOK,
        vevent(u, "20260226T110000", "20260226T115000", "Interview Jonas Brenner - Hiring Manager",
               organizer=org("s.dejong@grachtwerk.nl", "de Jong, Sanne"),
               attendees=[att(ME, "Jonas Brenner")], loc="Teams", tzid=OUTLOOK_TZ_EN,
               desc="Hi Jonas,\n\nAs discussed with our recruiter, here is the conversation with me as hiring manager "
                    "for the Frontend Developer role at Grachtwerk.\n\nBest,\nSanne de Jong\nEngineering Manager\n\n"
                    + teams("en")),
        tz=(OUTLOOK_TZ_EN,)), "Grachtwerk", "Frontend Developer", "hiring_manager", "s.dejong@grachtwerk.nl",
        "outlook-amsterdam-hm-en"))

    u = "040000008200E00074C5B7101A82E00800000000BERGWERK0310"
    out.append(yes("outlook-ch-onsite", u, cal(
        OUTLOOK,
        vevent(u, "20260312T090000", "20260312T140000", "Onsite Interviews Jonas Brenner – Zürich",
               organizer=org("recruiting@bergwerk-analytics.ch", "Bergwerk Recruiting",
                             sent_by="selina.huber@bergwerk-analytics.ch"),
               attendees=[att(ME, "Jonas Brenner"), att("reto.baumann@bergwerk-analytics.ch", "Baumann, Reto"),
                          att("andrea.faessler@bergwerk-analytics.ch", "Fässler, Andrea"),
                          att("thomas.studer@bergwerk-analytics.ch", "Studer, Thomas"),
                          room("zh-sitzungszimmer-uetliberg@bergwerk-analytics.ch", "ZH Sitzungszimmer Uetliberg")],
               loc="Bergwerk Analytics AG, Hardturmstrasse 161, 8005 Zürich", tzid="W. Europe Standard Time",
               desc="Dear Jonas\n\nYour onsite day in Zurich:\n09:00 Welcome (Selina Huber, Recruiting)\n"
                    "09:15 Frontend architecture (Reto Baumann)\n10:30 Product case (Andrea Fässler)\n"
                    "12:30 Lunch\n13:15 Head of Engineering (Thomas Studer)\n\nKind regards\nSelina"),
        tz=("W. Europe Standard Time",)), "Bergwerk Analytics", "", "onsite",
        "reto.baumann@bergwerk-analytics.ch;andrea.faessler@bergwerk-analytics.ch;thomas.studer@bergwerk-analytics.ch",
        "outlook-onsite-zurich-room-en"))

    u = "5fcuadrantefinal0e1@google.com"
    out.append(yes("es-final", u, cal(
        GOOGLE,
        vevent(u, "20260303T170000", "20260303T174500", "Entrevista final con Jordi (CTO) – Cuadrante",
               organizer=org("jordi.puig@cuadrante.io", "Jordi Puig"),
               attendees=[att(ME, "Jonas Brenner"), att("jordi.puig@cuadrante.io", "Jordi Puig", ps="ACCEPTED")],
               tzid="Europe/Madrid",
               desc="Hola Jonas, última conversación antes de la oferta. Hablaremos de tu posible traslado a "
                    "Barcelona y del equipo.\n\n" + gmeet("cdr-fnal-cto", "en")),
        tz=("Europe/Madrid",)), "Cuadrante Labs", "", "final", "jordi.puig@cuadrante.io", "google-final-cto-es"))

    u = "proton-stoffwechsel-0227-lk"
    out.append(yes("founder-proton", u, cal(
        "-//Proton AG//ProtonCalendar 1.0.0//EN",
        vevent(u, "20260227T113000Z", "20260227T121500Z", "Jonas x Lukas – Frontend @ Stoffwechsel",
               organizer=org("lukas.engel@proton.me", "Lukas Engel"),
               attendees=[att(ME, "Jonas Brenner")], loc="https://meet.jit.si/stoffwechsel-lukas-jonas", mode="utc",
               desc="Moin! Wie per LinkedIn besprochen: lockeres Gespräch über die Frontend-Rolle bei Stoffwechsel "
                    "(Studio für Ernährungs-Apps). Bin Mitgründer."),
        ), "Stoffwechsel", "", "", "lukas.engel@proton.me", "founder-proton-de"))

    u = "recruitee-int-310288@kartenhaus-games.recruitee.com"
    out.append(yes("recruitee-screen", u, cal(
        "-//Recruitee//Recruitee Calendar//EN",
        vevent(u, "20260120T150000", "20260120T153000", "Interview: Frontend Developer (Web Shop) at Kartenhaus Games",
               organizer=org("notifications@recruitee.com", "Kartenhaus Games"),
               attendees=[att(ME, "Jonas Brenner"), att("ina.wolff@kartenhaus-games.de", "Ina Wolff")],
               loc="Google Meet", tzid=B,
               desc="Stage: Screening call\nInterviewer: Ina Wolff (People & Talent)\n\n"
                    + gmeet("kht-scrn-ina", "en")),
        tz=(B,)), "Kartenhaus Games", "Frontend Developer (Web Shop)", "recruiter_screen",
        "ina.wolff@kartenhaus-games.de", "recruitee-screening-en"))

    u = "join-com-interview-99120-wolkenlos"
    out.append(yes("join-nostage", u, cal(
        "-//JOIN Solutions AG//JOIN//DE",
        vevent(u, "20260302T140000", "20260302T150000",
               "Vorstellungsgespräch: Frontend Developer (m/w/d) bei Wolkenlos",
               organizer=org("noreply@join.com", "Wolkenlos GmbH via JOIN"),
               attendees=[att(ME, "Jonas Brenner"), att("matthias@wolkenlos.app", "Matthias Grewe")],
               loc="Wolkenlos GmbH, Skalitzer Str. 85, 10997 Berlin", tzid=B,
               desc="Hallo Jonas, wir freuen uns, dich persönlich kennenzulernen! Matthias Grewe"),
        tz=(B,)), "Wolkenlos", "Frontend Developer", "", "matthias@wolkenlos.app", "join-vorstellungsgespraech-de"))

    u = "3gk0lumenhaus-hm-8u1@google.com"
    out.append(yes("google-hm", u, cal(
        GOOGLE,
        vevent(u, "20260129T101500Z", "20260129T110000Z", "Jonas / Kirsten – chat about the Web Platform team",
               organizer=org("kirsten.holm@lumenhaus.io", "Kirsten Holm"),
               attendees=[att(ME, "Jonas Brenner"), att("kirsten.holm@lumenhaus.io", "Kirsten Holm",
                                                        ps="ACCEPTED")],
               mode="utc",
               desc="Hi Jonas - I'm the engineering manager for Web Platform at Lumenhaus Labs and would be your "
                    "manager. Looking forward to our conversation, it's the next step after your technical "
                    "interview.\n\n" + gmeet("lmh-krst-hm", "en")),
        ), "Lumenhaus Labs", "", "hiring_manager", "kirsten.holm@lumenhaus.io", "google-hm-casual-title-en"))

    u = "040000008200E00074C5B7101A82E00800000000HANSEPAY0317"
    out.append(yes("outlook-final", u, cal(
        OUTLOOK,
        vevent(u, "20260317T130000", "20260317T163000", "Final Interviews HansePay – Jonas Brenner",
               organizer=org("olga.mertens@hansepay.de", "Mertens, Olga"),
               attendees=[att(ME, "Jonas Brenner"), att("cto@hansepay.de", "Lehmann, Arne"),
                          att("vera.stahl@hansepay.de", "Stahl, Vera"),
                          room("hh-raum-alster@hansepay.de", "HH Raum Alster")],
               loc="HansePay, Ballindamm 3, 20095 Hamburg; HH Raum Alster", tzid=W,
               desc="Hi Jonas,\n\nfinal round in Hamburg: Arne Lehmann (CTO) and Vera Stahl (Product Director). "
                    "I'll pick you up at reception but won't be part of the interviews.\n\nOlga"),
        tz=(W,)), "Hanseatic Payments", "", "final", "cto@hansepay.de;vera.stahl@hansepay.de",
        "outlook-final-brand-room-en"))

    u = "E0F1D2C3-ROTK-4A5B-9C8D-HANDTYPED"
    out.append(yes("hand-ios", u, cal(
        APPLE,
        vevent(u, "20260213T090000", "20260213T100000", "Rotkehlchen Coding Interview (Hannes + 1)", tzid=B,
               desc="Meet-Link in Mail von Ashby", extra=["TRANSP:OPAQUE"]),
        method=None, tz=(B,)), "Rotkehlchen", "", "technical", "", "hand-typed-ios-en"))
    return out
