# ruff: noqa: E501, W291, W293, RUF100
"""holdout252 events, part e: other negatives (trade meetings, personal appointments, prep, press, family)."""

from holdout252ev_zones import VTZ_BERLIN, VTZ_ROMANCE, VTZ_W_EUROPE


def _other(kind, uid, trap, ics, eol="\r\n"):
    return dict(
        kind=kind,
        uid=uid,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=False,
        eol=eol,
        ics=ics,
    )


EVENTS = [
    _other(
        "psc-inspection",
        "040000008200E00074C5B7101A82E00800000000AA00BB11CC22DC0100000000000000001000000033DD44EE55FF66007711882299334455",
        "port-state-control-crew-interview",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="QHSE Elbfeeder":mailto:qhse@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MV Elbe Trader Master":mailto:master.elbetrader@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Erwartete PSC-Inspektion (Paris MoU\, Prioritä
 t II) beim Anlauf Rotterdam. Inspektoren befragen erfahrungsgemäß Offizier
 e und Crew (Interviews zu Ruhezeiten\, Notfallrollen\, MARPOL). Drill Feuer
 /Verlassen des Schiffes vorbereiten. C/O: Checkliste PSC-Vorbereitung abar
 beiten.\n
UID:040000008200E00074C5B7101A82E00800000000AA00BB11CC22DC0100000000000000001000000033DD44EE55FF66007711882299334455
SUMMARY;LANGUAGE=de-DE:PSC-Inspektion Rotterdam – Crew-Interviews + Drills
DTSTART;TZID=W. Europe Standard Time:20260324T080000
DTEND;TZID=W. Europe Standard Time:20260324T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260318T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MV Elbe Trader\, Euromax Terminal
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "sire-vetting-inspection",
        "vetting-2026-0117-elbetrader@elbfeeder-reederei.de",
        "sire-vetting-crew-interviews-human-factors",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:vetting-2026-0117-elbetrader@elbfeeder-reederei.de
DTSTAMP:20260110T120000Z
DTSTART:20260117T070000Z
DTEND:20260117T150000Z
SUMMARY:SIRE 2.0 Inspection - inspector interviews with officers & crew (Human Factors)
DESCRIPTION:Inspector: Capt. R. Mahlberg (OCIMF accredited). Interviews wi
 th Master\, C/O\, 2/O\, Bosun and pumpman as per SIRE 2.0 question librar
 y. C/O to accompany inspector on deck. Photos of PIQ documents ready.
LOCATION:MT Elbe Trader II\, Brunsbüttel Elbehafen
CLASS:PUBLIC
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "accident-investigation-interview",
        "040000008200E00074C5B7101A82E00800000000BB11CC22DD33DC0100000000000000001000000044EE55FF6600771188229933AA44BB55",
        "accident-investigation-witness-befragung",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Feddersen, Uwe":mailto:u.feddersen@seeunfall-untersuchung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DPA Elbfeeder":mailto:dpa@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Ohlsen\,\n\nim Rahmen der Un
 tersuchung des Seeunfalls (Beinahe-Kollision MV Elbe Trader / MV Nordkap\, 
 Elbe km 688\, 14.01.2026) möchten wir Sie als wachhabenden Offizier befrag
 en (Interview). Die Befragung dient ausschließlich der Unfallverhütung\, n
 icht der Feststellung von Schuld.\n\nMit freundlichen Grüßen\nUwe Feddersen
 \nUntersuchungsführer\n
UID:040000008200E00074C5B7101A82E00800000000BB11CC22DD33DC0100000000000000001000000044EE55FF6600771188229933AA44BB55
SUMMARY;LANGUAGE=de-DE:Interview Unfalluntersuchung – Zeuge J.-H. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260204T100000
DTEND;TZID=W. Europe Standard Time:20260204T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Seeunfall-Untersuchungsstelle\, Bernhard-Nocht-Str. 78\, Hamburg
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "own-appraisal-talk",
        "040000008200E00074C5B7101A82E00800000000CC22DD33EE44DC0100000000000000001000000055FF66007711882299AA33BB44CC55DD",
        "own-annual-appraisal-with-fleet-manager",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Matthiesen, Jörg":mailto:j.matthiesen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Jährliches Beurteilungsgespräch (Officer Appra
 isal 2025) – bitte Selbsteinschätzung vorher ausfüllen.\n
