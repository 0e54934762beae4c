"""holdout105: negatives that are not the user's job interviews (part 1: interview-ish wording)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    USER_WORK,
    WIN_LUX,
    cal,
    esc,
    google_footer,
    outlook_tail,
    row,
    teams,
    zoom,
)

BMP = "banque-moselle-privee.lu"


def _ev(uid: str, summary: str, start: str, end: str, desc: str, *, loc: str = "", org: str = "",
        att: tuple[str, ...] = (), extra: str = "") -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250905T120000Z", start, end, f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    if org:
        lines.append(f"ORGANIZER;{org}")
    lines.extend(f"ATTENDEE;{a}" for a in att)
    if extra:
        lines.append(extra)
    lines.append("END:VEVENT")
    return "\n".join(lines)


def events() -> list[dict[str, object]]:
    out = []
    lux = ("Europe/Luxembourg",)

    uid = "mock-iv-thome-20251001@coaching-thome.lu"
    ev = _ev(uid, "Mock interview – Head of Compliance (coaching Isabelle Thomé)",
             "DTSTART;TZID=Europe/Luxembourg:20251001T180000", "DTEND;TZID=Europe/Luxembourg:20251001T193000",
             "Séance 3/4 : simulation d'entretien final face à un comité (Isabelle joue le CEO). Filmée pour "
             "débrief. Apporter la présentation « 100 premiers jours ».\n\nIsabelle Thomé – Executive Coaching",
             loc="Zoom", org="CN=Isabelle Thomé:mailto:isabelle@coaching-thome.lu",
             att=(f"CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}",))
    out.append(row("mock-interview-fr", cal(ev, prodid="-//Calendly//Calendly//EN", tzids=lux), uid, iv=0))

    uid = "webinar-abf-entretien-finance-2025@livestorm.co"
    desc = ("Merci pour votre inscription !\n\nWebinaire : Réussir son entretien de recrutement dans la finance "
            "– les questions pièges pour les fonctions de contrôle (Compliance, Risk, Audit)\nIntervenants : "
            "deux recruteurs spécialisés et une DRH de banque privée\n\nRejoindre : https://app.livestorm.co/"
            "p/abf-webinar/live\n\nAssociation Luxembourgeoise des Compliance Officers")
    ev = _ev(uid, "Webinaire : Réussir son entretien de recrutement dans la finance",
             "DTSTART:20250918T110000Z", "DTEND:20250918T120000Z", desc, loc="https://app.livestorm.co",
             org="CN=ALCO Events:mailto:events@alco.lu", att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(row("webinar-fr", cal(ev, prodid="-//Livestorm//Livestorm//EN"), uid, iv=0))

    uid = "040000008200E00074C5B7101A82E0080000000099887766AABBDC0100000000000000001000000012341234ABCDABCD"
    desc = esc("Formation obligatoire pour les managers qui recrutent : conduire un entretien structuré, "
               "questions interdites, biais de recrutement, obligations légales (Code du travail, "
               "non-discrimination).\n\nFormatrice : Me Sandrine Wolff\n\nAcadémie interne BMP")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Academie, BMP":mailto:academie@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Formation – Mener un entretien de recrutement (managers)
DTSTART;TZID={WIN_LUX}:20250910T090000
DTEND;TZID={WIN_LUX}:20250910T123000
DTSTAMP:20250825T080000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Salle de formation RDC
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(row("class-interviewing-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   iv=0))

    uid = "podcast-amltalks-ep42@riverside.fm"
    desc = ("Hi Stéphanie,\n\nThanks again for agreeing to be interviewed for AML Talks (episode 42: "
            "'Beneficial ownership registers after the CJEU ruling'). Recording on Riverside, ~45 minutes, "
            "headphones please.\n\nStudio link: https://riverside.fm/studio/aml-talks\n\nOwen Price, host")
    ev = _ev(uid, "Podcast interview – AML Talks ep. 42 (S. Kieffer)", "DTSTART:20251006T150000Z",
             "DTEND:20251006T160000Z", desc, loc="https://riverside.fm/studio/aml-talks",
             org="CN=Owen Price:mailto:owen@amltalks.fm",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(row("podcast-interview-en", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN"), uid, iv=0))

    uid = "040000008200E00074C5B7101A82E00800000000FACE0000B00CDC0100000000000000001000000000AA11BB22CC33DD"
    desc = esc("Interview pour le dossier « Les gardiens de la conformité » – Finanzmagazin Lëtzebuerg. "
               "Journaliste : Sébastien Klopp. Relecture des citations par la Communication (Claire) avant "
               "publication. Pas de commentaire sur des dossiers clients.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Communication, BMP":mailto:communication@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=s.klopp@finanzmagazin.lu:mailto:s.klopp@finanzmagazin.lu
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Interview presse – Finanzmagazin (S. Kieffer)
DTSTART;TZID={WIN_LUX}:20251008T110000
DTEND;TZID={WIN_LUX}:20251008T114500
DTSTAMP:20251001T090000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Salle Pétrusse
{outlook_tail()}
END:VEVENT"""
    out.append(row("press-interview-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   iv=0))

    uid = "ur-session-2291-regscope@userinterviews.com"
    desc = ("Thanks for signing up! You're confirmed for a 45-minute user research interview about how "
            "compliance teams handle periodic KYC reviews. You'll receive a EUR 100 voucher after the "
            "session.\n\nResearcher: Hannah Lee, RegScope Product Team\n\n" + zoom("en", "81200457731", "UmVnU2NvcGU"))
    ev = _ev(uid, "User research interview – RegScope (45 min)", "DTSTART:20250929T140000Z",
             "DTEND:20250929T144500Z", desc, loc="Zoom", org="CN=User Interviews:mailto:noreply@userinterviews.com",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}", "CN=Hannah Lee:mailto:hannah@regscope.io"))
    out.append(row("user-research-en", cal(ev, prodid="-//User Interviews//Scheduler//EN"), uid, iv=0))

    uid = "040000008200E00074C5B7101A82E0080000000033CC33CC44DDDC0100000000000000001000000066EE66EE77FF77FF"
    desc = esc("Entretien KYC – renouvellement du dossier de M. Henrik Hansen (relation n° 004-22871). "
               "Points : origine des fonds de la cession de société (2024), mise à jour UBO holding SPF, "
               "questionnaire FATCA/CRS. Chargée de relation : Anne-Marie Berens.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Berens, Anne-Marie":mailto:annemarie.berens@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien KYC client – M. Hansen (renouvellement)
DTSTART;TZID={WIN_LUX}:20250917T100000
DTEND;TZID={WIN_LUX}:20250917T113000
DTSTAMP:20250910T070000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Salon clients 1
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(row("kyc-client-interview-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)),
                   uid, iv=0))

    uid = "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC010000000000000000100000004D4D5E5E6F6F7A7A"
    desc = esc("Contrôle sur place CSSF – volet LBC/FT. Réunion d'ouverture avec l'équipe d'inspection "
               "(2 agents du service Surveillance des banques). Présents : CCO, Head of AML/KYC, MLRO adjoint."
               "\nDocuments demandés : évaluation des risques, procédures, échantillon de 40 dossiers.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Majerus, Jeff":mailto:jeff.majerus@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:CSSF – réunion d'ouverture contrôle sur place LBC/FT
DTSTART;TZID={WIN_LUX}:20251013T093000
DTEND;TZID={WIN_LUX}:20251013T113000
DTSTAMP:20251001T080000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Salle du Conseil
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(row("regulator-meeting-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   iv=0))

    uid = "bmp-training-aml-pb-2025-q4@banque-moselle-privee.lu"
    ev = _ev(uid, "Formation AML annuelle – équipe Private Banking (animée par S. Kieffer)",
             "DTSTART;TZID=Europe/Luxembourg:20251107T140000", "DTEND;TZID=Europe/Luxembourg:20251107T160000",
             "Module 2025 : typologies CRF, sanctions, signaux d'alerte sur les virements entrants. QCM final.",
             loc="Auditorium", org=f"CN=Stéphanie Kieffer:mailto:{USER_WORK}",
             att=(f"CN=PB Team Luxembourg:mailto:pb-lux@{BMP}",))
    out.append(row("training-she-runs-fr", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                               tzids=lux), uid, iv=0))

    uid = "040000008200E00074C5B7101A82E00800000000AD17AD17BE28DC01000000000000000010000000CF39CF39D04AD04A"
    desc = esc("Entretien annuel d'évaluation 2025 – Stéphanie Kieffer avec Jeff Majerus (CCO).\nMerci de "
               "compléter votre auto-évaluation dans l'outil RH avant la réunion (objectifs, formations, "
               "souhaits d'évolution).")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Majerus, Jeff":mailto:jeff.majerus@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien annuel – S. Kieffer / J. Majerus
DTSTART;TZID={WIN_LUX}:20251204T150000
DTEND;TZID={WIN_LUX}:20251204T163000
DTSTAMP:20251103T100000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Bureau J. Majerus
{outlook_tail()}
END:VEVENT"""
    out.append(row("own-appraisal-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   iv=0))

    uid = "bmp-hr-exit-interview-kieffer-2026@banque-moselle-privee.lu"
    ev = _ev(uid, "Exit interview – Stéphanie Kieffer", "DTSTART;TZID=Europe/Luxembourg:20260126T100000",
             "DTEND;TZID=Europe/Luxembourg:20260126T104500",
             "Entretien de départ avec les RH (confidentiel). Restitution badge, laptop et token le dernier jour.",
             loc="RH – 2e étage", org=f"CN=Nadine Welter:mailto:nadine.welter@{BMP}",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_WORK}",))
    out.append(row("own-exit-interview-fr", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                                tzids=lux), uid, iv=0))

    uid = "1u4i7o0p3l6k9j2h5g8f1d4s7a@google.com"
    desc = ("Coffee with Luc – he moved to KFA's risk team last year; informal chat about how the fund admin "
            "world looks from the inside. Not a job conversation, just catching up." + google_footer("en", USER_FREE))
    ev = _ev(uid, "Coffee w/ Luc Bertrand", "DTSTART:20250911T160000Z", "DTEND:20250911T170000Z", desc,
             loc="Konrad Café, rue du Nord", org=f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",
             att=("CN=Luc Bertrand:mailto:luc.bertrand77@gmail.com",))
    out.append(row("coffee-chat-en", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN"), uid, iv=0))

    uid = "luxfin-careers-fair-2025@luxexpo.lu"
    ev = _ev(uid, "Luxembourg Finance Careers Fair", "DTSTART;VALUE=DATE:20251112",
             "DTEND;VALUE=DATE:20251113",
             "Salon de l'emploi finance – Luxexpo The Box. Stands banques, fonds, Big 4. Amener 10 CV. "
             "Conférence 14h « Compliance : les profils recherchés ».", loc="Luxexpo The Box, Kirchberg",
             extra="TRANSP:TRANSPARENT")
    out.append(row("job-fair-allday-fr", cal(ev, prodid="-//Apple Inc.//iOS 18.5//EN", method=None), uid, iv=0))

    uid = "ref-call-hoffmann-2025@lighthousefs.com"
    desc = ("Hi Stéphanie,\n\nNadia Hoffmann has given your name as a referee for a Compliance Analyst role in "
            "our team. Would this time work for a 20-minute reference call? I'll call your mobile.\n\nMany "
            "thanks,\nPriya Natarajan\nRecruiting Coordinator, Lighthouse Fund Services")
    ev = _ev(uid, "Reference call – Nadia Hoffmann (referee: Stéphanie Kieffer)", "DTSTART:20251103T103000Z",
             "DTEND:20251103T105000Z", desc, loc="Phone",
             org="CN=Priya Natarajan:mailto:priya.natarajan@lighthousefs.com",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(row("reference-call-referee-en", cal(ev, prodid="-//Greenhouse Software//Greenhouse//EN"), uid, iv=0))

    uid = "exec-search-confidential-0917@stirling-partners.eu"
    desc = ("Dear Stéphanie,\n\nThank you for taking my call. As mentioned, I am retained on a confidential "
            "Head of Compliance mandate for a private bank (Luxembourg, c. 200 staff). I cannot share the "
            "client's name at this stage. Let's discuss your background and motivation.\n\nRegards,\n"
            "Alexandra Voss\nStirling Partners")
    ev = _ev(uid, "Call Alexandra Voss – confidential mandate", "DTSTART:20250904T163000Z",
             "DTEND:20250904T170000Z", desc, loc="Teams", org="CN=Alexandra Voss:mailto:a.voss@stirling-partners.eu",
             att=(f"CN=Stéphanie Kieffer:mailto:{USER_FREE}",))
    out.append(row("recruiter-no-employer-en", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
                   uid, iv=0))

    uid = "040000008200E00074C5B7101A82E00800000000CAFEBABE0001DC0100000000000000001000000000000000DEADBEEF"
    desc = esc("Internal Audit – AML process walkthrough (audit 2025-07 'Periodic KYC review').\nAuditors "
               "will interview the Head of AML/KYC on the review cycle, sampling and escalation. Please have "
               "the procedure and the Q2 MI pack ready.\n\n" + teams("en", "MzI0NjU3NzctYjk", "IA25wk"))
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Schiltz, Marc":mailto:marc.schiltz@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:IA interview – Periodic KYC review walkthrough
DTSTART;TZID={WIN_LUX}:20250919T100000
DTEND;TZID={WIN_LUX}:20250919T113000
DTSTAMP:20250911T090000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{outlook_tail()}
END:VEVENT"""
    out.append(row("internal-audit-interview-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)),
                   uid, iv=0))
    return out
