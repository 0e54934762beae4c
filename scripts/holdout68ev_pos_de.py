"""holdout68: the user's own interviews with German employers."""

from __future__ import annotations

from holdout68ev_ics import USER, att, calendar, esc, item, meet, org, teams, zoom
from holdout68ev_tools import ats, g_att, google, outlook

PERSONIO = "-//Personio GmbH//Personio Recruiting//DE"


def _personio(uid: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], desc: str,
              location: str, prodid: str = PERSONIO, stamp: str = "20260108T121212Z") -> str:
    ev = [f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
          f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}", organizer, *attendees,
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    return calendar(prodid, [ev], tzids=("Europe/Berlin",))


def _lindenhof() -> list[dict]:
    out = []
    uid = "personio-appointment-5b8e21f7-lindenhof-0913@personio.de"
    desc = ("Hallo Rahul,\n\nvielen Dank für deine Bewerbung als Senior Product Manager (m/w/d) bei der Lindenhof "
            "Software GmbH. Wie besprochen findet unser Telefoninterview am Dienstag, 13. Januar, um 15:00 Uhr "
            "statt. Ich rufe dich unter der angegebenen Nummer an (ca. 30 Minuten).\n\nGesprächspartnerin: Katrin "
            "Lehmann, Talent Acquisition\n\nViele Grüße\nKatrin\n\nDiese Einladung wurde über Personio versendet.")
    ics = _personio(uid, "Telefoninterview: Senior Product Manager (m/w/d) – Rahul Menon", "20260113T150000",
                    "20260113T153000", "ORGANIZER;CN=Katrin Lehmann:mailto:katrin.lehmann@lindenhof-software.de",
                    [att(USER, "Rahul Menon")], desc, "Telefon")
    out.append(item("personio-phone-de", ics, uid, True, company="Lindenhof Software",
                    role="Senior Product Manager (m/w/d)", stage="recruiter_screen",
                    interviewers=("katrin.lehmann@lindenhof-software.de",), trap="personio-telefoninterview-de"))

    uid = "personio-appointment-c02d94aa-lindenhof-1177@personio.de"
    desc = ("Hallo Rahul,\n\nschön, dass es weitergeht! Im Fachgespräch sprichst du mit Dr. Felix Baumann (CPO) und "
            "Anja Roth (Head of Engineering) über deine Produkterfahrung im B2B-Umfeld. Bitte bereite ein Beispiel "
            "vor, wie du eine Roadmap gegen Vertriebswünsche verteidigt hast. Das Gespräch findet auf Englisch "
            "statt.\n\n" + meet("de", "lnh-kqzp-wre", "418 220 965", "DE", "+49 30 25555 7712")
            + "\n\nViele Grüße\nKatrin Lehmann\n\nDiese Einladung wurde über Personio versendet.")
    ics = _personio(uid, "Fachgespräch – Senior Product Manager (m/w/d)", "20260127T130000", "20260127T141500",
                    "ORGANIZER;CN=Katrin Lehmann:mailto:katrin.lehmann@lindenhof-software.de",
                    [att("felix.baumann@lindenhof-software.de", "Dr. Felix Baumann"),
                     att("anja.roth@lindenhof-software.de", "Anja Roth"), att(USER, "Rahul Menon")],
                    desc, "Google Meet", stamp="20260120T090807Z")
    out.append(item("personio-fachgespraech-de", ics, uid, True, company="Lindenhof Software",
                    role="Senior Product Manager (m/w/d)", stage="technical",
                    interviewers=("felix.baumann@lindenhof-software.de", "anja.roth@lindenhof-software.de"),
                    trap="personio-fachgespraech-meet-de"))
    return out


