"""holdout226 events, part A: Northgate (via Blue Line Talent), Harbourside Bank, promotion, Crestline.

Each event: kind, raw iCalendar text, labels as
(uid, is_interview, company, role, stage, interviewers, trap).
"""

from holdout226ev_tz import GMT_STD, LONDON

EVENTS = [
    dict(
        kind="calendly-recruiter",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:BDFLLG3PXQ2K7C4F@calendly.com
DTSTAMP:20250203T101512Z
DTSTART:20250206T123000Z
DTEND:20250206T130000Z
SUMMARY:Aisha Rahman and Jess Whitlock
DESCRIPTION:Event Name: 30 Minute Confidential Career Chat\n\nLocation: Th
 is is a phone call. Jess Whitlock will call you at +44 7700 900412.\n\nPl
 ease share anything that will help prepare for our meeting.: Serving Sgt
  (response) 14 yrs. Looking at investigations / fraud / safeguarding outsi
 de the job. Saw your post re the FTSE 100 retailer's investigations team.
 \n\nA note from Jess: Totally confidential - I won't approach any client
  without your say-so. I'll run through what's live (I've a couple of brief
 s incl. a FTSE 100 retailer's investigations team and a tier-1 bank) and
  how your PACE / case file experience translates.\n\nNeed to make changes
  to this event?\nCancel: https://calendly.com/cancellations/9a1b7e0c-44f2-
 4b1e-8d55-62c0f0b7a3d1\nReschedule: https://calendly.com/reschedulings/9a
 1b7e0c-44f2-4b1e-8d55-62c0f0b7a3d1\n\nPowered by Calendly.com
LOCATION:+44 7700 900412
ORGANIZER;CN=Jess Whitlock:mailto:jess@bluelinetalent.co.uk
ATTENDEE;CN=Aisha Rahman;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=N
 EEDS-ACTION;RSVP=TRUE:mailto:aisha.rahman.brum@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("BDFLLG3PXQ2K7C4F@calendly.com", 0, "", "", "", "",
                 "recruiter-call-unnamed-ftse100-retailer")],
    ),
    dict(
        kind="recruiter-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250213T171500
DTEND;TZID=Europe/London:20250213T180000
DTSTAMP:20250210T094402Z
ORGANIZER;CN=Jess Whitlock:mailto:jess@bluelinetalent.co.uk
UID:1p8q0fjv6g2c3b7n4r5s9t1u2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Jess Whitlock;X-NUM-GUESTS=0:mailto:jess@bluelinetalent.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1920544187
CREATED:20250210T094401Z
DESCRIPTION:Hi Aisha\, thanks for the go-ahead to put you forward.\n\nAs p
 romised I can now name the client: <b>Northgate Retail Group</b> (the FTS
 E 100 retailer we spoke about). Role is Regional Investigations Manager\,
 Midlands & North\, reporting into the Head of Investigations.\n\nThis is
  my formal screening call before your CV goes over - c.45 mins\, competen
 cy-style: an investigation you led end to end\, a time you managed a diff
 icult stakeholder\, and your salary/notice (I know you've got 28 days + l
 eave to burn). Evening slot as you're on lates.\n\nJoin with Google Meet:
  https://meet.google.com/wqe-hdkr-tpa\nOr dial: (GB) +44 20 3956 0413 PIN
 : 771 204 559#\n\nJess
LAST-MODIFIED:20250210T094402Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aisha R / Blue Line - screening call - Regional Investigations Man
 ager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("1p8q0fjv6g2c3b7n4r5s9t1u2k@google.com", 1, "Northgate Retail Group",
                 "Regional Investigations Manager", "recruiter_screen",
                 "jess@bluelinetalent.co.uk", "agency-screen-client-named-in-body")],
    ),
    dict(
        kind="workday-competency",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:INTERVIEW_EVENT-6-3391847@northgate.wd3.myworkdayjobs.com
SEQUENCE:0
DTSTAMP:20250221T154006Z
DTSTART:20250304T100000Z
DTEND:20250304T111500Z
SUMMARY:Interview: Regional Investigations Manager (R-0031875) - Aisha Rah
 man
LOCATION:Microsoft Teams
ORGANIZER;CN=Northgate Retail Group Talent Acquisition:mailto:northgate@my
 workday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Rah
 man:mailto:aisha.rahman.brum@gmail.com
DESCRIPTION:Dear Aisha\,\n\nThank you for your interest in the Regional In
 vestigations Manager position at Northgate. We are pleased to invite you
  to a competency-based interview.\n\nInterview format: 75 minutes\, Micros
 oft Teams. You will be asked for examples against our Leadership Behaviou
 rs (Owning It\, Customer First\, Doing the Right Thing). Please use the S
 TAR format.\n\nYou will meet:\nMark Ellison - Head of Investigations\nPri
 ya Nanda - Investigations Business Partner\, Loss Prevention\n\nJoin: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE5@thread.v2/0\
 nMeeting ID: 378 116 204 553  Passcode: Zk9aW2\n\nIf you need to resched
 ule please reply via your Workday candidate home.\n\nNorthgate Talent Acq
 uisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("INTERVIEW_EVENT-6-3391847@northgate.wd3.myworkdayjobs.com", 1,
                 "Northgate Retail Group", "Regional Investigations Manager", "hiring_manager",
                 "Mark Ellison;Priya Nanda", "workday-competency-based-interview-names-in-body")],
    ),
    dict(
        kind="outlook-final",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Fenwick, Claire";RSVP=TRUE:mailto:claire.fenwick@northgategro
 up.co.uk
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="HO BP 4.12 Boardroom (12)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPA
 NT;RSVP=TRUE:mailto:ho-bp-4.12@northgategroup.co.uk
CLASS:PUBLIC
CREATED:20250318T112209Z
DESCRIPTION:Aisha\,\n\nFollowing your interview with Mark and Priya we'd l
 ike to invite you to the final stage for Regional Investigations Manager.
 \n\n- 20 min presentation: "Your first 90 days: reducing organised retail
  crime across 140 Midlands stores" (no more than 8 slides\, bring on a US
 B)\n- 40 min interview with Mark and Claire Fenwick (Director of Loss Pre
 vention & Investigations)\n\nPlease sign in at reception\, 3 Brindley Pla
 ce\, and ask for Leanne.\n\nKind regards\nLeanne Hobbs\nEA to Mark Elliso
 n\n
