# ruff: noqa: E501
"""holdout173 events, part b: the starred chef's team, the agency for Le Mas des Oliviers, Casa Nolla (Barcelona)."""

EVENTS = [
    {
        "kind": "outlook-chef-sent-by-pa",
        "uid": "040000008200E00074C5B7101A82E00800000000D0E3A4F17D8FDB010000000000000000100000007A6B3C1E9D0F4A4B8E51C2D7F0A3B911",
        "label": (1, "Maison Delorme", "Chef de cuisine", "hiring_manager",
                  "thibault.delorme@maison-delorme.fr", "entretien-avec-le-chef-outlook-sent-by-assistant"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Delorme, Thibault";SENT-BY="mailto:camille.roussel@maison-delorme.fr":mailto:thibault.delorme@maison-delorme.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roussel, Camille":mailto:camille.roussel@maison-delorme.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Benali\,\n\nComme convenu par
  mail\, le Chef Delorme vous recevra lundi 10 mars à 15h au restaurant (j
 our de fermeture) pour un entretien concernant le poste de chef de cuisin
 e.\nMerci de vous présenter à l'accueil\, 5 place des Tanneurs à Aix-en-P
 rovence. Prévoir environ une heure.\n\nBien cordialement\,\n\nCamille Rou
 ssel\nAssistante du Chef Thibault Delorme\nRestaurant Thibault Delorme **
 \n04 42 96 18 30\n
UID:040000008200E00074C5B7101A82E00800000000D0E3A4F17D8FDB010000000000000000100000007A6B3C1E9D0F4A4B8E51C2D7F0A3B911
SUMMARY;LANGUAGE=fr-FR:Rendez-vous Chef Delorme / M. Benali
DTSTART;TZID=Romance Standard Time:20250310T150000
DTEND;TZID=Romance Standard Time:20250310T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T104417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Restaurant Thibault Delorme - 5 place des Tanneurs
  Aix-en-Provence
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1408227755
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-journee-essai-starred",
        "uid": "040000008200E00074C5B7101A82E00800000000A4C1F6D2C594DB01000000000000000010000000C3E8F1A27B6D2F4C9A0E5B31D84F6A20",
        "label": (1, "Maison Delorme", "Chef de cuisine", "onsite",
                  "thibault.delorme@maison-delorme.fr", "journee-essai-michelin-kitchen-assistant-organizer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Roussel, Camille":mailto:camille.roussel@maison-delorme.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delorme, Thibault":mailto:thibault.delorme@maison-delorme.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cuisine (planning)":mailto:cuisine@maison-delorme.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Benali\,\n\nSuite à votre rencontre avec le Chef\, nous vous confirmons votre journée d'essai le mardi 25 mars : arrivée 8h30 pour la mise en place\, service du midi et du soir\, fin prévue vers 23h. Le repas du personnel est pris à 11h et 18h.\nLa journée est rémunérée (contrat d'extra à signer en arrivant\, merci d'apporter votre carte Vitale et un RIB).\nLe Chef souhaite que vous observiez le passe au déjeuner puis que vous teniez le poste garde-manger le soir.\n\nBien cordialement\,\nCamille Roussel\nAssistante du Chef Thibault Delorme
UID:040000008200E00074C5B7101A82E00800000000A4C1F6D2C594DB01000000000000000010000000C3E8F1A27B6D2F4C9A0E5B31D84F6A20
SUMMARY;LANGUAGE=fr-FR:Journée d'essai M. Benali
DTSTART;TZID=Romance Standard Time:20250325T083000
DTEND;TZID=Romance Standard Time:20250325T230000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T163058Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cuisine - Restaurant Thibault Delorme
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screen-named-client",
        "uid": "1r6hq0d3ve7n2k5cgs9jb4mu8p@google.com",
        "label": (1, "Le Mas des Oliviers", "Chef de cuisine", "recruiter_screen",
                  "sandrine.aubert@chefandco-recrutement.fr", "hospitality-agency-screen-for-named-hotel"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250212T150000Z
DTEND:20250212T153000Z
DTSTAMP:20250210T093514Z
ORGANIZER;CN=Sandrine Aubert:mailto:sandrine.aubert@chefandco-recrutement.fr
UID:1r6hq0d3ve7n2k5cgs9jb4mu8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandrine Aubert;X-NUM-GUESTS=0:mailto:sandrine.aubert@chefandco-recrutement.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Bonjour Yanis\,<br><br>Comme convenu\, je vous appelle mercredi à 16h pour faire le point sur le poste de <b>Chef de cuisine au Mas des Oliviers</b> (hôtel 4* + restaurant 60 couverts\, Aix-en-Provence\, ouverture à l'année\, 2 jours de repos consécutifs).<br>On reviendra sur votre parcours\, vos prétentions et vos disponibilités. Si ça colle\, je vous présente au propriétaire dans la foulée.<br><br>Sandrine Aubert<br>Consultante – Chef &amp; Co Recrutement<br>Cabinet spécialisé hôtellerie-restauration<br>06 75 12 40 89
LOCATION:Téléphone (Sandrine vous appelle)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Yanis Benali / Chef & Co – point poste Mas des Oliviers
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-client-meeting",
        "uid": "7pa1c5k2nq9hd0e6ftu3rb8mvs@google.com",
        "label": (1, "Le Mas des Oliviers", "Chef de cuisine", "hiring_manager",
                  "direction@mas-des-oliviers.fr", "agency-books-meeting-with-hotel-owner"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250224T150000
DTEND;TZID=Europe/Paris:20250224T163000
DTSTAMP:20250214T120841Z
ORGANIZER;CN=Sandrine Aubert:mailto:sandrine.aubert@chefandco-recrutement.fr
UID:7pa1c5k2nq9hd0e6ftu3rb8mvs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bertrand Joubert;X-NUM-GUESTS=0:mailto:direction@mas-des-oliviers.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandrine Aubert;X-NUM-GUESTS=0:mailto:sandrine.aubert@chefandco-recrutement.fr
DESCRIPTION:Rencontre avec M. Bertrand Joubert\, propriétaire du Mas des Oliviers\, au Mas (route de Galice\, Aix). Visite des cuisines puis échange.<br>Je ne serai pas présente\, appelez-moi après le rendez-vous pour un débrief.<br><br>Sandrine – Chef &amp; Co Recrutement
LOCATION:Le Mas des Oliviers\, route de Galice\, 13090 Aix-en-Provence
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV Mas des Oliviers – M. Joubert / Yanis Benali
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-entrevista",
        "uid": "personio-interview-3f8d1c2e-4470-4b5a-a0c9-81e2b7d6f5a3",
        "label": (1, "Hotel Casa Nolla", "Jefe/a de Cocina", "recruiter_screen",
                  "marta.puig@hotelcasanolla.com", "personio-spanish-video-screen-barcelona-hotel"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-3f8d1c2e-4470-4b5a-a0c9-81e2b7d6f5a3
DTSTAMP:20250402T081122Z
DTSTART;TZID=Europe/Madrid:20250408T160000
DTEND;TZID=Europe/Madrid:20250408T163000
SUMMARY:Entrevista: Jefe/a de Cocina – Yanis Benali
DESCRIPTION:Hola Yanis\,\n\nGracias por tu interés en Hotel Casa Nolla. Te
  confirmamos la entrevista por videollamada con Marta Puig (Recursos Huma
 nos).\n\nUnirse con Google Meet: https://meet.google.com/rfa-zqmw-ehn\n\n
 Si no puedes asistir\, responde a este correo.\n\nUn saludo\,\nEquipo de P
 ersonas – Hotel Casa Nolla\nPasseig de Gràcia 71\, 08008 Barcelona
LOCATION:Google Meet
ORGANIZER;CN=Marta Puig:mailto:marta.puig@hotelcasanolla.com
ATTENDEE;CN=Marta Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marta.puig@hotelcasanolla.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prueba-de-cocina",
        "uid": "0bq4k7sdn1m3v8jhe2tr6c9lfa@google.com",
        "label": (1, "Hotel Casa Nolla", "Jefe/a de Cocina", "technical",
                  "jordi.ferrer@hotelcasanolla.com;nuria.soler@hotelcasanolla.com", "prueba-de-cocina-spanish-google-invite"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250423T100000
DTEND;TZID=Europe/Madrid:20250423T150000
DTSTAMP:20250411T143307Z
ORGANIZER;CN=Marta Puig:mailto:marta.puig@hotelcasanolla.com
UID:0bq4k7sdn1m3v8jhe2tr6c9lfa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jordi Ferrer;X-NUM-GUESTS=0:mailto:jordi.ferrer@hotelcasanolla.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Núria Soler;X-NUM-GUESTS=0:mailto:nuria.soler@hotelcasanolla.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Puig;X-NUM-GUESTS=0:mailto:marta.puig@hotelcasanolla.com
DESCRIPTION:Hola Yanis\,\n\nComo hablamos\, te esperamos el miércoles 23 para la prueba de cocina con nuestro chef ejecutivo Jordi Ferrer. Tendrás que preparar dos platos de la carta del restaurante Nolla (arroz de temporada y un pescado) y un plato libre. Después\, una breve charla con Núria Soler\, directora del hotel.\n\nTe cubrimos el tren Marsella–Barcelona. Trae tu uniforme y cuchillos.\n\nHasta pronto\,\nMarta
LOCATION:Hotel Casa Nolla – entrada de personal\, Carrer de València 262\, Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba de cocina – Yanis Benali (Jefe/a de Cocina)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-reply-accepted",
        "uid": "1f7c0ab2-8d41-4e6a-9b35-6e20c9d4a871@laposte.net",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-candidate-accepts-trial-invite-reply"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Kevin Da Silva:mailto:kevin.dasilva13@hotmail.fr
COMMENT;LANGUAGE=fr-FR:Bonjour chef\, c'est noté pour jeudi\, je serai là à 9h30 avec ma tenue. Merci !\n
UID:1f7c0ab2-8d41-4e6a-9b35-6e20c9d4a871@laposte.net
SUMMARY;LANGUAGE=fr-FR:Accepté: Essai chef de partie - Le Calanque
DTSTART;TZID=Romance Standard Time:20250313T093000
DTEND;TZID=Romance Standard Time:20250313T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T191544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Le Calanque\, 28 quai de Rive Neuve
ORGANIZER;CN=Yanis Benali:mailto:yanis.benali13@laposte.net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate-proposal",
        "uid": "3dm8u1a6kq0fr7b2h9ncl4pt5s@google.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-agency-presents-second-de-cuisine-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250515T130000Z
DTEND:20250515T134500Z
DTSTAMP:20250512T084012Z
ORGANIZER;CN=Laetitia Marrou – Extra Toque:mailto:l.marrou@extratoque-recrutement.fr
UID:3dm8u1a6kq0fr7b2h9ncl4pt5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Ortiz;X-NUM-GUESTS=0:mailto:resto.lecalanque@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laetitia Marrou – Extra Toque;X-NUM-GUESTS=0:mailto:l.marrou@extratoque-recrutement.fr
DESCRIPTION:Bonjour Stéphane\, bonjour Yanis\,<br><br>Suite à votre demande pour le poste de <b>second de cuisine</b>\, je vous présente Mehdi A. (8 ans d'expérience\, dont 3 comme second dans une brasserie de 180 couverts à Toulon). Son dossier de compétences est en pièce jointe.<br>Il peut passer au restaurant jeudi à 15h pour un premier échange avec vous deux.<br><br>Laetitia Marrou<br>Extra Toque – intérim &amp; recrutement CHR<br>04 91 33 70 12
LOCATION:Le Calanque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation candidat Mehdi A. – Second de cuisine / Le Calanque
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "audit-hygiene",
        "uid": "a91e2f1c-77d5-4f2c-8a4b-1d0c3e5f9b27",
        "label": (0, "", "", "", "", "hygiene-audit-visit-at-own-kitchen"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VTIMEZONE
TZID:Europe/Paris
LAST-MODIFIED:20231222T233358Z
TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250227T101412Z
UID:a91e2f1c-77d5-4f2c-8a4b-1d0c3e5f9b27
CLASS:PUBLIC
CREATED:20250227T101412Z
DESCRIPTION:Audit hygiène annuel (Bureau Veritas\, mandaté par Stéphane).\nPréparer : plan de nettoyage signé\, relevés T° frigos/chambres froides\, traçabilité étiquettes\, PMS à jour\, attestations formation HACCP de l'équipe.\nDégivrer congel 2 la veille.
DTSTART;TZID=Europe/Paris:20250306T090000
DTEND;TZID=Europe/Paris:20250306T113000
LAST-MODIFIED:20250227T101412Z
LOCATION:Le Calanque
SUMMARY:Audit hygiène BV – cuisine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "combo-planning-shift",
        "uid": "combo-shift-5521987-20250405@combohr.com",
        "label": (0, "", "", "", "", "shared-staff-schedule-split-shift"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Combo//Planning Export//FR
CALSCALE:GREGORIAN
X-WR-CALNAME:Planning Le Calanque – Yanis B.
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
UID:combo-shift-5521987-20250405@combohr.com
DTSTAMP:20250401T180000Z
DTSTART:20250405T083000Z
DTEND:20250405T130000Z
SUMMARY:Cuisine · Sous-chef (coupure)
DESCRIPTION:Établissement : Le Calanque\nPoste : Sous-chef\nPause : 30 min\nNote du manager : samedi grosse résa groupe 35 pers. midi (anniv)\, menu imposé.
LOCATION:Le Calanque
END:VEVENT
BEGIN:VEVENT
UID:combo-shift-5521988-20250405@combohr.com
DTSTAMP:20250401T180000Z
DTSTART:20250405T163000Z
DTEND:20250405T213000Z
SUMMARY:Cuisine · Sous-chef (soir)
DESCRIPTION:Établissement : Le Calanque\nPoste : Sous-chef\nFermeture cuisine : Yanis
LOCATION:Le Calanque
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "coach-mock-interview",
        "uid": "zoom-84419073521-20250307@zoom.us",
        "label": (0, "", "", "", "", "mock-interview-with-career-coach-zoom"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250303T112540Z
DTSTART;TZID=Europe/Paris:20250307T160000
DTEND;TZID=Europe/Paris:20250307T170000
SUMMARY:Coaching – séance 3 : simulation d'entretien « chef de cuisine »
UID:zoom-84419073521-20250307@zoom.us
TZID:Europe/Paris
DESCRIPTION:Cécile Arnaud vous invite à une réunion Zoom planifiée.\n\nSéance 3/4 (financée CPF) : on joue un entretien complet avec un directeur F&B d'hôtel – je fais le recruteur\, vous répondez comme le jour J. Debrief et points d'amélioration à la fin.\n\nRejoindre la réunion Zoom\nhttps://us06web.zoom.us/j/84419073521?pwd=Qm9yTHp2aWxKd0d5c3V4\n\nID de réunion: 844 1907 3521\nCode secret: 271905\n\nCécile Arnaud – Coach emploi & reconversion\, Marseille
LOCATION:https://us06web.zoom.us/j/84419073521?pwd=Qm9yTHp2aWxKd0d5c3V4
ORGANIZER;CN=Cécile Arnaud:mailto:cecile.arnaud.coaching@gmail.com
ATTENDEE;CN=yanis.benali13@laposte.net;RSVP=TRUE:mailto:yanis.benali13@laposte.net
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
]
