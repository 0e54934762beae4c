"""holdout131: the user's own interviews with Texas and Louisiana school districts (part 2, agencies, hand notes)."""

from __future__ import annotations

from holdout131ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK,
    THUNDERBIRD,
    UTC_CENTRAL,
    VTZ_CHICAGO,
    WIN_CENTRAL,
    Ev,
    att,
    cal,
    esc,
    room,
    teams,
    vtz_windows,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # 16 Outlook screening with HR over Teams, SENT-BY a recruiting assistant
    uid = "040000008200E00074C5B7101A82E00800000000A7B3E18C2295DB0100000000000000001000000033F9C1D0E7B24A5F"
    desc = ("Mr. Carter,\n\nThank you for your interest in Hempstead Prairie ISD. This is a 30-minute screening "
            "interview for the Assistant Principal pool with our Director of Talent, Roderick Oyelaran.\n\n"
            + teams("247 118 336 902", "dH3xL9"))
    html = "<html><body><p>Mr. Carter,</p><p>This is a 30-minute screening interview.</p></body></html>"
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Oyelaran, Roderick";SENT-BY="mailto:talent.assistant@hpisd-tx.org":mailto:royelaran@hpisd-tx.org
{att(ME_FREE, "deshawn.carter.coach@yahoo.com")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:HPISD Screening Interview - Assistant Principal Pool
DTSTART;TZID={WIN_CENTRAL}:20250219T110000
DTEND;TZID={WIN_CENTRAL}:20250219T113000
DTSTAMP:20250214T164419Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-ALT-DESC;FMTTYPE=text/html:{esc(html)}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    out.append(Ev("teams-screen-sentby", uid, cal(body, EXCHANGE, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Hempstead Prairie ISD", "Assistant Principal", "recruiter_screen", "royelaran@hpisd-tx.org",
                  "outlook-teams-screen-en"))

    # 17 School board closed session, all trustees named in the body only
    uid = "kbisd-board-2025-05-06-closed-session-ad@kbisd.org"
    desc = ("Kingsport Bend ISD Board of Trustees - Special Called Meeting\n\n"
            "Closed session (Tex. Gov't Code 551.074): interview of finalist for Athletic Director/Head Football "
            "Coach - DeShawn Carter.\n\nPlease wait in the lobby of the Administration Building at 6:15 p.m.; "
            "the board secretary, Mrs. Ortiz, will bring you in. The board president, Mr. Glen Haney, will lead "
            "the questions.\n\nKingsport Bend ISD")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250430T141000Z
DTSTART;TZID=America/Chicago:20250506T183000
DTEND;TZID=America/Chicago:20250506T193000
SUMMARY:Board interview (closed session) - AD/HFC finalist
DESCRIPTION:{esc(desc)}
LOCATION:KBISD Administration Building\\, Board Room
ORGANIZER;CN=Superintendent's Office KBISD:mailto:supt.office@kbisd.org
{att(ME_FREE, ME_CN)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("board-closed-session", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "Kingsport Bend ISD",
                  "Athletic Director/Head Football Coach", "final", "Glen Haney", "board-interview-en"))

    # 18 Search firm screens for a named district client (agency names the employer)
    uid = "hartdelgado-2025-0211-carter-cssisd@hartdelgado.com"
    desc = ("Coach Carter,\n\nThanks for sending your materials. As I mentioned, Hart & Delgado is conducting the "
            "Athletic Director search for Cibolo Springs ISD. This call is the first screen; if it goes well I "
            "will present you to Superintendent Vela and the board's selection committee.\n\n"
            "Call me at 210-555-0163 or I'll ring your cell.\n\nBrenda Delgado\nPartner, Hart & Delgado "
            "Executive Search")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250211T190455Z
DTSTART;TZID={WIN_CENTRAL}:20250213T160000
DTEND;TZID={WIN_CENTRAL}:20250213T164500
SUMMARY:Cibolo Springs ISD - Athletic Director search - intro call
DESCRIPTION:{esc(desc)}
LOCATION:Phone - Brenda to call DeShawn's cell
ORGANIZER;CN="Delgado, Brenda":mailto:bdelgado@hartdelgado.com
{att(ME_FREE, "DeShawn Carter")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(Ev("search-firm-screen", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Cibolo Springs ISD", "Athletic Director", "recruiter_screen", "bdelgado@hartdelgado.com",
                  "agency-names-employer-en"))

    # 19 Same search: committee interview, agency organises, consultant does not sit in
    uid = "hartdelgado-2025-0304-carter-cssisd-committee@hartdelgado.com"
    desc = ("Cibolo Springs ISD - Athletic Director - Selection Committee Interview\n\n"
            "Committee: Dr. Armando Vela (Superintendent), Trustee Kim Sorensen, Principal Shaun Ladner.\n"
            "I will not be in the room; call me afterwards.\n\nBrenda")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250226T182011Z
DTSTART;TZID={WIN_CENTRAL}:20250304T100000
DTEND;TZID={WIN_CENTRAL}:20250304T113000
SUMMARY:CSISD AD - Selection Committee Interview (Carter)
DESCRIPTION:{esc(desc)}
LOCATION:Cibolo Springs ISD Admin Bldg\\, 2nd floor conference room
ORGANIZER;CN="Delgado, Brenda":mailto:bdelgado@hartdelgado.com
{att(ME_FREE, "DeShawn Carter")}
{att("avela@csisd.net", "Vela, Armando")}
{att("ksorensen@csisd.net", "Sorensen, Kim")}
{att("sladner@csisd.net", "Ladner, Shaun")}
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT"""
    out.append(Ev("search-firm-committee", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Cibolo Springs ISD", "Athletic Director", "onsite",
                  "avela@csisd.net;ksorensen@csisd.net;sladner@csisd.net", "agency-committee-en"))

    # 20 Louisiana parish school system, principal interview, (UTC-06:00) zone
    uid = "040000008200E00074C5B7101A82E00800000000C1D2A0F77B3DDB010000000000000000100000009AC4F1E26B0D4C73"
    desc = ("Mr. Carter,\n\nPlease come by Evangeline Ridge High School for an interview with me for the "
            "Assistant Principal position. Our Supervisor of Secondary Education, Mr. Landry, may drop in.\n\n"
            "Sincerely,\nCharmaine Thibodeaux, Principal\nEvangeline Ridge Parish School System")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Thibodeaux, Charmaine":mailto:cthibodeaux@erpss.k12.la.us
{att(ME_FREE, "DeShawn Carter")}
{att("plandry@erpss.k12.la.us", "Landry, Paul", role="OPT-PARTICIPANT")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interview - Asst. Principal\\, ERHS
DTSTART;TZID="{UTC_CENTRAL}":20250428T140000
DTEND;TZID="{UTC_CENTRAL}":20250428T150000
DTSTAMP:20250423T150500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Evangeline Ridge High School\\, Principal's Office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    out.append(Ev("parish-principal", uid, cal(body, OUTLOOK, tz=vtz_windows(UTC_CENTRAL)), 1,
                  "Evangeline Ridge Parish School System", "Assistant Principal", "hiring_manager",
                  "cthibodeaux@erpss.k12.la.us;plandry@erpss.k12.la.us", "outlook-parish-la-en"))

    # 21 Hand-typed in Yahoo on the laptop: phone screen
    uid = "yahoo-4b1a7c3e-9f20-4d6b-8e55-0c2d7a1f9e38"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250224T023311Z
DTSTART;TZID=America/Chicago:20250225T123000
DTEND;TZID=America/Chicago:20250225T130000
SUMMARY:Phone screen - Bluebonnet Hills HR (AD job)
DESCRIPTION:Tamika from HR calling my cell. Lunch duty swap w/ Gomez!!
CLASS:PRIVATE
END:VEVENT"""
    out.append(Ev("hand-phone-screen", uid, cal(body, "-//Yahoo! Inc.//Yahoo Calendar//EN", method="PUBLISH",
                                               tz=VTZ_CHICAGO), 1,
                  "Bluebonnet Hills ISD", "AD", "recruiter_screen", "Tamika", "hand-typed-phone-screen-en"))

    # 22 Bluebonnet Hills: interview with the assistant superintendent (the AD's boss)
    uid = "040000008200E00074C5B7101A82E008000000009E44D2B6C1A0DB01000000000000000010000000B2D7F08E14C34F2A"
    desc = ("Interview Confirmation - Athletic Director\n\n"
            "Interviewer: Dr. Wendell Pruneda, Assistant Superintendent for Operations (the AD reports to this "
            "office)\nScheduled by: Tamika Ellison, HR Generalist\n\n"
            "Please bring your coaching philosophy statement and a sample athletic department budget.")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Ellison, Tamika":mailto:tellison@bhisd.net
{att(ME_FREE, "DeShawn Carter")}
{att("wpruneda@bhisd.net", "Pruneda, Wendell")}
{room("Admin-Rm210@bhisd.net", "Admin Bldg Room 210")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interview Confirmation - Athletic Director (D. Carter)
DTSTART;TZID={WIN_CENTRAL}:20250306T090000
DTEND;TZID={WIN_CENTRAL}:20250306T100000
DTSTAMP:20250227T212109Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Admin Bldg Room 210
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    out.append(Ev("outlook-asst-supt", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Bluebonnet Hills ISD", "Athletic Director", "hiring_manager", "wpruneda@bhisd.net",
                  "outlook-room-coordinator-en"))

    # 23 Magnolia Creek: in-person panel, Thunderbird from the district AD search chair
    uid = "a3f1e7d2-58c4-4b90-9e16-7c0b2d4f8a65"
    desc = ("DeShawn - confirming the interview panel for the Athletic Director position.\n"
            "Panel: Earl Batiste (chair, Deputy Supt.), Renata Cho (Principal, MCHS), Coach Vance Lyle "
            "(Girls Athletics Coordinator).\nPlan on 60 min + tour of the natatorium and field house.\n-- Earl")
    body = f"""BEGIN:VEVENT
CREATED:20250310T185500Z
LAST-MODIFIED:20250310T185812Z
DTSTAMP:20250310T185812Z
UID:{uid}
SUMMARY:AD interview panel - Carter
ORGANIZER;CN=Earl Batiste:mailto:ebatiste@magnoliacreekisd.org
{att(ME_FREE, "DeShawn Carter")}
{att("rcho@magnoliacreekisd.org", "Renata Cho")}
{att("vlyle@magnoliacreekisd.org", "Vance Lyle")}
{att("ebatiste@magnoliacreekisd.org", "Earl Batiste", role="CHAIR", stat="ACCEPTED", rsvp=False)}
DTSTART;TZID=America/Chicago:20250312T150000
DTEND;TZID=America/Chicago:20250312T163000
LOCATION:MCHS Field House conference room
DESCRIPTION:{esc(desc)}
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-SEND-INVITATIONS:TRUE
END:VEVENT"""
    out.append(Ev("thunderbird-panel", uid, cal(body, THUNDERBIRD, tz=VTZ_CHICAGO), 1, "Magnolia Creek ISD",
                  "Athletic Director", "onsite",
                  "ebatiste@magnoliacreekisd.org;rcho@magnoliacreekisd.org;vlyle@magnoliacreekisd.org",
                  "thunderbird-panel-en"))

    # 24 Apple iOS invite forwarded by a principal from her iCloud, no clear stage
    uid = "E1C4B8A2-7D3F-4A61-9B05-F2E8C6D1A937"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250318T004412Z
CREATED:20250318T004309Z
DTSTART;TZID=America/Chicago:20250320T071500
DTEND;TZID=America/Chicago:20250320T080000
SUMMARY:Coffee + interview - AP opening at Jasper Bend HS
LOCATION:Jasper Bend High School\\n1100 Bulldog Dr\\, Jasper Bend TX
DESCRIPTION:Coach - come before first bell\\, we'll talk in my office. -Loretta Fontenot
ORGANIZER;CN=Loretta Fontenot:mailto:lfontenot.jbhs@icloud.com
{att(ME_FREE, "DeShawn Carter")}
{att("lfontenot.jbhs@icloud.com", "Loretta Fontenot", stat="ACCEPTED", rsvp=False)}
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("apple-icloud-principal", uid, cal(body, APPLE, tz=VTZ_CHICAGO), 1, "Jasper Bend ISD",
                  "AP", "", "lfontenot.jbhs@icloud.com", "apple-icloud-invite-en"))

    # 25 Trinity Oaks: Zoom follow-up with the principal alone
    uid = "5h8k1n4q7t0w3z6c9f2i5l8o1r@google.com"
    desc = ("Follow-up conversation - Assistant Principal, Trinity Oaks HS\n"
            "Dr. Reyes-Hall would like 30 more minutes on discipline data and master schedule.\n\n"
            + zoom("812 5503 1297", "Tk2mP8sQ1z"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250331T161500
DTEND;TZID=America/Chicago:20250331T164500
DTSTAMP:20250327T173030Z
ORGANIZER;CN=Monica Reyes-Hall:mailto:mreyeshall@tocisd.org
UID:{uid}
{att(ME_FREE, ME_FREE)}
{att("mreyeshall@tocisd.org", "Monica Reyes-Hall", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
LOCATION:https://us06web.zoom.us/j/81255031297
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Follow-up: AP position (Carter / Reyes-Hall)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("zoom-followup", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "Trinity Oaks CISD",
                  "Assistant Principal", "hiring_manager", "mreyeshall@tocisd.org", "zoom-follow-up-en"))

    # 26 Rio Bravo Valley final with the superintendent, all-day hold typed by the user with the district name
    uid = "yahoo-9c2e4f71-3a8b-4d05-b6e1-7f0a2c5d8e43"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250415T012201Z
DTSTART;VALUE=DATE:20250424
DTEND;VALUE=DATE:20250425
SUMMARY:RBVISD - final intv w/ Supt. Dr. Elizondo (Rio Bravo) - drive down Wed night
DESCRIPTION:Subdirector job. Hotel: La Quinta Rio Bravo conf# 88412. Sub plans for 1st-7th.
TRANSP:TRANSPARENT
END:VEVENT"""
    out.append(Ev("hand-allday-final", uid, cal(body, "-//Yahoo! Inc.//Yahoo Calendar//EN", method="PUBLISH"), 1,
                  "Rio Bravo Valley ISD", "Subdirector", "final", "Dr. Elizondo", "hand-all-day-final-en"))

    return out
