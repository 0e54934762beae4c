"""holdout53: the user on the hiring side at Brauerei Falkenstein (negatives, written blind)."""

from __future__ import annotations

from holdout53ev_ics import (
    APPLE,
    EXCHANGE,
    ME_CN,
    OUTLOOK,
    TBIRD,
    UTC1,
    WORK,
    Ev,
    T,
    att,
    b,
    cal,
    cet,
    ev,
    fl,
    ms_cet,
    org,
    teams,
    tz,
    u,
    zoom,
)

FB = "falkenstein-brauerei.de"
W_CN = "Mensah-Bauer, Kofi"
BER = (cet("Europe/Berlin"),)


def n(kind: str, ics: str, uid: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap="user-as-interviewer-" + kind)


def azubi_outlook() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000AZ01"
    z = UTC1
    e = ev(uid, tz(z, "20260217T100000"), tz(z, "20260217T110000"),
           "SUMMARY:Vorstellungsgespräch Azubi Brauer und Mälzer – Jonas Weber",
           org(WORK, W_CN), att("jonas.weber2008@gmx.de", "Jonas Weber"),
           att(f"a.schmitt@{FB}", "Schmitt, Andrea"),
           att(f"raum.sudhaus@{FB}", "Besprechungsraum Sudhaus", cutype="ROOM", role="NON-PARTICIPANT", rsvp=None),
           T("DESCRIPTION", "Hallo Jonas,", "", "wir freuen uns, dich zum Vorstellungsgespräch für die Ausbildung "
             "zum Brauer und Mälzer (Start 01.09.2026) einzuladen. Bitte melde dich am Empfang.", "",
             "Viele Grüße", "Kofi Mensah-Bauer, Supply Chain Planning", "Brauerei Falkenstein GmbH, Nürnberg"),
           "LOCATION:Brauerei Falkenstein\\, Besprechungsraum Sudhaus", seq=0)
    return n("azubi-outlook-de", cal(e, prodid=OUTLOOK, tzs=(ms_cet(z),)), uid)


def personio_panel() -> Ev:
    uid = "personio-7741-interview-12093@falkenstein.jobs.personio.de"
    e = ev(uid, b("20260219T140000"), b("20260219T150000"),
           "SUMMARY:Interview: Lea Hartmann - Junior Demand Planner (m/w/d)",
           org("noreply@falkenstein.jobs.personio.de", "Brauerei Falkenstein GmbH"),
           att(WORK, ME_CN), att(f"a.schmitt@{FB}", "Andrea Schmitt"),
           T("DESCRIPTION", "Sie wurden als Interviewer:in für folgendes Gespräch eingetragen.",
             "Kandidat:in: Lea Hartmann", "Stelle: Junior Demand Planner (m/w/d)",
             "Bewerbungsunterlagen: https://falkenstein.personio.de/recruiting/applications/55012",
             "Bitte füllen Sie nach dem Gespräch die Bewertung in Personio aus."),
           "LOCATION:Raum Gärkeller")
    return n("personio-interviewer-de", cal(e, prodid="-//Personio GmbH//Personio Recruiting//DE", tzs=BER), uid)


def kit_prep() -> Ev:
    uid = "c0d1e2f3-interviewleitfaden-junior-planer"
    e = ev(uid, b("20260218T080000"), b("20260218T090000"),
           "SUMMARY:Interviewleitfaden + Fragenkatalog Junior Planer vorbereiten", org(WORK, ME_CN),
           "DESCRIPTION:Fallfrage Absatzprognose Sommer / Fußball-EM einbauen. Bewertungsbogen mit Andrea abstimmen.",
           "TRANSP:OPAQUE")
    return n("kit-prep-de", cal(e, prodid=OUTLOOK, method=None, tzs=BER), uid)


def scorecard() -> Ev:
    uid = "scorecard-reminder-55019-falkenstein"
    e = ev(uid, b("20260219T153000"), b("20260219T160000"),
           "SUMMARY:Erinnerung: Bewertung abgeben – Lea Hartmann (Junior Demand Planner)",
           org("noreply@falkenstein.jobs.personio.de", "Brauerei Falkenstein GmbH"), att(WORK, ME_CN),
           "DESCRIPTION:Bitte geben Sie Ihre Bewertung für Lea Hartmann bis Freitag in Personio ab.")
    return n("scorecard-de", cal(e, prodid="-//Personio GmbH//Personio Recruiting//DE", tzs=BER), uid)


