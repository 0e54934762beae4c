"""holdout90 (part 2): the user's own interviews sent by ATS and scheduling tools (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_FREE, att, cal, desc, ev, org


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    # iCIMS, hiring manager, US company
    d11 = (
        "Candidate: Jana Petersen\nRequisition: Senior HR Business Partner, EMEA (Hamburg)\n"
        "Interviewer: Dana Whitfield, Director HR, International\nPlease note the time is shown in UTC "
        "(16:00 Hamburg / 10:00 Chicago)."
    )
    body = f"""BEGIN:VEVENT
UID:icims-int-2025-77310-1@meridianfreight.icims.com
DTSTAMP:20250415T180001Z
DTSTART:20250422T140000Z
DTEND:20250422T150000Z
SUMMARY:Hiring Manager Interview - Senior HR Business Partner\\, EMEA (Job ID 2025-7731)
{org("recruiting@meridianfreight.com", "Meridian Freight Technologies Recruiting")}
{att(ME_FREE, "Jana Petersen")}
{att("dana.whitfield@meridianfreight.com", "Dana Whitfield")}
LOCATION:Microsoft Teams Meeting
{desc(d11)}
END:VEVENT"""
    out.append(
        ev(
            "icims-hm-en",
            cal("-//iCIMS//Interview Scheduling//EN", body),
            1,
            "Meridian Freight Technologies",
            "Senior HR Business Partner, EMEA",
            "hiring_manager",
            ("dana.whitfield@meridianfreight.com",),
            forms=("Meridian Freight", "Meridian"),
        )
    )

    # GoodTime, onsite loop in Hamburg, room resource, coordinator
    d12 = (
        "Your onsite at Corvida Hamburg\n09:30 Lukas Eder - GM DACH\n10:30 Sabine Roth - Senior "
        "Director People, EMEA\n11:30 Ama Mensah - HRBP Team Lead, panel on employee relations\n12:30 "
        "Lunch with the team (optional)\nYour coordinator: Emily Park (scheduling@corvida.com). "
        "Powered by GoodTime."
    )
    body = f"""BEGIN:VEVENT
UID:goodtime-3b1e8d22a0f84f11a6c3f9d1c8e77b20@goodtime.io
DTSTAMP:20250428T083011Z
DTSTART;TZID=Europe/Berlin:20250507T093000
DTEND;TZID=Europe/Berlin:20250507T130000
SUMMARY:Onsite Interview - Senior HRBP DACH - Jana Petersen
{org("scheduling@corvida.com", "Corvida Recruiting Scheduling")}
{att(ME_FREE, "Jana Petersen")}
{att("lukas.eder@corvida.com", "Lukas Eder")}
{att("sabine.roth@corvida.com", "Sabine Roth")}
{att("a.mensah@corvida.com", "Ama Mensah")}
{att("hh-4-fleet@corvida.com", "HAM-4 Fleet (8)", cutype="RESOURCE", role="NON-PARTICIPANT")}
LOCATION:Corvida Hamburg\\, Großer Burstah 20\\, 4th floor - HAM-4 Fleet (8)
{desc(d12)}
END:VEVENT"""
    out.append(
        ev(
            "goodtime-onsite-en",
            cal("-//GoodTime.io//GoodTime Hire//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Corvida",
            "Senior HRBP DACH",
            "onsite",
            ("lukas.eder@corvida.com", "sabine.roth@corvida.com", "a.mensah@corvida.com"),
            forms=("Corvida Software",),
        )
    )

    # ModernLoop, virtual onsite
    d13 = (
        "Interview schedule (CEST)\n09:00-10:00 Rita Okafor, VP People - Values & leadership\n"
        "10:00-11:00 Nils Berggren, MD Nordics - Business partnering\n11:15-12:30 Claire Dufresne, "
        "Head of Total Rewards - Comp case\nCoordinator: Julie Moreau (will not attend the "
        "interviews)\nScheduled with ModernLoop"
    )
    body = f"""BEGIN:VEVENT
