# ruff: noqa: E501
"""holdout251 events, part D: the user on the hiring or assessing side (casting, PA interviews, kits, debriefs)."""
from holdout251ev_zones import (
    APPLE,
    EXCHANGE,
    GCAL,
    OUTLOOK,
    THUNDERBIRD,
    TZ_BERLIN,
    TZ_EASTERN_WIN,
    TZ_MEXICO,
    TZ_TORONTO,
    esc,
    ev,
    gfooter,
    teams,
)

ME_W = "marcolivier.chen@northlightpictures.ca"
ME_P = "mo.chen.prod@gmail.com"

EVENTS = []


def h(kind, uid, ics, trap):
    EVENTS.append(ev(kind, uid, ics, trap="user-as-interviewer-" + trap, hiring=True))


# D1 casting callbacks run by the user
d = ("Callbacks - role of JESS (ep 204/205). Sides attached. Readers: Tamara. Casting director: Olu Bankole.\n"
     "10:00 Priya Dhillon\n10:20 Hannah Ostrowski\n10:40 Renata Cruz\n11:00 break\n11:15 Sasha Mendel\n\n"
     "MO running the room / camera op: Dev from office.")
h("exchange-casting-callbacks", "040000008200E00074C5B7101A82E00800000000CA11BAC4D2E1DC01000000000000000010000000CB01",
f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bankole, Olu":mailto:olu@bankolecasting.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Szabo, Tamara":mailto:tszabo@northlightpictures.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="QN-Casting Room":mailto:qn.casting@northlightpictures.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000CA11BAC4D2E1DC01000000000000000010000000CB01
SUMMARY;LANGUAGE=en-US:Casting Callbacks - JESS (204/205)
DTSTART;TZID=Eastern Standard Time:20260318T100000
DTEND;TZID=Eastern Standard Time:20260318T120000
DTSTAMP:20260313T202000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:QN-Casting Room
END:VEVENT
END:VCALENDAR
""", "casting-callbacks-actors-as-candidates")

# D2 auditions background featured, Google from casting
d = ("Auditions - featured background (Officer Dunn's partner, Nurse #2, Dockworker). 5-min slots, "
     "self-tapes accepted for out-of-town. MO to approve final picks with 1st AD." + gfooter())
h("google-auditions-featured-bg", "9a4k1m7q3v0s8h5d2t6c9n1lbf@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260324T130000
DTEND;TZID=America/Toronto:20260324T170000
DTSTAMP:20260320T140000Z
ORGANIZER;CN=Stillwater Extras Casting:mailto:bookings@stillwaterextras.ca
UID:9a4k1m7q3v0s8h5d2t6c9n1lbf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marc-Olivier Chen;X-NUM-GUESTS=0:mailto:{ME_W}
DESCRIPTION:{esc(d)}
LOCATION:Northlight Pictures - Stage 2 green room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auditions - featured BG - The Quiet Narrows S2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "auditions-featured-background")

# D3 Calendly host notification: office PA interview booked with the user
d = ("Hi Marc-Olivier Chen,\n\nA new event has been scheduled.\n\nEvent Type: Office PA interview (15 min)\n"
     "Invitee: Liam Ortiz\nInvitee Email: liam.ortiz.pa@gmail.com\n\nQuestions:\nDo you have a G licence? Yes\n"
     "Available from April 6? Yes\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\n"
     "Powered by Calendly.com")
h("calendly-host-office-pa", "c41f0e8b-7a2d-4b3c-91e5-60d8f2a7b9c4@calendly.com",
f"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c41f0e8b-7a2d-4b3c-91e5-60d8f2a7b9c4@calendly.com
DTSTAMP:20260326T181000Z
DTSTART:20260331T143000Z
DTEND:20260331T144500Z
SUMMARY:Office PA interview (15 min) between Marc-Olivier Chen and Liam Ortiz
ORGANIZER;CN=Marc-Olivier Chen:mailto:{ME_W}
ATTENDEE;CN=Liam Ortiz;PARTSTAT=ACCEPTED:mailto:liam.ortiz.pa@gmail.com
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=ACCEPTED:mailto:{ME_W}
LOCATION:The Quiet Narrows production office\\, 1 Northlight Way\\, Toronto
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "calendly-host-pa-interview")

# D4 Greenhouse interview kit sent to the user as interviewer
d = ("You're interviewing Jordan Kaur for Production Secretary - The Quiet Narrows S2.\n\n"
     "Interview Kit: https://app.greenhouse.io/guides/88412/people/55301?application_id=771203\n"
     "Focus attributes: attention to detail, call sheet distribution, confidentiality.\n"
     "Please submit your scorecard within 24 hours.\n\nPowered by Greenhouse")
h("greenhouse-interview-kit", "gh-kit-5530177-mchen@northlightpictures.ca",
f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-kit-5530177-mchen@northlightpictures.ca
DTSTAMP:20260402T130000Z
DTSTART:20260407T140000Z
DTEND:20260407T143000Z
SUMMARY:Interview with Jordan Kaur - Production Secretary (Interview Kit inside)
ORGANIZER;CN=Northlight Pictures Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_W}
LOCATION:QN Production Office - Coordinator desk
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "greenhouse-kit-candidate-named")

# D5 scorecard reminder, all-day
h("outlook-scorecard-reminder", "040000008200E00074C5B7101A82E00800000000DEC0DE0102E2DC01000000000000000010000000DE02",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
UID:040000008200E00074C5B7101A82E00800000000DEC0DE0102E2DC01000000000000000010000000DE02
SUMMARY;LANGUAGE=en-US:Submit scorecards - Production Secretary candidates (Kaur\\, Mensah)
DTSTART;VALUE=DATE:20260408
DTEND;VALUE=DATE:20260409
DTSTAMP:20260407T150000Z
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
DESCRIPTION;LANGUAGE=en-US:Greenhouse overdue scorecards. Rate on 1-4 scale.
END:VEVENT
END:VCALENDAR
""", "scorecard-reminder-all-day")

