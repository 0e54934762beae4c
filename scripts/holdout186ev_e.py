"""holdout186: Shannon Doyle's own interviews, part E (M&S, Waitrose, Ocado, Evri, DPD, Greggs)."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("telephone-screen", "040000008200E00074C5B7101A82E00800000000117E5B2C9D43DC0100000000000000001000000076A5B4C3D2E1F0091827364554637281", 1,
       "M&S", "Regional Manager - Food", "recruiter_screen", "zoe.harper@marks-and-spencer.com",
       "outlook-recruiter-phone-screen", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20260929T140003Z
DESCRIPTION:Hi Shannon\,\n\nLovely to speak earlier. As agreed\, here's a placeholder for our screening call on the Regional Manager - Food role (North West region). I'll call you on 07*** ***412. We'll go through your experience\, the role and the next steps (presentation + interview with the Head of Region).\n\nZoe\n\nZoe Harper | Senior Talent Partner - Retail | Marks and Spencer plc\n
DTEND;TZID="GMT Standard Time":20261005T124500
DTSTAMP:20260929T140003Z
DTSTART;TZID="GMT Standard Time":20261005T121500
LAST-MODIFIED:20260929T140003Z
LOCATION:Phone
ORGANIZER;CN="Harper, Zoe":mailto:Zoe.Harper@marks-and-spencer.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Shannon Doyle - RM Food screening
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000117E5B2C9D43DC0100000000000000001000000076A5B4C3D2E1F0091827364554637281
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("presentation", "040000008200E00074C5B7101A82E00800000000228F6C3DAE54DC01000000000000000010000000876B5C4D3E2F1001A2B3C4D5E6F70812", 1,
       "M&S", "Regional Manager", "technical", "simon.greaves@marks-and-spencer.com;zoe.harper@marks-and-spencer.com",
       "presentation-task-first-90-days-utc", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Greaves, Simon";RSVP=TRUE:mailto:Simon.Greaves@marks-and-spencer.com
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20261008T101010Z
DESCRIPTION:Hi Shannon\,\n\nGreat news - you're through to the next stage.\n\nTask: 15-minute presentation - "Your first 90 days as Regional Manager: how would you improve availability and waste in a region of 28 Foodhalls?" Data pack attached to my email. Slides optional.\n\nThis will be followed by a 45-minute interview with Simon Greaves (Head of Region - North) and me. We'll be in a meeting room at the Manchester Market Street store - ask at customer services.\n\nBest of luck\,\nZoe\n
DTEND:20261021T113000Z
DTSTAMP:20261008T101010Z
DTSTART:20261021T101500Z
LAST-MODIFIED:20261008T101010Z
LOCATION:M&S Manchester Market Street - meeting room 2
ORGANIZER;CN="Harper, Zoe":mailto:Zoe.Harper@marks-and-spencer.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Presentation + interview: Shannon Doyle (RM Food NW)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000228F6C3DAE54DC01000000000000000010000000876B5C4D3E2F1001A2B3C4D5E6F70812
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("oleeo-interview", "oleeo-jlp-71c2e8d4-waitrose-int-20261104@jlp.tal.net", 1, "Waitrose",
       "Regional Operations Manager", "hiring_manager", "fiona.gallagher@johnlewis.co.uk",
       "oleeo-partnership-wording-google-meet", r'''BEGIN:VCALENDAR
PRODID:-//Oleeo//Oleeo Recruit//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:oleeo-jlp-71c2e8d4-waitrose-int-20261104@jlp.tal.net
DTSTAMP:20261027T151515Z
SEQUENCE:0
DTSTART:20261104T140000Z
DTEND:20261104T150000Z
SUMMARY:John Lewis Partnership - Interview - Regional Operations Manager\, Waitrose (North)
DESCRIPTION:Dear Shannon\,\n\nThank you for your interest in joining the John Lewis Partnership. Your interview for Regional Operations Manager\, Waitrose (North) has been booked.\n\nYou'll meet Fiona Gallagher\, Head of Branch Operations (North)\, on Google Meet: https://meet.google.com/dfh-wrct-qbn\n\nWe'll talk about your experience leading large teams and how you'd bring our Partnership principles to life across our northern branches.\n\nPartner Recruitment Team\nJohn Lewis Partnership
LOCATION:Google Meet
ORGANIZER;CN=JLP Recruitment:mailto:noreply@jlp.tal.net
ATTENDEE;CN=Fiona Gallagher;ROLE=REQ-PARTICIPANT:mailto:fiona.gallagher@johnlewis.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("goodtime-interview", "goodtime-evt-0c4f9b21d8e7@goodtime.io", 1, "Ocado", "Operations Manager (CFC)",
       "hiring_manager", "r.akhtar@ocado.com;j.muir@ocado.com", "goodtime-coordinator-organiser-two-interviewers",
       r'''BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:goodtime-evt-0c4f9b21d8e7@goodtime.io
DTSTAMP:20261016T090100Z
DTSTART;TZID=Europe/London:20261022T110000
DTEND;TZID=Europe/London:20261022T121500
SUMMARY:Ocado Group | Shannon Doyle | Operations Manager (CFC) | Interview
DESCRIPTION:Hi Shannon\,\n\nYour interview is confirmed. Here's the schedule:\n\n11:00 - 11:40  Rehan Akhtar\, Head of Operations CFC\n11:40 - 12:15  Jenna Muir\, Senior People Partner\n\nJoin with Google Meet: https://meet.google.com/kwy-pxse-tdm\nJoin by phone: +44 20 3956 0511 PIN: 771 902 468#\n\nIf you need to reschedule\, please reply to this email.\n\nThanks\,\nAmelia Grant\nRecruiting Coordinator\, Ocado Group\n\nScheduled with GoodTime
LOCATION:Google Meet
ORGANIZER;CN=Amelia Grant:mailto:amelia.grant@ocado.com
ATTENDEE;CN=Rehan Akhtar;ROLE=REQ-PARTICIPANT:mailto:r.akhtar@ocado.com
ATTENDEE;CN=Jenna Muir;ROLE=REQ-PARTICIPANT:mailto:j.muir@ocado.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("workday-interview", "wd-interview-91ad3e6c0b2f4a58@myworkday.com", 1, "Evri", "Regional Operations Manager (Hubs)",
       "", "carl.mcdermott@evri.com", "workday-no-clear-stage-in-person-hub", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-91ad3e6c0b2f4a58@myworkday.com
DTSTAMP:20261103T100000Z
DTSTART:20261111T130000Z
DTEND:20261111T143000Z
SUMMARY:Evri - Interview - Regional Operations Manager (Hubs) - JR112044
DESCRIPTION:Hi Shannon\,\n\nWe're pleased to invite you to interview for Regional Operations Manager (Hubs).\n\nInterviewer: Carl McDermott\nLocation: Evri Hub\, Barton Dock Road\, Trafford Park\, M41 7BQ - please bring photo ID for security.\n\nThanks\,\nEvri Talent Team
LOCATION:Evri Hub\, Trafford Park M41 7BQ
ORGANIZER;CN=Evri Talent:mailto:evri@myworkday.com
ATTENDEE;CN=Carl McDermott;ROLE=REQ-PARTICIPANT:mailto:Carl.McDermott@evri.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("second-interview", "9C1E7A35-04B2-4F6D-A8E9-2B3C4D5E6F70", 1, "DPD", "", "",
       "Lee Parkin", "hand-typed-2nd-int-abbreviation-floating", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.7//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C1E7A35-04B2-4F6D-A8E9-2B3C4D5E6F70
DTSTAMP:20261030T171455Z
CREATED:20261030T171440Z
DTSTART:20261106T090000
DTEND:20261106T110000
SUMMARY:DPD 2nd int - Hyde depot
LOCATION:DPD Hyde\, Ashton Rd
DESCRIPTION:Lee Parkin (regional ops) + depot tour. hi vis provided. ask abt shift pattern (nights?) & car allowance. annual leave booked
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("telephone-interview", "SF-INT-6610382-20260914@successfactors.eu", 1, "Greggs", "Area Manager",
       "recruiter_screen", "hayley.nixon@greggs.co.uk", "successfactors-phone-screen-bakery-chain", r'''BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-6610382-20260914@successfactors.eu
DTSTAMP:20260909T110000Z
DTSTART:20260914T160000Z
DTEND:20260914T163000Z
SUMMARY:Greggs - Telephone Interview - Area Manager (Manchester East)
DESCRIPTION:Hi Shannon\,\n\nThank you for applying to Greggs! Your telephone interview has been booked with Hayley Nixon\, Recruitment Advisor.\n\nHayley will call you on the number on your application. The call will take about 30 minutes.\n\nGood luck!\nGreggs Recruitment
LOCATION:Telephone
ORGANIZER;CN=Greggs Recruitment:mailto:noreply-greggs@successfactors.eu
ATTENDEE;CN=Hayley Nixon;ROLE=REQ-PARTICIPANT:mailto:Hayley.Nixon@greggs.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("final-interview", "SF-INT-6610917-20261007@successfactors.eu", 1, "Greggs", "Area Manager", "final",
       "mark.tindall@greggs.co.uk;joanne.reay@greggs.co.uk", "successfactors-final-with-shop-visit", r'''BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:SF-INT-6610917-20261007@successfactors.eu
DTSTAMP:20260930T121500Z
DTSTART;TZID=Europe/London:20261007T093000
DTEND;TZID=Europe/London:20261007T123000
SUMMARY:Greggs - Final Interview - Area Manager (Manchester East)
DESCRIPTION:Hi Shannon\,\n\nCongratulations on reaching the final stage!\n\n09:30 Shop visit at Greggs Ashton-under-Lyne (Stamford St) with Mark Tindall (Regional Manager)\n10:45 Interview with Mark Tindall and Joanne Reay (People Manager) at the Manchester Regional Office\n\nPlease wear comfortable shoes for the shop visit.\n\nGreggs Recruitment
LOCATION:Greggs Ashton-under-Lyne / Manchester Regional Office
ORGANIZER;CN=Greggs Recruitment:mailto:noreply-greggs@successfactors.eu
ATTENDEE;CN=Mark Tindall;ROLE=REQ-PARTICIPANT:mailto:Mark.Tindall@greggs.co.uk
ATTENDEE;CN=Joanne Reay;ROLE=REQ-PARTICIPANT:mailto:Joanne.Reay@greggs.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
]
