"""holdout93 positives: companies, agencies naming the employer, founders, terse entries, odd time shapes."""

from __future__ import annotations

from holdout93ev_ics import ME_FREE, ME_WORK, STAMP, Ev, att, calendar, dt, esc, hexid, org, teams, vevent, zoom
from holdout93ev_pos_org import ME_G, gatt
from holdout93ev_shapes import apple, ats, google, outlook, thunderbird

ME_ATT = att(ME_FREE, "Thomas Vermeulen")


def trottix_screen() -> Ev:
    desc = ("Hi Thomas,\n\nLooking forward to our chat about the Public Policy Manager, Benelux role at Trottix.\n\n"
            "Interviewer: Chloé Marchetti (Talent Partner)\n\n" + zoom("en", "h93-trx1")
            + "\n\nNeed to reschedule? https://app.ashbyhq.com/interview-schedule/3f9e1b")
    text, uid = ats("-//Ashby//Ashby Scheduling//EN", "ashby-3f9e1b2c-77d0-4a1e-b6c2-1f0e93d1c5aa",
                    "Thomas Vermeulen <> Trottix | Recruiter Screen", "20250403T140000Z", "20250403T143000Z",
                    org("no-reply@ashbyhq.com", "Trottix Recruiting"),
                    [ME_ATT, att("chloe.marchetti@trottix.com", "Chloé Marchetti")], desc=desc, location="Zoom")
    return Ev("trottix-ashby-screen-en", text, uid, 1, "Trottix", "Public Policy Manager, Benelux",
              "recruiter_screen", "chloe.marchetti@trottix.com", "ashby-screen-en")


def trottix_final() -> Ev:
    desc = ("Final round (onsite) – Public Policy Manager, Benelux\n\n10:00–10:45 Dries Hermans (Head of Public "
            "Policy, Europe)\n10:45–11:30 Priya Nair (VP Operations)\n11:30–12:00 Chloé Marchetti (Talent "
            "Partner) – wrap-up\n\nAddress: Trottix Brussels hub, Rue de la Loi 227, 1040 Brussels. Ask for Chloé "
            "at the front desk.")
    text, uid = ats("-//Ashby//Ashby Scheduling//EN", "ashby-8c2d4e6f-1a3b-4c5d-9e8f-0a1b2c3d4e5f",
                    "Trottix Final Round – Thomas Vermeulen", "20250428T080000Z", "20250428T100000Z",
                    org("no-reply@ashbyhq.com", "Trottix Recruiting"),
                    [ME_ATT, att("dries.hermans@trottix.com", "Dries Hermans"),
                     att("priya.nair@trottix.com", "Priya Nair"), att("chloe.marchetti@trottix.com", "Chloé Marchetti"),
                     att("bxl-meeting-3@trottix.com", "BXL – Atomium (6)", cutype="ROOM", role="NON-PARTICIPANT")],
                    desc=desc, location="Rue de la Loi 227, 1040 Brussels")
    return Ev("trottix-ashby-final-room-en", text, uid, 1, "Trottix", "Public Policy Manager, Benelux", "final",
              "dries.hermans@trottix.com;priya.nair@trottix.com;chloe.marchetti@trottix.com", "ashby-onsite-room-en")


def vectra_hm() -> Ev:
    desc = ("Hello Thomas,\n\nYour interview with Vectra Charging is confirmed.\n\nRole: Head of Public Affairs EU\n"
            "Interview: Hiring Manager Interview\nInterviewer: Jens Albrecht, Chief Strategy Officer\n\n"
            + teams("en", "h93-vectra1") + "\n\nScheduled by GoodTime on behalf of Vectra Charging Talent Team")
    text, uid = ats("-//GoodTime.io//GoodTime Scheduler//EN", "gt-0b7f3c21a9@goodtime.io",
                    "Vectra Charging | Thomas Vermeulen <> Jens Albrecht", "20250416T090000Z", "20250416T094500Z",
                    org("scheduling@vectracharging.com", "Vectra Charging Talent Team"),
                    [ME_ATT, att("jens.albrecht@vectracharging.com", "Jens Albrecht")], desc=desc,
                    location="Microsoft Teams")
    return Ev("vectra-goodtime-hm-en", text, uid, 1, "Vectra Charging", "Head of Public Affairs EU", "hiring_manager",
              "jens.albrecht@vectracharging.com", "goodtime-hm-en")


