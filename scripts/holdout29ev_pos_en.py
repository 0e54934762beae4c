"""holdout29: Carmen Ruiz's own interviews written in English (CROs, biotech, remote roles)."""

from __future__ import annotations

from holdout29ev_ics import ME, Built, Row, att, meet, org, simple, teams, webex, zoom

MAD = "Europe/Madrid"
ROM = "Romance Standard Time"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME_A = att(*ME)


def events() -> list[Built]:
    """Given nothing returns the English positive events of the split."""
    out: list[Built] = []
    a = out.append
    a(
        simple(
            "greenhouse",
            "en-greenhouse-screen",
            "e1",
            "Carmen Ruiz <> Medpace - Recruiter Screen",
            "20261201T150000",
            "20261201T153000",
            "Europe/Lisbon",
            [
                org("Greenhouse", "no-reply@greenhouse.io"),
                att("Owen Fitzgerald", "owen.fitzgerald@medpace-talent.com"),
                ME_A,
            ],
            "Hi Carmen,\nThis confirms your 30-minute call with Owen Fitzgerald, Talent Acquisition Partner, for the "
            "Clinical Research Associate I role (Lisbon or remote Spain).\nPowered by Greenhouse\n"
            + zoom("93011877420", "118822"),
            row=Row(
                1,
                "Medpace",
                "Clinical Research Associate I",
                "recruiter_screen",
                "owen.fitzgerald@medpace-talent.com",
                "ats_sender",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-technical-case",
            "e2",
            "PV case processing exercise - Carmen",
            "20261202T130000",
            "20261202T140000",
            "Europe/Zurich",
            [
                org("Hannah Weiss", "hannah.weiss@helvepharm.ch"),
                att("Marco Bianchi", "marco.bianchi@helvepharm.ch"),
                ME_A,
            ],
            "Hi Carmen, as discussed, here's the practical part of the Drug Safety Associate process: you'll process "
            "two ICSRs in a sandbox Argus while Marco (Senior Safety Scientist) and I observe. Share your screen.\n"
            + meet("oqp-zzku-vre", "883 110 245"),
            row=Row(
                1,
                "HelvePharm",
                "Drug Safety Associate",
                "technical",
                "hannah.weiss@helvepharm.ch;marco.bianchi@helvepharm.ch",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "en-hm-teams-windows",
            "e3",
            "Interview: Medical Information Specialist (EMEA) - Hiring Manager",
            "20261203T160000",
            "20261203T165000",
            "W. Europe Standard Time",
            [org("Priya Nandakumar", "priya.nandakumar@alveonbio.com"), ME_A],
            "Dear Carmen,\nThank you for your time with our recruiter last week. I'd like to meet you myself: I lead "
            "the Medical Information team at Alveon Bio in Basel.\nBest, Priya\n" + teams("345 227 901 53", "Ha7s2Q"),
            row=Row(
                1,
                "Alveon Bio",
                "Medical Information Specialist (EMEA)",
                "hiring_manager",
                "priya.nandakumar@alveonbio.com",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "lever",
            "en-lever-panel",
            "e4",
            "Interview with Carmen Ruiz for Clinical Trial Coordinator",
            "20261207T140000",
            "20261207T153000",
            MAD,
            [
                org("Lever", "no-reply@hire.lever.co"),
                att("Sam O'Connell", "sam.oconnell@trialwise.com"),
                att("Dana Whitfield", "dana.whitfield@trialwise.com"),
                att("Kim Park (Recruiting Coordinator)", "kim.park@trialwise.com", NA),
                ME_A,
            ],
            "Trialwise — Clinical Trial Coordinator (Remote, Spain)\nSchedule:\n2:00 pm Sam O'Connell, Director of "
            "Site Operations\n2:45 pm Dana Whitfield, Senior CTC\nKim Park is your point of contact for logistics.\n"
            + zoom("86400192233", "551902"),
            row=Row(
                1,
                "Trialwise",
                "Clinical Trial Coordinator",
                "",
                "sam.oconnell@trialwise.com;dana.whitfield@trialwise.com",
                "coordinator",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-terse",
            "e5",
            "ICON phone screen 9:30",
            "20261208T093000",
            "20261208T100000",
            MAD,
            [],
            row=Row(1, "ICON", "", "recruiter_screen", "", "terse"),
            lang="en",
            method="",
        )
    )
    a(
        simple(
            "calendly",
            "en-calendly-hm",
            "e6",
            "Carmen Ruiz and Tom Adeyemi",
            "20261209T110000",
            "20261209T114500",
            "Z",
            [org("Tom Adeyemi", "tom@curalytix.com"), ME_A],
            "Event Name: Hiring manager interview - Clinical Operations Associate\nCuralytix is hiring its first "
            "Clinical Operations Associate in Europe. Tom leads clinical ops.\nLocation: Google Meet (link to follow)\n"
            "Need to make changes to this event? Cancel: https://calendly.com/cancellations/77aa-90b1",
            row=Row(1, "Curalytix", "Clinical Operations Associate", "hiring_manager", "tom@curalytix.com", "calendly"),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "en-agency-employer",
            "e7",
            "Interview - Novartis via Proclinical - PV Associate",
            "20261210T100000",
            "20261210T110000",
            "W. Europe Standard Time",
            [
                org("George Lyle", "g.lyle@proclinical.com"),
                att("George Lyle", "g.lyle@proclinical.com", NA),
                att("Sabine Roth", "sabine.roth@novartis.com"),
                ME_A,
            ],
            "Hi Carmen, Novartis would like to interview you for the Pharmacovigilance Associate contract role in "
            "Basel. Sabine Roth (PV Team Lead) will run the interview; I've just set up the invite.\n"
            + teams("399 210 554 12", "Kd83mP"),
            row=Row(1, "Novartis", "Pharmacovigilance Associate", "", "sabine.roth@novartis.com", "agency_coordinator"),
            lang="en",
        )
    )
    a(
        simple(
            "greenhouse",
            "en-gh-onsite-loop",
            "e8",
            "Onsite Interview - Carmen Ruiz - Clinical Research Coordinator",
            "20261211T093000",
            "20261211T130000",
            "Europe/Lisbon",
            [
                org("Recruiting at Hovione Trials", "recruiting@hovionetrials.pt"),
                att("Miguel Sousa", "miguel.sousa@hovionetrials.pt"),
                att("Ana Lopes", "ana.lopes@hovionetrials.pt"),
                att("Peter Grant", "peter.grant@hovionetrials.pt"),
                att("Sala Tejo", "sala.tejo@hovionetrials.pt", ROOM),
                ME_A,
            ],
            "Your onsite interview schedule:\n09:30 Miguel Sousa – Clinical Operations Manager\n10:30 Ana Lopes – "
            "Lead Study Coordinator\n11:30 Peter Grant – Quality & Compliance\n12:15 Lunch with the team\n"
            "Ask for Sala Tejo at reception.",
            "Hovione Trials, Rua Castilho 39, Lisboa",
            row=Row(
                1,
                "Hovione Trials",
                "Clinical Research Coordinator",
                "onsite",
                "miguel.sousa@hovionetrials.pt;ana.lopes@hovionetrials.pt;peter.grant@hovionetrials.pt",
                "room",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-final-vp",
            "e9",
            "Final round: Carmen x Dr. Leila Haddad (VP Medical Affairs)",
            "20261214T150000",
            "20261214T154500",
            "Europe/Paris",
            [org("Leila Haddad", "lhaddad@orphanix.eu"), ME_A],
            "Final conversation for the Medical Information Manager position at Orphanix. No preparation needed.\n"
            + meet("zrd-kpol-tsa", "210 554 987"),
            row=Row(1, "Orphanix", "Medical Information Manager", "final", "lhaddad@orphanix.eu"),
            lang="en",
        )
    )
    a(
        simple(
            "apple",
            "en-founder-freemail",
            "e10",
            "Chat w/ Ben (founder, SiteFlow) re CRC job",
            "20261215T190000",
            "20261215T193000",
            MAD,
            [org("Ben Hartley", "benhartley.siteflow@outlook.com"), ME_A],
            "Ben is hiring a CRC-turned-product person for SiteFlow's site network; he said this is the interview, "
            "not just a chat. Phone.",
            row=Row(1, "SiteFlow", "CRC", "", "benhartley.siteflow@outlook.com", "free_mail_founder"),
            lang="en",
        )
    )
    a(
        simple(
            "smartr",
            "en-smartr-technical",
            "e11",
            "Technical Interview | Clinical Data Coordinator | Remote",
            "20261216T100000",
            "20261216T110000",
            MAD,
            [
                org("SmartRecruiters", "notifications@smartrecruiters.com"),
                att("Eva Lindqvist", "eva.lindqvist@syneos-data.com"),
                ME_A,
            ],
            "Syneos Data Services has scheduled your technical interview with Eva Lindqvist, Clinical Data Manager. "
            "Expect questions on query management and SDV.\n" + webex("syneosdata", "2671 004 9912", "Cdc26"),
            row=Row(
                1,
                "Syneos Data Services",
                "Clinical Data Coordinator",
                "technical",
                "eva.lindqvist@syneos-data.com",
                "ats_sender",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "en-cancelled-screen",
            "e12",
            "Canceled: Recruiter call - Study Start-Up Specialist",
            "20261217T110000",
            "20261217T113000",
            ROM,
            [org("Rachel Moss", "rachel.moss@fortrea-talent.com"), ME_A],
            "Apologies Carmen, I need to cancel our call about the Study Start-Up Specialist role "
            "at Fortrea; I'll send "
            "new times.",
            extra=["STATUS:CANCELLED", "SEQUENCE:1"],
            row=Row(
                1,
                "Fortrea",
                "Study Start-Up Specialist",
                "recruiter_screen",
                "rachel.moss@fortrea-talent.com",
                "cancelled",
            ),
            lang="en",
            method="CANCEL",
        )
    )
    a(
        simple(
            "google",
            "en-hospital-research",
            "e13",
            "Interview – Research Nurse Coordinator, Lisbon Clinical Research Centre",
            "20261218T110000",
            "20261218T120000",
            "Europe/Lisbon",
            [org("João Pereira", "jpereira@lcrc-lisboa.pt"), att("Dr. Sofia Almeida", "salmeida@lcrc-lisboa.pt"), ME_A],
            "Dear Carmen, we're pleased to invite you to interview for the Research Nurse Coordinator post. Panel: "
            "João Pereira (Operations) and Dr. Sofia Almeida (Principal Investigator). Interview in English.",
            "LCRC, Av. Lusíada 100, Lisboa",
            row=Row(
                1,
                "Lisbon Clinical Research Centre",
                "Research Nurse Coordinator",
                "",
                "jpereira@lcrc-lisboa.pt;salmeida@lcrc-lisboa.pt",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "workday",
            "en-workday-screen",
            "e14",
            "Phone Interview: Medical Information Associate (R-2291)",
            "20261221T100000",
            "20261221T103000",
            "Europe/Zurich",
            [org("Workday", "rochecareers@myworkday.com"), att("Lena Huber", "lena.huber@roche.com"), ME_A],
            "Roche - Medical Information Associate (Basel). Your phone interview with Lena Huber, Talent Acquisition. "
            "She will call the number in your candidate profile.",
            row=Row(
                1, "Roche", "Medical Information Associate", "recruiter_screen", "lena.huber@roche.com", "ats_sender"
            ),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-ashby-like-hm",
            "e15",
            "Carmen Ruiz — Hiring Manager Interview (Cellvera)",
            "20270107T170000",
            "20270107T174500",
            MAD,
            [
                org("Cellvera Recruiting", "recruiting@cellvera.bio"),
                att("Nadia Petrov", "nadia@cellvera.bio"),
                att("Cellvera Recruiting", "recruiting@cellvera.bio", NA),
                ME_A,
            ],
            "Role: Clinical Trial Manager (Patient Recruitment), Remote EU\nInterviewer: Nadia "
            "Petrov, Head of Clinical\n" + meet("vfq-oqmr-ypl", "660 102 445"),
            row=Row(
                1,
                "Cellvera",
                "Clinical Trial Manager (Patient Recruitment)",
                "hiring_manager",
                "nadia@cellvera.bio",
                "coordinator",
            ),
            lang="en",
        )
    )
    a(
        simple(
            "outlook",
            "en-panel-room-exchange",
            "e16",
            "Panel interview — Carmen Ruiz — CRA II",
            "20270111T100000",
            "20270111T113000",
            "GMT Standard Time",
            [
                org("Tiago Ferreira", "tiago.ferreira@bluclinical.pt"),
                att("Marta Gomes", "marta.gomes@bluclinical.pt"),
                att("LIS-3-Atlantico", "lis3atlantico@bluclinical.pt", ROOM),
                ME_A,
            ],
            "Panel for the CRA II role at BluClinical Lisbon: Tiago Ferreira (Line Manager) and Marta Gomes (Senior "
            "CRA). 20 min presentation on a monitoring visit you prepared, then questions.",
            "LIS-3-Atlantico",
            row=Row(1, "BluClinical", "CRA II", "", "tiago.ferreira@bluclinical.pt;marta.gomes@bluclinical.pt", "room"),
            lang="en",
        )
    )
    a(
        simple(
            "google",
            "en-second-call-recruiter-inhouse",
            "e17",
            "Follow-up call — Study Nurse, Basel (with Julia)",
            "20270112T083000",
            "20270112T090000",
            "Europe/Zurich",
            [org("Julia Meier", "julia.meier@basilea-clinical.ch"), ME_A],
            "Hi Carmen, short follow-up on your application for Study Nurse at Basilea Clinical: salary expectations, "
            "relocation and German level. Julia (HR)",
            row=Row(1, "Basilea Clinical", "Study Nurse", "recruiter_screen", "julia.meier@basilea-clinical.ch"),
            lang="en",
        )
    )
    a(
        simple(
            "apple",
            "en-allday-trip",
            "e18",
            "Basel – final interviews Alveon Bio",
            "20270114",
            "20270115",
            "DATE",
            [],
            "Flight 07:05 VLC-BSL. Final round for the Medical Information Specialist job: meet "
            "Priya's team + site head.",
            row=Row(1, "Alveon Bio", "Medical Information Specialist", "final", "", "allday_self"),
            lang="en",
            method="",
        )
    )
    return out
