"""holdout45: the user's own interviews, part H (consultancies, med comms, a third agency, a CRO).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import meet, teams, zoom
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    esc,
    event,
    tz_windows,
    uid_google,
    uid_outlook,
    vcal,
)

TZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def praxis_case() -> dict[str, str]:
    uid = uid_google("praxis-case")
    desc = """Hi Santiago,

As announced, this round is a case interview. We will send you a short brief 10 minutes before the call (a \
hospital formulary submission for a new oral anticoagulant reversal agent in Catalonia). You'll have 30 minutes \
to structure your recommendation with us.

Case leads: Marc Puigdomènech (Engagement Manager) and Laura Ibáñez (Senior Consultant).

Praxis Market Access – Barcelona · London

""" + zoom("praxis-case", "Marc Puigdomènech", "en")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250521T170000
DTEND;TZID=Europe/Madrid:20250521T180000
DTSTAMP:20250515T090232Z
ORGANIZER;CN=Marc Puigdomènech:mailto:marc.puigdomenech@praxis-ma.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Puigdomènech
 ;X-NUM-GUESTS=0:mailto:marc.puigdomenech@praxis-ma.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laura Ibáñez
 ;X-NUM-GUESTS=0:mailto:laura.ibanez@praxis-ma.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250515T090229Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250515T090232Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Case interview – Market Access Consultant – Santiago Herrera")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("google-zoom-case-en", ics, uid, 1, "Praxis Market Access", "Market Access Consultant", "technical",
                 ("marc.puigdomenech@praxis-ma.com", "laura.ibanez@praxis-ma.com"), "case-interview-consulting-en")


def kessler_final() -> dict[str, str]:
    uid = uid_outlook("kessler-final")
    desc = """Hola Santiago:

Enhorabuena por haber llegado a la última fase. Te convocamos a la entrevista final para Regulatory Affairs \
Specialist en nuestras oficinas de Madrid (C/ Alcalá 265, planta 5).

Te entrevistarán Alberto Gil (Head of Regulatory Affairs Spain) y la Dra. Susanne Brandt (Country Medical & \
Regulatory Director), que viene desde Frankfurt. Al final pasarás 15 minutos con el equipo, sin evaluación.

Isabel (Talent Acquisition) te recibirá en recepción.

Un saludo,
Isabel Domínguez
Talent Acquisition Iberia – Kessler Pharma España, S.L.U."""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Domínguez, Isabel":mailto:isabel.dominguez@kessler-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil, Alberto"
 :mailto:alberto.gil@kessler-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Susanne Dr."
 :mailto:susanne.brandt@kessler-pharma.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=ES-MAD-5.02 (10 pax)
 :mailto:es-mad-502@kessler-pharma.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista final – Regulatory Affairs Specialist (JR-10472) – Santiago Herrera
DTSTART;TZID=Romance Standard Time:20250424T100000
DTEND;TZID=Romance Standard Time:20250424T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T124510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ES-MAD-5.02 (10 pax)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-final-room-coordinator-es", ics, uid, 1, "Kessler Pharma", "Regulatory Affairs Specialist",
                 "final", ("alberto.gil@kessler-pharma.com", "susanne.brandt@kessler-pharma.com"),
                 "final-affiliate-legal-name-es")


def orion_medcomms() -> dict[str, str]:
    uid = uid_outlook("orion-writing")
    desc = """Hi Santiago,

Thank you for completing the writing test (plain-language summary of a phase III trial). We'd like to discuss it \
with you in a technical interview and go through a second short editing exercise live.

You'll meet Fiona MacLeod (Scientific Director) and Rhys Morgan (Senior Medical Writer).

Kind regards,
Fiona

""" + teams("orion-writing", "en")
    zone = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Fiona MacLeod:mailto:fiona.macleod@orionmedcomms.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rhys Morgan:mailto:rhys.morgan@orionmedcomms.co.uk
DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Orion | Writing test debrief & technical interview – Medical Writer (S. Herrera)
DTSTART;TZID="{zone}":20250613T150000
DTEND;TZID="{zone}":20250613T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250605T101520Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (tz_windows(zone, "+0000", "+0100"),), cont="\t")
    return event("exchange-tab-folded-en", ics, uid, 1, "Orion MedComms", "Medical Writer", "technical",
                 ("fiona.macleod@orionmedcomms.co.uk", "rhys.morgan@orionmedcomms.co.uk"),
                 "writing-test-debrief-tab-folding-en")


def biogenetica_agency() -> dict[str, str]:
    uid = uid_google("biogenetica-talentum")
    desc = """Hola Santiago,

¡Buenas noticias! El cliente quiere conocerte. Te dejo los detalles:

Empresa: Biogenética Ibérica (Girona)
Posición: Responsable de Farmacovigilancia y Asuntos Médicos
Entrevistador: Dr. Joan Pla, Director Técnico y responsable de la posición
Formato: videollamada (enlace abajo), 45 min

Yo no me conectaré, pero llámame al terminar.

Mucha suerte,
Sara Molins
Consultora · Talentum Healthcare Search

""" + meet("biogenetica-talentum", "es")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250612T180000
DTEND;TZID=Europe/Madrid:20250612T184500
DTSTAMP:20250609T103012Z
ORGANIZER;CN=Sara Molins:mailto:sara.molins@talentumhealth.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joan.pla@biogenetica.cat
 ;X-NUM-GUESTS=0:mailto:joan.pla@biogenetica.cat
CREATED:20250609T103008Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250609T103012Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista con cliente – Santiago Herrera / Responsable FV y Asuntos Médicos")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("agency-client-in-body-es", ics, uid, 1, "Biogenética Ibérica",
                 "Responsable de Farmacovigilancia y Asuntos Médicos", "hiring_manager", ("joan.pla@biogenetica.cat",),
                 "agency-employer-only-in-body-es")


def nexum_lever() -> dict[str, str]:
    uid = uid_google("nexum-lever")
    desc = """Hi Santiago,

Great to e-meet you! Let's have a 30-minute introductory call about the Start-Up Specialist (Site Activation, \
Spain) opening at Nexum CRO. I'll share more about the team and the process, and I'd love to hear about your \
hospital experience with clinical trial set-up.

Cheers,
Olivia Turner
Talent Acquisition, Nexum CRO (London)

""" + meet("nexum-lever", "en") + """

Sent via Lever"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250219T090000
DTEND;TZID=Europe/London:20250219T093000
DTSTAMP:20250213T171820Z
ORGANIZER;CN=Olivia Turner:mailto:olivia.turner@nexumcro.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olivia Turner;X-NUM-GUESTS=0
 :mailto:olivia.turner@nexumcro.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250213T171816Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250213T171820Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Santiago Herrera <> Olivia (Nexum CRO) – intro call")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_LONDON,))
    return event("lever-london-intro-en", ics, uid, 1, "Nexum CRO", "Start-Up Specialist (Site Activation, Spain)",
                 "recruiter_screen", ("olivia.turner@nexumcro.com",), "lever-intro-london-zone-en")


def events() -> list[dict[str, str]]:
    return [praxis_case(), kessler_final(), orion_medcomms(), biogenetica_agency(), nexum_lever()]
