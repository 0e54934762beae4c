"""holdout120 negatives: the user on the hiring side at Hartwell Brandt LLP (part one)."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_W,
    PRODID_EXCHANGE,
    PRODID_OUTLOOK,
    TZ_CHI,
    TZ_W_CST,
    TZ_W_UTC_CST,
    Ev,
    att,
    cal,
    esc,
    org,
    teams,
    vevent,
)

HR = "recruiting@hartwellbrandt.com"


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def events() -> list[Ev]:
    out = []
    d = esc("""
        Rachel, Brian -

        Jordan Ellis is coming in for the Litigation Paralegal opening (Commercial Lit group). Resume attached
        to the email. Rachel, please cover cite-checking and e-filing experience; Brian will handle the
        substantive questions. Jordan's contact, in case of delays: jordan.ellis22@gmail.com / 773-555-0119.

        Thanks,
        Nicole Haddad
        Legal Recruiting | Hartwell Brandt LLP
    """)
    uid = "040000008200E00074C5B7101A82E00800000000C1A87E9B5C98DB01000000000000000010000000D3E5"
    out.append(_neg("outlook-hr-candidate-gmail", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Interview: Jordan Ellis - Litigation Paralegal
        DTSTART;TZID=Central Standard Time:20250313T140000
        DTEND;TZID=Central Standard Time:20250313T150000
        DTSTAMP:20250310T163300Z
        LOCATION:HB 27 - Conf Rm Monroe
        {org("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("bstanton@hartwellbrandt.com", "Stanton, Brian")}
        {att("jordan.ellis22@gmail.com", "Jordan Ellis")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-outlook-candidate-gmail-en"))

    d = esc("""
        You're interviewing Priya Raman for Litigation Paralegal

        Interview: Skills & Experience (45 min)
        Your focus attributes: Bluebook / cite-checking, trial binders, PACER and e-filing, attention to detail

        Interview kit: https://app.greenhouse.io/guides/881023/people/551907?application_id=7719204
        Please submit your scorecard within 24 hours of the interview.

        Candidate: Priya Raman
        Other interviewers today: Brian Stanton (11:00), Dana Russo (11:45)
    """)
    uid = "gh-internal-551907-kowalski-0317@greenhouse.io"
    out.append(_neg("greenhouse-interviewer-kit", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250317T101500
        DTEND;TZID=America/Chicago:20250317T110000
        DTSTAMP:20250312T172044Z
        {org(HR, "Hartwell Brandt Legal Recruiting")}
        UID:{uid}
        {att(ME_W, "Rachel Kowalski")}
        SUMMARY:Interview with Priya Raman for Litigation Paralegal
        DESCRIPTION:{d}
        LOCATION:HB 27 - Conf Rm Adams
        STATUS:CONFIRMED
    """), tz=(TZ_CHI,)), uid, "user-as-interviewer-greenhouse-kit-en"))

    uid = "040000008200E00074C5B7101A82E008000000001E5A1CB3F199DB010000000000000000100000007A10"
    out.append(_neg("scorecard-block", cal(vevent(f"""
        UID:{uid}
        SUMMARY:Submit scorecard - D. Okafor (Paralegal II)
        DESCRIPTION:{esc("Greenhouse reminder - overdue. Notes in OneNote > Hiring > Okafor.")}
        DTSTART;TZID=Central Standard Time:20250320T083000
        DTEND;TZID=Central Standard Time:20250320T084500
        DTSTAMP:20250319T220000Z
        {org(ME_W, "Kowalski, Rachel")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, method="PUBLISH", tz=(TZ_W_CST,)), uid, "user-as-interviewer-scorecard-en"))

    d = esc("""
        Debrief for the three Case Assistant finalists (Ortiz, Blake, Huang). Please have scorecards in before
        the meeting. Decision goes to Marianne Brandt by Friday.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000E0F2771D6A9CDB01000000000000000010000000B931"
    out.append(_neg("debrief", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Debrief - Case Assistant candidates
        DTSTART;TZID="(UTC-06:00) Central Time (US & Canada)":20250402T163000
        DTEND;TZID="(UTC-06:00) Central Time (US & Canada)":20250402T170000
        DTSTAMP:20250331T150500Z
        LOCATION:Teams
        {org("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("bstanton@hartwellbrandt.com", "Stanton, Brian")}
        {att("drusso@hartwellbrandt.com", "Russo, Dana")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_UTC_CST,)), uid, "user-as-interviewer-debrief-en"))

    d = esc("""
        Panel interview - Senior Paralegal, Real Estate group
        Candidate: Marisol Vega (currently at Kemper Stahl; resume and writing sample attached)

        Panel: Gregory Hartwell (partner), Alison Yu (senior associate), Rachel Kowalski (senior paralegal)
        Rachel - please lead the closing checklist / title review portion.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000F3B4E1A2779DDB01000000000000000010000000C8D2"
    room = att("hb-27-madison@hartwellbrandt.com", "HB 27 - Conf Rm Madison", role="NON-PARTICIPANT", cutype="ROOM",
               rsvp=False)
    out.append(_neg("panel-room", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Panel interview - Senior Paralegal (Real Estate) - Marisol Vega
        DTSTART;TZID=Central Standard Time:20250408T100000
        DTEND;TZID=Central Standard Time:20250408T111500
        DTSTAMP:20250402T181212Z
        LOCATION:HB 27 - Conf Rm Madison
        {org("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
        {att("ghartwell@hartwellbrandt.com", "Hartwell, Gregory")}
        {att("ayu@hartwellbrandt.com", "Yu, Alison")}
        {att(ME_W, "Kowalski, Rachel")}
        {room}
    """), prodid=PRODID_EXCHANGE, tz=(TZ_W_CST,)), uid, "user-as-interviewer-panel-room-en"))

    d = esc("""
        New interviewer training: Rachel sits in on Dana's interview with a paralegal candidate, observes only.
        Afterwards 15 min to go over the structured questions and how to fill in the scorecard.
    """)
    uid = "040000008200E00074C5B7101A82E0080000000022C9D1E5A49BDB01000000000000000010000000E014"
    out.append(_neg("shadowing", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Interview shadowing - sit in w/ Dana (paralegal candidate)
        DTSTART;TZID=Central Standard Time:20250311T150000
        DTEND;TZID=Central Standard Time:20250311T161500
        DTSTAMP:20250307T140000Z
        {org("drusso@hartwellbrandt.com", "Russo, Dana")}
        {att(ME_W, "Kowalski, Rachel")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-shadowing-en"))

    d = esc("""
        Event Name: Paralegal Intern Interview (30 min)

        Invitee: Tyler Nguyen
        Invitee Email: tnguyen7@luc.edu

        Questions:
        Which practice areas interest you? Litigation, maybe real estate
        Are you available 20 hrs/week this summer? Yes

        Location: Hartwell Brandt LLP, 27th floor reception

        View event in Calendly: https://calendly.com/events/7a2c1ef0
    """)
    uid = "7a2c1ef0-95b3-4d0e-8e12-calendly-rk-host"
    out.append(_neg("calendly-user-host", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250416T191000Z
        DTSTART:20250423T200000Z
        DTEND:20250423T203000Z
        {org(ME_W, "Rachel Kowalski")}
        {att("tnguyen7@luc.edu", "Tyler Nguyen", ps="ACCEPTED", rsvp=False)}
        SUMMARY:Tyler Nguyen and Rachel Kowalski
        DESCRIPTION:{d}
        LOCATION:Hartwell Brandt LLP\\, 27th floor reception
    """), prodid="-//Calendly//Calendly//EN"), uid, "user-as-interviewer-calendly-host-en"))

    d = esc("""
        Hi Rachel,

        Thank you for agreeing to meet our candidate, Aisha Bello, for your Docketing Specialist opening.
        Aisha has six years of docketing experience (CompuLaw, Aderant) and is available with two weeks'
        notice. Her resume is attached to my email. She will arrive at your 27th floor reception.

        Please send me your feedback after the interview!

        Greg Maddox
        Lexington Legal Staffing
    """)
    uid = "LLS-20250424-GM-0419@lexingtonlegalstaffing.com"
    out.append(_neg("agency-sends-candidate", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250421T143000Z
        DTSTART;TZID=America/Chicago:20250424T110000
        DTEND;TZID=America/Chicago:20250424T120000
        {org("gmaddox@lexingtonlegalstaffing.com", "Greg Maddox")}
        {att(ME_W, "Rachel Kowalski")}
        {att("aisha.bello@gmail.com", "Aisha Bello")}
        SUMMARY:Candidate Interview: Aisha Bello - Docketing Specialist (Lexington Legal Staffing)
        DESCRIPTION:{d}
        LOCATION:Hartwell Brandt LLP\\, 27th floor
    """), tz=(TZ_CHI,)), uid, "user-as-interviewer-agency-candidate-en"))

    uid = "040000008200E00074C5B7101A82E0080000000088D1F04C3AA1DB01000000000000000010000000A2B7"
    out.append(_neg("hand-typed-candidate", cal(vevent(f"""
        UID:{uid}
        SUMMARY:intvw para cand - K. Brennan (kbrennan88@yahoo.com) rm 14B
        DTSTART;TZID=Central Standard Time:20250501T093000
        DTEND;TZID=Central Standard Time:20250501T103000
        DTSTAMP:20250428T120000Z
        {org(ME_W, "Kowalski, Rachel")}
        DESCRIPTION:{esc("print resume + questions sheet. ask re: Relativity + deadlines.")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, method="PUBLISH", tz=(TZ_W_CST,)), uid, "user-as-interviewer-hand-typed-en"))

    d = esc("""
        Cite-check skills test for paralegal candidate Samuel Adeyemi: 45 minutes, closed book except the
        Bluebook. Rachel to hand out the test packet at 1:00 and collect at 1:45; grade against the answer key
        and send results to Nicole.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000A7E0B2D4C1A2DB01000000000000000010000000F9E8"
    out.append(_neg("proctor-skills-test", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Proctor cite-check test - paralegal candidate (S. Adeyemi)
        DTSTART;TZID=Central Standard Time:20250506T130000
        DTEND;TZID=Central Standard Time:20250506T140000
        DTSTAMP:20250502T171500Z
        LOCATION:HB 27 - Conf Rm Jackson
        {org("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
        {att(ME_W, "Kowalski, Rachel")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-skills-test-en"))

    d = esc("""
        Hi Marcus,

        Thank you for applying to Hartwell Brandt LLP. I'd like to invite you to interview for the Legal
        Assistant position in our Litigation department. We will meet at our office, 27th floor, and the
        interview will take about 45 minutes.
    """, teams("242 558 119 036", "Y2NiNDIyYTEtMzQxZS00"), """
        Best regards,
        Rachel Kowalski
        Senior Paralegal | Hartwell Brandt LLP | 312-555-0160
    """)
    uid = "040000008200E00074C5B7101A82E00800000000B4F6E3C2A1A3DB010000000000000000100000001D4C"
    out.append(_neg("user-organizes-freemail-candidate", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Hartwell Brandt - Interview for Legal Assistant position
        DTSTART;TZID=Central Standard Time:20250513T150000
        DTEND;TZID=Central Standard Time:20250513T154500
        DTSTAMP:20250508T150000Z
        LOCATION:Hartwell Brandt LLP\\, 27th floor / Teams
        {org(ME_W, "Kowalski, Rachel")}
        {att("marcus.tillman@outlook.com", "marcus.tillman@outlook.com")}
        {att("bstanton@hartwellbrandt.com", "Stanton, Brian", role="OPT-PARTICIPANT")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-organizer-freemail-en"))
    return out