UID:040000008200E00074C5B7101A82E00800000000CC22DD33EE44DC0100000000000000001000000055FF66007711882299AA33BB44CC55DD
SUMMARY;LANGUAGE=de-DE:Jahresgespräch / Appraisal Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260115T140000
DTEND;TZID=W. Europe Standard Time:20260115T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Flottenmanagement
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "crew-appraisals-onboard",
        "7C6D5E4F-3A2B-4C1D-9E8F-A7B6C5D4E3F2",
        "crew-appraisal-talks-before-sign-off",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260305T060000Z
DTEND:20260307T160000
DTSTAMP:20260305T060010Z
DTSTART:20260307T130000
LAST-MODIFIED:20260305T060010Z
SEQUENCE:0
SUMMARY:Beurteilungen Deck-Crew (Bootsmann\\, 3 Matrosen\\, Kadett) vor Abmusterung - Gespräche Messe
TRANSP:OPAQUE
UID:7C6D5E4F-3A2B-4C1D-9E8F-A7B6C5D4E3F2
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "medical-fitness",
        "arzttermin-7781-20260122@praxis-stein-hamburg.de",
        "seafarer-medical-fitness-examination",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Termin//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:arzttermin-7781-20260122@praxis-stein-hamburg.de
DTSTAMP:20260112T180000Z
DTSTART;TZID=Europe/Berlin:20260122T081500
DTEND;TZID=Europe/Berlin:20260122T091500
SUMMARY:Seediensttauglichkeitsuntersuchung – Dr. med. Frauke Stein
DESCRIPTION:Ihr Termin: Seediensttauglichkeitsuntersuchung (inkl. Seh- und 
 Hörtest\, EKG). Bitte nüchtern erscheinen und Ihr bisheriges Seediensttaug
 lichkeitszeugnis mitbringen.\nPraxis Dr. Stein\, Ärztin für Arbeitsmedizin
 \, Baumwall 3\, Hamburg
LOCATION:Praxis Dr. Stein\, Baumwall 3\, 20459 Hamburg
ORGANIZER;CN=Praxis Dr. Stein:mailto:termine@praxis-stein-hamburg.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=FALSE:mailto:jh.ohlsen@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "certificate-renewal",
        "5B4A3928-1706-4F5E-8D4C-3B2A19081726",
        "coc-revalidation-authority-appointment",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260201T100000Z
UID:5B4A3928-1706-4F5E-8D4C-3B2A19081726
DTEND;TZID=Europe/Berlin:20260209T093000
SUMMARY:Seeschifffahrtsbehörde: Verlängerung Befähigungszeugnis + GMDSS (Termin 4711)
LAST-MODIFIED:20260201T100100Z
DTSTAMP:20260201T100100Z
DTSTART;TZID=Europe/Berlin:20260209T090000
LOCATION:Seeschifffahrtsbehörde\\, Bernhard-Nocht-Str.\\, Zi. 214
DESCRIPTION:Fahrzeitnachweise letzte 5 J.\\, Passbild\\, Seediensttauglichkeit
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "mock-interview-coach",
        "6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com",
        "mock-interview-pilot-selection-coach",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260305T170000Z
DTEND:20260305T183000Z
DTSTAMP:20260301T090000Z
ORGANIZER;CN=Bernd Voigt:mailto:kapt.voigt.coaching@gmail.com
UID:6g8i0k2m4o6q8s0u2w4y6a8c0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
DESCRIPTION:Moin Jan-Hendrik\,\nwie vereinbart machen wir ein Probe-Auswah
 lgespräch (Mock Interview) wie vor dem Auswahlausschuss der Lotsen: typisc
 he Fragen zu Revier\, Motivation\, Stressverhalten. Ich spiele den Ausschus
 s. Honorar wie besprochen.\nBernd (Kapt. a.D.\, ehem. Elblotse)\n\nInvitati
 on from Google Calendar: https://calendar.google.com/calendar/\n\nYou are r
 eceiving this email because you are an attendee on the event.
LOCATION:https://meet.google.com/hbv-mock-lts
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock-Interview Lotsenauswahl (Probe-Auswahlgespräch)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "webinar-interview-skills",
        "zoom-webinar-88120334511-reg-4f2a@seafarersguild.eu",
        "webinar-about-superintendent-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260118T100000Z
