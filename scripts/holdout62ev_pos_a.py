"""holdout62: the user's own interviews, part A (Zürich consultancies, federal office, Romandie)."""

from __future__ import annotations

from holdout62ev_boiler import teams, webex
from holdout62ev_ics import (
    ME,
    WIN_LONG_DE,
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

HIC = "Helvetic Infra Consult AG"


def hic_screen() -> Ev:
    uid = f"interview-{h('hic1', 8)}-candidate@greenhouse.io"
    desc = ("Hi Matthias,\n\nThanks again for applying for the Project Director Transport Infrastructure position at "
            "Helvetic Infra Consult (HIC). As agreed by email, Nadine Berchtold from our Talent Acquisition team "
            "will call you on +41 79 412 58 03 for a 30-minute introductory conversation about your background, "
            "your expectations and the role.\n\nIf this time no longer works, simply reply to this invitation and "
            "we will find another slot.\n\nKind regards,\nNadine Berchtold\nTalent Acquisition | HIC Helvetic Infra "
            "Consult AG\nPfingstweidstrasse 31a, 8005 Zürich\n\nPowered by Greenhouse")
    ev = plain_event(uid=uid, start="20251014T0830", end="20251014T0900", utc_times=True,
                     summary="Phone Screen: Matthias Keller <> HIC (Project Director Transport Infrastructure)",
                     desc=desc, location="Phone call (we call you)",
                     organizer=org("nadine.berchtold@hic-ag.ch", "Nadine Berchtold"),
                     atts=[att(ME, "Matthias Keller"), att("nadine.berchtold@hic-ag.ch", "Nadine Berchtold",
                                                            partstat="ACCEPTED", rsvp=False)],
                     stamp="20251009T141233Z")
    text = vcal(head_generic("-//Greenhouse Software Inc.//Greenhouse Interview Scheduling//EN"), [ev])
    return Ev("greenhouse-phone-en", text, uid, 1, HIC, "Project Director Transport Infrastructure",
              "recruiter_screen", "nadine.berchtold@hic-ag.ch", "greenhouse-phone-screen-en")


def hic_case() -> Ev:
    uid = f"interview-{h('hic2', 8)}-candidate@greenhouse.io"
    tb, url = teams("hic2", "de")
    desc = ("Grüezi Herr Keller\n\nGerne bestätigen wir Ihnen das Fachinterview mit Fallbeispiel für die Stelle "
            "Projektdirektor/in Verkehrsinfrastruktur.\n\nAblauf (90 Min.):\n– 10 Min. Begrüssung\n– 30 Min. "
            "Case: Instandsetzung einer Autobahnbrücke unter Verkehr (Unterlagen erhalten Sie 30 Minuten vor "
            "Beginn per E-Mail)\n– 40 Min. Fachdiskussion\n– 10 Min. Ihre Fragen\n\nIhre Gesprächspartner:\n"
            "– Dr. Urs Kälin, Leiter Geschäftsbereich Verkehrsinfrastruktur\n– Simone Caflisch, Senior "
            "Projektleiterin Kunstbauten\n\nDas Gespräch findet über Microsoft Teams statt.\n\nFreundliche Grüsse\n"
            "Nadine Berchtold, Talent Acquisition\n\n" + tb)
    ev = plain_event(uid=uid, start="20251023T1400", end="20251023T1530", tzid="Europe/Zurich",
                     summary="Fachinterview mit Case – Projektdirektor/in Verkehrsinfrastruktur – Matthias Keller",
                     desc=desc, location="Microsoft Teams", organizer=org("nadine.berchtold@hic-ag.ch",
                                                                          "Nadine Berchtold"),
                     atts=[att(ME, "Matthias Keller"), att("urs.kaelin@hic-ag.ch", "Urs Kälin", partstat="ACCEPTED"),
                           att("simone.caflisch@hic-ag.ch", "Simone Caflisch", partstat="ACCEPTED")],
                     stamp="20251016T092011Z", url=url)
    text = vcal(head_generic("-//Greenhouse Software Inc.//Greenhouse Interview Scheduling//EN"),
                [olson_tz(), ev])
    return Ev("greenhouse-case-de", text, uid, 1, HIC, "Projektdirektor/in Verkehrsinfrastruktur", "technical",
              "urs.kaelin@hic-ag.ch;simone.caflisch@hic-ag.ch", "greenhouse-case-de")


def hic_onsite() -> Ev:
    uid = outlook_uid("hic3")
    desc = ("Grüezi Herr Keller\n\nWir freuen uns, Sie zu den Gesprächen vor Ort bei HIC in Zürich begrüssen zu "
            "dürfen.\n\nProgramm, Dienstag, 4. November 2025:\n09:00–09:45  Reto Imboden, CEO\n09:50–10:35  "
            "Dr. Urs Kälin, Leiter Verkehrsinfrastruktur\n10:40–11:15  Andrea Lötscher, HR Business Partner\n"
            "11:15–11:30  Rundgang durchs Büro\n\nBitte melden Sie sich um 08:50 am Empfang im 4. OG. Für Fragen "
            "zur Anreise oder zum Ablauf bin ich gerne für Sie da (044 515 72 10).\n\nFreundliche Grüsse\n"
            "Jasmin Odermatt\nRecruiting Coordinator")
    ev = outlook_event(uid=uid, start="20251104T0900", end="20251104T1130",
                       summary="Vor-Ort-Interviews HIC – Projektdirektor/in Verkehrsinfrastruktur (M. Keller)",
                       desc=desc, organizer=org("jasmin.odermatt@hic-ag.ch", "Odermatt, Jasmin"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("reto.imboden@hic-ag.ch", "Imboden, Reto"),
                             o_att("urs.kaelin@hic-ag.ch", "Kälin, Urs"),
                             o_att("andrea.loetscher@hic-ag.ch", "Lötscher, Andrea"),
                             o_room("sz-limmat@hic-ag.ch", "ZH-4.OG Sitzungszimmer Limmat (12)")],
                       location="ZH-4.OG Sitzungszimmer Limmat (12); Pfingstweidstrasse 31a, 8005 Zürich",
                       stamp="20251027T153300Z", busy="BUSY")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-onsite-room-de", text, uid, 1, HIC, "Projektdirektor/in Verkehrsinfrastruktur", "onsite",
              "reto.imboden@hic-ag.ch;urs.kaelin@hic-ag.ch;andrea.loetscher@hic-ag.ch",
              "onsite-coordinator-room-de")


