"""holdout128: the user's own interviews at dental-product companies (mostly English, ATS and schedulers)."""

from __future__ import annotations

from holdout128ev_ics import (
    GOOGLE,
    MEET_EN,
    OUTLOOK,
    TEAMS_EN,
    UTC1_EN,
    WIN_W_EUROPE,
    ZOOM_EN,
    cal,
    ev,
    fill,
    tz_cet,
    tz_olson,
)

ZH = "Europe/Zurich"


def helvedent_workday() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:WD-INTERVIEW-EVENT-3-77120945@helvedent.myworkday.com",
        "DTSTAMP:20250915T071230Z",
        "DTSTART:20250922T080000Z",
        "DTEND:20250922T083000Z",
        "SUMMARY:Interview Invitation: Clinical Education Specialist DACH (R-10234)",
        "ORGANIZER;CN=Helvedent Talent Acquisition:mailto:helvedent@myworkday.com",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.schnyde"
        "r@bluewin.ch",
        "ATTENDEE;CN=Olivia Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.brunner@helvedent.com",
        r"DESCRIPTION:Dear Martina\,\n\nThank you for your interest in Helvedent. You are invited to an "
        r"interview for the position below.\n\nJob Requisition: R-10234 Clinical Education Specialist DACH "
        r"(f/m/d)\nInterview Type: Recruiter Interview (virtual)\nInterviewer: Olivia Brunner\, Talent "
        r"Acquisition Partner\nDuration: 30 minutes\n" + fill(TEAMS_EN, id="ZTA5YjM4MWQtOGE2ZS00YzRjLWI1ZTQtNTI4"
        "ZjA3ZGMxMWI2", mid="351 227 604 019", pc="7uFm9D") + r"\nKind regards\,\nHelvedent AG | Winterthur\n"
        r"This message was sent from Workday.",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("workday-recruiter-en", cal("-//Workday Inc//Workday Calendar//EN", body), pos=True,
              company="Helvedent", role="Clinical Education Specialist DACH (f/m/d)", stage="recruiter_screen",
              interviewers="olivia.brunner@helvedent.com", trap="workday-teams-en")


def helvedent_meet_hm() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20250930T170000",
        "DTEND;TZID=Europe/Zurich:20250930T174500",
        "DTSTAMP:20250923T112408Z",
        "ORGANIZER;CN=Thomas Kägi:mailto:thomas.kaegi@helvedent.com",
        "UID:1e7a3c9f5b2d4f6a8c0e2b4d6f8a0c3e@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Kägi;X-NUM-GUESTS="
        "0:mailto:thomas.kaegi@helvedent.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Hi Martina\, looking forward to our conversation about the Clinical Education role. I "
        r"lead Professional Education for DACH – we'll talk about how you run hands-on workshops for "
        r"practice teams. Best\, Thomas" + fill(MEET_EN, code="hgt-vbnq-ros", pin="311", pin2="902 447 115"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Martina <> Thomas | Helvedent",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-meet-hm-en", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True, company="Helvedent",
              role="Clinical Education", stage="hiring_manager", interviewers="thomas.kaegi@helvedent.com",
              trap="angle-bracket-title-en")


def helvedent_cancel() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Brunner, Olivia\":mailto:olivia.brunner@helvedent.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kägi, Thomas\":mailto:thomas.kaegi@he"
        "lvedent.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Moser, Sandrine\":mailto:sandrine.mos"
        "er@helvedent.com",
        r"DESCRIPTION;LANGUAGE=en-US:Dear Martina\, unfortunately we have to cancel the final interview as "
        r"Sandrine is ill. I will send new slots shortly – apologies for the inconvenience.\nOlivia\n",
        "UID:040000008200E00074C5B7101A82E0080000000018B7C6D5E43BDC01000000000000000010000000CC33DD44EE55FF667788",
        "SUMMARY;LANGUAGE=en-US:Canceled: Final interview – Clinical Education Specialist DACH (Helvedent)",
        f"DTSTART;TZID=\"{UTC1_EN}\":20251013T140000",
        f"DTEND;TZID=\"{UTC1_EN}\":20251013T150000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20251010T063055Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-US:Helvedent AG\\, Zürcherstrasse 310\\, Winterthur – Room Säntis",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "END:VEVENT",
    ]
    return ev("outlook-cancel-final-en", cal(OUTLOOK, body, method="CANCEL", tz=tz_cet(UTC1_EN)), pos=True,
              company="Helvedent", role="Clinical Education Specialist DACH", stage="final",
              interviewers="thomas.kaegi@helvedent.com;sandrine.moser@helvedent.com",
              trap="cancelled-final-coordinator-en")


