"""holdout62: the user's own interviews, part D (international schedulers, founders, agencies, shapes)."""

from __future__ import annotations

from holdout62ev_boiler import meet, teams
from holdout62ev_ics import (
    ME,
    Ev,
    att,
    esc,
    g_att,
    google_event,
    google_uid,
    h,
    head_generic,
    head_google,
    head_outlook,
    o_att,
    olson_tz,
    org,
    outlook_event,
    outlook_uid,
    plain_event,
    uuid,
    vcal,
    windows_tz,
)


def gadient() -> Ev:
    uid = google_uid("gadient")
    desc = ("Hoi Matthias\n\nFreue mich auf unser Gespräch in Landquart. Wie am Telefon gesagt: wir suchen jemanden, "
            "der die Projektleitung unserer Brückenprojekte übernimmt und in zwei, drei Jahren die Geschäftsführung. "
            "Komm einfach ins Büro über der Werkstatt.\n\nBis dann\nFlurin")
    ev = google_event(uid=uid, start="20251031T1000", end="20251031T1130",
                      summary="Gadient Brückenbau – Kennenlernen Matthias", desc=desc,
                      organizer=org("flurin.gadient@gmail.com", "Flurin Gadient"),
                      atts=[g_att("flurin.gadient@gmail.com", "Flurin Gadient", "ACCEPTED"), g_att(ME)],
                      location="Gadient Brückenbau GmbH, Bahnhofstrasse 4, 7302 Landquart, Schweiz",
                      stamp="20251023T190000Z", created="20251023T185811Z")
    text = vcal(head_google(), [ev])
    return Ev("google-founder-gmail-de", text, uid, 1, "Gadient Brückenbau GmbH", "", "",
              "flurin.gadient@gmail.com", "founder-gmail-no-stage-de")


INFRAPLAN = "Infraplan Consulting GmbH"


def infraplan_ashby() -> Ev:
    uid = f"{uuid('infra1')}@ashbyhq.com"
    mb, url = meet("infra1", "en")
    desc = ("Hi Matthias,\n\nYour Technical Deep Dive with Infraplan is confirmed.\n\nRole: Director Infrastructure "
            "Delivery (DACH)\nInterviewers: Jan Petersen (Head of Engineering), Dr. Lea Hoffmann (Principal, "
            "Bridges & Structures)\nFormat: 75 minutes – walk us through a complex project you led end to end, "
            "then a live discussion of a programme-risk scenario.\n\nNeed to reschedule? Use the link in your "
            "confirmation email.\n\nInfraplan Consulting GmbH, Frankfurt am Main\n\n" + mb)
    ev = plain_event(uid=uid, start="20251112T1430", end="20251112T1545", tzid="Europe/Berlin",
                     summary="Infraplan | Technical Deep Dive - Matthias Keller", desc=desc, location=url,
                     organizer=org("no-reply@ashbyhq.com", "Infraplan Recruiting"),
                     atts=[att(ME, "Matthias Keller"), att("jan.petersen@infraplan.io", "Jan Petersen"),
                           att("lea.hoffmann@infraplan.io", "Lea Hoffmann")],
                     stamp="20251105T103000Z")
    text = vcal(head_generic("-//Ashby//Ashby Scheduling//EN"), [olson_tz("Europe/Berlin"), ev])
    return Ev("ashby-technical-en", text, uid, 1, INFRAPLAN, "Director Infrastructure Delivery (DACH)", "technical",
              "jan.petersen@infraplan.io;lea.hoffmann@infraplan.io", "ashby-brand-domain-en")


