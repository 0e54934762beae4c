# ruff: noqa: E501, W291, W293, RUF100
"""holdout264 events, part D: the user on the hiring or assessing side (replacements, students, juries)."""

from holdout264ev_zones import PARIS, ROMANCE

EVENTS = [
    dict(
        kind="calendly-host",
        uid="f0e1d2c3-b4a5-4968-8776-655443322110@calendly.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:f0e1d2c3-b4a5-4968-8776-655443322110@calendly.com
DTSTAMP:20251002T101010Z
DTSTART:20251009T161500Z
DTEND:20251009T164500Z
SUMMARY:Entretien remplaçante (congé maternité) entre Clémence Vandamme et Léa Marchand
ORGANIZER;CN=Clémence Vandamme:mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;CN=Clémence Vandamme;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;CN=Léa Marchand;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lea.marchand.ortho@gmail.com
DESCRIPTION:Type d'événement : Entretien remplaçante (congé maternité) – 30 mi
 n\n\nInvité : Léa Marchand\nE-mail : lea.marchand.ortho@gmail.com\n\nRéponse
 s :\nDate d'obtention du CCO : juin 2025\nDisponibilités : à partir du 5 jan
 vier\, 4 jours/semaine\n\nLieu : Cabinet Ortho Vauban\, 31 boulevard Vauban\, 
 Lille\n\nPropulsé par Calendly.com
LOCATION:Cabinet Ortho Vauban\, 31 boulevard Vauban\, Lille
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calendly-host-remplacante",
        hiring=True,
    ),
    dict(
        kind="ios-hand-typed",
        uid="7A6B5C4D-3E2F-4101-9F8E-7D6C5B4A3921",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250930T121500Z
DTSTAMP:20250930T121530Z
DTSTART:20251001T124500
DTEND:20251001T130500
LAST-MODIFIED:20250930T121530Z
SUMMARY:Entretien rempla - appeler Léa M. (tel)
DESCRIPTION:candidate annonce FNO pour mon congé mat. Lui demander dispo janv\, stages faits\, à l'aise avec petits (oralité) ? 06 •• •• 12 48
UID:7A6B5C4D-3E2F-4101-9F8E-7D6C5B4A3921
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-terse-call-to-candidate",
        hiring=True,
    ),
    dict(
        kind="outlook-hosting-second-round",
        uid="040000008200E00074C5B7101A82E00800000000VAUBAN0002DC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dumortier, Hélène":mailto:h.dumortier@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Léa Marchand":mailto:lea.marchand.ortho@gmail.com
SUMMARY;LANGUAGE=fr-FR:2e entretien – remplacement congé maternité – Léa Marchand
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Léa\,\nComme convenu\, second entretien au cabinet avec Hélène Dumortier (associée) et moi : présentation de la patientèle que vous reprendriez\, contrat de remplacement (rétrocession 80 %)\, organisation du secrétariat.\nClémence Vandamme\n
UID:040000008200E00074C5B7101A82E00800000000VAUBAN0002DC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
DTSTART;TZID=Romance Standard Time:20251016T181500
DTEND;TZID=Romance Standard Time:20251016T190000
DTSTAMP:20251010T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet Ortho Vauban - salle d'attente 2
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-organizer-second-round-for-replacement",
        hiring=True,
    ),
    dict(
        kind="outlook-reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000VAUBAN0003DC0100000000000000001000000012121212343434345656565678787878",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;PARTSTAT=ACCEPTED;CN="Justine Degraeve":mailto:justine.degraeve@outlook.fr
COMMENT;LANGUAGE=fr-FR:Bonjour\, c'est noté\, je serai là. Merci ! Justine
SUMMARY;LANGUAGE=fr-FR:Accepté: Entretien – remplacement congé maternité (Cabinet Vauban)
UID:040000008200E00074C5B7101A82E00800000000VAUBAN0003DC0100000000000000001000000012121212343434345656565678787878
DTSTART:20251014T160000Z
DTEND:20251014T163000Z
DTSTAMP:20251008T201500Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cabinet Ortho Vauban
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    dict(
        kind="outlook-reply-declined",
        uid="040000008200E00074C5B7101A82E00800000000VAUBAN0004DC01000000000000000010000000FEFEFEFEDCDCDCDCBABABABA98989898",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;PARTSTAT=DECLINED;CN=Romane Vilain:mailto:romane.vilain59@gmail.com
COMMENT:Bonjour\, j'ai accepté un autre poste entre-temps\, désolée et merci p
 our votre retour rapide. Romane
SUMMARY:Refusé : Entretien remplaçante - Cabinet Ortho Vauban
UID:040000008200E00074C5B7101A82E00800000000VAUBAN0004DC01000000000000000010000000FEFEFEFEDCDCDCDCBABABABA98989898
DTSTART:20251015T163000Z
DTEND:20251015T170000Z
DTSTAMP:20251011T090000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-declined-reply",
        hiring=True,
    ),
    dict(
        kind="agency-candidate-presentation",
        uid="SI-PRES-2025-3381@sante-interim.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Santé Intérim//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:SI-PRES-2025-3381@sante-interim.example
DTSTAMP:20251020T090000Z
DTSTART;TZID=Europe/Paris:20251022T130000
DTEND;TZID=Europe/Paris:20251022T131500
SUMMARY:Présentation de candidate – orthophoniste remplaçante – pour Cabinet Ortho Vauban
ORGANIZER;CN=Maxime Vion - Santé Intérim:mailto:m.vion@sante-interim.example
ATTENDEE;CN=Clémence Vandamme;RSVP=TRUE:mailto:c.vandamme@cabinet-ortho-vauban.fr
DESCRIPTION:Bonjour Madame Vandamme\,\nSuite à votre demande de remplaçante (
 janvier–juin)\, je vous présente par téléphone le profil de Mme Anaïs Bric
 out (CCO 2023\, 2 ans en cabinet à Douai\, formée oralité). Si le profil vous 
 convient\, je vous propose d'organiser un entretien avec elle la semaine pr
 ochaine.\nMaxime Vion\, chargé de recrutement santé
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-agency-presents-candidate-to-user",
        hiring=True,
    ),
    dict(
        kind="ios-all-day-trial-host",
        uid="B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T200000Z
DTSTAMP:20251103T200010Z
DTSTART;VALUE=DATE:20251107
DTEND;VALUE=DATE:20251108
SUMMARY:Journée d'essai Margaux Delannoy au cabinet (candidate collab)
DESCRIPTION:elle suit mes séances le matin\, prend 2 patients l'aprèm (avec a
 ccord parents). Grille d'observation à remplir pour Hélène + Arnaud. Déjeuner
  ensemble.
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-hosts-candidate-trial-day",
        hiring=True,
    ),
    dict(
        kind="thunderbird-debrief",
        uid="0d9c8b7a-6f5e-4d3c-2b1a-098f7e6d5c4b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251107T190000Z
LAST-MODIFIED:20251107T190100Z
DTSTAMP:20251107T190100Z
UID:0d9c8b7a-6f5e-4d3c-2b1a-098f7e6d5c4b
SUMMARY:Débrief recrutement collab (Margaux / Sarah) avec Hélène et Arnaud
DTSTART:20251110T130000
DTEND:20251110T133000
DESCRIPTION:comparer les grilles\, décider qui on rappelle. Vérifier dispo bu
 reau 3 le jeudi.
LOCATION:cabinet
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-hiring-debrief",
        hiring=True,
    ),
    dict(
        kind="google-candidate-organizer",
        uid="9mn8bv7cx6za5sd4fg3hj2kl1q@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251105T123000
DTEND;TZID=Europe/Paris:20251105T131500
DTSTAMP:20251029T211500Z
ORGANIZER;CN=Sarah Benali:mailto:sarah.benali.ortho@gmail.com
UID:9mn8bv7cx6za5sd4fg3hj2kl1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Benali;X-NUM-GUESTS=0:mailto:sarah.benali.ortho@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.vandamme@cabinet-ortho-vauban.fr;X-NUM-GUESTS=0:mailto:c.vandamme@cabinet-ortho-vauban.fr
DESCRIPTION:Bonjour Madame Vandamme\, je me permets de vous envoyer une invit
 ation pour notre entretien au sujet de la collaboration proposée par votre ca
 binet (annonce URPS). Au plaisir\, Sarah Benali\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Cabinet Ortho Vauban\, Lille
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Cabinet Vauban - Sarah Benali
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-sends-invite-to-user",
        hiring=True,
    ),
    dict(
        kind="ms-bookings-staff",
        uid="bookings-c0ffee77aa12d3e4@cabinet-ortho-vauban.fr",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Cabinet Ortho Vauban - Rendez-vous":mailto:CabinetOrthoVauban@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Clémence Vandamme":mailto:c.vandamme@cabinet-ortho-vauban.fr
SUMMARY;LANGUAGE=fr-FR:Entretien candidature assistanat pour Pauline Hennion
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation.\n\nService : Entretien candidature assistanat (45 min)\nClient : Pauline Hennion\, pauline.hennion@laposte.net\, 07 •• •• 33 91\nMembre du personnel : Clémence Vandamme\n\nNotes du client : orthophoniste diplômée 2024\, intéressée par l'assistanat 2 jours.\n\nMicrosoft Bookings\n
UID:bookings-c0ffee77aa12d3e4@cabinet-ortho-vauban.fr
DTSTART;TZID=Romance Standard Time:20251119T173000
DTEND;TZID=Romance Standard Time:20251119T181500
DTSTAMP:20251114T070000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet Ortho Vauban
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-bookings-staff-member",
        hiring=True,
    ),
    dict(
        kind="recurring-slots-override",
        uid="2a3b4c5d-6e7f-4809-a1b2-c3d4e5f60718",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{PARIS}BEGIN:VEVENT
CREATED:20251001T080000Z
LAST-MODIFIED:20251008T080000Z
DTSTAMP:20251008T080000Z
UID:2a3b4c5d-6e7f-4809-a1b2-c3d4e5f60718
SUMMARY:Créneau entretiens candidates remplaçantes
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
DTSTART;TZID=Europe/Paris:20251009T180000
DTEND;TZID=Europe/Paris:20251009T190000
DESCRIPTION:créneau bloqué pour recevoir les candidates (annonces FNO/URPS)
END:VEVENT
BEGIN:VEVENT
CREATED:20251008T080000Z
LAST-MODIFIED:20251008T080000Z
DTSTAMP:20251008T080000Z
UID:2a3b4c5d-6e7f-4809-a1b2-c3d4e5f60718
SUMMARY:Créneau entretiens candidates remplaçantes (décalé - ESS à 18h)
RECURRENCE-ID;TZID=Europe/Paris:20251023T180000
DTSTART;TZID=Europe/Paris:20251023T191500
DTEND;TZID=Europe/Paris:20251023T200000
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-recurring-slots-recurrence-id",
        hiring=True,
    ),
    dict(
        kind="outlook-jury-admission",
        uid="040000008200E00074C5B7101A82E00800000000UNIVJURY01DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Scolarité - Département d'orthophonie":mailto:scolarite-orthophonie@univ-lillemetropole.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Tessier, Marion":mailto:marion.tessier@univ-lillemetropole.example
SUMMARY;LANGUAGE=fr-FR:Jury – épreuves orales d'admission en 1re année (Parcoursup) – commission 4
DESCRIPTION;LANGUAGE=fr-FR:Chère collègue\,\nMerci d'avoir accepté de siéger comme examinatrice professionnelle. Vous évaluerez avec Marion Tessier 12 candidat·es (entretien de motivation de 20 min chacun) à l'aide de la grille commune. Les dossiers seront disponibles sur la plateforme la veille.\nLa scolarité\n
UID:040000008200E00074C5B7101A82E00800000000UNIVJURY01DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF
DTSTART;TZID=Romance Standard Time:20260410T083000
DTEND;TZID=Romance Standard Time:20260410T173000
DTSTAMP:20251215T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Campus Pont-de-Bois - Bât. B5 - salle 2.03
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-admission-oral-jury-windows-zone-no-vtimezone",
        hiring=True,
    ),
    dict(
        kind="google-jury-memoire",
        uid="6yt5re4wq3az2sx1dc0fv9gb8h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251212T130000Z
DTEND:20251212T140000Z
DTSTAMP:20251130T090000Z
ORGANIZER;CN=Chloé Dumont:mailto:chloe.dumont.etu@univ-lillemetropole.example
UID:6yt5re4wq3az2sx1dc0fv9gb8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clemence.vandamme@free.fr;X-NUM-GUESTS=0:mailto:clemence.vandamme@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicolas Vandenbussche;X-NUM-GUESTS=0:mailto:nicolas.vandenbussche@univ-lillemetropole.example
DESCRIPTION:Bonjour\,\nVoici l'invitation pour ma soutenance de mémoire (CCO) 
 : « Intérêt d'un entraînement phonologique en groupe chez l'enfant de GS ». V
 ous êtes membre du jury en tant que maître de stage. Présentation 20 min + 
 questions 20 min.\nChloé\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Salle des thèses\, Bât. B5
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Soutenance de mémoire - Chloé Dumont
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-memoire-defense-jury",
        hiring=True,
    ),
    dict(
        kind="ios-hand-typed",
        uid="C5D6E7F8-091A-4B2C-9D3E-4F5061728394",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251113T071000Z
DTSTAMP:20251113T071020Z
DTSTART;TZID=Europe/Paris:20251120T123000
DTEND;TZID=Europe/Paris:20251120T130000
SUMMARY:Évaluation mi-stage Inès (4e année) - grille CFUO
DESCRIPTION:remplir la grille avant\, lui faire faire son auto-éval. points : 
 anamnèse trop longue\, bien en rééduc langage écrit.
UID:C5D6E7F8-091A-4B2C-9D3E-4F5061728394
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-student-midterm-evaluation",
        hiring=True,
    ),
    dict(
        kind="google-student-interview",
        uid="3ed4rf5tg6yh7uj8ik9ol0pm1n@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Cabinet (Clémence)
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251204T124500
DTEND;TZID=Europe/Paris:20251204T131500
DTSTAMP:20251220T100000Z
UID:3ed4rf5tg6yh7uj8ik9ol0pm1n@google.com
CREATED:20251128T170000Z
DESCRIPTION:Étudiante L3 qui demande un stage de 6 semaines en sept. Je n'ai q
 u'une place : voir motivation\, dispo le mercredi\, projet de mémoire.
LAST-MODIFIED:20251128T170500Z
LOCATION:cabinet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien demande de stage - Zoé Carré (L3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-selects-internship-student",
        hiring=True,
    ),
    dict(
        kind="thunderbird-kit-prep",
        uid="5f4e3d2c-1b0a-4987-b6a5-f4e3d2c1b0a9",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251003T070000Z
LAST-MODIFIED:20251003T070000Z
DTSTAMP:20251003T070000Z
UID:5f4e3d2c-1b0a-4987-b6a5-f4e3d2c1b0a9
SUMMARY:Préparer trame d'entretien + cas clinique pour les candidates rempla
DTSTART:20251006T203000
DTEND:20251006T213000
DESCRIPTION:questions communes\, vignette (enfant 4 ans\, retard de parole)\,
  grille notée /20 pour comparer. Envoyer à Hélène.
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-interview-kit-prep",
        hiring=True,
    ),
    dict(
        kind="ios-scorecard-block",
        uid="8E9F0A1B-2C3D-4E5F-A6B7-C8D9E0F1A2B3",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251116T200000Z
DTSTAMP:20251116T200010Z
DTSTART:20251119T190000
DTEND:20251119T193000
SUMMARY:Grilles d'entretien candidates assistanat à remplir (Pauline H. + 1)
UID:8E9F0A1B-2C3D-4E5F-A6B7-C8D9E0F1A2B3
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-scorecard-block",
        hiring=True,
    ),
    dict(
        kind="outlook-observer",
        uid="040000008200E00074C5B7101A82E00800000000VAUBAN0005DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Pollet, Arnaud":mailto:a.pollet@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Chloé Renard":mailto:chloe.renard.ortho@gmail.com
SUMMARY;LANGUAGE=fr-FR:Mise en situation candidate (Chloé Renard) - séance bégaiement - observation Clémence
DESCRIPTION;LANGUAGE=fr-FR:Clémence\, peux-tu observer la séance que Chloé mène avec Ilyès (accord des parents OK) et remplir la grille ? On en parle au déj.\nArnaud\n
UID:040000008200E00074C5B7101A82E00800000000VAUBAN0005DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
DTSTART;TZID=Romance Standard Time:20251127T100000
DTEND;TZID=Romance Standard Time:20251127T104500
DTSTAMP:20251121T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet Ortho Vauban - bureau 2
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-observes-candidate-mise-en-situation",
        hiring=True,
    ),
    dict(
        kind="phone-reference-check",
        uid="D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251110T080000Z
DTSTAMP:20251110T080010Z
DTSTART;TZID=Europe/Paris:20251112T131500
DTEND;TZID=Europe/Paris:20251112T133000
SUMMARY:Appeler ancienne titulaire de Margaux (références)
DESCRIPTION:Mme Beugnet\, cabinet à Lens. Demander fiabilité\, relation aux familles\, pourquoi départ.
UID:D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-checks-candidate-references",
        hiring=True,
    ),
    dict(
        kind="outlook-exam-jury",
        uid="040000008200E00074C5B7101A82E00800000000UNIVJURY02DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Scolarité - Département d'orthophonie":mailto:scolarite-orthophonie@univ-lillemetropole.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:clemence.vandamme@free.fr
SUMMARY;LANGUAGE=fr-FR:Épreuve clinique 5e année (CCO) – jury n°2 – examinatrice
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\nVous êtes convoquée en qualité d'examinatrice pour l'épreuve clinique du certificat de capacité d'orthophoniste. Chaque étudiant·e présente un cas (15 min) puis répond aux questions du jury (15 min). Grilles de notation fournies sur place.\n
UID:040000008200E00074C5B7101A82E00800000000UNIVJURY02DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
DTSTART;TZID=Romance Standard Time:20260527T083000
DTEND;TZID=Romance Standard Time:20260527T123000
DTSTAMP:20251218T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Bât. B5 - salle 1.02
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-convoquee-as-examiner",
        hiring=True,
    ),
    dict(
        kind="outlook-panel-member",
        uid="040000008200E00074C5B7101A82E00800000000VAUBAN0006DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dumortier, Hélène":mailto:h.dumortier@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandamme, Clémence":mailto:c.vandamme@cabinet-ortho-vauban.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nadège Joly":mailto:nadege.joly62@orange.fr
SUMMARY;LANGUAGE=fr-FR:Entretien candidate secrétariat médical - Mme Joly
DESCRIPTION;LANGUAGE=fr-FR:On la reçoit à deux (toi pour la partie planning/Doctolib\, moi pour le contrat). CV dans le dossier partagé RH > Secrétariat 2025.\n
UID:040000008200E00074C5B7101A82E00800000000VAUBAN0006DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
DTSTART:20251203T113000Z
DTEND:20251203T120000Z
DTSTAMP:20251126T160000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Cabinet Ortho Vauban - accueil
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-co-interviews-secretary-candidate",
        hiring=True,
    ),
]
