"""holdout68 negatives: the user on the hiring side at Tripwise (part 2)."""

from __future__ import annotations

from holdout68ev_ics import WORK, att, item, meet
from holdout68ev_tools import apple, ats, g_att, google, thunderbird

EVA = ("eva.dekker@tripwise.nl", "Eva Dekker")


def _training() -> dict:
    uid = "6tq2x0c4v8b1n5m9k3r7p0s4me@google.com"
    desc = ("Mandatory for everyone joining an interview panel this quarter: structured interviewing, writing "
            "evidence-based scorecards and avoiding bias. Facilitated by People & Talent.\n\n"
            + meet("en", "trn-intv-skl", "990 123 456"))
    ics = google(uid=uid, summary="Training: structured interviewing for interviewers & hiring managers",
                 start="20260113T130000", end="20260113T150000", organizer=("people@tripwise.nl", "People & Talent"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED")], desc=desc,
                 conference="https://meet.google.com/trn-intv-skl", stamp="20260105T100000Z")
    return item("interviewer-training", ics, uid, False, trap="user-as-interviewer-training")


def _takehome() -> dict:
    uid = "c41d7e2a-9b3f-4a6c-8e5d-0f1a2b3c4d5e"
    ics = thunderbird(uid=uid, summary="Review take-home – Noor Visser (APM)", start="20260203T083000",
                      end="20260203T093000", tz="Europe/Amsterdam",
                      desc="Read her deck before the 10:00 debrief. Rubric: problem framing, metrics, trade-offs.")
    return item("takehome-review-block", ics, uid, False, trap="user-as-interviewer-takehome-review")


def _goodtime() -> dict:
    uid = "gt-evt-interviewer-0c7e2b91-44d1-4a7b-a3f0-2d9e6c5b8a17@goodtime.io"
    desc = ("You're scheduled to interview Daan Visser for Senior Product Manager, Growth.\n\nInterview: Product "
            "Case (45 min)\nYour role: lead interviewer\nInterview kit: https://app.greenhouse.io/guides/5520118\n"
            "Resume: https://app.goodtime.io/c/daan-visser/resume\n\nPlease don't forward this invite to the "
            "candidate.\n\nPowered by GoodTime")
    ics = ats(prodid="-//GoodTime.io//GoodTime Hire//EN", uid=uid,
              summary="[Interviewer] Daan Visser – Product Case – Senior PM Growth", start="20260206T100000",
              end="20260206T104500", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Tripwise Recruiting:mailto:scheduling@tripwise.nl",
              attendees=[att(WORK, "Rahul Menon")], desc=desc, location="TW-AMS-2-Sloterdijk")
    return item("goodtime-interviewer-invite", ics, uid, False, trap="user-as-interviewer-goodtime-en")


def _onsite_loop() -> dict:
    uid = "8bv4n2m6x0c9q3k7t1r5p9s2oe@google.com"
    desc = ("Onsite for Emma Bakker (Group PM candidate).\n\n09:30 Rahul Menon – product strategy\n10:30 Kees Bakker "
            "– execution\n11:30 Maaike Jonker – leadership\n\nEmma arrives at 09:15; Eva picks her up at reception.")
    ics = google(uid=uid, summary="Onsite: Emma Bakker – Group PM (Tripwise HQ, Zeeburg)", start="20260218T093000",
                 end="20260218T123000", organizer=EVA,
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("kees.bakker@tripwise.nl", "Kees Bakker"),
                         g_att("maaike.jonker@tripwise.nl", "Maaike Jonker", "ACCEPTED"),
                         g_att("c_9a1b2c3d4e5f@resource.calendar.google.com", "TW-AMS-3-Zeeburg (6)", "ACCEPTED",
                               cutype="RESOURCE")],
                 desc=desc, location="TW-AMS-3-Zeeburg (6)", stamp="20260211T121212Z")
    return item("onsite-loop-as-interviewer", ics, uid, False, trap="user-as-interviewer-onsite-room")


def _reference_check() -> dict:
    uid = "2mc6x0v4b8n1q5k9t3r7p1s5nf@google.com"
    desc = ("Reference check for our Senior PM finalist Marco Rossi: call with his former manager, Ilse Vermeulen "
            "(+31 6 1234 8870). Questions doc: https://docs.google.com/document/d/1refCheckMarcoRossi")
    ics = google(uid=uid, summary="Reference check – Marco Rossi (candidate Senior PM)", start="20260220T083000",
                 end="20260220T090000", organizer=(WORK, "Rahul Menon"), guests=[], desc=desc, method=None,
                 location="Phone", stamp="20260218T170000Z")
    return item("reference-check-by-user", ics, uid, False, trap="user-as-interviewer-reference-check")


