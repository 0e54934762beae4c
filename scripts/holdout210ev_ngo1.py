# ruff: noqa: E501
"""holdout210 events: Geneva/Swiss employers and GIZ (FIND, DNDi, ICRC, IFRC, MSF Suisse, Tdh, Helvetas, Swiss TPH, GIZ)."""

import holdout210ev_tz as tz

EVENTS = [
    dict(
        kind="call-hiring-manager",
        uid="5n2v8c0q4k7h1m3x9z6b2r5t0p@google.com",
        is_interview=1, company="FIND", role="Senior Programme Manager, Access", stage="hiring_manager",
        interviewers="claudia.ferreira@finddx.org",
        trap="google-invite-intro-call-is-hiring-manager",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250218T170000
DTEND;TZID=Europe/Zurich:20250218T174500
DTSTAMP:20250213T090212Z
ORGANIZER;CN=Claudia Ferreira:mailto:claudia.ferreira@finddx.org
UID:5n2v8c0q4k7h1m3x9z6b2r5t0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claudia Ferreira;X-NUM-GUESTS=0:mailto:claudia.ferreira@finddx.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=talent@finddx.org;X-NUM-GUESTS=0:mailto:talent@finddx.org
DESCRIPTION:Hi Aissata\, as mentioned by our Talent team\, here is the invite for our conversation about the Senior Programme Manager\, Access role (reporting to me). I'd like to hear about your programme work in the Sahel and walk you through our diagnostics access portfolio. Speak soon\, Claudia<br><br>Join with Google Meet: https://meet.google.com/fvd-qkzo-bnh<br>Or dial: (CH) +41 43 210 45 98 PIN: 301 558 902#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aissata Diallo <> Claudia Ferreira (FIND) - SPM Access
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-hm",
        uid="040000008200E00074C5B7101A82E0080000000066D5C4B3A291DB0100000000000000001000000031415926535897932384626433832795",
        is_interview=1, company="DNDi", role="Responsable de programme, Afrique de l'Ouest et du Centre", stage="hiring_manager",
        interviewers="mkabore@dndi.org",
        trap="french-premier-entretien-with-line-manager",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Moussa Kaboré";RSVP=TRUE:mailto:mkabore@dndi.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250303T144200Z
DESCRIPTION;LANGUAGE=fr-FR:Chère Madame Diallo\,\n\nSuite à notre échange de mails\, je vous confirme le premier entretien pour le poste de Responsable de programme\, Afrique de l'Ouest et du Centre\, avec M. Moussa Kaboré\, Directeur des opérations cliniques Afrique\, qui sera votre supérieur hiérarchique.\n\nL'entretien se tiendra dans nos locaux (Chemin Camille-Vidart 15\, 1202 Genève) - merci de sonner à l'interphone « DNDi ».\n\nBien à vous\,\nSandrine Oberson\nRessources humaines\n
DTEND;TZID="W. Europe Standard Time":20250312T113000
DTSTAMP:20250303T144200Z
DTSTART;TZID="W. Europe Standard Time":20250312T103000
LAST-MODIFIED:20250303T144200Z
LOCATION;LANGUAGE=fr-FR:DNDi - Camille-Vidart 15 - salle Chagas
ORGANIZER;CN="Sandrine Oberson":mailto:soberson@dndi.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien Aissata Diallo - Resp. programme AOC
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000066D5C4B3A291DB0100000000000000001000000031415926535897932384626433832795
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-telephonique",
        uid="sf-rcm-interview-46218-9907@successfactors.eu",
        is_interview=1, company="ICRC", role="Coordinateur·trice de programme santé", stage="recruiter_screen",
        interviewers="jperrin@icrc.org",
        trap="successfactors-french-hr-phone-screen",
        ics="""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:sf-rcm-interview-46218-9907@successfactors.eu
DTSTAMP:20250121T081100Z
DTSTART;TZID=Europe/Zurich:20250128T141500
DTEND;TZID=Europe/Zurich:20250128T150000
SUMMARY:Entretien téléphonique - Coordinateur·trice de programme santé (Req. 46218)
DESCRIPTION:Bonjour Aissata\,\n\nMerci pour votre candidature au CICR. Julien Perrin\, chargé de recrutement\, vous appellera au numéro indiqué dans votre profil pour un premier entretien téléphonique (45 min). Il sera notamment question de votre parcours terrain\, de votre disponibilité pour des affectations en contexte de conflit armé et de vos langues.\n\nCordialement\,\nRecrutement CICR\nCe message a été généré automatiquement.
LOCATION:Téléphone
ORGANIZER;CN=Julien Perrin:mailto:jperrin@icrc.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="journee-evaluation",
        uid="sf-rcm-interview-46218-10231@successfactors.eu",
        is_interview=1, company="ICRC", role="Coordinateur·trice de programme santé", stage="onsite",
        interviewers="",
        trap="all-day-assessment-centre-in-french",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-rcm-interview-46218-10231@successfactors.eu
DTSTAMP:20250207T152000Z
DTSTART;VALUE=DATE:20250219
DTEND;VALUE=DATE:20250220
SUMMARY:Journée d'évaluation (assessment centre) - CICR - Req. 46218
DESCRIPTION:Bonjour Aissata\,\n\nNous avons le plaisir de vous inviter à la journée d'évaluation qui se tiendra au siège du CICR\, avenue de la Paix 19\, 1202 Genève\, de 08h30 à 17h30.\n\nProgramme : exercice de groupe\, étude de cas écrite\, mise en situation (briefing d'une équipe terrain)\, entretien individuel avec le jury et entretien avec une psychologue.\n\nMerci de vous munir d'une pièce d'identité. Le repas de midi est offert.\n\nRecrutement CICR
LOCATION:CICR\, avenue de la Paix 19\, Genève
ORGANIZER;CN=Recrutement CICR:mailto:recruitment_noreply@icrc.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hr-screen",
        uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8",
        is_interview=1, company="IFRC", role="Programme Manager, Community Health (Africa Region)", stage="recruiter_screen",
        interviewers="priya.raman@ifrc.org",
        trap="teams-hr-screen-short-outlook",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250306T101000Z
DESCRIPTION:Dear Aissata\,\n\nThank you for taking the time for a first call regarding the Programme Manager\, Community Health (Africa Region) position based in Nairobi. The call will last 30 minutes.\n\nKind regards\,\nPriya Raman\nHR Business Partner\, IFRC\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGU4ZjQ3%40thread.v2/0\nMeeting ID: 342 116 857 003  Passcode: zT5cW8\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250311T123000
DTSTAMP:20250306T101000Z
DTSTART;TZID="W. Europe Standard Time":20250311T120000
LAST-MODIFIED:20250306T101000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Priya Raman":mailto:priya.raman@ifrc.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:IFRC - PM Community Health - intro call
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-nairobi",
        uid="040000008200E00074C5B7101A82E0080000000077EE88FF99AADB01000000000000000010000000BB00CC11DD22EE33FF44005511662277",
        is_interview=1, company="IFRC", role="Programme Manager, Community Health (Africa Region)", stage="onsite",
        interviewers="james.otieno@ifrc.org;helene.brun@ifrc.org;priya.raman@ifrc.org",
        trap="panel-from-nairobi-office-eat-windows-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EAFRICA + r"""BEGIN:VEVENT
ATTENDEE;CN="Otieno, James";RSVP=TRUE:mailto:james.otieno@ifrc.org
ATTENDEE;CN="Brun, Hélène";RSVP=TRUE:mailto:helene.brun@ifrc.org
ATTENDEE;CN="Raman, Priya";RSVP=TRUE:mailto:priya.raman@ifrc.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="NBO-ARO-Boardroom";RSVP=TRUE:mailto:nbo.boardroom@ifrc.org
CLASS:PUBLIC
CREATED:20250318T061200Z
DESCRIPTION:Dear Aissata\,\n\nFurther to your conversation with Priya\, we would like to invite you to a panel interview for the role of Programme Manager\, Community Health. The panel will be chaired by James Otieno (Head of Health and Care\, Africa Region) with Hélène Brun (Senior Officer\, Community Health\, Geneva) and Priya Raman (HR).\n\nThe time shown is Nairobi time.\n\nBest wishes\,\nJames\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQ0Mj%40thread.v2/0\nMeeting ID: 377 004 218 665  Passcode: Hn2aK4\nDial in by phone +254 20 423 6300\,\,602114553# Kenya\, Nairobi\n________________________________________________________________________________\n
DTEND;TZID="E. Africa Standard Time":20250326T130000
DTSTAMP:20250318T061200Z
DTSTART;TZID="E. Africa Standard Time":20250326T120000
LAST-MODIFIED:20250318T061200Z
LOCATION:Microsoft Teams Meeting\; NBO-ARO-Boardroom
ORGANIZER;CN="Otieno, James":mailto:james.otieno@ifrc.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview panel: PM Community Health - A. Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000077EE88FF99AADB01000000000000000010000000BB00CC11DD22EE33FF44005511662277
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="final-typed",
        uid="A71C55E2-9D0B-4F3A-B8E6-2C4D1F7A9E03",
        is_interview=1, company="IFRC", role="", stage="final",
        interviewers="Xavier Castellanos",
        trap="user-typed-final-round-abbreviations",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:A71C55E2-9D0B-4F3A-B8E6-2C4D1F7A9E03
DTSTAMP:20250402T192233Z
DTSTART;TZID=Europe/Zurich:20250409T080000
DTEND;TZID=Europe/Zurich:20250409T084500
SUMMARY:FICR - dernier entretien w/ Xavier Castellanos (USG)
DESCRIPTION:en présentiel Ch. des Crêts 17 (Petit-Saconnex)\nbadge à l'accueil\nquestions à poser: budget du programme\, équipe Nairobi\, date de prise de poste\, L-ICS ou contrat HQ ?\nsvp arriver 7h45\, déposer les enfants chez Fanta
LOCATION:FICR - Chemin des Crêts 17
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-ops",
        uid="2q9w8e7r6t5y4u3i2o1p0a9s8d@google.com",
        is_interview=1, company="MSF Suisse", role="Coordinatrice/Coordinateur de programme santé communautaire", stage="hiring_manager",
        interviewers="nicolas.vuille@geneva.msf.org;rokia.traore@geneva.msf.org",
        trap="msf-vs-ssf-lookalike-employer-name",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250227T153000
DTEND;TZID=Europe/Zurich:20250227T163000
DTSTAMP:20250220T133348Z
ORGANIZER;CN=Nathalie Gex:mailto:nathalie.gex@geneva.msf.org
UID:2q9w8e7r6t5y4u3i2o1p0a9s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicolas Vuille;X-NUM-GUESTS=0:mailto:nicolas.vuille@geneva.msf.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rokia Traoré;X-NUM-GUESTS=0:mailto:rokia.traore@geneva.msf.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nathalie Gex;X-NUM-GUESTS=0:mailto:nathalie.gex@geneva.msf.org
DESCRIPTION:Bonjour Aïssata\,\n\nComme convenu\, voici l'invitation pour l'entretien avec Nicolas Vuille (responsable de cellule opérationnelle) et Rokia Traoré (référente santé communautaire) pour le poste de Coordinatrice/Coordinateur de programme santé communautaire (Niger).\n\nJe ne participerai pas à l'entretien\, je m'occupe simplement de l'organisation.\n\nBelle journée\,\nNathalie\nAssistante RH - Pool Coordination\n\nRejoindre avec Google Meet : https://meet.google.com/pcu-hvzr-mxa
LOCATION:MSF - Rue de Lausanne 78\, 1202 Genève (ou Meet)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien A. Diallo - Coord. prog. santé communautaire Niger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-telephonique",
        uid="refline-7734-209981-appointment@refline.ch",
        is_interview=1, company="Terre des hommes", role="Programme Manager Santé maternelle et infantile - Dakar", stage="recruiter_screen",
        interviewers="lea.favre@tdh.org",
        trap="swiss-ats-refline-phone-screen-french",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//refline AG//refline Recruiting//DE
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:refline-7734-209981-appointment@refline.ch
DTSTAMP:20250114T094500Z
DTSTART;TZID=Europe/Zurich:20250117T090000
DTEND;TZID=Europe/Zurich:20250117T093000
SUMMARY:Terre des hommes - Entretien téléphonique - Programme Manager SMI Dakar
DESCRIPTION:Madame Diallo\,\n\nNous vous remercions pour votre candidature. Léa Favre\, Talent Acquisition\, vous contactera par téléphone à l'heure convenue pour un premier échange d'environ 30 minutes.\n\nMeilleures salutations\,\nFondation Terre des hommes\nAv. de Montchoisi 15\, 1006 Lausanne
LOCATION:Téléphone
ORGANIZER;CN=Léa Favre:mailto:lea.favre@tdh.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="erstgespraech",
        uid="umantis-HELV-2025-0142-INT-3391@helvetas.umantis.com",
        is_interview=1, company="Helvetas", role="Programmverantwortliche/r Westafrika (80-100%)", stage="recruiter_screen",
        interviewers="corinne.baumann@helvetas.org",
        trap="german-erstgespraech-umantis",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Research AG//Abacus umantis Talent Management//DE
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:umantis-HELV-2025-0142-INT-3391@helvetas.umantis.com
DTSTAMP:20250130T101500Z
DTSTART;TZID=Europe/Zurich:20250205T130000
DTEND;TZID=Europe/Zurich:20250205T134500
SUMMARY:Erstgespräch: Programmverantwortliche/r Westafrika - Frau Aissata Diallo
DESCRIPTION:Sehr geehrte Frau Diallo\n\nGerne bestätigen wir Ihnen das Erstgespräch per Videocall mit Corinne Baumann\, HR Business Partnerin. Das Gespräch kann auf Französisch oder Englisch geführt werden.\n\nDen Link zu Microsoft Teams erhalten Sie separat.\n\nFreundliche Grüsse\nHELVETAS Swiss Intercooperation\nHuman Resources\nWeinbergstrasse 22a\, 8021 Zürich
LOCATION:Microsoft Teams
ORGANIZER;CN=Corinne Baumann:mailto:corinne.baumann@helvetas.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zweitgespraech",
        uid="040000008200E00074C5B7101A82E00800000000CAFEBABE1234DB01000000000000000010000000DEADBEEF00112233445566778899AABB",
        is_interview=1, company="Helvetas", role="Programmverantwortliche/r Westafrika (80-100%)", stage="hiring_manager",
        interviewers="martin.gerber@helvetas.org;awa.sy@helvetas.org",
        trap="german-zweitgespraech-in-person-zurich",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Gerber Martin";RSVP=TRUE:mailto:martin.gerber@helvetas.org
ATTENDEE;CN="Sy Awa";RSVP=TRUE:mailto:awa.sy@helvetas.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ZH Sitzungszimmer Niger";RSVP=TRUE:mailto:zh-sz-niger@helvetas.org
CLASS:PUBLIC
CREATED:20250214T083000Z
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Diallo\n\nWir freuen uns\, Sie zum Zweitgespräch in Zürich einzuladen. Sie treffen Martin Gerber (Teamleiter Westafrika\, künftiger Vorgesetzter) und Awa Sy (Länderdirektorin Mali\, per Video zugeschaltet). Bitte bereiten Sie eine kurze Präsentation (10 Min.) zum Thema «Lokalisierung in fragilen Kontexten» vor.\n\nDie Reisekosten (Halbtax\, 2. Klasse) werden Ihnen zurückerstattet.\n\nFreundliche Grüsse\nCorinne Baumann\n
DTEND;TZID="W. Europe Standard Time":20250225T153000
DTSTAMP:20250214T083000Z
DTSTART;TZID="W. Europe Standard Time":20250225T140000
LAST-MODIFIED:20250214T083000Z
LOCATION;LANGUAGE=de-CH:Helvetas\, Weinbergstrasse 22a\, Zürich - Sitzungszimmer Niger
ORGANIZER;CN="Baumann Corinne":mailto:corinne.baumann@helvetas.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-CH:Zweitgespräch Frau A. Diallo - Programmverantwortliche/r Westafrika
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000CAFEBABE1234DB01000000000000000010000000DEADBEEF00112233445566778899AABB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="kennenlerngespraech",
        uid="calcom-booking-6e1b2d7f-3a8c-4c55-91e0-5b7d2a4f8c19",
        is_interview=1, company="Swiss TPH", role="Projektleiter/in Gesundheitssysteme (Senegal)", stage="recruiter_screen",
        interviewers="nadine.keller@swisstph.ch",
        trap="cal-com-kennenlerngespraech-about-specific-post",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-6e1b2d7f-3a8c-4c55-91e0-5b7d2a4f8c19
DTSTAMP:20250402T121101Z
DTSTART:20250408T073000Z
DTEND:20250408T080000Z
SUMMARY:Kennenlerngespräch Projektleiter/in Gesundheitssysteme (Senegal) zwischen Nadine Keller und Aissata Diallo
DESCRIPTION:Was: Kennenlerngespräch Projektleiter/in Gesundheitssysteme (Senegal)\nWann: Dienstag\, 8. April 2025 09:30 - 10:00 (Europe/Zurich)\nWer:\n- Nadine Keller - Organisator\n  nadine.keller@swisstph.ch\n- Aissata Diallo\n  aissata.diallo.geneve@protonmail.com\nWo: Zoom https://swisstph.zoom.us/j/81234409917\nBeschreibung: 30-minütiges erstes Gespräch mit HR zu Ihrer Bewerbung (Stelle 2025-017).\n\nNeu planen oder stornieren: https://cal.com/booking/6e1b2d7f-3a8c-4c55-91e0-5b7d2a4f8c19
LOCATION:https://swisstph.zoom.us/j/81234409917
ORGANIZER;CN=Nadine Keller:mailto:nadine.keller@swisstph.ch
ATTENDEE;PARTSTAT=ACCEPTED;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="auswahlgespraech",
        uid="040000008200E00074C5B7101A82E00800000000BADC0FFEE0DDDB01000000000000000010000000F00DFACE1234567890ABCDEF12345678",
        is_interview=1, company="GIZ", role="Programmleiter*in Gesundheit und soziale Sicherung, Dakar", stage="onsite",
        interviewers="sabine.hoffmann@giz.de;moritz.lang@giz.de",
        trap="german-auswahlgespraech-w-europe-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Hoffmann, Sabine GIZ";RSVP=TRUE:mailto:sabine.hoffmann@giz.de
ATTENDEE;CN="Lang, Moritz GIZ";RSVP=TRUE:mailto:moritz.lang@giz.de
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250512T075900Z
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Diallo\,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Programmleiter*in Gesundheit und soziale Sicherung in Dakar (Job-ID P-1509). Hiermit laden wir Sie zum virtuellen Auswahlgespräch ein.\n\nDie Auswahlkommission besteht aus Frau Sabine Hoffmann (Abteilungsleiterin Westafrika 2)\, Herrn Moritz Lang (Personalmanagement) sowie einer Vertreterin bzw. einem Vertreter des Betriebsrats. Das Gespräch wird teilweise auf Französisch geführt.\n\nMit freundlichen Grüßen\nIhr GIZ-Recruiting-Team\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät bei\nHier klicken\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 329 550 716 281\nKennung: sV6dN3\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250527T113000
DTSTAMP:20250512T075900Z
DTSTART;TZID="W. Europe Standard Time":20250527T100000
LAST-MODIFIED:20250512T075900Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
ORGANIZER;CN="Lang, Moritz GIZ":mailto:moritz.lang@giz.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch P-1509 Programmleitung Gesundheit Dakar - Frau Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000BADC0FFEE0DDDB01000000000000000010000000F00DFACE1234567890ABCDEF12345678
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
]
