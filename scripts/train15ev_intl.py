"""train15: Aoife Brennan's own interviews in French, German and Spanish."""

from __future__ import annotations

from train15ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    OUTLOOK,
    OUTLOOK16,
    Ev,
    cal,
    g_att,
    google_footer,
    meet,
    o_att,
    outlook_tail,
    room,
    teams,
    tx,
    webex,
    zoom,
)

RST = "Romance Standard Time"
WST = "W. Europe Standard Time"


def events() -> list[Ev]:
    return _fr() + _de() + _es()


def _fr() -> list[Ev]:
    out: list[Ev] = []
    uid = "040000008200E00074C5B7101A82E00800000000VETALISMSL01"
    out.append(Ev("teams-msl-fr", "fr", uid, 1, "Laboratoires Vétalis", "Medical Science Liaison animaux de compagnie",
                  "technical", "c.roux@vetalis.fr;m.benali@vetalis.fr", "", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Roux Claire:mailto:c.roux@vetalis.fr",
                      o_att(ME, "Aoife Brennan"), o_att("m.benali@vetalis.fr", "Benali Mehdi"),
                      tx("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Aoife,\n\nComme convenu, voici l'invitation pour "
                         "votre entretien technique pour le poste de Medical Science Liaison animaux de compagnie "
                         "(Lyon / télétravail partiel). Mehdi Benali, MSL senior, se joindra à moi.\n\n"
                         "Bien cordialement,\nClaire Roux, Directrice médicale\nLaboratoires Vétalis\n\n"
                         + teams("fr", uid)),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=fr-FR", "Entretien technique - MSL - Aoife Brennan"),
                      f"DTSTART;TZID={RST}:20261014T100000", f"DTEND;TZID={RST}:20261014T110000",
                      "DTSTAMP:20261007T130000Z", "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
                      *outlook_tail()]], tzs=(RST,))))

    uid = "sept-sa-rh-4410@google.com"
    out.append(Ev("google-rh-fr", "fr", uid, 1, "Septentrion Santé Animale",
                  "Attachée de recherche clinique vétérinaire", "recruiter_screen", "julie.marchand@septentrion-sa.fr",
                  "", cal(GOOGLE, [[
                      "DTSTART:20261016T080000Z", "DTEND:20261016T083000Z", "DTSTAMP:20261012T094500Z",
                      "ORGANIZER;CN=Julie Marchand:mailto:julie.marchand@septentrion-sa.fr", f"UID:{uid}",
                      g_att("julie.marchand@septentrion-sa.fr", "Julie Marchand", "ACCEPTED"),
                      g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Premier échange RH pour le poste d'Attachée de recherche clinique "
                         "vétérinaire (CDI, Lyon Gerland). Nous parlerons de votre parcours, de vos motivations et "
                         "de votre niveau de français.\n\n" + meet("fr", uid) + "\n\n" + google_footer("fr", ME)),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Entretien RH - Septentrion Santé Animale / Aoife Brennan"), "TRANSP:OPAQUE"]])))

    uid = "nutrivia-final-lyon-22@nutrivia-pet.fr"
    out.append(Ev("onsite-final-fr", "fr", uid, 1, "Nutrivia Petfood", "Responsable affaires vétérinaires",
                  "final", "p.girard@nutrivia-pet.fr;s.lefebvre@nutrivia-pet.fr", "room-resource", cal(OUTLOOK16, [[
                      "ORGANIZER;CN=Recrutement Nutrivia:mailto:recrutement@nutrivia-pet.fr",
                      o_att(ME, "Aoife Brennan"), o_att("p.girard@nutrivia-pet.fr", "Pauline Girard"),
                      o_att("s.lefebvre@nutrivia-pet.fr", "Stéphane Lefebvre"),
                      room("salle-confluence@nutrivia-pet.fr", "Salle Confluence (RDC)"),
                      tx("DESCRIPTION;LANGUAGE=fr-FR", "Entretien final - Responsable affaires vétérinaires\n\n"
                         "Lieu : Nutrivia Petfood SAS, 12 quai Perrache, 69002 Lyon - salle Confluence.\n"
                         "Avec Pauline Girard (Directrice R&D) et Stéphane Lefebvre (Directeur général).\n"
                         "Merci de vous présenter à l'accueil 10 minutes avant."),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=fr-FR", "Entretien final sur site - Aoife Brennan"),
                      f"DTSTART;TZID={RST}:20261120T140000", f"DTEND;TZID={RST}:20261120T160000",
                      "DTSTAMP:20261110T080000Z", tx("LOCATION;LANGUAGE=fr-FR", "Salle Confluence (RDC)"),
                      *outlook_tail("BUSY")]], tzs=(RST,))))

    uid = "bldx-zoom-rop-9930@zoom.us"
    out.append(Ev("zoom-hm-fr", "fr", uid, 1, "Biolyon Diagnostics", "Responsable des opérations cliniques",
                  "hiring_manager", "a.fontaine@bldx.fr", "abbrev-domain", cal("-//zoom.us//iCalendar Event//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261019T150000Z",
                      "DTSTART;TZID=Europe/Paris:20261023T110000", "DTEND;TZID=Europe/Paris:20261023T120000",
                      tx("SUMMARY", "Entretien avec la responsable du recrutement - Responsable des opérations "
                         "cliniques"),
                      "ORGANIZER;CN=Amandine Fontaine:mailto:a.fontaine@bldx.fr",
                      tx("DESCRIPTION", "Entretien avec Amandine Fontaine, Directrice des opérations, Biolyon "
                         "Diagnostics (laboratoire d'analyses vétérinaires).\n\n"
                         + zoom("fr", uid, "Amandine Fontaine")),
                      "LOCATION:Zoom"]], method="PUBLISH", tzs=("Europe/Paris",))))

    uid = "canidor-2e-tour@google.com"
    out.append(Ev("founder-free-fr", "fr", uid, 1, "Canidor", "Responsable relations vétérinaires",
                  "hiring_manager", "thomas.bernard.canidor@free.fr", "freemail-founder", cal(GOOGLE, [[
                      "DTSTART;TZID=Europe/Paris:20261104T170000", "DTEND;TZID=Europe/Paris:20261104T174500",
                      "DTSTAMP:20261030T190000Z",
                      "ORGANIZER;CN=Thomas Bernard:mailto:thomas.bernard.canidor@free.fr", f"UID:{uid}",
                      g_att("thomas.bernard.canidor@free.fr", "Thomas Bernard", "ACCEPTED"), g_att(ME),
                      tx("DESCRIPTION", "Salut Aoife, comme promis le 2e entretien pour le poste de responsable "
                         "relations vétérinaires chez Canidor (croquettes bio, Villeurbanne). On parlera de ton "
                         "plan pour les 90 premiers jours. Thomas, fondateur\n\n" + meet("fr", uid)),
                      "SEQUENCE:0", "STATUS:CONFIRMED", tx("SUMMARY", "Aoife / Canidor - 2e entretien"),
                      "TRANSP:OPAQUE"]], tzs=("Europe/Paris",))))

    uid = "veterecrute-pradel-118@veterecrute.fr"
    out.append(Ev("agency-fr", "fr", uid, 1, "Laboratoires Pradel", "Responsable grands comptes vétérinaires",
                  "", "e.moreau@pradel-sa.com", "agency-names-employer", cal(OUTLOOK16, [[
                      "ORGANIZER;CN=Nathalie Perrin (Vétérecrute):mailto:n.perrin@veterecrute.fr",
                      o_att(ME, "Aoife Brennan"), o_att("e.moreau@pradel-sa.com", "Moreau Étienne"),
                      tx("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Aoife,\n\nJe vous confirme votre entretien avec "
                         "mon client, Laboratoires Pradel Santé Animale, pour le poste de Responsable grands "
                         "comptes vétérinaires. Vous échangerez avec Étienne Moreau, directeur commercial. Je ne "
                         "participe pas à l'entretien.\n\nNathalie Perrin - Cabinet Vétérecrute\n\n"
                         + teams("fr", uid)),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=fr-FR", "Entretien Laboratoires Pradel - A. Brennan"),
                      f"DTSTART;TZID={RST}:20261105T093000", "DTEND;TZID=Romance Standard Time:20261105T103000",
                      "DTSTAMP:20261029T100000Z", *outlook_tail()]], tzs=(RST,))))

    uid = "vetoptim-tech-77@google.com"
    out.append(Ev("title-x-fr", "fr", uid, 1, "Vétoptim", "", "technical", "lucas.petit@vetoptim.fr",
                  "title-only", cal(GOOGLE, [[
                      "DTSTART:20261111T130000Z", "DTEND:20261111T140000Z", "DTSTAMP:20261106T120000Z",
                      "ORGANIZER;CN=Lucas Petit:mailto:lucas.petit@vetoptim.fr", f"UID:{uid}",
                      g_att("lucas.petit@vetoptim.fr", "Lucas Petit", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Échange technique (2e étape) : mise en situation sur un protocole "
                         "d'anesthésie.\n\n" + meet("fr", uid)),
                      "SEQUENCE:0", "STATUS:CONFIRMED", tx("SUMMARY", "Aoife Brennan x Vétoptim"),
                      "TRANSP:OPAQUE"]])))

    uid = "wd-auvergne-biovet-R2291@myworkday.com"
    out.append(Ev("workday-fr", "fr", uid, 1, "Auvergne BioVet", "Chargé(e) d'affaires réglementaires",
                  "recruiter_screen", "marion.chevalier@auvergne-biovet.com", "ats-workday",
                  cal("-//Workday//Calendar//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261020T070000Z",
                      "DTSTART:20261027T090000Z", "DTEND:20261027T093000Z",
                      "ORGANIZER;CN=Auvergne BioVet Recrutement:mailto:auvergnebiovet@myworkday.com",
                      g_att(ME, "Aoife Brennan"),
                      g_att("marion.chevalier@auvergne-biovet.com", "Marion Chevalier"),
                      tx("SUMMARY", "Entretien téléphonique : Chargé(e) d'affaires réglementaires (R2291)"),
                      tx("DESCRIPTION", "Madame Brennan,\n\nMarion Chevalier, chargée de recrutement, vous "
                         "appellera pour un premier entretien téléphonique d'environ 30 minutes.\n\n"
                         "Auvergne BioVet - Recrutement"),
                      "LOCATION:Téléphone"]])))

    uid = "heliavet-annul-5@heliavet.fr"
    out.append(Ev("cancelled-fr", "fr", uid, 1, "Hélia Vet", "Déléguée vétérinaire Rhône-Alpes", "hiring_manager",
                  "o.garnier@heliavet.fr", "cancelled", cal(APPLE, [[
                      f"UID:{uid}", "DTSTAMP:20261108T101000Z", "SEQUENCE:2", "STATUS:CANCELLED",
                      "DTSTART;TZID=Europe/Paris:20261112T150000", "DTEND;TZID=Europe/Paris:20261112T160000",
                      "ORGANIZER;CN=Olivier Garnier:mailto:o.garnier@heliavet.fr",
                      "ATTENDEE;CN=Aoife Brennan;PARTSTAT=ACCEPTED:mailto:" + ME,
                      "ATTENDEE;CN=Olivier Garnier;PARTSTAT=ACCEPTED:mailto:o.garnier@heliavet.fr",
                      tx("SUMMARY", "Annulé : Entretien - Déléguée vétérinaire Rhône-Alpes"),
                      tx("DESCRIPTION", "Entretien avec le responsable régional annulé, le poste est gelé. "
                         "Toutes nos excuses.")]], method="CANCEL", tzs=("Europe/Paris",))))
    return out


