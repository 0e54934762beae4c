# ruff: noqa: E501
"""holdout144 events: the user's own interviews at Austrian universities and public libraries."""

EVENTS = [
    dict(
        kind="hearing",
        uid="040000008200E00074C5B7101A82E00800000000A0C3B1E27A8EDB01000000000000000010000000F1D2C6B93A4F0E4BA1E3C5D76B9E21AF",
        iv=1, company="Universität Wien", role="Leitung der Fachbereichsbibliothek Sozialwissenschaften",
        stage="onsite", who="katharina.poelzl@univie.ac.at;andreas.wurzer@univie.ac.at",
        trap="outlook-hearing-sent-by-secretariat-room-resource",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Pölzl, Katharina";SENT-BY="mailto:ub.direktion@univie.ac.at":mailto:katharina.poelzl@univie.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wurzer, Andreas":mailto:andreas.wurzer@univie.ac.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="UB Besprechungsraum 1.OG (12 Pers.)":mailto:ub-br1@univie.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Leitner\,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns\, Sie zum Hearing für die Position „Leitung der Fachbereichsbibliothek Sozialwissenschaften“ (Kennzahl 1-2025-0117) einladen zu dürfen.\n\nAblauf:\n- Kurzpräsentation (max. 10 Minuten) zum Thema „Die Fachbereichsbibliothek als Lern- und Forschungsort 2030“\n- anschließend Gespräch mit der Kommission (ca. 35 Minuten)\n\nDer Kommission gehören Frau Dr. Katharina Pölzl (Direktorin der Universitätsbibliothek) und Herr Mag. Andreas Wurzer (Abteilungsleitung Fachbereichsbibliotheken) an.\n\nOrt: Universitätsring 1\, 1010 Wien\, Hauptgebäude\, Stiege 7\, 1. OG – bitte melden Sie sich im Sekretariat der Bibliotheksdirektion.\n\nMit freundlichen Grüßen\nim Auftrag\nMonika Strasser\nSekretariat der Bibliotheksdirektion\n
UID:040000008200E00074C5B7101A82E00800000000A0C3B1E27A8EDB01000000000000000010000000F1D2C6B93A4F0E4BA1E3C5D76B9E21AF
SUMMARY;LANGUAGE=de-AT:Hearing Leitung FB Sozialwissenschaften – Mag. Theresa Leitner
DTSTART;TZID=W. Europe Standard Time:20250318T091500
DTEND;TZID=W. Europe Standard Time:20250318T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T081244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:UB Besprechungsraum 1.OG (12 Pers.)
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
    dict(
        kind="teams-talk",
        uid="040000008200E00074C5B7101A82E00800000000D4E9C02F8C95DB010000000000000000100000007A61C0B3E2D9474F9A3D1E55C2B8F0D4",
        iv=1, company="Universität Wien", role="Leitung der Fachbereichsbibliothek Sozialwissenschaften",
        stage="final", who="thomas.reiterer@univie.ac.at;katharina.poelzl@univie.ac.at",
        trap="outlook-teams-vice-rector-final-talk",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Pölzl, Katharina";SENT-BY="mailto:ub.direktion@univie.ac.at":mailto:katharina.poelzl@univie.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reiterer, Thomas":mailto:thomas.reiterer@univie.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Leitner\,\n\nim Anschluss an das Hearing am 18. März möchten wir Sie zu einem abschließenden Gespräch mit Herrn Vizerektor Univ.-Prof. Dr. Thomas Reiterer und Frau Dr. Pölzl einladen. Das Gespräch findet online über Microsoft Teams statt und dauert ca. 45 Minuten.\n\nMit freundlichen Grüßen\nMonika Strasser\n\n________________________________________________________________________________\nMicrosoft Teams Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder im Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ4NmE1YjEtNzJmYy00OTg2LWE0ZTMtYzE2OGNjYTk5NjBm%40thread.v2/0?context=%7b%22Tid%22%3a%22c3d1%22%7d>\nBesprechungs-ID: 378 114 902 557\nKennung: 9pH3Zt\nAuch per Telefon einwählen\n+43 1 2062 5738\,\,582417993#   Österreich\, Wien\nTelefonkonferenz-ID: 582 417 993#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D4E9C02F8C95DB010000000000000000100000007A61C0B3E2D9474F9A3D1E55C2B8F0D4
SUMMARY;LANGUAGE=de-AT:Gespräch VR Reiterer / Mag. Leitner (Leitung FB Sozialwissenschaften)
DTSTART;TZID=W. Europe Standard Time:20250402T140000
DTEND;TZID=W. Europe Standard Time:20250402T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T132001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ4NmE1YjEtNzJmYy00OTg2LWE0ZTMtYzE2OGNjYTk5NjBm%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:theresa.leitner@gmx.at\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZGQ4NmE1YjEtNzJmYy00OTg2LWE0ZTMtYzE2OGNjYTk5NjBm-thread.v2
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-erstgespraech",
        uid="040000008200E00074C5B7101A82E008000000006B5F1A4B7B91DB01000000000000000010000000C0FFEE5A11B24E0D8E7744A9D01B3C2E",
        iv=1, company="Österreichische Nationalbibliothek", role="Abteilungsleitung Digitale Services (w/m/d)",
        stage="hiring_manager", who="florian.dworak@onb.ac.at;julia.berger@onb.ac.at",
        trap="outlook-teams-first-talk-original-before-reschedule",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Berger, Julia":mailto:julia.berger@onb.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dworak, Florian":mailto:florian.dworak@onb.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Leitner\,\n\nwie telefonisch besprochen\, sende ich Ihnen die Einladung zum Erstgespräch für die Position Abteilungsleitung Digitale Services (w/m/d). Gesprächspartner: Mag. Florian Dworak (Direktor Digitale Bibliothek) und ich selbst.\n\nBeste Grüße\nJulia Berger\nPersonalmanagement | Österreichische Nationalbibliothek\nJosefsplatz 1\, 1015 Wien\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTQ0YzU1ZDItOWQ1Ny00ZWZiLTk0NGMtODg0MjY4NTg2ZGQ3%40thread.v2/0>\nMeeting ID: 312 550 478 021\nPasscode: ux8Dq2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000006B5F1A4B7B91DB01000000000000000010000000C0FFEE5A11B24E0D8E7744A9D01B3C2E
SUMMARY;LANGUAGE=de-AT:Erstgespräch Abteilungsleitung Digitale Services – Leitner
DTSTART;TZID=W. Europe Standard Time:20250311T100000
DTEND;TZID=W. Europe Standard Time:20250311T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T094512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-erstgespraech",
        uid="040000008200E00074C5B7101A82E008000000006B5F1A4B7B91DB01000000000000000010000000C0FFEE5A11B24E0D8E7744A9D01B3C2E",
        iv=1, company="Österreichische Nationalbibliothek", role="Abteilungsleitung Digitale Services (w/m/d)",
        stage="hiring_manager", who="florian.dworak@onb.ac.at;julia.berger@onb.ac.at",
        trap="outlook-rescheduled-same-uid-sequence-2",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Berger, Julia":mailto:julia.berger@onb.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dworak, Florian":mailto:florian.dworak@onb.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Leitner\,\n\nleider muss Herr Dworak den Termin am Dienstag kurzfristig verschieben – vielen Dank für Ihre Flexibilität beim neuen Termin am Donnerstag\, 13.3.\, 14:00 Uhr. Der Teams-Link bleibt gleich.\n\nBeste Grüße\nJulia Berger\nPersonalmanagement | Österreichische Nationalbibliothek\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTQ0YzU1ZDItOWQ1Ny00ZWZiLTk0NGMtODg0MjY4NTg2ZGQ3%40thread.v2/0>\nMeeting ID: 312 550 478 021\nPasscode: ux8Dq2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000006B5F1A4B7B91DB01000000000000000010000000C0FFEE5A11B24E0D8E7744A9D01B3C2E
SUMMARY;LANGUAGE=de-AT:Erstgespräch Abteilungsleitung Digitale Services – Leitner
DTSTART;TZID=W. Europe Standard Time:20250313T140000
DTEND;TZID=W. Europe Standard Time:20250313T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T161938Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-AT:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="josefsplatz",
        uid="8c1e3b7a-52f0-4d36-9b6e-onb-2runde-leitner@onb.ac.at",
        iv=1, company="Österreichische Nationalbibliothek", role="Abteilungsleitung Digitale Services",
        stage="final", who="renate.albrecht-mayr@onb.ac.at;florian.dworak@onb.ac.at",
        trap="second-round-director-general-in-person",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN="Albrecht-Mayr, Renate";RSVP=TRUE:mailto:renate.albrecht-mayr@onb.ac.at
ATTENDEE;CN="Dworak, Florian";RSVP=TRUE:mailto:florian.dworak@onb.ac.at
ATTENDEE;CN="theresa.leitner@gmx.at";RSVP=TRUE:mailto:theresa.leitner@gmx.at
CLASS:PUBLIC
CREATED:20250321T101203Z
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nwir freuen uns\, Sie zur zweiten Gesprächsrunde mit Frau Generaldirektorin Dr. Albrecht-Mayr und Herrn Mag. Dworak einzuladen. Bitte bringen Sie Ihre Überlegungen zu den ersten 100 Tagen in der Abteilung mit (keine Präsentation erforderlich).\n\nTreffpunkt: Portier Josefsplatz 1\, Sie werden abgeholt.\n\nBeste Grüße\nJulia Berger\n
DTEND;TZID="W. Europe Standard Time":20250327T113000
DTSTAMP:20250321T101203Z
DTSTART;TZID="W. Europe Standard Time":20250327T103000
LAST-MODIFIED:20250321T101203Z
LOCATION:ÖNB\, Josefsplatz 1\, Direktionstrakt 2. Stock
ORGANIZER;CN="Berger, Julia":mailto:julia.berger@onb.ac.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:2. Gesprächsrunde Abt.-Ltg. Digitale Services / Leitner
TRANSP:OPAQUE
UID:8c1e3b7a-52f0-4d36-9b6e-onb-2runde-leitner@onb.ac.at
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="city-portal-hearing",
        uid="rec-wien-MA09-2025-014-hearing-cand-0031@recruiting.wien.gv.at",
        iv=1, company="Wienbibliothek im Rathaus", role="Referatsleitung Sammlungen und Nachlässe",
        stage="onsite", who="Dr.in Anita Wöhrer;Mag. Paul Hrubesch;Ing.in Karin Ströbl",
        trap="city-hr-system-invites-user-as-candidate-internal-posting",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Wien//Personalauswahl Bewerbungsmanagement//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:rec-wien-MA09-2025-014-hearing-cand-0031@recruiting.wien.gv.at
DTSTAMP:20250407T060211Z
DTSTART:20250429T120000Z
DTEND:20250429T124500Z
SUMMARY:Einladung zum Hearing – Ausschreibung MA 9/2025/014
LOCATION:Wienbibliothek im Rathaus\, Felderstraße 1 (Stiege 6)\, 1010 Wien\, Besprechungszimmer 2. Stock
ORGANIZER;CN=Personalauswahl Stadt Wien:mailto:noreply@recruiting.wien.gv.at
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.leitner@buechereien-wien.at
DESCRIPTION:Sehr geehrte Frau Theresa Leitner\,\n\nSie haben sich im Rahmen der internen Ausschreibung MA 9/2025/014 „Referatsleitung Sammlungen und Nachlässe“ (Wienbibliothek im Rathaus) beworben. Wir laden Sie zum Hearing vor der Auswahlkommission ein.\n\nKommission: Dr.in Anita Wöhrer (Direktorin Wienbibliothek)\, Mag. Paul Hrubesch (MA 2 – Personalservice)\, Ing.in Karin Ströbl (Referat Bestandserhaltung).\n\nBitte bringen Sie einen amtlichen Lichtbildausweis mit. Die Dienstfreistellung für die Teilnahme ist mit Ihrer Dienststelle abzustimmen.\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\nBewerbungsmanagement der Stadt Wien – MA 2\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hearing-vortrag",
        uid="AAMkAGU2ZjM5LTA4NDYtNDU2NC1iMjIxLWU5ZDI1YzY3N2QxMgBGAAAAAAC2-ubgraz-hearing-0412",
        iv=1, company="Universität Graz", role="Leiter*in der Abteilung Benutzungsdienste der Universitätsbibliothek",
        stage="onsite", who="werner.schachner@uni-graz.at;ulrike.pichler-haas@uni-graz.at",
        trap="central-europe-zone-hearing-with-talk",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@OUTLOOK_CEU@@
BEGIN:VEVENT
ORGANIZER;CN=Personalressort Uni Graz:mailto:personalressort@uni-graz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schachner, Werner":mailto:werner.schachner@uni-graz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler-Haas, Ulrike":mailto:ulrike.pichler-haas@uni-graz.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Hölzl, Barbara":mailto:barbara.hoelzl@uni-graz.at
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Mag.a Leitner\,\n\nbezugnehmend auf Ihre Bewerbung um die Stelle „Leiter*in der Abteilung Benutzungsdienste der Universitätsbibliothek“ (Kennzahl 2025/0093) laden wir Sie zum Hearing ein.\n\nProgramm:\n10:30 Vortrag (15 Min.): „Service-Design in wissenschaftlichen Bibliotheken – Erfahrungen aus der öffentlichen Bibliothek“\n10:45 Gespräch mit Mag. Werner Schachner (Bibliotheksdirektor) und Dr.in Ulrike Pichler-Haas (Leiterin Abteilung Medienbearbeitung)\n\nFrau Mag.a Barbara Hölzl (Personalressort) organisiert den Termin und steht für Rückfragen zur Verfügung (+43 316 380 1047). Reisekosten werden nicht ersetzt.\n\nMit freundlichen Grüßen\nBarbara Hölzl\n
UID:AAMkAGU2ZjM5LTA4NDYtNDU2NC1iMjIxLWU5ZDI1YzY3N2QxMgBGAAAAAAC2-ubgraz-hearing-0412
SUMMARY;LANGUAGE=de-DE:Hearing Ltg. Benutzungsdienste UB – Leitner
DTSTART;TZID=Central Europe Standard Time:20250415T103000
DTEND;TZID=Central Europe Standard Time:20250415T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T120307Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Universitätsplatz 3\, 8010 Graz\, UB Seminarraum 01.13
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hearing",
        uid="jku-pm-2025-ub-leitung-hearing-3@jku.at",
        iv=1, company="Johannes Kepler Universität Linz", role="Leiter*in der Universitätsbibliothek (m/w/d)",
        stage="onsite", who="claudia.ebner@jku.at;martin.haslinger@jku.at",
        trap="google-hearing-berufungs-style-committee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250408T130000
DTEND;TZID=Europe/Vienna:20250408T141500
DTSTAMP:20250326T090415Z
ORGANIZER;CN=Personalmanagement JKU:mailto:personal@jku.at
UID:jku-pm-2025-ub-leitung-hearing-3@jku.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at;X-NUM-GUESTS=0:mailto:theresa.leitner@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claudia Ebner;X-NUM-GUESTS=0:mailto:claudia.ebner@jku.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martin Haslinger;X-NUM-GUESTS=0:mailto:martin.haslinger@jku.at
X-MICROSOFT-CDO-OWNERAPPTID:-1284476120
CREATED:20250326T090415Z
DESCRIPTION:Sehr geehrte Frau Leitner\,<br><br>die Auswahlkommission lädt Sie zum Hearing für die Stelle <b>Leiter*in der Universitätsbibliothek (m/w/d)</b> ein (Kandidatin 3 von 4).<br><br>13:00 – 13:20 Präsentation Ihres Konzepts „Die Universitätsbibliothek der JKU 2030“<br>13:20 – 14:15 Gespräch mit Vizerektorin Univ.-Prof.in Dr.in Claudia Ebner und Dr. Martin Haslinger (Leitung IT Services)<br><br>Technik: Beamer und HDMI vorhanden\, bitte Präsentation als PDF auf USB-Stick mitbringen.<br><br>Freundliche Grüße<br>Personalmanagement der JKU
LAST-MODIFIED:20250326T090415Z
LOCATION:JKU Linz\, Altenberger Straße 69\, Science Park 1\, Raum S1 0408
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hearing Leitung Universitätsbibliothek – Fr. Leitner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="rektor-floating",
        uid="8F1A0C2E-73D4-4C5B-9E8A-2B6D0F4E1C77",
        iv=1, company="Johannes Kepler Universität Linz", role="", stage="final",
        who="Stefan Lindner;Claudia Ebner",
        trap="typed-floating-final-with-rector-no-attendees",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250414T191210Z
DTEND:20250424T120000
DTSTAMP:20250414T191233Z
DTSTART:20250424T110000
LAST-MODIFIED:20250414T191233Z
LOCATION:JKU Verwaltungsgebäude 2.OG
SEQUENCE:0
SUMMARY:JKU – Gespräch Rektor (Finale!!)
DESCRIPTION:mit Rektor Stefan Lindner + VRin Claudia Ebner\nGehaltsvorstellung vorher überlegen (Verwendungsgruppe?)\nZug 8:44 ab Wien Hbf\, Rückfahrt offen
TRANSP:OPAQUE
UID:8F1A0C2E-73D4-4C5B-9E8A-2B6D0F4E1C77
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-gespraech",
        uid="wu-recruiting-7c2a9d10e3f4@wu.ac.at",
        iv=1, company="Wirtschaftsuniversität Wien", role="Leitung Abteilung Informationsservices (Universitätsbibliothek)",
        stage="", who="petra.lindinger@wu.ac.at;stephan.huemer@wu.ac.at",
        trap="zoom-vorstellungsgespraech-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN=theresa.leitner@gmx.at;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Lindinger, Petra";RSVP=TRUE:mailto:petra.lindinger@wu.ac.at
ATTENDEE;CN="Huemer, Stephan";RSVP=TRUE:mailto:stephan.huemer@wu.ac.at
CLASS:PUBLIC
DESCRIPTION:Liebe Frau Leitner\,\n\nwie vereinbart das Vorstellungsgespräch für die Leitung der Abteilung Informationsservices. Gesprächspartner*innen: Mag.a Petra Lindinger (Leiterin der Universitätsbibliothek) und Dr. Stephan Huemer (stv. Leiter).\n\nJoin Zoom Meeting\nhttps://wu-ac-at.zoom.us/j/63318274410?pwd=Y2ZqRjVlb0d3bUNtS1RhUk9ZbG1aUT09\n\nMeeting ID: 633 1827 4410\nPasscode: 559812\n\n---\n\nOne tap mobile\n+4312535501\,\,63318274410#\,\,\,\,*559812# Austria\n\nDial by your location\n• +43 1 253 5501 Austria\n• +43 670 309 0165 Austria\n\nLiebe Grüße\nSandra Wimmer\nWU Personalabteilung | Recruiting\n
DTEND;TZID="W. Europe Standard Time":20250507T100000
DTSTAMP:20250428T080115Z
DTSTART;TZID="W. Europe Standard Time":20250507T090000
LOCATION:https://wu-ac-at.zoom.us/j/63318274410?pwd=Y2ZqRjVlb0d3bUNtS1RhUk9ZbG1aUT09
ORGANIZER;CN="Wimmer, Sandra":mailto:sandra.wimmer@wu.ac.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Vorstellungsgespräch Informationsservices UB / Leitner
TRANSP:OPAQUE
UID:wu-recruiting-7c2a9d10e3f4@wu.ac.at
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webex-auswahl",
        uid="3f6a1b0e9d2c4e57a8b1c2d3e4f5a6b7-mdw",
        iv=1, company="Universität für Musik und darstellende Kunst Wien", role="Leiter*in der Universitätsbibliothek",
        stage="", who="johannes.tichy@mdw.ac.at;elke.rosenberger@mdw.ac.at",
        trap="webex-auswahlgespraech-organizer-is-vice-rector",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Vienna
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:3f6a1b0e9d2c4e57a8b1c2d3e4f5a6b7-mdw
SUMMARY:Auswahlgespräch Leitung Universitätsbibliothek (Bewerberin Leitner)
DTSTART;TZID=Europe/Vienna:20250520T153000
DTEND;TZID=Europe/Vienna:20250520T163000
DTSTAMP:20250509T122045Z
ORGANIZER;CN=Johannes Tichy:mailto:johannes.tichy@mdw.ac.at
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Elke Rosenberger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elke.rosenberger@mdw.ac.at
LOCATION:https://mdw.webex.com/mdw/j.php?MTID=m4c0a1e9b3f27d6588e0a9c1b2d3e4f5a
DESCRIPTION:Johannes Tichy lädt Sie zu diesem Webex-Meeting ein.\n\nAuswahlgespräch für die Stelle Leiter*in der Universitätsbibliothek. Teilnehmende seitens der mdw: Vizerektor Mag. Johannes Tichy\, Dr.in Elke Rosenberger (Archivleitung).\n\nMeeting beitreten\nhttps://mdw.webex.com/mdw/j.php?MTID=m4c0a1e9b3f27d6588e0a9c1b2d3e4f5a\n\nMeeting-Kennnummer (Zugriffscode): 2741 118 0934\nMeeting-Passwort: mdwBib25\n\nÜber Telefon beitreten\n+43-1-2678-0193 Österreich gebührenpflichtig\n\nWenn Sie ein Moderator sind\, klicken Sie hier\, um Moderatorinformationen anzuzeigen.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="personio-interview",
        uid="personio-interview-2f7e4c1d-88b0-4a52-b1d2-6d3c9a0e5f41",
        iv=1, company="FH Technikum Wien", role="Leitung Bibliothek (m/w/d)",
        stage="hiring_manager", who="sandra.koller@technikum-wien.at",
        trap="personio-meet-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-2f7e4c1d-88b0-4a52-b1d2-6d3c9a0e5f41
DTSTAMP:20250212T104500Z
DTSTART:20250219T130000Z
DTEND:20250219T134500Z
SUMMARY:Interview: Leitung Bibliothek (m/w/d) – Theresa Leitner
ORGANIZER;CN=FH Technikum Wien Recruiting:mailto:jobs@technikum-wien.at
ATTENDEE;CN=Theresa Leitner;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Sandra Koller;PARTSTAT=ACCEPTED:mailto:sandra.koller@technikum-wien.at
LOCATION:https://meet.google.com/kxp-wdmq-tbe
DESCRIPTION:Hallo Theresa Leitner\,\n\nvielen Dank für dein Interesse an der Position Leitung Bibliothek (m/w/d). Hiermit bestätigen wir dein Gespräch mit DI Sandra Koller (Leitung Studienservices).\n\nDatum: Mittwoch\, 19. Februar 2025\nUhrzeit: 14:00 – 14:45 (Europe/Vienna)\nOrt: Google Meet – https://meet.google.com/kxp-wdmq-tbe\n\nFalls du den Termin nicht wahrnehmen kannst\, gib uns bitte rechtzeitig Bescheid.\n\nViele Grüße\nDein Recruiting-Team der FH Technikum Wien\n\nPowered by Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