def _nordsee() -> list[dict]:
    out = []
    uid = "softgarden-event-7743012-ns@softgarden.io"
    desc = ("Sehr geehrter Herr Menon,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen "
            "Gespräch mit Ihrem künftigen Vorgesetzten, Herrn Jens Petersen (Leiter Digital), und Frau Birte Hansen "
            "(Personalreferentin) einzuladen.\n\nOrt: Nordsee Reisen GmbH, Große Elbstraße 145, 22767 Hamburg, "
            "Empfang im Erdgeschoss\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Nordsee Reisen GmbH\n\n–\n"
            "Diese Nachricht wurde über softgarden versendet.")
    ics = ats(prodid="-//softgarden//softgarden e-recruiting//DE", uid=uid,
              summary="Vorstellungsgespräch bei Nordsee Reisen GmbH – Senior Produktmanager (m/w/d) Buchungsplattform",
              start="20260129T140000", end="20260129T150000", zone="Europe/Berlin",
              organizer="ORGANIZER;CN=Nordsee Reisen GmbH Recruiting:mailto:noreply@softgarden.io",
              attendees=[att("j.petersen@nordsee-reisen.de", "Jens Petersen"),
                         att("b.hansen@nordsee-reisen.de", "Birte Hansen"), att(USER, "Rahul Menon")],
              desc=desc, location="Große Elbstraße 145, 22767 Hamburg")
    out.append(item("softgarden-hm-de", ics, uid, True, company="Nordsee Reisen",
                    role="Senior Produktmanager (m/w/d) Buchungsplattform", stage="hiring_manager",
                    interviewers=("j.petersen@nordsee-reisen.de", "b.hansen@nordsee-reisen.de"),
                    trap="softgarden-de-formal"))

    desc = ("Sehr geehrter Herr Menon,\n\nleider muss unser Geschäftsführer, Herr Dr. Carsten Albers, den "
            "ursprünglich geplanten Termin am 12.02. verschieben. Neuer Termin: Donnerstag, 19.02.2026, 10:00 – "
            "11:00 Uhr, wieder bei uns in der Großen Elbstraße.\n\nIm Zweitgespräch, der letzten Runde unseres "
            "Auswahlprozesses, lernen Sie Herrn Dr. Albers kennen; Herr Petersen ist ebenfalls dabei. Ich selbst "
            "bin diesmal nicht dabei.\n\nMit freundlichen Grüßen\nBirte Hansen\nPersonalreferentin")
    ics, uid = outlook(seed="nordsee-zweit", summary="Zweitgespräch Nordsee Reisen – R. Menon (neuer Termin)",
                       start="20260219T100000", end="20260219T110000", lang="de-DE", seq=2,
                       organizer=org("b.hansen@nordsee-reisen.de", "Hansen, Birte"),
                       attendees=[att("c.albers@nordsee-reisen.de", "Albers, Carsten Dr."),
                                  att("j.petersen@nordsee-reisen.de", "Petersen, Jens"),
                                  att(USER, "rahul.menon.pm@outlook.com")],
                       desc=desc, location="Große Elbstraße 145, Hamburg", stamp="20260209T111500Z")
    out.append(item("outlook-rescheduled-de", ics, uid, True, company="Nordsee Reisen", stage="final",
                    interviewers=("c.albers@nordsee-reisen.de", "j.petersen@nordsee-reisen.de"),
                    trap="rescheduled-sequence-de-coordinator-organizer"))
    return out


def _isarwerk() -> list[dict]:
    out = []
    uid = "sr-interview-6a1f3b2e9c8d4e7f@smartrecruiters.com"
    desc = ("Dear Rahul,\n\nWe would like to invite you to a product case interview for the position Senior Product "
            "Manager – Fleet Platform.\n\nInterviewers: Katharina Vogt (Director Product), Mehmet Aksoy (Staff "
            "Engineer)\nDuration: 60 min\n\n" + zoom("en", "683 4410 9925", "isar26")
            + "\n\nBest regards,\nIsarwerk Mobility Talent Acquisition\n\nPowered by SmartRecruiters")
    ics = ats(prodid="-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN", uid=uid,
              summary="Interview: Senior Product Manager – Fleet Platform | Isarwerk Mobility", start="20260203T150000",
              end="20260203T160000", zone="Europe/Berlin",
              organizer="ORGANIZER;CN=Isarwerk Mobility:mailto:interviews@isarwerk.de",
              attendees=[att("katharina.vogt@isarwerk.de", "Katharina Vogt"),
                         att("mehmet.aksoy@isarwerk.de", "Mehmet Aksoy"), att(USER, "Rahul Menon")],
              desc=desc, location="Zoom")
    out.append(item("smartrecruiters-case", ics, uid, True, company="Isarwerk Mobility",
                    role="Senior Product Manager – Fleet Platform", stage="technical",
                    interviewers=("katharina.vogt@isarwerk.de", "mehmet.aksoy@isarwerk.de"), trap="smartrecruiters-en"))

    desc = ("Hi Rahul,\n\nHere is your onsite day in Munich.\n\n09:30 Welcome (Vroni Huber, Recruiting – not an "
            "interview)\n10:00 Product vision – Katharina Vogt\n11:00 Engineering partnership – Grace Okoro (VP "
            "Engineering)\n12:00 Lunch with the team\n13:00 Closing conversation – Stefan Brandl (CEO)\n\n"
            "Address: Isarwerk Mobility, Atelierstraße 12, 81671 München – room MUC-4-Isar.\n\nSee you soon,\nVroni")
    ics, uid = outlook(seed="isarwerk-onsite", summary="Onsite Interviews – Rahul Menon – Sr. PM Fleet Platform",
                       start="20260226T093000", end="20260226T140000", lang="en-US",
                       organizer=org("vroni.huber@isarwerk.de", "Huber, Vroni"),
                       attendees=[att("katharina.vogt@isarwerk.de", "Vogt, Katharina"),
                                  att("grace.okoro@isarwerk.de", "Okoro, Grace"),
                                  att("stefan.brandl@isarwerk.de", "Brandl, Stefan"),
                                  att(USER, "rahul.menon.pm@outlook.com"),
                                  att("muc-4-isar@isarwerk.de", "MUC-4-Isar (12)", cutype="ROOM",
                                      role="NON-PARTICIPANT", rsvp=False)],
                       desc=desc, location="MUC-4-Isar (12)", stamp="20260218T094500Z")
    out.append(item("outlook-onsite-munich-room", ics, uid, True, company="Isarwerk Mobility",
                    role="Sr. PM Fleet Platform", stage="onsite",
                    interviewers=("katharina.vogt@isarwerk.de", "grace.okoro@isarwerk.de", "stefan.brandl@isarwerk.de"),
                    trap="onsite-room-coordinator-welcome"))
    return out


