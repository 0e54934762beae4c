"""holdout45: the user's own interviews, part A (Spanish industry, agencies naming the employer).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import alt_html, meet, meet_code, teams
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    OUTLOOK_DESKTOP,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC1_ES,
    esc,
    event,
    uid_at,
    uid_google,
    uid_outlook,
    vcal,
)


def albaterra_screen() -> dict[str, str]:
    uid = "interview-" + uid_at("albaterra-screen", "personio.de", 24)
    desc = """Hola Santiago,

gracias por tu interés en la posición de Técnico/a de Farmacovigilancia (ref. PV-0325) en Laboratorios Albaterra.

Te confirmamos una primera entrevista telefónica con Nuria Campos (Talent Acquisition). Te llamará al número que \
nos indicaste en tu candidatura (+34 6** *** 418).

Duración aproximada: 30 minutos.
Si necesitas cambiar la hora, responde a este correo o escríbenos a seleccion@albaterra.es.

Un saludo,
Equipo de Personas · Laboratorios Albaterra, S.A.
Pol. Ind. Can Salvatella, C/ Mogoda 31, 08210 Barberà del Vallès

Enviado a través de Personio"""
    ics = vcal("PRODID:-//Personio GmbH//Personio Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250226T154210Z
DTSTART;TZID=Europe/Madrid:20250304T100000
DTEND;TZID=Europe/Madrid:20250304T103000
SUMMARY:{esc("Entrevista telefónica: Técnico/a de Farmacovigilancia – Laboratorios Albaterra")}
ORGANIZER;CN=Nuria Campos:mailto:nuria.campos@albaterra.es
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Nuria Campos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nuria.campos@albaterra.es
LOCATION:Llamada telefónica
DESCRIPTION:{esc(desc)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", (TZ_MADRID,))
    return event("personio-phone-es", ics, uid, 1, "Laboratorios Albaterra", "Técnico/a de Farmacovigilancia",
                 "recruiter_screen", ("nuria.campos@albaterra.es",), "personio-phone-screen-es")


def albaterra_technical() -> dict[str, str]:
    uid = uid_outlook("albaterra-tech")
    desc = """Hola Santiago:

Tal como te ha avanzado Nuria, te enviamos la convocatoria para la entrevista técnica del proceso de \
Técnico/a de Farmacovigilancia.

Estaremos Jordi Bosch (QPPV local) y yo. Dedicaremos unos 20 minutos a un caso práctico: te compartiremos en \
pantalla un ICSR ficticio y te pediremos que valores gravedad, expectedness y plazos de notificación. No hace \
falta que prepares nada.

Nuria (RRHH) está en copia solo para la coordinación; no participará en la entrevista.

Saludos,
Elena Martínez Soler
Responsable de Farmacovigilancia | Laboratorios Albaterra
""" + teams("albaterra-tech", "es")
    ics = vcal(OUTLOOK_DESKTOP, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250310T091512Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20250318T170000
DTSTAMP:20250310T091512Z
DTSTART;TZID="Romance Standard Time":20250318T160000
LAST-MODIFIED:20250310T091512Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Martínez Soler, Elena":mailto:elena.martinez@albaterra.es
ATTENDEE;CN=santi.herrera.farma@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN="Bosch Vilanova, Jordi";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jordi.bosch@albaterra.es
ATTENDEE;CN="Campos Ribas, Nuria";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:nuria.campos@albaterra.es
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista técnica – Técnico/a de Farmacovigilancia (Santiago Herrera)
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-teams-technical-es", ics, uid, 1, "Laboratorios Albaterra", "Técnico/a de Farmacovigilancia",
                 "technical", ("elena.martinez@albaterra.es", "jordi.bosch@albaterra.es"),
                 "outlook-technical-coordinator-cc-es")


def cofalev() -> dict[str, str]:
    uid = uid_at("cofalev-sr", "smartrecruiters.com", 28)
    desc = """Hola Santiago,

