"""holdout77 negatives: the user on the hiring side at St. Colmcille's Community School (boards, shortlisting,
invites she sends to candidates, an agency sending its candidate, Calendly with the user as host)."""

from __future__ import annotations

from holdout77ev_ics import WORK, esc, item, lab, vcal

OLK = "040000008200E00074C5B7101A82E00800000000"
PRINCIPAL = 'ORGANIZER;CN="Dunne, Martin":mailto:mdunne@stcolmcilles-cs.ie'
ME_ATT = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelly, Siobhán":mailto:{WORK}'


def outlook(uid: str, summary: str, desc: str, start: str, end: str, extra: str = "", loc: str = "") -> str:
    return f"""BEGIN:VEVENT
{extra}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:{summary}
DTSTART;TZID=GMT Standard Time:{start}
DTEND;TZID=GMT Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250603T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:{loc}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""


def board_maths() -> dict[str, object]:
    uid = OLK + "11A2B3C4D5E1DB0100000000000000001000000031415926535897932384626433832795"
    desc = esc("""Interview Board – Teacher of Mathematics (fixed-term, 2025/26)

Board: Martin Dunne (Principal), Liam Heffernan (Chairperson, BOM), Siobhán Kelly (subject specialist)

10:00  Ciara Mulvey
10:40  Jack Ennis
11:20  Tadhg Lyons
12:00  Aisling Rowe

Siobhán – please lead the subject-specific questions (Q4–Q6). Marking sheets and CVs are in the office; \
Bríd will bring tea at 11.

Martin""")
    extra = f"""{PRINCIPAL}
{ME_ATT}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam Heffernan:mailto:bom.chair@stcolmcilles-cs.ie"""
    body = outlook(uid, "Interview Board – Teacher of Mathematics (fixed-term)", desc,
                   "20250619T094500", "20250619T130000", extra, "Boardroom")
    return item(
        "hiring-board-outlook",
        lab(uid, 0, trap="user-as-interviewer-board-schedule"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def shortlisting() -> dict[str, object]:
    uid = OLK + "22B3C4D5E6D9DB010000000000000000100000002718281828459045235360287471352"
    desc = esc("""27 applications for the Maths (fixed-term) post are in the shared drive under HR > 2025 > Maths. \
