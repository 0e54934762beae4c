"""holdout45: the user's own interviews, part F (CROs and international employers, recurring and UTC shapes).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import meet, teams, zoom
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    TZ_GMT,
    TZ_MADRID,
    TZ_NEW_YORK,
    TZ_ROMANCE,
    TZ_WEUROPE,
    esc,
    event,
    uid_at,
    uid_google,
    uid_outlook,
    vcal,
)


def lundqvist_recurring() -> dict[str, str]:
    uid = uid_outlook("lundqvist-ac")
    day1 = """Dear Santiago,

Congratulations on reaching the assessment centre of the Lundqvist Pharma Medical Affairs Fellowship 2025 \
(Southern Europe). The assessment runs over two mornings on Teams.

Day 1: group case exercise and competency interview
Day 2: individual case presentation and panel interview

Your assessors are Karin Lind (Medical Lead Nordics & Iberia) and Oriol Massana (Medical Manager Spain). I will \
host the sessions and take notes but I am not part of the assessment.

Best regards,
Emelie Berg
Early Talent, Lundqvist Pharma

""" + teams("lundqvist-ac", "en")
    day2 = """Dear Santiago,

Small change for day 2: we start at 09:30 instead of 09:00 because Karin is flying in from Stockholm. The \
presentation (10 min) and panel interview with Karin Lind and Oriol Massana follow right after.

Best regards,
Emelie

""" + teams("lundqvist-ac", "en")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Emelie Berg:mailto:emelie.berg@lundqvistpharma.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karin Lind:mailto:karin.lind@lundqvistpharma.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oriol Massana
 :mailto:oriol.massana@lundqvistpharma.com
DESCRIPTION;LANGUAGE=en-US:{esc(day1)}
RRULE:FREQ=DAILY;COUNT=2
UID:{uid}
SUMMARY;LANGUAGE=en-US:Assessment Centre – Medical Affairs Fellowship 2025 (Santiago Herrera)
DTSTART;TZID=W. Europe Standard Time:20250611T090000
DTEND;TZID=W. Europe Standard Time:20250611T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250604T120103Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN=Emelie Berg:mailto:emelie.berg@lundqvistpharma.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karin Lind:mailto:karin.lind@lundqvistpharma.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oriol Massana
 :mailto:oriol.massana@lundqvistpharma.com
DESCRIPTION;LANGUAGE=en-US:{esc(day2)}
RECURRENCE-ID;TZID=W. Europe Standard Time:20250612T090000
UID:{uid}
SUMMARY;LANGUAGE=en-US:Assessment Centre – Medical Affairs Fellowship 2025 (Santiago Herrera)
DTSTART;TZID=W. Europe Standard Time:20250612T093000
DTEND;TZID=W. Europe Standard Time:20250612T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250606T080512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT""", (TZ_WEUROPE,))
    return event("exchange-recurring-override-en", ics, uid, 1, "Lundqvist Pharma",
                 "Medical Affairs Fellowship 2025", "onsite",
                 ("karin.lind@lundqvistpharma.se", "oriol.massana@lundqvistpharma.com"),
                 "recurring-assessment-with-override-en")


def tavira_gmt() -> dict[str, str]:
    uid = uid_outlook("tavira-gmt")
    desc = """Dear Santiago,

Thank you for applying to Tavira Biosciences. I would like to schedule a first conversation about the \
Regulatory Affairs Manager – Iberia role (Lisbon or Madrid, hybrid). Please note the invitation is in Lisbon \
time (11:00 in Spain).

Kind regards,
Inês Carvalho
Talent Acquisition | Tavira Biosciences, S.A.

""" + teams("tavira-gmt", "en", new_style=True)
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@tavirabio.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Tavira Biosciences | Santiago Herrera
DTSTART;TZID=GMT Standard Time:20250327T100000
DTEND;TZID=GMT Standard Time:20250327T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_GMT,))
    return event("exchange-gmt-screen-en", ics, uid, 1, "Tavira Biosciences", "Regulatory Affairs Manager – Iberia",
                 "recruiter_screen", ("ines.carvalho@tavirabio.pt",), "exchange-gmt-zone-name-only-title-en")


