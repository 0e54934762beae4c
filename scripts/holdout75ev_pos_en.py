"""holdout75: the user's own interviews, mostly in English (schedulers, agencies, terse notes), and Kourou."""

from __future__ import annotations

from holdout75ev_ics import APPLE, GOOGLE, ME, OUTLOOK, PARIS, ROMANCE, cal, google_footer, meet, pos, teams, zoom

EVENTS: list[dict[str, str]] = []

_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

# Airvia Group: graduate programme competency interview with the line manager, London HR, GMT zone.
EVENTS.append(pos("outlook-gmt-competency-en", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Hughes, Rebecca":mailto:rebecca.hughes@airvia-group.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kowalski, Piotr":mailto:piotr.kowalski@airvia-group.com
    DESCRIPTION;LANGUAGE=en-GB:{D}
    UID:040000008200E00074C5B7101A82E00800000000334AC5D6E7F8DC0100000000000000001000000053C4D5E6F708192A3B4C5D6E7F809102
    SUMMARY;LANGUAGE=en-GB:{S}
    DTSTART;TZID=GMT Standard Time:20251202T090000
    DTEND;TZID=GMT Standard Time:20251202T100000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251124T161000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(_GMT,),
    S="Airvia Engineering Graduate Programme – Competency Interview (Line Manager)",
    D="Dear Nadia,\n\nThank you for completing the online assessments. I'm pleased to invite you to a "
      "competency-based interview with me, as your prospective line manager in Toulouse (Cabin Systems), and "
      "Piotr Kowalski, Graduate Programme Lead. Please note the time is shown in UK time: 10:00 in Toulouse.\n\n"
      "Best wishes,\nRebecca Hughes\nAirvia Group\n\n" + teams("en", "362 004 771 552", "Lk2Fs9")),
    "Airvia Group", "Engineering Graduate Programme", "hiring_manager",
    "rebecca.hughes@airvia-group.com;piotr.kowalski@airvia-group.com", "outlook-gmt-zone-graduate-en",
    forms="Airvia"))

# Meridian Launch Services: Greenhouse panel, rescheduled (same UID, higher SEQUENCE), coordinator.
EVENTS.append(pos("greenhouse-rescheduled-en", cal("""
    BEGIN:VEVENT
    UID:greenhouse-interview-4410927003-meridianlaunch
    DTSTAMP:20251114T103000Z
    DTSTART:20251120T130000Z
    DTEND:20251120T143000Z
    SEQUENCE:2
    SUMMARY:{S}
    ORGANIZER;CN=Priya Raman:mailto:priya.raman@meridianlaunch.space
    ATTENDEE;CN=Ana Ribeiro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana.ribeiro@meridianlaunch.space
    ATTENDEE;CN=Tom Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.okafor@meridianlaunch.space
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Greenhouse Software Inc.//Greenhouse Scheduling//EN",
    S="Rescheduled: Interview with Meridian Launch Services – Propulsion Test Engineer",
    L="Zoom – link below",
    D="Hi Nadia,\n\nAs requested, your technical panel has moved to Thursday, November 20.\n\n"
      "14:00 - 14:45 CET  Fluid systems & test benches – Ana Ribeiro, Senior Test Engineer\n"
      "14:45 - 15:30 CET  Data acquisition & instrumentation – Tom Okafor, Test Lead\n\n"
      "I'm your recruiting coordinator and won't be on the call.\n\nPriya Raman\nRecruiting Coordinator, "
      "Meridian Launch Services\n\n" + zoom("en", "meridianlaunch", "812 7701 3349", "TWVyaWRpYW4")),
    "Meridian Launch Services", "Propulsion Test Engineer", "technical",
    "ana.ribeiro@meridianlaunch.space;tom.okafor@meridianlaunch.space", "greenhouse-rescheduled-coordinator-en",
    forms="Meridian"))

# Meridian Launch Services: GoodTime final round.
EVENTS.append(pos("goodtime-final-en", cal("""
    BEGIN:VEVENT
    UID:goodtime-7c1e9d2a-meridian-final-nb
    DTSTAMP:20251126T090000Z
    DTSTART:20251203T150000Z
    DTEND:20251203T160000Z
    SUMMARY:{S}
    ORGANIZER;CN=Meridian Launch Services Scheduling:mailto:scheduling@meridianlaunch.space
    ATTENDEE;CN=Hannah Whitfield;PARTSTAT=ACCEPTED:mailto:hannah.whitfield@meridianlaunch.space
    ATTENDEE;CN=Louis Bertin;PARTSTAT=ACCEPTED:mailto:louis.bertin@meridianlaunch.space
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Zoom
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//GoodTime.io//GoodTime Hire//EN",
    S="Final Interview: Nadia Benali / Meridian Launch Services",
    D="Hello Nadia,\n\nYour final interview for Propulsion Test Engineer is confirmed.\n\nInterviewers:\n"
      "- Hannah Whitfield, VP Engineering\n- Louis Bertin, Head of Propulsion (Kourou / Paris)\n\n"
      + zoom("en", "meridianlaunch", "845 1120 6671", "RmluYWxNTFM") + "\n\nScheduled with GoodTime."),
    "Meridian Launch Services", "Propulsion Test Engineer", "final",
    "hannah.whitfield@meridianlaunch.space;louis.bertin@meridianlaunch.space", "goodtime-final-en",
    forms="Meridian"))

