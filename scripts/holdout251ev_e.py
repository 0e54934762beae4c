# ruff: noqa: E501
"""holdout251 events, part E: other negatives (trade meetings, holds, press, personal, family, prep, no-employer recruiter)."""
from holdout251ev_zones import (
    APPLE,
    EXCHANGE,
    GCAL,
    OUTLOOK,
    THUNDERBIRD,
    TZ_EASTERN_WIN,
    TZ_MADRID,
    TZ_TORONTO,
    TZ_WEUROPE_WIN,
    esc,
    ev,
    gfooter,
    teams,
    zoom,
)

ME_W = "marcolivier.chen@northlightpictures.ca"
ME_P = "mo.chen.prod@gmail.com"

EVENTS = []


def n(kind, uid, ics, trap):
    EVENTS.append(ev(kind, uid, ics, trap=trap))


def simple(prodid, uid, summary, start, end, extra="", tz=""):
    return f"""BEGIN:VCALENDAR
VERSION:2.0
{prodid}
CALSCALE:GREGORIAN
{tz}BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260301T120000Z
SUMMARY:{summary}
{start}
{end}
{extra}END:VEVENT
END:VCALENDAR
"""


# E1 location tech scout booked by the user
n("outlook-tech-scout", "040000008200E00074C5B7101A82E00800000000E1A0C01111E2DC01000000000000000010000000E111",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferris, Anouk":mailto:aferris@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mwangi, Hester":mailto:hester.mwangi@example-mail.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sprinter Van 2":mailto:van2@northlightpictures.ca
UID:040000008200E00074C5B7101A82E00800000000E1A0C01111E2DC01000000000000000010000000E111
SUMMARY;LANGUAGE=en-US:TECH SCOUT - Ep 207 - Cabbagetown house + Riverdale Park E
DTSTART;TZID=Eastern Standard Time:20260417T073000
DTEND;TZID=Eastern Standard Time:20260417T130000
DTSTAMP:20260413T160000Z
LOCATION;LANGUAGE=en-US:Van departs QN office 7:30
DESCRIPTION;LANGUAGE=en-US:Dept heads: director\\, DOP\\, gaffer\\, key grip\\, locations\\, 1st AD. Coffee order in thread.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "location-tech-scout-booked-by-user")

# E2 production meeting
n("exchange-production-meeting", "040000008200E00074C5B7101A82E00800000000F0D0A01212E2DC01000000000000000010000000F012",
f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Nakamura, Joel":mailto:jnakamura@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="TOR-Boardroom 3 (12)":mailto:tor-boardroom3@northlightpictures.ca
UID:040000008200E00074C5B7101A82E00800000000F0D0A01212E2DC01000000000000000010000000F012
SUMMARY;LANGUAGE=en-US:Production Meeting - Eps 207/208
DTSTART;TZID=Eastern Standard Time:20260420T100000
DTEND;TZID=Eastern Standard Time:20260420T120000
DTSTAMP:20260414T160000Z
LOCATION;LANGUAGE=en-US:TOR-Boardroom 3 (12)
DESCRIPTION;LANGUAGE=en-US:All department heads. Go through schedule\\, stunts\\, SPFX\\, minors on set (interview w/ tutor re: school hours).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "production-meeting-interview-word-in-body")

# E3 first hold from a production on the user (availability check), all-day multi-day
n("google-first-hold-all-day", "7k3m0q9v5s2h8d4t1c6n9b0lpm@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260615
DTEND;VALUE=DATE:20260619
DTSTAMP:20260412T140000Z
ORGANIZER;CN=Ice Road North Office:mailto:office@lakeshoreline.ca
UID:7k3m0q9v5s2h8d4t1c6n9b0lpm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc("Avail check / 1st hold: PM prep start week. Not a booking - we'll confirm or release by May 29." + gfooter())}
SEQUENCE:0
STATUS:TENTATIVE
SUMMARY:1ST HOLD - Ice Road North S3 - PM prep (avail check)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "first-hold-availability-check-from-employer")

# E4 second hold, hand-typed all-day on iPhone
n("ios-second-hold-all-day", "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6",
simple(APPLE, "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", "2nd hold - Harrow Bay (PM) - released if Ice Road books",
       "DTSTART;VALUE=DATE:20260622", "DTEND;VALUE=DATE:20260704", "TRANSP:TRANSPARENT\n"),
  "second-hold-all-day-typed")