def _spreewerk() -> list[dict]:
    out = []
    uid = "4kd9p1s7b3m0x6q2w8v5c1n9ta@google.com"
    desc = ("Hi Rahul,\n\nthanks for applying to Spreewerk! Here's our recruiter call for the Group Product Manager – "
            "Marketplace role (30 min).\n\nJana Kowalski, Senior Recruiter\n\n"
            + meet("en", "spw-rtcx-hbq", "602 771 309", "DE", "+49 30 25555 0193"))
    ics = google(uid=uid, summary="Spreewerk | Recruiter Call | Rahul Menon", start="20260119T110000",
                 end="20260119T113000", tz="Europe/Berlin", organizer=("jana.kowalski@spreewerk.com", "Jana Kowalski"),
                 guests=[g_att("jana.kowalski@spreewerk.com", "Jana Kowalski", "ACCEPTED"), g_att(USER)],
                 desc=desc, conference="https://meet.google.com/spw-rtcx-hbq", stamp="20260114T154500Z")
    out.append(item("google-recruiter-call-de", ics, uid, True, company="Spreewerk Commerce",
                    role="Group Product Manager – Marketplace", stage="recruiter_screen",
                    interviewers=("jana.kowalski@spreewerk.com",), trap="google-recruiter-berlin-en"))

    uid = "8vq3n0c6k1t9m4b7x2r5p8s0dz@google.com"
    desc = ("Final round for Group Product Manager – Marketplace, in two sessions on consecutive days with Tobias "
            "Wendler (CPO) and Ana Souza (VP Engineering): day 1 marketplace strategy, day 2 leadership & team. "
            "I'm only the organiser and won't join.\n\nJana\n\n"
            + meet("en", "fnl-spwk-qaz", "118 905 442", "DE", "+49 30 25555 0193"))
    guests = [g_att("tobias.wendler@spreewerk.com", "Tobias Wendler", "ACCEPTED"),
              g_att("ana.souza@spreewerk.com", "Ana Souza", "ACCEPTED"), g_att(USER, "Rahul Menon", "ACCEPTED")]
    override = ["DTSTART;TZID=Europe/Berlin:20260225T140000", "DTEND;TZID=Europe/Berlin:20260225T153000",
                "DTSTAMP:20260220T081500Z", "ORGANIZER;CN=Jana Kowalski:mailto:jana.kowalski@spreewerk.com",
                f"UID:{uid}", "RECURRENCE-ID;TZID=Europe/Berlin:20260225T100000", *guests,
                "X-GOOGLE-CONFERENCE:https://meet.google.com/fnl-spwk-qaz", "CREATED:20260216T100000Z",
                f"DESCRIPTION:{esc(desc + chr(10) + chr(10) + 'Moved to the afternoon: Ana is travelling.')}",
                "LAST-MODIFIED:20260220T081500Z", "LOCATION:", "SEQUENCE:1", "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Spreewerk – Final interviews (Rahul Menon)')}", "TRANSP:OPAQUE"]
    ics = google(uid=uid, summary="Spreewerk – Final interviews (Rahul Menon)", start="20260224T100000",
                 end="20260224T113000", tz="Europe/Berlin", organizer=("jana.kowalski@spreewerk.com", "Jana Kowalski"),
                 guests=guests, desc=desc, conference="https://meet.google.com/fnl-spwk-qaz",
                 stamp="20260216T100000Z", rrule="FREQ=DAILY;COUNT=2", extra_events=(override,))
    out.append(item("google-recurring-override-final", ics, uid, True, company="Spreewerk Commerce",
                    role="Group Product Manager – Marketplace", stage="final",
                    interviewers=("tobias.wendler@spreewerk.com", "ana.souza@spreewerk.com"),
                    trap="recurring-with-override-organizer-not-interviewing"))
    return out


