"""holdout229 events, part 8: the user's everyday Bundeswehr calendar (not job interviews).

Raw iCalendar text, written blind. Work address: danielschreiber@bundeswehr.org.
"""

from holdout229ev_common import VTZ_BERLIN, VTZ_WEUROPE

NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000124A2B3C4D01DB010000000000000000100000"
        "00A0B0C0D0E0F0011",
        "trap": "superior-personalgespraech-with-own-soldier",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Krämer, Stefan, HFw";RSVP=TRUE:mailto:stefankraemer@bundeswehr.org
ATTENDEE;CN="Jansen, Kevin, OGfr";RSVP=TRUE:mailto:kevinjansen@bundeswehr.org
DESCRIPTION:Personalgespräch OGfr Jansen: Weiterverpflichtung SaZ 8 -> 12\,
  Lehrgangsplanung Kraftfahrer CE\, Wohnungsfürsorge. KpFw nimmt teil.
DTEND;TZID="W. Europe Standard Time":20250211T103000
DTSTAMP:20250205T140000Z
DTSTART;TZID="W. Europe Standard Time":20250211T100000
LOCATION:Büro KpChef
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Personalgespräch OGfr Jansen
UID:040000008200E00074C5B7101A82E00800000000124A2B3C4D01DB010000000000000000100000
 00A0B0C0D0E0F0011
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000235B3C4D5E02DB010000000000000000100000"
        "00B1C1D1E1F101122",
        "trap": "superior-beurteilungsgespraech-with-own-soldier",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Weiß, Marco, OFw";RSVP=TRUE:mailto:marcoweiss@bundeswehr.org
DESCRIPTION:Eröffnung der planmäßigen Beurteilung (Stichtag 31.03.) OFw Weiß
 \, Gelegenheit zur Stellungnahme\, Unterschrift. Beurteilungsbeitrag S3 lie
 gt vor.
DTEND;TZID="W. Europe Standard Time":20250409T140000
DTSTAMP:20250402T080000Z
DTSTART;TZID="W. Europe Standard Time":20250409T133000
LOCATION:Büro KpChef
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Beurteilungsgespräch OFw Weiß
UID:040000008200E00074C5B7101A82E00800000000235B3C4D5E02DB010000000000000000100000
 00B1C1D1E1F101122
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000346C4D5E6F03DB010000000000000000100000"
        "00C2D2E2F2021233",
        "trap": "own-appraisal-beurteilung-eroeffnung-by-kommandeur",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:Eröffnung der Beurteilung aus besonderem Anlass (Ausscheiden\, D
 ZE 30.09.2025). Im Anschluss Dienstzeugnis-Entwurf besprechen.
DTEND;TZID="W. Europe Standard Time":20250826T110000
DTSTAMP:20250814T101000Z
DTSTART;TZID="W. Europe Standard Time":20250826T100000
LOCATION:Büro Kdr
ORGANIZER;CN="Roth, Oliver, OTL";SENT-BY="mailto:VersBtlVorzimmerKdr@bundeswehr.org":mailto:oliverroth@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Beurteilungsgespräch Hptm Schreiber
UID:040000008200E00074C5B7101A82E00800000000346C4D5E6F03DB010000000000000000100000
 00C2D2E2F2021233
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000457D5E6F7004DB010000000000000000100000"
        "00D3E3F30313243",
        "trap": "own-exit-abschlussgespraech-dienstzeitende",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:Abschlussgespräch zum Dienstzeitende: Rückblick\, Rückmeldung zu
 r Verwendung\, Gründe für das Ausscheiden (Befragung Personalbindung)\, Üb
 erreichung Dienstzeitbescheinigung. Anschließend Verabschiedung im Offizier
 heim.
DTEND;TZID="W. Europe Standard Time":20250925T120000
DTSTAMP:20250910T090000Z
DTSTART;TZID="W. Europe Standard Time":20250925T110000
LOCATION:Büro Kdr
ORGANIZER;CN="Roth, Oliver, OTL":mailto:oliverroth@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch DZE Hptm Schreiber
UID:040000008200E00074C5B7101A82E00800000000457D5E6F7004DB010000000000000000100000
 00D3E3F30313243
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-series",
        "uid": "040000008200E00074C5B7101A82E00800000000568E6F708105DB010000000000000000100000"
        "00E4F404142434454",
        "trap": "weekly-lage-stab-recurring-override",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Haas, Jörg, Hptm";RSVP=TRUE:mailto:joerghaas@bundeswehr.org
