"""holdout79: the user's own interviews in English, part B — agencies, founders, notes, a recurring hold
(written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet, meet_footer, webex
from holdout79ev_ics import ME, alarm, cal, esc, ev, label

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def vlietland_agency() -> dict[str, object]:
    uid = "kv-int-20260319-0873@kv-lifesciences.com"
    body = ("Hi Amélie,\n\nGreat news – Vlietland Therapeutics would like to meet you for the Senior Regulatory "
            "Affairs Specialist role (Leiden, hybrid 3/2).\n\nYou'll be speaking with Dr. Joost Verhoeven, "
            "Director Regulatory Affairs, who the role reports into. It's a video call; he'll send the Teams "
            "link directly.\n\nI'll give you a ring on Tuesday to prep. Good luck!\n\nSarah Whitfield\n"
            "Principal Consultant, Regulatory & Quality\nKendrick & Vale Life Sciences\n+44 20 3966 1420")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260313T104455Z", "DTSTART;TZID=Europe/Amsterdam:20260319T110000",
        "DTEND;TZID=Europe/Amsterdam:20260319T120000",
        "SUMMARY:Interview confirmed: Vlietland Therapeutics – Senior Regulatory Affairs Specialist",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Microsoft Teams (link from client)",
        "ORGANIZER;CN=Sarah Whitfield:mailto:sarah.whitfield@kv-lifesciences.com",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}",
        "STATUS:CONFIRMED", "SEQUENCE:0",
    )
    return label("agency-en", cal("-//Bullhorn//Bullhorn Calendar//EN", e, tz=("Europe/Amsterdam",)), uid, 1,
                 "Vlietland Therapeutics", "Senior Regulatory Affairs Specialist", "hiring_manager", "Joost Verhoeven",
                 "agency-names-employer-en")


def ostara_calendly() -> dict[str, object]:
    uid = "c41e9a07-6d2b-4f85-b3e0-8a7f12d5c9e6"
    body = ("Event Name: Talent screen – Medical Writer / Medical Affairs Consultant\n\nInvitee: Amélie Fontaine\n"
            f"Invitee Email: {ME}\n\nQuestions:\nWhich role are you applying for? Senior Medical Affairs "
            "Consultant\nLinkedIn profile: linkedin.com/in/ameliefontaine-pharmd\n\nLocation: This is a Google "
            "Meet web conference. https://meet.google.com/uyt-rmqe-kzb\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/c41e9a07\nReschedule: https://calendly.com/reschedulings/"
            "c41e9a07\n\nPowered by Calendly.com")
    e = ev(
        "DTSTART:20260318T123000Z", "DTEND:20260318T130000Z", "DTSTAMP:20260311T214010Z",
        "ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@ostara-medcomms.com", f"UID:{uid}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femke Jansen:mailto:"
        "femke.jansen@ostara-medcomms.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amélie Fontaine:mailto:{ME}",
        f"DESCRIPTION:{esc(body)}", "LOCATION:https://meet.google.com/uyt-rmqe-kzb", "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Amélie Fontaine and Femke Jansen (Ostara MedComms)", "TRANSP:OPAQUE",
    )
    return label("calendly-en", cal("-//Calendly//Calendly//EN", e), uid, 1, "Ostara MedComms",
                 "Senior Medical Affairs Consultant", "recruiter_screen", "femke.jansen@ostara-medcomms.com",
                 "calendly-talent-screen-en")


def cerulean_deepdive() -> dict[str, object]:
    uid = "2v0h6n3p9e1t4g7y5r8w2s6k1m@google.com"
    body = ("Hi Amélie – following your conversation with Martin, this is the technical deep dive with our "
            "regulatory CMC and labelling leads (EU submissions, variations, post-approval changes). No "
            "preparation needed beyond your CV.\n\nMarta Kowalska & Ben Okafor\n\n" + meet("en", "hzq-tpvn-wyc")
            + meet_footer("en"))
    e = ev(
        "DTSTART:20260320T090000Z", "DTEND:20260320T100000Z", "DTSTAMP:20260314T120442Z",
        "ORGANIZER;CN=Marta Kowalska:mailto:marta.kowalska@cerulean-bio.com", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};"
        f"X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Kowalska;"
        "X-NUM-GUESTS=0:mailto:marta.kowalska@cerulean-bio.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ben Okafor;"
        "X-NUM-GUESTS=0:mailto:ben.okafor@cerulean-bio.com",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/hzq-tpvn-wyc", "CREATED:20260314T120440Z",
        f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260314T120442Z", "LOCATION:", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Cerulean – technical deep dive (Reg CMC + labelling) / Amélie",
        "TRANSP:OPAQUE",
    )
    return label("google-technical-en", cal(GOOGLE, e, calscale=True), uid, 1, "Cerulean Biologics", "", "technical",
                 "marta.kowalska@cerulean-bio.com;ben.okafor@cerulean-bio.com", "google-deep-dive-en")


def lysandre_terse() -> dict[str, object]:
    uid = "9a4c7e21-5b3d-4f60-8c19-2e7d0b6a3f58"
    e = ev(
        "CREATED:20260402T192215Z", "LAST-MODIFIED:20260402T192240Z", "DTSTAMP:20260402T192240Z", f"UID:{uid}",
        "SUMMARY:Final w/ CEO Lysandre Tx (QA Mgr)", "DTSTART:20260408T160000", "DTEND:20260408T170000",
        "DESCRIPTION:video\\, link in mail from Chloé. ask re: relocation of QA to new site + team size",
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:1",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT30M", "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    )
    return label("thunderbird-note-en", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", e, method=None),
                 uid, 1, "Lysandre Therapeutics", "QA Mgr", "final", "", "terse-floating-note-en")


def sequoia_phone() -> dict[str, object]:
    uid = "D4B7E0A1-9C3F-42E8-A5B6-7F1D2C0E8B39"
    e = ev(
        "CREATED:20260319T174410Z", "DTEND;TZID=Europe/Brussels:20260324T091500", "DTSTAMP:20260319T174433Z",
        "DTSTART;TZID=Europe/Brussels:20260324T090000", "LAST-MODIFIED:20260319T174433Z",
        "LOCATION:They call my mobile", "SEQUENCE:0",
        "SUMMARY:Phone screen Sequoia RD – Noemi (TA)",
        "DESCRIPTION:Med Affairs Mgr Benelux/DACH. Salary range? Zug 3 days/wk?", f"UID:{uid}",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *alarm(10, "Reminder"),
    )
    return label("apple-phone-note-en", cal("-//Apple Inc.//iPhone OS 17.4//EN", e, method=None,
                                            tz=("apple:Europe/Brussels",), calscale=True),
                 uid, 1, "Sequoia Rare Diseases", "Med Affairs Mgr Benelux/DACH", "recruiter_screen", "Noemi",
                 "apple-phone-note-abbrev-en")


def noordzee_calcom() -> dict[str, object]:
    uid = "calcom-8Hq2vZk5RmT1nXw7@cal.com"
    body = ("What: 45 min between Bram Willems and Amélie Fontaine\nInvitee time zone: Europe/Brussels\n\n"
            "Who:\nBram Willems - Organizer\nbram.willems@proton.me\nAmélie Fontaine\n" + ME + "\n\n"
            "Where: https://cal.com/video/8Hq2vZk5RmT1nXw7\n\nAdditional notes: Hi Amélie, thanks for reaching "
            "out about the Head of Quality role at Noordzee Peptides (we'd be your first QA hire, GMP pilot plant "
            "in Oostende). Looking forward! Bram\n\nNeed to make a change? Reschedule or Cancel: "
            "https://cal.com/booking/8Hq2vZk5RmT1nXw7")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260316T202014Z", "DTSTART:20260320T153000Z", "DTEND:20260320T161500Z",
        "SUMMARY:45 min between Bram Willems and Amélie Fontaine", f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://cal.com/video/8Hq2vZk5RmT1nXw7",
        "ORGANIZER;CN=Bram Willems:mailto:bram.willems@proton.me",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:{ME}",
        "STATUS:CONFIRMED",
    )
    return label("calcom-founder-en", cal("-//Cal.com Inc.//Cal.com Event//EN", e), uid, 1, "Noordzee Peptides",
                 "Head of Quality", "", "bram.willems@proton.me", "calcom-proton-founder-en")


def orbital_lever() -> dict[str, object]:
    uid = "lever-1b7e3c9a-0d42-4e85-a6f1-5c2b8d9e0f37"
    body = ("Hi Amélie,\n\nNext step for the Regulatory Affairs Specialist IVDR role: a conversation with two "
            "future colleagues from Clinical Affairs and Quality, Lotte Maes and Karim El Amrani. It's a two-way "
            "conversation about how the team works day to day.\n\nElise\nTalent, Orbital Diagnostics\n\n"
            + meet("en", "oab-xrtk-cmu") + "\n\nScheduled with Lever")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260415T100144Z", "DTSTART:20260422T080000Z", "DTEND:20260422T084500Z",
        "SUMMARY:Amélie Fontaine <> Orbital Diagnostics: Team conversation", f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://meet.google.com/oab-xrtk-cmu",
        "ORGANIZER;CN=Elise Demoulin:mailto:elise.demoulin@orbitaldx.com",
        f"ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Lotte Maes;PARTSTAT=ACCEPTED:mailto:lotte.maes@orbitaldx.com",
        "ATTENDEE;CN=Karim El Amrani;PARTSTAT=ACCEPTED:mailto:karim.elamrani@orbitaldx.com",
        "STATUS:CONFIRMED",
    )
    return label("lever-team-en", cal("-//Lever//Lever Hire//EN", e), uid, 1, "Orbital Diagnostics",
                 "Regulatory Affairs Specialist IVDR", "", "lotte.maes@orbitaldx.com;karim.elamrani@orbitaldx.com",
                 "lever-peer-conversation-no-stage-en")


def helvepharm_recurring() -> dict[str, object]:
    uid = "5t8r2e6w0q4y1u9i3o7p5a2s8d@google.com"
    body = ("Assessment days – Regulatory Affairs Manager CMC (R0042117)\n\nDay 1: site tour Basel-Klybeck, "
            "interview with Dr. Reto Baumgartner (Director Regulatory CMC) and a written exercise (variation "
            "classification).\nDay 2: presentation of your exercise to the CMC leadership team (Aline Schmid, "
            "Dr. Felix Gerber).\n\nSabine Keller (HR) coordinates your visit and will meet you at reception both days. "
            "Hotel: Hotel Krafft, Rheingasse 12 (booked by Helvepharm).")
    day2 = ("Day 2 starts later: the leadership team is in a board meeting until 10:00. Presentation with Aline "
            "Schmid and Dr. Felix Gerber. Sabine will collect you at the hotel at 10:15.")
    common = [
        "ORGANIZER;CN=Sabine Keller:mailto:sabine.keller@helvepharm.ch", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:"
        f"mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Reto Baumgartner;"
        "X-NUM-GUESTS=0:mailto:reto.baumgartner@helvepharm.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aline Schmid;"
        "X-NUM-GUESTS=0:mailto:aline.schmid@helvepharm.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Felix Gerber;"
        "X-NUM-GUESTS=0:mailto:felix.gerber@helvepharm.ch",
    ]
    master = ev(
        "DTSTART;TZID=Europe/Zurich:20260407T090000", "DTEND;TZID=Europe/Zurich:20260407T160000",
        "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20260327T093012Z", *common, "CREATED:20260327T092950Z",
        f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260327T093012Z",
        "LOCATION:Helvepharm AG\\, Klybeckstrasse 141\\, 4057 Basel", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Helvepharm – Assessment Days (onsite\\, Basel)", "TRANSP:OPAQUE",
    )
    override = ev(
        "DTSTART;TZID=Europe/Zurich:20260408T103000", "DTEND;TZID=Europe/Zurich:20260408T150000",
        "DTSTAMP:20260402T141500Z", *common, "RECURRENCE-ID;TZID=Europe/Zurich:20260408T090000",
        "CREATED:20260327T092950Z", f"DESCRIPTION:{esc(day2)}", "LAST-MODIFIED:20260402T141500Z",
        "LOCATION:Helvepharm AG\\, Klybeckstrasse 141\\, 4057 Basel", "SEQUENCE:1", "STATUS:CONFIRMED",
        "SUMMARY:Helvepharm – Assessment Days (onsite\\, Basel)", "TRANSP:OPAQUE",
    )
    return label("recurring-override-en", cal(GOOGLE, master, override, tz=("Europe/Zurich",), calscale=True), uid,
                 1, "Helvepharm", "Regulatory Affairs Manager CMC", "onsite",
                 "reto.baumgartner@helvepharm.ch;aline.schmid@helvepharm.ch;felix.gerber@helvepharm.ch",
                 "recurring-daily-override-en")


def kestrel_export() -> dict[str, object]:
    uid = "8b3n5m7k9j1h3g5f7d9s1a3p5o@google.com"
    body = ("Take-home review: walk us through your draft IMPD quality section outline and the risks you flagged. "
            "With Dr. Nils Ekström (CSO) and Rosa Lindqvist (Talent, notes only).\n\n" + meet("en", "kzr-eqfw-pjd"))
    e = ev(
        "DTSTART:20260226T133000Z", "DTEND:20260226T143000Z", "DTSTAMP:20260301T080000Z", f"UID:{uid}",
        "ORGANIZER;CN=Rosa Lindqvist:mailto:rosa@kestrel.bio",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nils Ekström;X-NUM-GUESTS=0:"
        "mailto:nils@kestrel.bio",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rosa Lindqvist;X-NUM-GUESTS=0:"
        "mailto:rosa@kestrel.bio",
        "CREATED:20260219T101500Z", f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260219T101812Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Kestrel Bio – take-home review (technical)", "TRANSP:OPAQUE",
    )
    return label("google-export-en", cal(GOOGLE, e, method="PUBLISH", calscale=True,
                                         head=("X-WR-CALNAME:Job search", "X-WR-TIMEZONE:Europe/Brussels",
                                               "X-WR-CALDESC:")),
                 uid, 1, "Kestrel Bio", "", "technical", "nils@kestrel.bio", "x-wr-timezone-export-en")


def brabantia_webex() -> dict[str, object]:
    uid = "b1f7d3a9e5c24086a2e4c6b8d0f1a3c5@brabantiabio.webex.com"
    body = ("Hello Amélie,\n\nThank you for your time so far. Please find below the invitation for the final round "
            "for the Medical Science Liaison – Oncology position: a 20-minute presentation of a recent oncology "
            "publication of your choice to our Medical Director Benelux, Dr. Hilde Vandamme, and MSL Team Lead "
            "Bart Smeets, followed by questions.\n\nBest regards,\nLotte Verhaegen\nTalent Acquisition Partner\n\n"
            + webex("en", "brabantiabio", "26611870043", "Mx4Rd9"))
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260309T110000Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Brussels:20260313T100000", "DTEND;TZID=Europe/Brussels:20260313T111500",
        "SUMMARY:Brabantia Bio | Final round – MSL Oncology", f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://brabantiabio.webex.com/meet/l.verhaegen",
        "ORGANIZER;CN=Lotte Verhaegen:mailto:lotte.verhaegen@brabantiabio.com",
        f"ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Hilde Vandamme;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hilde.vandamme@brabantiabio.com",
        "ATTENDEE;CN=Bart Smeets;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bart.smeets@brabantiabio.com",
        "STATUS:CONFIRMED",
    )
    return label("webex-final-en", cal("-//Cisco//Webex Meetings//EN", e, tz=("Europe/Brussels",)), uid, 1,
                 "Brabantia Biologics", "Medical Science Liaison – Oncology", "final",
                 "hilde.vandamme@brabantiabio.com;bart.smeets@brabantiabio.com", "webex-final-presentation-en")


def events() -> list[dict[str, object]]:
    return [vlietland_agency(), ostara_calendly(), cerulean_deepdive(), lysandre_terse(), sequoia_phone(),
            noordzee_calcom(), orbital_lever(), helvepharm_recurring(), kestrel_export(), brabantia_webex()]