DTSTART:20260128T180000Z
DTEND:20260128T191500Z
SUMMARY:Webinar: From the bridge to the office - acing your Marine Superintendent interview
UID:zoom-webinar-88120334511-reg-4f2a@seafarersguild.eu
DESCRIPTION:Hi Jan-Hendrik Ohlsen\,\n\nThank you for registering for "Fro
 m the bridge to the office - acing your Marine Superintendent interview".
 \n\nSpeakers: Capt. Fiona McLeod (Seafarers' Guild Europe careers desk) a
 nd a panel of ship managers' HR leads.\n\nPlease submit any questions to: 
 careers@seafarersguild.eu\n\nJoin from a PC\, Mac\, iPad\, or Android: htt
 ps://seafarersguild.zoom.us/w/88120334511?tk=abc\n\nWebinar ID: 881 2033 4
 511
LOCATION:https://seafarersguild.zoom.us/w/88120334511
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "press-interview",
        "040000008200E00074C5B7101A82E00800000000DD33EE44FF55DC0100000000000000001000000066007711882299AA33BB44CC55DD66EE",
        "press-interview-regional-newspaper",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Unterberg, Nele":mailto:n.unterberg@elbkuesten-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Presse Elbfeeder":mailto:presse@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Ohlsen\,\n\ndanke\, dass Sie für unse
 re Serie "Arbeitsplatz Elbe" zur Verfügung stehen. Interview ca. 45 Minut
 en über den Alltag als Erster Offizier auf einem Feeder\, danach Fotos an D
 eck (Freigabe Pressestelle liegt vor).\n\nNele Unterberg\, Redaktion Wirts
 chaft\n
UID:040000008200E00074C5B7101A82E00800000000DD33EE44FF55DC0100000000000000001000000066007711882299AA33BB44CC55DD66EE
SUMMARY;LANGUAGE=de-DE:Interview Elbküsten-Rundschau (Serie Arbeitsplatz Elbe)
DTSTART;TZID=W. Europe Standard Time:20260311T140000
DTEND;TZID=W. Europe Standard Time:20260311T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260303T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MV Elbe Trader\, Burchardkai
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "research-interview",
        "8i0k2m4o6q8s0u2w4y6a8c0e2g@google.com",
        "research-interview-master-thesis-fatigue",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260212T160000Z
DTEND:20260212T170000Z
DTSTAMP:20260205T100000Z
ORGANIZER;CN=Jana Ehlers:mailto:j.ehlers.masterarbeit@gmail.com
UID:8i0k2m4o6q8s0u2w4y6a8c0e2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
DESCRIPTION:Leitfadeninterview für meine Masterarbeit (Universität Bremen\
 , Arbeitspsychologie): "Ermüdung und Ruhezeiten auf Feederschiffen". Dau
 er ca. 60 Min.\, Aufzeichnung nur mit Ihrer Einwilligung. Vielen Dank!\n\nJ
 oin with Google Meet: https://meet.google.com/jeh-mast-arb\n\nInvitation fr
 om Google Calendar: https://calendar.google.com/calendar/
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Masterarbeit – Ermüdung an Bord (J. Ehlers)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "informational-coffee",
        "E1D2C3B4-A596-4877-8695-A4B3C2D1E0F9",
        "informational-coffee-with-pilot",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260107T201000Z
DTEND;TZID=Europe/Berlin:20260110T113000
DTSTAMP:20260107T201011Z
DTSTART;TZID=Europe/Berlin:20260110T100000
LAST-MODIFIED:20260107T201011Z
LOCATION:Café Strandperle
SEQUENCE:0
SUMMARY:Kaffee m. Kapt. Meier (Elblotse) - wie läuft Auswahlverfahren\\, Ausbildung\\, Verdienst?
TRANSP:OPAQUE
UID:E1D2C3B4-A596-4877-8695-A4B3C2D1E0F9
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "job-fair-visitor",
        "0m2o4q6s8u0w2y4a6c8e0g2i4k@google.com",
        "job-fair-visitor-names-employers",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jan-Hendrik privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260307
DTEND;VALUE=DATE:20260308
DTSTAMP:20260301T120000Z
UID:0m2o4q6s8u0w2y4a6c8e0g2i4k@google.com
CREATED:20260214T150000Z
DESCRIPTION:Maritime Jobbörse Bremen\, Halle 4. Stände: Vesterhav Offshore
 \, Jade Wind Logistics\, Nautikschule Wesermünde. Lebensläufe ausdrucken!
LAST-MODIFIED:20260214T150000Z
LOCATION:Messe Bremen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Maritime Jobbörse Bremen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "reference-call-referee",
        "2o4q6s8u0w2y4a6c8e0g2i4k6m@google.com",
        "reference-call-user-is-referee-known-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260220T090000Z
DTEND:20260220T091500Z
DTSTAMP:20260217T140000Z
ORGANIZER;CN=Marte Lie:mailto:marte.lie@nordlys-expeditions.no
UID:2o4q6s8u0w2y4a6c8e0g2i4k6m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
DESCRIPTION:Hi Jan-Hendrik\, thanks for agreeing to act as a referee for L
 ars Petersen\, who has applied with us as Chief Officer. 15 minutes\, I wi
 ll call you.\nMarte\n\nInvitation from Google Calendar: https://calendar.g
 oogle.com/calendar/
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call re Lars Petersen (Chief Officer candidate)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "prep-block",
        "4q6s8u0w2y4a6c8e0g2i4k6m8o@google.com",
        "prep-block-names-employer-and-stage",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jan-Hendrik privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260217T190000
DTEND;TZID=Europe/Berlin:20260217T210000
DTSTAMP:20260301T120000Z
UID:4q6s8u0w2y4a6c8e0g2i4k6m8o@google.com
CREATED:20260214T150500Z
DESCRIPTION:Case SOV-Kampagne durchrechnen\, Fragen an COO\, DP-Trials nach
 lesen (IMCA M 190)
LAST-MODIFIED:20260214T150500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorbereitung Final Interview Vesterhav
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "thank-you-reminder",
        "0A9B8C7D-6E5F-4A3B-8C2D-1E0F9A8B7C6D",
        "thank-you-note-reminder-after-final",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260217T130000Z
DTEND;VALUE=DATE:20260219
DTSTAMP:20260217T130011Z
DTSTART;VALUE=DATE:20260218
LAST-MODIFIED:20260217T130011Z
SEQUENCE:0
SUMMARY:Dankesmail an Hr. Wiegand + Fr. Holm (HTM) nach Final!
TRANSP:TRANSPARENT
UID:0A9B8C7D-6E5F-4A3B-8C2D-1E0F9A8B7C6D
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20260218T070000Z
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "recruiter-no-employer",
        "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f60@calendly.com",
        "recruiter-call-confidential-client-unnamed",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f60@calendly.com
DTSTAMP:20260226T110000Z
DTSTART:20260302T100000Z
DTEND:20260302T102000Z
SUMMARY:Discovery call (20 min) between Jan-Hendrik Ohlsen and Sarah Quinn
DESCRIPTION:Event Name: Discovery call (20 min)\n\nLocation: Microsoft Tea
 ms\n\nQuestions:\nWhat would you like to discuss?\nYour LinkedIn message 
 about a confidential Master vacancy with "a well-known German product tan
 ker owner" (client not disclosed yet)\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Sarah Quinn:mailto:sarah.quinn@bluewatersearch.co.uk
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "spouse-job-interview",
        "6s8u0w2y4a6c8e0g2i4k6m8o0q@google.com",
        "spouse-vorstellungsgespraech-childcare",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260213T133000
DTEND;TZID=Europe/Berlin:20260213T160000
DTSTAMP:20260209T200000Z
ORGANIZER;CN=Birte Ohlsen:mailto:birte.ohlsen@t-online.de
UID:6s8u0w2y4a6c8e0g2i4k6m8o0q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
DESCRIPTION:Mein Vorstellungsgespräch Klinikum Itzehoe (Stationsleitung) 
 14 Uhr – du holst bitte Jonas + Lena um 14:30 ab!! Danke 
LOCATION:Klinikum Itzehoe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Birte Vorstellungsgespräch -> JH holt Kinder
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "daughter-apprenticeship-interview",
        "A2B3C4D5-E6F7-4809-9A1B-2C3D4E5F6071",
        "daughter-apprenticeship-interview-shipping-company",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260301T101000Z
DTEND;TZID=Europe/Berlin:20260312T113000
DTSTAMP:20260301T101011Z
DTSTART;TZID=Europe/Berlin:20260312T100000
LAST-MODIFIED:20260301T101011Z
LOCATION:Unitas Feeder Lines\\, Am Sandtorkai 60
SEQUENCE:0
SUMMARY:Lena Vorstellungsgespräch Ausbildung Schifffahrtskauffrau (Unitas) - ich fahr sie hin
TRANSP:OPAQUE
UID:A2B3C4D5-E6F7-4809-9A1B-2C3D4E5F6071
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "school-admission-gespraech",
        "8u0w2y4a6c8e0g2i4k6m8o0q2s@google.com",
        "school-admission-aufnahmegespraech-son",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Ohlsen
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260224T150000Z
DTEND:20260224T153000Z
DTSTAMP:20260301T120000Z
UID:8u0w2y4a6c8e0g2i4k6m8o0q2s@google.com
CREATED:20260202T190000Z
DESCRIPTION:Aufnahmegespräch Gymnasium Glückstadt (Jonas\, 5. Klasse) mit
  Schulleiterin\, Birte + JH
LAST-MODIFIED:20260202T190000Z
LOCATION:Gymnasium Glückstadt\, Sekretariat
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aufnahmegespräch Jonas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "bank-beratungsgespraech",
        "termin-ebs-2026-02-0448812@elbufer-sparkasse.de",
        "bank-beratungsgespraech-baufinanzierung",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbufer Sparkasse//Online-Terminvereinbarung//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:termin-ebs-2026-02-0448812@elbufer-sparkasse.de
DTSTAMP:20260203T120000Z
DTSTART;TZID=Europe/Berlin:20260207T100000
DTEND;TZID=Europe/Berlin:20260207T110000
SUMMARY:Beratungsgespräch Baufinanzierung – Elbufer Sparkasse
DESCRIPTION:Ihr Beratungsgespräch mit Herrn Kai Mohr (Baufinanzierung). B
 itte bringen Sie Einkommensnachweise (Heuerabrechnungen der letzten 3 Mon
 ate) mit.
LOCATION:Filiale Glückstadt\, Am Markt 4
ORGANIZER;CN=Elbufer Sparkasse:mailto:termine@elbufer-sparkasse.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=FALSE:mailto:jh.ohlsen@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "spanish-host-family-entrevista",
        "1r3t5v7x9z1b3d5f7h9j1l3n5p@google.com",
        "spanish-entrevista-host-family-exchange",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260225T190000
DTEND;TZID=Europe/Madrid:20260225T193000
DTSTAMP:20260219T180000Z
ORGANIZER;CN=Intercambio Escolar Valencia:mailto:coordinacion@intercambio-valencia.es
UID:1r3t5v7x9z1b3d5f7h9j1l3n5p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Birte Ohlsen;X-NUM-GUESTS=0:mailto:birte.ohlsen@t-online.de
DESCRIPTION:Hola familia Ohlsen\,\n\nentrevista breve por videollamada con 
 la familia anfitriona (familia García Llorens) para el intercambio escola
 r de Lena (abril). Se puede hablar en inglés.\n\nUn saludo\,\nCoordinació
 n Intercambio Escolar Valencia\n\nUnirse con Google Meet: https://meet.goo
 gle.com/int-vlc-ohl
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista familia anfitriona – intercambio Lena
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "french-entretien-boat",
        "040000008200E00074C5B7101A82E00800000000EE44FF550066DC0100000000000000001000000077118822993344AABB55CC66DD77EE88",
        "french-entretien-sailboat-maintenance",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Chantier du Vieux Port":mailto:atelier@chantier-vieuxport-cherbourg.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Ohlsen\,\n\nnous confirmons l'entret
 ien annuel de votre voilier « Möwe » (vidange moteur\, anodes\, contrôle 
 du gréement) avant la mise à l'eau. Merci de déposer les clés à l'accuei
 l.\n\nCordialement\,\nL'atelier\n
UID:040000008200E00074C5B7101A82E00800000000EE44FF550066DC0100000000000000001000000077118822993344AABB55CC66DD77EE88
SUMMARY;LANGUAGE=fr-FR:Entretien annuel voilier Möwe – Chantier du Vieux Port
DTSTART;TZID=Romance Standard Time:20260330T090000
DTEND;TZID=Romance Standard Time:20260330T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T080000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Chantier du Vieux Port\, Cherbourg
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "pilot-info-evening",
        "info-abend-lotsen-2026-01@lotsen-unterelbe.de",
        "pilot-scheme-info-evening-not-selection",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lotsenbrüderschaft Unterelbe//Veranstaltungen//DE
METHOD:PUBLISH
{VTZ_BERLIN}
BEGIN:VEVENT
UID:info-abend-lotsen-2026-01@lotsen-unterelbe.de
DTSTAMP:20251201T090000Z
DTSTART;TZID=Europe/Berlin:20260108T180000
DTEND;TZID=Europe/Berlin:20260108T203000
SUMMARY:Informationsabend für Seelotsen-Interessierte
DESCRIPTION:Sie interessieren sich für den Lotsberuf? Am Informationsaben
 d stellen Lotsen das Revier Elbe\, die Voraussetzungen (Kapitänspatent AG
 \, Fahrzeit)\, die Eignungsprüfung und das Auswahlverfahren vor. Keine An
 meldung erforderlich.
LOCATION:Lotsenhaus Cuxhaven\, Saal
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "recurring-rotation-call",
        "040000008200E00074C5B7101A82E00800000000FF5500661177DC0100000000000000001000000088229933AA44BB55CC66DD77EE88FF99",
        "recurring-crewing-rotation-call-recurrence-id",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Crewing Elbfeeder":mailto:crewing@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Wöchentliche Abstimmung Rotation / Ablösungen\, 
 Crew-Change-Planung und offene Vakanzen Deck.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T080000Z
UID:040000008200E00074C5B7101A82E00800000000FF5500661177DC0100000000000000001000000088229933AA44BB55CC66DD77EE88FF99
SUMMARY;LANGUAGE=de-DE:Rotationsabstimmung Crewing / C/O
DTSTART;TZID=W. Europe Standard Time:20260105T090000
DTEND;TZID=W. Europe Standard Time:20260105T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251230T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Crewing Elbfeeder":mailto:crewing@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Diese Woche Dienstag wegen Feiertag-Planung. Th
 ema zusätzlich: Ablösung C/O im April.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260209T090000
UID:040000008200E00074C5B7101A82E00800000000FF5500661177DC0100000000000000001000000088229933AA44BB55CC66DD77EE88FF99
SUMMARY;LANGUAGE=de-DE:Rotationsabstimmung Crewing / C/O (verschoben)
DTSTART;TZID=W. Europe Standard Time:20260210T090000
DTEND;TZID=W. Europe Standard Time:20260210T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "inspektion-ship-visit",
        "040000008200E00074C5B7101A82E0080000000000661177228DC01000000000000000010000000993344AABB55CC66DD77EE88FF990011",
        "own-company-inspektion-visit-on-board",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Witt, Ansgar (Kapt.)":mailto:a.witt@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MV Elbe Trader Master":mailto:master.elbetrader@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Besuch der Inspektion an Bord während Liegezei
 t Hamburg: Superintendent-Visit (Rundgang Deck/Maschine\, offene Mängel a
 us letzter PSC\, Gespräch mit Kapitän und C/O zu Planned Maintenance).\n
UID:040000008200E00074C5B7101A82E0080000000000661177228DC01000000000000000010000000993344AABB55CC66DD77EE88FF990011
SUMMARY;LANGUAGE=de-DE:Besuch Inspektion an Bord – Kapt. Witt
DTSTART;TZID=W. Europe Standard Time:20260226T130000
DTEND;TZID=W. Europe Standard Time:20260226T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260220T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MV Elbe Trader\, Burchardkai
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "ism-internal-audit",
        "ism-audit-2026-elbetrader@elbfeeder-reederei.de",
        "ism-internal-audit-officer-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ORGANIZER;CN="DPA Elbfeeder":mailto:dpa@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
CLASS:PUBLIC
CREATED:20260301T090000Z
DESCRIPTION:Internal ISM audit MV Elbe Trader. Auditor will interview Mast
 er\, C/O and C/E on SMS implementation\, near-miss reporting and drills. C
 /O: please have the deck logbook and training matrix ready.
DTEND:20260316T150000Z
DTSTAMP:20260301T090000Z
DTSTART:20260316T080000Z
LAST-MODIFIED:20260301T090000Z
LOCATION:MV Elbe Trader
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Internal ISM Audit - interviews with senior officers
TRANSP:OPAQUE
UID:ism-audit-2026-elbetrader@elbfeeder-reederei.de
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "crew-change-joining",
        "10w2y4a6c8e0g2i4k6m8o0q2s4@google.com",
        "crew-change-joining-vessel-multiday",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jan-Hendrik privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260316
DTEND;VALUE=DATE:20260413
DTSTAMP:20260301T120000Z
UID:10w2y4a6c8e0g2i4k6m8o0q2s4@google.com
CREATED:20260120T100000Z
DESCRIPTION:Anmusterung Rotterdam\, Flug HAM-AMS 06:40\, Agent holt ab. Ro
 tation 4 Wochen.
LAST-MODIFIED:20260120T100000Z
LOCATION:Rotterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:An Bord Elbe Trader (Rotation)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "application-photos",
        "B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6E",
        "application-photos-appointment",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260105T110000Z
DTEND;TZID=Europe/Berlin:20260109T163000
DTSTAMP:20260105T110011Z
DTSTART;TZID=Europe/Berlin:20260109T160000
LAST-MODIFIED:20260105T110011Z
LOCATION:Fotostudio Ottensen
SEQUENCE:0
SUMMARY:Bewerbungsfotos (Uniform mitnehmen)
TRANSP:OPAQUE
UID:B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6E
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "vhs-class-interview-skills",
        "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
        "class-about-job-interviews-recurring",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260110T090000Z
LAST-MODIFIED:20260110T090000Z
DTSTAMP:20260110T090000Z
UID:c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f
SUMMARY:VHS-Kurs 26B-114: Souverän im Vorstellungsgespräch
RRULE:FREQ=WEEKLY;COUNT=3
DTSTART;TZID=Europe/Berlin:20260112T183000
DTEND;TZID=Europe/Berlin:20260112T210000
LOCATION:VHS Glückstadt\, Raum 3
DESCRIPTION:3 Abende\, Rollenspiele Vorstellungsgespräch\, Körpersprache\, 
 Gehaltsverhandlung
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "podcast-interview",
        "3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com",
        "podcast-guest-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260115T170000Z
DTEND:20260115T180000Z
DTSTAMP:20260108T100000Z
ORGANIZER;CN=Leinen los Podcast:mailto:redaktion@leinenlos-podcast.de
UID:3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
DESCRIPTION:Aufnahme Folge 47 "Zwischen Kiel-Kanal und Kaikante" – Intervi
 ew mit Jan-Hendrik Ohlsen\, Erster Offizier. Riverside-Link kommt per Mai
 l. Headset bitte!\n\nInvitation from Google Calendar: https://calendar.goo
 gle.com/calendar/
LOCATION:riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Interview "Leinen los" (Folge 47)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _other(
        "stcw-refresher-course",
        "040000008200E00074C5B7101A82E008000000001177228833DC01000000000000000010000000AA44BB55CC66DD77EE88FF9900112233",
        "stcw-refresher-course-at-applied-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Kursverwaltung STZ":mailto:kurse@stz-kiel.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Buchungsbestätigung: Auffrischungslehrgang Bas
 ic Safety / Advanced Fire Fighting (STCW VI/1\, VI/3)\, 2 Tage. Kosten tr
 ägt Elbfeeder Reederei.\n
UID:040000008200E00074C5B7101A82E008000000001177228833DC01000000000000000010000000AA44BB55CC66DD77EE88FF9900112233
SUMMARY;LANGUAGE=de-DE:Auffrischung Basic Safety / Advanced Fire Fighting – STZ Kiel
DTSTART;TZID=W. Europe Standard Time:20260119T080000
DTEND;TZID=W. Europe Standard Time:20260120T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:STZ Kiel\, Brandhaus Übungsgelände
END:VEVENT
END:VCALENDAR
""",
    ),
]