def _rheinhafen() -> dict:
    desc = ("Sehr geehrter Herr Menon,\n\nwie telefonisch besprochen bestätige ich Ihnen hiermit das "
            "Vorstellungsgespräch bei unserem Mandanten, der Rheinhafen Logistik AG, für die Position Senior "
            "Product Manager Digital Freight.\n\nIhre Gesprächspartner: Dr. Stefan Krämer (Bereichsleiter Digitale "
            "Produkte) und Nadine Schuster (HR Business Partner).\nOrt: Rheinhafen Logistik AG, Hafenstraße 8, "
            "47119 Duisburg, Empfang Gebäude B.\n\nFür Rückfragen stehe ich Ihnen jederzeit zur Verfügung.\n\n"
            "Mit freundlichen Grüßen\nUlrike Bergmann\nBergmann & Kollegen Personalberatung GmbH")
    ics, uid = outlook(seed="bergmann-rheinhafen", summary="Vorstellungsgespräch Rheinhafen Logistik AG – Herr Menon",
                       start="20260217T110000", end="20260217T123000", lang="de-DE",
                       organizer=org("ulrike.bergmann@bergmann-kollegen.de", "Bergmann, Ulrike"),
                       attendees=[att(USER, "Rahul Menon")], desc=desc, location="Duisburg, Hafenstraße 8",
                       stamp="20260210T074500Z")
    return item("agency-de-names-client", ics, uid, True, company="Rheinhafen Logistik",
                role="Senior Product Manager Digital Freight", interviewers=("stefan krämer", "nadine schuster"),
                trap="agency-de-mandant")


def _kiezkasse() -> dict:
    uid = "Vq8rWk3nT1yZx0pLm5sJ2dHc9bA=@proton.me"
    desc = ("Hi Rahul,\n\nwie besprochen: dein Probearbeitstag für die Rolle Lead Product Manager bei uns im Büro "
            "(Oranienstraße 183, Kreuzberg, 3. OG). Du lernst das Team kennen, arbeitest mit Mia Schubert (Lead "
            "Engineer) an einem echten Problem aus unserem Onboarding und präsentierst um 16 Uhr. Mia und ich geben "
            "dir danach Feedback. Die Gespräche laufen auf Englisch, keine Sorge.\n\nBis dann!\nJonas\n"
            "(Gründer, Kiezkasse)")
    ev = ["DTSTART;VALUE=DATE:20260303", "DTEND;VALUE=DATE:20260304", "DTSTAMP:20260223T183012Z", f"UID:{uid}",
          "SUMMARY:Probearbeitstag Kiezkasse – Rahul", f"DESCRIPTION:{esc(desc)}",
          f"LOCATION:{esc('Oranienstraße 183, 10999 Berlin')}",
          "ORGANIZER;CN=Jonas Wendt:mailto:jonas.wendt@proton.me",
          "ATTENDEE;CN=rahul.menon.pm@outlook.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:"
          "mailto:rahul.menon.pm@outlook.com", "SEQUENCE:0", "STATUS:CONFIRMED"]
    ics = calendar("-//Proton AG//WebCalendar 5.0.71.4//EN", [ev], calscale=False)
    return item("proton-allday-trial-day-de", ics, uid, True, company="Kiezkasse", role="Lead Product Manager",
                stage="onsite", interviewers=("jonas.wendt@proton.me", "mia schubert"),
                trap="allday-probearbeitstag-founder-proton")


