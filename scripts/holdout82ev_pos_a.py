"""holdout82 interviews, part A: Google, Outlook, Workday, agencies, NHS TRAC, a recurring selection centre,
Greenhouse, GoodTime, Lever, Ashby, ModernLoop, SmartRecruiters and two of the user's own terse entries."""

from __future__ import annotations

from holdout82ev_ics import (
    USER_FREE,
    UTC_LONDON,
    apple_uid,
    att_g,
    att_ol,
    google,
    google_uid,
    guid,
    meet_code,
    meet_en,
    outlook,
    outlook_uid,
    p,
    pos,
    teams_en,
    teams_url,
    tok,
    tz_apple_london,
    tz_olson_london,
    zoom_en,
)

ME_G = att_g("Rebecca Thompson", USER_FREE)
ME_OL = att_ol("Rebecca Thompson", USER_FREE)


def events() -> list[dict]:
    out: list[dict] = []

    # A1 Google Meet, CEO invites directly, first conversation = hiring manager
    uid = google_uid("a1-pct")
    desc = ("Hi Rebecca,\n\nThank you for your application for Director of Finance & Resources. As a first step I'd "
            "like us to have a structured conversation of about 45 minutes: your background, how you have led "
            "finance through change, and what draws you to Pennine Children's Trust. No presentation is needed "
            "for this one.\n\nBest wishes,\nJoanne\n\nJoanne Whitaker\nChief Executive\nPennine Children's Trust | "
            "Registered charity no. 1098437\n\n" + meet_en("a1"))
    out.append(pos("google-meet-ceo", uid, google(
        uid, org="Joanne Whitaker|joanne.whitaker@penninechildrenstrust.org.uk",
        atts=[att_g("Joanne Whitaker", "joanne.whitaker@penninechildrenstrust.org.uk", "ACCEPTED"), ME_G],
        summary="Director of Finance & Resources – first interview with Joanne (CEO)", start="20250916T150000",
        end="20250916T154500", stamp="20250909T081233Z", desc=desc, location="Google Meet", meet=meet_code("a1")),
        company="Pennine Children's Trust", role="Director of Finance & Resources", stage="hiring_manager",
        interviewers="joanne.whitaker@penninechildrenstrust.org.uk", trap="google-meet-ceo-en"))

    # A2 Outlook, stage-2 panel on site, coordinator organises, boardroom as ROOM attendee
    uid = outlook_uid("a2-nbh")
    desc = ("Dear Rebecca,\n\nThank you for accepting our invitation to the second stage for the Executive Director of "
            "Finance. The panel will be:\n\n• Michael Brennan, Chief Executive\n• Grace Osei, Chair of the Audit & "
            "Risk Committee\n• Denise Ward, Tenant Board Member\n\nThe interview lasts 90 minutes and starts with "
            "your 10-minute presentation: 'The first 100 days: strengthening Northbridge's financial resilience "
            "while investing in existing homes'. Please send your slides to me by 9am on 1 October.\n\nI will meet "
            "you in reception at Northbridge House, 4 Chapel Street, Salford M3 5JZ; I'm looking after the "
            "arrangements on the day but I am not part of the panel.\n\nKind regards\nSian Kelly\nResourcing "
            "Advisor | People & Culture\nNorthbridge Homes")
    out.append(pos("outlook-panel-room", uid, outlook(
        uid, org='ORGANIZER;CN="Kelly, Sian":mailto:sian.kelly@northbridgehomes.co.uk',
        atts=[ME_OL, att_ol("Brennan, Michael", "michael.brennan@northbridgehomes.co.uk"),
              att_ol("Osei, Grace", "grace.osei@northbridgehomes.co.uk"),
              att_ol("NBH HQ Boardroom (12)", "nbh.boardroom@northbridgehomes.co.uk", cutype="ROOM", opt=True)],
        summary="Interview – Executive Director of Finance (Stage 2 panel) – Rebecca Thompson",
        start="20251002T100000", end="20251002T113000", stamp="20250924T134502Z", desc=desc,
        location="NBH HQ Boardroom (12); Northbridge House, 4 Chapel Street, Salford"),
        company="Northbridge Homes", role="Executive Director of Finance", stage="onsite",
        interviewers="michael.brennan@northbridgehomes.co.uk;grace.osei@northbridgehomes.co.uk;Denise Ward",
        trap="outlook-room-coordinator-en"))

    # A3 Workday, UTC times, panel only named in the text
    uid = "WD-INT-" + tok("a3", 20, "0123456789abcdef") + "@myworkday.com"
    desc = ("Interview Invitation\n\nJob Requisition: R-004512 Chief Financial Officer (Open)\nCandidate: Rebecca "
            "Thompson\nInterview Type: Final Panel Interview\n\nYour interview panel:\nProfessor Alan Reid, "
            "Vice-Chancellor and Chief Executive (Chair)\nDr Fiona McLeod, Chair of the Finance and Resources "
            "Committee of Council\nKaren Doyle, Chief Operating Officer\n\nLocation: Council Chamber, Hutton "
            "Building, City Campus, Sunderland SR1 3SD. Please report to the Hutton Building reception 20 minutes "
            "before your interview; you will be collected by a member of the Executive Recruitment team.\n\n"
            "Please bring photographic identification and original certificates of your professional "
            "qualification.\n\nThis message was sent from the University of Wearside Workday tenant. Please do not "
            "reply.")
    out.append(pos("workday-final-utc", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc//Workday Recruiting//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251107T160311Z", "DTSTART:20251120T130000Z",
        "DTEND:20251120T143000Z", p("SUMMARY", "Final Panel Interview: Chief Financial Officer (R-004512)"),
        p("LOCATION", "Council Chamber, Hutton Building, City Campus, University of Wearside"),
        p("DESCRIPTION", desc), "ORGANIZER;CN=University of Wearside:mailto:wearside@myworkday.com",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"],
        company="University of Wearside", role="Chief Financial Officer", stage="final",
        interviewers="Alan Reid;Fiona McLeod;Karen Doyle", trap="workday-final-en"))

    # A4 user's own terse iPhone entry
    uid = apple_uid("a4-awhg")
    out.append(pos("own-note-terse", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN", "CALSCALE:GREGORIAN",
        *tz_apple_london(), "BEGIN:VEVENT", "CREATED:20250929T191502Z", "DTEND;TZID=Europe/London:20251009T153000",
        "DTSTAMP:20250929T191544Z", "DTSTART;TZID=Europe/London:20251009T140000",
        "LAST-MODIFIED:20250929T191544Z", p("LOCATION", "Aire & Wharfe HG, Bradford"), "SEQUENCE:0",
        "SUMMARY:Interview AWHG 2pm", "TRANSP:OPAQUE", f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H",
        f"UID:{apple_uid('a4-alarm')}", "X-WR-ALARMUID:" + apple_uid("a4-alarm"), "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"],
        company="Aire & Wharfe Housing Group", trap="own-note-terse-en"))

    # A5 executive search firm organises a first-round interview with the client; consultant only introduces
    uid = outlook_uid("a5-mm")
    desc = ("Dear Rebecca, Sam and Richard,\n\nI'm delighted to confirm the first-round interview for the Chief "
            "Financial Officer appointment at Moorland Mind. Sam Patel (Chief Executive) and Richard Kaye (Chair "
            "of Trustees) will interview; I'll join for the first five minutes to make introductions and then "
            "leave you to it.\n\nRebecca – the interview will be competency-based and will last around an hour; "
            "there is no presentation at this stage.\n\nWith best wishes,\nHarriet\n\nHarriet Odell\nPartner, Odell "
            "Brampton Executive Search\n0161 496 0732\n\n" + teams_en("a5"))
    out.append(pos("agency-client-teams", uid, outlook(
        uid, org="ORGANIZER;CN=Harriet Odell:mailto:harriet@odellbrampton.co.uk",
        atts=[ME_OL, att_ol("Dr Sam Patel", "sam.patel@moorlandmind.org.uk"),
              att_ol("Richard Kaye", "r.kaye@moorlandmind.org.uk")],
        summary="Moorland Mind – CFO appointment – first-round interview (Rebecca Thompson)",
        start="20250923T110000", end="20250923T120000", stamp="20250916T102211Z", desc=desc,
        location="Microsoft Teams Meeting", extra=("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams_url("a5"),)),
        company="Moorland Mind", role="Chief Financial Officer",
        interviewers="sam.patel@moorlandmind.org.uk;r.kaye@moorlandmind.org.uk", trap="agency-client-teams-en"))

    # A6 search consultant's phone screen naming the employer, "(UTC+00:00) Dublin, ..." zone
    uid = outlook_uid("a6-mvh")
    desc = ("Rebecca – as promised, a slot for our screening call about the Director of Finance role at Mersey Vale "
            "Housing. I'll ring you on 07700 900 418. Around 30 minutes: your background, motivations, notice "
            "period and package, and I'll tell you more about the board and the regulatory position (G1/V2).\n\n"
            "Tom\n\nTom Ferris | Associate Director | Marlowe Search\nHousing & Not-for-Profit Practice")
    out.append(pos("agency-phone-screen", uid, outlook(
        uid, org="ORGANIZER;CN=Tom Ferris:mailto:tom.ferris@marlowesearch.co.uk", atts=[ME_OL],
        summary="Phone call: Rebecca Thompson / Tom Ferris – Director of Finance, Mersey Vale Housing",
        start="20250908T123000", end="20250908T130000", stamp="20250904T170122Z", desc=desc, tzid=UTC_LONDON,
        location="Telephone – Tom to call Rebecca's mobile"),
        company="Mersey Vale Housing", role="Director of Finance", stage="recruiter_screen",
        interviewers="tom.ferris@marlowesearch.co.uk", trap="agency-phone-screen-en"))

    # A7 NHS TRAC, UTC in winter, whole board panel named in the text
    uid = f"trac-interview-{tok('a7', 8, '0123456789')}@trac.jobs"
    desc = ("South Pennines Healthcare NHS Foundation Trust\nInterview: Director of Finance (Executive Director, "
            "VSM)\nReference: 298-EX-2025-114\n\nVenue: Board Room, Trust Headquarters, Acre Mill, Huddersfield "
            "Road, Halifax HX3 0AQ\n\nFormat: 15-minute presentation followed by a 60-minute panel interview.\n"
            "Presentation topic: 'Delivering a sustainable financial plan in a system under pressure.'\n\n"
            "Panel:\nHelen Marsh, Chief Executive\nDr Peter Lowe, Trust Chair\nRuth Adeyemi, Non-Executive "
            "Director and Chair of the Audit Committee\nGary Winstanley, Regional Finance Director, NHS England "
            "(North East and Yorkshire) – external assessor\n\nStakeholder panels will take place in the morning; "
            "details will follow from the Executive Office.\n\nPlease bring your identity documents for "
            "pre-employment checks.\n\nThis invitation was generated by Trac. Please do not reply to this "
            "message.")
    out.append(pos("trac-nhs-final", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Trac Systems//Trac Recruit//EN", "VERSION:2.0", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251219T110409Z", "DTSTART:20260114T133000Z",
        "DTEND:20260114T144500Z", p("SUMMARY", "Interview - Director of Finance - South Pennines Healthcare NHS FT"),
        p("LOCATION", "Board Room, Trust Headquarters, Acre Mill, Huddersfield Road, Halifax HX3 0AQ"),
        p("DESCRIPTION", desc), "END:VEVENT", "END:VCALENDAR"],
        company="South Pennines Healthcare NHS Foundation Trust", role="Director of Finance", stage="final",
        interviewers="Helen Marsh;Peter Lowe;Ruth Adeyemi;Gary Winstanley", trap="trac-nhs-final-en"))

    # A8 recurring two-day final-stage selection with an override of day 2 (same UID), NHSmail addresses
    uid = outlook_uid("a8-wtmh")
    desc = ("Dear Rebecca\n\nPlease find below the arrangements for the final stage of the selection process for "
            "Director of Finance at Wansbeck and Tyne Mental Health NHS Trust.\n\nDay 1: stakeholder panels "
            "(staff-side, service users and carers, clinical directors), a meeting with the finance leadership "
            "team and psychometric feedback.\nDay 2: formal interview panel chaired by Mark Hebden, Trust Chair, "
            "with Dr Andrea Kemp, Chief Executive.\n\nVenue: St Nicholas' House, Gosforth, Newcastle upon Tyne "
            "NE3 3XT. Lunch is provided on day 1.\n\nI co-ordinate the programme on both days; please ring me on "
            "0191 498 0623 if anything changes.\n\nLisa Bell\nExecutive Assistant to the Chair and Chief Executive")
    ev_a8 = outlook(uid, org="ORGANIZER;CN=\"BELL, Lisa (WANSBECK AND TYNE MENTAL HEALTH NHS TRUST)\":mailto:"
                    "lisa.bell14@nhs.net",
                    atts=[ME_OL, att_ol("KEMP, Andrea (WANSBECK AND TYNE MENTAL HEALTH NHS TRUST)",
                                        "andrea.kemp2@nhs.net"),
                          att_ol("HEBDEN, Mark (WANSBECK AND TYNE MENTAL HEALTH NHS TRUST)", "mark.hebden@nhs.net")],
                    summary="Director of Finance – final stage selection (2 days)", start="20260203T090000",
                    end="20260203T163000", stamp="20260115T093012Z", desc=desc,
                    location="St Nicholas' House, Gosforth, Newcastle upon Tyne",
                    extra=("RRULE:FREQ=DAILY;COUNT=2",))
    end_at = ev_a8.index("END:VEVENT")
    people = [x for x in ev_a8[:end_at] if x.startswith(("ATTENDEE", "ORGANIZER"))]
    override = [
        "BEGIN:VEVENT", *people,
        p("DESCRIPTION;LANGUAGE=en-GB", "Day 2 – formal interview panel (Mark Hebden, Chair; Dr Andrea Kemp, "
                                        "Chief Executive). Now 10:00–13:00; please arrive by 09:40."),
        'DTSTART;TZID="GMT Standard Time":20260204T100000', 'DTEND;TZID="GMT Standard Time":20260204T130000',
        "DTSTAMP:20260128T151200Z", 'RECURRENCE-ID;TZID="GMT Standard Time":20260204T090000', "SEQUENCE:1",
        "SUMMARY;LANGUAGE=en-GB:Director of Finance – final stage selection – Day 2 (panel moved to 10:00)",
        f"UID:{uid}", p("LOCATION;LANGUAGE=en-GB", "Board Room, St Nicholas' House, Gosforth"), "END:VEVENT"]
    ev_a8[end_at + 1:end_at + 1] = override
    out.append(pos("outlook-recurring-override", uid, ev_a8, company="Wansbeck and Tyne Mental Health NHS Trust",
                   role="Director of Finance", stage="final",
                   interviewers="andrea.kemp2@nhs.net;mark.hebden@nhs.net", trap="recurring-override-nhsmail-en"))

    # A9 Greenhouse-scheduled case study on the coordinator's Google calendar
    uid = google_uid("a9-kindred")
    desc = ("Hi Rebecca,\n\nHere are the details for your case study interview for Finance Director.\n\nFormat (90 "
            "mins): we'll send the case pack (a three-year forecast for our payments platform and a reserves "
            "question) 48 hours before. You'll walk Tom and Nina through your analysis, then they'll ask "
            "follow-up questions.\n\nInterviewers:\nTom Ashworth – Chief Executive\nNina Shah – Head of FP&A\n\n"
            "I'm your point of contact throughout but won't be joining the call.\n\nEllie Morgan\nPeople Partner, "
            "Kindred Giving\n\n" + meet_en("a9") + "\n\nScheduled with Greenhouse")
    out.append(pos("greenhouse-case", uid, google(
        uid, org="Ellie Morgan|ellie.morgan@kindredgiving.org.uk",
        atts=[att_g("Tom Ashworth", "tom.ashworth@kindredgiving.org.uk"),
              att_g("Nina Shah", "nina.shah@kindredgiving.org.uk"), ME_G],
        summary="Kindred Giving: Finance Director – Case Study (Rebecca Thompson)", start="20251010T100000",
        end="20251010T113000", stamp="20251003T143300Z", desc=desc, meet=meet_code("a9")),
        company="Kindred Giving", role="Finance Director", stage="technical",
        interviewers="tom.ashworth@kindredgiving.org.uk;nina.shah@kindredgiving.org.uk", trap="greenhouse-case-en"))

    # A10 GoodTime, final, one trustee only named in the agenda
    uid = f"{guid('a10')}@goodtime.io"
    desc = ("Rebecca Thompson – Final interview – Finance Director\n\nAgenda\n14:00 – 14:45  Amelia Rowe (Chair of "
            "Trustees) and Priya Menon (Trustee, Chair of Finance & Risk)\n14:45 – 15:00  Break\n15:00 – 15:45  "
            "Tom Ashworth (Chief Executive)\n\nLocation: Kindred Giving, 2nd floor, Hatch, Oxford Road, "
            "Manchester M1 7ED. Please ask for Ellie at reception.\n\nScheduled by GoodTime on behalf of Kindred "
            "Giving. Need to reschedule? https://app.goodtime.io/r/" + tok("a10r", 22))
    out.append(pos("goodtime-final", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//GoodTime.io//Interview Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", *tz_olson_london(False), "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251014T091507Z",
        "DTSTART;TZID=Europe/London:20251020T140000", "DTEND;TZID=Europe/London:20251020T154500",
        "SUMMARY:Final interview – Finance Director – Kindred Giving",
        "ORGANIZER;CN=Ellie Morgan:mailto:ellie.morgan@kindredgiving.org.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca Thompson:mailto:" + USER_FREE,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amelia Rowe:mailto:amelia.rowe@kindredgiving.org.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Ashworth:mailto:tom.ashworth@kindredgiving.org.uk",
        p("LOCATION", "Kindred Giving, Hatch, Oxford Road, Manchester"), p("DESCRIPTION", desc), "SEQUENCE:0",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"],
        company="Kindred Giving", role="Finance Director", stage="final",
        interviewers="amelia.rowe@kindredgiving.org.uk;tom.ashworth@kindredgiving.org.uk;Priya Menon",
        trap="goodtime-final-en"))

    # A11 Lever-scheduled hiring-manager interview, Zoom, after the clocks went back
    uid = f"lever-{guid('a11')}"
    desc = ("Hi Rebecca,\n\nLooking forward to speaking on Thursday. This is your interview with Gareth Lloyd, our "
            "CEO and the hiring manager for the Finance Director role – an hour, mostly about how you'd run the "
            "finance function of a growing retrofit charity with a trading subsidiary.\n\nBest,\nFaye\n"
            "Talent Coordinator, Warmer Homes North\n\n" + zoom_en("a11", "Faye Ibbotson") +
            "\n\nThis interview was scheduled via Lever.")
    out.append(pos("lever-hm-zoom", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251024T120931Z", "DTSTART:20251030T093000Z",
        "DTEND:20251030T103000Z", "SUMMARY:Interview: Rebecca Thompson <> Warmer Homes North (Finance Director)",
        "ORGANIZER;CN=Faye Ibbotson:mailto:faye.ibbotson@warmerhomesnorth.org.uk",
        "ATTENDEE;CN=Gareth Lloyd;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gareth.lloyd@warmerhomesnorth.org.uk",
        f"ATTENDEE;CN=Rebecca Thompson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER_FREE}",
        "LOCATION:https://us06web.zoom.us/j/" + tok("a11", 11, "0123456789"), p("DESCRIPTION", desc),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"],
        company="Warmer Homes North", role="Finance Director", stage="hiring_manager",
        interviewers="gareth.lloyd@warmerhomesnorth.org.uk", trap="lever-hm-zoom-en"))

    # A12 Ashby final loop, UTC, one organiser mailbox
    uid = f"{guid('a12')}@ashbyhq.com"
    desc = ("Hi Rebecca,\n\nHere is your final interview schedule with Fairfund for the Chief Financial Officer "
            "position.\n\n10:00 – 10:45  Kate Lindqvist, Chief Executive\n10:45 – 11:30  Marcus Reid, Chair of "
            "the Audit & Risk Committee\n11:30 – 12:00  Olu Adebayo, Chief Risk Officer\n\nAll sessions are in "
            "person at our office: 3rd Floor, 1 St Peter's Square, Manchester M2 3DE.\n\nFairfund Talent Team\n"
            "Powered by Ashby")
    out.append(pos("ashby-final", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "SEQUENCE:0", "DTSTAMP:20251119T165244Z", "DTSTART:20251127T100000Z",
        "DTEND:20251127T120000Z", "SUMMARY:Rebecca Thompson - Final Interview - Fairfund",
        "ORGANIZER;CN=Fairfund Talent:mailto:talent@fairfund.co.uk",
        f"ATTENDEE;CN=Rebecca Thompson;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Kate Lindqvist;PARTSTAT=ACCEPTED:mailto:kate.lindqvist@fairfund.co.uk",
        "ATTENDEE;CN=Marcus Reid;PARTSTAT=ACCEPTED:mailto:marcus.reid@fairfund.co.uk",
        "ATTENDEE;CN=Olu Adebayo;PARTSTAT=TENTATIVE:mailto:olu.adebayo@fairfund.co.uk",
        p("LOCATION", "Fairfund, 3rd Floor, 1 St Peter's Square, Manchester"), p("DESCRIPTION", desc),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"],
        company="Fairfund", role="Chief Financial Officer", stage="final",
        interviewers="kate.lindqvist@fairfund.co.uk;marcus.reid@fairfund.co.uk;olu.adebayo@fairfund.co.uk",
        trap="ashby-final-en"))

    # A13 ModernLoop, hiring manager, Google Meet link in LOCATION only
    uid = f"ml-{tok('a13', 24, '0123456789abcdef')}@modernloop.io"
    out.append(pos("modernloop-hm", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//ModernLoop//ModernLoop Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
        *tz_olson_london(), "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251031T101010Z",
        "DTSTART;TZID=Europe/London:20251107T161500", "DTEND;TZID=Europe/London:20251107T170000",
        "SUMMARY:Hiring Manager Interview | Chief Financial Officer | Rebecca Thompson",
        "ORGANIZER;CN=Fairfund Recruiting:mailto:talent@fairfund.co.uk",
        "ATTENDEE;CN=Kate Lindqvist;ROLE=REQ-PARTICIPANT:mailto:kate.lindqvist@fairfund.co.uk",
        f"ATTENDEE;CN=Rebecca Thompson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER_FREE}",
        "LOCATION:https://meet.google.com/" + meet_code("a13"),
        p("DESCRIPTION", "Hi Rebecca – Kate is the hiring manager for this role. She'd like to hear about your "
                         "experience of lender reporting, covenants and FCA-regulated entities.\n\nJoin: "
                         "https://meet.google.com/" + meet_code("a13") + "\n\nScheduled with ModernLoop"),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"],
        company="Fairfund", role="Chief Financial Officer", stage="hiring_manager",
        interviewers="kate.lindqvist@fairfund.co.uk", trap="modernloop-hm-en"))

    # A14 SmartRecruiters, no stage word, interviewers as attendees, system organiser
    uid = f"{guid('a14')}@smartrecruiters.com"
    desc = ("Dear Rebecca,\n\nThank you for your interest in Tees Riverside Homes. We are pleased to invite you to "
            "an interview for the position of Group Director of Finance.\n\nDate: Tuesday 25 November 2025\nTime: "
            "14:00 – 15:30\nAddress: Riverside House, Teesdale Boulevard, Stockton-on-Tees TS17 6BQ\n\nYou will "
            "meet Louise Pattinson (Group Chief Executive) and Ian Metcalfe (Chair of the Group Board).\n\nKind "
            "regards,\nTees Riverside Homes Recruitment Team")
    out.append(pos("smartrecruiters", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SmartRecruiters//Interview Scheduler//EN", "METHOD:REQUEST",
        "CALSCALE:GREGORIAN", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251113T084410Z",
        "DTSTART:20251125T140000Z", "DTEND:20251125T153000Z",
        "SUMMARY:Interview: Group Director of Finance - Tees Riverside Homes",
        "ORGANIZER;CN=Tees Riverside Homes:mailto:noreply@smartrecruiters.com",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Louise Pattinson;RSVP=TRUE:mailto:louise.pattinson@teesriverside.org.uk",
        "ATTENDEE;CN=Ian Metcalfe;RSVP=TRUE:mailto:ian.metcalfe@teesriverside.org.uk",
        p("LOCATION", "Riverside House, Teesdale Boulevard, Stockton-on-Tees TS17 6BQ"), p("DESCRIPTION", desc),
        "END:VEVENT", "END:VCALENDAR"],
        company="Tees Riverside Homes", role="Group Director of Finance",
        interviewers="louise.pattinson@teesriverside.org.uk;ian.metcalfe@teesriverside.org.uk",
        trap="smartrecruiters-en"))

    # A15 user's terse phone-screen note, floating time
    uid = apple_uid("a15-trh")
    out.append(pos("own-note-phone-floating", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT", "CREATED:20251029T201133Z", "DTSTAMP:20251029T201140Z", "DTSTART:20251103T093000",
        "DTEND:20251103T100000", "SUMMARY:Phone int - Tees Riverside (HR) 9.30",
        p("DESCRIPTION", "they ring me. grp dir of finance. have salary figure ready"), f"UID:{uid}",
        "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"],
        company="Tees Riverside Homes", role="grp dir of finance", stage="recruiter_screen",
        trap="own-note-phone-floating-en"))

    return out
