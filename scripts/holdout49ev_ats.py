"""holdout49: the user's own interviews sent by ATS and scheduling tools. Synthetic, CC0 1.0."""

from __future__ import annotations

from holdout49ev_core import (
    GOOGLE,
    ME,
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


def events() -> list[Ev]:
    out: list[Ev] = []
    u = "gh-4471930022-kiezkasse@greenhouse.io"
    out.append(yes("greenhouse-screen", u, cal(
        "-//Greenhouse Software//Greenhouse Scheduling//EN",
        vevent(u, "20260113T100000", "20260113T103000",
               "Jonas Brenner <> Kiezkasse - Recruiter Screen (Senior Frontend Engineer)",
               organizer=org("no-reply@greenhouse.io", "Kiezkasse Recruiting"),
               attendees=[att(ME, "Jonas Brenner"), att("svenja.roloff@kiezkasse.de", "Svenja Roloff")],
               loc="Google Meet", tzid=B,
               desc="Hi Jonas,\n\nthanks for your interest in the Senior Frontend Engineer role at Kiezkasse! "
                    "This is a 30-minute intro call with Svenja Roloff (Talent Partner).\n\n"
                    + gmeet("qvm-hzrt-kpa", "en") + "\n\nPowered by Greenhouse"),
        tz=(B,)), "Kiezkasse", "Senior Frontend Engineer", "recruiter_screen", "svenja.roloff@kiezkasse.de",
        "greenhouse-screen-en"))

    u = "gh-4471930877-kiezkasse@greenhouse.io"
    out.append(yes("greenhouse-onsite", u, cal(
        "-//Greenhouse Software//Greenhouse Scheduling//EN",
        vevent(u, "20260203T090000", "20260203T130000",
               "Interview Day: Jonas Brenner for Senior Frontend Engineer",
               organizer=org("no-reply@greenhouse.io", "Kiezkasse Recruiting",
                             sent_by="carla.neves@kiezkasse.de"),
               attendees=[att(ME, "Jonas Brenner"), att("timo.ehlers@kiezkasse.de", "Timo Ehlers"),
                          att("aylin.demir@kiezkasse.de", "Aylin Demir"),
                          att("max.pohl@kiezkasse.de", "Max Pohl"),
                          att("carla.neves@kiezkasse.de", "Carla Neves", role="OPT-PARTICIPANT"),
                          room("berlin-4og-spree@kiezkasse.de", "Berlin 4.OG Spree (8)")],
               loc="Kiezkasse, Oranienstraße 183, 10999 Berlin", tzid=B,
               desc="Schedule (CET)\n09:00-10:00 Frontend architecture - Timo Ehlers\n"
                    "10:15-11:15 Pairing session (React/TypeScript) - Aylin Demir\n"
                    "11:30-12:15 Product sense & collaboration - Max Pohl (Head of Product Engineering)\n"
                    "12:15-13:00 Lunch with the team\n\nYour coordinator Carla Neves will meet you at the "
                    "reception on the ground floor. Please bring an ID."),
        tz=(B,)), "Kiezkasse", "Senior Frontend Engineer", "onsite",
        "timo.ehlers@kiezkasse.de;aylin.demir@kiezkasse.de;max.pohl@kiezkasse.de", "greenhouse-onsite-room-en"))

    u = "lever-2d61c0aa-98f1-4e0d-bb7e-5c1e0f2a2f10"
    out.append(yes("lever-tech", u, cal(
        "-//Lever//Lever Interview Scheduling//EN",
        vevent(u, "20260115T150000Z", "20260115T160000Z",
               "Technical Interview - Frontend Engineer (Web Platform) - Lumenhaus Labs",
               organizer=org("interviews@hire.lever.co", "Lumenhaus Labs"),
               attendees=[att(ME, "Jonas Brenner"), att("priya.natarajan@lumenhaus.io", "Priya Natarajan"),
                          att("fabian.kurz@lumenhaus.io", "Fabian Kurz")],
               loc="https://zoom.us/j/83366120451", mode="utc",
               desc="Hi Jonas,\n\nYou're confirmed for a 60 minute technical interview with Priya Natarajan and "
                    "Fabian Kurz. Expect a live coding exercise in TypeScript (no framework trivia) and a "
                    "discussion of a project you are proud of.\n\n" + zoom("833 6612 0451")),
        ), "Lumenhaus Labs", "Frontend Engineer (Web Platform)", "technical",
        "priya.natarajan@lumenhaus.io;fabian.kurz@lumenhaus.io", "lever-tech-utc-en"))

    u = "WD-INT-000318842@nordsand.wd3.myworkdayjobs.com"
    out.append(yes("workday-hm", u, cal(
        "Workday//Calendar//EN",
        vevent(u, "20260122T140000", "20260122T144500",
               "Interview: Frontend Developer Customer Portal (R-0023189) - Gespräch mit Fachbereich",
               organizer=org("nordsand@myworkday.com", "Nordsand Talent Acquisition"),
               attendees=[att(ME, "Jonas Brenner"), att("h.petersen@nordsand.com", "Hauke Petersen")],
               loc="Microsoft Teams", tzid=B,
               desc="Sehr geehrter Herr Brenner,\n\nwir freuen uns, Sie zu einem Gespräch mit Hauke Petersen "
                    "(Teamleiter Digital Channels, Ihre zukünftige Führungskraft) einzuladen.\n"
                    "Stelle: Frontend Developer Customer Portal (m/w/d), Hamburg\n\n" + teams("de")
                    + "\n\nMit freundlichen Grüßen\nIhr Talent Acquisition Team der Nordsand Logistics SE"),
        tz=(B,)), "Nordsand Logistics", "Frontend Developer Customer Portal", "hiring_manager",
        "h.petersen@nordsand.com", "workday-hiring-manager-de"))

    u = "teamtailor-interview-8d2f51@teamtailor.com"
    out.append(yes("teamtailor-screen", u, cal(
        "-//Teamtailor//Teamtailor Calendar//EN",
        vevent(u, "20260114T113000", "20260114T120000", "Kennenlerngespräch mit Pflanzwerk 🌱",
               organizer=org("notifications@teamtailor.com", "Rieke Jansen (Pflanzwerk)"),
               attendees=[att(ME, "Jonas Brenner"), att("rieke@pflanzwerk.de", "Rieke Jansen")],
               loc="https://meet.google.com/twb-mkdo-aaz", tzid=B,
               desc="Hey Jonas,\n\nschön, dass du dich als Frontend Engineer (m/w/d) bei uns beworben hast! "
                    "In diesem ersten Gespräch (30 Min.) lernen wir uns kennen – Rieke aus dem People-Team "
                    "erzählt dir mehr über Pflanzwerk und du uns über dich.\n\nBis bald!\n"
                    "Team Pflanzwerk\n\n" + gmeet("twb-mkdo-aaz")),
        tz=(B,)), "Pflanzwerk", "Frontend Engineer", "recruiter_screen", "rieke@pflanzwerk.de",
        "teamtailor-screen-de"))

    u = "ashby-int-6e1f0b92-quorra"
    out.append(yes("ashby-final", u, cal(
        "-//Ashby//Ashby Scheduling//EN",
        vevent(u, "20260226T093000", "20260226T153000", "Quorra Health | Final Round | Jonas Brenner",
               organizer=org("scheduling@ashbyhq.com", "Quorra Health"),
               attendees=[att(ME, "Jonas Brenner"), att("daan.vermeulen@quorrahealth.com", "Daan Vermeulen"),
                          att("ines.kok@quorrahealth.com", "Ines Kok"),
                          att("marloes.bakker@quorrahealth.com", "Marloes Bakker")],
               loc="Quorra Health, Keizersgracht 241, 1016 EA Amsterdam", tzid="Europe/Amsterdam",
               desc="Final round for Product Engineer (Frontend), on-site in Amsterdam.\n\n"
                    "09:30 System design (web app) - Daan Vermeulen\n11:00 Values & collaboration - Ines Kok\n"
                    "13:30 Conversation with our CTO - Marloes Bakker\n\n"
                    "Travel is reimbursed - keep your receipts. Questions? Reply to this email.\n"
                    "Scheduled via Ashby"),
        tz=("Europe/Amsterdam",)), "Quorra Health", "Product Engineer (Frontend)", "final",
        "daan.vermeulen@quorrahealth.com;ines.kok@quorrahealth.com;marloes.bakker@quorrahealth.com",
        "ashby-final-amsterdam-en"))

    u = "sg-7731204-tafelrunde@softgarden.de"
    out.append(yes("softgarden-tech", u, cal(
        "-//softgarden//softgarden e-recruiting//DE",
        vevent(u, "20260128T100000", "20260128T113000",
               "Fachinterview: Frontend-Entwickler*in Vue.js – Tafelrunde Software GmbH",
               organizer=org("noreply@softgarden.io", "Tafelrunde Software GmbH"),
               attendees=[att(ME, "Jonas Brenner"), att("b.okafor@tafelrunde.de", "Benedikt Okafor"),
                          att("l.hagedorn@tafelrunde.de", "Lisa Hagedorn")],
               loc="Online (Link folgt per E-Mail)", tzid=B,
               desc="Guten Tag Herr Brenner,\n\nvielen Dank für Ihre Zeit im ersten Gespräch. Wie besprochen "
                    "laden wir Sie zum Fachinterview mit Benedikt Okafor (Lead Frontend) und Lisa Hagedorn "
                    "(Senior Developer) ein. Wir gehen gemeinsam Ihre Lösung der Code-Aufgabe durch.\n\n"
                    "Freundliche Grüße\nPersonalabteilung Tafelrunde"),
        tz=(B,)), "Tafelrunde Software", "Frontend-Entwickler*in Vue.js", "technical",
        "b.okafor@tafelrunde.de;l.hagedorn@tafelrunde.de", "softgarden-fachinterview-de"))

    u = "sr-int-19c8e2-bergwerk@smartrecruiters.com"
    out.append(yes("smartrecruiters-tech", u, cal(
        "-//SmartRecruiters//Interview Scheduler//EN",
        vevent(u, "20260205T130000", "20260205T141500",
               "Interview invitation: Frontend Engineer (Data Visualisation) at Bergwerk Analytics AG",
               organizer=org("interview@smartrecruiters.com", "Bergwerk Analytics AG"),
               attendees=[att(ME, "Jonas Brenner"), att("reto.baumann@bergwerk-analytics.ch", "Reto Baumann"),
                          att("nina.gerber@bergwerk-analytics.ch", "Nina Gerber")],
               loc="Microsoft Teams", tzid="Europe/Zurich",
               desc="Dear Jonas,\n\nWe are pleased to invite you to the technical interview (75 min) with Reto "
                    "Baumann and Nina Gerber from our Visualisation squad. We will build a small chart "
                    "component together (D3 or plain SVG, your choice).\n\n" + teams("en")),
        tz=("Europe/Zurich",)), "Bergwerk Analytics", "Frontend Engineer (Data Visualisation)", "technical",
        "reto.baumann@bergwerk-analytics.ch;nina.gerber@bergwerk-analytics.ch", "smartrecruiters-zurich-en"))

    u = "workable-0d7e4c1a9b@clarabyte.workable.com"
    out.append(yes("workable-screen", u, cal(
        "-//Workable//Workable Calendar//EN",
        vevent(u, "20260116T160000", "20260116T162000", "Phone call with Clarabyte",
               organizer=org("calendar@workablemail.com", "Joost de Wit via Workable"),
               attendees=[att(ME, "Jonas Brenner"), att("joost@clarabyte.nl", "Joost de Wit")],
               loc="Phone: Joost will call you on +49 151 2290 4471", tzid="Europe/Amsterdam",
               desc="Position: Frontend Developer (Remote EU)\nType: Phone screen\nInterviewer: Joost de Wit, "
                    "Talent Lead\n\nA short first call about your background, notice period and salary "
                    "expectations."),
        tz=("Europe/Amsterdam",)), "Clarabyte", "Frontend Developer (Remote EU)", "recruiter_screen",
        "joost@clarabyte.nl", "workable-phone-screen-en"))

    u = "icims-1187734-hansepay"
    out.append(yes("icims-tech", u, cal(
        "-//iCIMS//iCIMS Talent Platform//EN",
        vevent(u, "20260210T100000", "20260210T110000",
               "Hanseatic Payments | Technical Interview | Jonas Brenner | Req 2026-0141",
               organizer=org("donotreply@icims.com", "HansePay Talent Team"),
               attendees=[att(ME, "Jonas Brenner"), att("olga.mertens@hansepay.de", "Olga Mertens"),
                          att("jasper.thiel@hansepay.de", "Jasper Thiel")],
               loc="Zoom", tzid=OUTLOOK_TZ_EN,
               desc="Position: Frontend Engineer – Checkout (m/f/d)\nInterviewers: Olga Mertens (Engineering "
                    "Manager), Jasper Thiel (Staff Engineer)\nFormat: live coding + accessibility review\n\n"
                    + zoom("914 2278 6630")),
        tz=(OUTLOOK_TZ_EN,)), "Hanseatic Payments", "Frontend Engineer – Checkout", "technical",
        "olga.mertens@hansepay.de;jasper.thiel@hansepay.de", "icims-outlook-zone-en"))

    u = "sf-ia-55120938@wegweiser-reisen.successfactors.eu"
    out.append(yes("successfactors-screen", u, cal(
        "-//SAP SuccessFactors//Interview Scheduling//DE",
        vevent(u, "20260119T090000", "20260119T093000",
               "Telefoninterview – Frontend Developer Buchungsstrecke (m/w/d)",
               organizer=org("recruiting@wegweiser-reisen.de", "Wegweiser Reisen Recruiting"),
               attendees=[att(ME, "Jonas Brenner"), att("anke.lorenzen@wegweiser-reisen.de", "Anke Lorenzen")],
               loc="Telefon", tzid="W. Europe Standard Time",
               desc="Sehr geehrter Herr Brenner,\n\nFrau Anke Lorenzen (Recruiting) wird Sie zum vereinbarten "
                    "Zeitpunkt unter der angegebenen Mobilnummer anrufen.\n\nMit freundlichen Grüßen\n"
                    "Wegweiser Reisen GmbH, Hamburg"),
        tz=("W. Europe Standard Time",)), "Wegweiser Reisen", "Frontend Developer Buchungsstrecke",
        "recruiter_screen", "anke.lorenzen@wegweiser-reisen.de", "successfactors-windows-tz-de"))

    u = "goodtime-9f41b2e0c3@goodtime.io"
    out.append(yes("goodtime-loop", u, cal(
        "-//GoodTime.io//GoodTime Hire//EN",
        vevent(u, "20260218T120000Z", "20260218T153000Z", "Stapelbar Virtual Onsite - Jonas Brenner",
               organizer=org("scheduling@goodtime.io", "Stapelbar Recruiting Coordination"),
               attendees=[att(ME, "Jonas Brenner"), att("rosa.lindqvist@stapelbar.com", "Rosa Lindqvist"),
                          att("ken.ishida@stapelbar.com", "Ken Ishida"),
                          att("moritz.wendt@stapelbar.com", "Moritz Wendt"),
                          att("coordination@stapelbar.com", "Recruiting Coordination", role="NON-PARTICIPANT")],
               loc="Zoom (links per session below)", mode="utc",
               desc="Hi Jonas, here is your virtual onsite for Frontend Engineer, Design Systems.\n\n"
                    "13:00 CET Coding (Rosa Lindqvist)\n14:00 CET Design systems deep dive (Ken Ishida)\n"
                    "15:15 CET Hiring manager chat (Moritz Wendt)\n\nCoordinator: Elif Şahin - reach her at "
                    "coordination@stapelbar.com\n" + zoom("851 3307 2264")),
        ), "Stapelbar", "Frontend Engineer, Design Systems", "onsite",
        "rosa.lindqvist@stapelbar.com;ken.ishida@stapelbar.com;moritz.wendt@stapelbar.com",
        "goodtime-virtual-onsite-coordinator-en"))

    u = "ml-evt-3321aa90-funkelfeld@modernloop.io"
    out.append(yes("modernloop-final", u, cal(
        "-//ModernLoop//Scheduler//EN",
        vevent(u, "20260304T140000", "20260304T150000", "Final interview: Jonas Brenner / Funkelfeld (Founders)",
               organizer=org("schedule@modernloop.io", "Funkelfeld Talent"),
               attendees=[att(ME, "Jonas Brenner"), att("clara@funkelfeld.com", "Clara Behrendt"),
                          att("yusuf@funkelfeld.com", "Yusuf Arslan")],
               loc="https://meet.google.com/ndf-ugsx-zpk", tzid=B,
               desc="Last step for the Frontend / Product Engineer role: a conversation with our co-founders "
                    "Clara (CEO) and Yusuf (CTO). No prep needed.\n\n" + gmeet("ndf-ugsx-zpk", "en")),
        tz=(B,)), "Funkelfeld", "Frontend / Product Engineer", "final", "clara@funkelfeld.com;yusuf@funkelfeld.com",
        "modernloop-founders-en"))

    u = "calcom-bk-7e1a0-kochkiste"
    out.append(yes("calcom-screen", u, cal(
        "-//Cal.com Inc.//Cal.com Event//EN",
        vevent(u, "20260120T080000Z", "20260120T083000Z", "Intro call between Lena Wirtz and Jonas Brenner",
               organizer=org("lena.wirtz@kochkiste.de", "Lena Wirtz"),
               attendees=[att(ME, "Jonas Brenner", ps="ACCEPTED")], loc="Cal Video", mode="utc",
               desc="What: Intro call – Frontend Engineer (Growth)\nInvitee time zone: Europe/Berlin\n\n"
                    "Additional notes: Hi Lena, looking forward to hearing more about the Growth team at "
                    "Kochkiste! – Jonas\n\nNeed to reschedule or cancel? https://cal.com/booking/7e1a0"),
        ), "Kochkiste", "Frontend Engineer (Growth)", "recruiter_screen", "lena.wirtz@kochkiste.de",
        "calcom-intro-en"))

    u = "AAMkAGbookings-voltwerk-0011@voltwerk-energie.de"
    out.append(yes("bookings-tech", u, cal(
        "Microsoft Exchange Server 2010",
        vevent(u, "20260211T133000", "20260211T143000",
               "Technisches Interview Frontend (Angular) – Voltwerk Energie",
               organizer=org("Karriere@voltwerk-energie.de", "Voltwerk Karriere Buchungen"),
               attendees=[att(ME, "Jonas Brenner"), att("sebastian.koenig@voltwerk-energie.de",
                                                        "König, Sebastian")],
               loc="Microsoft Teams-Besprechung", tzid="W. Europe Standard Time",
               desc="Ihr Termin wurde gebucht.\nDienst: Technisches Interview Frontend (Angular)\n"
                    "Mitarbeiter: Sebastian König\n\n" + teams("de"),
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]),
        tz=("W. Europe Standard Time",)), "Voltwerk Energie", "Frontend (Angular)", "technical",
        "sebastian.koenig@voltwerk-energie.de", "ms-bookings-de"))

    u = "personio-int-58211-fahrwerk"
    out.append(yes("personio-tech", u, cal(
        "-//Personio GmbH//Personio Recruiting//DE",
        vevent(u, "20260127T140000", "20260127T153000", "Interview | Frontend Engineer (m/w/d) | Jonas Brenner",
               organizer=org("no-reply@personio.de", "Fahrwerk Mobility GmbH"),
               attendees=[att(ME, "Jonas Brenner"), att("kai.drews@fahrwerk.io", "Kai Drews"),
                          att("merve.aydin@fahrwerk.io", "Merve Aydın")],
               loc="Fahrwerk, Stresemannstraße 29, 22769 Hamburg", tzid=B,
               desc="Hallo Jonas,\n\nhiermit laden wir dich zur Tech-Runde bei Fahrwerk in Hamburg ein. "
                    "Kai (Engineering Lead) und Merve (Frontend) freuen sich auf dich. Wir machen eine "
                    "kleine Pairing-Session am Laptop, bring gern deinen eigenen mit.\n\nViele Grüße\n"
                    "Dein Fahrwerk People Team"),
        tz=(B,)), "Fahrwerk Mobility", "Frontend Engineer", "technical",
        "kai.drews@fahrwerk.io;merve.aydin@fahrwerk.io", "personio-tech-de"))

    u = "personio-int-58907-fahrwerk"
    out.append(yes("personio-final", u, cal(
        "-//Personio GmbH//Personio Recruiting//DE",
        vevent(u, "20260209T110000", "20260209T120000", "Abschlussgespräch | Frontend Engineer (m/w/d)",
               organizer=org("no-reply@personio.de", "Fahrwerk Mobility GmbH"),
               attendees=[att(ME, "Jonas Brenner"), att("t.reimers@fahrwerk.io", "Tjark Reimers")],
               loc="Google Meet", tzid=B,
               desc="Hallo Jonas,\n\nzum Abschluss möchte dich Tjark, unser CTO, noch persönlich kennenlernen.\n\n"
                    + gmeet("fkw-qpra-ttn")),
        tz=(B,)), "Fahrwerk Mobility", "Frontend Engineer", "final", "t.reimers@fahrwerk.io", "personio-final-de"))

    u = "lever-91bb02e4-cuadrante"
    out.append(yes("lever-es", u, cal(
        "-//Lever//Lever Interview Scheduling//EN",
        vevent(u, "20260212T100000", "20260212T110000",
               "Entrevista técnica – Desarrollador/a Frontend (React) – Cuadrante Labs",
               organizer=org("interviews@hire.lever.co", "Cuadrante Labs"),
               attendees=[att(ME, "Jonas Brenner"), att("marta.soler@cuadrante.io", "Marta Soler"),
                          att("pau.ferrer@cuadrante.io", "Pau Ferrer")],
               loc="Google Meet", tzid="Europe/Madrid",
               desc="Hola Jonas:\n\nTe confirmamos la entrevista técnica con Marta Soler y Pau Ferrer. "
                    "La entrevista será en inglés o castellano, como prefieras. Haremos un ejercicio de código "
                    "en vivo (45 min) y después tendrás tiempo para preguntas.\n\n¡Un saludo!\n"
                    "Equipo de Talento, Cuadrante Labs (Barcelona)"),
        tz=("Europe/Madrid",)), "Cuadrante Labs", "Desarrollador/a Frontend (React)", "technical",
        "marta.soler@cuadrante.io;pau.ferrer@cuadrante.io", "lever-tecnica-es"))

    u = "calendly-evt-ab71c-mietfuchs"
    out.append(yes("calendly-founder", u, cal(
        "-//Calendly//Calendly//EN",
        vevent(u, "20260121T170000Z", "20260121T174500Z", "Jonas Brenner und Ole Hinrichs",
               organizer=org("ole.hinrichs.mf@gmail.com", "Ole Hinrichs"),
               attendees=[att(ME, "Jonas Brenner", ps="ACCEPTED")], loc="Google Meet", mode="utc",
               desc="Ereignistyp: Gespräch Frontend-Stelle Mietfuchs (45 Min)\n\nHi Jonas, ich bin Gründer "
                    "von Mietfuchs (Tool für Kleinvermieter, gerade Seed-finanziert) und suche jemanden für "
                    "unser Web-Frontend. Lass uns quatschen, wie du arbeitest und was wir bauen!\n\n"
                    "Antworten:\nLinkedIn-Profil: linkedin.com/in/jonasbrenner\n\n"
                    "Termin verschieben: https://calendly.com/reschedulings/ab71c"),
        ), "Mietfuchs", "", "hiring_manager", "ole.hinrichs.mf@gmail.com", "calendly-founder-gmail-de"))

    u = "gh-5520117734-tessera@greenhouse.io"
    out.append(yes("greenhouse-pairing", u, cal(
        GOOGLE,
        vevent(u, "20260224T130000Z", "20260224T143000Z",
               "Pair programming interview – Tessera Learning (Senior Frontend Developer)",
               organizer=org("talent@tesseralearning.com", "Tessera Talent"),
               attendees=[att(ME, "Jonas Brenner"), att("wouter.smit@tesseralearning.com", "Wouter Smit"),
                          att("gaby.ortiz@tesseralearning.com", "Gaby Ortiz")],
               loc="Remote", mode="utc",
               desc="Scheduled through Greenhouse.\n\nPair programming with Wouter and Gaby: you'll extend a small "
                    "quiz widget in React. Use whatever editor you like; we share via VS Code Live Share.\n\n"
                    + gmeet("yqm-zojb-rsp", "en")),
        method="REQUEST"), "Tessera Learning", "Senior Frontend Developer", "technical",
        "wouter.smit@tesseralearning.com;gaby.ortiz@tesseralearning.com", "greenhouse-via-google-en"))

    u = "ashby-int-0b3e77d1-rotkehlchen"
    out.append(yes("ashby-hm", u, cal(
        "-//Ashby//Ashby Scheduling//EN",
        vevent(u, "20260130T103000", "20260130T111500",
               "Jonas Brenner / Hiring Manager Interview - Frontend Engineer (Patient App)",
               organizer=org("scheduling@ashbyhq.com", "Rotkehlchen"),
               attendees=[att(ME, "Jonas Brenner"), att("hannes.graf@rotkehlchen.health", "Hannes Graf")],
               loc="Google Meet", tzid=B,
               desc="Hi Jonas - this is your conversation with Hannes Graf, Engineering Manager for the Patient "
                    "App team at Rotkehlchen.\n\n" + gmeet("abx-ffye-qqe", "en")),
        tz=(B,)), "Rotkehlchen", "Frontend Engineer (Patient App)", "hiring_manager",
        "hannes.graf@rotkehlchen.health", "ashby-hm-brand-domain-en"))
    return out
