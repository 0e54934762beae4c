"""holdout226 events, part F: marketplace, hotels, custody, civil service, parcels, water, Irish insurer, bank."""

from holdout226ev_tz import GMT_STD, LONDON

EVENTS = [
    dict(
        kind="calcom-intro",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:k3Xv9qPz2mL8rT4wY6bN1c@Cal.com
DTSTAMP:20250410T093000Z
DTSTART:20250415T160000Z
DTEND:20250415T162500Z
SUMMARY:Recruiter intro between Priyanka Sood and Aisha Rahman
DESCRIPTION:What: Recruiter intro\nInvitee Time Zone: Europe/London\nWho:
 \n- Priyanka Sood - Organizer\n  priyanka@tradely.co\n- Aisha Rahman\n  a
 isha.rahman.brum@gmail.com\nWhere: Google Meet https://meet.google.com/
 jpa-ykzq-wue\nAdditional notes: Trust & Safety Investigator - Marketplac
 e Integrity. Saw your application\, keen to chat!\n\nNeed to make a chan
 ge? Cancel or reschedule: https://app.cal.com/booking/k3Xv9qPz2mL8rT4wY6
 bN1c
ORGANIZER;CN=Priyanka Sood:mailto:priyanka@tradely.co
ATTENDEE;PARTSTAT=ACCEPTED;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:
 mailto:aisha.rahman.brum@gmail.com
LOCATION:https://meet.google.com/jpa-ykzq-wue
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("k3Xv9qPz2mL8rT4wY6bN1c@Cal.com", 1, "Tradely",
                 "Trust & Safety Investigator - Marketplace Integrity", "recruiter_screen",
                 "priyanka@tradely.co", "cal-com-recruiter-intro")],
    ),
    dict(
        kind="ashby-work-sample",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-19ce7b0d-4f2a-4b8e-a6c1-tradely-ws
DTSTAMP:20250422T141500Z
DTSTART:20250428T130000Z
DTEND:20250428T140000Z
SUMMARY:Tradely | Aisha Rahman | Work Sample Review
DESCRIPTION:Trust & Safety Investigator - Marketplace Integrity\n\nWe'll
  go through the take-home you submitted (the counterfeit-trainers seller
  ring). Be ready to explain how you linked the accounts and what you'd ha
 nd to law enforcement.\n\nInterviewer(s): Felix Baptiste (T&S Investigat
 ions Lead)\, Ama Owusu (Policy)\n\nGoogle Meet: https://meet.google.com/
 xuv-pqrs-bnm\n\nScheduled via Ashby
ORGANIZER;CN=Tradely Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Felix Baptiste;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f
 elix@tradely.co
ATTENDEE;CN=Ama Owusu;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:ama@t
 radely.co
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("ashby-19ce7b0d-4f2a-4b8e-a6c1-tradely-ws", 1, "Tradely",
                 "Trust & Safety Investigator - Marketplace Integrity", "technical",
                 "felix@tradely.co;ama@tradely.co", "ashby-work-sample-review-noreply")],
    ),
    dict(
        kind="harri-hotel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harri//Harri Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:harri-iv-58820913-kingfisherhotels
DTSTAMP:20250313T190000Z
DTSTART:20250320T140000Z
DTEND:20250320T143000Z
SUMMARY:Video Interview - Kingfisher Hotels
DESCRIPTION:Hi Aisha\, you have a video interview with Kingfisher Hotels
  for Security & Safeguarding Manager (Midlands cluster).\n\nInterviewer:
  Rhys Morgan\n\nJoin on the Harri app or at https://harri.com/vi/58820913
 \n\nTip: test your camera and microphone before the interview.
LOCATION:Harri Video Interview
ORGANIZER;CN=Kingfisher Hotels via Harri:mailto:no-reply@harri.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahma
 n.brum@gmail.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("harri-iv-58820913-kingfisherhotels", 1, "Kingfisher Hotels",
                 "Security & Safeguarding Manager (Midlands cluster)", "", "Rhys Morgan",
                 "harri-hospitality-video-interview")],
    ),
    dict(
        kind="webex-custody",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:1b2d9e7f40a14cc9a1f2e3d4c5b6a798@webex.com
DTSTAMP:20250404T081500Z
DTSTART;TZID=Europe/London:20250411T150000
DTEND;TZID=Europe/London:20250411T160000
SUMMARY:Sentinel Custodial Services - Head of Security (Prisoner Escort) -
  interview
DESCRIPTION:Aisha\, please join the Webex meeting below for your intervie
 w with Carl Jennings (Operations Director) and Yvonne Adebayo (Head of Com
 pliance). We'll cover use of force governance\, escape and absconder inci
 dents and your experience with custody suites.\n\nJoin meeting: https://
 sentinelcs.webex.com/meet/c.jennings\nMeeting number: 2741 118 9902\nPas
 sword: Sent1nel\nJoin by phone: +44-20-7660-8149 United Kingdom Toll\nAcc
 ess code: 274 111 89902
LOCATION:https://sentinelcs.webex.com/meet/c.jennings
ORGANIZER;CN=Carl Jennings:mailto:carl.jennings@sentinelcs.co.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Yvonne Adebayo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:y
 vonne.adebayo@sentinelcs.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("1b2d9e7f40a14cc9a1f2e3d4c5b6a798@webex.com", 1, "Sentinel Custodial Services",
                 "Head of Security (Prisoner Escort)", "",
                 "carl.jennings@sentinelcs.co.uk;yvonne.adebayo@sentinelcs.co.uk",
                 "webex-interview-custody-words")],
    ),
    dict(
        kind="civil-service",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Oleeo//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:csj-interview-394112-slot-17@civilservicejobs.service.gov.uk
DTSTAMP:20250415T120000Z
DTSTART:20250429T123000Z
DTEND:20250429T133000Z
SUMMARY:HMRC - Fraud Investigation Service - Higher Officer (Criminal Inv
 estigator) - interview
DESCRIPTION:Vacancy reference: 394112\n\nYou have been invited to intervi
 ew. This will be a Success Profiles interview assessing the following be
 haviours: Making Effective Decisions\, Communicating and Influencing\, W
 orking Together\, plus two strength-based questions. You will also be as
 ked to deliver a 5 minute presentation on the topic in your invitation e
 mail.\n\nFormat: Video (Microsoft Teams)\; the link will be sent by the v
 acancy holder.\n\nPlease note that Security Clearance (SC) will be requir
 ed if successful.\n\nCivil Service Jobs
LOCATION:Video interview
ORGANIZER;CN=Civil Service Jobs:mailto:noreply@csjobs.cabinetoffice.gov.uk
END:VEVENT
END:VCALENDAR
""",
        labels=[("csj-interview-394112-slot-17@civilservicejobs.service.gov.uk", 1,
                 "HM Revenue & Customs", "Higher Officer (Criminal Investigator)", "", "",
                 "civil-service-success-profiles-behaviours-interview")],
    ),
    dict(
        kind="chime-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="Sharma, Vikram";RSVP=TRUE:mailto:vsharma@parcelo.co.uk
ATTENDEE;CN="Lowry, Bethany";RSVP=TRUE:mailto:blowry@parcelo.co.uk
CLASS:PUBLIC
CREATED:20250402T114900Z
DESCRIPTION:Hello Aisha\,\n\nYour virtual interview loop for Loss Preventi
 on Area Manager (BHX4/BHX7) is confirmed. You will meet Vikram Sharma (Re
 gional LP Manager) and Bethany Lowry (Site Lead). Each will ask behaviou
 ral questions against our Leadership Principles - please have specific e
 xamples ready with data.\n\nAmazon Chime-style link: https://chime.parce
 lo.co.uk/meet/4471902211\nMeeting ID: 4471 90 2211\n\nRecruiting Coordinat
 or\nParcelo UK
DTEND;TZID="GMT Standard Time":20250410T110000
DTSTAMP:20250402T114900Z
DTSTART;TZID="GMT Standard Time":20250410T093000
LOCATION:Parcelo Meet (Chime)
ORGANIZER;CN="Recruiting Coordination UK":mailto:rc-uk@parcelo.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview Loop - Aisha Rahman - LP Area Manager
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB0100000000000000
 0010000000778899AABBCCDDEEFF00112233445566
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB01000000000000000"
                 "010000000778899AABBCCDDEEFF00112233445566", 1, "Parcelo",
                 "Loss Prevention Area Manager", "onsite",
                 "vsharma@parcelo.co.uk;blowry@parcelo.co.uk",
                 "interview-loop-leadership-principles-coordinator")],
    ),
    dict(
        kind="workday-phone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:INTERVIEW_EVENT-6-1120447@tamevalley.wd3.myworkdayjobs.com
SEQUENCE:0
DTSTAMP:20250505T102200Z
DTSTART:20250512T073000Z
DTEND:20250512T080000Z
SUMMARY:Tame Valley Water - Phone Interview
LOCATION:Telephone
ORGANIZER;CN=Tame Valley Water Careers:mailto:tamevalley@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Rah
 man:mailto:aisha.rahman.brum@gmail.com
DESCRIPTION:Job: Revenue Protection Investigations Manager (JR-2025-0871)
 \nInterview Type: Phone Screen\nInterviewer: Amy Clarke\, Resourcing Part
 ner\nYou will receive a call from a withheld number at the time above (08
 :30 UK time).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("INTERVIEW_EVENT-6-1120447@tamevalley.wd3.myworkdayjobs.com", 1,
                 "Tame Valley Water", "Revenue Protection Investigations Manager",
                 "recruiter_screen", "Amy Clarke", "workday-phone-screen-utc-bst")],
    ),
    dict(
        kind="zoom-dublin",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Dublin
LAST-MODIFIED:20240422T053450Z
X-LIC-LOCATION:Europe/Dublin
BEGIN:STANDARD
TZNAME:GMT
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:IST
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250224T173510Z
DTSTART;TZID=Europe/Dublin:20250303T090000
DTEND;TZID=Europe/Dublin:20250303T094500
SUMMARY:Claims Fraud Investigator (UK) - Aisha Rahman - SIU interview
UID:ZOOM81466037215
TZID:Europe/Dublin
DESCRIPTION:Eimear Flood is inviting you to a scheduled Zoom meeting.\n\nJ
 oin Zoom Meeting\nhttps://shannondirect.zoom.us/j/81466037215?pwd=RzFnM1
 c\n\nMeeting ID: 814 6603 7215\nPasscode: 550213\n\n---\n\nOne tap mobile
 \n+35312408021\,\,81466037215# Ireland\n+442034815240\,\,81466037215# Uni
 ted Kingdom\n\nInterview with Eimear Flood (SIU Manager) and Declan Hoga
 n (Claims Director). Shannon Direct Insurance.
LOCATION:https://shannondirect.zoom.us/j/81466037215?pwd=RzFnM1c
ORGANIZER;CN=Eimear Flood:mailto:eimear.flood@shannondirect.ie
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("ZOOM81466037215", 1, "Shannon Direct Insurance",
                 "Claims Fraud Investigator (UK)", "",
                 "eimear.flood@shannondirect.ie;Declan Hogan",
                 "zoom-ics-dublin-tz-names-in-body")],
    ),
    dict(
        kind="floating-typed",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android 4.2504//EN
BEGIN:VEVENT
UID:outlook-android-2c1f9e80a77b4e2f
DTSTAMP:20250512T201100Z
DTSTART:20250520T171500
DTEND:20250520T181500
SUMMARY:Colmore PB - FinCrime Inv Mgr - teams int (2nd)
DESCRIPTION:Panel - Richard Hale + Anouska ?. Lates - swapped w Kev. 2nd
  round so prob competency + case study. Ask about hybrid\, car\, pension (
 lose police pension!!)
LOCATION:Teams
END:VEVENT
END:VCALENDAR
""",
        labels=[("outlook-android-2c1f9e80a77b4e2f", 1, "Colmore Private Bank",
                 "FinCrime Inv Mgr", "", "Richard Hale;Anouska",
                 "floating-time-hand-typed-second-round")],
    ),
]