# Cirrus Flight Test Services: Lever phone screen.
EVENTS.append(pos("lever-phone-en", cal("""
    BEGIN:VEVENT
    UID:lever-interview-0e4a8c62-11b7-4d9f-a3e5-7f2b6c1d8e90
    DTSTAMP:20250922T131500Z
    DTSTART:20250925T083000Z
    DTEND:20250925T090000Z
    SUMMARY:Nadia Benali <> Cirrus FTS – Phone Screen
    ORGANIZER;CN=Emily Carter:mailto:emily.carter@cirrus-fts.com
    ATTENDEE;CN=Emily Carter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:emily.carter@cirrus-fts.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Phone call – Emily will call +33 6 12 48 90 37
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Lever//Lever Hire Scheduling//EN",
    D="Hi Nadia,\n\nThanks for applying for the Flight Test Instrumentation Engineer role in Toulouse. This is a "
      "30-minute call with me to go over your background and logistics.\n\nEmily Carter\nTalent Partner, Cirrus "
      "Flight Test Services"),
    "Cirrus Flight Test Services", "Flight Test Instrumentation Engineer", "recruiter_screen",
    "emily.carter@cirrus-fts.com", "lever-phone-abbrev-subject-en", forms="Cirrus FTS|Cirrus"))

# Kerlune Space: Cal.com booking, hiring manager.
EVENTS.append(pos("calcom-manager-en", cal("""
    BEGIN:VEVENT
    UID:b7d3e1f0a2c44e8f9b6a5d4c3e2f1a0b@Cal.com
    DTSTAMP:20251016T141000Z
    DTSTART:20251021T130000Z
    DTEND:20251021T134500Z
    SUMMARY:{S}
    ORGANIZER;CN=Erwan Le Bihan:mailto:erwan@kerlune.space
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:""" + ME + """
    LOCATION:https://app.cal.com/video/b7d3e1f0a2c4
    DESCRIPTION:{D}
    STATUS:CONFIRMED
    END:VEVENT
    """, "-//Cal.com Inc.//Cal.com Event//EN",
    S="Hiring manager interview between Erwan Le Bihan and Nadia Benali",
    D="What:\nHiring manager interview\n\nWho:\nErwan Le Bihan - Organizer\nerwan@kerlune.space\n\nNadia Benali\n"
      "nadia.benali.aero@gmail.com\n\nWhere:\nCal Video https://app.cal.com/video/b7d3e1f0a2c4\n\n"
      "Additional notes:\nApplication – Mission Analysis Engineer (Kerlune Space, Brest)\n\n"
      "Need to make a change? https://app.cal.com/booking/b7d3e1f0a2c4"),
    "Kerlune Space", "Mission Analysis Engineer", "hiring_manager", "erwan@kerlune.space", "calcom-manager-en",
    forms="Kerlune"))

# Orbitale Constellations: ModernLoop technical panel, coordinator does not interview.
EVENTS.append(pos("modernloop-panel-en", cal("""
    BEGIN:VEVENT
    UID:ml-evt-2f9a1c7e-orbitale-28841
    DTSTAMP:20251127T100000Z
    DTSTART;TZID=Europe/Paris:20251204T100000
    DTEND;TZID=Europe/Paris:20251204T123000
    SUMMARY:{S}
    ORGANIZER;CN=Orbitale Recruiting:mailto:recruiting@orbitale.io
    ATTENDEE;CN=Yann Keraudren;PARTSTAT=ACCEPTED:mailto:yann.keraudren@orbitale.io
    ATTENDEE;CN=Chiara Bellini;PARTSTAT=ACCEPTED:mailto:chiara.bellini@orbitale.io
    ATTENDEE;CN=Dev Malhotra;PARTSTAT=ACCEPTED:mailto:dev.malhotra@orbitale.io
    ATTENDEE;CN=Samira Haddou;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:samira.haddou@orbitale.io
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:https://meet.google.com/orb-pnlx-kqz
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//ModernLoop//ModernLoop Scheduling//EN", tzs=(PARIS,),
    S="Orbitale Constellations – Technical Interviews – Nadia Benali",
    D="Hi Nadia,\n\nHere is your technical interview block for the Constellation Operations Engineer role:\n"
      "10:00 Orbit mechanics & station-keeping – Yann Keraudren\n10:45 Ground segment & ops tooling – "
      "Chiara Bellini\n11:30 Anomaly investigation exercise – Dev Malhotra\n\nSamira (recruiter) will drop in "
      "at the end for logistics only.\n\n" + meet("en", "orb-pnlx-kqz", "611 902 337")
      + "\n\nScheduled with ModernLoop"),
    "Orbitale Constellations", "Constellation Operations Engineer", "technical",
    "yann.keraudren@orbitale.io;chiara.bellini@orbitale.io;dev.malhotra@orbitale.io",
    "modernloop-panel-coordinator-en", forms="Orbitale"))

