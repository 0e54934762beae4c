"""holdout105: the user on the hiring side at Banque Moselle Privée (part 2)."""

from __future__ import annotations

from holdout105ev_ics import (
    USER_WORK,
    WIN_LUX,
    cal,
    esc,
    outlook_tail,
    row,
    teams,
    zoom,
)

BMP = "banque-moselle-privee.lu"


def _neg(kind: str, ics: str, uid: str) -> dict[str, object]:
    return row(kind, ics, uid, iv=0, trap=f"user-as-interviewer-{kind}")


def events() -> list[dict[str, object]]:
    out = []

    uid = "040000008200E00074C5B7101A82E00800000000DEAD0001BEEFDC01000000000000000010000000ACE0FBA5E0B1C2D3"
    desc = esc(
        "Comité de recrutement – poste Analyste AML (CDI)\n\nOrdre du jour :\n1. Synthèse des entretiens (S. "
        "Kieffer)\n2. Résultats cas pratiques\n3. Décision et proposition salariale\n\nParticipants : S. "
        "Kieffer, N. Welter (RH), J. Majerus (Chief Compliance Officer)")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Welter, Nadine":mailto:nadine.welter@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Majerus, Jeff":mailto:jeff.majerus@{BMP}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Comité de recrutement – Analyste AML
