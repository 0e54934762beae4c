"""holdout179: the user's own interviews, part D (insurers, vendors, Sydney, hand-typed entries)."""

from holdout179ev_tz import ev

EVENTS = [
    ev(
        "taleo-screen-insurer", "TALEO-PCA-INT-39011-01", 1, "Pacific Crest Assurance",
        "Senior Manager, Cyber Threat Detection", "recruiter_screen", "Ms Grace Tham",
        "taleo-phone-interview-insurer",
        r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TALEO-PCA-INT-39011-01
DTSTAMP:20250221T020000Z
DTSTART:20250225T070000Z
DTEND:20250225T073000Z
SUMMARY:Phone Interview - Pacific Crest Assurance
DESCRIPTION:Requisition: 39011 - Senior Manager\, Cyber Threat Detection\nI
 nterviewer: Ms Grace Tham\, Talent Acquisition Lead\nType: Phone\nPlease e
 nsure you are reachable at your registered mobile number.
ORGANIZER;CN=Pacific Crest Careers:mailto:do-not-reply@pacificcrest.taleo.net
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-second-round", "E2B0A9C1-55D3-4F0A-8B77-1C9E4D2A6F10", 1, "Pacific Crest Assurance",
        "", "", "Alan Chua;Meera",
        "desktop-typed-2nd-round-abbrev-no-attendees",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
@@SG@@
BEGIN:VEVENT
UID:E2B0A9C1-55D3-4F0A-8B77-1C9E4D2A6F10
DTSTAMP:20250228T111500Z
CREATED:20250228T111430Z
DTSTART;TZID=Asia/Singapore:20250305T183000
DTEND;TZID=Asia/Singapore:20250305T193000
SUMMARY:PCA 2nd rd (Alan Chua + Meera)
LOCATION:Zoom - link in gmail
DESCRIPTION:after wk. Alan = head of cyber\, Meera = SOC mgr. they use Sent
 inel + Splunk. ask abt team size\, on-call\, why role open
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-phone-screen", "3F6E1D20-9A8B-4C7D-A1E2-0B9C8D7E6F5A", 1, "Kallang Private Bank",
        "", "recruiter_screen", "Joanne",
        "phone-typed-hr-call-typo-floating",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3F6E1D20-9A8B-4C7D-A1E2-0B9C8D7E6F5A
DTSTAMP:20250213T004411Z
DTSTART:20250217T123000
DTEND:20250217T130000
SUMMARY:Kallang PB - HR phone scren (Joanne)
DESCRIPTION:she'll call. VP SOC role via Avature. exp salary?? notice 2 mth
 s
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "bookings-screen", "AAMkAGI1ZTYxAegisBookings2025031809", 1, "Aegis Infosec",
        "Practice Lead, Managed Detection & Response", "recruiter_screen", "farah.idris@aegisinfosec.asia",
        "microsoft-bookings-recruiter-interview",
        r"""
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN=Aegis Infosec Careers:mailto:AegisCareers@aegisinfosec.asia
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Farah Idris:mailto:farah.idris@aegisinfosec.asia
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Recruite
 r interview - MDR Practice Lead\nStaff: Farah Idris\n\nJoin your appointme
 nt: https://teams.microsoft.com/l/meetup-join/19%3ameeting_AEG18%40thread.
 v2/0\n\nNeed to make changes? Manage your booking at outlook.office365.co
 m/book/AegisCareers@aegisinfosec.asia/\n
UID:AAMkAGI1ZTYxAegisBookings2025031809
SUMMARY;LANGUAGE=en-US:Recruiter interview - MDR Practice Lead
DTSTART;TZID=Singapore Standard Time:20250318T090000
DTEND;TZID=Singapore Standard Time:20250318T093000
DTSTAMP:20250315T130501Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "greenhouse-screen-meet", "gh-falconridge-3099128-rs", 1, "Falconridge Security",
        "Manager, Managed Detection (APJ)", "recruiter_screen", "tyler.b@falconridge.com",
        "greenhouse-recruiter-screen-utc",
        r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-falconridge-3099128-rs
DTSTAMP:20250226T230000Z
DTSTART:20250303T003000Z
DTEND:20250303T010000Z
SUMMARY:Falconridge Security - Recruiter Screen (Wei Jie Tan)
DESCRIPTION:Position: Manager\, Managed Detection (APJ)\nInterviewer: Tyler
  Brennan\, Technical Recruiter\nGoogle Meet: https://meet.google.com/frs-tyl-
 wjt\nPlease make sure to join from a quiet place.
ORGANIZER;CN=Falconridge Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Tyler Brennan:mailto:tyler.b@falconridge.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ashby-architecture", "ashby-houndstack-12ff-arch", 1, "Houndstack",
        "Security Engineering Manager", "technical", "wen.zhao@houndstack.com",
        "ashby-architecture-review-round",
        r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-houndstack-12ff-arch
DTSTAMP:20250402T160000Z
DTSTART:20250407T010000Z
DTEND:20250407T020000Z
SUMMARY:Houndstack - Architecture Review with Wen Zhao
DESCRIPTION:Security Engineering Manager - onsite round 2 of 4 (remote).\n
 Bring a past system you owned end-to-end\; we'll walk through it and stres
 s-test the design.\nZoom: https://houndstack.zoom.us/j/82200331122
ORGANIZER;CN=Houndstack Recruiting:mailto:recruiting@houndstack.com
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Wen Zhao:mailto:wen.zhao@houndstack.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "lever-final-exec", "lever-keyline-99c0de-final", 1, "Keyline Identity",
        "Detection & Response Manager", "final", "laura.kim@keyline.com",
        "lever-final-exec-conversation",
        r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
@@LA@@
BEGIN:VEVENT
UID:lever-keyline-99c0de-final
DTSTAMP:20250414T200000Z
DTSTART;TZID=America/Los_Angeles:20250416T163000
DTEND;TZID=America/Los_Angeles:20250416T171500
SUMMARY:Final conversation: Wei Jie Tan + Laura Kim (CSO)
DESCRIPTION:Hi Wei Jie - this is the last step for the Detection & Respon
 se Manager role. Laura Kim\, our Chief Security Officer\, will join from S
 an Francisco (7:30 AM your time).\nZoom: https://keyline.zoom.us/j/990011
 22334
ORGANIZER;CN=Keyline Recruiting:mailto:recruiting@keyline.com
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Laura Kim:mailto:laura.kim@keyline.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "calendly-booked", "calendly-cw-9e1f22a0b3", 1, "Cloudwhisk",
        "", "recruiter_screen", "noa.levi@cloudwhisk.io",
        "calendly-booked-by-user-with-recruiter",
        r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-cw-9e1f22a0b3
DTSTAMP:20250305T021100Z
DTSTART:20250306T053000Z
DTEND:20250306T060000Z
SUMMARY:Cloudwhisk Intro Call between Noa Levi and Wei Jie Tan
DESCRIPTION:Event Name: Cloudwhisk Intro Call\n\nLocation: This is a Googl
 e Meet web conference.\nhttps://meet.google.com/cwk-noa-intro\n\nPlease s
 hare anything that will help prepare for our meeting.: Applied for the Se
 curity Engineering Manager (APJ) opening - currently SOC lead in logistic
 s.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/c
 ancellations/9e1f22a0b3\nReschedule: https://calendly.com/reschedulings/9
 e1f22a0b3\n\nPowered by Calendly.com
ORGANIZER;CN=Noa Levi:mailto:noa.levi@cloudwhisk.io
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
LOCATION:https://meet.google.com/cwk-noa-intro
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "goodtime-craft", "goodtime-drawly-44a1-craft", 1, "Drawly",
        "Security Engineering Manager, Detection", "technical", "marcus.bell@drawly.com",
        "goodtime-craft-interview-sydney",
        r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime//EN
VERSION:2.0
METHOD:REQUEST
@@SYD@@
BEGIN:VEVENT
UID:goodtime-drawly-44a1-craft
DTSTAMP:20250325T220000Z
DTSTART;TZID=Australia/Sydney:20250328T140000
DTEND;TZID=Australia/Sydney:20250328T150000
SUMMARY:Drawly | Craft Interview | Security Engineering Manager\, Detectio
 n
DESCRIPTION:Hi Wei Jie\, your Craft interview is with Marcus Bell (Head of
  Detection & Response). Expect questions on alert quality\, detection cover
 age mapping and how you lead engineers.\nZoom: https://drawly.zoom.us/j/8
 1122334455
ORGANIZER;CN=Drawly Talent:mailto:scheduling@goodtime.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Marcus Bell:mailto:marcus.bell@drawly.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "values-interview", "goodtime-drawly-44a1-values", 1, "Drawly",
        "Security Engineering Manager, Detection", "", "sophie.tran@drawly.com",
        "values-interview-no-clear-stage",
        r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-drawly-44a1-values
DTSTAMP:20250401T220000Z
DTSTART:20250404T030000Z
DTEND:20250404T034500Z
SUMMARY:Drawly | Values Interview
DESCRIPTION:Values interview with Sophie Tran (Design Lead). Not technical
  - we'll chat about how you work with others.\nZoom: https://drawly.zoom.us
 /j/81199887766
ORGANIZER;CN=Drawly Talent:mailto:scheduling@goodtime.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Sophie Tran:mailto:sophie.tran@drawly.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-chat-recruiter", "0D4B2E7A-1C9F-4A83-B6D5-72E8F1A3C904", 1, "Tandemly",
        "", "recruiter_screen", "Priya",
        "phone-typed-call-with-recruiter-named-employer",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:0D4B2E7A-1C9F-4A83-B6D5-72E8F1A3C904
DTSTAMP:20250410T005500Z
DTSTART:20250411T010000Z
DTEND:20250411T013000Z
SUMMARY:call - Tandemly recruiter (Priya)
DESCRIPTION:sec eng mgr\, remote from SG ok? she's in Sydney - 11am her ti
 me
END:VEVENT
END:VCALENDAR
""",
    ),
]
