"""holdout221 events, part A: the BHP and Rio Tinto processes (hand-written raw iCalendar text)."""

EVENTS = [
    {
        "kind": "workday-phone-screen",
        "uid": "WD-INT-7f3a92c1e0b44d6f9a1e2b3c4d5e6f70@myworkday.com",
        "is_interview": 1, "company": "BHP", "role": "Electrical Supervisor - Mining Area C",
        "stage": "recruiter_screen", "interviewers": "kylie.brennan@bhp.com", "trap": "workday-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-INT-7f3a92c1e0b44d6f9a1e2b3c4d5e6f70@myworkday.com
DTSTAMP:20250312T031544Z
DTSTART;TZID=Australia/Perth:20250318T173000
DTEND;TZID=Australia/Perth:20250318T180000
SUMMARY:Phone Screen - Electrical Supervisor - Mining Area C (R-0219384)
DESCRIPTION:Hi Jarrah\,\n\nThank you for your application for the role of
  Electrical Supervisor - Mining Area C (R-0219384). We would like to invite
  you to a phone screen with Kylie Brennan\, Talent Acquisition Partner.\n\n
 Date: Tuesday\, 18 March 2025\nTime: 5:30 PM - 6:00 PM AWST\nFormat: Phone
  - Kylie will call you on the mobile number in your candidate profile.\n\nI
 f you need to reschedule please use the link in your candidate home page.\
 n\nKind regards\,\nBHP Talent Acquisition\n\nThis is an automated message
 . Please do not reply.
LOCATION:Phone call
ORGANIZER;CN=BHP Careers:mailto:bhp@myworkday.com
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;CN=Kylie Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Kyli
 e.Brennan@bhp.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-behavioural",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B0D4F3A1E695DB01"
            "000000000000000010000000C2A7E1F04B1D9A4E8F3B6C2D1A0E9F88"
        ),
        "is_interview": 1, "company": "BHP", "role": "Electrical Supervisor MAC",
        "stage": "hiring_manager", "interviewers": "sean.dwyer@bhp.com;priya.nair@bhp.com",
        "trap": "outlook-behavioural-star-sent-by-coordinator",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Australia Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Dwyer, Sean";SENT-BY="mailto:Mel.Ogilvie@bhp.com":mailto:Sean.D
 wyer@bhp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mitc
 hell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nair, Priy
 a":mailto:Priya.Nair@bhp.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ogilvie, M
 el":mailto:Mel.Ogilvie@bhp.com
DESCRIPTION;LANGUAGE=en-AU:Hi Jarrah\,\n\nAs discussed with Kylie\, please
  find below the details for your behavioural interview with Sean Dwyer (Sup
 erintendent Electrical Maintenance\, MAC) and Priya Nair (HSE Lead).\n\nTh
 e interview will run for approx. 60 mins and follows the STAR format - ple
 ase have a few examples ready around safety leadership\, isolations and ma
 naging a crew through a shutdown.\n\nThanks\nMel Ogilvie | Recruitment Coo
 rdinator\n\n__________________________________________________________________
 ______________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app
  or room device\nClick here to join the meeting<https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_NzQ1ZmY0YjQtZjRkMC00NjBk@thread.v2/0>\nMeetin
 g ID: 418 227 905 316\nPasscode: 9Xk2Pq\nOr call in (audio only)\n+61 2 81
 03 2184\,\,730518224#   Australia\, Sydney\nPhone Conference ID: 730 518 22
 4#\n______________________________________________________________________
 __________\n
UID:040000008200E00074C5B7101A82E00800000000B0D4F3A1E695DB01000000000000000
 010000000C2A7E1F04B1D9A4E8F3B6C2D1A0E9F88
SUMMARY;LANGUAGE=en-AU:Behavioural Interview - Electrical Supervisor MAC -
  Jarrah Mitchell
DTSTART;TZID=W. Australia Standard Time:20250402T100000
DTEND;TZID=W. Australia Standard Time:20250402T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T062210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1288391026
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
    },
    {
        "kind": "outlook-rescheduled",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000B0D4F3A1E695DB01"
            "000000000000000010000000C2A7E1F04B1D9A4E8F3B6C2D1A0E9F88"
        ),
        "is_interview": 1, "company": "BHP", "role": "Electrical Supervisor MAC",
        "stage": "hiring_manager", "interviewers": "sean.dwyer@bhp.com;priya.nair@bhp.com",
        "trap": "outlook-rescheduled-sequence-1",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Australia Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Dwyer, Sean";SENT-BY="mailto:Mel.Ogilvie@bhp.com":mailto:Sean.D
 wyer@bhp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mitc
 hell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nair, Priya":m
 ailto:Priya.Nair@bhp.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ogilvie, M
 el":mailto:Mel.Ogilvie@bhp.com