def _internal_nl() -> dict:
    uid = "5qz9c3v7b1n4m8x2k6t0r4p8bg@google.com"
    desc = ("Interne sollicitatie van Jeroen Mulder (nu Operations) op de rol Product Manager Partners. Rahul en "
            "Maaike voeren het gesprek; HR (Eva) plant alleen in. Graag vooraf zijn motivatiebrief lezen.")
    ics = google(uid=uid, summary="Interne sollicitatie – Jeroen Mulder (Ops → PM Partners)",
                 start="20260224T110000", end="20260224T120000", organizer=EVA,
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("maaike.jonker@tripwise.nl", "Maaike Jonker"),
                         g_att("jeroen.mulder@tripwise.nl", "Jeroen Mulder", "ACCEPTED")],
                 desc=desc, location="TW-AMS-2-Sloterdijk", stamp="20260217T080000Z")
    return item("internal-candidate-nl", ics, uid, False, trap="user-as-interviewer-internal-candidate-nl")


def _intern() -> dict:
    uid = "1xb5n9m3c7v0q4k8t2r6p0s3ch@google.com"
    desc = ("APM internship (spring) – first interview with Yara Bouali, MSc Management of Technology, TU Delft. "
            "Rahul interviews, 30 min, light product case.\n\n" + meet("en", "apm-ybou-int", "441 772 003"))
    ics = google(uid=uid, summary="APM intern interview – Yara Bouali (TU Delft)", start="20260226T160000",
                 end="20260226T163000", organizer=(WORK, "Rahul Menon"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"),
                         g_att("y.bouali@student.tudelft.nl", "Yara Bouali", "ACCEPTED")],
                 desc=desc, conference="https://meet.google.com/apm-ybou-int", stamp="20260220T090000Z")
    return item("intern-candidate-university", ics, uid, False, trap="user-as-interviewer-intern-university-address")


def _note_nl() -> dict:
    uid = "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E"
    ics = apple(uid=uid, summary="Sollicitatiegesprek kandidaat Bram – PD", start="20260303T140000",
                end="20260303T150000", desc="ik doe productdenken, Sophie portfolio", stamp="20260227T081010Z")
    return item("iphone-note-nl-interviewing", ics, uid, False, trap="user-as-interviewer-note-nl")


def _cancelled() -> dict:
    uid = "0nd4x8c2v6b9m3q7k1t5r9p3sj@google.com"
    desc = ("Olivia withdrew from the process (accepted another offer), so this interview is cancelled. Thanks all!"
            "\n\nEva")
    ics = google(uid=uid, summary="Interview with Olivia Chen – Senior PM (Pricing)", start="20260305T100000",
                 end="20260305T110000", organizer=EVA,
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("kees.bakker@tripwise.nl", "Kees Bakker")],
                 desc=desc, method="CANCEL", status="CANCELLED", seq=2, stamp="20260302T141500Z")
    return item("cancelled-candidate-interview", ics, uid, False, trap="user-as-interviewer-cancelled")


def _sell_call() -> dict:
    uid = "7ke1x5c9v3b7n0q4m8t2r6p0sk@google.com"
    desc = ("Kofi has our Group PM offer. Rahul: 30 min to tell him about the pricing team, answer questions and help "
            "him say yes. Not an assessment.\n\n" + meet("en", "kfm-sell-gpm", "301 554 998"))
    ics = google(uid=uid, summary="Sell call – Kofi Mensah (Group PM offer)", start="20260310T170000",
                 end="20260310T173000", organizer=("tim.vanos@tripwise.nl", "Tim van Os"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("kofi.mensah@outlook.com", "Kofi Mensah")],
                 desc=desc, conference="https://meet.google.com/kfm-sell-gpm", stamp="20260306T110000Z")
    return item("sell-call-candidate", ics, uid, False, trap="user-as-interviewer-sell-call")


def _intake() -> dict:
    uid = "4lf8x2c6v0b4n7q1m5t9r3p7sl@google.com"
    desc = ("Intake for the new Senior PM Payments vacancy. Rahul is hiring manager: we'll agree on the profile, "
            "interview stages (screen, product case, onsite), who sits on the panel and the salary band.\n\nTim")
    ics = google(uid=uid, summary="Intake: Senior PM Payments vacancy (HM: Rahul)", start="20260108T100000",
                 end="20260108T104500", organizer=("tim.vanos@tripwise.nl", "Tim van Os"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED")], desc=desc, location="TW-AMS-2-Sloterdijk",
                 stamp="20260105T150000Z")
    return item("hiring-intake-hm", ics, uid, False, trap="user-as-interviewer-hiring-manager-intake")


def events() -> list[dict]:
    return [_training(), _takehome(), _goodtime(), _onsite_loop(), _reference_check(), _internal_nl(), _intern(),
            _note_nl(), _cancelled(), _sell_call(), _intake()]