# E5 press interview: user is the interviewee for a trade magazine
d = ("Hi Marc-Olivier, thanks for agreeing to chat for our 'Crew Spotlight' column on how coordinators are handling "
     "virtual production prep. 20-25 minutes, recorded for accuracy.\n\nGrace Ito, Reel North Magazine" + gfooter("fjq-ozyk-wbd"))
n("google-press-interview", "1q5m9v3k7s0h4d8t2c6n5b9lpt@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260312T180000Z
DTEND:20260312T183000Z
DTSTAMP:20260309T150000Z
ORGANIZER;CN=Grace Ito:mailto:grace.ito@reelnorthmag.ca
UID:1q5m9v3k7s0h4d8t2c6n5b9lpt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Reel North Magazine x Marc-Olivier Chen (Crew Spotlight)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "press-interview-user-interviewee")

# E6 research interview for a thesis
d = ("Research interview - 'Precarity and freelance crew in Ontario screen production' (MA thesis, "
     "fictional Lakeview University). Consent form attached. ~45 min, audio-recorded.\n\n" + zoom("861 2230 4478", "UmVzZWFyY2g"))
n("zoom-research-interview", "researchint-2026-0319-mchen@lakeviewu.ca",
f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:researchint-2026-0319-mchen@lakeviewu.ca
DTSTAMP:20260314T120000Z
DTSTART;TZID=America/Toronto:20260319T190000
DTEND;TZID=America/Toronto:20260319T194500
SUMMARY:Research Interview - Freelance crew study (participant: M-O Chen)
ORGANIZER;CN=Ayesha Karim:mailto:akarim@lakeviewu.ca
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=ACCEPTED:mailto:{ME_P}
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "research-interview-participant")

# E7 podcast interview
n("ios-podcast-recording", "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D",
simple(APPLE, "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D", "Podcast interview - 'Call Sheet' ep. w/ host Bo Lindgren (I'm guest)",
       "DTSTART;TZID=America/Toronto:20260408T200000", "DTEND;TZID=America/Toronto:20260408T210000",
       "LOCATION:Bo's studio\\, 22 Dundas St E\n", TZ_TORONTO), "podcast-guest-interview")

# E8 mock interview with a mentor
d = ("Mock interview before the Trillium panel - Ines plays the panel (budget + labour questions). "
     "STAR answers, 3 production war stories, questions to ask them.")
n("google-mock-interview-mentor", "2w8m4q0v6s1h9d3t5c7n2b4lpk@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260323T183000
DTEND;TZID=America/Toronto:20260323T193000
DTSTAMP:20260318T020000Z
ORGANIZER;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
UID:2w8m4q0v6s1h9d3t5c7n2b4lpk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ines Garwood;X-NUM-GUESTS=0:mailto:ines.garwood@example-mail.ca
DESCRIPTION:{esc(d)}
LOCATION:Ines's place
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MOCK interview (Trillium panel prep) w/ Ines - DGC mentorship
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "mock-interview-names-real-employer")

# E9 webinar on interviewing
d = ("DGC Ontario Professional Development: 'Landing the PM job - interviews with line producers and studios'. "
     "Panelists: three working PMs. Register: https://dgcontario-events.example/webinars/pm-interviews\n\n"
     + zoom("812 0044 9125", "V2ViaW5hcg"))
n("zoom-webinar-pm-interviews", "webinar-2026-0402-pm-interviews@dgcontario-events.example",
f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-2026-0402-pm-interviews@dgcontario-events.example
DTSTAMP:20260320T120000Z
DTSTART:20260402T230000Z
DTEND:20260403T003000Z
SUMMARY:Webinar: Landing the PM Job - Interviews with Line Producers & Studios
ORGANIZER;CN=DGC Ontario PD:mailto:pd@dgcontario-events.example
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "webinar-about-pm-interviews")

