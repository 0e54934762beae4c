"""holdout33: the user's own interviews, English-language invites."""

from __future__ import annotations

from holdout33ev_ics import ME, Ev, att, desc, dt, loc, meet, org, room, summ, teams, webex, zoom

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EX = "Microsoft Exchange Server 2010"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev("greenhouse-panel", "en", "-//Greenhouse Software//Greenhouse//EN", [
        "UID:gh-64412093-panel@greenhouse.io", dt("DTSTART", None, "20261208T130000Z"),
        dt("DTEND", None, "20261208T143000Z"), summ("Interview Loop: Valentina Rossi for FP&A Manager, EMEA"),
        org("scheduling@norvik.com", "Norvik Recruiting Coordination"),
        att("hannah.cole@norvik.com", "Hannah Cole"), att("matteo.riva@norvik.com", "Matteo Riva"),
        att("scheduling@norvik.com", "Norvik Recruiting Coordination", role="NON-PARTICIPANT", ps="ACCEPTED"),
        att(ME, "Valentina Rossi"),
        desc("Hi Valentina,\n\nHere is your interview loop for the FP&A Manager, EMEA role at Norvik:\n"
             "13:00 UTC Hannah Cole, Director of FP&A\n13:45 UTC Matteo Riva, Commercial Finance Lead\n\n"
             "Your coordinator is Priya from Recruiting Coordination; she won't join the calls.\n\n"
             + zoom("974 2210 5538", "nVk3Lr9aBt")), loc("Zoom")],
        "Norvik", "FP&A Manager, EMEA", "onsite", ["hannah.cole@norvik.com", "matteo.riva@norvik.com"], method=None))
    e.append(Ev("lever-screen", "en", "-//Lever//Lever Scheduling//EN", [
        "UID:lever-88ad1f02-cc34-4b7a-8a11-9e0f5d6c7b22", dt("DTSTART", None, "20261202T153000Z"),
        dt("DTEND", None, "20261202T160000Z"), summ("Phone Screen — Valentina Rossi / Harbourline"),
        org("interviews@hire.lever.co", "Harbourline"), att("tom.ashby@harbourline.co.uk", "Tom Ashby"),
        att(ME, "Valentina Rossi"),
        desc("Thanks for applying for Finance Business Partner (Remote, EU) at Harbourline Freight. Tom Ashby, "
             "Senior Talent Partner, will call you on +34 6xx xxx 412."), loc("Phone call")],
        "Harbourline Freight", "Finance Business Partner", "recruiter_screen", ["tom.ashby@harbourline.co.uk"],
        method=None))
    e.append(Ev("workday-hm-geneva", "en", "-//Workday//Workday Recruiting//EN", [
        "UID:WD-INTERVIEW-bb7d1e20-0a94-4e6c-a2b1-7c3d9e1f0a55", dt("DTSTART", "Europe/Zurich", "20261210T140000"),
        dt("DTEND", "Europe/Zurich", "20261210T150000"),
        summ("Interview: JR-22871 Financial Controller (Geneva) - Hiring Manager"),
        org("blsa@myworkday.com", "Banque Lémanique Careers"), att("f.dufour@blsa.ch", "François Dufour"),
        att(ME, "Valentina Rossi"),
        desc("Interview scheduled\nJob requisition: JR-22871 Financial Controller\nCandidate: Valentina Rossi\n"
             "Interviewer: François Dufour (Head of Financial Control)\nBanque Lémanique SA\n\n"
             + webex("2381 664 9012"))],
        "Banque Lémanique", "Financial Controller", "hiring_manager", ["f.dufour@blsa.ch"], tz=["Europe/Zurich"],
        method=None))
    e.append(Ev("calendly-founder-proton", "en", "-//Calendly//Calendly//EN", [
        "UID:c1a2b3d4-e5f6-4071-8899-aabbccddeeff@calendly.com", dt("DTSTART", None, "20261211T100000Z"),
        dt("DTEND", None, "20261211T103000Z"), summ("Valentina Rossi and Jonas Berg"),
        org("jonas.berg@proton.me", "Jonas Berg"), att(ME, "Valentina Rossi"),
        desc("Event Name: 30 min intro – Head of Finance (Tidewell)\n\nPlease share anything that will help "
             "prepare for our meeting.: I applied via Welcome to the Jungle for the Head of Finance role.\n\n"
             "Location: This is a Google Meet web conference. https://meet.google.com/usn-hqce-mbe\n\n"
             "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/c1a2b3d4\n"
             "Powered by Calendly.com")],
        "Tidewell", "Head of Finance", "hiring_manager", ["jonas.berg@proton.me"], trap="founder_free_mail",
        method=None))
    e.append(Ev("exchange-technical-frankfurt", "en", EX, [
        "UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A18DDB01000000000000000010000000D4D4",
        dt("DTSTART", "W. Europe Standard Time", "20261216T100000"),
        dt("DTEND", "W. Europe Standard Time", "20261216T113000"),
        summ("Technical interview – Controlling case study (Senior Controller, Group Finance)"),
        org("anja.krueger@rmhb.de", "Krüger, Anja"), att("anja.krueger@rmhb.de", "Krüger, Anja", ps="ACCEPTED"),
        att("lukas.weber@rmhb.de", "Weber, Lukas"), att(ME, "Valentina Rossi"),
        desc("Dear Ms Rossi,\n\nas discussed, please find the invitation to the technical interview with Lukas "
             "Weber (Head of Group Controlling) and myself. We will walk through a variance analysis case.\n\n"
             "Kind regards\nAnja Krüger\nHR Recruiting\nRheinMain Handelsbank AG\n\n" + teams("YjU1MzZkYWEt"))],
        "RheinMain Handelsbank", "Senior Controller, Group Finance", "technical",
        ["anja.krueger@rmhb.de", "lukas.weber@rmhb.de"], tz=["W. Europe Standard Time"]))
    e.append(Ev("title-only-chat", "en", G, [
        "UID:9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com", dt("DTSTART", "Europe/Madrid", "20261207T170000"),
        dt("DTEND", "Europe/Madrid", "20261207T173000"), summ("Chat with Mei (Parcelo) - FP&A role"),
        org("mei.tan@parcelo.eu", "Mei Tan"), att("mei.tan@parcelo.eu", "Mei Tan", ps="ACCEPTED"), att(ME),
        desc(meet("kpd-wnex-zsa"))],
        "Parcelo", "FP&A", "recruiter_screen", ["mei.tan@parcelo.eu"], tz=["Europe/Madrid"]))
    e.append(Ev("ashby-final-lisbon", "en", "-//Ashby//Ashby Scheduling//EN", [
        "UID:ashby-int-77e1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b", dt("DTSTART", None, "20261217T140000Z"),
        dt("DTEND", None, "20261217T150000Z"), summ("Final interview: Valentina Rossi x Fintrail (CFO)"),
        org("no-reply@ashbyhq.com", "Ashby"), att("ricardo.lopes@fintrail.app", "Ricardo Lopes"),
        att(ME, "Valentina Rossi"),
        desc("Final round for Senior Finance Business Partner, Lisbon hub. You'll meet Ricardo Lopes, CFO.\n\n"
             + meet("tyb-hzqu-dpl"))],
        "Fintrail", "Senior Finance Business Partner", "final", ["ricardo.lopes@fintrail.app"], method=None))
    e.append(Ev("agency-en-paris", "en", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C18DDB01000000000000000010000000E5E5",
        dt("DTSTART", "Romance Standard Time", "20261214T153000"),
        dt("DTEND", "Romance Standard Time", "20261214T163000"),
        summ("Client interview – Maison Arlaud (Business Controller) – V. Rossi"),
        org("oliver.grant@keystone-search.com", "Oliver Grant"), att(ME, "Valentina Rossi"),
        att("c.moreau@maison-arlaud.fr", "Camille Moreau"), att("oliver.grant@keystone-search.com", "Oliver Grant",
                                                                 role="OPT-PARTICIPANT", ps="ACCEPTED"),
        desc("Valentina – confirming your interview with my client Maison Arlaud (premium retail, Paris 8e) "
             "for the Business Controller role. You'll speak with Camille Moreau, Finance Director. I've added "
             "myself as optional so I can see the invite; I won't dial in.\n\nOliver Grant | Keystone Search\n\n"
             + teams("NGFiMjE3ZTgt"))],
        "Maison Arlaud", "Business Controller", "hiring_manager", ["c.moreau@maison-arlaud.fr"], trap="agency",
        tz=["Romance Standard Time"]))
    e.append(Ev("remote-screen-utc", "en", G, [
        "UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com", dt("DTSTART", None, "20261201T110000Z"),
        dt("DTEND", None, "20261201T113000Z"), summ("Intro call: Valentina Rossi / Ledgerly (Finance Ops Lead)"),
        org("kate@ledgerly.com", "Kate Morgan"), att("kate@ledgerly.com", "Kate Morgan", ps="ACCEPTED"),
        att(ME, "Valentina Rossi"),
        desc("Hi Valentina – looking forward to our intro call about the Finance Ops Lead (remote, CET) role. "
             "I lead talent at Ledgerly.\n\n" + meet("vqe-opam-tru"))],
        "Ledgerly", "Finance Ops Lead", "recruiter_screen", ["kate@ledgerly.com"]))
    e.append(Ev("onsite-madrid-rooms", "en", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000F5A6B7C8D18DDB01000000000000000010000000F6F6",
        dt("DTSTART", "Romance Standard Time", "20261221T090000"),
        dt("DTEND", "Romance Standard Time", "20261221T123000"),
        summ("Onsite – Valentina Rossi – Commercial Finance Manager"),
        org("recruiting@cartavia.com", "Cartavia Recruiting"), att("j.navas@cartavia.com", "Javier Navas"),
        att("e.lindqvist@cartavia.com", "Emma Lindqvist"), att("s.okafor@cartavia.com", "Samuel Okafor"),
        att(ME, "Valentina Rossi"), room("mad-6-retiro@cartavia.com", "MAD-6F-Retiro (10) VC"),
        desc("Welcome to Cartavia! Please check in at reception, Calle de Serrano 41, 6th floor. Agenda:\n"
             "09:00 Javier Navas – VP Finance Iberia\n10:00 Emma Lindqvist – Group FP&A\n11:15 Samuel Okafor – "
             "Country Manager\nCartavia Logistics Spain S.L.")],
        "Cartavia", "Commercial Finance Manager", "onsite",
        ["j.navas@cartavia.com", "e.lindqvist@cartavia.com", "s.okafor@cartavia.com"], tz=["Romance Standard Time"]))
    e.append(Ev("successfactors-en-bigfour", "en", "-//SAP SuccessFactors//Interview Scheduling//EN", [
        "UID:SFIC-20261209-1177302-ENG", dt("DTSTART", None, "20261209T100000Z"),
        dt("DTEND", None, "20261209T110000Z"), summ("Interview Invitation - Assistant Manager, Finance Advisory"),
        org("noreply@successfactors.eu", "Recruiting"), att("g.whitlock@mbw-global.com", "Grace Whitlock"),
        att(ME, "Valentina Rossi"),
        desc("Dear Valentina,\nYou are invited to a competency-based interview for Assistant Manager, Finance "
             "Advisory (Lisbon) at Marlow Brandt Wexley. Interviewer: Grace Whitlock, Senior Manager.\n\n"
             + teams("M2I0MmZhZDEt"))],
        "Marlow Brandt Wexley", "Assistant Manager, Finance Advisory", "", ["g.whitlock@mbw-global.com"],
        method=None))
    e.append(Ev("apple-typed-en", "en", "-//Apple Inc.//iOS 17.6//EN", [
        "UID:3D4E5F60-7182-4394-A5B6-C7D8E9F00112", dt("DTSTART", "Europe/Madrid", "20261215T110000"),
        dt("DTEND", "Europe/Madrid", "20261215T114500"), summ("Ledgerly round 2 - Kate + head of finance"),
        desc("Finance Ops Lead. they said case-y questions about month-end close")],
        "Ledgerly", "Finance Ops Lead", "", [], trap="hand_typed", tz=["Europe/Madrid"], method=None))
    e.append(Ev("goodtime-multi", "en", "-//GoodTime//Interview Scheduling//EN", [
        "UID:goodtime-5f9a1c3e-2b4d-4f6a-8c0e-1a3b5c7d9e0f", dt("DTSTART", None, "20261222T090000Z"),
        dt("DTEND", None, "20261222T100000Z"), summ("Valentina Rossi - Business Partner Interview (Parcelo)"),
        org("coordinator@parcelo.eu", "Parcelo Interview Coordinator"), att(ME, "Valentina Rossi"),
        att("r.delgado@parcelo.eu", "Raquel Delgado"), att("n.fischer@parcelo.eu", "Niklas Fischer"),
        desc("Interviewers: Raquel Delgado (Finance Director), Niklas Fischer (Ops Controller)\nRole: FP&A "
             "Business Partner\nScheduled with GoodTime\n\n" + zoom("921 0044 7713", "PcL2mT8xRa"))],
        "Parcelo", "FP&A Business Partner", "", ["r.delgado@parcelo.eu", "n.fischer@parcelo.eu"], method=None))
    e.append(Ev("cancelled-en", "en", G, [
        "UID:5h7j9k1l3z5x7c9v1b3n5m7q9w@google.com", "STATUS:CANCELLED", "SEQUENCE:3",
        dt("DTSTART", "Europe/Madrid", "20261216T160000"), dt("DTEND", "Europe/Madrid", "20261216T164500"),
        summ("Canceled: Interview with Hannah (Norvik) – FP&A Manager"),
        org("hannah.cole@norvik.com", "Hannah Cole"), att(ME, "Valentina Rossi"),
        att("hannah.cole@norvik.com", "Hannah Cole", ps="ACCEPTED"),
        desc("This event has been canceled. Hannah will send a new time.")],
        "Norvik", "FP&A Manager, EMEA", "", ["hannah.cole@norvik.com"], trap="cancelled", tz=["Europe/Madrid"],
        method="CANCEL"))
    e.append(Ev("linkedin-recruiter-employer", "en", OL, [
        "UID:040000008200E00074C5B7101A82E0080000000016B7C8D9E28DDB01000000000000000010000000A7A7",
        dt("DTSTART", "GMT Standard Time", "20261203T090000"), dt("DTEND", "GMT Standard Time", "20261203T093000"),
        summ("Valentina Rossi - Corporate Finance Analyst - Screening"),
        org("mariana.costa@sonae-mc.pt", "Mariana Costa"), att(ME, "Valentina Rossi"),
        desc("Hi Valentina, as per our LinkedIn conversation, a 30-minute screening for the Corporate Finance "
             "Analyst opening at Sonavera Retail (Porto/Lisbon). Mariana Costa, Talent Acquisition.\n\n"
             + teams("Y2E5OTQxNGIt"))],
        "Sonavera Retail", "Corporate Finance Analyst", "recruiter_screen", ["mariana.costa@sonae-mc.pt"],
        trap="domain_other_brand", tz=["GMT Standard Time"]))
    e.append(Ev("room-only-google", "en", G, [
        "UID:7k9m1n3p5r7t9v1x3z5b7d9f1h@google.com", dt("DTSTART", "Europe/Madrid", "20261218T120000"),
        dt("DTEND", "Europe/Madrid", "20261218T130000"), summ("Valentina Rossi – Hiring Manager interview"),
        org("ana.whitfield@tidewell.io", "Ana Whitfield"), att("ana.whitfield@tidewell.io", "Ana Whitfield",
                                                                ps="ACCEPTED"),
        att("c_18852aa3b@resource.calendar.google.com", "VLC Hub-1-Malvarrosa (6)", ),
        att(ME, "Valentina Rossi"),
        desc("Head of Finance process – in person at Tidewell's Valencia hub (Marina de València, Edificio "
             "Lanzadera). Ana is VP People & Finance and the hiring manager."),
        loc("VLC Hub-1-Malvarrosa (6)")],
        "Tidewell", "Head of Finance", "hiring_manager", ["ana.whitfield@tidewell.io"], tz=["Europe/Madrid"]))
    return e
