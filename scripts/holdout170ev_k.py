"""holdout170 events, part k: personal life, job-search look-alikes and company events (all negatives)."""

EVENTS = []


def add(kind, trap, uid, ics, **kw):
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="",
                       interviewers="", trap=trap, ics=ics, **kw))


add("recruiter-no-employer", "recruiter-call-names-no-employer", "9q4w8e2r6t0y3u7i1o5p9a3sdf@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250221T180000Z
DTEND:20250221T183000Z
DTSTAMP:20250218T162255Z
ORGANIZER;CN=Kate Donnelly:mailto:kdonnelly@russellreynolds.com
UID:9q4w8e2r6t0y3u7i1o5p9a3sdf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:Gabriela - great to connect. I'd like to learn more about your
  background and what you're looking for next so I can keep you in mind f
 or consumer marketing leadership searches we run throughout the year.\n\nK
 ate
LOCATION:Kate to call 312-555-0187
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gabriela Torres-Whitman / Kate Donnelly - intro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("drug-screen", "pre-employment-drug-screen", "questdx-appt-77120934@questdiagnostics.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Quest Diagnostics//Appointments//EN
METHOD:PUBLISH
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:questdx-appt-77120934@questdiagnostics.com
DTSTAMP:20250320T144100Z
DTSTART;TZID=America/Chicago:20250324T073000
DTEND;TZID=America/Chicago:20250324T080000
SUMMARY:Quest Diagnostics - Employer Drug Screen (Pre-employment)
DESCRIPTION:Confirmation #77120934\nService: Employer Drug Testing - bring
  your Donor Pass / authorization form and a photo ID.\nPatient Service Cen
 ter: 30 N Michigan Ave Ste 1012\, Chicago
LOCATION:Quest Diagnostics\, 30 N Michigan Ave Ste 1012\, Chicago\, IL 60602
END:VEVENT
END:VCALENDAR
""")

add("doctor", "doctor-appointment", "mychart-appt-NM-33019852@nm.org", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Epic Systems//MyChart//EN
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:mychart-appt-NM-33019852@nm.org
DTSTAMP:20250128T120001Z
DTSTART;TZID=America/Chicago:20250311T073000
DTEND;TZID=America/Chicago:20250311T081500
SUMMARY:Annual physical - Dr. Anita Patel
DESCRIPTION:Northwestern Medicine - Primary Care\, 675 N St Clair\, 18th Fl
 oor. Arrive 15 minutes early. Fasting labs.
LOCATION:675 N St Clair St\, Chicago\, IL
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("parent-teacher", "school-parent-teacher-conference", "ptc-2025-spring-okafor-14@cps.edu", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SignUpGenius//Calendar//EN
BEGIN:VEVENT
UID:ptc-2025-spring-okafor-14@cps.edu
DTSTAMP:20250401T020000Z
DTSTART:20250416T221500Z
DTEND:20250416T223000Z
SUMMARY:Parent-Teacher Conference: Mateo Whitman (Ms. Okafor\, Gr. 3)
DESCRIPTION:Spring conferences - 15 min slot. Room 204\, Nettelhorst Eleme
 ntary.
LOCATION:Nettelhorst Elementary\, 3252 N Broadway\, Chicago
END:VEVENT
END:VCALENDAR
""")

add("bank-appointment", "bank-mortgage-appointment", "8A7B6C5D-4E3F-4A2B-9C1D-0E9F8A7B6C5D", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250403T170511Z
DTSTAMP:20250403T170540Z
UID:8A7B6C5D-4E3F-4A2B-9C1D-0E9F8A7B6C5D
DTSTART;TZID=America/Chicago:20250412T100000
DTEND;TZID=America/Chicago:20250412T110000
SUMMARY:Chase - mtg w/ mortgage banker (refi + what if we sell?)
DESCRIPTION:Clark & Belmont branch. bring W2s\, last 2 paystubs\, statement
 s. Ask re bridge loan if relo
LOCATION:Chase Bank\, 3200 N Clark St
END:VEVENT
@@TZ_CHICAGO@@
END:VCALENDAR
""", eol="\n")

add("town-hall", "company-town-hall",
    "040000008200E00074C5B7101A82E00800000000C8519A3B4C5DDB01000000000000000010000000BB08192A3B4C5D6E7F8091A2B3C4D5E6",
    r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN="Internal Communications";SENT-BY="mailto:exec.assistant@lake
 shorebrands.com":mailto:internalcomms@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="All Lak
 eshore Chicago":mailto:all-chicago@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Q1 results\, the FY26 brand portfolio strategy a
 nd an AMA with our CEO. In person on 14 or via Teams Live Event.\n
UID:040000008200E00074C5B7101A82E00800000000C8519A3B4C5DDB01000000000000000010000000BB08192A3B4C5D6E7F8091A2B3C4D5E6
SUMMARY;LANGUAGE=en-US:Q1 Town Hall
DTSTART;TZID=Central Standard Time:20250417T150000
DTEND;TZID=Central Standard Time:20250417T160000
DTSTAMP:20250402T130000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:14th Floor Cafe / Teams Live
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("ama-luncheon", "networking-luncheon", "ama-chicago-2025-03-luncheon-reg-5511@amachicago.org", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AMA Chicago//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ama-chicago-2025-03-luncheon-reg-5511@amachicago.org
DTSTAMP:20250301T010101Z
DTSTART:20250327T170000Z
DTEND:20250327T190000Z
SUMMARY:AMA Chicago Luncheon: Building Brands in an Age of Private Label
DESCRIPTION:Registration confirmed (member rate). Keynote + fireside chat w
 ith two CMOs. Networking 12:00-12:30.
LOCATION:The Union League Club of Chicago\, 65 W Jackson Blvd
END:VEVENT
END:VCALENDAR
""")

add("negotiation-coaching", "salary-negotiation-coaching-session", "calcom-booking-Rk82nQpLx4Zt7Vw1", r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-Rk82nQpLx4Zt7Vw1
DTSTAMP:20250317T230005Z
DTSTART:20250318T170000Z
DTEND:20250318T174500Z
SUMMARY:Offer negotiation strategy between Renee Castellanos and Gabriela Torres-Whitman
DESCRIPTION:What: Offer negotiation strategy\nWho:\n- Renee Castellanos -
  Organizer\n- Gabriela Torres-Whitman\nWhere: Zoom https://us02web.zoom.us/
 j/6129904471\nAdditional notes: H&P offer call is tomorrow - want a scrip
 t for base vs. sign-on + the Brightwell timeline.
LOCATION:https://us02web.zoom.us/j/6129904471
ORGANIZER;CN=Renee Castellanos:mailto:renee@castellanoscareercoach.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gabytorres.mkt@icloud.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("offsite-allday", "company-offsite-all-day", "lkb-mktg-offsite-2025-q2@lakeshorebrands.com", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Marketing Leadership";RSVP=TRUE:mailto:mktg-leadership@lakeshorebrands.com
CLASS:PUBLIC
DESCRIPTION:Annual brand planning offsite. Pre-reads in Teams. Dinner at 6
  at Girl & the Goat.\n
DTSTART;VALUE=DATE:20250429
DTEND;VALUE=DATE:20250430
DTSTAMP:20250310T150000Z
LOCATION:Soho House Chicago
ORGANIZER;CN="Hughes, Tom":mailto:thughes@lakeshorebrands.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Marketing Leadership Offsite - FY26 Brand Plans
TRANSP:TRANSPARENT
UID:lkb-mktg-offsite-2025-q2@lakeshorebrands.com
X-MICROSOFT-CDO-ALLDAYEVENTAWAYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")