# E10 class: production budgeting workshop, recurring weekly with override
n("thunderbird-budgeting-class-recurring", "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9",
f"""BEGIN:VCALENDAR
{THUNDERBIRD}
VERSION:2.0
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260301T150000Z
DTSTAMP:20260301T150000Z
UID:f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9
SUMMARY:Workshop: Budgeting & Cost Reporting for PMs (Ontario Screen Training)
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
DTSTART;TZID=America/Toronto:20260304T183000
DTEND;TZID=America/Toronto:20260304T213000
LOCATION:Ontario Screen Training\\, 215 Spadina Ave\\, Rm 4
END:VEVENT
BEGIN:VEVENT
DTSTAMP:20260310T150000Z
UID:f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9
RECURRENCE-ID;TZID=America/Toronto:20260318T183000
SUMMARY:Workshop wk3 - ONLINE (instructor sick) - mock hiring interview role-play
DTSTART;TZID=America/Toronto:20260318T183000
DTEND;TZID=America/Toronto:20260318T203000
LOCATION:Zoom
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "class-recurring-override-role-play")

# E11 informational coffee
n("ios-informational-coffee", "E5F6A7B8-C9D0-4E1F-A2B3-C4D5E6F7A8B9",
simple(APPLE, "E5F6A7B8-C9D0-4E1F-A2B3-C4D5E6F7A8B9", "coffee w/ Rina Sato - informational (how she went in-house at a broadcaster)",
       "DTSTART;TZID=America/Toronto:20260313T083000", "DTEND;TZID=America/Toronto:20260313T091500",
       "LOCATION:Sam James Coffee Bar\\, Harbord\nDESCRIPTION:not a job - just picking her brain. Ask re: broadcaster hiring timelines\n", TZ_TORONTO),
  "informational-coffee-explicit")

# E12 job fair, all-day
n("google-crew-career-fair", "8n2q6m1v4s9h0d5t3k7c8b1lpq@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:mo.chen.prod@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260425
DTEND;VALUE=DATE:20260426
DTSTAMP:20260501T120000Z
UID:8n2q6m1v4s9h0d5t3k7c8b1lpq@google.com
DESCRIPTION:Ontario Screen Crew Career Fair - studios\\, broadcasters\\, unions (DGC\\, IATSE 873\\, NABET 700). Bring 20 resumes. On-the-spot interviews possible.
LOCATION:Enercare Hall-ish\\, Exhibition Pl
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Screen Crew Career Fair
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "job-fair-on-the-spot-interviews-mention")

# E13 reference call where the user is the referee
d = ("Hi Marc-Olivier, Jamie Tran listed you as a reference for the APOC role at Harbourfront Media. 15 minutes, "
     "I'll call your cell.\n\nMariam Haddad, Talent Acquisition")
n("outlook-reference-call-user-referee", "040000008200E00074C5B7101A82E00800000000AEFC11313E2DC0100000000000000000100000000AE13",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Haddad, Mariam":mailto:mariam.haddad@harbourfrontmedia.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000AEFC11313E2DC0100000000000000000100000000AE13
SUMMARY;LANGUAGE=en-US:Reference call - Jamie Tran (APOC)
DTSTART;TZID=Eastern Standard Time:20260409T090000
DTEND;TZID=Eastern Standard Time:20260409T091500
DTSTAMP:20260407T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""", "reference-call-user-is-referee-same-company-as-own-interview")

# E14 prep block before own interview
n("ios-prep-block", "F6A7B8C9-D0E1-4F2A-B3C4-D5E6F7A8B9C0",
simple(APPLE, "F6A7B8C9-D0E1-4F2A-B3C4-D5E6F7A8B9C0", "PREP - Trillium panel tmrw: print sched sample\\, reread posting\\, 3 Qs",
       "DTSTART;TZID=America/Toronto:20260324T200000", "DTEND;TZID=America/Toronto:20260324T213000", "", TZ_TORONTO),
  "prep-block-for-own-interview")

# E15 thank-you reminder
n("ios-thank-you-reminder", "A7B8C9D0-E1F2-4A3B-C4D5-E6F7A8B9C0D1",
simple(APPLE, "A7B8C9D0-E1F2-4A3B-C4D5-E6F7A8B9C0D1", "send thank-you email to Anneke + Sione (Kestrel) after interview",
       "DTSTART;VALUE=DATE:20260501", "DTEND;VALUE=DATE:20260502", "TRANSP:TRANSPARENT\n"),
  "thank-you-reminder-after-interview")

# E16 recruiter naming no employer yet
d = ("Hi Marc-Olivier,\n\nI'm working on a confidential Production Manager search for a well-known Canadian "
     "scripted producer (can't name them until they approve the shortlist). Would love 20 min to learn about "
     "your background.\n\nDeepa Venkatesan\nApex Media Recruitment")
