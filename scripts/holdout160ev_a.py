"""holdout160 events, part a: Gräßle, Stadtwerke Bietigheim-Bissingen, Klinikverbund, Kessler; some negatives.

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "personio-telefoninterview", "pers-7f3a91c2-4b1e-4f0a-9a51-2d7c6e0b1183@personio.de",
        1, "Elektro Gräßle GmbH", "Bauleiter Elektrotechnik (m/w/d)", "recruiter_screen",
        "a.hummel@elektro-graessle.de", "personio-telefoninterview-personal",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:pers-7f3a91c2-4b1e-4f0a-9a51-2d7c6e0b1183@personio.de
DTSTAMP:20250210T083112Z
DTSTART;TZID=Europe/Berlin:20250213T163000
DTEND;TZID=Europe/Berlin:20250213T170000
SUMMARY:Telefoninterview: Bauleiter Elektrotechnik (m/w/d) - Jürgen Albrecht
DESCRIPTION:Hallo Herr Albrecht\,\n\nvielen Dank für Ihre Bewerbung als Bau
 leiter Elektrotechnik (m/w/d) bei der Elektro Gräßle GmbH. Wie besprochen\
 , rufe ich Sie zum vereinbarten Termin unter 0171 4418 203 an.\n\nDauer: c
 a. 30 Minuten\n\nViele Grüße\nAnja Hummel\nPersonal\nElektro Gräßle GmbH\
 , Plochinger Str. 88\, 73730 Esslingen am Neckar
LOCATION:Telefon (wir rufen Sie an)
ORGANIZER;CN=Anja Hummel:mailto:a.hummel@elektro-graessle.de
ATTENDEE;CN=Anja Hummel;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:a.hummel@elektro-graessle.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-vorstellung-gf",
        "040000008200E00074C5B7101A82E00800000000B0C6F2D1A782DB01000000000000000010000000A4F1",
        1, "Elektro Gräßle GmbH", "Bauleiter Elektrotechnik", "hiring_manager",
        "m.graessle@elektro-graessle.de;t.nuebel@elektro-graessle.de", "outlook-sent-by-assistant-with-room",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Gräßle, Markus";SENT-BY="mailto:sekretariat@elektro-graessle.de":mailto:m.graessle@elektro-graessle.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nübel, Thomas":mailto:t.nuebel@elektro-graessle.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ES-Besprechung EG (8 Pers.):mailto:
 raum.eg@elektro-graessle.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Albrecht\,\n\nim Auftrag von H
 errn Gräßle lade ich Sie zu einem persönlichen Gespräch zur Position Baule
 iter Elektrotechnik ein. Teilnehmen werden Herr Markus Gräßle (Geschäftsfü
 hrer) und Herr Thomas Nübel (Bereichsleitung Gebäudetechnik).\n\nBitte mel
 den Sie sich am Empfang. Parkplätze finden Sie im Hof.\n\nMit freundlichen
  Grüßen\nSabine Kälberer\nSekretariat der Geschäftsleitung\n
UID:040000008200E00074C5B7101A82E00800000000B0C6F2D1A782DB01000000000000000010000000A4F1
SUMMARY;LANGUAGE=de-DE:Gespräch Herr Albrecht - Bauleitung
DTSTART;TZID=W. Europe Standard Time:20250225T100000
DTEND;TZID=W. Europe Standard Time:20250225T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T121544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:ES-Besprechung EG (8 Pers.)
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
""",
    ),
    (
        "typed-zweitgespraech", "5C1E77A0-93D2-4F3B-8E0C-1A2B9F6D4E21",
        1, "Elektro Gräßle GmbH", "", "final",
        "Markus Gräßle", "typed-phone-zweitgespraech-baustellenbegehung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250227T184402Z
DTSTAMP:20250227T184433Z
LAST-MODIFIED:20250227T184433Z
UID:5C1E77A0-93D2-4F3B-8E0C-1A2B9F6D4E21
DTSTART:20250307T073000
DTEND:20250307T093000
SUMMARY:2. Gespräch Gräßle + Begehung
LOCATION:BV Pliensauvorstadt\, Esslingen
DESCRIPTION:Mit Markus Gräßle direkt auf der Baustelle\, danach ins Büro. Ar
 beitsschuhe + Helm mitnehmen!! Gehaltsvorstellung 72-75 sagen\, Firmenwage
 n fragen
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:9E8B1C55-2E77-4E3A-9B73-3F7A0C2D1E90
UID:9E8B1C55-2E77-4E3A-9B73-3F7A0C2D1E90
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "auswahlgespraech-stadtwerke",
        "040000008200E00074C5B7101A82E008000000001E5B3C88F184DB010000000000000000100000006C2D",
        1, "Stadtwerke Bietigheim-Bissingen GmbH", "Meister (m/w/d) Stromnetz", "onsite",
        "juergen.hoss@sw-bb.de;petra.lindner@sw-bb.de;ralf.eberle@sw-bb.de",
        "exchange-auswahlgespraech-panel-personalrat",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@sw-bb.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoß, Jürgen":mailto:juergen.hoss@sw-bb.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eberle, Ralf (Personalrat)":mailto:ralf.eberle@sw-bb.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SWBB Raum 2.14 Aufsichtsrat":mailto:raum214@sw-bb.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Albrecht\,\n\nvielen Dank für I
 hre Bewerbung auf die Stelle Meister (m/w/d) Stromnetz (Kennziffer 07/2025)
 . Gerne laden wir Sie zu einem Auswahlgespräch ein.\n\nDie Auswahlkommissio
 n: Herr Hoß (Abteilungsleiter Netzbetrieb)\, Frau Lindner (Personal) und He
 rr Eberle (Personalrat).\n\nDas Gespräch dauert ca. 60 Minuten. Bitte bring
 en Sie Kopien Ihres Meisterbriefs mit.\n\nAnfahrt: Rötestraße 30\, Eingang
  B\, 2. OG\n\nFreundliche Grüße\nPetra Lindner
UID:040000008200E00074C5B7101A82E008000000001E5B3C88F184DB010000000000000000100000006C2D
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Meister Stromnetz (07/2025) - Hr. Albrecht
DTSTART;TZID=W. Europe Standard Time:20250312T140000
DTEND;TZID=W. Europe Standard Time:20250312T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T092710Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:SWBB Raum 2.14 Aufsichtsrat
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2122714811
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "auswahlgespraech-verschoben",
        "040000008200E00074C5B7101A82E008000000001E5B3C88F184DB010000000000000000100000006C2D",
        1, "Stadtwerke Bietigheim-Bissingen GmbH", "Meister (m/w/d) Stromnetz", "onsite",
        "juergen.hoss@sw-bb.de;petra.lindner@sw-bb.de;ralf.eberle@sw-bb.de", "rescheduled-same-uid-higher-sequence",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Petra":mailto:petra.lindner@sw-bb.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoß, Jürgen":mailto:juergen.hoss@sw-bb.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Eberle, Ralf (Personalrat)":mailto:ralf.eberle@sw-bb.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SWBB Raum 1.05":mailto:raum105@sw-bb.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Albrecht\,\n\nwie telefonisch b
 esprochen müssen wir den Termin leider auf Dienstag\, 18.03.\, verlegen (Sto
 rmschaden-Einsatz im Netz). Uhrzeit und Kommission bleiben\, der Raum änder
 t sich (EG\, Raum 1.05).\n\nDie Stelle: Meister (m/w/d) Stromnetz (Kennziff
 er 07/2025).\n\nFreundliche Grüße\nPetra Lindner\nPersonalabteilung
UID:040000008200E00074C5B7101A82E008000000001E5B3C88F184DB010000000000000000100000006C2D
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Meister Stromnetz (07/2025) - Hr. Albrecht [NEUER TERMIN]
DTSTART;TZID=W. Europe Standard Time:20250318T140000
DTEND;TZID=W. Europe Standard Time:20250318T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T161402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:SWBB Raum 1.05
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2122714811
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "softgarden-video", "sg-interview-1184502-3@softgarden.io",
        1, "Klinikverbund Mittlerer Neckar gGmbH", "Leitung Elektrotechnik / Betriebstechnik (m/w/d)", "hiring_manager",
        "frank.oswald@klinikverbund-mn.de", "softgarden-video-hospital-leitung",
        r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:sg-interview-1184502-3@softgarden.io
DTSTAMP:20250219T071500Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250226T153000
DTEND;TZID=Europe/Berlin:20250226T163000
SUMMARY:Ihr Vorstellungsgespräch per Video - Leitung Elektrotechnik / Betrie
 bstechnik (m/w/d)
DESCRIPTION:Guten Tag Herr Albrecht\,\n\nwir freuen uns\, Sie im Rahmen eine
 s Videointerviews kennenzulernen.\n\nGesprächspartner: Dipl.-Ing. (FH) Fran
 k Oswald\, Leiter Technik und Bau\, Klinikverbund Mittlerer Neckar\n\nMicro
 soft Teams-Besprechung\nÜber Computer\, mobile App oder Raumgerät teilnehme
 n\nHier klicken\, um an der Besprechung teilzunehmen <https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_NGQ3ZjU2OTEtYzRkMS00ZTA3LWE0ZmUtNjc0OTNi
 YTcxOGE2%40thread.v2/0>\nBesprechungs-ID: 381 224 907 116\nKennung: q7Tb9w
 \n\nOder telefonisch teilnehmen (nur Audio)\n+49 69 365057896\,\,40718814
 2# Deutschland\, Frankfurt am Main\n\nBitte wählen Sie sich 5 Minuten vorh
 er ein.\n\nIhr Recruiting-Team\nKlinikverbund Mittlerer Neckar gGmbH
LOCATION:Microsoft Teams
ORGANIZER;CN=Klinikverbund Mittlerer Neckar Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Frank Oswald;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:frank.oswald@klinikverbund-mn.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "klinik-rundgang", "040000008200E00074C5B7101A82E00800000000D4A0AB7B0F8CDB01000000000000000010000000E71B",
        1, "Klinikverbund Mittlerer Neckar gGmbH", "Leitung Elektrotechnik / Betriebstechnik", "final",
        "frank.oswald@klinikverbund-mn.de;dr.katrin.moll@klinikverbund-mn.de",
        "hospital-second-round-with-tour-and-director",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Oswald, Frank":mailto:frank.oswald@klinikverbund-mn.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moll, Dr.
  Katrin":mailto:dr.katrin.moll@klinikverbund-mn.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Juergen Albrecht:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schaal, Bernd":mailto:bernd.schaal@klinikverbund-mn.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nwie angekündigt das zweit
 e Gespräch zur Leitung Elektrotechnik / Betriebstechnik mit unserer Kaufmän
 nischen Direktorin Frau Dr. Moll. Vorher zeigt Ihnen Herr Schaal (Schichtme
 ister) die NSHV\, die Netzersatzanlage und die USV für den OP-Trakt.\n\nTre
 ffpunkt: Haupteingang Haus A\, Info-Theke.\n\nBis dann\nFrank Oswald
UID:040000008200E00074C5B7101A82E00800000000D4A0AB7B0F8CDB01000000000000000010000000E71B
SUMMARY;LANGUAGE=de-DE:2. Gespräch + Rundgang Technikzentrale (Hr. Albrecht)
DTSTART;TZID=W. Europe Standard Time:20250318T090000
DTEND;TZID=W. Europe Standard Time:20250318T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T140222Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Klinikum Nürtingen\, Haus A\, Info
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday-teams", "WD-INT-R0048812-5f1c09ab3e@myworkday.com",
        1, "Kessler Automobil AG", "Meister Instandhaltung Elektrik (w/m/d) Lackiererei", "hiring_manager",
        "stefan.kuhnle@kessler-auto.com", "workday-teams-plant-hiring-manager",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-R0048812-5f1c09ab3e@myworkday.com
DTSTAMP:20250220T154412Z
DTSTART:20250304T080000Z
DTEND:20250304T090000Z
SUMMARY:Interview: Meister Instandhaltung Elektrik (w/m/d) Lackiererei - R-0
 048812 - Jürgen Albrecht
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nanbei die Einladung zu Ihrem
 Interview für die Position Meister Instandhaltung Elektrik (w/m/d) Lackie
 rerei (R-0048812)\, Werk Sindelfingen.\n\nInterviewpartner: Stefan Kuhnle
 \, Teamleiter Instandhaltung Lackiererei\n\nDas Gespräch findet über Micro
 soft Teams statt:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_
 ZTQ5MWYxYjMtN2M4ZS00%40thread.v2/0\n\nBei Fragen wenden Sie sich an Talent
  Acquisition\, Kessler Automobil AG.\n\nDiese Nachricht wurde automatisch e
 rstellt. Bitte antworten Sie nicht auf diese E-Mail.
LOCATION:Microsoft Teams
ORGANIZER;CN=Kessler Automobil AG Talent Acquisition:mailto:kessler@myworkday.com
ATTENDEE;CN=Stefan Kuhnle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:stefan.kuhnle@kessler-auto.com
ATTENDEE;CN=Juergen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "auswahltag-werk", "WD-INT-R0048812-a90e11d7c4@myworkday.com",
        1, "Kessler Automobil AG", "Meister Instandhaltung Elektrik (w/m/d) Lackiererei", "final",
        "stefan.kuhnle@kessler-auto.com;bettina.rauscher@kessler-auto.com;oliver.grimm@kessler-auto.com",
        "assessment-center-auswahltag-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:WD-INT-R0048812-a90e11d7c4@myworkday.com
DTSTAMP:20250313T103000Z
DTSTART;TZID=Europe/Berlin:20250327T080000
DTEND;TZID=Europe/Berlin:20250327T160000
SUMMARY:Auswahltag Meister / Führungsfunktionen Produktion - Werk Sindelfing
 en
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nwir laden Sie herzlich zu unser
 em Auswahltag für die Position Meister Instandhaltung Elektrik (w/m/d) Lac
 kiererei (R-0048812) ein.\n\nAblauf:\n08:00 Begrüßung (Tor 7\, Besucherzen
 trum)\n08:30 Fallstudie Störungsmanagement\n10:30 Rollenspiel Mitarbeiterg
 espräch\n12:00 Mittagessen\n13:00 Werksführung Lackiererei\n14:30 Abschlus
 sgespräch\n\nBeobachter: Stefan Kuhnle (Instandhaltung)\, Bettina Rauscher
  (HR Business Partner)\, Oliver Grimm (Leiter Lackiererei)\n\nBitte Personal
 ausweis und Sicherheitsschuhe mitbringen.
LOCATION:Kessler Automobil AG\, Werk Sindelfingen\, Besucherzentrum Tor 7
ORGANIZER;CN=Kessler Automobil AG Talent Acquisition:mailto:kessler@myworkday.com
ATTENDEE;CN=Juergen Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
ATTENDEE;CN=Stefan Kuhnle;ROLE=REQ-PARTICIPANT:mailto:stefan.kuhnle@kessler-auto.com
ATTENDEE;CN=Bettina Rauscher;ROLE=REQ-PARTICIPANT:mailto:bettina.rauscher@kessler-auto.com
ATTENDEE;CN=Oliver Grimm;ROLE=REQ-PARTICIPANT:mailto:oliver.grimm@kessler-auto.com
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "azubi-gespraech", "040000008200E00074C5B7101A82E0080000000062D1F3A0C28ADB01000000000000000010000000B5E2",
        0, "", "", "", "", "user-as-interviewer-azubi-gespraech-outlook-work",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leon.yilmaz2008@gmx.de:mailto:leon.yilmaz2008@gmx.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Leon\,\n\nwie am Telefon besprochen: Komm b
 itte mit einem Elternteil vorbei\, bring dein letztes Zeugnis mit. Wir scha
 uen uns zusammen die Werkstatt an und reden über die Ausbildung zum Elektro
 niker für Energie- und Gebäudetechnik ab 1.9.\n\nGruß\nJürgen Albrecht\nEle
 ktromeister / Bauleitung\nElektro Neckartal GmbH
UID:040000008200E00074C5B7101A82E0080000000062D1F3A0C28ADB01000000000000000010000000B5E2
SUMMARY;LANGUAGE=de-DE:Azubi-Gespräch Leon Yilmaz (EGT 2025)
DTSTART;TZID=W. Europe Standard Time:20250305T160000
DTEND;TZID=W. Europe Standard Time:20250305T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T113015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Wangen\, Werkstatt
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "probearbeiten-baustelle", "20250311T101712Z-4410-1000-1-17@neckartal-kalender",
        0, "", "", "", "", "user-as-interviewer-probearbeiten-supervised-on-site",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wörner, Dieter":mailto:d.woerner@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Jürgen\,\n\nHerr Kovačević (Elektroniker\, B
 ewerbung über Indeed) kommt zum Probearbeiten. Bitte bei dir auf der Baust
 elle einsetzen (UV setzen / Leitungen ziehen) und am Ende kurz einschätzen
 : fachlich\, Tempo\, passt er ins Team? Bewertungsbogen liegt im Personal
 ordner.\n\nSchutzausrüstung bekommt er von Dieter.\n\nDanke\, Monika
