"""holdout68 negatives: the user on the hiring side at Tripwise (part 1). None of these is the user's own
interview; every trap contains user-as-interviewer."""

from __future__ import annotations

from holdout68ev_ics import WORK, att, calendar, esc, item, meet, zoom
from holdout68ev_tools import apple, ats, g_att, google

EVA = ("eva.dekker@tripwise.nl", "Eva Dekker")


def _kit() -> dict:
    uid = "2gk8m1q5v9c3x7b0n4t6r2d8pa@google.com"
    desc = ("Interview kit: https://app.greenhouse.io/guides/4471190/people/88120043?application_id=99102245\n\n"
            "Candidate: Priya Nair\nJob: Senior Product Designer\nStage: Portfolio Review (60 min)\n"
            "Interviewers: Rahul Menon, Sophie Lambert\n\nFocus attributes: product thinking, collaboration with PM "
            "and engineering, craft.\nPlease submit your scorecard in Greenhouse within 24 hours.\n\n"
            + meet("en", "tpw-kitx-prn", "330 118 204"))
    ics = google(uid=uid, summary="Interview: Priya Nair – Senior Product Designer (Portfolio Review)",
                 start="20260114T140000", end="20260114T150000", organizer=EVA,
                 guests=[g_att(WORK, "Rahul Menon"), g_att("sophie.lambert@tripwise.nl", "Sophie Lambert", "ACCEPTED")],
                 desc=desc, conference="https://meet.google.com/tpw-kitx-prn", stamp="20260109T110000Z")
    return item("greenhouse-kit-interviewer", ics, uid, False, trap="user-as-interviewer-greenhouse-kit-en")


def _scorecard() -> dict:
    uid = "5rt0c2v8n6m4x1z9k3q7b5p1wd@google.com"
    desc = ("Scorecard for Tom de Vries (Senior PM, Growth) – product sense round this morning.\n"
            "https://app.greenhouse.io/scorecards/new?interview_id=5510233")
    ics = google(uid=uid, summary="Submit scorecard – Tom de Vries (PM Growth)", start="20260120T163000",
                 end="20260120T164500", organizer=(WORK, "Rahul Menon"), guests=[], desc=desc, method=None,
                 stamp="20260120T120501Z", alarm_min=0)
    return item("scorecard-reminder", ics, uid, False, trap="user-as-interviewer-scorecard-reminder")


def _debrief() -> dict:
    uid = "9pb3k7n1x5c0v8m2q6t4r9s1ge@google.com"
    desc = ("Debrief for the two Associate PM finalists, Lisa Okafor and Omar Haddad. Please have your scorecards in "
            "before we meet; we'll go through them per attribute and aim for a hire / no-hire per candidate.\n\n"
            "Eva")
    ics = google(uid=uid, summary="Debrief: Associate PM candidates (Lisa Okafor, Omar Haddad)",
                 start="20260123T160000", end="20260123T164500", organizer=EVA,
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"),
                         g_att("maaike.jonker@tripwise.nl", "Maaike Jonker", "ACCEPTED"),
                         g_att("marieke.peeters@tripwise.nl", "Marieke Peeters"),
                         g_att("c_9a1b2c3d4e5f@resource.calendar.google.com", "TW-AMS-3-Zeeburg (6)", "ACCEPTED",
                               cutype="RESOURCE")],
                 desc=desc, location="TW-AMS-3-Zeeburg (6)", stamp="20260119T095959Z")
    return item("debrief-apm", ics, uid, False, trap="user-as-interviewer-debrief-room")


def _panel_nl() -> dict:
    uid = "4wq0z8c2v6b1n9m3x7k5t1r0hf@google.com"
    desc = ("Hoi allemaal,\n\nPanelgesprek met Fleur Jansen voor de vacature Product Designer (medior). Rahul neemt "
            "het productdenken voor zijn rekening, Sophie het portfolio en Kees de samenwerking met development. "
            "Fleur is op de uitnodiging gezet zodat ze de link heeft.\n\nGroet,\nEva\n\n"
            + meet("nl", "pnl-fjns-vbt", "552 001 834"))
    ics = google(uid=uid, summary="Panelgesprek kandidaat Product Designer – Fleur Jansen", start="20260128T100000",
                 end="20260128T110000", organizer=EVA,
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("sophie.lambert@tripwise.nl", "Sophie Lambert"),
                         g_att("kees.bakker@tripwise.nl", "Kees Bakker"),
                         g_att("fleurjansen94@gmail.com", "Fleur Jansen")],
                 desc=desc, conference="https://meet.google.com/pnl-fjns-vbt", stamp="20260122T130000Z")
    return item("panel-nl-candidate-gmail", ics, uid, False, trap="user-as-interviewer-panel-nl-candidate-gmail")