# Orbitale Constellations: the user's own terse note for the earlier phone screen (macOS, floating).
EVENTS.append(pos("handtyped-mac-screen-en", cal("""
    BEGIN:VEVENT
    UID:E2B7F0C4-8A19-4C6D-B3E5-71D0A9F26C48
    DTSTAMP:20251114T205133Z
    CREATED:20251114T205121Z
    DTSTART:20251118T113000
    DTEND:20251118T120000
    SUMMARY:phone screen Orbitale (Samira)
    DESCRIPTION:{D}
    X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
    END:VEVENT
    """, APPLE, method=None,
    D="constellation ops engineer role\nshe calls me - have CV + STK project notes open"),
    "Orbitale Constellations", "constellation ops engineer", "recruiter_screen", "samira",
    "handtyped-floating-en", forms="Orbitale"))

# Aerovolt: "chat" from the hiring manager that is really an interview.
EVENTS.append(pos("google-chat-manager-en", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251029T160000
    DTEND;TZID=Europe/Paris:20251029T163000
    DTSTAMP:20251024T090500Z
    ORGANIZER;CN=Lucas Fontaine:mailto:lucas.fontaine@aerovolt.aero
    UID:8q2w4e6r8t0y2u4i6o8p0a2s4d@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucas Fontaine;X-NUM-GUESTS=0
    |:mailto:lucas.fontaine@aerovolt.aero
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    X-GOOGLE-CONFERENCE:https://meet.google.com/avt-flcs-hmx
    DESCRIPTION:{D}
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Chat with Nadia – Flight Controls Engineer
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Hi Nadia,\n\nI'm the hiring manager for the Flight Controls Engineer opening you applied to. Let's have a "
      "30-minute chat about your control-law work and what we're building on our eVTOL demonstrator. Expect a "
      "couple of technical questions.\n\nLucas Fontaine\nHead of Flight Controls, Aerovolt\n\n"
      + meet("en", "avt-flcs-hmx", "390 115 482") + google_footer("en", "lucas.fontaine@aerovolt.aero")),
    "Aerovolt", "Flight Controls Engineer", "hiring_manager", "lucas.fontaine@aerovolt.aero",
    "chat-titled-manager-interview-en"))

