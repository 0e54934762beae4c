"""holdout65: the user's own interviews, Swiss employers (French and German)."""

from __future__ import annotations

from holdout65ev_ics import UTC1_DE, Ev, cal, pos

LEMAN_SCREEN = r"""BEGIN:VEVENT
UID:SF-RCM-INT-2031-000457@residence-leman.successfactors.eu
DTSTAMP:20261116T093000Z
DTSTART;TZID=Europe/Zurich:20261123T140000
DTEND;TZID=Europe/Zurich:20261123T143000
SUMMARY:Invitation à un entretien : F&B Manager (H/F) – Réf. 2031
DESCRIPTION:Madame\, Monsieur\,\n\nNous vous remercions de l'intérêt porté à notre établissement. Nous avons le
 plaisir de vous convier à un premier entretien téléphonique avec Aurélie Baud\, HR Business Partner.\n\nPoste
 : F&B Manager (H/F) – Réf. 2031\nDate : lundi 23 novembre 2026\nHeure : 14:00 (heure de Genève)\n\nMerci de
 confirmer votre présence au moyen du lien ci-dessous.\n\nRésidence du Léman SA\nQuai du Mont-Blanc 31\, 1201
 Genève
LOCATION:Téléphone
ORGANIZER;CN=Résidence du Léman - Recrutement:mailto:recrutement@residence-leman.ch
ATTENDEE;CN=Aurélie Baud;ROLE=REQ-PARTICIPANT:mailto:aurelie.baud@residence-leman.ch
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

LEMAN_FINAL = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261204T152200Z
DESCRIPTION:Monsieur Lambert\,\n\nJe vous confirme votre entretien final pour le poste de F&B Manager avec M.
 Fabio Bernasconi\, Directeur Général\, et Mme Corinne Favre\, Directrice des Opérations.\n\nAurélie Baud (RH)
 vous accueillera à la réception et vous remettra le badge visiteur ; elle ne siège pas à l'entretien.\n\n
 Meilleures salutations\,\n\nAurélie Baud\nHR Business Partner\nRésidence du Léman
DTEND;TZID=W. Europe Standard Time:20261217T120000
DTSTAMP:20261204T152200Z
DTSTART;TZID=W. Europe Standard Time:20261217T103000
LOCATION:Résidence du Léman\, salle Mont-Blanc\, 1er étage
ORGANIZER;CN="Baud, Aurélie":mailto:aurelie.baud@residence-leman.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bernasconi, Fabio":mailto:fabio.bernasconi@residence-leman.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Favre, Corinne":mailto:corinne.favre@residence-leman.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="RDL Salle Mont-Blanc":mailto:salle.montblanc@residence-leman.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-CH:Entretien final – F&B Manager – M. Lambert
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C1E5A7B39D6EDB0100000000000000001000000058F2A6D0C4B3E947
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

LAVAUX = r"""BEGIN:VEVENT
DTSTART:20261202T100000Z
DTEND:20261202T103000Z
DTSTAMP:20261127T154521Z
ORGANIZER;CN=Sandrine Chappuis:mailto:s.chappuis@lavaux-panorama.ch
UID:8f2g6h0j4k1l5z9x3c7v2b6n0m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandrine Chappuis
 ;X-NUM-GUESTS=0:mailto:s.chappuis@lavaux-panorama.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Bonjour Monsieur Lambert\,\nJe vous appellerai au +33 6 71 24 58 90 pour un premier entretien
 téléphonique concernant le poste de Chef de cuisine (restaurant panoramique\, 70 couverts\, fermeture
 hebdomadaire dimanche-lundi).\nBelle journée\,\nSandrine Chappuis\, responsable du personnel\nHôtel Lavaux
 Panorama\, Cully (VD)
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique – Hôtel Lavaux Panorama
TRANSP:OPAQUE
END:VEVENT"""

SEEBLICK = r"""BEGIN:VEVENT
UID:softgarden-appointment-4417298-ch@softgarden.io
DTSTAMP:20261124T074501Z
DTSTART;TZID=Europe/Zurich:20261201T150000
DTEND;TZID=Europe/Zurich:20261201T160000
SUMMARY:Vorstellungsgespräch: Küchenchef (m/w/d) – Hotel Seeblick Luzern
DESCRIPTION:Grüezi Herr Lambert\,\n\nvielen Dank für Ihre Bewerbung als Küchenchef (m/w/d). Gerne laden wir
 Sie zu einem Video-Gespräch ein.\n\nGesprächspartner:\n– Reto Amrein\, Direktor\n– Corinne Gisler\, Leiterin
 Personal\n\nZoom-Meeting beitreten\nhttps://zoom.us/j/93317254680?pwd=U2VlYmxpY2tMdXplcm4\n\nMeeting-ID: 933
 1725 4680\nKenncode: 661204\n\nFreundliche Grüsse\nHotel Seeblick Luzern AG\nHaldenstrasse 40\, 6006 Luzern
