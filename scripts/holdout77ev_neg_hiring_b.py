"""holdout77 negatives: more of the user on the hiring side (demo-lesson observation, hand-typed notes, feedback
call, student-teacher placement, language assistants in French and Spanish, a room booking, a candidate who
sends the invite himself)."""

from __future__ import annotations

from holdout77ev_ics import WORK, esc, item, lab, vcal

OLK = "040000008200E00074C5B7101A82E00800000000"


def demo_lesson() -> dict[str, object]:
    uid = OLK + "99A0B1C2D3E0DB01000000000000000010000000577215664901532860606512090082402"
    desc = esc("""Siobhán – can you observe Tadhg Lyons's demo lesson before his interview? 2nd Year, algebra \
(solving linear equations), 35 mins, Room M3. Use the observation rubric in the interview folder and give \
the board a 2-minute summary at 11.20.

Martin""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Dunne, Martin":mailto:mdunne@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelly, Siobhán":mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Observe candidate demo lesson – 2nd Yr algebra (T. Lyons)
DTSTART;TZID=GMT Standard Time:20250619T104000
DTEND;TZID=GMT Standard Time:20250619T111500
DTSTAMP:20250613T101500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Room M3
END:VEVENT"""
    return item(
        "hiring-demo-observation",
        lab(uid, 0, trap="user-as-interviewer-demo-lesson-observation"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def sna_handtyped() -> dict[str, object]:
    uid = "D2A9C4E1-7B30-4F58-A6D2-91E3C5B7F0A4"
    body = """BEGIN:VEVENT
CREATED:20250526T071203Z
DTSTAMP:20250526T071230Z
DTSTART:20250528T111500
DTEND:20250528T133000
LAST-MODIFIED:20250526T071230Z
SUMMARY:SNA intvs 11.15 / 12 / 12.45 – bring sheets
DESCRIPTION:me + Martin + Yvonne. cover for 5th yr HL arranged (Gerry)
UID:""" + uid + """
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "hiring-handtyped-floating",
        lab(uid, 0, trap="user-as-interviewer-handtyped-floating"),
        vcal(body, "apple", method=None),
    )


def feedback_call() -> dict[str, object]:
    uid = OLK + "AAB1C2D3E4E3DB0100000000000000001000000066930147180559945309417232121458"
    desc = esc("""He asked for feedback – strong on pedagogy, weaker on LC HL calculus answer. Keep it short + kind; \
encourage him to apply for the Sept sub list.""")
    body = f"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Feedback call – J. Ennis (unsuccessful\\, maths post)
DTSTART;TZID=GMT Standard Time:20250624T124500
DTEND;TZID=GMT Standard Time:20250624T130000
DTSTAMP:20250620T153000Z
CLASS:PRIVATE
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return item(
        "hiring-feedback-call",
        lab(uid, 0, trap="user-as-interviewer-feedback-call"),
        vcal(body, "outlook", method="PUBLISH", tzs=("GMT Standard Time",)),
    )


def pme_placement() -> dict[str, object]:
    uid = OLK + "BBC2D3E4F5E4DB0100000000000000001000000014142135623730950488016887242097"
    desc = esc("""Hi Conor,

Thanks for your interest in doing your PME school placement (Mathematics) with us next year. Could you come \
in for a short interview with me and Ms Carr (Deputy Principal)? We'll ask about your subject background, \
your availability on Tuesdays and Thursdays, and which year groups you'd like to teach.

Siobhán Kelly
Maths Department Coordinator, St. Colmcille's CS""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Kelly, Siobhán":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Conor Walsh:mailto:conor.walsh@mail.dite.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carr, Yvonne":mailto:ycarr@stcolmcilles-cs.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Placement interview – PME student (Maths) – Conor Walsh
DTSTART;TZID=GMT Standard Time:20250508T133000
DTEND;TZID=GMT Standard Time:20250508T135500
DTSTAMP:20250429T204500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Maths office (M1)
END:VEVENT"""
    return item(
        "hiring-placement-student",
        lab(uid, 0, trap="user-as-interviewer-placement-student-university-address"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
    )


def assistant_fr() -> dict[str, object]:
    uid = "3q7n1v5c9x2m8b0k4t6r1p3s9w@google.com"
    desc = esc("""Bonjour Manon,

Comme convenu, voici l'invitation pour notre entretien en visio pour le poste d'assistante de langue \
française à St. Colmcille's Community School (année 2025/26). Seront présentes : Mme Moreau (professeure de \
français) et Mme Kelly (responsable des assistants de langue).

Nous vous poserons quelques questions sur votre expérience avec les adolescents et sur les activités que \
vous aimeriez proposer en classe.

Bien cordialement,
Anne-Sophie Moreau

Participer avec Google Meet : https://meet.google.com/ass-fqmr-lyn""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250513T160000
DTEND;TZID=Europe/Dublin:20250513T163000
DTSTAMP:20250506T180045Z
ORGANIZER;CN=Anne-Sophie Moreau:mailto:amoreau@stcolmcilles-cs.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Siobhán Kelly:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=Manon Leclerc:mailto:manon.leclerc@etu.univ-lyon2.fr
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ass-fqmr-lyn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – assistante de langue française 2025/26 (Manon Leclerc)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "hiring-language-assistant-fr",
        lab(uid, 0, trap="user-as-interviewer-language-assistant-fr"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
    )


def assistant_es() -> dict[str, object]:
    uid = "9b2x6m0q4v8c1n5t3k7r2p0h6s@google.com"
    desc = esc("""Hola Javier:

Te envío la invitación para la entrevista por videollamada para el puesto de auxiliar de conversación de \
español en St. Colmcille's Community School (curso 2025/26). Estaremos Carmen Ruiz (profesora de español) y \
Siobhán Kelly (coordinadora de los auxiliares de idiomas). Durará unos 20 minutos.

Un saludo,
Carmen

Unirse con Google Meet: https://meet.google.com/esp-ukvh-qbo""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250515T161500
DTEND;TZID=Europe/Dublin:20250515T163500
DTSTAMP:20250507T171717Z
ORGANIZER;CN=Carmen Ruiz:mailto:cruiz@stcolmcilles-cs.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Siobhán Kelly:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=Javier Morales:mailto:javimorales.ele@gmail.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/esp-ukvh-qbo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – auxiliar de conversación 2025/26 (Javier Morales)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "hiring-language-assistant-es",
        lab(uid, 0, trap="user-as-interviewer-language-assistant-es"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
    )


def study_tutors() -> dict[str, object]:
    uid = OLK + "CCD3E4F506E5DB0100000000000000001000000070710678118654752440084436210485"
    desc = esc("""Interviews for supervised study tutors (LC study centre, Mon–Thu 4–6pm, from September).
Three past pupils, now at college – 15 mins each:
16.00 Eoghan Daly (eoghan.daly@ucdconnect.ie)
16.15 Megan Foley (megfoley03@gmail.com)
16.30 Ryan Nwachukwu (ryan.nwachukwu@tcd.ie)
Questions: availability, maths/science strength, how they'd handle a noisy room.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Kelly, Siobhán":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=megfoley03@gmail.com:mailto:megfoley03@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Eoghan Daly:mailto:eoghan.daly@ucdconnect.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ryan Nwachukwu:mailto:ryan.nwachukwu@tcd.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Interviews – supervised study tutors
DTSTART;TZID=GMT Standard Time:20250521T160000
DTEND;TZID=GMT Standard Time:20250521T164500
DTSTAMP:20250514T082000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Study Hall
END:VEVENT"""
    return item(
        "hiring-study-tutors",
        lab(uid, 0, trap="user-as-interviewer-study-tutors-students"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
    )


def interview_pack() -> dict[str, object]:
    uid = "5d8e1a2b-3c4d-4e5f-9a0b-c1d2e3f4a5b6"
    body = f"""BEGIN:VEVENT
CREATED:20250613T151500Z
LAST-MODIFIED:20250613T151500Z
DTSTAMP:20250613T151500Z
UID:{uid}
SUMMARY:Collect interview pack from office + read CVs (maths post)
DTSTART;TZID=Europe/Dublin:20250617T154000
DTEND;TZID=Europe/Dublin:20250617T163000
DESCRIPTION:4 candidates. Note Qs for each CV. Pack stays in school (GDPR) - read in M1.
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT"""
    return item(
        "hiring-interview-pack",
        lab(uid, 0, trap="user-as-interviewer-interview-pack"),
        vcal(body, "thunderbird", method=None, tzs=("Europe/Dublin",)),
    )


def sna_day2_room() -> dict[str, object]:
    uid = OLK + "DDE4F50617E6DB01000000000000000010000000301029995663981195213738894724493"
    desc = esc("""SNA interviews – Day 2
Board: M. Dunne, S. Kelly, Y. Carr
5 candidates, 20 mins each from 9.10. Candidate list and marking sheets are in the boardroom. Please be \
there by 9.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Dunne, Martin":mailto:mdunne@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelly, Siobhán":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Carr, Yvonne":mailto:ycarr@stcolmcilles-cs.ie
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Boardroom:mailto:boardroom@stcolmcilles-cs.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:SNA interviews – Day 2
DTSTART;TZID=GMT Standard Time:20250529T090000
DTEND;TZID=GMT Standard Time:20250529T110000
DTSTAMP:20250520T094000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Boardroom
END:VEVENT"""
    return item(
        "hiring-sna-room",
        lab(uid, 0, trap="user-as-interviewer-room-sna-board"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def candidate_organizer() -> dict[str, object]:
    uid = "2c6v0m4x8q1b5n9k3t7r0p4h8s@google.com"
    desc = esc("""Hi Ms Kelly,

I've put the interview in my calendar and sent it on so you have my mobile (087 331 4490) in case anything \
changes on the day. Looking forward to the demo lesson and meeting the board on the 19th!

Thanks,
Tadhg Lyons""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250619T112000
DTEND;TZID=Europe/Dublin:20250619T120000
DTSTAMP:20250614T112233Z
ORGANIZER;CN=Tadhg Lyons:mailto:tadhg.lyons.maths@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tadhg Lyons:mailto:tadhg.lyons.maths@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}
DESCRIPTION:{desc}
LOCATION:St Colmcille's Community School\\, Knocklyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Tadhg Lyons / St Colmcille's CS (Maths)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "hiring-candidate-sends-invite",
        lab(uid, 0, trap="user-as-interviewer-candidate-organizer-freemail"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
    )


def events() -> list[dict[str, object]]:
    return [
        demo_lesson(),
        sna_handtyped(),
        feedback_call(),
        pme_placement(),
        assistant_fr(),
        assistant_es(),
        study_tutors(),
        interview_pack(),
        sna_day2_room(),
        candidate_organizer(),
    ]