def infraplan_hm() -> Ev:
    uid = google_uid("infra2")
    mb, url = meet("infra2", "en")
    desc = ("Hi Matthias – looking forward to our chat. I lead the DACH delivery organisation and this role would "
            "report to me. Nothing to prepare.\n\nKristina\n\n" + mb)
    ev = google_event(uid=uid, start="20251124T1730", end="20251124T1815", tz="Europe/Berlin",
                      summary="Matthias <> Kristina (Infraplan, hiring manager)", desc=desc,
                      organizer=org("kristina.wolff@infraplan.io", "Kristina Wolff"),
                      atts=[g_att("kristina.wolff@infraplan.io", "Kristina Wolff", "ACCEPTED"),
                            g_att(ME, "Matthias Keller")],
                      location="", stamp="20251119T081500Z", created="20251119T081402Z", meet=url)
    text = vcal(head_google(), [ev])
    return Ev("google-meet-hm-en", text, uid, 1, INFRAPLAN, "", "hiring_manager", "kristina.wolff@infraplan.io",
              "hiring-manager-first-names-en")


def halvorsen() -> Ev:
    uid = f"icims-{digits_id('halv')}@hcengineers.icims.com"
    desc = ("Dear Matthias,\n\nThank you for your interest in Halvorsen & Crane Engineers. Your phone screen has been "
            "scheduled.\n\nPosition: Project Director, Infrastructure (Switzerland) – Req #2025-3318\nInterviewer: "
            "Megan Ostrowski, Recruiter\n\nMegan will call you at the number on file. Please note that this "
            "invitation is sent in UTC; your calendar will show your local time (CET).\n\nSincerely,\nTalent "
            "Acquisition\nHalvorsen & Crane Engineers")
    ev = plain_event(uid=uid, start="20251015T1600", end="20251015T1630", utc_times=True,
                     summary="Phone Screen - Project Director, Infrastructure (Switzerland) - Req #2025-3318",
                     desc=desc, organizer=org("talent@hcengineers.com", "Halvorsen & Crane Talent Acquisition"),
                     atts=[att(ME, "Matthias Keller"), att("megan.ostrowski@hcengineers.com", "Megan Ostrowski")],
                     location="Phone", stamp="20251008T193000Z")
    text = vcal(head_generic("-//iCIMS//iCIMS Interview Scheduling//EN"), [ev])
    return Ev("icims-phone-en", text, uid, 1, "Halvorsen & Crane Engineers", "Project Director, Infrastructure",
              "recruiter_screen", "megan.ostrowski@hcengineers.com", "icims-utc-phone-en")


def digits_id(seed: str) -> str:
    return str(int(h(seed, 12), 16))[:9]


TESSERA = "Tessera Infrastructure Partners"


def tessera_hm() -> Ev:
    uid = f"goodtime-{h('tess1', 20)}@goodtime.io"
    tb, url = teams("tess1", "en")
    desc = ("Hello Matthias,\n\nYour interview with Tessera Infrastructure Partners has been scheduled.\n\n"
            "Interview: Hiring Manager Interview\nPosition: Programme Director, Alpine Rail (Zurich)\nInterviewer: "
            "Ian Whitcombe, Managing Director – Rail\n\nIf you need to make a change, please contact Hannah Price "
            "(Recruiting Coordinator) at hannah.price@tessera-ip.com.\n\n" + tb + "\n\nScheduled with GoodTime")
    ev = plain_event(uid=uid, start="20251021T1000", end="20251021T1045", tzid="Europe/Zurich",
                     summary="Tessera Infrastructure Partners – Interview with Ian Whitcombe (Hiring Manager)",
                     desc=desc, location="Microsoft Teams",
                     organizer=org("hannah.price@tessera-ip.com", "Hannah Price"),
                     atts=[att(ME, "Matthias Keller"), att("ian.whitcombe@tessera-ip.com", "Ian Whitcombe")],
                     stamp="20251014T150000Z", url=url)
    text = vcal(head_generic("-//GoodTime.io//GoodTime Scheduling//EN"), [olson_tz(), ev])
    return Ev("goodtime-hm-en", text, uid, 1, TESSERA, "Programme Director, Alpine Rail", "hiring_manager",
              "ian.whitcombe@tessera-ip.com", "goodtime-coordinator-en")


