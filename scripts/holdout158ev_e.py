# ruff: noqa: E501
"""holdout158 events, part e: the user on the hiring side at the Hanseatische Rundschau. CC0 1.0."""

from holdout158ev_tz import BERLIN, W_EUROPE

EVENTS = [
    (
        "auswahltag-volo",
        "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A01",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wiese, Dagmar":mailto:dagmar.wiese@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ketelsen, Bernd":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Özdemir, Selin":mailto:selin.oezdemir@hanse-rundschau.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Betriebsrat HR":mailto:betriebsrat@hanse-rundschau.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HR-Konferenzraum Alster (7.OG)":mailto:raum.alster@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Jury\,\n\nhier der Blocker für den Auswahltag Volontariat 2025. 12 Bewerberinnen und Bewerber\, Ablauf: 9 Uhr Begrüßung\, Schreibaufgabe\, Themenkonferenz in Gruppen\, ab 14 Uhr Einzelgespräche à 20 Min. Bewertungsbögen liegen im Raum aus\, die Mappen sind im Laufwerk J:\\Volontariat\\2025.\n\nDanke\, dass ihr euch den Tag freihaltet!\nDagmar\n(Personal/Ausbildung)\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A01
SUMMARY;LANGUAGE=de-DE:Auswahltag Volontariat 2025 (Jury)
DTSTART;VALUE=DATE:20250306
DTEND;VALUE=DATE:20250307
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250129T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HR-Konferenzraum Alster (7.OG)
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-volontariat-auswahltag-jury",
    ),
    (
        "volo-gespraech",
        "040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A02",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wiese, Dagmar":mailto:dagmar.wiese@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ketelsen, Bernd":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.brandes@posteo.de:mailto:lea.brandes@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Volontariat\nBewerberin: Lea Brandes (B.A. Politik\, Praktika NDR und taz)\nGespräch: Bernd Ketelsen (Chefredaktion)\, Friederike Janssen (Wirtschaft)\nUnterlagen im Bewerbermanagement.\n
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A02
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Volontariat – Lea Brandes
DTSTART;TZID=W. Europe Standard Time:20250313T113000
DTEND;TZID=W. Europe Standard Time:20250313T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Chefredaktion (6.OG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-volo-vorstellungsgespraech-outlook",
    ),
    (
        "reply-angenommen",
        "040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A03",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250318T090000Z
DTEND:20250318T093000Z
DTSTAMP:20250312T181204Z
ORGANIZER;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A03
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tarek Nasser;X-NUM-GUESTS=0:mailto:tarek.nasser98@gmail.com
COMMENT:Vielen Dank für die Einladung\, ich freue mich sehr!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Kennenlernen Pflichtpraktikum Ressort Wirtschaft
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-candidate-reply-accepted",
    ),
    (
        "typed-praktikant",
        "7D2E4F60-1A3B-4C5D-8E9F-0A1B2C3D4E5F",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250224T065501Z
DTSTAMP:20250224T065533Z
UID:7D2E4F60-1A3B-4C5D-8E9F-0A1B2C3D4E5F
DTSTART:20250225T150000
DTEND:20250225T153000
SUMMARY:Praktikant Jonas K. – Gespräch
DESCRIPTION:Mappe vorher lesen!! Texte aus Lüneburger Uni-Zeitung ok\, Zahlenverständnis?\nBernd will ihn eher für Lokales
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-hand-typed-intern-note",
    ),
    (
        "calendly-host",
        "calendly-b71e0f22-4c1d-48a9-9e33-6d2a1c0f8e77",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-b71e0f22-4c1d-48a9-9e33-6d2a1c0f8e77
DTSTAMP:20250403T110003Z
DTSTART:20250408T073000Z
DTEND:20250408T074500Z
SUMMARY:Mara Petersen und Friederike Janssen
DESCRIPTION:Eine neue Veranstaltung wurde geplant.\n\nVeranstaltungstyp: Kennenlernen Hospitanz Wirtschaft (15 Min.)\nEingeladene Person: Mara Petersen\nE-Mail der eingeladenen Person: mara.petersen@posteo.de\n\nFragen:\nWarum möchtest du bei uns hospitieren?\nIch schreibe meine Masterarbeit über Mittelstandsberichterstattung und würde gern den Redaktionsalltag kennenlernen.\n\nAnsehen in Calendly: https://calendly.com/app/scheduled_events/user/me
LOCATION:Telefon: Mara ruft an (+49 151 22871904)
ORGANIZER;CN=Friederike Janssen:mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;CN=Mara Petersen;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:mara.petersen@posteo.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-calendly-host-hospitanz",
    ),
    (
        "nachbesprechung",
        "040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A04",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ketelsen, Bernd":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Özdemir, Selin":mailto:selin.oezdemir@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wiese, Dagmar":mailto:dagmar.wiese@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Rangliste aus den Bewertungsbögen\, Entscheidung über die drei Plätze + Nachrücker. Bitte eure Punkte vorher in die Tabelle eintragen.\n
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A04
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Auswahltag / Rangliste Volos
DTSTART;TZID=W. Europe Standard Time:20250310T160000
DTEND;TZID=W. Europe Standard Time:20250310T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T173000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Chefredaktion
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-debrief-rangliste",
    ),
    (
        "schreibtest-aufsicht",
        "D0C5A1E2-7788-4B11-9C0D-AB12CD34EF56",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Aufsicht Schreibtest Bewerber Online-Redaktion (6 Pers.)\, Aufgabe: Meldung + Kommentar zu Hafenzahlen\, 60 Min.\, Laptops ohne Internet. Umschläge bei Dagmar abholen.
DTEND;TZID="W. Europe Standard Time":20250402T110000
DTSTAMP:20250331T084500Z
DTSTART;TZID="W. Europe Standard Time":20250402T093000
LOCATION:Schulungsraum 2.14
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Schreibtest Online – Aufsicht (ich)
TRANSP:OPAQUE
UID:D0C5A1E2-7788-4B11-9C0D-AB12CD34EF56
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-writing-test-supervisor",
    ),
    (
        "kandidatenvorstellung",
        "mjp-2025-0417-baran@medienjobs-personal.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nwie telefonisch besprochen stelle ich Ihnen Herrn Deniz Baran für die Position Social-Media-Redakteur (m/w/d) im Wirtschaftsressort vor. Profil und Arbeitsproben anbei (anonymisiert). Herr Baran ist kurzfristig verfügbar und bringt zwei Jahre Erfahrung bei einem Finanzportal mit.\n\nIch wähle Sie beide per Teams zusammen.\n\nBeste Grüße\nJens Brodersen\nmedienjobs Personalservice GmbH
DTEND;TZID="W. Europe Standard Time":20250417T143000
DTSTAMP:20250411T121500Z
DTSTART;TZID="W. Europe Standard Time":20250417T140000
LOCATION:Microsoft Teams
ORGANIZER;CN="Jens Brodersen":mailto:j.brodersen@medienjobs-personal.de
ATTENDEE;CN="Janssen, Friederike";RSVP=TRUE:mailto:friederike.janssen@hanse-rundschau.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Kandidatenvorstellung Social-Media-Redakteur – D. Baran
TRANSP:OPAQUE
UID:mjp-2025-0417-baran@medienjobs-personal.de
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-agency-presents-candidate",
    ),
    (
        "auswahlkommission",
        "040000008200E00074C5B7101A82E00800000000EE55FF6600AADB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A05",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wiese, Dagmar":mailto:dagmar.wiese@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ketelsen, Bernd":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Betriebsrat HR":mailto:betriebsrat@hanse-rundschau.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Raum Elbe (6.OG)":mailto:raum.elbe@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Stellenbesetzung Redakteurin/Redakteur Wirtschaft (Nachfolge Krohn): drei Gespräche hintereinander\, je 45 Min.\n10:00 Frau Dr. Albrecht\n11:00 Herr Lindemann\n12:00 Frau Yıldız\nBitte Leitfaden und Bewertungsbogen nutzen\, Betriebsrat ist bei allen Gesprächen dabei.\n
UID:040000008200E00074C5B7101A82E00800000000EE55FF6600AADB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A05
SUMMARY;LANGUAGE=de-DE:Stellenbesetzung Red. Wirtschaft – Gespräche (3)
DTSTART;TZID=W. Europe Standard Time:20250409T100000
DTEND;TZID=W. Europe Standard Time:20250409T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Raum Elbe (6.OG)
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-stellenbesetzung-panel-betriebsrat",
    ),
    (
        "softgarden-bewertung",
        "softgarden-task-rating-55102-janssen",
        r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:softgarden-task-rating-55102-janssen
DTSTAMP:20250326T060000Z
DTSTART;VALUE=DATE:20250328
DTEND;VALUE=DATE:20250329
SUMMARY:Aufgabe fällig: 4 Bewerbungen bewerten – Redakteur*in Online (Job-ID 55102)
DESCRIPTION:Hallo Friederike Janssen\,\n\nSie wurden als Entscheider*in für die Stelle "Redakteur*in Online (m/w/d)" hinzugefügt. Bitte bewerten Sie die folgenden Bewerbungen bis zum Fälligkeitsdatum (Daumen hoch / runter und Kommentar):\n- Bewerbung #55102-17\n- Bewerbung #55102-21\n- Bewerbung #55102-22\n- Bewerbung #55102-30\n\nZu den Bewerbungen: https://app.softgarden.io/hanse-rundschau/jobs/55102\n\nIhr softgarden Team
ORGANIZER;CN=softgarden:mailto:noreply@softgarden.de
ATTENDEE;CN=Friederike Janssen:mailto:friederike.janssen@hanse-rundschau.de
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-ats-rating-task-all-day",
    ),
    (
        "probetag-betreuen",
        "0E9D8C7B-6A59-4837-A261-5F4E3D2C1B0A",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
CREATED:20250410T172233Z
DTSTAMP:20250410T172250Z
UID:0E9D8C7B-6A59-4837-A261-5F4E3D2C1B0A
DTSTART;TZID=Europe/Berlin:20250415T090000
DTEND;TZID=Europe/Berlin:20250415T170000
SUMMARY:Probetag Sophie Marquardt (Online) – betreuen
DESCRIPTION:mit in die 10:30-Konferenz\, dann Quartalszahlen Aurubis-Text umschreiben lassen\, 15 Uhr Feedback mit Selin. Zugang CMS bei IT beantragt
LOCATION:Newsdesk
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-probetag-supervisor",
    ),
    (
        "hospitation",
        "hosp-ohde-20250422@hanse-rundschau.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Niklas Ohde (Bewerber Volontariat 2026) hospitiert zwei Tage im Wirtschaftsressort. Tag 1 bei mir: Handelskammer-PK\, Text gegenlesen. Einschätzung danach an Dagmar.
DTEND;VALUE=DATE:20250424
DTSTAMP:20250416T101500Z
DTSTART;VALUE=DATE:20250422
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Hospitant Niklas Ohde (Wirtschaft)
TRANSP:TRANSPARENT
UID:hosp-ohde-20250422@hanse-rundschau.de
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-hospitation-host-assessment",
    ),
    (
        "teams-bewerbung",
        "040000008200E00074C5B7101A82E00800000000FF6600AA11BBDB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A06",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.kessler@t-online.de:mailto:c.kessler@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Özdemir, Selin":mailto:selin.oezdemir@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Dr. Kessler\,\n\nwie besprochen hier die Einladung zu unserem Gespräch über die Stelle als Redakteurin im Ressort Wirtschaft. Meine Kollegin Selin Özdemir (Online-CvD) ist ebenfalls dabei.\n\nViele Grüße\nFriederike Janssen\nRessort Wirtschaft\, Hanseatische Rundschau\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTeilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ4NTdh\nBesprechungs-ID: 355 981 002 714\nPasscode: Lk3Zp8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000FF6600AA11BBDB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A06
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Redakteurin Wirtschaft – Dr. Kessler (Teams)
DTSTART;TZID=W. Europe Standard Time:20250319T160000
DTEND;TZID=W. Europe Standard Time:20250319T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T111000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-teams-organizer-bewerbungsgespraech",
    ),
    (
        "jury-journalistenschule",
        "jsn-aufnahme-2025-jury-03@journalistenschule-nord.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250516
DTEND;VALUE=DATE:20250517
DTSTAMP:20250402T083000Z
ORGANIZER;CN=Journalistenschule Nord – Sekretariat:mailto:sekretariat@journalistenschule-nord.de
UID:jsn-aufnahme-2025-jury-03@journalistenschule-nord.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
DESCRIPTION:Liebe Frau Janssen\,\n\nherzlichen Dank\, dass Sie wieder in der Aufnahmekommission sitzen. Am Prüfungstag führen Sie mit Ihrer Kommission (Raum 3) je 15-minütige Aufnahmegespräche mit 14 Bewerberinnen und Bewerbern und bewerten die Reportage-Aufgabe. Honorar wie im Vorjahr.\n\nSekretariat\, Journalistenschule Nord
LOCATION:Journalistenschule Nord\, Stubbenhuk 10\, Hamburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aufnahmeprüfung JSN – Kommission
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-journalism-school-admission-panel",
    ),
    (
        "leitfaden-vorbereiten",
        "4B5C6D7E-8F90-4A1B-B2C3-D4E5F6A7B8C9",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250404T150505Z
DTSTAMP:20250404T150533Z
UID:4B5C6D7E-8F90-4A1B-B2C3-D4E5F6A7B8C9
DTSTART:20250408T080000
DTEND:20250408T090000
SUMMARY:Leitfaden + Fragen für Mi (Red. Wirtschaft) fertig machen
DESCRIPTION:Fallfrage Bilanz lesen\, Frage zu Themenfindung Mittelstand\, Bewertungsbogen 1-5 an Dagmar schicken
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-interview-guide-prep",
    ),
    (
        "reply-abgelehnt",
        "040000008200E00074C5B7101A82E0080000000000AA11BB22CCDB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A07",
        r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ORGANIZER;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;PARTSTAT=DECLINED;CN=Jannik Voß:mailto:jannik.voss@gmx.net
COMMENT;LANGUAGE=de-DE:Liebe Frau Janssen\, ich habe inzwischen eine Zusage für ein Volontariat beim NDR bekommen und ziehe meine Bewerbung deshalb zurück. Vielen Dank für die Einladung!
UID:040000008200E00074C5B7101A82E0080000000000AA11BB22CCDB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A07
SUMMARY;LANGUAGE=de-DE:Abgelehnt: Gespräch Werkstudentenstelle Wirtschaft/Daten
DTSTART:20250325T130000Z
DTEND:20250325T133000Z
DTSTAMP:20250320T071500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-candidate-reply-declined",
    ),
    (
        "typed-tel-werkstudentin",
        "C3D4E5F6-0718-4293-A4B5-C6D7E8F90A1B",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250326T201101Z
DTSTAMP:20250326T201122Z
UID:C3D4E5F6-0718-4293-A4B5-C6D7E8F90A1B
DTSTART:20250327T171500
DTEND:20250327T174500
SUMMARY:Tel. Yasemin A. – Werkstudi Daten
DESCRIPTION:0176 55219034\nPython? Datawrapper? 15-20 Std/Woche ab Mai\, Semesterferien mehr
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-hand-typed-phone-student-applicant",
    ),
]
