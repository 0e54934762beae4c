"""holdout208 events, part D (2): agencies, state/county, universities, nonprofits and ed-tech (written blind)."""

from holdout208ev_common import BER, LAX, NYC, WIN_USMST, iv

EVENTS = [
    iv(
        "ashby-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0f6c2d14-3b9a-4e8e-b5d1-9a7c3e2f1b0d
DTSTAMP:20250227T170144Z
DTSTART:20250305T210000Z
DTEND:20250305T213000Z
SUMMARY:Intro call: Marisol Vega <> Newsela
DESCRIPTION:Hi Marisol\,\n\nYou'll be speaking with Elena Brooks (Talent Par
 tner) about the Science Content Specialist role.\n\nJoin with Google Meet:
  https://meet.google.com/ask-xzpd-wnf\n\nPowered by Ashby
LOCATION:https://meet.google.com/ask-xzpd-wnf
ORGANIZER;CN=Elena Brooks:mailto:elena.brooks@newsela.com
ATTENDEE;CN=Elena Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elena.brooks@newsela.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "ashby-interview-event-0f6c2d14-3b9a-4e8e-b5d1-9a7c3e2f1b0d",
        "Newsela",
        "Science Content Specialist",
        "recruiter_screen",
        "elena.brooks@newsela.com",
        "ashby-intro-call",
    ),
    iv(
        "calcom-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:qW3rT7yU1iO5pA9sD2fG6h@Cal.com
DTSTAMP:20250308T020311Z
DTSTART:20250313T210000Z
DTEND:20250313T214500Z
SUMMARY:Curriculum Implementation Specialist interview between Arjun Mehta
  and Marisol Vega
DESCRIPTION:What: Curriculum Implementation Specialist interview\nWho:\nArj
 un Mehta - Organizer\narjun@kiddom.co\nMarisol Vega\nmarisol.vega.teach@yah
 oo.com\nWhere: Cal Video\nhttps://app.cal.com/video/qW3rT7yU1iO5pA9sD2fG6h\n
 Additional notes: Kiddom - team lead for the Southwest district partner
 ships\n\nNeed to reschedule or cancel? https://cal.com/booking/qW3rT7yU1iO
 5pA9sD2fG6h
ORGANIZER;CN=Arjun Mehta:mailto:arjun@kiddom.co
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
LOCATION:https://app.cal.com/video/qW3rT7yU1iO5pA9sD2fG6h
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "qW3rT7yU1iO5pA9sD2fG6h@Cal.com",
        "Kiddom",
        "Curriculum Implementation Specialist",
        "hiring_manager",
        "arjun@kiddom.co",
        "cal-com-between-names",
    ),
    iv(
        "goodtime-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime//EN
VERSION:2.0
METHOD:REQUEST
""" + NYC + r"""BEGIN:VEVENT
UID:gt-6c5a3e1f-a2b4-4c68-9d0e-7f1b2c3d4e5f@goodtime.io
DTSTAMP:20250319T130455Z
DTSTART;TZID=America/New_York:20250327T170000
DTEND;TZID=America/New_York:20250327T180000
SUMMARY:Discovery Education Interview - Marisol Vega - Education Consultant\, Science
DESCRIPTION:Interview Schedule\n5:00 PM - 5:30 PM EDT  Sample PD presentati
 on - Keisha Morrow\n5:30 PM - 6:00 PM EDT  Team conversation - Keisha Morr
 ow\, Brian Salcedo\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_ZTlhMzQ0\n\nScheduled with GoodTime on behalf of Discov
 ery Education Talent Acquisition.
ORGANIZER;CN=Discovery Education Recruiting:mailto:scheduling@discoveryed.goodtime.io
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gt-6c5a3e1f-a2b4-4c68-9d0e-7f1b2c3d4e5f@goodtime.io",
        "Discovery Education",
        "Education Consultant, Science",
        "technical",
        "Keisha Morrow;Brian Salcedo",
        "goodtime-schedule-in-body-eastern",
    ),
    iv(
        "modernloop-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LAX + r"""BEGIN:VEVENT
UID:ml-evt-3a9f0c72b15d4e68@modernloop.io
DTSTAMP:20250331T184012Z
DTSTART;TZID=America/Los_Angeles:20250404T140000
DTEND;TZID=America/Los_Angeles:20250404T144500
SUMMARY:Khan Academy | Marisol Vega | Content Review Exercise Debrief
DESCRIPTION:Role: Content Creator\, Middle School Science\nInterviewer: Dr.
  Hannah Kessler (Science Content Lead)\n\nIn this session you will walk th
 rough the feedback you wrote on the sample item set and discuss how you w
 ould revise it.\n\nZoom: https://khanacademy.zoom.us/j/97733014529\n\nSched
 uled via ModernLoop
ORGANIZER;CN=Khan Academy Recruiting:mailto:recruiting@khanacademy.org
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Hannah Kessler;ROLE=REQ-PARTICIPANT:mailto:hkessler@khanacademy.org
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "ml-evt-3a9f0c72b15d4e68@modernloop.io",
        "Khan Academy",
        "Content Creator, Middle School Science",
        "technical",
        "hkessler@khanacademy.org",
        "modernloop-pacific-content-exercise",
    ),
    iv(
        "teamtailor-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + LAX + r"""BEGIN:VEVENT
UID:teamtailor-meeting-2299731-event@teamtailor.com
DTSTAMP:20250312T221500Z
DTSTART;TZID=America/Los_Angeles:20250318T153000
DTEND;TZID=America/Los_Angeles:20250318T161500
SUMMARY:Labster: Interview for Science Learning Specialist (K-12)
DESCRIPTION:Hi Marisol\,\n\nWe're excited to meet you! You'll meet Sofie Ha
 nsen (Head of US Education Success) and Marco Díaz (Science Learning Spec
 ialist).\n\nJoin: https://meet.teamtailor.com/3fd8c1a2-labster\n\nBest\,\nLa
 bster Talent Team
ORGANIZER;CN=Labster:mailto:noreply@teamtailor-mail.com
ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Sofie Hansen:mailto:sofie.hansen@labster.com
ATTENDEE;CN=Marco Díaz:mailto:marco.diaz@labster.com
LOCATION:Teamtailor video meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "teamtailor-meeting-2299731-event@teamtailor.com",
        "Labster",
        "Science Learning Specialist (K-12)",
        "hiring_manager",
        "sofie.hansen@labster.com;marco.diaz@labster.com",
        "teamtailor-pacific-video",
    ),
    iv(
        "successfactors-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-IS-savvas-000418871-1
DTSTAMP:20250306T140200Z
DTSTART:20250312T190000Z
DTEND:20250312T193000Z
SUMMARY:Interview Invitation: K-12 Science Product Specialist (Req 41887)
DESCRIPTION:Dear Marisol Vega\,\n\nThank you for applying to Savvas Learning
  Company. We would like to invite you to a telephone interview with Court
 ney Pham\, Talent Acquisition.\n\nDate: 03/12/2025\nTime: 12:00 PM - 12:30
  PM (GMT-07:00) Arizona\n\nSincerely\,\nSavvas Talent Acquisition
ORGANIZER;CN=Savvas Careers:mailto:careers_noreply@successfactors.com
ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Courtney Pham:mailto:courtney.pham@savvas.com
LOCATION:Telephone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "SF-IS-savvas-000418871-1",
        "Savvas Learning Company",
        "K-12 Science Product Specialist",
        "recruiter_screen",
        "courtney.pham@savvas.com",
        "successfactors-telephone-interview",
    ),
    iv(
        "vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BER + r"""BEGIN:VEVENT
UID:personio-interview-9f41c2a7-0b3e-4d2a-8c55-1e6f7a8b9c0d@personio.de
DTSTAMP:20250305T091533Z
DTSTART;TZID=Europe/Berlin:20250312T170000
DTEND;TZID=Europe/Berlin:20250312T174500
SUMMARY:Vorstellungsgespräch: Education Consultant USA (m/w/d) - Marisol Vega
DESCRIPTION:Hallo Marisol\,\n\nvielen Dank für deine Bewerbung bei PHYWE Sys
 teme. Wir freuen uns\, dich zu einem Video-Interview einzuladen. Das Gesp
 räch findet auf Englisch statt.\n\nGesprächspartner: Jens Hartmann (Head
  of International Sales Education) und Dr. Katrin Vogel (Didaktik)\nTeams
 -Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ5\n\nHinwe
 is: 17:00 Uhr MEZ = 9:00 a.m. Arizona time.\n\nViele Grüße\nAnna Schröder
 \nHR / Recruiting
ORGANIZER;CN=Anna Schröder:mailto:anna.schroeder@phywe.de
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Jens Hartmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jens.hartmann@phywe.de
ATTENDEE;CN=Dr. Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@phywe.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-interview-9f41c2a7-0b3e-4d2a-8c55-1e6f7a8b9c0d@personio.de",
        "PHYWE Systeme",
        "Education Consultant USA (m/w/d)",
        "hiring_manager",
        "jens.hartmann@phywe.de;katrin.vogel@phywe.de",
        "german-personio-berlin-zone",
    ),
    iv(
        "meet-the-team",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Okonkwo, Adaeze":mailto:aokonkwo@sfaz.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Friedman, Caleb":mailto:cfriedman@sfaz.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tso, Harrison":mailto:htso@sfaz.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SFAz Large Conf":mailto:largeconf@sfaz.org
DESCRIPTION;LANGUAGE=en-US:Marisol - for the final step for STEM Ecosystem Pro
 gram Manager we'd like you to spend a morning with the team: 9:00 presenta
 tion of your 90-day plan\, 10:00 conversations with Caleb (CEO) and Harri
 son (Rural STEM Network)\, 11:30 lunch.
UID:040000008200E00074C5B7101A82E00800000000F7E6D5C4B392DB0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA
SUMMARY;LANGUAGE=en-US:Final round - Marisol Vega (STEM Ecosystem PM)
DTSTART;TZID=US Mountain Standard Time:20250411T090000
DTEND;TZID=US Mountain Standard Time:20250411T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T171755Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SFAz Large Conf
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000F7E6D5C4B392DB0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA",
        "Science Foundation Arizona",
        "STEM Ecosystem Program Manager",
        "final",
        "aokonkwo@sfaz.org;cfriedman@sfaz.org;htso@sfaz.org",
        "outlook-final-half-day-nonprofit",
    ),
]