def _shadow() -> dict:
    uid = "7hn2c6x0v4b8m1q5k9t3r7p2je@google.com"
    desc = ("Rahul shadows Marieke on a product sense interview (candidate: Jeroen Smit, Senior PM Payments) as part "
            "of interviewer onboarding. Observe only – don't ask questions; write a practice scorecard and compare "
            "with Marieke afterwards.")
    ics = google(uid=uid, summary="Interview shadowing: Rahul shadows Marieke (product sense) – Jeroen Smit",
                 start="20260129T130000", end="20260129T140000", organizer=("marieke.peeters@tripwise.nl",
                                                                             "Marieke Peeters"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"),
                         g_att("marieke.peeters@tripwise.nl", "Marieke Peeters", "ACCEPTED")],
                 desc=desc, location="TW-AMS-2-Sloterdijk", stamp="20260126T090000Z")
    return item("shadowing-interviewer", ics, uid, False, trap="user-as-interviewer-shadowing")


def _calendly_host() -> dict:
    uid = "HQ7XN3M2BV8PLK4C@calendly.com"
    desc = ("Event Name: Senior PM – intro chat with Rahul (Tripwise)\n\nInvitee: Jasper Koning\nInvitee Email: "
            "jasper.koning@gmail.com\nInvitee Time Zone: Europe/Amsterdam\n\nQuestions:\nLinkedIn profile: "
            "linkedin.com/in/jasperkoning\nWhy are you interested in Tripwise?: Love the pricing work, applied via "
            "the careers page.\n\nView event in Calendly: https://calendly.com/events/2f1e8c7d-55aa-4b19-9c0d/"
            "google_meet\n\nPowered by Calendly.com")
    ev = ["DTSTART:20260202T150000Z", "DTEND:20260202T153000Z", "DTSTAMP:20260127T120000Z",
          f"ORGANIZER;CN=Rahul Menon:mailto:{WORK}", f"UID:{uid}",
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jasper Koning;X-NUM-GUESTS=0:"
          "mailto:jasper.koning@gmail.com",
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rahul Menon;X-NUM-GUESTS=0:"
          f"mailto:{WORK}",
          f"DESCRIPTION:{esc(desc)}", "LOCATION:https://meet.google.com/jkn-rtwp-aqe", "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:Jasper Koning and Rahul Menon", "TRANSP:OPAQUE"]
    ics = calendar("-//Google Inc//Google Calendar 70.9054//EN", [ev], method="REQUEST")
    return item("calendly-user-host", ics, uid, False, trap="user-as-interviewer-calendly-host-candidate-gmail")


def _agency_candidate() -> dict:
    uid = "TB-20260204-AEA-8812@talentbrug.nl"
    desc = ("Beste Rahul,\n\nHierbij bevestig ik het gesprek met onze kandidaat Ahmed El Amrani voor jullie vacature "
            "Senior Product Manager (Payments). Zijn cv en motivatie heb ik je vorige week gemaild. Ahmed komt naar "
            "jullie kantoor aan de Wibautstraat.\n\nLaat je me na afloop weten hoe het ging?\n\nMet vriendelijke "
            "groet,\nSanne de Wit\nTalentbrug Werving & Selectie")
    ics = ats(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", uid=uid,
              summary="Kandidaatgesprek Ahmed El Amrani – Senior Product Manager (Tripwise)", start="20260204T100000",
              end="20260204T110000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@talentbrug.nl",
              attendees=[att(WORK, "Rahul Menon"), att("ahmed.elamrani@hotmail.com", "Ahmed El Amrani")],
              desc=desc, location="Tripwise, Wibautstraat 131, Amsterdam")
    return item("agency-sends-candidate-nl", ics, uid, False, trap="user-as-interviewer-agency-candidate-nl")


