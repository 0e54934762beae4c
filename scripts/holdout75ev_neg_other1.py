"""holdout75: not the user's own job interview (practice, talks, other 'interviews', her student job)."""

from __future__ import annotations

from holdout75ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME,
    OUTLOOK,
    PARIS,
    ROMANCE,
    THUNDERBIRD,
    UTC1_EN,
    WORK,
    cal,
    google_footer,
    meet,
    neg,
    teams,
    zoom,
)

EVENTS: list[dict[str, str]] = []

# Mock interview with the school's career service.
EVENTS.append(neg("mock-career-service-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Cazeneuve, Lise":mailto:lise.cazeneuve@isaero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benali, Nadia":mailto:""" + WORK + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E0080000000077AE09102B3CDC01000000000000000010000000970819203A4B5C6D7E8F90A1B2C3D4E5
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20250916T100000
    DTEND;TZID=Romance Standard Time:20250916T110000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20250910T083000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Service Carrières, bâtiment A, bureau A021
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """, EXCHANGE, tzs=(ROMANCE,),
    S="Entretien blanc – préparation candidatures jeunes diplômés",
    D="Bonjour Nadia,\n\nComme demandé, je vous propose un entretien blanc filmé, dans les conditions d'un "
      "premier entretien RH, suivi d'un debrief de 20 minutes. Apportez l'offre qui vous intéresse le plus "
      "et votre CV.\n\nLise Cazeneuve\nConseillère carrières – Service Carrières ISAERO"),
    "mock-career-service-fr"))

# Mock technical interview by an alumnus who works at a company she applied to.
EVENTS.append(neg("mock-alumni-names-company-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251013T190000
    DTEND;TZID=Europe/Paris:20251013T200000
    DTSTAMP:20251010T121500Z
    ORGANIZER;CN=Hugo Marty:mailto:hugo.marty.isae@gmail.com
    UID:2wx6yz0ab4cd8ef2gh6ij0kl4m@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hugo Marty;X-NUM-GUESTS=0
    |:mailto:hugo.marty.isae@gmail.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    X-GOOGLE-CONFERENCE:https://meet.google.com/mck-alum-thd
    DESCRIPTION:{D}
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Simulation d'entretien technique (mentorat alumni) – Nadia / Hugo
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Salut Nadia,\n\nComme promis dans le cadre du mentorat ISAERO Alumni : on fait une simulation comme si "
      "c'était un vrai entretien technique chez Thalion Défense (où je bosse), systèmes embarqués + questions "
      "RH classiques, puis je te fais un retour franc. Ce n'est évidemment pas un entretien officiel.\n\nHugo "
      "(promo 2021)\n\n" + meet("fr", "mck-alum-thd", "219 330 648")
      + google_footer("fr", "hugo.marty.isae@gmail.com")),
    "mock-alumni-names-company-fr"))

# Peer mock interview in English.
EVENTS.append(neg("mock-peer-en", cal("""
    BEGIN:VEVENT
    UID:peerprep-session-77120-a
    DTSTAMP:20251025T100000Z
    DTSTART:20251028T170000Z
    DTEND:20251028T180000Z
    SUMMARY:Mock interview swap – aerospace systems (PeerPrep)
    ORGANIZER;CN=PeerPrep:mailto:sessions@peerprep.io
    ATTENDEE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;CN=Jakub Nowicki:mailto:jakub.nowicki.pl@gmail.com
    DESCRIPTION:{D}
    LOCATION:https://peerprep.io/room/77120
    END:VEVENT
    """, "-//PeerPrep//Sessions//EN",
    D="You're matched with Jakub for a practice session. 25 minutes each: one of you plays the interviewer, "
      "then swap. Suggested questions: systems V-model, a past project, one behavioural question. Nothing "
      "is shared with employers."),
    "mock-peer-en"))

# Webinar on interviews for young graduates.
EVENTS.append(neg("webinar-interviews-fr", cal("""
    BEGIN:VEVENT
    UID:zoom-webinar-86421097733-jd
    DTSTAMP:20250911T090000Z
    DTSTART;TZID=Europe/Paris:20250918T123000
    DTEND;TZID=Europe/Paris:20250918T133000
    SUMMARY:{S}
    ORGANIZER;CN=Réseau Cadres Occitanie:mailto:webinaires@reseau-cadres-occitanie.fr
    DESCRIPTION:{D}
    LOCATION:https://us02web.zoom.us/w/86421097733
    END:VEVENT
    """, "-//zoom.us//iCalendar Event//EN", method="PUBLISH", tzs=(PARIS,),
    S="Webinaire Jeunes Diplômés : réussir ses entretiens d'embauche",
    D="Au programme : les 5 questions qui reviennent dans tous les entretiens, se présenter en 2 minutes, "
      "parler salaire, les entretiens en visio. Avec une recruteuse du secteur aéronautique.\n\n"
      + zoom("fr", "us02web", "864 2109 7733", "UmVzZWF1Q2Fk")),
    "webinar-fr"))

# An employer's info session about how its interviews work.
EVENTS.append(neg("employer-info-session-en", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN=Airvia Early Careers:mailto:earlycareers@airvia-group.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.benali.aero@gmail.com:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=en-GB:{D}
    UID:040000008200E00074C5B7101A82E0080000000088BF1A213C4DDC01000000000000000010000000A819203A4B5C6D7E8F90A1B2C3D4E5F6
    SUMMARY;LANGUAGE=en-GB:{S}
    DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251105T170000
    DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251105T180000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251027T120000Z
    TRANSP:TRANSPARENT
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-GB:Microsoft Teams (live event)
    X-MICROSOFT-CDO-BUSYSTATUS:FREE
    END:VEVENT
    """, OUTLOOK, tzs=(UTC1_EN,),
    S="Airvia Graduate Programme – Info Session: how our interviews work",
    D="Thank you for registering! Our graduates and recruiters walk you through the application steps, the "
      "online assessments and the competency interview, with live Q&A. Cameras and microphones of attendees "
      "are off.\n\n" + teams("en", "398 661 204 117", "Ev7Ls1")),
    "employer-info-session-en"))

