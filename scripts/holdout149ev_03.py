"""holdout149 events, part 3: the Texas companies (hand-written raw iCalendar)."""

_CHICAGO = r"""BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="greenhouse-phone",
        uid="gh-interview-5587213004-rbfl@greenhouse.io",
        label=(1, "Rio Bravo Freight Logistics", "Site Director, Laredo DC", "recruiter_screen",
               "kbaker@riobravofreight.com", "greenhouse-phone-screen-chicago-tz"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
""" + _CHICAGO + r"""
BEGIN:VEVENT
UID:gh-interview-5587213004-rbfl@greenhouse.io
DTSTAMP:20250127T194403Z
DTSTART;TZID=America/Chicago:20250130T140000
DTEND;TZID=America/Chicago:20250130T143000
SUMMARY:Phone Interview - Rafael Mendoza - Site Director\, Laredo DC
DESCRIPTION:Hi Rafael\,\n\nYou're confirmed for a 30-minute phone conversa
 tion with Kayla Baker\, Senior Talent Acquisition Partner at Rio Bravo Fre
 ight Logistics.\n\nKayla will call you at +52 81 1934 5520. Please make su
 re you're somewhere with good reception.\n\nNeed to reschedule? Reply to t
 his email.\n\nThanks\,\nAmanda Ruiz | Recruiting Coordinator\n\nScheduled
  via Greenhouse
LOCATION:Phone call - Kayla will call you
ORGANIZER;CN=Amanda Ruiz:mailto:aruiz@riobravofreight.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Kayla Baker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kbaker@riobravofreight.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-hm",
        uid="gh-interview-5601449871-rbfl@greenhouse.io",
        label=(1, "Rio Bravo Freight Logistics", "Site Director, Laredo DC", "hiring_manager",
               "tom.whitfield@riobravofreight.com", "greenhouse-zoom-hiring-manager-original"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
""" + _CHICAGO + r"""
BEGIN:VEVENT
UID:gh-interview-5601449871-rbfl@greenhouse.io
DTSTAMP:20250205T162218Z
SEQUENCE:0
DTSTART;TZID=America/Chicago:20250211T090000
DTEND;TZID=America/Chicago:20250211T100000
SUMMARY:Rafael Mendoza <> Tom Whitfield (Site Director\, Laredo DC)
DESCRIPTION:Hi Rafael\,\n\nNext step: a 60-minute video interview with Tom
  Whitfield\, VP Operations - South Texas. Tom will want to hear about cros
 s-border flows\, your Monterrey network and how you run a multi-shift cro
 ss-dock.\n\nJoin Zoom Meeting\nhttps://riobravofreight.zoom.us/j/84412093
 376?pwd=Rk9xT2dQ\nMeeting ID: 844 1209 3376\nPasscode: 562118\n\nAmanda Ru
 iz | Recruiting Coordinator\nScheduled via Greenhouse
LOCATION:https://riobravofreight.zoom.us/j/84412093376
ORGANIZER;CN=Amanda Ruiz:mailto:aruiz@riobravofreight.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Tom Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitfield@riobravofreight.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-rescheduled",
        uid="gh-interview-5601449871-rbfl@greenhouse.io",
        label=(1, "Rio Bravo Freight Logistics", "Site Director, Laredo DC", "hiring_manager",
               "tom.whitfield@riobravofreight.com", "greenhouse-rescheduled-higher-sequence"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
""" + _CHICAGO + r"""
BEGIN:VEVENT
UID:gh-interview-5601449871-rbfl@greenhouse.io
DTSTAMP:20250210T213047Z
SEQUENCE:2
DTSTART;TZID=America/Chicago:20250213T160000
DTEND;TZID=America/Chicago:20250213T170000
SUMMARY:Updated: Rafael Mendoza <> Tom Whitfield (Site Director\, Laredo D
 C)
DESCRIPTION:Hi Rafael - Tom had a customer escalation come up\, so we've m
 oved your conversation to Thursday 2/13 at 4:00 PM Central (same time in Mo
 nterrey). Same Zoom link. Apologies for the change!\n\nJoin Zoom Meeting\n
 https://riobravofreight.zoom.us/j/84412093376?pwd=Rk9xT2dQ\nMeeting ID: 8
 44 1209 3376\nPasscode: 562118\n\nAmanda Ruiz | Recruiting Coordinator\nSc
 heduled via Greenhouse
LOCATION:https://riobravofreight.zoom.us/j/84412093376
ORGANIZER;CN=Amanda Ruiz:mailto:aruiz@riobravofreight.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Tom Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitfield@riobravofreight.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="laredo-onsite",
        uid="gh-interview-5634002117-rbfl@greenhouse.io",
        label=(1, "Rio Bravo Freight Logistics", "Site Director, Laredo DC", "onsite",
               "tom.whitfield@riobravofreight.com;jgonzalez@riobravofreight.com;sfrey@riobravofreight.com",
               "greenhouse-onsite-itinerary-utc-times"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5634002117-rbfl@greenhouse.io
DTSTAMP:20250224T175511Z
SEQUENCE:0
DTSTART:20250304T150000Z
DTEND:20250304T203000Z
SUMMARY:Onsite: Rafael Mendoza - Site Director\, Laredo DC
DESCRIPTION:Rafael\, we're excited to host you in Laredo!\n\nAddress: 1100
  Mines Rd\, Bldg 4\, Laredo\, TX 78045. Check in at the main lobby\; visit
 or badge requires a passport or visa.\n\nItinerary (Central Time)\n9:00 -
  9:45  Tom Whitfield\, VP Operations\n9:45 - 10:30  Javier Gonzalez\, Dire
 ctor Customs & Trade Compliance\n10:30 - 11:45  DC walk-through with the
  shift leads\n12:00 - 1:00  Lunch with Sarah Frey\, HR Business Partner\n1:
 00 - 2:30  Case presentation: 90-day plan for Bldg 4 (15 min) + Q&A with
  Tom and Javier\n\nWe'll reimburse mileage from Monterrey - keep your recei
 pts.\n\nAmanda Ruiz | Recruiting Coordinator\nScheduled via Greenhouse
LOCATION:Rio Bravo Freight Logistics - 1100 Mines Rd Bldg 4\, Laredo TX
ORGANIZER;CN=Amanda Ruiz:mailto:aruiz@riobravofreight.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Tom Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitfield@riobravofreight.com
ATTENDEE;CN=Javier Gonzalez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jgonzalez@riobravofreight.com
ATTENDEE;CN=Sarah Frey;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sfrey@riobravofreight.com
ATTENDEE;CUTYPE=ROOM;CN=LRD-Bldg4-Conf-Alamo;ROLE=NON-PARTICIPANT:mailto:lrd-bldg4-conf-alamo@riobravofreight.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-phone",
        uid="icims-9a1e7c30-missiontrail-req-24-1187@icims.com",
        label=(1, "Mission Trail Markets", "Regional Distribution Center Manager", "recruiter_screen",
               "Brenda Salazar", "icims-phone-screen-no-interviewer-email"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:icims-9a1e7c30-missiontrail-req-24-1187@icims.com
DTSTAMP:20250310T141200Z
DTSTART;TZID=Central Standard Time:20250313T103000
DTEND;TZID=Central Standard Time:20250313T110000
SUMMARY:Mission Trail Markets - Phone Screen: Regional Distribution Cente
 r Manager (Req 24-1187)
DESCRIPTION:Hello Rafael\,\n\nThis confirms your phone screen with Brenda
  Salazar from our Talent Acquisition team. Brenda will call the phone numbe
 r on your application.\n\nPosition: Regional Distribution Center Manager
  - San Antonio\, TX\nDuration: 30 minutes\n\nPlease do not reply to this me
 ssage. To reschedule\, use the link in your candidate portal.\n\nMission T
 rail Markets | Careers
ORGANIZER;CN=Mission Trail Markets Careers:mailto:noreply-missiontrail@talent.icims.com
ATTENDEE;CN=Rafael Mendoza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-case",
        uid="lever-interview-3c6f91d2-84ab-4f0e-a1d7-lonestar",
        label=(1, "Lonestar Cold Chain", "Director of Warehouse Operations", "technical",
               "priya.natarajan@lonestarcoldchain.com;dwalsh@lonestarcoldchain.com",
               "lever-case-exercise-english-dallas"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""" + _CHICAGO + r"""
BEGIN:VEVENT
UID:lever-interview-3c6f91d2-84ab-4f0e-a1d7-lonestar
DTSTAMP:20250318T150233Z
SEQUENCE:0
DTSTART;TZID=America/Chicago:20250325T110000
DTEND;TZID=America/Chicago:20250325T123000
SUMMARY:Lonestar Cold Chain: Case Exercise - Director of Warehouse Operat
 ions
DESCRIPTION:Hi Rafael\,\n\nAs discussed\, the next step is a 90-minute cas
 e exercise. You'll receive a data pack (SKU velocity\, dock schedule and l
 abor standards for our Fort Worth freezer building) 48 hours before. Be ready
  to walk Priya and Dan through your slotting and labor plan\; we'll spend t
 he second half on questions.\n\nPanel:\n- Priya Natarajan\, SVP Operations
 \n- Dan Walsh\, Director\, Engineering & Automation\n\nGoogle Meet: https:/
 /meet.google.com/aeh-xqpr-nvd\n\nBest\,\nLonestar Talent Team
LOCATION:Google Meet
ORGANIZER;CN=Lonestar Talent Team:mailto:talent@lonestarcoldchain.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Priya Natarajan;PARTSTAT=ACCEPTED:mailto:priya.natarajan@lonestarcoldchain.com
ATTENDEE;CN=Dan Walsh;PARTSTAT=ACCEPTED:mailto:dwalsh@lonestarcoldchain.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-cancelled",
        uid="lever-interview-77d0b4e9-2f15-4c8a-9e33-lonestar",
        label=(1, "Lonestar Cold Chain", "Director of Warehouse Operations", "final",
               "mreyes@lonestarcoldchain.com", "lever-method-cancel-final-round"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:CANCEL
""" + _CHICAGO + r"""
BEGIN:VEVENT
UID:lever-interview-77d0b4e9-2f15-4c8a-9e33-lonestar
DTSTAMP:20250404T132909Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART;TZID=America/Chicago:20250408T130000
DTEND;TZID=America/Chicago:20250408T140000
SUMMARY:Canceled: Lonestar Cold Chain - Final Interview with Marcus Reyes
  (CEO)
DESCRIPTION:This interview has been canceled. Your recruiter will follow
  up with next steps.
ORGANIZER;CN=Lonestar Talent Team:mailto:talent@lonestarcoldchain.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Marcus Reyes;PARTSTAT=ACCEPTED:mailto:mreyes@lonestarcoldchain.com
END:VEVENT
END:VCALENDAR
""",
    ),
]
