"""holdout73 positives, part 1: lectureships in the UK and Ireland (Outlook, Bookings, Jobtrain, iOS, Thunderbird).

CC0 1.0; all people, institutions and addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import teams_en, zoom_en
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_APPLE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    PRODID_TBIRD,
    TZ_DUBLIN,
    TZ_LONDON,
    TZ_LONDON_APPLE,
    TZ_WIN_GMT,
    TZ_WIN_GMT_LABEL,
    UTC_LONDON_LABEL,
    Ev,
    att,
    cal,
    esc,
    html,
    org,
    outlook_uid,
)

FORMS = {
    "University of the Solway": "Solway University|University of Solway",
    "Menai University": "Prifysgol Menai",
    "Tynemouth University": "",
    "Shannonside University": "SSU|Ollscoil Chois tSionainn",
    "Lough Foyle University": "LFU",
    "University of Kilbrannan": "Kilbrannan University",
    "University of Holderness": "Holderness University",
    "Munster Coast University": "MCU",
}


def _solway() -> Ev:
    uid = outlook_uid("30A1F4C2D97BDC01000000000000000010000000B5C8E2F1A04D7E46A9C3B1D05E6F7A12")
    desc = (
        "Dear Dr MacLeod,\n\n"
        "Further to your application for the post of Lecturer in Marine Biology (Ref 004512), I am pleased to "
        "invite you to interview at the University of the Solway, Dumfries campus.\n\n"
        "Your day will include:\n"
        "10:00 – 10:20  Presentation to the School (Graham Building, Lecture Theatre G.05): "
        "'My research and teaching vision for the next five years' (15 minutes plus 5 minutes of questions)\n"
        "10:45 – 11:45  Panel interview (Graham Building, Boardroom 2.14)\n\n"
        "The panel will be: Professor Morag Fairbairn (Head of School, Chair), Dr Daniel Okafor (Reader in "
        "Aquatic Ecology) and Dr Annika Lindqvist (Senior Lecturer, Marine Conservation). Shona Beattie from "
        "People Services will be in attendance to take notes and will not ask questions.\n\n"
        "Please bring your passport or other right-to-work documents. Reasonable travel expenses will be "
        "reimbursed.\n\nKind regards,\nShona Beattie\nPeople Services, University of the Solway"
    )
    body = [
        "BEGIN:VEVENT",
        org("m.fairbairn@solway.ac.uk", "Fairbairn, Morag", sent_by="recruitment@solway.ac.uk"),
        att(ME_GMAIL, "ewan.macleod.bio@gmail.com"),
        att("m.fairbairn@solway.ac.uk", "Fairbairn, Morag", partstat="ACCEPTED", rsvp=None),
        att("d.okafor@solway.ac.uk", "Okafor, Daniel"),
        att("a.lindqvist@solway.ac.uk", "Lindqvist, Annika"),
        att("s.beattie@solway.ac.uk", "Beattie, Shona", role="OPT-PARTICIPANT"),
        att("gb-2.14-boardroom@solway.ac.uk", "SOL-Graham-2.14 Boardroom (12)", cutype="ROOM", role="NON-PARTICIPANT"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Interview – Lecturer in Marine Biology (Ref 004512) – Dr Ewan MacLeod",
        "DTSTART;TZID=GMT Standard Time:20260224T094500",
        "DTEND;TZID=GMT Standard Time:20260224T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260130T141207Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Graham Building\\, Dumfries Campus",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)),
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_GMT,))
    return Ev(
        "outlook-sentby-en", ics, uid, 1, "University of the Solway", "Lecturer in Marine Biology", "onsite",
        "m.fairbairn@solway.ac.uk;d.okafor@solway.ac.uk;a.lindqvist@solway.ac.uk", "outlook-sentby-room-en",
    )


def _menai() -> Ev:
    uid = "7C1E9A52-3F0B-4D8E-9B61-2A4C5D7E8F90"
    body = [
        "BEGIN:VEVENT",
        "TRANSP:OPAQUE",
        "DTEND;TZID=Europe/London:20260305T160000",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "UID:" + uid,
        "DTSTAMP:20260211T203344Z",
        "LOCATION:Prifysgol Menai – Brambell Building\\, Deiniol Rd\\, Bangor",
        "DESCRIPTION:Lecturer in Ocean Sciences. 20 min talk + panel after lunch. Bring USB + clicker\\n"
        "Train 07:12 Waverley → Crewe → Bangor. Hotel booked (Garth Rd).",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=141.2;X-TITLE=Brambell Building:geo:53.2298,-4.1293",
        "SEQUENCE:0",
        "SUMMARY:Menai interview!!",
        "LAST-MODIFIED:20260211T203344Z",
        "CREATED:20260211T203115Z",
        "DTSTART;TZID=Europe/London:20260305T100000",
        "BEGIN:VALARM",
        "X-WR-ALARMUID:4B7D8C10-1E2F-4A3B-8C9D-0E1F2A3B4C5D",
        "UID:4B7D8C10-1E2F-4A3B-8C9D-0E1F2A3B4C5D",
        "TRIGGER:-P1D",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_APPLE, method=None, tz=(TZ_LONDON_APPLE,))
    return Ev("ios-typed-en", ics, uid, 1, "Menai University", "Lecturer in Ocean Sciences", "onsite", "",
              "ios-user-typed")


def _tynemouth() -> Ev:
    uid = "b53f0c7e-9a1d-4c26-8e07-5d3b2f9a61c4"
    desc = (
        "Lectureship in Marine Conservation Biology - School of Natural & Environmental Sciences\n"
        "Panel: Prof Helen Armitage (HoS), Dr Raj Bhatt, Dr Claire Todd + student rep for the teaching bit\n"
        "15 min teaching sample (2nd yr, 'trophic cascades'), then 45 min interview\n\n"
        + zoom_en("862 4471 9053", "418227")
    )
    body = [
        "BEGIN:VEVENT",
        "CREATED:20260206T091420Z",
        "LAST-MODIFIED:20260206T092201Z",
        "DTSTAMP:20260206T092201Z",
        "UID:" + uid,
        "SUMMARY:Tynemouth Uni – lectureship interview (Zoom)",
        "DTSTART:20260310T133000",
        "DTEND:20260310T150000",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:https://zoom.us/j/86244719053",
        "X-MOZ-GENERATION:2",
        "X-MOZ-LASTACK:20260206T092201Z",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT30M",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_TBIRD, method=None)
    return Ev(
        "thunderbird-floating-en", ics, uid, 1, "Tynemouth University", "Lectureship in Marine Conservation Biology",
        "", "Helen Armitage;Raj Bhatt;Claire Todd", "thunderbird-floating-user-typed",
    )


def _shannonside() -> Ev:
    uid = "ssu-hr-int-2026-0318-mbio@ssu.ie"
    panel = [
        ("eimear.kavanagh@ssu.ie", "Eimear Kavanagh"),
        ("declan.moriarty@ssu.ie", "Declan Moriarty"),
        ("brid.nichonaill@ssu.ie", "Bríd Ní Chonaill"),
    ]
    desc1 = (
        "Assistant Professor in Marine Biology (Job ID 2026-114), School of Natural Sciences.\n\n"
        "Day 1 (18 March): meet the Marine Biology group, laboratory and field-station tour, and your research "
        "seminar at 14:00 (30 min + questions).\nDay 2 (19 March): interview with the Selection Board.\n\n"
        "Board: Prof. Eimear Kavanagh (Chair), Dr Declan Moriarty, Dr Bríd Ní Chonaill and an external assessor.\n"
        "Contact: Orla Hegarty, HR Recruitment (recruitment@ssu.ie), who is coordinating your visit."
    )
    common = [org("recruitment@ssu.ie", "HR Recruitment – Shannonside University"), att(ME_WORK, "Ewan MacLeod")]
    common += [att(a, n) for a, n in panel]
    ev1 = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260226T110000Z",
        "SEQUENCE:1",
        "SUMMARY:Interview days – Assistant Professor in Marine Biology (2026-114)",
        "DTSTART;TZID=Europe/Dublin:20260318T100000",
        "DTEND;TZID=Europe/Dublin:20260318T160000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "LOCATION:Shannonside University\\, Science Building\\, Room S2.06",
        f"DESCRIPTION:{esc(desc1)}",
        *common,
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    ev2 = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "RECURRENCE-ID;TZID=Europe/Dublin:20260319T100000",
        "DTSTAMP:20260226T110000Z",
        "SEQUENCE:1",
        "SUMMARY:Interview days – Assistant Professor in Marine Biology (2026-114) – Selection Board",
        "DTSTART;TZID=Europe/Dublin:20260319T113000",
        "DTEND;TZID=Europe/Dublin:20260319T124500",
        "LOCATION:Shannonside University\\, Main Building\\, Council Room",
        f"DESCRIPTION:{esc('Day 2 moved to 11:30: Selection Board interview (60 min). ' + desc1)}",
        *common,
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    ics = cal(ev1 + ev2, prodid="-//Shannonside University//HR Scheduler 2.4//EN", tz=(TZ_DUBLIN,))
    return Ev(
        "recurring-override-ie", ics, uid, 1, "Shannonside University", "Assistant Professor in Marine Biology",
        "onsite", ";".join(a for a, _ in panel), "recurring-override-two-day-ie",
    )


def _lough_foyle() -> Ev:
    uid = outlook_uid("F0C3A6B1E2A4DC010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B3C")
    desc = (
        "Dear Ewan,\n\nPlease note the NEW date and time for your final interview for the post of Lecturer in "
        "Marine Ecology (Ref LFU-0927). The interview originally scheduled for Tuesday 3 March has been moved "
        "because of industrial action on campus; we apologise for any inconvenience.\n\n"
        "The panel remains Professor Siobhan Quigley (Pro-Vice-Chancellor, Chair), Professor Niall Devine and "
        "Dr Ruth Gallagher. Your presentation title is unchanged.\n\nBest wishes,\nPatricia Doherty\n"
        "Recruitment Administrator (please contact me, not the panel, with any questions)\n\n"
        + teams_en("371 552 908 114", "Xb7Qk2", dial="+44 28 9597 4410", conf="612 009 341")
    )
    body = [
        "BEGIN:VEVENT",
        org("p.doherty@lfu.ac.uk", "Doherty, Patricia"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("s.quigley@lfu.ac.uk", "Quigley, Siobhan"),
        att("n.devine@lfu.ac.uk", "Devine, Niall"),
        att("r.gallagher@lfu.ac.uk", "Gallagher, Ruth"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Updated: Final interview – Lecturer in Marine Ecology (LFU-0927) – RESCHEDULED",
        f'DTSTART;TZID="{UTC_LONDON_LABEL}":20260317T140000',
        f'DTEND;TZID="{UTC_LONDON_LABEL}":20260317T151500',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260302T162233Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2",
        "X-MICROSOFT-CDO-OWNERAPPTID:2113847265",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null,\"OnlineMeetingProvider\":3}",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1NzE4YjAtMzE2"
        "OS00ZGE1LWIwYjMtNWQ2NmE0YjM2ZWI2%40thread.v2/0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_GMT_LABEL,))
    return Ev(
        "outlook-rescheduled-en", ics, uid, 1, "Lough Foyle University", "Lecturer in Marine Ecology", "final",
        "s.quigley@lfu.ac.uk;n.devine@lfu.ac.uk;r.gallagher@lfu.ac.uk", "rescheduled-utc-label-zone-teams-en",
    )


def _kilbrannan_bookings() -> Ev:
    uid = "5f0c1b9e-77d2-4e4a-a1c0-3b9e6d2f8a17"
    desc = (
        "Your booking with University of Kilbrannan – Academic Recruitment is confirmed.\n\n"
        "Service: Lecturer in Aquaculture (KIL-AC-0311) – online interview (45 minutes)\n"
        "Staff: Dr Alasdair Munro\n"
        "Customer: Ewan MacLeod (ewan.macleod.bio@gmail.com)\n\n"
        "Dr Munro (Programme Director, Aquaculture) and Dr Fenella Ross will interview you. Please have a copy "
        "of your CV to hand.\n\nNeed to make changes? Reschedule or cancel: "
        "https://outlook.office365.com/owa/calendar/KilbrannanAcademicRecruitment@kilbrannan.ac.uk/bookings/\n\n"
        + teams_en("298 004 611 352", "pK9sW4")
    )
    body = [
        "BEGIN:VEVENT",
        org("KilbrannanAcademicRecruitment@kilbrannan.ac.uk", "University of Kilbrannan – Academic Recruitment"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("alasdair.munro@kilbrannan.ac.uk", "Munro, Alasdair"),
        att("fenella.ross@kilbrannan.ac.uk", "Ross, Fenella", role="OPT-PARTICIPANT"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Lecturer in Aquaculture (KIL-AC-0311) – online interview",
        "DTSTART:20260219T110000Z",
        "DTEND:20260219T114500Z",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260209T084510Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-BOOKINGS-SERVICEID:7e3b9c0a-2d41-4f6e-9a85-0c1d2e3f4a5b",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE)
    return Ev(
        "bookings-en", ics, uid, 1, "University of Kilbrannan", "Lecturer in Aquaculture", "",
        "alasdair.munro@kilbrannan.ac.uk;fenella.ross@kilbrannan.ac.uk", "ms-bookings-utc-en",
    )


def _kilbrannan_final() -> Ev:
    uid = "1b9kq3m7r2t5v8x0z4c6e1g3i5@google.com"
    desc = (
        "Hi Ewan,\n\nThanks again for your time last month. As discussed, here is the hold for the final stage "
        "for the Lecturer in Aquaculture post: a 20-minute presentation to staff and students at the Scalpsie "
        "Field Station, followed by the final panel (Prof. Duncan Rennie, Dr Alasdair Munro, Dr Mhairi "
        "Campbell). Lunch with the aquaculture group in between.\n\nFerry: 10:15 Wemyss Bay → Rothesay, we'll "
        "collect you at the pier.\n\nAlasdair"
    )
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20260402T113000",
        "DTEND;TZID=Europe/London:20260402T163000",
        "DTSTAMP:20260312T101122Z",
        org("alasdair.munro@kilbrannan.ac.uk", "Alasdair Munro"),
        "UID:" + uid,
        att("alasdair.munro@kilbrannan.ac.uk", "Alasdair Munro", partstat="ACCEPTED"),
        att("d.rennie@kilbrannan.ac.uk", "d.rennie@kilbrannan.ac.uk"),
        att("mhairi.campbell@kilbrannan.ac.uk", "Mhairi Campbell"),
        att(ME_GMAIL, "ewan.macleod.bio@gmail.com"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/vbw-qzdx-hfa",
        "CREATED:20260312T101120Z",
        f"DESCRIPTION:{esc(desc)}",
        "LAST-MODIFIED:20260312T101122Z",
        "LOCATION:Scalpsie Field Station\\, Isle of Bute",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Final stage – Lecturer in Aquaculture – Ewan MacLeod",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, head=("X-GOOGLE-CALID:alasdair.munro@kilbrannan.ac.uk",), tz=(TZ_LONDON,))
    return Ev(
        "google-final-en", ics, uid, 1, "University of Kilbrannan", "Lecturer in Aquaculture", "final",
        "d.rennie@kilbrannan.ac.uk;alasdair.munro@kilbrannan.ac.uk;mhairi.campbell@kilbrannan.ac.uk",
        "google-direct-final-en",
    )


def _holderness() -> Ev:
    uid = "JT-INT-7731902-HOL0458@jobtrain.co.uk"
    desc = (
        "Interview invitation\n\nVacancy: Lecturer in Marine Biology (HOL0458)\nOrganisation: University of "
        "Holderness – Faculty of Science and Engineering\nCandidate: Ewan MacLeod\n\n"
        "Interview format: in-person panel interview (45 mins) preceded by a 10-minute presentation on 'How "
        "would you make fieldwork accessible to all of our students?'\n\n"
        "Panel members: Professor Gareth Pryce (Chair), Dr Nia Thomas, Dr Jonathan Reeve\n\n"
        "Venue: Allam Building, Seminar Room 3 (reception will direct you)\n\n"
        "This invitation was sent via Jobtrain on behalf of the University of Holderness. Please do not reply "
        "to this email; contact hr-recruitment@holderness.ac.uk."
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260128T153000Z",
        "DTSTART:20260212T103000Z",
        "DTEND:20260212T113000Z",
        "SUMMARY:Interview: Lecturer in Marine Biology (HOL0458)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Allam Building\\, Seminar Room 3\\, University of Holderness",
        "ORGANIZER;CN=Jobtrain:mailto:noreply@jobtrain.co.uk",
        att(ME_GMAIL, "Ewan MacLeod"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Jobtrain//Interview Scheduler//EN")
    return Ev(
        "jobtrain-en", ics, uid, 1, "University of Holderness", "Lecturer in Marine Biology", "onsite",
        "Gareth Pryce;Nia Thomas;Jonathan Reeve", "ats-jobtrain-names-only-en",
    )


def _munster() -> Ev:
    uid = outlook_uid("80E9B2C3F1A5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90")
    desc = (
        "Dear Dr MacLeod,\n\nCompetition MCU-2026-041: Assistant Lecturer in Marine & Freshwater Biology\n\n"
        "I am writing to confirm your interview by video conference. The interview board will consist of four "
        "members including an external assessor; board members are not named in advance in line with our "
        "recruitment policy. Interviews are competency based and will last approximately 40 minutes.\n\n"
        "Please have photo ID to hand for verification at the start of the call.\n\n"
        "Is mise le meas,\nCiara Ó Súilleabháin\nHuman Resources Department, Munster Coast University\n\n"
        + teams_en("455 120 877 006", "Rf3uT8", dial="+353 1 437 0294", conf="880 551 207")
    )
    body = [
        "BEGIN:VEVENT",
        org("hr.recruitment@mcu.ie", "HR Recruitment"),
        att(ME_GMAIL, "ewan.macleod.bio@gmail.com"),
        att("c.osuilleabhain@mcu.ie", "Ó Súilleabháin, Ciara", role="OPT-PARTICIPANT"),
        f"DESCRIPTION;LANGUAGE=en-IE:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-IE:MCU-2026-041 Interview – Assistant Lecturer in Marine & Freshwater Biology",
        f'DTSTART;TZID="{UTC_LONDON_LABEL}":20260226T093000',
        f'DTEND;TZID="{UTC_LONDON_LABEL}":20260226T101500',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260216T120455Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_OUTLOOK, tz=(TZ_WIN_GMT_LABEL,))
    return Ev(
        "outlook-board-ie", ics, uid, 1, "Munster Coast University",
        "Assistant Lecturer in Marine & Freshwater Biology", "", "", "board-unnamed-coordinator-ie",
    )


def events() -> list[Ev]:
    return [
        _solway(), _menai(), _tynemouth(), _shannonside(), _lough_foyle(), _kilbrannan_bookings(),
        _kilbrannan_final(), _holderness(), _munster(),
    ]