# Workshop in German about job interviews (language institute).
EVENTS.append(neg("workshop-interview-de", cal("""
    BEGIN:VEVENT
    UID:dfi-toulouse-ws-2025-11-vg
    DTSTAMP:20251028T090000Z
    DTSTART;TZID=Europe/Paris:20251108T100000
    DTEND;TZID=Europe/Paris:20251108T130000
    SUMMARY:Workshop: Das Vorstellungsgespräch auf Deutsch
    ORGANIZER;CN=Deutsch-Französisches Institut Toulouse:mailto:kurse@dfi-toulouse.fr
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, THUNDERBIRD, tzs=(PARIS,),
    L="DFI, 4 place du Capitole, 31000 Toulouse",
    D="Niveau B1/B2. Wie stelle ich mich vor? Typische Fragen, Rollenspiele in Paaren, Vokabular für "
      "Ingenieurinnen und Ingenieure. Teilnahmegebühr: 25 €."),
    "workshop-interview-de"))

# Spanish lesson themed on job interviews.
EVENTS.append(neg("spanish-class-es", cal("""
    BEGIN:VEVENT
    UID:0ab4cd8ef2gh6ij0kl4mn8op2q@google.com
    DTSTAMP:20251101T100000Z
    DTSTART;TZID=Europe/Paris:20251106T190000
    DTEND;TZID=Europe/Paris:20251106T200000
    SUMMARY:Clase de español profesional – la entrevista de trabajo
    ORGANIZER;CN=Marisa Jiménez:mailto:marisa.jimenez.profe@gmail.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:https://meet.google.com/esp-prof-mjz
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Hola Nadia:\nHoy practicamos vocabulario para entrevistas (fortalezas, debilidades, pretensiones "
      "salariales) y hacemos un role-play. Trae una oferta de empleo en español."),
    "class-interview-topic-es"))

# Podcast interview of the user.
EVENTS.append(neg("podcast-interview-fr", cal("""
    BEGIN:VEVENT
    UID:4cd8ef2gh6ij0kl4mn8op2qr6s@google.com
    DTSTAMP:20251015T130000Z
    DTSTART;TZID=Europe/Paris:20251022T180000
    DTEND;TZID=Europe/Paris:20251022T190000
    SUMMARY:{S}
    ORGANIZER;CN=Anaïs Duclos:mailto:anais@cielouvert-podcast.fr
    ATTENDEE;CN=Anaïs Duclos;PARTSTAT=ACCEPTED:mailto:anais@cielouvert-podcast.fr
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Studio Riverside\\, 12 quai de Tounis\\, Toulouse
    DESCRIPTION:{D}
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    S="Interview podcast « Ciel Ouvert » – épisode jeunes ingénieures",
    D="Merci d'avoir accepté ! Enregistrement d'environ 40 minutes : ton parcours, ton PFE sur les drones, ta "
      "vision de la place des femmes dans l'aéro. On enregistre au studio, casque fourni."),
    "podcast-interview-fr"))

# Press interview for a local paper.
EVENTS.append(neg("press-interview-fr", cal("""
    BEGIN:VEVENT
    UID:F7A3C9E1-2B4D-4E6F-8A0C-1D3E5F7A9B2C
    DTSTAMP:20251103T081100Z
    DTSTART;TZID=Europe/Paris:20251105T113000
    DTEND;TZID=Europe/Paris:20251105T121500
    SUMMARY:Entretien journaliste Gazette de Rangueil (portrait)
    LOCATION:Café de la Fac
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Apple Inc.//macOS 14.6.1//EN", method=None, tzs=(PARIS,),
    D="Margaux Pellegrin, journaliste – portrait « Femmes et aéro » pour le numéro de décembre. Photo prévue."),
    "press-interview-fr"))

# User-research interview (paid) about a flight-planning app.
EVENTS.append(neg("user-research-en", cal("""
    BEGIN:VEVENT
    UID:e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7@calendly.com
    DTSTAMP:20251020T120000Z
    DTSTART:20251023T160000Z
    DTEND:20251023T163000Z
    SUMMARY:User interview: SkyPlanr flight-planning study between Nina Okoye and Nadia Benali
    ORGANIZER;CN=Nina Okoye:mailto:nina.okoye@skyplanr.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + ME + """
    LOCATION:Zoom (link in confirmation email)
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Calendly//Calendly//EN",
    D="Event Name: User interview – SkyPlanr flight-planning study\n\nThanks for signing up! We'll ask about "
      "how you plan glider and light-aircraft flights and show you two prototypes. You'll receive a €20 "
      "voucher.\n\nPowered by Calendly.com"),
    "user-research-interview-en"))

# Interview of the user for an Erasmus alumni blog.
EVENTS.append(neg("blog-interview-es", cal("""
    BEGIN:VEVENT
    UID:8ef2gh6ij0kl4mn8op2qr6st0u@google.com
    DTSTAMP:20251110T100000Z
    DTSTART;TZID=Europe/Paris:20251114T180000
    DTEND;TZID=Europe/Paris:20251114T183000
    SUMMARY:Entrevista para el blog de antiguos Erasmus – Nadia Benali
    ORGANIZER;CN=Sergio Ruiz:mailto:sergio.ruiz.erasmusblog@gmail.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:https://meet.google.com/ers-blog-nbz
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="¡Hola Nadia! Gracias por aceptar. Te haré unas preguntas sobre tu Erasmus en Madrid y cómo te ayudó en "
      "tu carrera. Publicaremos la entrevista en el blog en diciembre."),
    "blog-interview-es"))

# The user's own mid-term review in her student job.
EVENTS.append(neg("own-appraisal-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Vaissière, Hélène":mailto:helene.vaissiere@isaero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benali, Nadia":mailto:""" + WORK + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E0080000000099C02B324D5EDC01000000000000000010000000B9203A4B5C6D7E8F90A1B2C3D4E5F607
    SUMMARY;LANGUAGE=fr-FR:Entretien de mi-parcours – vacations TD (N. Benali)
    DTSTART;TZID=Romance Standard Time:20251112T120000
    DTEND;TZID=Romance Standard Time:20251112T123000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251103T090000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Bureau C210
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """, EXCHANGE, tzs=(ROMANCE,),
    D="Bonjour Nadia,\n\nPetit point à mi-semestre sur vos TD de mécanique du vol : retours des étudiants, "
      "charge de correction, souhaits pour le semestre prochain.\n\nHélène"),
    "own-appraisal-student-job-fr"))

# Exit interview at the end of the TD contract.
EVENTS.append(neg("exit-interview-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Service RH ISAERO":mailto:rh-vacataires@isaero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benali, Nadia":mailto:""" + WORK + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000AAD13C435E6FDC01000000000000000010000000CA3B4C5D6E7F8091A2B3C4D5E6F70819
    SUMMARY;LANGUAGE=fr-FR:Entretien de fin de mission – chargée de TD
    DTSTART;TZID=Romance Standard Time:20260115T100000
    DTEND;TZID=Romance Standard Time:20260115T103000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20260105T140000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Service RH, bâtiment administratif, bureau 104
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    D="Madame,\n\nVotre contrat de vacataire d'enseignement prend fin le 31/01/2026. Nous vous proposons un "
      "entretien de fin de mission (questionnaire de sortie, solde des heures, attestation employeur).\n\n"
      "Service des ressources humaines"),
    "exit-interview-fr"))

# Internal teaching meeting.
EVENTS.append(neg("internal-meeting-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Vaissière, Hélène":mailto:helene.vaissiere@isaero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Benali, Nadia":mailto:""" + WORK + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Tessier, Paul":mailto:paul.tessier@isaero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Amrani, Sofiane":mailto:sofiane.amrani@etu-isaero.fr
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000BBE24D546F70DC01000000000000000010000000DB4C5D6E7F8091A2B3C4D5E6F708192A
    SUMMARY;LANGUAGE=fr-FR:Réunion équipe pédagogique – TD mécanique du vol
    DTSTART;TZID=Romance Standard Time:20250919T120000
    DTEND;TZID=Romance Standard Time:20250919T130000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20250912T100000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Salle C105
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    D="Ordre du jour : répartition des groupes de TD, sujets des partiels, barème commun, outils Moodle."),
    "internal-meeting-fr"))