def sonaris_goodtime_phone() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:goodtime-2f9c41a7-63e0-4b58-a1d2-8c7e5f3b0d64",
        "DTSTAMP:20250911T151020Z",
        "DTSTART:20250918T113000Z",
        "DTEND:20250918T120000Z",
        "SUMMARY:Phone Screen: Martina Schnyder / Clinical Trainer – Ultrasonic Systems",
        "ORGANIZER;CN=Mia Rossi:mailto:mia.rossi@sonaris-medical.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Leonie Hartmann;ROLE=REQ-PARTICIPANT:mailto:leonie.hartmann@sonaris-medical.ch",
        r"DESCRIPTION:Hi Martina\,\n\nThanks for making time to speak with Sonaris Medical! Leonie Hartmann "
        r"(Talent Acquisition) will call you at +41 79 512 33 87.\n\nInterviewer: Leonie Hartmann\n"
        r"Scheduled by: Mia Rossi\, Recruiting Coordinator\n\nNeed to reschedule? Reply to this email and "
        r"Mia will help.\n\nSent with GoodTime",
        "LOCATION:Phone call – Sonaris will call you",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("goodtime-phone-screen-en", cal("-//GoodTime.io//GoodTime Hire//EN", body), pos=True,
              company="Sonaris Medical", role="Clinical Trainer – Ultrasonic Systems", stage="recruiter_screen",
              interviewers="leonie.hartmann@sonaris-medical.ch", trap="goodtime-coordinator-organizer-en")


def sonaris_greenhouse() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "UID:greenhouse-interview-19928374-0@sonaris-medical.greenhouse.io",
        "DTSTAMP:20250926T092211Z",
        "DTSTART:20251002T080000Z",
        "DTEND:20251002T093000Z",
        "SUMMARY:Interview with Sonaris Medical – Clinical Trainer (Ultrasonic Systems)",
        "ORGANIZER;CN=Mia Rossi:mailto:mia.rossi@sonaris-medical.ch",
        "ATTENDEE;CN=Martina Schnyder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CN=Kai Brunner;ROLE=REQ-PARTICIPANT:mailto:kai.brunner@sonaris-medical.ch",
        "ATTENDEE;CN=Elena Marti;ROLE=REQ-PARTICIPANT:mailto:elena.marti@sonaris-medical.ch",
        r"DESCRIPTION:Hi Martina\,\n\nYour interview with Sonaris Medical is confirmed. Here is your "
        r"schedule (all times CEST):\n\n10:00 – 10:45  Hands-on Skills: scaler set-up and a short "
        r"training demo – Kai Brunner\, Senior Clinical Trainer\n10:45 – 11:30  Clinical Knowledge & "
        r"Didactics – Dr. Elena Marti\, Head of Clinical Affairs\n\nPlease prepare a 10-minute mini "
        r"training for a practice team (any topic).\n" + fill(ZOOM_EN, who="Mia Rossi", mid="84201774563",
                                                              pc="Q2xpbmljYWxUcmFpbmVy", mid_sp="842 0177 4563",
                                                              code="610044")
        + r"\nBest\,\nMia Rossi\nRecruiting Coordinator",
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return ev("greenhouse-technical-zoom-en", cal("-//Greenhouse Software//Greenhouse//EN", body), pos=True,
              company="Sonaris Medical", role="Clinical Trainer (Ultrasonic Systems)", stage="technical",
              interviewers="kai.brunner@sonaris-medical.ch;elena.marti@sonaris-medical.ch",
              trap="greenhouse-schedule-coordinator-en")


def sonaris_onsite() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251014T090000",
        "DTEND;TZID=Europe/Zurich:20251014T123000",
        "DTSTAMP:20251006T145901Z",
        "ORGANIZER;CN=Elena Marti:mailto:elena.marti@sonaris-medical.ch",
        "UID:5c1e7a3f9b4d6f8a0c2e4a6c8e0a2c5f@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Marti;X-NUM-GUESTS="
        "0:mailto:elena.marti@sonaris-medical.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rolf Bachmann;X-NUM-GUEST"
        "S=0:mailto:rolf.bachmann@sonaris-medical.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=WIN-Training Lab (12);X-NUM-GUESTS=0:"
        "mailto:c_188a7f3b2e9d@resource.calendar.google.com",
        r"DESCRIPTION:Dear Martina\, we'd love to welcome you in Winterthur for the final round: a tour of "
        r"our training lab\, a session with Rolf Bachmann (Managing Director Switzerland) and lunch with the "
        r"clinical team. See you at reception\, Elena",
        "LOCATION:Sonaris Medical AG\\, Im Link 7\\, 8404 Winterthur",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Final round on-site – Martina Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-onsite-final-resource-en", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True,
              company="Sonaris Medical", stage="final",
              interviewers="elena.marti@sonaris-medical.ch;rolf.bachmann@sonaris-medical.ch",
              trap="final-onsite-resource-en")


