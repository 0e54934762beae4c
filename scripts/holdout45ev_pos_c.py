"""holdout45: the user's own interviews, part C (other hospitals in Spain).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import alt_html, zoom
from holdout45ev_ics import (
    OUTLOOK,
    OUTLOOK_DESKTOP,
    TBIRD,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC1_ES,
    esc,
    event,
    uid_outlook,
    uid_uuid,
    vcal,
)

BOOKINGS_DESC = """Hola Santiago Herrera:

Gracias por reservar con Selección Hospital Vitalis Barcelona. Esta es la confirmación de su cita.

Servicio: Entrevista de selección – Farmacéutico/a adjunto/a Servicio de Farmacia
Personal: Rosa Gimeno
Duración: 30 minutos
Modalidad: videollamada de Microsoft Teams (el enlace se incluye en esta invitación)

Rosa Gimeno, técnica de selección, le hará una primera entrevista sobre su trayectoria y disponibilidad.

Si necesita cambiar o cancelar la cita, use el enlace de la reserva.
Administrar reserva: https://outlook.office365.com/owa/calendar/SeleccionHospitalVitalis@grupovitalis.es/bookings/

Hospital Vitalis Barcelona · Grupo Hospitalario Vitalis
Passeig de la Bonanova 71, 08017 Barcelona"""


def vitalis_bookings() -> dict[str, str]:
    uid = uid_outlook("vitalis-bookings")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Selección Hospital Vitalis Barcelona:mailto:SeleccionHospitalVitalis@grupovitalis.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rosa Gimeno:mailto:rgimeno@grupovitalis.es
DESCRIPTION;LANGUAGE=es-ES:{esc(BOOKINGS_DESC)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista de selección – Farmacéutico/a adjunto/a Servicio de Farmacia
DTSTART;TZID=Romance Standard Time:20250312T163000
DTEND;TZID=Romance Standard Time:20250312T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T121409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT""", (TZ_ROMANCE,))
    return event("ms-bookings-es", ics, uid, 1, "Hospital Vitalis Barcelona",
                 "Farmacéutico/a adjunto/a Servicio de Farmacia", "recruiter_screen", ("rgimeno@grupovitalis.es",),
                 "ms-bookings-shared-mailbox-es")


def vitalis_cancel() -> dict[str, str]:
    uid = uid_outlook("vitalis-second")
    desc = """Estimado Santiago:

Lamentamos comunicarle que la Dra. Oriol no podrá realizar la segunda entrevista el día previsto por un \
imprevisto en el servicio. Cancelamos esta convocatoria; la secretaría del Servicio de Farmacia le propondrá una \
nueva fecha en los próximos días.

Disculpe las molestias.

Dra. Mireia Oriol Castells
Directora del Servicio de Farmacia – Hospital Vitalis Barcelona"""
    ics = vcal("""METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0""", f"""BEGIN:VEVENT
ORGANIZER;CN="Oriol Castells, Mireia":mailto:moriol@grupovitalis.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Cancelado: Segunda entrevista – Farmacéutico/a adjunto/a (S. Herrera)
DTSTART;TZID=Romance Standard Time:20250402T090000
DTEND;TZID=Romance Standard Time:20250402T100000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250331T181202Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Despacho Dirección Servicio de Farmacia (planta -1)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-cancel-es", ics, uid, 1, "Hospital Vitalis Barcelona", "Farmacéutico/a adjunto/a",
                 "hiring_manager", ("moriol@grupovitalis.es",), "cancelled-method-cancel-es")


def csmn_tribunal() -> dict[str, str]:
    uid = uid_outlook("csmn-tribunal")
    desc = """Benvolgut Sr. Herrera,

Us convoquem a l'entrevista personal del procés de selecció de Farmacèutic/a adjunt/a (ref. 14/2025), darrera \
fase del procés, un cop valorats els mèrits.

El tribunal estarà format per la Dra. Anna Pujol i Serra, cap del Servei de Farmàcia, i el Sr. Josep Maria Font, \
director assistencial. Jo actuaré com a secretària del procés, sense participació en la valoració.

Lloc: Hospital del Maresme Nord, Sala de Juntes (2a planta), Av. Turisme 3, 08370 Calella.
Cal portar el DNI i l'original del títol d'especialista.

Cordialment,
Sílvia Ramos Bosch
Unitat de Selecció i Desenvolupament · Consorci Sanitari del Maresme Nord"""
    ics = vcal(OUTLOOK_DESKTOP, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250409T073800Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250416T124500
DTSTAMP:20250409T073800Z
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250416T120000
LAST-MODIFIED:20250409T073800Z
LOCATION:{esc("Sala de Juntes 2a planta, Hospital del Maresme Nord, Calella")}
ORGANIZER;CN="Ramos Bosch, Sílvia":mailto:sramos@csmnord.cat
ATTENDEE;CN="Herrera, Santiago";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sherrera@hullobregat.cat
ATTENDEE;CN="Pujol Serra, Anna";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:apujol@csmnord.cat
ATTENDEE;CN="Font Grau, Josep Maria";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jmfont@csmnord.cat
ATTENDEE;CN="Sala de Juntes 2a planta";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:salajuntes2@csmnord.cat
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Entrevista procés selecció Farmacèutic/a adjunt/a (ref. 14/2025) - S. Herrera
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc, "ca"))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT""", (TZ_UTC1_ES,))
    return event("outlook-tribunal-work-address-ca", ics, uid, 1, "Consorci Sanitari del Maresme Nord",
                 "Farmacèutic/a adjunt/a", "final", ("apujol@csmnord.cat", "jmfont@csmnord.cat"),
                 "public-tribunal-secretary-not-interviewer-ca")


