# ruff: noqa: E501
"""holdout142 negatives: the ICU's own everyday calendar (shifts, precepting, education, reviews)."""

from holdout142ev_tz import EDMONTON, WIN_MOUNTAIN

EVENTS = [
    dict(
        kind="night-shifts",
        uid="1r8d3k0tq6m9b2v5c7h4lsej1n@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="recurring-night-shifts-with-swapped-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Work
X-WR-TIMEZONE:America/Edmonton
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20251002T190000
DTEND;TZID=America/Edmonton:20251003T073000
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TH
DTSTAMP:20250925T040112Z
UID:1r8d3k0tq6m9b2v5c7h4lsej1n@google.com
CREATED:20250925T040001Z
DESCRIPTION:
LAST-MODIFIED:20250925T040112Z
LOCATION:FMC
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:N ICU
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20251031T190000
DTEND;TZID=America/Edmonton:20251101T073000
DTSTAMP:20251020T171533Z
UID:1r8d3k0tq6m9b2v5c7h4lsej1n@google.com
RECURRENCE-ID;TZID=America/Edmonton:20251030T190000
CREATED:20250925T040001Z
DESCRIPTION:swapped w Chidi (he takes Thurs)
LAST-MODIFIED:20251020T171533Z
LOCATION:FMC
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:N ICU - charge
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="precepting",
        uid="040000008200E00074C5B7101A82E00800000000A0D4E91F2B2EDC01000000000000000010000000B2",
        iv=0, company="", role="", stage="", who="",
        trap="precepting-new-grad-orientation-schedule",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CN="Brar, Haley";RSVP=TRUE:mailto:haley.brar@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20250912T181003Z
DESCRIPTION:Haley's week 3 buddy shifts with her primary preceptor. Focus
  this week: ventilated pt x1\, art line + CVC care\, first titratable dri
 p. Mid-point evaluation to be completed by end of week (form in the NGTP
  binder).\nAlexis
DTEND;TZID="Mountain Standard Time":20250920T193000
DTSTAMP:20250912T181003Z
DTSTART;TZID="Mountain Standard Time":20250920T073000
LOCATION:FMC ICU
ORGANIZER;CN="Morgan, Alexis":mailto:alexis.morgan@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Precepting – Haley B. (NGTP) wk 3
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000A0D4E91F2B2EDC01000000000000000010000000B2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="unit-council",
        uid="040000008200E00074C5B7101A82E00800000000B0E1F6C8D13BDC010000000000000000100000004",
        iv=0, company="", role="", stage="", who="",
        trap="unit-council-meeting-staffing-agenda",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Abara, Chidi":mailto:chidi.abara@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ICU FMC Unit Council":mailto:icu.fmc.unitcouncil@albertahealthservices.ca
DESCRIPTION;LANGUAGE=en-US:Agenda: 1) vacancy + overtime update (Deb) 2) new grad onboarding feedback 3) pressure injury audit results 4) holiday schedule. Paid time for attendees on days off – code on the timesheet.\n
UID:040000008200E00074C5B7101A82E00800000000B0E1F6C8D13BDC010000000000000000100000004
SUMMARY;LANGUAGE=en-US:ICU Unit Council – November
DTSTART;TZID=Mountain Standard Time:20251113T140000
DTEND;TZID=Mountain Standard Time:20251113T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T190501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MT10 ICU Conf Rm / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="acls-testing",
        uid="4b2d8e61-90fa-4c3e-b5a1-2e7d9c0f8a13@eventbrite.com",
        iv=0, company="", role="", stage="", who="",
        trap="acls-renewal-megacode-testing",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite Inc//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
""" + EDMONTON + r"""BEGIN:VEVENT
UID:4b2d8e61-90fa-4c3e-b5a1-2e7d9c0f8a13@eventbrite.com
DTSTAMP:20250905T012200Z
DTSTART;TZID=America/Edmonton:20250927T080000
DTEND;TZID=America/Edmonton:20250927T160000
SUMMARY:ACLS Provider Renewal – skills testing + written exam
DESCRIPTION:Heart & Stroke ACLS Renewal. Bring your current provider card a
 nd completed pre-course self-assessment. Megacode testing stations in the
  afternoon\, written exam (open book) at 15:00.\n\nOrder #11298337410
LOCATION:Alberta Resuscitation Training\, 2635 37 Ave NE #110\, Calgary
ORGANIZER;CN=Alberta Resuscitation Training:mailto:noreply@eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="fit-test",
        uid="WHS-FT-20251016-JOKORO@albertahealthservices.ca",
        iv=0, company="", role="", stage="", who="",
        trap="occupational-health-n95-fit-test-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
CLASS:PUBLIC
DESCRIPTION:Workplace Health & Safety – respirator fit test (N95\, 2-year
  recertification). Please do not eat\, drink or smoke 30 min before the
  test. Bring your current fit test card.
DTEND;TZID="Mountain Standard Time":20251016T103000
DTSTAMP:20251007T152201Z
DTSTART;TZID="Mountain Standard Time":20251016T101500
LOCATION:FMC Special Services Building\, WHS room 0115
ORGANIZER;CN=WHS Calgary Zone:mailto:whs.calgaryzone@albertahealthservices.ca
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Fit Testing Appointment – Okoro\, Jasmine
UID:WHS-FT-20251016-JOKORO@albertahealthservices.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pump-trial",
        uid="040000008200E00074C5B7101A82E00800000000A0C6B5D7F24CDC01000000000000000010000000DD",
        iv=0, company="", role="", stage="", who="",
        trap="equipment-trial-super-user-in-service",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Morgan, Alexis":mailto:alexis.morgan@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Steve Mercer (ICU Medical):mailto:steve.mercer@icumed.com