DESCRIPTION:Wöchentliche Lage Stab: S1 Personal\, S2\, S3 Ausb/Übungen\, S4
  Material/Munition/Kfz-Klarstand\, S6. Vortrag je 5 Min.
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250929T060000Z
DTEND;TZID="W. Europe Standard Time":20250106T083000
DTSTAMP:20250102T090000Z
DTSTART;TZID="W. Europe Standard Time":20250106T073000
LOCATION:Stabsgebäude\, Lageraum
ORGANIZER;CN="Roth, Oliver, OTL":mailto:oliverroth@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Lage Stab
UID:040000008200E00074C5B7101A82E00800000000568E6F708105DB010000000000000000100000
 00E4F404142434454
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DESCRIPTION:Wegen Übung Lage heute im Feldlager (Gefechtsstand)\, 18:00.
RECURRENCE-ID;TZID="W. Europe Standard Time":20250519T073000
DTEND;TZID="W. Europe Standard Time":20250519T190000
DTSTAMP:20250512T090000Z
DTSTART;TZID="W. Europe Standard Time":20250519T180000
LOCATION:Feldlager TrÜbPl Baumholder\, GefStd
ORGANIZER;CN="Roth, Oliver, OTL":mailto:oliverroth@bundeswehr.org
SEQUENCE:1
SUMMARY;LANGUAGE=de-DE:Lage Stab
UID:040000008200E00074C5B7101A82E00800000000568E6F708105DB010000000000000000100000
 00E4F404142434454
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-allday",
        "uid": "040000008200E00074C5B7101A82E00800000000679F70819206DB010000000000000000100000"
        "00F505152535465",
        "trap": "uebung-feldlager-multi-day-allday",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DESCRIPTION:Btl-Übung "Eiserner Nachschub"\, Feldlager Baumholder. Vorkomma
 ndo 16.05.\, Antreten 05:30 Kfz-Park. Nachbereitung 26.05.
DTEND;VALUE=DATE:20250524
DTSTAMP:20250301T090000Z
DTSTART;VALUE=DATE:20250517
LOCATION:TrÜbPl Baumholder
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Übung Eiserner Nachschub (Feldlager)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000679F70819206DB010000000000000000100000
 00F505152535465
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-entry",
        "uid": "040000008200E00074C5B7101A82E00800000000780A8192A307DB010000000000000000100000"
        "000616263646576",
        "trap": "dienstreise-bwfuhrparkservice-car-pickup",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
DESCRIPTION:Dienstreise Bonn (BMVg\, Hardthöhe): Besprechung Ersatzteilbevo
 rratung. Fahrzeug BwFuhrparkService Mobilitätscenter Koblenz abholen 06:45\
 , Fahrauftrag liegt bei S4-Geschäftszimmer.
DTEND;TZID="W. Europe Standard Time":20250313T170000
DTSTAMP:20250306T090000Z
DTSTART;TZID="W. Europe Standard Time":20250313T064500
LOCATION:BwFuhrparkService Mobilitätscenter Koblenz -> Bonn Hardthöhe
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:DR Bonn BMVg (Kfz BwFuhrpark)
UID:040000008200E00074C5B7101A82E00800000000780A8192A307DB010000000000000000100000
 000616263646576
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000891B92A3B408DB010000000000000000100000"
        "00172737475767",
        "trap": "dienstzeitende-handover-to-successor",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Kühn, Sebastian, Hptm";RSVP=TRUE:mailto:sebastiankuehn@bundeswehr.org
ATTENDEE;CN="Koch, Svenja, HFw";RSVP=TRUE:mailto:svenjakoch@bundeswehr.org
DESCRIPTION:Übergabe S4 an Nachfolger Hptm Kühn: Materialverantwortung\, Ve
 rschlusssachen\, Bestandsnachweise\, laufende Beschaffungen\, Schlüssel. Ü
 bergabeprotokoll unterschreiben.
