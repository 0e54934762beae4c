"""holdout242 events, part H: farm calendar and look-alikes (all negatives)."""

EVENTS = [
    {
        "kind": "awards-judging",
        "uid": "5oo6pp7qq8rr9ss0tt1uu2vv3w@google.com",
        "interview": 0,
        "trap": "awards-judging-visit-not-interview",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250217T220000Z
DTEND:20250218T003000Z
DTSTAMP:20250205T043300Z
ORGANIZER;CN=Waikato Dairy Awards Convenor:mailto:waikato@dairyawards.co.nz
UID:5oo6pp7qq8rr9ss0tt1uu2vv3w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Kia ora Liam and Hana\,\n\nYour Share Farmer of the Year first-r
 ound judging. Two judges will spend 2.5 hours with you: 1 hour interview
  in the house on your business\, finances and goals\, then a farm tour. Ha
 ve your financials\, FEP and H&S documents ready.\n\nGood luck!\nWaikato
  Dairy Industry Awards
LOCATION:1840 Kahikatea Road\, Ōtorohanga
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Share Farmer of the Year – judging – Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "discussion-group",
        "uid": "6pp7qq8rr9ss0tt1uu2vv3ww4x@google.com",
        "interview": 0,
        "trap": "recurring-discussion-group-with-moved-instance",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20250212T103000
DTEND;TZID=Pacific/Auckland:20250212T140000
RRULE:FREQ=MONTHLY;BYDAY=2WE
DTSTAMP:20250601T010101Z
ORGANIZER;CN=Sarah Clements:mailto:sarah.clements@dairynz.co.nz
UID:6pp7qq8rr9ss0tt1uu2vv3ww4x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam T
 e Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
DESCRIPTION:Ōtorohanga DairyNZ discussion group. Host farm rotates – see the
  group email. BYO lunch\, tea and coffee provided.
LOCATION:Host farm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DairyNZ discussion group
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20250416T103000
DTEND;TZID=Pacific/Auckland:20250416T140000
DTSTAMP:20250601T010101Z
ORGANIZER;CN=Sarah Clements:mailto:sarah.clements@dairynz.co.nz
UID:6pp7qq8rr9ss0tt1uu2vv3ww4x@google.com
RECURRENCE-ID;TZID=Pacific/Auckland:20250409T103000
DESCRIPTION:Moved a week because of the Ag Show. At Kahikatea Dairies (Lia
 m hosting): drying-off decisions\, winter feed budget\, effluent pond.
LOCATION:Kahikatea Dairies\, 1840 Kahikatea Road
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:DairyNZ discussion group – @ Kahikatea (Liam)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bank-meeting",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DA01"
            "000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0"
        ),
        "interview": 0,
        "trap": "bank-loan-meeting-at-bank-he-applied-to",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Morrison, Rachel":mailto:rachel.morrison@kauribank.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hana.tehui
 a@gmail.com:mailto:hana.tehuia@gmail.com
DESCRIPTION;LANGUAGE=en-NZ:Hi Liam and Hana\,\n\nGood to chat. Let's sit do
 wn and go through the numbers for the sharemilking herd purchase – 180 co
 ws plus plant\, and your budget for Kōwhai Downs. Please bring 3 years of
  accounts\, the draft sharemilking agreement and your herd valuation.\n\n
 Rachel Morrison\nSenior Agribusiness Manager\, Kauri Bank\n
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DA010000000000000000
 10000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0
SUMMARY;LANGUAGE=en-NZ:Liam & Hana Te Huia – herd finance
DTSTART;TZID=New Zealand Standard Time:20241119T110000
DTEND;TZID=New Zealand Standard Time:20241119T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241113T034410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Kauri Bank Te Awamutu – meeting room 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vet-herd-check",
        "uid": "7qq8rr9ss0tt1uu2vv3ww4xx5y@google.com",
        "interview": 0,
        "trap": "vet-herd-check-visit",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:liam@kahikateadairies.co.nz
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART:20241029T183000Z
DTEND:20241029T223000Z
DTSTAMP:20250601T010101Z
UID:7qq8rr9ss0tt1uu2vv3ww4xx5y@google.com
CREATED:20241021T030101Z
DESCRIPTION:Dr Kate (Ōtorohanga Vets) – non-cyclers + metricheck\, ~45 cow
 s. Draft them off after am milking. Check BVD vax for R2s while she's her
 e.
LAST-MODIFIED:20241021T030101Z
LOCATION:Cowshed
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vet – herd check (non-cyclers)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "owner-meeting",
        "uid": "8rr9ss0tt1uu2vv3ww4xx5yy6z@google.com",
        "interview": 0,
        "trap": "owner-monthly-meeting-recurring",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20240905T130000
DTEND;TZID=Pacific/Auckland:20240905T150000
RRULE:FREQ=MONTHLY;BYDAY=1TH
DTSTAMP:20240901T000100Z
ORGANIZER;CN=Peter Baxter:mailto:peter@kahikateadairies.co.nz
UID:8rr9ss0tt1uu2vv3ww4xx5yy6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam T
 e Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anne B
 axter;X-NUM-GUESTS=0:mailto:anne@kahikateadairies.co.nz
DESCRIPTION:Monthly: production v budget\, feed wedge\, animal health\, sta
 ff\, R&M\, H&S incidents\, anything else.
LOCATION:Farm office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Monthly farm meeting – Peter / Liam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "annual-review",
        "uid": "9ss0tt1uu2vv3ww4xx5yy6zz7a@google.com",
        "interview": 0,
        "trap": "own-annual-review-with-farm-owner",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250604T230000Z
DTEND:20250605T003000Z
DTSTAMP:20250528T071200Z
ORGANIZER;CN=Peter Baxter:mailto:peter@kahikateadairies.co.nz
UID:9ss0tt1uu2vv3ww4xx5yy6zz7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Liam Te Huia;X-NUM-GUESTS=0:mailto:liam@kahikateadairies.co.nz
DESCRIPTION:End of season review. Your KPIs (MS/cow\, 6-wk in-calf\, empt
 y rate\, SCC\, staff turnover)\, what went well\, what didn't\, pay for n
 ext season\, and your plans – I know you're looking around\, happy to tal
 k about it.\n\nPeter
LOCATION:Baxter house
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam – annual review 24/25
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "newspaper",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01"
            "000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0"
        ),
        "interview": 0,
        "trap": "local-paper-interview-water-quality-project",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Walsh, Bridget":mailto:bridget.walsh@waipapost.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam@kahik
 ateadairies.co.nz:mailto:liam@kahikateadairies.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Hi Liam\, thanks for agreeing to talk about the
  Mangaorongo Stream wetland and riparian planting. I'd like to interview y
 ou on farm for 30–40 minutes and our photographer will get some shots of
  you at the wetland and the new fencing. The piece will run in the Rural
  section.\n\nBridget Walsh\nReporter\, Waipā Post\n
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB010000000000000000
 10000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0
