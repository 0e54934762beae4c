"""holdout53: the user's own interviews in French and Spanish, plus more German/English shapes (written blind)."""

from __future__ import annotations

from holdout53ev_ics import (
    APPLE,
    EXCHANGE,
    GCAL,
    ME,
    ME_CN,
    OUTLOOK,
    TBIRD,
    Ev,
    T,
    att,
    b,
    cal,
    cet,
    ev,
    fl,
    london,
    meet,
    ms_cet,
    org,
    teams,
    tz,
    u,
    zoom,
)

PAR = "Europe/Paris"
MAD = "Europe/Madrid"


def smartr_fr() -> Ev:
    uid = "sr-interview-1129045-maisoncoudray"
    e = ev(uid, tz(PAR, "20260218T100000"), tz(PAR, "20260218T103000"),
           "SUMMARY:Entretien téléphonique - Responsable Planification de la Demande (H/F)",
           org("no-reply@smartrecruiters.com", "Maison Coudray"), att(ME, ME_CN),
           att("claire.morin@coudray.fr", "Claire Morin"),
           T("DESCRIPTION", "Bonjour Kofi,", "", "Merci pour votre candidature au poste de Responsable Planification "
             "de la Demande (H/F) chez Maison Coudray. Claire Morin, chargée de recrutement, vous appellera au "
             "numéro indiqué dans votre profil.", "", "Durée : 30 minutes", "", "Bien cordialement,",
             "L'équipe Recrutement Maison Coudray - Biscuiterie depuis 1911"),
           "LOCATION:Appel téléphonique")
    return Ev("smartrecruiters-phone-fr", cal(e, prodid="-//SmartRecruiters//Interview//EN", tzs=(cet(PAR),)), uid, 1,
              "Maison Coudray", "Responsable Planification de la Demande (H/F)", "recruiter_screen",
              "claire.morin@coudray.fr", "smartrecruiters-phone-fr")


def outlook_romance_fr() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000090A1C2D3E4F5DC01000000000000000010000000C0D1"
    z = "Romance Standard Time"
    e = ev(uid, tz(z, "20260306T150000"), tz(z, "20260306T160000"),
           "SUMMARY:Entretien Kofi Mensah-Bauer / Directeur Supply Chain",
           org("p.girard@coudray.fr", "GIRARD Philippe"), att(ME, "Kofi Mensah-Bauer"),
           att("claire.morin@coudray.fr", "MORIN Claire", role="OPT-PARTICIPANT"),
           T("DESCRIPTION", "Bonjour Kofi,", "", "Suite à votre échange avec Claire, je vous propose un entretien "
             "pour faire connaissance et parler du poste de Responsable Planification de la Demande.", "",
             *teams("330219845", "fr"), "", "Philippe Girard", "Directeur Supply Chain - Maison Coudray"),
           "LOCATION:Réunion Microsoft Teams", seq=0)
    return Ev("outlook-romance-fr", cal(e, prodid=OUTLOOK, tzs=(ms_cet(z),)), uid, 1, "Maison Coudray",
              "Responsable Planification de la Demande", "hiring_manager", "p.girard@coudray.fr",
              "outlook-romance-optional-recruiter-fr")


def ios_ldv() -> Ev:
    uid = "C3D8E0A2-7B41-4E9C-8F15-2A6B9D4C1E70"
    e = ev(uid, fl("20260330T140000"), fl("20260330T150000"), "SUMMARY:Entretien LDV – resp. planif (visio)",
           "DESCRIPTION:avec Mme Rey (DRH) + M. Bonnet (dir. industriel). lien dans le mail",
           "X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal")
    return Ev("ios-terse-acronym-fr", cal(e, prodid=APPLE, method=None), uid, 1, "Laiteries du Vercors", "", "",
              "Mme Rey;M. Bonnet", "hand-typed-acronym-fr")


