"""holdout105: the user's own interviews in Luxembourg (part 3: time shapes, cancel, reschedule)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    cal,
    esc,
    google_footer,
    meet,
    row,
    zoom,
)


def events() -> list[dict[str, object]]:
    out = []

    uid = "valorem-ta-board-meetings-2025@valorem-ta.lu"
    desc = esc(
        "Chère Madame Kieffer,\n\nComme annoncé, le processus pour le poste de MLRO / Conducting Officer se "
        "déroule en trois entretiens individuels avec les administrateurs de Valorem Transfer Agency S.A. "
        "(un par jour, même horaire) :\n- lundi : Frank Diederich (Président du CA)\n- mardi : Dr Miriam Kohn "
        "(administratrice indépendante)\n- mercredi : Paul Weyland (CEO)\n\nLieu : 12 rue Léon Laval, "
        "L-3372 Leudelange.\n\nBien à vous,\nCorinne Hansen – Office Manager")
    desc2 = esc(
        "Décalé à 16h30 à la demande de Dr Kohn (vol retardé). Même lieu.\n\nCorinne Hansen – Office Manager")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250929T080000Z
DTSTART;TZID=Europe/Luxembourg:20251020T093000
DTEND;TZID=Europe/Luxembourg:20251020T103000
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Entretien MLRO – administrateurs Valorem TA
DESCRIPTION:{desc}
LOCATION:12 rue Léon Laval\\, Leudelange
ORGANIZER;CN=Corinne Hansen:mailto:corinne.hansen@valorem-ta.lu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Frank Diederich:mailto:frank.diederich@valorem-ta.lu
ATTENDEE;CN=Miriam Kohn:mailto:miriam.kohn@valorem-ta.lu
ATTENDEE;CN=Paul Weyland:mailto:paul.weyland@valorem-ta.lu
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:{uid}
RECURRENCE-ID;TZID=Europe/Luxembourg:20251021T093000
DTSTAMP:20251016T151200Z
DTSTART;TZID=Europe/Luxembourg:20251021T163000
DTEND;TZID=Europe/Luxembourg:20251021T173000
SUMMARY:Entretien MLRO – administrateurs Valorem TA (Dr Kohn)
DESCRIPTION:{desc2}
LOCATION:12 rue Léon Laval\\, Leudelange
ORGANIZER;CN=Corinne Hansen:mailto:corinne.hansen@valorem-ta.lu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Miriam Kohn:mailto:miriam.kohn@valorem-ta.lu
SEQUENCE:1
END:VEVENT"""
    out.append(row("recurring-override-fr", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                                tzids=("Europe/Luxembourg",)), uid,
                   company="Valorem Transfer Agency", role="MLRO / Conducting Officer",
                   who=("frank.diederich@valorem-ta.lu", "miriam.kohn@valorem-ta.lu", "paul.weyland@valorem-ta.lu")))

    uid = "gcp-recr-20250922-kieffer@grundcapital.lu"
    desc = esc(
        "Dear Stéphanie,\n\nUnfortunately we have to cancel tomorrow's screening call for the Compliance Officer "
        "(AIFM) position – the role has been put on hold following an internal reorganisation. We will come "
        "back to you should it reopen.\n\nApologies for the inconvenience,\nNina Thorsen\nHR, Grund Capital "
        "Partners")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250922T163000Z
DTSTART;TZID=Europe/Luxembourg:20250923T113000
DTEND;TZID=Europe/Luxembourg:20250923T120000
SUMMARY:Canceled: Screening call – Compliance Officer (AIFM) – Grund Capital Partners
DESCRIPTION:{desc}
ORGANIZER;CN=Nina Thorsen:mailto:nina.thorsen@grundcapital.lu
ATTENDEE;CN=Stéphanie Kieffer:mailto:{USER_FREE}
STATUS:CANCELLED
SEQUENCE:2
PRIORITY:1
END:VEVENT"""
    out.append(row("cancel-screen-en", cal(ev, prodid="Microsoft Exchange Server 2010", method="CANCEL",
                                           tzids=("Europe/Luxembourg",)), uid,
                   company="Grund Capital Partners", role="Compliance Officer (AIFM)", stage="recruiter_screen",
                   who=("nina.thorsen@grundcapital.lu",)))

    uid = "ashby-interview-5c0e7a1b-2f9d-4c33-8b16-kasso@ashbyhq.com"
    desc = esc(
        "Hi Stéphanie,\n\nYour interview has been rescheduled to the new time above at Jonas's request.\n\n"
        "Kasso Payments – MLRO (EMI licence, Luxembourg)\nHiring Manager Interview with Jonas Lindqvist, "
        "Chief Risk Officer (45 min)\n\nJoin: https://meet.google.com/qze-ugth-wna\n\nSee you soon!\nThe Kasso "
        "Talent Team\n\nScheduled with Ashby")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251003T102233Z
DTSTART:20251007T140000Z
DTEND:20251007T144500Z
SUMMARY:Rescheduled: Kasso Payments | Hiring Manager Interview – MLRO
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/qze-ugth-wna
ORGANIZER;CN=Kasso Talent:mailto:talent@kasso.eu
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Jonas Lindqvist;PARTSTAT=ACCEPTED:mailto:jonas@kasso.eu
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT"""
    out.append(row("ashby-rescheduled-en", cal(ev, prodid="-//Ashby//Ashby Scheduling//EN"), uid,
                   company="Kasso Payments", role="MLRO", stage="hiring_manager", who=("jonas@kasso.eu",)))

    uid = "ashby-interview-a8812f30-77c1-4e0b-9d45-kasso@ashbyhq.com"
    desc = esc(
        "Kasso Payments – MLRO\nCompliance deep-dive (60 min)\n\nInterviewers:\n- Ines Vidal (Head of "
        "Payments Ops)\n- Jonas Lindqvist (CRO)\n\nWe'll walk through a transaction-monitoring scenario on our "
        "card-acquiring flows and talk about your approach to the EMI safeguarding and AML/CFT framework.\n\n"
        "Join: https://meet.google.com/hfw-ocpr-yxe\n\nScheduled with Ashby")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251009T081501Z
