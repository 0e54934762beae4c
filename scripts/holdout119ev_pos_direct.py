"""holdout119: the user's own interviews invited directly by employees, founders and agencies."""

from __future__ import annotations

from holdout119ev_ics import APPLE, GOOGLE, OUTLOOK, OUTLOOK16, THUNDERBIRD, calendar, event

# ruff: noqa: E501

UTC01 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "040000008200E00074C5B7101A82E00800000000F0D1C2B3A4E5DC010000000000000000100000002F6E1D"
    out.append(event("outlook-xaltdesc-fr", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F0D1C2B3A4E5DC010000000000000000100000002F6E1D
DTSTAMP:20260402T131200Z
DTSTART;TZID=Romance Standard Time:20260410T103000
DTEND;TZID=Romance Standard Time:20260410T120000
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Sécurité Aéroportuaire (SGS) – M. Girard
ORGANIZER;CN="Duret-Masson, Claire":mailto:claire.duret-masson@aeroports-rhone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Berthet, Guillaume":mailto:guillaume.berthet@aeroports-rhone.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="LYS - Tour Admin - Salle Confluence (10)":mailto:salle.confluence@aeroports-rhone.fr
LOCATION;LANGUAGE=fr-FR:LYS - Tour Admin - Salle Confluence (10)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Girard\,\n\nJe vous confirme notre entretien pour le poste de Responsable Sécurité Aéroportuaire (SGS) à Lyon-Saint Exupéry\, en présence de Guillaume Berthet\, Directeur des Opérations.\n\nAccès : parking P0\, badge visiteur à l'accueil Tour Admin.\n\nBien cordialement\,\nClaire Duret-Masson\nResponsable Qualité Sécurité Environnement\nAéroports du Rhône\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Monsieur Girard\,</p><p>Je vous confirme notre entretien pour le poste de <b>Responsable Sécurité Aéroportuaire (SGS)</b> à Lyon-Saint Exupéry\, en présence de Guillaume Berthet\, Directeur des Opérations.</p><p>Bien cordialement\,<br>Claire Duret-Masson</p></body></html>
CLASS:PUBLIC
PRIORITY:5
SEQUENCE:0
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, yes=True, company="Aéroports du Rhône",
        role="Responsable Sécurité Aéroportuaire (SGS)", stage="",
        interviewers="claire.duret-masson@aeroports-rhone.fr;guillaume.berthet@aeroports-rhone.fr", trap="outlook-room-lastfirst-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B7E2F1A0C9D8DC0100000000000000001000000088AA41"
    out.append(event("outlook-sentby-de", calendar(fr"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B7E2F1A0C9D8DC0100000000000000001000000088AA41
DTSTAMP:20260413T081500Z
DTSTART;TZID="{UTC01}":20260420T133000
DTEND;TZID="{UTC01}":20260420T160000
SUMMARY;LANGUAGE=de-CH:Zweitgespräch vor Ort – Leiter Flughafenbetrieb – A. Girard
ORGANIZER;CN="Keller, Thomas";SENT-BY="mailto:sandra.bucher@glattal-airport.ch":mailto:thomas.keller@glattal-airport.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=antoine.girard.ops@bluewin.ch:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Keller, Thomas":mailto:thomas.keller@glattal-airport.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Zimmermann, Regula":mailto:regula.zimmermann@glattal-airport.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Bucher, Sandra":mailto:sandra.bucher@glattal-airport.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Besucherbadge Vorfeld":mailto:badge.vorfeld@glattal-airport.ch
LOCATION;LANGUAGE=de-CH:Flughafen Glattal\, Betriebsgebäude\, 2. OG\, Raum «Piste 16»
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Girard\n\nIm Auftrag von Herrn Thomas Keller (COO) lade ich Sie zum Zweitgespräch ein. Anwesend sind Herr Keller und Frau Regula Zimmermann (Leiterin Human Resources). Im Anschluss ist eine Begehung des Vorfelds geplant (Badge wird bereitgestellt).\n\nFreundliche Grüsse\nSandra Bucher\nAssistentin COO\nFlughafen Glattal AG\n
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid=OUTLOOK, zones=(UTC01,)), uid, yes=True, company="Flughafen Glattal", role="Leiter Flughafenbetrieb",
        stage="onsite", interviewers="thomas.keller@glattal-airport.ch;regula.zimmermann@glattal-airport.ch",
        trap="outlook-sentby-utc-zone-de-assistant"))

    uid = "3q9v0kq1r6e2m8b7d5t4c0s1ab@google.com"
    out.append(event("google-en", calendar(r"""
BEGIN:VEVENT
DTSTART:20260311T090000Z
DTEND:20260311T094500Z
DTSTAMP:20260306T162011Z
ORGANIZER;CN=Sophie Dupraz:mailto:sophie.dupraz@lemanair.ch
UID:3q9v0kq1r6e2m8b7d5t4c0s1ab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sophie Dupraz;X-NUM-GUESTS=0:mailto:sophie.dupraz@lemanair.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=antoine.girard.ops@bluewin.ch;X-NUM-GUESTS=0:mailto:antoine.girard.ops@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/gtr-oxnb-ysq
DESCRIPTION:Hi Antoine\, as discussed – 45 min with me to talk about the Head of Ground Operations opening and your background at GVA. Looking forward!\n\nSophie\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/gtr-oxnb-ysq\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Antoine / Lémanair – Head of Ground Ops
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, headers=("X-WR-TIMEZONE:Europe/Zurich",)), uid, yes=True, company="Lémanair", role="Head of Ground Operations",
        stage="hiring_manager", interviewers="sophie.dupraz@lemanair.ch", trap="google-en-meet-terse"))

    uid = "0a7d2kc8n1sbu3m5v9pq4e6h2f@google.com"
    out.append(event("google-fr", calendar(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260305T140000
DTEND;TZID=Europe/Zurich:20260305T150000
DTSTAMP:20260302T101500Z
ORGANIZER;CN=Véronique Pittet:mailto:v.pittet@cargolac.ch
UID:0a7d2kc8n1sbu3m5v9pq4e6h2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Antoine Girard;X-NUM-GUESTS=0:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Véronique Pittet;X-NUM-GUESTS=0:mailto:v.pittet@cargolac.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicolas Aebischer;X-NUM-GUESTS=0:mailto:n.aebischer@cargolac.ch
DESCRIPTION:Entretien pour le poste de Responsable d'exploitation fret (80-100%).\nAvec Nicolas Aebischer (directeur) et Véronique Pittet (RH).\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticiper avec Google Meet : https://meet.google.com/qwd-kpsa-nro\nOu composer le : (CH) +41 44 506 12 33 Code : 447 118 902#\n\nEn savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\nVeuillez ne pas modifier cette section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Antoine Girard - Responsable d'exploitation fret
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, zones=("Europe/Zurich",)), uid, yes=True, company="Cargolac", role="Responsable d'exploitation fret",
        stage="", interviewers="n.aebischer@cargolac.ch;v.pittet@cargolac.ch", trap="google-fr-meet-hr-interviews"))

    uid = "5E2B7C1A-9F44-4D0B-8C3E-71A2B9D0F6C4"
    out.append(event("apple-fr", calendar(r"""
BEGIN:VEVENT
CREATED:20260316T192233Z
UID:5E2B7C1A-9F44-4D0B-8C3E-71A2B9D0F6C4
DTEND;TZID=Europe/Zurich:20260320T083000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Entretien GEH
LAST-MODIFIED:20260316T192301Z
DTSTAMP:20260316T192301Z
DTSTART;TZID=Europe/Zurich:20260320T073000
SEQUENCE:0
ORGANIZER;CN=Raphaël Monnier;EMAIL=raphael.monnier@icloud.com:mailto:raphael.monnier@icloud.com
ATTENDEE;CN=Antoine Girard;CUTYPE=INDIVIDUAL;EMAIL=antoine.girard.ops@bluewin.ch;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Raphaël Monnier;CUTYPE=INDIVIDUAL;EMAIL=raphael.monnier@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:raphael.monnier@icloud.com
LOCATION:Café du Terminal\, Aéroport de Genève (arrivées)
DESCRIPTION:Salut Antoine\, comme dit au tél : on prend un café avant mon vol et on parle du poste de chef d'escale chez Genève Executive Handling. Je t'envoie la fiche de poste ce soir. Raphaël
END:VEVENT
""", prodid=APPLE, zones=("Europe/Zurich",)), uid, yes=True, company="Genève Executive Handling", role="chef d'escale",
        stage="", interviewers="raphael.monnier@icloud.com", trap="apple-fr-founder-icloud-cafe"))

    uid = "a3f9e2c0-77b1-4d6e-9c58-2e1f0b4a8d73"
    out.append(event("thunderbird-fr", calendar(r"""
BEGIN:VEVENT
CREATED:20260404T175500Z
LAST-MODIFIED:20260404T180210Z
DTSTAMP:20260404T180210Z
UID:a3f9e2c0-77b1-4d6e-9c58-2e1f0b4a8d73
SUMMARY:Entretien – poste de chef d'aérodrome
ORGANIZER;CN=Jean-Marc Bovet:mailto:jm.bovet@bluewin.ch
ATTENDEE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Sylvie Chappuis:mailto:sylvie.chappuis@aerodrome-chablais.ch
DTSTART;TZID=Europe/Zurich:20260415T180000
DTEND;TZID=Europe/Zurich:20260415T193000
LOCATION:Aérodrome régional du Chablais\, bureau de piste\, Bex
DESCRIPTION:Bonjour Monsieur Girard\,\n\nAu nom du comité de la Société coopérative de l'Aérodrome régional du Chablais\, nous vous recevons pour un entretien concernant le poste de chef d'aérodrome (70 %).\nSeront présents : Sylvie Chappuis (vice-présidente) et moi-même.\n\nJean-Marc Bovet\, président
X-MOZ-GENERATION:2
END:VEVENT
""", prodid=THUNDERBIRD, zones=("Europe/Zurich",)), uid, yes=True, company="Aérodrome régional du Chablais",
        role="chef d'aérodrome", stage="", interviewers="jm.bovet@bluewin.ch;sylvie.chappuis@aerodrome-chablais.ch",
        trap="thunderbird-fr-president-freemail"))

    uid = "ALT-REC-2026-0331-BAS-girard"
    out.append(event("agency-fr", calendar(r"""
BEGIN:VEVENT
UID:ALT-REC-2026-0331-BAS-girard
DTSTAMP:20260326T112000Z
DTSTART;TZID=Europe/Paris:20260331T143000
DTEND;TZID=Europe/Paris:20260331T153000
SUMMARY:Entretien client : Bourget Aviation Services – Duty Manager FBO (Le Bourget)
ORGANIZER;CN=Élodie Rambert – Altitude Recrutement:mailto:e.rambert@altitude-recrutement.fr
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Franck Delmas:mailto:f.delmas@bourget-aviation.fr
LOCATION:Bourget Aviation Services\, Zone Aviation d'Affaires\, 93350 Le Bourget – Terminal FBO\, accueil
DESCRIPTION:Bonjour Antoine\,\n\nComme convenu\, vous rencontrez notre client Bourget Aviation Services. Vous serez reçu par Franck Delmas\, Directeur de site. Je ne serai pas présente mais je vous appelle juste après pour un débrief.\n\nPensez à votre pièce d'identité (accès zone réservée).\n\nÉlodie Rambert\nConsultante Aéronautique – Altitude Recrutement
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Paris",)), uid, yes=True, company="Bourget Aviation Services",
        role="Duty Manager FBO", stage="hiring_manager", interviewers="f.delmas@bourget-aviation.fr", trap="agency-fr-client"))

    uid = "AeroPeople-Termin-4471-AlpinAirCargo"
    out.append(event("agency-de", calendar(r"""
BEGIN:VEVENT
UID:AeroPeople-Termin-4471-AlpinAirCargo
DTSTAMP:20260414T093000Z
DTSTART;TZID=W. Europe Standard Time:20260417T100000
DTEND;TZID=W. Europe Standard Time:20260417T110000
SUMMARY:Interview bei unserem Kunden – Head of Warehouse & Ramp (Zürich)
ORGANIZER;CN="Brändli, Nicole":mailto:nicole.braendli@aeropeople.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN="Brändli, Nicole":mailto:nicole.braendli@aeropeople.ch
LOCATION:Teams
DESCRIPTION:Hallo Herr Girard\n\nwie besprochen hier die Einladung für das Gespräch mit unserem Kunden\, der Alpin Air Cargo GmbH. Sie sprechen mit Herrn Florian Huber (Geschäftsführer). Ich werde zu Beginn kurz dabei sein und Sie vorstellen\, dann verlasse ich das Meeting.\n\nViel Erfolg!\nNicole Brändli\nSenior Consultant Aviation | AeroPeople Staffing AG
END:VEVENT
""", prodid=OUTLOOK16, zones=("W. Europe Standard Time",)), uid, yes=True, company="Alpin Air Cargo",
        role="Head of Warehouse & Ramp", stage="hiring_manager", interviewers="Florian Huber",
        trap="agency-de-client-in-body-only"))

    uid = "webex-3f8a11b0c2-navalp-sim"
    out.append(event("webex-fr", calendar(r"""
BEGIN:VEVENT
UID:webex-3f8a11b0c2-navalp-sim
DTSTAMP:20260330T141500Z
DTSTART;TZID=Europe/Zurich:20260408T090000
DTEND;TZID=Europe/Zurich:20260408T110000
SUMMARY:NavAlp – Mise en situation (gestion d'une dégradation technique) – candidat A. Girard
ORGANIZER;CN=Stefan Brunner:mailto:stefan.brunner@navalp.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Stefan Brunner:mailto:stefan.brunner@navalp.ch
ATTENDEE;CN=Luc Favre:mailto:luc.favre@navalp.ch
LOCATION:https://navalp.webex.com/navalp/j.php?MTID=m7c2e81f
DESCRIPTION:Bonjour\,\n\nDeuxième étape du processus pour le poste de Chef·fe d'exploitation : exercice de mise en situation (45 min de préparation\, 45 min de restitution\, 30 min de questions).\nÉvaluateurs : Stefan Brunner et Luc Favre (superviseur ACC).\n\nRejoindre la réunion Webex\nhttps://navalp.webex.com/navalp/j.php?MTID=m7c2e81f\nNuméro de la réunion (code d'accès) : 2741 550 8812\nMot de passe de la réunion : NaV8sim\n\nRejoindre par téléphone\n+41-44-580-35-05 Suisse (Zurich)
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, yes=True, company="NavAlp", role="Chef·fe d'exploitation",
        stage="technical", interviewers="stefan.brunner@navalp.ch;luc.favre@navalp.ch", trap="webex-fr-exercise"))

    uid = "zoom-rhonetechnics-86611220934"
    out.append(event("zoom-en", calendar(r"""
BEGIN:VEVENT
UID:zoom-rhonetechnics-86611220934
DTSTAMP:20260316T080000Z
DTSTART:20260323T150000Z
DTEND:20260323T160000Z
SUMMARY:Panel interview – Operations Manager Line Maintenance (LYS)
ORGANIZER;CN=Anaïs Giraud:mailto:anais.giraud@rhone-technics.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Mark Ellison:mailto:mark.ellison@rhone-technics.com
ATTENDEE;CN=Aurélien Petit:mailto:aurelien.petit@rhone-technics.com
ATTENDEE;CN=Anaïs Giraud:mailto:anais.giraud@rhone-technics.com
LOCATION:Zoom
DESCRIPTION:Dear Antoine\,\n\nThank you for your interest in Rhône Technics. Please join the panel (Mark Ellison\, Accountable Manager\; Aurélien Petit\, Quality Manager\; and myself\, HR) via the link below.\n\nAnaïs Giraud is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://rhone-technics.zoom.us/j/86611220934?pwd=bWQ1aE\n\nMeeting ID: 866 1122 0934\nPasscode: 730155\n\nOne tap mobile\n+41432107108\,\,86611220934# Switzerland
END:VEVENT
""", prodid=OUTLOOK16), uid, yes=True, company="Rhône Technics", role="Operations Manager Line Maintenance (LYS)",
        stage="", interviewers="mark.ellison@rhone-technics.com;aurelien.petit@rhone-technics.com;anais.giraud@rhone-technics.com",
        trap="zoom-en-panel-hr-on-panel"))

    uid = "040000008200E00074C5B7101A82E008000000007A1C3E5F9B0ADC01000000000000000010000000C0FFEE"
    out.append(event("teams-phone-de", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000007A1C3E5F9B0ADC01000000000000000010000000C0FFEE
DTSTAMP:20260304T094000Z
DTSTART;TZID=W. Europe Standard Time:20260309T081500
DTEND;TZID=W. Europe Standard Time:20260309T084500
SUMMARY;LANGUAGE=de-CH:Telefoninterview Sky Gourmet – Betriebsleiter Produktion & Logistik
ORGANIZER;CN="Aebi, Manuela":mailto:manuela.aebi@skygourmet.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION;LANGUAGE=de-CH:Telefon – wir rufen Sie an (+41 79 412 58 30)
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Girard\n\nbesten Dank für Ihr Interesse an der Stelle als Betriebsleiter Produktion & Logistik bei Sky Gourmet AG. Gerne möchte ich mit Ihnen ein erstes telefonisches Gespräch (ca. 30 Min.) führen.\n\nFreundliche Grüsse\nManuela Aebi\nTalent Acquisition Specialist\n
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid=OUTLOOK, zones=("W. Europe Standard Time",)), uid, yes=True, company="Sky Gourmet",
        role="Betriebsleiter Produktion & Logistik", stage="recruiter_screen", interviewers="manuela.aebi@skygourmet.ch",
        trap="outlook-phone-screen-de"))

    uid = "lemanair-assessment-2026-0422@lemanair.ch"
    out.append(event("recurring-override-fr", calendar(r"""
BEGIN:VEVENT
UID:lemanair-assessment-2026-0422@lemanair.ch
DTSTAMP:20260410T090000Z
DTSTART;TZID=Europe/Zurich:20260422T083000
DTEND;TZID=Europe/Zurich:20260422T123000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Assessment Lémanair – Head of Ground Operations (2 demi-journées)
ORGANIZER;CN=Sophie Dupraz:mailto:sophie.dupraz@lemanair.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Sophie Dupraz:mailto:sophie.dupraz@lemanair.ch
ATTENDEE;CN=Pierre-Alain Favre:mailto:pa.favre@lemanair.ch
LOCATION:Lémanair\, siège\, Route de Pré-Bois 14\, 1216 Cointrin
DESCRIPTION:Dernière étape : assessment sur deux matinées (jeu de rôle gestion d'irrégularités\, présentation d'un plan de réorganisation des escales\, entretien avec le CEO Pierre-Alain Favre).
SEQUENCE:1
END:VEVENT
BEGIN:VEVENT
UID:lemanair-assessment-2026-0422@lemanair.ch
RECURRENCE-ID;TZID=Europe/Zurich:20260423T083000
DTSTAMP:20260414T160000Z
DTSTART;TZID=Europe/Zurich:20260423T133000
DTEND;TZID=Europe/Zurich:20260423T173000
SUMMARY:Assessment Lémanair – jour 2 (déplacé à l'après-midi)
ORGANIZER;CN=Sophie Dupraz:mailto:sophie.dupraz@lemanair.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Sophie Dupraz:mailto:sophie.dupraz@lemanair.ch
ATTENDEE;CN=Pierre-Alain Favre:mailto:pa.favre@lemanair.ch
LOCATION:Lémanair\, siège\, Route de Pré-Bois 14\, 1216 Cointrin
DESCRIPTION:Jour 2 décalé à l'après-midi (disponibilité du CEO).
SEQUENCE:2
END:VEVENT
""", prodid=GOOGLE, zones=("Europe/Zurich",)), uid, yes=True, company="Lémanair", role="Head of Ground Operations",
        stage="final", interviewers="sophie.dupraz@lemanair.ch;pa.favre@lemanair.ch", trap="recurring-override-assessment-fr"))

    uid = "f0c3b2a1-entrevista-hia-lyon"
    out.append(event("outlook-es", calendar(r"""
BEGIN:VEVENT
UID:f0c3b2a1-entrevista-hia-lyon
DTSTAMP:20260317T103000Z
DTSTART;TZID=Romance Standard Time:20260324T170000
DTEND;TZID=Romance Standard Time:20260324T174500
SUMMARY;LANGUAGE=es-ES:Entrevista – Jefe de Operaciones Escala Lyon – Antoine Girard
ORGANIZER;CN="Ortega Ruiz, Marta":mailto:marta.ortega@hia-handling.es
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN="Salvador, Javier":mailto:javier.salvador@hia-handling.es
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
DESCRIPTION;LANGUAGE=es-ES:Hola Antoine\,\n\nTe confirmo la entrevista con Javier Salvador (Director de Red Internacional) para el puesto de Jefe de Operaciones en nuestra nueva escala de Lyon. La entrevista será en español o francés\, como prefieras.\n\nUn saludo\,\nMarta Ortega\nSelección – Handling Ibérico Aeroportuario\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\n________________________________________________________________________________
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, yes=True, company="Handling Ibérico Aeroportuario",
        role="Jefe de Operaciones Escala Lyon", stage="hiring_manager", interviewers="javier.salvador@hia-handling.es",
        trap="outlook-es-teams"))

    uid = "7hcs0vb1g2d9f8e7j6k5l4m3n2@google.com"
    out.append(event("google-allday-final-fr", calendar(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260505
DTEND;VALUE=DATE:20260506
DTSTAMP:20260427T070000Z
UID:7hcs0vb1g2d9f8e7j6k5l4m3n2@google.com
ORGANIZER;CN=Maëlle Tanguy:mailto:maelle.tanguy@volbleu.fr
ATTENDEE;CN=antoine.girard.ops@bluewin.ch;PARTSTAT=ACCEPTED:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Olivier Pasquier;PARTSTAT=ACCEPTED:mailto:olivier.pasquier@volbleu.fr
ATTENDEE;CN=Aurore Lemaître;PARTSTAT=ACCEPTED:mailto:aurore.lemaitre@volbleu.fr
SUMMARY:Vol Bleu – journée finale à Orly (Responsable OCC)
LOCATION:Vol Bleu\, Bâtiment Orly Sud 2\, 94390 Orly
DESCRIPTION:Journée finale : visite de l'OCC\, entretien avec Aurore Lemaître (DG) et Olivier Pasquier\, déjeuner avec l'équipe. Horaires précis à l'accueil. Billets de train pris en charge.
TRANSP:TRANSPARENT
END:VEVENT
""", prodid=GOOGLE, headers=("X-WR-TIMEZONE:Europe/Paris",)), uid, yes=True, company="Vol Bleu", role="Responsable OCC",
        stage="final", interviewers="aurore.lemaitre@volbleu.fr;olivier.pasquier@volbleu.fr", trap="allday-final-fr"))

    uid = "5d0b9e11-2c3a-4f77-b6e4-petrolair-entretien"
    out.append(event("outlook-en-direct", calendar(r"""
BEGIN:VEVENT
UID:5d0b9e11-2c3a-4f77-b6e4-petrolair-entretien
DTSTAMP:20260406T121500Z
DTSTART:20260413T120000Z
DTEND:20260413T130000Z
SUMMARY:Interview – HSE & Operations Manager (Into-plane fuelling GVA)
ORGANIZER;CN=James Whitfield:mailto:james.whitfield@petrolair.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Céline Dubois:mailto:celine.dubois@petrolair.ch
LOCATION:Petrolair SA\, Depot office\, Chemin des Papillons 6\, 1216 Cointrin
DESCRIPTION:Antoine\, thanks for coming over. Céline Dubois (Country Manager) and I will meet you at the depot gate. Interview in English/French. Safety shoes not needed\, we stay landside.\n\nJames Whitfield\nRegional HSE Director\, Petrolair SA
END:VEVENT
""", prodid=OUTLOOK16), uid, yes=True, company="Petrolair", role="HSE & Operations Manager",
        stage="", interviewers="james.whitfield@petrolair.ch;celine.dubois@petrolair.ch", trap="outlook-en-direct-utc"))

    uid = "teamtailor-airmed-3c8d-4471"
    out.append(event("teamtailor-en", calendar(r"""
BEGIN:VEVENT
UID:teamtailor-airmed-3c8d-4471
DTSTAMP:20260319T090000Z
DTSTART;TZID=Europe/Zurich:20260325T110000
DTEND;TZID=Europe/Zurich:20260325T113000
SUMMARY:Intro call: AirMed Léman × Antoine Girard
ORGANIZER;CN=Tess Meylan:mailto:tess.meylan@airmed-leman.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Tess Meylan:mailto:tess.meylan@airmed-leman.ch
LOCATION:https://airmed-leman.teams.microsoft.com/l/meetup-join/19%3ameeting_NzI2
DESCRIPTION:Hi Antoine\, a first 30-minute call with me (People & Culture) about the Safety & Compliance Manager position. Happy to do it in French. Tess\n\nSent with Teamtailor
END:VEVENT
""", prodid="-//Teamtailor//Teamtailor//EN", zones=("Europe/Zurich",)), uid, yes=True, company="AirMed Léman",
        role="Safety & Compliance Manager", stage="recruiter_screen", interviewers="tess.meylan@airmed-leman.ch",
        trap="teamtailor-en-intro-call"))

    uid = "calendly-9e44-zsjs-brunner"
    out.append(event("calendly-en", calendar(r"""
BEGIN:VEVENT
UID:calendly-9e44-zsjs-brunner
DTSTAMP:20260422T174400Z
DTSTART:20260428T160000Z
DTEND:20260428T163000Z
SUMMARY:Antoine Girard and Luca Brunner
ORGANIZER;CN=Luca Brunner:mailto:luca.brunner.zsj@gmail.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:+41 76 330 12 88
DESCRIPTION:Event Name: 30 Minute Meeting\n\nInvitee: Antoine Girard\nInvitee Email: antoine.girard.ops@bluewin.ch\n\nQuestions:\nWhat would you like to discuss?\nYour opening for a base manager at Zürichsee Jet Services (your LinkedIn post). I'm currently duty ops manager at GVA.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/9e44\nReschedule: https://calendly.com/reschedulings/9e44\n\nPowered by Calendly.com
END:VEVENT
""", prodid="-//Calendly//Calendly//EN"), uid, yes=True, company="Zürichsee Jet Services", role="base manager",
        stage="", interviewers="luca.brunner.zsj@gmail.com", trap="calendly-en-generic-title-company-in-answers"))

    uid = "040000008200E00074C5B7101A82E00800000000D3C2B1A09F8EDC0100000000000000001000000011CAFE"
    out.append(event("outlook-cancelled-status-fr", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D3C2B1A09F8EDC0100000000000000001000000011CAFE
DTSTAMP:20260427T071000Z
DTSTART;TZID=Romance Standard Time:20260429T140000
DTEND;TZID=Romance Standard Time:20260429T150000
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique – Lyon Air Cargo Hub
ORGANIZER;CN="Perrin, Agathe":mailto:agathe.perrin@lach-cargo.fr
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION;LANGUAGE=fr-FR:Téléphone
DESCRIPTION;LANGUAGE=fr-FR:Premier échange téléphonique pour le poste de Responsable des opérations fret (nuit).\nAgathe Perrin – Chargée RH\n
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, yes=True, company="Lyon Air Cargo Hub",
        role="Responsable des opérations fret (nuit)", stage="recruiter_screen", interviewers="agathe.perrin@lach-cargo.fr",
        trap="status-cancelled-phone-fr"))

    return out
