"""holdout220 events, part B: insurer (SuccessFactors), consultancy, Fribourg (FR/DE) (raw iCalendar)."""

EVENTS = [
    dict(
        kind="telefoninterview",
        uid="SF-INTV-7f3c2a91-0b4e-4d6a-9a0e-5c1b2d3e4f60",
        iv=1, company="Aarberg Versicherungen", role="System Engineer Windows & Virtualisierung",
        stage="recruiter_screen", who="nicole.keller@aarberg.ch",
        trap="successfactors-hr-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@VTZ:ZURICH@
BEGIN:VEVENT
UID:SF-INTV-7f3c2a91-0b4e-4d6a-9a0e-5c1b2d3e4f60
DTSTAMP:20250326T121503Z
DTSTART;TZID=Europe/Zurich:20250401T090000
DTEND;TZID=Europe/Zurich:20250401T093000
SUMMARY:Interview: System Engineer Windows & Virtualisierung (Req 10482) - Zbinden\, Lukas
ORGANIZER;CN="Aarberg Versicherungen Recruiting":mailto:noreply-recruiting@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lukas Zbinden":mailto:lukas.zbinden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nicole Keller":mailto:nicole.keller@aarberg.ch
LOCATION:Telefon – wir rufen Sie auf +41 79 412 58 33 an
DESCRIPTION:Guten Tag Lukas Zbinden\n\nVielen Dank für Ihr Interesse an der
  Stelle System Engineer Windows & Virtualisierung (Req 10482). Gerne beste
 ätigen wir Ihnen folgenden Termin für ein telefonisches Erstgespräch:\n\nD
 atum: Dienstag\, 1. April 2025\nZeit: 09:00 - 09:30 (Europe/Zurich)\nInter
 viewer: Nicole Keller\, Talent Acquisition\n\nSie können den Termin über d
 as Kandidatenportal bestätigen oder ablehnen:\nhttps://career5.successfact
 ors.eu/career?company=aarbergvers&career_job_req_id=10482\n\nFreundliche G
 rüsse\nIhr Recruiting-Team der Aarberg Versicherungen AG\n\nDiese E-Mail w
 urde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="fachinterview",
        uid="SF-INTV-b2d81e44-6c1f-4a37-8e90-73a5c0d1e2f9",
        iv=1, company="Aarberg Versicherungen", role="System Engineer Windows & Virtualisierung",
        stage="technical", who="pascal.rothen@aarberg.ch;sven.kaeser@aarberg.ch",
        trap="successfactors-technical-teams-original",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@VTZ:ZURICH@
BEGIN:VEVENT
UID:SF-INTV-b2d81e44-6c1f-4a37-8e90-73a5c0d1e2f9
DTSTAMP:20250402T075911Z
DTSTART;TZID=Europe/Zurich:20250408T133000
DTEND;TZID=Europe/Zurich:20250408T150000
SUMMARY:Interview: System Engineer Windows & Virtualisierung (Req 10482) - Zbinden\, Lukas
ORGANIZER;CN="Aarberg Versicherungen Recruiting":mailto:noreply-recruiting@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lukas Zbinden":mailto:lukas.zbinden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pascal Rothen":mailto:pascal.rothen@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sven Käser":mailto:sven.kaeser@aarberg.ch
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Guten Tag Lukas Zbinden\n\nGerne laden wir Sie zum Fachgespräc
 h ein. Teilnehmende: Pascal Rothen (Teamleiter Infrastructure Services) un
 d Sven Käser (Senior System Engineer). Bitte rechnen Sie mit Fragen zu VMw
 are/Hyper-V\, Active Directory\, PowerShell und Patch-Management (SCCM/Int
 une) sowie einer kurzen Troubleshooting-Übung.\n\nTeams: https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_NzQ1ZGE3ZjQtOWI2Ny00%40thread.v2/0\n
 Meeting-ID: 372 118 904 221\nPasscode: q7Uh3X\n\nFreundliche Grüsse\nIhr R
 ecruiting-Team der Aarberg Versicherungen AG
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="fachinterview",
        uid="SF-INTV-b2d81e44-6c1f-4a37-8e90-73a5c0d1e2f9",
        iv=1, company="Aarberg Versicherungen", role="System Engineer Windows & Virtualisierung",
        stage="technical", who="pascal.rothen@aarberg.ch;sven.kaeser@aarberg.ch",
        trap="successfactors-technical-rescheduled-sequence-1",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@VTZ:ZURICH@
BEGIN:VEVENT
UID:SF-INTV-b2d81e44-6c1f-4a37-8e90-73a5c0d1e2f9
DTSTAMP:20250404T140238Z
DTSTART;TZID=Europe/Zurich:20250410T100000
DTEND;TZID=Europe/Zurich:20250410T113000
SUMMARY:Aktualisiert: Interview: System Engineer Windows & Virtualisierung (Req 10482) - Zbinden\, Lukas
ORGANIZER;CN="Aarberg Versicherungen Recruiting":mailto:noreply-recruiting@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lukas Zbinden":mailto:lukas.zbinden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pascal Rothen":mailto:pascal.rothen@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sven Käser":mailto:sven.kaeser@aarberg.ch
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Guten Tag Lukas Zbinden\n\nIhr Interview wurde verschoben. Neu
 er Termin: Donnerstag\, 10. April 2025\, 10:00 - 11:30 (Europe/Zurich).\n\
 nTeilnehmende: Pascal Rothen (Teamleiter Infrastructure Services) und Sven
  Käser (Senior System Engineer).\n\nTeams: https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_NzQ1ZGE3ZjQtOWI2Ny00%40thread.v2/0\nMeeting-ID: 37
 2 118 904 221\nPasscode: q7Uh3X\n\nFreundliche Grüsse\nIhr Recruiting-Team
  der Aarberg Versicherungen AG
STATUS:CONFIRMED
SEQUENCE:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="abschlussgespraech",
        uid="SF-INTV-e5a07c3d-91b2-4f68-a4d0-2c8b6e1f7a35",
        iv=1, company="Aarberg Versicherungen", role="System Engineer Windows & Virtualisierung",
        stage="final", who="claudia.moser@aarberg.ch;nicole.keller@aarberg.ch",
        trap="successfactors-final-onsite-bereichsleiterin",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@VTZ:ZURICH@
BEGIN:VEVENT
UID:SF-INTV-e5a07c3d-91b2-4f68-a4d0-2c8b6e1f7a35
DTSTAMP:20250414T101122Z
DTSTART;TZID=Europe/Zurich:20250423T153000
DTEND;TZID=Europe/Zurich:20250423T170000
SUMMARY:Interview: System Engineer Windows & Virtualisierung (Req 10482) - Zbinden\, Lukas
ORGANIZER;CN="Aarberg Versicherungen Recruiting":mailto:noreply-recruiting@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lukas Zbinden":mailto:lukas.zbinden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Claudia Moser":mailto:claudia.moser@aarberg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nicole Keller":mailto:nicole.keller@aarberg.ch
LOCATION:Aarberg Versicherungen AG\, Laupenstrasse 27\, 3008 Bern\, Empfang
DESCRIPTION:Guten Tag Lukas Zbinden\n\nWir freuen uns\, Sie zum finalen Ges
 präch bei uns in Bern begrüssen zu dürfen. Sie treffen Claudia Moser (Leit
 erin IT Operations) und Nicole Keller (Talent Acquisition). Im Anschluss z
 eigt Ihnen das Team gerne das Rechenzentrum.\n\nFreundliche Grüsse\nIhr Re
 cruiting-Team der Aarberg Versicherungen AG
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="erstgespraech",
        uid="personio-interview-3318274-ce1b@personio.de",
        iv=1, company="Soluvia Consulting", role="Senior System Engineer Microsoft (Consulting)",
        stage="recruiter_screen", who="lea.frischknecht@soluvia.ch",
        trap="personio-erstgespraech-teams",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-3318274-ce1b@personio.de
DTSTAMP:20250328T093344Z
DTSTART:20250402T101500Z
DTEND:20250402T104500Z
SUMMARY:Erstgespräch | Senior System Engineer Microsoft (Consulting) | Soluvia Consulting AG
ORGANIZER;CN=Lea Frischknecht:mailto:lea.frischknecht@soluvia.ch
ATTENDEE;CN=Lukas Zbinden;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Lea Frischknecht;PARTSTAT=ACCEPTED:mailto:lea.frischknecht@soluvia.ch
DESCRIPTION:Hallo Lukas\n\nschön\, dass wir uns kennenlernen! In unserem Er
 stgespräch erzähle ich dir mehr über Soluvia und die Rolle\, und du erzäh
 lst mir von dir. Dauer ca. 30 Minuten.\n\nMicrosoft Teams\nJetzt an der Be
 sprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_YjE0MmQ5%40thread.v2/0\nBesprechungs-ID: 318 553 902 17\nKennung: Rb4Kz
 9\n\nBis bald\nLea Frischknecht\, Talent Partner\, Soluvia Consulting AG
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="case-interview",
        uid="040000008200E00074C5B7101A82E00800000000F2D6B1A3C0ACDB01000000000000000010000000B4C3D2E1F0A9B8C7D6E5",
        iv=1, company="Soluvia Consulting", role="Senior System Engineer Microsoft (Consulting)",
        stage="technical", who="marco.braendli@soluvia.ch;yves.perrin@soluvia.ch",
        trap="consultancy-case-study-onsite-zurich",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN=Lea Frischknecht:mailto:lea.frischknecht@soluvia.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Zbinden:mailto:lukas.zbinden@bluewi
 n.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marco Brändli:mailto:marco.braendli@soluvia.c
 h
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Yves Perrin:mailto:yves.perrin@soluvia.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=ZH-Limmat (6):mailto:zh-limmat@soluvia.ch
DESCRIPTION;LANGUAGE=de-CH:Hallo Lukas\n\nWie besprochen der zweite Schrit
 t: ein Case-Interview mit Marco Brändli (Principal Consultant Modern Work
 place) und Yves Perrin (Consultant). Szenario: Ein Spital mit 4'000 Client
 s will von on-prem AD/SCCM auf Entra ID und Intune. Du bekommst das Szenar
 io 30 Min vorher ausgedruckt\, danach präsentierst du deinen Lösungsansatz
 \, anschliessend Fragen.\n\nAdresse: Hardturmstrasse 161\, 8005 Zürich\, 4
 . Stock.\n\nGruess\nLea\n
UID:040000008200E00074C5B7101A82E00800000000F2D6B1A3C0ACDB01000000000000000010000000B4C3D2E1F0A9B8C7D6E5
SUMMARY;LANGUAGE=de-CH:Soluvia | Case-Interview Lukas Zbinden
DTSTART;TZID=W. Europe Standard Time:20250416T133000
DTEND;TZID=W. Europe Standard Time:20250416T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T161012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH-Limmat (6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="soluvia-final",
        uid="5B8E2C17-3D4F-4A60-B9C1-D2E3F4A5B6C7",
        iv=1, company="Soluvia Consulting", role="", stage="final", who="Reto Vögeli;Marco Brändli",
        trap="typed-final-round-floating-time", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VEVENT
DTSTAMP:20250424T063015Z
DTSTART:20250430T103000
DTEND:20250430T120000
SUMMARY:Soluvia 3. Runde – GL
LOCATION:Hardturmstrasse 161\, Zürich
DESCRIPTION:mit Reto Vögeli (GL) + Marco Brändli. Zug 9:02 ab Bern. Frei be
 i Stefan abgemacht (Pikett tauschen!). Lohn: 118k nennen.
UID:5B8E2C17-3D4F-4A60-B9C1-D2E3F4A5B6C7
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="entretien",
        uid="2kd9vq6u1fa0rb7h3m5n8p4c0e@google.com",
        iv=1, company="Sarine Informatique", role="Ingénieur système / Systemingenieur (80-100%)",
        stage="hiring_manager", who="julien.overney@sarine-informatique.ch;sophie.clerc@sarine-informatique.ch",
        trap="french-entretien-fribourg-google",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250414T100000
DTEND;TZID=Europe/Zurich:20250414T110000
DTSTAMP:20250407T124501Z
ORGANIZER;CN=Sophie Clerc:mailto:sophie.clerc@sarine-informatique.ch
UID:2kd9vq6u1fa0rb7h3m5n8p4c0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sophie Clerc;X-NUM-GUESTS=0:mailto:sophie.clerc@sarine-informatique.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Overney;X-NUM-GUESTS=0:mailto:julien.overney@sarine-informatique
 .ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
DESCRIPTION:Bonjour Monsieur Zbinden\,\n\nSuite à votre candidature pour le
  poste d'Ingénieur système / Systemingenieur (80-100%)\, nous avons le pla
 isir de vous inviter à un entretien avec Julien Overney\, responsable de l
 'infrastructure\, et moi-même.\n\nL'entretien se déroulera en français\; u
 ne partie pourra se faire en allemand\, notre clientèle étant bilingue.\n
 \nAdresse : Route des Arsenaux 41\, 1700 Fribourg (3e étage).\n\nMeilleure
 s salutations\nSophie Clerc\, Ressources humaines
LOCATION:Sarine Informatique SA\, Route des Arsenaux 41\, 1700 Fribourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Lukas Zbinden / Ingénieur système
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="schnuppertag",
        uid="6fh2m0s9tbq1k4c7v3j8e5n2ad@google.com",
        iv=1, company="Sarine Informatique", role="Ingénieur système / Systemingenieur (80-100%)",
        stage="onsite", who="julien.overney@sarine-informatique.ch",
        trap="schnuppertag-all-day-trial-day-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250508
DTEND;VALUE=DATE:20250509
DTSTAMP:20250422T081533Z
ORGANIZER;CN=Julien Overney:mailto:julien.overney@sarine-informatique.ch
UID:6fh2m0s9tbq1k4c7v3j8e5n2ad@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Overney;X-NUM-GUESTS=0:mailto:julien.overney@sarine-informatique
 .ch
DESCRIPTION:Salut Lukas\,\n\ncomme convenu\, voici l'invitation pour ta jou
 rnée d'essai / dein Schnuppertag chez nous. Programme : 8h00 accueil\, mat
 inée avec l'équipe infra (migration VLAN de l'hôpital client)\, après-midi
  ticketing et visite du datacenter à Givisiez. On termine vers 16h30 avec
  un petit debrief.\n\nÀ jeudi !\nJulien
LOCATION:Sarine Informatique SA\, Route des Arsenaux 41\, 1700 Fribourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'essai / Schnuppertag – Lukas Zbinden
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="entretien-telephonique",
        uid="TS-ENTRETIEN-8842117-ARVELIS",
        iv=1, company="Groupe Arvelis", role="Ingénieur Systèmes & Réseaux H/F - Site de Fribourg",
        stage="recruiter_screen", who="camille.durand@arvelis.fr",
        trap="french-ats-phone-screen-europe-paris",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talentsoft//Recrutement//FR
METHOD:REQUEST
@VTZ:PARIS@
BEGIN:VEVENT
UID:TS-ENTRETIEN-8842117-ARVELIS
DTSTAMP:20250422T143007Z
DTSTART;TZID=Europe/Paris:20250429T170000
DTEND;TZID=Europe/Paris:20250429T173000
SUMMARY:Entretien téléphonique - Ingénieur Systèmes & Réseaux H/F - Site de Fribourg
ORGANIZER;CN="Camille Durand":mailto:camille.durand@arvelis.fr
ATTENDEE;CN="Lukas ZBINDEN";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Bonjour Lukas\,\n\nJe vous confirme notre entretien téléphoniqu
 e de préqualification pour le poste d'Ingénieur Systèmes & Réseaux H/F bas
 é sur notre site de Fribourg (Suisse). Je vous appellerai au +41 79 412 58
  33.\n\nBien cordialement\,\nCamille Durand\nChargée de recrutement\, Grou
 pe Arvelis\, Lyon
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E0080000000010A8E3C46DB6DB0100000000000000001000000055AA66BB77CC88DD99EE",
        iv=1, company="Staat Freiburg", role="Teamleiter/in Service Desk / Chef-fe d'équipe Service Desk",
        stage="", who="pierre-alain.jungo@fr.ch;daniela.schafer@fr.ch",
        trap="bilingual-cantonal-interview-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Schafer Daniela (SITel)":mailto:daniela.schafer@fr.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jungo Pierre-Alain (SITel)":mailto:pierr
 e-alain.jungo@fr.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SITel Salle Moléson":mailto:sitel-moleson@fr.c
 h
DESCRIPTION;LANGUAGE=fr-CH:Sehr geehrter Herr Zbinden\, Monsieur\,\n\nWir
  danken Ihnen für Ihre Bewerbung und laden Sie zu einem Gespräch ein. / Nou
 s vous remercions de votre candidature et vous invitons à un entretien.\n
 \nTeilnehmende / Participants : Pierre-Alain Jungo\, chef de section Supp
 ort\; Daniela Schafer\, RH.\nAdresse : SITel\, Route André-Piller 50\, 176
 2 Givisiez.\nDas Gespräch findet zweisprachig statt. / L'entretien se dér
 oulera dans les deux langues.\n
UID:040000008200E00074C5B7101A82E0080000000010A8E3C46DB6DB0100000000000000001000000055AA66BB77CC88DD99EE
SUMMARY;LANGUAGE=fr-CH:Vorstellungsgespräch / Entretien – Teamleiter/in Service Desk – L. Zbinden
DTSTART;TZID=W. Europe Standard Time:20250512T140000
DTEND;TZID=W. Europe Standard Time:20250512T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T092741Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:SITel Salle Moléson
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="mise-en-situation",
        uid="040000008200E00074C5B7101A82E008000000003C9D1F7A12BCDB01000000000000000010000000A0B1C2D3E4F5A6B7C8D9",
        iv=1, company="Staat Freiburg", role="Teamleiter/in Service Desk / Chef-fe d'équipe Service Desk",
        stage="technical", who="pierre-alain.jungo@fr.ch;nicolas.bapst@fr.ch",
        trap="second-round-practical-exercise-french-summary",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Jungo Pierre-Alain (SITel)":mailto:pierre-alain.jungo@fr.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bapst Nicolas (SITel)":mailto:nicolas.ba
 pst@fr.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Zbinden\,\n\nPour ce 2e entret
 ien\, nous vous proposons une mise en situation (45 min) : gestion d'un in
 cident majeur (panne M365) avec votre future équipe\, puis priorisation d
 u backlog du Service Desk. Ensuite échange avec Nicolas Bapst\, chef de s
 ervice.\n\nMeilleures salutations\nPierre-Alain Jungo\n
UID:040000008200E00074C5B7101A82E008000000003C9D1F7A12BCDB01000000000000000010000000A0B1C2D3E4F5A6B7C8D9
SUMMARY;LANGUAGE=fr-CH:2e entretien avec mise en situation – M. Zbinden
DTSTART;TZID=W. Europe Standard Time:20250522T083000
DTEND;TZID=W. Europe Standard Time:20250522T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T153320Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:SITel\, Route André-Piller 50\, Givisiez
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
]
