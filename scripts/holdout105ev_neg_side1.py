"""holdout105: the user on the hiring side at Banque Moselle Privée (part 1)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_WORK,
    WIN_LUX,
    cal,
    esc,
    outlook_tail,
    row,
    teams,
)

BMP = "banque-moselle-privee.lu"


def _neg(kind: str, ics: str, uid: str) -> dict[str, object]:
    return row(kind, ics, uid, iv=0, trap=f"user-as-interviewer-{kind}")


def events() -> list[dict[str, object]]:
    out = []

    uid = "wd-bmp-interviewer-2c91e7f0-aa12@myworkday.com"
    desc = esc(
        "You have been added as an interviewer.\n\nCandidate: Julien Marx\nJob Requisition: R-3310 Analyste "
        "Conformité KYC (CDI)\nInterview: Technical Interview – KYC file review\nInterview panel: Stéphanie "
        "Kieffer, Pedro Almeida\n\nPlease review the candidate's profile and submit your feedback in Workday "
        "within 24 hours of the interview.\n\nInterview kit: https://wd3.myworkday.com/bmp/d/inst/"
        "interviewkit/3310\n\nBanque Moselle Privée – Talent Acquisition")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250909T080000Z
DTSTART;TZID=Europe/Luxembourg:20250916T140000
DTEND;TZID=Europe/Luxembourg:20250916T150000
SUMMARY:Interview: Julien Marx - R-3310 Analyste Conformité KYC (CDI)
DESCRIPTION:{desc}
LOCATION:BMP – Salle Mosel 2
ORGANIZER;CN=BMP Talent Acquisition:mailto:bmp@myworkday.com
ATTENDEE;CN=Stéphanie Kieffer;ROLE=REQ-PARTICIPANT:mailto:{USER_WORK}
ATTENDEE;CN=Pedro Almeida;ROLE=REQ-PARTICIPANT:mailto:pedro.almeida@{BMP}
END:VEVENT"""
    out.append(_neg("workday-kit-en", cal(ev, prodid="-//Workday Inc//Workday Calendar//EN",
                                          tzids=("Europe/Luxembourg",)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000C1D2E3F4A52ADC0100000000000000001000000011223344556677AB"
    desc = esc(
        "Bonjour Stéphanie,\n\nVoici l'entretien avec la candidate pour le poste de Junior AML Analyst : Mme "
        "Sofia Ferreira (sofia.ferreira94@gmail.com). Son CV et la lettre de motivation sont dans le dossier "
        "partagé RH > Recrutement > 2025 > AML Junior.\n\nMerci de compléter la grille d'évaluation après "
        "l'entretien.\n\nCordialement,\nNadine Welter\nRessources Humaines")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Welter, Nadine":mailto:nadine.welter@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.ferreira94@gmail.com
 :mailto:sofia.ferreira94@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien candidate – Junior AML Analyst – Mme Ferreira
DTSTART;TZID={WIN_LUX}:20250918T100000
DTEND;TZID={WIN_LUX}:20250918T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:BMP 3e étage – salle Sûre
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("hr-invite-candidate-gmail-fr", cal(ev, prodid="Microsoft Exchange Server 2010",
                                                        tzids=(WIN_LUX,)), uid))

    uid = "040000008200E00074C5B7101A82E008000000007788990011ABDC0100000000000000001000000099AABBCCDDEEFF00"
    desc = esc(
        "Bonjour Monsieur Weis,\n\nMerci pour votre candidature au poste d'Analyste KYC (CDI) au sein du "
        "département Compliance de Banque Moselle Privée. Je vous propose un entretien avec moi-même et Pedro "
        "Almeida, Senior AML Officer.\n\nAdresse : 22, route d'Arlon, L-8009 Strassen – merci de vous présenter "
        "à l'accueil avec une pièce d'identité.\n\nBien cordialement,\nStéphanie Kieffer\nHead of AML/KYC – "
        "Compliance\nBanque Moselle Privée S.A.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucas.weis@outlook.com:mailto:lucas.weis@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien – Analyste KYC (CDI) – Banque Moselle Privée
DTSTART;TZID={WIN_LUX}:20250922T160000
DTEND;TZID={WIN_LUX}:20250922T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T172000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:22 route d'Arlon\\, Strassen
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(_neg("user-organizer-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000ABAB1212CDCDDC01000000000000000010000000EF01EF01EF01EF01"
    desc = esc(
        "Debrief des 4 candidats vus pour le poste Junior AML Analyst (Ferreira, Marx, Weis, Becker). "
        "Merci d'avoir vos grilles complétées.\n\n" + teams("fr", "NjE3YmE5ZDItMmQ", "Db9Qe4"))
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Welter, Nadine":mailto:nadine.welter@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Debrief candidats – Junior AML Analyst
DTSTART;TZID={WIN_LUX}:20250926T113000
DTEND;TZID={WIN_LUX}:20250926T120000
DTSTAMP:20250922T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("debrief-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "gh-scorecard-reminder-88123411@greenhouse.io"
    desc = esc(
        "Reminder: your scorecard for Aline Becker (Senior KYC Officer) is due.\n\nYou interviewed Aline on "
        "Tuesday (Technical Interview). Please submit your scorecard so the hiring team can move forward: "
        "https://bmp.greenhouse.io/scorecards/88123411\n\nThis block was added to your calendar by "
        "Greenhouse.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251002T060000Z
DTSTART;TZID=Europe/Luxembourg:20251002T171500
DTEND;TZID=Europe/Luxembourg:20251002T173000
SUMMARY:Submit scorecard: Aline Becker – Senior KYC Officer
DESCRIPTION:{desc}
ORGANIZER;CN=Greenhouse:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Stéphanie Kieffer:mailto:{USER_WORK}
TRANSP:TRANSPARENT
END:VEVENT"""
    out.append(_neg("scorecard-en", cal(ev, prodid="-//Greenhouse Software//Greenhouse//EN",
                                        tzids=("Europe/Luxembourg",)), uid))

    uid = "gh-interview-panel-2f7e0b11@greenhouse.io"
    desc = esc(
        "Candidate: Aline Becker\nJob: Senior KYC Officer\nInterview: Panel Interview (60 min)\n\n"
        "Interviewers:\n- Stéphanie Kieffer (Head of AML/KYC) – focus: EDD, PEPs, source of wealth\n- Carlo "
        "Hoffmann (Private Banking Team Head) – focus: client relationship\n- Nadine Welter (HR) – values\n\n"
        "Interview kit and candidate resume: https://bmp.greenhouse.io/interviews/2f7e0b11\n\n"
        "Please do not forward this invitation to the candidate.")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250924T111500Z
DTSTART;TZID=Europe/Luxembourg:20250930T100000
DTEND;TZID=Europe/Luxembourg:20250930T110000
SUMMARY:Panel Interview: Aline Becker for Senior KYC Officer
DESCRIPTION:{desc}
LOCATION:BMP – Salle Moselle 1
ORGANIZER;CN=Nadine Welter:mailto:nadine.welter@{BMP}
ATTENDEE;CN=Stéphanie Kieffer:mailto:{USER_WORK}
ATTENDEE;CN=Carlo Hoffmann:mailto:carlo.hoffmann@{BMP}
ATTENDEE;CUTYPE=ROOM;CN=Salle Moselle 1:mailto:salle.moselle1@{BMP}
END:VEVENT"""
    out.append(_neg("greenhouse-panel-en", cal(ev, prodid="-//Greenhouse Software//Greenhouse//EN",
                                               tzids=("Europe/Luxembourg",)), uid))

    uid = "040000008200E00074C5B7101A82E0080000000056AB78CD90EFDC01000000000000000010000000A1A2A3A4A5A6A7A8"
    desc = esc(
        "Hi Stéphanie,\n\nAs part of my interviewer training, may I shadow your interview with the Transaction "
        "Monitoring Analyst candidate (Mr Paul Schmit) on Thursday? I'll stay silent and take notes.\n\n"
        "Thanks!\nTom Klein")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Klein, Tom":mailto:tom.klein@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Shadowing – TM Analyst interview (P. Schmit)
DTSTART;TZID={WIN_LUX}:20251009T090000
DTEND;TZID={WIN_LUX}:20251009T100000
DTSTAMP:20251006T130000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Salle Sûre
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("shadowing-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "f1e2d3c4-calendly-host-bmp-7788@calendly.com"
    desc = esc(
        "A new event has been scheduled.\n\nEvent Type: Entretien 30 min – Analyste Conformité\nInvitee: Marie "
        "Dupont\nInvitee Email: marie.dupont.lux@yahoo.fr\nEvent Date/Time: 10:00 - Mercredi 8 octobre 2025 "
        "(Central European Time)\n\nQuestions:\nPourquoi ce poste ? : Reconversion depuis l'audit\n\n"
        "View event in Calendly: https://calendly.com/app/scheduled_events/user/me")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251003T090000Z
DTSTART:20251008T080000Z
DTEND:20251008T083000Z
SUMMARY:Marie Dupont and Stéphanie Kieffer
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
ORGANIZER;CN=Stéphanie Kieffer:mailto:{USER_WORK}
ATTENDEE;CN=Marie Dupont;RSVP=TRUE:mailto:marie.dupont.lux@yahoo.fr
END:VEVENT"""
    out.append(_neg("calendly-host-fr", cal(ev, prodid="-//Calendly//Calendly//EN"), uid))

    uid = "hlr-candidate-intro-5512@haywardlane.com"
    desc = esc(
        "Sehr geehrte Frau Kieffer,\n\nwie besprochen stelle ich Ihnen meinen Kandidaten für Ihre Position "
        "Compliance Analyst (m/w/d) vor: Herr Markus Lenz, 6 Jahre Erfahrung im KYC-Onboarding bei einer "
        "Depotbank in Frankfurt, fließend Deutsch, Englisch, Französisch. Lebenslauf anbei.\n\nDas Gespräch "
        "findet per Teams statt; Herr Lenz wählt sich über den Link ein.\n\nBeste Grüße\nNils Baumann\n"
        "Hayward Lane Recruitment")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251007T101000Z
DTSTART;TZID=Europe/Berlin:20251013T110000
DTEND;TZID=Europe/Berlin:20251013T120000
SUMMARY:Kandidatenvorstellung Herr Lenz – Compliance Analyst (m/w/d) – Banque Moselle Privée
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
ORGANIZER;CN=Nils Baumann:mailto:nils.baumann@haywardlane.com
ATTENDEE;CN=Stéphanie Kieffer;RSVP=TRUE:mailto:{USER_WORK}
ATTENDEE;CN=Markus Lenz:mailto:markus.lenz@web.de
END:VEVENT"""
    out.append(_neg("agency-sends-candidate-de", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                                     tzids=("Europe/Berlin",)), uid))

    uid = "B71C2D3E-4F50-6172-8394-A5B6C7D8E9F0"
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251010T071000Z
DTSTART:20251015T150000
DTEND:20251015T160000
SUMMARY:Entretien cand. Ferreira 2e tour (avec Pedro)
DESCRIPTION:relire grille + réponses cas KYC. Questions sur sa dispo (préavis?)
END:VEVENT"""
    out.append(_neg("handtyped-floating-fr", cal(ev, prodid="-//Apple Inc.//iOS 18.5//EN", method=None), uid))

    uid = "040000008200E00074C5B7101A82E0080000000012EF34CD56ABDC01000000000000000010000000F0E1D2C3B4A59687"
    desc = esc(
        "Correction des cas pratiques remis par les 3 candidats finalistes (Analyste AML). Barème en pièce "
        "jointe – on harmonise les notes avant le comité de recrutement.")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Correction cas pratiques – candidats Analyste AML
DTSTART;TZID={WIN_LUX}:20251017T140000
DTEND;TZID={WIN_LUX}:20251017T153000
DTSTAMP:20251013T093000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Bureau S. Kieffer
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(_neg("case-grading-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))
    return out
