# ruff: noqa: E501
"""holdout251 events, part A: the user's own interviews (internal, studios, broadcaster, Montréal, Europe)."""
from holdout251ev_zones import (
                                APPLE,
                                EXCHANGE,
                                GCAL,
                                OUTLOOK,
                                TZ_EASTERN_WIN,
                                TZ_MADRID,
                                TZ_MONTREAL,
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

# A1 internal posting, hiring manager, Exchange with VTIMEZONE, SENT-BY, room, X-ALT-DESC
d = ("Hi Marc-Olivier,\n\nThanks for putting your name forward for the Production Manager posting on Coldwater "
     "(internal req NP-26-014). Let's sit down and talk through the role, your prep plan and how you'd "
     "staff the office. Talent team has attached the posting for reference.\n\nSandra")
EVENTS.append(ev("exchange-internal-posting", "040000008200E00074C5B7101A82E00800000000B0C3F2A1D7C4DC01000000000000000010000000A4F1",
f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Okafor, Sandra";SENT-BY="mailto:talent@northlightpictures.ca":mailto:sokafor@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TOR-Boardroom 3 (12)":mailto:tor-boardroom3@northlightpictures.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000B0C3F2A1D7C4DC01000000000000000010000000A4F1
SUMMARY;LANGUAGE=en-US:Conversation re: Production Manager - Coldwater (internal posting)
DTSTART;TZID=Eastern Standard Time:20260414T160000
DTEND;TZID=Eastern Standard Time:20260414T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T191204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-Boardroom 3 (12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Marc-Olivier\\,</p><p>Thanks for putting your name forward for the Production Manager posting on Coldwater (internal req NP-26-014). Let's sit down and talk through the role.</p><p>Sandra</p></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Northlight Pictures", "Production Manager", "hiring_manager", "sokafor@northlightpictures.ca",
"internal-posting-own-employer-conversation"))

# A2 internal final, Outlook "(UTC-05:00)" zone without VTIMEZONE
d = ("Final step for the Coldwater PM posting. Ray would like 30 min before the greenlight meeting. "
     "Sandra will join.\n\n" + teams("284 551 903 127", "7xQ2pL", "418 273 650"))
EVENTS.append(ev("outlook-internal-final", "040000008200E00074C5B7101A82E00800000000D1E8A4C19BCFDC01000000000000000010000000F2B7",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Desjardins, Ray":mailto:rdesjardins@northlightpictures.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_W}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Okafor, Sandra":mailto:sokafor@northlightpictures.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000D1E8A4C19BCFDC01000000000000000010000000F2B7
SUMMARY;LANGUAGE=en-US:PM Coldwater - final chat (RD / MOC)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260428T091500
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260428T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260422T132755Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_284551903127%40thread.v2/0
END:VEVENT
END:VCALENDAR
""", 1, "Northlight Pictures", "Production Manager", "final",
"rdesjardins@northlightpictures.ca;sokafor@northlightpictures.ca", "internal-final-initials-summary"))

# A3 Greenhouse recruiter screen, UTC times, Zoom
d = ("Hi Marc-Olivier,\n\nYou're confirmed for a phone/video interview with Maplewood Studios for the "
     "Production Manager, Series role.\n\nInterviewer: Jess Amankwah (Talent Partner)\nDuration: 30 minutes\n\n"
     + zoom("843 2219 7750", "Q2xWb3JkMTIzNDU2") +
     "\n\nNeed to reschedule? Reply to this email and our coordinator will help.\n\nPowered by Greenhouse")
EVENTS.append(ev("greenhouse-zoom-screen", "gh-8a41f3c0-2d2e-4b1c-9d17-5c1f0e4471aa@maplewoodstudios.ca",
f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-8a41f3c0-2d2e-4b1c-9d17-5c1f0e4471aa@maplewoodstudios.ca
DTSTAMP:20260318T150211Z
DTSTART:20260324T170000Z
DTEND:20260324T173000Z
SUMMARY:Interview with Maplewood Studios - Production Manager\\, Series
ORGANIZER;CN=Maplewood Studios Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Marc-Olivier Chen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Jess Amankwah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jess.amankwah@maplewoodstudios.ca
LOCATION:https://us06web.zoom.us/j/84322197750
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Maplewood Studios", "Production Manager, Series", "recruiter_screen",
"jess.amankwah@maplewoodstudios.ca", "greenhouse-utc-talent-partner"))

# A4 Greenhouse onsite itinerary with three interviewers
d = ("Onsite interview itinerary - Marc-Olivier Chen\nProduction Manager, Series\n\n"
     "10:00-10:45  Greg Ferreira, VP Physical Production\n"
     "10:45-11:30  Alisha Mohan, Head of Production Finance (budget walkthrough)\n"
     "11:30-12:00  Nate Ocampo, Studio Operations Manager (stage tour)\n\n"
     "Please check in at Security, Gate 2, with government-issued ID. Parking in lot C.\n\n"
     "Powered by Greenhouse")
EVENTS.append(ev("greenhouse-onsite-itinerary", "gh-f7702b9e-1c55-4a07-8e08-35d1bd0c2290@maplewoodstudios.ca",
f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:gh-f7702b9e-1c55-4a07-8e08-35d1bd0c2290@maplewoodstudios.ca
DTSTAMP:20260327T183300Z
DTSTART;TZID=America/Toronto:20260402T100000
DTEND;TZID=America/Toronto:20260402T120000
SUMMARY:Onsite Interview: Production Manager\\, Series (Marc-Olivier Chen)
ORGANIZER;CN=Maplewood Studios Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Greg Ferreira;PARTSTAT=ACCEPTED:mailto:gferreira@maplewoodstudios.ca
ATTENDEE;CN=Alisha Mohan;PARTSTAT=ACCEPTED:mailto:amohan@maplewoodstudios.ca
ATTENDEE;CN=Nate Ocampo;PARTSTAT=TENTATIVE:mailto:nocampo@maplewoodstudios.ca
LOCATION:Maplewood Studios\\, 40 Kipling Yard Rd\\, Etobicoke\\, ON M8Z 0A0 - Production Bldg B
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Maplewood Studios", "Production Manager, Series", "onsite",
"gferreira@maplewoodstudios.ca;amohan@maplewoodstudios.ca;nocampo@maplewoodstudios.ca",
"greenhouse-onsite-three-interviewers"))

# A5 Workday phone screen, interviewer only named in description
d = ("Dear Marc-Olivier,\n\nThank you for your interest in the Manager, Production Operations position "
     "(R-10482) at Trillium Broadcasting Network. This confirms your phone screen.\n\n"
     "You will speak with Priya Raman, Senior Talent Acquisition Partner (priya.raman@trilliumbn.ca). "
     "She will call you at the number in your candidate profile.\n\n"
     "Trillium Broadcasting Network is committed to accessibility. If you require accommodation during the "
     "recruitment process, please let us know.\n\nThis is an automated message from Workday.")
EVENTS.append(ev("workday-phone-screen", "WD-INT-7f3c1a60b2e94d31a8c0f5e2@trilliumbn.myworkday.com",
f"""BEGIN:VCALENDAR
PRODID:-//Workday\\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-INT-7f3c1a60b2e94d31a8c0f5e2@trilliumbn.myworkday.com
DTSTAMP:20260309T140501Z
DTSTART:20260312T143000Z
DTEND:20260312T150000Z
SUMMARY:Phone Screen - Manager\\, Production Operations (R-10482)
ORGANIZER;CN=Trillium Broadcasting Network:mailto:trilliumbn@myworkday.com
LOCATION:Phone
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Trillium Broadcasting Network", "Manager, Production Operations", "recruiter_screen",
"priya.raman@trilliumbn.ca", "workday-publish-no-attendees"))

# A6 broadcaster in-person panel, Outlook, ROOM + RESOURCE
d = ("Hello Marc-Olivier,\n\nPlease join us for a panel interview for Manager, Production Operations. "
     "The panel: Christine Lau (Director, Production Services), Ahmed Siddiqui (Manager, Studio Facilities) "
     "and Elena Voss (Executive Producer, Factual). Please bring a one-page example of a shooting schedule "
     "you have built.\n\nReception: 3rd floor, 181 Wellesley Quay. Visitor badge will be ready.\n\nPriya Raman\nTalent Acquisition")
EVENTS.append(ev("outlook-panel-room-resource", "040000008200E00074C5B7101A82E0080000000060A9C7E91DB1DC01000000000000000010000000C8D2",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Raman, Priya":mailto:priya.raman@trilliumbn.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lau, Christine":mailto:christine.lau@trilliumbn.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Siddiqui, Ahmed":mailto:ahmed.siddiqui@trilliumbn.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Voss, Elena":mailto:elena.voss@trilliumbn.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="WQ-03-Muskoka Room":mailto:wq03.muskoka@trilliumbn.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="AV Cart 2":mailto:av.cart2@trilliumbn.ca
DESCRIPTION;LANGUAGE=en-CA:{esc(d)}
UID:040000008200E00074C5B7101A82E0080000000060A9C7E91DB1DC01000000000000000010000000C8D2
SUMMARY;LANGUAGE=en-CA:Panel Interview - Manager\\, Production Operations - M. Chen
DTSTART;TZID=Eastern Standard Time:20260325T133000
DTEND;TZID=Eastern Standard Time:20260325T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T201944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:WQ-03-Muskoka Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", 1, "Trillium Broadcasting Network", "Manager, Production Operations", "onsite",
"christine.lau@trilliumbn.ca;ahmed.siddiqui@trilliumbn.ca;elena.voss@trilliumbn.ca",
"outlook-panel-room-and-resource-attendees"))

# A7 broadcaster final, rescheduled (SEQUENCE 2)
d = ("UPDATED: we had to move this by one day because of the upfront presentation. Apologies!\n\n"
     "Final interview with Melissa Harcourt, Chief Content Officer, for Manager, Production Operations.\n\n"
     + teams("391 774 260 558", "Hq9TzR", "552 019 384"))
EVENTS.append(ev("teams-final-rescheduled", "040000008200E00074C5B7101A82E00800000000F1D20B3E62B6DC01000000000000000010000000E113",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Raman, Priya":mailto:priya.raman@trilliumbn.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Harcourt, Melissa":mailto:melissa.harcourt@trilliumbn.ca
DESCRIPTION;LANGUAGE=en-CA:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000F1D20B3E62B6DC01000000000000000010000000E113
SUMMARY;LANGUAGE=en-CA:Updated: Final Interview - Manager\\, Production Operations
DTSTART;TZID=Eastern Standard Time:20260409T110000
DTEND;TZID=Eastern Standard Time:20260409T114500
CLASS:PUBLIC
DTSTAMP:20260406T124812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", 1, "Trillium Broadcasting Network", "Manager, Production Operations", "final",
"melissa.harcourt@trilliumbn.ca", "rescheduled-sequence-2-final"))

# A8 line producer crew interview, Google invite from production
d = ("Hey Marc-Olivier - thanks for sending the resume over. Let's chat about PM on season 3. "
     "We're looking at 10 wks prep from mid-June, 12 shoot days per block, Sudbury + North Bay. "
     "Bring your rate and any DGC questions.\n\nGord" + gfooter("kpt-wqzr-mfa"))
EVENTS.append(ev("google-line-producer-crew-interview", "4m1v8s0qj2c6r9kf5t3n7ld0bh@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260407T180000Z
DTEND:20260407T184500Z
DTSTAMP:20260403T220114Z
ORGANIZER;CN=Gord Baptiste:mailto:gord@lakeshoreline.ca
UID:4m1v8s0qj2c6r9kf5t3n7ld0bh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gord Baptiste;X-NUM-GUESTS=0:mailto:gord@lakeshoreline.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
X-GOOGLE-CONFERENCE:https://meet.google.com/kpt-wqzr-mfa
CREATED:20260403T220113Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20260403T220113Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ice Road North S3 - PM chat (Gord / Marc-Olivier)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Lakeshore Line Productions", "PM", "hiring_manager", "gord@lakeshoreline.ca",
"line-producer-crew-interview-called-chat"))

# A9 meet and greet with showrunner, coordinator organises
d = ("Hi Marc-Olivier,\n\nTamsin would love a quick meet & greet before we confirm the PM. "
     "She's in the writers' room all day so it'll be in person at the office, 20 min max.\n\n"
     "Kind regards,\nBea Lindqvist\nProduction Office Coordinator - Ice Road North S3" + gfooter())
EVENTS.append(ev("google-meet-and-greet-showrunner", "0q9t2h7bd4m1c8rvk3l5p6s2ne@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260414T124000
DTEND;TZID=America/Toronto:20260414T130000
DTSTAMP:20260410T151522Z
ORGANIZER;CN=Ice Road North Office:mailto:office@lakeshoreline.ca
UID:0q9t2h7bd4m1c8rvk3l5p6s2ne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tamsin Reyes;X-NUM-GUESTS=0:mailto:treyes@lakeshoreline.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gord Baptiste;X-NUM-GUESTS=0:mailto:gord@lakeshoreline.ca
CREATED:20260410T151521Z
DESCRIPTION:{esc(d)}
LOCATION:Lakeshore Line Productions\\, 2200 Lake Shore Blvd W\\, Unit 4\\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet & Greet: Tamsin Reyes / Marc-Olivier Chen (PM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Lakeshore Line Productions", "PM", "final", "treyes@lakeshoreline.ca;gord@lakeshoreline.ca",
"meet-and-greet-showrunner-as-final"))

# A10 Montréal production, French phone screen, America/Montreal
d = ("Bonjour Marc-Olivier,\n\nSuite à votre candidature pour le poste de directeur de production sur la "
     "série « Les Eaux froides », je vous propose un premier entretien téléphonique d'une trentaine de minutes. "
     "Je vous appellerai au 416 555-0187.\n\nAu plaisir,\nGeneviève Tremblay\nRessources humaines\n"
     "Cinéma Boréal inc.")
EVENTS.append(ev("outlook-french-entretien-telephonique", "040000008200E00074C5B7101A82E008000000003A7CE02B49B5DC01000000000000000010000000D004",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_MONTREAL}BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Geneviève":mailto:gtremblay@cinemaboreal.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=fr-CA:{esc(d)}
UID:040000008200E00074C5B7101A82E008000000003A7CE02B49B5DC01000000000000000010000000D004
SUMMARY;LANGUAGE=fr-CA:Entretien téléphonique - Directeur de production (Les Eaux froides)
DTSTART;TZID=America/Montreal:20260317T100000
DTEND;TZID=America/Montreal:20260317T103000
CLASS:PUBLIC
DTSTAMP:20260312T173020Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Cinéma Boréal", "Directeur de production", "recruiter_screen", "gtremblay@cinemaboreal.qc.ca",
"french-entretien-telephonique-hr"))

# A11 French trade test: breakdown and budget exercise
d = ("Bonjour Marc-Olivier,\n\nComme convenu, voici la mise en situation : vous recevrez à 9 h le scénario "
     "de l'épisode 3 et un gabarit de budget. Vous aurez deux heures pour faire le dépouillement, un plan de "
     "tournage sommaire (5 jours) et un budget haut niveau. Nous en discuterons ensuite avec Luc Bergeron, "
     "directeur de production de la saison 1.\n\n" + zoom("871 0043 6621", "Qm9yZWFsMjAyNg"))
EVENTS.append(ev("zoom-french-mise-en-situation", "cb-mes-20260326-mchen@cinemaboreal.qc.ca",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_MONTREAL}BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Geneviève":mailto:gtremblay@cinemaboreal.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bergeron, Luc":mailto:lbergeron@cinemaboreal.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:{esc(d)}
UID:cb-mes-20260326-mchen@cinemaboreal.qc.ca
SUMMARY;LANGUAGE=fr-CA:Mise en situation - dépouillement et budget (ép. 3)
DTSTART;TZID=America/Montreal:20260326T090000
DTEND;TZID=America/Montreal:20260326T113000
DTSTAMP:20260319T145502Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Zoom
END:VEVENT
END:VCALENDAR
""", 1, "Cinéma Boréal", "Directeur de production", "technical", "lbergeron@cinemaboreal.qc.ca",
"french-trade-test-no-interview-word"))

# A12 French final, hand-typed on iPhone, floating time, alarm
EVENTS.append(ev("ios-french-entrevue-finale", "7C1D40B2-55A9-4E0F-9B31-2E6A8D4F17C0",
f"""BEGIN:VCALENDAR
VERSION:2.0
{APPLE}
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260402T011633Z
UID:7C1D40B2-55A9-4E0F-9B31-2E6A8D4F17C0
DTEND:20260409T150000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Entrevue finale Cinéma Boréal - Isabelle Caron (prod.)
LAST-MODIFIED:20260402T011754Z
DTSTAMP:20260402T011754Z
DTSTART:20260409T140000
LOCATION:5455 av. de Gaspé\\, bur. 810\\nMontréal QC
SEQUENCE:1
DESCRIPTION:train 7h30 VIA 61\\, apporter plan de tournage + budget ép.3\\ndemander: date début prépa\\, équipe bureau\\, régie
BEGIN:VALARM
X-WR-ALARMUID:0B5E1F3A-7D1C-4C7E-A2AE-6F3D2B1E9C44
UID:0B5E1F3A-7D1C-4C7E-A2AE-6F3D2B1E9C44
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Cinéma Boréal", "", "final", "Isabelle Caron", "ios-floating-french-typed-final"))

# A13 meet and greet with showrunner at another production, Outlook on production office domain
d = ("Hi Marc-Olivier,\n\nDev would like to do a meet and greet before we lock the PM for Harrow Bay. "
     "Casual, at the production office. Please check in with the front desk.\n\nThanks,\n"
     "Kerry-Ann Boateng | Production Coordinator | Harrow Bay\nRed Pine Entertainment\nM: 647-555-0126")
EVENTS.append(ev("outlook-meet-greet-showrunner", "040000008200E00074C5B7101A82E00800000000A0F5D1B77EB9DC01000000000000000010000000B9AA",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Boateng, Kerry-Ann":mailto:kboateng@redpine-ent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kapoor, Dev":mailto:dkapoor@redpine-ent.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sorensen, Hal":mailto:hsorensen@redpine-ent.com
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000A0F5D1B77EB9DC01000000000000000010000000B9AA
SUMMARY;LANGUAGE=en-US:Harrow Bay - Meet & Greet w/ Dev (PM)
DTSTART;TZID=Eastern Standard Time:20260505T171500
DTEND;TZID=Eastern Standard Time:20260505T173500
CLASS:PUBLIC
DTSTAMP:20260501T140009Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Harrow Bay Production Office\\, 77 Carlaw Ave\\, 2nd fl
END:VEVENT
END:VCALENDAR
""", 1, "Red Pine Entertainment", "PM", "final", "dkapoor@redpine-ent.com;hsorensen@redpine-ent.com",
"outlook-eastern-tzid-without-vtimezone-meet-greet"))

# A14 post house hiring manager, Google invite
d = ("Marc-Olivier - looking forward to it. I'll walk you through how our post production manager role "
     "sits between clients and the edit suites.\n- Tomás" + gfooter("vbe-hsyd-qro"))
EVENTS.append(ev("google-post-house-hiring-manager", "2r8qhv0s5ck4t1m7n9l3b6dfpa@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260320T153000
DTEND;TZID=America/Toronto:20260320T161500
DTSTAMP:20260316T190041Z
ORGANIZER;CN=Tomás Ilunga:mailto:tomas@fathompost.com
UID:2r8qhv0s5ck4t1m7n9l3b6dfpa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás Ilunga;X-NUM-GUESTS=0:mailto:tomas@fathompost.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fathom Post // Marc-Olivier Chen - Post Production Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Fathom Post", "Post Production Manager", "hiring_manager", "tomas@fathompost.com",
"post-house-name-slash-summary"))

# A15 post house case study (technical)
d = ("Case study: we'll send you a fictional 6-episode doc series (4K, 2 editors, online/colour/mix "
     "outsourced) 24h in advance. Come ready to walk us through a post schedule, a deliverables checklist "
     "and where you'd cut $40k. 60 min with Tomás and our head of finishing, Saoirse Kealy." + gfooter())
EVENTS.append(ev("google-post-case-study", "6d0m4q8v1bk7s3h5t9n2c0rlpe@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260331T100000
DTEND;TZID=America/Toronto:20260331T110000
DTSTAMP:20260324T210514Z
ORGANIZER;CN=Tomás Ilunga:mailto:tomas@fathompost.com
UID:6d0m4q8v1bk7s3h5t9n2c0rlpe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Saoirse Kealy;X-NUM-GUESTS=0:mailto:saoirse@fathompost.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás Ilunga;X-NUM-GUESTS=0:mailto:tomas@fathompost.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Fathom Post\\, 301 Niagara St\\, Suite 5\\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case study walkthrough - Fathom Post
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Fathom Post", "Post Production Manager", "technical", "tomas@fathompost.com;saoirse@fathompost.com",
"case-study-walkthrough-no-interview-word"))

# A16 SuccessFactors screen, rescheduled (SEQUENCE 1)
d = ("Dear Marc-Olivier Chen,\n\nYour interview has been rescheduled.\n\nRequisition: 4471 - Production Manager, "
     "Branded Content\nInterview type: Phone screen\nInterviewer: Mariam Haddad, Talent Acquisition "
     "(mariam.haddad@harbourfrontmedia.ca)\nNew date: Monday, March 23, 2026 12:00 PM Eastern Time\n\n"
     "Harbourfront Media Group - SAP SuccessFactors Recruiting")
EVENTS.append(ev("successfactors-rescheduled-screen", "SF-INTV-4471-118832-harbourfrontmedia",
f"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-4471-118832-harbourfrontmedia
SEQUENCE:1
DTSTAMP:20260319T210000Z
DTSTART:20260323T160000Z
DTEND:20260323T163000Z
SUMMARY:Interview Invitation: Production Manager\\, Branded Content (4471)
ORGANIZER;CN=Harbourfront Media Group Careers:mailto:noreply@harbourfrontmedia.successfactors.eu
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Harbourfront Media Group", "Production Manager, Branded Content", "recruiter_screen",
"mariam.haddad@harbourfrontmedia.ca", "successfactors-rescheduled-sequence-1"))

# A17 hiring manager, Teams, with X-ALT-DESC and room
d = ("Marc-Olivier, looking forward to meeting you. Let's talk about our branded slate for Q3 and how you'd "
     "run three shoots in parallel.\n\nOwen\n\n" + teams("240 118 775 093", "Ub7kqA", "903 442 117"))
EVENTS.append(ev("teams-branded-hiring-manager", "040000008200E00074C5B7101A82E00800000000901E04F1C2BEDC01000000000000000010000000A771",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Whitlock, Owen":mailto:owen.whitlock@harbourfrontmedia.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Haddad, Mariam":mailto:mariam.haddad@harbourfrontmedia.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000901E04F1C2BEDC01000000000000000010000000A771
SUMMARY;LANGUAGE=en-US:Marc-Olivier Chen <> Owen Whitlock | PM Branded Content
DTSTART;TZID=Eastern Standard Time:20260330T140000
DTEND;TZID=Eastern Standard Time:20260330T144500
DTSTAMP:20260325T173215Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Marc-Olivier\\, looking forward to meeting you.</p><p>Owen</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Harbourfront Media Group", "PM Branded Content", "hiring_manager", "owen.whitlock@harbourfrontmedia.ca",
"teams-angle-brackets-names-summary"))

# A18 German co-production company, Kennenlerngespräch, W. Europe Standard Time with VTIMEZONE
d = ("Hallo Marc-Olivier,\n\nwie besprochen ein erstes Kennenlerngespräch zur Position Production Manager "
     "Kanada für unsere Koproduktion. Wir sprechen gern Englisch, falls dir das lieber ist.\n\n"
     "Viele Grüße\nKatrin Vogel\nHerstellungsleitung | Nordlicht Film GmbH\nSchlesische Str. 28, 10997 Berlin\n\n"
     + teams("355 902 114 871", "Lk3vB9", "771 550 291", phone="+49 30 5557 0139"))
EVENTS.append(ev("outlook-german-kennenlerngespraech", "040000008200E00074C5B7101A82E0080000000050C33B8D16B4DC01000000000000000010000000F9E4",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE_WIN}BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:k.vogel@nordlichtfilm.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:040000008200E00074C5B7101A82E0080000000050C33B8D16B4DC01000000000000000010000000F9E4
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Production Manager Kanada (Koproduktion) - M.-O. Chen
DTSTART;TZID=W. Europe Standard Time:20260318T160000
DTEND;TZID=W. Europe Standard Time:20260318T164500
DTSTAMP:20260311T095530Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", 1, "Nordlicht Film", "Production Manager Kanada", "hiring_manager", "k.vogel@nordlichtfilm.de",
"german-kennenlerngespraech-weurope-zone"))

# A19 German second round with management, "(UTC+01:00)" zone without VTIMEZONE
d = ("Hallo Marc-Olivier,\n\nanbei die Einladung zum zweiten Gespräch mit unserem Geschäftsführer Jonas Hartmann. "
     "Ich bin auch dabei. Bitte bereite eine kurze Einschätzung zur Förderung (Ontario Tax Credit / "
     "DFFF) vor.\n\nLG Katrin\n\n" + teams("362 118 557 004", "Fr8mQx", "884 201 365", phone="+49 30 5557 0139"))
EVENTS.append(ev("outlook-german-zweites-gespraech", "040000008200E00074C5B7101A82E0080000000071AC4E62B0B8DC01000000000000000010000000A3C1",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:k.vogel@nordlichtfilm.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hartmann, Jonas":mailto:j.hartmann@nordlichtfilm.de
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:040000008200E00074C5B7101A82E0080000000071AC4E62B0B8DC01000000000000000010000000A3C1
SUMMARY;LANGUAGE=de-DE:2. Gespräch Geschäftsführung - Production Manager Kanada
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260401T170000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260401T174500
DTSTAMP:20260326T081133Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", 1, "Nordlicht Film", "Production Manager Kanada", "final",
"j.hartmann@nordlichtfilm.de;k.vogel@nordlichtfilm.de", "german-utc-offset-zone-no-vtimezone"))

# A20 Spanish co-production company, Google invite in Spanish
d = ("Hola Marc-Olivier:\n\nGracias por tu interés. Te propongo una entrevista por videollamada para el puesto de "
     "jefe de producción de la coproducción hispano-canadiense «Marea Alta». Hablaremos de tu experiencia con "
     "rodajes en Ontario y de los plazos de preproducción.\n\nUn saludo,\nLucía Ferrer\nProductora ejecutiva"
     + gfooter("xqa-pmwe-tnd", lang="es"))
EVENTS.append(ev("google-spanish-entrevista", "1h6s0p3k9d2q7m4v8c5n1t0bre@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260421T170000
DTEND;TZID=Europe/Madrid:20260421T180000
DTSTAMP:20260414T102247Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@montanarojafilms.es
UID:1h6s0p3k9d2q7m4v8c5n1t0bre@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@montanarojafilms.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Jefe de producción (Marea Alta) - Montaña Roja Films
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Montaña Roja Films", "Jefe de producción", "hiring_manager", "lucia.ferrer@montanarojafilms.es",
"spanish-google-entrevista-madrid"))
