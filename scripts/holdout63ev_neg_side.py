"""holdout63 events: the user on the hiring side at Claddagh Software (kits, scorecards, panels, shadowing,
the user as Calendly host, an agency sending its candidate, candidates on free-mail or student addresses).

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import TZ_DUBLIN, TZ_WIN_GMT, WORK, cal, esc, ev, meet, teams

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
CL = "claddagh-software.ie"


def _google(uid: str, summary: str, desc: str, start: str, end: str, org: str, people: list[tuple[str, str]],
            stamp: str, location: str = "") -> str:
    lines = [TZ_DUBLIN, "BEGIN:VEVENT", f"DTSTART;TZID=Europe/Dublin:{start}", f"DTEND;TZID=Europe/Dublin:{end}",
             f"DTSTAMP:{stamp}", f"ORGANIZER;CN={org}", f"UID:{uid}"]
    for cn, mail in people:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn};"
                     f"X-NUM-GUESTS=0:mailto:{mail}")
    lines += [f"DESCRIPTION:{esc(desc)}", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED",
              f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT"]
    return cal(GOOGLE, "\n".join(lines))


def greenhouse_kit() -> dict:
    uid = "6gq1m8v3k0c5t9e2h7rb4snd8a@google.com"
    desc = ("Interviewer prep\n\nCandidate: Conor Walsh\nJob: Graduate QA Engineer\nInterview: Technical Interview "
            "(45 min)\nInterviewers: Aoife Byrne, Declan Murphy\n\nInterview kit: https://app.greenhouse.io/guides/"
            "4471229/people/88123017?application_id=93310456\nResume: https://app.greenhouse.io/people/88123017\n\n"
            "Please submit your scorecard within 24 hours of the interview.\n\n" + meet("en", "kdu-wxae-pvo"))
    text = _google(uid, "Interview: Conor Walsh for Graduate QA Engineer (Technical Interview)", desc,
                   "20260211T100000", "20260211T104500", f"Sadhbh Ní Bhriain:mailto:sadhbh.nibhriain@{CL}",
                   [("Aoife Byrne", WORK), ("Declan Murphy", f"declan.murphy@{CL}")], "20260205T113002Z")
    return ev("side-greenhouse-kit", text, uid, 0, trap="user-as-interviewer-greenhouse-kit-en")


def scorecard_due() -> dict:
    uid = "1ne5q9c2t7m0v4k8h3sa6brd0g@google.com"
    desc = ("Scorecard for Emma Doyle (QA Intern - Summer 2026) still outstanding.\n"
            "https://app.greenhouse.io/scorecards/pending")
    text = _google(uid, "Submit scorecard - Emma Doyle (QA Intern)", desc, "20260213T163000", "20260213T164500",
                   f"Aoife Byrne:mailto:{WORK}", [], "20260212T170512Z")
    return ev("side-scorecard", text, uid, 0, trap="user-as-interviewer-scorecard-en")


def debrief() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000012ABCDEF3456789012AB"
    text = ("Hi all,\n\nLet's get together to decide on the QA intern candidates from this week: Emma Doyle, "
            "Conor Walsh and Marta Nowak. Please have your scorecards in before the debrief.\n\nThanks,\nSadhbh")
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Ní Bhriain, Sadhbh":mailto:sadhbh.nibhriain@{CL}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aoife":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Murphy, Declan":mailto:declan.murphy@{CL}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lenehan, Paul":mailto:paul.lenehan@{CL}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Debrief: QA Intern (Summer 2026) candidates
DTSTART;TZID=GMT Standard Time:20260216T150000
DTEND;TZID=GMT Standard Time:20260216T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260212T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Corrib meeting room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("side-debrief", cal(EXCHANGE, body), uid, 0, trap="user-as-interviewer-debrief-en")


def panel_room() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DC01000000000000000010000000556677889900AABBCCDD"
    text = ("Panel for the Senior SDET opening (REQ-118).\nCandidate: Priya Raman (CV attached in Greenhouse)\n\n"
            "Aoife - automation/framework questions\nPaul - system & CI\nSadhbh - competencies\n\n"
            "Priya will be in the office; please collect her from reception at 13:55.")
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Lenehan, Paul":mailto:paul.lenehan@{CL}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aoife":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ní Bhriain, Sadhbh":
 mailto:sadhbh.nibhriain@{CL}
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="DUB-Claddagh-Aran (6)":
 mailto:dub-aran@{CL}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Panel Interview - Senior SDET - Priya Raman
DTSTART;TZID=GMT Standard Time:20260318T140000
DTEND;TZID=GMT Standard Time:20260318T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260311T160020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:DUB-Claddagh-Aran (6)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("side-panel-room", cal(EXCHANGE, body), uid, 0, trap="user-as-interviewer-panel-room-en")


def shadowing() -> dict:
    uid = "9pe3k7c1t5m0q8v2h6ra4bsn1e@google.com"
    desc = ("Interviewer training: Aoife shadows this one (observe only, no scorecard needed). Declan leads.\n"
            "Candidate: Oisín Tierney - QA Intern\n\nScheduled via ModernLoop")
    text = _google(uid, "[Shadow] QA Intern interview - Oisín Tierney", desc, "20260129T113000", "20260129T121500",
                   f"Declan Murphy:mailto:declan.murphy@{CL}", [("Aoife Byrne", WORK)], "20260126T141500Z",
                   "Inishmore room")
    return ev("side-shadow", text, uid, 0, trap="user-as-interviewer-shadow-en")


def calendly_host() -> dict:
    uid = "e5a0c3f7-1b84-4d29-9c6e-2f7a8b0d4c13"
    desc = esc(
        "Event Name: QA Internship - 20 min chat\n\nLocation: This is a Google Meet web conference. "
        "https://meet.google.com/tpm-ryfc-sde\n\nInvitee: Tomás Ó Briain\nInvitee Email: tomas.obriain@gmail.com\n\n"
        "Questions:\nWhich university are you attending?: TU Dublin, BSc Computing (year 3)\n"
        "Anything you'd like Aoife to know?: I built a Cypress suite for my team project.\n\n"
        "View event in Calendly: https://calendly.com/events/e5a0c3f7-1b84-4d29-9c6e-2f7a8b0d4c13\n\n"
        "Powered by Calendly.com")
    body = f"""BEGIN:VEVENT
