"""holdout138: the user's own interviews, part C (Spain, Germany, Netherlands, France; agencies and terse entries)."""

from __future__ import annotations

from holdout138ev_common import APPLE, OUTLOOK, Ev, meet_fr, teams_de, teams_en, teams_es

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "outlook-sent-by-cto-es",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250327T084512Z
DESCRIPTION:Hola Santiago\,\n\nTe escribo de parte de Íñigo. Le gustaría tener una conversación contigo sobre el
  puesto de Tech Lead del equipo de Pagos. Serán 45 minutos por Teams.\n\nUn saludo\,\nBelén Ortega\nAsistente de
  Dirección - Olivar Tech\n\n{teams_es("19%3ameeting_T2xpdmFy")}\n
DTEND;TZID=Romance Standard Time:20250402T174500
DTSTAMP:20250327T084512Z
DTSTART;TZID=Romance Standard Time:20250402T170000
LAST-MODIFIED:20250327T084512Z
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
ORGANIZER;CN="Etxeberria, Íñigo";SENT-BY="mailto:belen.ortega@olivartech.es":mailto:inigo.etxeberria@olivartech.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago
  Restrepo:mailto:santiago.restrepo.dev@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Santiago Restrepo / Íñigo Etxeberria (CTO) - Tech Lead Pagos
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F08A3E55C1A0DB01000000000000000010000000A1B2C3D4E5F60718
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000F08A3E55C1A0DB01000000000000000010000000A1B2C3D4E5F60718", 1,
    "Olivar Tech", "Tech Lead", "hiring_manager", "inigo.etxeberria@olivartech.es", "outlook-sent-by-assistant-es",
    prodid=OUTLOOK, tzs=("win_romance",),
))

EVENTS.append(Ev(
    "personio-tecnica-es",
    r"""
BEGIN:VEVENT
UID:personio-interview-3391027@rumbomovilidad.personio.de
DTSTAMP:20250319T101500Z
DTSTART;TZID=Europe/Madrid:20250326T160000
DTEND;TZID=Europe/Madrid:20250326T171500
SUMMARY:Entrevista técnica | Senior Software Engineer (Remote LATAM) | Santiago Restrepo Gómez
ORGANIZER;CN=Rumbo Movilidad:mailto:no-reply@rumbomovilidad.personio.de
ATTENDEE;CN=Santiago Restrepo Gómez;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Pablo Iglesias Ruiz:mailto:pablo.iglesias@rumbo.es
ATTENDEE;CN=Marta Domínguez:mailto:marta.dominguez@rumbo.es
DESCRIPTION:Hola Santiago\,\n\nGracias por tu interés en Rumbo. Te confirmamos la entrevista técnica con Pablo y
  Marta (equipo de Plataforma). Tendrás que compartir pantalla para un pequeño ejercicio en Kotlin o
  Java.\n\nEnlace: https://meet.google.com/rmb-qvza-wtc\n\nUn saludo\,\nEl equipo de Talento de Rumbo Movilidad S.L.
LOCATION:Google Meet
END:VEVENT
""",
    "personio-interview-3391027@rumbomovilidad.personio.de", 1, "Rumbo Movilidad",
    "Senior Software Engineer (Remote LATAM)", "technical", "pablo.iglesias@rumbo.es;marta.dominguez@rumbo.es",
    "personio-brand-domain-es", prodid="-//Personio GmbH//Personio//ES", tzs=("madrid",),
))

