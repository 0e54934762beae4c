"""holdout189: Bernd's own interviews, part 3 (German ATS, booking tools, founder on free mail, typed entries)."""

from holdout189ev_tz import BERLIN_APPLE, BERLIN_GOOGLE, BERLIN_PLAIN, W_EUROPE

EVENTS = [
    # Bremer Silo- und Tanktransporte: softgarden, no clear stage
    dict(kind="softgarden", uid="sg-appointment-1187264-c3e9@softgarden.io", lab=(
        1, "Bremer Silo- und Tanktransporte GmbH", "Disponent Silo- und Tankverkehre (m/w/d)", "",
        "k.wiechmann@bst-bremen.de", "softgarden-einladung-vorstellungsgespraech"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + BERLIN_PLAIN + r"""BEGIN:VEVENT
UID:sg-appointment-1187264-c3e9@softgarden.io
DTSTAMP:20250310T090122Z
DTSTART;TZID=Europe/Berlin:20250320T130000
DTEND;TZID=Europe/Berlin:20250320T140000
SUMMARY:Einladung zum Vorstellungsgespräch - Disponent Silo- und Tankverke
 hre (m/w/d)
ORGANIZER;CN=Bremer Silo- und Tanktransporte GmbH:mailto:noreply@softgarden
 .io
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Kai Wiechmann:mailto:k.wiechmann@bst-bremen.de
LOCATION:Bremer Silo- und Tanktransporte GmbH\, Senator-Borttscheller-Str.
  9\, 28197 Bremen
DESCRIPTION:Sehr geehrter Herr Kowalski\,\n\nwir freuen uns\, Sie persönl
 ich kennenzulernen. Ihr Gesprächspartner ist Herr Kai Wiechmann\, Leiter
  Disposition.\n\nBitte bestätigen Sie den Termin über den folgenden Link:
 \nhttps://app.softgarden.io/appointments/1187264/confirm\n\nIhr Recruiting
 -Team
END:VEVENT
END:VCALENDAR
"""),
    # Alstertaler Umzüge: founder on GMX, casual Kennenlernen
    dict(kind="gmx-invite", uid="20250319T072233Z-17283@gmx.net", lab=(
        1, "Alstertaler Umzüge", "Disponent / rechte Hand der Geschäftsführung", "hiring_manager",
        "heiner.voss@gmx.de", "founder-free-mail-kennenlernen-kaffee"), eol="lf", ics=r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_PLAIN + r"""BEGIN:VEVENT
UID:20250319T072233Z-17283@gmx.net
DTSTAMP:20250319T072233Z
DTSTART;TZID=Europe/Berlin:20250324T173000
DTEND;TZID=Europe/Berlin:20250324T183000
SUMMARY:Kennenlernen Alstertaler Umzüge / Hr. Kowalski
ORGANIZER;CN=Heiner Voss:mailto:heiner.voss@gmx.de
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
LOCATION:Bäckerei Junge\, Wellingsbütteler Markt
DESCRIPTION:Moin Herr Kowalski\,\nwie am Telefon gesagt - lassen Sie uns e
 infach mal bei nem Kaffee quatschen\, wie Sie sich die Stelle vorstellen (
 Disposition der 9 Möbelwagen + Kolonnen\, auf Dauer rechte Hand von mir).
  Ich bringe die Tourenpläne von letzter Woche mit\, dann sehen Sie gleich
 \, was auf Sie zukommt.\nGruß\nHeiner Voss\nInhaber Alstertaler Umzüge
END:VEVENT
END:VCALENDAR
"""),
    # Nordsee Frische Logistik: JOIN
    dict(kind="join-invite", uid="join-interview-5529104-81c2@join.com", lab=(
        1, "Nordsee Frische Logistik GmbH", "Disponent Kühlverkehre (m/w/d)", "",
        "b.tammen@nordsee-frische-logistik.de", "join-com-interview-bremerhaven"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:join-interview-5529104-81c2@join.com
DTSTAMP:20250325T104455Z
DTSTART:20250402T120000Z
DTEND:20250402T130000Z
SUMMARY:Interview: Disponent Kühlverkehre (m/w/d) - Nordsee Frische Logist
 ik GmbH
ORGANIZER;CN=Birte Tammen via JOIN:mailto:interviews@join.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Birte Tammen:mailto:b.tammen@nordsee-frische-logistik.de
LOCATION:Fischkai 31\, 27572 Bremerhaven
DESCRIPTION:Hallo Bernd\,\n\nBirte Tammen (Niederlassungsleitung) hat ein
 Interview mit dir vereinbart.\n\nPosition: Disponent Kühlverkehre (m/w/d)
 \nOrt: Fischkai 31\, 27572 Bremerhaven\n\nViel Erfolg!\nDein JOIN-Team
END:VEVENT
END:VCALENDAR
"""),
    # Baustoff-Union Nord: d.vinci
    dict(kind="dvinci", uid="dvinci-termin-4410-88213@baustoff-union-nord.dvinci-hr.com", lab=(
        1, "Baustoff-Union Nord GmbH", "Fuhrparkleiter (m/w/d)", "hiring_manager",
        "t.reimers@baustoff-union-nord.de;h.behn@baustoff-union-nord.de", "dvinci-ihr-vorstellungsgespraech-bei"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
""" + BERLIN_PLAIN + r"""BEGIN:VEVENT
UID:dvinci-termin-4410-88213@baustoff-union-nord.dvinci-hr.com
DTSTAMP:20250401T141200Z
DTSTART;TZID=Europe/Berlin:20250410T090000
DTEND;TZID=Europe/Berlin:20250410T103000
SUMMARY:Ihr Vorstellungsgespräch bei der Baustoff-Union Nord GmbH
ORGANIZER;CN=Baustoff-Union Nord Personalabteilung:mailto:bewerbung@baustof
 f-union-nord.de
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
LOCATION:Niederlassung Hamburg-Harburg\, Seehafenstr. 20\, 21079 Hamburg
DESCRIPTION:Sehr geehrter Herr Kowalski\,\n\nvielen Dank für Ihre Bewerbun
 g als Fuhrparkleiter (m/w/d). Wir laden Sie herzlich zu einem persönliche
 n Gespräch ein.\n\nIhre Gesprächspartner:\nThomas Reimers\, Leitung Logist
 ik (t.reimers@baustoff-union-nord.de)\nHanna Behn\, Personalreferentin (h.
 behn@baustoff-union-nord.de)\n\nBitte bringen Sie Ihre vollständigen Bewer
 bungsunterlagen mit.\n\nMit freundlichen Grüßen\nIhre Personalabteilung
END:VEVENT
END:VCALENDAR
"""),
    # Polar Express Kurierdienst: Calendly, user is the invitee
    dict(kind="calendly", uid="EVKZ3QMBL7XHU2D4@calendly.com", lab=(
        1, "Polar Express Kurierdienst", "Disponent Kurierdienst", "recruiter_screen",
        "jana.scholz@polarexpress-kurier.de", "calendly-erstgespraech-invitee"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:EVKZ3QMBL7XHU2D4@calendly.com
DTSTAMP:20250306T201455Z
DTSTART:20250312T070000Z
DTEND:20250312T073000Z
SUMMARY:Erstgespräch Disponent (30 Min) zwischen Jana Scholz und Bernd Kow
 alski
ORGANIZER;CN=Jana Scholz:mailto:jana.scholz@polarexpress-kurier.de
ATTENDEE;CN=Bernd Kowalski;PARTSTAT=ACCEPTED:mailto:bernd.kowalski@t-onlin
 e.de
ATTENDEE;CN=Jana Scholz;PARTSTAT=ACCEPTED:mailto:jana.scholz@polarexpress-
 kurier.de
LOCATION:Jana Scholz ruft dich unter +491511234xxx an.
DESCRIPTION:Event-Name: Erstgespräch Disponent (30 Min)\n\nPolar Express K
 urierdienst – Disponent Kurierdienst Hamburg-Hammerbrook\n\nNeed to make
  changes to this event?\nCancel: https://calendly.com/cancellations/EVKZ3
 QMBL7XHU2D4\nReschedule: https://calendly.com/reschedulings/EVKZ3QMBL7XHU2
 D4\n\nPowered by Calendly.com
END:VEVENT
END:VCALENDAR
"""),
    # Buss Fahrzeugvermietung: Microsoft Bookings, user booked the slot
    dict(kind="bookings", uid="AAMkAGI1Yjc2ZTA1LWQ3NTgtNDBmOS1iNmU5LTE5ZjEyBookingsBUSS0411", lab=(
        1, "Buss Fahrzeugvermietung GmbH", "Disposition Fuhrpark (m/w/d)", "",
        "r.buss@buss-fahrzeugvermietung.de", "ms-bookings-bewerbungsgespraech-user-books"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Buss Bewerbungstermine:mailto:BussBewerbungstermine@bussfahrz
 eug.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bernd Kow
 alski:mailto:bernd.kowalski@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rolf Buss:mailto:r.buss
 @buss-fahrzeugvermietung.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung ist bestätigt.\n\nService: Bewerbu
 ngsgespräch Disposition Fuhrpark (m/w/d)\nMitarbeiter: Rolf Buss\nDauer: 4
 5 Minuten\n\nBuss Fahrzeugvermietung GmbH\, Osterstraße 162\, 20255 Hambur
 g\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/BussBewe
 rbungstermine@bussfahrzeug.onmicrosoft.com/bookings/\n
UID:AAMkAGI1Yjc2ZTA1LWQ3NTgtNDBmOS1iNmU5LTE5ZjEyBookingsBUSS0411
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Disposition Fuhrpark (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20250411T083000
DTEND;TZID=W. Europe Standard Time:20250411T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250405T181124Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Osterstraße 162\, 20255 Hamburg
END:VEVENT
END:VCALENDAR
"""),
    # Lindemann Schwerlast: typed on his Mac at home, Apple zone
    dict(kind="apple-typed", uid="9C1E4B7A-3F28-4D6E-A150-7B2C9E0F4D81", lab=(
        1, "Lindemann Schwerlast GmbH", "Disponent Schwertransporte", "hiring_manager", "Hr Ploog",
        "typed-mac-vg-buxtehude-no-attendees"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250327T190411Z
UID:9C1E4B7A-3F28-4D6E-A150-7B2C9E0F4D81
DTEND;TZID=Europe/Berlin:20250404T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Lindemann Schwerlast VG
LAST-MODIFIED:20250327T190502Z
DTSTAMP:20250327T190502Z
DTSTART;TZID=Europe/Berlin:20250404T103000
LOCATION:Lindemann Schwerlast\nBrillenburgsweg 7\, 21614 Buxtehude
SEQUENCE:0
DESCRIPTION:Disponent Schwertransporte\, Gespräch mit Hr Ploog (Prokurist)
 \nGenehmigungen VEMAGS\, BF3/BF4 Begleitfahrzeuge - nachlesen!
END:VEVENT
END:VCALENDAR
"""),
    # Nordwest Cargo Rail: rexx systems
    dict(kind="rexx", uid="rexx-appointment-20250416-000734@nwcr.rexx-systems.com", lab=(
        1, "Nordwest Cargo Rail GmbH", "Disponent Eisenbahnverkehr (m/w/d)", "hiring_manager",
        "j.ahrens@nwcr.de", "rexx-einladung-eisenbahn-disponent"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruitment//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-appointment-20250416-000734@nwcr.rexx-systems.com
DTSTAMP:20250409T114032Z
DTSTART:20250416T070000Z
DTEND:20250416T080000Z
SUMMARY:Einladung Vorstellungsgespräch: Disponent Eisenbahnverkehr (m/w/d)
ORGANIZER;CN=Nordwest Cargo Rail GmbH - Personal:mailto:karriere@nwcr.de
ATTENDEE;CN=Kowalski Bernd;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
LOCATION:Güterbahnhof Bremen-Grolland\, Verwaltungsgebäude
DESCRIPTION:Sehr geehrter Herr Kowalski\,\n\nwir laden Sie zum Vorstellung
 sgespräch am 16.04.2025 um 09:00 Uhr ein. Gesprächspartner: Herr Jens Ahre
 ns (Leiter Betriebszentrale\, j.ahrens@nwcr.de).\n\nMit freundlichen Grüß
 en\nIhr Personalteam Nordwest Cargo Rail
END:VEVENT
END:VCALENDAR
"""),
    # Hafenlogistik Waltershof: Workable, Zoom
    dict(kind="workable", uid="workable-event-7f2c1a93d4@workablemail.com", lab=(
        1, "Hafenlogistik Waltershof GmbH", "Container-Disponent (m/w/d)", "recruiter_screen",
        "s.yildiz@hafenlogistik-waltershof.de", "workable-zoom-screening-call"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7f2c1a93d4@workablemail.com
DTSTAMP:20250228T102233Z
DTSTART:20250306T093000Z
DTEND:20250306T100000Z
SUMMARY:Screening Call - Container-Disponent (m/w/d) - Bernd Kowalski
ORGANIZER;CN=Hafenlogistik Waltershof GmbH:mailto:noreply@workablemail.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Selin Yildiz:mailto:s.yildiz@hafenlogistik-waltershof.de
LOCATION:Zoom
DESCRIPTION:Selin Yildiz (HR) invited you to a Screening Call for the Con
 tainer-Disponent (m/w/d) position.\n\nJoin Zoom Meeting: https://us06web.z
 oom.us/j/81255093321?pwd=SGFmZW4\nMeeting ID: 812 5509 3321\nPasscode: 88
 1204\n\nPowered by Workable
END:VEVENT
END:VCALENDAR
"""),
    # Nordmarkt Zentrallager: SmartRecruiters phone interview, then typed onsite
    dict(kind="smartrecruiters", uid="sr-interview-3a5d7f9b-1c2e-4a6b-8d0f-2e4c6a8b0d1f", lab=(
        1, "Nordmarkt Zentrallager GmbH", "Teamleiter Transportsteuerung (w/m/d)", "recruiter_screen",
        "lisa.marten@nordmarkt.de", "smartrecruiters-telefoninterview-tzid-berlin"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
""" + BERLIN_PLAIN + r"""BEGIN:VEVENT
UID:sr-interview-3a5d7f9b-1c2e-4a6b-8d0f-2e4c6a8b0d1f
DTSTAMP:20250317T151200Z
DTSTART;TZID=Europe/Berlin:20250321T110000
DTEND;TZID=Europe/Berlin:20250321T113000
SUMMARY:Telefoninterview | Teamleiter Transportsteuerung (w/m/d) | Nordmar
 kt Zentrallager
ORGANIZER;CN=Nordmarkt Karriere:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Lisa Marten:mailto:lisa.marten@nordmarkt.de
LOCATION:Telefon
DESCRIPTION:Guten Tag Herr Kowalski\,\n\nLisa Marten aus dem Recruiting-Te
 am wird Sie zum vereinbarten Zeitpunkt anrufen.\n\nStandort: Zentrallager
  Hamburg-Allermöhe\n\nIhr Nordmarkt Recruiting-Team
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250326-9937@t-online.de", lab=(
        1, "Nordmarkt Zentrallager GmbH", "", "onsite", "Fr. Marten;Hr. Kuczera",
        "typed-vor-ort-zentrallager-second-round"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250326-9937@t-online.de
DTSTAMP:20250326T170045Z
SUMMARY:Nordmarkt ZL Vor-Ort-Termin
DTSTART:20250404T133000
DTEND:20250404T160000
LOCATION:Allermöhe\, Pforte Nord\, Zufahrt über Mittlerer Landweg
DESCRIPTION:Fr. Marten + Hr. Kuczera (Ltg. Transport)\, Rundgang Wareneingang
 /Rampen + Gespräch\, evtl. kleine Aufgabe Tourenplanung\nSicherheitsschuhe
END:VEVENT
END:VCALENDAR
"""),
    # Elbquell Getränkevertrieb: Haufe Umantis
    dict(kind="umantis", uid="umantis-ev-20250415-Elbquell-122874", lab=(
        1, "Elbquell Getränkevertrieb GmbH", "Leitung Fuhrpark & Tourenplanung (m/w/d)", "hiring_manager",
        "m.grabowski@elbquell.de", "umantis-vorstellungsgespraech-getraenke"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Haufe-umantis AG//umantis Talent Management//DE
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:umantis-ev-20250415-Elbquell-122874
DTSTAMP:20250408T100010Z
DTSTART;TZID=Europe/Berlin:20250415T140000
DTEND;TZID=Europe/Berlin:20250415T150000
SUMMARY:Vorstellungsgespräch: Leitung Fuhrpark & Tourenplanung (m/w/d)
ORGANIZER;CN=Elbquell Getränkevertrieb Personal:mailto:jobs@elbquell.de
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bernd.kow
 alski@t-online.de
ATTENDEE;CN=Michael Grabowski;ROLE=REQ-PARTICIPANT:mailto:m.grabowski@elbqu
 ell.de
ATTENDEE;CUTYPE=ROOM;CN=Besprechungsraum Alster:mailto:raum.alster@elbquell.de
LOCATION:Besprechungsraum Alster\, Elbquell\, Schnackenburgallee 101
DESCRIPTION:Sehr geehrter Herr Kowalski\,\nIhr Gesprächspartner: Michael G
 rabowski (Leiter Logistik). Dauer ca. 60 Minuten.\nMit freundlichen Grüße
 n\nElbquell Getränkevertrieb GmbH
END:VEVENT
END:VCALENDAR
"""),
]
