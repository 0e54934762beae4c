"""holdout135: the user's own interviews with Australian clinic groups, emergency centres and industry."""

from __future__ import annotations

import holdout135ev_ics as x
from holdout135ev_ics import alt, att, cal, day, ev, item, me, meet, org, room, teams, tz, utc, zoom

SYD = "Australia/Sydney"
MEL = "Australia/Melbourne"
BNE = "Australia/Brisbane"
WIN_BNE = x._vtz("E. Australia Standard Time", ("16010101T000000", "+1000", "+1000", ""), None)


def _gh(uid: str, summary: str, start: str, end: str, who: list[tuple[str, str, str]], body: str, stamp: str) -> str:
    lines = "\n".join(f"  {n} ({t})" for n, _e, t in who)
    desc = (body + "\n\nInterviewer(s):\n" + lines + "\n\n" + zoom("845 2290 1173", "Zt5bNq8WmP1c") +
            "\nPlease do not forward this invitation.\nScheduled with Greenhouse")
    return cal([ev(uid, summary, tz(SYD, start), tz(SYD, end),
                   organizer=org("chloe.nguyen@banksiavets.com.au", "Chloe Nguyen"),
                   attendees=[me()] + [att(e, n) for n, e, _t in who], desc=desc, loc="Zoom", stamp=stamp)],
               tzs=(x.SYD,))


