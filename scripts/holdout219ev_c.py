# ruff: noqa: E501
"""holdout219 events, part c: trade associations and federations in Brussels, Berlin and Paris; a headhunter."""

from holdout219ev_common import BER_G, BRU_APPLE, BRU_G, ev

EVENTS = [
    ev("headhunter-call", "0f5e2a1b9c7d@harcourt-lys.com", 0, "", "", "", "",
       "headhunter-unnamed-federation-no-employer",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250916T124500
DTEND;TZID=Europe/Brussels:20250916T131500
DTSTAMP:20250912T154000Z
ORGANIZER;CN=Laurence Dubreuil:mailto:ldubreuil@harcourt-lys.com
UID:0f5e2a1b9c7d@harcourt-lys.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elise.
 vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Chère Elise\,\n\nComme convenu sur LinkedIn\, je vous propose
  un premier échange confidentiel au sujet d'un poste de Directeur/Directr
 ice des affaires publiques pour une fédération professionnelle européenne
  du secteur agro-industriel\, basée à Bruxelles. Je pourrai vous en dire
  davantage sur le client une fois que nous aurons fait connaissance.\n\nJ
 e vous appelle au +32 479 55 12 08.\n\nBien à vous\,\nLaurence Dubreuil\n
 Partner\, Harcourt & Lys Executive Search\nAvenue Louise 326\, Bruxelles
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange confidentiel - Harcourt & Lys / E. Vandenbroucke
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-named", "7a2d4c9e1f03@harcourt-lys.com", 1, "ECNC", "Director of Public Affairs",
       "recruiter_screen", "ldubreuil@harcourt-lys.com", "headhunter-names-client-only-in-body",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250930T083000
DTEND;TZID=Europe/Brussels:20250930T093000
DTSTAMP:20250924T100512Z
ORGANIZER;CN=Laurence Dubreuil:mailto:ldubreuil@harcourt-lys.com
UID:7a2d4c9e1f03@harcourt-lys.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elise.
 vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Chère Elise\,\n\nMerci pour notre échange de la semaine derniè
 re. Comme promis\, je peux maintenant vous dévoiler le nom de notre client
  : il s'agit de l'European Crop Nutrition Council (ECNC)\, qui recrute so
 n/sa Director of Public Affairs (rapportant au Directeur général\, équipe d
 e 4).\n\nJe vous propose un entretien approfondi à notre bureau avant de p
 résenter votre candidature au client : parcours\, motivation\, rémunérat
 ion\, disponibilité (préavis chez Rue Belliard Partners ?).\n\nÀ mardi\,
 \nLaurence
LOCATION:Harcourt & Lys\, Avenue Louise 326\, 1050 Ixelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Harcourt & Lys - Elise Vandenbroucke
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("dg-interview", "040000008200E00074C5B7101A82E00800000000503C27AE0B3BDC01000000000000000010000000E6C1B8F2D47A3944A17E5C08B3D9F1A2",
       1, "ECNC", "Director of Public Affairs", "hiring_manager", "bart.vanacker@ecnc.eu",
       "association-director-general-sent-by-assistant",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "") + r"""BEGIN:VEVENT
ORGANIZER;CN="Van Acker, Bart";SENT-BY="mailto:kim.roels@ecnc.eu":mailto:bart.vanacker@ecnc.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dubreuil, Laurence":mailto:ldubreuil@harcourt-lys.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Salle Liebig (RDC)":mailto:salle.liebig@ecnc.eu
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Vandenbroucke\,\n\nOn behalf of Bart Van Acker\, Director General\, I am pleased to confirm your meeting at our offices. Laurence Dubreuil (Harcourt & Lys) is copied for information.\n\nECNC - European Crop Nutrition Council\nAvenue de Tervueren 188A\, 1150 Brussels\nPlease ring at "ECNC" on the 4th floor.\n\nKind regards\,\nKim Roels\nExecutive Assistant to the Director General
UID:040000008200E00074C5B7101A82E00800000000503C27AE0B3BDC01000000000000000010000000E6C1B8F2D47A3944A17E5C08B3D9F1A2
SUMMARY;LANGUAGE=en-GB:Meeting B. Van Acker / E. Vandenbroucke - Director of Public Affairs
DTSTART;TZID=Europe/Brussels:20251014T180000
DTEND;TZID=Europe/Brussels:20251014T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T085011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:ECNC\, Avenue de Tervueren 188A - Salle Liebig
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("board-final", "040000008200E00074C5B7101A82E00800000000C09A4D3F5E45DC0100000000000000001000000019F0E2A7C6B54D3A8E1F7C2B9D0A6E43",
       1, "ECNC", "Director of Public Affairs", "final", "henrik.aalto@ecnc.eu;bart.vanacker@ecnc.eu",
       "association-final-with-board-president",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "") + r"""BEGIN:VEVENT
ORGANIZER;CN="Roels, Kim":mailto:kim.roels@ecnc.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aalto, Henrik (President)":mailto:henrik.aalto@ecnc.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Van Acker, Bart":mailto:bart.vanacker@ecnc.eu
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Vandenbroucke\,\n\nAs the last step of the process\, our President\, Dr Henrik Aalto\, would like to meet you together with Bart Van Acker. Dr Aalto will be in Brussels for the Board meeting. Please prepare a short (5 min) view on ECNC's priorities for the fertiliser CBAM review.\n\nKind regards\,\nKim Roels
UID:040000008200E00074C5B7101A82E00800000000C09A4D3F5E45DC0100000000000000001000000019F0E2A7C6B54D3A8E1F7C2B9D0A6E43
SUMMARY;LANGUAGE=en-GB:Final meeting - Dr H. Aalto & B. Van Acker / E. Vandenbroucke
DTSTART;TZID=Europe/Brussels:20251105T083000
DTEND;TZID=Europe/Brussels:20251105T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T141022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Thon Hotel EU\, Rue de la Loi 75 - breakfast room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-interview", "personio-interview-4417823@edpa.jobs.personio.de", 1, "EDPA",
       "Senior Policy Manager (f/m/d)", "hiring_manager", "julia.brandt@edpa.eu",
       "personio-first-interview-head-of-policy",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-4417823@edpa.jobs.personio.de
DTSTAMP:20251020T130044Z
DTSTART:20251027T150000Z
DTEND:20251027T154500Z
SUMMARY:Interview: Senior Policy Manager (f/m/d) - Elise Vandenbroucke
ORGANIZER;CN=European Digital Payments Association:mailto:jobs@edpa.jobs.personio.de
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Julia Brandt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:julia.brandt@edpa.eu
DESCRIPTION:Hello Elise\,\n\nthank you for your application as Senior Policy Manager (f/m/d) at the European Digital Payments Association (EDPA). We would like to invite you to a first interview with Julia Brandt\, Head of Policy.\n\nWhen: Monday\, 27 October 2025\, 16:00 - 16:45 (CET)\nWhere: Google Meet - https://meet.google.com/qfd-zjrn-kwo\n\nBest regards\,\nyour EDPA team
LOCATION:https://meet.google.com/qfd-zjrn-kwo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("case-presentation", "personio-interview-4431190@edpa.jobs.personio.de", 1, "EDPA",
       "Senior Policy Manager (f/m/d)", "technical", "julia.brandt@edpa.eu;nicolas.petit@edpa.eu",
       "association-case-study-presentation-instant-payments",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-4431190@edpa.jobs.personio.de
DTSTAMP:20251031T091211Z
DTSTART:20251106T130000Z
DTEND:20251106T140000Z
SUMMARY:Case study presentation: Senior Policy Manager (f/m/d) - Elise Vandenbroucke
ORGANIZER;CN=European Digital Payments Association:mailto:jobs@edpa.jobs.personio.de
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Julia Brandt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:julia.brandt@edpa.eu
ATTENDEE;CN=Nicolas Petit;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:nicolas.petit@edpa.eu
DESCRIPTION:Hello Elise\,\n\nas announced\, the second round is a case study. Please prepare a 15-minute presentation: "The Payment Services Regulation is in trilogue - draft an advocacy plan for EDPA for the next 6 months (targets in EP\, Council and Commission\, key messages\, coalition)". 30 minutes Q&A follow with Julia Brandt and Nicolas Petit (Senior Policy Manager).\n\nWhere: EDPA office\, Rue de la Science 14b\, 1040 Brussels\n\nBest regards\,\nyour EDPA team
LOCATION:EDPA office\, Rue de la Science 14b\, 1040 Brussels
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("final-chat", "2m7ki3nq9f0p1v5c8t6r4a2bde@google.com", 1, "EDPA", "", "final", "marco.bellini@edpa.eu",
       "association-dg-final-conversation-google-no-title",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251118T083000
DTEND;TZID=Europe/Brussels:20251118T091500
DTSTAMP:20251112T172300Z
ORGANIZER;CN=Marco Bellini:mailto:marco.bellini@edpa.eu
UID:2m7ki3nq9f0p1v5c8t6r4a2bde@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marco Bellini;X-NUM-GUESTS=0:mailto:marco.bellini@edpa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elise.vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gm
 ail.com
DESCRIPTION:Elise\, Julia told me a lot of good things about your case stu
 dy. Let's have a coffee before my day starts - final step on our side\, I
 'd like to hear your motivation and talk about how the team would work.\n
 \nMarco Bellini\nDirector General\, EDPA
LOCATION:Café Belga? or our office - tbc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marco / Elise
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("vorstellungsgespraech", "sg-3f8a1c77-42be-4d0e-b1a9-7e6c2d5f0a18@softgarden.io", 1,
       "Verband der Deutschen Wasserstoffwirtschaft", "Referentin / Referent EU-Politik (m/w/d) - Büro Brüssel",
       "hiring_manager", "k.wolff@vdw-wasserstoff.de", "german-softgarden-einladung-vorstellungsgespraech",
       r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
""" + BER_G + r"""BEGIN:VEVENT
UID:sg-3f8a1c77-42be-4d0e-b1a9-7e6c2d5f0a18@softgarden.io
DTSTAMP:20251003T074510Z
DTSTART;TZID=Europe/Berlin:20251010T110000
DTEND;TZID=Europe/Berlin:20251010T120000
SUMMARY:Einladung zum Vorstellungsgespräch: Referentin / Referent EU-Politik (m/w/d) - Büro Brüssel
ORGANIZER;CN=VDW Personalabteilung:mailto:bewerbung@vdw-wasserstoff.de
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Dr. Katharina Wolff;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.wolff@vdw-wasserstoff.de
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrte Frau Vandenbroucke\,\n\nvielen Dank für Ihre Bewerbung als Referentin / Referent EU-Politik (m/w/d) für unser Büro in Brüssel. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem ersten Gespräch per Video ein.\n\nIhre Gesprächspartnerin: Dr. Katharina Wolff\, Leiterin Büro Brüssel\nDauer: ca. 60 Minuten\nSprache: Deutsch und Englisch\n\nDen Teams-Link erhalten Sie am Vortag.\n\nMit freundlichen Grüßen\nIhr VDW-Personalteam\n\nVerband der Deutschen Wasserstoffwirtschaft e.V.\, Reinhardtstraße 31\, 10117 Berlin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("zweitgespraech", "sg-9b04e2d1-7c3a-4f55-a2e8-1d6b0c9f3e27@softgarden.io", 1,
       "Verband der Deutschen Wasserstoffwirtschaft", "Referentin / Referent EU-Politik (m/w/d) - Büro Brüssel",
       "final", "t.brenner@vdw-wasserstoff.de;k.wolff@vdw-wasserstoff.de",
       "german-zweites-gespraech-hauptgeschaeftsfuehrer-berlin-zone",
       r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
""" + BER_G + r"""BEGIN:VEVENT
UID:sg-9b04e2d1-7c3a-4f55-a2e8-1d6b0c9f3e27@softgarden.io
DTSTAMP:20251024T120301Z
DTSTART;TZID=Europe/Berlin:20251103T140000
DTEND;TZID=Europe/Berlin:20251103T153000
SUMMARY:Zweitgespräch mit dem Hauptgeschäftsführer - Referentin / Referent EU-Politik (m/w/d)
ORGANIZER;CN=VDW Personalabteilung:mailto:bewerbung@vdw-wasserstoff.de
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Thomas Brenner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t.brenner@vdw-wasserstoff.de
ATTENDEE;CN=Dr. Katharina Wolff;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.wolff@vdw-wasserstoff.de
LOCATION:VDW Geschäftsstelle\, Reinhardtstraße 31\, 10117 Berlin
DESCRIPTION:Sehr geehrte Frau Vandenbroucke\,\n\nwir freuen uns\, Sie zum Zweitgespräch nach Berlin einzuladen. Herr Thomas Brenner (Hauptgeschäftsführer) und Frau Dr. Wolff möchten mit Ihnen über die Ausrichtung des Brüsseler Büros sprechen. Bitte bereiten Sie eine kurze Einschätzung (10 Min.) zum Stand der Trilogverhandlungen zum Wasserstoff- und Gasmarktpaket vor.\n\nReisekosten (Bahn 2. Klasse ab Brüssel) werden erstattet.\n\nMit freundlichen Grüßen\nIhr VDW-Personalteam
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("effp-note", "C41E6B0F-2D8A-4E5B-9F3C-8A7D1E2B4C69", 1, "EFFP", "", "", "",
       "self-typed-apple-vtimezone-association-entretien",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
""" + BRU_APPLE + r"""BEGIN:VEVENT
CREATED:20251125T071940Z
UID:C41E6B0F-2D8A-4E5B-9F3C-8A7D1E2B4C69
DTEND;TZID=Europe/Brussels:20251202T173000
SUMMARY:Entretien EFFP (DG + head of comms)
LAST-MODIFIED:20251125T072212Z
DTSTAMP:20251125T072212Z
DTSTART;TZID=Europe/Brussels:20251202T163000
LOCATION:Av. des Arts 56
DESCRIPTION:flexible packaging - PPWR!! relire position paper + dernière
  version trilogue. Demander: équipe\, télétravail\, salaire (>= RBP +10%)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-screen", "brusselstalent-b7f2c019-screen@brusselstalent.eu", 1, "European Heat Pump Council",
       "EU Affairs Manager", "recruiter_screen", "sophie.laurent@brusselstalent.eu",
       "agency-recruiter-screen-named-client-in-title",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
UID:brusselstalent-b7f2c019-screen@brusselstalent.eu
DTSTAMP:20251119T104410Z
DTSTART;TZID=Europe/Brussels:20251124T123000
DTEND;TZID=Europe/Brussels:20251124T130000
SUMMARY:Screening call - EU Affairs Manager (client: European Heat Pump Council)
ORGANIZER;CN="Laurent, Sophie":mailto:sophie.laurent@brusselstalent.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
LOCATION:Zoom - https://us06web.zoom.us/j/83372015592?pwd=R1pXeE1aL3hTQm5kMFpqYkVUN0FnZz09
DESCRIPTION:Hi Elise\,\n\nThanks for sending your CV. As mentioned\, our client the European Heat Pump Council (EHPC) is looking for an EU Affairs Manager to cover the EPBD implementation\, the Heat Pump Action Plan and the ETS2. This call is a first screening on my side (30 min): your background\, motivation\, salary expectations and notice period. If there is a fit\, I will present you to EHPC's Secretary General.\n\nZoom: https://us06web.zoom.us/j/83372015592\nMeeting ID: 833 7201 5592\n\nBest\,\nSophie Laurent\nSenior Consultant - Public Affairs & Associations\nBrussels Talent Partners
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("sollicitatiegesprek", "recruitee-interview-88231044@havenfederatie.recruitee.com", 1,
       "Vlaamse Havenfederatie", "Beleidsmedewerker Europese zaken", "hiring_manager",
       "jeroen.claeys@havenfederatie.be", "dutch-recruitee-sollicitatiegesprek-antwerp",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-88231044@havenfederatie.recruitee.com
DTSTAMP:20251110T143306Z
DTSTART:20251117T090000Z
DTEND:20251117T100000Z
SUMMARY:Sollicitatiegesprek Beleidsmedewerker Europese zaken - Elise Vandenbroucke
ORGANIZER;CN=Vlaamse Havenfederatie:mailto:jobs@havenfederatie.recruitee.com
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Jeroen Claeys;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jeroen.claeys@havenfederatie.be
LOCATION:Havenhuis\, Zaha Hadidplein 1\, 2030 Antwerpen
DESCRIPTION:Beste Elise\,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een gesprek met Jeroen Claeys (directeur beleid) in het Havenhuis in Antwerpen. Het gesprek duurt ongeveer een uur en verloopt in het Nederlands\; een deel kan in het Engels.\n\nParkeren kan op de bezoekersparking. Meld je aan bij het onthaal.\n\nMet vriendelijke groeten\,\nHR-team Vlaamse Havenfederatie
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("wttj-visio", "wk-interview-5f1c02a7b9e84d31@welcomekit.co", 1, "Alliance Industrie France",
       "Responsable affaires européennes - Bruxelles (H/F)", "recruiter_screen", "camille.roux@alliance-industrie.fr",
       "welcome-to-the-jungle-entretien-visio-paris-federation",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-interview-5f1c02a7b9e84d31@welcomekit.co
DTSTAMP:20250922T081534Z
DTSTART:20250925T070000Z
DTEND:20250925T073000Z
SUMMARY:Entretien visio - Responsable affaires européennes - Bruxelles (H/F) - Alliance Industrie France
ORGANIZER;CN=Camille Roux:mailto:camille.roux@alliance-industrie.fr
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
LOCATION:Google Meet - https://meet.google.com/hvx-pqtb-nra
DESCRIPTION:Bonjour Elise\,\n\nMerci pour votre candidature ! Je vous propose un premier échange de 30 minutes en visio pour faire connaissance et vous présenter la fédération et le poste basé à notre bureau de Bruxelles.\n\nÀ très vite\,\nCamille Roux\nChargée de recrutement\, Alliance Industrie France\n\nRejoindre : https://meet.google.com/hvx-pqtb-nra\nOu appeler le : (FR) +33 1 87 40 42 57 PIN : 716 402 118#
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goto-interview", "040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DC0100000000000000001000000072A9E3B1D6C84F05A3E7B9C1D2F4E6A8",
       1, "EGOA", "Policy Officer - Grids & Flexibility", "hiring_manager", "dieter.vandamme@egoa.eu",
       "association-goto-meeting-office-manager-organiser",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "") + r"""BEGIN:VEVENT
ORGANIZER;CN="Poncelet, Mireille":mailto:mireille.poncelet@egoa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elise.vdbroucke@gmail.com:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vandamme, Dieter":mailto:dieter.vandamme@egoa.eu
DESCRIPTION;LANGUAGE=en-GB:Dear Elise\,\n\nPlease find below the GoTo Meeting details for your interview with Dieter Vandamme\, Secretary General of EGOA (European Grid Operators Association)\, for the Policy Officer - Grids & Flexibility position.\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/482019375\n\nYou can also dial in using your phone.\nBelgium: +32 28 93 7002\nAccess Code: 482-019-375\n\nKind regards\,\nMireille Poncelet\nOffice Manager
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DC0100000000000000001000000072A9E3B1D6C84F05A3E7B9C1D2F4E6A8
SUMMARY;LANGUAGE=en-GB:EGOA - interview Policy Officer Grids & Flexibility (E. Vandenbroucke)
DTSTART;TZID=Europe/Brussels:20251204T163000
DTEND;TZID=Europe/Brussels:20251204T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T094456Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
]
