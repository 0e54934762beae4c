"""English, French and German interviews of the user, plus a few more Spanish ones (holdout55, blind)."""

from __future__ import annotations

from holdout55ev_boiler import meet, teams, webex, zoom
from holdout55ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    ME_NAME,
    ME_WORK,
    OUTLOOK,
    att,
    cal,
    event,
    org,
    spec,
    tz,
)


def simple(kind: str, lang: str, uid: str, summary: str, tzid: str | None, start: str, end: str,
           organizer: tuple[str, str] | None, people: list[tuple[str, str]], desc: str, loc: str, prodid: str,
           company: str, role: str, stage: str, who: str, trap: str = "", me: str = ME_FREE,
           extra: tuple[str, ...] = (), sent_by: str | None = None) -> dict[str, object]:
    def when(v: str) -> str:
        return tz(tzid, v) if tzid else ":" + v

    attendees = [att(mail, name) for mail, name in people] + [att(me, ME_NAME)]
    o = org(organizer[0], organizer[1], sent_by) if organizer else None
    ics = cal(event(uid, summary, when(start), when(end), organizer=o, attendees=attendees, desc=desc, loc=loc,
                    extra=extra), prodid=prodid, method="REQUEST" if organizer else None,
              tzs=(tzid,) if tzid else ())
    return spec(kind, lang, ics, uid, 1, company, role, stage, who, trap)


LON = "Europe/London"
LIS = "Europe/Lisbon"
ZRH = "Europe/Zurich"
MAD = "Europe/Madrid"


