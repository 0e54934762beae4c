"""holdout134 negatives: personal appointments and the boutique's daily life."""

from __future__ import annotations

from holdout134ev_ics import TZ_PARIS, Ev, cal


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(_neg("doctolib-medecin-fr", cal(r"""
BEGIN:VEVENT
UID:doctolib-appointment-412887301
DTSTAMP:20250310T200000Z
DTSTART:20250314T071500Z
DTEND:20250314T073000Z
SUMMARY:RDV Dr Benhamou - Médecine générale
LOCATION:Cabinet médical\, 18 rue de Turbigo\, 75002 Paris
DESCRIPTION:Consultation de médecine générale. Pensez à votre carte Vitale. Pour annuler :
  doctolib.fr
END:VEVENT
""", prodid="-//Doctolib//Doctolib//FR"),
        "doctolib-appointment-412887301", "doctor-fr"))

    out.append(_neg("pole-sante-fr", cal(r"""
BEGIN:VEVENT
UID:B0C1D2E3-F4A5-4B6C-8D7E-POLESANTE
DTSTAMP:20250320T200000Z
DTSTART;TZID=Europe/Paris:20250326T081500
DTEND;TZID=Europe/Paris:20250326T091500
SUMMARY:Pôle santé - bilan + prise de sang (à jeun)
LOCATION:Pôle santé Sorbier\, Paris 20e
END:VEVENT
""", prodid="ios", method=None, tz=(TZ_PARIS,)),
        "B0C1D2E3-F4A5-4B6C-8D7E-POLESANTE", "health-centre-fr"))

    out.append(_neg("creche-fr", cal(r"""
BEGIN:VEVENT
UID:creche-petits-lutins-reunion-0402@gmail.com
DTSTAMP:20250325T100000Z
DTSTART;TZID=Europe/Paris:20250402T183000
DTEND;TZID=Europe/Paris:20250402T193000
SUMMARY:Réunion parents crèche Les Petits Lutins - entretien individuel avec la directrice
ORGANIZER;CN=Crèche Les Petits Lutins:mailto:creche.petitslutins75@gmail.com
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:Crèche Les Petits Lutins\, 5 rue des Vinaigriers
DESCRIPTION:Point sur l'adaptation de Louise et le passage chez les grands en septembre.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "creche-petits-lutins-reunion-0402@gmail.com", "childcare-entretien-fr"))

    out.append(_neg("banque-fr", cal(r"""
BEGIN:VEVENT
UID:rdv-conseiller-credit-immo-88120@banque-rivegauche.fr
DTSTAMP:20250401T100000Z
DTSTART;TZID=Europe/Paris:20250405T100000
DTEND;TZID=Europe/Paris:20250405T110000
SUMMARY:Rendez-vous avec votre conseillère - projet immobilier
ORGANIZER;CN=Élodie Marsan - Banque Rive Gauche:mailto:elodie.marsan@banque-rivegauche.fr
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:Agence Paris République
DESCRIPTION:Merci d'apporter vos 3 derniers bulletins de salaire et votre dernier avis d'imposition.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "rdv-conseiller-credit-immo-88120@banque-rivegauche.fr", "bank-fr"))

    out.append(_neg("visa-biometrics-en", cal(r"""
BEGIN:VEVENT
UID:ukvcas-appointment-PAR-20250528-0930
DTSTAMP:20250520T100000Z
DTSTART:20250528T073000Z
DTEND:20250528T081500Z
SUMMARY:UK Visa Application Centre - biometric appointment (Skilled Worker)
LOCATION:UK Visa Application Centre Paris
DESCRIPTION:Please bring your passport\, appointment confirmation and supporting documents. Arrive
  no more than 15 minutes before your appointment.
END:VEVENT
""", prodid="-//TLScontact//Appointments//EN"),
        "ukvcas-appointment-PAR-20250528-0930", "visa-appointment-en"))

    out.append(_neg("school-fr", cal(r"""
BEGIN:VEVENT
UID:ecole-maternelle-reunion-rentree-0606@ac-paris.fr
DTSTAMP:20250520T100000Z
DTSTART;TZID=Europe/Paris:20250606T170000
DTEND;TZID=Europe/Paris:20250606T180000
SUMMARY:Réunion d'information inscription école maternelle Vertbois
LOCATION:École maternelle\, 12 rue Vertbois
END:VEVENT
""", tz=(TZ_PARIS,)),
        "ecole-maternelle-reunion-rentree-0606@ac-paris.fr", "school-fr"))

    out.append(_neg("entretien-chaudiere-fr", cal(r"""
BEGIN:VEVENT
UID:entretien-chaudiere-2025-cm@thermiservices.fr
DTSTAMP:20250401T100000Z
DTSTART;TZID=Europe/Paris:20250412T080000
DTEND;TZID=Europe/Paris:20250412T120000
SUMMARY:Entretien annuel chaudière - créneau 8h-12h
ORGANIZER;CN=Thermi Services:mailto:rdv@thermiservices.fr
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:Domicile
DESCRIPTION:Le technicien vous appellera 30 min avant son arrivée.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "entretien-chaudiere-2025-cm@thermiservices.fr", "maintenance-entretien-word-fr"))

    out.append(_neg("brief-recurring-fr", cal(r"""
BEGIN:VEVENT
UID:valois-brief-ouverture-sthonore@maison-valois-paris.fr
DTSTAMP:20250101T100000Z
DTSTART;TZID=Europe/Paris:20250106T094500
DTEND;TZID=Europe/Paris:20250106T100000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA
SUMMARY:Brief ouverture
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Équipe Saint-Honoré:mailto:equipe.sthonore@maison-valois-paris.fr
LOCATION:Boutique
DESCRIPTION:Objectifs du jour\, RDV clients\, arrivages\, point VM.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-brief-ouverture-sthonore@maison-valois-paris.fr", "internal-recurring-brief-fr"))

    out.append(_neg("inventaire-allday-fr", cal(r"""
BEGIN:VEVENT
UID:valois-inventaire-annuel-2025@maison-valois-paris.fr
DTSTAMP:20250301T100000Z
DTSTART;VALUE=DATE:20250630
DTEND;VALUE=DATE:20250701
SUMMARY:Inventaire annuel - boutique fermée
ORGANIZER;CN=Logistique Retail:mailto:logistique@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
END:VEVENT
"""),
        "valois-inventaire-annuel-2025@maison-valois-paris.fr", "internal-inventory-allday-fr"))

    out.append(_neg("vm-fr", cal(r"""
BEGIN:VEVENT
UID:valois-vm-vitrine-ss25@maison-valois-paris.fr
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Paris:20250317T073000
DTEND;TZID=Europe/Paris:20250317T100000
SUMMARY:VM - changement vitrines SS25
ORGANIZER;CN=Nora Lambert (VM):mailto:n.lambert@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Boutique Saint-Honoré
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-vm-vitrine-ss25@maison-valois-paris.fr", "internal-vm-fr"))

    out.append(_neg("visite-dr-fr", cal(r"""
BEGIN:VEVENT
UID:valois-visite-dr-0319@maison-valois-paris.fr
DTSTAMP:20250310T100000Z
DTSTART;TZID=Europe/Paris:20250319T140000
DTEND;TZID=Europe/Paris:20250319T170000
SUMMARY:Visite DR - Sylvie L.
ORGANIZER;CN=Sylvie Lefèvre:mailto:s.lefevre@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
DESCRIPTION:Revue KPI T1\, plan clienteling\, planning été\, point recrutements en cours.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-visite-dr-0319@maison-valois-paris.fr", "internal-dr-visit-fr"))

    out.append(_neg("clienteling-event-fr", cal(r"""
BEGIN:VEVENT
UID:valois-soiree-vic-0522@maison-valois-paris.fr
DTSTAMP:20250501T100000Z
DTSTART;TZID=Europe/Paris:20250522T190000
DTEND;TZID=Europe/Paris:20250522T220000
SUMMARY:Soirée clienteling VIC - présentation collection Croisière
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Équipe Saint-Honoré:mailto:equipe.sthonore@maison-valois-paris.fr
LOCATION:Boutique Saint-Honoré - salon privé
DESCRIPTION:40 clientes confirmées. Champagne + traiteur. Chaque conseiller invite 4 clientes.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-soiree-vic-0522@maison-valois-paris.fr", "internal-client-event-fr"))

    out.append(_neg("training-run-fr", cal(r"""
BEGIN:VEVENT
UID:valois-formation-clienteling-0410@maison-valois-paris.fr
DTSTAMP:20250401T100000Z
DTSTART;TZID=Europe/Paris:20250410T083000
DTEND;TZID=Europe/Paris:20250410T094500
SUMMARY:Formation clienteling équipe - suivi post-achat & WhatsApp Business
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Équipe Saint-Honoré:mailto:equipe.sthonore@maison-valois-paris.fr
LOCATION:Réserve 1er étage
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-formation-clienteling-0410@maison-valois-paris.fr", "internal-training-fr"))

    out.append(_neg("supplier-visit-de", cal(r"""
BEGIN:VEVENT
UID:lieferant-besuch-lederwaren-0325@kaltenbach-leder.de
DTSTAMP:20250318T100000Z
DTSTART;TZID=Europe/Paris:20250325T110000
DTEND;TZID=Europe/Paris:20250325T120000
SUMMARY:Besuch Kaltenbach Leder - Präsentation Pflegeprodukte für Boutique-Teams
ORGANIZER;CN=Jonas Kaltenbach:mailto:j.kaltenbach@kaltenbach-leder.de
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Maison Valois\, 211 rue Saint-Honoré
DESCRIPTION:Guten Tag Frau Marchand\, wie besprochen stelle ich Ihnen unsere Pflegeprodukte und die
  Schulung für Ihr Verkaufsteam vor. Beste Grüsse\, Jonas Kaltenbach
END:VEVENT
""", tz=(TZ_PARIS,)),
        "lieferant-besuch-lederwaren-0325@kaltenbach-leder.de", "supplier-visit-de"))

    out.append(_neg("client-appointment-es", cal(r"""
BEGIN:VEVENT
UID:valois-cita-clienta-vip-0426@maison-valois-paris.fr
DTSTAMP:20250420T100000Z
DTSTART;TZID=Europe/Paris:20250426T160000
DTEND;TZID=Europe/Paris:20250426T173000
SUMMARY:Cita privada - Sra. Valeria Montemayor (clienta VIC\, Ciudad de México)
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Valeria Montemayor:mailto:vmontemayor@prodigy.net.mx
LOCATION:Maison Valois - salón privado
DESCRIPTION:Estimada Sra. Montemayor\, confirmamos su cita privada para descubrir la colección
  Croisière. Le esperamos con mucho gusto. Chloé Marchand
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-cita-clienta-vip-0426@maison-valois-paris.fr", "client-appointment-es"))

    out.append(_neg("english-class-en", cal(r"""
BEGIN:VEVENT
UID:business-english-lesson-14-cmarchand@speakup-paris.com
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Paris:20250402T190000
DTEND;TZID=Europe/Paris:20250402T200000
SUMMARY:Business English - lesson 14: job interview role-plays
ORGANIZER;CN=Speak Up Paris:mailto:planning@speakup-paris.com
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:Online classroom
DESCRIPTION:With your teacher Oliver: answering behavioural questions\, talking about your
  achievements\, salary negotiation vocabulary.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "business-english-lesson-14-cmarchand@speakup-paris.com", "class-interview-practice-en"))
    return out