def vectra_panel() -> Ev:
    desc = ("Panel interview for Head of Public Affairs EU\n\nPanelists:\n• Sofie Lambrecht – General Counsel\n"
            "• Mark Delaney – Head of Communications\n\nCoordinator: Eva Kramer (Recruiting Coordinator) – not "
            "on the panel.\n\nJoin: https://meet.google.com/vct-panl-eux\n\nThis event was scheduled with "
            "ModernLoop.")
    text, uid = ats("-//ModernLoop//ModernLoop Scheduling//EN", "ml-evt-4481-2bcf@modernloop.io",
                    "Panel: Head of Public Affairs EU – Thomas Vermeulen", "20250502T123000Z", "20250502T133000Z",
                    org("eva.kramer@vectracharging.com", "Eva Kramer"),
                    [ME_ATT, att("sofie.lambrecht@vectracharging.com", "Sofie Lambrecht"),
                     att("mark.delaney@vectracharging.com", "Mark Delaney")], desc=desc,
                    location="https://meet.google.com/vct-panl-eux")
    return Ev("vectra-modernloop-panel-en", text, uid, 1, "Vectra Charging", "Head of Public Affairs EU", "",
              "sofie.lambrecht@vectracharging.com;mark.delaney@vectracharging.com", "modernloop-coordinator-en")


def hexaport() -> Ev:
    desc = ("Hoi Thomas,\n\nLeuk dat je solliciteert voor de functie EU Affairs Manager bij Hexaport Logistics! "
            "Tijdens dit eerste gesprek maak je kennis met Lotte Claessens (Talent Acquisition).\n\n"
            + teams("nl", "h93-hexa") + "\n\nVerzonden via Teamtailor")
    text, uid = ats("-//Teamtailor//Teamtailor Interview//NL", "tt-meeting-77c1e0b9@teamtailor.com",
                    "Eerste gesprek – EU Affairs Manager", "20250412T080000Z", "20250412T083000Z",
                    org("lotte.claessens@hexaport.be", "Lotte Claessens"), [ME_ATT], desc=desc,
                    location="Microsoft Teams")
    return Ev("hexaport-teamtailor-nl", text, uid, 1, "Hexaport Logistics", "EU Affairs Manager", "recruiter_screen",
              "lotte.claessens@hexaport.be", "teamtailor-body-company-nl")


def kessler() -> Ev:
    desc = ("Sehr geehrter Herr Vermeulen,\n\nvielen Dank für Ihre Bewerbung als Senior Consultant EU-Verkehrspolitik "
            "(m/w/d). Gerne laden wir Sie zu einem Vorstellungsgespräch mit Dr. Katrin Kessler (Geschäftsführerin) "
            "und Moritz Feld (Associate Director Brüssel) ein.\n\n" + zoom("de", "h93-kessler")
            + "\n\nMit freundlichen Grüßen\nKessler Public Affairs GmbH\n\n-- softgarden e-recruiting")
    text, uid = ats("-//softgarden//softgarden e-recruiting//DE", "sg-appt-3349021@softgarden.io",
                    "Vorstellungsgespräch – Senior Consultant EU-Verkehrspolitik", "20250506T130000",
                    "20250506T140000", org("bewerbung@kessler-pa.de", "Kessler Public Affairs"),
                    [ME_ATT, att("k.kessler@kessler-pa.de", "Dr. Katrin Kessler"),
                     att("m.feld@kessler-pa.de", "Moritz Feld")], desc=desc, tz="Europe/Berlin", location="Zoom")
    return Ev("kessler-softgarden-de", text, uid, 1, "Kessler Public Affairs", "Senior Consultant EU-Verkehrspolitik",
              "", "k.kessler@kessler-pa.de;m.feld@kessler-pa.de", "softgarden-de")


def brightline() -> Ev:
    desc = ("Hi Thomas — this is the debrief of your written exercise (the 2-page memo on the Eurovignette "
            "directive). Sam O'Connell (Partner) and Rhea Banerjee (Senior Associate) will go through it with you.\n"
            "\nBrightline Policy Partners · Square de Meeûs 38, Brussels\n\nScheduled via Lever")
    text, uid = ats("-//Lever//Lever Interview Scheduler//EN", "lever-int-8c1f22d0@hire.lever.co",
                    "Brightline Policy Partners – Writing exercise debrief", "20250423T143000Z", "20250423T153000Z",
                    org("recruiting@brightlinepolicy.eu", "Brightline Recruiting"),
                    [ME_ATT, att("sam@brightlinepolicy.eu", "Sam O'Connell"),
                     att("rhea@brightlinepolicy.eu", "Rhea Banerjee")], desc=desc,
                    location="Square de Meeûs 38, 1000 Brussels")
    return Ev("brightline-lever-technical-en", text, uid, 1, "Brightline Policy Partners", "", "technical",
              "sam@brightlinepolicy.eu;rhea@brightlinepolicy.eu", "lever-writing-exercise-en")


