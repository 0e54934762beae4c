# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part h: negatives - search admin, personal life, the trade's routine."""

EVENTS = [
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000001122AA33BB44DB010000000000000000100000001122AA33BB44CC55DD66EE77FF8800",
        "label": (0, "", "", "", "", "agency-market-catch-up-no-employer-named"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Chia, Bernard":mailto:bernard.chia@hays.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\, good to reconnect. Would be great to understand what you're looking for in your next move and share what we're seeing in the procurement leadership market in SG/APAC (salary guide 2025 attached). No specific role yet - I'll keep you in mind as briefs come in.\n\nBernard Chia | Hays Singapore | EA Licence 07C3924
UID:040000008200E00074C5B7101A82E008000000001122AA33BB44DB010000000000000000100000001122AA33BB44CC55DD66EE77FF8800
SUMMARY;LANGUAGE=en-SG:Catch up - Daniel Tan / Bernard (Hays)
DTSTART;TZID=Singapore Standard Time:20250109T123000
DTEND;TZID=Singapore Standard Time:20250109T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250107T023344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Phone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-export",
        "uid": "1nb4v7c0x3z6q9w2e5r8t1y4ug@google.com",
        "label": (0, "", "", "", "", "prep-block-before-final-round"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:danieltan.wm@yahoo.com.sg
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
DTSTART:20250225T123000Z
DTEND:20250225T143000Z
DTSTAMP:20250401T021500Z
UID:1nb4v7c0x3z6q9w2e5r8t1y4ug@google.com
CREATED:20250222T011233Z
DESCRIPTION:- re-read Halvorsen annual report APAC section\n- STAR: supplier consolidation (saved 1.2m)\, HSA recall Feb 23\, team turnaround\n- qns for Mikael / CFO / Priya\n- print 3 copies CV
LAST-MODIFIED:20250222T011233Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - Halvorsen final tmr
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "android",
        "uid": "f31a7c58b2e04d96@android-calendar",
        "lf": True,
        "label": (0, "", "", "", "", "thank-you-note-reminder-after-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:f31a7c58b2e04d96@android-calendar
DTSTAMP:20250313T121500Z
DTSTART;TZID=Asia/Singapore:20250314T083000
DTEND;TZID=Asia/Singapore:20250314T084500
SUMMARY:email thx to Dr Brenner + Dr Haas
DESCRIPTION:Danke for factory tour. mention Reinraum + the Penang supplier idea. cc Fr Vogt
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT0M
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E008000000002233BB44CC55DB01000000000000000010000000FULLERTONHEALTH-PEM-7718",
        "label": (0, "", "", "", "", "pre-employment-medical-screening"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Fullerton Health Appointments:mailto:appointments@fullertonhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniel Tan Wei Ming:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Appointment confirmation\n\nPackage: Pre-Employment Medical Examination (Corporate - Halvorsen Diagnostics Asia Pacific)\nIncludes: physical exam\, chest X-ray\, full blood count\, urine test\, vision & hearing.\n\nPlease fast for 8 hours prior (water allowed) and bring your NRIC and the employer's referral letter.
UID:040000008200E008000000002233BB44CC55DB01000000000000000010000000FULLERTONHEALTH-PEM-7718
SUMMARY;LANGUAGE=en-SG:Fullerton Health - Pre-Employment Medical
DTSTART;TZID=Singapore Standard Time:20250404T083000
DTEND;TZID=Singapore Standard Time:20250404T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T020055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Fullerton Health @ OUE Downtown\, 6 Shenton Way #05-03
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone",
        "uid": "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F8",
        "fold": False,
        "label": (0, "", "", "", "", "personal-polyclinic-doctor-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F8
DTSTAMP:20250203T080000Z
DTSTART:20250208T094000
DTEND:20250208T103000
SUMMARY:Bedok polyclinic - knee review (Dr Ong)
LOCATION:Bedok Polyclinic\, 11 Bedok North St 1
DESCRIPTION:bring MRI report + HealthHub appt QR. ask abt physio referral
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "6yx2w9v4u7t0s3r8q1p5o0n6mk@google.com",
        "label": (0, "", "", "", "", "school-parent-teacher-meeting"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250307T063000Z
DTEND:20250307T065000Z
DTSTAMP:20250224T120045Z
ORGANIZER;CN=Mei Tan:mailto:meiyee.tan83@gmail.com
UID:6yx2w9v4u7t0s3r8q1p5o0n6mk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Ethan P4 - Parent-Teacher Conference w Mrs Kwek (form teacher). booked thru Parents Gateway. 20 min slot. can u take half day?
LOCATION:Temasek Primary School
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PTC - Ethan (Mrs Kwek)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "DBS-APPT-SG-20250215-0044198",
        "label": (0, "", "", "", "", "bank-mortgage-refinancing-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//DBS Bank//Appointment Booking//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:DBS-APPT-SG-20250215-0044198
DTSTAMP:20250210T030000Z
DTSTART;TZID=Asia/Singapore:20250215T113000
DTEND;TZID=Asia/Singapore:20250215T123000
SUMMARY:DBS Appointment - Home Loan Refinancing
DESCRIPTION:Booking reference: 0044198\nBranch: DBS Tampines Mall\nService: Home loan consultation with a Mortgage Specialist\nPlease bring: NRIC\, latest 3 months' payslips\, latest IRAS Notice of Assessment\, outstanding loan statement.
LOCATION:DBS Tampines Mall\, 4 Tampines Central 5 #02-01
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ica",
        "uid": "ICA-PPT-COLL-2025-0227-AZ88713",
        "label": (0, "", "", "", "", "official-passport-collection-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ICA Singapore//e-Appointment//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ICA-PPT-COLL-2025-0227-AZ88713
DTSTAMP:20250220T010000Z
DTSTART:20250227T010000Z
DTEND:20250227T013000Z
SUMMARY:ICA Appointment - Collection of Passport
DESCRIPTION:Applicant: TAN WEI MING DANIEL\nPlease arrive at ICA Building\, 10 Kallang Road\, Level 3 at your appointment time with your old passport and NRIC. Late arrivals may be asked to re-book.
LOCATION:ICA Building\, 10 Kallang Road
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "2gd9f6s3a0p7o4i1u8y5t2r9eq@google.com",
        "label": (0, "", "", "", "", "cny-reunion-dinner-all-day-family"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250128
DTEND;VALUE=DATE:20250129
DTSTAMP:20250120T090000Z
UID:2gd9f6s3a0p7o4i1u8y5t2r9eq@google.com
DESCRIPTION:reunion dinner @ Ma's place Toa Payoh 6.30pm. steamboat - buy prawns + fishballs frm Tekka. ang bao x12 (new notes!)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CNY Eve - reunion dinner
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB01000000000000000010000000QMSTRAINING-ISO13485-2025",
        "label": (0, "", "", "", "", "quality-system-training-internal"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lim, Grace (QA)":mailto:grace.lim@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SG Procurement Team":mailto:sg-procurement@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Annual refresher - ISO 13485:2016 & GDPMDS (HSA) for Procurement\, Warehouse and CS. Topics: supplier evaluation records\, change notification\, complaint handling\, recalls (FSCA). Quiz at the end - 80% to pass\, attendance recorded for audit.
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB01000000000000000010000000QMSTRAINING-ISO13485-2025
SUMMARY;LANGUAGE=en-SG:GDPMDS / ISO 13485 refresher training
DTSTART;TZID=Singapore Standard Time:20250122T140000
DTEND;TZID=Singapore Standard Time:20250122T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T040022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L3-Training Rm (PC x8)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "20250226T010203Z-3310-daniel@mbp",
        "lf": True,
        "label": (0, "", "", "", "", "warehouse-site-visit-and-cycle-count"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:20250226T010203Z-3310-daniel@mbp
DTSTAMP:20250226T010203Z
DTSTART;TZID=Asia/Singapore:20250228T080000
DTEND;TZID=Asia/Singapore:20250228T120000
SUMMARY:Tuas DC - visit + cycle count (expiring stock)
LOCATION:Meridian DC\, 9 Tuas Ave 20
DESCRIPTION:walk w Faizal (WH mgr). chk quarantine cage + FEFO on gloves/syringes. SLOB list frm Jessica
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone",
        "uid": "4C3B2A19-0F8E-4D7C-B6A5-948372615A0B",
        "fold": False,
        "label": (0, "", "", "", "", "personal-makan-with-friends"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:4C3B2A19-0F8E-4D7C-B6A5-948372615A0B
DTSTAMP:20250301T150000Z
DTSTART:20250307T193000
DTEND:20250307T223000
SUMMARY:makan w NS kakis
LOCATION:Chomp Chomp
DESCRIPTION:Ah Seng booking table. bring $ for satay + kopi. dun drive
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000HIRERIGHTVERIF20250401A77",
        "label": (0, "", "", "", "", "background-screening-verification-call"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="HireRight APAC Screening":mailto:apac.screening@hireright.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Dear Daniel\,\n\nAs part of your background screening\, our analyst will call to clarify your employment dates at Meridian MedSupply and your NUS degree verification\, and to confirm the consent form. The call is about 10 minutes. This is not an interview.\n\nHireRight Screening Operations (Manila)
UID:040000008200E00074C5B7101A82E00800000000HIRERIGHTVERIF20250401A77
SUMMARY;LANGUAGE=en-SG:Background check - verification call
DTSTART;TZID=Singapore Standard Time:20250401T110000
DTEND;TZID=Singapore Standard Time:20250401T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T063333Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Phone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-event-offer-7736650-d19b02@greenhouse.io",
        "label": (0, "", "", "", "", "offer-call-after-interviews-done"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:gh-event-offer-7736650-d19b02@greenhouse.io
DTSTAMP:20250318T020000Z
DTSTART;TZID=Asia/Singapore:20250319T180000
DTEND;TZID=Asia/Singapore:20250319T183000
SUMMARY:Offer call - Daniel Tan (Halvorsen Diagnostics)
DESCRIPTION:Hi Daniel\, congratulations! I'd like to walk you through the offer package (base\, AWS\, bonus\, LTI\, relocation not applicable) and answer any questions before we send the written offer. - Rachel
LOCATION:Phone
ORGANIZER;CN=Rachel Lim:mailto:rachel.lim@halvorsendx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "eventbrite",
        "uid": "eventbrite-1055882104417-order-10928834551",
        "label": (0, "", "", "", "", "professional-association-networking-night"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:eventbrite-1055882104417-order-10928834551
DTSTAMP:20250121T090000Z
DTSTART;TZID=Asia/Singapore:20250213T183000
DTEND;TZID=Asia/Singapore:20250213T213000
SUMMARY:SIPMM Chinese New Year Networking Night 2025
DESCRIPTION:Lo hei\, light dinner and networking for purchasing & materials management professionals. Members $25\, non-members $45. Order #10928834551.\n\nhttps://www.eventbrite.sg/e/sipmm-cny-networking-night-2025-tickets-1055882104417
LOCATION:SIPMM Learning Centre\, 10 Anson Road #12-08
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "9cv1b4n7m0q3w6e9r2t5y8u1io@google.com",
        "label": (0, "", "", "", "", "vendor-software-demo-presentation"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T020000Z
DTEND:20250121T033000Z
DTSTAMP:20250114T051122Z
ORGANIZER;CN=Gavin Teo:mailto:gavin.teo@p2pcloud.com
UID:9cv1b4n7m0q3w6e9r2t5y8u1io@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=daniel.tan@meridianmedsupply.com.sg;X-NUM-GUESTS=0:mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gavin Teo;X-NUM-GUESTS=0:mailto:gavin.teo@p2pcloud.com
DESCRIPTION:P2PCloud x Meridian MedSupply - tailored demo: guided buying\, catalogue punch-out\, 3-way match with SAP\, supplier portal. Followed by commercial proposal walkthrough (PSG grant eligible).\n\nJoin with Google Meet: https://meet.google.com/dmo-pqrs-tuv
LOCATION:Meridian MedSupply L5 Boardroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:P2PCloud demo - Meridian MedSupply
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
