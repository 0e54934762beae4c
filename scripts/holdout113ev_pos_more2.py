"""holdout113: the user's own interviews - stakeholder panels, later stages and smaller UK tools."""

from __future__ import annotations

from holdout113ev_ics import (
    APPLE,
    GOOGLE,
    MAC,
    OUTLOOK,
    OUTLOOK16,
    STAMP,
    TZ_GMT_WIN,
    TZ_LONDON,
    USER,
    WORK,
    att,
    cal,
    esc,
    org,
    row,
)

FORMS = {
    "Southbank Tenants' Homes": ["Southbank Tenants Homes"],
    "Brightwater Care Trust": ["Brightwater"],
    "Eastgate Housing Co-operative": ["Eastgate Housing Co-op", "Eastgate Co-op", "Eastgate"],
}


def events() -> list[dict[str, str]]:
    out = []

    uid = "040000008200E00074C5B7101A82E00800000000C2D1E0F9A8B7DC01000000000000000010000000AF90"
    out.append(row("staff-panel", cal(OUTLOOK, [[
        org("lisa.brand@canalsidehomes.org.uk", "Brand, Lisa"),
        att(USER, "hannah.okafor@btinternet.com"),
        att("staffpanel@canalsidehomes.org.uk", "Staff Voice Panel"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Hannah, as part of the Chief Executive selection day each shortlisted candidate meets our Staff "
            "Voice Panel (8 colleagues from across the business) for 40 minutes. The panel's views go to the "
            "Board but it does not score. Coffee in the atrium beforehand.\nLisa Brand, Company Secretary"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:CEO selection day - Staff Voice Panel (H Okafor)",
        "DTSTART;TZID=GMT Standard Time:20260512T083000",
        "DTEND;TZID=GMT Standard Time:20260512T091000",
        f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=en-GB:Atrium Meeting Room 3",
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Canalside Homes Group", "Chief Executive", "onsite", "",
        "staff-voice-panel"))

    uid = "BYH-residents-panel-0416@beaconyouth.org.uk"
    out.append(row("residents-panel", cal(OUTLOOK16, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260416T173000",
        "DTEND;TZID=Europe/London:20260416T181500",
        "SUMMARY:Young residents' panel - CEO candidates - Beacon Youth Housing",
        "DESCRIPTION:" + esc(
            "Hi Hannah,\n\nThe young residents' panel (five residents aged 16-24, supported by our "
            "participation worker) will ask you their own questions. Pizza provided! This is part of the "
            "second stage and the residents' feedback is shared with the trustees.\n\nAmy"),
        "LOCATION:Beacon House\\, 31 Soho Road\\, Handsworth",
        org("amy.lowe@beaconyouth.org.uk", "Amy Lowe"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Beacon Youth Housing", "Chief Executive", "onsite", "",
        "tenant-panel-candidate"))

    uid = "E1C7B5A3-2D4F-4E8A-9B0C-6F3D2A1E7C55"
    out.append(row("ios-terse", cal(APPLE, [[
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260407T100000",
        "DTEND:20260407T113000",
        "SUMMARY:Keystone 2nd - trustees",
        "LOCATION:Keystone\\, Lionel St",
        f"UID:{uid}",
        "SEQUENCE:0",
    ]], method=None), uid, 1, "Keystone Care & Support", "", "", "", "ios-floating-terse"))

    uid = "iCIMS-7710511-INT@heartlandshomes.icims.com"
    out.append(row("icims-final-utc", cal("-//iCIMS//Interview Scheduling//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260430T130000Z",
        "DTEND:20260430T143000Z",
        "SUMMARY:Interview Confirmation - Executive Director of Customer Services (Req 4417) - Final",
        "DESCRIPTION:" + esc(
            "Candidate: Hannah Okafor\nFinal interview with the Board Appointments Committee: Bernard Achebe "
            "(Chair), Deborah Kaur (Chief Executive), Sally Tan (Tenant Board Member).\nCoordinator: Joanne "
            "Pike (Resourcing)."),
        "LOCATION:" + esc("1 Eastside Plaza, Birmingham B7 4BA"),
        org("joanne.pike@heartlandshomes.org.uk", "Joanne Pike"),
        att("bernard.achebe@heartlandshomes.org.uk", "Bernard Achebe"),
        att("deborah.kaur@heartlandshomes.org.uk", "Deborah Kaur"),
        att("sally.tan@heartlandshomes.org.uk", "Sally Tan"),
        att(USER, "Hannah Okafor"),
    ]]), uid, 1, "Heartlands Homes Alliance", "Executive Director of Customer Services", "final",
        "bernard.achebe@heartlandshomes.org.uk;deborah.kaur@heartlandshomes.org.uk;sally.tan@heartlandshomes.org.uk",
        "icims-final-utc"))

    uid = "7m2c9v0p4k8n1b5x3z6q2w7e8r@google.com"
    out.append(row("google-cancelled", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20260319T150000",
        "DTEND;TZID=Europe/London:20260319T160000",
        f"DTSTAMP:{STAMP}",
        org("kelly.moss@lowtherliving.org", "Kelly Moss"),
        f"UID:{uid}",
        att(USER, "Hannah Okafor", stat="DECLINED"),
        att("kelly.moss@lowtherliving.org", "Kelly Moss", stat="ACCEPTED"),
        "DESCRIPTION:" + esc("First interview for Chief Operating Officer with Kelly Moss (Chief Executive). "
                             "Moved - new invitation to follow."),
        "SEQUENCE:3",
        "STATUS:CANCELLED",
        "SUMMARY:Lowther Living - COO first interview",
        "TRANSP:OPAQUE",
    ]], method="CANCEL", tzs=(TZ_LONDON,)), uid, 1, "Lowther Living", "Chief Operating Officer", "hiring_manager",
        "kelly.moss@lowtherliving.org", "google-status-cancelled"))

    uid = "ashdownrowe-lli-svh-okafor-0313"
    out.append(row("search-longlist", cal(OUTLOOK16, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=GMT Standard Time:20260313T120000",
        "DTEND;TZID=GMT Standard Time:20260313T130000",
        "SUMMARY:Longlist interview: Severn Vale Housing - Chief Executive (Ashdown Rowe)",
        "DESCRIPTION:" + esc(
            "Dear Hannah,\n\nThank you for applying. Ahead of shortlisting by the Board on 27 March, Ruth Cole "
            "and I would like to meet you for a longlist interview. We will explore your leadership "
            "experience against the candidate brief.\n\nHenry Dawes\nResearcher, Ashdown Rowe\n"
            "(I will not be on the call.)\n\nTeams link below.\nhttps://teams.microsoft.com/l/meetup-join/AR-svh"),
        "LOCATION:Microsoft Teams Meeting",
        org("henry.dawes@ashdownrowe.co.uk", "Dawes, Henry"),
        att("ruth.cole@ashdownrowe.co.uk", "Cole, Ruth"),
        att("tobias.reed@ashdownrowe.co.uk", "Reed, Tobias"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Severn Vale Housing", "Chief Executive", "recruiter_screen",
        "ruth.cole@ashdownrowe.co.uk;tobias.reed@ashdownrowe.co.uk", "search-firm-longlist"))

    uid = "1q8w7e6r5t4y3u2i1o0p9a8s7d@google.com"
    out.append(row("google-copied-zoom", cal(GOOGLE, [[
        "DTSTART:20260414T083000Z",
        "DTEND:20260414T100000Z",
        f"DTSTAMP:{STAMP}",
        f"UID:{uid}",
        "DESCRIPTION:" + esc(
            "TVE final panel - Chair (Bev Stokes) + 2 trustees + tenant rep. Presentation: 'A tenant voice "
            "for every region' 10 min.\nZoom https://us02web.zoom.us/j/86120077431 pw 552190"),
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
        "SUMMARY:Tenant Voice England – CEO final panel",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH"), uid, 1, "Tenant Voice England", "CEO", "final", "Bev Stokes",
        "google-hand-copied-zoom"))

    uid = "F0E1D2C3-B4A5-4968-8776-AHT2NDSTAGE01"
    out.append(row("mac-second", cal(MAC, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260401T100000",
        "DTEND;TZID=Europe/London:20260401T113000",
        "SUMMARY:AHT 2nd stage - case study + panel",
        "DESCRIPTION:" + esc("Case study on voids turnaround (sent 48h before). Panel Rachel Bamford, James "
                             "Oduya + Chair."),
        "LOCATION:Accessible Homes Trust\\, 60 Caroline Street\\, Birmingham",
        org(USER, "Hannah Okafor"),
        att("r.bamford@accessiblehomes.org.uk", "Rachel Bamford"),
        att("j.oduya@accessiblehomes.org.uk", "James Oduya"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]], method=None, tzs=(TZ_LONDON,)), uid, 1, "Accessible Homes Trust", "", "technical",
        "r.bamford@accessiblehomes.org.uk;j.oduya@accessiblehomes.org.uk", "mac-user-organiser-case"))

    uid = "040000008200E00074C5B7101A82E008000000009E8D7C6B5A49DC01000000000000000010000000C3D4"
    out.append(row("outlook-final-hall", cal(OUTLOOK, [[
        org("martin.shaw@greenwayclt.org.uk", "Shaw, Martin"),
        att("martin.shaw@greenwayclt.org.uk", "Shaw, Martin", stat="ACCEPTED"),
        att("priti.desai@greenwayclt.org.uk", "Desai, Priti"),
        att("becky.lowe@greenwayclt.org.uk", "Lowe, Becky", role="OPT-PARTICIPANT"),
        att(USER, "hannah.okafor@btinternet.com"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Final interview, COO. Panel: Martin Shaw (Chair), Priti Desai (Treasurer). Becky will take "
            "notes only."),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Greenway CLT - COO final interview",
        "DTSTART;TZID=GMT Standard Time:20260317T180000",
        "DTEND;TZID=GMT Standard Time:20260317T190000",
        f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=en-GB:Stirchley Community Hall",
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Greenway Community Land Trust", "COO", "final",
        "martin.shaw@greenwayclt.org.uk;priti.desai@greenwayclt.org.uk", "outlook-notetaker"))

    uid = "040000008200E00074C5B7101A82E00800000000AB3C4D5E6F70DC01000000000000000010000000E1F2"
    out.append(row("outlook-panel-resource", cal(OUTLOOK, [[
        org("tom.wrexham@rushmoresearch.co.uk", "Wrexham, Tom"),
        att("claire.dunmore@charnwoodforest.org.uk", "Dunmore, Claire"),
        att("philip.ng@charnwoodforest.org.uk", "Ng, Philip"),
        att(USER, "hannah.okafor@btinternet.com"),
        att("av.kit3@charnwoodforest.org.uk", "AV Kit 3 (projector)", cutype="RESOURCE", role="NON-PARTICIPANT"),
        att("mr.loughborough@charnwoodforest.org.uk", "Meeting Room - Loughborough", cutype="ROOM",
            role="NON-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Hannah,\n\nStage 2 for Chief Executive, Charnwood Forest Housing: 15-minute presentation then "
            "panel questions from Claire Dunmore (Chair) and Philip Ng (Senior Independent Director). I'll "
            "be there to introduce you but won't interview.\n\nTom Wrexham, Rushmore Executive Search"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Charnwood Forest Housing - CEO - panel interview (Hannah Okafor)",
        "DTSTART;TZID=GMT Standard Time:20260408T130000",
        "DTEND;TZID=GMT Standard Time:20260408T143000",
        f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=en-GB:Meeting Room - Loughborough",
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Charnwood Forest Housing", "Chief Executive", "",
        "claire.dunmore@charnwoodforest.org.uk;philip.ng@charnwoodforest.org.uk", "outlook-resource-agency-host"))

    uid = "9z8x7c6v5b4n3m2l1k0j9h8g7f@google.com"
    out.append(row("google-meet-hm", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20260505T163000",
        "DTEND;TZID=Europe/London:20260505T171500",
        f"DTSTAMP:{STAMP}",
        org("d.mcallister@southbankth.org.uk", "Duncan McAllister"),
        f"UID:{uid}",
        att("d.mcallister@southbankth.org.uk", "Duncan McAllister", stat="ACCEPTED"),
        att(USER, "Hannah Okafor"),
        "DESCRIPTION:" + esc(
            "Hannah, a conversation with me as hiring manager for the Director of Operations role at "
            "Southbank Tenants' Homes.\n\nJoin with Google Meet: https://meet.google.com/vnd-qxpa-rte"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/vnd-qxpa-rte",
        "SUMMARY:Interview: Director of Operations - Southbank Tenants' Homes",
        "STATUS:CONFIRMED",
    ]], tzs=(TZ_LONDON,)), uid, 1, "Southbank Tenants' Homes", "Director of Operations", "hiring_manager",
        "d.mcallister@southbankth.org.uk", "google-meet-hiring-manager"))

    uid = "pinpoint-interview-55120-okafor@pinpointhq.com"
    out.append(row("pinpoint", cal("-//Pinpoint//Pinpoint ATS//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260324T100000",
        "DTEND;TZID=Europe/London:20260324T104500",
        "SUMMARY:Brightwater Care Trust: Screening call - Director of Operations",
        "DESCRIPTION:" + esc(
            "Hi Hannah,\n\nYou have a screening call with Zara Ahmed (Talent Partner) for Director of "
            "Operations. Zara will call you on the number you gave us.\n\nBrightwater Care Trust Talent Team"),
        "LOCATION:Telephone",
        org("talent@brightwatercare.org.uk", "Brightwater Care Trust"),
        att("zara.ahmed@brightwatercare.org.uk", "Zara Ahmed"),
        att(WORK, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Brightwater Care Trust", "Director of Operations", "recruiter_screen",
        "zara.ahmed@brightwatercare.org.uk", "pinpoint-screen-work-address"))

    uid = "recruitee-interview-889210@recruitee.com"
    out.append(row("recruitee", cal("-//Recruitee//Recruitee Calendar//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260604T110000",
        "DTEND;TZID=Europe/London:20260604T120000",
        "SUMMARY:Interview with Eastgate Housing Co-operative",
        "DESCRIPTION:" + esc(
            "Hello Hannah,\n\nWe look forward to meeting you for the General Manager position. You will meet "
            "two members of our management committee, Sean O'Rourke and Grace Mbeki.\n\nEastgate Housing "
            "Co-operative, 8 Roman Road, London E2 0HU"),
        "LOCATION:" + esc("8 Roman Road, London E2 0HU"),
        org("jobs@eastgatecoop.org.uk", "Eastgate Housing Co-operative"),
        att("sean.orourke@eastgatecoop.org.uk", "Sean O'Rourke"),
        att("grace.mbeki@eastgatecoop.org.uk", "Grace Mbeki"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Eastgate Housing Co-operative", "General Manager", "",
        "sean.orourke@eastgatecoop.org.uk;grace.mbeki@eastgatecoop.org.uk", "recruitee-no-stage"))

    uid = "SF_INT_LRHG_000287654"
    out.append(row("successfactors-phone", cal("-//SAP SuccessFactors//Interview Scheduling//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260323T090000",
        "DTEND;TZID=Europe/London:20260323T093000",
        "SUMMARY:Telephone screening: Group Director of Operations (11842)",
        "DESCRIPTION:" + esc(
            "Dear Hannah Okafor,\n\nA member of the Lark Rise Housing Group resourcing team, Owen Tully, will "
            "call you for an initial telephone screening.\n\nThis is an automated message from SAP "
            "SuccessFactors Recruiting. Please do not reply."),
        "LOCATION:Telephone",
        "ORGANIZER;CN=SAP SuccessFactors:mailto:noreply@successfactors.eu",
        att("owen.tully@larkrise.org.uk", "Owen Tully"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Lark Rise Housing Group", "Group Director of Operations", "recruiter_screen",
        "owen.tully@larkrise.org.uk", "successfactors-phone-screen"))

    return out
