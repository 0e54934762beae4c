"""holdout45: negatives with the user on the hiring side at his hospital, part A.

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
    TZ_UTC1_ES,
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


def rrhh_tfar_candidate() -> dict[str, str]:
    uid = uid_outlook("side-tfar-rrhh")
    desc = """Bon dia,

Us convoco a l'entrevista de la candidata Marta Ruiz Castaño per a la plaça de Tècnic/a en Farmàcia (torn de \
tarda, substitució). Entrevistadors: Marina Costa (supervisora) i Santiago Herrera (farmacèutic adjunt).

He convidat la candidata a aquesta mateixa convocatòria (marta.ruiz.tfar@gmail.com). Us adjunto el CV i la graella \
d'avaluació a l'expedient del procés.

Laia Ferrer
Unitat de Selecció – Recursos Humans
Hospital Universitari del Llobregat"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Laia":mailto:lferrer@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Costa Mir, Marina":mailto:mcosta@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Ruiz Castaño
 :mailto:marta.ruiz.tfar@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Entrevista candidata TFAR torn tarda – Marta Ruiz
DTSTART;TZID=Romance Standard Time:20250305T150000
DTEND;TZID=Romance Standard Time:20250305T153000
DTSTAMP:20250227T084012Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Despatx supervisió Farmàcia (planta -1)
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-hr-candidate-freemail-ca", ics, uid, trap="user-as-interviewer-candidate-freemail-ca")


def tribunal_ac() -> dict[str, str]:
    uid = uid_outlook("side-tribunal-ac")
    desc = """Benvolguts membres del tribunal,

Segona ronda d'entrevistes per a la plaça de Farmacèutic/a adjunt/a – Unitat d'Assaigs Clínics.

Tribunal: Dra. Montserrat Puig (presidenta), Dr. Albert Roca, Santiago Herrera (vocal), Laia Ferrer (secretària).

Horari de candidats:
09:00 Candidat/a 1 – I. Marín
09:45 Candidat/a 2 – P. Serrano
10:30 Pausa i puntuació
10:45 Candidat/a 3 – C. Aguilar

Recordeu omplir la graella individual abans de la deliberació."""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Laia":mailto:lferrer@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Puig Vidal, Montserrat":mailto:mpuig@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roca Bertran, Albert":mailto:aroca@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=HULL Sala de Juntes Direcció
 :mailto:sala.juntes.direccio@hullobregat.cat
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Tribunal selecció Farmacèutic/a adjunt/a Assaigs Clínics – entrevistes (ronda 2)
DTSTART;TZID=Romance Standard Time:20250409T090000
DTEND;TZID=Romance Standard Time:20250409T120000
DTSTAMP:20250401T131502Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:HULL Sala de Juntes Direcció
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-tribunal-panel-ca", ics, uid, trap="user-as-interviewer-panel-ca")