def debrief() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000DEB1EF00000000000000000000000000100000001234"
    e = ev(uid, b("20260226T160000"), b("20260226T163000"),
           "SUMMARY:Debrief Junior Demand Planner – Kandidat:innen Runde 2",
           org(f"a.schmitt@{FB}", "Schmitt, Andrea"), att(WORK, W_CN),
           att(f"r.falkenstein@{FB}", "Falkenstein, Robert"),
           T("DESCRIPTION", "Kurze Abstimmung zu Lea Hartmann, Murat Yilmaz und Sofia Greco. Bitte Bewertungen "
             "vorher in Personio eintragen.", "", *teams("509337120", "de")),
           "LOCATION:Microsoft Teams-Besprechung")
    return n("debrief-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def panel_en() -> Ev:
    uid = "panel-senior-planner-nair-20260304@falkenstein-brauerei.de"
    e = ev(uid, b("20260304T130000"), b("20260304T143000"),
           "SUMMARY:Panel interview – Senior Supply Planner candidate Priya Nair",
           org(f"a.schmitt@{FB}", "Andrea Schmitt"), att(WORK, ME_CN), att(f"r.falkenstein@{FB}", "Robert Falkenstein"),
           att("priya.nair.scm@outlook.com", "Priya Nair"),
           T("DESCRIPTION", "Interview panel: Robert Falkenstein (COO), Kofi Mensah-Bauer (Supply Chain Planning), "
             "Andrea Schmitt (HR). Candidate: Priya Nair, currently at a soft-drinks bottler in Leeds - interview "
             "in English.", "", *teams("640021775")),
           "LOCATION:Microsoft Teams Meeting")
    return n("panel-en", cal(e, prodid=EXCHANGE, tzs=BER), uid)


def shadowing() -> Ev:
    uid = "shadow-azubi-ik-20260310@falkenstein-brauerei.de"
    e = ev(uid, b("20260310T090000"), b("20260310T100000"),
           "SUMMARY:Hospitation: Vorstellungsgespräch Azubi Industriekaufmann/-frau (Kofi hört zu)",
           org(f"a.schmitt@{FB}", "Schmitt, Andrea"), att(WORK, W_CN, role="OPT-PARTICIPANT"),
           "DESCRIPTION:Kofi nimmt als Beobachter teil (Vorbereitung auf eigene Azubi-Gespräche).",
           "LOCATION:Personalbüro")
    return n("shadowing-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def calendly_host() -> Ev:
    uid = "calendly-1e2f3a4b-host-kofi-brenner"
    e = ev(uid, u("20260303T070000"), u("20260303T072000"),
           "SUMMARY:Tobias Brenner and Kofi Mensah-Bauer",
           org(WORK, ME_CN), att("tobi.brenner@web.de", "Tobias Brenner"),
           T("DESCRIPTION", "Event Name: Kennenlernen Ausbildung Fachkraft für Lagerlogistik (20 min)", "",
             "Invitee: Tobias Brenner", "Invitee Email: tobi.brenner@web.de", "", "Questions:",
             "Warum möchtest du bei der Brauerei Falkenstein lernen?", "Mein Onkel arbeitet im Lager.", "",
             "Location: Kofi Mensah-Bauer will call the invitee.", "", "Powered by Calendly.com"),
           "LOCATION:Telefon")
    return n("calendly-host-de", cal(e, prodid="-//Calendly//Calendly//EN"), uid)


def agency_candidate() -> Ev:
    uid = "planwerk-kandidat-8821-falkenstein"
    e = ev(uid, b("20260312T110000"), b("20260312T120000"),
           "SUMMARY:Kandidatenvorstellung Supply Planner – Herr Dominik Faust (Planwerk)",
           org("s.lukic@planwerk-personal.de", "Sandro Lukic (Planwerk Personalberatung)"), att(WORK, ME_CN),
           att("dominik.faust@gmail.com", "Dominik Faust"),
           T("DESCRIPTION", "Hallo Herr Mensah-Bauer,", "", "wie besprochen stelle ich Ihnen Herrn Faust für die "
             "Position Supply Planner in Ihrem Team vor. Das Profil haben Sie per Mail erhalten. Herr Faust kommt "
             "zu Ihnen in die Brauerei.", "", "Beste Grüße", "Sandro Lukic"),
           "LOCATION:Brauerei Falkenstein\\, Nürnberg")
    return n("agency-sends-candidate-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def freemail_candidate_en() -> Ev:
    uid = "kowalski-interview-0305@falkenstein-brauerei.de"
    e = ev(uid, b("20260305T150000"), b("20260305T154500"), "SUMMARY:Interview Anna Kowalski",
           org(WORK, ME_CN), att("anna.kowalski92@gmail.com", "Anna Kowalski"),
           T("DESCRIPTION", "Hi Anna,", "", "as agreed, here's the invite for our video interview about the Working "
             "Student position in Supply Chain Planning.", "", *zoom("83310277640"), "", "Best regards,",
             "Kofi Mensah-Bauer", "Brauerei Falkenstein GmbH"),
           "LOCATION:Zoom")
    return n("freemail-candidate-en", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def handtyped() -> Ev:
    uid = "A9F0E1D2-3C4B-4A5D-8E6F-7081928374AB"
    e = ev(uid, fl("20260313T140000"), fl("20260313T144500"),
           "SUMMARY:Bewerber Hr. Özdemir (Azubi FK Lagerlogistik)", "DESCRIPTION:Zeugnisse anschauen. mit Lagerleiter",
           "LOCATION:Büro")
    return n("hand-typed-de", cal(e, prodid=APPLE, method=None), uid)


def softgarden_interviewer() -> Ev:
    uid = "sg-appt-6720550-falkenstein@softgarden.io"
    e = ev(uid, b("20260317T100000"), b("20260317T110000"),
           "SUMMARY:Interview mit Bewerber*in: Murat Yilmaz | Junior Demand Planner",
           org("noreply@softgarden.io", "Brauerei Falkenstein via softgarden"), att(WORK, ME_CN),
           att(f"a.schmitt@{FB}", "Andrea Schmitt"),
           "DESCRIPTION:Interviewer*innen: Kofi Mensah-Bauer\\, Andrea Schmitt\\nBewerber*in: Murat Yilmaz",
           "LOCATION:Raum Gärkeller")
    return n("softgarden-interviewer-de", cal(e, prodid="-//softgarden//Appointment Scheduling//DE", tzs=BER), uid)


def case_presentation() -> Ev:
    uid = "fallstudie-lindner-20260324@falkenstein-brauerei.de"
    e = ev(uid, b("20260324T130000"), b("20260324T143000"),
           "SUMMARY:Fallstudie Präsentation – Kandidatin Dr. Sarah Lindner (Leitung Absatzplanung)",
           org(f"r.falkenstein@{FB}", "Falkenstein, Robert"), att(WORK, W_CN),
           att(f"a.schmitt@{FB}", "Schmitt, Andrea"),
           att("sarah.lindner@posteo.de", "Dr. Sarah Lindner"),
           "DESCRIPTION:Frau Dr. Lindner präsentiert die Fallstudie (30 Min.)\\, danach Fragen von Kofi und Robert.",
           "LOCATION:Konferenzraum Brauhof")
    return n("case-presentation-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def candidate_fr() -> Ev:
    uid = "entretien-export-fr-0320@falkenstein-brauerei.de"
    e = ev(uid, b("20260320T100000"), b("20260320T104500"),
           "SUMMARY:Entretien candidat – Assistant(e) export France (Camille Roussel)",
           org(WORK, ME_CN), att("camille.roussel@laposte.net", "Camille Roussel"),
           att(f"export@{FB}", "Export Team"),
           T("DESCRIPTION", "Bonjour Camille,", "", "Je vous confirme notre entretien pour le poste d'assistant(e) "
             "export France à la Brauerei Falkenstein. Nous parlerons en français et en allemand.", "",
             *teams("771020468", "fr"), "", "Cordialement,", "Kofi Mensah-Bauer"),
           "LOCATION:Réunion Microsoft Teams")
    return n("candidate-fr", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def candidate_es() -> Ev:
    uid = "entrevista-practicas-0327@falkenstein-brauerei.de"
    e = ev(uid, b("20260327T120000"), b("20260327T123000"),
           "SUMMARY:Entrevista candidato – Prácticas planificación (Erasmus) – Pablo Ortega",
           org(WORK, ME_CN), att("pablo.ortega.uni@gmail.com", "Pablo Ortega"),
           T("DESCRIPTION", "Hola Pablo:", "", "Te confirmo la entrevista para las prácticas en planificación de la "
             "cadena de suministro en la Brauerei Falkenstein (Núremberg).", "", *zoom("84471230955", "es"),
             "", "Saludos,", "Kofi"),
           "LOCATION:Zoom")
    return n("candidate-es", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def calibration() -> Ev:
    uid = "auswahlrunde-azubis-2026@falkenstein-brauerei.de"
    e = ev(uid, b("20260331T140000"), b("20260331T153000"),
           "SUMMARY:Auswahlrunde Azubis 2026 – Entscheidung & Zusagen",
           org(f"a.schmitt@{FB}", "Schmitt, Andrea"), att(WORK, W_CN), att(f"m.koenig@{FB}", "König, Markus"),
           "DESCRIPTION:Abgleich der Bewertungen aller Azubi-Gespräche (Brauer\\, Lager\\, Industriekaufleute).",
           "LOCATION:Konferenzraum Brauhof")
    return n("calibration-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def second_round_hr() -> Ev:
    uid = "zweitgespraech-petrov-0407@falkenstein-brauerei.de"
    e = ev(uid, b("20260407T100000"), b("20260407T110000"),
           "SUMMARY:Zweitgespräch Demand Planner – Hr. Ivan Petrov",
           org(f"a.schmitt@{FB}", "Schmitt, Andrea"), att(WORK, W_CN), att("ivan.petrov@mail.de", "Ivan Petrov"),
           T("DESCRIPTION", "Hallo Kofi, hallo Herr Petrov,", "", "hier die Einladung zum Zweitgespräch. Kofi führt "
             "den fachlichen Teil.", "", *teams("993041230", "de")),
           "LOCATION:Microsoft Teams-Besprechung")
    return n("second-round-hr-invite-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def probetag() -> Ev:
    uid = "probearbeit-schuster-0414@falkenstein-brauerei.de"
    e = ev(uid, b("20260414T073000"), b("20260414T150000"),
           "SUMMARY:Probearbeitstag Lina Schuster (Bewerberin Azubi Brauerin)", org(WORK, ME_CN),
           att("lina.schuster@t-online.de", "Lina Schuster"), att(f"m.koenig@{FB}", "Markus König"),
           "DESCRIPTION:Lina begleitet Markus im Sudhaus\\, 14:00 Feedbackgespräch mit mir.",
           "LOCATION:Sudhaus")
    return n("probetag-de", cal(e, prodid=TBIRD, tzs=BER), uid)


def phone_werkstudent() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC0100000000000000001000000055CC"
    z = "W. Europe Standard Time"
    e = ev(uid, tz(z, "20260416T113000"), tz(z, "20260416T120000"),
           "SUMMARY:Telefoninterview Werkstudent Planung – Max Roth", org(WORK, W_CN),
           att("max.roth@stud.th-nuernberg.de", "Max Roth"),
           T("DESCRIPTION", "Hallo Herr Roth,", "ich rufe Sie zum vereinbarten Zeitpunkt unter Ihrer Handynummer an.",
             "Viele Grüße, Kofi Mensah-Bauer"),
           "LOCATION:Telefon", seq=0)
    return n("phone-werkstudent-de", cal(e, prodid=OUTLOOK, tzs=(ms_cet(z),)), uid)


def block_azubis() -> Ev:
    uid = "azubi-block-0421@falkenstein-brauerei.de"
    e = ev(uid, b("20260421T080000"), b("20260421T120000"),
           "SUMMARY:Bewerbungsgespräche Azubis Lagerlogistik (3 Kandidat:innen)",
           org(f"a.schmitt@{FB}", "Schmitt, Andrea"), att(WORK, W_CN),
           att(f"raum.brauhof@{FB}", "Konferenzraum Brauhof", cutype="ROOM", role="NON-PARTICIPANT", rsvp=None),
           "DESCRIPTION:08:00 Leon Baumann\\n09:30 Emily Stein\\n11:00 Yusuf Arslan\\nGesprächsführung: Kofi + Andrea",
           "LOCATION:Konferenzraum Brauhof")
    return n("block-room-de", cal(e, prodid=OUTLOOK, tzs=BER), uid)


def events() -> list[Ev]:
    return [azubi_outlook(), personio_panel(), kit_prep(), scorecard(), debrief(), panel_en(), shadowing(),
            calendly_host(), agency_candidate(), freemail_candidate_en(), handtyped(), softgarden_interviewer(),
            case_presentation(), candidate_fr(), candidate_es(), calibration(), second_round_hr(), probetag(),
            phone_werkstudent(), block_azubis()]

