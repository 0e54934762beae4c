"""holdout62 negatives: practice, webinars, classes, media interviews, personal appointments (part A)."""

from __future__ import annotations

from holdout62ev_boiler import meet, zoom
from holdout62ev_ics import (
    ME,
    ME_WORK,
    Ev,
    apple_event,
    att,
    g_att,
    google_event,
    google_uid,
    h,
    head_apple,
    head_generic,
    head_google,
    olson_tz,
    org,
    plain_event,
    uuid,
    vcal,
)
from holdout62ev_neg_side_a import neg

TZ = olson_tz(lic=False)


def mock_coach() -> Ev:
    uid = f"{digits_of('o-mock')}ZOOM{digits_of('o-mock2')}@zoom.us"
    zb, url = zoom("o-mock", "de", "Sabine Roth", "Interview-Training Matthias Keller (Sitzung 3)",
                   "14.Okt..2025 05:30 PM Amsterdam, Berlin, Rom, Stockholm, Wien")
    desc = ("Lieber Matthias\n\nIn der dritten Sitzung simulieren wir ein Interview für eine Projektdirektor-Stelle; "
            "ich spiele die Geschäftsführerin. Wir üben anhand des Inserats von Rüegg Bauingenieure, das du mir "
            "geschickt hast (Fallstudien-Fragen, Gehaltsfrage, Schwächen). Danach Video-Feedback.\n\nHerzlich\n"
            "Sabine Roth, Laufbahnberatung & Interviewtraining\n\n" + zb)
    ev = plain_event(uid=uid, start="20251014T1730", end="20251014T1900", tzid="Europe/Zurich",
                     summary="Interview-Training (Mock-Interview) – Matthias Keller", desc=desc, location=url,
                     organizer=org("sabine.roth@laufbahn-roth.ch", "Sabine Roth"), atts=[att(ME, "Matthias Keller")],
                     stamp="20251007T100000Z")
    return neg("mock-coach-zoom-de", vcal(head_generic("-//Zoom Video Communications//Zoom//EN"), [TZ, ev]), uid,
               "mock-coach-names-company-de")


def digits_of(seed: str) -> str:
    return str(int(h(seed, 12), 16))[:11]


def mock_friend() -> Ev:
    uid = google_uid("o-mock-en")
    mb, url = meet("o-mock-en", "en")
    desc = ("Practice run for the Tessera virtual onsite: you ask me the behavioural questions in English, I answer, "
            "then you tell me honestly where I ramble. Beer is on me next time!\nMatthias\n\n" + mb)
    ev = google_event(uid=uid, start="20251105T2000", end="20251105T2100",
                      summary="Mock interview (English) – practice with Daniel", desc=desc,
                      organizer=org(ME, "Matthias Keller"),
                      atts=[g_att(ME, "Matthias Keller", "ACCEPTED"), g_att("daniel.brun@gmail.com", "Daniel Brun")],
                      stamp="20251101T120000Z", created="20251101T115800Z", meet=url)
    return neg("mock-friend-meet-en", vcal(head_google(), [ev]), uid, "mock-practice-user-organizer-en")


def webinar() -> Ev:
    uid = f"{uuid('o-web')}@zoom.us"
    _, url = zoom("o-web", "de", "Kaderforum Schweiz", "Webinar: Erfolgreich im Vorstellungsgespräch für "
                   "Kaderpositionen", "18.Sept..2025 12:15 PM Zürich")
    desc = ("Vielen Dank für Ihre Anmeldung zum Webinar «Erfolgreich im Vorstellungsgespräch für Kaderpositionen – "
            "was Verwaltungsräte wirklich fragen».\n\nReferentin: Dr. Monika Städeli, Executive Coach\n\n"
            "Sie können jederzeit vor dem Webinar beitreten:\n" + url + "\n\nKenncode: " + digits_of("o-webk")[:6]
            + "\n\nSie können das Webinar auch Ihrem Kalender hinzufügen.")
    ev = plain_event(uid=uid, start="20250918T1215", end="20250918T1315", tzid="Europe/Zurich",
                     summary="Webinar: Erfolgreich im Vorstellungsgespräch für Kaderpositionen", desc=desc,
                     location=url, organizer=org("no-reply@zoom.us", "Kaderforum Schweiz"), stamp="20250910T070000Z")
    return neg("webinar-interviewing-de", vcal(head_generic("-//Zoom Video Communications//Zoom//EN"), [TZ, ev]), uid,
               "webinar-about-interviews-de")


