"""holdout229 events, part 6: the user on the HIRING side in the Bundeswehr (selection boards, reservists).

Raw iCalendar text, written blind. Work address: danielschreiber@bundeswehr.org. None of these is the user's
own job interview.
"""

from holdout229ev_common import VTZ_WEUROPE

NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "hiring": True}

EVENTS = [
    {
        **NEG,
        "kind": "outlook-series",
        "uid": "040000008200E00074C5B7101A82E00800000000119A2B3C4DA6DB010000000000000000100000"
        "0077AA88BB99CC00DD11EE22FF33004455",
        "trap": "user-as-interviewer-offizierbewerber-pruefgruppe-series-override",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Kaya, Murat, Dipl.-Psych.";RSVP=TRUE:mailto:muratkaya@bundeswehr.org
DESCRIPTION:Sehr geehrter Herr Hauptmann\,\n\nSie sind als Offizier-Beisitz
 er für die Prüfgruppe 3 (Offizierbewerberinnen und -bewerber\, Heer) eingep
 lant. Je Tag 4 Bewerber: Vorstellungsgespräch mit Psychologe\, Gruppendisku
 ssion\, Einzelvortrag. Die Eignungsbeurteilung erfolgt im Anschluss gemeins
 am mit dem Psychologen (Eignungsurteil 1-5).\n\nAnzug: Dienstanzug. Unterku
 nft ist über Fw Breuer gebucht.\n\nIm Auftrag\nStHptm Linke\nAssessmentcent
 er für Führungskräfte der Bundeswehr\, Köln
RRULE:FREQ=DAILY;COUNT=4;BYDAY=MO,TU,WE,TH
DTEND;TZID="W. Europe Standard Time":20250224T163000
DTSTAMP:20250130T101010Z
DTSTART;TZID="W. Europe Standard Time":20250224T073000
LOCATION:ACFüKrBw Köln\, Kölner Str. 262\, Prüfgruppe 3\, Raum 1.22
ORGANIZER;CN="Linke, Andrea, StHptm";SENT-BY="mailto:ACFueKrBwGeschaeftszimmer@bundeswehr.org":mailto:a
 ndrealinke@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Prüfgruppe 3 – Beisitzer Hptm Schreiber (OA Heer)
UID:040000008200E00074C5B7101A82E00800000000119A2B3C4DA6DB010000000000000000100000
 0077AA88BB99CC00DD11EE22FF33004455
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:Am Mittwoch Beginn erst 09:00 (Personalversammlung ACFüKrBw).
 \n\nIm Auftrag\nStHptm Linke
RECURRENCE-ID;TZID="W. Europe Standard Time":20250226T073000
DTEND;TZID="W. Europe Standard Time":20250226T170000
DTSTAMP:20250218T121212Z
DTSTART;TZID="W. Europe Standard Time":20250226T090000
LOCATION:ACFüKrBw Köln\, Prüfgruppe 3\, Raum 1.22
ORGANIZER;CN="Linke, Andrea, StHptm":mailto:andrealinke@bundeswehr.org
SEQUENCE:1
SUMMARY;LANGUAGE=de-DE:Prüfgruppe 3 – Beisitzer Hptm Schreiber (OA Heer)
UID:040000008200E00074C5B7101A82E00800000000119A2B3C4DA6DB010000000000000000100000
 0077AA88BB99CC00DD11EE22FF33004455
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000229B3C4D5EA7DB010000000000000000100000"
        "0088BB99CC00DD11EE22FF3300445566",
        "trap": "user-as-interviewer-eignungskonferenz-debrief",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Kaya, Murat, Dipl.-Psych.";RSVP=TRUE:mailto:muratkaya@bundeswehr.org
DESCRIPTION:Konferenz Prüfgruppe 3: Abstimmung der Eignungsurteile der Bewe
 rber 14-22\, Unterschrift Prüfbögen\, Empfehlung Verwendungsbereich. Bewerb
 er mit abweichender Einschätzung Beisitzer/Psychologe werden dem Leiter Prü
 fwesen vorgelegt.
DTEND;TZID="W. Europe Standard Time":20250227T170000
DTSTAMP:20250130T101500Z
DTSTART;TZID="W. Europe Standard Time":20250227T153000
LOCATION:ACFüKrBw Köln\, Besprechungsraum Prüfwesen
ORGANIZER;CN="Linke, Andrea, StHptm":mailto:andrealinke@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Konferenz PG 3 – Eignungsurteile
UID:040000008200E00074C5B7101A82E00800000000229B3C4D5EA7DB010000000000000000100000
 0088BB99CC00DD11EE22FF3300445566
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "D4E5F6A7-B8C9-4DAE-9FB0-C1D2E3F4A5B6",
        "trap": "user-as-interviewer-handtyped-bewerber-scoring-notes",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250225T182201Z
DTEND:20250225T160000
DTSTAMP:20250225T182230Z
DTSTART:20250225T150000
LAST-MODIFIED:20250225T182230Z
SEQUENCE:0
SUMMARY:PG3 Bewertungsbögen abgeben!
DESCRIPTION:Nr 15 Hoffmann: Vortrag stark\, Gruppe dominant -> 2\nNr 16 Aks
 oy: sehr nervös\, Motivation unklar -> 4\nNr 17 Wendt: Sportler\, Führung r
 uhig -> 2\nNr 18 Brandl: Abbruch? mit Psych. klären
TRANSP:TRANSPARENT
UID:D4E5F6A7-B8C9-4DAE-9FB0-C1D2E3F4A5B6
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000339C4D5E6FA8DB010000000000000000100000"
        "0099CC00DD11EE22FF330044556677",
        "trap": "user-as-interviewer-auswahlgespraech-zivilpersonal-bedarfstraeger",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Personalrat BwDLZ Koblenz";RSVP=TRUE:mailto:PersonalratBwDLZKoblenz@bundeswehr.org
ATTENDEE;CN="Gleichstellungsbeauftragte BAIUDBw";ROLE=OPT-PARTICIPANT:mailto:GleiBBAIUDBw@bundeswehr.org
DESCRIPTION:Auswahlverfahren Sachbearbeiter/in Materialbewirtschaftung (EG
  9a TVöD)\, Dienstort Koblenz\, Kennziffer 25-KO-0311.\n\nAuswahlkommission:
  RAR Fuchs (Vorsitz\, BAIUDBw Personal)\, Hptm Schreiber (Vertreter Bedarfs
 träger\, 2./VersBtl)\, Personalrat\, GleiB.\n\n09:00 Bewerberin A\n10:15 Bewerber B
 \n11:30 Bewerber C\n13:30 Bewerberin D\n\nGesprächsleitfaden und Bewertungsm
 atrix (strukturiertes Interview) im Anhang – bitte nicht an Dritte weitergeb
 en.
DTEND;TZID="W. Europe Standard Time":20250319T150000
DTSTAMP:20250305T093000Z
DTSTART;TZID="W. Europe Standard Time":20250319T083000
LOCATION:BwDLZ Koblenz\, Geb. 3\, Raum 204
ORGANIZER;CN="Fuchs, Sabine, RAR":mailto:sabinefuchs@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Auswahlgespräche SB Materialbewirtschaftung 25-KO-0311
UID:040000008200E00074C5B7101A82E00800000000339C4D5E6FA8DB010000000000000000100000
 0099CC00DD11EE22FF330044556677
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-entry",
        "uid": "040000008200E00074C5B7101A82E00800000000449D5E6F70A9DB010000000000000000100000"
        "00AA00BB11CC22DD33EE44FF5566",
        "trap": "user-as-interviewer-leitfaden-prep-block",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Leitfaden + Bewerbungsunterlagen A-D durchsehen\, Fragen Block
  3 (Lagerhaltung SASPF) ergänzen\, Matrix ausdrucken
DTEND;TZID="W. Europe Standard Time":20250318T160000
DTSTAMP:20250312T070000Z
DTSTART;TZID="W. Europe Standard Time":20250318T143000
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:VB Auswahlgespräche morgen
UID:040000008200E00074C5B7101A82E00800000000449D5E6F70A9DB010000000000000000100000
 00AA00BB11CC22DD33EE44FF5566
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "reply",
        "uid": "040000008200E00074C5B7101A82E00800000000559E6F7081AADB010000000000000000100000"
        "00BB11CC22DD33EE44FF55660077",
        "trap": "user-as-interviewer-reservist-applicant-accepts-beorderungsgespraech",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Deutsche Telekom AG//Telekom Mail Kalender//DE
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000559E6F7081AADB010000000000000000100000
 00BB11CC22DD33EE44FF55660077
DTSTAMP:20250403T191544Z
DTSTART:20250410T150000Z
DTEND:20250410T160000Z
SEQUENCE:0
SUMMARY:Angenommen: Beorderungsgespräch Hr. Wagner (Res) – KpChef
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
ATTENDEE;PARTSTAT=ACCEPTED;CN=Thomas Wagner:mailto:th.wagner1979@t-online.de
COMMENT:Ich komme gern\, bringe Wehrpass und Zeugnisse mit. Gruß T. Wagner
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "ms-bookings",
        "uid": "bookings-9c8b7a6f-5e4d-4c3b-a291-807f6e5d4c3b@bundeswehr.org",
        "trap": "user-as-interviewer-bookings-host-reservist-interessenten",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Reservistenarbeit Versorgungsbataillon:mailto:ResArbVersBtl@bundeswehr.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schreiber, Daniel, Hptm":mailto:danielsc
 hreiber@bundeswehr.org
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Kennenlernen Beorderung (I
 nteressierte Reservisten)\nMitarbeiter: Hptm Schreiber\nKunde: Lindner\, Ju
 lia\nE-Mail: julia.lindner@web.de\nTelefon: 0176 22310948\nNotizen des Kund
 en: OLt d.R.\, war Zugführerin Nachschub\, möchte wieder Wehrübungen machen\,
  am liebsten in Ihrer Kompanie.\n
UID:bookings-9c8b7a6f-5e4d-4c3b-a291-807f6e5d4c3b@bundeswehr.org
SUMMARY;LANGUAGE=de-DE:Kennenlernen Beorderung – Julia Lindner
DTSTART;TZID=W. Europe Standard Time:20250415T140000
DTEND;TZID=W. Europe Standard Time:20250415T144500
CLASS:PUBLIC
DTSTAMP:20250407T082210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kaserne\, Geb. 14\, Büro KpChef
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000669F708192ABDB010000000000000000100000"
        "00CC22DD33EE44FF5566007788",
        "trap": "user-as-interviewer-karriereberatung-sends-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Oberle, Kai, HFw";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:kaioberle@bundeswehr.org
DESCRIPTION:Herr Hauptmann\,\n\nwie tel. besprochen stelle ich Ihnen den Be
 werber Yusuf Demir (19\, Berufskraftfahrer-Azubi\, Bewerbung Feldwebel Tran
 sport) vor. Er würde gern vor der Einplanung einen Tag Truppenpraktikum in
  Ihrer Kompanie machen. Lebenslauf und Kurzprofil anbei. Bitte um kurze Eins
 chätzung nach dem Gespräch.\n\nMit kameradschaftlichem Gruß\nHFw Oberle\nKa
 rriereberater\, Karriereberatungsbüro Koblenz
DTEND;TZID="W. Europe Standard Time":20250507T103000
DTSTAMP:20250428T140000Z
DTSTART;TZID="W. Europe Standard Time":20250507T100000
LOCATION:Telefon / Büro KpChef
ORGANIZER;CN="Oberle, Kai, HFw":mailto:kaioberle@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Bewerbervorstellung Demir – Truppenpraktikum 2./VersBtl
UID:040000008200E00074C5B7101A82E00800000000669F708192ABDB010000000000000000100000
 00CC22DD33EE44FF5566007788
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-entry",
        "uid": "040000008200E00074C5B7101A82E0080000000077A08192A3ACDB010000000000000000100000"
        "00DD33EE44FF556600778899",
        "trap": "user-as-interviewer-truppenpraktikum-supervises-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
DESCRIPTION:Bewerber Demir begleitet SptFw / Kfz-Gruppe\; 11:30 Mittag Truppe
 nküche\; 14:00 Abschlussgespräch KpChef\, danach Einschätzung an HFw Oberl
 e (KarrBB KO). Besucherausweis Wache beantragt.
DTEND;TZID="W. Europe Standard Time":20250521T150000
DTSTAMP:20250512T060000Z
DTSTART;TZID="W. Europe Standard Time":20250521T073000
LOCATION:2./VersBtl\, Fahrzeughalle
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Truppenpraktikum Bewerber Demir
UID:040000008200E00074C5B7101A82E0080000000077A08192A3ACDB010000000000000000100000
 00DD33EE44FF556600778899
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000088B192A3B4ADDB010000000000000000100000"
        "00EE44FF55660077889900AA",
        "trap": "user-as-interviewer-eignungsgespraech-laufbahnwechsel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Berger, Tim, StUffz";RSVP=TRUE:mailto:timberger@bundeswehr.org
ATTENDEE;CN="Krämer, Stefan, HFw";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:stefankraemer@bundeswehr.org
DESCRIPTION:Eignungsgespräch zur Bewerbung StUffz Berger für die Laufbahn de
 r Feldwebel des Truppendienstes. Stellungnahme des DiszVorg (KpChef) zur Ei
 gnung\, Befähigung und Leistung ist bis 06.06. an S1 zu geben. KpFw nimmt t
 eil.
DTEND;TZID="W. Europe Standard Time":20250603T100000
DTSTAMP:20250526T113000Z
DTSTART;TZID="W. Europe Standard Time":20250603T090000
LOCATION:Büro KpChef
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Eignungsgespräch StUffz Berger (Lfb-Wechsel Fw)
UID:040000008200E00074C5B7101A82E0080000000088B192A3B4ADDB010000000000000000100000
 00EE44FF55660077889900AA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000099C2A3B4C5AEDB010000000000000000100000"
        "00FF55660077889900AABBCC",
        "trap": "user-as-interviewer-bs-uebernahme-rangfolgekonferenz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Haas, Jörg, Hptm";RSVP=TRUE:mailto:joerghaas@bundeswehr.org
ATTENDEE;CN="Zimmer, Lea, Hptm";RSVP=TRUE:mailto:leazimmer@bundeswehr.org
DESCRIPTION:Btl-interne Rangfolge der Bewerberinnen und Bewerber für die Übe
 rnahme in das Dienstverhältnis eines Berufssoldaten (Auswahljahrgang 2025)
 . Jeder KpChef stellt seine Bewerber vor (max. 5 Min. je Bewerber). Ergebn
 is geht an BAPersBw.
DTEND;TZID="W. Europe Standard Time":20250612T120000
DTSTAMP:20250602T080000Z
DTSTART;TZID="W. Europe Standard Time":20250612T090000
LOCATION:Stabsgebäude\, Besprechungsraum Kdr
ORGANIZER;CN="Roth, Oliver, OTL";SENT-BY="mailto:VersBtlS1@bundeswehr.org":mailto:oliverroth@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Rangfolgekonferenz BS-Bewerber 2025
UID:040000008200E00074C5B7101A82E0080000000099C2A3B4C5AEDB010000000000000000100000
 00FF55660077889900AABBCC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
