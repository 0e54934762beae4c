"""holdout115: the user's own interviews, French invitations (part 1)."""

from __future__ import annotations

from holdout115ev_core import (
    ME,
    ME_CN,
    P_APPLE,
    P_EXCHANGE,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    P_TB,
    TZ_BRU,
    TZ_PARIS,
    TZ_ROMANCE,
    TZ_UTC1_FR,
    UTC1_FR,
    D,
    Ev,
    T,
    att,
    google_foot,
    guid,
    hexid,
    meet,
    org,
    outlook_uid,
    room,
    teams,
    tzp,
    vcal,
    vevent,
    webex,
)


def p(kind: str, text: str, co: str, role: str, stage: str, iv: str, trap: str) -> Ev:
    return Ev(kind, text, 1, co, role, stage, iv, trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    # Workday, French template, hiring manager
    u = f"{hexid('verlaine-wd', 20)}@verlaine.myworkday.com"
    out.append(p("workday-fr", vcal(
        "-//Workday Inc//Workday Calendar//FR", vevent(
            f"UID:{u}", "DTSTART:20251014T080000Z", "DTEND:20251014T090000Z",
            T("SUMMARY", "Entretien - Contrôleur de gestion magasins (H/F) - R-0021873 - Verlaine Distribution"),
            org("verlaine@myworkday.com", "Verlaine Distribution"),
            att("gregoire.lemahieu@verlaine-distri.fr", "Grégoire Lemahieu"),
            att(ME, ME_CN),
            T("LOCATION", "Siège Verlaine Distribution, 40 rue de la Vallée, 59650 Villeneuve-d'Ascq"),
            D("Bonjour Valérie,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste de "
              "Contrôleur de gestion magasins (H/F) (R-0021873).\n\nType d'entretien : Entretien avec le "
              "manager\nInterlocuteur : Grégoire Lemahieu, Responsable contrôle de gestion réseau\n\nMerci de "
              "vous présenter à l'accueil 10 minutes avant, muni(e) d'une pièce d'identité.\n\nL'équipe "
              "Recrutement Verlaine Distribution\n\nCe message a été envoyé depuis Workday."),
            "SEQUENCE:0", "STATUS:CONFIRMED"),
        method="REQUEST", calscale=False),
        "Verlaine Distribution", "Contrôleur de gestion magasins (H/F)", "hiring_manager",
        "gregoire.lemahieu@verlaine-distri.fr", "workday-fr-utc"))

    # Outlook direct from the CFO, sent by his assistant, with a room
    u = outlook_uid("ferronor-daf")
    out.append(p("outlook-sentby-fr", vcal(
        P_OUTLOOK, vevent(
            "CLASS:PUBLIC", "CREATED:20251003T141210Z",
            T("SUMMARY", "Entretien Valérie Ngono - Contrôleur de gestion industriel"),
            "DTSTART;TZID=Romance Standard Time:20251016T140000",
            "DTEND;TZID=Romance Standard Time:20251016T153000",
            org("marc.dufour@ferronor.com", "Dufour, Marc", sent_by="isabelle.baert@ferronor.com"),
            att("marc.dufour@ferronor.com", "Dufour, Marc", ps="ACCEPTED", rsvp=False),
            att(ME, ME_CN), room("salle.escaut@ferronor.com", "Salle Escaut - Bât. A (8)"),
            att("isabelle.baert@ferronor.com", "Baert, Isabelle", role="OPT-PARTICIPANT"),
            T("LOCATION", "Salle Escaut - Bât. A (8); Ferronor, ZI du Poirier, Valenciennes"),
            D("Madame Ngono,\n\nComme convenu au téléphone, M. Dufour, Directeur administratif et financier, "
              "vous recevra pour un entretien sur le poste de contrôleur de gestion industriel de notre usine "
              "de Valenciennes. Une visite de l'atelier de forge est prévue en fin d'entretien (chaussures de "
              "sécurité fournies).\n\nBien cordialement,\nIsabelle Baert\nAssistante de direction - Ferronor"),
            "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Madame Ngono\\,</p><p>Comme convenu au t&eacute;l&eacute;"
            "phone\\, M. Dufour vous recevra pour un entretien sur le poste de contr&ocirc;leur de gestion "
            "industriel.</p></body></html>",
            f"UID:{u}", "PRIORITY:5", "SEQUENCE:0", "TRANSP:OPAQUE",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"),
        tzs=(TZ_ROMANCE,)),
        "Ferronor", "Contrôleur de gestion industriel", "hiring_manager", "marc.dufour@ferronor.com",
        "outlook-sentby-room-fr"))

    # terse entry typed by the user on her iPhone, floating time
    out.append(p("terse-ios-fr", vcal(
        P_IOS, vevent(
            f"UID:{guid('sucrerie-tel')}", "DTSTART:20251009T123000", "DTEND:20251009T130000",
            T("SUMMARY", "Entretien tél RH Sucrerie Escaut"),
            D("appel de Nadège Carpentier (RH) sur le portable\navoir CV + prétentions"),
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "SEQUENCE:0"),
        method=None),
        "Sucrerie de l'Escaut", "", "recruiter_screen", "nadège carpentier", "terse-phone-fr"))

    # agency invitation naming the employer, final round at the client
    u = f"{hexid('hunteo-opale', 26)}@hunteo.fr"
    out.append(p("agency-fr", vcal(
        P_OUTLOOK, vevent(
            f"UID:{u}", T("SUMMARY", "Entretien client : Opale Emballages / Valérie Ngono"),
            "DTSTART;TZID=Romance Standard Time:20251105T100000",
            "DTEND;TZID=Romance Standard Time:20251105T113000",
            org("c.lefort@hunteo.fr", "Lefort, Caroline"), att(ME, "valerie.ngono.audit@orange.fr"),
            att("thierry.vasseur@opale-emballages.fr", "Vasseur, Thierry"),
            att("anne.roussel@opale-emballages.fr", "Roussel, Anne"),
            T("LOCATION", "Opale Emballages, 12 boulevard du Port, 62200 Boulogne-sur-Mer"),
            D("Bonjour Valérie,\n\nJe vous confirme votre deuxième et dernier entretien pour le poste de "
              "Responsable contrôle de gestion chez notre client Opale Emballages. Vous rencontrerez Thierry "
              "Vasseur (Directeur général) et Anne Roussel (DAF). Je ne serai pas présente mais je vous appelle "
              "la veille pour préparer.\n\nBelle journée,\nCaroline Lefort\nConsultante senior Finance - Hunteo "
              "Finance Lille\n06 12 48 77 30"),
            "SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_ROMANCE,)),
        "Opale Emballages", "Responsable contrôle de gestion", "final",
        "thierry.vasseur@opale-emballages.fr;anne.roussel@opale-emballages.fr", "agency-final-fr"))

    # Teamtailor, visio recruiter screen
    u = f"teamtailor-interview-{hexid('abm-tt', 12)}@teamtailor.com"
    out.append(p("teamtailor-fr", vcal(
        "-//Teamtailor//Teamtailor Calendar//EN", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251008T110000", "DTEND;TZID=Europe/Paris:20251008T113000",
            T("SUMMARY", "Entretien visio - Contrôleur·se de gestion e-commerce - Atelier Bleu Marine"),
            org("noreply@teamtailor.com", "Atelier Bleu Marine"),
            att("lea.vanacker@ateliebleumarine.com", "Léa Vanacker"), att(ME, ME_CN),
            T("LOCATION", "Google Meet"),
            D("Bonjour Valérie,\n\nVotre entretien avec Léa Vanacker (Talent Acquisition) est confirmé. Ce "
              "premier échange de 30 minutes nous permettra de faire connaissance et de vous présenter l'équipe "
              "Finance.\n\n" + meet("fr", "abm") + "\n\nÀ très vite,\nL'équipe Atelier Bleu Marine\n"
              "Propulsé par Teamtailor")),
        tzs=(TZ_PARIS,)),
        "Atelier Bleu Marine", "Contrôleur·se de gestion e-commerce", "recruiter_screen",
        "lea.vanacker@ateliebleumarine.com", "teamtailor-fr"))

    # Calendly booked with a founder on gmail, company only in the body
    u = f"{hexid('calendly-pm', 8)}-{hexid('calendly-pm2', 4)}-4c1e-9d2a-{hexid('calendly-pm3', 12)}"
    out.append(p("calendly-founder-fr", vcal(
        "-//Calendly//Calendly//EN", vevent(
            f"UID:{u}", "DTSTART:20251021T163000Z", "DTEND:20251021T170000Z",
            T("SUMMARY", "Julien Marchal et Valérie Ngono"),
            org("julien.marchal.pm@gmail.com", "Julien Marchal"), att(ME, ME_CN),
            att("julien.marchal.pm@gmail.com", "Julien Marchal", ps="ACCEPTED"),
            T("LOCATION", "Appel téléphonique : Julien vous appellera au +33 6 71 28 44 09"),
            D("Type d'événement : Échange 30 min - poste RAF\n\nNom de l'invité : Valérie Ngono\n\n"
              "Questions :\nPourquoi Panier Malin ? : Je souhaite rejoindre une structure en croissance et "
              "construire la fonction finance.\n\nBesoin d'apporter des modifications à cet événement ?\n"
              "Annuler : https://calendly.com/cancellations/" + hexid("c1", 20) + "\nReprogrammer : "
              "https://calendly.com/reschedulings/" + hexid("c1", 20) + "\n\nPropulsé par Calendly.com")),
        method="REQUEST"),
        "Panier Malin", "Responsable administratif et financier", "hiring_manager",
        "julien.marchal.pm@gmail.com", "calendly-founder-freemail-fr"))

    # Microsoft Bookings, recruiter screen
    u = hexid("bookings-ldf", 32)
    out.append(p("bookings-fr", vcal(
        P_EXCHANGE, vevent(
            f"UID:{u}", T("SUMMARY", "Entretien de recrutement (Téléphone) - Laiterie des Flandres"),
            "DTSTART;TZID=Romance Standard Time:20251023T093000", "DTEND;TZID=Romance Standard Time:20251023T100000",
            org("Recrutement@laiteriedesflandres.fr", "Laiterie des Flandres - Recrutement"),
            att(ME, ME_CN), att("m.deconinck@laiteriedesflandres.fr", "Deconinck Mathilde"),
            D("Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement (Téléphone)\nDurée : 30 "
              "minutes\nMembre du personnel : Mathilde Deconinck, Chargée de recrutement\nPoste : Contrôleur de "
              "gestion usine - Bailleul\n\nNous vous appellerons au numéro indiqué lors de la réservation.\n\n"
              "Pour modifier ou annuler : https://outlook.office365.com/owa/calendar/"
              "LaiteriedesFlandres@laiteriedesflandres.fr/bookings/"),
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_ROMANCE,)),
        "Laiterie des Flandres", "Contrôleur de gestion usine", "recruiter_screen",
        "m.deconinck@laiteriedesflandres.fr", "ms-bookings-phone-fr"))

    # Google Calendar direct invite from the hiring manager
    u = f"{hexid('norvea', 26)}@google.com"
    o = "h.mortier@norvea.eu"
    out.append(p("google-direct-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251015T170000", "DTEND;TZID=Europe/Paris:20251015T174500",
            org(o, "Hugo Mortier"), f"UID:{u}",
            att(o, "Hugo Mortier", ps="ACCEPTED", rsvp=True, google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            "X-MICROSOFT-CDO-OWNERAPPTID:-1412837710", "CREATED:20251009T085311Z",
            D("Bonjour Valérie,\nsuite à notre échange, je vous propose ce créneau pour parler du poste de "
              "contrôleur de gestion transport (périmètre entrepôts Lesquin et Dourges).\nHugo\n\n"
              + meet("fr", "norvea") + google_foot("fr", o)),
            "LAST-MODIFIED:20251009T085312Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            T("SUMMARY", "Valérie Ngono / Hugo Mortier (Norvéa)"), "TRANSP:OPAQUE"),
        tzs=(TZ_PARIS,), head=("X-GOOGLE-CALID:h.mortier@norvea.eu",)),
        "Norvéa Logistique", "contrôleur de gestion transport", "hiring_manager", "h.mortier@norvea.eu",
        "google-direct-fr"))

    # Outlook with the "(UTC+01:00) ..." display-name zone, final round
    u = outlook_uid("railtech-final")
    out.append(p("outlook-utczone-final-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Entretien final - Responsable audit interne - Railtech Hainaut"),
            f"DTSTART;TZID={tzp(UTC1_FR)}:20251120T090000", f"DTEND;TZID={tzp(UTC1_FR)}:20251120T110000",
            org("direction.generale@railtech-hainaut.com", "Delporte, Frédéric",
                sent_by="nathalie.gosselin@railtech-hainaut.com"),
            att(ME, ME_CN), att("frederic.delporte@railtech-hainaut.com", "Delporte, Frédéric", ps="ACCEPTED"),
            att("sylvie.mahieu@railtech-hainaut.com", "Mahieu, Sylvie"),
            room("salle.conseil@railtech-hainaut.com", "Salle du Conseil"),
            T("LOCATION", "Salle du Conseil, Railtech Hainaut, 3 avenue Henri-Matisse, 59300 Valenciennes"),
            D("Bonjour Madame Ngono,\n\nPour cette dernière étape, vous rencontrerez M. Frédéric Delporte, "
              "Directeur général, et Mme Sylvie Mahieu, Présidente du comité d'audit. Merci de préparer une "
              "présentation de 10 minutes : « Vos 100 premiers jours à la tête de l'audit interne ».\n\n"
              "Cordialement,\nNathalie Gosselin\nAssistante de direction"),
            f"UID:{u}", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
        tzs=(TZ_UTC1_FR,)),
        "Railtech Hainaut", "Responsable audit interne", "final",
        "frederic.delporte@railtech-hainaut.com;sylvie.mahieu@railtech-hainaut.com", "outlook-utc-zone-final-fr"))

    # recurring two-day immersion with an override of the second day
    u = guid("batinord-immersion")
    out.append(p("recurring-override-fr", vcal(
        P_APPLE,
        vevent(f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251202T083000", "DTEND;TZID=Europe/Paris:20251202T170000",
               "RRULE:FREQ=DAILY;COUNT=2", T("SUMMARY", "Batinord – journée d'immersion (process recrutement)"),
               T("LOCATION", "Batinord Matériaux, Parc d'activités, 62300 Lens"),
               D("Poste : Contrôleuse de gestion agences\nJour 1 : rencontre équipes agences + DAF (Pascal Wiart)\n"
                 "Jour 2 : cas pratique budget agence, restitution devant P. Wiart et la DRH (Karine Leleu)\n"
                 "contact : karine.leleu@batinord.fr"),
               "CREATED:20251120T193000Z", "SEQUENCE:0"),
        vevent(f"UID:{u}", "RECURRENCE-ID;TZID=Europe/Paris:20251203T083000",
               "DTSTART;TZID=Europe/Paris:20251203T090000", "DTEND;TZID=Europe/Paris:20251203T123000",
               T("SUMMARY", "Batinord – journée d'immersion (process recrutement)"),
               T("LOCATION", "Batinord Matériaux, Parc d'activités, 62300 Lens"),
               D("Jour 2 raccourci : cas pratique budget agence 9h-11h puis restitution P. Wiart + K. Leleu"),
               "SEQUENCE:1"),
        method=None, tzs=(TZ_PARIS,)),
        "Batinord Matériaux", "Contrôleuse de gestion agences", "onsite", "pascal wiart;karine.leleu@batinord.fr",
        "recurring-override-immersion-fr"))

    # cancelled (METHOD:CANCEL) Outlook
    u = outlook_uid("dewailly-cancel")
    out.append(p("cancel-fr", vcal(
        P_OUTLOOK, vevent(
            T("SUMMARY", "Annulé : Entretien - Contrôleur de gestion - Transports Dewailly"),
            "DTSTART;TZID=Romance Standard Time:20251017T110000", "DTEND;TZID=Romance Standard Time:20251017T120000",
            org("rh@dewailly-transports.fr", "RH Transports Dewailly"),
            att(ME, ME_CN), att("olivier.dewailly@dewailly-transports.fr", "Dewailly, Olivier"),
            D("Bonjour,\n\nNous sommes contraints d'annuler l'entretien prévu avec M. Olivier Dewailly. Nous "
              "reviendrons vers vous pour fixer une nouvelle date.\n\nService RH"),
            f"UID:{u}", "SEQUENCE:2", "STATUS:CANCELLED", "PRIORITY:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"),
        method="CANCEL", tzs=(TZ_ROMANCE,)),
        "Transports Dewailly", "Contrôleur de gestion", "", "olivier.dewailly@dewailly-transports.fr",
        "cancelled-method-cancel-fr"))

    # Thunderbird, typed by the user
    u = hexid("locanord-tb", 8) + "-" + hexid("locanord-tb2", 4) + "-4f0a-8b11-" + hexid("locanord-tb3", 12)
    out.append(p("thunderbird-fr", vcal(
        P_TB, vevent(
            "CREATED:20251025T191402Z", "LAST-MODIFIED:20251025T191455Z", f"UID:{u}",
            T("SUMMARY", "2e entretien Locanord (DAF + DRH)"),
            "DTSTART;TZID=Europe/Paris:20251104T143000", "DTEND;TZID=Europe/Paris:20251104T160000",
            T("LOCATION", "Locanord, 210 rue de Lannoy, Roubaix"),
            D("Olivier Lambert (DAF) et Sandrine Hennebert (DRH)\nposte contrôleur de gestion réseau agences\n"
              "prendre tableau de bord fait pour client X en exemple (anonymisé !)"),
            "X-MOZ-GENERATION:2", "TRANSP:OPAQUE"),
        method=None, tzs=(TZ_PARIS,)),
        "Locanord", "contrôleur de gestion réseau agences", "hiring_manager",
        "olivier lambert;sandrine hennebert", "thunderbird-handtyped-fr"))

    # all-day assessment centre
    out.append(p("allday-assessment-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;VALUE=DATE:20251127", "DTEND;VALUE=DATE:20251128",
            f"UID:{hexid('montorgueil-ac', 26)}@google.com", "CREATED:20251112T201122Z",
            T("SUMMARY", "Assessment center Galeries Montorgueil (Paris) – contrôleur de gestion retail"),
            T("LOCATION", "Galeries Montorgueil, 18 rue Montorgueil, 75002 Paris"),
            D("train 7h16 Lille Flandres\njournée complète : cas de groupe, entretien individuel, test Excel"),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:TRANSPARENT"),
        method="PUBLISH", head=("X-WR-CALNAME:Valérie perso", "X-WR-TIMEZONE:Europe/Paris")),
        "Galeries Montorgueil", "contrôleur de gestion retail", "onsite", "", "allday-assessment-fr"))

    # Webex, first HR interview
    u = f"{hexid('cdh-webex', 30)}@cdh-group.be"
    out.append(p("webex-fr", vcal(
        P_OUTLOOK, vevent(
            f"UID:{u}", T("SUMMARY", "Premier entretien RH - Auditeur interne senior (H/F) - CDH"),
            "DTSTART;TZID=Europe/Brussels:20251022T140000", "DTEND;TZID=Europe/Brussels:20251022T144500",
            org("pauline.gilson@cdh-group.be", "Gilson Pauline"), att(ME, ME_CN),
            D("Bonjour Madame Ngono,\n\nSuite à votre candidature au poste d'Auditeur interne senior au sein "
              "des Cimenteries du Hainaut, je vous propose un premier entretien en visioconférence.\n\n"
              "Pauline Gilson\nHR Business Partner\n\n" + webex("fr", "cdh", "cdh-group")),
            T("LOCATION", "Webex"), "SEQUENCE:0"),
        tzs=(TZ_BRU,)),
        "Cimenteries du Hainaut", "Auditeur interne senior (H/F)", "recruiter_screen", "pauline.gilson@cdh-group.be",
        "webex-hr-screen-fr"))

    # Taleez phone screen
    u = f"taleez-{hexid('descamps', 16)}@taleez.com"
    out.append(p("taleez-phone-fr", vcal(
        "-//Taleez//Agenda//FR", vevent(
            f"UID:{u}", "DTSTART:20251013T150000Z", "DTEND:20251013T152000Z",
            T("SUMMARY", "Appel téléphonique - Optique Descamps - Contrôleur de gestion réseau"),
            org("no-reply@taleez.com", "Optique Descamps via Taleez"),
            att("j.brabant@optique-descamps.fr", "Justine Brabant"), att(ME, ME_CN),
            D("Bonjour Valérie,\n\nJustine Brabant, Responsable recrutement chez Optique Descamps, vous "
              "appellera le lundi 13 octobre à 17h00 pour un premier échange téléphonique d'environ 20 "
              "minutes.\n\nCet événement a été généré par Taleez.")),
        method="REQUEST"),
        "Optique Descamps", "Contrôleur de gestion réseau", "recruiter_screen", "j.brabant@optique-descamps.fr",
        "taleez-phone-screen-fr"))

    # Welcome to the Jungle ATS, case study
    u = f"wttj-{hexid('wattrelot', 20)}@welcomekit.co"
    out.append(p("wttj-case-fr", vcal(
        "-//Welcome to the Jungle//Welcome Kit//FR", vevent(
            f"UID:{u}", "DTSTART;TZID=Europe/Paris:20251029T100000", "DTEND;TZID=Europe/Paris:20251029T113000",
            T("SUMMARY", "Étude de cas - Contrôleur de gestion (H/F) - Maison Wattrelot"),
            org("recrutement@wattrelot.fr", "Maison Wattrelot"),
            att("benoit.cappelle@wattrelot.fr", "Benoît Cappelle"), att("amelie.prouvost@wattrelot.fr",
                                                                         "Amélie Prouvost"),
            att(ME, ME_CN),
            T("LOCATION", "Maison Wattrelot - Siège, 5 place du Théâtre, 59000 Lille"),
            D("Bonjour Valérie,\n\nSuite à votre entretien avec Amélie, nous vous invitons à l'étape d'étude de "
              "cas : vous recevrez le sujet (P&L de 3 boulangeries) 48 h avant. Vous le présenterez à Benoît "
              "Cappelle (DAF) et Amélie Prouvost (Contrôleuse de gestion senior).\n\nÀ bientôt,\nMaison Wattrelot"
              "\n\nEnvoyé avec Welcome to the Jungle")),
        tzs=(TZ_PARIS,)),
        "Maison Wattrelot", "Contrôleur de gestion (H/F)", "technical",
        "benoit.cappelle@wattrelot.fr;amelie.prouvost@wattrelot.fr", "wttj-case-study-fr"))

    # user's Google calendar export, X-WR-TIMEZONE with UTC times, Excel test
    u = f"{hexid('vanneste-test', 26)}@google.com"
    out.append(p("xwr-test-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART:20251106T130000Z", "DTEND:20251106T143000Z", f"UID:{u}",
            org("cecile.vanneste@vanneste-meubles.fr", "Cécile Vanneste"),
            att(ME, ME_CN, ps="ACCEPTED", google=True),
            att("cecile.vanneste@vanneste-meubles.fr", "Cécile Vanneste", ps="ACCEPTED", google=True),
            T("SUMMARY", "Test Excel / mise en situation - Meubles Vanneste"),
            D("Mise en situation sur poste (1h30) : rapprochement marges magasins, présentation à Cécile "
              "Vanneste (Directrice financière).\nApportez votre ordinateur si possible."),
            T("LOCATION", "Meubles Vanneste, 1 rue de l'Industrie, 59250 Halluin"),
            "SEQUENCE:0", "STATUS:CONFIRMED"),
        method="PUBLISH", head=("X-WR-CALNAME:valerie.ngono.audit@orange.fr", "X-WR-TIMEZONE:Europe/Paris")),
        "Meubles Vanneste", "", "technical", "cecile.vanneste@vanneste-meubles.fr", "xwr-timezone-excel-test-fr"))

    # founder on hotmail, company only in the body
    u = f"{hexid('verhaeghe', 24)}@hotmail.fr"
    out.append(p("freemail-owner-fr", vcal(
        P_OUTLOOK, vevent(
            f"UID:{u}", T("SUMMARY", "RDV Valérie Ngono"),
            "DTSTART;TZID=Romance Standard Time:20251118T180000", "DTEND;TZID=Romance Standard Time:20251118T190000",
            org("p.verhaeghe59@hotmail.fr", "Philippe Verhaeghe"), att(ME, ME_CN),
            D("Bonjour Madame,\nje vous confirme notre rendez-vous à la minoterie pour le poste de contrôleuse "
              "de gestion. Entrée par la cour, sonnez au bureau.\nPhilippe Verhaeghe\nGérant - Minoterie "
              "Verhaeghe, Hazebrouck"),
            T("LOCATION", "Minoterie Verhaeghe, 7 route de Vieux-Berquin, Hazebrouck")),
        tzs=(TZ_ROMANCE,)),
        "Minoterie Verhaeghe", "contrôleuse de gestion", "hiring_manager", "p.verhaeghe59@hotmail.fr",
        "freemail-owner-body-only-fr"))

    # Lever, French template
    u = f"lever-{hexid('agrivert', 24)}@hire.lever.co"
    out.append(p("lever-fr", vcal(
        "-//Lever//Lever Hire//EN", vevent(
            f"UID:{u}", "DTSTART:20251030T083000Z", "DTEND:20251030T093000Z",
            T("SUMMARY", "Entretien Agrivert - Valérie Ngono - Contrôleur de gestion filière lait"),
            org("no-reply@hire.lever.co", "Agrivert Coopérative"),
            att("f.bouchez@agrivert.coop", "François Bouchez"), att("l.caron@agrivert.coop", "Lucie Caron",
                                                                      role="OPT-PARTICIPANT"),
            att(ME, ME_CN),
            T("LOCATION", "Microsoft Teams"),
            D("Bonjour Valérie,\n\nVotre entretien avec François Bouchez, Directeur du contrôle de gestion, est "
              "confirmé. Lucie Caron (coordinatrice recrutement) vous enverra le lien Teams la veille ; elle ne "
              "participera pas à l'entretien.\n\nAgrivert Coopérative\n\n" + teams("fr", "agrivert"))),
        method="REQUEST"),
        "Agrivert Coopérative", "Contrôleur de gestion filière lait", "hiring_manager", "f.bouchez@agrivert.coop",
        "lever-coordinator-fr"))

    # coordinator sending an onsite schedule, interviewers only in the body
    u = f"{hexid('moreau-onsite', 26)}@google.com"
    o = "recrutement@papeteries-moreau.fr"
    out.append(p("google-coordinator-onsite-fr", vcal(
        P_GOOGLE, vevent(
            "DTSTART;TZID=Europe/Paris:20251119T090000", "DTEND;TZID=Europe/Paris:20251119T123000",
            org(o, "Recrutement Papeteries Moreau"), f"UID:{u}",
            att(o, "Recrutement Papeteries Moreau", ps="ACCEPTED", google=True),
            att("emeline.deroo@papeteries-moreau.fr", "Emeline Deroo", google=True),
            att("xavier.moreau@papeteries-moreau.fr", "Xavier Moreau", google=True),
            att("g.lhermitte@papeteries-moreau.fr", "Gaëlle Lhermitte", google=True),
            att(ME, "valerie.ngono.audit@orange.fr", google=True),
            D("Bonjour Valérie,\n\nVoici le programme de votre matinée sur site (poste Contrôleur de gestion "
              "industriel) :\n9h00 - Gaëlle Lhermitte, Responsable contrôle de gestion\n10h00 - Emeline Deroo, RH "
              "(entretien puis visite de l'usine)\n11h00 - Xavier Moreau, Directeur financier\n\nJe reste votre "
              "contact pour la logistique.\nManon, coordinatrice recrutement" + google_foot("fr", o)),
            T("LOCATION", "Papeteries Moreau, 2 quai de l'Aa, 62500 Saint-Omer"),
            "SEQUENCE:0", "STATUS:CONFIRMED", T("SUMMARY", "Entretiens sur site - Valérie Ngono"),
            "TRANSP:OPAQUE"),
        tzs=(TZ_PARIS,)),
        "Papeteries Moreau", "Contrôleur de gestion industriel", "onsite",
        "g.lhermitte@papeteries-moreau.fr;emeline.deroo@papeteries-moreau.fr;xavier.moreau@papeteries-moreau.fr",
        "coordinator-onsite-body-schedule-fr"))

    return out
