"""holdout105: the user's own interviews in Luxembourg (part 2)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    WIN_LUX,
    cal,
    esc,
    outlook_tail,
    row,
    teams,
    zoom,
)


def events() -> list[dict[str, object]]:
    out = []

    uid = "SF-INTV-000418822-BDGD"
    desc = esc(
        "Madame Kieffer,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Responsable "
        "Conformité – Banque Dépositaire (réf. 4471).\n\nVous rencontrerez Mme Isabelle Koch, Chief Compliance "
        "Officer, ainsi que Mme Tania Pereira, HR Business Partner.\n\nAdresse : Banque Dépositaire du "
        "Grand-Duché S.A., 41 route d'Esch, L-1470 Luxembourg.\n\nCordialement,\nService Recrutement BDGD\n\n"
        "Ce message a été généré par SAP SuccessFactors Recruiting.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250904T101500Z
DTSTART;TZID=Europe/Luxembourg:20250923T100000
DTEND;TZID=Europe/Luxembourg:20250923T110000
SUMMARY:Invitation entretien – Responsable Conformité Banque Dépositaire (4471)
DESCRIPTION:{desc}
LOCATION:41 route d'Esch\\, L-1470 Luxembourg
ORGANIZER;CN=BDGD Recrutement:mailto:recrutement@bdgd.lu
ATTENDEE;CN=Stéphanie Kieffer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Isabelle Koch;ROLE=REQ-PARTICIPANT:mailto:isabelle.koch@bdgd.lu
ATTENDEE;CN=Tania Pereira;ROLE=REQ-PARTICIPANT:mailto:tania.pereira@bdgd.lu
STATUS:CONFIRMED
END:VEVENT"""
    out.append(row("successfactors-fr", cal(ev, prodid="-//SAP SuccessFactors//Recruiting//FR",
                                            tzids=("Europe/Luxembourg",)), uid,
                   company="Banque Dépositaire du Grand-Duché", role="Responsable Conformité Banque Dépositaire",
                   stage="hiring_manager", who=("isabelle.koch@bdgd.lu", "tania.pereira@bdgd.lu")))

    uid = "040000008200E00074C5B7101A82E0080000000044AA1F0B0F22DC01000000000000000010000000C3E92F1D77B0A841"
    body = (
        "Dear Stéphanie,\n\nFurther to our call, I'm delighted to confirm your interview with Ardennes Life "
        "Luxembourg for the Head of Compliance position.\n\nYou will meet Olivier Mersch, CEO. I will not join "
        "the meeting but will call you afterwards for a debrief.\n\nAddress: Ardennes Life, 7 rue de Bitbourg, "
        "L-1273 Luxembourg-Hamm.\n\nBest regards,\nHugo Delacroix\nPrincipal | Boulevard Royal Search\n"
        "+352 26 20 44 81")
    alt = ("<html><body><p>Dear Stéphanie,</p><p>Further to our call, I'm delighted to confirm your interview "
           "with <b>Ardennes Life Luxembourg</b> for the <b>Head of Compliance</b> position.</p><p>You will meet "
           "Olivier Mersch, CEO.</p><p>Hugo Delacroix<br>Principal | Boulevard Royal Search</p></body></html>")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Delacroix, Hugo":mailto:hugo.delacroix@boulevardroyalsearch.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mersch, Olivier":mailto:olivier.mersch@ardenneslife.lu
