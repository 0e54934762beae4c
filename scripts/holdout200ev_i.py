"""holdout200 events, part i: look-alikes of the job search itself (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "kaffee-info", "8b1c2d3e4f5a@bluewin.ch", 0, "", "", "", "", "informational-coffee-ex-colleague-at-bank",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
VERSION:2.0
BEGIN:VEVENT
UID:8b1c2d3e4f5a@bluewin.ch
DTSTAMP:20250910T200000Z
DTSTART;TZID=Europe/Zurich:20250918T073000
DTEND;TZID=Europe/Zurich:20250918T081500
SUMMARY:Kafi mit Dani Landolt (LGT)
DESCRIPTION:Wie ist Kultur bei LGT\, wer sucht gerade? Keine Bewerbung\, nu
 r hören. Sprüngli Paradeplatz
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "mock-interview", "coach-sessions-rb-0923@laufbahn-zuerich.ch", 0, "", "", "", "",
        "mock-interview-with-career-coach",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250927T090000
DTEND;TZID=Europe/Zurich:20250927T110000
DTSTAMP:20250920T101500Z
ORGANIZER;CN=Regula Oesch:mailto:regula.oesch@laufbahn-zuerich.ch
UID:coach-sessions-rb-0923@laufbahn-zuerich.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=reto.baumgartner@bluewin.ch:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Session 3: Interviewsimulation «Zweitgespräch mit Market Head»
 \, ich übernehme die Rolle der Bank. Video-Aufnahme und Feedback. Bitte Bu
 siness Case-Folien mitbringen.\nRegula Oesch\, Laufbahnberatung
LOCATION:Seefeldstrasse 62\, Zürich
SUMMARY:Coaching RB – Interview-Simulation
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "webinar", "efc-webinar-20251002-pbinterview@on24.com", 0, "", "", "", "",
        "webinar-about-private-banking-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//ON24//Webcast//EN
VERSION:2.0
BEGIN:VEVENT
UID:efc-webinar-20251002-pbinterview@on24.com
DTSTAMP:20250925T120000Z
DTSTART:20251002T160000Z
DTEND:20251002T170000Z
SUMMARY:eFinancialCareers Webinar: Nailing the Private Banking Interview – Business Case & Book Portability
DESCRIPTION:Thank you for registering. Panel: two senior headhunters and a
  Market Head discuss what interviewers ask about your client book\, NNM pl
 ans and gardening leave.\nJoin: https://event.on24.com/wcc/r/4471120/A3F0
LOCATION:Online
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "presse-interview", "040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DC01000000000000000010000000"
        "LIMPRESS", 0, "", "", "", "", "press-interview-finanz-und-wirtschaft-via-media-relations",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Media Relations":mailto:media@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Andrea Gisler:mailto:andrea.gisler@fuw.ch
DESCRIPTION;LANGUAGE=de-CH:Interview mit Andrea Gisler (Finanz und Wirtschaf
 t) zum Thema Vermögenstrends bei Schweizer Unternehmerfamilien. Media Relat
 ions ist dabei\, Zitate werden autorisiert.
UID:040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DC01000000000000000010000000LIMPRESS
SUMMARY;LANGUAGE=de-CH:Interview FuW – Vermögenstrends (R. Baumgartner)
DTSTART;TZID=W. Europe Standard Time:20251009T140000
DTEND;TZID=W. Europe Standard Time:20251009T150000
DTSTAMP:20251001T080000Z
LOCATION;LANGUAGE=de-CH:LIM Sitzungszimmer Limmat (8)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "podcast", "podcast-geldgespraech-ep44@riverside.fm", 0, "", "", "", "", "podcast-recording-guest",
        r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Recording//EN
VERSION:2.0
BEGIN:VEVENT
UID:podcast-geldgespraech-ep44@riverside.fm
DTSTAMP:20251101T100000Z
DTSTART:20251118T110000Z
DTEND:20251118T120000Z
SUMMARY:Aufnahme Podcast «Geldgespräch» – Folge 44 mit Reto Baumgartner
DESCRIPTION:Studio-Link: https://riverside.fm/studio/geldgespraech\nThema:
  Wie Familien Vermögen über Generationen weitergeben. Freigabe durch Media R
 elations liegt vor.
ORGANIZER;CN=Jonas Vetsch:mailto:jonas@geldgespraech.ch
ATTENDEE;CN=Reto Baumgartner:mailto:reto.baumgartner@limmattal-bank.ch
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "studie-interview", "calendly-zhaw-3c1f9a70@calendly.com", 0, "", "", "", "",
        "research-interview-university-study-calendly",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-zhaw-3c1f9a70@calendly.com
DTSTAMP:20251013T090000Z
DTSTART:20251024T070000Z
DTEND:20251024T074500Z
SUMMARY:Reto Baumgartner und Lea Frick: Experteninterview Studie Beratungsqualität
DESCRIPTION:Event Name: Experteninterview Studie Beratungsqualität im Privat
 e Banking (ZHAW Institut für Wealth & Asset Management)\nDas Interview wird
  aufgezeichnet und anonymisiert ausgewertet.\nOrt: Zoom https://zhaw.zoom.u
 s/j/61133420098
ORGANIZER;CN=Lea Frick:mailto:lea.frick@zhaw.ch
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@limmattal-bank.ch
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "jahresgespraech", "SF-PM-2025-YE-rbaumgartner@successfactors.eu", 0, "", "", "", "",
        "own-appraisal-jahresgespraech-current-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Performance & Goals//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:SF-PM-2025-YE-rbaumgartner@successfactors.eu
DTSTAMP:20251120T080000Z
DTSTART;TZID=Europe/Zurich:20251208T150000
DTEND;TZID=Europe/Zurich:20251208T163000
SUMMARY:Jahresgespräch 2025 (Beurteilung & Ziele 2026) – Reto Baumgartner
DESCRIPTION:Bitte Selbsteinschätzung bis 3.12. im Performance-Formular erfa
 ssen. Gesprächspartner: Kurt Suter\, Leiter Private Banking Schweiz.
ORGANIZER;CN="Suter, Kurt":mailto:kurt.suter@limmattal-bank.ch
ATTENDEE;CN=Reto Baumgartner:mailto:reto.baumgartner@limmattal-bank.ch
LOCATION:Büro K. Suter
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "austrittsgespraech", "040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DC01000000000000000010000000"
        "LIMEXIT", 0, "", "", "", "", "own-exit-interview-hr",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hürlimann, Petra (HR)":mailto:petra.huerlimann@limmattal-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgartner, Reto"
 :mailto:reto.baumgartner@limmattal-bank.ch
DESCRIPTION;LANGUAGE=de-CH:Lieber Reto\, wie besprochen das Austrittsgesprä
 ch (Rückgabe Badge/Laptop\, Kundenübergabe\, Freistellung\, Feedback-Frageb
 ogen). Gruss Petra
UID:040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DC01000000000000000010000000LIMEXIT
SUMMARY;LANGUAGE=de-CH:Austrittsgespräch R. Baumgartner
DTSTART;TZID=W. Europe Standard Time:20260122T100000
DTEND;TZID=W. Europe Standard Time:20260122T110000
DTSTAMP:20260112T090000Z
LOCATION;LANGUAGE=de-CH:HR\, 5. OG
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "career-evening", "rw-career-evening-zh-2025@eventbrite.com", 0, "", "", "", "",
        "agency-career-evening-apero",
        r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
BEGIN:VEVENT
UID:rw-career-evening-zh-2025@eventbrite.com
DTSTAMP:20250915T080000Z
DTSTART:20250930T160000Z
DTEND:20250930T190000Z
SUMMARY:Private Banking Career Evening Zürich – Panel & Apéro riche
DESCRIPTION:Hosted by Robert Walters. Panel «Moving your book: what banks re
 ally look for in senior RMs»\, networking with hiring managers from leading
  private banks.\nOrder #1189223401
LOCATION:Widder Hotel\, Rennweg 7\, Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "referenzauskunft", "9c0d1e2f3a4b@bluewin.ch", 0, "", "", "", "", "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251029T163000Z
DTEND:20251029T165000Z
DTSTAMP:20251027T130000Z
ORGANIZER;CN=Lea Staub:mailto:lea.staub@vontobel.com
UID:9c0d1e2f3a4b@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=reto.baumgartner@bluewin.ch:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Guten Tag Herr Baumgartner\, Frau Sandra Kälin hat Sie als Refe
 renz angegeben (ehem. Assistentin in Ihrem Team). Ich würde Sie gerne kurz
  telefonisch zu ihrer Arbeitsweise befragen. Lea Staub\, Vontobel
SUMMARY:Referenzauskunft S. Kälin – Vontobel
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "recruiter-catchup", "5d7f9h1j3l5n7p9r1t3v5x7z9b@google.com", 0, "", "", "", "",
        "recruiter-call-no-employer-named-english",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251006T113000Z
DTEND:20251006T120000Z
DTSTAMP:20251002T090000Z
ORGANIZER;CN=James Whitfield:mailto:james.whitfield@selbyjennings.com
UID:5d7f9h1j3l5n7p9r1t3v5x7z9b@google.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=reto.baumgartner@bluewin.ch:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Hi Reto\, great to connect. Quick catch-up on the senior RM and
  team-head market in Zurich and Geneva - I'm working on a few confidential
  searches and would like to understand what you are looking for.\nCheers\, J
 ames
SUMMARY:Reto / James – catch-up (Selby Jennings)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "eintrittsuntersuchung", "A1B2C3D4-E5F6-4071-8293-MEDCHECK01", 0, "", "", "", "",
        "pre-employment-medical-new-employer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.7//EN
BEGIN:VEVENT
UID:A1B2C3D4-E5F6-4071-8293-MEDCHECK01
DTSTAMP:20251205T180000Z
DTSTART;TZID=Europe/Zurich:20251216T080000
DTEND;TZID=Europe/Zurich:20251216T090000
SUMMARY:Eintrittsuntersuchung Vertrauensarzt (PK Julius Bär) – nüchtern!
DESCRIPTION:Dr. Keusch\, Permanence HB. Fragebogen Gesundheit ausgefüllt mi
 tnehmen.
LOCATION:Permanence Hauptbahnhof Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "vertrag-unterzeichnen", "jb-contract-rb-20251202@juliusbaer.com", 0, "", "", "", "",
        "contract-signing-after-offer-not-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Rüegg, Claudia":mailto:claudia.ruegg@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Besprechung und Unterzeichnung Arbeitsvertrag\,
  Onboarding-Unterlagen\, Fragen zu Pensionskasse und Eintrittsdatum.
UID:jb-contract-rb-20251202@juliusbaer.com
SUMMARY;LANGUAGE=de-CH:Vertragsbesprechung R. Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251202T170000
DTEND;TZID=W. Europe Standard Time:20251202T180000
DTSTAMP:20251126T120000Z
LOCATION;LANGUAGE=de-CH:ZH-BHS36 Sitzungszimmer 2.07
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "anwalt", "B2C3D4E5-F6A7-4182-93A4-ANWALT0001", 0, "", "", "", "",
        "lawyer-checks-non-compete-before-move",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:B2C3D4E5-F6A7-4182-93A4-ANWALT0001
DTSTAMP:20251112T080000Z
DTSTART;TZID=Europe/Zurich:20251114T180000
DTEND;TZID=Europe/Zurich:20251114T190000
SUMMARY:RA Dr. Hafner – Konkurrenzverbot / Kündigung besprechen
DESCRIPTION:Vertrag Limmattal + Entwurf neuer Vertrag mitnehmen
LOCATION:Löwenstrasse 25
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "saq-pruefung", "saq-cwma-recert-2025-rb@saq-qualicon.ch", 0, "", "", "", "",
        "oral-certification-exam-not-job-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//SAQ-QUALICON//Pruefungsplanung//DE
VERSION:2.0
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:saq-cwma-recert-2025-rb@saq-qualicon.ch
DTSTAMP:20250915T070000Z
DTSTART;TZID=Europe/Zurich:20251125T133000
DTEND;TZID=Europe/Zurich:20251125T143000
SUMMARY:SAQ Zertifizierung Wealth Management Advisor – mündliche Prüfung (Fallgespräch)
DESCRIPTION:Kandidat: Reto Baumgartner\nFallgespräch mit zwei Experten (Rolle
 nspiel Kunde)\, Dauer 40 Min.\, Vorbereitungszeit 20 Min.
LOCATION:SAQ-QUALICON\, Prüfungszentrum Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
]
