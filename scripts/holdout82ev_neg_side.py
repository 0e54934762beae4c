"""holdout82 negatives with the user on the hiring side: Northern Hearts finance recruitment (the user's
team) and St Aidan's Hospice appointment panels (the user is a trustee and uses her free-mail address there)."""

from __future__ import annotations

from holdout82ev_ics import (
    USER_FREE,
    USER_WORK,
    UTC_LONDON,
    apple_uid,
    att_ol,
    guid,
    neg,
    outlook,
    outlook_uid,
    p,
    teams_en,
    tok,
    tz_apple_london,
    zoom_en,
)

ME_W = att_ol("Thompson, Rebecca", USER_WORK)
ME_W_ORG = 'ORGANIZER;CN="Thompson, Rebecca":mailto:' + USER_WORK
HR = 'ORGANIZER;CN="Clarke, Emma":mailto:emma.clarke@northernhearts.org.uk'
HOSPICE = "ORGANIZER;CN=St Aidan's People Team:mailto:people@staidans.org.uk"
ME_F = att_ol("Rebecca Thompson (Trustee)", USER_FREE)


def _side(kind: str, uid: str, lines: list[str], trap: str) -> dict:
    assert "user-as-interviewer" in trap
    return neg(kind, uid, lines, trap=trap, side=True)


