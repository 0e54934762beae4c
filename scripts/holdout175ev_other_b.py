# ruff: noqa: E501
"""holdout175: the user's other calendar, part 2 (personal life, after-interview items, look-alikes in other languages)."""
from holdout175ev_tz import ev

EVENTS = [
    ev("thank-you-reminder", "2F3E4D5C-ty-castleford",
       0, "", "", "", "", "thank-you-note-reminder-after-final", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
@@TZ America/New_York@@
BEGIN:VEVENT
UID:2F3E4D5C-ty-castleford
DTSTAMP:20251106T183000Z
DTSTART;TZID=America/New_York:20251106T190000
DTEND;TZID=America/New_York:20251106T191500
SUMMARY:Send thank-yous - Castleford (Liz\, Pete\, Tuan)
DESCRIPTION:mention Brightwater value-creation plan w Liz\, the rollup math w Pete. cc Abby
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0M
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("drug-screen", "quest-appt-PX2291034",
       0, "", "", "", "", "pre-employment-drug-screen-after-offer", r"""BEGIN:VCALENDAR
PRODID:-//Quest Diagnostics//Appointments//EN
VERSION:2.0
BEGIN:VEVENT
UID:quest-appt-PX2291034
DTSTAMP:20260223T140000Z
DTSTART:20260225T123000Z
DTEND:20260225T130000Z
SUMMARY:Quest Diagnostics appointment - Employer Drug Screen
DESCRIPTION:Confirmation PX2291034\nService: Employer Drug Testing (bring your donor pass / authorization form from Pinecrest Growth Partners and a photo ID)\nPatient Service Center: 345 W 58th St\, New York NY
LOCATION:Quest Diagnostics\, 345 W 58th St\, New York\, NY
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("fingerprinting", "gcal-fp-0a9b8c7d6e",
       0, "", "", "", "", "background-check-fingerprinting-appointment", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20260226T133000Z
DTEND:20260226T140000Z
DTSTAMP:20260220T010000Z
UID:gcal-fp-0a9b8c7d6e
DESCRIPTION:Sterling background check - fingerprints at IdentoGO. Bring passport + the Sterling reference # from the email
LOCATION:IdentoGO\, 1 Penn Plaza
SEQUENCE:0
SUMMARY:Fingerprinting (bkgd check)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("dentist", "zocdoc-appt-77310042@zocdoc.com",
       0, "", "", "", "", "dentist-cleaning", r"""BEGIN:VCALENDAR
PRODID:-//Zocdoc//Appointments//EN
VERSION:2.0
BEGIN:VEVENT
UID:zocdoc-appt-77310042@zocdoc.com
DTSTAMP:20250915T120000Z
DTSTART:20251018T140000Z
DTEND:20251018T150000Z
SUMMARY:Dental cleaning & exam - Dr. Alvarez
DESCRIPTION:Manhattan Smiles Dental. Arrive 10 minutes early to complete paperwork. Bring insurance card.
LOCATION:Manhattan Smiles\, 30 E 40th St\, Suite 1101
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("gym", "B9A8C7D6-gym-equinox",
       0, "", "", "", "", "recurring-gym-with-override", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
@@TZ America/New_York@@
BEGIN:VEVENT
UID:B9A8C7D6-gym-equinox
DTSTAMP:20250801T100000Z
DTSTART;TZID=America/New_York:20250805T060000
DTEND;TZID=America/New_York:20250805T070000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
SUMMARY:Gym
LOCATION:Equinox Grand Central
END:VEVENT
BEGIN:VEVENT
UID:B9A8C7D6-gym-equinox
RECURRENCE-ID;TZID=America/New_York:20250911T060000
DTSTAMP:20250910T100000Z
DTSTART;TZID=America/New_York:20250911T053000
DTEND;TZID=America/New_York:20250911T061500
SUMMARY:Gym (early - Brennan Lowe 7:30)
LOCATION:Equinox Grand Central
END:VEVENT
END:VCALENDAR
"""),
    ev("brothers-wedding", "gcal-wed-chidi-amara-2025",
       0, "", "", "", "", "brothers-wedding-all-day-multi-day", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251017
DTEND;VALUE=DATE:20251020
DTSTAMP:20250601T150000Z
UID:gcal-wed-chidi-amara-2025
DESCRIPTION:Chidi & Amara wedding weekend - Houston. Fri traditional engagement\, Sat church + reception\, Sun brunch. UA 1685 Thu 8pm. Best man speech!! Tell staffer I'm OFF - no laptop
LOCATION:Houston\, TX
SUMMARY:Chidi's wedding (Houston)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("offer-call", "8d7c6b5a-offer-thornbury@thornburycap.com",
       0, "", "", "", "", "offer-call-after-process-not-interview", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250912T190000
DTEND;TZID=America/New_York:20250912T191500
DTSTAMP:20250912T214000Z
ORGANIZER;CN=Kara Donnelly:mailto:kdonnelly@thornburycap.com
UID:8d7c6b5a-offer-thornbury@thornburycap.com
ATTENDEE;CN=dan.okafor.ny@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:John would like to call you this evening to discuss the outcome of today and next steps (offer terms\, start date). He will call your mobile.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call w/ John Halloran - Thornbury
END:VEVENT
END:VCALENDAR
"""),
    ev("practice-test", "4A5B6C7D-practice-lbo",
       0, "", "", "", "", "self-timed-practice-modeling-test", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.0//EN
BEGIN:VEVENT
UID:4A5B6C7D-practice-lbo
DTSTAMP:20250830T120000Z
DTSTART:20250831T100000
DTEND:20250831T130000
SUMMARY:3hr LBO test - timed practice (ASC case #4)
DESCRIPTION:no internet\, blank sheet\, build from scratch. target: done w/ returns by 2:15. then compare to answer key
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("alumni-magazine", "penn-gazette-int-okafor@upenn.edu",
       0, "", "", "", "", "press-interview-alumni-magazine-profile", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:penn-gazette-int-okafor@upenn.edu
DTSTAMP:20250925T150000Z
DTSTART;TZID="Eastern Standard Time":20251002T123000
DTEND;TZID="Eastern Standard Time":20251002T130000
SUMMARY:Interview for Young Alumni profile - Daniel Okafor C'18
ORGANIZER;CN="Hollis Greer":mailto:hgreer@upenn.edu
ATTENDEE;CN="dan.okafor.ny@gmail.com";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Thanks for agreeing to be featured in the Young Alumni section. I'll ask about your path from West Philly mentoring to Wall Street and your advice for first-gen students. ~30 min by phone\; a photographer will follow up.\n\nHollis Greer\, staff writer
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("experteninterview", "atlas-exp-DE-440217@atlasexpertnetwork.com",
       0, "", "", "", "", "german-expert-network-interview-for-deal", r"""BEGIN:VCALENDAR
PRODID:-//Atlas Expert Network//Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:atlas-exp-DE-440217@atlasexpertnetwork.com
DTSTAMP:20251110T090000Z
DTSTART;TZID=Europe/Berlin:20251113T160000
DTEND;TZID=Europe/Berlin:20251113T170000
SUMMARY:Experteninterview: ehem. Vertriebsleiter DACH\, Pumpen & Ventile (Projekt Oriole)
ORGANIZER;CN=Atlas Expert Network - Terminierung:mailto:termine@atlasexpertnetwork.com
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
DESCRIPTION:Kunde: Harlan & Reece (D. Okafor)\nExperte: #440217\, ehem. Vertriebsleiter DACH (bis 2024)\nSprache: Englisch\nDauer: 60 Min.\n\nEinwahl: +49 69 5050 0100\, PIN 440217#\nBitte keine vertraulichen Informationen erfragen (Compliance-Hinweis).
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("simulation-entretien", "e5f6a7b8-simu-julien",
       0, "", "", "", "", "french-mock-interview-with-friend", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Paris@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260207T160000
DTEND;TZID=Europe/Paris:20260207T170000
DTSTAMP:20260204T200000Z
ORGANIZER;CN=Julien Marchand:mailto:julien.marchand@gmail.com
UID:e5f6a7b8-simu-julien
ATTENDEE;CN=dan.okafor.ny@gmail.com;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Simulation d'entretien en français avant ton tour chez Vauban : présentation\, deux deals\, questions techniques en français (TRI\, multiple\, levier). Je joue l'associé grincheux :)\n\nhttps://meet.google.com/jmr-swpa-hvn
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulation d'entretien - Julien / Dan
END:VEVENT
END:VCALENDAR
"""),
    ev("cdd-readout", "0a1b2c3d-oriole-cdd-readout@harlanreece.com",
       0, "", "", "", "", "commercial-dd-customer-interviews-readout", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:0a1b2c3d-oriole-cdd-readout@harlanreece.com
DTSTAMP:20251024T120000Z
DTSTART;TZID="Eastern Standard Time":20251027T110000
DTEND;TZID="Eastern Standard Time":20251027T120000
SUMMARY:Oriole - vendor CDD readout (customer interviews + survey)
ORGANIZER;CN="Sato\, Ken":mailto:ksato@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;CN="L. Whitman (Calder Partners)":mailto:lwhitman@calderpartners.com
DESCRIPTION:Calder walks us through the vendor commercial DD: 32 customer interviews\, 200-respondent survey\, NPS and share-of-wallet. Dan to pull charts into the CIM.
LOCATION:Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("compliance-training", "hr-cmp-annual-2025-mnpi@harlanreece.com",
       0, "", "", "", "", "annual-compliance-training", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:hr-cmp-annual-2025-mnpi@harlanreece.com
DTSTAMP:20251101T120000Z
DTSTART;TZID="Eastern Standard Time":20251118T083000
DTEND;TZID="Eastern Standard Time":20251118T100000
SUMMARY:MANDATORY: Annual Compliance - MNPI\, Personal Trading & Outside Activities
ORGANIZER;CN="Compliance NY":mailto:compliance@harlanreece.com
ATTENDEE;CN="IBD Associates NY":mailto:ibd-assoc-ny@harlanreece.com
DESCRIPTION:Attendance is tracked. Covers information barriers\, expert network usage\, personal account dealing\, and FINRA continuing education.
LOCATION:NY 3rd Fl Auditorium
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("annual-physical", "onemed-appt-5520193",
       0, "", "", "", "", "doctor-annual-physical", r"""BEGIN:VCALENDAR
PRODID:-//One Medical//Appointments//EN
VERSION:2.0
BEGIN:VEVENT
UID:onemed-appt-5520193
DTSTAMP:20251201T120000Z
DTSTART:20260109T130000Z
DTEND:20260109T133000Z
SUMMARY:Annual physical - Dr. Kapoor
DESCRIPTION:One Medical - Grand Central office. Fasting labs: no food after midnight.
LOCATION:One Medical\, 300 Park Ave
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("staffing-call", "hr-staffing-assoc-wkly@harlanreece.com",
       0, "", "", "", "", "weekly-associate-staffing-call", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:hr-staffing-assoc-wkly@harlanreece.com
DTSTAMP:20250801T120000Z
DTSTART;TZID="Eastern Standard Time":20250804T090000
DTEND;TZID="Eastern Standard Time":20250804T091500
RRULE:FREQ=WEEKLY;BYDAY=MO
SUMMARY:Associate staffing check-in
ORGANIZER;CN="Staffing - IBD":mailto:ibdstaffing@harlanreece.com
ATTENDEE;CN="IBD Associates NY":mailto:ibd-assoc-ny@harlanreece.com
DESCRIPTION:Please update your availability in the staffing tracker before the call (live deals\, pitches\, recruiting commitments\, PTO).
LOCATION:Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