DTEND;TZID="GMT Standard Time":20250402T150000
DTSTAMP:20250318T112209Z
DTSTART;TZID="GMT Standard Time":20250402T134500
LAST-MODIFIED:20250318T112209Z
LOCATION:HO BP 4.12 Boardroom (12)
ORGANIZER;CN="Ellison, Mark";SENT-BY="mailto:leanne.hobbs@northgategroup.c
 o.uk":mailto:mark.ellison@northgategroup.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Final stage - Aisha Rahman - RIM Midlands & North
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0D9E48AE497DB01000000000000000
 0100000003F5A1C2B7E9D4F40A1B2C3D4E5F60718
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000C0D9E48AE497DB010000000000000000"
                 "100000003F5A1C2B7E9D4F40A1B2C3D4E5F60718", 1, "Northgate Retail Group",
                 "Regional Investigations Manager", "final",
                 "mark.ellison@northgategroup.co.uk;claire.fenwick@northgategroup.co.uk",
                 "outlook-final-sent-by-ea-room-resource")],
    ),
    dict(
        kind="oracle-phone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle Corporation//Oracle Recruiting Cloud//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ORC-IRC-SCHED-300000487211902@harboursidebank.fa.em3.oraclecloud.com
DTSTAMP:20250224T083010Z
DTSTART:20250227T083000Z
DTEND:20250227T090000Z
SUMMARY:Telephone Interview - Harbourside Bank - Financial Crime Investig
 ator (Req 24817)
DESCRIPTION:Interview Schedule: Financial Crime Investigator - Birmingham
 \nInterview Type: Phone\nDuration: 30 minutes\nInterviewer: Rob Tanner\,
  Talent Acquisition Partner\n\nRob will call you on the mobile number in y
 our candidate profile (07700 900 338). The call will cover your motivatio
 n for the role\, your investigative experience\, notice period and salary
  expectations.\n\nThis is an automated message. Please do not reply to th
 is email.
LOCATION:Phone Interview
ORGANIZER;CN=Harbourside Bank Careers:mailto:no-reply@harboursidebank.fa.e
 m3.oraclecloud.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:aisha.rahman.brum@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("ORC-IRC-SCHED-300000487211902@harboursidebank.fa.em3.oraclecloud.com", 1,
                 "Harbourside Bank", "Financial Crime Investigator", "recruiter_screen",
                 "Rob Tanner", "oracle-phone-screen-noreply-organizer")],
    ),
    dict(
        kind="assessment-centre",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250305T141800Z
DESCRIPTION:Hi Aisha\,\n\nCongratulations on progressing. Please find belo
 w your assessment centre for Financial Crime Investigator.\n\n09:30 Arriv
 e & ID check (bring passport or photo driving licence)\n09:45 Written exe
 rcise - case file review and investigation plan (60 mins)\n11:00 Role-pla
 y - you will interview a 'customer' suspected of first-party fraud (our a
 ctor will play the customer\; assessors observe)\n12:00 Competency-based
  interview with Sam Okafor and Helen Brady\n13:00 Close\n\nLunch is not pr
 ovided.\n\nRob Tanner\nTalent Acquisition Partner | Harbourside Bank
DTEND;TZID="GMT Standard Time":20250320T130000
DTSTAMP:20250305T141800Z
DTSTART;TZID="GMT Standard Time":20250320T093000
LAST-MODIFIED:20250305T141800Z
LOCATION:Harbourside House\, 40 Colmore Row - Training Suite 2
ORGANIZER;CN="Tanner, Rob":mailto:rob.tanner@harboursidebank.co.uk
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="Okafor, Sam";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:sam.okafor
 @harboursidebank.co.uk
ATTENDEE;CN="Brady, Helen";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:helen.bra
 dy@harboursidebank.co.uk
ATTENDEE;CN="CR-40CR-TS2 Training Suite 2 (20)";CUTYPE=RESOURCE;ROLE=NON-P
 ARTICIPANT;RSVP=TRUE:mailto:cr-40cr-ts2@harboursidebank.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Harbourside Bank - Assessment Centre - Financial Cr
 ime Investigator
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1F3C2119B8DDB0100000000000000
 0010000000D6E2B94A0C7E1142B7A1D0F2C8E94A55
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000A1F3C2119B8DDB01000000000000000"
                 "010000000D6E2B94A0C7E1142B7A1D0F2C8E94A55", 1, "Harbourside Bank",
                 "Financial Crime Investigator", "onsite",
                 "sam.okafor@harboursidebank.co.uk;helen.brady@harboursidebank.co.uk",
                 "assessment-centre-written-exercise-role-play")],
    ),
    dict(
        kind="assessment-moved",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250305T141800Z
DESCRIPTION:Hi Aisha - apologies\, we've had to move the assessment centre
  by a week as one of our assessors is now on a training course. Same age
 nda\, same venue\, now Thursday 27th. Let me know if this clashes with yo
 ur shifts and I'll find another date.\n\n09:30 Arrive & ID check\n09:45 W
 ritten exercise (60 mins)\n11:00 Role-play\n12:00 Competency-based interv
 iew with Sam Okafor and Helen Brady\n\nRob
DTEND;TZID="GMT Standard Time":20250327T130000
DTSTAMP:20250312T090455Z
DTSTART;TZID="GMT Standard Time":20250327T093000
LAST-MODIFIED:20250312T090455Z
LOCATION:Harbourside House\, 40 Colmore Row - Training Suite 2
ORGANIZER;CN="Tanner, Rob":mailto:rob.tanner@harboursidebank.co.uk
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="Okafor, Sam";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:sam.okafor
 @harboursidebank.co.uk
ATTENDEE;CN="Brady, Helen";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:helen.bra
 dy@harboursidebank.co.uk
ATTENDEE;CN="CR-40CR-TS2 Training Suite 2 (20)";CUTYPE=RESOURCE;ROLE=NON-P
 ARTICIPANT;RSVP=TRUE:mailto:cr-40cr-ts2@harboursidebank.co.uk
PRIORITY:5
SEQUENCE:1
SUMMARY;LANGUAGE=en-gb:Harbourside Bank - Assessment Centre - Financial Cr
 ime Investigator
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1F3C2119B8DDB0100000000000000
 0010000000D6E2B94A0C7E1142B7A1D0F2C8E94A55
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000A1F3C2119B8DDB01000000000000000"
                 "010000000D6E2B94A0C7E1142B7A1D0F2C8E94A55", 1, "Harbourside Bank",
                 "Financial Crime Investigator", "onsite",
                 "sam.okafor@harboursidebank.co.uk;helen.brady@harboursidebank.co.uk",
                 "rescheduled-assessment-centre-sequence-1")],
    ),
    dict(
        kind="teams-final",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Sam Okafor:mailto:sam.okafor@harboursidebank.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aisha.rah
 man.brum@gmail.com:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Ro
 we:mailto:daniel.rowe@harboursidebank.co.uk
DESCRIPTION;LANGUAGE=en-GB:Aisha\, as discussed - last step\, a conversati
 on with Daniel Rowe (Director\, Financial Crime Investigations) and me. No
  presentation\, more about how you'd lead the team through the APP fraud
  reimbursement changes and your approach to SARs and law enforcement liais
 on.\n\n___________________________________________________________________
 _____________\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting
  ID: 341 092 775 118\nPasscode: 8Fh2Dq\n___________________________________
 _____________\nDial in by phone\n+44 20 3443 9818\,\,582140337# United Ki
 ngdom\, London\nPhone conference ID: 582 140 337#\n____________________________
 ____________________\n
UID:040000008200E00074C5B7101A82E008000000007B41D0EE5CA4DB0100000000000000
 00100000008E0F2D6ABCF09B4F9C8E5A3D2B1C0F77
SUMMARY;LANGUAGE=en-GB:Final interview - Aisha Rahman (FCI)
DTSTART;TZID=GMT Standard Time:20250410T160000
DTEND;TZID=GMT Standard Time:20250410T165000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T121532Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E008000000007B41D0EE5CA4DB010000000000000000"
                 "100000008E0F2D6ABCF09B4F9C8E5A3D2B1C0F77", 1, "Harbourside Bank", "",
                 "final", "sam.okafor@harboursidebank.co.uk;daniel.rowe@harboursidebank.co.uk",
                 "exchange-teams-final-abbreviated-role")],
    ),
    dict(
        kind="promotion-board",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
CREATED:20250425T074512Z
DESCRIPTION:OFFICIAL\n\nSgt 4471 Rahman\,\n\nInspector Promotion Process 2
 025 - Stage 3 (Board)\n\nYou are required to attend a promotion board as
  below. The board will last 50 minutes: a 10 minute presentation on a topi
 c issued to you 48 hours in advance\, followed by questions assessed agai
 nst the Competency and Values Framework at Level 2 and the Code of Ethics
 .\n\nPanel: Chief Superintendent Rajinder Bains (Chair)\, Superintendent
  Lisa Horton\, Kemi Addo (Senior HR Business Partner).\n\nPlease arrive 15
  minutes early in full uniform. Duty time - your line manager has been in
 formed and RMU will abstract you from your shift.\n\nIf you have a reason
 able adjustment in place please contact us by return.\n\nPromotions Team\
 nPeople Services
DTEND;TZID="GMT Standard Time":20250514T105000
DTSTAMP:20250425T074512Z
DTSTART;TZID="GMT Standard Time":20250514T100000
LAST-MODIFIED:20250425T074512Z
LOCATION:Force HQ Colmore Gate - Conference Room 3 (5th floor)
ORGANIZER;CN="Promotions Team":mailto:promotions@midlandborough.police.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:OFFICIAL - Insp Promotion Process 2025 - Stage 3 Bo
 ard - Sgt 4471 RAHMAN
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F1A7E6C0A4B5DB0100000000000000
 00100000002C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000F1A7E6C0A4B5DB010000000000000000"
                 "100000002C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F", 1, "Midland Borough Police",
                 "Inspector", "final", "Rajinder Bains;Lisa Horton;Kemi Addo",
                 "internal-inspector-promotion-board-own")],
    ),
    dict(
        kind="promotion-stage2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
CREATED:20250402T093012Z
DESCRIPTION:OFFICIAL\n\nInspector Promotion Process 2025 - Stage 2: Work-b
 ased assessment.\n\nYou will complete a 90 minute timed in-tray exercise
  followed by a 20 minute briefing exercise (you will brief a role actor pl
 aying a Superintendent on an emerging critical incident). Assessors will
  observe and score against the CVF.\n\nCandidates should bring their warra
 nt card. No pocket notebooks or devices in the assessment room.\n\nPromot
 ions Team
DTEND;TZID="GMT Standard Time":20250416T123000
DTSTAMP:20250402T093012Z
DTSTART;TZID="GMT Standard Time":20250416T093000
LOCATION:Tally Ho Training Centre - Syndicate Rooms 4-6
ORGANIZER;CN="Promotions Team":mailto:promotions@midlandborough.police.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:OFFICIAL - Insp Promotion 2025 - Stage 2 WBA (in-tr
 ay + briefing exercise)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000066C1A2B3C4D5DB0100000000000000
 0010000000AB12CD34EF56AB78CD90EF12AB34CD56
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000066C1A2B3C4D5DB01000000000000000"
                 "010000000AB12CD34EF56AB78CD90EF12AB34CD56", 1, "Midland Borough Police",
                 "Inspector", "technical", "", "internal-promotion-in-tray-briefing-exercise")],
    ),
    dict(
        kind="successfactors-video",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ISC-8f2e51d0-0c44-4a43-9b2b-3a1e77f0c5d2
DTSTAMP:20250226T134455Z
DTSTART:20250305T140000Z
DTEND:20250305T150000Z
SUMMARY:Interview for Counter Fraud Investigator - Crestline Insurance
DESCRIPTION:Dear Aisha Rahman\,\n\nYour interview for the position of Coun
 ter Fraud Investigator (Job Req 11204) has been scheduled.\n\nInterview
  Type: Video (Microsoft Teams)\nInterviewers: Gareth Lloyd\, Counter Frau
 d Manager\; Nisha Patel\, Senior Investigator\n\nJoin link will be sent
  by the hiring team.\n\nRegards\,\nCrestline Insurance Recruitment
ORGANIZER;CN=Crestline Insurance Recruitment:mailto:noreply@successfactor
 s.eu
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahm
 an.brum@gmail.com
ATTENDEE;CN=Gareth Lloyd;ROLE=REQ-PARTICIPANT:mailto:gareth.lloyd@crestlin
 einsurance.co.uk
ATTENDEE;CN=Nisha Patel;ROLE=REQ-PARTICIPANT:mailto:nisha.patel@crestline
 insurance.co.uk
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("ISC-8f2e51d0-0c44-4a43-9b2b-3a1e77f0c5d2", 1, "Crestline Insurance",
                 "Counter Fraud Investigator", "",
                 "gareth.lloyd@crestlineinsurance.co.uk;nisha.patel@crestlineinsurance.co.uk",
                 "successfactors-video-interview-noreply")],
    ),
]
