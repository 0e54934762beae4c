"""holdout204: the user's own interviews with employers in Vienna (hand-written iCalendar)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, ev

_HEARING_HEAD = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU

EVENTS = [
    ev(
        "hearing",
        _HEARING_HEAD + r"""BEGIN:VEVENT
ORGANIZER;CN="Klinik Floridsdorf - Direktion Pflege";SENT-BY="mailto:mart
 ina.sedlak@gesundheitsverbund.at":mailto:kfl.pflegedirektion@gesundheitsver
 bund.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nwir laden Sie zum
  Hearing für die Funktion Stationsleitung (w/m/d) Interne Medizin mit Schwe
 rpunkt Gastroenterologie ein.\n\nAblauf: Präsentation (max. 10 Min.\, Them
 a: „Meine ersten 100 Tage als Stationsleitung“)\, anschließend Fragen der K
 ommission.\nKommission: Mag.a Sabine Wurzer (Direktorin des Pflegedienstes)
 \, Ing. Thomas Brandl\, MBA (Bereichsleitung Pflege)\, Dr.in Karin Leitgeb
  (Personalmanagement)\, Vertretung der Personalvertretung.\n\nBitte finden S
 ie sich 15 Minuten vorher im Sekretariat (Bauteil A\, Ebene 04) ein.\n\nMit
  freundlichen Grüßen\nMartina Sedlak\nSekretariat Direktion Pflege\nKlinik F
 loridsdorf\, Brünner Straße 68\, 1210 Wien\n
UID:040000008200E00074C5B7101A82E00800000000C2A7E95F1B3ADC01000000000000000
 01000000017E3D2C1B0A9F8E7D6C5B4A3928170F6
