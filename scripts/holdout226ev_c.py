"""holdout226 events, part C: rail, German and French employers."""

from holdout226ev_tz import BERLIN, PARIS, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="smartrecruiters-onsite",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-0c9d6f2e-91aa-4d3b-b7e0-ironbridgerail
DTSTAMP:20250407T084402Z
DTSTART:20250415T090000Z
DTEND:20250415T110000Z
SUMMARY:Interview with Ironbridge Rail: Head of Security (Midlands Route)
DESCRIPTION:Hi Aisha\,\n\nYou have been invited to an interview for the H
 ead of Security (Midlands Route) position at Ironbridge Rail.\n\nInterview
  details:\n- Presentation (15 mins): Tackling trespass\, cable theft and
  anti-social behaviour on the Cross City line\n- Panel interview (60 mins)
 : Andrew Booth (Route Director)\, Michelle Carr (Head of Safety)\, Ian Wh
 ite (BTP liaison - observing)\n- Station walk-round with the Security Ope
 rations team (30 mins)\n\nLocation: Ironbridge Rail\, The Mailbox\, Floo
 r 6\, Wharfside Street\, Birmingham\n\nPlease confirm your attendance via
  the link in your email.\n\nIronbridge Rail Recruitment Team
LOCATION:The Mailbox\, Floor 6\, Wharfside Street\, Birmingham
ORGANIZER;CN=Ironbridge Rail Recruitment:mailto:recruitment@ironbridgerai
 l.co.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahma
 n.brum@gmail.com
ATTENDEE;CN=Andrew Booth;ROLE=REQ-PARTICIPANT:mailto:andrew.booth@ironbri
 dgerail.co.uk
