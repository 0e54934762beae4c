"""holdout45: the user's own interviews, part G (French and German employers, notes typed by the user).

Written blind as raw iCalendar text (CC0 1.0). The user is Santiago Herrera, hospital pharmacist in Barcelona.
"""

from __future__ import annotations

from holdout45ev_boiler import alt_html, teams
from holdout45ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    OUTLOOK_DESKTOP,
    TBIRD,
    TZ_BERLIN,
    TZ_MADRID,
    TZ_PARIS,
    TZ_ROMANCE,
    TZ_WEUROPE,
    esc,
    event,
    tz_windows,
    uid_at,
    uid_google,
    uid_outlook,
    uid_uuid,
    vcal,
)

FR_ZONE = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"


def aurelia_fr() -> dict[str, str]:
    uid = uid_outlook("aurelia-fr")
    desc = """Bonjour Santiago,

Suite à votre échange avec notre chargée de recrutement, je vous propose un entretien pour le poste de \
Chargé(e) de Pharmacovigilance Espagne (F/H), basé à Barcelone et rattaché à mon équipe à Paris.

Nous parlerons de votre expérience en pharmacie hospitalière, de la gestion des cas et de la relation avec \
l'AEMPS. L'entretien peut se dérouler en français ou en anglais, comme vous préférez.

Bien cordialement,
Claire Dubreuil
Responsable Pharmacovigilance Europe du Sud – Aurélia Santé

""" + teams("aurelia-fr", "fr")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Claire Dubreuil:mailto:claire.dubreuil@aurelia-sante.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien – Chargé(e) de Pharmacovigilance Espagne (F/H) – S. Herrera
DTSTART;TZID="{FR_ZONE}":20250410T100000
DTEND;TZID="{FR_ZONE}":20250410T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T142255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", (tz_windows(FR_ZONE),))
    return event("exchange-teams-hm-fr", ics, uid, 1, "Aurélia Santé", "Chargé(e) de Pharmacovigilance Espagne",
                 "hiring_manager", ("claire.dubreuil@aurelia-sante.fr",), "exchange-french-display-zone-fr")


