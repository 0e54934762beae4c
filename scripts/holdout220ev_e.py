"""holdout220 events, part E: more employers, typed entries, Outlook and Google forms (raw iCalendar)."""

EVENTS = [
    dict(
        kind="seeland-gespraech",
        uid="040000008200E00074C5B7101A82E008000000005E7F3B21A4A4DB0100000000000000001000000012AB34CD56EF7890AB12",
        iv=1, company="Gesundheitszentrum Seeland", role="Leiter/in ICT-Support", stage="hiring_manager",
        who="hansruedi.marti@gz-seeland.ch;corinne.aeschbacher@gz-seeland.ch",
        trap="hospital-candidate-side-last-first-cn",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Aeschbacher, Corinne":mailto:corinne.aeschbacher@gz-seeland.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marti, Hansruedi":mailto:hansruedi.mart
 i@gz-seeland.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="GZS Haus A Sitzungszimmer 1":mailto:sz-a1@gz-
 seeland.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Zbinden\n\nGerne bestätigen wir
  Ihnen das Gespräch für die Stelle Leiter/in ICT-Support mit Herrn Hansrue
 di Marti (Leiter Informatik) und mir. Parkplätze für Besucher vorhanden (
 P2).\n\nFreundliche Grüsse\nCorinne Aeschbacher\, HR-Fachfrau\n
UID:040000008200E00074C5B7101A82E008000000005E7F3B21A4A4DB0100000000000000001000000012AB34CD56EF7890AB12
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Herr Lukas Zbinden – Leiter/in ICT-Support
DTSTART;TZID=W. Europe Standard Time:20250505T160000
DTEND;TZID=W. Europe Standard Time:20250505T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T103355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:GZS Haus A Sitzungszimmer 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="google-export",
        uid="3m8fdq0r1o7k2lbcu6hv4s9tn5@google.com",
        iv=1, company="Berner Energie", role="ICT-Systemingenieur/in OT-Netze", stage="technical",
        who="Reto Bärtschi",
        trap="own-google-calendar-export-x-wr-timezone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lukas privat
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20250409T063000Z
DTEND:20250409T080000Z
DTSTAMP:20250601T120000Z
UID:3m8fdq0r1o7k2lbcu6hv4s9tn5@google.com
CREATED:20250402T175511Z
DESCRIPTION:Fachgespräch BEAG mit Reto Bärtschi (Leiter OT-Netze). Themen l
 aut Mail: VLAN-Segmentierung Leitsystem\, Firewalling IT/OT\, Pikett. Empf
 ang 1. OG.
LAST-MODIFIED:20250402T175611Z
LOCATION:Viktoriaplatz 2\, 3013 Bern
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BEAG Fachgespräch OT-Netze
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="typed-intervew",
        uid="F0E1D2C3-B4A5-4968-8776-655443322110",
        iv=1, company="Rail Infra Services", role="", stage="", who="Hr. Kunz;Fr. Ammann",
        trap="typed-typo-floating-interview", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
BEGIN:VEVENT
DTSTAMP:20250320T071502Z
DTSTART:20250325T140000
DTEND:20250325T150000
SUMMARY:Intervew RIS Wylerfeld
DESCRIPTION:mit Hr. Kunz (TL Systeme) u. Fr. Ammann HR. Badge beim Empfang
  holen. Velo!
LOCATION:Wylerringstrasse 48\, Bern
UID:F0E1D2C3-B4A5-4968-8776-655443322110
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="fachinterview-teams",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000FEDCBA98765432100123",
        iv=1, company="Bärn IT Partner", role="System Engineer Microsoft 365 / Azure", stage="technical",
        who="fabienne.schneider@baernit.ch;adrian.kuenzi@baernit.ch",
        trap="outlook-teams-fachinterview-last-first",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Schneider, Fabienne":mailto:fabienne.schneider@baernit.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Künzi, Adrian":mailto:adrian.kuenzi@baer
 nit.ch
DESCRIPTION;LANGUAGE=de-CH:Hallo Lukas\n\nwie besprochen das Fachinterview
  mit Adrian (Lead Engineer Modern Workplace) und mir. Plane etwas Zeit für
  eine Live-Demo ein: du teilst deinen Bildschirm und zeigst uns\, wie du
  eine Conditional-Access-Policy aufbauen würdest (Testtenant stellen wir).
 \n\n_________________________________________________________________________
 _______\nMicrosoft Teams Hilfe benötigt?\nJetzt an der Besprechung teilneh
 men\nBesprechungs-ID: 329 874 112 556\nPasscode: Zb9Vs2\n__________________
 ______________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000FEDCBA98765432100123
SUMMARY;LANGUAGE=de-CH:Fachinterview Lukas Zbinden
DTSTART;TZID=W. Europe Standard Time:20250520T080000
DTEND;TZID=W. Europe Standard Time:20250520T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T144100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_QmFlcm5JVA%40thre
 ad.v2/0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="vorgespraech-telefon",
        uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000033445566778899AABBCC",
        iv=1, company="Spitex Region Bern", role="Verantwortliche/r ICT (60-80 %)", stage="recruiter_screen",
        who="franziska.habegger@spitex-regionbern.ch",
        trap="phone-vorgespraech-sent-by-assistant",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Habegger Franziska";SENT-BY="mailto:empfang@spitex-regionbern.ch":mailto:franziska.habegge
 r@spitex-regionbern.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Telefonisches Vorgespräch (ca. 20 Min.) mit Fr
 au Franziska Habegger\, Leiterin Finanzen & Dienste. Sie ruft Sie auf Ihr
  Mobile an.\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000033445566778899AABBCC
SUMMARY;LANGUAGE=de-CH:Telefonisches Vorgespräch Verantwortliche/r ICT – L. Zbinden
DTSTART;TZID=W. Europe Standard Time:20250403T073000
DTEND;TZID=W. Europe Standard Time:20250403T075000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T132000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="google-invite",
        uid="1v7e0pq3t5k9a2b6m8c4n0jhdl@google.com",
        iv=1, company="Zollinger Elektro", role="System Engineer Netzwerk & Security", stage="hiring_manager",
        who="beni.zollinger@zollinger-elektro.ch",
        trap="google-invite-family-business-owner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250605T120000Z
DTEND:20250605T130000Z
DTSTAMP:20250530T064211Z
ORGANIZER;CN=Beni Zollinger:mailto:beni.zollinger@zollinger-elektro.ch
UID:1v7e0pq3t5k9a2b6m8c4n0jhdl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Beni Zollinger;X-NUM-GUESTS=0:mailto:beni.zollinger@zollinger-elektro.c
 h
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
DESCRIPTION:Grüezi Herr Zbinden\, wie telefonisch vereinbart treffen wir un
 s für ein Vorstellungsgespräch (System Engineer Netzwerk & Security). Ich
  bin Geschäftsführer in 3. Generation und führe die IT-Abteilung im Moment
  selber. Freundliche Grüsse\, Beni Zollinger
LOCATION:Zollinger Elektro AG\, Badenerstrasse 511\, 8048 Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Lukas Zbinden
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="spital-candidate",
        uid="040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB010000000000000000100000005A5B5C5D5E5F60616263",
        iv=1, company="Spital Birstal", role="Systemtechniker/in Medizininformatik", stage="hiring_manager",
        who="philipp.schaub@spitalbirstal.ch;ursula.graf@spitalbirstal.ch",
        trap="other-hospital-user-is-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Graf Ursula (Personaldienst)":mailto:ursula.graf@spitalbirstal.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schaub Philipp (Informatik)":mailto:phi
 lipp.schaub@spitalbirstal.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Liestal Verwaltung SZ 4.02":mailto:sz402@spit
 albirstal.ch
DESCRIPTION;LANGUAGE=de-CH:Bewerbung Systemtechniker/in Medizininformatik
 \n\nGesprächspartner: Philipp Schaub\, Leiter Informatik\; Ursula Graf\,
  Personaldienst.\nBitte melden Sie sich beim Haupteingang\, wir holen Sie
  ab.\n
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB010000000000000000100000005A5B5C5D5E5F60616263
SUMMARY;LANGUAGE=de-CH:Bewerbungsgespräch Zbinden Lukas
DTSTART;TZID=W. Europe Standard Time:20250527T093000
DTEND;TZID=W. Europe Standard Time:20250527T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T075100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Liestal Verwaltung SZ 4.02
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="finales-gespraech",
        uid="040000008200E00074C5B7101A82E008000000006D6E6F7071B2DB01000000000000000010000000A1A2A3A4A5A6A7A8A9AA",
        iv=1, company="Aarekauf", role="Teamleiter/in Store Systems & Client", stage="final",
        who="beatrix.kohli@aarekauf.ch;martin.zaugg@aarekauf.ch",
        trap="retail-coop-final-teams-dial-in",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Kohli, Beatrix":mailto:beatrix.kohli@aarekauf.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zaugg, Martin":mailto:martin.zaugg@aare
 kauf.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Zbinden\n\nWie telefonisch bespr
 ochen\, das finale Gespräch mit Martin Zaugg (Leiter Informatik) und mir
  (HR). Wir besprechen auch die Anstellungsbedingungen.\n\n________________
 ________________________________________________________________\nMicrosoft
  Teams Benötigen Sie Hilfe?\nJetzt an der Besprechung teilnehmen\nBesprec
 hungs-ID: 351 207 664 98\nKennung: 7JtpQ4\n\nNur Audio\n+41 44 529 37 20\
 ,,781552904# Schweiz\, Zürich\nKonferenz-ID: 781 552 904#\n______________
 __________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000006D6E6F7071B2DB01000000000000000010000000A1A2A3A4A5A6A7A8A9AA
SUMMARY;LANGUAGE=de-CH:Finales Gespräch Teamleiter/in Store Systems & Client
DTSTART;TZID=W. Europe Standard Time:20250611T110000
DTEND;TZID=W. Europe Standard Time:20250611T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250604T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="hearing",
        uid="hsl-berufung-2025-sysbetrieb-zbinden@hochschule-limmattal.ch",
        iv=1, company="Hochschule Limmattal", role="Leiter/in Systembetrieb", stage="onsite",
        who="prof.anna.widmer@hochschule-limmattal.ch;felix.kunz@hochschule-limmattal.ch",
        trap="academic-hearing-with-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.95//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:hsl-berufung-2025-sysbetrieb-zbinden@hochschule-limmattal.ch
DTSTAMP:20250522T132000Z
DTSTART;TZID=Europe/Zurich:20250602T130000
DTEND;TZID=Europe/Zurich:20250602T150000
SUMMARY:Hearing Leiter/in Systembetrieb – Lukas Zbinden
ORGANIZER;CN="Widmer Anna":mailto:prof.anna.widmer@hochschule-limmattal.ch
ATTENDEE;CN=lukas.zbinden@bluewin.ch;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN="Kunz Felix";RSVP=TRUE:mailto:felix.kunz@hochschule-limmattal.ch
DESCRIPTION:Sehr geehrter Herr Zbinden\n\nWir laden Sie zum Hearing ein. Ab
 lauf: Kurzpräsentation (15 Min.) zum Thema «Betrieb einer hybriden Infrast
 ruktur an einer Hochschule – die ersten 100 Tage»\, anschliessend Gespräch
  mit der Findungskommission (Prof. Dr. Anna Widmer\, Prorektorin\; Felix
  Kunz\, Leiter IT-Services\; eine Vertretung der Personalkommission).\n\nOr
 t: Campus Schlieren\, Gebäude B\, Raum B2.14\n\nFreundliche Grüsse\nAnna W
 idmer
LOCATION:Campus Schlieren\, B2.14
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="probetag",
        uid="9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D",
        iv=1, company="Logistik Mittelland", role="", stage="onsite", who="",
        trap="typed-probetag-half-day-trial", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250527T190002Z
DTSTART;TZID=Europe/Zurich:20250603T073000
DTEND;TZID=Europe/Zurich:20250603T120000
SUMMARY:Probehalbtag Logistik Mittelland
DESCRIPTION:Lager Härkingen\, IT-Team (Scanner/WLAN\, SCCM). Sicherheitsschu
 he mitnehmen!! Danach Feedbackgespräch mit TL. Ferientag eingegeben.
LOCATION:Logistik Mittelland AG\, Industriestrasse 9\, 4624 Härkingen
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="zoom-dialin",
        uid="zoom-86044412291-20250616@zoom.us",
        iv=1, company="Vorsorgewerk Mittelland", role="IT-Systemverantwortliche/r", stage="hiring_manager",
        who="simon.wyler@vorsorgewerk.ch",
        trap="zoom-invite-pension-fund-dial-in",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Zurich
LAST-MODIFIED:20240422T053450Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250610T085512Z
DTSTART;TZID=Europe/Zurich:20250616T150000
DTEND;TZID=Europe/Zurich:20250616T160000
SUMMARY:Gespräch IT-Systemverantwortliche/r – L. Zbinden
UID:zoom-86044412291-20250616@zoom.us
DESCRIPTION:Simon Wyler lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZo
 om-Meeting beitreten\nhttps://us02web.zoom.us/j/86044412291?pwd=VnBkR2xW\n
 \nMeeting-ID: 860 4441 2291\nKenncode: 552190\n\n---\n\nSchnelleinwahl mob
 il\n+41432107108\,\,86044412291# Schweiz\n\nGespräch mit Simon Wyler (Gesc
 häftsführer) zur Stelle IT-Systemverantwortliche/r.
LOCATION:https://us02web.zoom.us/j/86044412291?pwd=VnBkR2xW
ORGANIZER;CN=Simon Wyler:mailto:simon.wyler@vorsorgewerk.ch
ATTENDEE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbinden@bluewin.ch
END:VEVENT
END:VCALENDAR""",
    ),
]
