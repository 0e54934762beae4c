"""holdout230 events, part A: the Mid-Plains search (via a search firm) and Brazos Valley."""

from holdout230ev_tz import ev

EVENTS = [
    ev("search-firm-call", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@TZ eastern-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
CLASS:PUBLIC
CREATED:20251201T150212Z
DESCRIPTION:Coach Dale\,\n\nThank you for taking a few minutes with us. As
  I mentioned on the phone\, Redline is assisting a Power Four program with
  its search for a defensive coordinator. At this stage the search is confi
 dential and we are not able to share the institution's name\; if there is
  mutual interest after our conversation we'll walk you through next steps.
 \n\nPlease have an updated coaching résumé handy.\n\nGreg\n\n____________
 ____________________________________________________________________\nMicr
 osoft Teams meeting\nJoin on your computer\, mobile app or room device\nht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGM3%40thread.v2/
 0?context=%7b%22Tid%22%3a%22b1c7%22%7d\nMeeting ID: 284 511 907 223\nPassc
 ode: q7Ys2B\n______________________________________________________________
 __________________\n
DTEND;TZID="Eastern Standard Time":20251203T113000
DTSTAMP:20251201T150212Z
DTSTART;TZID="Eastern Standard Time":20251203T110000
LAST-MODIFIED:20251201T150212Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Talbot, Greg":mailto:gtalbot@redlineathleticsearch.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Redline Athletic Search – Introductory Call (Coach D
 ale)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0D3E8A1C462DC01000000000000000
 01000000049A5F3B4C27D0D4E8C2A33F1E0C4B5AA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B0D3E8A1C462DC0100000000000000001000000049A5F3B4C27D0D4E8C2A33F1E0C4B5AA",
        0, trap="search-firm-call-employer-not-named"),

    ev("search-firm-followup", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ eastern-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Whitcomb, Dana";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:dwhitcomb@redlineathleticsearch.com
DESCRIPTION:Coach –\n\nGood visiting with you Wednesday. As promised\, the
  client is Mid-Plains University. Coach Mercer has asked us to take a deepe
 r look at a small group for the Defensive Coordinator position before he b
 egins his own conversations. Dana and I will spend about an hour with you:
  background\, defensive philosophy\, recruiting footprint (Texas/Oklahoma)
 \, staff management\, and anything in your history the AD's office should
  know about up front.\n\nPlease keep this confidential.\n\nGreg Talbot\nMa
 naging Partner | Redline Athletic Search\n\nJoin Zoom Meeting\nhttps://red
 line.zoom.us/j/86120458833?pwd=dFZ2a1hBc3NLZ0\nMeeting ID: 861 2045 8833\n
 Passcode: 412907\nOne tap mobile: +13462487799\,\,86120458833#\n
DTEND;TZID="Eastern Standard Time":20251208T150000
DTSTAMP:20251204T201544Z
DTSTART;TZID="Eastern Standard Time":20251208T140000
LOCATION:Zoom
ORGANIZER;CN="Talbot, Greg":mailto:GTalbot@redlineathleticsearch.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Redline / Coach Dale – follow-up conversation
UID:040000008200E00074C5B7101A82E0080000000030FDA5F92965DC0100000000000000001000000091B2E7D64A3C8F4B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000030FDA5F92965DC0100000000000000001000000091B2E7D64A3C8F4B",
        1, "Mid-Plains University", "Defensive Coordinator", "recruiter_screen",
        "gtalbot@redlineathleticsearch.com;dwhitcomb@redlineathleticsearch.com",
        "search-firm-names-client-only-in-body"),

    ev("zoom-head-coach", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251211T220000Z
DTEND:20251211T230000Z
DTSTAMP:20251209T164410Z
ORGANIZER;CN=Ashley Kent:mailto:akent@midplains.edu
UID:4k2v9q0tbd1nq8m3s7p6e5r2lc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dwayne Mercer;X-NUM-GUESTS=0:mailto:dmercer@midplains.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ashley Kent;X-NUM-GUESTS=0:mailto:akent@midplains.edu
X-GOOGLE-CONFERENCE:https://midplains.zoom.us/j/93310284471
CREATED:20251209T164409Z
DESCRIPTION:Coach Mercer would like to visit with you by Zoom about the Def
 ensive Coordinator opening. Plan on 60 min. He'll want to talk through you
 r pressure package and how you'd organize the defensive staff.\n\nAshley K
 ent\nChief of Staff\, Mid-Plains Football\n\nhttps://midplains.zoom.us/j/9
 3310284471\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calendar.goo
 gle.com/calendar/\n\nYou are receiving this email because you are an atten
 dee on the event.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251209T164410Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coach Dale / Coach Mercer - Zoom
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4k2v9q0tbd1nq8m3s7p6e5r2lc@google.com", 1, "Mid-Plains University", "Defensive Coordinator",
        "hiring_manager", "dmercer@midplains.edu", "google-chief-of-staff-sends-hc-zoom"),

    ev("on-campus", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Mercer, Dwayne";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dmercer@midplains.edu
ATTENDEE;CN="Jennings, Carla";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:cjennings@midplains.edu
ATTENDEE;CN="FB Complex - Team Room 2";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fb-teamroom2@
 midplains.edu
DESCRIPTION:Itinerary – Marcus Dale\n\n7:40 AM  Arrive OMA – Jake (recruit
 ing ops) will pick you up at baggage claim\n9:00  Breakfast with Coach Mer
 cer\n10:00  Facility tour\n10:45  Defensive staff – Team Room 2 (whiteboa
 rd: base 4-2-5\, 3rd down\, 2-min)\n12:15  Lunch w/ Director of Athletics
  Carla Jennings\n1:30  HR paperwork / background authorization\n2:30  Dep
 art for OMA\n\nPlease bring two forms of ID.
DTEND;TZID="Central Standard Time":20251216T143000
DTSTAMP:20251210T191022Z
DTSTART;TZID="Central Standard Time":20251216T074000
LOCATION:Mid-Plains Football Performance Center
ORGANIZER;CN="Kent, Ashley";SENT-BY="mailto:jlowry@midplains.edu":mailto:akent@midplains.edu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY;LANGUAGE=en-US:Campus Visit – Marcus Dale (DC)
UID:040000008200E00074C5B7101A82E00800000000D09E7C6A1A6ADC01000000000000000010000000C4E1
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D09E7C6A1A6ADC01000000000000000010000000C4E1", 1,
        "Mid-Plains University", "DC", "onsite", "dmercer@midplains.edu;cjennings@midplains.edu",
        "outlook-campus-visit-itinerary-sent-by"),

    ev("on-campus-moved", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Mercer, Dwayne";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dmercer@midplains.edu
ATTENDEE;CN="Jennings, Carla";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:cjennings@midplains.edu
ATTENDEE;CN="FB Complex - Team Room 2";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fb-teamroom2@
 midplains.edu
DESCRIPTION:UPDATED – moved to Thursday because of bowl practice schedule.
 \n\nItinerary – Marcus Dale\n\n7:40 AM  Arrive OMA – Jake (recruiting ops
 ) will pick you up at baggage claim\n9:00  Breakfast with Coach Mercer\n10
 :00  Facility tour\n10:45  Defensive staff – Team Room 2 (whiteboard: bas
 e 4-2-5\, 3rd down\, 2-min)\n12:15  Lunch w/ Director of Athletics Carla J
 ennings\n1:30  HR paperwork / background authorization\n2:30  Depart for O
 MA\n\nPlease bring two forms of ID.
DTEND;TZID="Central Standard Time":20251218T143000
DTSTAMP:20251213T002233Z
DTSTART;TZID="Central Standard Time":20251218T074000
LOCATION:Mid-Plains Football Performance Center
ORGANIZER;CN="Kent, Ashley";SENT-BY="mailto:jlowry@midplains.edu":mailto:akent@midplains.edu
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY;LANGUAGE=en-US:Updated: Campus Visit – Marcus Dale (DC)
UID:040000008200E00074C5B7101A82E00800000000D09E7C6A1A6ADC01000000000000000010000000C4E1
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D09E7C6A1A6ADC01000000000000000010000000C4E1", 1,
        "Mid-Plains University", "DC", "onsite", "dmercer@midplains.edu;cjennings@midplains.edu",
        "campus-visit-rescheduled-sequence-1"),

    ev("ad-finalist-call", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Mercer, Dwayne";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:dmercer@midplains.edu
DESCRIPTION:Carla would like a final conversation before a recommendation
  goes to the President. 30 minutes.\n\n________________________________\n
 Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJo
 in the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 ZTc3MmQ%40thread.v2/0>\nMeeting ID: 233 409 118 770\nPasscode: Lp2Hc9\n___
 _____________________________\nDial in by phone\n+1 402-555-0147\,\,58801
 2274# United States\, Omaha\nPhone conference ID: 588 012 274#\n
DTEND;TZID="Central Standard Time":20251222T093000
DTSTAMP:20251219T210517Z
DTSTART;TZID="Central Standard Time":20251222T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Jennings, Carla";SENT-BY="mailto:bstroud@midplains.edu":mailto:cjennings@midplains.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:DC Finalist – Conversation with Director of Athletics
UID:040000008200E00074C5B7101A82E0080000000060A4E1C94173DC01000000000000000010000000E77F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000060A4E1C94173DC01000000000000000010000000E77F", 1,
        "Mid-Plains University", "DC", "final", "cjennings@midplains.edu;dmercer@midplains.edu",
        "teams-ad-final-before-president"),

    ev("prep-block", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C51F2E4-2B7A-4D8C-A0F3-7E6B1D2C9A44
DTSTAMP:20251215T034455Z
CREATED:20251215T034420Z
DTSTART:20251217T200000
DTEND:20251217T223000
SUMMARY:PREP mid-plains
DESCRIPTION:whiteboard order: base 4-2-5 > fronts/stunts > 3rd dn pressure
  > RZ > 2 min. bring cut-ups on ipad. staff org chart\, GA plan. know the
 ir 2 LBs coming back
LOCATION:office
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "9C51F2E4-2B7A-4D8C-A0F3-7E6B1D2C9A44", 0, trap="prep-block-floating-before-campus-visit", eol="\n"),

    ev("zoom-hc", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260106T153000
DTEND;TZID=America/Chicago:20260106T163000
DTSTAMP:20260103T190201Z
ORGANIZER;CN=Brent Whitaker:mailto:bwhitaker@bvu.edu
UID:0s8vd3m1r6p2g7h9j4k5l1a0qe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brent Whitaker;X-NUM-GUESTS=0:mailto:bwhitaker@bvu.edu
DESCRIPTION:Marcus - look forward to it. Let's talk about the DC job and w
 hat you did with that front at WPSU this fall.\n\nJoin Zoom Meeting\nhttp
 s://bvu-edu.zoom.us/j/81744120935\n\nMeeting ID: 817 4412 0935\n---\nOne
  tap mobile\n+13462487799\,\,81744120935# US (Houston)\n
LOCATION:https://bvu-edu.zoom.us/j/81744120935
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marcus Dale // Brent Whitaker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0s8vd3m1r6p2g7h9j4k5l1a0qe@google.com", 1, "Brazos Valley University", "", "hiring_manager",
        "bwhitaker@bvu.edu", "hc-own-google-invite-names-only"),

    ev("chalk-talk", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260109T130000
DTEND;TZID=America/Chicago:20260109T150000
DTSTAMP:20260107T142218Z
ORGANIZER;CN=Cody Reyes:mailto:creyes@bvu.edu
UID:7hq1b5n3x0c9v2m4z8a6s1d3fg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brent Whitaker;X-NUM-GUESTS=0:mailto:bwhitaker@bvu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Travis Gaines;X-NUM-GUESTS=0:mailto:tgaines@bvu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Cody Reyes;X-NUM-GUESTS=0:mailto:creyes@bvu.edu
DESCRIPTION:Chalk talk w/ Coach Whitaker and Coach Gaines (ST / LB). Zoom w
 ith screen share - you'll have the whiteboard in the staff room on camera.
  Cover: base defense\, run fits vs. 11/12 personnel\, pressure package\, 3
 rd down\, how you'd install Day 1-3 of spring ball. Clips welcome.\n\nCody
  Reyes | Director of Football Operations\n\nhttps://bvu-edu.zoom.us/j/8991
 0043318
LOCATION:Zoom / BVU staff room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DC Chalk Talk - M. Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7hq1b5n3x0c9v2m4z8a6s1d3fg@google.com", 1, "Brazos Valley University", "DC", "technical",
        "bwhitaker@bvu.edu;tgaines@bvu.edu", "chalk-talk-selection-stage-ops-director-sends"),

    ev("workday-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-1f0c6a21b43a4f0f9d2b5e0c33a1d7e2
DTSTAMP:20260110T224012Z
DTSTART:20260113T143000Z
DTEND:20260113T230000Z
SUMMARY:Interview: Defensive Coordinator - Football (JR-104233) - Marcus D
 ale
DESCRIPTION:Hello Marcus\,\n\nYour interview for Defensive Coordinator - F
 ootball (JR-104233) at Brazos Valley University has been scheduled.\n\nLo
 cation: Cain Athletics Center\, 2nd floor\n\nInterview schedule:\n9:30 AM
  - Brent Whitaker\, Head Football Coach\n11:00 AM - Defensive staff\n12:30
  PM - Lunch with Dr. Elena Ruiz\, Director of Athletics\n2:00 PM - Player
  leadership council\n3:30 PM - Human Resources\n\nIf you require an accom
 modation\, please contact talent@bvu.edu.\n\nBrazos Valley University Tal
 ent Acquisition
LOCATION:Cain Athletics Center\, Brazos Valley University
ORGANIZER;CN=BVU Talent Acquisition:mailto:bvu@myworkday.com
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN=Brent Whitaker;ROLE=REQ-PARTICIPANT:mailto:bwhitaker@bvu.edu
ATTENDEE;CN=Elena Ruiz;ROLE=REQ-PARTICIPANT:mailto:eruiz@bvu.edu
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "WD-INTERVIEW-1f0c6a21b43a4f0f9d2b5e0c33a1d7e2", 1, "Brazos Valley University",
        "Defensive Coordinator - Football", "onsite", "bwhitaker@bvu.edu;eruiz@bvu.edu",
        "workday-on-campus-schedule-utc"),

    ev("thank-you-notes", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5F0B7C1D-8E2A-4B61-9D3F-0A6C2E8B7D15
DTSTAMP:20260114T042002Z
DTSTART;VALUE=DATE:20260114
DTEND;VALUE=DATE:20260115
SUMMARY:thank yous - BVU
DESCRIPTION:handwritten: Whitaker\, Dr Ruiz\, Gaines\, Cody (ops). text Br
 ent too. mention the leadership council kids
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15H
END:VALARM
END:VEVENT
END:VCALENDAR
""", "5F0B7C1D-8E2A-4B61-9D3F-0A6C2E8B7D15", 0, trap="thank-you-note-reminder-all-day"),
]