DESCRIPTION;LANGUAGE=en-AU:Hi Jarrah - apologies\, Sean has been pulled int
 o the OPF shutdown so we've moved this to Friday 4 April\, same time. Ever
 ything else stays the same.\n\nThanks\nMel\n\n____________________________
 ____________________________________________________\nMicrosoft Teams meet
 ing\nJoin on your computer\, mobile app or room device\nClick here to join
  the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1Zm
 Y0YjQtZjRkMC00NjBk@thread.v2/0>\nMeeting ID: 418 227 905 316\nPasscode: 9X
 k2Pq\n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E00800000000B0D4F3A1E695DB01000000000000000
 010000000C2A7E1F04B1D9A4E8F3B6C2D1A0E9F88
SUMMARY;LANGUAGE=en-AU:Behavioural Interview - Electrical Supervisor MAC -
  Jarrah Mitchell
DTSTART;TZID=W. Australia Standard Time:20250404T100000
DTEND;TZID=W. Australia Standard Time:20250404T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T012947Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1288391026
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "site-visit",
        "uid": "WD-INT-0c55e1aa93f84b2e8d7c6b5a49382716@myworkday.com",
        "is_interview": 1, "company": "BHP", "role": "Electrical Supervisor - Mining Area C",
        "stage": "onsite", "interviewers": "sean.dwyer@bhp.com;dale.kowalczyk@bhp.com",
        "trap": "workday-site-visit-selection-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-INT-0c55e1aa93f84b2e8d7c6b5a49382716@myworkday.com
DTSTAMP:20250408T051102Z
DTSTART;TZID=Australia/Perth:20250415T090000
DTEND;TZID=Australia/Perth:20250415T150000
SUMMARY:Site Visit - Electrical Supervisor - Mining Area C (R-0219384)
DESCRIPTION:Hi Jarrah\,\n\nCongratulations on progressing to the next stag
 e. As part of the selection process we would like to invite you to a site
  visit at Mining Area C\, including a walk through the OPF and the HV yard
  and a final conversation with Sean Dwyer and Dale Kowalczyk (Manager Main
 tenance).\n\nFlights: QF1938 PER-ZNE departs 05:50\, return 17:25. Travel
  will confirm via separate email. Please bring your own PPE (steel caps\,
  long sleeves) and photo ID. Site access is arranged - you do not need a
  site induction for this visit.\n\nBHP Talent Acquisition
LOCATION:Mining Area C - Administration Building (via Newman)
ORGANIZER;CN=BHP Careers:mailto:bhp@myworkday.com
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;CN=Sean Dwyer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Sean.Dw
 yer@bhp.com
ATTENDEE;CN=Dale Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Dal
 e.Kowalczyk@bhp.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "uid": "8C1F4E2A-6B3D-4F0E-9A71-2D5C8B3E1F04",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "prep-block-star-examples",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250330T104412Z
DTEND;TZID=Australia/Perth:20250403T203000
DTSTAMP:20250330T104420Z
DTSTART;TZID=Australia/Perth:20250403T190000
LAST-MODIFIED:20250330T104412Z
SEQUENCE:0
SUMMARY:prep STAR examples for bhp
DESCRIPTION:- HV isolation near miss at OPF (what i did\, result)\n- crew
  conflict on nightshift\n- 2023 shutdown - 11 sparks\, finished 6hrs early
 \n- ask about roster + camp
