"""holdout183 events, part D: the Brussels trip and the French, German and Spanish invitations."""

from holdout183ev_zones import BERLIN, BRUSSELS, MADRID, ROMANCE_STD, W_EUROPE_STD

EVENTS = []

# Agence Europe: French, Google invite from the editor-in-chief, Europe/Brussels
EVENTS.append(dict(
    kind="gcal-fr", iv=1, company="Agence Europe", role="Rédacteur en chef adjoint, édition anglaise",
    stage="hiring_manager", who="m.verhaegen@agenceurope.eu",
    trap="french-entretien-during-brussels-trip",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRUSSELS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250402T100000
DTEND;TZID=Europe/Brussels:20250402T110000
DTSTAMP:20250324T152201Z
ORGANIZER;CN=Marc Verhaegen:mailto:m.verhaegen@agenceurope.eu
UID:1p4b7s2k9d0f3h6j8l1n5q7r2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc Verhaegen;X-NUM-GUESTS=0:mailto:m.verhaegen@agenceurope.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
CREATED:20250324T152158Z
DESCRIPTION:Bonjour Oliver\\,\\n\\nComme convenu\\, je vous propose un entretie
 n à nos bureaux pendant votre passage à Bruxelles\\, au sujet du poste de réd
 acteur en chef adjoint pour l'édition anglaise du Bulletin Quotidien Europe.
  Nous pourrons poursuivre en anglais si vous préférez.\\n\\nAdresse : rue de l
 a Gare 36\\, 1040 Etterbeek (sonnez à \\"Agence Europe\\"\\, 3e étage).\\n\\nBien
  cordialement\\,\\nMarc Verhaegen\\nRédacteur en chef
LAST-MODIFIED:20250324T152201Z
LOCATION:Agence Europe\\, rue de la Gare 36\\, 1040 Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Oliver Kemp / Agence Europe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# SolarPower Europe: Personio, English, Europe/Brussels
EVENTS.append(dict(
    kind="personio", iv=1, company="SolarPower Europe", role="Head of Communications",
    stage="", who="elena.castro@solarpowereurope.org;jakob.weiss@solarpowereurope.org",
    trap="personio-brussels-trade-association-in-person",
    ics="""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + BRUSSELS + """BEGIN:VEVENT
UID:personio-event-8dd1c3a0-5b9f-4c71-8a6e-2f4b0e1d7c93
DTSTAMP:20250326T090118Z
DTSTART;TZID=Europe/Brussels:20250402T150000
DTEND;TZID=Europe/Brussels:20250402T160000
SUMMARY:In-person interview | Head of Communications | Oliver Kemp
DESCRIPTION:Dear Oliver\\,\\n\\nWe look forward to meeting you in our office on
  Rond-Point Robert Schuman 2-4\\, 1040 Brussels.\\n\\nYou will meet Elena Castro
  (CEO) and Jakob Weiss (Head of Policy). Expect questions on EU energy politi
 cs and a short discussion of how you would position the association with Bru
 ssels and national press.\\n\\nBest regards\\nSolarPower Europe | People & Culture
LOCATION:Rond-Point Robert Schuman 2-4\\, 1040 Brussels
ORGANIZER;CN=SolarPower Europe Recruiting:mailto:jobs@solarpowereurope.org
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Elena Castro;PARTSTAT=ACCEPTED:mailto:elena.castro@solarpowereurope.org
ATTENDEE;CN=Jakob Weiss;PARTSTAT=ACCEPTED:mailto:jakob.weiss@solarpowereurope.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Handelsblatt: German, Personio, Europe/Berlin
EVENTS.append(dict(
    kind="personio-de", iv=1, company="Handelsblatt", role="Senior Editor (m/w/d) Handelsblatt English Edition",
    stage="hiring_manager", who="katrin.vogler@handelsblattgroup.com",
    trap="german-videointerview-personio-berlin-zone",
    ics="""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + """BEGIN:VEVENT
UID:personio-event-41a7e2d9-0c3b-4f55-b8e1-6d9a2c7f0e84
DTSTAMP:20250409T071233Z
DTSTART;TZID=Europe/Berlin:20250415T110000
DTEND;TZID=Europe/Berlin:20250415T120000
SUMMARY:Videointerview: Senior Editor (m/w/d) Handelsblatt English Edition -
  Oliver Kemp
DESCRIPTION:Hallo Oliver\\,\\n\\nvielen Dank für Ihre Bewerbung. Wir freuen un
 s auf das Kennenlernen per Video mit Katrin Vogler (Ressortleiterin Internat
 ional). Das Gespräch findet auf Englisch statt.\\n\\nMicrosoft Teams: https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_OTQ4ZGY1\\n\\nViele Grüße\\nIhr
  Recruiting-Team der Handelsblatt Media Group\\nToulouser Allee 27\\, 40211 Düss
 eldorf
LOCATION:Microsoft Teams
ORGANIZER;CN=Handelsblatt Media Group Recruiting:mailto:recruiting@handelsblattgroup.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Katrin Vogler;PARTSTAT=ACCEPTED:mailto:katrin.vogler@handelsblattgroup.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Deutsche Börse: German Outlook invite, W. Europe Standard Time
EVENTS.append(dict(
    kind="outlook-de", iv=1, company="Deutsche Börse", role="Head of Media Relations UK",
    stage="", who="stefan.kraemer@deutsche-boerse.com;j.appiah@deutsche-boerse.com",
    trap="german-vorstellungsgespraech-outlook-w-europe-zone",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE_STD + """BEGIN:VEVENT
ORGANIZER;CN="Krämer, Stefan";SENT-BY="mailto:talent.acquisition@deutsche-b
 oerse.com":mailto:stefan.kraemer@deutsche-boerse.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kem
 p.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Appiah, Jennifer":mailto:j.appiah@deutsche-boerse.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kemp\\,\\n\\nwir freuen uns\\, Si
 e zu einem Vorstellungsgespräch für die Position Head of Media Relations UK e
 inzuladen. Gesprächspartner: Stefan Krämer (Leiter Unternehmenskommunikation)
  und Jennifer Appiah (Head of Communications London).\\n\\nDas Gespräch wird
  per Webex geführt: https://deutsche-boerse.webex.com/meet/stefan.kraemer\\n\\n
 Mit freundlichen Grüßen\\nTalent Acquisition\\nDeutsche Börse Group\\n
UID:040000008200E00074C5B7101A82E00800000000C3A4B5D6E791DB010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Head of Media Relations UK - Her
 r Kemp
DTSTART;TZID=W. Europe Standard Time:20250422T140000
DTEND;TZID=W. Europe Standard Time:20250422T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T081900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Cisco Webex
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Santander: Spanish, Workday, Europe/Madrid
EVENTS.append(dict(
    kind="workday-es", iv=1, company="Santander", role="Director/a de Contenidos Corporativos",
    stage="recruiter_screen", who="lucia.marin@gruposantander.com",
    trap="spanish-entrevista-talent-acquisition-workday",
    ics="""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID + """BEGIN:VEVENT
UID:WD-INT-a8b7c6d5e4f34a2b9c1d0e8f7a6b5c4d@myworkday.com
DTSTAMP:20250318T103044Z
DTSTART;TZID=Europe/Madrid:20250325T100000
DTEND;TZID=Europe/Madrid:20250325T104500
SUMMARY:Entrevista: Director/a de Contenidos Corporativos (R0238811) - Oliver
  Kemp
DESCRIPTION:Hola Oliver\\,\\n\\nGracias por tu interés en Santander. Te confirm
 amos una primera entrevista con Lucía Marín (Talent Acquisition\\, Comunicació
 n Corporativa) por Microsoft Teams. La conversación será en inglés y en espa
 ñol.\\n\\nEnlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4N
 2Mx\\nHora: 10:00 (Madrid) / 09:00 (Londres)\\n\\nUn saludo\\,\\nEquipo de Talent
 o - Grupo Santander
LOCATION:Microsoft Teams
ORGANIZER;CN=Santander Talento:mailto:santander@myworkday.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Lucía Marín;PARTSTAT=ACCEPTED:mailto:lucia.marin@gruposantander.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Santander: hiring manager, Outlook Spanish, Romance Standard Time
EVENTS.append(dict(
    kind="outlook-es", iv=1, company="Santander", role="Director/a de Contenidos Corporativos",
    stage="hiring_manager", who="alvaro.iglesias@gruposantander.com",
    trap="spanish-reunion-with-comms-director-no-interview-word",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_STD + """BEGIN:VEVENT
ORGANIZER;CN="Iglesias Ruiz, Álvaro":mailto:alvaro.iglesias@gruposantander.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marín Sol
 er, Lucía":mailto:lucia.marin@gruposantander.com
DESCRIPTION;LANGUAGE=es-ES:Oliver\\, encantado de conocerte la próxima semana.
  Charlaremos sobre el puesto\\, el equipo en Boadilla y Londres\\, y tu visión
  sobre contenidos para la web corporativa y redes.\\n\\n____________________
 ____________________________________________________________\\nReunión de M
 icrosoft Teams\\nÚnase a través de su ordenador\\, aplicación móvil o disposit
 ivo de sala\\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_YTBkNmE3>\\nId. de reunión: 311 442 087 915\\nC
 ódigo de acceso: Hx2r8G\\n________________________________________________
 ________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000A1C2E3F4058EDB0100000000000000001000000055667788990011223344556677889900
SUMMARY;LANGUAGE=es-ES:Oliver Kemp - Álvaro Iglesias
DTSTART;TZID=Romance Standard Time:20250408T170000
DTEND;TZID=Romance Standard Time:20250408T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T163012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# El País English edition: Spanish, Google Meet, UTC
EVENTS.append(dict(
    kind="gcal-es", iv=1, company="El País", role="Editor, EL PAÍS English Edition (London)",
    stage="", who="ines.gallardo@elpais.es;Álvaro",
    trap="spanish-google-invite-newspaper-english-edition",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250429T150000Z
DTEND:20250429T160000Z
DTSTAMP:20250423T091455Z
ORGANIZER;CN=Inés Gallardo:mailto:ines.gallardo@elpais.es
UID:0s9r8q7p6o5n4m3l2k1j0i9h8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inés Gallardo;X-NUM-GUESTS=0:mailto:ines.gallardo@elpais.es
X-GOOGLE-CONFERENCE:https://meet.google.com/qhz-vwbd-ksu
CREATED:20250423T091402Z
DESCRIPTION:Hola Oliver\\, te envío la convocatoria para la entrevista del pu
 esto de editor en Londres para EL PAÍS English Edition. Estaremos Álvaro (RR
 HH) y yo. Duración aprox. una hora\\; parte de la conversación será en españo
 l.\\n\\nUnirse con Google Meet: https://meet.google.com/qhz-vwbd-ksu\\n\\nInés G
 allardo\\nSubdirectora\\, EL PAÍS\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-\\nNo edites esta sección de la descripción.
LAST-MODIFIED:20250423T091455Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Oliver Kemp - EL PAÍS English Edition
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))