def ferroval() -> Ev:
    desc = ("Dear Thomas,\nThank you for your interest in the Director Public Affairs (Req #4471) position with "
            "Ferroval Systems. Your interview with the hiring manager, Giacomo Ferri (SVP Government Relations), is "
            "scheduled as below.\n\n" + teams("en", "h93-ferroval") + "\n\nThis message was sent by iCIMS.")
    text, uid = ats("-//iCIMS//iCIMS Talent Cloud//EN", "icims-4471-20250519-1@ferroval.icims.com",
                    "Interview - Director Public Affairs (4471)", "20250519T080000Z", "20250519T090000Z",
                    org("careers@ferroval.com", "Ferroval Careers"),
                    [ME_ATT, att("giacomo.ferri@ferroval.com", "Giacomo Ferri")], desc=desc, location="Teams")
    return Ev("ferroval-icims-hm-en", text, uid, 1, "Ferroval Systems", "Director Public Affairs", "hiring_manager",
              "giacomo.ferri@ferroval.com", "icims-hm-en")


def fia() -> Ev:
    desc = ("Hi Thomas,\nGreat to connect. As discussed with Helga, a conversation with me about the Policy Manager "
            "(Road Safety & Mobility) vacancy in our Brussels office.\nBest,\nPablo Ibáñez\nDirector, FIA Region I")
    text, uid = google("h93-fia", "Thomas Vermeulen / Pablo Ibáñez – Policy Manager role", "20250425T080000Z",
                       "20250425T084500Z", org("pibanez@fiaregion1.com", "Pablo Ibáñez"),
                       [gatt("pibanez@fiaregion1.com", "Pablo Ibáñez"), ME_G], desc=desc,
                       location="FIA Region I, Rue de la Science 41, 1040 Bruxelles")
    return Ev("fia-direct-google-en", text, uid, 1, "FIA Region I", "Policy Manager (Road Safety & Mobility)",
              "hiring_manager", "pibanez@fiaregion1.com", "direct-employee-google-en")


def mobilis() -> Ev:
    desc = ("Salut Thomas,\ncomme convenu au téléphone : entretien pour le poste de consultant senior mobilité chez "
            "Mobilis Consult. On sera deux, moi et mon associé Yannick.\nOn se retrouve au bureau, chaussée de "
            "Charleroi 112 (2e sonnette).\nÀ mardi,\nGaëlle")
    text, uid = google("h93-mobilis", "Entretien Thomas V. – consultant senior", "20250520T073000Z",
                       "20250520T083000Z", org("gaelle.renard.mobilis@gmail.com", "Gaëlle Renard"),
                       [gatt("gaelle.renard.mobilis@gmail.com", "Gaëlle Renard"), ME_G,
                        gatt("yannick.delvaux@gmail.com", "Yannick Delvaux")], desc=desc,
                       location="Chaussée de Charleroi 112, 1060 Saint-Gilles")
    return Ev("mobilis-founder-gmail-fr", text, uid, 1, "Mobilis Consult", "consultant senior mobilité", "",
              "gaelle.renard.mobilis@gmail.com;yannick.delvaux@gmail.com", "founder-free-mail-fr")


def hudson_port() -> Ev:
    desc = ("Dag Thomas,\n\nZoals besproken bevestig ik je gesprek bij onze klant Port of Antwerp-Bruges voor de "
            "functie EU Affairs Advisor. Je spreekt met Karen Janssens (Head of Public Affairs) en Dirk Goossens "
            "(Director Strategy). Ik ben er zelf niet bij; bel me gerust na afloop.\n\nAdres: Havenhuis, "
            "Zaha Hadidplein 1, 2030 Antwerpen\n\nGroeten,\nNathalie Peeters\nSenior Consultant – Hudson")
    text, uid = outlook("h93-hudson", "Gesprek bij klant – EU Affairs Advisor", "20250507T140000",
                        "20250507T150000", "Romance Standard Time",
                        org("nathalie.peeters@hudson.com", "Peeters, Nathalie"),
                        [ME_ATT], desc=desc, location="Havenhuis, Zaha Hadidplein 1, 2030 Antwerpen", lang="nl-BE")
    return Ev("hudson-agency-client-nl", text, uid, 1, "Port of Antwerp-Bruges", "EU Affairs Advisor", "",
              "Karen Janssens;Dirk Goossens", "agency-names-employer-nl")