def sierra_guadarrama() -> dict[str, str]:
    uid = uid_outlook("guadarrama-practica")
    desc = """Estimado Santiago:

Le confirmo la convocatoria para la prueba práctica y la entrevista del proceso de FEA de Farmacia Hospitalaria \
(Área de Oncohematología).

- 10:00 h Prueba práctica (45 min): validación de tres prescripciones de quimioterapia con incidencias y \
cálculo de ajuste de dosis.
- 10:45 h Entrevista con la Dra. Carmen Olmedo (Jefa de Servicio) y el Dr. Luis Abad (FEA Oncohematología).

Lugar: Servicio de Farmacia, planta -1, Hospital Universitario Sierra de Guadarrama, C/ Dr. Ramón y Cajal s/n, \
28400 Collado Villalba.

Atentamente,
Dra. Carmen Olmedo Benítez
Jefa de Servicio de Farmacia"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Olmedo Benítez, Carmen":mailto:carmen.olmedo@hsierraguadarrama.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abad Sierra, Luis"
 :mailto:luis.abad@hsierraguadarrama.es
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Prueba práctica + entrevista FEA Farmacia (Oncohematología)
DTSTART;TZID=Romance Standard Time:20250507T100000
DTEND;TZID=Romance Standard Time:20250507T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T101533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Servicio de Farmacia (planta -1)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-practical-es", ics, uid, 1, "Hospital Universitario Sierra de Guadarrama",
                 "FEA Farmacia Hospitalaria (Oncohematología)", "technical",
                 ("carmen.olmedo@hsierraguadarrama.es", "luis.abad@hsierraguadarrama.es"),
                 "hospital-practical-exam-es")


def turia_norte() -> dict[str, str]:
    uid = uid_outlook("turia-zoom")
    desc = """Estimado/a candidato/a:

Le convocamos a la entrevista del proceso de selección de FEA de Farmacia Hospitalaria (contrato de \
interinidad, Pacientes Externos). La entrevista la realizarán el Dr. Vicent Ferrando Climent, Jefe de Servicio, \
y la Dra. Rosa Marí Peris, responsable de la Unidad de Pacientes Externos.

Esta secretaría solo gestiona la convocatoria. Por favor, conéctese 5 minutos antes.

Secretaría del Servicio de Farmacia
Hospital Universitario Turia Norte – Valencia