def wttj_final_fr() -> Ev:
    uid = "wttj-6b1f0d3e-ferrand-final"
    e = ev(uid, tz(PAR, "20260415T093000"), tz(PAR, "20260415T123000"),
           "SUMMARY:Entretien final sur site - Responsable S&OP - Boulangerie Ferrand Industrie",
           org("recrutement@ferrand-industrie.fr", "Boulangerie Ferrand Industrie"), att(ME, ME_CN),
           att("s.ferrand@ferrand-industrie.fr", "Stéphane Ferrand"),
           att("n.benali@ferrand-industrie.fr", "Nadia Benali"),
           att("salle.levain@ferrand-industrie.fr", "Salle Levain", cutype="ROOM", role="NON-PARTICIPANT", rsvp=None),
           T("DESCRIPTION", "Bonjour Kofi,", "", "Nous avons le plaisir de vous convier à l'entretien final pour le "
             "poste de Responsable S&OP, avec Stéphane Ferrand (Président) et Nadia Benali (DAF).",
             "Visite de l'usine prévue à 11h30.", "", "Adresse : 14 rue de l'Industrie, 69800 Saint-Priest", "",
             "Envoyé via Welcome to the Jungle"),
           "LOCATION:Boulangerie Ferrand Industrie\\, Saint-Priest - Salle Levain")
    return Ev("wttj-final-fr", cal(e, prodid="-//Welcome to the Jungle//ATS//FR", tzs=(cet(PAR),)), uid, 1,
              "Boulangerie Ferrand Industrie", "Responsable S&OP", "final",
              "s.ferrand@ferrand-industrie.fr;n.benali@ferrand-industrie.fr", "wttj-final-room-fr")


def agency_fr() -> Ev:
    uid = "delorme-conseil-20260402-kmb"
    e = ev(uid, tz(PAR, "20260408T140000"), tz(PAR, "20260408T150000"),
           "SUMMARY:Rencontre client : Fromageries Marcillac / K. Mensah-Bauer",
           org("a.delorme@delorme-conseil.fr", "Aurélie Delorme"), att(ME, ME_CN),
           att("j.marcillac@marcillac-fromages.fr", "Jean-Baptiste Marcillac"),
           T("DESCRIPTION", "Bonjour Kofi,", "", "Comme convenu, voici l'invitation pour votre entretien avec "
             "Jean-Baptiste Marcillac, Directeur général des Fromageries Marcillac, pour le poste de Responsable "
             "Planification Industrielle & Commerciale (PIC).", "", *zoom("86230014471", "fr"), "",
             "Aurélie Delorme - Cabinet Delorme Conseil, recrutement agroalimentaire"),
           "LOCATION:Zoom")
    return Ev("agency-fr", cal(e, prodid=GCAL, tzs=(cet(PAR),)), uid, 1, "Fromageries Marcillac",
              "Responsable Planification Industrielle & Commerciale (PIC)", "hiring_manager",
              "j.marcillac@marcillac-fromages.fr", "agency-rencontre-client-fr")


def olivares_screen() -> Ev:
    uid = "olivares-ta-0219-kmb@grupoolivares.es"
    e = ev(uid, tz(MAD, "20260219T160000"), tz(MAD, "20260219T163000"),
           "SUMMARY:Primera entrevista - Demand Planning Lead (Ámsterdam) - Grupo Olivares",
           org("lucia.navarro@grupoolivares.es", "Lucía Navarro"), att(ME, ME_CN),
           T("DESCRIPTION", "Hola Kofi:", "", "Gracias por tu interés en la posición de Demand Planning Lead para "
             "nuestro hub europeo en Ámsterdam. Te propongo una primera llamada de 30 minutos conmigo (Talent "
             "Acquisition) para conocernos.", "", *zoom("87123304556", "es"), "", "Un saludo,",
             "Lucía Navarro - Grupo Olivares Alimentación"),
           "LOCATION:Zoom")
    return Ev("direct-screen-es", cal(e, prodid=OUTLOOK, tzs=(cet(MAD),)), uid, 1, "Grupo Olivares Alimentación",
              "Demand Planning Lead (Ámsterdam)", "recruiter_screen", "lucia.navarro@grupoolivares.es",
              "direct-primera-entrevista-es")


def olivares_case() -> Ev:
    uid = "olivares-ta-0305-kmb@grupoolivares.es"
    e = ev(uid, tz(MAD, "20260305T110000"), tz(MAD, "20260305T123000"),
           "SUMMARY:Entrevista técnica (caso práctico) – Kofi Mensah-Bauer",
           org("lucia.navarro@grupoolivares.es", "Lucía Navarro"), att(ME, ME_CN),
           att("alvaro.ruiz@grupoolivares.es", "Álvaro Ruiz"), att("marta.sanz@grupoolivares.es", "Marta Sanz"),
           T("DESCRIPTION", "Hola Kofi:", "", "Te confirmo la entrevista técnica con Álvaro Ruiz (Director de Supply "
             "Chain Europa) y Marta Sanz (S&OP Manager). Presentarás el caso práctico que te enviamos (20 min).",
             "Yo no estaré en la llamada.", "", *teams("661200481")),
           "LOCATION:Reunión de Microsoft Teams")
    return Ev("direct-case-es", cal(e, prodid=OUTLOOK, tzs=(cet(MAD),)), uid, 1, "Grupo Olivares Alimentación", "",
              "technical", "alvaro.ruiz@grupoolivares.es;marta.sanz@grupoolivares.es", "case-coordinator-absent-es")


