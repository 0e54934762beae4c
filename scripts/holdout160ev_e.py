"""holdout160 events, part e: more employers (Swiss, Austrian, local contractors, a venue, a clinic).

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "export-xwr-utc-zurich", "2hd8s0kq4m1v7c3e9b5n6t2r0l@google.com",
        1, "Elektrizitätswerk Limmattal", "Teamleiter Netzbau", "hiring_manager",
        "adrian.frei@ew-limmattal.ch", "google-export-x-wr-timezone-utc",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jürgen privat
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20250409T120000Z
DTEND:20250409T131500Z
DTSTAMP:20250501T180000Z
ORGANIZER;CN=Adrian Frei:mailto:adrian.frei@ew-limmattal.ch
UID:2hd8s0kq4m1v7c3e9b5n6t2r0l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=juerge
 n.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrecht@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Adrian
  Frei;X-NUM-GUESTS=0:mailto:adrian.frei@ew-limmattal.ch
CREATED:20250401T081522Z
DESCRIPTION:Gespräch Teamleiter Netzbau\, EWL Dietikon. Bitte am Empfang n
 ach mir fragen. Gruss A. Frei\, Leiter Netze
LAST-MODIFIED:20250401T081530Z
LOCATION:EWL\, Zürcherstrasse 120\, 8953 Dietikon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch EWL / J. Albrecht
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "greenhouse-panel-basel", "greenhouse-interview-18834521-2@greenhouse.io",
        1, "Rheinpharma AG", "Technical Lead Building Electrical Systems (80-100%)", "technical",
        "m.zimmerli@rheinpharma.com;s.baumgartner@rheinpharma.com", "english-greenhouse-technical-panel-basel",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
@TZ_ZURICH@
BEGIN:VEVENT
UID:greenhouse-interview-18834521-2@greenhouse.io
DTSTAMP:20250402T120044Z
DTSTART;TZID=Europe/Zurich:20250410T093000
DTEND;TZID=Europe/Zurich:20250410T110000
SUMMARY:Interview: Jürgen Albrecht for Technical Lead Building Electrical S
 ystems (80-100%)
DESCRIPTION:Technical Panel\n\nInterviewers: Martin Zimmerli (Head of Site E
 ngineering)\, Stefanie Baumgartner (Electrical Safety Officer)\n\nFocus: GM
 P-relevant power supply\, maintenance strategy\, NIV/ESTI inspections\, coo
 rdination of external contractors.\n\nLocation: Rheinpharma Site Klybeck\,
  Building K-210\, Reception. Please bring ID.\n\nLanguage: German/English
LOCATION:Rheinpharma Klybeck\, K-210
ORGANIZER;CN=Rheinpharma Talent Acquisition:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Martin Zimmerli;ROLE=REQ-PARTICIPANT:mailto:m.zimmerli@rheinpharma.com
ATTENDEE;CN=Stefanie Baumgartner;ROLE=REQ-PARTICIPANT:mailto:s.baumgartner@rheinpharma.com
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-bludenz", "040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB01000000000000000010000000BB02",
        1, "Elektro Bertsch GmbH", "Bauleiter Elektro", "hiring_manager",
        "b.bertsch@elektro-bertsch.at", "austrian-owner-outlook-gesprach",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Bertsch Bernhard":mailto:b.bertsch@elektro-bertsch.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
DESCRIPTION;LANGUAGE=de-AT:Grüß Gott Herr Albrecht\,\n\ndanke für Ihre Bewerb
 ung als Bauleiter Elektro. Passt Ihnen der Termin? Wir können uns gern auch
  in Bludenz auf der Baustelle Spital treffen\, wenn Ihnen das lieber ist.\
 n\nLG Bernhard Bertsch
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB01000000000000000010000000BB02
SUMMARY;LANGUAGE=de-AT:Gespräch Albrecht
DTSTART;TZID=W. Europe Standard Time:20250404T140000
DTEND;TZID=W. Europe Standard Time:20250404T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T161100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bludenz\, Büro
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dvinci-mit-fachaufgabe", "dvinci-appointment-77120-1@nna-netze.dvinci-hr.com",
        1, "Netzgesellschaft Neckar-Alb mbH", "Meister Netzservice (m/w/d)", "technical",
        "klaus.renner@nna-netze.de;ines.vollmer@nna-netze.de", "dvinci-vorstellungsgespraech-fachaufgabe",
        r"""BEGIN:VCALENDAR