SUMMARY;LANGUAGE=en-NZ:Interview – Liam Te Huia (water quality / wetland)
DTSTART;TZID=New Zealand Standard Time:20250311T110000
DTEND;TZID=New Zealand Standard Time:20250311T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T231550Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Kahikatea Dairies – wetland by the stream
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rugby",
        "uid": "A4B5C6D7-E8F9-4A0B-9C1D-2E3F4A5B6C7D",
        "interview": 0,
        "trap": "sons-rugby-game",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20250505T070101Z
DTSTAMP:20250505T070109Z
DTSTART;TZID=Pacific/Auckland:20250510T090000
DTEND;TZID=Pacific/Auckland:20250510T103000
SUMMARY:Nikau rugby U11 v Pirongia (away)
LOCATION:Pirongia Domain
DESCRIPTION:our turn for oranges
SEQUENCE:0
UID:A4B5C6D7-E8F9-4A0B-9C1D-2E3F4A5B6C7D
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tangi",
        "uid": "B5C6D7E8-F90A-4B1C-8D2E-3F4A5B6C7D8E",
        "interview": 0,
        "trap": "tangi-at-marae-all-day",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T052211Z
DTSTAMP:20250318T052215Z
DTSTART;VALUE=DATE:20250319
DTEND;VALUE=DATE:20250322
SUMMARY:Tangi – Uncle Hemi
LOCATION:Poutama Marae
DESCRIPTION:Nehu Fri 11am. Peter covering. Take kai Wed night. Hana doing
  the kitchen roster.
SEQUENCE:0
UID:B5C6D7E8-F90A-4B1C-8D2E-3F4A5B6C7D8E
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "doctor",
        "uid": "C6D7E8F9-0A1B-4C2D-9E3F-4A5B6C7D8E9F",
        "interview": 0,
        "trap": "doctor-appointment",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250224T032101Z
DTSTAMP:20250224T032104Z
DTSTART:20250227T091500
DTEND:20250227T093000
SUMMARY:Dr Patel - knee
LOCATION:Ōtorohanga Medical Centre
SEQUENCE:0
UID:C6D7E8F9-0A1B-4C2D-9E3F-4A5B6C7D8E9F
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ute-wof",
        "uid": "booking-55120-otomotors@bookmygarage.co.nz",
        "interview": 0,
        "trap": "vehicle-wof-booking",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BookMyGarage NZ//Bookings//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:booking-55120-otomotors@bookmygarage.co.nz