MERIDIAN = "Meridian Engineering Schweiz AG"


def meridian_screen() -> Ev:
    uid = f"{h('mer1', 32)}@myworkday.com"
    desc = ("Dear Matthias,\n\nYou have been scheduled for an interview with Meridian Engineering Schweiz AG.\n\n"
            "Job Requisition: R-0048213 Project Director, Rail & Road (Zurich)\nInterview Type: Recruiter Screen "
            "(Phone)\nInterviewer(s): Olivia Grant, Senior Talent Partner DACH\nDuration: 30 minutes\n\nOlivia "
            "will call you on the mobile number provided in your application. Times are shown in UTC in this "
            "invitation; your calendar will convert them.\n\nMeridian Engineering Schweiz AG is part of Meridian "
            "Group plc.\n\nThis is a system-generated message from Workday. Please do not reply.")
    ev = plain_event(uid=uid, start="20251016T1000", end="20251016T1030", utc_times=True,
                     summary="Interview: Matthias Keller - Project Director, Rail & Road (Zurich) - R-0048213",
                     desc=desc, organizer=org("meridian@myworkday.com", "Meridian Talent Acquisition"),
                     atts=[att(ME, "Matthias Keller"), att("olivia.grant@meridian-eng.com", "Olivia Grant")],
                     location="Phone", stamp="20251010T071502Z")
    text = vcal(head_generic("-//Workday Inc//Workday Recruiting//EN"), [ev])
    return Ev("workday-phone-en", text, uid, 1, MERIDIAN, "Project Director, Rail & Road", "recruiter_screen",
              "olivia.grant@meridian-eng.com", "workday-utc-parent-group-en")


