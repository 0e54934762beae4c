"""holdout20: more of the user's own interviews, mostly English, some tricky (written blind)."""

from __future__ import annotations

from holdout20ev_ics import EXCH, GOOGLE, ME, ME_WORK, OUTLOOK, STAMP, WEST, Ev, att, cal, meet, org, teams, txt


def events() -> list[Ev]:
    """Given nothing returns the remaining interview events of holdout20."""
    out: list[Ev] = []

    def add(slug: str, uid: str, company: str, role: str, stage: str, ivs: str, trap: str, text: str) -> None:
        out.append(Ev(slug, uid, True, company, role, stage, ivs, trap, text))

    uid = "intern-bewerbung-compl-1@sparkasse-elbtal.de"
    add("internal-application", uid, "Sparkasse Elbtal", "Compliance-Analyst/in", "hiring_manager",
        "r.vogt@sparkasse-elbtal.de", "internal_transfer", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261211T100000",
            f"DTEND;TZID={WEST}:20261211T110000",
            txt("SUMMARY", "Interne Bewerbung Compliance-Analyst/in: Gespräch mit Frau Schulz"),
            txt("DESCRIPTION", "Liebe Frau Schulz,\nvielen Dank für Ihre interne Bewerbung auf die Stelle im "
                "Bereich Compliance/Geldwäscheprävention. Herr Vogt (Bereichsleiter Compliance) möchte Sie gern "
                "kennenlernen.\nViele Grüße\nPersonal"),
            org("personal@sparkasse-elbtal.de", "Personal Sparkasse Elbtal"),
            att("r.vogt@sparkasse-elbtal.de", "Vogt, Rainer"), att(ME_WORK, "Schulz, Hannah"),
            txt("LOCATION", "Hauptstelle, 4. OG, Raum 4.07")], method="REQUEST", tzs=(WEST,)))

    uid = "coffee-round2-2@google.com"
    add("coffee-is-round-two", uid, "Stackfin", "Compliance Analyst", "hiring_manager", "oliver.grant@stackfin.com",
        "coffee_named_interview", cal(GOOGLE, [
            "DTSTART:20261206T100000Z", "DTEND:20261206T104500Z", f"DTSTAMP:{STAMP}", f"UID:{uid}",
            org("oliver.grant@stackfin.com", "Oliver Grant"), att(ME, "Hannah Schulz"),
            txt("SUMMARY", "Coffee with Oliver (Stackfin) - next step for the Compliance Analyst role"),
            txt("DESCRIPTION", "Hi Hannah, after your call with our recruiter I'd like to meet you as the hiring "
                "manager. Relaxed format over coffee at our office, but yes, this is round two of the process.\n"
                "Stackfin, Hohe Bleichen 11, Hamburg"),
            "LOCATION:Stackfin office\\, Hohe Bleichen 11"], method="REQUEST"))

    uid = "chat-title-only-3@web.de"
    add("title-only-chat", uid, "Moneta Risk", "", "", "", "terse_hand_typed", cal(GOOGLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;TZID=Europe/Berlin:20261210T120000",
        "DTEND;TZID=Europe/Berlin:20261210T123000",
        txt("SUMMARY", "Interview w/ Moneta Risk (Teams, link in mail)")]))

    uid = "teamtailor-44a1@teamtailor.com"
    add("teamtailor-en", uid, "Brightpath Pensions", "Compliance Monitoring Analyst", "technical",
        "grace.adebayo@brightpath.co.uk;will.hart@brightpath.co.uk", "", cal("-//Teamtailor//Interview//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T110000Z", "DTEND:20261209T120000Z",
            txt("SUMMARY", "Interview - Compliance Monitoring Analyst (Remote, EU) - Brightpath Pensions"),
            txt("DESCRIPTION", "Hi Hannah,\nYou're booked in for your competency interview with Grace Adebayo "
                "and Will Hart. Expect questions on monitoring plans and file testing.\n\n" +
                teams("BPP5", "398 100 777 2", "mN4xq")),
            org("noreply@teamtailor.com", "Brightpath Pensions"),
            att("grace.adebayo@brightpath.co.uk", "Grace Adebayo"), att("will.hart@brightpath.co.uk", "Will Hart"),
            att(ME, "Hannah Schulz")], method="REQUEST"))

    uid = "exch-video-hirevue-5@elbtrust.de"
    add("exch-hm-en", uid, "Elbtrust Asset Management", "KYC Analyst", "hiring_manager",
        "f.wagner@elbtrust.de", "", cal(EXCH, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261204T113000",
            f"DTEND;TZID={WEST}:20261204T121500",
            txt("SUMMARY", "Interview KYC Analyst - meeting with the team lead (Frank Wagner)"),
            txt("DESCRIPTION", "Dear Ms Schulz,\nplease find the invitation for your interview with Frank Wagner, "
                "head of client onboarding at Elbtrust Asset Management. The coordinator (Lena, HR) will not "
                "join.\nBest regards"),
            org("lena.hr@elbtrust.de", "HR Elbtrust"), att("f.wagner@elbtrust.de", "Wagner, Frank"),
            att(ME, "Schulz, Hannah"), txt("LOCATION", "Elbtrust, Ballindamm 3, Hamburg - Reception 2nd floor")],
        method="REQUEST", tzs=(WEST,)))

    uid = "calcom-en-6f1@cal.com"
    add("calcom-en", uid, "Tallyguard", "Financial Crime Analyst", "recruiter_screen",
        "nina.patel@tallyguard.com", "", cal("-//Cal.com Inc.//Cal.com Event//EN", [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261202T090000Z", "DTEND:20261202T092500Z",
            txt("SUMMARY", "Tallyguard Talent Screen between Nina Patel and Hannah Schulz"),
            txt("DESCRIPTION", "What: Tallyguard Talent Screen (25 min)\nInvitee notes: Financial Crime "
                "Analyst application\nWhere: Google Meet\n" + meet("tlg-mmsd-pwe", "402 719 553")),
            org("nina.patel@tallyguard.com", "Nina Patel"), att(ME, "Hannah Schulz")], method="REQUEST"))

    uid = "en-insurer-phone-7@outlook.com"
    add("en-phone-floating", uid, "Allmark Insurance", "Risk Operations Analyst", "recruiter_screen",
        "beth.coleman@allmark.com", "", cal(OUTLOOK, [
            f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261207T143000", "DTEND:20261207T150000",
            txt("SUMMARY", "Allmark Insurance: phone interview with Beth (TA), Risk Operations Analyst"),
            org("beth.coleman@allmark.com", "Coleman, Beth"), att(ME, "Hannah Schulz"),
            txt("DESCRIPTION", "Beth will call you on +49 1512 ... at the time above (CET).")], method="REQUEST",
        head=("X-WR-TIMEZONE:Europe/Berlin",)))

    return out
