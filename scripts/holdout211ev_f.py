"""holdout211 events, part f: German airlines and MROs (blind split, CC0 1.0)."""

from holdout211ev_tz import BERLIN, W_EUROPE

EVENTS = [
    dict(
        kind="telefoninterview-de", uid="AAMkAGQ2YzJmZTBkLWNkNTYtNDFhNC05ZDI3LTc0MWRhYjQ1NmU0ZABGAAAAAABx",
        iv=1, company="Condor",
        role="Fluggerätmechaniker / Freigabeberechtigtes Personal B1 (m/w/d) Line Maintenance Hamburg",
        stage="recruiter_screen", who="j.hoffmann@condor.com",
        trap="german-telefoninterview-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Julia":mailto:j.hoffmann@condor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Castillo Navarro\,\n\nvielen
  Dank für Ihre Bewerbung als Fluggerätmechaniker / Freigabeberechtigtes Pers
 onal B1 (m/w/d) Line Maintenance Hamburg. Gerne möchten wir Sie in einem er
 sten Telefoninterview näher kennenlernen. Das Gespräch kann auf Englisch ge
 führt werden.\n\nIch rufe Sie unter der angegebenen Nummer an.\n\nMit freun
 dlichen Grüßen\nJulia Hoffmann\nHR Recruiting | Condor Flugdienst GmbH\n
UID:AAMkAGQ2YzJmZTBkLWNkNTYtNDFhNC05ZDI3LTc0MWRhYjQ1NmU0ZABGAAAAAABx
SUMMARY;LANGUAGE=de-DE:Telefoninterview Herr Castillo Navarro (B1 HAM)
DTSTART;TZID=W. Europe Standard Time:20250128T103000
DTEND;TZID=W. Europe Standard Time:20250128T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T140500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="fachgespraech-vor-ort", uid="AAMkAGQ2YzJmZTBkLWNkNTYtNDFhNC05ZDI3LTc0MWRhYjQ1NmU0ZABGAAAAAACz",
        iv=1, company="Condor", role="Freigabeberechtigtes Personal B1 (m/w/d)",
        stage="technical", who="s.petersen@condor.com;j.hoffmann@condor.com",
        trap="german-fachgespraech-onsite-line-station",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Julia":mailto:j.hoffmann@condor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Petersen, Sönke":mailto:s.petersen@condor.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Castillo Navarro\,\n\nwie besprochen
  laden wir Sie zum Fachgespräch an unserer Line Station Hamburg ein (Sönke P
 etersen\, Stationsleiter Technik\, und ich). Inhalt: technische Fragen A320/
 A330\, Freigabe (CRS)\, MEL\, Human Factors. Sprache: Englisch.\n\nTreffpun
 kt: Hamburg Airport\, Terminal 1\, Ebene 0\, Büro Condor Technik.\n\nViele
  Grüße\nJulia Hoffmann\n
UID:AAMkAGQ2YzJmZTBkLWNkNTYtNDFhNC05ZDI3LTc0MWRhYjQ1NmU0ZABGAAAAAACz
SUMMARY;LANGUAGE=de-DE:Fachgespräch B1 - Castillo Navarro
DTSTART;TZID=W. Europe Standard Time:20250218T130000
DTEND;TZID=W. Europe Standard Time:20250218T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hamburg Airport T1 - Büro Condor Technik
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="kennenlerngespraech", uid="ew-hr-7713-kennenlernen-rcn@eurowings.com",
        iv=1, company="Eurowings", role="B1 Certifying Staff (m/w/d) Hamburg",
        stage="recruiter_screen", who="lena.schubert@eurowings.com",
        trap="german-kennenlerngespraech-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:ew-hr-7713-kennenlernen-rcn@eurowings.com
DTSTAMP:20250310T080000Z
DTSTART;TZID=Europe/Berlin:20250317T091500
DTEND;TZID=Europe/Berlin:20250317T100000
SUMMARY:Kennenlerngespräch Eurowings | B1 Certifying Staff (m/w/d) Hamburg
ORGANIZER;CN=Lena Schubert:mailto:lena.schubert@eurowings.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ruben Castillo Navarro:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION:Hallo Ruben\,\n\nich freue mich auf unser virtuelles Kennenlerng
 espräch! Wir sprechen Englisch\, kein Problem.\n\n________________________
 ________________________________________________________\nMicrosoft Teams
 -Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Rau
 mgerät teil\nHier klicken\, um an der Besprechung teilzunehmen\nBesprechung
 s-ID: 352 117 988 401\nPasscode: Gh7p5K\n______________________________
 __________________________________________________\n\nLena Schubert\nTalent
  Acquisition Technik | Eurowings GmbH
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="personio-interview", uid="personio-interview-1f0a9c2d-b8e4-4a77-8d51-3c6e2f190a44",
        iv=1, company="HanseAero Technik", role="B1 Licensed Engineer (m/w/d) - Base Maintenance",
        stage="hiring_manager", who="m.jensen@hanseaero-technik.de",
        trap="personio-english-interview-german-mro",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-1f0a9c2d-b8e4-4a77-8d51-3c6e2f190a44
DTSTAMP:20250404T111500Z
DTSTART;TZID=Europe/Berlin:20250411T150000
DTEND;TZID=Europe/Berlin:20250411T160000
SUMMARY:Interview: B1 Licensed Engineer (m/w/d) - Base Maintenance - Ruben
  Castillo Navarro
DESCRIPTION:Dear Ruben\,\n\nwe are looking forward to meeting you via Zoom.
 \n\nParticipants: Malte Jensen (Head of Base Maintenance)\n\nZoom: https://
 us02web.zoom.us/j/87123045519\n\nHanseAero Technik GmbH\, Hamburg-Fuhlsbü
 ttel\n\nSent via Personio
LOCATION:Zoom
ORGANIZER;CN=HanseAero Technik GmbH:mailto:jobs@hanseaero-technik.jobs.personio.de
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Malte Jensen;ROLE=REQ-PARTICIPANT:mailto:m.jensen@hanseaero-technik.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="softgarden-video-de", uid="softgarden-appt-5518093-742211@softgarden.io",
        iv=1, company="TUIfly", role="Fluggerätmechaniker B1 / Certifying Technician (m/w/d) Station Hamburg",
        stage="", who="",
        trap="softgarden-vorstellungsgespraech-per-video-no-names",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//e-recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:softgarden-appt-5518093-742211@softgarden.io
DTSTAMP:20250505T094000Z
DTSTART;TZID=Europe/Berlin:20250514T110000
DTEND;TZID=Europe/Berlin:20250514T120000
SUMMARY:Vorstellungsgespräch per Video - Fluggerätmechaniker B1 / Certifyin
 g Technician (m/w/d) Station Hamburg
DESCRIPTION:Hallo Ruben Castillo Navarro\,\n\nSie haben den folgenden Termin
  für Ihr Vorstellungsgespräch gebucht:\n\nMittwoch\, 14.05.2025\, 11:00 -
  12:00 Uhr\nOrt: Videointerview (den Link erhalten Sie einen Tag vorher)\n\n
 Bei Fragen wenden Sie sich bitte an Ihr TUIfly Recruiting-Team.\n\nMit freu
 ndlichen Grüßen\nTUIfly GmbH\n\nDiese E-Mail wurde über softgarden versendet
 .
LOCATION:Videointerview
ORGANIZER;CN=TUIfly Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
