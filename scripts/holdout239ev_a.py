"""holdout239 events, part A: Seattle and Portland processes, shift calendar, reserve oral boards."""

EVENTS = [
    (
        "written-exam",
        "pst-resv-88213407@publicsafetytesting.com",
        1, "Seattle Fire Department", "Entry-Level Firefighter", "technical", "",
        "pst-written-exam-reservation-utc",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Public Safety Testing//Candidate Portal 4.2//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pst-resv-88213407@publicsafetytesting.com
DTSTAMP:20260106T191204Z
DTSTART:20260124T163000Z
DTEND:20260124T193000Z
SUMMARY:PST Written Exam - Entry-Level Firefighter (Seattle Fire Department)
LOCATION:PST Testing Center - Lynnwood\\, Suite 210
DESCRIPTION:Reservation #88213407\\nCandidate: KOWALCZYK\\, RYAN\\nExam: Entry-
 Level Firefighter Written Exam (FFWE)\\nScore report sent to: Seattle Fire
  Department\\n\\nCheck-in opens 30 minutes before your start time. Bring a g
 overnment-issued photo ID. No phones\\, smart watches or study materials in
  the testing room. Candidates who arrive after the start time will not be a
 dmitted and will forfeit their testing fee.\\n\\nTo reschedule log in to you
 r PST account at least 72 hours in advance.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "cpat",
        "6B1F0E2A-4C7D-4F53-9A0E-7D2F1B8C3E55",
        1, "Seattle Fire Department", "", "technical", "",
        "hand-typed-cpat-floating-time",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6B1F0E2A-4C7D-4F53-9A0E-7D2F1B8C3E55
DTSTAMP:20260126T040211Z
CREATED:20260126T040158Z
LAST-MODIFIED:20260126T040211Z
DTSTART:20260207T073000
DTEND:20260207T100000
SUMMARY:CPAT - Seattle
LOCATION:Fire Training Ctr\\, Seattle
DESCRIPTION:gym clothes\\, water\\, ID\\, PST confirmation email. 50lb vest + 2
 5 on stair climb. DONT run - walk fast. eat by 6
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
END:VALARM
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "oral-board",
        "neogov-int-2026-004417-ryank@governmentjobs.com",
        1, "Seattle Fire Department", "Firefighter (Entry Level)", "onsite", "",
        "neogov-oral-board-no-panel-names",
        """BEGIN:VCALENDAR
PRODID:-//NEOGOV//Insight Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:neogov-int-2026-004417-ryank@governmentjobs.com
DTSTAMP:20260219T223015Z
DTSTART;TZID=America/Los_Angeles:20260305T101500
DTEND;TZID=America/Los_Angeles:20260305T110000
SUMMARY:Oral Board - Firefighter (Entry Level) - City of Seattle
LOCATION:Fire Department Headquarters\\, 3rd Floor Conference Room
ORGANIZER;CN=City of Seattle - SFD Recruitment:mailto:noreply@governmentjo
 bs.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Dear Ryan\\,\\n\\nCongratulations! Based on your combined written
  and physical ability test results you have been invited to the oral board
  for Firefighter (Entry Level)\\, Job #2026-SFD-01.\\n\\nThe oral board consi
 sts of a panel of uniformed members of the Seattle Fire Department and is s
 cored. Please arrive 20 minutes before your scheduled time. Business attire
 . Parking is not validated.\\n\\nIf you need a reasonable accommodation cont
 act SFD Recruitment.\\n\\nCity of Seattle Human Resources
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "psych-eval",
        "4c9a71e0b2d34f8f@cal.seattle-fire-recruit",
        0, "", "", "", "",
        "psychological-evaluation-pre-employment-check",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260428T080000
DTEND;TZID=America/Los_Angeles:20260428T130000
DTSTAMP:20260414T170933Z
ORGANIZER;CN=Dana Whitfield:mailto:dwhitfield@nwpsychassoc.com
UID:4c9a71e0b2d34f8f@cal.seattle-fire-recruit
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ryan.kowalczyk.fire@gmail.com;X-NUM-GUESTS=0:mailto:ryan.kowalczyk
 .fire@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dwhitfield@nwpsychassoc.com
DESCRIPTION:Pre-employment psychological evaluation for the Seattle Fire De
 partment (conditional offer of employment).\\n\\nPart 1 (8:00-11:30): writte
 n inventories (MMPI-3 and CPI). Part 2: one-on-one clinical interview with
  Dr. Whitfield\\, about 45 minutes.\\n\\nBring photo ID and reading glasses i
 f you use them. Please do not bring anyone with you.
LOCATION:Northwest Psychological Associates\\, 1200 Westlake Ave N\\, Suite 5
 02\\, Seattle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Psychological Evaluation - Kowalczyk
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "lateral-board",
        "040000008200E00074C5B7101A82E00800000000B0C7A3F19E8FDC01000000000000000"
        "010000000D4E5A3C2B1F0984F8E2A6C0D9B7E1F22",
        1, "Portland Fire & Rescue", "Firefighter - Lateral", "onsite",
        "marcus.bellamy@portlandoregon.gov;kristen.oyelaran@portlandoregon.gov",
        "outlook-lateral-oral-board-original-time",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Tran, Linh":mailto:linh.tran@portlandoregon.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bellamy,
 Marcus":mailto:marcus.bellamy@portlandoregon.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran,
 Kristen":mailto:kristen.oyelaran@portlandoregon.gov
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PFR Training C
 enter - Classroom B":mailto:PFR-TrainCtr-ClassB@portlandoregon.gov
DESCRIPTION;LANGUAGE=en-US:Ryan\\,\\n\\nThank you for your interest in the Lat
 eral Firefighter recruitment with Portland Fire & Rescue. This confirms you
 r oral board. The panel will be Battalion Chief Marcus Bellamy and Captain
 Kristen Oyelaran. Expect situational and department-fit questions\\; you
 will not need to bring anything other than photo ID.\\n\\nPlease check in at
  the front desk of the Training Center (4800 NE 122nd Ave) 15 minutes early
 .\\n\\nLinh Tran\\nRecruiter\\, Bureau of Human Resources\\n
UID:040000008200E00074C5B7101A82E00800000000B0C7A3F19E8FDC01000000000000000
 010000000D4E5A3C2B1F0984F8E2A6C0D9B7E1F22
SUMMARY;LANGUAGE=en-US:PF&R Lateral Firefighter - Oral Board - Kowalczyk
DTSTART;TZID=Pacific Standard Time:20260310T090000
DTEND;TZID=Pacific Standard Time:20260310T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T181144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PFR Training Center - Classroom B
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "lateral-board-moved",
        "040000008200E00074C5B7101A82E00800000000B0C7A3F19E8FDC01000000000000000"
        "010000000D4E5A3C2B1F0984F8E2A6C0D9B7E1F22",
        1, "Portland Fire & Rescue", "Firefighter - Lateral", "onsite",
        "marcus.bellamy@portlandoregon.gov;kristen.oyelaran@portlandoregon.gov",
        "outlook-rescheduled-same-uid-sequence-2",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Tran, Linh":mailto:linh.tran@portlandoregon.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bellamy, Marc
 us":mailto:marcus.bellamy@portlandoregon.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran,
 Kristen":mailto:kristen.oyelaran@portlandoregon.gov
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PFR Training C
 enter - Classroom B":mailto:PFR-TrainCtr-ClassB@portlandoregon.gov
DESCRIPTION;LANGUAGE=en-US:UPDATED TIME - BC Bellamy was called to a second
 -alarm assignment coverage day on the 10th\\, so we have moved your board t
 o Tuesday 3/17 at 1:00 PM. Same location\\, same panel. Please accept the u
 pdated invitation.\\n\\nLinh Tran\\nRecruiter\\, Bureau of Human Resources\\n
UID:040000008200E00074C5B7101A82E00800000000B0C7A3F19E8FDC01000000000000000
 010000000D4E5A3C2B1F0984F8E2A6C0D9B7E1F22
SUMMARY;LANGUAGE=en-US:UPDATED: PF&R Lateral Firefighter - Oral Board - Kowa
 lczyk
DTSTART;TZID=Pacific Standard Time:20260317T130000
DTEND;TZID=Pacific Standard Time:20260317T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T154402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:PFR Training Center - Classroom B
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2117630214
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "chiefs-interview",
        "5ql0c3h1r8vdu2k7m4n9a6pe1s@google.com",
        1, "Portland Fire & Rescue", "Lateral Firefighter", "final", "renata.okafor@portlandoregon.gov",
        "chiefs-interview-sent-by-assistant",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260402T143000
DTEND;TZID=America/Los_Angeles:20260402T150000
DTSTAMP:20260324T200517Z
ORGANIZER;CN=Renata Okafor;SENT-BY="mailto:april.sorensen@portlandoregon.go
 v":mailto:renata.okafor@portlandoregon.gov
UID:5ql0c3h1r8vdu2k7m4n9a6pe1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Renata Okafor;X-NUM-GUESTS=0:mailto:renata.okafor@portlandoregon.gov
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ryan.kowalczyk.fire@gmail.com;X-NUM-GUESTS=0:mailto:ryan.kowalczyk
 .fire@gmail.com
DESCRIPTION:Chief's Interview\\, Lateral Firefighter eligible list.\\n\\nYou w
 ill meet with Fire Chief Okafor for approximately 30 minutes. Class A uniform
  from your current agency or business attire is appropriate.\\n\\nLocation:
  Fire Bureau Headquarters\\, 55 SW Ash St\\, 2nd floor. Check in with April
  Sorensen\\, Executive Assistant\\, at the front desk.
LOCATION:Fire Bureau HQ\\, 55 SW Ash St\\, Portland\\, OR 97204
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chief's Interview - R. Kowalczyk
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "background",
        "bgi-PFR-26-0331-kowalczyk@portlandoregon.gov",
        0, "", "", "", "",
        "background-investigator-interview-not-interview",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:bgi-PFR-26-0331-kowalczyk@portlandoregon.gov
DTSTAMP:20260409T162255Z
DTSTART;TZID=Pacific Standard Time:20260416T100000
DTEND;TZID=Pacific Standard Time:20260416T120000
SUMMARY:Background Investigator Interview - Kowalczyk\\, R. (Lateral FF)
LOCATION:Portland Police Bureau Personnel Division\\, Room 1204
ORGANIZER;CN="Hoskins, Gary (PPB Background)":mailto:gary.hoskins@police.po
 rtlandoregon.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Mr. Kowalczyk\\,\\n\\nI have been assigned your background invest
 igation for Portland Fire & Rescue. We will go through your Personal Histor
 y Statement line by line. Bring: the signed PHS packet and release forms\\,
  DD-214 if applicable\\, driving abstract\\, copies of certifications (EMT/P
 aramedic\\, FF I/II)\\, and three years of tax returns.\\n\\nPlan on two hours
 .\\n\\nGary Hoskins\\nBackground Investigator
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "medical",
        "d7e0a915-5c2e-4b8f-a0f4-1e6b33c90d71",
        0, "", "", "", "",
        "pre-employment-medical-nfpa-1582",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:ryan.kowalczyk.fire@gmail.com
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
DTSTART:20260423T143000Z
DTEND:20260423T183000Z
DTSTAMP:20260612T035500Z
UID:d7e0a915-5c2e-4b8f-a0f4-1e6b33c90d71
CREATED:20260410T181207Z
DESCRIPTION:PF&R conditional offer - NFPA 1582 physical @ Kaiser Occ Health.
 \\nFASTING 12 hrs (bloodwork). bring glasses\\, ID\\, vax record\\, the medic
 al hx form filled out. treadmill stress test + spirometry + hearing.\\nno c
 affeine!!
LAST-MODIFIED:20260410T181207Z
LOCATION:Kaiser Permanente Occupational Health\\, Portland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pre-employment medical - Portland
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tacoma-board",
        "tac-fire-2026-0117-ob-0412@governmentjobs.com",
        1, "Tacoma Fire Department", "Firefighter/Paramedic", "onsite", "",
        "neogov-self-schedule-slot-confirmation",
        """BEGIN:VCALENDAR
PRODID:-//NEOGOV//Online Hiring Center//EN
VERSION:2.0
METHOD:PUBLISH
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:tac-fire-2026-0117-ob-0412@governmentjobs.com
DTSTAMP:20260209T010533Z
DTSTART;TZID=America/Los_Angeles:20260226T130000
DTEND;TZID=America/Los_Angeles:20260226T134500
SUMMARY:Firefighter/Paramedic - Oral Board (Slot 0412)
LOCATION:Tacoma Fire Training Center\\, 2929 S Orchard St\\, Tacoma\\, WA
DESCRIPTION:You have successfully scheduled your Oral Board appointment for
  Firefighter/Paramedic (Recruitment 2026-0117) with the City of Tacoma.\\n\\n
 Date: Thursday\\, February 26\\, 2026\\nTime: 1:00 PM - 1:45 PM Pacific\\n\\nTo
  cancel or change your time slot\\, return to your application at governme
 ntjobs.com/careers/tacoma before the self-scheduling deadline.\\n\\nThis mes
 sage was sent from an unmonitored mailbox.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tacoma-chief",
        "040000008200E00074C5B7101A82E0080000000060A1B5C2A39FDC010000000000000000"
        "10000000A1C3E5F7092B4D6F8A0C2E4F6B8D0A1C",
        1, "Tacoma Fire Department", "Firefighter/Paramedic", "final",
        "tmarino@cityoftacoma.org;rjessup@cityoftacoma.org",
        "outlook-chiefs-interview-room-resource",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Pham, Jenny":mailto:jpham2@cityoftacoma.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marino, T
 ony":mailto:tmarino@cityoftacoma.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jessup, R
 ochelle":mailto:rjessup@cityoftacoma.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pham, Jen
 ny":mailto:jpham2@cityoftacoma.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TFD HQ Chief's
 Conference Rm":mailto:TFD-HQ-ChiefsConf@cityoftacoma.org
DESCRIPTION;LANGUAGE=en-US:Chief's Interview - FF/PM Candidate Ryan Kowalcz
 yk\\n\\nChief Marino and Deputy Chief Jessup.\\nTFD Headquarters\\, 901 Fawcet
 t Ave\\, 3rd floor. Class A or business attire.\\n\\nJenny Pham | Administrat
 ive Assistant | Tacoma Fire Department\\n
UID:040000008200E00074C5B7101A82E0080000000060A1B5C2A39FDC010000000000000000
 10000000A1C3E5F7092B4D6F8A0C2E4F6B8D0A1C
SUMMARY;LANGUAGE=en-US:Chief's Interview - Kowalczyk
DTSTART;TZID=Pacific Standard Time:20260320T100000
DTEND;TZID=Pacific Standard Time:20260320T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260311T210012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TFD HQ Chief's Conference Rm
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "shift-schedule",
        "cvfr-bshift-2026-rkowalczyk@cedarvalleyfire.org",
        0, "", "", "", "",
        "recurring-b-shift-with-trade-override",
        """BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
X-WR-CALNAME:Calendar
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-bshift-2026-rkowalczyk@cedarvalleyfire.org
DTSTAMP:20260102T150000Z
DTSTART;TZID=Pacific Standard Time:20260103T070000
DTEND;TZID=Pacific Standard Time:20260104T070000
RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20261231T150000Z
EXDATE;TZID=Pacific Standard Time:20260127T070000
SUMMARY:B Shift - Sta 41
LOCATION:Station 41
DESCRIPTION:24 on. Engine 41 / Medic 41 per daily roster.
CLASS:PUBLIC
TRANSP:OPAQUE
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
BEGIN:VEVENT
UID:cvfr-bshift-2026-rkowalczyk@cedarvalleyfire.org
RECURRENCE-ID;TZID=Pacific Standard Time:20260305T070000
DTSTAMP:20260220T031500Z
DTSTART;TZID=Pacific Standard Time:20260305T070000
DTEND;TZID=Pacific Standard Time:20260306T070000
SUMMARY:B Shift - TRADED to Hanson (I owe him 3/14 A shift)
LOCATION:Station 41
DESCRIPTION:trade approved by BC Ostrowski in TeleStaff. need to be at SFD
  oral board 3/5.
CLASS:PUBLIC
TRANSP:TRANSPARENT
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "reserve-board",
        "040000008200E00074C5B7101A82E00800000000F2D8B6A4C17DDC01000000000000000"
        "01000000077AA11CC33EE55FF0099BB22DD44FF66",
        0, "", "", "", "",
        "user-as-interviewer-reserve-ff-oral-board-panelist",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Delgado, Maria":mailto:mdelgado@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk
 , Ryan":mailto:rkowalczyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, E
 rik":mailto:ebrandt@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist
 , Sara":mailto:slindqvist@cedarvalleyfire.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CVFR Admin - Bo
 ard Room":mailto:boardroom@cedarvalleyfire.org
DESCRIPTION;LANGUAGE=en-US:Panel: Capt. Brandt (chair)\\, FF/EMT Kowalczyk\\,
  Sara Lindqvist (HR).\\n\\nReserve Firefighter oral boards\\, 8 candidates\\,
  30 min each with 10 min between for scoring. Candidate list\\, the five st
 andard questions and the rating sheets will be in the red folder in the bo
 ard room. Please do not take score sheets out of the room.\\n\\n0830 panel b
 riefing\\n0900-1230 candidates 1-5\\n1300-1500 candidates 6-8\\, then consens
 us scoring\\n\\nLunch provided.\\n\\nMaria
UID:040000008200E00074C5B7101A82E00800000000F2D8B6A4C17DDC01000000000000000
 01000000077AA11CC33EE55FF0099BB22DD44FF66
SUMMARY;LANGUAGE=en-US:Reserve FF Oral Boards - Panel
DTSTART;TZID=Pacific Standard Time:20260214T083000
DTEND;TZID=Pacific Standard Time:20260214T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T175210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CVFR Admin - Board Room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "accepted-reply",
        "040000008200E00074C5B7101A82E00800000000A7C9E1B3D55EDC01000000000000000"
        "010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8",
        0, "", "", "", "",
        "user-as-interviewer-candidate-accepted-reply-board-slot",
        """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260214T180000Z
DTEND:20260214T183000Z
DTSTAMP:20260209T024411Z
ORGANIZER;CN="Kowalczyk, Ryan":mailto:rkowalczyk@cedarvalleyfire.org
UID:040000008200E00074C5B7101A82E00800000000A7C9E1B3D55EDC01000000000000000
 010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Gaspard;X-NUM-GUESTS=0:mailto:tylergaspard22@gmail.com
COMMENT:Thank you\\, I will be there at 9:40. - Tyler
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Reserve Firefighter Oral Board - 1000 - Gaspard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "dentist",
        "A31F77C2-09B8-4E1D-8F3A-5D2C6B0E9A14",
        0, "", "", "", "",
        "personal-dentist-cleaning",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:A31F77C2-09B8-4E1D-8F3A-5D2C6B0E9A14
DTSTAMP:20260108T182010Z
CREATED:20260108T181952Z
DTSTART;TZID=America/Los_Angeles:20260129T081500
DTEND;TZID=America/Los_Angeles:20260129T091500
SUMMARY:Dentist - Dr. Ahn (cleaning)
LOCATION:Maple Valley Family Dental
DESCRIPTION:kelly day. ask about the cracked molar
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "mock-board",
        "2m5k8p0r3t6v9x1z4b7d0f3h6j@google.com",
        0, "", "", "", "",
        "mock-oral-board-retired-captain",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260301T180000
DTEND;TZID=America/Los_Angeles:20260301T193000
DTSTAMP:20260222T051230Z
ORGANIZER;CN=Dale Sutter:mailto:dalesutter.ffcoach@gmail.com
UID:2m5k8p0r3t6v9x1z4b7d0f3h6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dale Sutter;X-NUM-GUESTS=0:mailto:dalesutter.ffcoach@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ryan.kowalczyk.fire@gmail.com;X-NUM-GUESTS=0:mailto:ryan.kowalczyk
 .fire@gmail.com
DESCRIPTION:Ryan - mock oral for your SFD board on the 5th. I'll have two o
 ther retired guys on the panel so it feels real. We'll run the full 45 min
 \\, the why-this-department\\, conflict on the crew\\, the drunk-captain ethi
 cs one\\, then debrief. Wear what you'll wear on the day.\\n\\nMy garage\\, 41
 18 S 302nd Pl\\, Auburn. $75\\, Venmo is fine.\\n- Dale
LOCATION:4118 S 302nd Pl\\, Auburn WA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock Oral Board - Ryan K.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
]
