"""holdout105: the user's own interviews in Brussels (part 1)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_FREE,
    UTC_BXL,
    WIN_BXL,
    cal,
    esc,
    google_footer,
    meet,
    outlook_tail,
    row,
    teams,
)


def events() -> list[dict[str, object]]:
    out = []

    uid = "040000008200E00074C5B7101A82E0080000000007F3C1A9E429DC0100000000000000001000000054C3D2E1F0A9B817"
    desc = esc(
        "Chère Madame Kieffer,\n\nJe vous confirme notre rendez-vous pour le poste de Head of Compliance "
        "(Bruxelles). Je serai accompagné de Mme Hélène Dewulf, Chief Risk Officer.\n\nAdresse : Banque du "
        "Sablon, rue de la Régence 58, 1000 Bruxelles. Présentez-vous à l'accueil.\n\nBien à vous,\nGuillaume "
        "Verhaegen\nDirecteur Juridique & Conformité")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Verhaegen, Guillaume":mailto:guillaume.verhaegen@banquedusablon.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dewulf, Hélène":mailto:helene.dewulf@banquedusablon.be
DESCRIPTION;LANGUAGE=fr-BE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-BE:Rencontre S. Kieffer – Head of Compliance
DTSTART;TZID={WIN_BXL}:20250925T143000
DTEND;TZID={WIN_BXL}:20250925T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250917T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Rue de la Régence 58\\, 1000 Bruxelles
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-romance-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_BXL,)), uid,
                   company="Banque du Sablon", role="Head of Compliance", stage="hiring_manager",
                   who=("guillaume.verhaegen@banquedusablon.be", "helene.dewulf@banquedusablon.be")))

    uid = "040000008200E00074C5B7101A82E00800000000A2B3C4D5E63FDC01000000000000000010000000C0FFEE00BADA5511"
    desc = esc(
        "Madame,\n\nPour ce dernier tour, vous rencontrerez le Comité de direction : M. Philippe Lambotte "
        "(CEO), Mme Hélène Dewulf (CRO) et M. Guillaume Verhaegen.\nUne présentation de 10 minutes de votre "
        "vision de la fonction Compliance à 100 jours est attendue.\n\nCordialement,\nIsabelle Maes, "
        "assistante de direction")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Maes, Isabelle":mailto:isabelle.maes@banquedusablon.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu:mailto:{USER_FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lambotte, Philippe":mailto:philippe.lambotte@banquedusablon.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dewulf, Hélène":mailto:helene.dewulf@banquedusablon.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Verhaegen, Guillaume":mailto:guillaume.verhaegen@banquedusablon.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="BXL-Régence-Salle du Conseil":mailto:salleconseil@banquedusablon.be
DESCRIPTION;LANGUAGE=fr-BE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-BE:Entretien final – Comité de direction – Mme Kieffer
DTSTART;TZID="{UTC_BXL}":20251015T100000
DTEND;TZID="{UTC_BXL}":20251015T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T085959Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL-Régence-Salle du Conseil
{outlook_tail()}
END:VEVENT"""
    out.append(row("outlook-final-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(UTC_BXL,)), uid,
                   company="Banque du Sablon", stage="final",
                   who=("philippe.lambotte@banquedusablon.be", "helene.dewulf@banquedusablon.be",
                        "guillaume.verhaegen@banquedusablon.be")))

    uid = "wd-ardent-4c7e99a1-0b2f@myworkday.com"
    desc = esc(
        "Dear Stéphanie Kieffer,\n\nWe are pleased to invite you to an interview.\n\nJob: JR-7720 Chief "
        "Compliance Officer (Belgium)\nInterview: Recruiter Interview\nInterviewer: Koen De Smet – Senior "
        "Talent Acquisition Partner\nFormat: Microsoft Teams\n\n" + teams("en", "ZDg4MmM1NTItYTg", "Ar7Dn2") +
        "\n\nArdent Insurance – Talent Acquisition")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250910T121000Z
DTSTART:20250919T123000Z
DTEND:20250919T131500Z
SUMMARY:Interview Invitation: JR-7720 Chief Compliance Officer (Belgium)
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
ORGANIZER;CN=Ardent Insurance Talent Acquisition:mailto:ardent@myworkday.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Koen De Smet:mailto:koen.desmet@ardent-insurance.be
END:VEVENT"""
    out.append(row("workday-teams-en", cal(ev, prodid="-//Workday Inc//Workday Calendar//EN"), uid,
                   company="Ardent Insurance", role="Chief Compliance Officer (Belgium)", stage="recruiter_screen",
                   who=("koen.desmet@ardent-insurance.be",)))

    uid = "2m7p0c4n8s1w6y3a5f9h0k2q4e@google.com"
    desc = esc(
        "Bonjour Stéphanie,\n\nComme convenu, voici l'invitation pour l'entretien technique (Senior Manager – "
        "Forensic & AML). Nous discuterons d'un cas de due diligence renforcée sur une PEP et d'une mission "
        "de revue indépendante du dispositif LBC/FT d'un établissement de paiement.\n\nValérie Janssens, "
        "Partner\nThibault Renard, Director\n\n" + meet("fr", "vap-ztxq-kmr") + google_footer("fr", USER_FREE))
    ev = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251001T090000
DTEND;TZID=Europe/Brussels:20251001T101500
DTSTAMP:20250924T160000Z
ORGANIZER;CN=Valérie Janssens:mailto:valerie.janssens@vap-audit.be
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valérie Janssens;X-NUM-GUESTS=0
 :mailto:valerie.janssens@vap-audit.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thibault Renard;X-NUM-GUESTS=0
 :mailto:thibault.renard@vap-audit.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steph.kieffer@pt.lu;X-NUM-GUESTS=0
 :mailto:{USER_FREE}
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VAP – entretien technique Forensic & AML – S. Kieffer
TRANSP:OPAQUE
END:VEVENT"""
    out.append(row("google-meet-fr", cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                         tzids=("Europe/Brussels",)), uid,
                   company="Van Aelst & Peeters", role="Senior Manager – Forensic & AML", stage="technical",
                   who=("valerie.janssens@vap-audit.be", "thibault.renard@vap-audit.be")))

    uid = "tt-91a0c7e2-ixelles-am-77102@teamtailor.com"
    desc = esc(
        "Bonjour Stéphanie,\n\nNous avons le plaisir de vous inviter à un entretien avec Frédéric Dumont, "
        "Managing Director, pour le poste de Compliance Officer & AMLCO.\n\nAdresse : Ixelles Asset "
        "Management, avenue Louise 250, 1050 Bruxelles.\n\nÀ très bientôt,\nL'équipe RH d'Ixelles AM\n\n"
        "Modifier le créneau : https://ixellesam.teamtailor.com/meetings/91a0c7e2")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250922T081500Z