DTEND;TZID="W. Europe Standard Time":20250917T160000
DTSTAMP:20250901T090000Z
DTSTART;TZID="W. Europe Standard Time":20250915T080000
LOCATION:S4-Büro
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Übergabe S4 (DZE) an Hptm Kühn
UID:040000008200E00074C5B7101A82E00800000000891B92A3B408DB010000000000000000100000
 00172737475767
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000009A2CA3B4C509DB010000000000000000100000"
        "00283848586878",
        "trap": "press-interview-regional-newspaper-reservists",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Sabine Hörter (Rhein-Zeitung)";RSVP=TRUE:mailto:s.hoerter@rhein-zeitung.net
DESCRIPTION:Interview Rhein-Zeitung zum Thema "Reservisten in der Region –
  wer übt mit?". Gesprächspartner: Hptm Schreiber (KpChef\, Reservistenarbei
 t). Fotograf kommt mit\, Fotos nur im Kfz-Park\, keine Gesichter Mannschaft
 en. Freigabe Zitate über PresseOffz.\n\nHptm Meyer\, Presse- und Informati
 onsoffizier
DTEND;TZID="W. Europe Standard Time":20250416T110000
DTSTAMP:20250408T083000Z
DTSTART;TZID="W. Europe Standard Time":20250416T100000
LOCATION:Kaserne\, Besucherraum Wache
ORGANIZER;CN="Meyer, Jan, Hptm";SENT-BY="mailto:VersBtlPIZ@bundeswehr.org":mailto:janmeyer@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Interview Rhein-Zeitung (Reservisten) – Hptm Schreiber
UID:040000008200E00074C5B7101A82E008000000009A2CA3B4C509DB010000000000000000100000
 00283848586878
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000AB3DB4C5D60ADB010000000000000000100000"
        "003949595A6B7C",
        "trap": "research-interview-zmsbw-study",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:Sehr geehrter Herr Hauptmann Schreiber\,\n\nvielen Dank für Ihr
 e Bereitschaft\, an unserer Studie "Übergänge – Soldatinnen und Soldaten a
 uf Zeit nach dem Dienstzeitende" teilzunehmen. Das leitfadengestützte Inte
 rview dauert ca. 60 Minuten\, wird aufgezeichnet und pseudonymisiert ausge
 wertet.\n\nDr. Katrin Beck\nZentrum für Militärgeschichte und Sozialwissen
 schaften der Bundeswehr (ZMSBw)\, Potsdam
DTEND;TZID="W. Europe Standard Time":20250604T150000
DTSTAMP:20250520T080000Z
DTSTART;TZID="W. Europe Standard Time":20250604T140000
LOCATION:Webex
ORGANIZER;CN="Beck, Katrin, Dr.":mailto:katrinbeck@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:ZMSBw Studie Übergänge – Interview (Teilnehmer 041)
UID:040000008200E00074C5B7101A82E00800000000AB3DB4C5D60ADB010000000000000000100000
 003949595A6B7C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-allday",
        "uid": "040000008200E00074C5B7101A82E00800000000BC4EC5D6E70BDB010000000000000000100000"
        "004A5A6A7A8A9A",
        "trap": "antreten-kompanie-appell-allday",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
DESCRIPTION:07:15 Antreten Btl (Dienstanzug)\, Übergabe Kompanie 2./ an Hpt
 m Lorenz (Kommandoübergabe)\, anschl. Empfang Uffz-Heim. Gäste: Familie
DTEND;VALUE=DATE:20250628
DTSTAMP:20250610T090000Z
DTSTART;VALUE=DATE:20250627
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Kompanieübergabe / Antreten Btl
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000BC4EC5D6E70BDB010000000000000000100000
 004A5A6A7A8A9A
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "survey-portal",
        "uid": "umfrage-personalbefragung-2025-7781@bundeswehr.org",
        "trap": "survey-befragung-not-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BAPersBw//Befragungsportal//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:umfrage-personalbefragung-2025-7781@bundeswehr.org
DTSTAMP:20250303T060000Z
DTSTART;VALUE=DATE:20250310
DTEND;VALUE=DATE:20250329
SUMMARY:Personalbefragung 2025 – Ausscheidebefragung SaZ (Online-Interview)
DESCRIPTION:Sie scheiden in diesem Jahr aus dem Dienst aus. Bitte nehmen Si
 e bis 28.03. an der anonymen Online-Befragung teil (ca. 20 Min.). Zugangsco
 de: AB-7781-KQ. https://befragung.bundeswehr.org/ab2025
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
