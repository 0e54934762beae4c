# ruff: noqa: E501
"""holdout116 negatives around the job search: mocks, webinars, other 'interviews', chats, fairs, references, prep."""

from __future__ import annotations

from holdout116ev_ics import ME_FREE, ME_WORK, cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUT16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def _ev(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", org: str = "",
        atts: tuple[str, ...] = (), tzid: str = "Europe/Berlin") -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260305T090000Z",
        f"DTSTART:{start}" if start.endswith("Z") else f"DTSTART;TZID={tzid}:{start}",
        f"DTEND:{end}" if end.endswith("Z") else f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{desc}" if desc else "",
        f"LOCATION:{loc}" if loc else "",
        f"ORGANIZER;CN={org}" if org else "",
        *[f"ATTENDEE;RSVP=TRUE;CN={a}" for a in atts],
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return "\n".join(ln for ln in lines if ln)


def events() -> list[dict[str, str]]:
    out = []
    me = f"Katrin Vogel:mailto:{ME_FREE}"

    def add(kind: str, body: str, uid: str, trap: str, prodid: str = GOOGLE, method: str = "REQUEST",
            tz: str = "berlin") -> None:
        out.append(item(kind, cal(body, prodid, method, tz), uid, 0, trap=trap))

    uid = "mock-coach-2026-03-07@karriere-kompass-leipzig.de"
    add("mock-coach-de", _ev(
        uid, "Bewerbungstraining: Mock-Interview Private Banking (Video-Feedback)", "20260307T100000", "20260307T113000",
        "Liebe Frau Vogel\\,\\nwir simulieren ein Vorstellungsgespräch für eine Private-Banking-Stelle inkl. Stressfragen und Gehaltsverhandlung. Ich spiele die Bereichsleiterin. Aufzeichnung zur Auswertung.\\nKarin Stoll\\, Karriere-Kompass Coaching",
        "Karriere-Kompass\\, Nikolaistr. 28\\, Leipzig", "Karin Stoll:mailto:stoll@karriere-kompass-leipzig.de", (me,)),
        uid, "mock-coach-de")

    uid = "probe-vg-jana-6c7d8e9f@google.com"
    add("mock-friend-de", _ev(uid, "Probe-VG mit Jana (sie fragt mich ab – Tresorly-Case üben)", "20260412T190000",
                              "20260412T203000", "Jana spielt Head of Advisory. Fallstudie Portfolio aus Glassdoor-Berichten",
                              "bei Jana\\, Südvorstadt"), uid, "mock-friend-names-company-de", method="")

    uid = "webinar-8812-4410@events.finanzkarriere.de"
    add("webinar-de", _ev(
        uid, "Webinar: Souverän im Vorstellungsgespräch – Wechsel in Private Banking & Wealth Management", "20260304T170000Z",
        "20260304T180000Z",
        "Vielen Dank für Ihre Anmeldung!\\nReferentin: Dr. Miriam Hecht (Personalberaterin)\\nZugang: https://events.finanzkarriere.de/live/8812\\nDie Aufzeichnung erhalten Sie im Anschluss.",
        "Online", "finanzkarriere.de Events:mailto:events@finanzkarriere.de", (me,)), uid, "webinar-de", tz="")

    uid = "li-live-ace-wm-interview-20260319@linkedin.com"
    add("webinar-en", _ev(
        uid, "LinkedIn Live: How to ace your wealth management interview", "20260319T160000Z", "20260319T170000Z",
        "You registered for this event. Speakers: Hannah Greaves (Head of Talent\\, a European private bank) and James Okafor (career coach). Join on LinkedIn.",
        "https://www.linkedin.com/events/7301928837465", "LinkedIn Events:mailto:events-noreply@linkedin.com", (me,)),
        uid, "webinar-en", tz="")

    uid = "ihk-seminar-2026-0415@leipzig.ihk.de"
    add("class-de", _ev(
        uid, "IHK-Seminar: Gehaltsverhandlung und Vorstellungsgespräch für Fach- und Führungskräfte", "20260415T090000",
        "20260415T163000", "Seminar-Nr. 26-1187\\, Referent: Uwe Bartsch. Teilnahmebescheinigung wird ausgestellt.",
        "IHK zu Leipzig\\, Goerdelerring 5", "IHK Weiterbildung:mailto:weiterbildung@leipzig.ihk.de", (me,)),
        uid, "class-interview-seminar-de")

    # user research interview by a fintech (the user is a participant, gets a voucher)
    uid = "ur-session-551@research.kontor.io"
    add("user-research-de", _ev(
        uid, "Nutzerinterview Kontor Banking-App (60 Min.\\, 50 € Gutschein)", "20260321T100000", "20260321T110000",
        "Hallo Katrin\\,\\ndanke\\, dass du an unserer Nutzerstudie teilnimmst! Wir sprechen über deine Erfahrungen mit Baufinanzierungs-Apps. Es gibt keine richtigen oder falschen Antworten.\\nViele Grüße\\nNele (UX Research\\, Kontor Bank)\\nZoom: https://kontor.zoom.us/j/95511020334",
        "Zoom", "Nele Hartung:mailto:nele.hartung@kontor.io", (me,)), uid, "user-research-interview-company-de")

    # press interview with the regional newspaper (user speaks for her Sparkasse)
    uid = "040000008200E00074C5B7101A82E00800000000CC01B7C3D1A9DC01000000000000000010000000B0B0C0C0D0D0E0E0F0F0"
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN="Pressestelle":mailto:presse@sparkasse-leipzig-muldental.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Vogel, Katrin":mailto:{ME_WORK}
    ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Anke Brettschneider (LVZ)":mailto:a.brettschneider@lvz-redaktion.de
    DESCRIPTION;LANGUAGE=de-DE:Interview für die Serie 'Geld & Familie': Baufinanzierung für junge Familien. Frau Vogel als Expertin der Sparkasse. Fotograf kommt mit. Zitate vorab mit Pressestelle abstimmen.
    UID:{uid}
    SUMMARY;LANGUAGE=de-DE:Interview LVZ – Baufinanzierung junge Familien (K. Vogel)
    DTSTART;TZID=W. Europe Standard Time:20260408T100000
    DTEND;TZID=W. Europe Standard Time:20260408T110000
    DTSTAMP:20260401T080000Z
    STATUS:CONFIRMED
    LOCATION;LANGUAGE=de-DE:Filiale Wurzen
    END:VEVENT
    """
    add("press-de", body, uid, "press-interview-de", prodid="Microsoft Exchange Server 2010", tz="win")

    uid = "podcast-geld-leipzig-ep31@google.com"
    add("podcast-de", _ev(uid, "Podcast-Aufnahme „Geld & Leipzig“ Folge 31 – Gast: Katrin Vogel", "20260423T180000",
                          "20260423T193000", "Thema: Erste Immobilie – worauf achten? Interview mit Moderator Sven Pätzold. Headset wird gestellt.",
                          "Studio Plagwitz\\, Zschochersche Str. 48", "Sven Pätzold:mailto:sven@geldundleipzig.de", (me,)),
        uid, "podcast-interview-de")

    uid = "masterarbeit-interview-4e5f6a7b@uni-leipzig.de"
    add("thesis-research-de", _ev(
        uid, "Experteninterview Masterarbeit (Beratungsqualität im Filialgeschäft)", "20260330T170000", "20260330T174500",
        "Liebe Frau Vogel\\,\\nvielen Dank\\, dass Sie mir als Expertin für ein leitfadengestütztes Interview zur Verfügung stehen. Das Gespräch wird anonymisiert ausgewertet.\\nLea Brückner\\, M.Sc. BWL\\, Universität Leipzig",
        "BigBlueButton", "Lea Brückner:mailto:lea.brueckner@studserv.uni-leipzig.de", (me,)),
        uid, "research-interview-de")

    # coffee chat with ex-colleague now at a company the user applies to
    uid = "kaffee-marc-zinswerk-0d1e2f3a@google.com"
    add("coffee-chat-de", _ev(uid, "Kaffee mit Marc (ex-Kollege\\, jetzt Zinswerk) – wie ist es da?", "20260308T150000",
                              "20260308T160000", "nicht offiziell\\, nur Einblick: Team\\, Gehalt\\, Remote-Regelung",
                              "Café Kandler"), uid, "coffee-chat-informational-de", method="")

    uid = "messe-finanzkarriere-2026@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;VALUE=DATE:20260418
    DTEND;VALUE=DATE:20260419
    DTSTAMP:20260301T100000Z
    UID:{uid}
    SUMMARY:Karrieremesse „Finanzplatz Mitteldeutschland“ (Messe Leipzig)
    DESCRIPTION:Ticket im Mailpostfach. Stände: Volksbanken\\, Versicherer\\, Fintechs. Lebensläufe x10 ausdrucken.
    LOCATION:Leipziger Messe\\, Halle 2
    TRANSP:TRANSPARENT
    END:VEVENT
    """
    add("job-fair-de", body, uid, "job-fair-allday-de", method="", tz="")

    # reference call: a bank calls the user about her ex-Azubi
    uid = "referenz-tobias-9f8e7d6c@google.com"
    add("reference-de", _ev(
        uid, "Referenzanruf Volksbank Muldenland wg. Tobias Hähnel (ehem. Azubi)", "20260402T121500", "20260402T123000",
        "Fr. Heinicke ruft an\\, Tobias hat mich als Referenz angegeben. Nur Positives\\, Zeugnis liegt vor.", "Telefon"),
        uid, "reference-call-user-is-referee-de", method="")

    # recruiter call naming no employer
    uid = "hr-consult-kennenlernen-20260310@albers-partner.de"
    add("recruiter-no-employer-de", _ev(
        uid, "Kennenlernen Katrin Vogel / Albers & Partner Personalberatung", "20260310T120000", "20260310T123000",
        "Sehr geehrte Frau Vogel\\,\\nvielen Dank für Ihre Rückmeldung auf meine Nachricht über Xing. Gern möchte ich Sie kennenlernen und über Ihre Wechselmotivation sowie mögliche Vakanzen im Private Banking in Mitteldeutschland sprechen.\\nBeste Grüße\\nJörg Albers",
        "Telefon", "Jörg Albers:mailto:j.albers@albers-partner.de", (me,)), uid, "recruiter-no-employer-de", prodid=OUT16)

    uid = "lh-intro-20260325@lakehousesearch.com"
    add("recruiter-no-employer-en", _ev(
        uid, "Intro call – Katrin / Lakehouse Search (confidential wealth mandates DACH)", "20260325T170000Z",
        "20260325T171500Z",
        "Hi Katrin\\, great to connect. As mentioned I'm working on a couple of confidential client-advisor mandates for German-speaking markets – happy to share more once we've spoken. Best\\, Sam",
        "Phone", "Sam Whitford:mailto:sam@lakehousesearch.com", (me,)), uid, "recruiter-no-employer-en", tz="")

    # prep block naming the company
    uid = "prep-elbland-1a2b3c4d@google.com"
    add("prep-block-de", _ev(uid, "Vorbereitung Fachgespräch Elbland Privatbank", "20260316T190000", "20260316T210000",
                             "Geschäftsbericht lesen\\, 3 Kundenfälle\\, Fragen an Dr. Lorenz notieren"),
        uid, "prep-block-company-de", method="")

    # salary negotiation coaching call
    uid = "cal-Gh7kL9mN1pQ3rS5tU7vW@Cal.com"
    add("coaching-calcom-de", _ev(
        uid, "Gehaltsverhandlung-Coaching zwischen Anja Reiß und Katrin Vogel", "20260416T160000Z", "20260416T164500Z",
        "Was: Gehaltsverhandlung-Coaching (45 Min.)\\nGastgeberin: Anja Reiß – Karrierecoaching für Frauen in Finanzberufen\\nZusätzliche Anmerkungen: Angebot Volksbank liegt vor\\, wie verhandeln?",
        "https://app.cal.com/video/Gh7kL9mN1pQ3rS5tU7vW", "Anja Reiß:mailto:hallo@anjareiss-coaching.de", (me,)),
        uid, "coaching-names-offer-de", prodid="-//Cal.com Inc.//Cal.com Event//EN", tz="")

    # networking: alumni evening of a bank (EN)
    uid = "evt-networking-8841@meetup.com"
    add("networking-en", _ev(
        uid, "Women in Finance Leipzig – Networking Evening", "20260423T163000Z", "20260423T190000Z",
        "Panel: career switches into wealth management\\, followed by drinks. Hosted by Women in Finance Leipzig.",
        "Westwerk\\, Karl-Heine-Str. 85\\, Leipzig", "Women in Finance Leipzig:mailto:info@meetup.com", (me,)),
        uid, "networking-event-en", tz="")
    return out
