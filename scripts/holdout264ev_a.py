# ruff: noqa: E501, W291, W293, RUF100
"""holdout264 events, part A: the user's own interviews (hospitals, CAMSP, SSR, Tournai, practices)."""

from holdout264ev_zones import BRUSSELS, PARIS, ROMANCE, UTC01

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D0A4C1B7E62EDC01000000000000000010000000F3B5A7C2D1E04F4B9C8A77E1D2C3B4A5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Delattre, Sandrine";SENT-BY="mailto:secretariat.reeducation@chu-marcqflandre.fr":mailto:sandrine.delattre@chu-marcqflandre.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr:mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Verhaeghe, Antoine (Dr)":mailto:antoine.verhaeghe@chu-marcqflandre.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CHU-MF Salle Neuro 3 (8 pl.)":mailto:salle.neuro3@chu-marcqflandre.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à votre candidature au poste d'orthophoniste (H/F) – 
 service de neurologie et unité neurovasculaire (CDI\, 1 ETP)\, nous avons le pl
 aisir de vous convier à un entretien avec le Dr Antoine Verhaeghe\, médecin ch
 ef de service\, et moi-même\, cadre de santé de rééducation.\n\nMerci de vous pr
 ésenter à l'accueil du bâtiment Calmette\, 3e étage. Prévoir votre diplôme (CCO)
  et votre numéro ADELI/RPPS.\n\nCordialement\,\nSandrine Delattre\nCadre de santé
  – Pôle Neurosciences\nCHU Marcq-Flandre\n03 20 99 41 27\n
