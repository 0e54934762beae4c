"""holdout107 negatives: the user's careers-adviser work (mocks, clinics, fairs, webinars, meetings)."""

from __future__ import annotations

from holdout107ev_boiler import teams, zoom
from holdout107ev_ics import ME_GMAIL, ME_WORK, OLK, Ev, cal, desc, g_att, o_att, p_att

MORAG = "morag.henderson@clydeuni-careers.ac.uk"


def _simple(kind: str, trap: str, uid: str, summary: str, start: str, end: str, body: str = "",
            org: str | None = ME_WORK, atts: tuple[str, ...] = (), loc: str = "", prodid: str = "google",
            tz: str = "london", method: str | None = "REQUEST") -> Ev:
    tzp = "TZID=Europe/London:" if tz == "london" else 'TZID="GMT Standard Time":' if tz == "gmt" else ""
    if tz == "date":
        tzp = "VALUE=DATE:"
    ev = [f"UID:{uid}", f"DTSTAMP:{start[:8]}T070000Z" if len(start) > 8 else "DTSTAMP:20250301T070000Z",
          f"DTSTART;{tzp}{start}" if tzp else f"DTSTART:{start}", f"DTEND;{tzp}{end}" if tzp else f"DTEND:{end}",
          f"SUMMARY:{summary}"]
    if org:
        ev.append(f"ORGANIZER;CN=Eilidh Campbell:mailto:{org}" if org == ME_WORK else f"ORGANIZER:mailto:{org}")
    ev.extend(atts)
    if body:
        ev.append(desc(body))
    if loc:
        ev.append(f"LOCATION:{loc}")
    tzs = ("london",) if tz == "london" else ("gmt",) if tz == "gmt" else ()
    return Ev(kind, cal([ev], prodid, method=method, tz=tzs), uid, 0, trap=trap)