def events() -> list[dict[str, object]]:
    return [
        simple("greenhouse", "en", "gh-sched-88120451-hvh@greenhouse.io",
               "Interview: Álvaro Castillo Rey for General Manager, The Marlow", LON, "20250325T140000",
               "20250325T150000", ("scheduling@harcourtvale.co.uk", "Harcourt & Vale Recruiting"),
               [("oliver.grant@harcourtvale.co.uk", "Oliver Grant")],
               "Hi Álvaro,\n\nYou're confirmed for your hiring manager interview for General Manager, The Marlow "
               "(Marylebone).\n\nInterviewer: Oliver Grant, Managing Director - Hotels\n\n" + teams("aHZoMQ", "en")
               + "\n\nPowered by Greenhouse", "Microsoft Teams Meeting", "-//Greenhouse//Greenhouse//EN",
               "Harcourt & Vale Hotels", "General Manager", "hiring_manager", "oliver.grant@harcourtvale.co.uk"),
        simple("lever", "en", "lever-iv-0c8d91e2-5f1a-kestrel", "Recruiter Screen - Regional Operations Director",
               LON, "20250318T110000", "20250318T113000", ("hannah.moss@kestrelhousehotels.com", "Hannah Moss"),
               [("hannah.moss@kestrelhousehotels.com", "Hannah Moss")],
               "Hi Álvaro,\nLooking forward to our chat about the Regional Operations Director role at Kestrel House "
               "Hotels. I'll call you on the number on your CV.\nHannah\n\nScheduled via Lever",
               "Phone call", "-//Lever//Lever Interview//EN", "Kestrel House Hotels",
               "Regional Operations Director", "recruiter_screen", "hannah.moss@kestrelhousehotels.com"),
        simple("ashby", "en", "ashby-3f2e7a10-91bc-4c55-a0d2-lodgewell",
               "Lodgewell | Case Study Presentation – Álvaro Castillo Rey", LIS, "20250402T150000",
               "20250402T163000", ("no-reply@ashbyhq.com", "Lodgewell Recruiting"),
               [("ines.carvalho@lodgewell.com", "Inês Carvalho"), ("tom.reid@lodgewell.com", "Tom Reid")],
               "Interview: Case Study Presentation (Head of Operations, Portugal)\nInterviewers: Inês Carvalho "
               "(VP Operations), Tom Reid (Finance Director)\nPlease present your 90-day plan for our Lisbon "
               "buildings (20 min) followed by Q&A.\n\n" + meet("lgw-case-xyz", "en"), "Google Meet",
               "-//Ashby//Ashby Scheduling//EN", "Lodgewell", "Head of Operations, Portugal", "technical",
               "ines.carvalho@lodgewell.com;tom.reid@lodgewell.com"),
        simple("goodtime", "en", "goodtime-evt-5512937-meridiancrown", "Panel interview with Meridian Crown Hotels – "
               "Area General Manager, Iberia", MAD, "20250423T093000", "20250423T120000",
               ("coordination@meridiancrown.com", "Meridian Crown Interview Coordination"),
               [("j.whitaker@meridiancrown.com", "James Whitaker"), ("c.duarte@meridiancrown.com", "Cristina Duarte"),
                ("m.klein@meridiancrown.com", "Markus Klein")],
               "Itinerary\n09:30 James Whitaker - SVP Operations EMEA\n10:15 Cristina Duarte - Area HR Director\n"
               "11:00 Markus Klein - Regional Finance\n\nLocation: Meridian Crown Madrid Castellana, 7th floor.\n"
               "Your coordinator for the day is Lily Chen (coordination@meridiancrown.com).\n\nScheduled with "
               "GoodTime", "Meridian Crown Madrid Castellana, Paseo de la Castellana 95",
               "-//GoodTime.io//GoodTime Hire//EN", "Meridian Crown Hotels", "Area General Manager, Iberia",
               "onsite", "j.whitaker@meridiancrown.com;c.duarte@meridiancrown.com;m.klein@meridiancrown.com"),
        simple("modernloop", "en", "ml-7d1a22c9e0@modernloop.io", "Final Interview – Resort Manager, Halcyon Algarve",
               LIS, "20250430T100000", "20250430T110000", ("talent@halcyonresorts.pt", "Halcyon Resorts Talent"),
               [("rui.antunes@halcyonresorts.pt", "Rui Antunes")],
               "Hi Álvaro, this is your final interview for Resort Manager at Halcyon Algarve with Rui Antunes "
               "(CEO).\n\n" + zoom("845 2201 7789", "en") + "\n\nScheduled with ModernLoop", "Zoom",
               "-//ModernLoop//ModernLoop//EN", "Halcyon Resorts", "Resort Manager", "final",
               "rui.antunes@halcyonresorts.pt"),
        simple("icims", "en", "icims-int-1123098-atlas", "Phone Interview - General Manager (Tenerife South) - "
               "Atlas Lodging Group", "Atlantic/Canary", "20250320T160000", "20250320T163000",
               ("atlaslodging-recruiting@icims.com", "Atlas Lodging Group Talent Acquisition"),
               [("kmorales@atlaslodging.com", "Kevin Morales")],
               "Dear Álvaro,\nThank you for applying. Kevin Morales, Talent Acquisition Partner, will call you for an "
               "initial phone screen.\n\nThis is an automated message from iCIMS.", "Phone",
               "-//iCIMS//iCIMS Talent Platform//EN", "Atlas Lodging Group", "General Manager (Tenerife South)",
               "recruiter_screen", "kmorales@atlaslodging.com"),
        simple("founder-proton", "en", "PM-a81b3e0c19d4@proton.me", "Call with Álvaro – Head of Ops", LIS,
               "20250414T173000", "20250414T181500", ("joana.reis@proton.me", "Joana Reis"),
               [("joana.reis@proton.me", "Joana Reis")],
               "Hi Álvaro, great to connect through Miguel. As mentioned, I'm looking for a Head of Operations for "
               "Alfama Stays (our 9 guesthouses in Lisbon). Let's talk about the role and your experience.\n"
               "Joana\n\n" + meet("alf-joan-rei", "en"), "Google Meet", "-//Proton AG//ProtonCalendar 1.0//EN",
               "Alfama Stays", "Head of Operations", "", "joana.reis@proton.me", "founder-freemail-en"),
        simple("outlook-gmt", "en", "040000008200E00074C5B7101A82E00800000000DOURO4411DB0100000000000000001000000071",
               "Interview with COO - Douro Quinta Hotels", "GMT Standard Time", "20250409T150000",
               "20250409T160000", ("h.sousa@douroquinta.pt", "Sousa, Helena"),
               [("a.pinto@douroquinta.pt", "Pinto, André")],
               "Dear Álvaro,\nAs discussed, please find the invitation for your interview with André Pinto, our COO, "
               "for the General Manager position at Quinta do Vale Alto.\nKind regards,\nHelena Sousa\nPeople & "
               "Culture\n\n" + teams("ZG91cm8", "en"), "Microsoft Teams Meeting", EXCHANGE, "Douro Quinta Hotels",
               "General Manager", "hiring_manager", "a.pinto@douroquinta.pt"),
        simple("utc-zoom", "en", "7a8s9d0f1g2h3j4k5l6z7x8c9v@google.com", "Final round – Operations Director (The "
               "Wharf Collection)", None, "20250505T130000Z", "20250505T140000Z",
               ("founders@thewharfcollection.co.uk", "The Wharf Collection"),
               [("ed.lawson@thewharfcollection.co.uk", "Ed Lawson"), ("amara.okafor@thewharfcollection.co.uk",
                                                                      "Amara Okafor")],
               "Final conversation with our founders Ed and Amara.\n\n" + zoom("771 340 2290", "en"), "Zoom", GOOGLE,
               "The Wharf Collection", "Operations Director", "final",
               "ed.lawson@thewharfcollection.co.uk;amara.okafor@thewharfcollection.co.uk"),
        simple("calendly", "en", "cal-0f9e8d7c-tagus-intro", "Intro call - General Manager, Lisbon between Priya Nair "
               "and Álvaro Castillo Rey", None, "20250311T100000Z", "20250311T103000Z",
               ("priya.nair@tagusriverhotels.com", "Priya Nair"), [("priya.nair@tagusriverhotels.com", "Priya Nair")],
               "Event Name: Intro call - General Manager, Lisbon\n\nTagus River Hotels - Talent Acquisition\n\n"
               "Location: Priya will call you.\n\nNeed to make changes to this event?\nCancel: "
               "https://calendly.com/cancellations/0f9e8d7c\n\nPowered by Calendly.com", "Phone call",
               "-//Calendly//Calendly//EN", "Tagus River Hotels", "General Manager, Lisbon", "recruiter_screen",
               "priya.nair@tagusriverhotels.com"),
        simple("agency", "en", "ctp-2025-0418-acr@catertalentpartners.co.uk", "Álvaro Castillo Rey – interview with "
               "Bellingham Court Hotel (GM)", LON, "20250418T110000", "20250418T123000",
               ("george.fenn@catertalentpartners.co.uk", "George Fenn"),
               [("r.bellingham@bellinghamcourt.co.uk", "Rupert Bellingham"),
                ("s.patel@bellinghamcourt.co.uk", "Sunita Patel")],
               "Hi Álvaro,\nConfirming your face-to-face with Rupert Bellingham (owner) and Sunita Patel (Managing "
               "Director) at Bellingham Court Hotel, Kensington. Ask for Sunita at reception.\nGood luck!\nGeorge "
               "Fenn, Senior Consultant, Cater Talent Partners", "Bellingham Court Hotel, 12 Cornwall Gardens, London",
               OUTLOOK, "Bellingham Court Hotel", "GM", "hiring_manager",
               "r.bellingham@bellinghamcourt.co.uk;s.patel@bellinghamcourt.co.uk", "agency-names-employer-en"),
        simple("apple-terse", "en", "5C2E9A71-0D44-4B61-8E77-2F0A9B3C6D18", "Interview Sóller Bay Hotel (GM) - video",
               MAD, "20250422T190000", "20250422T200000", None, [],
               "link in yahoo mail from Claudia", "", APPLE, "Sóller Bay Hotel", "GM", "", ""),
        simple("exchange-sentby", "en",
               "040000008200E00074C5B7101A82E00800000000RIFFEL01DB01000000000000000010000000F1",
               "Interview General Manager - Hotel Riffelblick Zermatt", "W. Europe Standard Time", "20250508T140000",
               "20250508T153000", ("t.imboden@montcervin-hospitality.ch", "Imboden, Thomas"),
               [("t.imboden@montcervin-hospitality.ch", "Imboden, Thomas")],
               "Dear Mr Castillo Rey,\nMr Imboden, CEO of Mont Cervin Hospitality, would like to meet you for the "
               "General Manager position at Hotel Riffelblick. The interview will take place at the hotel.\n"
               "Best regards,\nSabine Perren, Executive Assistant", "Hotel Riffelblick, Zermatt", EXCHANGE,
               "Mont Cervin Hospitality", "General Manager", "hiring_manager", "t.imboden@montcervin-hospitality.ch",
               sent_by="s.perren@montcervin-hospitality.ch"),
        simple("webex", "en", "webex-25519087741-costaverde", "Virtual interview – Regional Operations Manager North",
               LIS, "20250417T143000", "20250417T152000", ("recrutamento@costaverdehotels.pt", "Costa Verde Hotels"),
               [("filipa.matos@costaverdehotels.pt", "Filipa Matos"), ("recrutamento@costaverdehotels.pt",
                                                                        "Recrutamento")],
               "Dear Álvaro,\nYou are invited to a virtual interview with Filipa Matos, Operations Director, for the "
               "Regional Operations Manager (North) role at Costa Verde Hotels & Resorts.\n\n" + webex("25519087741"),
               "Webex", OUTLOOK, "Costa Verde Hotels & Resorts", "Regional Operations Manager North", "",
               "filipa.matos@costaverdehotels.pt"),
        simple("smartrecruiters", "en", "sr-ev-4c1b77e0-lumen", "Interview with Hiring Manager – Cluster General "
               "Manager Canary Islands", "Atlantic/Canary", "20250424T100000", "20250424T110000",
               ("noreply@smartrecruiters.com", "Lumen Hotels Group"), [("n.dubois@lumenhotels.com", "Nathalie Dubois")],
               "Hello Álvaro,\nNathalie Dubois (VP Operations South Europe) will interview you for Cluster General "
               "Manager Canary Islands.\n\n" + teams("bHVtZW4", "en"), "Microsoft Teams", "-//SmartRecruiters//EN",
               "Lumen Hotels Group", "Cluster General Manager Canary Islands", "hiring_manager",
               "n.dubois@lumenhotels.com"),
        simple("outlook-fr", "fr", "040000008200E00074C5B7101A82E00800000000NARCIS77DB01000000000000000010000000C3",
               "Entretien – Directeur des opérations", "W. Europe Standard Time", "20250415T100000",
               "20250415T110000", ("v.rochat@narcisses-montreux.ch", "Rochat, Valérie"),
               [("p.giroud@narcisses-montreux.ch", "Giroud, Philippe")],
               "Bonjour Monsieur Castillo Rey,\nSuite à notre échange, je vous confirme votre entretien avec M. "
               "Philippe Giroud, Directeur général du Grand Hôtel des Narcisses, pour le poste de Directeur des "
               "opérations.\nMeilleures salutations,\nValérie Rochat, RH\n\n" + teams("bmFyY2lz", "fr"),
               "Réunion Microsoft Teams", EXCHANGE, "Grand Hôtel des Narcisses", "Directeur des opérations",
               "hiring_manager", "p.giroud@narcisses-montreux.ch"),
        simple("teamtailor-fr", "fr", "tt-iv-88314@oceanehotels.teamtailor.com", "Entretien avec Claire Dumas – "
               "Directeur·rice Régional·e Espagne", MAD, "20250313T110000", "20250313T113000",
               ("claire.dumas@oceane-hotels.fr", "Claire Dumas"), [("claire.dumas@oceane-hotels.fr", "Claire Dumas")],
               "Bonjour Álvaro,\nMerci pour votre candidature chez Groupe Océane Hôtels ! Je vous propose un premier "
               "échange de 30 minutes pour faire connaissance.\n\n" + meet("oce-ane-cla", "en"), "Google Meet",
               "-//Teamtailor//Interview//EN", "Groupe Océane Hôtels", "Directeur·rice Régional·e Espagne",
               "recruiter_screen", "claire.dumas@oceane-hotels.fr"),
        simple("workday-fr", "fr", "wd-INTERVIEW-9-44120@villagessoleil.myworkday.com",
               "Entretien final : Chef de Village Fuerteventura", "Atlantic/Canary", "20250502T090000",
               "20250502T100000", ("villagessoleil@myworkday.com", "Villages Soleil"),
               [("m.leroux@villagessoleil.com", "Marc Leroux"), ("s.benali@villagessoleil.com", "Samia Benali")],
               "Bonjour Álvaro,\nVotre entretien final pour le poste Chef de Village Fuerteventura est planifié avec "
               "Marc Leroux (Directeur Opérations Sud) et Samia Benali (DRH).\n\n" + zoom("903 118 4420", "fr"),
               "Zoom", "-//Workday Inc//Workday Recruiting//EN", "Villages Soleil", "Chef de Village Fuerteventura",
               "final", "m.leroux@villagessoleil.com;s.benali@villagessoleil.com"),
        simple("calcom-fr", "fr", "calcom-booking-Rh0neQ9zp", "Appel de préqualification entre Léa Fontaine et Álvaro "
               "Castillo Rey", None, "20250312T090000Z", "20250312T092000Z",
               ("lea.fontaine@residencedurhone.ch", "Léa Fontaine"), [],
               "Quoi : Appel de préqualification – Directeur d'exploitation (Résidence Hôtelière du Rhône, Genève)\n"
               "Qui : Léa Fontaine – Organisatrice\nOù : Téléphone", "Téléphone",
               "-//Cal.com Inc.//Cal.com Event//EN", "Résidence Hôtelière du Rhône", "Directeur d'exploitation",
               "recruiter_screen", "lea.fontaine@residencedurhone.ch"),
        simple("softgarden", "de", "sg-interview-77104-sonnenwind@softgarden.io", "Vorstellungsgespräch: Hoteldirektor "
               "(m/w/d) Gran Canaria – Zweitgespräch", "Europe/Madrid", "20250410T100000", "20250410T110000",
               ("recruiting@sonnenwind-hotels.de", "Sonnenwind Hotels & Resorts Recruiting"),
               [("k.hartmann@sonnenwind-hotels.de", "Katrin Hartmann")],
               "Sehr geehrter Herr Castillo Rey,\nwir freuen uns, Sie zum Zweitgespräch mit unserer Regional "
               "Director Kanaren, Frau Katrin Hartmann, einzuladen.\n\n" + teams("c29ubmVu", "de") +
               "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nversendet über softgarden", "Microsoft Teams",
               "-//softgarden//e-recruiting//DE", "Sonnenwind Hotels & Resorts", "Hoteldirektor (m/w/d) Gran Canaria",
               "hiring_manager", "k.hartmann@sonnenwind-hotels.de"),
        simple("personio-de", "de", "pers-4b81aa02c1@engadinlodges.personio.de", "Interview: General Manager (m/w/d) "
               "– Álvaro Castillo Rey", ZRH, "20250319T140000", "20250319T143000",
               ("n.caduff@engadinlodges.ch", "Nina Caduff"), [("n.caduff@engadinlodges.ch", "Nina Caduff")],
               "Grüezi Herr Castillo Rey\nVielen Dank für Ihre Bewerbung bei Engadin Lodges AG. Gerne lerne ich Sie in "
               "einem ersten telefonischen Gespräch kennen.\nNina Caduff, HR\n\nGesendet über Personio", "Telefon",
               "-//Personio//Personio Calendar//DE", "Engadin Lodges", "General Manager (m/w/d)",
               "recruiter_screen", "n.caduff@engadinlodges.ch"),
        simple("exchange-de", "de", "040000008200E00074C5B7101A82E00800000000ZSEEH2DB01000000000000000010000000D4",
               "Fallstudie Präsentation – Director of Operations", "W. Europe Standard Time", "20250429T130000",
               "20250429T150000", ("b.wyss@zuerichsee-hotels.ch", "Wyss, Beat"),
               [("b.wyss@zuerichsee-hotels.ch", "Wyss, Beat"), ("c.meier@zuerichsee-hotels.ch", "Meier, Corinne"),
                ("raum.uetliberg@zuerichsee-hotels.ch", "Raum Uetliberg")],
               "Guten Tag Herr Castillo Rey\nWie besprochen präsentieren Sie uns Ihre Fallstudie (Repositionierung "
               "Seehotel Rapperswil). Anwesend: Beat Wyss (CEO), Corinne Meier (CFO).\nFreundliche Grüsse\n"
               "Zürichsee Hotels AG", "Raum Uetliberg, Seestrasse 40, Küsnacht", EXCHANGE, "Zürichsee Hotels",
               "Director of Operations", "technical", "b.wyss@zuerichsee-hotels.ch;c.meier@zuerichsee-hotels.ch"),
        simple("phone-de", "de", "k3ssl3r-tel-0331@kessler-hotels.de", "Telefoninterview Regionaldirektor Spanien",
               "Europe/Madrid", "20250331T100000", "20250331T103000", ("jana.vogt@kessler-hotels.de", "Jana Vogt"),
               [("jana.vogt@kessler-hotels.de", "Jana Vogt")],
               "Hallo Herr Castillo Rey,\nwie vereinbart rufe ich Sie an. Es geht um die Position Regionaldirektor "
               "Spanien bei Kessler Hotels.\nViele Grüße\nJana Vogt, Talent Acquisition", "Telefon", GOOGLE,
               "Kessler Hotels", "Regionaldirektor Spanien", "recruiter_screen", "jana.vogt@kessler-hotels.de",
               "phone-screen-de"),
        simple("work-address", "es", "4n6m8b0v2c4x6z8l0k2j4h6g8f@google.com", "Entrevista Director/a de Hotel – "
               "Hotel Puerto Chico", MAD, "20250502T180000", "20250502T190000",
               ("mgutierrez@hotelpuertochico.es", "Mercedes Gutiérrez"),
               [("mgutierrez@hotelpuertochico.es", "Mercedes Gutiérrez")],
               "Hola Álvaro, te envío la invitación al correo que nos indicaste. Entrevista con la propietaria para "
               "la dirección del hotel.\n\n" + meet("pch-mrcd-gtz"), "Google Meet", GOOGLE, "Hotel Puerto Chico",
               "Director/a de Hotel", "hiring_manager", "mgutierrez@hotelpuertochico.es", "sent-to-work-address-es",
               me=ME_WORK),
        simple("no-stage", "es", "9k8j7h6g5f4d3s2a1q0w@google.com", "Álvaro Castillo – Hoteles Ámbar Costa",
               MAD, "20250509T100000", "20250509T110000", ("lara.esteve@ambarcosta.com", "Lara Esteve"),
               [("lara.esteve@ambarcosta.com", "Lara Esteve"), ("jordi.puig@ambarcosta.com", "Jordi Puig")],
               "Entrevista para la posición de Director/a Regional Costa Brava.\n\n" + meet("amb-rcst-lar"),
               "Google Meet", GOOGLE, "Hoteles Ámbar Costa", "Director/a Regional Costa Brava", "",
               "lara.esteve@ambarcosta.com;jordi.puig@ambarcosta.com", "google-title-names-only-es"),
        simple("zoom-lisbon-es", "es", "zm-86622019943-ribeira", "Entrevista Diretor Geral – Ribeira Boutique Hotels",
               LIS, "20250507T110000", "20250507T120000", ("hr@ribeiraboutique.pt", "Ribeira Boutique Hotels"),
               [("marta.lopes@ribeiraboutique.pt", "Marta Lopes")],
               "Hola Álvaro, como prefieres, la entrevista será en español. Te entrevistará Marta Lopes, nuestra "
               "CEO.\n\n" + zoom("866 2201 9943"), "Zoom", OUTLOOK, "Ribeira Boutique Hotels", "Diretor Geral",
               "hiring_manager", "marta.lopes@ribeiraboutique.pt"),
        simple("hirevue-en", "en", "hv-ondemand-20250312-kp91@hirevue.com", "On-demand video interview – Hotel Manager "
               "(Pemberton Hotels)", None, "20250312T000000Z", "20250315T230000Z",
               ("noreply@hirevue.com", "Pemberton Hotels via HireVue"), [],
               "Please complete your on-demand video interview for Hotel Manager, Pemberton Park Lane, before the "
               "deadline. 6 questions, about 25 minutes.", "https://app.hirevue.com/", "-//HireVue//EN",
               "Pemberton Hotels", "Hotel Manager", "recruiter_screen", "", "one-way-video-en"),
    ]
