"""train11: English events that are not Jonas's own interview (many look like one)."""

from __future__ import annotations

from typing import Any

from train11ev_ics import ME_CN, ME_WORK, Att, Ev
from train11ev_people import NH, ev, p, room

JW = Att(ME_CN, ME_WORK, role="CHAIR", partstat="ACCEPTED")
TA = Att("Nordhavn Talent Acquisition", "talent@nordhavn-bank.se")


def _nh(name: str) -> Att:
    return p(name, NH)


def neg_side_en() -> list[Ev]:
    """Given nothing, returns specs where Jonas interviews for Nordhavn Bank."""
    elin, mats, sara, oskar = _nh("Elin Sjöberg"), _nh("Mats Ek"), _nh("Sara Nyström"), _nh("Oskar Berg")
    kw: dict[str, Any] = {"work": True, "producer": "outlook", "tzstyle": "windows"}
    return [
        ev("user_interviewer", "en", "Interview: Emma Karlsson – Junior Data Analyst", False, producer="teamtailor",
           organizer=elin, people=[Att("Emma Karlsson", "emma.karlsson97@gmail.com")], work=True, vid="teams",
           desc="You have been added as an interviewer. Candidate: Emma Karlsson. Please review the CV and the "
                "interview kit in Teamtailor and submit your scorecard within 24 hours."),
        ev("interview_kit", "en", "Interview kit review – Data Scientist II loop", False, organizer=sara,
           people=[oskar], **kw, desc="Let's align on questions and the rubric before next week's candidates."),
        ev("scorecard", "en", "Scorecard due: Ahmed Yusuf (Senior Analyst)", False, producer="teamtailor",
           organizer=TA, work=True, dur=15, desc="Reminder: your feedback for Ahmed Yusuf is still missing."),
        ev("debrief", "en", "Debrief – Senior Analyst candidates (3)", False, organizer=elin, people=[mats, sara], **kw,
           vid="teams"),
        ev("onsite_loop_host", "en", "Onsite loop – candidate Lina Park (Data Scientist)", False, organizer=elin,
           people=[sara, oskar, room("NH-Room Kungsholmen 5.03", "kungsholmen503@nordhavn-bank.se")], **kw,
           desc="Schedule:\n13:00 Jonas Lindqvist – modelling\n14:00 Sara Nyström – SQL\n15:00 Oskar Berg – values"),
        ev("candidate_freemail", "en", "Second interview – Data Analyst (Viktor Holm)", False, organizer=JW,
           organizer_in_att=True, people=[Att("Viktor Holm", "viktorholm@hotmail.com")], with_me=False, **kw,
           vid="teams", desc="Hi Viktor, thanks for the first round. In this interview I'd like to go through a "
                             "small case with you. Best, Jonas Lindqvist, Lead Data Scientist, Nordhavn Bank"),
        ev("candidate_university", "en", "Intern interview – Alva Persson (KTH)", False, organizer=JW,
           people=[Att("Alva Persson", "alvap@kth.se")], with_me=False, **kw,
           location="Nordhavn Bank, reception, Kungsträdgårdsgatan 10"),
        ev("calendly_host", "en", "Data Analyst interview (30 min) – Jonas Lindqvist", False, producer="calendly",
           organizer=JW, people=[Att("Farah Ali", "farah.ali@outlook.com")], with_me=False, work=True,
           tzstyle="utc", desc="A new event has been scheduled.\nEvent Type: Data Analyst interview (30 min)\n"
                               "Invitee: Farah Ali\nInvitee Email: farah.ali@outlook.com\nHost: Jonas Lindqvist"),
        ev("hiring_committee", "en", "Hiring committee – DS II (2 finalists)", False, organizer=mats,
           people=[elin, sara], **kw),
        ev("shadowing", "en", "Shadowing: Maria's interview with candidate (Jonas observes)", False,
           organizer=_nh("Maria Lind"), people=[Att("Kevin Osei", "kevin.osei@gmail.com")], **kw,
           desc="Jonas joins as shadow interviewer as part of interviewer certification. Please stay muted."),
        ev("calibration", "en", "Interviewer calibration – analytics hiring", False, organizer=elin,
           people=[mats, sara, oskar], **kw, vid="teams"),
        ev("takehome_grading", "en", "Grade take-home: candidate #4821", False, producer="apple", with_me=False,
           tzstyle="floating", work=True, dur=90),
        ev("agency_candidate", "en", "Candidate interview: Rasmus Ek (presented by Calder Search)", False,
           organizer=p("Nick Hale", "caldersearch.com"), people=[Att("Rasmus Ek", "rasmus.ek@gmail.com"), mats],
           work=True, vid="teams", desc="Hi Jonas and Mats, as agreed here is the first interview with my candidate "
                                        "Rasmus Ek for your Senior Data Scientist vacancy. CV attached."),
        ev("recurring_slot", "en", "Interview slot (hold) – Analytics hiring", False, organizer=JW, with_me=False,
           rrule="FREQ=WEEKLY;COUNT=6", override_shift=2, **kw, desc="Hold for candidate interviews. Recruiting "
                                                                      "books candidates into this slot."),
        ev("cancelled_loop", "en", "Canceled: Interview loop – Jamal Reed", False, status="CANCELLED",
           organizer=elin, people=[sara], **kw, desc="Candidate withdrew."),
        ev("first_person_note", "en", "interviewing 2 candidates for my team – prep questions", False,
           producer="ios", tzstyle="floating", with_me=False, dur=30),
        ev("interviewer_training", "en", "Structured interviewing training for hiring managers", False,
           organizer=_nh("HR Learning"), people=[], **kw, dur=120),
        ev("case_host", "en", "Case interview — candidate: Julia Berg", False, organizer=sara,
           people=[Att("Julia Berg", "julia.berg@student.su.se")], **kw),
        ev("user_interviewer", "en", "You're interviewing: Omar Haddad (Credit Risk Modeller)", False,
           producer="greenhouse", organizer=elin, people=[Att("Omar Haddad", "omar.haddad@proton.me")], work=True,
           vid="teams", desc="Interviewer prep: focus on PD/LGD modelling. Interview kit linked in Greenhouse."),
        ev("user_interviewer", "en", "Technical screen w/ candidate – SQL", False, organizer=oskar, **kw),
        ev("recurring_hiring_sync", "en", "Weekly hiring sync – analytics openings", False, organizer=elin,
           people=[mats, sara], rrule="FREQ=WEEKLY;COUNT=8", override_cancel=True, **kw, dur=30,
           desc="Pipeline review for the three open analytics roles: candidates in process, offers, next steps."),
        ev("recruiter_intake_own_vacancy", "en", "Intake: Lead Data Scientist vacancy (my team)", False,
           organizer=elin, **kw, desc="Role profile, must-haves, interview steps and panel for your opening."),
    ]


