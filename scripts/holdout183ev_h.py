"""holdout183 events, part H: more hiring-side entries, then the newsroom's own "interviews"."""

from holdout183ev_zones import GMT_STD, LONDON

EVENTS = []

# Hand-typed notes about candidates after panel
EVENTS.append(dict(
    kind="phone-typed", iv=0, hiring=True,
    trap="user-as-interviewer-typed-notes-on-candidates",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + LONDON + """BEGIN:VEVENT
CREATED:20250311T124410Z
DTSTAMP:20250311T124455Z
DTSTART;TZID=Europe/London:20250311T123000
DTEND;TZID=Europe/London:20250311T124500
SUMMARY:panel B notes
DESCRIPTION:0147 - v good on numbers\\, nervous\\, 4s. 0203 - great story ide
 as (care homes)\\, weak on law Q\\, 3/4. 0088 - talked over Rachel\\, 2. 0311 -
  the best today\\, hire. Scores in by 12 tmrw
SEQUENCE:0
TRANSP:TRANSPARENT
UID:71A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8
END:VEVENT
END:VCALENDAR
"""))

# Calendly: Oliver as host, open office hours for trainee applicants
EVENTS.append(dict(
    kind="calendly-host", iv=0, hiring=True,
    trap="user-as-interviewer-calendly-host-applicant-booked",
    ics="""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e
DTSTAMP:20250207T194500Z
DTSTART:20250211T161500Z
DTEND:20250211T163000Z
SUMMARY:Oliver Kemp and Zara Hussain: TJS applicants - 15 min chat with a bu
 siness reporter
DESCRIPTION:A new event has been scheduled.\\n\\nEvent Type: TJS applicants -
  15 min chat with a business reporter\\nInvitee: Zara Hussain\\nInvitee Email:
  zara.hussain@student.lse.ac.uk\\nEvent Date/Time: 16:15 - Tuesday\\, 11 Feb
  2025 (Greenwich Mean Time)\\nLocation: Microsoft Teams\\n\\nQuestions:\\nWhat wo
 uld you like to ask? How much maths is in the written test and what do you
  look for at interview?\\n\\nView event in Calendly
ORGANIZER;CN=Oliver Kemp:mailto:oliver.kemp@theledger.co.uk
ATTENDEE;CN=Zara Hussain;PARTSTAT=ACCEPTED:mailto:zara.hussain@student.lse.ac.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Blind CV sift block
EVENTS.append(dict(
    kind="outlook", iv=0, hiring=True,
    trap="user-as-interviewer-blind-application-sift",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Ledger Early Careers":mailto:earlycareers@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Sift batch 2 of the TJS applications (anonymised)
 . 40 applications each\\, score the pitch and the 300-word piece 1-4. Guidanc
 e and the sift sheet are on the TJS SharePoint.\\n
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B9CADB01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
SUMMARY;LANGUAGE=en-GB:TJS sift - batch 2 (block out time)
DTSTART;TZID=GMT Standard Time:20250213T140000
DTEND;TZID=GMT Standard Time:20250213T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Feedback calls to unsuccessful candidates
EVENTS.append(dict(
    kind="desktop-typed", iv=0, hiring=True,
    trap="user-as-interviewer-feedback-calls-to-rejected",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + GMT_STD + """BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250331T083012Z
DESCRIPTION:0088 and 0147 asked for feedback. Be kind\\, be specific. Rachel
  says no scores over the phone.\\n
DTEND;TZID="GMT Standard Time":20250402T093000
DTSTAMP:20250331T083012Z
DTSTART;TZID="GMT Standard Time":20250402T090000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:feedback calls - 2 unsuccessful TJS
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9CADBDB010000000000000000100000001A2B3C4D1A2B3C4D1A2B3C4D1A2B3C4D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

# Microsoft Bookings: Oliver as staff for a trainee-scheme open evening slot
EVENTS.append(dict(
    kind="bookings-staff", iv=0, hiring=True,
    trap="user-as-interviewer-bookings-staff-applicant-clinic",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN=Ledger Trainee Scheme:mailto:LedgerTraineeScheme@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\\n\\nService: Application feedback clin
 ic (20 mins)\\nCustomer: Liam Doherty\\nEmail: liamdoherty.news@gmail.com\\nSt
 aff: Oliver Kemp\\n\\nCustomer notes: Applied last year and didn't get past t
 he sift - want to know what to do differently.\\n
UID:040000008200E00074C5B7101A82E00800000000F7A8B9CADBECDB010000000000000000100000002B3C4D5E2B3C4D5E2B3C4D5E2B3C4D5E
SUMMARY;LANGUAGE=en-GB:Application feedback clinic - Liam Doherty
DTSTART;TZID=GMT Standard Time:20250120T173000
DTEND;TZID=GMT Standard Time:20250120T175000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250114T211100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Offer/decision discussion with HR for the mat-cover hire
EVENTS.append(dict(
    kind="teams", iv=0, hiring=True,
    trap="user-as-interviewer-hiring-decision-with-hr",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Gallagher, Fiona":mailto:fiona.gallagher@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Boateng, Marc
 us (People)":mailto:marcus.boateng@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Kemal vs Daniel - make the call\\, agree salary (b
 and C)\\, start date. Marcus to do references.\\n\\nMicrosoft Teams meeting\\nC
 lick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_ZTI2OGEx>\\n
UID:040000008200E00074C5B7101A82E0080000000019B8C9D0E1F2DB010000000000000000100000003C4D5E6F3C4D5E6F3C4D5E6F3C4D5E6F
SUMMARY;LANGUAGE=en-GB:Biz reporter cover - decision
DTSTART;TZID=GMT Standard Time:20250227T120000
DTEND;TZID=GMT Standard Time:20250227T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Panel B afternoon, the interviewer's copy as Oliver keeps it in his personal calendar (UTC export)
EVENTS.append(dict(
    kind="gcal-export", iv=0, hiring=True,
    trap="user-as-interviewer-personal-copy-of-panel-day",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Oliver (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250312T133000Z
DTEND:20250312T170000Z
DTSTAMP:20250305T220011Z
UID:0a2c4e6g8i0k2m4o6q8s0u2w4y@google.com
CREATED:20250305T215955Z
DESCRIPTION:work - can't do school pick up. Ask Sarah.
LAST-MODIFIED:20250305T220011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviewing trainees all pm (Ledger)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Press interview: Barclays CEO
EVENTS.append(dict(
    kind="outlook-press", iv=0,
    trap="press-interview-with-bank-ceo",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Press Office, Barclays";SENT-BY="mailto:ella.morgan@barclays.com":mailto:pressoffice@barclays.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="oliver.ke
 mp@theledger.co.uk":mailto:oliver.kemp@theledger.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morgan, Ella":mailto:ella.morgan@barclays.com
DESCRIPTION;LANGUAGE=en-GB:Oliver - confirming the sit-down with the Group Ch
 ief Executive on results day. 30 minutes\\, on the record\\, with a photograp
 her for the first 5 mins. Topics as agreed: results\\, investment bank\\, UK
  lending. Please come to 1 Churchill Place reception at 13:45.\\n\\nElla Morgan
 \\nMedia Relations\\n
UID:040000008200E00074C5B7101A82E00800000000A8B9CADBECFDDB010000000000000000100000004D5E6F704D5E6F704D5E6F704D5E6F70
SUMMARY;LANGUAGE=en-GB:Interview: The Ledger / Group CEO (results)
DTSTART;TZID=GMT Standard Time:20250220T140000
DTEND;TZID=GMT Standard Time:20250220T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:1 Churchill Place\\, E14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Call with a source, floating, typed
EVENTS.append(dict(
    kind="phone-typed", iv=0,
    trap="call-with-anonymous-source-floating",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250206T213001Z
DTSTAMP:20250206T213015Z
DTSTART:20250207T071500
DTEND:20250207T074500
SUMMARY:call w/ source (D) - Signal
DESCRIPTION:re Thames Water creditors. Deep background. his personal phone
  only\\, not before 7
SEQUENCE:0
TRANSP:OPAQUE
UID:3C2B1A09-F8E7-4D6C-B5A4-93827160F5E4
END:VEVENT
END:VCALENDAR
"""))

# Interview with a minister, via private office
EVENTS.append(dict(
    kind="outlook-press", iv=0,
    trap="press-interview-minister-private-office",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Press Office (DBT)":mailto:press.office@businessandtrade.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Oliver\\,\\n\\nConfirming your interview with the Mi
 nister for Industry\\, 20 minutes\\, on the record\\, in the Minister's office.
  A press officer will sit in. Please arrive at 3 Whitehall Place at 09:40 fo
 r security.\\n\\nDBT Press Office\\n
UID:040000008200E00074C5B7101A82E00800000000B9CADBECFD0EDB010000000000000000100000005E6F70815E6F70815E6F70815E6F7081
SUMMARY;LANGUAGE=en-GB:Ledger interview - Minister for Industry
DTSTART;TZID=GMT Standard Time:20250120T100000
DTEND;TZID=GMT Standard Time:20250120T102000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250114T161000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:3 Whitehall Place
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))