def valdeoro_es() -> Ev:
    uid = "5q1mvb7d0k3h8c2s9f4t6n1xpa@google.com"
    e = ev(uid, b("20260410T120000"), b("20260410T130000"),
           "SUMMARY:Entrevista con Bodegas Valdeoro – Responsable de Planificación DACH",
           org("ignacio.gil@valdeoro.com", "Ignacio Gil"), att(ME, ME_CN),
           att("ignacio.gil@valdeoro.com", "Ignacio Gil", ps="ACCEPTED", rsvp=None),
           T("DESCRIPTION", "Hola Kofi, encantado de hablar contigo el viernes en nuestra oficina de Düsseldorf. "
             "Dirijo la oficina comercial de Bodegas Valdeoro para Alemania y Austria y sería tu jefe directo.", "",
             "Königsallee 60, 40212 Düsseldorf, 3ª planta"),
           "LOCATION:Bodegas Valdeoro – oficina Düsseldorf\\, Königsallee 60")
    return Ev("google-onsite-es", cal(e, prodid=GCAL, tzs=(cet("Europe/Berlin"),)), uid, 1, "Bodegas Valdeoro",
              "Responsable de Planificación DACH", "hiring_manager", "ignacio.gil@valdeoro.com", "google-onsite-es")


def quellenhof_case() -> Ev:
    uid = "2b7tq5m1r0d9p4k6s3h8v1c0zq@google.com"
    e = ev(uid, u("20260402T080000"), u("20260402T093000"),
           "SUMMARY:Case Interview Quellenhof – Kofi Mensah-Bauer",
           org("m.schuster@quellenhof-limo.de", "Marie Schuster"), att(ME, ME_CN),
           att("m.schuster@quellenhof-limo.de", "Marie Schuster", ps="ACCEPTED", rsvp=None),
           att("o.berger@quellenhof-limo.de", "Oliver Berger"),
           T("DESCRIPTION", "Hallo Kofi,", "wie besprochen: Case Interview zur Stelle Demand Planning Manager "
             "(m/w/d). Du bekommst den Datensatz 15 Minuten vorher per Mail. Dabei: Oliver Berger (Head of "
             "Operations) und ich.", "", *meet("kfu-rmzc-wix", "de")),
           "LOCATION:Google Meet")
    return Ev("google-case-de", cal(e, prodid=GCAL), uid, 1, "Quellenhof Limonaden", "Demand Planning Manager (m/w/d)",
              "technical", "m.schuster@quellenhof-limo.de;o.berger@quellenhof-limo.de", "google-case-de")


def zillertal_wes() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000D0F1E2A3B4C6DC0100000000000000001000000039EE"
    z = "W. Europe Standard Time"
    e = ev(uid, tz(z, "20260313T100000"), tz(z, "20260313T113000"),
           "SUMMARY:Einladung zum Gespräch – Leitung Planung & Disposition",
           org("personal@zillertaler-bergkaese.at", "Zillertaler Bergkäse Personal"), att(ME, ME_CN),
           att("g.eberharter@zillertaler-bergkaese.at", "Eberharter, Georg"),
           att("personal@zillertaler-bergkaese.at", "Zillertaler Bergkäse Personal", role="NON-PARTICIPANT"),
           T("DESCRIPTION", "Sehr geehrter Herr Mensah-Bauer,", "", "wir laden Sie herzlich zu einem persönlichen "
             "Gespräch mit unserem Geschäftsführer Georg Eberharter in unsere Sennerei in Fügen ein.", "",
             "Mit freundlichen Grüßen", "Zillertaler Bergkäse eGen – Personalabteilung"),
           "LOCATION:Sennerei Fügen\\, Besprechungszimmer 1. Stock", seq=0)
    return Ev("outlook-wes-at", cal(e, prodid=OUTLOOK, tzs=(ms_cet(z),)), uid, 1, "Zillertaler Bergkäse",
              "Leitung Planung & Disposition", "hiring_manager", "g.eberharter@zillertaler-bergkaese.at",
              "outlook-w-europe-at")


