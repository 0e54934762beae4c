"""holdout45: the user's own interviews, part E (multinationals, English, ATS and schedulers).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import meet_code, teams, webex, zoom
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    TZ_EASTERN_WIN,
    TZ_MADRID,
    TZ_NEW_YORK,
    TZ_WEUROPE,
    esc,
    event,
    tz_olson_cet,
    uid_at,
    uid_google,
    uid_outlook,
    vcal,
)


def vireon_screen() -> dict[str, str]:
    uid = uid_google("vireon-gh-screen")
    desc = """Hi Santiago,

Thank you for your interest in the Medical Science Liaison, Oncology (Spain North-East) position at Vireon \
Therapeutics! This is a confirmation of your phone screen.

You'll be speaking with Megan O'Donnell, Senior Recruiter. Megan will call you at the number on your application.
Please note the time below is shown in Eastern Time (16:00 in Madrid).

If you need to reschedule, reply to this email and we'll find another slot.

Best,
Vireon Recruiting Coordination"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250311T100000
DTEND;TZID=America/New_York:20250311T103000
DTSTAMP:20250305T212214Z
ORGANIZER;CN=Vireon Recruiting Coordination:mailto:scheduling@vireontx.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan O'Donnell
 ;X-NUM-GUESTS=0:mailto:megan.odonnell@vireontx.com
CREATED:20250305T212210Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250305T212214Z
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Santiago Herrera - Phone Screen - Medical Science Liaison, Oncology (Spain North-East)")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_NEW_YORK,))
    return event("greenhouse-phone-eastern-en", ics, uid, 1, "Vireon Therapeutics",
                 "Medical Science Liaison, Oncology (Spain North-East)", "recruiter_screen",
                 ("megan.odonnell@vireontx.com",), "greenhouse-phone-screen-us-zone-en")


def vireon_goodtime() -> dict[str, str]:
    uid = uid_at("vireon-goodtime", "goodtime.io", 30)
    desc = """Hi Santiago,

Your virtual onsite with Vireon Therapeutics is confirmed. All sessions use the same Zoom link below.

Schedule (Central European Summer Time)
14:00 – 14:45  Dr. Jan Kowalski, Medical Director Europe (hiring manager)
14:45 – 15:30  Sofia Rinaldi, MSL Team Lead Southern Europe – scientific presentation (15 min) + Q&A
15:30 – 16:00  Raquel Núñez, HR Business Partner Iberia

Your recruiting coordinator is Priya Shah. She will open the meeting and then leave; reach her at \
priya.shah@vireontx.com or +1 617 555 0134 if anything goes wrong.

""" + zoom("vireon-goodtime", "Priya Shah", "en") + """

Scheduled with GoodTime"""
    ics = vcal("PRODID:-//GoodTime.io//GoodTime Hire//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
               f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T151903Z
DTSTART:20250409T120000Z
DTEND:20250409T140000Z
SUMMARY:{esc("Virtual Onsite: Santiago Herrera // Vireon Therapeutics – MSL Oncology")}
ORGANIZER;CN=Priya Shah:mailto:priya.shah@vireontx.com
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Jan Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jan.kowalski@vireontx.com
ATTENDEE;CN=Sofia Rinaldi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofia.rinaldi@vireontx.com
ATTENDEE;CN=Raquel Núñez;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:raquel.nunez@vireontx.com
DESCRIPTION:{esc(desc)}
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""")
    return event("goodtime-virtual-onsite-en", ics, uid, 1, "Vireon Therapeutics", "MSL Oncology", "onsite",
                 ("jan.kowalski@vireontx.com", "sofia.rinaldi@vireontx.com", "raquel.nunez@vireontx.com"),
                 "goodtime-loop-coordinator-en")


def kessler_workday() -> dict[str, str]:
    uid = uid_at("kessler-wd", "myworkday.com", 32)
    desc = """Dear Santiago,

We are pleased to invite you to an interview for the position Regulatory Affairs Specialist (m/f/d) – \
JR-10472, based in our Spanish affiliate in Madrid (hybrid).

Interviewer: Alberto Gil, Head of Regulatory Affairs Spain (hiring manager)
Format: Microsoft Teams – the link will be sent separately by the interviewer.
Duration: 45 minutes

Please confirm via the candidate home in Workday.

Kind regards,
Talent Acquisition
Kessler Pharma"""
    ics = vcal("PRODID:-//Workday Inc//Workday Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250321T130412Z
SEQUENCE:0
DTSTART:20250401T143000Z
DTEND:20250401T151500Z
SUMMARY:{esc("Interview: Regulatory Affairs Specialist (m/f/d) - JR-10472")}
DESCRIPTION:{esc(desc)}
ORGANIZER;CN=Kessler Pharma Talent Acquisition:mailto:kesslerpharma@myworkday.com
ATTENDEE;CN=Santiago Herrera;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Alberto Gil;RSVP=FALSE:mailto:alberto.gil@kessler-pharma.com
LOCATION:Microsoft Teams
END:VEVENT""")
    return event("workday-utc-en", ics, uid, 1, "Kessler Pharma", "Regulatory Affairs Specialist", "hiring_manager",
                 ("alberto.gil@kessler-pharma.com",), "workday-hm-utc-en")


