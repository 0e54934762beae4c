"""holdout75: the user on the hiring side (junior-entreprise, rocket club board, TD tutors)."""

from __future__ import annotations

from holdout75ev_ics import EXCHANGE, GOOGLE, IOS, OUTLOOK, PARIS, ROMANCE, WORK, cal, google_footer, meet, neg

EVENTS: list[dict[str, str]] = []

_G_ATT = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT="


def _google(uid: str, start: str, end: str, organizer: str, attendees: list[tuple[str, str, str]],
            extra: str = "") -> str:
    """Raw Google VEVENT text with {S}/{D} placeholders (attendees: name, address, partstat)."""
    att = "\n".join(f"{_G_ATT}{p};CN={n};X-NUM-GUESTS=0:mailto:{a}" for n, a, p in attendees)
    org_name = next((n for n, a, _ in attendees if a == organizer), organizer)
    return f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:{start}
DTEND;TZID=Europe/Paris:{end}
DTSTAMP:20251001T080000Z
ORGANIZER;CN={org_name}:mailto:{organizer}
UID:{uid}@google.com
{att}
{extra}
DESCRIPTION:{{D}}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{{S}}
TRANSP:OPAQUE
END:VEVENT"""


# Junior-entreprise interview the user runs, candidate on gmail.
EVENTS.append(neg("je-interview-google-fr", cal(_google(
    "4ab8cd2ef0gh6ij2kl8mn4op0q", "20251008T180000", "20251008T183000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("Camille Durand", "camille.durand@etu-isaero.fr", "ACCEPTED"),
     ("lucas.martin.2004@gmail.com", "lucas.martin.2004@gmail.com", "NEEDS-ACTION")],
    "X-GOOGLE-CONFERENCE:https://meet.google.com/isc-qlte-rec"), GOOGLE, tzs=(PARIS,),
    S="Entretien recrutement ISAERO Conseil – Lucas Martin (pôle Qualité)",
    D="Bonjour Lucas,\n\nMerci pour ta candidature au pôle Qualité d'ISAERO Conseil ! Camille et moi te "
      "recevrons pour un entretien de 30 minutes : motivation, disponibilités, une petite mise en situation.\n\n"
      "Nadia – Responsable RH, ISAERO Conseil\n\n" + meet("fr", "isc-qlte-rec", "204 551 879")
      + google_footer("fr", WORK)),
    "user-as-interviewer-je-candidate-gmail-fr"))

# Calendly with the user as host: a candidate booked her slot.
EVENTS.append(neg("calendly-host-fr", cal("""
    BEGIN:VEVENT
    UID:c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@calendly.com
    DTSTAMP:20250929T174400Z
    DTSTART:20251002T160000Z
    DTEND:20251002T162000Z
    SUMMARY:{S}
    ORGANIZER;CN=Nadia Benali:mailto:""" + WORK + """
    ATTENDEE;CN=Yasmine Kaci;PARTSTAT=ACCEPTED:mailto:yasmine.kaci@hotmail.fr
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + WORK + """
    LOCATION:Local du TRC, bâtiment E, salle E014
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Calendly//Calendly//EN",
    S="Entretien candidature bureau TRC between Nadia Benali and Yasmine Kaci",
    D="Event Name: Entretien candidature bureau TRC\n\nLocation: Local du TRC, bâtiment E, salle E014\n\n"
      "Invitee: Yasmine Kaci\nInvitee Email: yasmine.kaci@hotmail.fr\n\nQuestions:\nPoste visé au bureau\n"
      "Trésorière\nPourquoi toi ?\nJ'ai géré le budget du gala de prépa et je veux m'impliquer dans le projet "
      "de fusée expérimentale.\n\nView event in Calendly: https://calendly.com/events/c1d2e3f4\n\nPowered by "
      "Calendly.com"),
    "user-as-interviewer-calendly-host-fr"))

# Scorecards to fill, typed by the user.
EVENTS.append(neg("scorecard-note-fr", cal("""
    BEGIN:VEVENT
    UID:5B1D7E3A-9C2F-4A6B-8E0D-3F7A1C5B9D24
    DTSTAMP:20251009T214011Z
    DTSTART:20251010T123000
    DTEND:20251010T130000
    SUMMARY:Remplir grilles d'évaluation entretiens JE (Hugo L.\\, Maëlle R.)
    DESCRIPTION:{D}
    END:VEVENT
    """, IOS, method=None,
    D="à rendre à Léna avant 18h\nnoter motivation / rigueur / aisance client sur 5\nmettre commentaires "
      "dans le Drive Recrutement 2026"),
    "user-as-interviewer-scorecard-note-fr"))

# Debrief of the board interviews.
EVENTS.append(neg("debrief-board-fr", cal(_google(
    "9rs3tu7vw1xy5za9bc3de7fg1h", "20251015T190000", "20251015T200000", "bastien.roques@etu-isaero.fr",
    [("Bastien Roques", "bastien.roques@etu-isaero.fr", "ACCEPTED"), ("Nadia Benali", WORK, "NEEDS-ACTION"),
     ("Camille Durand", "camille.durand@etu-isaero.fr", "ACCEPTED"),
     ("Yanis Ferhat", "yanis.ferhat@etu-isaero.fr", "ACCEPTED")],
    "LOCATION:Local TRC (E014)"), GOOGLE, tzs=(PARIS,),
    S="Débrief entretiens bureau TRC 2025-26",
    D="On fait le tour des 9 candidats vus cette semaine (trésorerie, com, pôle propulsion) et on se met "
      "d'accord sur les profils à retenir. Ramenez vos notes d'entretien.\nBastien" + google_footer(
          "fr", "bastien.roques@etu-isaero.fr")),
    "user-as-interviewer-debrief-fr"))

# Recruitment panel the user sits on, candidate list in the body.
EVENTS.append(neg("panel-jury-fr", cal(_google(
    "2ij6kl0mn4op8qr2st6uv0wx4y", "20251011T100000", "20251011T123000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("Yanis Ferhat", "yanis.ferhat@etu-isaero.fr", "ACCEPTED"),
     ("Jeanne Cabrol", "jeanne.cabrol@etu-isaero.fr", "ACCEPTED")],
    "LOCATION:Salle B212"), GOOGLE, tzs=(PARIS,),
    S="Jury entretiens TRC – candidats pôle Propulsion",
    D="Jury : Nadia, Yanis, Jeanne\n\n10h00 Arthur Pons (arthur.pons@etu-isaero.fr)\n10h30 Sofia Mendes "
      "(sofia.mendes.pt@gmail.com)\n11h00 Noé Garrigues\n11h30 Emma Lacoste\n12h00 délibération\n\nGrille "
      "commune dans le Drive." + google_footer("fr", WORK)),
    "user-as-interviewer-panel-fr"))

# Shadowing: the user observes a colleague interviewing.
EVENTS.append(neg("shadow-interview-fr", cal(_google(
    "6za0bc4de8fg2hi6jk0lm4no8p", "20251001T173000", "20251001T180000", "camille.durand@etu-isaero.fr",
    [("Camille Durand", "camille.durand@etu-isaero.fr", "ACCEPTED"), ("Nadia Benali", WORK, "NEEDS-ACTION")],
    "LOCATION:Local ISAERO Conseil"), GOOGLE, tzs=(PARIS,),
    S="Binôme entretien JE – tu observes (formation recruteurs)",
    D="Hello Nadia, pour ta formation de recruteuse JE : tu assistes à mon entretien avec la candidate pour le "
      "pôle Études (Clara V.), tu prends des notes sans intervenir, et on débriefe juste après.\nCamille"
      + google_footer("fr", "camille.durand@etu-isaero.fr")),
    "user-as-interviewer-shadowing-fr"))

# A temp agency sends its candidate to the user.
EVENTS.append(neg("agency-sends-candidate-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Morel, Sébastien":mailto:s.morel@azur-interim.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + WORK + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Manon Rivière:mailto:manon.riviere@laposte.net
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000559CE7F8091ADC0100000000000000001000000075E6F708192A3B4C5D6E7F8091021324
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20251013T140000
    DTEND;TZID=Romance Standard Time:20251013T143000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251008T100000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:ISAERO Conseil, 10 avenue Édouard Belin, Toulouse
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Entretien de Mme Manon Rivière – assistante administrative ISAERO Conseil (mission 3 mois)",
    D="Bonjour Madame Benali,\n\nComme convenu, je vous présente Mme Manon Rivière, que nous vous proposons pour "
      "la mission d'assistante administrative (3 mois, 15 h/semaine). Son CV est en pièce jointe. Merci de me "
      "faire un retour après votre entretien avec elle.\n\nSébastien Morel\nChargé de recrutement – Azur "
      "Intérim Toulouse"),
    "user-as-interviewer-agency-sends-candidate-fr"))

# Candidate on a free-mail address, invited from the user's work address.
EVENTS.append(neg("candidate-yahoo-fr", cal(_google(
    "0bc4de8fg2hi6jk0lm4no8pq2r", "20251003T181500", "20251003T184500", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("inesb.2005@yahoo.fr", "inesb.2005@yahoo.fr", "NEEDS-ACTION")],
    "X-GOOGLE-CONFERENCE:https://meet.google.com/trc-coms-ibk"), GOOGLE, tzs=(PARIS,),
    S="Entretien – Inès Belkacem – chargée de com TRC",
    D="Bonjour Inès,\n\nJe te confirme ton entretien pour le poste de chargée de communication du Toulouse "
      "Rocket Club. Prépare 2-3 idées de posts pour le lancement de la fusée au C'Space.\n\nNadia\n\n"
      + meet("fr", "trc-coms-ibk", "877 301 266") + google_footer("fr", WORK)),
    "user-as-interviewer-candidate-freemail-fr"))

# The user's own terse note about a candidate she interviews.
EVENTS.append(neg("note-candidate-fr", cal("""
    BEGIN:VEVENT
    UID:8D4F2A6C-1E3B-4F7D-9A5C-6B0E2D8F4A13
    DTSTAMP:20251005T091502Z
    DTSTART:20251006T180000
    DTEND:20251006T183000
    SUMMARY:entretien candidat trésorier
    LOCATION:B212
    DESCRIPTION:Théo (L3) - c'est moi qui mène\\, Yanis prend les notes
    END:VEVENT
    """, IOS, method=None),
    "user-as-interviewer-note-fr"))

# English interview with an exchange student applying to the club.
EVENTS.append(neg("erasmus-rep-en", cal(_google(
    "4de8fg2hi6jk0lm4no8pq2rs6t", "20251007T123000", "20251007T130000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("Pedro Alves", "pedro.alves@etu-isaero.fr", "NEEDS-ACTION")],
    "LOCATION:Cafétéria bâtiment A"), GOOGLE, tzs=(PARIS,),
    S="Interview – international students rep candidate (Pedro Alves)",
    D="Hi Pedro,\n\nthanks for applying to be the Toulouse Rocket Club's international students rep! Let's meet "
      "for a short interview at lunch: why you want the role, how much time you can give, ideas for "
      "welcoming the spring exchange students.\n\nNadia (board, TRC)" + google_footer("en", WORK)),
    "user-as-interviewer-en"))

# Tutor recruitment jury at the school (the user's student job).
EVENTS.append(neg("tutor-jury-outlook-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Vaissière, Hélène":mailto:helene.vaissiere@isaero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benali, Nadia":mailto:""" + WORK + """
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Salle C105 (visio):mailto:salle.c105@isaero.fr
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000669DF8091A2BDC0100000000000000001000000086F708192A3B4C5D6E7F809102132435
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20250924T140000
    DTEND;TZID=Romance Standard Time:20250924T163000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20250918T091000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Salle C105
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """, EXCHANGE, tzs=(ROMANCE,),
    S="Entretiens recrutement tuteurs L3 – créneau 2 (jury : H. Vaissière, N. Benali)",
    D="Bonjour Nadia,\n\nMerci d'avoir accepté de faire partie du jury pour recruter les tuteurs de mécanique du "
      "vol (L3). 5 candidats de M1, 25 min chacun ; la grille est sur Moodle, espace Équipe pédagogique.\n\n"
      "Hélène Vaissière\nResponsable pédagogique L3"),
    "user-as-interviewer-tutor-jury-fr"))

