"""holdout7: the user on the other side of the table - interviewing candidates for Northwind Labs, in every form."""

from __future__ import annotations

from holdout7_boiler import meet, teams, zoom
from holdout7_ics import ME_WORK as W
from holdout7_ics import Entry, att, cal, neg, org, room, uid, vevent, when

S: list[Entry] = []
T = "user as interviewer"
NW = "northwind-labs.com"


def _add(kind: str, lang: str, text: str, u: str, trap: str = T) -> None:
    S.append((kind, lang, text, {u: neg(trap)}))


u = uid("h7-nw-gh-kit", "greenhouse.io")
_add(
    "greenhouse",
    "en",
    cal(
        "greenhouse",
        vevent(
            u,
            "Interview: Priya Natarajan - Backend Engineer (Technical)",
            when("20260311T1400", "20260311T1500", "Europe/Berlin"),
            organizer=org(f"recruiting@{NW}", "Northwind Labs Recruiting"),
            attendees=(att(W, "Jordan Lee"), att(f"sven.ahlers@{NW}", "Sven Ahlers")),
            desc="You're interviewing Priya Natarajan for Backend Engineer (Berlin).\n\nInterview kit: "
            "https://app.greenhouse.io/guides/88120/people/4412\nFocus: API design, testing habits\n"
            "Please submit your scorecard within 24 hours of the interview.\n\n" + meet("nwl-kit-pna"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-own-gmail-cand")
_add(
    "google-work",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Northwind Labs <> Lukas Brenner - technical interview",
            when("20260312T1000", "20260312T1100", "Europe/Berlin"),
            organizer=org(W, "Jordan Lee"),
            attendees=(
                att(W, "Jordan Lee", partstat="ACCEPTED", google=True),
                att("lukas.brenner@gmail.com", "Lukas Brenner", google=True),
                att(f"mai.tran@{NW}", "Mai Tran", google=True),
            ),
            desc="Hi Lukas, looking forward to talking! Mai and I will do the technical interview for the Senior "
            "Backend "
            "Engineer role here at Northwind Labs. Bring questions about the team.\n\nJordan\n\n" + meet("nwl-lbr-tec"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-scorecard")
_add(
    "reminder",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Submit scorecard: Amara Okeke (Data Engineer)",
            when("20260313T1630", "20260313T1645", "Europe/Berlin"),
            organizer=org(W, "Jordan Lee"),
            desc="Greenhouse scorecard overdue since yesterday's loop.",
        ),
        method=None,
        tzs=("Europe/Berlin",),
        calname=W,
    ),
    u,
)

u = uid("h7-nw-debrief", "outlook")
_add(
    "debrief",
    "en",
    cal(
        "exchange",
        vevent(
            u,
            "Debrief - Senior SRE candidate (Tomás Ruiz)",
            when("20260316T1530", "20260316T1600", "W. Europe Standard Time"),
            organizer=org(f"hanna.roth@{NW}", "Roth, Hanna"),
            attendees=(
                att(W, "Lee, Jordan"),
                att(f"mai.tran@{NW}", "Tran, Mai"),
                att(f"sven.ahlers@{NW}", "Ahlers, Sven"),
            ),
            desc="Hire / no hire discussion. Please have your scorecards in before we meet.\n\n"
            + teams("377 900 412 665"),
            loc="Microsoft Teams Meeting",
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
)

u = uid("h7-nw-goodtime-loop", "goodtime.io")
_add(
    "goodtime",
    "en",
    cal(
        "goodtime",
        vevent(
            u,
            "[Onsite] Wei Zhang - Staff Engineer - Jordan Lee (System Design)",
            when("20260318T1300", "20260318T1400", "Europe/Berlin"),
            organizer=org("scheduling@goodtime.io", "Northwind Labs Recruiting"),
            attendees=(att(W, "Jordan Lee"), room(f"ber-4-spree@{NW}", "BER 4.12 Spree (6)")),
            desc="Interviewer: Jordan Lee\nCandidate: Wei Zhang\nPosition: Staff Engineer\nFocus area: System "
            "design\n\n"
            "Candidate will be in BER 4.12 Spree. Interview kit and scorecard: "
            "https://app.greenhouse.io/interview_kits/99812\n\n"
            "Powered by GoodTime",
            loc="BER 4.12 Spree (6)",
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-calendly-host", "calendly.com")
_add(
    "calendly",
    "en",
    cal(
        "calendly",
        vevent(
            u,
            "Candidate pairing session between Jordan Lee and Sofia Marquez",
            when("20260319T1300", "20260319T1400", "Z"),
            organizer=org(W, "Jordan Lee"),
            attendees=(
                att(W, "Jordan Lee", partstat="ACCEPTED"),
                att("sofia.marquez@uni-heidelberg.de", "Sofia Marquez", partstat="ACCEPTED"),
            ),
            desc="Event Name: Candidate pairing session\n\nInvitee: Sofia Marquez\nInvitee Email: "
            "sofia.marquez@uni-heidelberg.de\n"
            "Questions: Which role are you interviewing for? -> Working Student, Backend (Northwind Labs)\n\n"
            "Location: https://meet.google.com/nwl-cdl-smq\n\nPowered by Calendly.com",
        ),
        method=None,
    ),
    u,
)

u = uid("h7-nw-shadow")
_add(
    "shadowing",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Shadow: hiring manager interview (candidate Ben Osei)",
            when("20260320T1100", "20260320T1145", "Europe/Berlin"),
            organizer=org(f"mai.tran@{NW}", "Mai Tran"),
            attendees=(
                att(f"mai.tran@{NW}", "Mai Tran", partstat="ACCEPTED", google=True),
                att(W, "Jordan Lee", google=True),
                att("ben.osei@outlook.com", "Ben Osei", google=True),
            ),
            desc="Jordan - you're shadowing this one as part of interviewer onboarding. Stay on mute, notes in the "
            "doc after.\n\n" + meet("nwl-shd-bos"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-calibration")
_add(
    "calibration",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Interviewer calibration - backend loop (Q2)",
            when("20260323T1500", "20260323T1600", "Europe/Berlin"),
            organizer=org(f"hanna.roth@{NW}", "Hanna Roth"),
            attendees=(
                att(W, "Jordan Lee", google=True),
                att(f"sven.ahlers@{NW}", "Sven Ahlers", google=True),
                att(f"mai.tran@{NW}", "Mai Tran", google=True),
            ),
            desc="We'll score two recorded mock answers together and align on the rubric for the system design "
            "interview.",
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-hc", "outlook")
_add(
    "hiring-committee",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Hiring committee: backend reqs BE-114 / BE-117",
            when("20260326T1600", "20260326T1700", "W. Europe Standard Time"),
            organizer=org(f"omar.said@{NW}", "Said, Omar"),
            attendees=(
                att(W, "Lee, Jordan"),
                att(f"hanna.roth@{NW}", "Roth, Hanna"),
                room(f"ber-5-havel@{NW}", "BER 5.02 Havel (6)"),
            ),
            desc="Three candidates to decide on; packets are in the shared folder.",
            loc="BER 5.02 Havel (6)",
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
)

u = uid("h7-nw-intern-uni")
_add(
    "google-work",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Intern interview - Hannah Koch (TU Berlin)",
            when("20260327T1000", "20260327T1045", "Europe/Berlin"),
            organizer=org(W, "Jordan Lee"),
            attendees=(
                att(W, "Jordan Lee", partstat="ACCEPTED", google=True),
                att("hannah.koch@campus.tu-berlin.de", "Hannah Koch", google=True),
            ),
            desc="Hi Hannah, this is your interview for the summer internship in our platform team at Northwind Labs. "
            "45 minutes, mostly about your projects.\n\n" + meet("nwl-int-hko"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-agency-cand", "outlook")
_add(
    "agency-outlook",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Interview: Marcus Feld / Northwind Labs - Senior Backend Engineer",
            when("20260330T1100", "20260330T1200", "W. Europe Standard Time"),
            organizer=org("hannah.cole@redwoodtalent.co.uk", "Hannah Cole"),
            attendees=(att(W, "Jordan Lee"), att("marcus.feld@outlook.com", "Marcus Feld")),
            desc="Hi Jordan,\n\nAs agreed, I've set up the first interview between you and my candidate Marcus Feld "
            "for your "
            "Senior Backend Engineer vacancy. His CV is attached to the email.\n\nHannah Cole | Redwood Talent "
            "Partners\n\n" + teams("366 120 554 981"),
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
    "user as interviewer (agency sends candidate)",
)

u = uid("h7-nw-de-kandidatin", "outlook")
_add(
    "outlook-teams",
    "de",
    cal(
        "exchange",
        vevent(
            u,
            "Vorstellungsgespräch Julia Vogt – Backend Entwicklerin",
            when("20260331T1000", "20260331T1100", "W. Europe Standard Time"),
            organizer=org(W, "Lee, Jordan"),
            attendees=(att("julia.vogt@web.de", "Julia Vogt"), att(f"katja.meyer@{NW}", "Meyer, Katja")),
            desc="Hallo Frau Vogt,\n\nanbei die Einladung zu unserem Gespräch für die Stelle Backend Entwickler:in "
            "bei Northwind "
            "Labs. Meine Kollegin Katja Meyer (People) ist ebenfalls dabei.\n\nViele Grüße\nJordan Lee, Engineering "
            "Manager\n\n" + teams("392 554 107 230", "de"),
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
)

u = uid("h7-nw-fr-candidate")
_add(
    "google-work",
    "fr",
    cal(
        "google",
        vevent(
            u,
            "Entretien candidat – Léa Moreau – Développeuse Backend",
            when("20260401T1400", "20260401T1500", "Europe/Paris"),
            organizer=org(f"recrutement@{NW}", "Recrutement Northwind Labs"),
            attendees=(att(W, "Jordan Lee", google=True), att("lea.moreau@free.fr", "Léa Moreau", google=True)),
            desc="Bonjour Jordan, tu fais passer l'entretien technique à Léa Moreau (candidate, Développeuse Backend). "
            "Grille d'évaluation : https://app.greenhouse.io/interview_kits/99831\n\n" + meet("nwl-lmo-fra", "fr"),
        ),
        tzs=("Europe/Paris",),
    ),
    u,
)

u = uid("h7-nw-es-candidato")
_add(
    "google-work",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Entrevista a candidato: Diego Álvarez (Backend)",
            when("20260402T1600", "20260402T1700", "Europe/Madrid"),
            organizer=org(W, "Jordan Lee"),
            attendees=(
                att(W, "Jordan Lee", partstat="ACCEPTED", google=True),
                att("diego.alvarez88@hotmail.com", "Diego Álvarez", google=True),
            ),
            desc="Hola Diego, te envío la invitación para la entrevista técnica con Northwind Labs. Seré tu "
            "entrevistador.\n\n"
            "Jordan\n\n" + meet("nwl-dal-esp", "es"),
        ),
        tzs=("Europe/Madrid",),
    ),
    u,
)

u = uid("h7-nw-ashby", "ashbyhq.com")
_add(
    "ashby",
    "en",
    cal(
        "ashby",
        vevent(
            u,
            "Interview with Chen Wei for Senior Frontend Engineer",
            when("20260406T0900", "20260406T1000", "Z"),
            organizer=org("no-reply@ashbyhq.com", "Northwind Labs via Ashby"),
            attendees=(att(W, "Jordan Lee"),),
            desc="Interviewers: Jordan Lee\nCandidate: Chen Wei (chen.wei.dev@proton.me)\nStage: Technical Screen\n\n"
            "Feedback form: https://app.ashbyhq.com/interviews/feedback/3b1f\nCandidate profile: "
            "https://app.ashbyhq.com/candidates/71aa\n\nScheduled with Ashby",
            loc="Zoom",
        ),
    ),
    u,
)

u = uid("h7-nw-hold")
_add(
    "recurring-hold",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Interview block (hold for backend loops)",
            when("20260407T1400", "20260407T1600", "Europe/Berlin"),
            organizer=org(W, "Jordan Lee"),
            desc="Recruiting can book candidate interviews into this slot.",
            extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8",),
        )
        + vevent(
            u,
            "Interview block (hold for backend loops) - moved",
            when("20260415T1400", "20260415T1600", "Europe/Berlin"),
            organizer=org(W, "Jordan Lee"),
            desc="Moved to Wednesday this week (offsite on Tuesday).",
            seq=1,
            extra=("RECURRENCE-ID;TZID=Europe/Berlin:20260414T140000",),
        ),
        method=None,
        tzs=("Europe/Berlin",),
        calname=W,
    ),
    u,
    "user as interviewer (recurring hold)",
)

u = uid("h7-nw-cancel-loop", "greenhouse.io")
_add(
    "cancelled",
    "en",
    cal(
        "greenhouse",
        vevent(
            u,
            "Canceled: Interview - Noor Haddad - Backend Engineer",
            when("20260408T1000", "20260408T1100", "Europe/Berlin"),
            organizer=org(f"recruiting@{NW}", "Northwind Labs Recruiting"),
            attendees=(att(W, "Jordan Lee"),),
            desc="The candidate has withdrawn. This interview is canceled; no scorecard needed.",
            status="CANCELLED",
            seq=1,
        ),
        method="CANCEL",
        tzs=("Europe/Berlin",),
    ),
    u,
    "user as interviewer (cancelled)",
)

u = uid("h7-nw-private-note", "apple")
_add(
    "private-note",
    "en",
    cal(
        "ios",
        vevent(
            u,
            "Conducting interview - R. Patel (Northwind, backend)",
            when("20260409T1500", "20260409T1600", "Europe/Berlin"),
            desc="read CV beforehand! my section: debugging exercise. scorecard same day",
            stamp="20260405T181500Z",
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
    "user as interviewer (private note)",
)

u = uid("h7-nw-takehome-review")
_add(
    "google-work",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Review take-home: candidate #4471 (Backend)",
            when("20260410T0900", "20260410T1000", "Europe/Berlin"),
            organizer=org(W, "Jordan Lee"),
            desc="Grade against the rubric, leave feedback in Greenhouse before Friday's debrief.",
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
)

u = uid("h7-nw-training")
_add(
    "training",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Interviewer training: structured interviewing",
            when("20260413T1300", "20260413T1500", "Europe/Berlin"),
            organizer=org(f"learning@{NW}", "Northwind Labs L&D"),
            attendees=(
                att(W, "Jordan Lee", google=True),
                att(f"engineering-managers@{NW}", "Engineering Managers", cutype="GROUP", google=True),
            ),
            desc="Mandatory for everyone on an interview loop: bias, structured questions, writing good scorecards.",
            loc="BER 3 Auditorium",
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "user as interviewer (training)",
)

u = uid("h7-nw-lever", "lever")
_add(
    "lever",
    "en",
    cal(
        "lever",
        vevent(
            u,
            "Interview with Ahmed Karim (Senior Backend Engineer)",
            when("20260416T1000", "20260416T1100", "Z"),
            organizer=org(f"talent@{NW}", "Northwind Labs Talent"),
            attendees=(att(W, "Jordan Lee"), att("ahmed.karim@gmail.com", "Ahmed Karim")),
            desc="Interviewer: Jordan Lee\nInterview: Technical - Code review\nSubmit feedback: "
            "https://hire.lever.co/interviews/feedback/5d2a\n\n"
            + zoom("Jordan Lee", "871 2290 4418", domain="northwind-labs.zoom.us"),
        ),
    ),
    u,
)

u = uid("h7-nw-onsite-hotmail", "outlook")
_add(
    "onsite-room",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Onsite: Sara Lindqvist - Backend Engineer",
            when("20260417T0930", "20260417T1230", "W. Europe Standard Time"),
            organizer=org(f"recruiting@{NW}", "Northwind Labs Recruiting"),
            attendees=(
                att(W, "Lee, Jordan"),
                att(f"sven.ahlers@{NW}", "Ahlers, Sven"),
                att("sara.lindqvist@hotmail.com", "Sara Lindqvist"),
                room(f"ber-4-spree@{NW}", "BER 4.12 Spree (6)"),
            ),
            desc="Schedule: 9:30 Jordan (coding), 10:30 Sven (architecture), 11:30 lunch with the team. Candidate "
            "arrives 9:15, "
            "please pick her up at reception.",
            loc="Northwind Labs, Torstraße 140, 10119 Berlin; BER 4.12 Spree (6)",
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
)
