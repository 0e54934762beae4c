"""holdout131: the user's own interviews with colleges and with two international schools (FR, DE)."""

from __future__ import annotations

from holdout131ev_ics import (
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK,
    UTC_CENTRAL,
    VTZ_CHICAGO,
    WIN_CENTRAL,
    Ev,
    att,
    cal,
    esc,
    meet,
    room,
    teams,
    vtz_windows,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # 45 Workday, head coach named, UTC
    uid = "WD-INT-b41e07c2a95d4f3e8c61d0a7f2e9b583@pwsu.edu"
    desc = ("Interview scheduled\n\nJob requisition: JR-11872 Assistant Coach, Football (Offensive Line)\n"
            "Interviewer(s): Head Coach Calvin Brandt\nInterview type: Video (Zoom link to follow from the "
            "football office)\n\nPiney Woods State University - Human Resources")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250114T170512Z
DTSTART:20250117T150000Z
DTEND:20250117T154500Z
SUMMARY:Interview: JR-11872 Assistant Coach\\, Football (Offensive Line)
DESCRIPTION:{esc(desc)}
ORGANIZER;CN=PWSU Careers:mailto:pwsu@myworkday.com
{att(ME_FREE, ME_CN)}
{att("cbrandt@pwsu.edu", "Calvin Brandt")}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(Ev("workday-head-coach", uid, cal(body, "-//Workday Inc//Workday Recruiting//EN"), 1,
                  "Piney Woods State University", "Assistant Coach, Football (Offensive Line)", "hiring_manager",
                  "cbrandt@pwsu.edu", "workday-utc-en"))

    # 46 Two-day campus visit: daily series with an override for day 2 (same UID)
    uid = "pwsu-football-oncampus-carter-2025@pwsu.edu"
    desc = ("On-campus interview - Assistant Coach, Football (OL)\n"
            "Day 1: staff meeting install, meeting with Coach Brandt and AD Sheila Okonkwo\n"
            "Day 2: practice observation, compliance meeting, exit interview with Coach Brandt\n\n"
            "Travel/hotel arranged by Cody Pratt, Director of Football Operations.")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Pratt, Cody":mailto:cpratt@pwsu.edu
{att(ME_FREE, "DeShawn Carter")}
{att("cbrandt@pwsu.edu", "Brandt, Calvin")}
{att("sokonkwo@pwsu.edu", "Okonkwo, Sheila")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
RRULE:FREQ=DAILY;COUNT=2
UID:{uid}
SUMMARY;LANGUAGE=en-US:PWSU Football - On-Campus Interview (D. Carter)
DTSTART;TZID={WIN_CENTRAL}:20250130T080000
DTEND;TZID={WIN_CENTRAL}:20250130T170000
DTSTAMP:20250122T190000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PWSU Athletics Complex\\, Football Offices
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Pratt, Cody":mailto:cpratt@pwsu.edu
{att(ME_FREE, "DeShawn Carter")}
{att("cbrandt@pwsu.edu", "Brandt, Calvin")}
{att("sokonkwo@pwsu.edu", "Okonkwo, Sheila")}
DESCRIPTION;LANGUAGE=en-US:{esc("Day 2 moved earlier - 6:30 a.m. practice. Flight home at 2:05 p.m.")}
RECURRENCE-ID;TZID={WIN_CENTRAL}:20250131T080000
UID:{uid}
SUMMARY;LANGUAGE=en-US:PWSU Football - On-Campus Interview (D. Carter) - Day 2
DTSTART;TZID={WIN_CENTRAL}:20250131T063000
DTEND;TZID={WIN_CENTRAL}:20250131T123000
DTSTAMP:20250128T150000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:PWSU Practice Fields
END:VEVENT"""
    out.append(Ev("recurring-override-visit", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Piney Woods State University", "Assistant Coach, Football (OL)", "onsite",
                  "cbrandt@pwsu.edu;sokonkwo@pwsu.edu", "recurring-override-campus-visit-en"))

    # 47 Whiteboard/film session with the coordinator (technical), Zoom
    uid = "040000008200E00074C5B7101A82E0080000000092D4E1A7C36ADB01000000000000000010000000E8A5C2F1B4D9076C"
    desc = ("Coach Carter - we'll get on Zoom and have you teach us your 3-technique and shade footwork off "
            "film, then whiteboard a pass-rush plan vs. a 6-man slide. Have clips ready to share.\n"
            "Coach Antoine Sylvester, Defensive Coordinator, Pontchartrain State Football\n\n"
            + zoom("891 0027 6634", "Lions25DL"))
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Sylvester, Antoine":mailto:asylvester@pontchartrain.edu
{att(ME_FREE, "DeShawn Carter")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:DL Coach candidate - film/whiteboard session (Zoom)
DTSTART;TZID="{UTC_CENTRAL}":20250204T190000
DTEND;TZID="{UTC_CENTRAL}":20250204T200000
DTSTAMP:20250131T210000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT"""
    out.append(Ev("film-whiteboard", uid, cal(body, OUTLOOK, tz=vtz_windows(UTC_CENTRAL)), 1,
                  "Pontchartrain State University", "DL Coach", "technical", "asylvester@pontchartrain.edu",
                  "technical-film-session-en"))

    # 48 Cancelled interview with the head coach (METHOD:CANCEL)
    uid = "040000008200E00074C5B7101A82E00800000000A8F3D2C1B09EDB01000000000000000010000000F7C3A0E9D2B1845A"
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Broussard, Kenneth":mailto:kbroussard@pontchartrain.edu
{att(ME_FREE, "DeShawn Carter")}
DESCRIPTION;LANGUAGE=en-US:{esc("Coach - we have to push this. Head coach is on the road recruiting; "
                                  "I'll send a new time. Sorry for the late notice. -Kenny Broussard")}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Canceled: Interview w/ Head Coach Jacques Marcel - DL Coach
DTSTART;TZID={WIN_CENTRAL}:20250211T100000
DTEND;TZID={WIN_CENTRAL}:20250211T110000
DTSTAMP:20250210T221500Z
STATUS:CANCELLED
SEQUENCE:2
PRIORITY:1
LOCATION;LANGUAGE=en-US:Pontchartrain State Football Ops Building
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT"""
    out.append(Ev("cancelled-head-coach", uid, cal(body, OUTLOOK, method="CANCEL", tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Pontchartrain State University", "DL Coach", "hiring_manager", "Jacques Marcel",
                  "cancelled-method-cancel-en"))

    # 49 Calendly booked through the head coach's operations assistant
    uid = "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"
    desc = ("Event Name: Linebackers Coach - Zoom with Coach Barrera\n\n"
            "Booked by: Texas Hill Country University Football Operations (Jenna Pope)\n"
            "Location: This is a Zoom web conference. " + zoom("825 6630 4418", "THCUlb") +
            "\n\nPowered by Calendly.com")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250121T180011Z
DTSTART:20250124T210000Z
DTEND:20250124T214500Z
SUMMARY:Linebackers Coach - Zoom with Coach Barrera
DESCRIPTION:{esc(desc)}
LOCATION:https://us06web.zoom.us/j/82566304418
ORGANIZER;CN=Jenna Pope:mailto:jpope@thcu.edu
{att("rbarrera@thcu.edu", "Rudy Barrera")}
{att(ME_FREE, "DeShawn Carter", stat="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(Ev("calendly-assistant-books", uid, cal(body, "-//Calendly//Calendly//EN"), 1,
                  "Texas Hill Country University", "Linebackers Coach", "hiring_manager", "rbarrera@thcu.edu",
                  "calendly-ops-assistant-en"))

    # 50 Community college search committee, Outlook with X-ALT-DESC and a room
    uid = "040000008200E00074C5B7101A82E0080000000047B9A2D6E1F3DB01000000000000000010000000A3C5E7F9B1D2046E"
    desc = ("You are scheduled for a Search Committee interview for Head Football Coach / Athletic Coordinator "
            "(Posting #FAC-0425).\n\nCommittee: Dean Harold Mbeki (chair), Dr. Sara Lindholm, Coach Wes Pitre, "
            "Rosa Elizondo.\nThe committee asks that you prepare a 10-minute presentation on recruiting a JUCO "
            "roster from Houston-area high schools.\n\nGrace Okafor, Human Resources, Brazos Bend College")
    html = ("<html><body><p>You are scheduled for a <b>Search Committee interview</b> for Head Football Coach / "
            "Athletic Coordinator.</p></body></html>")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Okafor, Grace":mailto:gokafor@brazosbend.edu
{att(ME_FREE, "DeShawn Carter")}
{att("hmbeki@brazosbend.edu", "Mbeki, Harold", role="CHAIR")}
{att("slindholm@brazosbend.edu", "Lindholm, Sara")}
{att("wpitre@brazosbend.edu", "Pitre, Wes")}
{att("relizondo@brazosbend.edu", "Elizondo, Rosa")}
{room("SC-214@brazosbend.edu", "Student Center 214")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Search Committee Interview - Head Football Coach / Athletic Coordinator
DTSTART;TZID={WIN_CENTRAL}:20250225T133000
DTEND;TZID={WIN_CENTRAL}:20250225T143000
DTSTAMP:20250218T200000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Student Center 214
X-ALT-DESC;FMTTYPE=text/html:{esc(html)}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    out.append(Ev("cc-search-committee", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Brazos Bend College", "Head Football Coach / Athletic Coordinator", "onsite",
                  "hmbeki@brazosbend.edu;slindholm@brazosbend.edu;wpitre@brazosbend.edu;relizondo@brazosbend.edu",
                  "outlook-alt-desc-committee-en"))

    # 51 Final with the college president
    uid = "040000008200E00074C5B7101A82E00800000000C2E4A6B8D0F1DB0100000000000000001000000019B3D5F7A9C1E20B"
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Okafor, Grace":mailto:gokafor@brazosbend.edu
{att(ME_FREE, "DeShawn Carter")}
{att("mhuerta@brazosbend.edu", "Huerta, Miriam")}
DESCRIPTION;LANGUAGE=en-US:{esc("Final interview with President Dr. Miriam Huerta. Finalists only.")}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Final Interview - President's Office - HFC/Athletic Coordinator
DTSTART;TZID={WIN_CENTRAL}:20250307T090000
DTEND;TZID={WIN_CENTRAL}:20250307T094500
DTSTAMP:20250303T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Administration Building\\, President's Office
END:VEVENT"""
    out.append(Ev("cc-president-final", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Brazos Bend College", "HFC/Athletic Coordinator", "final", "mhuerta@brazosbend.edu",
                  "outlook-final-president-en"))

    # 52 Junior-college head coach from Gmail
    uid = "6u9x2a5d8g1j4m7p0s3v6y9b2e@google.com"
    desc = ("Talk DL/run game coordinator job at Mesquite Valley. Bring your cut-ups.\n-Coach Hollis\n\n"
            + meet("zfe-hwpm-ugr"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250108T190000
DTEND;TZID=America/Chicago:20250108T200000
DTSTAMP:20250106T230000Z
ORGANIZER;CN=Travis Hollis:mailto:coachthollis@gmail.com
UID:{uid}
{att(ME_FREE, ME_FREE)}
{att("coachthollis@gmail.com", "Travis Hollis", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Carter / Hollis - MVC staff opening
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("gmail-jc-coach", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "Mesquite Valley College",
                  "DL/run game coordinator", "hiring_manager", "coachthollis@gmail.com", "free-mail-head-coach-en"))

    # 53 iCIMS recruiter screen
    uid = "icims-intv-20250128-51722-sabineriver"
    desc = ("Dear DeShawn Carter,\n\nYou are invited to a phone screening for the position Assistant Football "
            "Coach / Strength & Conditioning (Req 51722).\nScreener: Lacey Fontana, HR Recruiter\n\n"
            "Sabine River College | Orange, TX\nThis message was sent via iCIMS.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250124T150000Z
DTSTART:20250128T163000Z
DTEND:20250128T170000Z
SUMMARY:Phone Screening - Assistant Football Coach / Strength & Conditioning
DESCRIPTION:{esc(desc)}
LOCATION:Telephone
ORGANIZER;CN=Sabine River College Recruiting:mailto:sabineriver-recruiting@talent.icims.com
{att(ME_FREE, ME_CN)}
{att("lfontana@sabineriver.edu", "Lacey Fontana")}
END:VEVENT"""
    out.append(Ev("icims-screen", uid, cal(body, "-//iCIMS//iCIMS Talent Platform//EN"), 1, "Sabine River College",
                  "Assistant Football Coach / Strength & Conditioning", "recruiter_screen", "lfontana@sabineriver.edu",
                  "icims-phone-screen-en"))

    # 54 SuccessFactors panel (university uses an acronym)
    uid = "SF-INTV-CBU-0091245-2"
    desc = ("Coastal Bend University - Interview Scheduling\nPosition: Director of Football Operations (Req "
            "0091245)\nPanel: Trey Halvorsen (Senior Associate AD), Mia Castellanos (Football Administration), "
            "Head Coach Derrick Vaughn\n\n" + teams("238 551 904 722", "Cbu9Tq"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250303T200000Z
DTSTART:20250306T183000Z
DTEND:20250306T193000Z
SUMMARY:CBU Panel Interview - Director of Football Operations
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=CBU Talent Acquisition:mailto:noreply@successfactors.com
{att(ME_FREE, ME_CN)}
{att("thalvorsen@cbu.edu", "Trey Halvorsen")}
{att("mcastellanos@cbu.edu", "Mia Castellanos")}
{att("dvaughn@cbu.edu", "Derrick Vaughn")}
END:VEVENT"""
    out.append(Ev("successfactors-panel", uid, cal(body, "-//SAP SuccessFactors//Recruiting//EN"), 1,
                  "Coastal Bend University", "Director of Football Operations", "onsite",
                  "thalvorsen@cbu.edu;mcastellanos@cbu.edu;dvaughn@cbu.edu", "successfactors-panel-en"))

    # 55 University AD invites directly, Google, Teams boilerplate anyway
    uid = "8c1f4i7l0o3r6u9x2a5d8g1j4m@google.com"
    desc = ("Assistant AD for Operations - CTBU Athletics\nInterview with Dr. Lamar Oakes, Director of Athletics.\n"
            "Parking pass at the Ferrell Center front desk.")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250227T100000
DTEND;TZID=America/Chicago:20250227T110000
DTSTAMP:20250224T150000Z
ORGANIZER;CN=Lamar Oakes:mailto:lamar_oakes@ctbu.edu
UID:{uid}
{att(ME_FREE, ME_FREE)}
{att("lamar_oakes@ctbu.edu", "Lamar Oakes", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
LOCATION:Ferrell Center\\, Athletics Director's Suite
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Asst. AD Operations (Carter)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("google-university-ad", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1,
                  "Central Texas Baptist University", "Assistant AD for Operations", "hiring_manager",
                  "lamar_oakes@ctbu.edu", "google-university-en"))

    # 56 Final at a Louisiana university, long folded lines, escaped commas in location
    uid = "040000008200E00074C5B7101A82E00800000000D7F9B1C3E5A2DB01000000000000000010000000C8E0A2B4D6F8191A"
    desc = ("Final round - Assistant Football Coach (Tight Ends) & Recruiting Coordinator - Acadiana Methodist "
            "University Athletics - you will meet Director of Athletics Gilbert Comeaux and Head Football Coach "
            "Remy Fontenot together; please bring your Texas high-school recruiting contact list, your "
            "certification info, and references from your current principal and athletic coordinator.")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Comeaux, Gilbert";SENT-BY="mailto:athletics.admin@amu.edu":mailto:gcomeaux@amu.edu
{att(ME_FREE, "DeShawn Carter")}
{att("rfontenot@amu.edu", "Fontenot, Remy")}
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:FINAL - Asst. Football Coach (TE) & Recruiting Coordinator - Carter
DTSTART;TZID={WIN_CENTRAL}:20250219T140000
DTEND;TZID={WIN_CENTRAL}:20250219T153000
DTSTAMP:20250213T190000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Hebert Athletic Center\\, 2nd floor\\, AMU\\, Lafayette\\, LA
END:VEVENT"""
    out.append(Ev("final-folded", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Acadiana Methodist University", "Assistant Football Coach (Tight Ends) & Recruiting Coordinator",
                  "final", "gcomeaux@amu.edu;rfontenot@amu.edu", "outlook-final-folded-en"))

    # 57 French: head of a French immersion school in Louisiana, Meet
    uid = "0e3h6k9n2q5t8w1z4c7f0i3l6o@google.com"
    desc = ("Bonjour Monsieur Carter,\n\nSuite à votre candidature au poste de directeur sportif (Athletic "
            "Director), je vous propose un entretien en visioconférence avec moi-même et Mme Véronique Aubert, "
            "directrice adjointe.\n\nBien cordialement,\nJean-Baptiste Lemaire\nChef d'établissement, École "
            "Française du Bayou\n\n" + meet("mxa-qpfr-tzc").replace("Join with Google Meet",
                                                                   "Participer avec Google Meet"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250325T163000
DTEND;TZID=America/Chicago:20250325T171500
DTSTAMP:20250320T090000Z
ORGANIZER;CN=Jean-Baptiste Lemaire:mailto:jb.lemaire@efbayou.org
UID:{uid}
{att(ME_FREE, ME_FREE)}
{att("v.aubert@efbayou.org", "Véronique Aubert")}
{att("jb.lemaire@efbayou.org", "Jean-Baptiste Lemaire", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Directeur sportif / Athletic Director (M. Carter)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(Ev("meet-fr", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), 1, "École Française du Bayou",
                  "Directeur sportif / Athletic Director", "hiring_manager",
                  "jb.lemaire@efbayou.org;v.aubert@efbayou.org", "google-meet-fr"))

    # 58 German: Personio first conversation with the school's HR, Houston German school
    uid = "personio-interview-2f6b9d13-7a4e-4c08-b5e2-91d0c3f7a864"
    desc = ("Hallo DeShawn,\n\nvielen Dank für Ihre Bewerbung als Sportkoordinator (m/w/d) / Athletic "
            "Coordinator. Gerne möchten wir Sie zu einem ersten Kennenlerngespräch mit Frau Katrin Vogelsang "
            "(Personal) einladen.\n\nDas Gespräch findet per Microsoft Teams statt; den Link erhalten Sie "
            "separat.\n\nViele Grüße\nIhr Team der Deutschen Schule Houston")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250204T083000Z
DTSTART:20250207T150000Z
DTEND:20250207T153000Z
SUMMARY:Kennenlerngespräch: Sportkoordinator (m/w/d) - DeShawn Carter
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Deutsche Schule Houston:mailto:noreply@personio.de
{att(ME_FREE, ME_CN)}
{att("k.vogelsang@dshouston.org", "Katrin Vogelsang")}
END:VEVENT"""
    out.append(Ev("personio-de", uid, cal(body, "-//Personio GmbH//Personio Recruiting//DE"), 1,
                  "Deutsche Schule Houston", "Sportkoordinator (m/w/d)", "recruiter_screen",
                  "k.vogelsang@dshouston.org", "personio-screen-de"))

    # 59 German: trial lesson (Probestunde) observed by the principal, Outlook in German
    uid = "040000008200E00074C5B7101A82E00800000000E1A3C5B7D9F0DB0100000000000000001000000066D8F0A2C4E6B38C"
    desc = ("Sehr geehrter Herr Carter,\n\nwie besprochen laden wir Sie zu einer Probestunde Sport (Klasse 8, "
            "45 Minuten, Flag Football) mit anschließendem Gespräch ein. Anwesend: Schulleiter Dr. Matthias "
            "Brenner und Fachleitung Sport Frau Anja Küppers.\n\nMit freundlichen Grüßen\nSekretariat der "
            "Deutschen Schule Houston")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Sekretariat DSH":mailto:sekretariat@dshouston.org
{att(ME_FREE, "Carter, DeShawn")}
{att("m.brenner@dshouston.org", "Brenner, Matthias")}
{att("a.kueppers@dshouston.org", "Küppers, Anja")}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Probestunde Sport + Gespräch - Sportkoordinator (Herr Carter)
DTSTART;TZID={WIN_CENTRAL}:20250219T081500
DTEND;TZID={WIN_CENTRAL}:20250219T094500
DTSTAMP:20250212T101000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Turnhalle DSH
END:VEVENT"""
    out.append(Ev("trial-lesson-de", uid, cal(body, OUTLOOK, tz=vtz_windows(WIN_CENTRAL)), 1,
                  "Deutsche Schule Houston", "Sportkoordinator", "technical",
                  "m.brenner@dshouston.org;a.kueppers@dshouston.org", "trial-lesson-de"))

    return out