Nos alegra comunicarte que has pasado a la siguiente fase del proceso para la posición de \
Farmacéutico/a Director/a Técnico/a – Almacén de Riba-roja de Túria.

Tu entrevista será con Amparo Lloret Ferrer, Directora de Operaciones, que es la responsable de la posición.

Fecha: martes, 25 de marzo de 2025
Hora: 09:30 – 10:15 (hora de España peninsular)
Modalidad: videollamada (Microsoft Teams). Recibirás el enlace de Amparo el mismo día.

Si no puedes asistir, puedes proponer otra hora desde tu área de candidato.

Atentamente,
Selección · Cofalev – Cooperativa Farmacéutica del Levante

Powered by SmartRecruiters"""
    ics = vcal("PRODID:-//SmartRecruiters//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
DTSTAMP:20250319T110402Z
UID:{uid}
DTSTART:20250325T083000Z
DTEND:20250325T091500Z
SUMMARY:{esc("Entrevista: Farmacéutico/a Director/a Técnico/a – Cofalev")}
ORGANIZER;CN=Cofalev Selección:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Santiago Herrera;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Amparo Lloret Ferrer;PARTSTAT=ACCEPTED:mailto:amparo.lloret@cofalev.es
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT""")
    return event("smartrecruiters-utc-es", ics, uid, 1, "Cofalev", "Farmacéutico/a Director/a Técnico/a",
                 "hiring_manager", ("amparo.lloret@cofalev.es",), "smartrecruiters-hm-utc-es")


def vendrell() -> dict[str, str]:
    uid = uid_google("vendrell-ca")
    desc = """Bon dia Santiago,

Gràcies per l'interès en la vacant de Tècnic/a d'Afers Regulatoris a Laboratoris Vendrell. Et proposem una primera \
entrevista amb en Xavier Rovira (director de Regulatory Affairs) i amb mi.

Parlarem de la teva experiència a l'hospital i de com t'imagines el pas a la indústria. Si pots, tingues a mà \
el CV en anglès.

Fins aviat,
Marta Soler Puig
People & Culture · Laboratoris Vendrell
Av. de la Generalitat 12, 08174 Sant Cugat del Vallès

""" + meet("vendrell-ca", "ca")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250408T110000
DTEND;TZID=Europe/Madrid:20250408T120000
DTSTAMP:20250401T082233Z
ORGANIZER;CN=Marta Soler Puig:mailto:msoler@vendrellfarma.cat
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Soler Puig;X-NUM-GUESTS=0
 :mailto:msoler@vendrellfarma.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Xavier Rovira;X-NUM-GUESTS=0
 :mailto:xrovira@vendrellfarma.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=santi.herrera.farma@gmail.com;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code("vendrell-ca")}
CREATED:20250401T082231Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250401T082233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista Santiago Herrera – Tècnic/a d'Afers Regulatoris")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("google-meet-ca", ics, uid, 1, "Laboratoris Vendrell", "Tècnic/a d'Afers Regulatoris", "",
                 ("msoler@vendrellfarma.cat", "xrovira@vendrellfarma.cat"), "google-meet-hr-and-manager-ca")