# Offer call after the process (not an interview).
EVENTS.append(neg("offer-call-en", cal("""
    BEGIN:VEVENT
    UID:personio-event-2299810@solenne-satcom.jobs.personio.de
    DTSTAMP:20251030T160000Z
    DTSTART:20251031T100000Z
    DTEND:20251031T103000Z
    SUMMARY:Offer call – Nadia Benali / Solenne Satcom
    ORGANIZER;CN=Guillaume Arnaud:mailto:guillaume.arnaud@solenne-satcom.com
    ATTENDEE;CN=Nadia Benali;RSVP=TRUE:mailto:""" + ME + """
    ATTENDEE;CN=Claire Boyer;RSVP=FALSE:mailto:claire.boyer@solenne-satcom.com
    LOCATION:Zoom
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Personio GmbH//Personio Recruiting//EN",
    D="Hi Nadia,\n\ngreat news – we'd like to make you an offer for the RF Payload Engineer (Junior) position. "
      "Claire (People) and I will walk you through the package and answer your questions; the written offer "
      "follows by email.\n\nGuillaume"),
    "offer-call-en"))

# Master's thesis defence before a jury.
EVENTS.append(neg("thesis-defence-jury-fr", cal("""
    BEGIN:VEVENT
    UID:0gh6ij0kl4mn8op2qr6st0uv4w@google.com
    DTSTAMP:20250901T080000Z
    DTSTART;TZID=Europe/Paris:20250911T140000
    DTEND;TZID=Europe/Paris:20250911T150000
    SUMMARY:Soutenance PFE – Nadia Benali (jury)
    ORGANIZER;CN=Scolarité Master Aéro:mailto:scolarite.master@isaero.fr
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + WORK + """
    LOCATION:Amphi Clément Ader
    DESCRIPTION:{D}
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Soutenance du projet de fin d'études : 25 min de présentation, 20 min de questions du jury (tuteur école, "
      "tuteur entreprise, président de jury), 15 min de délibération." + google_footer(
          "fr", "scolarite.master@isaero.fr")),
    "thesis-defence-jury-fr"))