# Teamtailor tells the user (interviewer) about a candidate, with a kit and a scorecard link.
EVENTS.append(neg("teamtailor-interviewer-kit-en", cal("""
    BEGIN:VEVENT
    UID:teamtailor-interview-552981-isaero-conseil
    DTSTAMP:20251012T100000Z
    DTSTART:20251016T163000Z
    DTEND:20251016T171500Z
    SUMMARY:{S}
    ORGANIZER;CN=ISAERO Conseil:mailto:jobs@isaero-conseil.teamtailor-mail.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT:mailto:""" + WORK + """
    ATTENDEE;CN=Léna Fabre;ROLE=REQ-PARTICIPANT:mailto:lena.fabre@isaero-conseil.fr
    ATTENDEE;CN=Thomas Roux;ROLE=REQ-PARTICIPANT:mailto:thomas.roux.isae@gmail.com
    LOCATION:Local ISAERO Conseil
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Teamtailor//Teamtailor Calendar//EN",
    S="Interview: Thomas Roux – Chef de projet (mandat 2026)",
    D="Hi Nadia,\n\nYou have been added as an interviewer for Thomas Roux, candidate for Chef de projet "
      "(mandat 2026).\n\nInterview kit: https://app.teamtailor.com/kits/552981 (motivation, client case, "
      "teamwork)\nScorecard: please submit within 24 hours after the interview.\n\nTeamtailor"),
    "user-as-interviewer-kit-teamtailor-en"))

# Calibration of the scores.
EVENTS.append(neg("calibration-je-fr", cal(_google(
    "8fg2hi6jk0lm4no8pq2rs6tu0v", "20251017T190000", "20251017T200000", "lena.fabre@isaero-conseil.fr",
    [("Léna Fabre", "lena.fabre@isaero-conseil.fr", "ACCEPTED"), ("Nadia Benali", WORK, "NEEDS-ACTION"),
     ("Camille Durand", "camille.durand@etu-isaero.fr", "ACCEPTED")],
    "LOCATION:Visio"), GOOGLE, tzs=(PARIS,),
    S="Harmonisation des notes – recrutement JE (mandat 2026)",
    D="On compare nos notes sur les 14 candidats pour éviter qu'un binôme note plus sévèrement que l'autre. "
      "Chacun arrive avec sa grille remplie.\nLéna, présidente" + google_footer("fr", "lena.fabre@isaero-conseil.fr")),
    "user-as-interviewer-calibration-fr"))

# The user phones a candidate for a first screen.
EVENTS.append(neg("candidate-phone-screen-fr", cal(_google(
    "2hi6jk0lm4no8pq2rs6tu0vw4x", "20250930T124500", "20250930T130000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("thea.marchand@outlook.fr", "thea.marchand@outlook.fr", "NEEDS-ACTION")],
    "LOCATION:Téléphone (je t'appelle)"), GOOGLE, tzs=(PARIS,),
    S="Appel présélection – Théa Marchand (VP Événementiel)",
    D="Salut Théa, je t'appelle 15 min pour une présélection avant les entretiens du bureau : dispos, motivation, "
      "expérience d'orga d'événements.\nNadia" + google_footer("fr", WORK)),
    "user-as-interviewer-phone-screen-fr"))

# Group interviews of new junior-entreprise members.
EVENTS.append(neg("group-interviews-fr", cal(_google(
    "6jk0lm4no8pq2rs6tu0vw4xy8z", "20251014T180000", "20251014T200000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("Léna Fabre", "lena.fabre@isaero-conseil.fr", "ACCEPTED"),
     ("Arthur Pons", "arthur.pons@etu-isaero.fr", "NEEDS-ACTION"),
     ("Clara Vidal", "clara.vidal@etu-isaero.fr", "NEEDS-ACTION"),
     ("Malo Guérin", "malo.guerin@etu-isaero.fr", "NEEDS-ACTION")],
    "LOCATION:Amphi 3"), GOOGLE, tzs=(PARIS,),
    S="Entretiens collectifs – nouvelles recrues ISAERO Conseil",
    D="Bonjour à tous,\n\nVous êtes convoqués à l'entretien collectif de recrutement d'ISAERO Conseil : étude "
      "de cas en groupe (45 min) puis questions individuelles. Jury : Léna et Nadia.\n\nÀ mardi !"
      + google_footer("fr", WORK)),
    "user-as-interviewer-group-fr"))

# Decision meeting after the board interviews.
EVENTS.append(neg("decision-meeting-fr", cal(_google(
    "0lm4no8pq2rs6tu0vw4xy8za2b", "20251020T130000", "20251020T134500", "bastien.roques@etu-isaero.fr",
    [("Bastien Roques", "bastien.roques@etu-isaero.fr", "ACCEPTED"), ("Nadia Benali", WORK, "ACCEPTED")],
    "LOCATION:RU Rangueil"), GOOGLE, tzs=(PARIS,),
    S="Point recrutement : choix finaux bureau TRC",
    D="On tranche entre Yasmine et Théo pour la trésorerie, et on prépare les mails de réponse aux candidats "
      "non retenus." + google_footer("fr", "bastien.roques@etu-isaero.fr")),
    "user-as-interviewer-decision-fr"))

# The candidate re-sends the invitation for his own interview from gmail.
EVENTS.append(neg("candidate-organizer-gmail-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251009T181500
    DTEND;TZID=Europe/Paris:20251009T184500
    DTSTAMP:20251007T220301Z
    ORGANIZER;CN=Hugo Lefèvre:mailto:hugo.lefevre31@gmail.com
    UID:1mn5op9qr3st7uv1wx5yz9ab3c@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hugo Lefèvre;X-NUM-GUESTS=0
    |:mailto:hugo.lefevre31@gmail.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + WORK + """
    DESCRIPTION:{D}
    LOCATION:Local ISAERO Conseil
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Entretien ISAERO Conseil – Hugo Lefèvre (nouveau créneau)
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Bonjour Nadia,\n\nComme convenu je te renvoie l'invitation pour mon entretien au nouveau créneau de jeudi "
      "(j'avais partiel mardi). Merci encore de m'avoir décalé !\n\nHugo Lefèvre\nCandidat pôle Études"
      + google_footer("fr", "hugo.lefevre31@gmail.com")),
    "user-as-interviewer-candidate-organizer-gmail-fr"))

