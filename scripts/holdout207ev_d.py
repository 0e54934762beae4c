# ruff: noqa: E501
"""holdout207 events, part d: developers and vessel operators via scheduling tools."""

from holdout207ev_tz import LONDON, W_EUROPE

EVENTS = [
    dict(
        kind="scheduler-invite", eol="crlf", uid="gt-9f7a3c21-55e0-4b8e-8d1c-0e6b2a4f7c93@goodtime.io",
        is_interview=1, company="Inch Cape Offshore", role="HSE Manager - Operations", stage="onsite",
        interviewers="Ross McLean;Teresa O'Neill;Stuart Baird", trap="goodtime-onsite-loop-three-sessions",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:gt-9f7a3c21-55e0-4b8e-8d1c-0e6b2a4f7c93@goodtime.io
DTSTAMP:20250513T102044Z
DTSTART;TZID=Europe/London:20250523T090000
DTEND;TZID=Europe/London:20250523T121500
SUMMARY:Onsite Interview: Fiona Mackenzie - HSE Manager - Operations (Inch Cape)
DESCRIPTION:Hi Fiona\,\n\nHere is your interview schedule at our Leith offic
 e (5th Floor\, 40 Ocean Drive\, Edinburgh EH6 6JQ).\n\n09:00 - 09:45  Ross M
 cLean\, Operations Director\n09:50 - 10:35  Teresa O'Neill\, Head of HSE\n1
 0:45 - 11:30  Stuart Baird\, Marine Coordination Lead\n11:30 - 12:15  Tour o
 f the Marine Coordination Centre\n\nPlease let the coordinator know about an
 y accessibility needs.\n\nScheduled with GoodTime on behalf of Inch Cape Off
 shore Ltd.
LOCATION:40 Ocean Drive\, Edinburgh EH6 6JQ
ORGANIZER;CN=Kerry Laing (Recruitment Coordinator):mailto:careers@inchcapewind.com
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:fiona.mackenzie.hse@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-invite", eol="crlf", uid="040000008200E00074C5B7101A82E0080000000011B0C2D3E486DB0100000000000000001000000055A4B3C2D1E0F9E8D7C6B5A4F3E2D1C0",
        is_interview=1, company="Moray Offshore Windfarm (East)", role="Senior HSE Advisor", stage="recruiter_screen",
        interviewers="Morven Stewart", trap="microsoft-bookings-candidate-self-booked-screen",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN=Moray East Recruitment:mailto:MorayEastRecruitment@moraywest.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fiona Mackenzie:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed.\n\nService: Senior HSE
  Advisor - telephone interview (30 min)\nStaff: Morven Stewart\n\nWe'll cal
 l you on 07700900417.\n\nNeed to make changes? Manage booking: https://outl
 ook.office365.com/owa/calendar/MorayEastRecruitment@moraywest.onmicrosoft.
 com/bookings/\n\nMoray Offshore Windfarm (East) Limited\, Buckie
SUMMARY;LANGUAGE=en-GB:Senior HSE Advisor - telephone interview (30 min)
DTSTART;TZID=Europe/London:20250226T150000
DTEND;TZID=Europe/London:20250226T153000
UID:040000008200E00074C5B7101A82E0080000000011B0C2D3E486DB0100000000000000001000000055A4B3C2D1E0F9E8D7C6B5A4F3E2D1C0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T210311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="lf", uid="personio-ev-7721384-red-rock-power@personio.de",
        is_interview=1, company="Red Rock Power", role="HSE Manager", stage="hiring_manager",
        interviewers="calum.rae@redrockpower.co.uk", trap="personio-video-interview-uk-english",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:personio-ev-7721384-red-rock-power@personio.de
DTSTAMP:20250217T151203Z
DTSTART;TZID=Europe/London:20250224T140000
DTEND;TZID=Europe/London:20250224T145000
SUMMARY:Video interview: Red Rock Power - HSE Manager
DESCRIPTION:Dear Fiona\,\n\nthank you for your interest in Red Rock Power. C
 alum Rae (Asset Manager\, Beatrice & Inch Cape interface) would like to mee
 t you by video.\n\nLink: https://meet.google.com/bcu-tnqk-zpe\n\nBest regar
 ds\nRed Rock Power People Team
ORGANIZER;CN=Red Rock Power:mailto:jobs@redrockpower.jobs.personio.de
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Calum Rae;PARTSTAT=ACCEPTED:mailto:calum.rae@redrockpower.co.uk
LOCATION:https://meet.google.com/bcu-tnqk-zpe
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="gcal-invite", eol="crlf", uid="lever-7e2d0c14-8a31-4f7e-b6d2-19c0a5e3f884@lever.co",
        is_interview=1, company="Northland Power", role="HSE Manager, Offshore Operations (UK)", stage="recruiter_screen",
        interviewers="jenna.kowalski@northlandpower.com", trap="lever-google-meet-toronto-recruiter",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250513T150000Z
DTEND:20250513T153000Z
DTSTAMP:20250508T182209Z
ORGANIZER;CN=Jenna Kowalski:mailto:jenna.kowalski@northlandpower.com
UID:lever-7e2d0c14-8a31-4f7e-b6d2-19c0a5e3f884@lever.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jenna Kowalski;X-NUM-GUESTS=0:mailto:jenna.kowalski@northlandpower.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION:Hi Fiona\,<br><br>Thanks for making time - this is a 30 min int
 ro call for the HSE Manager\, Offshore Operations (UK) role. I'm in Toron
 to so this is my morning!<br><br>Jenna<br><br>Interview scheduled via Leve
 r<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: https://meet.google.com/fsw-qrmo-dxe<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona Mackenzie / Northland Power - Recruiter Screen
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/fsw-qrmo-dxe
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000CC1D2E3F4A93DB01000000000000000010000000112233445566778899AABBCCDDEEFF00",
        is_interview=1, company="Fred. Olsen Seawind", role="HSE Manager UK", stage="hiring_manager",
        interviewers="kari.haugen@fredolsen.no", trap="norwegian-outlook-w-europe-teams-hse-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Kari Haugen:mailto:kari.haugen@fredolsen.no
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=nb-NO:Hi Fiona\, thank you for your application - I lo
 ok forward to talking to you about the HSE Manager UK position. Oslo time
  09:00 = 08:00 in Aberdeen.\nKari Haugen\, VP HSSEQ\n\n________________________________________________________________________________\nMicrosoft Teams-møte\nBli med på datamaskinen\, mobilappen eller romenheten\nKlikk her for å bli med i m
 øtet<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE1OTEz>\nMøte
 -ID: 331 470 882 065\nPassord: Lk8tW5\n
SUMMARY;LANGUAGE=nb-NO:HSE Manager UK - Fiona Mackenzie
DTSTART;TZID=W. Europe Standard Time:20250319T090000
DTEND;TZID=W. Europe Standard Time:20250319T100000
UID:040000008200E00074C5B7101A82E00800000000CC1D2E3F4A93DB01000000000000000010000000112233445566778899AABBCCDDEEFF00
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T075501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nb-NO:Microsoft Teams-møte
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calendly-booking", eol="crlf", uid="5b0c44a1-7f1e-4d62-9a3c-2e8f6d1b0a97@calendly.com",
        is_interview=1, company="Mainstream Renewable Power", role="HSE Manager - Offshore", stage="recruiter_screen",
        interviewers="siobhan.keane@mainstreamrp.com", trap="calendly-user-booked-screening-slot",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5b0c44a1-7f1e-4d62-9a3c-2e8f6d1b0a97@calendly.com
DTSTAMP:20250410T201533Z
DTSTART:20250416T100000Z
DTEND:20250416T103000Z
SUMMARY:Fiona Mackenzie and Siobhan Keane
DESCRIPTION:Event Name: Mainstream - HSE Manager (Offshore) - Initial Scree
 ning\n\nLocation: This is a Microsoft Teams web conference. You can join t
 his meeting from your computer\, tablet\, or smartphone.\nhttps://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_MmZlYjc0\n\nNeed to make changes to t
 his event?\nCancel: https://calendly.com/cancellations/5b0c44a1\nReschedule
 : https://calendly.com/reschedulings/5b0c44a1\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Siobhan Keane:mailto:siobhan.keane@mainstreamrp.com
ATTENDEE;CN=Fiona Mackenzie;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Siobhan Keane;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:siobhan.keane@mainstreamrp.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="ashby-interview-01JQ3W7K9X2T5N8B4R6M0C1D2E@ashbyhq.com",
        is_interview=1, company="Corio Generation", role="HSE Manager - Offshore Construction", stage="hiring_manager",
        interviewers="tom.whitfield@coriogen.com", trap="ashby-google-meet-hiring-manager-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-01JQ3W7K9X2T5N8B4R6M0C1D2E@ashbyhq.com
DTSTAMP:20250408T092201Z
DTSTART:20250422T090000Z
DTEND:20250422T100000Z
SUMMARY:Fiona Mackenzie - Hiring Manager Interview - HSE Manager - Offshore Construction (Corio)
DESCRIPTION:Hi Fiona\,\n\nYour interview with Corio Generation is confirmed.\n
 \nTom Whitfield - Head of HSE\n60 minutes\n\nJoin Google Meet: https://meet
 .google.com/ozn-wkfe-ubv\n\nIf you need to reschedule\, reply to the recrui
 ter who contacted you.\n\nSent via Ashby
LOCATION:https://meet.google.com/ozn-wkfe-ubv
ORGANIZER;CN=Corio Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Tom Whitfield:mailto:tom.whitfield@coriogen.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calcom-booking", eol="lf", uid="calcom-8qf2Hk3LmN9pRtX5@cal.com",
        is_interview=1, company="Principle Power", role="HSE Manager - Floating Wind", stage="technical",
        interviewers="joana.ferreira@principlepower.com", trap="calcom-technical-conversation-floating-wind",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8qf2Hk3LmN9pRtX5@cal.com
DTSTAMP:20250417T111500Z
DTSTART:20250424T150000Z
DTEND:20250424T160000Z
SUMMARY:Technical conversation - HSE Manager Floating Wind between Joana Ferreira and Fiona Mackenzie
DESCRIPTION:What: Technical conversation - HSE Manager Floating Wind\nInvit
 ee time zone: Europe/London\nWho:\n- Joana Ferreira - Organizer\n- Fiona Ma
 ckenzie\nWhere: Cal Video https://app.cal.com/video/8qf2Hk3LmN9pRtX5\n\nAddit
 ional notes: Mooring and tow-out HSE\, marine ops\, and a walk-through of a
 n incident investigation you led.
LOCATION:https://app.cal.com/video/8qf2Hk3LmN9pRtX5
ORGANIZER;CN=Joana Ferreira:mailto:joana.ferreira@principlepower.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:fiona.mackenzie.hse@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-invite", eol="crlf", uid="ZOOM83922051764@zoom.us",
        is_interview=1, company="Bibby Marine", role="Fleet HSE Manager", stage="",
        interviewers="Andrew Pilling", trap="zoom-generated-ics-interview-in-topic",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
DTSTAMP:20250211T161254Z
DTSTART;TZID=Europe/London:20250217T100000
DTEND;TZID=Europe/London:20250217T110000
SUMMARY:Bibby Marine - Fleet HSE Manager interview - Fiona Mackenzie
UID:ZOOM83922051764@zoom.us
TZID:Europe/London
DESCRIPTION:Andrew Pilling is inviting you to a scheduled Zoom meeting.\n\nJ
 oin Zoom Meeting\nhttps://bibbymarine.zoom.us/j/83922051764?pwd=QkRtcVZ0dW\n
 \nMeeting ID: 839 2205 1764\nPasscode: 551920\n\n---\n\nOne tap mobile\n+442
 034815240\,\,83922051764#\,\,\,\,*551920# United Kingdom\n
LOCATION:https://bibbymarine.zoom.us/j/83922051764?pwd=QkRtcVZ0dW
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="wkbl-cwind-1a2b3c4d5e6f-interview@workable.com",
        is_interview=1, company="CWind", role="HSE Manager", stage="hiring_manager",
        interviewers="lee.harrison@cwind.global", trap="workable-phone-interview-operations-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wkbl-cwind-1a2b3c4d5e6f-interview@workable.com
DTSTAMP:20250214T084410Z
DTSTART:20250220T110000Z
DTEND:20250220T114500Z
SUMMARY:Phone interview: HSE Manager at CWind
DESCRIPTION:Fiona Mackenzie\, you have a phone interview with Lee Harrison (O
 perations Director) from CWind.\n\nLee will call you on +447700900417.\n\nP
 owered by Workable
ORGANIZER;CN=CWind:mailto:notifications@workablemail.com
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Lee Harrison:mailto:lee.harrison@cwind.global
LOCATION:Phone call
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
