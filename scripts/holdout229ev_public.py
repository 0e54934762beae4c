"""holdout229 events, part 3: public sector, NATO agencies, Deutsche Bahn and the Munich airport.

Raw iCalendar text, written blind. The user is Hptm Daniel Schreiber (daniel.schreiber.ko@gmx.de).
"""

from holdout229ev_common import VTZ_BERLIN, VTZ_LUXEMBOURG, VTZ_WEUROPE

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A0F1E2D3C4B1DB0100000000000000001000000"
        "01B2C3D4E5F60718293A4B5C6D7E8F901",
        "is_interview": 1,
        "company": "BAAINBw",
        "role": "Referentin/Referent Projektmanagement Logistik",
        "stage": "onsite",
        "interviewers": "",
        "trap": "bundesamt-auswahlgespraech-strukturiertes-interview-bw-address",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=daniel.schreiber.ko@gmx.de;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="BAAINBw Raum 3.112 (Auswahl)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:BAAINBwRaum3112@bundeswehr.org
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nbezugnehmend auf Ihre Bewerbun
 g (Kennziffer BAAINBw-2025-114) laden wir Sie zu einem Auswahlgespräch ein.
 \n\nDas Auswahlgespräch wird als strukturiertes Interview vor einer Auswahl
 kommission geführt (ca. 45 Minuten)\; zu Beginn halten Sie einen Kurzvortra
 g (5 Minuten) zum Thema "Risiken in der Beschaffung komplexer Waffensysteme
 ". Hilfsmittel (Beamer\, Flipchart) stehen nicht zur Verfügung.\n\nAn der
  Kommission wirken die Gleichstellungsbeauftragte und der Personalrat mit.
  Schwerbehinderte Bewerber/innen können die SBV hinzuziehen.\n\nBitte brin
 gen Sie Ihren Personalausweis sowie Originale Ihrer Zeugnisse mit. Reiseko
 sten werden nicht erstattet.\n\nIm Auftrag\nM. Hoffmann\nReferat Z 1.4 – Pe
 rsonalgewinnung\nBundesamt für Ausrüstung\, Informationstechnik und Nutzung
  der Bundeswehr
DTEND;TZID="W. Europe Standard Time":20250709T103000
DTSTAMP:20250618T071109Z
DTSTART;TZID="W. Europe Standard Time":20250709T093000
LOCATION:BAAINBw\, Ferdinand-Sauerbruch-Straße 1\, 56073 Koblenz\, Gebäude 3
 \, Raum 112 – bitte 20 Min. vorher an der Wache melden
ORGANIZER;CN="BAAINBw Z 1.4 Personalgewinnung":mailto:BAAINBwZ14Personalgewinnung@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch BAAINBw-2025-114 – Schreiber\, Daniel
UID:040000008200E00074C5B7101A82E00800000000A0F1E2D3C4B1DB0100000000000000001000000
 01B2C3D4E5F60718293A4B5C6D7E8F901
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interamt",
        "uid": "interamt-termin-662190-3@interamt.de",
        "is_interview": 1,
        "company": "BALM",
        "role": "Sachgebietsleitung Logistik und Liegenschaften (m/w/d)",
        "stage": "",
        "interviewers": "katja.lindemann@balm.bund.de",
        "trap": "interamt-vorstellungsgespraech-webex-federal-office",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interamt//Terminverwaltung 4.2//DE
METHOD:PUBLISH
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:interamt-termin-662190-3@interamt.de
DTSTAMP:20250604T101010Z
DTSTART;TZID=Europe/Berlin:20250617T140000
DTEND;TZID=Europe/Berlin:20250617T150000
SUMMARY:Vorstellungsgespräch Stellenangebot 1172903 – Bundesamt für Logistik
  und Mobilität