def mirabel_calendly() -> dict[str, str]:
    uid = uid_at("mirabel-calendly", "calendly.com", 16)
    desc = """Event Name: Phone Screen – Drug Safety Associate (Mirabel Pharma)

Location: Hannah will call you on +34 6** *** 418

Please share anything that will help prepare for our meeting.: I am currently a hospital pharmacist in \
Barcelona; happy to talk in English or Spanish.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/b3e1f0a8-2c44-4a0e-9d1f-6e7a52c0d913
Reschedule: https://calendly.com/reschedulings/b3e1f0a8-2c44-4a0e-9d1f-6e7a52c0d913

Powered by Calendly.com"""
    ics = vcal("PRODID:-//Calendly//Calendly Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T074512Z
DTSTART:20250407T130000Z
DTEND:20250407T132000Z
SUMMARY:Santiago Herrera and Hannah Price
ORGANIZER;CN=Hannah Price:mailto:hannah.price@mirabelpharma.co.uk
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.price@mirabelpharma.co.uk
DESCRIPTION:{esc(desc)}
LOCATION:+34 6** *** 418
STATUS:CONFIRMED
END:VEVENT""")
    return event("calendly-phone-en", ics, uid, 1, "Mirabel Pharma", "Drug Safety Associate", "recruiter_screen",
                 ("hannah.price@mirabelpharma.co.uk",), "calendly-company-in-event-name-en")


def meridia_lever() -> dict[str, str]:
    uid = uid_google("meridia-lever")
    desc = """Hi Santiago,

Here are the details of your next interview with Meridia Clinical Research for the CRA II (Barcelona) role.

Interviewers:
Núria Ferré – Line Manager, Clinical Operations Spain
Daniel Ortega – Senior CRA

Format: 60 min. The first 25 minutes are a protocol exercise: we'll share a synopsis of a phase III oncology \
study and ask you to spot the monitoring risks. Then competency questions.

Best,
Meridia Talent Team

""" + meet("meridia-lever", "en") + """

Interview scheduled through Lever"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250226T100000
DTEND;TZID=Europe/Madrid:20250226T110000
DTSTAMP:20250219T160230Z
ORGANIZER;CN=Meridia Talent Team:mailto:talent@meridiacr.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Núria Ferré
 ;X-NUM-GUESTS=0:mailto:nuria.ferre@meridiacr.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Daniel Ortega
 ;X-NUM-GUESTS=0:mailto:daniel.ortega@meridiacr.com
CREATED:20250219T160226Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250219T160230Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Interview: Santiago Herrera for CRA II (Barcelona) – protocol exercise")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("lever-google-technical-en", ics, uid, 1, "Meridia Clinical Research", "CRA II (Barcelona)",
                 "technical", ("nuria.ferre@meridiacr.com", "daniel.ortega@meridiacr.com"), "lever-exercise-en")


def meridia_final() -> dict[str, str]:
    uid = uid_outlook("meridia-final")
    desc = """Hola Santiago:

Te confirmo la entrevista final para la posición de CRA II en nuestras oficinas de Madrid (C/ Orense 34, 7.ª \
planta). Estarán Fernando Calvo (Director de Operaciones Clínicas) y Marta Iglesias (HR Business Partner).
Yo te recibo en recepción y te acompaño; no estaré en la entrevista.

Un saludo,
Lidia Sanz – Talent Coordinator, Meridia Clinical Research"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Lidia Sanz:mailto:lidia.sanz@meridiacr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fernando Calvo:mailto:fernando.calvo@meridiacr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Iglesias:mailto:marta.iglesias@meridiacr.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=MAD Orense 7 - Sala Retiro
 :mailto:mad.retiro@meridiacr.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista final – CRA II – Santiago Herrera
DTSTART;TZID=Romance Standard Time:20250311T113000
DTEND;TZID=Romance Standard Time:20250311T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T084410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD Orense 7 - Sala Retiro
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-final-room-es", ics, uid, 1, "Meridia Clinical Research", "CRA II", "final",
                 ("fernando.calvo@meridiacr.com", "marta.iglesias@meridiacr.com"), "final-coordinator-room-es")


def clinaxis_workable() -> dict[str, str]:
    uid = uid_at("clinaxis-workable", "workable.com", 24)
    desc = """Phone screen for Drug Safety Associate (Spanish speaker) at ClinAxis

