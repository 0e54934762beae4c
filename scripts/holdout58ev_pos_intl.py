"""holdout58 positives, part 5: Dutch, German, French and Spanish invitations from remote employers."""

from __future__ import annotations

from holdout58ev_ics import ME, UTC1, T, alarm, att, cal, google_foot, meet, org, rec, teams, zoom
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import google, outlook


def _g(addr: str, cn: str, ps: str = "NEEDS-ACTION", rsvp: bool = True) -> str:
    return att(addr, cn, partstat=ps, rsvp=rsvp, google=True)


def noordkade_screen() -> dict[str, str]:
    uid = "recruitee-interview-event-4918273@noordkade.recruitee.com"
    desc = (
        "Hoi Priya,\n\n(English below)\n\nLeuk dat je hebt gesolliciteerd bij Noordkade Retail Analytics! "
        "Hierbij de uitnodiging voor een eerste kennismakingsgesprek van 30 minuten met Noortje van Dam "
        "(Talent Acquisition).\n\n--\n\nHi Priya, thanks for applying to Noordkade! This is the invitation for a "
        "30-minute introductory call with Noortje (Talent Acquisition) about the Data Scientist role. The "
        "conversation will be in English.\n\n" + meet("nl", "nkd-wpfz-ouj")
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250911T131540Z",
        "DTSTART;TZID=Europe/Amsterdam:20250917T100000",
        "DTEND;TZID=Europe/Amsterdam:20250917T103000",
        T("SUMMARY", "Kennismakingsgesprek: Data Scientist (Remote – UK) | Noordkade"),
        T("DESCRIPTION", desc),
        T("LOCATION", "https://meet.google.com/nkd-wpfz-ouj"),
        org("noortje@noordkade.nl", "Noortje van Dam"),
        att(ME, "Priya Raman"),
        att("noortje@noordkade.nl", "Noortje van Dam", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]
    ics = cal("-//Recruitee//Recruitee Scheduler//EN", [ev], zones=["Europe/Amsterdam"])
    return rec(
        "recruitee",
        ics,
        uid,
        1,
        "Noordkade",
        "Data Scientist",
        "recruiter_screen",
        ["noortje@noordkade.nl"],
        "recruitee-kennismaking-nl",
    )


def noordkade_tech() -> dict[str, str]:
    uid = ouid("noordkade-tech")
    desc = (
        "Hoi Priya,\n\nZoals besproken met Noortje: hierbij het technische interview met Lotte en mij. We "
        "bespreken je take-home opdracht (vraagvoorspelling voor supermarktfilialen) en stellen wat vragen over "
        "Python en experimentontwerp. Het gesprek is in het Engels.\n\nGroet,\nJoost Bakker\nLead Data "
        "Scientist, Noordkade\n\n" + teams("nl", "385 219 770 046", "Nk6RtY", "NzE3ZjQ0YTEtMmI5")
    )
    ics = outlook(
        uid,
        "Technisch interview – Data Scientist (Priya Raman)",
        "20251003T140000",
        "20251003T150000",
        organizer=org("joost.bakker@noordkade.nl", "Bakker, Joost"),
        attendees=[att(ME, ME, quote=True), att("lotte.visser@noordkade.nl", "Visser, Lotte")],
        description=desc,
        location="Microsoft Teams-vergadering",
        zone="W. Europe Standard Time",
        lang="nl-NL",
        stamp="20250926T091204Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Noordkade",
        "Data Scientist",
        "technical",
        ["joost.bakker@noordkade.nl", "lotte.visser@noordkade.nl"],
        "outlook-technical-windows-zone-nl",
    )


def zahlfix_hm() -> dict[str, str]:
    uid = "personio-appointment-7c1e94d0-5b3a-4f28-8e61-b02d9a4c7f13"
    desc = (
        "Hallo Priya,\n\nvielen Dank für deine Bewerbung bei Zahlfix! Wir freuen uns, dich zum Gespräch mit "
        "Jan Hoffmann (Head of Data, Hiring Manager für die Position) einzuladen. Das Gespräch findet auf "
        "Englisch statt.\n\nPosition: Senior Data Analyst (Remote, UK)\nDauer: 45 Minuten\n\n"
        + meet("de", "zfx-ahmq-trw")
        + "\n\nViele Grüße\nDein Zahlfix People Team"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250919T102233Z",
        "DTSTART;TZID=Europe/Berlin:20250925T150000",
        "DTEND;TZID=Europe/Berlin:20250925T154500",
        T("SUMMARY", "Interview: Senior Data Analyst (Remote UK) – Gespräch mit dem Hiring Manager"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Google Meet"),
        org("recruiting@zahlfix.de", "Zahlfix GmbH"),
        att(ME, "Priya Raman"),
        att("jan.hoffmann@zahlfix.de", "Jan Hoffmann", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Personio GmbH//Personio Recruiting//DE", [ev], zones=["Europe/Berlin"])
    return rec(
        "personio",
        ics,
        uid,
        1,
        "Zahlfix",
        "Senior Data Analyst (Remote UK)",
        "hiring_manager",
        ["jan.hoffmann@zahlfix.de"],
        "personio-hm-de",
    )


def zahlfix_final() -> dict[str, str]:
    uid = "2vq8sd5k0h3mtn7c1rbf9e6lpa@google.com"
    desc = (
        "Hallo Priya,\n\nwie besprochen hier die Einladung zur finalen Runde mit Katrin (CTO) und Malte (COO). "
        "Ich selbst bin nicht dabei. Das Gespräch findet auf Englisch statt – 60 Minuten, keine Vorbereitung "
        "nötig.\n\nViele Grüße\nJan\n\n" + meet("de", "wre-gkxn-hqd") + "\n\n" + google_foot("de")
    )
    ics = google(
        uid,
        "Finale Runde: Priya Raman x Zahlfix (CTO & COO)",
        "20251024T100000",
        "20251024T110000",
        organizer=org("jan.hoffmann@zahlfix.de", "Jan Hoffmann"),
        attendees=[
            _g("jan.hoffmann@zahlfix.de", "Jan Hoffmann", "ACCEPTED", False),
            _g(ME, ME),
            _g("katrin.weiss@zahlfix.de", "Katrin Weiß", "ACCEPTED", False),
            _g("malte.brandt@zahlfix.de", "Malte Brandt", "TENTATIVE", False),
        ],
        description=desc,
        zone="Europe/Berlin",
        conference="https://meet.google.com/wre-gkxn-hqd",
        stamp="20251016T143018Z",
        created="20251016T142955Z",
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Zahlfix",
        "",
        "final",
        ["katrin.weiss@zahlfix.de", "malte.brandt@zahlfix.de"],
        "google-final-organizer-not-interviewer-de",
    )


def elbwerk_softgarden() -> dict[str, str]:
    uid = "sg-termin-3381902-5521@softgarden.io"
    desc = (
        "Sehr geehrte Frau Raman,\n\nvielen Dank für Ihre Bewerbung als Data Scientist (m/w/d) bei der "
        "Elbwerk Analytics GmbH. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem "
        "Vorstellungsgespräch per Zoom ein.\n\nDas Gespräch führen Dr. Henrike Voss (Leitung Data Science) und "
        "Lars Petersen (Senior Data Scientist). Es wird auf Englisch geführt.\n\n"
        + zoom("de", "elbwerk", "861 0442 7719", "RWxid2Vyaw")
        + "\n\nMit freundlichen Grüßen\n"
        "Ihr Recruiting-Team der Elbwerk Analytics GmbH\n\nDiese Einladung wurde über softgarden versendet."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250922T075930Z",
        "DTSTART;TZID=Europe/Berlin:20250930T100000",
        "DTEND;TZID=Europe/Berlin:20250930T110000",
        T("SUMMARY", "Einladung zum Vorstellungsgespräch: Data Scientist (m/w/d) – Remote"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Zoom"),
        org("jobs@elbwerk-analytics.de", "Elbwerk Analytics GmbH"),
        att(ME, "Priya Raman"),
        "CLASS:PUBLIC",
        "STATUS:CONFIRMED",
        *alarm(30, "Erinnerung"),
    ]
    ics = cal("-//softgarden e-recruiting GmbH//softgarden//DE", [ev], zones=["Europe/Berlin"])
    return rec(
        "softgarden",
        ics,
        uid,
        1,
        "Elbwerk Analytics",
        "Data Scientist (m/w/d)",
        "",
        ["Henrike Voss", "Lars Petersen"],
        "softgarden-formal-names-only-de",
    )


def elbwerk_fach() -> dict[str, str]:
    uid = ouid("elbwerk-fach")
    desc = (
        "Hallo Priya,\n\nwie vereinbart das Fachinterview mit Henrike und mir. Wir sprechen über die Case Study "
        "(Absatzprognose für einen Onlinehändler) – bitte bereite 10 Minuten Präsentation vor. Wir führen das "
        "Gespräch auf Englisch. Unser Recruiting ist nur zur Info eingeladen.\n\nBeste Grüße\nLars\n\n"
        + teams("de", "394 661 208 531", "Ew4Hs9", "ODc1ZTNhYjYtZjE0")
    )
    ics = outlook(
        uid,
        "Fachinterview / Case Study – Data Scientist (Priya Raman)",
        "20251013T150000",
        "20251013T161500",
        organizer=org("lars.petersen@elbwerk-analytics.de", "Petersen, Lars"),
        attendees=[
            att(ME, ME, quote=True),
            att("henrike.voss@elbwerk-analytics.de", "Voss, Henrike"),
            att("recruiting@elbwerk-analytics.de", "Recruiting Elbwerk", role="OPT-PARTICIPANT"),
        ],
        description=desc,
        location="Microsoft Teams-Besprechung",
        zone=UTC1,
        lang="de-DE",
        stamp="20251006T130344Z",
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Elbwerk Analytics",
        "Data Scientist",
        "technical",
        ["lars.petersen@elbwerk-analytics.de", "henrike.voss@elbwerk-analytics.de"],
        "outlook-case-utc1-zone-de",
    )


def vondelpay_thunderbird() -> dict[str, str]:
    uid = "4f7c2d9e-81b3-4a6d-9c05-e2a1b8f3d764"
    desc = (
        "Hi Priya,\n\nThanks for your time with our recruiter last week. Bram and I will run a live SQL "
        "exercise with you on our (anonymised) payments schema – about 45 minutes of SQL, then 15 minutes for "
        "your questions about Vondelpay and the analytics team.\n\nYou can use any SQL dialect you're "
        "comfortable with.\n\nJoin: https://vondelpay.whereby.com/data-interview\n\nSanne de Wit\nAnalytics "
        "Manager, Vondelpay"
    )
    ev = [
        "CREATED:20250930T124410Z",
        "LAST-MODIFIED:20250930T124512Z",
        "DTSTAMP:20250930T124512Z",
        "UID:" + uid,
        T("SUMMARY", "Interview Priya Raman – Data Analyst Payments (remote) – live SQL"),
        "ORGANIZER;RSVP=TRUE;CN=Sanne de Wit;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:sanne.dewit@vondelpay.nl",
        "ATTENDEE;RSVP=TRUE;CN=Sanne de Wit;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:sanne.dewit@vondelpay.nl",
        "ATTENDEE;RSVP=TRUE;CN=Bram Jansen;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:bram.jansen@vondelpay.nl",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:priya.raman88@gmail.com",
        "DTSTART;TZID=Europe/Amsterdam:20251007T163000",
        "DTEND;TZID=Europe/Amsterdam:20251007T173000",
        T("DESCRIPTION", desc),
        T("LOCATION", "https://vondelpay.whereby.com/data-interview"),
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "X-MOZ-SEND-INVITATIONS:TRUE",
        "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE",
        "X-MOZ-GENERATION:2",
        *alarm(15),
    ]
    ics = cal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        [ev],
        zones=["Europe/Amsterdam"],
        calscale=False,
        version_first=False,
    )
    return rec(
        "thunderbird",
        ics,
        uid,
        1,
        "Vondelpay",
        "Data Analyst Payments",
        "technical",
        ["sanne.dewit@vondelpay.nl", "bram.jansen@vondelpay.nl"],
        "thunderbird-live-sql-nl-en",
    )


def vondelpay_final() -> dict[str, str]:
    uid = "6c1tq9a4m2kd7v0hprn3sb8fe5@google.com"
    desc = (
        "Hoi Priya,\n\nHierbij de uitnodiging voor het eindgesprek met Mark (CEO) en mij. We voeren het gesprek "
        "in het Engels; reken op ongeveer een uur.\n\nGroet,\nSanne\n\n"
        + meet("nl", "vnd-cqre-pzs")
        + "\n\n"
        + google_foot("nl")
    )
    ics = google(
        uid,
        "Eindgesprek Vondelpay – Priya Raman",
        "20251028T150000",
        "20251028T160000",
        organizer=org("sanne.dewit@vondelpay.nl", "Sanne de Wit"),
        attendees=[
            _g("sanne.dewit@vondelpay.nl", "Sanne de Wit", "ACCEPTED", False),
            _g(ME, ME),
            _g("mark.visser@vondelpay.nl", "Mark Visser", "ACCEPTED", False),
        ],
        description=desc,
        zone="Europe/Amsterdam",
        conference="https://meet.google.com/vnd-cqre-pzs",
        stamp="20251020T101501Z",
        created="20251020T101433Z",
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Vondelpay",
        "",
        "final",
        ["sanne.dewit@vondelpay.nl", "mark.visser@vondelpay.nl"],
        "google-eindgesprek-nl",
    )


def orsay_fr() -> dict[str, str]:
    uid = "wttj-interview-5f2a9c71e0d4b8@welcomekit.co"
    desc = (
        "Bonjour Priya,\n\nNous avons le plaisir de vous confirmer votre entretien avec Claire Morel "
        "(Responsable Data, future manager du poste) pour le poste de Data Analyst basé à Dublin (télétravail "
        "possible depuis le Royaume-Uni). L'entretien se déroulera en anglais.\n\nDurée : 45 minutes\n\n"
        + meet("fr", "ors-tkwe-pbn")
        + "\n\nÀ très bientôt,\nL'équipe Talent d'Orsay Paiements"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250916T141100Z",
        "DTSTART:20250923T080000Z",
        "DTEND:20250923T084500Z",
        T("SUMMARY", "Entretien : Data Analyst – Dublin (Priya Raman)"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Google Meet"),
        org("no-reply@welcomekit.co", "Orsay Paiements"),
        att(ME, "Priya Raman"),
        att("claire.morel@orsay-paiements.fr", "Claire Morel", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Welcome to the Jungle//WTTJ Solutions//FR", [ev])
    return rec(
        "wttj",
        ics,
        uid,
        1,
        "Orsay Paiements",
        "Data Analyst",
        "hiring_manager",
        ["claire.morel@orsay-paiements.fr"],
        "wttj-hm-fr",
    )


def pagaluz_es() -> dict[str, str]:
    uid = "3ve9k1pd6s0qm8tcrh2a5nbf7o@google.com"
    desc = (
        "Hola Priya,\n\nTe confirmo la entrevista técnica con Diego Sanz y conmigo para el puesto de Data "
        "Scientist en nuestra oficina de Dublín. Haremos un ejercicio práctico con Python y SQL sobre datos de "
        "pagos. La entrevista será en inglés.\n\nUn saludo,\nLucía Ferrer\nData Science Lead · Pagaluz\n\n"
        + meet("es", "pgz-mvbe-dha")
        + "\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/"
        "\n\nHas recibido este correo electrónico porque eres un invitado del evento."
    )
    ics = google(
        uid,
        "Entrevista técnica – Data Scientist (Dublín) – Priya Raman",
        "20251030T100000",
        "20251030T110000",
        organizer=org("lucia.ferrer@pagaluz.com", "Lucía Ferrer"),
        attendees=[
            _g("lucia.ferrer@pagaluz.com", "Lucía Ferrer", "ACCEPTED", False),
            _g(ME, ME),
            _g("diego.sanz@pagaluz.com", "Diego Sanz", "ACCEPTED", False),
        ],
        description=desc,
        zone="Europe/Dublin",
        conference="https://meet.google.com/pgz-mvbe-dha",
        stamp="20251022T160245Z",
        created="20251022T160220Z",
    )
    return rec(
        "google",
        ics,
        uid,
        1,
        "Pagaluz",
        "Data Scientist",
        "technical",
        ["lucia.ferrer@pagaluz.com", "diego.sanz@pagaluz.com"],
        "google-technical-es",
    )


def events() -> list[dict[str, str]]:
    return [
        noordkade_screen(),
        noordkade_tech(),
        zahlfix_hm(),
        zahlfix_final(),
        elbwerk_softgarden(),
        elbwerk_fach(),
        vondelpay_thunderbird(),
        vondelpay_final(),
        orsay_fr(),
        pagaluz_es(),
    ]
