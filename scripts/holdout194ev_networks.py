"""holdout194: networks, federation and training institute (own interviews). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("segec-tel", "1d7k3m9q0r2s4t6u8v0w2x4y6z@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250110T120000Z
DTEND:20250110T123000Z
DTSTAMP:20250106T160203Z
ORGANIZER;CN=Hélène Dufour:mailto:helene.dufour@segec.be
UID:1d7k3m9q0r2s4t6u8v0w2x4y6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène
  Dufour;X-NUM-GUESTS=0:mailto:helene.dufour@segec.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=margaux.lambert65@skynet.be;X-NUM-GUESTS=0:mailto:margaux.lambert65
 @skynet.be
DESCRIPTION:Bonjour Madame Lambert\,\n\nComme annoncé par mail\, je vous ap
 pellerai au 0475 62 18 09 pour un premier échange téléphonique (20-30 min)
  concernant votre candidature au poste de conseiller·ère pédagogique (secon
 daire\, secteur français-langues anciennes) à la FESeC.\n\nHélène Dufour\nR
 essources humaines – SeGEC
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange téléphonique – candidature conseiller·ère pédagogique FESeC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", interview=1, company="SeGEC", role="conseiller·ère pédagogique (secondaire, secteur français-langues anciennes)",
      stage="recruiter_screen", interviewers=["helene.dufour@segec.be"], trap="hr-phone-screen-network-adviser"),

    E("segec-entretien", "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000AB01",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Dufour, Hélène":mailto:helene.dufour@segec.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=margaux.lambert65@skynet.be:mailto:margaux
 .lambert65@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nyssen, Bernard":mailto:bernard.nyssen@segec.
 be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Collard, Anne-Sophie":mailto:annesophie.colla
 rd@segec.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SeGEC - Salle Guimard 2":mailto:salle.g
 uimard2@segec.be
DESCRIPTION;LANGUAGE=fr-BE:Madame Lambert\,\n\nJe vous confirme l'entretien
  avec M. Bernard Nyssen (Secrétaire général de la FESeC) et Mme Anne-Sophie
  Collard (responsable de l'équipe des conseillers pédagogiques).\n\nAdresse
  : Avenue E. Mounier 100\, 1200 Woluwe-Saint-Lambert\, 2e étage.\n\nBien cor
 dialement\,\nHélène Dufour\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000AB01
SUMMARY;LANGUAGE=fr-BE:Entretien FESeC - poste CP français/LA - M. Lambert
DTSTART;TZID=W. Europe Standard Time:20250129T140000
DTEND;TZID=W. Europe Standard Time:20250129T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:SeGEC - Salle Guimard 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="SeGEC", stage="hiring_manager",
      interviewers=["bernard.nyssen@segec.be", "annesophie.collard@segec.be"],
      trap="exchange-hr-organizer-not-interviewer", crlf=True),

    E("segec-mise-situation", "F2A9C0E1-3B7D-4A55-9E6C-0D8B1F2E3A47",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
%TZ_BXL%
BEGIN:VEVENT
CREATED:20250204T191512Z
UID:F2A9C0E1-3B7D-4A55-9E6C-0D8B1F2E3A47
DTSTART;TZID=Europe/Brussels:20250212T133000
DTEND;TZID=Europe/Brussels:20250212T160000
SUMMARY:FESeC 2e tour : mise en situation (animation d'un groupe de profs)
LOCATION:Mounier 100
DESCRIPTION:Préparer 20 min d'animation sur l'évaluation formative en 3e (l
 e jury joue les enseignants) + 30 min questions. Reçu le dossier "situation"
  par mail\, à lire la veille seulement (consigne). A.-S. Collard + 2 CP.
DTSTAMP:20250204T191512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", interview=1, company="SeGEC", stage="technical", interviewers=["A.-S. Collard"],
      trap="mac-self-entry-practical-simulation-round"),

    E("cpeons-entretien", "cpeons-2025-cp-004@cpeons.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:cpeons-2025-cp-004@cpeons.be
DTSTAMP:20250117T112200Z
DTSTART;TZID=Europe/Brussels:20250204T100000
DTEND;TZID=Europe/Brussels:20250204T110000
SUMMARY:CPEONS – entretien candidature Conseiller·ère pédagogique (secondaire)
ORGANIZER;CN="Marc Delhaye":mailto:marc.delhaye@cpeons.be
ATTENDEE;CN="margaux.lambert65@skynet.be";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN="Isabelle Gobert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:isabelle.gobert@cpeons.be
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Bonjour Madame Lambert\,\nVoici l'invitation pour notre entret
 ien (M. Delhaye\, Directeur du service pédagogique\, et Mme Gobert\, conse
 illère pédagogique coordinatrice).\n____________________________________
 ____________________________________________\nRéunion Microsoft Teams\nRej
 oindre sur votre ordinateur\, application mobile ou appareil de salle\nCliq
 uez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_ZTg1NjQ2MjMtZjQ4Ny00%40thread.v2/0?context=%7b%22Tid%22%3a%22
 c1f0%22%7d>\nID de réunion : 361 728 944 102\nCode secret : hR7yZ2\n______
 __________________________________________________________________________
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="CPEONS", role="Conseiller·ère pédagogique (secondaire)",
      interviewers=["marc.delhaye@cpeons.be", "isabelle.gobert@cpeons.be"], trap="outlook-mac-teams-network-adviser"),

    E("cpeons-epreuve", "cpeons-2025-cp-004-b@cpeons.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:cpeons-2025-cp-004-b@cpeons.be
DTSTAMP:20250210T090500Z
DTSTART;TZID=Europe/Brussels:20250220T090000
DTEND;TZID=Europe/Brussels:20250220T113000
SUMMARY:CPEONS – épreuve : analyse d'une séquence de cours + restitution
ORGANIZER;CN="Marc Delhaye":mailto:marc.delhaye@cpeons.be
ATTENDEE;CN="margaux.lambert65@skynet.be";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:CPEONS\, Avenue des Gaulois 32\, 1040 Etterbeek
DESCRIPTION:Madame Lambert\,\nSuite à notre entretien\, nous vous proposon
 s la seconde étape : vous disposerez d'1h30 pour analyser une séquence de c
 ours filmée (mathématiques\, 2e degré) et préparer un retour à l'enseignant
 \, que vous présenterez ensuite à M. Delhaye et Mme Gobert (30 min).\nCord
 ialement\,\nMarc Delhaye
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="CPEONS", stage="technical",
      interviewers=["marc.delhaye@cpeons.be", "Mme Gobert"], trap="practical-exercise-lesson-analysis"),

    E("wbe-prefete", "WBE-DIR-2025-AVH-17@wbe.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//WBE//Gestion des candidatures//FR
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:WBE-DIR-2025-AVH-17@wbe.be
DTSTAMP:20250305T140000Z
DTSTART;TZID=Europe/Brussels:20250326T143000
DTEND;TZID=Europe/Brussels:20250326T153000
SUMMARY:Commission de sélection – Préfet·ète des études – Athénée Royal Victor Horta
ORGANIZER;CN=WBE - Direction des Ressources humaines:mailto:ne-pas-repondre@wbe.be
ATTENDEE;CN=LAMBERT Margaux;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:margaux.lambert65@skynet.be
LOCATION:Bd du Jardin Botanique 20-22\, 1000 Bruxelles – local 4A12
DESCRIPTION:Madame LAMBERT Margaux\,\n\nVotre candidature à l'appel aux can
 didats pour la fonction de Préfet·ète des études à l'Athénée Royal Victor Ho
 rta (Saint-Gilles) a été déclarée recevable. Vous êtes invitée à vous prés
 enter devant la commission de sélection.\nVeuillez vous munir de votre brev
 et de directeur (ou de l'attestation de réussite des modules de formation).
 \n\nCeci est un message automatique\, merci de ne pas y répondre.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Wallonie-Bruxelles Enseignement",
      role="Préfet·ète des études à l'Athénée Royal Victor Horta", stage="onsite",
      trap="noreply-organizer-network-commission", crlf=True),

    E("wbe-ccsp", "6o2q8c4e1g3i5k7m9n0p2r4t6v@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250507T073000Z
DTEND:20250507T083000Z
DTSTAMP:20250429T121233Z
ORGANIZER;CN=Pierre-Yves Stas:mailto:pierre-yves.stas@wbe.be
UID:6o2q8c4e1g3i5k7m9n0p2r4t6v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pierre
 -Yves Stas;X-NUM-GUESTS=0:mailto:pierre-yves.stas@wbe.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=margaux.lambert@arforest.be;X-NUM-GUESTS=0:mailto:margaux.lambert@a
 rforest.be
DESCRIPTION:Margaux\,\n\nSuite à ta candidature interne pour la cellule de C
 onseil et de Soutien pédagogique (CSP) – conseillère en pilotage\, je te pro
 pose qu'on se voie sur Meet mercredi avant tes cours. C'est un vrai entretie
 n (grille commune à tous les candidats)\, mais sans chichis.\n\nPierre-Yves
 \n\nRejoindre avec Google Meet : https://meet.google.com/qzv-hmtd-xke\nOu c
 omposez le : +32 2 290 63 74 PIN : 482 113 905#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Margaux L. / CSP – conseillère en pilotage
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", interview=1, company="Wallonie-Bruxelles Enseignement", role="conseillère en pilotage",
      stage="hiring_manager", interviewers=["pierre-yves.stas@wbe.be"],
      trap="internal-network-move-to-work-address-meet"),

    E("wbfp-test", "WBFP-SEL-DCO-2025-118-LM@wbfp.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//WBFP//Mon espace candidat//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:WBFP-SEL-DCO-2025-118-LM@wbfp.be
DTSTAMP:20250114T070000Z
DTSTART:20250128T080000Z
DTEND:20250128T110000Z
SUMMARY:Sélection SEL-DCO-2025-118 : Épreuve informatisée (screening)
DESCRIPTION:Sélection comparative de Délégués au contrat d'objectifs (m/f/x
 ) (niv. A) pour le Ministère de la Fédération Wallonie-Bruxelles.\nÉpreuv
 e informatisée : connaissances (Pacte pour un enseignement d'excellence\, d
 écret Missions\, Code de l'enseignement) + test de jugement situationnel.\n
 Lieu : Centre d'examens WBFP\, Boulevard Léopold II 44\, Bruxelles.\nPrése
 ntez-vous avec votre carte d'identité 30 minutes avant le début.
LOCATION:Centre d'examens WBFP\, Bd Léopold II 44\, 1080 Bruxelles
END:VEVENT
END:VCALENDAR
""", interview=1, company="Fédération Wallonie-Bruxelles",
      role="Délégués au contrat d'objectifs (m/f/x)", stage="technical",
      trap="public-service-portal-screening-test"),

    E("wbfp-oral", "WBFP-SEL-DCO-2025-118-LM-O@wbfp.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//WBFP//Mon espace candidat//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:WBFP-SEL-DCO-2025-118-LM-O@wbfp.be
DTSTAMP:20250224T070000Z
DTSTART:20250313T123000Z
DTEND:20250313T133000Z
SUMMARY:Sélection SEL-DCO-2025-118 : Entretien de sélection
DESCRIPTION:Sélection comparative de Délégués au contrat d'objectifs (m/f/x
 ) (niv. A).\nEntretien de sélection (45 min) précédé d'une préparation de
  20 min (étude de cas : accompagnement d'une école en difficulté).\nJury :
  un membre du Service général de pilotage des écoles\, un expert externe\, u
 n·e selectionneur·se WBFP.\nAttention : toute absence non justifiée entraîn
 e l'exclusion de la procédure.
LOCATION:Centre d'examens WBFP\, Bd Léopold II 44\, 1080 Bruxelles
END:VEVENT
END:VCALENDAR
""", interview=1, company="Fédération Wallonie-Bruxelles", role="Délégués au contrat d'objectifs (m/f/x)",
      stage="onsite", trap="public-service-portal-selection-interview-utc"),

    E("felsi-zoom", "zoom-87412093361-felsi",
      r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250407T151002Z
DTSTART:20250417T083000Z
DTEND:20250417T093000Z
SUMMARY:FELSI - Entretien poste de conseillère pédagogique
UID:zoom-87412093361-felsi
TZID:Europe/Brussels
DESCRIPTION:Fabienne Rosier vous invite à une réunion Zoom planifiée.\n\nSuj
 et : FELSI - Entretien poste de conseillère pédagogique\n\nParticiper à la r
 éunion Zoom\nhttps://us06web.zoom.us/j/87412093361?pwd=bWxDa2ZRNVZzT0p4cG1
 1\n\nID de réunion: 874 1209 3361\nCode secret: 558201\n\n---\n\nUne seule t
 ouche sur l'appareil mobile\n+3228087199\,\,87412093361#\,\,\,\,*558201# Belg
 ique\n
LOCATION:https://us06web.zoom.us/j/87412093361?pwd=bWxDa2ZRNVZzT0p4cG11
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", interview=1, company="FELSI", role="conseillère pédagogique", interviewers=["Fabienne Rosier"],
      trap="zoom-ics-host-named-only-in-body"),

    E("cecp-bookings", "a7d3e1f0-4c2b-4e5a-9b8c-1d2e3f4a5b6c",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN=CECP Recrutement:mailto:CECPRecrutement@cecp.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Margaux Lambert:mailto:margaux.lambert65@s
 kynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Didier Lemaire:mailto:didier.lemaire@cecp.be
DESCRIPTION;LANGUAGE=fr-BE:Rendez-vous confirmé\n\nService : Entretien – Cha
 rgé·e de mission Transition fondamental-secondaire\nMembre du personnel : Di
 dier Lemaire\nDurée : 45 minutes\n\nRejoindre la réunion Microsoft Teams\nh
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk3OGRm%40thread.v2/
 0\n\nBesoin de modifier ? Gérer la réservation : https://outlook.office365.c
 om/owa/calendar/CECPRecrutement@cecp.onmicrosoft.com/bookings/\n
UID:a7d3e1f0-4c2b-4e5a-9b8c-1d2e3f4a5b6c
SUMMARY;LANGUAGE=fr-BE:Entretien – Chargé·e de mission Transition fondamental-secondaire
DTSTART;TZID=W. Europe Standard Time:20250521T140000
DTEND;TZID=W. Europe Standard Time:20250521T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T080044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="CECP", role="Chargé·e de mission Transition fondamental-secondaire",
      interviewers=["didier.lemaire@cecp.be"], trap="microsoft-bookings-staff-member-is-interviewer", crlf=True),

    E("ifc-entretien", "ifc-rec-2025-06-lambert@ifc.cfwb.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ifc-rec-2025-06-lambert@ifc.cfwb.be
DTSTAMP:20250515T131500Z
DTSTART;TZID="W. Europe Standard Time":20250604T093000
DTEND;TZID="W. Europe Standard Time":20250604T110000
SUMMARY:IFC – Recrutement formateur·rice des directions : entretien + présentation
ORGANIZER;CN="Gérard, Laurence":mailto:laurence.gerard@ifc.cfwb.be
ATTENDEE;CN="Lambert Margaux";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN="Mahieu, Christophe";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:christophe.mahieu@ifc.cfwb.be
LOCATION:IFC\, Rue Dewez 14\, 5000 Namur
DESCRIPTION:Madame\,\nNous avons le plaisir de vous inviter à la dernière
  étape de sélection pour la fonction de formatrice/formateur des directions
  (module "Pilotage et leadership pédagogique"). Vous présenterez une séquen
 ce de formation de 15 minutes\, suivie d'un entretien avec Mme Gérard (Direc
 trice) et M. Mahieu (responsable des formations des directions).\nCordialeme
 nt.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Institut de la Formation en cours de Carrière",
      role="formatrice/formateur des directions", stage="final",
      interviewers=["laurence.gerard@ifc.cfwb.be", "christophe.mahieu@ifc.cfwb.be"],
      trap="training-institute-final-with-teaching-demo", crlf=True),
]
