"""holdout45: the user's own interviews, part D (private clinics, digital health, Spanish exports and notes).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import meet, meet_code, webex
from holdout45ev_ics import (
    GOOGLE,
    TZ_MADRID,
    esc,
    event,
    uid_at,
    uid_google,
    uid_uuid,
    vcal,
)


def clinica_montseny() -> dict[str, str]:
    uid = uid_google("montseny-meet")
    desc = """Hola Santiago,

Gracias por tu candidatura para Responsable de Farmacia. Me gustaría conocerte: la persona que se incorpore \
dependerá directamente de mí y coordinará a dos técnicos y la farmacia de quirófano.

Recursos Humanos (Judit) está invitada solo para que tenga la convocatoria; la entrevista la hago yo.

Un saludo,
Dr. Francesc Aymerich
Director Médico · Clínica Montseny

""" + meet("montseny-meet", "es")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART:20250417T071500Z
DTEND:20250417T080000Z
DTSTAMP:20250410T154207Z
ORGANIZER;CN=Francesc Aymerich:mailto:faymerich@clinicamontseny.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Francesc Aymerich
 ;X-NUM-GUESTS=0:mailto:faymerich@clinicamontseny.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Judit Serra (RRHH)
 ;X-NUM-GUESTS=0:mailto:jserra@clinicamontseny.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=santi.herrera.farma@gmail.com;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code("montseny-meet")}
CREATED:20250410T154204Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250410T154207Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista Responsable de Farmacia – Santiago Herrera")}
TRANSP:OPAQUE
END:VEVENT""")
    return event("google-meet-utc-hm-es", ics, uid, 1, "Clínica Montseny", "Responsable de Farmacia",
                 "hiring_manager", ("faymerich@clinicamontseny.com",), "google-meet-hr-optional-es")


