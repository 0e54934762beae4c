"""holdout82 interviews, part B: Personio and softgarden (German/English), Teamtailor, a floating own entry,
Workable, iCIMS with ROOM/RESOURCE, SuccessFactors with Webex, Calendly, Cal.com, Microsoft Bookings, SENT-BY,
Applied, Pinpoint, Eploy and Oleeo."""

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
    outlook,
    outlook_uid,
    p,
    pos,
    teams_en,
    tok,
    tz_olson_cet,
    tz_olson_london,
    webex_en,
)

ME_OL = att_ol("Rebecca Thompson", USER_FREE)


def events() -> list[dict]:
    out: list[dict] = []

    # B1 Personio, German template with an English note, parent-foundation board member interviews
    uid = f"{guid('b1')}@personio.de"
    desc = ("Hallo Rebecca Thompson,\n\nwir freuen uns, Sie zu einem Gespräch für die Position Finance Director UK "
            "(m/w/d) bei der Hanse Education Trust UK einzuladen.\n\nTermin: Mittwoch, 12. November 2025, "
            "11:00–12:00 Uhr (MEZ) / 10:00–11:00 Uhr (UK)\nGesprächspartner: Dr. Katrin Albers (Vorstand "
            "Finanzen, Hanse Bildungsstiftung) und Martin Oakes (Managing Director, Hanse Education Trust UK)\n\n"
            "---\nDear Rebecca, a short note in English: this is your conversation with Martin, who would be your "
            "line manager in Hull, and with Katrin from the board of our German parent foundation. The interview "
            "itself will of course be held in English.\n\nViele Grüße / Kind regards\nJana Vogt\nPeople & "
            "Culture, Hanse Bildungsstiftung, Bremen\n\n" + teams_en("b1", dial=False, new_style=True))
    out.append(pos("personio-hm-bilingual", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Personio Recruiting//DE", "METHOD:REQUEST",
        *tz_olson_cet("Europe/Berlin"), "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251104T125959Z",
        "DTSTART;TZID=Europe/Berlin:20251112T110000", "DTEND;TZID=Europe/Berlin:20251112T120000",
        p("SUMMARY", "Vorstellungsgespräch: Finance Director UK (m/w/d) – Rebecca Thompson"),
        "ORGANIZER;CN=Jana Vogt:mailto:jana.vogt@hanse-bildungsstiftung.de",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Dr. Katrin Albers;RSVP=TRUE:mailto:k.albers@hanse-bildungsstiftung.de",
        "ATTENDEE;CN=Martin Oakes;RSVP=TRUE:mailto:martin.oakes@hanse-education.org.uk",
        "LOCATION:Microsoft Teams", p("DESCRIPTION", desc), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"],
        company="Hanse Education Trust UK", role="Finance Director UK", stage="hiring_manager",
        interviewers="k.albers@hanse-bildungsstiftung.de;martin.oakes@hanse-education.org.uk",
        trap="personio-hm-de"))

    # B2 Teamtailor (Rails app: icalendar-ruby), no stage word
    uid = guid("b2-cat")
    desc = ("Hi Rebecca!\n\nYou have been invited to an interview for Director of Finance and Operations at "
            "Castlefield Arts Trust.\n\nWhen: Thursday 18 September, 11:00 – 12:00\nWhere: The Arches, 12 Potato "
            "Wharf, Manchester M3 4BD (entrance by the café)\nWho: Imran Qureshi (Chief Executive & Artistic "
            "Director), Ruth Sandler (Chair of the Board)\n\nPlease confirm your attendance using the link in "
            "your email.\n\nSent with Teamtailor")
    out.append(pos("teamtailor", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:icalendar-ruby", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        *tz_olson_london(False), "BEGIN:VEVENT", "DTSTAMP:20250910T074412Z", f"UID:{uid}",
        "DTSTART;TZID=Europe/London:20250918T110000", "DTEND;TZID=Europe/London:20250918T120000",
        p("DESCRIPTION", desc), p("LOCATION", "The Arches, 12 Potato Wharf, Manchester M3 4BD"),
        "ORGANIZER;CN=Imran Qureshi:mailto:imran.qureshi@castlefieldarts.org",
        f"ATTENDEE;CN=Rebecca Thompson;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Ruth Sandler;PARTSTAT=ACCEPTED:mailto:ruth.sandler@castlefieldarts.org",
        p("SUMMARY", "Interview: Rebecca Thompson - Director of Finance and Operations"), "END:VEVENT",
        "END:VCALENDAR"],
        company="Castlefield Arts Trust", role="Director of Finance and Operations",
        interviewers="imran.qureshi@castlefieldarts.org;ruth.sandler@castlefieldarts.org", trap="teamtailor-en"))

    # B3 user's own entry, floating time, final
    uid = apple_uid("b3-cat")
    out.append(pos("own-note-final-floating", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.0.1//EN", "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT", "CREATED:20250924T122001Z", "DTSTAMP:20250924T122210Z", "DTSTART:20251002T160000",
        "DTEND:20251002T173000", p("SUMMARY", "Final - Castlefield Arts Trust (Ruth Sandler + Imran Qureshi)"),
        p("DESCRIPTION", "15 min pres: sustainability of core costs after ACE funding cut. print budget paper x3. "
                         "ask about reserves policy + trading sub"),
        p("LOCATION", "The Arches, Potato Wharf"), f"UID:{uid}", "SEQUENCE:0", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT2H", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"],
        company="Castlefield Arts Trust", stage="final", interviewers="Ruth Sandler;Imran Qureshi",
        trap="own-note-floating-final-en"))

    # B4 softgarden, bilingual German/English template, Teams
    uid = f"sg-{tok('b4', 16, '0123456789')}@softgarden.io"
    desc = ("Sehr geehrte Frau Thompson,\n\nvielen Dank für Ihre Bewerbung als Head of Finance UK (m/w/d). Gerne "
            "möchten wir Sie zu einem Video-Interview einladen.\n\nDear Ms Thompson,\n\nthank you for applying for "
            "the position of Head of Finance UK. We would like to invite you to a video interview with Sabine "
            "Keller (Finanzvorständin / Chief Financial Officer, Kinderhilfe Weltweit e.V.) and James Whitfield "
            "(UK Director, Manchester office).\n\nDatum / Date: 30.09.2025\nUhrzeit / Time: 14:00 – 15:00 (CEST) = "
            "13:00 – 14:00 (UK time)\n\nMit freundlichen Grüßen / Kind regards\nIhr Recruiting-Team der "
            "Kinderhilfe Weltweit e.V.\n\n" + teams_en("b4"))
    out.append(pos("softgarden-bilingual", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//softgarden e-recruiting GmbH//softgarden//DE", "VERSION:2.0",
        "METHOD:REQUEST", *tz_olson_cet("Europe/Berlin"), "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20250919T090102Z", "DTSTART;TZID=Europe/Berlin:20250930T140000",
        "DTEND;TZID=Europe/Berlin:20250930T150000",
        p("SUMMARY", "Video-Interview / Video interview: Head of Finance UK (m/w/d) - Kinderhilfe Weltweit e.V."),
        "ORGANIZER;CN=\"Kinderhilfe Weltweit e.V. - Recruiting\":mailto:recruiting@kinderhilfe-weltweit.de",
        f"ATTENDEE;CN=Rebecca Thompson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Sabine Keller;ROLE=REQ-PARTICIPANT:mailto:sabine.keller@kinderhilfe-weltweit.de",
        "ATTENDEE;CN=James Whitfield;ROLE=REQ-PARTICIPANT:mailto:james.whitfield@kinderhilfe-weltweit.org.uk",
        "LOCATION:Microsoft Teams", p("DESCRIPTION", desc), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"],
        company="Kinderhilfe Weltweit", role="Head of Finance UK",
        interviewers="sabine.keller@kinderhilfe-weltweit.de;james.whitfield@kinderhilfe-weltweit.org.uk",
        trap="softgarden-bilingual-de"))

    # B5 Workable practical exercise
    uid = f"{tok('b5', 24, '0123456789abcdef')}@workable.com"
    desc = ("Hi Rebecca,\n\nThanks again for your time last week. The second stage for Head of Finance is a "
            "practical exercise: 30 minutes before the call we'll email you a set of draft management accounts "
            "and a 13-week cash-flow forecast. You'll then talk Dan Whelan (Treasurer) and Helen Ogden (Chief "
            "Executive) through the issues you spot and what you'd report to trustees.\n\nJoin: "
            f"https://meet.google.com/{meet_code('b5')}\n\nPantry North – feeding people, not landfill.\n"
            "Sent via Workable")
    out.append(pos("workable-practical", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251006T144500Z", "DTSTART:20251013T090000Z",
        "DTEND:20251013T100000Z", p("SUMMARY", "Interview with Pantry North: Finance practical exercise"),
        "ORGANIZER;CN=Helen Ogden:mailto:helen.ogden@pantrynorth.org.uk",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Dan Whelan;RSVP=TRUE:mailto:dan.whelan@pantrynorth.org.uk",
        "LOCATION:https://meet.google.com/" + meet_code("b5"), p("DESCRIPTION", desc), "END:VEVENT",
        "END:VCALENDAR"],
        company="Pantry North", role="Head of Finance", stage="technical",
        interviewers="dan.whelan@pantrynorth.org.uk;helen.ogden@pantrynorth.org.uk", trap="workable-practical-en"))

    # B6 iCIMS, campus interview day, ROOM and RESOURCE attendees
    uid = f"icims-{tok('b6', 10, '0123456789')}"
    desc = ("Dear Rebecca,\n\nWe are pleased to confirm your interview day for the role of Director of Finance "
            "(Requisition 2025-0412) at Humber Institute of Technology.\n\n09:30 Welcome and campus tour with a "
            "student ambassador\n10:30 Student and staff stakeholder panel\n12:00 Lunch with the finance team\n"
            "13:30 Formal interview panel: Professor Yasmin Aziz (Principal and Chief Executive) and Colin "
            "Fairbrother (Chair of the Audit Committee, Board of Governors)\n\nA laptop and projector are booked "
            "for your presentation. Please bring your slides on a USB stick.\n\nPeople Services, HIT")
    out.append(pos("icims-room-resource", uid, outlook(
        uid, org="ORGANIZER;CN=HIT People Services:mailto:recruitment@hit.ac.uk",
        atts=[ME_OL, att_ol("Aziz, Yasmin (Prof)", "yasmin.aziz@hit.ac.uk"),
              att_ol("Fairbrother, Colin", "colin.fairbrother@hit.ac.uk"),
              att_ol("HIT-QH-Boardroom A", "boardroom-a@hit.ac.uk", cutype="ROOM", opt=True),
              att_ol("HIT-AV-Laptop+Projector 03", "av-kit-03@hit.ac.uk", cutype="RESOURCE", opt=True)],
        summary="Interview Scheduled: Director of Finance (2025-0412) – Rebecca Thompson",
        start="20251016T093000", end="20251016T150000", stamp="20251002T101500Z", desc=desc,
        location="Boardroom A, Queens Gardens campus, Hull", prodid="-//iCIMS//iCIMS Talent Cloud//EN",
        alt=False),
        company="Humber Institute of Technology", role="Director of Finance", stage="onsite",
        interviewers="yasmin.aziz@hit.ac.uk;colin.fairbrother@hit.ac.uk", trap="icims-room-resource-en"))

    # B7 SuccessFactors with a Webex body; HR business partner takes notes only
    uid = f"SF-INT-{tok('b7', 12, '0123456789')}@successfactors.eu"
    desc = ("Dear Rebecca Thompson,\n\nThank you for your application for the position Chief Financial Officer "
            "(Job Req ID 12044). We are pleased to invite you to a first panel interview.\n\nPanel: Professor John "
            "Hargreaves (Deputy Vice-Chancellor) and Shazia Begum (Pro Vice-Chancellor, Resources). Nicola Fry, "
            "HR Business Partner, will also attend as note-taker.\n\nThe interview will be held online:\n\n" +
            webex_en("b7", "pmu") + "\n\nPennine Metropolitan University – People Directorate")
    out.append(pos("successfactors-webex", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SAP SuccessFactors//Recruiting Management//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251121T111111Z", "DTSTART:20251201T100000Z",
        "DTEND:20251201T111500Z", p("SUMMARY", "Interview Invitation - Chief Financial Officer - Job Req 12044"),
        "ORGANIZER;CN=PMU Recruitment:mailto:recruitment@pmu.ac.uk",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=John Hargreaves;RSVP=TRUE:mailto:j.hargreaves@pmu.ac.uk",
        "ATTENDEE;CN=Shazia Begum;RSVP=TRUE:mailto:s.begum@pmu.ac.uk",
        "ATTENDEE;CN=Nicola Fry;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:n.fry@pmu.ac.uk",
        "LOCATION:Webex", p("DESCRIPTION", desc), "END:VEVENT", "END:VCALENDAR"],
        company="Pennine Metropolitan University", role="Chief Financial Officer",
        interviewers="j.hargreaves@pmu.ac.uk;s.begum@pmu.ac.uk", trap="successfactors-webex-en"))

    # B8 Calendly booking on the HR manager's Google calendar: phone screen
    uid = google_uid("b8-llt")
    desc = ("Event Name: Finance Director – initial call\n\nLocation: This is a phone call. Jen Halliday will call "
            "the invitee at +44 7700 900418\n\nQuestions:\nAnything you'd like us to know before the call?\nI am "
            "available after 4.30pm on weekdays if a second call is needed.\n\nNeed to make changes to this "
            f"event?\nCancel: https://calendly.com/cancellations/{guid('b8c')}\nReschedule: "
            f"https://calendly.com/reschedulings/{guid('b8c')}\n\nPowered by Calendly.com")
    out.append(pos("calendly-phone-screen", uid, google(
        uid, org="Jen Halliday|jen.halliday@laterlifetyneside.org.uk",
        atts=[att_g("Jen Halliday", "jen.halliday@laterlifetyneside.org.uk", "ACCEPTED"),
              att_g("Rebecca Thompson", USER_FREE)],
        summary="Finance Director – initial call between Jen Halliday and Rebecca Thompson",
        start="20250922T110000", end="20250922T113000", stamp="20250915T193452Z", desc=desc,
        location="+44 7700 900418"),
        company="Later Life Tyneside", role="Finance Director", stage="recruiter_screen",
        interviewers="jen.halliday@laterlifetyneside.org.uk", trap="calendly-phone-screen-en"))

    # B9 Cal.com, UTC, small charity named only in the notes
    uid = f"{guid('b9')}@Cal.com"
    desc = ("What: Head of Finance – 45 min interview between Mo Rahman and Rebecca Thompson\nInvitee Time Zone: "
            "Europe/London\nWho:\n- Mo Rahman - Organizer\nmo@doorstep.org.uk\n- Rebecca Thompson\n" + USER_FREE +
            "\nWhere: Cal Video\nhttps://app.cal.com/video/" + tok("b9v", 22, "abcdefghijklmnopqrstuvwxyz"
                                                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") +
            "\nAdditional notes: Rebecca, as the founder I'll be your line manager – I want to hear how you'd "
            "set up finance for Doorstep as we grow from three hostels to six.\n\nNeed to make a change? "
            f"Cancel or reschedule: https://app.cal.com/booking/{tok('b9b', 22)}")
    out.append(pos("calcom-hm", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cal.com Inc.//Cal.com Event//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "SUMMARY:Head of Finance – 45 min interview between Mo Rahman and Rebecca "
        "Thompson", "DTSTART:20250915T140000Z", "DTEND:20250915T144500Z", p("DESCRIPTION", desc),
        "LOCATION:https://app.cal.com/video/" + tok("b9v", 22, "abcdefghijklmnopqrstuvwxyz"
                                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "ORGANIZER;CN=Mo Rahman:mailto:mo@doorstep.org.uk",
        f"ATTENDEE;CN=Rebecca Thompson;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{USER_FREE}",
        "STATUS:CONFIRMED", "DTSTAMP:20250908T081502Z", "END:VEVENT", "END:VCALENDAR"],
        company="Doorstep", role="Head of Finance", stage="hiring_manager", interviewers="mo@doorstep.org.uk",
        trap="calcom-founder-en"))

    # B10 Microsoft Bookings screening call, Windows display-name zone
    uid = outlook_uid("b10-khc")
    desc = ("Rebecca Thompson,\n\nYour booking is confirmed\n\nDirector of Finance – screening call\nMonday, 27 "
            "October 2025\n10:00 – 10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\nStaff: Lauren Pryce\n\n"
            "Join your appointment\n" + teams_en("b10", dial=False, new_style=True) + "\n\nKirkgate Health "
            "Charity Recruitment\nkirkgatehealth.org.uk\n\nPowered by Microsoft Bookings")
    out.append(pos("bookings-screen", uid, outlook(
        uid, org="ORGANIZER;CN=Kirkgate Health Charity Recruitment:mailto:KHCRecruitment@kirkgatehealth.org.uk",
        atts=[ME_OL, att_ol("Lauren Pryce", "lauren.pryce@kirkgatehealth.org.uk")],
        summary="Director of Finance – screening call", start="20251027T100000", end="20251027T103000",
        stamp="20251020T164050Z", desc=desc, tzid=UTC_LONDON, location="Microsoft Teams Meeting",
        prodid="Microsoft Exchange Server 2010", alt=False),
        company="Kirkgate Health Charity", role="Director of Finance", stage="recruiter_screen",
        interviewers="lauren.pryce@kirkgatehealth.org.uk", trap="bookings-screen-en"))

    # B11 Exchange SENT-BY: the CEO's assistant sends the final panel on his behalf
    uid = outlook_uid("b11-khc")
    desc = ("Dear Rebecca\n\nFemi has asked me to send this invitation for the final interview panel for the "
            "Director of Finance post. The panel will be Femi Oduya (Chief Executive) and Geoffrey Lamb "
            "(Treasurer and Trustee). The interview will last an hour and includes a 10-minute presentation on "
            "investing the charity's restricted legacy funds.\n\nVenue: Kirkgate Health Charity, Level 2, Kirkgate "
            "House, Leeds LS2 7DJ.\n\nKind regards\nAmanda Stead\nExecutive Assistant to the Chief Executive")
    out.append(pos("outlook-sentby-final", uid, outlook(
        uid, org='ORGANIZER;CN="Oduya, Femi";SENT-BY="mailto:amanda.stead@kirkgatehealth.org.uk":mailto:'
                 'femi.oduya@kirkgatehealth.org.uk',
        atts=[ME_OL], summary="Director of Finance – Final interview panel", start="20251119T140000",
        end="20251119T150000", stamp="20251110T091212Z", desc=desc,
        location="Kirkgate House, Level 2 meeting room, Leeds"),
        company="Kirkgate Health Charity", role="Director of Finance", stage="final",
        interviewers="femi.oduya@kirkgatehealth.org.uk;Geoffrey Lamb", trap="outlook-sentby-final-en"))

    # B12 Applied (de-biased hiring platform), presentation and structured interview
    uid = f"applied-{guid('b12')}"
    desc = ("Hi Rebecca,\n\nCongratulations – you've been invited to interview for Head of Finance & Resources at "
            "Active Fells Foundation.\n\nFormat: a 10-minute presentation followed by four structured interview "
            "questions. Your panel will be Naomi Birkett (Chief Executive), Steve Rigg (Trustee, Chair of Finance "
            "Committee) and Kirsty Hall (Head of Programmes).\n\nVenue: Active Fells Foundation, The Old Station, "
            "Kendal LA9 6BT.\n\nIf you need any adjustments for your interview, just reply to this email.\n\n"
            "This invitation was sent via Applied – https://www.beapplied.com")
    out.append(pos("applied-panel", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Applied//Applied Interviews//EN", "METHOD:PUBLISH",
        *tz_olson_london(), "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250929T140000Z",
        "DTSTART;TZID=Europe/London:20251008T130000", "DTEND;TZID=Europe/London:20251008T140000",
        p("SUMMARY", "Interview: Head of Finance & Resources – Active Fells Foundation"),
        p("LOCATION", "The Old Station, Kendal LA9 6BT"), p("DESCRIPTION", desc), "END:VEVENT", "END:VCALENDAR"],
        company="Active Fells Foundation", role="Head of Finance & Resources",
        interviewers="Naomi Birkett;Steve Rigg;Kirsty Hall", trap="applied-panel-en"))

    # B13 Pinpoint, financial modelling exercise over Zoom
    uid = f"pinpoint-{tok('b13', 12, '0123456789')}"
    desc = ("Dear Rebecca,\n\nThank you for your application for Head of Finance & Resources. We'd like to invite "
            "you to the next step: a 60-minute financial modelling exercise, set by Graham Tordoff (Director of "
            "Operations) and reviewed with him on the call. You will receive the spreadsheet when the call "
            "starts; please have Excel available.\n\nJoin Zoom Meeting: https://us02web.zoom.us/j/" +
            tok("b13z", 11, "0123456789") + "\n\nYorkshire Dales Wildlife Foundation\nPowered by Pinpoint")
    out.append(pos("pinpoint-modelling", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pinpoint//Pinpoint ATS//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250903T100201Z", "DTSTART:20250911T090000Z",
        "DTEND:20250911T100000Z", p("SUMMARY", "Financial modelling exercise – Head of Finance & Resources"),
        "ORGANIZER;CN=YDWF Recruitment:mailto:careers@ydwf.org.uk",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_FREE}",
        "ATTENDEE;CN=Graham Tordoff;RSVP=TRUE:mailto:graham.tordoff@ydwf.org.uk", "LOCATION:Zoom",
        p("DESCRIPTION", desc), "END:VEVENT", "END:VCALENDAR"],
        company="Yorkshire Dales Wildlife Foundation", role="Head of Finance & Resources", stage="technical",
        interviewers="graham.tordoff@ydwf.org.uk", trap="pinpoint-modelling-en"))

    # B14 Eploy, brand name vs registered name, meet the chief executive
    uid = f"eploy-{tok('b14', 9, '0123456789')}@ribbleliving.co.uk"
    desc = ("Dear Rebecca\n\nThank you for your application for Executive Director of Finance. You are invited "
            "to meet our Chief Executive, Carol Whiteside, who is the hiring manager for this appointment.\n\n"
            "Venue: Ribble Living, Bridge House, Clitheroe BB7 1AZ\nDuration: 1 hour\n\nRibble Living is the "
            "trading name of Ribble Valley Housing Association Limited, a registered provider of social housing."
            "\n\nResourcing Team")
    out.append(pos("eploy-hm", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eploy Ltd//Eploy//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251128T120000Z", "DTSTART:20251209T143000Z",
        "DTEND:20251209T153000Z", p("SUMMARY", "Meet the Chief Executive – Executive Director of Finance"),
        p("LOCATION", "Bridge House, Clitheroe BB7 1AZ"), p("DESCRIPTION", desc),
        "ORGANIZER;CN=Ribble Living Resourcing:mailto:resourcing@ribbleliving.co.uk", "END:VEVENT",
        "END:VCALENDAR"],
        company="Ribble Living", role="Executive Director of Finance", stage="hiring_manager",
        interviewers="Carol Whiteside", trap="eploy-hm-brand-en"))

    # B15 Oleeo, college interview day
    uid = f"OLEEO-{tok('b15', 14, '0123456789ABCDEF')}"
    desc = ("Interview confirmation\n\nVacancy: Director of Finance & Estates (KC/0925/031)\nDate: Friday 28 "
            "November 2025\nTime: 09:00 – 16:00\nVenue: Kirkstall College, Abbey Road, Leeds LS5 3HP – Governance "
            "Suite\n\nProgramme: tour of the college with a student governor; group exercise with the senior "
            "leadership team; presentation and interview with the Principal (Dr Rachel Sowerby) and the Chair of "
            "Governors (Andrew Kitching).\n\nThis is an automated message from the Kirkstall College recruitment "
            "system.")
    out.append(pos("oleeo-interview-day", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Oleeo//Oleeo Recruit//EN", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20251114T093000Z", "DTSTART:20251128T090000Z", "DTEND:20251128T160000Z",
        p("SUMMARY", "Interview: Director of Finance & Estates"),
        p("LOCATION", "Kirkstall College, Abbey Road, Leeds LS5 3HP"), p("DESCRIPTION", desc), "END:VEVENT",
        "END:VCALENDAR"],
        company="Kirkstall College", role="Director of Finance & Estates", stage="onsite",
        interviewers="Rachel Sowerby;Andrew Kitching", trap="oleeo-interview-day-en"))

    return out
