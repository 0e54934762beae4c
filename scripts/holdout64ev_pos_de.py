"""holdout64: the user's own interviews, German (Austria), first half."""

from __future__ import annotations

from holdout64ev_boiler import meet, teams_de
from holdout64ev_ics import (
    PRODID_APPLE,
    PRODID_OUTLOOK,
    PRODID_TB,
    TZ_BERLIN,
    TZ_VIENNA,
    TZ_WIN,
    TZ_WIN_DE,
    WIN_DE_NAME,
    Ev,
    cal,
)

WD = f'"{WIN_DE_NAME}"'

EVENTS: list[Ev] = []

# Personio invite from the employer's talent acquisition, Teams, first conversation.
EVENTS.append(Ev(
    "personio-erstgespraech-de",
    "personio-interview-7f3a91c2-5d0e-4b8e-9a61-2c4b7d0e11f3",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250916T100000
DTEND;TZID=Europe/Vienna:20250916T104500
DTSTAMP:20250910T081522Z
ORGANIZER;CN=Julia Hasenöhrl:mailto:julia.hasenoehrl@donauwerk.at
UID:personio-interview-7f3a91c2-5d0e-4b8e-9a61-2c4b7d0e11f3
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:
 mailto:dragana.petrovic@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julia Hasenöhrl:mailto:julia.hasen
 oehrl@donauwerk.at
SUMMARY:Erstgespräch | Leitung Personal (m/w/d) | Dragana Petrović
DESCRIPTION:Liebe Frau Petrović\,\n\nvielen Dank für Ihre Bewerbung als Leitung Personal (m/w/d) bei der
  Donauwerk Logistik GmbH. Wie telefonisch besprochen\, lade ich Sie herzlich zu einem ersten Kennenlern
 gespräch per Microsoft Teams ein.\n\nIhre Gesprächspartnerin: Julia Hasenöhrl\, Talent Acquisition\n\n
 Bei Fragen erreichen Sie mich unter +43 732 908112-40.\n\nBeste Grüße\nJulia Hasenöhrl\n\n
 {teams_de("331 852 604 117", "NjQ2ZTRlYjUtOTg", "428 117 935")}\n\nDieser Termin wurde über Personio versendet.
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Donauwerk Logistik", "Leitung Personal", "recruiter_screen", "julia.hasenoehrl@donauwerk.at",
    "personio-de",
))