def clinica_levante_webex() -> dict[str, str]:
    uid = uid_at("fcl-webex", "fclevante.org", 24)
    desc = """Estimado Santiago:

Le invitamos a la entrevista técnica para el puesto de Farmacéutico/a de Ensayos Clínicos de la Unidad de \
Investigación. Le plantearemos dos supuestos prácticos (gestión de muestras en investigación con desviación de \
temperatura y enmascaramiento de un producto en investigación) y comentaremos su experiencia con ensayos fase I.

Entrevistadoras: Dra. Elena Beltrán (Directora de la Unidad de Investigación) y Dra. Paula Soriano (farmacéutica \
responsable de Ensayos Clínicos).

""" + webex("fcl-webex", "fclevante", "es")
    ics = vcal("PRODID:-//Cisco//Webex Meetings//ES\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250505T083011Z
DTSTART;TZID=Europe/Madrid:20250514T170000
DTEND;TZID=Europe/Madrid:20250514T180000
SUMMARY:{esc("Entrevista técnica - Farmacéutico/a de Ensayos Clínicos")}
ORGANIZER;CN=Elena Beltrán:mailto:ebeltran@fclevante.org
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Paula Soriano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:psoriano@fclevante.org
LOCATION:https://fclevante.webex.com/fclevante/j.php
DESCRIPTION:{esc(desc)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", (TZ_MADRID,))
    return event("webex-technical-es", ics, uid, 1, "Fundación Clínica Levante", "Farmacéutico/a de Ensayos Clínicos",
                 "technical", ("ebeltran@fclevante.org", "psoriano@fclevante.org"), "webex-case-questions-es")


def dosis_ashby() -> dict[str, str]:
    uid = uid_google("dosis-ashby")
    desc = """Hi Santiago,

Thanks for making time for the case study round for the Clinical Pharmacist (Product) role at Dosis Health.

Agenda (60 min)
- 5 min intros
- 35 min case: you will review our medication-reconciliation flow for polymedicated patients and walk us \
through the clinical risks you see
- 20 min your questions

Interviewers
- María López, Head of Clinical
- Tom Becker, Senior Product Manager

I'm coordinating the loop but won't be on the call. Ping me at ana.sanz@dosis.health if anything comes up.

Ana – People team

""" + meet("dosis-ashby", "en") + """

Scheduled with Ashby"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART:20250422T140000Z
DTEND:20250422T150000Z
DTSTAMP:20250415T093027Z
ORGANIZER;CN=Ana Sanz:mailto:ana.sanz@dosis.health
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=María López
 ;X-NUM-GUESTS=0:mailto:maria.lopez@dosis.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Becker
 ;X-NUM-GUESTS=0:mailto:tom.becker@dosis.health
X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code("dosis-ashby")}
CREATED:20250415T093021Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250415T093027Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Dosis Health – Case study: Clinical Pharmacist (Product) – Santiago Herrera")}
TRANSP:OPAQUE
END:VEVENT""")
    return event("ashby-case-en", ics, uid, 1, "Dosis Health", "Clinical Pharmacist (Product)", "technical",
                 ("maria.lopez@dosis.health", "tom.becker@dosis.health"), "ashby-case-coordinator-en")


def tracebio_calcom() -> dict[str, str]:
    uid = uid_at("tracebio-cal", "Cal.com", 22)
    desc = """What: Intro call – Medical Content Lead
Invitee Time Zone: Europe/Madrid
Who:
Hugo Marín - Organizer
hugo@tracebio.io
Santiago Herrera
santi.herrera.farma@gmail.com
Where: Cal Video https://app.cal.com/video/{0}
Description: 30 min to get to know each other and talk about the Medical Content Lead role at Tracebio \
(we build evidence summaries for hospital pharmacy teams).

Need to make a change? Cancel or reschedule: https://app.cal.com/booking/{0}""".format(uid[:22])
    ics = vcal("PRODID:-//Cal.com Inc.//Cal.com Event//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:Intro call between Hugo Marín and Santiago Herrera
DTSTART:20250508T080000Z
DTEND:20250508T083000Z
DTSTAMP:20250502T190412Z
DESCRIPTION:{esc(desc)}
LOCATION:Cal Video
ORGANIZER;CN=Hugo Marín:mailto:hugo@tracebio.io
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;CN=Santiago Herrera:mailto:santi.herrera.farma@gmail.com
STATUS:CONFIRMED
END:VEVENT""")
    return event("calcom-intro-en", ics, uid, 1, "Tracebio", "Medical Content Lead", "", ("hugo@tracebio.io",),
                 "calcom-intro-call-en")


def salutis_greenhouse() -> dict[str, str]:
    uid = uid_google("salutis-gh")
    desc = """Hola Santiago,

¡Gracias por tu interés en Salutis Digital! Te confirmamos la primera entrevista para Medical Affairs \
Specialist.

Con quién: Clara Vives, Talent Partner
Duración: 30 minutos
Formato: Google Meet (enlace abajo)

Si necesitas reprogramar, responde a este correo.

Equipo de Talento de Salutis Digital

""" + meet("salutis-gh", "es")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250224T163000
DTEND;TZID=Europe/Madrid:20250224T170000
DTSTAMP:20250218T101155Z
ORGANIZER;CN=Salutis Digital Recruiting:mailto:recruiting@salutis.digital
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Clara Vives
 ;X-NUM-GUESTS=0:mailto:clara.vives@salutis.digital
X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code("salutis-gh")}
CREATED:20250218T101151Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250218T101155Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Salutis Digital - Entrevista con Santiago Herrera (Medical Affairs Specialist)")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("greenhouse-google-es", ics, uid, 1, "Salutis Digital", "Medical Affairs Specialist",
                 "recruiter_screen", ("clara.vives@salutis.digital",), "greenhouse-recruiting-mailbox-es")


def llorens_floating() -> dict[str, str]:
    uid = uid_google("llorens-export")
    desc = """Entrevista telefónica con Sergi Mas (RRHH) – Técnico/a de Garantía de Calidad.
Me llama él al móvil. Preguntar por horario y si es a turnos."""
    ics = vcal("""PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Santi
X-WR-TIMEZONE:Europe/Madrid""", f"""BEGIN:VEVENT
DTSTART:20250318T093000
DTEND:20250318T100000
DTSTAMP:20250317T200000Z
UID:{uid}
CREATED:20250313T171042Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250313T171107Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tel. Laboratorios Llorens
TRANSP:OPAQUE
END:VEVENT""")
    return event("google-export-floating-es", ics, uid, 1, "Laboratorios Llorens", "Técnico/a de Garantía de Calidad",
                 "recruiter_screen", ("sergi mas",), "x-wr-timezone-floating-user-note-es")


def pharmexa_terse() -> dict[str, str]:
    uid = uid_uuid("pharmexa-ios", upper=True)
    ics = vcal("""VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN""", f"""BEGIN:VEVENT
CREATED:20250319T221402Z
DTEND:20250326T091500Z
DTSTAMP:20250319T221409Z
DTSTART:20250326T083000Z
LAST-MODIFIED:20250319T221409Z
SEQUENCE:0
SUMMARY:entrevista pharmexa (teams)
TRANSP:OPAQUE
UID:{uid}
END:VEVENT""")
    return event("ios-terse-utc-es", ics, uid, 1, "Pharmexa", "", "", (), "user-typed-terse-lowercase-es")


def events() -> list[dict[str, str]]:
    return [clinica_montseny(), clinica_levante_webex(), dosis_ashby(), tracebio_calcom(), salutis_greenhouse(),
            llorens_floating(), pharmexa_terse()]