def novalis_final() -> dict[str, str]:
    uid = uid_at("novalis-sf", "sapsf.eu", 26)
    desc = """Dear Santiago Herrera,

You are invited to the final panel interview for Medical Advisor Haematology (Req. 48812).

Panel:
- Dr. Teresa Lozano – Medical Director Spain
- Marco Bellini – Head of Medical Affairs Haematology, Europe (joins remotely)
- Cristina Vela – HR Business Partner

Please prepare a 15-minute presentation: "Launch plan for a new bispecific antibody in relapsed multiple \
myeloma – the medical affairs view". A projector is booked in the room.

Address: Novalis Biopharma, Paseo de la Castellana 141, 18th floor, 28046 Madrid. Ask for Cristina at reception.

This invitation was sent by SAP SuccessFactors Recruiting on behalf of Novalis Biopharma."""
    ics = vcal("PRODID:-//SAP SuccessFactors//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
               f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250519T080005Z
DTSTART;TZID=Europe/Madrid:20250526T100000
DTEND;TZID=Europe/Madrid:20250526T120000
SUMMARY:{esc("Final Panel Interview – Medical Advisor Haematology – Santiago Herrera")}
DESCRIPTION:{esc(desc)}
LOCATION:{esc("Madrid office, 18th floor, meeting room Cibeles")}
ORGANIZER;CN=Novalis Recruiting:mailto:recruiting.noreply@novalisbio.com
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Teresa Lozano;ROLE=REQ-PARTICIPANT:mailto:teresa.lozano@novalisbio.com
ATTENDEE;CN=Marco Bellini;ROLE=REQ-PARTICIPANT:mailto:marco.bellini@novalisbio.com
ATTENDEE;CN=Cristina Vela;ROLE=REQ-PARTICIPANT:mailto:cristina.vela@novalisbio.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=MAD-18 Cibeles:mailto:mad18.cibeles@novalisbio.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=MAD Beamer 3:mailto:mad.beamer3@novalisbio.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", (TZ_MADRID,))
    return event("successfactors-final-room-en", ics, uid, 1, "Novalis Biopharma", "Medical Advisor Haematology",
                 "final", ("teresa.lozano@novalisbio.com", "marco.bellini@novalisbio.com",
                           "cristina.vela@novalisbio.com"), "successfactors-final-room-resource-en")


def helvion_webex() -> dict[str, str]:
    uid = uid_outlook("helvion-webex")
    desc = """Dear Santiago,

Thank you for your time last week with our recruiter. As the next step, we would like to invite you to a \
technical interview for the Pharmacovigilance Scientist position (Basel / remote from Spain).

Interviewers: Dr. Lukas Meier (Head of Signal Management) and Dr. Ana Ferreira (Safety Physician).
We will go through a short signal-assessment exercise (disproportionality output plus three case narratives) – \
no preparation needed.

Kind regards,
Lukas Meier

""" + webex("helvion-webex", "helvion", "en")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Meier Lukas (PS-SM)":mailto:lukas.meier@helvion.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Ana (PS-SP)"
 :mailto:ana.ferreira@helvion.ch
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interview Santiago Herrera - PV Scientist (technical)
DTSTART;TZID=W. Europe Standard Time:20250325T140000
DTEND;TZID=W. Europe Standard Time:20250325T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T164155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Webex
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", (TZ_WEUROPE,))
    return event("exchange-webex-technical-en", ics, uid, 1, "Helvion", "Pharmacovigilance Scientist", "technical",
                 ("lukas.meier@helvion.ch", "ana.ferreira@helvion.ch"), "exchange-w-europe-webex-en")


def calloway_icims() -> dict[str, str]:
    uid = uid_outlook("calloway-icims")
    desc = """Hello Santiago,

Calloway Biologics would like to invite you to interview for Medical Affairs Manager, Iberia \
(Req 2025-1183).

Interviewer: Jennifer Alvarez, Director Medical Affairs Europe (hiring manager)
Date/Time: see this invitation (Eastern Time; 11:00 in Spain)

Please accept this invitation to confirm. If the time does not work, reply to talent@callowaybio.com.

Calloway Biologics Talent Acquisition
Powered by iCIMS

""" + zoom("calloway-icims", "Calloway Talent Acquisition", "en", "callowaybio")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Calloway Talent Acquisition:mailto:talent@callowaybio.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jennifer Alvarez:mailto:jalvarez@callowaybio.com
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interview Invitation: Medical Affairs Manager\\, Iberia (Req 2025-1183)
DTSTART;TZID=Eastern Standard Time:20250415T050000
DTEND;TZID=Eastern Standard Time:20250415T060000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T141122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_EASTERN_WIN,))
    return event("icims-zoom-eastern-en", ics, uid, 1, "Calloway Biologics", "Medical Affairs Manager, Iberia",
                 "hiring_manager", ("jalvarez@callowaybio.com",), "icims-escaped-comma-eastern-win-en")