n("outlook-confidential-recruiter-call", "040000008200E00074C5B7101A82E00800000000C0F1D01414E2DC01000000000000000010000000C014",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Venkatesan, Deepa":mailto:deepa.v@apexmediarecruitment.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000C0F1D01414E2DC01000000000000000010000000C014
SUMMARY;LANGUAGE=en-US:Apex Media Recruitment - intro call (confidential PM search)
DTSTART;TZID=Eastern Standard Time:20260414T120000
DTEND;TZID=Eastern Standard Time:20260414T122000
DTSTAMP:20260410T130000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""", "recruiter-no-employer-named-yet")

# E17 family: mother's citizenship interview
n("ios-family-citizenship-interview", "B8C9D0E1-F2A3-4B4C-D5E6-F7A8B9C0D1E2",
simple(APPLE, "B8C9D0E1-F2A3-4B4C-D5E6-F7A8B9C0D1E2", "Mom - citizenship interview @ IRCC Etobicoke (drive her\\, bring docs folder)",
       "DTSTART;TZID=America/Toronto:20260317T131500", "DTEND;TZID=America/Toronto:20260317T151500",
       "LOCATION:IRCC office\\, 25 The West Mall\n", TZ_TORONTO), "family-citizenship-interview")

# E18 family: sister's job interview, she asked for a ride
n("google-sister-job-interview", "3r9m5q1v8s4h0d6t2k8c3b5lpu@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260427T073000
DTEND;TZID=America/Toronto:20260427T090000
DTSTAMP:20260424T010000Z
ORGANIZER;CN=Émilie Chen:mailto:emilie.chen.rn@gmail.com
UID:3r9m5q1v8s4h0d6t2k8c3b5lpu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc("my interview at St. Ambrose hospital (charge nurse) is at 8 - can you drop me?? car's in the shop. xo" + gfooter())}
LOCATION:St. Ambrose Hospital\\, main entrance
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Émilie interview - ride pls
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "sibling-job-interview-ride")

# E19 French "entretien" of the car
n("ios-french-entretien-voiture", "C9D0E1F2-A3B4-4C5D-E6F7-A8B9C0D1E2F3",
simple(APPLE, "C9D0E1F2-A3B4-4C5D-E6F7-A8B9C0D1E2F3", "Entretien 30 000 km - Garage Lafleur (pneus d'été)",
       "DTSTART;TZID=America/Toronto:20260411T083000", "DTEND;TZID=America/Toronto:20260411T103000",
       "LOCATION:Garage Lafleur\\, 1200 Gerrard St E\n", TZ_TORONTO), "french-entretien-car-maintenance")

# E20 NEXUS interview (trusted traveller), personal
d = ("Your NEXUS enrollment interview is confirmed. Bring your passport, proof of residence and conditional "
     "approval letter. Interviews are conducted by CBSA and CBP officers.")
n("outlook-nexus-enrollment-interview", "nexus-ec-20260506-3381920@example-travel-gc.ca",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:nexus-ec-20260506-3381920@example-travel-gc.ca
DTSTAMP:20260402T120000Z
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260506T081500
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260506T090000
SUMMARY:NEXUS Enrollment Interview - Pearson Airport Enrollment Centre
DESCRIPTION:{esc(d)}
LOCATION:Terminal 3\\, Level 1\\, Enrollment Centre
END:VEVENT
END:VCALENDAR
""", "nexus-enrollment-interview-personal")

# E21 German co-production sync: Abstimmungsgespräch
d = ("Wöchentliches Abstimmungsgespräch Koproduktion The Quiet Narrows S2 / Elbfilm: Drehplan Block 3, "
     "Förderauflagen, Reisen Berlin-Team.\n\n" + teams("341 009 227 618", "Kp7zEl", "450 771 093", phone="+49 30 5557 0139"))
n("outlook-german-abstimmungsgespraech-recurring", "040000008200E00074C5B7101A82E00800000000E1BF21515E2DC010000000000000000010000000E115",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE_WIN}BEGIN:VEVENT
ORGANIZER;CN="Lindner, Frauke":mailto:f.lindner@elbfilm-produktion.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Chen, Marc-Olivier":mailto:{ME_W}
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000E1BF21515E2DC010000000000000000010000000E115
SUMMARY;LANGUAGE=de-DE:Jour fixe / Abstimmungsgespräch Koproduktion QN S2
RRULE:FREQ=WEEKLY;UNTIL=20260630T140000Z;BYDAY=TH
DTSTART;TZID=W. Europe Standard Time:20260305T160000
DTEND;TZID=W. Europe Standard Time:20260305T164500
DTSTAMP:20260301T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "german-coproduction-gespraech-recurring")

