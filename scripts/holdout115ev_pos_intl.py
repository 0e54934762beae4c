"""holdout115: the user's own interviews, English, German and Spanish invitations."""

from __future__ import annotations

from holdout115ev_core import (
    ME,
    ME_CN,
    P_GOOGLE,
    P_OUTLOOK,
    TZ_BERLIN,
    TZ_BRU,
    TZ_MADRID,
    TZ_PARIS,
    TZ_UTC1_EN,
    UTC1_EN,
    D,
    Ev,
    T,
    att,
    google_foot,
    hexid,
    meet,
    org,
    outlook_uid,
    room,
    teams,
    tzp,
    vcal,
    vevent,
    zoom,
)


def p(kind: str, text: str, co: str, role: str, stage: str, iv: str, trap: str) -> Ev:
    return Ev(kind, text, 1, co, role, stage, iv, trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    # Greenhouse-scheduled, coordinator organises, hiring manager interviews
    u = f"{hexid('helvane-gh', 26)}@google.com"
    o = "amandine.roy@helvane.com"
    out.append(p("greenhouse-en", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251015T103000", "DTEND;TZID=Europe/Paris:20251015T111500",
            org(o, "Amandine Roy"), f"UID:{u}", att(o, "Amandine Roy", ps="ACCEPTED", google=True),
            att("laure.kessler@helvane.com", "Laure Kessler", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "Interview: Valérie Ngono for Finance Manager - Retail Operations (Hiring Manager)"),
            D("Hi Valérie,\n\nThanks for making time to meet with Helvane. You will speak with Laure Kessler, "
              "VP Finance Retail. I am the recruiting coordinator and will not join the call - reach out to me "
              "with any question.\n\n" + meet("en", "helvane") + "\n\nScheduled with Greenhouse"
              + google_foot("en", o)),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"),
        tzs=(TZ_PARIS,)),
        "Helvane", "Finance Manager - Retail Operations", "hiring_manager", "laure.kessler@helvane.com",
        "greenhouse-coordinator-en"))

    # Lever, phone screen
    u = f"lever-{hexid('meusechem', 24)}@hire.lever.co"
    out.append(p("lever-phone-en", vcal(
        "-//Lever//Lever Hire//EN", vevent(
            f"UID:{u}", "DTSTART:20251010T073000Z", "DTEND:20251010T080000Z",
            T("SUMMARY", "Phone Screen: Valérie Ngono <> Meuse Chemicals (Internal Audit Manager)"),
            org("no-reply@hire.lever.co", "Meuse Chemicals Talent Team"),
            att("sophie.dewit@meusechem.be", "Sophie De Wit"), att(ME, ME_CN),
            T("LOCATION", "Phone call - Sophie will call +33 6 •• •• •• 14"),
            D("Hi Valérie,\n\nThis is a confirmation of your phone screen with Sophie De Wit, Talent Acquisition "
              "Partner, for the Internal Audit Manager role (Brussels HQ, hybrid).\n\nBest,\nMeuse Chemicals "
              "Talent Team")),
        method="REQUEST"),
        "Meuse Chemicals", "Internal Audit Manager", "recruiter_screen", "sophie.dewit@meusechem.be",
        "lever-phone-screen-en"))

    # SmartRecruiters, case study on Teams
    u = f"sr-{hexid('brg-case', 28)}@smartrecruiters.com"
    out.append(p("smartrecruiters-case-en", vcal(
        "-//SmartRecruiters//Calendar//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Brussels:20251028T140000", "DTEND;TZID=Europe/Brussels:20251028T153000",
            T("SUMMARY", "Case study presentation - Finance Business Partner - BRG"),
            org("noreply@smartrecruiters.com", "Brabant Retail Group"),
            att("wim.claes@brg.be", "Wim Claes"), att("ines.moreau@brg.be", "Inès Moreau"), att(ME, ME_CN),
            D("Dear Valérie,\n\nPlease find below the details of your case study presentation for the Finance "
              "Business Partner position. The panel: Wim Claes (Finance Director Stores) and Inès Moreau (FP&A "
              "Lead). You will have 30 minutes to present and 45 minutes of Q&A.\n\n" + teams("en", "brg")
              + "\n\nKind regards,\nBRG Talent Acquisition")),
        tzs=(TZ_BRU,)),
        "Brabant Retail Group", "Finance Business Partner", "technical", "wim.claes@brg.be;ines.moreau@brg.be",
        "smartrecruiters-case-teams-en"))

    # Personio, German template, no clear stage
    u = f"personio-{hexid('kraemer', 20)}@personio.de"
    out.append(p("personio-de", vcal(
        "-//Personio GmbH//Personio Recruiting//DE", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Berlin:20251021T100000", "DTEND;TZID=Europe/Berlin:20251021T110000",
            T("SUMMARY", "Vorstellungsgespräch: Valérie Ngono - Controller (m/w/d) Werk Douai"),
            org("noreply@personio.de", "Krämer Antriebstechnik GmbH"),
            att("j.hartung@kraemer-antriebe.de", "Jörg Hartung"),
            att("m.lefebvre@kraemer-antriebe.fr", "Mélanie Lefebvre"), att(ME, ME_CN),
            T("LOCATION", "Microsoft Teams"),
            D("Hallo Valérie Ngono,\n\nvielen Dank für Ihre Bewerbung als Controller (m/w/d) für unser Werk in "
              "Douai. Wir freuen uns auf das Gespräch mit Jörg Hartung (Leiter Controlling) und Mélanie Lefebvre "
              "(Werkleiterin Douai). Das Gespräch findet auf Englisch statt.\n\nMit freundlichen Grüßen\n"
              "Ihr Recruiting-Team der Krämer Antriebstechnik GmbH\n\n" + teams("de", "kraemer"))),
        tzs=(TZ_BERLIN,)),
        "Krämer Antriebstechnik", "Controller (m/w/d) Werk Douai", "",
        "j.hartung@kraemer-antriebe.de;m.lefebvre@kraemer-antriebe.fr", "personio-de"))

    # softgarden, German, onsite at the French plant
    u = f"softgarden-{hexid('hesslinger', 20)}@softgarden.io"
    out.append(p("softgarden-de", vcal(
        "-//softgarden e-recruiting GmbH//softgarden//DE", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251204T093000", "DTEND;TZID=Europe/Paris:20251204T130000",
            T("SUMMARY", "Einladung zum Vorstellungsgespräch vor Ort: Contrôleur de gestion (w/m/d) Arras"),
            org("jobs@hesslinger-verpackung.de", "Hesslinger Verpackung GmbH"),
            att("c.brandt@hesslinger-verpackung.de", "Christina Brandt"),
            att("d.lenglet@hesslinger.fr", "David Lenglet"), att(ME, ME_CN),
            room("besprechung.arras@hesslinger.fr", "Besprechungsraum Arras 1"),
            T("LOCATION", "Hesslinger Emballages SAS, Zone Actiparc, 62223 Arras"),
            D("Sehr geehrte Frau Ngono,\n\nwir laden Sie herzlich zu einem persönlichen Gespräch an unserem "
              "Standort Arras ein. Gesprächspartner: Christina Brandt (Head of Group Controlling) und David "
              "Lenglet (Directeur de site). Im Anschluss Werksrundgang.\n\nMit freundlichen Grüßen\nHesslinger "
              "Verpackung GmbH - Personalabteilung\n\nPowered by softgarden")),
        tzs=(TZ_PARIS,)),
        "Hesslinger Verpackung", "Contrôleur de gestion (w/m/d) Arras", "onsite",
        "c.brandt@hesslinger-verpackung.de;d.lenglet@hesslinger.fr", "softgarden-onsite-room-de"))

    # Workable, hiring manager
    u = f"workable-{hexid('kelvo', 22)}@workablemail.com"
    out.append(p("workable-en", vcal(
        "-//Workable//Workable Calendar//EN", vevent(
            f"UID:{u}", "DTSTART:20251017T120000Z", "DTEND:20251017T124500Z",
            T("SUMMARY", "Interview with Kelvo: Finance Manager"),
            org("noreply@candidates.workablemail.com", "Kelvo"),
            att("marta@kelvo.io", "Marta Szymańska"), att(ME, ME_CN),
            T("LOCATION", "Video call"),
            D("Hi Valérie,\n\nYour video interview for the Finance Manager position at Kelvo is confirmed. You will "
              "meet Marta Szymańska, our Head of Finance and the hiring manager for this role.\n\n"
              + zoom("en", "kelvo") + "\n\nThe Kelvo hiring team\n\nSent via Workable")),
        method="REQUEST"),
        "Kelvo", "Finance Manager", "hiring_manager", "marta@kelvo.io", "workable-hm-en"))

    # iCIMS, panel onsite at a US-owned plant
    u = f"icims-{hexid('dunmore', 16)}-dunmorepkg"
    out.append(p("icims-panel-en", vcal(
        "-//iCIMS//Interview Scheduler//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251125T090000", "DTEND;TZID=Europe/Paris:20251125T120000",
            T("SUMMARY", "Panel Interview - Plant Controller, Calais (Req 2025-3318)"),
            org("careers@dunmorepkg.com", "Dunmore Packaging Careers"),
            att("rachel.obrien@dunmorepkg.com", "Rachel O'Brien"), att("p.delattre@dunmorepkg.com", "Pierre Delattre"),
            att("k.mensah@dunmorepkg.com", "Kwame Mensah"), att(ME, ME_CN),
            room("calais-boardroom@dunmorepkg.com", "Calais Boardroom"),
            T("LOCATION", "Dunmore Packaging, Zone Marcel Doret, 62100 Calais"),
            D("Dear Valérie,\n\nWe are pleased to confirm your panel interview for the Plant Controller position "
              "in Calais.\n\nPanel:\n- Rachel O'Brien, Regional Finance Director EMEA\n- Pierre Delattre, Plant "
              "Manager\n- Kwame Mensah, Senior Cost Accountant\n\nPlease bring ID for site security.\n\n"
              "Dunmore Packaging Talent Acquisition")),
        tzs=(TZ_PARIS,)),
        "Dunmore Packaging", "Plant Controller, Calais", "onsite",
        "rachel.obrien@dunmorepkg.com;p.delattre@dunmorepkg.com;k.mensah@dunmorepkg.com", "icims-panel-en"))

    # GoodTime, onsite loop in Paris
    u = f"goodtime-{hexid('kerbrat', 24)}"
    out.append(p("goodtime-onsite-en", vcal(
        "-//GoodTime.io//Interview Scheduling//EN", vevent(
            f"UID:{u}", "DTSTART:20251203T090000Z", "DTEND:20251203T123000Z",
            T("SUMMARY", "Maison Kerbrat | Onsite interviews - Internal Audit Manager - Valérie Ngono"),
            org("interviews@kerbrat.paris", "Maison Kerbrat Talent"),
            att("e.kerbrat@kerbrat.paris", "Éloïse Kerbrat"), att("d.nakamura@kerbrat.paris", "Daisuke Nakamura"),
            att("t.fabre@kerbrat.paris", "Thibault Fabre"), att(ME, ME_CN),
            T("LOCATION", "Maison Kerbrat, 11 rue du Faubourg Saint-Honoré, 75008 Paris"),
            D("Your interview schedule\n\n10:00 - 10:45 Éloïse Kerbrat, Chief Financial Officer\n10:45 - 11:30 "
              "Daisuke Nakamura, Group Internal Audit Director\n11:45 - 12:30 Thibault Fabre, Retail Operations "
              "Controller\n\nAsk for Noémie at reception (Talent coordinator).\n\nPowered by GoodTime")),
        method="REQUEST"),
        "Maison Kerbrat", "Internal Audit Manager", "onsite",
        "e.kerbrat@kerbrat.paris;d.nakamura@kerbrat.paris;t.fabre@kerbrat.paris", "goodtime-loop-en"))

    # ModernLoop, modelling exercise
    u = f"modernloop-{hexid('northvale', 24)}"
    out.append(p("modernloop-technical-en", vcal(
        "-//ModernLoop//Scheduling//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Brussels:20251106T100000", "DTEND;TZID=Europe/Brussels:20251106T113000",
            T("SUMMARY", "Valérie Ngono <> Northvale Foods - Financial Modelling Exercise"),
            org("recruiting@northvalefoods.com", "Northvale Foods Recruiting"),
            att("ben.hughes@northvalefoods.com", "Ben Hughes"), att(ME, ME_CN),
            D("Role: Senior Financial Analyst (Benelux)\nInterviewer: Ben Hughes, FP&A Manager\nFormat: live Excel "
              "exercise (budget vs actual for a snack plant), screen share\n\n" + teams("en", "northvale")
              + "\n\nScheduled with ModernLoop")),
        tzs=(TZ_BRU,)),
        "Northvale Foods", "Senior Financial Analyst (Benelux)", "technical", "ben.hughes@northvalefoods.com",
        "modernloop-technical-en"))

    # Cal.com, hiring manager at a Brussels scale-up
    u = f"{hexid('fietsly', 22)}@Cal.com"
    out.append(p("calcom-en", vcal(
        "-//Cal.com Inc.//Cal.com Event//EN", vevent(
            f"UID:{u}", "DTSTART:20251023T150000Z", "DTEND:20251023T154500Z",
            T("SUMMARY", "Finance Lead interview between Tom Gevaert and Valérie Ngono"),
            org("tom@fietsly.be", "Tom Gevaert"), att(ME, ME_CN),
            D("What:\nFinance Lead interview\n\nWho:\nTom Gevaert - Organizer (Co-founder & CEO, Fietsly)\n"
              "Valérie Ngono - valerie.ngono.audit@orange.fr\n\nWhere:\nGoogle Meet https://meet.google.com/"
              "xvd-ptkq-ane\n\nNeed to reschedule or cancel? https://cal.com/booking/" + hexid("fiets", 18)),
            "STATUS:CONFIRMED"),
        method="REQUEST"),
        "Fietsly", "Finance Lead", "hiring_manager", "tom@fietsly.be", "calcom-founder-en"))

    # Ashby, case interview, UTC
    u = f"ashby-{hexid('lumaya', 24)}@ashbyhq.com"
    out.append(p("ashby-case-en", vcal(
        "-//Ashby//Ashby Scheduling//EN", vevent(
            f"UID:{u}", "DTSTART:20251118T130000Z", "DTEND:20251118T140000Z",
            T("SUMMARY", "Case Interview - Finance Manager Benelux (Valérie Ngono)"),
            org("no-reply@ashbyhq.com", "Lumaya Recruiting"),
            att("arne@lumaya.com", "Arne Wouters"), att("giulia@lumaya.com", "Giulia Ferri"), att(ME, ME_CN),
            T("LOCATION", "Zoom"),
            D("Hi Valérie,\n\nYou're confirmed for your case interview with Lumaya.\n\nInterviewers: Arne Wouters "
              "(CFO), Giulia Ferri (Finance Ops)\n\n" + zoom("en", "lumaya") + "\n\nScheduled via Ashby")),
        method="REQUEST"),
        "Lumaya", "Finance Manager Benelux", "technical", "arne@lumaya.com;giulia@lumaya.com", "ashby-case-utc-en"))

    # agency invite naming the employer, Zoom
    u = f"{hexid('vanguard-enerbel', 30)}@vanguardsearch.be"
    out.append(p("agency-zoom-en", vcal(
        P_OUTLOOK, vevent(
            f"UID:{u}", T("SUMMARY", "Interview - EnerBel - Controlling Manager (via Vanguard Search)"),
            "DTSTART;TZID=Europe/Brussels:20251030T160000", "DTEND;TZID=Europe/Brussels:20251030T170000",
            org("j.peeters@vanguardsearch.be", "Peeters, Jolien"), att(ME, ME_CN),
            att("koen.maes@enerbel.be", "Maes, Koen"),
            D("Dear Valérie,\n\nAs discussed, please find the invite for your interview with Koen Maes, Head of "
              "Controlling at our client EnerBel. I will not attend; let's debrief right after.\n\n"
              + zoom("en", "enerbel") + "\n\nJolien Peeters\nSenior Consultant Finance - Vanguard Search"),
            "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_BRU,)),
        "EnerBel", "Controlling Manager", "hiring_manager", "koen.maes@enerbel.be", "agency-zoom-en"))

    # Spanish group with stores in Lille
    u = outlook_uid("alcantara")
    out.append(p("teams-es", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Entrevista: Controller Financiero Francia - Valérie Ngono"),
            "DTSTART;TZID=Europe/Madrid:20251022T110000", "DTEND;TZID=Europe/Madrid:20251022T120000",
            org("rrhh@grupoalcantara.es", "RRHH Grupo Alcántara", sent_by="laura.gil@grupoalcantara.es"),
            att("jose.serrano@grupoalcantara.es", "Serrano Ruiz, José"), att(ME, ME_CN),
            att("laura.gil@grupoalcantara.es", "Gil, Laura", role="OPT-PARTICIPANT"),
            D("Hola Valérie:\n\nTe confirmamos la entrevista para el puesto de Controller Financiero Francia "
              "(tiendas de Lille y París) con José Serrano, Director Financiero Internacional. La entrevista será "
              "en inglés y francés.\n\nUn saludo,\nLaura Gil - Selección, Grupo Alcántara Moda\n\n"
              + teams("es", "alcantara")),
            f"UID:{u}", "SEQUENCE:0"),
        tzs=(TZ_MADRID,)),
        "Grupo Alcántara Moda", "Controller Financiero Francia", "hiring_manager", "jose.serrano@grupoalcantara.es",
        "teams-es-sentby"))

    # rescheduled Google invite
    u = f"{hexid('vandamme', 26)}@google.com"
    o = "talent@vandammefoods.be"
    out.append(p("rescheduled-en", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Brussels:20251114T103000", "DTEND;TZID=Europe/Brussels:20251114T113000",
            org(o, "Vandamme Foods Talent"), f"UID:{u}", att(o, "Vandamme Foods Talent", ps="ACCEPTED", google=True),
            att("an.vermeulen@vandammefoods.be", "An Vermeulen", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "Interview Valérie Ngono - Group Internal Auditor (rescheduled)"),
            D("Updated: moved from Wednesday 12 to Friday 14 November at An's request. Same Meet link.\n\nAn "
              "Vermeulen, Internal Audit Lead, will interview you.\n\n" + meet("en", "vandamme")
              + google_foot("en", o)),
            "SEQUENCE:3", "STATUS:CONFIRMED", "LAST-MODIFIED:20251107T101500Z"),
        tzs=(TZ_BRU,)),
        "Vandamme Foods", "Group Internal Auditor", "", "an.vermeulen@vandammefoods.be", "rescheduled-google-en"))

    # Outlook with the English "(UTC+01:00) ..." zone
    u = outlook_uid("scheldt")
    out.append(p("outlook-utczone-en", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Interview Finance Manager - Scheldt Paper"),
            f"DTSTART;TZID={tzp(UTC1_EN)}:20251208T140000", f"DTEND;TZID={tzp(UTC1_EN)}:20251208T150000",
            org("dirk.janssens@scheldtpaper.be", "Janssens, Dirk"), att(ME, ME_CN),
            att("dirk.janssens@scheldtpaper.be", "Janssens, Dirk", ps="ACCEPTED", rsvp=False),
            T("LOCATION", "Scheldt Paper NV, Kanaaldijk 4, Gent / Teams"),
            D("Dear Ms Ngono,\n\nThank you for your application. I would like to meet you to discuss the Finance "
              "Manager role in our Gent mill.\n\nBest regards,\nDirk Janssens\nCFO"),
            f"UID:{u}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_UTC1_EN,)),
        "Scheldt Paper", "Finance Manager", "hiring_manager", "dirk.janssens@scheldtpaper.be",
        "outlook-utc-zone-en"))

    # Workday, English
    u = f"{hexid('vesalis-wd', 20)}@vesalis.myworkday.com"
    out.append(p("workday-en", vcal(
        "-//Workday Inc//Workday Calendar//EN", vevent(
            f"UID:{u}", "DTSTART:20251119T100000Z", "DTEND:20251119T110000Z",
            T("SUMMARY", "Interview Invitation: Senior Internal Auditor (JR-04412) - Interview with Hiring Manager"),
            org("vesalis@myworkday.com", "Vesalis Pharma"),
            att("n.verbruggen@vesalis.com", "Nathalie Verbruggen"), att(ME, ME_CN),
            T("LOCATION", "Vesalis Pharma, Boulevard de la Woluwe 60, 1200 Brussels"),
            D("Dear Valérie,\n\nYour interview is scheduled.\n\nJob Requisition: Senior Internal Auditor "
              "(JR-04412)\nInterview Type: Interview with Hiring Manager\nInterviewer: Nathalie Verbruggen, Head "
              "of Internal Audit EMEA\n\nThis message was sent from Workday.")),
        method="REQUEST", calscale=False),
        "Vesalis Pharma", "Senior Internal Auditor", "hiring_manager", "n.verbruggen@vesalis.com", "workday-en"))

    # Teams panel, final
    u = outlook_uid("delcour")
    out.append(p("teams-final-en", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Final round - Internal Audit Senior - Valérie Ngono"),
            "DTSTART;TZID=Europe/Brussels:20251216T150000", "DTEND;TZID=Europe/Brussels:20251216T161500",
            org("talent.acquisition@delcourpharma.com", "Talent Acquisition Delcour"), att(ME, ME_CN),
            att("v.hermans@delcourpharma.com", "Hermans, Veerle"), att("o.dumont@delcourpharma.com", "Dumont, Olivier"),
            D("Dear Valérie,\n\nWe are happy to invite you to the final round for the Internal Audit Senior role "
              "at Delcour Pharma (Wavre). Panel: Veerle Hermans (CFO) and Olivier Dumont (Chief Audit Executive)."
              "\n\n" + teams("en", "delcour")),
            f"UID:{u}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_BRU,)),
        "Delcour Pharma", "Internal Audit Senior", "final",
        "v.hermans@delcourpharma.com;o.dumont@delcourpharma.com", "teams-panel-final-en"))

    # Google phone screen, English, Brussels retailer
    u = f"{hexid('solenne', 26)}@google.com"
    o = "recruitment@solenne-retail.com"
    out.append(p("phone-screen-en", vcal(
        P_GOOGLE, vevent(
            "DTSTART:20251104T090000Z", "DTEND:20251104T093000Z", org(o, "Solenne Retail Recruitment"), f"UID:{u}",
            att(o, "Solenne Retail Recruitment", ps="ACCEPTED", google=True),
            att("hannah.dubois@solenne-retail.com", "Hannah Dubois", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "Phone screen - Finance Manager Benelux"),
            D("Hannah Dubois (Recruiter, Solenne) will call you on your mobile.\n\nRole: Finance Manager Benelux"
              + google_foot("en", o)),
            "SEQUENCE:0", "STATUS:CONFIRMED"),
        method="REQUEST"),
        "Solenne Retail", "Finance Manager Benelux", "recruiter_screen", "hannah.dubois@solenne-retail.com",
        "google-phone-screen-en"))

    # Spanish, final interview, hand-off from a French subsidiary
    u = f"{hexid('levante', 26)}@google.com"
    o = "seleccion@ceramicaslevante.es"
    out.append(p("google-final-es", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Madrid:20251211T100000", "DTEND;TZID=Europe/Madrid:20251211T110000",
            org(o, "Selección Cerámicas Levante"), f"UID:{u}",
            att(o, "Selección Cerámicas Levante", ps="ACCEPTED", google=True),
            att("mcarmen.ferrer@ceramicaslevante.es", "M.ª Carmen Ferrer", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            T("SUMMARY", "Entrevista final - Responsable de Control de Gestión (filial Francia)"),
            D("Hola Valérie,\n\nÚltima entrevista con M.ª Carmen Ferrer, Directora General Financiera, para el "
              "puesto de Responsable de Control de Gestión de nuestra filial de Douvrin.\n\n" + meet("en", "levante")
              + google_foot("en", o)),
            "SEQUENCE:0", "STATUS:CONFIRMED"),
        tzs=(TZ_MADRID,)),
        "Cerámicas Levante", "Responsable de Control de Gestión (filial Francia)", "final",
        "mcarmen.ferrer@ceramicaslevante.es", "google-final-es"))

    return out
