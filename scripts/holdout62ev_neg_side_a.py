"""holdout62 negatives: the user on the hiring side at the cantonal road office (part A)."""

from __future__ import annotations

from holdout62ev_boiler import teams
from holdout62ev_ics import (
    ME_WORK,
    Ev,
    att,
    head_generic,
    head_outlook,
    o_att,
    o_room,
    olson_tz,
    org,
    outlook_event,
    outlook_uid,
    plain_event,
    uuid,
    vcal,
    windows_tz,
)

ME_O = org(ME_WORK, "Keller Matthias (BD TBA)")
HR = ("sandra.buehler@bd.zh.ch", "Bühler Sandra (BD HR)")
STUDER = ("marco.studer@bd.zh.ch", "Studer Marco (BD TBA)")
WETLI = ("claudia.wetli@bd.zh.ch", "Wetli Claudia (BD TBA)")
CHEF = ("heinz.rutishauser@bd.zh.ch", "Rutishauser Heinz (BD TBA)")
ADDR = "Walcheplatz 2, 8090 Zürich"


def neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def lernende() -> Ev:
    uid = outlook_uid("s-lern")
    desc = ("Liebe Lena\n\nVielen Dank für deine Bewerbung als Zeichnerin EFZ Fachrichtung Ingenieurbau. Gerne "
            "laden wir dich und deine Eltern zu einem Vorstellungsgespräch ein. Du triffst Marco Studer "
            "(Berufsbildner) und mich.\n\nBitte melde dich am Empfang, Walcheplatz 2, 3. Stock.\n\nFreundliche "
            "Grüsse\nMatthias Keller\nLeiter Projektierung, Tiefbauamt Kanton Zürich")
    ev = outlook_event(uid=uid, start="20251008T1400", end="20251008T1500",
                       summary="Vorstellungsgespräch Lehrstelle Zeichnerin EFZ Ingenieurbau – Lena Baumann",
                       desc=desc, organizer=ME_O,
                       atts=[o_att("lena.baumann08@gmail.com", "lena.baumann08@gmail.com"), o_att(*STUDER),
                             o_room("sz-walche-3.08@bd.zh.ch", "BD Walche SZ 3.08")],
                       location="BD Walche SZ 3.08", stamp="20250929T102000Z")
    return neg("side-lernende-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-lernende-freemail-de")


