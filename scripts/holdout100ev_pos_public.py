"""holdout100: the user's own interviews with councils, NHS bodies, police and a university (blind, CC0 1.0)."""

from __future__ import annotations

from holdout100ev_ics import (
    GMT_STD,
    LONDON,
    USER_FREE,
    USER_WORK,
    UTC_LONDON,
    UTC_LONDON_LABEL,
    att,
    cal,
    desc,
    esc,
    org,
    rec,
)

TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Meeting ID: {mid}\nPasscode: {pc}\nDownload Teams | Join on the web\n"
    "Learn More | Meeting options\n"
    "________________________________________________________________________________"
)


def teams(i: str, mid: str, pc: str) -> str:
    return TEAMS.format(id=i, mid=mid, pc=pc)


def events() -> list[dict]:
    out: list[dict] = []

    # 1 Trac-style NHS interview invitation, panel named only in the body
    uid = "trac-int-7741902-awft@trac.jobs"
    body = (
        "Dear Bethany,\n\nThank you for your application for the post of Team Manager - Children's Safeguarding "
        "(Band 7), ref 188-CS-4417-A.\n\nWe are pleased to invite you to interview.\n\nVenue: Aire and Wharfe NHS "
        "Foundation Trust, Riverside House, Otley Road, Ilkley LS29 8RT (reception, ground floor)\n"
        "Format: 45 minute panel interview. You will be asked to give a 10 minute presentation on 'Think Family "
        "in practice: what would you change in the first 100 days?'\n\nPanel: Helen Marsh (Named Nurse, "
        "Safeguarding Children), Craig Dunmore (Head of Safeguarding) and a representative from our Young "
        "Person's Advisory Group.\n\nPlease bring photo ID and proof of address.\n\nKind regards\nRecruitment Team"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260311T091502Z", "DTSTART;TZID=Europe/London:20260324T103000",
        "DTEND;TZID=Europe/London:20260324T113000",
        "SUMMARY:Interview: Team Manager - Children's Safeguarding (Band 7)",
        "LOCATION:" + esc("Riverside House, Otley Road, Ilkley LS29 8RT"),
        org("awft.recruitment@nhs.net", "AWFT Recruitment"), att(USER_FREE, "Bethany Ward"),
        desc(body), "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    ]
    out.append(rec("trac-nhs", cal("-//Trac Systems Ltd//Trac Interview Invite//EN", [ev], tz=LONDON), uid, 1,
                   "trac-panel-names-en", "Aire and Wharfe NHS Foundation Trust",
                   "Team Manager - Children's Safeguarding", "onsite", "helen marsh;craig dunmore"))

    # 2 Outlook, Windows zone, Last, First names, SENT-BY coordinator, Teams
    uid = "040000008200E00074C5B7101A82E00800000000B0F3C2A1E4ADDC01000000000000000010000000A7F1C0DDE2B7A34C9A11"
    html = "<html><body><p>Hi Bethany,</p><p>Interview for Team Manager (Children in Need).</p></body></html>"
    text = ("Hi Bethany,\n\nAs discussed on the phone, please find below the Teams link for your interview for "
            "Team Manager (Children in Need), post ref CBC/CS/0912.\n\nPanel: Andrew Pearson (Service Manager, "
            "CIN) and Funmi Adeyemi (Principal Social Worker). Karen from Resourcing will join at the start to "
            "check ID only.\n\nThanks\nKaren Lister\nResourcing Officer, Calderbrook Borough Council\n\n"
            + teams("NzE2ZDk1", "364 918 272 551", "Tq9Lz2"))
    ev = [
        "CLASS:PUBLIC", "CREATED:20260302T141100Z", desc(text), "DTEND;TZID=GMT Standard Time:20260310T150000",
        "DTSTAMP:20260302T141106Z", "DTSTART;TZID=GMT Standard Time:20260310T140000", "LAST-MODIFIED:20260302T141106Z",
        "LOCATION:Microsoft Teams Meeting", "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-GB:Interview - Team Manager (Children in Need) - B Ward", "TRANSP:OPAQUE",
        f"UID:{uid}", org("andrew.pearson@calderbrook.gov.uk", "Pearson, Andrew",
                          "karen.lister@calderbrook.gov.uk"),
        att(USER_FREE, "beth.ward.sw@outlook.com"), att("funmi.adeyemi@calderbrook.gov.uk", "Adeyemi, Funmi"),
        att("karen.lister@calderbrook.gov.uk", "Lister, Karen", role="OPT-PARTICIPANT"),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
    ]
    out.append(rec("outlook-teams", cal("outlook", [ev], tz=GMT_STD), uid, 1, "outlook-sentby-lastfirst-en",
                   "Calderbrook Borough Council", "Team Manager (Children in Need)", "",
                   "andrew.pearson@calderbrook.gov.uk;funmi.adeyemi@calderbrook.gov.uk"))

    # 3 Airedale written exercise (Google Calendar, HR organizer, no interviewer)
    uid = "5k2p9t0q1m7r4s8v3w6x@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20260415T093000", "DTEND;TZID=Europe/London:20260415T103000",
        "DTSTAMP:20260408T120301Z", org("recruitment.childrens@airedale.gov.uk", "Children's Recruitment"),
        f"UID:{uid}", att(USER_FREE, "beth.ward.sw@outlook.com", extra="X-NUM-GUESTS=0"),
        att("recruitment.childrens@airedale.gov.uk", "Children's Recruitment", partstat="ACCEPTED", rsvp=False,
            extra="X-NUM-GUESTS=0"),
        "CREATED:20260408T120259Z",
        desc("Practice Lead (Fostering) - stage 1: written exercise.\n\nYou will have 60 minutes to read a case "
             "summary and write a supervision plan and a short management report. A laptop will be provided "
             "(no internet access). This is followed by the panel interview at 11:15 - separate invite.\n\n"
             "Airedale Metropolitan Council, Children's Services, Keighley Town Hall, Room G04"),
        "LAST-MODIFIED:20260408T120301Z", r"LOCATION:Keighley Town Hall\, Room G04", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Written exercise - Practice Lead (Fostering)", "TRANSP:OPAQUE",
    ]
    out.append(rec("google-written", cal("google", [ev], tz=LONDON, head=["X-WR-TIMEZONE:Europe/London"]), uid, 1,
                   "written-exercise-en", "Airedale Metropolitan Council", "Practice Lead (Fostering)", "technical"))

    # 4 Airedale panel, same day
    uid = "8f1c0a3e9b2d4e76@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20260415T111500", "DTEND;TZID=Europe/London:20260415T121500",
        "DTSTAMP:20260408T120455Z", org("recruitment.childrens@airedale.gov.uk", "Children's Recruitment"),
        f"UID:{uid}", att(USER_FREE, "beth.ward.sw@outlook.com"),
        att("gareth.howell@airedale.gov.uk", "Gareth Howell"), att("sunita.rehman@airedale.gov.uk", "Sunita Rehman"),
        att("recruitment.childrens@airedale.gov.uk", "Children's Recruitment", partstat="ACCEPTED", rsvp=False),
        desc("Practice Lead (Fostering) - stage 2: panel interview with Gareth Howell (Head of Fostering) and "
             "Sunita Rehman (Team Manager, Supervising Social Workers). Please arrive 10 minutes early.\n"
             "Questions will cover leadership, practice quality and the Fostering National Minimum Standards."),
        r"LOCATION:Keighley Town Hall\, Committee Room 2", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Panel interview - Practice Lead (Fostering)", "TRANSP:OPAQUE",
    ]
    out.append(rec("google-panel", cal("google", [ev], tz=LONDON, head=["X-WR-TIMEZONE:Europe/London"]), uid, 1,
                   "panel-google-en", "Airedale Metropolitan Council", "Practice Lead (Fostering)", "onsite",
                   "gareth.howell@airedale.gov.uk;sunita.rehman@airedale.gov.uk"))

    # 5 service-user panel, user is the candidate
    uid = "hv-cicc-panel-2026-04-22-c3@holmevale.gov.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260414T082000Z", "DTSTART;TZID=Europe/London:20260422T133000",
        "DTEND;TZID=Europe/London:20260422T140000",
        "SUMMARY:Children in Care Council panel - Practice Supervisor candidates (slot 3: B Ward)",
        org("participation@holmevale.gov.uk", "Participation Team"), att(USER_FREE, "Bethany Ward"),
        desc("Hi Bethany\n\nAs part of the selection process for Practice Supervisor (Children Looked After) you "
             "will meet our Young Commissioners for 30 minutes before your formal interview. Young people write "
             "and ask their own questions. Lou from the Participation Team facilitates but does not score.\n\n"
             "Holmevale Council, The Hub, 4 Market Walk, Holmfirth"),
        r"LOCATION:The Hub\, 4 Market Walk\, Holmfirth", "STATUS:CONFIRMED",
    ]
    out.append(rec("service-user-panel", cal("-//Holmevale Council//Outlook Web//EN", [ev], tz=LONDON), uid, 1,
                   "service-user-panel-candidate-en", "Holmevale Council",
                   "Practice Supervisor (Children Looked After)", "onsite"))

    # 6 hand-typed Apple entry, floating time
    uid = "2C1B5E27-8A4F-4F0D-9A3B-61D0C2E7A9B4"
    ev = [
        "CREATED:20260415T201233Z", "DTEND:20260422T153000", f"UID:{uid}", "DTSTAMP:20260415T201248Z",
        "SUMMARY:Holmevale PS intv 2.15 – civic centre rm 2.14 – bring DBS + ID!!", "SEQUENCE:0",
        "DTSTART:20260422T141500", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "LOCATION:Holmevale Civic Centre", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H", "END:VALARM",
    ]
    out.append(rec("apple-typed", cal("apple", [ev], method=None), uid, 1, "hand-typed-floating-en",
                   "Holmevale Council", "", ""))

    # 7 Dearne Valley MBC presentation + interview, Outlook label zone
    uid = "040000008200E00074C5B7101A82E0080000000090A1D0E7F5ADDC010000000000000000100000002B6E9F1D"
    text = ("Dear Bethany\n\nService Manager - Safeguarding & Family Help (DVMBC-CYP-0231)\n\nThank you for "
            "attending the assessment stage. You are invited to the final stage: a 15 minute presentation "
            "followed by a competency-based interview. Presentation title: 'Embedding the Families First "
            "Partnership model in a locality team'.\n\nPanel: Cllr Maureen Booth (Lead Member), Simon Okoro "
            "(Director of Children's Services) and Dawn Ellery (Assistant Director).\n\nDearne Valley "
            "Metropolitan Borough Council, Westgate, Barnsley Rd")
    ev = [
        desc(text), "DTSTART;TZID=\"" + UTC_LONDON_LABEL + "\":20260505T100000",
        "DTEND;TZID=\"" + UTC_LONDON_LABEL + "\":20260505T111500", "DTSTAMP:20260427T160210Z",
        "SUMMARY;LANGUAGE=en-GB:Final stage: presentation & interview - Service Manager", f"UID:{uid}",
        org("dawn.ellery@dvmbc.gov.uk", "Ellery, Dawn", "cyp.recruitment@dvmbc.gov.uk"),
        att(USER_FREE, "Ward, Bethany"), att("simon.okoro@dvmbc.gov.uk", "Okoro, Simon"),
        att("maureen.booth@councillors.dvmbc.gov.uk", "Cllr Maureen Booth"),
        att("CR-Westgate-1.07@dvmbc.gov.uk", "Westgate 1.07 Committee Room (12)", cutype="ROOM",
            role="NON-PARTICIPANT", rsvp=False),
        "LOCATION:Westgate 1.07 Committee Room (12)", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("outlook-label-zone", cal("outlook", [ev], tz=UTC_LONDON), uid, 1, "presentation-final-room-en",
                   "Dearne Valley Metropolitan Borough Council", "Service Manager - Safeguarding & Family Help",
                   "final",
                   "dawn.ellery@dvmbc.gov.uk;simon.okoro@dvmbc.gov.uk;maureen.booth@councillors.dvmbc.gov.uk"))

    # 8 internal promotion at the current employer, from the work address domain
    uid = "040000008200E00074C5B7101A82E00800000000C11E2B44F9ADDC0100000000000000001000000077AC"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260218T103300Z", "DTSTART;TZID=GMT Standard Time:20260303T093000",
        "DTEND;TZID=GMT Standard Time:20260303T103000",
        "SUMMARY:Interview - Team Manager (Assessment Team West) - internal candidate B Ward",
        org("hr.resourcing@leedsfamilyservices.gov.uk", "HR Resourcing"),
        att(USER_WORK, "Ward, Bethany"), att("marcus.allen@leedsfamilyservices.gov.uk", "Allen, Marcus"),
        att("priti.chauhan@leedsfamilyservices.gov.uk", "Chauhan, Priti"),
        desc("Internal recruitment - Team Manager, Assessment Team West (ring-fenced to LFS staff).\n"
             "Panel: Marcus Allen (Head of Service) and Priti Chauhan (Service Manager, Front Door).\n"
             "Format: 45 min interview incl. a 10 min scenario discussion. Merrion House, 5th floor, room 5.12.\n"
             "Please book this as annual leave or flexi, not as a team activity."),
        "LOCATION:Merrion House 5.12", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("internal-promotion", cal("exchange", [ev], tz=GMT_STD), uid, 1, "internal-promotion-en",
                   "Leeds Family Services", "Team Manager (Assessment Team West)", "",
                   "marcus.allen@leedsfamilyservices.gov.uk;priti.chauhan@leedsfamilyservices.gov.uk"))

    # 9 Workday invite, North Ridings Council
    uid = "WD-INTERVIEW-NRC-JR04417-20260428-1@myworkday.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260420T131500Z", "DTSTART:20260428T090000Z", "DTEND:20260428T100000Z",
        "SUMMARY:Interview for Team Manager - Children and Families (JR-04417)",
        org("northridings@myworkday.com", "North Ridings Council"), att(USER_FREE, "Bethany Ward"),
        att("phil.garside@northridings.gov.uk", "Phil Garside"),
        desc("Interview details\nCandidate: Bethany Ward\nJob Requisition: JR-04417 Team Manager - Children and "
             "Families (Scarborough)\nInterviewer: Phil Garside, Group Manager\nFormat: Microsoft Teams\n\n"
             "This invitation was sent by Workday on behalf of North Ridings Council. Please do not reply."),
        "LOCATION:Microsoft Teams", "STATUS:CONFIRMED",
    ]
    out.append(rec("workday", cal("-//Workday//Recruiting//EN", [ev]), uid, 1, "workday-utc-en",
                   "North Ridings Council", "Team Manager - Children and Families", "",
                   "phil.garside@northridings.gov.uk"))

    # 10 Workday online assessment follow-up, same council
    uid = "WD-ASSESS-NRC-JR04417-20260424-7@myworkday.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260420T131512Z", "DTSTART:20260424T113000Z", "DTEND:20260424T123000Z",
        "SUMMARY:Online assessment: case review task - JR-04417",
        org("northridings@myworkday.com", "North Ridings Council"), att(USER_FREE, "Bethany Ward"),
        desc("You are invited to complete a timed case review task (60 minutes) as part of the selection process "
             "for Team Manager - Children and Families. The link will be active for this slot only.\nAssessor: "
             "Phil Garside"),
    ]
    out.append(rec("workday-assessment", cal("-//Workday//Recruiting//EN", [ev]), uid, 1,
                   "online-assessment-en", "North Ridings Council", "Team Manager - Children and Families",
                   "technical"))

    # 11 agency books the employer interview, hiring manager attends
    uid = "a71d33b0-1c44-4a3b-b0b2-7b8f1a61d7e2"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260316T170210Z", "DTSTART;TZID=Europe/London:20260319T160000",
        "DTEND;TZID=Europe/London:20260319T164500",
        r"SUMMARY:Interview confirmed: City of Ousebridge Council - Team Manager\, Fostering",
        org("ryan.whitaker@pinnaclesocialcare.co.uk", "Ryan Whitaker"), att(USER_FREE, "Bethany Ward"),
        att("claire.fenwick@ousebridge.gov.uk", "Claire Fenwick"),
        desc("Hi Beth,\n\nGreat news - Claire Fenwick (Head of Fostering) would like to meet you for the permanent "
             "Team Manager, Fostering role. It's an informal-ish first interview with her only, on Teams.\n"
             "I won't be on the call but give me a ring straight after!\n\nRyan Whitaker\nSenior Consultant, "
             "Pinnacle Social Care Recruitment\n07700 900412"),
        "LOCATION:Teams (link from Claire)",
    ]
    out.append(rec("agency-names-employer", cal("-//Pinnacle Social Care//Bullhorn//EN", [ev], tz=LONDON), uid, 1,
                   "agency-employer-en", "City of Ousebridge Council", "Team Manager, Fostering", "hiring_manager",
                   "claire.fenwick@ousebridge.gov.uk"))

    # 12 Webex with a police force, police staff role
    uid = "9d0e4a0b6f2c4b3aa8b1e2d0c5f7a6b9@wrp.police.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260505T080000Z", "DTSTART;TZID=Europe/London:20260512T140000",
        "DTEND;TZID=Europe/London:20260512T150000",
        "SUMMARY:MASH Practice Manager (police staff) - interview - Bethany Ward",
        org("recruitment@wrp.police.uk", "People Services"), att(USER_FREE, "Bethany Ward"),
        att("di.mark.sutcliffe@wrp.police.uk", "DI Mark Sutcliffe"),
        att("kirsty.hale@wrp.police.uk", "Kirsty Hale"),
        desc("West Riding Police - Multi-Agency Safeguarding Hub\n\nInterview panel: DI Mark Sutcliffe and Kirsty "
             "Hale (MASH Manager). Vetting forms to be completed before interview.\n\n"
             "Join Webex meeting\nhttps://wrp.webex.com/wrp/j.php?MTID=m2f0b9a7c11\nMeeting number (access code): "
             "2374 118 6020\nMeeting password: Mash2026\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll"),
        "LOCATION:Webex",
    ]
    out.append(rec("webex-police", cal("-//Cisco//Webex//EN", [ev], tz=LONDON), uid, 1, "webex-police-staff-en",
                   "West Riding Police", "MASH Practice Manager", "",
                   "di.mark.sutcliffe@wrp.police.uk;kirsty.hale@wrp.police.uk"))

    # 13 university lecturer post via Zoom: teaching presentation + panel
    uid = "zoom-91822044517-kgu@zoom.us"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260601T103000Z", "DTSTART;TZID=Europe/London:20260609T100000",
        "DTEND;TZID=Europe/London:20260609T113000",
        "SUMMARY:Kirkgate Uni - Lecturer in Social Work (0.8 FTE): teaching session + panel",
        org("s.obi@kirkgate.ac.uk", "Dr Samuel Obi"), att(USER_FREE, "Bethany Ward"),
        att("m.lindqvist@kirkgate.ac.uk", "Prof. Maria Lindqvist"),
        att("hr-academic@kirkgate.ac.uk", "Academic Recruitment", role="OPT-PARTICIPANT"),
        desc("Dear Bethany\n\nPlease deliver a 20 minute teaching session to a small group of MA students on "
             "'Relationship-based practice under pressure', followed by interview with Dr Samuel Obi (Subject "
             "Lead) and Prof. Maria Lindqvist (Head of School).\n\nJoin Zoom Meeting\nhttps://kirkgate-ac-uk.zoom.us/"
             "j/91822044517?pwd=Q2x\nMeeting ID: 918 2204 4517\nPasscode: 552190"),
        "LOCATION:https://kirkgate-ac-uk.zoom.us/j/91822044517",
    ]
    out.append(rec("zoom-university", cal("-//zoom.us//iCalendar Event//EN", [ev], tz=LONDON), uid, 1,
                   "zoom-teaching-session-en", "Kirkgate University", "Lecturer in Social Work", "onsite",
                   "s.obi@kirkgate.ac.uk;m.lindqvist@kirkgate.ac.uk"))

    # 14 ICB, UTC only
    uid = "wricb-dpsc-interview-0611@wricb.nhs.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260529T141722Z", "DTSTART:20260611T123000Z", "DTEND:20260611T133000Z",
        "SUMMARY:Designated Professional for Safeguarding Children - interview",
        org("wricb.safeguarding@nhs.net", "Anne-Marie Kowalski"), att(USER_FREE, "Beth Ward"),
        att("anne-marie.kowalski@nhs.net", "Anne-Marie Kowalski"), att("raj.bansal@nhs.net", "Dr Raj Bansal"),
        desc("West Riding Integrated Care Board\nInterview panel: Anne-Marie Kowalski (Chief Nurse) and "
             "Dr Raj Bansal (Designated Doctor). Teams link to follow."),
    ]
    out.append(rec("icb-utc", cal("outlook", [ev]), uid, 1, "nhs-utc-en", "West Riding Integrated Care Board",
                   "Designated Professional for Safeguarding Children", "",
                   "anne-marie.kowalski@nhs.net;raj.bansal@nhs.net"))

    # 15 all-day assessment centre, children's trust
    uid = "dvct-ac-2026-05-20-bward@dvct.org.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260506T093100Z", "DTSTART;VALUE=DATE:20260520", "DTEND;VALUE=DATE:20260521",
        "SUMMARY:Assessment centre - Team Manager (DVCT)", org("talent@dvct.org.uk", "Talent Team"),
        att(USER_FREE, "Bethany Ward"),
        desc("Don Valley Children's Trust - assessment centre for Team Manager posts. Day includes an in-tray "
             "exercise, a group discussion, a young people's panel and a final interview with the Head of Service "
             "(Leanne Cartwright). Arrive 8:45, finish approx. 16:30. Lunch provided."),
        r"LOCATION:Civic Office\, Waterdale\, Doncaster", "TRANSP:TRANSPARENT",
    ]
    out.append(rec("all-day-ac", cal("-//DVCT//Interview Scheduler 2.1//EN", [ev]), uid, 1, "all-day-assessment-en",
                   "Don Valley Children's Trust", "Team Manager", "onsite", "leanne cartwright"))

    # 16 NHS trust with a room resource, Outlook
    uid = "040000008200E00074C5B7101A82E00800000000F0D1C2B3A4A5DC01000000000000000010000000SPCH55"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260407T112000Z", "DTSTART;TZID=GMT Standard Time:20260417T130000",
        "DTEND;TZID=GMT Standard Time:20260417T140000",
        "SUMMARY:Interview: Named Professional (Social Work) - Safeguarding Team",
        org("jenna.cole@spch.nhs.uk", "Cole, Jenna"), att(USER_FREE, "Ward, Bethany"),
        att("paul.ndlovu@spch.nhs.uk", "Ndlovu, Paul"),
        att("fieldhouse.boardroom1@spch.nhs.uk", "Fieldhouse - Boardroom 1", cutype="RESOURCE",
            role="NON-PARTICIPANT", rsvp=False),
        desc("South Pennine Community Health NHS Trust\nPanel: Jenna Cole (Head of Safeguarding) and Paul Ndlovu "
             "(Deputy Director of Nursing). Please report to Fieldhouse reception."),
        "LOCATION:Fieldhouse - Boardroom 1", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("outlook-resource", cal("outlook", [ev], tz=GMT_STD), uid, 1, "nhs-resource-attendee-en",
                   "South Pennine Community Health NHS Trust", "Named Professional (Social Work)", "onsite",
                   "jenna.cole@spch.nhs.uk;paul.ndlovu@spch.nhs.uk"))

    # 17 Exchange, SENT-BY PA, CN Last, First
    uid = "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC010000000000000000100000HEP9"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260423T081500Z", "DTSTART;TZID=GMT Standard Time:20260430T153000",
        "DTEND;TZID=GMT Standard Time:20260430T163000",
        "SUMMARY:Safeguarding Practice Lead interview",
        org("nadia.akhtar@hepft.nhs.uk", "Akhtar, Nadia", "lynne.foster@hepft.nhs.uk"),
        att(USER_FREE, "Bethany Ward"), att("tom.radcliffe@hepft.nhs.uk", "Radcliffe, Tom"),
        desc("Humber Estuary Partnership NHS Foundation Trust - Safeguarding Practice Lead (Band 8a).\n"
             "Interviewing: Nadia Akhtar (Associate Director of Safeguarding), Tom Radcliffe (Lead Nurse, "
             "Safeguarding Children).\nArranged by Lynne Foster, PA. Teams."),
        "LOCATION:Microsoft Teams Meeting",
    ]
    out.append(rec("exchange-pa", cal("exchange", [ev], tz=GMT_STD), uid, 1, "sentby-pa-en",
                   "Humber Estuary Partnership NHS Foundation Trust", "Safeguarding Practice Lead", "",
                   "nadia.akhtar@hepft.nhs.uk;tom.radcliffe@hepft.nhs.uk"))

    # 18 Oleeo, head of service
    uid = "oleeo-svcc-2231-int-44018@tal.net"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260512T152000Z", "DTSTART;TZID=Europe/London:20260526T100000",
        "DTEND;TZID=Europe/London:20260526T120000",
        r"SUMMARY:Interview Invitation - Head of Service\, Children's Social Care (Ref SVC-2231)",
        org("noreply@sheafvalley.tal.net", "Sheaf Valley City Council Recruitment"), att(USER_FREE, "Bethany Ward"),
        desc("Dear Bethany Ward\n\nYou have been shortlisted. Your interview slot is shown above.\nStage: Final "
             "panel (members' appointment panel) followed by stakeholder panel.\nVenue: Town Hall, Pinstone St.\n"
             "If you need reasonable adjustments please contact the Recruitment Team.\n\nThis is an automated "
             "message from Oleeo."),
    ]
    out.append(rec("oleeo", cal("-//Oleeo//Candidate Scheduling//EN", [ev], tz=LONDON), uid, 1, "oleeo-final-en",
                   "Sheaf Valley City Council", "Head of Service, Children's Social Care", "final"))

    # 19 telephone interview with a council HR and manager
    uid = "hv-tel-ps-0408@holmevale.gov.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260402T101500Z", "DTSTART;TZID=Europe/London:20260408T121500",
        "DTEND;TZID=Europe/London:20260408T123000",
        "SUMMARY:Telephone screening call - Practice Supervisor (CLA)",
        org("kerry.illingworth@holmevale.gov.uk", "Kerry Illingworth"), att(USER_FREE, "Bethany Ward"),
        desc("Kerry Illingworth (Recruitment Partner, Holmevale Council) will call you on 07700 900731 for a "
             "15 minute screening call about your application, availability and salary expectations."),
        "LOCATION:Phone",
    ]
    out.append(rec("phone-screen", cal("outlook", [ev], tz=LONDON), uid, 1, "phone-screen-en", "Holmevale Council",
                   "Practice Supervisor (CLA)", "recruiter_screen", "kerry.illingworth@holmevale.gov.uk"))

    # 20 agency names the employer only in the body
    uid = "NL-20260227-0092-bw@northernlocums.co.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260225T171000Z", "DTSTART;TZID=GMT Standard Time:20260227T110000",
        "DTEND;TZID=GMT Standard Time:20260227T113000",
        "SUMMARY:Interview - Senior Practitioner (locum to perm) - Bethany Ward",
        org("jade@northernlocums.co.uk", "Jade Hirst"), att(USER_FREE, "Beth Ward"),
        desc("Hi Beth - as per our call. Client: Wharfedale Borough Council, Children's Assessment & "
             "Intervention, Otley office. You'll be speaking to the Team Manager, Rob Pennington "
             "(rob.pennington@wharfedale.gov.uk) on Teams. It's a 30 min conversation and they may offer on the "
             "day. Good luck! Jade, Northern Locums Ltd"),
    ]
    out.append(rec("agency-body-only", cal("outlook", [ev], tz=GMT_STD), uid, 1, "agency-body-employer-en",
                   "Wharfedale Borough Council", "Senior Practitioner", "hiring_manager",
                   "rob.pennington@wharfedale.gov.uk"))
    return out
