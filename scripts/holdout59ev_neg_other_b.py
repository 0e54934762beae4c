"""holdout59: other negatives, part B — chats, fairs, references, prep, travel (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import calendly_footer, teams, zoom
from holdout59ev_ics import (
    BERLIN,
    ME,
    WORK,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    ms_extra,
    olson,
    org,
    outlook_uid,
    windows,
)

UTC1_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _tb(seed: str, summary: str, start: str, end: str, desc: str = "", loc: str = "") -> tuple[str, str]:
    uid = guid(seed).lower()
    ve = [
        "CREATED:20260201T200000Z", "LAST-MODIFIED:20260201T200000Z", "DTSTAMP:20260201T200000Z", f"UID:{uid}",
        "SUMMARY:" + esc(summary),
        f"DTSTART;VALUE=DATE:{start}" if len(start) == 8 else f"DTSTART;TZID=Europe/Berlin:{start}",
        f"DTEND;VALUE=DATE:{end}" if len(end) == 8 else f"DTEND;TZID=Europe/Berlin:{end}",
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:1",
    ]
    if loc:
        ve.append("LOCATION:" + esc(loc))
    if desc:
        ve.append("DESCRIPTION:" + esc(desc))
    return uid, cal(ve, "tb", method=None, tzs=(BERLIN,), calscale=False)


def _g(seed: str, organizer: tuple[str, str], guests: list[tuple[str, str]], summary: str, start: str, end: str,
       desc: str, loc: str = "") -> tuple[str, str]:
    uid = f"{hexid(seed, 26)}@google.com"
    ve = [
        f"DTSTART:{start}", f"DTEND:{end}", "DTSTAMP:20260201T100000Z", org(*organizer), f"UID:{uid}",
        *(att(a, n, partstat="ACCEPTED" if a == organizer[0] else "NEEDS-ACTION", extra="X-NUM-GUESTS=0")
          for a, n in guests),
        "CREATED:20260201T095959Z", "DESCRIPTION:" + esc(desc), "LAST-MODIFIED:20260201T095959Z",
        "LOCATION:" + esc(loc), "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE",
    ]
    return uid, cal(ve, "google")


def coffee_chat() -> Ev:
    uid, ics = _g(
        "neg-coffee", ("maren.struck@gmail.com", "Maren Struck"),
        [("maren.struck@gmail.com", "Maren Struck"), (ME, "jonas.brueckner@gmx.de")],
        "Kaffee Maren & Jonas – wie ist es bei Rijnpoort?", "20260117T100000Z", "20260117T113000Z",
        "Ganz informell – ich erzähl dir, wie es mir seit dem Wechsel nach Venlo geht, und du kannst mich alles "
        "zu Rijnpoort fragen. Keine Bewerbungssituation, versprochen 😉", "Café Elbgold, Lagerstraße 34c")
    return _neg("google-de", ics, uid, "informational-coffee-chat-de")


def job_fair() -> Ev:
    uid, ics = _tb(
        "neg-fair", "Karrieremesse „Logistik & Hafen“ – Messe Hamburg", "20260307T100000", "20260307T150000",
        "Stände ansehen: HKL (B6-14), NCT (B6-02), Marktkorb (B6-30), Personalberater Logistikköpfe. "
        "Lebensläufe ausgedruckt (10x) mitnehmen. Kurzvorstellung üben.", "Messe Hamburg, Halle B6")
    return _neg("thunderbird-de", ics, uid, "job-fair-de")


def reference_call() -> Ev:
    uid = outlook_uid("neg-reference")
    d = ("Dear Jonas,\n\nTim Becker has listed you as a professional reference for the Transport Planner role at "
         "Seabridge Freight in Bremen. Thank you for agreeing to a short call – it will take about 20 minutes and "
         "cover Tim's responsibilities, strengths and areas for development while you worked together at "
         "Elbkai.\n\nKind regards,\nGrace Whitfield\nPeople Team, Seabridge Freight\n\n" + teams("en", "neg-ref"))
    ve = [
        org("grace.whitfield@seabridgefreight.com", "Whitfield, Grace"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Reference call – Tim Becker (Transport Planner)",
        "DTSTART;TZID=W. Europe Standard Time:20260206T120000", "DTEND;TZID=W. Europe Standard Time:20260206T122000",
        "DTSTAMP:20260202T160000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", *ms_extra(),
    ]
    return _neg("outlook-en", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid, "reference-call-referee-en")


def headhunter_de() -> Ev:
    uid = outlook_uid("neg-headhunter")
    d = ("Guten Tag Herr Brückner,\n\nvielen Dank für Ihre Rückmeldung auf meine Nachricht bei LinkedIn. Wie "
         "angedeutet betreue ich exklusiv eine vertrauliche Position als Head of Supply Chain Management bei einem "
         "inhabergeführten Mittelständler in Norddeutschland (ca. 900 Mitarbeitende). Den Namen unseres Mandanten "
         "kann ich Ihnen nach unserem Gespräch nennen.\n\nIch rufe Sie an.\n\nBeste Grüße\nTanja Reimers\n"
         "Logistikköpfe Personalberatung")
    ve = [
        org("t.reimers@logistikkoepfe.de", "Reimers, Tanja"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Telefonat Logistikköpfe – vertrauliche Position Head of SCM",
        "DTSTART;TZID=W. Europe Standard Time:20260113T181500", "DTEND;TZID=W. Europe Standard Time:20260113T184500",
        "DTSTAMP:20260109T120000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Telefon",
        *ms_extra(),
    ]
    return _neg("outlook-agency-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "recruiter-call-no-employer-de")


def headhunter_en() -> Ev:
    uid = f"{guid('neg-kingfield').lower()}@calendly.com"
    d = ("Event Name: Introductory call (25 min)\n\nLocation: This is a Zoom web conference.\n"
         + zoom("en", "neg-kingfield") + "\n\nPlease share anything that will help prepare for our meeting.\n"
         "Open to senior supply chain roles in DACH/Benelux.\n\n" + calendly_footer("en", "neg-kingfield"))
    ve = [
        "DTSTAMP:20260201T150000Z", "DTSTART:20260204T070000Z", "DTEND:20260204T072500Z",
        "SUMMARY:Jonas Brückner and Alexandra Weiss", f"UID:{uid}",
        org("alexandra.weiss@kingfield-search.com", "Alexandra Weiss"),
        att("alexandra.weiss@kingfield-search.com", "Alexandra Weiss", partstat="ACCEPTED", rsvp=False),
        att(ME, "Jonas Brückner", partstat="ACCEPTED", rsvp=False), "DESCRIPTION:" + esc(d), "LOCATION:Zoom",
        "STATUS:CONFIRMED",
    ]
    return _neg("calendly-en", cal(ve, "-//Calendly//Calendly Scheduling//EN"), uid, "recruiter-intro-no-employer-en")


def prep_block() -> Ev:
    uid, ics = _tb(
        "neg-prep", "Vorbereitung Interview Brise: Fallstudie durchrechnen + Folien", "20260223T180000",
        "20260223T210000", "Excel: Saisonfaktoren, Leergut-Engpass. Max. 8 Folien. Fragen an Fr. Hinrichs notieren.")
    return _neg("thunderbird-de", ics, uid, "prep-block-de")


def travel_block() -> Ev:
    uid = guid("neg-travel")
    ve = [
        "CREATED:20260214T090000Z", "DTSTART;TZID=Europe/Berlin:20260226T062400",
        "DTEND;TZID=Europe/Berlin:20260226T120400", "DTSTAMP:20260214T090000Z", "SEQUENCE:0",
        "SUMMARY:ICE 571 Hamburg-Dammtor → Stuttgart Hbf (Kaltenbach)", f"UID:{uid}",
        "LOCATION:Hamburg Dammtor", "DESCRIPTION:" + esc("Wagen 12, Platz 61 – Auftrag 7H3KQ2"),
        "TRANSP:TRANSPARENT",
    ]
    return _neg("ios-de", cal(ve, "ios", method=None, tzs=(BERLIN,)), uid, "travel-to-interview-de")


def thank_you() -> Ev:
    uid, ics = _g(
        "neg-thanks", (ME, "Jonas Brückner"), [], "Dankesmail an Kestrel schicken (Ava, Ruud, Priya)",
        "20260224T180000Z", "20260224T181500Z", "Kurz, auf Englisch, Bezug auf Replenishment-Frage von Ruud.")
    return _neg("google-de", ics, uid, "followup-reminder-de")


def networking() -> Ev:
    uid, ics = _tb(
        "neg-network", "Stammtisch Logistik-Netzwerk Elbe – Thema Fachkräfte", "20260219T183000", "20260219T213000",
        "Vortrag + Netzwerken. Visitenkarten mitnehmen.", "Gröninger Privatbrauerei, Willy-Brandt-Straße 47")
    return _neg("thunderbird-de", ics, uid, "networking-evening-de")


def viewing_nl() -> Ev:
    uid = f"{hexid('neg-viewing', 20)}@vanleeuwen-makelaars.nl"
    d = ("Beste heer Brückner,\n\nHierbij bevestigen wij de bezichtiging van het appartement aan de Parade 27-C, "
         "Venlo (3 kamers, 92 m²). U wordt ontvangen door onze makelaar Sanne van Leeuwen.\n\nMet vriendelijke "
         "groet,\nVan Leeuwen Makelaars")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260301T090000Z", "DTSTART;TZID=Europe/Amsterdam:20260307T113000",
        "DTEND;TZID=Europe/Amsterdam:20260307T120000", "SUMMARY:Bezichtiging Parade 27-C\\, Venlo",
        "LOCATION:" + esc("Parade 27-C, 5911 CB Venlo"), org("info@vanleeuwen-makelaars.nl", "Van Leeuwen Makelaars"),
        att(ME, "J. Brückner"), "DESCRIPTION:" + esc(d),
    ]
    return _neg("booking-nl", cal(ve, "-//Van Leeuwen Makelaars//Afspraken//NL",
                                  tzs=(olson("Europe/Amsterdam"),)), uid, "apartment-viewing-nl")


def spanish_class() -> Ev:
    uid, ics = _tb(
        "neg-spanish", "Clase de español B1 – tema: la entrevista de trabajo", "20260302T183000", "20260302T200000",
        "Deberes: preparar 5 preguntas típicas de una entrevista y responder en pasado. VHS Altona, Sala 12.",
        "VHS-Zentrum Altona")
    return _neg("thunderbird-es", ics, uid, "language-class-interview-topic-es")


def french_partner() -> Ev:
    uid = outlook_uid("neg-berthier")
    d = ("Bonjour Jonas,\n\nComme chaque mois, faisons le point sur les flux Lyon–Hambourg : volumes S9–S12, taux "
         "de remplissage, retours de palettes.\n\nCordialement,\nÉmilie Roux\nTransports Berthier\n\n"
         + teams("fr", "neg-berthier"))
    ve = [
        org("e.roux@transports-berthier.fr", "Roux, Émilie"), att(WORK, "Brückner, Jonas"),
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-FR:Point mensuel Berthier / Elbkai – flux Lyon–Hambourg",
        f"DTSTART;TZID=\"{UTC1_FR}\":20260310T100000", f"DTEND;TZID=\"{UTC1_FR}\":20260310T110000",
        "DTSTAMP:20260303T080000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", *ms_extra(),
    ]
    return _neg("outlook-fr", cal(ve, "outlook", tzs=(windows(UTC1_FR),), calscale=False), uid,
                "partner-meeting-fr")


def branding_video() -> Ev:
    uid = outlook_uid("neg-video")
    d = ("Hi Jonas,\n\nfür die neue Karriereseite drehen wir kurze Interviews mit Kolleg*innen aus der Disposition: "
         "Warum Elbkai? Wie sieht dein Arbeitstag aus? Dauer ca. 20 Minuten vor der Kamera, bitte kein "
         "Firmenlogo-fremdes Shirt 😉\n\nDanke!\nLaura (Marketing)")
    ve = [
        org("l.timm@elbkai-logistik.de", "Timm, Laura"), att(WORK, "Brückner, Jonas"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Dreh Karrierevideo: Interview mit Jonas (Employer Branding)",
        "DTSTART;TZID=W. Europe Standard Time:20260218T140000", "DTEND;TZID=W. Europe Standard Time:20260218T150000",
        "DTSTAMP:20260209T080000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Disposition Haus A",
        *ms_extra(),
    ]
    return _neg("outlook-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "employer-branding-video-de")


def tax_advisor() -> Ev:
    uid, ics = _tb("neg-tax", "Steuerberaterin Fr. Jacobsen – Unterlagen ESt 2025", "20260316T170000",
                   "20260316T180000", "Belege Handwerker, Kita-Kosten, Fahrtkosten", "Kanzlei Jacobsen, Eppendorf")
    return _neg("thunderbird-de", ics, uid, "tax-advisor-de")


def webinar_en() -> Ev:
    uid = f"{hexid('neg-webinar-en', 20)}@on24.example"
    d = ("Thank you for registering!\n\nHiring great planners: how to interview for S&OP talent\nSpeakers: Dana "
         "Whitaker (Planning Leaders Forum), Oskar Lind (VP Supply Chain)\n\nLearn how to design case interviews "
         "for demand and supply planners, which questions reveal forecasting judgement, and how to score them.\n\n"
         "Join: https://event.planningleaders.org/live/" + hexid("pl", 12))
    ve = [
        f"UID:{uid}", "DTSTAMP:20260201T120000Z", "DTSTART:20260212T160000Z", "DTEND:20260212T170000Z",
        "SUMMARY:" + esc("Webinar: Hiring great planners – how to interview for S&OP talent"),
        "LOCATION:Online", org("webinars@planningleaders.org", "Planning Leaders Forum"), att(WORK, "Jonas Brückner"),
        "DESCRIPTION:" + esc(d),
    ]
    return _neg("webinar-en", cal(ve, "-//Planning Leaders Forum//Webinars//EN"), uid, "webinar-interviewing-en")


def tryout() -> Ev:
    uid, ics = _g(
        "neg-tryout", ("jugend@sc-victoria-hh.de", "SC Victoria Jugend"),
        [(ME, "jonas.brueckner@gmx.de")], "Probetraining Paul – U10", "20260318T153000Z", "20260318T170000Z",
        "Hallo Familie Brückner,\n\nPaul ist herzlich zum Probetraining eingeladen. Bitte Schienbeinschoner und "
        "Hallenschuhe mitbringen.\n\nSportliche Grüße\nTrainerteam U10", "Sportplatz Hoheluft, Lokstedter Steindamm")
    return _neg("google-de", ics, uid, "child-sports-tryout-de")


EVENTS = [coffee_chat, job_fair, reference_call, headhunter_de, headhunter_en, prep_block, travel_block, thank_you,
          networking, viewing_nl, spanish_class, french_partner, branding_video, tax_advisor, webinar_en, tryout]
