"""holdout189: Bernd's own interviews, part 1 (Nordlog, Hansa Kühllogistik, Trave Spedition, Weserland, Elbbus)."""

from holdout189ev_tz import BERLIN_GOOGLE, BERLIN_OX, W_EUROPE

EVENTS = [
    # Nordlog: the Niederlassungsleiter calls first, Bernd types it into the t-online calendar
    dict(kind="ox-typed", uid="b7c1d2e0-5a41-4c1e-9d1e-aa0913f4c001", lab=(
        1, "Nordlog Logistik GmbH", "Disponent FV", "recruiter_screen", "Hr. Jansen",
        "typed-tel-wg-stelle-abbrev-floating"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:b7c1d2e0-5a41-4c1e-9d1e-aa0913f4c001
DTSTAMP:20250303T191204Z
CREATED:20250303T191204Z
LAST-MODIFIED:20250303T191204Z
SUMMARY:Tel. Hr. Jansen wg Stelle
DTSTART:20250305T163000
DTEND:20250305T170000
DESCRIPTION:Nordlog\, Disponent FV (Stepstone)\nruft auf Handy an\, NICHT a
 uf Arbeit!!\nGehaltsvorst. 4200 / KM-Pauschale fragen\, Schichtzeiten?
CLASS:PRIVATE
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="b7c1d2e0-5a41-4c1e-9d1e-aa0913f4c002", lab=(
        1, "Nordlog Logistik GmbH", "Disponent Fernverkehr", "hiring_manager", "Hr. Jansen;Fr. Ohde",
        "typed-vg-fa-abbrev-tzid"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:b7c1d2e0-5a41-4c1e-9d1e-aa0913f4c002
DTSTAMP:20250305T171922Z
CREATED:20250305T171922Z
SUMMARY:VG Fa. Nordlog 10h
DTSTART;TZID=Europe/Berlin:20250312T100000
DTEND;TZID=Europe/Berlin:20250312T113000
LOCATION:Andreas-Meyer-Str. 12\, 22113 HH-Billbrook
DESCRIPTION:Hr. Jansen (NL-Leiter) + Fr. Ohde Personal\nStelle: Disponent
 Fernverkehr\nZeugnisse + Fahrerkarte? mitnehmen\nParken hinterm Tor 2\nUr
 laub genommen (Gleitzeit)
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid=(
        "040000008200E00074C5B7101A82E0080000000070D3E1B4A38FDB010000"
        "00000000000010000000C1A2B3C4D5E6F708192A3B4C5D6E7F80"),
         lab=(1, "Nordlog Logistik GmbH", "Disponent Fernverkehr", "final",
              "k.brueggemann@nordlog-logistik.de;t.jansen@nordlog-logistik.de",
              "outlook-zweitgespraech-gf-sent-by-assistant-room"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brüggemann, Klaus";SENT-BY="mailto:s.wulf@nordlog-logistik.d
 e":mailto:k.brueggemann@nordlog-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bernd.kow
 alski@t-online.de:mailto:bernd.kowalski@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jansen,
 Torsten":mailto:t.jansen@nordlog-logistik.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="HH-BB Besprech
 ung GF (10 P.)":mailto:hh-bb-besprechung-gf@nordlog-logistik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalski\,\n\nwie telefonisc
 h besprochen lade ich Sie im Auftrag von Herrn Brüggemann zu einem zweiten
  Gespräch ein. Herr Jansen wird ebenfalls teilnehmen.\n\nBitte melden Sie
 sich am Empfang (Halle A).\n\nMit freundlichen Grüßen\nSabine Wulf\nAssist
 enz der Geschäftsführung\nNordlog Logistik GmbH\n\n
UID:040000008200E00074C5B7101A82E0080000000070D3E1B4A38FDB01000000000000000
 010000000C1A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Hr. Kowalski – Disponent Fernverkehr
DTSTART;TZID=W. Europe Standard Time:20250326T150000
DTEND;TZID=W. Europe Standard Time:20250326T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T084410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HH-BB Besprechung GF (10 P.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    # Hansa Kühllogistik via Personio
    dict(kind="personio", uid="personio-interview-7a1f3e2c-91b4-4d0a-8c55-2f6e0b9d1a01", lab=(
        1, "Hansa Kühllogistik GmbH", "Fuhrparkleiter (m/w/d)", "recruiter_screen", "j.rieck@hansa-kuehllogistik.de",
        "personio-kennenlerngespraech-telefon"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:personio-interview-7a1f3e2c-91b4-4d0a-8c55-2f6e0b9d1a01
DTSTAMP:20250306T101455Z
DTSTART;TZID=Europe/Berlin:20250310T140000
DTEND;TZID=Europe/Berlin:20250310T143000
SUMMARY:Kennenlerngespräch | Fuhrparkleiter (m/w/d) | Hansa Kühllogistik
LOCATION:Telefon - wir rufen Sie an
DESCRIPTION:Hallo Herr Kowalski\,\n\nvielen Dank für Ihre Bewerbung als Fu
 hrparkleiter (m/w/d) bei der Hansa Kühllogistik GmbH. Gerne möchten wir Si
 e in einem ersten telefonischen Kennenlerngespräch (ca. 30 Minuten) näher
 kennenlernen.\n\nIch rufe Sie unter der angegebenen Mobilnummer an.\n\nVie
 le Grüße\nJanina Rieck\nHR Business Partner\n\nDiese Einladung wurde über
  Personio versendet.
ORGANIZER;CN=Janina Rieck:mailto:j.rieck@hansa-kuehllogistik.de
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Janina Rieck;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.r
 ieck@hansa-kuehllogistik.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="personio", uid="personio-interview-c40d9b77-1e2a-4f63-b0d8-5e1c7a3f2b02", lab=(
        1, "Hansa Kühllogistik GmbH", "Fuhrparkleiter (m/w/d)", "onsite",
        "d.hollmann@hansa-kuehllogistik.de", "personio-probearbeitstag-dispo-original"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:personio-interview-c40d9b77-1e2a-4f63-b0d8-5e1c7a3f2b02
DTSTAMP:20250317T082210Z
DTSTART;TZID=Europe/Berlin:20250327T070000
DTEND;TZID=Europe/Berlin:20250327T150000
SUMMARY:Probearbeitstag | Fuhrparkleiter (m/w/d) | Bernd Kowalski
LOCATION:Hansa Kühllogistik GmbH\, Dispo/Fuhrpark\, Hemelinger Hafendamm 7\
 , 28309 Bremen
DESCRIPTION:Hallo Herr Kowalski\,\n\nwie besprochen laden wir Sie zu einem
  Probearbeitstag in unserer Disposition und im Fuhrpark ein. Herr Dirk Hol
 lmann (Leitung Logistik) wird Sie den Tag über begleiten.\n\nBitte denken
  Sie an Sicherheitsschuhe. Kühlhallen sind ca. 2 °C - warme Jacke mitbrin
 gen.\n\nFrühstück und Mittag gehen auf uns.\n\nViele Grüße\nJanina Rieck
ORGANIZER;CN=Janina Rieck:mailto:j.rieck@hansa-kuehllogistik.de
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Dirk Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:d.
 hollmann@hansa-kuehllogistik.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="personio", uid="personio-interview-c40d9b77-1e2a-4f63-b0d8-5e1c7a3f2b02", lab=(
        1, "Hansa Kühllogistik GmbH", "Fuhrparkleiter (m/w/d)", "onsite",
        "d.hollmann@hansa-kuehllogistik.de", "personio-probearbeitstag-rescheduled-sequence"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:personio-interview-c40d9b77-1e2a-4f63-b0d8-5e1c7a3f2b02
DTSTAMP:20250324T134501Z
DTSTART;TZID=Europe/Berlin:20250403T063000
DTEND;TZID=Europe/Berlin:20250403T143000
SUMMARY:Probearbeitstag | Fuhrparkleiter (m/w/d) | Bernd Kowalski (neuer
  Termin)
LOCATION:Hansa Kühllogistik GmbH\, Dispo/Fuhrpark\, Hemelinger Hafendamm 7\
 , 28309 Bremen
DESCRIPTION:Hallo Herr Kowalski\,\n\nleider muss Herr Hollmann den 27.03. k
 urzfristig absagen (Audit). Wir haben den Probearbeitstag daher auf Donner
 stag\, 03.04.\, verschoben - Beginn schon 6:30 Uhr\, da ist in der Dispo a
 m meisten los.\n\nViele Grüße\nJanina Rieck
ORGANIZER;CN=Janina Rieck:mailto:j.rieck@hansa-kuehllogistik.de
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Dirk Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:d.
 hollmann@hansa-kuehllogistik.de
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    # Trave Spedition: the Personaldienstleister's consultant calls first, client named in the body only
    dict(kind="outlook-invite", uid=(
        "040000008200E00074C5B7101A82E00800000000A0F1C2D3E48FDB010000"
        "0000000000001000000017E0A4B9C8D7F6E5A4B3C2D1E0F9A8B7"),
         lab=(1, "Trave Spedition GmbH & Co. KG", "Niederlassungsleiter (m/w/d)", "recruiter_screen",
              "s.meinert@hanse-personal.de", "personaldienstleister-call-client-in-body"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250227T152233Z
DESCRIPTION:Hallo Herr Kowalski\,\n\nvielen Dank für das nette erste Telef
 onat heute. Wie vereinbart melde ich mich am Montag noch einmal ausführlich
  zu der Position als Niederlassungsleiter (m/w/d) bei unserem Kunden\, der
  Trave Spedition GmbH & Co. KG in Lübeck-Siems (ca. 60 LKW\, Ostseeverkehr
 e Skandinavien/Baltikum). Bitte halten Sie Ihren aktuellen Lebenslauf berei
 t.\n\nBeste Grüße\nSven Meinert\nSenior Personalberater Logistik\nHanse Pe
 rsonal Partner GmbH\nTel. 040 822 190-34\n
DTEND;TZID=W. Europe Standard Time:20250303T091500
DTSTAMP:20250227T152233Z
DTSTART;TZID=W. Europe Standard Time:20250303T084500
LAST-MODIFIED:20250227T152233Z
LOCATION:Telefon (Hr. Meinert ruft an)
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefonat Hr. Kowalski / Hr. Meinert – Position NL-Le
 itung
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0F1C2D3E48FDB010000000000000000
 1000000017E0A4B9C8D7F6E5A4B3C2D1E0F9A8B7
ORGANIZER;CN="Meinert, Sven":mailto:s.meinert@hanse-personal.de
ATTENDEE;CN=bernd.kowalski@t-online.de;RSVP=TRUE:mailto:bernd.kowalski@t-o
 nline.de
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="google-invite", uid="5q8t1n0j3k7m2v9c4x6b1z0a2s@google.com", lab=(
        1, "Trave Spedition GmbH & Co. KG", "Niederlassungsleiter (m/w/d)", "hiring_manager",
        "m.dohrn@trave-spedition.de;c.kramer@trave-spedition.de", "google-vorstellungsgespraech-after-agency"),
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250314T110000
DTEND;TZID=Europe/Berlin:20250314T123000
DTSTAMP:20250307T095512Z
ORGANIZER;CN=Christina Kramer:mailto:c.kramer@trave-spedition.de
UID:5q8t1n0j3k7m2v9c4x6b1z0a2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Christina Kramer;X-NUM-GUESTS=0:mailto:c.kramer@trave-spedition.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Matthias Dohrn;X-NUM-GUESTS=0:mailto:m.dohrn@trave-spedition.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=bernd.kowalski@t-online.de;X-NUM-GUESTS=0:mailto:bernd.kowalski@t-
 online.de
X-MICROSOFT-CDO-OWNERAPPTID:-1984523310
CREATED:20250307T095510Z
DESCRIPTION:Sehr geehrter Herr Kowalski\,<br><br>auf Empfehlung von Herrn
  Meinert (Hanse Personal Partner) laden wir Sie herzlich zu einem Vorstell
 ungsgespräch für die Position <b>Niederlassungsleiter (m/w/d)</b> ein. Am
  Gespräch nehmen Herr Dohrn (Prokurist) und ich teil.<br><br>Adresse: Sie
 mser Landstr. 104\, 23569 Lübeck. Bitte am Tor klingeln.<br><br>Mit freund
 lichen Grüßen<br>Christina Kramer<br>Personal<br><br>-::~:~::~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Laden Sie
  Google Kalender unter https://calendar.google.com/ herunter
LAST-MODIFIED:20250307T095510Z
LOCATION:Trave Spedition\, Siemser Landstr. 104\, 23569 Lübeck
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Herr Kowalski
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250322-8841@t-online.de", lab=(
        1, "Trave Spedition GmbH & Co. KG", "", "final", "Hr. Lütjens", "typed-3-runde-gf-exclamation"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:ox-20250322-8841@t-online.de
DTSTAMP:20250322T101530Z
SUMMARY:Trave 3. Runde GF Hr. Lütjens!!!
DTSTART;TZID=Europe/Berlin:20250401T140000
DTEND;TZID=Europe/Berlin:20250401T153000
LOCATION:Lübeck Siems
DESCRIPTION:Meinert sagt: GF will mich kennenlernen\, dann Angebot.\nan Ge
 haltsrahmen denken 68-72\nDienstwagen?? Zahlen Trailerauslastung vorher an
 gucken\nA1 um 12:30 los
END:VEVENT
END:VCALENDAR
"""),
    # Weserland: online test (all-day deadline typed) and SuccessFactors Teams interview
    dict(kind="ox-allday", uid="ox-20250309-5120@t-online.de", lab=(
        1, "Weserland Logistik AG", "", "technical", "", "typed-allday-online-test-deadline"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250309-5120@t-online.de
DTSTAMP:20250309T200144Z
SUMMARY:Online-Test Weserland bis Fr 23:59 (Link in Mail!)
DTSTART;VALUE=DATE:20250314
DTEND;VALUE=DATE:20250315
DESCRIPTION:Logik + Zahlen + Situationsfragen Disposition\, ca 45 min\, in
  Ruhe am Sonntag machen\, Taschenrechner erlaubt
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="successfactors", uid="SFRCM-INT-48213-0027731@weserland.successfactors.eu", lab=(
        1, "Weserland Logistik AG", "Teamleiter Disposition (m/w/d)", "hiring_manager",
        "hauke.ehlers@weserland-logistik.de;anja.voelker@weserland-logistik.de",
        "successfactors-noreply-organizer-teams"), ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFRCM-INT-48213-0027731@weserland.successfactors.eu
DTSTAMP:20250318T121102Z
DTSTART:20250325T080000Z
DTEND:20250325T090000Z
SUMMARY:Interview: Teamleiter Disposition (m/w/d) - Job-ID 48213
ORGANIZER;CN=Weserland Logistik Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bernd.kowa
 lski@t-online.de
ATTENDEE;CN=Hauke Ehlers;ROLE=REQ-PARTICIPANT:mailto:hauke.ehlers@weserland
 -logistik.de
ATTENDEE;CN=Anja Völker;ROLE=REQ-PARTICIPANT:mailto:anja.voelker@weserland-
 logistik.de
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Kowalski\,\n\nvielen Dank für die Bearbeitu
 ng unseres Online-Assessments. Wir freuen uns\, Sie zu einem Interview für
  die Position Teamleiter Disposition (m/w/d) am Standort Bremen-GVZ einzul
 aden.\n\nIhre Gesprächspartner: Hauke Ehlers (Abteilungsleiter Transport)\
 , Anja Völker (HR)\n\n________________________________________________\nMi
 crosoft Teams Besprechung\nJetzt an der Besprechung teilnehmen: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4Zjk3%40thread.v2/0\nBespre
 chungs-ID: 341 889 220 551\nPasscode: Zq7hT9\nNur Audio: +49 69 365 051 234
 \,\,771032845# Deutschland\, Frankfurt\n______________________________\n\n
 Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    # Elbbus: Workday video interview, then Auswahlgespräch with Betriebsrat
    dict(kind="workday", uid="WD-INTERVIEW-EVT-3f1a6c2e8b7d4e09a1c5@myworkday.com", lab=(
        1, "Elbbus Verkehrsbetriebe GmbH", "Disponent*in Fahrdienst", "hiring_manager", "f.oertel@elbbus.de",
        "workday-teams-betriebshofleiter"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-3f1a6c2e8b7d4e09a1c5@myworkday.com
DTSTAMP:20250312T144008Z
DTSTART:20250319T123000Z
DTEND:20250319T131500Z
SUMMARY:Interview: Disponent*in Fahrdienst (R-10234) - Bernd Kowalski
ORGANIZER;CN=Elbbus Talent Acquisition:mailto:elbbus@myworkday.com
ATTENDEE;CN=Bernd Kowalski;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bernd.ko
 walski@t-online.de
ATTENDEE;CN=Frank Oertel;PARTSTAT=ACCEPTED:mailto:f.oertel@elbbus.de
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Interviewtyp: Video-Interview\nPosition: Disponent*in Fahrdien
 st (R-10234)\, Betriebshof Bergedorf\nInterviewer: Frank Oertel\, Leitung
  Betriebshof\nKoordination: Melanie Schacht\, Talent Acquisition\n\nTeams-
 Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWxiYnVz%40th
 read.v2/0?context=%7b%22Tid%22%3a%22elbbus%22%7d\n\nDies ist eine automatis
 ch erzeugte Nachricht aus Workday.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid=(
        "040000008200E00074C5B7101A82E00800000000E2B47A9F1A99DB010000"
        "000000000000100000003B8E6F0A2D4C1B7E9F0A3C5D7E9B1D3F"),
         lab=(1, "Elbbus Verkehrsbetriebe GmbH", "Disponent*in Fahrdienst", "final",
              "f.oertel@elbbus.de;b.siemsen@elbbus.de;r.kaya@elbbus.de",
              "outlook-auswahlgespraech-betriebsrat-panel"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Schacht, Melanie":mailto:m.schacht@elbbus.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bernd Kow
 alski:mailto:bernd.kowalski@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oertel,
 Frank":mailto:f.oertel@elbbus.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Siemsen,
 Birte (Betriebsrat)":mailto:b.siemsen@elbbus.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kaya, Ro
 nja (Personal)":mailto:r.kaya@elbbus.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BH Bergedorf R
 aum 2.11":mailto:bh-bergedorf-2.11@elbbus.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Kowalski\,\n\nim Anschluss an das
  Video-Interview laden wir Sie zum Auswahlgespräch vor Ort ein. Teilnehmen
  werden Herr Oertel (Leitung Betriebshof)\, Frau Siemsen (Betriebsrat) und
  Frau Kaya (Personal). Bitte bringen Sie Ihren Führerschein und Ihre Zeugn
 isse im Original mit.\n\nFreundliche Grüße\nMelanie Schacht\n
UID:040000008200E00074C5B7101A82E00800000000E2B47A9F1A99DB01000000000000000
 0100000003B8E6F0A2D4C1B7E9F0A3C5D7E9B1D3F
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Disponent*in Fahrdienst – Kowalski
DTSTART;TZID=W. Europe Standard Time:20250408T093000
DTEND;TZID=W. Europe Standard Time:20250408T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T110345Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BH Bergedorf Raum 2.11
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
]