# E22 Spanish EPK interview of the director, scheduled by the user
n("google-spanish-epk-entrevista", "5t1m7q3v9s6h2d0k4c8n1b7lpo@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260423T110000
DTEND;TZID=Europe/Madrid:20260423T120000
DTSTAMP:20260418T090000Z
ORGANIZER;CN=Marc-Olivier Chen:mailto:{ME_W}
UID:5t1m7q3v9s6h2d0k4c8n1b7lpo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen Iturbe;X-NUM-GUESTS=0:mailto:carmen@epk-iturbe.example
DESCRIPTION:Entrevista EPK a la directora invitada (ep. 208) para el making-of. Cámara y sonido de la unidad de Madrid.
LOCATION:Hotel Las Letras\\, sala 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista EPK - directora ep. 208
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "spanish-epk-entrevista-press")

# E23 EPK cast interviews on set
n("exchange-epk-cast-interviews", "040000008200E00074C5B7101A82E00800000000EBC0A01616E2DC01000000000000000010000000EB16",
f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Publicity, QN":mailto:publicity@northlightpictures.ca
UID:040000008200E00074C5B7101A82E00800000000EBC0A01616E2DC01000000000000000010000000EB16
SUMMARY;LANGUAGE=en-US:EPK cast interviews - Day 12 (lunch break\\, set 2)
DTSTART;TZID=Eastern Standard Time:20260429T123000
DTEND;TZID=Eastern Standard Time:20260429T133000
DTSTAMP:20260424T160000Z
LOCATION;LANGUAGE=en-US:Stage 2 - set 2 (hospital corridor)
DESCRIPTION;LANGUAGE=en-US:Unit publicist + EPK crew. 3 cast x 15 min. MO: hold lunch for EPK crew.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "epk-cast-interviews-on-set")

# E24 own exit interview at wrap (not a job interview)
d = ("As part of season wrap, HR offers a 20 minute exit interview to all freelance office crew. Confidential; "
     "feedback on the production office experience.\n\nNorthlight People Team")
n("outlook-exit-interview-wrap", "040000008200E00074C5B7101A82E00800000000E0170A1717E2DC01000000000000000010000000E017",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN=Northlight People Team:mailto:people@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000E0170A1717E2DC01000000000000000010000000E017
SUMMARY;LANGUAGE=en-US:Exit Interview - Marc-Olivier Chen (QN S2 wrap)
DTSTART;TZID=Eastern Standard Time:20260529T150000
DTEND;TZID=Eastern Standard Time:20260529T152000
DTSTAMP:20260520T140000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "own-exit-interview-at-wrap")

