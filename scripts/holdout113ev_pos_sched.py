"""holdout113: the user's own interviews from schedulers and UK public-sector recruitment systems."""

from __future__ import annotations

from holdout113ev_ics import GOOGLE, STAMP, TZ_GMT_WIN, TZ_LONDON, USER, WORK, att, cal, esc, org, row

FORMS = {
    "Riverbank Homes London": ["Riverbank Homes", "Riverbank"],
    "Brindley Housing": ["Brindley"],
    "Charnwood Forest Housing": ["Charnwood Forest", "CFH"],
    "Housing Futures Institute": ["HFI"],
    "Tamebridge Council": ["Tamebridge Metropolitan Borough Council", "Tamebridge MBC"],
    "West Midlands Housing Partnership": ["WMHP"],
    "Kinver Housing Association": ["Kinver Housing", "Kinver HA"],
    "National Housing Investment Agency": ["NHIA"],
    "Quayside Living": ["Quayside"],
    "Ladywood Community Trust": ["Ladywood Trust"],
}


def events() -> list[dict[str, str]]:
    out = []

    # GoodTime loop: coordinator organises, two interviewers; final
    uid = "goodtime-evt-5b8e2f14a9d04c17"
    desc = (
        "Hannah, here is your final interview schedule for Chief Executive at Riverbank Homes London.\n\n"
        "11:00 - 11:45  Vision & strategy - Priya Malhotra (Chair)\n"
        "11:45 - 12:30  Finance & risk - Gordon Tse (Chair of ARC)\n\n"
        "Your coordinator is Hollie Grant; she will meet you at reception but is not part of the panel.\n"
        "Address: Riverbank Homes, 40 Albert Embankment, London SE1 7TL\n\nScheduled with GoodTime"
    )
    out.append(row("goodtime-final", cal("-//GoodTime.io//GoodTime Hire//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260526T100000Z",
        "DTEND:20260526T113000Z",
        "SUMMARY:Final Interview - Chief Executive - Riverbank Homes London",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("40 Albert Embankment, London SE1 7TL"),
        org("hollie.grant@riverbankhomes.london", "Hollie Grant"),
        att("priya.malhotra@riverbankhomes.london", "Priya Malhotra"),
        att("gordon.tse@riverbankhomes.london", "Gordon Tse"),
        att("hollie.grant@riverbankhomes.london", "Hollie Grant", role="NON-PARTICIPANT", stat="ACCEPTED"),
        att(USER, "Hannah Okafor"),
    ]]), uid, 1, "Riverbank Homes London", "Chief Executive", "final",
        "priya.malhotra@riverbankhomes.london;gordon.tse@riverbankhomes.london", "goodtime-coordinator"))

    # ModernLoop: hiring manager (CEO) conversation, Teams
    uid = "ml_8c21f0e9-brindley-44d1"
    desc = (
        "Interview with Brindley Housing\nRole: Director of Property Services\nStage: Hiring manager "
        "conversation with Sunita Dhillon, Chief Executive\n\nMicrosoft Teams meeting\nJoin: "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BRH771\nMeeting ID: 412 889 301 22  "
        "Passcode: hT8kq9\n\nScheduled via ModernLoop"
    )
    out.append(row("modernloop-hm", cal("-//ModernLoop//ModernLoop Scheduling//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260407T160000",
        "DTEND;TZID=Europe/London:20260407T164500",
        "SUMMARY:Hannah Okafor <> Sunita Dhillon | Director of Property Services",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Microsoft Teams Meeting",
        org("scheduling@brindleyhousing.org.uk", "Brindley Housing Talent"),
        att("sunita.dhillon@brindleyhousing.org.uk", "Sunita Dhillon"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Brindley Housing", "Director of Property Services", "hiring_manager",
        "sunita.dhillon@brindleyhousing.org.uk", "modernloop-hiring-manager"))

    # Calendly booked with an executive search consultant, employer named in event
    uid = "e6c1b0f2-3d9a-4a71-8f55-ccf1e04a9b21"
    desc = (
        "Event Name: Preliminary interview - Chief Executive, Charnwood Forest Housing\n\n"
        "Location: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/84412290331?pwd=Rk9x\n\n"
        "Please share anything that will help prepare for our meeting.: Current role Director of "
        "Operations, Midland Homes\n\nNeed to make changes to this event?\nCancel: "
        "https://calendly.com/cancellations/e6c1b0f2\nReschedule: https://calendly.com/reschedulings/e6c1b0f2"
        "\n\nPowered by Calendly.com"
    )
    out.append(row("calendly-search-firm", cal("-//Calendly//Calendly//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260312T140000Z",
        "DTEND:20260312T144500Z",
        "SUMMARY:Hannah Okafor and Tom Wrexham",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:https://us06web.zoom.us/j/84412290331?pwd=Rk9x",
        org("tom.wrexham@rushmoresearch.co.uk", "Tom Wrexham"),
        att("tom.wrexham@rushmoresearch.co.uk", "Tom Wrexham", stat="ACCEPTED"),
        att(USER, "Hannah Okafor", stat="ACCEPTED"),
    ]], method="PUBLISH"), uid, 1, "Charnwood Forest Housing", "Chief Executive", "recruiter_screen",
        "tom.wrexham@rushmoresearch.co.uk", "calendly-agency-names-employer"))

    # Cal.com with a think-tank CEO
    uid = "calcom-r4Yt8mNq2wXz@cal.com"
    desc = (
        "What: COO conversation between Hannah Okafor and Dr Eleanor Byrne\nInvitee time zone: "
        "Europe/London\nWho:\n- Dr Eleanor Byrne - Organizer\n  eleanor@housingfutures.org.uk\n"
        "- Hannah Okafor\n  hannah.okafor@btinternet.com\nWhere: Google Meet https://meet.google.com/"
        "kzw-pqrb-tyd\nAdditional notes: Interview for the Chief Operating Officer post - Housing Futures "
        "Institute\n\nNeed to make a change? Reschedule or Cancel"
    )
    out.append(row("calcom-thinktank", cal("-//Cal.com Inc.//Cal.com Event//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260402T083000Z",
        "DTEND:20260402T091500Z",
        "SUMMARY:COO conversation between Hannah Okafor and Dr Eleanor Byrne",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:https://meet.google.com/kzw-pqrb-tyd",
        org("eleanor@housingfutures.org.uk", "Dr Eleanor Byrne"),
        att(USER, "Hannah Okafor", stat="ACCEPTED"),
    ]], method="REQUEST"), uid, 1, "Housing Futures Institute", "Chief Operating Officer", "hiring_manager",
        "eleanor@housingfutures.org.uk", "calcom-founder"))

    # Microsoft Bookings at a council
    uid = "040000008200E00074C5B7101A82E00800000000B4C1A8D2E9A1DC01000000000000000010000000C5A3"
    desc = (
        "Hello Hannah Okafor,\n\nThanks for booking with Tamebridge Council - Senior Recruitment.\n\n"
        "Service: Director of Housing - Member Appointment Panel interview\nStaff: Cllr Margaret Oyelaran\n"
        "Location: Council House, Market Square, Tamebridge\n\nThe panel will be chaired by Cllr Oyelaran "
        "(Leader) with Cllr Dev Sharma and the Chief Executive, Alan Pritchard.\n\nManage booking: "
        "https://outlook.office365.com/owa/calendar/TamebridgeSeniorRecruitment@tamebridge.gov.uk/bookings/"
    )
    out.append(row("ms-bookings-council", cal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [[
            "CLASS:PUBLIC",
            "CREATED:20260301T101500Z",
            "DESCRIPTION:" + esc(desc),
            "DTSTART;TZID=GMT Standard Time:20260611T100000",
            "DTEND;TZID=GMT Standard Time:20260611T110000",
            f"DTSTAMP:{STAMP}",
            "LOCATION:Council House\\, Market Square\\, Tamebridge",
            org("TamebridgeSeniorRecruitment@tamebridge.gov.uk", "Tamebridge Council - Senior Recruitment"),
            att("margaret.oyelaran@tamebridge.gov.uk", "Oyelaran, Margaret (Cllr)"),
            att("dev.sharma@tamebridge.gov.uk", "Sharma, Dev (Cllr)"),
            att("alan.pritchard@tamebridge.gov.uk", "Pritchard, Alan"),
            att(USER, "Hannah Okafor"),
            "PRIORITY:5",
            "SEQUENCE:0",
            "SUMMARY;LANGUAGE=en-GB:Director of Housing - Member Appointment Panel interview",
            "TRANSP:OPAQUE",
            f"UID:{uid}",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
        ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Tamebridge Council", "Director of Housing", "final",
        "margaret.oyelaran@tamebridge.gov.uk;dev.sharma@tamebridge.gov.uk;alan.pritchard@tamebridge.gov.uk",
        "ms-bookings-member-panel"))

    # Jobtrain (UK public sector), first interview
    uid = "JT-WMHP-INT-20260320-0931"
    desc = (
        "Dear Hannah\n\nJob title: Director of Strategic Housing Delivery\nReference: WMHP/0112\n\n"
        "Following shortlisting, we are delighted to invite you to interview. The interview will be "
        "conducted by a panel of three and will include a 10-minute presentation on 'Delivering 10,000 "
        "affordable homes across the region'.\n\nPlease bring photo ID and proof of right to work.\n\n"
        "Regards\nHR Recruitment Team\nWest Midlands Housing Partnership\n\nThis email was sent via Jobtrain"
    )
    out.append(row("jobtrain-public", cal("-//Jobtrain//Jobtrain Recruitment//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260320T093000",
        "DTEND;TZID=Europe/London:20260320T103000",
        "SUMMARY:Interview - Director of Strategic Housing Delivery (WMHP/0112)",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("16 Summer Lane, Birmingham B19 3SD"),
        org("recruitment@wmhp.gov.uk", "WMHP Recruitment"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "West Midlands Housing Partnership", "Director of Strategic Housing Delivery",
        "", "", "jobtrain-public-body"))

    # TribePad, user's work address used by mistake by the candidate (invite to work mailbox)
    uid = "tribepad-kinver-77213@tribepad.com"
    desc = (
        "Interview arranged\n\nVacancy: Executive Director of Neighbourhoods\nOrganisation: Kinver Housing "
        "Association\nInterview type: Face to face - first stage\nPanel: Martin Cole (CEO), Farah Siddiqui "
        "(Board member)\n\nKinver House, High Street, Kinver DY7 6HG\nFree parking at rear.\n\nTribepad"
    )
    out.append(row("tribepad-work-inbox", cal("-//Tribepad//Tribepad ATS//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260331T110000",
        "DTEND;TZID=Europe/London:20260331T120000",
        "SUMMARY:Interview arranged: Executive Director of Neighbourhoods",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("Kinver House, High Street, Kinver DY7 6HG"),
        org("noreply@tribepad.com", "Kinver Housing Association"),
        att(WORK, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Kinver Housing Association", "Executive Director of Neighbourhoods",
        "", "Martin Cole;Farah Siddiqui", "tribepad-work-address"))

    # Oleeo, arm's-length public body, Success Profiles interview
    uid = "oleeo-nhia-0099182@oleeo.com"
    desc = (
        "Dear Hannah,\n\nCampaign: Director, Operations (SCS Pay Band 1) - NHIA-2026-017\n\nYour interview "
        "will assess the Behaviours Leadership, Managing a Quality Service and Delivering at Pace, and "
        "Strengths. You will also give a 5-minute presentation.\n\nPanel chair: Dame Carol Whitby; panel "
        "members: Ravi Menon, Director General Delivery; Sian Evans, independent member.\n\nVideo: Microsoft "
        "Teams (link to follow).\n\nNHIA Recruitment Hub"
    )
    out.append(row("oleeo-success-profiles", cal("-//Oleeo//Oleeo Recruit//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260602T133000",
        "DTEND;TZID=Europe/London:20260602T143000",
        "SUMMARY:Interview - Director, Operations (SCS1) - NHIA-2026-017",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Microsoft Teams",
        org("recruitment@nhia.gov.uk", "NHIA Recruitment Hub"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "National Housing Investment Agency", "Director, Operations", "",
        "Dame Carol Whitby;Ravi Menon;Sian Evans", "oleeo-civil-service"))

    # Ashby, BTR operator, onsite
    uid = "ashby-int-01HRW6Q8V2K3T9@ashbyhq.com"
    desc = (
        "Hi Hannah,\n\nYour onsite interview for Chief Operating Officer at Quayside Living is confirmed.\n\n"
        "Schedule\n1:00pm - 1:45pm  Ben Albright, CEO\n1:45pm - 2:30pm  Leila Haddad, CFO\n"
        "2:30pm - 3:00pm  Building tour with Jess (Resident Experience Lead)\n\nWhere: Quayside Living, "
        "The Cube, 199 Wharfside Street, Birmingham B1 1RN\n\nAshby"
    )
    out.append(row("ashby-onsite", cal("-//Ashby//Ashby Interview//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260416T130000",
        "DTEND;TZID=Europe/London:20260416T150000",
        "SUMMARY:Onsite Interview: Hannah Okafor - Chief Operating Officer",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("The Cube, 199 Wharfside Street, Birmingham B1 1RN"),
        org("no-reply@ashbyhq.com", "Quayside Living"),
        att("ben@quaysideliving.com", "Ben Albright"),
        att("leila@quaysideliving.com", "Leila Haddad"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Quayside Living", "Chief Operating Officer", "onsite",
        "ben@quaysideliving.com;leila@quaysideliving.com", "ashby-onsite"))

    # One-way video (Willo) booked into Google Calendar, employer in title
    uid = "0r2p8k3m5n9q1s4t6v8x0z2b4d@google.com"
    desc = (
        "Ladywood Community Trust - Chief Executive\nRecorded video interview (Willo). Four questions, "
        "3 minutes each, one re-record allowed. Deadline 5pm.\nhttps://app.willotalent.com/i/LCT-ceo-26"
    )
    out.append(row("willo-oneway", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20260309T160000",
        "DTEND;TZID=Europe/London:20260309T170000",
        f"DTSTAMP:{STAMP}",
        f"UID:{uid}",
        "CREATED:20260305T201100Z",
        "DESCRIPTION:" + esc(desc),
        "LAST-MODIFIED:20260305T201100Z",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Video interview - Ladywood Community Trust (record by 5pm)",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH", head=("X-WR-CALNAME:Hannah", "X-WR-TIMEZONE:Europe/London"), tzs=(TZ_LONDON,)),
        uid, 1, "Ladywood Community Trust", "Chief Executive", "recruiter_screen", "", "one-way-video"))

    return out
