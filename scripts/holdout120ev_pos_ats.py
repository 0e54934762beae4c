"""holdout120: the user's own interviews sent by ATS and scheduling tools (part one)."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_Y,
    PRODID_GOOGLE,
    TZ_CHI,
    TZ_NY,
    TZ_W_CST,
    Ev,
    att,
    cal,
    esc,
    meet,
    org,
    teams,
    vevent,
    zoom,
)


def _larkspur() -> list[Ev]:
    out = []
    d1 = esc("""
        Hi Rachel,

        Thanks for your interest in the Legal Operations Manager role at Larkspur Health! This is a 30-minute
        phone conversation with Kelsey Amari from our Talent Acquisition team. Kelsey will call you at the
        number on your application (312) 555-0177.

        Interviewer: Kelsey Amari, Senior Talent Partner

        Need to reschedule? Reply to this email and we'll find another time.

        Larkspur Health Recruiting | 155 N. Wacker Dr., Chicago IL
    """)
    uid = "gh-4410298003-2025-03-11@greenhouse.io"
    out.append(Ev("greenhouse-phone", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250311T100000
        DTEND;TZID=America/Chicago:20250311T103000
        DTSTAMP:20250305T191204Z
        {org("recruiting-scheduling@larkspurhealth.com", "Larkspur Health Recruiting")}
        UID:{uid}
        {att("kelsey.amari@larkspurhealth.com", "Kelsey Amari", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "Rachel Kowalski")}
        {att("recruiting-scheduling@larkspurhealth.com", "Larkspur Health Recruiting", ps="ACCEPTED", rsvp=False)}
        CREATED:20250305T191204Z
        DESCRIPTION:{d1}
        LOCATION:Phone call - Kelsey will call you
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Phone Interview - Larkspur Health - Legal Operations Manager
        TRANSP:OPAQUE
    """), tz=(TZ_CHI,)), uid, 1, "Larkspur Health", "Legal Operations Manager", "recruiter_screen",
        "kelsey.amari@larkspurhealth.com", "greenhouse-phone-screen-en"))

    d2 = esc("""
        Hi Rachel,

        We're excited to continue the conversation! Below is your virtual panel for the Legal Operations
        Manager position. All sessions use the same Zoom link.

        1:00 PM - 1:45 PM  Dana Whitcomb, Associate General Counsel (hiring manager)
        1:45 PM - 2:30 PM  Marcus Oyelaran, Contracts Lead & Priya Venkat, Legal Ops Analyst
        2:30 PM - 3:00 PM  Break / Q&A with the recruiting team

        Your coordinator for the day is Bethany Cole (not interviewing) - reach her at
        bethany.cole@larkspurhealth.com if anything comes up.
    """, zoom("larkspurhealth", "84217730962", "Lh7731"))
    uid = "gh-4410298003-panel-77120@greenhouse.io"
    out.append(Ev("greenhouse-panel", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250325T130000
        DTEND;TZID=America/Chicago:20250325T150000
        DTSTAMP:20250318T151733Z
        {org("bethany.cole@larkspurhealth.com", "Bethany Cole")}
        UID:{uid}
        {att("dana.whitcomb@larkspurhealth.com", "Dana Whitcomb", rsvp=False, ps="ACCEPTED")}
        {att("marcus.oyelaran@larkspurhealth.com", "Marcus Oyelaran", rsvp=False, ps="ACCEPTED")}
        {att("priya.venkat@larkspurhealth.com", "Priya Venkat", rsvp=False, ps="TENTATIVE")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        {att("bethany.cole@larkspurhealth.com", "Bethany Cole", role="OPT-PARTICIPANT", rsvp=False, ps="ACCEPTED")}
        DESCRIPTION:{d2}
        LOCATION:https://larkspurhealth.zoom.us/j/84217730962
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Larkspur Health: Virtual Panel Interview - Rachel Kowalski
        TRANSP:OPAQUE
    """), tz=(TZ_CHI,)), uid, 1, "Larkspur Health", "Legal Operations Manager", "onsite",
        "dana.whitcomb@larkspurhealth.com;marcus.oyelaran@larkspurhealth.com;priya.venkat@larkspurhealth.com",
        "greenhouse-panel-coordinator-en"))
    return out


def _redline_corvane() -> list[Ev]:
    out = []
    d = esc("""
        Rachel Kowalski <> Redline Discovery

        Role: E-Discovery Project Manager
        Interview: Hiring Manager Interview (45 min)
        Interviewer: Tom Hallick, Director of Client Services

        Join from Google Meet (link below). Please have a recent matter in mind where you managed a
        production on a tight deadline - Tom likes to walk through real examples.

        Sent via Lever on behalf of Redline Discovery.
    """, meet("qwe-rtyu-iop"))
    uid = "e1c5b7a2-93f0-4d5e-8a31-0c7d2f66b9a4"
    out.append(Ev("lever-hm-utc", cal(vevent(f"""
        DTSTART:20250402T190000Z
        DTEND:20250402T194500Z
        DTSTAMP:20250327T142201Z
        {org("no-reply@hire.lever.co", "Redline Discovery")}
        UID:{uid}
        {att("tom.hallick@redlinediscovery.com", "Tom Hallick")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Rachel Kowalski <> Redline Discovery - E-Discovery Project Manager
        DESCRIPTION:{d}
        LOCATION:Google Meet
        STATUS:CONFIRMED
        SEQUENCE:0
    """), method="REQUEST"), uid, 1, "Redline Discovery", "E-Discovery Project Manager", "hiring_manager",
        "tom.hallick@redlinediscovery.com", "lever-utc-en"))

    d = esc("""
        Hi Rachel - looking forward to chatting! This is an intro call with our recruiting team to
        learn more about your background and share more about the Legal Operations Lead role.

        Interviewers
        Nadia Brooks (Recruiter)

        Location: Google Meet
    """, meet("hzb-kqpa-tme"), """
        Need to make a change? https://jobs.ashbyhq.com/corvane/interview/reschedule/4c0e
        Powered by Ashby
    """)
    uid = "ashby-int-9f3a0b6e-corvane-01"
    out.append(Ev("ashby-screen", cal(vevent(f"""
        DTSTART;TZID=America/New_York:20250317T113000
        DTEND;TZID=America/New_York:20250317T120000
        DTSTAMP:20250312T200013Z
        {org("scheduling@ashbyhq.com", "Corvane Recruiting")}
        UID:{uid}
        {att("nadia@corvane.io", "Nadia Brooks")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview with Corvane: Recruiter Screen
        DESCRIPTION:{d}
        LOCATION:https://meet.google.com/hzb-kqpa-tme
        STATUS:CONFIRMED
    """), tz=(TZ_NY,)), uid, 1, "Corvane", "Legal Operations Lead", "recruiter_screen", "nadia@corvane.io",
        "ashby-screen-en"))

    d = esc("""
        Your interview has been rescheduled to a new time. The previous invitation is no longer valid.

        Legal Operations Lead - Workflow Case Study (60 min)
        You'll walk Jonah and Elise through how you would set up matter intake and outside-counsel
        billing review for a 12-person legal team. No prep materials needed beyond what we emailed.

        Interviewers
        Jonah Feld (Head of Legal)
        Elise Marchetti (Legal Ops Manager)
    """, meet("dvr-ppoa-wnc"), "Powered by Ashby")
    uid = "ashby-int-2d81c4aa-corvane-02"
    out.append(Ev("ashby-rescheduled", cal(vevent(f"""
        DTSTART;TZID=America/New_York:20250326T140000
        DTEND;TZID=America/New_York:20250326T150000
        DTSTAMP:20250324T161549Z
        {org("scheduling@ashbyhq.com", "Corvane Recruiting")}
        UID:{uid}
        {att("jonah@corvane.io", "Jonah Feld")}
        {att("elise@corvane.io", "Elise Marchetti")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Rescheduled: Interview with Corvane - Case Study
        DESCRIPTION:{d}
        LOCATION:Google Meet
        SEQUENCE:2
        STATUS:CONFIRMED
    """), tz=(TZ_NY,)), uid, 1, "Corvane", "Legal Operations Lead", "technical", "jonah@corvane.io;elise@corvane.io",
        "ashby-rescheduled-en"))
    return out


def _workday() -> list[Ev]:
    out = []
    d = esc("""
        Dear Rachel,

        Thank you for applying to Brightwater Logistics. You are invited to interview for:
        Contracts Manager (R0023817)

        Interview type: Microsoft Teams video
        Interviewer(s): Gregory Szabo - Senior Counsel, Commercial
        Duration: 45 minutes

        Please accept this invitation so we can confirm your attendance. If you need an accommodation for
        the interview process, contact talent@brightwaterlogistics.com.
    """, teams("231 904 772 118", "YTc2Mzg4NmQtNGQ2Ni00"))
    uid = "WD-INT-000481273-brightwater@myworkday.com"
    out.append(Ev("workday-teams", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250407T133502Z
        DTSTART;TZID=America/Chicago:20250410T090000
        DTEND;TZID=America/Chicago:20250410T094500
        {org("brightwater@myworkday.com", "Brightwater Logistics Talent Acquisition")}
        {att("gregory.szabo@brightwaterlogistics.com", "Gregory Szabo")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview: Contracts Manager (R0023817) - Brightwater Logistics
        DESCRIPTION:{d}
        LOCATION:Microsoft Teams Meeting
        SEQUENCE:0
        STATUS:CONFIRMED
        CLASS:PUBLIC
    """), prodid="-//Workday//Recruiting Calendar//EN", tz=(TZ_CHI,)), uid, 1, "Brightwater Logistics",
        "Contracts Manager", "hiring_manager", "gregory.szabo@brightwaterlogistics.com", "workday-teams-en"))

    d = esc("""
        Rachel,

        Congratulations on advancing to the final round for Legal Operations Specialist (JR-2025-0417).
        Please check in at the Lakeview Building reception (3 Parkway North, Deerfield IL) 15 minutes early
        with a photo ID. Visitor parking is in Lot C.

        Schedule
        10:00 - 10:45  Helen Strand, General Counsel
        10:45 - 11:30  Victor Amadi, Deputy General Counsel
        11:30 - 12:00  Wrap-up with Talent Acquisition (Courtney Reyes)

        Room: Lakeview 4B (booked)
    """)
    uid = "WD-INT-000502917-kestrel@myworkday.com"
    out.append(Ev("workday-final-room", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250428T171122Z
        DTSTART;TZID=America/Chicago:20250506T100000
        DTEND;TZID=America/Chicago:20250506T120000
        {org("kestrelpharma@myworkday.com", "Kestrel Pharmaceuticals Recruiting")}
        {att("helen.strand@kestrelpharma.com", "Helen Strand")}
        {att("victor.amadi@kestrelpharma.com", "Victor Amadi")}
        {att("courtney.reyes@kestrelpharma.com", "Courtney Reyes", role="OPT-PARTICIPANT")}
        {att("lakeview-4b@kestrelpharma.com", "Lakeview 4B (8)", role="NON-PARTICIPANT", cutype="ROOM", rsvp=False)}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Final Interview - Legal Operations Specialist - Kestrel Pharmaceuticals
        DESCRIPTION:{d}
        LOCATION:Kestrel Pharmaceuticals\\, 3 Parkway North\\, Deerfield\\, IL 60015 - Lakeview 4B
        SEQUENCE:0
        STATUS:CONFIRMED
    """), prodid="-//Workday//Recruiting Calendar//EN", tz=(TZ_CHI,)), uid, 1, "Kestrel Pharmaceuticals",
        "Legal Operations Specialist", "final", "helen.strand@kestrelpharma.com;victor.amadi@kestrelpharma.com",
        "workday-final-gc-room-en"))
    return out


def _icims_sf_sr() -> list[Ev]:
    out = []
    d = esc("""
        Interview Invitation

        Dear Rachel Kowalski,

        Thank you for your interest in the Senior Contracts Administrator position (Req #2025-3381) with
        Meridian Mutual Insurance Company. We would like to schedule a phone interview with you.

        Interviewer: Lorraine Becker, HR Business Partner
        Phone: Lorraine will call you at 312-555-0177

        Sincerely,
        Meridian Mutual Talent Acquisition
    """)
    uid = "icims-meridianmutual-1700334-8812"
    out.append(Ev("icims-phone", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250319T210000Z
        DTSTART;TZID=Central Standard Time:20250324T140000
        DTEND;TZID=Central Standard Time:20250324T143000
        {org("careers@meridianmutual.com", "Meridian Mutual Talent Acquisition")}
        {att("lorraine.becker@meridianmutual.com", "Lorraine Becker")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview Invitation: Senior Contracts Administrator
        DESCRIPTION:{d}
        LOCATION:Phone Interview
        PRIORITY:5
        CLASS:PUBLIC
    """), prodid="-//iCIMS//Calendar//EN", tz=(TZ_W_CST,)), uid, 1,
        "Meridian Mutual Insurance", "Senior Contracts Administrator", "recruiter_screen",
        "lorraine.becker@meridianmutual.com", "icims-phone-screen-en"))

    d = esc("""
        Dear Rachel,

        As discussed, the next step for the Contract Manager - Legal (Requisition 10422) position is a
        practical skills exercise. You will receive a sample supplier agreement at the start of the session
        and have 60 minutes to redline it and prepare a short issues list. Afterwards you will walk
        Anne-Marie Duval (Assistant General Counsel) through your markup for 30 minutes.

        Please join from a computer with Microsoft Word (track changes).
    """, teams("298 117 602 944", "NzE3MjhlZWUtYjQ5Zi00"), """
        Tallgrass Foods, Inc. - Talent Acquisition
        This invitation was sent from SAP SuccessFactors Recruiting.
    """)
    uid = "SF_INTV_10422_88310_tallgrass"
    out.append(Ev("successfactors-skills", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250414T150245Z
        DTSTART:20250417T140000Z
        DTEND:20250417T153000Z
        {org("noreply@successfactors.com", "Tallgrass Foods Recruiting")}
        {att("annemarie.duval@tallgrassfoods.com", "Duval, Anne-Marie")}
        {att(ME_Y, "Kowalski, Rachel")}
        SUMMARY:Interview: Contract Manager - Legal (10422) - Skills Exercise
        DESCRIPTION:{d}
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
    """), prodid="-//SuccessFactors//Interview Scheduling//EN"), uid, 1, "Tallgrass Foods",
        "Contract Manager - Legal", "technical", "annemarie.duval@tallgrassfoods.com", "successfactors-skills-test-en"))

    d = esc("""
        Hello Rachel,

        Ardent Legal Solutions would like to meet you for the Managed Review Project Lead position.

        When: Tuesday, April 8, 2025, 11:00 AM - 11:45 AM (Central Time)
        Where: Video interview (link below)
        With: Simone Achebe, Review Operations Manager; Raj Patel, Senior Project Lead

        Join the interview: https://ardentlegal.zoom.us/j/95521370044
        Please confirm your availability using the buttons in the email.

        Best regards,
        Ardent Legal Solutions - Recruiting
        (SmartRecruiters)
    """)
    uid = "sr-interview-7f2c1190-54aa-4b8e-b6a1-ardent"
    out.append(Ev("smartrecruiters-video", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250401T120533Z
        DTSTART;TZID=America/Chicago:20250408T110000
        DTEND;TZID=America/Chicago:20250408T114500
        {org("scheduling@smartrecruiters.com", "Ardent Legal Solutions")}
        {att("sachebe@ardentlegal.com", "Simone Achebe")}
        {att("rpatel@ardentlegal.com", "Raj Patel")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Video Interview - Managed Review Project Lead - Ardent Legal Solutions
        DESCRIPTION:{d}
        LOCATION:https://ardentlegal.zoom.us/j/95521370044
        STATUS:CONFIRMED
    """), prodid="-//SmartRecruiters//Calendar//EN", tz=(TZ_CHI,)), uid, 1, "Ardent Legal Solutions",
        "Managed Review Project Lead", "", "sachebe@ardentlegal.com;rpatel@ardentlegal.com",
        "smartrecruiters-video-en"))
    return out


