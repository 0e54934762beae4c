"""holdout77: the user's own interviews with German, French, Spanish, UK and US ed-tech and publishing firms
(softgarden, Outlook in German, Google in French, Personio in Spanish, Workday, a recurring assessment centre
with a moved second day, iCIMS, SmartRecruiters)."""

from __future__ import annotations

from holdout77ev_ics import ME, MEET_EN, OLK, TEAMS_EN, ZOOM_EN, esc, item, lab, vcal

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_LW4x@thread.v2/0>
Besprechungs-ID: 382 114 660 927
Kennung: fE9aT3
Teams herunterladen | Im Web beitreten
Weitere Infos | Besprechungsoptionen
________________________________________________________________________________"""


def lernwerk_screen() -> dict[str, object]:
    uid = "sg-interview-88213-4471902@softgarden.io"
    desc = esc("""Liebe Frau Kelly,

vielen Dank für Ihre Bewerbung als Curriculum Specialist Mathematics – UK & Ireland (m/w/d) bei der \
Lernwerk GmbH. Gerne möchten wir Sie im Rahmen eines ersten Kennenlernens (ca. 30 Minuten) näher \
kennenlernen. Das Gespräch findet per Microsoft Teams und auf Englisch statt.

Ihr Gesprächspartner: Felix Brandt (Talent Acquisition)

Den Link zum Gespräch erhalten Sie am Vortag per E-Mail.

Mit freundlichen Grüßen
Felix Brandt
Lernwerk GmbH · Schlesische Str. 28 · 10997 Berlin

Diese Einladung wurde über softgarden versendet.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250311T091502Z
DTSTART;TZID=Europe/Berlin:20250319T100000
DTEND;TZID=Europe/Berlin:20250319T103000
SUMMARY:Einladung zum Vorstellungsgespräch: Curriculum Specialist Mathematics – UK & Ireland (m/w/d)
ORGANIZER;CN=Felix Brandt:mailto:felix.brandt@lernwerk.de
ATTENDEE;CN=Siobhán Kelly;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "softgarden-de-screen",
        lab(uid, 1, "Lernwerk", "Curriculum Specialist Mathematics – UK & Ireland", "recruiter_screen",
            "felix.brandt@lernwerk.de", "softgarden-de-erstgespraech"),
        vcal(body, "softgarden", tzs=("Europe/Berlin",)),
        forms="",
    )


def lernwerk_fach() -> dict[str, object]:
    uid = OLK + "D3E8A1F5C9A2DB01000000000000000010000000ACE13579BDF02468ACE13579BDF02468"
    desc = esc(f"""Hallo Siobhán,

wie besprochen hier die Einladung zum Fachgespräch mit Matthias (Head of Product Learning) und mir. Bitte \
bereite eine kurze Analyse vor (ca. 10 Min.): Wie würdest du unsere Einheit zur Bruchrechnung für den \
irischen Junior Cycle und für Key Stage 3 anpassen? Das Gespräch findet auf Englisch statt.

Viele Grüße
Jana Vogt
Teamleitung Content Mathematik | Lernwerk GmbH

{TEAMS_DE}""")
    tz = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Vogt, Jana":mailto:jana.vogt@lernwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kühn, Matthias":mailto:matthias.kuehn@lernwerk.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, Felix":mailto:felix.brandt@lernwerk.de
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Fachgespräch Curriculum Specialist Mathematics (UK/IE) – Siobhán Kelly
DTSTART;TZID="{tz}":20250401T140000
DTEND;TZID="{tz}":20250401T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T153301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    return item(
        "outlook-de-fachgespraech",
        lab(uid, 1, "Lernwerk", "Curriculum Specialist Mathematics (UK/IE)", "technical",
            "jana.vogt@lernwerk.de;matthias.kuehn@lernwerk.de", "outlook-de-utc-plus-one-zone-task"),
        vcal(body, "outlook", tzs=(tz,)),
    )