def _de() -> list[Ev]:
    out: list[Ev] = []
    uid = "040000008200E00074C5B7101A82E00800000000TIERWOHLMSL"
    out.append(Ev("teams-hm-de", "de", uid, 1, "Tierwohl Pharma", "Medical Science Liaison Kleintier",
                  "hiring_manager", "k.albrecht@tierwohl-pharma.de", "", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Albrecht, Katrin:mailto:k.albrecht@tierwohl-pharma.de",
                      o_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION;LANGUAGE=de-DE", "Liebe Frau Brennan,\n\nvielen Dank für Ihre Bewerbung "
                         "als Medical Science Liaison Kleintier (m/w/d). Gerne lade ich Sie zu einem "
                         "Vorstellungsgespräch mit mir als Fachvorgesetzter ein. Das Gespräch findet auf Englisch "
                         "statt.\n\nMit freundlichen Grüßen\nDr. Katrin Albrecht\nLeitung Medical Affairs\n"
                         "Tierwohl Pharma GmbH\n\n" + teams("de", uid)),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=de-DE", "Vorstellungsgespräch MSL Kleintier - Brennan"),
                      f"DTSTART;TZID={WST}:20261015T140000", f"DTEND;TZID={WST}:20261015T150000",
                      "DTSTAMP:20261008T090000Z", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
                      *outlook_tail()]], tzs=(WST,))))

    uid = "recruitee-mainvet-2nd-3391@recruitee.com"
    out.append(Ev("recruitee-de", "de", uid, 1, "Mainvet Diagnostik", "Wissenschaftliche Kundenbetreuung",
                  "technical", "j.wagner@mainvet.de;l.hoffmann@mainvet.de", "ats-recruitee",
                  cal("-//Recruitee//Recruitee Calendar//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261021T100000Z",
                      "DTSTART:20261028T130000Z", "DTEND:20261028T140000Z",
                      tx("SUMMARY", "Zweitgespräch | Wissenschaftliche Kundenbetreuung (m/w/d) | Mainvet"),
                      "ORGANIZER;CN=Mainvet Diagnostik GmbH:mailto:karriere@mainvet.recruitee.com",
                      g_att("j.wagner@mainvet.de", "Jana Wagner"), g_att("l.hoffmann@mainvet.de", "Lars Hoffmann"),
                      g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Hallo Aoife,\nim Zweitgespräch sprechen Sie mit Jana Wagner "
                         "(Laborleitung) und Lars Hoffmann (Vertrieb) über Befundinterpretation und "
                         "Kundenanfragen aus Tierarztpraxen.\n\n" + webex("de", uid, "mainvet")),
                      "LOCATION:Webex"]])))

    uid = "wd-rmvp-R1107-tel@myworkday.com"
    out.append(Ev("workday-de", "de", uid, 1, "Rhein-Main Vet Pharma", "Außendienstmitarbeiter/in Nutztier",
                  "recruiter_screen", "sabine.keller@rmvp.de", "abbrev-domain", cal("-//Workday//Calendar//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261012T060000Z",
                      "DTSTART;TZID=Europe/Berlin:20261019T100000", "DTEND;TZID=Europe/Berlin:20261019T103000",
                      "ORGANIZER;CN=RMVP Recruiting:mailto:rmvp@myworkday.com",
                      g_att(ME, "Aoife Brennan"), g_att("sabine.keller@rmvp.de", "Sabine Keller"),
                      tx("SUMMARY", "Telefoninterview: Außendienstmitarbeiter/in Nutztier (R1107)"),
                      tx("DESCRIPTION", "Sehr geehrte Frau Brennan,\nSabine Keller aus dem Recruiting der "
                         "Rhein-Main Vet Pharma AG ruft Sie zum vereinbarten Zeitpunkt an.\nViele Grüße"),
                      "LOCATION:Telefon"]], tzs=("Europe/Berlin",))))

    uid = "hellersohn-vorort-0411@hellersohn.de"
    out.append(Ev("onsite-room-de", "de", uid, 1, "Heller & Sohn Futtermittel", "Fachberater/in Heimtiernahrung",
                  "onsite", "m.heller@hellersohn.de;t.kraus@hellersohn.de", "room-resource", cal(OUTLOOK16, [[
                      "ORGANIZER;CN=Personalabteilung Heller & Sohn:mailto:personal@hellersohn.de",
                      o_att(ME, "Aoife Brennan"), o_att("m.heller@hellersohn.de", "Heller, Markus"),
                      o_att("t.kraus@hellersohn.de", "Kraus, Tanja"),
                      room("raum-main@hellersohn.de", "Besprechungsraum Main (EG)"),
                      tx("DESCRIPTION;LANGUAGE=de-DE", "Vor-Ort-Gespräch für die Position Fachberater/in "
                         "Heimtiernahrung.\nGesprächspartner: Markus Heller (Geschäftsführer), Tanja Kraus "
                         "(Vertriebsleitung).\nAdresse: Heller & Sohn Futtermittel GmbH & Co. KG, Hanauer "
                         "Landstraße 211, 60314 Frankfurt am Main."),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=de-DE", "Vor-Ort-Gespräch Frau Brennan"),
                      f"DTSTART;TZID={WST}:20261106T100000", f"DTEND;TZID={WST}:20261106T113000",
                      "DTSTAMP:20261027T080000Z", tx("LOCATION;LANGUAGE=de-DE", "Besprechungsraum Main (EG)"),
                      *outlook_tail("BUSY")]], tzs=(WST,))))

    uid = "vetalytica-fach-3@webex.com"
    out.append(Ev("webex-tech-de", "de", uid, 1, "Vetalytica", "Clinical Operations Specialist", "technical",
                  "d.schulz@vetalytica.de", "", cal("-//Cisco//Webex//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261030T100000Z",
                      "DTSTART:20261103T140000Z", "DTEND:20261103T150000Z",
                      "ORGANIZER;CN=Dennis Schulz:mailto:d.schulz@vetalytica.de",
                      g_att(ME, "Aoife Brennan"), g_att("d.schulz@vetalytica.de", "Dennis Schulz", "ACCEPTED"),
                      tx("SUMMARY", "Fachgespräch Clinical Operations Specialist - Vetalytica GmbH"),
                      tx("DESCRIPTION", "Fachliches Interview mit Dennis Schulz (Head of Clinical Operations). "
                         "Bitte bereiten Sie ein Beispiel aus Ihrer Praxis zu Studienprotokollen vor.\n\n"
                         + webex("de", uid, "vetalytica")),
                      "LOCATION:Webex"]])))

    uid = "pfotenwerk-kennenlernen@gmx.de"
    out.append(Ev("kennenlernen-founder-de", "de", uid, 1, "Pfotenwerk", "Clinical Operations Manager",
                  "hiring_manager", "felix.brandt@gmx.de", "kennenlernen-is-interview", cal(GOOGLE, [[
                      "DTSTART;TZID=Europe/Berlin:20261021T180000", "DTEND;TZID=Europe/Berlin:20261021T184500",
                      "DTSTAMP:20261016T110000Z", "ORGANIZER;CN=Felix Brandt:mailto:felix.brandt@gmx.de",
                      f"UID:{uid}", g_att("felix.brandt@gmx.de", "Felix Brandt", "ACCEPTED"),
                      g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Hi Aoife, wie besprochen unser erstes Gespräch zur Stelle Clinical "
                         "Operations Manager bei Pfotenwerk (Tele-Tiermedizin, Frankfurt/remote). Ich bin "
                         "Gründer und entscheide über die Stelle. Gerne auf Englisch!\nFelix\n\n"
                         + meet("de", uid) + "\n\n" + google_footer("de", ME)),
                      "SEQUENCE:0", "STATUS:CONFIRMED", tx("SUMMARY", "Kennenlernen Pfotenwerk / Aoife"),
                      "TRANSP:OPAQUE"]], tzs=("Europe/Berlin",))))

    uid = "personio-vetora-8821@personio.de"
    out.append(Ev("personio-de", "de", uid, 1, "Vetora", "Key Account Manager:in Tiermedizin", "",
                  "n.vogel@vetora.de;o.yilmaz@vetora.de", "ats-personio",
                  cal("-//Personio GmbH//Personio Recruiting//DE", [[
                      f"UID:{uid}", "DTSTAMP:20261101T090000Z",
                      "DTSTART:20261109T100000Z", "DTEND:20261109T110000Z",
                      "ORGANIZER;CN=Vetora AG via Personio:mailto:no-reply@personio.de",
                      g_att(ME, "Aoife Brennan"), g_att("n.vogel@vetora.de", "Nina Vogel"),
                      g_att("o.yilmaz@vetora.de", "Onur Yilmaz"),
                      tx("SUMMARY", "Interview: Aoife Brennan - Key Account Manager:in Tiermedizin"),
                      tx("DESCRIPTION", "Termin: Interview für die Stelle Key Account Manager:in Tiermedizin "
                         "bei der Vetora AG.\nTeilnehmende: Nina Vogel, Onur Yilmaz\n\n" + teams("de", uid)),
                      "LOCATION:Microsoft Teams"]])))

    uid = "kranich-abschluss-1@kranich-tg.de"
    out.append(Ev("final-gf-de", "de", uid, 1, "Kranich Tiergesundheit", "Produktmanager/in Pferd", "final",
                  "w.kranich@kranich-tg.de", "abbrev-domain", cal(APPLE, [[
                      "CREATED:20261109T100000Z", "DTSTAMP:20261109T100000Z", f"UID:{uid}",
                      "DTSTART;TZID=Europe/Berlin:20261117T110000", "DTEND;TZID=Europe/Berlin:20261117T123000",
                      "ORGANIZER;CN=Wolfgang Kranich:mailto:w.kranich@kranich-tg.de",
                      "ATTENDEE;CN=Aoife Brennan;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
                      tx("SUMMARY", "Abschlussgespräch - Produktmanagement Pferd"),
                      tx("DESCRIPTION", "Abschlussgespräch (Produktmanager/in Pferd) mit Geschäftsführer "
                         "Wolfgang Kranich in Bad Homburg. "
                         "Anschließend gemeinsames Mittagessen."),
                      tx("LOCATION", "Kranich Tiergesundheit GmbH\nLouisenstraße 90\n61348 Bad Homburg"),
                      "SEQUENCE:0"]], tzs=("Europe/Berlin",))))

    uid = "hirschberg-biovet-07@hirschberg-personal.de"
    out.append(Ev("agency-de", "de", uid, 1, "Biovet Hessen", "Regional Sales Manager Kleintier", "",
                  "a.fischer@biovet-hessen.de;r.neumann@biovet-hessen.de", "agency-names-employer", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Hirschberg Personalberatung - Sven Ott:mailto:s.ott@hirschberg-personal.de",
                      o_att(ME, "Aoife Brennan"), o_att("a.fischer@biovet-hessen.de", "Fischer, Anja"),
                      o_att("r.neumann@biovet-hessen.de", "Neumann, Ralf"),
                      o_att("s.ott@hirschberg-personal.de", "Ott, Sven", role="OPT-PARTICIPANT"),
                      tx("DESCRIPTION;LANGUAGE=de-DE", "Hallo Frau Brennan,\nhiermit bestätige ich Ihr Interview "
                         "bei unserem Mandanten Biovet Hessen GmbH (Regional Sales Manager Kleintier). "
                         "Gesprächspartner: Anja Fischer (Vertriebsdirektorin), Ralf Neumann (HR). Ich wähle "
                         "mich nur zur Begrüßung kurz ein.\nSven Ott\n\n" + teams("de", uid)),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=de-DE", "Interview Biovet Hessen GmbH / Aoife Brennan"),
                      f"DTSTART;TZID={WST}:20261112T090000", f"DTEND;TZID={WST}:20261112T100000",
                      "DTSTAMP:20261105T090000Z", *outlook_tail()]], tzs=(WST,))))
    return out