LOCATION:Zoom
ORGANIZER;CN=Corinne Gisler:mailto:c.gisler@seeblick-luzern.ch
ATTENDEE;CN=Reto Amrein;ROLE=REQ-PARTICIPANT:mailto:r.amrein@seeblick-luzern.ch
ATTENDEE;CN=Corinne Gisler;ROLE=REQ-PARTICIPANT:mailto:c.gisler@seeblick-luzern.ch
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

KUPFER_SCREEN = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261120T081500Z
DESCRIPTION:Guten Tag Herr Lambert\,\n\nwie telefonisch besprochen\, führen wir ein erstes Telefoninterview
 zum Mandat Küchenchef für das Zunfthaus zum Kupferhammer in Zürich (Altstadt\, 120 Plätze\, Zunftsaal für
 Bankette).\nBitte halten Sie Ihren Lebenslauf und Ihre Verfügbarkeit bereit.\n\nFreundliche Grüsse\nSimone
 Baumann\nSenior Consultant Gastronomie\nKüchenprofis Personal AG\, Zürich
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20261126T093000
DTSTAMP:20261120T081500Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20261126T090000
LOCATION:Telefon
ORGANIZER;CN="Baumann, Simone":mailto:s.baumann@kuechenprofis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.lambert.chef@gmail.com
 :mailto:mathieu.lambert.chef@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-CH:Telefoninterview Küchenchef (Mandat Zürich Altstadt) – M. Lambert
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000925E1B7C4A68DB01000000000000000010000000F3A8C1D6E02B4975
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

KUPFER_TRIAL = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261216T100000
DTEND;TZID=Europe/Zurich:20261216T153000
DTSTAMP:20261207T180455Z
ORGANIZER;CN=Urs Egli:mailto:u.egli@kupferhammer-zuerich.ch
UID:5s9d3f7g1h6j0k4l8z2x6c0v3b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Simone Baumann;X-NUM-GUESTS=0
 :mailto:s.baumann@kuechenprofis.ch
DESCRIPTION:Grüezi Herr Lambert\,\nwie mit Frau Baumann abgemacht: Probearbeiten bei uns von 10:00 bis 15:30
 inkl. Mittagsservice. Kochjacke und Schuhe bitte mitnehmen\, Messer haben wir.\nAm Schluss kurzes Gespräch
 mit mir\, unser Souschef Dario zeigt Ihnen vorher die Küche.\nEs Grüessli\nUrs Egli\, Gastgeber
 \nZunfthaus zum Kupferhammer
LOCATION:Zunfthaus zum Kupferhammer\, Limmatquai 58\, 8001 Zürich\, Schweiz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probearbeiten Küchenchef – Zunfthaus zum Kupferhammer
TRANSP:OPAQUE
END:VEVENT"""

ALPENHOF_SCREEN = r"""BEGIN:VEVENT
UID:personio-interview-81427736-3e9a@alpenhof-gstaad.jobs.personio.de
DTSTAMP:20261125T101500Z
DTSTART;TZID=Europe/Zurich:20261204T090000
DTEND;TZID=Europe/Zurich:20261204T094500
SUMMARY:Interview F&B Manager (w/m/d) – Alpenhof Gstaad
DESCRIPTION:Guten Tag Herr Lambert\,\n\nwir freuen uns auf das Gespräch mit Ihnen.\nGesprächspartnerin: Lara
 Zbinden\, HR Managerin\n\n________________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät aus teil
 \nKlicken Sie hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 318 774 602 915\nKennung: Gs4tD9\n
 Teams herunterladen | Im Web beitreten\nWeitere Infos | Besprechungsoptionen\n
 ________________________________________________________________________________\n\nHotel Alpenhof Gstaad –
 Promenade 12\, 3780 Gstaad
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Alpenhof Gstaad (über Personio)":mailto:noreply@personio.de
ATTENDEE;CN=Lara Zbinden;ROLE=REQ-PARTICIPANT:mailto:lara.zbinden@alpenhof-gstaad.ch
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

ALPENHOF_FINAL = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261211T090311Z
DESCRIPTION:Sehr geehrter Herr Lambert\,\n\ngerne bestätigen wir Ihnen das Schlussgespräch für die Stelle
 F&B Manager mit unseren Gastgebern Hans und Barbara von Grünigen. Anschliessend zeigen wir Ihnen Restaurant\,
 Stübli und Bankettküche.\nAnreise: Bahnhof Gstaad\, 5 Gehminuten. Lara Zbinden holt Sie an der Rezeption ab.
 \n\nFreundliche Grüsse\nLara Zbinden\nHR Managerin\, Hotel Alpenhof Gstaad
