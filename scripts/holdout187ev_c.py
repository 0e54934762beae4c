# ruff: noqa: E501
"""holdout187 events, part c: Lever, Ashby, SuccessFactors, a phone note, a public-sector jury, iCIMS, Personio (German), Spanish."""

from holdout187ev_common import TZ_BERLIN, TZ_MADRID, TZ_PARIS, TZ_PARIS_NOLIC, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "gcal-lever",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250116T150000Z
DTEND:20250116T154500Z
DTSTAMP:20250110T094455Z
ORGANIZER;CN=Hugo Lambert:mailto:hugo.lambert@medisys.health
UID:0jq5m3n8v1c4x7z2b6l9k0h3g5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hugo Lambert;X-NUM-GUESTS=0:mailto:hugo.lambert@medisys.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Camille Roussel;X-NUM-GUESTS=0:mailto:camille.roussel.rh@free.fr
CREATED:20250110T094454Z
DESCRIPTION:Bonjour Camille\,\n\nRavi d'échanger avec vous sur le poste de
  Talent Acquisition Lead France (full remote\, déplacements ponctuels à Gre
 noble). Je suis Head of People chez Medisys et je serai votre futur manage
 r.\n\nLien visio : https://meet.google.com/wpx-rkta-jdm\nOu rejoindre par
  téléphone : (FR) +33 1 87 40 46 25 PIN : 318 553 771#\n\nThis interview
  was scheduled via Lever.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~::~:~::-\nInvitation de Google Agenda : https://calendar.google.
 com/calendar/
