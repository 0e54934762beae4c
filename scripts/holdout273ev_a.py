# ruff: noqa: E501, W291, W293, RUF100
"""holdout273 events, part a: the user's own interviews at multi-round employers (Laurentian, Harbourview, ...)."""

from holdout273ev_zones import EASTERN_WIN, TORONTO

FORMS = {
    "Laurentian Shield Life": "Laurentian Shield|Laurentian|LSL|Laurentian Shield Life Assurance",
    "Harbourview Pension Consulting": "Harbourview|Harbourview PC|HPC",
    "Dominion Ridge Bank": "Dominion Ridge|DRB",
    "Réassurance Boréale": "Reassurance Boreale|Boréale|Boreale|Boréale Re|Boreale Re",
    "Maplecrest Mutual": "Maplecrest|Maplecrest Mutual Insurance",
    "Ontario Retirement Benefits Commission": "ORBC",
    "Northbridge Life": "Northbridge|NBL",
}

EVENTS = [
    dict(
        kind="workday-phone-screen",
        uid="wd-int-7f3c21a9-5b1e-4d8a-9c6e-2f10d4b8e771@laurentianshield.myworkday.com",
        is_interview=1,
        company="Laurentian Shield Life",
        role="Senior Actuarial Analyst, Individual Life Pricing",
        stage="recruiter_screen",
        interviewers="marisol.quintero@laurentianshield.example.ca",
        trap="workday-utc-phone-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-int-7f3c21a9-5b1e-4d8a-9c6e-2f10d4b8e771@laurentianshield.myworkday.com
DTSTAMP:20260909T181522Z
DTSTART:20260915T160000Z
DTEND:20260915T163000Z
SUMMARY:Phone Screen - Senior Actuarial Analyst\, Individual Life Pricing (R
 -0048817)
ORGANIZER;CN=Laurentian Shield Life Talent Acquisition:mailto:laurentianshi
 eld@myworkday.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CN=Marisol Quintero;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 arisol.quintero@laurentianshield.example.ca
LOCATION:Phone call - Marisol will call you at the number on your applicati
 on
DESCRIPTION:Hi Priyanka\,\n\nThank you for your interest in the Senior Actu
 arial Analyst\, Individual Life Pricing position (R-0048817) at Laurentian 
 Shield Life. Your phone screen is confirmed:\n\nInterviewer: Marisol Quinte
 ro\, Senior Talent Acquisition Partner\nDuration: 30 minutes\nFormat: Phone
 \n\nWe will cover your background\, your exam progress (ASA/FSA track)\, sa
 lary expectations and availability. To review or reschedule\, sign in to y
 our Candidate Home: https://laurentianshield.wd3.myworkdayjobs.com/LSL_Care
 ers/userHome\n\nLaurentian Shield Life is committed to providing accommodat
 ions under the Accessibility for Ontarians with Disabilities Act (AODA). Pl
 ease let us know if you require an accommodation at any stage.\n\nThis is 
 an automated message from Workday. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-technical-assessment",
        uid="040000008200E00074C5B7101A82E00800000000B0C3E19A6A2EDC010000000000000000100000004F2D8E1C0B6A3E4495D1C7A2E6B90F31",
        is_interview=1,
        company="Laurentian Shield Life",
        role="Sr Actuarial Analyst, Individual Life Pricing",
        stage="technical",
        interviewers="teodor.vasilescu@laurentianshield.example.ca",
        trap="coordinator-organizer-excel-case-test",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Chloe":mailto:chloe.fitzgerald@laurentianshield.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasilescu, Teodor":mailto:teodor.vasilescu@laurentianshield.example.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LSL-TOR-24-Testing Room 2":mailto:lsl-tor-24-testing2@laurentianshield.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nAs discussed\, please find below
  the details of the technical assessment for the Sr Actuarial Analyst\, In
 dividual Life Pricing role.\n\n  *   9:30 - 11:00  Excel case (pricing a 2
 0-year level term product from the mortality\, lapse and expense tables pr
 ovided; a short VBA/Excel macro question)\n  *   11:00 - 11:30  Walkthroug
 h of your results with Teodor Vasilescu\, AVP Individual Life Pricing\n\nA 
 laptop will be provided - personal devices and calculators are not permitt
 ed. Please check in with the security desk on the ground floor with gover
 nment-issued photo ID 10 minutes early and ask for me.\n\nLaurentian Shield
  Life\, 1 Laurentian Plaza\, 24th floor\, Toronto ON M5J 0A9\n\nKind regar
 ds\,\nChloe Fitzgerald\nRecruiting Coordinator | Talent Acquisition\nLauren
 tian Shield Life\nT 416-555-0187\n\n
UID:040000008200E00074C5B7101A82E00800000000B0C3E19A6A2EDC010000000000000000100000004F2D8E1C0B6A3E4495D1C7A2E6B90F31
SUMMARY;LANGUAGE=en-US:Laurentian Shield Life - Technical Assessment (Excel
  case) - Priyanka Sethi
DTSTART;TZID=Eastern Standard Time:20260929T093000
DTEND;TZID=Eastern Standard Time:20260929T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T154402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:1 Laurentian Plaza\, 24th floor - LSL-TOR-24-Testi
 ng Room 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119433917
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-panel",
        uid="040000008200E00074C5B7101A82E00800000000D6F1A27C9D35DC01000000000000000010000000A9E3C5B7D1F20486AC13E5F7092B4D6E",
        is_interview=1,
        company="Laurentian Shield Life",
        role="Senior Actuarial Analyst, Individual Life Pricing",
        stage="final",
        interviewers="teodor.vasilescu@laurentianshield.example.ca;bernadette.lachance@laurentianshield.example.ca;kwame.asante-boateng@laurentianshield.example.ca",
        trap="outlook-sent-by-room-resource-panel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Vasilescu, Teodor";SENT-BY="mailto:chloe.fitzgerald@laurentianshield.example.ca":mailto:teodor.vasilescu@laurentianshield.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lachance, Bernadette":mailto:bernadette.lachance@laurentianshield.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Asante-Boateng, Kwame":mailto:kwame.asante-boateng@laurentianshield.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fitzgerald, Chloe":mailto:chloe.fitzgerald@laurentianshield.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LSL-TOR-25-Boardroom Huron (12)":mailto:lsl-tor-25-huron@laurentianshield.example.ca
DESCRIPTION;LANGUAGE=en-US:Final panel interview - Senior Actuarial Analyst
 \, Individual Life Pricing (R-0048817)\n\nPanel:\nTeodor Vasilescu - AVP\,
  Individual Life Pricing\nBernadette Lachance - VP & Appointed Actuary\nKw
 ame Asante-Boateng - Director\, Product Development\n\nFormat: 75 minutes. 
 ~20 min presentation of your Excel case results (no slides needed - we wil
 l have your workbook on screen)\, followed by technical and behavioural qu
 estions. Chloe will meet you in the lobby.\n\nSent on behalf of Teodor Vas
 ilescu by Chloe Fitzgerald\, Recruiting Coordinator\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Final panel interview - Senior 
 Actuarial Analyst\, Individual Life Pricing (R-0048817)</p><p><b>Panel:</b
 ><br>Teodor Vasilescu - AVP\, Individual Life Pricing<br>Bernadette Lachan
 ce - VP &amp\; Appointed Actuary<br>Kwame Asante-Boateng - Director\, Produ
 ct Development</p><p>Format: 75 minutes.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000D6F1A27C9D35DC01000000000000000010000000A9E3C5B7D1F20486AC13E5F7092B4D6E
SUMMARY;LANGUAGE=en-US:Final Panel Interview - Sr Actuarial Analyst\, Indiv
 idual Life Pricing
DTSTART;TZID=Eastern Standard Time:20261014T140000
DTEND;TZID=Eastern Standard Time:20261014T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261006T190017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:LSL-TOR-25-Boardroom Huron (12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1839027114
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:LSL-TOR-25-Boardroom Huron (12)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-intro",
        uid="5q1m8v0c3k7r2t9hbn4e6d1asg@google.com",
        is_interview=1,
        company="Harbourview Pension Consulting",
        role="Consultant, Retirement",
        stage="hiring_manager",
        interviewers="gwen.hollister@harbourviewpc.example.com",
        trap="intro-conversation-first-round-google",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260917T083000
DTEND;TZID=America/Toronto:20260917T091500
DTSTAMP:20260911T130544Z
ORGANIZER;CN=Gwen Hollister:mailto:gwen.hollister@harbourviewpc.example.com
UID:5q1m8v0c3k7r2t9hbn4e6d1asg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gwen Hollister;X-NUM-GUESTS=0:mailto:gwen.hollister@harbourviewpc.examp
 le.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1290458877
CREATED:20260911T130543Z
DESCRIPTION:Hi Priyanka - as mentioned by Noor on our recruiting team\, thi
 s is the first-round conversation for the Consultant\, Retirement opening 
 in our Toronto office. I lead the DB/CAP practice for our Ontario clients 
 and would be your manager. Expect ~45 min: your valuation experience\, why
  consulting after an insurer\, and any questions you have about the role.
 \n\nGwen\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.
 com/vxe-qtzk-brm\n\nJoin by phone\n(CA) +1 647-555-0163 PIN: 482 117 930#\n
 \nLearn more about Meet at: https://support.google.com/a/users/answer/9282720
 \n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation fr
 om Google Calendar: https://calendar.google.com/calendar/\n\nYou are recei
 ving this email because you are an attendee on the event. To stop receivin
 g future updates for this event\, decline this event.\n\nForwarding this i
 nvitation could allow any recipient to send a response to the organizer\, 
 be added to the guest list\, invite others regardless of their own invitat
 ion status\, or modify your RSVP.
LAST-MODIFIED:20260911T130544Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priyanka Sethi <> Harbourview - intro conversation (Consultant\, Re
 tirement)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-case-interview",
        uid="0h7b2n5x9w4p1k6j3m8c2r5t7y@google.com",
        is_interview=1,
        company="Harbourview Pension Consulting",
        role="Consultant, Retirement",
        stage="technical",
        interviewers="desmond.achterberg@harbourviewpc.example.com;lina.haddad@harbourviewpc.example.com",
        trap="case-interview-coordinator-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260928T130000
DTEND;TZID=America/Toronto:20260928T141500
DTSTAMP:20260922T200311Z
ORGANIZER;CN=Harbourview Recruiting:mailto:careers@harbourviewpc.example.com
UID:0h7b2n5x9w4p1k6j3m8c2r5t7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Harbourview Recruiting;X-NUM-GUESTS=0:mailto:careers@harbourviewpc.exam
 ple.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Desmond Achterberg;X-NUM-GUESTS=0:mailto:desmond.achterberg@harbourview
 pc.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lina Haddad;X-NUM-GUESTS=0:mailto:lina.haddad@harbourviewpc.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
CREATED:20260922T200309Z
DESCRIPTION:Case interview - Consultant\, Retirement (Toronto)\n\nYou will 
 meet Desmond Achterberg (Senior Consultant) and Lina Haddad (Consulting Ac
 tuary). The case is based on a fictional Ontario DB plan: going-concern vs
 . solvency funding\, a proposed plan amendment and how you would explain 
 the results to a board of trustees. You will get the case materials on sc
 reen; a basic calculator is fine. There is no need to prepare in advance.
 \n\nBest\,\nNoor Al-Sayegh\nTalent Acquisition\, Harbourview Pension Consu
 lting\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com
 /hrq-mwpd-ytc\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
 \n\nYou are receiving this email because you are an attendee on the event
 .
LAST-MODIFIED:20260922T200311Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Harbourview | Case Interview - Pension funding valuation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-superday",
        uid="8d4f1s6a0g2h7j9k3l5z8x1c4v@google.com",
        is_interview=1,
        company="Harbourview Pension Consulting",
        role="Consultant, Retirement",
        stage="final",
        interviewers="gwen.hollister@harbourviewpc.example.com;arjun.malhotra@harbourviewpc.example.com;felicity.ngata@harbourviewpc.example.com",
        trap="consulting-superday-final-round",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261016T090000
DTEND;TZID=America/Toronto:20261016T130000
DTSTAMP:20261008T172250Z
ORGANIZER;CN=Harbourview Recruiting:mailto:careers@harbourviewpc.example.com
UID:8d4f1s6a0g2h7j9k3l5z8x1c4v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gwen Hollister;X-NUM-GUESTS=0:mailto:gwen.hollister@harbourviewpc.examp
 le.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Arjun Malhotra;X-NUM-GUESTS=0:mailto:arjun.malhotra@harbourviewpc.examp
 le.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Felicity Ngata;X-NUM-GUESTS=0:mailto:felicity.ngata@harbourviewpc.examp
 le.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.asa@g
 mail.com
CREATED:20261008T172248Z
DESCRIPTION:Final round (our "superday") - Consultant\, Retirement\n\n9:00 
  Welcome & office tour (Noor)\n9:20  Gwen Hollister - client simulation: pr
 esenting a funding valuation to a pension committee\n10:20  Arjun Malhotra\
 , Managing Principal - fit & consulting judgement\n11:10  Felicity Ngata\, 
 People & Culture - behavioural\n12:00  Lunch with two consultants from the
  team (not an evaluation!)\n\nAddress: Harbourview Pension Consulting\, 22
 00-77 Adelaide St W\, Toronto. Take the elevator to 22 and check in at rec
 eption.\n\nInvitation from Google Calendar: https://calendar.google.com/ca
 lendar/\n\nYou are receiving this email because you are an attendee on the
  event.
LAST-MODIFIED:20261008T172250Z
LOCATION:Harbourview Pension Consulting\, 2200-77 Adelaide St W\, Toronto\,
  ON M5X 1A1\, Canada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Harbourview Superday - Priyanka Sethi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hirevue-block",
        uid="B7E2C0A4-6F19-4D3B-8A51-92C7E4F0D1A8",
        is_interview=1,
        company="Dominion Ridge Bank",
        role="Sr Analyst, Model Risk Mgmt",
        stage="recruiter_screen",
        interviewers="",
        trap="hand-typed-one-way-video-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:America/Toronto
BEGIN:STANDARD
TZOFFSETFROM:-0400
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
DTSTART:20071104T020000
TZNAME:EST
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
DTSTART:20070311T020000
TZNAME:EDT
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20260914T225810Z
DTEND;TZID=America/Toronto:20260917T200000
DTSTAMP:20260914T225859Z
DTSTART;TZID=America/Toronto:20260917T191500
LAST-MODIFIED:20260914T225858Z
DESCRIPTION:Sr Analyst\, Model Risk Mgmt. 6 qs\, 30s think / 3 min answer\, 
 1 retake on practice q only. Link in DRB Talent email. Blazer\, plain wall
 \, laptop charger!!
SEQUENCE:0
SUMMARY:Record HireVue - Dominion Ridge MRM (due Fri)
TRANSP:OPAQUE
UID:B7E2C0A4-6F19-4D3B-8A51-92C7E4F0D1A8
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:1F0A6C42-8D3E-4B7A-9E21-C5D8F3A09B64
X-WR-ALARMUID:1F0A6C42-8D3E-4B7A-9E21-C5D8F3A09B64
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-technical",
        uid="040000008200E00074C5B7101A82E0080000000017A9B4E2C83EDC01000000000000000010000000C4D2E6F8A0B1C3D5E7F9021346587A9B",
        is_interview=1,
        company="Dominion Ridge Bank",
        role="Senior Analyst, Model Risk Management",
        stage="technical",
        interviewers="jonah.ferreira-lam@dominionridge.example.com;anastasia.petrova@dominionridge.example.com",
        trap="model-validation-technical-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ferreira-Lam, Jonah":mailto:jonah.ferreira-lam@dominionridge.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Petrova, Anastasia":mailto:anastasia.petrova@dominionridge.example.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nThanks for completing the HireV
 ue. This is the technical interview for the Senior Analyst\, Model Risk Ma
 nagement role (Req 88213)\, Insurance & Pension Models team. Anastasia and
  I will walk through a validation case: an insurer's lapse model and a st
 ochastic ESG used for segregated fund guarantees. Expect questions on bac
 ktesting\, benchmarking and SR 11-7 / E-23 style documentation. Some light
  Python/SAS reading\, no live coding.\n\nJonah\n\n_______________________
 _________________________________________________________\nMicrosoft Teams
  meeting\nJoin on your computer\, mobile app or room device\nClick here to 
 join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2
 Q4ZjE3YTktMDNmOC00@thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>\nMeeti
 ng ID: 261 447 903 815\nPasscode: r8Vx2T\nDownload Teams<https://www.micro
 soft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www
 .microsoft.com/microsoft-teams/join-a-meeting>\nOr call in (audio only)\n+
 1 416-555-0119\,\,582736104#   Canada\, Toronto\nPhone Conference ID: 582 7
 36 104#\nFind a local number | Reset PIN\nLearn More | Meeting options\n___
 _____________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000017A9B4E2C83EDC01000000000000000010000000C4D2E6F8A0B1C3D5E7F9021346587A9B
SUMMARY;LANGUAGE=en-US:Technical Interview - Senior Analyst\, Model Risk Ma
 nagement (Req 88213)
DTSTART;TZID=Eastern Standard Time:20260930T153000
DTEND;TZID=Eastern Standard Time:20260930T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T121919Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:jonah.ferreira-lam@dominionridge
 .example.com\;gruu\;opaque=app:conf:focus:id:N2Q4ZjE3YTk
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-final-panel",
        uid="a41c7e9f2b8d4e6aa3c05f71d9b2e4c8@dominionridge.webex.com",
        is_interview=1,
        company="Dominion Ridge Bank",
        role="Senior Analyst, Model Risk Management",
        stage="final",
        interviewers="siobhan.reilly@dominionridge.example.com;jonah.ferreira-lam@dominionridge.example.com;marcus.oduya@dominionridge.example.com",
        trap="webex-bank-final-panel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings 45.6//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a41c7e9f2b8d4e6aa3c05f71d9b2e4c8@dominionridge.webex.com
DTSTAMP:20261013T141200Z
DTSTART:20261020T180000Z
DTEND:20261020T193000Z
SUMMARY:Final Interview: Senior Analyst\, MRM - Dominion Ridge Bank
ORGANIZER;CN=Siobhan Reilly:mailto:siobhan.reilly@dominionridge.example.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CN=Jonah Ferreira-Lam;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :jonah.ferreira-lam@dominionridge.example.com
ATTENDEE;CN=Marcus Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcu
 s.oduya@dominionridge.example.com
LOCATION:https://dominionridge.webex.com/dominionridge/j.php?MTID=m3f9c1a77
 e2b04d5c8a6e1f2b3c4d5e6f
DESCRIPTION:Siobhan Reilly (Director\, Model Risk Management) invites you t
 o this final-round panel for Senior Analyst\, MRM. Panel: Siobhan Reilly\, 
 Jonah Ferreira-Lam (Manager\, Model Validation) and Marcus Oduya (VP\, Ent
 erprise Risk). Please prepare a 10-minute walk-through of a model you vali
 dated or built (no confidential details).\n\nJoin meeting\nhttps://dominio
 nridge.webex.com/dominionridge/j.php?MTID=m3f9c1a77e2b04d5c8a6e1f2b3c4d5e6
 f\n\nMeeting number: 2634 118 4097\nPassword: MRMfinal26\n\nJoin by phone\
 n+1-416-555-0150 Canada Toll (Toronto)\nAccess code: 263 411 84097\n\nCan'
 t join the meeting? https://help.webex.com/docs/ZGg8ZvS
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Webex meeting reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-rescheduled",
        uid="040000008200E00074C5B7101A82E008000000003E8C1B5F7A30DC01000000000000000010000000E1F3A5C7B9D2048604A6C8E0F2B4D6A8",
        is_interview=1,
        company="Réassurance Boréale",
        role="Actuaire principal(e), tarification vie",
        stage="recruiter_screen",
        interviewers="elise.gagnon-bouchard@reassuranceboreale.example.ca",
        trap="french-entrevue-rescheduled-sequence",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Gagnon-Bouchard, Élise":mailto:elise.gagnon-bouchard@reassuranceboreale.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Priyanka\,\n\nComme convenu par courriel
 \, notre entrevue téléphonique est déplacée au jeudi 24 septembre à 10 h 
 (heure de Montréal). Il s'agit d'un premier échange d'environ 30 minutes s
 ur le poste d'Actuaire principal(e)\, tarification vie (réassurance)\, vot
 re parcours et vos attentes salariales. L'entrevue peut se dérouler en an
 glais ou en français\, à votre choix.\n\nAu plaisir\,\nÉlise Gagnon-Boucha
 rd\nConseillère principale\, acquisition de talents\nRéassurance Boréale\n
 514 555-0131\n\n_____________________________________________________________
 ___________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinate
 ur\, votre application mobile ou votre appareil de salle\nCliquez ici pour
  participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_ZmQ1OTk0@thread.v2/0>\nID de réunion : 249 107 336 552\nCode secret :
  Hq4nZ9\nOu appelez (audio seulement)\n+1 514-555-0172\,\,39018264#   Canad
 a\, Montréal\nID de conférence téléphonique : 390 182 64#\n________________
 ________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003E8C1B5F7A30DC01000000000000000010000000E1F3A5C7B9D2048604A6C8E0F2B4D6A8
SUMMARY;LANGUAGE=fr-CA:Entrevue téléphonique - Actuaire principal(e)\, tari
 fication vie (réassurance) - NOUVELLE HEURE
DTSTART;TZID=Eastern Standard Time:20260924T100000
DTEND;TZID=Eastern Standard Time:20260924T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T133045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:1372209948
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-final",
        uid="040000008200E00074C5B7101A82E00800000000F92D6C1E4B47DC0100000000000000001000000057B9D1F3A5C7E9024668AACCE0F2143A",
        is_interview=1,
        company="Réassurance Boréale",
        role="Actuaire principal(e), tarification vie",
        stage="final",
        interviewers="mathieu.despres@reassuranceboreale.example.ca;anne-sophie.kowalczyk@reassuranceboreale.example.ca",
        trap="french-entrevue-finale-room",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Gagnon-Bouchard, Élise":mailto:elise.gagnon-bouchard@reassuranceboreale.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Després, Mathieu":mailto:mathieu.despres@reassuranceboreale.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk, Anne-Sophie":mailto:anne-sophie.kowalczyk@reassuranceboreale.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MTL-12 Salle Saint-Laurent":mailto:salle.saint-laurent@reassuranceboreale.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Priyanka\,\n\nVoici la confirmation de v
 otre entrevue finale\, en personne\, à nos bureaux de Montréal :\n\n455\, r
 ue Saint-Aubert\, bureau 1200\, Montréal (QC) H2Y 0A4 - salle Saint-Laure
 nt\, 12e étage\n\nVous rencontrerez Mathieu Després\, vice-président\, Tar
 ification vie et santé\, et Anne-Sophie Kowalczyk\, actuaire en chef adjo
 inte. Prévoyez une courte présentation (10 min) de votre approche pour la
  tarification d'un traité de réassurance YRT ; le reste de l'entrevue por
 tera sur vos expériences et votre intérêt pour la réassurance. Vos frais 
 de train (VIA Rail) seront remboursés.\n\nÉlise\n
UID:040000008200E00074C5B7101A82E00800000000F92D6C1E4B47DC0100000000000000001000000057B9D1F3A5C7E9024668AACCE0F2143A
SUMMARY;LANGUAGE=fr-CA:Entrevue finale (en personne) - Actuaire principal(e
 )\, tarification vie
DTSTART;TZID=Eastern Standard Time:20261022T130000
DTEND;TZID=Eastern Standard Time:20261022T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T190455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:MTL-12 Salle Saint-Laurent
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-interview",
        uid="SF-INTSCHED-10457-3318842@maplecrestmutual.successfactors.com",
        is_interview=1,
        company="Maplecrest Mutual",
        role="Senior Actuarial Analyst - Valuation",
        stage="hiring_manager",
        interviewers="harjit.bains@maplecrestmutual.example.ca",
        trap="successfactors-utc-hiring-manager",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-10457-3318842@maplecrestmutual.successfactors.com
DTSTAMP:20260910T150233Z
DTSTART:20260916T140000Z
DTEND:20260916T144500Z
SUMMARY:Interview: Senior Actuarial Analyst - Valuation (Job Req 10457) - P
 riyanka Sethi
ORGANIZER;CN=Maplecrest Mutual Careers:mailto:careers-noreply@maplecrestmutu
 al.example.ca
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CN=Harjit Bains;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:harji
 t.bains@maplecrestmutual.example.ca
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Priyanka Sethi\,\n\nYour interview has been scheduled.\n\n
 Position: Senior Actuarial Analyst - Valuation\nJob Req ID: 10457\nInterv
 iewer(s): Harjit Bains\, Manager\, Valuation\nDate/Time: 16 Sep 2026 10:00
  AM - 10:45 AM (GMT-04:00) Eastern Time\n\nJoin: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_Y2M3NWE1@thread.v2/0\n\nIf you need to reschedu
 le\, please use the link in your confirmation email.\n\nMaplecrest Mutual 
 Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-onsite-panel",
        uid="040000008200E00074C5B7101A82E0080000000062B8F0D3A55BDC0100000000000000001000000082A4C6E8F0B2D4E6A8C0E2F4B6D8F0A2",
        is_interview=1,
        company="Maplecrest Mutual",
        role="Sr Actuarial Analyst, Valuation",
        stage="onsite",
        interviewers="harjit.bains@maplecrestmutual.example.ca;yvonne.castellano@maplecrestmutual.example.ca;greg.ostrowski@maplecrestmutual.example.ca",
        trap="onsite-panel-waterloo-outlook",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Bains, Harjit":mailto:harjit.bains@maplecrestmutual.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castellano, Yvonne":mailto:yvonne.castellano@maplecrestmutual.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ostrowski, Greg":mailto:greg.ostrowski@maplecrestmutual.example.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="WAT-3 Conestoga Room":mailto:wat3.conestoga@maplecrestmutual.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nLooking forward to having you on
  site in Waterloo. Panel: me\, Yvonne Castellano (Director\, Valuation) an
 d Greg Ostrowski (AVP\, Financial Reporting). We'll spend ~30 min on a sho
 rt IFRS 17 / LICAT reserving scenario (paper handout)\, then behavioural q
 uestions. Free visitor parking in lot B\; sign in at reception.\n\nMaplecr
 est Mutual\, 1450 Weber St N\, Waterloo ON N2J 0B7\n\nHarjit\n
UID:040000008200E00074C5B7101A82E0080000000062B8F0D3A55BDC0100000000000000001000000082A4C6E8F0B2D4E6A8C0E2F4B6D8F0A2
SUMMARY;LANGUAGE=en-US:Onsite interview - Priyanka Sethi (Sr Actuarial Anal
 yst\, Valuation)
DTSTART;TZID=Eastern Standard Time:20261002T100000
DTEND;TZID=Eastern Standard Time:20261002T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260925T161832Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:WAT-3 Conestoga Room\; 1450 Weber St N\, Waterloo
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-written-assessment",
        uid="040000008200E00074C5B7101A82E00800000000A1D7E4B9C26ADC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        is_interview=1,
        company="Ontario Retirement Benefits Commission",
        role="Senior Actuarial Analyst, Pension Plan Oversight",
        stage="technical",
        interviewers="",
        trap="public-sector-written-test-competition-number",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN=ORBC Recruitment:mailto:recruitment@orbc-crpo.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Competition ORBC-2026-117 - Senior Actuarial Ana
 lyst\, Pension Plan Oversight\n\nCongratulations\, you have been selected 
 to proceed to the written assessment stage of this competition.\n\nFormat
 : 2 hours\, in person\, invigilated. Part A: Excel exercise (commuted valu
 es and a solvency deficiency calculation). Part B: short written answers 
 on the Pension Benefits Act funding rules and on communicating with plan 
 administrators. A laptop will be provided.\n\nLocation: ORBC\, 5233 Yonge S
 t\, 17th floor\, North York. Bring photo ID.\n\nIf you req
 uire accommodation under the Ontario Human Rights Code or AODA\, please re
 ply to this email.\n\nORBC Human Resources
UID:040000008200E00074C5B7101A82E00800000000A1D7E4B9C26ADC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-US:ORBC-2026-117 Written Assessment - Senior Actuarial A
 nalyst
DTSTART;TZID=Eastern Standard Time:20261005T090000
DTEND;TZID=Eastern Standard Time:20261005T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260928T141122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ORBC - 17th floor\, North York
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-regulator-panel",
        uid="040000008200E00074C5B7101A82E00800000000C7E3A9F1B88BDC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
        is_interview=1,
        company="Ontario Retirement Benefits Commission",
        role="Senior Actuarial Analyst, Pension Plan Oversight",
        stage="onsite",
        interviewers="nnamdi.eze@orbc-crpo.example.ca;claire.dufresne-whitley@orbc-crpo.example.ca",
        trap="regulator-panel-hr-coordinator",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN=ORBC Recruitment:mailto:recruitment@orbc-crpo.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eze, Nnamdi":mailto:nnamdi.eze@orbc-crpo.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dufresne-Whitley, Claire":mailto:claire.dufresne-whitley@orbc-crpo.example.ca
DESCRIPTION;LANGUAGE=en-US:Competition ORBC-2026-117 - Senior Actuarial Ana
 lyst\, Pension Plan Oversight\n\nThank you for completing the written asse
 ssment. You are invited to a panel interview (60 minutes\, in person).\n\n
 Panel members: Nnamdi Eze\, Manager\, Actuarial Oversight\; Claire Dufresn
 e-Whitley\, Senior Actuary. An HR representative will attend as an observ
 er. Questions are behavioural and technical\; you will receive one questi
 on in writing 15 minutes before the interview.\n\nReferences will be requ
 ested from candidates who are successful at this stage.\n\nORBC Human Res
 ources
UID:040000008200E00074C5B7101A82E00800000000C7E3A9F1B88BDC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=en-US:Interview - Senior Actuarial Analyst (Competition ORB
 C-2026-117)
DTSTART;TZID=Eastern Standard Time:20261027T133000
DTEND;TZID=Eastern Standard Time:20261027T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T175541Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ORBC - 17th floor\, Room 17-204\, North York
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-posting",
        uid="040000008200E00074C5B7101A82E00800000000E4B2C8D6F19CDC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6",
        is_interview=1,
        company="Northbridge Life",
        role="Senior Analyst, Pricing",
        stage="hiring_manager",
        interviewers="hiro.nakamura@northbridgelife.example.ca",
        trap="internal-application-own-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Nakamura, Hiro":mailto:hiro.nakamura@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TOR-18-Muskoka (6)":mailto:tor-18-muskoka@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nThanks for applying to the inte
 rnal posting for Senior Analyst\, Pricing (Req NBL-2026-0612). As per the 
 internal mobility policy\, I've confirmed with Talent that Ravi has been i
 nformed. Let's use this time as the first-round conversation - your pricin
 g exposure on the UL block\, what you'd want to grow into\, and timing aro
 und your FSA exams. I'll also share how the team is structured.\n\nHiro\n
UID:040000008200E00074C5B7101A82E00800000000E4B2C8D6F19CDC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=en-US:Sr Pricing Analyst posting - conversation (internal 
 candidate)
DTSTART;TZID=Eastern Standard Time:20261008T110000
DTEND;TZID=Eastern Standard Time:20261008T114500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261001T200106Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-18-Muskoka (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-internal-panel",
        uid="wd-int-c2e9a511-08f4-4b6d-b3a7-51e0d9c4f286@northbridgelife.myworkday.com",
        is_interview=1,
        company="Northbridge Life",
        role="Senior Analyst, Pricing",
        stage="final",
        interviewers="hiro.nakamura@northbridgelife.example.ca;tolu.oyelaran@northbridgelife.example.ca;margaret.chen@northbridgelife.example.ca",
        trap="internal-candidate-workday-work-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-int-c2e9a511-08f4-4b6d-b3a7-51e0d9c4f286@northbridgelife.myworkday.com
DTSTAMP:20261019T132207Z
DTSTART:20261023T180000Z
DTEND:20261023T190000Z
SUMMARY:Interview - Senior Analyst\, Pricing (NBL-2026-0612) - Internal Cand
 idate Panel
ORGANIZER;CN=Northbridge Life Talent:mailto:northbridgelife@myworkday.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:psethi@northbridgelife.example.ca
ATTENDEE;CN=Hiro Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hiro
 .nakamura@northbridgelife.example.ca
ATTENDEE;CN=Tolu Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tolu
 .oyelaran@northbridgelife.example.ca
ATTENDEE;CN=Margaret Chen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marg
 aret.chen@northbridgelife.example.ca
LOCATION:Microsoft Teams
DESCRIPTION:Hello Priyanka\,\n\nYou are scheduled for the final panel for t
 he internal job posting Senior Analyst\, Pricing (NBL-2026-0612).\n\nPanel
 : Hiro Nakamura (Director\, Pricing - Individual Protection)\, Tolu Oyelar
 an (AVP\, Pricing) and Margaret Chen (HR Business Partner).\n\nView the jo
 b application in Workday > Inbox > My Applications. Internal candidates wi
 ll be notified of the outcome by their HR Business Partner.\n\nThis messag
 e was generated by Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
