# ruff: noqa: E501
"""holdout144 negatives, part 2: the user on the HIRING side (candidates, trial shifts, second rounds)."""

_NEG = dict(iv=0, company="", role="", stage="", who="", hiring=True)

EVENTS = [
    dict(
        _NEG, kind="gmail-invite",
        uid="6h3k9m1p4r7t0w2y5a8c1e4g7j@google.com",
        trap="user-as-interviewer-candidate-sends-invite-from-free-mail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250403T110000
DTEND;TZID=Europe/Vienna:20250403T114500
DTSTAMP:20250327T193344Z
ORGANIZER;CN=Laura Gruber:mailto:laura.gruber95@gmail.com
UID:6h3k9m1p4r7t0w2y5a8c1e4g7j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.leitner@buechereien-wien.at;X-NUM-GUESTS=0:mailto:t.leitner@buechereien-wien.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laura Gruber;X-NUM-GUESTS=0:mailto:laura.gruber95@gmail.com
CREATED:20250327T193343Z
DESCRIPTION:Sehr geehrte Frau Leitner\,\n\nvielen Dank für Ihren Anruf heute! Wie besprochen trage ich den Termin für das Vorstellungsgespräch (Bibliotheksassistenz\, Teilzeit 25 Std.) ein\, damit er bei Ihnen im Kalender ist.\n\nMit freundlichen Grüßen\nLaura Gruber
LAST-MODIFIED:20250327T193344Z
LOCATION:Büchereien Wien Hernals\, Hormayrgasse 2\, 1170 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Büchereien Wien – Laura Gruber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="besetzungskommission",
        uid="040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB0100000000000000001000000066FF778899AA00BB11CC22DD33EE44FF",
        trap="user-as-interviewer-selection-commission-branch-head",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Fuchs, Gerhard";SENT-BY="mailto:sekretariat.regionen@buechereien-wien.at":mailto:g.fuchs@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mader, Claudia (MA 2)":mailto:claudia.mader@wien.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dienststellenausschuss MA 13":mailto:dienststellenausschuss@buechereien-wien.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="HB 4.OG Besprechung groß":mailto:hb-4og-gross@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Besetzung Zweigstellenleitung Simmering (B/b\, Leitungszulage)\n\n09:00 Vorbesprechung Kommission\n09:30 / 10:30 / 11:30 Hearings (3 Bewerber*innen\, davon 1 extern)\n12:30 Beratung und Beschluss der Reihung\n\nUnterlagen vertraulich – bitte nicht weiterleiten.\n
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB0100000000000000001000000066FF778899AA00BB11CC22DD33EE44FF
SUMMARY;LANGUAGE=de-AT:Besetzungskommission ZST-Leitung Simmering
DTSTART;TZID=W. Europe Standard Time:20250527T090000
DTEND;TZID=W. Europe Standard Time:20250527T133000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250512T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:HB 4.OG Besprechung groß
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="fragenkatalog",
        uid="2f4a6c8e-0b1d-4f3a-8c5e-fragenkatalog-hearing-ba",
        trap="user-as-interviewer-question-catalogue-prep-block",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250311T075011Z
DESCRIPTION:strukturierte Fragen f. Hearing BA (je Kompetenz 2 Fragen + Nachfragen)\, Fallbeispiel „schwierige Kundin an der Theke“\, Fragen zu Onleihe/Fernleihe. Mit Gerhard abstimmen!
DTEND;TZID="W. Europe Standard Time":20250314T100000
DTSTAMP:20250311T075011Z
DTSTART;TZID="W. Europe Standard Time":20250314T083000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Fragenkatalog Hearing vorbereiten
TRANSP:OPAQUE
UID:2f4a6c8e-0b1d-4f3a-8c5e-fragenkatalog-hearing-ba
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="probedienst",
        uid="5b7d9f1a-3c5e-4a7c-9e1b-probedienst-ilic",
        trap="user-as-interviewer-supervises-trial-evening-shift",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250407T151200Z
DESCRIPTION:Hr. Marko Ilić – Probedienst (Bewerbung Aushilfe Abenddienst\, geringfügig)\nEinschulen Verbuchung + Rückgabeautomat\, Kassa mit mir\nam Ende kurzes Feedbackgespräch\, Eindruck an Gerhard
DTEND;TZID="W. Europe Standard Time":20250410T200000
DTSTAMP:20250407T151200Z
DTSTART;TZID="W. Europe Standard Time":20250410T160000
LOCATION:Zweigstelle Hernals
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Probedienst Ilić (Abend) – ich begleite
TRANSP:OPAQUE
UID:5b7d9f1a-3c5e-4a7c-9e1b-probedienst-ilic
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="zivildienst",
        uid="040000008200E00074C5B7101A82E00800000000ZD2025BERISHA00000000000000000000000010000000ZIVI0000000000000000000000000001",
        trap="user-as-interviewer-civil-service-candidate-talk",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Zivildienst MA 13":mailto:zivildienst@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Theresa\,\n\nHerr Arben Berisha (Zuweisung ab 1. Juli\, Wunsch-Einsatzstelle Hernals) kommt zum Vorstellungsgespräch. Bitte danach kurz Rückmeldung\, ob wir die Zuweisung bei der Zivildienstserviceagentur bestätigen.\n\nDanke\, Petra (Zivildienstkoordination)\n
UID:040000008200E00074C5B7101A82E00800000000ZD2025BERISHA00000000000000000000000010000000ZIVI0000000000000000000000000001
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Zivildiener – Hr. Berisha
DTSTART;TZID=W. Europe Standard Time:20250603T093000
DTEND;TZID=W. Europe Standard Time:20250603T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250523T081122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="rueckruf",
        uid="E2A4C6E8-0A2C-4E6A-8C0E-RUECKRUF-AIGNER",
        trap="user-as-interviewer-phone-screen-callback-to-applicant",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@APPLE_VIENNA@@
BEGIN:VEVENT
CREATED:20250414T120511Z
DTEND;TZID=Europe/Vienna:20250416T084500
DTSTAMP:20250414T120533Z
DTSTART;TZID=Europe/Vienna:20250416T083000
LAST-MODIFIED:20250414T120533Z
SEQUENCE:0
SUMMARY:Rückruf Bewerberin Medienpäd. – Fr. Aigner 0664 2180377
DESCRIPTION:kurz telefon. vorab klären: Verfügbarkeit Sa\, Erfahrung Gruppen/Schulklassen\, Gehaltsvorstellung. Wenn ok -> Einladung Gespräch nächste Woche
TRANSP:OPAQUE
UID:E2A4C6E8-0A2C-4E6A-8C0E-RUECKRUF-AIGNER
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="zweite-runde",
        uid="040000008200E00074C5B7101A82E00800000000KJB2RUNDE0000000000000000000000000100000002RUNDEKINDERBIBLIOTHEK00000000001",
        trap="user-as-interviewer-chairs-second-round-presentations",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Erdem, Aylin":mailto:a.erdem@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novotny, Lukas":mailto:l.novotny@buechereien-wien.at
DESCRIPTION;LANGUAGE=de-AT:Hallo ihr beiden\,\n\n2. Runde für die Teamleitung Kinder- & Jugendbibliothek: die zwei Finalistinnen präsentieren je 15 Min. ihr Konzept für eine Bilderbuchkino-Reihe\, dann 30 Min. Fragen. Ich moderiere\, Aylin achtet auf Praxis\, Lukas auf Medienpädagogik. Bewertungsraster hängt an.\n\n09:00 Kandidatin A\n10:00 Kandidatin B\n11:00 Austausch\n\nLG Theresa\n
UID:040000008200E00074C5B7101A82E00800000000KJB2RUNDE0000000000000000000000000100000002RUNDEKINDERBIBLIOTHEK00000000001
SUMMARY;LANGUAGE=de-AT:2. Runde Teamleitung KiJu – Präsentationen
DTSTART;TZID=W. Europe Standard Time:20250612T090000
DTEND;TZID=W. Europe Standard Time:20250612T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals\, Veranstaltungsraum
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="city-portal-cancel",
        uid="rec-wien-MA13-2025-007-hearing-slot-4@recruiting.wien.gv.at",
        trap="user-as-interviewer-city-hr-system-cancels-candidate-slot",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Wien//Personalauswahl Bewerbungsmanagement//DE
METHOD:CANCEL
BEGIN:VEVENT
UID:rec-wien-MA13-2025-007-hearing-slot-4@recruiting.wien.gv.at
DTSTAMP:20250317T161000Z
DTSTART:20250319T100000Z
DTEND:20250319T104500Z
SUMMARY:Abgesagt: Hearing Kandidat*in 4 – Ausschreibung MA 13/2025/007
ORGANIZER;CN=Personalauswahl Stadt Wien:mailto:noreply@recruiting.wien.gv.at
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT:mailto:t.leitner@buechereien-wien.at
DESCRIPTION:Sehr geehrtes Kommissionsmitglied\,\n\ndie Bewerberin / der Bewerber Nr. 4 hat die Bewerbung zurückgezogen. Der Hearing-Termin entfällt. Die übrigen Termine bleiben unverändert.\n\nBewerbungsmanagement der Stadt Wien – MA 2
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="praktikum-vorstellung",
        uid="040000008200E00074C5B7101A82E00800000000PRAKT2025SOMMER000000000000000000010000000FHPRAKTIKUM00000000000000000000001",
        trap="user-as-interviewer-internship-applicant-introduction",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Theresa":mailto:t.leitner@buechereien-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.sommer@edu.fh-burgenland.at:mailto:hannah.sommer@edu.fh-burgenland.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Sommer\,\n\ndanke für Ihre Bewerbung um das Pflichtpraktikum (Information\, Medien & Kommunikation\, 8 Wochen ab Juli). Ich würde Sie gerne kurz persönlich kennenlernen und Ihnen die Zweigstelle zeigen.\n\nBeste Grüße\nTheresa Leitner\nZweigstellenleitung Hernals | Büchereien Wien\n
UID:040000008200E00074C5B7101A82E00800000000PRAKT2025SOMMER000000000000000000010000000FHPRAKTIKUM00000000000000000000001
SUMMARY;LANGUAGE=de-AT:Kennenlernen Praktikum – Hannah Sommer
DTSTART;TZID=W. Europe Standard Time:20250516T130000
DTEND;TZID=W. Europe Standard Time:20250516T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T110011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zweigstelle Hernals
END:VEVENT
END:VCALENDAR
"""),
    dict(
        _NEG, kind="zoom-volunteer",
        uid="ZOOM87120933405-esc-2025@zoom.us",
        trap="user-as-interviewer-english-zoom-with-esc-volunteer-applicant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@G_VIENNA@@
BEGIN:VEVENT
DTSTAMP:20250430T090011Z
DTSTART;TZID=Europe/Vienna:20250507T110000
DTEND;TZID=Europe/Vienna:20250507T113000
SUMMARY:Interview ESC volunteer – Marta Figueiredo (Büchereien Wien)
UID:ZOOM87120933405-esc-2025@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Theresa Leitner is inviting you to a scheduled Zoom meeting.\n\nHi Marta\, as agreed with your sending organisation in Lisbon\, this is our short online interview for the European Solidarity Corps volunteering project "Reading without borders" at Büchereien Wien (Sept 2025 – June 2026).\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/87120933405?pwd=bGx4cUZyV3pTdGJ4WmZoN1FjUEl0QT09\n\nMeeting ID: 871 2093 3405\nPasscode: 448120
LOCATION:https://us06web.zoom.us/j/87120933405?pwd=bGx4cUZyV3pTdGJ4WmZoN1FjUEl0QT09
END:VEVENT
END:VCALENDAR
"""),
]