def panel() -> Ev:
    uid = outlook_uid("s-panel")
    desc = ("Hallo zusammen\n\nAnbei Dossier und Interviewleitfaden für das Gespräch mit Herrn Jonas Frei "
            "(Projektingenieur/in Strassenbau, 100 %). Bitte erfasst eure Bewertung bis Freitag im Umantis.\n\n"
            "Ablauf: 10' Begrüssung/Vorstellung Tiefbauamt (Matthias), 40' Fragen nach Leitfaden (Claudia/Matthias), "
            "10' Anstellungsbedingungen (Sandra)\n\nGruss Sandra")
    ev = outlook_event(uid=uid, start="20251014T0900", end="20251014T1000",
                       summary="Interview Projektingenieur/in Strassenbau – Kandidat: Jonas Frei", desc=desc,
                       organizer=org(*HR), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)"), o_att(*WETLI),
                                                 o_room("sz-walche-2.11@bd.zh.ch", "BD Walche SZ 2.11")],
                       location="BD Walche SZ 2.11", stamp="20251006T130000Z")
    return neg("side-panel-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "user-as-interviewer-panel-guide-de")


def debrief() -> Ev:
    uid = outlook_uid("s-debrief")
    desc = ("Besprechung der drei Gespräche (Frei, Gashi, Meier) und Entscheid, wen wir zum Zweitgespräch "
            "einladen. Bitte Bewertungsbögen vorher fertig ausfüllen.")
    ev = outlook_event(uid=uid, start="20251017T1100", end="20251017T1145",
                       summary="Debriefing Auswahlverfahren Projektingenieur/in Strassenbau", desc=desc,
                       organizer=ME_O, atts=[o_att(*HR), o_att(*WETLI)], location="Teams / SZ 3.08",
                       stamp="20251014T150000Z")
    return neg("side-debrief-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "user-as-interviewer-debrief-de")


def scorecard() -> Ev:
    uid = outlook_uid("s-score")
    ev = outlook_event(uid=uid, start="20251016T0730", end="20251016T0830",
                       summary="Bewertungsbögen ausfüllen – Kandidat/innen Gashi / Meier (Umantis)",
                       desc="Nicht stören. Notizen von gestern übertragen, Punkte je Kriterium (1–5) vergeben.",
                       organizer=ME_O, atts=[], location="", stamp="20251015T170500Z", busy="BUSY", html=False)
    return neg("side-scorecard-block-de", vcal(head_outlook(method="PUBLISH"), [windows_tz(), ev]), uid,
               "user-as-interviewer-scorecard-de")


def calendly_host() -> Ev:
    uid = uuid("s-cal")
    tb, url = teams("s-cal", "de")
    desc = ("Veranstaltungsname: Praktikum Tiefbauamt – Kurzinterview (30 Min.)\n\nOrt: Dies ist eine Microsoft "
            "Teams-Webkonferenz.\n\nEingeladene Person: Aylin Demir\nE-Mail der eingeladenen Person: "
            "aylin.demir@student.ethz.ch\n\nBitte teilen Sie alles mit, was bei der Vorbereitung unseres Treffens "
            "helfen könnte:\nIch studiere Bauingenieurwissenschaften an der ETH (5. Semester) und interessiere mich "
            "für ein Praktikum ab Februar im Bereich Kunstbauten.\n\nMöchten Sie Änderungen an dieser Veranstaltung "
            "vornehmen?\nAbsagen: https://calendly.com/cancellations/" + uuid("s-cal-c") + "\nNeu planen: "
            "https://calendly.com/reschedulings/" + uuid("s-cal-c") + "\n\nPowered by Calendly.com\n\n" + tb)
    ev = plain_event(uid=uid, start="20251112T1400", end="20251112T1430", utc_times=True,
                     summary="Aylin Demir und Matthias Keller", desc=desc, location=url, organizer=org(ME_WORK,
                                                                                                     "Matthias Keller"),
                     atts=[att("aylin.demir@student.ethz.ch", "Aylin Demir", partstat="ACCEPTED", rsvp=False),
                           att(ME_WORK, "Matthias Keller", partstat="ACCEPTED", rsvp=False)],
                     stamp="20251103T081500Z")
    return neg("side-calendly-host-de", vcal(head_generic("-//Calendly//Calendly//EN"), [ev]), uid,
               "user-as-interviewer-calendly-host-de")


def agency_candidate() -> Ev:
    uid = outlook_uid("s-agency")
    desc = ("Sehr geehrter Herr Keller\n\nBesten Dank für Ihr Interesse an unserem Kandidaten. Wie telefonisch "
            "besprochen, stellen wir Ihnen Herrn Stefan Imhof für die Stelle Projektleiter Strassenbau vor. Das "
            "Dossier (CV, Zeugnisse, Referenzen) finden Sie im Anhang; Herr Imhof meldet sich pünktlich bei Ihnen "
            "am Empfang, Walcheplatz 2.\n\nIch freue mich auf Ihr Feedback nach dem Gespräch.\n\nFreundliche "
            "Grüsse\nSibylle Hug\nSenior Consultant | Kaderwerk Personal AG | Löwenstrasse 29 | 8001 Zürich")
    ev = outlook_event(uid=uid, start="20251022T1330", end="20251022T1430",
                       summary="Vorstellungsgespräch: Herr Stefan Imhof (unser Kandidat) – Projektleiter Strassenbau",
                       desc=desc, organizer=org("sibylle.hug@kaderwerk.ch", "Hug, Sibylle"),
                       atts=[o_att(ME_WORK, "Keller, Matthias")], location=ADDR, stamp="20251015T110000Z")
    return neg("side-agency-candidate-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-agency-candidate-de")


def hearing() -> Ev:
    uid = outlook_uid("s-hearing")
    desc = ("Hearing Kandidat 2: Dr. Philipp Sager\n\nKommission: H. Rutishauser (Vorsitz), M. Keller, C. Wetli, "
            "S. Bühler (HR)\nFragenblöcke gemäss Hearing-Leitfaden v2; Fachpräsentation 15'.\n\nUnterlagen: "
            "\\\\bd.zh.ch\\tba\\Personal\\Stellen\\2025-AL-Verkehrsplanung")
    ev = outlook_event(uid=uid, start="20251107T0830", end="20251107T1000",
                       summary="Hearing Abteilungsleiter/in Verkehrsplanung – Kandidat 2 (Dr. P. Sager)", desc=desc,
                       organizer=org(*CHEF), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)"), o_att(*WETLI),
                                                   o_att(*HR),
                                                   o_room("sz-walche-5.01@bd.zh.ch", "BD Walche Konferenzraum 5.01")],
                       location="BD Walche Konferenzraum 5.01", stamp="20251029T090000Z", busy="BUSY")
    return neg("side-hearing-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "user-as-interviewer-hearing-de")


def shadowing() -> Ev:
    uid = outlook_uid("s-shadow")
    desc = ("Matthias, wie abgemacht sitzt du bei meinem nächsten Bewerbungsgespräch als Beisitz dabei (Einarbeitung "
            "Interviewführung neues Modell). Kandidatin: Frau Elif Kaya, Bauleiterin Tiefbau. Du musst nichts "
            "vorbereiten, nur beobachten und nachher kurz Feedback geben.\nClaudia")
    ev = outlook_event(uid=uid, start="20251120T1000", end="20251120T1100",
                       summary="Hospitation Bewerbungsgespräch Bauleiter/in Tiefbau (M. Keller als Beisitz)",
                       desc=desc, organizer=org(*WETLI), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)")],
                       location="BD Walche SZ 2.11", stamp="20251112T100000Z")
    return neg("side-shadowing-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-shadowing-de")


