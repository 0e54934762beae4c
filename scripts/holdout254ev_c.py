# ruff: noqa: E501, W291, W293, RUF100
"""holdout254 events, part C: the user on the hiring or assessing side (the étude recruits a formaliste and apprentices)."""

from holdout254ev_zones import APPLE_PARIS, PARIS, ROMANCE, WEUROPE

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        kind="outlook-organizer",
        uid="040000008200E00074C5B7101A82E00800000000E1E2E3E4E59BDC01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAF00",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN=mael.guillot29@gmail.com;RSVP=TRUE:mailto:mael.guillot29@gmail.com
ATTENDEE;CN="Salle de réunion RDC";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:salle.rdc@etude-loire-notaires.fr
CLASS:PUBLIC
CREATED:20260302T101000Z
DESCRIPTION:Bonjour Maël\,\n\nJe vous confirme notre entretien pour le con
 trat d'apprentissage (licence professionnelle Métiers du notariat\, rent
 rée 2026). Durée : 45 minutes environ. Présentez-vous à l'accueil de l'ét
 ude.\n\nGuillaume Prigent\nClerc rédacteur – Étude Loire Notaires\n
DTEND;TZID="Romance Standard Time":20260310T150000
DTSTAMP:20260302T101000Z
DTSTART;TZID="Romance Standard Time":20260310T141500
LAST-MODIFIED:20260302T101000Z
LOCATION:Salle de réunion RDC
ORGANIZER;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien candidat apprenti – Maël Guillot
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E59BDC01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAF00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-organizer-apprentice", **_NEG,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000F1F2F3F4F59BDC01000000000000000010000000B1B2B3B4B5B6B7B8B9BABBBCBDBEBF01",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lemaître, Bertrand":mailto:b.lemaitre@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nicol, Sandrine":mailto:s.nicol@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Rolland:mailto:camille.rolland@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – poste de formaliste 
 (CDI). Guillaume\, tu poses les questions techniques (état hypothécaire\, 
 publicité foncière\, purge DPU).\n\nRéunion Microsoft Teams\nhttps://team
 s.microsoft.com/l/meetup-join/19%3ameeting_Rm9ybWFs@thread.v2/0\nID de ré
 union : 355 901 228 410\n
