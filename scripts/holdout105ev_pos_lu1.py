"""holdout105: the user's own interviews in Luxembourg (part 1)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    UTC_AMS,
    WIN_LUX,
    cal,
    esc,
    google_footer,
    outlook_tail,
    row,
    teams,
    zoom,
)

S = "DTSTAMP:20250902T071512Z"


def events() -> list[dict[str, object]]:
    out = []

    uid = "wd-schuman-5f1c2a8e-3b44-4d0e-9a61-0c7d2b9e11f4@myworkday.com"
    desc = esc(
        "Dear Stéphanie,\n\nThank you for your interest in Banque Schuman Luxembourg. As discussed, I have scheduled a "
        "short phone screen for the position below.\n\nJob Requisition: R-10482 Head of Compliance & MLRO "
        "(Luxembourg)\nInterview type: Phone Screen (30 min)\nInterviewer: Claire Muller, Talent Acquisition "
        "Partner\n\nClaire will call you on +352 621 48 73 10.\n\nKind regards,\nBanque Schuman Luxembourg – "
        "Talent Acquisition\n\nThis is an automated message from Workday. Please do not reply.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART:20250909T080000Z
DTEND:20250909T083000Z
SUMMARY:Phone Screen: R-10482 Head of Compliance & MLRO (Luxembourg)
DESCRIPTION:{desc}
LOCATION:Phone call
ORGANIZER;CN=Banque Schuman Talent Acquisition:mailto:schumanbank@myworkday.com
ATTENDEE;CN=Stéphanie Kieffer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Claire Muller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.muller@schumanbank.lu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    out.append(row("workday-phone-en", cal(ev, prodid="-//Workday Inc//Workday Calendar//EN"), uid,
                   company="Banque Schuman Luxembourg", role="Head of Compliance & MLRO", stage="recruiter_screen",
                   who=("claire.muller@schumanbank.lu",)))

    uid = "040000008200E00074C5B7101A82E008000000009C3B1F7A2C1EDC01000000000000000010000000A1D4E7C2B9F04E43"
    desc = esc(
        "Madame Kieffer,\n\nSuite à votre échange avec Mme Muller, M. Thill, Directeur Général Adjoint, "
        "souhaiterait vous rencontrer pour le poste de Responsable Compliance / MLRO.\n\nLieu : 14, boulevard "
        "Royal, L-2449 Luxembourg – accueil au rez-de-chaussée, demandez Mme Gonçalves.\n\nBien cordialement,"
        "\nSandra Gonçalves\nAssistante de Direction\nBanque Schuman Luxembourg S.A.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Thill, Marc";SENT-BY="mailto:sandra.goncalves@schumanbank.lu":mailto:marc.thill@schumanbank.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gonçalves, Sandra"
 :mailto:sandra.goncalves@schumanbank.lu
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Kieffer – Responsable Compliance / MLRO
DTSTART;TZID={WIN_LUX}:20250918T140000
DTEND;TZID={WIN_LUX}:20250918T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T132204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:BSL – Salle Pescatore\\, 14 bd Royal
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-sentby-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   company="Banque Schuman Luxembourg", role="Responsable Compliance / MLRO", stage="hiring_manager",
                   who=("marc.thill@schumanbank.lu",)))

    uid = "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000007E4411AB0C9D2F55"
    desc = esc(
        "Dear Ms Kieffer,\n\nWe are pleased to invite you to the final round for the Head of Compliance & MLRO "
        "role. You will meet:\n- Marc Thill, Deputy CEO\n- Dr. Nathalie Arendt, Chair of the Audit & Risk "
        "Committee\n- Yves Bertemes, Chief Risk Officer\n\nPlease bring an ID for building access.\n\n"
        "Sandra Gonçalves on behalf of Marc Thill")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Thill, Marc";SENT-BY="mailto:sandra.goncalves@schumanbank.lu":mailto:marc.thill@schumanbank.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Arendt, Nathalie":mailto:nathalie.arendt@schumanbank.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bertemes, Yves":mailto:yves.bertemes@schumanbank.lu
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BSL-Board Room 6th (12)"
 :mailto:boardroom6@schumanbank.lu
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Final interview – Stéphanie Kieffer – Head of Compliance & MLRO
DTSTART;TZID="{UTC_AMS}":20251002T090000
DTEND;TZID="{UTC_AMS}":20251002T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250924T160045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:BSL-Board Room 6th (12)
{outlook_tail(seq=1)}
END:VEVENT"""
    out.append(row("outlook-final-room-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(UTC_AMS,)), uid,
                   company="Banque Schuman Luxembourg", role="Head of Compliance & MLRO", stage="final",
                   who=("marc.thill@schumanbank.lu", "nathalie.arendt@schumanbank.lu",
                        "yves.bertemes@schumanbank.lu")))

    uid = "sr-int-7731902-kfa-0f3e@smartrecruiters.com"
    desc = esc(
        "Hi Stéphanie,\n\nYour interview with Kirchberg Fund Administration has been confirmed.\n\nPosition: "
        "MLRO / Head of AML-KYC (Transfer Agency)\nInterviewers: Patrick Hengen (Conducting Officer, Risk & "
        "Compliance)\nFormat: Microsoft Teams – the link is below.\n\nNeed to reschedule? Use the link in your "
        "confirmation email.\n\n" + teams("en", "NzQ1ZmE3MjEtYzI", "Hx7pQ2") +
        "\n\nPowered by SmartRecruiters")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART;TZID=Europe/Luxembourg:20250915T103000