PRODID:-//d.vinci HR-Systems GmbH//d.vinci//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:dvinci-appointment-77120-1@nna-netze.dvinci-hr.com
DTSTAMP:20250305T114020Z
DTSTART;TZID=Europe/Berlin:20250319T090000
DTEND;TZID=Europe/Berlin:20250319T110000
SUMMARY:Einladung zum Vorstellungsgespräch - Meister Netzservice (m/w/d)
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nwir laden Sie zu einem Vorstel
 lungsgespräch ein. Das Gespräch beinhaltet eine kurze fachliche Aufgabe (S
 chaltanweisung Mittelspannung\, Netzplan lesen).\n\nGesprächspartner: Klau
 s Renner (Leiter Netzservice)\, Ines Vollmer (Personalreferentin)\n\nOrt:
  Netzgesellschaft Neckar-Alb mbH\, Metzinger Str. 30\, Tübingen\n\nMit freun
 dlichen Grüßen\nIhr Personalteam
ORGANIZER;CN=Netzgesellschaft Neckar-Alb mbH:mailto:bewerbung@nna-netze.de
ATTENDEE;CN=Klaus Renner;ROLE=REQ-PARTICIPANT:mailto:klaus.renner@nna-netze.de
ATTENDEE;CN=Ines Vollmer;ROLE=REQ-PARTICIPANT:mailto:ines.vollmer@nna-netze.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "lever-erstgespraech-pv", "lever-int-3e6a90c1-d2b4-4f87-a105-7c9e2b4d6f80",
        1, "Solarwerk Süd GmbH", "Teamleiter Elektromeister PV-Montage (m/w/d)", "recruiter_screen",
        "carla.neumann@solarwerk-sued.de", "lever-german-erstgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-3e6a90c1-d2b4-4f87-a105-7c9e2b4d6f80
DTSTAMP:20250219T101000Z
DTSTART:20250224T113000Z
DTEND:20250224T120000Z
SUMMARY:Erstgespräch: Jürgen Albrecht - Teamleiter Elektromeister PV-Montage
  (m/w/d)
DESCRIPTION:Hallo Jürgen\,\n\ndanke für deine Bewerbung! Im Erstgespräch mit
  Carla Neumann (Recruiting) geht es um deinen Werdegang\, deine Erwartungen
  und die Rolle.\n\nGoogle Meet: https://meet.google.com/uvb-ttqs-hhw\n\nVi
 ele Grüße\nSolarwerk Süd People Team
LOCATION:Google Meet
ORGANIZER;CN=Solarwerk Süd People Team:mailto:jobs@solarwerk-sued.de
ATTENDEE;CN=Carla Neumann;ROLE=REQ-PARTICIPANT:mailto:carla.neumann@solarwerk-sued.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "recruitee-vorstellung", "recruitee-interview-5520913@recruitee.com",
        1, "ELTEC Anlagenbau GmbH", "Projektleiter Elektrotechnik Industrieanlagen", "hiring_manager",
        "p.staiger@eltec-anlagenbau.de", "recruitee-vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5520913@recruitee.com
DTSTAMP:20250313T141222Z
DTSTART:20250318T150000Z
DTEND:20250318T160000Z
SUMMARY:Vorstellungsgespräch ELTEC – Projektleiter Elektrotechnik Industrie
 anlagen
DESCRIPTION:Guten Tag Herr Albrecht\,\n\nhiermit bestätigen wir Ihren Termin
  mit Peter Staiger (Bereichsleiter Industrie). Wir freuen uns auf Sie!\n\n
 ELTEC Anlagenbau GmbH\, Robert-Bosch-Str. 7\, 71665 Vaihingen/Enz
