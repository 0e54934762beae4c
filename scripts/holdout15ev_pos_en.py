"""holdout15: Sofia Esposito's own interviews written in English (ATS, schedulers, direct, founders, agencies)."""

from __future__ import annotations

from holdout15ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    UTC1,
    WEU,
    Ev,
    Item,
    att,
    meet,
    olson,
    org,
    outlook_tz,
    pos,
    teams,
    zoom,
)


def items() -> list[Item]:
    """Given nothing returns the English positive events of holdout15."""
    r: list[Item] = []
    r.append(pos("greenhouse-screen", "en", "Pagaluce", "Payments Operations Lead", "recruiter_screen",
                 ("giulia.ferrante@pagaluce.com",), GOOGLE,
                 Ev("h15-gh-01@greenhouse.io", "Sofia Esposito <> Pagaluce - Recruiter Screen", "20261124T100000",
                    "20261124T103000", organizer=org("giulia.ferrante@pagaluce.com", "Giulia Ferrante"),
                    attendees=(att("giulia.ferrante@pagaluce.com", "Giulia Ferrante", ps="ACCEPTED"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Hi Sofia,\n\nThanks for applying to the Payments Operations Lead role at Pagaluce. "
                    "This is a 30-minute intro call with Giulia Ferrante (Talent Partner) to talk about your "
                    "background, the team and next steps.\n\n" + meet("en", "xqe-rbvo-tmn")
                    + "\n\nScheduled via Greenhouse"),
                 tzs=(olson("Europe/Rome"),)))
    r.append(pos("lever-panel", "en", "Tessaro Insurance", "Head of Customer Experience", "onsite",
                 ("m.bianchi@tessaro.it", "lorenzo.pace@tessaro.it", "c.meier@tessaro.it"), GOOGLE,
                 Ev("h15-lever-02", "Interview loop: Sofia Esposito - Head of Customer Experience (Tessaro Insurance)",
                    "20261202T090000", "20261202T123000",
                    organizer=org("interviews@hire.lever.co", "Tessaro Recruiting via Lever"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),
                               att("m.bianchi@tessaro.it", "Marta Bianchi"),
                               att("lorenzo.pace@tessaro.it", "Lorenzo Pace"),
                               att("c.meier@tessaro.it", "Claudia Meier"),
                               att("sala.brera@tessaro.it", "Sala Brera (8p, screen)", cutype="ROOM",
                                   role="NON-PARTICIPANT")),
                    location="Tessaro Insurance, Via Filodrammatici 3, 20121 Milano MI - Sala Brera",
                    description="Your onsite interview for Head of Customer Experience\n\n09:00 Marta Bianchi, COO\n"
                    "10:00 Lorenzo Pace, Claims Director - case discussion on complaint handling\n11:00 Claudia Meier, "
                    "HR Business Partner\n\nPlease bring an ID for reception. Questions? Reply to this email."),
                 tzs=(olson("Europe/Rome"),)))
    r.append(pos("ashby-hm", "en", "Monetra", "Risk Operations Manager", "hiring_manager",
                 ("n.oduya@monetra.io",), GOOGLE,
                 Ev("ashby-9f2c1e0a-h15", "Monetra: Hiring Manager Interview with Nkem Oduya", "20261125T150000",
                    "20261125T154500", tz="Z",
                    organizer=org("no-reply@ashbyhq.com", "Monetra Recruiting"),
                    attendees=(att("n.oduya@monetra.io", "Nkem Oduya"), att(ME_PRIV, "Sofia Esposito"),
                               att("rachel.kim@monetra.io", "Rachel Kim (Recruiting Coordinator)",
                                   role="OPT-PARTICIPANT")),
                    description="Candidate: Sofia Esposito\nPosition: Risk Operations Manager (Remote, EU)\n\n"
                    "You'll speak with Nkem Oduya, VP Risk, who leads the team you'd join. Rachel Kim coordinates "
                    "scheduling and will not join.\n\n" + zoom("en", "81234567790")),
                 method="REQUEST"))
    r.append(pos("workday-tech", "en", "Alpina Re", "Operational Risk Analyst", "technical",
                 ("thomas.wyss@alpinare.ch", "ines.carvalho@alpinare.ch"), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000B0C4A2F1h15",
                    "Alpina Re | Case Interview | Sofia Esposito",
                    "20261201T140000", "20261201T151500", tz=WEU,
                    organizer=org("alpinare@myworkday.com", "Alpina Re Talent Acquisition"),
                    attendees=(att("thomas.wyss@alpinare.ch", "Wyss, Thomas"),
                               att("ines.carvalho@alpinare.ch", "Carvalho, Ines"),
                               att(ME_PRIV, "Esposito, Sofia")),
                    location="Microsoft Teams Meeting",
                    description="Dear Sofia,\n\nas discussed, we would like to invite you to the case interview for "
                    "the position Operational Risk Analyst (Req R-20417), Zurich. You will receive a short case on "
                    "an outsourcing incident 15 minutes before the start.\n\nInterviewers: Thomas Wyss (Head ORM), "
                    "Ines Carvalho (Senior Risk Manager)\n\n" + teams("en", "381920447")),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("calendly-screen", "en", "Brightquay", "", "recruiter_screen", ("olivia@brightquay.com",), GOOGLE,
                 Ev("cal-7hq2k3-h15@calendly.com", "Sofia Esposito and Olivia Grant", "20261126T113000",
                    "20261126T120000", tz="Z",
                    organizer=org("olivia@brightquay.com", "Olivia Grant"),
                    attendees=(att("olivia@brightquay.com", "Olivia Grant", ps="ACCEPTED"),
                               att(ME_PRIV, "Sofia Esposito", ps="ACCEPTED")),
                    description="Event Name: Brightquay - intro call with Talent\n\nA first conversation about "
                    "open roles in Brightquay's customer operations team.\n\nLocation: This is a Google Meet web "
                    "conference. https://meet.google.com/pvu-hsbd-wqe\n\nNeed to make changes to this event?\n"
                    "Cancel: https://calendly.com/cancellations/3f1a\nReschedule: https://calendly.com/reschedulings/3f1a\n\n"
                    "Powered by Calendly.com"),
                 method="REQUEST"))
    r.append(pos("founder-gmail", "en", "Ledgerly", "Head of Operations", "hiring_manager",
                 ("tomasz.ledgerly@gmail.com",), GOOGLE,
                 Ev("5ub0ql3kd8h15@google.com", "Sofia / Tomasz - Ledgerly ops role", "20261127T173000",
                    "20261127T181500", organizer=org("tomasz.ledgerly@gmail.com", "Tomasz Nowicki"),
                    attendees=(att("tomasz.ledgerly@gmail.com", "Tomasz Nowicki", ps="ACCEPTED"),
                               att(ME_PRIV)),
                    description="Hey Sofia - great to connect via Marco. As said, I'm one of the two founders of "
                    "Ledgerly (SME invoicing + payments, 14 people). Would love to tell you about the Head of "
                    "Operations job and hear about your branch experience. Nothing formal!\n\n"
                    + meet("en", "ktw-zcoa-bfm")),
                 tzs=(olson("Europe/Rome"),)))
    r.append(pos("agency-screen", "en", "Norrvik Bank", "Customer Experience Manager", "recruiter_screen",
                 ("e.hartley@kestrelsearch.com",), OUTLOOK,
                 Ev("040000008200E00074C5B7101A82E0080000000070F1h15b", "Kestrel Search / Norrvik Bank CX Manager - "
                    "call", "20261130T093000", "20261130T100000", tz=UTC1,
                    organizer=org("e.hartley@kestrelsearch.com", "Emma Hartley"),
                    attendees=(att(ME_PRIV, "sofia.esposito@libero.it"),),
                    description="Hi Sofia,\n\nFollowing your application, here is our call. I'm recruiting on behalf "
                    "of our client Norrvik Bank for the Customer Experience Manager role in their new Milan hub. "
                    "We'll go through your CV, motivation and salary expectations before I present you to them.\n\n"
                    "I'll ring you on +39 347 *** ** 12.\n\nBest,\nEmma Hartley | Senior Consultant, Kestrel Search"),
                 tzs=(outlook_tz(UTC1),)))
    r.append(pos("terse-phone", "en", "Veritas Pay", "", "", (), APPLE,
                 Ev("8C1D2F4A-77B0-4C3B-9E21-H15A00000008", "Veritas Pay 2nd round", "20261203T160000",
                    "20261203T170000", tz=""),
                 method=None))
    r.append(pos("direct-outlook-final", "en", "Quorra Consulting", "Manager, Financial Services Operations", "final",
                 ("h.laurent@quorra-consulting.com", "d.ambrosi@quorra-consulting.com"), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000C1h15q9", "Final round - Sofia Esposito (Manager, "
                    "Financial Services Operations)", "20261209T110000", "20261209T130000", tz=WEU,
                    organizer=org("p.greco@quorra-consulting.com", "Greco, Paola"),
                    attendees=(att("h.laurent@quorra-consulting.com", "Laurent, Hélène"),
                               att("d.ambrosi@quorra-consulting.com", "Ambrosi, Davide"),
                               att(ME_PRIV, "Sofia Esposito"),
                               att("mi-7-saturno@quorra-consulting.com", "MI-7-Saturno", cutype="ROOM",
                                   role="NON-PARTICIPANT")),
                    location="MI-7-Saturno; Corso Venezia 18, Milano",
                    description="Dear Sofia,\n\nI'm pleased to confirm your final-round meetings with our partners "
                    "Hélène Laurent and Davide Ambrosi. I (Paola, recruiting coordinator) will meet you at reception "
                    "but won't take part in the interviews.\n\nKind regards,\nPaola Greco"),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("goodtime-tech", "en", "Fyndra", "Fraud Operations Lead", "technical",
                 ("samir.haddad@fyndra.com", "lea.brunner@fyndra.com"), GOOGLE,
                 Ev("gt-1187734-h15@goodtime.io", "[Fyndra] Fraud Ops Lead - Case Study Review (Sofia Esposito)",
                    "20261204T130000", "20261204T140000", tz="Z",
                    organizer=org("scheduling@goodtime.io", "Fyndra Interview Scheduling"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("samir.haddad@fyndra.com", "Samir Haddad"),
                               att("lea.brunner@fyndra.com", "Lea Brunner")),
                    description="Hello Sofia,\nYour case study review for the Fraud Operations Lead position is "
                    "confirmed. You'll present your take-home (20 min) and discuss it with Samir Haddad (Director, "
                    "Fraud & Disputes) and Lea Brunner (Data Lead).\n\n" + zoom("en", "93305127744")
                    + "\n\nThis invitation was sent by GoodTime on behalf of Fyndra."),
                 method="REQUEST"))
    r.append(pos("work-address-invite", "en", "Salvo Assicurazioni", "Claims Experience Manager", "recruiter_screen",
                 ("francesca.ruggeri@salvo-assicurazioni.it",), OUTLOOK,
                 Ev("h15-salvo-011@salvo-assicurazioni.it", "Colloquio conoscitivo / intro call - Claims Experience "
                    "Manager", "20261201T081500", "20261201T084500", tz=WEU,
                    organizer=org("francesca.ruggeri@salvo-assicurazioni.it", "Ruggeri Francesca"),
                    attendees=(att(ME_WORK, "Esposito Sofia"),),
                    description="Hello Sofia, as agreed on LinkedIn (I know it's your work address, sorry - you said "
                    "it's fine for the invite) - a 30 min first call before work about our Claims Experience Manager "
                    "opening.\n\n" + teams("en", "552100983")),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("modernloop-virtual-onsite", "en", "Cardinal Payments", "Senior Product Operations Manager",
                 "onsite", ("jwalsh@cardinalpayments.com", "abose@cardinalpayments.com", "kfrey@cardinalpayments.com"),
                 GOOGLE,
                 Ev("ml-cardinal-5521-h15@modernloop.io", "Virtual Onsite: Sofia Esposito | Sr. Product Ops Manager",
                    "20261208T140000", "20261208T170000", tz="Z",
                    organizer=org("coordinator@cardinalpayments.com", "Cardinal Candidate Experience"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("jwalsh@cardinalpayments.com", "Jamie Walsh"),
                               att("abose@cardinalpayments.com", "Anika Bose"),
                               att("kfrey@cardinalpayments.com", "Konstantin Frey"),
                               att("coordinator@cardinalpayments.com", "Cardinal Candidate Experience",
                                   role="OPT-PARTICIPANT")),
                    description="Agenda (CET)\n15:00-16:00 Product sense - Jamie Walsh\n16:00-17:00 Operations deep "
                    "dive - Anika Bose\n17:00-18:00 Values - Konstantin Frey\n\nOne Zoom link for all sessions: "
                    "https://cardinal.zoom.us/j/7781203345\n\nScheduled with ModernLoop"),
                 method="REQUEST"))
    r.append(pos("cancelled-screen", "en", "Orbisure", "Customer Onboarding Lead", "recruiter_screen",
                 ("h.novak@orbisure.com",), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000D2h15x", "Canceled: Phone screen - Sofia Esposito / "
                    "Orbisure", "20261126T160000", "20261126T163000", tz=WEU,
                    organizer=org("h.novak@orbisure.com", "Novak, Hana"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),), status="CANCELLED", seq=2,
                    description="Hi Sofia, I need to cancel our phone screen for the Customer Onboarding Lead role - "
                    "I'll send a new time tomorrow. Apologies!\nHana"),
                 method="CANCEL", tzs=(outlook_tz(WEU),)))
    r.append(pos("rescheduled-hm", "en", "Quillpay", "Payments Risk Manager", "hiring_manager",
                 ("beatrice.lund@quillpay.eu",), GOOGLE,
                 Ev("3pt9ecmrn0h15@google.com", "Updated invitation: Quillpay | Sofia x Beatrice (hiring manager)",
                    "20261207T103000", "20261207T111500", organizer=org("beatrice.lund@quillpay.eu", "Beatrice Lund"),
                    attendees=(att("beatrice.lund@quillpay.eu", "Beatrice Lund", ps="ACCEPTED"),
                               att(ME_PRIV, "Sofia Esposito", ps="ACCEPTED")), seq=3,
                    description="Moved to Monday, sorry for the shuffle! Looking forward to talking about the "
                    "Payments Risk Manager role.\n\n" + meet("en", "wbd-qmru-yxa")),
                 tzs=(olson("Europe/Stockholm"),)))
    r.append(pos("title-only-person", "en", "Trovanta", "", "", ("kasia@trovanta.com",), GOOGLE,
                 Ev("1g7c0h15trov@google.com", "Sofia <> Kasia (Trovanta)", "20261210T120000", "20261210T123000",
                    organizer=org("kasia@trovanta.com", "Kasia Zielinska"),
                    attendees=(att("kasia@trovanta.com", "Kasia Zielinska", ps="ACCEPTED"), att(ME_PRIV))),
                 tzs=(olson("Europe/Rome"),)))
    r.append(pos("take-home-debrief", "en", "Halden Mutual", "Process Excellence Lead", "technical",
                 ("r.okafor@haldenmutual.co.uk", "s.pryce@haldenmutual.co.uk"), OUTLOOK,
                 Ev("h15-halden-016", "Halden Mutual - presentation & Q&A (Process Excellence Lead)",
                    "20261211T100000", "20261211T111500", tz="GMT Standard Time",
                    organizer=org("recruitment@haldenmutual.co.uk", "Halden Mutual Recruitment"),
                    attendees=(att("r.okafor@haldenmutual.co.uk", "Okafor, Ruth"),
                               att("s.pryce@haldenmutual.co.uk", "Pryce, Simon"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Stage 2 - you will present your 30/60/90-day plan for the claims process review "
                    "(15 minutes), followed by competency questions.\nPanel: Ruth Okafor (Operations Director), Simon "
                    "Pryce (Continuous Improvement Manager).\n\n" + teams("en", "774019220")),
                 tzs=(outlook_tz("GMT Standard Time"),)))
    r.append(pos("coffee-round-two", "en", "Finestra Capital", "Client Operations Manager", "hiring_manager",
                 ("andrea.colombo@finestracapital.it",), APPLE,
                 Ev("B2C4E6F8-1A3C-4E5F-8A9B-H15000000017", "Coffee w/ Andrea Colombo - Finestra 2nd conversation "
                    "(Client Ops Manager)", "20261205T090000", "20261205T094500", tz="Europe/Rome",
                    organizer=org(ME_PRIV, "Sofia Esposito"),
                    attendees=(att("andrea.colombo@finestracapital.it", "Andrea Colombo"),
                               att(ME_PRIV, "Sofia Esposito", ps="ACCEPTED")),
                    location="Pavè, Via Felice Casati 27, Milano",
                    description="Andrea = head of client ops, would be my manager. 2nd step after HR call. "
                    "Ask about team size + regulatory projects."),
                 method=None, tzs=(olson("Europe/Rome"),)))
    r.append(pos("allday-assessment", "en", "Pravella", "Customer Risk Analyst", "onsite",
                 (), GOOGLE,
                 Ev("h15-prav-018@pravella.com", "Pravella assessment day (Customer Risk Analyst)", "20261214",
                    "20261215", tz="DATE", organizer=org("talent@pravella.com", "Pravella Talent"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    location="Pravella Paris, 14 rue de Provence, 75009 Paris",
                    description="Dear Sofia, congratulations on reaching the assessment day for the Customer Risk "
                    "Analyst position. The day includes a group exercise, a written case and two interviews with the "
                    "risk team. Detailed timings will follow.\nPravella Talent Team"),
                 tzs=()))
    r.append(pos("recurring-trial", "en", "Korvel Payments", "Operations Manager", "final",
                 ("marek@korvel.eu",), GOOGLE,
                 Ev("h15-korvel-019@google.com", "Korvel paid trial days - Operations Manager (Sofia)",
                    "20261215T093000", "20261215T173000", tz="Europe/Vienna",
                    organizer=org("marek@korvel.eu", "Marek Dvořák"),
                    attendees=(att("marek@korvel.eu", "Marek Dvořák", ps="ACCEPTED"), att(ME_PRIV, "Sofia Esposito")),
                    rrule="FREQ=DAILY;COUNT=2",
                    location="Korvel Payments, Praterstraße 1, 1020 Wien",
                    description="Final step for the Operations Manager role: two paid trial days with the ops team, "
                    "led by Marek (COO). Laptop provided."),
                 Ev("h15-korvel-019@google.com", "Korvel paid trial days - Operations Manager (Sofia)",
                    "20261216T110000", "20261216T173000", tz="Europe/Vienna",
                    organizer=org("marek@korvel.eu", "Marek Dvořák"),
                    attendees=(att("marek@korvel.eu", "Marek Dvořák", ps="ACCEPTED"), att(ME_PRIV, "Sofia Esposito")),
                    recurrence_id="20261216T093000", seq=1, location="Korvel Payments, Praterstraße 1, 1020 Wien",
                    description="Day 2 starts at 11:00 (team offsite in the morning)."),
                 tzs=(olson("Europe/Vienna"),)))
    r.append(pos("xwr-floating-screen", "en", "Clearwave Insurance", "", "recruiter_screen",
                 ("talent@clearwave-insurance.com",), GOOGLE,
                 Ev("h15-clearwave-020", "Phone interview - Clearwave Insurance (talent team)", "20261202T170000",
                    "20261202T172000", tz="", attendees=(att("talent@clearwave-insurance.com", "Clearwave Talent"),),
                    description="They call me. Screening for the CX / complaints roles in Madrid."),
                 method="PUBLISH", xprops=("X-WR-CALNAME:Sofia", "X-WR-TIMEZONE:Europe/Rome")))
    r.append(pos("teams-direct-tech", "en", "Vantor Bank", "Product Operations Specialist", "technical",
                 ("gabriel.santos@vantorbank.com",), OUTLOOK,
                 Ev("h15-vantor-021@vantorbank.com", "Vantor Bank - Product Ops Specialist - skills interview",
                    "20261203T100000", "20261203T110000", tz="Romance Standard Time",
                    organizer=org("gabriel.santos@vantorbank.com", "Gabriel Santos"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("gabriel.santos@vantorbank.com", "Gabriel Santos")),
                    description="Sofia, this is the skills interview we mentioned: a walk through a process map of "
                    "our account-opening flow and where you'd cut friction.\n\n" + teams("en", "614022118")),
                 tzs=(outlook_tz("Romance Standard Time"),)))
    return r