# German-speaking candidate for the club's exchange coordinator post.
EVENTS.append(neg("candidate-interview-de", cal(_google(
    "5op9qr3st7uv1wx5yz9ab3cd7e", "20251021T170000", "20251021T173000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("Lukas Bauer", "lukas.bauer98@web.de", "NEEDS-ACTION")],
    "X-GOOGLE-CONFERENCE:https://meet.google.com/trc-tumx-lbk"), GOOGLE, tzs=(PARIS,),
    S="Gespräch mit Lukas Bauer – Bewerbung Austauschkoordination TRC",
    D="Hallo Lukas,\n\ndanke für deine Bewerbung als Austauschkoordinator zwischen dem Toulouse Rocket Club und "
      "eurer Raketengruppe in München. Ich würde gern 30 Minuten mit dir sprechen (gern auf Deutsch, ich übe "
      "noch!).\n\nViele Grüße\nNadia" + google_footer("de", WORK)),
    "user-as-interviewer-candidate-de"))

# The user cancels an interview she was going to hold.
EVENTS.append(neg("cancelled-candidate-interview-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251010T173000
    DTEND;TZID=Europe/Paris:20251010T180000
    DTSTAMP:20251009T081200Z
    ORGANIZER;CN=Nadia Benali:mailto:""" + WORK + """
    UID:9qr3st7uv1wx5yz9ab3cd7ef1g@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=maelle.rouvier@gmail.com
    |;X-NUM-GUESTS=0:mailto:maelle.rouvier@gmail.com
    DESCRIPTION:{D}
    SEQUENCE:1
    STATUS:CANCELLED
    SUMMARY:Annulé : Entretien JE – Maëlle Rouvier
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, method="CANCEL", tzs=(PARIS,),
    D="Maëlle a retiré sa candidature au pôle Communication – entretien annulé."),
    "user-as-interviewer-cancelled-fr"))