UID:8C1F4E2A-6B3D-4F0E-9A71-2D5C8B3E1F04
END:VEVENT
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:20090329T030000
TZOFFSETFROM:+0900
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""",
    },
    {
        "kind": "agency-call",
        "uid": "a3c9e7f2-1d44-4b8e-bf20-6e93d1c05a7b",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "agency-screen-unnamed-tier-one-client",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a3c9e7f2-1d44-4b8e-bf20-6e93d1c05a7b
DTSTAMP:20250305T002130Z
DTSTART:20250306T040000Z
DTEND:20250306T043000Z
SUMMARY:Phone screen - Electrical Supervisor - Tier 1 Pilbara client
DESCRIPTION:Hi Jarrah\,\n\nGreat to speak earlier. As mentioned I'm recruit
 ing for a tier-one miner in the Pilbara for an Electrical Supervisor (8/6
 \, Perth FIFO). Client is confidential at this stage - I'll give you the f
 ull picture once I've done a quick screen and we have your right to repres
 ent.\n\nI'll call you on 0412 558 903.\n\nCheers\,\nTegan Marsh\nSenior Co
 nsultant - Mining & Resources\nProgrammed Skilled Workforce\n08 9263 4410
LOCATION:Phone
ORGANIZER;CN=Tegan Marsh:mailto:tegan.marsh@programmed.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screen",
        "uid": "f08b2d61-77ce-4a0f-93d5-1b2e4c6a8d90",
        "is_interview": 1, "company": "Rio Tinto", "role": "Electrical Supervisor - Brockman 4",
        "stage": "recruiter_screen", "interviewers": "tegan.marsh@programmed.com.au",
        "trap": "agency-screen-client-named-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f08b2d61-77ce-4a0f-93d5-1b2e4c6a8d90
DTSTAMP:20250310T052409Z
DTSTART:20250312T023000Z
DTEND:20250312T031500Z
SUMMARY:Jarrah Mitchell / Programmed - formal screen
DESCRIPTION:Hi Jarrah\,\n\nThanks for signing the right to represent. Happy
  to confirm the client is Rio Tinto - Electrical Supervisor\, Brockman 4 (
 8/6 swing\, ex Perth). This is the formal screening interview I need to do
  before I can submit you: work history\, tickets (HV switching\, EWP\, con
 fined space)\, a couple of behavioural questions and your availability.\n\
 nPlease have your electrical licence number handy.\n\nTalk soon\,\nTegan M
 arsh\nProgrammed Skilled Workforce
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZjA4YjJkNjE@thread.v2/0
ORGANIZER;CN=Tegan Marsh:mailto:tegan.marsh@programmed.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-interview",
        "uid": "SF-RIO-INTV-20250326-88412",
        "is_interview": 1, "company": "Rio Tinto", "role": "Electrical Supervisor",
        "stage": "hiring_manager", "interviewers": "brendan.oshea@riotinto.com;amira.haddad@riotinto.com",
        "trap": "successfactors-client-interview-after-agency",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-RIO-INTV-20250326-88412
DTSTAMP:20250320T080014Z
DTSTART:20250326T013000Z
DTEND:20250326T023000Z
SUMMARY:Interview: Electrical Supervisor (Req 77310) - Jarrah Mitchell
DESCRIPTION:Dear Jarrah Mitchell\,\n\nYou have been scheduled for an interv
 iew for the position Electrical Supervisor (Requisition 77310)\, Brockman
  4.\n\nInterviewers:\nBrendan O'Shea - Maintenance Superintendent\nAmira H
 addad - Superintendent Electrical Engineering\n\nThe interview will be held
  on Microsoft Teams. Join link:\nhttps://teams.microsoft.com/l/meetup-join
 /19%3ameeting_Rio77310@thread.v2/0\n\nPlease note Rio Tinto will not ask
  you to pay for any part of the recruitment process.\n\nRio Tinto Resourcin
 g
LOCATION:Microsoft Teams
ORGANIZER;CN=Rio Tinto Resourcing:mailto:noreply@successfactors.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.mi
 tchell.sparky@outlook.com.au
ATTENDEE;CN=Brendan O'Shea;PARTSTAT=ACCEPTED:mailto:brendan.oshea@riotinto.c
 om
ATTENDEE;CN=Amira Haddad;PARTSTAT=ACCEPTED:mailto:amira.haddad@riotinto.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "voc-practical",
        "uid": "f3b19e40-2c7a-4d88-a51e-9e0c7d4b1a26",
        "is_interview": 1, "company": "Rio Tinto", "role": "Electrical Supervisor",
        "stage": "technical", "interviewers": "Gary Whitfield",
        "trap": "agency-voc-practical-selection-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f3b19e40-2c7a-4d88-a51e-9e0c7d4b1a26
DTSTAMP:20250401T063012Z
DTSTART:20250409T000000Z
DTEND:20250409T060000Z
SUMMARY:VOC - Rio Tinto Electrical Supervisor - Jarrah Mitchell
DESCRIPTION:Hi Jarrah\,\n\nGood news - Rio want to progress you to the VOC
  stage. This is a practical verification of competency and forms part of t
 he selection\, it is assessed by Gary Whitfield (Rio Tinto electrical trai
 ner/assessor).\n\nWhere: Rio Tinto Operations Centre training workshop\, 1
 52 Great Eastern Hwy Belmont\nWhen: 8:00am - 2:00pm\nIncludes: LV isolati
 on and test for dead\, fault finding on a DOL/VSD panel\, HV switching pro
 gram walk-through\, short written.\n\nBring: licence\, HV ticket\, steel ca
 ps\, long sleeves\, your own multimeter if you have a Cat IV one.\n\nGood
  luck!\nTegan\nProgrammed Skilled Workforce
LOCATION:Rio Tinto Ops Centre - training workshop\, Belmont
ORGANIZER;CN=Tegan Marsh:mailto:tegan.marsh@programmed.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reminder",
        "uid": "3e0a8f5b2c1d4e7f@outlook.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "thank-you-reminder",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
X-WR-TIMEZONE:Australia/Perth
BEGIN:VEVENT
UID:3e0a8f5b2c1d4e7f@outlook.com
DTSTAMP:20250326T041500Z
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
SUMMARY:email Brendan + Amira - thanks for the chat (Rio)
DESCRIPTION:mention the conveyor VSD job + that im keen on 8/6
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
]