LOCATION:ELTEC Anlagenbau\, Vaihingen/Enz
ORGANIZER;CN=ELTEC Anlagenbau GmbH:mailto:eltec@inbound.recruitee.com
ATTENDEE;CN=Peter Staiger;ROLE=REQ-PARTICIPANT:mailto:p.staiger@eltec-anlagenbau.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "join-zoom-bewerbungsgespraech", "join-intv-1f9a7c3e@join.com",
        1, "Elektro Haug GmbH", "Elektromeister (m/w/d)", "",
        "info@elektro-haug.de", "join-zoom-small-firm",
        r"""BEGIN:VCALENDAR
PRODID:-//JOIN Solutions AG//JOIN//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:join-intv-1f9a7c3e@join.com
DTSTAMP:20250215T090909Z
DTSTART:20250219T170000Z
DTEND:20250219T173000Z
SUMMARY:Bewerbungsgespräch: Elektromeister (m/w/d) bei Elektro Haug GmbH
DESCRIPTION:Hallo Jürgen Albrecht\,\n\nElektro Haug GmbH hat Sie zu einem Bew
 erbungsgespräch eingeladen.\n\nZoom-Meeting beitreten\nhttps://us06web.zoo
 m.us/j/81274409921?pwd=aFhRb2pWd\nMeeting-ID: 812 7440 9921\nKenncode: 448
 120\n\nGesendet über JOIN
LOCATION:Zoom
ORGANIZER;CN=Elektro Haug GmbH via JOIN:mailto:noreply@join.com
ATTENDEE;CN=Elektro Haug GmbH;ROLE=REQ-PARTICIPANT:mailto:info@elektro-haug.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webex-venue-technischer-leiter", "8B3F1C09E4D24A5B9C71@neckarhallen.webex.com",
        1, "Neckarhallen Betriebs GmbH", "Technischer Leiter (m/w/d) Haustechnik", "hiring_manager",
        "s.pohl@neckarhallen.de", "webex-venue-gf-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Cisco Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:8B3F1C09E4D24A5B9C71@neckarhallen.webex.com
DTSTAMP:20250321T150205Z
DTSTART;TZID=Europe/Berlin:20250331T163000
DTEND;TZID=Europe/Berlin:20250331T173000
SUMMARY:Technischer Leiter (m/w/d) Haustechnik - Gespräch mit Hr. Albrecht
DESCRIPTION:Simone Pohl (Geschäftsführerin) lädt Sie zu einem Webex-Meeting
  ein.\n\nMeeting beitreten: https://neckarhallen.webex.com/neckarhallen/j.p
 hp?MTID=m1a7be90\nMeeting-Kennnummer: 2731 449 8801\nPasswort: NH2025tl\n
 \nPer Telefon beitreten\n+49-6925511-4400 Deutschland gebührenpflichtig\nZu
 griffscode: 273 144 98801
LOCATION:https://neckarhallen.webex.com/meet/s.pohl
ORGANIZER;CN=Simone Pohl:mailto:s.pohl@neckarhallen.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-workspace-inhaber", "1c8m5s0t3v9k2p7n4q6b0a8e5r@google.com",
        1, "Haustechnik Brenner GmbH", "", "hiring_manager",
        "markus@haustechnik-brenner.de", "google-workspace-owner-meisterstelle",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250222T090000
DTEND;TZID=Europe/Berlin:20250222T100000
DTSTAMP:20250219T063012Z
ORGANIZER;CN=Markus Brenner:mailto:markus@haustechnik-brenner.de
UID:1c8m5s0t3v9k2p7n4q6b0a8e5r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Markus Brenner;X-NUM-GUESTS=0:mailto:markus@haustechnik-brenner.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=juergen.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrech
 t@t-online.de
DESCRIPTION:Hallo Herr Albrecht\, wie telefonisch besprochen am Samstag bei
  uns im Betrieb. Wir reden über die Meisterstelle (Elektro-Abteilung aufba
 uen\, wir sind bisher nur SHK). Gruß M. Brenner
LOCATION:Haustechnik Brenner\, Gewerbestr. 4\, Filderstadt-Bonlanden
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Treffen Brenner / Albrecht
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "klinik-haustechnik-outlook",
        "040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB01000000000000000010000000CC03",
        1, "St.-Vinzenz-Klinik Esslingen", "Elektromeister (m/w/d) Haustechnik", "hiring_manager",
        "w.heinzelmann@vinzenz-klinik.de", "exchange-clinic-sent-by-secretary",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Heinzelmann, Werner";SENT-BY="mailto:technik-sekretariat@vinz
 enz-klinik.de":mailto:w.heinzelmann@vinzenz-klinik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Besprechungsraum Te
 chnik UG":mailto:raum.technik@vinzenz-klinik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Albrecht\,\n\nHerr Heinzelmann
  (Leiter Technik) freut sich auf das Gespräch zu Ihrer Bewerbung als Elektr
 omeister (m/w/d) Haustechnik.\n\nBitte melden Sie sich an der Pforte\, Sie
  werden abgeholt.\n\ni.A. Renate Fuchs\nSekretariat Technik
UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C5C6DB01000000000000000010000000CC03
SUMMARY;LANGUAGE=de-DE:Bewerbung Hr. Albrecht (Elektromeister HT)
DTSTART;TZID=W. Europe Standard Time:20250402T133000
DTEND;TZID=W. Europe Standard Time:20250402T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T110101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Technik UG
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goto-fachinterview", "goto-mtg-418220917-20250325@lechner-ga.de",
        1, "Lechner Gebäudeautomation GmbH", "Projektleiter Elektro- und Gebäudeautomation", "technical",
        "f.lechner@lechner-ga.de;o.baur@lechner-ga.de", "goto-meeting-fachinterview",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEUROPE@
BEGIN:VEVENT
UID:goto-mtg-418220917-20250325@lechner-ga.de
DTSTAMP:20250320T073500Z
DTSTART;TZID=W. Europe Standard Time:20250325T160000
DTEND;TZID=W. Europe Standard Time:20250325T170000
SUMMARY:Fachinterview Projektleiter Elektro- und Gebäudeautomation / Albrech
 t
DESCRIPTION:Fachinterview mit Florian Lechner (GF) und Oliver Baur (Leiter
  Engineering): KNX\, DALI\, BACnet\, Schnittstellen zur TGA\, Projektbeispiel
  durchgehen.\n\nBitte über GoTo Meeting teilnehmen.\nhttps://meet.goto.com
 /418220917\n\nSie können sich auch über Ihr Telefon einwählen.\nDeutschland
 : +49 721 6059 6510\nZugangscode: 418-220-917
LOCATION:GoTo Meeting
ORGANIZER;CN="Lechner, Florian":mailto:f.lechner@lechner-ga.de
ATTENDEE;CN="Baur, Oliver";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:o.baur@lechner-ga.de
ATTENDEE;CN=juergen.albrecht@t-online.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personaldienstleister-screening",
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000DD04",
        1, "Elektro Lutz GmbH & Co. KG", "Bauleiter Elektrotechnik (m/w/d)", "recruiter_screen",
        "s.ceylan@technopers.de", "staffing-agency-screening-named-client",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Ceylan, Serkan":mailto:s.ceylan@technopers.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nwie besprochen das kurze
  Kennenlern-Telefonat zur Position Bauleiter Elektrotechnik (m/w/d) bei un
 serem Kunden Elektro Lutz GmbH & Co. KG in Göppingen (Festanstellung beim K
 unden). Bitte Lebenslauf aktuell halten.\n\nGruß\nSerkan Ceylan\nTechnoPers
  AG - Niederlassung Stuttgart
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000DD04
SUMMARY;LANGUAGE=de-DE:TechnoPers / Albrecht - Kennenlernen
DTSTART;TZID=W. Europe Standard Time:20250220T121500
DTEND;TZID=W. Europe Standard Time:20250220T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T090300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-rueckruf-inhaber", "3F6A0D2B-8E41-4C97-B5D3-1A9E7C2F4B80",
        1, "Elektro Kübler", "", "hiring_manager",
        "Kübler", "typed-owner-calls-back-about-job",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T123010Z
DTSTAMP:20250303T123022Z
UID:3F6A0D2B-8E41-4C97-B5D3-1A9E7C2F4B80
DTSTART:20250304T121500
DTEND:20250304T124500
SUMMARY:Kübler ruft an wg. Bauleiterstelle
DESCRIPTION:Hr Kübler (Inhaber)\, Tübingen. Hat Bewerbung gelesen\, will i
 n der Mittagspause telefonieren. Handy laut machen!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
