"""holdout138: the user's own interviews, part D (mixed: founders, LatAm scale-ups, work-address invites)."""

from __future__ import annotations

from holdout138ev_common import OUTLOOK, Ev, meet_en, meet_es, teams_en, zoom_es

A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
ME = (
    f"{A};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:"
    "mailto:santiago.restrepo.dev@gmail.com"
)

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "google-bilingual-us-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250414T100000
DTEND;TZID=America/Bogota:20250414T111500
DTSTAMP:20250408T160233Z
ORGANIZER;CN=Ricardo Fuentes:mailto:rfuentes@copperleafsoftware.com
UID:1a3s5d7f9g2h4j6k8l0q@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Ricardo Fuentes;X-NUM-GUESTS=0:mailto:rfuentes@copperleafsoftware.com
{A};PARTSTAT=ACCEPTED;CN=Amy Lindqvist;X-NUM-GUESTS=0:mailto:alindqvist@copperleafsoftware.com
DESCRIPTION:Hola Santiago\, te envío la invitación para la entrevista técnica (será en inglés porque Amy no habla
  español 🙂). Es para la posición de Senior Software Engineer en Copperleaf.\n\nSaludos\,
  Ricardo\n\n{meet_en("cpl-wqrt-nbs", "441 902 336#")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica Copperleaf - Santiago Restrepo
TRANSP:OPAQUE
END:VEVENT
""",
    "1a3s5d7f9g2h4j6k8l0q@google.com", 1, "Copperleaf Software", "Senior Software Engineer", "technical",
    "rfuentes@copperleafsoftware.com;alindqvist@copperleafsoftware.com", "google-bilingual-us-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "followup-nostage-en",
    rf"""
BEGIN:VEVENT
DTSTART:20250423T160000Z
DTEND:20250423T163000Z
DTSTAMP:20250419T003301Z
ORGANIZER;CN=Hugo Marchetti:mailto:hugo@wayfindermaps.com
UID:3q5w7e9r1t2y4u6i8o0p@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Hugo Marchetti;X-NUM-GUESTS=0:mailto:hugo@wayfindermaps.com
DESCRIPTION:Hey Santiago - a few follow-up questions came up in the debrief and I'd rather ask them live than over
  email. 30 min\, informal.\n\n{meet_en("wfm-aqpo-zzl", "702 551 908#")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wayfinder <> Santiago follow-up
TRANSP:OPAQUE
END:VEVENT
""",
    "3q5w7e9r1t2y4u6i8o0p@google.com", 1, "Wayfinder Maps", "", "", "hugo@wayfindermaps.com",
    "followup-nostage-en",
))

EVENTS.append(Ev(
    "calcom-founder-gmail-en",
    r"""
BEGIN:VEVENT
UID:pQ9wE3rT7yU1iO5aS2dF8g
DTSTAMP:20250316T212200Z
DTSTART:20250320T213000Z
DTEND:20250320T220000Z
SUMMARY:30 Min Meeting between Jake Morrison and Santiago Restrepo
ORGANIZER;CN=Jake Morrison:mailto:jake.morrison.sf@gmail.com
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:What: 30 Min Meeting between Jake Morrison and Santiago Restrepo\nInvitee time zone:
  America/Bogota\nWho:\nJake Morrison - Organizer\njake.morrison.sf@gmail.com\nSantiago
  Restrepo\nsantiago.restrepo.dev@gmail.com\nWhere: Google Meet https://meet.google.com/jmx-stkl-nne\nAdditional
  notes: Founder of Stacklane (YC W25) - we're hiring our first engineering lead. Would love to hear about your
  payments work.\n\nNeed to make a change? https://app.cal.com/booking/pQ9wE3rT7yU1iO5aS2dF8g
LOCATION:https://meet.google.com/jmx-stkl-nne
END:VEVENT
""",
    "pQ9wE3rT7yU1iO5aS2dF8g", 1, "Stacklane", "engineering lead", "", "jake.morrison.sf@gmail.com",
    "calcom-founder-freemail-company-in-notes-en", prodid="-//Cal.com Inc.//Cal.com Event//EN",
))

EVENTS.append(Ev(
    "zoom-final-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250429T150000
DTEND;TZID=America/Bogota:20250429T160000
DTSTAMP:20250424T130005Z
ORGANIZER;CN=Manuela Echeverri:mailto:manuela@pagolisto.com
UID:5t7y9u1i3o4p6a8s0d2f@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Manuela Echeverri;X-NUM-GUESTS=0:mailto:manuela@pagolisto.com
{A};PARTSTAT=ACCEPTED;CN=Felipe Arbeláez;X-NUM-GUESTS=0:mailto:felipe@pagolisto.com
DESCRIPTION:Santiago\, esta es la última etapa del proceso para Tech Lead de Adquirencia: conversación con Felipe
  (CEO) y conmigo (VP de Ingeniería).\n\n{zoom_es("862 0041 7735", "UGFnb2xpc3Rv")}
LOCATION:https://us02web.zoom.us/j/86200417735
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final Pagolisto - Santiago R.
TRANSP:OPAQUE
END:VEVENT
""",
    "5t7y9u1i3o4p6a8s0d2f@google.com", 1, "Pagolisto", "Tech Lead de Adquirencia", "final",
    "manuela@pagolisto.com;felipe@pagolisto.com", "zoom-final-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "teamtailor-cultura-es",
    r"""
BEGIN:VEVENT
UID:teamtailor-meeting-a81c0e77-libreta
DTSTAMP:20250404T170000Z
DTSTART;TZID=America/Bogota:20250411T090000
DTEND;TZID=America/Bogota:20250411T094500
SUMMARY:Charla de cultura - Libreta
ORGANIZER;CN=Libreta:mailto:notifications@teamtailor.com
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Juan Pablo Henao:mailto:juanpablo@libreta.app
DESCRIPTION:¡Hola Santiago!\n\nEl siguiente paso en tu proceso para Senior Mobile/Backend Engineer es una charla de
  cultura con Juan Pablo (Head of People). Queremos conocerte más allá de lo técnico.\n\nEnlace:
  https://meet.google.com/lbr-oqzx-eaa\n\nEnviado con Teamtailor
LOCATION:https://meet.google.com/lbr-oqzx-eaa
END:VEVENT
""",
    "teamtailor-meeting-a81c0e77-libreta", 1, "Libreta", "Senior Mobile/Backend Engineer", "",
    "juanpablo@libreta.app", "teamtailor-culture-es", prodid="-//Teamtailor//Teamtailor//ES", tzs=("bogota",),
))

