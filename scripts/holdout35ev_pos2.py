"""holdout35: more of the user's own interviews (blind; CC0 1.0)."""

from __future__ import annotations

from holdout35ev_ical import Ev


def positives2() -> list[Ev]:
    e: list[Ev] = []
    a = e.append
    a(Ev("hermes", "de", "outlook", "Interview: Senior Analyst Netzwerkplanung (Hermes Germany)",
         "Moin Herr Mensah,\n\nanbei wie besprochen der Termin. Von uns dabei: Thorsten Brandt (Leitung"
         " Netzwerkplanung), Carina Lüdemann (People & Culture).\n\nBeste Grüße\nCarina Lüdemann",
         "Lüdemann, Carina <carina.luedemann@hermesworld.com>",
         ["Brandt, Thorsten <thorsten.brandt@hermesworld.com>", "Kwame Mensah <ME>"], "20270113T1000", 60,
         boil="teams_de", co="Hermes Germany", role="Senior Analyst Netzwerkplanung", stage="hiring_manager"))
    a(Ev("aldi-sf", "de", "sf", "Ihr Vorstellungsgespräch bei ALDI Nord",
         "Hallo Herr Mensah,\n\nwir bestätigen Ihren Termin für das Vorstellungsgespräch zur Stelle"
         " \"Referent Supply Chain Analytics (m/w/d)\" in Essen.\nIhre Gesprächspartner: Frau Anja Kuhn"
         " (Bereichsleitung Logistik) und Herr Ralf Dietrich (Personal).\n\nMit freundlichen Grüßen\nALDI Einkauf"
         " SE & Co. oHG",
         "coord:ALDI Nord Karriere <karriere@aldi-nord.de>",
         ["Anja Kuhn <anja.kuhn@aldi-nord.de>", "Ralf Dietrich <ralf.dietrich@aldi-nord.de>", "Kwame Mensah <ME>"],
         "20270113T1400", 90, loc="ALDI Nord, Eckenbergstraße 16, 45307 Essen", co="ALDI Nord",
         role="Referent Supply Chain Analytics", stage="onsite"))
    a(Ev("hand-en", "en", "google", "call w/ Priya (project44) - tech round", "", "Kwame Mensah <ME>", [],
         "20270114T1530", 60, method="", co="project44", stage="technical", ivs=""))
    a(Ev("airbus", "en", "outlook", "Airbus – Interview Logistics Data Analyst (JR10293847)",
         "Dear Kwame,\n\nAs discussed, please find the invitation for your interview for the position"
         " Logistics Data Analyst (JR10293847) in Hamburg-Finkenwerder.\nYour interviewers: Stefan Rohde (Head of"
         " Material Flow Analytics) and Claire Dubois (HR Business Partner).\n\nRegards,\nAirbus Talent"
         " Attraction", "coord:AIRBUS Talent Attraction <talent.attraction@airbus.com>",
         ["Rohde, Stefan <stefan.rohde@airbus.com>", "Dubois, Claire <claire.dubois@airbus.com>",
          "Kwame Mensah <ME>"], "20270114T0900", 60, boil="teams_en", co="Airbus",
         role="Logistics Data Analyst", stage="hiring_manager"))
    a(Ev("dm-personio", "de", "personio", "Kennenlernen dm-drogerie markt – Data Analyst Logistik",
         "Hallo Kwame,\n\nvielen Dank für dein Interesse an dm! Hier die Einladung zum Kennenlernen per Video."
         "\nDabei: Nils Vetter (Teamverantwortlicher Logistikanalyse)\n\nHerzliche Grüße\ndm-drogerie markt GmbH"
         " + Co. KG", "coord:dm Recruiting <recruiting@dm.personio.de>",
         ["Nils Vetter <nils.vetter@dm.de>", "Kwame Mensah <ME>"], "20270115T1000", 45, boil="zoom_de",
         co="dm-drogerie markt", role="Data Analyst Logistik", stage="hiring_manager"))
    a(Ev("post-ch", "de", "workday", "Interview | Business Analyst Paketlogistik | Die Schweizerische Post",
         "Guten Tag Herr Mensah\n\nGerne laden wir Sie zu einem zweiten Gespräch nach Bern ein. Teilnehmende:"
         " Martina Gerber (Leiterin Planung PostLogistics), Simon Zürcher (HR).\n\nFreundliche Grüsse\nPost CH AG"
         "\n\nDiese Nachricht wurde von Workday generiert.", "coord:Post CH Recruiting <post@myworkday.com>",
         ["Martina Gerber <martina.gerber@post.ch>", "Simon Zürcher <simon.zuercher@post.ch>", "Kwame Mensah <ME>"],
         "20270115T1330", 90, tz="Europe/Zurich", loc="Wankdorfallee 4, 3030 Bern", co="Swiss Post",
         role="Business Analyst Paketlogistik", stage="onsite"))
    a(Ev("michael-page", "en", "outlook", "Interview arranged: Picnic – Supply Chain Analyst (Michael Page)",
         "Hi Kwame,\n\nGreat news – Picnic would like to meet you! Interview with Daan Mulder (Lead Hub"
         " Analytics) on Google Meet; he will send the link separately. Role: Supply Chain Analyst, Amsterdam.\n\n"
         "Good luck!\nEmily Brooks | Michael Page Supply Chain", "coord:Emily Brooks <emilybrooks@michaelpage.nl>",
         ["Kwame Mensah <ME>"], "20270118T1000", 45, tz="Europe/Amsterdam", co="Picnic",
         role="Supply Chain Analyst", stage="hiring_manager", ivs=""))
    a(Ev("picnic-direct", "en", "google", "Picnic x Kwame — Hub Analytics",
         "Hi Kwame, looking forward to our talk. Daan", "Daan Mulder <daan.mulder@teampicnic.com>",
         ["Kwame Mensah <ME>"], "20270118T1000", 45, tz="Europe/Amsterdam", boil="meet", co="Picnic",
         role="", stage="hiring_manager"))
    a(Ev("fr-decathlon", "fr", "google", "Entretien Decathlon – Analyste Supply Chain Europe – 2e tour",
         "Salut Kwame,\n\nComme convenu, on se retrouve en visio avec Julien (responsable approvisionnement"
         " Europe) pour le deuxième entretien.\n\nÀ très vite,\nManon\nTalent Acquisition Decathlon",
         "coord:Manon Lefebvre <manon.lefebvre@decathlon.com>",
         ["Julien Moreau <julien.moreau@decathlon.com>", "Kwame Mensah <ME>"], "20270119T1030", 60,
         tz="Europe/Paris", boil="meet", co="Decathlon", role="Analyste Supply Chain Europe",
         stage="hiring_manager"))
    a(Ev("fr-shippeo", "fr", "calendly", "Kwame Mensah et Hugo Bernard",
         "Nom de l'événement : Entretien Customer Data Analyst – Shippeo\n\nLieu : Zoom\n\nBesoin de modifier"
         " cet événement ?\nAnnuler : https://calendly.com/cancellations/77fa\nReprogrammer :"
         " https://calendly.com/reschedulings/77fa", "Hugo Bernard <hugo.bernard@shippeo.com>",
         ["Kwame Mensah <ME>"], "20270119T1500", 30, tz="Europe/Paris", boil="zoom_en", co="Shippeo",
         role="Customer Data Analyst", stage="recruiter_screen"))
    a(Ev("port-rotterdam", "en", "outlook", "Interview Port of Rotterdam – Data Analist Logistieke Keten",
         "Dear Kwame,\n\nWe look forward to meeting you at the World Port Center. Interview panel: Sanne de Boer"
         " (Manager Port Logistics Data) and Ruben Smit (Data Scientist). Please report to the reception on"
         " the ground floor.\n\nKind regards,\nHavenbedrijf Rotterdam N.V. – Recruitment",
         "coord:Recruitment Havenbedrijf <recruitment@portofrotterdam.com>",
         ["de Boer, Sanne <s.de.boer@portofrotterdam.com>", "Smit, Ruben <r.smit@portofrotterdam.com>",
          "Kwame Mensah <ME>", "room:WPC 24.03 Maas <wpc.2403@portofrotterdam.com>"], "20270120T1000", 90,
         tz="Europe/Amsterdam", loc="World Port Center, Wilhelminakade 909, Rotterdam",
         co="Port of Rotterdam", role="Data Analist Logistieke Keten", stage="onsite"))
    a(Ev("cancelled-fiege", "de", "exchange", "Abgesagt: Vorstellungsgespräch FIEGE – Analyst Kontraktlogistik",
         "Hallo Herr Mensah,\n\nleider muss Herr Brinkmann krankheitsbedingt absagen. Neuer Termin folgt.\n\nVG"
         "\nSabine Terhorst", "Terhorst, Sabine <s.terhorst@fiege.com>",
         ["Brinkmann, Jörg <j.brinkmann@fiege.com>", "Kwame Mensah <ME>"], "20270120T1400", 60,
         status="CANCELLED", method="CANCEL", co="FIEGE", role="Analyst Kontraktlogistik", stage="",
         trap="cancelled"))
    a(Ev("transporeon", "de", "google", "Transporeon | Interview Solution Consultant Analytics | Kwame Mensah",
         "Hallo Kwame,\n\ndanke für deine Zeit! In diesem Gespräch lernst du Eva Sommer (Director Customer"
         " Analytics) kennen.\n\nTransporeon GmbH – a Trimble company", "Eva Sommer <eva.sommer@transporeon.com>",
         ["Kwame Mensah <ME>", "opt:Lukas Graf <lukas.graf@transporeon.com>"], "20270121T1100", 45, boil="meet",
         co="Transporeon", role="Solution Consultant Analytics", stage="hiring_manager"))
    a(Ev("koerber-hand", "de", "apple", "Körber Supply Chain – Fachinterview",
         "Remote. Mit Hr. Albers + 1 Entwickler. Thema: WMS-Daten, SQL, Python.", "", [], "20270121T1500", 60,
         method="", co="Körber Supply Chain Software", stage="technical", ivs=""))
    a(Ev("otto-final", "de", "exchange", "Abschlussgespräch Kwame Mensah – Business Analyst Supply Chain",
         "Sehr geehrter Herr Mensah,\n\nwir freuen uns, Sie zum Abschlussgespräch begrüßen zu dürfen. Teilnehmer:"
         " Dr. Kathrin Petersen (Bereichsleiterin Supply Chain Management) und Heiko Wulf (Personal).\n\nOTTO"
         " GmbH & Co KG – Personalmanagement", "Wulf, Heiko <heiko.wulf@otto.de>",
         ["Petersen, Kathrin Dr. <kathrin.petersen@otto.de>", "Kwame Mensah <ME>",
          "room:HH-OT-H12-3.04 <raum.h12.304@otto.de>"], "20270122T1000", 60,
         loc="Haus 12, Raum 3.04", co="Otto", role="Business Analyst Supply Chain", stage="final"))
    a(Ev("es-mercadona", "es", "outlook", "Entrevista final – Técnico de Análisis Logístico (Mercadona)",
         "Estimado Kwame:\n\nLe confirmamos la entrevista final en nuestras oficinas de Tavernes Blanques con"
         " Carmen Vidal (Gerente de Logística) y Pablo Ferrer.\n\nAtentamente,\nRecursos Humanos",
         "coord:Selección Mercadona <seleccion@mercadona.es>",
         ["Carmen Vidal <cvidal@mercadona.es>", "Pablo Ferrer <pferrer@mercadona.es>", "Kwame Mensah <ME>"],
         "20270125T1100", 90, tz="Europe/Madrid", loc="Mercadona, Tavernes Blanques (Valencia)",
         co="Mercadona", role="Técnico de Análisis Logístico", stage="final"))
    a(Ev("asos-screen", "en", "smartrec", "Phone screen: ASOS – Stock Planning Analyst",
         "Hi Kwame, Chloe from the ASOS Talent team will call you on your mobile for a 20 minute screening call"
         " about the Stock Planning Analyst role.", "coord:ASOS Careers <no-reply@smartrecruiters.com>",
         ["Chloe Adams <chloe.adams@asos.com>", "Kwame Mensah <ME>"], "20270125T1500", 20, tz="Europe/London",
         loc="Phone", co="ASOS", role="Stock Planning Analyst", stage="recruiter_screen"))
    a(Ev("eurogate-free", "de", "google", "Gespräch Eurogate – Kapazitätsplanung & Analytics",
         "Hi Kwame,\n\nich schicke dir die Einladung privat, weil du ja noch bei Elbkai bist. Wir sprechen"
         " zu dritt mit Anke aus dem Bereich Terminal Operations über die Stelle Analyst Kapazitätsplanung.\n\nGruß"
         "\nFrank", "Frank Dreyer <frank.dreyer@eurogate.de>",
         ["Anke Siemers <anke.siemers@eurogate.de>", "Kwame Mensah <ME>"], "20270126T1700", 60,
         loc="EUROGATE, Kurt-Eckelmann-Str. 1, Hamburg", co="EUROGATE", role="Analyst Kapazitätsplanung",
         stage="hiring_manager"))
    a(Ev("tchibo-onsite", "de", "exchange", "Tchibo: Präsentation Fallstudie + Teamkennenlernen",
         "Hallo Herr Mensah,\n\nbitte bereiten Sie die Fallstudie (Bestandsreichweiten) als 15-minütige"
         " Präsentation vor. Anwesend: Jens Hollmann, Aylin Kaya, Björn Sievers (Head of Logistics Planning).\n\n"
         "Tchibo GmbH, Überseering 18", "Hollmann, Jens <jens.hollmann@tchibo.de>",
         ["Kaya, Aylin <aylin.kaya@tchibo.de>", "Sievers, Björn <bjoern.sievers@tchibo.de>", "Kwame Mensah <ME>",
          "room:Tchibo HH Raum Kaffeebohne (8) <raum.kaffeebohne@tchibo.de>"], "20270127T1000", 120,
         loc="Tchibo, Überseering 18, Hamburg", co="Tchibo", stage="onsite"))
    a(Ev("bremen-beck", "de", "outlook", "Vorstellungsgespräch Brauerei Beck – Supply Chain Analyst",
         "Sehr geehrter Herr Mensah,\n\nhiermit laden wir Sie zum persönlichen Vorstellungsgespräch in"
         " Bremen ein. Gesprächspartner: Herr Kai Schröder (Head of Supply Chain Planning DE).\n\nAB InBev"
         " Deutschland – Talent Acquisition", "coord:Talent Acquisition DE <ta.germany@ab-inbev.com>",
         ["Schröder, Kai <kai.schroeder@ab-inbev.com>", "Kwame Mensah <ME>"], "20270127T1400", 60,
         loc="Am Deich 18/19, 28199 Bremen", co="AB InBev", role="Supply Chain Analyst", stage="hiring_manager"))
    a(Ev("zoom-remote", "en", "zoom", "Kwame Mensah – Analytics Engineer interview – Setlog",
         "Hi Kwame, this is the technical conversation for the Analytics Engineer (remote) role. You'll meet"
         " Nora and Elias from our data team.", "Nora Lindqvist <nora.lindqvist@setlog.com>",
         ["Elias Brandt <elias.brandt@setlog.com>", "Kwame Mensah <ME>"], "20270128T1000", 60, tz="utc",
         boil="zoom_en", co="Setlog", role="Analytics Engineer", stage="technical"))
    a(Ev("recruiter-direct-de", "de", "outlook", "Telefonat Jobwechsel – Sennder Operations Analytics",
         "Hallo Kwame,\n\nwie vereinbart rufe ich dich an. Es geht um die Rolle Senior Operations Analyst bei uns"
         " in Berlin.\n\nViele Grüße\nLea Hartwig\nTalent Partner, sennder", "Lea Hartwig <lea.hartwig@sennder.com>",
         ["Kwame Mensah <ME>"], "20270128T1500", 30, loc="Telefon", co="sennder",
         role="Senior Operations Analyst", stage="recruiter_screen"))
    a(Ev("resched", "de", "google", "Verschoben: Interview Zalando – Supply Chain Analyst",
         "Neuer Termin wie besprochen. Mit Tim Berger und Svea Lund (Supply Chain Analytics).",
         "Tim Berger <tim.berger@zalando.de>", ["Svea Lund <svea.lund@zalando.de>", "Kwame Mensah <ME>"],
         "20270129T1100", 45, boil="meet", co="Zalando", role="Supply Chain Analyst", stage="hiring_manager",
         extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/zal-ando-hh1"]))
    a(Ev("kaffee-round2", "de", "outlook", "Kaffee & zweites Gespräch – Kühne+Nagel Hamburg",
         "Moin Kwame,\n\nwie am Telefon angekündigt: die zweite Runde für die Stelle Analyst Seefracht Netzwerk"
         " machen wir ganz locker bei einem Kaffee am Großen Grasbrook. Ich bringe Hendrik (Teamleitung) mit."
         "\n\nBis Dienstag!\nWiebke Carstens\nKühne + Nagel (AG & Co.) KG",
         "Carstens, Wiebke <wiebke.carstens@kuehne-nagel.com>",
         ["Voss, Hendrik <hendrik.voss@kuehne-nagel.com>", "Kwame Mensah <ME>"], "20270202T0930", 60,
         loc="Kühne+Nagel Haus, Großer Grasbrook 11-13, Hamburg", co="Kuehne+Nagel",
         role="Analyst Seefracht Netzwerk", stage="hiring_manager"))
    a(Ev("fr-founder", "fr", "google", "Entretien Flotteo – Data Analyst Supply Chain",
         "Salut Kwame,\n\nMerci pour ta candidature ! Je te propose un premier échange de 30 minutes pour te"
         " présenter Flotteo et parler du poste de Data Analyst Supply Chain (full remote).\n\nThibault, co-fondateur",
         "Thibault Mercier <thibault.mercier.flotteo@gmail.com>", ["Kwame Mensah <ME>"], "20270203T1000", 30,
         tz="Europe/Paris", boil="meet", co="Flotteo", role="Data Analyst Supply Chain", stage="hiring_manager"))
    a(Ev("fr-ldc", "fr", "outlook", "Entretien final – Analyste Logistique – Genève",
         "Bonjour Monsieur Mensah,\n\nNous avons le plaisir de vous inviter à l'entretien final pour le poste"
         " d'Analyste Logistique chez Louis Dreyfus Company, Route de l'Aéroport 29, Genève. Vous rencontrerez"
         " Nicolas Favre (Head of Freight Analytics) et Claire Dumont (HR).\n\nMeilleures salutations,\nClaire Dumont",
         "Dumont, Claire <claire.dumont@ldc.com>", ["Favre, Nicolas <nicolas.favre@ldc.com>", "Kwame Mensah <ME>"],
         "20270204T1400", 90, tz="Europe/Zurich", loc="LDC, Route de l'Aéroport 29, 1215 Genève",
         co="Louis Dreyfus Company", role="Analyste Logistique", stage="final"))
    a(Ev("fr-hand", "fr", "ios", "Visio RH FM Logistic", "appel avec la chargée de recrutement, poste analyste"
         " transport", "", [], "20270205T1130", 30, tz="float", method="", co="FM Logistic",
         role="", stage="recruiter_screen", ivs=""))
    a(Ev("forward-own", "de", "exchange", "WG: Einladung Vorstellungsgespräch – Analyst Logistics (Lidl)",
         "-----Ursprünglicher Termin-----\nVon: Lidl Recruiting\nBetreff: Einladung Vorstellungsgespräch –"
         " Analyst Logistics\n\nSehr geehrter Herr Mensah, Ihr Gesprächspartner ist Herr Jonas Keil (Teamleiter"
         " Logistics Analytics), Lidl Stiftung & Co. KG, Neckarsulm (per Teams).\n\n[an meine private Adresse"
         " weitergeleitet]", "Mensah, Kwame <WORK>", ["Kwame Mensah <ME>"], "20270208T1600", 60,
         co="Lidl", role="Analyst Logistics", stage="hiring_manager", ivs="", trap="forwarded_own"))
    a(Ev("es-damm", "es", "google", "Primera entrevista – Analista de Supply Chain – Damm",
         "Hola Kwame, te llamo desde Recursos Humanos de Damm para una primera conversación sobre la vacante"
         " de Analista de Supply Chain en Barcelona. Un saludo, Núria", "Núria Puig <npuig@damm.es>",
         ["Kwame Mensah <ME>"], "20270209T1000", 30, tz="Europe/Madrid", loc="Teléfono", co="Damm",
         role="Analista de Supply Chain", stage="recruiter_screen"))
    return e
