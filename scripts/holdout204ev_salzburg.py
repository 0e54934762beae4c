"""holdout204: the user's own interviews in Salzburg, Bavaria and Spain (hand-written iCalendar)."""

from holdout204ev_tz import TZ_BERLIN, TZ_MADRID, TZ_VIENNA, TZ_WEU, ev

EVENTS = [
    ev(
        "rexx-telefoninterview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:rexx-termin-20251016-004417-salk
DTSTAMP:20251010T091500Z
DTSTART;TZID=Europe/Vienna:20251016T113000
DTEND;TZID=Europe/Vienna:20251016T120000
SUMMARY:Telefoninterview - Stationsleitung Universitätsklinik für Innere Medizin I (Kennziffer 25-0417)
DESCRIPTION:Sehr geehrte Frau Pichler\,\n\nvielen Dank für Ihre Bewerbung um
  die Position Stationsleitung an der Universitätsklinik für Innere Medizin
  I. Wir möchten Sie gerne im Rahmen eines kurzen Telefoninterviews näher ken
 nenlernen. Frau Carina Stadler (Personalmanagement) wird Sie zum vereinbart
 en Zeitpunkt anrufen.\n\nMit freundlichen Grüßen\nSALK – Uniklinikum Salzbur
 g\nPersonalmanagement / Recruiting\n\nDiese E-Mail wurde automatisch erstell
 t.
ORGANIZER;CN=SALK Recruiting:mailto:bewerbung@salk.at
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="rexx-termin-20251016-004417-salk",
        iv=1,
        company="Uniklinikum Salzburg",
        role="Stationsleitung Universitätsklinik für Innere Medizin I",
        stage="recruiter_screen",
        who="Carina Stadler",
        trap="rexx-portal-telefoninterview",
    ),
    ev(
        "pd-gespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Stadler Carina":mailto:c.stadler@salk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Egger Rupert":m
 ailto:r.egger@salk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfeiffer Anna
 -Lena":mailto:a.pfeiffer@salk.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nwie telefonisch an
 gekündigt: persönliches Gespräch mit Pflegedirektor Rupert Egger\, MSc und
  der Bereichsleitung Innere Medizin\, Anna-Lena Pfeiffer.\nTreffpunkt: Landes
 krankenhaus\, Müllner Hauptstraße 48\, Haus 2 (Verwaltung)\, 3. OG\, Zi. 312
 .\nFahrtkosten werden nicht ersetzt.\n\nMfG Carina Stadler\n
UID:040000008200E00074C5B7101A82E00800000000E2C0A97B5148DC01000000000000000
 010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch SL IM I - Pichler
DTSTART;TZID=W. Europe Standard Time:20251029T100000
DTEND;TZID=W. Europe Standard Time:20251029T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T144400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Haus 2 Verwaltung 3.OG Zi. 312
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000E2C0A97B5148DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        iv=1,
        company="Uniklinikum Salzburg",
        role="Stationsleitung Universitätsklinik für Innere Medizin I",
        stage="hiring_manager",
        who="r.egger@salk.at;a.pfeiffer@salk.at",
        trap="exchange-pflegedirektor-bereichsleitung",
    ),
    ev(
        "zweitgespraech-betriebsrat",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Stadler Carina":mailto:c.stadler@salk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Egger Rupert":m
 ailto:r.egger@salk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Betriebsrat
  LKH - Reisinger Franz":mailto:betriebsrat.lkh@salk.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nwir freuen uns\, I
 hnen mitteilen zu können\, dass Sie in die engere Auswahl gekommen sind. Zum
  zweiten Gespräch mit Pflegedirektor Egger ist gemäß unserer Betriebsverein
 barung auch ein Mitglied des Betriebsrats (Franz Reisinger) anwesend. Themen
 : Dienstvertrag\, Einstufung\, Führungsverständnis.\n\nMfG Carina Stadler\n
UID:040000008200E00074C5B7101A82E008000000007D3B1F6E824ADC01000000000000000
 0100000001F2E3D4C5B6A79880123456789ABCDEF
SUMMARY;LANGUAGE=de-AT:2. Gespräch SL IM I - Pichler (mit BR)
DTSTART;TZID=W. Europe Standard Time:20251119T133000
DTEND;TZID=W. Europe Standard Time:20251119T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Haus 2 Verwaltung 3.OG Zi. 312
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000007D3B1F6E824ADC010000000000000000100000001F2E3D4C5B6A79880123456789ABCDEF",
        iv=1,
        company="Uniklinikum Salzburg",
        role="Stationsleitung Universitätsklinik für Innere Medizin I",
        stage="final",
        who="r.egger@salk.at;betriebsrat.lkh@salk.at",
        trap="second-talk-betriebsrat-present",
    ),
    ev(
        "vg-schwarzach",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
CREATED:20251114T062048Z
DTSTAMP:20251114T062210Z
LAST-MODIFIED:20251114T062210Z
UID:E2B7F9C0-6D13-4A85-B2E4-91C0F7A3D658
SUMMARY:Vorstellung Schwarzach
DTSTART;TZID=Europe/Vienna:20251125T110000
DTEND;TZID=Europe/Vienna:20251125T120000
LOCATION:Kardinal Schwarzenberg Klinikum\, Kardinal-Schwarzenberg-Str. 2-6\, 5620 Schwarzach im Pongau
DESCRIPTION:Zug Graz ab 6:23 -> Bischofshofen\, Umstieg Schwarzach-St.Veit
  an 10:12\nPflegedirektion\, Fr. Dr. Holzer + SL Kardio\nStelle: SL Interne
  3 (40h\, Dienstwohnung mögl.)\nZurück 13:48
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="E2B7F9C0-6D13-4A85-B2E4-91C0F7A3D658",
        iv=1,
        company="Kardinal Schwarzenberg Klinikum",
        role="SL Interne 3",
        who="Holzer",
        trap="hand-typed-vorstellung-train-times",
        lf=True,
    ),
    ev(
        "zoom-google-bb-salzburg",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260113T140000Z
DTEND:20260113T150000Z
DTSTAMP:20260105T113301Z
ORGANIZER;CN=Sarah Lindner:mailto:sarah.lindner@bbsalz.at
UID:2c5f8i1l4o7r0u3x6a9d2g5j8m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sarah Lindner;X-NUM-GUESTS=0:mailto:sarah.lindner@bbsalz.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Josef Mayrhofer;X-NUM-GUESTS=0:mailto:josef.mayrhofer@bbsalz.at
CREATED:20260105T113250Z
DESCRIPTION:Online-Vorstellungsgespräch für die Stelle Stationsleitung Akutg
 eriatrie (Krankenhaus der Barmherzigen Brüder Salzburg).\n\nZoom-Meeting be
 itreten\nhttps://us06web.zoom.us/j/81234509876?pwd=RjVmcnFUbWZIa2N3\nMeeting
 -ID: 812 3450 9876\nKenncode: 220913\n\nSchnelleinwahl mobil\n+4312535501\,\,8
 1234509876#\,\,\,\,*220913# Österreich
LAST-MODIFIED:20260105T113301Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Online-VG Stationsleitung Akutgeriatrie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="2c5f8i1l4o7r0u3x6a9d2g5j8m@google.com",
        iv=1,
        company="Krankenhaus der Barmherzigen Brüder Salzburg",
        role="Stationsleitung Akutgeriatrie",
        stage="hiring_manager",
        who="sarah.lindner@bbsalz.at;josef.mayrhofer@bbsalz.at",
        trap="google-zoom-online-vg-dial-in",
    ),
    ev(
        "praesentation-hochschule",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Institut für Pflegewissenschaft und -praxis";SENT-BY="mailto:
 sekretariat.pflege@pmu.ac.at":mailto:pflegewissenschaft@pmu.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Verena Pich
 ler:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandstätter,
  Eva":mailto:eva.brandstaetter@pmu.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kirchner, Tob
 ias":mailto:tobias.kirchner@pmu.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nim Rahmen des Aus
 wahlverfahrens für die Stelle „Lehrende/r Bachelorstudium Pflegewissenscha
 ft (Praxislehre)“ bitten wir Sie um eine Präsentation (15 Min.) zu Ihrem di
 daktischen Konzept für das Skills-Training\, gefolgt von einem Gespräch mit
  Prof.in Eva Brandstätter und Tobias Kirchner\, MScN.\nOrt: Strubergasse 21\,
  Haus C\, Seminarraum C2.\n\nMit freundlichen Grüßen\nSekretariat Institut f
 ür Pflegewissenschaft und -praxis\n
UID:040000008200E00074C5B7101A82E00800000000C9A4E1F2D34BDC01000000000000000
 01000000077665544332211FFEEDDCCBBAA009988
SUMMARY;LANGUAGE=de-AT:Präsentation & Gespräch Lehrende Praxislehre - Pichl
 er
DTSTART;TZID=W. Europe Standard Time:20260210T140000
DTEND;TZID=W. Europe Standard Time:20260210T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T094500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Haus C Seminarraum C2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000C9A4E1F2D34BDC0100000000000000001000000077665544332211FFEEDDCCBBAA009988",
        iv=1,
        company="Paracelsus Medizinische Privatuniversität",
        role="Lehrende/r Bachelorstudium Pflegewissenschaft (Praxislehre)",
        stage="technical",
        who="eva.brandstaetter@pmu.ac.at;tobias.kirchner@pmu.ac.at",
        trap="university-presentation-didactic-concept",
    ),
    ev(
        "telefoninterview-outlook",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Rainer, Lisa":mailto:lisa.rainer@tauernklinikum.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Frau Pichler\, ich rufe Sie wie vereinbart
  an. Es geht um die Stationsleitung Interne am Standort Zell am See.\nLG Li
 sa Rainer\, Personalabteilung Tauernklinikum\n
UID:040000008200E00074C5B7101A82E008000000004E6F7A8B914CDC01000000000000000
 010000000DEADBEEF0011223344556677889900AA
SUMMARY;LANGUAGE=de-AT:Tel. Pichler
DTSTART;TZID=W. Europe Standard Time:20260108T081500
DTEND;TZID=W. Europe Standard Time:20260108T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T150505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000004E6F7A8B914CDC01000000000000000010000000DEADBEEF0011223344556677889900AA",
        iv=1,
        company="Tauernklinikum",
        role="Stationsleitung Interne",
        stage="recruiter_screen",
        who="lisa.rainer@tauernklinikum.at",
        trap="terse-tel-summary-role-in-body",
    ),
    ev(
        "join-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN Interview//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-int-4471902-0f6e@join.com
DTSTAMP:20251203T130000Z
DTSTART:20251210T080000Z
DTEND:20251210T084500Z
SUMMARY:Vorstellungsgespräch Pflegedienstleitung Haus für Senioren Salzburg-Aigen
DESCRIPTION:Hallo Verena\,\nKatharina Leitner von Diakoniewerk Salzburg hat e
 inen Termin für ein Vorstellungsgespräch mit dir vereinbart.\n\nWann: Mi\, 1
 0. Dez. 2025 09:00–09:45 (MEZ)\nWo: Video-Call – https://meet.google.com/cvn
 -ujyt-rsd\n\nViel Erfolg!\nDein JOIN-Team
ORGANIZER;CN=Katharina Leitner (Diakoniewerk Salzburg):mailto:notifications@join.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:https://meet.google.com/cvn-ujyt-rsd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="join-int-4471902-0f6e@join.com",
        iv=1,
        company="Diakoniewerk Salzburg",
        role="Pflegedienstleitung Haus für Senioren Salzburg-Aigen",
        who="Katharina Leitner",
        trap="join-ats-notifications-organizer",
    ),
    ev(
        "dvinci-berlin-tz",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci//d.vinci Termin//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:dvinci-termin-98813-kliniken-suedostbayern
DTSTAMP:20260112T100101Z
DTSTART;TZID=Europe/Berlin:20260122T133000
DTEND;TZID=Europe/Berlin:20260122T143000
SUMMARY:Vorstellungsgespräch: Stationsleitung (m/w/d) Kardiologie/Innere - Klinikum Traunstein
DESCRIPTION:Sehr geehrte Frau Pichler\,\n\nhiermit bestätigen wir Ihren Termi
 n zum Vorstellungsgespräch am Klinikum Traunstein\, Cuno-Niggl-Straße 3\, 83
 278 Traunstein\, Verwaltungsgebäude\, Raum V 1.14.\n\nAn dem Gespräch nehmen
  teil: Frau Melanie Huber (Pflegedirektorin)\, Herr Thomas Obermaier (Pfleg
 edienstleitung Innere)\, Frau Julia Kraus (Personalabteilung).\n\nBitte br
 ingen Sie Ihre Urkunde zur Erlaubnis bzw. Ihr österreichisches Diplom mit.\n
 \nMit freundlichen Grüßen\nKliniken Südostbayern AG\nPersonalmanagement
ORGANIZER;CN=Kliniken Südostbayern AG:mailto:bewerbung@kliniken-suedostbayern.de
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:Klinikum Traunstein\, Verwaltungsgebäude\, Raum V 1.14
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="dvinci-termin-98813-kliniken-suedostbayern",
        iv=1,
        company="Kliniken Südostbayern",
        role="Stationsleitung (m/w/d) Kardiologie/Innere",
        stage="hiring_manager",
        who="Melanie Huber;Thomas Obermaier;Julia Kraus",
        trap="german-employer-europe-berlin-tz",
    ),
    ev(
        "entrevista-es",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251204T103000
DTEND;TZID=Europe/Madrid:20251204T111500
DTSTAMP:20251126T120505Z
ORGANIZER;CN=Lucía Fernández Ruiz:mailto:lucia.fernandez@quironsalud.es
UID:7h0k3n6q9t2w5z8c1f4i7l0o3r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Fernández Ruiz;X-NUM-GUESTS=0:mailto:lucia.fernandez@quironsalud.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jorge Salinas;X-NUM-GUESTS=0:mailto:jorge.salinas@quironsalud.es
CREATED:20251126T120450Z
DESCRIPTION:Hola Verena\,\n\nte confirmo la entrevista para el puesto de Sup
 ervisora de Enfermería – Unidad Internacional (pacientes de habla alemana)
  del Hospital Quirónsalud Marbella. Estaremos Jorge Salinas (Director de Enf
 ermería) y yo. Parte de la entrevista será en alemán.\n\nUnirse con Google
  Meet: https://meet.google.com/hzr-mbqe-vkd\n\nUn saludo\,\nLucía – Selecció
 n de Personal
LAST-MODIFIED:20251126T120505Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Supervisora de Enfermería – Verena Pichler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="7h0k3n6q9t2w5z8c1f4i7l0o3r@google.com",
        iv=1,
        company="Hospital Quirónsalud Marbella",
        role="Supervisora de Enfermería – Unidad Internacional",
        who="lucia.fernandez@quironsalud.es;jorge.salinas@quironsalud.es",
        trap="spanish-entrevista-europe-madrid",
    ),
    ev(
        "xwr-export-floating",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen
X-WR-TIMEZONE:Europe/Vienna
X-WR-CALDESC:Termine Jobsuche 2025/26
BEGIN:VEVENT
DTSTART:20260203T100000
DTEND:20260203T110000
DTSTAMP:20260126T201515Z
UID:4e7h0k3n6q9t2w5z8c1f4i7l0o@google.com
CREATED:20260126T201430Z
DESCRIPTION:Wehrle-Diakonissen\, Guggenmoosstr. 1\nGespräch mit PDL Mag. Ha
 bersatter wg. SL Chirurgie/Interne Privatstation\nParken Tiefgarage\, Ticke
 t entwerten lassen
LAST-MODIFIED:20260126T201515Z
LOCATION:Privatklinik Wehrle-Diakonissen Salzburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wehrle – Gespräch PDL
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="4e7h0k3n6q9t2w5z8c1f4i7l0o@google.com",
        iv=1,
        company="Privatklinik Wehrle-Diakonissen",
        role="SL Chirurgie/Interne Privatstation",
        stage="hiring_manager",
        who="Habersatter",
        trap="x-wr-calendar-export-floating-own-entry",
    ),
]