def mock_student() -> Ev:
    uid = OLK + "00000000AAAA1001A1B9DB0100000000000000001000000011111111222222223333333344444444"
    body = (
        "Hi Callum,\n\nConfirming your mock interview for graduate roles in financial services. Please bring "
        "the job description for the Harrowgate Bank graduate scheme so we can tailor questions. We'll do 30 "
        "minutes of questions and 15 minutes of feedback.\n\nEilidh\n"
    )
    ev = [
        f'ORGANIZER;CN="Campbell, Eilidh":mailto:{ME_WORK}',
        o_att("2419873r@student.clydeuni-careers.ac.uk", "Callum Reid (PGT student)"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Mock interview - Callum Reid (MSc Finance) - Harrowgate grad scheme",
        'DTSTART;TZID="GMT Standard Time":20250318T140000',
        'DTEND;TZID="GMT Standard Time":20250318T144500',
        "DTSTAMP:20250312T100000Z",
        "LOCATION;LANGUAGE=en-GB:Careers Hub - Interview Room 1",
    ]
    return Ev("mock-student-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="mock-interview-student-en")


def bookings_mock() -> Ev:
    uid = "5a0c9e1f-b7d2-4c36-8e4a-0f1d2c3b4a59"
    body = (
        "Booking confirmed with Clyde University Careers Service\n\nService: Mock Interview (45 minutes)\n"
        "Staff: Eilidh Campbell\nCustomer: Zainab Hussain\nNotes: Assessment centre interview for Strathmore "
        "Engineering graduate scheme next week\n\nPowered by Microsoft Bookings"
    )
    ev = [
        "ORGANIZER;CN=Clyde Careers Appointments:mailto:CareersAppointments@clydeuni-careers.ac.uk",
        o_att(ME_WORK, "Campbell, Eilidh", "ACCEPTED"),
        o_att("2501128h@student.clydeuni-careers.ac.uk", "Zainab Hussain"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY:Mock Interview (45 minutes) - Zainab Hussain",
        "DTSTART:20250423T100000Z",
        "DTEND:20250423T104500Z",
        "DTSTAMP:20250416T133000Z",
        "LOCATION:Microsoft Teams",
    ]
    return Ev("bookings-mock-en", cal([ev], "exchange"), uid, 0, trap="mock-ms-bookings-en")


def mock_panel_pgde() -> Ev:
    return _simple("mock-panel-group-en", "mock-panel-group-en", "9t2f6k0q3m1c8s5d7b4n0v1pea@google.com",
                   "Mock panel interviews - PGDE Primary students (teaching posts)", "20250219T130000",
                   "20250219T163000", "Three panels: me, Kevin and two headteachers volunteering. 12 students.",
                   atts=(g_att("kevin.lafferty@clydeuni-careers.ac.uk", "Kevin Lafferty"),),
                   loc="School of Education\\, St Andrew's Building")


def cv_clinic() -> Ev:
    return _simple("cv-clinic-en", "cv-clinic-en", "cvclinic-2025-w12@clydeuni-careers.ac.uk",
                   "CV clinic drop-in (Library foyer)", "20250319T120000", "20250319T140000",
                   "15-minute CV and cover letter checks, first come first served.", loc="Library foyer",
                   method="PUBLISH")


def skills_workshop() -> Ev:
    uid = OLK + "00000000AAAA1002A1B9DB0100000000000000001000000055555555666666667777777788888888"
    body = (
        "Interview Skills Workshop for final-year Engineering students: STAR answers, competency and "
        "strengths-based questions, technical interviews, video interviews. Slides on Moodle."
    )
    ev = [
        'ORGANIZER;CN="MacInnes, Ruaridh":mailto:ruaridh.macinnes@clydeuni-careers.ac.uk',
        o_att(ME_WORK, "Campbell, Eilidh"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview Skills Workshop - School of Engineering (Eilidh presenting)",
        'DTSTART;TZID="GMT Standard Time":20250211T110000',
        'DTEND;TZID="GMT Standard Time":20250211T123000',
        "DTSTAMP:20250130T100000Z",
        "LOCATION;LANGUAGE=en-GB:James Watt South\\, LT 3",
    ]
    return Ev("skills-workshop-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="workshop-delivered-en")


def webinar() -> Ev:
    uid = "zoomwebinar-88120044931-eilidh@zoom.us"
    body = (
        "Hi Eilidh Campbell,\n\nThank you for registering for \"Strengths-based interviewing: what graduate "
        "recruiters want in 2025\" hosted by the Graduate Employers Forum.\n\nPlease submit any questions to: "
        "events@gradforum.org.uk\n\n" + zoom("881 2004 4931", "R0VGd2ViaW5hcg")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250401T080000Z",
        "DTSTART:20250409T130000Z",
        "DTEND:20250409T140000Z",
        "SUMMARY:Strengths-based interviewing: what graduate recruiters want in 2025",
        "ORGANIZER;CN=Graduate Employers Forum:mailto:no-reply@zoom.us",
        p_att(ME_WORK, "Eilidh Campbell"),
        desc(body),
    ]
    return Ev("webinar-en", cal([ev], "-//zoom.us//iCalendar Event//EN"), uid, 0, trap="webinar-interviewing-en")


def fair() -> Ev:
    return _simple("fair-setup-en", "job-fair-setup-en", "gradfair-autumn25-setup@clydeuni-careers.ac.uk",
                   "Autumn Graduate Recruitment Fair - stand set-up + employer check-in", "20251008T073000",
                   "20251008T170000", "85 employers. I'm on employer check-in desk 8-10 then roaming.",
                   loc="Barony Hall", method="PUBLISH")


def meet_recruiter() -> Ev:
    uid = "4p8s1d6f2m0k9c3q7n5b1v0taz@google.com"
    body = (
        "Meet the Recruiter: Harrowgate Bank\n\nStudents can drop in to meet Harrowgate's graduate recruitment "
        "team and ask about the 2026 Graduate Programme and summer internships. Eilidh to host and introduce."
    )
    ev = [
        "DTSTART;TZID=Europe/London:20250213T120000",
        "DTEND;TZID=Europe/London:20250213T140000",
        "DTSTAMP:20250130T110000Z",
        f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}",
        f"UID:{uid}",
        g_att("early.careers@harrowgatebank.co.uk", "Harrowgate Early Careers"),
        desc(body),
        "LOCATION:Careers Hub\\, Level 2",
        "SUMMARY:Meet the Recruiter: Harrowgate Bank (drop-in)",
    ]
    return Ev("meet-the-recruiter-en", cal([ev], "google", tz=("london",)), uid, 0,
              trap="meet-the-recruiter-known-employer-en")


def practice_ac() -> Ev:
    return _simple("practice-ac-en", "practice-assessment-centre-en", "pac-2025-02@clydeuni-careers.ac.uk",
                   "Practice Assessment Centre for students - assessors briefing + run", "20250226T093000",
                   "20250226T153000", "Group exercise, in-tray, mock interview. Volunteer assessors from alumni.",
                   loc="Careers Hub", tz="gmt")


def intl_students() -> Ev:
    uid = OLK + "00000000AAAA1003A1B9DB01000000000000000010000000999999990000000011111111AAAAAAAA"
    intro = "Webinar for international students: UK interview conventions, Graduate Route visa questions, Q&A.\n"
    ev = [
        f'ORGANIZER;CN="Campbell, Eilidh":mailto:{ME_WORK}',
        o_att("intl-students@clydeuni-careers.ac.uk", "International Student Support"),
        desc(intro + "\n" + teams("347 220 188 905", "In6Wb9")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview Skills for International Students (Teams webinar)",
        'DTSTART;TZID="GMT Standard Time":20250305T160000',
        'DTEND;TZID="GMT Standard Time":20250305T170000',
        "DTSTAMP:20250220T100000Z",
    ]
    return Ev("webinar-delivered-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="webinar-delivered-en")


def team_meeting() -> Ev:
    uid = OLK + "00000000AAAA1004A1B9DB01000000000000000010000000BBBBBBBBCCCCCCCCDDDDDDDDEEEEEEEE"
    ev = [
        f'ORGANIZER;CN="Henderson, Morag":mailto:{MORAG}',
        o_att(ME_WORK, "Campbell, Eilidh", "ACCEPTED"),
        o_att("kevin.lafferty@clydeuni-careers.ac.uk", "Lafferty, Kevin", "ACCEPTED"),
        "DESCRIPTION:Standing agenda: caseloads\\, events\\, recruitment update (CU-0412)\\, AOB",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Careers team weekly",
        'DTSTART;TZID="GMT Standard Time":20250106T093000',
        'DTEND;TZID="GMT Standard Time":20250106T103000',
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        "DTSTAMP:20241220T100000Z",
    ]
    return Ev("team-weekly-recurring-en", cal([ev], "outlook", tz=("gmt",)), uid, 0, trap="internal-recurring-en")


def coaching_course() -> Ev:
    return _simple("course-en", "training-course-en", "evb-55120938-2@eventbrite.com",
                   "Coaching Skills for Careers Practitioners - Day 2 (interview coaching)", "20250129T093000",
                   "20250129T163000", "Day 2: coaching clients for interviews, using the GROW model, role play.",
                   org="noreply@eventbrite.com", loc="CDI Scotland\\, Edinburgh", tz="gmt", method="PUBLISH",
                   prodid="-//Eventbrite//Eventbrite//EN")


def partner_de() -> Ev:
    uid = "austausch-careerservice-leipzig-clyde-2025@uni-leipzig-career.de"
    body = (
        "Liebe Eilidh, lieber Kevin,\n\nanbei die Einladung zu unserem Austausch der Career Services (Uni "
        "Leipzig / Clyde University): Mentoring-Programme, Employer Branding, Praktikumsbörse. Die Sitzung "
        "findet auf Englisch statt.\n\nViele Grüße\nSabine Krüger"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250402T080000Z",
        "DTSTART;TZID=Europe/Berlin:20250410T150000",
        "DTEND;TZID=Europe/Berlin:20250410T160000",
        "SUMMARY:Austausch Career Services Leipzig / Glasgow",
        "ORGANIZER;CN=Sabine Krüger:mailto:sabine.krueger@uni-leipzig-career.de",
        p_att(ME_WORK, "Eilidh Campbell"),
        p_att("kevin.lafferty@clydeuni-careers.ac.uk", "Kevin Lafferty"),
        desc(body),
        "LOCATION:Zoom",
    ]
    return Ev("partner-meeting-de", cal([ev], "thunderbird", tz=("berlin",)), uid, 0, trap="partner-meeting-de")


def erasmus_es() -> Ev:
    uid = "erasmus-uv-clyde-0506@uv-empleo.es"
    body = (
        "Hola Eilidh:\n\nTe enviamos la convocatoria para la reunión Erasmus+ entre el Servicio de Empleo de la "
        "Universidad de Valencia y el Careers Service de Clyde University: prácticas en empresas, talleres "
        "de entrevistas para estudiantes de intercambio.\n\nSaludos,\nMarta Ferrer"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250528T090000Z",
        "DTSTART;TZID=Europe/Madrid:20250606T100000",
        "DTEND;TZID=Europe/Madrid:20250606T110000",
        "SUMMARY:Reunión Erasmus+ – Servicio de Empleo UV / Clyde Careers",
        "ORGANIZER;CN=Marta Ferrer:mailto:marta.ferrer@uv-empleo.es",
        p_att(ME_WORK, "Eilidh Campbell"),
        desc(body),
    ]
    vtz = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]
    return Ev("partner-meeting-es", cal([ev], "google", head=tuple(vtz)), uid, 0, trap="partner-meeting-es")


def webinaire_fr() -> Ev:
    uid = "webinaire-entretien-anglais-20250320@escale-business.fr"
    body = (
        "Bonjour,\n\nMerci pour votre inscription au webinaire « Réussir l'entretien d'embauche en anglais » "
        "organisé par le service carrières d'Escale Business School pour les conseillers des universités "
        "partenaires.\n\n" + zoom("845 1102 3377", "RXNjYWxl", "escale", "fr")
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250310T080000Z",
        "DTSTART;TZID=Europe/Paris:20250320T140000",
        "DTEND;TZID=Europe/Paris:20250320T150000",
        "SUMMARY:Webinaire : réussir l'entretien d'embauche en anglais",
        "ORGANIZER;CN=Escale Business School - Carrières:mailto:carrieres@escale-business.fr",
        p_att(ME_WORK),
        desc(body),
    ]
    return Ev("webinaire-fr", cal([ev], "google", tz=("paris",)), uid, 0, trap="webinar-fr")


def all_work() -> list[Ev]:
    _ = ME_GMAIL
    return [mock_student(), bookings_mock(), mock_panel_pgde(), cv_clinic(), skills_workshop(), webinar(), fair(),
            meet_recruiter(), practice_ac(), intl_students(), team_meeting(), coaching_course(), partner_de(),
            erasmus_es(), webinaire_fr()]
