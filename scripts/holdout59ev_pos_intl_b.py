"""holdout59: the user's own interviews, English/Dutch/French/Spanish part B (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import meet, teams, webex, zoom
from holdout59ev_ics import (
    ME,
    UTC1_EN,
    UTC1_NL,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    html,
    ms_extra,
    olson,
    org,
    outlook_uid,
    windows,
)

UTC1_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"


def flowgrid_calcom() -> Ev:
    uid = f"{hexid('flowgrid-cal', 22)}@Cal.com"
    d = ("What: Intro call – Flowgrid (30 min)\nInvitee Time Zone: Europe/Berlin\nWho:\n- Ines Carvalho - "
         "Organizer\n  ines@flowgrid.ai\n- Jonas Brückner\n  jonas.brueckner@gmx.de\nWhere: Cal Video\n"
         "https://app.cal.com/video/" + hexid("fgv", 22) + "\nAdditional notes: Solution Consultant Supply Chain "
         "Planning – applied via LinkedIn\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/"
         "booking/" + hexid("fgb", 22))
    ve = [
        f"UID:{uid}", "DTSTAMP:20260114T101200Z", "DTSTART:20260119T150000Z", "DTEND:20260119T153000Z",
        "SUMMARY:Intro call between Ines Carvalho and Jonas Brückner", "LOCATION:Cal Video",
        org("ines@flowgrid.ai", "Ines Carvalho"), att(ME, "Jonas Brückner", partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//Cal.com Inc.//Cal.com Event//EN")
    return Ev("calcom-en", ics, uid, 1, "Flowgrid", "Solution Consultant Supply Chain Planning", "recruiter_screen",
              "ines@flowgrid.ai", "calcom-intro-en")


def flowgrid_ashby() -> Ev:
    uid = f"ashby-{guid('flowgrid-ashby').lower()}"
    d = ("Hi Jonas,\n\nYou're scheduled for the Planning Case Interview for Solution Consultant Supply Chain "
         "Planning at Flowgrid. You'll work through a realistic customer scenario (a mid-size FMCG manufacturer "
         "moving from spreadsheets to constrained supply planning) and present your approach.\n\nInterviewers:\n"
         "Jakob Reinholz – Principal Solution Consultant\nMei Lin Tan – VP Customer Success\n\n"
         + zoom("en", "flowgrid-ashby") + "\n\nManage your interview: https://app.ashbyhq.com/candidate/"
         + hexid("fga", 20) + "\n\nFlowgrid Planning Software GmbH · Berlin")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260127T084000Z", "DTSTART:20260202T140000Z", "DTEND:20260202T151500Z",
        "SUMMARY:" + esc("Flowgrid – Planning Case Interview (Jonas Brückner)"), "LOCATION:Zoom",
        org("talent@flowgrid.ai", "Flowgrid Talent"), att(ME, "Jonas Brückner"),
        att("jakob@flowgrid.ai", "Jakob Reinholz", rsvp=False), att("meilin@flowgrid.ai", "Mei Lin Tan", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//Ashby//Ashby Scheduling//EN")
    return Ev("ashby-en", ics, uid, 1, "Flowgrid", "Solution Consultant Supply Chain Planning", "technical",
              "jakob@flowgrid.ai;meilin@flowgrid.ai", "ashby-case-en")


def quantara_webex() -> Ev:
    uid = outlook_uid("quantara-hm")
    d = ("Hello Mr. Brückner,\n\nthank you for your application for Material Planning Lead (Fab 2). I would like "
         "to invite you to a first interview with me as the hiring manager. We work in English on site, so the "
         "call will be in English as well.\n\nBest regards\nSebastian Richter\nHead of Material Planning\n"
         "Quantara Dresden GmbH\n\n" + webex("en", "quantara-hm", "quantara"))
    ve = [
        org("sebastian.richter@quantara-dresden.com", "Richter, Sebastian"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:" + esc("Interview Material Planning Lead (Fab 2) – J. Brückner"),
        f"DTSTART;TZID=\"{UTC1_EN}\":20260211T150000", f"DTEND;TZID=\"{UTC1_EN}\":20260211T160000",
        "DTSTAMP:20260204T090000Z", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Webex",
        *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook16", tzs=(windows(UTC1_EN),), calscale=False)
    return Ev("outlook-webex-en", ics, uid, 1, "Quantara Dresden", "Material Planning Lead (Fab 2)",
              "hiring_manager", "sebastian.richter@quantara-dresden.com", "webex-hm-en")


def quantara_final() -> Ev:
    uid = f"{hexid('quantara-final', 26)}@google.com"
    d = ("Dear Jonas,\n\nwe are pleased to invite you to the final interview for Material Planning Lead (Fab 2) "
         "in Dresden.\n\n09:30 Security check-in at Gate West (please bring your passport or ID card)\n"
         "10:00 Interview with Dr. Henrik Vogel (Plant Director) and Sebastian Richter\n11:00 Guided fab tour "
         "(visitor gallery)\n\nI will meet you at the gate but am not part of the interview.\n\nKind regards,\n"
         "Lisa Hoang\nHR Business Partner, Quantara Dresden")
    ve = [
        "DTSTART:20260305T083000Z", "DTEND:20260305T110000Z", "DTSTAMP:20260224T143000Z",
        org("lisa.hoang@quantara-dresden.com", "Lisa Hoang"), f"UID:{uid}",
        att("henrik.vogel@quantara-dresden.com", "Dr. Henrik Vogel", extra="X-NUM-GUESTS=0"),
        att("sebastian.richter@quantara-dresden.com", "Sebastian Richter", partstat="ACCEPTED",
            extra="X-NUM-GUESTS=0"),
        att("dd-admin-b-2.14@quantara-dresden.com", "DD Admin B 2.14", cutype="ROOM", role="NON-PARTICIPANT",
            partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "Jonas Brückner", extra="X-NUM-GUESTS=0"), "CREATED:20260224T142959Z", "DESCRIPTION:" + esc(d),
        "LAST-MODIFIED:20260224T142959Z", "LOCATION:" + esc("Quantara Dresden, Gate West, Wilschdorfer Landstraße"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + esc("Final interview & fab tour – Quantara Dresden"),
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-en", ics, uid, 1, "Quantara Dresden", "Material Planning Lead (Fab 2)", "final",
              "henrik.vogel@quantara-dresden.com;sebastian.richter@quantara-dresden.com",
              "final-room-hr-escort-en")


def helvion_screen() -> Ev:
    uid = outlook_uid("helvion-ta")
    d = ("Hi Jonas,\n\nNice to e-mail with you. As discussed, here's a Teams invite for a first conversation about "
         "the Supply Chain Planning Manager Polymers role at our Botlek site. I'll tell you more about Helvion and "
         "ask about your experience – about 30 minutes.\n\nKind regards,\nLotte van den Berg\nTalent Acquisition "
         "Benelux\nHelvion Chemicals Europe B.V.\n\n" + teams("en", "helvion-ta"))
    ve = [
        org("lotte.vandenberg@helvion.com", "van den Berg, Lotte"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Helvion | TA screen | Jonas Brückner",
        f"DTSTART;TZID=\"{UTC1_NL}\":20260204T110000", f"DTEND;TZID=\"{UTC1_NL}\":20260204T113000",
        "DTSTAMP:20260129T100000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams-vergadering", *ms_extra(),
    ]
    ics = cal(ve, "outlook", tzs=(windows(UTC1_NL),), calscale=False)
    return Ev("outlook-en", ics, uid, 1, "Helvion Chemicals", "Supply Chain Planning Manager Polymers",
              "recruiter_screen", "lotte.vandenberg@helvion.com", "outlook-dutch-tz-en")


def helvion_panel() -> Ev:
    uid = f"SFRCM-{hexid('helvion-panel', 14).upper()}-10433"
    d = ("Dear Jonas Brückner,\n\nWe are pleased to confirm your panel interview for the position Supply Chain "
         "Planning Manager Polymers (Job Req 10433).\n\nPanel:\n- Willem Jansen, Site Director Botlek\n- Anouk "
         "Peeters, Head of Customer Service & Planning\n- Dr. Rafael Costa, Production Manager\n\nLocation: Helvion "
         "Chemicals Europe B.V., Welplaatweg 104, 3197 KS Botlek-Rotterdam, Main Office, meeting room Nieuwe Maas. "
         "PPE is not required for the office building.\n\nHelvion Recruiting\n\nThis is a system-generated message.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260220T070000Z", "DTSTART:20260303T090000Z", "DTEND:20260303T110000Z",
        "SUMMARY:" + esc("Panel Interview – Supply Chain Planning Manager Polymers (Job Req 10433)"),
        "LOCATION:" + esc("Welplaatweg 104, Botlek-Rotterdam, Meeting room Nieuwe Maas"),
        org("recruiting-noreply@helvion.com", "Helvion Recruiting"), att(ME, "Jonas Brückner"),
        att("willem.jansen@helvion.com", "Willem Jansen", rsvp=False),
        att("anouk.peeters@helvion.com", "Anouk Peeters", rsvp=False),
        att("rafael.costa@helvion.com", "Rafael Costa", rsvp=False),
        att("rtm-botlek-nieuwemaas@helvion.com", "RTM Botlek – Nieuwe Maas", role="NON-PARTICIPANT", cutype="ROOM",
            rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//SAP SE//SuccessFactors Recruiting Interview Scheduling//EN", calscale=False)
    return Ev("successfactors-en", ics, uid, 1, "Helvion Chemicals", "Supply Chain Planning Manager Polymers",
              "onsite", "willem.jansen@helvion.com;anouk.peeters@helvion.com;rafael.costa@helvion.com",
              "successfactors-panel-room-en")


def alder_agency() -> Ev:
    uid = f"{hexid('alder-agency', 26)}@google.com"
    d = ("Hi Jonas,\n\nGreat news – our client Alder & Finch Beverages would like to meet you for the Supply Chain "
         "Planning Manager Benelux role (Amsterdam, hybrid). You'll speak with Hannah Doyle (Operations Director) "
         "and Tom Kearney (Head of Planning). I won't be on the call but will ring you afterwards to debrief.\n\n"
         "Zoom details from their side:\n\n" + zoom("en", "alder-agency") + "\n\nBest of luck!\nRuben Verhoeven"
         "\nSenior Consultant Supply Chain\nTalentBridge Benelux")
    ve = [
        "DTSTART:20260226T150000Z", "DTEND:20260226T160000Z", "DTSTAMP:20260219T112000Z",
        org("ruben.verhoeven@talentbridge.nl", "Ruben Verhoeven"), f"UID:{uid}",
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"),
        att("ruben.verhoeven@talentbridge.nl", "Ruben Verhoeven", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        "CREATED:20260219T111959Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260219T111959Z", "LOCATION:Zoom",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Interview Alder & Finch – Supply Chain Planning Manager Benelux (via TalentBridge)"),
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-agency-en", ics, uid, 1, "Alder & Finch Beverages", "Supply Chain Planning Manager Benelux",
              "", "Hannah Doyle;Tom Kearney", "agency-names-client-en")


def vdm_nl() -> Ev:
    uid = outlook_uid("vdm-nl")
    d = ("Beste Jonas,\n\nHartelijk dank voor je sollicitatie op de vacature Teamleider Planning bij Van der Meulen "
         "Distributie in Tilburg. Graag nodig ik je uit voor een eerste kennismakingsgesprek via Teams. In dit "
         "gesprek bespreken we je achtergrond, je motivatie en de arbeidsvoorwaarden.\n\nMet vriendelijke groet,\n"
         "Marieke Vos\nHR-adviseur\nVan der Meulen Distributie B.V.\n\n" + teams("nl", "vdm-nl"))
    ve = [
        org("m.vos@vdmdistributie.nl", "Vos, Marieke"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=nl-NL:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=nl-NL:" + esc("Sollicitatiegesprek Teamleider Planning – Jonas Brückner"),
        f"DTSTART;TZID=\"{UTC1_NL}\":20260129T100000", f"DTEND;TZID=\"{UTC1_NL}\":20260129T104500",
        "DTSTAMP:20260122T084500Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering", *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook", tzs=(windows(UTC1_NL),), calscale=False)
    return Ev("outlook-nl", ics, uid, 1, "Van der Meulen Distributie", "Teamleider Planning", "recruiter_screen",
              "m.vos@vdmdistributie.nl", "outlook-teams-nl")


def oosterdok_recruitee() -> Ev:
    uid = f"recruitee-{hexid('oosterdok', 20)}"
    d = ("Hoi Jonas,\n\nBedankt voor het fijne eerste gesprek! In het tweede gesprek maak je kennis met Joris "
         "Bakker, onze operations manager en je toekomstige leidinggevende. Jullie bespreken onder andere de "
         "inkoopplanning van groene koffie en de voorraad in ons warehouse in Zaandam.\n\nAdres: Oosterdok Coffee "
         "Roasters, Oostelijke Handelskade 34, Amsterdam. Koffie staat klaar ☕\n\nGroetjes,\nNina Visser\n"
         "People & Culture\n\nVerzonden via Recruitee")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260213T100000Z", "DTSTART;TZID=Europe/Amsterdam:20260223T140000",
        "DTEND;TZID=Europe/Amsterdam:20260223T150000",
        "SUMMARY:" + esc("Tweede gesprek – Supply Chain Coördinator – Oosterdok Coffee Roasters"),
        "LOCATION:" + esc("Oostelijke Handelskade 34, Amsterdam"), org("nina@oosterdokcoffee.nl", "Nina Visser"),
        att(ME, "Jonas Brückner"), att("joris@oosterdokcoffee.nl", "Joris Bakker", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//Recruitee//Recruitee Interview//EN", tzs=(olson("Europe/Amsterdam"),))
    return Ev("recruitee-nl", ics, uid, 1, "Oosterdok Coffee Roasters", "Supply Chain Coördinator",
              "hiring_manager", "joris@oosterdokcoffee.nl", "recruitee-hm-nl")


def valmorel_rs() -> Ev:
    uid = f"{hexid('valmorel-rs', 26)}@google.com"
    d = ("Bonjour Jonas,\n\nComme convenu par e-mail, je vous appelle pour un premier échange d'environ 30 minutes au "
         "sujet du poste de Responsable Planification Supply Chain Europe Centrale, basé sur notre site de Minden "
         "(Allemagne). N'hésitez pas à me dire si vous préférez échanger en anglais.\n\nBien cordialement,\n"
         "Claire Dumont\nChargée de recrutement – Valmorel Emballages")
    ve = [
        "DTSTART:20260130T130000Z", "DTEND:20260130T133000Z", "DTSTAMP:20260126T093000Z",
        org("claire.dumont@valmorel.fr", "Claire Dumont"), f"UID:{uid}",
        att("claire.dumont@valmorel.fr", "Claire Dumont", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"), "CREATED:20260126T092959Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260126T092959Z", "LOCATION:Appel téléphonique", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + esc("Échange téléphonique – Valmorel Emballages / Jonas Brückner"),
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-fr", ics, uid, 1, "Valmorel Emballages", "Responsable Planification Supply Chain Europe "
              "Centrale", "recruiter_screen", "claire.dumont@valmorel.fr", "phone-screen-fr")


def valmorel_hm() -> Ev:
    uid = outlook_uid("valmorel-hm")
    d = ("Bonjour Jonas,\n\nSuite à votre échange avec Claire, je serais ravi de vous rencontrer en visio. Le poste "
         "de Responsable Planification Supply Chain Europe Centrale me sera directement rattaché.\n\nBien à vous,\n"
         "Olivier Marchand\nDirecteur Supply Chain Europe\nValmorel Emballages\n\n" + teams("fr", "valmorel-hm"))
    ve = [
        org("olivier.marchand@valmorel.fr", "Marchand, Olivier"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-FR:" + esc("Entretien – Responsable Planification Supply Chain Europe Centrale"),
        f"DTSTART;TZID=\"{UTC1_FR}\":20260210T140000", f"DTEND;TZID=\"{UTC1_FR}\":20260210T150000",
        "DTSTAMP:20260203T160000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", *ms_extra(),
    ]
    ics = cal(ve, "outlook", tzs=(windows(UTC1_FR),), calscale=False)
    return Ev("outlook-fr", ics, uid, 1, "Valmorel Emballages", "Responsable Planification Supply Chain Europe "
              "Centrale", "hiring_manager", "olivier.marchand@valmorel.fr", "outlook-teams-hm-fr")


def almenara_es() -> Ev:
    uid = f"{hexid('almenara', 26)}@google.com"
    d = ("Hola Jonas:\n\nGracias por tu interés en el puesto de Responsable de Planificación Logística para nuestro "
         "hub de distribución en Róterdam. Te propongo una entrevista por videollamada con Javier Ortega, Director "
         "de Operaciones, a quien reportaría el puesto. Si prefieres hacerla en inglés, no hay problema.\n\n"
         "Un saludo,\nMarta Gil\nRecursos Humanos – Frutas Almenara S.L.\n\n" + meet("es", "almenara"))
    ve = [
        "DTSTART;TZID=Europe/Madrid:20260218T170000", "DTEND;TZID=Europe/Madrid:20260218T180000",
        "DTSTAMP:20260211T120000Z", org("marta.gil@frutasalmenara.es", "Marta Gil"), f"UID:{uid}",
        att("javier.ortega@frutasalmenara.es", "Javier Ortega", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("marta.gil@frutasalmenara.es", "Marta Gil", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/" + d.split("meet.google.com/")[1][:12],
        "CREATED:20260211T115959Z", "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260211T115959Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Entrevista – Responsable de Planificación Logística (hub Róterdam)"), "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google", tzs=(olson("Europe/Madrid"),))
    return Ev("google-es", ics, uid, 1, "Frutas Almenara", "Responsable de Planificación Logística",
              "hiring_manager", "javier.ortega@frutasalmenara.es", "google-meet-hm-es")


EVENTS = [flowgrid_calcom, flowgrid_ashby, quantara_webex, quantara_final, helvion_screen, helvion_panel,
          alder_agency, vdm_nl, oosterdok_recruitee, valmorel_rs, valmorel_hm, almenara_es]