def meridian_hm() -> Ev:
    uid = outlook_uid("mer2")
    tb, url = teams("mer2", "en")
    desc = ("Hi Matthias,\n\nlooking forward to our conversation. As this role would report to me, I would like to "
            "talk about the Rail & Road portfolio in Switzerland, the team of 14 project managers and how you would "
            "approach the first six months.\n\nOlivia is copied for information only and will not join.\n\n"
            "Best regards,\nThomas\n\nThomas Ambühl\nHead of Transportation Switzerland\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251028T1600", end="20251028T1700",
                       summary="Matthias Keller / Thomas Ambühl – Project Director Rail & Road", desc=desc,
                       organizer=org("thomas.ambuehl@meridian-eng.com", "Ambühl, Thomas"),
                       atts=[o_att(ME, "Matthias Keller"),
                             o_att("olivia.grant@meridian-eng.com", "Grant, Olivia", role="OPT-PARTICIPANT")],
                       location="Microsoft Teams Meeting", lang="en-GB", stamp="20251020T090144Z", teams_url=url)
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-teams-hm-en", text, uid, 1, MERIDIAN, "Project Director Rail & Road", "hiring_manager",
              "thomas.ambuehl@meridian-eng.com", "hiring-manager-optional-recruiter-en")


def meridian_final() -> Ev:
    uid = outlook_uid("mer3")
    desc = ("Sehr geehrter Herr Keller\n\nIm Auftrag von Herrn Ambühl lade ich Sie zum finalen Gespräch für die "
            "Position Projektdirektor Bahn & Strasse ein. Sie treffen Dr. Carla Vonlanthen (Managing Director "
            "Schweiz) und Thomas Ambühl (Head of Transportation Switzerland).\n\nOrt: Meridian Engineering "
            "Schweiz AG, Thurgauerstrasse 40, 8050 Zürich, 6. Stock, Raum Uetliberg.\n\nFreundliche Grüsse\n"
            "Sandra Rüfenacht\nAssistentin der Geschäftsleitung")
    ev = outlook_event(uid=uid, start="20251111T1000", end="20251111T1130",
                       summary="Finales Gespräch – Projektdirektor Bahn & Strasse (Hr. Keller)", desc=desc,
                       organizer=org("thomas.ambuehl@meridian-eng.com", "Ambühl, Thomas",
                                     sent_by="sandra.ruefenacht@meridian-eng.com"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("carla.vonlanthen@meridian-eng.com",
                                                                 "Vonlanthen, Carla"),
                             o_room("zrh-06-uetliberg@meridian-eng.com", "ZRH 6.OG Uetliberg")],
                       location="ZRH 6.OG Uetliberg", tzid=WIN_LONG_DE, stamp="20251103T124500Z", busy="BUSY")
    text = vcal(head_outlook(prodid="Microsoft Exchange Server 2010"), [windows_tz(WIN_LONG_DE), ev])
    return Ev("outlook-final-sentby-de", text, uid, 1, MERIDIAN, "Projektdirektor Bahn & Strasse", "final",
              "thomas.ambuehl@meridian-eng.com;carla.vonlanthen@meridian-eng.com", "final-sent-by-utc-long-tz-de")


RUEEGG = "Rüegg Bauingenieure AG"


def rueegg_screen() -> Ev:
    uid = f"{uuid('rue1')}@personio.de"
    tb, url = teams("rue1", "de")
    desc = ("Guten Tag Herr Keller\n\nVielen Dank für Ihre Bewerbung als Bereichsleiter/in Infrastruktur (80–100 %). "
            "Wie telefonisch besprochen, laden wir Sie zu einem ersten Kennenlerngespräch über Microsoft Teams ein "
            "(ca. 45 Minuten).\n\nGesprächspartnerin: Corinne Vogt, HR-Verantwortliche\n\nFreundliche Grüsse\n"
            "Corinne Vogt\nRüegg Bauingenieure AG, Badenerstrasse 570, 8048 Zürich\n\n" + tb)
    ev = plain_event(uid=uid, start="20251008T1100", end="20251008T1145", tzid="Europe/Zurich",
                     summary="Erstgespräch | Bereichsleiter/in Infrastruktur (80–100 %) | Matthias Keller",
                     desc=desc, location=url, organizer=org("corinne.vogt@rueegg-ing.ch", "Corinne Vogt"),
                     atts=[att(ME, "Matthias Keller", cutype="INDIVIDUAL")], stamp="20251002T130512Z")
    text = vcal(head_generic("-//Personio GmbH//Personio Recruiting//DE"), [olson_tz(lic=False), ev])
    return Ev("personio-teams-de", text, uid, 1, RUEEGG, "Bereichsleiter/in Infrastruktur", "recruiter_screen",
              "corinne.vogt@rueegg-ing.ch", "personio-first-talk-de")


