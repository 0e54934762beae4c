"""holdout14: Tobias Krüger's own interviews, English-language events."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    P_APPLE,
    P_ASHBY,
    P_CALCOM,
    P_CALENDLY,
    P_GOODTIME,
    P_GOOGLE,
    P_GREENHOUSE,
    P_LEVER,
    P_MODERNLOOP,
    P_OUTLOOK,
    P_WORKDAY,
    Item,
    cal,
    google_footer,
    meet,
    olson,
    org,
    teams,
    vevent,
    who,
    windows,
    zoom,
)

RS = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the English positive events."""
    out: list[Item] = []

    uid = "greenhouse-4127788-interview-93321@greenhouse.io"
    ev = vevent(uid, "Interview with Øresund Freight – Security & Resilience Lead", "20261202T130000",
                "20261202T133000", "Europe/Copenhagen",
                desc=("Hi Tobias,\n\nThanks for taking the time to speak with us about the Security & Resilience Lead "
                      "position in Copenhagen. You'll be meeting with:\n\nMaja Lindholm – Talent Partner (30 min)\n\n"
                      "This is a video call; please use the link below.\n\n" + zoom("en", "917 5520 4418", "Q2hSek5vWU")
                      + "\n\nIf you need to reschedule, reply to this email.\n\n---\nScheduled via Greenhouse"),
                lines=[org("no-reply@us.greenhouse-mail.io", "Øresund Freight"), who(ME_PRIV, "Tobias Krüger"),
                       who("maja.lindholm@oresundfreight.dk", "Maja Lindholm")])
    out.append(Item("greenhouse-screen", "en", cal(P_GREENHOUSE, [ev], zones=(olson("Europe/Copenhagen"),)), uid, True,
                    "Øresund Freight", "Security & Resilience Lead", "recruiter_screen",
                    ["maja.lindholm@oresundfreight.dk"]))

    uid = "calendly-e3f1a9b2-77c0-4f58-9d6a-2b1c0e8f4a11"
    ev = vevent(uid, "Tobias Krüger and Mette Holm", "20261201T143000", "20261201T150000", "Z",
                desc=("Event Name: 30 Minute Intro – Crisis Management Specialist\n\nLocation: This is a Microsoft "
                      "Teams web conference.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4%40thread.v2/0"
                      "\n\nPlease share anything that will help prepare for our meeting.: Happy to talk about the "
                      "crisis management role at Trygvik Forsikring.\n\nNeed to make changes to this event?\nCancel: "
                      "https://calendly.com/cancellations/e3f1a9b2\nReschedule: https://calendly.com/reschedulings/"
                      "e3f1a9b2\n\nPowered by Calendly.com"),
                loc="Microsoft Teams",
                lines=[org("mette.holm@trygvik.dk", "Mette Holm"), who("mette.holm@trygvik.dk", "Mette Holm",
                                                                       partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger", partstat="ACCEPTED")])
    out.append(Item("calendly-intro", "en", cal(P_CALENDLY, [ev]), uid, True, "Trygvik Forsikring",
                    "Crisis Management Specialist", "recruiter_screen", ["mette.holm@trygvik.dk"]))

    uid = "calcom-bk-9QkT2mWx4pLs@cal.com"
    ev = vevent(uid, "Intro call between Anouk de Vries and Tobias Krüger", "20261203T090000", "20261203T093000",
                "Z",
                desc=("What: Intro call – Corporate Security Manager (Maasvlakte Terminals)\nInvitee time zone: "
                      "Europe/Berlin\nWho:\nAnouk de Vries - Organizer\nanouk.devries@maasvlakte-terminals.nl\n"
                      "Tobias Krüger\ntobias.krueger@web.de\nWhere: Google Meet https://meet.google.com/hyd-oqrt-wnp\n"
                      "Need to make a change? Cancel or reschedule: https://cal.com/booking/9QkT2mWx4pLs"),
                loc="https://meet.google.com/hyd-oqrt-wnp",
                lines=[org("anouk.devries@maasvlakte-terminals.nl", "Anouk de Vries"),
                       who(ME_PRIV, "Tobias Krüger", partstat="ACCEPTED")])
    out.append(Item("calcom-intro", "en", cal(P_CALCOM, [ev]), uid, True, "Maasvlakte Terminals",
                    "Corporate Security Manager", "recruiter_screen", ["anouk.devries@maasvlakte-terminals.nl"]))

    uid = "WD-INTERVIEW-JR2291-00017@deltahaven-shipping.nl"
    ev = vevent(uid, "Interview - Business Continuity Manager - JR-2291", "20261209T100000", "20261209T110000",
                "Europe/Amsterdam",
                desc=("Candidate: Tobias Krüger\nJob Requisition: JR-2291 Business Continuity Manager (Rotterdam)\n"
                      "Interview Type: Panel (virtual)\nPanel: Ruud Verhagen (Head of Risk), Sofie Claes (BCM "
                      "Lead)\n\n" + teams("en", "MzQ1Njc4OWEtYmM3", "377 219 008 641")),
                lines=[org("deltahaven@myworkday.com", "Workday Recruiting - Deltahaven Shipping"),
                       who(ME_PRIV, "Tobias Krüger"), who("r.verhagen@deltahaven-shipping.nl", "Ruud Verhagen"),
                       who("s.claes@deltahaven-shipping.nl", "Sofie Claes")])
    out.append(Item("workday-panel", "en", cal(P_WORKDAY, [ev], zones=(olson("Europe/Amsterdam"),)), uid, True,
                    "Deltahaven Shipping", "Business Continuity Manager", "",
                    ["r.verhagen@deltahaven-shipping.nl", "s.claes@deltahaven-shipping.nl"]))

    uid = "gt-loop-5b8e2c71a0-onsite@goodtime.io"
    ev = vevent(uid, "Onsite Interview: Maasvlakte Terminals – Corporate Security Manager", "20261216T090000",
                "20261216T133000", "Europe/Amsterdam",
                desc=("Hi Tobias,\n\nHere is your onsite schedule at Maasvlakte Terminals, Europaweg 900, Rotterdam:\n"
                      "09:00 Site security walk with Bram Jansen (Terminal Security Supervisor)\n10:00 Threat & "
                      "risk scenario with Eva Kuipers (Risk Manager)\n11:15 Hiring manager: Joost van Leeuwen "
                      "(Director HSSE)\n12:30 Lunch with the team\n\nYour coordinator Liam O'Connor will meet you at "
                      "the gate.\n\nScheduled with GoodTime"),
                loc="Maasvlakte Terminals – Gatehouse A, Europaweg 900, Rotterdam",
                lines=[org("scheduling@maasvlakte-terminals.nl", "Maasvlakte Terminals Recruiting"),
                       who(ME_PRIV, "Tobias Krüger"), who("b.jansen@maasvlakte-terminals.nl", "Bram Jansen"),
                       who("e.kuipers@maasvlakte-terminals.nl", "Eva Kuipers"),
                       who("j.vanleeuwen@maasvlakte-terminals.nl", "Joost van Leeuwen"),
                       who("l.oconnor@maasvlakte-terminals.nl", "Liam O'Connor (Coordinator)", role="OPT-PARTICIPANT"),
                       who("gatehouse-a@maasvlakte-terminals.nl", "Gatehouse A – Meeting Room", cutype="ROOM",
                           role="NON-PARTICIPANT", rsvp=False)])
    out.append(Item("goodtime-onsite-rooms", "en", cal(P_GOODTIME, [ev], zones=(olson("Europe/Amsterdam"),)), uid,
                    True, "Maasvlakte Terminals", "Corporate Security Manager", "onsite",
                    ["b.jansen@maasvlakte-terminals.nl", "e.kuipers@maasvlakte-terminals.nl",
                     "j.vanleeuwen@maasvlakte-terminals.nl"]))

    uid = "lever-iv-7d0c1e5f-44a8-4b9e-9c3b-kattegat"
    ev = vevent(uid, "Tobias Krüger <> Kattegat Airport - Security Risk Analyst", "20261208T100000",
                "20261208T110000", "Europe/Copenhagen",
                desc=("Technical interview (60 min) with Søren Dahl, Aviation Security Manager, and Ida Juhl, "
                      "Senior Risk Analyst. Expect a threat-assessment exercise around landside security.\n\n"
                      + meet("en", "kzp-rwmn-dqa") + "\n\nScheduled via Lever"),
                lines=[org("talent@kattegat-airport.dk", "Kattegat Airport Talent"),
                       who(ME_PRIV, "Tobias Krüger"), who("soren.dahl@kattegat-airport.dk", "Søren Dahl"),
                       who("ida.juhl@kattegat-airport.dk", "Ida Juhl")])
    out.append(Item("lever-technical", "en", cal(P_LEVER, [ev], zones=(olson("Europe/Copenhagen"),)), uid, True,
                    "Kattegat Airport", "Security Risk Analyst", "technical",
                    ["soren.dahl@kattegat-airport.dk", "ida.juhl@kattegat-airport.dk"]))

    uid = "ashby-7eb2-case-sentinel-0041"
    ev = vevent(uid, "Case Study Interview – Senior Consultant, Resilience & Crisis Management", "20261210T140000",
                "20261210T153000", RS,
                desc=("Sentinel Risk Partners – Interview\n\nFormat: you will receive a short crisis scenario 30 "
                      "minutes before the call and walk us through your response plan.\nInterviewers: Hélène "
                      "Dubois (Partner), Thomas Peeters (Manager)\nCoordinator: Ines Maes\n\n"
                      + teams("en", "Njc4OWFiY2QtZWYw", "356 101 774 020") + "\n\nPowered by Ashby"),
                lines=[org("ines.maes@sentinelrisk.be", "Ines Maes"), who(ME_PRIV, "Tobias Krüger"),
                       who("h.dubois@sentinelrisk.be", "Hélène Dubois"), who("t.peeters@sentinelrisk.be",
                                                                             "Thomas Peeters"),
                       who("ines.maes@sentinelrisk.be", "Ines Maes", role="NON-PARTICIPANT", partstat="ACCEPTED")])
    out.append(Item("ashby-case", "en", cal(P_ASHBY, [ev], zones=(windows(RS),)), uid, True, "Sentinel Risk Partners",
                    "Senior Consultant, Resilience & Crisis Management", "technical",
                    ["h.dubois@sentinelrisk.be", "t.peeters@sentinelrisk.be"]))

    uid = "ml-final-0b7e3a9c@modernloop.io"
    ev = vevent(uid, "Final Interviews: Head of Corporate Security – Nordstrand Energy", "20270111T130000",
                "20270111T160000", "Europe/Copenhagen",
                desc=("Final round itinerary\n13:00-13:45 Karin Bech, COO\n13:45-14:30 Mads Kjær, CISO\n14:45-15:30 "
                      "Panel with Works Council representative Jonas Friis\n15:30-16:00 Wrap-up with Talent (Rikke "
                      "Vinther)\n\nLocation: Nordstrand Energy HQ, Kalvebod Brygge 45, Copenhagen.\n\nScheduled with "
                      "ModernLoop"),
                loc="Nordstrand Energy HQ, Kalvebod Brygge 45, København",
                lines=[org("recruiting@nordstrand-energy.dk", "Nordstrand Energy Recruiting",
                           sent_by="scheduler@modernloop.io"),
                       who(ME_PRIV, "Tobias Krüger"), who("kbech@nordstrand-energy.dk", "Karin Bech"),
                       who("mkjaer@nordstrand-energy.dk", "Mads Kjær"), who("jfriis@nordstrand-energy.dk",
                                                                           "Jonas Friis"),
                       who("rvinther@nordstrand-energy.dk", "Rikke Vinther"),
                       who("hq-boardroom@nordstrand-energy.dk", "HQ 6th floor Boardroom", cutype="ROOM",
                           role="NON-PARTICIPANT", rsvp=False)])
    out.append(Item("modernloop-final", "en", cal(P_MODERNLOOP, [ev], zones=(olson("Europe/Copenhagen"),)), uid, True,
                    "Nordstrand Energy", "Head of Corporate Security", "final",
                    ["kbech@nordstrand-energy.dk", "mkjaer@nordstrand-energy.dk", "jfriis@nordstrand-energy.dk",
                     "rvinther@nordstrand-energy.dk"]))

    uid = "2r9s4t6u8v0w1x3y5z7a9b1c3d@google.com"
    ev = vevent(uid, "Tobias / Pieter – Havenveld", "20261204T160000", "20261204T164500", "Europe/Amsterdam",
                desc=("Hi Tobias – great to connect. As mentioned, I'm co-founder of Havenveld (port security "
                      "analytics, 40 people in Rotterdam) and we're hiring our first Head of Security Operations. "
                      "Let's talk about your background and what the job would look like.\nPieter\n\n"
                      + meet("en", "wfs-ugkb-yre") + "\n\n" + google_footer("en", ME_PRIV)),
                lines=[org("pieter.bakker.nl@gmail.com", "Pieter Bakker"),
                       who("pieter.bakker.nl@gmail.com", "Pieter Bakker", partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("founder-gmail", "en", cal(P_GOOGLE, [ev], zones=(olson("Europe/Amsterdam"),)), uid, True,
                    "Havenveld", "Head of Security Operations", "hiring_manager", ["pieter.bakker.nl@gmail.com"]))

    uid = "E9D8C7B6-A5F4-4E3D-2C1B-0A9F8E7D6C5B"
    ev = vevent(uid, "Kattegat hm call 3pm", "20261215T150000", "20261215T153000", "Europe/Berlin",
                desc="Søren's boss – Anne Vestergaard. zoom link in mail")
    out.append(Item("terse-hm", "en", cal(P_APPLE, [ev], method="", zones=(olson("Europe/Berlin"),)), uid, True,
                    "Kattegat Airport", "", "hiring_manager", ["Anne Vestergaard"]))

    uid = "040000008200E00074C5B7101A82E00800000000E1F2A3B4C55DDB01000000000000000010000000EB03"
    ev = vevent(uid, "Eurotrans Benelux – Teams interview – Risk & Compliance Officer (Security)", "20261211T103000",
                "20261211T113000", RS,
                desc=("Dear Tobias,\n\nAs agreed, please find below the Teams link for your interview with Marc "
                      "Lambert (Head of Compliance) and myself.\n\nKind regards,\nNathalie Wouters\nHR Business "
                      "Partner – Eurotrans Benelux NV, Brussels\n\n"
                      + teams("en", "ZGVmMTIzNDUtNjc4", "341 882 665 310")),
                lines=[org("nathalie.wouters@eurotrans-benelux.be", "Wouters, Nathalie"),
                       who(ME_PRIV, "tobias.krueger@web.de"), who("marc.lambert@eurotrans-benelux.be",
                                                                  "Lambert, Marc", quote=True)],
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    out.append(Item("outlook-romance", "en", cal(P_OUTLOOK, [ev], zones=(windows(RS),)), uid, True,
                    "Eurotrans Benelux", "Risk & Compliance Officer", "",
                    ["nathalie.wouters@eurotrans-benelux.be", "marc.lambert@eurotrans-benelux.be"]))

    uid = "6h8j0k2l4m6n8p0q2r4s6t8u0v@google.com"
    ev = vevent(uid, "Phone screen: Tobias Krüger (Corporate Security Specialist)", "20261130T093000",
                "20261130T100000", "Europe/Copenhagen",
                desc=("Quick phone screen for the Corporate Security Specialist opening at Nordstrand Energy. I'll "
                      "call you on +49 171 ******. — Rikke\n\n" + google_footer("en", ME_PRIV)),
                lines=[org("rvinther@nordstrand-energy.dk", "Rikke Vinther"),
                       who("rvinther@nordstrand-energy.dk", "Rikke Vinther", partstat="ACCEPTED"),
                       who(ME_PRIV, "tobias.krueger@web.de")])
    out.append(Item("google-phone-screen", "en", cal(P_GOOGLE, [ev], zones=(olson("Europe/Copenhagen"),)), uid, True,
                    "Nordstrand Energy", "Corporate Security Specialist", "recruiter_screen",
                    ["rvinther@nordstrand-energy.dk"]))
    return out
