"""holdout45: the user's own interviews, part B (Spanish industry: direct, founder, hand-typed entries).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import teams
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC1_ES,
    esc,
    event,
    uid_google,
    uid_outlook,
    uid_uuid,
    vcal,
)


def norgen_onsite() -> dict[str, str]:
    uid = uid_outlook("norgen-onsite")
    desc = """Estimado Santiago:

Por indicación de la Dra. Beatriz Valcárcel le confirmamos la segunda entrevista (presencial) para la posición de \
Medical Advisor Vacunas.

Le entrevistarán la Dra. Beatriz Valcárcel (Medical Director) y D. Álvaro Prieto (MSL Manager). La entrevista \
durará unos 90 minutos e incluirá una presentación de 10 minutos sobre un artículo reciente de vacunación del \
adulto que usted elija.

Dirección: Norgen Pharma, Av. de Bruselas 22, 3.ª planta, 28108 Alcobendas (Madrid). Pregunte en recepción por \
Lourdes Gil.

Un saludo cordial,
Lourdes Gil
Asistente de Dirección Médica"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Valcárcel Ortiz, Beatriz";SENT-BY="mailto:lourdes.gil@norgenpharma.es"
 :mailto:beatriz.valcarcel@norgenpharma.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Prieto Lasa, Álvaro"
 :mailto:alvaro.prieto@norgenpharma.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="ALC-3-Sala Guadarrama (8)"
 :mailto:alc3.guadarrama@norgenpharma.es
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:2ª entrevista – Medical Advisor Vacunas – Santiago Herrera
DTSTART;TZID=Romance Standard Time:20250429T100000
DTEND;TZID=Romance Standard Time:20250429T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T080311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ALC-3-Sala Guadarrama (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-sentby-room-es", ics, uid, 1, "Norgen Pharma", "Medical Advisor Vacunas", "onsite",
                 ("beatriz.valcarcel@norgenpharma.es", "alvaro.prieto@norgenpharma.es"),
                 "exchange-sent-by-assistant-room-es")


def oncomira_founder() -> dict[str, str]:
    uid = uid_google("oncomira-founder")
    desc = """Hola Santi!

Como te comenté por LinkedIn, me encantaría que nos viéramos en persona para una entrevista (informal, sin \
corbata 🙂) sobre el puesto de Medical Affairs Lead en Oncomira. Somos 9 personas, spin-off del VHIO-PCB, y \
preparamos el primer ensayo fase II.

Estaré con Laia Comas, nuestra COO. Nos vemos en el Parc Científic, edificio Hèlix, planta 2 (pregunta por \
Oncomira Bio en recepción).

Pau"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250506T173000
DTEND;TZID=Europe/Madrid:20250506T183000
DTSTAMP:20250430T213344Z
ORGANIZER;CN=Pau Ferrer:mailto:pau.ferrer.bcn@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pau Ferrer;X-NUM-GUESTS=0
 :mailto:pau.ferrer.bcn@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia@oncomira.bio
 ;X-NUM-GUESTS=0:mailto:laia@oncomira.bio
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=santi.herrera.farma@gmail.com;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250430T213340Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250430T213344Z
LOCATION:{esc("Parc Científic de Barcelona, Edifici Hèlix, C/ Baldiri Reixac 15, 08028 Barcelona")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Santi / Pau – Oncomira
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("founder-gmail-es", ics, uid, 1, "Oncomira Bio", "Medical Affairs Lead", "",
                 ("pau.ferrer.bcn@gmail.com", "laia@oncomira.bio"), "founder-freemail-company-in-body-es")


def sanagen_lever() -> dict[str, str]:
    uid = uid_google("sanagen-lever")
    desc = """Hola Santiago,

Te confirmo la llamada inicial para el puesto de Técnico/a de Registros (Regulatory Affairs) en Sanagen \
Genéricos. Te llamaré yo al móvil; no hace falta conexión.

Entrevistadora: Irene Galdós (Talent Acquisition)
Duración: 30 min

¡Hablamos!

--
Esta entrevista se ha programado con Lever · https://jobs.lever.co/sanagen"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250227T091500
DTEND;TZID=Europe/Madrid:20250227T094500
DTSTAMP:20250221T120855Z
ORGANIZER;CN=Irene Galdós:mailto:irene.galdos@sanagen.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Irene Galdós;X-NUM-GUESTS=0
 :mailto:irene.galdos@sanagen.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 ;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250221T120852Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250221T120855Z
