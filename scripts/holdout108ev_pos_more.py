"""holdout108: more of the user's own interviews – schedulers, hand-typed notes, later rounds (blind; CC0 1.0)."""

from __future__ import annotations

from holdout108ev_ics import (
    APPLE,
    BERLIN,
    GOOGLE,
    ME,
    OUTLOOK,
    apple_uid,
    att,
    cal,
    ev,
    google_uid,
    hexid,
    meet_de,
    meet_en,
    org,
    outlook_uid,
    rec,
    teams,
    tz_outlook,
    when,
    zoom,
)

W = "W. Europe Standard Time"
UTC_LABEL = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = hexid("c1", 22) + "@cal.com"
    ics = cal(ev(
        uid, when("", "20260226T170000Z", "20260226T174500Z"),
        "Kennenlerngespräch zwischen Sophie Brenner und Leonie Hartmann",
        organizer=org("sophie@logopaedie-am-dom.de", "Sophie Brenner"),
        attendees=[att(ME, "Leonie Hartmann", partstat="ACCEPTED"),
                   att("sophie@logopaedie-am-dom.de", "Sophie Brenner")],
        desc="Was: Kennenlerngespräch (Bewerbung Logopädin) zwischen Sophie Brenner und Leonie Hartmann\n"
             "Wann: Donnerstag, 26. Februar 2026, 18:00 – 18:45 (Europe/Berlin)\nWo: Cal Video\n"
             "https://app.cal.com/video/" + hexid("c1v", 22) + "\n\nZusätzliche Notizen: Ich würde gern auch "
             "über die Praxisleitung sprechen, wenn Sie im Herbst in Elternzeit gehen.\n\n"
             "Absagen oder verschieben: https://app.cal.com/booking/" + hexid("c1b", 22),
        loc="Cal Video"),
        "-//Cal.com Inc.//Cal.com Event//EN")
    out.append(rec("calcom-de", ics, uid, 1, "calcom-owner-de", "Logopädie am Dom", "Logopädin", "hiring_manager",
                   "sophie@logopaedie-am-dom.de"))

    uid = apple_uid("c2")
    ics = cal(ev(
        uid, when("", "20260313T080000", "20260313T090000"),
        "Zweitgespräch RK Berg. Land – Vertrag/Gehalt, Hr. Wolters (GF)",
        desc="TVöD-Eingruppierung ansprechen (mind. E9a), 30 Tage Urlaub?, Fortbildungstage, Start 1.6.?\n"
             "Bernd Wolters = Geschäftsführer, Fr. Roth evtl. auch dabei",
        loc="Odenthal"),
        APPLE, method=None)
    out.append(rec("hand-final-de", ics, uid, 1, "hand-typed-abbrev-final-de", "Rehaklinik Bergisches Land", "",
                   "final", "Bernd Wolters"))

    uid = google_uid("c3")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260306T150000", "20260306T161500"),
        "Leonie / Sprechzeit – Fachliches Gespräch (Clinical Lead)",
        organizer=org("max@sprechzeit.de", "Max Brodersen"),
        attendees=[att(ME), att("max@sprechzeit.de", "Max Brodersen", partstat="ACCEPTED"),
                   att("lea.kuhn@sprechzeit.de", "Lea Kuhn")],
        desc="Hi Leonie,\nwie angekündigt die fachliche Runde: Lea (Senior-Logopädin, leitet heute die "
             "Therapeut:innen) stellt dir zwei Fälle aus der Videotherapie vor, und wir sprechen darüber, wie du "
             "Qualitätsstandards für 40 Therapeut:innen aufsetzen würdest.\nBis Freitag!\nMax (Gründer)\n\n"
             + meet_de("hsw-nqxo-ird"),
        loc="Sprechzeit Digital GmbH, Im Mediapark 5, 50670 Köln / Google Meet"),
        GOOGLE, tz=BERLIN)
    out.append(rec("google-startup-case-de", ics, uid, 1, "google-startup-case-de", "Sprechzeit Digital",
                   "Clinical Lead", "technical", "max@sprechzeit.de;lea.kuhn@sprechzeit.de"))

    uid = apple_uid("c4")
    ics = cal(ev(
        uid, when("", "20260401T100000", "20260401T110000"),
        "Interview Sonavia 2. Runde (Teams)",
        desc="mit Claire Dubois + Martin Keller (Sales Director DACH)\nLink kommt per Mail\nPräsi 10 Min: "
             "Wie schule ich Akustiker:innen in Hörtraining?"),
        APPLE, method=None)
    out.append(rec("hand-second-round-mixed", ics, uid, 1, "hand-typed-second-round-de", "Sonavia Hearing", "", "",
                   "Claire Dubois;Martin Keller"))

    uid = google_uid("c5")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260221T110000", "20260221T123000"),
        "Gespräch Anstellung mit Option Praxisübernahme – Logopädie Brückner",
        organizer=org("h.brueckner@gmx.net", "Heidrun Brückner"),
        attendees=[att(ME, "Leonie Hartmann"), att("h.brueckner@gmx.net", "Heidrun Brückner", partstat="ACCEPTED")],
        desc="Liebe Frau Hartmann,\nich freue mich auf unser Gespräch am Samstag in der Praxis (da ist es ruhig). "
             "Wie geschrieben suche ich eine Logopädin, die erst angestellt mitarbeitet und in zwei, drei Jahren "
             "die Praxis übernehmen möchte.\nHerzliche Grüße\nHeidrun Brückner",
        loc="Logopädie Brückner, Hauptstraße 77, 51465 Bergisch Gladbach"),
        GOOGLE, tz=BERLIN)
    out.append(rec("gmx-owner-de", ics, uid, 1, "freemail-owner-takeover-de", "Logopädie Brückner", "",
                   "hiring_manager", "h.brueckner@gmx.net"))

    uid = outlook_uid("c6")
    ics = cal(ev(
        uid, when(W, "20260223T140000", "20260223T150000"),
        "Vorstellungsgespräch Logopädie (Phoniatrie/Pädaudiologie)",
        organizer=org("bewerbung@helena-klinikum.de", "Bewerbermanagement Helena-Klinikum"),
        attendees=[att(ME, "Hartmann, Leonie"), att("c.terhorst@helena-klinikum.de", "Terhorst, PD Dr. Carsten"),
                   att("j.maes@helena-klinikum.de", "Maes, Julia"),
                   att("bewerbung@helena-klinikum.de", "Bewerbermanagement", role="NON-PARTICIPANT", rsvp=False),
                   att("kr-phoniatrie@helena-klinikum.de", "Konferenzraum Phoniatrie", cutype="RESOURCE",
                       role="NON-PARTICIPANT")],
        desc="Sehr geehrte Frau Hartmann,\n\nwir bestätigen das Vorstellungsgespräch für die Stelle Logopädin/"
             "Logopäde (m/w/d) in der Klinik für Phoniatrie und Pädaudiologie. Gesprächspartner: PD Dr. Carsten "
             "Terhorst (Chefarzt) und Julia Maes (leitende Logopädin).\n\nIhr Bewerbermanagement\n"
             "Helena-Klinikum Krefeld",
        loc="Konferenzraum Phoniatrie, Haus C, Helena-Klinikum Krefeld"),
        OUTLOOK, tz=tz_outlook(W))
    out.append(rec("outlook-resource-de", ics, uid, 1, "outlook-resource-coordinator-de", "Helena-Klinikum Krefeld",
                   "Logopädin/Logopäde (m/w/d)", "", "c.terhorst@helena-klinikum.de;j.maes@helena-klinikum.de"))

    uid = outlook_uid("c7")
    ics = cal(ev(
        uid, when(W, "20260324T073000", "20260324T140000"),
        "Hospitation Stroke Unit – Bewerberin L. Hartmann",
        organizer=org("b.heuser@kkh-eifelland.de", "Heuser, Birgit"),
        attendees=[att(ME, "Leonie Hartmann"), att("b.heuser@kkh-eifelland.de", "Heuser, Birgit")],
        desc="Liebe Frau Hartmann,\nwie besprochen hospitieren Sie einen Vormittag bei uns auf der Stroke Unit; "
             "danach kurzes Abschlussgespräch mit mir. Treffpunkt: Therapiezentrum, EG.\nBirgit Heuser",
        loc="Kreisklinikum Eifelland, Therapiezentrum"),
        OUTLOOK, tz=tz_outlook(W))
    out.append(rec("outlook-hospitation-de", ics, uid, 1, "outlook-hospitation-onsite-de", "Kreisklinikum Eifelland",
                   "", "onsite", "b.heuser@kkh-eifelland.de"))

    uid = outlook_uid("c8")
    ics = cal(ev(
        uid, when(f'"{UTC_LABEL}"', "20260304T093000", "20260304T103000"),
        "Vorstellungsgespräch Logopädin (m/w/d) heilpädagogische Kitas",
        organizer=org("bewerbung@rheinkinder.de", "Rheinkinder Personal"),
        attendees=[att(ME, "Leonie Hartmann"), att("s.polat@rheinkinder.de", "Polat, Selin"),
                   att("k.wendt@rheinkinder.de", "Wendt, Kerstin")],
        desc="Liebe Frau Hartmann,\n\nwir freuen uns auf das Gespräch mit Ihnen. Es nehmen Selin Polat "
             "(Fachbereichsleitung Therapie) und Kerstin Wendt (Kita-Leitung Ehrenfeld) teil.\n\nHerzliche Grüße\n"
             "Integrativer Kita-Verbund Rheinkinder gGmbH",
        loc="Rheinkinder Verwaltung, Venloer Straße 601, 50827 Köln"),
        OUTLOOK, tz=tz_outlook(UTC_LABEL))
    out.append(rec("outlook-utc-label-kita-de", ics, uid, 1, "outlook-utc-label-de", "Rheinkinder",
                   "Logopädin (m/w/d) heilpädagogische Kitas", "", "s.polat@rheinkinder.de;k.wendt@rheinkinder.de"))

    uid = outlook_uid("c9")
    ics = cal(ev(
        uid, when(W, "20260216T114500", "20260216T120500"),
        "Kurzes Kennenlernen per Teams – Logopädie",
        organizer=org("recruiting@pius-klinik.de", "Recruiting St. Pius-Klinik"),
        attendees=[att(ME, "Leonie Hartmann"), att("n.wallraf@pius-klinik.de", "Wallraf, Nadine")],
        desc="Hallo Frau Hartmann,\n\nunsere Recruiterin Nadine Wallraf meldet sich zu einem kurzen Kennenlernen "
             "(ca. 20 Minuten) zur Stelle Logopädin (m/w/d) in der St. Pius-Klinik Bensberg.\n\n" + teams("de", "c9"),
        loc="Microsoft Teams-Besprechung"),
        OUTLOOK, tz=tz_outlook(W))
    out.append(rec("teams-screen-de", ics, uid, 1, "teams-recruiter-screen-de", "St. Pius-Klinik Bensberg",
                   "Logopädin (m/w/d)", "recruiter_screen", "n.wallraf@pius-klinik.de"))

    uid = "zoom-" + hexid("c10", 26)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260408T183000", "20260408T191500"),
        "Zoom: Gespräch mit Teamleitung Logopädie – MVZ Phoniatrie Ehrenfeld",
        organizer=org("praxisleitung@mvz-phoniatrie-koeln.de", "Dr. Pia Lehmkuhl"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Liebe Frau Hartmann,\n\nvielen Dank für Ihre Bewerbung als Logopädin mit Schwerpunkt Stimme. "
             "Ich (ärztliche Leitung) und unsere Teamleiterin Logopädie, Frau Nina Sauer, freuen uns auf das "
             "Gespräch.\n\n" + zoom("de", "938 1123 5590", "mvzPhon26xx"),
        loc="Zoom"),
        "-//zoom.us//iCalendar Event//DE", tz=BERLIN)
    out.append(rec("zoom-de", ics, uid, 1, "zoom-de", "MVZ Phoniatrie Köln-Ehrenfeld",
                   "Logopädin mit Schwerpunkt Stimme", "hiring_manager",
                   "praxisleitung@mvz-phoniatrie-koeln.de;Nina Sauer"))

    uid = apple_uid("c11")
    ics = cal(ev(
        uid, when("", "20260211T123000", "20260211T124500"),
        "Rückruf Fr. Albers (Personal Marienhospital) wg. Bewerbung",
        desc="Sie ruft mich an, erstes Telefonat, Gehaltsvorstellung überlegen!", loc="Handy"),
        APPLE, method=None)
    out.append(rec("hand-phone-screen-de", ics, uid, 1, "hand-typed-phone-screen-de", "Marienhospital Rheinbach", "",
                   "recruiter_screen", "Fr. Albers"))

    uid = apple_uid("c12")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260319T171500", "20260319T174500"),
        "Tel. Chefarzt Rehaklinik Wiehltal (Dr. Brenner) – Sprachtherapeutin Phase C/D",
        desc="Er ruft an. Stelle über Kollegin Ina gehört, Bewerbung letzte Woche per Mail geschickt.",
        transp=None),
        APPLE, method=None, tz=BERLIN)
    out.append(rec("hand-chefarzt-call-de", ics, uid, 1, "hand-typed-tz-hm-call-de", "Rehaklinik Wiehltal",
                   "Sprachtherapeutin Phase C/D", "hiring_manager", "Dr. Brenner"))

    uid = google_uid("c13")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260312T193000", "20260312T201500"),
        "Interview Leonie Hartmann – speech therapist (English-speaking families)",
        organizer=org("sarah.littletalkers@gmail.com", "Sarah O'Neill"),
        attendees=[att("sarah.littletalkers@gmail.com", "Sarah O'Neill", partstat="ACCEPTED"), att(ME)],
        desc="Hi Leonie,\nso glad you reached out! As mentioned, Little Talkers is my small private practice in "
             "Düsseldorf-Oberkassel for bilingual and expat kids. I'd love to hear about your paediatric "
             "experience and whether you could take over the German-speaking caseload.\nSarah\n\n"
             + meet_en("fyt-gqzu-owb"),
        loc="https://meet.google.com/fyt-gqzu-owb"),
        GOOGLE, tz=BERLIN)
    out.append(rec("google-freemail-en", ics, uid, 1, "google-freemail-founder-en", "Little Talkers",
                   "speech therapist (English-speaking families)", "hiring_manager", "sarah.littletalkers@gmail.com"))

    uid = outlook_uid("c14")
    ics = cal(ev(
        uid, when(W, "20260303T160000", "20260303T170000"),
        "Zweites Gespräch – Logopädin Neurologie – Fr. Hartmann",
        organizer=org("s.kaufmann@therapiewerk.de", "Kaufmann, Sina"),
        attendees=[att(ME, "Leonie Hartmann"), att("r.engels@therapiewerk.de", "Engels, Robert"),
                   att("a.nowicki@therapiewerk.de", "Nowicki, Agnieszka")],
        desc="Hallo Leonie,\n\nnach unserem Kennenlernen möchten dich Robert Engels (Geschäftsführer) und Agnieszka "
             "Nowicki (Fachleitung Logopädie) kennenlernen – diesmal vor Ort in Rüttenscheid. Ich organisiere nur "
             "und bin nicht dabei.\n\nLG Sina\nTherapiewerk Essen GmbH",
        loc="Therapiewerk Essen, Rüttenscheider Straße 120, 45131 Essen"),
        OUTLOOK, tz=tz_outlook(W))
    out.append(rec("outlook-second-coordinator-de", ics, uid, 1, "outlook-coordinator-not-interviewer-de",
                   "Therapiewerk Essen", "Logopädin Neurologie", "",
                   "r.engels@therapiewerk.de;a.nowicki@therapiewerk.de"))

    uid = apple_uid("c15")
    ics = cal(ev(
        uid, when("", "20260317T083000", "20260317T123000"),
        "Hospi SHZ Ruhr Essen (Frühförderung)",
        desc="Bewerbung Frühförderung – Hospitation vormittags, Parken Huttropstr.\nDanach ggf. kurzes Gespräch "
             "mit Fr. Dr. Reuter"),
        APPLE, method=None)
    out.append(rec("hand-hospitation-de", ics, uid, 1, "hand-typed-hospitation-de", "Sprachheilzentrum Ruhr", "",
                   "onsite", "Dr. Reuter"))

    uid = google_uid("c16")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260227T140000", "20260227T150000"),
        "Fachgespräch CI-Reha – Bewerbung Leonie Hartmann",
        organizer=org("anja.bruegge@hoerzentrum-muensterland.de", "Anja Brügge"),
        attendees=[att(ME, "Leonie Hartmann"), att("d.terwey@hoerzentrum-muensterland.de", "Dr. Dirk Terwey"),
                   att("s.oelde@hoerzentrum-muensterland.de", "Silke Oelde")],
        desc="Sehr geehrte Frau Hartmann,\n\nim Fachgespräch mit Dr. Dirk Terwey (Audiologie) und Silke Oelde "
             "(Hör-Sprach-Therapie) geht es um Hörtraining nach CI-Versorgung bei Erwachsenen und Kindern. "
             "Ich bin nur für die Organisation zuständig.\n\nAnja Brügge, Personal",
        loc="Hörzentrum Münsterland, Von-Esmarch-Straße 50, 48149 Münster"),
        GOOGLE, tz=BERLIN)
    out.append(rec("google-technical-de", ics, uid, 1, "google-technical-coordinator-de", "Hörzentrum Münsterland",
                   "", "technical", "d.terwey@hoerzentrum-muensterland.de;s.oelde@hoerzentrum-muensterland.de"))
    return out
