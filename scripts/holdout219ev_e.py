# ruff: noqa: E501
"""holdout219 events, part e: the user on the hiring side at Rue Belliard Partners (stagiaires, consultants)."""

from holdout219ev_common import BRU_G, W_EUROPE, ev

_EX = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
_BRU_EX = BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "")

EVENTS = [
    ev("entretiens-stage", "040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
       0, "", "", "", "", "user-as-interviewer-stagiaire-interview-block-hr-invite",
       _EX + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens, Marc":mailto:m.claessens@ruebelliard.eu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="RBP Salle Spinelli (6)":mailto:salle.spinelli@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Elise\, Marc\,\n\nVoici le planning des entretiens pour les stages printemps 2026 (pôle Énergie & Climat) :\n14h00 Jakub Nowak (Collège d'Europe)\n14h40 Chiara Rinaldi (ULB - master études européennes)\n15h20 Tomás García (KU Leuven)\n16h00 Inès Benali (Sciences Po Strasbourg)\n\nLes CV et lettres sont dans le dossier Teams « Recrutement stages 2026 ». Merci d'utiliser la grille d'évaluation habituelle.\n\nMerci !\nMarie\nHR & Office Manager
UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-BE:Entretiens stagiaires printemps 2026 - pôle Énergie (4 candidats)
DTSTART;TZID=W. Europe Standard Time:20251202T140000
DTEND;TZID=W. Europe Standard Time:20251202T164000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:RBP Salle Spinelli (6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("grille-evaluation", "040000008200E00074C5B7101A82E008000000005B6C7D8E9FA0DC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7",
       0, "", "", "", "", "user-as-interviewer-scoring-grid-deadline",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Claessens, Marc":mailto:m.claessens@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Petit rappel : merci de compléter les grilles (motivation / rédaction / connaissance des institutions / langues\, note sur 20) pour les 4 candidats stagiaires vus le 2/12\, dans le fichier SharePoint Recrutement > Stages 2026 > Grilles.xlsx.\nMarie
UID:040000008200E00074C5B7101A82E008000000005B6C7D8E9FA0DC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7
SUMMARY;LANGUAGE=fr-BE:Deadline grilles d'évaluation stagiaires
DTSTART;TZID=Europe/Brussels:20251205T120000
DTEND;TZID=Europe/Brussels:20251205T121500
DTSTAMP:20251202T171000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    ev("accepted-reply", "040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8",
       0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251209T100000Z
DTEND:20251209T104000Z
DTSTAMP:20251203T081122Z
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jakub
  Nowak;X-NUM-GUESTS=0:mailto:jakub.nowak.coe@gmail.com
COMMENT:Thank you\, I will be there. Jakub
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: 2e entretien stage - Rue Belliard Partners
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("debrief", "040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9",
       0, "", "", "", "", "user-as-interviewer-debrief-choix-stagiaire",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Claessens, Marc":mailto:m.claessens@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:On tranche entre Jakub et Chiara pour le pôle Énergie. Apportez vos grilles. Marc
UID:040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
SUMMARY;LANGUAGE=fr-BE:Débrief stages Énergie - décision
DTSTART;TZID=Europe/Brussels:20251210T091500
DTEND;TZID=Europe/Brussels:20251210T094500
DTSTAMP:20251209T160040Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Bureau Marc
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-host", "AAMkADRiNjkzZDE2LWQ4YTMtNGI2NS1hM2ZlLWE1ZTM0YjkwOGYwNgBGAAAAAAB7RbP", 0, "", "", "", "",
       "user-as-interviewer-bookings-staff-member",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN=Rue Belliard Partners - Stages:mailto:RBPStages@ruebelliard.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Lena Hofmann:mailto:lena.hofmann@uni-konstanz.de
DESCRIPTION;LANGUAGE=fr-BE:Nouveau rendez-vous réservé\n\nService : Entretien stage (visio\, 30 min)\nClient : Lena Hofmann\nE-mail : lena.hofmann@uni-konstanz.de\nTéléphone : +49 171 442 0913\nMembre du personnel : Elise Vandenbroucke\nNotes du client : Master Politik- und Verwaltungswissenschaft\, disponible à partir de février.\n\nRejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA1ZWY2%40thread.v2/0
UID:AAMkADRiNjkzZDE2LWQ4YTMtNGI2NS1hM2ZlLWE1ZTM0YjkwOGYwNgBGAAAAAAB7RbP
SUMMARY;LANGUAGE=fr-BE:Entretien stage (visio\, 30 min) - Lena Hofmann
DTSTART;TZID=Europe/Brussels:20251204T110000
DTEND;TZID=Europe/Brussels:20251204T113000
DTSTAMP:20251128T090112Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-host", "calendly-host-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d", 0, "", "", "", "",
       "user-as-interviewer-calendly-host-new-event",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-host-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d
DTSTAMP:20251126T143500Z
DTSTART:20251203T150000Z
DTEND:20251203T152000Z
SUMMARY:Chiara Rinaldi and Elise Vandenbroucke
ORGANIZER;CN=Elise Vandenbroucke:mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;CN=Chiara Rinaldi;PARTSTAT=ACCEPTED:mailto:chiara.rinaldi97@yahoo.it
LOCATION:Microsoft Teams
DESCRIPTION:Event Name: Stage RBP - 2e échange (20 min)\n\nInvitee: Chiara Rinaldi\nInvitee Email: chiara.rinaldi97@yahoo.it\n\nQuestions:\nDisponibilité ?\nDès le 2 février\, 5 mois.\n\nView event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-profile", "040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0",
       0, "", "", "", "", "user-as-interviewer-agency-presents-candidate",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Janssens, Wout":mailto:wout.janssens@michaelpage.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
DESCRIPTION;LANGUAGE=en-GB:Hi Elise\,\n\nAs discussed\, a quick call to walk you through the profile I sent this morning for your Junior Consultant - Energy vacancy: Sarah Mertens\, 26\, currently trainee at DG ENER (Blue Book)\, Dutch/French/English. She is available from March and interviewing elsewhere\, so if you like her CV we should book the first interview quickly.\n\nKind regards\,\nWout Janssens\nSenior Consultant\, Michael Page Public Sector & Not-for-profit
UID:040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0
SUMMARY;LANGUAGE=en-GB:Call re candidate Sarah Mertens - Junior Consultant Energy
DTSTART;TZID=Europe/Brussels:20260113T100000
DTEND;TZID=Europe/Brussels:20260113T101500
DTSTAMP:20260112T083012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""),
    ev("int-notes", "E2F1A0B9-8C7D-4E6F-A5B4-C3D2E1F0A9B8", 0, "", "", "", "",
       "user-as-interviewer-handtyped-candidate-notes",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251202T152311Z
UID:E2F1A0B9-8C7D-4E6F-A5B4-C3D2E1F0A9B8
DTSTART:20251202T152000
DTEND:20251202T160000
SUMMARY:int. Tomás G. (stage)
DESCRIPTION:bon écrit\, FR moyen\, NL non. Connaît ITRE mais confond COREP
 ER I/II. bonne question sur les trilogues. 13/20 -> liste B
DTSTAMP:20251202T160912Z
LAST-MODIFIED:20251202T160912Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("surveillance-test", "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1",
       0, "", "", "", "", "user-as-interviewer-written-test-invigilation",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="RBP Salle Schuman (12)":mailto:salle.schuman@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Épreuve écrite Junior Consultant : note de synthèse (2h) pour les 5 candidats retenus après screening. Elise surveille de 9h à 11h\, Marie distribue les sujets et récupère les copies (anonymisées : numéros 1 à 5).
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1
SUMMARY;LANGUAGE=fr-BE:Épreuve écrite Junior Consultant - surveillance
DTSTART;TZID=Europe/Brussels:20260120T090000
DTEND;TZID=Europe/Brussels:20260120T110000
DTSTAMP:20260114T091500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:RBP Salle Schuman (12)
END:VEVENT
END:VCALENDAR
"""),
    ev("copies", "2q8ne1vb6k4dj0mc3xw7h5a9ro@google.com", 0, "", "", "", "",
       "user-as-interviewer-case-study-marking-block",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elise - perso
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20260121T190000Z
DTEND:20260121T203000Z
DTSTAMP:20260121T075501Z
UID:2q8ne1vb6k4dj0mc3xw7h5a9ro@google.com
DESCRIPTION:5 copies junior (notes de synthèse NZIA) à noter pour jeudi -
  barème Marie\, /20\, commentaires courts
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:corriger copies candidats RBP
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("shadowing", "040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC0100000000000000001000000007B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2",
       0, "", "", "", "", "user-as-interviewer-junior-colleague-shadows",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lefèvre, Camille":mailto:c.lefevre@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Camille\, tu assistes à l'entretien de Jakub (2e tour) en observatrice - tu ne poses pas de questions\, tu prends des notes sur la grille et on en parle après. C'est ta formation « recruter un stagiaire » avant la session d'automne.
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC0100000000000000001000000007B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2
SUMMARY;LANGUAGE=fr-BE:Shadowing Camille - 2e entretien Jakub
DTSTART;TZID=Europe/Brussels:20251209T110000
DTEND;TZID=Europe/Brussels:20251209T114000
DTSTAMP:20251204T163000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:RBP Salle Spinelli
END:VEVENT
END:VCALENDAR
"""),
    ev("comite-recrutement", "040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DC0100000000000000001000000018C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3",
       0, "", "", "", "", "user-as-interviewer-hiring-committee-partners",
       _EX + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Claessens, Marc":mailto:m.claessens@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="de Lannoy, Isabelle":mailto:i.delannoy@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Ordre du jour :\n1. Senior Consultant Energy (réf. 2025-07) : retours des 3 finalistes (P. Claes\, A. Moretti\, S. Kaur)\n2. Package salarial / date d'entrée\n3. Junior Consultant : ouverture du poste en janvier\n\nElise : merci de résumer les scorecards Teamtailor.
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DC0100000000000000001000000018C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3
SUMMARY;LANGUAGE=fr-BE:Comité de recrutement - Senior Consultant Energy (2025-07)
DTSTART;TZID=W. Europe Standard Time:20251125T163000
DTEND;TZID=W. Europe Standard Time:20251125T173000
DTSTAMP:20251119T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Salle du Conseil (3e)
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor-panel", "tt-interview-2238876@app.teamtailor.com", 0, "", "", "", "",
       "user-as-interviewer-teamtailor-panel-looks-like-candidate-invite",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2238876@app.teamtailor.com
DTSTAMP:20251110T101010Z
DTSTART:20251118T130000Z
DTEND:20251118T140000Z
SUMMARY:Interview: Senior Consultant\, Energy & Climate @ Rue Belliard Partners - Pieter Claes
ORGANIZER;CN=Marie Dupont:mailto:m.dupont@ruebelliard.eu
ATTENDEE;CN=Pieter Claes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pieter.claes@outlook.be
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;CN=Isabelle de Lannoy;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i.delannoy@ruebelliard.eu
LOCATION:Rue Belliard Partners\, Rue Belliard 40\, 1040 Bruxelles
DESCRIPTION:Candidate: Pieter Claes\nJob: Senior Consultant\, Energy & Climate\nStage: Second interview\nInterviewers: Isabelle de Lannoy\, Elise Vandenbroucke\nInterview kit: Competencies - client handling\, EU energy files\, team lead\nPlease submit your scorecard in Teamtailor within 24h.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("feedback-due", "tt-reminder-scorecard-2238876-ev@app.teamtailor.com", 0, "", "", "", "",
       "user-as-interviewer-scorecard-reminder",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:tt-reminder-scorecard-2238876-ev@app.teamtailor.com
DTSTAMP:20251118T140500Z
DTSTART:20251119T080000Z
DTEND:20251119T081500Z
SUMMARY:Reminder: leave your feedback on Pieter Claes
DESCRIPTION:You interviewed Pieter Claes (Senior Consultant\, Energy & Climate) yesterday. Your scorecard is still missing. Rate: Overall / EU energy files / Client handling / Leadership.\nhttps://app.teamtailor.com/companies/rbp/jobs/3310/candidates/9981/review
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("journee-essai", "040000008200E00074C5B7101A82E00800000000A4B5C6D7E8F9DC0100000000000000001000000029D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4",
       0, "", "", "", "", "user-as-interviewer-trial-day-supervisor",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lefèvre, Camille":mailto:c.lefevre@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Inès Benali (candidate Junior Consultant) passe la journée avec l'équipe Énergie. Matin : monitoring ITRE + note client sur le vote en commission. 12h30 lunch équipe. Après-midi : elle m'accompagne au briefing client (observatrice\, NDA signé). 17h : retour à chaud avec Marie.
UID:040000008200E00074C5B7101A82E00800000000A4B5C6D7E8F9DC0100000000000000001000000029D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4
SUMMARY;LANGUAGE=fr-BE:Journée d'essai Inès B. (Junior Consultant)
DTSTART;TZID=Europe/Brussels:20260129T090000
DTEND;TZID=Europe/Brussels:20260129T173000
DTSTAMP:20260123T110000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Open space Énergie
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-hotmail", "7h3kd0pa9v2bs6lq1rf8cm4nwe@google.com", 0, "", "", "", "",
       "user-as-interviewer-candidate-on-free-mail-sends-invite",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260115T143000
DTEND;TZID=Europe/Brussels:20260115T151500
DTSTAMP:20260113T190304Z
ORGANIZER;CN=Inès Benali:mailto:ines.benali@hotmail.fr
UID:7h3kd0pa9v2bs6lq1rf8cm4nwe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=e.vandenbroucke@ruebelliard.eu;X-NUM-GUESTS=0:mailto:e.vandenbrou
 cke@ruebelliard.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inès B
 enali;X-NUM-GUESTS=0:mailto:ines.benali@hotmail.fr
DESCRIPTION:Bonjour Madame Vandenbroucke\,\n\nComme convenu au téléphone\,
  je vous envoie l'invitation pour notre entretien de jeudi concernant le p
 oste de Junior Consultant. Je serai dans vos bureaux rue Belliard.\n\nBien
  cordialement\,\nInès Benali
LOCATION:Rue Belliard 40\, Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Inès Benali - Rue Belliard Partners
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-check", "040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DC010000000000000000100000003AE1F2A3B4C5D6E7F8A9B0C1D2E3F4A5",
       0, "", "", "", "", "user-as-interviewer-calls-candidates-referee",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Griet Peeters:mailto:griet.peeters@eurofer-assoc.eu
DESCRIPTION;LANGUAGE=en-GB:Reference for Pieter Claes (Senior Consultant Energy finalist) - Griet was his line manager 2021-2024. Questions: client handling\, reliability under trilogue pressure\, management of juniors\, would she rehire him?
UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DC010000000000000000100000003AE1F2A3B4C5D6E7F8A9B0C1D2E3F4A5
SUMMARY;LANGUAGE=en-GB:Reference call - Pieter Claes / Griet Peeters
DTSTART;TZID=Europe/Brussels:20251127T173000
DTEND;TZID=Europe/Brussels:20251127T175000
DTSTAMP:20251126T101112Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams call
END:VEVENT
END:VCALENDAR
"""),
    ev("appel-candidat", "9DAF3C21-7B64-4E08-B2D9-5C1E7A3F6B80", 0, "", "", "", "",
       "user-as-interviewer-phone-screen-she-makes",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260116T081000Z
UID:9DAF3C21-7B64-4E08-B2D9-5C1E7A3F6B80
DTSTART;TZID=Europe/Brussels:20260116T123000
DTEND;TZID=Europe/Brussels:20260116T130000
SUMMARY:appel Jonas V. - screening junior
DESCRIPTION:+32 485 77 20 19 - CV via LinkedIn. Vérifier: NL/FR/EN\, dispo\, attentes salariales (barème junior RBP)\, connaissance DG ENER. Si OK -> épreuve écrite du 20/01
DTSTAMP:20260116T081000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("presentations-finales", "040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DC010000000000000000100000004BF2A3B4C5D6E7F8A9B0C1D2E3F4A5B6",
       0, "", "", "", "", "user-as-interviewer-chairs-final-presentations",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="de Lannoy, Isabelle":mailto:i.delannoy@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Mertens:mailto:sarah.mertens.be@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inès Benali:mailto:ines.benali@hotmail.fr
DESCRIPTION;LANGUAGE=fr-BE:Tour final Junior Consultant Energy : chaque candidate présente en 15 min « Le paquet gaz/hydrogène après le trilogue : que doit faire notre client ? » puis 20 min de questions. Elise préside le jury\, Isabelle note aussi. 14h00 S. Mertens / 14h45 I. Benali.
UID:040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DC010000000000000000100000004BF2A3B4C5D6E7F8A9B0C1D2E3F4A5B6
SUMMARY;LANGUAGE=fr-BE:Tour final Junior Consultant - présentations (2 candidates)
DTSTART;TZID=Europe/Brussels:20260203T140000
DTEND;TZID=Europe/Brussels:20260203T153000
DTSTAMP:20260128T150010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Salle du Conseil (3e)
END:VEVENT
END:VCALENDAR
"""),
    ev("fiche-de-poste", "040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DC010000000000000000100000005CA3B4C5D6E7F8A9B0C1D2E3F4A5B6C7",
       0, "", "", "", "", "user-as-interviewer-drafts-interview-guide-and-job-ad",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupont, Marie":mailto:m.dupont@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Ouverture du poste Junior Consultant (Énergie) : relire l'annonce (EurActiv Jobs + EuroBrussels + LinkedIn)\, fixer les critères de screening et la grille d'entretien (compétences : rédaction\, institutions\, langues\, esprit client).
UID:040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DC010000000000000000100000005CA3B4C5D6E7F8A9B0C1D2E3F4A5B6C7
SUMMARY;LANGUAGE=fr-BE:Junior Consultant - annonce + grille d'entretien
DTSTART;TZID=Europe/Brussels:20260107T113000
DTEND;TZID=Europe/Brussels:20260107T120000
DTSTAMP:20260105T084400Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("job-day-stand", "ulbjobday-2026-stand-rbp@ulb.be", 0, "", "", "", "",
       "user-as-interviewer-campus-job-day-stand-speed-interviews",
       r"""BEGIN:VCALENDAR
PRODID:-//ULB//Job Day//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ulbjobday-2026-stand-rbp@ulb.be
DTSTAMP:20260105T120000Z
DTSTART:20260212T090000Z
DTEND:20260212T150000Z
SUMMARY:ULB Job Day - stand Rue Belliard Partners (speed interviews stagiaires)
LOCATION:ULB Solbosch\, bâtiment J
DESCRIPTION:Exposant : Rue Belliard Partners. Représentants : Elise Vandenbroucke\, Camille Lefèvre. Créneaux de « speed interviews » de 10 minutes réservés par les étudiants via la plateforme Job Day. Merci d'apporter les grilles de présélection.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