# E25 mid-season check-in with the line producer
n("outlook-mid-season-check-in", "040000008200E00074C5B7101A82E00800000000C4EC01818E2DC0100000000000000000100000000C418",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Nakamura, Joel":mailto:jnakamura@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Chen, Marc-Olivier":mailto:{ME_W}
UID:040000008200E00074C5B7101A82E00800000000C4EC01818E2DC0100000000000000000100000000C418
SUMMARY;LANGUAGE=en-US:MO / Joel - mid-season check-in
DTSTART;TZID=Eastern Standard Time:20260326T163000
DTEND;TZID=Eastern Standard Time:20260326T170000
DTSTAMP:20260320T160000Z
DESCRIPTION;LANGUAGE=en-US:How's the office running\\, OT\\, what you want next season.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "check-in-with-own-line-producer")

# E26 DGC new member orientation
n("google-dgc-orientation", "9p3m8q2v6s0h5d1t7k2c9b3lpi@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:mo.chen.prod@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20260311T220000Z
DTEND:20260312T000000Z
DTSTAMP:20260501T120000Z
UID:9p3m8q2v6s0h5d1t7k2c9b3lpi@google.com
DESCRIPTION:DGC Ontario - Production Management category: new member orientation + permittee Q&A.
LOCATION:DGC Ontario office (fictional address 89 Spadina Cres)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DGC orientation - PM category
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "union-orientation-pm-category")

# E27 physio appointment
n("ios-physio", "D0E1F2A3-B4C5-4D6E-F7A8-B9C0D1E2F3A4",
simple(APPLE, "D0E1F2A3-B4C5-4D6E-F7A8-B9C0D1E2F3A4", "Physio - Dr. Patel (shoulder)",
       "DTSTART;TZID=America/Toronto:20260320T073000", "DTEND;TZID=America/Toronto:20260320T081500",
       "BEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\n", TZ_TORONTO), "personal-medical")

# E28 cast insurance medical booked by the user
n("outlook-cast-insurance-medical", "040000008200E00074C5B7101A82E00800000000C1A51919E2DC010000000000000000010000000C119",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Farouk Aziz:mailto:clinic@example-insurmed.ca
UID:040000008200E00074C5B7101A82E00800000000C1A51919E2DC010000000000000000010000000C119
SUMMARY;LANGUAGE=en-US:Cast insurance medical - lead (ep 207 guest) - short questionnaire + exam
DTSTART;TZID=Eastern Standard Time:20260402T080000
DTEND;TZID=Eastern Standard Time:20260402T083000
DTSTAMP:20260330T150000Z
LOCATION;LANGUAGE=en-US:Insurmed Clinic\\, 2 Bloor St W
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "cast-insurance-medical-booked")

# E29 daily production office stand-up, recurring with an override
n("exchange-daily-office-standup", "040000008200E00074C5B7101A82E00800000000D5A1D02020E2DC01000000000000000010000000D520",
f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Szabo, Tamara":mailto:tszabo@northlightpictures.ca
UID:040000008200E00074C5B7101A82E00800000000D5A1D02020E2DC01000000000000000010000000D520
SUMMARY;LANGUAGE=en-US:Office daily - call sheet / movement order check
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20260529T123000Z
DTSTART;TZID=Eastern Standard Time:20260302T083000
DTEND;TZID=Eastern Standard Time:20260302T084500
DTSTAMP:20260227T200000Z
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
UID:040000008200E00074C5B7101A82E00800000000D5A1D02020E2DC01000000000000000010000000D520
RECURRENCE-ID;TZID=Eastern Standard Time:20260325T083000
SUMMARY;LANGUAGE=en-US:Office daily - moved (MO at Trillium in pm)
DTSTART;TZID=Eastern Standard Time:20260325T080000
DTEND;TZID=Eastern Standard Time:20260325T081500
DTSTAMP:20260320T200000Z
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "recurring-standup-override-mentions-own-interview")

# E30 table read
n("google-table-read", "4x0m6q2v8s3h9d1t5k7c4b6lpa@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260416T100000
DTEND;TZID=America/Toronto:20260416T123000
DTSTAMP:20260409T200000Z
ORGANIZER;CN=QN Production Office:mailto:qnoffice@northlightpictures.ca
UID:4x0m6q2v8s3h9d1t5k7c4b6lpa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=marcolivier.chen@northlightpictures.ca;X-NUM-GUESTS=0:mailto:{ME_W}
DESCRIPTION:{esc("Table read eps 207 + 208. Cast, writers, network. Catering 9:30." + gfooter())}
LOCATION:Stage 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Table Read - 207/208
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "table-read-trade-meeting")

# E31 condo rental viewing / landlord "interview"
n("ios-landlord-tenant-interview", "E1F2A3B4-C5D6-4E7F-8A9B-C0D1E2F3A4B5",
simple(APPLE, "E1F2A3B4-C5D6-4E7F-8A9B-C0D1E2F3A4B5", "Condo viewing + 'tenant interview' w/ landlord (Leslieville 1BR)",
       "DTSTART;TZID=America/Toronto:20260404T110000", "DTEND;TZID=America/Toronto:20260404T114500",
       "LOCATION:1020 Queen St E #3\nDESCRIPTION:bring credit report + employment letter from Northlight\n", TZ_TORONTO),
  "tenant-interview-landlord")

# E32 LinkedIn-learning style course on interviewing skills for leaders
n("outlook-course-interviewing-skills", "040000008200E00074C5B7101A82E00800000000C0B5E02222E2DC01000000000000000010000000C022",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C0B5E02222E2DC01000000000000000010000000C022
SUMMARY;LANGUAGE=en-US:Learning block: "Interviewing Skills for Hiring Managers" (online course\\, module 2)
DTSTART:20260407T233000Z
DTEND:20260408T003000Z
DTSTAMP:20260401T120000Z
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", "course-interviewing-skills-learning-block")

# E33 wrap party, Google from a crew friend
n("google-wrap-party", "6b2m8q4v0s5h1d7t3k9c6b2lpc@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260530T200000
DTEND;TZID=America/Toronto:20260531T020000
DTSTAMP:20260515T180000Z
ORGANIZER;CN=Tamara Szabo:mailto:tamara.szabo.tv@gmail.com
UID:6b2m8q4v0s5h1d7t3k9c6b2lpc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc("QN S2 wrap party!! crew + cast. +1s ok. Gag reel at 10." + gfooter())}
LOCATION:The Boiler Room\\, 55 Mill St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:QN S2 WRAP PARTY
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "wrap-party-social")
