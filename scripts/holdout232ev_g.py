"""holdout232 events, part G: iCloud invite, German-speaking Switzerland, Hong Kong owners, export, the négociant."""

EVENTS = [
    dict(
        kind="icloud-invite",
        uid="D44F0E2A-8B71-4C39-A6D5-91E3F7B02C68",
        y=1,
        company="Château Moulin de Cérons",
        role="",
        stage="",
        who="bernard.lacoste33@icloud.com",
        trap="owner-on-icloud-rencontre-au-chateau",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250224T194410Z
UID:D44F0E2A-8B71-4C39-A6D5-91E3F7B02C68
DTEND;TZID=Europe/Paris:20250301T113000
TRANSP:OPAQUE
SUMMARY:Rencontre Élodie Castaing
DTSTART;TZID=Europe/Paris:20250301T100000
DTSTAMP:20250224T194412Z
LOCATION:Château Moulin de Cérons\n33720 Cérons\, France
SEQUENCE:0
ORGANIZER;CN=Bernard Lacoste:mailto:bernard.lacoste33@icloud.com
ATTENDEE;CN=Bernard Lacoste;CUTYPE=INDIVIDUAL;EMAIL=bernard.lacoste33@iclo
 ud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:bernard.lacoste33@icloud.com
ATTENDEE;CN=elodie.castaing.oeno@laposte.net;CUTYPE=INDIVIDUAL;EMAIL=elodi
 e.castaing.oeno@laposte.net;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RS
 VP=TRUE:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION:Comme convenu\, samedi matin au château pour parler du poste.
  Je vous ferai visiter le chai et on goûtera les 2023 en barrique. Bernard
  Lacoste
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A1B2F3C49D81DB01000000000000000010000000E5D4C3B2",
        y=1,
        company="Weinkellerei Gerlach AG",
        role="Kellermeisterin / Kellermeister",
        stage="hiring_manager",
        who="r.imboden@gerlach-wein.ch;s.gerlach@gerlach-wein.ch",
        trap="swiss-german-outlook-vorstellungsgespraech-valais",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Imboden, Reto":mailto:r.imboden@gerlach-wein.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Ca
 staing:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerlach, Sa
 bine":mailto:s.gerlach@gerlach-wein.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Castaing\n\nBesten Dank für Ihre Bew
 erbung als Kellermeisterin. Gerne laden wir Sie zu einem Vorstellungsgesp
 räch per Teams ein. Teilnehmende: Sabine Gerlach (Geschäftsführerin) und
  ich.\nDas Gespräch findet auf Deutsch statt\, einzelne Teile gerne auf F
 ranzösisch (unsere Kellerei in Salgesch liegt an der Sprachgrenze).\n\nFr
 eundliche Grüsse\nReto Imboden\nLeiter Produktion\n\n___________________
 _____________________________________________\nMicrosoft Teams-Besprechun
 g\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät
  aus teil\nHier klicken\, um an der Besprechung teilzunehmen<https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_ZTdkNWM3@thread.v2/0>\nBespre
 chungs-ID: 371 905 664 120\nPasscode: hB3sQ7\n
UID:040000008200E00074C5B7101A82E00800000000A1B2F3C49D81DB0100000000000000
 0010000000E5D4C3B2
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Kellermeister/in – Frau Castaing
DTSTART;TZID=W. Europe Standard Time:20250520T140000
DTEND;TZID=W. Europe Standard Time:20250520T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T071119Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000091C6B4E27F9EDB01000000000000000010000000D2A7F1C8",
        y=1,
        company="Château Lavallière",
        role="Technical Director",
        stage="hiring_manager",
        who="vivian.cheung@lavalliere-estates.com",
        trap="english-teams-hong-kong-owner-group",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@HONG_KONG@@
BEGIN:VEVENT
ORGANIZER;CN=Vivian Cheung:mailto:vivian.cheung@lavalliere-estates.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elodie Ca
 staing:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Executive
  Assistant to the Chairman:mailto:ea.chairman@lavalliere-estates.com
DESCRIPTION;LANGUAGE=en-US:Dear Elodie\,\n\nThank you for your application
  for the Technical Director position at Château Lavallière (Lalande-de-P
 omerol). I would like to have a first conversation with you about your ex
 perience and our plans for the estate (replanting\, new winery\, export t
 o Asia).\n\nPlease note the time is Hong Kong time (4:00 PM HKT = 10:00 A
 M in Bordeaux).\n\nBest regards\,\nVivian Cheung\nCEO\, Lavallière Estat
 es Ltd.\n\n_________________________________________________________________
 _______________\nMicrosoft Teams meeting\nJoin on your computer\, mobile a
 pp or room device\nClick here to join the meeting<https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_YjI3ODUx@thread.v2/0>\nMeeting ID: 298 44
 0 517 306\nPasscode: Lv9pW2\n
UID:040000008200E00074C5B7101A82E0080000000091C6B4E27F9EDB0100000000000000
 0010000000D2A7F1C8
SUMMARY;LANGUAGE=en-US:Château Lavallière - Technical Director - Elodie Ca
 staing
DTSTART;TZID=Asia/Hong_Kong:20250415T160000
DTEND;TZID=Asia/Hong_Kong:20250415T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T031508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="8ld3r7c1v5p0k9hm2tq6ne4bsa@google.com",
        y=1,
        company="Château Lavallière",
        role="Technical Director",
        stage="onsite",
        who="p.garrigue@chateau-lavalliere.fr;vivian.cheung@lavalliere-estates.com",
        trap="estate-visit-with-manager-and-ceo-on-video",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250507T093000
DTEND;TZID=Europe/Paris:20250507T130000
DTSTAMP:20250429T154417Z
ORGANIZER;CN=Pierre Garrigue:mailto:p.garrigue@chateau-lavalliere.fr
UID:8ld3r7c1v5p0k9hm2tq6ne4bsa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Garrigue;X-NUM-GUESTS=0:mailto:p.garrigue@chateau-lavalliere.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Vivian Cheung;X-NUM-GUESTS=0:mailto:vivian.cheung@lavalliere-estates.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
CREATED:20250429T154415Z
DESCRIPTION:Élodie\, suite à votre échange avec Mrs Cheung\, je vous accuei
 lle au château : tour des parcelles\, cuvier\, chai\, puis dégustation des
  2022-2024. Mrs Cheung nous rejoindra en visio à 12h (18h HK) pour concl
 ure.\nPierre Garrigue\, régisseur
LAST-MODIFIED:20250429T154417Z
LOCATION:Château Lavallière\, 33500 Lalande-de-Pomerol
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite Château Lavallière – É. Castaing (poste DT)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="export",
        uid="6qe0m4t8b2k7hs1lv9dr3pn5ca@google.com",
        y=1,
        company="Château Grand-Baillac",
        role="",
        stage="",
        who="m.baillac@grand-baillac.fr",
        trap="google-export-x-wr-timezone-utc-times",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:elodie.castaing.oeno@laposte.net
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250604T150000Z
DTEND:20250604T160000Z
DTSTAMP:20250610T061502Z
ORGANIZER;CN=Mathieu Baillac:mailto:m.baillac@grand-baillac.fr
UID:6qe0m4t8b2k7hs1lv9dr3pn5ca@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathie
 u Baillac;X-NUM-GUESTS=0:mailto:m.baillac@grand-baillac.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elodie
 .castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.castaing.oeno@lap
 oste.net
CREATED:20250527T090011Z
DESCRIPTION:Entretien pour la succession de notre maître de chai. Fronsac
 \, 28 ha.
LAST-MODIFIED:20250528T071933Z
LOCATION:Château Grand-Baillac\, 33126 Fronsac
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretien Château Grand-Baillac
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="4vj8c2p6m0r1tb9hk5ls3qe7dn@google.com",
        y=1,
        company="Maison Cazenave & Fils",
        role="Directeur technique (H/F)",
        stage="recruiter_screen",
        who="rh@cazenave-fils.com",
        trap="negociant-hr-visio-first-round",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250213T173000
DTEND;TZID=Europe/Paris:20250213T181500
DTSTAMP:20250207T140933Z
ORGANIZER;CN=RH Cazenave & Fils:mailto:rh@cazenave-fils.com
UID:4vj8c2p6m0r1tb9hk5ls3qe7dn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=RH Cazenave & Fils;X-NUM-GUESTS=0:mailto:rh@cazenave-fils.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/eua-nrtx-ghp
CREATED:20250207T140931Z
DESCRIPTION:Bonjour Madame Castaing\,\n\nMerci pour votre candidature au po
 ste de Directeur technique (H/F) de notre maison de négoce. Nous vous pro
 posons un premier entretien en visio avec Aurélie Mesplède\, responsable
  RH.\n\nMaison Cazenave & Fils – Négociant-éleveur à Bordeaux depuis 1891
 \n\nRejoindre avec Google Meet : https://meet.google.com/eua-nrtx-ghp
LAST-MODIFIED:20250207T140933Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio – Directeur technique (H/F) – Cazenave & Fils
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="0e9c5a7b3f214d68@android.local",
        y=1,
        company="Maison Cazenave & Fils",
        role="",
        stage="",
        who="E. Cazenave",
        trap="typed-second-interview-negociant-chartrons",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//FR
BEGIN:VEVENT
UID:0e9c5a7b3f214d68@android.local
DTSTAMP:20250221T131107Z
DTSTART:20250305T143000
DTEND:20250305T160000
SUMMARY:Cazenave - entretien DT quai des Chartrons 14h30
LOCATION:118 quai des Chartrons
DESCRIPTION:avec E. Cazenave + la resp. qualité. revoir IFS / BRC\, mises
  en bouteille\, agréage échantillons. Se garer cours Balguerie.
END:VEVENT
END:VCALENDAR
""",
    ),
]
