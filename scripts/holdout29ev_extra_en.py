"""holdout29: further English events, both ways (Microsoft Bookings, Webex, Google, Apple, hand-typed)."""

from __future__ import annotations

from holdout29ev_ics import ME, WORK, Built, Row, att, meet, org, simple, teams, webex, zoom

MAD = "Europe/Madrid"
ROM = "Romance Standard Time"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME_A = att(*ME)


def events() -> list[Built]:
    """Given nothing returns ten more English events (five interviews, five not)."""
    out: list[Built] = []
    a = out.append
    a(
        simple(
            "bookings",
            "en-bookings-screen",
            "x1",
            "Screening interview - Safety Data Associate",
            "20261222T093000",
            "20261222T100000",
            "GMT Standard Time",
            [
                org("PrimeVigilance Talent", "talent-bookings@primevigilance-eu.com"),
                att("Callum Reid", "callum.reid@primevigilance-eu.com"),
                ME_A,
            ],
            "Your booking is confirmed.\nService: Screening interview - Safety Data Associate (remote, Spain)\n"
            "Staff: Callum Reid\nBusiness: PrimeVigilance\n" + teams("362 880 101 47", "Pv6Hs2"),
            row=Row(
                1,
                "PrimeVigilance",
                "Safety Data Associate",
                "recruiter_screen",
                "callum.reid@primevigilance-eu.com",
                "bookings",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-work-address-technical",
            "x2",
            "Carmen – SOP & GCP scenario interview (Kinetiq Trials)",
            "20270105T170000",
            "20270105T180000",
            "Europe/Paris",
            [
                org("Hugo Marchand", "hugo.marchand@kinetiqtrials.com"),
                att("Aisha Rahman", "aisha.rahman@kinetiqtrials.com"),
                att(*WORK),
            ],
            "Second round for the Site Activation Coordinator role. Aisha (QA Lead) and I will walk you through two "
            "GCP scenarios - no prep needed beyond ICH E6 basics.\n" + meet("kws-pqre-ubn", "440 219 003"),
            row=Row(
                1,
                "Kinetiq Trials",
                "Site Activation Coordinator",
                "technical",
                "hugo.marchand@kinetiqtrials.com;aisha.rahman@kinetiqtrials.com",
                "work_address",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "apple",
            "en-handtyped-msd",
            "x3",
            "MSD interview!! med info, 2nd round w/ team lead",
            "20270106T113000",
            "20270106T121500",
            MAD,
            [],
            "Teams link in email from Olivia. Ask about Spanish/Portuguese call coverage.",
            row=Row(1, "MSD", "med info", "", "", "terse"),
            lang="en",
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "en-webex-hospital-barcelona",
            "x4",
            "Interview: Clinical Research Nurse - Oncology Day Unit",
            "20270108T120000",
            "20270108T124500",
            ROM,
            [
                org("Recruitment Office VHIO", "recruitment@vhio-research.net"),
                att("Dr. Marc Soler", "msoler@vhio-research.net"),
                att("Laia Puig", "lpuig@vhio-research.net"),
                ME_A,
            ],
            "Dear Ms Ruiz,\nWe are pleased to invite you to an interview for the Clinical Research Nurse position "
            "(ref. CRN-26-14). Panel: Dr. Marc Soler (Clinical Trials Director) and Laia Puig (Nurse Coordinator).\n"
            + webex("vhio", "2744 019 3321", "Crn14"),
            row=Row(1, "VHIO", "Clinical Research Nurse", "", "msoler@vhio-research.net;lpuig@vhio-research.net"),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-hm-round2",
            "x5",
            "Hiring manager conversation – Curalytix (round 2)",
            "20270115T150000",
            "20270115T154500",
            MAD,
            [org("Tom Adeyemi", "tom@curalytix.com"), att("Grace Kim", "grace@curalytix.com"), ME_A],
            "Round 2 for Clinical Operations Associate: Tom plus Grace (COO).\n" + zoom("84400219987", "120044"),
            row=Row(
                1,
                "Curalytix",
                "Clinical Operations Associate",
                "hiring_manager",
                "tom@curalytix.com;grace@curalytix.com",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "neg-en-uai-hca-group",
            "x6",
            "Group interview – Healthcare Assistants (agency intake)",
            "20261229T100000",
            "20261229T120000",
            ROM,
            [
                org(*WORK),
                att("Rafael Gómez", "rgomez@hospital-turia.es"),
                att("Randstad Healthcare", "healthcare.valencia@randstad.es", NA),
            ],
            "Carmen and Rafael interview the eight healthcare assistants Randstad sends for the winter cover at "
            "Hospital Turia. Scoring sheets in the shared folder.",
            "Ward 5 seminar room",
            row=Row(0, trap="user_as_interviewer"),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "neg-en-mock-platform",
            "x7",
            "Practice interview: behavioural questions (Pramp-style peer session)",
            "20261230T190000",
            "20261230T200000",
            MAD,
            [
                org("Interview Practice Hub", "sessions@interviewpracticehub.com"),
                ME_A,
                att("Peer partner", "peer-7781@interviewpracticehub.com"),
            ],
            "You and your peer take turns as interviewer and candidate. Nothing here is a real hiring process.",
            row=Row(0, trap="mock"),
            lang="en",
        )
    )
    a(
        simple(
            "apple",
            "neg-en-personal-flat",
            "x8",
            "Flat viewing Lisbon (Alfama) – video call with landlord",
            "20270109T120000",
            "20270109T123000",
            "Europe/Lisbon",
            [],
            row=Row(0, trap="personal"),
            lang="en",
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "neg-en-internal-trial-audit",
            "x9",
            "Sponsor monitoring visit – ward 5 source documents",
            "20270113T090000",
            "20270113T110000",
            ROM,
            [
                org("Unidad de Investigación H. Turia", "investigacion@hospital-turia.es"),
                att(*WORK),
                att("Kevin Hughes (CRA, Parexel)", "kevin.hughes@parexel.com"),
            ],
            "The sponsor's CRA reviews source documents for the cardiology trial on our ward; Carmen is asked to be "
            "available for questions on vital-sign charting.",
            row=Row(0, trap="internal"),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "neg-en-recruiter-pool",
            "x10",
            "Carmen <> Hayley – talent pool catch-up",
            "20270114T160000",
            "20270114T161500",
            MAD,
            [org("Hayley Owens", "hayley.owens@lifescitalent.co.uk"), ME_A],
            "Quick catch-up to keep your profile current; I'll let you know when a PV or med info role fits. "
            "No specific client at this stage.",
            row=Row(0, trap="recruiter_no_employer"),
            lang="en",
        )
    )
    return out
