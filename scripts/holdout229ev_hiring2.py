"""holdout229 events, part 7: more of the user on the HIRING side (civilian staff, interns, reservists).

Raw iCalendar text, written blind. Work address: danielschreiber@bundeswehr.org.
"""

from holdout229ev_common import VTZ_BERLIN, VTZ_WEUROPE

NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "hiring": True}

EVENTS = [
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000AAD3B4C5D6AFDB010000000000000000100000"
        "0011AA22BB33CC44DD55EE66FF",
        "trap": "user-as-interviewer-auswahlvermerk-kommission-debrief",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Personalrat BwDLZ Koblenz";RSVP=TRUE:mailto:PersonalratBwDLZKoblenz@bundeswehr.org
DESCRIPTION:Abschließende Beratung der Auswahlkommission 25-KO-0311 (SB Mat
 Bew)\, Festlegung Rangfolge\, Mitzeichnung Auswahlvermerk. Entwurf Vermerk
  liegt im Laufwerk P:\\Personal\\Auswahl\\25-KO-0311.
DTEND;TZID="W. Europe Standard Time":20250326T113000
DTSTAMP:20250320T071500Z
DTSTART;TZID="W. Europe Standard Time":20250326T103000
LOCATION:Webex (BwMessenger-Link folgt) / BwDLZ Raum 204
ORGANIZER;CN="Fuchs, Sabine, RAR":mailto:sabinefuchs@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Auswahlvermerk 25-KO-0311 – Beratung Kommission
UID:040000008200E00074C5B7101A82E00800000000AAD3B4C5D6AFDB010000000000000000100000
 0011AA22BB33CC44DD55EE66FF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "E1F2A3B4-C5D6-47E8-89FA-0B1C2D3E4F50",
        "trap": "user-as-interviewer-handtyped-reservist-candidate-verdict",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250416T061144Z
DTEND;VALUE=DATE:20250417
DTSTAMP:20250416T061150Z
DTSTART;VALUE=DATE:20250416
LAST-MODIFIED:20250416T061150Z
SEQUENCE:0
SUMMARY:Res-Bewerber -> S1 melden
DESCRIPTION:Lindner: sehr gut\, sofort beordern (DP ZgFhr Nsch)\nWagner: ok
 \, Fahrlehrer-Erf.\, DP Kfz-Uffz\nOtt: zu wenig Erfahrung\, absagen – selbs
 t anrufen
TRANSP:TRANSPARENT
UID:E1F2A3B4-C5D6-47E8-89FA-0B1C2D3E4F50
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000BBE4C5D6E7B0DB010000000000000000100000"
        "0022BB33CC44DD55EE66FF0011",
        "trap": "user-as-interviewer-hospitation-new-beisitzer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:Einweisung neuer Offizier-Beisitzer: Teilnahme als Hospitant an
  einem Prüftag der Prüfgruppe 1 (ohne Stimmrecht)\, anschließend Einweisung
  in Bewertungssystem und Prüfbogen durch Leiter Prüfwesen.
DTEND;TZID="W. Europe Standard Time":20250129T160000
DTSTAMP:20250115T100000Z
DTSTART;TZID="W. Europe Standard Time":20250129T073000
LOCATION:ACFüKrBw Köln\, Prüfgruppe 1
ORGANIZER;CN="Linke, Andrea, StHptm":mailto:andrealinke@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Hospitation PG 1 (Einweisung Beisitzer)
UID:040000008200E00074C5B7101A82E00800000000BBE4C5D6E7B0DB010000000000000000100000
 0022BB33CC44DD55EE66FF0011
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "webex",
        "uid": "webex-meeting-2670114523-20250423@bundeswehr.webex.com",
        "trap": "user-as-interviewer-praktikanten-auswahl-webex",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:webex-meeting-2670114523-20250423@bundeswehr.webex.com
DTSTAMP:20250414T123000Z
DTSTART;TZID=Europe/Berlin:20250423T130000
DTEND;TZID=Europe/Berlin:20250423T153000
SUMMARY:Gespräche Praxissemester Logistik (HS Koblenz) – 3 Studierende
ORGANIZER;CN=Daniel Schreiber:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN=Lena Vogt;RSVP=TRUE:mailto:lena.vogt@hs-koblenz.de
ATTENDEE;CN=Paul Simons;RSVP=TRUE:mailto:psimons@hs-koblenz.de
ATTENDEE;CN=Nele Horn;RSVP=TRUE:mailto:nele.horn99@gmail.com
DESCRIPTION:Guten Tag\,\n\nvielen Dank für Ihr Interesse an einem Praxisseme
 ster im Bereich Logistik beim Versorgungsbataillon. Wir sprechen je 30 Minu
 ten mit Ihnen:\n13:00 Frau Vogt\n13:45 Herr Simons\n14:30 Frau Horn\n\nBitte
  halten Sie Ihren Personalausweis bereit (Sicherheitsüberprüfung folgt bei
  Zusage).\n\nWebex-Meeting beitreten\nhttps://bundeswehr.webex.com/meet/dani
 elschreiber\nMeeting-Kennnummer: 2670 114 523\n\nHptm Daniel Schreiber\nKpChef 2./VersBtl
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-entry",
        "uid": "040000008200E00074C5B7101A82E00800000000CCF5D6E7F8B1DB010000000000000000100000"
        "0033CC44DD55EE66FF001122",
        "trap": "user-as-interviewer-bewertungsbogen-task",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bewertungsbogen Lindner/Wagner ausfüllen\, unterschreiben\, an S
 1 (Fw Breuer) – Frist Beorderungsvorschlag 25.04.
DTEND;TZID="W. Europe Standard Time":20250422T083000
DTSTAMP:20250416T061500Z
DTSTART;TZID="W. Europe Standard Time":20250422T080000
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Bewertungsbögen Res an S1
UID:040000008200E00074C5B7101A82E00800000000CCF5D6E7F8B1DB010000000000000000100000
 0033CC44DD55EE66FF001122
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000DD06E7F809B2DB010000000000000000100000"
        "0044DD55EE66FF00112233",
        "trap": "user-as-interviewer-dienstposten-interessenten-gespraeche",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Weiß, Marco, OFw";RSVP=TRUE:mailto:marcoweiss@bundeswehr.org
ATTENDEE;CN="Ahmeti, Dren, Fw";RSVP=TRUE:mailto:drenahmeti@bundeswehr.org
ATTENDEE;CN="Koch, Svenja, HFw";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:svenjakoch@bundeswehr.org
DESCRIPTION:Nachbesetzung DP Feldwebel S4 (Materialbewirtschaftung) zum 01.1
 0.: kurze Gespräche mit den Interessenten aus dem Btl (je 20 Min.)\, Ergebn
 is als Personalvorschlag an S1. 10:00 OFw Weiß\, 10:30 Fw Ahmeti.
DTEND;TZID="W. Europe Standard Time":20250708T110000
DTSTAMP:20250630T140000Z
DTSTART;TZID="W. Europe Standard Time":20250708T100000
LOCATION:S4-Büro\, Stabsgebäude Raum 1.08
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Gespräche Interessenten DP Fw S4
UID:040000008200E00074C5B7101A82E00800000000DD06E7F809B2DB010000000000000000100000
 0044DD55EE66FF00112233
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000EE17F8091AB3DB010000000000000000100000"
        "0055EE66FF0011223344",
        "trap": "user-as-interviewer-beorderungskonferenz-committee",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
ATTENDEE;CN="Haas, Jörg, Hptm";RSVP=TRUE:mailto:joerghaas@bundeswehr.org
ATTENDEE;CN="Breuer, Nico, Fw";RSVP=TRUE:mailto:nicobreuer@bundeswehr.org
DESCRIPTION:TOP 1 Vorstellung der Beorderungsvorschläge durch die KpChefs\n
 TOP 2 Abgleich mit freien Reserve-DP (STAN)\nTOP 3 Festlegung\, wer eingela
 den wird / wer eine Absage erhält\nTOP 4 Verschiedenes
DTEND;TZID="W. Europe Standard Time":20250429T150000
DTSTAMP:20250422T090000Z
DTSTART;TZID="W. Europe Standard Time":20250429T133000
LOCATION:Stabsgebäude\, Besprechungsraum S1
ORGANIZER;CN="Roth, Oliver, OTL":mailto:oliverroth@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Beorderungskonferenz Q2
UID:040000008200E00074C5B7101A82E00800000000EE17F8091AB3DB010000000000000000100000
 0055EE66FF0011223344
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000FF2809AB2CB4DB010000000000000000100000"
        "0066FF001122334455",
        "trap": "user-as-interviewer-azubi-candidate-on-free-mail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="lara.schmitt2008@gmx.net";RSVP=TRUE:mailto:lara.schmitt2008@gmx.net
ATTENDEE;CN="Hein, Petra, RHS";RSVP=TRUE:mailto:petrahein@bundeswehr.org
DESCRIPTION:Sehr geehrte Frau Schmitt\,\n\nvielen Dank für Ihre Bewerbung u
 m einen Ausbildungsplatz als Fachkraft für Lagerlogistik (Beginn 01.08.202
 6). Wir laden Sie zu einem Vorstellungsgespräch ein. Bitte bringen Sie Ihr
  letztes Zeugnis mit und melden Sie sich an der Hauptwache.\n\nMit freundlich
 en Grüßen\nHptm Schreiber\nKpChef 2./VersBtl
DTEND;TZID="W. Europe Standard Time":20250618T140000
DTSTAMP:20250610T103000Z
DTSTART;TZID="W. Europe Standard Time":20250618T133000
LOCATION:Kaserne\, Hauptwache\, dann Geb. 22
ORGANIZER;CN="Schreiber, Daniel, Hptm":mailto:danielschreiber@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Ausbildung FK Lagerlogistik – Fr.
  Schmitt
UID:040000008200E00074C5B7101A82E00800000000FF2809AB2CB4DB010000000000000000100000
 0066FF001122334455
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-entry",
        "uid": "040000008200E00074C5B7101A82E0080000000001391AB2C3B5DB010000000000000000100000"
        "0077001122334455AA",
        "trap": "user-as-interviewer-absage-call-to-rejected-applicant",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Res Ott (0151 4439021) anrufen: keine Beorderung in 2./\, Hinwei
 s auf Heimatschutzkompanie RLP\, Kontakt LKdo.
DTEND;TZID="W. Europe Standard Time":20250430T171500
DTSTAMP:20250429T160000Z
DTSTART;TZID="W. Europe Standard Time":20250430T170000
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Tel. Bewerber Ott – Absage
UID:040000008200E00074C5B7101A82E0080000000001391AB2C3B5DB010000000000000000100000
 0077001122334455AA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
