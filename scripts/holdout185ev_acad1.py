"""holdout185 events: faculty searches in Switzerland and Germany (Léa Morel as the candidate)."""

from holdout185ev_tz import BERLIN, W_EUROPE, ZURICH, ev

EVENTS = [
    ev("unibas-zoom", "5q1c8t0kq2m7ebl4a0v3h9d6rf@google.com", 1, "University of Basel",
       "Assistant Professor (tenure track) in Molecular Cell Biology", "", "christoph.imhof@unibas.ch",
       "google-invite-sent-by-committee-secretary-first-round",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250121T141500
DTEND;TZID=Europe/Zurich:20250121T150000
DTSTAMP:20250109T102233Z
ORGANIZER;CN=Biozentrum Dekanat Sekretariat:mailto:berufungen-biozentrum@unibas.ch
UID:5q1c8t0kq2m7ebl4a0v3h9d6rf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Christoph Imhof;X-NUM-GUESTS=0:mai
 lto:christoph.imhof@unibas.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.morel.bio@protonm
 ail.com;X-NUM-GUESTS=0:mailto:lea.morel.bio@protonmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1293847562
CREATED:20250109T102231Z
DESCRIPTION:Dear Dr. Morel\,\n\non behalf of the chair of the search commi
 ttee\, Prof. Christoph Imhof\, we are pleased to invite you to a video con
 versation with the Berufungskommission for the position of Assistant Profe
 ssor (tenure track) in Molecular Cell Biology.\n\nFormat: 10 min presentat
 ion of your research programme\, 20 min questions from the committee. Plea
 se share your slides via Zoom.\n\nJoin Zoom Meeting\nhttps://unibas.zoom.us
 /j/65120987713?pwd=Q2dYbE9ST3N2a1FhN0x3dz09\n\nMeeting ID: 651 2098 7713\nP
 asscode: 240121\n\nKind regards\nSandra Wüthrich\nDekanat Biozentrum
LAST-MODIFIED:20250109T102232Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Berufungskommission Molecular Cell Biology – Videogespräch Dr. Léa Morel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("unibas-probevortrag", "040000008200E00074C5B7101A82E00800000000F0A7C8B3A26FDB01000000000000000010000000"
       "8E5D2C1B47A2A546B1D0C3F2E9A6B7C4", 1, "University of Basel",
       "Assistenzprofessur Molekulare Zellbiologie", "onsite",
       "christoph.imhof@unibas.ch;Prof. Dr. Regula Baumgartner",
       "outlook-sent-by-probevortrag-and-kommission-with-dean",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Imhof Christoph;SENT-BY="mailto:sandra.wuethrich@unibas.ch":mailto:christoph.imhof@unibas.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.morel.bio@protonmail.com:mailto:l
 ea.morel.bio@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Biozentrum U1.131 Seminarraum (80):mailto:bz-u1131@unibas.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Dr. Morel\n\nwie telefonisch besprochen laden wir Sie zum
  Probevortrag und anschliessenden Gespräch mit der Berufungskommission ein.\n\n09:30 Öffentlicher
  Probevortrag (45 min + 15 min Diskussion)\, Biozentrum U1.131\n10:45 Kommissionsgespräch (60 min)
 \, Sitzungszimmer Dekanat\n12:00 Mittagessen mit Mitgliedern der Kommission\n14:00 Gespräch mit der
  Dekanin\, Prof. Dr. Regula Baumgartner\n\nReisekosten werden gemäss Spesenreglement erstattet.\n\nFreu
 ndliche Grüsse\nS. Wüthrich i.A. Prof. Ch. Imhof
UID:040000008200E00074C5B7101A82E00800000000F0A7C8B3A26FDB010000000000000000100000008E5D2C1B47A2A546B1D0C3F2E9A6B7C4
SUMMARY;LANGUAGE=de-CH:Probevortrag und Kommissionsgespräch – Dr. Léa Morel (Assistenzprofessur Moleku
 lare Zellbiologie)
DTSTART;TZID=W. Europe Standard Time:20250303T093000
DTEND;TZID=W. Europe Standard Time:20250303T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T153012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Biozentrum\, Spitalstrasse 41\, 4056 Basel
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("epfl-shortlist", "epfl-sv-tt2024-shortlist-morel@epfl.ch", 1, "EPFL",
       "Tenure-Track Assistant Professor in Life Sciences", "", "",
       "epfl-zoom-short-list-interview-no-named-interviewers",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20241205T081500Z
DESCRIPTION:Dear Dr Morel\,\n\nThank you for your application to the Tenure-Track Assistant Professor in
  Life Sciences position at the School of Life Sciences (SV). The Search Committee would like to meet you
  for a 30-minute short-list interview by Zoom (15 min presentation\, 15 min discussion).\n\nhttps://epfl.
 zoom.us/j/68813320456\nMeeting ID: 688 1332 0456\n\nPlease confirm your availability by return e-mail.\n
 \nBest regards\,\nFaculty Affairs\, School of Life Sciences\nEPFL SV-DEC\, Station 19\, CH-1015 Lausanne
DTEND;TZID="W. Europe Standard Time":20241217T170000
DTSTAMP:20241205T081500Z
DTSTART;TZID="W. Europe Standard Time":20241217T163000
LAST-MODIFIED:20241205T081500Z
LOCATION:Zoom
ORGANIZER;CN="SV Faculty Affairs":mailto:sv-facultyaffairs@epfl.ch
ATTENDEE;CN="Morel Léa";RSVP=TRUE:mailto:lea.morel.bio@protonmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:SV Search Committee - short-list interview - L. Morel
TRANSP:OPAQUE
UID:epfl-sv-tt2024-shortlist-morel@epfl.ch
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("epfl-visit", "B6E1E2A9-77F4-4C4B-9A20-1F3C2D9E5A11", 1, "EPFL",
       "", "onsite", "",
       "user-typed-all-day-campus-visit-two-days",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250114T193204Z
DTEND;VALUE=DATE:20250206
DTSTAMP:20250114T193311Z
DTSTART;VALUE=DATE:20250204
LAST-MODIFIED:20250114T193311Z
LOCATION:EPFL\, Lausanne
SEQUENCE:0
SUMMARY:EPFL visit ✈️ job talk + chalk talk + 1:1s
DESCRIPTION:Tue: seminar 11h SV 1717\, lunch w/ junior faculty\, 1:1s (8 x 30min)\nWed: chalk talk 9h
 \, Dean 14h\, Provost?\nhotel: SwissTech Hotel\, booked by them\nbring: adapter\, printed chalk talk
  outline\, reimbursement form
TRANSP:TRANSPARENT
UID:B6E1E2A9-77F4-4C4B-9A20-1F3C2D9E5A11
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ev("epfl-chalk", "040000008200E00074C5B7101A82E00800000000A1D3F5E722E1DA010000000000000000100000005C7B2E9D",
       1, "EPFL", "", "onsite",
       "Prof. Anne-Laure Dubois;Prof. Matthias Gerber",
       "outlook-chalk-talk-faculty-with-room-resource",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Faculty Affairs SV:mailto:sv-facultyaffairs@epfl.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=SV-faculty:mailto:sv-faculty@groupes.epfl.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=SV 2510 (salle de séminaire):mailto:sv2510@epfl.ch
DESCRIPTION;LANGUAGE=en-US:Chalk talk (no slides\, whiteboard only) with the SV faculty. Moderated by
  Prof. Anne-Laure Dubois (chair\, search committee) and Prof. Matthias Gerber. Approx. 15 min
  uninterrupted\, then open discussion of your research plans and first grant.\n\nCoffee will be served.
UID:040000008200E00074C5B7101A82E00800000000A1D3F5E722E1DA010000000000000000100000005C7B2E9D
SUMMARY;LANGUAGE=en-US:Chalk talk – Léa Morel (SV TT search)
DTSTART;TZID=W. Europe Standard Time:20250205T090000
DTEND;TZID=W. Europe Standard Time:20250205T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250128T140211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SV 2510
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("unibe-kommission", "040000008200E00074C5B7101A82E008000000004C2F1A0E9F80DB01000000000000000010000000"
       "77A1B2C3D4E5F60718293A4B5C6D7E8F", 1, "University of Bern",
       "Assistenzprofessur Molekulare Zellbiologie", "onsite",
       "Prof. Dr. Beat Schär", "outlook-german-probevortrag-kommissionsgespraech-sent-by",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Schär, Beat (IZB)";SENT-BY="mailto:monika.ryser@unibe.ch":mailto:beat.schaer@unibe.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Hörsaal 120, Baltzerstrasse 4":mailto:hs120-bz4@unibe.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Dr. Morel\n\nIm Namen der Berufungskommission bestätige ic
 h Ihnen gerne den Termin:\n\n13:15 Probevortrag (30 Min.\, hochschulöffentlich) mit anschliessender Dis
 kussion\n14:15 Lehrprobe (15 Min.\, Bachelorniveau\, Thema: Proteinfaltung im ER)\n15:00 Gespräch mit d
 er Kommission\n\nBitte bringen Sie Ihren Vortrag auf USB-Stick mit.\n\nMit freundlichen Grüssen\nMonika
  Ryser\nSekretariat Prof. Dr. Beat Schär\, Präsident der Berufungskommission
UID:040000008200E00074C5B7101A82E008000000004C2F1A0E9F80DB0100000000000000001000000077A1B2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=de-CH:Berufungsverfahren Assistenzprofessur Molekulare Zellbiologie: Dr. L. Morel
DTSTART;TZID=W. Europe Standard Time:20250313T131500
DTEND;TZID=W. Europe Standard Time:20250313T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T094455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Baltzerstrasse 4\, Bern\, HS 120
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("unige-audition", "unige-sciences-pas-bmol-audition-07@unige.ch", 1, "University of Geneva",
       "Professeur·e assistant·e en biologie moléculaire", "onsite", "sylvie.perrin@unige.ch",
       "french-audition-lecon-epreuve-geneva",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:unige-sciences-pas-bmol-audition-07@unige.ch
DTSTAMP:20250224T170301Z
DTSTART;TZID="W. Europe Standard Time":20250327T100000
DTEND;TZID="W. Europe Standard Time":20250327T123000
SUMMARY;LANGUAGE=fr-ch:Audition – Poste de professeur·e assistant·e en biologie moléculaire (Mme L. Morel)
LOCATION:Sciences III\, salle 1S081\, 30 quai Ernest-Ansermet\, Genève
ORGANIZER;CN="Perrin Sylvie":mailto:Sylvie.Perrin@unige.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Léa Morel":mailto:lea.morel.bio@protonmail.com
DESCRIPTION;LANGUAGE=fr-ch:Madame\,\n\nSuite à la réunion de la commission de nomination\, nous avons
  le plaisir de vous convier à une audition :\n- 10h00 leçon publique (40 min + questions)\n- 11h15 e
 ntretien avec la commission (env. 45 min)\n- repas de midi avec la présidente\n\nLa leçon peut être
  donnée en anglais ou en français.\n\nVeuillez agréer\, Madame\, nos salutations distinguées.\n\nProf.
  Sylvie Perrin\, présidente de la commission de nomination\nFaculté des sciences
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("unil-commission", "2a9f0c1e-6b7d-4f0e-8a3c-unil-fbm-cp-2025-04", 1, "University of Lausanne",
       "Professeur·e assistant·e en prétitularisation conditionnelle", "", "",
       "french-webex-commission-de-presentation-no-names",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco//Webex Meetings//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:2a9f0c1e-6b7d-4f0e-8a3c-unil-fbm-cp-2025-04
DTSTAMP:20250203T120000Z
DTSTART:20250218T080000Z
DTEND:20250218T084500Z
SUMMARY:Entretien – Commission de présentation FBM (PTC biologie moléculaire)
ORGANIZER;CN=Décanat FBM - Relève académique:mailto:releve.fbm@unil.ch
ATTENDEE;CN=Léa Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.morel.bio@protonmail.com
LOCATION:https://unil.webex.com/unil/j.php?MTID=m4c8e7a1f0b2d3c5e6f7a8b9c0d1e2f3a
DESCRIPTION:Madame\,\nLa commission de présentation chargée du poste de professeur·e assistant·e en
  prétitularisation conditionnelle souhaite s'entretenir avec vous par visioconférence (45 minutes).\n
 \nRejoindre la réunion Webex :\nhttps://unil.webex.com/unil/j.php?MTID=m4c8e7a1f0b2d3c5e6f7a8b9c0d1e2f
 3a\nNuméro de réunion : 2741 559 0132\nMot de passe : FBM2025\nRejoindre par téléphone : +41-44-27-6
 9-700 Suisse (Zurich)\n\nDécanat de la Faculté de biologie et de médecine
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("lmu-berufungsvortrag", "LMU-BIO-W2-ZB-2025-VORTRAG-03@lmu.de", 1, "LMU Munich",
       "W2 Zellbiologie (Tenure Track)", "onsite", "heike.brandl@bio.lmu.de",
       "german-berlin-tz-vorstellungsvortrag-kommission",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:LMU-BIO-W2-ZB-2025-VORTRAG-03@lmu.de
DTSTAMP:20250305T081422Z
DTSTART;TZID=Europe/Berlin:20250408T110000
DTEND;TZID=Europe/Berlin:20250408T130000
SUMMARY:Vorstellungsvortrag und Gespräch mit der Berufungskommission – Dr. Morel
LOCATION:Biozentrum der LMU\, Großhaderner Str. 2\, 82152 Planegg-Martinsried\, Raum B00.019
ORGANIZER;CN="Brandl, Heike Prof. Dr.":mailto:Heike.Brandl@bio.lmu.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Morel, Léa":mailto:lea.morel.bio@protonmail.com
DESCRIPTION;LANGUAGE=de-de:Sehr geehrte Frau Dr. Morel\,\n\nhiermit lade ich Sie im Namen der Berufungs
 kommission W2 Zellbiologie (Tenure Track) herzlich ein. Ablauf: 11:00 Uhr fachöffentlicher Vortrag (
 30 min) mit Diskussion\, 12:00 Uhr nichtöffentliches Gespräch mit der Kommission. Im Anschluss findet
  ein Mittagessen statt.\n\nBitte planen Sie auch einen kurzen Termin mit der Gleichstellungsbeauftragte
 n ein.\n\nMit freundlichen Grüßen\nHeike Brandl\nVorsitzende der Berufungskommission
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("heidelberg-zoom", "f3d1c0b9a8e74d56@uni-heidelberg.de", 1, "Heidelberg University",
       "W1 TT Molekularbiologie", "", "",
       "german-zoom-kommissionsgespraech-utc-times",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:f3d1c0b9a8e74d56@uni-heidelberg.de
DTSTAMP:20250117T100512Z
DTSTART:20250129T130000Z
DTEND:20250129T134000Z
SUMMARY:Kommissionsgespräch W1 TT Molekularbiologie (ZMBH) – Frau Dr. Morel
ORGANIZER;CN=ZMBH Geschäftsstelle:mailto:sekretariat@zmbh.uni-heidelberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=lea.morel.bio@protonmail.com:mailto:lea.morel.bio@protonmail.com
LOCATION:https://uni-heidelberg.zoom-x.de/j/61234987001?pwd=aGVpZGVsYmVyZzIwMjU
DESCRIPTION:Zoom-Meeting beitreten\nhttps://uni-heidelberg.zoom-x.de/j/61234987001?pwd=aGVpZGVsYmVyZzI
 wMjU\n\nMeeting-ID: 612 3498 7001\nKenncode: 8812\n\nAblauf: Kurzvortrag (10 Minuten) zu Ihrem Forschun
 gskonzept\, anschließend Fragen der Kommission. Bitte seien Sie 5 Minuten vorher im Warteraum.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