# Lorraine Optronique: headhunter sends the client's interview, Zoom.
EVENTS.append(pos("headhunter-client-en", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Grant, Oliver":mailto:oliver.grant@hunterkite.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Marchal:mailto:claire.marchal@lorraine-optronique.fr
    DESCRIPTION;LANGUAGE=en-GB:{D}
    UID:040000008200E00074C5B7101A82E00800000000449BD6E7F809DC0100000000000000001000000064D5E6F708192A3B4C5D6E7F80910213
    SUMMARY;LANGUAGE=en-GB:{S}
    DTSTART;TZID=Romance Standard Time:20251208T140000
    DTEND;TZID=Romance Standard Time:20251208T150000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251201T171500Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-GB:Zoom
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Interview: Lorraine Optronique – Optical Systems Engineer – Nadia Benali",
    D="Hi Nadia,\n\nGreat news – our client Lorraine Optronique would like to meet you. This first interview is "
      "with Dr Claire Marchal, who leads the Optical Systems team in Metz and is the hiring manager. I won't "
      "join, but call me afterwards.\n\nOliver Grant\nHunter & Kite Executive Search\n\n"
      + zoom("en", "hunterkite", "861 3300 2719", "SEtMT3B0cm9u")),
    "Lorraine Optronique", "Optical Systems Engineer", "hiring_manager", "claire.marchal@lorraine-optronique.fr",
    "headhunter-names-client-en"))

# Guyane Lanceurs Services: Teams invite from Kourou, Windows zone at UTC-03:00, French.
EVENTS.append(pos("outlook-cayenne-zone-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Bertrand-Lima, Joël":mailto:joel.bertrand-lima@guyane-lanceurs.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000EE1570879203DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=SA Eastern Standard Time:20251211T100000
    DTEND;TZID=SA Eastern Standard Time:20251211T110000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251203T131500Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=("""BEGIN:VTIMEZONE
    TZID:SA Eastern Standard Time
    BEGIN:STANDARD
    DTSTART:16010101T000000
    TZOFFSETFROM:-0300
    TZOFFSETTO:-0300
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010101T000000
    TZOFFSETFROM:-0300
    TZOFFSETTO:-0300
    END:DAYLIGHT
    END:VTIMEZONE""",),
    S="Entretien – Ingénieure Opérations Sol (Kourou) – Mme Benali",
    D="Bonjour Madame Benali,\n\nJe suis chef du service Opérations Sol et je recrute pour le poste "
      "d'Ingénieure Opérations Sol basé à Kourou. Je vous propose un entretien en visio à 10h heure de Guyane, "
      "soit 14h à Paris.\n\nCordialement,\nJoël Bertrand-Lima\nGuyane Lanceurs Services\n\n"
      + teams("fr", "329 610 884 502", "Gk3Ls7")),
    "Guyane Lanceurs Services", "Ingénieure Opérations Sol", "hiring_manager",
    "joel.bertrand-lima@guyane-lanceurs.fr", "outlook-utc-minus3-zone-fr"))