def rueegg_case() -> Ev:
    uid = outlook_uid("rue2")
    desc = ("Sehr geehrter Herr Keller\n\nBesten Dank für das angenehme erste Gespräch. Im zweiten Gespräch bitten "
            "wir Sie, uns in rund 20 Minuten Ihre Lösungsskizze zur beiliegenden Fallstudie (Ersatzneubau einer "
            "Strassenunterführung unter laufendem Bahnbetrieb, Etappierung, Kosten, Risiken) vorzustellen. "
            "Anschliessend folgt eine Fachdiskussion mit Andreas Rüegg (Geschäftsführer) und Lukas Schönbächler "
            "(Leiter Brückenbau).\n\nOrt: Rüegg Bauingenieure AG, Sitzungszimmer Sihl, Badenerstrasse 570, "
            "8048 Zürich\n\nMit freundlichen Grüssen\ni.A. Petra Wyrsch, Assistentin GL")
    ev = outlook_event(uid=uid, start="20251021T1500", end="20251021T1630",
                       summary="Fachgespräch mit Fallstudie – Bereichsleitung Infrastruktur, Hr. M. Keller",
                       desc=desc, organizer=org("andreas.rueegg@rueegg-ing.ch", "Rüegg, Andreas",
                                                sent_by="petra.wyrsch@rueegg-ing.ch"),
                       atts=[o_att(ME, "Matthias Keller"),
                             o_att("lukas.schoenbaechler@rueegg-ing.ch", "Schönbächler, Lukas")],
                       location="Sitzungszimmer Sihl", stamp="20251010T081100Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-case-sentby-de", text, uid, 1, RUEEGG, "Bereichsleitung Infrastruktur", "technical",
              "andreas.rueegg@rueegg-ing.ch;lukas.schoenbaechler@rueegg-ing.ch", "case-study-sent-by-de")


ASTRA = "Bundesamt für Strassen ASTRA"


def astra_first() -> Ev:
    uid = outlook_uid("astra1")
    desc = ("Sehr geehrter Herr Keller\n\nGerne laden wir Sie zu einem Vorstellungsgespräch für die Stelle "
            "Gesamtprojektleiter/in Nationalstrassen (Ref. 42118) in der Filiale Winterthur ein.\n\n"
            "Gesprächsteilnehmende:\n- Stefan Brunner, Filialchef\n- Irene Zwahlen, Bereichsleiterin "
            "Projektmanagement\n- Franziska Meier, HR-Beraterin\n\nBitte bringen Sie einen amtlichen Ausweis mit "
            "und melden Sie sich am Empfang im Erdgeschoss.\n\nFreundliche Grüsse\nFranziska Meier\nEidgenössisches "
            "Departement für Umwelt, Verkehr, Energie und Kommunikation UVEK\nBundesamt für Strassen ASTRA\n"
            "Personal\nGrüzefeldstrasse 41, 8404 Winterthur")
    ev = outlook_event(uid=uid, start="20251015T1330", end="20251015T1500",
                       summary="Vorstellungsgespräch Gesamtprojektleiter/in Nationalstrassen – Hr. Keller",
                       desc=desc, organizer=org("stefan.brunner@astra.admin.ch", "Brunner Stefan ASTRA",
                                                sent_by="franziska.meier@astra.admin.ch"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch"),
                             o_att("irene.zwahlen@astra.admin.ch", "Zwahlen Irene ASTRA"),
                             o_att("franziska.meier@astra.admin.ch", "Meier Franziska ASTRA")],
                       location="ASTRA Filiale Winterthur, Sitzungszimmer 2.14", stamp="20251006T094512Z",
                       lang="de-DE")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-federal-sentby-de", text, uid, 1, ASTRA, "Gesamtprojektleiter/in Nationalstrassen", "",
              "stefan.brunner@astra.admin.ch;irene.zwahlen@astra.admin.ch;franziska.meier@astra.admin.ch",
              "federal-office-acronym-de")


