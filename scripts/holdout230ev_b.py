"""holdout230 events, part B: college DC searches (Sandhills, Ozark Mountain, Cumberland, Mesa Verde, ...)."""

from holdout230ev_tz import ev

EVENTS = [
    ev("phone-int", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
@@TZ newyork@@
BEGIN:VEVENT
UID:A1D7C3E9-4F20-4C7B-8B61-33E9D1F0A2C8
DTSTAMP:20251212T231510Z
CREATED:20251212T231402Z
DTSTART;TZID=America/New_York:20251215T190000
DTEND;TZID=America/New_York:20251215T194500
SUMMARY:Phone int - Sandhills St (Coach Pruitt)
DESCRIPTION:he calls my cell. DC. they were 118th in rush D - have a plan
 for that. ask about GA/analyst budget
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""", "A1D7C3E9-4F20-4C7B-8B61-33E9D1F0A2C8", 1, "Sandhills State University", "DC", "hiring_manager",
        "Coach Pruitt", "typed-phone-int-abbrev-et-zone", eol="\n"),

    ev("calendly-intro", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:BCHD6JKTLM3OQ2XA
DTSTAMP:20251205T170811Z
DTSTART:20251209T160000Z
DTEND:20251209T163000Z
SUMMARY:OMU Football – Intro Call (Marcus Dale)
DESCRIPTION:Event Name: OMU Football – Intro Call\n\nPlease share anything
  that will help prepare for our meeting.: Defensive coordinator opening -
  per text w/ Sean\n\nLocation: This is a phone call. Sean Kittredge will
  call you at +1 806-555-0193\n\nNeed to make changes to this event?\nCanc
 el: https://calendly.com/cancellations/BCHD6JKTLM3OQ2XA\nReschedule: https
 ://calendly.com/reschedulings/BCHD6JKTLM3OQ2XA\n\nPowered by Calendly.com
ORGANIZER;CN=Sean Kittredge:mailto:skittredge@ozarkmountain.edu
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN=Sean Kittredge;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:skittredge@ozarkmountain.edu
LOCATION:+1 806-555-0193
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "BCHD6JKTLM3OQ2XA", 1, "Ozark Mountain University", "", "recruiter_screen",
        "skittredge@ozarkmountain.edu", "calendly-chief-of-staff-intro-call"),

    ev("zoom-cancelled", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20251212T200000Z
DTEND:20251212T210000Z
DTSTAMP:20251211T031940Z
ORGANIZER;CN=Sean Kittredge:mailto:skittredge@ozarkmountain.edu
UID:2m9p4c7r1t0w3y6u8e5q2i4o1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mar
 cus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wade H
 olt;X-NUM-GUESTS=0:mailto:wholt@ozarkmountain.edu
DESCRIPTION:Coach Holt has filled the position. Thank you for your time an
 d interest in Ozark Mountain Football.
LOCATION:https://ozarkmountain.zoom.us/j/95177210348
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Canceled: DC Interview – Coach Holt / Marcus Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2m9p4c7r1t0w3y6u8e5q2i4o1a@google.com", 1, "Ozark Mountain University", "DC", "hiring_manager",
        "wholt@ozarkmountain.edu", "cancelled-hc-zoom-method-cancel"),

    ev("whiteboard", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:marcus.dale.coach@gmail.com
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART:20260115T150000Z
DTEND:20260115T170000Z
DTSTAMP:20260201T120000Z
UID:6ut3q0vbg0s2b5h0mp1t8n7c9k@google.com
CREATED:20260112T022214Z
DESCRIPTION:CPU whiteboard w/ Coach Aldridge + staff. 2 hrs. 3-down AND 4-
 down answers\, they play 3-3-5 now. hotel: Hampton downtown
LAST-MODIFIED:20260112T022214Z
LOCATION:Cumberland Plateau Univ - football ops bldg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cumberland Plateau - whiteboard session
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6ut3q0vbg0s2b5h0mp1t8n7c9k@google.com", 1, "Cumberland Plateau University", "", "technical",
        "Coach Aldridge", "typed-whiteboard-session-x-wr-timezone-export"),

    ev("phone-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ mountain-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
DESCRIPTION:Marcus\,\n\nI'll call you at 806-555-0193. Looking forward to
  talking ball.\n\nCoach Lind\n
DTEND;TZID="Mountain Standard Time":20251217T170000
DTSTAMP:20251215T180244Z
DTSTART;TZID="Mountain Standard Time":20251217T163000
LOCATION:Phone
ORGANIZER;CN="Lind, Garrett":mailto:glind@mesaverdestate.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Phone Interview - Marcus Dale
UID:040000008200E00074C5B7101A82E00800000000F0C9B0227F6DDC01000000000000000010000000A21C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F0C9B0227F6DDC01000000000000000010000000A21C", 1,
        "Mesa Verde State University", "", "hiring_manager", "glind@mesaverdestate.edu",
        "outlook-mountain-win-zone-hc-phone-interview"),

    ev("campus-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ denver@@
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20260108T080000
DTEND;TZID=America/Denver:20260108T160000
DTSTAMP:20260104T213001Z
ORGANIZER;CN=Mesa Verde Football:mailto:mvsufootball.ops@gmail.com
UID:1r5e8w2q9t4y7u3i6o0p1a5s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Garrett Lind;X-NUM-GUESTS=0:mailto:glind@mesaverdestate.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE
 ;CN=Renee Castillo;X-NUM-GUESTS=0:mailto:rcastillo@mesaverdestate.edu
DESCRIPTION:On-campus interview - Defensive Coordinator/Safeties\nFlight c
 onfirmation sent separately (LBB-DEN-GJT).\n\n8:00 breakfast w/ Coach Lin
 d\n9:00 tour\n10:00 meet w/ AD Renee Castillo\n11:00 defensive install pr
 esentation to staff\n12:30 lunch w/ players\n2:00 compliance / HR\n
LOCATION:Mesa Verde State Football Office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MVSU On-Campus Interview – Coach Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1r5e8w2q9t4y7u3i6o0p1a5s8d@google.com", 1, "Mesa Verde State University",
        "Defensive Coordinator/Safeties", "onsite", "glind@mesaverdestate.edu;rcastillo@mesaverdestate.edu",
        "ops-gmail-organizer-on-campus-denver"),

    ev("zoom-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ losangeles@@
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260112T100000
DTEND;TZID=America/Los_Angeles:20260112T110000
DTSTAMP:20260108T004455Z
ORGANIZER;CN=Nate Okafor:mailto:nokafor@pacificcrest.edu
UID:3b7n1m5k9j2h6g0f4d8s2a6p1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nate Okafor;X-NUM-GUESTS=0:mailto:nokafor@pacificcrest.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Luis Ferreira;X-NUM-GUESTS=0:mailto:lferreira@pacificcrest.edu
DESCRIPTION:Zoom interview – Defensive Line Coach / Run Game Coordinator\n
 \nCoach Okafor (HC) and Coach Ferreira (DC) will join. Please be ready to
  share a few clips of your DL – stance/start\, block destruction\, rush p
 lan vs. 6-man protection.\n\nhttps://pacificcrest.zoom.us/j/97402331860?pw
 d=YnFvZ2hT\nMeeting ID: 974 0233 1860\nPasscode: 552910
LOCATION:https://pacificcrest.zoom.us/j/97402331860?pwd=YnFvZ2hT
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PCU Football - Zoom Interview (M. Dale)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3b7n1m5k9j2h6g0f4d8s2a6p1o@google.com", 1, "Pacific Crest University",
        "Defensive Line Coach / Run Game Coordinator", "hiring_manager",
        "nokafor@pacificcrest.edu;lferreira@pacificcrest.edu", "zoom-interview-pacific-zone-with-clips"),

    ev("webex", r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ newyork@@
BEGIN:VEVENT
UID:a8f1c0b6e9d24b3fa7e0c5d1b2f3e4a5@webex.com
DTSTAMP:20251219T140301Z
DTSTART;TZID=America/New_York:20251222T100000
DTEND;TZID=America/New_York:20251222T110000
SUMMARY:Lakeshore Tech Football – Coach Dale
DESCRIPTION:Anthony Brandt invites you to join this Webex meeting.\n\nMeet
 ing number (access code): 2634 118 0092\nMeeting password: Storm2025\n\nJo
 in meeting\nhttps://lakeshoretech.webex.com/lakeshoretech/j.php?MTID=m4e1
 a2b3c4d5e6f708192a3b4c5d6e7f8\n\nJoin by phone\n+1-415-655-0001 US Toll\nA
 ccess code: 2634 118 0092\n
ORGANIZER;CN=Anthony Brandt:mailto:abrandt@lakeshoretech.edu
ATTENDEE;CN=marcus.dale.coach@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN=Kristen Vogel;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:kvogel@lakeshoretech.edu
LOCATION:https://lakeshoretech.webex.com/lakeshoretech/j.php?MTID=m4e1a2b3c4d5e6f708192a3b4c5d6e7f8
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "a8f1c0b6e9d24b3fa7e0c5d1b2f3e4a5@webex.com", 1, "Lakeshore Technological University", "", "",
        "abrandt@lakeshoretech.edu;kvogel@lakeshoretech.edu", "webex-boilerplate-no-stage-words"),

    ev("zoom-hc", r"""
BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications//Zoom Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
UID:ZOOM88231907745-20260105
DTSTAMP:20260102T180012Z
DTSTART;TZID=America/Chicago:20260105T110000
DTEND;TZID=America/Chicago:20260105T120000
SUMMARY:Magnolia State Football - Defensive Coordinator Interview
DESCRIPTION:Coach Beasley is inviting you to a scheduled Zoom meeting.\n\n
 Topic: Magnolia State Football - Defensive Coordinator Interview\n\nJoin Z
 oom Meeting\nhttps://magnoliastate.zoom.us/j/88231907745\n\nMeeting ID: 88
 2 3190 7745\n\n---\n\nOne tap mobile\n+16699006833\,\,88231907745# US (San
  Jose)\n+13017158592\,\,88231907745# US (Washington DC)\n
ORGANIZER;CN=Harold Beasley:mailto:hbeasley@magnoliastate.edu
ATTENDEE;CN=Marcus Dale;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
LOCATION:https://magnoliastate.zoom.us/j/88231907745
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ZOOM88231907745-20260105", 1, "Magnolia State University", "Defensive Coordinator", "hiring_manager",
        "hbeasley@magnoliastate.edu", "zoom-native-invite-hc"),

    ev("chalk-talk-typed", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:C7E21F6A-0B5D-4E3C-9A8F-12D4E6B7A9C0
DTSTAMP:20260107T051234Z
DTSTART:20260110T090000
DTEND:20260110T113000
SUMMARY:MSU chalk talk!!
LOCATION:Magnolia St fb complex
DESCRIPTION:Beasley + DC-less staff. They run 4-3 over. bring clicker\, 2
  printed install sheets. fly JAN 9 DFW->GTR
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "C7E21F6A-0B5D-4E3C-9A8F-12D4E6B7A9C0", 1, "Magnolia State University", "", "technical", "Beasley",
        "typed-chalk-talk-ambiguous-acronym-floating", eol="\n"),

    ev("chalk-talk-in-person", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ eastern-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Pettigrew, Lamar";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lamar.pettigrew@kvu.edu
ATTENDEE;CN="Football Film Room A";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:rm-fb-filma@kvu.edu
DESCRIPTION:Coach Dale\,\n\nCoach Pettigrew would like you to present your
  defense to the staff. Please plan for 90 minutes at the board\, then 30
  minutes of Q&A. A laptop and projector will be in the room.\n\nMegan Sh
 aw\nExecutive Assistant to the Head Football Coach\n
DTEND;TZID="Eastern Standard Time":20260114T110000
DTSTAMP:20260109T153300Z
DTSTART;TZID="Eastern Standard Time":20260114T090000
LOCATION:Football Film Room A
ORGANIZER;CN="Pettigrew, Lamar";SENT-BY="mailto:megan.shaw@kvu.edu":mailto:lamar.pettigrew@kvu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Staff Presentation – Coach Marcus Dale
UID:040000008200E00074C5B7101A82E00800000000A0E54C33C884DC01000000000000000010000000D3B8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A0E54C33C884DC01000000000000000010000000D3B8", 1,
        "Kanawha Valley University", "", "technical", "lamar.pettigrew@kvu.edu",
        "staff-presentation-is-chalk-talk-ea-sent-by"),

    ev("media-phone-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";RSVP=TRUE:mailto:marcus.dale@wpsu.edu
DESCRIPTION:Coach – Tyler Haines from the Lubbock Ledger would like 10–15
  min by phone for a spring preview on the defensive front (replacing Obi
 \, the edge rotation). He'll call your office line. Usual guidelines: no
  injury updates\, no comment on recruits who haven't signed.\n\nBrooke\nWP
 SU Athletics Communications
DTEND;TZID="Central Standard Time":20260305T141500
DTSTAMP:20260303T161201Z
DTSTART;TZID="Central Standard Time":20260305T140000
LOCATION:Office phone
ORGANIZER;CN="Alcott, Brooke":mailto:brooke.alcott@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Phone interview – Lubbock Ledger (Haines)
UID:040000008200E00074C5B7101A82E00800000000E1B2B4D0E3ACDC01000000000000000010000000F1A0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E1B2B4D0E3ACDC01000000000000000010000000F1A0", 0,
        trap="press-phone-interview-sids-office"),

    ev("podcast", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260218T010000Z
DTEND:20260218T020000Z
DTSTAMP:20260210T173322Z
ORGANIZER;CN=Trench Talk Pod:mailto:trenchtalkpod@gmail.com
UID:5f2r8t1y4u7i0o3p6a9s2d5f8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach@gma
 il.com
DESCRIPTION:Trench Talk – Ep. 112 guest interview: Coach Marcus Dale (WPSU
  DL)\n\nTopics: hand usage drills\, teaching the 2i vs. 3-tech\, pass rus
 h plans\, building a DL room through the portal.\n\nRecording on Riverside
 : https://riverside.fm/studio/trench-talk?t=8a2c\nPlease use headphones +
  a wired connection.
LOCATION:https://riverside.fm/studio/trench-talk?t=8a2c
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trench Talk Podcast – Guest Interview (Coach Dale)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5f2r8t1y4u7i0o3p6a9s2d5f8g@google.com", 0, trap="podcast-guest-interview-free-mail"),
]
