"""holdout113: the user's own interviews from direct invites, agencies and hand-typed entries."""

from __future__ import annotations

from holdout113ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    OUTLOOK16,
    STAMP,
    THUNDERBIRD,
    TZ_GMT_WIN,
    TZ_LONDON,
    TZ_UTC_LABEL,
    USER,
    ZOOM,
    att,
    cal,
    esc,
    org,
    row,
)

FORMS = {
    "Canalside Homes Group": ["Canalside Homes", "Canalside"],
    "Mercia Community Housing": ["Mercia", "MCH"],
    "St Chad's Housing Association": ["St Chad's Housing", "St Chad's", "Saint Chad's Housing Association"],
    "Arden & Forest Homes": ["Arden and Forest Homes", "Arden & Forest", "Arden and Forest"],
    "Hearth Housing Co-operative": ["Hearth Co-op", "Hearth Housing Co-op", "Hearth"],
    "Lowther Living": ["Lowther"],
    "Tenant Voice England": ["Tenant Voice", "TVE"],
    "Shelterline": [],
    "Coventry & Warwick Almshouse Charity": ["Coventry and Warwick Almshouse Charity", "Coventry & Warwick Almshouses"],
    "Beacon Youth Housing": ["Beacon"],
}

ZOOM_EN = (
    "Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n"
    "+441314601196,,{mid_n}# United Kingdom\n+442030512874,,{mid_n}# United Kingdom\n\nDial by your location\n"
    "        +44 203 481 5237 United Kingdom\n\nFind your local number: https://us02web.zoom.us/u/kdX1"
)


