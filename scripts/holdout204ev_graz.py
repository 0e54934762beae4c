"""holdout204: the user's own interviews with employers in Graz and Styria (hand-written iCalendar)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, ev

EVENTS = [
    ev(
        "phone-screen",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Kainz, Martina":mailto:martina.kainz@elisabethinen.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nvielen Dank für I
 hre Bewerbung als Stationsleitung für die 2. Medizinische Abteilung.\nWie h
 eute vereinbart rufe ich Sie am Mittwoch um 14:00 Uhr unter 0664 / 312 44
  87 an. Das Telefonat dauert ca. 20 Minuten (Eckdaten\, Verfügbarkeit\, Geh
 altsvorstellung).\n\nMit freundlichen Grüßen\nMartina Kainz\nPersonalmanag
 ement\nKrankenhaus der Elisabethinen GmbH\nElisabethinergasse 14\, 8020 Gra
 z\n
UID:040000008200E00074C5B7101A82E00800000000B0C3F1D4AE37DC01000000000000000
 01000000063F0B5C5E2A8E54C9D1F0E6A2B7A33C1
SUMMARY;LANGUAGE=de-AT:Telefonat Fr. Pichler - Bewerbung Stationsleitung 2.
  Med.
DTSTART;TZID=W. Europe Standard Time:20251008T140000
DTEND;TZID=W. Europe Standard Time:20251008T142000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T094112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:telefonisch
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
""",
        uid="040000008200E00074C5B7101A82E00800000000B0C3F1D4AE37DC0100000000000000001000000063F0B5C5E2A8E54C9D1F0E6A2B7A33C1",
        iv=1,
        company="Krankenhaus der Elisabethinen Graz",
        role="Stationsleitung 2. Medizinische Abteilung",
        stage="recruiter_screen",
        who="martina.kainz@elisabethinen.at",
        trap="exchange-hr-phone-call-telefonat",
    ),
    ev(
        "hospitation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251015T183302Z
DTSTAMP:20251015T183355Z
LAST-MODIFIED:20251015T183355Z
UID:5E0C4B7A-93D1-4F2E-8C55-0A7D2B1E9F41
SUMMARY:Hospitation Elisabethinen 2.Med
DTSTART:20251023T070000
DTEND:20251023T133000
LOCATION:KH Elisabethinen\, Elisabethinergasse 14\, Graz
DESCRIPTION:7:00 bei der Pforte melden\, SL Elke Resch holt mich ab\nweiße
  Hose + Schuhe mitnehmen\, Namensschild kriegt man dort\nmitlaufen Frühdien
 st\, Übergabe\, Visite\, danach kurzes Gespräch mit ihr\nZA am 23. beantrag
 t!! (Fr. Moser)
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="5E0C4B7A-93D1-4F2E-8C55-0A7D2B1E9F41",
        iv=1,
        company="Krankenhaus der Elisabethinen Graz",
        stage="onsite",
        who="Elke Resch",
        trap="hand-typed-hospitation-shadowing-day-floating",
        lf=True,
    ),
    ev(
        "pflegedirektorin",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Hödl, Ulrike";SENT-BY="mailto:sekretariat.pflegedirektion@e
 lisabethinen.at":mailto:ulrike.hoedl@elisabethinen.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Verena Pic
 hler:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kainz, Mar
 tina":mailto:martina.kainz@elisabethinen.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="ELI Besprechungsraum Pflegedirektion 1.OG":mailto:eli-br-pd1@elisab
 ethinen.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nim Auftrag von Fr
 au Pflegedirektorin Mag.a Ulrike Hödl\, MSc darf ich Ihnen den Termin für
  das abschließende Gespräch bestätigen. Frau Kainz (Personal) nimmt nach M
 öglichkeit teil.\nBitte melden Sie sich im Sekretariat der Pflegedirektion
  (Verwaltungstrakt\, 1. Stock).\n\nFreundliche Grüße\nSandra Weiss\nSekret
 ariat Pflegedirektion\n
UID:040000008200E00074C5B7101A82E0080000000072D6C4A1F43CDC01000000000000000
 0100000009A1E4C7B3D5F2A4E8B0C6D1E2F3A4B5C
SUMMARY;LANGUAGE=de-AT:Gespräch PD Hödl / Pichler (SL 2. Med)
DTSTART;TZID=W. Europe Standard Time:20251106T100000
DTEND;TZID=W. Europe Standard Time:20251106T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T121530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:ELI Besprechungsraum Pflegedirektion 1.OG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E0080000000072D6C4A1F43CDC010000000000000000100000009A1E4C7B3D5F2A4E8B0C6D1E2F3A4B5C",
        iv=1,
        company="Krankenhaus der Elisabethinen Graz",
        role="Stationsleitung 2. Medizinische Abteilung",
        stage="final",
        who="ulrike.hoedl@elisabethinen.at;martina.kainz@elisabethinen.at",
        trap="exchange-pflegedirektorin-sent-by-secretary-room",
    ),
    ev(
        "prescreen-invite",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Interview Scheduler//DE
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:ps-interview-8841273@prescreenapp.io
DTSTAMP:20251013T081422Z
DTSTART;TZID=Europe/Vienna:20251021T133000
DTEND;TZID=Europe/Vienna:20251021T143000
SUMMARY:Vorstellungsgespräch: Stationsleitung Innere Medizin (Standort Eggenberg)
LOCATION:Krankenhaus der Barmherzigen Brüder Graz\, Standort Eggenberg\, Bergstraße 27\, 8020 Graz\, Direktion Haus A
DESCRIPTION:Liebe Frau Pichler\,\n\nwir freuen uns\, Sie zu einem persönliche
 n Gespräch einzuladen.\n\nIhre Gesprächspartner:\n- Günther Strobl\, MSc (Pfl
 egedirektor)\n- Monika Zach (Bereichsleitung Pflege Innere Medizin)\n\nBitte
  bringen Sie Ihr Diplom und Ihre Dienstzeugnisse mit.\nBei Verhinderung ant
 worten Sie bitte direkt auf diese Nachricht.\n\nHerzliche Grüße\nIhr Recrui
 ting-Team der Barmherzigen Brüder Österreich
ORGANIZER;CN=Barmherzige Brüder Graz Recruiting:mailto:no-reply@prescreenapp.io
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="ps-interview-8841273@prescreenapp.io",
        iv=1,
        company="Krankenhaus der Barmherzigen Brüder Graz",
        role="Stationsleitung Innere Medizin",
        stage="hiring_manager",
        who="Günther Strobl;Monika Zach",
        trap="prescreen-ats-noreply-names-in-body",
    ),
    ev(
        "zweitgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Verena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20251111T093000Z
DTEND:20251111T103000Z
DTSTAMP:20251104T190211Z
UID:3q8n1v5dk0c7g9u2m4t6a8b1r0@google.com
CREATED:20251104T190147Z
DESCRIPTION:2. Runde BBr\, Strobl + jemand vom Personal\nFragen: Dienstplanmo
 dell\, Budget Fortbildung\, wer macht Stv?\nGehalt: nicht unter SL-Zulage K
 AGes!
LAST-MODIFIED:20251104T190211Z
LOCATION:Bergstraße 27\, 8020 Graz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BBr Eggenberg 2. Gespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="3q8n1v5dk0c7g9u2m4t6a8b1r0@google.com",
        iv=1,
        company="Krankenhaus der Barmherzigen Brüder Graz",
        who="Strobl",
        trap="google-export-utc-second-round-abbreviation",
    ),
    ev(
        "bookings-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN=GGZ Personalmanagement:mailto:GGZPersonalmanagement@ggz.graz
 .at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Verena Pic
 hler:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbu
 ngsgespräch Pflege (60 Min.)\nMitarbeiter: Petra Url\nOrt: Albert Schweitz
 er Klinik\, Albert-Schweitzer-Gasse 36\, 8020 Graz\, Haus B Erdgeschoss\n\n
 Anmerkungen: Stationsleitung AG/R (Akutgeriatrie/Remobilisation)\n\nMöchten
  Sie Ihre Buchung ändern oder stornieren? https://outlook.office365.com/own
 er/GGZPersonalmanagement@ggz.graz.at/bookings/\n\nGeriatrische Gesundheitsze
 ntren der Stadt Graz\n
UID:040000008200E00074C5B7101A82E008000000000B7FA1C3D946DC01000000000000000
 01000000044A8C0D1E7F3B2418A6C95D0E1F2A3B4
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Pflege - Verena Pichler
DTSTART;TZID=W. Europe Standard Time:20251029T110000
DTEND;TZID=W. Europe Standard Time:20251029T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T150301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Albert Schweitzer Klinik\, Albert-Schweitzer-Gasse
  36\, 8020 Graz
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000000B7FA1C3D946DC0100000000000000001000000044A8C0D1E7F3B2418A6C95D0E1F2A3B4",
        iv=1,
        company="Geriatrische Gesundheitszentren der Stadt Graz",
        role="Stationsleitung AG/R (Akutgeriatrie/Remobilisation)",
        who="Petra Url",
        trap="ms-bookings-user-is-customer-staff-in-body",
    ),
    ev(
        "fh-teams-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Lindner-Haas, Birgit":mailto:birgit.lindner-haas@fh-joanneum
 .at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pammer, J
 ürgen":mailto:juergen.pammer@fh-joanneum.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nbezugnehmend auf I
 hre Bewerbung als Hochschullehrende/r für Gesundheits- und Krankenpflege (
 Kennzahl 2025/118) laden wir Sie zu einem ersten Online-Gespräch ein.\n\n___
 _____________________________________________________________________________
 \nMicrosoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=d
 e-AT>\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_ZjA4YjQ2OWQtNmM1Ni00ZDFmLWJhNjUtMzE0Y2E3N2E5ODFm%40th
 read.v2/0>\nBesprechungs-ID: 358 114 902 771 3\nPasscode: 7uP3Xq\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E4B95A2F0C39DC01000000000000000
 0100000002F1B8D6C4A3E5F7091B2C3D4E5F6A7B8
SUMMARY;LANGUAGE=de-AT:Gespräch Bewerbung Hochschullehrende GuK (Kennzahl 20
 25/118)
DTSTART;TZID=W. Europe Standard Time:20251016T160000
DTEND;TZID=W. Europe Standard Time:20251016T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T072015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZjA4YjQ2OWQtNmM1Ni00ZDFmLWJhNjUtMzE0Y2E3N2E5ODFm%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATIONAL:1
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000E4B95A2F0C39DC010000000000000000100000002F1B8D6C4A3E5F7091B2C3D4E5F6A7B8",
        iv=1,
        company="FH JOANNEUM",
        role="Hochschullehrende/r für Gesundheits- und Krankenpflege",
        stage="hiring_manager",
        who="birgit.lindner-haas@fh-joanneum.at;juergen.pammer@fh-joanneum.at",
        trap="university-lecturer-teams-first-talk",
    ),
    ev(
        "probelehrveranstaltung",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Lindner-Haas, Birgit":mailto:birgit.lindner-haas@fh-joanneum
 .at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pammer, Jürge
 n":mailto:juergen.pammer@fh-joanneum.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Url-Krenn
 , Theresa":mailto:theresa.url-krenn@fh-joanneum.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="EG-AP154
 Skills Lab":mailto:raum.ap154@fh-joanneum.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nwie besprochen hi
 er die Einladung zur Probelehrveranstaltung (20 Min.\, Thema frei aus dem B
 ereich Pflegeprozess/Pflegediagnostik\, Zielgruppe 3. Semester) mit anschl
 ießendem Gespräch mit der Auswahlkommission (ca. 40 Min.).\nBeamer und Flip
 chart sind vorhanden\, Skills-Lab-Puppe bei Bedarf.\n\nTreffpunkt: Eggenber
 ger Allee 13\, Empfang EG.\n\nBeste Grüße\nBirgit Lindner-Haas\nStudiengang
 sleitung Gesundheits- und Krankenpflege\n
UID:040000008200E00074C5B7101A82E00800000000F51C0B3E7D40DC01000000000000000
 01000000066B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
SUMMARY;LANGUAGE=de-AT:Probelehrveranstaltung + Kommissionsgespräch - V. Pi
 chler
DTSTART;TZID=W. Europe Standard Time:20251113T090000
DTEND;TZID=W. Europe Standard Time:20251113T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T110944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:EG-AP154 Skills Lab
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000F51C0B3E7D40DC0100000000000000001000000066B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5",
        iv=1,
        company="FH JOANNEUM",
        role="Hochschullehrende/r für Gesundheits- und Krankenpflege",
        stage="technical",
        who="birgit.lindner-haas@fh-joanneum.at;juergen.pammer@fh-joanneum.at;theresa.url-krenn@fh-joanneum.at",
        trap="teaching-demo-probelehrveranstaltung-commission",
    ),
    ev(
        "google-zoom-kennenlernen",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T150000Z
DTEND:20251120T154500Z
DTSTAMP:20251114T102233Z
ORGANIZER;CN=Personal Privatklinik Graz Ragnitz:mailto:personal@privatklinik
 -graz-ragnitz.at
UID:6b2f0c1d9e8a4f7b@privatklinik-graz-ragnitz.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Schwab;X-NUM-GUESTS=0:mailto:a.schwab@privatklinik-graz-ragnitz.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Personal Privatklinik Graz Ragnitz;X-NUM-GUESTS=0:mailto:personal@privat
 klinik-graz-ragnitz.at
CREATED:20251114T102231Z
DESCRIPTION:Kennenlernen Stationsleitung Station 3 (Innere/Kardiologie) mit
  unserer Pflegedienstleiterin Andrea Schwab.\n\nZoom-Meeting beitreten\nhtt
 ps://us06web.zoom.us/j/84219903317?pwd=bEt3ZkJyV0xLa2FuT1RQdz09\n\nMeeting-
 ID: 842 1990 3317\nKenncode: 551207\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nEinladung von Google Calendar: htt
 ps://calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251114T102233Z
LOCATION:https://us06web.zoom.us/j/84219903317?pwd=bEt3ZkJyV0xLa2FuT1RQdz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Privatklinik Graz Ragnitz / Verena Pichler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="6b2f0c1d9e8a4f7b@privatklinik-graz-ragnitz.at",
        iv=1,
        company="Privatklinik Graz Ragnitz",
        role="Stationsleitung Station 3 (Innere/Kardiologie)",
        stage="hiring_manager",
        who="a.schwab@privatklinik-graz-ragnitz.at",
        trap="kennenlernen-google-zoom-pdl",
    ),
    ev(
        "vg-handtyped",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
CREATED:20251201T201511Z
DTSTAMP:20251201T201602Z
LAST-MODIFIED:20251201T201602Z
UID:A91D44C2-1B7E-4C0A-9E6F-3F2D8B50C7A1
SUMMARY:VG Hansa PK
DTSTART;TZID=Europe/Vienna:20251209T151500
DTEND;TZID=Europe/Vienna:20251209T161500
LOCATION:Hansa Privatklinikum\, Körblergasse 42
DESCRIPTION:mit PDL Lackner\, Stationsltg Interne/Onko\nFD bis 13:00 -> ta
 uschen mit Claudia??\nunterlagen: diplom\, WB mittl. Mgmt Bestätigung\, Dien
 stzeugnis
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:7C3D8E21-2B0F-4E9A-8D71-5A4B3C2D1E0F
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        uid="A91D44C2-1B7E-4C0A-9E6F-3F2D8B50C7A1",
        iv=1,
        company="Hansa Privatklinikum",
        who="Lackner",
        trap="hand-typed-vg-abbreviation",
    ),
]