def tessera_loop() -> Ev:
    uid = f"ml-{uuid('tess2')}@modernloop.io"
    tb, url = teams("tess2", "en")
    desc = ("Hi Matthias,\n\nHere is your virtual onsite for the Programme Director, Alpine Rail (Zurich) role. "
            "All sessions use the same Teams link.\n\n13:00 – 13:45  Ian Whitcombe – Programme leadership\n"
            "13:50 – 14:35  Ruth Albrecht – Commercial & contracts (NEC/SIA 118)\n14:45 – 15:30  Dev Malhotra – "
            "Stakeholder case exercise\n15:35 – 16:05  Chloé Marchand – Values & ways of working\n\nYour coordinator "
            "for the day is Hannah Price; she will not join the sessions but is reachable on +44 20 7946 0321.\n\n"
            + tb + "\n\nScheduled with ModernLoop")
    ev = plain_event(uid=uid, start="20251107T1300", end="20251107T1605", tzid="Europe/Zurich",
                     summary="Virtual Onsite: Matthias Keller – Programme Director, Alpine Rail (Zurich)", desc=desc,
                     location="Microsoft Teams", organizer=org("hannah.price@tessera-ip.com", "Hannah Price"),
                     atts=[att(ME, "Matthias Keller"), att("ian.whitcombe@tessera-ip.com", "Ian Whitcombe"),
                           att("ruth.albrecht@tessera-ip.com", "Ruth Albrecht"),
                           att("dev.malhotra@tessera-ip.com", "Dev Malhotra"),
                           att("chloe.marchand@tessera-ip.com", "Chloé Marchand")],
                     stamp="20251031T120000Z", url=url)
    text = vcal(head_generic("-//ModernLoop//ModernLoop Scheduler//EN"), [olson_tz(), ev])
    return Ev("modernloop-virtual-onsite-en", text, uid, 1, TESSERA, "Programme Director, Alpine Rail", "onsite",
              "ian.whitcombe@tessera-ip.com;ruth.albrecht@tessera-ip.com;dev.malhotra@tessera-ip.com;"
              "chloe.marchand@tessera-ip.com", "virtual-onsite-coordinator-en")


def baumeta() -> Ev:
    uid = f"{uuid('baumeta')}@hire.lever.co"
    mb, url = meet("baumeta", "de")
    desc = ("Hallo Matthias\n\nDanke, dass du dir Zeit nimmst! In diesem Gespräch lernst du Simon Egli kennen, "
            "Head of Operations und Hiring Manager für die Rolle Head of Project Delivery. Ihr sprecht über "
            "digitale Bauprozesse, BIM auf der Baustelle und wie du ein Team von Bauleitenden führen würdest.\n\n"
            "Liebe Grüsse\nAnna Kuster, People & Culture, Baumeta AG\n\n" + mb)
    ev = plain_event(uid=uid, start="20251110T1100", end="20251110T1145", utc_times=True,
                     summary="Baumeta: Matthias Keller x Simon Egli (Hiring Manager)", desc=desc, location=url,
                     organizer=org("anna.kuster@baumeta.ch", "Anna Kuster"),
                     atts=[att(ME, "Matthias Keller"), att("simon.egli@baumeta.ch", "Simon Egli")],
                     stamp="20251022T091000Z")
    text = vcal(head_generic("-//Lever//Lever Interview Scheduling//EN"), [ev])
    return Ev("lever-meet-hm-de", text, uid, 1, "Baumeta AG", "Head of Project Delivery", "hiring_manager",
              "simon.egli@baumeta.ch", "lever-contech-du-de")