def events() -> list[dict[str, str]]:
    out = []

    # Outlook, board chair direct invite, GMT Standard Time, X-ALT-DESC, room resource
    uid = "040000008200E00074C5B7101A82E0080000000070A9F3B4C6B0DC01000000000000000010000000AA71"
    text = (
        "Dear Hannah,\n\nFurther to Ashdown Rowe's call, I'm pleased to confirm your interview with the Board "
        "for the role of Chief Executive. The panel will be me, Dr Samuel Ife (Vice-Chair) and Karen "
        "Whitlock (Chair of ARC). Our Company Secretary, Lisa Brand, will look after you on arrival.\n\n"
        "Kind regards,\nJoanna"
    )
    out.append(row("outlook-board-room", cal(OUTLOOK, [[
        org("joanna.marsh@canalsidehomes.org.uk", "Marsh, Joanna"),
        att("samuel.ife@canalsidehomes.org.uk", "Ife, Samuel (Dr)"),
        att("karen.whitlock@canalsidehomes.org.uk", "Whitlock, Karen"),
        att("lisa.brand@canalsidehomes.org.uk", "Brand, Lisa", role="OPT-PARTICIPANT"),
        att(USER, "hannah.okafor@btinternet.com"),
        att("boardroom.gasstreet@canalsidehomes.org.uk", "Boardroom (Gas Street) 12", cutype="ROOM",
            role="NON-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(text),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Canalside Homes Group - Chief Executive - Board interview",
        "DTSTART;TZID=GMT Standard Time:20260512T100000",
        "DTEND;TZID=GMT Standard Time:20260512T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{STAMP}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Boardroom (Gas Street) 12",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Hannah,</p><p>Further to Ashdown Rowe&#39;s call"
        "\\, I&#39;m pleased to confirm your interview with the Board for the role of Chief Executive.</p>"
        "<p>Kind regards\\,<br>Joanna</p></body></html>",
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Canalside Homes Group", "Chief Executive", "final",
        "joanna.marsh@canalsidehomes.org.uk;samuel.ife@canalsidehomes.org.uk;karen.whitlock@canalsidehomes.org.uk",
        "outlook-board-room-secretary"))

    # Outlook with "(UTC+00:00) ..." zone, final panel
    uid = "040000008200E00074C5B7101A82E00800000000D0E2C1A7B9ADDC01000000000000000010000000F0E3"
    out.append(row("outlook-utc-label", cal(OUTLOOK16, [[
        "CLASS:PUBLIC",
        "CREATED:20260327T154411Z",
        "DESCRIPTION:" + esc(
            "Hannah - confirming the final panel for Chief Operating Officer. Panel: Neil Armitage (Chair), "
            "Yasmin Cooke (CEO), and a tenant board member, Derek Hollis. 45 mins questions then a "
            "15 min presentation on your first 100 days.\n\nMercia Community Housing, Unit 2 Trinity Park, "
            "Coventry CV3 4FB"),
        "DTEND;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20260422T120000",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20260422T110000",
        "LAST-MODIFIED:20260327T154411Z",
        "LOCATION:Trinity Park\\, Coventry",
        org("yasmin.cooke@merciach.org.uk", "Cooke, Yasmin"),
        att("neil.armitage@merciach.org.uk", "Armitage, Neil"),
        att("derek.hollis@merciach.org.uk", "Hollis, Derek"),
        att(USER, "Hannah Okafor"),
        "SUMMARY;LANGUAGE=en-gb:Final panel - COO - H Okafor",
        f"UID:{uid}",
    ]], tzs=(TZ_UTC_LABEL,)), uid, 1, "Mercia Community Housing", "Chief Operating Officer", "final",
        "yasmin.cooke@merciach.org.uk;neil.armitage@merciach.org.uk;derek.hollis@merciach.org.uk",
        "outlook-utc-zone-label"))

    # SENT-BY: the CEO's PA sends on behalf of the CEO
    uid = "040000008200E00074C5B7101A82E008000000001E7C4A92BB9FDC01000000000000000010000000C0B9"
    out.append(row("outlook-sent-by-pa", cal(OUTLOOK, [[
        org("peter.lang@stchads-ha.org.uk", "Lang, Peter", sent_by="maria.doyle@stchads-ha.org.uk"),
        att("peter.lang@stchads-ha.org.uk", "Lang, Peter", stat="ACCEPTED"),
        att(USER, "hannah.okafor@btinternet.com"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Sent on behalf of Peter Lang, Chief Executive.\n\nHi Hannah, Peter would like to meet you for "
            "an hour to discuss the Chief Operating Officer role before the formal panel. His office is "
            "on the 2nd floor; I'll meet you in reception.\n\nMaria Doyle\nExecutive Assistant to the CEO"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Hannah Okafor / Peter Lang - COO",
        "DTSTART;TZID=GMT Standard Time:20260318T083000",
        "DTEND;TZID=GMT Standard Time:20260318T093000",
        f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=en-GB:St Chad's House\\, 5 St Chad's Queensway\\, Birmingham",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "St Chad's Housing Association", "Chief Operating Officer", "hiring_manager",
        "peter.lang@stchads-ha.org.uk", "outlook-sent-by-pa"))

    # Apple, typed by the user, no attendees
    uid = "6A1F3E2B-9C47-4D8E-A0B1-5F2C7E9D1B44"
    out.append(row("ios-hand-typed", cal(APPLE, [[
        "CREATED:20260301T192233Z",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260325T140000",
        "DTEND;TZID=Europe/London:20260325T150000",
        "LAST-MODIFIED:20260301T192233Z",
        "LOCATION:Arden & Forest\\, Henley-in-Arden",
        "SEQUENCE:0",
        "SUMMARY:Arden & Forest – COO interview w/ Sue Whitfield (Chair) & Raj Bhatt (CEO)",
        "DESCRIPTION:Take printed 100-day plan. Park at the station.",
        f"UID:{uid}",
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]], method=None, tzs=(TZ_LONDON,)), uid, 1, "Arden & Forest Homes", "COO", "",
        "Sue Whitfield;Raj Bhatt", "ios-hand-typed"))

    # Thunderbird, floating time, terse
    uid = "b7c2e9d4-61f0-4a3c-9e85-2d1f6a0c3b78"
    out.append(row("thunderbird-terse", cal(THUNDERBIRD, [[
        "CREATED:20260410T071533Z",
        "LAST-MODIFIED:20260410T071544Z",
        f"DTSTAMP:{STAMP}",
        f"UID:{uid}",
        "SUMMARY:Int - Hearth Co-op (COO) Teams",
        "DTSTART:20260423T140000",
        "DTEND:20260423T150000",
        "DESCRIPTION:members' panel x3 + Andy Kerr (Sec.) - link in Gmail",
        "TRANSP:OPAQUE",
    ]], method=None), uid, 1, "Hearth Housing Co-operative", "COO", "", "Andy Kerr",
        "thunderbird-floating-terse"))

    # Google, user typed it, X-WR-TIMEZONE and floating time
    uid = "3hk0v7q2mdb1t9o4b8r6e5l2c1@google.com"
    out.append(row("google-terse-floating", cal(GOOGLE, [[
        "DTSTART:20260408T103000",
        "DTEND:20260408T113000",
        f"DTSTAMP:{STAMP}",
        f"UID:{uid}",
        "CREATED:20260331T210502Z",
        "DESCRIPTION:",
        "LAST-MODIFIED:20260331T210502Z",
        "LOCATION:Lowther Living\\, Hockley",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Lowther Living 2nd int",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH", head=("X-WR-CALNAME:hannah.okafor@btinternet.com", "X-WR-TIMEZONE:Europe/London")),
        uid, 1, "Lowther Living", "", "", "", "google-terse-floating"))

    # Agency (executive search) shortlisting interview, employer named, Zoom boilerplate
    uid = "ZOOM84410023117@zoom.us"
    z = ZOOM_EN.format(url="https://us02web.zoom.us/j/84410023117?pwd=TVE26", mid="844 1002 3117",
                       pw="371920", mid_n="84410023117")
    out.append(row("agency-zoom", cal(ZOOM, [[
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260319T113000",
        "DTEND;TZID=Europe/London:20260319T123000",
        "SUMMARY:Hadley Kerr Partners: Preliminary interview - Chief Executive\\, Tenant Voice England",
        f"UID:{uid}",
        "DESCRIPTION:" + esc("Hannah, this is the preliminary interview with me (Abigail Kerr) for the Tenant Voice "
                             "England CEO search. Shortlisted candidates go on to meet the client's panel.\n\n" + z),
        "LOCATION:https://us02web.zoom.us/j/84410023117?pwd=TVE26",
        org("abigail.kerr@hadleykerr.co.uk", "Abigail Kerr"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Tenant Voice England", "Chief Executive", "recruiter_screen",
        "abigail.kerr@hadleykerr.co.uk", "agency-zoom-preliminary"))

    # Psychometrics booked by a search firm: no interviewers
    uid = "penrose-psy-20260413-okafor@penrosesearch.co.uk"
    out.append(row("psychometrics", cal(OUTLOOK16, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=GMT Standard Time:20260413T190000",
        "DTEND;TZID=GMT Standard Time:20260413T203000",
        "SUMMARY:Shelterline CEO - online psychometric assessments (SHL Verify + OPQ)",
        "DESCRIPTION:" + esc(
            "Hi Hannah,\n\nAs discussed, Shelterline asks all shortlisted candidates for Chief Executive to "
            "complete the online assessments before the final panel. Block out 90 minutes somewhere quiet. "
            "The feedback session with our occupational psychologist will be booked separately.\n\n"
            "Miriam Hale\nPenrose Search"),
        "LOCATION:Online",
        org("miriam.hale@penrosesearch.co.uk", "Hale, Miriam"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Shelterline", "Chief Executive", "technical", "",
        "psychometrics-agency"))

    # Agency phone screen, employer named in body only
    uid = "8d1f2a77-4b0c-49de-91a0-7c3e5b2f6a10"
    out.append(row("agency-phone-body", cal(OUTLOOK16, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=GMT Standard Time:20260305T081500",
        "DTEND;TZID=GMT Standard Time:20260305T084500",
        "SUMMARY:Telephone interview - Hannah Okafor / Miriam Hale (Penrose Search)",
        "DESCRIPTION:" + esc(
            "Hannah - thanks for your CV. I'll call you on 07700 900318 to run through the Director of "
            "Operations appointment at Coventry & Warwick Almshouse Charity: your motivation, salary "
            "expectations and notice period. It's a first screening before I present the longlist to the "
            "trustees.\n\nMiriam"),
        "LOCATION:Phone - Miriam to call",
        org("miriam.hale@penrosesearch.co.uk", "Hale, Miriam"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Coventry & Warwick Almshouse Charity", "Director of Operations",
        "recruiter_screen", "miriam.hale@penrosesearch.co.uk", "agency-phone-employer-in-body"))

    # Zoom invite from HR of a youth housing charity, first interview
    uid = "ZOOM91284410662@zoom.us"
    z = ZOOM_EN.format(url="https://us02web.zoom.us/j/91284410662?pwd=QmVhY29u", mid="912 8441 0662",
                       pw="558203", mid_n="91284410662")
    out.append(row("zoom-first", cal(ZOOM, [[
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260326T130000Z",
        "DTEND:20260326T140000Z",
        "SUMMARY:First interview: Chief Executive - Beacon Youth Housing",
        f"UID:{uid}",
        "DESCRIPTION:" + esc("Panel: Gareth Evans (Chair of Trustees), Naomi Clarke (Trustee, HR)\n"
                             "Hosted by Amy Lowe, HR Officer (not on panel)\n\n" + z),
        "LOCATION:https://us02web.zoom.us/j/91284410662?pwd=QmVhY29u",
        org("amy.lowe@beaconyouth.org.uk", "Amy Lowe"),
        att("gareth.evans@beaconyouth.org.uk", "Gareth Evans"),
        att("naomi.clarke@beaconyouth.org.uk", "Naomi Clarke"),
        att(USER, "Hannah Okafor"),
    ]]), uid, 1, "Beacon Youth Housing", "Chief Executive", "",
        "gareth.evans@beaconyouth.org.uk;naomi.clarke@beaconyouth.org.uk", "zoom-hr-host-not-panel"))

    return out
