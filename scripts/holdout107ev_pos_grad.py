"""holdout107: the user's own interviews for employers' graduate / early-careers programmes (ATS invites)."""

from __future__ import annotations

from holdout107ev_boiler import teams, zoom
from holdout107ev_ics import ME_GMAIL, Ev, cal, desc, g_att, p_att


def strathmore_hm() -> Ev:
    uid = "WD-INTERVIEW-EVENT-3-118842@strathmore.wd3.myworkday.com"
    body = (
        "Hello Eilidh,\n\nYour interview has been scheduled.\n\nJob Requisition: R-10452 Early Careers Manager "
        "(Open)\nInterview: Hiring Manager Interview\nInterviewer(s): Niall Robertson\nLocation: Microsoft Teams"
        "\n\nIf you need to reschedule, please contact talent@strathmore-eng.co.uk.\n\n"
        + teams("375 501 228 913", "bN8sQe")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250402T080512Z",
        "DTSTART:20250409T130000Z",
        "DTEND:20250409T140000Z",
        "SUMMARY:Interview Scheduled: R-10452 Early Careers Manager - Eilidh Campbell",
        "ORGANIZER;CN=Strathmore Engineering:mailto:strathmore@myworkday.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("niall.robertson@strathmore-eng.co.uk", "Niall Robertson"),
        desc(body),
        "LOCATION:Microsoft Teams",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    return Ev("workday-hm-en", cal([ev], "-//Workday//Workday Calendar//EN"), uid, 1, "Strathmore Engineering",
              "Early Careers Manager", "hiring_manager", "niall.robertson@strathmore-eng.co.uk", "workday-hm-en")


def strathmore_final() -> Ev:
    uid = "WD-INTERVIEW-EVENT-3-121907@strathmore.wd3.myworkday.com"
    body = (
        "Hello Eilidh,\n\nYour interview has been scheduled.\n\nJob Requisition: R-10452 Early Careers Manager "
        "(Open)\nInterview: Final Panel\nInterviewer(s): Niall Robertson; Claire Dunn; Sunil Varma\n"
        "Location: Strathmore House, 4 Atlantic Quay, Glasgow G2 8JB - please sign in at reception.\n\n"
        "Scheduling coordinator: Amy Boyd (Talent Acquisition) - not part of the panel."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250416T094401Z",
        "DTSTART:20250424T090000Z",
        "DTEND:20250424T103000Z",
        "SUMMARY:Interview Scheduled: R-10452 Early Careers Manager - Final Panel",
        "ORGANIZER;CN=Amy Boyd:mailto:amy.boyd@strathmore-eng.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("niall.robertson@strathmore-eng.co.uk", "Niall Robertson"),
        p_att("claire.dunn@strathmore-eng.co.uk", "Claire Dunn"),
        p_att("sunil.varma@strathmore-eng.co.uk", "Sunil Varma"),
        'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="GLA-AQ-3.02 Clyde Room":mailto:gla-aq-302@strathmore-eng.co.uk',
        desc(body),
        "LOCATION:Strathmore House\\, 4 Atlantic Quay\\, Glasgow G2 8JB",
        "SEQUENCE:0",
    ]
    return Ev("workday-final-en", cal([ev], "-//Workday//Workday Calendar//EN"), uid, 1, "Strathmore Engineering",
              "Early Careers Manager", "final",
              "niall.robertson@strathmore-eng.co.uk;claire.dunn@strathmore-eng.co.uk;sunil.varma@strathmore-eng.co.uk",
              "workday-final-room-coordinator-en")


def harrowgate_screen() -> Ev:
    uid = "sfsf-int-7730185-20250317@harrowgate.successfactors.eu"
    body = (
        "Dear Eilidh,\n\nThank you for applying for Early Careers Lead (Job ID 7730185) at Harrowgate Bank.\n\n"
        "This is a 30-minute telephone interview with Rachel Oduya from our Talent Acquisition team. Rachel "
        "will call you on the number in your application.\n\nKind regards\nHarrowgate Bank Resourcing"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250311T121000Z",
        "DTSTART:20250317T100000Z",
        "DTEND:20250317T103000Z",
        "SUMMARY:Telephone Interview - Early Careers Lead - Harrowgate Bank",
        "ORGANIZER;CN=Harrowgate Bank Resourcing:mailto:careers@harrowgatebank.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("rachel.oduya@harrowgatebank.co.uk", "Rachel Oduya"),
        desc(body),
        "LOCATION:Telephone",
    ]
    return Ev("successfactors-phone-en", cal([ev], "-//SAP SuccessFactors//Recruiting//EN"), uid, 1,
              "Harrowgate Bank", "Early Careers Lead", "recruiter_screen", "rachel.oduya@harrowgatebank.co.uk",
              "successfactors-phone-screen-en")


def harrowgate_ac() -> Ev:
    uid = "sfsf-ac-7730185-EC-LEAD-VAC-02@harrowgate.successfactors.eu"
    body = (
        "Harrowgate Bank - Virtual Assessment Centre (2 mornings)\nRole: Early Careers Lead\n\n"
        "Day 1: group exercise, in-tray exercise, competency interview with two assessors\n"
        "Day 2: presentation and final interview with Head of Talent (Gordon Shearer)\n\n"
        "Assessors: Gordon Shearer, Priti Lal\n\n" + zoom("917 4402 3318", "aGFycm93Z2F0ZQ", "harrowgatebank")
    )
    master = [
        f"UID:{uid}",
        "DTSTAMP:20250325T153000Z",
        "DTSTART;TZID=Europe/London:20250403T091500",
        "DTEND;TZID=Europe/London:20250403T123000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:Harrowgate Bank - Virtual Assessment Centre - Early Careers Lead",
        "ORGANIZER;CN=Harrowgate Bank Resourcing:mailto:careers@harrowgatebank.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("gordon.shearer@harrowgatebank.co.uk", "Gordon Shearer"),
        p_att("priti.lal@harrowgatebank.co.uk", "Priti Lal"),
        desc(body),
        "LOCATION:Zoom",
        "SEQUENCE:0",
    ]
    override = [
        f"UID:{uid}",
        "RECURRENCE-ID;TZID=Europe/London:20250404T091500",
        "DTSTAMP:20250401T101200Z",
        "DTSTART;TZID=Europe/London:20250404T103000",
        "DTEND;TZID=Europe/London:20250404T123000",
        "SUMMARY:Harrowgate Bank - Virtual Assessment Centre - Day 2 (moved to 10:30)",
        "ORGANIZER;CN=Harrowgate Bank Resourcing:mailto:careers@harrowgatebank.co.uk",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("gordon.shearer@harrowgatebank.co.uk", "Gordon Shearer"),
        p_att("priti.lal@harrowgatebank.co.uk", "Priti Lal"),
        desc(body),
        "LOCATION:Zoom",
        "SEQUENCE:1",
    ]
    return Ev("successfactors-recurring-ac-en", cal([master, override], "-//SAP SuccessFactors//Recruiting//EN",
              tz=("london",)), uid, 1, "Harrowgate Bank", "Early Careers Lead", "onsite",
              "gordon.shearer@harrowgatebank.co.uk;priti.lal@harrowgatebank.co.uk", "recurring-override-ac-en")


def pennine() -> Ev:
    uid = "oleeo-2025-PW-GPM-interview-55120@penninewater.oleeo.com"
    body = (
        "Pennine Water - Interview confirmation\n\nVacancy: Graduate Programme Manager (PW/HR/2291)\n"
        "Stage: Competency-based interview\nPanel: Kathryn Illingworth (Head of Talent) and Joe Maddox "
        "(Engineering Graduate Scheme Lead)\nVenue: Western House, Halifax Road, Bradford BD6 2SZ\n\n"
        "Please bring your ID and completed right-to-work form. Visitor parking is available."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250506T140000Z",
        "DTSTART:20250513T130000Z",
        "DTEND:20250513T140000Z",
        "SUMMARY:Interview: Graduate Programme Manager",
        "ORGANIZER;CN=Pennine Water Recruitment:mailto:no-reply@oleeo.com",
        p_att(ME_GMAIL),
        desc(body),
        "LOCATION:Western House\\, Halifax Road\\, Bradford BD6 2SZ",
    ]
    return Ev("oleeo-utc-en", cal([ev], "-//Oleeo//Oleeo Recruit//EN", method="PUBLISH"), uid, 1, "Pennine Water",
              "Graduate Programme Manager", "", "Kathryn Illingworth;Joe Maddox", "oleeo-company-in-body-en")


def thistledown_case() -> Ev:
    uid = "personio-9e1d4a70-3c55-4a2b-8f60-d6b1c2a3e4f5"
    body = (
        "Hi Eilidh,\n\nwe are happy to invite you to the second interview for the position Early Careers Partner "
        "at Thistledown Foods.\n\nFormat: case study (graduate attraction plan for our Perth and Dundee sites), "
        "30 min presentation + 30 min questions.\nInterviewers: Alasdair Kerr, Kirsten Moffat\n\n"
        "Please find the case brief attached to the email.\n\nBest regards\nThistledown Foods People Team"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250519T073012Z",
        "DTSTART;TZID=Europe/London:20250527T140000",
        "DTEND;TZID=Europe/London:20250527T150000",
        "SUMMARY:Interview: Early Careers Partner | Thistledown Foods",
        "ORGANIZER;CN=Thistledown Foods:mailto:noreply@personio.de",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("a.kerr@thistledownfoods.co.uk", "Alasdair Kerr"),
        p_att("k.moffat@thistledownfoods.co.uk", "Kirsten Moffat"),
        desc(body),
        "LOCATION:https://meet.google.com/wfu-dmsk-xra",
    ]
    return Ev("personio-case-en", cal([ev], "-//Personio//Personio Calendar//EN", tz=("london",)), uid, 1,
              "Thistledown Foods", "Early Careers Partner", "technical",
              "a.kerr@thistledownfoods.co.uk;k.moffat@thistledownfoods.co.uk", "personio-case-study-en")


def thistledown_day() -> Ev:
    uid = "28C0F7B1-55D3-4F0E-9B7A-1E6D4C3B2A90"
    ev = [
        "CREATED:20250604T184500Z",
        "DTSTAMP:20250604T184512Z",
        "DTSTART;VALUE=DATE:20250612",
        "DTEND;VALUE=DATE:20250613",
        "SUMMARY:Thistledown Foods final assessment day (Perth)",
        "DESCRIPTION:final stage - site tour\\, meet MD Douglas Rennie + People Director Kirsten Moffat."
        " 9am start Inveralmond Ind Est.",
        "LOCATION:Thistledown Foods\\, Inveralmond Industrial Estate\\, Perth",
        f"UID:{uid}",
        "TRANSP:TRANSPARENT",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    return Ev("apple-allday-final-en", cal([ev], "apple", method=None), uid, 1, "Thistledown Foods",
              "", "final", "Douglas Rennie;Kirsten Moffat", "apple-all-day-final-en")


def brightwell_screen() -> Ev:
    uid = "greenhouse-4417208003-interview-1@greenhouse.io"
    body = (
        "Hi Eilidh,\n\nThanks for making time to speak with us about the Graduate Recruitment Lead role at "
        "Brightwell Consulting. Please see the details below.\n\nInterview: Recruiter Screen\n"
        "Interviewer: Priyanka Shah (Talent Partner)\nDuration: 30 minutes\n\n" + zoom("861 0028 4471", "QnJpZ2h0d2Vs")
        + "\n\nBrightwell Consulting is an equal opportunity employer."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250220T165502Z",
        "DTSTART:20250226T153000Z",
        "DTEND:20250226T160000Z",
        "SUMMARY:Eilidh Campbell - Recruiter Screen (Graduate Recruitment Lead)",
        "ORGANIZER;CN=Priyanka Shah:mailto:priyanka.shah@bwconsult.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("priyanka.shah@bwconsult.com", "Priyanka Shah", "ACCEPTED"),
        desc(body),
        "LOCATION:https://us02web.zoom.us/j/86100284471",
    ]
    return Ev("greenhouse-screen-en", cal([ev], "-//Greenhouse Software//Greenhouse//EN"), uid, 1,
              "Brightwell Consulting", "Graduate Recruitment Lead", "recruiter_screen", "priyanka.shah@bwconsult.com",
              "greenhouse-abbrev-domain-en")


def brightwell_case() -> Ev:
    uid = "greenhouse-4417208003-interview-3@greenhouse.io"
    body = (
        "Hi Eilidh,\n\nYour next interview for Graduate Recruitment Lead at Brightwell is confirmed.\n\n"
        "Case exercise: designing our campus attraction strategy for 2026 (brief attached, 45 min prep "
        "beforehand)\nInterviewers:\n- Oliver Ng, Head of Early Talent\n- Danielle Harte, Senior Consultant\n\n"
        "Your coordinator for this interview is Priyanka Shah.\n\n" + teams("329 774 016 822", "Ce4Yh1")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250306T101102Z",
        "DTSTART:20250312T140000Z",
        "DTEND:20250312T150000Z",
        "SUMMARY:Brightwell Consulting - Case exercise - Eilidh Campbell",
        "ORGANIZER;CN=Priyanka Shah:mailto:priyanka.shah@bwconsult.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("oliver.ng@bwconsult.com", "Oliver Ng"),
        p_att("danielle.harte@bwconsult.com", "Danielle Harte"),
        desc(body),
        "LOCATION:Microsoft Teams Meeting",
    ]
    return Ev("greenhouse-case-en", cal([ev], "-//Greenhouse Software//Greenhouse//EN"), uid, 1,
              "Brightwell Consulting", "Graduate Recruitment Lead", "technical",
              "oliver.ng@bwconsult.com;danielle.harte@bwconsult.com", "greenhouse-case-coordinator-en")


def lumo_hm() -> Ev:
    uid = "ashby-interview-7b2e91c4-0d6f-4c1a-a9e3-5f8b2d7c6e10"
    body = (
        "Eilidh Campbell <> Lumo \u2014 Hiring Manager Interview\n\nRole: Early Careers Programme Manager\n"
        "Interviewer: Ross Galbraith (VP People)\n\nGoogle Meet: https://meet.google.com/ybn-qxpa-tcv\n\n"
        "Scheduled via Ashby on behalf of Lumo Analytics. Need to reschedule? Reply to this email."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250411T091503Z",
        "DTSTART;TZID=Europe/London:20250417T113000",
        "DTEND;TZID=Europe/London:20250417T121500",
        "SUMMARY:Eilidh Campbell <> Lumo \u2014 Hiring Manager Interview",
        "ORGANIZER;CN=Lumo Recruiting:mailto:recruiting@lumo.ai",
        g_att(ME_GMAIL, "Eilidh Campbell"),
        g_att("ross@lumo.ai", "Ross Galbraith"),
        desc(body),
        "LOCATION:https://meet.google.com/ybn-qxpa-tcv",
    ]
    return Ev("ashby-hm-en", cal([ev], "-//Ashby//Ashby Scheduling//EN", tz=("london",)), uid, 1, "Lumo Analytics",
              "Early Careers Programme Manager", "hiring_manager", "ross@lumo.ai", "ashby-brand-domain-en")


def lumo_task() -> Ev:
    uid = "ashby-interview-c3d8a2f1-77e4-4b90-8a15-2e9f0d4b6a31"
    body = (
        "Practical exercise review \u2014 Early Careers Programme Manager\n\nYou'll walk Nadia and Ewan through "
        "your take-home (a 12-month intern programme plan), then they'll ask follow-up questions.\n\n"
        "Interviewers: Nadia Farouk (Head of Talent), Ewan Lindsay (Engineering Manager)\n\n"
        "Google Meet: https://meet.google.com/ckd-ewra-pso"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250424T130001Z",
        "DTSTART;TZID=Europe/London:20250430T150000",
        "DTEND;TZID=Europe/London:20250430T160000",
        "SUMMARY:Lumo \u2014 Take-home review (Early Careers Programme Manager)",
        "ORGANIZER;CN=Lumo Recruiting:mailto:recruiting@lumo.ai",
        g_att(ME_GMAIL, "Eilidh Campbell"),
        g_att("nadia@lumo.ai", "Nadia Farouk"),
        g_att("ewan@lumo.ai", "Ewan Lindsay"),
        desc(body),
    ]
    return Ev("ashby-takehome-en", cal([ev], "-//Ashby//Ashby Scheduling//EN", tz=("london",)), uid, 1,
              "Lumo Analytics", "Early Careers Programme Manager", "technical", "nadia@lumo.ai;ewan@lumo.ai",
              "ashby-take-home-en")


def aldgate() -> Ev:
    uid = "lever-interview-5c0a7e22-b1f4-4d68-9e3b-a7c2f9d10e84"
    body = (
        "Interview with Aldgate & Finch LLP\n\nPosition: Graduate Recruitment Manager\nStage: Final stage - "
        "Partner interview\nInterviewers: Victoria Ashdown (Training Principal, Partner), Henry Oakes "
        "(Head of Legal Talent)\nLocation: 1 Finch Lane, London EC3V 3NA. Report to 6th floor reception.\n\n"
        "Need to reschedule? Contact graduate.recruitment@aldgatefinch.com"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250512T110000Z",
        "DTSTART:20250520T090000Z",
        "DTEND:20250520T100000Z",
        "SUMMARY:Aldgate & Finch - Graduate Recruitment Manager - Final stage (Partner interview)",
        "ORGANIZER;CN=Aldgate & Finch Graduate Recruitment:mailto:graduate.recruitment@aldgatefinch.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("v.ashdown@aldgatefinch.com", "Victoria Ashdown"),
        p_att("h.oakes@aldgatefinch.com", "Henry Oakes"),
        desc(body),
        "LOCATION:1 Finch Lane\\, London EC3V 3NA",
    ]
    return Ev("lever-final-en", cal([ev], "-//Lever//Lever Hire//EN"), uid, 1, "Aldgate & Finch LLP",
              "Graduate Recruitment Manager", "final", "v.ashdown@aldgatefinch.com;h.oakes@aldgatefinch.com",
              "lever-law-firm-final-en")


def all_grad() -> list[Ev]:
    return [strathmore_hm(), strathmore_final(), harrowgate_screen(), harrowgate_ac(), pennine(), thistledown_case(),
            thistledown_day(), brightwell_screen(), brightwell_case(), lumo_hm(), lumo_task(), aldgate()]
