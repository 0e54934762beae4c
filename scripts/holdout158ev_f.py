# ruff: noqa: E501
"""holdout158 events, part f: the newsroom's own look-alikes and career-adjacent negatives. CC0 1.0."""

from holdout158ev_tz import BERLIN, W_EUROPE

EVENTS = [
    (
        "interviewtermin-ceo",
        "040000008200E00074C5B7101A82E0080000000077DD88EE99FFDB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Presse Nordsee Windparks":mailto:presse@nordsee-windparks.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Oltmanns, Jens":mailto:jens.oltmanns@nordsee-windparks.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Janssen\,\n\nwie vereinbart der Interviewtermin mit unserem Vorstandsvorsitzenden Jens Oltmanns für Ihr Porträt in der Wochenendausgabe. Zeitrahmen 60 Minuten\, danach Fototermin auf der Dachterrasse (Fotograf kommt von Ihnen). Wir bitten um Autorisierung der Zitate.\n\nBeste Grüße\nTeam Unternehmenskommunikation\n
UID:040000008200E00074C5B7101A82E0080000000077DD88EE99FFDB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=de-DE:Interviewtermin Hanseatische Rundschau / Jens Oltmanns (CEO)
DTSTART;TZID=W. Europe Standard Time:20250225T100000
DTEND;TZID=W. Europe Standard Time:20250225T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Nordsee Windparks\, Überseeallee 5\, Vorstandsetage
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-interviewtermin-ceo-portrait",
    ),
    (
        "typed-hintergrund",
        "8A9B0C1D-2E3F-4051-8627-38495A6B7C8D",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T094501Z
DTSTAMP:20250303T094512Z
UID:8A9B0C1D-2E3F-4051-8627-38495A6B7C8D
DTSTART:20250305T083000
DTEND:20250305T093000
SUMMARY:HG Staatsrat WiBe (u3!)
DESCRIPTION:Hintergrundgespräch unter drei – Hafenkooperation\, MSC-Deal\, keine Zitate. Alter Steinweg 4\, Pforte
LOCATION:Behörde für Wirtschaft
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-hintergrundgespraech-hand-typed",
    ),
    (
        "o-ton",
        "0b1c2d3e4f50@hanse-rundschau.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Pressestelle HK: Fr. Möbius 040 36138-402\, Präses ruft zurück. 2-3 Sätze zu Umschlagzahlen Q1 für Seite 1
DTEND:20250410T114500
DTSTAMP:20250410T080200Z
DTSTART:20250410T113000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:O-Ton Präses Handelskammer (Tel.)
TRANSP:OPAQUE
UID:0b1c2d3e4f50@hanse-rundschau.de
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-o-ton-phone-floating",
    ),
    (
        "telefoninterview-oekonom",
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyer-Lüttge, Prof. Dr. Sabine":mailto:meyer-luettge@ifw-nord.de
DESCRIPTION;LANGUAGE=de-DE:Telefoninterview für die Reihe "Was macht die Zinswende mit dem Mittelstand?" – ca. 20 Min.\, Zitate zur Autorisierung bis Do. Ich rufe an: 0431 8814-233.\n
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=de-DE:Telefoninterview Prof. Meyer-Lüttge (IfW Nord)
DTSTART;TZID=W. Europe Standard Time:20250219T140000
DTEND;TZID=W. Europe Standard Time:20250219T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-telefoninterview-economist",
    ),
    (
        "bilanz-pk",
        "bpk-2025-hanse-reederei@hanse-reederei.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Hanse Reederei AG//Presseverteiler//DE
VERSION:2.0
METHOD:PUBLISH
""" + BERLIN + r"""BEGIN:VEVENT
UID:bpk-2025-hanse-reederei@hanse-reederei.com
DTSTAMP:20250303T080000Z
DTSTART;TZID=Europe/Berlin:20250320T100000
DTEND;TZID=Europe/Berlin:20250320T120000
SUMMARY:Bilanzpressekonferenz Hanse Reederei AG – Geschäftsjahr 2024
DESCRIPTION:Sehr geehrte Damen und Herren\,\n\nwir laden Sie herzlich zur Bilanzpressekonferenz ein. Es sprechen der Vorstandsvorsitzende Dr. Henning Sievers und Finanzvorständin Birte Claußen. Im Anschluss stehen beide für Einzelinterviews zur Verfügung (bitte vorab anmelden).\n\nLivestream: https://hanse-reederei.com/bpk2025\nAkkreditierung: presse@hanse-reederei.com
LOCATION:Hanse Reederei\, Johannisbollwerk 20\, Hamburg\, Saal Elbe
ORGANIZER;CN=Presse Hanse Reederei:mailto:presse@hanse-reederei.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-conference-einzelinterviews-offered",
    ),
    (
        "redaktionskonferenz",
        "040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ketelsen, Bernd":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ressortleitungen HR":mailto:ressortleitungen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Blattkritik + Themenplanung. Teams-Einwahl für Außenbüros im Chat.\n
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20251231T093000Z
UID:040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=de-DE:Redaktionskonferenz 10:30
DTSTART;TZID=W. Europe Standard Time:20250106T103000
DTEND;TZID=W. Europe Standard Time:20250106T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241219T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Newsroom / Konferenzinsel
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Ketelsen, Bernd":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Heute mit Leserbeirat – bitte pünktlich.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250312T103000
UID:040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=de-DE:Redaktionskonferenz 10:30 (mit Leserbeirat)
DTSTART;TZID=W. Europe Standard Time:20250312T100000
DTEND;TZID=W. Europe Standard Time:20250312T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Kantine 1.OG
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "editorial-conference-recurring-override",
    ),
    (
        "podcast-gast",
        "5s1q9p7o3n2m4l6k8j0i@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250311T150000Z
DTEND:20250311T163000Z
DTSTAMP:20250301T121212Z
ORGANIZER;CN=Svea Lorenzen:mailto:svea@wirtschaft-am-wasser.fm
UID:5s1q9p7o3n2m4l6k8j0i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=friederike.janssen@hanse-rundschau.de;X-NUM-GUESTS=0:mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION:Hi Friederike\, wie besprochen: Aufnahme für Folge 112 "Wem gehört der Hafen?". Wir führen ein ca. 45-minütiges Interview mit dir als Gast\, Schnitt machen wir. Bitte Headset mitbringen bzw. Kopfhörer nutzen.\n\nRiverside-Link: https://riverside.fm/studio/wirtschaft-am-wasser
LOCATION:https://riverside.fm/studio/wirtschaft-am-wasser
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme "Wirtschaft am Wasser" – Interview mit Friederike Janssen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-interviewed-as-podcast-guest",
    ),
    (
        "studie-interview",
        "studie-lokaljournalismus-int-23@uni-leipzig.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Zimbra//Zimbra Calendar//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:studie-lokaljournalismus-int-23@uni-leipzig.de
DTSTAMP:20250225T140000Z
DTSTART;TZID=Europe/Berlin:20250306T170000
DTEND;TZID=Europe/Berlin:20250306T180000
SUMMARY:Interview Forschungsprojekt "Regionaljournalismus im Wandel" (I-23)
DESCRIPTION:Liebe Frau Janssen\,\n\nherzlichen Dank für Ihre Bereitschaft zum leitfadengestützten Experteninterview. Das Gespräch wird aufgezeichnet\, transkribiert und pseudonymisiert ausgewertet. Die Einwilligungserklärung schicke ich vorab.\n\nZoom: https://uni-leipzig.zoom.us/j/66120039981\n\nViele Grüße\nJohanna Brettschneider\, M.A.\nInstitut für Kommunikations- und Medienwissenschaft
LOCATION:Zoom
ORGANIZER;CN=Johanna Brettschneider:mailto:johanna.brettschneider@uni-leipzig.de
ATTENDEE;CN=Friederike Janssen;PARTSTAT=ACCEPTED:mailto:friederike.janssen@hanse-rundschau.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "research-expert-interview-user-interviewee", "lf",
    ),
    (
        "befragung",
        "B3F1-2025-MT-04471@medientrend-institut.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Medientrend Institut//Terminvergabe//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:B3F1-2025-MT-04471@medientrend-institut.de
DTSTAMP:20250314T090000Z
DTSTART:20250318T170000Z
DTEND:20250318T172000Z
SUMMARY:Telefonisches Interview – Journalistenbefragung 2025
DESCRIPTION:Vielen Dank für Ihre Teilnahme an unserer jährlichen Journalistenbefragung zu Arbeitsbedingungen und Vertrauen in Medien. Eine Interviewerin unseres Instituts ruft Sie zum vereinbarten Termin an (Dauer ca. 20 Minuten). Als Dankeschön spenden wir 10 Euro an Reporter ohne Grenzen.
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "survey-phone-interview-journalist-panel",
    ),
    (
        "jahresgespraech",
        "040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ketelsen, Bernd";SENT-BY="mailto:sekretariat.chefredaktion@hanse-rundschau.de":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Jährliches Mitarbeitergespräch (Rückblick 2024\, Ziele 2025\, Weiterbildung). Bitte den Vorbereitungsbogen aus dem Intranet mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch F. Janssen / B. Ketelsen
DTSTART;TZID=W. Europe Standard Time:20250220T140000
DTEND;TZID=W. Europe Standard Time:20250220T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250203T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Chefredaktion
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "own-appraisal-mitarbeitergespraech",
    ),
    (
        "kaffee-info",
        "1a2s3d4f5g6h7j8k9l0p@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250214T113000Z
DTEND:20250214T123000Z
DTSTAMP:20250210T194500Z
ORGANIZER;CN=Anja Reimers:mailto:anja.reimers@gmail.com
UID:1a2s3d4f5g6h7j8k9l0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
DESCRIPTION:Liebe Friederike\, gern erzähle ich dir\, wie der Wechsel vom Abendblatt in die Pressestelle für mich war – und was ich heute anders machen würde. Bei uns ist gerade nichts frei\, aber ich hab ein paar Tipps für Gespräche. Bis Freitag! Anja
LOCATION:Café Paris\, Rathausstraße 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Anja / Friederike – Seitenwechsel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "informational-coffee-no-opening",
    ),
    (
        "mock-interview",
        "coaching-sw-2025-03-07@weidner-coaching.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Liebe Frau Janssen\,\n\nin unserer dritten Sitzung spielen wir ein komplettes Vorstellungsgespräch für eine Pressesprecherinnen-Rolle durch (ich übernehme die Geschäftsführung\, mein Kollege die Personalleitung)\, mit Videoaufzeichnung und anschließendem Feedback. Bringen Sie gern die Stellenanzeige mit\, die Sie am meisten reizt.\n\nZoom: https://zoom.us/j/71230098812\n\nHerzliche Grüße\nSusanne Weidner\nKarriere- und Outplacementberatung
DTEND;TZID="W. Europe Standard Time":20250307T113000
DTSTAMP:20250228T160000Z
DTSTART;TZID="W. Europe Standard Time":20250307T093000
LOCATION:Zoom
ORGANIZER;CN="Susanne Weidner":mailto:sw@weidner-coaching.de
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Coaching #3: Probe-Vorstellungsgespräch (Video)
TRANSP:OPAQUE
UID:coaching-sw-2025-03-07@weidner-coaching.de
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "mock-interview-with-coach",
    ),
    (
        "webinar-djv",
        "gtw-webinar-3391120457@goto.com",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-webinar-3391120457@goto.com
DTSTAMP:20250220T100000Z
DTSTART:20250227T170000Z
DTEND:20250227T183000Z
SUMMARY:DJV-Webinar: Seitenwechsel – vom Journalismus in die Pressestelle. Bewerbung\, Vorstellungsgespräch\, Gehalt
DESCRIPTION:Sie haben sich erfolgreich für das Webinar registriert.\n\nReferentin: Katrin Holm\, Personalberaterin für Kommunikation\nThemen: Wie lese ich eine Stellenanzeige für Pressesprecher*innen? Typische Fragen im Vorstellungsgespräch. Gehaltsverhandlung nach dem Tarifvertrag.\n\nTeilnehmen: https://attendee.gotowebinar.com/join/3391120457/881204512
LOCATION:GoTo Webinar
ORGANIZER;CN=DJV Bildungswerk:mailto:customercare@gotowebinar.com
ATTENDEE;CN=Friederike Janssen:mailto:f.janssen.hh@web.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "webinar-about-job-interviews",
    ),
    (
        "karrieretag",
        "e8d7c6b5a4f3@kommunikationskongress-jobs.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Kommunikationskongress//Teilnehmerportal//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:e8d7c6b5a4f3@kommunikationskongress-jobs.de
DTSTAMP:20250405T080000Z
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250516
SUMMARY:Karrieretag Kommunikation Berlin – Jobbörse & Speed-Dating mit Arbeitgebern
DESCRIPTION:Ihr Ticket: Karrieretag Kommunikation\, bcc Berlin Congress Center. Über 40 Arbeitgeber (Unternehmen\, Verbände\, Ministerien) stellen sich vor\; 10-Minuten-Speed-Datings an den Ständen ohne Anmeldung. Bitte ausgedruckte Lebensläufe mitbringen.
LOCATION:bcc Berlin Congress Center\, Alexanderstraße 11\, Berlin
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "career-fair-speed-dating-employers",
    ),
    (
        "referenzgespraech",
        "F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
CREATED:20250331T120000Z
DTSTAMP:20250331T120011Z
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
DTSTART;TZID=Europe/Berlin:20250403T081500
DTEND;TZID=Europe/Berlin:20250403T084500
SUMMARY:Referenz Tim Albers – Anruf Fr. Grabowski (Personalberatung)
DESCRIPTION:Tim (Ex-Volo 2021-23) hat mich als Referenz angegeben\, bewirbt sich als CvD beim Weser-Boten. Stärken: Tempo\, Zahlen. Schwäche: Überschriften. Positiv bleiben!
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "reference-call-user-is-referee",
    ),
    (
        "headhunter-allgemein",
        "c8a1f0e2-9b3d-4e7c-a5f6-1d2e3c4b5a69@kessler-partners.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Liebe Frau Janssen\,\n\nschön\, dass wir uns kennenlernen. Ich betreue regelmäßig Mandate für Kommunikationsleitungen in Industrie\, Verbänden und öffentlicher Hand in Norddeutschland. Mir geht es zunächst darum\, Ihren Hintergrund und Ihre Wünsche zu verstehen – konkrete Positionen besprechen wir gern in einem zweiten Schritt.\n\nIch rufe Sie an.\n\nHerzliche Grüße\nChristine Kessler\nKessler & Partners Executive Search
DTEND;TZID="W. Europe Standard Time":20250221T123000
DTSTAMP:20250217T150000Z
DTSTART;TZID="W. Europe Standard Time":20250221T120000
LOCATION:Telefon
ORGANIZER;CN="Christine Kessler":mailto:c.kessler@kessler-partners.de
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Kennenlernen Kessler & Partners / Friederike Janssen
TRANSP:OPAQUE
UID:c8a1f0e2-9b3d-4e7c-a5f6-1d2e3c4b5a69@kessler-partners.de
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "recruiter-call-no-employer-named",
    ),
]