def scorecard_block() -> dict[str, str]:
    uid = uid_outlook("side-scorecard")
    ics = vcal(OUTLOOK_DESKTOP.replace("METHOD:REQUEST", "METHOD:PUBLISH"), f"""BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250305T161015Z
DESCRIPTION:{esc("Graelles TFAR: M. Ruiz + J. Pons. Enviar a Laia abans de divendres.")}
DTEND;TZID="Romance Standard Time":20250306T143000
DTSTAMP:20250305T161015Z
DTSTART;TZID="Romance Standard Time":20250306T140000
LAST-MODIFIED:20250305T161015Z
LOCATION:
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Omplir fulls d'avaluació candidats TFAR
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-scorecard-block-ca", ics, uid, trap="user-as-interviewer-scorecard-ca")


def debrief_fea() -> dict[str, str]:
    uid = uid_outlook("side-debrief")
    desc = """Hola a todos,

Ponemos en común las puntuaciones de los tres candidatos entrevistados el miércoles para la plaza de ensayos \
clínicos y cerramos la propuesta para Dirección. Traed vuestra graella.

Montse"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Puig Vidal, Montserrat":mailto:mpuig@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roca Bertran, Albert":mailto:aroca@hullobregat.cat
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrer Soler, Laia":mailto:lferrer@hullobregat.cat
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Debrief candidatos FEA ensayos clínicos
DTSTART;TZID=Romance Standard Time:20250411T133000
DTEND;TZID=Romance Standard Time:20250411T140000
DTSTAMP:20250409T124401Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Jefatura Farmacia
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-debrief-es", ics, uid, trap="user-as-interviewer-debrief-es")


def calendly_host() -> dict[str, str]:
    uid = uid_at("side-calendly-host", "calendly.com", 16)
    desc = """Hola Santiago Herrera,

Se ha programado un nuevo evento.

Tipo de evento: Entrevista prácticas FP Técnico en Farmacia (20 min)
Invitado: Laura Gómez Pardo
Correo electrónico del invitado: laura.gomez.fp@gmail.com
Zona horaria del invitado: Central European Time

Preguntas:
¿En qué centro de FP estudias?: Institut Esteve Terradas, Cornellà
¿Por qué te interesa hacer las prácticas en un servicio de farmacia hospitalaria?: Me gustaría conocer la \
preparación de citostáticos y la dispensación a pacientes externos.

Ver evento en Calendly: https://calendly.com/app/scheduled_events/user/me

Con la tecnología de Calendly.com"""
    ics = vcal("PRODID:-//Calendly//Calendly Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250415T201133Z
DTSTART:20250423T120000Z
DTEND:20250423T122000Z
SUMMARY:Laura Gómez Pardo y Santiago Herrera
ORGANIZER;CN=Santiago Herrera:mailto:sherrera@hullobregat.cat
ATTENDEE;CN=Laura Gómez Pardo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.gomez.fp@gmail.com
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sherrera@hullobregat.cat
DESCRIPTION:{esc(desc)}
LOCATION:{esc("Servei de Farmàcia, HULL – planta -1")}
STATUS:CONFIRMED
END:VEVENT""")
    return event("calendly-user-host-es", ics, uid, trap="user-as-interviewer-calendly-host-es")


def agency_candidate() -> dict[str, str]:
    uid = uid_outlook("side-agency-nexo")
    desc = """Hola Santiago,

Tal como hablamos, te presentamos a Marta Iborra Gil para la cobertura de verano de Técnico/a en Farmacia en \
vuestro servicio. Tienes su CV adjunto en el correo. Ella ya tiene la dirección y preguntará por ti en el mostrador.

Cualquier cosa me dices.

Cristina Payà
Consultora Sanidad – Nexo Staffing Salud
T. 93 412 77 09"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Cristina Payà:mailto:cpaya@nexostaffing.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sherrera@hullobregat.cat
 :mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Iborra Gil:mailto:martaiborra93@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista candidata Marta Iborra – Técnico/a en Farmacia (cobertura verano) – HULL
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250520T103000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250520T110000
DTSTAMP:20250514T160244Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:{esc("Hospital Universitari del Llobregat, Servei de Farmàcia, planta -1")}
{EXCH_TAIL}
END:VEVENT""", (TZ_UTC1_ES,))
    return event("agency-sends-candidate-es", ics, uid, trap="user-as-interviewer-agency-candidate-es")


def shadowing() -> dict[str, str]:
    uid = uid_outlook("side-shadowing")
    desc = """Santi, com vam parlar, aquest matí entres com a observador a les entrevistes de FEA que faig jo, per \
formar-te com a entrevistador de cara al proper procés. No cal que facis preguntes; al final comentem la graella.

Montse"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Puig Vidal, Montserrat":mailto:mpuig@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Shadowing entrevistes FEA (observador)
DTSTART;TZID=Romance Standard Time:20250225T090000
DTEND;TZID=Romance Standard Time:20250225T110000
DTSTAMP:20250219T081502Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Despatx cap de servei
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-shadowing-ca", ics, uid, trap="user-as-interviewer-shadowing-ca")


def teams_candidate_organizer() -> dict[str, str]:
    uid = uid_outlook("side-teams-serrano")
    desc = """Estimado Pablo:

Le convocamos a una entrevista por videoconferencia para la plaza de FEA de Farmacia (Unidad de Ensayos \
Clínicos). Le entrevistaremos la Dra. Montserrat Puig, jefa de servicio, y yo mismo.

Un saludo,
Santiago Herrera
Farmacéutico adjunto – Servicio de Farmacia
Hospital Universitari del Llobregat

""" + teams("side-teams-serrano", "es")
    ics = vcal(OUTLOOK_DESKTOP, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250331T120433Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20250403T173000
DTSTAMP:20250331T120433Z
DTSTART;TZID="Romance Standard Time":20250403T170000
LAST-MODIFIED:20250331T120433Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Herrera Ruiz, Santiago":mailto:sherrera@hullobregat.cat
ATTENDEE;CN=pablo.serrano.farma@hotmail.com;RSVP=TRUE:mailto:pablo.serrano.farma@hotmail.com
ATTENDEE;CN="Puig Vidal, Montserrat";RSVP=TRUE:mailto:mpuig@hullobregat.cat
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista por videoconferencia – candidato FEA Farmacia (Pablo Serrano)
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-user-organizer-teams-es", ics, uid, trap="user-as-interviewer-organizer-teams-es")


def international_candidate() -> dict[str, str]:
    uid = uid_outlook("side-farouk")
    desc = """Dear Dr. Farouk,

Thank you for your application for the Clinical Trials Pharmacist position at Hospital Universitari del \
Llobregat. We would like to invite you to an interview on Teams with Dr. Montserrat Puig (Head of Pharmacy) and \
Santiago Herrera (Clinical Pharmacist, Clinical Trials Unit). The interview will be held in English with a few \
questions in Spanish.

Kind regards,
Laia Ferrer – Recruitment Unit

""" + teams("side-farouk", "en")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Laia":mailto:lferrer@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ahmed Farouk:mailto:ahmed.farouk.pharm@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Puig Vidal, Montserrat":mailto:mpuig@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interview: Clinical Trials Pharmacist – Dr. Ahmed Farouk
DTSTART;TZID=Romance Standard Time:20250402T160000
DTEND;TZID=Romance Standard Time:20250402T164500
DTSTAMP:20250326T093012Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-candidate-interview-en", ics, uid, trap="user-as-interviewer-international-candidate-en")


def erasmus_fr() -> dict[str, str]:
    uid = uid_outlook("side-erasmus")
    desc = """Bonjour Lucie,

Je vous propose un court entretien en visio pour votre candidature au stage Erasmus au Service de Pharmacie \
(septembre–décembre 2025). Nous parlerons de vos attentes et de votre niveau d'espagnol.

Bien cordialement,
Santiago Herrera
Pharmacien – Hospital Universitari del Llobregat

""" + teams("side-erasmus", "fr")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Herrera Ruiz, Santiago":mailto:sherrera@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucie Bernard
 :mailto:lucie.bernard@etu.univ-lyon1.fr
DESCRIPTION;LANGUAGE=fr-FR:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien candidature stage Erasmus – Lucie Bernard (Pharmacie Lyon)
DTSTART;TZID=Romance Standard Time:20250528T163000
DTEND;TZID=Romance Standard Time:20250528T170000
DTSTAMP:20250521T145522Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
{EXCH_TAIL}
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-user-interviews-student-fr", ics, uid, trap="user-as-interviewer-erasmus-fr")


def personal_note() -> dict[str, str]:
    uid = uid_google("side-note-gmail")
    ics = vcal(GOOGLE.replace("METHOD:REQUEST", "METHOD:PUBLISH"), f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250514T150000
DTEND;TZID=Europe/Madrid:20250514T163000
DTSTAMP:20250512T211500Z
UID:{uid}
CREATED:20250512T211450Z
DESCRIPTION:{esc("candidates de la borsa: J. Pons i A. Quesada. Graella a la carpeta compartida.")}
LAST-MODIFIED:20250512T211450Z
LOCATION:sala 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:entrevistar 2 candidats TFAR (feina)
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("gmail-note-hiring-ca", ics, uid, trap="user-as-interviewer-note-on-personal-calendar-ca")


def events() -> list[dict[str, str]]:
    return [rrhh_tfar_candidate(), tribunal_ac(), scorecard_block(), debrief_fea(), calendly_host(),
            agency_candidate(), shadowing(), teams_candidate_organizer(), international_candidate(), erasmus_fr(),
            personal_note()]