def course() -> Ev:
    uid = f"kurs-{h('o-kurs', 10)}@sia-form.ch"
    desc = ("SIA-Form Kurs FK-217 «Bewerbungsgespräche professionell führen – für Führungskräfte in Planung und "
            "Bau», Modul 2: Strukturierte Interviews, Beurteilungsfehler, Rollenspiele.\nKursleitung: Peter "
            "Schwab\nOrt: SIA-Haus, Selnaustrasse 16, 8001 Zürich, Raum 2\nBitte Laptop mitbringen.")
    ev = plain_event(uid=uid, start="20250924T0830", end="20250924T1630", tzid="Europe/Zurich",
                     summary="SIA-Kurs: Bewerbungsgespräche professionell führen (Modul 2)", desc=desc,
                     location="SIA-Haus, Selnaustrasse 16, 8001 Zürich",
                     organizer=org("kurse@sia-form.ch", "SIA-Form Weiterbildung"),
                     atts=[att(ME_WORK, "Matthias Keller")], stamp="20250915T080000Z")
    return neg("course-interviewing-de", vcal(head_generic("-//SIA-Form//Kursverwaltung//DE"), [TZ, ev]), uid,
               "class-about-interviewing-de")


def atelier_fr() -> Ev:
    uid = uuid("o-atelier", True)
    ev = apple_event(uid=uid, start="20251108T0930", end="20251108T1200",
                     summary="Atelier : réussir son entretien d'embauche (cadres 45+)",
                     desc="Association Cadres Romands – atelier pratique, simulations filmées. Inscrit, payé CHF 80.",
                     location="Maison des Associations, Rue des Savoises 15, 1205 Genève", stamp="20251020T190000Z")
    return neg("atelier-entretien-fr", vcal(head_apple(method=None), [TZ, ev]), uid, "workshop-job-interview-fr")


def press_de() -> Ev:
    uid = google_uid("o-press")
    desc = ("Interview mit Anna Keel (Zürcher Tagesblatt) zur Sanierung der Rosengartenstrasse: Etappierung, "
            "Umleitungen, Lärm in der Nacht. Dauer ca. 30', anschliessend Fotos vor Ort. Begleitung durch die "
            "Medienstelle (Jürg Meili). Kernbotschaften im Anhang.")
    ev = google_event(uid=uid, start="20251013T1100", end="20251013T1145",
                      summary="Medieninterview Zürcher Tagesblatt – Sanierung Rosengartenstrasse", desc=desc,
                      organizer=org("medien@bd.zh.ch", "Medienstelle Baudirektion"),
                      atts=[g_att("medien@bd.zh.ch", "Medienstelle Baudirektion", "ACCEPTED"),
                            g_att(ME_WORK, "Matthias Keller"), g_att("anna.keel@tagesblatt.ch", "Anna Keel")],
                      location="Baustelle Rosengartenstrasse / Wipkingerplatz", stamp="20251008T090000Z",
                      created="20251008T085800Z")
    return neg("press-interview-de", vcal(head_google(), [ev]), uid, "press-interview-de")


def podcast() -> Ev:
    uid = f"{digits_of('o-pod')}ZOOM@zoom.us"
    zb, url = zoom("o-pod", "de", "Bau-Talk Podcast", "Aufnahme Folge 48 – Matthias Keller",
                   "27.Okt..2025 07:00 PM Zürich")
    desc = ("Hallo Matthias\n\nMerci, dass du bei «Bau-Talk» dabei bist! Wir zeichnen das Interview über Zoom auf "
            "(Kopfhörer bitte). Themen: Brückeninstandsetzung bei laufendem Verkehr, Fachkräftemangel, was junge "
            "Ingenieurinnen und Ingenieure motiviert.\n\nBis dann\nNina & Severin\n\n" + zb)
    ev = plain_event(uid=uid, start="20251027T1900", end="20251027T2000", tzid="Europe/Zurich",
                     summary="Podcast-Aufnahme «Bau-Talk»: Interview mit Matthias Keller", desc=desc, location=url,
                     organizer=org("hallo@bau-talk.ch", "Bau-Talk Podcast"), atts=[att(ME, "Matthias Keller")],
                     stamp="20251015T180000Z")
    return neg("podcast-interview-de", vcal(head_generic("-//Zoom Video Communications//Zoom//EN"), [TZ, ev]), uid,
               "podcast-interview-de")