Please score each against the criteria grid (qualifications, LC HL experience, extra-curricular, \
references) before we meet. We'll aim to shortlist 4–5 for interview on the 19th.""")
    extra = f"""{PRINCIPAL}
{ME_ATT}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Carr, Yvonne":mailto:ycarr@stcolmcilles-cs.ie"""
    body = outlook(uid, "Shortlisting – Maths (fixed-term) applications", desc,
                   "20250609T154500", "20250609T164500", extra, "Principal's office")
    return item(
        "hiring-shortlisting",
        lab(uid, 0, trap="user-as-interviewer-shortlisting"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def invite_candidate() -> dict[str, object]:
    uid = OLK + "33C4D5E6F7DADB0100000000000000001000000016180339887498948482045868343656"
    desc = esc("""Dear Ciara,

Thank you for your application for the fixed-term post of Teacher of Mathematics. You are invited to \
interview on Thursday 19th June at 10.00am in St. Colmcille's Community School, Knocklyon.

The board will comprise the Principal, Mr Martin Dunne, the Chairperson of the Board of Management and \
myself. Please bring your Teaching Council registration details and photographic ID.

Kind regards,
Siobhán Kelly
Mathematics Department Coordinator
St. Colmcille's Community School""")
    extra = f"""ORGANIZER;CN="Kelly, Siobhán":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=ciara.mulvey94@gmail.com:mailto:ciara.mulvey94@gmail.com"""
    body = outlook(uid, "Interview – Mathematics teacher (fixed-term), St. Colmcille's CS", desc,
                   "20250619T100000", "20250619T103500", extra, "St. Colmcille's Community School, Knocklyon")
    return item(
        "hiring-invite-freemail-candidate",
        lab(uid, 0, trap="user-as-interviewer-candidate-freemail"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
    )


def agency_candidate() -> dict[str, object]:
    uid = "8a3f5c71-0e2d-4b9a-9c6e-2f1d0b7a4e33"
    desc = esc("""Hi Siobhán,

As discussed on the phone, Aoife is available for the maternity cover (Maths & Physics) from September – \
her CV is attached. She's delighted to come into the school to meet you and Martin. Aoife is copied on this \
invite.

Any questions, just shout.

Rachel Byrne
Senior Consultant – Post-Primary
TeachReady Recruitment | 01 677 3301""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250604T121200Z
DTSTART;TZID=Europe/Dublin:20250611T131000
DTEND;TZID=Europe/Dublin:20250611T134000
SUMMARY:Candidate interview: Aoife Tracey (Maths & Physics) – maternity cover
ORGANIZER;CN=Rachel Byrne:mailto:rachel@teachready.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN=Aoife Tracey;RSVP=TRUE:mailto:aoife.tracey@hotmail.com
DESCRIPTION:{desc}
LOCATION:St Colmcille's Community School\\, Knocklyon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "hiring-agency-sends-candidate",
        lab(uid, 0, trap="user-as-interviewer-agency-candidate"),
        vcal(body, "outlook", tzs=("Europe/Dublin",)),
    )


def calendly_host() -> dict[str, object]:
    uid = "EVT-b2e9d417-5c3a-4f81-8d0e-7a6c5b4e3d21@calendly.com"
    desc = esc("""Event Name: Substitute maths – 20 min chat

Invitee: Ronan Fitzgerald
Invitee Email: ronan.fitz@outlook.ie

Questions:
Which subjects can you teach?: Maths to HL, Applied Maths
Teaching Council number: 412907
Available from: September

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Powered by Calendly.com""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250610T191022Z
DTSTART:20250617T083000Z
DTEND:20250617T085000Z
SUMMARY:Ronan Fitzgerald and Siobhán Kelly
ORGANIZER;CN=Siobhán Kelly:mailto:{WORK}
ATTENDEE;CN=Ronan Fitzgerald;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ronan.fitz@outlook.ie
DESCRIPTION:{desc}
LOCATION:St Colmcille's CS – Maths office (Room M1)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "hiring-calendly-host",
        lab(uid, 0, trap="user-as-interviewer-calendly-host"),
        vcal(body, "calendly"),
    )


def board_irish() -> dict[str, object]:
    uid = "0g5m8v2c1r7x4q9b3n6k0t8p1h@google.com"
    desc = esc("""A Shiobhán,

Go raibh míle maith agat as a bheith ar an mbord agallaimh don phost Múinteoir Gaeilge & Tíreolaíochta.

Iarrthóirí:
14.00  Róisín Ní Bhraonáin
14.40  Darach Ó Murchú
15.20  Eimear de Búrca

Beidh na ceisteanna agus na bileoga marcála agam. Déanfaidh tusa na ceisteanna ar an teagasc agus \
foghlaim; déanfaidh Máirtín (an Príomhoide) an chuid eile.

Ciarán""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250612T135000
DTEND;TZID=Europe/Dublin:20250612T160000
DTSTAMP:20250605T090909Z
ORGANIZER;CN=Ciarán Mac Cárthaigh:mailto:cmaccarthaigh@stcolmcilles-cs.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martin Dunne:mailto:mdunne@stcolmcilles-cs.ie
DESCRIPTION:{desc}
LOCATION:Seomra an Bhoird
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Agallaimh: Múinteoir Gaeilge & Tíreolaíochta (post lánaimseartha)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "hiring-board-ga",
        lab(uid, 0, trap="user-as-interviewer-board-ga"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
    )


def debrief() -> dict[str, object]:
    uid = OLK + "44D5E6F708DBDB01000000000000000010000000141421356237309504880168872420969"
    desc = esc("""Agree final ranking for the Maths fixed-term post, complete the board's report for the BOM and \
decide who phones the referees of the first-placed candidate. Sandwiches in the boardroom.""")
    extra = f"""{PRINCIPAL}
{ME_ATT}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam Heffernan:mailto:bom.chair@stcolmcilles-cs.ie"""
    body = outlook(uid, "Debrief & ranking – Maths interviews", desc,
                   "20250619T130000", "20250619T133000", extra, "Boardroom")
    return item(
        "hiring-debrief",
        lab(uid, 0, trap="user-as-interviewer-debrief"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def marking_sheets() -> dict[str, object]:
    uid = OLK + "55E6F70819DCDB0100000000000000001000000017320508075688772935274463415058"
    body = outlook(uid, "Return SNA interview marking sheets to office (Bríd) – signed + dated",
                   "", "20250530T080000", "20250530T081500", "", "")
    body = body.replace("DESCRIPTION;LANGUAGE=en-IE:\n", "").replace("LOCATION;LANGUAGE=en-IE:\n", "")
    return item(
        "hiring-scorecard-reminder",
        lab(uid, 0, trap="user-as-interviewer-scorecard-reminder"),
        vcal(body, "outlook", method="PUBLISH", tzs=("GMT Standard Time",)),
    )


def external_board() -> dict[str, object]:
    uid = OLK + "66F708192ADDDB0100000000000000001000000022360679774997896964091736687313"
    desc = esc("""Dear Siobhán,

Thank you very much for agreeing to act as subject specialist on the interview board for the post of \
Teacher of Mathematics (CID) at Templeogue Vale Community College.

Board: Mr Fergal Doyle (DSWETB, Chair), Ms Orlaith Greene (Principal) and Ms Siobhán Kelly (subject \
specialist, St. Colmcille's CS). Five candidates, starting at 9.30; lunch will be provided.

Interview questions and marking sheets will be circulated on the morning. Please treat all candidate \
information as confidential.

Kind regards,
Orlaith Greene
Principal, Templeogue Vale Community College""")
    extra = f"""ORGANIZER;CN="Greene, Orlaith":mailto:ogreene@tvcc.dswetb.ie
{ME_ATT}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Doyle, Fergal":mailto:fdoyle@dswetb.ie"""
    body = outlook(uid, "Interview Board – Teacher of Mathematics (CID) – Templeogue Vale CC", desc,
                   "20250616T091500", "20250616T140000", extra, "Templeogue Vale Community College, Meeting Room")
    return item(
        "hiring-external-board",
        lab(uid, 0, trap="user-as-interviewer-external-board-other-school"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def shadow_board() -> dict[str, object]:
    uid = OLK + "77081923ABDEDB010000000000000000100000002645751311064590590501615753639"
    desc = esc("""Hi Siobhán,

As part of your leadership development (and ahead of your own DP applications!) you're very welcome to sit \
in on the AP2 board as an observer. You won't score or ask questions – just watch how the board runs, how \
we probe answers and how we agree marks afterwards. Candidates have been told an observer may be present.

Yvonne""")
    extra = f"""ORGANIZER;CN="Carr, Yvonne":mailto:ycarr@stcolmcilles-cs.ie
{ME_ATT}"""
    body = outlook(uid, "Shadowing: AP2 interview board (observer, non-scoring)", desc,
                   "20250402T154000", "20250402T180000", extra, "Boardroom")
    return item(
        "hiring-shadowing",
        lab(uid, 0, trap="user-as-interviewer-shadowing-observer"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def question_prep() -> dict[str, object]:
    uid = OLK + "8819203ABCDFDB0100000000000000001000000019947548164376191200498125698134"
    desc = esc("""Agree the interview questions and marking scheme for the Maths post: 8 questions, 10 marks each. \
Siobhán to draft the subject questions (differentiation in mixed-ability 1st year, LC HL probability, \
use of the Project Maths resources).""")
    extra = f"""{PRINCIPAL}
{ME_ATT}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Carr, Yvonne":mailto:ycarr@stcolmcilles-cs.ie"""
    body = outlook(uid, "Interview questions + marking scheme – Maths post", desc,
                   "20250612T161000", "20250612T165500", extra, "Principal's office")
    return item(
        "hiring-question-prep",
        lab(uid, 0, trap="user-as-interviewer-question-prep"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
    )


def events() -> list[dict[str, object]]:
    return [
        board_maths(),
        shortlisting(),
        invite_candidate(),
        agency_candidate(),
        calendly_host(),
        board_irish(),
        debrief(),
        marking_sheets(),
        external_board(),
        shadow_board(),
        question_prep(),
    ]
