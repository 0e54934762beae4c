"""holdout90 (part 1): the user's own interviews sent by ATS and scheduling tools (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_CN, ME_FREE, att, cal, desc, ev, org


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    # Personio, German recruiter screen by phone-ish Teams call
    d1 = (
        "Hallo Frau Petersen,\n\nvielen Dank für Ihre Bewerbung als Head of HR (m/w/d) bei Brandt & "
        "Vogel Spedition. Wie besprochen laden wir Sie zu einem ersten Kennenlernen mit Miriam Kolb "
        "(Talent Acquisition) ein. Rund 45 Minuten, wir sprechen über Ihren Werdegang, Ihre "
        "Wechselmotivation und Ihre Gehaltsvorstellung.\n\n"
        "________________________________________________________________________________\nMicrosoft "
        "Teams Benötigen Sie Hilfe?\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 371 884 290 "
        "115\nKennung: Xa7QpE\nNur per Telefon einwählen\n+49 40 8090 2217,,804417239# Deutschland, "
        "Hamburg\nTelefonkonferenz-ID: 804 417 239#\n"
        "________________________________________________________________________________\n\nViele "
        "Grüße\nIhr Recruiting-Team Brandt & Vogel"
    )
    body = f"""BEGIN:VEVENT
UID:personio-interview-7f3c91a2-4d0e-4b1a-9d55-0e2c41b8f6aa@brandt-vogel.jobs.personio.de
DTSTAMP:20250303T081244Z
DTSTART;TZID=Europe/Berlin:20250311T100000
DTEND;TZID=Europe/Berlin:20250311T104500
SUMMARY:Erstgespräch | Head of HR (m/w/d) | Jana Petersen
{org("recruiting@brandt-vogel.de", "Brandt & Vogel Spedition GmbH")}
{att(ME_FREE, ME_CN)}
{att("m.kolb@brandt-vogel.de", "Miriam Kolb", ps="ACCEPTED", rsvp="FALSE")}
LOCATION:Microsoft Teams-Besprechung
{desc(d1)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(
        ev(
            "personio-screen-de",
            cal("-//Personio GmbH//Personio Recruiting//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Brandt & Vogel Spedition",
            "Head of HR (m/w/d)",
            "recruiter_screen",
            ("m.kolb@brandt-vogel.de",),
            forms=("Brandt & Vogel", "Brandt und Vogel"),
        )
    )

    # softgarden, German Fachgespräch with the division head
    d2 = (
        "Sehr geehrte Frau Petersen, wir freuen uns, Sie zum Fachgespräch einzuladen. Ihre "
        "Gesprächspartner: Dr. Henrik Wiese (Bereichsleiter Netze und Ihre künftige Führungskraft) und "
        "Lena Marquardt (Personalreferentin). Bitte melden Sie sich am Empfang im 3. OG. Termin "
        "absagen oder verschieben: https://tiefgruen.softgarden.io/appointment/88214570"
    )
    body = f"""BEGIN:VEVENT
UID:sg-appointment-88214570-2@softgarden.io
DTSTAMP:20250305T133001Z
DTSTART;TZID=Europe/Berlin:20250318T140000
DTEND;TZID=Europe/Berlin:20250318T153000
SUMMARY:Vorstellungsgespräch: Senior HR Business Partner (w/m/d) - Tiefgrün Energie
{org("noreply@softgarden.io", "Tiefgrün Energie GmbH über softgarden")}
{att(ME_FREE, "Petersen, Jana")}
{att("h.wiese@tiefgruen.de", "Dr. Henrik Wiese")}
{att("l.marquardt@tiefgruen.de", "Lena Marquardt")}
LOCATION:Tiefgrün Energie GmbH\\, Überseeallee 12\\, 20457 Hamburg\\, 3. OG Empfang
{desc(d2)}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(
        ev(
            "softgarden-hm-de",
            cal("-//softgarden e-recruiting GmbH//softgarden//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Tiefgrün Energie",
            "Senior HR Business Partner (w/m/d)",
            "hiring_manager",
            ("h.wiese@tiefgruen.de", "l.marquardt@tiefgruen.de"),
        )
    )

    # SAP SuccessFactors, final round with the board, room resource
    d3 = (
        "Interview Scheduling - Abschlussgespräch\nKandidat/in: Jana Petersen\nStelle: Leitung "
        "Personal (m/w/d), Req-ID 4471\nInterviewer: Birgit Haferkamp (Vorständin Personal), Ole "
        "Sievers (Vorstandsvorsitzender)\nBitte bringen Sie einen gültigen Lichtbildausweis mit."
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000009D1A3F77-SF-INT-550193
DTSTAMP:20250402T071500Z
DTSTART;TZID=W. Europe Standard Time:20250415T090000
DTEND;TZID=W. Europe Standard Time:20250415T110000
SUMMARY:Interviewtermin: Leitung Personal (m/w/d) - Req 4471 - Petersen\\, Jana
{org("successfactors-noreply@alstertal-versicherung.de", "Alstertal Versicherung Recruiting")}
{att(ME_FREE, "Jana Petersen")}
{att("birgit.haferkamp@alstertal-versicherung.de", "Haferkamp, Birgit")}
{att("o.sievers@alstertal-versicherung.de", "Sievers, Ole")}
{att("raum.elbblick@alstertal-versicherung.de", "HQ Raum Elbblick (4.12)", cutype="ROOM", role="NON-PARTICIPANT")}
LOCATION:HQ Raum Elbblick (4.12)\\, Alstertwiete 3\\, Hamburg
{desc(d3)}
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    out.append(
        ev(
            "successfactors-final-de",
            cal("-//SAP SuccessFactors//Interview Scheduling//EN", body, tzids=("W. Europe Standard Time",)),
            1,
            "Alstertal Versicherung",
            "Leitung Personal (m/w/d)",
            "final",
            ("birgit.haferkamp@alstertal-versicherung.de", "o.sievers@alstertal-versicherung.de"),
        )
    )

    # Workday, English, hiring manager, Copenhagen
    d4 = (
        "Dear Jana, thank you for your interest in Nørgaard Medico. Your interview for HR Director, "
        "Commercial Operations has been scheduled. Interviewer: Anders Krogh, SVP Commercial "
        "Operations (hiring manager). Format: Microsoft Teams video, 60 minutes. Time zone: Central "
        "European Time (Copenhagen). Click here to join the meeting: "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3 . Kind regards, Talent Acquisition"
    )
    body = f"""BEGIN:VEVENT
UID:WD-INTERVIEW-0c9d2e1f7b8a4c3e@norgaardmedico.wd3.myworkdayjobs.com
DTSTAMP:20250320T101010Z
DTSTART;TZID=Europe/Copenhagen:20250401T130000
DTEND;TZID=Europe/Copenhagen:20250401T140000
SUMMARY:Interview: HR Director\\, Commercial Operations (R-02231) - Hiring Manager Interview
{org("talent@norgaardmedico.dk", "Nørgaard Medico Talent Acquisition")}
{att(ME_FREE, "Jana Petersen")}
{att("anders.krogh@norgaardmedico.dk", "Anders Krogh")}
LOCATION:Microsoft Teams
{desc(d4)}
END:VEVENT"""
    out.append(
        ev(
            "workday-hm-en",
            cal("-//Workday Inc.//Workday Recruiting//EN", body, tzids=("Europe/Copenhagen",)),
            1,
            "Nørgaard Medico",
            "HR Director, Commercial Operations",
            "hiring_manager",
            ("anders.krogh@norgaardmedico.dk",),
        )
    )

    # Teamtailor, Danish first conversation
    d5 = (
        "Hej Jana\n\nTak for din ansøgning til stillingen som Head of People hos Fjordline Logistics. "
        "Vi glæder os til en indledende samtale med dig. Du skal tale med Ida Skov, Talent Acquisition "
        "Partner. Samtalen foregår på engelsk eller dansk, som du foretrækker.\n\nDeltag i mødet: "
        "https://meet.google.com/fjv-aknr-tqe\n\nVenlig hilsen\nFjordline Logistics A/S"
    )
    body = f"""BEGIN:VEVENT
UID:tt-interview-3f7a1c0e-1b6c-4f2a-b1c5-5c8b8e2d9fa0
DTSTAMP:20250306T120501Z
DTSTART:20250313T090000Z
DTEND:20250313T094500Z
SUMMARY:Jobsamtale: Head of People - Fjordline Logistics
{org("no-reply@teamtailor.com", "Fjordline Logistics")}
{att(ME_FREE, "Jana Petersen")}
{att("ida.skov@fjordline-logistics.dk", "Ida Skov")}
LOCATION:Google Meet
{desc(d5)}
END:VEVENT"""
    out.append(
        ev(
            "teamtailor-screen-da",
            cal("-//Teamtailor//Teamtailor Calendar//EN", body),
            1,
            "Fjordline Logistics",
            "Head of People",
            "recruiter_screen",
            ("ida.skov@fjordline-logistics.dk",),
        )
    )

    # Greenhouse, English case interview with a coordinator who does not interview
    d6 = (
        "Hi Jana,\n\nHere are the details of your case interview with Skagen Vind.\n10:00 - 11:30 "
        "CEST  Case Interview (Mads Thygesen, Head of Offshore Operations; Katrin Ahlers, VP People)\n"
        "You will receive the case 48 hours in advance. Please prepare a 20-minute presentation on the "
        "organisational set-up of a new O&M base in Esbjerg.\n\nJoin Zoom Meeting "
        "https://skagenvind.zoom.us/j/83310294471?pwd=QmFhc\nMeeting ID: 833 1029 4471\n\nI am "
        "coordinating your interviews - reach out with any questions.\nSofie Brandt | Recruiting "
        "Coordinator"
    )
    body = f"""BEGIN:VEVENT
UID:greenhouse-sched-40218876-9@skagenvind.com
DTSTAMP:20250408T150322Z
DTSTART;TZID=Europe/Copenhagen:20250423T100000
DTEND;TZID=Europe/Copenhagen:20250423T113000
SUMMARY:Jana Petersen - Case Interview - Senior HR Business Partner\\, Offshore Operations
{org("sofie.brandt@skagenvind.com", "Sofie Brandt")}
{att(ME_FREE, "Jana Petersen")}
{att("m.thygesen@skagenvind.com", "Mads Thygesen")}
{att("k.ahlers@skagenvind.com", "Katrin Ahlers")}
{att("sofie.brandt@skagenvind.com", "Sofie Brandt", role="OPT-PARTICIPANT", ps="ACCEPTED")}
LOCATION:Zoom
{desc(d6)}
END:VEVENT"""
    out.append(
        ev(
            "greenhouse-case-en",
            cal("-//Greenhouse Software//Greenhouse//EN", body, tzids=("Europe/Copenhagen",)),
            1,
            "Skagen Vind",
            "Senior HR Business Partner, Offshore Operations",
            "technical",
            ("m.thygesen@skagenvind.com", "k.ahlers@skagenvind.com"),
            forms=("Skagen Wind",),
        )
    )

    # Ashby, final with the CEO
    d7 = (
        "Interview with Jonas Albrecht (Co-founder & CEO) for the Head of People role.\nThis is the "
        "last step of our process.\nJoin with Google Meet: https://meet.google.com/ruk-xqnd-pfa\nOr "
        "dial: (DE) +49 30 300195061 PIN: 418 203 775#\nNeed to reschedule? "
        "https://app.ashbyhq.com/reschedule/lumera"
    )
    body = f"""BEGIN:VEVENT
UID:ashby-7d0f8b3a-52c4-4c21-8e7b-4f5f0a0d1e93
DTSTAMP:20250512T090000Z
DTSTART:20250520T080000Z
DTEND:20250520T090000Z
SUMMARY:Final Interview: Jana Petersen <> Lumera Health (Head of People)
{org("no-reply@ashbyhq.com", "Lumera Health Recruiting")}
{att(ME_FREE, "Jana Petersen")}
{att("jonas@lumera.health", "Jonas Albrecht")}
LOCATION:https://meet.google.com/oob-wmyk-dru
{desc(d7)}
END:VEVENT"""
    out.append(
        ev(
            "ashby-final-en",
            cal("-//Ashby//Ashby Scheduling//EN", body),
            1,
            "Lumera Health",
            "Head of People",
            "final",
            ("jonas@lumera.health",),
        )
    )

    # Lever, phone screen
    d8 = (
        "Hi Jana, looking forward to our call about the Head of People & Culture position at Parcelo. "
        "I will call you on your mobile. Best, Nele (Talent Partner)"
    )
    body = f"""BEGIN:VEVENT
UID:lever-interview-b6f1e0d2-9a3c-4e55-8f1d-2f9d7c0b3a11
DTSTAMP:20250310T164400Z
DTSTART;TZID=Europe/Berlin:20250314T113000
DTEND;TZID=Europe/Berlin:20250314T120000
SUMMARY:Phone Screen - Head of People & Culture (Parcelo)
{org("no-reply@hire.lever.co", "Nele Hartwig (via Lever)")}
{att(ME_FREE, "Jana Petersen")}
{att("nele.hartwig@parcelo.de", "Nele Hartwig")}
LOCATION:Phone: Nele will call you at +49 151 2270 4418
{desc(d8)}
END:VEVENT"""
    out.append(
        ev(
            "lever-phone-en",
            cal("-//Lever//Lever Hire//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Parcelo",
            "Head of People & Culture",
            "recruiter_screen",
            ("nele.hartwig@parcelo.de",),
        )
    )

    # SmartRecruiters, German, no clear stage
    d9 = (
        "Position: HR Business Partner (Senior) - Standort Lübeck (m/w/d)\nGesprächspartner: Clara "
        "Bauer (HR), Petros Nikolaidis (Werkleitung Lübeck)\nLink zum Video-Interview: "
        "https://medivia.zoom.us/j/92055183361"
    )
    body = f"""BEGIN:VEVENT
UID:SR-8a2b9c3d4e5f-INTERVIEW-744120@smartrecruiters.com
DTSTAMP:20250404T111213Z
DTSTART;TZID=Europe/Berlin:20250410T150000
DTEND;TZID=Europe/Berlin:20250410T160000
SUMMARY:Video-Interview mit Medivia Diagnostics
{org("noreply@smartrecruiters.com", "Medivia Diagnostics GmbH")}
{att(ME_FREE, "Jana Petersen")}
{att("c.bauer@medivia.de", "Clara Bauer")}
{att("p.nikolaidis@medivia.de", "Petros Nikolaidis")}
{desc(d9)}
END:VEVENT"""
    out.append(
        ev(
            "smartrecruiters-nostage-de",
            cal("-//SmartRecruiters//Interview Scheduler//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Medivia Diagnostics",
            "HR Business Partner (Senior) - Standort Lübeck (m/w/d)",
            "",
            ("c.bauer@medivia.de", "p.nikolaidis@medivia.de"),
            forms=("Medivia",),
        )
    )

    # Workable, case presentation
    d10 = (
        "Hi Jana! As discussed you'll present your take-home case (people strategy for our next 18 "
        "months of growth, 20 min + Q&A) to Tobi (COO) and Hanna (Co-founder). Google Meet: "
        "https://meet.google.com/xfe-cbwu-nte"
    )
    body = f"""BEGIN:VEVENT
UID:workable-event-61f0c7a7e2b1d9003c1f5e2a
DTSTAMP:20250409T072201Z
DTSTART:20250416T120000Z
DTEND:20250416T131500Z
SUMMARY:Interview: Jana Petersen - Case presentation (Head of People\\, f/m/d)
{org("freightwise@ats.workablemail.com", "Freightwise")}
{att(ME_FREE, "Jana Petersen")}
{att("t.oyelaran@freightwise.io", "Tobi Oyelaran")}
{att("hanna@freightwise.io", "Hanna Lindgren")}
{desc(d10)}
END:VEVENT"""
    out.append(
        ev(
            "workable-case-en",
            cal("-//Workable//Workable Calendar//EN", body),
            1,
            "Freightwise",
            "Head of People",
            "technical",
            ("t.oyelaran@freightwise.io", "hanna@freightwise.io"),
        )
    )
    return out
