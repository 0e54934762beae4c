"""holdout186: Shannon Doyle's own interviews, part A (Aldi, Lidl, Co-op, Morrisons, Home Bargains, B&M)."""
# ruff: noqa: E501, W291
from holdout186ev_common import ev

EVENTS = [
    ev("phone-screen", "SF-INT-7741203-20260908@successfactors.eu", 1, "Aldi", "Area Manager",
       "recruiter_screen", "kirsty.hale@aldi.co.uk", "successfactors-telephone-interview-aldi", r'''BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:SF-INT-7741203-20260908@successfactors.eu
DTSTAMP:20260901T083412Z
DTSTART;TZID=Europe/London:20260908T133000
DTEND;TZID=Europe/London:20260908T141500
SUMMARY:Telephone Interview - Area Manager (Bolton & Wigan) - ALDI Stores Ltd
DESCRIPTION:Dear Shannon\,\n\nThank you for your application for the positio
 n of Area Manager (Bolton & Wigan). We are pleased to invite you to a telep
 hone interview.\n\nDate: Tuesday 8 September 2026\nTime: 13:30 - 14:15\nIn
 terviewer: Kirsty Hale\, Recruitment Officer\n\nKirsty will call you on the
  mobile number provided in your application (07*** ***412). Please make sur
 e you are somewhere quiet with a good signal.\n\nThe call will cover your r
 etail management experience and your motivation for joining ALDI.\n\nIf you
  are unable to attend\, please use the link in your confirmation email to r
 equest an alternative slot.\n\nKind regards\,\nALDI Recruitment\n\nThis is 
 an automated message. Please do not reply.
ORGANIZER;CN=ALDI Recruitment:mailto:noreply-aldi@successfactors.eu
ATTENDEE;CN=Kirsty Hale;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Kirsty
 .Hale@aldi.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:shannon.doyle84@yahoo.co.uk
LOCATION:Telephone
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
'''),
    ev("assessment-centre", "040000008200E00074C5B7101A82E00800000000A0C6D2F1E12DDC0100000000000000001000000035B0C2D4A1F3E54C8E6D1A2B3C4D5E6F", 1,
       "Aldi", "Area Manager", "onsite", "paul.freeman@aldi.co.uk;Nicola Sharpe",
       "all-day-assessment-centre-outlook", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
ATTENDEE;CN="Freeman, Paul";ROLE=OPT-PARTICIPANT:mailto:Paul.Freeman@aldi.co.uk
CLASS:PUBLIC
CREATED:20260915T101122Z
DESCRIPTION:Hi Shannon\,\n\nFurther to your telephone interview\, I'm pleased to confirm your place at our Area Manager Assessment Day.\n\nVenue: ALDI Regional Office\, Atherton (Chanters Industrial Estate) - please report to main reception for 08:30. Parking is available on site.\nFinish: approx. 17:00\n\nThe day will include:\n- Group exercise\n- Numerical reasoning test\n- Competency-based interview with Paul Freeman (Managing Director) and Nicola Sharpe (Area Manager)\n- Store visit with a member of the area team\n\nPlease bring photo ID and wear smart business dress with comfortable shoes for the store visit. Lunch is provided.\n\nAny questions give me a call on 01942 883 410.\n\nBest regards\,\nDebbie Ainsworth\nRegional Administrator\n
DTEND;VALUE=DATE:20261001
DTSTAMP:20260915T101122Z
DTSTART;VALUE=DATE:20260930
LAST-MODIFIED:20260915T101122Z
LOCATION:ALDI Regional Office\, Atherton
ORGANIZER;CN="Ainsworth, Debbie":mailto:Debbie.Ainsworth@aldi.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:ALDI Area Manager Assessment Day - Shannon Doyle
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000A0C6D2F1E12DDC0100000000000000001000000035B0C2D4A1F3E54C8E6D1A2B3C4D5E6F
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("final", "040000008200E00074C5B7101A82E0080000000050F1C88A2F4BDC010000000000000000100000004D7E1A9C0B3F2D4A9E8F7C6B5A493827", 1,
       "Aldi", "", "final", "paul.freeman@aldi.co.uk", "outlook-gmt-standard-time-sent-by-pa-final",
       r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
ATTENDEE;CN="Atherton MR2 - Boardroom";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:ATH-MR2-Boardroom@aldi.co.uk
CLASS:PUBLIC
CREATED:20261014T150233Z
DESCRIPTION:Shannon\,\n\nPaul would like to invite you back for a final meeting following the assessment day. This will be a one-to-one with Paul and will last around an hour. Please bring the completed pre-read on your current store P&L (no figures that are commercially sensitive to Greenway please!).\n\nIf you need to park\, let reception know your reg.\n\nThanks\,\nDebbie\n\nDebbie Ainsworth | Regional Administrator | ALDI Stores Ltd - Atherton Region\n
DTEND;TZID="GMT Standard Time":20261102T110000
DTSTAMP:20261014T150233Z
DTSTART;TZID="GMT Standard Time":20261102T100000
LAST-MODIFIED:20261014T150233Z
LOCATION:Atherton Regional Office - MR2 Boardroom
ORGANIZER;CN="Freeman, Paul";SENT-BY="mailto:Debbie.Ainsworth@aldi.co.uk":mailto:Paul.Freeman@aldi.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Shannon Doyle / Paul Freeman - final stage
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000050F1C88A2F4BDC010000000000000000100000004D7E1A9C0B3F2D4A9E8F7C6B5A493827
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("phone-interview", "wd-interview-b7f21c9e5a3d4e10@myworkday.com", 1, "Lidl", "Regional Operations Manager",
       "recruiter_screen", "hannah.price@lidl.co.uk", "workday-utc-telephone-interview", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-b7f21c9e5a3d4e10@myworkday.com
DTSTAMP:20260910T121500Z
DTSTART:20260917T090000Z
DTEND:20260917T093000Z
SUMMARY:Interview: Regional Operations Manager - North West (R-0048213)
DESCRIPTION:Hello Shannon\,\n\nYour telephone interview for Regional Operations Manager - North West (R-0048213) has been scheduled.\n\nInterview Type: Telephone Interview\nInterviewer: Hannah Price\, Talent Acquisition Partner\nDuration: 30 minutes\n\nHannah will call you on +44 7*** ***412.\n\nYou can view your interview details in your Candidate Home account at lidl.wd3.myworkday.com.\n\nBest wishes\,\nLidl GB Recruitment Team
LOCATION:Telephone call
ORGANIZER;CN=Lidl GB Recruitment:mailto:lidl@myworkday.com
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT:mailto:hannah.price@lidl.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
'''),
    ev("vorstellungsgespraech", "040000008200E00074C5B7101A82E00800000000E07A3B51C45CDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
       1, "Lidl", "Regional Operations Manager", "final", "markus.vogel@lidl.com;gareth.owen@lidl.co.uk",
       "german-outlook-w-europe-final-round-teams", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
@@TZ_WEST@@
BEGIN:VEVENT
ATTENDEE;CN="Vogel, Markus";RSVP=TRUE:mailto:Markus.Vogel@lidl.com
ATTENDEE;CN="Owen, Gareth";RSVP=TRUE:mailto:Gareth.Owen@lidl.co.uk
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20261006T074512Z
DESCRIPTION:Liebe Frau Doyle\, dear Shannon\,\n\nanbei die Einladung zu Ihrem finalen Gespräch mit Herrn Dr. Vogel (Geschäftsleitung Vertrieb International) und Gareth Owen (Regional Director North\, Lidl GB). Das Gespräch findet auf Englisch statt.\n\nPlease find attached the invitation to your final interview for the role of Regional Operations Manager. The conversation will be held in English and will last approx. 60 minutes. Please note the time is shown in Central European Time (10:00 CET = 09:00 UK time).\n\nMit freundlichen Grüßen / Kind regards\nKatrin Schneider\nAssistenz der Geschäftsleitung\nLidl Stiftung & Co. KG\, Neckarsulm\n\n________________________________________________________________________________\nMicrosoft Teams Besprechung\nÜber Computer\, mobile App oder Raumgerät teilnehmen\nHier klicken\, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZmY1YjQtOTk0Yi00ZDVl%40thread.v2/0?context=%7b%22Tid%22%3a%22d04f4717%22%7d>\nBesprechungs-ID: 362 118 440 915\nKennung: Xr7Fq2\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20261027T110000
DTSTAMP:20261006T074512Z
DTSTART;TZID="W. Europe Standard Time":20261027T100000
LAST-MODIFIED:20261006T074512Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Schneider, Katrin":mailto:Katrin.Schneider@lidl.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Finales Gespräch Regional Operations Manager (Lidl GB) - Frau Shannon Doyle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E07A3B51C45CDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("competency-interview", "oleeo-9a4c2e71-3f58-4bde-a0c1-coop-int-55213@coop.tal.net", 1, "Co-op",
       "Area Manager", "hiring_manager", "leanne.byrne@coop.co.uk;sam.okafor@coop.co.uk",
       "oleeo-competency-based-interview-original", r'''BEGIN:VCALENDAR
PRODID:-//Oleeo//Oleeo Recruit//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:oleeo-9a4c2e71-3f58-4bde-a0c1-coop-int-55213@coop.tal.net
DTSTAMP:20260914T160210Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20260923T140000
DTEND;TZID=Europe/London:20260923T150000
SUMMARY:Co-op Interview - Area Manager (Greater Manchester South)
DESCRIPTION:Hi Shannon\,\n\nThanks for booking your interview slot. This is 
 a competency-based interview with Leanne Byrne (Regional Manager) and Sam O
 kafor (People Partner) and will last up to 60 minutes.\n\nWe'll ask you abo
 ut times you've led a team through change\, delivered for customers and mem
 bers\, and made a difference in your community. Have a think about examples
  using the STAR approach.\n\nJoin on Microsoft Teams:\nhttps://teams.micros
 oft.com/l/meetup-join/19%3ameeting_YzE4NTg0%40thread.v2/0\nMeeting ID: 318 
 552 907 114  Passcode: 7hRc4p\n\nIf you need any adjustments for your inter
 view just let us know.\n\nCo-op Resourcing Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Co-op Resourcing:mailto:no-reply@coop.tal.net
ATTENDEE;CN=Leanne Byrne;ROLE=REQ-PARTICIPANT:mailto:leanne.byrne@coop.co.uk
ATTENDEE;CN=Sam Okafor;ROLE=REQ-PARTICIPANT:mailto:sam.okafor@coop.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.d
 oyle84@yahoo.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''),
    ev("interview-moved", "oleeo-9a4c2e71-3f58-4bde-a0c1-coop-int-55213@coop.tal.net", 1, "Co-op",
       "Area Manager", "hiring_manager", "leanne.byrne@coop.co.uk;sam.okafor@coop.co.uk",
       "oleeo-rescheduled-same-uid-higher-sequence", r'''BEGIN:VCALENDAR
PRODID:-//Oleeo//Oleeo Recruit//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:oleeo-9a4c2e71-3f58-4bde-a0c1-coop-int-55213@coop.tal.net
DTSTAMP:20260921T091744Z
SEQUENCE:2
DTSTART;TZID=Europe/London:20260929T093000
DTEND;TZID=Europe/London:20260929T103000
SUMMARY:UPDATED: Co-op Interview - Area Manager (Greater Manchester South)
DESCRIPTION:Hi Shannon\,\n\nYour interview has been moved to a new time at t
 he request of the interview panel. Apologies for any inconvenience.\n\nNew 
 time: Tuesday 29 September\, 09:30 - 10:30\nPanel: Leanne Byrne (Regional 
 Manager) and Sam Okafor (People Partner)\n\nJoin on Microsoft Teams:\nhttp
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE4NTg0%40thread.v2/0
 \nMeeting ID: 318 552 907 114  Passcode: 7hRc4p\n\nCo-op Resourcing Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Co-op Resourcing:mailto:no-reply@coop.tal.net
ATTENDEE;CN=Leanne Byrne;ROLE=REQ-PARTICIPANT:mailto:leanne.byrne@coop.co.uk
ATTENDEE;CN=Sam Okafor;ROLE=REQ-PARTICIPANT:mailto:sam.okafor@coop.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.d
 oyle84@yahoo.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
'''),
    ev("hirevue", "A7C1E2B4-55D0-4F8E-9C3B-2D61F0A98E11", 1, "Morrisons", "",
       "recruiter_screen", "", "hirevue-on-demand-video-interview-self-added", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7C1E2B4-55D0-4F8E-9C3B-2D61F0A98E11
DTSTAMP:20260916T194410Z
CREATED:20260916T194402Z
LAST-MODIFIED:20260916T194410Z
DTSTART;TZID=Europe/London:20260919T190000
DTEND;TZID=Europe/London:20260919T200000
SUMMARY:Morrisons HireVue video interview
DESCRIPTION:deadline Mon 9am!! link in email from Morrisons careers. 6 quest
 ions\, 30 secs thinking time\, 3 mins each answer. 1 practice q first. do i
 t in the back bedroom not kitchen. regional ops mgr role
URL:https://app.hirevue.com/interviews/morrisons/x9PqL2mT
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
@@TZ_LONDON@@
END:VCALENDAR
'''),
    ev("store-walk", "040000008200E00074C5B7101A82E008000000003D9E2F7AA048DC01000000000000000010000000FF12EE34DD56CC78BB90AA12FE34DC56", 1,
       "Morrisons", "", "onsite", "gary.lund@morrisonsplc.co.uk",
       "store-walk-with-regional-director", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN=Jess Whitworth:mailto:jess.whitworth@morrisonsplc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gary Lund:mailto:gary.lund@morrisonsplc.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk:mailto:shannon.doyle84@yahoo.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Shannon\,\n\nThanks for completing your video interview - Gary would like to meet you for the next stage.\n\nThis will be a store walk at our Stockport (Hempshaw Lane) store. Gary will walk the shop floor with you for about an hour - we're interested in what you see\, what you'd prioritise and how you'd coach the store team. This will be followed by a 45 min conversation in the store's training room.\n\nPlease ask for Gary at the customer service desk. Free parking on site.\n\nMany thanks\nJess\nJess Whitworth | Talent Acquisition Partner - Retail Management | Wm Morrison Supermarkets Ltd\n
UID:040000008200E00074C5B7101A82E008000000003D9E2F7AA048DC01000000000000000010000000FF12EE34DD56CC78BB90AA12FE34DC56
SUMMARY;LANGUAGE=en-GB:Store walk - Shannon Doyle / Gary Lund (RD North West)
DTSTART;TZID=GMT Standard Time:20261008T100000
DTEND;TZID=GMT Standard Time:20261008T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260929T112030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Morrisons Stockport\, Hempshaw Lane\, SK1 4LG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("phone-interview", "5E0B91C7-2A44-4C6F-8F1D-93B7E1A0C4D2", 1, "Home Bargains", "", "",
       "Carl", "hand-typed-phone-interview-floating", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E0B91C7-2A44-4C6F-8F1D-93B7E1A0C4D2
DTSTAMP:20260918T122205Z
CREATED:20260918T122151Z
DTSTART:20260924T121500
DTEND:20260924T130000
SUMMARY:HB phone interview - area mgr
DESCRIPTION:Carl from TJ Morris head office ringing me. have CV + figures in
  front of me (sales\, shrink\, labour %\, staff turnover). ask re car/bonus
 /how many stores in area. take it in the car on lunch
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("indeed-call", "indeed-interview-3f9a7c21e6b84d05@indeed.com", 1, "B&M", "Area Manager", "recruiter_screen",
       "jasonwhitfield-7h2k9@indeedemail.com", "indeed-scheduled-phone-call-relay-address", r'''BEGIN:VCALENDAR
PRODID:-//Indeed//Indeed Interviews//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-3f9a7c21e6b84d05@indeed.com
DTSTAMP:20260925T103015Z
DTSTART:20261001T150000Z
DTEND:20261001T152000Z
SUMMARY:Phone call: Area Manager - B&M Retail Ltd
DESCRIPTION:Your phone interview with B&M Retail Ltd is confirmed.\n\nJob: 
 Area Manager\nLocation: Manchester\nType: Phone call\nDuration: 20 minutes
 \n\nJason Whitfield from B&M Retail Ltd will call you at +447*******412.\n
 \nNeed to reschedule? Go to your Indeed account > My jobs > Interviews.\n\n
 Good luck!\nThe Indeed team
LOCATION:Phone call
ORGANIZER;CN=Indeed:mailto:no-reply@indeed.com
ATTENDEE;CN=Jason Whitfield (B&M Retail Ltd);ROLE=REQ-PARTICIPANT:mailto:jas
 onwhitfield-7h2k9@indeedemail.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyl
 e84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
'''),
]