SUMMARY;LANGUAGE=de-AT:Hearing Stationsleitung IM/Gastro - Fr. Pichler
DTSTART;TZID=W. Europe Standard Time:20251104T130000
DTEND;TZID=W. Europe Standard Time:20251104T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T083341Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:KFL Bauteil A Ebene 04 Besprechungsraum Direktion
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000C2A7E95F1B3ADC0100000000000000001000000017E3D2C1B0A9F8E7D6C5B4A3928170F6",
        iv=1,
        company="Wiener Gesundheitsverbund - Klinik Floridsdorf",
        role="Stationsleitung (w/m/d) Interne Medizin mit Schwerpunkt Gastroenterologie",
        stage="onsite",
        who="Sabine Wurzer;Thomas Brandl;Karin Leitgeb",
        trap="hearing-before-commission-management-post",
    ),
    ev(
        "hearing-moved",
        _HEARING_HEAD + r"""BEGIN:VEVENT
ORGANIZER;CN="Klinik Floridsdorf - Direktion Pflege";SENT-BY="mailto:mart
 ina.sedlak@gesundheitsverbund.at":mailto:kfl.pflegedirektion@gesundheitsver
 bund.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\naufgrund einer Ter
 minkollision in der Kommission müssen wir das Hearing leider auf Dienstag\,
  11.11.\, 09:30 Uhr verschieben. Ablauf und Ort bleiben unverändert (Präsen
 tation max. 10 Min.\, danach Fragen der Kommission: Mag.a Sabine Wurzer\, I
 ng. Thomas Brandl\, MBA\, Dr.in Karin Leitgeb\, Personalvertretung).\n\nWir
  bitten um Verständnis.\nMartina Sedlak\nSekretariat Direktion Pflege\n
UID:040000008200E00074C5B7101A82E00800000000C2A7E95F1B3ADC01000000000000000
 01000000017E3D2C1B0A9F8E7D6C5B4A3928170F6
SUMMARY;LANGUAGE=de-AT:VERSCHOBEN: Hearing Stationsleitung IM/Gastro - Fr.
  Pichler
DTSTART;TZID=W. Europe Standard Time:20251111T093000
DTEND;TZID=W. Europe Standard Time:20251111T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T140512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:KFL Bauteil A Ebene 04 Besprechungsraum Direktion
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000C2A7E95F1B3ADC0100000000000000001000000017E3D2C1B0A9F8E7D6C5B4A3928170F6",
        iv=1,
        company="Wiener Gesundheitsverbund - Klinik Floridsdorf",
        role="Stationsleitung (w/m/d) Interne Medizin mit Schwerpunkt Gastroenterologie",
        stage="onsite",
        who="Sabine Wurzer;Thomas Brandl;Karin Leitgeb",
        trap="hearing-rescheduled-sequence-1",
    ),
    ev(
        "softgarden-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:sg-appointment-31977640-2025@softgarden.io
DTSTAMP:20251021T124455Z
DTSTART;TZID=Europe/Vienna:20251030T140000
DTEND;TZID=Europe/Vienna:20251030T150000
SUMMARY:Einladung zum Vorstellungsgespräch - Stationsleitung Interne Abteilung (w/m/d)
LOCATION:Krankenhaus Göttlicher Heiland\, Dornbacher Straße 20-30\, 1170 Wien\, Verwaltung 2. Stock
DESCRIPTION:Sehr geehrte Frau Pichler\,\n\nvielen Dank für Ihre Bewerbung bei
  der Vinzenz Gruppe. Gerne möchten wir Sie persönlich kennenlernen.\n\nIhre
  Gesprächspartner*innen:\nDGKP Elisabeth Gruber\, MBA – Pflegedirektorin\nDGK
 P Stefan Hainzl – Bereichsleitung\n\nFalls Sie den Termin nicht wahrnehmen k
 önnen\, sagen Sie bitte über Ihren Bewerberzugang ab.\n\nHerzliche Grüße\nTa
 mara Horvath\nHR Recruiting Vinzenz Gruppe\n\nDiese Nachricht wurde über so
 ftgarden versendet.
ORGANIZER;CN=Tamara Horvath (via softgarden):mailto:noreply@softgarden.io
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="sg-appointment-31977640-2025@softgarden.io",
        iv=1,
        company="Krankenhaus Göttlicher Heiland",
        role="Stationsleitung Interne Abteilung (w/m/d)",
        stage="hiring_manager",
        who="Elisabeth Gruber;Stefan Hainzl",
        trap="softgarden-hospital-group-portal-pflegedirektorin",
    ),
    ev(
        "teams-bewerbungsgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Wallner, Daniela":mailto:d.wallner@ekhwien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Pichler\, wie telefonisch vereinbart
  – ich freue mich auf unser Gespräch zur Stelle Koordination Praxisanleitu
 ng (Pflegepädagogik\, 30 h).\nDaniela Wallner\, Leitung Pflegeentwicklung\n
 ________________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen
  App oder im Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehme
 n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E0MzQ1%40thread.
 v2/0>\nBesprechungs-ID: 312 408 771 905\nPasscode: Hs8q4w\nEinwahl per Telef
 on\n+43 1 206 19 4432\,\,583920144# Österreich\, Wien\nKonferenz-ID: 583 920
  144#\n________________________________________________________________________________
 \n
UID:040000008200E00074C5B7101A82E00800000000D8E2B14C6F42DC01000000000000000
 010000000A7B6C5D4E3F2019283746556473829A0
SUMMARY;LANGUAGE=de-AT:Pichler Verena - Koordination Praxisanleitung
DTSTART;TZID=W. Europe Standard Time:20251127T133000
DTEND;TZID=W. Europe Standard Time:20251127T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T091122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000D8E2B14C6F42DC01000000000000000010000000A7B6C5D4E3F2019283746556473829A0",
        iv=1,
        company="Evangelisches Krankenhaus Wien",
        role="Koordination Praxisanleitung (Pflegepädagogik, 30 h)",
        who="d.wallner@ekhwien.at",
        trap="teams-invite-summary-is-name-and-role-only",
    ),
    ev(
        "meet-zweitgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260120T084500Z
DTEND:20260120T093000Z
DTSTAMP:20260115T141019Z
ORGANIZER;CN=Sonja Kratochwil:mailto:sonja.kratochwil@franziskusspital.at
UID:1vb6g0s7l9m2e4c8k5a3o1p0qj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sonja Kratochwil;X-NUM-GUESTS=0:mailto:sonja.kratochwil@franziskusspita
 l.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Peter Moser-Rainer;X-NUM-GUESTS=0:mailto:peter.moser-rainer@franziskuss
 pital.at
CREATED:20260115T140955Z
DESCRIPTION:Zweitgespräch Stationsleitung Interne 2 (Standort Landstraße) –
  mit Pflegedirektor Peter Moser-Rainer.\n\nMit Google Meet teilnehmen: https
 ://meet.google.com/wqx-hfzt-keb\nOder per Telefon teilnehmen: (AT) +43 1 253
 0143 PIN: 418 227 904#\n\nWeitere Telefonnummern: https://tel.meet/wqx-hfz
 t-keb?pin=4182279041113
LAST-MODIFIED:20260115T141019Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Franziskus Spital – V. Pichler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="1vb6g0s7l9m2e4c8k5a3o1p0qj@google.com",
        iv=1,
        company="Franziskus Spital",
        role="Stationsleitung Interne 2",
        stage="final",
        who="sonja.kratochwil@franziskusspital.at;peter.moser-rainer@franziskusspital.at",
        trap="google-meet-zweitgespraech-dial-in",
    ),
    ev(
        "cancelled-interview",
        r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Zöhrer, Isabella":mailto:i.zoehrer@rudolfinerhaus.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Berger, C
 hristiane":mailto:c.berger@rudolfinerhaus.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Pichler\,\n\nleider müssen wir den Ter
 min absagen – die Stelle der Stationsleitung Station 2 wurde intern nachbes
 etzt. Wir behalten Ihre Unterlagen gerne in Evidenz.\n\nAlles Gute\nIsabel
 la Zöhrer\, HR\n
UID:040000008200E00074C5B7101A82E008000000003AE4F2B97D43DC01000000000000000
 010000000B1C2D3E4F5061728394A5B6C7D8E9F00
SUMMARY;LANGUAGE=de-AT:Abgesagt: Vorstellungsgespräch Stationsleitung Stati
 on 2
DTSTART;TZID=W. Europe Standard Time:20251203T150000
DTEND;TZID=W. Europe Standard Time:20251203T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251128T101845Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=de-AT:Rudolfinerhaus\, Billrothstraße 78\, 1190 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000003AE4F2B97D43DC01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00",
        iv=1,
        company="Rudolfinerhaus",
        role="Stationsleitung Station 2",
        stage="hiring_manager",
        who="i.zoehrer@rudolfinerhaus.at;c.berger@rudolfinerhaus.at",
        trap="method-cancel-abgesagt-position-filled",
    ),
    ev(
        "calendly-zoom",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:9d1e4a3c-7b52-4f80-a6d9-c3e1f20b7a64
DTSTAMP:20251023T171204Z
DTSTART:20251028T103000Z
DTEND:20251028T110000Z
SUMMARY:Kennenlerngespräch Stationsleitung (30 Min.) zwischen Nicole Haider und Verena Pichler
DESCRIPTION:Veranstaltungsname: Kennenlerngespräch Stationsleitung (30 Min.)
 \n\nOrt: Zoom. Die Details werden nach Abschluss der Buchung bereitgestellt
 .\n\nBitte teilen Sie alles mit\, was bei der Vorbereitung unseres Meetings
  helfen kann.: Bewerbung Stationsleitung Confraternität Privatklinik Josefs
 tadt\, derzeit DGKP Interne LKH Graz Süd\n\nBenötigen Sie Änderungen an di
 esem Event?\nAbsagen: https://calendly.com/cancellations/9d1e4a3c-7b52-4f80
 -a6d9-c3e1f20b7a64\nVerschieben: https://calendly.com/reschedulings/9d1e4a
 3c-7b52-4f80-a6d9-c3e1f20b7a64\n\nPowered by Calendly.com
LOCATION:https://us02web.zoom.us/j/86677120934?pwd=Q1hNUkx0SWZ5cTlVWm1XQ3Fq
 dz09
ORGANIZER;CN=Nicole Haider:mailto:nicole.haider@confraternitaet.at
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:verena.pichler86@aon.at
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="9d1e4a3c-7b52-4f80-a6d9-c3e1f20b7a64",
        iv=1,
        company="Confraternität Privatklinik Josefstadt",
        role="Stationsleitung",
        stage="recruiter_screen",
        who="nicole.haider@confraternitaet.at",
        trap="calendly-booked-by-user-company-only-in-answer",
    ),
    ev(
        "lehrprobe",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Trausmuth, Gabriele":mailto:gabriele.trausmuth@fh-campuswien
 .ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Verena Pich
 ler:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Demir, Ayse":
 mailto:ayse.demir@fh-campuswien.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nwir laden Sie zum
  Auswahlgespräch inkl. Lehrprobe (15 Min.\, Thema: Pflegeprozess bei Patie
 nt*innen mit Herzinsuffizienz) für die Stelle „Lehrende*r Gesundheits- und
  Krankenpflege (Praktikumskoordination)“ ein.\nDas Gespräch findet online st
 att.\n\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_MzYxOGNk%40thread.v2/0>\nBesprechungs-ID: 390 555 0
 12 018\nPasscode: bT7Ks2\n\nGabriele Trausmuth\, Studiengangsleitung\n
UID:040000008200E00074C5B7101A82E00800000000A93C5D7E2044DC01000000000000000
 010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=de-AT:Auswahlgespräch + Lehrprobe GuK - Pichler
DTSTART;TZID=W. Europe Standard Time:20251215T100000
DTEND;TZID=W. Europe Standard Time:20251215T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251204T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000A93C5D7E2044DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        iv=1,
        company="FH Campus Wien",
        role="Lehrende*r Gesundheits- und Krankenpflege (Praktikumskoordination)",
        stage="technical",
        who="gabriele.trausmuth@fh-campuswien.ac.at;ayse.demir@fh-campuswien.ac.at",
        trap="auswahlgespraech-lehrprobe-online",
    ),
    ev(
        "teamtailor-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-1187342@teamtailor.com
DTSTAMP:20251105T122030Z
DTSTART:20251112T130000Z
DTEND:20251112T140000Z
SUMMARY:Interview: Stationsleitung Pflege (DGKP) – Haus der Barmherzigkeit Seeböckgasse
DESCRIPTION:Hallo Verena\,\n\nwir freuen uns auf das Gespräch mit dir!\n\nTe
 ilnehmende: Barbara Windisch\, Mario Jovanovic\nOrt: Haus der Barmherzigkei
 t\, Seeböckgasse 30a\, 1160 Wien – Empfang\n\nDu kannst den Termin über deine
  Kandidat*innen-Seite ändern.\n\nHaus der Barmherzigkeit · via Teamtailor
ORGANIZER;CN=Haus der Barmherzigkeit:mailto:no-reply@mail.teamtailor.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Barbara Windisch;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:barbara.windisch@hb.at
ATTENDEE;CN=Mario Jovanovic;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mario.jovanovic@hb.at
LOCATION:Haus der Barmherzigkeit\, Seeböckgasse 30a\, 1160 Wien
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="teamtailor-meeting-1187342@teamtailor.com",
        iv=1,
        company="Haus der Barmherzigkeit",
        role="Stationsleitung Pflege (DGKP)",
        stage="hiring_manager",
        who="barbara.windisch@hb.at;mario.jovanovic@hb.at",
        trap="teamtailor-du-form-interview",
    ),
    ev(
        "google-invite-lehrende",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260122T100000
DTEND;TZID=Europe/Vienna:20260122T110000
DTSTAMP:20260113T090412Z
ORGANIZER;CN=Bildungszentrum Wiener Rotes Kreuz:mailto:bildung@wrk.at
UID:5p9c2r7t0v3x6z1b4d8f0h2j4k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andreas Hofbauer;X-NUM-GUESTS=0:mailto:andreas.hofbauer@wrk.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nottendo
 rfer Gasse – SR 3;X-NUM-GUESTS=0:mailto:c_1887f3b0a2d6@resource.calendar.g
 oogle.com
CREATED:20260113T090358Z
DESCRIPTION:Bewerbungsgespräch Lehrende Pflegeassistenz (Teilzeit 25 h)\nmit
  Andreas Hofbauer (Leitung Ausbildung Gesundheitsberufe)\nAdresse: Notten
 dorfer Gasse 21\, 1030 Wien
LAST-MODIFIED:20260113T090412Z
LOCATION:Nottendorfer Gasse – SR 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bewerbungsgespräch V. Pichler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="5p9c2r7t0v3x6z1b4d8f0h2j4k@google.com",
        iv=1,
        company="Wiener Rotes Kreuz",
        role="Lehrende Pflegeassistenz (Teilzeit 25 h)",
        stage="hiring_manager",
        who="andreas.hofbauer@wrk.at",
        trap="google-workspace-room-resource-attendee",
    ),
    ev(
        "personio-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:personio-interview-2f8d41a7-0c93-4e5b-b6a2-81d7e30c9f55
DTSTAMP:20251202T104401Z
DTSTART;TZID=Europe/Vienna:20251211T090000
DTEND;TZID=Europe/Vienna:20251211T100000
SUMMARY:Interview mit Herz-Jesu Krankenhaus: Stationsleitung Orthopädie/Interne (m/w/d)
DESCRIPTION:Liebe Frau Pichler\,\n\nhiermit bestätigen wir Ihren Termin.\n\n
 Teilnehmer:innen: Karoline Winkler (Pflegedirektorin)\, Julia Frühwirth (Pe
 rsonal)\n\nAdresse: Baumgasse 20A\, 1030 Wien\n\nViele Grüße\nIhr Herz-Jesu
  Krankenhaus
ORGANIZER;CN=Herz-Jesu Krankenhaus:mailto:jobs@herz-jesu-krankenhaus.personio.de
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Karoline Winkler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.winkler@kh-herzjesu.at
ATTENDEE;CN=Julia Frühwirth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.fruehwirth@kh-herzjesu.at
LOCATION:Baumgasse 20A\, 1030 Wien
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="personio-interview-2f8d41a7-0c93-4e5b-b6a2-81d7e30c9f55",
        iv=1,
        company="Herz-Jesu Krankenhaus",
        role="Stationsleitung Orthopädie/Interne (m/w/d)",
        stage="hiring_manager",
        who="k.winkler@kh-herzjesu.at;j.fruehwirth@kh-herzjesu.at",
        trap="personio-interview-mit-company",
    ),
]