DESCRIPTION;LANGUAGE=en-GB:{esc(body)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Interview Ardennes Life – Head of Compliance – S. Kieffer / O. Mersch
DTSTART;TZID={WIN_LUX}:20251014T170000
DTEND;TZID={WIN_LUX}:20251014T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T082730Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Ardennes Life\\, 7 rue de Bitbourg\\, Luxembourg-Hamm
X-ALT-DESC;FMTTYPE=text/html:{esc(alt)}
{outlook_tail()}
END:VEVENT"""
    out.append(row("agency-outlook-altdesc-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)),
                   uid, company="Ardennes Life Luxembourg", role="Head of Compliance", stage="hiring_manager",
                   who=("olivier.mersch@ardenneslife.lu",)))

    uid = "AAMkAGRmZjEzYmQ1LWE5YjAtNDA3Ni1hZWJkLTc1YjA5NzY3ZmQzNgBGAAAAAAC7Pa0Bookings=="
    desc = esc(
        "Rendez-vous confirmé\n\nService : Entretien RH – Head of Compliance\nAvec : Véronique Scholtes\n"
        "Durée : 45 minutes\n\nArdennes Life Luxembourg – Ressources Humaines\n\n"
        + teams("fr", "ZjA0MmQ1NzEtNTk", "Ab3kT9") +
        "\n\nPour annuler ou reprogrammer : https://outlook.office365.com/owa/calendar/ArdennesLifeRH@"
        "ardenneslife.lu/bookings/")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251001T120102Z
DTSTART;TZID=Romance Standard Time:20251009T113000
DTEND;TZID=Romance Standard Time:20251009T121500
SUMMARY:Entretien RH – Head of Compliance avec Véronique Scholtes
DESCRIPTION:{desc}
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=Ardennes Life RH:mailto:ArdennesLifeRH@ardenneslife.lu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Véronique Scholtes:mailto:veronique.scholtes@ardenneslife.lu
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    out.append(row("ms-bookings-fr", cal(ev, prodid="Microsoft Exchange Server 2010",
                                         tzids=("Romance Standard Time",)), uid,
                   company="Ardennes Life Luxembourg", role="Head of Compliance", stage="recruiter_screen",
                   who=("veronique.scholtes@ardenneslife.lu",)))

    uid = "8d7c1e20-4b5a-11f0-9f3c-bankeislek@bankeislek.lu"
    desc = esc(
        "Moien Stéphanie,\n\nwéi um Telefon ofgeschwat, hei d'Invitatioun fir e Gespréich mam Direkter, Här "
        "Roger Hoffmann, fir de Poste vum Responsabel Compliance.\n\nPlaz: Bank Éislek, 3 Grand-Rue, L-9530 "
        "Wiltz – 2. Stack.\n\nBis geschwënn,\nMireille Kremer\nPersonalabteilung")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250919T140000Z
DTSTART;TZID=Europe/Luxembourg:20250930T153000
DTEND;TZID=Europe/Luxembourg:20250930T163000
SUMMARY:Gespréich mam Direkter – Responsabel Compliance
DESCRIPTION:{desc}
LOCATION:Bank Éislek\\, 3 Grand-Rue\\, Wiltz
ORGANIZER;CN=Mireille Kremer:mailto:m.kremer@bankeislek.lu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Roger Hoffmann:mailto:r.hoffmann@bankeislek.lu
END:VEVENT"""
    out.append(row("direct-lb", cal(ev, prodid="-//Open-Xchange//7.10.6-Rev60//EN",
                                    tzids=("Europe/Luxembourg",)), uid,
                   company="Bank Éislek", role="Responsabel Compliance", stage="hiring_manager",
                   who=("r.hoffmann@bankeislek.lu",)))

    uid = "workable-9f4c2e1a7b3d-interview@workablemail.com"
    desc = esc(
        "Hello Stéphanie,\n\nYou have an interview for Director – Financial Crime Advisory at Castell & Partners "
        "Luxembourg.\n\nInterview: AML look-back case discussion (60 minutes)\nWith: Henrik Sørensen (Partner), "
        "Maud Feltgen (Director, Regulatory)\n\nYou will be given a redacted look-back scenario (correspondent "
        "banking, 18 months of alerts) and asked how you would scope, staff and report it.\n\n"
        + zoom("en", "91844260731", "Q2FzdGVsbDAx", host="castell") +
        "\n\nSent by Workable on behalf of Castell & Partners")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250925T091100Z
DTSTART:20251013T120000Z
DTEND:20251013T130000Z
SUMMARY:Interview with Castell & Partners: Director – Financial Crime Advisory
DESCRIPTION:{desc}
LOCATION:Zoom
ORGANIZER;CN=Castell & Partners:mailto:castell-partners@workablemail.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{USER_FREE}
ATTENDEE;CN=Henrik Sørensen:mailto:henrik.sorensen@castellpartners.lu
ATTENDEE;CN=Maud Feltgen:mailto:maud.feltgen@castellpartners.lu
END:VEVENT"""
    out.append(row("workable-case-en", cal(ev, prodid="-//Workable//Workable Calendar//EN"), uid,
                   company="Castell & Partners", role="Director – Financial Crime Advisory", stage="technical",
                   who=("henrik.sorensen@castellpartners.lu", "maud.feltgen@castellpartners.lu")))

    uid = "icims-event-2025-4471-88213@icims.com"
    desc = esc(
        "Interview Confirmation\n\nCandidate: Stéphanie Kieffer\nRequisition: 2025-4471 – Senior Manager, "
        "Regulatory Compliance (Luxembourg)\nInterview Type: Phone Interview\nInterviewer: Deborah Klein, "
        "Experienced Hire Recruitment\n\nDeborah will call you at the number on your profile. If you need to "
        "change the time please reply to this email.\n\nMoorfield Lang Luxembourg | Equal Opportunity Employer")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250903T153300Z
DTSTART;TZID=Europe/Luxembourg:20250910T090000
DTEND;TZID=Europe/Luxembourg:20250910T093000
SUMMARY:Interview Confirmation - Senior Manager\\, Regulatory Compliance (2025-4471)
DESCRIPTION:{desc}
LOCATION:Phone Interview
ORGANIZER;CN=Moorfield Lang Careers:mailto:careers-noreply@moorfieldlang.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Deborah Klein:mailto:deborah.klein@moorfieldlang.com
END:VEVENT"""
    out.append(row("icims-phone-en", cal(ev, prodid="-//iCIMS//Interview Scheduling//EN",
                                         tzids=("Europe/Luxembourg",)), uid,
                   company="Moorfield Lang", role="Senior Manager, Regulatory Compliance", stage="recruiter_screen",
                   who=("deborah.klein@moorfieldlang.com",)))

    uid = "040000008200E00074C5B7101A82E00800000000E07A55C2A332DC01000000000000000010000000FFD02A9B3E61C74D"
    desc = esc(
        "Hello Stéphanie,\n\nAs discussed with Deborah, I'd like to invite you to a conversation with myself and "
        "Julia Brandenburger (Partner, Risk Advisory) – this is the partner round for the Senior Manager, "
        "Regulatory Compliance role.\n\n" + teams("en", "OTcxMmE0MDItZjE", "Lk8sD1") +
        "\n\nKind regards,\nAlain Reding\nPartner | Moorfield Lang Luxembourg")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Reding, Alain":mailto:alain.reding@moorfieldlang.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brandenburger, Julia":mailto:julia.brandenburger@moorfieldlang.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Klein, Deborah":mailto:deborah.klein@moorfieldlang.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Partner round – S. Kieffer (Sr Mgr Regulatory Compliance)
DTSTART;TZID={WIN_LUX}:20251021T180000
DTEND;TZID={WIN_LUX}:20251021T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T071900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-partner-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid,
                   company="Moorfield Lang", role="Senior Manager, Regulatory Compliance", stage="final",
                   who=("alain.reding@moorfieldlang.com", "julia.brandenburger@moorfieldlang.com")))
    return out