def durieux_teamtailor() -> dict[str, str]:
    uid = uid_at("durieux-tt", "teamtailor.com", 24)
    desc = """Bonjour Santiago,

Merci pour votre candidature au poste de Responsable Pharmacovigilance Espagne & Portugal chez Laboratoires \
Durieux. Je vous propose un premier entretien en visio pour faire connaissance et vous présenter la filiale \
espagnole.

À très vite,
Julie Marchand
Talent Acquisition – Laboratoires Durieux, Lyon

""" + teams("durieux-tt", "fr") + """

Envoyé avec Teamtailor"""
    ics = vcal("PRODID:-//Teamtailor//Teamtailor Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250220T100344Z
DTSTART;TZID=Europe/Paris:20250228T140000
DTEND;TZID=Europe/Paris:20250228T143000
SUMMARY:{esc("Entretien visio – Responsable Pharmacovigilance Espagne & Portugal")}
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Julie Marchand:mailto:julie.marchand@durieux.fr
ATTENDEE;CN=Santiago Herrera;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN=Julie Marchand:mailto:julie.marchand@durieux.fr
STATUS:CONFIRMED
END:VEVENT""", (TZ_PARIS,))
    return event("teamtailor-visio-fr", ics, uid, 1, "Laboratoires Durieux",
                 "Responsable Pharmacovigilance Espagne & Portugal", "recruiter_screen",
                 ("julie.marchand@durieux.fr",), "teamtailor-first-call-fr")


def hallwyler_softgarden() -> dict[str, str]:
    uid = uid_at("hallwyler-sg", "softgarden.io", 28)
    desc = """Sehr geehrter Herr Herrera,

vielen Dank für Ihre Bewerbung als Country Safety Officer Spain (m/w/d). Gerne möchten wir Sie zu einem ersten \
Kennenlerngespräch per Microsoft Teams einladen. Ihre Gesprächspartnerin ist Katrin Vogel (Talent Acquisition).

--- English version ---
Dear Mr Herrera, thank you for applying for Country Safety Officer Spain (m/f/d). We would like to invite you to \
a first introductory call on Microsoft Teams with Katrin Vogel (Talent Acquisition). The call will be held in \
English.

Mit freundlichen Grüßen / Kind regards
Hallwyler Arzneimittel GmbH · Freiburg im Breisgau

Diese Einladung wurde über softgarden versendet."""
    ics = vcal("PRODID:-//softgarden e-recruiting GmbH//softgarden//DE\nVERSION:2.0\nMETHOD:REQUEST",
               f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250508T073001Z
DTSTART;TZID=Europe/Berlin:20250515T093000
DTEND;TZID=Europe/Berlin:20250515T100000
SUMMARY:{esc("Kennenlerngespräch: Country Safety Officer Spain (m/w/d) – Hallwyler Arzneimittel GmbH")}
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@hallwyler.de
ATTENDEE;CN=Santiago Herrera;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", (TZ_BERLIN,))
    return event("softgarden-de-en", ics, uid, 1, "Hallwyler Arzneimittel", "Country Safety Officer Spain",
                 "recruiter_screen", ("katrin.vogel@hallwyler.de",), "softgarden-bilingual-de")


def brandt_kolbe() -> dict[str, str]:
    uid = uid_outlook("brandt-kolbe")
    desc = """Hallo Herr Herrera,

wie telefonisch mit Frau Roth besprochen, lade ich Sie herzlich zum Vorstellungsgespräch für die Position \
Medical Manager Iberia (m/w/d) ein. Von unserer Seite nehmen Dr. Miguel Ortega (Medical Director Spain) und \
ich teil. Frau Roth (HR) organisiert nur den Termin und ist nicht dabei.

Wir freuen uns auf das Gespräch – gerne auf Englisch oder Spanisch.

Viele Grüße
Dr. Jörg Hoffmann
Head of Medical Affairs Southern Europe | Brandt & Kolbe Pharma GmbH

""" + teams("brandt-kolbe", "de")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Jörg Dr.":mailto:joerg.hoffmann@brandt-kolbe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ortega, Miguel Dr."
 :mailto:miguel.ortega@brandt-kolbe.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Sabine"
 :mailto:sabine.roth@brandt-kolbe.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch (Video) – Medical Manager Iberia (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20250603T150000
DTEND;TZID=W. Europe Standard Time:20250603T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250527T090144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", (TZ_WEUROPE,))
    return event("exchange-teams-hm-de", ics, uid, 1, "Brandt & Kolbe Pharma", "Medical Manager Iberia",
                 "hiring_manager", ("joerg.hoffmann@brandt-kolbe.de", "miguel.ortega@brandt-kolbe.es"),
                 "exchange-german-hr-optional-de")


def ceres_floating() -> dict[str, str]:
    uid = uid_uuid("ceres-tbird")
    note = """Me llama Camille Roux (RRHH Cérès) para el puesto de chargé de pharmacovigilance (Barcelona).
Repasar vocabulario PV en francés: effet indésirable, imputabilité, PSUR."""
    ics = vcal(TBIRD, f"""BEGIN:VEVENT
CREATED:20250408T203311Z
LAST-MODIFIED:20250408T203502Z
DTSTAMP:20250408T203502Z
UID:{uid}
SUMMARY:Llamada Cérès Pharma – entretien chargé PV (¡en francés!)
DTSTART:20250416T180000
DTEND:20250416T183000
DESCRIPTION:{esc(note)}
TRANSP:OPAQUE
X-MOZ-GENERATION:1
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT""")
    return event("thunderbird-floating-es-fr", ics, uid, 1, "Cérès Pharma", "chargé de pharmacovigilance",
                 "recruiter_screen", ("camille roux",), "user-typed-floating-mixed-es-fr")


def cantabrico_phone() -> dict[str, str]:
    uid = uid_google("cantabrico-phone")
    desc = """Hola Santiago:

Como acordamos por correo, te llamaré para una primera entrevista telefónica sobre la vacante de Técnico/a \
Regulatory CMC en nuestra planta de Camargo (Cantabria). Unos 20-30 minutos.

Beatriz Ceballos
Selección y Desarrollo · Laboratorios Cantábrico
"""
    ics = vcal(GOOGLE, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250520T120000
DTEND;TZID=Europe/Madrid:20250520T123000
DTSTAMP:20250514T114433Z
ORGANIZER;CN=Beatriz Ceballos:mailto:bceballos@labcantabrico.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Beatriz Ceballos;X-NUM-GUESTS=0
 :mailto:bceballos@labcantabrico.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=santi.herrera.farma@gmail.com;X-NUM-GUESTS=0:mailto:santi.herrera.farma@gmail.com
CREATED:20250514T114430Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20250514T114433Z
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista telefónica – Técnico/a Regulatory CMC | Laboratorios Cantábrico")}
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("google-phone-es", ics, uid, 1, "Laboratorios Cantábrico", "Técnico/a Regulatory CMC",
                 "recruiter_screen", ("bceballos@labcantabrico.es",), "google-phone-screen-es")


def medinor_outlook() -> dict[str, str]:
    uid = uid_outlook("medinor")
    desc = """Buenos días, Santiago:

Le confirmo la entrevista presencial para la posición de Director/a Técnico/a Farmacéutico/a de nuestra \
plataforma logística de Zaragoza. Le entrevistaré yo, como responsable directo del puesto, y nos acompañará \
Pilar Ostáriz, actual directora técnica, que se jubila en septiembre.

Dirección: Medinor Distribución, Plataforma Logística PLAZA, C/ Taormina 9, 50197 Zaragoza.

Un saludo,
Ramón Iturbe Sanz
Gerente de Operaciones – Medinor Distribución Farmacéutica, S.L."""
    ics = vcal(OUTLOOK_DESKTOP, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250609T071200Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20250617T123000
DTSTAMP:20250609T071200Z
DTSTART;TZID="Romance Standard Time":20250617T110000
LAST-MODIFIED:20250609T071200Z
LOCATION:{esc("Medinor – Plataforma PLAZA, C/ Taormina 9, Zaragoza")}
ORGANIZER;CN="Iturbe Sanz, Ramón":mailto:riturbe@medinor.es
ATTENDEE;CN=santi.herrera.farma@gmail.com;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
ATTENDEE;CN="Ostáriz Lahoz, Pilar";RSVP=TRUE:mailto:postariz@medinor.es
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista D.T. Farmacéutico/a – S. Herrera
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT""", (TZ_ROMANCE,))
    return event("outlook-desktop-onsite-hm-es", ics, uid, 1, "Medinor Distribución",
                 "Director/a Técnico/a Farmacéutico/a", "hiring_manager",
                 ("riturbe@medinor.es", "postariz@medinor.es"), "outlook-abbreviated-title-es")