# D6 debrief after PA interviews
d = ("Debrief: locations PA candidates (4 interviewed). Bring notes. Decision needed before tech scout Friday.\n\n"
     + teams("298 441 705 336", "Db9qWe", "661 207 885"))
h("teams-hiring-debrief", "040000008200E00074C5B7101A82E00800000000DB1EF00203E2DC01000000000000000010000000DB03",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Nakamura, Joel":mailto:jnakamura@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferris, Anouk":mailto:aferris@northlightpictures.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000DB1EF00203E2DC01000000000000000010000000DB03
SUMMARY;LANGUAGE=en-US:Debrief - Locations PA interviews
DTSTART;TZID=Eastern Standard Time:20260415T170000
DTEND;TZID=Eastern Standard Time:20260415T173000
DTSTAMP:20260414T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "debrief-after-pa-interviews")

# D7 candidate's accepted reply to the user's interview invite (METHOD:REPLY)
h("reply-candidate-accepted", "040000008200E00074C5B7101A82E00800000000ACC3F70404E2DC01000000000000000010000000AC04",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260409T150000Z
DTEND:20260409T153000Z
DTSTAMP:20260406T230118Z
ORGANIZER;CN=Chen\\, Marc-Olivier:mailto:{ME_W}
UID:040000008200E00074C5B7101A82E00800000000ACC3F70404E2DC01000000000000000010000000AC04
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jasmine Oduya;X-NUM-GUESTS=0:mailto:jas.oduya@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview - Assistant Production Office Coordinator (APOC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "candidate-accepted-reply-apoc")

# D8 agency presenting a candidate to the user
d = ("Hi Marc-Olivier,\n\nFollowing up on your APOC brief - I'd like to present Priya Natarajan (2 seasons APOC "
     "on a network procedural, Movie Magic, knows ACTRA paperwork). 20 min call so I can walk you through her "
     "profile and availability; she's also on hold for another show so sooner is better.\n\nTom Brisebois\nCrewhouse Talent")
h("outlook-agency-presents-candidate", "040000008200E00074C5B7101A82E00800000000A9E57A0505E2DC01000000000000000010000000A905",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Brisebois, Tom":mailto:tom.brisebois@crewhousetalent.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000A9E57A0505E2DC01000000000000000010000000A905
SUMMARY;LANGUAGE=en-US:Crewhouse: candidate presentation - APOC (P. Natarajan)
DTSTART;TZID=Eastern Standard Time:20260305T120000
DTEND;TZID=Eastern Standard Time:20260305T122000
DTSTAMP:20260303T210000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""", "agency-presents-candidate-same-agency-as-own-search")

# D9 self-tape review block
h("ios-self-tape-review", "3E1A7C9B-5D2F-4A8E-B6C0-9D1E2F3A4B5C",
f"""BEGIN:VCALENDAR
VERSION:2.0
{APPLE}
CALSCALE:GREGORIAN
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260321T011500Z
UID:3E1A7C9B-5D2F-4A8E-B6C0-9D1E2F3A4B5C
DTSTART;TZID=America/Toronto:20260322T190000
DTEND;TZID=America/Toronto:20260322T210000
SUMMARY:review self-tapes OFFICER DUNN (guest star 206) - shortlist 3 for Olu
DTSTAMP:20260321T011530Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "self-tape-review-shortlist")

# D10 APOC interview organised by the user, Teams
d = ("Hi Keira,\n\nThanks for applying for APOC on The Quiet Narrows S2. I'd like to meet you over Teams. "
     "We'll talk about your office experience, start paperwork and availability from April 20.\n\n"
     "Marc-Olivier Chen\nProduction Coordinator, The Quiet Narrows S2 | Northlight Pictures\n\n"
     + teams("277 330 918 640", "Qn2sAp", "390 612 778"))
h("teams-user-interviews-apoc", "040000008200E00074C5B7101A82E00800000000A9C0C70606E2DC01000000000000000010000000A906",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=keira.lafontaine@gmail.com:mailto:keira.lafontaine@gmail.com
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000A9C0C70606E2DC01000000000000000010000000A906
SUMMARY;LANGUAGE=en-US:Interview - APOC - Keira Lafontaine
DTSTART;TZID=Eastern Standard Time:20260410T133000
DTEND;TZID=Eastern Standard Time:20260410T140000
DTSTAMP:20260406T190000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "user-organises-apoc-interview")

# D11 user as panelist for an internal hire at his employer
d = ("Thanks for agreeing to sit on the panel for Production Accountant (2nd asst). Candidate: Mireille Santos. "
     "Panel: Lydia Ng (lead), Marc-Olivier Chen. Questions doc in the Hiring folder.")
h("outlook-user-panelist", "040000008200E00074C5B7101A82E00800000000BA7E10707E2DC010000000000000000010000000BA07",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Ng, Lydia":mailto:lng@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mireille Santos:mailto:mireille.santos@example-mail.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="TOR-Boardroom 1 (8)":mailto:tor-boardroom1@northlightpictures.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000BA7E10707E2DC010000000000000000010000000BA07
SUMMARY;LANGUAGE=en-US:Panel Interview - Production Accountant (2nd Asst) - M. Santos
DTSTART;TZID=Eastern Standard Time:20260421T100000
DTEND;TZID=Eastern Standard Time:20260421T110000
DTSTAMP:20260415T140000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-Boardroom 1 (8)
END:VEVENT
END:VCALENDAR
""", "panelist-on-internal-hire-same-employer")

# D12 trial day of an office PA candidate shadowing the user
h("thunderbird-pa-trial-day", "7a9c1e3f-5b7d-4f9a-8c0e-2b4d6f8a0c2e",
f"""BEGIN:VCALENDAR
{THUNDERBIRD}
VERSION:2.0
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260412T210000Z
DTSTAMP:20260412T210030Z
UID:7a9c1e3f-5b7d-4f9a-8c0e-2b4d6f8a0c2e
SUMMARY:Trial day - Kiara B. (office PA) shadows MO - runs\\, photocopies\\, call sheets
DTSTART;TZID=America/Toronto:20260414T080000
DTEND;TZID=America/Toronto:20260414T170000
LOCATION:QN production office
DESCRIPTION:Pay day rate $220. Decide by EOD whether to offer the rest of block 2.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "pa-trial-day-user-supervises")

# D13 reference check the user makes about a driver candidate
h("ios-reference-check-candidate", "B2C4D6E8-0A1B-4C3D-9E5F-6A7B8C9D0E1F",
f"""BEGIN:VCALENDAR
VERSION:2.0
{APPLE}
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260327T161000Z
UID:B2C4D6E8-0A1B-4C3D-9E5F-6A7B8C9D0E1F
DTSTART:20260330T091500
DTEND:20260330T093000
SUMMARY:ref check call - Tomasz W. (driver cand.) - call his old TC 905-555-0118
DTSTAMP:20260327T161020Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "reference-check-caller-on-candidate")

# D14 Microsoft Bookings: new booking for the user's PA interview page (host view)
d = ("New booking\n\nService: Set PA interview\nStaff: Marc-Olivier Chen\nCustomer: Aaliyah Grant\n"
     "Customer email: aaliyah.grant@example-mail.ca\nCustomer phone: 647-555-0131\n\nThe Quiet Narrows S2 - Hiring")
h("ms-bookings-host-set-pa", "AAMkAGQ2ZWMxYjRlLTcwMTEtNDcwNy1iYTQ0LTRmZDI2MzQ4ZWYzNABGAAAAAAD2",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
UID:AAMkAGQ2ZWMxYjRlLTcwMTEtNDcwNy1iYTQ0LTRmZDI2MzQ4ZWYzNABGAAAAAAD2
DTSTAMP:20260401T140000Z
DTSTART;TZID=Eastern Standard Time:20260403T160000
DTEND;TZID=Eastern Standard Time:20260403T161500
SUMMARY:Set PA interview - Aaliyah Grant
ORGANIZER;CN=QN S2 Hiring:mailto:QNS2Hiring@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Aaliyah Grant:mailto:aaliyah.grant@example-mail.ca
LOCATION:QN production office
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "ms-bookings-staff-is-user")

# D15 chemistry reads organised by the user
h("google-chemistry-reads", "4d8h1q5m9v2s6k0t3c7n4b8lpj@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260402T140000
DTEND;TZID=America/Toronto:20260402T170000
DTSTAMP:20260327T200000Z
ORGANIZER;CN=Marc-Olivier Chen:mailto:{ME_W}
UID:4d8h1q5m9v2s6k0t3c7n4b8lpj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olu Bankole;X-NUM-GUESTS=0:mailto:olu@bankolecasting.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hester Mwangi (director);X-NUM-GUESTS=0:mailto:hester.mwangi@example-mail.ca
DESCRIPTION:Chemistry reads for the two leads of the 207-208 arc. 4 pairings\\, 30 min each. Network exec dialling in for last pairing.
LOCATION:QN-Casting Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chemistry reads - leads 207/208
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "chemistry-reads-organised-by-user")

# D16 French: user interviews production assistants for the Montréal unit
d = ("Entrevues - assistants de production (unité Montréal, bloc 3)\n14 h 00 Élodie Ricard\n14 h 20 Samuel Djebbar\n"
     "14 h 40 Nathan Côté\nMO + Martine (régisseuse) posent les questions. Grille d'évaluation dans le dossier.")
h("outlook-french-entrevues-pa", "040000008200E00074C5B7101A82E00800000000F1E4C00808E2DC01000000000000000010000000F108",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lavoie, Martine":mailto:martine.lavoie@example-regie.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000F1E4C00808E2DC01000000000000000010000000F108
SUMMARY;LANGUAGE=fr-CA:Entrevues - assistants de production (unité Montréal)
DTSTART;TZID=Eastern Standard Time:20260427T140000
DTEND;TZID=Eastern Standard Time:20260427T150000
DTSTAMP:20260422T130000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Zoom
END:VEVENT
END:VCALENDAR
""", "french-entrevues-user-asks-questions")

# D17 Spanish: user interviews a locations assistant for the Mexico service unit
d = ("Entrevista con candidato: asistente de locaciones para la unidad de servicio en CDMX (2 días de rodaje). "
     "Entrevistan: Marc-Olivier Chen y Paola Ruiz (jefa de locaciones). Candidato: Andrés Villalobos.")
h("google-spanish-user-entrevista-candidato", "6v1m8q3k0s7h2d5t9c4n6b3lpr@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MEXICO}BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260505T100000
DTEND;TZID=America/Mexico_City:20260505T103000
DTSTAMP:20260430T160000Z
ORGANIZER;CN=Paola Ruiz:mailto:paola.ruiz@servicioscinealba.mx
UID:6v1m8q3k0s7h2d5t9c4n6b3lpr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrés Villalobos;X-NUM-GUESTS=0:mailto:andres.villalobos@example-correo.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcolivier.chen@northlightpictures.ca;X-NUM-GUESTS=0:mailto:{ME_W}
DESCRIPTION:{esc(d + gfooter('pzk-rwdt-hvo', lang='es'))}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista candidato - asistente de locaciones CDMX
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "spanish-entrevista-candidato-user-interviews")

# D18 German: Bewerbungsgespräch of an intern for the co-production office, user sits in
d = ("Bewerbungsgespräch Praktikum Produktionsbüro (Koproduktion The Quiet Narrows / Elbfilm). Bewerberin: Lea Brandstätter. "
     "Gesprächsführung: Frauke Lindner (Elbfilm) und Marc-Olivier Chen (Northlight). Bitte Bewertungsbogen ausfüllen.")
h("outlook-german-bewerbungsgespraech-praktikum", "040000008200E00074C5B7101A82E00800000000E1BF10909E2DC010000000000000000010000000E109",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}BEGIN:VEVENT
ORGANIZER;CN="Lindner, Frauke":mailto:f.lindner@elbfilm-produktion.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lea Brandstätter:mailto:lea.brandstaetter@example-post.de
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000E1BF10909E2DC010000000000000000010000000E109
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Praktikum Produktionsbüro - L. Brandstätter
DTSTART;TZID=Europe/Berlin:20260416T170000
DTEND;TZID=Europe/Berlin:20260416T173000
DTSTAMP:20260410T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "german-bewerbungsgespraech-user-interviews-intern")

