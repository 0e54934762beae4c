"""holdout200 events, part a: the head-hunter mandate (Julius Bär) and Pictet in Geneva (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "headhunter-call", "3k0e1c7v9pl2m5q8r4s6t1u0aa@google.com", 0, "", "", "", "",
        "headhunter-call-unnamed-zurich-private-bank",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250909T180000
DTEND;TZID=Europe/Zurich:20250909T183000
DTSTAMP:20250905T071233Z
ORGANIZER;CN=Andrea Hofstetter:mailto:andrea.hofstetter@hofstetter-partners.ch
UID:3k0e1c7v9pl2m5q8r4s6t1u0aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Hofstetter;X-NUM-GUESTS=0:mailto:andrea.hofstetter@hofstetter-partners.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
CREATED:20250905T071230Z
DESCRIPTION:Lieber Herr Baumgartner\, \n\nbesten Dank für Ihre Rückmeldung
 auf meine Nachricht via LinkedIn. Wie angekündigt würde ich Ihnen gerne tel
 efonisch ein vertrauliches Mandat vorstellen: eine renommierte Zürcher Priv
 atbank sucht einen Team Head für das Marktgebiet Schweiz (UHNWI/HNWI). Den
 Namen unserer Mandantin nenne ich Ihnen gerne im Gespräch\, sobald wir die
  Eckdaten abgeglichen haben.\n\nIch rufe Sie auf Ihrer Mobilnummer an.\n\nF
 reundliche Grüsse\nAndrea Hofstetter\nPartner\, Hofstetter Partners Executi
 ve Search AG\, Bahnhofstrasse 52\, 8001 Zürich
LAST-MODIFIED:20250905T071233Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Hofstetter Partners / R. Baumgartner – vertrauliches Mandat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "search-screen", "0q7m2b9x4c1v8n3k6j5h2g0fzz@google.com", 1, "Bank Julius Bär",
        "Team Head Private Banking Schweiz", "recruiter_screen", "andrea.hofstetter@hofstetter-partners.ch",
        "headhunter-names-client-only-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250916T173000
DTEND;TZID=Europe/Zurich:20250916T183000
DTSTAMP:20250910T152201Z
ORGANIZER;CN=Andrea Hofstetter:mailto:andrea.hofstetter@hofstetter-partners.ch
UID:0q7m2b9x4c1v8n3k6j5h2g0fzz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Hofstetter;X-NUM-GUESTS=0:mailto:andrea.hofstetter@hofstetter-partners.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Lieber Herr Baumgartner\n\nwie telefonisch besprochen handelt e
 s sich bei unserer Mandantin um die Bank Julius Bär & Co. AG. Gerne möchte
  ich mit Ihnen Ihren Werdegang\, Ihr Kundenbuch (AuM\, Domizile\, Net New M
 oney der letzten drei Jahre) sowie Ihre Motivation vertieft besprechen\, be
 vor ich Sie der Bank präsentiere.\n\nTreffpunkt: unser Büro\, Bahnhofstrass
 e 52\, 3. OG. Bitte melden Sie sich am Empfang.\n\nHerzliche Grüsse\nAndrea
  Hofstetter
LOCATION:Hofstetter Partners\, Bahnhofstrasse 52\, 8001 Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vertiefungsgespräch – Mandat Team Head PB (vertraulich)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "erstgespraech", "040000008200E00074C5B7101A82E00800000000D07A3C1F2C29DC01000000000000000010000000"
        "5E1B2A7C9F0D4E46A1B0C3D2E4F5A6B7", 1, "Bank Julius Bär", "Team Head Private Banking Schweiz",
        "hiring_manager", "thomas.gerber@juliusbaer.com", "outlook-sent-by-assistant-erstgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Gerber, Thomas";SENT-BY="mailto:nadine.kuster@juliusbaer.com":mailto:thomas.gerber@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kuster, Nadine":mailto:nadine.kuster@juliusbaer.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ZH-BHS36 Sitzungszimmer 4.12 (6)"
 :mailto:zh-bhs36-4.12@juliusbaer.com
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Baumgartner\n\nIm Auftrag von
  Herrn Thomas Gerber\, Market Head Schweiz III\, darf ich Sie zu einem Ers
 tgespräch einladen. Bitte melden Sie sich am Empfang Bahnhofstrasse 36 und
  bringen Sie einen amtlichen Ausweis mit.\n\nFreundliche Grüsse\nNadine Kus
 ter\nAssistentin Market Head\n
UID:040000008200E00074C5B7101A82E00800000000D07A3C1F2C29DC010000000000000000100000005E1B2A7C9F0D4E46A1B0C3D2E4F5A6B7
SUMMARY;LANGUAGE=de-CH:Erstgespräch R. Baumgartner / Th. Gerber
DTSTART;TZID=W. Europe Standard Time:20250930T163000
DTEND;TZID=W. Europe Standard Time:20250930T173000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250922T090412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH-BHS36 Sitzungszimmer 4.12 (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "zweitgespraech", "040000008200E00074C5B7101A82E00800000000A19E77C63D35DC01000000000000000010000000"
        "8C2D4F6A1B3E5D7F9A0C2E4B6D8F1A3C", 1, "Bank Julius Bär", "Team Head Private Banking Schweiz",
        "hiring_manager", "thomas.gerber@juliusbaer.com;beat.ammann@juliusbaer.com",
        "zweitgespraech-mit-market-head",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Gerber, Thomas";SENT-BY="mailto:nadine.kuster@juliusbaer.com":mailto:thomas.gerber@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ammann, Beat":mailto:beat.ammann@juliusbaer.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ZH-BHS36 Sitzungszimmer 5.03 (8)"
 :mailto:zh-bhs36-5.03@juliusbaer.com
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Baumgartner\n\nGerne bestätige i
 ch Ihnen das Zweitgespräch mit Herrn Beat Ammann (Market Head Switzerland)
  und Herrn Thomas Gerber. Dauer ca. 75 Minuten.\n\nFreundliche Grüsse\nNad
 ine Kuster\n
UID:040000008200E00074C5B7101A82E00800000000A19E77C63D35DC010000000000000000100000008C2D4F6A1B3E5D7F9A0C2E4B6D8F1A3C
SUMMARY;LANGUAGE=de-CH:Zweitgespräch Hr. Baumgartner mit Market Head
DTSTART;TZID=W. Europe Standard Time:20251014T171500
DTEND;TZID=W. Europe Standard Time:20251014T183000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251003T134501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH-BHS36 Sitzungszimmer 5.03 (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "prep-block", "A7F3C2E1-55B0-4C8E-9D61-2B7E0F4A9C13", 0, "", "", "", "",
        "prep-block-business-case-typed-on-phone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251016T194402Z
DTEND;TZID=Europe/Zurich:20251025T120000
DTSTAMP:20251016T194509Z
DTSTART;TZID=Europe/Zurich:20251025T080000
LAST-MODIFIED:20251016T194509Z
SEQUENCE:0
SUMMARY:BC vorbereiten (JB) – Folien + Zahlen NNM
DESCRIPTION:Top-20 Kunden anonymisiert\, AuM 410 Mio\, ROA\, Pipeline 26/27
 \, Portabilität realistisch 60-70%. Folien max 10. Zeit stoppen!
TRANSP:OPAQUE
UID:A7F3C2E1-55B0-4C8E-9D61-2B7E0F4A9C13
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "business-case", "5f0c8d2e-3b71-4a9e-8c55-b1d7e64f0a29@juliusbaer.com", 1, "Bank Julius Bär",
        "Team Head Private Banking Schweiz", "technical",
        "beat.ammann@juliusbaer.com;thomas.gerber@juliusbaer.com;claudia.ruegg@juliusbaer.com",
        "business-case-presentation-book-of-clients",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kuster, Nadine":mailto:nadine.kuster@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ammann, Beat":mailto:beat.ammann@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber, Thomas":mailto:thomas.gerber@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rüegg, Claudia":mailto:claudia.ruegg@juliusbaer.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ZH-BHS36 Beamer mobil"
 :mailto:zh-bhs36-beamer@juliusbaer.com
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Baumgartner\n\nFür den nächs
 ten Schritt bitten wir Sie\, Ihren Business Case (max. 20 Minuten Präsenta
 tion\, anschliessend Fragen) vorzustellen: Kundenbuch\, Portabilität der A
 ssets\, Net New Money-Plan über 3 Jahre und Ihre Vorstellungen zur Teamführ
 ung. Teilnehmende: B. Ammann\, Th. Gerber\, C. Rüegg (HR Business Partner)
 .\n\nEin Laptop mit HDMI steht bereit.\n\nFreundliche Grüsse\nNadine Kuster
UID:5f0c8d2e-3b71-4a9e-8c55-b1d7e64f0a29@juliusbaer.com
SUMMARY;LANGUAGE=de-CH:Business Case Präsentation – R. Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251028T140000
DTEND;TZID=W. Europe Standard Time:20251028T153000
CLASS:PUBLIC
DTSTAMP:20251017T101022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH-BHS36 Sitzungszimmer 5.03 (8)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "thank-you", "E1D0A2B4-7C6F-4E83-A5B9-0F2C1D3E4B6A", 0, "", "", "", "",
        "thank-you-reminder-after-business-case",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251029
DTEND;VALUE=DATE:20251030
DTSTAMP:20251028T161010Z
UID:E1D0A2B4-7C6F-4E83-A5B9-0F2C1D3E4B6A
SUMMARY:Dankes-Mail Ammann/Gerber + Folien nachreichen!!
DESCRIPTION:Frage NNM Asien nochmals aufgreifen
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "referenzen", "4b9e2f70c1d845a3@bluewin.ch", 0, "", "", "", "",
        "headhunter-reference-check-on-user-note-to-brief-referee",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
UID:4b9e2f70c1d845a3@bluewin.ch
DTSTAMP:20251103T191500Z
DTSTART:20251105T120000
DTEND:20251105T121500
SUMMARY:Referenzgespräch Hofstetter -> Dr. Keller (vorher Keller anrufen)
DESCRIPTION:AH macht die Referenzen für JB am Do/Fr. Keller (ex Vorgesetzt
 er Limmattal) + M. Sutter. Beide kurz vorinformieren\, Stichworte: NNM\, F
 ührung\, Compliance sauber.
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ceo-panel", "jb-2025-1119-final-rbaumgartner@juliusbaer.com", 1, "Bank Julius Bär",
        "Team Head Private Banking Schweiz", "final",
        "philipp.wiederkehr@juliusbaer.com;beat.ammann@juliusbaer.com",
        "final-round-schlussgespraech-with-region-head",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kuster, Nadine":mailto:nadine.kuster@juliusbaer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wiederkehr, Philipp"
 :mailto:philipp.wiederkehr@juliusbaer.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ammann, Beat":mailto:beat.ammann@juliusbaer.com
DESCRIPTION;LANGUAGE=de-CH:Schlussgespräch mit Herrn Ph. Wiederkehr (Head
  Region Switzerland & Europe)\, Herr Ammann nimmt teil.\n\nAnschliessend k
 urzer Austausch mit HR zu den Vertragsmodalitäten (Kündigungsfrist\, Garde
 n Leave).
UID:jb-2025-1119-final-rbaumgartner@juliusbaer.com
SUMMARY;LANGUAGE=de-CH:Schlussgespräch Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251119T073000
DTEND;TZID=W. Europe Standard Time:20251119T083000
DTSTAMP:20251110T084455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH-BHS36 Executive Floor\, 7. OG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien-rh", "0a4b8c2d-pictet-wd-INT-00412@myworkday.com", 1, "Pictet",
        "Senior Relationship Manager – Marché Suisse alémanique", "recruiter_screen",
        "sophie.delacretaz@pictet.com", "workday-french-entretien-telephonique-rh",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0a4b8c2d-pictet-wd-INT-00412@myworkday.com
DTSTAMP:20250918T071502Z
DTSTART:20250923T063000Z
DTEND:20250923T071500Z
SUMMARY:Entretien téléphonique – Senior Relationship Manager – Marché Suisse alémanique (R-0412)
DESCRIPTION:Bonjour Reto\,\n\nNous vous confirmons votre entretien télépho
 nique avec Sophie Delacrétaz\, Talent Acquisition Partner.\nElle vous appel
 lera au +41 79 412 55 09.\n\nCordialement\,\nPictet Talent Acquisition\n\nC
 e message a été envoyé par Workday. Merci de ne pas y répondre.
ORGANIZER;CN=Pictet Recruiting:mailto:pictet@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sophie Delacrétaz:mailto:sophie.delacretaz@pictet.com
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien", "pictet-entretien-7731-rb@pictet.com", 1, "Pictet",
        "Senior Relationship Manager – Marché Suisse alémanique", "hiring_manager",
        "laurent.mottier@pictet.com;sophie.delacretaz@pictet.com", "french-entretien-geneve-original",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Delacrétaz, Sophie":mailto:sophie.delacretaz@pictet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reto Baumgartner
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mottier, Laurent":mailto:laurent.mottier@pictet.com
DESCRIPTION;LANGUAGE=fr-CH:Cher Monsieur Baumgartner\,\n\nSuite à notre éc
 hange\, j'ai le plaisir de vous convier à un entretien avec M. Laurent Mot
 tier\, Head of Desk Suisse alémanique\, à notre siège de Genève (Route des
  Acacias 60). Je serai également présente.\n\nMerci de vous annoncer à la
  réception principale.\n\nMeilleures salutations\nSophie Delacrétaz
UID:pictet-entretien-7731-rb@pictet.com
SUMMARY;LANGUAGE=fr-CH:Entretien M. Baumgartner / M. Mottier
DTSTART;TZID=W. Europe Standard Time:20251008T100000
DTEND;TZID=W. Europe Standard Time:20251008T113000
DTSTAMP:20250929T142033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Genève\, Acacias 60\, salle Rhône
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien-deplace", "pictet-entretien-7731-rb@pictet.com", 1, "Pictet",
        "Senior Relationship Manager – Marché Suisse alémanique", "hiring_manager",
        "laurent.mottier@pictet.com;sophie.delacretaz@pictet.com", "rescheduled-same-uid-higher-sequence-french",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Delacrétaz, Sophie":mailto:sophie.delacretaz@pictet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reto Baumgartner
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mottier, Laurent":mailto:laurent.mottier@pictet.com
DESCRIPTION;LANGUAGE=fr-CH:Cher Monsieur Baumgartner\,\n\nM. Mottier étant
  retenu par un comité\, nous nous permettons de déplacer votre entretien a
 u mercredi 15 octobre\, même heure\, même lieu. Avec toutes nos excuses.\n
 \nMeilleures salutations\nSophie Delacrétaz
UID:pictet-entretien-7731-rb@pictet.com
SUMMARY;LANGUAGE=fr-CH:Mis à jour : Entretien M. Baumgartner / M. Mottier
DTSTART;TZID=W. Europe Standard Time:20251015T100000
DTEND;TZID=W. Europe Standard Time:20251015T113000
DTSTAMP:20251006T081145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-CH:Genève\, Acacias 60\, salle Rhône
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "dernier-tour", "pictet-final-8102-rb@pictet.com", 1, "Pictet",
        "Senior Relationship Manager – Marché Suisse alémanique", "final",
        "marc.pictet-aubert@pictet.com;laurent.mottier@pictet.com", "french-dernier-entretien-with-partner",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Delacrétaz, Sophie":mailto:sophie.delacretaz@pictet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reto Baumgartner
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pictet-Aubert, Marc"
 :mailto:marc.pictet-aubert@pictet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mottier, Laurent":mailto:laurent.mottier@pictet.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="GVA-ACA Salon Léman":mailto:gva-aca-leman@pictet.com
DESCRIPTION;LANGUAGE=fr-CH:Dernier tour : rencontre avec M. Marc Pictet-Au
 bert\, associé\, en présence de M. Mottier. Un déjeuner suivra.
UID:pictet-final-8102-rb@pictet.com
SUMMARY;LANGUAGE=fr-CH:Rencontre associé – R. Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251106T110000
DTEND;TZID=W. Europe Standard Time:20251106T140000
DTSTAMP:20251027T160301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:GVA-ACA Salon Léman
END:VEVENT
END:VCALENDAR
""",
    ),
]
