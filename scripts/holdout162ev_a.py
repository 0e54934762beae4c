"""holdout162 events, part A: rugby club in Bordeaux, Geneva and Lausanne hospitals and clinics."""

from holdout162ev_tz import GOOGLE_PARIS, W_EUROPE, ZURICH, ev

EVENTS = [
    ev("google-phone", "5q1k7pd0m9s2hqv3b8lq0c4r6e@google.com",
       (1, "Union Bordeaux Bègles", "Masseur-kinésithérapeute – Centre de formation", "recruiter_screen",
        "s.pujol@ubbrugby.com", "google-invite-club-hr-phone-screen"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250218T123000
DTEND;TZID=Europe/Paris:20250218T130000
DTSTAMP:20250212T101522Z
ORGANIZER;CN=Sandrine Pujol:mailto:s.pujol@ubbrugby.com
UID:5q1k7pd0m9s2hqv3b8lq0c4r6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sandrine Pujol;X-NUM-GUESTS=0:mailto:s.pujol@ubbrugby.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.lefevre.kine@laposte.net;X-NUM-GUESTS=0:mailto:camille.lefe
 vre.kine@laposte.net
CREATED:20250212T101519Z
DESCRIPTION:Bonjour Camille\,\n\nComme convenu par mail\, je vous appelle m
 ardi sur votre portable (06 71 24 88 09) pour un premier échange autour du
 poste de masseur-kinésithérapeute au Centre de formation (Espoirs / Crabos)
 .\nComptez 20 à 30 minutes : votre parcours\, vos disponibilités\, le temps
  de travail (soirs d'entraînement + matchs le week-end).\n\nBien à vous\,\n
 Sandrine Pujol\nResponsable RH – Union Bordeaux Bègles
LAST-MODIFIED:20250212T101521Z
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange téléphonique - Kiné Centre de formation / C. Lefèvre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("ubb-terrain", "7c0e3a1f-2b6d-4e3a-9d1c-ubb-mes-0304@ubbrugby.com",
       (1, "Union Bordeaux Bègles", "Masseur-kinésithérapeute – Centre de formation", "technical",
        "p.etcheverry@ubbrugby.com;dr.lagarde@ubbrugby.com", "club-practical-on-pitch-situation"),
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250225T163012Z
DESCRIPTION:Camille\,\n\nSuite à notre échange\, nous vous proposons une mi
 se en situation au centre d'entraînement du Haillan :\n- 17h15 : accueil p
 ar Pierre Etcheverry (kiné référent Espoirs)\n- 17h30-19h : échauffement e
 t prise en charge bord terrain pendant l'entraînement\, strapping chevill
 e\, gestion d'un protocole commotion simulé\n- 19h-19h45 : bilan avec le D
 r Lagarde (médecin du club)\n\nPrévoir une tenue de sport. Parking joueurs
 \, badge à l'accueil.\n\nPierre
DTEND;TZID="Romance Standard Time":20250304T194500
DTSTAMP:20250225T163012Z
DTSTART;TZID="Romance Standard Time":20250304T171500
LAST-MODIFIED:20250225T163012Z
LOCATION:Centre d'entraînement UBB\, Le Haillan
ORGANIZER;CN="Etcheverry, Pierre":mailto:P.Etcheverry@ubbrugby.com
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Lagarde, Dr Hélène";RSVP=TRUE:mailto:Dr.L
 agarde@ubbrugby.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mise en situation – kiné Espoirs (C. Lefèvre)
TRANSP:OPAQUE
UID:7c0e3a1f-2b6d-4e3a-9d1c-ubb-mes-0304@ubbrugby.com
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("phone-note", "F3A9B2C1-77D0-4C58-9A0B-2E41D6C3B7E5",
       (1, "Union Bordeaux Bègles", "", "final", "Dr Lagarde;Manager Espoirs",
        "hand-typed-final-round-floating"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250310T071844Z
DTEND:20250314T113000
DTSTAMP:20250310T071901Z
DTSTART:20250314T103000
LAST-MODIFIED:20250310T071901Z
LOCATION:Stade Chaban / bureaux UBB
DESCRIPTION:dernier tour !! Dr Lagarde + manager Espoirs\nparler salaire (v
 iser 2400 net)\, planning WE\, formation commotion\nramener diplôme DE + at
 testation RCP
SEQUENCE:0
SUMMARY:UBB entretien final
UID:F3A9B2C1-77D0-4C58-9A0B-2E41D6C3B7E5
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
UID:1D1B6A3E-6C33-4B6A-9E1F-5A7F0B7E2C11
END:VALARM
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev(
        "teams-rh",
        "040000008200E00074C5B7101A82E00800000000D0A1E3B9F484DB01000000000000000010000000A8C1F0E2B7D44E4C9F7D",
       (1, "HUG", "Physiothérapeute 80-100% – Service de médecine du sport", "recruiter_screen",
        "maude.rochat@hug.ch", "outlook-teams-hr-screen-geneva-zone"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rochat Maude (DRH)":mailto:Maude.Rochat@hug.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous vous remercions pour votre cand
 idature au poste de Physiothérapeute 80-100% au Service de médecine du spo
 rt (réf. 12-3381) et avons le plaisir de vous convier à un premier entreti
 en en visioconférence.\n\nMerci de vous munir de votre diplôme et de la dé
 cision de reconnaissance de la Croix-Rouge suisse (CRS) si vous l'avez déj
 à reçue.\n\nMeilleures salutations\n\nMaude Rochat\nChargée de recrutement
 \, Direction des ressources humaines\n\n______________________________________
 __________________________________________\nRéunion Microsoft Teams\nRejoi
 ndre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTFhYjIt
 ODc0Ni00@thread.v2/0?context=%7b%22Tid%22%3a%22b3c1%22%7d\nID de réunion :
  341 992 108 77\nCode secret : aZ7vR2\n____________________________________
 ____________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0A1E3B9F484DB01000000000000000010000000A8C1F0E2B7D44E4C9F7D
SUMMARY;LANGUAGE=fr-FR:Entretien - Physiothérapeute Méd. du sport (Lefèvre
  C.)
DTSTART;TZID=W. Europe Standard Time:20250220T140000
DTEND;TZID=W. Europe Standard Time:20250220T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T085310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams"\,"LocationA
 nnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":""}]
END:VEVENT
END:VCALENDAR
"""),
    ev(
        "outlook-rooms",
        "040000008200E00074C5B7101A82E0080000000050E2B1C7A291DB01000000000000000010000000F3A8C0D199A6E84F87B2",
       (1, "HUG", "Physiothérapeute 80-100% – Service de médecine du sport", "onsite",
        "nicolas.berset@hug.ch;anne.favre-dupraz@hug.ch;maude.rochat@hug.ch", "outlook-panel-with-room-resource"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rochat Maude (DRH)":mailto:Maude.Rochat@hug.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Berset Ni
 colas (DMED)":mailto:Nicolas.Berset@hug.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre-Dup
 raz Anne (DSI)":mailto:Anne.Favre-Dupraz@hug.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="HUG-CLUSE-ROCH
 ER Salle 4-112 (8 pl.)":mailto:salle.cr4112@hug.ch
DESCRIPTION;LANGUAGE=fr-FR:Madame Lefèvre\,\n\nSuite à notre entretien du 2
 0 février\, nous avons le plaisir de vous inviter à un entretien sur site
  avec :\n- Dr Nicolas Berset\, médecin adjoint\, Service de médecine du spo
 rt\n- Mme Anne Favre-Dupraz\, physiothérapeute-cheffe de service\n- moi-mê
 me pour la partie RH\n\nL'entretien comprendra une vignette clinique (ten
 dinopathie d'Achille chez une coureuse) à présenter en 10 minutes.\n\nAdre
 sse : Rue Gabrielle-Perret-Gentil 4\, 1205 Genève\, bâtiment Cluse-Roche
 r\, 4e étage. Annoncez-vous à la réception.\n\nMaude Rochat
UID:040000008200E00074C5B7101A82E0080000000050E2B1C7A291DB01000000000000000010000000F3A8C0D199A6E84F87B2
SUMMARY;LANGUAGE=fr-FR:2e entretien Physio Méd. sport - Mme C. Lefèvre
DTSTART;TZID=W. Europe Standard Time:20250311T093000
DTEND;TZID=W. Europe Standard Time:20250311T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T133802Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:HUG-CLUSE-ROCHER Salle 4-112 (8 pl.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("hug-direction", "1b6c4e0a-9f0e-4bb9-8d0a-3e7a5b1d2c90",
       (1, "HUG", "", "final",
        "anne.favre-dupraz@hug.ch;jean-marc.perroud@hug.ch", "final-round-sent-by-assistant"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN="Favre-Dupraz Anne (DSI)";SENT-BY="mailto:Secretariat.Physio@h
 ug.ch":mailto:Anne.Favre-Dupraz@hug.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Perroud Jean-Marc (DSI)
 ":mailto:Jean-Marc.Perroud@hug.ch
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nMme Favre-Dupraz et M. Perroud\, dir
 ecteur des soins adjoint\, souhaitent vous rencontrer pour un dernier entre
 tien avant décision. Entretien en visioconférence (lien Teams ci-dessous)
 .\n\nPour le secrétariat de physiothérapie\nLaetitia Gremaud\n\nRejoindre
  la réunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%
 3ameeting_ZTk1MzQ2@thread.v2/0\n+41 22 567 52 90\,\,812447305# Suisse\, Ge
 nève\n
UID:1b6c4e0a-9f0e-4bb9-8d0a-3e7a5b1d2c90
SUMMARY;LANGUAGE=fr-FR:Entretien direction des soins / C. Lefèvre
DTSTART;TZID=Europe/Zurich:20250325T160000
DTEND;TZID=Europe/Zurich:20250325T163000
DTSTAMP:20250318T102244Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION:Microsoft Teams
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("umantis-invite", "umantis-8812-44731-interview@chuv.ch",
       (1, "CHUV", "Physiothérapeute – Centre de l'appareil locomoteur, sport et réadaptation", "hiring_manager",
        "laurent.jaquier@chuv.ch", "swiss-ats-video-interview"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Recruiting//DE
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:umantis-8812-44731-interview@chuv.ch
DTSTAMP:20250227T150402Z
DTSTART;TZID=Europe/Zurich:20250306T083000
DTEND;TZID=Europe/Zurich:20250306T091500
SUMMARY:Entretien vidéo - Physiothérapeute (Poste n° 8812)
DESCRIPTION:Madame Camille Lefèvre\,\n\nNous avons le plaisir de vous invit
 er à un entretien vidéo pour le poste de Physiothérapeute – Centre de l'ap
 pareil locomoteur\, sport et réadaptation.\n\nVotre interlocuteur : M. La
 urent Jaquier\, physiothérapeute chef d'unité.\nLien Webex : https://chuv
 .webex.com/meet/laurent.jaquier\n\nCe message a été généré automatiquemen
 t\, merci de ne pas y répondre.\nCHUV – Direction des ressources humaines
LOCATION:Webex
ORGANIZER;CN=CHUV Recrutement:mailto:noreply-recrutement@chuv.ch
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;CN=Laurent Jaquier;ROLE=REQ-PARTICIPANT:mailto:laurent.jaquier@chu
 v.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("journee-immersion", "chuv-immersion-20250402-lefevre",
       (1, "CHUV", "", "onsite", "Laurent Jaquier",
        "all-day-immersion-day-candidate"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250402
DTEND;VALUE=DATE:20250403
DTSTAMP:20250401T190512Z
UID:chuv-immersion-20250402-lefevre
CREATED:20250321T101033Z
DESCRIPTION:Journée d'immersion CHUV (physio) - rdv 7h45 hall BH08\, deman
 der L. Jaquier. Suivre l'équipe sur 2 unités (ortho + sport)\, présentati
 on d'un patient à 15h. Blouse fournie. Train Bdx-Genève la veille\, hôtel
  Ibis Flon.
LAST-MODIFIED:20250321T101033Z
LOCATION:CHUV\, Rue du Bugnon 46\, Lausanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'immersion CHUV
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor", "tt-interview-27c9b1e4a0f0@teamtailor-mail.com",
       (1, "Clinique de La Source", "Physiothérapeute diplômé·e (80%)", "hiring_manager",
        "c.monnier@lasource.ch", "teamtailor-interview-lausanne"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-27c9b1e4a0f0@teamtailor-mail.com
DTSTAMP:20250305T092211Z
DTSTART:20250312T130000Z
DTEND:20250312T134500Z
SUMMARY:Entretien avec Clinique de La Source
DESCRIPTION:Bonjour Camille\, \n\nVoici la confirmation de votre entretien
  pour le poste Physiothérapeute diplômé·e (80%).\n\nDate : 12 mars 2025\,
  14:00 (Europe/Zurich)\nDurée : 45 minutes\nAvec : Claire Monnier\, Respo
 nsable physiothérapie\n\nLien Google Meet : https://meet.google.com/vrt-q
 kpn-xbz\n\nÀ bientôt !\nL'équipe Clinique de La Source\n\nPowered by Team
 tailor
LOCATION:https://meet.google.com/vrt-qkpn-xbz
ORGANIZER;CN=Clinique de La Source:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Camille Lefèvre;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.
 lefevre.kine@laposte.net
ATTENDEE;CN=Claire Monnier;PARTSTAT=ACCEPTED:mailto:c.monnier@lasource.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("sf-invite", "SF-INT-00412983-HIRSLANDEN",
       (1, "Clinique La Colline", "Physiothérapeute (h/f) Orthopédie & Sport 100%", "hiring_manager",
        "olivier.baud@hirslanden.ch", "successfactors-interview-original"),
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:SF-INT-00412983-HIRSLANDEN
SEQUENCE:0
DTSTAMP:20250303T071544Z
DTSTART;TZID=Europe/Zurich:20250313T100000
DTEND;TZID=Europe/Zurich:20250313T110000
SUMMARY:Interview: Physiothérapeute (h/f) Orthopédie & Sport 100% - Camille
  Lefèvre
DESCRIPTION:Madame Lefèvre\,\n\nNous vous confirmons votre entretien pour l
 e poste « Physiothérapeute (h/f) Orthopédie & Sport 100% » à la Clinique
  La Colline\, Avenue de Beau-Séjour 6\, 1206 Genève.\n\nInterlocuteur : Ol
 ivier Baud\, Responsable Physiothérapie.\n\nHirslanden Talent Acquisition
ORGANIZER;CN=Hirslanden Recruiting:mailto:recruiting-noreply@hirslanden.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Le
 fèvre:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Olivier Baud:mailto:olivier.baud@hirslande
 n.ch
LOCATION:Clinique La Colline\, Genève
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("sf-update", "SF-INT-00412983-HIRSLANDEN",
       (1, "Clinique La Colline", "Physiothérapeute (h/f) Orthopédie & Sport 100%", "hiring_manager",
        "olivier.baud@hirslanden.ch", "successfactors-rescheduled-higher-sequence"),
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:SF-INT-00412983-HIRSLANDEN
SEQUENCE:2
DTSTAMP:20250310T160233Z
DTSTART;TZID=Europe/Zurich:20250318T153000
DTEND;TZID=Europe/Zurich:20250318T163000
SUMMARY:Updated: Interview: Physiothérapeute (h/f) Orthopédie & Sport 100%
  - Camille Lefèvre
DESCRIPTION:Madame Lefèvre\,\n\nVotre entretien a été déplacé à la demande
  de M. Baud. Nouvelle date : mardi 18 mars 2025 à 15h30.\n\nLieu inchangé
  : Clinique La Colline\, Avenue de Beau-Séjour 6\, 1206 Genève.\nInterlocu
 teur : Olivier Baud\, Responsable Physiothérapie.\n\nHirslanden Talent Acq
 uisition
ORGANIZER;CN=Hirslanden Recruiting:mailto:recruiting-noreply@hirslanden.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Le
 fèvre:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Olivier Baud:mailto:olivier.baud@hirslande
 n.ch
LOCATION:Clinique La Colline\, Genève
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("personio", "personio-app-7731908-ev-2@hopitaldelatour.ch",
       (1, "Hôpital de La Tour", "Physiothérapeute – Médecine du sport (CDI)", "recruiter_screen",
        "isabelle.meylan@latour.ch", "personio-phone-screen-zurich-no-vtimezone"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-app-7731908-ev-2@hopitaldelatour.ch
DTSTAMP:20250408T121914Z
DTSTART;TZID=Europe/Zurich:20250415T110000
DTEND;TZID=Europe/Zurich:20250415T112000
SUMMARY:Premier entretien téléphonique | Physiothérapeute – Médecine du spo
 rt (CDI)
DESCRIPTION:Bonjour Camille\,\n\nMerci pour votre intérêt ! Isabelle Meyla
 n (RH) vous appellera au +33 6 71 24 88 09.\n\nHôpital de La Tour\, Avenue
  J.-D. Maillard 3\, 1217 Meyrin
ORGANIZER;CN=Isabelle Meylan:mailto:isabelle.meylan@latour.ch
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.
 lefevre.kine@laposte.net
LOCATION:Téléphone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("bluewin-invite", "e8b1d7c2a5f94b0f@bluewin.ch",
       (1, "Lausanne HC", "", "", "marc.dubey@bluewin.ch", "club-head-physio-on-swiss-free-mail"),
       r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 14.6//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + ZURICH + r"""BEGIN:VEVENT
ATTENDEE;CN="Camille Lefèvre";CUTYPE=INDIVIDUAL;EMAIL="camille.lefevre.kin
 e@laposte.net";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailt
 o:camille.lefevre.kine@laposte.net
ATTENDEE;CN="Marc Dubey";CUTYPE=INDIVIDUAL;EMAIL="marc.dubey@bluewin.ch";P
 ARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:marc.dubey@bluewin.ch
CREATED:20250402T193301Z
DESCRIPTION:Salut Camille\,\nOn se voit en visio comme dit au téléphone. J
 e te présente le staff médical du LHC\, le rythme de la saison et ce qu'on
  attend du/de la physio qui rejoint l'équipe en juillet. Tu peux préparer
  2-3 questions sur la prise en charge des commotions\, c'est un sujet chez
  nous.\nZoom : https://us06web.zoom.us/j/84412093371?pwd=Yk9tQzJl\nMarc
DTEND;TZID=Europe/Zurich:20250409T190000
DTSTAMP:20250402T193302Z
DTSTART;TZID=Europe/Zurich:20250409T182000
LAST-MODIFIED:20250402T193302Z
LOCATION:Zoom
ORGANIZER;CN="Marc Dubey";EMAIL="marc.dubey@bluewin.ch":mailto:marc.dubey@
 bluewin.ch
SEQUENCE:0
SUMMARY:Visio LHC / Camille
TRANSP:OPAQUE
UID:e8b1d7c2a5f94b0f@bluewin.ch
END:VEVENT
END:VCALENDAR
"""),
]
