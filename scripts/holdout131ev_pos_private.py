"""holdout131: the user's own interviews with charter networks and private schools (ATS, agencies, founders)."""

from __future__ import annotations

from holdout131ev_ics import (
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK,
    VTZ_CHICAGO,
    WIN_CENTRAL,
    Ev,
    att,
    cal,
    esc,
    meet,
    teams,
    vtz_windows,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # 27 Greenhouse phone screen, UTC
    uid = "greenhouse-interview-48213390-5521@ascendtx.org"
    desc = ("Hi DeShawn,\n\nThis confirms your phone interview for Director of Athletics - Ascend Houston "
            "Region.\n\nInterviewer: Kelsey Moran (Talent Recruiter)\nPhone: Kelsey will call 281-555-0148\n\n"
            "Please reply to this email if you have any questions.\n\nAscend Texas Public Schools Talent Team")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250212T153309Z
DTSTART:20250214T170000Z
DTEND:20250214T173000Z
SUMMARY:Phone Interview: DeShawn Carter for Director of Athletics - Ascend Houston Region
DESCRIPTION:{esc(desc)}
LOCATION:Phone call
ORGANIZER;CN=Kelsey Moran:mailto:kmoran@ascendtx.org
{att(ME_FREE, ME_CN)}
{att("kmoran@ascendtx.org", "Kelsey Moran", stat="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("greenhouse-screen", uid, cal(body, "-//Greenhouse Software//Greenhouse//EN"), 1,
                  "Ascend Texas Public Schools", "Director of Athletics - Ascend Houston Region", "recruiter_screen",
                  "kmoran@ascendtx.org", "greenhouse-phone-screen-en"))

    # 28 GoodTime virtual loop: coordinator sends, three interviewers
    uid = "goodtime-7c0e55a1d3f84b6f9e2a-ascend"
    desc = ("Interview Schedule - DeShawn Carter\nRole: Director of Athletics - Ascend Houston Region\n\n"
            "10:00 - 10:45  Jamal Whitaker, Regional Superintendent\n"
            "10:45 - 11:30  Priya Nandakumar, Managing Director of Student Experience\n"
            "11:30 - 12:00  Coach Ben Ostrowski, Athletic Coordinator, Ascend Northside\n\n"
            "Coordinator: Alexis Grant (will not join the calls)\n\n" + zoom("869 1140 2238", "Asc3ndLoop1"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250221T220145Z
DTSTART:20250227T160000Z
DTEND:20250227T180000Z
SUMMARY:Ascend Texas | Virtual Interview Loop | DeShawn Carter
DESCRIPTION:{esc(desc)}
LOCATION:Zoom
ORGANIZER;CN=Alexis Grant via GoodTime:mailto:scheduling@goodtime.io
{att(ME_FREE, "DeShawn Carter")}
{att("jwhitaker@ascendtx.org", "Jamal Whitaker")}
{att("pnandakumar@ascendtx.org", "Priya Nandakumar")}
{att("bostrowski@ascendtx.org", "Ben Ostrowski")}
{att("agrant@ascendtx.org", "Alexis Grant", role="NON-PARTICIPANT", rsvp=False)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("goodtime-loop", uid, cal(body, "-//GoodTime.io//GoodTime Scheduler//EN"), 1,
                  "Ascend Texas Public Schools", "Director of Athletics - Ascend Houston Region", "onsite",
                  "jwhitaker@ascendtx.org;pnandakumar@ascendtx.org;bostrowski@ascendtx.org",
                  "goodtime-loop-coordinator-en"))

    # 29 Greenhouse final with the CEO, in person
    uid = "greenhouse-interview-48213390-6104@ascendtx.org"
    desc = ("Final interview: Director of Athletics - Ascend Houston Region\nInterviewer: Dr. Simone Beaudry, "
            "CEO\nLocation: Ascend Texas Home Office, 4400 Post Oak Pkwy, Suite 900, Houston\n"
            "Ask for Alexis Grant at reception.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T140000Z
DTSTART:20250310T200000Z
DTEND:20250310T204500Z
SUMMARY:Final Interview: DeShawn Carter - Director of Athletics
DESCRIPTION:{esc(desc)}
LOCATION:4400 Post Oak Pkwy\\, Suite 900\\, Houston\\, TX 77027
ORGANIZER;CN=Alexis Grant:mailto:agrant@ascendtx.org
{att(ME_FREE, ME_CN)}
{att("sbeaudry@ascendtx.org", "Simone Beaudry")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("greenhouse-final", uid, cal(body, "-//Greenhouse Software//Greenhouse//EN"), 1,
                  "Ascend Texas Public Schools", "Director of Athletics", "final", "sbeaudry@ascendtx.org",
                  "greenhouse-final-en"))

    # 30 Lever hiring-manager interview
    uid = "lever-3d9a1f0c-7b2e-4c55-a8d6-e1f4b9c0d273"
    desc = ("DeShawn Carter <> Vanguard Prep\nAssistant Principal of Operations & Athletics (Vanguard Prep "
            "North Houston)\n\nYou'll meet with Principal Oscar Benítez, the hiring manager for this role.\n\n"
            + zoom("857 4470 1932", "VPcs2025"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250303T191800Z
DTSTART:20250306T220000Z
DTEND:20250306T224500Z
SUMMARY:Interview with Vanguard Prep: Assistant Principal of Operations & Athletics
DESCRIPTION:{esc(desc)}
LOCATION:https://us06web.zoom.us/j/85744701932
ORGANIZER;CN=Vanguard Prep Recruiting:mailto:no-reply@hire.lever.co
{att(ME_FREE, ME_CN)}
{att("obenitez@vanguardprep.org", "Oscar Benítez")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("lever-hm", uid, cal(body, "-//Lever//Lever Hire//EN"), 1, "Vanguard Prep Charter Schools",
                  "Assistant Principal of Operations & Athletics", "hiring_manager", "obenitez@vanguardprep.org",
                  "lever-hiring-manager-en"))

    # 31 Ashby case study (technical), brand name differs from domain
    uid = "ashby-iv-01HQ3Z7B6X2M5N9P4R8T1V0W3Y"
    desc = ("Case Study: Student Discipline & Athletics Eligibility Scenario\n"
            "Candidate: DeShawn Carter\nPosition: Dean of Students & Athletics\n\n"
            "You'll receive a short scenario 15 minutes before the call and walk the team through your response. "
            "Interviewers: Hannah Boudreaux, Chioma Eze.\n\nBeacon Crest Academies - via Ashby\n\n"
            + meet("qtr-bnxs-kpa"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250317T150915Z
DTSTART:20250320T183000Z
DTEND:20250320T193000Z
SUMMARY:Case Study Interview - Dean of Students & Athletics (Beacon Crest)
DESCRIPTION:{esc(desc)}
LOCATION:https://meet.google.com/qtr-bnxs-kpa
ORGANIZER;CN=Beacon Crest Talent:mailto:talent@bcacademies.org
{att(ME_FREE, ME_CN)}
{att("hboudreaux@bcacademies.org", "Hannah Boudreaux")}
{att("ceze@bcacademies.org", "Chioma Eze")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("ashby-case", uid, cal(body, "-//Ashby//Ashby Scheduling//EN"), 1, "Beacon Crest Academies",
                  "Dean of Students & Athletics", "technical", "hboudreaux@bcacademies.org;ceze@bcacademies.org",
                  "ashby-case-study-en"))

    # 32 SmartRecruiters phone screen
    uid = "sr-interview-3f7a2c91-0b6d-4e18-92c5-a8d4e7f1b036"
    desc = ("Dear DeShawn,\n\nThank you for applying to Athletic Director (K-12) at Liberty Classical Schools - "
            "Katy campus. Your phone screen with Garrett Lindqvist, Talent Acquisition Partner, is confirmed.\n\n"
            "Powered by SmartRecruiters")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250218T162233Z
DTSTART:20250220T203000Z
DTEND:20250220T210000Z
SUMMARY:Phone Screen - Athletic Director (K-12) - Liberty Classical Schools
DESCRIPTION:{esc(desc)}
LOCATION:Phone Call
ORGANIZER;CN=Liberty Classical Schools:mailto:libertyclassical@smartrecruiters.com
{att(ME_FREE, ME_CN)}
{att("glindqvist@libertyclassical.org", "Garrett Lindqvist")}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(Ev("smartrecruiters-screen", uid, cal(body, "-//SmartRecruiters//SmartRecruiters//EN"), 1,
                  "Liberty Classical Schools", "Athletic Director (K-12)", "recruiter_screen",
                  "glindqvist@libertyclassical.org", "smartrecruiters-phone-en"))

    # 33 Workable video interview with the head of school (New Orleans)
    uid = "workable-evt-7d3e19b0c4a2@marignyprep.org"
    desc = ("Video interview for Athletic Director at Marigny Prep.\nWith: Camille Arceneaux (Head of School)\n"
            "Join: https://marignyprep.workable.com/video/7d3e19b0c4a2\n\nTimes shown in Central Time "
            "(New Orleans).")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250311T172000Z
DTSTART;TZID=America/Chicago:20250314T140000
DTEND;TZID=America/Chicago:20250314T144500
SUMMARY:Athletic Director - Video interview with Camille Arceneaux
DESCRIPTION:{esc(desc)}
LOCATION:Workable video
ORGANIZER;CN=Marigny Prep:mailto:noreply@workablemail.com
{att(ME_FREE, ME_CN)}
{att("carceneaux@marignyprep.org", "Camille Arceneaux")}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(Ev("workable-video", uid, cal(body, "-//Workable//Workable Calendar//EN", tz=VTZ_CHICAGO), 1,
                  "Marigny Prep", "Athletic Director", "hiring_manager", "carceneaux@marignyprep.org",
                  "workable-video-en"))

    # 34 Cal.com booking with a head of school
    uid = "calcom-5kR2vQ8xZ1nW4mT7yB3dF6"
    desc = ("What: Intro - Assistant Principal opening between Dr. Phillip Guillory and DeShawn Carter\n"
            "Invitee time zone: America/Chicago\nWhere: Cal Video\n"
            "Additional notes: Red Stick Academy AP/Athletics role - looking forward to it!\n\n"
            "Need to reschedule or cancel? https://cal.com/booking/5kR2vQ8xZ1nW4mT7yB3dF6")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250326T130211Z
DTSTART:20250328T150000Z
DTEND:20250328T153000Z
SUMMARY:Intro - Assistant Principal opening between Dr. Phillip Guillory and DeShawn Carter
DESCRIPTION:{esc(desc)}
LOCATION:https://app.cal.com/video/5kR2vQ8xZ1nW4mT7yB3dF6
ORGANIZER;CN=Phillip Guillory:mailto:pguillory@redstickacademy.org
{att(ME_FREE, "DeShawn Carter", stat="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(Ev("calcom-head", uid, cal(body, "-//Cal.com Inc.//Cal.com Event//EN"), 1, "Red Stick Academy",
                  "Assistant Principal", "hiring_manager", "pguillory@redstickacademy.org", "calcom-en"))

    # 35 All-day campus visit, Outlook
    uid = "040000008200E00074C5B7101A82E0080000000071E9C2D3B54EDB01000000000000000010000000F1A28C3E5D7B4E90"
    desc = ("Campus Visit - Director of Athletics Candidate\n\n"
            "8:00 Breakfast with Head of School Dr. Renee Simmons\n9:00 Tour of campus and athletic facilities\n"
            "10:30 Meeting with coaches (Coach Hadley, Coach Ybarra)\n12:00 Lunch with student-athletes\n"
            "1:30 Search committee (chair: Bill Aldana)\n\nHosted by Trish Neal, Assistant to the Head of School")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Neal, Trish":mailto:tneal@lonestarprep.org
{att(ME_FREE, "DeShawn Carter")}
{att("rsimmons@lonestarprep.org", "Simmons, Renee")}
{att("baldana@lonestarprep.org", "Aldana, Bill")}
{att("khadley@lonestarprep.org", "Hadley, Kyle")}
{att("mybarra@lonestarprep.org", "Ybarra, Miguel")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Campus Visit - DeShawn Carter (Director of Athletics)
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
DTSTAMP:20250328T171700Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Lone Star Preparatory Academy\\, 9900 Memorial Dr\\, Houston
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT"""
    out.append(Ev("allday-campus-visit", uid, cal(body, OUTLOOK), 1, "Lone Star Preparatory Academy",
                  "Director of Athletics", "onsite",
                  "rsimmons@lonestarprep.org;baldana@lonestarprep.org;khadley@lonestarprep.org;"
                  "mybarra@lonestarprep.org", "outlook-all-day-campus-visit-en"))

    # 36 Hand-typed call with the same head of school, earlier
    uid = "8A1F3C5E-2B7D-4E90-A6C4-1D3F5B7E9A20"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250320T033000Z
DTSTART:20250321T120000
DTEND:20250321T123000
SUMMARY:Call w/ Dr. Simmons - Lone Star Prep AD job
DESCRIPTION:she calls me. during lunch - tell Ramos to cover 4th
END:VEVENT"""
    out.append(Ev("hand-call-head", uid, cal(body, "-//Apple Inc.//iOS 18.3//EN", method=None), 1,
                  "Lone Star Preparatory Academy", "AD", "", "Dr. Simmons", "hand-typed-call-en"))

    # 37 Catholic high school, Google, search committee with a room resource
    cart = att("c_188f2a@resource.calendar.google.com", "Projector cart 2", role="NON-PARTICIPANT",
               stat="ACCEPTED", rsvp=False, cutype="RESOURCE")
    uid = "7t0w3z6c9f2i5l8o1r4u7x0a3d@google.com"
    desc = ("Director of Athletics Search - St. Basil Catholic High School\n\n"
            "Committee: Fr. Dominic Tran (President), Mrs. Julia Ferrante (Principal), Mr. Rick Boudreau "
            "(Alumni Board)\n\nParking in the Visitor lot; check in at Campus Ministry.\n- Anne Marie Kowalski, "
            "Office of the President")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250415T160000
DTEND;TZID=America/Chicago:20250415T170000
DTSTAMP:20250409T180505Z
ORGANIZER;CN=Anne Marie Kowalski:mailto:akowalski@stbasilhs.org
UID:{uid}
{att("dtran@stbasilhs.org", "Fr. Dominic Tran")}
{att("jferrante@stbasilhs.org", "Julia Ferrante")}
{att("rboudreau@stbasilhs.org", "Rick Boudreau")}
{att(ME_FREE, ME_FREE)}
{cart}
{att("akowalski@stbasilhs.org", "Anne Marie Kowalski", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
LOCATION:Fr. Keller Board Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AD Search Committee - Interview (D. Carter)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("google-committee-resource", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1,
                  "St. Basil Catholic High School", "Director of Athletics", "onsite",
                  "dtran@stbasilhs.org;jferrante@stbasilhs.org;rboudreau@stbasilhs.org",
                  "google-committee-resource-en"))

    # 38 Agency organises, employer named in summary, consultant stays out of the interview
    uid = "whitcomb-search-CE-AD-2025-carter-02@whitcombsearch.com"
    desc = ("Dear DeShawn,\n\nOn behalf of Cornerstone Episcopal School, I'm pleased to confirm your interview "
            "with the Head of School, The Rev. Dr. Alan Prewitt, and Search Committee chair Dana Lockhart for "
            "the Director of Athletics position. I'll check in with you by phone afterwards.\n\n"
            "Warmly,\nSusannah Whitcomb\nWhitcomb Educational Search")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250307T161223Z
DTSTART;TZID={WIN_CENTRAL}:20250312T100000
DTEND;TZID={WIN_CENTRAL}:20250312T113000
SUMMARY:Cornerstone Episcopal School - Director of Athletics - Interview
DESCRIPTION:{esc(desc)}
LOCATION:Cornerstone Episcopal School\\, Head of School's Office
ORGANIZER;CN="Whitcomb, Susannah":mailto:susannah@whitcombsearch.com
{att(ME_FREE, "Carter, DeShawn")}
{att("aprewitt@cornerstone-episcopal.org", "Prewitt, Alan")}
{att("dlockhart@cornerstone-episcopal.org", "Lockhart, Dana")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("agency-private-school", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Cornerstone Episcopal School", "Director of Athletics", "onsite",
                  "aprewitt@cornerstone-episcopal.org;dlockhart@cornerstone-episcopal.org",
                  "agency-organises-en"))

    # 39 Agency recruiter screen, employer named only in the body
    uid = "k12ls-evt-20250304-0930-dcarter"
    desc = ("Hi Coach,\n\nLooking forward to our call about the Athletic Director & Head Football Coach opening at "
            "Brookhollow Academy (Sugar Land). I'll walk you through the school and ask a few screening "
            "questions before I submit you.\n\nMarcy Pellerin | Senior Consultant | K12 Leadership Search")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250228T204515Z
DTSTART;TZID=America/Chicago:20250304T093000
DTEND;TZID=America/Chicago:20250304T100000
SUMMARY:Call - DeShawn Carter / Marcy Pellerin (K12 Leadership Search)
DESCRIPTION:{esc(desc)}
LOCATION:Marcy calls 281-555-0148
ORGANIZER;CN=Marcy Pellerin:mailto:mpellerin@k12leadershipsearch.com
{att(ME_FREE, "DeShawn Carter")}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(Ev("agency-body-employer", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "Brookhollow Academy",
                  "Athletic Director & Head Football Coach", "recruiter_screen", "mpellerin@k12leadershipsearch.com",
                  "agency-employer-in-body-en"))

    # 40 Apple invite from a headmaster, meeting the board, Louisiana
    uid = "C7D9E1F3-A5B7-4C9D-8E1F-3A5B7C9D1E2F"
    desc = ("Coach Carter - the board of Ouachita Pines Academy would like to meet you for the Head Football "
            "Coach/AD position. Dinner afterward at the Cotton Club w/ my wife and me.\n\nHeadmaster Lyle "
            "Dempsey\n\nSent from my iPhone")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T012233Z
CREATED:20250402T012110Z
DTSTART;TZID=America/Chicago:20250410T170000
DTEND;TZID=America/Chicago:20250410T183000
SUMMARY:OPA Board meeting - Coach Carter
LOCATION:Ouachita Pines Academy\\, Library\\, Monroe LA
DESCRIPTION:{esc(desc)}
ORGANIZER;CN=Lyle Dempsey:mailto:lyledempsey@icloud.com
{att(ME_FREE, "DeShawn Carter")}
{att("lyledempsey@icloud.com", "Lyle Dempsey", stat="ACCEPTED", rsvp=False)}
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("apple-board", uid, cal(body, "-//Apple Inc.//iPhone OS 17.6.1//EN", tz=VTZ_CHICAGO), 1,
                  "Ouachita Pines Academy", "Head Football Coach/AD", "final", "lyledempsey@icloud.com",
                  "apple-board-meeting-en"))

    # 41 Free-mail headmaster (Gmail), no stage
    uid = "2v5y8b1e4h7k0n3q6t9w2z5c8f@google.com"
    desc = ("Coach, good visiting at the clinic. Let's talk about RRCA - we need an AD who can also run the "
            "football program. Call this number: 318-555-0129.\nRoy")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250219T193000
DTEND;TZID=America/Chicago:20250219T201500
DTSTAMP:20250217T011900Z
ORGANIZER;CN=Roy Whitten:mailto:roy.whitten.rrca@gmail.com
UID:{uid}
{att(ME_FREE, ME_FREE)}
{att("roy.whitten.rrca@gmail.com", "Roy Whitten", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
LOCATION:318-555-0129
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coach Carter / Red River Christian - phone conversation
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("gmail-headmaster", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "Red River Christian Academy",
                  "AD", "", "roy.whitten.rrca@gmail.com", "free-mail-headmaster-en"))

    # 42 Outlook.com invite from a volunteer board chair, athletic committee
    uid = "040000008200E00074C5B7101A82E00800000000B5A2F1C3D897DB0100000000000000001000000044E2A9D1C0F3B87E"
    desc = ("Mr. Carter, the Athletic Committee of Bayou Chene Academy will interview you for Athletic Director. "
            "Members: Bobby Hebert (chair), Jolene Guidroz, Dr. Ty Mouton. Room 12 of the main building.")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN=Bobby Hebert:mailto:bobbyhebert57@outlook.com
{att(ME_FREE, "deshawn.carter.coach@yahoo.com")}
{att("jguidroz@bayouchene.org", "Jolene Guidroz")}
{att("tmouton@bayouchene.org", "Ty Mouton")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Athletic Director interview - BCA athletic committee
DTSTART;TZID={WIN_CENTRAL}:20250417T173000
DTEND;TZID={WIN_CENTRAL}:20250417T183000
DTSTAMP:20250411T224001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Bayou Chene Academy\\, Room 12
END:VEVENT"""
    out.append(Ev("outlookcom-committee", uid, cal(body, "-//Microsoft Corporation//Outlook.com//EN",
                                                   tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Bayou Chene Academy", "Athletic Director", "onsite",
                  "bobbyhebert57@outlook.com;jguidroz@bayouchene.org;tmouton@bayouchene.org",
                  "outlook-com-committee-en"))

    # 43 Practical: run a spring-ball period while the head of school and AD watch
    uid = "9r2u5x8a1d4g7j0m3p6s9v2y5b@google.com"
    desc = ("Practical - Head Football Coach & PE Department Chair\n\n"
            "Run a 25-minute individual/group period with our varsity OL/DL during spring ball, then 20 minutes "
            "of Q&A in the field house. Observers: Head of School Grant Eldridge and AD Toni Marchetti.\n"
            "Wear coaching attire; whistles provided :)")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250501T153000
DTEND;TZID=America/Chicago:20250501T170000
DTSTAMP:20250425T140321Z
ORGANIZER;CN=Toni Marchetti:mailto:tmarchetti@memorialoaks.org
UID:{uid}
{att("geldridge@memorialoaks.org", "Grant Eldridge")}
{att(ME_FREE, ME_FREE)}
{att("tmarchetti@memorialoaks.org", "Toni Marchetti", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
LOCATION:Memorial Oaks School - Stadium field
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HFC candidate practical - DeShawn Carter
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("practical-spring-ball", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "Memorial Oaks School",
                  "Head Football Coach & PE Department Chair", "technical",
                  "geldridge@memorialoaks.org;tmarchetti@memorialoaks.org", "practical-coaching-demo-en"))

    # 44 Teams interview with a head of school, Outlook with SENT-BY from admissions/HR assistant
    uid = "040000008200E00074C5B7101A82E0080000000063C8D1A9E04FDB01000000000000000010000000D9B1E4F2A8C7305B"
    desc = ("Rose City Christian School - Athletic Director\nConversation with Head of School Dr. Nathan Pryor.\n\n"
            + teams("264 903 118 447", "Rc7Ws2"))
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Pryor, Nathan";SENT-BY="mailto:hr@rosecitychristian.org":mailto:npryor@rosecitychristian.org
{att(ME_FREE, "DeShawn Carter")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:RCCS Athletic Director - Teams Interview
DTSTART;TZID={WIN_CENTRAL}:20250324T153000
DTEND;TZID={WIN_CENTRAL}:20250324T161500
DTSTAMP:20250319T131311Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    out.append(Ev("teams-head-of-school", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Rose City Christian School", "Athletic Director", "hiring_manager", "npryor@rosecitychristian.org",
                  "teams-sent-by-en"))

    return out
