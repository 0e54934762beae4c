"""holdout50: Amélie Dufour's own interviews, part B (France, Switzerland, Spain; FR/EN/DE/ES)."""

from __future__ import annotations

from holdout50ev_ics import ME, att, cal, desc, lbl, meet, org, teams, tz, webex, zoom

PAR = "Europe/Paris"
ZRH = "Europe/Zurich"
MAD = "Europe/Madrid"
ES_UTC1 = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"


def build() -> list[tuple[str, str, list[dict[str, str]]]]:
    out: list[tuple[str, str, list[dict[str, str]]]] = []
    gh = "-//Greenhouse Software//Greenhouse Recruiting//EN"

    uid = "greenhouse-4418273002-oria-screen"
    out.append(("greenhouse-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251002T160204Z",
        "DTSTART:20251007T143000Z", "DTEND:20251007T150000Z",
        "SUMMARY:Interview with Oria: Amélie Dufour for Head of Brand",
        org("no-reply@greenhouse.io", "Oria Skincare"),
        att(ME, "Amélie Dufour"), att("camille.roux@oriaskincare.com", "Camille Roux"),
        desc("Hi Amélie,\n\nThanks for taking the time to speak with us about the Head of Brand role at Oria. "
             "Here are the details of your interview:\n\nInterviewer: Camille Roux, Talent Partner\n"
             "Duration: 30 minutes\n\n" + zoom("en", "812 4471 0093") +
             "\n\nIf you need to reschedule, please reply to this email.\n\nOria Recruiting Team"),
        "LOCATION:Zoom",
    ]], gh),
        [lbl(uid, 1, "Oria Skincare", "Head of Brand", "recruiter_screen", "camille.roux@oriaskincare.com",
             "greenhouse-en")]))

    uid = "greenhouse-4418273002-oria-hm"
    out.append(("greenhouse-rescheduled-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251013T090112Z", "SEQUENCE:2",
        "DTSTART;TZID=Europe/Paris:20251016T110000", "DTEND;TZID=Europe/Paris:20251016T120000",
        "SUMMARY:Rescheduled: Oria - Hiring Manager Interview (Amélie Dufour)",
        org("no-reply@greenhouse.io", "Oria Skincare"),
        att(ME, "Amélie Dufour"), att("lea.benhamou@oriaskincare.com", "Léa Benhamou"),
        att("camille.roux@oriaskincare.com", "Camille Roux", role="NON-PARTICIPANT", rsvp=False),
        desc("Your interview has been moved from Tue 14 Oct to Thu 16 Oct, 11:00 (Paris).\n\nInterviewer: "
             "Léa Benhamou, Co-founder & CEO\nCoordinator: Camille Roux\n\n" + zoom("en", "861 3302 7714")),
        "LOCATION:Zoom",
    ]], gh, zones=[tz(PAR)]),
        [lbl(uid, 1, "Oria Skincare", "", "hiring_manager", "lea.benhamou@oriaskincare.com",
             "greenhouse-rescheduled-en")]))

    uid = "greenhouse-4418273002-oria-onsite"
    out.append(("greenhouse-onsite-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251021T090112Z",
        "DTSTART;TZID=Europe/Paris:20251030T100000", "DTEND;TZID=Europe/Paris:20251030T130000",
        "SUMMARY:Oria Onsite - Head of Brand - Amélie Dufour",
        org("no-reply@greenhouse.io", "Oria Skincare"), att(ME, "Amélie Dufour"),
        att("lea.benhamou@oriaskincare.com", "Léa Benhamou"), att("hugo.martin@oriaskincare.com", "Hugo Martin"),
        att("sarah.kone@oriaskincare.com", "Sarah Koné"),
        desc("Agenda (Oria HQ, 27 rue du Faubourg Poissonnière, 75009 Paris):\n10:00 Brand case debrief - "
             "Léa Benhamou\n11:00 Growth & CRM - Hugo Martin\n12:00 Creative collaboration - Sarah Koné\n\n"
             "Please bring an ID for the building reception."),
        "LOCATION:Oria HQ\\, 27 rue du Faubourg Poissonnière\\, 75009 Paris",
    ]], gh, zones=[tz(PAR)]),
        [lbl(uid, 1, "Oria Skincare", "Head of Brand", "onsite",
             "lea.benhamou@oriaskincare.com;hugo.martin@oriaskincare.com;sarah.kone@oriaskincare.com",
             "greenhouse-onsite-en")]))

    uid = "WD-NUTRIVIA-R-2025-0871-RH"
    out.append(("workday-teams-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251003T081122Z",
        "DTSTART;TZID=Romance Standard Time:20251009T090000", "DTEND;TZID=Romance Standard Time:20251009T094500",
        "SUMMARY:Entretien - Senior Brand Manager Petit-déjeuner - Nutrivia France",
        org("nutrivia@myworkday.com", "Nutrivia Recrutement"),
        att(ME, "Amélie Dufour"), att("claire.fontaine@nutrivia.fr", "Claire Fontaine"),
        desc("Bonjour Amélie,\n\nVotre entretien avec Claire Fontaine, Chargée de recrutement, est confirmé.\n\n" +
             teams("fr", "392 004 118 555")),
        "LOCATION:Microsoft Teams",
    ]], "-//Workday//Workday Recruiting//EN", zones=[tz("Romance Standard Time", outlook=True)]),
        [lbl(uid, 1, "Nutrivia France", "Senior Brand Manager Petit-déjeuner", "recruiter_screen",
             "claire.fontaine@nutrivia.fr", "workday-teams-fr")]))

    uid = "nutrivia-ac-20251105@nutrivia.fr"
    ev1 = [
        f"UID:{uid}", "DTSTAMP:20251024T100000Z",
        "DTSTART;TZID=Europe/Paris:20251105T090000", "DTEND;TZID=Europe/Paris:20251105T120000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:Nutrivia – Assessment center Brand Manager (2 demi-journées)",
        org("recrutement@nutrivia.fr", "Recrutement Nutrivia"), att(ME, "Amélie Dufour"),
        att("thierry.garnier@nutrivia.fr", "Thierry Garnier"), att("sophie.blanc@nutrivia.fr", "Sophie Blanc"),
        desc("Jour 1 : mise en situation (lancement produit) devant Thierry Garnier (Directeur Marketing) et "
             "Sophie Blanc (Trade Marketing).\nJour 2 : restitution et entretien final.\nLieu : Nutrivia, "
             "12 avenue de l'Europe, 92270 Bois-Colombes."),
        "LOCATION:Nutrivia\\, Bois-Colombes",
    ]
    ev2 = [
        f"UID:{uid}", "RECURRENCE-ID;TZID=Europe/Paris:20251106T090000", "DTSTAMP:20251030T150000Z",
        "DTSTART;TZID=Europe/Paris:20251106T140000", "DTEND;TZID=Europe/Paris:20251106T170000",
        "SUMMARY:Nutrivia – Assessment center Brand Manager (jour 2 déplacé l'après-midi)",
        org("recrutement@nutrivia.fr", "Recrutement Nutrivia"), att(ME, "Amélie Dufour"),
        att("thierry.garnier@nutrivia.fr", "Thierry Garnier"), att("sophie.blanc@nutrivia.fr", "Sophie Blanc"),
        "LOCATION:Nutrivia\\, Bois-Colombes", "SEQUENCE:1",
    ]
    out.append(("recurring-override-fr", cal([ev1, ev2], "google", zones=[tz(PAR)]),
                [lbl(uid, 1, "Nutrivia France", "Brand Manager", "onsite",
                     "thierry.garnier@nutrivia.fr;sophie.blanc@nutrivia.fr", "recurring-override-fr")]))

    uid = "sr-int-7c9a1d20-castelain-hm"
    out.append(("smartrecruiters-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251007T131500Z",
        "DTSTART;TZID=Europe/Paris:20251015T140000", "DTEND;TZID=Europe/Paris:20251015T150000",
        "SUMMARY:Entretien vidéo – Chef de Groupe Marketing Fromages – Fromageries Castelain",
        org("noreply@smartrecruiters.com", "Fromageries Castelain"), att(ME, "Amélie Dufour"),
        att("jerome.lefort@castelain.fr", "Jérôme Lefort"),
        desc("Bonjour Amélie,\n\nVotre entretien avec Jérôme Lefort (Directeur Marketing, votre futur "
             "manager) est confirmé.\n\n" + meet("fr", "cst-mkpq-rva") +
             "\n\nCet e-mail a été envoyé via SmartRecruiters."),
    ]], "-//SmartRecruiters//Interview Scheduler//EN", zones=[tz(PAR)]),
        [lbl(uid, 1, "Fromageries Castelain", "Chef de Groupe Marketing Fromages", "hiring_manager",
             "jerome.lefort@castelain.fr", "smartrecruiters-fr")]))

    uid = "0ab3kf91lqz7vm2c5@google.com"
    out.append(("google-final-room-fr", cal([[
        "DTSTART;TZID=Europe/Paris:20251106T100000", "DTEND;TZID=Europe/Paris:20251106T120000",
        "DTSTAMP:20251028T100000Z", org("rh@castelain.fr", "RH Castelain"), f"UID:{uid}",
        att(ME, "Amélie Dufour"), att("rh@castelain.fr", "RH Castelain", ps="ACCEPTED"),
        att("p.castelain@castelain.fr", "Philippe Castelain"), att("m.durand@castelain.fr", "Muriel Durand"),
        att("c_188a3f9e@resource.calendar.google.com", "Paris-Siège-5-Salle Comté (8)", cutype="RESOURCE",
            ps="ACCEPTED"),
        "SUMMARY:Entretien final – Fromageries Castelain (Paris 8e)",
        desc("Entretien final avec Philippe Castelain (Directeur Général) et Muriel Durand (DRH).\n"
             "Accueil par l'équipe RH au 5e étage, 44 rue de Miromesnil."),
        "LOCATION:Paris-Siège-5-Salle Comté (8)",
    ]], "google", zones=[tz(PAR)]),
        [lbl(uid, 1, "Fromageries Castelain", "", "final", "p.castelain@castelain.fr;m.durand@castelain.fr",
             "google-final-room-fr")]))

    uid = "goodtime-3f0b7e12-alvea-loop"
    out.append(("goodtime-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251020T120000Z",
        "DTSTART;TZID=Europe/Paris:20251027T093000", "DTEND;TZID=Europe/Paris:20251027T123000",
        "SUMMARY:Amélie Dufour - Interview Schedule - Senior Brand Manager\\, Home Care (Benelux)",
        org("interviews@alvea.com", "Alvéa Interviews"), att(ME, "Amélie Dufour"),
        att("nadia.benali@alvea.com", "Nadia Benali"), att("jan.dewitte@alvea.com", "Jan De Witte"),
        att("francesca.russo@alvea.com", "Francesca Russo"),
        desc("Virtual onsite - Alvéa Consumer Brands\n\n09:30-10:30 Nadia Benali, Marketing Director "
             "Benelux\n10:30-11:30 Jan De Witte, Customer Development\n11:30-12:30 Francesca Russo, "
             "Brand Building Europe\n\nYour coordinator is Emma Wright (emma.wright@alvea.com); she will not "
             "be interviewing.\n\n" + teams("en", "218 337 090 412") + "\n\nScheduled with GoodTime"),
        "LOCATION:Microsoft Teams",
    ]], "-//GoodTime.io//GoodTime//EN", zones=[tz(PAR)]),
        [lbl(uid, 1, "Alvéa Consumer Brands", "Senior Brand Manager, Home Care (Benelux)", "onsite",
             "nadia.benali@alvea.com;jan.dewitte@alvea.com;francesca.russo@alvea.com", "goodtime-virtual-onsite-en")]))

    uid = "goodtime-3f0b7e12-alvea-screen"
    out.append(("goodtime-cancel-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251008T080000Z", "SEQUENCE:1", "STATUS:CANCELLED",
        "DTSTART:20251009T130000Z", "DTEND:20251009T133000Z",
        "SUMMARY:Canceled: Recruiter Screen - Alvéa Consumer Brands - Amélie Dufour",
        org("interviews@alvea.com", "Alvéa Interviews"), att(ME, "Amélie Dufour"),
        att("emma.wright@alvea.com", "Emma Wright"),
        desc("This interview has been canceled. Emma will reach out with new times."),
    ]], "-//GoodTime.io//GoodTime//EN", method="CANCEL"),
        [lbl(uid, 1, "Alvéa Consumer Brands", "", "recruiter_screen", "emma.wright@alvea.com",
             "goodtime-cancel-en")]))

    uid = "ml-int-5521-kindly-hm"
    out.append(("modernloop-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251009T140000Z",
        "DTSTART;TZID=Europe/Brussels:20251014T160000", "DTEND;TZID=Europe/Brussels:20251014T164500",
        "SUMMARY:Kindly | Amélie Dufour | Brand Lead Benelux | Hiring Manager",
        org("scheduling@kindlypetfood.eu", "Kindly Recruiting"), att(ME, "Amélie Dufour"),
        att("marieke.jacobs@kindlypetfood.eu", "Marieke Jacobs"),
        desc("Interviewer: Marieke Jacobs (GM Benelux)\n\n" + meet("en", "kpf-wzoa-hbe") +
             "\n\nScheduled via ModernLoop"),
    ]], "-//ModernLoop//ModernLoop//EN", zones=[tz("Europe/Brussels")]),
        [lbl(uid, 1, "Kindly Pet Food", "Brand Lead Benelux", "hiring_manager", "marieke.jacobs@kindlypetfood.eu",
             "modernloop-en")]))

    uid = "ashby-2b8e11c4-mealo-values"
    out.append(("ashby-xwr-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251010T081100Z",
        "DTSTART:20251017T083000Z", "DTEND:20251017T091500Z",
        "SUMMARY:Mealo x Amélie Dufour – Entretien culture & valeurs",
        org("no-reply@ashbyhq.com", "Mealo"), att(ME, "Amélie Dufour"), att("quentin@mealo.fr", "Quentin Aubry"),
        desc("Poste : Head of Brand & Content\nAvec : Quentin Aubry (COO)\n\n" + meet("fr", "mea-lqwe-oxk") +
             "\n\nPowered by Ashby"),
    ]], "-//Ashby//Ashby//EN", head=["X-WR-TIMEZONE:Europe/Paris", "X-WR-CALNAME:Mealo Interview"]),
        [lbl(uid, 1, "Mealo", "Head of Brand & Content", "", "quentin@mealo.fr", "ashby-xwr-fr")]))

    uid = "lever-int-0d4f9a31-sobu-intro"
    out.append(("lever-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251006T100000Z",
        "DTSTART;TZID=Europe/Madrid:20251010T100000", "DTEND;TZID=Europe/Madrid:20251010T103000",
        "SUMMARY:Interview: Amélie Dufour <> Sobu (Marketing Lead Iberia & France)",
        org("jordi.puig@sobudrinks.com", "Jordi Puig"), att(ME, "Amélie Dufour"),
        att("jordi.puig@sobudrinks.com", "Jordi Puig", ps="ACCEPTED"),
        desc("Intro call with Jordi Puig (Talent Lead). We'll talk about your background and the role.\n\n" +
             meet("en", "sob-uxva-pql") + "\n\nScheduled via Lever"),
    ]], "-//Lever//Lever Hire//EN", zones=[tz(MAD)]),
        [lbl(uid, 1, "Sobu Drinks", "Marketing Lead Iberia & France", "recruiter_screen",
             "jordi.puig@sobudrinks.com", "lever-en")]))

    uid = "2t0ngq8c1d9v4k@google.com"
    out.append(("google-case-en", cal([[
        "DTSTART;TZID=Europe/Madrid:20251023T110000", "DTEND;TZID=Europe/Madrid:20251023T123000",
        "DTSTAMP:20251015T080000Z", org("marta.vidal@sobudrinks.com", "Marta Vidal"), f"UID:{uid}",
        att(ME, "Amélie Dufour"), att("marta.vidal@sobudrinks.com", "Marta Vidal", ps="ACCEPTED"),
        att("oriol.serra@sobudrinks.com", "Oriol Serra"),
        "SUMMARY:Sobu – Brand case presentation (Amélie)",
        desc("Hi Amélie! You'll present the launch plan for Sobu in France (20 min) to Oriol (CMO) and me, "
             "then Q&A. Carrer de Pujades 77, Barcelona – 3rd floor."),
        "LOCATION:Sobu Drinks\\, Carrer de Pujades 77\\, 08005 Barcelona",
    ]], "google", zones=[tz(MAD)]),
        [lbl(uid, 1, "Sobu Drinks", "", "technical", "marta.vidal@sobudrinks.com;oriol.serra@sobudrinks.com",
             "google-case-en")]))

    uid = "sg-7741-buergi-erstgespraech"
    out.append(("softgarden-phone-de", cal([[
        f"UID:{uid}", "DTSTAMP:20251006T080000Z",
        "DTSTART;TZID=Europe/Zurich:20251013T110000", "DTEND;TZID=Europe/Zurich:20251013T113000",
        "SUMMARY:Telefoninterview – Brand Manager Retail (m/w/d) – Kaffeerösterei Bürgi AG",
        org("noreply@softgarden.io", "Kaffeerösterei Bürgi AG"), att(ME, "Amélie Dufour"),
        att("sandra.keller@buergi-kaffee.ch", "Sandra Keller"),
        desc("Guten Tag Frau Dufour\n\nVielen Dank für Ihre Bewerbung. Sandra Keller (HR Business Partner) "
             "wird Sie unter der angegebenen Nummer für ein telefonisches Erstgespräch anrufen.\n\n"
             "Freundliche Grüsse\nKaffeerösterei Bürgi AG\n\nDiese Einladung wurde mit softgarden versendet."),
        "LOCATION:Telefon",
    ]], "-//softgarden//softgarden e-recruiting//DE", zones=[tz(ZRH)]),
        [lbl(uid, 1, "Kaffeerösterei Bürgi", "Brand Manager Retail (m/w/d)", "recruiter_screen",
             "sandra.keller@buergi-kaffee.ch", "softgarden-phone-screen-de")]))

    uid = "personio-int-30551-alpenmilch"
    out.append(("personio-teams-de", cal([[
        f"UID:{uid}", "DTSTAMP:20251014T070000Z",
        "DTSTART;TZID=Europe/Zurich:20251021T140000", "DTEND;TZID=Europe/Zurich:20251021T150000",
        "SUMMARY:Interview: Senior Brand Manager Käse (w/m/d) – Alpenmilch Thurgau",
        org("jobs@alpenmilch-tg.ch", "Alpenmilch Thurgau AG"), att(ME, "Amélie Dufour"),
        att("reto.baumann@alpenmilch-tg.ch", "Reto Baumann"),
        desc("Hallo Amélie\n\nWir freuen uns auf das Gespräch mit Reto Baumann, Leiter Marketing (Ihre "
             "zukünftige Führungskraft).\n\n" + teams("de", "301 228 774 500") + "\n\nPowered by Personio"),
        "LOCATION:Microsoft Teams-Besprechung",
    ]], "-//Personio GmbH//Personio Recruiting//DE", zones=[tz(ZRH)]),
        [lbl(uid, 1, "Alpenmilch Thurgau", "Senior Brand Manager Käse (w/m/d)", "hiring_manager",
             "reto.baumann@alpenmilch-tg.ch", "personio-teams-de")]))

    uid = ("040000008200E00074C5B7101A82E00800000000C3B2A1908F7EDC01000000000000000010000000"
           "AB12CD34EF56AB78CD90EF12AB34CD56")
    out.append(("outlook-final-de", cal([[
        f"UID:{uid}", "SUMMARY;LANGUAGE=de-CH:Schlussgespräch Frau Dufour – Geschäftsleitung",
        "DTSTART;TZID=W. Europe Standard Time:20251111T093000", "DTEND;TZID=W. Europe Standard Time:20251111T113000",
        "DTSTAMP:20251103T090000Z", "SEQUENCE:0",
        org("reto.baumann@alpenmilch-tg.ch", "Baumann, Reto"), att(ME, "Amélie Dufour"),
        att("urs.frei@alpenmilch-tg.ch", "Frei, Urs"),
        att("sitzungszimmer.saentis@alpenmilch-tg.ch", "SZ Säntis", cutype="ROOM", role="NON-PARTICIPANT"),
        desc("Sehr geehrte Frau Dufour\n\nGerne lade ich Sie zum abschliessenden Gespräch mit unserem CEO "
             "Urs Frei und mir in Weinfelden ein. Anschliessend kurzer Rundgang durch die Käserei.\n\n"
             "Freundliche Grüsse\nReto Baumann\nAlpenmilch Thurgau AG"),
        "LOCATION:Weinfelden\\, Sitzungszimmer Säntis",
    ]], "outlook", zones=[tz("W. Europe Standard Time", outlook=True)]),
        [lbl(uid, 1, "Alpenmilch Thurgau", "", "final", "reto.baumann@alpenmilch-tg.ch;urs.frei@alpenmilch-tg.ch",
             "outlook-room-final-de")]))

    uid = "sf-ivw-morand-20251016-91"
    out.append(("successfactors-webex-ch-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251009T060000Z",
        "DTSTART;TZID=Europe/Zurich:20251016T100000", "DTEND;TZID=Europe/Zurich:20251016T110000",
        "SUMMARY:Invitation à un entretien : Brand Manager International",
        org("noreply@successfactors.eu", "Chocolats Morand SA"), att(ME, "Amélie Dufour"),
        att("valerie.chappuis@morand-chocolats.ch", "Valérie Chappuis"),
        desc("Madame,\n\nNous vous remercions de votre intérêt pour Chocolats Morand. Valérie Chappuis, "
             "Responsable Marketing International, vous recevra en visioconférence.\n\n" + webex("fr")),
        "LOCATION:Webex",
    ]], "-//SAP SuccessFactors//Interview Scheduling//EN", zones=[tz(ZRH)]),
        [lbl(uid, 1, "Chocolats Morand", "Brand Manager International", "", "valerie.chappuis@morand-chocolats.ch",
             "successfactors-webex-ch-fr")]))

    uid = "morand-onsite-vevey-4471@morand-chocolats.ch"
    out.append(("onsite-ch-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251027T150000Z",
        "DTSTART;TZID=Europe/Zurich:20251107T090000", "DTEND;TZID=Europe/Zurich:20251107T130000",
        "SUMMARY:Chocolats Morand – entretiens sur site à Vevey (Amélie Dufour)",
        org("rh@morand-chocolats.ch", "RH Chocolats Morand"), att(ME, "Amélie Dufour"),
        att("valerie.chappuis@morand-chocolats.ch", "Valérie Chappuis"),
        att("daniel.morand@morand-chocolats.ch", "Daniel Morand"),
        desc("Programme : 9h accueil RH (Laure, coordination), 9h30 Valérie Chappuis, 10h30 Daniel Morand "
             "(CEO), 11h30 visite de la manufacture.\nAvenue Reller 8, 1800 Vevey."),
        "LOCATION:Avenue Reller 8\\, 1800 Vevey",
    ]], "-//Microsoft Corporation//Outlook for Mac 16.89//EN", zones=[tz(ZRH)]),
        [lbl(uid, 1, "Chocolats Morand", "", "onsite",
             "valerie.chappuis@morand-chocolats.ch;daniel.morand@morand-chocolats.ch", "onsite-ch-fr")]))

    uid = "webex-ivw-helvalp-final-2210"
    out.append(("webex-utc-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251110T070000Z",
        "DTSTART:20251119T130000Z", "DTEND:20251119T143000Z",
        "SUMMARY:Final panel interview - Global Brand Manager Infant Nutrition - A. Dufour",
        org("talent.acquisition@helvalp.com", "Helvalp TA"), att(ME, "Amélie Dufour"),
        att("ingrid.meyer@helvalp.com", "Ingrid Meyer"), att("raj.patel@helvalp.com", "Raj Patel"),
        att("celine.favre@helvalp.com", "Céline Favre"),
        desc("Panel: Ingrid Meyer (VP Marketing), Raj Patel (Global Insights), Céline Favre (HRBP).\n\n" +
             webex("en")),
        "LOCATION:Webex",
    ]], "-//Cisco//Webex Meetings//EN"),
        [lbl(uid, 1, "Helvalp Nutrition", "Global Brand Manager Infant Nutrition", "final",
             "ingrid.meyer@helvalp.com;raj.patel@helvalp.com;celine.favre@helvalp.com", "webex-utc-panel-en")]))

    uid = "workable-int-2f61c0-montseny"
    out.append(("workable-es", cal([[
        f"UID:{uid}", "DTSTAMP:20251008T090000Z",
        "DTSTART;TZID=Europe/Madrid:20251014T120000", "DTEND;TZID=Europe/Madrid:20251014T123000",
        "SUMMARY:Entrevista: Amélie Dufour - Brand Manager Internacional",
        org("noreply@workablemail.com", "Cervezas Montseny"), att(ME, "Amélie Dufour"),
        att("laia.ferrer@cervezasmontseny.com", "Laia Ferrer"),
        desc("Hola Amélie,\n\nGracias por tu interés en Cervezas Montseny. Laia Ferrer, de Personas y "
             "Talento, te hará una primera entrevista.\n\n" + meet("es", "mts-rqpe-wyd") +
             "\n\nEnviado a través de Workable"),
    ]], "-//Workable//Workable//EN", zones=[tz(MAD)]),
        [lbl(uid, 1, "Cervezas Montseny", "Brand Manager Internacional", "recruiter_screen",
             "laia.ferrer@cervezasmontseny.com", "workable-es")]))

    uid = "montseny-caso-practico-1127@cervezasmontseny.com"
    out.append(("case-es", cal([[
        f"UID:{uid}", "DTSTAMP:20251020T090000Z",
        "DTSTART;TZID=Europe/Madrid:20251027T160000", "DTEND;TZID=Europe/Madrid:20251027T171500",
        "SUMMARY:Caso práctico – Brand Manager Internacional (Cervezas Montseny)",
        org("laia.ferrer@cervezasmontseny.com", "Laia Ferrer"), att(ME, "Amélie Dufour"),
        att("xavier.roca@cervezasmontseny.com", "Xavier Roca"),
        desc("Presentarás el caso práctico (entrada en Bélgica y Francia) a Xavier Roca, Director de "
             "Marketing. Yo solo coordino la sesión.\n\n" + zoom("es", "835 0021 6647")),
    ]], "google", zones=[tz(MAD)]),
        [lbl(uid, 1, "Cervezas Montseny", "Brand Manager Internacional", "technical",
             "xavier.roca@cervezasmontseny.com", "case-coordinator-es")]))

    uid = "evt_77a1e02c9f3d4b18@calendly.com"
    out.append(("calendly-es", cal([[
        f"UID:{uid}", "DTSTAMP:20251015T180000Z",
        "DTSTART:20251022T080000Z", "DTEND:20251022T084500Z",
        "SUMMARY:Amélie Dufour y Rafael Ortega",
        org("rafael.ortega@olivardelsur.es", "Rafael Ortega"), att(ME, "Amélie Dufour", ps="ACCEPTED"),
        desc("Tipo de evento: Entrevista Responsable de Marca Europa (45 min)\n\nAceites Olivar del Sur – "
             "Director de Marketing\n\nUbicación: llamada telefónica, Rafael te llamará.\n\n"
             "Con tecnología de Calendly.com"),
        "LOCATION:Llamada telefónica",
    ]], "-//Calendly//Calendly//EN"),
        [lbl(uid, 1, "Aceites Olivar del Sur", "Responsable de Marca Europa", "hiring_manager",
             "rafael.ortega@olivardelsur.es", "calendly-phone-es")]))

    uid = ("040000008200E00074C5B7101A82E00800000000E5D4C3B2A190DC01000000000000000010000000"
           "9F8E7D6C5B4A39281706F5E4D3C2B1A0")
    out.append(("outlook-es", cal([[
        f"UID:{uid}", "SUMMARY;LANGUAGE=es-ES:Entrevista – Responsable de Marca Exportación",
        f'DTSTART;TZID="{ES_UTC1}":20251028T100000', f'DTEND;TZID="{ES_UTC1}":20251028T110000',
        "DTSTAMP:20251021T100000Z", "SEQUENCE:0",
        org("marta.garcia@turronesalcarria.es", "García López, Marta"), att(ME, "Amélie Dufour"),
        att("jose.sanz@turronesalcarria.es", "Sanz Molina, José"),
        desc("Estimada Amélie:\n\nTe confirmamos la entrevista con José Sanz (Director de Exportación) y "
             "conmigo (RR. HH.) para el puesto de Responsable de Marca Exportación.\n\nUn saludo,\nMarta "
             "García\nTurrones La Alcarria S.A.\n\n" + teams("es", "347 662 019 883")),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Estimada Amélie:</p><p>Te confirmamos la entrevista con "
        "José Sanz.</p></body></html>",
        "LOCATION:Reunión de Microsoft Teams",
    ]], "outlook", zones=[tz(ES_UTC1, outlook=True)]),
        [lbl(uid, 1, "Turrones La Alcarria", "Responsable de Marca Exportación", "",
             "marta.garcia@turronesalcarria.es;jose.sanz@turronesalcarria.es", "outlook-display-tz-es")]))

    uid = "altamira-20251104-glc-ceo"
    out.append(("agency-names-employer-es", cal([[
        f"UID:{uid}", "DTSTAMP:20251029T120000Z",
        "DTSTART;TZID=Europe/Madrid:20251104T170000", "DTEND;TZID=Europe/Madrid:20251104T180000",
        "SUMMARY:Entrevista Grupo Lácteo Cantábrico – Directora de Marca (vía Altamira)",
        org("lucia.mendez@altamira-search.es", "Lucía Méndez"), att(ME, "Amélie Dufour"),
        att("i.echevarria@glcantabrico.es", "Íñigo Echevarría"),
        desc("Hola Amélie:\n\nEntrevista final con Íñigo Echevarría, Consejero Delegado de Grupo Lácteo "
             "Cantábrico (GLC), por videollamada. Yo no estaré conectada.\n\n" + teams("es") +
             "\n\nLucía Méndez\nAltamira Executive Search"),
    ]], "-//Altamira//Outlook//ES", zones=[tz(MAD)]),
        [lbl(uid, 1, "Grupo Lácteo Cantábrico", "Directora de Marca", "final", "i.echevarria@glcantabrico.es",
             "agency-names-employer-es")]))

    uid = "4mvq0c2s8k1p7r@google.com"
    out.append(("google-meet-en", cal([[
        "DTSTART;TZID=Europe/Paris:20251020T150000", "DTEND;TZID=Europe/Paris:20251020T154500",
        "DTSTAMP:20251016T090000Z", org("b.ravel@maisonravel.com", "Bertrand Ravel"), f"UID:{uid}",
        att(ME, "Amélie Dufour"), att("b.ravel@maisonravel.com", "Bertrand Ravel", ps="ACCEPTED"),
        "SUMMARY:Amélie / Ravel - chat with Global Brand Director",
        desc("Looking forward to discussing the International Brand Manager opening with you.\n\n" +
             meet("en", "rvl-cgnc-xqa")),
    ]], "google", zones=[tz(PAR)]),
        [lbl(uid, 1, "Maison Ravel", "International Brand Manager", "hiring_manager", "b.ravel@maisonravel.com",
             "google-meet-direct-en")]))

    uid = "F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9"
    out.append(("allday-ios-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251105T200000Z", "DTSTART;VALUE=DATE:20251124", "DTEND;VALUE=DATE:20251125",
        "SUMMARY:Cognac – journée Maison Ravel (entretiens + visite chai)", "TRANSP:TRANSPARENT",
        desc("TGV 7h07 Bruxelles-Midi. Entretiens avec Bertrand Ravel et la DRH Hélène Moreau, déjeuner, "
             "visite du chai."),
    ]], "apple", method=None),
        [lbl(uid, 1, "Maison Ravel", "", "final", "Bertrand Ravel;Hélène Moreau", "allday-ios-fr")]))

    uid = "3B9C8D7E-6F50-4A1B-9C2D-E3F4A5B6C7D8"
    out.append(("icloud-invite-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251012T211500Z",
        "DTSTART;TZID=Europe/Paris:20251020T100000", "DTEND;TZID=Europe/Paris:20251020T110000",
        "SUMMARY:Entretien Amélie – Boulangeries Maréchal", org("f.marechal@icloud.com", "François Maréchal"),
        att(ME, "Amélie Dufour"), att("f.marechal@icloud.com", "François Maréchal", ps="ACCEPTED"),
        desc("Rendez-vous à notre siège de Lille, 5 rue Nationale. Je vous présenterai le projet de "
             "repositionnement de la marque."),
        "LOCATION:5 rue Nationale\\, 59000 Lille",
    ]], "apple", zones=[tz(PAR)]),
        [lbl(uid, 1, "Boulangeries Maréchal", "", "", "f.marechal@icloud.com", "icloud-invite-fr")]))

    uid = "bookings-7c1e9f2a3b4d@loriot.fr"
    out.append(("bookings-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251003T100000Z",
        "DTSTART:20251008T130000Z", "DTEND:20251008T133000Z",
        "SUMMARY:Entretien de recrutement - Responsable Marketing",
        org("RecrutementLoriot@loriot.fr", "Recrutement Biscuits Loriot"), att(ME, "Amélie Dufour"),
        att("gaelle.le-goff@loriot.fr", "Gaëlle Le Goff"),
        desc("Réservation confirmée auprès de Recrutement Biscuits Loriot.\nService : Entretien de "
             "recrutement - Responsable Marketing\nMembre du personnel : Gaëlle Le Goff (chargée de "
             "recrutement)\n\n" + teams("fr") + "\n\nMicrosoft Bookings"),
    ]], "-//Microsoft Corporation//Microsoft Bookings//EN"),
        [lbl(uid, 1, "Biscuits Loriot", "Responsable Marketing", "recruiter_screen", "gaelle.le-goff@loriot.fr",
             "bookings-fr")]))

    uid = "icims-int-55102-kellwood"
    out.append(("icims-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251001T120000Z",
        "DTSTART;TZID=Europe/Zurich:20251006T153000", "DTEND;TZID=Europe/Zurich:20251006T160000",
        "SUMMARY:Phone Interview: Brand Manager Savory Snacks EMEA (Req 55102)",
        org("kellwood@icims.com", "Kellwood Snacks Recruiting"), att(ME, "Amélie Dufour"),
        att("d.obrien@kellwoodsnacks.com", "Dana O'Brien"),
        desc("Dear Amélie,\n\nThis confirms your phone interview with Dana O'Brien, Senior Recruiter, for the "
             "Brand Manager Savory Snacks EMEA position based in Geneva.\n\nKellwood Snacks Europe Sàrl"),
    ]], "-//iCIMS//iCIMS Talent Platform//EN", zones=[tz(ZRH)]),
        [lbl(uid, 1, "Kellwood Snacks", "Brand Manager Savory Snacks EMEA", "recruiter_screen",
             "d.obrien@kellwoodsnacks.com", "icims-phone-en")]))

    uid = "workable-int-bb19-bonnetbleu"
    out.append(("workable-phone-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251016T090000Z",
        "DTSTART;TZID=Europe/Paris:20251021T094500", "DTEND;TZID=Europe/Paris:20251021T103000",
        "SUMMARY:Entretien téléphonique - Brand Marketing Manager - Bonnet Bleu",
        org("noreply@workablemail.com", "Bonnet Bleu"), att(ME, "Amélie Dufour"),
        att("audrey@bonnetbleu.fr", "Audrey Caron"),
        desc("Bonjour Amélie,\n\nAudrey Caron, fondatrice de Bonnet Bleu, vous appellera.\n\nEnvoyé via Workable"),
        "LOCATION:Téléphone",
    ]], "-//Workable//Workable//EN", zones=[tz(PAR)]),
        [lbl(uid, 1, "Bonnet Bleu", "Brand Marketing Manager", "hiring_manager", "audrey@bonnetbleu.fr",
             "workable-phone-founder-fr")]))

    return out