ORGANIZER;CN=Bundesamt für Logistik und Mobilität:mailto:noreply@interamt.de
ATTENDEE;CN=Katja Lindemann;ROLE=CHAIR:mailto:katja.lindemann@balm.bund.de
LOCATION:Videokonferenz (Webex) – Link wird per E-Mail übersandt
DESCRIPTION:Stellenangebot: Sachgebietsleitung Logistik und Liegenschaften
  (m/w/d)\, Entgeltgruppe 12 TVöD Bund\, Dienstort Köln\nGesprächsform: stru
 kturiertes Auswahlgespräch\, Dauer ca. 60 Minuten\nVorsitz: Frau Lindemann
 \, Referatsleitung Z 3\n\nBitte bestätigen Sie Ihre Teilnahme in Ihrem Int
 eramt-Postfach.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000077AB12CD34B4DB01000000000000000010000000"
        "E0D1C2B3A4958677685A4B3C2D1E0F11",
        "is_interview": 1,
        "company": "THW",
        "role": "Referentin/Referent Einsatzlogistik",
        "stage": "",
        "interviewers": "michael.grote@thw.de;sandra.pohl@thw.de",
        "trap": "auswahlgespraech-federal-agency-outlook",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel (extern)";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Grote, Michael";RSVP=TRUE:mailto:michael.grote@thw.de
ATTENDEE;CN="Pohl, Sandra";RSVP=TRUE:mailto:sandra.pohl@thw.de
ATTENDEE;CN="Personalrat THW-Leitung";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:personalrat.leitung@thw.de
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nanbei die Terminbestätigung f
 ür Ihr Auswahlgespräch (Referent/in Einsatzlogistik\, Referat E 2). Die Aus
 wahlkommission: Herr Grote (Referatsleiter E 2)\, Frau Pohl (Referat Z 2 P
 ersonal) sowie ein Mitglied des Personalrats.\n\nBitte melden Sie sich am E
 mpfang Provinzialstraße 93.\n\nMit freundlichen Grüßen\nim Auftrag\nSandra
  Pohl
DTEND;TZID="W. Europe Standard Time":20250722T113000
DTSTAMP:20250708T120000Z
DTSTART;TZID="W. Europe Standard Time":20250722T103000
LOCATION:THW-Leitung\, Provinzialstraße 93\, 53127 Bonn\, Raum 2.04
ORGANIZER;CN="Pohl, Sandra":mailto:sandra.pohl@thw.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch E 2 – Hr. Schreiber
UID:040000008200E00074C5B7101A82E0080000000077AB12CD34B4DB01000000000000000010000000
 E0D1C2B3A4958677685A4B3C2D1E0F11
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "android-entry",
        "uid": "1p7hd0c3k2ml9gq8vb6e5a4nr2@google.com",
        "is_interview": 1,
        "company": "LBM Rheinland-Pfalz",
        "role": "",
        "stage": "",
        "interviewers": "Fr. Kramer",
        "trap": "self-typed-abbreviated-vorst-gespr-floating",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:daniel.schreiber.ko@gmx.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250804T120000Z
DTEND:20250804T130000Z
DTSTAMP:20250725T064511Z
UID:1p7hd0c3k2ml9gq8vb6e5a4nr2@google.com
CREATED:20250725T064415Z
DESCRIPTION:Fr. Kramer\, Abt.leitung Betrieb\nSachgebietsl. Straßenmeisterei
 en – Winterdienst/Fuhrpark!\nE11 / ggf. Verbeamtung??
LAST-MODIFIED:20250725T064415Z
LOCATION:LBM Koblenz\, Friedrich-Ebert-Ring 14-20\, Zi 305
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorst.gespr. LBM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B2DB010000000000000000100000"
        "0031415926535897932384626433832795",
        "is_interview": 1,
        "company": "NSPA",
        "role": "Logistics Officer (A-3)",
        "stage": "technical",
        "interviewers": "",
        "trap": "nato-agency-written-test-luxembourg-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_LUXEMBOURG + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Dear Mr Schreiber\,\n\nWith reference to vacancy notice VN 25/03
 4 – Logistics Officer (A-3)\, Land Capabilities Programme\, you are invited
  to sit a written test at NSPA Capellen. The test lasts 2 hours and consist
 s of a logistics planning exercise and a short essay in English. Candidates
  who pass the test will be invited to appear before the interview board.\n\n
 Please bring a valid passport or national ID card. Travel costs are not rei
 mbursed for this stage.\n\nNSPA Recruitment Section\n11\, rue de la Gare\,
  L-8325 Capellen
