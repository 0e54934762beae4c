"""train8: German whole-message templates (format as in train8_bank_en)."""

# ruff: noqa: E501  (whole sentences with their alternatives stay on one line to be readable as mail)

BANK = r"""
@@ rejection status_portal ats | [[Statusänderung Ihrer Bewerbung|Ihre Bewerbung bei {company}]]
Der Status Ihrer Bewerbung als {role} hat sich geändert. [[Bitte loggen Sie sich in Ihr Bewerberkonto ein.|Details finden Sie im Bewerberportal.]]

Status: [[Abgeschlossen – nicht berücksichtigt|Absage|Stelle besetzt]]
@@ rejection implied hr | [[Ihre Bewerbung als {role}|Rückmeldung zu Ihrer Bewerbung]]
vielen Dank für die Gespräche. [[Wir haben uns entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen, deren Profil näher an unseren Anforderungen liegt.|Nach reiflicher Überlegung ist unsere Wahl auf eine andere Person gefallen.|Wir werden die Stelle mit einer internen Kandidatin besetzen.]] [[Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.|Bleiben Sie uns gern verbunden.]]
@@ rejection post_assessment manager | Fallstudie
danke für die Bearbeitung der [[Fallstudie|Aufgabe zum Zulassungsdossier]]. [[Im Vergleich mit den anderen Einreichungen hat es leider nicht für die letzte Runde gereicht.|Wir haben uns nach Sichtung aller Lösungen für andere Bewerber entschieden.]] {P}
@@ rejection search_closed hr | Stellenausschreibung {role}
wir möchten Sie informieren, dass [[die Stelle aufgrund einer internen Umstrukturierung nicht besetzt wird|das Auswahlverfahren ohne Besetzung beendet wurde|die Position bis auf Weiteres gestrichen wurde]]. [[Wir bedauern das sehr.|Das hat nichts mit Ihrer Qualifikation zu tun.]]
@@ rejection typo_lower recruiter | kurze info
[[leider muss ich dir eine absage geben|leider ist es eine absage geworden|wir haben uns leider gegen dich entscheiden]] – das team hat sich für jemanden mit mehr CMC-erfahrung entschieden. [[melde dich gern wenn du fragen hast|alles gute!]]
@@ rejection short_mobile founder | Re: {role}
[[sorry {first}, wird diesmal nix. danke dir!|hab's mit dem team besprochen, wir gehen mit jemand anderem weiter. sorry!]]
@@ rejection rescinded hr | Ihr Vertragsangebot
[[mit großem Bedauern|zu unserem großen Bedauern]] müssen wir Ihnen mitteilen, dass wir [[aufgrund eines kurzfristig verhängten Einstellungsstopps|nach dem Ergebnis der Zuverlässigkeitsprüfung|wegen der Neuorganisation des Bereichs]] unser Angebot für die Position {role} [[zurückziehen müssen|nicht aufrechterhalten können]].
@@ rejection thread_decision manager | AW: {role}
[[Kurz vorweg: Wir haben uns für die andere Kandidatin entschieden.|Um es kurz zu machen: es wird leider nichts.]] Danke für Ihre Geduld.
@@ offer casual founder | 🎉
[[wir wollen dich!|das team ist begeistert, der job gehört dir wenn du magst]] [[vertrag schick ich heute abend|papierkram kommt morgen von HR]]. ruf mich an!
@@ offer conditional hr | [[Ihr Vertragsangebot – {role}|Zusage unter Vorbehalt]]
wir freuen uns, Ihnen die Position {role} anbieten zu können – [[vorbehaltlich der Zustimmung des Betriebsrats|vorbehaltlich eines einwandfreien Führungszeugnisses|vorbehaltlich der Referenzen]]. Eintritt: {nd}. Bitte geben Sie uns bis {wd} Bescheid.
@@ offer welcome_aboard hr | Willkommen an Bord!
[[herzlich willkommen bei {company}!|schön, dass Sie zugesagt haben!]] [[Ihren Arbeitsvertrag haben Sie per Post erhalten.|Anbei der Vertrag zur Unterschrift.]] Ihr erster Arbeitstag ist der {nd}.
@@ offer verbal manager | Unser Telefonat
wie eben am Telefon besprochen, möchten wir Sie sehr gern als {role} einstellen. [[Das schriftliche Angebot folgt.|HR schickt Ihnen die Unterlagen.]]
@@ next_step slots recruiter | Einladung zum Zweitgespräch
wir möchten Sie gern zu einem [[zweiten Gespräch|Fachgespräch|Probearbeitstag]] einladen. [[Ich kann Ihnen folgende Termine anbieten:|Passt Ihnen]] {nd} um 10 Uhr? {P}
@@ next_step assessment hr | Nächster Schritt
Sie sind eine Runde weiter. [[Bitte bearbeiten Sie die Fallstudie|Anbei eine kurze Aufgabe]] und senden Sie sie bis {nd} zurück. {P}
@@ next_step references manager | Referenzen
wir sind in der finalen Phase. Dürfen wir Ihre Referenzgeber kontaktieren? {P}
@@ pending still_reviewing hr | Zwischenstand
wir sind noch [[mitten im Auswahlprozess|nicht ganz fertig mit den Gesprächen]] und haben noch keine Entscheidung getroffen. {P}
@@ pending waitlist recruiter | Stand der Dinge
[[Wir haben einer anderen Kandidatin ein Angebot gemacht, Sie sind aber unsere zweite Wahl.|Sie stehen auf unserer Nachrückliste, falls die bevorzugte Person absagt.]] {P}
@@ pending on_hold manager | Verzögerung
[[Die Stelle ist wegen der Budgetplanung vorübergehend pausiert.|Der Prozess verzögert sich, weil der Bereichsleiter im Urlaub ist.]] Sie sind weiterhin im Rennen. {P}
@@ acknowledgement received ats | Eingangsbestätigung
vielen Dank für Ihre Bewerbung als {role}. [[Wir prüfen Ihre Unterlagen sorgfältig.|Ihre Unterlagen sind bei uns eingegangen.]] {P}
@@ acknowledgement received_docs hr | AW: Unterlagen
danke, [[die Approbationsurkunde und die Zeugnisse|Ihre Unterlagen]] sind angekommen. {P}
@@ auto_reply out_of_office ooo | Abwesenheitsnotiz
ich bin bis {nd} nicht im Büro. [[In dringenden Fällen wenden Sie sich bitte an jobs@{domain}.|Ihre Nachricht wird nicht weitergeleitet.]]
@@ auto_reply auto_noreply noreply | Automatische Antwort
Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
@@ other interviewer_offer colleague | Kandidatin für die PTA-Stelle
danke fürs Mitführen der Gespräche. [[Ich würde Frau Lenz gern ein Angebot machen|Sollen wir dem zweiten Kandidaten das Angebot schicken]] – bist du einverstanden? Wir sollten bis {wd} entscheiden.
@@ other job_alert board | Neue Jobs für Sie
[[5 neue Stellen passen zu Ihrem Suchauftrag|Ihr Jobalarm]]: Regulatory Affairs Manager (m/w/d), Referent Pharmakovigilanz. Bewerbungsschluss: {nd}. [[Sonderangebot: Premium 3 Monate gratis.|Wir bedauern, dass nicht alle Gehälter angegeben sind.]]
@@ other market_update agency | Marktupdate
[[kurzer Überblick: Im Pharma-Umfeld werden gerade viele Stellen gestoppt, einzelne Angebote wurden zurückgezogen.|Der Markt für Regulatory Affairs zieht an, viele Kandidaten haben mehrere Angebote.]] Ich melde mich zu konkreten Rollen.
@@ other newsletter_offer board | Karriere-Newsletter
Diese Woche: So verhandeln Sie Ihr Angebot – und was tun bei einer Absage? Dazu unser Angebot: Lebenslauf-Check zum halben Preis.
@@ rejection implied manager | Unser Gespräch
vielen Dank für Ihre Zeit. [[Wir haben uns für eine Kandidatin entschieden, die bereits Erfahrung mit eCTD-Einreichungen mitbringt.|Das Team möchte mit einem anderen Profil weitermachen.|Wir setzen den Prozess mit Bewerbern fort, die schon in der Industrie gearbeitet haben.]] Ich wünsche Ihnen viel Erfolg.
@@ rejection reapply ats | Ihre Bewerbung
vielen Dank für Ihr Interesse an {company}. [[Wir können Ihre Bewerbung für diese Position leider nicht weiter berücksichtigen.|Die Stelle wurde inzwischen besetzt.]] Gern können Sie sich [[in sechs Monaten|nach 6 Monaten]] erneut bewerben.
@@ rejection warm hr | {role}
danke für Ihre Geduld. [[wir haben uns entschieden, die Stelle einer anderen Kandidatin anzubieten|unsere Wahl ist knapp auf jemand anderen gefallen]]. Das war wirklich eine enge Entscheidung. {P}
@@ offer formal hr | Vertragsangebot {role}
im Namen von {company} freue ich mich, Ihnen die Position {role} anzubieten. [[Vertrag und Gehaltsübersicht finden Sie im Anhang.|Die Konditionen entnehmen Sie bitte dem beigefügten Angebot.]] Das Angebot gilt bis {nd}.
@@ offer agency agency | {company} – gute Nachrichten!
[[tolle Neuigkeiten|super Nachrichten]]: {company} möchte Ihnen ein Angebot machen! Gehalt wie besprochen. Rufen Sie mich an.
@@ next_step call manager | Kurzes Telefonat?
[[Hätten Sie Zeit für ein kurzes Gespräch mit unserer Bereichsleitung|Ich würde Ihnen gern ein Gespräch mit dem Head of Regulatory anbieten]] am {nd}? {P}
@@ pending delay hr | Verzögerung im Verfahren
entschuldigen Sie die lange Wartezeit. [[Die Freigabe durch die Geschäftsführung steht noch aus.|Zwei Mitglieder des Auswahlgremiums waren krank.]] {P}
@@ pending background_check hr | Referenzen
wir holen gerade Ihre Referenzen ein und melden uns danach. {P}
@@ acknowledgement received_casual recruiter | AW: Lebenslauf
danke, ist angekommen! ich leite es heute an die Fachabteilung weiter. {P}
@@ acknowledgement ack_offer_word ats | Bewerbung eingegangen
vielen Dank für Ihre Bewerbung als {role}. Wir bieten Ihnen [[flexible Arbeitszeiten und ein Jobticket|30 Tage Urlaub und betriebliche Altersvorsorge]]. {P}
@@ auto_reply left_company ooo | Automatische Antwort
ich bin nicht mehr bei {company} tätig. Bitte wenden Sie sich an personal@{domain}.
@@ other survey noreply | Ihre Meinung zählt
wie war Ihr Bewerbungsprozess? Nehmen Sie an unserer kurzen Umfrage teil. Wir bedauern, nicht auf einzelne Kommentare antworten zu können.
@@ other withdrawal hr | AW: Rückzug meiner Bewerbung
danke für Ihre Nachricht. Wir haben Ihre Bewerbung wie gewünscht zurückgezogen und wünschen alles Gute für die neue Stelle.
@@ rejection status_portal noreply | Ihre Bewerbung – Statusänderung
Dies ist eine automatische Benachrichtigung. [[Ihre Bewerbung wurde vom Fachbereich archiviert.|Der Bewerbungsprozess wurde für Sie beendet.|Die Stelle {role} ist besetzt.]] Bitte antworten Sie nicht auf diese Nachricht.
@@ offer casual manager | AW: {role}
[[Kurz und knapp: Wir wollen Sie!|Gerade aus der Runde gekommen – die Stelle gehört Ihnen.]] Vertrag folgt von HR.
"""
