"""holdout231 events, part I: job-search look-alikes and everyday work/personal life - negatives."""

from holdout231ev_tz import GMT_STD, LONDON_G, PARIS, W_EUROPE_STD

_N = {"iv": 0, "company": "", "role": "", "stage": "", "who": []}

EVENTS = [
    {
        **_N, "kind": "webinar", "uid": "zoom-webinar-86120045517-rh@zoom.us", "trap": "webinar-about-interviewing",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + LONDON_G + r"""BEGIN:VEVENT
DTSTAMP:20250403T120000Z
DTSTART;TZID=Europe/London:20250410T123000
DTEND;TZID=Europe/London:20250410T133000
SUMMARY:IET Career Manager webinar: Succeeding at competency-based interv
 iews for senior engineers
UID:zoom-webinar-86120045517-rh@zoom.us
DESCRIPTION:Hi Rebecca Howell\,\n\nThank you for registering for "IET Car
 eer Manager webinar: Succeeding at competency-based interviews for senio
 r engineers".\n\nPlease submit any questions to: careers@theiet.org\n\nJ
 oin from PC\, Mac\, iPad\, or Android: https://theiet.zoom.us/w/86120045
 517?tk=Xb2k\nPasscode: 445120\n\nYou can cancel your registration at any
  time.
LOCATION:https://theiet.zoom.us/w/86120045517
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "coffee-chat", "uid": "7E8F9A0B-1C2D-4E3F-8A4B-5C6D7E8F9A0B", "lf": True,
        "trap": "informational-coffee-ex-colleague",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTAMP:20250404T090501Z
DTSTART:20250409T074500
DTEND:20250409T083000
SUMMARY:coffee w Mark T (now GKN)
LOCATION:Mokoko\, Aztec West
DESCRIPTION:not a job thing - just pick his brain re what Filton is like\,
  who's hiring in EWIS\, is GKN worth it. he owes me one anyway
UID:7E8F9A0B-1C2D-4E3F-8A4B-5C6D7E8F9A0B
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "careers-fair", "uid": "eventbrite-1188204113-order-9920371@eventbrite.com",
        "trap": "careers-fair-attendee-job-seeker",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1188204113-order-9920371@eventbrite.com
DTSTAMP:20250329T101010Z
DTSTART:20250517T090000Z
DTEND:20250517T150000Z
SUMMARY:Space & Defence Careers Fair 2025 - Harwell Campus
LOCATION:Harwell Campus\, Didcot OX11 0QX
DESCRIPTION:Order #9920371 - 1 x Experienced Professional ticket (free).\n
 Meet 40+ exhibitors hiring engineers across space\, defence and nuclear.
  Bring CVs. On-the-spot conversations with recruiters.\n\nhttps://www.eve
 ntbrite.co.uk/e/1188204113
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "referee-call", "uid": "8ce1bq4o2nf6t9v0l3r7us5dmk@google.com",
        "trap": "reference-call-as-referee",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250422T113000Z
DTEND:20250422T120000Z
DTSTAMP:20250417T151500Z
ORGANIZER;CN=Harriet Lee:mailto:harriet.lee@dyson.com
UID:8ce1bq4o2nf6t9v0l3r7us5dmk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell@severnaero.co.uk;X-NUM-GUESTS=0:mailto:rebecca.how
 ell@severnaero.co.uk
DESCRIPTION:Hi Rebecca\, thank you for agreeing to act as a referee for Sa
 m Patel\, who has applied for Senior Systems Engineer at Dyson (Malmesbur
 y). 20-30 mins\, I'll call your mobile. Questions are about Sam's techni
 cal ability and teamwork while you managed them.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference - Sam Patel (Dyson)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "prep-block", "uid": "AAMkADNmZGQ4YzE3LTRkNjYtNGIxNi04ZDUyLTc1N2UxZjk5ODEwMwBGAAAAAAC2",
        "trap": "prep-block-before-final",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkADNmZGQ4YzE3LTRkNjYtNGIxNi04ZDUyLTc1N2UxZjk5ODEwMwBGAAAAAAC2
DTSTAMP:20250510T080000Z
DTSTART;TZID=GMT Standard Time:20250513T190000
DTEND;TZID=GMT Standard Time:20250513T220000
SUMMARY:PREP - MBDA final: slides v3 + STAR stories
DESCRIPTION:- cut to 10 slides\, no Severn IP!!\n- FHA/DAL story\, CDR sl
 ip story\, conflict w/ supplier story\n- qs for Gareth: team size\, DV t
 imeline\, hybrid\n- email PDF to Hannah
TRANSP:OPAQUE
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "reminder", "uid": "1D2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A", "lf": True,
        "trap": "thank-you-note-reminder",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTAMP:20250509T144501Z
DTSTART:20250509T170000
DTEND:20250509T171500
SUMMARY:send thank-yous - RR (Claire + Daniel)
DESCRIPTION:mention the FADEC thermal derating q I fluffed - follow-up no
 te. cc Tom H.
UID:1D2E3F4A-5B6C-4D7E-8F9A-0B1C2D3E4F5A
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "oh-medical", "uid": "ohassist-appt-551903-20250611@ohassist.com",
        "trap": "pre-employment-medical",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OH Assist//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ohassist-appt-551903-20250611@ohassist.com
DTSTAMP:20250604T090000Z
DTSTART:20250611T073000Z
DTEND:20250611T080000Z
SUMMARY:Pre-placement health assessment (telephone) - MBDA UK
DESCRIPTION:Your Occupational Health nurse will telephone you on the numb
 er provided. Please have details of any medication to hand. Outcome is r
 eported to MBDA as fit / fit with adjustments only.\n\nRef: 551903
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "research-interview", "uid": "userinterviews-session-331207-p44@userinterviews.com",
        "trap": "paid-user-research-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-331207-p44@userinterviews.com
DTSTAMP:20250512T163000Z
DTSTART:20250520T170000Z
DTEND:20250520T174500Z
SUMMARY:Research interview: How aerospace teams manage requirements trace
 ability (£50)
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
DESCRIPTION:You're confirmed! A product researcher will interview you abo
 ut requirements management and traceability tools (DOORS\, Jama\, Polari
 on). 45 minutes on Zoom. Incentive: £50 Amazon voucher\, sent within 5 b
 usiness days.\n\nhttps://zoom.us/j/95120377104
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "podcast-recording", "uid": "riverside-rec-7f1e2d3c@riverside.fm",
        "trap": "podcast-guest-recording",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-7f1e2d3c@riverside.fm
DTSTAMP:20250526T110000Z
DTSTART:20250602T180000Z
DTEND:20250602T191500Z
SUMMARY:Recording: Flight Deck Diaries podcast - interview with Dr Rebecc
 a Howell
ORGANIZER;CN=Priyanka Rao:mailto:hello@flightdeckdiaries.co.uk
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
DESCRIPTION:Episode 48 - "Certifying the uncertifiable: DO-178C\, DAL and
  why avionics is a team sport". Wired headphones please. Studio link: htt
 ps://riverside.fm/studio/flight-deck-diaries?t=7f1e2d3c
LOCATION:Riverside studio (online)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "survey-call", "uid": "9B0C1D2E-3F4A-4B5C-8D6E-7F8A9B0C1D2E", "lf": True,
        "trap": "survey-telephone-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTAMP:20250513T121000Z
DTSTART:20250515T181500
DTEND:20250515T184500
SUMMARY:Ipsos phone interview - EngineeringUK skills survey
DESCRIPTION:they called\, rebooked for eve. 25 mins. £10 to charity.
UID:9B0C1D2E-3F4A-4B5C-8D6E-7F8A9B0C1D2E
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite", "uid": "AAMkADBlMWU5ZjQ1LTg5NzAtNGQ4NS1iNmUwLTg5YWQ0NDE4MDNkNgBGAAAAAAD1",
        "trap": "stay-interview-with-own-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkADBlMWU5ZjQ1LTg5NzAtNGQ4NS1iNmUwLTg5YWQ0NDE4MDNkNgBGAAAAAAD1
DTSTAMP:20250602T080000Z
DTSTART;TZID=GMT Standard Time:20250609T160000
DTEND;TZID=GMT Standard Time:20250609T170000
SUMMARY:Stay interview - Rebecca
ORGANIZER;CN="Hughes, Martin":mailto:martin.hughes@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Howell, Rebecca":mailto:rebecc
 a.howell@severnaero.co.uk
DESCRIPTION:HR have asked all heads of dept to do stay interviews with ke
 y people this quarter. Informal - what keeps you here\, what would make
  you leave\, what you want next. Not part of PDR.
LOCATION:Cafe\, Building 1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "flight-booking", "uid": "easyjet-EZY6205-20250604-K8M2QX@easyjet.com",
        "trap": "travel-block-for-interview-trip",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//easyJet//Booking//EN
METHOD:PUBLISH
""" + PARIS + r"""BEGIN:VEVENT
UID:easyjet-EZY6205-20250604-K8M2QX@easyjet.com
DTSTAMP:20250523T201100Z
DTSTART:20250604T174500Z
DTEND:20250604T193000Z
SUMMARY:Flight EZY6205 Bristol (BRS) to Toulouse (TLS)
LOCATION:Bristol Airport (BRS)
DESCRIPTION:Booking reference: K8M2QX\nPassenger: MRS REBECCA HOWELL\nDep
 arts 18:45 BRS\, arrives 21:30 TLS (local time)\nBag drop closes 40 min
 s before departure.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "rig-booking", "uid": "AAMkADQ3ZmI0M2UxLWJmOGQtNDNhNi1hZGUyLTk1YjAzZTkxNmQ4NQBGAAAAAAA9",
        "trap": "hil-rig-resource-booking",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkADQ3ZmI0M2UxLWJmOGQtNDNhNi1hZGUyLTk1YjAzZTkxNmQ4NQBGAAAAAAA9
DTSTAMP:20250418T072000Z
DTSTART;TZID=GMT Standard Time:20250423T070000
DTEND;TZID=GMT Standard Time:20250423T190000
SUMMARY:HIL Rig 2 - FCC v2.3 regression (DO-178C formal run)
ORGANIZER;CN="Howell, Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAT-B4-HIL Rig
  2":mailto:pat-b4-hilrig2@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Osei, Kwame":mailto:kwame.osei
 @severnaero.co.uk
DESCRIPTION:Formal run for credit - QA witness booked 09:00. Config: FCC
  SW 2.3.0 / HW mod C\, test procedure TP-FCC-0147 issue 4.
LOCATION:PAT-B4-HIL Rig 2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "fmea-workshop", "uid": "040000008200E00074C5B7101A82E008000000005566778899AADB0100003E7A",
        "trap": "fmea-workshop-work-meeting",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Fletcher, Anna (Quality)":mailto:anna.fletcher@severnaero.co.
 uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Kw
 ame":mailto:kwame.osei@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:FMEA workshop - actuator control unit (ACU) po
 wer supply. Bring the ICD and the FHA extract. V&V to confirm coverage o
 f new failure modes.\n
UID:040000008200E00074C5B7101A82E008000000005566778899AADB0100003E7A
SUMMARY;LANGUAGE=en-GB:FMEA workshop - ACU PSU
DTSTART;TZID=GMT Standard Time:20250501T093000
DTEND;TZID=GMT Standard Time:20250501T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:PAT-B2-2.11 Concorde (12)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "parents-evening", "uid": "schoolcloud-pe-22817-howell@schoolcloud.co.uk",
        "trap": "school-parents-evening",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SchoolCloud//Parents Evening System//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:schoolcloud-pe-22817-howell@schoolcloud.co.uk
DTSTAMP:20250320T191500Z
DTSTART:20250402T162000Z
DTEND:20250402T163000Z
SUMMARY:Parents' Evening - Oliver Howell - Mrs Rowe (Year 6)
LOCATION:Video call - join via SchoolCloud
DESCRIPTION:Appointment: 17:20 - 17:30 with Mrs Rowe. Please log in 5 min
 utes early.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "headhunter-call", "uid": "hh-termin-4471@kessler-partner.de",
        "trap": "headhunter-confidential-search-no-employer-de",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
METHOD:REQUEST
""" + W_EUROPE_STD + r"""BEGIN:VEVENT
UID:hh-termin-4471@kessler-partner.de
DTSTAMP:20250515T140000Z
DTSTART;TZID=W. Europe Standard Time:20250521T173000
DTEND;TZID=W. Europe Standard Time:20250521T180000
SUMMARY:Telefonat Dr. Howell / Kessler & Partner - vertrauliche Suche
ORGANIZER;CN="Andreas Kessler":mailto:a.kessler@kessler-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Rebecca Howell:mailto:rebecca.h
 owell.eng@outlook.com
DESCRIPTION:Sehr geehrte Frau Dr. Howell\,\n\nwie besprochen ein erstes un
 verbindliches Telefonat. Mein Mandant ist ein wachstumsstarkes Raumfahrt
 -Unternehmen im Münchner Süden\; den Namen kann ich aus Vertraulichkeits
 gründen erst in einem späteren Schritt nennen. Position: Head of Avionic
 s (m/w/d).\n\nIch rufe Sie an.\n\nAndreas Kessler\nKessler & Partner Ex
 ecutive Search\, München
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