def _candidate_facing() -> dict:
    uid = "1ck5v9b3n7m0x4z8q2t6r1p5ka@google.com"
    desc = ("Hi Marta,\n\nThanks for your interest in Tripwise! Here are the details of your interview for Senior "
            "Product Manager (Payments).\n\nYou'll meet Rahul Menon (Senior Product Manager, Pricing) and Kees Bakker "
            "(Engineering Manager). Expect a conversation about a payments problem you've owned and a short product "
            "exercise.\n\n" + meet("en", "mkw-tpwz-eqd", "776 330 129")
            + "\n\nGood luck!\nEva Dekker, Recruiting Coordinator, Tripwise\n\nScheduled via Greenhouse")
    ics = google(uid=uid, summary="Tripwise – Interview Senior Product Manager (Payments) – Marta Kowalczyk",
                 start="20260205T110000", end="20260205T120000", organizer=EVA,
                 guests=[g_att("marta.kowalczyk@gmail.com", "Marta Kowalczyk", "ACCEPTED"),
                         g_att(WORK, "Rahul Menon"), g_att("kees.bakker@tripwise.nl", "Kees Bakker", "ACCEPTED")],
                 desc=desc, conference="https://meet.google.com/mkw-tpwz-eqd", stamp="20260130T101500Z")
    return item("candidate-facing-invite", ics, uid, False, trap="user-as-interviewer-candidate-facing-invite-en")


def _note_en() -> dict:
    uid = "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A"
    ics = apple(uid=uid, summary="interview PD candidate (Sofia) – portfolio", start="20260210T113000",
                end="20260210T123000", desc="I'm on product thinking. Kit in Greenhouse. Room Sloterdijk.",
                stamp="20260206T070707Z")
    return item("iphone-note-interviewing-candidate", ics, uid, False, trap="user-as-interviewer-note-en")


def _berlin_de() -> dict:
    uid = "0lm4k8q2x6c9v3b7n1t5r0p4ze@google.com"
    desc = ("Hallo Rahul,\n\nanbei die Einladung zum Vorstellungsgespräch mit Lena Hoffmann für die Position Senior "
            "Product Manager im Team Berlin. Du übernimmst den Teil Produktstrategie, Kathrin den Teil "
            "Stakeholder-Management. Lena bewirbt sich mit ihrer privaten Adresse; sie ist auf dem Termin.\n\n"
            "Viele Grüße\nJulia Becker\nRecruiting, Tripwise Berlin\n\n" + zoom("de", "614 882 0175", "tw2026"))
    ics = google(uid=uid, summary="Vorstellungsgespräch: Lena Hoffmann – Senior PM (Team Berlin)",
                 start="20260212T140000", end="20260212T150000", tz="Europe/Berlin",
                 organizer=("julia.becker@tripwise.nl", "Julia Becker"),
                 guests=[g_att(WORK, "Rahul Menon"), g_att("kathrin.wolf@tripwise.nl", "Kathrin Wolf", "ACCEPTED"),
                         g_att("lena.hoffmann@web.de", "Lena Hoffmann", "ACCEPTED")],
                 desc=desc, location="https://us02web.zoom.us/j/6148820175", stamp="20260206T150000Z")
    return item("vorstellungsgespraech-interviewer-de", ics, uid, False,
                trap="user-as-interviewer-vorstellungsgespraech-de")


def _calibration() -> dict:
    uid = "3nx7c1v5b9m2q6k0t4r8p3s7le@google.com"
    desc = ("Quarterly calibration for everyone on the PM interview panel: we'll compare recent product sense "
            "scorecards, agree what 'strong hire' means for Senior vs Group PM and update the rubric.\n\nMaaike")
    ics = google(uid=uid, summary="PM interview panel calibration – Q1", start="20260216T150000", end="20260216T160000",
                 organizer=("maaike.jonker@tripwise.nl", "Maaike Jonker"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"),
                         g_att("marieke.peeters@tripwise.nl", "Marieke Peeters"),
                         g_att("eva.dekker@tripwise.nl", "Eva Dekker")],
                 desc=desc, location="TW-AMS-3-Zeeburg (6)", stamp="20260209T100000Z")
    return item("interview-calibration", ics, uid, False, trap="user-as-interviewer-calibration")


def events() -> list[dict]:
    return [_kit(), _scorecard(), _debrief(), _panel_nl(), _shadow(), _calendly_host(), _agency_candidate(),
            _candidate_facing(), _note_en(), _berlin_de(), _calibration()]