EVENTS.append(Ev(
    "smartrecruiters-final-es",
    r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250428T170000
DTEND;TZID=Europe/Madrid:20250428T180000
DTSTAMP:20250422T091010Z
ORGANIZER;CN=Núria Puig (via SmartRecruiters):mailto:nuria.puig@vantoratravel.com
UID:SR-INT-8c2e4b61d0@smartrecruiters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Santiago Restrepo Gómez:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Xavier Soler:mailto:xavier.soler@vantoratravel.com
DESCRIPTION:Hola Santiago\,\n\nEnhorabuena por llegar a la última fase. Te proponemos la entrevista final con
  Xavier Soler\, VP of Engineering de Vantora Travel.\n\nEnlace de Teams:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmFudG9y%40thread.v2/0\n\nUn saludo\,\nNúria\n\nEsta
  invitación se ha enviado a través de SmartRecruiters.
LOCATION:Microsoft Teams
SUMMARY:Entrevista final - Senior Software Developer - Booking Platform
END:VEVENT
""",
    "SR-INT-8c2e4b61d0@smartrecruiters.com", 1, "Vantora Travel", "Senior Software Developer - Booking Platform",
    "final", "xavier.soler@vantoratravel.com", "smartrecruiters-final-es",
    prodid="-//SmartRecruiters//Interview Scheduler//ES", tzs=("madrid",),
))

EVENTS.append(Ev(
    "outlook-technical-teams-en",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Santiago\, as discussed with Daniela\, here is your technical interview with our payroll tax engine
  team. Expect a 20-minute code reading exercise and a discussion of testing
  strategy.\n\n{teams_en("19%3ameeting_T3JiaXRh")}\n
DTEND;TZID=Eastern Standard Time:20250429T120000
DTSTAMP:20250423T150000Z
DTSTART;TZID=Eastern Standard Time:20250429T110000
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
ORGANIZER;CN="Nakamura, Erin":mailto:erin.nakamura@orbitalpayroll.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okoye, Chidi":mailto:chidi.okoye@orbitalpayroll.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Technical Interview | Software Engineer III | Restrepo
UID:040000008200E00074C5B7101A82E0080000000072E3F4A5B6C7DB01000000000000000010000000DD44EE55FF66
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E0080000000072E3F4A5B6C7DB01000000000000000010000000DD44EE55FF66", 1,
    "Orbital Payroll", "Software Engineer III", "technical",
    "erin.nakamura@orbitalpayroll.com;chidi.okoye@orbitalpayroll.com", "outlook-technical-en", prodid=OUTLOOK,
    tzs=("win_eastern",),
))

EVENTS.append(Ev(
    "greenhouse-onsite-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20250417T090000
DTEND;TZID=America/Mexico_City:20250417T123000
DTSTAMP:20250410T194011Z
ORGANIZER;CN=Coordinación de Entrevistas Cobrix:mailto:entrevistas@cobrix.mx
UID:6y8u0i2o4p5a7s9d1f3g@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Itzel Ramírez;X-NUM-GUESTS=0:mailto:itzel.ramirez@cobrix.mx
{A};PARTSTAT=ACCEPTED;CN=Emiliano Cruz;X-NUM-GUESTS=0:mailto:emiliano.cruz@cobrix.mx
{A};PARTSTAT=ACCEPTED;CN=Regina Ochoa;X-NUM-GUESTS=0:mailto:regina.ochoa@cobrix.mx
DESCRIPTION:Hola Santiago\,\n\nTe compartimos la agenda de tu onsite virtual para Senior Software Engineer (Pagos
  con tarjeta):\n\n9:00 - 10:00 Código en vivo - Itzel Ramírez\n10:15 - 11:15 Diseño de sistemas - Emiliano
  Cruz\n11:30 - 12:30 Entrevista con la Engineering Manager - Regina Ochoa\n\nLas tres sesiones usan la misma liga
  de Meet.\n\n{meet_es("cbx-ynst-qqe")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite virtual Cobrix - Santiago Restrepo
TRANSP:OPAQUE
END:VEVENT
""",
    "6y8u0i2o4p5a7s9d1f3g@google.com", 1, "Cobrix", "Senior Software Engineer (Pagos con tarjeta)", "onsite",
    "itzel.ramirez@cobrix.mx;emiliano.cruz@cobrix.mx;regina.ochoa@cobrix.mx", "greenhouse-onsite-mx-es",
    cal_extra=("X-WR-TIMEZONE:America/Bogota",), tzs=(),
))
# Mexico City zone (no DST since 2022), hand-written.
EVENTS[-1].body = (
    "BEGIN:VTIMEZONE\nTZID:America/Mexico_City\nBEGIN:STANDARD\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0600\nTZNAME:CST\n"
    "DTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE\n" + EVENTS[-1].body.strip("\n")
)

