"""holdout230 events, part C: Caprock Christian (head coach search) and more college interviews."""

from holdout230ev_tz import ev

EVENTS = [
    ev("ad-phone-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260120T160000
DTEND;TZID=America/Chicago:20260120T164500
DTSTAMP:20260116T145502Z
ORGANIZER;CN=Mark Sorensen:mailto:msorensen@caprock.edu
UID:8d1f4g7h0j3k6l9z2x5c8v1b4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mark Sorensen;X-NUM-GUESTS=0:mailto:msorensen@caprock.edu
DESCRIPTION:Head Football Coach search – phone interview\n\nMarcus\, than
 ks for applying. I'll call you at 806-555-0193. We'll talk about program
  building at the NAIA level\, roster management (we carry 140)\, fundraisin
 g and your faith walk.\n\nMark Sorensen\nDirector of Athletics\, Caprock C
 hristian University
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Interview - Marcus Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8d1f4g7h0j3k6l9z2x5c8v1b4n@google.com", 1, "Caprock Christian University", "Head Football Coach",
        "hiring_manager", "msorensen@caprock.edu", "ad-phone-interview-head-coach-search"),

    ev("search-committee", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Sorensen, Mark";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:msorensen@caprock.edu
ATTENDEE;CN="Ames, Janet";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:james@caprock.edu
ATTENDEE;CN="Okonjo, Daniel";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dokonjo@caprock.edu
ATTENDEE;CN="Chapel Conference Room";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:conf-chapel@ca
 prock.edu
DESCRIPTION:Head Football Coach Search Committee\n\nCandidate: Marcus Dal
 e\n\nCommittee: Mark Sorensen (AD\, chair)\; Dr. Janet Ames (VP Student Li
 fe)\; Dr. Daniel Okonjo (Faculty Athletics Representative)\n\nFormat: 75 m
 in committee interview\, then 15 min candidate questions. Campus tour and
  dinner with the committee to follow.
DTEND;TZID="Central Standard Time":20260129T113000
DTSTAMP:20260123T220814Z
DTSTART;TZID="Central Standard Time":20260129T100000
LOCATION:Chapel Conference Room
ORGANIZER;CN="Sorensen, Mark";SENT-BY="mailto:lpayne@caprock.edu":mailto:msorensen@caprock.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:HFC Search – Committee Interview (M. Dale)
UID:040000008200E00074C5B7101A82E0080000000010E1B8D1F390DC01000000000000000010000000B7D2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000010E1B8D1F390DC01000000000000000010000000B7D2", 1,
        "Caprock Christian University", "", "onsite",
        "msorensen@caprock.edu;james@caprock.edu;dokonjo@caprock.edu", "search-committee-interview-room-resource"),

    ev("president-mtg", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260204T140000
DTEND;TZID=America/Chicago:20260204T150000
DTSTAMP:20260131T030303Z
UID:0q3w6e9r2t5y8u1i4o7p0a3s6d@google.com
CREATED:20260131T030301Z
DESCRIPTION:final step per Sorensen. wear the blue suit. questions: 1st yr
  budget\, # of FT assts\, housing for staff
LAST-MODIFIED:20260131T030303Z
LOCATION:Caprock admin bldg 3rd fl
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Caprock - mtg w/ President Hale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0q3w6e9r2t5y8u1i4o7p0a3s6d@google.com", 1, "Caprock Christian University", "", "final",
        "President Hale", "typed-president-meeting-is-final-round"),

    ev("teams-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Salas, Victor";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:vsalas@copperbasin.edu
DESCRIPTION:Good afternoon\,\n\nThis confirms your virtual interview for t
 he position of Co-Defensive Coordinator/Defensive Line (Req 25-0917) with
  Head Coach Victor Salas.\n\nPlease note Arizona does not observe daylight
  saving time.\n\nKind regards\,\nRosa Delgado\nHR Coordinator\, Intercolle
 giate Athletics\n\n___________________________________________________\nMi
 crosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_OWY4%40thread.v2/0\nMeeting ID: 219 774 003 65\nPasscode: 9dXq4t
 \n___________________________________________________\n
DTEND;TZID="US Mountain Standard Time":20260121T100000
DTSTAMP:20260116T231109Z
DTSTART;TZID="US Mountain Standard Time":20260121T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Delgado, Rosa":mailto:rdelgado@copperbasin.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Virtual Interview – Co-DC/DL – Marcus Dale
UID:040000008200E00074C5B7101A82E00800000000C3A8D1E0E58ADC01000000000000000010000000A0B1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C3A8D1E0E58ADC01000000000000000010000000A0B1", 1,
        "Copper Basin University", "Co-Defensive Coordinator/Defensive Line", "hiring_manager",
        "vsalas@copperbasin.edu", "outlook-us-mountain-no-dst-hr-coordinator-organizer"),

    ev("cal-com", r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:q2VfX7mK1aZ9cT4bN8rL3e
DTSTAMP:20251230T160544Z
DTSTART:20260102T180000Z
DTEND:20260102T184500Z
SUMMARY:DC Conversation between Erik Dahl and Marcus Dale
DESCRIPTION:What:\nDC Conversation between Erik Dahl and Marcus Dale\n\nIn
 vitee Time Zone:\nAmerica/Chicago\n\nWho:\nErik Dahl - Organizer\nedahl@n
 orthernprairie.edu\n\nMarcus Dale\nmarcus.dale.coach@gmail.com\n\nWhere:\n
 Google Meet https://meet.google.com/vkr-ptqx-mzd\n\nAdditional notes:\nNP
 U co-DC opening - referred by Coach Hollings\n\nNeed to make a change? htt
 ps://cal.com/booking/q2VfX7mK1aZ9cT4bN8rL3e?changes=true
ORGANIZER;CN=Erik Dahl:mailto:edahl@northernprairie.edu
ATTENDEE;CN=Marcus Dale;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
LOCATION:https://meet.google.com/vkr-ptqx-mzd
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "q2VfX7mK1aZ9cT4bN8rL3e", 1, "Northern Prairie University", "co-DC", "hiring_manager",
        "edahl@northernprairie.edu", "cal-com-conversation-wording"),

    ev("teams-hc", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ eastern-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Whitlock, Curtis";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:cwhitlock@tidewaterstate.edu
ATTENDEE;CN="Boone, Raymond";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:rboone@tidewaterstate.edu
DESCRIPTION:Coach Whitlock and Coach Boone (AHC/OL) look forward to visiti
 ng with you regarding the Defensive Coordinator/Linebackers position.\n\n
 Thank you\,\nPaige Morrow | Assistant to the Head Coach\n\n______________
 __________________________________________________________________\nMicro
 soft Teams meeting\nJoin on your computer\, mobile app or room device\nCli
 ck here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_YjA0%40thread.v2/0>\nMeeting ID: 266 155 430 812\nPasscode: bX5R
 h7\nOr call in (audio only)\n+1 757-555-0110\,\,771204551#   United State
 s\, Norfolk\nPhone Conference ID: 771 204 551#\n
DTEND;TZID="Eastern Standard Time":20251230T140000
DTSTAMP:20251226T150030Z
DTSTART;TZID="Eastern Standard Time":20251230T130000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Whitlock, Curtis";SENT-BY="mailto:pmorrow@tidewaterstate.edu":mailto:cwhitlock@tidewaterstate.e
 du
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Tidewater State Football – Coach Dale
UID:040000008200E00074C5B7101A82E008000000007046F8D3C775DC01000000000000000010000000D1E2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000007046F8D3C775DC01000000000000000010000000D1E2", 1,
        "Tidewater State University", "Defensive Coordinator/Linebackers", "hiring_manager",
        "cwhitlock@tidewaterstate.edu;rboone@tidewaterstate.edu", "teams-hc-and-ahc-assistant-sent-by"),

    ev("juco-phone", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251229T120000
DTEND;TZID=America/Chicago:20251229T123000
DTSTAMP:20251228T011540Z
UID:3h6j9k2l5z8x1c4v7b0n3m6q9w@google.com
CREATED:20251228T011538Z
DESCRIPTION:juco DC. phone w Rios (HC). $ is low but housing incl. ask abo
 ut 2nd yr kids going D1
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BCC DC - phone w/ Rios
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3h6j9k2l5z8x1c4v7b0n3m6q9w@google.com", 1, "Big Country College", "DC", "hiring_manager", "Rios",
        "typed-juco-phone-acronym-only"),

    ev("bookings", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ mountain-win@@
BEGIN:VEVENT
ATTENDEE;CN=Marcus Dale;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN=Ty Ramirez;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:tramirez@redmesa.edu
DESCRIPTION:Your booking is confirmed.\n\nService: Defensive Staff Candida
 te Interview (45 min)\nStaff: Ty Ramirez\n\nJoin your appointment online\
 nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDVm%40thread.v2/0
 \n\nRed Mesa University Football Bookings\nNeed to make changes? Manage bo
 oking: https://outlook.office365.com/owa/calendar/RedMesaFootball@redmesa.
 edu/bookings/
DTEND;TZID="Mountain Standard Time":20251218T154500
DTSTAMP:20251215T201201Z
DTSTART;TZID="Mountain Standard Time":20251218T150000
LOCATION:Online
ORGANIZER;CN=Red Mesa Football:mailto:RedMesaFootball@redmesa.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Defensive Staff Candidate Interview
UID:040000008200E00074C5B7101A82E00800000000B91C11A6D66FDC01000000000000000010000000F3C4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B91C11A6D66FDC01000000000000000010000000F3C4", 1,
        "Red Mesa University", "", "", "tramirez@redmesa.edu", "bookings-candidate-wording-user-is-candidate"),

    ev("goto-meeting", r"""
BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
UID:goto-481229773-20260107
DTSTAMP:20260105T191815Z
DTSTART;TZID=America/Chicago:20260107T140000
DTEND;TZID=America/Chicago:20260107T150000
SUMMARY:Bayou State DL/RGC interview - Coach Fontenot
DESCRIPTION:Please join my meeting from your computer\, tablet or smartpho
 ne.\nhttps://meet.goto.com/481229773\n\nYou can also dial in using your ph
 one.\nAccess Code: 481-229-773\nUnited States: +1 (872) 240-3311\n\nJoin f
 rom a video-conferencing room or system.\nMeeting ID: 481 229 773\nDial: 6
 7.217.95.2 or inroomlink.goto.com\n\nNew to GoTo Meeting? Get the app now
  and be ready when your first meeting starts: https://meet.goto.com/instal
 l
ORGANIZER;CN=Jules Fontenot:mailto:jfontenot@bayoustate.edu
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
LOCATION:GoTo Meeting
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "goto-481229773-20260107", 1, "Bayou State University", "DL/RGC", "hiring_manager",
        "jfontenot@bayoustate.edu", "goto-meeting-boilerplate-abbrev-role"),

    ev("phone-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ newyork@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260116T083000
DTEND;TZID=America/New_York:20260116T091500
DTSTAMP:20260114T124005Z
ORGANIZER;CN=Jordan Tate:mailto:jtate@catawbavalley.edu
UID:9z2x5c8v1b4n7m0q3w6e9r2t5y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bill Blount;X-NUM-GUESTS=0:mailto:bblount@catawbavalley.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordan Tate;X-NUM-GUESTS=0:mailto:jtate@catawbavalley.edu
DESCRIPTION:Coach Blount will call you at 806-555-0193 - 7:30 your time. T
 his is for the DC vacancy.\n\nJordan Tate\nRecruiting Coordinator / Catawb
 a Valley Football
LOCATION:Phone call (Coach Blount calls)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Catawba Valley FB – Coach Dale phone interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9z2x5c8v1b4n7m0q3w6e9r2t5y@google.com", 1, "Catawba Valley University", "DC", "hiring_manager",
        "bblount@catawbavalley.edu", "recruiting-coordinator-schedules-hc-phone"),
]