def matheo_hm() -> dict[str, object]:
    uid = "2m7r0c5v9k1x3q8b4n6t0p2s7f@google.com"
    desc = esc("""Bonjour Siobhán,

Comme convenu, voici l'invitation pour notre entretien. Je dirige l'équipe pédagogique et le poste de \
Responsable pédagogique Maths (Irlande / Royaume-Uni) me serait directement rattaché. L'entretien se fera \
en anglais.

À bientôt,
Camille Roche
Directrice pédagogique – Mathéo

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Participer avec Google Meet : https://meet.google.com/pmt-xqcn-fwa
Ou appeler le : (FR) +33 1 87 40 43 39 Code : 604 781 225#
Autres numéros de téléphone : https://tel.meet/pmt-xqcn-fwa?pin=6047812257311
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250410T150000
DTEND;TZID=Europe/Paris:20250410T154500
DTSTAMP:20250403T085544Z
ORGANIZER;CN=Camille Roche:mailto:camille.roche@matheo.fr
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Roche
 ;X-NUM-GUESTS=0:mailto:camille.roche@matheo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/pmt-xqcn-fwa
CREATED:20250403T085544Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250403T085544Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Siobhán Kelly – Responsable pédagogique Maths (Irlande / Royaume-Uni)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-fr-manager",
        lab(uid, 1, "Mathéo", "Responsable pédagogique Maths (Irlande / Royaume-Uni)", "hiring_manager",
            "camille.roche@matheo.fr", "google-fr-hiring-manager"),
        vcal(body, "google", tzs=("Europe/Paris",), head=("X-WR-TIMEZONE:Europe/Paris",)),
        forms="",
    )


def matheo_case() -> dict[str, object]:
    uid = "tt-meeting-a94e0b33-1c2d-4e5f-8a9b-0c1d2e3f4a5b@teamtailor.com"
    desc = esc("""Bonjour Siobhán,

Suite à votre entretien avec Camille, nous avons le plaisir de vous convier à l'étape « étude de cas ».

Vous présenterez (en anglais) votre proposition de parcours de révision pour le Leaving Certificate \
(Higher Level) devant Camille Roche (Directrice pédagogique) et Julien Marchal (CPO). Durée : 1 h, dont \
20 minutes de présentation.

Lien visio : https://meet.google.com/qza-hvne-tro

À très vite,
L'équipe Recrutement Mathéo

Envoyé avec Teamtailor""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250414T120003Z
DTSTART;TZID=Europe/Paris:20250423T110000
DTEND;TZID=Europe/Paris:20250423T120000
SUMMARY:Étude de cas – Responsable pédagogique Maths (Irlande/RU) – Siobhán Kelly
ORGANIZER;CN=Mathéo Recrutement:mailto:recrutement@matheo.fr
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Camille Roche;PARTSTAT=ACCEPTED:mailto:camille.roche@matheo.fr
ATTENDEE;CN=Julien Marchal;PARTSTAT=ACCEPTED:mailto:julien.marchal@matheo.fr
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/qza-hvne-tro
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "teamtailor-fr-case",
        lab(uid, 1, "Mathéo", "Responsable pédagogique Maths (Irlande/RU)", "technical",
            "camille.roche@matheo.fr;julien.marchal@matheo.fr", "teamtailor-fr-etude-de-cas"),
        vcal(body, "teamtailor", tzs=("Europe/Paris",)),
    )


