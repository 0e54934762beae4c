"""holdout209 events, part d: Vienna, Augsburg, headhunters and small Kanzleien (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "vienna-zoom-gf", "AAMkAGI2NGQ3ZTk5LWM4YjEtNDRmMy1iMDlhLTFmMmU3MTQ0ZDhlNQBGAAAAAAC1", 1,
        "Moser Wirtschaftstreuhand", "Steuersachbearbeiter:in", "hiring_manager", "g.moser@moser-wt.at",
        "vienna-owner-zoom-vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_VIENNA@
BEGIN:VEVENT
UID:AAMkAGI2NGQ3ZTk5LWM4YjEtNDRmMy1iMDlhLTFmMmU3MTQ0ZDhlNQBGAAAAAAC1
DTSTAMP:20260225T171000Z
DTSTART;TZID=Europe/Vienna:20260303T180000
DTEND;TZID=Europe/Vienna:20260303T184500
SUMMARY:Vorstellungsgespräch Steuersachbearbeiter:in - Jonas Becker
DESCRIPTION:Servus Herr Becker\,\nwie am Telefon besprochen\, gerne auch
  am Abend nach Ihrer Arbeit. Zoom: https://us02web.zoom.us/j/81120994471
  Kenncode: moserwt\nMfG Gerhard Moser\nGeschäftsführer\, Steuerberater\nM
 oser Wirtschaftstreuhand GmbH\, Landstraßer Hauptstraße 71\, 1030 Wien
ORGANIZER;CN=Gerhard Moser:mailto:g.moser@moser-wt.at
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "schnuppertag", "AAMkADk1ZTdhNzQxLTU0NGEtNDc1ZC05YjcxLWVkZXJyYWFiLTIwMjYwMzIw", 1, "Eder & Raab",
        "Steuerassistent:in", "onsite", "Mag. Johanna Raab", "austrian-schnuppertag-all-day-trial",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:AAMkADk1ZTdhNzQxLTU0NGEtNDc1ZC05YjcxLWVkZXJyYWFiLTIwMjYwMzIw
DTSTAMP:20260309T111100Z
DTSTART;VALUE=DATE:20260320
DTEND;VALUE=DATE:20260321
SUMMARY:Schnuppertag Hr. Becker
DESCRIPTION:Lieber Herr Becker\,\n\nwie vereinbart verbringen Sie am Frei
 tag einen Schnuppertag bei uns in der Kanzlei\, damit Sie das Team und u
 nsere Arbeit (Arbeitnehmerveranlagung\, Bilanzierung BMD) kennenlernen u
 nd wir Sie. Beginn 8:30 Uhr\, Ende ca. 16 Uhr\, Mittagessen mit dem Tea
 m. Ansprechpartnerin ist Mag. Johanna Raab.\n\nLG\nSekretariat Eder & Ra
 ab\nGumpendorfer Straße 38\, 1060 Wien
ORGANIZER;CN=Sekretariat Eder & Raab:mailto:office@eder-raab.at
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Gumpendorfer Straße 38\, 1060 Wien
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "plain-mail-invite", "040000008200E00074C5B7101A82E00800000000A0F11D22E5A2DC01000000000000000010000000"
        "F0A1B2C3", 1, "Steuerberatung Fendt", "Steuerfachwirt (m/w/d)", "", "a.fendt@fendt-stb.de",
        "augsburg-kanzlei-einladung-kennenlernen",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Anton Fendt":mailto:a.fendt@fendt-stb.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Becker\,\n\nvielen Dank für Ihre Be
 werbung als Steuerfachwirt (m/w/d). Ich würde Sie gerne kennenlernen - pas
 st Ihnen Freitagnachmittag? Wir sind direkt am Königsplatz\, Parken im Hof.
 \n\nGruß\nAnton Fendt\nSteuerberater\n
SUMMARY;LANGUAGE=de-DE:Kennenlernen Herr Becker
DTSTART;TZID="W. Europe Standard Time":20260220T143000
DTEND;TZID="W. Europe Standard Time":20260220T153000
UID:040000008200E00074C5B7101A82E00800000000A0F11D22E5A2DC01000000000000000010000000F0A1B2C3
DTSTAMP:20260216T070101Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kanzlei Fendt\, Konrad-Adenauer-Allee 9\, Augsburg
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "probearbeitstag", "E64A0B3C-1D2E-4F5A-8B6C-7D8E9F0A1B2C", 1, "Steuerberatung Fendt", "", "onsite",
        "", "self-typed-probearbeitstag-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E64A0B3C-1D2E-4F5A-8B6C-7D8E9F0A1B2C
DTSTAMP:20260221T090000Z
CREATED:20260221T085900Z
DTSTART:20260306T083000
DTEND:20260306T163000
SUMMARY:Probearbeitstag Fendt StB Augsburg
LOCATION:Konrad-Adenauer-Allee 9\, Augsburg
DESCRIPTION:Urlaubstag genommen! Zug 7:12 ab Hbf.\nLaptop nicht nötig\, s
 ie geben DATEV-Zugang. Mittag mit Team.
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "google-phone", "6a2lkr0s7c1gq4v8h5e9n3m2pb@google.com", 1, "Treuhand Süd",
        "Steuerfachangestellte/r (m/w/d) Lohn und FiBu", "recruiter_screen", "personal@treuhand-sued.de",
        "google-invite-telefonisches-vorgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260213T120000
DTEND;TZID=Europe/Berlin:20260213T122000
DTSTAMP:20260210T154010Z
ORGANIZER;CN=Treuhand Süd Personal:mailto:personal@treuhand-sued.de
UID:6a2lkr0s7c1gq4v8h5e9n3m2pb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jonas.becker.stb@web.de;X-NUM-GUESTS=0:mailto:jonas.becker.stb@web
 .de
DESCRIPTION:Telefonisches Vorgespräch zur Stelle Steuerfachangestellte/r
  (m/w/d) Lohn und FiBu\, Standort Augsburg. Wir rufen Sie auf Ihrer Handy
 nummer an.
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Treuhand Süd - J. Becker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-vorstellung", "A0C3E5F7-0B1D-4E2F-9A3C-5B7D9E1F3A5C", 1, "Lechner & Huber", "", "",
        "Frau Lechner", "self-typed-floating-vorstellungsgespraech-typo",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A0C3E5F7-0B1D-4E2F-9A3C-5B7D9E1F3A5C
DTSTAMP:20260216T203000Z
DTSTART:20260227T173000
DTEND:20260227T183000
SUMMARY:Vorstellungsgepräch Lechner & Huber
LOCATION:Maximilianstr. 12\, Augsburg
DESCRIPTION:Fr. Lechner (Inhaberin)\, nach Homeoffice fragen\, 2x/Woche?
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "headhunter-named", "b9f0e1d2c3a4@taxtalents.de", 1, "Wimmer Seidl & Partner", "Steuerfachwirt (m/w/d)",
        "recruiter_screen", "s.hartmann@taxtalents.de", "headhunter-names-employer-only-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:b9f0e1d2c3a4@taxtalents.de
DTSTAMP:20260212T170200Z
DTSTART;TZID=Europe/Berlin:20260216T180000
DTEND;TZID=Europe/Berlin:20260216T183000
SUMMARY:Telefonat TaxTalents / Jonas Becker
DESCRIPTION:Hallo Herr Becker\,\n\nwie versprochen kann ich Ihnen jetzt d
 en Namen meines Mandanten nennen: Es handelt sich um die Kanzlei Wimmer S
 eidl & Partner in Schwabing (ca. 40 Mitarbeiter). Gesucht wird ein Steue
 rfachwirt (m/w/d) für die Betreuung mittelständischer Mandanten. In unse
 rem Telefonat gehe ich mit Ihnen Ihren Werdegang\, Ihre Gehaltsvorstellu
 ng und Ihre Kündigungsfrist durch\, bevor ich Ihr Profil weitergebe.\n\nI
 ch rufe Sie an.\n\nBeste Grüße\nSimon Hartmann\nTaxTalents Personalberatu
 ng - Spezialisten für Steuerberatung
ORGANIZER;CN=Simon Hartmann:mailto:S.Hartmann@taxtalents.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "via-headhunter", "c7a8b9d0e1f2@taxtalents.de", 1, "Wimmer Seidl & Partner", "Steuerfachwirt (m/w/d)",
        "hiring_manager", "Dr. Andreas Wimmer;Claudia Seidl", "agency-sends-client-interview-no-emails",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:c7a8b9d0e1f2@taxtalents.de
DTSTAMP:20260220T110200Z
DTSTART;TZID=Europe/Berlin:20260226T173000
DTEND;TZID=Europe/Berlin:20260226T190000
SUMMARY:Vorstellungsgespräch Wimmer Seidl & Partner (über TaxTalents)
DESCRIPTION:Hallo Herr Becker\,\n\nIhr Gespräch bei meinem Mandanten ist b
 estätigt. Gesprächspartner: Dr. Andreas Wimmer (StB\, Gründungspartner)
  und Claudia Seidl (StB). Adresse: Leopoldstraße 50\, 80802 München\, 3.
  OG. Bitte rufen Sie mich nach dem Gespräch kurz an.\n\nBeste Grüße\nSimo
 n Hartmann\nTaxTalents Personalberatung
ORGANIZER;CN=Simon Hartmann:mailto:S.Hartmann@taxtalents.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Leopoldstraße 50\, 80802 München
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-vorabgespraech", "MP-DE-20260218-55610@michaelpage.de", 1, "Dr. Straub & Kollegen",
        "Steuerberatungsassistent (m/w/d)", "recruiter_screen", "julian.weiss@michaelpage.de",
        "agency-screen-client-named-in-summary",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:MP-DE-20260218-55610@michaelpage.de
DTSTAMP:20260216T101010Z
DTSTART;TZID=Europe/Berlin:20260218T123000
DTEND;TZID=Europe/Berlin:20260218T130000
SUMMARY:Vorabgespräch Michael Page - Steuerberatungsassistent (m/w/d) bei D
 r. Straub & Kollegen
DESCRIPTION:Hallo Herr Becker\,\nvielen Dank für Ihr Interesse. Vor der Vo
 rstellung bei Dr. Straub & Kollegen (München-Bogenhausen) möchte ich Sie
  in einem kurzen Teams-Call kennenlernen.\n\nJulian Weiß\nSenior Consulta
 nt Tax & Accounting | Michael Page
ORGANIZER;CN="Weiß, Julian":mailto:Julian.Weiss@michaelpage.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-kanzlei", "5F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B", 1, "Dr. Straub & Kollegen", "", "",
        "Dr. Straub", "self-typed-gespraech-kanzlei",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B
DTSTAMP:20260223T081200Z
DTSTART;TZID=Europe/Berlin:20260302T083000
DTEND;TZID=Europe/Berlin:20260302T093000
SUMMARY:Gespräch Kanzlei Straub (Dr. Straub persönl.)
LOCATION:Ismaninger Str. 102
DESCRIPTION:über Michael Page/Hr. Weiß. Danach direkt ins Büro\, 10:00 Ma
 ndant!!
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "founder-freemail", "20260219T183012Z-4471@gmx.de", 1, "Steuerbüro Maier-Lindl",
        "", "hiring_manager", "g.maierlindl@gmx.de", "founder-on-free-mail-treffen-wg-stelle",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20260219T183012Z-4471@gmx.de
DTSTAMP:20260219T183012Z
DTSTART;TZID=Europe/Berlin:20260225T190000
DTEND;TZID=Europe/Berlin:20260225T200000
SUMMARY:Treffen wg. der Stelle
DESCRIPTION:Hallo Herr Becker\, wie besprochen am Mittwoch nach Feierabend
  im Café Puck\, dann reden wir in Ruhe über die Stelle bei mir im Büro un
 d was Sie sich vorstellen. Ich bring die Eckdaten mit. Gruß\, Georg Maier
 -Lindl (Steuerbüro Maier-Lindl\, Haidhausen)
LOCATION:Café Puck\, Türkenstraße 33
ORGANIZER;CN=Georg Maier-Lindl:mailto:g.maierlindl@gmx.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
]
