"""holdout23: Amara Okafor's own interviews, English (Outlook, Google, ATS, schedulers, hand-typed)."""

from __future__ import annotations

from holdout23ev_ics import ME, WORK, Item, att, ev, lab, meet, meet_conf, mk, ms_extra, org, teams, webex, zoom

G = "Europe/London"


def items() -> list[Item]:
    """Given nothing returns the English interview files."""
    out: list[Item] = []
    u = "gh-7c1e02aa9@greenhouse.io"
    out.append(mk("greenhouse-recruiter-screen", "en", "greenhouse", [ev(
        u, "Interview: Amara Okafor / Clinical Product Specialist - Kinetra Medical", "20261110T100000",
        "20261110T103000", tz=G, loc="Phone call - we'll ring you on the number on your application",
        desc="Hi Amara,\n\nThanks for applying to the Clinical Product Specialist (North West) role at Kinetra "
             "Medical. This is a 30-minute recruiter screen with Priya Banerjee, Talent Partner.\n\nWe'll cover your "
             "clinical background, what draws you to medtech and practical bits like notice period.\n\n"
             "Need to reschedule? Reply to this email.\n\nPowered by Greenhouse",
        organizer=org("no-reply@greenhouse.io", "Kinetra Medical Recruiting"),
        attendees=(att("priya.banerjee@kinetramedical.com", "Priya Banerjee", stat="ACCEPTED", rsvp=False),
                   att(ME, "Amara Okafor")))],
        (lab(u, True, "Kinetra Medical", "Clinical Product Specialist", "recruiter_screen",
             "priya.banerjee@kinetramedical.com"),), tzids=(G,)))

    u = "040000008200E00074C5B7101A82E00800000000D0C3F1A2B14EDB01000000000000000010000000A1"
    out.append(mk("outlook-hm-teams", "en", "outlook", [ev(
        u, "Physiolink Health - Customer Success Manager - HM interview (Amara Okafor)", "20261112T140000",
        "20261112T144500", tz="GMT Standard Time", loc="Microsoft Teams Meeting",
        desc="Hello Amara,\n\nAs discussed with Tom, here is your interview with me for the Customer Success Manager "
             "(Clinical Accounts) position. I lead the CS team and would love to hear how you handle difficult "
             "conversations with clinicians.\n\nBest,\nHelen Roy\nHead of Customer Success, Physiolink Health\n"
             + teams("en"),
        organizer=org("helen.roy@physiolinkhealth.co.uk", "Helen Roy"),
        attendees=(att(ME, "amara.okafor@outlook.com"),), extra=ms_extra())],
        (lab(u, True, "Physiolink Health", "Customer Success Manager", "hiring_manager",
             "helen.roy@physiolinkhealth.co.uk"),), tzids=("GMT Standard Time",)))

    u = "5qv1n0c8r7kd2bm3j4lh6ep9sa@google.com"
    out.append(mk("google-founder-gmail", "en", "google", [ev(
        u, "Amara x Stridewise - chat about the clinical lead role", "20261113T163000Z", "20261113T171500Z",
        desc="Hey Amara - really enjoyed your note. Stridewise is 6 of us building gait-retraining software for "
             "post-op knees. Keen to talk about you joining as our first Clinical Lead (part product, part "
             "training our customers). Treat this as a proper interview, I'll ask about a tricky patient case.\n"
             "- Ollie" + meet("pzr-wmox-gdu"),
        organizer=org("ollie.stride.founder@gmail.com", "Ollie Marsh"),
        attendees=(att("ollie.stride.founder@gmail.com", "Ollie Marsh", role="REQ-PARTICIPANT", stat="ACCEPTED",
                       rsvp=False), att(ME)), extra=meet_conf("pzr-wmox-gdu"))],
        (lab(u, True, "Stridewise", "Clinical Lead", "", "ollie.stride.founder@gmail.com", "founder_freemail"),)))

    u = "lever-3f9d1a70-interview-panel-01"
    out.append(mk("lever-panel-room", "en", "lever", [ev(
        u, "Onsite panel: Amara Okafor for Clinical Education Specialist", "20261118T093000", "20261118T123000",
        tz="Europe/Dublin", loc="Orthovia, 4th floor, Grand Canal Quay, Dublin 2",
        desc="Your onsite interview with Orthovia for the Clinical Education Specialist role.\n\n"
             "09:30 Welcome with Saoirse Kelly (Talent Acquisition, coordinator - will not interview)\n"
             "09:45 Teach-back exercise: Declan Byrne, Clinical Education Manager\n"
             "10:45 Product deep dive: Marta Nowak, Product Manager\n11:30 Values: Fiona Walsh, VP Clinical Affairs\n"
             "Please bring photo ID for reception.",
        organizer=org("saoirse.kelly@orthovia.ie", "Saoirse Kelly"),
        attendees=(att(ME, "Amara Okafor"), att("declan.byrne@orthovia.ie", "Declan Byrne"),
                   att("marta.nowak@orthovia.ie", "Marta Nowak"), att("fiona.walsh@orthovia.ie", "Fiona Walsh"),
                   att("dub-gcq-4-harbour@orthovia.ie", "DUB-GCQ-4 Harbour (10)", cutype="ROOM",
                       role="NON-PARTICIPANT")))],
        (lab(u, True, "Orthovia", "Clinical Education Specialist", "onsite",
             "declan.byrne@orthovia.ie;marta.nowak@orthovia.ie;fiona.walsh@orthovia.ie", "coordinator"),),
        tzids=("Europe/Dublin",)))

    u = "calendly-evt-1842aa7d-bb93"
    out.append(mk("calendly-screen", "en", "calendly", [ev(
        u, "30 Minute Intro Call between Amara Okafor and Joe Pratt", "20261116T110000Z", "20261116T113000Z",
        loc="Zoom", desc="Event Name: Recruiter intro - Clinical Trainer, NeuroStep Rehab\n\nPlease share anything "
             "that will help prepare for our meeting.: I'm a band 6 MSK physio, see CV.\n\nNeed to make changes "
             "to this event?\nCancel: https://calendly.com/cancellations/1842aa7d\nReschedule: "
             "https://calendly.com/reschedulings/1842aa7d\n" + zoom("817 2290 4411"),
        organizer=org("joe.pratt@neurosteprehab.com", "Joe Pratt"),
        attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"), att("joe.pratt@neurosteprehab.com", "Joe Pratt",
                                                                 stat="ACCEPTED")))],
        (lab(u, True, "NeuroStep Rehab", "Clinical Trainer", "recruiter_screen", "joe.pratt@neurosteprehab.com"),)))

    u = "handtyped-amara-20261117-bupa"
    out.append(mk("handtyped-terse", "en", "ios", [ev(
        u, "Interview Harbourside Health Insurance - clinical case manager (phone, Dan)", "20261117T093000",
        "20261117T100000", extra=("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M",
                                  "END:VALARM"))],
        (lab(u, True, "Harbourside Health Insurance", "clinical case manager", "", "Dan", "handtyped"),), method=None))

    u = "wd-REC-0044812-INT-2@myworkday.com"
    out.append(mk("workday-technical", "en", "workday", [ev(
        u, "Interview Scheduled: Product Specialist - Rehabilitation Robotics (R-0044812)", "20261119T130000Z",
        "20261119T140000Z", loc="Microsoft Teams",
        desc="Dear Amara,\n\nYou have been scheduled for a Technical Product Interview for Product Specialist - "
             "Rehabilitation Robotics at Vanterra Medical Systems.\n\nInterviewers:\nDr. Lukas Brenner - Senior "
             "Clinical Scientist\nNadia Osei - Product Owner, Lower Limb\n\nThis message was sent from Workday. "
             "Please do not reply." + teams("en", "445 902 117 38"),
        organizer=org("vanterra@myworkday.com", "Vanterra Medical Systems Talent Acquisition"),
        attendees=(att(ME, "Amara Okafor"), att("lukas.brenner@vanterra-medical.com", "Lukas Brenner"),
                   att("nadia.osei@vanterra-medical.com", "Nadia Osei")))],
        (lab(u, True, "Vanterra Medical Systems", "Product Specialist - Rehabilitation Robotics", "technical",
             "lukas.brenner@vanterra-medical.com;nadia.osei@vanterra-medical.com"),)))

    u = "agency-hartwell-2026-1120-amara"
    out.append(mk("agency-names-employer", "en", "outlook", [ev(
        u, "Interview - Amara Okafor with Meditrak (via Hartwell Search)", "20261120T150000", "20261120T154500",
        tz="GMT Standard Time", loc="Meditrak offices, 1 Spinningfields, Manchester M3 3EB",
        desc="Hi Amara,\n\nConfirming your first interview with my client Meditrak for the Field Clinical "
             "Specialist (Orthopaedics) post. You'll meet Grace Adeyemi, Regional Clinical Manager. I won't be "
             "there, but call me afterwards!\n\nKind regards,\nSimon Hartwell\nHartwell Search - Medical Devices",
        organizer=org("simon@hartwellsearch.co.uk", "Simon Hartwell"),
        attendees=(att(ME, "Amara Okafor"), att("grace.adeyemi@meditrak.co.uk", "Grace Adeyemi")),
        extra=ms_extra())],
        (lab(u, True, "Meditrak", "Field Clinical Specialist (Orthopaedics)", "",
             "grace.adeyemi@meditrak.co.uk", "agency"),), tzids=("GMT Standard Time",)))

    u = "ashby-int-88f1c2d0-final"
    out.append(mk("ashby-final-remote", "en", "ashby", [ev(
        u, "Final interview with Limberly for Implementation Specialist (Remote UK)", "20261124T120000Z",
        "20261124T131500Z", loc="Google Meet",
        desc="Hi Amara,\n\nThis is your final round with Limberly. Agenda:\n- 12:00 Case presentation to Rhys "
             "Parry (COO) and Anjali Shah (Head of Implementation)\n- 12:45 Q&A\n\nScheduled by Ashby on behalf of "
             "Limberly." + meet("ahx-tqbe-jlm"),
        organizer=org("scheduling@ashbyhq.com", "Limberly via Ashby", sent_by="recruiting@limberly.io"),
        attendees=(att(ME, "Amara Okafor"), att("rhys@limberly.io", "Rhys Parry"),
                   att("anjali@limberly.io", "Anjali Shah"),
                   att("recruiting@limberly.io", "Limberly Recruiting", role="NON-PARTICIPANT", rsvp=False)))],
        (lab(u, True, "Limberly", "Implementation Specialist", "final", "rhys@limberly.io;anjali@limberly.io"),)))

    u = "goodtime-5521-amara-okafor-loop"
    out.append(mk("goodtime-virtual-loop", "en", "goodtime", [ev(
        u, "Virtual Interview Loop | BrightJoint | Amara Okafor", "20261125T090000", "20261125T113000",
        tz="Europe/London", loc="Zoom (links below, one per session)",
        desc="Thank you for your interest in BrightJoint! Your virtual interviews for Clinical Success "
             "Specialist:\n\n9:00 - 9:45  Olivia Grant, Director of Customer Success\n9:50 - 10:35 Sam "
             "Whitfield, Clinical Lead (technical: exercise-prescription module)\n10:45 - 11:30 Ben Carter, "
             "Product Designer\n\nYour coordinator is Holly Dunn (holly.dunn@brightjoint.com). "
             "Scheduled with GoodTime." + zoom("934 1187 2206"),
        organizer=org("holly.dunn@brightjoint.com", "Holly Dunn"),
        attendees=(att(ME), att("olivia.grant@brightjoint.com", "Olivia Grant"),
                   att("sam.whitfield@brightjoint.com", "Sam Whitfield"),
                   att("ben.carter@brightjoint.com", "Ben Carter")))],
        (lab(u, True, "BrightJoint", "Clinical Success Specialist", "onsite",
             "olivia.grant@brightjoint.com;sam.whitfield@brightjoint.com;ben.carter@brightjoint.com",
             "coordinator"),), tzids=("Europe/London",)))

    u = "bookings-3309ab@physiofirst-insure.co.uk"
    out.append(mk("ms-bookings-screen", "en", "bookings", [ev(
        u, "Telephone screening - Clinical Claims Adviser", "20261126T103000Z", "20261126T110000Z",
        loc="Telephone",
        desc="Booking confirmed with PhysioFirst Insurance Talent Team.\nService: Telephone screening - Clinical "
             "Claims Adviser\nStaff: Karen Liddle\nCustomer: Amara Okafor\nWe will call you on 07700 900412.\n\n"
             "Manage your booking: https://outlook.office365.com/owa/calendar/PhysioFirstCareers@physiofirst-insure"
             ".co.uk/bookings/",
        organizer=org("PhysioFirstCareers@physiofirst-insure.co.uk", "PhysioFirst Insurance Careers"),
        attendees=(att(ME, "Amara Okafor"), att("karen.liddle@physiofirst-insure.co.uk", "Karen Liddle")))],
        (lab(u, True, "PhysioFirst Insurance", "Clinical Claims Adviser", "recruiter_screen",
             "karen.liddle@physiofirst-insure.co.uk"),)))

    u = "cancelled-kinetra-tech-2@greenhouse.io"
    out.append(mk("cancelled-technical", "en", "greenhouse", [ev(
        u, "CANCELLED: Technical interview - Clinical Product Specialist - Kinetra Medical", "20261127T100000",
        "20261127T110000", tz=G, status="CANCELLED", seq=2,
        desc="This interview has been cancelled. Our recruiting team will be in touch to find a new time.\n"
             "Interviewers: Mark Tully (Product Manager)",
        organizer=org("no-reply@greenhouse.io", "Kinetra Medical Recruiting"),
        attendees=(att(ME, "Amara Okafor"), att("mark.tully@kinetramedical.com", "Mark Tully")))],
        (lab(u, True, "Kinetra Medical", "Clinical Product Specialist", "technical",
             "mark.tully@kinetramedical.com", "cancelled"),), method="CANCEL", tzids=(G,)))

    u = "3m2ljq0ufo9b1d7pcs5gk8rt4e@google.com"
    out.append(mk("google-direct-employee", "en", "google", [ev(
        u, "Amara / Tessa - Motus Health training lead conversation", "20261130T150000", "20261130T154500",
        tz="Europe/London",
        desc="Hi Amara, as promised, here's time with me (Tessa, Head of Training at Motus Health). This is the "
             "hiring manager conversation for the Clinical Training Lead role - I'll walk you through the team and "
             "ask about how you teach exercise technique to groups." + meet("bne-zkqa-oyt"),
        organizer=org("tessa.moran@motushealth.com", "Tessa Moran"),
        attendees=(att("tessa.moran@motushealth.com", "Tessa Moran", stat="ACCEPTED", rsvp=False),
                   att(ME)), extra=meet_conf("bne-zkqa-oyt"))],
        (lab(u, True, "Motus Health", "Clinical Training Lead", "hiring_manager", "tessa.moran@motushealth.com"),),
        tzids=("Europe/London",)))

    u = "smartr-ivw-99213-amara"
    out.append(mk("smartrecruiters-video", "en", "smartrecruiters", [ev(
        u, "Video interview with Corvane Orthopaedics", "20261201T083000Z", "20261201T091500Z",
        loc="https://corvane.webex.com/meet/rachel.dunne",
        desc="Dear Amara Okafor,\n\nYou are invited to a video interview for the position Medical Device Trainer "
             "- UK & Ireland (Ref 88-231).\nInterviewer: Rachel Dunne, Professional Education Manager\n\n"
             "Sent via SmartRecruiters on behalf of Corvane Orthopaedics." + webex("2741 993 0512"),
        organizer=org("noreply@smartrecruiters.com", "Corvane Orthopaedics"),
        attendees=(att(ME, "Amara Okafor"), att("rachel.dunne@corvane.com", "Rachel Dunne")))],
        (lab(u, True, "Corvane Orthopaedics", "Medical Device Trainer - UK & Ireland", "",
             "rachel.dunne@corvane.com"),)))

    u = "AAMkAGI2-rescheduled-meditrak-2"
    out.append(mk("rescheduled-second", "en", "exchange", [ev(
        u, "Updated: Meditrak second interview - Amara Okafor", "20261203T110000", "20261203T120000",
        tz="GMT Standard Time", seq=3, loc="Teams",
        desc="Moved to Thursday at 11 as Grace is in theatre on Wednesday. Same panel: Grace Adeyemi and Paul "
             "Sanderson (Sales Director). This is the final stage for Field Clinical Specialist.\n"
             + teams("en", "300 455 212 71"),
        organizer=org("grace.adeyemi@meditrak.co.uk", "Grace Adeyemi"),
        attendees=(att(ME, "Amara Okafor"), att("paul.sanderson@meditrak.co.uk", "Paul Sanderson")),
        extra=ms_extra())],
        (lab(u, True, "Meditrak", "Field Clinical Specialist", "final",
             "grace.adeyemi@meditrak.co.uk;paul.sanderson@meditrak.co.uk", "rescheduled"),),
        tzids=("GMT Standard Time",)))

    u = "modernloop-int-2b77d1-amara"
    out.append(mk("modernloop-panel", "en", "modernloop", [ev(
        u, "[Kinetic Labs] Panel interview - Amara Okafor - Digital Health Success Manager",
        "20261204T133000Z", "20261204T150000Z", loc="Google Meet",
        desc="Interview panel\n- Chidi Nwosu (VP Customer)\n- Laura Fenn (Clinical Director)\n\nThis invite was "
             "created by ModernLoop for Kinetic Labs. Coordinator: Maisie Holt (does not attend)."
             + meet("crt-ybwx-ufi"),
        organizer=org("maisie.holt@kineticlabs.health", "Maisie Holt"),
        attendees=(att(ME), att("chidi.nwosu@kineticlabs.health", "Chidi Nwosu"),
                   att("laura.fenn@kineticlabs.health", "Laura Fenn")))],
        (lab(u, True, "Kinetic Labs", "Digital Health Success Manager", "onsite",
             "chidi.nwosu@kineticlabs.health;laura.fenn@kineticlabs.health", "coordinator"),)))

    u = "AA0B11-allday-assessment-centre"
    out.append(mk("allday-assessment", "en", "outlook", [ev(
        u, "Assessment day - Apex Rehab Devices (Clinical Applications Specialist)", "20261207", "20261208",
        loc="Apex Rehab Devices, Stockport SK4 1AA",
        desc="Full day: product demo task, group exercise, and interview with Vikram Desai (Clinical Applications "
             "Manager). Arrive 8:45. Parking at the back.", organizer=org(ME, "Amara Okafor"),
        extra=ms_extra("FREE"), transp="TRANSPARENT")],
        (lab(u, True, "Apex Rehab Devices", "Clinical Applications Specialist", "onsite", "", "allday"),),
        method=None))

    u = "sent-to-work-2026-12-08@ceraflex"
    out.append(mk("sent-to-work-address", "en", "outlook", [ev(
        u, "Ceraflex | Clinical Specialist interview | A. Okafor", "20261208T080000", "20261208T084500",
        tz="GMT Standard Time", loc="Phone (Ceraflex will call)",
        desc="Dear Amara,\n\nThank you for applying for Clinical Specialist - Wound & Lymphoedema. Your screening "
             "call with me is confirmed. Apologies that this went to your hospital address, it was on your CV.\n\n"
             "Jenny Crowther\nTalent Acquisition, Ceraflex Ltd",
        organizer=org("jenny.crowther@ceraflex.com", "Jenny Crowther"),
        attendees=(att(WORK, "Okafor Amara"),), extra=ms_extra())],
        (lab(u, True, "Ceraflex", "Clinical Specialist - Wound & Lymphoedema", "recruiter_screen",
             "jenny.crowther@ceraflex.com", "work_address"),), tzids=("GMT Standard Time",)))

    u = "calcom-7vhTq2-amara"
    out.append(mk("calcom-founder-proton", "en", "calcom", [ev(
        u, "Flexa Care <> Amara: product + clinical interview", "20261209T170000Z", "20261209T174500Z",
        loc="https://app.cal.com/video/7vhTq2",
        desc="What: Flexa Care <> Amara: product + clinical interview\nInvitee time zone: Europe/London\nWho:\n"
             "Noor Haddad - Organizer\nnoor.flexacare@proton.me\nAmara Okafor\namara.okafor@outlook.com\n"
             "Additional notes: Second conversation - the co-founder Emil joins for the technical part (remote "
             "monitoring dashboards).",
        organizer=org("noor.flexacare@proton.me", "Noor Haddad"),
        attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"), att("emil.flexacare@proton.me", "Emil Varga")))],
        (lab(u, True, "Flexa Care", "", "technical", "noor.flexacare@proton.me;emil.flexacare@proton.me",
             "founder_freemail"),)))

    u = "apple-A7F1-22C0-handtyped-lon"
    out.append(mk("apple-handtyped-london", "en", "apple", [ev(
        u, "2nd interview @ Sana Digital Physio - w/ Chloe (CEO) + Marcus", "20261210T110000", "20261210T120000",
        tz="Europe/London", loc="Sana Digital Physio\n22 Bermondsey St, London SE1",
        desc="customer success lead. bring the onboarding plan slides. Chloe = chloe@sanaphysio.com",
        extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",))],
        (lab(u, True, "Sana Digital Physio", "customer success lead", "", "chloe@sanaphysio.com;Marcus",
             "handtyped"),), method=None, tzids=("Europe/London",)))

    u = "lever-9b10-recruiter-screen-rehabiq"
    out.append(mk("lever-screen-xwr", "en", "lever", [ev(
        u, "Amara Okafor <> RehabIQ - Recruiter Screen", "20261111T090000", "20261111T093000",
        desc="Role: Customer Success Specialist (Clinics)\nInterviewer: Femi Bankole, Senior Recruiter\n"
             "Location: phone - Femi will call you.\n\nScheduled via Lever.",
        organizer=org("femi.bankole@rehabiq.com", "Femi Bankole"),
        attendees=(att(ME, "Amara Okafor"), att("femi.bankole@rehabiq.com", "Femi Bankole", stat="ACCEPTED")))],
        (lab(u, True, "RehabIQ", "Customer Success Specialist (Clinics)", "recruiter_screen",
             "femi.bankole@rehabiq.com"),), xprops=("X-WR-TIMEZONE:Europe/London", "X-WR-CALNAME:Amara")))

    u = "recurring-workshadow-2026-motion"
    series = ev(u, "Paid trial shift - MotionCare clinic software rollout (interview stage)", "20261214T090000",
                "20261214T130000", tz="Europe/London", rrule="FREQ=DAILY;COUNT=2",
                loc="MotionCare, Salford Quays",
                desc="Final-stage work trial for the Clinical Onboarding Specialist role: two mornings supporting a "
                     "clinic go-live, assessed by Leah Brooks (Onboarding Manager).",
                organizer=org("leah.brooks@motioncare.co.uk", "Leah Brooks"),
                attendees=(att(ME, "Amara Okafor"),))
    override = ev(u, "Paid trial shift - MotionCare clinic software rollout (interview stage)", "20261215T100000",
                  "20261215T140000", tz="Europe/London", recurid="20261215T090000", seq=1,
                  loc="MotionCare, Salford Quays", desc="Day two starts at 10 - Leah is at a site visit first.",
                  organizer=org("leah.brooks@motioncare.co.uk", "Leah Brooks"), attendees=(att(ME, "Amara Okafor"),))
    out.append(mk("recurring-trial-override", "en", "outlook", [series, override],
                  (lab(u, True, "MotionCare", "Clinical Onboarding Specialist", "final",
                       "leah.brooks@motioncare.co.uk", "recurring"),), tzids=("Europe/London",)))
    return out