Hi Santiago, I'll give you a call at the number in your application. We'll chat for about 25 minutes about your \
background in hospital pharmacy and your interest in drug safety.

Daniel Kerr
Recruiter, ClinAxis

Scheduled with Workable"""
    ics = vcal("PRODID:-//Workable//Workable Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250211T150322Z
DTSTART:20250217T151500Z
DTEND:20250217T154500Z
SUMMARY:{esc("Santiago Herrera - Phone screen for Drug Safety Associate (Spanish speaker)")}
DESCRIPTION:{esc(desc)}
LOCATION:Phone call
ORGANIZER;CN=Daniel Kerr:mailto:daniel.kerr@clinaxis.com
ATTENDEE;CN=Santiago Herrera;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:santi.herrera.farma@gmail.com
STATUS:CONFIRMED
END:VEVENT""")
    return event("workable-phone-utc-en", ics, uid, 1, "ClinAxis", "Drug Safety Associate (Spanish speaker)",
                 "recruiter_screen", ("daniel.kerr@clinaxis.com",), "workable-phone-screen-en")


def ardent_zoom() -> dict[str, str]:
    uid = uid_google("ardent-zoom")
    desc = """Hi Santiago,

Thanks again for the take-home. In this technical interview you'll walk Rachel and Dev through it (15 min) and \
then we'll go deeper into CMC variations and the EU post-approval change process.

Panel: Rachel Kim (Director, Regulatory CMC) and Dev Patel (Senior Manager, Regulatory CMC)

""" + zoom("ardent-zoom", "Rachel Kim", "en", "ardentbio")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250430T090000
DTEND;TZID=America/New_York:20250430T100000
DTSTAMP:20250423T190144Z
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@ardentbio.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Kim;X-NUM-GUESTS=0
 :mailto:rachel.kim@ardentbio.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dev Patel;X-NUM-GUESTS=0
 :mailto:dev.patel@ardentbio.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250423T190140Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250423T190144Z
LOCATION:{esc("https://ardentbio.zoom.us/j/")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Ardent Biologics | Technical Interview – Regulatory CMC Specialist (EU, remote)")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_NEW_YORK,))
    return event("google-zoom-technical-en", ics, uid, 1, "Ardent Biologics", "Regulatory CMC Specialist (EU, remote)",
                 "technical", ("rachel.kim@ardentbio.com", "dev.patel@ardentbio.com"), "zoom-take-home-review-en")


def corrib_bookings() -> dict[str, str]:
    uid = uid_outlook("corrib-bookings")
    desc = """Hello Santiago Herrera,

Thank you for booking with Corrib Pharmaceuticals Careers. Your booking is confirmed.

Service: Pharmacovigilance Officer – screening call
Staff: Siobhán Kelly
Duration: 30 minutes

Siobhán from our Talent team will ask about your experience and availability.

Manage booking: https://outlook.office365.com/owa/calendar/Careers@corribpharma.ie/bookings/"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Corrib Pharmaceuticals Careers:mailto:Careers@corribpharma.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:siobhan.kelly@corribpharma.ie
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Pharmacovigilance Officer – screening call
DTSTART;TZID=GMT Standard Time:20250605T140000
DTEND;TZID=GMT Standard Time:20250605T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250529T110202Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_GMT,))
    return event("ms-bookings-gmt-en", ics, uid, 1, "Corrib Pharmaceuticals", "Pharmacovigilance Officer",
                 "recruiter_screen", ("siobhan.kelly@corribpharma.ie",), "ms-bookings-dublin-en")


def events() -> list[dict[str, str]]:
    return [lundqvist_recurring(), tavira_gmt(), mirabel_calendly(), meridia_lever(), meridia_final(),
            clinaxis_workable(), ardent_zoom(), corrib_bookings()]
