# ruff: noqa: E501
"""holdout225 events, part b: church and nonprofit providers, Personio, the Personalberaterin's client."""

from holdout225ev_tz import BERLIN_APPLE, BERLIN_THUNDERBIRD, WEST_EUROPE_OUTLOOK

EVENTS = [
    dict(
        kind="erstgespraech-personal", uid="5b1c7e0a-8f2d-4c43-b6a9-0e7d3c2f1a94@kitawerk-korbinian.de",
        interview=1, company="Katholisches Kita-Werk St. Korbinian",
        role="Bereichsleitung Kindertageseinrichtungen Region Süd", stage="recruiter_screen",
        interviewers="l.anzinger@kitawerk-korbinian.de",
        trap="church-provider-hr-phone-first-talk",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Anzinger, Lena":mailto:l.anzinger@kitawerk-korbinian.de
ATTENDEE;CN=franzi.hofbauer@web.de;RSVP=TRUE:mailto:franzi.hofbauer@web.de
DESCRIPTION:Grüß Gott Frau Hofbauer\,\n\nwie besprochen rufe ich Sie am Dienstag unter 0176 2448 1093 an. Wir sprechen ca. 30 Minuten über Ihren bisherigen Werdegang\, Ihre Motivation für die Bereichsleitung und die Rahmenbedingungen (AVR Caritas\, Dienstwagen\, Zuständigkeit für 9 Einrichtungen im Münchner Süden).\n\nHerzliche Grüße\nLena Anzinger\nPersonalreferentin\nKatholisches Kita-Werk St. Korbinian gGmbH\n
DTSTART;TZID="W. Europe Standard Time":20250225T123000
DTEND;TZID="W. Europe Standard Time":20250225T130000
DTSTAMP:20250220T084412Z
SUMMARY;LANGUAGE=de:Telefonat Bereichsleitung Region Süd – Fr. Hofbauer
LOCATION:Telefon (wir rufen Sie an)
UID:5b1c7e0a-8f2d-4c43-b6a9-0e7d3c2f1a94@kitawerk-korbinian.de
SEQUENCE:0
PRIORITY:5
TRANSP:OPAQUE
CLASS:PUBLIC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vorstand", uid="040000008200E00074C5B7101A82E00800000000A2E94F1BB38ADB01000000000000000010000000C9E8B7A6F5D4C3B2A1908F7E6D5C4B3A",
        interview=1, company="Katholisches Kita-Werk St. Korbinian",
        role="Bereichsleitung Kindertageseinrichtungen Region Süd", stage="final",
        interviewers="Prälat Dr. Josef Haslinger;sr.michaela@kitawerk-korbinian.de;g.wenzel@kitawerk-korbinian.de",
        trap="church-vorstellungsgespraech-vorstand-sent-by",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Wenzel, Gabriele Dr.";SENT-BY="mailto:sekretariat.vorstand@kitawerk-korbinian.de":mailto:g.wenzel@kitawerk-korbinian.de
ATTENDEE;CN="Wenzel, Gabriele Dr.";ROLE=REQ-PARTICIPANT:mailto:g.wenzel@kitawerk-korbinian.de
ATTENDEE;CN="Sr. Michaela Rötzer";ROLE=REQ-PARTICIPANT:mailto:sr.michaela@kitawerk-korbinian.de
ATTENDEE;CN=franzi.hofbauer@web.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
ATTENDEE;CN="Konferenzraum St. Benno";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:raum.benno@kitawerk-korbinian.de
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nim Namen von Frau Dr. Wenzel (Geschäftsführender Vorstand) lade ich Sie herzlich zum Vorstellungsgespräch mit dem Vorstand ein. Teilnehmen werden Frau Dr. Wenzel\, Sr. Michaela Rötzer (Vorstand Pädagogik) sowie der Vorsitzende des Aufsichtsrats\, Herr Prälat Dr. Josef Haslinger.\n\nWir bitten Sie\, in ca. 10 Minuten Ihr Verständnis von religionspädagogischer Arbeit in unseren Häusern darzustellen.\n\nAnschließend laden wir Sie zu einer kleinen Brotzeit ein.\n\nMit freundlichen Grüßen\ni. A. Monika Seidl\nSekretariat des Vorstands\n
DTSTART;TZID="W. Europe Standard Time":20250318T160000
DTEND;TZID="W. Europe Standard Time":20250318T173000
DTSTAMP:20250305T134055Z
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Vorstand – Bereichsleitung Süd (Fr. Hofbauer)
LOCATION:Konferenzraum St. Benno\, Dachauer Str. 50\, 80335 München
UID:040000008200E00074C5B7101A82E00800000000A2E94F1BB38ADB01000000000000000010000000C9E8B7A6F5D4C3B2A1908F7E6D5C4B3A
SEQUENCE:0
PRIORITY:5
TRANSP:OPAQUE
CLASS:PUBLIC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gespraech-ev-augsburg", uid="20250307T101522Z-48213@ev-kitawerk-augsburg.de",
        interview=1, company="Evangelisches Kita-Werk Augsburg",
        role="Fachberatung (m/w/d) für 14 evangelische Kindertageseinrichtungen", stage="hiring_manager",
        interviewers="pfr.seitz@ev-kitawerk-augsburg.de;b.lindemann@ev-kitawerk-augsburg.de",
        trap="church-provider-thunderbird-invite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_THUNDERBIRD + r"""BEGIN:VEVENT
CREATED:20250307T101522Z
LAST-MODIFIED:20250307T101603Z
DTSTAMP:20250307T101603Z
UID:20250307T101522Z-48213@ev-kitawerk-augsburg.de
SUMMARY:Gespräch Fachberatung – Frau Hofbauer
ORGANIZER;RSVP=FALSE;CN=Birgit Lindemann;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:b.lindemann@ev-kitawerk-augsburg.de
ATTENDEE;RSVP=TRUE;CN=Pfarrer Johannes Seitz;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:pfr.seitz@ev-kitawerk-augsburg.de
ATTENDEE;RSVP=TRUE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:franzi.hofbauer@web.de
DTSTART;TZID=Europe/Berlin:20250321T100000
DTEND;TZID=Europe/Berlin:20250321T113000
LOCATION:Geschäftsstelle\, Ludwigstraße 2\, 86152 Augsburg (1. OG)
DESCRIPTION:Liebe Frau Hofbauer\,\n\nschön\, dass es klappt! Pfarrer Seitz (1. Vorsitzender) und ich freuen uns auf das Gespräch mit Ihnen. Im Anschluss besprechen wir gern\, wann eine Hospitation in einer unserer Einrichtungen passt.\n\nHerzliche Grüße\nBirgit Lindemann\nGeschäftsführung
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hospitation-arche-noah", uid="20250324T141110Z-48519@ev-kitawerk-augsburg.de",
        interview=1, company="Evangelisches Kita-Werk Augsburg",
        role="Fachberatung (m/w/d)", stage="onsite", interviewers="b.lindemann@ev-kitawerk-augsburg.de;Katja Ruf",
        trap="hospitation-half-day-selection-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_THUNDERBIRD + r"""BEGIN:VEVENT
CREATED:20250324T141110Z
LAST-MODIFIED:20250324T141142Z
DTSTAMP:20250324T141142Z
UID:20250324T141110Z-48519@ev-kitawerk-augsburg.de
SUMMARY:Hospitation Fr. Hofbauer – Ev. Kita Arche Noah
ORGANIZER;RSVP=FALSE;CN=Birgit Lindemann;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:b.lindemann@ev-kitawerk-augsburg.de
ATTENDEE;RSVP=TRUE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:franzi.hofbauer@web.de
ATTENDEE;RSVP=FALSE;CN=kita.archenoah@ev-kitawerk-augsburg.de;PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT:mailto:kita.archenoah@ev-kitawerk-augsburg.de
DTSTART;TZID=Europe/Berlin:20250404T080000
DTEND;TZID=Europe/Berlin:20250404T123000
LOCATION:Ev. Kita Arche Noah\, Schertlinstraße 19\, 86159 Augsburg
DESCRIPTION:Liebe Frau Hofbauer\,\n\nwie vereinbart der halbe Tag in der Arche Noah. Frau Ruf (Kita-Leitung) zeigt Ihnen das Haus\, Sie begleiten die Team-Besprechung um 9:30 und führen anschließend ein Beratungsgespräch mit Frau Ruf zu einem Thema Ihrer Wahl (z. B. Umsetzung BEP\, Eingewöhnung\, Personalsituation). Ich komme gegen 11:30 dazu\, dann reflektieren wir gemeinsam.\n\nHerzliche Grüße\nBirgit Lindemann
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hospitation-inntal", uid="B0E1C2D3-4F5A-4B6C-8D7E-9F0A1B2C3D4E",
        interview=1, company="Kinderhäuser im Inntal", role="Pädagogische Gesamtleitung", stage="onsite",
        interviewers="Hr. Gschwendtner",
        trap="self-typed-hospitation-other-provider",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250402T203011Z
UID:B0E1C2D3-4F5A-4B6C-8D7E-9F0A1B2C3D4E
DTEND;TZID=Europe/Berlin:20250416T130000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Hospitation Kinderhäuser im Inntal (Kiefersfelden)
LAST-MODIFIED:20250402T203355Z
DTSTAMP:20250402T203355Z
DTSTART;TZID=Europe/Berlin:20250416T073000
LOCATION:Kinderhaus Sonnwend\, Kiefersfelden
DESCRIPTION:Gesamtleitung-Stelle\nHr. Gschwendtner (GF) holt mich um 7:30 am Haus ab\, Frühdienst mitmachen\, dann Leitungsrunde\, am Schluss Reflexionsgespräch mit ihm\nMeridian 6:12 ab Ost!\nUrlaubstag eingetragen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-teams", uid="softgarden-7d3e2a10-44b1-4a7e-8fa5-1c9b0e6d2f33",
        interview=1, company="Diakonisches Kinderwerk Oberbayern",
        role="Bereichsleitung Kitas Region Süd-Ost (m/w/d)", stage="hiring_manager",
        interviewers="ruth.eberl@diakonisches-kinderwerk.de",
        trap="softgarden-teams-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Interview Scheduling//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:softgarden-7d3e2a10-44b1-4a7e-8fa5-1c9b0e6d2f33
DTSTAMP:20250410T064520Z
DTSTART:20250415T120000Z
DTEND:20250415T130000Z
SUMMARY:Interview: Bereichsleitung Kitas Region Süd-Ost (m/w/d)
DESCRIPTION:Guten Tag Frau Hofbauer\,\n\nvielen Dank für Ihre Terminauswahl. Hier noch einmal alle Details:\n\nStelle: Bereichsleitung Kitas Region Süd-Ost (m/w/d)\nGesprächspartnerin: Ruth Eberl\, Fachbereichsleitung Kindertagesstätten\nFormat: Microsoft Teams (Link folgt unten)\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2MDg1Nj/0\n\nFalls Sie den Termin ändern müssen\, nutzen Sie bitte diesen Link: https://app.softgarden.io/interview/reschedule/7d3e2a10\n\nDiakonisches Kinderwerk Oberbayern gGmbH
LOCATION:Microsoft Teams
ORGANIZER;CN=Diakonisches Kinderwerk Oberbayern:mailto:no-reply@softgarden.io
ATTENDEE;CN=Ruth Eberl;ROLE=REQ-PARTICIPANT:mailto:Ruth.Eberl@diakonisches-kinderwerk.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-telefoninterview", uid="personio-interview-1938447-b6e0",
        interview=1, company="Kleine Entdecker", role="Regionalleitung Kitas München-Ost (m/w/d)",
        stage="recruiter_screen", interviewers="jana.weidinger@kleine-entdecker.de",
        trap="personio-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-1938447-b6e0
DTSTAMP:20250212T111907Z
DTSTART:20250218T150000Z
DTEND:20250218T153000Z
SUMMARY:Telefoninterview | Regionalleitung Kitas München-Ost (m/w/d) | Kleine Entdecker Bildungs GmbH
DESCRIPTION:Hallo Franziska\,\n\nvielen Dank für deine Bewerbung als Regionalleitung Kitas München-Ost (m/w/d)! Hiermit bestätigen wir dein Telefoninterview mit Jana Weidinger (Talent Acquisition).\n\nJana ruft dich unter der angegebenen Nummer an.\n\nViele Grüße\nDein Team der Kleinen Entdecker\n\nDiese Einladung wurde über Personio versendet.
ORGANIZER;CN=Jana Weidinger:mailto:jana.weidinger@kleine-entdecker.de
ATTENDEE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:franzi.hofbauer@web.de
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-zweitgespraech", uid="personio-interview-1951102-0c4a",
        interview=1, company="Kleine Entdecker", role="Regionalleitung Kitas München-Ost (m/w/d)",
        stage="hiring_manager",
        interviewers="jana.weidinger@kleine-entdecker.de;stefan.hiebl@kleine-entdecker.de",
        trap="personio-second-round-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-1951102-0c4a
DTSTAMP:20250221T093344Z
DTSTART:20250305T080000Z
DTEND:20250305T090000Z
SUMMARY:Zweitgespräch | Regionalleitung Kitas München-Ost (m/w/d) | Kleine Entdecker Bildungs GmbH
DESCRIPTION:Hallo Franziska\,\n\nschön\, dass wir uns wiedersehen! Im Zweitgespräch lernst du Stefan Hiebl (Bereichsleitung Pädagogik) kennen. Jana ist ebenfalls dabei.\n\nBitte bereite eine kurze Antwort auf folgende Frage vor: "Eine Kita-Leitung meldet dir\, dass ab Montag drei Fachkräfte krank sind. Was tust du?"\n\nZoom-Meeting beitreten\nhttps://us06web.zoom.us/j/84412093355?pwd=Q2tOb0xWbDd0ZkE2\nMeeting-ID: 844 1209 3355\nKenncode: 551902\n\nDiese Einladung wurde über Personio versendet.
ORGANIZER;CN=Jana Weidinger:mailto:jana.weidinger@kleine-entdecker.de
ATTENDEE;CN=Stefan Hiebl;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:stefan.hiebl@kleine-entdecker.de
ATTENDEE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:franzi.hofbauer@web.de
LOCATION:https://us06web.zoom.us/j/84412093355
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="abschlussgespraech-gf", uid="personio-interview-1967730-9fd1",
        interview=1, company="Kleine Entdecker", role="Regionalleitung Kitas München-Ost (m/w/d)",
        stage="final", interviewers="k.ostermeier@kleine-entdecker.de",
        trap="personio-final-with-managing-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-1967730-9fd1
DTSTAMP:20250310T162201Z
DTSTART:20250317T133000Z
DTEND:20250317T143000Z
SUMMARY:Abschlussgespräch mit der Geschäftsführung | Kleine Entdecker Bildungs GmbH
DESCRIPTION:Hallo Franziska\,\n\nim letzten Schritt triffst du unsere Geschäftsführerin Katrin Ostermeier in unserem Büro in der Rosenheimer Straße. Wir sprechen auch über Vertragsdetails und einen möglichen Starttermin.\n\nAdresse: Rosenheimer Str. 145e\, 81671 München\, 3. OG\n\nDiese Einladung wurde über Personio versendet.
ORGANIZER;CN=Jana Weidinger:mailto:jana.weidinger@kleine-entdecker.de
ATTENDEE;CN=Katrin Ostermeier;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:k.ostermeier@kleine-entdecker.de
ATTENDEE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:franzi.hofbauer@web.de
LOCATION:Kleine Entdecker\, Rosenheimer Str. 145e\, 81671 München
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="telefonat-personalberatung", uid="7q2m0v8f5r1k3s9d4h6j@google.com",
        interview=1, company="Kinderland Isartal", role="Bereichsleitung (m/w/d) für 12 Kitas",
        stage="recruiter_screen", interviewers="doris.kammerl@kammerl-personal.de",
        trap="agency-screen-client-named-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T070000Z
DTEND:20250404T074500Z
DTSTAMP:20250331T144219Z
ORGANIZER;CN=Doris Kammerl:mailto:doris.kammerl@kammerl-personal.de
UID:7q2m0v8f5r1k3s9d4h6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Doris Kammerl;X-NUM-GUESTS=0:mailto:doris.kammerl@kammerl-personal.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
X-MICROSOFT-CDO-OWNERAPPTID:-1549802731
CREATED:20250331T144218Z
DESCRIPTION:Liebe Frau Hofbauer\,\n\nnach unserem ersten Telefonat darf ich Ihnen nun auch den Namen meines Mandanten nennen: es handelt sich um die Kinderland Isartal gGmbH (12 Kitas zwischen Pullach und Wolfratshausen). Gesucht wird eine Bereichsleitung (m/w/d) für 12 Kitas. In unserem Gespräch möchte ich mit Ihnen Ihre Erfahrungen in der Personalführung und Ihre Gehaltsvorstellung durchgehen\, bevor ich Ihr Profil vorstelle.\n\nHerzliche Grüße\nDoris Kammerl\nKammerl Personalberatung – Sozialwirtschaft & Bildung\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nMit Google Meet teilnehmen: https://meet.google.com/hxq-rmzt-fpe\nOder telefonisch teilnehmen: (DE) +49 30 300195034 PIN: 482 119 337#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250331T144219Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Kammerl / Hofbauer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kennenlernen-isartal", uid="6b8e4d2c90a1f3e7@kinderland-isartal.de",
        interview=1, company="Kinderland Isartal", role="Bereichsleitung", stage="hiring_manager",
        interviewers="m.hartl@kinderland-isartal.de;s.feichtmayr@kinderland-isartal.de",
        trap="client-interview-after-agency-intro",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/Berlin:20250429T113000
ORGANIZER;CN="Markus Hartl":mailto:m.hartl@kinderland-isartal.de
UID:6b8e4d2c90a1f3e7@kinderland-isartal.de
DTSTAMP:20250415T082247Z
LOCATION:Kinderland Isartal\, Geschäftsstelle\nMargarethenstraße 4\n82049 Pullach
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nFrau Kammerl hat uns Ihr Profil vorgestellt – wir würden Sie gern persönlich kennenlernen. Mit dabei ist unsere pädagogische Leiterin Sabine Feichtmayr.\n\nBeste Grüße\nMarkus Hartl\nGeschäftsführer
SEQUENCE:0
SUMMARY:Kennenlernen Kinderland Isartal – Fr. Hofbauer
DTSTART;TZID=Europe/Berlin:20250429T100000
CREATED:20250415T082201Z
ATTENDEE;CN="Sabine Feichtmayr";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:s.feichtmayr@kinderland-isartal.de
ATTENDEE;CN="Franziska Hofbauer";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.hofbauer@web.de
ATTENDEE;CN="Markus Hartl";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:m.hartl@kinderland-isartal.de
END:VEVENT
END:VCALENDAR
""",
    ),
]