DTEND;TZID=Europe/Luxembourg:20250915T113000
SUMMARY:Interview: MLRO / Head of AML-KYC (Transfer Agency) - Kirchberg Fund Administration
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
ORGANIZER;CN=Kirchberg Fund Administration:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Patrick Hengen;PARTSTAT=ACCEPTED:mailto:p.hengen@kfa.lu
ATTENDEE;CN=Joëlle Faber (Recruiting Coordinator);ROLE=NON-PARTICIPANT:mailto:j.faber@kfa.lu
STATUS:CONFIRMED
END:VEVENT"""
    out.append(row("smartrecruiters-en", cal(ev, prodid="-//SmartRecruiters//Interview Scheduler//EN",
                                             tzids=("Europe/Luxembourg",)), uid,
                   company="Kirchberg Fund Administration", role="MLRO / Head of AML-KYC (Transfer Agency)",
                   stage="hiring_manager", who=("p.hengen@kfa.lu",)))

    uid = "sr-int-7731955-kfa-92ab@smartrecruiters.com"
    desc = esc(
        "Bonjour Stéphanie,\n\nComme convenu, la deuxième étape consiste en une étude de cas : vous recevrez 45 "
        "minutes avant l'entretien un dossier (nouveau client TA, structure RAIF avec UBO au Panama et en "
        "Suisse). Vous présenterez ensuite votre évaluation du risque BC/FT et vos recommandations au jury.\n\n"
        "Jury : Patrick Hengen, Carole Wirtz (Head of Transfer Agency)\nAdresse : 6, rue Eugène Ruppert, "
        "L-2453 Luxembourg\n\nJoëlle Faber\nRecruiting Coordinator – Kirchberg Fund Administration")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART;TZID=Europe/Luxembourg:20250926T090000
DTEND;TZID=Europe/Luxembourg:20250926T111500
SUMMARY:Étude de cas – évaluation risque BC/FT – Kirchberg Fund Administration
DESCRIPTION:{desc}
LOCATION:6 rue Eugène Ruppert\\, L-2453 Luxembourg
ORGANIZER;CN=Joëlle Faber:mailto:j.faber@kfa.lu
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Patrick Hengen:mailto:p.hengen@kfa.lu
ATTENDEE;CN=Carole Wirtz:mailto:c.wirtz@kfa.lu
STATUS:CONFIRMED
END:VEVENT"""
    out.append(row("case-study-fr", cal(ev, prodid="-//SmartRecruiters//Interview Scheduler//EN",
                                        tzids=("Europe/Luxembourg",)), uid,
                   company="Kirchberg Fund Administration", stage="technical",
                   who=("p.hengen@kfa.lu", "c.wirtz@kfa.lu")))

    uid = "tt-3b8d9f0e-5a6c-4e1f-b2d7-petrusse-18820@teamtailor.com"
    desc = esc(
        "Bonjour Stéphanie,\n\nMerci pour votre candidature au poste de Chief Compliance Officer chez Pétrusse "
        "Assurances. Nous vous proposons un premier entretien téléphonique de 20 minutes avec Laura Schroeder, "
        "Talent Acquisition.\n\nLaura vous appellera au numéro indiqué dans votre candidature.\n\nÀ bientôt,\n"
        "L'équipe Pétrusse Assurances\n\nVous pouvez modifier ce créneau : https://petrusse.teamtailor.com/"
        "meetings/3b8d9f0e")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART:20250911T143000Z