def bioclara_lever() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20250919T090000Z",
        "DTEND:20250919T093000Z",
        "DTSTAMP:20250912T160100Z",
        "ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@bioclara.com",
        "UID:7e3a9c5b1d0f2a4c6e8b0d2f4a6c8e1b@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Lindqvist;X-NUM-GU"
        "ESTS=0:mailto:hannah.lindqvist@bioclara.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        r"DESCRIPTION:Hi Martina\,\n\nLooking forward to our chat about the Professional Relations Manager "
        r"(Dental Hygiene\, Switzerland) role at Bioclara Oral Health. It's an informal 30-minute intro "
        r"call – no preparation needed.\n\nHannah Lindqvist\nSenior Talent Partner\, EMEA\n\nScheduled with "
        r"Lever" + fill(MEET_EN, code="qer-mvzx-pwb", pin="107", pin2="338 571 204"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Bioclara – Recruiter Call – Martina Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("lever-recruiter-call-en", cal(GOOGLE, body), pos=True, company="Bioclara Oral Health",
              role="Professional Relations Manager (Dental Hygiene, Switzerland)", stage="recruiter_screen",
              interviewers="hannah.lindqvist@bioclara.com", trap="lever-informal-intro-en")


def bioclara_case() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lindqvist, Hannah\":mailto:hannah.lindqvist@bioclara.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@bluewin.ch:mailto:mart"
        "ina.schnyder@bluewin.ch",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Stucki, Philipp\":mailto:philipp.stucki@b"
        "ioclara.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Okafor, Grace\":mailto:grace.okafor@biocl"
        "ara.com",
        r"DESCRIPTION;LANGUAGE=en-GB:Hi Martina\,\n\nAs discussed\, next step is a case presentation (20 min + "
        r"25 min Q&A): «Design a patient-education programme on interdental cleaning for 40 practices in "
        r"German-speaking Switzerland». Panel: Philipp Stucki (Head of Professional Relations CH) and Grace "
        r"Okafor (Scientific Affairs). I'll join only for the first 5 minutes.\n\nHannah\n"
        + fill(TEAMS_EN, id="YjE1ZDcyMWUtNWE0NC00MTcwLTk3ZWItMDk2YTQ2OWRhMTJm", mid="398 104 662 771", pc="Cq8tR2"),
        "UID:040000008200E00074C5B7101A82E0080000000029C8D7E6F53BDC01000000000000000010000000DD44EE55FF6677889900",
        "SUMMARY;LANGUAGE=en-GB:Case presentation – Bioclara – M. Schnyder",
        f"DTSTART;TZID={WIN_W_EUROPE}:20251008T140000",
        f"DTEND;TZID={WIN_W_EUROPE}:20251008T144500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250930T083031Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "END:VEVENT",
    ]
    return ev("outlook-case-panel-en", cal(OUTLOOK, body, tz=tz_cet(WIN_W_EUROPE)), pos=True,
              company="Bioclara Oral Health", stage="technical",
              interviewers="philipp.stucki@bioclara.com;grace.okafor@bioclara.com",
              trap="case-presentation-recruiter-drops-en")


def bioclara_rescheduled() -> dict[str, str]:
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20251106T100000",
        "DTEND;TZID=Europe/Zurich:20251106T130000",
        "DTSTAMP:20251029T101544Z",
        "ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@bioclara.com",
        "UID:9a5c1e7b3d2f4a6c8e0b2d4f6a8c0e3d@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.schnyder@blue"
        "win.ch;X-NUM-GUESTS=0:mailto:martina.schnyder@bluewin.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Philipp Stucki;X-NUM-GUEST"
        "S=0:mailto:philipp.stucki@bioclara.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Anja Wettstein;X-NUM-"
        "GUESTS=0:mailto:anja.wettstein@bioclara.com",
        r"DESCRIPTION:Hi Martina – as mentioned on the phone\, we had to move the final round from 4 to 6 "
        r"November (Anja is at the EuroPerio board meeting). Same programme: meeting Dr. Anja Wettstein "
        r"(General Manager Switzerland) and Philipp\, then lunch at the canteen. Reception\, Building 3.\n"
        r"Thanks for your flexibility!\nHannah",
        "LOCATION:Bioclara Oral Health AG\\, Hochbergerstrasse 60\\, 4057 Basel",
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        "SUMMARY:Final round (moved) – Bioclara Basel – Martina Schnyder",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return ev("google-rescheduled-final-en", cal(GOOGLE, body, tz=tz_olson(ZH)), pos=True,
              company="Bioclara Oral Health", stage="final",
              interviewers="anja.wettstein@bioclara.com;philipp.stucki@bioclara.com",
              trap="rescheduled-sequence-final-en")


EVENTS = [
    helvedent_workday, helvedent_meet_hm, helvedent_cancel, sonaris_goodtime_phone, sonaris_greenhouse,
    sonaris_onsite, bioclara_lever, bioclara_case, bioclara_rescheduled,
]