def maurer() -> Ev:
    uid = google_uid("maurer")
    desc = ("Hallo Matthias\n\nWie besprochen ruft dich Frau Ramona Grob (HR, Maurer Strassen- und Tiefbau AG) am "
            "Dienstag an – das erste telefonische Interview für die Stelle Leiter Strassenbau Region Mittelland. "
            "Das Gespräch dauert ca. 30 Minuten. Ich melde mich danach bei dir.\n\nLiebe Grüsse\nLukas Wenger\n"
            "BauTalente GmbH – Personalvermittlung Bau & Technik")
    ev = google_event(uid=uid, start="20251111T1215", end="20251111T1245",
                      summary="Telefoninterview Maurer Strassen- und Tiefbau AG (via BauTalente)", desc=desc,
                      organizer=org("lukas@bautalente.ch", "Lukas Wenger"),
                      atts=[g_att("lukas@bautalente.ch", "Lukas Wenger", "ACCEPTED"), g_att(ME)],
                      location="Telefon", stamp="20251106T160000Z", created="20251106T155901Z")
    text = vcal(head_google(), [ev])
    return Ev("agency-google-phone-de", text, uid, 1, "Maurer Strassen- und Tiefbau AG", "Leiter Strassenbau",
              "recruiter_screen", "ramona grob", "agency-recruiter-not-interviewer-de")


def aeschbach() -> Ev:
    uid = google_uid("aeschbach")
    desc = ("Programm Assessment-Tag Projektdirektor/in Grossprojekte\n\n08:30 Begrüssung (Empfang EG)\n09:00 "
            "Fallstudie (Vorbereitung 60 Min., Präsentation 20 Min.)\n11:00 Interview mit der Geschäftsleitung "
            "(Rolf Aeschbach, Mirjam Zurbuchen)\n12:30 Mittagessen mit dem Team\n14:00 Rollenspiel "
            "Bauherrengespräch mit Mirjam Zurbuchen\n15:30 Feedback\n\nBei Fragen: Sekretariat, 031 302 44 10\n"
            "Aeschbach + Partner AG, Monbijoustrasse 61, 3007 Bern")
    ev = ["BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251128", "DTEND;VALUE=DATE:20251129", "DTSTAMP:20251112T090000Z",
          org("sekretariat@aeschbach-partner.ch", "Sekretariat Aeschbach + Partner"), f"UID:{uid}",
          g_att("sekretariat@aeschbach-partner.ch", "Sekretariat Aeschbach + Partner", "ACCEPTED"),
          g_att(ME, "Matthias Keller"), g_att("rolf.aeschbach@aeschbach-partner.ch", "Rolf Aeschbach"),
          g_att("mirjam.zurbuchen@aeschbach-partner.ch", "Mirjam Zurbuchen"), "CREATED:20251112T085900Z",
          f"DESCRIPTION:{esc(desc)}", "LAST-MODIFIED:20251112T090000Z",
          "LOCATION:Aeschbach + Partner AG\\, Monbijoustrasse 61\\, 3007 Bern\\, Schweiz", "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:Assessment-Tag Aeschbach + Partner (ganztägig)", "TRANSP:TRANSPARENT",
          "END:VEVENT"]
    text = vcal(head_google(), [ev])
    return Ev("google-allday-assessment-de", text, uid, 1, "Aeschbach + Partner AG",
              "Projektdirektor/in Grossprojekte", "onsite",
              "rolf.aeschbach@aeschbach-partner.ch;mirjam.zurbuchen@aeschbach-partner.ch",
              "all-day-assessment-secretariat-de")


def norvik_cancel() -> Ev:
    uid = outlook_uid("norvik")
    desc = ("Sehr geehrter Herr Keller\n\nLeider müssen wir das Gespräch mit Daniel Huber (Leiter Geschäftsbereich "
            "Energie & Infrastruktur, Ihr künftiger Vorgesetzter) absagen, da die Stelle vorübergehend "
            "sistiert wurde. Wir melden uns, sobald wir mehr wissen.\n\nFreundliche Grüsse\nKarin Stalder, HR\n"
            "Norvik Engineering AG")
    ev = outlook_event(uid=uid, start="20251125T1500", end="20251125T1600",
                       summary="Abgesagt: Interview Projektdirektor Energie & Infrastruktur – M. Keller", desc=desc,
                       organizer=org("karin.stalder@norvik.ch", "Stalder, Karin"),
                       atts=[o_att(ME, "Matthias Keller"), o_att("daniel.huber@norvik.ch", "Huber, Daniel")],
                       location="Norvik Engineering AG, Hagenholzstrasse 83, 8050 Zürich", status="CANCELLED",
                       seq=1, stamp="20251118T081500Z", busy="FREE", alarm=None)
    text = vcal(head_outlook(method="CANCEL"), [windows_tz(), ev])
    return Ev("outlook-cancel-de", text, uid, 1, "Norvik Engineering AG", "Projektdirektor Energie & Infrastruktur",
              "hiring_manager", "daniel.huber@norvik.ch", "cancelled-method-cancel-de")


