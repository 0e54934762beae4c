"""holdout110: Aoife Brennan's own interviews sent by ATS and scheduling tools."""

from __future__ import annotations

from holdout110ev_ics import (
    FREE,
    GOOGLE,
    att,
    calendar,
    ev,
    item,
    meet,
    org,
    teams,
    uid_at,
    uid_google,
    webex,
    zoom,
)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    me = att(FREE, "Aoife Brennan", google=True)

    # 1 Greenhouse, recruiter screen, Google calendar of the recruiter
    u = uid_google("harbourline-screen")
    d = ("Hi Aoife,\n\nThanks for your interest in the Talent Acquisition Lead role at Harbourline Payments! "
         "This invite confirms your Recruiter Screen.\n\nDate: Tuesday, 16 September 2025\nTime: 10:00 - 10:30 "
         "IST\nInterviewer: Orla Kinsella, Senior Talent Partner\n\n" + meet("qvh-ytre-kpa") +
         "\n\nPowered by Greenhouse")
    e = ev(u, "20250909T081203", "20250916T100000", "20250916T103000",
           "Harbourline Payments - Recruiter Screen - Aoife Brennan", tz="Europe/Dublin", desc=d,
           organizer=org("orla.kinsella@harbourline.com", "Orla Kinsella"),
           attendees=(att("orla.kinsella@harbourline.com", "Orla Kinsella", partstat="ACCEPTED", google=True), me),
           extra=("X-GOOGLE-CONFERENCE:https://meet.google.com/qvh-ytre-kpa",))
    out.append(item("greenhouse-screen", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Harbourline Payments",
                    "Talent Acquisition Lead", "recruiter_screen", "orla.kinsella@harbourline.com",
                    "greenhouse-screen-en"))

    # 2 Greenhouse final onsite, same employer, room resource + coordinator who does not interview
    u = uid_google("harbourline-final")
    d = ("Hi Aoife,\n\nWe're excited to welcome you to our Dublin office for your Final Interview for Talent "
         "Acquisition Lead.\n\nSchedule\n14:00 - 14:45  Rachel Doyle (Chief People Officer)\n14:45 - 15:30  "
         "Kieran Mulvey (CFO)\n\nAddress: Harbourline Payments, 10 Hanover Quay, Dublin 2, D02 K580. Ask for "
         "Nicola at reception - Nicola Byrne (Recruiting Coordinator) will meet you and look after the "
         "logistics.\n\nPowered by Greenhouse")
    e = ev(u, "20250926T140910", "20251007T140000", "20251007T153000",
           "Final Interview: Aoife Brennan (Talent Acquisition Lead)", tz="Europe/Dublin", desc=d,
           loc="Harbourline Payments, 10 Hanover Quay, Dublin 2 - Liffey Room (6)",
           organizer=org("nicola.byrne@harbourline.com", "Nicola Byrne"),
           attendees=(att("rachel.doyle@harbourline.com", "Rachel Doyle", google=True),
                      att("kieran.mulvey@harbourline.com", "Kieran Mulvey", google=True),
                      att("nicola.byrne@harbourline.com", "Nicola Byrne", partstat="ACCEPTED", google=True),
                      att("c_188a2f0d9e5b@resource.calendar.google.com", "DUB-HQ-6-Liffey Room (6)",
                          cutype="RESOURCE", partstat="ACCEPTED", google=True), me))
    out.append(item("greenhouse-final", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Harbourline Payments",
                    "Talent Acquisition Lead", "final",
                    "rachel.doyle@harbourline.com;kieran.mulvey@harbourline.com", "greenhouse-final-room-en"))

    # 3 Lever hiring manager, London, Zoom, coordinator non-participant
    u = uid_at("quayside-hm", "lever.co", 24)
    d = ("Aoife Brennan <> Quayside Analytics\nHiring Manager Interview for Head of Talent\n\nInterviewer: Hannah "
         "Price (VP People)\nScheduled by: Ben Adeyemi (Recruiting Coordinator)\n\n" +
         zoom("84120937551", host="Ben Adeyemi"))
    e = ev(u, "20250918T101500", "20250924T130000", "20250924T134500",
           "Aoife Brennan <> Quayside Analytics: Hiring Manager Interview", tz="Europe/London", desc=d,
           loc="https://us02web.zoom.us/j/84120937551",
           organizer=org("ben.adeyemi@quaysideanalytics.io", "Ben Adeyemi"),
           attendees=(att("hannah.price@quaysideanalytics.io", "Hannah Price"),
                      att("ben.adeyemi@quaysideanalytics.io", "Ben Adeyemi", role="NON-PARTICIPANT",
                          partstat="ACCEPTED", rsvp=False), att(FREE, "Aoife Brennan")))
    out.append(item("lever-hm", calendar("-//Lever//Lever Interview Scheduling//EN", [e], ("Europe/London",)), u,
                    True, "Quayside Analytics", "Head of Talent", "hiring_manager",
                    "hannah.price@quaysideanalytics.io", "lever-coordinator-en"))

    # 4 Lever phone screen for the same company, UTC, phone number as location
    u = uid_at("quayside-screen", "lever.co", 24)
    d = ("Phone Screen - Head of Talent\nQuayside Analytics\n\nSam Okonkwo (Talent Partner) will call you on the "
         "number you provided (+353 87 214 6630).\n\nNeed to reschedule? Reply to this email and we'll find "
         "another time.")
    e = ev(u, "20250905T155500", "20250910T083000", "20250910T090000",
           "Phone Screen: Aoife Brennan / Sam Okonkwo", utc=True, desc=d, loc="Phone call",
           organizer=org("sam.okonkwo@quaysideanalytics.io", "Sam Okonkwo"),
           attendees=(att("sam.okonkwo@quaysideanalytics.io", "Sam Okonkwo", partstat="ACCEPTED"),
                      att(FREE, "Aoife Brennan")))
    out.append(item("lever-phone", calendar("-//Lever//Lever Interview Scheduling//EN", [e]), u, True,
                    "Quayside Analytics", "Head of Talent", "recruiter_screen", "sam.okonkwo@quaysideanalytics.io",
                    "lever-phone-screen-utc-en"))

    # 5 Ashby case study, UTC
    u = uid_at("brightwake-case", "ashbyhq.com", 32)
    d = ("Brightwake - Talent Acquisition Lead\n\nInterview: Case Study Presentation (60 min)\nInterviewers: Tom "
         "Reilly (Co-founder & CEO), Sadhbh Nolan (COO)\n\nPlease prepare a 20-minute walkthrough of how you "
         "would plan, source and close our next 40 hires across engineering and go-to-market. We'll spend the "
         "rest of the time on questions.\n\n" + meet("bwk-case-tfx") + "\n\nScheduled with Ashby")
    e = ev(u, "20250922T094402", "20251001T090000", "20251001T100000",
           "Case Study Presentation — Brightwake x Aoife Brennan", utc=True, desc=d,
           organizer=org("recruiting@brightwake.ai", "Brightwake Recruiting"),
           attendees=(att("tom@brightwake.ai", "Tom Reilly"), att("sadhbh@brightwake.ai", "Sadhbh Nolan"),
                      att(FREE, "Aoife Brennan")))
    out.append(item("ashby-case", calendar("-//Ashby//Ashby Scheduling//EN", [e]), u, True, "Brightwake",
                    "Talent Acquisition Lead", "technical", "tom@brightwake.ai;sadhbh@brightwake.ai",
                    "ashby-case-study-en"))

    # 6 Workday, bank, final, room
    u = uid_at("corrib-final", "myworkday.com", 28)
    d = ("Dear Aoife,\n\nYou have been scheduled for an interview for the position R-0041877 Talent Acquisition "
         "Lead, Technology.\n\nInterview Stage: Final Interview\nFormat: Competency-based panel, in person\n"
         "Panel: Gavin Healy (Head of Resourcing), Mairead Flynn (HR Business Partner, Technology)\n\n"
         "Please bring photo ID for building access.\n\nCorrib Bank Talent Acquisition")
    e = ev(u, "20251010T120000", "20251021T110000", "20251021T120000",
           "Interview: Talent Acquisition Lead, Technology (R-0041877) - Aoife Brennan", tz="Europe/Dublin",
           desc=d, loc="Corrib Bank, 1 Spencer Dock, Dublin 1 - Room 3.14",
           organizer=org("corribbank@myworkday.com", "Corrib Bank Careers"),
           attendees=(att("gavin.healy@corribbank.ie", "Gavin Healy"),
                      att("mairead.flynn@corribbank.ie", "Mairead Flynn"),
                      att("dub-sd-3.14@corribbank.ie", "DUB-SD-3.14 (10)", cutype="ROOM", rsvp=False),
                      att(FREE, "Aoife Brennan")))
    out.append(item("workday-bank-final", calendar("-//Workday//Workday Recruiting//EN", [e], ("Europe/Dublin",)),
                    u, True, "Corrib Bank", "Talent Acquisition Lead, Technology", "final",
                    "gavin.healy@corribbank.ie;mairead.flynn@corribbank.ie", "workday-bank-room-en"))

    # 7 SmartRecruiters, German, hiring manager, recruiter organises but does not interview
    u = uid_at("nordwerk-hm", "smartrecruiters.com", 24)
    d = ("Hallo Aoife,\n\nvielen Dank für das angenehme erste Gespräch. Wie besprochen laden wir Sie zum "
         "Gespräch mit Ihrer künftigen Führungskraft ein:\n\nPosition: Head of Talent Acquisition (m/w/d)\n"
         "Gesprächspartnerin: Katrin Vogel, VP People\nOrganisation: Lisa Schmitt, Recruiting\n\n" +
         teams("NmQ4ZTk0YzAt", "de") + "\n\nViele Grüße\nLisa Schmitt\nNordwerk Systems GmbH")
    e = ev(u, "20250930T071130", "20251008T150000", "20251008T160000",
           "Vorstellungsgespräch: Head of Talent Acquisition (m/w/d) – Aoife Brennan", tz="Europe/Berlin", desc=d,
           loc="Microsoft Teams-Besprechung", organizer=org("lisa.schmitt@nordwerk-systems.de", "Lisa Schmitt"),
           attendees=(att("katrin.vogel@nordwerk-systems.de", "Katrin Vogel"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("smartrecruiters-hm-de",
                    calendar("-//SmartRecruiters//Interview Scheduler//DE", [e], ("Europe/Berlin",)), u, True,
                    "Nordwerk Systems", "Head of Talent Acquisition", "hiring_manager",
                    "katrin.vogel@nordwerk-systems.de", "smartrecruiters-hm-de"))

    # 8 Personio, German, X-WR-TIMEZONE + floating times, recruiter screen
    u = uid_at("lumera-screen", "personio.de", 30)
    d = ("Hallo Aoife,\n\nwir freuen uns auf unser Kennenlerngespräch zur Position Talent Acquisition Lead "
         "(remote, EMEA).\n\nDein Gesprächspartner: Felix Brandt (Senior Recruiter)\n\n" + meet("lmh-ykvb-wqe", "de") +
         "\n\nBis bald!\nDein Lumera Health Team")
    e = ev(u, "20250903T090000", "20250911T143000", "20250911T150000",
           "Kennenlerngespräch | Talent Acquisition Lead (remote, EMEA) | Aoife Brennan", desc=d,
           organizer=org("felix.brandt@lumera-health.de", "Felix Brandt"),
           attendees=(att("felix.brandt@lumera-health.de", "Felix Brandt", partstat="ACCEPTED"),
                      att(FREE, "Aoife Brennan")))
    out.append(item("personio-screen-de",
                    calendar("-//Personio GmbH//Personio Recruiting//DE", [e],
                             head=("X-WR-TIMEZONE:Europe/Berlin", "X-WR-CALNAME:Personio Interviews")), u, True,
                    "Lumera Health", "Talent Acquisition Lead", "recruiter_screen", "felix.brandt@lumera-health.de",
                    "personio-screen-floating-de"))

    # 9 Teamtailor, no clear stage, two interviewers
    u = uid_at("skelligs", "teamtailor.com", 22)
    d = ("Hi Aoife!\n\nLooking forward to meeting you. You'll be chatting with Eoin Lynch (Studio Director) and "
         "Aisling Ward (People Operations) about the Talent Partner Lead role.\n\nWe're at Skelligs Games, "
         "Unit 4, The Digital Hub, Thomas Street, Dublin 8. Doorbell is on the left.\n\n/The Skelligs team")
    e = ev(u, "20250915T115800", "20250923T110000", "20250923T120000", "Interview: Aoife Brennan - Skelligs Games",
           tz="Europe/Dublin", desc=d, loc="Skelligs Games, The Digital Hub, Thomas Street, Dublin 8",
           organizer=org("aisling.ward@skelligsgames.com", "Aisling Ward"),
           attendees=(att("eoin.lynch@skelligsgames.com", "Eoin Lynch"),
                      att("aisling.ward@skelligsgames.com", "Aisling Ward", partstat="ACCEPTED"),
                      att(FREE, "Aoife Brennan")))
    out.append(item("teamtailor-nostage", calendar("-//Teamtailor//Teamtailor Calendar 1.0//EN", [e],
                                                   ("Europe/Dublin",)), u, True, "Skelligs Games",
                    "Talent Partner Lead", "", "eoin.lynch@skelligsgames.com;aisling.ward@skelligsgames.com",
                    "teamtailor-nostage-en"))

    # 10 softgarden, German, onsite second interview
    u = uid_at("hafenwerk-onsite", "softgarden.io", 26)
    d = ("Sehr geehrte Frau Brennan,\n\nwir freuen uns, Sie zu einem Zweitgespräch vor Ort für die Position "
         "Teamlead Recruiting International (m/w/d) einzuladen.\n\nIhre Gesprächspartner:\n- Jan Petersen, "
         "Bereichsleiter Personal\n- Svenja Krüger, Teamleiterin Recruiting\n\nAdresse: Am Sandtorkai 40, 20457 "
         "Hamburg, 3. OG\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Hafenwerk Logistik GmbH")
    e = ev(u, "20251002T080000", "20251015T100000", "20251015T120000",
           "Zweitgespräch vor Ort – Teamlead Recruiting International (m/w/d)", tz="Europe/Berlin", desc=d,
           loc="Hafenwerk Logistik GmbH, Am Sandtorkai 40, 20457 Hamburg",
           organizer=org("jobs@hafenwerk.de", "Hafenwerk Recruiting"),
           attendees=(att("jan.petersen@hafenwerk.de", "Jan Petersen"),
                      att("svenja.krueger@hafenwerk.de", "Svenja Krüger"), att(FREE, "Aoife Brennan")),
           order="apple")
    out.append(item("softgarden-onsite-de", calendar("-//softgarden//softgarden e-recruiting//DE", [e],
                                                     ("Europe/Berlin",)), u, True, "Hafenwerk Logistik",
                    "Teamlead Recruiting International", "onsite",
                    "jan.petersen@hafenwerk.de;svenja.krueger@hafenwerk.de", "softgarden-onsite-de"))

    # 11 Workable phone screen, company only in body
    u = uid_at("cobblestone-phone", "workable.com", 24)
    d = ("Hi Aoife,\n\nThank you for applying to Cobblestone Learning. Rosie Hart from our People team will call "
         "you for a 20-minute phone screen about the Talent Acquisition Manager position.\n\nPhone: "
         "+353 87 214 6630\n\nBest wishes,\nRosie\n\nSent via Workable")
    e = ev(u, "20250911T131320", "20250917T093000", "20250917T095000",
           "Phone screen: Aoife Brennan (Talent Acquisition Manager)", tz="Europe/London", desc=d,
           loc="Phone call - we'll call you", organizer=org("rosie.hart@cobblestonelearning.co.uk", "Rosie Hart"),
           attendees=(att(FREE, "Aoife Brennan"),))
    out.append(item("workable-phone", calendar("-//Workable//Workable Calendar//EN", [e], ("Europe/London",)), u,
                    True, "Cobblestone Learning", "Talent Acquisition Manager", "recruiter_screen",
                    "rosie.hart@cobblestonelearning.co.uk", "workable-phone-screen-en"))

    # 12 iCIMS, bank, final, UTC
    u = uid_at("meridian-final", "icims.com", 24)
    d = ("Interview Confirmation\n\nCandidate: Aoife Brennan\nPosition: Head of Talent Acquisition, UK&I "
         "(Req. 2025-11873)\nInterview: Final Interview\nInterviewers: Priya Shah (Chief People Officer); Marcus "
         "Bell (Chief Operating Officer)\nLocation: Meridian Trust Bank, 25 Old Broad Street, London EC2N 1HQ. "
         "Please arrive 10 minutes early and sign in at reception on the ground floor.\n\nMeridian Trust Bank "
         "Talent Acquisition Team")
    e = ev(u, "20251013T160000", "20251028T100000", "20251028T113000",
           "Interview Confirmation - Head of Talent Acquisition, UK&I - Final Interview", utc=True, desc=d,
           loc="25 Old Broad Street, London EC2N 1HQ", organizer=org("talent@meridiantrust.co.uk",
                                                                      "Meridian Trust Talent Acquisition"),
           attendees=(att("priya.shah@meridiantrust.co.uk", "Priya Shah"),
                      att("marcus.bell@meridiantrust.co.uk", "Marcus Bell"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("icims-bank-final", calendar("-//iCIMS//iCIMS Talent Platform//EN", [e]), u, True,
                    "Meridian Trust Bank", "Head of Talent Acquisition, UK&I", "final",
                    "priya.shah@meridiantrust.co.uk;marcus.bell@meridiantrust.co.uk", "icims-final-utc-en"))

    # 13 SuccessFactors, pharma, hiring manager, Windows zone name
    u = uid_at("ardent-hm", "successfactors.eu", 30)
    d = ("Interview Invitation\n\nRequisition: 48213 - Talent Acquisition Manager EMEA\nInterview round: 1 - "
         "Hiring Manager Interview\nInterviewer: Deirdre O'Callaghan, Director HR Operations EMEA\nMeeting: "
         "Microsoft Teams (link below)\n\n" + teams("ZGVhNWJkMWMt") + "\n\nArdent Pharma Services - Cork")
    e = ev(u, "20250925T101010", "20251002T140000", "20251002T150000",
           "Interview Invitation: Talent Acquisition Manager EMEA (Req 48213)", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", organizer=org("noreply@successfactors.eu", "Ardent Pharma Recruiting"),
           attendees=(att("deirdre.ocallaghan@ardentpharma.com", "O'Callaghan, Deirdre"),
                      att(FREE, "Brennan, Aoife")), order="outlook")
    out.append(item("successfactors-hm",
                    calendar("-//SAP SuccessFactors//Interview Scheduling//EN", [e], ("GMT Standard Time",)), u,
                    True, "Ardent Pharma Services", "Talent Acquisition Manager EMEA", "hiring_manager",
                    "deirdre.ocallaghan@ardentpharma.com", "successfactors-windows-zone-en"))

    # 14 GoodTime virtual onsite, coordinator non-participant
    u = uid_at("vantory-onsite", "goodtime.io", 26)
    d = ("Vantory Virtual Onsite - Head of Talent\n\nAgenda (Europe/London)\n10:00 - 10:45  Jess Moran, Chief "
         "People Officer\n10:45 - 11:30  Stakeholder panel: Raj Patel (VP Engineering) & Liam O'Shea (VP Sales)\n"
         "11:45 - 12:30  Talent strategy deep-dive with Jess Moran\n\nYour coordinator: Kate Byrne - reach out "
         "anytime at kate.byrne@vantory.com.\n\n" + zoom("96677012345", host="Kate Byrne") +
         "\n\nScheduled with GoodTime")
    e = ev(u, "20251006T123456", "20251014T100000", "20251014T123000",
           "Vantory Virtual Onsite: Aoife Brennan - Head of Talent", tz="Europe/London", desc=d,
           loc="Zoom", organizer=org("kate.byrne@vantory.com", "Kate Byrne"),
           attendees=(att("jess.moran@vantory.com", "Jess Moran"), att("raj.patel@vantory.com", "Raj Patel"),
                      att("liam.oshea@vantory.com", "Liam O'Shea"),
                      att("kate.byrne@vantory.com", "Kate Byrne", role="NON-PARTICIPANT", rsvp=False),
                      att(FREE, "Aoife Brennan")))
    out.append(item("goodtime-onsite", calendar("-//GoodTime.io//GoodTime Scheduler//EN", [e], ("Europe/London",)),
                    u, True, "Vantory", "Head of Talent", "onsite",
                    "jess.moran@vantory.com;raj.patel@vantory.com;liam.oshea@vantory.com", "goodtime-onsite-en"))

    # 15 ModernLoop final round
    u = uid_at("pinecrest-final", "modernloop.io", 24)
    d = ("Final Round - Head of Talent\n\nYou'll meet Alan Greer (CEO) for 45 minutes. Alan will focus on how you "
         "would build the talent function from 60 to 200 people.\n\n" + meet("pcs-final-rnd") +
         "\n\nScheduled via ModernLoop on behalf of Pinecrest Security.")
    e = ev(u, "20251020T090000", "20251030T160000", "20251030T164500",
           "Final Round – Head of Talent – Aoife Brennan", tz="Europe/Dublin", desc=d,
           organizer=org("scheduling@pinecrestsecurity.com", "Pinecrest Recruiting"),
           attendees=(att("alan.greer@pinecrestsecurity.com", "Alan Greer"), att(FREE, "Aoife Brennan")))
    out.append(item("modernloop-final", calendar("-//ModernLoop//ModernLoop Scheduling//EN", [e],
                                                 ("Europe/Dublin",)), u, True, "Pinecrest Security",
                    "Head of Talent", "final", "alan.greer@pinecrestsecurity.com", "modernloop-final-en"))

    # 16 Calendly, founder on gmail, company only in the answers
    u = uid_at("tollgate-calendly", "calendly.com", 36)
    d = ("Event Name: 30 Minute Meeting\n\nLocation: This is a Google Meet web conference. "
         "https://meet.google.com/tgr-wqzp-ham\n\nNeed to make changes to this event?\nCancel: "
         "https://calendly.com/cancellations/9b1f\nReschedule: https://calendly.com/reschedulings/9b1f\n\n"
         "Questions:\nWhat would you like to talk about?\nThe Founding Talent Lead role at Tollgate Robotics - "
         "Ruairí asked me to book a first interview slot here.\n\nPowered by Calendly.com")
    e = ev(u, "20250904T210512", "20250908T170000", "20250908T173000", "Aoife Brennan and Ruairí Cassidy",
           utc=True, desc=d, loc="https://meet.google.com/tgr-wqzp-ham",
           organizer=org("ruairi.cassidy.tg@gmail.com", "Ruairí Cassidy"),
           attendees=(att(FREE, "Aoife Brennan", partstat="ACCEPTED"),))
    out.append(item("calendly-founder", calendar("-//Calendly//Calendly//EN", [e]), u, True, "Tollgate Robotics",
                    "Founding Talent Lead", "", "ruairi.cassidy.tg@gmail.com", "calendly-founder-freemail-en"))

    # 17 Cal.com intro call
    u = uid_at("fernhill-cal", "cal.com", 22)
    d = ("What: Intro call - Head of People\nInvitee Time Zone: Europe/Dublin\nWho:\nNoor Haddad - Organizer\n"
         "noor@fernhill.ai\nAoife Brennan\naoife.brennan.ta@gmail.com\n\nWhere: Cal Video\n"
         "https://app.cal.com/video/fh7Qm2\n\nAdditional notes: first conversation with our talent partner")
    e = ev(u, "20250912T070707", "20250919T120000", "20250919T123000",
           "Intro call: Aoife Brennan <> Fernhill (Head of People)", utc=True, desc=d,
           loc="https://app.cal.com/video/fh7Qm2", organizer=org("noor@fernhill.ai", "Noor Haddad"),
           attendees=(att(FREE, "Aoife Brennan", partstat="ACCEPTED"),))
    out.append(item("calcom-intro", calendar("-//Cal.com Inc.//Cal.com Event//EN", [e]), u, True, "Fernhill AI",
                    "Head of People", "recruiter_screen", "noor@fernhill.ai", "calcom-intro-en"))

    # 18 Webex, bank, practical sourcing exercise
    u = uid_at("fenwick-practical", "webex.com", 30)
    d = ("Fenwick Lyle Bank - Talent Acquisition Lead, Technology\n\nStage 2: Practical assessment - live "
         "sourcing exercise (you'll get a brief for a Senior Platform Engineer at the start; 30 min to build a "
         "search strategy, 30 min to talk it through with the panel).\nPanel: Helen Carmody, Owen Pryce\n\n" +
         webex("2744 901 3312", "fenwicklyle"))
    e = ev(u, "20251001T110000", "20251009T100000", "20251009T110000",
           "Practical assessment – Aoife Brennan – TA Lead Technology", tz="Europe/London", desc=d,
           loc="Webex", organizer=org("helen.carmody@fenwicklyle.com", "Carmody, Helen"),
           attendees=(att("owen.pryce@fenwicklyle.com", "Pryce, Owen"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("webex-practical", calendar("-//Cisco//Webex Meetings//EN", [e], ("Europe/London",)), u, True,
                    "Fenwick Lyle Bank", "Talent Acquisition Lead, Technology", "technical",
                    "helen.carmody@fenwicklyle.com;owen.pryce@fenwicklyle.com", "webex-practical-en"))
    return out
