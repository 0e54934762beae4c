"""holdout20: the user's own interviews, English and German (written blind)."""

from __future__ import annotations

from holdout20ev_ics import (
    APPLE,
    EXCH,
    GOOGLE,
    ME,
    ME_WORK,
    OUTLOOK,
    ROMANCE,
    STAMP,
    WEST,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    txt,
    zoom,
)


def events() -> list[Ev]:
    """Given nothing returns the English and German interview events of holdout20."""
    out: list[Ev] = []

    def add(slug: str, uid: str, company: str, role: str, stage: str, ivs: str, trap: str, text: str) -> None:
        out.append(Ev(slug, uid, True, company, role, stage, ivs, trap, text))

    uid = "gh-7731902-int-1@greenhouse.io"
    add("greenhouse-screen", uid, "Paylane", "AML Analyst", "recruiter_screen", "maya.osei@paylane.com", "", cal(
        "-//Greenhouse Software//Greenhouse Calendar//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261203T090000Z", "DTEND:20261203T093000Z",
            txt("SUMMARY", "Hannah Schulz <> Paylane - Recruiter Screen (AML Analyst)"),
            txt("DESCRIPTION", "Hi Hannah,\n\nThis is your recruiter screen for the AML Analyst role at Paylane. "
                "Maya will walk you through the team, the role and the process, and hear about your background "
                "in branch banking.\n\n" + zoom("Q2x9aLk", "84412093311", "551203")),
            "LOCATION:https://us06web.zoom.us/j/84412093311",
            org("no-reply@greenhouse.io", "Paylane Recruiting"),
            att("maya.osei@paylane.com", "Maya Osei"), att(ME, "Hannah Schulz"),
            "SEQUENCE:0", "STATUS:CONFIRMED"], method="REQUEST"))

    uid = "040000008200E00074C5B7101A82E00800000000A01F44C2B16DDB01000000000000000010000000D1A0"
    add("outlook-hkb-tech", uid, "Hanseatische Kreditbank", "KYC Analyst", "technical",
        "jens.albrecht@hanseatische-kreditbank.de;petra.lund@hanseatische-kreditbank.de", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "CLASS:PUBLIC", "PRIORITY:5",
            f"DTSTART;TZID={WEST}:20261208T140000", f"DTEND;TZID={WEST}:20261208T150000",
            org("jens.albrecht@hanseatische-kreditbank.de", "Albrecht, Jens"),
            att("petra.lund@hanseatische-kreditbank.de", "Lund, Petra"), att(ME, "hannah.schulz@web.de"),
            att("raum-alster-3og@hanseatische-kreditbank.de", "HKB Raum Alster 3.OG", cutype="ROOM",
                role="NON-PARTICIPANT"),
            txt("SUMMARY", "Fachgespräch KYC Analyst (m/w/d) - Frau Schulz"),
            txt("LOCATION", "HKB Raum Alster 3.OG; Ballindamm 14, 20095 Hamburg"),
            txt("DESCRIPTION", "Sehr geehrte Frau Schulz,\n\nwie telefonisch besprochen laden wir Sie zum "
                "fachlichen Gespräch für die Position KYC Analyst (m/w/d) ein. Wir werden einige Fälle aus "
                "der Kundenprüfung (Identifizierung, wirtschaftlich Berechtigte, PEP-Abgleich) mit Ihnen "
                "durchgehen.\nBitte melden Sie sich am Empfang im Erdgeschoss.\n\nMit freundlichen Grüßen\n"
                "Jens Albrecht\nTeamleiter KYC Operations"),
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "SEQUENCE:1"],
            method="REQUEST", tzs=(WEST,)))

    uid = "6f2c1e0a-lever-interview-4471"
    add("lever-panel", uid, "Kontor Pay", "Compliance Analyst", "onsite",
        "tobias.reim@kontorpay.com;sina.okafor@kontorpay.com;l.baptiste@kontorpay.com", "", cal(
            "-//Lever//Lever Interview Scheduler//EN", [
                f"UID:{uid}", f"DTSTAMP:{STAMP}",
                "DTSTART;TZID=Europe/Berlin:20261210T100000", "DTEND;TZID=Europe/Berlin:20261210T123000",
                txt("SUMMARY", "Onsite Interview: Hannah Schulz for Compliance Analyst (Transaction Monitoring)"),
                txt("DESCRIPTION", "Interview panel for Hannah Schulz\n\n10:00 - 10:45 Tobias Reim, Head of "
                    "Financial Crime\n10:45 - 11:30 Sina Okafor, Senior TM Analyst (case study)\n11:30 - 12:30 "
                    "Laure Baptiste, MLRO\n\nLocation: Kontor Pay, Großer Burstah 31, Hamburg, 4th floor.\n"
                    "Coordinator: Emma Fitz (emma.fitz@kontorpay.com)"),
                txt("LOCATION", "Kontor Pay HQ, Großer Burstah 31, 20457 Hamburg"),
                org("emma.fitz@kontorpay.com", "Emma Fitz"),
                att("tobias.reim@kontorpay.com", "Tobias Reim"), att("sina.okafor@kontorpay.com", "Sina Okafor"),
                att("l.baptiste@kontorpay.com", "Laure Baptiste"), att(ME, "Hannah Schulz"),
                att("emma.fitz@kontorpay.com", "Emma Fitz", role="OPT-PARTICIPANT"),
                "SEQUENCE:0"], method="REQUEST", tzs=("Europe/Berlin",)))

    uid = "c3d1f6aa91b2@google.com"
    add("founder-gmail", uid, "Rulebright", "", "hiring_manager", "felix.brandt.rb@gmail.com", "founder_free_mail", cal(
        GOOGLE, [
            "DTSTART:20261204T163000Z", "DTEND:20261204T171500Z", f"DTSTAMP:{STAMP}",
            org("felix.brandt.rb@gmail.com", "Felix Brandt"), f"UID:{uid}",
            att("felix.brandt.rb@gmail.com", "Felix Brandt", ps="ACCEPTED", rsvp=False),
            att(ME, "Hannah Schulz"),
            txt("DESCRIPTION", "Hi Hannah - as said on LinkedIn, I'd love to talk about you joining Rulebright as "
                "our first compliance hire. I'm the co-founder & CEO; we build KYC tooling for small banks. "
                "Informal but it is a proper interview :)\n\n" + meet("xkd-pomr-zte", "482 119 553")),
            "SEQUENCE:0", "STATUS:CONFIRMED", txt("SUMMARY", "Hannah / Felix - Rulebright"),
            "TRANSP:OPAQUE"], method="REQUEST", head=("CALSCALE:GREGORIAN",)))

    uid = "wd-INT-00081422-frankfurt"
    add("workday-hm", uid, "Mainfeld Bank", "Financial Crime Compliance Analyst", "hiring_manager",
        "claudia.wenz@mainfeld-bank.de", "", cal("-//Workday Inc.//Workday Recruiting//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T080000Z", "DTEND:20261209T090000Z",
            txt("SUMMARY", "Interview: Financial Crime Compliance Analyst (R-22814) - Hannah Schulz"),
            txt("DESCRIPTION", "Candidate: Hannah Schulz\nJob Requisition: R-22814 Financial Crime Compliance "
                "Analyst (Frankfurt am Main)\nInterview Type: Hiring Manager Interview\nInterviewer(s): Claudia "
                "Wenz\n\nMainfeld Bank AG | Talent Acquisition\nThis meeting was scheduled via Workday."),
            txt("LOCATION", "Microsoft Teams"),
            org("mainfeld@myworkday.com", "Mainfeld Bank Talent Acquisition"),
            att("claudia.wenz@mainfeld-bank.de", "Claudia Wenz"), att(ME, "Hannah Schulz"),
            "STATUS:CONFIRMED"], method="REQUEST"))

    uid = "lux-clearwater-final-2612@clearwater-audit.lu"
    add("audit-final-lux", uid, "Clearwater Audit", "AML/KYC Associate", "final",
        "marc.feller@clearwater-audit.lu;anouk.weis@clearwater-audit.lu", "", cal(OUTLOOK, [
            txt("SUMMARY", "Final interview - AML/KYC Associate, Financial Services Advisory"),
            f"DTSTART;TZID={ROMANCE}:20261215T093000", f"DTEND;TZID={ROMANCE}:20261215T110000",
            f"UID:{uid}", f"DTSTAMP:{STAMP}",
            org("anouk.weis@clearwater-audit.lu", "Weis, Anouk"),
            att("marc.feller@clearwater-audit.lu", "Feller, Marc (Partner)"), att(ME, "Schulz, Hannah"),
            att("lux-boardroom-7@clearwater-audit.lu", "LUX Boardroom 7", cutype="ROOM", role="NON-PARTICIPANT"),
            txt("LOCATION", "LUX Boardroom 7, 2 rue Gabriel Lippmann, Munsbach"),
            txt("DESCRIPTION", "Dear Hannah,\n\nThank you for the good conversations so far. This last round "
                "is with Marc Feller (Partner, FS Advisory) and me. We will discuss a short KYC remediation "
                "case and your questions about the offer stage.\n\nKind regards,\nAnouk Weis\nDirector"),
            "SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"], method="REQUEST", tzs=(ROMANCE,)))

    uid = "CAL-2f8e9d10-c1a3-4b1e-9b7a-ahoy"
    add("calendly-screen", uid, "Trimont Payments", "Risk Operations Specialist", "recruiter_screen",
        "greta.holm@trimont-payments.com", "", cal("-//Calendly//Calendly Scheduler//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261202T130000Z", "DTEND:20261202T132000Z",
            txt("SUMMARY", "20 Minute Intro Call between Greta Holm and Hannah Schulz"),
            txt("DESCRIPTION", "Event Name: 20 Minute Intro Call (Trimont Payments Talent)\n\nPlease share "
                "anything that will help prepare for our meeting.: Applying for Risk Operations Specialist - "
                "Hamburg/remote. Currently advisor at a savings bank.\n\nLocation: This is a Google Meet web "
                "conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/"
                "2f8e9d10\nReschedule: https://calendly.com/reschedulings/2f8e9d10\n\nPowered by Calendly.com"),
            org("greta.holm@trimont-payments.com", "Greta Holm"),
            att("greta.holm@trimont-payments.com", "Greta Holm", ps="ACCEPTED"), att(ME, "Hannah Schulz"),
            "LOCATION:https://meet.google.com/hqe-nnrt-boa"]))

    uid = "hand-typed-7781@icloud"
    add("terse-apple", uid, "Nordlicht Versicherung", "", "", "", "terse_hand_typed", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261211T110000", "DTEND:20261211T120000",
        txt("SUMMARY", "Nordlicht Versicherung 2. Gespräch!!"), "LOCATION:Überseering 8",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"], head=("X-WR-TIMEZONE:Europe/Berlin", "CALSCALE:GREGORIAN")))

    uid = "9b0e5c2b-agency-frankfurt@rheinmain-talent.de"
    add("agency-frankfurt", uid, "Quellbach Privatbank", "Compliance Officer KYC", "hiring_manager",
        "s.haberland@quellbach-privatbank.de", "agency_names_employer", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261214T100000",
            f"DTEND;TZID={WEST}:20261214T110000",
            txt("SUMMARY", "Vorstellungsgespräch Quellbach Privatbank - Compliance Officer KYC (Frau Schulz)"),
            txt("DESCRIPTION", "Liebe Frau Schulz,\n\nanbei die Einladung zum Gespräch bei unserem Mandanten, "
                "der Quellbach Privatbank AG in Frankfurt. Sie sprechen mit Herrn Dr. Stefan Haberland, Leiter "
                "Compliance. Ich bin nicht dabei, melden Sie sich gern danach bei mir.\n\nViele Grüße\nNadine "
                "Kern\nRheinMain Talent GmbH | Personalberatung Banking"),
            txt("LOCATION", "Quellbach Privatbank, Bockenheimer Landstraße 42, Frankfurt"),
            org("n.kern@rheinmain-talent.de", "Nadine Kern"),
            att("s.haberland@quellbach-privatbank.de", "Dr. Stefan Haberland"), att(ME, "Hannah Schulz"),
            att("n.kern@rheinmain-talent.de", "Nadine Kern", role="NON-PARTICIPANT")],
            method="REQUEST", tzs=(WEST,)))

    uid = "ashby-0c77-ae31-interview@ashbyhq.com"
    add("ashby-case", uid, "Veritrust", "KYC Operations Analyst", "technical",
        "dan.whitlock@veritrust.io;ines.marek@veritrust.io", "", cal("-//Ashby//Ashby Scheduling//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261216T140000Z", "DTEND:20261216T151500Z",
            txt("SUMMARY", "Veritrust | KYC Operations Analyst | Case Study Interview with Hannah Schulz"),
            txt("DESCRIPTION", "Hi Hannah,\n\nIn this session you'll review an anonymised onboarding file with "
                "Dan and Ines and talk us through the risk rating you would give. No preparation needed.\n\n"
                "Interviewers: Dan Whitlock (Compliance Lead), Ines Marek (KYC Analyst)\n\n" +
                zoom("aT5pQ1", "93155520774", "vt2026")),
            org("scheduling@veritrust.io", "Veritrust Scheduling"),
            att("dan.whitlock@veritrust.io", "Dan Whitlock"), att("ines.marek@veritrust.io", "Ines Marek"),
            att(ME, "Hannah Schulz"), "LOCATION:Zoom"], method="REQUEST"))

    uid = "goodtime-5512-998-hannah"
    add("goodtime-remote-loop", uid, "Ledgerline", "AML Investigator", "onsite",
        "omar.haddad@ledgerline.com;kate.byrne@ledgerline.com;p.sandoval@ledgerline.com", "", cal(
            "-//GoodTime.io//GoodTime Hire//EN", [
                f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261217T120000Z", "DTEND:20261217T150000Z",
                txt("SUMMARY", "Ledgerline Virtual Onsite - Hannah Schulz - AML Investigator"),
                txt("DESCRIPTION", "Your virtual onsite agenda (CET):\n13:00 Omar Haddad - investigations "
                    "deep dive\n14:00 Kate Byrne - SAR writing exercise\n15:00 Pablo Sandoval - values & "
                    "collaboration\n\nYour coordinator is Rhea (rhea.m@ledgerline.com); reach out with any "
                    "questions.\n\nThis invitation was sent via GoodTime."),
                org("rhea.m@ledgerline.com", "Rhea Mistry"),
                att("omar.haddad@ledgerline.com", "Omar Haddad"), att("kate.byrne@ledgerline.com", "Kate Byrne"),
                att("p.sandoval@ledgerline.com", "Pablo Sandoval"), att(ME, "Hannah Schulz"),
                txt("LOCATION", "Google Meet - https://meet.google.com/fro-ykaq-lls")], method="REQUEST"))

    uid = "bkz-98123-personio@personio.de"
    add("personio-de", uid, "Fintura", "Compliance Specialist", "recruiter_screen", "lea.brenner@fintura.de", "", cal(
        "-//Personio GmbH//Personio Recruiting//DE", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}",
            "DTSTART;TZID=Europe/Berlin:20261207T103000", "DTEND;TZID=Europe/Berlin:20261207T110000",
            txt("SUMMARY", "Kennenlerngespräch | Compliance Specialist (m/w/d) | Hannah Schulz"),
            txt("DESCRIPTION", "Hallo Hannah,\n\nwir freuen uns auf das erste Kennenlernen! Lea aus unserem "
                "People-Team stellt dir Fintura vor und klärt ein paar Fragen zu deinem Wechsel aus der "
                "Filiale in die Compliance.\n\nDein Fintura Recruiting Team"),
            org("lea.brenner@fintura.de", "Lea Brenner"), att("lea.brenner@fintura.de", "Lea Brenner"),
            att(ME, "Hannah Schulz"), "LOCATION:Telefon (wir rufen dich an)"],
        method="REQUEST", tzs=("Europe/Berlin",)))

    uid = "dvinci-bew-4412-termin"
    add("dvinci-sparkasse-other", uid, "Sparkasse Holstein-Nord", "Spezialist/in Geldwäscheprävention", "technical",
        "m.thiessen@spk-holstein-nord.de;b.rahn@spk-holstein-nord.de", "", cal("-//d.vinci//Bewerbermanagement//DE", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z",
            txt("SUMMARY", "Vorstellungsgespräch Spezialist/in Geldwäscheprävention - Sparkasse Holstein-Nord"),
            txt("DESCRIPTION", "Termin für Ihr Vorstellungsgespräch\nStelle: Spezialist/in "
                "Geldwäscheprävention (Kennziffer 2026-118)\nGesprächspartner: Herr Thiessen (Geldwäschebeauf"
                "tragter), Frau Rahn (Personal)\nOrt: Hauptstelle Neumünster, Raum 2.14\n\nBitte bringen Sie "
                "einen Lichtbildausweis mit."),
            org("bewerbung@spk-holstein-nord.de", "Sparkasse Holstein-Nord Personal"),
            att("m.thiessen@spk-holstein-nord.de", "Martin Thiessen"), att("b.rahn@spk-holstein-nord.de",
                                                                          "Birte Rahn"),
            att(ME, "Hannah Schulz"), txt("LOCATION", "Hauptstelle Neumünster, Raum 2.14")], method="REQUEST"))

    uid = "20261118T201133Z-1187@hannah-macbook"
    add("apple-hm-allday-note", uid, "Elbe Leasing", "Risk Analyst", "hiring_manager", "", "all_day", cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;VALUE=DATE:20261218", "DTEND;VALUE=DATE:20261219",
        txt("SUMMARY", "Elbe Leasing - Gespräch mit Teamleiterin (Risk Analyst), Uhrzeit kommt per Mail"),
        "TRANSP:TRANSPARENT"], head=("CALSCALE:GREGORIAN",)))

    uid = "8a1c2e3f44@google.com"
    add("google-work-addr", uid, "Hafenbank", "Compliance Analyst", "recruiter_screen", "jana.pohl@hafenbank.de",
        "sent_to_work_address", cal(GOOGLE, [
            "DTSTART;TZID=Europe/Berlin:20261205T080000", "DTEND;TZID=Europe/Berlin:20261205T083000",
            f"DTSTAMP:{STAMP}", org("jana.pohl@hafenbank.de", "Jana Pohl"), f"UID:{uid}",
            att("jana.pohl@hafenbank.de", "Jana Pohl", ps="ACCEPTED", rsvp=False),
            att(ME_WORK, "h.schulz@sparkasse-elbtal.de"),
            txt("DESCRIPTION", "Hallo Frau Schulz, wie gewünscht ganz früh vor Ihrem Filialdienst - kurzes "
                "Telefoninterview zur Stelle Compliance Analyst (m/w/d) bei der Hafenbank. Ich rufe Sie auf dem "
                "Handy an.\nJana Pohl, Recruiting"),
            txt("SUMMARY", "Telefoninterview Hafenbank / Schulz"), "SEQUENCE:0", "STATUS:CONFIRMED"],
        method="REQUEST", tzs=("Europe/Berlin",)))

    uid = "modernloop-ml-88f1-hs"
    add("modernloop-tech", uid, "Northgate Insurance", "Sanctions Screening Analyst", "technical",
        "victor.lamb@northgate-ins.com", "", cal("-//ModernLoop//ModernLoop Scheduler//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261210T150000Z", "DTEND:20261210T154500Z",
            txt("SUMMARY", "[Northgate Insurance] Technical Interview - Sanctions Screening Analyst"),
            txt("DESCRIPTION", "Candidate: Hannah Schulz\nInterviewer: Victor Lamb, Sanctions Manager\nFocus: "
                "name screening alerts, false-positive handling, EU/OFAC lists\n\n" +
                teams("NGI44a", "342 118 909 22", "Xu7rA2")),
            org("recruiting@northgate-ins.com", "Northgate Recruiting"),
            att("victor.lamb@northgate-ins.com", "Victor Lamb"), att(ME, "Hannah Schulz"),
            att("lina.coord@northgate-ins.com", "Lina Park (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
            "LOCATION:Microsoft Teams Meeting"], method="REQUEST"))

    uid = "owa-5501-hkr-2@hamburger-rueck.de"
    add("owa-insurer-final", uid, "Hamburger Rück", "Referent/in Compliance", "final",
        "k.osterloh@hamburger-rueck.de", "", cal(EXCH, [
            txt("DESCRIPTION", "Guten Tag Frau Schulz,\n\nzur abschließenden Runde treffen Sie unsere "
                "Chief Compliance Officer, Frau Dr. Katrin Osterloh. Danach melden wir uns zeitnah mit einer "
                "Entscheidung.\n\nBeste Grüße\nHR Recruiting Hamburger Rück"),
            txt("SUMMARY", "Finales Gespräch Referent/in Compliance"),
            f"DTSTART;TZID={WEST}:20261221T130000", f"DTEND;TZID={WEST}:20261221T140000",
            f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{STAMP}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", txt("LOCATION", "Neuer Wall 50, 5. OG, Besprechungsraum Elbblick"),
            org("recruiting@hamburger-rueck.de", "HR Recruiting"),
            att("k.osterloh@hamburger-rueck.de", "Dr. Katrin Osterloh"), att(ME, "Hannah Schulz"),
            att("elbblick@hamburger-rueck.de", "Besprechungsraum Elbblick", cutype="ROOM", role="NON-PARTICIPANT"),
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"],
            method="REQUEST", tzs=(WEST,)))

    uid = "teams-direct-77c1@finovia.eu"
    add("direct-teams-en", uid, "Finovia", "Transaction Monitoring Analyst", "technical",
        "r.castell@finovia.eu;m.ek@finovia.eu", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261202T160000",
            f"DTEND;TZID={WEST}:20261202T170000",
            txt("SUMMARY", "Finovia - 2nd round, Transaction Monitoring Analyst"),
            org("r.castell@finovia.eu", "Roberto Castell"),
            att("m.ek@finovia.eu", "Malin Ek"), att(ME, "Hannah Schulz"),
            txt("DESCRIPTION", "Hi Hannah, looking forward to continuing our conversation. Malin from my team "
                "will join; we'll look at a few alert scenarios together.\nRoberto\n\n" +
                teams("FNV001", "351 774 200 91", "b9Qm3P"))], method="REQUEST", tzs=(WEST,)))

    uid = "sf-int-778123@successfactors.eu"
    add("successfactors-en", uid, "Albis Re", "Operational Risk Analyst", "technical",
        "nora.keller@albis-re.com;tim.oduya@albis-re.com", "", cal("-//SAP SuccessFactors//Recruiting//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261216T090000Z", "DTEND:20261216T100000Z",
            txt("SUMMARY", "Interview Invitation: Operational Risk Analyst (Req 40213) - Albis Re Luxembourg"),
            txt("DESCRIPTION", "Dear Hannah Schulz,\n\nYou are invited to an interview for the position "
                "Operational Risk Analyst (Req 40213).\nInterview panel: Nora Keller, Tim Oduya\nFormat: "
                "video interview including a short risk-and-control exercise.\n\nKind regards,\nAlbis Re "
                "Talent Acquisition"),
            org("albisre@successfactors.eu", "Albis Re Talent Acquisition"),
            att("nora.keller@albis-re.com", "Nora Keller"), att("tim.oduya@albis-re.com", "Tim Oduya"),
            att(ME, "Hannah Schulz"), txt("LOCATION", "Webex (link follows)")], method="REQUEST"))

    uid = "0b7f9d0e-resched@google.com"
    add("google-rescheduled", uid, "Mainfeld Bank", "FCC Analyst", "technical",
        "alex.voigt@mainfeld-bank.de", "rescheduled", cal(GOOGLE, [
            "DTSTART:20261214T130000Z", "DTEND:20261214T140000Z", f"DTSTAMP:{STAMP}",
            org("alex.voigt@mainfeld-bank.de", "Alexander Voigt"), f"UID:{uid}",
            att("alex.voigt@mainfeld-bank.de", "Alexander Voigt", ps="ACCEPTED", rsvp=False), att(ME),
            txt("SUMMARY", "UPDATED: Fachinterview FCC Analyst - Mainfeld Bank (neuer Termin)"),
            txt("DESCRIPTION", "Neuer Termin wegen Krankheit - sorry für die Verschiebung! Inhalte wie "
                "besprochen: Fallstudie Verdachtsmeldung.\n" + meet("mfb-rrpa-xwq", "220 998 451")),
            "SEQUENCE:3", "STATUS:CONFIRMED"], method="REQUEST"))

    uid = "lever-cx-4410-cancel"
    add("lever-cancelled", uid, "Paylane", "AML Analyst", "technical", "jonas.fehr@paylane.com", "cancelled", cal(
        "-//Lever//Lever Interview Scheduler//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261211T100000Z", "DTEND:20261211T110000Z",
            txt("SUMMARY", "Cancelled: Paylane Interview - Hannah Schulz / Jonas Fehr (AML Analyst)"),
            txt("DESCRIPTION", "This interview has been cancelled. Your recruiter will be in touch to find a "
                "new time."), org("no-reply@hire.lever.co", "Paylane"),
            att("jonas.fehr@paylane.com", "Jonas Fehr"), att(ME, "Hannah Schulz"),
            "STATUS:CANCELLED", "SEQUENCE:2"], method="CANCEL"))

    uid = "zoom-direct-8841@insurtech"
    add("zoom-direct-de", uid, "Policen Direkt Digital", "Risk Operations Manager", "technical",
        "carla.mendes@policendirekt.de;ole.hinz@policendirekt.de", "", cal(GOOGLE, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261203T140000Z", "DTEND:20261203T150000Z",
            txt("SUMMARY", "Zweites Interview: Risk Operations Manager (Policen Direkt)"),
            org("carla.mendes@policendirekt.de", "Carla Mendes"),
            att("carla.mendes@policendirekt.de", "Carla Mendes", ps="ACCEPTED"),
            att("ole.hinz@policendirekt.de", "Ole Hinz"), att(ME, "Hannah Schulz"),
            txt("DESCRIPTION", "Hallo Hannah, in Runde 2 sprichst du mit Ole (Head of Claims Ops) und mir über "
                "Betrugsprävention und Prozesse. Bis Donnerstag!\n\n" + zoom("pD8k1", "81120443398", "282817")),
            "LOCATION:https://us06web.zoom.us/j/81120443398"], method="REQUEST"))

    uid = "bookings-hs-3391@outlook.com"
    add("ms-bookings", uid, "Nordwest Treuhand", "Prüfungsassistent/in Geldwäscheprävention", "recruiter_screen",
        "svenja.rohde@nordwest-treuhand.de", "", cal(EXCH, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261204T090000",
            f"DTEND;TZID={WEST}:20261204T093000",
            txt("SUMMARY", "Bewerbergespräch (30 Min.) mit Svenja Rohde"),
            txt("DESCRIPTION", "Ihr Termin wurde bei Nordwest Treuhand Wirtschaftsprüfungsgesellschaft gebucht.\n"
                "Dienst: Bewerbergespräch (30 Min.) - Prüfungsassistent/in Geldwäscheprävention\nMitarbeiter: "
                "Svenja Rohde\n\n" + teams("NWT9", "377 650 122 4", "Rk2p8", de=True) +
                "\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/NordwestTreuhand@"
                "nordwest-treuhand.de/bookings/"),
            org("NordwestTreuhand@nordwest-treuhand.de", "Nordwest Treuhand Karriere"),
            att("svenja.rohde@nordwest-treuhand.de", "Svenja Rohde"), att(ME, "Hannah Schulz")],
        method="REQUEST", tzs=(WEST,)))

    uid = "hand-2210-remote@web.de"
    add("terse-en-phone", uid, "Sterling & Hart", "", "recruiter_screen", "", "terse_hand_typed", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Berlin:20261208T171500",
        "DTEND;TZID=Europe/Berlin:20261208T174500",
        txt("SUMMARY", "phone screen Sterling & Hart (compliance role) - they call me"), "TRANSP:OPAQUE"]))

    return out