OBRAS = "Obras Alpinas Helvetia SA"


def obras_screen() -> Ev:
    uid = outlook_uid("obras1")
    tb, url = teams("obras1", "es")
    desc = ("Estimado Matthias:\n\nGracias por tu interés en la posición de Director/a de Proyecto de Túneles para "
            "nuestra filial suiza, Obras Alpinas Helvetia SA. Te confirmo una primera entrevista conmigo por "
            "Teams (unos 40 minutos, en inglés o español, como prefieras).\n\nUn saludo,\nLucía Herrero\nTalent "
            "Acquisition – Grupo Obralpa\nCalle de Serrano 88, 28006 Madrid\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251017T1000", end="20251017T1040",
                       summary="Entrevista – Director/a de Proyecto Túneles (Suiza) – Matthias Keller", desc=desc,
                       organizer=org("lucia.herrero@obralpa.com", "Herrero Sánchez, Lucía"),
                       atts=[o_att(ME, "Matthias Keller")], location="Reunión de Microsoft Teams",
                       lang="es-ES", tzid="Romance Standard Time", stamp="20251010T123000Z", teams_url=url)
    text = vcal(head_outlook(), [windows_tz("Romance Standard Time"), ev])
    return Ev("outlook-teams-screen-es", text, uid, 1, OBRAS, "Director/a de Proyecto Túneles", "recruiter_screen",
              "lucia.herrero@obralpa.com", "parent-group-recruiter-es")


def obras_tech() -> Ev:
    uid = google_uid("obras2")
    desc = ("Dear Matthias,\n\nas discussed with Lucía, we would like to invite you to a technical interview at our "
            "Zurich office with Álvaro Castillo (Technical Director, Grupo Obralpa) and Reto Giger (Managing "
            "Director, Obras Alpinas Helvetia SA). Please be ready to discuss NATM vs. TBM choices on a recent "
            "project of yours and how you handle geological risk sharing with Swiss clients.\n\nBest regards,\n"
            "Reto Giger")
    ev = google_event(uid=uid, start="20251105T1400", end="20251105T1530",
                      summary="Technical interview – Project Director Tunnels – Obras Alpinas Helvetia", desc=desc,
                      organizer=org("reto.giger@obralpa.ch", "Reto Giger"),
                      atts=[g_att("reto.giger@obralpa.ch", "Reto Giger", "ACCEPTED"),
                            g_att("alvaro.castillo@obralpa.com", "Álvaro Castillo"), g_att(ME)],
                      location="Obras Alpinas Helvetia SA, Lagerstrasse 33, 8004 Zürich",
                      stamp="20251027T101000Z", created="20251027T100812Z")
    text = vcal(head_google(), [ev])
    return Ev("google-technical-en", text, uid, 1, OBRAS, "Project Director Tunnels", "technical",
              "reto.giger@obralpa.ch;alvaro.castillo@obralpa.com", "subsidiary-technical-en")


def events() -> list[Ev]:
    return [gadient(), infraplan_ashby(), infraplan_hm(), halvorsen(), tessera_hm(), tessera_loop(), baumeta(),
            maurer(), aeschbach(), norvik_cancel(), obras_screen(), obras_tech()]
