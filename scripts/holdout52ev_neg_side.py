"""holdout52 negatives: Teresa on the hiring side at Donaubank AG (interviewing interns and junior analysts)."""

from __future__ import annotations

from holdout52ev_boiler import meet, teams, zoom
from holdout52ev_ics import WORK, T, att, cal, ev, ms_uid, org, room, vev, when

TZ = "W. Europe Standard Time"
ME = "Moser, Teresa"


def _ol(kind: str, seed: str, start: str, end: str, summary: str, desc: str, organizer: str, *people: str,
        trap: str, loc: str = "", tool: str = "outlook", method: str = "REQUEST") -> dict:
    uid = ms_uid(seed)
    props = [T("DESCRIPTION", desc), *when(TZ, start, end), T("SUMMARY", summary), f"UID:{uid}", organizer,
             *people, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
    if loc:
        props.append(T("LOCATION", loc))
    return ev(kind, cal(tool, vev(*props), method=method, tz=(TZ,), tznames=False), uid, trap=trap)


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append
    hr = org("recruiting@donaubank.at", "Donaubank Recruiting")
    me = att(WORK, ME)

    a(_ol("side-outlook-de", "db-int-brandl", "20250925T100000", "20250925T110000",
          "Interview Praktikum Data Analytics – Lukas Brandl",
          "Liebe Teresa,\n\nbitte führe gemeinsam mit mir das Interview mit Lukas Brandl (Bewerbung Praktikum Data "
          "Analytics, 6 Monate). Lebenslauf und Interviewleitfaden im Anhang.\n\nLG Birgit (HR)\n\n"
          + teams("de", "YmI4MDE1ZDAt", "299102874450"), hr, me, att("b.schwarz@donaubank.at", "Schwarz, Birgit"),
          att("lukas.brandl@gmx.at", "Lukas Brandl"), trap="user-as-interviewer-outlook-de"))
    uid = "SF-INT-DB-000112-jr-analyst@donaubank.successfactors.eu"
    a(ev("side-successfactors-de", cal("successfactors", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20251002T130000", "20251002T140000"),
        T("SUMMARY", "Interviewer-Einladung: Junior Data Analyst (Req 4471) – Kandidatin Sara Petrović"),
        org("recruiting@donaubank.at", "Donaubank Recruiting"), att(WORK, "Teresa Moser"),
        T("DESCRIPTION", "Sie wurden als Interviewerin für Sara Petrović eingeteilt.\nInterview-Kit und "
          "Bewertungsbogen: https://performancemanager.successfactors.eu/sf/interviewcentral?req=4471\nBitte "
          "reichen Sie Ihre Bewertung bis 24 h nach dem Gespräch ein.")), tz=("Europe/Vienna",)),
        uid, trap="user-as-interviewer-kit-successfactors-de"))
    a(_ol("side-scorecard-de", "db-scorecard-koehler", "20251003T083000", "20251003T084500",
          "Erinnerung: Bewertungsbogen Interview M. Köhler ausfüllen",
          "Bitte den Bewertungsbogen zum gestrigen Interview mit Maximilian Köhler (Junior Data Analyst) "
          "in SuccessFactors ausfüllen.", org(WORK, ME), trap="user-as-interviewer-scorecard-de"))
    a(_ol("side-debrief-de", "db-debrief-jr", "20251006T150000", "20251006T153000",
          "Debrief Kandidat:innen Junior Data Analyst",
          "Kurzer Abgleich nach den Interviews (Petrović, Köhler, Yilmaz). Bitte Bewertungen vorher eintragen.",
          org("r.wagner@donaubank.at", "Wagner, Robert"), me, att("b.schwarz@donaubank.at", "Schwarz, Birgit"),
          room("raum.donaukanal@donaubank.at", "Raum Donaukanal 4.OG"), trap="user-as-interviewer-debrief-de",
          loc="Raum Donaukanal 4.OG"))
    a(_ol("side-panel-de", "db-panel-trainee", "20251009T090000", "20251009T120000",
          "Panel-Interviews Trainee-Programm 2026 (3 Kandidat:innen)",
          "Liebe Panel-Mitglieder,\nanbei der Ablaufplan. Teresa übernimmt die Analytics-Fragen, Robert die "
          "Motivation. Kandidat:innen: 09:00 J. Ortner, 10:00 S. Alić, 11:00 M. Weiß.",
          hr, me, att("r.wagner@donaubank.at", "Wagner, Robert"), room("raum.prater@donaubank.at", "Raum Prater"),
          trap="user-as-interviewer-panel-de", loc="Raum Prater"))
    a(_ol("side-shadow-de", "db-shadow-jr", "20251013T140000", "20251013T150000",
          "Shadowing: Interview Junior Analyst (Teresa hört zu)",
          "Teresa begleitet als neue Interviewerin das Gespräch mit Deniz Yilmaz und gibt danach Feedback "
          "zum Leitfaden.", org("r.wagner@donaubank.at", "Wagner, Robert"), me,
          att("deniz.yilmaz@hotmail.com", "Deniz Yilmaz"), trap="user-as-interviewer-shadowing-de"))
    uid = "calendly-host-db-5e6f7a8b-praktikum"
    a(ev("side-calendly-host-de", cal("calendly", vev(
        f"UID:{uid}", *when("Z", "20251001T080000", "20251001T082000"),
        T("SUMMARY", "Anna Leitgeb und Teresa Moser"), org(WORK, "Teresa Moser"),
        att(WORK, "Teresa Moser", ps="ACCEPTED"), att("e12045331@student.tuwien.ac.at", "Anna Leitgeb",
                                                       ps="ACCEPTED"),
        T("DESCRIPTION", "Name des Termins: Kennenlerngespräch Praktikum Data Team (Donaubank)\n\nEingeladene "
          "Person: Anna Leitgeb\nE-Mail: e12045331@student.tuwien.ac.at\n\n" + meet("de", "ckr-ywzp-fmo")
          + "\n\nBereitgestellt von Calendly.com"))),
        uid, trap="user-as-interviewer-calendly-host-de"))
    a(_ol("side-agency-candidate-de", "talentwerk-ilic", "20251015T100000", "20251015T110000",
          "Kandidatenvorstellung: Marko Ilić – Data Analyst (Talentwerk)",
          "Liebe Frau Moser,\n\nwie vereinbart stelle ich Ihnen Herrn Marko Ilić für Ihre offene Position Data "
          "Analyst vor. Er kommt zu Ihnen in die Zentrale.\n\nBeste Grüße\nSabrina Holzer\nTalentwerk "
          "Personalberatung", org("s.holzer@talentwerk.at", "Holzer, Sabrina"), me,
          att("marko.ilic88@gmail.com", "Marko Ilić"), trap="user-as-interviewer-agency-candidate-de",
          loc="Donaubank Zentrale, Am Hof 4"))
    uid = "note-2b1e4c9a-intern-jonas@icloud.com"
    a(ev("side-note-de", cal("apple", vev(
        f"UID:{uid}", *when(None, "20251016T140000", "20251016T144500"),
        T("SUMMARY", "Interview Praktikant Jonas (ich + Birgit)"),
        T("DESCRIPTION", "CV ausdrucken, SQL-Aufgabe 2 mitnehmen")), method=None),
        uid, trap="user-as-interviewer-note-de"))
    a(_ol("side-en", "db-int-nair", "20251017T090000", "20251017T100000",
          "Interview: Junior Data Analyst – candidate Priya Nair",
          "Hi Teresa,\n\nthe candidate does not speak German yet, so please run the interview in English. "
          "CV and structured guide attached.\n\nThanks, Birgit\n\n" + teams("en", "Y2FuZDAxMjMt", "305517220084"),
          hr, me, att("priya.nair.ds@gmail.com", "Priya Nair"), trap="user-as-interviewer-en"))
    a(_ol("side-case-jury-de", "db-case-lindner", "20251020T100000", "20251020T113000",
          "Case-Präsentation Kandidatin Eva Lindner – Jury",
          "Jury: Teresa Moser, Robert Wagner. Eva präsentiert ihre Lösung zur Kreditausfall-Analyse (20 min), "
          "danach Fragen.", org("r.wagner@donaubank.at", "Wagner, Robert"), me,
          att("eva.lindner@outlook.com", "Eva Lindner"), trap="user-as-interviewer-case-jury-de"))
    a(_ol("side-training-de", "db-interviewer-training", "20250922T130000", "20250922T163000",
          "Interviewer-Schulung: Strukturierte Interviews & Unconscious Bias",
          "Pflichtschulung für alle, die bei Donaubank Bewerbungsgespräche führen.", hr, me,
          trap="user-as-interviewer-training-de", loc="Schulungsraum 2"))
    a(_ol("side-calibration-de", "db-calib-q4", "20251027T110000", "20251027T120000",
          "Kalibrierung Interviewbewertungen Q4 (Data & Analytics)",
          "Abgleich der Bewertungsskalen aller Interviewer:innen im Bereich.", hr, me,
          att("r.wagner@donaubank.at", "Wagner, Robert"), trap="user-as-interviewer-calibration-de"))
    a(_ol("side-callback-de", "db-callback-wimmer", "20250919T161500", "20250919T163000",
          "Rückruf Bewerber Tobias Wimmer (Praktikum)",
          "Tobias hat Fragen zur Praktikumsstelle – kurzer Call vor dem Interview.", org(WORK, ME),
          att("tobias.wimmer2001@gmail.com", "Tobias Wimmer"), trap="user-as-interviewer-callback-de"))
    a(_ol("side-second-round-de", "db-2nd-yilmaz", "20251023T100000", "20251023T110000",
          "Zweitgespräch Kandidat A. Yilmaz – Data Team",
          "Hallo Herr Yilmaz,\n\ndanke für das angenehme erste Gespräch. Anbei die Einladung zum Zweitgespräch "
          "mit Robert Wagner und mir.\n\nBeste Grüße\nTeresa Moser\nData Analytics, Donaubank AG",
          org(WORK, ME), att("ahmet.yilmaz@hotmail.com", "Ahmet Yilmaz"),
          att("r.wagner@donaubank.at", "Wagner, Robert"), trap="user-as-interviewer-second-round-de"))
    a(_ol("side-hiring-decision-de", "db-decision-jr", "20251029T160000", "20251029T163000",
          "Hiring-Entscheidung Junior Data Analyst", "Finale Entscheidung, Angebot an Kandidat:in 1 vorbereiten.",
          org("r.wagner@donaubank.at", "Wagner, Robert"), me, trap="user-as-interviewer-hiring-committee-de"))
    a(_ol("side-fr", "db-stage-dubois", "20251008T140000", "20251008T143000",
          "Entretien stage Data – Claire Dubois",
          "Bonjour Claire,\n\nje vous propose un entretien pour le stage Data Analytics à Vienne (Erasmus+). "
          "Nous parlerons de votre projet de master.\n\nCordialement,\nTeresa Moser\n\n"
          + teams("fr", "ZnIwMDE5Nzgt", "277140550912"), org(WORK, ME),
          att("claire.dubois@etu.univ-lyon2.fr", "Claire Dubois"), trap="user-as-interviewer-fr"))
    a(_ol("side-es", "db-practicas-romero", "20251014T120000", "20251014T123000",
          "Entrevista a candidata – Prácticas Data (Lucía Romero)",
          "Hola Lucía,\n\nte envío la invitación para la entrevista de las prácticas en el equipo de datos de "
          "Donaubank en Viena.\n\nSaludos,\nTeresa\n\n" + zoom("es", "83301975520"), org(WORK, ME),
          att("lucia.romero.g@gmail.com", "Lucía Romero"), trap="user-as-interviewer-es"))
    uid = "gh-loop-donaubank-intern-r2-0041@greenhouse.io"
    a(ev("side-loop-en", cal("greenhouse", vev(
        f"UID:{uid}", *when("Europe/Vienna", "20251021T093000", "20251021T101500"),
        T("SUMMARY", "Interview loop: Analytics Intern – Round 2 – Jakob Steiner (you: SQL exercise)"),
        org("no-reply@greenhouse.io", "Donaubank Recruiting"), att(WORK, "Teresa Moser"),
        T("DESCRIPTION", "You're scheduled to interview Jakob Steiner for Analytics Intern.\nYour focus: SQL "
          "exercise. Interview kit: https://app.greenhouse.io/guides/8811/people/4410\nSubmit your scorecard "
          "within 24 hours.")), tz=("Europe/Vienna",)),
        uid, trap="user-as-interviewer-loop-en"))
    a(_ol("side-trial-day-de", "db-probetag-ortner", "20251030T090000", "20251030T160000",
          "Probetag Praktikantin J. Ortner – Betreuung Teresa",
          "Julia Ortner schnuppert einen Tag im Data Team. Teresa betreut und gibt danach Einschätzung an HR.",
          hr, me, trap="user-as-interviewer-trial-day-de"))
    uid = "bk-donaubank-trainee-7c21@bookings.outlook.com"
    a(ev("side-bookings-staff-de", cal("bookings", vev(
        f"UID:{uid}", *when(TZ, "20251022T100000", "20251022T103000"),
        T("SUMMARY", "Bewerbungsgespräch Trainee – Felix Aigner"),
        org("Karriere@donaubank.onmicrosoft.com", "Donaubank Karriere"), att(WORK, "Teresa Moser"),
        att("felix.aigner@aon.at", "Felix Aigner"),
        T("DESCRIPTION", "Neue Buchung\nService: Bewerbungsgespräch Trainee (30 Min.)\nKunde: Felix Aigner\n"
          "Zugewiesene Mitarbeiterin: Teresa Moser")), tz=(TZ,), tznames=False),
        uid, trap="user-as-interviewer-bookings-staff-de"))
    a(_ol("side-campus-day-de", "db-campus-wu", "20251112T090000", "20251112T150000",
          "Donaubank @ WU Career Calling – Standbetreuung & Kurzinterviews",
          "Teresa und Lukas betreuen den Stand und führen 10-Minuten-Gespräche mit Praktikumsinteressierten.",
          hr, me, trap="user-as-interviewer-campus-fair-de", loc="WU Wien, Welthandelsplatz 1"))
    return out