EVENTS.append(Ev(
    "personio-fachinterview-de",
    r"""
BEGIN:VEVENT
UID:personio-interview-5520871@fjordwerk.personio.de
DTSTAMP:20250324T074500Z
DTSTART;TZID=Europe/Berlin:20250331T160000
DTEND;TZID=Europe/Berlin:20250331T170000
SUMMARY:Fachinterview: Senior Backend Developer (m/w/d) - Remote - Santiago Restrepo Gómez
ORGANIZER;CN=Fjordwerk GmbH:mailto:no-reply@fjordwerk.personio.de
ATTENDEE;CN=Santiago Restrepo Gómez;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Henrik Sørensen:mailto:henrik.sorensen@fjordwerk.de
ATTENDEE;CN=Katrin Vogel:mailto:katrin.vogel@fjordwerk.de
DESCRIPTION:Hallo Santiago\,\n\nvielen Dank für das nette Kennenlernen! Wie besprochen laden wir dich zum
  Fachinterview mit Henrik (Tech Lead) und Katrin (Senior Engineer) ein. Das Gespräch findet auf Englisch
  statt.\n\nAblauf: 10 Min. Vorstellung\, 40 Min. Pair-Programming (TypeScript)\, 10 Min. deine
  Fragen.\n\n{teams}\n\nViele Grüße\nDein People-Team der Fjordwerk GmbH
LOCATION:Microsoft Teams
END:VEVENT
""".replace("{teams}", teams_de("19%3ameeting_RmpvcmR3")),
    "personio-interview-5520871@fjordwerk.personio.de", 1, "Fjordwerk", "Senior Backend Developer (m/w/d)",
    "technical", "henrik.sorensen@fjordwerk.de;katrin.vogel@fjordwerk.de", "personio-fachinterview-de",
    prodid="-//Personio GmbH//Personio//DE", tzs=("berlin",),
))

EVENTS.append(Ev(
    "outlook-final-windows-zone-de",
    r"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250409T113000Z
DESCRIPTION:Hallo Santiago\,\n\nzum Abschluss des Prozesses möchten unsere Geschäftsführer Matthias Brandt und Elif
  Yıldız dich gern persönlich (virtuell) kennenlernen. Es ist das finale Gespräch - danach melden wir uns zeitnah
  mit einer Entscheidung.\n\nBeste Grüße\nLea Hartmann\nPeople & Culture\n
DTEND;TZID=W. Europe Standard Time:20250415T170000
DTSTAMP:20250409T113000Z
DTSTART;TZID=W. Europe Standard Time:20250415T163000
LAST-MODIFIED:20250409T113000Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
ORGANIZER;CN="Hartmann, Lea":mailto:lea.hartmann@fjordwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Brandt, Matthias":mailto:matthias.brandt@fjordwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Yıldız, Elif":mailto:elif.yildiz@fjordwerk.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Finales Gespräch Fjordwerk - Santiago Restrepo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003E7B11C2F0ACDB0100000000000000001000000077AA11BB22CC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E008000000003E7B11C2F0ACDB0100000000000000001000000077AA11BB22CC", 1,
    "Fjordwerk", "", "final", "matthias.brandt@fjordwerk.de;elif.yildiz@fjordwerk.de",
    "outlook-windows-zone-final-de", prodid=OUTLOOK, tzs=("win_weurope",),
))

EVENTS.append(Ev(
    "softgarden-kennenlernen-de",
    r"""
BEGIN:VEVENT
UID:softgarden-appointment-88412-2025-03-17
DTSTAMP:20250312T090000Z
DTSTART;TZID=Europe/Berlin:20250317T153000
DTEND;TZID=Europe/Berlin:20250317T160000
SUMMARY:Kennenlerngespräch - Senior Software Developer Java (Remote)
ORGANIZER;CN=BLS Bergmann Logistiksoftware GmbH:mailto:jobs@bls-software.de
ATTENDEE;CN=Santiago Restrepo Gómez;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Sandra Kühn:mailto:s.kuehn@bls-software.de
DESCRIPTION:Sehr geehrter Herr Restrepo Gómez\,\n\nvielen Dank für Ihre Terminbuchung. Ihr Kennenlerngespräch mit
  Frau Sandra Kühn (Recruiting) findet per Videocall statt:\nhttps://bls-software.webex.com/meet/s.kuehn\n\nMit
  freundlichen Grüßen\nIhr Recruiting-Team\nBLS Bergmann Logistiksoftware GmbH\n\nDieser Termin wurde über
  softgarden gebucht.
LOCATION:Webex
END:VEVENT
""",
    "softgarden-appointment-88412-2025-03-17", 1, "Bergmann Logistiksoftware",
    "Senior Software Developer Java (Remote)", "recruiter_screen", "s.kuehn@bls-software.de",
    "softgarden-abbrev-domain-de", prodid="-//softgarden//Appointment//DE", tzs=("berlin",),
))