def aprendix_screen() -> dict[str, object]:
    uid = "personio-interview-771203-0@aprendix.jobs.personio.com"
    desc = esc("""Hola Siobhán:

Gracias por tu interés en Aprendix. Te confirmamos una primera llamada de 30 minutos con Lucía Ferrer \
(Talent Acquisition) para conocerte y contarte más sobre el puesto de Content Lead Matemáticas (mercado \
Irlanda/UK). La entrevista será en inglés.

Enlace: https://meet.google.com/ebr-kwou-pzd

Un saludo,
Equipo de Talento de Aprendix

Esta cita se ha creado a través de Personio.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250318T160045Z
DTSTART;TZID=Europe/Madrid:20250324T130000
DTEND;TZID=Europe/Madrid:20250324T133000
SUMMARY:Entrevista: Content Lead Matemáticas (mercado Irlanda/UK) – Siobhán Kelly
ORGANIZER;CN=Aprendix Talento:mailto:talento@aprendix.com
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Lucía Ferrer;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@aprendix.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ebr-kwou-pzd
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "personio-es-screen",
        lab(uid, 1, "Aprendix", "Content Lead Matemáticas (mercado Irlanda/UK)", "recruiter_screen",
            "lucia.ferrer@aprendix.com", "personio-es-primera-llamada"),
        vcal(body, "personio", tzs=("Europe/Madrid",)),
        forms="",
    )


def aprendix_final() -> dict[str, object]:
    uid = OLK + "71C4B2D0E8A7DB0100000000000000001000000013572468ACE0BDF913572468ACE0BDF9"
    zoom = ZOOM_EN.format(url="https://aprendix.zoom.us/j/81066319420", mid="810 6631 9420", pw="apx2025",
                          digits="81066319420")
    desc = esc(f"""Hola Siobhán,

¡Enhorabuena por llegar a la última fase del proceso! Te envío la invitación para la entrevista final con \
Marcos Llorente, nuestro CEO. Será en inglés y durará unos 45 minutos. Marcos querrá hablar sobre cómo \
lanzaríamos Aprendix en colegios de Irlanda.

Un abrazo,
Lucía

{zoom}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Ferrer, Lucía":mailto:lucia.ferrer@aprendix.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Llorente, Marcos":mailto:marcos@aprendix.com
DESCRIPTION;LANGUAGE=es-ES:{desc}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista final con Marcos (CEO) – Siobhán Kelly
DTSTART;TZID=Romance Standard Time:20250408T170000
DTEND;TZID=Romance Standard Time:20250408T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Zoom
END:VEVENT"""
    return item(
        "outlook-es-final",
        lab(uid, 1, "Aprendix", "", "final", "marcos@aprendix.com", "outlook-es-romance-zone-ceo-final"),
        vcal(body, "outlook", tzs=("Romance Standard Time",)),
    )


def hawthorn_workday() -> dict[str, object]:
    uid = "WD-INTV-0c1b2a3948574f6e8d9c0b1a2f3e4d5c@myworkday.com"
    teams = TEAMS_EN.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_HwLg@thread.v2/0",
                            mid="314 902 557 108", pw="Hw7rZ2")
    desc = esc(f"""Interview Details

Candidate: Siobhan Kelly
Job Requisition: R-11872 Digital Curriculum Manager – Mathematics (Open)
Interview Type: Video

Schedule
14:00 - 15:00 (GMT+00:00) London
Interviewer(s): Grace Whitfield – Director, Digital Curriculum; Owen Baptiste – Senior Learning Designer

{teams}""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250313T104455Z
DTSTART;TZID=Europe/London:20250320T140000
DTEND;TZID=Europe/London:20250320T150000
SUMMARY:Interview: Digital Curriculum Manager – Mathematics (R-11872)
ORGANIZER;CN=Hawthorn Learning Talent:mailto:hawthornlearning@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Siobhan Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Grace Whitfield:mailto:grace.whitfield@hawthornlearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Owen Baptiste:mailto:owen.baptiste@hawthornlearning.com
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "workday-video",
        lab(uid, 1, "Hawthorn Learning Group", "Digital Curriculum Manager – Mathematics", "",
            "grace.whitfield@hawthornlearning.com;owen.baptiste@hawthornlearning.com", "workday-company-in-organizer"),
        vcal(body, "workday", tzs=("Europe/London",)),
        forms="Hawthorn Learning",
    )