SUMMARY;LANGUAGE=fr-FR:Entretien formaliste – Camille Rolland
DTSTART;TZID=Romance Standard Time:20260312T100000
DTEND;TZID=Romance Standard Time:20260312T104500
UID:040000008200E00074C5B7101A82E00800000000F1F2F3F4F59BDC01000000000000000010000000B1B2B3B4B5B6B7B8B9BABBBCBDBEBF01
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-teams-technical-questions", **_NEG,
    ),
    dict(
        kind="taleez-interviewer-kit",
        uid="taleez-evt-4480117-etudeloire",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:taleez-evt-4480117-etudeloire
DTSTAMP:20260306T141500Z
DTSTART:20260313T083000Z
DTEND:20260313T091500Z
SUMMARY:Entretien avec Enora Jaouen - Formaliste (H/F) - Étude Loire Notaires
DESCRIPTION:Bonjour Guillaume\,\n\nVous participez en tant qu'évaluateur à
  l'entretien de Enora Jaouen pour l'offre Formaliste (H/F).\n\nKit d'entre
 tien : https://app.taleez.com/kits/4480117\nGrille d'évaluation à complét
 er dans les 24 h suivant l'entretien : https://app.taleez.com/evaluations/
 4480117\nCV de la candidate : https://app.taleez.com/cv/99120\n\nEnvoyé vi
 a Taleez
ORGANIZER;CN=Étude Loire Notaires - Recrutement:mailto:noreply@taleez.com
ATTENDEE;CN=Guillaume Prigent;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN=Sandrine Nicol;ROLE=REQ-PARTICIPANT:mailto:s.nicol@etude-loire-notaires.fr
ATTENDEE;CN=Enora Jaouen;ROLE=REQ-PARTICIPANT:mailto:enora.jaouen@free.fr
LOCATION:Étude Loire Notaires\, 9 allée Duguay-Trouin\, 44000 Nantes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-ats-interview-kit", **_NEG,
    ),
    dict(
        kind="exchange-debrief",
        uid="040000008200E00074C5B7101A82E00800000000D1D2D3D4D59BDC01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECF02",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Nicol, Sandrine":mailto:s.nicol@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lemaître, Bertrand":mailto:b.lemaitre@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Débrief des entretiens formaliste : C. Rolland
 \, E. Jaouen\, M. Bodin. Merci d'apporter vos grilles d'évaluation compl
 étées. Décision et proposition salariale.\n
SUMMARY;LANGUAGE=fr-FR:Débrief recrutement formaliste
DTSTART;TZID=Romance Standard Time:20260320T123000
DTEND;TZID=Romance Standard Time:20260320T131500
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D59BDC01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECF02
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau de Me Lemaître
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-debrief-scorecards", **_NEG,
    ),
    dict(
        kind="apple-reminder-block",
        uid="1F2E3D4C-5B6A-4798-8A7B-6C5D4E3F2A1B",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{APPLE_PARIS}BEGIN:VEVENT
CREATED:20260310T171500Z
UID:1F2E3D4C-5B6A-4798-8A7B-6C5D4E3F2A1B
DTEND;TZID=Europe/Paris:20260311T083000
TRANSP:OPAQUE
SUMMARY:remplir grilles éval candidats apprentis (Maël\, Inès) avant vendredi
LAST-MODIFIED:20260310T171500Z
DTSTAMP:20260310T171500Z
DTSTART;TZID=Europe/Paris:20260311T080000
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-scorecard-reminder", **_NEG,
    ),
    dict(
        kind="calendly-host",
        uid="calendly-77e6d5c4b3a29180@calendly.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-77e6d5c4b3a29180@calendly.example.com
DTSTAMP:20260309T203000Z
DTSTART:20260316T170000Z
DTEND:20260316T172000Z
SUMMARY:Inès Hardy and Guillaume Prigent
DESCRIPTION:Event Name: Entretien alternance – Étude Loire Notaires (20 mi
 n)\n\nA new event has been scheduled.\nInvitee: Inès Hardy\nInvitee Email
 : ines.hardy@etu.example-univ-nantes.fr\n\nQuestions:\nFormation visée : B
 TS Notariat (IMN)\nDisponibilités : 3 semaines école / 1 semaine entreprise
 \n\nView event in Calendly: https://calendly.com/app/scheduled_events/user
 /me\n\nPowered by Calendly.com
ORGANIZER;CN=Guillaume Prigent:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN=Inès Hardy;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.hardy@etu.example-univ-nantes.fr
ATTENDEE;CN=Guillaume Prigent;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:g.prigent@etude-loire-notaires.fr
LOCATION:Étude Loire Notaires\, Nantes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-calendly-host", **_NEG,
    ),
    dict(
        kind="candidate-reply",
        uid="040000008200E00074C5B7101A82E00800000000C1C1C1C1C19BDC01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDF03",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
{PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260317T160000
DTEND;TZID=Europe/Paris:20260317T164500
DTSTAMP:20260311T092230Z
ORGANIZER;CN=Prigent\, Guillaume:mailto:g.prigent@etude-loire-notaires.fr
UID:040000008200E00074C5B7101A82E00800000000C1C1C1C1C19BDC01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDF03
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathi
 s Bodin;X-NUM-GUESTS=0:mailto:mathis.bodin85@gmail.com
COMMENT:Bonjour Monsieur Prigent\, c'est noté\, je serai présent. Merci !
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entretien – poste de formaliste – M. Bodin
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-accepted-reply", **_NEG,
    ),
    dict(
        kind="agency-presentation",
        uid="NEC-2026-0433-PRESENTATION-PERRIN@notariat-emploi-conseil.fr",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
CLASS:PUBLIC
CREATED:20260304T160000Z
DESCRIPTION:Bonjour Guillaume\,\n\nComme convenu\, je vous présente par té
 léphone le profil de Mme Anaïs Perrin (formaliste\, 6 ans d'expérience\, 
 Angers) pour votre recrutement de formaliste. Son dossier de présentation
  vous a été adressé ce matin.\n\nChristelle Hervé\nNotariat Emploi Consei
 l\n
DTEND;TZID="W. Europe Standard Time":20260306T113000
DTSTAMP:20260304T160000Z
DTSTART;TZID="W. Europe Standard Time":20260306T111500
LAST-MODIFIED:20260304T160000Z
LOCATION:Téléphone
ORGANIZER;CN="Hervé, Christelle":mailto:c.herve@notariat-emploi-conseil.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Présentation candidate formaliste – A. Perrin – NEC
TRANSP:OPAQUE
UID:NEC-2026-0433-PRESENTATION-PERRIN@notariat-emploi-conseil.fr
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-agency-presents-candidate", **_NEG,
    ),
    dict(
        kind="thunderbird-task-block",
        uid="a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260317T103000Z
LAST-MODIFIED:20260317T103000Z
DTSTAMP:20260317T103000Z
UID:a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d
SUMMARY:Correction tests de rédaction candidats formaliste (x3)
DTSTART:20260318T173000
DTEND:20260318T190000
DESCRIPTION:réquisitions SPF + projet d'acte de mainlevée. Barème sur 20\, 
 noter sur la grille commune avant le débrief de vendredi.
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-grading-written-tests", **_NEG,
    ),
    dict(
        kind="google-invite-job-dating",
        uid="2r8t4y6u0i2o4p6a8s0d2f4g6h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260325T133000
DTEND;TZID=Europe/Paris:20260325T173000
DTSTAMP:20260312T094500Z
ORGANIZER;CN=Relations entreprises IMN Nantes:mailto:entreprises.nantes@imn-notariat.example.fr
UID:2r8t4y6u0i2o4p6a8s0d2f4g6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=g.prigent@etude-loire-notaires.fr;X-NUM-GUESTS=0:mailto:g.prigent@e
 tude-loire-notaires.fr
CREATED:20260312T094400Z
DESCRIPTION:Madame\, Monsieur\,\n\nMerci d'avoir inscrit votre office au j
 ob dating alternance de l'Institut des métiers du notariat. Vous rencontr
 erez en entretiens flash de 10 minutes les étudiants en recherche d'entre
 prise (BTS\, licence pro). Une table vous est réservée (n° 7).\n\nInvitati
 on de Google Agenda : https://calendar.google.com/calendar/\n\nVous receve
 z cet e-mail à l'adresse g.prigent@etude-loire-notaires.fr\, car vous ête
 s un invité de l'événement.
LAST-MODIFIED:20260312T094500Z
LOCATION:IMN Nantes\, amphithéâtre\, Nantes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Job dating alternance IMN – Étude Loire Notaires (table 7)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-job-dating-recruiter-table", **_NEG,
    ),
    dict(
        kind="outlook-exam-jury",
        uid="040000008200E00074C5B7101A82E00800000000AAAABBBBCC9BDC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEF04",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN="Morin, Hélène";RSVP=TRUE:mailto:h.morin@imn-notariat.example.fr
CLASS:PUBLIC
CREATED:20260316T120000Z
DESCRIPTION:Bonjour\,\n\nMerci d'avoir accepté de siéger comme membre prof
 essionnel du jury des soutenances orales (diplôme des métiers du notariat
 ). 6 candidats\, 30 minutes chacun. Les grilles de notation vous seront r
 emises sur place.\n\nHélène Morin\, responsable pédagogique\n
DTEND;TZID="Romance Standard Time":20260610T170000
DTSTAMP:20260316T120000Z
DTSTART;TZID="Romance Standard Time":20260610T133000
LAST-MODIFIED:20260316T120000Z
LOCATION:IMN Nantes – salle 104
ORGANIZER;CN="Morin, Hélène":mailto:h.morin@imn-notariat.example.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Jury soutenances orales – candidats DMN
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AAAABBBBCC9BDC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEF04
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-exam-jury-member", **_NEG,
    ),
    dict(
        kind="exchange-intern-evaluation",
        uid="040000008200E00074C5B7101A82E00800000000BBBBCCCCDD9BDC01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF05",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moisan, Léa (stagiaire)":mailto:l.moisan@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Léa\, entretien d'évaluation de fin de stage (
 M2 droit notarial) : bilan des dossiers suivis\, grille de l'université à
  remplir ensemble\, appréciation du tuteur.\n
SUMMARY;LANGUAGE=fr-FR:Entretien d'évaluation fin de stage – Léa Moisan
DTSTART;TZID=Romance Standard Time:20260327T163000
DTEND;TZID=Romance Standard Time:20260327T171500
UID:040000008200E00074C5B7101A82E00800000000BBBBCCCCDD9BDC01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF05
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau G. Prigent
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-intern-evaluation-tutor", **_NEG,
    ),
    dict(
        kind="apple-all-day",
        uid="6C5B4A39-2817-4F6E-9D8C-7B6A5F4E3D2C",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260318T070000Z
UID:6C5B4A39-2817-4F6E-9D8C-7B6A5F4E3D2C
DTEND;VALUE=DATE:20260324
TRANSP:TRANSPARENT
SUMMARY:Journée découverte candidat apprenti (Maël G.) - en binôme avec moi
LAST-MODIFIED:20260318T070000Z
DTSTAMP:20260318T070000Z
DTSTART;VALUE=DATE:20260323
DESCRIPTION:l'emmener au rdv de signature de 11h + lui faire faire une dem
 ande d'état civil. Avis à donner à Me Lemaître le soir.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-observes-candidate-trial-day", **_NEG,
    ),
    dict(
        kind="apple-hand-typed",
        uid="D4C3B2A1-0F9E-4D8C-B7A6-958473625140",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260305T113000Z
UID:D4C3B2A1-0F9E-4D8C-B7A6-958473625140
DTEND:20260309T132000
TRANSP:OPAQUE
SUMMARY:tel candidate formaliste Mme Jaouen 13h (préqualif)
LAST-MODIFIED:20260305T113000Z
DTSTAMP:20260305T113000Z
DTSTART:20260309T130000
DESCRIPTION:l'appeler au 06 98 00 21 47. Vérifier : expérience télé@ctes\, 
 dispo\, prétentions
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-hand-typed-phone-screen", **_NEG,
    ),
    dict(
        kind="bookings-staff-notice",
        uid="bookings-0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Étude Loire Notaires - Alternance:mailto:AlternanceEtudeLoire@etudeloire.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien ca
 ndidat alternance (30 min)\nClient : Léna Carré\nE-mail : lena.carre@exam
 ple-mail.fr\nTéléphone : 07 00 45 12 98\nMembre du personnel : Guillaume P
 rigent\n\nRéponses du client :\nDiplôme préparé : Licence pro Métiers du n
 otariat\n\nMicrosoft Bookings\n
SUMMARY;LANGUAGE=fr-FR:Léna Carré – Entretien candidat alternance
DTSTART;TZID=Romance Standard Time:20260319T113000
DTEND;TZID=Romance Standard Time:20260319T120000
UID:bookings-0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260314T181200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Étude Loire Notaires
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-bookings-staff-member", **_NEG,
    ),
    dict(
        kind="zoom-panel",
        uid="zoom-83311122233-20260324@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260319T161000Z
DTSTART:20260324T160000Z
DTEND:20260324T164500Z
SUMMARY:2e entretien formaliste - Enora Jaouen (Me Lemaître / G. Prigent)
UID:zoom-83311122233-20260324@zoom.us
DESCRIPTION:Sandrine Nicol vous invite à une réunion Zoom planifiée.\n\nSu
 jet : 2e entretien formaliste – Enora Jaouen\nJury : Me Bertrand Lemaître
 \, Guillaume Prigent\n\nParticiper à la réunion Zoom\nhttps://us06web.zoom
 .us/j/83311122233\n\nID de réunion : 833 1112 2233
LOCATION:https://us06web.zoom.us/j/83311122233
ORGANIZER;CN=Sandrine Nicol:mailto:s.nicol@etude-loire-notaires.fr
ATTENDEE;CN=Bertrand Lemaître:mailto:b.lemaitre@etude-loire-notaires.fr
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN=Enora Jaouen:mailto:enora.jaouen@free.fr
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-second-round-panel-zoom", **_NEG,
    ),
    dict(
        kind="candidate-counter",
        uid="040000008200E00074C5B7101A82E008000000001234FEDC9A9BDC0100000000000000001000000006060606060606060606060606060606",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:COUNTER
{ROMANCE}BEGIN:VEVENT
ATTENDEE;PARTSTAT=TENTATIVE;CN="Tugdual Le Moal":mailto:tugdual.lemoal@orange.fr
COMMENT:Bonjour\, serait-il possible de décaler à 17h30 ? Je sors d'une si
 gnature à 16h45. Cordialement\, Tugdual Le Moal
DTEND;TZID="Romance Standard Time":20260326T181500
DTSTAMP:20260323T121500Z
DTSTART;TZID="Romance Standard Time":20260326T173000
ORGANIZER;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Nouvelle heure proposée : Rencontre candidature formaliste (cooptation)
UID:040000008200E00074C5B7101A82E008000000001234FEDC9A9BDC0100000000000000001000000006060606060606060606060606060606
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-counter-proposal", **_NEG,
    ),
    dict(
        kind="outlook-reference-check",
        uid="040000008200E00074C5B7101A82E00800000000ABCDABCDAB9BDC0100000000000000001000000007070707070707070707070707070707",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20260321T090000Z
DESCRIPTION:Appeler Me Josselin Ruaud (ancien employeur de Camille Rolland
 \, office de Clisson) – prise de références avant proposition. Questions
  : autonomie formalités\, fiabilité\, motif du départ.
DTEND;TZID="Romance Standard Time":20260323T093000
DTSTAMP:20260321T090000Z
DTSTART;TZID="Romance Standard Time":20260323T091500
LAST-MODIFIED:20260321T090000Z
LOCATION:Téléphone
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Références C. Rolland – appel Me Ruaud
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000ABCDABCDAB9BDC0100000000000000001000000007070707070707070707070707070707
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-checks-candidate-references", **_NEG,
    ),
    dict(
        kind="google-invite-cooptation",
        uid="8w2e4r6t8y0u2i4o6p8a0s2d4f@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260328T103000
DTEND;TZID=Europe/Paris:20260328T113000
DTSTAMP:20260324T200100Z
ORGANIZER;CN=Guillaume Prigent:mailto:guillaume.prigent44@orange.fr
UID:8w2e4r6t8y0u2i4o6p8a0s2d4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Guillaume Prigent;X-NUM-GUESTS=0:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tugdual Le Moal;X-NUM-GUESTS=0:mailto:tugdual.lemoal@orange.fr
CREATED:20260324T200000Z
DESCRIPTION:Café informel avant un éventuel entretien officiel avec Me Lem
 aître – Sandrine t'a recommandé pour notre poste de formaliste. Je te p
 résente l'étude et je te pose quelques questions sur ton parcours.
LAST-MODIFIED:20260324T200100Z
LOCATION:Café du Commerce\, place du Commerce\, Nantes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Tugdual – poste formaliste (cooptation)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-private-address-coopted-candidate", **_NEG,
    ),
    dict(
        kind="recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000EEEEFFFF009BDC0100000000000000001000000008080808080808080808080808080808",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260226T170000Z
DESCRIPTION:Créneaux réservés aux entretiens des candidats à l'alternance
  (apprenti BTS / licence pro). Me Lemaître m'a délégué la présélection.
DTEND;TZID="Romance Standard Time":20260303T180000
DTSTAMP:20260226T170000Z
DTSTART;TZID="Romance Standard Time":20260303T170000
LAST-MODIFIED:20260226T170000Z
ORGANIZER;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Créneau entretiens alternants
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000EEEEFFFF009BDC0100000000000000001000000008080808080808080808080808080808
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260226T170000Z
DESCRIPTION:Décalé au mercredi (signature Dupuy le mardi soir).
DTEND;TZID="Romance Standard Time":20260318T180000
DTSTAMP:20260309T081000Z
DTSTART;TZID="Romance Standard Time":20260318T170000
LAST-MODIFIED:20260309T081000Z
ORGANIZER;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
RECURRENCE-ID;TZID="Romance Standard Time":20260317T170000
SEQUENCE:1
SUMMARY;LANGUAGE=fr-FR:Créneau entretiens alternants (décalé)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000EEEEFFFF009BDC0100000000000000001000000008080808080808080808080808080808
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-recurring-slots-override", **_NEG,
    ),
]
