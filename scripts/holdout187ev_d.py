# ruff: noqa: E501
"""holdout187 events, part d: SmartRecruiters, Personio (French), Workable, GoodTime, ModernLoop, Calendly, Cal.com, Bookings, Google."""

from holdout187ev_common import TZ_NEWYORK, TZ_PARIS, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "smartrecruiters",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:sr-interview-6f1a2b3c4d5e6f708192a3b4@smartrecruiters.com
DTSTAMP:20250207T085512Z
DTSTART;TZID=Europe/Paris:20250213T093000
DTEND;TZID=Europe/Paris:20250213T100000
SUMMARY:Laboratoires Vernay : entretien téléphonique (Responsable RH Site Production (H/F))
DESCRIPTION:Bonjour Camille\,\n\nVotre entretien téléphonique pour le poste Responsable RH Site Production (H/F) est confirmé.\nCéline Bonnet vous appellera au numéro renseigné dans votre profil.\n\nAjouter à mon agenda | Reprogrammer | Annuler : https://jobs.smartrecruiters.com/candidate/interviews/6f1a2b3c\n\nLaboratoires Vernay\, Champagne-au-Mont-d'Or
LOCATION:Téléphone
ORGANIZER;CN=Laboratoires Vernay:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Camille Roussel;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Céline Bonnet;PARTSTAT=ACCEPTED:mailto:celine.bonnet@labo-vernay.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "sr-interview-6f1a2b3c4d5e6f708192a3b4@smartrecruiters.com",
        1,
        "Laboratoires Vernay",
        "Responsable RH Site Production (H/F)",
        "recruiter_screen",
        "celine.bonnet@labo-vernay.fr",
        "smartrecruiters-phone-screen-noreply-organizer",
    ),
    ev(
        "personio",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//FR
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:personio-event-5127730-9be3f1@personio.de
DTSTAMP:20250318T094008Z
DTSTART;TZID=Europe/Paris:20250325T170000
DTEND;TZID=Europe/Paris:20250325T180000
SUMMARY:Invitation : Entretien pour le poste Responsable Ressources Humaines (F/H)
DESCRIPTION:Bonjour Camille Roussel\,\n\nNous avons bien reçu votre candidature et serions ravis de vous rencontrer dans nos ateliers.\n\nAvec : Jeanne Gaudin (Présidente)\nAdresse : Atelier Gaudin\, 12 rue Burdeau\, 69001 Lyon (sonner à « Atelier »)\n\nÀ bientôt\,\nAtelier Gaudin
LOCATION:Atelier Gaudin\, 12 rue Burdeau\, 69001 Lyon
ORGANIZER;CN=Atelier Gaudin:mailto:recrutement@atelier-gaudin.jobs.personio.de
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Jeanne Gaudin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jeanne@atelier-gaudin.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "personio-event-5127730-9be3f1@personio.de",
        1,
        "Atelier Gaudin",
        "Responsable Ressources Humaines (F/H)",
        "hiring_manager",
        "jeanne@atelier-gaudin.fr",
        "personio-french-in-person-with-president",
    ),
    ev(
        "workable",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7a1c0f3e28@nuvia-robotics.workable.com
DTSTAMP:20250320T163044Z
DTSTART:20250327T123000Z
DTEND:20250327T140000Z
SUMMARY:Nuvia Robotics - Case study presentation - HR Manager (first HR hire)
DESCRIPTION:Hi Camille\,\n\nAs discussed\, you will present the HR roadmap case (12 months\, from 35 to 80 people\, Grenoble + Munich) to Clara Jourdan (CEO) and Maxime Vial (COO). 30 min presentation\, 45 min Q&A\, 15 min for your questions. Slides in French or English.\n\nVideo call: https://zoom.us/j/97420118356\n\nThanks\,\nNuvia Robotics Hiring Team\n\n--\nSent with Workable
LOCATION:Zoom
ORGANIZER;CN=Nuvia Robotics:mailto:notifications@workablemail.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Clara Jourdan;ROLE=REQ-PARTICIPANT:mailto:clara@nuvia-robotics.com
ATTENDEE;CN=Maxime Vial;ROLE=REQ-PARTICIPANT:mailto:maxime@nuvia-robotics.com
END:VEVENT
END:VCALENDAR
""",
        "workable-event-7a1c0f3e28@nuvia-robotics.workable.com",
        1,
        "Nuvia Robotics",
        "HR Manager (first HR hire)",
        "technical",
        "clara@nuvia-robotics.com;maxime@nuvia-robotics.com",
        "workable-case-study-presentation-startup-founders",
    ),
    ev(
        "gcal-goodtime",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_NEWYORK
        + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250416T100000
DTEND;TZID=America/New_York:20250416T113000
DTSTAMP:20250409T201512Z
ORGANIZER;CN=Jessica Alvarez:mailto:jessica.alvarez@stratacore.com
UID:goodtime-5e0d93a7c1f24b8e@stratacore.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Camille Roussel;X-NUM-GUESTS=0:mailto:camille.roussel.rh@free.fr
CREATED:20250409T201510Z
DESCRIPTION:Hi Camille\,\n\nYour virtual panel for the Talent Acquisition L
 ead\, EMEA (Geneva) position is confirmed for Wednesday\, April 16 – 4:00
  PM Geneva time.\n\nYou will meet\, in this order:\n• Rachel Kim – VP Tal
 ent Acquisition (Boston)\n• Olivier Mathis – EMEA HR Director (Geneva)\n•
  Priya Raman – Senior Recruiter (London)\n\nJoin Zoom: https://stratacore.
 zoom.us/j/81734400219\n\nI'm your coordinator for logistics only – reach o
 ut if anything comes up.\nJessica Alvarez | Recruiting Coordinator\n\nSche
 duled with GoodTime
LAST-MODIFIED:20250409T201512Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stratacore Virtual Panel – Camille Roussel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "goodtime-5e0d93a7c1f24b8e@stratacore.com",
        1,
        "Stratacore",
        "Talent Acquisition Lead, EMEA (Geneva)",
        "onsite",
        "Rachel Kim;Olivier Mathis;Priya Raman",
        "goodtime-new-york-zone-panel-coordinator-organizer",
    ),
    ev(
        "gcal-modernloop",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250422T090000Z
DTEND:20250422T100000Z
DTSTAMP:20250415T134829Z
ORGANIZER;CN=Cobalt Interviews:mailto:interviews@cobalt-security.fr
UID:ml-2f6c1a9e7d3b4058@modernloop.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Camille Roussel;X-NUM-GUESTS=0:mailto:camille.roussel.rh@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yanis
  Belkacem;X-NUM-GUESTS=0:mailto:yanis@cobalt-security.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Élodie
  Caron;X-NUM-GUESTS=0:mailto:elodie@cobalt-security.fr
CREATED:20250415T134828Z
DESCRIPTION:Bonjour Camille\,\n\nDernière étape du process Head of People &
  Talent : un échange avec nos deux cofondateurs\, Yanis (CEO) et Élodie (
 CTO). Pas de préparation particulière\, ils veulent surtout parler culture
 \, rythme de croissance et vision RH.\n\nLien : https://meet.google.com/ug
 k-wnrb-fsq\n\nScheduled with ModernLoop
LAST-MODIFIED:20250415T134829Z
LOCATION:https://meet.google.com/ugk-wnrb-fsq
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cobalt Security x Camille – Founders
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "ml-2f6c1a9e7d3b4058@modernloop.io",
        1,
        "Cobalt Security",
        "Head of People & Talent",
        "final",
        "yanis@cobalt-security.fr;elodie@cobalt-security.fr",
        "modernloop-final-founders-shared-interview-mailbox",
    ),
    ev(
        "calendly",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7e1d2f4-0a8b-4b63-9e25-71f3c0d9a4b8@calendly.com
DTSTAMP:20250124T210944Z
DTSTART:20250129T173000Z
DTEND:20250129T181500Z
SUMMARY:Café visio 45 min entre Olivier Brunet et Camille Roussel
DESCRIPTION:Type d'événement : Café visio 45 min\n\nNom de l'invité : Camille Roussel\nE-mail : camille.roussel.rh@free.fr\n\nQuestions :\nPour quel poste me contactez-vous ? Votre annonce Welcome to the Jungle - Responsable RH (1er recrutement RH de la Maison)\n\nLieu : Google Meet https://meet.google.com/tcm-xgzp-nbw\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/c7e1d2f4\nReschedule: https://calendly.com/reschedulings/c7e1d2f4\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/tcm-xgzp-nbw
ORGANIZER;CN=Olivier Brunet:mailto:olivier.brunet.mb@gmail.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Olivier Brunet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivier.brunet.mb@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "c7e1d2f4-0a8b-4b63-9e25-71f3c0d9a4b8@calendly.com",
        1,
        "Maison Brunet",
        "Responsable RH (1er recrutement RH de la Maison)",
        "hiring_manager",
        "olivier.brunet.mb@gmail.com",
        "founder-gmail-calendly-cafe-wording-job-ad-in-answer",
    ),
    ev(
        "cal-com",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:vX3Gq9Lk2hT7nRb4pWc1dE@Cal.com
SEQUENCE:0
DTSTAMP:20250429T145501Z
DTSTART:20250506T080000Z
DTEND:20250506T083000Z
SUMMARY:Talent Lead FR - first call between Sarah Lindqvist and Camille Roussel
DESCRIPTION:What:\nTalent Lead FR - first call between Sarah Lindqvist and Camille Roussel\n\nInvitee Time Zone:\nEurope/Paris\n\nWho:\nSarah Lindqvist - Organizer\nsarah.lindqvist@tandemhealth.eu\nCamille Roussel\ncamille.roussel.rh@free.fr\n\nWhere:\nCal Video https://app.cal.com/video/vX3Gq9Lk2hT7nRb4pWc1dE\n\nDescription\nA short first conversation about the Talent Acquisition Lead (France) role at Tandem Health – your background\, what you're looking for\, and how we hire.\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/vX3Gq9Lk2hT7nRb4pWc1dE
LOCATION:https://app.cal.com/video/vX3Gq9Lk2hT7nRb4pWc1dE
ORGANIZER;CN=Sarah Lindqvist:mailto:sarah.lindqvist@tandemhealth.eu
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "vX3Gq9Lk2hT7nRb4pWc1dE@Cal.com",
        1,
        "Tandem Health",
        "Talent Acquisition Lead (France)",
        "recruiter_screen",
        "sarah.lindqvist@tandemhealth.eu",
        "cal-com-between-format-english-recruiter-screen",
    ),
    ev(
        "bookings",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Crédit Savoyard - Recrutement:mailto:CreditSavoyardRecrutement@creditsavoyard.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roussel:mailto:camille.roussel.rh@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Émilie Jacquet:mailto:emilie.jacquet@credit-savoyard.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement - Responsable Recrutement et Relations Écoles\nAvec : Émilie Jacquet\, Responsable Emploi & Compétences\n\nRejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjRkNGI4@thread.v2/0\n\nVous pouvez modifier ou annuler votre rendez-vous depuis la page de réservation.\n\nCrédit Savoyard des Alpes\, 4 avenue du Grand Ariétaz\, 73000 Chambéry
UID:040000008200E00074C5B7101A82E00807E9030C1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7080
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Responsable Recrutement et Relations Écoles
DTSTART;TZID=Romance Standard Time:20250312T090000
DTEND;TZID=Romance Standard Time:20250312T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T112218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00807E9030C1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7080",
        1,
        "Crédit Savoyard",
        "Responsable Recrutement et Relations Écoles",
        "recruiter_screen",
        "emilie.jacquet@credit-savoyard.fr",
        "microsoft-bookings-bank-booking-mailbox-organizer",
    ),
    ev(
        "gcal",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250429T140000
DTEND;TZID=Europe/Paris:20250429T150000
DTSTAMP:20250423T081506Z
ORGANIZER;CN=Stéphanie Morel:mailto:s.morel@opteam-ingenierie.com
UID:5c8x1v4b7n0m3q6w9e2r5t8y1u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Stéphanie Morel;X-NUM-GUESTS=0:mailto:s.morel@opteam-ingenierie.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250423T081505Z
DESCRIPTION:Bonjour Camille\,\n\nComme évoqué au téléphone\, je vous propos
 e de passer nous voir à l'agence de la Part-Dieu pour parler du poste de R
 RH (bureau d'études\, 220 ingénieurs et techniciens). Je suis DAF-RH et se
 rai votre N+1.\n\nStéphanie
LAST-MODIFIED:20250423T081506Z
LOCATION:Opteam Ingénierie\, Tour Oxygène\, 10-12 boulevard Marius Vivier M
 erle\, 69003 Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camille Roussel / Opteam - poste RRH
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "5c8x1v4b7n0m3q6w9e2r5t8y1u@google.com",
        1,
        "Opteam Ingénierie",
        "",
        "hiring_manager",
        "s.morel@opteam-ingenierie.com",
        "google-invite-from-future-manager-no-interview-word",
    ),
]