DTEND:20250911T145000Z
SUMMARY:Entretien téléphonique – Chief Compliance Officer
DESCRIPTION:{desc}
LOCATION:Téléphone
ORGANIZER;CN=Laura Schroeder:mailto:laura.schroeder@petrusse-assurances.lu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{USER_FREE}
URL:https://petrusse.teamtailor.com/meetings/3b8d9f0e
END:VEVENT"""
    out.append(row("teamtailor-phone-fr", cal(ev, prodid="-//Teamtailor//Teamtailor Calendar//EN"), uid,
                   company="Pétrusse Assurances", role="Chief Compliance Officer", stage="recruiter_screen",
                   who=("laura.schroeder@petrusse-assurances.lu",)))

    uid = "1A7C3E55-0B2D-4F6A-9E8C-2D4B6F8A0C1E"
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250920T183011Z
CREATED:20250920T183009Z
LAST-MODIFIED:20250920T183011Z
DTSTART:20251006T163000
DTEND:20251006T180000
SUMMARY:Pétrusse – entretien final DG + prés. comité audit
DESCRIPTION:J-P Reuter (DG) et Anne Lorang. Venir 10 min avant\\, parking Glacis. Amener liste refs
LOCATION:Pétrusse Assurances\\, 2 rue Notre-Dame
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("handtyped-floating-fr", cal(ev, prodid="-//Apple Inc.//iOS 18.5//EN", method=None), uid,
                   company="Pétrusse Assurances", stage="final", who=("J-P Reuter", "Anne Lorang")))

    uid = "6fb1b7e4-gh-interview-40921837@greenhouse.io"
    desc = esc(
        "Hi Stéphanie,\n\nThanks for making time to speak with us about the Head of AML/KYC role at Lighthouse "
        "Fund Services (Luxembourg) S.A.\n\nTechnical interview – AML/CFT frameworks (60 min)\nYou'll speak "
        "with:\n  • Rachel O'Donnell – Global Head of Financial Crime\n  • Tom Wagner – Senior Manager, "
        "Investor Due Diligence\n\nThe interview will focus on CSSF Regulation 12-02, risk-based approach for "
        "intermediaries, and investor screening.\n\nRecruiting Coordinator: Priya Natarajan (no need to add her "
        "to the call)\n\n" + zoom("en", "84512093377", "aGx3bU1zYkxq") +
        "\n\nThis invitation was sent via Greenhouse.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART;TZID=Europe/Luxembourg:20250917T150000
DTEND;TZID=Europe/Luxembourg:20250917T160000
SUMMARY:Stéphanie Kieffer <> Lighthouse Fund Services - Technical Interview
DESCRIPTION:{desc}
LOCATION:https://us06web.zoom.us/j/84512093377
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@lighthousefs.com
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Rachel O'Donnell;PARTSTAT=ACCEPTED:mailto:rachel.odonnell@lighthousefs.com
ATTENDEE;CN=Tom Wagner;PARTSTAT=ACCEPTED:mailto:tom.wagner@lighthousefs.com
STATUS:CONFIRMED
END:VEVENT"""
    out.append(row("greenhouse-zoom-en", cal(ev, prodid="-//Greenhouse Software//Greenhouse//EN",
                                             tzids=("Europe/Luxembourg",)), uid,
                   company="Lighthouse Fund Services", role="Head of AML/KYC", stage="technical",
                   who=("rachel.odonnell@lighthousefs.com", "tom.wagner@lighthousefs.com")))

    uid = "goodtime-evt-88f2c1d0a4@goodtime.io"
    desc = esc(
        "Onsite Interview – Head of AML/KYC\nCandidate: Stéphanie Kieffer\n\nSchedule (CET):\n09:30 – 10:15  "
        "Mark Ellison, Country Head Luxembourg\n10:15 – 11:00  Sophie Lentz, Head of Legal\n11:00 – 11:45  "
        "Rachel O'Donnell, Global Head of Financial Crime (Dublin, via Zoom)\n\nAddress: Lighthouse Fund "
        "Services, 33 avenue J.F. Kennedy, Kirchberg. Ask for Priya at reception.\n\nScheduled with GoodTime")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART:20251008T073000Z