def pichler_dvinci() -> Ev:
    uid = "dvinci-termin-55120-pichler"
    e = ev(uid, tz("Europe/Vienna", "20260304T140000"), tz("Europe/Vienna", "20260304T150000"),
           "SUMMARY:Video-Interview Gebrüder Pichler | S&OP Planer:in",
           org("karriere@pichler-saft.at", "Gebr. Pichler Karriere"), att(ME, ME_CN),
           att("s.pichler@pichler-saft.at", "Sophie Pichler"), att("r.auer@pichler-saft.at", "Roman Auer"),
           T("DESCRIPTION", "Lieber Herr Mensah-Bauer,", "", "vielen Dank für Ihre Bewerbung als S&OP Planer:in. "
             "Ihre Gesprächspartner:innen: Sophie Pichler (Geschäftsführung) und Roman Auer (Leitung "
             "Supply Chain).", "", *teams("455190327", "de"), "", "Gebrüder Pichler Fruchtsäfte GmbH, Kirchdorf",
             "Dieser Termin wurde mit d.vinci erstellt."),
           "LOCATION:Microsoft Teams")
    return Ev("dvinci-at", cal(e, prodid="-//d.vinci//Bewerbermanagement//DE", tzs=(cet("Europe/Vienna"),)), uid,
              1, "Gebrüder Pichler Fruchtsäfte", "S&OP Planer:in", "",
              "s.pichler@pichler-saft.at;r.auer@pichler-saft.at", "dvinci-at")


def klarwerk_sr() -> Ev:
    uid = "sr-interview-1130220-klarwerk"
    e = ev(uid, u("20260309T150000"), u("20260309T153000"),
           "SUMMARY:Phone Interview: Kofi Mensah-Bauer - Demand Planner Lead (f/m/d)",
           org("no-reply@smartrecruiters.com", "Klarwerk Home Care"), att(ME, ME_CN),
           att("yvonne.adler@klarwerk-homecare.com", "Yvonne Adler"),
           T("DESCRIPTION", "Hi Kofi,", "", "Yvonne Adler (Recruiter) will call you for a first conversation about "
             "the Demand Planner Lead (f/m/d) role in Düsseldorf.", "", "Klarwerk Home Care GmbH - detergents & "
             "home care brands"),
           "LOCATION:Phone")
    return Ev("smartrecruiters-phone-en", cal(e, prodid="-//SmartRecruiters//Interview//EN"), uid, 1,
              "Klarwerk Home Care", "Demand Planner Lead (f/m/d)", "recruiter_screen",
              "yvonne.adler@klarwerk-homecare.com", "smartrecruiters-phone-en")