LAST-MODIFIED:20250110T094455Z
LOCATION:https://meet.google.com/wpx-rkta-jdm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Medisys — Camille Roussel — Talent Acquisition Lead France (Video)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0jq5m3n8v1c4x7z2b6l9k0h3g5@google.com",
        1,
        "Medisys",
        "Talent Acquisition Lead France",
        "hiring_manager",
        "hugo.lambert@medisys.health",
        "lever-google-meet-head-of-people-remote",
    ),
    ev(
        "ashby",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-8c1e4b27-3d5a-4f90-a6b2-1c9d7e0f3a45
SEQUENCE:0
DTSTAMP:20250327T165039Z
DTSTART:20250402T073000Z
DTEND:20250402T080000Z
SUMMARY:Intro call: Camille <> Kalipso (Head of Talent Acquisition)
DESCRIPTION:Hi Camille\, looking forward to our intro call!\n\nWe'll chat about your experience scaling hiring\, what you're looking for\, and share more about Kalipso and the Head of Talent Acquisition role. Feel free to speak French or English\, whatever you prefer.\n\nInterviewer: Maëlle Fournier (Talent Partner)\n\nJoin Google Meet: https://meet.google.com/hbe-xnvq-pto\n\nNeed to reschedule? Use this link: https://app.ashbyhq.com/candidate-self-schedule/reschedule/0f3a45c1\n\nPowered by Ashby
LOCATION:Google Meet
ORGANIZER;CN=Kalipso Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Maëlle Fournier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:maelle@kalipso.io
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "ashby-interview-event-8c1e4b27-3d5a-4f90-a6b2-1c9d7e0f3a45",
        1,
        "Kalipso",
        "Head of Talent Acquisition",
        "recruiter_screen",
        "maelle@kalipso.io",
        "ashby-utc-intro-call-english-template-french-startup",
    ),
    ev(
        "ashby",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-d47b0e19-72c6-4a18-9e3f-5b2a8c1d6e70
SEQUENCE:1
DTSTAMP:20250404T082211Z
DTSTART:20250410T140000Z
DTEND:20250410T150000Z
SUMMARY:Kalipso | Hiring Manager Interview w/ Antoine Leroy
DESCRIPTION:Bonjour Camille\,\n\nProchaine étape : un entretien d'une heure avec Antoine Leroy\, VP People\, qui serait votre manager. Au programme : votre approche de la marque employeur\, la structuration d'une équipe TA de 4 personnes\, un cas concret sur nos recrutements tech 2025.\n\nRejoindre : https://meet.google.com/ovd-ctgp-zbr\n\nThe Kalipso Talent team\n\nPowered by Ashby
LOCATION:Google Meet
ORGANIZER;CN=Kalipso Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Antoine Leroy;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:antoine.leroy@kalipso.io
ATTENDEE;CN=Maëlle Fournier;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:maelle@kalipso.io
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "ashby-interview-event-d47b0e19-72c6-4a18-9e3f-5b2a8c1d6e70",
        1,
        "Kalipso",
        "",
        "hiring_manager",
        "antoine.leroy@kalipso.io",
        "ashby-hiring-manager-recruiter-optional-not-interviewer",
    ),
    ev(
        "successfactors",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS_NOLIC
        + r"""BEGIN:VEVENT
UID:SF-IS-electrovolt-ISC-0002318-CAND-88412@successfactors.eu
DTSTAMP:20250401T120933Z
DTSTART;TZID=Europe/Paris:20250408T103000
DTEND;TZID=Europe/Paris:20250408T113000
SUMMARY:Entretien - HR Business Partner Senior - Usine de Grenoble (Réf. 24118)
DESCRIPTION:Madame Camille Roussel\,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste HR Business Partner Senior - Usine de Grenoble (Réf. 24118).\n\nInterlocuteur(s) :\nFabienne Garcia - HR Director Industrial Operations France\n\nModalité : Webex\nhttps://electrovolt.webex.com/electrovolt/j.php?MTID=m4c2a1e9b7d3f\nNuméro de réunion : 2744 018 3391\nMot de passe : HRBP2025\n\nCe rendez-vous a été planifié via SAP SuccessFactors Recruiting. Vous pouvez accepter ou décliner cette invitation directement.\n\nElectrovolt Systèmes - Talent Acquisition France
LOCATION:Webex
ORGANIZER;CN=Electrovolt Systèmes Recrutement:mailto:recrutement.noreply@electrovolt.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Fabienne Garcia;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fabienne.garcia@electrovolt.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "SF-IS-electrovolt-ISC-0002318-CAND-88412@successfactors.eu",
        1,
        "Electrovolt Systèmes",
        "HR Business Partner Senior - Usine de Grenoble",
        "",
        "fabienne.garcia@electrovolt.com",
        "successfactors-webex-hr-director-stage-unclear",
    ),
    ev(
        "android",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:camille.roussel.rh@free.fr
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250123T111500Z
DTEND:20250123T114500Z
DTSTAMP:20250120T190247Z
UID:6h0vmq2s9e1ja8c4r5tlg7p3bk@google.com
CREATED:20250120T190213Z
DESCRIPTION:Mme Dubreuil (DRH) m'appelle sur portable\nsalaire ? 48-52k\nconv. FHP\, 3 cliniques\, 600 sal.\nse mettre au calme (salle 2 ou voiture)
LAST-MODIFIED:20250120T190247Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tél Clinique du Parc - poste RRH
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6h0vmq2s9e1ja8c4r5tlg7p3bk@google.com",
        1,
        "Clinique du Parc",
        "",
        "recruiter_screen",
        "Mme Dubreuil",
        "hand-typed-lunch-break-phone-call-with-hr-director",
    ),
    ev(
        "outlook-convocation",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250214T101133Z
DESCRIPTION:Madame\,\n\nSuite à l'examen de votre candidature au poste de Responsable du recrutement et de la mobilité (cadre d'emplois des attachés territoriaux\, catégorie A) - offre n° 2025-014\, j'ai le plaisir de vous informer que vous êtes convoquée devant le jury de recrutement le jeudi 27 février 2025 à 14h30.\n\nLe jury sera composé de Mme Corinne Vasseur\, Directrice Générale des Services\, de M. Bruno Michaud\, Directeur des Ressources Humaines\, et d'un élu du Comité syndical.\nL'entretien durera 45 minutes : 10 minutes de présentation de votre parcours puis échanges avec le jury.\n\nMerci de vous présenter 15 minutes avant l'heure de convocation muni(e) d'une pièce d'identité.\n\nLe service Emploi et Compétences
DTEND;TZID=Romance Standard Time:20250227T151500
DTSTAMP:20250214T101133Z
DTSTART;TZID=Romance Standard Time:20250227T143000
LAST-MODIFIED:20250214T101133Z
LOCATION:Siège du SMER - 3 quai Perrache\, 69002 Lyon - salle du Comité
ORGANIZER;CN=SMER - Emploi et Compétences:mailto:emploi.competences@smer-rhone.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Convocation jury de recrutement - Responsable du recrutement et de la mobilité
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000081F3D2E4AB7EDB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000081F3D2E4AB7EDB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9",
        1,
        "Syndicat Mixte des Eaux du Rhône",
        "Responsable du recrutement et de la mobilité",
        "final",
        "Corinne Vasseur;Bruno Michaud",
        "public-sector-jury-convocation-names-in-body",
    ),
    ev(
        "icims",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:icims-rhoneairport-1183-int-56021@icims.com
DTSTAMP:20250409T074402Z
DTSTART;TZID=Europe/Paris:20250415T110000
DTEND;TZID=Europe/Paris:20250415T114500
SUMMARY:Interview Confirmation / Confirmation d'entretien - Responsable Talent Acquisition
DESCRIPTION:Dear Camille / Bonjour Camille\,\n\nYour interview has been scheduled. / Votre entretien est planifié.\n\nPosition / Poste : Responsable Talent Acquisition (Req #1183)\nInterviewer / Interlocuteur : Yannick Thomas\, Responsable RH Exploitation\nType : Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk1YjE2@thread.v2/0\n\nRhône Airport Services\, Aéroport Lyon-Saint Exupéry\, 69125 Colombier-Saugnieu
LOCATION:Microsoft Teams
ORGANIZER;CN=Rhône Airport Services Careers:mailto:careers-noreply@rhoneairport.icims.com
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Yannick Thomas:mailto:ythomas@rhone-airport.fr
END:VEVENT
END:VCALENDAR
""",
        "icims-rhoneairport-1183-int-56021@icims.com",
        1,
        "Rhône Airport Services",
        "Responsable Talent Acquisition",
        "recruiter_screen",
        "ythomas@rhone-airport.fr",
        "icims-bilingual-template-teams",
    ),
    ev(
        "personio",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
"""
        + TZ_BERLIN
        + r"""BEGIN:VEVENT
UID:personio-event-4410982-55a0c7@personio.de
DTSTAMP:20250326T131707Z
DTSTART;TZID=Europe/Berlin:20250403T100000
DTEND;TZID=Europe/Berlin:20250403T110000
SUMMARY:Vorstellungsgespräch: HR Manager Romandie (m/w/d) – Camille Roussel
DESCRIPTION:Guten Tag Frau Roussel\,\n\nvielen Dank für Ihre Bewerbung als HR Manager Romandie (m/w/d) für unsere Niederlassung in Genf. Gerne laden wir Sie zu einem Vorstellungsgespräch per Microsoft Teams ein.\n\nGesprächspartner:\n- Andrea Widmer\, Leiterin HR\n- Thomas Huber\, Niederlassungsleiter Genf\n\nDas Gespräch findet auf Deutsch und Französisch statt.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ3YTc1@thread.v2/0\n\nFreundliche Grüsse\nKeller Logistik AG\, Personalabteilung\, Industriestrasse 41\, 8957 Spreitenbach
LOCATION:Microsoft Teams
ORGANIZER;CN=Keller Logistik AG:mailto:jobs@keller-logistik.jobs.personio.de
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Andrea Widmer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.widmer@keller-logistik.ch
ATTENDEE;CN=Thomas Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t.huber@keller-logistik.ch
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "personio-event-4410982-55a0c7@personio.de",
        1,
        "Keller Logistik",
        "HR Manager Romandie (m/w/d)",
        "hiring_manager",
        "a.widmer@keller-logistik.ch;t.huber@keller-logistik.ch",
        "personio-german-vorstellungsgespraech-berlin-zone",
    ),
    ev(
        "gcal-es",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_MADRID
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250424T160000
DTEND;TZID=Europe/Madrid:20250424T170000
DTSTAMP:20250416T102355Z
ORGANIZER;CN=Lucía Navarro:mailto:lucia.navarro@grupoindalo.es
UID:2n5b8v1c4x7z0a3s6d9f2g5h8j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Navarro;X-NUM-GUESTS=0:mailto:lucia.navarro@grupoindalo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250416T102354Z
DESCRIPTION:Hola Camille\,\n\nTe envío la invitación para la entrevista del
  jueves 24 de abril. Hablaremos del puesto de Responsable de RRHH de la
  nueva planta de Saint-Vulbas (apertura prevista en 2026\, 180 personas).
  La entrevista será en español y en francés con nuestro director de planta
 \, Jean-Marc Ollier.\n\nUn saludo\,\nLucía Navarro\nDirectora de Personas –
  Grupo Indalo\n\nÚnete con Google Meet: https://meet.google.com/sfa-qwmd-
 kue\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nIn
 vitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250416T102355Z
LOCATION:https://meet.google.com/sfa-qwmd-kue
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Camille Roussel – Responsable de RRHH planta Lyon
TRANSP:OPAQUE
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jean-M
 arc Ollier;X-NUM-GUESTS=0:mailto:jm.ollier@grupoindalo.es
END:VEVENT
END:VCALENDAR
""",
        "2n5b8v1c4x7z0a3s6d9f2g5h8j@google.com",
        1,
        "Grupo Indalo",
        "Responsable de RRHH planta Lyon",
        "hiring_manager",
        "lucia.navarro@grupoindalo.es;jm.ollier@grupoindalo.es",
        "spanish-google-invite-madrid-zone",
    ),
]