DTEND;TZID=Europe/Luxembourg:20250624T113000
DTSTAMP:20250606T141501Z
DTSTART;TZID=Europe/Luxembourg:20250624T093000
LOCATION:NSPA Capellen\, Building 2\, Room T-14
ORGANIZER;CN="NSPA Recruitment":mailto:recruitment@nspa.nato.int
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:VN 25/034 Logistics Officer (A-3) - Written Test
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B2DB010000000000000000100000
 0031415926535897932384626433832795
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D5E6F7A8B9B8DB010000000000000000100000"
        "0027182818284590452353602874713526",
        "is_interview": 1,
        "company": "NSPA",
        "role": "Logistics Officer (A-3)",
        "stage": "final",
        "interviewers": "",
        "trap": "nato-interview-board-bilingual",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_LUXEMBOURG + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Dear Mr Schreiber\, / Monsieur\,\n\nWe are pleased to inform you
  that you have passed the written test for VN 25/034. You are invited to a
 ppear before the Interview Board.\nNous avons le plaisir de vous informer q
 ue vous êtes convoqué devant le comité de sélection.\n\nThe Board consists
  of the hiring manager\, a technical expert\, a representative of the Human
  Resources Division and an observer of the NSPA Staff Association. The inter
 view will be conducted in English\; your knowledge of French may be tested.
 \n\nNSPA Recruitment Section
DTEND;TZID=Europe/Luxembourg:20250716T150000
DTSTAMP:20250704T090044Z
DTSTART;TZID=Europe/Luxembourg:20250716T140000
LOCATION:NSPA Capellen\, Building 1\, Board Room B
ORGANIZER;CN="NSPA Recruitment":mailto:recruitment@nspa.nato.int
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:VN 25/034 - Interview Board / Comité de sélection
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B9B8DB010000000000000000100000
 0027182818284590452353602874713526
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000E6F7A8B9C0B5DB010000000000000000100000"
        "0016180339887498948482045868343656",
        "is_interview": 1,
        "company": "OCCAR",
        "role": "Programme Logistics Officer (A3)",
        "stage": "",
        "interviewers": "h.vandenberg@occar.int",
        "trap": "intergovernmental-interview-bonn-english",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="van den Berg, Hendrik";RSVP=TRUE:mailto:h.vandenberg@occar.int
ATTENDEE;CN="OCCAR-EA Meeting Room Rhein";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:room.rhein@occar.int
DESCRIPTION:Dear Mr Schreiber\,\n\nThank you for your application for the p
 ost of Programme Logistics Officer (A3)\, Boxer Programme Division. We woul
 d like to invite you for an interview at OCCAR-EA in Bonn. The interview wi
 ll be led by Mr Hendrik van den Berg (Programme Manager) and last approx. 6
 0 minutes\, followed by a short written exercise.\n\nKind regards\,\nOCCAR
  Human Resources
DTEND;TZID="W. Europe Standard Time":20250619T120000
DTSTAMP:20250602T143812Z
DTSTART;TZID="W. Europe Standard Time":20250619T103000
LOCATION:OCCAR-EA\, Godesberger Allee 140\, 53175 Bonn
ORGANIZER;CN="OCCAR HR":mailto:hr@occar.int
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Interview Programme Logistics Officer (A3) – Mr D. Schreiber
UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9C0B5DB010000000000000000100000
 0016180339887498948482045868343656
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "db-karriere",
        "uid": "db-onlinetest-2025-0519-884120@karriere.deutschebahn.com",
        "is_interview": 1,
        "company": "DB Cargo",
        "role": "Operations Manager Produktion (w/m/d)",
        "stage": "technical",
        "interviewers": "",
        "trap": "all-day-online-einstellungstest",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Deutsche Bahn AG//DB Karriere Bewerbermanagement//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:db-onlinetest-2025-0519-884120@karriere.deutschebahn.com
