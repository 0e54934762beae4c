"""holdout198: city, health network, regulators, transit, port, culture (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev

EVENTS = [
    ev("bookings-appel", "AAMkAGQ1ZTc3NWVlLWJvb2tpbmdzLXZpbGxlcXVlYmVjLTIwMjYxMDA4",
       1, "Ville de Québec", "Directrice ou directeur – Service des communications", "recruiter_screen",
       "audrey.leclerc@ville.quebec.qc.ca", "microsoft-bookings-city-phone-screen", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Dotation - Ville de Québec:mailto:DotationVilledeQuebec@villequebec.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Audrey Leclerc:mailto:audrey.leclerc@ville.quebec.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Votre rendez-vous est confirmé.\n\nService : Entretien téléphonique – cadres (30 min)\nMembre du personnel : Audrey Leclerc\, conseillère en dotation\nPoste : Directrice ou directeur – Service des communications (concours CAD-26-118)\n\nNous vous appellerons au numéro indiqué : 418 571-0392\n\nPour modifier ou annuler votre rendez-vous : https://outlook.office365.com/owa/calendar/DotationVilledeQuebec@villequebec.onmicrosoft.com/bookings/\n\nMicrosoft Bookings\n
UID:AAMkAGQ1ZTc3NWVlLWJvb2tpbmdzLXZpbGxlcXVlYmVjLTIwMjYxMDA4
SUMMARY;LANGUAGE=fr-CA:Entretien téléphonique – cadres (Marie-Ève Gagnon)
DTSTART:20261008T170000Z
DTEND:20261008T173000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T114903Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Appel téléphonique
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("hotel-de-ville", "vdq-cad26118-entrevue-gagnon@ville.quebec.qc.ca",
       1, "Ville de Québec", "Directrice ou directeur – Service des communications", "onsite",
       "jean.lapierre@ville.quebec.qc.ca;audrey.leclerc@ville.quebec.qc.ca;Me Sophie Néron",
       "city-hall-panel-external-member-by-name", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
UID:vdq-cad26118-entrevue-gagnon@ville.quebec.qc.ca
DTSTAMP:20261016T130000Z
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261023T083000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261023T100000
SUMMARY:Concours CAD-26-118 – entrevue – Mme Gagnon
DESCRIPTION:Bonjour Madame Gagnon\,\n\nVous êtes convoquée en entrevue pour le concours CAD-26-118. Le jury sera composé de M. Jean Lapierre\, directeur général adjoint\, de Me Sophie Néron\, membre externe\, et de Mme Audrey Leclerc (Service des ressources humaines).\n\nHôtel de ville\, 2\, rue des Jardins\, porte principale. Un test psychométrique en ligne vous sera envoyé après l'entrevue si vous êtes retenue.\n\nAudrey Leclerc
LOCATION:Hôtel de ville\, 2\, rue des Jardins – salle du comité exécutif
ORGANIZER;CN="Leclerc, Audrey":mailto:audrey.leclerc@ville.quebec.qc.ca
ATTENDEE;RSVP=TRUE;CN="marieeve.gagnon@videotron.ca":mailto:marieeve.gagnon@videotron.ca
ATTENDEE;RSVP=TRUE;CN="Lapierre, Jean":mailto:jean.lapierre@ville.quebec.qc.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevue-ciusss", "CIUSSS-CN-DRHCAJ-2026-11-18-0930",
       1, "CIUSSS de la Capitale-Nationale", "Cheffe de service – communications internes", "",
       "valerie.dumont.ciussscn@ssss.gouv.qc.ca;martin.gosselin.ciussscn@ssss.gouv.qc.ca",
       "health-network-ssss-addresses", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:CIUSSS-CN-DRHCAJ-2026-11-18-0930
DTSTAMP:20261109T210433Z
DTSTART;TZID=America/Toronto:20261118T093000
DTEND;TZID=America/Toronto:20261118T103000
SUMMARY:Entrevue – Poste de cheffe de service des communications internes
DESCRIPTION:Bonjour\,\n\nTel que discuté\, voici la confirmation de votre entrevue.\nComité : Valérie Dumont\, directrice adjointe des communications et des affaires publiques\; Martin Gosselin\, conseiller cadre en gestion des talents.\n\nAdresse : 525\, boulevard Wilfrid-Hamel\, aile J\, 3e étage\, Québec. Stationnement payant à l'arrière.\n\nVeuillez apporter une copie de vos diplômes.\n\nMartin Gosselin
LOCATION:525\, boul. Wilfrid-Hamel\, aile J – 3e étage
ORGANIZER;CN="Martin Gosselin (CIUSSSCN)":mailto:martin.gosselin.ciussscn@ssss.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;RSVP=TRUE;CN="Valérie Dumont (CIUSSSCN)":mailto:valerie.dumont.ciussscn@ssss.gouv.qc.ca
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("amf-rencontre", "AMF-REC-2026-0347-GAGNON",
       1, "Autorité des marchés financiers", "Directrice des communications et des relations avec les médias", "final",
       "yves.charbonneau@lautorite.qc.ca", "final-with-ceo-dial-in-no-word-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Madame Gagnon\,\n\nM. Charbonneau aimerait s'entretenir avec vous avant que la décision ne soit prise. La rencontre aura lieu à nos bureaux de Québec.\n\nPlace de la Cité\, tour Cominar\, 2640\, boulevard Laurier\, 3e étage\n\nAu besoin : 1 877 525-0337\n\nRachel Fontaine\nAdjointe au président-directeur général
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261214T160000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261214T164500
DTSTAMP:20261208T174122Z
LOCATION:2640\, boul. Laurier\, 3e étage – bureau du PDG
ORGANIZER;CN="Fontaine, Rachel":mailto:rachel.fontaine@lautorite.qc.ca
ATTENDEE;CN="marieeve.gagnon@videotron.ca";RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN="Charbonneau, Yves";RSVP=TRUE:mailto:yves.charbonneau@lautorite.qc.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Rencontre avec M. Yves Charbonneau\, PDG – Mme Marie-Ève Gagnon
TRANSP:OPAQUE
UID:AMF-REC-2026-0347-GAGNON
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("folks-entrevue", "folks-rtc-9d1e2f3a-entrevue@folksrh.com",
       1, "Réseau de transport de la Capitale", "Conseiller(ère) principal(e) en communication et relations médias", "hiring_manager",
       "c.levesque@rtcquebec.ca", "local-ats-folks-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Folks RH//Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:folks-rtc-9d1e2f3a-entrevue@folksrh.com
DTSTAMP:20261027T131800Z
DTSTART:20261103T190000Z
DTEND:20261103T200000Z
SUMMARY:Entrevue - Conseiller(ère) principal(e) en communication et relations médias - RTC
DESCRIPTION:Bonjour Marie-Ève\,\n\nVotre entrevue avec Catherine Lévesque\, directrice Communications et expérience client\, est confirmée.\n\nAdresse : 720\, rue des Rocailles\, Québec\n\nPlateforme de recrutement Folks – ne pas répondre à ce courriel.
LOCATION:720\, rue des Rocailles\, Québec
ORGANIZER;CN=RTC - Recrutement:mailto:notifications@folksrh.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Catherine Lévesque:mailto:c.levesque@rtcquebec.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("port-quebec", "e2b6a81c4d7f4a09@portquebec.ca",
       1, "Port de Québec", "Directrice – communications et relations avec la communauté", "",
       "anne-sophie.giroux@portquebec.ca;mario.girard@portquebec.ca",
       "rencontre-wording-no-interview-word", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:e2b6a81c4d7f4a09@portquebec.ca
DTSTAMP:20261110T184400Z
DTSTART;TZID=America/Toronto:20261117T153000
DTEND;TZID=America/Toronto:20261117T163000
SUMMARY:Rencontre – Marie-Ève Gagnon (poste Dir. communications et relations avec la communauté)
DESCRIPTION:Bonjour Marie-Ève\,\n\nMerci de votre intérêt. Anne-Sophie Giroux (vice-présidente\, Affaires publiques) et Mario Girard (président-directeur général) vous rencontreront pour discuter de votre candidature.\n\n150\, rue Dalhousie\, Québec – entrée côté Bassin Louise.\n\nÉmilie Roussel\nAdjointe administrative
LOCATION:150\, rue Dalhousie\, Québec
ORGANIZER;CN="Roussel, Émilie":mailto:emilie.roussel@portquebec.ca
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;RSVP=TRUE;CN="Giroux, Anne-Sophie":mailto:anne-sophie.giroux@portquebec.ca
ATTENDEE;RSVP=TRUE;CN="Girard, Mario":mailto:mario.girard@portquebec.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("exo-entrevue", "csod-exo-req4471-int2@csod.com",
       1, "exo", "Conseillère principale – relations médias", "onsite",
       "laurent.beaudoin@exo.quebec;isabelle.guay@exo.quebec", "cornerstone-two-person-panel-montreal", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cornerstone OnDemand//Recruiting//EN
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:csod-exo-req4471-int2@csod.com
DTSTAMP:20261111T150000Z
DTSTART;TZID=America/Toronto:20261125T100000
DTEND;TZID=America/Toronto:20261125T111500
SUMMARY:exo - Entrevue en personne - Conseillère principale\, relations médias (REQ4471)
DESCRIPTION:Bonjour Marie-Ève\,\nVous rencontrerez Laurent Beaudoin (directeur\, communications) et Isabelle Guay (partenaire d'affaires RH).\nAdresse : 700\, rue De La Gauchetière Ouest\, 26e étage\, Montréal\nMerci de confirmer votre présence dans votre espace candidat.
LOCATION:700\, rue De La Gauchetière O.\, 26e étage\, Montréal
ORGANIZER;CN=exo recrutement:mailto:exo-recrutement@csod.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Laurent Beaudoin:mailto:laurent.beaudoin@exo.quebec
ATTENDEE;CN=Isabelle Guay:mailto:isabelle.guay@exo.quebec
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("zoom-entrevue", "zoom-8471129034-telequebec@zoom.us",
       1, "Télé-Québec", "Chef(fe) des communications et des relations de presse", "recruiter_screen",
       "gbrunet@telequebec.tv", "zoom-invite-first-talk-montreal", r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/Montreal
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:STANDARD
TZNAME:EST
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:EDT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20261030T160112Z
DTSTART;TZID=America/Montreal:20261106T110000
DTEND;TZID=America/Montreal:20261106T114500
SUMMARY:Télé-Québec - premier échange - Marie-Ève Gagnon
UID:zoom-8471129034-telequebec@zoom.us
TZID:America/Montreal
DESCRIPTION:Geneviève Brunet vous invite à une réunion Zoom planifiée.\n\nSujet : Premier échange – poste Chef(fe) des communications et des relations de presse\n\nParticiper à la réunion Zoom\nhttps://telequebec.zoom.us/j/8471129034?pwd=V0x2bWtPc2R4Wk\n\nID de réunion : 847 112 9034\nCode secret : 318802\n\n---\nUne seule touche sur l'appareil mobile\n+14388097799\,\,8471129034# Canada\n
LOCATION:https://telequebec.zoom.us/j/8471129034?pwd=V0x2bWtPc2R4Wk
ORGANIZER;CN=Geneviève Brunet:mailto:gbrunet@telequebec.tv
END:VEVENT
END:VCALENDAR
"""),
    ev("musee-rencontre", "5h2k8m1n3p4q6r7s9t0u1v2w3x@google.com",
       1, "Musée national des beaux-arts du Québec", "Directrice des communications et du marketing", "hiring_manager",
       "jmarcoux@mnbaq.org", "museum-google-invite-coffee-worded-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
<<TOR_GOOGLE>>
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261201T140000
DTEND;TZID=America/Toronto:20261201T150000
DTSTAMP:20261124T171802Z
ORGANIZER;CN=Julie Marcoux:mailto:jmarcoux@mnbaq.org
UID:5h2k8m1n3p4q6r7s9t0u1v2w3x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@
 videotron.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julie Marcoux;X-NUM-GUESTS=0:mailto:jmarcoux@mnbaq.org
DESCRIPTION:Bonjour Marie-Ève\,\n\nTel que convenu\, je t'attends au musée
  pour notre entretien concernant le poste de directrice des communications e
 t du marketing. On se retrouve au café du pavillon Pierre Lassonde puis on
  montera à mon bureau.\n\nJulie Marcoux\nDirectrice générale adjointe
LOCATION:MNBAQ\, pavillon Pierre Lassonde\, 179 Grande Allée O\, Québec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Marie-Ève Gagnon (dir. communications et marketing)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