def user_research() -> Ev:
    uid = uuid("o-ux")
    mb, url = meet("o-ux", "en")
    desc = ("Hi Matthias,\n\nthanks for signing up for a user interview about SiteLog, our construction-site diary "
            "app. We'll ask about how your team documents site visits today and show you two prototypes. The "
            "session is recorded for internal research only; you'll receive a CHF 100 voucher afterwards.\n\n"
            "Jonas Meier, UX Research, SiteLog\n\n" + mb)
    ev = plain_event(uid=uid, start="20251118T1700", end="20251118T1745", utc_times=True,
                     summary="User interview: SiteLog research session (45 min)", desc=desc, location=url,
                     organizer=org("research@sitelog.io", "SiteLog Research"),
                     atts=[att(ME, "Matthias Keller"), att("jonas.meier@sitelog.io", "Jonas Meier")],
                     stamp="20251111T090000Z")
    return neg("user-research-en", vcal(head_generic("-//Calendly//Calendly//EN"), [ev]), uid, "user-research-en")


def radio_fr() -> Ev:
    uid = uuid("o-rts", True)
    ev = apple_event(uid=uid, start="20251202T0715", end="20251202T0730",
                     summary="Interview radio RTS – bruit routier (en direct, 7 min)",
                     desc="Journaliste : Sarah Bonnard, 079 555 12 34. Appel à 07:12 sur le portable. Thème : "
                          "revêtements phonoabsorbants, comparaison Zurich / Vaud.",
                     location="Téléphone", stamp="20251128T160000Z", alarm=15)
    return neg("radio-interview-fr", vcal(head_apple(method=None), [TZ, ev]), uid, "press-interview-radio-fr")


def dentist() -> Ev:
    uid = uuid("o-zahn", True)
    ev = apple_event(uid=uid, start="20251015T0745", end="20251015T0845", summary="Zahnarzt Dr. Hälg – Kontrolle + DH",
                     location="Zahnarztpraxis Hälg, Schaffhauserstrasse 352, 8050 Zürich", stamp="20250801T100000Z",
                     alarm=60)
    return neg("personal-dentist-de", vcal(head_apple(method=None), [TZ, ev]), uid, "personal-dentist-de")


def school() -> Ev:
    uid = uuid("o-eltern", True)
    ev = apple_event(uid=uid, start="20251106T1715", end="20251106T1745",
                     summary="Elterngespräch Lea (5. Klasse) – Frau Marti",
                     desc="Zusammen mit Andrea. Themen: Übertritt, Mathe-Förderung.",
                     location="Schulhaus Im Birch, Zimmer 14", stamp="20251020T200000Z")
    return neg("personal-school-de", vcal(head_apple(method=None), [TZ, ev]), uid, "personal-parent-teacher-de")


def garage() -> Ev:
    uid = google_uid("o-garage")
    ev = google_event(uid=uid, start="20251025T0800", end="20251025T0900",
                      summary="Garage Hess – Reifenwechsel + Service (Skoda)",
                      desc="Ersatzwagen reserviert. Winterpneus sind eingelagert, Nr. 117.", organizer=org(ME),
                      atts=[], location="Garage Hess AG, Wehntalerstrasse 540, 8046 Zürich",
                      stamp="20251010T180000Z", created="20251010T180000Z")
    return neg("personal-garage-de", vcal(head_google(method="PUBLISH", calname="Matthias privat",
                                                      wrtz="Europe/Zurich"), [ev]), uid, "personal-garage-de")


def bank() -> Ev:
    uid = f"{uuid('o-bank')}@sihltalbank.ch"
    desc = ("Guten Tag Herr Keller\n\nGerne bestätigen wir Ihren Termin für die Hypothekarberatung (Verlängerung "
            "Festhypothek per 31.03.2026) mit Herrn Raphael Schmid.\n\nSihltal Bank AG, Filiale Adliswil")
    ev = plain_event(uid=uid, start="20251111T1800", end="20251111T1900", tzid="Europe/Zurich",
                     summary="Beratungsgespräch Hypothek – Sihltal Bank", desc=desc,
                     location="Sihltal Bank AG, Zürichstrasse 12, 8134 Adliswil",
                     organizer=org("raphael.schmid@sihltalbank.ch", "Raphael Schmid"),
                     atts=[att(ME, "Matthias Keller")], stamp="20251103T090000Z")
    return neg("personal-bank-de", vcal(head_generic("-//Sihltal Bank//Terminbuchung//DE"), [TZ, ev]), uid,
               "personal-bank-advisor-de")


def events() -> list[Ev]:
    return [mock_coach(), mock_friend(), webinar(), course(), atelier_fr(), press_de(), podcast(), user_research(),
            radio_fr(), dentist(), school(), garage(), bank()]