def hallerstein_direct() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000E1D2C3B4A5F6DC0100000000000000001000000077A0"
    e = ev(uid, b("20260320T160000"), b("20260320T173000"),
           "SUMMARY:Termin Hr. Mensah-Bauer",
           org("l.hallerstein@hallerstein-bier.de", "Hallerstein, Ludwig", sent_by="sekretariat@hallerstein-bier.de"),
           att(ME, ME_CN),
           T("DESCRIPTION", "Sehr geehrter Herr Mensah-Bauer,", "", "Herr Hallerstein freut sich auf das Gespräch "
             "über die neu geschaffene Stelle Leitung Supply Chain Planung bei der Privatbrauerei Hallerstein. "
             "Treffpunkt ist das Bräustüberl, Marktplatz 3, Kulmbach.", "", "i. A. Gabi Meier, Sekretariat"),
           "LOCATION:Bräustüberl Hallerstein\\, Kulmbach")
    return Ev("outlook-sent-by-terse-de", cal(e, prodid=OUTLOOK, tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Privatbrauerei Hallerstein", "Leitung Supply Chain Planung", "hiring_manager",
              "l.hallerstein@hallerstein-bier.de", "sent-by-terse-summary-de")


def brookmann_personio() -> Ev:
    uid = "personio-1022-interview-40981@brookmann.jobs.personio.com"
    e = ev(uid, b("20260401T093000"), b("20260401T103000"),
           "SUMMARY:Interview | Demand Planner (all genders) - Kofi Mensah-Bauer",
           org("noreply@brookmann.jobs.personio.com", "Teehaus Brookmann GmbH"), att(ME, ME_CN),
           att("h.brookmann@brookmann-tee.de", "Hauke Brookmann"), att("l.ahrens@brookmann-tee.de", "Lena Ahrens"),
           T("DESCRIPTION", "Hi Kofi,", "", "thanks for your application for Demand Planner (all genders) at Teehaus "
             "Brookmann in Bremen. In this technical interview you'll walk Hauke (CEO) and Lena (Head of "
             "Planning) through a forecast you built.", "", *meet("ybc-ojnt-wqe")),
           "LOCATION:Google Meet")
    return Ev("personio-en", cal(e, prodid="-//Personio GmbH//Personio Recruiting//EN", tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Teehaus Brookmann", "Demand Planner (all genders)", "technical",
              "h.brookmann@brookmann-tee.de;l.ahrens@brookmann-tee.de", "personio-en")


def clarendon_phone() -> Ev:
    uid = "E0C5A913-44B2-4D17-9A0F-6C2B8E1D5F34"
    e = ev(uid, tz("Europe/London", "20260223T100000"), tz("Europe/London", "20260223T102000"),
           "SUMMARY:Phone screen - Clarendon (Olivia H.)", "DESCRIPTION:she calls my mobile. S&OP Manager role",
           "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTO")
    return Ev("macos-phone-en", cal(e, prodid="-//Apple Inc.//macOS 14.3//EN", method=None, tzs=(london(),)), uid, 1,
              "Clarendon Household", "S&OP Manager", "recruiter_screen", "Olivia H.", "phone-screen-hand-typed-en")


def northcliffe_goodtime() -> Ev:
    uid = "gt-91ad3e70-6c55-4f0e-8a2b-northcliffe"
    e = ev(uid, tz("Europe/London", "20260325T140000"), tz("Europe/London", "20260325T150000"),
           "SUMMARY:Kofi Mensah-Bauer | Hiring Manager Interview | Head of Demand Planning",
           org("interviews@northcliffebrands.com", "Northcliffe Brands Recruiting"), att(ME, ME_CN),
           att("s.patel@northcliffebrands.com", "Sunil Patel"),
           att("interviews@northcliffebrands.com", "Northcliffe Brands Recruiting", role="NON-PARTICIPANT"),
           T("DESCRIPTION", "Interview with Sunil Patel, VP Supply Chain Europe.", "", *zoom("97720134481"), "",
             "Questions? Reply to this email - Megan (Recruiting Coordinator)", "Scheduled by GoodTime"),
           "LOCATION:Zoom")
    return Ev("goodtime-hm-en", cal(e, prodid="-//GoodTime.io//Hire//EN", tzs=(london(),)), uid, 1,
              "Northcliffe Brands", "Head of Demand Planning", "hiring_manager", "s.patel@northcliffebrands.com",
              "goodtime-hm-en")


def altmuehltal_onsite() -> Ev:
    uid = "5f2c9a10-77d3-4b8e-b9a4-altmuehltal-2"
    e = ev(uid, b("20260305T100000"), b("20260305T120000"),
           "SUMMARY:Präsenzgespräch Molkerei Altmühltal (2. Runde)",
           org("p.haslinger@altmuehltal-molkerei.de", "Petra Haslinger"), att(ME, ME_CN),
           att("g.weigl@altmuehltal-molkerei.de", "Georg Weigl"),
           att("p.haslinger@altmuehltal-molkerei.de", "Petra Haslinger", ps="ACCEPTED", rsvp=None),
           T("DESCRIPTION", "Guten Tag Herr Mensah-Bauer,", "anbei wie besprochen die Einladung zum persönlichen "
             "Gespräch mit Herrn Weigl (Vorstand Technik) und mir. Bitte melden Sie sich an der Pforte.",
             "Stelle: Demand Planner (w/m/d)"),
           "LOCATION:Molkerei Altmühltal eG\\, Bahnhofstr. 30\\, Treuchtlingen")
    return Ev("thunderbird-onsite-de", cal(e, prodid=TBIRD, tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Molkerei Altmühltal", "Demand Planner (w/m/d)", "onsite",
              "g.weigl@altmuehltal-molkerei.de;p.haslinger@altmuehltal-molkerei.de", "onsite-2nd-round-de")


def isartaler_visit() -> Ev:
    uid = "isartaler-besuch-0318-kmb"
    e = ev(uid, b("20260318T090000"), b("20260318T120000"),
           "SUMMARY:Besuch Werk Landshut + Gespräch mit GF",
           org("m.huber@isartaler-konserven.de", "Huber, Maximilian"), att(ME, ME_CN),
           att("m.huber@isartaler-konserven.de", "Huber, Maximilian", ps="ACCEPTED", rsvp=None),
           T("DESCRIPTION", "Hallo Herr Mensah-Bauer,", "", "wie telefonisch vereinbart: Werksrundgang und danach "
             "unser Gespräch zur Position Leiter Produktions- und Absatzplanung.", "", "Isartaler Konserven GmbH",
             "Maximilian Huber, Geschäftsführer"),
           "LOCATION:Isartaler Konserven GmbH\\, Werk Landshut")
    return Ev("no-keyword-visit-de", cal(e, prodid=EXCHANGE, tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Isartaler Konserven", "Leiter Produktions- und Absatzplanung", "hiring_manager",
              "m.huber@isartaler-konserven.de", "no-interview-keyword-de")


def sennfeld_final() -> Ev:
    uid = "WD-INT-2026-0000190447@brauhaus-sennfeld.de"
    e = ev(uid, b("20260408T140000"), b("20260408T153000"),
           "SUMMARY:Abschlussgespräch: Kofi Mensah-Bauer - R-10472 Leiter S&OP (m/w/d)",
           org("brauhaus-sennfeld@myworkday.com", "Brauhaus Sennfeld Talent Acquisition"), att(ME, ME_CN),
           att("c.sennfeld@brauhaus-sennfeld.de", "Carl Sennfeld"),
           att("p.kellermann@brauhaus-sennfeld.de", "Paul Kellermann"),
           T("DESCRIPTION", "Interview Details", "Kandidat: Kofi Mensah-Bauer", "Interviewtyp: Abschlussgespräch "
             "vor Ort", "Interviewer: Carl Sennfeld (Vorstand); Paul Kellermann", "Ort: Brauhaus Sennfeld AG, "
             "Schweinfurt, Vorstandsetage"),
           "LOCATION:Brauhaus Sennfeld AG\\, Schweinfurt")
    return Ev("workday-final-de", cal(e, prodid="-//Workday//Workday Recruiting//EN", tzs=(cet("Europe/Berlin"),)),
              uid, 1, "Brauhaus Sennfeld", "Leiter S&OP (m/w/d)", "final",
              "c.sennfeld@brauhaus-sennfeld.de;p.kellermann@brauhaus-sennfeld.de", "workday-final-de")


def user_organised() -> Ev:
    uid = "d1e0c7b2-5a94-4f3e-8b61-kronfeld-tel"
    e = ev(uid, b("20260226T071500"), b("20260226T074500"),
           "SUMMARY:Telefonat Kofi / Hr. Albrecht (Kronfeld Getränke) – Stelle Supply Chain Planer",
           org(ME, ME_CN), att("t.albrecht@kronfeld-getraenke.de", "Thomas Albrecht"),
           T("DESCRIPTION", "Hallo Herr Albrecht,", "wie vereinbart schicke ich Ihnen den Termin für unser "
             "Gespräch zur Stelle. Ich rufe Sie unter 0911 44820-17 an.", "Beste Grüße, Kofi Mensah-Bauer"),
           "LOCATION:Telefon (ich rufe an)")
    return Ev("user-organised-own-de", cal(e, prodid=TBIRD, tzs=(cet("Europe/Berlin"),)), uid, 1,
              "Kronfeld Getränke", "Supply Chain Planer", "", "t.albrecht@kronfeld-getraenke.de",
              "user-organiser-own-interview-de")


def events() -> list[Ev]:
    return [smartr_fr(), outlook_romance_fr(), ios_ldv(), wttj_final_fr(), agency_fr(), olivares_screen(),
            olivares_case(), valdeoro_es(), quellenhof_case(), zillertal_wes(), pichler_dvinci(), klarwerk_sr(),
            hallerstein_direct(), brookmann_personio(), clarendon_phone(), northcliffe_goodtime(),
            altmuehltal_onsite(), isartaler_visit(), sennfeld_final(), user_organised()]