def _es() -> list[Ev]:
    out: list[Ev] = []
    uid = "040000008200E00074C5B7101A82E00800000000CALVETDT01"
    out.append(Ev("teams-es", "es", uid, 1, "Laboratorios Calvet", "Delegada técnica veterinaria Irlanda y Reino Unido",
                  "technical", "j.ortega@calvet.es;m.sanz@calvet.es", "", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Ortega Javier:mailto:j.ortega@calvet.es",
                      o_att(ME, "Aoife Brennan"), o_att("m.sanz@calvet.es", "Sanz Marta"),
                      tx("DESCRIPTION;LANGUAGE=es-ES", "Hola Aoife:\n\nTe confirmo la entrevista técnica para el "
                         "puesto de Delegada técnica veterinaria (Irlanda y Reino Unido). Estaremos Marta Sanz "
                         "(Dirección Técnica) y yo.\n\nUn saludo,\nJavier Ortega\nLaboratorios Calvet, S.A.\n\n"
                         + teams("es", uid)),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=es-ES", "Entrevista técnica - Aoife Brennan"),
                      f"DTSTART;TZID={RST}:20261022T100000", f"DTEND;TZID={RST}:20261022T110000",
                      "DTSTAMP:20261015T100000Z", "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
                      *outlook_tail()]], tzs=(RST,))))

    uid = "nutripet-rrhh-01@google.com"
    out.append(Ev("google-rrhh-es", "es", uid, 1, "Nutripet Ibérica", "Key Account Manager Clínicas",
                  "recruiter_screen", "laura.gil@nutripet.es", "", cal(GOOGLE, [[
                      "DTSTART;TZID=Europe/Madrid:20261026T120000", "DTEND;TZID=Europe/Madrid:20261026T123000",
                      "DTSTAMP:20261020T083000Z", "ORGANIZER;CN=Laura Gil:mailto:laura.gil@nutripet.es",
                      f"UID:{uid}", g_att("laura.gil@nutripet.es", "Laura Gil", "ACCEPTED"), g_att(ME),
                      tx("DESCRIPTION", "Primera entrevista con RR. HH. para la vacante de Key Account Manager "
                         "Clínicas (remoto, Irlanda). Duración aprox. 30 min.\n\n" + meet("es", uid) + "\n\n"
                         + google_footer("es", ME)),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Entrevista con RR. HH. - Nutripet Ibérica S.L."), "TRANSP:OPAQUE"]],
                      tzs=("Europe/Madrid",))))

    uid = "fhuellas-coord-2026@fhuellas.org"
    out.append(Ev("charity-es", "es", uid, 1, "Fundación Huellas", "Coordinadora de programas veterinarios",
                  "hiring_manager", "r.molina@fhuellas.org", "abbrev-domain", cal(GOOGLE, [[
                      "DTSTART:20261029T160000Z", "DTEND:20261029T170000Z", "DTSTAMP:20261023T101500Z",
                      "ORGANIZER;CN=Rocío Molina:mailto:r.molina@fhuellas.org", f"UID:{uid}",
                      g_att("r.molina@fhuellas.org", "Rocío Molina", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Entrevista para el puesto de Coordinadora de programas veterinarios "
                         "(esterilización y adopciones). Te entrevisto yo como directora del área.\n\n"
                         + zoom("es", uid, "Rocío Molina")),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Entrevista - Coordinación de programas veterinarios"), "TRANSP:OPAQUE"]])))

    uid = "lsa-vet-2a-entrevista@zoom.us"
    out.append(Ev("zoom-es", "es", uid, 1, "Laboratorios Sierra Alta", "Técnica de farmacovigilancia veterinaria",
                  "technical", "p.navarro@lsa-vet.es;i.romero@lsa-vet.es", "abbrev-domain",
                  cal("-//zoom.us//iCalendar Event//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261103T120000Z",
                      "DTSTART;TZID=Europe/Madrid:20261110T100000", "DTEND;TZID=Europe/Madrid:20261110T110000",
                      tx("SUMMARY", "Segunda entrevista (técnica) - Farmacovigilancia veterinaria"),
                      "ORGANIZER;CN=Pilar Navarro:mailto:p.navarro@lsa-vet.es",
                      "ATTENDEE;CN=Aoife Brennan;RSVP=TRUE:mailto:" + ME,
                      "ATTENDEE;CN=Iván Romero;RSVP=TRUE:mailto:i.romero@lsa-vet.es",
                      tx("DESCRIPTION", "Segunda entrevista con Pilar Navarro (QPPV) e Iván Romero. "
                         "Laboratorios Sierra Alta.\n\n" + zoom("es", uid, "Pilar Navarro")),
                      "LOCATION:Zoom"]], method="REQUEST", tzs=("Europe/Madrid",))))

    uid = "f41c2e0b-vetnova-final@calendly.com"
    out.append(Ev("calendly-es", "es", uid, 1, "Vetnova Health", "Head of Clinical Operations", "final",
                  "diego.ferrer@vetnova.health", "scheduler-calendly", cal("-//Calendly//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261115T090000Z",
                      "DTSTART:20261119T150000Z", "DTEND:20261119T160000Z",
                      tx("SUMMARY", "Entrevista final: Aoife Brennan y Diego Ferrer"),
                      "ORGANIZER;CN=Diego Ferrer:mailto:diego.ferrer@vetnova.health",
                      "ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + ME,
                      tx("DESCRIPTION", "Nombre del evento: Entrevista final - Head of Clinical Operations\n\n"
                         "Ubicación: Google Meet\nhttps://meet.google.com/vtn-qqwe-rty\n\n¿Necesitas hacer "
                         "cambios?\nCancelar: https://calendly.com/cancellations/f41c2e0b\n\nCon la tecnología "
                         "de Calendly.com"),
                      "LOCATION:https://meet.google.com/vtn-qqwe-rty"]], method="PUBLISH")))

    uid = "talentovet-zoovital-33@talentovet.es"
    out.append(Ev("agency-es", "es", uid, 1, "Grupo Zoovital", "Responsable de operaciones clínicas", "",
                  "c.vidal@zoovital.com", "agency-names-employer", cal(GOOGLE, [[
                      "DTSTART:20261124T110000Z", "DTEND:20261124T120000Z", "DTSTAMP:20261117T080000Z",
                      "ORGANIZER;CN=Andrea Ruiz - Talento Vet:mailto:andrea.ruiz@talentovet.es", f"UID:{uid}",
                      g_att("andrea.ruiz@talentovet.es", "Andrea Ruiz - Talento Vet", "ACCEPTED",
                            "OPT-PARTICIPANT"),
                      g_att("c.vidal@zoovital.com", "Carlos Vidal"), g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Hola Aoife, te paso la entrevista con nuestro cliente Grupo Zoovital "
                         "(red de hospitales veterinarios) para Responsable de operaciones clínicas. Te "
                         "entrevista Carlos Vidal, director de operaciones. Yo solo coordino.\n\n"
                         + meet("es", uid)),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Entrevista Grupo Zoovital - Aoife Brennan (Talento Vet)"),
                      "TRANSP:OPAQUE"]])))

    uid = "huellitas-mateo-2@outlook.es"
    out.append(Ev("founder-outlook-es", "es", uid, 1, "Huellitas", "Veterinary Partnerships Lead", "hiring_manager",
                  "mateo.lara@outlook.es", "freemail-founder", cal(OUTLOOK16, [[
                      "ORGANIZER;CN=Mateo Lara:mailto:mateo.lara@outlook.es", o_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION;LANGUAGE=es-ES", "Hola Aoife, segunda charla sobre el puesto de Veterinary "
                         "Partnerships Lead en Huellitas (app de cuidado de mascotas). Esta vez con más detalle "
                         "sobre objetivos y salario. Mateo (CEO y cofundador)\n\n" + teams("es", uid)),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=es-ES", "Entrevista con Mateo (Huellitas)"),
                      f"DTSTART;TZID={RST}:20261126T180000", f"DTEND;TZID={RST}:20261126T184500",
                      "DTSTAMP:20261120T200000Z", *outlook_tail()]], tzs=(RST,))))
    return out
