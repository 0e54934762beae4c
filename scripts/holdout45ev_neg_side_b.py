"""holdout45: negatives with the user on the hiring side at his hospital, part B.

Written blind as raw iCalendar text (CC0 1.0). Santiago Herrera interviews pharmacy technicians, pharmacists and
students at Hospital Universitari del Llobregat (hullobregat.cat); none of these is his own job interview.
"""

from __future__ import annotations

from holdout45ev_boiler import alt_html, teams
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    OUTLOOK_DESKTOP,
    TZ_MADRID,
    TZ_ROMANCE,
    esc,
    event,
    uid_at,
    uid_google,
    uid_outlook,
    vcal,
)

EXCH_TAIL = """CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1"""


def interview_kit() -> dict[str, str]:
    uid = uid_outlook("side-kit")
    desc = """Hola,

Abans de les entrevistes de la plaça de Farmacèutic/a adjunt/a us proposo 45 minuts per revisar junts el kit \
d'entrevista: preguntes per competències (treball en equip, gestió d'errors de medicació, orientació al pacient), \
cas pràctic i criteris de puntuació de l'1 al 5.

Laia Ferrer – Unitat de Selecció"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Laia":mailto:lferrer@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roca Bertran, Albert":mailto:aroca@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Puig Vidal, Montserrat":mailto:mpuig@hullobregat.cat
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Kit d'entrevista Farmacèutic/a adjunt/a – revisar preguntes i criteris
DTSTART;TZID=Romance Standard Time:20250326T140000
DTEND;TZID=Romance Standard Time:20250326T144500
DTSTAMP:20250320T104433Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala de reunions Farmàcia
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-interview-kit-ca", ics, uid, trap="user-as-interviewer-kit-ca")


def successfactors_assigned() -> dict[str, str]:
    uid = uid_at("side-sf-pons", "sapsf.eu", 26)
    desc = """Ha sido asignado/a como entrevistador/a.

Candidato/a: Jordi Pons Vidal
Puesto: Técnico/a en Farmacia – bolsa de trabajo (Req. 3381)
Rol en la entrevista: Entrevistador/a
Otros entrevistadores: Marina Costa Mir

Acceda a la evaluación de la entrevista en SAP SuccessFactors para registrar su valoración al finalizar.

Este mensaje ha sido generado automáticamente por SAP SuccessFactors Recruiting – Hospital Universitari del \
Llobregat."""
    ics = vcal("PRODID:-//SAP SuccessFactors//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
               f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250507T074512Z
DTSTART;TZID=Europe/Madrid:20250514T150000
DTEND;TZID=Europe/Madrid:20250514T153000
SUMMARY:{esc("Entrevista con candidato/a: Jordi Pons Vidal – Técnico/a en Farmacia (Req. 3381)")}
DESCRIPTION:{esc(desc)}
LOCATION:Sala 3 – Servei de Farmàcia
ORGANIZER;CN=Selecció HULL:mailto:seleccio.noreply@hullobregat.cat
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sherrera@hullobregat.cat
ATTENDEE;CN=Marina Costa Mir;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mcosta@hullobregat.cat
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", (TZ_MADRID,))
    return event("successfactors-interviewer-assigned-es", ics, uid,
                 trap="user-as-interviewer-ats-assignment-es")


def candidate_organizer() -> dict[str, str]:
    uid = uid_google("side-candidate-lasa")
    desc = """Hola Santiago,

Como me pediste por correo, te envío la invitación para la entrevista de la beca de colaboración en el \
Servicio de Farmacia. Llevaré el expediente académico impreso.

¡Gracias!
Nerea Lasa (5º Farmacia, UB)"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250605T130000
DTEND;TZID=Europe/Madrid:20250605T133000
DTSTAMP:20250529T194455Z
ORGANIZER;CN=Nerea Lasa:mailto:nerea.lasa.farma@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nerea Lasa;X-NUM-GUESTS=0
 :mailto:nerea.lasa.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sherrera@hullobregat.cat
 ;X-NUM-GUESTS=0:mailto:sherrera@hullobregat.cat
