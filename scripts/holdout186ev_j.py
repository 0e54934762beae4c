"""holdout186: negatives, part J - Shannon's personal life."""
# ruff: noqa: E501, W291
from holdout186ev_common import ev

EVENTS = [
    ev("swimming", "4k2i0g8e6c4a2y0w8u6s4q2o0m@google.com", 0, "", "", "", "",
       "recurring-kids-swimming-with-override", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Family
X-WR-TIMEZONE:Europe/London
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260908T171500
DTEND;TZID=Europe/London:20260908T180000
RRULE:FREQ=WEEKLY;BYDAY=TU
DTSTAMP:20260901T190000Z
UID:4k2i0g8e6c4a2y0w8u6s4q2o0m@google.com
CREATED:20260901T185900Z
DESCRIPTION:Alfie stage 5\, Ruby stage 3. goggles!! £ for the vending machine
LAST-MODIFIED:20260901T190000Z
LOCATION:Moss Side Leisure Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Swimming - kids
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261027T161500
DTEND;TZID=Europe/London:20261027T170000
DTSTAMP:20261020T190000Z
UID:4k2i0g8e6c4a2y0w8u6s4q2o0m@google.com
RECURRENCE-ID;TZID=Europe/London:20261027T171500
CREATED:20260901T185900Z
DESCRIPTION:half term - earlier session. Mark taking them
LAST-MODIFIED:20261020T190000Z
LOCATION:Moss Side Leisure Centre
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Swimming - kids (half term time)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("dentist", "D2F4A6C8-E0B2-4D6F-8A1C-3E5A7C9E1B3D", 0, "", "", "", "",
       "dentist-check-up-typed", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D2F4A6C8-E0B2-4D6F-8A1C-3E5A7C9E1B3D
DTSTAMP:20260903T080000Z
DTSTART:20260918T084000
DTEND:20260918T090000
SUMMARY:Dentist
LOCATION:Chorlton Dental Practice
DESCRIPTION:check up + hygienist. £ 
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("hospital", "3m1k9i7g5e3c1a9y7w5u3s1q9o@google.com", 0, "", "", "", "",
       "mums-hospital-outpatients-appointment", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261013T104500
DTEND;TZID=Europe/London:20261013T123000
DTSTAMP:20260925T210000Z
UID:3m1k9i7g5e3c1a9y7w5u3s1q9o@google.com
CREATED:20260925T210000Z
DESCRIPTION:Mum - cardiology outpatients\, Dr Iqbal. pick her up 10. bring her meds list + the letter. blue badge in glovebox. parking is a nightmare - go multi storey
LAST-MODIFIED:20260925T210000Z
LOCATION:Wythenshawe Hospital\, Southmoor Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mum hospital appt (Wythenshawe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("hen-do", "2n0l8j6h4f2d0b8z6x4v2t0r8p@google.com", 0, "", "", "", "",
       "hen-do-multi-day-all-day", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Shannon Doyle
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261120
DTEND;VALUE=DATE:20261123
DTSTAMP:20260801T120000Z
UID:2n0l8j6h4f2d0b8z6x4v2t0r8p@google.com
CREATED:20260801T120000Z
DESCRIPTION:Becca's hen!! Blackpool. Fri night Funny Girls\, Sat day boozy brunch + pub crawl (theme = 80s)\, Sun recovery. £185 paid to Jo. holiday booked in Workday
LAST-MODIFIED:20260801T120000Z
LOCATION:Blackpool
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Becca's hen do - Blackpool
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("parents-evening", "schoolcloud-pe-88214-st-johns@schoolcloud.co.uk", 0, "", "", "", "",
       "school-parents-evening-booking", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SchoolCloud//Parents Evening System//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:schoolcloud-pe-88214-st-johns@schoolcloud.co.uk
DTSTAMP:20261101T200000Z
DTSTART:20261112T163000Z
DTEND:20261112T165000Z
SUMMARY:Parents' Evening - Year 6 & Year 3 (St John's CE Primary)
DESCRIPTION:Appointments:\n16:30 Mrs Clarke (6C) - Alfie Doyle\n16:40 Mr Ahmed (3A) - Ruby Doyle\n\nAppointments are 5 minutes. Please arrive on time.
LOCATION:St John's CE Primary School
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("mortgage-interview", "halifax-appt-20261107-5521@lloydsbanking.com", 0, "", "", "", "",
       "mortgage-interview-at-bank", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lloyds Banking Group//Appointment Booking//EN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:halifax-appt-20261107-5521@lloydsbanking.com
DTSTAMP:20261020T120000Z
DTSTART;TZID=Europe/London:20261107T100000
DTEND;TZID=Europe/London:20261107T113000
SUMMARY:Your Halifax mortgage appointment
DESCRIPTION:Hello Shannon\,\n\nYour mortgage interview with a Halifax Mortgage Adviser is confirmed.\n\nAppointment type: Remortgage - face to face\nAdviser: Gareth Lloyd\nBranch: Halifax Manchester Market Street\n\nPlease bring: photo ID\, 3 months' payslips\, 3 months' bank statements\, your latest P60.\n\nHalifax is a division of Bank of Scotland plc.
LOCATION:Halifax\, Market Street\, Manchester
ORGANIZER;CN=Halifax Appointments:mailto:noreply@appointments.halifax.co.uk
ATTENDEE;CN=Shannon Doyle;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("gp", "E4A6C8E0-B2D4-4F6A-8C0E-2A4C6E8A0C2E", 0, "", "", "", "",
       "gp-phone-appointment-typed", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.7//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E4A6C8E0-B2D4-4F6A-8C0E-2A4C6E8A0C2E
DTSTAMP:20261102T083015Z
DTSTART:20261104T154000
DTEND:20261104T155000
SUMMARY:GP phone call (Dr Shah)
DESCRIPTION:they ring u - back results. keep phone on!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("mot", "5l3j1h9f7d5b3z1x9v7t5r3p1n@google.com", 0, "", "", "", "",
       "car-mot-booking", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261121T083000
DTEND;TZID=Europe/London:20261121T093000
DTSTAMP:20261010T120000Z
UID:5l3j1h9f7d5b3z1x9v7t5r3p1n@google.com
CREATED:20261010T120000Z
DESCRIPTION:Kwik Fit Stretford. MOT + they'll look at the knocking noise
LAST-MODIFIED:20261010T120000Z
LOCATION:Kwik Fit\, Stretford
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Car MOT
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("errand", "F6B8D0A2-C4E6-4A8C-9E0B-4D6F8A0C2E4B", 0, "", "", "", "",
       "errand-collect-interview-outfit", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F6B8D0A2-C4E6-4A8C-9E0B-4D6F8A0C2E4B
DTSTAMP:20261015T120000Z
DTSTART;VALUE=DATE:20261017
DTEND;VALUE=DATE:20261018
SUMMARY:collect interview suit from Next (click & collect)
DESCRIPTION:Arndale. order no in email. get tights too
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("passport", "gov-uk-hmpo-appt-20261204-33810", 0, "", "", "", "",
       "official-passport-office-appointment", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HM Passport Office//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:gov-uk-hmpo-appt-20261204-33810
DTSTAMP:20261120T100000Z
DTSTART:20261204T094500Z
DTEND:20261204T104500Z
SUMMARY:Passport Office appointment - Fast Track (1 week)
DESCRIPTION:Appointment for: Ruby Doyle (child renewal)\nPlease bring your completed application\, the old passport and 2 new photos. Arrive no more than 15 minutes before your appointment.
LOCATION:Liverpool Passport Office\, 101 Old Hall Street\, Liverpool L3 9BD
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
]