DTSTART:20251015T083000Z
DTEND:20251015T093000Z
SUMMARY:Kasso Payments | Compliance deep-dive – Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/hfw-ocpr-yxe
ORGANIZER;CN=Kasso Talent:mailto:talent@kasso.eu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Ines Vidal:mailto:ines@kasso.eu
ATTENDEE;CN=Jonas Lindqvist:mailto:jonas@kasso.eu
END:VEVENT"""
    out.append(row("ashby-technical-en", cal(ev, prodid="-//Ashby//Ashby Scheduling//EN"), uid,
                   company="Kasso Payments", role="MLRO", stage="technical",
                   who=("ines@kasso.eu", "jonas@kasso.eu")))

    uid = "0c5r7hq1u2m9v4k6s3e8b1n7d0@google.com"
    desc = esc(
        "Bonjour Stéphanie,\n\nVoici l'invitation pour notre entretien concernant le poste de Compliance "
        "Manager chez Alzette Digital Bank. Nous serons deux : Kevin Schmit (COO) et moi.\n\n"
        + meet("fr", "wpa-ksvn-gdr") + "\n\nÀ mardi,\nLéa Hansen\nPeople & Culture" + google_footer("fr", USER_FREE))
    ev = f"""BEGIN:VEVENT
DTSTART:20251028T090000Z
DTEND:20251028T100000Z
DTSTAMP:20251020T110733Z
ORGANIZER;CN=Léa Hansen:mailto:lea.hansen@alzette.bank
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Léa Hansen;X-NUM-GUESTS=0
 :mailto:lea.hansen@alzette.bank
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin Schmit;X-NUM-GUESTS=0
 :mailto:kevin.schmit@alzette.bank
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu;X-NUM-GUESTS=0
 :mailto:{USER_FREE}
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Stéphanie Kieffer / Alzette Digital Bank
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("google-xwr-fr", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                        head="CALSCALE:GREGORIAN\nX-WR-CALNAME:steph.kieffer@pt.lu\n"
                                             "X-WR-TIMEZONE:Europe/Luxembourg"), uid,
                   company="Alzette Digital Bank", role="Compliance Manager",
                   who=("lea.hansen@alzette.bank", "kevin.schmit@alzette.bank")))

    uid = "calcom-booking-R7tKq2VwXp9mLz4aHn1c@cal.com"
    desc = esc(
        "What: Intro call – Head of Compliance (Atlantis Re Luxembourg)\nInvitee time zone: Europe/Luxembourg\n"
        "Who:\n- Sam Okafor - Organizer\n  sam.okafor@atlantis-re.com\n- Stéphanie Kieffer\n  "
        "steph.kieffer@pt.lu\nWhere: Zoom\n" + zoom("en", "73390012845", "QXRsYW50aXM") +
        "\n\nNeed to reschedule or cancel? https://cal.com/booking/R7tKq2VwXp9mLz4aHn1c")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251010T130000Z
DTSTART:20251016T150000Z
DTEND:20251016T153000Z
SUMMARY:Intro call – Head of Compliance between Sam Okafor and Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:https://us06web.zoom.us/j/73390012845
ORGANIZER;CN=Sam Okafor:mailto:sam.okafor@atlantis-re.com
ATTENDEE;CN=Stéphanie Kieffer;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{USER_FREE}
STATUS:CONFIRMED
END:VEVENT"""
    out.append(row("calcom-en", cal(ev, prodid="-//Cal.com Inc.//Cal.com Event//EN"), uid,
                   company="Atlantis Re Luxembourg", role="Head of Compliance", stage="recruiter_screen",
                   who=("sam.okafor@atlantis-re.com",)))

    uid = "lever-interview-6e2d4b9a-ledgerhaus-30f1@hire.lever.co"
    desc = esc(
        "Hi Stéphanie,\n\nHere are the details for your upcoming interview with Ledgerhaus Europe.\n\n"
        "Role: Head of Compliance & MLRO (CASP, MiCA)\nInterview: Case interview – MiCA & Travel Rule\n"
        "Panel: Arnaud Petit (General Counsel), Yuki Tanaka (Head of Product)\nCoordinator: Mia Schuster\n\n"
        "Please have a copy of the case pack we sent you open during the call.\n\n"
        + zoom("en", "66120398471", "TGVkZ2VyaGF1cw") + "\n\nSent via Lever")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251022T092000Z
DTSTART;TZID=Europe/Luxembourg:20251030T140000
DTEND;TZID=Europe/Luxembourg:20251030T153000
SUMMARY:Stéphanie Kieffer – Case interview (Head of Compliance & MLRO) – Ledgerhaus
DESCRIPTION:{desc}
LOCATION:Zoom
ORGANIZER;CN=Mia Schuster:mailto:mia.schuster@ledgerhaus.eu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Arnaud Petit:mailto:arnaud.petit@ledgerhaus.eu
ATTENDEE;CN=Yuki Tanaka:mailto:yuki.tanaka@ledgerhaus.eu
END:VEVENT"""
    out.append(row("lever-case-en", cal(ev, prodid="-//Lever//Lever Hire//EN", tzids=("Europe/Luxembourg",)), uid,
                   company="Ledgerhaus Europe", role="Head of Compliance & MLRO (CASP, MiCA)", stage="technical",
                   who=("arnaud.petit@ledgerhaus.eu", "yuki.tanaka@ledgerhaus.eu")))
    return out
