# ruff: noqa: E501
"""holdout190: Geneva and Suisse romande (Swiss French conventions, Europe/Zurich)."""

from holdout190ev_tz import ev

_DP_UID = "3D8E5B21-AF07-4C6B-93D4-7E0F1A2B6C58"

_DP_ONSITE = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Apple Inc.//macOS 14.6.1//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ_ZURICH@@
BEGIN:VEVENT
ATTENDEE;CN="Jean-Daniel Perrin";CUTYPE=INDIVIDUAL;EMAIL="jd.perrin@dumont-perrin.ch";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:jd.perrin@dumont-perrin.ch
ATTENDEE;CN="Anne Dumont";CUTYPE=INDIVIDUAL;EMAIL="a.dumont@dumont-perrin.ch";PARTSTAT=ACCEPTED:mailto:a.dumont@dumont-perrin.ch
ATTENDEE;CN="Amélie Fontaine";CUTYPE=INDIVIDUAL;EMAIL="amelie.fontaine.archi@orange.fr";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
CREATED:20250224T150311Z
DESCRIPTION:@@DESC@@
DTEND;TZID=Europe/Zurich:@@END@@
DTSTAMP:@@STAMP@@
DTSTART;TZID=Europe/Zurich:@@START@@
LAST-MODIFIED:@@STAMP@@
LOCATION:Bureau Dumont-Perrin architectes SA\nRue de Carouge 58\n1205 Genève
ORGANIZER;CN="Jean-Daniel Perrin";EMAIL="jd.perrin@dumont-perrin.ch":mailto:jd.perrin@dumont-perrin.ch
SEQUENCE:@@SEQ@@
SUMMARY:Entretien au bureau – Mme Fontaine
TRANSP:OPAQUE
UID:3D8E5B21-AF07-4C6B-93D4-7E0F1A2B6C58
URL;VALUE=URI:
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""


def _dp(start: str, end: str, stamp: str, seq: str, desc: str) -> str:
    return (_DP_ONSITE.replace("@@START@@", start).replace("@@END@@", end).replace("@@STAMP@@", stamp)
            .replace("@@SEQ@@", seq).replace("@@DESC@@", desc))


