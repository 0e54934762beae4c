# ruff: noqa: E501
"""holdout144 events: the user's own interviews in Munich, Zürich and Bolzano."""

EVENTS = [
    dict(
        kind="auswahlgespraech",
        uid="BSB-PR-2025-0331-A14-Leitner@bsb-muenchen.de",
        iv=1, company="Bayerische Staatsbibliothek", role="Referatsleitung Bestandsaufbau und Erwerbung (E 14)",
        stage="onsite", who="markus.brandl@bsb-muenchen.de;silke.obermaier@bsb-muenchen.de",
        trap="german-public-service-auswahlgespraech-berlin-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@G_BERLIN@@
BEGIN:VEVENT
UID:BSB-PR-2025-0331-A14-Leitner@bsb-muenchen.de
DTSTAMP:20250314T083011Z
DTSTART;TZID=Europe/Berlin:20250331T100000
DTEND;TZID=Europe/Berlin:20250331T110000
SUMMARY:Auswahlgespräch Referatsleitung Bestandsaufbau – Frau Leitner
LOCATION:Bayerische Staatsbibliothek\, Ludwigstraße 16\, 80539 München\, Sitzungssaal (1. OG)
ORGANIZER;CN="Personalreferat BSB":mailto:personal@bsb-muenchen.de
ATTENDEE;CN="Leitner, Theresa";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Brandl, Markus Dr.";ROLE=REQ-PARTICIPANT:mailto:markus.brandl@bsb-muenchen.de
ATTENDEE;CN="Obermaier, Silke Dr.";ROLE=REQ-PARTICIPANT:mailto:silke.obermaier@bsb-muenchen.de
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nbezugnehmend auf Ihre Bewerbung über INTERAMT (Stellen-ID 1198342) laden wir Sie zu einem Auswahlgespräch ein. Die Auswahlkommission besteht aus Herrn Dr. Markus Brandl (Leiter der Abteilung Bestandsaufbau und Erschließung) und Frau Dr. Silke Obermaier (stellv. Abteilungsleitung)\; die Gleichstellungsbeauftragte und der Personalrat sind informiert.\n\nDas Gespräch dauert ca. 45 Minuten. Reisekosten können leider nicht erstattet werden.\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nIm Auftrag\nT. Eichinger\nReferat Personal
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-invite",
        uid="ZOOM81447720193-2025-04-16@zoom.us",
        iv=1, company="Ludwig-Maximilians-Universität München", role="Leitung der Fachbibliothek Historicum",
        stage="", who="Dr. Johanna Weigl;Tobias Rank",
        trap="zoom-generated-ics-no-organizer-names-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
@@PLAIN_BERLIN@@
BEGIN:VEVENT
DTSTAMP:20250407T142230Z
DTSTART;TZID=Europe/Berlin:20250416T090000
DTEND;TZID=Europe/Berlin:20250416T094500
SUMMARY:Vorstellungsgespräch Fachbibliothek Historicum (Leitner)
UID:ZOOM81447720193-2025-04-16@zoom.us
TZID:Europe/Berlin
DESCRIPTION:Tobias Rank lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nIm Gespräch sind seitens der Universitätsbibliothek der LMU Dr. Johanna Weigl (Leitung Fachbibliotheken) und Tobias Rank (Personalabteilung\, Sachgebiet Bibliothek). Ausgeschriebene Stelle: Leitung der Fachbibliothek Historicum (E 13 TV-L).\n\nZoom-Meeting beitreten\nhttps://lmu-munich.zoom-x.de/j/81447720193?pwd=dUZxb2xTQjl3Vm5NMjZ4OFJKcWtUdz09\n\nMeeting-ID: 814 4772 0193\nKenncode: 620935\n\n---\n\nSchnelleinwahl mobil\n+496938079883\,\,81447720193#\,\,\,\,*620935# Deutschland\n\nEinwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n• +49 30 5679 5800 Deutschland\n
LOCATION:https://lmu-munich.zoom-x.de/j/81447720193?pwd=dUZxb2xTQjl3Vm5NMjZ4OFJKcWtUdz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="softgarden-invite",
        uid="sg-appointment-5519827-94113@softgarden.io",
        iv=1, company="Münchner Stadtbibliothek", role="Leitung Stadtteilbibliothek Giesing (w/m/d)",
        stage="", who="anja.winkler@muenchen.de",
        trap="softgarden-vorstellungsgespraech-city-of-munich",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
@@PLAIN_BERLIN@@
BEGIN:VEVENT
UID:sg-appointment-5519827-94113@softgarden.io
DTSTAMP:20250502T071522Z
DTSTART;TZID=Europe/Berlin:20250514T133000
DTEND;TZID=Europe/Berlin:20250514T143000
SUMMARY:Vorstellungsgespräch – Leitung Stadtteilbibliothek Giesing (w/m/d)
LOCATION:Münchner Stadtbibliothek\, Stadtbibliothek im Motorama\, Rosenheimer Str. 30-32\, 81669 München
ORGANIZER;CN=Landeshauptstadt München – Personal- und Organisationsreferat:mailto:no-reply@softgarden.io
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Anja Winkler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anja.winkler@muenchen.de
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nvielen Dank für Ihre Bewerbung bei der Landeshauptstadt München. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.\n\nStelle: Leitung Stadtteilbibliothek Giesing (w/m/d)\, Münchner Stadtbibliothek\nIhre Gesprächspartnerin: Frau Anja Winkler\, Bereichsleitung Stadtteilbibliotheken Ost\n\nBitte beachten Sie: Zusätzlich zum Gespräch bitten wir Sie\, eine kurze schriftliche Arbeitsprobe (30 Minuten) vor Ort zu bearbeiten.\n\nSie haben Fragen? Antworten Sie einfach über Ihr Bewerberkonto.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="dvinci-termin",
        uid="dvinci-termin-20250528-1400-bew88213@deutsches-museum.dvinci-hr.com",
        iv=1, company="Deutsches Museum", role="Leitung Archiv (m/w/d)",
        stage="hiring_manager", who="hannah.greiner@deutsches-museum.de",
        trap="dvinci-archive-head-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//d.vinci HR-Systems GmbH//d.vinci easy//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:dvinci-termin-20250528-1400-bew88213@deutsches-museum.dvinci-hr.com
DTSTAMP:20250508T111904Z
DTSTART:20250528T120000Z
DTEND:20250528T131500Z
SUMMARY:Einladung zum Vorstellungsgespräch: Leitung Archiv (m/w/d)
LOCATION:Deutsches Museum\, Museumsinsel 1\, 80538 München – Eingang Verwaltung\, bitte an der Pforte melden
ORGANIZER;CN=Deutsches Museum Personalabteilung:mailto:bewerbung@deutsches-museum.de
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Dr. Hannah Greiner:mailto:hannah.greiner@deutsches-museum.de
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nwir freuen uns über Ihr Interesse am Deutschen Museum und laden Sie herzlich zu einem persönlichen Gespräch mit Frau Dr. Hannah Greiner (Hauptabteilungsleitung Bibliothek & Archiv) ein.\n\nDatum: 28.05.2025\, 14:00 Uhr\n\nIhre Bewerbungsnummer: 88213\n\nMit freundlichen Grüßen\nPersonalabteilung\n
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workday-screen",
        uid="WD-INTERVIEW-7f3c9e2a41d8b07e@allianz.myworkday.com",
        iv=1, company="Allianz", role="Knowledge Manager (all genders)", stage="recruiter_screen",
        who="lena.hoffmann@allianz.com",
        trap="workday-english-recruiter-screen-teams-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7f3c9e2a41d8b07e@allianz.myworkday.com
DTSTAMP:20250221T151032Z
DTSTART:20250305T090000Z
DTEND:20250305T093000Z
SUMMARY:Interview Scheduled: Knowledge Manager (all genders) - Theresa Leitner
ORGANIZER;CN=Allianz Talent Acquisition:mailto:allianz@myworkday.com
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT:mailto:lena.hoffmann@allianz.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Theresa\,\n\nThank you for your interest in the Knowledge Manager (all genders) position at Allianz SE\, Munich (Job ID 48211). Your interview has been scheduled:\n\nInterview type: Initial call with Talent Acquisition\nInterviewer: Lena Hoffmann\, Talent Acquisition Partner\nDuration: 30 minutes\n\nJoin the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTJkOGE0YTktZjFhNC00Zjg0LWI2NTUtNTU3YTc2ZGE1Y2Fi%40thread.v2/0\n\nIf you need to reschedule\, please reply to this invitation.\n\nKind regards\,\nAllianz Talent Acquisition\n\nThis message was sent from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bewerbungsgespraech",
        uid="e4b1d0a2c3f54a8b9d7e6f1a2b3c4d5e@ethz.ch",
        iv=1, company="ETH Zürich", role="Leiterin / Leiter Informationsdienste ETH-Bibliothek",
        stage="onsite", who="nicole.gerber@library.ethz.ch;urs.haenggi@library.ethz.ch;sandra.meier@hr.ethz.ch",
        trap="swiss-zurich-zone-panel-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_ZURICH@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250409T140000
DTEND;TZID=Europe/Zurich:20250409T153000
DTSTAMP:20250328T100215Z
ORGANIZER;CN=Sandra Meier:mailto:sandra.meier@hr.ethz.ch
UID:e4b1d0a2c3f54a8b9d7e6f1a2b3c4d5e@ethz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicole Gerber:mailto:nicole.gerber@library.ethz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Urs Hänggi:mailto:urs.haenggi@library.ethz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandra Meier:mailto:sandra.meier@hr.ethz.ch
DESCRIPTION:Sehr geehrte Frau Leitner\n\nBesten Dank für Ihre Bewerbung als Leiterin / Leiter Informationsdienste. Gerne laden wir Sie zu einem Gespräch an der ETH-Bibliothek ein. Teilnehmende: Dr. Nicole Gerber (Direktorin ETH-Bibliothek)\, Urs Hänggi (Leiter Benutzung)\, Sandra Meier (HR-Beraterin).\n\nTreffpunkt: Empfang ETH-Bibliothek\, Rämistrasse 101\, Hauptgebäude HG H 2\n\nFreundliche Grüsse\nSandra Meier\nHuman Resources ETH Zürich
LOCATION:ETH Zürich\, Rämistrasse 101\, 8092 Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bewerbungsgespräch Leitung Informationsdienste – Theresa Leitner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="assessment-allday",
        uid="perspectiva-ac-2025-0506-leitner@perspectiva-ag.ch",
        iv=1, company="ETH Zürich", role="Leiterin / Leiter Informationsdienste", stage="",
        who="marc.zurbriggen@perspectiva-ag.ch",
        trap="external-assessment-centre-all-day-for-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:perspectiva-ac-2025-0506-leitner@perspectiva-ag.ch
DTSTAMP:20250417T145501Z
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250506
SUMMARY:Assessment – Leitung Informationsdienste ETH-Bibliothek (Kandidatin Leitner)
LOCATION:Perspectiva Assessment AG\, Seefeldstrasse 69\, 8008 Zürich
ORGANIZER;CN=Marc Zurbriggen:mailto:marc.zurbriggen@perspectiva-ag.ch
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
DESCRIPTION:Grüezi Frau Leitner\n\nIm Auftrag der ETH Zürich führen wir für die Stelle Leiterin / Leiter Informationsdienste ein halbtägiges Assessment durch. Ablauf (08:30–13:00):\n- Fallstudie Führung (Rollenspiel Mitarbeitendengespräch)\n- Präsentation Ihrer Analyse\n- Interview mit lic. phil. Marc Zurbriggen\n- Persönlichkeitsfragebogen (online\, bitte vorab ausfüllen)\n\nDie Resultate werden mit Ihnen besprochen\, bevor sie an die ETH gehen.\n\nFreundliche Grüsse\nMarc Zurbriggen\nPerspectiva Assessment AG
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="umantis-gespraech",
        uid="umantis-zbz-4471-termin-2@zb.uzh.ch",
        iv=1, company="Zentralbibliothek Zürich", role="Leiterin / Leiter Abteilung Benutzung (80–100 %)",
        stage="", who="christa.wyss@zb.uzh.ch;andreas.kuenzli@zb.uzh.ch",
        trap="abacus-umantis-swiss-interview-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Bewerbermanagement//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:umantis-zbz-4471-termin-2@zb.uzh.ch
DTSTAMP:20250226T132200Z
DTSTART:20250310T130000Z
DTEND:20250310T141500Z
SUMMARY:ZB Zürich: Gespräch Leiterin / Leiter Abteilung Benutzung
LOCATION:Zentralbibliothek Zürich\, Zähringerplatz 6\, 8001 Zürich\, Sitzungszimmer 3. OG
ORGANIZER;CN=Zentralbibliothek Zürich HR:mailto:personal@zb.uzh.ch
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Christa Wyss:mailto:christa.wyss@zb.uzh.ch
ATTENDEE;CN=Andreas Künzli:mailto:andreas.kuenzli@zb.uzh.ch
DESCRIPTION:Guten Tag Frau Leitner\n\nGerne bestätigen wir Ihnen das Gespräch für die Stelle «Leiterin / Leiter Abteilung Benutzung (80–100 %)». Sie treffen Christa Wyss (Direktorin) und Andreas Künzli (Leiter Personal).\n\nBitte melden Sie sich 10 Minuten vorher an der Loge.\n\nFreundliche Grüsse\nHR Zentralbibliothek Zürich
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workday-screen",
        uid="WD-INT-SR-20250227-a91c3e5f@swissre.myworkday.com",
        iv=1, company="Swiss Re", role="Records & Information Governance Lead", stage="recruiter_screen",
        who="olivia.brunner@swissre.com",
        trap="workday-english-phone-screen-zurich",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
@@PLAIN_ZURICH@@
BEGIN:VEVENT
UID:WD-INT-SR-20250227-a91c3e5f@swissre.myworkday.com
DTSTAMP:20250220T082341Z
DTSTART;TZID=Europe/Zurich:20250227T110000
DTEND;TZID=Europe/Zurich:20250227T113000
SUMMARY:Swiss Re | Phone Screen – Records & Information Governance Lead
ORGANIZER;CN=Swiss Re Careers:mailto:swissre@myworkday.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Olivia Brunner:mailto:olivia.brunner@swissre.com
LOCATION:Phone – Olivia will call you on +43 664 318 2270
DESCRIPTION:Hello Theresa\,\n\nWe're pleased to confirm your phone screen for the Records & Information Governance Lead role (REQ 112409). Olivia Brunner\, Talent Acquisition\, will call you at the number in your profile.\n\nKind regards\nSwiss Re Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-interview",
        uid="040000008200E00074C5B7101A82E00800000000B2A47C1E3A95DB01000000000000000010000000A8D3E4F5B6C7484D9E0F1A2B3C4D5E6F",
        iv=1, company="Swiss Re", role="Records & Information Governance Lead", stage="hiring_manager",
        who="daniel.keller@swissre.com",
        trap="outlook-last-first-cn-hiring-manager-english",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Keller, Daniel";SENT-BY="mailto:martina.frei@swissre.com":mailto:daniel.keller@swissre.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
DESCRIPTION;LANGUAGE=en-US:Dear Theresa\,\n\nDaniel would like to meet you for a conversation about the Records & Information Governance Lead position in his team (Group Legal & Compliance Operations). Please expect around 60 minutes.\n\nBest regards\,\nMartina Frei\nAssistant to Daniel Keller\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjU5ZjE0OTMtNGE0Zi00NTJlLWJkNWItMDU3NzFjMzM2Yjdk%40thread.v2/0>\nMeeting ID: 381 662 940 113\nPasscode: 7xQm9A\nDial in by phone\n+41 44 552 98 71\,\,203118449# Switzerland\, Zurich\nPhone conference ID: 203 118 449#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B2A47C1E3A95DB01000000000000000010000000A8D3E4F5B6C7484D9E0F1A2B3C4D5E6F
SUMMARY;LANGUAGE=en-US:Theresa Leitner / Daniel Keller
DTSTART;TZID=W. Europe Standard Time:20250312T160000
DTEND;TZID=W. Europe Standard Time:20250312T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T141255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cancelled-final",
        uid="040000008200E00074C5B7101A82E00800000000C9E31B7F6A98DB01000000000000000010000000B1C2D3E4F5A6478899AABBCCDDEEFF01",
        iv=1, company="Swiss Re", role="Records & Information Governance Lead", stage="final",
        who="anne-sophie.marchetti@swissre.com;daniel.keller@swissre.com",
        trap="method-cancel-final-round-after-withdrawal",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Keller, Daniel";SENT-BY="mailto:martina.frei@swissre.com":mailto:daniel.keller@swissre.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marchetti, Anne-Sophie":mailto:anne-sophie.marchetti@swissre.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ZRH Mythenquai 50 - 3.14 (8)":mailto:zrh-mq50-314@swissre.com
DESCRIPTION;LANGUAGE=en-US:Dear Theresa\,\n\nas discussed with Olivia\, we are cancelling the final round with Anne-Sophie Marchetti (Head of Group Records Management) and Daniel. Thank you again for letting us know about your decision\, and all the best.\n\nKind regards\,\nMartina\n
UID:040000008200E00074C5B7101A82E00800000000C9E31B7F6A98DB01000000000000000010000000B1C2D3E4F5A6478899AABBCCDDEEFF01
SUMMARY;LANGUAGE=en-US:Canceled: Final interview – Records & Information Governance Lead (T. Leitner)
DTSTART;TZID=W. Europe Standard Time:20250401T100000
DTEND;TZID=W. Europe Standard Time:20250401T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250326T090011Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:3
LOCATION;LANGUAGE=en-US:ZRH Mythenquai 50 - 3.14 (8)
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="colloquio",
        uid="unibz-pers-2025-bib-erw-coll-07@unibz.it",
        iv=1, company="Freie Universität Bozen", role="Bibliothekar/in mit Leitungsfunktion – Erwerbung",
        stage="", who="gerda.lanthaler@unibz.it;marco.bertagnolli@unibz.it",
        trap="bilingual-colloquio-rome-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@G_ROME@@
BEGIN:VEVENT
UID:unibz-pers-2025-bib-erw-coll-07@unibz.it
DTSTAMP:20250404T093320Z
DTSTART;TZID=Europe/Rome:20250417T093000
DTEND;TZID=Europe/Rome:20250417T103000
SUMMARY:Colloquio / Bewerbungsgespräch – Bibliothek unibz – Leitner
LOCATION:unibz\, Universitätsplatz 1 - Piazza Università 1\, Bozen-Bolzano\, Gebäude/edificio C\, C2.01
ORGANIZER;CN="Personalabteilung - Ripartizione personale unibz":mailto:personal-personale@unibz.it
ATTENDEE;CN="Leitner Theresa";RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Lanthaler Gerda":mailto:gerda.lanthaler@unibz.it
ATTENDEE;CN="Bertagnolli Marco":mailto:marco.bertagnolli@unibz.it
DESCRIPTION:Sehr geehrte Frau Leitner / Gentile Sig.ra Leitner\,\n\nwir laden Sie zum Bewerbungsgespräch für die Stelle „Bibliothekar/in mit Leitungsfunktion – Erwerbung“ ein. / La invitiamo al colloquio per la posizione „Bibliotecario/a con funzione di coordinamento – Acquisizioni“.\n\nKommission / Commissione: Dr. Gerda Lanthaler (Bibliotheksdirektorin / direttrice della biblioteca)\, dott. Marco Bertagnolli (Ripartizione personale).\n\nEin Teil des Gesprächs wird auf Italienisch und Englisch geführt. / Parte del colloquio si svolgerà in italiano e inglese.\n\nMit freundlichen Grüßen / Cordiali saluti\nPersonalabteilung – Ripartizione personale
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="schriftliche-pruefung",
        uid="prov-bz-wettbewerb-2025-bibl-8FE-schriftl@provinz.bz.it",
        iv=1, company="Landesbibliothek Dr. Friedrich Teßmann", role="Bibliothekar/in – 8. Funktionsebene",
        stage="technical", who="",
        trap="public-competition-written-exam-no-interviewers",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
@@G_ROME@@
BEGIN:VEVENT
CREATED:20250312T181022Z
LAST-MODIFIED:20250312T181102Z
DTSTAMP:20250312T181102Z
UID:prov-bz-wettbewerb-2025-bibl-8FE-schriftl@provinz.bz.it
SUMMARY:Schriftl. Prüfung Wettbewerb Bibliothekar/in Teßmann
DTSTART;TZID=Europe/Rome:20250325T090000
DTEND;TZID=Europe/Rome:20250325T120000
LOCATION:Landhaus 1\, Silvius-Magnago-Platz 1\, Bozen – Saal 3
DESCRIPTION:Wettbewerb nach Prüfungen für 1 Stelle Bibliothekar/in (8. Funktionsebene) – Landesbibliothek Dr. Friedrich Teßmann.\nSchriftliche Prüfung: Bibliothekswissenschaft\, RDA\, Landesgesetz Bibliotheken\, Verwaltungsrecht.\nZweisprachigkeitsnachweis C1 mitnehmen! Ausweis!\nMündliche Prüfung folgt bei Bestehen (Einladung per PEC).
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
"""),
]
