"""holdout82 interviews, part D: NHS Jobs, an iPhone invite with a free-mail treasurer, Jobtrain, a search
firm's preliminary interview, hybrid and trustee panels, later stages of earlier processes and an iCloud CEO."""

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
    outlook,
    outlook_uid,
    p,
    pos,
    teams_en,
    tok,
    tz_apple_london,
    tz_olson_london,
    zoom_en,
)

ME_OL = att_ol("Rebecca Thompson", USER_FREE)


def events() -> list[dict]:
    out: list[dict] = []

    # D1 NHS Jobs, UTC in January, panel named only in the text
    uid = f"nhsjobs-{guid('d1')}"
    desc = ("North Cheshire Community NHS Trust\n\nInvitation to interview\nJob title: Director of Finance and "
            "Performance\nJob reference: 431-EXEC-0112\n\nDate: Thursday 15 January 2026\nTime: 13:00\nLocation: "
            "Trust Headquarters, Bewsey Street, Warrington WA2 7JE\n\nInterview panel: Dr Anne Cheetham (Chief "
            "Executive), Philip Rowe (Chair), Deborah Singh (Non-Executive Director)\n\nYou will be asked to give "
            "a 10-minute presentation. Please bring original documents to confirm your right to work in the UK.\n\n"
            "This invitation was sent from NHS Jobs. Do not reply to this message.")
    out.append(pos("nhs-jobs", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NHS Business Services Authority//NHS Jobs//EN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251222T104000Z", "DTSTART:20260115T130000Z",
        "DTEND:20260115T143000Z", p("SUMMARY", "Interview: Director of Finance and Performance"),
        p("LOCATION", "Trust Headquarters, Bewsey Street, Warrington WA2 7JE"), p("DESCRIPTION", desc),
        "END:VEVENT", "END:VCALENDAR"],
        company="North Cheshire Community NHS Trust", role="Director of Finance and Performance",
        interviewers="Anne Cheetham;Philip Rowe;Deborah Singh", trap="nhs-jobs-en"))

    # D2 iPhone invitation from the chief executive; the treasurer uses BT Internet like the user
    uid = apple_uid("d2-evct")
    out.append(pos("iphone-invite-freemail-treasurer", uid, [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN",
        "CALSCALE:GREGORIAN", *tz_apple_london(), "BEGIN:VEVENT",
        f"ATTENDEE;CN=Rebecca Thompson;CUTYPE=INDIVIDUAL;EMAIL={USER_FREE};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTI"
        f"CIPANT;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Gordon Irving;CUTYPE=INDIVIDUAL;EMAIL=gordon.irving@btinternet.com;PARTSTAT=ACCEPTED;ROLE=REQ"
        "-PARTICIPANT:mailto:gordon.irving@btinternet.com",
        "ATTENDEE;CN=Fiona Graham;CUTYPE=INDIVIDUAL;EMAIL=fiona.graham@edenvalleytrust.org.uk;PARTSTAT=ACCEPTED;"
        "ROLE=CHAIR:mailto:fiona.graham@edenvalleytrust.org.uk",
        "CREATED:20251028T172211Z", "DTEND;TZID=Europe/London:20251105T113000", "DTSTAMP:20251028T172306Z",
        "DTSTART;TZID=Europe/London:20251105T100000", "LAST-MODIFIED:20251028T172306Z",
        p("LOCATION", "Eden Valley Community Trust\nMansion House, Friargate, Penrith CA11 7XR"),
        "ORGANIZER;CN=Fiona Graham;EMAIL=fiona.graham@edenvalleytrust.org.uk:mailto:fiona.graham@"
        "edenvalleytrust.org.uk", "SEQUENCE:0",
        p("DESCRIPTION", "Looking forward to meeting you. Parking behind the Mansion House – give your reg at "
                         "reception. Gordon (our Treasurer) and I will interview; about an hour.\nFiona"),
        "SUMMARY:Interview – Head of Finance – Rebecca Thompson", "TRANSP:OPAQUE", f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "END:VEVENT", "END:VCALENDAR"],
        company="Eden Valley Community Trust", role="Head of Finance",
        interviewers="fiona.graham@edenvalleytrust.org.uk;gordon.irving@btinternet.com",
        trap="iphone-invite-freemail-panel-en"))

    # D3 Jobtrain, final, no attendees
    uid = f"JT-{tok('d3', 10, '0123456789')}@jobtrain.co.uk"
    desc = ("Dear Rebecca\n\nFinal interview – Director of Finance\n\nFollowing your first-stage interview we are "
            "delighted to invite you to the final stage.\n\nPanel: Carl Hughes (Chief Executive), Bernadette Quinn "
            "(Chair of the Board), Sunil Varma (Independent Member, Audit & Risk Committee)\nVenue: Mersey Vale "
            "Housing, Vale House, 2 Water Street, Liverpool L2 0RD\n\nPlease prepare a 15-minute presentation: "
            "'Balancing investment in building safety with new supply over the next five years.'\n\nMersey Vale "
            "Housing Resourcing Team\nThis email was sent via Jobtrain.")
    out.append(pos("jobtrain-final", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jobtrain Solutions Ltd//Jobtrain//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251009T151515Z", "DTSTART:20251022T130000Z",
        "DTEND:20251022T143000Z", p("SUMMARY", "Final interview - Director of Finance - Mersey Vale Housing"),
        p("LOCATION", "Vale House, 2 Water Street, Liverpool L2 0RD"), p("DESCRIPTION", desc), "END:VEVENT",
        "END:VCALENDAR"],
        company="Mersey Vale Housing", role="Director of Finance", stage="final",
        interviewers="Carl Hughes;Bernadette Quinn;Sunil Varma", trap="jobtrain-final-en"))

    # D4 search firm's preliminary interview for a university, Zoom
    uid = outlook_uid("d4-fh")
    desc = ("Dear Rebecca\n\nThank you for your interest in the Chief Financial Officer appointment at the "
            "University of Wearside. As discussed, this preliminary interview with me forms part of the formal "
            "process; I will report to the University's Nominations Committee ahead of longlisting.\n\nWith best "
            "wishes\nMarcus Lyle\nPartner, Education Practice\nFenwick & Hale\n\n" +
            zoom_en("d4", "Marcus Lyle", "fenwickhale"))
    out.append(pos("search-firm-preliminary", uid, outlook(
        uid, org="ORGANIZER;CN=Marcus Lyle:mailto:marcus.lyle@fenwickhale.com", atts=[ME_OL],
        summary="Preliminary interview – CFO, University of Wearside – Rebecca Thompson / Marcus Lyle",
        start="20251009T120000", end="20251009T130000", stamp="20251001T083000Z", desc=desc, location="Zoom",
        extra=("X-MICROSOFT-ONLINEMEETINGCONFLINK:https://fenwickhale.zoom.us/j/" + tok("d4", 11, "0123456789"),)),
        company="University of Wearside", role="Chief Financial Officer", stage="recruiter_screen",
        interviewers="marcus.lyle@fenwickhale.com", trap="search-firm-preliminary-en"))

    # D5 hybrid final panel; people team organises, lived-experience adviser on the panel by name
    uid = outlook_uid("d5-mm")
    desc = ("Dear Rebecca\n\nWe're pleased to invite you to the final stage for Chief Financial Officer.\n\n14:00 "
            "Presentation (15 minutes): 'What good financial leadership looks like in a user-led charity'\n14:15 "
            "Panel interview: Dr Sam Patel (Chief Executive), Richard Kaye (Chair of Trustees – joining on Teams) "
            "and Chloe Barnes (Lived Experience Adviser)\n\nVenue: Moorland Mind, Rochdale Road, Todmorden OL14 "
            "7LA. Our People Team will look after you on arrival.\n\nMoorland Mind People Team\n\n" +
            teams_en("d5", dial=False))
    out.append(pos("hybrid-final-panel", uid, outlook(
        uid, org="ORGANIZER;CN=Moorland Mind People Team:mailto:people@moorlandmind.org.uk",
        atts=[ME_OL, att_ol("Dr Sam Patel", "sam.patel@moorlandmind.org.uk"),
              att_ol("Richard Kaye", "r.kaye@moorlandmind.org.uk"),
              att_ol("Todmorden – Calder Room", "calder.room@moorlandmind.org.uk", cutype="ROOM", opt=True)],
        summary="Moorland Mind – Final interview (CFO): presentation + panel", start="20251015T140000",
        end="20251015T153000", stamp="20251003T120000Z", desc=desc,
        location="Calder Room, Moorland Mind, Todmorden; Microsoft Teams Meeting"),
        company="Moorland Mind", role="Chief Financial Officer", stage="final",
        interviewers="sam.patel@moorlandmind.org.uk;r.kaye@moorlandmind.org.uk;Chloe Barnes",
        trap="hybrid-final-panel-room-en"))

    # D6 trustees on free-mail addresses interview; the CEO only introduces
    uid = google_uid("d6-pn")
    desc = ("Hi Rebecca,\n\nThe final stage for Head of Finance is a conversation with two of our trustees, Bob "
            "Kenyon and Sarah Lee. I'll introduce you and then leave the three of you to it.\n\nWe meet at the "
            "warehouse: Unit 4, Trafford Park Road, M17 1HH (use the side door).\n\nHelen\nChief Executive, Pantry "
            "North")
    out.append(pos("google-trustees-freemail", uid, google(
        uid, org="Helen Ogden|helen.ogden@pantrynorth.org.uk",
        atts=[att_g("Helen Ogden", "helen.ogden@pantrynorth.org.uk", "ACCEPTED"),
              att_g("Bob Kenyon", "bob.kenyon48@gmail.com", "ACCEPTED"),
              att_g("Sarah Lee", "sarahjlee@yahoo.co.uk"), att_g("Rebecca Thompson", USER_FREE)],
        summary="Pantry North – final stage: meet the trustees (Head of Finance)", start="20251023T183000",
        end="20251023T193000", stamp="20251016T082245Z", desc=desc,
        location="Pantry North, Unit 4, Trafford Park Road, M17 1HH"),
        company="Pantry North", role="Head of Finance", stage="final",
        interviewers="bob.kenyon48@gmail.com;sarahjlee@yahoo.co.uk", trap="trustees-freemail-final-en"))

    # D7 final in Hull, organised by the future line manager, parent-foundation board member joins remotely
    uid = outlook_uid("d7-het")
    desc = ("Dear Rebecca\n\nThank you for your time with Katrin and me last week. I'm delighted to invite you to "
            "the final interview for Finance Director UK, here in Hull. The panel will be Elaine Marshall (Chair "
            "of the UK Board), Dr Katrin Albers (joining from Bremen on Teams) and me.\n\nVenue: Hanse Education "
            "Trust UK, Humber Quays, Wellington Street West, Hull HU1 2BN\n\nBest regards\nMartin Oakes\nManaging "
            "Director, Hanse Education Trust UK\n\n" + teams_en("d7", dial=False))
    out.append(pos("outlook-final-line-manager", uid, outlook(
        uid, org='ORGANIZER;CN="Oakes, Martin":mailto:martin.oakes@hanse-education.org.uk',
        atts=[ME_OL, att_ol("Marshall, Elaine", "elaine.marshall@hanse-education.org.uk"),
              att_ol("Albers, Katrin Dr.", "k.albers@hanse-bildungsstiftung.de")],
        summary="Final interview – Finance Director UK", start="20251124T130000", end="20251124T143000",
        stamp="20251117T163000Z", desc=desc, location="Humber Quays, Hull / Microsoft Teams"),
        company="Hanse Education Trust UK", role="Finance Director UK", stage="final",
        interviewers="martin.oakes@hanse-education.org.uk;elaine.marshall@hanse-education.org.uk;"
                     "k.albers@hanse-bildungsstiftung.de", trap="outlook-final-en"))

    # D8 Vice-Chancellor's office sends on his behalf (SENT-BY)
    uid = outlook_uid("d8-wear")
    desc = ("Dear Rebecca\n\nFollowing your preliminary interview with Fenwick & Hale, the Vice-Chancellor would "
            "like to meet you for a stage 2 interview for the post of Chief Financial Officer. It will be one-to-one "
            "with Professor Reid; the final panel follows in November.\n\nVenue: Vice-Chancellor's Office, "
            "Edinburgh Building, City Campus, Sunderland SR1 3SD.\n\nGillian Hope\nHead of the Vice-Chancellor's "
            "Office")
    out.append(pos("outlook-sentby-vc", uid, outlook(
        uid, org='ORGANIZER;CN="Reid, Alan (Prof)";SENT-BY="mailto:gillian.hope@wearside.ac.uk":mailto:'
                 'alan.reid@wearside.ac.uk', atts=[ME_OL],
        summary="Interview with the Vice-Chancellor (stage 2) – CFO", start="20251104T100000",
        end="20251104T110000", stamp="20251021T112233Z", desc=desc, tzid=UTC_LONDON,
        location="Vice-Chancellor's Office, Edinburgh Building"),
        company="University of Wearside", role="Chief Financial Officer", stage="hiring_manager",
        interviewers="alan.reid@wearside.ac.uk", trap="outlook-sentby-vc-en"))

    # D9 the user's own Google event, no attendees
    uid = google_uid("d9-door")
    out.append(pos("own-google-entry", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        *tz_olson_london(), "BEGIN:VEVENT", "DTSTART;TZID=Europe/London:20250924T173000",
        "DTEND;TZID=Europe/London:20250924T190000", "DTSTAMP:20250918T200000Z",
        f"ORGANIZER;CN=rebecca.thompson61@btinternet.com:mailto:{USER_FREE}", f"UID:{uid}",
        "CREATED:20250918T195511Z",
        p("DESCRIPTION", "Mo Rahman + 2 trustees. 10 min pres: finance for growth, 3 hostels to 6. "
                         "Tram to New Islington."),
        "LAST-MODIFIED:20250918T195511Z", p("LOCATION", "Doorstep, Cotton Field Wharf, Ancoats"), "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Doorstep – 2nd interview (trustees) @ Ancoats", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"],
        company="Doorstep", interviewers="Mo Rahman", trap="own-google-entry-en"))

    # D10 final panel; HR manager organises and takes notes
    uid = outlook_uid("d10-llt")
    desc = ("Dear Rebecca\n\nI'm pleased to confirm your final panel interview for Finance Director. The panel "
            "will be Margaret Dunn (Chief Executive) and Keith Robson (Chair of Trustees). I will be in the room "
            "as note-taker only.\n\nVenue: Later Life Tyneside, Pilgrim Street, Newcastle upon Tyne NE1 6QE.\n\n"
            "Jen Halliday\nHR Manager")
    out.append(pos("outlook-final-notetaker", uid, outlook(
        uid, org="ORGANIZER;CN=Jen Halliday:mailto:jen.halliday@laterlifetyneside.org.uk",
        atts=[ME_OL, att_ol("Margaret Dunn", "margaret.dunn@laterlifetyneside.org.uk"),
              att_ol("Keith Robson", "k.robson@laterlifetyneside.org.uk")],
        summary="Final Panel Interview – Finance Director", start="20251007T100000", end="20251007T113000",
        stamp="20250930T140000Z", desc=desc, tzid=UTC_LONDON, location="Pilgrim Street, Newcastle"),
        company="Later Life Tyneside", role="Finance Director", stage="final",
        interviewers="margaret.dunn@laterlifetyneside.org.uk;k.robson@laterlifetyneside.org.uk",
        trap="coordinator-notetaker-en"))

    # D11 board appointments panel, final, same coordinator as the stage-2 panel
    uid = outlook_uid("d11-nbh")
    desc = ("Dear Rebecca\n\nCongratulations on reaching the final stage for Executive Director of Finance. You will "
            "meet the Board Appointments Panel: Peter Langley (Chair of the Board), Grace Osei (Chair of Audit & "
            "Risk) and Yvonne Harris (Senior Independent Director). The session is 60 minutes with no "
            "presentation.\n\nI'll meet you in reception as before.\n\nSian Kelly\nResourcing Advisor | People & "
            "Culture\nNorthbridge Homes")
    out.append(pos("outlook-board-panel-final", uid, outlook(
        uid, org='ORGANIZER;CN="Kelly, Sian":mailto:sian.kelly@northbridgehomes.co.uk',
        atts=[ME_OL, att_ol("Langley, Peter", "peter.langley@northbridgehomes.co.uk"),
              att_ol("Osei, Grace", "grace.osei@northbridgehomes.co.uk"),
              att_ol("Harris, Yvonne", "yvonne.harris@northbridgehomes.co.uk")],
        summary="Final interview – Board Appointments Panel – Executive Director of Finance",
        start="20251014T150000", end="20251014T160000", stamp="20251006T110000Z", desc=desc,
        location="Northbridge House, Salford – Board Room"),
        company="Northbridge Homes", role="Executive Director of Finance", stage="final",
        interviewers="peter.langley@northbridgehomes.co.uk;grace.osei@northbridgehomes.co.uk;"
                     "yvonne.harris@northbridgehomes.co.uk", trap="board-panel-final-en"))

    # D12 chief executive invites from his iCloud address
    uid = apple_uid("d12-ydwf")
    out.append(pos("icloud-ceo-hm", uid, [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.6.1//EN",
        "CALSCALE:GREGORIAN", *tz_apple_london(), "BEGIN:VEVENT",
        f"ATTENDEE;CN=Rebecca Thompson;CUTYPE=INDIVIDUAL;EMAIL={USER_FREE};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTI"
        f"CIPANT;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Tom Metcalf;CUTYPE=INDIVIDUAL;EMAIL=tmetcalf@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:"
        "tmetcalf@icloud.com", "CREATED:20250917T064512Z", "DTEND;TZID=Europe/London:20250925T150000",
        "DTSTAMP:20250917T064601Z", "DTSTART;TZID=Europe/London:20250925T140000",
        p("DESCRIPTION", "Rebecca – thanks for getting through the modelling exercise so well. This one is with me "
                         "as your would-be line manager.\n\nTom Metcalf\nChief Executive, Yorkshire Dales Wildlife "
                         "Foundation\n07700 900 772"),
        p("LOCATION", "YDWF office, Old Auction Mart, Hawes DL8 3NT"),
        "ORGANIZER;CN=Tom Metcalf;EMAIL=tmetcalf@icloud.com:mailto:tmetcalf@icloud.com", "SEQUENCE:0",
        "SUMMARY:Head of Finance – interview with Tom (CEO)", "TRANSP:OPAQUE", f"UID:{uid}", "END:VEVENT",
        "END:VCALENDAR"],
        company="Yorkshire Dales Wildlife Foundation", role="Head of Finance", stage="hiring_manager",
        interviewers="tmetcalf@icloud.com", trap="icloud-ceo-hm-en"))

    # D13 final board panel, coordinator organises
    uid = outlook_uid("d13-whn")
    desc = ("Hi Rebecca\n\nThank you for your time with Gareth. We'd like to invite you to the final stage: a "
            "board panel with Hilary Gough (Chair) and Gareth Lloyd (CEO). Please prepare ten minutes on how you "
            "would present the trading subsidiary's results to the board.\n\nFaye Ibbotson\nTalent Coordinator\n"
            "Warmer Homes North\n\n" + teams_en("d13"))
    out.append(pos("teams-final-board", uid, outlook(
        uid, org="ORGANIZER;CN=Faye Ibbotson:mailto:faye.ibbotson@warmerhomesnorth.org.uk",
        atts=[ME_OL, att_ol("Hilary Gough", "hilary.gough@warmerhomesnorth.org.uk"),
              att_ol("Gareth Lloyd", "gareth.lloyd@warmerhomesnorth.org.uk")],
        summary="Final stage – board panel – Finance Director", start="20251120T110000", end="20251120T120000",
        stamp="20251111T093000Z", desc=desc, location="Microsoft Teams Meeting"),
        company="Warmer Homes North", role="Finance Director", stage="final",
        interviewers="hilary.gough@warmerhomesnorth.org.uk;gareth.lloyd@warmerhomesnorth.org.uk",
        trap="teams-final-board-en"))

    return out