def _alpenglueck() -> dict:
    uid = "join-appointment-20260121-88d1c0@join.com"
    desc = ("Servus Rahul,\n\nvielen Dank für deine Bewerbung als Senior Product Manager (m/w/d) B2C! Ich würde dich "
            "gern in einem ersten Kennenlernen (30 Min.) näher kennenlernen: deine Motivation, deine Erfahrung und "
            "deine Gehaltsvorstellung.\n\n" + teams("de", "351 008 276 441", "Ag7kPz")
            + "\n\nLiebe Grüße\nTheresa Gruber\nPeople & Culture, Alpenglück Travel GmbH\n\nGesendet über JOIN")
    ics = ats(prodid="-//JOIN Solutions AG//JOIN Scheduling//DE", uid=uid,
              summary="Kennenlerngespräch – Senior Product Manager (m/w/d) B2C – Alpenglück Travel",
              start="20260121T100000", end="20260121T103000", zone="Europe/Berlin",
              organizer="ORGANIZER;CN=Theresa Gruber:mailto:theresa.gruber@alpenglueck.travel",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Microsoft Teams-Besprechung")
    return item("join-kennenlernen-de", ics, uid, True, company="Alpenglück Travel",
                role="Senior Product Manager (m/w/d) B2C", stage="recruiter_screen",
                interviewers=("theresa.gruber@alpenglueck.travel",), trap="join-kennenlerngespraech-de")


def _fernweg() -> dict:
    uid = "gh-sched-a81e33f0c7d2@greenhouse.io"
    desc = ("Hallo Rahul,\n\nhier die Details zu deinem nächsten Interview bei Fernweg:\n\nFormat: Case-Study-"
            "Präsentation (60 Min.) für die Rolle Senior Product Manager Growth\nInterviewer: Clara Neumann (VP "
            "Product), Yusuf Arslan (Head of Design)\n\nDu präsentierst ca. 25 Minuten, danach Fragen. Die "
            "Präsentation gern auf Englisch.\n\n" + zoom("de", "712 9930 4418", "fw2026")
            + "\n\nViele Grüße\nLea vom Fernweg Talent-Team\n\nDieser Termin wurde mit Greenhouse geplant.")
    ics = ats(prodid="-//Greenhouse Software//Greenhouse Scheduling//DE", uid=uid,
              summary="Einladung: Case-Study-Präsentation – Fernweg (Rahul Menon)", start="20260211T140000",
              end="20260211T150000", zone="Europe/Berlin",
              organizer="ORGANIZER;CN=Lea Brunner:mailto:lea.brunner@fernweg.de",
              attendees=[att("clara.neumann@fernweg.de", "Clara Neumann"),
                         att("yusuf.arslan@fernweg.de", "Yusuf Arslan"),
                         att(USER, "Rahul Menon")], desc=desc, location="Zoom")
    return item("greenhouse-case-de", ics, uid, True, company="Fernweg", role="Senior Product Manager Growth",
                stage="technical", interviewers=("clara.neumann@fernweg.de", "yusuf.arslan@fernweg.de"),
                trap="greenhouse-de-case-study")


def _sonnenfeld() -> dict:
    uid = "personio-appointment-e47b0d21-sonnenfeld-2203@personio.de"
    desc = ("Hi Rahul,\n\nthank you for your application for Group Product Manager at Sonnenfeld Energy. We'd like to "
            "invite you to an interview with Moritz Hahn, Head of Product and hiring manager for this role.\n\n"
            + zoom("en", "655 2081 3340", "sun44") + "\n\nBest regards\nSonnenfeld Energy People Team\n\n"
            "This invitation was sent via Personio.")
    ics = _personio(uid, "Interview: Group Product Manager – Sonnenfeld Energy (Hiring Manager)", "20260205T160000",
                    "20260205T170000", "ORGANIZER;CN=Sonnenfeld Energy People Team:mailto:people@sonnenfeld.energy",
                    [att("moritz.hahn@sonnenfeld.energy", "Moritz Hahn"), att(USER, "Rahul Menon")], desc, "Zoom",
                    prodid="-//Personio GmbH//Personio Recruiting//EN", stamp="20260129T141414Z")
    return item("personio-hm-en", ics, uid, True, company="Sonnenfeld Energy", role="Group Product Manager",
                stage="hiring_manager", interviewers=("moritz.hahn@sonnenfeld.energy",), trap="personio-en-hm")


def events() -> list[dict]:
    return [*_lindenhof(), *_nordsee(), *_isarwerk(), *_spreewerk(), _rheinhafen(), _kiezkasse(), _alpenglueck(),
            _fernweg(), _sonnenfeld()]