DTSTART;TZID={WIN_LUX}:20251021T090000
DTEND;TZID={WIN_LUX}:20251021T100000
DTSTAMP:20251014T120000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Salle du Conseil
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("hiring-committee-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "040000008200E00074C5B7101A82E0080000000077EE66DD55CCDC01000000000000000010000000B0B1B2B3B4B5B6B7"
    desc = esc(
        "Dear Ms Becker,\n\nThank you for applying for the Senior KYC Officer role at Banque Moselle Privée. I "
        "would like to have a short phone conversation with you first. I will call you on +352 691 220 418.\n\n"
        "Kind regards,\nStéphanie Kieffer\nHead of AML/KYC")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aline.becker@gmx.net:mailto:aline.becker@gmx.net
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Phone screen – Senior KYC Officer – A. Becker
DTSTART;TZID={WIN_LUX}:20250924T123000
DTEND;TZID={WIN_LUX}:20250924T130000
DTSTAMP:20250919T154500Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-GB:Phone
{outlook_tail(busy="BUSY")}
END:VEVENT"""
    out.append(_neg("user-phone-screen-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "7A6B5C4D-3E2F-1A0B-9C8D-7E6F5A4B3C2D"
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250912T063000Z
DTSTART;TZID=Europe/Luxembourg:20250915T080000
DTEND;TZID=Europe/Luxembourg:20250915T090000
SUMMARY:Préparer questions d'entretien + cas KYC pour candidats analyste
DESCRIPTION:Reprendre la grille de l'an dernier\\, ajouter 2 questions sanctions/Russie\\, cas UBO trust
  jersiais.
TRANSP:OPAQUE
END:VEVENT"""
    out.append(_neg("prep-interview-kit-fr", cal(ev, prodid="-//Apple Inc.//macOS 15.3//EN", method=None,
                                                 tzids=("Europe/Luxembourg",)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000C0C1C2C3C4C5DC01000000000000000010000000D0D1D2D3D4D5D6D7"
    desc = esc(
        "Bonjour Mme Kieffer,\n\nMerci d'avoir accepté de recevoir Camille Roth, étudiante en Master 2 "
        "Droit bancaire et financier (Université du Luxembourg), pour le stage de 6 mois au département "
        "Compliance. Camille se connectera via le lien ci-dessous.\n\n" + teams("fr", "ODMwYjE2NzQtNjU", "St4Ge8") +
        "\n\nNadine Welter – RH")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Welter, Nadine":mailto:nadine.welter@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roth.001@student.uni.lu
 :mailto:camille.roth.001@student.uni.lu
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien de stage – Compliance – Camille Roth
DTSTART;TZID={WIN_LUX}:20251105T140000
DTEND;TZID={WIN_LUX}:20251105T143000
DTSTAMP:20251028T100000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("intern-candidate-unilu-fr", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)),
                    uid))

    uid = "bmp-rh-20251106-gespreich-kandidat@banque-moselle-privee.lu"
    desc = esc(
        "Moien Stéphanie,\n\nkanns du de Kandidat fir de Posten Compliance Assistant (Teilzäit) mat mir "
        "empfänken? Hien heescht Gilles Wagner, schafft momentan bei enger Fiduciaire zu Esch.\n\nMerci,\n"
        "Nadine")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251030T081500Z
DTSTART;TZID=Europe/Luxembourg:20251106T153000
DTEND;TZID=Europe/Luxembourg:20251106T163000
SUMMARY:Gespréich mam Kandidat – Compliance Assistant (G. Wagner)
DESCRIPTION:{desc}
LOCATION:Sall Sauer
ORGANIZER;CN=Nadine Welter:mailto:nadine.welter@{BMP}
ATTENDEE;CN=Stéphanie Kieffer:mailto:{USER_WORK}
ATTENDEE;CN=Gilles Wagner:mailto:gilles.wagner@pt.lu
END:VEVENT"""
    out.append(_neg("candidate-lb", cal(ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                        tzids=("Europe/Luxembourg",)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DC01000000000000000010000000F0F1F2F3F4F5F6F7"
    desc = esc(
        "Liebe Stéphanie,\n\nhier die Einladung zum Vorstellungsgespräch mit Frau Laura Meyer (Bewerberin "
        "Compliance Analyst, derzeit bei einer Sparkasse in Trier). Interviewer: du und ich. Lebenslauf im "
        "Anhang.\n\nViele Grüße\nCarlo")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Carlo":mailto:carlo.hoffmann@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laura.meyer.trier@t-online.de
 :mailto:laura.meyer.trier@t-online.de
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Meyer – Compliance Analyst
DTSTART;TZID={WIN_LUX}:20251002T100000
DTEND;TZID={WIN_LUX}:20251002T110000
DTSTAMP:20250926T120000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:BMP Strassen – Raum Mosel 2
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("vorstellungsgespraech-bewerberin-de", cal(ev, prodid="Microsoft Exchange Server 2010",
                                                               tzids=(WIN_LUX,)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000A9A8A7A6A5A4DC0100000000000000001000000019283746556473AB"
    desc = esc(
        "Technical interview – Transaction Monitoring Analyst\nCandidate: Paul Schmit (paul.schmit.lu@gmail.com)"
        "\nInterviewers: Stéphanie Kieffer, Pedro Almeida\nObserver: Tom Klein (shadowing)\n\n"
        + zoom("en", "94417230086", "Qk1QdG1pbnQ", host="bmp-lu") + "\n\nCoordinator: Anne Jacoby, Talent "
        "Acquisition")
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Jacoby, Anne":mailto:anne.jacoby@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Klein, Tom":mailto:tom.klein@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=paul.schmit.lu@gmail.com:mailto:paul.schmit.lu@gmail.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Technical interview – TM Analyst – Paul Schmit
DTSTART;TZID={WIN_LUX}:20251009T090000
DTEND;TZID={WIN_LUX}:20251009T100000
DTSTAMP:20251003T160000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Zoom
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("technical-panel-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "goodtime-evt-interviewer-71c0e9ab@goodtime.io"
    desc = esc(
        "You're scheduled to interview a candidate.\n\nCandidate: Yann Reuland\nPosition: Senior KYC Officer\n"
        "Your session: Competency interview (45 min)\nYour focus areas: risk-based approach, escalation, "
        "stakeholder management\n\nCandidate resume and interview guide: https://app.goodtime.io/i/71c0e9ab\n"
        "Feedback form closes 24h after the session.\n\nScheduled with GoodTime")
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251014T081500Z
DTSTART:20251020T130000Z
DTEND:20251020T134500Z
SUMMARY:[Interviewer] Yann Reuland – Senior KYC Officer – Competency interview
DESCRIPTION:{desc}
LOCATION:BMP – Salle Mosel 2
ORGANIZER;CN=BMP Recruiting:mailto:recruiting@{BMP}
ATTENDEE;CN=Stéphanie Kieffer:mailto:{USER_WORK}
END:VEVENT"""
    out.append(_neg("goodtime-interviewer-en", cal(ev, prodid="-//GoodTime.io//Scheduler//EN"), uid))

    uid = "040000008200E00074C5B7101A82E00800000000BCBCBCBC1212DC010000000000000000100000003434343456565656"
    desc = esc(
        "Calibration session for the Q4 compliance hiring round (KYC Officer, TM Analyst, Compliance "
        "Assistant). Please bring your interview notes; we align on the rating scale before final decisions."
        "\n\n" + teams("en", "YWI5ZjM0MDEtNTc", "Ca1Br8"))
    ev = f"""BEGIN:VEVENT
ORGANIZER;CN="Jacoby, Anne":mailto:anne.jacoby@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kieffer, Stéphanie":mailto:{USER_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Almeida, Pedro":mailto:pedro.almeida@{BMP}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hoffmann, Carlo":mailto:carlo.hoffmann@{BMP}
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interviewer calibration – Compliance hiring Q4
DTSTART;TZID={WIN_LUX}:20251023T160000
DTEND;TZID={WIN_LUX}:20251023T170000
DTSTAMP:20251016T090000Z
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{outlook_tail()}
END:VEVENT"""
    out.append(_neg("calibration-en", cal(ev, prodid="Microsoft Exchange Server 2010", tzids=(WIN_LUX,)), uid))

    uid = "C9D8E7F6-A5B4-4C3D-2E1F-0A9B8C7D6E5F"
    ev = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251022T161000Z
DTSTART;TZID=Europe/Luxembourg:20251024T120000
DTEND;TZID=Europe/Luxembourg:20251024T121500
SUMMARY:Appeler S. Ferreira – proposition (candidate retenue analyste AML)
DESCRIPTION:Salaire validé par comité. Date début 1/12 si préavis OK. Nadine envoie le contrat après.
END:VEVENT"""
    out.append(_neg("offer-call-fr", cal(ev, prodid="-//Apple Inc.//iOS 18.5//EN", method=None,
                                         tzids=("Europe/Luxembourg",)), uid))
    return out
