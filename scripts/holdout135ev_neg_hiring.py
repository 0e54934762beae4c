"""holdout135: the user on the hiring side at Ponsonby Vets (vet nurses, new-grad vets, receptionists)."""

from __future__ import annotations

import holdout135ev_ics as x
from holdout135ev_ics import WORK, att, cal, ev, flt, item, me, org, room, teams, tz, utc, zoom

NZ = "Pacific/Auckland"
SUE = ("sue@ponsonbyvets.co.nz", "Sue Armstrong")
ANA = ("ana.fifita@ponsonbyvets.co.nz", "Ana Fifita")
KERI = ("keri@ponsonbyvets.co.nz", "Keri Walsh")
RICH = ("richard.lowe@ponsonbyvets.co.nz", "Richard Lowe")
PV_ROOM = room("consult4@ponsonbyvets.co.nz", "Consult Room 4 / Meeting")


def _w(ps: str = "ACCEPTED") -> str:
    return me(WORK, ps)


def _neg(kind: str, text: str, uid: str, trap: str) -> dict:
    return item(kind, text, uid, 0, trap=trap)


def events() -> list[dict]:
    out: list[dict] = []
    uid = "040000008200E00074C5B7101A82E00800000000PV01A1B2C3D4DC01000000000000000010000000PV01"
    text = cal([ev(uid, "Interview – Vet Nurse candidate: Aroha Te Rangi", tz("New Zealand Standard Time",
                   "20250917T130000"), tz("New Zealand Standard Time", "20250917T134500"),
                   organizer=org(*SUE), attendees=[_w("NEEDS-ACTION"), att(*KERI), att("aroha.terangi@gmail.com",
                                                                                      "Aroha Te Rangi"), PV_ROOM],
                   desc="Hemi + Keri interviewing. Aroha is finishing her NZCAT at Unitec, currently at a Westgate "
                        "clinic. CV attached in Employment Hero. Scorecard after please.\nSue",
                   loc="Consult Room 4 / Meeting", stamp="20250911T220000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-nurse-interview", text, uid, "user-as-interviewer-vet-nurse-candidate-gmail-en"))

    uid = "2a7d1k9s0f3h5j8l6n4p2r0t1v@google.com"
    text = cal([ev(uid, "NG interview L. Chen – me + Ana", tz(NZ, "20250919T163000"), tz(NZ, "20250919T171500"),
                   organizer=org(WORK, "Hemi Walker"), desc="new grad vet. HCU class of '25. zoom link in email",
                   stamp="20250915T083000Z")], method=None, tzs=(x.AKL,))
    out.append(_neg("pv-hand-newgrad", text, uid, "user-as-interviewer-hand-typed-en"))

    uid = "c4f7a1e9-6b2d-4e8f-a0c3-58d1e7b9f2a6"
    body = ("Event Name: Vet nurse phone screen (20 min)\n\nLocation: Hemi Walker will call you.\n\nInvitee: "
            "Priya Nair\nInvitee Email: priya.nair93@hotmail.com\nQuestions: Which role are you applying for? "
            "Veterinary Nurse – full time\n\nNeed to make changes to this event?\nCancel: https://calendly.com/"
            "cancellations/c4f7a1e9\n\nPowered by Calendly.com")
    text = cal([ev(uid, "Priya Nair and Hemi Walker", utc("20250923T000000"), utc("20250923T002000"),
                   organizer=org(WORK, "Hemi Walker"), attendees=[att("priya.nair93@hotmail.com", "Priya Nair",
                                                                      ps="ACCEPTED")],
                   desc=body, loc="+64 22 555 3190", stamp="20250918T041200Z")], prodid="-//Calendly//EN")
    out.append(_neg("pv-calendly-host", text, uid, "user-as-interviewer-calendly-host-en"))

    uid = "eh-task-scorecard-55102@employmenthero.com"
    text = cal([ev(uid, "Scorecard due – New Graduate Veterinarian – candidate J. Park", tz(NZ, "20250922T090000"),
                   tz(NZ, "20250922T091500"), organizer=org("notifications@employmenthero.com", "Employment Hero"),
                   attendees=[_w("NEEDS-ACTION")],
                   desc="Reminder: please submit your interview scorecard for Jae-won Park (New Graduate "
                        "Veterinarian – Ponsonby Vets). Interviewers: Hemi Walker, Ana Fifita.",
                   stamp="20250919T050000Z")], prodid="-//Employment Hero//ATS//EN")
    out.append(_neg("pv-scorecard", text, uid, "user-as-interviewer-scorecard-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV05A1B2C3D4DC01000000000000000010000000PV05"
    text = cal([ev(uid, "Debrief – Senior Vet Nurse candidates (x3)", tz("New Zealand Standard Time",
                   "20250926T160000"), tz("New Zealand Standard Time", "20250926T163000"), organizer=org(*SUE),
                   attendees=[_w(), att(*KERI)],
                   desc="Compare notes on Aroha, Ben and Simran. Decision + reference checks next week.",
                   loc="Staff room", stamp="20250923T010000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-debrief", text, uid, "user-as-interviewer-debrief-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV06A1B2C3D4DC01000000000000000010000000PV06"
    text = cal([ev(uid, "Interview panel: Practice Manager (Ponsonby) – candidates 1–3",
                   tz("New Zealand Standard Time", "20251020T090000"), tz("New Zealand Standard Time",
                   "20251020T123000"), organizer=org(*RICH), attendees=[_w(), PV_ROOM],
                   desc="Sue's replacement. Panel: Richard + Hemi. 9:00 Mia Lawson, 10:15 Grant Pike, 11:30 "
                        "Hine Waaka. Kits in the shared drive.", loc="Consult Room 4 / Meeting",
                   stamp="20251014T000000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-panel", text, uid, "user-as-interviewer-panel-en"))

    uid = "vetstaff-cand-2210@vetstaff.co.nz"
    text = cal([ev(uid, "Candidate interview – Dr Sofia Marquez for Ponsonby Vets (locum, Nov–Jan)",
                   tz(NZ, "20251001T123000"), tz(NZ, "20251001T130000"),
                   organizer=org("jess@vetstaff.co.nz", "Jess Parata"),
                   attendees=[_w("NEEDS-ACTION"), att("sofia.marquez.vet@gmail.com", "Sofia Marquez")],
                   desc="Hi Hemi,\nAs discussed, here's the interview with my candidate Dr Sofia Marquez (MVZ, "
                        "registered with the VCNZ since 2023) for your summer locum cover. She's in Wellington "
                        "so it'll be video:\n\n" + zoom("817 6630 2291", "vS9kLm3Qw7Rt") +
                        "\nJess Parata | VetStaff NZ", loc="Zoom", stamp="20250926T031500Z")], tzs=(x.AKL,))
    out.append(_neg("pv-agency-candidate", text, uid, "user-as-interviewer-agency-sends-candidate-en"))

    uid = "8F1E2D3C-4B5A-6978-8695-A4B3C2D1E0F9"
    text = cal([ev(uid, "Working interview – SVN candidate Kate Lam (Tues surg list)", flt("20251007T080000"),
                   flt("20251007T130000"), desc="Kate shadows Keri on the surg list, I watch her induction + "
                                                "monitoring. Feedback form to Sue.", status=None,
                   stamp="20251002T070000Z")], prodid=x.APPLE, method=None)
    out.append(_neg("pv-working-interview-host", text, uid, "user-as-interviewer-working-interview-floating-en"))

    uid = "5b8n1m4q7w0e3r6t9y2u5i8o1p@google.com"
    text = cal([ev(uid, "Shadow: Ana sits in on new-grad interview (interviewer training)", tz(NZ, "20251009T150000"),
                   tz(NZ, "20251009T154500"), organizer=org(WORK, "Hemi Walker"),
                   attendees=[att(*ANA), att("tom.brennan.vet@gmail.com", "Tom Brennan")],
                   desc="Tom Brennan – new grad vet applicant. I lead, Ana observes for her interviewer training "
                        "then we swap next time.", loc="Ponsonby Vets – upstairs office",
                   stamp="20251003T060000Z")], tzs=(x.AKL,))
    out.append(_neg("pv-shadowing", text, uid, "user-as-interviewer-shadowing-en"))

    uid = "kit-review-ng-2025@ponsonbyvets.co.nz"
    text = cal([ev(uid, "Review interview kit: New Graduate Veterinarian (structured Qs + clinical scenario)",
                   tz(NZ, "20250912T120000"), tz(NZ, "20250912T123000"), organizer=org(*SUE),
                   attendees=[_w(), att(*ANA)], desc="Update the scenario (parvo puppy, owner can't pay) and "
                                                     "the scoring rubric before interviews start.",
                   stamp="20250908T000000Z")], prodid=x.OUTLOOK, tzs=(x.AKL,))
    out.append(_neg("pv-kit", text, uid, "user-as-interviewer-kit-en"))

    uid = "vetjobs-eu-kv-0931@vetjobs-europe.de"
    text = cal([ev(uid, "Kandidatenvorstellung: Dr. Jonas Becker – Ponsonby Vets (Senior Vet)",
                   tz("Europe/Berlin", "20251022T090000"), tz("Europe/Berlin", "20251022T093000"),
                   organizer=org("m.schulte@vetjobs-europe.de", "Miriam Schulte"),
                   attendees=[_w("NEEDS-ACTION"), att("jonas.becker.tierarzt@web.de", "Dr. Jonas Becker")],
                   desc="Hallo Hemi,\nwie besprochen das Gespräch mit unserem Kandidaten Dr. Jonas Becker "
                        "(Kleintierpraxis, 6 Jahre Erfahrung) für Ihre Senior-Vet-Stelle in Auckland. Das "
                        "Gespräch findet auf Englisch statt.\n\n" + zoom("655 2019 8834", "Jb4Kt8Lm2Qx1", "us02web") +
                        "\nViele Grüße\nMiriam Schulte | VetJobs Europe GmbH", loc="Zoom", stamp="20251015T080000Z")],
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE", tzs=(x.BER,))
    out.append(_neg("pv-agency-candidate-de", text, uid, "user-as-interviewer-agency-candidate-de"))

    uid = "ref-aroha-01@ponsonbyvets.co.nz"
    text = cal([ev(uid, "Ref check – Aroha Te Rangi (her referee: Dr Blake, Westgate Vets)", tz(NZ, "20250930T123000"),
                   tz(NZ, "20250930T124500"), organizer=org(WORK, "Hemi Walker"),
                   desc="Call Dr Paul Blake 09 555 6620 re Aroha (VN candidate). Use ref-check template.",
                   stamp="20250929T203000Z")], method=None, tzs=(x.AKL,))
    out.append(_neg("pv-ref-check", text, uid, "user-as-interviewer-reference-check-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV13A1B2C3D4DC01000000000000000010000000PV13"
    text = cal([ev(uid, "New grad assessment day – Hemi running the case station", tz("New Zealand Standard Time",
                   "20251024T090000"), tz("New Zealand Standard Time", "20251024T150000"), organizer=org(*RICH),
                   attendees=[_w(), att(*ANA), att(*SUE)],
                   desc="6 new-grad applicants. Stations: clinical case (Hemi), comms role-play (Ana), practice "
                        "tour (Sue). Lunch provided.", loc="Ponsonby Vets", stamp="20251016T000000Z")],
               prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-assessment-day", text, uid, "user-as-interviewer-assessment-day-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV14A1B2C3D4DC01000000000000000010000000PV14"
    text = cal([ev(uid, "Interview: Clinical Receptionist – Mele Taufa", tz("New Zealand Standard Time",
                   "20251014T113000"), tz("New Zealand Standard Time", "20251014T120000"), organizer=org(*SUE),
                   attendees=[_w("TENTATIVE"), att("mele.taufa@xtra.co.nz", "Mele Taufa")],
                   desc="Hemi – can you join for the last 15 min to meet her? Sue\n\n" +
                        teams("UFZyZWNlcHQx", "511 209 887 334", "Rc8Pq1"), loc="Microsoft Teams Meeting",
                   stamp="20251010T000000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-receptionist", text, uid, "user-as-interviewer-candidate-same-freemail-domain-en"))

    uid = "040000008200E00074C5B7101A82E00800000000BK15A1B2C3D4DC01000000000000000010000000BK15"
    body = ("Tom Brennan booked an appointment with Ponsonby Vets.\n\nService: Vet Nurse Interviews (30 min)\n"
            "Staff: Hemi Walker\nCustomer: Lisa Fong, lisa.fong.vn@gmail.com, +64 21 555 7731\n\nManage booking: "
            "https://outlook.office365.com/owa/calendar/PonsonbyVets@ponsonbyvets.co.nz/bookings/")
    text = cal([ev(uid, "Interview with Hemi Walker", tz("New Zealand Standard Time", "20251029T100000"),
                   tz("New Zealand Standard Time", "20251029T103000"),
                   organizer=org("PonsonbyVets@ponsonbyvets.co.nz", "Ponsonby Vets"),
                   attendees=[_w(), att("lisa.fong.vn@gmail.com", "Lisa Fong")],
                   desc=body.replace("Tom Brennan booked", "Lisa Fong booked"), loc="Ponsonby Vets",
                   stamp="20251024T000000Z")], prodid=x.EXCHANGE, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-bookings-staff", text, uid, "user-as-interviewer-bookings-staff-en"))

    uid = "f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f@cal.com"
    body = ("What: New Grad Vet – 30 min intro between Hemi Walker and Tom Brennan\nInvitee Time Zone: "
            "Pacific/Auckland\nWho:\nHemi Walker - Organizer\nhemi.walker@ponsonbyvets.co.nz\nTom Brennan\n"
            "tom.brennan.vet@gmail.com\nWhere: Phone call\n\nAdditional notes: Graduating in Nov, keen on "
            "small animal + some exotics.")
    text = cal([ev(uid, "New Grad Vet – 30 min intro between Hemi Walker and Tom Brennan", utc("20250925T003000"),
                   utc("20250925T010000"), organizer=org(WORK, "Hemi Walker"),
                   attendees=[att("tom.brennan.vet@gmail.com", "Tom Brennan", ps="ACCEPTED")], desc=body,
                   stamp="20250921T000000Z")], prodid="-//Cal.com Inc.//Cal.com Event//EN")
    out.append(_neg("pv-calcom-host", text, uid, "user-as-interviewer-calcom-host-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV17A1B2C3D4DC01000000000000000010000000PV17"
    text = cal([ev(uid, "Second interview – Dr Rawiri Ngata (Associate Vet) – in clinic",
                   tz("(UTC+12:00) Auckland, Wellington", "20251030T140000"),
                   tz("(UTC+12:00) Auckland, Wellington", "20251030T150000"), organizer=org(*SUE),
                   attendees=[_w(), att(*RICH), att("rawiri.ngata@vetmail.co.nz", "Ngata, Rawiri"), PV_ROOM],
                   desc="Rawiri's 2nd interview with Hemi + Richard. He's coming from Hamilton.",
                   loc="Consult Room 4 / Meeting", stamp="20251025T000000Z")], prodid=x.OUTLOOK, tzs=(x.OUT_NZ,))
    out.append(_neg("pv-second-interview", text, uid, "user-as-interviewer-second-round-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV18A1B2C3D4DC01000000000000000010000000PV18"
    text = cal([ev(uid, "Hiring decision: Senior Vet – final two", tz("New Zealand Standard Time",
                   "20251105T170000"), tz("New Zealand Standard Time", "20251105T173000"), organizer=org(*RICH),
                   attendees=[_w(), att(*SUE)], desc="Rawiri vs Jonas. Bring scorecards. Offer out Friday?",
                   stamp="20251101T000000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_neg("pv-hiring-decision", text, uid, "user-as-interviewer-hiring-committee-en"))

    uid = "6c9v2b5n8m1q4w7e0r3t6y9u2i@google.com"
    text = cal([ev(uid, "Interview – new grad (Zoom) – Ellie Hart, Sydney", tz(NZ, "20251013T183000"),
                   tz(NZ, "20251013T191500"), organizer=org(WORK, "Hemi Walker"),
                   attendees=[att("ellie.hart@hotmail.com.au", "Ellie Hart", ps="ACCEPTED")],
                   desc="Ellie – 4:30pm your time (AEDT). Looking forward to chatting about the new graduate "
                        "position at Ponsonby Vets.\nHemi\n\n" + zoom("834 5521 0098", "pVnG8rT2kLq5"),
                   loc="Zoom", stamp="20251008T000000Z")], tzs=(x.AKL,))
    out.append(_neg("pv-organiser-candidate", text, uid, "user-as-interviewer-organiser-freemail-candidate-en"))

    uid = "D0C1B2A3-9F8E-4D7C-6B5A-493827160F5E"
    text = cal([ev(uid, "VN interviews x3", flt("20251022T130000"), flt("20251022T163000"),
                   desc="13:00 Lisa F\n14:15 Simran K\n15:30 Jordan W (phone)\n– block consults", status=None,
                   stamp="20251017T000000Z")], prodid=x.APPLE, method=None)
    out.append(_neg("pv-block", text, uid, "user-as-interviewer-terse-block-en"))

    uid = "student-int-ems-2025@ponsonbyvets.co.nz"
    text = cal([ev(uid, "Interview EMS student for summer placement – Grace Liu (HCU 4th yr)",
                   tz(NZ, "20251016T121500"), tz(NZ, "20251016T124500"), organizer=org(WORK, "Hemi Walker"),
                   attendees=[att("grace.liu@student.hcu.ac.nz", "Grace Liu")],
                   desc="Short chat before we take her for 3 wks EMS in Dec. Teams link below.\n\n" +
                        teams("RU1TLWdyYWNl", "602 118 339 471", "Gl3Xp9"), stamp="20251012T000000Z")],
               prodid=x.OUTLOOK, tzs=(x.AKL,))
    out.append(_neg("pv-student-placement", text, uid, "user-as-interviewer-student-university-address-en"))
    return out