UID:20250311T101712Z-4410-1000-1-17@neckartal-kalender
SUMMARY;LANGUAGE=de-DE:Probearbeiten Hr. Kovačević - BV Wohnpark Vaihingen
DTSTART;TZID=W. Europe Standard Time:20250314T070000
DTEND;TZID=W. Europe Standard Time:20250314T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T101712Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BV Wohnpark Vaihingen\, Haus C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "prep-block", "B0A7C3E1-55F4-4C86-A6D2-0E8D1F2C3B47",
        0, "", "", "", "", "prep-block-before-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
@TZ_APPLE_BERLIN@
BEGIN:VEVENT
CREATED:20250223T201144Z
DTSTAMP:20250223T201201Z
LAST-MODIFIED:20250223T201201Z
UID:B0A7C3E1-55F4-4C86-A6D2-0E8D1F2C3B47
DTSTART;TZID=Europe/Berlin:20250224T193000
DTEND;TZID=Europe/Berlin:20250224T210000
SUMMARY:Vorbereitung Gräßle
DESCRIPTION:- Referenzprojekte raussuchen (Schule Wendlingen\, Pflegeheim Ru
 it\, Parkhaus)\n- Fragen: Anzahl Monteure\, Projektgrößen\, Firmenwagen\, H
 omeoffice Büro-Tage?\n- Zeugnisse ausdrucken\n- Kündigungsfrist 3 Monate!
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
