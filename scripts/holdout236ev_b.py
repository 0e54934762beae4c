# ruff: noqa: E501, W291
"""holdout236 events, part b: Freiburg, Kiel, Vienna, Basel Berufungsverfahren (written blind)."""

from holdout236ev_tz import BERLIN_APPLE, BERLIN_TB, VIENNA, WEUROPE, ZURICH

EVENTS = [
    dict(
        kind="probevortrag",
        uid="b5f3e2c1-6a0d-4e9b-8f17-3c2d1e0a9b84",
        iv=1,
        company="Albert-Ludwigs-Universität Freiburg",
        role="W3-Professur für Mikrobiologie",
        stage="onsite",
        who="Prof. Dr. Hanna Albrecht",
        trap="self-typed-probevortrag-lehrprobe-thunderbird",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251212T201733Z
LAST-MODIFIED:20260115T215502Z
DTSTAMP:20260115T215502Z
UID:b5f3e2c1-6a0d-4e9b-8f17-3c2d1e0a9b84
SUMMARY:FR: Probevortrag + Lehrprobe (W3 Mikrobiologie)
DTSTART;TZID=Europe/Berlin:20260122T091500
DTEND;TZID=Europe/Berlin:20260122T111500
LOCATION:Freiburg\, Hörsaal Biologie II\, Schänzlestr. 1
DESCRIPTION:Probevortrag 30 min + 15 min Diskussion (hochschulöffentlich)
 \nLehrprobe 20 min: "Quorum Sensing" für BSc 2. Sem.\, danach Fragen der
  Studierendenvertreter\nKommissionsvorsitz: Prof. Dr. Hanna Albrecht\nAnr
 eise: ICE 6:47 ab GÖ\, Umstieg KA\nLaserpointer + HDMI-Adapter!!
X-MOZ-GENERATION:4
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kommissionsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000D05E1F0A8B6EDC010000000000000000100000009E8D7C6B5A49382716F5E4D3C2B1A090",
        iv=1,
        company="Albert-Ludwigs-Universität Freiburg",
        role="W3-Professur für Mikrobiologie",
        stage="onsite",
        who="hanna.albrecht@biologie.uni-freiburg.de",
        trap="outlook-kommissionsgespraech-dekanat-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dekanat Biologie - Berufungen":mailto:berufungen@biologie.uni-freiburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albrecht, Hanna Prof. Dr.":mailto:hanna.albrecht@biologie.uni-freiburg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BIO-II Seminarraum 00 014":mailto:sr00014.bio2@uni-freiburg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Roth\,\n\nim Anschluss an Ihren Vortrag und die Lehrprobe lädt die Berufungskommission Sie zu einem nicht-öffentlichen Gespräch ein (ca. 45 Minuten). Themen sind u. a. Ihre Forschungsplanung\, mögliche Kooperationen im Exzellenzcluster CIBSS\, Ihr Lehrkonzept sowie Ihre Vorstellungen zur Ausstattung.\n\nMit freundlichen Grüßen\nIm Auftrag\nBirgit Kaltenbach\nDekanat der Fakultät für Biologie\n
UID:040000008200E00074C5B7101A82E00800000000D05E1F0A8B6EDC010000000000000000100000009E8D7C6B5A49382716F5E4D3C2B1A090
SUMMARY;LANGUAGE=de-DE:Berufungsverfahren W3 Mikrobiologie – Kommissionsgespräch Dr. Roth
DTSTART;TZID=W. Europe Standard Time:20260122T134500
DTEND;TZID=W. Europe Standard Time:20260122T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251216T094412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BIO-II Seminarraum 00 014
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zweite-runde",
        uid="zoom-fr-bk-mikro-20260416-roth@uni-freiburg.de",
        iv=1,
        company="Albert-Ludwigs-Universität Freiburg",
        role="W3-Professur für Mikrobiologie",
        stage="final",
        who="hanna.albrecht@biologie.uni-freiburg.de",
        trap="academic-second-round-engere-wahl-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260401T120518Z
DTSTART:20260416T080000Z
DTEND:20260416T090000Z
SUMMARY:Berufungskommission W3 Mikrobiologie – Gespräch engere Wahl (Dr. R
 oth)
UID:zoom-fr-bk-mikro-20260416-roth@uni-freiburg.de
TZID:Europe/Berlin
DESCRIPTION:Hanna Albrecht lädt Sie zu einem geplanten Zoom-Meeting ein.\
 n\nDie Kommission möchte mit den drei Kandidatinnen und Kandidaten der en
 geren Wahl einzelne Punkte vertiefen (Berufungskonzept\, Geräteausstattun
 g\, Einbindung in den SFB/TRR).\n\nZoom-Meeting beitreten\nhttps://uni-fr
 eiburg.zoom-x.de/j/65512098734?pwd=Qm9ZUmZKa0h0\n\nMeeting-ID: 655 1209 87
 34\nKenncode: 714302\n\nSchnelleinwahl mobil\n+496950502596\,\,6551209873
 4# Deutschland\n
LOCATION:https://uni-freiburg.zoom-x.de/j/65512098734?pwd=Qm9ZUmZKa0h0
ORGANIZER;CN=Hanna Albrecht:mailto:hanna.albrecht@biologie.uni-freiburg.de
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="berufungsverhandlung",
        uid="040000008200E00074C5B7101A82E00800000000C1A2B3C4D5E6DC0100000000000000001000000077665544332211FFEEDDCCBBAA998877",
        iv=0,
        company="",
        role="",
        stage="",
        who="",
        trap="berufungsverhandlung-kanzler-negotiation-after-ruf",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Berufungsmanagement Rektorat";SENT-BY="mailto:sabine.rieger@zv.uni-freiburg.de":mailto:berufungsmanagement@zv.uni-freiburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kanzler":mailto:kanzler@zv.uni-freiburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Albrecht, Hanna Prof. Dr.":mailto:hanna.albrecht@biologie.uni-freiburg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Rektorat Besprechungsraum 1. OG":mailto:rektorat-br1@zv.uni-freiburg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Roth\,\n\nnach Erteilung des Rufes auf die W3-Professur für Mikrobiologie laden wir Sie zu den Berufungsverhandlungen mit dem Kanzler ein. Bitte senden Sie uns Ihre Ausstattungswünsche (Personal\, Sachmittel\, Investitionen\, Räume/S2-Flächen) bis spätestens eine Woche vorher. Die Dekanin wird zur Ausstattung hinzugezogen. Bezüge (W3-Leistungsbezüge) werden im zweiten Teil besprochen.\n\nMit freundlichen Grüßen\nSabine Rieger\nBerufungsmanagement\n
UID:040000008200E00074C5B7101A82E00800000000C1A2B3C4D5E6DC0100000000000000001000000077665544332211FFEEDDCCBBAA998877
SUMMARY;LANGUAGE=de-DE:Berufungsverhandlungen Dr. Anja Roth (W3 Mikrobiologie)
DTSTART;TZID=W. Europe Standard Time:20260707T100000
DTEND;TZID=W. Europe Standard Time:20260707T123000
DTSTAMP:20260612T071205Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Rektorat\, Fahnenbergplatz\, Besprechungsraum 1. OG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="amtsarzt",
        uid="4C2E7B10-99A1-4D5E-B3F2-6A8C1D0E2F47",
        iv=0,
        company="",
        role="",
        stage="",
        who="",
        trap="pre-employment-medical-amtsarzt-verbeamtung",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20260709T061522Z
UID:4C2E7B10-99A1-4D5E-B3F2-6A8C1D0E2F47
DTSTART;TZID=Europe/Berlin:20260721T081500
DTEND;TZID=Europe/Berlin:20260721T093000
DTSTAMP:20260709T061544Z
SEQUENCE:0
SUMMARY:Amtsärztl. Untersuchung (Verbeamtung FR)
LOCATION:Gesundheitsamt Göttingen\, Am Reinsgraben 1
DESCRIPTION:nüchtern kommen! Impfpass\, Brille\, Formular vom Landesamt m
 itbringen. Blutabnahme + Urin.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="9d81f0c2-1b7e-4a63-a2f4-5c0e6d7b8a91",
        iv=0,
        company="",
        role="",
        stage="",
        who="",
        trap="prep-block-probevortrag-dry-run-with-lab",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260109T101010Z
LAST-MODIFIED:20260109T101145Z
DTSTAMP:20260109T101145Z
UID:9d81f0c2-1b7e-4a63-a2f4-5c0e6d7b8a91
SUMMARY:Probelauf Vortrag FR mit AG (Fragen stellen lassen!)
DTSTART;TZID=Europe/Berlin:20260116T140000
DTEND;TZID=Europe/Berlin:20260116T170000
LOCATION:Seminarraum 1.112
DESCRIPTION:Kaffee+Kekse besorgen. Jakob und Mira sollen die Kommission sp
 ielen\, fiese Fragen zu Lehrdeputat/Drittmittel. Timing 30 min!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cau-vorstellung",
        uid="ox-3f17a2c9d8e04b6a9c5d1e2f3a4b5c6d@uni-kiel.de",
        iv=1,
        company="Christian-Albrechts-Universität zu Kiel",
        role="W2-Professur für Marine Mikrobiologie",
        stage="onsite",
        who="jbrandt@ifam.uni-kiel.de",
        trap="open-xchange-vorstellung-original-before-reschedule",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Open-Xchange//7.10.6-Rev55//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
DTSTAMP:20260114T103355Z
ATTENDEE;CN="Roth, Anja";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN="Brandt, Jens-Uwe";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:jbrandt@ifam.uni-kiel.de
CLASS:PUBLIC
CREATED:20260114T103355Z
DESCRIPTION:Sehr geehrte Frau Dr. Roth\,\n\nim Namen der Berufungskommission lade ich Sie herzlich zur persönlichen Vorstellung nach Kiel ein:\n\n10:00 Uhr wissenschaftlicher Vortrag (30 Min.) mit Aussprache\, Hörsaal II\, Am Botanischen Garten 1-9\n11:15 Uhr Lehrveranstaltung (20 Min.)\n12:00 Uhr Gespräch mit der Berufungskommission\n\nReisekosten werden nach BRKG erstattet.\n\nMit freundlichen Grüßen\nJens-Uwe Brandt\nVorsitzender der Berufungskommission
DTEND;TZID=Europe/Berlin:20260212T130000
DTSTART;TZID=Europe/Berlin:20260212T100000
LOCATION:Kiel\, Am Botanischen Garten 1-9\, Hörsaal II
ORGANIZER;CN="Brandt, Jens-Uwe":mailto:jbrandt@ifam.uni-kiel.de
SEQUENCE:0
SUMMARY:Berufungsverfahren W2 Marine Mikrobiologie – Vorstellung Dr. Roth
TRANSP:OPAQUE
UID:ox-3f17a2c9d8e04b6a9c5d1e2f3a4b5c6d@uni-kiel.de
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cau-verschoben",
        uid="ox-3f17a2c9d8e04b6a9c5d1e2f3a4b5c6d@uni-kiel.de",
        iv=1,
        company="Christian-Albrechts-Universität zu Kiel",
        role="W2-Professur für Marine Mikrobiologie",
        stage="onsite",
        who="jbrandt@ifam.uni-kiel.de",
        trap="rescheduled-same-uid-sequence-2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Open-Xchange//7.10.6-Rev55//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
DTSTAMP:20260130T081902Z
ATTENDEE;CN="Roth, Anja";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN="Brandt, Jens-Uwe";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:jbrandt@ifam.uni-kiel.de
CLASS:PUBLIC
CREATED:20260114T103355Z
LAST-MODIFIED:20260130T081902Z
DESCRIPTION:Sehr geehrte Frau Dr. Roth\,\n\nleider müssen wir die Vorstellungsrunde wegen einer kurzfristigen Terminkollision mit der Senatssitzung um zwei Wochen verschieben. Der Ablauf bleibt unverändert (Vortrag\, Lehrveranstaltung\, Gespräch mit der Kommission). Wir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nJens-Uwe Brandt
DTEND;TZID=Europe/Berlin:20260226T130000
DTSTART;TZID=Europe/Berlin:20260226T100000
LOCATION:Kiel\, Am Botanischen Garten 1-9\, Hörsaal II
ORGANIZER;CN="Brandt, Jens-Uwe":mailto:jbrandt@ifam.uni-kiel.de
SEQUENCE:2
SUMMARY:NEUER TERMIN: Berufungsverfahren W2 Marine Mikrobiologie – Vorstellung Dr. Roth
TRANSP:OPAQUE
UID:ox-3f17a2c9d8e04b6a9c5d1e2f3a4b5c6d@uni-kiel.de
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="danke-reminder",
        uid="E81B7D2A-0C3F-4B6E-9A15-77D3C2E1F0B9",
        iv=0,
        company="",
        role="",
        stage="",
        who="",
        trap="thank-you-reminder-after-kiel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260226T162201Z
UID:E81B7D2A-0C3F-4B6E-9A15-77D3C2E1F0B9
DTSTART;VALUE=DATE:20260227
DTEND;VALUE=DATE:20260228
DTSTAMP:20260226T162214Z
SEQUENCE:0
SUMMARY:Mail an Brandt: Danke f. Einladung Kiel + Folien nachreichen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hearing-wien",
        uid="6c1de2f0-2b3a-4c5d-9e8f-a1b2c3d4e5f6",
        iv=1,
        company="Universität Wien",
        role="Professur für Mikrobielle Ökologie",
        stage="onsite",
        who="brigitte.hofer@univie.ac.at",
        trap="austrian-hearing-98-ug-zimbra-vienna-tz",
        ics=r"""BEGIN:VCALENDAR
X-WR-CALNAME:Berufungsverfahren
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
""" + VIENNA + r"""BEGIN:VEVENT
UID:6c1de2f0-2b3a-4c5d-9e8f-a1b2c3d4e5f6
SUMMARY:Hearing Professur für Mikrobielle Ökologie (§ 98 UG) – Dr.in Anja Roth
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Brigitte Hofer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:brigitte.hofer@univie.ac.at
ORGANIZER;CN=Berufungsservice Universität Wien;SENT-BY="mailto:karin.steindl@univie.ac.at":mailto:berufungsservice@univie.ac.at
DTSTART;TZID="Europe/Vienna":20260319T130000
DTEND;TZID="Europe/Vienna":20260319T163000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20260223T090215Z
DTSTAMP:20260223T090215Z
SEQUENCE:0
LOCATION:UBB – Biologiezentrum\, Djerassiplatz 1\, 1030 Wien\, HS 2
DESCRIPTION:Sehr geehrte Frau Dr.in Roth\,\n\nwir freuen uns\, Sie im Namen der Berufungskommission (Vorsitz: Univ.-Prof.in Dr.in Brigitte Hofer) zum Hearing einzuladen.\n\nAblauf:\n13:00 öffentlicher Vortrag (30 Min.) und Diskussion\n14:15 Gespräch mit der Berufungskommission (nicht öffentlich\, ca. 45 Min.)\n15:30 Gespräch mit Vertreter*innen des Arbeitskreises für Gleichbehandlungsfragen und der Studierenden\n\nFür Anreise und Hotel gelten die Richtlinien der Universität Wien (Formular anbei).\n\nMit freundlichen Grüßen\nKarin Steindl\nBerufungsservice
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rektor-gespraech",
        uid="040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        iv=1,
        company="Universität Wien",
        role="Professur für Mikrobielle Ökologie",
        stage="final",
        who="matthias.kerschbaum@univie.ac.at;ulrike.pammer@univie.ac.at",
        trap="austrian-rektor-auswahlgespraech-from-dreiervorschlag",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kerschbaum, Matthias";SENT-BY="mailto:office.rektor@univie.ac.at":mailto:matthias.kerschbaum@univie.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pammer, Ulrike":mailto:ulrike.pammer@univie.ac.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="HG Rektoratsbesprechungszimmer":mailto:rbz.hauptgebaeude@univie.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr.in Roth\,\n\nder Rektor möchte vor seiner Auswahlentscheidung aus dem Besetzungsvorschlag der Berufungskommission ein persönliches Gespräch mit Ihnen führen. Seitens des Rektorats nimmt zudem Frau Vizerektorin Dr.in Pammer (Forschung) teil.\n\nBüro des Rektors\nUniversität Wien\, Universitätsring 1\n
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-AT:Gespräch Rektor – Dr.in Roth (Berufungsverfahren Mikrobielle Ökologie)
DTSTART;TZID=W. Europe Standard Time:20260506T110000
DTEND;TZID=W. Europe Standard Time:20260506T120000
DTSTAMP:20260421T134455Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-AT:Hauptgebäude\, Rektoratsbesprechungszimmer
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="appointment-committee",
        uid="F2A9C0B7-5E1D-4F3A-8B6C-2D7E9A1B0C35",
        iv=1,
        company="Universität Basel",
        role="Professorship in Microbiology",
        stage="onsite",
        who="daniel.vischer@unibas.ch",
        trap="swiss-berufungskommission-english-mac-calendar",
        ics=r"""BEGIN:VCALENDAR
CALSCALE:GREGORIAN
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/Zurich:20260326T170000
ORGANIZER;CN="Daniel Vischer":mailto:daniel.vischer@unibas.ch
UID:F2A9C0B7-5E1D-4F3A-8B6C-2D7E9A1B0C35
DTSTAMP:20260302T074102Z
LOCATION:Biozentrum\, Spitalstrasse 41\, 4056 Basel\, Room U1.111
DESCRIPTION:Dear Dr. Roth\,\n\non behalf of the Berufungskommission (appointment committee) for the Professorship in Microbiology at the Biozentrum I am pleased to confirm your visit:\n\n13:30 public lecture (40 min + discussion)\n14:45 interview with the appointment committee\n16:00 meeting with the Dean of the Faculty of Science\n\nThe committee will also ask you to outline your teaching concept for the Bachelor and Master programmes in Molecular Biology.\n\nBest regards\,\nDaniel Vischer\nChair of the appointment committee
SEQUENCE:0
SUMMARY:Berufungsverfahren Professur für Mikrobiologie – visit Dr. Roth
DTSTART;TZID=Europe/Zurich:20260326T133000
CREATED:20260302T073810Z
ATTENDEE;CN="Anja Roth";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN="Daniel Vischer";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:daniel.vischer@unibas.ch
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dean-followup",
        uid="unibas-zoom-63318820561-20260520",
        iv=1,
        company="Universität Basel",
        role="Professorship in Microbiology",
        stage="final",
        who="dean.science@unibas.ch;vp.research@unibas.ch",
        trap="follow-up-with-dean-and-vp-role-mailboxes",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260508T140022Z
DTSTART:20260520T070000Z
DTEND:20260520T080000Z
SUMMARY:Follow-up conversation – Professorship in Microbiology (A. Roth)
UID:unibas-zoom-63318820561-20260520
TZID:Europe/Zurich
DESCRIPTION:Dear Dr. Roth\,\n\nthe Dean of the Faculty of Science and the 
 Vice-President Research would like to meet you once more before the comm
 ittee finalises its report to the Rectorate.\n\nJoin Zoom Meeting\nhttps:/
 /unibas.zoom.us/j/63318820561\n\nMeeting ID: 633 1882 0561\n\nOne tap mobi
 le\n+41432107108\,\,63318820561# Switzerland\n
LOCATION:https://unibas.zoom.us/j/63318820561
ORGANIZER;CN=Dekanat Phil.-Nat.:mailto:dekanat-philnat@unibas.ch
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Dean of the Faculty of Science;RSVP=TRUE:mailto:dean.science@unibas.ch
ATTENDEE;CN=Vice-President Research;RSVP=TRUE:mailto:vp.research@unibas.ch
END:VEVENT
END:VCALENDAR
""",
    ),
]