UID:040000008200E00074C5B7101A82E00800000000D0A4C1B7E62EDC01000000000000000010000000F3B5A7C2D1E04F4B9C8A77E1D2C3B4A5
SUMMARY;LANGUAGE=fr-FR:Entretien – Orthophoniste service de neurologie (H/F)
DTSTART;TZID=Romance Standard Time:20251007T140000
DTEND;TZID=Romance Standard Time:20251007T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T081244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CHU-MF Salle Neuro 3 (8 pl.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Madame\,</p><p>Suite à votre candidature au poste d'orthophoniste (H/F) – service de neurologie et unité neurovasculaire (CDI\, 1 ETP)\, nous avons le plaisir de vous convier à un entretien avec le Dr Antoine Verhaeghe\, médecin chef de service\, et moi-même.</p><p>Sandrine Delattre<br>Cadre de santé – Pôle Neurosciences</p></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CHU Marcq-Flandre",
        role="Orthophoniste service de neurologie (H/F)",
        stage="hiring_manager",
        interviewers="sandrine.delattre@chu-marcqflandre.fr;antoine.verhaeghe@chu-marcqflandre.fr",
        trap="outlook-sent-by-secretariat-room-medecin-chef",
        hiring=False,
    ),
    dict(
        kind="talentsoft-rescheduled",
        uid="TS-CHUMF-2025-ORTHO-NEURO-0417-MES",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cegid//Talentsoft Recruiting//FR
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
{PARIS}BEGIN:VEVENT
UID:TS-CHUMF-2025-ORTHO-NEURO-0417-MES
SEQUENCE:2
DTSTAMP:20251010T163502Z
DTSTART;TZID=Europe/Paris:20251016T140000
DTEND;TZID=Europe/Paris:20251016T160000
SUMMARY:[REPORT] Mise en situation professionnelle – Orthophoniste neurologie – Vandamme Clémence
ORGANIZER;CN=CHU Marcq-Flandre - Direction des ressources humaines:mailto:recrutement@chu-marcqflandre.fr
ATTENDEE;CN=Clémence Vandamme;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
ATTENDEE;CN=Camille Brasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.brasseur@chu-marcqflandre.fr
ATTENDEE;CN=Sandrine Delattre;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandrine.delattre@chu-marcqflandre.fr
LOCATION:CHU Marcq-Flandre – Bât. Calmette – Bureau des orthophonistes (3e étage)
DESCRIPTION:Madame Vandamme\,\n\nEn raison d'une contrainte de service\, votre m
 ise en situation initialement prévue le jeudi 14 octobre à 9h00 est reportée a
 u jeudi 16 octobre à 14h00.\n\nDéroulé : passation commentée d'un bilan d'aphas
 ie (BDAE/MT-86) sur vignette vidéo\, puis échange avec Mme Camille Brasseur\, o
 rthophoniste référente de l'unité neurovasculaire. Mme Delattre assistera à l
 a restitution.\n\nCe message est généré automatiquement par notre outil de re
 crutement. Merci de ne pas y répondre directement.\n
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CHU Marcq-Flandre",
        role="Orthophoniste neurologie",
        stage="technical",
        interviewers="camille.brasseur@chu-marcqflandre.fr;sandrine.delattre@chu-marcqflandre.fr",
        trap="ats-rescheduled-sequence-2-mise-en-situation",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-final",
        uid="040000008200E00074C5B7101A82E00800000000B1C6D3E9F02FDC0100000000000000001000000077A1C9E0B3D24E8B8F61D4A0C9E2F311",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ouali, Karim (DRH)":mailto:karim.ouali@chu-marcqflandre.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Hennebelle, Marie-Christine":mailto:mc.hennebelle@chu-marcqflandre.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Secrétariat DRH":mailto:secretariat.drh@chu-marcqflandre.fr
SUMMARY;LANGUAGE=fr-FR:Entretien final Direction des soins / DRH - Mme Vandamme (orthophoniste)
DESCRIPTION;LANGUAGE=fr-FR:Entretien avec Mme Hennebelle\, coordonnatrice générale des soins\, et M. Ouali\, DRH adjoint. Point sur la date de prise de poste\, la reprise d'ancienneté (grille orthophoniste de la FPH) et le temps de travail.\n\nDirection générale\, bâtiment administratif\, 2e étage\, bureau 214.\n
UID:040000008200E00074C5B7101A82E00800000000B1C6D3E9F02FDC0100000000000000001000000077A1C9E0B3D24E8B8F61D4A0C9E2F311
DTSTART:20251028T090000Z
DTEND:20251028T094500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T121501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Direction générale - Bureau 214
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CHU Marcq-Flandre",
        role="orthophoniste",
        stage="final",
        interviewers="karim.ouali@chu-marcqflandre.fr;mc.hennebelle@chu-marcqflandre.fr",
        trap="utc-outlook-drh-direction-des-soins-final",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="5B0E1F3A-77C2-4D7E-9A61-2F8C4B1D0E93",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250912T184210Z
DTEND:20250916T131500
DTSTAMP:20250912T184233Z
DTSTART:20250916T124500
LAST-MODIFIED:20250912T184233Z
SEQUENCE:0
SUMMARY:Tel directrice CAMSP Hirondelles (Mme Caron) - poste ortho 0\,8
DESCRIPTION:elle rappelle sur le portable. annonce vue sur le site FNO. pense
 r à demander : temps de synthèse\, supervision\, reprise anciennete CCN 66
UID:5B0E1F3A-77C2-4D7E-9A61-2F8C4B1D0E93
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT10M
UID:0A8E3C2D-1B4F-4A7C-8E55-7F1D2C3B4A60
X-WR-ALARMUID:0A8E3C2D-1B4F-4A7C-8E55-7F1D2C3B4A60
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CAMSP Les Hirondelles",
        role="ortho 0,8",
        stage="hiring_manager",
        interviewers="Mme Caron",
        trap="ios-floating-terse-tel-directrice-no-attendees",
        hiring=False,
    ),
    dict(
        kind="google-invite",
        uid="3k9qv0m2d7hn1c5t8r4bl6p0ae@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250924T080000Z
DTEND:20250924T093000Z
DTSTAMP:20250917T094512Z
ORGANIZER;CN=Secrétariat CAMSP Les Hirondelles:mailto:secretariat@camsp-leshirondelles.fr
UID:3k9qv0m2d7hn1c5t8r4bl6p0ae@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Secrétariat CAMSP Les Hirondelles;X-NUM-GUESTS=0:mailto:secretariat@camsp-leshirondelles.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr Bertrand Lemaire;X-NUM-GUESTS=0:mailto:b.lemaire@camsp-leshirondelles.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nathalie Caron;X-NUM-GUESTS=0:mailto:n.caron@camsp-leshirondelles.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Élodie Brunet (psychomotricienne);X-NUM-GUESTS=0:mailto:e.brunet@camsp-leshirondelles.fr
X-MICROSOFT-CDO-OWNERAPPTID:-1476250912
CREATED:20250917T094510Z
DESCRIPTION:Entretien pluridisciplinaire pour le poste d'orthophoniste (CDI 0\,8
  ETP\, CCN 66).\nVous serez reçue par le Dr Lemaire (médecin directeur)\, Mme C
 aron (directrice administrative) et Mme Brunet (psychomotricienne).\nMerci de
  vous munir de votre CV et d'une copie de votre certificat de capacité.\n\n-::~:
 ~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez ce courriel parce que vous êtes invité à cet événement.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250917T094512Z