def events() -> list[dict]:
    out: list[dict] = []

    uid = outlook_uid("s1")
    out.append(_side("outlook-candidate-attendee", uid, outlook(
        uid, org=HR, atts=[ME_W, att_ol("Priya Nair", "priya.nair88@gmail.com"),
                           att_ol("NH - Meeting Room 2", "nh.meetingroom2@northernhearts.org.uk", cutype="ROOM",
                                  opt=True)],
        summary="Interview – Management Accountant – Priya Nair", start="20251006T100000", end="20251006T110000",
        stamp="20250929T101000Z", location="NH - Meeting Room 2",
        desc="Hi Priya and Rebecca\n\nConfirming the interview for the Management Accountant vacancy. Priya – "
             "Rebecca Thompson (Finance Director) and I will interview you at Northern Hearts, Swan Buildings, 20 "
             "Swan Street, Manchester M4 5JW. Please bring proof of your right to work in the UK.\n\nEmma Clarke\n"
             "HR Advisor, Northern Hearts"), "user-as-interviewer-candidate-attendee-en"))

    uid = f"{tok('s2', 24, '0123456789abcdef')}@workable.com"
    out.append(_side("workable-interview-kit", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251013T080000Z", "DTSTART:20251021T130000Z",
        "DTEND:20251021T140000Z", p("SUMMARY", "Interview: Daniel Cho for Finance Business Partner"),
        "ORGANIZER;CN=Emma Clarke:mailto:emma.clarke@northernhearts.org.uk",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_WORK}",
        "ATTENDEE;CN=Daniel Cho;RSVP=TRUE:mailto:danielcho.acma@outlook.com",
        p("DESCRIPTION", "You have been added as an interviewer.\n\nCandidate: Daniel Cho\nJob: Finance Business "
                         "Partner (Northern Hearts)\nInterview kit: 1) Partnering with non-financial budget holders "
                         "2) Restricted vs unrestricted reporting 3) A forecast that went wrong\n\nPlease complete "
                         "your evaluation in Workable within 24 hours of the interview.\n\nView the candidate "
                         "profile: https://northernhearts.workable.com/backend/jobs/" + tok("s2j", 7, "0123456789")),
        "LOCATION:Northern Hearts, Swan Street - Meeting Room 1", "END:VEVENT", "END:VCALENDAR"],
        "user-as-interviewer-kit-workable-en"))

    uid = outlook_uid("s3")
    out.append(_side("scorecard-block", uid, outlook(
        uid, org=ME_W_ORG, atts=[], summary="Scorecards: Payroll Officer interviews (Workable) – due 5pm",
        start="20251029T160000", end="20251029T163000", stamp="20251027T090000Z", busy="BUSY",
        desc="Aisha R, Colin M, Shona D – score each against the 5 criteria before debrief with Emma tomorrow.",
        alt=False), "user-as-interviewer-scorecard-en"))

    uid = outlook_uid("s4")
    out.append(_side("debrief-teams", uid, outlook(
        uid, org=ME_W_ORG, atts=[att_ol("Kerr, Siobhan (Dr)", "siobhan.kerr@northernhearts.org.uk"),
                                 att_ol("Clarke, Emma", "emma.clarke@northernhearts.org.uk")],
        summary="Debrief – Finance Manager interviews", start="20251111T163000", end="20251111T170000",
        stamp="20251104T123000Z", location="Microsoft Teams Meeting",
        desc="Quick debrief on today's three Finance Manager candidates and agree who goes to second stage.\n\n"
             + teams_en("s4", dial=False)), "user-as-interviewer-debrief-en"))

    uid = guid("s5") + "@calendly.com"
    out.append(_side("calendly-user-host", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20250915T201512Z", "DTSTART:20250919T120000Z", "DTEND:20250919T123000Z",
        p("SUMMARY", "Finance Assistant – telephone interview between Rebecca Thompson and Tom Briggs"),
        f"ORGANIZER;CN=Rebecca Thompson:mailto:{USER_WORK}",
        "ATTENDEE;CN=Tom Briggs;RSVP=TRUE:mailto:tombriggs2001@outlook.com",
        p("DESCRIPTION", "Event Name: Finance Assistant – telephone interview\n\nLocation: This is a phone call. "
                         "Rebecca Thompson will call the invitee at +44 7700 900219\n\nPlease share anything that "
                         "will help prepare for our meeting.\nI'm currently finishing my AAT Level 3.\n\nNeed to make "
                         "changes to this event?\nCancel: https://calendly.com/cancellations/" + guid("s5c") +
                         "\n\nPowered by Calendly.com"),
        "LOCATION:+44 7700 900219", "END:VEVENT", "END:VCALENDAR"], "user-as-interviewer-calendly-host-en"))

    uid = outlook_uid("s6")
    out.append(_side("agency-sends-candidate", uid, outlook(
        uid, org="ORGANIZER;CN=Josh Kaur:mailto:josh.kaur@redfernfinance.co.uk", atts=[ME_W],
        summary="Candidate interview: Sarah Okafor – Payroll Supervisor (Northern Hearts)", start="20251015T093000",
        end="20251015T103000", stamp="20251009T150000Z", location="Northern Hearts, 20 Swan Street, Manchester",
        desc="Hi Rebecca\n\nThanks for agreeing to meet Sarah for your Payroll Supervisor vacancy. She's currently "
             "Payroll Lead at a housing association in Oldham, CIPP qualified, and is available on four weeks' "
             "notice. Her CV is attached to my email. Sarah will come to your office for 9.30.\n\nAny feedback "
             "afterwards would be much appreciated.\n\nJosh Kaur\nSenior Consultant, Redfern Finance Recruitment"),
        "user-as-interviewer-agency-candidate-en"))

    uid = outlook_uid("s7")
    out.append(_side("hospice-appointment-panel", uid, outlook(
        uid, org=HOSPICE, atts=[ME_F, att_ol("Ormerod, David", "david.ormerod@staidans.org.uk"),
                                att_ol("Faulkner, Joanne (CEO)", "joanne.faulkner@staidans.org.uk"),
                                att_ol("Board Room – Ashfield House", "boardroom@staidans.org.uk", cutype="ROOM",
                                       opt=True)],
        summary="Appointment Panel – Director of Clinical Services – interviews", start="20251024T090000",
        end="20251024T160000", stamp="20251001T101010Z", location="Board Room, Ashfield House, St Aidan's Hospice",
        desc="Dear Panel members\n\nThank you for agreeing to sit on the appointment panel for the Director of "
             "Clinical Services. Four candidates have been shortlisted; interview packs and the scoring matrix "
             "will be sent a week before. The panel is Joanne Faulkner (Chief Executive), David Ormerod (Chair) "
             "and Rebecca Thompson (Trustee).\n\n09:00 panel briefing\n09:30 – 15:00 candidate presentations and "
             "interviews\n15:00 panel decision\n\nSt Aidan's People Team"), "user-as-interviewer-trustee-panel-en"))

    uid = outlook_uid("s8")
    out.append(_side("hospice-shortlisting", uid, outlook(
        uid, org=HOSPICE, atts=[ME_F, att_ol("Ormerod, David", "david.ormerod@staidans.org.uk"),
                                att_ol("Helen Royle", "helen.royle@holroydpartners.co.uk")],
        summary="CEO appointment – shortlisting meeting (trustees + Holroyd Partners)", start="20260108T180000",
        end="20260108T193000", stamp="20251215T101010Z", location="Microsoft Teams Meeting", tzid=UTC_LONDON,
        desc="Trustees on the CEO appointment panel will agree the shortlist from Holroyd Partners' longlist of "
             "eleven. Please read the candidate packs in the Board portal beforehand.\n\n" + teams_en("s8")),
        "user-as-interviewer-shortlisting-en"))

    uid = apple_uid("s9")
    out.append(_side("hospice-allday-final", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.2//EN", "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT", "CREATED:20260110T120000Z", "DTSTAMP:20260110T120000Z", "DTSTART;VALUE=DATE:20260129",
        "DTEND;VALUE=DATE:20260130", "SUMMARY:St Aidan's CEO interviews – day 2 (final panel) – I'm on panel",
        p("DESCRIPTION", "Trustee panel w/ David O + Holroyd. 3 candidates. Presentations am, panel pm. Take "
                         "scoring sheets."), "LOCATION:Ashfield House", f"UID:{uid}", "TRANSP:TRANSPARENT",
        "END:VEVENT", "END:VCALENDAR"], "user-as-interviewer-allday-own-note-en"))

    uid = outlook_uid("s10")
    out.append(_side("shadowing", uid, outlook(
        uid, org=ME_W_ORG, atts=[att_ol("Ellis, Jordan", "jordan.ellis@northernhearts.org.uk"),
                                 att_ol("Clarke, Emma", "emma.clarke@northernhearts.org.uk", opt=True)],
        summary="Interview shadowing – Jordan observing Rebecca (AP Clerk interviews)", start="20251105T140000",
        end="20251105T163000", stamp="20251029T081500Z", location="Meeting Room 1",
        desc="Jordan – as part of your development plan you'll sit in on my AP Clerk interviews (three candidates, "
             "45 mins each). Just observe and take notes; we'll compare scores afterwards.\nRebecca"),
        "user-as-interviewer-shadowing-en"))

    uid = apple_uid("s11")
    out.append(_side("own-note-candidate", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN", "CALSCALE:GREGORIAN",
        *tz_apple_london(), "BEGIN:VEVENT", "CREATED:20251001T071500Z", "DTSTAMP:20251001T071530Z",
        "DTSTART;TZID=Europe/London:20251003T140000", "DTEND;TZID=Europe/London:20251003T150000",
        "SUMMARY:Interview Mark Allen 2pm (mgmt acct) - rm 2",
        p("DESCRIPTION", "CV in Workable. Qs: consolidation of trading sub, Gift Aid claims, Excel test results"),
        f"UID:{uid}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"], "user-as-interviewer-own-note-en"))

    uid = outlook_uid("s12")
    out.append(_side("organiser-to-freemail", uid, outlook(
        uid, org=ME_W_ORG, atts=[att_ol("aisha.rahman93@gmail.com", "aisha.rahman93@gmail.com"),
                                 att_ol("Clarke, Emma", "emma.clarke@northernhearts.org.uk")],
        summary="Second interview – Payroll Officer – Aisha Rahman", start="20251103T150000", end="20251103T154500",
        stamp="20251030T120000Z", location="Microsoft Teams Meeting",
        desc="Hi Aisha\n\nThank you for your time last week – we'd like to invite you to a short second interview "
             "with me and Emma. We'll ask you to talk us through the payroll reconciliation exercise.\n\nKind "
             "regards\nRebecca Thompson\nFinance Director, Northern Hearts\n\n" + teams_en("s12")),
        "user-as-interviewer-organiser-freemail-en"))

    uid = outlook_uid("s13")
    out.append(_side("phone-screen-by-user", uid, outlook(
        uid, org=ME_W_ORG, atts=[], summary="Phone screen: Liam Doyle (Finance Assistant) – call 07700 900431",
        start="20250930T083000", end="20250930T090000", stamp="20250926T160000Z", busy="BUSY",
        desc="15–20 mins. Check Sage experience, availability, salary expectation (£24–26k).", alt=False),
        "user-as-interviewer-phone-screen-en"))

    uid = outlook_uid("s14")
    out.append(_side("panel-sentby", uid, outlook(
        uid, org='ORGANIZER;CN="Kerr, Siobhan (Dr)";SENT-BY="mailto:pa.ceo@northernhearts.org.uk":mailto:'
                 'siobhan.kerr@northernhearts.org.uk',
        atts=[ME_W, att_ol("Dunne, Patrick", "patrick.dunne@northernhearts.org.uk")],
        summary="Head of Fundraising – interview panel", start="20251121T093000", end="20251121T130000",
        stamp="20251112T101500Z", location="Boardroom, Swan Buildings",
        desc="Siobhan has asked me to book the panel for the Head of Fundraising interviews: Siobhan, Patrick Dunne "
             "(Director of Income) and Rebecca.\n\n09:45 Laura Bentley\n11:00 Kwame Asante\n12:15 panel "
             "discussion\n\nCandidate packs to follow.\nLouise (PA to the CEO)"),
        "user-as-interviewer-panel-sentby-en"))

    uid = outlook_uid("s15")
    out.append(_side("apprentice-assessment", uid, outlook(
        uid, org=HR, atts=[ME_W, att_ol("Ellis, Jordan", "jordan.ellis@northernhearts.org.uk")],
        summary="Finance Apprentice assessment morning – assessors", start="20260120T090000", end="20260120T123000",
        stamp="20260105T100000Z", location="Meeting Rooms 1 & 2",
        desc="Assessors: Rebecca, Jordan. Six applicants from the Manchester College Level 3 programme – numeracy "
             "task, group exercise and a 15-minute interview each. Scoring grids on the shared drive."),
        "user-as-interviewer-assessment-en"))

    uid = outlook_uid("s16")
    out.append(_side("question-prep", uid, outlook(
        uid, org=ME_W_ORG, atts=[], summary="Prep – interview questions + scoring for Finance Manager panel",
        start="20251110T160000", end="20251110T170000", stamp="20251103T090000Z", busy="BUSY",
        desc="Finalise 6 competency Qs + technical Q on fund accounting (SORP). Send to Emma + Siobhan by 5.",
        alt=False), "user-as-interviewer-question-prep-en"))

    uid = f"{tok('s17', 24, '0123456789abcdef')}@workable.com"
    out.append(_side("workable-candidate-freemail", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251201T100000Z", "DTSTART:20251210T100000Z",
        "DTEND:20251210T104500Z", p("SUMMARY", "Interview with Northern Hearts: Grants Accountant"),
        f"ORGANIZER;CN=Rebecca Thompson:mailto:{USER_WORK}",
        "ATTENDEE;CN=Elena Ruiz García;RSVP=TRUE:mailto:elena.ruizgarcia@hotmail.es",
        f"ATTENDEE;CN=Rebecca Thompson;PARTSTAT=ACCEPTED:mailto:{USER_WORK}",
        p("DESCRIPTION", "Hi Elena,\n\nThank you for applying for the Grants Accountant role at Northern Hearts. "
                         "Your interview will be with Rebecca Thompson, Finance Director.\n\nJoin on Zoom: "
                         "https://us06web.zoom.us/j/" + tok("s17z", 11, "0123456789") + "\n\nSent via Workable"),
        "LOCATION:Zoom", "END:VEVENT", "END:VCALENDAR"], "user-as-interviewer-workable-candidate-en"))

    uid = outlook_uid("s18")
    out.append(_side("candidate-reply-accepted", uid, [
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=ACCEPTED;CN=Mohammed Hussain:mailto:mhussain.acca@gmail.com",
        p("COMMENT", "Thank you, I look forward to meeting you."),
        "SUMMARY;LANGUAGE=en-GB:Accepted: Interview – Management Accountant (Northern Hearts)",
        "DTSTART:20251010T130000Z", "DTEND:20251010T140000Z", f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20251002T194512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f'ORGANIZER;CN="Thompson, Rebecca":mailto:{USER_WORK}', "LOCATION;LANGUAGE=en-GB:Meeting Room 2",
        "END:VEVENT", "END:VCALENDAR"], "user-as-interviewer-reply-accepted-en"))

    uid = outlook_uid("s19")
    out.append(_side("hospice-longlist-zoom", uid, outlook(
        uid, org="ORGANIZER;CN=Helen Royle:mailto:helen.royle@holroydpartners.co.uk",
        atts=[ME_F, att_ol("David Ormerod", "david.ormerod@staidans.org.uk")],
        summary="St Aidan's Hospice – Chief Executive search: longlist review", start="20251211T173000",
        end="20251211T183000", stamp="20251203T110000Z", location="Zoom",
        desc="Dear David and Rebecca\n\nAhead of shortlisting, I'll take you through our longlist for the Chief "
             "Executive appointment and the preliminary interviews we have held.\n\nHelen Royle\nHolroyd Partners\n\n"
             + zoom_en("s19", "Helen Royle")), "user-as-interviewer-longlist-en"))

    uid = outlook_uid("s20")
    out.append(_side("bookings-user-staff", uid, outlook(
        uid, org="ORGANIZER;CN=Northern Hearts Interviews:mailto:NHInterviews@northernhearts.org.uk",
        atts=[ME_W, att_ol("Ben Hartley", "ben.hartley.finance@gmail.com")],
        summary="Finance Officer (maternity cover) interview – Ben Hartley", start="20251127T140000",
        end="20251127T144500", stamp="20251120T190000Z", location="Northern Hearts, Swan Street",
        desc="New booking\n\nService: Finance Officer (maternity cover) interview\nCustomer: Ben Hartley\nStaff: "
             "Rebecca Thompson\n\nPowered by Microsoft Bookings", prodid="Microsoft Exchange Server 2010",
        alt=False), "user-as-interviewer-bookings-staff-en"))

    return out
