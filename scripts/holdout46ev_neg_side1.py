"""holdout46 negatives: the user on the hiring side at Pennine Payments (part 1)."""

from __future__ import annotations

from holdout46ev_boiler import teams
from holdout46ev_ics import (
    OUTLOOK,
    WORK,
    Ev,
    att,
    cal,
    digits,
    exch,
    mstz,
    neg,
    org,
    outlook_uid,
    p,
    room,
    uuid,
)

D = "pennine-payments.co.uk"
ZOE = f"z.kershaw@{D}"
RAJ = f"r.mistry@{D}"
OWEN = f"o.pritchard@{D}"
HELEN = f"h.barraclough@{D}"
LIAM = f"l.dunne@{D}"
YUSUF = f"y.khan@{D}"
GMT = "GMT Standard Time"


def _gh(app: str) -> str:
    return (f"https://app.greenhouse.io/guides/{digits(app, 8)}/people/{digits(app + 'p', 9)}"
            f"?application_id={digits(app + 'a', 9)}")


def events() -> list[Ev]:
    out: list[Ev] = []

    # Greenhouse interviewer-facing invite with the interview kit link (no candidate on the invite)
    uid = outlook_uid("pp-kit-callum")
    desc = ("Interviewer: Grace Okonkwo, Raj Mistry\nCandidate: Callum Reid\nJob: QA Engineer (Req #118)\n"
            "Interview: Technical Interview (60 min)\n\nInterview kit: " + _gh("callum") + "\nResume: "
            f"https://app.greenhouse.io/people/{digits('callump', 9)}/applications\n\nPlease submit your scorecard "
            "within 24 hours of the interview.\n\n" + teams("en", "pp-kit-callum"))
    out.append(neg("user-as-interviewer-kit-en", exch(
        uid, org(ZOE, "Kershaw, Zoe"), [att(WORK, "Okonkwo, Grace"), att(RAJ, "Mistry, Raj")],
        "Interview: Callum Reid for QA Engineer - Technical Interview", desc, "20250305T100000", "20250305T110000",
        "20250228T151200Z"), uid))

    # The user's own reminder block to write the scorecard
    uid = outlook_uid("pp-scorecard")
    out.append(neg("user-as-interviewer-scorecard-en", cal(OUTLOOK, [
        "CLASS:PUBLIC", "CREATED:20250305T111500Z",
        p("DESCRIPTION", "notes in OneNote. strong on API testing + test design, weaker on CI. lean yes"),
        f"DTEND;TZID={GMT}:20250305T113000", "DTSTAMP:20250305T111500Z", f"DTSTART;TZID={GMT}:20250305T110500",
        "LAST-MODIFIED:20250305T111500Z", "PRIORITY:5", "SEQUENCE:0",
        p("SUMMARY;LANGUAGE=en-gb", "Scorecard – Callum Reid (tech) – submit in GH"), "TRANSP:OPAQUE",
        f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
    ], tzs=(mstz(GMT, True),), method="PUBLISH", method_first=True), uid))

    # Debrief after an onsite loop the user sat on
    uid = outlook_uid("pp-debrief")
    desc = ("15 min debrief after today's onsite loop for Senior SDET. Candidate: Ana Lucía Romero.\n\nPlease have "
            "your scorecards in Greenhouse before we meet so we can go straight to the decision.\n\nOwen\n\n"
            + teams("en", "pp-debrief"))
    out.append(neg("user-as-interviewer-debrief-en", exch(
        uid, org(OWEN, "Pritchard, Owen"), [att(WORK, "Okonkwo, Grace"), att(RAJ, "Mistry, Raj"),
                                            att(ZOE, "Kershaw, Zoe")],
        "Debrief – Senior SDET – Ana Lucía Romero", desc, "20250313T163000", "20250313T164500",
        "20250310T090000Z"), uid))

    # Candidate-facing panel invite from the coordinator: the candidate (outlook.com) and the user's work address
    uid = outlook_uid("pp-panel-femi")
    desc = ("Hi Femi,\n\nThank you for your interest in Pennine Payments. Please find below the details of your panel "
            "interview for the Test Automation Engineer role.\n\nYour panel:\nGrace Okonkwo – Senior QA Engineer\n"
            "Yusuf Khan – Software Engineer, Merchant Services\n\nThe interview will last 60 minutes and includes a "
            "short test design exercise. Please let me know if you need any adjustments.\n\nKind regards\nLiam Dunne\n"
            "Recruitment Coordinator | Pennine Payments\n\n" + teams("en", "pp-panel-femi"))
    out.append(neg("user-as-interviewer-panel-candidate-freemail-en", exch(
        uid, org(LIAM, "Dunne, Liam"),
        [att("femi.adeyemi@outlook.com", "femi.adeyemi@outlook.com"), att(WORK, "Okonkwo, Grace"),
         att(YUSUF, "Khan, Yusuf")],
        "Panel Interview – Test Automation Engineer – Femi Adeyemi", desc, "20250320T140000", "20250320T150000",
        "20250314T113000Z", alt=True), uid))

    # Interviewer shadowing
    uid = outlook_uid("pp-shadow")
    desc = ("Part of the interviewer training programme: Grace shadows Helen on a QA Engineer final interview "
            "(candidate: Jade Morley). Observe only – no questions – then submit a practice scorecard in Greenhouse "
            "and we'll compare notes. Reverse shadow next time.\n\nZoe")
    out.append(neg("user-as-interviewer-shadowing-en", exch(
        uid, org(ZOE, "Kershaw, Zoe"), [att(WORK, "Okonkwo, Grace"), att(HELEN, "Barraclough, Helen"),
                                        room(f"mcr-room-pennine@{D}", "MCR 2F Pennine Room (6)")],
        "Interview shadowing: Grace shadowing Helen – QA Engineer final (Jade Morley)", desc, "20250225T140000",
        "20250225T150000", "20250219T102000Z", loc="MCR 2F Pennine Room (6)"), uid))

    # Calendly: the user is the host; the candidate booked her slot from a gmail address
    uid = uuid("pp-calendly-niamh")
    desc = ("Event Name: Pennine QA – candidate intro (20 min)\n\nInvitee: Niamh Carroll\nInvitee Email: "
            "niamh.carroll94@gmail.com\n\nQuestions:\nWhich role are you applying for?\nJunior QA Engineer\n"
            "LinkedIn profile\nhttps://www.linkedin.com/in/niamh-carroll-qa\n\nLocation: This is a Microsoft Teams "
            "web conference. Join link will be in your confirmation email.\n\nView event in Calendly: "
            f"https://calendly.com/app/scheduled_events/user/me?uuid={uuid('pp-cal-ev')}\n\nPowered by Calendly.com")
    out.append(neg("user-as-interviewer-calendly-host-en", cal(
        ["PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"], [
            f"UID:{uid}", "DTSTAMP:20250401T184000Z", "DTSTART:20250404T130000Z", "DTEND:20250404T132000Z",
            org(WORK, "Grace Okonkwo"), att("niamh.carroll94@gmail.com", "Niamh Carroll", ps="ACCEPTED",
                                             rsvp=False),
            p("SUMMARY", "Pennine QA – candidate intro between Grace Okonkwo and Niamh Carroll"),
            p("DESCRIPTION", desc), p("LOCATION", "Microsoft Teams"), "STATUS:CONFIRMED", "SEQUENCE:0",
        ], method="REQUEST"), uid))

    # The same agency as one of her own interviews sends its candidate to the user
    uid = outlook_uid("pp-agency-tomasz")
    desc = ("Hi Grace,\n\nThanks for agreeing to meet Tomasz. Confirming his interview with you and Raj for your QA "
            "Automation Engineer vacancy at Pennine Payments. His CV is attached to my earlier email; he's available "
            "to start in four weeks and is currently on £52k.\n\nTeams link from your side as usual.\n\nKind "
            "regards\nJess Holt\nSenior Consultant – Technology\nPinder & Lowe Recruitment")
    out.append(neg("user-as-interviewer-agency-candidate-en", exch(
        uid, org("jess.holt@pinderlowe.co.uk", "Holt, Jess"), [att(WORK, "Okonkwo, Grace"), att(RAJ, "Mistry, Raj")],
        "Candidate interview: Tomasz Wiśniewski – QA Automation Engineer – Pennine Payments", desc,
        "20250409T140000", "20250409T150000", "20250403T120000Z", loc="Teams (Pennine to send)"), uid))

    # Take-home review block, the user's own
    uid = outlook_uid("pp-takehome")
    out.append(neg("user-as-interviewer-takehome-review-en", cal(OUTLOOK, [
        "CLASS:PUBLIC", "CREATED:20250414T080000Z",
        p("DESCRIPTION", "repo: https://github.com/pennine-hiring/qa-takehome-sophie-tran\nuse rubric v3 (test "
                         "design 40 / code quality 30 / CI 15 / write-up 15). feedback to Zoe by Thu."),
        f"DTEND;TZID={GMT}:20250415T120000", "DTSTAMP:20250414T080000Z", f"DTSTART;TZID={GMT}:20250415T110000",
        "LAST-MODIFIED:20250414T080000Z", "PRIORITY:5", "SEQUENCE:0",
        p("SUMMARY;LANGUAGE=en-gb", "Review take-home: Sophie Tran (QA Engineer) – Playwright task"),
        "TRANSP:OPAQUE", f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ], tzs=(mstz(GMT, True),), method="PUBLISH", method_first=True), uid))

    # Hand-typed note in the work calendar
    uid = outlook_uid("pp-kwame")
    out.append(neg("user-as-interviewer-handtyped-en", cal(OUTLOOK, [
        "CLASS:PUBLIC", "CREATED:20250224T173000Z", f"DTEND;TZID={GMT}:20250226T153000",
        "DTSTAMP:20250224T173000Z", f"DTSTART;TZID={GMT}:20250226T143000", "LAST-MODIFIED:20250224T173000Z",
        p("LOCATION", "MR2"), "PRIORITY:5", "SEQUENCE:0",
        p("SUMMARY;LANGUAGE=en-gb", "interview jr tester - kwame (API q's + bug hunt exercise)"),
        "TRANSP:OPAQUE", f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ], tzs=(mstz(GMT, True),), method="PUBLISH", method_first=True), uid))

    # Weekly hiring sync (recurring) run by the user's manager
    uid = outlook_uid("pp-hiring-sync")
    desc = ("Weekly 30 min to review the QA & Test pipeline: new applicants, scorecards outstanding, offers. Bring "
            "your Greenhouse to-dos.\n\nHelen\n\n" + teams("en", "pp-hiring-sync"))
    out.append(neg("user-as-interviewer-hiring-sync-recurring-en", exch(
        uid, org(HELEN, "Barraclough, Helen"),
        [att(WORK, "Okonkwo, Grace"), att(RAJ, "Mistry, Raj"), att(ZOE, "Kershaw, Zoe")],
        "QA hiring sync", desc, "20250303T093000", "20250303T100000", "20250227T160000Z",
        extra=("RRULE:FREQ=WEEKLY;UNTIL=20250630T083000Z;INTERVAL=1;BYDAY=MO;WKST=MO",)), uid))

    return out