def page_airport() -> Ev:
    desc = ("Bonjour Thomas,\n\nJe vous confirme l'entretien avec mon client, Brussels Airport Company, pour le poste "
            "de Public Affairs Manager. Vous rencontrerez Arnaud Leclercq, Head of Corporate Affairs, qui sera "
            "votre N+1.\nBrucargo, bâtiment 706 – accueil.\n\nBien à vous,\nCamille Fontaine\nPage Executive")
    text, uid = outlook("h93-page", "Entretien client – Public Affairs Manager", "20250514T093000",
                        "20250514T103000", "W. Europe Standard Time",
                        org("camille.fontaine@pageexecutive.com", "Fontaine, Camille"), [ME_ATT], desc=desc,
                        location="Brucargo 706, 1931 Zaventem")
    return Ev("page-agency-body-only-fr", text, uid, 1, "Brussels Airport Company", "Public Affairs Manager",
              "hiring_manager", "Arnaud Leclercq", "agency-employer-in-body-fr")


def eca_written_allday() -> Ev:
    text, uid = apple("h93-eca-ecrit", "ECA épreuve écrite – Luxembourg (train 6h34)", "20250527", "20250528",
                      tz="", desc="Auditeur AD7 Chambre II – étude de cas écrite 3h\nK2 accueil 9h30",
                      location="Cour des comptes européenne, Luxembourg")
    return Ev("eca-written-allday-apple-fr", text, uid, 1, "Cour des comptes européenne", "", "technical", "",
              "all-day-user-typed-fr")


def uitp_floating() -> Ev:
    text, uid = thunderbird("h93-uitp2", "itw UITP 2e tour", "20250508T160000", "20250508T170000", tz="",
                            desc="Mathilde G. + SG ?", location="Rue Sainte-Marie 6")
    return Ev("uitp-floating-terse-fr", text, uid, 1, "UITP", "", "", "", "floating-terse-fr")


def cleancities_phone() -> Ev:
    text, uid = apple("h93-ccc", "Tel. Clean Cities Campaign – Barbara (screening)", "20250404T123000",
                      "20250404T130000", tz="", desc="elle appelle sur le GSM\nposte Benelux coordinator",
                      location="Téléphone")
    return Ev("cleancities-phone-floating-fr", text, uid, 1, "Clean Cities Campaign", "Benelux coordinator",
              "recruiter_screen", "Barbara", "phone-screen-floating-fr")


def mow() -> Ev:
    desc = ("Beste Thomas,\n\nJe bent geslaagd voor de eerste selectieronde voor de functie Beleidsadviseur Europese "
            "mobiliteit bij het Departement Mobiliteit en Openbare Werken. Hierbij nodigen we je uit voor het "
            "selectiegesprek met de jury (Els Van Hoof, afdelingshoofd, en Bram Peeters).\n\nHerman Teirlinckgebouw, "
            "Havenlaan 88, 1000 Brussel\n\nMet vriendelijke groeten,\nJobpunt Vlaanderen")
    text, uid = outlook("h93-mow", "Selectiegesprek Beleidsadviseur Europese mobiliteit", "20250602T100000",
                        "20250602T110000", "Romance Standard Time",
                        org("selecties@jobpunt.be", "Jobpunt Vlaanderen"), [ME_ATT], desc=desc,
                        location="Herman Teirlinckgebouw, Havenlaan 88, Brussel", lang="nl-BE")
    return Ev("mow-jobpunt-nl", text, uid, 1, "Departement Mobiliteit en Openbare Werken",
              "Beleidsadviseur Europese mobiliteit", "", "Els Van Hoof;Bram Peeters", "selection-office-nl")