DTSTART:20260204T143000Z
DTEND:20260204T145000Z
DTSTAMP:20260130T110023Z
ORGANIZER;CN=Aoife Byrne:mailto:{WORK}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Byrne:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás Ó Briain:mailto:tomas.obriain@gmail.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/tpm-ryfc-sde
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aoife Byrne and Tomás Ó Briain
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-calendly-host", cal("-//Calendly//Calendly//EN", body), uid, 0,
              trap="user-as-interviewer-calendly-host-en")


def agency_candidate() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000ABCDEF012345678900EF"
    text = ("Hi Aoife,\n\nThanks for agreeing to meet Sinéad for the Test Analyst position at Claddagh Software. "
            "Her CV is attached; she has 3 years of manual and API testing at a payments company and is keen to "
            "move into automation.\n\nShe'll come to your office on Barrow Street.\n\nBest,\nSiobhán Kearns\n"
            "Senior Consultant - Technology | Collins McNally Recruitment")
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Kearns, Siobhán":mailto:siobhan.kearns@collinsmcnally.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aoife":mailto:{WORK}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sinéad Kavanagh:mailto:sineadkav@hotmail.com
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Interview: Sinéad Kavanagh - Test Analyst (Claddagh Software)
DTSTART;TZID=GMT Standard Time:20260305T110000
DTEND;TZID=GMT Standard Time:20260305T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Claddagh Software\\, Barrow Street\\, Dublin 4
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("side-agency-candidate", cal(EXCHANGE, body), uid, 0, trap="user-as-interviewer-agency-candidate-en")


def freemail_candidate() -> dict:
    uid = "040000008200E00074C5B7101A82E0080000000002B4D6F8A1C3DC01000000000000000010000000AA55CC77EE99BB11DD33"
    text = ("Hi Daniel,\n\nThanks for applying to the Graduate QA Programme at Claddagh Software. I'd like to invite "
            "you to a 45 minute interview with myself and a colleague from the test team on Teams.\n\n"
            "Best regards,\nAoife Byrne\nQA Engineer, Claddagh Software\n\n" + teams("en", "394 118 207 551", "Cs4gRd"))
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Byrne, Aoife":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniel.osei97@outlook.com:
 mailto:daniel.osei97@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Murphy, Declan":mailto:declan.murphy@{CL}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Interview - Graduate QA Programme - Daniel Osei
DTSTART;TZID=GMT Standard Time:20260224T150000
DTEND;TZID=GMT Standard Time:20260224T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260218T121000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("side-freemail-candidate", cal(EXCHANGE, body), uid, 0,
              trap="user-as-interviewer-organiser-freemail-candidate-en")


def own_note() -> dict:
    uid = "b0d4f2a6-7c19-4e38-95a1-3e6f8c2d0b47"
    body = """BEGIN:VEVENT
UID:b0d4f2a6-7c19-4e38-95a1-3e6f8c2d0b47
DTSTAMP:20260302T081500Z
DTSTART:20260306T110000
DTEND:20260306T114500
SUMMARY:Int. Róisín M - grad QA
DESCRIPTION:her CV in Drive > Hiring > Grads. Ask about final yr project (Selenium) + how she'd test the login page
LOCATION:Aran room
END:VEVENT"""
    return ev("side-own-note", cal("-//Simple Calendar//Android 6.25//EN", body, method=None), uid, 0,
              trap="user-as-interviewer-own-note-en")


def pairing_student() -> dict:
    uid = "4kc8t2q6m1v0e5h9r3na7bsd2f@google.com"
    desc = ("Pairing round for Ahmed (QA Automation Intern). Repo: https://github.com/claddagh-software/intern-kata\n"
            "Aoife drives + writes the scorecard, I'll observe.\n\n" + meet("en", "mvc-qkzb-awe"))
    text = _google(uid, "Technical interview (pairing) - Ahmed Farouk - QA Automation Intern", desc,
                   "20260219T140000", "20260219T150000", f"Declan Murphy:mailto:declan.murphy@{CL}",
                   [("Aoife Byrne", WORK), ("Ahmed Farouk", "ahmed.farouk@mytudublin.ie")], "20260216T102203Z")
    return ev("side-pairing-student", text, uid, 0, trap="user-as-interviewer-pairing-student-address-en")


def calibration() -> dict:
    uid = "7tm3e0q9c4v8k1h6a2rs5bnd7c@google.com"
    desc = ("Let's align on the bar for the QA loop before the grad season: review the rubric, a couple of "
            "anonymised scorecards, and who covers which interview.")
    text = _google(uid, "Interviewer calibration - QA hiring loop", desc, "20260122T100000", "20260122T110000",
                   f"Paul Lenehan:mailto:paul.lenehan@{CL}",
                   [("Aoife Byrne", WORK), ("Declan Murphy", f"declan.murphy@{CL}")], "20260119T090800Z",
                   "Aran room")
    return ev("side-calibration", text, uid, 0, trap="user-as-interviewer-calibration-en")


def events() -> list[dict]:
    return [greenhouse_kit(), scorecard_due(), debrief(), panel_room(), shadowing(), calendly_host(),
            agency_candidate(), freemail_candidate(), own_note(), pairing_student(), calibration()]