def astra_assessment() -> Ev:
    uid = outlook_uid("astra2")
    desc = ("Sehr geehrter Herr Keller\n\nWie besprochen findet das Assessment in zwei Teilen statt. Teil 1: "
            "Fallstudie und Rollenspiel (Mitarbeitergespräch); Teil 2: Interview mit dem Assessor und Feedback. "
            "Durchgeführt wird das Assessment von Dr. Beat Tanner (Tanner Assessment GmbH); Stefan Brunner nimmt "
            "als Beobachter und Interviewer teil.\n\nOrt: ASTRA Filiale Winterthur, Grüzefeldstrasse 41\n\n"
            "Freundliche Grüsse\nFranziska Meier, HR-Beraterin")
    atts = [o_att(ME, "matthias.keller@bluewin.ch"), o_att("beat.tanner@tanner-assessment.ch", "Beat Tanner"),
            o_att("stefan.brunner@astra.admin.ch", "Brunner Stefan ASTRA")]
    master = outlook_event(uid=uid, start="20251029T0830", end="20251029T1200",
                           summary="Assessment Gesamtprojektleiter/in Nationalstrassen (Teil 1 und 2)", desc=desc,
                           organizer=org("franziska.meier@astra.admin.ch", "Meier Franziska ASTRA"), atts=atts,
                           location="ASTRA Winterthur, Sitzungszimmer 1.03", stamp="20251020T101010Z",
                           extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = outlook_event(uid=uid, start="20251030T1330", end="20251030T1700",
                             summary="Assessment Gesamtprojektleiter/in Nationalstrassen (Teil 1 und 2)",
                             desc=desc + "\n\nAchtung: Teil 2 neu am Nachmittag.",
                             organizer=org("franziska.meier@astra.admin.ch", "Meier Franziska ASTRA"), atts=atts,
                             location="ASTRA Winterthur, Sitzungszimmer 1.03", stamp="20251022T140000Z", seq=1,
                             extra=["RECURRENCE-ID;TZID=W. Europe Standard Time:20251030T083000"])
    text = vcal(head_outlook(), [windows_tz(), master, override])
    return Ev("outlook-recurring-assessment-de", text, uid, 1, ASTRA, "Gesamtprojektleiter/in Nationalstrassen", "",
              "beat.tanner@tanner-assessment.ch;stefan.brunner@astra.admin.ch", "recurring-override-assessment-de")


def fluri() -> Ev:
    uid = uuid("fluri", True)
    desc = ("Hoi Matthias\nWie am Telefon besprochen: Gespräch wegen der Stelle Leiter Tiefbau / Mitglied der GL bei "
            "uns. Treffpunkt Büro im Werkhof, 1. Stock. Parkplätze hat es vor der Halle.\nGruss Patrick")
    ev = apple_event(uid=uid, start="20251017T1700", end="20251017T1830",
                     summary="Fluri Tiefbau – Gespräch mit Matthias Keller",
                     organizer=org("p.fluri@bluewin.ch", "Patrick Fluri"),
                     atts=[att("p.fluri@bluewin.ch", "Patrick Fluri", partstat="ACCEPTED", rsvp=False,
                               cutype="INDIVIDUAL"), att(ME, "Matthias Keller", cutype="INDIVIDUAL")],
                     desc=desc, location="Fluri Tiefbau AG\nIndustriestrasse 12\n4553 Subingen\nSchweiz",
                     stamp="20251011T183010Z")
    text = vcal(head_apple(), [olson_tz(lic=False), ev])
    return Ev("apple-founder-freemail-de", text, uid, 1, "Fluri Tiefbau AG", "Leiter Tiefbau", "hiring_manager",
              "p.fluri@bluewin.ch", "owner-freemail-apple-de")


LEMANIA = "Lemania Ingénierie SA"


def lemania_screen() -> Ev:
    uid = outlook_uid("lem1")
    desc = ("Bonjour Monsieur Keller,\n\nSuite à votre candidature pour le poste de Directeur/trice de projets Génie "
            "civil, je vous propose un premier échange téléphonique d'environ 30 minutes. Je vous appellerai au "
            "numéro indiqué dans votre dossier.\n\nMeilleures salutations,\n\nLéa Chappuis\nResponsable RH\n"
            "Lemania Ingénierie SA | Avenue de Rhodanie 58 | 1007 Lausanne")
    ev = outlook_event(uid=uid, start="20251013T0900", end="20251013T0930",
                       summary="Entretien téléphonique – Directeur/trice de projets Génie civil – M. Keller",
                       desc=desc, organizer=org("lea.chappuis@lemania-ing.ch", "Chappuis Léa"),
                       atts=[o_att(ME, "matthias.keller@bluewin.ch")], location="Téléphone", lang="fr-CH",
                       stamp="20251007T110000Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-phone-fr", text, uid, 1, LEMANIA, "Directeur/trice de projets Génie civil",
              "recruiter_screen", "lea.chappuis@lemania-ing.ch", "phone-screen-fr")


def lemania_case() -> Ev:
    uid = google_uid("lem2")
    desc = ("Monsieur Keller,\n\nComme convenu, nous vous attendons pour le deuxième entretien. Il débutera par une "
            "étude de cas (45 minutes de préparation sur place : assainissement d'un pont en béton précontraint, "
            "phasage du trafic et estimation des coûts), suivie de votre présentation et d'une discussion avec "
            "Jean-Marc Dubuis (directeur) et Nathalie Pasche (cheffe du département Ouvrages d'art).\n\n"
            "Adresse : Avenue de Rhodanie 58, 1007 Lausanne, salle Léman (2e étage).\n\nBien à vous,\nJ.-M. Dubuis")
    ev = google_event(uid=uid, start="20251103T0900", end="20251103T1200",
                      summary="2e entretien – étude de cas (Lemania Ingénierie, Lausanne)", desc=desc,
                      organizer=org("jean-marc.dubuis@lemania-ing.ch", "Jean-Marc Dubuis"),
                      atts=[g_att("jean-marc.dubuis@lemania-ing.ch", "Jean-Marc Dubuis", "ACCEPTED"),
                            g_att(ME), g_att("nathalie.pasche@lemania-ing.ch", "Nathalie Pasche")],
                      location="Lemania Ingénierie SA, Avenue de Rhodanie 58, 1007 Lausanne, Suisse",
                      stamp="20251020T160010Z", created="20251020T155900Z")
    text = vcal(head_google(), [ev])
    return Ev("google-case-onsite-fr", text, uid, 1, LEMANIA, "", "technical",
              "jean-marc.dubuis@lemania-ing.ch;nathalie.pasche@lemania-ing.ch", "case-study-google-fr")


def dgmr() -> Ev:
    uid = outlook_uid("dgmr")
    wb, url = webex("dgmr", "vd-ch", "fr")
    desc = ("Monsieur,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de chef-fe de la "
            "division Entretien (réf. 2025-DGMR-117). La commission sera composée de :\n- M. Michel Favre, "
            "directeur Entretien et exploitation\n- Mme Anne-Laure Gilliéron, responsable RH\n- M. Pierre-Alain "
            "Cuendet, ingénieur cantonal adjoint\n\nL'entretien se déroulera par Webex ; le lien figure ci-dessous. "
            "Nous vous remercions de vous connecter 5 minutes avant le début.\n\nDirection générale de la mobilité "
            "et des routes (DGMR)\nPlace de la Riponne 10, 1014 Lausanne\n\n" + wb)
    ev = outlook_event(uid=uid, start="20251106T1400", end="20251106T1515",
                       summary="Entretien – Chef-fe de la division Entretien (DGMR) – M. Matthias Keller",
                       desc=desc, organizer=org("michel.favre@vd.ch", "Favre Michel (DGMR)",
                                                sent_by="secretariat.dgmr@vd.ch"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("anne-laure.gillieron@vd.ch",
                                                                 "Gilliéron Anne-Laure (DGMR)"),
                             o_att("pierre-alain.cuendet@vd.ch", "Cuendet Pierre-Alain (DGMR)")],
                       location=url, lang="fr-CH", stamp="20251027T080808Z")
    text = vcal(head_outlook(), [windows_tz(), ev])
    return Ev("outlook-webex-entretien-fr", text, uid, 1, "Direction générale de la mobilité et des routes",
              "Chef-fe de la division Entretien", "",
              "michel.favre@vd.ch;anne-laure.gillieron@vd.ch;pierre-alain.cuendet@vd.ch", "entretien-ambiguous-fr")


DR = "Dufour & Rochat Ingénieurs SA"


def dr_screen() -> Ev:
    uid = google_uid("dr1")
    desc = ("Bonjour Monsieur Keller,\n\nMerci pour votre dossier. Comme convenu, je vous appellerai pour un premier "
            "échange d'une demi-heure (parcours, motivations, conditions) au sujet du poste de directeur de projets "
            "Infrastructures à Genève.\n\nMélanie Girard\nRessources humaines\nDufour & Rochat Ingénieurs SA")
    ev = google_event(uid=uid, start="20251020T1130", end="20251020T1200",
                      summary="Appel M. Keller / Mélanie Girard (RH) – Dufour & Rochat", desc=desc,
                      organizer=org("melanie.girard@dr-ingenieurs.ch", "Mélanie Girard"),
                      atts=[g_att("melanie.girard@dr-ingenieurs.ch", "Mélanie Girard", "ACCEPTED"), g_att(ME)],
                      location="Téléphone : +41 79 412 58 03", stamp="20251014T085001Z",
                      created="20251014T084912Z")
    text = vcal(head_google(), [ev])
    return Ev("google-phone-rh-fr", text, uid, 1, DR, "directeur de projets Infrastructures", "recruiter_screen",
              "melanie.girard@dr-ingenieurs.ch", "phone-screen-google-fr")


def dr_final() -> Ev:
    uid = google_uid("dr2")
    desc = ("Cher Monsieur Keller,\n\nNous avons le plaisir de vous convier à l'entretien final avec les deux "
            "associés, Olivier Dufour et Claire Rochat. Nous discuterons de votre vision pour le développement du "
            "pôle Infrastructures, de l'organisation de l'équipe et des conditions d'engagement.\n\nRue du "
            "Stand 60, 1204 Genève (3e étage). Un déjeuner est prévu à l'issue de l'entretien.\n\nCordialement,\n"
            "Claire Rochat, associée")
    ev = google_event(uid=uid, start="20251121T1030", end="20251121T1200",
                      summary="Entretien final avec les associés – Directeur de projets Infrastructures",
                      desc=desc, organizer=org("claire.rochat@dr-ingenieurs.ch", "Claire Rochat"),
                      atts=[g_att("claire.rochat@dr-ingenieurs.ch", "Claire Rochat", "ACCEPTED"),
                            g_att("olivier.dufour@dr-ingenieurs.ch", "Olivier Dufour", "ACCEPTED"),
                            g_att(ME, "Matthias Keller")],
                      location="Dufour & Rochat Ingénieurs SA, Rue du Stand 60, 1204 Genève, Suisse",
                      stamp="20251110T170000Z", created="20251110T165801Z")
    text = vcal(head_google(), [ev])
    return Ev("google-final-partners-fr", text, uid, 1, DR, "Directeur de projets Infrastructures", "final",
              "claire.rochat@dr-ingenieurs.ch;olivier.dufour@dr-ingenieurs.ch", "final-partners-fr")


def events() -> list[Ev]:
    return [hic_screen(), hic_case(), hic_onsite(), meridian_screen(), meridian_hm(), meridian_final(),
            rueegg_screen(), rueegg_case(), astra_first(), astra_assessment(), fluri(), lemania_screen(),
            lemania_case(), dgmr(), dr_screen(), dr_final()]