def regulapharm() -> dict[str, str]:
    uid = uid_at("regulapharm-calendly", "calendly.com", 16)
    desc = """Nombre del evento: Entrevista inicial (30 min) – Consultor/a Junior Regulatory Affairs

Ubicación: Esta es una reunión de Google Meet. Lucía Benavente te enviará el enlace antes de la llamada.

Preguntas del formulario:
¿Cuál es tu disponibilidad para incorporarte?: Preaviso de 1 mes con el hospital
Enlace a tu perfil de LinkedIn: linkedin.com/in/santiago-herrera-farma

¿Necesitas hacer cambios en este evento?
Cancelar: https://calendly.com/cancellations/7f0c1a52-83d3-4c2e-9a1b-54d8c2e1f9aa
Reprogramar: https://calendly.com/reschedulings/7f0c1a52-83d3-4c2e-9a1b-54d8c2e1f9aa

Con la tecnología de Calendly.com"""
    ics = vcal("PRODID:-//Calendly//Calendly Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250214T183010Z
DTSTART:20250219T113000Z
DTEND:20250219T120000Z
SUMMARY:Santiago Herrera y Lucía Benavente
ORGANIZER;CN=Lucía Benavente:mailto:lucia.benavente@regulapharm.es
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Lucía Benavente;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.benavente@regulapharm.es
DESCRIPTION:{esc(desc)}
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT""")
    return event("calendly-es", ics, uid, 1, "RegulaPharm Consulting", "Consultor/a Junior Regulatory Affairs",
                 "recruiter_screen", ("lucia.benavente@regulapharm.es",), "calendly-company-only-in-email-es")


def bexley_via_agency() -> dict[str, str]:
    uid = uid_outlook("bexley-kiara")
    desc = """Hi Santiago,

As discussed on the phone, please find below the invite for your interview with Bexley Pharmaceuticals for the \
Medical Information Specialist (Spain & Portugal) role.

You will meet Caroline Hughes (Medical Information Manager, Iberia) and Pablo Arnau (Medical Director Spain) joins \
for the second half. I will not be on the call – give me a ring afterwards so we can debrief.

Best of luck!
Rocío Santamaría
Senior Consultant, Medical Affairs | Kiara Life Sciences Recruitment
+34 93 220 41 87 | kiarals.com

""" + teams("bexley-kiara", "en")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Rocío Santamaría:mailto:rocio.santamaria@kiarals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caroline Hughes
 :mailto:caroline.hughes@bexleypharma.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pablo Arnau
 :mailto:pablo.arnau@bexleypharma.com
DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Bexley Pharmaceuticals // Santiago Herrera – Medical Information Specialist
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250423T150000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250423T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T101744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT""", (TZ_UTC1_ES,))
    return event("agency-outlook-teams-en", ics, uid, 1, "Bexley Pharmaceuticals", "Medical Information Specialist",
                 "hiring_manager", ("caroline.hughes@bexleypharma.com", "pablo.arnau@bexleypharma.com"),
                 "agency-names-employer-utc-display-zone-en")


def norgen_agency_screen() -> dict[str, str]:
    uid = uid_google("norgen-adalid")
    desc = """Hola Santiago,

Te envío la invitación para nuestra primera conversación. Quiero conocerte un poco mejor y contarte en detalle \
la posición de Medical Advisor Vacunas que estamos cubriendo para Norgen Pharma (oficinas en Alcobendas, con \
posibilidad de 2 días de teletrabajo).

Revisaremos tu experiencia, motivación y expectativas salariales antes de presentar tu candidatura al cliente.

Un abrazo,
Íñigo Aranburu
Partner · Adalid Talent – Life Sciences Executive Search

""" + meet("norgen-adalid", "es")
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T130000
DTEND;TZID=Europe/Madrid:20250402T133000
DTSTAMP:20250328T164502Z
ORGANIZER;CN=Íñigo Aranburu:mailto:inigo.aranburu@adalidtalent.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Íñigo Aranburu;X-NUM-GUESTS=0
 :mailto:inigo.aranburu@adalidtalent.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250328T164459Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250328T164502Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Adalid Talent | Santiago Herrera – Medical Advisor Vacunas (Norgen Pharma)")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("agency-screen-meet-es", ics, uid, 1, "Norgen Pharma", "Medical Advisor Vacunas",
                 "recruiter_screen", ("inigo.aranburu@adalidtalent.com",), "agency-screen-names-employer-es")


def events() -> list[dict[str, str]]:
    return [albaterra_screen(), albaterra_technical(), cofalev(), vendrell(), regulapharm(), bexley_via_agency(),
            norgen_agency_screen()]
