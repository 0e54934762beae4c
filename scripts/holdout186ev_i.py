"""holdout186: negatives, part I - Shannon's everyday store-manager calendar at Greenway Foods."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("mid-year-review", "040000008200E00074C5B7101A82E0080000000034DE78F07112DC01000000000000000010000000A9A9B0B0C1C1D2D2E3E3F4F4A5A5B6B6", 0,
       "", "", "", "", "own-appraisal-with-her-area-manager", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Doyle, Shannon";RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20260901T080000Z
DESCRIPTION:Shan - mid-year review. Please complete your self-assessment in Workday beforehand (objectives\, behaviours\, development). We'll also talk about your career conversation / next steps - I know you've had your eye on an AM role.\nDave\n
DTEND;TZID="GMT Standard Time":20260910T160000
DTSTAMP:20260901T080000Z
DTSTART;TZID="GMT Standard Time":20260910T143000
LAST-MODIFIED:20260901T080000Z
LOCATION:MAN Fort - Managers Office
ORGANIZER;CN="Brennan, Dave":mailto:dave.brennan@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Shannon - Mid Year Review
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000034DE78F07112DC01000000000000000010000000A9A9B0B0C1C1D2D2E3E3F4F4A5A5B6B6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("store-visit", "040000008200E00074C5B7101A82E0080000000045EF8901822ADC01000000000000000010000000B0B0C1C1D2D2E3E3F4F4A5A5B6B6C7C7", 0,
       "", "", "", "", "own-area-manager-store-visit-walk-round", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN="Brennan, Dave":mailto:dave.brennan@greenwayfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
DESCRIPTION;LANGUAGE=en-GB:Store visit - full walk round incl. back door\, chillers\, availability and Xmas readiness. Then 1:1 on Q3 numbers (shrink + labour). Regional Director may join for the walk.\n
UID:040000008200E00074C5B7101A82E0080000000045EF8901822ADC01000000000000000010000000B0B0C1C1D2D2E3E3F4F4A5A5B6B6C7C7
SUMMARY;LANGUAGE=en-GB:AM visit - Manchester Fort
DTSTART;TZID=GMT Standard Time:20261104T090000
DTEND;TZID=GMT Standard Time:20261104T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Greenway Foods Manchester Fort
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("stock-take", "040000008200E00074C5B7101A82E0080000000056F09A12933BDC01000000000000000010000000C1C1D2D2E3E3F4F4A5A5B6B6C7C7D8D8", 0,
       "", "", "", "", "overnight-stock-take-all-day", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260920T100000Z
DESCRIPTION:Orridge counting from 10pm Sat. Back stock + warehouse must be sorted by Fri. I'm in til 6am Sun\, Rob Sun day. NO deliveries booked Sun am.\n
DTEND;VALUE=DATE:20261004
DTSTAMP:20260920T100000Z
DTSTART;VALUE=DATE:20261003
LAST-MODIFIED:20260920T100000Z
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:STOCK TAKE (Orridge) - overnight
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E0080000000056F09A12933BDC01000000000000000010000000C1C1D2D2E3E3F4F4A5A5B6B6C7C7D8D8
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("rtw-interview", "040000008200E00074C5B7101A82E00800000000670AAB23A44CDC01000000000000000010000000D2D2E3E3F4F4A5A5B6B6C7C7D8D8E9E9", 0,
       "", "", "", "", "return-to-work-interview-with-staff", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ_GMTST@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261012T061500Z
DESCRIPTION:Kayleigh (checkouts) - back after 5 days sick. 3rd absence in 12 months = trigger point\, explain stage 1 may follow. RTW form + Bradford score printed.\n
DTEND;TZID="GMT Standard Time":20261012T093000
DTSTAMP:20261012T061500Z
DTSTART;TZID="GMT Standard Time":20261012T091500
LAST-MODIFIED:20261012T061500Z
LOCATION:my office
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Return to work interview - Kayleigh
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000670AAB23A44CDC01000000000000000010000000D2D2E3E3F4F4A5A5B6B6C7C7D8D8E9E9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("disciplinary", "040000008200E00074C5B7101A82E00800000000781BBC34B55DDC01000000000000000010000000E3E3F4F4A5A5B6B6C7C7D8D8E9E9F0F0", 0,
       "", "", "", "", "disciplinary-hearing-she-chairs", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Morley, Sue";RSVP=TRUE:mailto:sue.morley@greenwayfoods.co.uk
CLASS:CONFIDENTIAL
CREATED:20260928T140000Z
DESCRIPTION:Disciplinary hearing - K. Briggs (gross misconduct - alleged misuse of colleague discount). I'm chairing\, Sue note taker. Union rep (Usdaw) attending with Kyle. Investigation pack from Rob + CCTV stills in the locked drawer. ER advice line ref 44102.\n
DTEND;TZID="GMT Standard Time":20261001T150000
DTSTAMP:20260928T140000Z
DTSTART;TZID="GMT Standard Time":20261001T133000
LAST-MODIFIED:20260928T140000Z
LOCATION:Training room
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Disciplinary hearing - K Briggs
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000781BBC34B55DDC01000000000000000010000000E3E3F4F4A5A5B6B6C7C7D8D8E9E9F0F0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("induction", "040000008200E00074C5B7101A82E00800000000892CCD45C66EDC01000000000000000010000000F4F4A5A5B6B6C7C7D8D8E9E9F0F0A1A1", 0,
       "", "", "", "", "new-starter-induction-she-hosts", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morley, Sue":mailto:sue.morley@greenwayfoods.co.uk
DESCRIPTION;LANGUAGE=en-GB:Induction - 9 Xmas temps + Mia (new SL). Welcome\, H&S + fire\, manual handling video\, till training (Sue)\, uniforms\, lockers\, payroll forms. Make sure right to work docs are all copied BEFORE they go on the floor.\n
UID:040000008200E00074C5B7101A82E00800000000892CCD45C66EDC01000000000000000010000000F4F4A5A5B6B6C7C7D8D8E9E9F0F0A1A1
SUMMARY;LANGUAGE=en-GB:New starter induction (Xmas temps)
DTSTART;TZID=GMT Standard Time:20261102T090000
DTEND;TZID=GMT Standard Time:20261102T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Training room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("weekly-call", "040000008200E00074C5B7101A82E00800000000903DDE56D77FDC01000000000000000010000000A5A5B6B6C7C7D8D8E9E9F0F0A1A1B2B2", 0,
       "", "", "", "", "recurring-store-managers-call-with-override", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Doyle, Shannon";RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;CN="NW Store Managers";RSVP=TRUE:mailto:NWStoreManagers@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20260105T090000Z
DESCRIPTION:Weekly trade call - last week's numbers\, availability\, people\, comms for the week. Cameras on please.\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bndzbWNhbGw%40thread.v2/0\nMeeting ID: 388 102 556 301  Passcode: Tr4deC\n
DTEND;TZID="GMT Standard Time":20260907T091500
DTSTAMP:20260105T090000Z
DTSTART;TZID="GMT Standard Time":20260907T083000
LAST-MODIFIED:20260105T090000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Brennan, Dave":mailto:dave.brennan@greenwayfoods.co.uk
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221T083000Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:NW Store Managers - Monday trade call
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000903DDE56D77FDC01000000000000000010000000A5A5B6B6C7C7D8D8E9E9F0F0A1A1B2B2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Doyle, Shannon";RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;CN="NW Store Managers";RSVP=TRUE:mailto:NWStoreManagers@greenwayfoods.co.uk
CLASS:PUBLIC
DESCRIPTION:This week's call moved to Tuesday (bank holiday cover + Peak planning). Same link.\n
DTEND;TZID="GMT Standard Time":20261110T100000
DTSTAMP:20261105T090000Z
DTSTART;TZID="GMT Standard Time":20261110T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Brennan, Dave":mailto:dave.brennan@greenwayfoods.co.uk
RECURRENCE-ID;TZID="GMT Standard Time":20261109T083000
SEQUENCE:1
SUMMARY;LANGUAGE=en-gb:NW Store Managers - trade call + Peak planning (moved)
UID:040000008200E00074C5B7101A82E00800000000903DDE56D77FDC01000000000000000010000000A5A5B6B6C7C7D8D8E9E9F0F0A1A1B2B2
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("training", "workday-learning-77120-fm@myworkday.com", 0, "", "", "", "",
       "fire-marshal-refresher-course", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Learning//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workday-learning-77120-fm@myworkday.com
DTSTAMP:20260915T100000Z
DTSTART:20260924T080000Z
DTEND:20260924T113000Z
SUMMARY:Fire Marshal Refresher (Classroom) - Warrington
DESCRIPTION:You are enrolled in: Fire Marshal Refresher (Classroom)\nProvider: Greenway Foods H&S Academy\nVenue: North Regional Office\, Warrington - Training Suite 2\n\nPlease bring your previous certificate.
LOCATION:North Regional Office\, Warrington
ORGANIZER;CN=Greenway Foods Learning:mailto:greenwayfoods@myworkday.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT:mailto:shannon.doyle@greenwayfoods.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("supplier-visit", "c4e6a8b0-d2f4-4c6e-8a0b-c2e4a6b8d0f2", 0, "", "", "", "",
       "supplier-rep-store-visit-typed", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:c4e6a8b0-d2f4-4c6e-8a0b-c2e4a6b8d0f2
DTSTAMP:20261005T120000Z
DTSTART:20261008T110000
DTEND:20261008T114500
SUMMARY:Warburtons rep - Xmas bread space
DESCRIPTION:Kev. bring planogram + last yr Xmas wk sales
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("exit-interview", "040000008200E00074C5B7101A82E00800000000A14EEF67E880DC01000000000000000010000000B6B6C7C7D8D8E9E9F0F0A1A1B2B2C3C3", 0,
       "", "", "", "", "exit-interview-she-holds-with-leaver", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Okoro, Marcus";RSVP=TRUE:mailto:marcus.okoro@greenwayfoods.co.uk
CLASS:PUBLIC
CREATED:20261022T120000Z
DESCRIPTION:Marcus - quick exit interview before your last shift Sat. Honest feedback welcome\, it helps us keep good people. Form is on the People Hub.\nShannon\n
DTEND;TZID="GMT Standard Time":20261030T113000
DTSTAMP:20261022T120000Z
DTSTART;TZID="GMT Standard Time":20261030T110000
LAST-MODIFIED:20261022T120000Z
LOCATION:my office
ORGANIZER;CN="Doyle, Shannon":mailto:shannon.doyle@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Exit interview - Marcus O (leaving - going to Aldi)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A14EEF67E880DC01000000000000000010000000B6B6C7C7D8D8E9E9F0F0A1A1B2B2C3C3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
]