DTSTART:20250930T080000Z
DTEND:20250930T090000Z
SUMMARY:Entretien avec Frédéric Dumont – Compliance Officer & AMLCO
DESCRIPTION:{desc}
LOCATION:Avenue Louise 250\\, 1050 Bruxelles
ORGANIZER;CN=Ixelles Asset Management:mailto:jobs@ixelles-am.be
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Frédéric Dumont:mailto:frederic.dumont@ixelles-am.be
END:VEVENT"""
    out.append(row("teamtailor-fr", cal(ev, prodid="-//Teamtailor//Teamtailor Calendar//EN"), uid,
                   company="Ixelles Asset Management", role="Compliance Officer & AMLCO", stage="hiring_manager",
                   who=("frederic.dumont@ixelles-am.be",)))

    uid = "20251007T184201Z-4471-1000-1-12@stephanie-laptop"
    ev = f"""BEGIN:VEVENT
CREATED:20251007T184201Z
LAST-MODIFIED:20251007T184201Z
DTSTAMP:20251007T184201Z
UID:{uid}
SUMMARY:Ixelles AM 2e tour (Dumont + associée)
DTSTART;TZID=Europe/Brussels:20251013T140000
DTEND;TZID=Europe/Brussels:20251013T153000
LOCATION:av. Louise 250
DESCRIPTION:train 10h12 Lux-Bxl Lux. Prendre CV papier.
X-MOZ-GENERATION:1
END:VEVENT"""
    out.append(row("thunderbird-2e-tour-fr", cal(ev, prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                                                 method=None, tzids=("Europe/Brussels",)), uid,
                   company="Ixelles Asset Management", who=("Dumont",)))

    uid = "webex-mtg-2650-93817-cinquantenaire@webex.com"
    desc = esc(
        "Dear Stéphanie,\n\nThank you for progressing to the final stage for the role of MLRO at Cinquantenaire "
        "Clearing SA/NV. You will meet Annelies Peeters (CEO) and Dr Karim Haddad (Chair, Risk Committee).\n\n"
        "Join Webex meeting\nhttps://cinquantenaire.webex.com/cinquantenaire/j.php?MTID=m8a4e2f\nMeeting "
        "number (access code): 2650 938 17\nMeeting password: Cq7mL2\n\nJoin by phone\n+32-2-894-8520 Belgium "
        "Toll\n\nBest regards,\nSophie Willems, HR Business Partner")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251012T071500Z
DTSTART;TZID=Europe/Brussels:20251027T160000
DTEND;TZID=Europe/Brussels:20251027T170000
SUMMARY:Final interview – MLRO – Cinquantenaire Clearing
DESCRIPTION:{desc}
LOCATION:Webex
ORGANIZER;CN=Sophie Willems:mailto:sophie.willems@cinquantenaire-clearing.eu
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
ATTENDEE;CN=Annelies Peeters:mailto:annelies.peeters@cinquantenaire-clearing.eu
ATTENDEE;CN=Karim Haddad:mailto:karim.haddad@cinquantenaire-clearing.eu
END:VEVENT"""
    out.append(row("webex-final-en", cal(ev, prodid="-//Cisco//Webex//EN", tzids=("Europe/Brussels",)), uid,
                   company="Cinquantenaire Clearing", role="MLRO", stage="final",
                   who=("annelies.peeters@cinquantenaire-clearing.eu", "karim.haddad@cinquantenaire-clearing.eu")))

    uid = "rf-8812-dyle-kieffer@ryderfinch.com"
    desc = esc(
        "Stéphanie – as discussed, a first screening call for the Head of Compliance opening at Dyle Re "
        "(Brussels reinsurer, reports to the CEO, board access). I'll go through your background and the "
        "brief with you before presenting your profile to the client.\n\nI'll call you on your mobile.\n\n"
        "Eleanor Marsh\nRyder Finch Executive Search")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250905T094500Z
DTSTART;TZID=Europe/Brussels:20250908T173000
DTEND;TZID=Europe/Brussels:20250908T180000
SUMMARY:Call Eleanor Marsh (Ryder Finch) re Dyle Re – Head of Compliance
DESCRIPTION:{desc}
LOCATION:Phone
ORGANIZER;CN=Eleanor Marsh:mailto:eleanor.marsh@ryderfinch.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_FREE}
END:VEVENT"""
    out.append(row("agency-screen-en", cal(ev, prodid="-//Microsoft Corporation//Outlook for Mac 16.89//EN",
                                           tzids=("Europe/Brussels",)), uid,
                   company="Dyle Re", role="Head of Compliance", stage="recruiter_screen",
                   who=("eleanor.marsh@ryderfinch.com",)))
    return out