UID:ml_evt_01HW3V9Q7K2P8E5R6T0Y1Z4XAB
DTSTAMP:20250502T140000Z
DTSTART:20250513T070000Z
DTEND:20250513T103000Z
SUMMARY:Virtual Onsite: Jana Petersen for HR Business Partner Lead\\, Northern Europe
{org("recruiting@tessaro.com", "Tessaro Recruiting")}
{att(ME_FREE, "Jana Petersen")}
{att("r.okafor@tessaro.com", "Rita Okafor")}
{att("nils.berggren@tessaro.com", "Nils Berggren")}
{att("c.dufresne@tessaro.com", "Claire Dufresne")}
{att("j.moreau@tessaro.com", "Julie Moreau", role="NON-PARTICIPANT", ps="ACCEPTED")}
LOCATION:Zoom (links per session below)
{desc(d13)}
END:VEVENT"""
    out.append(
        ev(
            "modernloop-onsite-en",
            cal("-//ModernLoop//ModernLoop//EN", body),
            1,
            "Tessaro",
            "HR Business Partner Lead, Northern Europe",
            "onsite",
            ("r.okafor@tessaro.com", "nils.berggren@tessaro.com", "c.dufresne@tessaro.com"),
        )
    )

    # Calendly booked with a headhunter, employer named in the body
    d14 = (
        "Veranstaltungstyp: Telefoninterview (45 Min.)\nEingeladene Person: Jana Petersen\nFragen: "
        "Position / Mandat? -> Personalleitung (m/w/d) bei der Hafenbahn Nord AG (HBN), Hamburg\nMit "
        "Calendly geplant. Absagen: https://calendly.com/cancellations/4f77c2d0"
    )
    body = f"""BEGIN:VEVENT
UID:calendly-4f77c2d0-38d6-4c2a-bb34-12c8e6a5f0d9
DTSTAMP:20250303T191512Z
DTSTART:20250306T080000Z
DTEND:20250306T084500Z
SUMMARY:Jana Petersen und Carsten Rehder
{org("c.rehder@rehder-partner.de", "Carsten Rehder")}
{att(ME_FREE, "Jana Petersen")}
{att("c.rehder@rehder-partner.de", "Carsten Rehder", ps="ACCEPTED", rsvp="FALSE")}
LOCATION:Telefon: Carsten ruft Sie an unter +49 171 5563 0921
{desc(d14)}
END:VEVENT"""
    out.append(
        ev(
            "calendly-agency-de",
            cal("-//Calendly//Calendly//EN", body),
            1,
            "Hafenbahn Nord AG",
            "Personalleitung (m/w/d)",
            "recruiter_screen",
            ("c.rehder@rehder-partner.de",),
            forms=("Hafenbahn Nord", "HBN"),
        )
    )

    # Cal.com, a founder on proton mail
    d15 = (
        "What: Head of People intro\nInvitee time zone: Europe/Berlin\nAdditional notes: Hi Jana, "
        "Malte here, founder of Quaiside Mobility (we run e-cargo-bike hubs in Hamburg and "
        "Copenhagen). Looking forward to telling you about the role and hearing about you.\nCancel or "
        "reschedule: https://cal.com/booking/9Qp3LxW7tR2eYz"
    )
    body = f"""BEGIN:VEVENT
