"""holdout208 events, part B (2): Amplify, Tucson USD, Isaac SD, Kyrene, PVUSD, BSCS, Scottsdale (written blind)."""

from holdout208ev_common import PHX, WIN_MST, WIN_USMST, iv

EVENTS = [
    iv(
        "coaching-scenario",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250305T161500
DTEND;TZID=America/Phoenix:20250305T171500
DTSTAMP:20250227T162840Z
ORGANIZER;CN=Shawna Delgado:mailto:sdelgado@kyrene.org
UID:7y0u3i6o9p2a5s8d1f4g7h0j3k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Shawna Delgado;X-NUM-GUESTS=0:mailto:sdelgado@kyrene.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Matt Oyelaran;X-NUM-GUESTS=0:mailto:moyelaran@kyrene.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Round 2 for Instructional Coach. You'll watch a 12-minute class
 room video\, then lead a coaching debrief with Matt (playing the teacher).
  Shawna will observe and ask a few follow-up questions. 60 min total.
LOCATION:Kyrene Education Center - Room 114
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coaching Scenario - M. Vega (IC round 2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "7y0u3i6o9p2a5s8d1f4g7h0j3k@google.com",
        "Kyrene School District",
        "Instructional Coach",
        "technical",
        "sdelgado@kyrene.org;moyelaran@kyrene.org",
        "coaching-role-play-round-two",
    ),
    iv(
        "first-round",
        r"""BEGIN:VCALENDAR
PRODID:-//PowerSchool//TalentEd Recruit and Hire//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:te-pvschools-sched-20250311-90127@talentedk12.com
DTSTAMP:20250303T161909Z
DTSTART:20250311T153000Z
DTEND:20250311T163000Z
SUMMARY:First Round Interview - Assistant Principal\, Middle School (PVSchools)
DESCRIPTION:Thank you for scheduling your interview with Paradise Valley Uni
 fied School District.\n\nPosition: Assistant Principal\, Middle School - Vi
 sta Verde MS\nInterview Type: First Round Panel\nLocation: Vista Verde Midd
 le School\, 2826 E Grovers Ave\, Phoenix\, AZ 85032 - Library\nInterviewer
 (s): Principal Kendra Foust\; panel of teachers and a parent\n\nPlease brin
 g a copy of your administrative certificate.
LOCATION:Vista Verde Middle School - Library
ORGANIZER:mailto:donotreply@talentedk12.com
END:VEVENT
END:VCALENDAR
""",
        "te-pvschools-sched-20250311-90127@talentedk12.com",
        "Paradise Valley Unified School District",
        "Assistant Principal, Middle School",
        "onsite",
        "Kendra Foust",
        "talented-utc-first-round-panel",
    ),
    iv(
        "final-superintendent",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hanley, Dr. Renée";SENT-BY="mailto:jwatters@pvschools.net":mailto:rhanley@pvschools.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abrams, Todd":mailto:tabrams@pvschools.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="DSC Conf Rm 201":mailto:dsc-conf201@pvschools.net
DESCRIPTION;LANGUAGE=en-US:Final interview with Superintendent Dr. Hanley a
 nd Todd Abrams\, Executive Director of Middle Schools\, for the Assistant
  Principal opening at Vista Verde.\n\nDistrict Support Center\, 15002 N 32n
 d St\, Phoenix. Please check in at reception on the 1st floor.\n\nJanelle
  Watters | Executive Assistant to the Superintendent\n
UID:040000008200E00074C5B7101A82E00800000000C3D2E1F0BA87DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-US:Final Interview - AP Vista Verde - Vega
DTSTART;TZID=US Mountain Standard Time:20250408T073000
DTEND;TZID=US Mountain Standard Time:20250408T081500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T213312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DSC Conf Rm 201
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000C3D2E1F0BA87DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        "Paradise Valley Unified School District",
        "Assistant Principal",
        "final",
        "rhanley@pvschools.net;tabrams@pvschools.net",
        "outlook-sent-by-ea-superintendent-final",
    ),
    iv(
        "zoom-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/Denver
LAST-MODIFIED:20240422T053451Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Denver
X-LIC-LOCATION:America/Denver
BEGIN:DAYLIGHT
TZNAME:MDT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:MST
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250226T181544Z
DTSTART;TZID=America/Denver:20250305T150000
DTEND;TZID=America/Denver:20250305T154500
SUMMARY:BSCS Science Learning - Professional Learning Facilitator - Initial
  Conversation
UID:20250226T181544Z-81935577201@fe80:0:0:0:0:0:0:1ens5
TZID:America/Denver
DESCRIPTION:Nadia Abernathy is inviting you to a scheduled Zoom meeting.\n\n
 Join Zoom Meeting\nhttps://bscs.zoom.us/j/81935577201?pwd=aE1hY0tZc2NSbGh3
 \n\nMeeting ID: 819 3557 7201\nPasscode: 712395\n\n---\n\nOne tap mobile\n+
 17193594580\,\,81935577201#\,\,\,\,*712395# US\n\nJoin by SIP\n• 81935577
 201@zoomcrc.com\n
LOCATION:https://bscs.zoom.us/j/81935577201?pwd=aE1hY0tZc2NSbGh3
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "20250226T181544Z-81935577201@fe80:0:0:0:0:0:0:1ens5",
        "BSCS Science Learning",
        "Professional Learning Facilitator",
        "",
        "Nadia Abernathy",
        "zoom-ics-download-denver-no-attendees",
    ),
    iv(
        "facilitation-sample",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MST + r"""BEGIN:VEVENT
ORGANIZER;CN=Nadia Abernathy:mailto:nabernathy@bscs.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chris Landeros:mailto:clanderos@bscs.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ava Whitfield-Grant:mailto:awhitfield@bscs.org
DESCRIPTION;LANGUAGE=en-US:Hi Marisol\, as discussed\, the next step is a 20-
 minute facilitation sample: lead us (as if we were a group of 6th-grade t
 eachers) through the opening of a STeLLA lesson analysis. Chris and Ava w
 ill join me. We'll leave time for questions both ways.\n\nJoin Zoom Meetin
 g: https://bscs.zoom.us/j/86021134590\n
UID:040000008200E00074C5B7101A82E00800000000B7A8C9D0E18ADB0100000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7A8B
SUMMARY;LANGUAGE=en-US:Facilitation sample - M. Vega (PLF)
DTSTART;TZID=Mountain Standard Time:20250324T160000
DTEND;TZID=Mountain Standard Time:20250324T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T200102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000B7A8C9D0E18ADB0100000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7A8B",
        "BSCS Science Learning",
        "",
        "technical",
        "nabernathy@bscs.org;clanderos@bscs.org;awhitfield@bscs.org",
        "outlook-mountain-dst-zone-facilitation-sample",
    ),
    iv(
        "susd-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
CREATED:20250301T191215Z
DTEND;TZID=America/Phoenix:20250307T083000
DTSTAMP:20250301T191300Z
DTSTART;TZID=America/Phoenix:20250307T074500
LAST-MODIFIED:20250301T191300Z
LOCATION:Mohave Learning Center\, 7301 E Osborn
DESCRIPTION:susd - ap coyote/cocopah? they said 45 min. ask abt master sche
 dule + 504 coordinator duties
SEQUENCE:0
SUMMARY:SUSD AP intvw
TRANSP:OPAQUE
UID:C9E2D1B0-4A7F-4E3C-8D2B-7F6E5D4C3B2A
END:VEVENT
END:VCALENDAR
""",
        "C9E2D1B0-4A7F-4E3C-8D2B-7F6E5D4C3B2A",
        "Scottsdale Unified School District",
        "",
        "",
        "",
        "self-typed-terse-acronym-no-attendees",
    ),
    iv(
        "second-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_USMST + r"""BEGIN:VEVENT
ATTENDEE;CN=marisol.vega.teach@yahoo.com;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN="Whitaker, Leah";RSVP=TRUE:mailto:lwhitaker@susd.org
CLASS:PUBLIC
CREATED:20250317T222900Z
DESCRIPTION:Marisol\, thank you for meeting with the panel on the 7th. I'd l
 ike to invite you to a follow-up conversation with me about the Assistant
  Principal position at Cocopah Middle School. We'll meet in my office.\n\n
 Leah Whitaker\nExecutive Director\, Middle Schools\nScottsdale Unified Sch
 ool District\n
DTEND;TZID="US Mountain Standard Time":20250325T163000
DTSTAMP:20250317T222900Z
DTSTART;TZID="US Mountain Standard Time":20250325T160000
LOCATION:Mohave Learning Center - Exec Dir office\, 2nd fl
ORGANIZER;CN="Whitaker, Leah":mailto:lwhitaker@susd.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Follow-up conversation - Marisol Vega
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B88CDB0100000000000000001000000099887766554433221100AABBCCDDEEFF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D4E5F6A7B88CDB0100000000000000001000000099887766554433221100AABBCCDDEEFF",
        "Scottsdale Unified School District",
        "Assistant Principal",
        "hiring_manager",
        "lwhitaker@susd.org",
        "follow-up-conversation-exec-director",
    ),
]
