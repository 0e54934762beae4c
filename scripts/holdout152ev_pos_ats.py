"""holdout152: the user's own interviews, sent by ATS and scheduling tools."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "workday-screen",
        "WD-INT-7f3a2c91-5b0e-4d1a-9c63-0a8e55d12b40@myworkday.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Zurich%%
BEGIN:VEVENT
UID:WD-INT-7f3a2c91-5b0e-4d1a-9c63-0a8e55d12b40@myworkday.com
DTSTAMP:20261002T141205Z
SEQUENCE:0
DTSTART;TZID=Europe/Zurich:20261007T100000
DTEND;TZID=Europe/Zurich:20261007T103000
SUMMARY:Interview: Cluster Revenue Manager - Zurich (R-0098213) - Chiara Ro
 mano
DESCRIPTION:Dear Chiara\,\n\nThank you for your interest in Marriott Intern
 ational. Your interview has been scheduled as follows:\n\nJob Requisition:
  R-0098213 Cluster Revenue Manager - Zurich Marriott Hotel & Renaissance Zu
 rich Tower\nInterview Type: Phone / Video Screen\nInterviewer: Sarah Kelle
 r\, Talent Acquisition Partner DACH\n\nMicrosoft Teams meeting\nJoin: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ5Yj\nMeeting ID: 341 8
 82 190 417  Passcode: Xq7Ma2\n\nPlease do not reply to this message. To req
 uest a change please contact your recruiter.\n\nMarriott Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Marriott Talent Acquisition:mailto:marriott@myworkday.com
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:chiara.romano.hotel@bluewin.ch
ATTENDEE;CN=Sarah Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Sara
 h.Keller@marriott.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Marriott International",
        role="Cluster Revenue Manager - Zurich",
        stage="recruiter_screen",
        interviewers="sarah.keller@marriott.com",
        trap="workday-teams-ta-screen",
    ),
    ev(
        "successfactors-screen",
        "sf-intv-000418837-2@accor.successfactors.eu",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-intv-000418837-2@accor.successfactors.eu
DTSTAMP:20261005T081533Z
DTSTART:20261009T120000Z
DTEND:20261009T124500Z
SUMMARY:Interview Invitation - Director of Revenue\, Swissôtel Zürich & Mö
 venpick Zürich Airport (REQ_418837)
DESCRIPTION:Bonjour / Hello Chiara Romano\,\n\nYou have been invited to an
  interview for the position Director of Revenue (Cluster Zürich).\n\nInterv
 iew round: 1 - Talent Acquisition conversation\nInterviewer(s): Florian Br
 unner\n\nFormat: Microsoft Teams (link below)\nhttps://teams.microsoft.com/
 l/meetup-join/19%3ameeting_ZGE0Nz\n\nAccor - Heartist® careers\nThis is an
  automated message from SAP SuccessFactors Recruiting.
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Accor Talent Acquisition":mailto:no-reply@successfactors.eu
ATTENDEE;CN="Chiara Romano";RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
ATTENDEE;CN="Florian Brunner";RSVP=TRUE:mailto:florian.brunner@accor.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Accor",
        role="Director of Revenue",
        stage="recruiter_screen",
        interviewers="florian.brunner@accor.com",
        trap="successfactors-utc-ta-screen",
    ),
    ev(
        "smartrecruiters-screen",
        "7b1c0e44-sr-interview-3e9f@smartrecruiters.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7b1c0e44-sr-interview-3e9f@smartrecruiters.com
DTSTAMP:20261006T093000Z
DTSTART:20261013T070000Z
DTEND:20261013T073000Z
SUMMARY:Kempinski Hotels | Cluster Director of Revenue – Switzerland & Aus
 tria | Interview with Chiara Romano
DESCRIPTION:Hi Chiara\,\nthank you for booking a time slot. Anna Gruber (Ta
 lent Acquisition Manager\, Kempinski Hotels) will call you on +41 79 482 1
 7 35.\nDuration: 30 min\n\nNeed to reschedule? https://www.smartrecruiters
 .com/candidate/reschedule/7b1c0e44\n\nPowered by SmartRecruiters
LOCATION:Phone call
ORGANIZER;CN=Anna Gruber:mailto:anna.gruber@kempinski.com
ATTENDEE;CN=Anna Gruber;PARTSTAT=ACCEPTED:mailto:anna.gruber@kempinski.com
ATTENDEE;CN=Chiara Romano;PARTSTAT=ACCEPTED:mailto:chiara.romano.hotel@blue
 win.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Kempinski Hotels",
        role="Cluster Director of Revenue – Switzerland & Austria",
        stage="recruiter_screen",
        interviewers="anna.gruber@kempinski.com",
        trap="smartrecruiters-phone-screen-utc",
    ),
    ev(
        "ashby-screen",
        "ashby-2f81d6a0-91c4-4b8e-bf1e-2d7c4aa09e13",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-2f81d6a0-91c4-4b8e-bf1e-2d7c4aa09e13
DTSTAMP:20261012T154411Z
DTSTART:20261015T090000Z
DTEND:20261015T093000Z
SUMMARY:Chiara Romano <> Ennismore | Area Director of Revenue DACH (25hours
  Hotels)
DESCRIPTION:Intro call with Max from our Talent team.\n\nJoin Google Meet:
  https://meet.google.com/qpa-hzvn-tre\nOr dial: +41 43 216 23 08 PIN: 612 4
 48 903#\n\nAgenda\n- Your background & what you're looking for\n- The role
  across 25hours Zurich Langstrasse\, West\, Munich & Vienna\n- Next steps\n
 \nScheduled via Ashby
LOCATION:Google Meet
ORGANIZER;CN=Ennismore Talent:mailto:scheduling@ennismore.ashbyhq.com
ATTENDEE;CN=Maximilian Vogt;PARTSTAT=ACCEPTED:mailto:maximilian.vogt@ennism
 ore.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:
 mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Ennismore",
        role="Area Director of Revenue DACH",
        stage="recruiter_screen",
        interviewers="maximilian.vogt@ennismore.com",
        trap="ashby-brand-in-parentheses-screen",
    ),
    ev(
        "ashby-case",
        "ashby-8c02b1f3-3a77-4c0d-a0d1-5e55f2c8b771",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-8c02b1f3-3a77-4c0d-a0d1-5e55f2c8b771
DTSTAMP:20261021T101010Z
DTSTART:20261028T130000Z
DTEND:20261028T141500Z
SUMMARY:Case Study Review – Area Director of Revenue DACH
DESCRIPTION:Hi Chiara\,\n\nYou'll present your pricing & distribution case
  (25hours Vienna\, shoulder season) to Jana and Elif. 20 min presentation\,
  40 min Q&A\, 15 min for your questions.\n\nPlease share your slides 24h in
  advance.\n\nhttps://meet.google.com/vhe-wmkq-zpr\n\nScheduled via Ashby
LOCATION:Google Meet
ORGANIZER;CN=Ennismore Talent:mailto:scheduling@ennismore.ashbyhq.com
ATTENDEE;CN=Jana Hofbauer;PARTSTAT=ACCEPTED:mailto:jana.hofbauer@ennismore.
 com
ATTENDEE;CN=Elif Kaya;PARTSTAT=TENTATIVE:mailto:elif.kaya@ennismore.com
ATTENDEE;CN=Chiara Romano;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chiara.rom
 ano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Ennismore",
        role="Area Director of Revenue DACH",
        stage="technical",
        interviewers="jana.hofbauer@ennismore.com;elif.kaya@ennismore.com",
        trap="ashby-case-presentation-no-word-interview",
    ),
    ev(
        "greenhouse-hm",
        "4471203003-gh-interview-9912@greenhouse.io",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Amsterdam%%
BEGIN:VEVENT
UID:4471203003-gh-interview-9912@greenhouse.io
DTSTAMP:20261014T121500Z
DTSTART;TZID=Europe/Amsterdam:20261020T160000
DTEND;TZID=Europe/Amsterdam:20261020T165000
SUMMARY:Interview with citizenM: Revenue Director Europe
DESCRIPTION:Hi Chiara\,\n\nYou are confirmed to meet Jeroen Dekker (VP Reve
 nue & Distribution) for the hiring manager conversation.\n\nZoom: https://c
 itizenm.zoom.us/j/86120394412?pwd=Rk9xbU\nMeeting ID: 861 2039 4412\n\nAny
  questions\, reach out to Lotte (Recruiting Coordinator).
LOCATION:Zoom
ORGANIZER;CN=Lotte Visser:mailto:lotte.visser@citizenm.com
ATTENDEE;CN=Jeroen Dekker;ROLE=REQ-PARTICIPANT:mailto:jeroen.dekker@citizen
 m.com
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.roma
 no.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="citizenM",
        role="Revenue Director Europe",
        stage="hiring_manager",
        interviewers="jeroen.dekker@citizenm.com",
        trap="greenhouse-coordinator-organizer",
    ),
    ev(
        "personio-gespraech",
        "personio-application-88120931-event-3@personio.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Berlin%%
BEGIN:VEVENT
UID:personio-application-88120931-event-3@personio.de
DTSTAMP:20261008T070233Z
DTSTART;TZID=Europe/Berlin:20261016T110000
DTEND;TZID=Europe/Berlin:20261016T120000
SUMMARY:Einladung: Gespräch Senior Revenue Manager Cluster South (m/w/d) –
  München
DESCRIPTION:Hallo Chiara\,\n\nwir freuen uns\, dich kennenzulernen! Am Gesp
 räch nehmen Julia Hartmann (People & Culture) und Ole Brandt (Head of Reve
 nue) teil.\n\nOrt: MEININGER Hotel München Olympiapark\, Landshuter Allee 1
 74\, 80637 München – bitte an der Rezeption melden.\n\nViele Grüsse\nDein M
 EININGER Recruiting-Team
LOCATION:MEININGER Hotel München Olympiapark
ORGANIZER;CN=MEININGER Recruiting:mailto:jobs@meininger-hotels.com
ATTENDEE;CN=Julia Hartmann:mailto:j.hartmann@meininger-hotels.com
ATTENDEE;CN=Ole Brandt:mailto:o.brandt@meininger-hotels.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Meininger Hotels",
        role="Senior Revenue Manager Cluster South (m/w/d)",
        stage="",
        interviewers="j.hartmann@meininger-hotels.com;o.brandt@meininger-hotels.com",
        trap="personio-gespraech-du-form-no-stage",
    ),
    ev(
        "teamtailor-kennenlernen",
        "tt-interview-5d0b93c8a1@teamtailor.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Zurich%%
BEGIN:VEVENT
UID:tt-interview-5d0b93c8a1@teamtailor.com
DTSTAMP:20261001T113000Z
DTSTART;TZID=Europe/Zurich:20261006T173000
DTEND;TZID=Europe/Zurich:20261006T180000
SUMMARY:Kennenlerngespräch Revenue Manager Cluster Zürich – Sorell Hotels
DESCRIPTION:Liebe Chiara\n\nDanke für deine Bewerbung. Nadine Suter (HR Bus
 iness Partner) ruft dich für ein erstes Kennenlernen an.\n\nMicrosoft Team
 s-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_OTA2\n\nSorell Hotels – Swiss Hospitality
  mit Charakter
LOCATION:Microsoft Teams
ORGANIZER;CN=Nadine Suter:mailto:nadine.suter@sorellhotels.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Sorell Hotels",
        role="Revenue Manager Cluster Zürich",
        stage="recruiter_screen",
        interviewers="nadine.suter@sorellhotels.com",
        trap="teamtailor-kennenlerngespraech-organizer-only",
    ),
    ev(
        "icims-assessment",
        "icims-hyatt-2026-44718-iv2@icims.com",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Vienna%%
BEGIN:VEVENT
UID:icims-hyatt-2026-44718-iv2@icims.com
DTSTAMP:20261019T092011Z
DTSTART;TZID=Europe/Vienna:20261023T140000
DTEND;TZID=Europe/Vienna:20261023T153000
SUMMARY:Park Hyatt Vienna - Director of Revenue Management - Revenue Strate
 gy Assessment
DESCRIPTION:Dear Chiara\,\n\nAs discussed\, please join us for the second s
 tep of the process: a 90-minute working session with Katharina Weiss (Dire
 ctor of Commercial Strategy) on a displacement analysis and a group quote.
  You will receive the data pack 30 minutes before the start.\n\nWebex: ht
 tps://hyatt.webex.com/hyatt/j.php?MTID=m3f1e\nAccess code: 2734 118 9043\n
 \nThis email was sent by iCIMS on behalf of Hyatt.
LOCATION:Webex
ORGANIZER;CN=Hyatt Careers:mailto:donotreply@icims.com
ATTENDEE;CN=Katharina Weiss:mailto:katharina.weiss@hyatt.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Park Hyatt Vienna",
        role="Director of Revenue Management",
        stage="technical",
        interviewers="katharina.weiss@hyatt.com",
        trap="icims-assessment-working-session",
    ),
    ev(
        "softgarden-interview",
        "softgarden-7719204-appt-1@softgarden.io",
        r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:PUBLISH
%%TZ Europe/Berlin%%
BEGIN:VEVENT
UID:softgarden-7719204-appt-1@softgarden.io
DTSTAMP:20261102T083000Z
DTSTART;TZID=Europe/Berlin:20261105T093000
DTEND;TZID=Europe/Berlin:20261105T101500
SUMMARY:Ihr Interview bei Motel One – Cluster Revenue Manager (m/w/d)
DESCRIPTION:Sehr geehrte Frau Romano\,\n\nvielen Dank für Ihre Terminbestät
 igung. Ihr Gesprächspartner: Lisa Brandl\, Talent Acquisition.\n\nDas Gesp
 räch findet per Microsoft Teams statt. Den Link erhalten Sie separat.\n\nM
 it freundlichen Grüssen\nMotel One Group – Recruiting
LOCATION:Online (Microsoft Teams)
ORGANIZER;CN=Motel One Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Lisa Brandl:mailto:l.brandl@motel-one.com
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Motel One",
        role="Cluster Revenue Manager (m/w/d)",
        stage="recruiter_screen",
        interviewers="l.brandl@motel-one.com",
        trap="softgarden-publish-sie-form",
    ),
    ev(
        "goodtime-panel",
        "goodtime-evt-2d9c18a7e40f4e1b@goodtime.io",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Zurich%%
BEGIN:VEVENT
UID:goodtime-evt-2d9c18a7e40f4e1b@goodtime.io
DTSTAMP:20261103T170500Z
DTSTART;TZID=Europe/Zurich:20261110T140000
DTEND;TZID=Europe/Zurich:20261110T163000
SUMMARY:InterContinental Genève – Director of Revenue – On-site panel (Chia
 ra Romano)
DESCRIPTION:Itinerary\n14:00 Jean-Marc Favre\, General Manager\n14:45 Sophi
 e Lambert\, Director of Sales & Marketing\n15:30 Karim Haddad\, Area Direc
 tor of Revenue Switzerland\n16:15 Hotel walk with HR\n\nAddress: Chemin du
  Petit-Saconnex 7-9\, 1209 Genève. Please ask for Human Resources at the fro
 nt desk.\n\nScheduled with GoodTime on behalf of IHG Hotels & Resorts.
LOCATION:InterContinental Genève\, Chemin du Petit-Saconnex 7-9\, 1209 Genè
 ve
ORGANIZER;CN=IHG Interview Scheduling:mailto:scheduling@ihg.goodtime.io
ATTENDEE;CN=Jean-Marc Favre:mailto:jean-marc.favre@ihg.com
ATTENDEE;CN=Sophie Lambert:mailto:sophie.lambert@ihg.com
ATTENDEE;CN=Karim Haddad:mailto:karim.haddad@ihg.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="InterContinental Genève",
        role="Director of Revenue",
        stage="onsite",
        interviewers="jean-marc.favre@ihg.com;sophie.lambert@ihg.com;karim.haddad@ihg.com",
        trap="goodtime-onsite-itinerary",
    ),
    ev(
        "modernloop-loop",
        "ml-5f1e0c2a-loop-rosewood-01@modernloop.io",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Candidate Itinerary//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-5f1e0c2a-loop-rosewood-01@modernloop.io
DTSTAMP:20261110T120000Z
DTSTART:20261117T100000Z
DTEND:20261117T113000Z
SUMMARY:Rosewood Munich | Director of Revenue Management | Conversation wit
 h Hotel Manager & Regional Commercial Director
DESCRIPTION:Candidate: Chiara Romano\nInterviewers: Felix Aumann (Hotel Man
 ager)\, Priya Nair (Regional Director of Commercial Strategy\, Europe)\n\nM
 S Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzI5\n\nSc
 heduled by ModernLoop
LOCATION:Microsoft Teams
ORGANIZER;CN=Rosewood Talent:mailto:talent@rosewoodhotels.com
ATTENDEE;CN=Felix Aumann:mailto:felix.aumann@rosewoodhotels.com
ATTENDEE;CN=Priya Nair:mailto:priya.nair@rosewoodhotels.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Rosewood Munich",
        role="Director of Revenue Management",
        stage="hiring_manager",
        interviewers="felix.aumann@rosewoodhotels.com;priya.nair@rosewoodhotels.com",
        trap="modernloop-conversation-not-interview",
    ),
    ev(
        "hirevue-live",
        "hv-live-8821934-hilton-emea@hirevue.com",
        r"""BEGIN:VCALENDAR
PRODID:-//HireVue//Live Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hv-live-8821934-hilton-emea@hirevue.com
DTSTAMP:20261104T160000Z
DTSTART:20261111T150000Z
DTEND:20261111T154500Z
SUMMARY:HireVue Live Interview – Hilton – Director of Revenue Management\,
  Hilton Vienna Park
DESCRIPTION:Hello Chiara\,\n\nYou have been scheduled for a live video inte
 rview with Markus Steindl.\n\nJoin from a laptop with Chrome: https://app.h
 irevue.com/live/join/8821934\nTest your device beforehand.\n\nHilton – Be
  Hospitable.
LOCATION:HireVue
ORGANIZER;CN=Hilton Recruiting:mailto:no-reply@hirevue.com
ATTENDEE;CN=Markus Steindl:mailto:markus.steindl@hilton.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Hilton",
        role="Director of Revenue Management",
        stage="",
        interviewers="markus.steindl@hilton.com",
        trap="hirevue-live-video",
    ),
]