def neg_other_en() -> list[Ev]:
    """Given nothing, returns specs that are mock, research, press, personal and other non-interviews."""
    return [
        ev("headhunter_intake", "en", "Intro call – Calder Search (senior data roles)", False,
           organizer=p("Nick Hale", "caldersearch.com"), vid="teams",
           desc="Keen to understand what you're looking for next; I work with several banks and fintechs in the "
                "Nordics and DACH. No specific role yet."),
        ev("linkedin_recruiter", "en", "Chat re: opportunities (via LinkedIn)", False,
           organizer=p("Hannah Price", "northstar-talent.com"), vid="zoom", tzstyle="utc",
           desc="Thanks for accepting my InMail – a quick call about your career goals and confidential searches "
                "we are running."),
        ev("mock_interview_coach", "en", "Mock interview – coach Rebecca", False,
           organizer=Att("Rebecca Stone", "rebecca@stonecareercoaching.com"), vid="zoom",
           desc="Practice round for your Lyra Pay hiring manager interview. We'll record it and review."),
        ev("mock_interview_friend", "en", "practice interview w/ Erik (ML questions)", False, producer="ios",
           tzstyle="floating", with_me=False),
        ev("webinar", "en", "Webinar: Acing the data science interview", False, producer="zoom",
           organizer=Att("DataCareers Academy", "events@datacareers.academy"), vid="zoom", tzstyle="utc",
           desc="Live session with Q&A: SQL screens, case interviews, take-homes and salary negotiation."),
        ev("class", "en", "Interview skills workshop (Stockholm School of Economics alumni)", False,
           organizer=Att("SSE Alumni Careers", "alumni.careers@hhs.se"), location="Sveavägen 65, Stockholm"),
        ev("user_research", "en", "User interview: budgeting features (Lyra Pay research)", False, producer="calendly",
           organizer=p("Ida Strand", "lyrapay.com"), vid="meet",
           desc="Thanks for signing up for our customer research panel! 45 minutes, you'll receive a 300 SEK gift "
                "card. We'll ask about how you use the Lyra Pay app."),
        ev("press", "en", "Interview with Finansvärlden – ML in credit decisions", False,
           organizer=Att("Moa Karlsson", "moa.karlsson@finansvarlden.se"), work=True,
           desc="Journalist interview approved by Nordhavn Communications. Quotes to be checked before print."),
        ev("podcast", "en", "Podcast recording – 'Data in Banking' ep. 42", False,
           organizer=Att("Data in Banking Podcast", "hello@datainbanking.fm"), vid="zoom"),
        ev("visa", "en", "US visa interview – Embassy Stockholm", False, producer="apple", tzstyle="floating",
           with_me=False, location="U.S. Embassy, Dag Hammarskjölds väg 31, Stockholm",
           desc="Bring DS-160 confirmation, passport, photo, appointment letter."),
        ev("reference_call", "en", "Reference call for Erik Sandberg", False,
           organizer=p("Annika Borg", "kassaflow.se"), vid="meet",
           desc="Erik has listed you as a reference for our Analytics Engineer role; 20 minutes about working "
                "with him at Nordhavn."),
        ev("job_fair", "en", "Stockholm Tech & Finance Job Fair", False, tzstyle="allday", dur=1440,
           producer="google", organizer=Att("Jobbmässan Stockholm", "info@jobbmassan.se"),
           location="Stockholmsmässan, Älvsjö"),
        ev("onboarding", "en", "Welcome & onboarding – day 1", False, organizer=p("People Team", "monetalabs.se"),
           location="Moneta Labs, Hornsgatan 15", hour=9, dur=240,
           desc="Welcome aboard! Laptop pickup, accounts, lunch with the team."),
        ev("informational_coffee", "en", "Coffee with Ana – what's it like at Quanta Ledger?", False,
           organizer=Att("Ana Costa", "ana.costa@quantaledger.com"), location="Espresso House, Kungsholmstorg",
           desc="Happy to share how the data team works, no agenda – not a recruiting chat."),
        ev("internal_meeting", "en", "Model risk committee – monthly", False, work=True, producer="outlook",
           tzstyle="windows", organizer=p("Mats Ek", NH), people=[p("Sara Nyström", NH)]),
        ev("prep_block", "en", "Prep: Lyra Pay technical round (review SQL + case notes)", False, producer="apple",
           tzstyle="floating", with_me=False, dur=60),
        ev("annual_review", "en", "Annual performance review – Jonas", False, work=True, producer="outlook",
           tzstyle="windows", organizer=p("Mats Ek", NH)),
        ev("research_interview", "en", "Research interview – PhD study on ML adoption in banks", False,
           organizer=Att("Johanna Kivi", "johanna.kivi@kth.se"), vid="zoom",
           desc="Thank you for agreeing to participate. The semi-structured interview takes about 50 minutes."),
        ev("customer_interview_host", "en", "Customer interview – mortgage journey (research)", False, work=True,
           producer="outlook", tzstyle="windows", organizer=p("Sara Nyström", NH),
           people=[Att("Customer 7", "research-panel@nordhavn-bank.se")]),
        ev("meetup", "en", "Data @ Kassaflow meetup", False, organizer=Att("Kassaflow Events", "events@kassaflow.se"),
           location="Kassaflow, Götgatan 22", hour=17, dur=150),
        ev("career_booth", "en", "Career fair booth duty – Nordhavn stand", False, work=True, producer="outlook",
           tzstyle="windows", organizer=p("Elin Sjöberg", NH), hour=9, dur=300,
           desc="Talk to students about analytics roles; collect CVs."),
        ev("exit_interview", "en", "Exit interview (HR)", False, work=True, producer="outlook", tzstyle="windows",
           organizer=p("Elin Sjöberg", NH), desc="Standard exit conversation before your last day."),
        ev("mock_interview_peer", "en", "Peer mock interview – Pramp session", False,
           organizer=Att("Pramp", "sessions@pramp.com"), vid="meet",
           desc="You'll interview your peer for 30 min and then swap roles. Data science track."),
        ev("dentist", "en", "Dentist", False, producer="ios", tzstyle="floating", with_me=False,
           location="Folktandvården Odenplan"),
        ev("informational_coffee", "en", "Coffee chat with a Tallyhive data scientist", False,
           organizer=Att("Grace Whitlow", "grace.whitlow@tallyhive.io"), vid="meet", footer=True,
           desc="Informal, I'm happy to answer questions about the team – I'm not part of any hiring process."),
        ev("passport", "en", "Passport appointment – Polisen", False, producer="ios", tzstyle="floating",
           with_me=False, location="Polisen passexpedition, Sergels torg 12"),
        ev("talk", "en", "Guest lecture: credit scoring in practice (Stockholm University)", False,
           organizer=Att("Lars Holm", "lars.holm@su.se"), work=True, dur=90),
        ev("tickler", "en", "Send thank-you notes — Kassaflow", False, producer="google", with_me=False,
           desc="Reminder created by afterview. Write down reflections and interviewer names.", dur=15),
    ]