LOCATION:CAMSP Les Hirondelles\, 14 rue de l'Épeule\, 59100 Roubaix
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien pluridisciplinaire – candidature orthophoniste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CAMSP Les Hirondelles",
        role="orthophoniste",
        stage="onsite",
        interviewers="b.lemaire@camsp-leshirondelles.fr;n.caron@camsp-leshirondelles.fr;e.brunet@camsp-leshirondelles.fr",
        trap="google-fr-footer-pluridisciplinary-panel-secretary-organizer",
        hiring=False,
    ),
    dict(
        kind="thunderbird-observation",
        uid="b3c07e5e-6a1d-4f2b-9e0d-48d2c1a9f771",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250926T171902Z
LAST-MODIFIED:20250926T172040Z
DTSTAMP:20250926T172040Z
UID:b3c07e5e-6a1d-4f2b-9e0d-48d2c1a9f771
SUMMARY:1/2 journée d'observation CAMSP Hirondelles (suite entretien)
DTSTART:20251003T083000
DTEND:20251003T123000
DESCRIPTION:Observer 2 séances + synthèse d'équipe. Le Dr Lemaire et Mme Caro
 n me reverront à 12h pour le retour. Annuler les patients du vendredi matin (Ma
 ël\, Inaya\, M. Duriez).
LOCATION:14 rue de l'Épeule Roubaix
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Rappel par défaut de Mozilla
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CAMSP Les Hirondelles",
        role="",
        stage="onsite",
        interviewers="Dr Lemaire;Mme Caron",
        trap="thunderbird-floating-observation-half-day-selection",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E008000000009C2B74F1A3FBDB010000000000000000100000004E6D2C8B9A7F4E13B0C5D6E7F8091A2B",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vasseur, Isabelle":mailto:i.vasseur@ssr-lesoyats.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.vandamme@cabinet-ortho-vauban.fr:mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benaïssa, Saïd (Dr - MPR)":mailto:s.benaissa@ssr-lesoyats.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Vandamme\,\n\nComme convenu par téléphone\, je vous confirme notre entretien en visioconférence pour le poste d'orthophoniste en SSR neurologique (hémiplégies\, traumatisés crâniens\, troubles de la déglutition). Le Dr Benaïssa\, médecin MPR\, se joindra à nous.\n\nIsabelle Vasseur\nCadre de rééducation\nCentre de rééducation Les Oyats\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjYxNDUtYjk5Mi00ZWM2LWE2ZjktN2E1MjE2ZGRhNGRi%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d>\nID de la réunion : 348 112 905 771\nCode secret : 7Kq2Xv\nPour les organisateurs : Options de réunion<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000009C2B74F1A3FBDB010000000000000000100000004E6D2C8B9A7F4E13B0C5D6E7F8091A2B
SUMMARY;LANGUAGE=fr-FR:Entretien visio - poste orthophoniste SSR neuro
DTSTART;TZID=W. Europe Standard Time:20250930T173000
DTEND;TZID=W. Europe Standard Time:20250930T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250923T070211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjYxNDUtYjk5Mi00ZWM2LWE2ZjktN2E1MjE2ZGRhNGRi%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:i.vasseur@ssr-lesoyats.fr\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_OTk4ZjYx
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre de rééducation Les Oyats",
        role="orthophoniste en SSR neurologique",
        stage="hiring_manager",
        interviewers="i.vasseur@ssr-lesoyats.fr;s.benaissa@ssr-lesoyats.fr",
        trap="teams-windows-zone-no-vtimezone-work-address",
        hiring=False,
    ),
    dict(
        kind="outlook-visit",
        uid="040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DB01000000000000000010000000AB12CD34EF5647889900AABBCCDDEEFF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="RH Les Oyats";SENT-BY="mailto:l.pruvost@ssr-lesoyats.fr":mailto:rh@ssr-lesoyats.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vasseur, Isabelle":mailto:i.vasseur@ssr-lesoyats.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gosselin, Anaïs":mailto:a.gosselin@ssr-lesoyats.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Plateau technique - Salle Balnéo":mailto:plateau.balneo@ssr-lesoyats.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\nNous vous proposons une visite du plateau technique suivie d'une rencontre avec l'équipe de rééducation (Mme Gosselin\, orthophoniste\, et Mme Vasseur) dans le cadre de votre candidature.\nLe service RH\n
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DB01000000000000000010000000AB12CD34EF5647889900AABBCCDDEEFF
SUMMARY;LANGUAGE=fr-FR:Candidature orthophoniste - visite du service et rencontre de l'équipe
DTSTART;TZID=Romance Standard Time:20251014T100000
DTEND;TZID=Romance Standard Time:20251014T120000
DTSTAMP:20251006T134400Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Centre de rééducation Les Oyats\, 2 avenue des Dunes\, 62600 Berck
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre de rééducation Les Oyats",
        role="orthophoniste",
        stage="onsite",
        interviewers="i.vasseur@ssr-lesoyats.fr;a.gosselin@ssr-lesoyats.fr",
        trap="outlook-rh-mailbox-sent-by-resource-visit-as-round",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000C0FFEE1234567890ABCDEF0123456789",
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="RH Les Oyats":mailto:rh@ssr-lesoyats.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delrue, Patrick (Directeur)":mailto:p.delrue@ssr-lesoyats.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\, M. Delrue étant retenu par une inspection ARS\, nous sommes contraints d'annuler l'entretien final. Nous reviendrons vers vous très rapidement avec une nouvelle date.\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000C0FFEE1234567890ABCDEF0123456789
SUMMARY;LANGUAGE=fr-FR:Annulé: Entretien final avec le directeur - orthophoniste
DTSTART;TZID=Romance Standard Time:20251021T163000
DTEND;TZID=Romance Standard Time:20251021T171500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251019T082100Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Bureau de direction
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre de rééducation Les Oyats",
        role="orthophoniste",
        stage="final",
        interviewers="p.delrue@ssr-lesoyats.fr",
        trap="method-cancel-final-with-director",
        hiring=False,
    ),
    dict(
        kind="zoom-invite-belgium",
        uid="zoom-86512347790-crsp-tournai@zoom.us",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{BRUSSELS}BEGIN:VEVENT
DTSTAMP:20251002T120333Z
DTSTART;TZID=Europe/Brussels:20251009T110000
DTEND;TZID=Europe/Brussels:20251009T114500
SUMMARY:Entretien – Logopède (M/F/X) – Revalidation neurologique – C. Vandamme
UID:zoom-86512347790-crsp-tournai@zoom.us
TZID:Europe/Brussels
DESCRIPTION:Bonjour Madame Vandamme\,\n\nMerci pour votre candidature au poste
  de logopède (contrat à durée indéterminée\, 4/5e) au Centre de Revalidation Sa
 int-Piat. Je vous propose un premier échange en visioconférence.\n\nPoints à p
 réparer : reconnaissance de votre diplôme français (équivalence Communauté fr
 ançaise)\, agrément INAMI\, disponibilités.\n\nGeneviève Van Hecke\nService du 
 personnel\n\nGeneviève Van Hecke vous invite à une réunion Zoom planifiée.\nRej
 oindre la réunion Zoom\nhttps://us06web.zoom.us/j/86512347790?pwd=bE5xR2t0Vm
 JtQ1h3a2xUZz09\n\nID de réunion: 865 1234 7790\nCode secret: 418220\n
LOCATION:https://us06web.zoom.us/j/86512347790?pwd=bE5xR2t0VmJtQ1h3a2xUZz09
ORGANIZER;CN=Geneviève Van Hecke:mailto:g.vanhecke@crsp-tournai.be
ATTENDEE;CN=Clémence Vandamme;RSVP=TRUE:mailto:clemence.vandamme@free.fr
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre de Revalidation Saint-Piat",
        role="Logopède (M/F/X) – Revalidation neurologique",
        stage="recruiter_screen",
        interviewers="g.vanhecke@crsp-tournai.be",
        trap="belgian-logopede-zoom-brussels-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-jury-belgium",
        uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000001234ABCD5678EF90ABCD1234EF567890",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Van Hecke, Geneviève":mailto:g.vanhecke@crsp-tournai.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr:mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dewulf, Marc (Dr)":mailto:m.dewulf@crsp-tournai.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delcroix, Lucie":mailto:l.delcroix@crsp-tournai.be
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="TOURNAI - Salle du Conseil":mailto:salle.conseil@crsp-tournai.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nVous êtes invitée à la seconde épreuve de sélection : épreuve pratique (analyse d'un dossier de patient aphasique et proposition de projet thérapeutique\, 30 min de préparation) suivie d'un entretien devant le jury composé du Dr Dewulf\, médecin chef\, et de Mme Delcroix\, logopède coordinatrice.\n\nParking visiteurs à gauche de l'entrée principale\, chaussée de Lille.\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000001234ABCD5678EF90ABCD1234EF567890
SUMMARY;LANGUAGE=fr-BE:Epreuve pratique + entretien jury - logopède
DTSTART;TZID=Romance Standard Time:20251023T133000
DTEND;TZID=Romance Standard Time:20251023T153000
DTSTAMP:20251013T093010Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-BE:TOURNAI - Salle du Conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre de Revalidation Saint-Piat",
        role="logopède",
        stage="technical",
        interviewers="g.vanhecke@crsp-tournai.be;m.dewulf@crsp-tournai.be;l.delcroix@crsp-tournai.be",
        trap="romance-zone-without-vtimezone-belgian-jury-room",
        hiring=False,
    ),
    dict(
        kind="google-freemail-owner",
        uid="6fh2k0q8s1v3n5d7r9t0m2b4c6@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250919T191500
DTEND;TZID=Europe/Paris:20250919T201500
DTSTAMP:20250915T205918Z
ORGANIZER;CN=Laure Leclercq:mailto:laure.leclercq.ortho@gmail.com
UID:6fh2k0q8s1v3n5d7r9t0m2b4c6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laure Leclercq;X-NUM-GUESTS=0:mailto:laure.leclercq.ortho@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
DESCRIPTION:Coucou Clémence\, comme dit au tel : on se voit au cabinet après
  mes derniers patients pour parler de la collaboration (3 jours/sem\, rétroces
 sion 25%\, patientèle surtout enfants + 2 suivis neuro). Je te montre les bur
 eaux et le planning. Sonne à l'interphone « Orthophonie ».\nLaure\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this courtesy email at the account clemence.vandamme@free.fr because you are an attendee of this event.\n\nTo stop receiving future updates for this event\, decline this event. Alternatively you can sign up for a Google account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.\n\nForwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list\, or invite others regardless of their own invitation status\, or to modify your RSVP. Learn More https://support.google.com/calendar/answer/37135#forwarding
LOCATION:Cabinet d'orthophonie Gambetta\, 88 rue Gambetta\, 59100 Roubaix
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Clémence / Laure - collab cabinet Gambetta
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cabinet d'orthophonie Gambetta",
        role="collaboration",
        stage="hiring_manager",
        interviewers="laure.leclercq.ortho@gmail.com",
        trap="titulaire-freemail-rencontre-collaboration-tzid-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="ios-all-day-trial",
        uid="E41C7B92-0D3F-4B8A-A6C5-91F2E8D7C034",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250922T065501Z
DTSTAMP:20250922T065530Z
DTSTART;VALUE=DATE:20250929
DTEND;VALUE=DATE:20250930
LAST-MODIFIED:20250922T065530Z
SEQUENCE:0
SUMMARY:Journée obs. cabinet Gambetta (essai collab avec Laure Leclercq)
DESCRIPTION:8h30-18h. Elle veut voir comment je mène une séance langage écri
 t + un bilan. Prendre Exalang 8-11 et l'EVALEO. Fermer mon agenda Doctolib c
 e lundi !!
LOCATION:Roubaix
TRANSP:TRANSPARENT
UID:E41C7B92-0D3F-4B8A-A6C5-91F2E8D7C034
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cabinet d'orthophonie Gambetta",
        role="collab",
        stage="onsite",
        interviewers="Laure Leclercq",
        trap="all-day-trial-day-practice-collaboration",
        hiring=False,
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="2f9d6a31-5c47-4e0b-8d2a-7b1e3c9f0a55",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{PARIS}BEGIN:VEVENT
CREATED:20251104T210311Z
LAST-MODIFIED:20251104T210502Z
DTSTAMP:20251104T210502Z
UID:2f9d6a31-5c47-4e0b-8d2a-7b1e3c9f0a55
SUMMARY:RDV Mme Dufossé - assistanat cabinet des Remparts (Arras)
DTSTART;TZID=Europe/Paris:20251112T123000
DTEND;TZID=Europe/Paris:20251112T133000
LOCATION:12 rue des Remparts\, Arras
DESCRIPTION:annonce URPS Hauts-de-France. assistanat 2j (mardi+jeudi)\, pati
 entele adulte/neuro + dysphagie. rétrocession ? à négocier. 
 train 11h07 Lille Flandres
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Rappel par défaut de Mozilla
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cabinet d'orthophonie des Remparts",
        role="assistanat",
        stage="hiring_manager",
        interviewers="Mme Dufossé",
        trap="thunderbird-terse-assistanat-urps-board",
        hiring=False,
    ),
    dict(
        kind="softy-ats-phone",
        uid="softy-entretien-88124-cliniquedesweppes@mail.softy-ats.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Softy//Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:softy-entretien-88124-cliniquedesweppes@mail.softy-ats.fr
DTSTAMP:20250915T074512Z
DTSTART:20250918T123000Z
DTEND:20250918T130000Z
SUMMARY:Entretien téléphonique - Orthophoniste (H/F) CDI - Clinique des Weppes
ORGANIZER;CN="Clinique des Weppes via Softy":mailto:no-reply@mail.softy-ats.fr
ATTENDEE;CN="Manon Gillot";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:m.gillot@clinique-desweppes.fr
ATTENDEE;CN="Clémence Vandamme";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
LOCATION:Appel téléphonique - Manon Gillot vous appellera au 06 71 •• •• 38
DESCRIPTION:Bonjour Clémence\,\n\nMerci pour l'intérêt porté à notre offre « O
 rthophoniste (H/F) CDI temps plein – SSR et unité cognitivo-comportementale »
 . Manon Gillot\, chargée de recrutement\, vous appellera pour un premier écha
 nge de 30 minutes.\n\nPour modifier ce rendez-vous : https://candidat.softy-a
 ts.fr/rdv/88124\n\nL'équipe recrutement de la Clinique des Weppes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clinique des Weppes",
        role="Orthophoniste (H/F) CDI temps plein – SSR et unité cognitivo-comportementale",
        stage="recruiter_screen",
        interviewers="m.gillot@clinique-desweppes.fr",
        trap="local-ats-utc-phone-screen",
        hiring=False,
    ),
    dict(
        kind="ios-typo-second-round",
        uid="9A7D5C3B-1E2F-4A6B-8C0D-2E4F6A8B0C1D",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250923T121802Z
DTEND;TZID=Europe/Paris:20251001T113000
DTSTAMP:20250923T121840Z
DTSTART;TZID=Europe/Paris:20251001T100000
LAST-MODIFIED:20250923T121840Z
LOCATION:Clinique des Weppes
SEQUENCE:0
SUMMARY:entretien clinik weppes 2eme tour (med coord + cadre)
DESCRIPTION:Dr Rivière + Mme Fontenay. demander si bilans cognitifs en binome avec la neuropsy
TRANSP:OPAQUE
UID:9A7D5C3B-1E2F-4A6B-8C0D-2E4F6A8B0C1D
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clinique des Weppes",
        role="",
        stage="onsite",
        interviewers="Dr Rivière;Mme Fontenay",
        trap="ios-typos-abbreviations-second-round",
        hiring=False,
    ),
    dict(
        kind="calendly-booking",
        uid="a7c1e0b4-3f2d-4c9e-8b6a-5d4e3f2a1b0c@calendly.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:a7c1e0b4-3f2d-4c9e-8b6a-5d4e3f2a1b0c@calendly.com
DTSTAMP:20250930T141101Z
DTSTART:20251006T073000Z
DTEND:20251006T081500Z
SUMMARY:Entretien candidat·e orthophoniste SESSAD entre Julien Moreau et Clémence Vandamme
ORGANIZER;CN=Julien Moreau:mailto:j.moreau@sessad-arcenciel.fr
ATTENDEE;CN=Julien Moreau;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:j.moreau@sessad-arcenciel.fr
ATTENDEE;CN=Clémence Vandamme;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Type d'événement : Entretien candidat·e orthophoniste SESSAD (45 m
 in)\n\nParticipant : Clémence Vandamme\nE-mail : clemence.vandamme@free.fr\n
 \nRéponses :\nPoste visé : Orthophoniste 0\,5 ETP – SESSAD Arc-en-Ciel (Vill
 eneuve-d'Ascq)\nAnnonce vue sur : FNO – offres d'emploi\n\nLieu : Google Meet
  https://meet.google.com/qhx-rtbn-wpa\n\nBesoin de modifier ? Annuler : https
 ://calendly.com/cancellations/a7c1e0b4 Replanifier : https://calendly.com/re
 schedulings/a7c1e0b4\n\nPropulsé par Calendly.com
LOCATION:https://meet.google.com/qhx-rtbn-wpa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SESSAD Arc-en-Ciel",
        role="Orthophoniste 0,5 ETP – SESSAD Arc-en-Ciel",
        stage="hiring_manager",
        interviewers="j.moreau@sessad-arcenciel.fr",
        trap="calendly-candidate-booked-chef-de-service",
        hiring=False,
    ),
    dict(
        kind="outlook-utc01-zone",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC01}BEGIN:VEVENT
ORGANIZER;CN="Fontaine, Régis":mailto:r.fontaine@asso-arcenciel.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="clemence.vandamme@free.fr":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moreau, Julien":mailto:j.moreau@sessad-arcenciel.fr
SUMMARY;LANGUAGE=fr-FR:Entretien avec le directeur général - candidature orthophoniste SESSAD
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\nSuite à votre entretien avec M. Moreau\, je vous propose un dernier rendez-vous au siège de l'association\, 3 allée de la Tribonnerie\, Villeneuve-d'Ascq.\nBien cordialement\,\nRégis Fontaine\nDirecteur général – Association Arc-en-Ciel\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251015T170000
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251015T174500
DTSTAMP:20251008T152233Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Siège Association Arc-en-Ciel
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SESSAD Arc-en-Ciel",
        role="orthophoniste SESSAD",
        stage="final",
        interviewers="r.fontaine@asso-arcenciel.fr;j.moreau@sessad-arcenciel.fr",
        trap="utc-plus-one-label-zone-directeur-general-association-domain",
        hiring=False,
    ),
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC01000000000000000010000000112233445566778899AABBCCDDEEFF00",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Secrétariat de direction IEM Les Cèdres":mailto:direction@iem-lescedres.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hautecoeur, Véronique (Directrice)":mailto:v.hautecoeur@iem-lescedres.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ndiaye, Fatou (Dr - MPR)":mailto:f.ndiaye@iem-lescedres.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Roussel, Damien (kiné référent)":mailto:d.roussel@iem-lescedres.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="IEM Salle Tilleul":mailto:salle.tilleul@iem-lescedres.fr
SUMMARY;LANGUAGE=fr-FR:Commission de recrutement – Orthophoniste (IEM\, enfants et adolescents polyhandicapés)
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\nLa commission de recrutement vous recevra pour un entretien d'environ 45 minutes (présentation de votre parcours\, expérience en CAA et troubles de l'oralité\, questions de la commission).\nMme Hautecoeur\, directrice\; Dr Ndiaye\, médecin MPR\; M. Roussel\, kinésithérapeute référent.\n
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC01000000000000000010000000112233445566778899AABBCCDDEEFF00
DTSTART;TZID=Romance Standard Time:20251105T140000
DTEND;TZID=Romance Standard Time:20251105T144500
DTSTAMP:20251027T101010Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:IEM Salle Tilleul
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="IEM Les Cèdres",
        role="Orthophoniste (IEM, enfants et adolescents polyhandicapés)",
        stage="onsite",
        interviewers="v.hautecoeur@iem-lescedres.fr;f.ndiaye@iem-lescedres.fr;d.roussel@iem-lescedres.fr",
        trap="commission-de-recrutement-panel-room-escaped-semicolons",
        hiring=False,
    ),
    dict(
        kind="google-export-hand-typed",
        uid="0pl3d9c2k8a7n6m5b4v3c2x1z0@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Clémence perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251113T093000
DTEND;TZID=Europe/Paris:20251113T113000
DTSTAMP:20251201T090000Z
UID:0pl3d9c2k8a7n6m5b4v3c2x1z0@google.com
CREATED:20251106T191212Z
DESCRIPTION:2e étape IEM : mise en situation avec un jeune (CAA\, tablette + 
 PODD) puis retour avec Mme Hautecoeur et la référente éducative. Tenue confor
 table\, ils sont au sol.
LAST-MODIFIED:20251106T191530Z
LOCATION:IEM Les Cèdres\, Lambersart
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IEM Cèdres - mise en situation CAA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="IEM Les Cèdres",
        role="",
        stage="technical",
        interviewers="Mme Hautecoeur",
        trap="google-export-x-wr-mise-en-situation-no-attendees",
        hiring=False,
    ),
    dict(
        kind="agency-phone-screen",
        uid="OJR-2025-1107-VANDAMME@orthojob-recrutement.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Orthojob Recrutement//Agenda consultants 3.2//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:OJR-2025-1107-VANDAMME@orthojob-recrutement.fr
DTSTAMP:20251103T160511Z
DTSTART;TZID=Europe/Paris:20251107T121500
DTEND;TZID=Europe/Paris:20251107T124500
SUMMARY:Orthojob – qualification candidature : Orthophoniste salariée EHPAD (Résidence Les Jardins de Flore\, Marcq-en-Barœul)
ORGANIZER;CN=Karim Haddad - Orthojob Recrutement:mailto:k.haddad@orthojob-recrutement.fr
ATTENDEE;CN=Clémence Vandamme;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clemence.vandamme@free.fr
DESCRIPTION:Bonjour Clémence\,\nComme convenu\, je vous appelle pour qualifie
 r votre candidature pour notre client la Résidence Les Jardins de Flore (EHP
 AD 110 lits\, poste d'orthophoniste salariée 0\,6 ETP : troubles de la dégl
 utition\, communication dans les maladies neuro-évolutives\, formation des s
 oignants). Si l'échange est concluant\, je transmets votre dossier à la dire
 ctrice\, Mme Parmentier\, pour un entretien sur place.\nKarim Haddad\nConsul
 tant santé – Orthojob Recrutement\n06 12 •• •• 71
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Résidence Les Jardins de Flore",
        role="Orthophoniste salariée EHPAD",
        stage="recruiter_screen",
        interviewers="k.haddad@orthojob-recrutement.fr",
        trap="agency-names-client-ehpad-company-is-client",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000077889900AABBDC010000000000000000100000009988776655443322110FFEEDDCCBBAA0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lefebvre, Aurore":mailto:aurore.lefebvre@ch-littoralflamand.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Baert, Thomas (Dr)":mailto:thomas.baert@ch-littoralflamand.fr
SUMMARY;LANGUAGE=fr-FR:Entretien – Orthophoniste pôle Femme-Mère-Enfant (néonatologie / CAMSP)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\nEntretien avec le Dr Baert\, pédiatre responsable de l'unité de néonatologie\, et moi-même (cadre supérieure du pôle).\n________________________________________________________________________________\nRéunion Microsoft Teams\nParticipez à partir de votre ordinateur ou de votre application mobile\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2MjE0%40thread.v2/0>\nOu appelez (audio uniquement)\n+33 1 70 •• •• 12\,\,552019884#   France\, Paris\nID de conférence téléphonique : 552 019 884#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000077889900AABBDC010000000000000000100000009988776655443322110FFEEDDCCBBAA0
DTSTART;TZID=Romance Standard Time:20251202T120000
DTEND;TZID=Romance Standard Time:20251202T124500
DTSTAMP:20251124T081212Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2MjE0%40thread.v2/0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Hospitalier du Littoral Flamand",
        role="Orthophoniste pôle Femme-Mère-Enfant (néonatologie / CAMSP)",
        stage="hiring_manager",
        interviewers="aurore.lefebvre@ch-littoralflamand.fr;thomas.baert@ch-littoralflamand.fr",
        trap="teams-dial-in-pole-femme-mere-enfant",
        hiring=False,
    ),
    dict(
        kind="outlook-cancelled-status",
        uid="040000008200E00074C5B7101A82E00800000000DDEEFF00112233DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lefebvre, Aurore":mailto:aurore.lefebvre@ch-littoralflamand.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Desmet, Olivier (DRH)":mailto:olivier.desmet@ch-littoralflamand.fr
SUMMARY;LANGUAGE=fr-FR:ANNULÉ - 2e entretien DRH orthophoniste FME
DESCRIPTION;LANGUAGE=fr-FR:Madame Vandamme\, je suis au regret de vous informer que le recrutement sur ce poste est suspendu (gel budgétaire du pôle). Le second entretien avec M. Desmet est donc annulé. Nous conservons votre candidature.\n
UID:040000008200E00074C5B7101A82E00800000000DDEEFF00112233DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
DTSTART;TZID=Romance Standard Time:20251216T150000
DTEND;TZID=Romance Standard Time:20251216T153000
DTSTAMP:20251210T170001Z
SEQUENCE:3
STATUS:CANCELLED
LOCATION;LANGUAGE=fr-FR:Direction des ressources humaines\, CH du Littoral Flamand
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre Hospitalier du Littoral Flamand",
        role="orthophoniste FME",
        stage="final",
        interviewers="olivier.desmet@ch-littoralflamand.fr",
        trap="status-cancelled-in-request-hiring-freeze",
        hiring=False,
    ),
]