LOCATION:{esc("Llamada al +34 6** *** 418")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada inicial: Santiago Herrera <> Sanagen
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("lever-phone-es", ics, uid, 1, "Sanagen Genéricos", "Técnico/a de Registros", "recruiter_screen",
                 ("irene.galdos@sanagen.es",), "lever-phone-screen-es")


def montblanc_hm() -> dict[str, str]:
    uid = uid_outlook("montblanc-hm")
    desc = """Hola Santiago,

Soy Gemma Ribas, Medical Manager del área respiratoria. Te envío la convocatoria para la entrevista con el \
hiring manager del proceso de Medical Science Liaison Respiratorio – zona Cataluña y Baleares.

Hablaremos de tu experiencia con biológicos en asma grave y EPOC y de cómo organizarías el territorio.

Saludos,
Gemma

""" + teams("montblanc-hm", "es", new_style=True)
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Gemma Ribas:mailto:gribas@montblancpharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista MSL Respiratorio Cataluña-Baleares
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250513T090000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250513T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250507T140021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", (TZ_UTC1_ES,))
    return event("outlook-new-teams-es", ics, uid, 1, "Montblanc Pharma", "MSL Respiratorio Cataluña-Baleares",
                 "hiring_manager", ("gribas@montblancpharma.com",), "outlook-utc-display-zone-hm-es")


def montblanc_final_rescheduled() -> dict[str, str]:
    uid = uid_outlook("montblanc-final")
    desc = """Hola Santiago:

Te escribo de nuevo porque el Dr. Sáez tiene comité a primera hora: hemos movido la entrevista final de las 10:00 \
a las 12:30 del mismo día. Disculpa las molestias.

Participantes: Dr. Ignacio Sáez (Director Médico) y Gemma Ribas (Medical Manager Respiratorio).
Lugar: nuestras oficinas de Sant Joan Despí, C/ Laureà Miró 410, planta 4. Trae el DNI para recepción.

Un saludo,
Carla Estruch – Talent Acquisition, Montblanc Pharma"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Carla Estruch:mailto:cestruch@montblancpharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Sáez:mailto:isaez@montblancpharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gemma Ribas:mailto:gribas@montblancpharma.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=SJD-P4 Sala Montseny
 :mailto:sjd-p4-montseny@montblancpharma.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Actualizada: Entrevista final – MSL Respiratorio (Santiago Herrera)
DTSTART;TZID=Romance Standard Time:20250527T123000
DTEND;TZID=Romance Standard Time:20250527T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T171530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:{esc("SJD-P4 Sala Montseny; C/ Laureà Miró 410, Sant Joan Despí")}
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-rescheduled-final-es", ics, uid, 1, "Montblanc Pharma", "MSL Respiratorio", "final",
                 ("isaez@montblancpharma.com", "gribas@montblancpharma.com"), "rescheduled-final-resource-es")


def ysern_terse() -> dict[str, str]:
    uid = uid_google("ysern-terse")
    ics = vcal("""PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:santi.herrera.farma@gmail.com
X-WR-TIMEZONE:Europe/Madrid""", f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250312T120000
DTEND;TZID=Europe/Madrid:20250312T130000
DTSTAMP:20250311T070000Z
UID:{uid}
CREATED:20250306T192211Z
DESCRIPTION:
LAST-MODIFIED:20250306T192211Z
LOCATION:{esc("Laboratorios Ysern, Ctra. de Rubí 88, 08228 Terrassa")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Ysern - Medical Information
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT""", (TZ_MADRID,))
    return event("user-typed-google-es", ics, uid, 1, "Laboratorios Ysern", "Medical Information", "", (),
                 "user-typed-terse-es")


def farmalia_apple() -> dict[str, str]:
    uid = uid_uuid("farmalia-ios", upper=True)
    note = """Vuelo VY1312 07:05 BCN-PMP, vuelta 19:40.
2ª entrevista presencial con Iñaki Zubiri (Head of PV) y alguien de RRHH.
Puesto: Especialista Farmacovigilancia.
Llevar: CV impreso, títulos, ejemplos de notificaciones."""
    place = "Farmalia Navarra\nPolígono Mocholí, Plaza CEIN 5, 31110 Noáin, Navarra, España"
    ics = vcal(APPLE_HEAD, f"""BEGIN:VEVENT
CREATED:20250528T201045Z
DTEND;TZID=Europe/Madrid:20250604T130000
DTSTAMP:20250528T201212Z
DTSTART;TZID=Europe/Madrid:20250604T110000
LAST-MODIFIED:20250528T201212Z
LOCATION:{esc(place)}
SEQUENCE:1
SUMMARY:Entrevista Farmalia (Pamplona) ✈️
DESCRIPTION:{esc(note)}
TRANSP:OPAQUE
UID:{uid}
URL;VALUE=URI:
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Plaza CEIN 5, 31110 Noáin, Navarra, España";X-APPLE-RADIU
 S=141.17;X-TITLE=Farmalia Navarra:geo:42.766712,-1.632095
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H
UID:{uid_uuid("farmalia-ios-alarm", upper=True)}
X-WR-ALARMUID:{uid_uuid("farmalia-ios-alarm", upper=True)}
END:VALARM
END:VEVENT""", (TZ_MADRID,))
    return event("apple-user-onsite-es", ics, uid, 1, "Farmalia Navarra", "Especialista Farmacovigilancia", "onsite",
                 ("iñaki zubiri",), "apple-user-typed-onsite-es")


APPLE_HEAD = """METHOD:PUBLISH
VERSION:2.0
X-WR-CALNAME:Búsqueda trabajo
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN"""


def events() -> list[dict[str, str]]:
    return [norgen_onsite(), oncomira_founder(), sanagen_lever(), montblanc_hm(), montblanc_final_rescheduled(),
            ysern_terse(), farmalia_apple()]
