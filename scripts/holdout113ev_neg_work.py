"""holdout113: negatives - governance, regulator, tenants, media, webinars and other 'interviews' at work."""

from __future__ import annotations

from holdout113ev_ics import (
    GOOGLE,
    OUTLOOK,
    OUTLOOK16,
    STAMP,
    TZ_BERLIN,
    TZ_GMT_WIN,
    TZ_MADRID,
    TZ_PARIS,
    USER,
    WORK,
    ZOOM,
    att,
    cal,
    esc,
    org,
    row,
)
from holdout113ev_neg_life import simple

MH = "midlandhomes-ha.org.uk"


def _ex(uid: str, summary: str, desc: str, start: str, end: str, people: list[str], organiser: str = "",
        location: str = "", rrule: str = "") -> str:
    lines = [
        organiser or org(WORK, "Okafor, Hannah"),
        *people,
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(desc),
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID=GMT Standard Time:{start}",
        f"DTEND;TZID=GMT Standard Time:{end}",
        f"DTSTAMP:{STAMP}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    if rrule:
        lines.append(rrule)
    if location:
        lines.append("LOCATION;LANGUAGE=en-GB:" + esc(location))
    return cal(OUTLOOK, [lines], tzs=(TZ_GMT_WIN,))


def _tz(prodid: str, tz: list[str], uid: str, summary: str, desc: str, start: str, end: str, organiser: str,
        location: str = "") -> str:
    tzid = tz[1].split(":", 1)[1]
    lines = [f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
             f"SUMMARY:{esc(summary)}", "DESCRIPTION:" + esc(desc), organiser, att(USER, "Hannah Okafor")]
    if location:
        lines.append("LOCATION:" + esc(location))
    return cal(prodid, [lines], tzs=(tz,))


def _mid(n: int) -> str:
    return f"040000008200E00074C5B7101A82E00800000000{n:04X}F00DDC01000000000000000010000000{n:08X}"


def events() -> list[dict[str, str]]:
    out = []

    def add(kind: str, text: str, uid: str, trap: str = "") -> None:
        out.append(row(kind, text, uid, 0, trap=trap or kind))

    u = _mid(1)
    add("exco", _ex(u, "ExCo", "Standing agenda: KPIs, risk register, people update (incl. vacancies).",
                    "20260302T090000", "20260302T110000", [att(f"chief.exec@{MH}", "Kaur, Mandeep")],
                    organiser=org(f"chief.exec@{MH}", "Kaur, Mandeep"),
                    rrule="RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260727T080000Z"), u, "internal-exco-recurring")

    u = _mid(2)
    add("smt", _ex(u, "SMT - operations heads", "Repairs backlog, voids, recruitment update on Head of Repairs.",
                   "20260304T100000", "20260304T113000",
                   [att(f"colin.reid@{MH}", "Reid, Colin"), att(f"amira.hussain@{MH}", "Hussain, Amira")]),
        u, "internal-smt")

    u = _mid(3)
    add("arc", _ex(u, "ARC - Q4 (Audit & Risk Committee)", "Paper: tenant safety compliance assurance. Hannah "
                   "to present item 6.", "20260323T140000", "20260323T163000",
                   [att(WORK, "Okafor, Hannah")], organiser=org(f"company.secretary@{MH}", "Company Secretary"),
                   location="Board Room"), u, "internal-arc")

    u = _mid(4)
    add("regulator-ida", _ex(
        u, "RSH in-depth assessment - interviews with executive team",
        "The Regulator's assessment team will interview each member of ExCo for 60 minutes as part of the "
        "IDA. Your slot covers tenant safety, repairs and complaints. Evidence library on SharePoint.",
        "20260513T110000", "20260513T120000", [att(WORK, "Okafor, Hannah"), att("ida.team@rsh.gov.uk",
                                                                               "IDA Team (RSH)")],
        organiser=org(f"company.secretary@{MH}", "Company Secretary")), u, "regulator-interview")

    u = _mid(5)
    add("tenant-scrutiny", _ex(
        u, "Tenant Scrutiny Panel - damp & mould review findings",
        "The panel presents its findings; Hannah responds for the exec.", "20260331T180000",
        "20260331T193000", [att(f"involvement@{MH}", "Resident Involvement")], location="Ladywood Hub"),
        u, "tenant-meeting")

    u = _mid(6)
    add("investigation", _ex(
        u, "Investigation interview - case ref HR-2026-014 (confidential)",
        "Hannah as investigating officer. Employee attends with union rep; Grace Ho (HR) taking notes.",
        "20260409T140000", "20260409T153000", [att(f"grace.ho@{MH}", "Ho, Grace")],
        location="Meeting Room 2"), u, "hr-investigation-interview")

    u = _mid(7)
    add("pre-tenancy", _ex(
        u, "Shadow: pre-tenancy interviews with Housing Officer (Shard End)",
        "Back-to-floor: sit in on two pre-tenancy interviews and a starter tenancy review with Kerry.",
        "20260415T093000", "20260415T123000", [att(f"kerry.boyle@{MH}", "Boyle, Kerry")],
        location="Shard End Neighbourhood Office"), u, "tenancy-interview")

    u = "mentoring-aisha-0318@gmail.com"
    add("mentoring", simple(
        GOOGLE, u, "Mentoring - Aisha (HDN programme)", "Session 4: stakeholder mapping, her interview next "
        "month for a Head of Service role - practise answers.", "20260318T123000", "20260318T133000",
        organiser=org("aisha.begum.hdn@gmail.com", "Aisha Begum"), people=(att(USER, "Hannah Okafor"),),
        method="REQUEST"), u, "mentoring-mentee-interview")

    u = "webinar-zoom-88120933477@zoom.us"
    add("webinar", cal(ZOOM, [[
        f"UID:{u}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260311T120000Z",
        "DTEND:20260311T130000Z",
        "SUMMARY:Webinar: Succeeding at executive interviews in housing - board panels\\, tenant panels & "
        "psychometrics",
        "DESCRIPTION:" + esc(
            "Hi Hannah Okafor,\n\nThank you for registering for the Women in Housing Leadership webinar. "
            "Speakers: a search partner and two recently appointed CEOs.\n\nPlease submit any questions to: "
            "webinars@wihl.org.uk\n\nJoin from a PC, Mac, iPad, or Android: https://us02web.zoom.us/w/"
            "88120933477?tk=abc\n\nYou can cancel your registration at any time."),
        "LOCATION:https://us02web.zoom.us/w/88120933477",
        org("no-reply@zoom.us", "Women in Housing Leadership"),
        att(USER, "Hannah Okafor"),
    ]]), u, "webinar-interview-skills")

    u = "cih-course-cbi-20260423"
    add("course", simple(
        OUTLOOK16, u, "CIH course: Competency-based interviewing and fair selection",
        "Chartered Institute of Housing - one-day course for managers who sit on recruitment panels. "
        "Certificate on completion.", "20260423", "20260424", location="CIH Learning Centre, Coventry",
        organiser=org("events@cih-training.org.uk", "CIH Training"), people=(att(WORK, "Hannah Okafor"),),
        method="REQUEST"), u, "class-interviewing")

    u = "research-int-0327-okafor@tenantflow.io"
    add("user-research", simple(
        GOOGLE, u, "User research interview: TenantFlow repairs portal (Hannah Okafor)",
        "Thanks for agreeing to a 45-minute research interview about how your team manages repairs. "
        "We'll record with your consent. £50 charity donation as a thank-you.\nLeah, UX Researcher",
        "20260327T110000", "20260327T114500", location="Google Meet",
        organiser=org("leah@tenantflow.io", "Leah Grant"), people=(att(WORK, "Hannah Okafor"),),
        method="REQUEST"), u, "user-research-interview")

    u = _mid(8)
    add("press-radio", _ex(
        u, "BBC WM interview - repairs backlog & damp (live, Breakfast)",
        "Comms: Ed to brief 7:15. Live down-the-line from the office, approx 4 min. Key messages attached.",
        "20260416T074500", "20260416T081500", [att(f"ed.lynch@{MH}", "Lynch, Ed")],
        organiser=org(f"ed.lynch@{MH}", "Lynch, Ed")), u, "press-interview")

    u = "riverside-pod-0501@gmail.com"
    add("podcast", simple(
        GOOGLE, u, "Podcast recording - 'The Social Landlord' ep. 42 with Hannah Okafor",
        "Interview about operations leadership, tenant voice and women in housing. 45 mins, Riverside.fm "
        "link to follow. Host: Nick Barnes.", "20260501T140000", "20260501T150000",
        organiser=org("thesociallandlordpod@gmail.com", "Nick Barnes"), people=(att(USER, "Hannah Okafor"),),
        method="REQUEST"), u, "podcast-interview")

    u = "podcast-habiter-demain-0515"
    add("podcast-fr", _tz(
        GOOGLE, TZ_PARIS, u, "Interview podcast « Habiter demain » - Hannah Okafor",
        "Bonjour Hannah, merci d'avoir accepté notre invitation ! Nous enregistrerons un épisode d'environ "
        "40 minutes sur le logement social au Royaume-Uni et la participation des locataires. L'entretien "
        "se fera en anglais, sous-titré ensuite.\nÀ bientôt,\nCamille", "20260515T100000",
        "20260515T110000", org("camille@habiterdemain.fr", "Camille Robert")), u, "podcast-fr")

    u = "wowi-presse-interview-0611@wohnwirtschaft-aktuell.de"
    add("press-de", _tz(
        OUTLOOK16, TZ_BERLIN, u, "Interview mit Hannah Okafor - Wohnwirtschaft aktuell",
        "Sehr geehrte Frau Okafor,\n\nvielen Dank für Ihre Zusage zum Interview für unsere Juni-Ausgabe zum "
        "Thema Mieterbeteiligung in England. Das Gespräch (ca. 30 Minuten) führen wir auf Englisch per "
        "Teams.\n\nMit freundlichen Grüßen\nJonas Weber, Redaktion", "20260611T150000", "20260611T153000",
        org("j.weber@wohnwirtschaft-aktuell.de", "Jonas Weber"), "Microsoft Teams"), u, "press-interview-de")

    u = "entrevista-vivienda-social-0527"
    add("press-es", _tz(
        OUTLOOK16, TZ_MADRID, u, "Entrevista para la revista Vivienda Social - Hannah Okafor",
        "Hola Hannah,\n\nGracias por aceptar la entrevista para nuestro número especial sobre vivienda "
        "social en Europa. Hablaremos unos 30 minutos (en inglés) sobre la gestión de reparaciones y la "
        "voz de los inquilinos.\n\nUn saludo,\nPablo Serrano, periodista", "20260527T120000",
        "20260527T123000", org("pablo.serrano@viviendasocial.es", "Pablo Serrano"), "Zoom"),
        u, "press-interview-es")

    return out