# Weekly interview slots the user holds as recruiter, one occurrence moved (same UID).
_SLOTS_D = ("Créneaux réservés aux entretiens de recrutement ISAERO Conseil (mandat 2026). Les candidats "
            "s'inscrivent via le formulaire ; Nadia et Camille mènent les entretiens, grille dans le Drive.")
EVENTS.append(neg("recurring-slots-override-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251104T180000
    DTEND;TZID=Europe/Paris:20251104T200000
    RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU
    DTSTAMP:20251027T090000Z
    ORGANIZER;CN=Léna Fabre:mailto:lena.fabre@isaero-conseil.fr
    UID:3st7uv1wx5yz9ab3cd7ef1gh5i@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Benali;X-NUM-GUESTS=0
    |:mailto:""" + WORK + """
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Durand;X-NUM-GUESTS=0
    |:mailto:camille.durand@etu-isaero.fr
    DESCRIPTION:{D}
    LOCATION:Local ISAERO Conseil
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Créneaux entretiens recrutement JE
    TRANSP:OPAQUE
    END:VEVENT
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251113T180000
    DTEND;TZID=Europe/Paris:20251113T200000
    DTSTAMP:20251027T090000Z
    ORGANIZER;CN=Léna Fabre:mailto:lena.fabre@isaero-conseil.fr
    UID:3st7uv1wx5yz9ab3cd7ef1gh5i@google.com
    RECURRENCE-ID;TZID=Europe/Paris:20251111T180000
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Benali;X-NUM-GUESTS=0
    |:mailto:""" + WORK + """
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Durand;X-NUM-GUESTS=0
    |:mailto:camille.durand@etu-isaero.fr
    DESCRIPTION:{D}
    LOCATION:Local ISAERO Conseil
    SEQUENCE:1
    STATUS:CONFIRMED
    SUMMARY:Créneaux entretiens recrutement JE (jeudi\\, 11/11 férié)
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,), D=_SLOTS_D),
    "user-as-interviewer-recurring-override-fr"))

# Spanish-speaking candidate for the club.
EVENTS.append(neg("candidate-interview-es", cal(_google(
    "7uv1wx5yz9ab3cd7ef1gh5ij9k", "20251023T123000", "20251023T130000", WORK,
    [("Nadia Benali", WORK, "ACCEPTED"), ("Lucía Navarro", "lucia.navarro.g@gmail.com", "NEEDS-ACTION")],
    "LOCATION:Cafétéria bâtiment A"), GOOGLE, tzs=(PARIS,),
    S="Entrevista candidata – Lucía Navarro (coordinadora de intercambio TRC)",
    D="Hola Lucía,\n\nte confirmo la entrevista para el puesto de coordinadora de intercambio del Toulouse Rocket "
      "Club. Hablaremos de tu motivación y de tu disponibilidad durante el semestre.\n\nNadia"
      + google_footer("es", WORK)),
    "user-as-interviewer-candidate-es"))