UID:calcom-bk-9Qp3LxW7tR2eYz
DTSTAMP:20250417T201500Z
DTSTART:20250424T150000Z
DTEND:20250424T153000Z
SUMMARY:Head of People intro between Malte Quast and Jana Petersen
{org("malte.quast@proton.me", "Malte Quast")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:https://app.cal.com/video/9Qp3LxW7tR2eYz
{desc(d15)}
END:VEVENT"""
    out.append(
        ev(
            "calcom-founder-en",
            cal("-//Cal.com Inc.//Cal.com Event//EN", body),
            1,
            "Quaiside Mobility",
            "Head of People",
            "hiring_manager",
            ("malte.quast@proton.me",),
        )
    )

    # Microsoft Bookings, hospital group, no clear stage
    d16 = (
        "Ihre Buchung bei Ostholstein Kliniken gGmbH wurde bestätigt.\nDienst: Vorstellungsgespräch "
        "(60 Min.)\nMitarbeiterin: Maren Brodersen, Kaufmännische Direktorin\nStelle: Leitung "
        "Personalmanagement (m/w/d)\nVerwalten Sie Ihre Buchung: "
        "https://outlook.office365.com/owa/calendar/OstholsteinKliniken@ostholstein-kliniken.de/bookings/"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A0B3C2D1E0F9EA01000000000000000010000000B7C3
DTSTAMP:20250325T100000Z
DTSTART;TZID=W. Europe Standard Time:20250403T110000
DTEND;TZID=W. Europe Standard Time:20250403T120000
SUMMARY:Vorstellungsgespräch Leitung Personalmanagement
{org("bewerbung@ostholstein-kliniken.de", "Ostholstein Kliniken - Bewerbungsgespräche")}
{att(ME_FREE, "Jana Petersen")}
{att("m.brodersen@ostholstein-kliniken.de", "Maren Brodersen", extra="X-BOOKINGS-STAFF=TRUE")}
LOCATION:Klinikum Eutin\\, Verwaltungsgebäude\\, Raum 104
{desc(d16)}
END:VEVENT"""
    out.append(
        ev(
            "bookings-nostage-de",
            cal("Microsoft Exchange Server 2010", body, tzids=("W. Europe Standard Time",)),
            1,
            "Ostholstein Kliniken",
            "Leitung Personalmanagement (m/w/d)",
            "",
            ("m.brodersen@ostholstein-kliniken.de",),
        )
    )

    # Workday in German
    d17 = (
        "Interviewtyp: Interview mit dem Fachbereich\nTeilnehmende: Frank Stegemann (Werkleiter, "
        "Hiring Manager), Aylin Demir (HR Business Partner Produktion)\nBitte melden Sie sich an "
        "Pforte 2, Sie werden abgeholt."
    )
    body = f"""BEGIN:VEVENT
UID:WD-INT-DE-5521a9e0c7f24b8d@moellers.wd3.myworkdayjobs.com
DTSTAMP:20250326T090500Z
DTSTART;TZID=Europe/Berlin:20250402T100000
DTEND;TZID=Europe/Berlin:20250402T113000
SUMMARY:Interview: Senior HR Business Partner (m/w/d) - Produktion & Logistik (JR-10882)
{org("talentacquisition@moellers-pharma.com", "Möllers Pharma Talent Acquisition")}
{att(ME_FREE, "Jana Petersen")}
{att("frank.stegemann@moellers-pharma.com", "Frank Stegemann")}
{att("aylin.demir@moellers-pharma.com", "Aylin Demir")}
LOCATION:Möllers Pharma Werk Uetersen\\, Pforte 2
{desc(d17)}
END:VEVENT"""
    out.append(
        ev(
            "workday-hm-de",
            cal("-//Workday Inc.//Workday Recruiting//DE", body, tzids=("Europe/Berlin",)),
            1,
            "Möllers Pharma",
            "Senior HR Business Partner (m/w/d) - Produktion & Logistik",
            "hiring_manager",
            ("frank.stegemann@moellers-pharma.com", "aylin.demir@moellers-pharma.com"),
        )
    )

    # Personio, all-day assessment centre
    d18 = (
        "Ablauf: 08:30 Begrüßung, 09:00 Präsentation Personalstrategie, 10:30 Rollenspiel "
        "Mitarbeitergespräch, 12:00 Mittagessen mit der Geschäftsführung, 13:30 Fallstudie "
        "Betriebsratsverhandlung, 15:30 Abschlussinterview. Beobachter: Georg Behrens "
        "(geschäftsführender Gesellschafter), Silke Kruse (kaufm. Leitung), Dr. Ute Fahrenholz "
        "(Eignung Nord, externe Beraterin)."
    )
    body = f"""BEGIN:VEVENT
UID:personio-interview-2c6d1e9b-aa07-4fd2-9e61-7b0a3f5c2e48@behrens.jobs.personio.de
DTSTAMP:20250429T120000Z
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250516
SUMMARY:Assessment Center - Leitung Personal (m/w/d)
{org("karriere@behrens-maschinenbau.de", "Carl Behrens Maschinenbau GmbH & Co. KG")}
{att(ME_FREE, "Jana Petersen")}
{att("g.behrens@behrens-maschinenbau.de", "Georg Behrens")}
{att("s.kruse@behrens-maschinenbau.de", "Silke Kruse")}
{att("office@eignung-nord.de", "Dr. Ute Fahrenholz")}
LOCATION:Carl Behrens Maschinenbau\\, Werkstraße 5\\, 25335 Elmshorn
{desc(d18)}
TRANSP:OPAQUE
END:VEVENT"""
    out.append(
        ev(
            "personio-ac-allday-de",
            cal("-//Personio GmbH//Personio Recruiting//DE", body),
            1,
            "Carl Behrens Maschinenbau",
            "Leitung Personal (m/w/d)",
            "onsite",
            ("g.behrens@behrens-maschinenbau.de", "s.kruse@behrens-maschinenbau.de", "office@eignung-nord.de"),
            forms=("Behrens Maschinenbau", "Carl Behrens"),
        )
    )

    # Teamtailor, English second interview with COO
    d19 = (
        "Hi Jana, welcome to your second interview! You'll meet Bo Halvorsen, our COO, whom the Head "
        "of HR reports to. Join: https://meet.google.com/vcc-hrhd-ojy"
    )
    body = f"""BEGIN:VEVENT
UID:tt-interview-91c0a2de-77f1-4d3b-a3a0-e4b50c6f8d12
DTSTAMP:20250414T081000Z
DTSTART;TZID=Europe/Copenhagen:20250425T140000
DTEND;TZID=Europe/Copenhagen:20250425T150000
SUMMARY:Interview with Viking Cold Chain - Head of HR
{org("no-reply@teamtailor.com", "Viking Cold Chain")}
{att(ME_FREE, "Jana Petersen")}
{att("bo.halvorsen@vikingcoldchain.dk", "Bo Halvorsen")}
{desc(d19)}
END:VEVENT"""
    out.append(
        ev(
            "teamtailor-hm-en",
            cal("-//Teamtailor//Teamtailor Calendar//EN", body, tzids=("Europe/Copenhagen",)),
            1,
            "Viking Cold Chain",
            "Head of HR",
            "hiring_manager",
            ("bo.halvorsen@vikingcoldchain.dk",),
        )
    )

    # Greenhouse cancellation (METHOD:CANCEL)
    body = f"""BEGIN:VEVENT
UID:greenhouse-sched-38815002-2@polarstern-software.de
DTSTAMP:20250321T111111Z
DTSTART;TZID=Europe/Berlin:20250325T160000
DTEND;TZID=Europe/Berlin:20250325T163000
SUMMARY:Canceled: Recruiter Screen - Senior People Partner - Jana Petersen
{org("talent@polarstern-software.de", "Polarstern Talent")}
{att(ME_FREE, "Jana Petersen")}
{att("f.ilgin@polarstern-software.de", "Feride Ilgin")}
STATUS:CANCELLED
SEQUENCE:1
{desc("This interview has been canceled. Feride from our talent team will reach out to find a new time.")}
END:VEVENT"""
    out.append(
        ev(
            "greenhouse-cancel-en",
            cal("-//Greenhouse Software//Greenhouse//EN", body, method="CANCEL", tzids=("Europe/Berlin",)),
            1,
            "Polarstern Software",
            "Senior People Partner",
            "recruiter_screen",
            ("f.ilgin@polarstern-software.de",),
            forms=("Polarstern",),
        )
    )
    return out
