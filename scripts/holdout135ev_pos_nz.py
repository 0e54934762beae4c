"""holdout135: the user's own interviews with New Zealand clinics, hospitals, a university and NZ industry."""

from __future__ import annotations

import holdout135ev_ics as x
from holdout135ev_ics import alt, att, cal, ev, flt, item, me, meet, org, room, teams, tz, utc, zoom

NZ = "Pacific/Auckland"


def events() -> list[dict]:
    out: list[dict] = []
    uid = "JA-INT-7734021-20250909@jobadder.com"
    text = cal([ev(uid, "Phone interview – Clinical Director (North Shore) – Hemi Walker",
                   tz(NZ, "20250909T123000"), tz(NZ, "20250909T130000"),
                   organizer=org("rachel.tapsell@kowhaivets.co.nz", "Rachel Tapsell"),
                   attendees=[me(), att("rachel.tapsell@kowhaivets.co.nz", "Rachel Tapsell", ps="ACCEPTED")],
                   desc="Kia ora Hemi,\n\nThanks for applying for the Clinical Director role with Kōwhai Vet Group. "
                        "I'll give you a call on 021 555 0192 at the time above – allow 30 mins.\n\nIt's a general "
                        "chat: your clinical background, why you're looking, notice period and salary expectations."
                        "\n\nNgā mihi,\nRachel Tapsell | Talent Partner | Kōwhai Vet Group\n\nSent via JobAdder",
                   loc="Phone – Rachel will call you", stamp="20250903T221500Z")],
               prodid="-//JobAdder//JobAdder Calendar 2.0//EN", tzs=(x.AKL,))
    out.append(item("jobadder-phone", text, uid, 1, "Kōwhai Vet Group", "Clinical Director", "recruiter_screen",
                    ("rachel.tapsell@kowhaivets.co.nz",), "jobadder-phone-screen-en"))

    uid = "8C3E1F0B-2A77-4D5B-9E1C-6F0D4A2B9C11"
    text = cal([ev(uid, "Working interview – Kōwhai Takapuna (scrubs + stethoscope!)", flt("20250918T083000"),
                   flt("20250918T130000"), loc="Kōwhai Vets Takapuna\n12 Hurstmere Rd, Takapuna, Auckland",
                   desc="Half day on the floor w/ Dr Mereana Hohaia (clinical lead). Consults am, watch surg list. "
                        "Park round the back.", stamp="20250911T063000Z", status=None,
                   extra=["TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"])],
               prodid=x.APPLE, method=None)
    out.append(item("hand-working-interview", text, uid, 1, "Kōwhai Vet Group", "", "onsite", ("Mereana Hohaia",),
                    "hand-typed-working-interview-floating-en"))

    uid = "3v9k2q0m7c1p8s5t4n6b2x0z1a@google.com"
    text = cal([ev(uid, "Kōwhai Vet Group – Clinical Director final interview (board panel)",
                   tz(NZ, "20251007T140000"), tz(NZ, "20251007T153000"),
                   organizer=org("grant.w@kowhaivets.co.nz", "Grant Wilkinson"),
                   attendees=[att("grant.w@kowhaivets.co.nz", "Grant Wilkinson", ps="ACCEPTED"), me(),
                              att("anna.kershaw@kowhaivets.co.nz", "Anna Kershaw", ps="ACCEPTED"),
                              att("plusk@luskgovernance.co.nz", "Peter Lusk", ps="TENTATIVE"),
                              att("sophie.ma@kowhaivets.co.nz", "Sophie Ma", role="OPT-PARTICIPANT"),
                              att("c_1889sk2k3j0@resource.calendar.google.com", "Support Office-2-Boardroom (10)",
                                  cutype="RESOURCE", ps="ACCEPTED", rsvp=False)],
                   desc="Hi Hemi,\n\nLooking forward to the final stage. The panel is Dr Anna Kershaw (Board Chair), "
                        "Peter Lusk (Independent Director) and me. Please bring a 10-minute outline of your first "
                        "90 days as Clinical Director.\n\nSophie (my EA) will meet you at reception and sort parking."
                        "\n\nGrant Wilkinson\nCOO, Kōwhai Vet Group",
                   loc="Kōwhai Vet Group Support Office, 3/88 Apollo Dr, Rosedale, Auckland",
                   stamp="20250926T031100Z", seq=1)], tzs=(x.AKL,))
    out.append(item("google-board-panel", text, uid, 1, "Kōwhai Vet Group", "Clinical Director", "final",
                    ("grant.w@kowhaivets.co.nz", "anna.kershaw@kowhaivets.co.nz", "plusk@luskgovernance.co.nz"),
                    "google-board-panel-room-en"))

    uid = "040000008200E00074C5B7101A82E00800000000B0F1C3A56A21DC01000000000000000010000000A8C1"
    body = ("Your booking with Tāmaki Animal Emergency & Referral is confirmed.\n\nService: Clinical case "
            "discussion – Senior Emergency Veterinarian (60 min)\nStaff: Callum Reid\n\nWe'll email two de-identified"
            " ED cases 30 minutes before. Talk us through your work-up, stabilisation and client communication.\n\n"
            + teams("NmQ4ZTcxYjgtZjE2", "412 887 190 335", "Vx7Kp2") + "\n\nManage booking: "
            "https://outlook.office365.com/owa/calendar/TAERRecruitment@taer.nz/bookings/")
    text = cal([ev(uid, "Clinical case discussion – Senior Emergency Veterinarian", tz("New Zealand Standard Time",
                   "20250916T190000"), tz("New Zealand Standard Time", "20250916T200000"),
                   organizer=org("TAERRecruitment@taer.nz", "TAER Recruitment"),
                   attendees=[att("callum.reid@taer.nz", "Callum Reid", ps="ACCEPTED"), me(cn="Hemi Walker")],
                   desc=body, loc="Microsoft Teams Meeting", stamp="20250910T043300Z",
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])],
               prodid=x.EXCHANGE, tzs=(x.WIN_NZ,))
    out.append(item("bookings-case", text, uid, 1, "Tāmaki Animal Emergency & Referral",
                    "Senior Emergency Veterinarian", "technical", ("callum.reid@taer.nz",), "ms-bookings-case-en"))

    uid = "040000008200E00074C5B7101A82E0080000000060AFD8E27F2BDC01000000000000000010000000C3D9"
    body = ("Hi Hemi,\n\nAs discussed, we'd love you to do a paid trial shift in the ED on Saturday 4 October, "
            "2pm–10pm. You'll be working alongside Dr Callum Reid (ED lead), who'll be assessing with me. "
            "Wear scrubs; we'll supply a locker.\n\nNicola Fraser\nHospital Director | Tāmaki Animal Emergency & "
            "Referral\n7 Carbine Rd, Mt Wellington")
    text = cal([ev(uid, "Working interview / trial shift – ED (Sat 4 Oct, 2pm–10pm)",
                   tz("(UTC+12:00) Auckland, Wellington", "20251004T140000"),
                   tz("(UTC+12:00) Auckland, Wellington", "20251004T220000"),
                   organizer=org("nicola.fraser@taer.nz", "Fraser, Nicola"),
                   attendees=[me(cn="hemi.walker.vet@xtra.co.nz"), att("callum.reid@taer.nz", "Reid, Callum")],
                   desc=body, loc="TAER – Emergency Dept, 7 Carbine Rd, Mt Wellington", stamp="20250922T210000Z",
                   extra=[alt("<P>Hi Hemi,</P><P>As discussed, we&#39;d love you to do a paid trial shift in the ED "
                              "on Saturday 4 October, 2pm&#8211;10pm.</P>"), "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"])],
               prodid=x.OUTLOOK, tzs=(x.OUT_NZ,))
    out.append(item("outlook-trial-shift", text, uid, 1, "Tāmaki Animal Emergency & Referral", "", "onsite",
                    ("nicola.fraser@taer.nz", "callum.reid@taer.nz"), "outlook-utc-zone-trial-shift-en"))

    uid = "WD-INTV-R-00417-4471@hcu.ac.nz"
    body = ("Dear Hemi,\n\nThank you for your application for Senior Lecturer in Companion Animal Medicine (R-00417)."
            " Your interview day at the School of Veterinary Science, Kelburn campus:\n\n9.30am  Teaching "
            "presentation (20 min + questions) – open to School staff\n10.15am  Interview panel: Professor "
            "Lydia Marsh (Head of School, chair), Associate Professor Tavita Leaupepe, Dr Sione Fa'alogo "
            "(Pacific Advisor)\n11.30am  Tour of the teaching hospital\n\nJess Toomey (Recruitment Advisor) "
            "will meet you at the Vet Science reception.\n\nThis invitation was sent from Workday on behalf of "
            "Harbour City University | Te Whare Wānanga o Te Whanganui")
    text = cal([ev(uid, "Interview: Senior Lecturer in Companion Animal Medicine (R-00417)",
                   tz(NZ, "20251015T093000"), tz(NZ, "20251015T120000"),
                   organizer=org("hcu@myworkday.com", "Harbour City University"),
                   attendees=[me(), att("l.marsh@hcu.ac.nz", "Lydia Marsh"), att("t.leaupepe@hcu.ac.nz",
                              "Tavita Leaupepe"), att("s.faalogo@hcu.ac.nz", "Sione Fa'alogo"),
                              att("jess.toomey@hcu.ac.nz", "Jess Toomey", role="NON-PARTICIPANT")],
                   desc=body, loc="Vet Science Building, Room VS204, Kelburn Campus, Wellington",
                   stamp="20251002T020202Z")], prodid="-//Workday//Workday Calendar//EN", tzs=(x.AKL,))
    out.append(item("workday-university", text, uid, 1, "Harbour City University",
                    "Senior Lecturer in Companion Animal Medicine", "onsite",
                    ("l.marsh@hcu.ac.nz", "t.leaupepe@hcu.ac.nz", "s.faalogo@hcu.ac.nz"), "workday-university-en"))

    uid = "0lq4ttm2c9s3s2u6v1r7pq8h5e@google.com"
    text = cal([ev(uid, "Prof Lydia Marsh (HCU) calling – sr lecturer role", tz(NZ, "20250923T161500"),
                   tz(NZ, "20250923T164500"), organizer=org(x.FREE, "Hemi Walker"),
                   desc="Head of School. She's ringing me re the Senior Lecturer job – first convo. "
                        "Have CV + teaching philosophy in front of me.", stamp="20250919T080000Z",
                   extra=["TRANSP:OPAQUE"])], method=None, prodid=x.GOOGLE,
               head=("X-WR-CALNAME:Hemi", "X-WR-TIMEZONE:Pacific/Auckland"), tzs=(x.AKL,))
    out.append(item("hand-head-of-school", text, uid, 1, "Harbour City University", "Senior Lecturer",
                    "hiring_manager", ("Lydia Marsh",), "hand-typed-hiring-manager-en"))

    uid = "a1f3c2e0-7b5d-4c3e-9f11-20d8e7c6b5a4"
    body = ("Event Name: Senior Vet – Phone screen\n\nLocation: This is a phone call. Olivia Grant will call you at "
            "+64 21 555 0143\n\nThanks for your interest in joining the team at Capital Vets Kelburn! Quick 20 min "
            "call about the role, rostering (no after-hours!) and what you're after.\n\nNeed to make changes to "
            "this event?\nCancel: https://calendly.com/cancellations/a1f3c2e0-7b5d-4c3e-9f11-20d8e7c6b5a4\n"
            "Reschedule: https://calendly.com/reschedulings/a1f3c2e0-7b5d-4c3e-9f11-20d8e7c6b5a4\n\n"
            "Powered by Calendly.com")
    text = cal([ev(uid, "Olivia Grant and Hemi Walker", utc("20250911T213000"), utc("20250911T215000"),
                   organizer=org("olivia@capitalvets.co.nz", "Olivia Grant"),
                   attendees=[att("olivia@capitalvets.co.nz", "Olivia Grant", ps="ACCEPTED"), me(ps="ACCEPTED")],
                   desc=body, loc="+64 21 555 0143", stamp="20250905T002211Z")],
               prodid="-//Calendly//EN")
    out.append(item("calendly-phone-screen", text, uid, 1, "Capital Vets", "Senior Vet", "recruiter_screen",
                    ("olivia@capitalvets.co.nz",), "calendly-utc-company-in-body-en"))

    uid = "6A0E7B7C-1D84-4E0A-8D9B-5C3F0E1A7B22"
    text = cal([ev(uid, "Capital Vets – come meet the team (Hemi)", tz(NZ, "20251002T123000"),
                   tz(NZ, "20251002T150000"), organizer=org("ben.harland@me.com", "Ben Harland"),
                   attendees=[att("ben.harland@me.com", "Ben Harland", ps="ACCEPTED"), me()],
                   desc="Hi Hemi – come in for lunch with the vets + nurses, then you and I will sit down properly "
                        "for an hour. I'll show you the new dental suite.\nBen",
                   loc="Capital Vets\n45 Upland Rd, Kelburn, Wellington 6012", stamp="20250924T051700Z",
                   extra=["X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=45 Upland Rd\\, Kelburn\\, Wellington;"
                          "X-TITLE=Capital Vets:geo:-41.285,174.768"])], prodid=x.APPLE, tzs=(x.AKL,))
    out.append(item("apple-meet-team", text, uid, 1, "Capital Vets", "", "onsite", ("ben.harland@me.com",),
                    "apple-onsite-owner-icloud-en"))

    uid = "SR-7f2b91c4-0c8e-4f4b-a3c9-1e55e3b6d7a0@smartrecruiters.com"
    body = ("Hi Hemi,\n\nYou're invited to a Hiring Manager interview for Area Clinical Lead – Auckland Central "
            "with PetCare NZ.\n\nInterviewer: Dr Hannah Brooke, Head of Clinical Services\nDuration: 45 minutes\n\n"
            + teams("ZjA5YmM0MTQtYTE1", "358 201 774 096", "k3Qw9P") + "\n\nPetCare NZ via SmartRecruiters")
    text = cal([ev(uid, "Interview for Area Clinical Lead – Auckland Central with PetCare NZ",
                   tz(NZ, "20250926T100000"), tz(NZ, "20250926T104500"),
                   organizer=org("noreply@smartrecruiters.com", "PetCare NZ"),
                   attendees=[me(), att("hannah.brooke@petcare.co.nz", "Hannah Brooke")],
                   desc=body, loc="Microsoft Teams", stamp="20250918T233000Z")],
               prodid="-//SmartRecruiters//Interview Scheduler//EN", tzs=(x.AKL,))
    out.append(item("smartrecruiters-hm", text, uid, 1, "PetCare NZ", "Area Clinical Lead – Auckland Central",
                    "hiring_manager", ("hannah.brooke@petcare.co.nz",), "smartrecruiters-hiring-manager-en"))

    uid = "f7e61a0c-52d9-4b8e-8a7a-0c1d2e3f4a5b"
    text = cal([ev(uid, "Interview – Senior Veterinarian – Hutt Valley AH", tz(NZ, "20251021T140000"),
                   tz(NZ, "20251021T150000"), organizer=org("deb@hvah.co.nz", "Deb Morrison"),
                   attendees=[me(), att("colin@hvah.co.nz", "Colin Ng")],
                   desc="Hi Hemi,\nThanks for making the trip down. You'll meet with Colin (clinical director) and "
                        "me in the upstairs meeting room, then a quick look around the hospital.\n\nDeb Morrison\n"
                        "Practice Manager, Hutt Valley Animal Hospital\n04 555 7710",
                   loc="Hutt Valley Animal Hospital, 301 High St, Lower Hutt", stamp="20251013T230500Z",
                   pre=["CREATED:20251013T230400Z", "LAST-MODIFIED:20251013T230500Z"],
                   extra=["X-MOZ-GENERATION:1", "TRANSP:OPAQUE"])], prodid=x.THUNDER, tzs=(x.AKL,))
    out.append(item("thunderbird-direct", text, uid, 1, "Hutt Valley Animal Hospital", "Senior Veterinarian", "",
                    ("deb@hvah.co.nz", "colin@hvah.co.nz"), "thunderbird-no-stage-en"))

    uid = "5mh1r0vq0b7sd2e4ph9ejc1l8k@google.com"
    text = cal([ev(uid, "Remuera AH interview – Raj Singh (owner)", utc("20251014T010000"), utc("20251014T020000"),
                   organizer=org(x.FREE, "Hemi Walker"), loc="Remuera Animal Hospital, Remuera Rd",
                   desc="senior vet job. ask re: 4-day wk, CPD budget, after-hrs", stamp="20251008T091500Z")],
               method=None, head=("X-WR-CALNAME:hemi.walker.vet@xtra.co.nz", "X-WR-TIMEZONE:Pacific/Auckland"))
    out.append(item("hand-xwr-utc", text, uid, 1, "Remuera Animal Hospital", "senior vet", "", ("Raj Singh",),
                    "hand-typed-x-wr-timezone-en"))

    uid = "040000008200E00074C5B7101A82E00800000000D0A6B5F99F31DC01000000000000000010000000F1E2"
    text = cal([ev(uid, "Canceled: Interview – Senior Veterinarian (Manukau Pet Hospital)",
                   tz("New Zealand Standard Time", "20251029T113000"), tz("New Zealand Standard Time",
                   "20251029T123000"), organizer=org("tina.faleolo@manukaupets.co.nz", "Faleolo, Tina"),
                   attendees=[me(cn="Hemi Walker"), att("mark.aiken@manukaupets.co.nz", "Aiken, Mark")],
                   desc="Hi Hemi, apologies – Dr Aiken is off unwell this week so we need to cancel your interview "
                        "with him. I'll send a new time shortly.\nTina Faleolo, HR Coordinator",
                   loc="Manukau Pet Hospital – Meeting Room 1", stamp="20251027T194500Z", seq=1,
                   status="CANCELLED", extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "PRIORITY:1"])],
               prodid=x.OUTLOOK, method="CANCEL", tzs=(x.WIN_NZ,))
    out.append(item("outlook-cancel", text, uid, 1, "Manukau Pet Hospital", "Senior Veterinarian", "hiring_manager",
                    ("mark.aiken@manukaupets.co.nz",), "outlook-method-cancel-en"))

    uid = "040000008200E00074C5B7101A82E0080000000070C4E1AE3A34DC01000000000000000010000000F1E3"
    text = cal([ev(uid, "Interview – Senior Veterinarian (Manukau Pet Hospital) – NEW TIME",
                   tz("New Zealand Standard Time", "20251106T093000"), tz("New Zealand Standard Time",
                   "20251106T103000"), organizer=org("tina.faleolo@manukaupets.co.nz", "Faleolo, Tina"),
                   attendees=[me(cn="Hemi Walker"), att("mark.aiken@manukaupets.co.nz", "Aiken, Mark",
                              ps="ACCEPTED"), room("mtgroom1@manukaupets.co.nz", "Meeting Room 1")],
                   desc="Rescheduled from 29 Oct. Interview with Dr Mark Aiken, Clinical Director. Thanks for "
                        "your patience, Hemi!\nTina", loc="Manukau Pet Hospital – Meeting Room 1",
                   stamp="20251030T021500Z", seq=2, extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])],
               prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(item("outlook-rescheduled", text, uid, 1, "Manukau Pet Hospital", "Senior Veterinarian",
                    "hiring_manager", ("mark.aiken@manukaupets.co.nz",), "outlook-rescheduled-room-en"))

    uid = "B5D2E8A1-44C0-4F7E-A1B3-9D77C2E0F3A6"
    base = ev(uid, "Trial day – Northshore Cat Clinic (Hemi)", tz(NZ, "20251111T083000"), tz(NZ, "20251111T140000"),
              organizer=org("fiona@northshorecats.co.nz", "Fiona Tait"),
              attendees=[att("fiona@northshorecats.co.nz", "Fiona Tait", ps="ACCEPTED"), me()],
              desc="Three paid trial mornings so we can both see if it's a fit – consults with me, then the dental "
                   "list. Cat-friendly handling please :)\nFiona",
              loc="Northshore Cat Clinic, 2/14 Wairau Rd, Glenfield",
              stamp="20251103T041000Z", extra=["RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU"])
    moved = ev(uid, "Trial day – Northshore Cat Clinic (Hemi) – Wed this week", tz(NZ, "20251119T083000"),
               tz(NZ, "20251119T140000"), organizer=org("fiona@northshorecats.co.nz", "Fiona Tait"),
               attendees=[att("fiona@northshorecats.co.nz", "Fiona Tait", ps="ACCEPTED"), me()],
               desc="Moved to Wednesday – I'm at a conference on the Tuesday.", loc="Northshore Cat Clinic, Glenfield",
               stamp="20251110T041000Z", seq=1, pre=[f"RECURRENCE-ID;TZID={NZ}:20251118T083000"])
    text = cal([base, moved], prodid=x.MACCAL, tzs=(x.AKL,))
    out.append(item("apple-recurring-trial", text, uid, 1, "Northshore Cat Clinic", "", "onsite",
                    ("fiona@northshorecats.co.nz",), "apple-recurring-override-trial-en"))

    uid = "AAMkAGQ5ZjE3NmE0LTk3YmItNDE5Yy1iNDc0LTZlNjQwYjM1ZWI3MQBGAAAAAAC7"
    text = cal([ev(uid, "Kāinga Animal Shelter Trust – Shelter Veterinarian interview with the Board",
                   tz(NZ, "20251103T180000"), tz(NZ, "20251103T190000"),
                   organizer=org("margaret.hunia@outlook.com", "Margaret Hunia"),
                   attendees=[me(), att("d.tupou@gmail.com", "David Tupou"), att("kim@kaingashelter.org.nz",
                              "Kim Rutherford")],
                   desc="Tēnā koe Hemi,\nThe Board would like to meet you for the Shelter Veterinarian role. Panel: "
                        "me (Chair), David Tupou (Treasurer) and Kim Rutherford (Shelter Manager). We meet after "
                        "hours as we're all volunteers except Kim!\nMargaret",
                   loc="Kāinga Shelter, 19 Kiwi Esplanade, Māngere Bridge", stamp="20251027T072000Z")],
               prodid="-//Microsoft Corporation//Outlook for Mac 16.98//EN", tzs=(x.AKL,))
    out.append(item("freemail-board-panel", text, uid, 1, "Kāinga Animal Shelter Trust", "Shelter Veterinarian",
                    "final", ("margaret.hunia@outlook.com", "d.tupou@gmail.com", "kim@kaingashelter.org.nz"),
                    "freemail-chair-board-panel-en"))

    uid = "2c7f2d8e-1b3a-4f5c-9a6e-7d8c9b0a1e2f@cal.com"
    body = ("What: Senior Vet – intro call between Aroha Rewiti and Hemi Walker\nInvitee Time Zone: Pacific/Auckland"
            "\nWho:\nAroha Rewiti - Organizer\naroha@whanauvets.nz\nHemi Walker\nhemi.walker.vet@xtra.co.nz\n"
            "Where: Google Meet\n" + meet("vwx-ctqa-pzb") + "\n\nAdditional notes: I'm the owner of Whānau Vets "
            "(mobile house-call vets) and the hiring manager for this role.\n\nNeed to reschedule or cancel? "
            "https://cal.com/booking/2c7f2d8e?changes=true")
    text = cal([ev(uid, "Senior Vet – intro call between Aroha Rewiti and Hemi Walker", utc("20250930T230000"),
                   utc("20250930T233000"), organizer=org("aroha@whanauvets.nz", "Aroha Rewiti"),
                   attendees=[me(ps="ACCEPTED")], desc=body, loc="https://meet.google.com/vwx-ctqa-pzb",
                   stamp="20250926T101010Z")], prodid="-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST")
    out.append(item("calcom-owner", text, uid, 1, "Whānau Vets", "Senior Vet", "hiring_manager",
                    ("aroha@whanauvets.nz",), "calcom-owner-en"))

    uid = "workable-int-44f0b2a9d1@workable.com"
    body = ("Hi Hemi,\n\nThis is your technical interview for Technical Services Veterinarian at Anima Health.\n\n"
            "Interviewers: Dr Tom Hewitt (Technical Manager), Rebecca Shaw (Product Manager – Parasiticides)\n"
            "Please prepare a 15-minute case study on suspected parasiticide resistance in a multi-dog household; "
            "then technical questions.\n\n" + zoom("823 4417 0936", "aH7TqLx0Zr2b") +
            "\nStacey Lim, People & Culture\nThis interview was scheduled using Workable")
    text = cal([ev(uid, "Technical interview – Technical Services Veterinarian – Anima Health",
                   tz(NZ, "20251008T130000"), tz(NZ, "20251008T141500"),
                   organizer=org("stacey.lim@animahealth.co.nz", "Stacey Lim"),
                   attendees=[me(), att("tom.hewitt@animahealth.co.nz", "Tom Hewitt"),
                              att("rebecca.shaw@animahealth.co.nz", "Rebecca Shaw")],
                   desc=body, loc="Zoom", stamp="20251001T010101Z")],
               prodid="-//Workable//Workable Calendar//EN", tzs=(x.AKL,))
    out.append(item("workable-technical", text, uid, 1, "Anima Health", "Technical Services Veterinarian",
                    "technical", ("tom.hewitt@animahealth.co.nz", "rebecca.shaw@animahealth.co.nz"),
                    "workable-technical-coordinator-en"))

    uid = "1p7o3n5m9l2k4j6h8g0f2d4s6a@google.com"
    text = cal([ev(uid, "Hemi / Anna – final conversation", tz(NZ, "20251017T110000"), tz(NZ, "20251017T120000"),
                   organizer=org("anna.petrovic@animahealth.co.nz", "Anna Petrovic"),
                   attendees=[att("anna.petrovic@animahealth.co.nz", "Anna Petrovic", ps="ACCEPTED"), me()],
                   desc="Hi Hemi, final step for the Technical Services Vet role – an hour with me at our East "
                        "Tamaki office. Tom's feedback was great.\n\nAnna Petrovic\nGeneral Manager NZ | Anima "
                        "Health Ltd", loc="Anima Health, 14 Lady Ruby Dr, East Tāmaki, Auckland",
                   stamp="20251010T002000Z")], tzs=(x.AKL,))
    out.append(item("google-final-gm", text, uid, 1, "Anima Health", "Technical Services Vet", "final",
                    ("anna.petrovic@animahealth.co.nz",), "google-final-company-in-body-en"))

    uid = "ev-9921-anima-screen@pinnaclels.co.nz"
    body = ("Hi Hemi,\n\nConfirming our screening interview on behalf of our client Anima Health for the Technical "
            "Services Veterinarian role. I'll run through your experience before I present you to Stacey and the "
            "team.\n\n" + teams("YmE2MWU1NzAtZDk3", "291 330 885 412", "Lx4pQ8") +
            "\n\nKaren Doyle\nSenior Consultant – Animal Health | Pinnacle Life Science Recruitment")
    text = cal([ev(uid, "Screening interview – Technical Services Veterinarian (Anima Health)",
                   tz("(UTC+12:00) Auckland, Wellington", "20250924T121500"),
                   tz("(UTC+12:00) Auckland, Wellington", "20250924T124500"),
                   organizer=org("karen.doyle@pinnaclels.co.nz", "Doyle, Karen"),
                   attendees=[me(cn="Walker, Hemi")], desc=body, loc="Microsoft Teams Meeting",
                   stamp="20250922T033000Z", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])],
               prodid=x.OUTLOOK, tzs=(x.OUT_NZ,))
    out.append(item("agency-screen", text, uid, 1, "Anima Health", "Technical Services Veterinarian",
                    "recruiter_screen", ("karen.doyle@pinnaclels.co.nz",), "agency-screen-names-employer-en"))
    return out

