"""holdout79: the user's own interviews in English, part A — ATS and scheduler shapes (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet, teams, zoom
from holdout79ev_ics import ME, UTC_AMS, WEUROPE, alarm, cal, esc, ev, html, label, outlook_x


def cerulean_gh() -> dict[str, object]:
    uid = "gh-interview-39200418-2@greenhouse.io"
    body = ("Hi Amélie,\n\nThank you for your interest in Cerulean Biologics! You're confirmed for the following "
            "interview for the Associate Director, Regulatory Affairs EU role:\n\nInterviewer: Martin Hollis, "
            "Executive Director Regulatory Affairs Europe (hiring manager)\nDuration: 45 minutes\n\n"
            "If you need to reschedule, please reply to this email and your Recruiting Coordinator, Priya Raman, "
            "will help.\n\n" + zoom("en", "Martin Hollis", "91577204388", "cVx8RmT2kQpL1z") +
            "\n\nCerulean Biologics Europe B.V. · Gustav Mahlerplein 28 · Amsterdam")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260303T161800Z", "DTSTART:20260309T140000Z", "DTEND:20260309T144500Z",
        "SUMMARY:Interview: Amélie Fontaine for Associate Director\\, Regulatory Affairs EU",
        f"DESCRIPTION:{esc(body)}", "LOCATION:https://cerulean.zoom.us/j/91577204388",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@cerulean-bio.com",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:{ME}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martin Hollis:mailto:martin.hollis@cerulean-bio.com",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    )
    return label("greenhouse-en", cal("-//Greenhouse Software//Greenhouse Recruiting//EN", e), uid, 1,
                 "Cerulean Biologics", "Associate Director, Regulatory Affairs EU", "hiring_manager",
                 "martin.hollis@cerulean-bio.com", "greenhouse-escaped-comma-en")


def kestrel_lever() -> dict[str, object]:
    uid = "lever-8d6c1f4e-2a39-4b70-9e15-c7f3a0d2b8e6"
    body = ("Hi Amélie,\n\nLooking forward to our intro call about the Head of Regulatory & Quality role at Kestrel "
            "Bio. We'll cover your background, what we're building (first-in-human in 2027) and next steps.\n\n"
            "Talk soon,\nRosa Lindqvist\nTalent Partner\n\n" + meet("en", "kbx-fnwe-tqa") +
            "\n\nScheduled with Lever")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260210T090233Z", "DTSTART:20260213T100000Z", "DTEND:20260213T103000Z",
        "SUMMARY:Amélie Fontaine <> Kestrel Bio: Intro call", f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://meet.google.com/kbx-fnwe-tqa",
        "ORGANIZER;CN=Rosa Lindqvist:mailto:rosa@kestrel.bio",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Rosa Lindqvist;PARTSTAT=ACCEPTED:mailto:rosa@kestrel.bio", "STATUS:CONFIRMED",
    )
    return label("lever-intro-en", cal("-//Lever//Lever Hire//EN", e), uid, 1, "Kestrel Bio",
                 "Head of Regulatory & Quality", "recruiter_screen", "rosa@kestrel.bio", "lever-intro-call-en")


def sequoia_ashby() -> dict[str, object]:
    uid = "ashby-iv-3f0e7b2c-91d4-4c6a-8e57-0b2d6a9c1f43@ashbyhq.com"
    body = ("Hi Amélie,\n\nHere is your onsite schedule for Medical Affairs Manager, Benelux & DACH at Sequoia Rare "
            "Diseases, Baarerstrasse 75, Zug.\n\n09:30 – 10:15  Dr. Franziska Imhof, Head of Medical Affairs\n"
            "10:15 – 11:00  Luca Bernasconi, Medical Science Liaison Lead\n11:15 – 12:00  Emma Lindgren, Market "
            "Access Director\n12:00 – 13:00  Lunch with the team\n\nOur Candidate Experience lead, Noemi Frei, "
            "will meet you at reception and is your point of contact for travel reimbursement.\n\n"
            "Powered by Ashby")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260401T081500Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Zurich:20260410T093000", "DTEND;TZID=Europe/Zurich:20260410T130000",
        "SUMMARY:Onsite Interview – Medical Affairs Manager\\, Benelux & DACH | Sequoia Rare Diseases",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Sequoia Rare Diseases AG\\, Baarerstrasse 75\\, 6300 Zug",
        "ORGANIZER;CN=Noemi Frei:mailto:noemi.frei@sequoia-rd.com",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Franziska Imhof;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:franziska.imhof@sequoia-rd.com",
        "ATTENDEE;CN=Luca Bernasconi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:"
        "luca.bernasconi@sequoia-rd.com",
        "ATTENDEE;CN=Emma Lindgren;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:emma.lindgren@sequoia-rd.com",
        "ATTENDEE;CN=Noemi Frei;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noemi.frei@sequoia-rd.com",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=ZG-3.14 Rigi:mailto:zg-rigi@sequoia-rd.com",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    )
    return label("ashby-onsite-en", cal("-//Ashby//Ashby Scheduling//EN", e, tz=("Europe/Zurich",)), uid, 1,
                 "Sequoia Rare Diseases", "Medical Affairs Manager, Benelux & DACH", "onsite",
                 "franziska.imhof@sequoia-rd.com;luca.bernasconi@sequoia-rd.com;emma.lindgren@sequoia-rd.com",
                 "ashby-onsite-schedule-room-en")


def helvepharm_wd() -> dict[str, object]:
    uid = "WD-INTERVIEW-R0042117-3-20260318@helvepharm.wd103.myworkday.com"
    body = ("Dear Amélie Fontaine,\n\nYou have been scheduled for the following interview.\n\nJob Requisition: "
            "R0042117 Regulatory Affairs Manager CMC (m/f/d)\nInterview Type: Technical Interview\n"
            "Interviewers: Dr. Reto Baumgartner (Director Regulatory CMC); Aline Schmid (Senior Manager "
            "Regulatory CMC)\nLocation: Microsoft Teams (link below)\n\n" + teams("en", "402118775630", "Wn5xT2") +
            "\n\nThis is a system generated message from Helvepharm Talent Acquisition.")
    e = ev(
        "DTSTAMP:20260312T131200Z", f"UID:{uid}", "SEQUENCE:0",
        "ORGANIZER;CN=Helvepharm Talent Acquisition:mailto:helvepharm@myworkday.com",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Reto Baumgartner;ROLE=REQ-PARTICIPANT:mailto:reto.baumgartner@helvepharm.ch",
        "ATTENDEE;CN=Aline Schmid;ROLE=REQ-PARTICIPANT:mailto:aline.schmid@helvepharm.ch",
        "DTSTART:20260318T130000Z", "DTEND:20260318T140000Z",
        "SUMMARY:Interview - Regulatory Affairs Manager CMC (m/f/d) - R0042117", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams", "STATUS:CONFIRMED",
    )
    return label("workday-en", cal("-//Workday//Workday Recruiting//EN", e), uid, 1, "Helvepharm",
                 "Regulatory Affairs Manager CMC", "technical",
                 "reto.baumgartner@helvepharm.ch;aline.schmid@helvepharm.ch", "workday-technical-en")


def northfield_icims() -> dict[str, object]:
    uid = "icims-evt-20260227-118245-northfieldbio"
    body = ("Dear Amélie,\n\nThank you for applying to Northfield Biologics. This confirms your Phone Screen for "
            "Quality Compliance Specialist (Req #2026-1182, Braine-l'Alleud, Belgium).\n\nA member of our "
            "Talent Acquisition team, Hannah Cole, will call you at the number provided in your application.\n\n"
            "Best regards,\nNorthfield Biologics Talent Acquisition\n\nPlease do not reply to this automated "
            "message. Powered by iCIMS.")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260223T150010Z", "DTSTART:20260227T143000Z", "DTEND:20260227T150000Z",
        "SUMMARY:Phone Screen - Quality Compliance Specialist - Northfield Biologics",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Phone call",
        "ORGANIZER;CN=Northfield Biologics Careers:mailto:careers-noreply@icims.com",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Hannah Cole:mailto:hannah.cole@northfieldbio.com",
    )
    return label("icims-phone-en", cal("-//iCIMS//iCIMS Talent Platform//EN", e), uid, 1, "Northfield Biologics",
                 "Quality Compliance Specialist", "recruiter_screen", "hannah.cole@northfieldbio.com",
                 "icims-phone-screen-en")


def alpenrose_sf() -> dict[str, object]:
    uid = "SF-IV-00018734-20260320@alpenrose.successfactors.eu"
    body = ("Dear Ms. Fontaine,\n\nWe are pleased to invite you to an interview for the position of Pharmacovigilance "
            "Lead Europe (Job ID 18734).\n\nYou will meet your future line manager, Dr. Thomas Wyss, Global Head "
            "of Drug Safety.\n\nPlease bring: ID, diplomas and work certificates (Arbeitszeugnisse) if available.\n"
            "Location: Alpenrose Biologics AG, Gubelstrasse 11, 6300 Zug, Reception ground floor.\n\n"
            "Kind regards,\nSimone Kälin\nHR Specialist Recruiting")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260313T071022Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Zurich:20260320T140000", "DTEND;TZID=Europe/Zurich:20260320T150000",
        "SUMMARY:Interview invitation: Pharmacovigilance Lead Europe", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Alpenrose Biologics AG\\, Gubelstrasse 11\\, Zug",
        "ORGANIZER;CN=Simone Kälin:mailto:simone.kaelin@alpenrose-bio.com",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}",
        "ATTENDEE;CN=Thomas Wyss;PARTSTAT=ACCEPTED:mailto:thomas.wyss@alpenrose-bio.com",
        "CLASS:PUBLIC", "STATUS:CONFIRMED",
    )
    return label("successfactors-en", cal("-//SAP SuccessFactors//Recruiting//EN", e, tz=("Europe/Zurich",)), uid,
                 1, "Alpenrose Biologics", "Pharmacovigilance Lead Europe", "hiring_manager",
                 "thomas.wyss@alpenrose-bio.com", "successfactors-line-manager-en")


def rheinknie_goodtime() -> dict[str, object]:
    uid = "goodtime-7421c0e8b3f94d25a6e1@goodtime.io"
    body = ("Rheinknie Therapeutics | Final Panel – Amélie Fontaine\nRole: Regulatory Strategy Lead (Rare Disease)\n\n"
            "Panel:\n• Dr. Ursula Brenner – Chief Development Officer\n• Mathieu Favre – VP Regulatory Affairs\n"
            "• Keiko Tanaka – Head of Clinical Operations\n\nCoordinator (will not attend): Lea Hofer, "
            "lea.hofer@rheinknie-tx.ch\n\n" + zoom("en", "Lea Hofer", "86340018275", "rKt7NbQ1mZ0w") +
            "\n\nScheduled via GoodTime. To request a change, contact your coordinator.")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260428T084510Z", "DTSTART:20260505T120000Z", "DTEND:20260505T133000Z",
        "SUMMARY:Rheinknie Therapeutics | Final Panel – Amélie Fontaine", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Zoom", "ORGANIZER;CN=Lea Hofer:mailto:lea.hofer@rheinknie-tx.ch",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Ursula Brenner;PARTSTAT=ACCEPTED:mailto:ursula.brenner@rheinknie-tx.ch",
        "ATTENDEE;CN=Mathieu Favre;PARTSTAT=ACCEPTED:mailto:mathieu.favre@rheinknie-tx.ch",
        "ATTENDEE;CN=Keiko Tanaka;PARTSTAT=ACCEPTED:mailto:keiko.tanaka@rheinknie-tx.ch",
        "STATUS:CONFIRMED",
    )
    return label("goodtime-en", cal("-//GoodTime//GoodTime Hire//EN", e), uid, 1, "Rheinknie Therapeutics",
                 "Regulatory Strategy Lead (Rare Disease)", "final",
                 "ursula.brenner@rheinknie-tx.ch;mathieu.favre@rheinknie-tx.ch;keiko.tanaka@rheinknie-tx.ch",
                 "goodtime-panel-coordinator-en")


def zeeland_ml() -> dict[str, object]:
    uid = "ml-evt-0c94e7d1a2b3@modernloop.io"
    body = ("Case Study Presentation – Regulatory Strategy\nCandidate: Amélie Fontaine\nPosition: Senior Manager "
            "Regulatory Affairs (Biologics)\n\nPlease prepare a 20-minute presentation of the case you received "
            "(scientific advice strategy for a biosimilar), followed by Q&A.\n\nInterviewers:\n- Sanne de Vries "
            "(Director Regulatory Affairs)\n- Dr. Pieter Kok (Regulatory CMC Lead)\n\n"
            + teams("en", "733092114588", "Pz3kF7") + "\n\nSent with ModernLoop on behalf of Zeeland Biosciences")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260325T121400Z", "SEQUENCE:1",
        "DTSTART;TZID=Europe/Amsterdam:20260331T150000", "DTEND;TZID=Europe/Amsterdam:20260331T160000",
        "SUMMARY:Zeeland Biosciences – Case Study Presentation (Regulatory Strategy)", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams Meeting",
        "ORGANIZER;CN=Zeeland Biosciences Recruiting:mailto:recruiting@zeelandbio.nl",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Sanne de Vries;PARTSTAT=ACCEPTED:mailto:sanne.devries@zeelandbio.nl",
        "ATTENDEE;CN=Pieter Kok;PARTSTAT=ACCEPTED:mailto:pieter.kok@zeelandbio.nl",
        "STATUS:CONFIRMED",
    )
    return label("modernloop-case-en", cal("-//ModernLoop//ModernLoop Scheduler//EN", e, tz=("Europe/Amsterdam",)),
                 uid, 1, "Zeeland Biosciences", "Senior Manager Regulatory Affairs (Biologics)", "technical",
                 "sanne.devries@zeelandbio.nl;pieter.kok@zeelandbio.nl", "modernloop-case-presentation-en")


def noordkade_workable() -> dict[str, object]:
    uid = "workable-event-5fa1c7e0932d48b6"
    body = ("Hi Amélie,\n\nThanks for applying for the Regulatory Affairs Specialist (MDR) position at Noordkade "
            "Health. Our talent team would like to get to know you in a first video interview with Joris "
            "Hendriks.\n\nJoin: https://noordkade.whereby.com/talent-joris\n\nBest,\nThe Noordkade Health team\n\n"
            "Sent via Workable")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260302T170055Z", "DTSTART:20260306T083000Z", "DTEND:20260306T090000Z",
        "SUMMARY:Video interview: Amélie Fontaine - Regulatory Affairs Specialist (MDR)",
        f"DESCRIPTION:{esc(body)}", "LOCATION:https://noordkade.whereby.com/talent-joris",
        "ORGANIZER;CN=Joris Hendriks:mailto:joris@noordkade.health",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}",
    )
    return label("workable-en", cal("-//Workable//Workable Calendar//EN", e), uid, 1, "Noordkade Health",
                 "Regulatory Affairs Specialist (MDR)", "recruiter_screen", "joris@noordkade.health",
                 "workable-whereby-en")


def oranjewoud_outlook() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000E6F1B3D95AB1DC01000000000000000010000000"
           "5A3C1E9F7B2D4C6E8F0A1B3C5D7E9F21")
    body = ("Dear Amélie,\n\nAs discussed with our recruiter, I'd like to invite you for an interview for the "
            "Medical Information Manager position in my team. We will meet at our Utrecht office (Papendorpseweg "
            "100, 7th floor) – please report to the reception, they will call my assistant Ilse.\n\n"
            "Kind regards,\nMarleen van Dijk\nHead of Medical Affairs Benelux\nOranjewoud Pharma B.V.")
    e = ev(
        'ORGANIZER;CN="van Dijk, Marleen";SENT-BY="mailto:ilse.brouwer@oranjewoudpharma.nl":mailto:'
        "marleen.vandijk@oranjewoudpharma.nl",
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fontaine, Amélie":mailto:{ME}',
        'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brouwer, Ilse":mailto:'
        "ilse.brouwer@oranjewoudpharma.nl",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=UTR-07.02 Meeting Room Dom:mailto:"
        "utr-0702-dom@oranjewoudpharma.nl",
        f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Interview Amélie Fontaine - Medical Information Manager",
        f"DTSTART;TZID={WEUROPE}:20260407T100000", f"DTEND;TZID={WEUROPE}:20260407T111500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260330T092016Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:UTR-07.02 Meeting Room Dom", *outlook_x(), html(body), *alarm(15),
    )
    return label("outlook-sentby-en", cal("Microsoft Exchange Server 2010", e, tz=(WEUROPE,)), uid, 1,
                 "Oranjewoud Pharma", "Medical Information Manager", "hiring_manager",
                 "marleen.vandijk@oranjewoudpharma.nl", "outlook-sent-by-room-en")


def limmat_teams() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000B9E4C17A36ABDC01000000000000000010000000"
           "E2F4A6C8D0B1E3F5A7C9D1E3F5A7B9C2")
    body = ("Hello Amélie,\n\nAs agreed, here is the technical interview for the RA/QA Manager IVD role. We would "
            "like to go through IVDR classification, performance evaluation and your experience with audits. "
            "My colleague Yannick will join.\n\nBest regards\nNicole Meier\nHead of Quality & Regulatory\n"
            "Limmat Diagnostics AG\n\n" + teams("en", "285390014472", "Kx2Jr8"))
    e = ev(
        'ORGANIZER;CN="Meier, Nicole":mailto:nicole.meier@limmatdx.ch',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rochat, Yannick":mailto:'
        "yannick.rochat@limmatdx.ch",
        f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Technical interview RA/QA Manager IVD",
        f'DTSTART;TZID="{UTC_AMS}":20260323T153000', f'DTEND;TZID="{UTC_AMS}":20260323T163000',
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260317T110500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", *outlook_x(), html(body),
    )
    return label("teams-utc-zone-en", cal("Microsoft Exchange Server 2010", e, tz=(UTC_AMS,)), uid, 1,
                 "Limmat Diagnostics", "RA/QA Manager IVD", "technical",
                 "nicole.meier@limmatdx.ch;yannick.rochat@limmatdx.ch", "outlook-utc-label-zone-en")


def events() -> list[dict[str, object]]:
    return [cerulean_gh(), kestrel_lever(), sequoia_ashby(), helvepharm_wd(), northfield_icims(), alpenrose_sf(),
            rheinknie_goodtime(), zeeland_ml(), noordkade_workable(), oranjewoud_outlook(), limmat_teams()]
