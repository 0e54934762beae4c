# ruff: noqa: E501
"""holdout173 events, part c: the cruise line, the caterer, the Geneva palace; Indeed and Calendly on the hiring side."""

EVENTS = [
    {
        "kind": "icims-zoom-new-york",
        "uid": "icims-8841-3077215-int-1@icims.com",
        "label": (1, "Meridian Cruise Line", "Chef de Cuisine – Specialty Dining", "recruiter_screen",
                  "aturner@meridiancruises.com", "cruise-line-icims-zoom-new-york-time"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:icims-8841-3077215-int-1@icims.com
DTSTAMP:20250312T202455Z
DTSTART;TZID=America/New_York:20250319T100000
DTEND;TZID=America/New_York:20250319T104500
SUMMARY:Meridian Cruise Line - Phone/Video Interview - Chef de Cuisine - Specialty Dining (Req #2025-3077)
DESCRIPTION:Dear Yanis\,\n\nThank you for your interest in shipboard culinary opportunities with Meridian Cruise Line. Your interview with Ashley Turner\, Talent Acquisition - Shipboard Culinary\, is confirmed.\n\nPlease note the time is shown in Eastern Time (10:00 AM ET = 3:00 PM in Marseille).\n\nJoin Zoom Meeting\nhttps://meridiancruises.zoom.us/j/93120457781?pwd=cE9hQk1vT2x\nMeeting ID: 931 2045 7781\nPasscode: 550318\n\nPlease have your STCW certificate status and seafarer medical (ENG1 or equivalent) details at hand.\n\nMeridian Cruise Line | Miami - New York
LOCATION:Zoom
ORGANIZER;CN=Meridian Cruise Line Recruiting:mailto:donotreply@icims.com
ATTENDEE;CN=Ashley Turner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aturner@meridiancruises.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-utc-culinary-panel",
        "uid": "040000008200E00074C5B7101A82E00800000000F1A9B3C6E7A1DB010000000000000000100000004D2E8C1B7A9F3E41B6C0D5A2E9F17B34",
        "label": (1, "Meridian Cruise Line", "Chef de Cuisine – Specialty Dining", "hiring_manager",
                  "mbellini@meridiancruises.com;dkruger@meridiancruises.com", "cruise-line-culinary-interview-outlook-utc"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:UTC
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Turner, Ashley":mailto:aturner@meridiancruises.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bellini, Marco":mailto:mbellini@meridiancruises.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kruger, Daniel":mailto:dkruger@meridiancruises.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
DESCRIPTION;LANGUAGE=en-US:Hi Yanis\,\n\nAs discussed\, here is your culinary interview with Marco Bellini (Corporate Executive Chef) and Daniel Kruger (Director\, Fleet Culinary Operations). Marco will walk you through a menu costing exercise for a 90-seat specialty restaurant\, so please have a pen and paper ready.\n\nBest\,\nAshley\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0MWI2%40thread.v2/0>\nMeeting ID: 219 774 301 882\nPasscode: fK3nQ9\nDownload Teams | Join on the web\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1A9B3C6E7A1DB010000000000000000100000004D2E8C1B7A9F3E41B6C0D5A2E9F17B34
SUMMARY;LANGUAGE=en-US:Culinary Interview - Y. Benali - CDC Specialty Dining
DTSTART;TZID=UTC:20250403T140000
DTEND;TZID=UTC:20250403T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T151102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0MWI2%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-caterer",
        "uid": "workable-interview-9c7e12f4a05b@workable.com",
        "label": (1, "Provence Réceptions", "Chef de cuisine production (H/F)", "hiring_manager",
                  "laure@provence-receptions.fr", "workable-caterer-manager-interview"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-interview-9c7e12f4a05b@workable.com
DTSTAMP:20250220T134418Z
DTSTART:20250227T090000Z
DTEND:20250227T100000Z
SUMMARY:Interview with Provence Réceptions - Chef de cuisine production (H/F)
DESCRIPTION:Hi Yanis Benali\,\n\nLaure Fabre has scheduled an in-person interview with you for the Chef de cuisine production (H/F) position at Provence Réceptions.\n\nDate: Thursday\, February 27\, 2025\nTime: 10:00 - 11:00 (Europe/Paris)\nLocation: Laboratoire Provence Réceptions\, ZA des Paluds\, 13400 Aubagne\n\nMessage from Laure:\n« Nous visiterons le laboratoire de production (jusqu'à 800 couverts sur les grosses prestations) puis nous échangerons sur l'organisation de la saison des mariages. »\n\nPowered by Workable
LOCATION:Laboratoire Provence Réceptions\, ZA des Paluds\, 13400 Aubagne
ORGANIZER;CN=Laure Fabre:mailto:laure@provence-receptions.fr
ATTENDEE;CN=Laure Fabre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laure@provence-receptions.fr
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "essai-mariage-traiteur",
        "uid": "6gk2o9r1tb4sm8ejc0a3qh7vnd@google.com",
        "label": (1, "Provence Réceptions", "", "onsite",
                  "karim@provence-receptions.fr", "trial-on-a-wedding-catering-job"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250308T110000Z
DTEND:20250309T000000Z
DTSTAMP:20250303T175102Z
ORGANIZER;CN=Karim Haddad:mailto:karim@provence-receptions.fr
UID:6gk2o9r1tb4sm8ejc0a3qh7vnd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laure Fabre;X-NUM-GUESTS=0:mailto:laure@provence-receptions.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karim Haddad;X-NUM-GUESTS=0:mailto:karim@provence-receptions.fr
DESCRIPTION:Salut Yanis\,\n\nComme dit avec Laure\, on te propose de venir en essai sur le mariage de samedi (140 pax\, cocktail + dîner assis) pour voir comment tu gères l'envoi en office traiteur. RDV 12h au labo d'Aubagne\, départ du camion 14h\, fin vers 1h. Rémunéré en extra.\n\nKarim – Chef exécutif
LOCATION:Domaine de la Bastide Rose\, Gémenos
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Essai Yanis – mariage Bastide Rose
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-teams-geneva",
        "uid": "SF-INTV-LEMANPALACE-22917-01",
        "label": (1, "Hôtel Léman Palace", "Chef de Cuisine – Brasserie du Léman", "recruiter_screen",
                  "sophie.keller@lemanpalace.ch", "successfactors-zurich-zone-teams-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-INTV-LEMANPALACE-22917-01
DTSTAMP:20250226T084501Z
DTSTART;TZID=Europe/Zurich:20250305T093000
DTEND;TZID=Europe/Zurich:20250305T101500
SUMMARY:Entretien - Chef de Cuisine – Brasserie du Léman (Req. 22917)
DESCRIPTION:Madame\, Monsieur\,\n\nNous avons le plaisir de vous confirmer l'entretien suivant :\n\nPoste : Chef de Cuisine – Brasserie du Léman (Req. 22917)\nType : Entretien Ressources Humaines (Microsoft Teams)\nAvec : Sophie Keller\, Talent Acquisition Manager\n\nRejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2YmM3%40thread.v2/0\nID de réunion : 387 556 120 494 – Code : 9bLm4X\n\nMerci de vous munir d'une pièce d'identité et de préciser votre situation vis-à-vis du permis de travail suisse (permis G frontalier / B).\n\nHôtel Léman Palace – Quai du Mont-Blanc\, 1201 Genève
LOCATION:Microsoft Teams
ORGANIZER;CN=Hôtel Léman Palace - Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Sophie Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.keller@lemanpalace.ch
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "journees-essai-all-day",
        "uid": "040000008200E00074C5B7101A82E00800000000B7E2D1F89A9ADB0100000000000000001000000088C4D2E1F6A03B4E9F1D7C2A0B5E6F43",
        "label": (1, "Hôtel Léman Palace", "Chef de Cuisine – Brasserie du Léman", "onsite",
                  "laurent.vuille@lemanpalace.ch", "three-day-trial-all-day-outlook-geneva"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vuille, Laurent":mailto:laurent.vuille@lemanpalace.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Keller, Sophie":mailto:sophie.keller@lemanpalace.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LP Chambre personnel 512":mailto:lp-room512@lemanpalace.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Yanis\,\n\nJe vous confirme vos trois journées d'essai à la Brasserie du Léman du lundi 31 mars au mercredi 2 avril. Vous serez sur les services midi et soir avec mon équipe\; mercredi après-midi\, je vous demanderai de proposer et envoyer un plat du jour.\nUne chambre du personnel est réservée pour les deux nuits. Prise de poste le lundi à 8h\, vestiaire niveau -1.\n\nMeilleures salutations\,\nLaurent Vuille\nChef Exécutif\n
UID:040000008200E00074C5B7101A82E00800000000B7E2D1F89A9ADB0100000000000000001000000088C4D2E1F6A03B4E9F1D7C2A0B5E6F43
SUMMARY;LANGUAGE=fr-CH:Journées d'essai Brasserie du Léman - Y. Benali
DTSTART;VALUE=DATE:20250331
DTEND;VALUE=DATE:20250403
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T070922Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Hôtel Léman Palace\, Genève
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-final-gm",
        "uid": "SF-INTV-LEMANPALACE-22917-03",
        "label": (1, "Hôtel Léman Palace", "Chef de Cuisine – Brasserie du Léman", "final",
                  "christian.baumann@lemanpalace.ch;laurent.vuille@lemanpalace.ch", "successfactors-final-with-general-manager"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-INTV-LEMANPALACE-22917-03
DTSTAMP:20250403T152030Z
DTSTART;TZID=Europe/Zurich:20250410T110000
DTEND;TZID=Europe/Zurich:20250410T120000
SUMMARY:Entretien final - Chef de Cuisine – Brasserie du Léman (Req. 22917)
DESCRIPTION:Madame\, Monsieur\,\n\nNous avons le plaisir de vous confirmer l'entretien suivant :\n\nPoste : Chef de Cuisine – Brasserie du Léman (Req. 22917)\nType : Entretien final (sur site)\nAvec : Christian Baumann\, Directeur Général\; Laurent Vuille\, Chef Exécutif\n\nLieu : Direction générale\, 1er étage – se présenter à la réception.\n\nHôtel Léman Palace – Quai du Mont-Blanc\, 1201 Genève
LOCATION:Hôtel Léman Palace - Direction générale
ORGANIZER;CN=Hôtel Léman Palace - Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Christian Baumann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:christian.baumann@lemanpalace.ch
ATTENDEE;CN=Laurent Vuille;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laurent.vuille@lemanpalace.ch
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "indeed-employer-side",
        "uid": "indeed-interview-7b3e9a41c26d4f0e@indeed.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-indeed-video-interview-as-employer"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-7b3e9a41c26d4f0e@indeed.com
DTSTAMP:20250128T101754Z
DTSTART:20250130T140000Z
DTEND:20250130T141500Z
SUMMARY:Entretien vidéo Indeed : Jordan P. – Commis de cuisine H/F
DESCRIPTION:Jordan P. a confirmé son entretien pour l'offre « Commis de cuisine H/F » (Le Calanque\, Marseille 7e).\n\nVous êtes l'employeur organisateur de cet entretien. Rejoignez-le depuis votre tableau de bord employeur :\nhttps://employers.indeed.com/interviews/7b3e9a41c26d4f0e\n\nConseil Indeed : préparez 3 ou 4 questions sur la disponibilité (coupures\, week-ends) et l'expérience du candidat.\n\nCet e-mail a été envoyé par Indeed pour le compte de Le Calanque.
LOCATION:Indeed Interview (vidéo)
ORGANIZER;CN=Indeed:mailto:no-reply@indeed.com
ATTENDEE;CN=Yanis Benali (Le Calanque);ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-restaurant-host",
        "uid": "e3b7c1d0-5a2f-4e91-8c6b-0f4d2a97b1e5@calendly.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-restaurant-calendly-candidate-booking"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e3b7c1d0-5a2f-4e91-8c6b-0f4d2a97b1e5@calendly.com
DTSTAMP:20250415T071239Z
DTSTART:20250417T133000Z
DTEND:20250417T135000Z
SUMMARY:Jade Morel et Le Calanque
DESCRIPTION:Nouvel événement : Rencontre candidats – cuisine (20 min)\n\nInvité : Jade Morel\nE-mail de l'invité : jade.morel04@gmail.com\nQuestions :\nPoste visé ? Commis pâtisserie / dressage desserts\nDisponibilités ? dès le 1er mai\, week-ends OK\n\nLieu : au restaurant\, entrée par la cour (demander Yanis)\n\nAnnuler ou reprogrammer : https://calendly.com/cancellations/e3b7c1d0\n\nPowered by Calendly.com
LOCATION:Le Calanque – 28 quai de Rive Neuve\, Marseille
ORGANIZER;CN=Le Calanque:mailto:resto.lecalanque@gmail.com
ATTENDEE;CN=Jade Morel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jade.morel04@gmail.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hosco-webinar",
        "uid": "zoom-webinar-86610042319@zoom.us",
        "label": (0, "", "", "", "", "webinar-about-acing-head-chef-interviews"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250305T120002Z
DTSTART:20250318T170000Z
DTEND:20250318T180000Z
SUMMARY:hosco Live: How to ace your Head Chef interview (luxury hotels & resorts)
UID:zoom-webinar-86610042319@zoom.us
DESCRIPTION:Hi Yanis\,\n\nThank you for registering for "hosco Live: How to ace your Head Chef interview".\n\nExecutive chefs and HR directors from three 5-star groups share what they look for in interviews\, trial days and tastings\, and answer your questions live.\n\nPlease submit any questions to: careers-events@hosco.com\n\nJoin from PC\, Mac\, iPad\, or Android:\nhttps://hosco.zoom.us/w/86610042319?tk=a9Xc\nPasscode: 402281\n\nYou can cancel your registration at any time.
LOCATION:https://hosco.zoom.us/w/86610042319?tk=a9Xc
ORGANIZER;CN=hosco Events:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "radio-interview",
        "uid": "4fj8d2b6sq1la9n0k3hc7rm5te@google.com",
        "label": (0, "", "", "", "", "local-radio-interview-about-cooking"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250116T100000Z
DTEND:20250116T104500Z
DTSTAMP:20250109T160533Z
ORGANIZER;CN=Claire Santoni:mailto:claire.santoni.radio@gmail.com
UID:4fj8d2b6sq1la9n0k3hc7rm5te@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Bonjour Yanis\,\n\nMerci d'avoir accepté ! Interview en direct dans « La cuisine de chez nous » (11h10-11h25) sur les poissons de roche et la vraie bouillabaisse. Arrivez vers 11h à l'accueil du studio\, 3 rue Grignan. On parlera aussi du Calanque et des pêcheurs de l'Estaque.\n\nClaire Santoni – journaliste\n06 12 88 45 03
LOCATION:Studio radio\, 3 rue Grignan\, 13001 Marseille
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview radio – Yanis Benali (bouillabaisse / poissons de roche)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
