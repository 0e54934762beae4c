"""side.py: whose side of the table the user is on, read from the structure of an invitation (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import classify_event
from afterview.daemon.eventclass.people import me_from, me_in_event
from afterview.daemon.eventclass.side import Side, is_private_domain, parties, user_side
from afterview.daemon.eventclass.signals import fold

ME = ("jordan.lee@gmail.com", "jordan@northwind-labs.com")
PRIVATE = Attendee("Jordan Lee", "jordan.lee@gmail.com")
WORK = Attendee("Jordan Lee", "jordan@northwind-labs.com")
COLLEAGUE = Attendee("Ines Vogel", "ines.vogel@northwind-labs.com")
ATS = Attendee("Ashby Scheduling", "no-reply@ashbyhq.com")
EMPLOYER_ATS = Attendee("Northwind Labs via Ashby", "no-reply@ashbyhq.com")


def event(summary: str, description: str = "", organizer: Attendee | None = None,
          attendees: tuple[Attendee, ...] = (PRIVATE,)) -> CalendarEvent:
    start = datetime(2026, 5, 12, 14, 0, tzinfo=UTC)
    return CalendarEvent(uid="side-1", summary=summary, start=start, end=start + timedelta(hours=1),
                         description=description, organizer=organizer, attendees=attendees)


def side_of(ev: CalendarEvent, me: tuple[str, ...] = ME, has_company: bool = False,
            interviewish: bool = True) -> Side:
    return user_side(ev, me_from(me), fold(ev.summary), fold(ev.description), ev.description, has_company, interviewish)


def test_parties_reads_who_organises_and_who_is_invited() -> None:
    candidate = Attendee("Rui Costa", "rui.costa@etu.univ-lyon2.fr")
    room = Attendee("Quartz room", "quartz.room@northwind-labs.com")
    who = parties(event("Intro", organizer=ATS, attendees=(PRIVATE, COLLEAGUE, candidate, room)), me_from(ME))
    assert (who.organizer, who.user_invited, who.user_at_work, who.colleagues) == ("tool", True, False, 1)
    assert who.private == (candidate,)
    mine = parties(event("Hold", organizer=WORK, attendees=(WORK,)), me_from(ME))
    assert (mine.organizer, mine.user_invited, mine.user_at_work) == ("user-work", False, True)
    assert parties(event("x", organizer=Attendee("Ana", "ana@fablefox.io")), me_from(ME)).organizer == "company"
    assert parties(event("x", organizer=Attendee("Ana", "ana.r@gmx.de")), me_from(ME)).organizer == "private"
    assert parties(event("x"), me_from(ME)).organizer == "none"


@pytest.mark.parametrize("domain, private", [
    ("gmail.com", True), ("stud.uni-heidelberg.de", True), ("cs.stanford.edu", True), ("ox.ac.uk", True),
    ("etu.univ-nantes.fr", True), ("fablefox.io", False), ("unicredit.it", False), ("tuvalu-shipping.com", False),
])
def test_private_domains_are_free_mail_and_university(domain: str, private: bool) -> None:
    assert is_private_domain(domain) is private


def test_employer_ats_at_the_private_address_with_the_candidate_named_is_interviewer_side() -> None:
    loop = event("Systems chat: Rui Costa", "Resume attached.", ATS,
                 (PRIVATE, Attendee("Rui Costa", "rui.costa@outlook.com")))
    found = side_of(loop)
    assert found.interviewer and "names a private attendee" in found.reason
    assert not classify_event(loop, me=ME).is_interview
    # A founder on free mail who organises and is named in the title is the other side: the user's interview.
    founder = event("Interview with Rui Costa", "Rui founded Tallowby; we are hiring a first engineer.",
                    Attendee("Rui Costa", "rui.costa@outlook.com"), (PRIVATE,))
    assert not side_of(founder).interviewer
    assert classify_event(founder, me=ME).is_interview


def test_the_user_hosting_a_private_person_is_not_the_users_interview() -> None:
    hosted = event("Interview – Mia Sandoval (bookkeeping help)", organizer=PRIVATE,
                   attendees=(PRIVATE, Attendee("Mia Sandoval", "mia.sandoval@yahoo.com")))
    assert side_of(hosted).interviewer
    # The same shape with someone on the hiring side is the user setting up their own screen.
    screen = event("Call with Mia Sandoval (recruiter, Tallowby) – Analyst role", organizer=PRIVATE,
                   attendees=(PRIVATE, Attendee("Mia Sandoval", "mia.sandoval@yahoo.com")))
    assert not side_of(screen).interviewer
    # the rules' reading: since session 21 the model vetoes this shape below 0.4 (combine.py)
    assert classify_event(screen, me=ME, model="rules").is_interview


def test_a_colleague_organising_or_colleagues_invited_is_interviewer_side() -> None:
    assert side_of(event("Design review: Rui", organizer=COLLEAGUE, attendees=(WORK,))).interviewer
    invited = event("Panel", organizer=ATS, attendees=(PRIVATE, COLLEAGUE))
    assert "colleagues" in side_of(invited).reason


def test_internal_application_must_be_labelled_and_written_to_the_user() -> None:
    labelled = event("Internal application – Staff Analyst", "As part of your internal application you will "
                     "meet Ines Vogel, Head of Analytics.", COLLEAGUE, (WORK,))
    found = side_of(labelled)
    assert found.internal_move and not found.interviewer
    verdict = classify_event(labelled, me=ME)
    assert verdict.is_interview and verdict.company == "Northwind Labs"
    # Unlabelled, or about another internal candidate: the interviewer's side.
    assert side_of(event("Chat about the Staff Analyst opening", "Thanks for your interest.", COLLEAGUE,
                         (WORK,))).interviewer
    other = event("Interview: internal candidate Rui Costa", "Internal application, please review his notes.",
                  COLLEAGUE, (WORK,))
    assert not classify_event(other, me=ME).is_interview


def test_interviewer_words_in_an_invitation_written_to_the_candidate_do_not_veto() -> None:
    text = "You will meet Ana Ruiz. Interviewers fill in a scorecard afterwards; nothing to prepare for you."
    company = Attendee("Ana Ruiz", "ana.ruiz@fablefox.io")
    own = event("Onsite – Fablefox", text, Attendee("Fablefox Recruiting", "no-reply@greenhouse.io"),
                (PRIVATE, company))
    assert not side_of(own, has_company=True).interviewer
    assert classify_event(own, me=ME).is_interview
    # The same words at the work address, with no other company, are the interviewer's.
    assert side_of(event("Onsite – Rui Costa", text, ATS, (WORK,))).interviewer


def test_the_user_representing_the_employer_next_to_another_company() -> None:
    story = event("Customer story – Northwind Labs x Fablefox", "Fablefox would like to feature your rollout.",
                  Attendee("Ana Ruiz", "ana.ruiz@fablefox.io"), (WORK,))
    assert side_of(story, has_company=True).reason == "the user represents the employer named in the title"
    # The user's own interview arrives at the work address too; the employer is not named in it.
    own = event("Jordan Lee / Fablefox – Staff Analyst", "You'll be speaking with Ana Ruiz.",
                Attendee("Ana Ruiz", "ana.ruiz@fablefox.io"), (WORK,))
    assert not side_of(own, has_company=True).interviewer
    # the rules' reading: since session 21 the model vetoes this shape below 0.4 (combine.py)
    assert classify_event(own, me=ME, model="rules").is_interview


def test_an_address_missing_from_me_is_found_by_the_users_full_name() -> None:
    loop = event("Technical interview: Rui Costa", "Resume attached.", ATS,
                 (Attendee("Jordan Lee", "jordan@northwind-labs.com"), Attendee("Rui Costa", "rui.c@gmail.com"),
                  Attendee("Ines Vogel", "ines.vogel@northwind-labs.com")))
    only_private = me_in_event(me_from(("jordan.lee@gmail.com",)), loop)
    assert "northwind-labs.com" in only_private.employer_domains
    assert not classify_event(loop, me=("jordan.lee@gmail.com",)).is_interview
    # With only the work address known, the user's private entry is not taken for the candidate.
    own = event("Jordan Lee – Fablefox – Analyst", "You'll be speaking with Ana Ruiz.", ATS,
                (PRIVATE, Attendee("Ana Ruiz", "ana.ruiz@fablefox.io")))
    assert classify_event(own, me=("jordan@northwind-labs.com",)).is_interview


def test_the_employers_own_ats_counts_as_the_employer() -> None:
    loop = event("Interview – Rui Costa", "Resume attached.", EMPLOYER_ATS, (PRIVATE,))
    assert parties(loop, me_from(ME)).organizer == "colleague"
    assert not classify_event(loop, me=ME).is_interview
    assert classify_event(event("Interview – Fablefox", "", Attendee("Fablefox via Ashby", "no-reply@ashbyhq.com"),
                                (PRIVATE, Attendee("Ana Ruiz", "ana.ruiz@fablefox.io"))), me=ME).is_interview


def test_another_domain_of_the_employer_is_the_employer() -> None:
    sibling = Attendee("Ines Vogel", "ines@northwind.io")
    ev = event("Interview: Rui Costa", "", sibling, (WORK, sibling))
    assert "northwind.io" in me_in_event(me_from(ME), ev).employer_domains
    assert not classify_event(ev, me=ME).is_interview
    # A different company whose name merely starts the same way is not the employer.
    other = Attendee("Ana Ruiz", "ana@northwindenergy.com")
    found = me_in_event(me_from(ME), event("x", "", other, (PRIVATE, other)))
    assert "northwindenergy.com" not in found.employer_domains


def test_a_domain_spelled_by_its_owners_name_is_a_private_person() -> None:
    leo = Attendee("Leo Park", "leo@leopark.studio")
    hosted = event("Interviewing Leo Park (video editor)", "", PRIVATE, (PRIVATE, leo))
    assert parties(hosted, me_from(ME)).private == (leo,)
    assert not classify_event(hosted, me=ME).is_interview


def test_at_the_work_address_a_title_naming_someone_not_invited_is_the_candidate() -> None:
    rpo = Attendee("Kira Holt", "kira@talentbridge-rpo.com")
    assert not classify_event(event("Interview: Tomás Ruiz – Backend Engineer", "", rpo, (WORK,)), me=ME).is_interview
    # "Interview with <Name>" names who the user meets: the user's own interview may reach the work address.
    own = event("Interview with Dana Smith – Staff Analyst", "You'll be speaking with Dana.",
                Attendee("Acme Recruiting", "jobs@acmeco.com"), (WORK,))
    assert classify_event(own, me=ME).is_interview


def test_direction_and_mailbox_of_an_invitation_count_for_an_interview() -> None:
    org = Attendee("Tessa Lind", "tessa@orbitly.com")
    meet = event("Meet the team – Orbitly", "Next step in your application: meet three engineers.", org, (PRIVATE,))
    assert classify_event(meet, me=ME).is_interview
    assert "the inviting party writes to the user as a candidate" in classify_event(meet, me=ME).reasons
    screen = event("Screening", "", Attendee("Orbitly Talent", "talent@orbitly.com"), (PRIVATE,))
    assert classify_event(screen, me=ME).is_interview
    assert not classify_event(event("Screening", "", org, (PRIVATE,)), me=ME).is_interview


def test_a_private_persons_interview_without_anything_about_a_job_is_not_one() -> None:
    flat = Attendee("Max Weber", "max.weber@gmx.de")
    assert not classify_event(event("Apartment interview – Lindenstraße 4", "", flat, (PRIVATE,)), me=ME).is_interview
    founder = event("Interview – Lindenwerk", "We are hiring our first designer.", flat, (PRIVATE,))
    assert classify_event(founder, me=ME).is_interview


def test_a_tool_invite_naming_someone_absent_with_no_company_in_it_is_about_a_candidate() -> None:
    greenhouse = Attendee("Greenhouse", "no-reply@greenhouse.io")
    assert not classify_event(event("Interview: Priya Raman – Backend Engineer", "", greenhouse), me=ME).is_interview
    # Role and company names are not people; a named interviewer follows "with".
    for title in ("Interview Scheduled: Supply Chain Analyst", "Karat Interview: Larkspur Systems – Engineer II",
                  "Interview with Dana Smith – Analyst"):
        assert classify_event(event(title, "Your interview is confirmed.", greenhouse), me=ME).is_interview, title


def test_the_users_own_booking_page_asking_what_the_invitee_applies_for() -> None:
    booked = event("Jordan Lee <> Priya Raman", "Which role are you applying for?: Data Analyst", PRIVATE,
                   (PRIVATE, Attendee("Priya Raman", "priya@tallow.io")))
    assert "booking page" in side_of(booked, has_company=True).reason
    assert not classify_event(booked, me=ME).is_interview