ATTENDEE;CN=Michelle Carr;ROLE=REQ-PARTICIPANT:mailto:michelle.carr@ironb
 ridgerail.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("sr-interview-0c9d6f2e-91aa-4d3b-b7e0-ironbridgerail", 1, "Ironbridge Rail",
                 "Head of Security (Midlands Route)", "onsite",
                 "andrew.booth@ironbridgerail.co.uk;michelle.carr@ironbridgerail.co.uk",
                 "smartrecruiters-panel-presentation-observer-not-attendee")],
    ),
    dict(
        kind="personio-telefon",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-28817362@nordkauf.jobs.personio.de
DTSTAMP:20250219T081200Z
DTSTART;TZID=Europe/Berlin:20250224T100000
DTEND;TZID=Europe/Berlin:20250224T104500
SUMMARY:Telefoninterview: Regional Loss Prevention Manager (m/w/d) UK - A
 isha Rahman
DESCRIPTION:Hallo Aisha Rahman\,\n\nvielen Dank für Ihre Bewerbung als Re
 gional Loss Prevention Manager (m/w/d) für Nordkauf GB. Gerne möchten wi
 r Sie im Rahmen eines ersten Telefoninterviews näher kennenlernen.\n\nGes
 prächspartnerin: Katrin Vogel\, Recruiting International\nDas Gespräch fi
 ndet auf Englisch statt. Wir rufen Sie unter +44 7700 900338 an. Bitte b
 eachten Sie: Uhrzeit in MEZ (10:00 Uhr = 09:00 Uhr UK).\n\nMit freundlich
 en Grüßen\nIhr Nordkauf Recruiting-Team
LOCATION:Telefon
ORGANIZER;CN=Nordkauf Recruiting:mailto:recruiting@nordkauf.de
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k
 atrin.vogel@nordkauf.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("personio-interview-28817362@nordkauf.jobs.personio.de", 1, "Nordkauf GB",
                 "Regional Loss Prevention Manager (m/w/d) UK", "recruiter_screen",
                 "katrin.vogel@nordkauf.de", "german-personio-telefoninterview-berlin-tz")],
    ),
    dict(
        kind="outlook-zweitgespraech",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="Albers, Jürgen";RSVP=TRUE:mailto:juergen.albers@nordkauf.de
ATTENDEE;CN="Vogel, Katrin";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:katrin.v
 ogel@nordkauf.de
CLASS:PUBLIC
CREATED:20250311T130500Z
DESCRIPTION:Sehr geehrte Frau Rahman\,\n\nwie telefonisch besprochen lade
 n wir Sie herzlich zum Zweitgespräch ein. Gesprächspartner sind Herr Jürg
 en Albers (Leiter Konzernsicherheit International) und Mr Paul Hendry (H
 ead of Loss Prevention\, Nordkauf GB). Das Gespräch wird auf Englisch gef
 ührt.\n\nDauer ca. 60 Minuten. Bitte bereiten Sie eine kurze Fallstudie
  vor: Inventurdifferenzen in drei Filialen der Region West Midlands.\n\n__
 ______________________________________________________________________
 ________\nMicrosoft Teams Besprechung\nJetzt an der Besprechung teilnehm
 en\nBesprechungs-ID: 372 556 118 204\nPasscode: cX4wTq\n\n
DTEND;TZID="W. Europe Standard Time":20250320T160000
DTSTAMP:20250311T130500Z
DTSTART;TZID="W. Europe Standard Time":20250320T150000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Vogel, Katrin":mailto:katrin.vogel@nordkauf.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-de:Zweitgespräch Regional LP Manager UK - Frau Rahman
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F7A8DB0100000000000000
 00100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000B3C4D5E6F7A8DB010000000000000000"
                 "100000009F8E7D6C5B4A39281706F5E4D3C2B1A0", 1, "Nordkauf GB",
                 "Regional LP Manager UK", "hiring_manager",
                 "juergen.albers@nordkauf.de;Paul Hendry",
                 "german-outlook-w-europe-zweitgespraech")],
    ),
    dict(
        kind="softgarden-video",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:sg-appointment-1902837-rheinland@softgarden.io
DTSTAMP:20250402T124000Z
DTSTART;TZID=Europe/Berlin:20250409T143000
DTEND;TZID=Europe/Berlin:20250409T153000
SUMMARY:Vorstellungsgespräch (Video): Betrugsermittler (m/w/d) - Niederlas
 sung UK
DESCRIPTION:Guten Tag Frau Rahman\,\n\nwir freuen uns\, Sie zu einem Vorst
 ellungsgespräch per Videokonferenz einzuladen.\n\nIhre Gesprächspartner:\n
 - Dr. Markus Haberland\, Leiter Betrugsbekämpfung (SIU)\n- Emma Lowe\, Cl
 aims Director UK\n\nLink zur Videokonferenz (Webex): https://rheinland-ve
 rsicherung.webex.com/meet/m.haberland\n\nHinweis: Das Gespräch wird über
 wiegend auf Englisch geführt. Deutschkenntnisse sind von Vorteil\, aber n
 icht erforderlich.\n\nMit freundlichen Grüßen\nRheinland Versicherung AG
  - Personalabteilung
LOCATION:Webex
ORGANIZER;CN=Rheinland Versicherung AG:mailto:noreply@softgarden.io
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahm
 an.brum@gmail.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("sg-appointment-1902837-rheinland@softgarden.io", 1,
                 "Rheinland Versicherung AG", "Betrugsermittler (m/w/d) - Niederlassung UK", "",
                 "Markus Haberland;Emma Lowe", "german-softgarden-vorstellungsgespraech-webex")],
    ),
    dict(
        kind="outlook-entretien-rh",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
CLASS:PUBLIC
CREATED:20250225T101500Z
DESCRIPTION:Bonjour Aisha\,\n\nSuite à votre candidature au poste d'Enquêt
 rice Fraude Interne (succursale de Londres)\, je vous propose un premier
  entretien RH par Teams. L'entretien se déroulera en anglais\, avec quelqu
 es questions en français si vous êtes à l'aise.\n\nAu programme : votre p
 arcours\, vos motivations\, vos prétentions salariales et votre préavis.\
 n\nBien cordialement\,\nCamille Roux\nChargée de recrutement - Banque Lumi
 ère\n\n____________________________\nRéunion Microsoft Teams\nRejoindre
  la réunion maintenant\nID de la réunion : 318 772 904 561\nCode secret :
  u7Rk3Z\n
DTEND;TZID="Romance Standard Time":20250304T113000
DTSTAMP:20250225T101500Z
DTSTART;TZID="Romance Standard Time":20250304T110000
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Roux, Camille":mailto:camille.roux@banquelumiere.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-fr:Entretien RH - Enquêtrice Fraude Interne Londres -
  A. Rahman
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB0100000000000000
 0010000000112233445566778899AABBCCDDEEFF00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB01000000000000000"
                 "010000000112233445566778899AABBCCDDEEFF00", 1, "Banque Lumière",
                 "Enquêtrice Fraude Interne", "recruiter_screen",
                 "camille.roux@banquelumiere.fr", "french-entretien-rh-romance-standard-time")],
    ),
    dict(
        kind="entretien-final",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250401T170000
DTEND;TZID=Europe/Paris:20250401T180000
DTSTAMP:20250324T152210Z
ORGANIZER;CN=Camille Roux:mailto:camille.roux@banquelumiere.fr
UID:0v7fh3k2l9m1n8b4c6x5z2q0we@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Olivier Masson;X-NUM-GUESTS=0:mailto:olivier.masson@banquelumiere.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Sarah Okonjo;X-NUM-GUESTS=0:mailto:sarah.okonjo@banquelumiere.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Camille Roux;X-NUM-GUESTS=0:mailto:camille.roux@banquelumiere.fr
DESCRIPTION:Entretien final avec Olivier Masson (Directeur Sécurité Finan
 cière Groupe\, Paris) et Sarah Okonjo (Head of Compliance\, London Branch
 ). Camille se connectera 5 minutes au début pour les présentations puis
  quittera la réunion.\n\nFinal interview / entretien final - 60 min.\n\nRe
 joindre avec Google Meet : https://meet.google.com/fzu-wmtb-qae
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Banque Lumière - entretien final - Aisha Rahman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("0v7fh3k2l9m1n8b4c6x5z2q0we@google.com", 1, "Banque Lumière", "", "final",
                 "olivier.masson@banquelumiere.fr;sarah.okonjo@banquelumiere.co.uk",
                 "french-google-final-recruiter-only-introduces")],
    ),
    dict(
        kind="wttj-visio",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:wk-interview-6c21e0b7a4d9@welcomekit.co
DTSTAMP:20250408T090211Z
DTSTART;TZID=Europe/Paris:20250414T103000
DTEND;TZID=Europe/Paris:20250414T111500
SUMMARY:Entretien visio - Responsable Sûreté Boutiques Royaume-Uni - Maiso
 n Verlaine
DESCRIPTION:Bonjour Aisha\,\n\nNous avons le plaisir de vous confirmer vo
 tre entretien pour le poste de Responsable Sûreté Boutiques Royaume-Uni
  (Londres & Birmingham).\n\nAvec : Hélène Fabre\, Directrice Sûreté Groupe
 \nDurée : 45 min\nLieu : Zoom - https://maisonverlaine.zoom.us/j/8812047
 7329\n\nL'entretien pourra se dérouler en anglais.\n\nÀ très vite\,\nL'éq
 uipe Talents - Maison Verlaine
LOCATION:Zoom
ORGANIZER;CN=Maison Verlaine - Talents:mailto:talents@maisonverlaine.com
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahm
 an.brum@gmail.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("wk-interview-6c21e0b7a4d9@welcomekit.co", 1, "Maison Verlaine",
                 "Responsable Sûreté Boutiques Royaume-Uni", "hiring_manager", "Hélène Fabre",
                 "french-welcome-kit-entretien-visio")],
    ),
]