def altamira_modernloop() -> dict[str, str]:
    uid = uid_at("altamira-ml", "modernloop.io", 24)
    desc = """Final Round – Santiago Herrera – Medical Science Liaison, Rare Disease (Iberia)

Interview schedule (all times Europe/Madrid):
16:00 - 16:45 | Hiring manager conversation | Dr. Olivia Grant, Head of Medical Affairs EU
16:45 - 17:30 | Scientific exchange role-play | Dr. Sergio Pastor, Senior MSL Spain
17:30 - 18:00 | Values & culture | Emma Whitfield, VP People

Coordinator: Lucas Moreau (not interviewing) – lucas.moreau@altamirabio.com

Join with Google Meet: https://meet.google.com/MEETCODE

Scheduled via ModernLoop""".replace("MEETCODE", meet_code("altamira-ml"))
    ics = vcal("PRODID:-//ModernLoop//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250428T170010Z
DTSTART;TZID=Europe/Madrid:20250505T160000
DTEND;TZID=Europe/Madrid:20250505T180000
SUMMARY:{esc("Final Round: Santiago Herrera – MSL Rare Disease (Altamira Biotech)")}
DESCRIPTION:{esc(desc)}
LOCATION:https://meet.google.com/{meet_code("altamira-ml")}
ORGANIZER;CN=Lucas Moreau:mailto:lucas.moreau@altamirabio.com
ATTENDEE;CN=Santiago Herrera;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Olivia Grant;PARTSTAT=ACCEPTED:mailto:olivia.grant@altamirabio.com
ATTENDEE;CN=Sergio Pastor;PARTSTAT=ACCEPTED:mailto:sergio.pastor@altamirabio.com
ATTENDEE;CN=Emma Whitfield;PARTSTAT=ACCEPTED:mailto:emma.whitfield@altamirabio.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", (TZ_MADRID,))
    return event("modernloop-final-en", ics, uid, 1, "Altamira Biotech", "Medical Science Liaison, Rare Disease",
                 "final", ("olivia.grant@altamirabio.com", "sergio.pastor@altamirabio.com",
                           "emma.whitfield@altamirabio.com"), "modernloop-final-schedule-en")


def halvorsen_teamtailor() -> dict[str, str]:
    uid = uid_at("halvorsen-tt", "teamtailor.com", 24)
    desc = """Hi Santiago,

Thanks for applying for Pharmacovigilance Specialist, Iberia at Halvorsen Pharma. I'd like to invite you to a \
first interview to get to know you and tell you more about the team in Copenhagen and Madrid.

Sincerely,
Freja Nielsen
Talent Acquisition Partner

""" + teams("halvorsen-tt", "en") + """

Sent with Teamtailor"""
    ics = vcal("PRODID:-//Teamtailor//Teamtailor Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250306T093015Z
DTSTART;TZID=Europe/Copenhagen:20250314T103000
DTEND;TZID=Europe/Copenhagen:20250314T110000
SUMMARY:{esc("Halvorsen Pharma – first interview (Pharmacovigilance Specialist, Iberia)")}
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Freja Nielsen:mailto:freja.nielsen@halvorsen.dk
ATTENDEE;CN=Santiago Herrera;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Freja Nielsen:mailto:freja.nielsen@halvorsen.dk
STATUS:CONFIRMED
END:VEVENT""", (tz_olson_cet("Europe/Copenhagen"),))
    return event("teamtailor-copenhagen-en", ics, uid, 1, "Halvorsen Pharma", "Pharmacovigilance Specialist, Iberia",
                 "recruiter_screen", ("freja.nielsen@halvorsen.dk",), "teamtailor-first-interview-en")


def events() -> list[dict[str, str]]:
    return [vireon_screen(), vireon_goodtime(), kessler_workday(), novalis_final(), helvion_webex(),
            calloway_icims(), altamira_modernloop(), halvorsen_teamtailor()]