EVENTS.append(Ev(
    "lever-to-work-address-en",
    r"""
BEGIN:VEVENT
DTSTART:20250321T170000Z
DTEND:20250321T173000Z
DTSTAMP:20250318T201200Z
ORGANIZER;CN=Hannah Lee:mailto:hannah.lee@gridmark.io
UID:lever-interview-2c7b9e14-0a3d-4f8e-b6c1-9d2e5a7f3b80
ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:srestrepo@pagaya-fintech.co
ATTENDEE;CN=Hannah Lee;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.lee@gridmark.io
DESCRIPTION:Interview with Gridmark\n\nCandidate: Santiago Restrepo\nPosition: Senior Software Engineer - Risk
  Platform\nInterview: Recruiter Phone Screen (30 min)\nInterviewer: Hannah Lee\n\nHannah will call you via Google
  Meet: https://meet.google.com/grd-mxlq-uvo\n\nScheduled via Lever
LOCATION:https://meet.google.com/grd-mxlq-uvo
STATUS:CONFIRMED
SUMMARY:Santiago Restrepo & Hannah Lee - Senior Software Engineer - Risk Platform
END:VEVENT
""",
    "lever-interview-2c7b9e14-0a3d-4f8e-b6c1-9d2e5a7f3b80", 1, "Gridmark", "Senior Software Engineer - Risk Platform",
    "recruiter_screen", "hannah.lee@gridmark.io", "lever-to-work-address-en",
    prodid="-//Lever//Lever Interview Scheduler//EN",
))

EVENTS.append(Ev(
    "recruitee-technical-en",
    r"""
BEGIN:VEVENT
UID:recruitee-event-4410938@pontvaart.recruitee.com
DTSTAMP:20250408T111111Z
DTSTART;TZID=Europe/Amsterdam:20250416T160000
DTEND;TZID=Europe/Amsterdam:20250416T170000
SUMMARY:Technical interview with Pontvaart - Santiago Restrepo
ORGANIZER;CN=Pontvaart Recruitment:mailto:jobs@pontvaart.nl
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Sem Visser:mailto:sem.visser@pontvaart.nl
ATTENDEE;CN=Noor Bakker:mailto:noor.bakker@pontvaart.nl
DESCRIPTION:Dear Santiago\,\n\nYou are invited to a technical interview for the Senior Backend Developer (Kotlin)
  vacancy at Pontvaart B.V. with Sem Visser and Noor Bakker.\n\nJoin: https://meet.google.com/pnt-vrwq-lke\n\nKind
  regards\,\nPontvaart Recruitment\n\nScheduled with Recruitee
LOCATION:Google Meet
END:VEVENT
""",
    "recruitee-event-4410938@pontvaart.recruitee.com", 1, "Pontvaart", "Senior Backend Developer (Kotlin)",
    "technical", "sem.visser@pontvaart.nl;noor.bakker@pontvaart.nl", "recruitee-en",
    prodid="-//Recruitee//Calendar//EN", tzs=("amsterdam",),
))

EVENTS.append(Ev(
    "user-typed-final-en",
    r"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250502T140000
DTEND;TZID=America/Bogota:20250502T150000
DTSTAMP:20250428T023015Z
UID:7i9o1p3a5s6d8f0g2h4j@google.com
CREATED:20250428T023015Z
DESCRIPTION:final round w/ CEO (Tamar). they send the zoom link by email
LAST-MODIFIED:20250428T023015Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ledgerline final - CEO
TRANSP:OPAQUE
END:VEVENT
""",
    "7i9o1p3a5s6d8f0g2h4j@google.com", 1, "Ledgerline", "", "final", "Tamar", "user-typed-final-en",
    method="", tzs=("bogota",),
))
