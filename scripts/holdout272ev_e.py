# ruff: noqa: E501, W291, W293, RUF100
"""holdout272 events, part e: other negatives (forestry work that sounds like interviews, prep, coaching)."""

from holdout272ev_zones import PACIFIC_WIN, VANCOUVER, VANCOUVER_APPLE, W_EUROPE_WIN


def _neg(kind, uid, trap, ics):
    return dict(
        kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
        hiring=trap.startswith("user-as-interviewer-"), ics=ics,
    )


EVENTS = [
    _neg(
        "outlook-first-nation-referral-meeting",
        "040000008200E00074C5B7101A82E008000000001A58FA1C2E3FDC0100000000000000001000000081828384858687888990919293949596",
        "first-nation-referral-response-meeting-panel-of-lands-staff",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thomas, Rena"
 :mailto:rthomas@tsakweh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sam, Harold":
 mailto:hsam@tsakweh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Korolenko, Da
 n":mailto:dkorolenko@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Referral response meeting - FSP amendment and C
 P 412 (blocks 412-03 to 412-09). Agenda: Tsa'Kweh Lands Dept. referral le
 tter of Jan 28\, cultural heritage resources in 412-05\, moose winter rang
 e\, proposed riparian reserves on Chinlac Creek\, next steps for the field
  visit. Lunch provided.
UID:040000008200E00074C5B7101A82E008000000001A58FA1C2E3FDC0100000000000000
 001000000081828384858687888990919293949596
SUMMARY;LANGUAGE=en-US:Referral mtg - Tsa'Kweh Lands - CP 412
DTSTART;TZID=Pacific Standard Time:20260210T100000
DTEND;TZID=Pacific Standard Time:20260210T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T214501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tsa'Kweh Nation Administration Building\, Lands bo
 ardroom
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-consultation-employer-nation",
        "040000008200E00074C5B7101A82E008000000002B690B2D3F40DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        "consultation-with-nation-that-owns-a-prospective-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Alec, Bernice":mailto:bernice.alec@yuzkeh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubichon, Meg
 an":mailto:maubichon@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Information sharing session between Yuzkeh Firs
 t Nation Lands & Resources and Nechako Timber: 2026 harvest plan for the K
 luskus operating area\, herbicide-free brushing commitments and the Elders
 ' site visit. Yuzkeh Forest Enterprises will present their BCTS sales.
UID:040000008200E00074C5B7101A82E008000000002B690B2D3F40DC0100000000000000
 0010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=en-US:Yuzkeh FN / Nechako Timber - information sharing
DTSTART;TZID=Pacific Standard Time:20260224T090000
DTEND;TZID=Pacific Standard Time:20260224T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260212T192211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Yuzkeh Band Office
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "iphone-field-visit-floating",
        "0B2D4F6A-8C1E-4A3C-9E5A-7C9E1A3C5E70",
        "cutblock-field-visit-handtyped",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260223T010101Z
DTSTAMP:20260223T010122Z
LAST-MODIFIED:20260223T010122Z
UID:0B2D4F6A-8C1E-4A3C-9E5A-7C9E1A3C5E70
DTSTART:20260226T063000
DTEND:20260226T170000
SUMMARY:field visit CB 412-05 w/ Dan + Tsa'Kweh monitors
LOCATION:Chinlac FSR km 31
DESCRIPTION:sat phone\, spray paint\, flagging. check the CMT trees + ripa
 rian
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-export-all-day-surveys",
        "1r3t5y7u9i1o3p5a7s9d1f3g5h@google.com",
        "all-day-multi-day-silviculture-surveys",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Owen - field
X-WR-TIMEZONE:America/Vancouver
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260601
DTEND;VALUE=DATE:20260606
DTSTAMP:20260615T032211Z
UID:1r3t5y7u9i1o3p5a7s9d1f3g5h@google.com
CREATED:20260410T172233Z
DESCRIPTION:Free growing + regen delay surveys\, Kluskus blocks (22-118\, 
 22-121\, 23-004). Crew: Owen\, Megan\, 2 students. Camp at Nazko.
LAST-MODIFIED:20260410T172233Z
LOCATION:Kluskus-Ootsa FSR
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FG surveys - Kluskus
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-certification-stakeholder-interviews",
        "040000008200E00074C5B7101A82E008000000003C7A1C3E5F51DC01000000000000000010000000B7B8B9C0C1C2C3C4C5C6C7C8C9D0D1D2",
        "certification-audit-stakeholder-interviews",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Fitch, Leanne":mailto:lfitch@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gill, Prabh (A
 uditor)":mailto:pgill@certaudit.example.com
DESCRIPTION;LANGUAGE=en-US:SFI recertification audit - day 2. The lead aud
 itor will conduct stakeholder interviews (trapline holders\, range tenure
  holders\, Tsa'Kweh Lands) by phone from the boardroom. Owen to host and 
 have the stakeholder contact list and referral log ready. Auditor may als
 o interview Owen on the FSP results and strategies.
UID:040000008200E00074C5B7101A82E008000000003C7A1C3E5F51DC0100000000000000
 0010000000B7B8B9C0C1C2C3C4C5C6C7C8C9D0D1D2
SUMMARY;LANGUAGE=en-US:SFI audit - stakeholder interviews (Owen hosts)
DTSTART;TZID=Pacific Standard Time:20260519T083000
DTEND;TZID=Pacific Standard Time:20260519T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260430T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Nechako Boardroom
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-german-audit-interview",
        "040000008200E00074C5B7101A82E008000000004D8B2D4F6062DC01000000000000000010000000D3D4D5D6D7D8D9E0E1E2E3E4E5E6E7E8",
        "german-interview-termin-certification-stakeholder",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Jonas":mailto:j.wagner@zertforst.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owhiteclou
 d@nechakotimber.example.ca:mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Whitecloud\,\n\nim Rahmen des
  FSC-Gruppenzertifikats unseres Kunden (Holzkäufer in Deutschland) führen
  wir Interviews mit Lieferanten und Forstbetrieben in British Columbia. W
 ir würden Sie gerne ca. 45 Minuten zu Herkunftsnachweis und Kontrollierte
 m Holz befragen (auf Englisch).\n\nDear Mr Whitecloud\, as part of our cl
 ient's FSC Controlled Wood due diligence we would like to interview you a
 bout chain of custody and origin of the fibre (in English).\n\nMit freundl
 ichen Grüßen\nJonas Wagner\, Lead Auditor\, ZertForst GmbH
UID:040000008200E00074C5B7101A82E008000000004D8B2D4F6062DC0100000000000000
 0010000000D3D4D5D6D7D8D9E0E1E2E3E4E5E6E7E8
SUMMARY;LANGUAGE=de-DE:Interview-Termin: Stakeholder-Befragung FSC Control
 led Wood - Nechako Timber
DTSTART;TZID=W. Europe Standard Time:20260429T170000
DTEND;TZID=W. Europe Standard Time:20260429T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "german-press-interview",
        "fut-redaktion-2026-0311-whitecloud@forst-technik.example.de",
        "german-trade-magazine-press-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:fut-redaktion-2026-0311-whitecloud@forst-technik.example.de
DTSTAMP:20260303T104400Z
DTSTART:20260311T160000Z
DTEND:20260311T170000Z
SUMMARY:Interview für "Forst & Technik": Waldbrand-Sanierung in British Col
 umbia
ORGANIZER;CN=Miriam Keller (Redaktion Forst & Technik):mailto:m.keller@fors
 t-technik.example.de
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:o
 wen.whitecloud@shaw.ca
DESCRIPTION:Lieber Owen\,\n\nvielen Dank\, dass Sie sich Zeit für das Inter
 view nehmen. Themen: Salvage Logging nach den Bränden 2023-2025\, Wiederau
 fforstung\, Zusammenarbeit mit First Nations. Das Gespräch führen wir auf
  Englisch\, ich übersetze. Der Artikel erscheint in Heft 6/2026.\n\nZoom:
  https://us02web.zoom.us/j/81990023417\n\nMiriam Keller\, Redakteurin
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-performance-conversation",
        "040000008200E00074C5B7101A82E008000000005E9C3E5071A3DC01000000000000000010000000E9F0F1F2F3F4F5F6F7F8F9A0A1A2A3A4",
        "own-annual-performance-conversation-with-manager",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Grant":mailto:glindqvist@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Annual performance & development conversation. P
 lease complete your self-assessment in the HR portal beforehand (2025 goa
 ls\, development plan\, career interests for 2026-2027).
UID:040000008200E00074C5B7101A82E008000000005E9C3E5071A3DC0100000000000000
 0010000000E9F0F1F2F3F4F5F6F7F8F9A0A1A2A3A4
SUMMARY;LANGUAGE=en-US:Performance conversation - Owen / Grant
DTSTART;TZID=Pacific Standard Time:20260127T090000
DTEND;TZID=Pacific Standard Time:20260127T100000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260112T164522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Grant's office
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-mock-panel-interview",
        "d4f6b8a0-e2c4-4b6d-8f1a-3c5e7a9b1d53",
        "mock-panel-interview-with-career-coach",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:d4f6b8a0-e2c4-4b6d-8f1a-3c5e7a9b1d53
DTSTAMP:20260214T193000Z
DTSTART:20260219T020000Z
DTEND:20260219T030000Z
SUMMARY:Owen Whitecloud and Bridget Ngata
ORGANIZER;CN=Bridget Ngata:mailto:bridget@summitcareercoaching.example.ca
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:o
 wen.whitecloud@shaw.ca
LOCATION:https://us05web.zoom.us/j/84123377602
DESCRIPTION:Event Name: Mock Panel Interview (60 min) - practice session\n
 \nLocation: Zoom\n\nPlease share anything that will help prepare for our m
 eeting.: BC Public Service panel next week (Fuel Management Specialist). 
 Want to practise STAR answers and the competency questions.\n\nSummit Car
 eer Coaching - this is a practice session\, not an employer interview.\n\n
 Powered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "zoom-webinar-about-interviews",
        "zw-91720044181-20260128@zoom.example.us",
        "webinar-about-public-service-behavioural-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260120T174500Z
DTSTART:20260128T200000Z
DTEND:20260128T210000Z
SUMMARY:Webinar: Cracking the BC Public Service behavioural interview
UID:zw-91720044181-20260128@zoom.example.us
DESCRIPTION:Thank you for registering for "Cracking the BC Public Service b
 ehavioural interview". Hosted by Northern Career Connections. Topics: how 
 standardized assessments work\, the competency dictionary\, STAR answers\,
  what panels score.\n\nJoin from a PC\, Mac\, iPad\, or Android: https://
 us06web.zoom.us/w/91720044181?tk=Xq8\nWebinar ID: 917 2004 4181
LOCATION:https://us06web.zoom.us/w/91720044181?tk=Xq8
ORGANIZER;CN=Northern Career Connections:mailto:events@northerncareers.exa
 mple.ca
ATTENDEE;CN=Owen Whitecloud;RSVP=TRUE:mailto:owen.whitecloud@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "press-interview-newspaper",
        "040000008200E00074C5B7101A82E008000000006FAD4F6182B4DC01000000000000000010000000A5A6A7A8A9B0B1B2B3B4B5B6B7B8B9C0",
        "newspaper-press-interview-on-salvage-harvest",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Fitch, Leanne":mailto:lfitch@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc-André Ch
 ouinard:mailto:mchouinard@pgdailypost.example.ca
DESCRIPTION;LANGUAGE=en-US:Media interview: Marc-André Chouinard\, reporter
  with the PG Daily Post\, is writing about burned timber salvage and repl
 anting. Owen is the company spokesperson for this one. Key messages doc i
 n Comms folder. Phone interview\, ~20 min.
UID:040000008200E00074C5B7101A82E008000000006FAD4F6182B4DC0100000000000000
 0010000000A5A6A7A8A9B0B1B2B3B4B5B6B7B8B9C0
SUMMARY;LANGUAGE=en-US:Media interview - PG Daily Post (salvage)
DTSTART;TZID=Pacific Standard Time:20260415T140000
DTEND;TZID=Pacific Standard Time:20260415T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260413T220033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - reporter calls Owen's desk
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "research-interview-grad-student",
        "7y9u1i3o5p7a9s1d3f5g7h9j1k@google.com",
        "graduate-research-interview-consent-form",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260226T153000
DTEND;TZID=America/Vancouver:20260226T163000
DTSTAMP:20260219T040011Z
ORGANIZER;CN=Aiyana Quock:mailto:aquock@niu-grad.example.ca
UID:7y9u1i3o5p7a9s1d3f5g7h9j1k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aiyana
  Quock;X-NUM-GUESTS=0:mailto:aquock@niu-grad.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
DESCRIPTION:Research interview - MSc thesis "Co-management of forest lands
  in the Omineca: licensee perspectives". Semi-structured\, about 60 min\,
  recorded with your consent (form attached\, REB approval #2025-118). You
  can withdraw at any time.\n\nAiyana Quock\, Northern Interior University\n
 \nJoin with Google Meet: https://meet.google.com/tro-yqve-nkd\n\nInvitati
 on from Google Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/tro-yqve-nkd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview: Owen Whitecloud (NIU co-management study)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "informational-coffee",
        "A2C4E6F8-0A1B-4C3D-8E5F-6A7B8C9D0E14",
        "informational-coffee-with-former-colleague",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
{VANCOUVER_APPLE}
BEGIN:VEVENT
CREATED:20260109T200000Z
DTSTAMP:20260109T200011Z
LAST-MODIFIED:20260109T200011Z
UID:A2C4E6F8-0A1B-4C3D-8E5F-6A7B8C9D0E14
DTSTART;TZID=America/Vancouver:20260114T070000
DTEND;TZID=America/Vancouver:20260114T080000
SUMMARY:Coffee w/ Marnie Holt - pick her brain re consulting
LOCATION:Ritual Coffee\, 3rd Ave
DESCRIPTION:she went from a licensee to consulting 2 yrs ago. ask how she
  found clients\, rates\, whether Kamloops firms are hiring. not a job thin
 g\, just info
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "job-fair-all-day",
        "8u0i2o4p6a8s0d2f4g6h8j0k2l@google.com",
        "forestry-career-expo-attendee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:owen.whitecloud@shaw.ca
X-WR-TIMEZONE:America/Vancouver
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260131
DTEND;VALUE=DATE:20260201
DTSTAMP:20260210T011500Z
UID:8u0i2o4p6a8s0d2f4g6h8j0k2l@google.com
CREATED:20260115T041233Z
DESCRIPTION:Northern BC Forestry & Resource Careers Expo\, 10-4. 40+ emplo
 yers (licensees\, BCWS\, consultants\, FN development corps). Bring 15 res
 umes. Free parking.
LAST-MODIFIED:20260115T041233Z
LOCATION:Prince George Civic Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forestry Careers Expo
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "reference-call-user-is-referee",
        "040000008200E00074C5B7101A82E0080000000070BE507293C5DC01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6",
        "user-is-referee-for-former-employee-same-ministry-panel",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Tanaka, Lisa FOR:EX":mailto:lisa.tanaka@gov.bc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Hello Owen\,\n\nJess Tremblay has named you as a
  reference for the Resource Stewardship Technician competition (#119340).
  I'd like to book 20 minutes to ask you the standard reference questions 
 about her time as a forestry technician on your team. I will call your d
 esk line.\n\nLisa Tanaka\, District Manager\, Prince George Natural Resou
 rce District
UID:040000008200E00074C5B7101A82E0080000000070BE507293C5DC0100000000000000
 0010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6
SUMMARY;LANGUAGE=en-US:Reference check - Jess Tremblay (comp. 119340)
DTSTART;TZID=Pacific Standard Time:20260408T110000
DTEND;TZID=Pacific Standard Time:20260408T112000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T200012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "prep-block",
        "E3F5A7C9-1D2E-4F3A-9B4C-5D6E7F8A9B01",
        "prep-block-before-own-final-panel",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
{VANCOUVER_APPLE}
BEGIN:VEVENT
CREATED:20260201T180000Z
DTSTAMP:20260201T180009Z
LAST-MODIFIED:20260201T180009Z
UID:E3F5A7C9-1D2E-4F3A-9B4C-5D6E7F8A9B01
DTSTART;TZID=America/Vancouver:20260204T190000
DTEND;TZID=America/Vancouver:20260204T210000
SUMMARY:PREP - Stuart River final panel
DESCRIPTION:reread their FSP + annual report. STAR stories: referral confl
 ict CP 412\, contractor safety incident 2024\, salvage cut plan. questions
  for Jocelyn. iron shirt.
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thank-you-reminder",
        "B5D7F9A1-3C4E-4A5B-8C6D-7E8F9A0B1C22",
        "thank-you-note-reminder-after-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260128T200000Z
DTSTAMP:20260128T200004Z
LAST-MODIFIED:20260128T200004Z
UID:B5D7F9A1-3C4E-4A5B-8C6D-7E8F9A0B1C22
DTSTART;VALUE=DATE:20260129
DTEND;VALUE=DATE:20260130
SUMMARY:send thank-yous - Cariboo Interior panel (Bradley\, Carla\, Aline)
SEQUENCE:0
TRANSP:TRANSPARENT
BEGIN:VALARM
UID:2F4A6C8E-0B1D-4E3F-9A5C-7E9B1D3F5A66
TRIGGER;VALUE=DATE-TIME:20260129T160000Z
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "recruiter-no-employer-yet",
        "9i1o3p5a7s9d1f3g5h7j9k1l3z@google.com",
        "recruiter-confidential-search-no-employer-named",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260429T121500
DTEND;TZID=America/Vancouver:20260429T124500
DTSTAMP:20260424T180522Z
ORGANIZER;CN=Hayley Brandt:mailto:hayley@timberlinesearch.example.com
UID:9i1o3p5a7s9d1f3g5h7j9k1l3z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hayley
  Brandt;X-NUM-GUESTS=0:mailto:hayley@timberlinesearch.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
DESCRIPTION:Owen - quick catch-up. I have a new confidential search (Chief 
 Forester\, mid-size Interior licensee - can't name the client until they
  approve a shortlist) and wanted to see if you'd be open to it. No prep n
 eeded.\n\nHayley\n\nJoin with Google Meet: https://meet.google.com/wbn-ur
 tx-zqa\n\nInvitation from Google Calendar: https://calendar.google.com/ca
 lendar/
LOCATION:https://meet.google.com/wbn-urtx-zqa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hayley (Timberline) / Owen - confidential Chief Forester search
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