def hawthorn_assessment_centre() -> dict[str, object]:
    uid = "hawthorn-ac-0429-siobhan-kelly@hawthornlearning.com"
    desc = esc("""Hi Siobhan,

As promised, here are the details for the final stage of our process: a two-day assessment centre at our \
London office.

Day 1: group exercise with the other shortlisted candidates, and a written task (review of a digital \
lesson sequence).
Day 2: your 15-minute presentation, followed by the final panel with me, Owen Baptiste and Fiona Larkin \
(Chief Content Officer).

Please bring photo ID for building security.

Grace""")
    d2 = esc("Day 2 now starts at 10:00 (room change). Presentation first, then the panel with Grace, Owen "
             "and Fiona.")
    common = f"""ORGANIZER;CN="Whitfield, Grace":mailto:grace.whitfield@hawthornlearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Baptiste, Owen":mailto:owen.baptiste@hawthornlearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Larkin, Fiona":mailto:fiona.larkin@hawthornlearning.com
UID:{uid}
LOCATION:{esc("Hawthorn Learning Group, 80 Strand, London WC2R 0RL")}"""
    body = f"""BEGIN:VEVENT
{common}
DTSTAMP:20250416T143000Z
DTSTART;TZID=Europe/London:20250429T090000
DTEND;TZID=Europe/London:20250429T170000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Hawthorn Learning – Assessment Centre (Digital Curriculum Manager)
DESCRIPTION:{desc}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
{common}
DTSTAMP:20250424T081500Z
RECURRENCE-ID;TZID=Europe/London:20250430T090000
DTSTART;TZID=Europe/London:20250430T100000
DTEND;TZID=Europe/London:20250430T153000
SUMMARY:Hawthorn Learning – Assessment Centre Day 2 (moved to 10:00) – presentation + final panel
DESCRIPTION:{d2}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "outlook-recurring-override",
        lab(uid, 1, "Hawthorn Learning Group", "Digital Curriculum Manager", "final",
            "grace.whitfield@hawthornlearning.com;owen.baptiste@hawthornlearning.com;fiona.larkin@hawthornlearning.com",
            "recurring-assessment-centre-override"),
        vcal(body, "outlook", tzs=("Europe/London",)),
    )


def lumora_icims() -> dict[str, object]:
    uid = "icims-sched-2025-3312-118842@lumoraed.icims.com"
    zoom = ZOOM_EN.format(url="https://lumoraed.zoom.us/j/97744120583", mid="977 4412 0583", pw="lumora",
                          digits="97744120583")
    desc = esc(f"""Hello Siobhan,

Your interview has been scheduled. Please find the details below.

Job: Senior Curriculum Specialist, EMEA (Dublin) – Req 2025-3312
Interviewer: Kristen Alvarez, Director of Curriculum (Hiring Manager)
Duration: 45 minutes

{zoom}

If you have any questions, please contact me.

Dana Whitaker
Recruiting Coordinator, Lumora Education

Powered by iCIMS""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250408T191200Z
DTSTART:20250414T150000Z
DTEND:20250414T154500Z
SUMMARY:Interview: Senior Curriculum Specialist\\, EMEA – Siobhan Kelly
ORGANIZER;CN=Dana Whitaker:mailto:dana.whitaker@lumoraed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Siobhan Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Kristen Alvarez:mailto:kristen.alvarez@lumoraed.com
DESCRIPTION:{desc}
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "icims-hm-utc",
        lab(uid, 1, "Lumora Education", "Senior Curriculum Specialist, EMEA", "hiring_manager",
            "kristen.alvarez@lumoraed.com", "icims-utc-coordinator-organizer"),
        vcal(body, "icims"),
        forms="Lumora",
    )


def vantage_smartrecruiters() -> dict[str, object]:
    uid = "sr-int-6f5e4d3c-2b1a-4098-8776-655443322110@smartrecruiters.com"
    meet = MEET_EN.format(code="vls-rqmo-yhd", pin="118 440 903")
    desc = esc(f"""You have been invited to a second interview with Vantage Learning Systems.

Position: Implementation Consultant (Education)
Interview: Case study presentation (60 min)
Interviewers: Sinéad Fox (Implementation Manager, EMEA), Dmitri Volkov (Solutions Architect)

Please prepare a 15-minute presentation on how you would roll out our assessment platform across a network \
of 12 post-primary schools in one ETB, including teacher training and data protection.

{meet}

Sent via SmartRecruiters""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250509T101010Z
DTSTART;TZID=Europe/Dublin:20250516T130000
DTEND;TZID=Europe/Dublin:20250516T140000
SUMMARY:Second interview – Implementation Consultant (Education)
ORGANIZER;CN=Sinéad Fox:mailto:sinead.fox@vantagels.com
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Dmitri Volkov:mailto:dmitri.volkov@vantagels.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/vls-rqmo-yhd
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "smartrecruiters-case",
        lab(uid, 1, "Vantage Learning Systems", "Implementation Consultant (Education)", "technical",
            "sinead.fox@vantagels.com;dmitri.volkov@vantagels.com", "smartrecruiters-case-presentation"),
        vcal(body, "smartrecruiters", tzs=("Europe/Dublin",)),
        forms="Vantage Learning",
    )


def events() -> list[dict[str, object]]:
    return [
        lernwerk_screen(),
        lernwerk_fach(),
        matheo_hm(),
        matheo_case(),
        aprendix_screen(),
        aprendix_final(),
        hawthorn_workday(),
        hawthorn_assessment_centre(),
        lumora_icims(),
        vantage_smartrecruiters(),
    ]
