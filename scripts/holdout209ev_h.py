"""holdout209 events, part h: more small and mid-size Kanzleien (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "webex-kanzlei", "e5d4c3b2a1f0-aignerrauch-20260219@webex.com", 1, "Aigner Rauch",
        "Steuerfachwirt (m/w/d)", "", "s.rauch@aigner-rauch.de", "webex-vorstellungsgespraech-pasing",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:e5d4c3b2a1f0-aignerrauch-20260219@webex.com
DTSTAMP:20260216T081500Z
DTSTART;TZID=Europe/Berlin:20260219T120000
DTEND;TZID=Europe/Berlin:20260219T124500
SUMMARY:Vorstellungsgespräch Steuerfachwirt (m/w/d) - Jonas Becker
DESCRIPTION:Stefanie Rauch lädt Sie zu diesem Webex-Meeting ein.\n\nMeetin
 g beitreten\nhttps://aigner-rauch.webex.com/aigner-rauch/j.php?MTID=m8a1
 c\n\nMeeting-Kennnummer: 2785 112 4490\nPasswort: StB2026\n\nÜber Telefon
  beitreten\n+49-6196-7819-736 Deutschland gebührenpflichtig\nZugriffscod
 e: 278 511 24490
ORGANIZER;CN=Stefanie Rauch:mailto:s.rauch@aigner-rauch.de
ATTENDEE;CN=jonas.becker.stb@web.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j
 onas.becker.stb@web.de
LOCATION:https://aigner-rauch.webex.com/aigner-rauch/j.php?MTID=m8a1c
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "probearbeiten", "f7e6d5c4-aignerrauch-probe@aigner-rauch.de", 1, "Aigner Rauch",
        "Steuerfachwirt (m/w/d)", "onsite", "s.rauch@aigner-rauch.de;Ludwig Aigner",
        "probearbeiten-invite-from-kanzlei",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:f7e6d5c4-aignerrauch-probe@aigner-rauch.de
DTSTAMP:20260226T133000Z
DTSTART;TZID=Europe/Berlin:20260313T090000
DTEND;TZID=Europe/Berlin:20260313T150000
SUMMARY:Probearbeiten Herr Becker
DESCRIPTION:Hallo Herr Becker\,\nwie besprochen laden wir Sie zum Probear
 beiten ein. Sie sitzen vormittags bei unserem Partner StB Ludwig Aigner (
 Jahresabschluss GmbH & Co. KG)\, nachmittags bei mir (ESt-Erklärungen)
 . Wir zahlen Ihnen den Tag selbstverständlich.\nViele Grüße\nStefanie Ra
 uch
LOCATION:Aigner Rauch PartG mbB\, Landsberger Str. 480\, 81241 München
ORGANIZER;CN=Stefanie Rauch:mailto:s.rauch@aigner-rauch.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-only", "040000008200E00074C5B7101A82E008000000003E4F5A6B7C8DDC01000000000000000010000000"
        "11AA22BB", 1, "Steuerkanzlei Dr. Brunner", "", "recruiter_screen", "Frau Brunner",
        "outlook-phone-call-no-link",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Sekretariat Dr. Brunner":mailto:sekretariat@stb-brunner.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Becker\,\nFrau Brunner ruft
  Sie zu dem vereinbarten Zeitpunkt für ein erstes telefonisches Gespräch
  an. Sollten Sie verhindert sein\, erreichen Sie uns unter 089 4521 887-
 0.\nMit freundlichen Grüßen\nSekretariat\n
SUMMARY;LANGUAGE=de-DE:Telefonat Fr. Dr. Brunner - Bewerbung Herr Becker
DTSTART;TZID="W. Europe Standard Time":20260212T123000
DTEND;TZID="W. Europe Standard Time":20260212T130000
UID:040000008200E00074C5B7101A82E008000000003E4F5A6B7C8DDC0100000000000000001000000011AA22BB
DTSTAMP:20260209T140400Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goto-augsburg", "goto-8817-2245-jbecker@goto.com", 1, "Winkler Weiß", "Bilanzbuchhalter / StFA (m/w/d)",
        "hiring_manager", "weiss@winkler-weiss.de", "gotomeeting-augsburg-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-8817-2245-jbecker@goto.com
DTSTAMP:20260221T120000Z
DTSTART:20260225T070000Z
DTEND:20260225T074500Z
SUMMARY:Bewerbung Bilanzbuchhalter / StFA (m/w/d) - Gespräch mit Frau Weiß
DESCRIPTION:Bitte nehmen Sie an meinem Meeting über Computer\, Tablet ode
 r Smartphone teil.\nhttps://meet.goto.com/881722453\n\nSie können sich a
 uch über Ihr Telefon einwählen.\nDeutschland: +49 721 9881 4161\nZugangs
 code: 881-722-453\n\nKerstin Weiß\, StB - Winkler Weiß Steuerberater\, Ha
 lderstraße 7\, Augsburg
ORGANIZER;CN=Kerstin Weiß:mailto:weiss@winkler-weiss.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:GoTo Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-export-vienna", "7hd0c4mq2pf5kl9s1j8b3r6a0e@google.com", 1, "Hübner & Hübner",
        "Assistent:in Steuerberatung", "hiring_manager", "k.huebner@huebner.at",
        "x-wr-timezone-export-vienna",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jonas.becker.stb@web.de
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20260310T150000Z
DTEND:20260310T160000Z
DTSTAMP:20260301T102001Z
ORGANIZER;CN=Katharina Hübner:mailto:k.huebner@huebner.at
UID:7hd0c4mq2pf5kl9s1j8b3r6a0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas
  Becker;X-NUM-GUESTS=0:mailto:jonas.becker.stb@web.de
CREATED:20260301T101959Z
DESCRIPTION:Gespräch zur Stelle Assistent:in Steuerberatung\, Team Mag. K
 atharina Hübner. Videocall via Google Meet: https://meet.google.com/ynr-
 fzpq-wbe
LAST-MODIFIED:20260301T102001Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hübner & Hübner - Jonas Becker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "join-augsburg", "join-appt-99172-schwarz@join.com", 1, "Schwarz Steuerberatung",
        "Steuerfachangestellter (m/w/d) Vollzeit", "", "katrin.schwarz@schwarz-stb.de",
        "join-com-german-ats-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-appt-99172-schwarz@join.com
DTSTAMP:20260214T093300Z
DTSTART;TZID=Europe/Berlin:20260218T160000
DTEND;TZID=Europe/Berlin:20260218T170000
SUMMARY:Interview: Steuerfachangestellter (m/w/d) Vollzeit bei Schwarz Ste
 uerberatung GmbH
DESCRIPTION:Hallo Jonas\,\n\nKatrin Schwarz hat ein Interview mit Dir ver
 einbart.\nOrt: Schwarz Steuerberatung GmbH\, Provinostraße 52\, 86153 Aug
 sburg\n\nDu kannst den Termin in Deinem JOIN-Bewerberkonto bestätigen.
ORGANIZER;CN=Katrin Schwarz via JOIN:mailto:notifications@join.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Katrin Schwarz:mailto:katrin.schwarz@schwarz-stb.de
LOCATION:Provinostraße 52\, 86153 Augsburg
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-augsburg", "AAMkAGNhZjcxPfister2026MDIvMjdUMTQ6MDA", 1, "Pfister & Kollegen", "", "hiring_manager",
        "r.pfister@pfister-kollegen.de;m.eberle@pfister-kollegen.de", "teams-gespraech-two-partners",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:AAMkAGNhZjcxPfister2026MDIvMjdUMTQ6MDA
DTSTAMP:20260222T194500Z
DTSTART;TZID=Europe/Berlin:20260227T140000
DTEND;TZID=Europe/Berlin:20260227T144500
SUMMARY:Gespräch Jonas Becker
DESCRIPTION:Hallo Herr Becker\,\nanbei der Teams-Link für unser Gespräch z
 u Ihrer Bewerbung. Mit dabei ist mein Kollege StB Michael Eberle.\nBeste
  Grüße\nRobert Pfister\n________________________________________________
 ________________________________\nMicrosoft Teams Besprechung\nJetzt an d
 er Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_OWZhN2\nBesprechungs-ID: 391 220 874 115\nKennung: aQ3zV8
ORGANIZER;CN=Robert Pfister:mailto:r.pfister@pfister-kollegen.de
ATTENDEE;CN=Michael Eberle;RSVP=TRUE:mailto:m.eberle@pfister-kollegen.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
LOCATION:Microsoft Teams Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-vienna", "e1f2a3b4-c5d6-4e7f-8a9b-kohlmaier0304", 1, "Kohlmaier Steuerberatung",
        "", "", "", "calendly-vienna-kennenlernen-utc",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e1f2a3b4-c5d6-4e7f-8a9b-kohlmaier0304
DTSTAMP:20260227T151200Z
DTSTART:20260304T160000Z
DTEND:20260304T163000Z
SUMMARY:Kennenlernen Bewerber:innen (30 Min.) - Jonas Becker
DESCRIPTION:Event Name: Kennenlernen Bewerber:innen (30 Min.)\n\nLocation
 : Dies ist ein Microsoft Teams Web-Konferenz. Details folgen.\n\nQuestion
 s:\nFür welche Stelle interessieren Sie sich?\nSteuersachbearbeitung / Bi
 lanzierung\n\nNeed to make changes to this event?\nCancel: https://calend
 ly.com/cancellations/e1f2a3b4\n\nPowered by Calendly.com
ORGANIZER;CN=Kohlmaier Steuerberatung:mailto:office@kohlmaier-stb.at
ATTENDEE;CN=Jonas Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jon
 as.becker.stb@web.de
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "lever-english", "lever-iv-8c7d6e5f-lindner@lever.co", 1, "Lindner Treuhand",
        "Junior Tax Consultant (m/f/d) International Clients", "technical",
        "oliver.lindner@lindner-treuhand.de;priya.nair@lindner-treuhand.de", "lever-english-technical-round",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-8c7d6e5f-lindner@lever.co
DTSTAMP:20260303T090000Z
DTSTART:20260311T100000Z
DTEND:20260311T110000Z
SUMMARY:Lindner Treuhand: Technical Interview - Junior Tax Consultant (m/f
 /d) International Clients
DESCRIPTION:Hi Jonas\,\n\nYou're scheduled for a technical interview (co
 rporate tax\, German-English) with Oliver Lindner and Priya Nair. Expect
  a short written exercise on a permanent establishment case.\n\nZoom: ht
 tps://zoom.us/j/95503412290\n\nScheduled via Lever on behalf of Lindner
  Treuhand GmbH
ORGANIZER;CN=Lindner Treuhand Hiring:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Oliver Lindner:mailto:oliver.lindner@lindner-treuhand.de
ATTENDEE;CN=Priya Nair:mailto:priya.nair@lindner-treuhand.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goodtime-panel", "goodtime-3f9a1c2e-skp-panel@goodtime.io", 1, "Sommer Kößler & Partner",
        "Steuerassistent (m/w/d)", "onsite", "c.sommer@skp-stb.de;t.koessler@skp-stb.de;n.ertl@skp-stb.de",
        "goodtime-panel-three-interviewers",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-3f9a1c2e-skp-panel@goodtime.io
DTSTAMP:20260305T140000Z
DTSTART;TZID=Europe/Berlin:20260312T153000
DTEND;TZID=Europe/Berlin:20260312T170000
SUMMARY:Sommer Kößler & Partner - Gesprächsrunde vor Ort (Steuerassistent
  m/w/d)
DESCRIPTION:Hallo Jonas\,\n\nhier Ihr Ablauf vor Ort:\n15:30 Christian Som
 mer (Partner)\n16:00 Tanja Kößler (Partnerin)\n16:30 Nina Ertl (Teamleit
 ung Lohn)\n\nAdresse: Sendlinger Str. 28\, 80331 München\n\nKoordination:
  Paula Zeller (Assistenz)
ORGANIZER;CN=Paula Zeller:mailto:p.zeller@skp-stb.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Christian Sommer:mailto:c.sommer@skp-stb.de
ATTENDEE;CN=Tanja Kößler:mailto:t.koessler@skp-stb.de
ATTENDEE;CN=Nina Ertl:mailto:n.ertl@skp-stb.de
END:VEVENT
END:VCALENDAR
""",
    ),
]