def technical() -> Ev:
    uid = outlook_uid("s-tech")
    tb, url = teams("s-tech", "de")
    desc = ("Grüezi Frau Rossi\n\nGerne bestätige ich Ihnen das Fachinterview für die Stelle Projektingenieurin "
            "Verkehr. Wir besprechen gemeinsam ein kurzes Fallbeispiel (Knoten Bülach Nord, Leistungsfähigkeit und "
            "Velosicherheit); die Unterlagen erhalten Sie 15 Minuten vor Beginn.\n\nFreundliche Grüsse\nMatthias "
            "Keller\nLeiter Projektierung\nKanton Zürich, Baudirektion, Tiefbauamt\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251124T1500", end="20251124T1600",
                       summary="Fachinterview Projektingenieur/in Verkehr – Chiara Rossi", desc=desc, organizer=ME_O,
                       atts=[o_att("chiara.rossi@hotmail.com", "chiara.rossi@hotmail.com"), o_att(*WETLI)],
                       location="Microsoft Teams-Besprechung", stamp="20251117T080000Z", teams_url=url)
    return neg("side-technical-teams-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-technical-freemail-de")


def freemail_candidate() -> Ev:
    uid = uuid("s-stucki")
    desc = ("Grüezi Herr Stucki\n\nGerne bestätige ich Ihnen den Termin für das Vorstellungsgespräch (Bauleiter "
            "Tiefbau, Region Unterland). Bitte bringen Sie Ihre Diplome im Original mit.\n\nFreundliche Grüsse\n"
            "Matthias Keller, Tiefbauamt Kanton Zürich")
    ev = plain_event(uid=uid, start="20251202T0800", end="20251202T0900", tzid="Europe/Zurich",
                     summary="Gespräch mit Herrn Stucki (Bewerbung Bauleiter Tiefbau)", desc=desc, location=ADDR,
                     organizer=org(ME_WORK, "Matthias Keller"),
                     atts=[att("david.stucki@gmx.ch", "David Stucki"), att(ME_WORK, "Matthias Keller",
                                                                           partstat="ACCEPTED", rsvp=False)],
                     stamp="20251125T164000Z", extra=["TRANSP:OPAQUE", "X-MOZ-GENERATION:2"])
    return neg("side-freemail-candidate-de",
               vcal(head_generic("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"), [olson_tz(), ev]), uid,
               "user-as-interviewer-freemail-candidate-de")


def events() -> list[Ev]:
    return [lernende(), panel(), debrief(), scorecard(), calendly_host(), agency_candidate(), hearing(), shadowing(),
            technical(), freemail_candidate()]