DTSTAMP:20250115T020011Z
DTSTART:20250121T193000Z
DTEND:20250121T213000Z
SUMMARY:WOF + service – Toyota Hilux KTH482 – Ōtorohanga Motors
DESCRIPTION:Booking ref 55120. Please drop your vehicle off by 8.30am. We
  will call you if we find anything that needs fixing before we go ahead.
LOCATION:Ōtorohanga Motors\, 22 Turongo Street\, Ōtorohanga
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "whanau-reunion",
        "uid": "0tt1uu2vv3ww4xx5yy6zz7aa8b@google.com",
        "interview": 0,
        "trap": "whanau-reunion-multi-day",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250103
DTEND;VALUE=DATE:20250106
DTSTAMP:20241108T100011Z
ORGANIZER;CN=Moana Te Huia:mailto:moana.tehuia@gmail.com
UID:0tt1uu2vv3ww4xx5yy6zz7aa8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=liam.t
 ehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION:Kia ora whānau! Te Huia reunion at the marae. Fri pōwhiri 3pm\,
  Sat whakapapa hui + sports\, Sun church and poroporoaki. $40 per whānau
  for kai – bank acc in the group chat. Bring mattresses.
LOCATION:Poutama Marae
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Te Huia whānau reunion 2025
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "1uu2vv3ww4xx5yy6zz7aa8bb9c@google.com",
        "interview": 0,
        "trap": "mock-sharemilking-interview-with-coach",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241016T073000Z
DTEND:20241016T083000Z
DTSTAMP:20241011T001501Z
ORGANIZER;CN=Rachel Fenwick:mailto:rachel@ruralcareercoach.co.nz
UID:1uu2vv3ww4xx5yy6zz7aa8bb9c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Practice run for the Kōwhai Downs sharemilking interview. I'll
  play the owners and the consultant and ask the hard ones (what if payout
  drops to $7\, why should we trust you with our farm). Hana welcome too.\n
 \nRachel – Rural Career Coach\n\nZoom: https://us02web.zoom.us/j/81220944
 503
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview – sharemilking (Liam & Hana)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar",
        "uid": "zoom-webinar-91330455871-20241008@zoom.us",
        "interview": 0,
        "trap": "webinar-on-sharemilking-interviews",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
DTSTAMP:20241001T230001Z
DTSTART;TZID=Pacific/Auckland:20241008T200000
DTEND;TZID=Pacific/Auckland:20241008T210000
SUMMARY:Webinar: Landing your next sharemilking job – contracts\, budgets &
  the interview
UID:zoom-webinar-91330455871-20241008@zoom.us
TZID:Pacific/Auckland
DESCRIPTION:Hi Liam Te Huia\,\n\nThank you for registering for "Landing you
 r next sharemilking job – contracts\, budgets & the interview"\, hosted by
  the Federated Farmers Sharemilkers' Section.\n\nPlease submit any questi
 ons to: sharemilkers@fedfarm.org.nz\n\nJoin from a PC\, Mac\, iPad\, iPhon
 e or Android device:\nhttps://us06web.zoom.us/w/91330455871?tk=Xy7b\n\nWe
 binar ID: 913 3045 5871\n
LOCATION:https://us06web.zoom.us/w/91330455871?tk=Xy7b
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "coffee-chat",
        "uid": "D7E8F90A-1B2C-4D3E-8F4A-5B6C7D8E9FA0",
        "interview": 0,
        "trap": "informational-coffee-with-ex-employee",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20250130T090011Z
DTSTAMP:20250130T090019Z
DTSTART;TZID=Pacific/Auckland:20250201T100000
DTEND;TZID=Pacific/Auckland:20250201T110000
SUMMARY:Coffee w Hamish Boyd
LOCATION:The Coffee Club\, Te Awamutu
DESCRIPTION:ex ops mgr at Rakaia Pastoral (left 2023). Pick his brain - wha
 t the job's really like\, the CEO\, staff turnover\, what they pay.
SEQUENCE:0
UID:D7E8F90A-1B2C-4D3E-8F4A-5B6C7D8E9FA0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "careers-hub",
        "uid": "2vv3ww4xx5yy6zz7aa8bb9cc0d@google.com",
        "interview": 0,
        "trap": "field-days-careers-hub-all-day",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Liam job hunt
X-WR-TIMEZONE:Pacific/Auckland
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250612
DTEND;VALUE=DATE:20250613
DTSTAMP:20250701T010101Z
UID:2vv3ww4xx5yy6zz7aa8bb9cc0d@google.com
CREATED:20250520T080808Z
DESCRIPTION:Careers & Education hub – corporate farming cos + banks + co-op
 s all have stands. Take CVs. Also look at rotary platforms in the machin
 ery area.
LAST-MODIFIED:20250520T080808Z
LOCATION:Mystery Creek Events Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Field Days – careers hub
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
