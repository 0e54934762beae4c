# ruff: noqa: E501
"""holdout210 negatives, job-search look-alikes and personal life."""

import holdout210ev_tz as tz


def neg(kind: str, uid: str, trap: str, ics: str) -> dict[str, object]:
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap, ics=ics)


EVENTS = [
    neg("mock-cbi", "D2F4A6C8-E0B1-4D3F-95A7-C9E1B3D5F7A0", "mock-competency-interview-with-friend",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:D2F4A6C8-E0B1-4D3F-95A7-C9E1B3D5F7A0
DTSTAMP:20250409T211500Z
DTSTART;TZID=Europe/Zurich:20250412T100000
DTEND;TZID=Europe/Zurich:20250412T113000
SUMMARY:Mock CBI avec Fatou (simulation panel OCHA)
DESCRIPTION:Fatou joue la présidente du panel\, Ismaël le HR\nréviser compétences: Planning & Organizing\, Accountability\, Managing Performance\nchronométrer les réponses STAR (max 3 min)\nchez Fatou à Meyrin\, apporter croissants
LOCATION:Meyrin
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("webinar-cbi-tips", "ZOOMWEB82277410093@un.zoom.us", "webinar-about-competency-based-interviews",
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + tz.NEW_YORK + r"""BEGIN:VEVENT
DTSTAMP:20250225T190000Z
DTSTART;TZID=America/New_York:20250306T100000
DTEND;TZID=America/New_York:20250306T113000
SUMMARY:UN Careers Webinar: How to prepare for a competency-based interview
UID:ZOOMWEB82277410093@un.zoom.us
TZID:America/New_York
DESCRIPTION:Hi Aissata Diallo\,\n\nThank you for registering for "UN Careers Webinar: How to prepare for a competency-based interview". Panellists from the Office of Human Resources will explain the UN competency framework\, how interview panels assess candidates and how Inspira applications are screened. Q&A at the end.\n\nPlease submit any questions to: careers-outreach@un.org\n\nJoin from PC\, Mac\, iPad\, or Android: https://un.zoom.us/w/82277410093?tk=attendee_Qw3\nWebinar ID: 822 7741 0093
LOCATION:https://un.zoom.us/w/82277410093
END:VEVENT
END:VCALENDAR
"""),
    neg("cafe-reseau", "5E7A9C1B-3D5F-4A8C-B0D2-F4A6C8E0B2D4", "informational-coffee-ex-agency-staff",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:5E7A9C1B-3D5F-4A8C-B0D2-F4A6C8E0B2D4
DTSTAMP:20250221T120502Z
CREATED:20250221T120455Z
DTSTART;TZID=Europe/Zurich:20250228T123000
DTEND;TZID=Europe/Zurich:20250228T133000
SUMMARY:Café Julien R. (ex-HCR Nairobi)
DESCRIPTION:infos sur le bureau régional + comment se passent les panels P4\nlui demander s'il connait qqn à l'équipe santé publique\npas un entretien - juste réseau
LOCATION:Café du Marché\, Carouge
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("forum-emploi", "2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com",
        "careers-fair-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Aïssata perso
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
DTSTAMP:20250601T080012Z
UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com
CREATED:20250302T101000Z
DESCRIPTION:Forum des métiers de l'humanitaire - stands ONG + agences ONU\, ateliers CV et « réussir son entretien »\, job dating. Inscription faite (billet dans mail).
LAST-MODIFIED:20250302T101000Z
LOCATION:Bioforce\, Vénissieux (Lyon)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum emploi humanitaire Bioforce (Lyon)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("reference-as-referee", "040000008200E00074C5B7101A82E008000000002C6FC89F465A1431DB01000000000000000010000000CF0319CD1CC3E5C899F4B2B1",
        "reference-call-user-is-referee",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EAFRICA + r"""BEGIN:VEVENT
ATTENDEE;CN="a.diallo@ssf-suisse.org";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250319T071500Z
DESCRIPTION:Dear Ms Diallo\,\n\nKhadija Benali has named you as a referee for the position of Health Officer with Save the Children in Somalia. Thank you for agreeing to a short reference call (20 minutes). I will call you on your office line.\n\nKind regards\,\nLilian Otieno\nHR Officer\, Save the Children - Somalia/Somaliland Country Office (Nairobi)
DTEND;TZID="E. Africa Standard Time":20250321T122000
DTSTAMP:20250319T071500Z
DTSTART;TZID="E. Africa Standard Time":20250321T120000
LOCATION:Phone
ORGANIZER;CN="Lilian Otieno":mailto:lilian.otieno@savethechildren.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Reference call - Khadija Benali (Health Officer)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002C6FC89F465A1431DB01000000000000000010000000CF0319CD1CC3E5C899F4B2B1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("headhunter-intro", "f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@calendly.com", "headhunter-intro-call-no-employer-named",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@calendly.com
DTSTAMP:20250128T112000Z
DTSTART:20250204T130000Z
DTEND:20250204T133000Z
SUMMARY:Aissata Diallo and Harriet Whitmore
DESCRIPTION:Event Name: 30 Minute Introductory Call\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/85519930172?pwd=KestrelHW\n\nPlease share anything that will help prepare for our meeting.: Kestrel Impact Search - general introduction: your career goals\, the international development market in Geneva and East Africa\, and the kinds of senior programme roles we typically recruit for. No specific mandate at this stage.\n\nPowered by Calendly.com
LOCATION:https://us06web.zoom.us/j/85519930172?pwd=KestrelHW
ORGANIZER;CN=Harriet Whitmore:mailto:h.whitmore@kestrelimpact.com
ATTENDEE;CN=Aissata Diallo;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("prepa-entretien", "7A9C1E3B-5D7F-4B0A-C2E4-A6C8E0B2D4F6", "prep-block-before-interview",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:7A9C1E3B-5D7F-4B0A-C2E4-A6C8E0B2D4F6
DTSTAMP:20250414T190000Z
DTSTART;TZID=Europe/Zurich:20250421T090000
DTEND;TZID=Europe/Zurich:20250421T120000
SUMMARY:Prépa CBI OCHA (demain 15h)
DESCRIPTION:relire PHP + JO\n8 exemples STAR (Tillabéri\, choléra Kolda\, audit ECHO...)\ntester Teams + caméra\, pièce d'identité
LOCATION:maison
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("mail-remerciement", "9C1E3A5D-7F9B-4D2C-E4A6-C8E0B2D4F6A8", "thank-you-note-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C1E3A5D-7F9B-4D2C-E4A6-C8E0B2D4F6A8
DTSTAMP:20250408T101500Z
CREATED:20250408T101455Z
DTSTART:20250408T170000
DTEND:20250408T171500
SUMMARY:mail remerciement panel UNICEF (Agnes + Robert + Mame)
DESCRIPTION:court\, rappeler l'exemple choléra\, dispo pour ref check
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("deadline-candidature", "hq9r7t5y3u1i9o7p5a3s1d9f7g@google.com", "application-deadline-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Aïssata perso
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250416
DTEND;VALUE=DATE:20250417
DTSTAMP:20250601T080012Z
UID:hq9r7t5y3u1i9o7p5a3s1d9f7g@google.com
CREATED:20250404T200100Z
DESCRIPTION:Deadline candidature PAM Chargé(e) de programme P4 Dakar (Workday) - 23:59 heure de Rome\nlettre de motivation FR + P11
LAST-MODIFIED:20250404T200100Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE PAM P4 Dakar
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("medecin", "1E3A5C7E-9B1D-4F4A-A6C8-E0B2D4F6A8C0", "personal-doctor-appointment",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:1E3A5C7E-9B1D-4F4A-A6C8-E0B2D4F6A8C0
DTSTAMP:20250130T080000Z
DTSTART;TZID=Europe/Zurich:20250206T174500
DTEND;TZID=Europe/Zurich:20250206T181500
SUMMARY:Dr Meylan - généraliste
DESCRIPTION:renouvellement ordonnance + certificat pour le sport
LOCATION:rue de Lausanne 45
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("reunion-parents", "3A5C7E9B-1D3F-4A6C-C8E0-B2D4F6A8C0E2", "school-meeting-ferney-paris-zone",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.PARIS + r"""BEGIN:VEVENT
UID:3A5C7E9B-1D3F-4A6C-C8E0-B2D4F6A8C0E2
DTSTAMP:20250310T201000Z
DTSTART;TZID=Europe/Paris:20250318T170000
DTEND;TZID=Europe/Paris:20250318T173000
SUMMARY:Rencontre parents-enseignante - Awa (CM1) - Mme Girod
DESCRIPTION:école Jean de La Fontaine\, Ferney-Voltaire\nparler des devoirs + classe verte\nDemba: récupérer à la garderie à 18h
LOCATION:École Jean de La Fontaine\, Ferney-Voltaire
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("ocpm-permis-b", "5C7E9B1D-3F5A-4C8E-E0B2-D4F6A8C0E2A4", "official-appointment-permit-renewal",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:5C7E9B1D-3F5A-4C8E-E0B2-D4F6A8C0E2A4
DTSTAMP:20250203T074500Z
DTSTART;TZID=Europe/Zurich:20250214T081000
DTEND;TZID=Europe/Zurich:20250214T083000
SUMMARY:OCPM - rdv biométrie renouvellement permis B
DESCRIPTION:Office cantonal de la population et des migrations\nprendre: passeport\, ancien permis\, attestation employeur SSF\, lettre de convocation (n° dossier 2419887)\nguichet 12
LOCATION:OCPM\, route de Chancy 88\, Onex
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("yoga", "7E9B1D3F-5A7C-4E0A-B2D4-F6A8C0E2A4C6", "recurring-yoga-with-exdate-and-override",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:7E9B1D3F-5A7C-4E0A-B2D4-F6A8C0E2A4C6
DTSTAMP:20250105T190000Z
DTSTART;TZID=Europe/Zurich:20250108T191500
DTEND;TZID=Europe/Zurich:20250108T203000
RRULE:FREQ=WEEKLY;BYDAY=WE
EXDATE;TZID=Europe/Zurich:20250226T191500
SUMMARY:Yoga
LOCATION:Studio Shanti\, Pâquis
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
UID:7E9B1D3F-5A7C-4E0A-B2D4-F6A8C0E2A4C6
DTSTAMP:20250401T080000Z
RECURRENCE-ID;TZID=Europe/Zurich:20250409T191500
DTSTART;TZID=Europe/Zurich:20250409T180000
DTEND;TZID=Europe/Zurich:20250409T191500
SUMMARY:Yoga (cours avancé 18h cette semaine)
LOCATION:Studio Shanti\, Pâquis
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("banque", "9B1D3F5A-7C9E-4A2C-D4F6-A8C0E2A4C6E8", "bank-appointment-personal",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:9B1D3F5A-7C9E-4A2C-D4F6-A8C0E2A4C6E8
DTSTAMP:20250502T120000Z
DTSTART;TZID=Europe/Zurich:20250509T123000
DTEND;TZID=Europe/Zurich:20250509T131500
SUMMARY:BCGE conseillère - 3e pilier + transfert LPP si changement d'employeur
DESCRIPTION:Mme Perrottet\, agence Servette\nquestion: caisse de pension si je passe à l'ONU (UNJSPF) ?
LOCATION:BCGE Servette
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("pediatre", "B1D3F5A7-C9E0-4C4E-F6A8-C0E2A4C6E8B0", "personal-child-doctor-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B1D3F5A7-C9E0-4C4E-F6A8-C0E2A4C6E8B0
DTSTAMP:20250416T064000Z
CREATED:20250416T063955Z
DTSTART:20250423T163000
DTEND:20250423T170000
SUMMARY:Pédiatre Demba (vaccin rappel)
DESCRIPTION:Dr Bouvier\, Ferney - carnet de santé !
LOCATION:Ferney-Voltaire
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