EVENTS.append(Ev(
    "teamtailor-culture-en",
    r"""
BEGIN:VEVENT
UID:teamtailor-meeting-6f1d2c3b-tulipa
DTSTAMP:20250407T121200Z
DTSTART;TZID=Europe/Amsterdam:20250414T170000
DTEND;TZID=Europe/Amsterdam:20250414T174500
SUMMARY:Culture & values chat - Tulipa
ORGANIZER;CN=Tulipa Payments:mailto:notifications@teamtailor.com
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Femke Jansen:mailto:femke@tulipapayments.nl
ATTENDEE;CN=Youssef El Amrani:mailto:youssef@tulipapayments.nl
DESCRIPTION:Hi Santiago\,\n\nNext up in your process for Senior Backend Engineer (Remote - EU/LATAM overlap): a
  relaxed conversation with Femke (Engineering) and Youssef (Customer Success) about how we work together at
  Tulipa. No technical questions.\n\nVideo: https://meet.google.com/tlp-hyvq-mwa\n\nSent via Teamtailor
LOCATION:https://meet.google.com/tlp-hyvq-mwa
END:VEVENT
""",
    "teamtailor-meeting-6f1d2c3b-tulipa", 1, "Tulipa Payments", "Senior Backend Engineer (Remote - EU/LATAM overlap)",
    "", "femke@tulipapayments.nl;youssef@tulipapayments.nl", "teamtailor-culture-nostage-en",
    prodid="-//Teamtailor//Teamtailor//EN", tzs=("amsterdam",),
))

EVENTS.append(Ev(
    "wttj-entretien-manager-fr",
    r"""
BEGIN:VEVENT
UID:wttj-evt-91b3a7e0-cobalt
DTSTAMP:20250402T080000Z
DTSTART;TZID=Europe/Paris:20250409T170000
DTEND;TZID=Europe/Paris:20250409T174500
SUMMARY:Entretien visio - Lead Développeur Backend (H/F) - Maison Cobalt
ORGANIZER;CN=Maison Cobalt:mailto:recrutement@maisoncobalt.fr
ATTENDEE;CN=Santiago Restrepo Gómez;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Guillaume Lefèvre:mailto:guillaume.lefevre@maisoncobalt.fr
DESCRIPTION:Bonjour Santiago\,\n\nSuite à notre premier échange\, Guillaume Lefèvre\, Head of Engineering et futur
  manager du poste\, souhaite s'entretenir avec vous. L'entretien se déroulera en anglais.\n\nLien visio :
  https://meet.google.com/mcb-pruy-xsd\n\nÀ bientôt\,\nL'équipe recrutement\n\nEnvoyé via Welcome to the Jungle
  Solutions
LOCATION:Visio
END:VEVENT
""",
    "wttj-evt-91b3a7e0-cobalt", 1, "Maison Cobalt", "Lead Développeur Backend (H/F)", "hiring_manager",
    "guillaume.lefevre@maisoncobalt.fr", "wttj-manager-fr", prodid="-//Welcome to the Jungle//Solutions//FR",
    tzs=("paris",),
))