def events() -> list[dict]:
    out: list[dict] = []
    uid = "gh-int-5521907-a@greenhouse.io"
    text = _gh(uid, "Hemi Walker – Phone Screen – Clinical Director, Inner West Hospitals", "20250915T090000",
               "20250915T093000", [("Chloe Nguyen", "chloe.nguyen@banksiavets.com.au", "Talent Acquisition Partner")],
               "Hi Hemi,\nThanks for your interest in the Clinical Director role at Banksia Veterinary Group. "
               "This first call is 30 minutes: your background, motivations and logistics of a move to Sydney.",
               "20250910T010000Z")
    out.append(item("greenhouse-screen", text, uid, 1, "Banksia Veterinary Group",
                    "Clinical Director, Inner West Hospitals", "recruiter_screen", ("chloe.nguyen@banksiavets.com.au",),
                    "greenhouse-recruiter-screen-en"))

    uid = "gh-int-5521907-c@greenhouse.io"
    text = _gh(uid, "Hemi Walker – Clinical Leadership Case Discussion – Clinical Director", "20250925T110000",
               "20250925T121500", [("Dr Anjali Patel", "anjali.patel@banksiavets.com.au", "Chief Veterinary Officer"),
                                   ("Dr Marcus Yeo", "marcus.yeo@banksiavets.com.au", "Clinical Director, North")],
               "Hi Hemi,\nIn this round you'll work through a clinical governance scenario (a complaint after an "
               "anaesthetic death, rostering gaps and an underperforming vet) with two of our clinical leaders.",
               "20250918T045500Z")
    out.append(item("greenhouse-case", text, uid, 1, "Banksia Veterinary Group", "Clinical Director", "technical",
                    ("anjali.patel@banksiavets.com.au", "marcus.yeo@banksiavets.com.au"), "greenhouse-case-en"))

    uid = "040000008200E00074C5B7101A82E00800000000E07A1BB24C3ADC01000000000000000010000000AB12"
    body = ("Hi Hemi,\n\nConfirming your final interview with the Banksia board panel:\n- Declan O'Brien, CEO\n"
            "- Dr Anjali Patel, Chief Veterinary Officer\n- Ross Hartley, Board Chair\n\nI'll meet you in the "
            "Level 4 lobby at 9.45. Flights and accommodation are booked – see separate email.\n\nKind regards,\n"
            "Chloe Nguyen | Talent Acquisition Partner\nBanksia Veterinary Group | Level 4, 100 Mount St, North Sydney")
    text = cal([ev(uid, "Final interview – Clinical Director – Hemi Walker (Board panel)",
                   tz("AUS Eastern Standard Time", "20251013T100000"), tz("AUS Eastern Standard Time",
                   "20251013T113000"), organizer=org("chloe.nguyen@banksiavets.com.au", "Nguyen, Chloe"),
                   attendees=[me(cn="hemi.walker.vet@xtra.co.nz"),
                              att("declan.obrien@banksiavets.com.au", "O'Brien, Declan"),
                              att("anjali.patel@banksiavets.com.au", "Patel, Anjali"),
                              att("ross.hartley@banksiavets.com.au", "Hartley, Ross"),
                              room("room-l4-boardroom@banksiavets.com.au", "NSY L4 Boardroom (12)")],
                   desc=body, loc="NSY L4 Boardroom (12); 100 Mount St, North Sydney", stamp="20251002T002700Z",
                   extra=[alt("<P>Hi Hemi,</P><P>Confirming your final interview with the Banksia board panel.</P>"),
                          "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])],
               prodid=x.OUTLOOK, tzs=(x.WIN_AUS,))
    out.append(item("outlook-final-board", text, uid, 1, "Banksia Veterinary Group", "Clinical Director", "final",
                    ("declan.obrien@banksiavets.com.au", "anjali.patel@banksiavets.com.au",
                     "ross.hartley@banksiavets.com.au"), "outlook-windows-zone-room-coordinator-en"))

    uid = "c0a8f1e2-3b4d-5e6f-7081-92a3b4c5d6e7@wattleah.com.au"
    text = cal([ev(uid, "Phone screen: Technical Services Veterinarian (VIC/TAS) – Wattle Animal Health",
                   utc("20250916T230000"), utc("20250916T233000"),
                   organizer=org("talent@wattleah.com.au", "Wattle Animal Health Talent"),
                   attendees=[me(), att("mei.tan@wattleah.com.au", "Mei Tan")],
                   desc="Mei Tan from our Talent team will call you on +64 21 448 203 for a 30-minute screening "
                        "conversation. Times shown in UTC in some calendars – it's 9am Melbourne / 11am Auckland.",
                   stamp="20250912T061200Z", status="CONFIRMED")], prodid="-//Wattle Animal Health//Careers//EN",
               method="PUBLISH")
    out.append(item("publish-utc-screen", text, uid, 1, "Wattle Animal Health",
                    "Technical Services Veterinarian (VIC/TAS)", "recruiter_screen", ("mei.tan@wattleah.com.au",),
                    "publish-utc-phone-screen-en"))

    uid = "lever-interview-3f9e1a7c-88b2-4d0f-9c21-77e0aa51d4b6"
    body = ("Hemi Walker – Hiring Manager Interview\nPosting: Technical Services Veterinarian (VIC/TAS)\n\n"
            "Interviewer: Lucy Carmody (Technical Services Manager)\n\n" + teams("OGYzNDkwZTEtN2Ez",
            "447 510 632 981", "Rb9sT4") + "\n\nScheduled via Lever on behalf of Wattle Animal Health Pty Ltd")
    text = cal([ev(uid, "Hemi Walker <> Wattle Animal Health: Hiring Manager Interview", tz(MEL, "20250923T100000"),
                   tz(MEL, "20250923T104500"), organizer=org("mei.tan@wattleah.com.au", "Mei Tan"),
                   attendees=[me(), att("lucy.carmody@wattleah.com.au", "Lucy Carmody")], desc=body,
                   loc="Microsoft Teams", stamp="20250917T000000Z")], prodid="-//Lever//Lever Hire//EN",
               tzs=(x.MEL,))
    out.append(item("lever-hm", text, uid, 1, "Wattle Animal Health", "Technical Services Veterinarian (VIC/TAS)",
                    "hiring_manager", ("lucy.carmody@wattleah.com.au",), "lever-hiring-manager-en"))

    uid = "lever-interview-9a0c44d1-2e6b-4b7a-a8f3-0e1d2c3b4a59"
    body = ("Hemi Walker – Case Presentation (Technical)\nPosting: Technical Services Veterinarian (VIC/TAS)\n\n"
            "Panel: Lucy Carmody, Dr Greg Fenwick (Regulatory & Pharmacovigilance), Priya Raman (Key Account "
            "Manager VIC)\n\nPlease prepare a 20-minute presentation: a clinic reports a suspected adverse event after"
            " a flea/tick chew in a 3 kg Maltese. Walk us through your response.\n\nScheduled via Lever")
    text = cal([ev(uid, "Wattle Animal Health – Case Presentation (Technical) – Hemi Walker",
                   tz(MEL, "20251006T130000"), tz(MEL, "20251006T143000"),
                   organizer=org("mei.tan@wattleah.com.au", "Mei Tan"),
                   attendees=[me(), att("lucy.carmody@wattleah.com.au", "Lucy Carmody"),
                              att("greg.fenwick@wattleah.com.au", "Greg Fenwick"),
                              att("priya.raman@wattleah.com.au", "Priya Raman")],
                   desc=body, loc="Wattle Animal Health, 2 Glenferrie Rd, Hawthorn VIC / Teams",
                   stamp="20250926T053000Z")], prodid="-//Lever//Lever Hire//EN", tzs=(x.MEL,))
    out.append(item("lever-case", text, uid, 1, "Wattle Animal Health", "Technical Services Veterinarian (VIC/TAS)",
                    "technical", ("lucy.carmody@wattleah.com.au", "greg.fenwick@wattleah.com.au",
                                  "priya.raman@wattleah.com.au"), "lever-case-presentation-en"))

    uid = "7tq1m3b0s5k8r2v6c4n9p0x2lw@google.com"
    text = cal([ev(uid, "NBAE – phone screen (Hemi Walker)", tz(SYD, "20251008T080000"), tz(SYD, "20251008T083000"),
                   organizer=org("hr@nbae.com.au", "NBAE People"),
                   attendees=[me(), att("hr@nbae.com.au", "NBAE People", ps="ACCEPTED")],
                   desc="Hi Hemi – Jas from NBAE People here. I'll ring you for a quick screen re the Senior "
                        "Emergency Veterinarian role (full-time, 4 x 10s). Jas", stamp="20251003T050000Z")],
               tzs=(x.SYD,))
    out.append(item("google-acronym-screen", text, uid, 1, "Northern Beaches Animal Emergency",
                    "Senior Emergency Veterinarian", "recruiter_screen", ("hr@nbae.com.au",), "acronym-only-screen-en"))

    uid = "goodtime-8f21c0aa-4d3e-4b6a-b7c9-12ee90fa3d71"
    body = ("Onsite Interview – Senior Emergency Veterinarian\nNorthern Beaches Animal Emergency, 6 Pittwater Rd, "
            "Brookvale NSW\n\nSchedule (AEDT):\n10:00–10:45  Dr Mia Sorensen, Medical Director\n10:45–11:30  Ward "
            "tour – Tara Quinn (Head Nurse) will show you around\n11:30–12:15  ECC case discussion – Dr Josh "
            "Whitlam, DACVECC\n12:15  Lunch with the ED team\n\nCoordinator: Jasmine Hill (NBAE People)\n"
            "Powered by GoodTime")
    text = cal([ev(uid, "Onsite Interview – Senior Emergency Veterinarian | Northern Beaches Animal Emergency",
                   tz(SYD, "20251104T100000"), tz(SYD, "20251104T130000"),
                   organizer=org("scheduling@nbae.com.au", "NBAE Scheduling"),
                   attendees=[me(), att("mia.sorensen@nbae.com.au", "Mia Sorensen"),
                              att("josh.whitlam@nbae.com.au", "Josh Whitlam"),
                              att("hr@nbae.com.au", "Jasmine Hill", role="OPT-PARTICIPANT")],
                   desc=body, loc="6 Pittwater Rd, Brookvale NSW 2100", stamp="20251024T221100Z")],
               prodid="-//GoodTime.io//GoodTime Scheduler//EN", tzs=(x.SYD,))
    out.append(item("goodtime-onsite", text, uid, 1, "Northern Beaches Animal Emergency",
                    "Senior Emergency Veterinarian", "onsite", ("mia.sorensen@nbae.com.au", "josh.whitlam@nbae.com.au"),
                    "goodtime-onsite-loop-en"))

    uid = "ml-evt-0b7d2c61f4a84e1f@modernloop.io"
    body = ("Clinical case discussion – Emergency Veterinarian\nCompany: Southbank Veterinary Emergency Centre\n"
            "Interviewer: Dr Aisha Rahman (Head of Emergency)\n\nBring your reasoning, not textbooks: two cases "
            "(a blocked cat at 2am, a GDV with a budget limit).\n\n" + zoom("861 7702 3349", "sV3cQ9uYt2Lm") +
            "\nScheduled with ModernLoop")
    text = cal([ev(uid, "Clinical case discussion – Emergency Veterinarian (SVEC)", tz(MEL, "20251021T140000"),
                   tz(MEL, "20251021T150000"), organizer=org("talent@svec.com.au", "SVEC Talent"),
                   attendees=[me(), att("aisha.rahman@svec.com.au", "Aisha Rahman")], desc=body, loc="Zoom",
                   stamp="20251015T020000Z")], prodid="-//ModernLoop//ModernLoop//EN", tzs=(x.MEL,))
    out.append(item("modernloop-case", text, uid, 1, "Southbank Veterinary Emergency Centre",
                    "Emergency Veterinarian", "technical", ("aisha.rahman@svec.com.au",), "modernloop-case-en"))

    uid = "040000008200E00074C5B7101A82E00800000000405E18C1B140DC01000000000000000010000000C0DE"
    text = cal([ev(uid, "SVEC – final interview with CEO (Emergency Veterinarian)", utc("20251030T000000"),
                   utc("20251030T004500"), organizer=org("talent@svec.com.au", "SVEC Talent"),
                   attendees=[me(), att("rob.castellano@svec.com.au", "Castellano, Rob")],
                   desc="Final step: 45 min with Rob Castellano (CEO) on Teams.\n\n" + teams("MzRkYjM2ZGYtNTgw",
                        "205 664 118 730", "Hq2Zf7"), loc="Microsoft Teams Meeting", stamp="20251024T030000Z",
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])], prodid=x.EXCHANGE)
    out.append(item("exchange-utc-final", text, uid, 1, "Southbank Veterinary Emergency Centre",
                    "Emergency Veterinarian", "final", ("rob.castellano@svec.com.au",), "exchange-utc-final-en"))

    uid = "vp-2025-1187@vetpeople.com.au"
    body = ("Hi Hemi,\n\nGreat news – Yarra Valley Vet Hospitals would like to interview you for the Senior Vet "
            "(Lilydale) position. You'll be speaking with Dr Sam Crowe, Hospital Director.\n\n" +
            zoom("842 1190 5567", "yV2pLm8Qr1xT") + "\nAny questions, call me.\nJo Barnett | Senior Consultant | "
            "VetPeople Recruitment | 0412 555 019")
    text = cal([ev(uid, "Interview: Yarra Valley Vet Hospitals – Senior Vet (Lilydale)", tz(MEL, "20251016T123000"),
                   tz(MEL, "20251016T131500"), organizer=org("jo@vetpeople.com.au", "Jo Barnett"),
                   attendees=[me(), att("sam.crowe@yvvh.com.au", "Sam Crowe")], desc=body, loc="Zoom",
                   stamp="20251010T010203Z")], prodid=x.GOOGLE, tzs=(x.MEL,))
    out.append(item("agency-hm", text, uid, 1, "Yarra Valley Vet Hospitals", "Senior Vet (Lilydale)",
                    "hiring_manager", ("sam.crowe@yvvh.com.au",), "agency-names-employer-en"))

    uid = "AAMkADcyYjQ1NGQ5LTQyMzAtNDk3ZS05YjU0LTBhY2ZkNzEwYjVkNgBGAAAAAAB"
    text = cal([ev(uid, "Bayside AH – 2nd & final interview (in person) – Hemi Walker",
                   tz("AUS Eastern Standard Time", "20251112T110000"), tz("AUS Eastern Standard Time",
                   "20251112T123000"), organizer=org("tom.lacey@animalcarerecruitment.com.au", "Lacey, Tom"),
                   attendees=[me(cn="Walker, Hemi")],
                   desc="Hi Hemi,\nYour second and final interview with Bayside Animal Hospital is confirmed. "
                        "You'll meet Dr Claire Boyd (Senior Vet) and Mark Stephens (practice owner). Ask for Claire "
                        "at reception.\nTom Lacey | AnimalCare Recruitment",
                   loc="Bayside Animal Hospital, 521 Hampton St, Brighton VIC 3186", stamp="20251105T230000Z")],
               prodid=x.OUTLOOK, tzs=(x.WIN_AUS,))
    out.append(item("agency-final-names", text, uid, 1, "Bayside Animal Hospital", "", "final",
                    ("Claire Boyd", "Mark Stephens"), "agency-final-interviewers-by-name-en"))

    uid = "3kq8r0n2m1v7c5t9b4x6z0p2hj@google.com"
    text = cal([ev(uid, "Hemi – chat about the senior vet role", tz(SYD, "20250929T190000"),
                   tz(SYD, "20250929T194500"), organizer=org("dr.kate.whelan@gmail.com", "Kate Whelan"),
                   attendees=[att("dr.kate.whelan@gmail.com", "Kate Whelan", ps="ACCEPTED"), me()],
                   desc="Hi Hemi, evenings are easiest for me once the clinic's shut! Keen to hear about you and "
                        "tell you about Inner West Vets – we're 3 vets in Marrickville, growing.\nKate\n\n" +
                        meet("hbq-mmrt-ydw"), loc="https://meet.google.com/hbq-mmrt-ydw",
                   stamp="20250925T093000Z")], tzs=(x.SYD,))
    out.append(item("google-freemail-owner", text, uid, 1, "Inner West Vets", "senior vet", "hiring_manager",
                    ("dr.kate.whelan@gmail.com",), "freemail-owner-company-in-body-en"))

    uid = "SF-INT-20931-771024@successfactors.com"
    body = ("Dear Hemi,\n\nThank you for applying for Veterinary Technical Adviser (Req 20931). We invite you to "
            "an interview with Nadia Kerr, Technical Manager.\n\n" + teams("ZTNlMmM1ZTAtMmM4", "318 771 902 446",
            "Pe3Lk6") + "\n\nCoastal Pet Food Co. – Talent Acquisition\nThis is a system-generated message.")
    text = cal([ev(uid, "Interview Invitation: Veterinary Technical Adviser (Req 20931)", tz(BNE, "20251002T090000"),
                   tz(BNE, "20251002T100000"), organizer=org("coastalpetfood@successfactors.com", "Talent Acquisition"),
                   attendees=[me(), att("nadia.kerr@coastalpetfood.com.au", "Nadia Kerr")], desc=body,
                   loc="Microsoft Teams", stamp="20250926T000100Z")], prodid="-//SAP SuccessFactors//Recruiting//EN",
               tzs=(x.BNE,))
    out.append(item("successfactors-hm", text, uid, 1, "Coastal Pet Food Co.", "Veterinary Technical Adviser",
                    "hiring_manager", ("nadia.kerr@coastalpetfood.com.au",), "successfactors-brisbane-en"))

    uid = "040000008200E00074C5B7101A82E0080000000090F5A0B75D42DC01000000000000000010000000BE77"
    text = cal([ev(uid, "Final panel – Vet Technical Adviser – H. Walker", tz("E. Australia Standard Time",
                   "20251020T130000"), tz("E. Australia Standard Time", "20251020T143000"),
                   organizer=org("nadia.kerr@coastalpetfood.com.au", "Kerr, Nadia"),
                   attendees=[att("nadia.kerr@coastalpetfood.com.au", "Kerr, Nadia", ps="ACCEPTED"), me(),
                              att("greg.sutton@coastalpetfood.com.au", "Sutton, Greg"),
                              att("leah.morris@coastalpetfood.com.au", "Morris, Leah"),
                              room("burleigh.room@coastalpetfood.com.au", "Burleigh Room (8)")],
                   desc="Final panel: Greg Sutton (GM), Leah Morris (R&D Director) and me. Site tour of the Yatala "
                        "plant afterwards – enclosed shoes please.\nNadia",
                   loc="Burleigh Room (8); Coastal Pet Food Co., Yatala QLD", stamp="20251010T014000Z")],
               prodid=x.OUTLOOK, tzs=(WIN_BNE,))
    out.append(item("outlook-final-panel", text, uid, 1, "Coastal Pet Food Co.", "Vet Technical Adviser", "final",
                    ("nadia.kerr@coastalpetfood.com.au", "greg.sutton@coastalpetfood.com.au",
                     "leah.morris@coastalpetfood.com.au"), "outlook-windows-brisbane-room-en"))

    uid = "tt-interview-62019-ab81@teamtailor.com"
    body = ("Hi Hemi!\n\nYou've been invited to a video interview for Regional Clinical Director – NSW at OneVet "
            "Australia.\n\nParticipants: Hayley Kim (Head of People), Dr Luke Fitzgerald (GM Operations NSW)\n\n"
            + meet("pqe-fdsk-trz") + "\n\nBest,\nThe OneVet team\nSent with Teamtailor")
    text = cal([ev(uid, "Video interview: Regional Clinical Director – NSW", tz(SYD, "20251001T150000"),
                   tz(SYD, "20251001T160000"), organizer=org("no-reply@teamtailor.com", "OneVet Australia"),
                   attendees=[me(), att("hayley.kim@onevet.com.au", "Hayley Kim"),
                              att("luke.fitzgerald@onevet.com.au", "Luke Fitzgerald")],
                   desc=body, loc="Google Meet", stamp="20250924T070000Z")],
               prodid="-//Teamtailor//Teamtailor Calendar//EN", tzs=(x.SYD,))
    out.append(item("teamtailor-video", text, uid, 1, "OneVet Australia", "Regional Clinical Director – NSW", "",
                    ("hayley.kim@onevet.com.au", "luke.fitzgerald@onevet.com.au"), "teamtailor-no-stage-en"))

    uid = "5d0b9c88-7e2f-4a13-b6d4-onevet-hm-2@onevet.com.au"
    text = cal([ev(uid, "OneVet – RCD NSW – meeting w/ Michelle (CEO, hiring manager)", tz(SYD, "20251014T140000"),
                   tz(SYD, "20251014T150000"), organizer=org("luke.fitzgerald@onevet.com.au", "Luke Fitzgerald"),
                   attendees=[me(), att("michelle.grady@onevet.com.au", "Michelle Grady"),
                              att("luke.fitzgerald@onevet.com.au", "Luke Fitzgerald", ps="ACCEPTED")],
                   desc="Hemi, Michelle is the hiring manager for RCD NSW – this is her hour. I'll sit in but it's "
                        "her conversation. Level 2, 80 Pacific Hwy, St Leonards.",
                   loc="OneVet Support Office, Level 2, 80 Pacific Hwy, St Leonards", stamp="20251006T230000Z")],
               prodid=x.MACCAL, tzs=(x.SYD,))
    out.append(item("apple-hm-sitting-in", text, uid, 1, "OneVet Australia", "RCD NSW", "hiring_manager",
                    ("michelle.grady@onevet.com.au",), "hiring-manager-organiser-sits-in-en"))

    uid = "webex-m2f1c8d7e6a5b4c3d2e1f0a9b8c7d6e5@lumina-ah.webex.com"
    body = ("Hello Hemi Walker,\n\nNatalie Rossi invites you to join this Webex meeting.\n\nLumina – Initial "
            "screening call – Field Technical Veterinarian (NSW/ACT)\n\nJoin meeting: https://lumina-ah.webex.com/"
            "lumina-ah/j.php?MTID=m2f1c8d7e6a5b4c3d2e1f0a9b8c7d6e5\nMeeting number (access code): 2641 118 9034\n"
            "Meeting password: Lum4ina\n\nTap to join from a mobile device (attendees only)\n+61-2-9338-2075,,"
            "26411189034## Australia toll")
    text = cal([ev(uid, "Lumina – Initial screening call – Field Technical Veterinarian", tz(SYD, "20250930T090000"),
                   tz(SYD, "20250930T093000"), organizer=org("natalie.rossi@lumina-ah.com", "Natalie Rossi"),
                   attendees=[me()], desc=body, loc="https://lumina-ah.webex.com/meet/natalie.rossi",
                   stamp="20250925T000000Z")], prodid="-//Cisco//Webex//EN", tzs=(x.SYD,))
    out.append(item("webex-screen", text, uid, 1, "Lumina Animal Health", "Field Technical Veterinarian",
                    "recruiter_screen", ("natalie.rossi@lumina-ah.com",), "webex-brand-screen-en"))

    uid = "gh-int-77310452-b@greenhouse.io"
    body = ("Hemi Walker – Technical Interview\nJob: Field Technical Veterinarian (NSW/ACT)\nInterviewers: "
            "Dr Owen Pryce (Technical Services Lead, Companion Animals), Dr Fatima Haddad (Medical Affairs)\n\n"
            + teams("NTg0YTNiMGEtMGE3", "395 118 442 607", "Gd8Jx2") + "\n\nLumina Animal Health Australia Pty "
            "Ltd\nScheduled with Greenhouse")
    text = cal([ev(uid, "Hemi Walker – Technical Interview – Field Technical Veterinarian", tz(SYD, "20251009T100000"),
                   tz(SYD, "20251009T110000"), organizer=org("natalie.rossi@lumina-ah.com", "Natalie Rossi"),
                   attendees=[me(), att("owen.pryce@lumina-ah.com", "Owen Pryce"),
                              att("fatima.haddad@lumina-ah.com", "Fatima Haddad")], desc=body,
                   loc="Microsoft Teams", stamp="20251003T010000Z")], tzs=(x.SYD,))
    out.append(item("greenhouse-technical", text, uid, 1, "Lumina Animal Health", "Field Technical Veterinarian",
                    "technical", ("owen.pryce@lumina-ah.com", "fatima.haddad@lumina-ah.com"), "greenhouse-teams-en"))

    uid = "E3B7C1D0-9A2F-4F6B-8C5E-1D0A9B8C7F64"
    text = cal([ev(uid, "Working interview – Paws & Co Veterinary (Surry Hills)", day("20251105"), day("20251106"),
                   organizer=org("nat@pawsandco.com.au", "Natalie Chu"),
                   attendees=[att("nat@pawsandco.com.au", "Natalie Chu", ps="ACCEPTED"), me(),
                              att("dr.james@pawsandco.com.au", "James Okoro")],
                   desc="Full day with us – you'll consult alongside Dr James Okoro, our lead vet, who'll give "
                        "feedback. I'm the practice manager; grab me for the tour + paperwork.\nNat",
                   loc="Paws & Co Veterinary, 211 Crown St, Surry Hills NSW", stamp="20251029T040000Z",
                   extra=["TRANSP:TRANSPARENT"])], prodid=x.APPLE)
    out.append(item("allday-working-interview", text, uid, 1, "Paws & Co Veterinary", "", "onsite",
                    ("dr.james@pawsandco.com.au",), "all-day-working-interview-en"))
    return out