DTEND:20251008T094500Z
SUMMARY:Onsite Interview: Stéphanie Kieffer - Head of AML/KYC (Lighthouse Luxembourg)
DESCRIPTION:{desc}
LOCATION:33 avenue J.F. Kennedy\\, L-1855 Luxembourg
ORGANIZER;CN=Lighthouse Recruiting:mailto:recruiting@lighthousefs.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Mark Ellison:mailto:mark.ellison@lighthousefs.com
ATTENDEE;CN=Sophie Lentz:mailto:sophie.lentz@lighthousefs.com
ATTENDEE;CN=Rachel O'Donnell:mailto:rachel.odonnell@lighthousefs.com
ATTENDEE;CN=Priya Natarajan;ROLE=NON-PARTICIPANT:mailto:priya.natarajan@lighthousefs.com
ATTENDEE;CUTYPE=RESOURCE;CN=LUX-Kirchberg-4.02 Meeting Room:mailto:lux-4.02@resource.lighthousefs.com
END:VEVENT"""
    out.append(row("goodtime-onsite-en", cal(ev, prodid="-//GoodTime.io//Scheduler//EN"), uid,
                   company="Lighthouse Fund Services", role="Head of AML/KYC", stage="onsite",
                   who=("mark.ellison@lighthousefs.com", "sophie.lentz@lighthousefs.com",
                        "rachel.odonnell@lighthousefs.com")))

    uid = "b4e8f2a6-calendly-3c1d-sure-wm-902ab7@calendly.com"
    desc = esc(
        "Event Name: Premier échange – Compliance Officer (30 min)\n\nInvitee: Stéphanie Kieffer\nInvitee "
        "Email: steph.kieffer@pt.lu\n\nQuestions:\nDisponibilité : préavis 3 mois\n\nLocation: Google Meet, "
        "details below.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/"
        "b4e8f2a6\nReschedule: https://calendly.com/reschedulings/b4e8f2a6\n\nPowered by Calendly.com")
    ev = f"""BEGIN:VEVENT
UID:{uid}
{S}
DTSTART:20250912T070000Z
DTEND:20250912T073000Z
SUMMARY:Premier échange – Compliance Officer between Benoît Colling and Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/rbq-xhmd-ptk
ORGANIZER;CN=Benoît Colling:mailto:benoit.colling@surewm.lu
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
END:VEVENT"""
    out.append(row("calendly-fr", cal(ev, prodid="-//Calendly//Calendly//EN"), uid,
                   company="Sûre Wealth Management", role="Compliance Officer",
                   who=("benoit.colling@surewm.lu",)))

    uid = "3qk9v0d1lq7j8c2r6n4t5m0b8p@google.com"
    desc = esc(
        "Hi Stéphanie – great to connect via Luc. Let's have a first chat about the MLRO role at Pfaffenthal "
        "Trust (we're 14 people, CSSF-licensed PSF, fast-growing corporate services book). I'll call you from "
        "my mobile.\n\nCheers,\nGeoffrey" + google_footer("en", USER_FREE))
    ev = f"""BEGIN:VEVENT
DTSTART:20250916T113000Z
DTEND:20250916T121500Z
{S}
ORGANIZER;CN=Geoffrey Hartmann:mailto:geoff.hartmann.lu@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Geoffrey Hartmann;X-NUM-GUESTS=0
 :mailto:geoff.hartmann.lu@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_FREE};X-NUM-GUESTS=0
 :mailto:{USER_FREE}
CREATED:20250910T094411Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250910T094418Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chat re MLRO role @ Pfaffenthal Trust
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("founder-gmail-en", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                           head="CALSCALE:GREGORIAN"), uid,
                   company="Pfaffenthal Trust", role="MLRO", who=("geoff.hartmann.lu@gmail.com",)))
    return out
