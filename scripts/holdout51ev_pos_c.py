"""holdout51: the user's own interviews, part C (a few more shapes)."""

from __future__ import annotations

from holdout51ev_ics import ME_W, ME_Y, P_EXCH, P_GOOGLE, P_OUTLOOK, att, meet, one, org, teams, zoom

CHI = "America/Chicago"


def events() -> list[dict[str, object]]:
    return [
        one("work-address-en", "040000008200E00074C5B7101A82E00800000000RBCH-HM2-0410",
            "Riverbend Children's - 2nd interview (Director, Inpatient Nursing Ops)", "20250410T140000",
            "20250410T150000", "Eastern Standard Time",
            (1, "Riverbend Children's Hospital", "Director, Inpatient Nursing Operations", "",
             "swhitfield@riverbendkids.org;dmoreno@riverbendkids.org", "sent-to-work-address-en"),
            organizer=org("swhitfield@riverbendkids.org", "Whitfield, Sharon"),
            attendees=[att(ME_W, "Webb, Marcus"), att("dmoreno@riverbendkids.org", "Moreno, Daniel")],
            desc="Marcus, second conversation with me and Daniel Moreno (CMO). Sent to the address you replied "
                 "from.\n\n" + teams("4419902287"), prodid=P_EXCH),
        one("phone-screen-en", "8b2n5v1c7blueriver@google.com", "Blue River Health - phone screen (Tasha Green)",
            "20250402T150000", "20250402T153000", "Z",
            (1, "Blue River Health", "Director of Nursing, Med-Surg", "recruiter_screen",
             "tgreen@blueriverhealth.org", "phone-screen-en"),
            organizer=org("tgreen@blueriverhealth.org", "Tasha Green"), attendees=[att(ME_Y, "Marcus Webb")],
            desc="Recruiter phone screen for Director of Nursing, Med-Surg. I'll call 773-555-0188."),
        one("meet-es-hm", "5c8v2b7n1alianza2@google.com", "Segunda entrevista - Alianza Latina (con el CEO)",
            "20250331T150000", "20250331T160000", CHI,
            (1, "Alianza Latina Health Centers", "Director(a) de Enfermería", "final", "hvillarreal@alianzalatina.org",
             "meet-final-es"),
            organizer=org("rfuentes@alianzalatina.org", "Rosa Fuentes"),
            attendees=[att(ME_Y, "Marcus Webb"), att("hvillarreal@alianzalatina.org", "Héctor Villarreal")],
            desc="Marcus: la última etapa será con nuestro director general, Héctor Villarreal. Yo solo "
                 "coordino y no participaré.\n\n" + meet("alz-fin-ent", "es")),
        one("cancel-status-en", "sr-cxl-8e1f@smartrecruiters.com",
            "Cancelled: Interview - Clinical Operations Manager - Ascendia Home Health", "20250321T160000",
            "20250321T170000", CHI,
            (1, "Ascendia Home Health", "Clinical Operations Manager", "", "renee.dawson.rn@gmail.com",
             "cancelled-status-en"),
            organizer=org("renee.dawson.rn@gmail.com", "Renee Dawson"), attendees=[att(ME_Y, "Marcus Webb")],
            desc="Sorry Marcus - need to move this, new time coming.", status="CANCELLED", seq=1),
        one("zoom-de-fachgespraech", "vitalora-case-0424@vitalora.io",
            "Vitalora - Case Interview (Clinical Ops NA)", "20250424T160000", "20250424T171500", "Europe/Berlin",
            (1, "Vitalora", "Head of Clinical Operations North America", "technical",
             "florian@vitalora.io;hanna@vitalora.io", "case-de"),
            organizer=org("florian@vitalora.io", "Florian Beck"),
            attendees=[att(ME_Y, "Marcus Webb"), att("hanna@vitalora.io", "Hanna Vogt")],
            desc="Hi Marcus, wie angekündigt das Case-Interview: Rollout-Plan für 3 Pilotkliniken in Illinois. "
                 "Hanna (CTO) und ich.\n\n" + zoom("634 551 2290", "VnRsQ2Fz"), prodid=P_GOOGLE),
        one("nirh-reopen-en", "nirh-hm-0505@nirh.org", "Interview - ACNO - Marcus Webb (position reopened)",
            "20250505T100000", "20250505T110000", "(UTC-05:00) Eastern Time (US & Canada)",
            (1, "Northern Indiana Regional Health", "Associate Chief Nursing Officer", "hiring_manager",
             "bkeller@nirh.org", "reopened-windows-zone-en"),
            organizer=org("lpatel@nirh.org", "Patel, Leena"),
            attendees=[att(ME_Y, "Marcus Webb"), att("bkeller@nirh.org", "Keller, Barbara")],
            desc="Good news - the ACNO role is open again. You'll meet Barbara Keller, CNO (hiring manager).",
            prodid=P_OUTLOOK),
        one("nurseflow-hm-en", "lever-nf-hm-0318@hire.lever.co", "Nurseflow: Marcus Webb <> Sam Ortega",
            "20250318T190000", "20250318T194500", "Z",
            (1, "Nurseflow", "Director, Clinical Partnerships", "hiring_manager", "sam@nurseflow.com",
             "lever-hm-en"),
            organizer=org("kim@nurseflow.com", "Kim Albright"),
            attendees=[att(ME_Y, "Marcus Webb"), att("sam@nurseflow.com", "Sam Ortega")],
            desc="Director, Clinical Partnerships - hiring manager interview with Sam Ortega (COO).\n\n" +
                 meet("nfl-hm-sam")),
    ]