CREATED:20250529T194451Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250529T194455Z
LOCATION:{esc("Hospital Universitari del Llobregat, Servei de Farmàcia")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Santiago Herrera (Servicio de Farmacia) – beca colaboración
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("google-candidate-invites-user-es", ics, uid, trap="user-as-interviewer-candidate-organizer-es")


def calibration() -> dict[str, str]:
    uid = uid_outlook("side-calibration")
    desc = """Sessió de calibratge d'entrevistadors del procés FEA 2025: revisarem dues entrevistes gravades (amb \
consentiment) i compararem puntuacions per unificar criteris entre avaluadors."""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Unitat de Selecció HULL:mailto:seleccio@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Navarro Gil, Elisa"
 :mailto:enavarro@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roca Bertran, Albert":mailto:aroca@hullobregat.cat
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Calibratge entrevistadors – procés FEA 2025
DTSTART;TZID=Romance Standard Time:20250318T123000
DTEND;TZID=Romance Standard Time:20250318T133000
DTSTAMP:20250312T101020Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Aula 2 Docència
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-calibration-ca", ics, uid, trap="user-as-interviewer-calibration-ca")


def recurring_borsa() -> dict[str, str]:
    uid = uid_outlook("side-borsa-weekly")
    desc = """Franja fixa per entrevistar candidats de la borsa de Tècnics en Farmàcia fins a cobrir l'estiu. Laia \
us enviarà els noms cada dimarts."""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Costa Mir, Marina":mailto:mcosta@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Entrevistes borsa TFAR (dijous)
DTSTART;TZID=Romance Standard Time:20250508T140000
DTEND;TZID=Romance Standard Time:20250508T153000
DTSTAMP:20250505T080101Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala 3 Farmàcia
{EXCH_TAIL}
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-weekly-hiring-ca", ics, uid, trap="user-as-interviewer-recurring-ca")


def rotation_candidates() -> dict[str, str]:
    uid = uid_outlook("side-rotation")
    desc = """Santi,
T'he posat les entrevistes amb els dos residents d'altres hospitals que demanen fer la rotació externa a \
Oncohematologia (R3 de l'Hospital de Lleida i R4 de Palma). Són 20 minuts cadascun per videotrucada.

""" + teams("side-rotation", "ca")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Navarro Gil, Elisa":mailto:enavarro@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arnau Tarragó:mailto:arnau.tarrago.fir@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Xisca Mulet:mailto:xmulet@hpalmanord.es
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Entrevistes candidats rotació externa Oncohematologia
DTSTART;TZID=Romance Standard Time:20250219T130000
DTEND;TZID=Romance Standard Time:20250219T134000
DTSTAMP:20250213T112211Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Reunió del Microsoft Teams
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-rotation-candidates-ca", ics, uid, trap="user-as-interviewer-rotation-ca")


def reference_check_caller() -> dict[str, str]:
    uid = uid_outlook("side-refcheck")
    ics = vcal(OUTLOOK_DESKTOP.replace("METHOD:REQUEST", "METHOD:PUBLISH"), f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250414T093000Z
DESCRIPTION:{esc("Trucar a la Dra. Soto (H. Palma Nord) – referències de C. Aguilar, candidata FEA. "
                 "Preguntes: treball en equip, validació, guàrdies.")}
DTEND;TZID="Romance Standard Time":20250415T100000
DTSTAMP:20250414T093000Z
DTSTART;TZID="Romance Standard Time":20250415T093000
LAST-MODIFIED:20250414T093000Z
LOCATION:Telèfon
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Referències candidata FEA (C. Aguilar)
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-user-checks-references-ca", ics, uid, trap="user-as-interviewer-reference-check-ca")


def night_shift_slots() -> dict[str, str]:
    uid = uid_outlook("side-night-slots")
    desc = """Buenos días,

Os convoco a las entrevistas de Técnico/a en Farmacia para el turno de noche. Tres candidatos, 25 minutos cada \
uno:
16:00 – Noelia Prats Ruiz
16:30 – Iván Morales Pino
17:00 – Sonia Jurado Vela

Entrevistan: Marina Costa y Santiago Herrera. Las fichas de evaluación están en la carpeta del proceso.

Gracias,
Laia"""
    ics = vcal(OUTLOOK_DESKTOP, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250521T081500Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20250527T173000
DTSTAMP:20250521T081500Z
DTSTART;TZID="Romance Standard Time":20250527T160000
LAST-MODIFIED:20250521T081500Z
LOCATION:{esc("Sala 3, Servei de Farmàcia")}
ORGANIZER;CN="Ferrer Soler, Laia":mailto:lferrer@hullobregat.cat
ATTENDEE;CN="Herrera Ruiz, Santiago";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sherrera@hullobregat.cat
ATTENDEE;CN="Costa Mir, Marina";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mcosta@hullobregat.cat
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevistas técnicos farmacia – turno noche (3 candidatos)
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-slots-xaltdesc-es", ics, uid, trap="user-as-interviewer-slots-es")


def bookings_staff() -> dict[str, str]:
    uid = uid_outlook("side-bookings-staff")
    desc = """Se ha reservado una cita nueva.

Servicio: Entrevista de selección – Técnico/a en Farmacia (bolsa)
Personal: Santiago Herrera
Cliente: Rubén Cano Ortega
Correo del cliente: rubencano.tfar@gmail.com
Teléfono: 6** *** 903

Selecció HULL – Microsoft Bookings"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Selecció HULL:mailto:SeleccioHULL@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera:mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rubén Cano Ortega
 :mailto:rubencano.tfar@gmail.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista de selección – Técnico/a en Farmacia (bolsa) – Rubén Cano Ortega
DTSTART;TZID=Romance Standard Time:20250522T150000
DTEND;TZID=Romance Standard Time:20250522T153000
DTSTAMP:20250516T191002Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala 3 Farmàcia
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("ms-bookings-user-is-staff-es", ics, uid, trap="user-as-interviewer-bookings-staff-es")


def group_dynamic_observer() -> dict[str, str]:
    uid = uid_outlook("side-dinamica")
    desc = """Dinámica de grupo para el proceso de técnicos en farmacia (12 candidatos, dos grupos). Los \
observadores (Marina Costa, Santiago Herrera) puntúan comunicación y resolución de problemas con la plantilla de \
observación."""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Unitat de Selecció HULL:mailto:seleccio@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Costa Mir, Marina":mailto:mcosta@hullobregat.cat
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=HULL Aula Magna
 :mailto:aula.magna@hullobregat.cat
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Observador – dinámica de grupo selección técnicos farmacia
DTSTART;TZID=Romance Standard Time:20250603T090000
DTEND;TZID=Romance Standard Time:20250603T113000
DTSTAMP:20250526T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:HULL Aula Magna
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-assessment-observer-es", ics, uid, trap="user-as-interviewer-group-dynamic-es")


def events() -> list[dict[str, str]]:
    return [interview_kit(), successfactors_assigned(), candidate_organizer(), calibration(), recurring_borsa(),
            rotation_candidates(), reference_check_caller(), night_shift_slots(), bookings_staff(),
            group_dynamic_observer()]
