"""holdout120 negatives: the user on the hiring side at Hartwell Brandt LLP (part two)."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_W,
    PRODID_EXCHANGE,
    PRODID_OUTLOOK,
    TZ_CHI,
    TZ_W_CST,
    Ev,
    att,
    cal,
    esc,
    org,
    teams,
    vevent,
)


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _a() -> list[Ev]:
    out = []
    d = esc("""
        Interviewer Schedule - Sam Whitaker
        Position: Practice Support Specialist (Hartwell Brandt LLP)

        2:00 PM  Behavioral - Rachel Kowalski  <- you
        2:45 PM  Technical (Relativity, processing) - Kevin Marsh
        3:30 PM  Hiring manager - Evelyn Cho

        Candidate resume and interview guide are linked in Greenhouse. Please submit feedback the same day.
        Scheduled with GoodTime.
    """)
    uid = "goodtime-int-hb-7731-kowalski"
    out.append(_neg("goodtime-interviewer-schedule", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250519T161200Z
        DTSTART;TZID=America/Chicago:20250522T140000
        DTEND;TZID=America/Chicago:20250522T144500
        {org("recruiting@hartwellbrandt.com", "Hartwell Brandt Legal Recruiting")}
        {att(ME_W, "Rachel Kowalski")}
        SUMMARY:[Interviewer] Sam Whitaker - Practice Support Specialist - Behavioral
        DESCRIPTION:{d}
        LOCATION:HB 27 - Conf Rm Wabash
    """), prodid="-//GoodTime.io//Interview Scheduling//EN", tz=(TZ_CHI,)), uid,
        "user-as-interviewer-goodtime-schedule-en"))

    uid = "040000008200E00074C5B7101A82E00800000000C70EF2A98BA4DB01000000000000000010000000E7A1"
    out.append(_neg("user-phone-screens-candidate", cal(vevent(f"""
        UID:{uid}
        SUMMARY:Phone screen: Luis Ortega (Records Clerk) - I call him 773-555-0142
        DESCRIPTION:{esc("Questions: records retention exp, Iron Mountain, availability. 20 min max.")}
        DTSTART;TZID=Central Standard Time:20250319T120000
        DTEND;TZID=Central Standard Time:20250319T122000
        DTSTAMP:20250317T193000Z
        {org(ME_W, "Kowalski, Rachel")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, method="PUBLISH", tz=(TZ_W_CST,)), uid, "user-as-interviewer-phone-screen-en"))

    d = esc("""
        Calibration session for everyone interviewing for the 2025 paralegal openings. We'll agree on the
        structured questions, the scoring rubric (1-4) and what a "strong yes" looks like, and review two
        anonymized scorecards from last year.
    """, teams("216 330 447 851", "MTFlYjNkNmQtMmM4NC00"))
    uid = "040000008200E00074C5B7101A82E00800000000D2A05F1E7CA5DB01000000000000000010000000A6B3"
    out.append(_neg("interviewer-calibration", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Interviewer calibration - paralegal hiring 2025
        DTSTART;TZID=Central Standard Time:20250306T120000
        DTEND;TZID=Central Standard Time:20250306T130000
        DTSTAMP:20250303T150000Z
        LOCATION:Microsoft Teams Meeting
        {org("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("drusso@hartwellbrandt.com", "Russo, Dana")}
        {att("bstanton@hartwellbrandt.com", "Stanton, Brian")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-calibration-en"))

    d = esc("""
        Summer paralegal program callbacks: please host lunch for two candidates (Emma Lindqvist, DePaul; Kofi
        Asante, UIC) after their attorney interviews. Casual - tell them about the day-to-day. Your feedback
        form goes to Nicole by 5pm.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000E1C3A8D05FA6DB01000000000000000010000000B4C5"
    out.append(_neg("callback-lunch-host", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Callback lunch host - summer paralegal candidates
        DTSTART;TZID=Central Standard Time:20250410T120000
        DTEND;TZID=Central Standard Time:20250410T131500
        DTSTAMP:20250404T190000Z
        LOCATION:Atwood\\, 1 W. Washington St
        {org("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
        {att(ME_W, "Kowalski, Rachel")}
    """), prodid=PRODID_EXCHANGE, tz=(TZ_W_CST,)), uid, "user-as-interviewer-callback-lunch-en"))

    d = esc("""
        Hiring committee - Litigation Support Analyst (req #2291)
        Finalists: R. Menon, C. Dubois. Offer recommendation to be made at this meeting.
        Rachel: please summarize the technical exercise results.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000F5B7D2C19EA7DB01000000000000000010000000C3D6"
    out.append(_neg("hiring-committee", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Hiring committee - Lit Support Analyst req #2291
        DTSTART;TZID=Central Standard Time:20250529T160000
        DTEND;TZID=Central Standard Time:20250529T163000
        DTSTAMP:20250526T141500Z
        LOCATION:HB 27 - Conf Rm Monroe
        {org("emcho@hartwellbrandt.com", "Cho, Evelyn")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("kmarsh@hartwellbrandt.com", "Marsh, Kevin")}
        {att("nhaddad@hartwellbrandt.com", "Haddad, Nicole")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-hiring-committee-en"))
    return out


def _b() -> list[Ev]:
    out = []
    d = esc("""
        Estimada Sra. Paredes:

        Le confirmo la entrevista para el puesto de asistente legal bilingüe en Hartwell Brandt LLP. Parte de
        la entrevista será en español para evaluar su manejo de terminología jurídica (traducción de una
        declaración breve). Duración: una hora.

        Atentamente,
        Rachel Kowalski
        Senior Paralegal | Hartwell Brandt LLP
    """)
    uid = "040000008200E00074C5B7101A82E00800000000A3C4E5F60BA8DB01000000000000000010000000D2E7"
    out.append(_neg("user-interviews-candidate-es", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=es-US:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=es-US:Entrevista - asistente legal bilingüe - Sra. Paredes
        DTSTART;TZID=Central Standard Time:20250514T100000
        DTEND;TZID=Central Standard Time:20250514T110000
        DTSTAMP:20250509T160000Z
        LOCATION:Hartwell Brandt LLP\\, piso 27
        {org(ME_W, "Kowalski, Rachel")}
        {att("lparedes.mx@gmail.com", "Lucía Paredes")}
        {att("ayu@hartwellbrandt.com", "Yu, Alison", role="OPT-PARTICIPANT")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-es"))

    d = esc("""
        2L law clerk candidate (Loyola) - 30 min virtual interview with Rachel (paralegal team perspective)
        and Alison. Candidate: Hannah Petrovic, hpetrovic@luc.edu.
    """, teams("233 861 402 579", "NDk1ZDI0YzAtOGNlYy00"))
    uid = "040000008200E00074C5B7101A82E00800000000B8D9F0A1C2A9DB01000000000000000010000000E8F1"
    out.append(_neg("university-candidate-teams", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Interview - 2L law clerk candidate (Loyola) - H. Petrovic
        DTSTART;TZID=Central Standard Time:20250417T160000
        DTEND;TZID=Central Standard Time:20250417T163000
        DTSTAMP:20250414T130000Z
        LOCATION:Microsoft Teams Meeting
        {org("ayu@hartwellbrandt.com", "Yu, Alison")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("hpetrovic@luc.edu", "Hannah Petrovic")}
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, "user-as-interviewer-university-candidate-en"))

    uid = "040000008200E00074C5B7101A82E00800000000C9E0A1B2D3AADB01000000000000000010000000F9A2"
    out.append(_neg("reference-check-caller", cal(vevent(f"""
        UID:{uid}
        SUMMARY:Reference check - call J. Morales (Kemper Stahl) re: Marisol Vega
        DESCRIPTION:{esc("Marisol's former supervising attorney. Use reference form. 312-555-0187.")}
        DTSTART;TZID=Central Standard Time:20250411T093000
        DTEND;TZID=Central Standard Time:20250411T095000
        DTSTAMP:20250410T210000Z
        {org(ME_W, "Kowalski, Rachel")}
    """), prodid=PRODID_OUTLOOK, method="PUBLISH", tz=(TZ_W_CST,)), uid, "user-as-interviewer-reference-check-en"))

    d = esc("""
        Appointment booked

        Service: Paralegal Candidate Interview (45 min)
        Staff member: Rachel Kowalski
        Customer: Devon Price (devonprice.para@gmail.com)
        Location: Hartwell Brandt LLP, 27th floor

        Hartwell Brandt LLP - Paralegal Recruiting
        Booked with Microsoft Bookings
    """)
    uid = "040000008200E00074C5B7101A82E00800000000D0F1B2C3E4ABDB0100000000000000001000000011B3"
    out.append(_neg("bookings-user-staff", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Paralegal Candidate Interview - Devon Price
        DTSTART;TZID=Central Standard Time:20250527T100000
        DTEND;TZID=Central Standard Time:20250527T104500
        DTSTAMP:20250521T180000Z
        LOCATION:Hartwell Brandt LLP\\, 27th floor
        {org("ParalegalRecruiting@hartwellbrandt.com", "HB Paralegal Recruiting")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("devonprice.para@gmail.com", "Devon Price")}
    """), prodid=PRODID_EXCHANGE, tz=(TZ_W_CST,)), uid, "user-as-interviewer-bookings-staff-en"))

    d = esc("""
        Block to draft interview questions and the practical exercise for the two paralegal openings
        (Real Estate, Lit). Use last year's kit; update for Relativity One.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000E1A2C3D4F5ACDB0100000000000000001000000022C4"
    out.append(_neg("interview-kit-prep", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Prep interview kit - paralegal openings
        DTSTART;TZID=Central Standard Time:20250304T080000
        DTEND;TZID=Central Standard Time:20250304T090000
        DTSTAMP:20250303T230000Z
        {org(ME_W, "Kowalski, Rachel")}
    """), prodid=PRODID_OUTLOOK, method="PUBLISH", tz=(TZ_W_CST,)), uid, "user-as-interviewer-kit-prep-en"))
    return out


def events() -> list[Ev]:
    return [*_a(), *_b()]