def hemolab_apple() -> dict[str, str]:
    uid = uid_uuid("hemolab-ios", upper=True)
    note = "Parlar amb la Roser Camps (cap de QA). Portar DNI, pàrquing visitants.\nPreguntar torns i teletreball."
    ics = vcal(APPLE, f"""BEGIN:VEVENT
CREATED:20250523T172455Z
DTEND;TZID=Europe/Madrid:20250530T100000
DTSTAMP:20250523T172630Z
DTSTART;TZID=Europe/Madrid:20250530T090000
LAST-MODIFIED:20250523T172630Z
LOCATION:Hemolab\\, Parets del Vallès
SEQUENCE:0
SUMMARY:Entrevista Hemolab (Parets) - tècnic QA
DESCRIPTION:{esc(note)}
TRANSP:OPAQUE
UID:{uid}
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatori
TRIGGER:-PT45M
UID:{uid_uuid("hemolab-alarm", upper=True)}
END:VALARM
END:VEVENT""", (TZ_MADRID,))
    return event("ios-user-typed-ca", ics, uid, 1, "Hemolab", "tècnic QA", "", ("roser camps",),
                 "user-typed-catalan-ca")


def events() -> list[dict[str, str]]:
    return [aurelia_fr(), durieux_teamtailor(), hallwyler_softgarden(), brandt_kolbe(), ceres_floating(),
            cantabrico_phone(), medinor_outlook(), hemolab_apple()]