""" + zoom("turia-zoom", "Secretaría Farmacia HUTN", "es")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Secretaría Servicio de Farmacia:mailto:secretaria.farmacia@hturianorte.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Vicent Ferrando Climent
 :mailto:vferrando@hturianorte.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rosa Marí Peris:mailto:rmari@hturianorte.es
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista candidatos FEA Farmacia – Santiago Herrera
DTSTART;TZID=Romance Standard Time:20250320T123000
DTEND;TZID=Romance Standard Time:20250320T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T094420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-zoom-secretary-es", ics, uid, 1, "Hospital Universitario Turia Norte",
                 "FEA de Farmacia Hospitalaria", "", ("vferrando@hturianorte.es", "rmari@hturianorte.es"),
                 "candidates-in-title-secretary-zoom-es")


def valle_jerte_allday() -> dict[str, str]:
    uid = uid_uuid("jerte-tbird")
    note = """Tren Madrid Chamartín - Plasencia 07:40 (llega 10:25).
Entrevista a las 12:00 con la jefa de servicio, Dra. Inés Paredes.
Llevar CV impreso, títulos y certificado FIR.
Vuelta 17:55."""
    ics = vcal(TBIRD, f"""BEGIN:VEVENT
CREATED:20250509T190233Z
LAST-MODIFIED:20250509T190512Z
DTSTAMP:20250509T190512Z
UID:{uid}
SUMMARY:Entrevista FEA Farmacia - H. Valle del Jerte (Plasencia)
DTSTART;VALUE=DATE:20250516
DTEND;VALUE=DATE:20250517
TRANSP:TRANSPARENT
LOCATION:Plasencia
DESCRIPTION:{esc(note)}
X-MOZ-GENERATION:2
END:VEVENT""", (TZ_MADRID,))
    return event("thunderbird-allday-es", ics, uid, 1, "Hospital Valle del Jerte", "FEA Farmacia", "",
                 ("inés paredes",), "user-typed-allday-trip-es")


def mar_i_muntanya() -> dict[str, str]:
    uid = uid_outlook("marimuntanya")
    desc = """Benvolgut Santiago,

Per encàrrec del Dr. Ramon Casals, us envio la convocatòria per a l'entrevista de la plaça de Farmacèutic/a \
adjunt/a de la Unitat de Mescles Intravenoses. Us entrevistaran el Dr. Casals i la Dra. Núria Vidal, \
responsable de la Unitat.

Lloc: Servei de Farmàcia, edifici B, planta 0, Hospital Universitari Mar i Muntanya (Ctra. de Vilassar 40, \
08320 El Masnou).

Salutacions,
Montse Rius
Secretaria del Servei de Farmàcia"""
    ics = vcal(OUTLOOK_DESKTOP, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250602T111019Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20250610T094500
DTSTAMP:20250602T111019Z
DTSTART;TZID="Romance Standard Time":20250610T090000
LAST-MODIFIED:20250602T111019Z
LOCATION:{esc("Servei de Farmàcia, edifici B, planta 0")}
ORGANIZER;CN="Casals Prat, Ramon";SENT-BY="mailto:mrius@hmarimuntanya.cat":mailto:rcasals@hmarimuntanya.cat
ATTENDEE;CN="santi.herrera.farma@gmail.com";RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN="Vidal Soler, Núria";RSVP=TRUE:mailto:nvidal@hmarimuntanya.cat
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Entrevista - Farmacèutic/a adjunt/a Unitat de Mescles Intravenoses
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc, "ca"))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-sentby-secretary-ca", ics, uid, 1, "Hospital Universitari Mar i Muntanya",
                 "Farmacèutic/a adjunt/a Unitat de Mescles Intravenoses", "hiring_manager",
                 ("rcasals@hmarimuntanya.cat", "nvidal@hmarimuntanya.cat"), "outlook-sent-by-xaltdesc-ca")


def events() -> list[dict[str, str]]:
    return [vitalis_bookings(), vitalis_cancel(), csmn_tribunal(), sierra_guadarrama(), turia_norte(),
            valle_jerte_allday(), mar_i_muntanya()]