DESCRIPTION;LANGUAGE=en-US:Product trial of the new large-volume infusion pumps on unit 10 ICU for 6 weeks. Super-user in-service by the vendor rep\, then you'll support staff on your shifts and fill in the trial evaluation forms.\n
UID:040000008200E00074C5B7101A82E00800000000A0C6B5D7F24CDC01000000000000000010000000DD
SUMMARY;LANGUAGE=en-US:Infusion pump trial – super-user in-service
DTSTART;TZID=Mountain Standard Time:20251203T100000
DTEND;TZID=Mountain Standard Time:20251203T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T170033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MT10 ICU Conf Rm
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="performance-review",
        uid="040000008200E00074C5B7101A82E00800000000207AC5E1B340DC0100000000000000001000000093",
        iv=0, company="", role="", stage="", who="",
        trap="own-annual-performance-development-conversation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20251021T201500Z
DESCRIPTION:Hi Jasmine – time for your annual Performance & Development co
 nversation (My Performance). Please complete your self-reflection in the
  portal beforehand\; we'll talk about your goals for next year\, includin
 g the CNE pathway you mentioned.\nDeb
DTEND;TZID="Mountain Standard Time":20251028T110000
DTSTAMP:20251021T201500Z
DTSTART;TZID="Mountain Standard Time":20251028T100000
LOCATION:Deb's office
ORGANIZER;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:P&D conversation – Jasmine
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000207AC5E1B340DC0100000000000000001000000093
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exit-interview",
        uid="SF-EXIT-55012873@successfactors.com",
        iv=0, company="", role="", stage="", who="",
        trap="own-exit-interview-casual-position-same-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2H 2025//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:SF-EXIT-55012873@successfactors.com
DTSTAMP:20251205T160044Z
DTSTART;TZID=America/Edmonton:20251211T133000
DTEND;TZID=America/Edmonton:20251211T140000
SUMMARY:Exit Interview - Registered Nurse (Casual) - Rockyview General Hosp
 ital CCU
DESCRIPTION:Hello Jasmine\,\n\nWe understand you are leaving your casual R
 egistered Nurse position at Rockyview General Hospital CCU. Your feedback
  matters. A People Consultant will call you for a confidential 20-minute
  exit interview. Your responses are reported in aggregate only.\n\nAHS Pe
 ople – Retention & Engagement
LOCATION:Telephone
ORGANIZER;CN=AHS People:mailto:noreply.people@albertahealthservices.ca
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CN=Gwen Arsenault:mailto:gwen.arsenault@albertahealthservices.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sim-day",
        uid="0f9e8d7c-6b5a-4f3e-a2d1-c0b9a8f7e6d5@ahs-elearning",
        iv=0, company="", role="", stage="", who="",
        trap="icu-simulation-day-scenario-assessment-wording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//AHS//MyLearningLink//EN
VERSION:2.0
METHOD:PUBLISH
""" + EDMONTON + r"""BEGIN:VEVENT
UID:0f9e8d7c-6b5a-4f3e-a2d1-c0b9a8f7e6d5@ahs-elearning
DTSTAMP:20250930T141500Z
DTSTART;TZID=America/Edmonton:20251020T080000
DTEND;TZID=America/Edmonton:20251020T160000
SUMMARY:Critical Care High-Fidelity Simulation Day (Session 4)
DESCRIPTION:MyLearningLink enrolment confirmed. Scenarios: massive PE with
  thrombolysis\, ventilator dyssynchrony\, post-op cardiac tamponade. Each
  participant leads one scenario followed by a structured debrief. This i
 s a learning activity\, not a performance assessment.
LOCATION:ATSSL Sim Centre\, Health Sciences Centre
ORGANIZER;CN=MyLearningLink:mailto:mylearninglink@albertahealthservices.ca
ATTENDEE;CN=Jasmine Okoro:mailto:jasmine.okoro@albertahealthservices.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="orientation-signoff",
        uid="9hd2lq5v0c8m3k7b1p4t6nsfa9@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="new-hire-orientation-competency-signoff",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20251124T090000
DTEND;TZID=America/Edmonton:20251124T110000
DTSTAMP:20251117T202010Z
ORGANIZER;CN=Alexis Morgan:mailto:alexis.morgan@albertahealthservices.ca
UID:9hd2lq5v0c8m3k7b1p4t6nsfa9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Jasmine Okoro;X-NUM-GUESTS=0:mailto:jasmine.okoro@albertahealthserv
 ices.ca
DESCRIPTION:CRRT competency sign-off for the 4 staff hired in September (a
 lready on the unit\, week 8 of orientation). You validate priming + circ
 uit change on the Prismax. Checklists in the CRRT binder.
LOCATION:FMC ICU – CRRT storage room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CRRT sign-offs – Sept hires
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="code-debrief",
        uid="E7C1A0B9-2F34-4D8E-A6B5-9C0D1E2F3A47",
        iv=0, company="", role="", stage="", who="",
        trap="typed-code-blue-debrief",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + EDMONTON + r"""BEGIN:VEVENT
CREATED:20251104T092311Z
DTSTAMP:20251104T092311Z
DTSTART;TZID=America/Edmonton:20251105T143000
DTEND;TZID=America/Edmonton:20251105T150000
SUMMARY:code debrief bed 14 w/ Dr Iqbal + RT
UID:E7C1A0B9-2F34-4D8E-A6B5-9C0D1E2F3A47
LOCATION:ICU conf rm
DESCRIPTION:hot debrief didnt happen on nights\, doing it now. bring code
  record
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