DTEND;TZID=W. Europe Standard Time:20270107T160000
DTSTAMP:20261211T090311Z
DTSTART;TZID=W. Europe Standard Time:20270107T140000
LOCATION:Hotel Alpenhof Gstaad\, Sitzungszimmer Wasserngrat
ORGANIZER;CN="Zbinden, Lara":mailto:lara.zbinden@alpenhof-gstaad.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="von Grünigen, Hans"
 :mailto:hans.vongruenigen@alpenhof-gstaad.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="von Grünigen, Barbara"
 :mailto:barbara.vongruenigen@alpenhof-gstaad.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Sitzungszimmer Wasserngrat"
 :mailto:sz.wasserngrat@alpenhof-gstaad.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-CH:Schlussgespräch F&B Manager – Herr M. Lambert
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003F7D2C9A1B70DB0100000000000000001000000086B1E4A2C9D34F05
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

ALPENROSE = r"""BEGIN:VEVENT
DTSTART:20261207T190000Z
DTEND:20261207T194500Z
DTSTAMP:20261205T201818Z
ORGANIZER;CN=Marcel Infanger:mailto:marcel.infanger@bluewin.ch
UID:2q6w0e4r8t3y7u1i5o9p4a8s2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcel Infanger;X-NUM-GUESTS=0
 :mailto:marcel.infanger@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Hoi Mathieu\,\nwie am Telefon gesagt: kurzer Video-Call wegen der Stelle als Küchenchef auf dem
 Berghaus Alpenrose (Saison Juni–Oktober\, 4 Köche). Meine Frau Ruth Infanger
 (Gastgeberin) ist auch dabei.\nGruess\nMarcel\n\n
 Mit Google Meet teilnehmen: https://meet.google.com/yhe-pqwn-raz
LOCATION:https://meet.google.com/yhe-pqwn-raz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Küchenchef Berghaus Alpenrose
TRANSP:OPAQUE
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[Ev]:
    return [
        pos("successfactors-phone-fr", cal(LEMAN_SCREEN, "-//SAP SuccessFactors//Recruiting Management//EN",
                                           tz=("Europe/Zurich",)),
            "Résidence du Léman", "F&B Manager", "recruiter_screen", "aurelie.baud@residence-leman.ch",
            "successfactors-phone-screen-ch-fr"),
        pos("outlook-final-ch-fr", cal(LEMAN_FINAL, OUTLOOK, tz=("W. Europe Standard Time",)),
            "Résidence du Léman", "F&B Manager", "final",
            "fabio.bernasconi@residence-leman.ch;corinne.favre@residence-leman.ch",
            "outlook-windows-zone-final-coordinator-ch-fr"),
        pos("google-phone-ch-fr", cal(LAVAUX, GOOGLE), "Hôtel Lavaux Panorama", "Chef de cuisine",
            "recruiter_screen", "s.chappuis@lavaux-panorama.ch", "google-phone-screen-ch-fr"),
        pos("softgarden-zoom-de", cal(SEEBLICK, "-//softgarden//softgarden Interview//DE", tz=("Europe/Zurich",)),
            "Hotel Seeblick Luzern", "Küchenchef", "hiring_manager",
            "r.amrein@seeblick-luzern.ch;c.gisler@seeblick-luzern.ch", "softgarden-zoom-ch-de"),
        pos("agency-phone-de", cal(KUPFER_SCREEN, OUTLOOK, tz=(UTC1_DE,)),
            "Zunfthaus zum Kupferhammer", "Küchenchef", "recruiter_screen", "s.baumann@kuechenprofis.ch",
            "agency-phone-screen-utc-zone-ch-de"),
        pos("google-probearbeiten-de", cal(KUPFER_TRIAL, GOOGLE, tz=("Europe/Zurich",)),
            "Zunfthaus zum Kupferhammer", "Küchenchef", "technical", "u.egli@kupferhammer-zuerich.ch",
            "probearbeiten-agency-cc-ch-de"),
        pos("personio-teams-de", cal(ALPENHOF_SCREEN, "-//Personio GmbH//Personio Recruiting//DE",
                                     tz=("Europe/Zurich",)),
            "Alpenhof Gstaad", "F&B Manager", "recruiter_screen", "lara.zbinden@alpenhof-gstaad.ch",
            "personio-teams-ch-de"),
        pos("outlook-final-de", cal(ALPENHOF_FINAL, OUTLOOK, tz=("W. Europe Standard Time",)),
            "Alpenhof Gstaad", "F&B Manager", "final",
            "hans.vongruenigen@alpenhof-gstaad.ch;barbara.vongruenigen@alpenhof-gstaad.ch",
            "outlook-final-owners-room-ch-de"),
        pos("google-freemail-owner-de", cal(ALPENROSE, GOOGLE), "Berghaus Alpenrose", "Küchenchef",
            "hiring_manager", "marcel.infanger@bluewin.ch;ruth infanger", "google-bluewin-owner-ch-de"),
    ]
