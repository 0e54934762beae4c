# ruff: noqa: E501
"""holdout175: multi-round processes (sovereign fund, two corp-dev teams, a German corporate)."""
from holdout175ev_tz import ev

EVENTS = [
    ev("hirevue-live", "hv-live-5530981-ania@hirevue.com",
       1, "Al Noor Investment Authority", "Associate, Private Equity Department", "recruiter_screen",
       "fatima.alhashimi@ania.ae", "hirevue-live-video-interview-sovereign-fund", r"""BEGIN:VCALENDAR
PRODID:-//HireVue//HireVue Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hv-live-5530981-ania@hirevue.com
DTSTAMP:20251112T064211Z
DTSTART:20251118T140000Z
DTEND:20251118T143000Z
SUMMARY:Al Noor Investment Authority - Live Video Interview
ORGANIZER;CN=Al Noor Investment Authority via HireVue:mailto:noreply@hirevue.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Fatima Al Hashimi;PARTSTAT=ACCEPTED:mailto:fatima.alhashimi@ania.ae
DESCRIPTION:Dear Daniel\,\n\nYour live video interview for the position of Associate\, Private Equity Department has been scheduled.\n\nInterviewer: Fatima Al Hashimi\, Talent Acquisition\n\nJoin your interview: https://app.hirevue.com/interviews/live/5530981/join?token=dG9rZW4tNTUz\n\nWe recommend using Google Chrome and testing your camera and microphone at least 15 minutes before your interview. This interview may be recorded for evaluation purposes.\n\nThis is an automated message from HireVue on behalf of Al Noor Investment Authority.
LOCATION:HireVue Live
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("webex-case", "5d1c0b7e8a1f4e3b9c2d@ania.ae",
       1, "Al Noor Investment Authority", "Associate, Private Equity Department", "technical",
       "khalid.mansoori@ania.ae;james.whitford@ania.ae", "webex-case-interview-dubai-zone", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@TZ Arabian Standard Time@@
BEGIN:VEVENT
ATTENDEE;CN="Daniel Okafor";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN="Khalid Al Mansoori";ROLE=REQ-PARTICIPANT:mailto:khalid.mansoori@ania.ae
ATTENDEE;CN="James Whitford";ROLE=REQ-PARTICIPANT:mailto:james.whitford@ania.ae
CLASS:PUBLIC
CREATED:20251126T091500Z
DESCRIPTION:Dear Daniel\,\n\nFurther to your conversation with Fatima\, please find below the invitation for the second interview (case discussion) with Khalid Al Mansoori (Senior Investment Manager) and James Whitford (Investment Manager). You will receive a short case by email one hour before the call.\n\nBest regards\,\nMaryam Al Suwaidi\nHuman Capital | Al Noor Investment Authority\n\n-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\nhttps://ania.webex.com/ania/j.php?MTID=m6f0e3b2a\nMeeting number (access code): 2634 119 0487\nMeeting password: Case2025\n\nJoin by phone\n+971-4-510-2227 UAE Toll\n+1-408-418-9388 United States Toll\n
DTEND;TZID="Arabian Standard Time":20251203T180000
DTSTAMP:20251126T091500Z
DTSTART;TZID="Arabian Standard Time":20251203T170000
LAST-MODIFIED:20251126T091500Z
LOCATION:Webex
ORGANIZER;CN="Maryam Al Suwaidi":mailto:maryam.alsuwaidi@ania.ae
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Second Interview - Daniel Okafor - PE Associate
TRANSP:OPAQUE
UID:5d1c0b7e8a1f4e3b9c2d@ania.ae
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("panel-abu-dhabi", "ania-final-panel-okafor@ania.ae",
       1, "Al Noor Investment Authority", "Associate, Private Equity Department", "final",
       "Saeed Al Nuaimi;Khalid Al Mansoori;Helen Cordray",
       "final-panel-abu-dhabi-all-names-no-addresses", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ Asia/Dubai@@
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20260113T100000
DTEND;TZID=Asia/Dubai:20260113T140000
DTSTAMP:20251220T150212Z
UID:ania-final-panel-okafor@ania.ae
DESCRIPTION:Final interviews - Al Noor Investment Authority HQ\, Al Maryah Island\, Abu Dhabi\n\n10:00 Panel: Saeed Al Nuaimi (Executive Director\, Private Equity)\, Khalid Al Mansoori\, Helen Cordray (Head of Portfolio Management)\n11:30 Lunch with the team\n13:00 HR - relocation\, package overview\n\nFlights (EK 202 JFK-DXB) and hotel (Rosewood Abu Dhabi\, 2 nights) booked by ANIA travel. Driver will meet you at arrivals. Business attire.
LOCATION:ANIA Tower\, Al Maryah Island\, Abu Dhabi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ANIA final round - Abu Dhabi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-phone", "WD-ORD-6641039-HALVORSEN-2025@myworkday.com",
       1, "Halvorsen Industries", "Senior Associate, Corporate Development", "recruiter_screen",
       "Megan Stolz", "workday-phone-screen-chicago-zone", r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Chicago@@
BEGIN:VEVENT
UID:WD-ORD-6641039-HALVORSEN-2025@myworkday.com
DTSTAMP:20251203T172309Z
DTSTART;TZID=America/Chicago:20251209T120000
DTEND;TZID=America/Chicago:20251209T123000
SUMMARY:Phone Interview - Senior Associate\, Corporate Development (R-0038812)
ORGANIZER;CN=Halvorsen Talent Acquisition:mailto:halvorsen@myworkday.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Candidate: Daniel Okafor\nJob Requisition: R-0038812 Senior Associate\, Corporate Development\nInterview Type: Phone\nInterviewer(s): Megan Stolz\, Senior Talent Acquisition Partner\n\nMegan will call you at the number on your application (+1 917-555-0133).\n\nTo request a change\, please reply to your recruiter. Do not reply to this message.\n\nHalvorsen Industries\, Inc. | 333 W Wacker Dr\, Chicago IL
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("hiring-manager", "040000008200E00074C5B7101A82E00800000000B1A2F70C1E6FDB01000000000000000010000000C3D9E8F7A6B5C4D3E2F1",
       1, "Halvorsen Industries", "Senior Associate, Corporate Development", "hiring_manager",
       "grant.lindqvist@halvorsen.com", "outlook-central-zone-hiring-manager-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Central Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Grant";SENT-BY="mailto:tanya.ortiz@halvorsen.com":mailto:grant.lindqvist@halvorsen.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Okafor:mailto:dan.okafor.ny@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Stolz, Megan":mailto:megan.stolz@halvorsen.com
DESCRIPTION;LANGUAGE=en-US:Grant Lindqvist (VP\, Corporate Development & Strategy) would like to connect with you regarding the Senior Associate role on his team.\n\nTanya Ortiz | Executive Assistant to Grant Lindqvist\n\n________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg1M2Rk%40thread.v2/0>\nMeeting ID: 219 604 337 215\nPasscode: p9Gh2s\n________________________________________________________________________________\nDial in by phone\n+1 312-626-6799\,\,770214553# United States\, Chicago\n
UID:040000008200E00074C5B7101A82E00800000000B1A2F70C1E6FDB01000000000000000010000000C3D9E8F7A6B5C4D3E2F1
SUMMARY;LANGUAGE=en-US:Daniel Okafor / Grant Lindqvist
DTSTART;TZID=Central Standard Time:20260107T150000
DTEND;TZID=Central Standard Time:20260107T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251216T195003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("onsite-chicago", "WD-ORD-6702218-HALVORSEN-2026@myworkday.com",
       1, "Halvorsen Industries", "Senior Associate, Corporate Development", "onsite",
       "grant.lindqvist@halvorsen.com;ravi.sethuraman@halvorsen.com;colleen.byrne@halvorsen.com",
       "workday-onsite-schedule-chicago", r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Chicago@@
BEGIN:VEVENT
UID:WD-ORD-6702218-HALVORSEN-2026@myworkday.com
DTSTAMP:20260112T161144Z
DTSTART;TZID=America/Chicago:20260122T090000
DTEND;TZID=America/Chicago:20260122T123000
SUMMARY:Onsite Interview - Senior Associate\, Corporate Development (R-0038812)
ORGANIZER;CN=Halvorsen Talent Acquisition:mailto:halvorsen@myworkday.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Grant Lindqvist;PARTSTAT=ACCEPTED:mailto:grant.lindqvist@halvorsen.com
ATTENDEE;CN=Ravi Sethuraman;PARTSTAT=ACCEPTED:mailto:ravi.sethuraman@halvorsen.com
ATTENDEE;CN=Colleen Byrne;PARTSTAT=ACCEPTED:mailto:colleen.byrne@halvorsen.com
ATTENDEE;CUTYPE=ROOM;CN=CHI-HQ-28-Lakeview;PARTSTAT=ACCEPTED:mailto:chi-hq-28-lakeview@halvorsen.com
DESCRIPTION:Candidate: Daniel Okafor\nInterview Type: Onsite\n\n9:00 AM  Grant Lindqvist\, VP Corporate Development\n9:45 AM  Ravi Sethuraman\, Director\, Corporate Development - acquisition case\n10:45 AM Colleen Byrne\, CFO\, Flow Control Division\n11:30 AM Lunch with the team\n\nCheck in at the 28th floor reception\, 333 W Wacker Dr. Travel is booked through Egencia\; please keep receipts for incidentals.
LOCATION:333 W Wacker Dr\, Chicago\, IL - 28th Floor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("recruiter-screen", "7f41e0a2-brightlane-gh-18874512@brightlane.com",
       1, "Brightlane", "Corporate Development Associate", "recruiter_screen",
       "nkhoury@brightlane.com", "greenhouse-google-meet-recruiter-screen", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260112T183000Z
DTEND:20260112T190000Z
DTSTAMP:20260107T220145Z
ORGANIZER;CN=Nadia Khoury:mailto:nkhoury@brightlane.com
UID:7f41e0a2-brightlane-gh-18874512@brightlane.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Khoury;X-NUM-GUESTS=0:mailto:nkhoury@brightlane.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dan.okafor.ny@gmail.com;X-NUM-GUESTS=0:mailto:dan.okafor.ny@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qwe-hzkr-pmt
DESCRIPTION:Hi Dan! Excited to chat about the Corporate Development Associate role. Please have your calendar handy so we can talk next steps.<br><br>Nadia Khoury | Technical & Strategy Recruiting | Brightlane<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: https://meet.google.com/qwe-hzkr-pmt<br>Or dial: (US) +1 929-283-1184 PIN: 502 118 774#<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dan Okafor and Nadia Khoury (Brightlane)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("goodtime-vp-chat", "goodtime-evt-1a7c33f0e2@goodtime.io",
       1, "Brightlane", "Corporate Development Associate", "hiring_manager",
       "ekim@brightlane.com", "goodtime-hiring-manager-zoom", r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-1a7c33f0e2@goodtime.io
DTSTAMP:20260114T201533Z
DTSTART:20260120T213000Z
DTEND:20260120T221500Z
SUMMARY:Brightlane Interview: Dan Okafor w/ Eric Kim
ORGANIZER;CN=Brightlane Recruiting Coordination:mailto:scheduling@brightlane.com
ATTENDEE;CN=Dan Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Eric Kim;PARTSTAT=ACCEPTED:mailto:ekim@brightlane.com
DESCRIPTION:Role: Corporate Development Associate\nInterviewer: Eric Kim\, VP Corporate Development (hiring manager)\nDuration: 45 minutes\n\nZoom: https://brightlane.zoom.us/j/84410927735?pwd=YnJpZ2h0bGFuZQ\nDial: +1 669 900 6833 / 844 1092 7735\n\nNeed to reschedule? Use this link: https://app.goodtime.io/candidate/r/1a7c33f0e2\n\nScheduled with GoodTime
LOCATION:https://brightlane.zoom.us/j/84410927735
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("modernloop-panel", "ml-int-88f2a419-brightlane@modernloop.io",
       1, "Brightlane", "Corporate Development Associate", "onsite",
       "ekim@brightlane.com;sbanerjee@brightlane.com;lwarren@brightlane.com",
       "modernloop-virtual-onsite-case-presentation", r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling 1.0//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:ml-int-88f2a419-brightlane@modernloop.io
DTSTAMP:20260128T150510Z
DTSTART;TZID=America/New_York:20260204T120000
DTEND;TZID=America/New_York:20260204T150000
SUMMARY:Brightlane - Virtual Onsite (Dan Okafor)
ORGANIZER;CN=Brightlane Recruiting:mailto:scheduling@brightlane.com
ATTENDEE;CN=Dan Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Eric Kim;PARTSTAT=ACCEPTED:mailto:ekim@brightlane.com
ATTENDEE;CN=Sonali Banerjee;PARTSTAT=ACCEPTED:mailto:sbanerjee@brightlane.com
ATTENDEE;CN=Luke Warren;PARTSTAT=ACCEPTED:mailto:lwarren@brightlane.com
DESCRIPTION:Your virtual onsite for Corporate Development Associate\n\n12:00 - 12:45  Case presentation: build-vs-buy for payments infrastructure (Eric Kim\, Sonali Banerjee)\n12:45 - 1:00   Break\n1:00 - 1:45   Sonali Banerjee\, Director Corp Dev - deal experience deep dive\n2:00 - 2:45   Luke Warren\, CFO - values & culture\n\nAll sessions on the same Zoom: https://brightlane.zoom.us/j/89023345120\n\nPlease submit your case deck to scheduling@brightlane.com by 9am ET the day of.\n\nPowered by ModernLoop
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("vorstellungsgespraech", "SF-INT-20251125-004417@vossberg.de",
       1, "Vossberg", "Manager M&A (m/w/d)", "hiring_manager",
       "katrin.hoffmeister@vossberg.de", "successfactors-german-teams-first-interview", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@@TZ W. Europe Standard Time@@
BEGIN:VEVENT
UID:SF-INT-20251125-004417@vossberg.de
DTSTAMP:20251118T094401Z
DTSTART;TZID="W. Europe Standard Time":20251125T160000
DTEND;TZID="W. Europe Standard Time":20251125T170000
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch: Manager M&A (m/w/d) - Daniel Okafor
ORGANIZER;CN=Vossberg Recruiting:mailto:recruiting@vossberg.de
ATTENDEE;CN=Daniel Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Dr. Katrin Hoffmeister;PARTSTAT=ACCEPTED:mailto:katrin.hoffmeister@vossberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Okafor\,\n\nvielen Dank für Ihr Interesse an der Position Manager M&A (m/w/d) in unserer Abteilung Corporate Development in Stuttgart. Gerne möchten wir Sie zu einem ersten Gespräch per Microsoft Teams mit Frau Dr. Katrin Hoffmeister (Leiterin M&A) einladen. Das Gespräch kann auf Englisch oder Deutsch geführt werden.\n\nMicrosoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Vm9zc2Jlcmc%40thread.v2/0\nBesprechungs-ID: 318 447 209 66\nPasscode: aB7kQ2\n\nMit freundlichen Grüßen\nIhr Vossberg Recruiting-Team\n\nVossberg AG | Heilbronner Str. 150 | 70191 Stuttgart
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("fallstudie", "SF-INT-20251211-004533@vossberg.de",
       1, "Vossberg", "Manager M&A (m/w/d)", "technical",
       "katrin.hoffmeister@vossberg.de;tobias.brandl@vossberg.de",
       "german-second-interview-case-study", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:SF-INT-20251211-004533@vossberg.de
DTSTAMP:20251202T130222Z
DTSTART;TZID=Europe/Berlin:20251211T150000
DTEND;TZID=Europe/Berlin:20251211T163000
SUMMARY;LANGUAGE=de-DE:Zweitgespräch mit Fallstudie - Manager M&A (m/w/d)
ORGANIZER;CN=Vossberg Recruiting:mailto:recruiting@vossberg.de
ATTENDEE;CN=Daniel Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Dr. Katrin Hoffmeister;PARTSTAT=ACCEPTED:mailto:katrin.hoffmeister@vossberg.de
ATTENDEE;CN=Tobias Brandl;PARTSTAT=ACCEPTED:mailto:tobias.brandl@vossberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Okafor\,\n\nwir freuen uns\, Sie zum Zweitgespräch einzuladen. Sie erhalten 48 Stunden vorher eine Fallstudie (Bewertung eines Zielunternehmens im Bereich Antriebstechnik)\, die Sie in 20 Minuten präsentieren. Anschließend Diskussion mit Frau Dr. Hoffmeister und Herrn Tobias Brandl (Senior Manager M&A).\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zndlc3Q%40thread.v2/0\n\nMit freundlichen Grüßen\nIhr Vossberg Recruiting-Team
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