EVENTS = [
    ev("swiss-video-first", "6A0C2E84-1F3B-4D95-B7A2-90E4C1D8F35B", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Apple Inc.//macOS 14.6.1//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ_ZURICH@@
BEGIN:VEVENT
ATTENDEE;CN="Jean-Daniel Perrin";CUTYPE=INDIVIDUAL;EMAIL="jd.perrin@dumont-perrin.ch";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:jd.perrin@dumont-perrin.ch
ATTENDEE;CN="amelie.fontaine.archi@orange.fr";CUTYPE=INDIVIDUAL;EMAIL="amelie.fontaine.archi@orange.fr";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
CREATED:20250210T072904Z
DESCRIPTION:Madame\,\n\nNous avons bien reçu votre dossier de candidature du 3 février pour le poste d'architecte chef-fe de projet (taux d'activité 80-100%) et vous en remercions.\n\nNous vous proposons un premier entretien par visioconférence le mardi 18 février 2025 à 9h00\, d'une durée d'environ trois quarts d'heure. Nous parlerons de votre parcours\, de vos références et de nos projets en cours (une école primaire à Onex et un immeuble de septante logements coopératifs aux Vernets).\n\nLien Zoom : https://us06web.zoom.us/j/84216550937?pwd=Rk9wZ2xVbE5Ld0tEV2h0d\nID de réunion : 842 1655 0937 – Code secret : 1205\n\nEn vous souhaitant une belle journée\, nous vous adressons\, Madame\, nos meilleures salutations.\n\nJean-Daniel Perrin\narchitecte EPFL SIA\, associé\nBureau Dumont-Perrin architectes SA\nT +41 22 342 18 60
DTEND;TZID=Europe/Zurich:20250218T094500
DTSTAMP:20250210T072911Z
DTSTART;TZID=Europe/Zurich:20250218T090000
LAST-MODIFIED:20250210T072911Z
LOCATION:Zoom
ORGANIZER;CN="Jean-Daniel Perrin";EMAIL="jd.perrin@dumont-perrin.ch":mailto:jd.perrin@dumont-perrin.ch
SEQUENCE:0
SUMMARY:Premier entretien (visioconférence) – A. Fontaine
TRANSP:OPAQUE
UID:6A0C2E84-1F3B-4D95-B7A2-90E4C1D8F35B
END:VEVENT
END:VCALENDAR
""", 1, company="Bureau Dumont-Perrin architectes SA", role="architecte chef-fe de projet", stage="hiring_manager",
       interviewers="jd.perrin@dumont-perrin.ch", trap="swiss-french-partner-apple-zoom-first"),

    ev("swiss-onsite", _DP_UID, _dp(
        "20250320T140000", "20250320T153000", "20250224T150318Z", "0",
        r"Madame\,\n\nSuite à notre entretien du 18 février\, nous avons le plaisir de vous convier à un second entretien à notre bureau\, en présence de mon associée Mme Anne Dumont. Nous vous ferons également visiter l'atelier et vous présenterons l'équipe.\nLe bureau se trouve au 3e étage (arrêt de tram « Augustins »\, lignes 12 et 18). Nous prenons volontiers en charge vos frais de déplacement depuis Bordeaux.\n\nAvec nos meilleures salutations\,\nJean-Daniel Perrin"),
       1, company="Bureau Dumont-Perrin architectes SA", stage="onsite",
       interviewers="jd.perrin@dumont-perrin.ch;a.dumont@dumont-perrin.ch", trap="swiss-onsite-original-sequence-0"),

    ev("swiss-onsite-moved", _DP_UID, _dp(
        "20250327T140000", "20250327T153000", "20250314T101244Z", "1",
        r"Madame\,\n\nUne séance de chantier ayant été déplacée par le maître d'ouvrage\, nous devons malheureusement reporter notre rencontre d'une semaine\, au jeudi 27 mars à 14h00\, même lieu. Nous vous prions de bien vouloir nous excuser de ce changement et restons volontiers à disposition si la date ne vous convenait pas.\n\nAvec nos meilleures salutations\,\nJean-Daniel Perrin"),
       1, company="Bureau Dumont-Perrin architectes SA", stage="onsite",
       interviewers="jd.perrin@dumont-perrin.ch;a.dumont@dumont-perrin.ch",
       trap="rescheduled-same-uid-higher-sequence"),

    ev("crossborder-webinar", "lvs-evt-5c1d9a7e-28b4-4f60-a3c2-e91b07d4f8a6", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:lvs-evt-5c1d9a7e-28b4-4f60-a3c2-e91b07d4f8a6
DTSTAMP:20250303T120000Z
DTSTART:20250311T111500Z
DTEND:20250311T123000Z
SUMMARY:Webinaire – Travailler à Genève : permis G\, contrat\, fiscalité des frontaliers
DESCRIPTION:Merci pour votre inscription\, Amélie !\n\nAu programme : le permis G\, le contrat de travail suisse et les usages (entretien d'embauche\, 13e salaire\, vacances)\, l'impôt à la source\, l'assurance maladie (LAMal ou CMU frontalier). Questions en direct à la fin.\n\nRejoindre l'événement : https://app.livestorm.co/gte/travailler-a-geneve-mars-2025/live?s=5c1d9a7e\n\nGroupement transfrontalier européen
LOCATION:https://app.livestorm.co/gte/travailler-a-geneve-mars-2025
ORGANIZER;CN=Groupement transfrontalier européen:mailto:no-reply@livestorm.co
END:VEVENT
END:VCALENDAR
""", 0, trap="webinar-working-in-geneva-cross-border"),

    ev("canton-panel", "CONV-2025-OCBA-00318-FONTAINE@etat.ge.ch", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Bovet Laure (DT)":mailto:laure.bovet@etat.ge.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amelie.fontaine.archi@orange.fr:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rochat Pascal (DT)":mailto:pascal.rochat@etat.ge.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DT-OCBA Salle 4.12 (David-Dufour 5)":mailto:salle.4.12.ocba@etat.ge.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nNous faisons suite à votre postulation au poste d'architecte chef-fe de projet (classe 20\, taux 100%) au sein de l'Office cantonal des bâtiments\, réf. OCBA-2025-0318\, et avons le plaisir de vous convoquer à un entretien.\n\nLa commission d'entretien sera composée de M. Pascal Rochat\, chef du service constructions scolaires\, et de moi-même pour les ressources humaines. Durée : environ une heure\, suivie d'un court exercice écrit (30 minutes).\n\nLieu : rue David-Dufour 5\, 1205 Genève\, 4e étage\, salle 4.12. Merci de vous présenter à la réception muni-e d'une pièce d'identité.\n\nNous vous prions d'agréer\, Madame\, nos salutations distinguées.\n\nLaure Bovet\nSpécialiste RH\nDépartement du territoire (DT)\n
UID:CONV-2025-OCBA-00318-FONTAINE@etat.ge.ch
SUMMARY;LANGUAGE=fr-CH:Convocation entretien - OCBA-2025-0318 - Mme Fontaine
DTSTART;TZID=W. Europe Standard Time:20250415T103000
DTEND;TZID=W. Europe Standard Time:20250415T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T133050Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:DT-OCBA Salle 4.12 (David-Dufour 5)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, company="État de Genève", role="architecte chef-fe de projet", stage="onsite",
       interviewers="pascal.rochat@etat.ge.ch;laure.bovet@etat.ge.ch",
       trap="swiss-canton-commission-convocation-weurope-tz"),

    ev("lever-video", "lever-interview-8f2d61c0-4a7b-49e3-b1d5-73ce0a9f1e42", r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8f2d61c0-4a7b-49e3-b1d5-73ce0a9f1e42
DTSTAMP:20250227T141009Z
DTSTART:20250306T080000Z
DTEND:20250306T084500Z
SUMMARY:Kessler Brandt Architects – Video Interview with Thomas Brandt
ORGANIZER;CN=Kessler Brandt Architects:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Thomas Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thomas.brandt@kesslerbrandt.ch
LOCATION:https://meet.google.com/wfn-xqpd-kca
DESCRIPTION:Hi Amélie\,\n\nThanks for your interest in the Project Architect (French-speaking) role at Kessler Brandt Architects in Geneva. You're scheduled to speak with Thomas Brandt\, Founding Partner\, for 45 minutes.\n\nJoin: https://meet.google.com/wfn-xqpd-kca\n\nTimes are shown in your local time. If you need to reschedule\, simply reply to this email.\n\nBest\,\nMaya Ohlsson\nOffice & People Coordinator
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Kessler Brandt Architects", role="Project Architect (French-speaking)", stage="hiring_manager",
       interviewers="thomas.brandt@kesslerbrandt.ch", trap="lever-english-geneva-partner"),

    ev("personio-interview", "personio-appointment-11842667@atelier-rhone.jobs.personio.de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-appointment-11842667@atelier-rhone.jobs.personio.de
DTSTAMP:20250326T163512Z
DTSTART:20250403T090000Z
DTEND:20250403T100000Z
SUMMARY:Entretien : Architecte de projet 80–100% | Amélie Fontaine
DESCRIPTION:Bonjour Amélie Fontaine\,\n\nMerci pour votre candidature au poste « Architecte de projet 80–100% ». Nous avons le plaisir de vous inviter à un entretien.\n\nDate : jeudi 3 avril 2025\, 11:00–12:00 (heure de Genève)\nLieu : Atelier Rhône Architectes Sàrl\, Boulevard du Pont-d'Arve 28\, 1205 Genève\nVous rencontrerez : Nicolas Favre (associé) et Inès Morel (cheffe de projet)\n\nMeilleures salutations\nAtelier Rhône Architectes Sàrl\n\nCe message a été envoyé via Personio.
LOCATION:Boulevard du Pont-d'Arve 28\, 1205 Genève
ORGANIZER;CN=Atelier Rhône Architectes Sàrl:mailto:noreply@personio.de
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Nicolas Favre;PARTSTAT=ACCEPTED:mailto:n.favre@atelier-rhone.ch
ATTENDEE;CN=Inès Morel;PARTSTAT=ACCEPTED:mailto:i.morel@atelier-rhone.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Rhône Architectes", role="Architecte de projet 80–100%",
       interviewers="n.favre@atelier-rhone.ch;i.morel@atelier-rhone.ch", trap="personio-utc-swiss-sarl"),

    ev("goto-screen", "5c7e19b2a0d84f3e9c61b8d2e4f0a7c3", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ZURICH@@
BEGIN:VEVENT
UID:5c7e19b2a0d84f3e9c61b8d2e4f0a7c3
DTSTAMP:20250416T070422Z
DTSTART;TZID=Europe/Zurich:20250424T160000
DTEND;TZID=Europe/Zurich:20250424T164500
SUMMARY:Archipel Conseil – échange candidature Mme Fontaine (GoTo)
ORGANIZER;CN="Sandoz Valérie":mailto:valerie.sandoz@archipel-conseil.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amélie Fontaine":mailto:amelie.fontaine.archi@orange.fr
LOCATION:GoTo Meeting
DESCRIPTION:Bonjour Madame Fontaine\,\n\nJe vous remercie de votre intérêt pour le poste d'architecte – assistance à maîtrise d'ouvrage (AMO) et vous propose un premier entretien téléphonique/visio de 45 minutes.\n\nParticipez à ma réunion depuis votre ordinateur\, tablette ou smartphone.\nhttps://meet.goto.com/418552913\n\nVous pouvez aussi appeler.\nSuisse : +41 225 4599 79\nFrance : +33 170 950 594\nCode d'accès : 418-552-913\n\nMeilleures salutations\nValérie Sandoz\nRessources humaines\nArchipel Conseil SA – Lausanne | Genève
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Archipel Conseil SA", role="architecte – assistance à maîtrise d'ouvrage (AMO)",
       stage="recruiter_screen", interviewers="valerie.sandoz@archipel-conseil.ch", trap="goto-meeting-swiss-hr-screen"),
]
