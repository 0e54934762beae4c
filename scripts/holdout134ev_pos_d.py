"""holdout134 positives (part D): Geneva, startups, London, recurring, cancelled, German, agency."""

from __future__ import annotations

from holdout134ev_ics import TZ_LONDON, TZ_MONACO, TZ_PARIS, TZ_ROMANCE, TZ_UTC1_BERNE, TZ_ZURICH, Ev, cal


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(Ev("outlook-berne-sentby-final-fr", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AURELE0520DB01000000000000000010000000D0E1F2
DTSTAMP:20250512T121500Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne":20250520T140000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne":20250520T151500
ORGANIZER;CN="Aurèle, Jean-Baptiste";SENT-BY="mailto:secretariat.direction@aurele-horlogers.ch":mail
 to:jb.aurele@aurele-horlogers.ch
ATTENDEE;CN="Marchand, Chloé";RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN="Secrétariat de Direction";ROLE=NON-PARTICIPANT:mailto:secretariat.direction@aurele-horl
 ogers.ch
SUMMARY;LANGUAGE=fr-CH:Entretien final - Directrice Boutique Genève / Mme Marchand
LOCATION;LANGUAGE=fr-CH:Aurèle Horlogers\, Quai du Mont-Blanc 9\, Genève - bureau de M. Aurèle
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nSur demande de M. Jean-Baptiste Aurèle\, Président\, nous
  avons le plaisir de vous convier à un dernier entretien.\n\nAvec nos meilleures salutations\,\nLe
  Secrétariat de Direction
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Madame\,</p><p>Sur demande de M. Jean-Baptiste Aurèle\,
  Président\, nous avons le plaisir de vous convier à un dernier entretien.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="outlook", tz=(TZ_UTC1_BERNE,)),
        "040000008200E00074C5B7101A82E00800000000AURELE0520DB01000000000000000010000000D0E1F2", 1,
        "Aurèle Horlogers", "Directrice Boutique Genève", "final", "jb.aurele@aurele-horlogers.ch",
        "outlook-berne-sentby-final-fr"))

    out.append(Ev("founder-proton-en", cal(r"""
BEGIN:VEVENT
DTSTART:20250403T170000Z
DTEND:20250403T174500Z
DTSTAMP:20250331T200014Z
ORGANIZER;CN=Hugo Lemercier:mailto:hugo.lemercier@proton.me
UID:b9c7e4a2f01d4c3e@proton.me
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Hugo Lemercier;PARTSTAT=ACCEPTED:mailto:hugo.lemercier@proton.me
SUMMARY:Brumaire x Chloé — Head of Retail
LOCATION:https://meet.google.com/bru-mair-eee
DESCRIPTION:Hey Chloé\, thanks for replying on LinkedIn. Quick video chat about leading retail at
  Brumaire (our 2 Paris stores + the Marais flagship opening in September). I'm the co-founder\, so
  it'll be informal but it is an interview :)\nHugo
END:VEVENT
""", prodid="-//Proton AG//ProtonCalendar 1.0.0//EN"),
        "b9c7e4a2f01d4c3e@proton.me", 1, "Brumaire", "Head of Retail", "hiring_manager",
        "hugo.lemercier@proton.me", "founder-proton-en"))

    out.append(Ev("culture-fit-nostage-fr", cal(r"""
BEGIN:VEVENT
UID:opaline-cf-20250417-1000@opaline-paris.com
DTSTAMP:20250411T090000Z
DTSTART;TZID=Europe/Paris:20250417T100000
DTEND;TZID=Europe/Paris:20250417T104500
SUMMARY:Opaline - échange culture & valeurs (Responsable Retail & Clienteling)
ORGANIZER;CN=Manon Delcourt:mailto:manon@opaline-paris.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Manon Delcourt:mailto:manon@opaline-paris.com
ATTENDEE;CN=Sacha Benoît:mailto:sacha@opaline-paris.com
LOCATION:Opaline - atelier\, 31 rue Charlot
DESCRIPTION:Un moment pour vous présenter l'équipe et nos valeurs\, et mieux vous connaître. Café
  compris ☕
END:VEVENT
""", tz=(TZ_PARIS,)),
        "opaline-cf-20250417-1000@opaline-paris.com", 1, "Opaline", "Responsable Retail & Clienteling", "",
        "manon@opaline-paris.com;sacha@opaline-paris.com", "culture-fit-nostage-fr"))

    out.append(Ev("thunderbird-hm-en", cal(r"""
BEGIN:VEVENT
CREATED:20250407T154210Z
LAST-MODIFIED:20250407T154355Z
DTSTAMP:20250407T154355Z
UID:e1f3a5c7-2b4d-4f6a-8c0e-kensingtonrow-int
SUMMARY:Interview - Store Manager Mayfair (Kensington Row)
ORGANIZER;CN=Edmund Hale:mailto:edmund.hale@kensingtonrow.co.uk
ATTENDEE;CN=Chloé Marchand;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chloe.marchan
 d.retail@orange.fr
ATTENDEE;CN=Edmund Hale;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:edmund.hale@kensingtonrow.co.uk
DTSTART;TZID=Europe/London:20250414T100000
DTEND;TZID=Europe/London:20250414T110000
LOCATION:Kensington Row\, 22 Mount Street\, London W1K
DESCRIPTION:Chloé - as promised\, an hour with me at the Mount Street shop. I run retail for the
  brand. Ed
X-MOZ-SEND-INVITATIONS:TRUE
SEQUENCE:0
END:VEVENT
""", prodid="thunderbird", tz=(TZ_LONDON,)),
        "e1f3a5c7-2b4d-4f6a-8c0e-kensingtonrow-int", 1, "Kensington Row", "Store Manager Mayfair",
        "hiring_manager", "edmund.hale@kensingtonrow.co.uk", "thunderbird-direct-en"))

    out.append(Ev("recurring-immersion-override-fr", cal(r"""
BEGIN:VEVENT
UID:vernier-immersion-cmarchand-2025@vernier-freres.fr
DTSTAMP:20250422T100000Z
DTSTART;TZID=Europe/Paris:20250505T093000
DTEND;TZID=Europe/Paris:20250505T130000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Immersion en boutique - recrutement Directeur·rice Boutique Faubourg (Vernier Frères)
ORGANIZER;CN=Gaëlle Morin:mailto:gaelle.morin@vernier-freres.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Stéphane Vernier:mailto:stephane.vernier@vernier-freres.fr
LOCATION:Vernier Frères\, 56 rue du Faubourg Saint-Honoré
DESCRIPTION:Deux demi-journées d'immersion avec Stéphane Vernier (Directeur Commercial) :
  observation de l'équipe\, ouverture\, puis restitution de vos recommandations. Gaëlle Morin (RH)
  organise.
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:vernier-immersion-cmarchand-2025@vernier-freres.fr
RECURRENCE-ID;TZID=Europe/Paris:20250506T093000
DTSTAMP:20250429T100000Z
DTSTART;TZID=Europe/Paris:20250506T140000
DTEND;TZID=Europe/Paris:20250506T183000
SUMMARY:Immersion en boutique (jour 2 - après-midi) - restitution - Vernier Frères
ORGANIZER;CN=Gaëlle Morin:mailto:gaelle.morin@vernier-freres.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Stéphane Vernier:mailto:stephane.vernier@vernier-freres.fr
LOCATION:Vernier Frères\, 56 rue du Faubourg Saint-Honoré
DESCRIPTION:Jour 2 décalé à l'après-midi : restitution à 17h devant Stéphane Vernier.
SEQUENCE:1
END:VEVENT
""", tz=(TZ_PARIS,)),
        "vernier-immersion-cmarchand-2025@vernier-freres.fr", 1, "Vernier Frères",
        "Directeur·rice Boutique Faubourg", "onsite", "stephane.vernier@vernier-freres.fr",
        "recurring-override-immersion-fr"))

    out.append(Ev("flatchr-visio-fr", cal(r"""
BEGIN:VEVENT
UID:flatchr-rdv-61d0a9b2-eclat@flatchr.io
DTSTAMP:20250317T090000Z
DTSTART;TZID=Europe/Paris:20250324T110000
DTEND;TZID=Europe/Paris:20250324T114500
SUMMARY:Entretien visio - Responsable Formation Retail - Éclat Beauté
ORGANIZER;CN=Éclat Beauté - Recrutement:mailto:recrutement@eclat-beaute.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Jessica Nguyen:mailto:j.nguyen@eclat-beaute.fr
LOCATION:Google Meet
DESCRIPTION:Bonjour Chloé\,\n\nJessica Nguyen\, chargée de recrutement\, vous rencontrera en
  visio.\nLien : https://meet.google.com/ecl-bxqa-yrt\n\nRDV planifié avec Flatchr
END:VEVENT
""", prodid="-//Flatchr//Flatchr ATS//FR", tz=(TZ_PARIS,)),
        "flatchr-rdv-61d0a9b2-eclat@flatchr.io", 1, "Éclat Beauté", "Responsable Formation Retail",
        "recruiter_screen", "j.nguyen@eclat-beaute.fr", "flatchr-visio-fr"))

    out.append(Ev("method-cancel-fr", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000GMONTAIGNE11DB01000000000000000010000000F0A1B2
DTSTAMP:20250404T163000Z
DTSTART;TZID=Romance Standard Time:20250408T100000
DTEND;TZID=Romance Standard Time:20250408T110000
ORGANIZER;CN="Castel, Florence":mailto:florence.castel@galeries-montaigne.fr
ATTENDEE;CN="Chloé Marchand";ROLE=REQ-PARTICIPANT:mailto:chloe.marchand.retail@orange.fr
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien - Manager de Département Horlogerie
LOCATION;LANGUAGE=fr-FR:Galeries Montaigne - bureaux RH\, 4e étage
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\, le poste ayant été pourvu en interne\, nous devons annuler
  notre entretien. Nous conservons votre candidature. Florence Castel\, Responsable Recrutement
STATUS:CANCELLED
SEQUENCE:1
PRIORITY:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
""", prodid="outlook", method="CANCEL", tz=(TZ_ROMANCE,)),
        "040000008200E00074C5B7101A82E00800000000GMONTAIGNE11DB01000000000000000010000000F0A1B2", 1,
        "Galeries Montaigne", "Manager de Département Horlogerie", "", "florence.castel@galeries-montaigne.fr",
        "method-cancel-outlook-fr"))

    out.append(Ev("status-cancelled-monaco-fr", cal(r"""
BEGIN:VEVENT
UID:prb-entretien-am-0417@palaisriviera.mc
DTSTAMP:20250414T080000Z
DTSTART;TZID=Europe/Monaco:20250417T150000
DTEND;TZID=Europe/Monaco:20250417T160000
SUMMARY:ANNULÉ - Entretien Area Manager Monaco (Palais Riviera Boutiques)
ORGANIZER;CN=Sébastien Rinaldi:mailto:s.rinaldi@palaisriviera.mc
ATTENDEE;CN=Chloé Marchand;PARTSTAT=DECLINED:mailto:chloe.marchand.retail@orange.fr
STATUS:CANCELLED
SEQUENCE:3
LOCATION:Palais Riviera\, Place du Casino
DESCRIPTION:Entretien reporté sine die (gel du recrutement). Désolé.
END:VEVENT
""", tz=(TZ_MONACO,)),
        "prb-entretien-am-0417@palaisriviera.mc", 1, "Palais Riviera Boutiques", "Area Manager Monaco", "",
        "s.rinaldi@palaisriviera.mc", "status-cancelled-fr"))

    out.append(Ev("taleez-nostage-fr", cal(r"""
BEGIN:VEVENT
UID:taleez-interview-283344-theodora@taleez.com
DTSTAMP:20250408T080808Z
DTSTART;TZID=Europe/Paris:20250415T173000
DTEND;TZID=Europe/Paris:20250415T181500
SUMMARY:Rendez-vous Maison Théodora - candidature Responsable Boutique Saint-Germain
ORGANIZER;CN=Maison Théodora:mailto:noreply@taleez.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Alix Fontenay:mailto:alix.fontenay@maisontheodora.com
LOCATION:Maison Théodora\, 27 rue du Bac\, Paris 7e
DESCRIPTION:Vous rencontrerez Alix Fontenay. Merci de confirmer votre présence.\n\nCe rendez-vous a
  été planifié via Taleez.
END:VEVENT
""", prodid="-//Taleez//Taleez//FR", tz=(TZ_PARIS,)),
        "taleez-interview-283344-theodora@taleez.com", 1, "Maison Théodora", "Responsable Boutique Saint-Germain",
        "", "alix.fontenay@maisontheodora.com", "taleez-nostage-fr"))

    out.append(Ev("softgarden-final-de", cal(r"""
BEGIN:VEVENT
UID:softgarden-appointment-7719203-bergmann@softgarden.io
DTSTAMP:20250428T070000Z
DTSTART;TZID=Europe/Zurich:20250506T100000
DTEND;TZID=Europe/Zurich:20250506T113000
SUMMARY:Zweitgespräch mit der Geschäftsleitung - Store Managerin Zürich Bahnhofstrasse
ORGANIZER;CN=Bergmann Uhren & Schmuck AG:mailto:noreply@softgarden.io
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Reto Bergmann:mailto:reto.bergmann@bergmann-uhren.ch
ATTENDEE;CN=Claudia Vogel:mailto:claudia.vogel@bergmann-uhren.ch
LOCATION:Bergmann Uhren & Schmuck\, Bahnhofstrasse 44\, 8001 Zürich
DESCRIPTION:Sehr geehrte Frau Marchand\,\n\nwir freuen uns\, Sie zum Zweitgespräch mit unserem
  Geschäftsführer Reto Bergmann und Claudia Vogel (Leiterin Personal) einzuladen. Bitte melden Sie
  sich am Empfang im 2. OG.\n\nMit freundlichen Grüssen\nIhr Bergmann-Team\n\n(Termin verwaltet
  über softgarden)
END:VEVENT
""", prodid="-//softgarden e-recruiting GmbH//softgarden//DE", tz=(TZ_ZURICH,)),
        "softgarden-appointment-7719203-bergmann@softgarden.io", 1, "Bergmann Uhren & Schmuck",
        "Store Managerin Zürich Bahnhofstrasse", "final",
        "reto.bergmann@bergmann-uhren.ch;claudia.vogel@bergmann-uhren.ch", "softgarden-zweitgespraech-de"))

    out.append(Ev("agency-client-meeting-fr", cal(r"""
BEGIN:VEVENT
UID:altitude-rdvclient-cm-2291@altitude-luxury.com
DTSTAMP:20250505T120000Z
DTSTART;TZID=Europe/Paris:20250512T090000
DTEND;TZID=Europe/Paris:20250512T100000
SUMMARY:Altitude x Chloé Marchand - RDV client Peyrac
ORGANIZER;CN=Benjamin Sitbon | Altitude Luxury Recruitment:mailto:b.sitbon@altitude-luxury.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Delphine Peyrac:mailto:delphine.peyrac@joaillerie-peyrac.fr
LOCATION:Joaillerie Peyrac\, 2 rue de Castiglione\, Paris 1er
DESCRIPTION:Chloé\,\nComme convenu\, voici l'invitation pour votre rencontre avec Delphine Peyrac\,
  Directrice Générale de la Joaillerie Peyrac\, pour le poste de Directrice de Boutique
  Castiglione. Je ne serai pas présent ; débrief par téléphone ensuite.\nBenjamin
END:VEVENT
""", tz=(TZ_PARIS,)),
        "altitude-rdvclient-cm-2291@altitude-luxury.com", 1, "Joaillerie Peyrac", "Directrice de Boutique Castiglione",
        "hiring_manager", "delphine.peyrac@joaillerie-peyrac.fr", "agency-rdv-client-fr"))
    return out
