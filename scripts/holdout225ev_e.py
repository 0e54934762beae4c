# ruff: noqa: E501
"""holdout225 events, part e: more interviews (typed entries, Webex, GoTo, Zoom, all-day, agencies, regional ATS)."""

from holdout225ev_tz import BERLIN_GOOGLE, BERLIN_THUNDERBIRD, WEST_EUROPE_OUTLOOK

EVENTS = [
    dict(
        kind="tel-montessori", uid="a91f0c6e2b3d@franzi-android",
        interview=1, company="Montessori-Verein Augsburg", role="Pädagogische Gesamtleitung",
        stage="recruiter_screen", interviewers="Fr. Aigner",
        trap="self-typed-phone-screen-floating",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//DE
BEGIN:VEVENT
UID:a91f0c6e2b3d@franzi-android
DTSTAMP:20250214T171200Z
DTSTART:20250219T133000
DTEND:20250219T140000
SUMMARY:Tel.interview Montessori Augsburg – Fr. Aigner ruft an
DESCRIPTION:Gesamtleitung 3 Häuser\, 39 Std\, Montessori-Diplom? (hab ich nicht – ansprechen!)\nin Mittagspause\, Büro abschließen
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meet-maxvorstadt", uid="1f4n9q2b7d0k5m8r3t6v9x2z4c@google.com",
        interview=1, company="Kinderkrippen Maxvorstadt", role="Bereichsleitung Krippen", stage="hiring_manager",
        interviewers="gf@krippen-maxvorstadt.de",
        trap="google-meet-small-provider-gf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T170000Z
DTEND:20250218T174500Z
DTSTAMP:20250213T094411Z
ORGANIZER;CN=Tobias Lenz:mailto:gf@krippen-maxvorstadt.de
UID:1f4n9q2b7d0k5m8r3t6v9x2z4c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tobias Lenz;X-NUM-GUESTS=0:mailto:gf@krippen-maxvorstadt.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
DESCRIPTION:Hallo Frau Hofbauer\, danke für Ihre Unterlagen – gern ein erstes Gespräch per Video\, dann sehen wir weiter. Beste Grüße\, Tobias Lenz\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nMit Google Meet teilnehmen: https://meet.google.com/okd-uyrb-mxe\n\nWeitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Bereichsleitung Krippen (Lenz / Hofbauer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-zbfs", uid="0D7F2B4C9A1E4F3B8C6D5E4F3A2B1C0D-webex-zbfs",
        interview=1, company="Zentrum Bayern Familie und Soziales",
        role="Fachberatung Kindertagesbetreuung im Bayerischen Landesjugendamt (m/w/d)", stage="onsite",
        interviewers="ursula.hirschberger@zbfs.bayern.de;peter.naumann@zbfs.bayern.de",
        trap="state-authority-webex-auswahlgespraech",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hirschberger, Ursula (ZBFS-BLJA)":mailto:ursula.hirschberger@zbfs.bayern.de
ATTENDEE;CN="Naumann, Peter (ZBFS-BLJA)";ROLE=REQ-PARTICIPANT:mailto:peter.naumann@zbfs.bayern.de
ATTENDEE;CN=franzi.hofbauer@web.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nzu Ihrer Bewerbung auf die Stelle Fachberatung Kindertagesbetreuung im Bayerischen Landesjugendamt (m/w/d) laden wir Sie zu einem strukturierten Auswahlgespräch per Webex ein.\n\nWebex-Meeting beitreten\nhttps://bayern.webex.com/bayern/j.php?MTID=m3c9e1f0b4a7d\nMeeting-Kennnummer: 2741 993 0182\nPasswort: Kita2025!\nÜber Telefon beitreten: +49-619-6781-9736 Germany Toll\n\nMit freundlichen Grüßen\nUrsula Hirschberger\nReferatsleitung\n
DTSTART;TZID="W. Europe Standard Time":20250422T090000
DTEND;TZID="W. Europe Standard Time":20250422T100000
DTSTAMP:20250409T072211Z
SUMMARY;LANGUAGE=de:Auswahlgespräch (Webex) – Frau Hofbauer
LOCATION:Webex
UID:0D7F2B4C9A1E4F3B8C6D5E4F3A2B1C0D-webex-zbfs
SEQUENCE:0
PRIORITY:5
TRANSP:OPAQUE
CLASS:PUBLIC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-hilfswerk", uid="goto-0b8c4f29-7a61-4e3e-9f4c-hilfswerk",
        interview=1, company="Hilfswerk Kinder & Jugend Bayern", role="Fachbereichsleitung Kita",
        stage="", interviewers="m.schoettl@hilfswerk-kjb.de",
        trap="gotomeeting-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_THUNDERBIRD + r"""BEGIN:VEVENT
UID:goto-0b8c4f29-7a61-4e3e-9f4c-hilfswerk
DTSTAMP:20250226T101010Z
DTSTART;TZID=Europe/Berlin:20250306T140000
DTEND;TZID=Europe/Berlin:20250306T150000
SUMMARY:Bewerbungsgespräch Fachbereichsleitung Kita (GoTo Meeting)
ORGANIZER;CN=Maria Schöttl:mailto:m.schoettl@hilfswerk-kjb.de
ATTENDEE;RSVP=TRUE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:franzi.hofbauer@web.de
DESCRIPTION:Guten Tag Frau Hofbauer\,\n\nanbei die Zugangsdaten für unser Gespräch.\n\nBewerbungsgespräch Fachbereichsleitung Kita\nNehmen Sie an meinem Meeting über Ihren Computer\, Ihr Tablet oder Ihr Smartphone teil.\nhttps://meet.goto.com/418220397\n\nSie können sich auch über Ihr Telefon einwählen.\nDeutschland: +49 721 6059 6510\nZugangscode: 418-220-397\n\nFreundliche Grüße\nMaria Schöttl\nLeitung Personal\, Hilfswerk Kinder & Jugend Bayern gGmbH
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="schnuppertag", uid="E4A7C2F1-0B3D-4E6A-9C8B-7D5F3A1E2C09",
        interview=1, company="Flachgauer Kinderbetreuung", role="Regionalleitung", stage="onsite",
        interviewers="Mag. Eder",
        trap="all-day-schnuppertag-austria",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250409T054412Z
DTEND;VALUE=DATE:20250424
DTSTAMP:20250409T054433Z
DTSTART;VALUE=DATE:20250423
LAST-MODIFIED:20250409T054433Z
LOCATION:Seekirchen am Wallersee
DESCRIPTION:Schnuppertag Flachgauer Kinderbetreuung (Regionalleitung)\nMag. Eder + Regionalteam\, 3 Kindergärten anschauen\, abends Teamsitzung\nZug 6:40 Mü Hbf -> Salzburg\, Lokalbahn weiter
SEQUENCE:0
SUMMARY:Schnuppertag Flachgau 🇦🇹
TRANSP:TRANSPARENT
UID:E4A7C2F1-0B3D-4E6A-9C8B-7D5F3A1E2C09
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-landesverband", uid="040000008200E00074C5B7101A82E00800000000B7E4D1A0C58ADB01000000000000000010000000E2F1D0C9B8A7968574635241302F1E0D",
        interview=1, company="Landesverband katholischer Kindertageseinrichtungen Bayern",
        role="Fachberatung (m/w/d) Region Oberbayern", stage="",
        interviewers="thomas.freundl@kath-kita-bayern.de;angelika.roider@kath-kita-bayern.de",
        trap="church-association-teams-fachberatung",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Freundl, Thomas":mailto:thomas.freundl@kath-kita-bayern.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roider, Angelika":mailto:angelika.roider@kath-kita-bayern.de
DESCRIPTION;LANGUAGE=de-DE:Grüß Gott Frau Hofbauer\,\n\nherzlichen Dank für Ihre Bewerbung als Fachberatung (m/w/d) Region Oberbayern. Gerne möchten wir Sie näher kennenlernen.\n\nHerzliche Grüße\nThomas Freundl\n\n________________________________________________________________________________\nMicrosoft Teams Hilfe benötigen?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg4MWI0/0>\nBesprechungs-ID: 318 090 447 218\nPasscode: a7FtQ3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B7E4D1A0C58ADB01000000000000000010000000E2F1D0C9B8A7968574635241302F1E0D
SUMMARY;LANGUAGE=de-DE:Kennenlernen Fr. Hofbauer – FB Obb.
DTSTART;TZID=W. Europe Standard Time:20250312T100000
DTEND;TZID=W. Europe Standard Time:20250312T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T153300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-vorauswahl", uid="zoom-86672019934-dmei-1",
        interview=1, company="Dachverband Münchner Elterninitiativen", role="Fachberatung für Elterninitiativen",
        stage="recruiter_screen", interviewers="b.kellermann@dmei-muenchen.de",
        trap="zoom-invite-short-first-round",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250303T200144Z
DTSTART;TZID=Europe/Berlin:20250307T120000
DTEND;TZID=Europe/Berlin:20250307T123000
SUMMARY:Kurzes Vorgespräch Fachberatung EIs
UID:zoom-86672019934-dmei-1
TZID:Europe/Berlin
DESCRIPTION:Barbara Kellermann lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\nhttps://us02web.zoom.us/j/86672019934?pwd=VnRrK0d4\n\nMeeting-ID: 866 7201 9934\nKenncode: 770145\n\n---\nSchnelleinwahl mobil\n+496938079883\,\,86672019934#\,\,\,\,*770145# Deutschland\n\nLiebe Frau Hofbauer\, kurzes Vorgespräch (30 Min.) zur Stelle Fachberatung für Elterninitiativen – danach laden wir ausgewählte Bewerberinnen zum Gespräch mit dem Vorstand ein. Viele Grüße\, B. Kellermann
LOCATION:https://us02web.zoom.us/j/86672019934?pwd=VnRrK0d4
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
        kind="vorstand-elterninitiativen", uid="zoom-83119204477-dmei-2",
        interview=1, company="Dachverband Münchner Elterninitiativen", role="Fachberatung für Elterninitiativen",
        stage="final", interviewers="b.kellermann@dmei-muenchen.de;Jakob Finsterwalder;Aylin Demirtaş",
        trap="parent-board-panel-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T173000Z
DTEND:20250320T183000Z
DTSTAMP:20250312T211155Z
ORGANIZER;CN=b.kellermann@dmei-muenchen.de:mailto:b.kellermann@dmei-muenchen.de
UID:zoom-83119204477-dmei-2
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=b.kellermann@dmei-muenchen.de;X-NUM-GUESTS=0:mailto:b.kellermann@dmei-muenchen.de
DESCRIPTION:Liebe Frau Hofbauer\,\n\nder ehrenamtliche Vorstand (Jakob Finsterwalder und Aylin Demirtaş) und ich freuen uns auf das Gespräch. Da der Vorstand berufstätig ist\, findet es abends per Zoom statt.\n\nhttps://us02web.zoom.us/j/83119204477?pwd=Tm1rR2Fi\nMeeting-ID: 831 1920 4477 / Kenncode: 118203\n\nViele Grüße\nBarbara Kellermann\nGeschäftsführung
LOCATION:https://us02web.zoom.us/j/83119204477
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Fachberatung mit Vorstand (Zoom)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agentur-screening", uid="c2f8a71e-rosenheim-2025-sozialpersonal-0412",
        interview=1, company="Evangelische Jugendhilfe Rosenheim", role="Bereichsleitung Kindertagesstätten",
        stage="recruiter_screen", interviewers="l.wagenhuber@sozialpersonal-sued.de",
        trap="agency-screen-client-in-summary",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sozialpersonal Süd//CRM//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:c2f8a71e-rosenheim-2025-sozialpersonal-0412
DTSTAMP:20250407T081120Z
DTSTART:20250412T070000Z
DTEND:20250412T073000Z
SUMMARY:Vorab-Interview für Ev. Jugendhilfe Rosenheim – Bereichsleitung Kitas
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nwie besprochen führen wir mit Ihnen ein strukturiertes Vorab-Interview (ca. 30 Minuten)\, bevor wir Ihre Unterlagen an unseren Kunden weiterleiten. Wir rufen Sie an.\n\nLisa Wagenhuber\nSenior Consultant\nSozialpersonal Süd GmbH
ORGANIZER;CN=Lisa Wagenhuber:mailto:l.wagenhuber@sozialpersonal-sued.de
ATTENDEE;CN=Franziska Hofbauer;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Telefon
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rexx-einladung", uid="rexx-bew-00431-termin-17@inklusive-kinderhaeuser.de",
        interview=1, company="Inklusive Kinderhäuser Augsburg", role="Einrichtungsübergreifende Fachberatung Inklusion",
        stage="", interviewers="",
        trap="rexx-ats-publish-no-names",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:rexx-bew-00431-termin-17@inklusive-kinderhaeuser.de
DTSTAMP:20250415T093000Z
DTSTART:20250507T070000Z
DTEND:20250507T080000Z
SUMMARY:Ihr Termin: Einrichtungsübergreifende Fachberatung Inklusion
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nwir freuen uns\, Sie zu einem persönlichen Gespräch einladen zu dürfen.\n\nAdresse: Inklusive Kinderhäuser Augsburg gGmbH\, Provinostraße 52\, 86153 Augsburg\nAnsprechpartner: Personalabteilung\, Tel. 0821 45019-20\n\nMit freundlichen Grüßen\nIhr Team Personal
LOCATION:Provinostraße 52\, 86153 Augsburg
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vorstellung-ottobrunn", uid="040000008200E00074C5B7101A82E00800000000C1F3A2E4D68ADB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        interview=1, company="Gemeinde Ottobrunn", role="Sachgebietsleitung Kindertagesbetreuung",
        stage="onsite",
        interviewers="erster.buergermeister@ottobrunn.de;s.pollinger@ottobrunn.de",
        trap="municipality-mayor-panel-outlook",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Pollinger, Susanne";SENT-BY="mailto:personal@ottobrunn.de":mailto:s.pollinger@ottobrunn.de
ATTENDEE;CN="Erster Bürgermeister";ROLE=REQ-PARTICIPANT:mailto:erster.buergermeister@ottobrunn.de
ATTENDEE;CN="Pollinger, Susanne";ROLE=REQ-PARTICIPANT:mailto:s.pollinger@ottobrunn.de
ATTENDEE;CN=franzi.hofbauer@web.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
ATTENDEE;CN="Rathaus Sitzungszimmer 1";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:sitzungszimmer1@ottobrunn.de
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nzu Ihrer Bewerbung als Sachgebietsleitung Kindertagesbetreuung laden wir Sie zu einem Vorstellungsgespräch ins Rathaus ein. Teilnehmen werden der Erste Bürgermeister\, die Leiterin des Hauptamts Frau Pollinger sowie ein Mitglied des Personalrats.\n\nMit freundlichen Grüßen\nIhr Personalamt der Gemeinde Ottobrunn\n
DTSTART;TZID="W. Europe Standard Time":20250414T160000
DTEND;TZID="W. Europe Standard Time":20250414T170000
DTSTAMP:20250331T112244Z
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Sachgebietsleitung Kita – Hofbauer
LOCATION:Rathaus Ottobrunn\, Sitzungszimmer 1
UID:040000008200E00074C5B7101A82E00800000000C1F3A2E4D68ADB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SEQUENCE:0
PRIORITY:5
TRANSP:OPAQUE
CLASS:PUBLIC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="concludis-gespraech", uid="concludis-6620193-int-2",
        interview=1, company="Rotkreuz Kinderbetreuung Oberbayern", role="Bereichsleitung Kitas Landkreis München",
        stage="", interviewers="k.wimmer@rotkreuz-kinder-obb.de",
        trap="concludis-ats-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//concludis//Bewerbermanagement//DE
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:concludis-6620193-int-2
DTSTAMP:20250318T140515Z
DTSTART;TZID=Europe/Berlin:20250328T110000
DTEND;TZID=Europe/Berlin:20250328T120000
SUMMARY:Gesprächstermin Rotkreuz Kinderbetreuung Oberbayern gGmbH
DESCRIPTION:Stelle: Bereichsleitung Kitas Landkreis München\nGesprächspartner: Klaus Wimmer (Geschäftsführung)\nOrt: Seitzstraße 8\, 80538 München\n\nBitte bestätigen Sie den Termin in Ihrem Bewerberportal.
ORGANIZER;CN=Rotkreuz Kinderbetreuung Oberbayern:mailto:bewerbung@rotkreuz-kinder-obb.de
ATTENDEE;CN=Klaus Wimmer;ROLE=REQ-PARTICIPANT:mailto:k.wimmer@rotkreuz-kinder-obb.de
ATTENDEE;CN=Franziska Hofbauer;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Seitzstraße 8\, 80538 München
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