# D19 Lever feedback request to the user as interviewer
d = ("Feedback requested\n\nYou interviewed Ana Ribeiro for Production Secretary yesterday. Please leave your "
     "feedback in Lever: https://hire.lever.co/candidates/0f1e2d3c/feedback\n\nThis calendar hold was added by Lever "
     "so you have time to complete the form.")
h("lever-feedback-hold", "lever-fb-0f1e2d3c-4b5a-6978-8a9b-c0d1e2f3a4b5",
f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-fb-0f1e2d3c-4b5a-6978-8a9b-c0d1e2f3a4b5
DTSTAMP:20260413T210000Z
DTSTART:20260414T190000Z
DTEND:20260414T191500Z
SUMMARY:Feedback: Ana Ribeiro - Production Secretary
ORGANIZER;CN=Lever:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_W}
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "lever-feedback-hold-after-interviewing")

# D20 availability check calls to 1st AD candidates from the DGC list
h("macos-avail-check-calls", "C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E0F",
f"""BEGIN:VCALENDAR
VERSION:2.0
{'PRODID:-//Apple Inc.//macOS 14.4//EN'}
CALSCALE:GREGORIAN
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260406T020000Z
UID:C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E0F
DTSTART;TZID=America/Toronto:20260406T090000
DTEND;TZID=America/Toronto:20260406T103000
SUMMARY:Avail checks - 1st AD cands (DGC list) for block 3 - call 5\\, shortlist 2 for LP
DESCRIPTION:Bouchard\\, Oyelaran\\, Petrie\\, Kaminski\\, Delacroix. Ask: dates\\, rate\\, first or second hold elsewhere?
DTSTAMP:20260406T020010Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "avail-check-calls-to-crew-candidates")

# D21 recurring PA interview block with an override (user interviews)
h("outlook-recurring-pa-interviews-override", "040000008200E00074C5B7101A82E00800000000EC0B1A1010E2DC01000000000000000010000000EC10",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:PUBLISH
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
UID:040000008200E00074C5B7101A82E00800000000EC0B1A1010E2DC01000000000000000010000000EC10
SUMMARY;LANGUAGE=en-US:Set PA interviews (block 3 hires) - walk-ins from PA list
DTSTART;TZID=Eastern Standard Time:20260428T150000
DTEND;TZID=Eastern Standard Time:20260428T163000
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU
DTSTAMP:20260424T120000Z
LOCATION;LANGUAGE=en-US:QN production office - kitchen table
DESCRIPTION;LANGUAGE=en-US:15-min slots. Check: G licence\\, WHMIS\\, availability for nights.
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Chen, Marc-Olivier":mailto:{ME_W}
UID:040000008200E00074C5B7101A82E00800000000EC0B1A1010E2DC01000000000000000010000000EC10
RECURRENCE-ID;TZID=Eastern Standard Time:20260505T150000
SUMMARY;LANGUAGE=en-US:Set PA interviews (block 3 hires) - MOVED to base camp trailer
DTSTART;TZID=Eastern Standard Time:20260505T160000
DTEND;TZID=Eastern Standard Time:20260505T173000
DTSTAMP:20260501T120000Z
LOCATION;LANGUAGE=en-US:Base camp - production trailer
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "recurring-pa-interviews-with-override")
