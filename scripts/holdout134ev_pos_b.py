"""holdout134 positives (part B): London store, Italian leather house, Monaco jeweller, perfumer, Paris brands."""

from __future__ import annotations

from holdout134ev_ics import TZ_GMT_STD, TZ_LONDON, TZ_MONACO, TZ_PARIS, TZ_UTC1_PARIS, Ev, cal


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(Ev("greenhouse-hm-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-1187802291@harrowgatefinch.co.uk
DTSTAMP:20250318T101010Z
DTSTART;TZID=Europe/London:20250325T150000
DTEND;TZID=Europe/London:20250325T160000
SUMMARY:Interview: Head of Clienteling - Chloé Marchand / Sarah Whitcombe
ORGANIZER;CN=Harrowgate & Finch Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Sarah Whitcombe:mailto:sarah.whitcombe@harrowgatefinch.co.uk
LOCATION:Zoom https://harrowgatefinch.zoom.us/j/91022873310
DESCRIPTION:Hi Chloé\,\n\nNext step: a one-hour video interview with Sarah Whitcombe\, Director of
  Personal Shopping & Clienteling\, who would be your line manager.\n\nJoin Zoom Meeting:
  https://harrowgatefinch.zoom.us/j/91022873310\nMeeting ID: 910 2287 3310\n\nIf you have any
  questions please contact Priya Raman.
END:VEVENT
""", prodid="-//Greenhouse Software//Greenhouse Recruiting//EN", tz=(TZ_LONDON,)),
        "greenhouse-interview-1187802291@harrowgatefinch.co.uk", 1, "Harrowgate & Finch", "Head of Clienteling",
        "hiring_manager", "sarah.whitcombe@harrowgatefinch.co.uk", "greenhouse-zoom-hm-en"))

    out.append(Ev("goodtime-final-panel-en", cal(r"""
BEGIN:VEVENT
UID:gt-3d4b7a10c2e94f87b1a5@goodtime.io
DTSTAMP:20250403T140022Z
DTSTART:20250410T090000Z
DTEND:20250410T123000Z
SUMMARY:Final Round - Head of Clienteling - Harrowgate & Finch (Knightsbridge)
ORGANIZER;CN=Tom Ashdown (Interview Coordinator):mailto:tom.ashdown@harrowgatefinch.co.uk
ATTENDEE;CN=Chloé Marchand;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Sarah Whitcombe:mailto:sarah.whitcombe@harrowgatefinch.co.uk
ATTENDEE;CN=James O'Connell:mailto:james.oconnell@harrowgatefinch.co.uk
ATTENDEE;CN=Fiona Mbeki:mailto:fiona.mbeki@harrowgatefinch.co.uk
ATTENDEE;CUTYPE=ROOM;CN=KB-5-Brompton Room:mailto:kb5.brompton@harrowgatefinch.co.uk
LOCATION:KB-5-Brompton Room\, 87-135 Brompton Road\, London SW1X
DESCRIPTION:Your schedule (UK time):\n10:00 Welcome - Tom Ashdown (coordinator)\n10:15 Shop-floor
  walk & clienteling role play - Fiona Mbeki\, Fine Jewellery Floor Manager\n11:00 Commercial case
  - James O'Connell\, Retail Director\n11:45 Wrap-up - Sarah Whitcombe\n\nPlease bring photo ID for
  security. Reasonable travel expenses from Paris will be reimbursed.\n\nScheduled with GoodTime
END:VEVENT
""", prodid="-//GoodTime.io//Hire//EN"),
        "gt-3d4b7a10c2e94f87b1a5@goodtime.io", 1, "Harrowgate & Finch", "Head of Clienteling", "final",
        "sarah.whitcombe@harrowgatefinch.co.uk;james.oconnell@harrowgatefinch.co.uk;fiona.mbeki@harrowgatefinch.co.uk",
        "goodtime-panel-coordinator-en"))

    out.append(Ev("lever-hm-en", cal(r"""
BEGIN:VEVENT
UID:lever-9c2a1e6f-0b58-4d8f-b3f2-bellacqua-int1
DTSTAMP:20250320T150500Z
DTSTART;TZID=Europe/Paris:20250327T170000
DTEND;TZID=Europe/Paris:20250327T174500
SUMMARY:Bellacqua | Boutique Director - Paris Avenue Montaigne | Interview with Giulia Ferraresi
ORGANIZER;CN=Giulia Ferraresi:mailto:giulia.ferraresi@bellacqua.it
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Giulia Ferraresi:mailto:giulia.ferraresi@bellacqua.it
LOCATION:https://bellacqua.zoom.us/j/93177642021
DESCRIPTION:Interview scheduled via Lever.\n\nCandidate: Chloé Marchand\nPosition: Boutique
  Director - Paris Avenue Montaigne\nInterviewer: Giulia Ferraresi\, Regional Director Western
  Europe\n\nJoin Zoom: https://bellacqua.zoom.us/j/93177642021 (Meeting ID 931 7764 2021)
END:VEVENT
""", prodid="-//Lever//Lever Hire//EN", tz=(TZ_PARIS,)),
        "lever-9c2a1e6f-0b58-4d8f-b3f2-bellacqua-int1", 1, "Bellacqua", "Boutique Director - Paris Avenue Montaigne",
        "hiring_manager", "giulia.ferraresi@bellacqua.it", "lever-zoom-en"))

    # X-WR-TIMEZONE, Google export, floating local times
    out.append(Ev("google-xwr-final-en", cal(r"""
BEGIN:VEVENT
DTSTART:20250409T100000
DTEND:20250409T113000
DTSTAMP:20250402T090233Z
ORGANIZER;CN=Giulia Ferraresi:mailto:giulia.ferraresi@bellacqua.it
UID:1t0v4ud7qk9m2n5b8c3x6z1a4s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.marchand.re
 tail@orange.fr;X-NUM-GUESTS=0:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Giulia
  Ferraresi;X-NUM-GUESTS=0:mailto:giulia.ferraresi@bellacqua.it
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paolo
  Sartori;X-NUM-GUESTS=0:mailto:paolo.sartori@bellacqua.it
SUMMARY:Final interview - Country Manager France / Chloé Marchand
LOCATION:Bellacqua France\, 41 avenue Montaigne\, 75008 Paris
DESCRIPTION:Chloé\, as agreed\, the last meeting is with Paolo Sartori (Country Manager France). I
  will join as well. See you at the boutique - ask for me at the desk.\n\nGiulia
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", head=("X-WR-CALNAME:Giulia Ferraresi", "X-WR-TIMEZONE:Europe/Paris")),
        "1t0v4ud7qk9m2n5b8c3x6z1a4s@google.com", 1, "Bellacqua", "", "final",
        "paolo.sartori@bellacqua.it;giulia.ferraresi@bellacqua.it", "google-xwr-floating-final-en"))

    out.append(Ev("apple-direct-monaco-fr", cal(r"""
BEGIN:VEVENT
UID:A4C1E9D2-7B3F-4F60-8E21-ARDITI-MC-0422
DTSTAMP:20250415T170301Z
DTSTART;TZID=Europe/Monaco:20250422T110000
DTEND;TZID=Europe/Monaco:20250422T120000
SUMMARY:Entretien poste Responsable Boutique - Monte-Carlo
ORGANIZER;CN=Francesca Arditi:mailto:f.arditi@arditi-mc.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:chloe.marchand.retail@orange.fr
LOCATION:Arditi Joaillier\, 17 avenue des Beaux-Arts\, 98000 Monaco
DESCRIPTION:Chère Madame\,\n\nComme convenu par téléphone\, je vous attends à la boutique. Mon
  père\, Lorenzo Arditi\, se joindra à nous.\n\nCordialement\,\nFrancesca Arditi\nDirectrice
  générale
SEQUENCE:0
END:VEVENT
""", prodid="apple", tz=(TZ_MONACO,)),
        "A4C1E9D2-7B3F-4F60-8E21-ARDITI-MC-0422", 1, "Arditi", "Responsable Boutique - Monte-Carlo", "",
        "f.arditi@arditi-mc.com;Lorenzo Arditi", "apple-direct-family-fr"))

    out.append(Ev("teamtailor-screen-fr", cal(r"""
BEGIN:VEVENT
UID:teamtailor-meeting-1f2e8b7c-6d6a-4b1e-a3c0-lutece
DTSTAMP:20250303T120001Z
DTSTART:20250307T130000Z
DTEND:20250307T133000Z
SUMMARY:Lutèce Parfums x Chloé Marchand - Premier échange
ORGANIZER;CN=Inès Cherki:mailto:ines.cherki@lutece-parfums.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Inès Cherki:mailto:ines.cherki@lutece-parfums.com
LOCATION:Microsoft Teams
DESCRIPTION:Poste : Responsable Formation Retail (Retail Training Manager) - CDI
  Paris\n\n________________________________________________________________________________\nRéunion
  Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_LuTq\nID de
  la réunion : 318 004 557 900\nCode secret :
  4Hs9Uq\n________________________________________________________________________________\n\nEnvoyé
  avec Teamtailor
END:VEVENT
""", prodid="-//Teamtailor//Teamtailor//EN"),
        "teamtailor-meeting-1f2e8b7c-6d6a-4b1e-a3c0-lutece", 1, "Lutèce Parfums", "Responsable Formation Retail",
        "recruiter_screen", "ines.cherki@lutece-parfums.com", "teamtailor-premier-echange-fr"))

    out.append(Ev("practical-training-fr", cal(r"""
BEGIN:VEVENT
UID:lutece-miseensituation-20250318-chloem@lutece-parfums.com
DTSTAMP:20250311T090909Z
DTSTART;TZID=Europe/Paris:20250318T140000
DTEND;TZID=Europe/Paris:20250318T153000
SUMMARY:Mise en situation - animation d'une formation (Resp. Formation Retail)
ORGANIZER;CN=Inès Cherki:mailto:ines.cherki@lutece-parfums.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Audrey Sanchez;ROLE=REQ-PARTICIPANT:mailto:audrey.sanchez@lutece-parfums.com
ATTENDEE;CN=Damien Roux;ROLE=REQ-PARTICIPANT:mailto:damien.roux@lutece-parfums.com
ATTENDEE;CN=Inès Cherki;ROLE=OPT-PARTICIPANT:mailto:ines.cherki@lutece-parfums.com
LOCATION:Lutèce Parfums - Siège\, 22 rue du Faubourg Saint-Honoré\, Paris 8e - salle Iris
DESCRIPTION:Chloé\,\n\nComme annoncé\, nous vous demandons d'animer une séquence de formation de 20
  minutes sur le thème « accueillir une cliente qui découvre la maison » devant Audrey Sanchez
  (Directrice Retail France) et Damien Roux (Formateur national)\, qui joueront les conseillers.
  Puis 45 minutes d'échange.\n\nÀ bientôt\,\nInès
END:VEVENT
""", tz=(TZ_PARIS,)),
        "lutece-miseensituation-20250318-chloem@lutece-parfums.com", 1, "Lutèce Parfums",
        "Resp. Formation Retail", "technical", "audrey.sanchez@lutece-parfums.com;damien.roux@lutece-parfums.com",
        "practical-roleplay-fr"))

    out.append(Ev("outlook-utc-label-final-fr", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000LUTECE9
DTSTAMP:20250321T080012Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250401T100000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250401T110000
ORGANIZER;CN="Sanchez, Audrey":mailto:audrey.sanchez@lutece-parfums.com
ATTENDEE;CN="chloe.marchand.retail@orange.fr";RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN="Hallé, Victoire";ROLE=REQ-PARTICIPANT:mailto:victoire.halle@lutece-parfums.com
SUMMARY;LANGUAGE=fr-FR:Entretien avec Victoire Hallé - Directrice Retail Europe
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Chloé\, dernière étape avant décision : Victoire souhaite vous
  rencontrer.\n\n________________________________________________________________________________\nR
 éunion Microsoft Teams\nParticipez à partir de votre ordinateur\, de votre application mobile ou
  de votre appareil de salle\nCliquez ici pour participer à la réunion\nID de la réunion : 355 901
  225 774\nCode secret : tA2p9K\n___________________________________________________________________
 _____________
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Chloé\, dernière étape avant décision :
  Victoire souhaite vous rencontrer.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="outlook", tz=(TZ_UTC1_PARIS,)),
        "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000LUTECE9", 1,
        "Lutèce Parfums", "", "final", "victoire.halle@lutece-parfums.com", "outlook-utc-label-final-fr"))

    out.append(Ev("wttj-meet-fr", cal(r"""
BEGIN:VEVENT
UID:wttj-ats-interview-5a7f0e44b1@welcometothejungle.com
DTSTAMP:20250402T154433Z
DTSTART;TZID=Europe/Paris:20250409T093000
DTEND;TZID=Europe/Paris:20250409T101500
SUMMARY:Entretien Ombelline - Area Manager Île-de-France
ORGANIZER;CN=Ombelline via Welcome to the Jungle:mailto:ats-noreply@welcometothejungle.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Romane Lestrade:mailto:romane@ombelline.fr
LOCATION:https://meet.google.com/omb-ykzr-pda
DESCRIPTION:Bonjour Chloé\,\n\nVous avez rendez-vous avec Romane Lestrade\, Talent Acquisition\,
  pour le poste d'Area Manager Île-de-France (6 boutiques).\n\nRejoindre avec Google
  Meet\nmeet.google.com/omb-ykzr-pda\nOu appeler le : (FR) +33 1 87 40 42 18 Code : 911 442
  055#\n\nL'équipe Ombelline
END:VEVENT
""", prodid="-//Welcome to the Jungle//ATS//FR", tz=(TZ_PARIS,)),
        "wttj-ats-interview-5a7f0e44b1@welcometothejungle.com", 1, "Ombelline", "Area Manager Île-de-France",
        "recruiter_screen", "romane@ombelline.fr", "wttj-meet-fr"))

    out.append(Ev("hand-terse-hm-fr", cal(r"""
BEGIN:VEVENT
UID:hand-ombelline-2-20250416@chloe.marchand.retail
DTSTAMP:20250410T211500Z
DTSTART:20250416T183000
DTEND:20250416T193000
SUMMARY:Ombelline 2e entretien - Directeur réseau (M. Caradec)
LOCATION:Siège Ombelline\, 9 rue Vieille-du-Temple
DESCRIPTION:après la boutique. CV + chiffres 2024
END:VEVENT
""", prodid="ios", method=None),
        "hand-ombelline-2-20250416@chloe.marchand.retail", 1, "Ombelline", "", "hiring_manager", "M. Caradec",
        "hand-floating-fr"))

    out.append(Ev("calendly-screen-fr", cal(r"""
BEGIN:VEVENT
UID:calendly-7f4e2b60-3cde-4b9a-8f11-0b6a2a1e9d73
DTSTAMP:20250317T120512Z
DTSTART:20250320T081500Z
DTEND:20250320T084500Z
SUMMARY:Échange 30 min - Directeur·rice de boutique entre Juliette Hamon et Chloé Marchand
ORGANIZER;CN=Juliette Hamon:mailto:juliette.hamon@sauveterre.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
LOCATION:Téléphone : Juliette vous appellera au +33 6 12 xx xx 09
DESCRIPTION:Nom de l'événement : Échange 30 min - Directeur·rice de boutique\n\nQui : Juliette
  Hamon (Talent Acquisition Sauveterre)\nQuand : jeudi 20 mars 2025 09:15\n\nRéponses du formulaire
  :\nBoutique actuelle : Maison Valois - Saint-Honoré\nDisponibilité : 3 mois\n\nAnnuler :
  https://calendly.com/cancellations/7f4e2b60\nReprogrammer :
  https://calendly.com/reschedulings/7f4e2b60\n\nOptimisé par Calendly.com
END:VEVENT
""", prodid="-//Calendly//Calendly//EN"),
        "calendly-7f4e2b60-3cde-4b9a-8f11-0b6a2a1e9d73", 1, "Sauveterre", "Directeur·rice de boutique",
        "recruiter_screen", "juliette.hamon@sauveterre.com", "calendly-invitee-phone-fr"))

    out.append(Ev("hand-terse-dr-fr", cal(r"""
BEGIN:VEVENT
UID:B1F7F3E2-0E2C-4C7B-9A55-6C0D1E2F3A4B
DTSTAMP:20250326T073012Z
DTSTART;TZID=Europe/Paris:20250402T143000
DTEND;TZID=Europe/Paris:20250402T153000
SUMMARY:Sauveterre entretien DR 14h30 rue Cambon
DESCRIPTION:Mme Aubert\, DR Paris. Parler clienteling + turnover équipe
END:VEVENT
""", prodid="ios", method=None, tz=(TZ_PARIS,)),
        "B1F7F3E2-0E2C-4C7B-9A55-6C0D1E2F3A4B", 1, "Sauveterre", "", "hiring_manager", "Mme Aubert",
        "hand-terse-dr-fr"))

    out.append(Ev("outlook-gmt-onsite-en", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000HAUTEVILLE2B01000000000000000010000000A2B3C4
DTSTAMP:20250502T093000Z
DTSTART;TZID=GMT Standard Time:20250513T110000
DTEND;TZID=GMT Standard Time:20250513T123000
ORGANIZER;CN="Pennington, Rupert":mailto:rupert.pennington@hautevillediamonds.com
ATTENDEE;CN="Chloe Marchand";RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN="Lowe, Georgina";ROLE=REQ-PARTICIPANT:mailto:georgina.lowe@hautevillediamonds.com
SUMMARY;LANGUAGE=en-GB:Second interview - Boutique Manager\, Burlington Arcade
LOCATION;LANGUAGE=en-GB:Hauteville\, 14 Burlington Arcade\, London W1J
DESCRIPTION;LANGUAGE=en-GB:Dear Chloe\,\n\nThank you for your time on the phone. Georgina (Retail
  Operations Director) and I would like to meet you at the boutique\; we'll also ask you to take us
  through how you'd handle a VIC appointment.\n\nKind regards\,\nRupert Pennington\nManaging
  Director
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="outlook", tz=(TZ_GMT_STD,)),
        "040000008200E00074C5B7101A82E00800000000HAUTEVILLE2B01000000000000000010000000A2B3C4", 1,
        "Hauteville", "Boutique Manager, Burlington Arcade", "onsite",
        "rupert.pennington@hautevillediamonds.com;georgina.lowe@hautevillediamonds.com", "outlook-gmt-escaped-en"))

    out.append(Ev("phone-screen-en", cal(r"""
BEGIN:VEVENT
UID:hauteville-phone-20250429-0930@hautevillediamonds.com
DTSTAMP:20250424T161200Z
DTSTART;TZID=Europe/London:20250429T093000
DTEND;TZID=Europe/London:20250429T100000
SUMMARY:Telephone call - Chloe Marchand re Boutique Manager vacancy
ORGANIZER;CN=HR - Hauteville Diamonds:mailto:people@hautevillediamonds.com
ATTENDEE;CN=Chloe Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Kirsty Allen:mailto:kirsty.allen@hautevillediamonds.com
LOCATION:Kirsty will call you on +33 6 xx xx xx 41
DESCRIPTION:Initial telephone interview (c. 30 min) with Kirsty Allen\, HR Manager\, for the
  Boutique Manager position in our Burlington Arcade store.
END:VEVENT
""", tz=(TZ_LONDON,)),
        "hauteville-phone-20250429-0930@hautevillediamonds.com", 1, "Hauteville",
        "Boutique Manager", "recruiter_screen", "kirsty.allen@hautevillediamonds.com", "phone-screen-en"))
    return out
