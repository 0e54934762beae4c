"""holdout121: negatives with the user on the hiring side at Weserland Backwaren (he interviews, others apply)."""

from __future__ import annotations

from holdout121ev_ics import (
    ME_WORK,
    OUTLOOK,
    W_EUROPE,
    att,
    neg,
    org,
    teams,
    tz,
    vcal,
    vevent,
)

B = "Europe/Berlin"
HR = ("s.koehler@weserland-backwaren.de", "Köhler, Svenja")
GF = ("m.kuhlmann@weserland-backwaren.de", "Kuhlmann, Martin")
ME = (ME_WORK, "Brandt, Henning")
ROOM = att("raum.weser@weserland-backwaren.de", "Besprechungsraum Weser (EG)", role="NON-PARTICIPANT",
           stat="ACCEPTED", cutype="ROOM")

# (kind, uid, start, end, summary, desc, loc, organizer, attendees, prodid, trap)
ROWS: list[tuple] = [
    ("personio-interviewer-de", "personio-wl-3f81a0c2-aydin-33871", "20250218T100000", "20250218T110000",
     "Interview: Schichtleiter Linie 3 (m/w/d) – Mehmet Aydın",
     "Interviewer: Henning Brandt (Produktionsleitung), Svenja Köhler (Personal)\n"
     "Kandidat: Mehmet Aydın\nUnterlagen und Bewertungsbogen finden Sie im Personio-Profil des Kandidaten.\n"
     "Bitte tragen Sie Ihre Bewertung bis zum Folgetag ein.", "Besprechungsraum Weser (EG)", HR,
     [ME, ("mehmet.aydin@gmx.de", "Mehmet Aydın")], "-//Personio GmbH//Personio Recruiting//DE",
     "user-as-interviewer-personio-de"),
    ("outlook-azubi-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA22",
     "20250220T140000", "20250220T144500", "VG Azubi Bäcker – Lena Tiedemann",
     "Hallo Lena,\n\nwie besprochen hier der Termin für dein Vorstellungsgespräch für die Ausbildung zur "
     "Bäckerin bei Weserland Backwaren. Bitte melde dich an der Pforte (Tor 1).\n\nViele Grüße\nHenning Brandt\n"
     "Produktionsleiter", "Weserland Backwaren, Pforte Tor 1", ME, [("lena.tiedemann07@web.de", "Lena Tiedemann")],
     OUTLOOK, "user-as-interviewer-azubi-freemail-de"),
    ("kit-prep-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA23",
     "20250217T153000", "20250217T163000", "Interviewleitfaden Schichtleiter vorbereiten",
     "Fragen nach STAR, Fallbeispiel Linienstillstand, Bewertungsbogen aus Personio ausdrucken", None, None, [],
     OUTLOOK, "user-as-interviewer-kit-de"),
    ("scorecard-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA24",
     "20250225T073000", "20250225T080000", "Bewertungsbögen Bewerber Instandhaltung (Personio) ausfüllen",
     "Koç, Brandes, Lüdeke – bis 10 Uhr an Svenja", None, None, [], OUTLOOK, "user-as-interviewer-scorecard-de"),
    ("debrief-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA25",
     "20250306T130000", "20250306T133000", "Debrief Bewerber Leitung QS (Fr. Nikolić / Hr. Brandes)",
     "Kurze Abstimmung nach den Gesprächen – Eindrücke, Gehaltsrahmen, nächste Schritte.", "Büro GF", HR,
     [GF, ME], OUTLOOK, "user-as-interviewer-debrief-de"),
    ("calendly-host-de", "calendly-wl-6e0c2b7d-wuebbena", "20250226T150000", "20250226T153000",
     "Jonas Wübbena und Henning Brandt",
     "Veranstaltungsname: Kennenlerngespräch Ausbildung Mechatroniker (30 Min.)\n\nEingeladener: Jonas Wübbena\n"
     "E-Mail: jonas.wuebbena@gmail.com\nFragen: Kann ich meine Mutter mitbringen?\n\nPowered by Calendly.com",
     "Weserland Backwaren, Verwaltung", ME, [("jonas.wuebbena@gmail.com", "Jonas Wübbena")],
     "-//Calendly//Calendly//EN", "user-as-interviewer-calendly-host-de"),
    ("agency-candidate-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA27",
     "20250304T140000", "20250304T150000", "Kandidatenvorstellung Hr. Stefan Jansen – Produktionsplaner (m/w/d)",
     "Sehr geehrter Herr Brandt,\n\nwie besprochen stelle ich Ihnen unseren Kandidaten Herrn Stefan Jansen für "
     "Ihre Vakanz Produktionsplaner (m/w/d) vor. Den Lebenslauf haben Sie per Mail erhalten. Herr Jansen kommt "
     "direkt zu Ihnen ins Werk.\n\nMit freundlichen Grüßen\nNadine Frerichs\nNordpersonal GmbH – Personalvermittlung",
     "Weserland Backwaren, Besprechungsraum Weser", ("n.frerichs@nordpersonal.de", "Frerichs, Nadine"), [ME],
     OUTLOOK, "user-as-interviewer-agency-sends-candidate-de"),
    ("panel-room-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA28",
     "20250311T080000", "20250311T120000", "Auswahlgespräche Schichtleiter – 3 Bewerber (Panel mit BR)",
     "08:00 Hr. Aydın (2. Gespräch)\n09:15 Fr. Sommerfeld\n10:30 Hr. Ahlers\nPanel: H. Brandt, S. Köhler, "
     "U. Heitmann (Betriebsrat)", "Besprechungsraum Weser (EG)", HR,
     [ME, ("u.heitmann@weserland-backwaren.de", "Heitmann, Uwe"), "ROOM"], OUTLOOK,
     "user-as-interviewer-panel-room-de"),
    ("probearbeit-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA29",
     "20250313T060000", "20250313T140000", "Probearbeitstag Bewerber Hr. Nowak – Einweisung Linie 3 (HB)",
     "Bewerber Maschinenführer. Sicherheitsunterweisung, Hygieneschulung, dann mit Schichtleiter Frühschicht.",
     "Halle 2, Linie 3", HR, [ME, ("k.janssen@weserland-backwaren.de", "Janßen, Kerstin")], OUTLOOK,
     "user-as-interviewer-probearbeit-de"),
    ("hand-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA2A",
     "20250221T100000", "20250221T110000", "VG Bewerber Instandhaltung (Koç)", None, None, None, [], OUTLOOK,
     "user-as-interviewer-hand-de"),
    ("teams-en", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA2B",
     "20250312T150000", "20250312T160000", "Interview with candidate – Quality Manager (Priya Nair)",
     "Hi Priya,\n\nthank you for applying for the Quality Manager position at Weserland Backwaren. Henning Brandt "
     "(Head of Production) and I look forward to speaking with you.\n\nBest regards\nSvenja Köhler\nHR\n\n"
     + teams("en", 61), "Microsoft Teams", HR, [ME, ("priya.nair@outlook.com", "Priya Nair")], OUTLOOK,
     "user-as-interviewer-teams-en"),
    ("speeddating-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA2C",
     "20250319T090000", "20250319T130000", "Azubi-Speed-Dating IHK – Weserland-Tisch (HB + Kevin)",
     "10-Minuten-Gespräche mit Schülerinnen und Schülern, Ausbildung Bäcker/Lebensmitteltechnik. "
     "Kurzbögen für Bewerber mitnehmen.", "Handelskammer Bremen, Am Markt", ME,
     [("k.oltmann@weserland-backwaren.de", "Oltmann, Kevin (Azubi)")], OUTLOOK,
     "user-as-interviewer-speeddating-de"),
    ("candidate-sends-de", "7jk2l4m6n8p0q2r4s6t8u0v2wx@google.com", "20250307T090000", "20250307T100000",
     "Vorstellungsgespräch Schichtleiter – Jens Ahlers",
     "Sehr geehrter Herr Brandt,\n\nwie telefonisch vereinbart hier der Termin für mein Vorstellungsgespräch bei "
     "Ihnen als Schichtleiter. Ich freue mich darauf!\n\nMit freundlichen Grüßen\nJens Ahlers",
     "Weserland Backwaren", ("jens.ahlers84@gmx.de", "Jens Ahlers"), [ME],
     "-//Google Inc//Google Calendar 70.9054//EN", "user-as-interviewer-candidate-sends-freemail-de"),
    ("phone-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA2E",
     "20250227T120000", "20250227T123000", "Telefoninterview Werkstudentin Produktionsplanung – Anna Strohm",
     "Ich rufe an: 0176 2281 4409", None, ME, [("anna.strohm@stud.hs-bremerhaven.de", "Anna Strohm")], OUTLOOK,
     "user-as-interviewer-phone-student-de"),
    ("committee-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA2F",
     "20250314T110000", "20250314T120000", "Stellenbesetzung Leitung QS – Entscheidung GF/HR/PL",
     "Finale Abstimmung zwischen Fr. Nikolić und Hr. Brandes, Angebot vorbereiten.", "Büro GF", GF, [HR, ME],
     OUTLOOK, "user-as-interviewer-hiring-decision-de"),
    ("werksrundgang-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA30",
     "20250305T130000", "20250305T150000", "2. Gespräch Kandidat Leitung Instandhaltung (Hr. Brandes) + Werksrundgang",
     "Werksrundgang durch Hr. Brandt (Produktion), danach Gespräch mit GF.", "Empfang Verwaltung", HR, [ME, GF],
     OUTLOOK, "user-as-interviewer-werksrundgang-de"),
    ("personio-notify-de", "personio-wl-9a0e5d13-wolters-34102", "20250321T090000", "20250321T100000",
     "Interview: Produktionsplaner (m/w/d) – Sabine Wolters",
     "Sie wurden als Interviewer für dieses Gespräch eingetragen.\nKandidatin: Sabine Wolters\n"
     "Weitere Interviewer: Svenja Köhler", "Besprechungsraum Weser (EG)", HR,
     [ME, ("sabine.wolters@t-online.de", "Sabine Wolters")], "-//Personio GmbH//Personio Recruiting//DE",
     "user-as-interviewer-personio-notify-tonline-de"),
    ("stage-fr", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA32",
     "20250401T110000", "20250401T113000", "Entretien stagiaire – Camille Robert (stage production 6 mois)",
     "Bonjour Camille,\n\nJe vous propose un entretien en visio pour le stage de fin d'études en production chez "
     "Weserland Backwaren (Brême).\n\nCordialement,\nHenning Brandt\nResponsable de production\n\n"
     + teams("en", 62), "Microsoft Teams", ME, [("camille.robert@etu.agro-ouest.fr", "Camille Robert")], OUTLOOK,
     "user-as-interviewer-stagiaire-fr"),
    ("agency-es", "tse-2025-0319-herrera-weserland", "20250403T100000", "20250403T104500",
     "Entrevista – Panadero/a para Alemania – Diego Herrera (Weserland Backwaren)",
     "Estimado Sr. Brandt:\n\nle confirmamos la entrevista por videollamada con nuestro candidato Diego Herrera "
     "para el puesto de panadero en su planta de Bremen. Diego habla inglés y alemán básico (A2).\n\n"
     "Un saludo,\nMarta Gil\nTalento Sur Empleo – Selección internacional", "Zoom",
     ("marta.gil@talentosurempleo.es", "Marta Gil"), [ME, ("diego.herrera.pan@gmail.com", "Diego Herrera")],
     OUTLOOK, "user-as-interviewer-agency-candidate-es"),
    ("hospitation-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA34",
     "20250317T053000", "20250317T093000", "Hospitation Bewerber Schichtleiter: Hr. Aydın begleitet Frühschicht",
     "Hr. Aydın läuft mit mir / Kerstin mit. Danach kurzes Feedbackgespräch bei mir.", "Halle 1", ME,
     [("k.janssen@weserland-backwaren.de", "Janßen, Kerstin")], OUTLOOK, "user-as-interviewer-shadowing-de"),
    ("training-de", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000011AA35",
     "20250410T090000", "20250410T150000", "Schulung: Strukturierte Auswahlgespräche für Führungskräfte",
     "Inhouse-Schulung für alle Führungskräfte, die Bewerbungsgespräche führen: AGG, Fragetechnik, "
     "Bewertungsbogen, Interviewfehler. Trainerin: Dr. Ute Brill.", "Schulungsraum OG", HR,
     [ME, GF], OUTLOOK, "user-as-interviewer-training-de"),
]


def _who(item: tuple[str, str] | str) -> str:
    if item == "ROOM":
        return ROOM
    mail, cn = item
    return att(mail, cn)


def events() -> list[dict[str, str]]:
    out = []
    for kind, uid, start, end, summary, desc, loc, organizer, attendees, prodid, trap in ROWS:
        own = organizer is None
        zone = B if prodid.startswith("-//Google") else W_EUROPE
        ev = vevent(uid, tz(zone, start), tz(zone, end, "DTEND"), summary, desc=desc, loc=loc,
                    organizer=org(organizer[0], organizer[1]) if organizer else None,
                    attendees=[_who(a) for a in attendees],
                    extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",) if prodid == OUTLOOK else ())
        text = vcal([ev], prodid=prodid, method=None if own else "REQUEST", zones=(zone,))
        out.append(neg(kind, text, uid, trap))
    return out