# Outlook (German Windows zone name), sent by the assistant on behalf of the managing director.
EVENTS.append(Ev(
    "outlook-zweitgespraech-gf-de",
    "040000008200E00074C5B7101A82E00800000000B0F4C19D6B32DC01000000000000000010000000A4E7C6C8F1D0A44F9B3E2"
    "D7C5A6B8E1F",
    cal(TZ_WIN_DE + "\n" + rf"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251001T071204Z
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nim Namen von Herrn Mag. Reischl darf ich Sie zum Zweitgespräch
  für die Position Leitung Personal in unsere Zentrale in Linz einladen. Ihre Gesprächspartner: Mag. Wolfgan
 g Reischl (Geschäftsführer) und Julia Hasenöhrl (Talent Acquisition).\n\nAdresse: Hafenstraße 47\, 4020
  Linz\, Bürogebäude B\, 3. Stock. Besucherparkplätze finden Sie direkt vor dem Eingang.\n\nMit freundliche
 n Grüßen\nSandra Mühlberger\nAssistenz der Geschäftsführung\nDonauwerk Logistik GmbH\n
DTEND;TZID={WD}:20251008T150000
DTSTAMP:20251001T071204Z
DTSTART;TZID={WD}:20251008T133000
LAST-MODIFIED:20251001T071204Z
LOCATION:Donauwerk Zentrale\, Hafenstraße 47\, 4020 Linz – Besprechungsraum Donau
ORGANIZER;CN="Reischl, Wolfgang";SENT-BY="mailto:sandra.muehlberger@donauwerk.at":mailto:wolfgang.reisch
 l@donauwerk.at
ATTENDEE;CN=dragana.petrovic@gmx.at;RSVP=TRUE:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN="Hasenöhrl, Julia";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julia.hasenoehrl@donauwerk.at
ATTENDEE;CUTYPE=ROOM;CN="BR Linz Donau (8 Pers.)";ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:br-linz-donau@donau
 werk.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-AT:Zweitgespräch Leitung Personal – Fr. Petrović
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0F4C19D6B32DC01000000000000000010000000A4E7C6C8F1D0A44F9B3E2
 D7C5A6B8E1F
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Petrović\,</p><p>im Namen von Herrn Mag. R
 eischl darf ich Sie zum Zweitgespräch für die Position <b>Leitung Personal</b> in unsere Zentrale in Linz
  einladen. Ihre Gesprächspartner: Mag. Wolfgang Reischl (Geschäftsführer) und Julia Hasenöhrl (Talent Acq
 uisition).</p><p>Mit freundlichen Grüßen<br>Sandra Mühlberger</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Donauwerk Logistik", "Leitung Personal", "hiring_manager",
    "wolfgang.reischl@donauwerk.at;julia.hasenoehrl@donauwerk.at", "outlook-sent-by-windows-zone-de",
))

# Outlook with the plain Windows zone name; a panel of two, no stage named.
EVENTS.append(Ev(
    "outlook-vorstellungsgespraech-de",
    "040000008200E00074C5B7101A82E00800000000E1A25F3C7733DC0100000000000000001000000077B1D2C93E5F4C4AA1F0C"
    "3D2E4B5A697",
    cal(TZ_WIN + "\n" + r"""BEGIN:VEVENT
ORGANIZER;CN="Recruiting Tauernland":mailto:recruiting@tauernland.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovi
 c@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kogler, Elisabeth":mailto:elisabeth.kogler@tauernland.
 at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wimmer, Stefan":mailto:stefan.wimmer@tauernland.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Petrović\,\n\nwir freuen uns\, Sie zu einem persönlichen Vor
 stellungsgespräch für die Position Bereichsleitung Human Resources einzuladen.\n\nGesprächspartner:\n- Dr
 . Elisabeth Kogler\, Vorstandsdirektorin\n- Mag. Stefan Wimmer\, Leitung Organisation & IT\n\nOrt: Tauer
 nland Versicherung AG\, Auerspergstraße 9\, 5020 Salzburg\, Empfang Erdgeschoss\n\nBitte planen Sie ca.
  90 Minuten ein.\n\nFreundliche Grüße\nIhr Recruiting-Team der Tauernland Versicherung\n
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Bereichsleitung Human Resources
DTSTART;TZID=W. Europe Standard Time:20250923T090000
DTEND;TZID=W. Europe Standard Time:20250923T103000
UID:040000008200E00074C5B7101A82E00800000000E1A25F3C7733DC0100000000000000001000000077B1D2C93E5F4C4AA1F0C
 3D2E4B5A697
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T124410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Tauernland Versicherung AG\, Auerspergstraße 9\, 5020 Salzburg
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Tauernland Versicherung", "Bereichsleitung Human Resources", "",
    "elisabeth.kogler@tauernland.at;stefan.wimmer@tauernland.at", "outlook-panel-no-stage-de",
))

# Rescheduled final round with the board: same meeting, higher SEQUENCE, the body says it moved.
EVENTS.append(Ev(
    "outlook-verschoben-vorstand-de",
    "040000008200E00074C5B7101A82E008000000003C9E77A1A641DC010000000000000000100000005D2F8E4A0B6C3E47B8A19"
    "F2E3C4D5B6A",
    cal(TZ_WIN_DE + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Recruiting Tauernland":mailto:recruiting@tauernland.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovi
 c@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kogler, Elisabeth":mailto:elisabeth.kogler@tauernland.
 at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Hutter, Georg, Dr.":mailto:georg.hutter@tauernland.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brunner, Petra":mailto:petra.brunner@tauernland.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="SBG Vorstandszimmer 5.OG":mailto:sbg-vorstand-5og@tauernla
 nd.at
DESCRIPTION;LANGUAGE=de-AT:TERMINVERSCHIEBUNG – neuer Termin: Donnerstag\, 20. November 2025\, 14:00 Uhr
  (statt 13. November).\n\nSehr geehrte Frau Petrović\,\n\nwie telefonisch besprochen laden wir Sie zum ab
 schließenden Gespräch mit dem Vorstand ein: Dr. Georg Hutter (Vorstandsvorsitzender) und Dr. Elisabeth K
 ogler (Vorstandsdirektorin). Frau Petra Brunner (Recruiting) empfängt Sie und begleitet Sie zum Vorstands
 zimmer\; sie nimmt am Gespräch nicht teil.\n\nFreundliche Grüße\nRecruiting Tauernland Versicherung AG
SUMMARY;LANGUAGE=de-AT:Abschlussgespräch Vorstand – Bereichsleitung HR (Fr. Petrović)
DTSTART;TZID={WD}:20251120T140000
DTEND;TZID={WD}:20251120T153000
UID:040000008200E00074C5B7101A82E008000000003C9E77A1A641DC010000000000000000100000005D2F8E4A0B6C3E47B8A19
 F2E3C4D5B6A
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T101502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-AT:Vorstandszimmer 5. OG\, Auerspergstraße 9\, 5020 Salzburg
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1911342058
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Tauernland Versicherung", "Bereichsleitung HR", "final",
    "georg.hutter@tauernland.at;elisabeth.kogler@tauernland.at", "rescheduled-outlook-room-de",
))

# Workday phone screen for a German employer; the recruiter calls.
EVENTS.append(Ev(
    "workday-telefoninterview-de",
    "WD-INT-0c9b51aa-47e3-4a8d-9d1c-75f0e6b2a318@nordwerk.myworkday.com",
    cal(TZ_BERLIN + "\n" + r"""BEGIN:VEVENT
UID:WD-INT-0c9b51aa-47e3-4a8d-9d1c-75f0e6b2a318@nordwerk.myworkday.com
DTSTAMP:20250918T143000Z
DTSTART;TZID=Europe/Berlin:20250925T110000
DTEND;TZID=Europe/Berlin:20250925T113000
ORGANIZER;CN=NordWerk Recruiting:mailto:nordwerk@myworkday.com
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;PARTSTAT=ACCEPTED;CN=Tobias Brandl:mailto:tobias.brandl@nordwerk-energie.de
SUMMARY:Telefoninterview: Leiter:in Personal (R-10482)
DESCRIPTION:Hallo Dragana Petrović\,\n\nvielen Dank für Ihr Interesse an der Position Leiter:in Personal
  (R-10482) bei der NordWerk Energie GmbH in München.\n\nTermin: Donnerstag\, 25.09.2025\, 11:00–11:30 Uh
 r (MESZ)\nArt: Telefoninterview\nInterviewer: Tobias Brandl\, Senior Talent Acquisition Partner\n\nWir r
 ufen Sie unter der in Ihrer Bewerbung angegebenen Telefonnummer an (+43 676 5528 914).\n\nSollten Sie de
 n Termin nicht wahrnehmen können\, nutzen Sie bitte den Link in Ihrem Kandidatenportal.\n\nViele Grüße\n
 Ihr NordWerk Recruiting Team\n\nDiese Nachricht wurde von Workday gesendet.
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""),
    1, "NordWerk Energie", "Leiter:in Personal", "recruiter_screen", "tobias.brandl@nordwerk-energie.de",
    "workday-phone-screen-de",
))

# SmartRecruiters, video interview with the hiring manager; the recruiter only schedules.
EVENTS.append(Ev(
    "smartrecruiters-video-de",
    "sr-5f0a8e2c3b1d4c7e9a6f0b2d8e4c1a37@smartrecruiters.com",
    cal(TZ_BERLIN + "\n" + rf"""BEGIN:VEVENT
UID:sr-5f0a8e2c3b1d4c7e9a6f0b2d8e4c1a37@smartrecruiters.com
DTSTAMP:20251002T090511Z
DTSTART;TZID=Europe/Berlin:20251009T160000
DTEND;TZID=Europe/Berlin:20251009T170000
ORGANIZER;CN=Anke Vollmer (via SmartRecruiters):mailto:noreply@smartrecruiters.com
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;PARTSTAT=ACCEPTED;CN=Dr. Matthias Kern:mailto:matthias.kern@rheinperle.de
SUMMARY:Interview: Head of HR Business Partnering (m/w/d) – Dragana Petrović
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nhiermit bestätigen wir Ihr Video-Interview für die Position
  Head of HR Business Partnering (m/w/d) bei der Rheinperle Chemie GmbH.\n\nIhr Gesprächspartner ist Dr. M
 atthias Kern\, Chief Human Resources Officer und künftiger Vorgesetzter der Position.\nIch selbst habe den
  Termin koordiniert und bin bei Rückfragen gern für Sie da\, nehme aber nicht am Gespräch teil.\n\n
 {teams_de("294 615 083 772", "ZTk1MmQ0YjMtNzE", "903 552 118")}\n\nViele Grüße\nAnke Vollmer\nRecruiting
  Coordinator\nRheinperle Chemie GmbH\, Ludwigshafen\n\nPowered by SmartRecruiters
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Rheinperle Chemie", "Head of HR Business Partnering", "hiring_manager", "matthias.kern@rheinperle.de",
    "smartrecruiters-coordinator-de",
))

# Founder on free-mail, Google Calendar in UTC, no title beyond names.
EVENTS.append(Ev(
    "google-founder-gmail-de",
    "3k9v1qf2m0s7d8b6h5t4p2nq1c@google.com",
    cal(rf"""BEGIN:VEVENT
DTSTART:20250930T070000Z
DTEND:20250930T074500Z
DTSTAMP:20250926T191233Z
ORGANIZER;CN=Lena Hofstetter:mailto:lena.hofstetter@gmail.com
UID:3k9v1qf2m0s7d8b6h5t4p2nq1c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Hofstetter;X-NUM-GU
 ESTS=0:mailto:lena.hofstetter@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dragana.petrovic@gmx.at
 ;X-NUM-GUESTS=0:mailto:dragana.petrovic@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/wqx-hbne-kpa
CREATED:20250926T191232Z
DESCRIPTION:Hi Dragana\,\n\nwie am Telefon besprochen: ein erstes Kennenlernen. Ich erzähle dir\, wo Haf
 ervoll gerade steht (wir wachsen von 40 auf 110 Leute\, zweite Abfüllanlage in Brandenburg)\, und warum wir
  jetzt eine Head of People suchen – du erzählst mir von dir.\n\nBis Dienstag!\nLena\n\n
 {meet("wqx-hbne-kpa", "de")}
LAST-MODIFIED:20250926T191233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dragana <> Lena | Hafervoll
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Hafervoll", "Head of People", "", "lena.hofstetter@gmail.com", "founder-freemail-google-de",
))

# Executive search firm sends the invite; the employer's board member interviews.
EVENTS.append(Ev(
    "agentur-energie-de",
    "b2e1c7f0-4a9d-4e61-8c53-91d0f7a6e2bb",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:b2e1c7f0-4a9d-4e61-8c53-91d0f7a6e2bb
DTSTAMP:20251013T153020Z
DTSTART;TZID=Europe/Vienna:20251021T100000
DTEND;TZID=Europe/Vienna:20251021T113000
ORGANIZER;CN=Mag. Clemens Brandauer:mailto:c.brandauer@brandauer-search.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;RSVP=TRUE;CN=DI Hubert Schachinger:mailto:hubert.schachinger@energie-innviertel.at
ATTENDEE;RSVP=TRUE;CN=Mag. Karin Eder:mailto:karin.eder@energie-innviertel.at
SUMMARY:Vorstellungsgespräch Energie Innviertel AG – Leitung Personal & Organisation
LOCATION:Energie Innviertel AG\, Stelzhamerstraße 21\, 4910 Ried im Innkreis
DESCRIPTION:Liebe Frau Petrović\,\n\nwie besprochen hier die Einladung zu Ihrem Gespräch bei unserer Klie
 ntin\, der Energie Innviertel AG.\n\nGesprächspartner:\n• DI Hubert Schachinger\, Vorstandsdirektor (künft
 iger direkter Vorgesetzter)\n• Mag. Karin Eder\, Prokuristin\, Leitung Finanzen\n\nIch selbst bin bei dies
 em Termin nicht dabei und rufe Sie am Nachmittag für ein kurzes Feedback an.\n\nViel Erfolg!\nClemens Bra
 ndauer\nBrandauer Executive Search GmbH\, Wien
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Energie Innviertel", "Leitung Personal & Organisation", "hiring_manager",
    "hubert.schachinger@energie-innviertel.at;karin.eder@energie-innviertel.at", "agency-names-employer-de",
))

# Personnel consultant's own phone screen about a named mandate.
EVENTS.append(Ev(
    "agentur-telefoninterview-de",
    "20251003T081245Z-4471-perrin@perrin-partner.at",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:20251003T081245Z-4471-perrin@perrin-partner.at
DTSTAMP:20251003T081245Z
DTSTART;TZID=Europe/Vienna:20251006T083000
DTEND;TZID=Europe/Vienna:20251006T091500
ORGANIZER;CN=Markus Perrin:mailto:markus.perrin@perrin-partner.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Telefoninterview – Mandat HR-Leitung Holzbau Sturm GmbH
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nbesten Dank für Ihr Interesse an der Position HR-Leitung bei
  unserem Klienten Holzbau Sturm GmbH (Ried im Innkreis\, ca. 380 Mitarbeitende). Ich rufe Sie zum vereinb
 arten Zeitpunkt an\, um Ihren Werdegang und Ihre Motivation zu besprechen\; bei positivem Verlauf stelle
  ich Sie anschließend der Geschäftsführung vor.\n\nMit besten Grüßen\nMarkus Perrin\nPerrin & Partner Pe
 rsonalberatung\, Linz\nT +43 732 771 204
LOCATION:Telefon (Hr. Perrin ruft an)
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Holzbau Sturm", "HR-Leitung", "recruiter_screen", "markus.perrin@perrin-partner.at",
    "agency-phone-screen-de",
))

# The user's own iPhone entry, no organizer.
EVENTS.append(Ev(
    "ios-eigener-eintrag-de",
    "8C1D4F5E-2B7A-4E39-9F06-3A5D8B2C7E14",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20251016T174402Z
DTEND;TZID=Europe/Vienna:20251028T120000
DTSTAMP:20251016T174423Z
DTSTART;TZID=Europe/Vienna:20251028T093000
LAST-MODIFIED:20251016T174423Z
LOCATION:Holzbau Sturm GmbH\nGewerbepark 4\n4910 Ried im Innkreis\nÖsterreich
SEQUENCE:0
SUMMARY:Holzbau Sturm – 2. Runde vor Ort
DESCRIPTION:mit Thomas Sturm (GF) und Birgit Leitner (Prokura)\, danach Betriebsrundgang\nZeugnisse + Ref
 erenzliste mitnehmen\nAbfahrt Wien spätestens 6:45!
TRANSP:OPAQUE
UID:8C1D4F5E-2B7A-4E39-9F06-3A5D8B2C7E14
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Gewerbepark 4\n4910 Ried im Innkreis\nÖsterreich";X-APP
 LE-RADIUS=70.6;X-TITLE=Holzbau Sturm GmbH:geo:48.212841,13.489622
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:6E0B5B36-90C4-4C11-8A73-5A6E3B1E2D40
UID:6E0B5B36-90C4-4C11-8A73-5A6E3B1E2D40
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    1, "Holzbau Sturm", "", "onsite", "Thomas Sturm;Birgit Leitner", "ios-user-typed-de",
))

# Thunderbird entry typed by the user with an abbreviation (VG = Vorstellungsgespräch).
EVENTS.append(Ev(
    "thunderbird-vg-kuerzel-de",
    "5d3b2a41-9e0c-4f77-b1a8-c06e29d4f853",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20251104T200915Z
LAST-MODIFIED:20251104T201140Z
DTSTAMP:20251104T201140Z
UID:5d3b2a41-9e0c-4f77-b1a8-c06e29d4f853
SUMMARY:VG Semmering Medical – Head of HR
DTSTART;TZID=Europe/Vienna:20251112T150000
DTEND;TZID=Europe/Vienna:20251112T163000
LOCATION:Wr. Neustadt\, Zehnergasse 14 (Eingang Hof)
DESCRIPTION:Ansprechpartner: Dr. Posch (CEO)\nUnterlagen: Lebenslauf\, Zeugnisse\nFragen: Betriebsvereinb
 arung Gleitzeit? Größe HR-Team? Reporting an CEO oder CFO?
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Standardbeschreibung von Mozilla
END:VALARM
END:VEVENT""", prodid=PRODID_TB, method=None),
    1, "Semmering Medical", "Head of HR", "", "Dr. Posch", "thunderbird-abbrev-de",
))