EVENTS.append(Ev(
    "google-technique-fr",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250422T163000
DTEND;TZID=Europe/Paris:20250422T173000
DTSTAMP:20250415T142210Z
ORGANIZER;CN=Camille Rousseau:mailto:camille@ardoiselabs.fr
UID:8u6y4t2r0e9w7q5a3s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille
  Rousseau;X-NUM-GUESTS=0:mailto:camille@ardoiselabs.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu
  Garnier;X-NUM-GUESTS=0:mailto:mathieu@ardoiselabs.fr
DESCRIPTION:Entretien technique (en anglais) pour le poste de Senior Software Engineer : revue de code d'une PR
  préparée par nos soins puis questions d'architecture.\n\nCamille & Mathieu\n\n{meet_fr("ard-kqwe-pzo")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique Ardoise Labs - Santiago Restrepo
TRANSP:OPAQUE
END:VEVENT
""",
    "8u6y4t2r0e9w7q5a3s1d@google.com", 1, "Ardoise Labs", "Senior Software Engineer", "technical",
    "camille@ardoiselabs.fr;mathieu@ardoiselabs.fr", "google-direct-fr", tzs=("paris",),
))

EVENTS.append(Ev(
    "ios-terse-en",
    r"""
BEGIN:VEVENT
CREATED:20250331T031501Z
DTSTAMP:20250331T031520Z
DTSTART;TZID=America/Bogota:20250408T110000
DTEND;TZID=America/Bogota:20250408T120000
LAST-MODIFIED:20250331T031520Z
SEQUENCE:0
SUMMARY:Int. Northstack - sys design w/ Omar + Fatima
UID:0B7E5A3C-1D9F-4A2B-8C6E-7F5D3B1A9E0C
URL;VALUE=URI:https://us06web.zoom.us/j/81172290043
DESCRIPTION:round 3. repasar rate limiting\, idempotency keys
END:VEVENT
""",
    "0B7E5A3C-1D9F-4A2B-8C6E-7F5D3B1A9E0C", 1, "Northstack", "", "technical", "Omar;Fatima",
    "ios-terse-handtyped-en", method="", prodid=APPLE, tzs=("bogota",),
))

EVENTS.append(Ev(
    "agency-client-technical-en",
    r"""
BEGIN:VEVENT
UID:e3c1b0a9-77f2-4e15-9d0c-8a6b5f4e3d21@nearsourcepartners.com
DTSTAMP:20250321T170000Z
DTSTART;TZID=America/New_York:20250401T140000
DTEND;TZID=America/New_York:20250401T150000
SUMMARY:Interview: Harborview Health x Santiago Restrepo - Senior Developer (Nearsource)
ORGANIZER;CN=Kyle Brennan (Nearsource Partners):mailto:kyle.brennan@nearsourcepartners.com
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Kyle Brennan;PARTSTAT=ACCEPTED:mailto:kyle.brennan@nearsourcepartners.com
ATTENDEE;CN=Raj Malhotra;PARTSTAT=ACCEPTED:mailto:raj.malhotra@harborviewhealth.org
ATTENDEE;CN=Courtney Ames;PARTSTAT=TENTATIVE:mailto:courtney.ames@harborviewhealth.org
DESCRIPTION:Hi Santiago\,\n\nGreat news - Harborview Health would like to do the technical interview for the Senior
  Developer position (full-time\, direct hire with Harborview). You'll meet Raj Malhotra (Principal Engineer) and
  Courtney Ames (QA Lead). I'll join the first couple of minutes to make intros.\n\nTeams:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGFyYm9y%40thread.v2/0\n\nBest\,\nKyle Brennan\nSenior
  Recruiter | Nearsource Partners
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""",
    "e3c1b0a9-77f2-4e15-9d0c-8a6b5f4e3d21@nearsourcepartners.com", 1, "Harborview Health", "Senior Developer",
    "technical", "raj.malhotra@harborviewhealth.org;courtney.ames@harborviewhealth.org", "agency-names-client-en",
    prodid=OUTLOOK, tzs=("ny",),
))

EVENTS.append(Ev(
    "outlook-teams-screen-en",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250312T190000Z
DESCRIPTION:Hi Santiago\,\n\nThanks for applying to Meridian Claims. Let's set up a 30-minute introductory call to
  discuss the Senior Developer (Contract-to-hire\, LATAM) role\, your background and the next
  steps.\n\nRegards\,\nShauna Doyle\nTalent Acquisition Partner\n\n{teams_en("19%3ameeting_TWVyaWRp")}\n
DTEND;TZID=Eastern Standard Time:20250319T103000
DTSTAMP:20250312T190000Z
DTSTART;TZID=Eastern Standard Time:20250319T100000
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
ORGANIZER;CN="Doyle, Shauna":mailto:sdoyle@meridianclaims.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com:mailto:santiago.restrepo.dev@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Meridian Claims - Introductory Call - Santiago Restrepo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000061D2E3F4A5B6DB01000000000000000010000000CC11DD22EE33
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E0080000000061D2E3F4A5B6DB01000000000000000010000000CC11DD22EE33", 1,
    "Meridian Claims", "Senior Developer (Contract-to-hire, LATAM)", "recruiter_screen", "sdoyle@meridianclaims.com",
    "outlook-teams-intro-en", prodid=OUTLOOK, tzs=("win_eastern",),
))