def coe_recurring() -> Ev:
    uid = f"{hexid('h93-coe', 26)}@google.com"
    desc = ("Conseil de l'Europe – centre d'évaluation, administrateur/trice (A1/A2), Direction générale de la "
            "démocratie. Jour 1 : exercice écrit + entretien basé sur les compétences ; jour 2 : entretien avec le "
            "jury. Bâtiment Agora, allée des Droits de l'Homme, Strasbourg.")
    base = [dt("DTSTART", "20250623T090000", "Europe/Paris"), dt("DTEND", "20250623T123000", "Europe/Paris"),
            "RRULE:FREQ=DAILY;COUNT=2", f"DTSTAMP:{STAMP}", f"UID:{uid}", "CREATED:20250514T191200Z",
            f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{STAMP}",
            "LOCATION:Agora\\, allée des Droits de l'Homme\\, 67000 Strasbourg", "SEQUENCE:0", "STATUS:CONFIRMED",
            f"SUMMARY:{esc('Conseil de l’Europe – centre d’évaluation')}", "TRANSP:OPAQUE"]
    over = [dt("DTSTART", "20250624T140000", "Europe/Paris"), dt("DTEND", "20250624T153000", "Europe/Paris"),
            f"DTSTAMP:{STAMP}", f"UID:{uid}", dt("RECURRENCE-ID", "20250624T090000", "Europe/Paris"),
            "CREATED:20250514T191200Z", f"DESCRIPTION:{esc(desc + ' Jour 2 déplacé à 14h (mail RH 20/05).')}",
            f"LAST-MODIFIED:{STAMP}", "LOCATION:Agora\\, salle G02\\, Strasbourg", "SEQUENCE:1",
            "STATUS:CONFIRMED", f"SUMMARY:{esc('Conseil de l’Europe – centre d’évaluation (jour 2 : jury)')}",
            "TRANSP:OPAQUE"]
    text = calendar("-//Google Inc//Google Calendar 70.9054//EN", [vevent(base), vevent(over)], method="PUBLISH",
                    tzs=("Europe/Paris",), calprops=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Thomas – perso",
                                                      "X-WR-TIMEZONE:Europe/Brussels"))
    return Ev("coe-recurring-override-fr", text, uid, 1, "Conseil de l'Europe", "administrateur/trice (A1/A2)",
              "onsite", "", "recurring-override-assessment-fr")


def ombudsman_cancel() -> Ev:
    desc = ("Cet entretien est annulé. Le Médiateur européen a décidé de suspendre la procédure de sélection pour "
            "le poste de juriste – chargé d'enquêtes (AD 6). Nous vous recontacterons.\n\nUnité RH")
    text, uid = outlook("h93-ombuds", "Annulé : Entretien – juriste chargé d'enquêtes (AD 6)", "20250612T150000",
                        "20250612T160000", "Romance Standard Time",
                        org("recrutement@ombudsman.europa.eu", "Médiateur européen – RH"),
                        [ME_ATT, att("sophie.kaiser@ombudsman.europa.eu", "KAISER Sophie")], desc=desc,
                        location="Bâtiment Salvador de Madariaga, Strasbourg", method="CANCEL", status="CANCELLED",
                        seq=1, extra=("X-MICROSOFT-CDO-BUSYSTATUS:FREE",))
    return Ev("ombudsman-cancelled-fr", text, uid, 1, "Médiateur européen", "juriste – chargé d'enquêtes (AD 6)", "",
              "sophie.kaiser@ombudsman.europa.eu", "cancelled-method-cancel-fr")


def eurelectric() -> Ev:
    desc = ("Hi Thomas, quick phone screen for the Policy Advisor – E-mobility & Grids opening at Eurelectric. I'll "
            "call you on your mobile.\nCheers, Maxime (Talent Acquisition)\n\nBooked with Teamtailor")
    text, uid = ats("-//Teamtailor//Teamtailor Interview//EN", "tt-meeting-91ab3e22@teamtailor.com",
                    "Phone screen – Policy Advisor E-mobility & Grids", "20250415T090000Z", "20250415T092000Z",
                    org("maxime.blondeau@eurelectric.org", "Maxime Blondeau"), [ME_ATT], desc=desc,
                    location="Phone call")
    return Ev("eurelectric-phone-screen-en", text, uid, 1, "Eurelectric", "Policy Advisor – E-mobility & Grids",
              "recruiter_screen", "maxime.blondeau@eurelectric.org", "phone-screen-en")


def work_forward_google() -> Ev:
    # the user copied an interview from his free-mail into his work calendar to block the slot
    text, uid = outlook("h93-block", "Absent (RDV perso) – ITF entretien 2 Paris", "20250513T130000",
                        "20250513T170000", "Romance Standard Time", org(ME_WORK, "Vermeulen Thomas"), [],
                        desc="entretien final ITF – Policy Analyst rail – 2 rue André Pascal, Paris (Thalys 10h13)",
                        location="Paris", alt=False)
    return Ev("itf-blocker-work-outlook-fr", text, uid, 1, "International Transport Forum", "Policy Analyst rail",
              "final", "", "self-block-work-calendar-fr")


ALL = [trottix_screen, trottix_final, vectra_hm, vectra_panel, hexaport, kessler, brightline, ferroval, fia,
       mobilis, hudson_port, page_airport, eca_written_allday, uitp_floating, cleancities_phone, mow, coe_recurring,
       ombudsman_cancel, eurelectric, work_forward_google]


def build() -> list[Ev]:
    return [f() for f in ALL]