DTSTAMP:20250519T061200Z
DTSTART;VALUE=DATE:20250521
DTEND;VALUE=DATE:20250528
SUMMARY:DB Online-Einstellungstest – Operations Manager Produktion (w/m/d)
ORGANIZER;CN=DB Recruiting:mailto:noreply@karriere.deutschebahn.com
DESCRIPTION:Hallo Daniel\,\n\ndu bist eine Runde weiter! Als nächsten Schri
 tt bitten wir dich\, unseren Online-Einstellungstest zu absolvieren (Zahlen
 reihen\, Logik\, Situational Judgement – ca. 75 Minuten). Der Link ist bis
  einschließlich 27.05.2025 gültig:\nhttps://db.assessment-online.de/t/9CBE-
 41F2\n\nTipp: Plane dir eine ruhige Stunde ein und sorge für eine stabile I
 nternetverbindung.\n\nDein DB Recruiting Team
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F7A8B9C0D1BADB010000000000000000100000"
        "00141421356237309504880168872420",
        "is_interview": 1,
        "company": "DB Cargo",
        "role": "Operations Manager Produktion (w/m/d)",
        "stage": "hiring_manager",
        "interviewers": "nina.schaefer@deutschebahn.com;frank.ott@deutschebahn.com",
        "trap": "outlook-interview-after-einstellungstest",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Ott, Frank (DB Cargo\, I.CPM 2)";RSVP=TRUE:mailto:frank.ott@deutschebahn.com
DESCRIPTION:Hallo Daniel\,\n\nherzlichen Glückwunsch zum bestandenen Online
 -Test! Wie telefonisch besprochen hier die Einladung zum Vorstellungsgesprä
 ch mit Frank Ott (Leiter Produktion Region Mitte) und mir.\n\nWir treffen u
 ns im DB Cargo Tower\, Rheinstraße 2\, Mainz – bitte am Empfang nach mir fr
 agen.\n\nViele Grüße\nNina Schäfer\nRecruiterin DB Cargo\n
DTEND;TZID="W. Europe Standard Time":20250611T153000
DTSTAMP:20250602T111523Z
DTSTART;TZID="W. Europe Standard Time":20250611T140000
LOCATION:DB Cargo\, Rheinstraße 2\, Mainz
ORGANIZER;CN="Schäfer, Nina (DB Cargo\, HR Recruiting)":mailto:nina.schaefer@deutschebahn.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Operations Manager Produktion
  – D. Schreiber
UID:040000008200E00074C5B7101A82E00800000000F7A8B9C0D1BADB010000000000000000100000
 00141421356237309504880168872420
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden",
        "uid": "softgarden-interview-38817260@munich-airport.softgarden.io",
        "is_interview": 1,
        "company": "Flughafen München",
        "role": "Leitung Vorfeldlogistik (m/w/d)",
        "stage": "",
        "interviewers": "christina.huber@munich-airport.de",
        "trap": "softgarden-einladung-auswahlgespraech",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:softgarden-interview-38817260@munich-airport.softgarden.io
DTSTAMP:20250811T082233Z
DTSTART;TZID=Europe/Berlin:20250819T130000
DTEND;TZID=Europe/Berlin:20250819T143000
SUMMARY:Einladung zum Auswahlgespräch: Leitung Vorfeldlogistik (m/w/d)
ORGANIZER;CN=Flughafen München GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Christina Huber;RSVP=FALSE:mailto:christina.huber@munich-airport.de
LOCATION:Flughafen München\, Verwaltungsgebäude Nordallee 25\, 85356 Münche
 n-Flughafen
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nwir freuen uns\, Sie zu einem
  persönlichen Auswahlgespräch einzuladen. Ihre Ansprechpartnerin vor Ort is
 t Christina Huber (Bereichsleitung Aviation Services). Für Ihre Anreise erh
 alten Sie einen Parkschein für P20.\n\nBitte denken Sie an Ihren Ausweis –
  für den Zugang zum Sicherheitsbereich ist eine Zuverlässigkeitsüberprüfung
  erforderlich\, die wir nach dem Gespräch einleiten.\n\nIhr Recruiting-Team
  der Flughafen München GmbH
END:VEVENT
END:VCALENDAR
""",
    },
]
