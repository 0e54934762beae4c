# ruff: noqa: E501, W291
"""holdout150 events: ATS / scheduler invites from SSC employers (Greenhouse, GoodTime, Cal.com, Workday,
SmartRecruiters, Outlook reschedule)."""

from holdout150ev_tz import CEST_WIN, WAW

EVENTS = [
    dict(
        kind="greenhouse-recruiter-call",
        uid="greenhouse-interview-4418270003-7719@greenhouse.io",
        iv=1, company="Amberline", role="Senior FP&A Manager", stage="recruiter_screen",
        who="zuzanna.lis@amberline.com", trap="greenhouse-recruiter-call-zoom",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
UID:greenhouse-interview-4418270003-7719@greenhouse.io
DTSTAMP:20250224T094312Z
DTSTART;TZID=Europe/Warsaw:20250227T120000
DTEND;TZID=Europe/Warsaw:20250227T123000
SUMMARY:Recruiter Call: Katarzyna Nowak for Senior FP&A Manager
ORGANIZER;CN=Zuzanna Lis:mailto:zuzanna.lis@amberline.com
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Zuzanna Lis;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:zuzanna.lis@amberline.com
LOCATION:https://amberline.zoom.us/j/93310448201
DESCRIPTION:Hi Katarzyna\\,\\n\\nThanks for applying to Amberline Technologie
 s! This is a 30-minute call with Zuzanna Lis (Senior Talent Partner) to ta
 lk about the Senior FP&A Manager role in our Kraków hub.\\n\\nZoom: https://
 amberline.zoom.us/j/93310448201\\nMeeting ID: 933 1044 8201\\nOne tap mobile
 : +48223987356\\,\\,93310448201# Poland\\n\\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-hm-interview",
        uid="gt-evt-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d@goodtime.io",
        iv=1, company="Amberline", role="Senior FP&A Manager", stage="hiring_manager",
        who="greg.thornton@amberline.com", trap="goodtime-coordinator-sends-hiring-manager-round",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d@goodtime.io
DTSTAMP:20250305T150011Z
DTSTART:20250311T150000Z
DTEND:20250311T154500Z
SUMMARY:Amberline Technologies Interview - Senior FP&A Manager
ORGANIZER;CN=Amberline Interview Scheduling:mailto:scheduling@amberline.goodtime.io
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Greg Thornton;ROLE=REQ-PARTICIPANT:mailto:greg.thornton@amberline.com
ATTENDEE;CN=Hanna Bielecka (Coordinator);ROLE=NON-PARTICIPANT:mailto:hanna.bielecka@amberline.com
LOCATION:Zoom - https://amberline.zoom.us/j/91875520044
DESCRIPTION:Hello Katarzyna\\,\\n\\nYour interview has been scheduled.\\n\\nW
 ith: Greg Thornton - Director\\, FP&A (hiring manager\\, based in Austin TX)
 \\nWhen: Tuesday\\, March 11\\, 4:00 PM - 4:45 PM CET\\n\\nPlease join here: 
 https://amberline.zoom.us/j/91875520044\\n\\nNeed to reschedule? Reply to t
 his e-mail and Hanna\\, your coordinator\\, will help.\\n\\nScheduled via Good
 Time
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-onsite-loop",
        uid="greenhouse-interview-4418270003-8102@greenhouse.io",
        iv=1, company="Amberline", role="Senior FP&A Manager", stage="onsite",
        who="weronika.duda@amberline.com;adam.stec@amberline.com;greg.thornton@amberline.com",
        trap="greenhouse-onsite-loop-in-krakow-office-with-remote-hm",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
UID:greenhouse-interview-4418270003-8102@greenhouse.io
DTSTAMP:20250318T082005Z
DTSTART;TZID=Europe/Warsaw:20250325T130000
DTEND;TZID=Europe/Warsaw:20250325T160000
SUMMARY:Onsite Interview: Katarzyna Nowak - Senior FP&A Manager (Kraków)
ORGANIZER;CN=Zuzanna Lis:mailto:zuzanna.lis@amberline.com
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Weronika Duda;ROLE=REQ-PARTICIPANT:mailto:weronika.duda@amberline.com
ATTENDEE;CN=Adam Stec;ROLE=REQ-PARTICIPANT:mailto:adam.stec@amberline.com
ATTENDEE;CN=Greg Thornton;ROLE=REQ-PARTICIPANT:mailto:greg.thornton@amberline.com
ATTENDEE;CUTYPE=ROOM;CN=KRK-6-Kazimierz (10);ROLE=NON-PARTICIPANT:mailto:c_188d2kr6ks@resource.calendar.google.com
LOCATION:Amberline Kraków\\, Fabryczna Office Park\\, ul. Fabryczna 20A\\, 6th floor
DESCRIPTION:Hi Katarzyna\\,\\n\\nHere is your onsite agenda:\\n\\n13:00 - 14:0
 0  Modelling exercise review with Weronika Duda (FP&A Manager)\\n14:00 - 14
 :45  Business partnering with Adam Stec (Controller\\, EMEA)\\n15:00 - 16:00
   Wrap-up with Greg Thornton (Director FP&A) - on Zoom from Austin\\n\\nPleas
 e ask for Zuzanna at reception.\\n\\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-cancelled",
        uid="calcom-booking-q7Lk2mVt9XbR4sZe",
        iv=1, company="Quantiva", role="Head of Finance Operations", stage="hiring_manager",
        who="tomek@quantiva.io", trap="calcom-cancelled-interview-method-cancel",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:CANCEL
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-booking-q7Lk2mVt9XbR4sZe
DTSTAMP:20250409T064855Z
DTSTART:20250410T100000Z
DTEND:20250410T104500Z
SUMMARY:Cancelled: Head of Finance Ops - interview with Tomek (Quantiva) between Tomasz Górecki and Katarzyna Nowak
ORGANIZER;CN=Tomasz Górecki:mailto:tomek@quantiva.io
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:kasia.nowak.fin@wp.pl
LOCATION:https://app.cal.com/video/q7Lk2mVt9XbR4sZe
DESCRIPTION:This event has been cancelled.\\n\\nReason: Sorry Katarzyna - w
 e have paused this hire until after our Series B closes. I'll be in touch. 
 - Tomek\\n\\nWhat: Head of Finance Ops - interview with Tomek (Quantiva)\\nWh
 o: Tomasz Górecki - Organizer\\, Katarzyna Nowak\\n
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-hm-interview",
        uid="WD-INT-HF-JR109352-774033@myworkday.com",
        iv=1, company="Harbor & Finch", role="Finance Manager - Record to Report (Kraków)", stage="hiring_manager",
        who="e.sutherland@harborfinch.com", trap="workday-interview-window-ampersand-company",
        ics="""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-HF-JR109352-774033@myworkday.com
DTSTAMP:20250415T131102Z
DTSTART:20250423T090000Z
DTEND:20250423T100000Z
SUMMARY:Interview - Finance Manager - Record to Report (Kraków) - JR109352
ORGANIZER;CN=Harbor & Finch Talent Acquisition:mailto:harborfinch@myworkday.com
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Eilidh Sutherland;ROLE=REQ-PARTICIPANT:mailto:E.Sutherland@harborfinch.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Interview Details\\n\\nCandidate: Katarzyna Nowak\\nJob Requisit
 ion: JR109352 Finance Manager - Record to Report (Kraków)\\nInterview Type: 
 Hiring Manager\\nInterviewers: Eilidh Sutherland (Head of R2R\\, Edinburgh)\\n
 Start: 23/04/2025 11:00 CEST\\n\\nJoin: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_NDAyMTZm@thread.v2/0\\n\\nHarbor & Finch Insurance Group
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-bank-original",
        uid="040000008200E00074C5B7101A82E00800000000307F1A2B3CA7DB01000000000000000010000000BEEF0042CAFE1337D00D4B1D5EED0A11",
        iv=1, company="Castellan Bank", role="Financial Controller - GBS Wrocław", stage="technical",
        who="bartosz.michalski@castellanbank.com", trap="outlook-technical-round-original-sequence-0",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Michalski, Bartosz";SENT-BY="mailto:gbs.recruitment.wro@castellanbank.com":mailto:bartosz.michalski@castellanbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=en-GB:Dear Katarzyna\\,\\n\\nPlease find below the invitation for the technical interview for the Financial Controller position (GBS Wrocław). The discussion will cover IFRS 9 basics\\, intercompany reconciliations\\, balance-sheet substantiation and a short Excel exercise shared on screen.\\n\\nInterviewer: Bartosz Michalski\\, Head of Financial Control\\n\\nRegards\\,\\nGBS Recruitment Team Wrocław\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODc4Yjlk@thread.v2/0>\\nMeeting ID: 310 992 447 805\\nPasscode: 7HxkQ2\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000307F1A2B3CA7DB01000000000000000010000000BEEF0042CAFE1337D00D4B1D5EED0A11
SUMMARY;LANGUAGE=en-GB:Technical interview | Financial Controller | K. Nowak
DTSTART;TZID=Central European Standard Time:20250407T160000
DTEND;TZID=Central European Standard Time:20250407T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T091240Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-bank-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000307F1A2B3CA7DB01000000000000000010000000BEEF0042CAFE1337D00D4B1D5EED0A11",
        iv=1, company="Castellan Bank", role="Financial Controller - GBS Wrocław", stage="technical",
        who="bartosz.michalski@castellanbank.com", trap="outlook-rescheduled-same-uid-higher-sequence",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Michalski, Bartosz";SENT-BY="mailto:gbs.recruitment.wro@castellanbank.com":mailto:bartosz.michalski@castellanbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=en-GB:Dear Katarzyna\\,\\n\\nApologies - Bartosz has a clash with the quarter-end committee\\, so we have moved the technical interview to Thursday. Everything else stays the same.\\n\\nRegards\\,\\nGBS Recruitment Team Wrocław\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODc4Yjlk@thread.v2/0>\\nMeeting ID: 310 992 447 805\\nPasscode: 7HxkQ2\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000307F1A2B3CA7DB01000000000000000010000000BEEF0042CAFE1337D00D4B1D5EED0A11
SUMMARY;LANGUAGE=en-GB:Technical interview | Financial Controller | K. Nowak (NEW TIME)
DTSTART;TZID=Central European Standard Time:20250410T083000
DTEND;TZID=Central European Standard Time:20250410T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T134501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-video",
        uid="sr-interview-6c1d0b82a7f94e3e9d55a1b0c2e7f318",
        iv=1, company="Veltro Automotive", role="Plant Controller (Tychy)", stage="",
        who="giulia.conti@veltro-auto.com;robert.pietrzak@veltro-auto.com",
        trap="smartrecruiters-video-interview-plant-controller",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6c1d0b82a7f94e3e9d55a1b0c2e7f318
DTSTAMP:20250428T112233Z
DTSTART:20250506T070000Z
DTEND:20250506T080000Z
SUMMARY:Video Interview with Veltro Automotive - Plant Controller (Tychy)
ORGANIZER;CN=Veltro Automotive:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Giulia Conti:mailto:giulia.conti@veltro-auto.com
ATTENDEE;CN=Robert Pietrzak:mailto:robert.pietrzak@veltro-auto.com
LOCATION:Video call
DESCRIPTION:Hi Katarzyna\\,\\n\\nYour interview for Plant Controller (Tychy) 
 is confirmed.\\n\\nInterview team:\\n- Giulia Conti\\, CFO Poland\\n- Robert P
 ietrzak\\, Plant Manager Tychy\\n\\nVideo link: https://veltro.webex.com/meet
 /giulia.conti\\n\\nGood luck!\\nVeltro Automotive Talent Team\\n\\nSent via Sm
 artRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
