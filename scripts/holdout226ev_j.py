"""holdout226 events, part J: job-search admin, shifts, courts, welfare and personal life (negatives)."""

from holdout226ev_tz import GMT_STD, LONDON, LONDON_APPLE

EVENTS = [
    dict(
        kind="reference-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:Dear Sgt Rahman\,\n\nThomas Bryant has named you as his line m
 anager referee for the post of Investigator (Fraud) at the Serious Fraud
  Office. I would be grateful for 20 minutes to take a structured referen
 ce by phone covering his attendance\, conduct and investigative ability.
 \n\nMany thanks\nSFO Pre-employment Team
DTEND;TZID="GMT Standard Time":20250402T092000
DTSTAMP:20250327T100000Z
DTSTART;TZID="GMT Standard Time":20250402T090000
LOCATION:Phone
ORGANIZER;CN="Pre-employment Team":mailto:pre-employment@sfo.gov.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Reference - Thomas Bryant - SFO Investigator (Fraud)
UID:040000008200E00074C5B7101A82E0080000000034343434CDCDDB0100000000000000
 00100000003434CDCD3434CDCD3434CDCD3434CDCD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000034343434CDCDDB010000000000000000"
                 "100000003434CDCD3434CDCD3434CDCD3434CDCD", 0, "", "", "", "",
                 "reference-call-user-is-referee")],
    ),
    dict(
        kind="prep-block",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Aisha
X-WR-TIMEZONE:Europe/London
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250401T190000
DTEND;TZID=Europe/London:20250401T210000
DTSTAMP:20250601T120000Z
UID:9nm4p6r8t0v2x4z6b8d0f2h4ih@google.com
CREATED:20250330T101500Z
DESCRIPTION:Northgate final tomorrow!! - finish slides (8 max)\, 90 day pla
 n\, ORC stats for Midlands stores\, STAR x5: Op Kestrel\, shop theft nomin
 al mgmt\, difficult stakeholder (BID manager)\, leading through change\,
  integrity example. Iron shirt.
LAST-MODIFIED:20250330T101500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - Northgate final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("9nm4p6r8t0v2x4z6b8d0f2h4ih@google.com", 0, "", "", "", "",
                 "prep-block-before-final")],
    ),
    dict(
        kind="thank-you-reminder",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250410T171200Z
DTSTART;VALUE=DATE:20250411
DTEND;VALUE=DATE:20250412
DTSTAMP:20250410T171230Z
SUMMARY:thank you emails - Sam + Daniel (Harbourside)
DESCRIPTION:mention APP reimbursement point Daniel liked
TRANSP:TRANSPARENT
UID:0D1E2F3A-4B5C-4D6E-8F7A-9B0C1D2E3F4A
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("0D1E2F3A-4B5C-4D6E-8F7A-9B0C1D2E3F4A", 0, "", "", "", "",
                 "thank-you-reminder-after-final")],
    ),
    dict(
        kind="nights-recurring",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/London
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250203T220000
DTEND;TZID=Europe/London:20250204T070000
RRULE:FREQ=DAILY;INTERVAL=10;COUNT=12
DTSTAMP:20250601T120000Z
UID:0sq5r7t9v1x3z5b7d9f1h3j5ki@google.com
CREATED:20250120T200000Z
DESCRIPTION:Team B nights. Briefing 2145 Steelhouse.
LAST-MODIFIED:20250120T200000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nights
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250315T200000
DTEND;TZID=Europe/London:20250316T050000
DTSTAMP:20250601T120000Z
UID:0sq5r7t9v1x3z5b7d9f1h3j5ki@google.com
RECURRENCE-ID;TZID=Europe/London:20250315T220000
CREATED:20250120T200000Z
DESCRIPTION:Early start - Op Sentinel (Villa home game + city centre NTE)
 . Kit: public order.
LAST-MODIFIED:20250310T081500Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Nights (Op Sentinel - early)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("0sq5r7t9v1x3z5b7d9f1h3j5ki@google.com", 0, "", "", "", "",
                 "recurring-night-shift-with-override")],
    ),
    dict(
        kind="netball-league",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250108T194400Z
DTEND;TZID=Europe/London:20250115T204000
DTSTAMP:20250108T194500Z
DTSTART;TZID=Europe/London:20250115T194000
LAST-MODIFIED:20250108T194500Z
LOCATION:Moseley Sports Centre
RRULE:FREQ=WEEKLY;UNTIL=20250611T184000Z;BYDAY=WE
SEQUENCE:0
SUMMARY:Netball league - Moseley Mavericks
DESCRIPTION:bib GD. subs £5. swap if on lates
TRANSP:OPAQUE
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
EXDATE;TZID=Europe/London:20250305T194000
END:VEVENT
BEGIN:VEVENT
CREATED:20250108T194400Z
DTEND;TZID=Europe/London:20250402T213000
DTSTAMP:20250325T090000Z
DTSTART;TZID=Europe/London:20250402T203000
LAST-MODIFIED:20250325T090000Z
LOCATION:Wyndley Leisure Centre\, Sutton
RECURRENCE-ID;TZID=Europe/London:20250402T194000
SEQUENCE:1
SUMMARY:Netball league - Moseley Mavericks (AWAY - cup QF)
TRANSP:OPAQUE
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
END:VEVENT
END:VCALENDAR
""",
        labels=[("5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9", 0, "", "", "", "",
                 "recurring-netball-league-with-override")],
    ),
    dict(
        kind="rest-days",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250408
DTEND;VALUE=DATE:20250410
DTSTAMP:20250601T120000Z
UID:1tr6s8u0w2y4a6c8e0g2i4k6lj@google.com
CREATED:20250301T090000Z
DESCRIPTION:RDs - NOT cancelled (checked with RMU).
LAST-MODIFIED:20250301T090000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDs
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        labels=[("1tr6s8u0w2y4a6c8e0g2i4k6lj@google.com", 0, "", "", "", "",
                 "all-day-rest-days")],
    ),
    dict(
        kind="crown-court",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:WITNESS WARNING - R v KERR (s18 GBH). Birmingham Crown Court\,
  Court 7. You are warned to attend to give evidence (arresting officer /
  interviewing officer). CPS reviewing lawyer: Mr P Dunn. Bring PNB and a c
 opy of your MG11. Contact Witness Care if you have RDs/leave.
DTEND;TZID="GMT Standard Time":20250602T163000
DTSTAMP:20250512T100000Z
DTSTART;TZID="GMT Standard Time":20250602T093000
LOCATION:Birmingham Crown Court\, Queen Elizabeth II Law Courts
ORGANIZER;CN="Witness Care Unit":mailto:witness.care@midlandborough.police.
 uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Court warning - R v Kerr - Crown Court 7
UID:040000008200E00074C5B7101A82E0080000000056565656EFEFDB0100000000000000
 00100000005656EFEF5656EFEF5656EFEF5656EFEF
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000056565656EFEFDB010000000000000000"
                 "100000005656EFEF5656EFEF5656EFEF5656EFEF", 0, "", "", "", "",
                 "crown-court-witness-warning-cps")],
    ),
    dict(
        kind="iopc-witness",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN=Lead Investigator;RSVP=TRUE:mailto:r.okonkwo@policeconduct.gov
 .uk
CLASS:CONFIDENTIAL
DESCRIPTION:IOPC independent investigation 2024/0441 (DSI - custody). You
  are a WITNESS in this investigation\, not a subject. The IOPC investigato
 r will take a witness account from you by interview. You may bring a Fed
  rep. PSD liaison: DS Morton.
DTEND;TZID="GMT Standard Time":20250325T120000
DTSTAMP:20250317T110000Z
DTSTART;TZID="GMT Standard Time":20250325T100000
LOCATION:PSD\, Park Lane - interview room 1
ORGANIZER;CN="Morton, Gary (DS 1200)":mailto:gary.morton@midlandborough.po
 lice.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:IOPC witness interview - Sgt Rahman
UID:040000008200E00074C5B7101A82E0080000000078787878A1A1DB0100000000000000
 00100000007878A1A17878A1A17878A1A17878A1A1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000078787878A1A1DB010000000000000000"
                 "100000007878A1A17878A1A17878A1A17878A1A1", 0, "", "", "", "",
                 "iopc-witness-interview-not-job")],
    ),
    dict(
        kind="trim-assessment",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250225T100000Z
DTEND;TZID=Europe/London:20250303T140000
DTSTAMP:20250225T100010Z
DTSTART;TZID=Europe/London:20250303T130000
SEQUENCE:0
SUMMARY:TRiM 28 day - w/ Sue (OH)
DESCRIPTION:follow up from the Aston stabbing. she'll do the risk assessm
 ent interview again.
TRANSP:OPAQUE
UID:6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0
END:VEVENT
END:VCALENDAR
""",
        labels=[("6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0", 0, "", "", "", "",
                 "trim-welfare-risk-assessment")],
    ),
    dict(
        kind="tutor-pdp",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="Khan, Adeel (SC 9902)";RSVP=TRUE:mailto:adeel.khan@midlandbor
 ough.police.uk
CLASS:PUBLIC
DESCRIPTION:Student officer Khan - PDP review ahead of Independent Patrol
  Status. Tutor (PC Evans) and Sgt Rahman as supervising sgt. Bring PAC e
 vidence.
DTEND;TZID="GMT Standard Time":20250410T150000
DTSTAMP:20250331T090000Z
DTSTART;TZID="GMT Standard Time":20250410T140000
LOCATION:Steelhouse Lane - tutor room
ORGANIZER;CN="Tutor Unit":mailto:tutor.unit@midlandborough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:SO Khan - PDP / IPS review
UID:040000008200E00074C5B7101A82E008000000009A9A9A9AB2B2DB0100000000000000
 00100000009A9AB2B29A9AB2B29A9AB2B29A9AB2B2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E008000000009A9A9A9AB2B2DB010000000000000000"
                 "100000009A9AB2B29A9AB2B29A9AB2B29A9AB2B2", 0, "", "", "", "",
                 "student-officer-tutor-review")],
    ),
    dict(
        kind="eid-party",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250315T210000Z
DTEND;TZID=Europe/London:20250405T170000
DTSTAMP:20250315T210020Z
DTSTART;TZID=Europe/London:20250405T130000
LOCATION:Nani's\, Sparkhill
SEQUENCE:0
SUMMARY:Inaya's Eid party 🎉
DESCRIPTION:cake from Ashas\, mehndi girl 2pm\, balloons. Zara + kids comi
 ng. get RD confirmed!!
TRANSP:OPAQUE
UID:7A8B9C0D-1E2F-4A3B-C4D5-E6F7A8B9C0D1
END:VEVENT
END:VCALENDAR
""",
        labels=[("7A8B9C0D-1E2F-4A3B-C4D5-E6F7A8B9C0D1", 0, "", "", "", "",
                 "personal-daughter-eid-party")],
    ),
    dict(
        kind="gp-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//EMIS Health//Patient Access//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pa-appt-77120943@patient.emisaccess.co.uk
DTSTAMP:20250303T071500Z
DTSTART:20250306T084000Z
DTEND:20250306T085000Z
SUMMARY:GP appointment - Dr S Mahmood
DESCRIPTION:Appointment type: Face to face\nClinician: Dr S Mahmood\nPract
 ice: Stratford Road Medical Practice\nPlease arrive 5 minutes early.
LOCATION:Stratford Road Medical Practice
END:VEVENT
END:VCALENDAR
""",
        labels=[("pa-appt-77120943@patient.emisaccess.co.uk", 0, "", "", "", "",
                 "personal-gp-appointment")],
    ),
    dict(
        kind="mot-booking",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kwik Fit//Online Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:kf-booking-BK4471902-hallgreen
DTSTAMP:20250420T183000Z
DTSTART:20250426T080000Z
DTEND:20250426T090000Z
SUMMARY:MOT - Kwik Fit Hall Green (FY19 KXR)
DESCRIPTION:Booking ref BK4471902. MOT test Class 4. Please arrive 10 mi
 nutes before your booking time.
LOCATION:Kwik Fit\, Stratford Road\, Hall Green
END:VEVENT
END:VCALENDAR
""",
        labels=[("kf-booking-BK4471902-hallgreen", 0, "", "", "", "",
                 "personal-mot-booking")],
    ),
    dict(
        kind="fed-rep",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250219T130000Z
DTEND:20250219T140000Z
DTSTAMP:20250214T091100Z
ORGANIZER;CN=Pete Lyons (Fed):mailto:pete.lyons.fed@gmail.com
UID:2us7t9v1x3z5b7d9f1h3j5l7mk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
DESCRIPTION:Pension options if you leave before 20 yrs - 2015 scheme vs le
 gacy\, deferred pension\, notice period under Police Regs. Bring your Aes
 on statement.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fed - pension chat (Aisha)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("2us7t9v1x3z5b7d9f1h3j5l7mk@google.com", 0, "", "", "", "",
                 "federation-pension-advice-leaving")],
    ),
    dict(
        kind="recruiter-generic",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
CLASS:PUBLIC
DESCRIPTION:Hi Aisha\, thanks for connecting on LinkedIn. I recruit acros
 s security\, investigations and risk in the Midlands - lots of clients t
 aking ex-police at the moment. Let's have a 20 min call so I can underst
 and what you're after and register you properly. No specific role yet.\n
 \nRyan Cheema\nCalder Recruitment - Security & Risk
DTEND;TZID="GMT Standard Time":20250226T124000
DTSTAMP:20250221T160000Z
DTSTART;TZID="GMT Standard Time":20250226T122000
LOCATION:Phone - I'll call you
ORGANIZER;CN="Cheema, Ryan":mailto:ryan.cheema@calderrecruitment.co.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Aisha Rahman / Calder Recruitment - intro call
UID:040000008200E00074C5B7101A82E00800000000BCBCBCBC1313DB0100000000000000
 0010000000BCBC1313BCBC1313BCBC1313BCBC1313
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000BCBCBCBC1313DB01000000000000000"
                 "010000000BCBC1313BCBC1313BCBC1313BCBC1313", 0, "", "", "", "",
                 "recruiter-intro-no-employer-named")],
    ),
    dict(
        kind="mortgage-appt",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bookings-mortgage-3c2b1a0f9e8d7c6b
DTSTAMP:20250505T120000Z
DTSTART:20250510T090000Z
DTEND:20250510T100000Z
SUMMARY:Mortgage appointment - remortgage review
DESCRIPTION:Service: Mortgage appointment (telephone)\nStaff: Mortgage Ad
 viser\nCustomer: Aisha Rahman\n\nPlease have your latest payslips and P
 60 ready. If you are changing jobs\, please let your adviser know as thi
 s may affect affordability.\n\nBooked using Microsoft Bookings
ORGANIZER;CN=Albion Building Society Mortgages:mailto:mortgages@albionbs.c
 o.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT:mailto:aisha.rahman.brum@gma
 il.com
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
""",
        labels=[("bookings-mortgage-3c2b1a0f9e8d7c6b", 0, "", "", "", "",
                 "personal-mortgage-appointment-at-applied-employer")],
    ),
]