def _goodtime_modernloop() -> list[Ev]:
    out = []
    d = esc("""
        Interview Confirmation: Rachel Kowalski - Quillbase

        Position: Contracts Manager
        Format: Onsite - 225 W. Randolph St., Floor 19, Chicago
        Please check in with the front desk and ask for Hannah.

        11:00 AM  Contract lifecycle deep dive - Leo Marchand (VP Legal)
        11:45 AM  Negotiation role-play - Sofia Ruiz (Senior Commercial Counsel)
        12:30 PM  Lunch with the team (informal)
        1:15 PM   Culture & values - Hannah Whitby (People Team; coordinator)

        Scheduled with GoodTime.
    """)
    uid = "goodtime-0a8e7f22-b3c9-quillbase-onsite"
    room = att("randolph-19-fishbowl@quillbase.com", "CHI-19-Fishbowl", role="NON-PARTICIPANT", cutype="RESOURCE",
               rsvp=False)
    out.append(Ev("goodtime-onsite", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250422T194510Z
        DTSTART;TZID=America/Chicago:20250430T110000
        DTEND;TZID=America/Chicago:20250430T140000
        {org("interviews@quillbase.com", "Quillbase Interviews")}
        {att("leo@quillbase.com", "Leo Marchand")}
        {att("sofia.ruiz@quillbase.com", "Sofia Ruiz")}
        {att("hannah@quillbase.com", "Hannah Whitby", role="OPT-PARTICIPANT")}
        {att(ME_Y, "Rachel Kowalski")}
        {room}
        SUMMARY:Quillbase Onsite Interview - Contracts Manager
        DESCRIPTION:{d}
        LOCATION:Quillbase HQ\\, 225 W. Randolph St.\\, Floor 19\\, Chicago\\, IL
        STATUS:CONFIRMED
    """), prodid="-//GoodTime.io//Interview Scheduling//EN", tz=(TZ_CHI,)), uid, 1, "Quillbase",
        "Contracts Manager", "onsite", "leo@quillbase.com;sofia.ruiz@quillbase.com",
        "goodtime-onsite-resource-en"))

    d = esc("""
        Hi Rachel,

        Here are the details for your interview loop with Wabash Mutual for the Legal Operations Analyst
        role. Each conversation is 30 minutes; the same Zoom link is used throughout.

        - Ingrid Solberg, Director of Legal Operations
        - Dwayne Pruitt, Manager, eDiscovery & Records
        - Camille Osei, Paralegal Manager

        Questions? Your recruiting coordinator is Mateo Vargas (mateo.vargas@wabashmutual.com).
    """, zoom("wabashmutual", "91876623401", "WM2025"), "Scheduled by ModernLoop")
    uid = "ml_evt_3Kd91PqZ7wabash"
    out.append(Ev("modernloop-loop", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250502T140101Z
        DTSTART;TZID=America/Chicago:20250509T130000
        DTEND;TZID=America/Chicago:20250509T143000
        {org("mateo.vargas@wabashmutual.com", "Mateo Vargas")}
        {att("ingrid.solberg@wabashmutual.com", "Ingrid Solberg")}
        {att("dwayne.pruitt@wabashmutual.com", "Dwayne Pruitt")}
        {att("camille.osei@wabashmutual.com", "Camille Osei")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Wabash Mutual - Interview Loop - Legal Operations Analyst
        DESCRIPTION:{d}
        LOCATION:https://wabashmutual.zoom.us/j/91876623401
        STATUS:CONFIRMED
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Wabash Mutual", "Legal Operations Analyst", "onsite",
        "ingrid.solberg@wabashmutual.com;dwayne.pruitt@wabashmutual.com;camille.osei@wabashmutual.com",
        "modernloop-loop-coordinator-en"))

    d = esc("""
        Interview for E-Discovery Solutions Consultant at Sifter

        Technical interview (75 min): a hands-on review-platform exercise. You'll share your screen and build
        a search/TAR workflow for a sample data set with Ben Okafor (Solutions Architect). Ben will send
        workspace credentials 15 minutes before the start.

        Interviewers
        Ben Okafor

        Reschedule or cancel: https://jobs.ashbyhq.com/sifter/interview/5ed1
    """, zoom("sifterlegal", "87741120398", "Sft88"))
    uid = "ashby-int-77d0e5f1-sifter-tech"
    out.append(Ev("ashby-technical", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250520T183322Z
        DTSTART;TZID=America/New_York:20250527T150000
        DTEND;TZID=America/New_York:20250527T161500
        {org("scheduling@ashbyhq.com", "Sifter Recruiting")}
        {att("ben.okafor@sifterlegal.com", "Ben Okafor")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview with Sifter: Technical Exercise
        DESCRIPTION:{d}
        LOCATION:Zoom
        STATUS:CONFIRMED
    """), tz=(TZ_NY,)), uid, 1, "Sifter", "E-Discovery Solutions Consultant", "technical",
        "ben.okafor@sifterlegal.com", "ashby-technical-brand-en"))
    return out


def events() -> list[Ev]:
    return [*_larkspur(), *_redline_corvane(), *_workday(), *_icims_sf_sr(), *_goodtime_modernloop()]
