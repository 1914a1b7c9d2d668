<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name />
    <message>
        <source>Månedstall</source>
        <translation>Monthly figures</translation>
    </message>
    <message>
        <source>Fjerne perspektivet «{title}»</source>
        <translation>Remove the perspective “{title}”</translation>
    </message>
    <message>
        <source>Fjerne målet «{title}»</source>
        <translation>Remove the goal “{title}”</translation>
    </message>
    <message>
        <source>Fjerne målingen «{title}»</source>
        <translation>Remove the measure “{title}”</translation>
    </message>
    <message>
        <source>{span} · {label}</source>
        <translation>{span} · {label}</translation>
    </message>
    <message>
        <source>{span} ({month} er delvis og ikke med)</source>
        <translation>{span} ({month} is partial and not included)</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Til og med måned</source>
        <translation>Through month</translation>
    </message>
    <message>
        <source>&amp;Kopier fjorårets målverdier</source>
        <translation>Co&amp;py last year's targets</translation>
    </message>
    <message>
        <source>Gi hver måling med egen målverdi i fjor den samme i år</source>
        <translation>Give every measure that had its own target last year the same target this year</translation>
    </message>
    <message>
        <source>&amp;Endre kortet</source>
        <translation>&amp;Change card</translation>
    </message>
    <message>
        <source>til &amp;og med:</source>
        <translation>up &amp;to:</translation>
    </message>
    <message>
        <source>Styringskort</source>
        <translation>Goal card</translation>
    </message>
    <message>
        <source>● grønn: målet er nådd   ▲ gul: nesten (innenfor den gule grensen)   ■ rød: langt unna   – mangler: ingen verdi eller ingen målverdi.   Skriv i Målverdi år eller Kommentar for å endre dem; dobbeltklikk for utviklingen; høyreklikk eller «Endre kortet» for resten.</source>
        <translation>● green: target met   ▲ yellow: nearly (within the yellow margin)   ■ red: far off   – missing: no value or no target.   Type in Year target or Comment to change them; double-click for the trend; right-click or “Change card” for the rest.</translation>
    </message>
    <message>
        <source>Nytt &amp;perspektiv …</source>
        <translation>New &amp;perspective …</translation>
    </message>
    <message>
        <source>Nytt &amp;mål …</source>
        <translation>New &amp;goal …</translation>
    </message>
    <message>
        <source>Et nytt strategisk mål under det valgte perspektivet</source>
        <translation>A new strategic goal under the selected perspective</translation>
    </message>
    <message>
        <source>Ny må&amp;ling …</source>
        <translation>New &amp;measure …</translation>
    </message>
    <message>
        <source>En ny måling under det valgte målet</source>
        <translation>A new measure under the selected goal</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Gi nytt navn, eller endre retning, gul grense og målverdier</source>
        <translation>Rename, or change direction, yellow margin and targets</translation>
    </message>
    <message>
        <source>Flytt &amp;opp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytt &amp;ned</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Fjern …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <source>Vis &amp;utviklingen</source>
        <translation>Show &amp;trend</translation>
    </message>
    <message>
        <source>Målingens indikator over tid, med målverdien</source>
        <translation>The measure's indicator over time, with the target</translation>
    </message>
    <message>
        <source>Vis må&amp;neden i skjemaet</source>
        <translation>Show the month in the &amp;form</translation>
    </message>
    <message>
        <source>Gå til indikatoren i månedsskjemaet</source>
        <translation>Go to the indicator in the monthly form</translation>
    </message>
    <message>
        <source>&amp;Importer mal fra kommunen …</source>
        <translation>&amp;Import template from the municipality …</translation>
    </message>
    <message>
        <source>Erstatt styringskortet med en mal (CSV), etter at du har sett endringene</source>
        <translation>Replace the goal card with a template (CSV), after you have seen the changes</translation>
    </message>
    <message>
        <source>E&amp;ksporter som mal …</source>
        <translation>E&amp;xport as template …</translation>
    </message>
    <message>
        <source>Skriv styringskortet som mal (CSV) for andre kontorer</source>
        <translation>Write the goal card as a template (CSV) for other offices</translation>
    </message>
    <message>
        <source>{measure}, målverdi for {year}</source>
        <translation>{measure}, target for {year}</translation>
    </message>
    <message>
        <source>{measure}, kommentar for {month} {year}</source>
        <translation>{measure}, comment for {month} {year}</translation>
    </message>
    <message>
        <source>En verdi du skrev på styringskortet, er ikke lagret:</source>
        <translation>A value you typed on the goal card is not saved:</translation>
    </message>
    <message>
        <source>{n} verdier du skrev på styringskortet, er ikke lagret:</source>
        <translation>{n} values you typed on the goal card are not saved:</translation>
    </message>
    <message>
        <source>Ingen tall er registrert for {year}</source>
        <translation>No figures have been recorded for {year}</translation>
    </message>
    <message>
        <source>Velg en måling for å se kommentarhistorikken.</source>
        <translation>Select a measure to see its comment history.</translation>
    </message>
    <message>
        <source>Ingen kommentar for {month} {year}.</source>
        <translation>No comment for {month} {year}.</translation>
    </message>
    <message>
        <source>(tømt)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <source>Kommentar for {month} {year}, nyeste først:</source>
        <translation>Comment for {month} {year}, newest first:</translation>
    </message>
    <message>
        <source>«{text}»</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>og {n} eldre</source>
        <translation>and {n} older</translation>
    </message>
    <message>
        <source>Dette endres hvis styringskortet erstattes med {name}. Kommentarene til målinger som fjernes, tas vare på og kommer tilbake hvis målingen legges til igjen.</source>
        <translation>This changes if the goal card is replaced with {name}. The comments of measures that are removed are kept and come back if the measure is added again.</translation>
    </message>
    <message>
        <source>Kommentaren ble ikke lagret</source>
        <translation>The comment was not saved</translation>
    </message>
    <message>
        <source>Navnet ble ikke endret</source>
        <translation>The name was not changed</translation>
    </message>
    <message>
        <source>Målverdiene ble ikke kopiert</source>
        <translation>The targets were not copied</translation>
    </message>
    <message>
        <source>{n} målverdier kopiert fra {last} til {year}.</source>
        <translation>{n} targets copied from {last} to {year}.</translation>
    </message>
    <message>
        <source>Nytt perspektiv</source>
        <translation>New perspective</translation>
    </message>
    <message>
        <source>Navn på perspektivet:</source>
        <translation>Name of the perspective:</translation>
    </message>
    <message>
        <source>Perspektivet ble ikke lagt til</source>
        <translation>The perspective was not added</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Nytt strategisk mål under «{perspective}»:</source>
        <translation>New strategic goal under “{perspective}”:</translation>
    </message>
    <message>
        <source>Målet ble ikke lagt til</source>
        <translation>The goal was not added</translation>
    </message>
    <message>
        <source>Målingen ble ikke lagt til</source>
        <translation>The measure was not added</translation>
    </message>
    <message>
        <source>Målingen ble ikke endret</source>
        <translation>The measure was not changed</translation>
    </message>
    <message>
        <source>Kunne ikke flytte</source>
        <translation>Could not move</translation>
    </message>
    <message>
        <source>1 mål</source>
        <translation>1 goal</translation>
    </message>
    <message>
        <source>{n} mål</source>
        <translation>{n} goals</translation>
    </message>
    <message>
        <source>1 måling</source>
        <translation>1 measure</translation>
    </message>
    <message>
        <source>{n} målinger</source>
        <translation>{n} measures</translation>
    </message>
    <message>
        <source>1 kommentar</source>
        <translation>1 comment</translation>
    </message>
    <message>
        <source>{n} kommentarer</source>
        <translation>{n} comments</translation>
    </message>
    <message>
        <source>{question} med {parts}?</source>
        <translation>{question} with {parts}?</translation>
    </message>
    <message>
        <source>og</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Målverdiene og kommentarene forsvinner med det. Tallene som er registrert for indikatorene, blir ikke berørt.</source>
        <translation>Its targets and comments go with it. The figures recorded for the indicators are not touched.</translation>
    </message>
    <message>
        <source>Fjerne fra styringskortet</source>
        <translation>Remove from the goal card</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne</source>
        <translation>Could not remove</translation>
    </message>
    <message>
        <source>Eksporter styringskortet som mal</source>
        <translation>Export the goal card as a template</translation>
    </message>
    <message>
        <source>styringskort-mal.csv</source>
        <translation>goal-card-template.csv</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Malen ble ikke skrevet</source>
        <translation>The template was not written</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Malen er skrevet til {name}.</source>
        <translation>The template has been written to {name}.</translation>
    </message>
    <message>
        <source>Importer mal for styringskortet</source>
        <translation>Import a template for the goal card</translation>
    </message>
    <message>
        <source>{name} kan ikke leses som tekst. Lagre malen som CSV (semikolondelt) og prøv igjen.</source>
        <translation>{name} cannot be read as text. Save the template as CSV (semicolon-separated) and try again.</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Malen ble ikke lest</source>
        <translation>The template was not read</translation>
    </message>
    <message>
        <source>Katalogfilen kan ikke leses inn</source>
        <translation>The catalogue file cannot be read in</translation>
    </message>
    <message>
        <source>Importere indikatorkatalog?</source>
        <translation>Import the indicator catalogue?</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>&amp;Importer ({n} endring)</source>
        <translation>&amp;Import ({n} change)</translation>
    </message>
    <message>
        <source>&amp;Importer ({n} endringer)</source>
        <translation>&amp;Import ({n} changes)</translation>
    </message>
    <message>
        <source>Finner ikke filen {path}</source>
        <translation>Cannot find the file {path}</translation>
    </message>
    <message>
        <source>Kan ikke lese {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>Importer indikatorkatalog</source>
        <translation>Import indicator catalogue</translation>
    </message>
    <message>
        <source>{name} ble ikke lest inn; ingenting er endret:</source>
        <translation>{name} was not read in; nothing has been changed:</translation>
    </message>
    <message>
        <source>Ingenting å endre</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <source>Katalogen har allerede alt i {name}; ingenting er endret.</source>
        <translation>The catalogue already has everything in {name}; nothing has been changed.</translation>
    </message>
    <message>
        <source>Dette endres i indikatorkatalogen hvis du importerer {name}. Koder blir aldri slettet, og lagrede verdier blir som de er.</source>
        <translation>This changes in the indicator catalogue if you import {name}. Codes are never deleted, and stored values stay as they are.</translation>
    </message>
    <message>
        <source>Katalogen ble ikke endret</source>
        <translation>The catalogue was not changed</translation>
    </message>
    <message>
        <source>Malen er lik styringskortet; ingenting er endret.</source>
        <translation>The template matches the goal card; nothing has been changed.</translation>
    </message>
    <message>
        <source>Ja, fjern {removed} av {total} målinger</source>
        <translation>Yes, remove {removed} of {total} measures</translation>
    </message>
    <message>
        <source>Styringskortet ble ikke endret</source>
        <translation>The goal card was not changed</translation>
    </message>
    <message>
        <source>Styringskortet er oppdatert fra {name}: {n} endring(er).</source>
        <translation>The goal card has been updated from {name}: {n} change(s).</translation>
    </message>
    <message>
        <source>Neste Ctrl+Z angrer {what}.</source>
        <translation>Next Ctrl+Z undoes {what}.</translation>
    </message>
    <message>
        <source>Neste Ctrl+Y gjør om {what}.</source>
        <translation>Next Ctrl+Y redoes {what}.</translation>
    </message>
    <message>
        <source>Angret {what}.</source>
        <translation>Undone: {what}.</translation>
    </message>
    <message>
        <source>Gjorde om {what}.</source>
        <translation>Redone: {what}.</translation>
    </message>
    <message>
        <source>Malen har feil</source>
        <translation>The template has errors</translation>
    </message>
    <message>
        <source>Erstatte styringskortet?</source>
        <translation>Replace the goal card?</translation>
    </message>
    <message>
        <source>&amp;Erstatt ({n} endring)</source>
        <translation>&amp;Replace ({n} change)</translation>
    </message>
    <message>
        <source>&amp;Erstatt ({n} endringer)</source>
        <translation>&amp;Replace ({n} changes)</translation>
    </message>
    <message>
        <source>Rapportert {at} av {by}</source>
        <translation>Reported {at} by {by}</translation>
    </message>
    <message>
        <source>Gjenåpnet {at} av {by}</source>
        <translation>Reopened {at} by {by}</translation>
    </message>
    <message>
        <source>Månedens historikk</source>
        <translation>The month's history</translation>
    </message>
    <message>
        <source>Marker {month} som rapportert</source>
        <translation>Mark {month} as reported</translation>
    </message>
    <message>
        <source>Marker {month} som rapportert til kommunen?</source>
        <translation>Mark {month} as reported to the municipality?</translation>
    </message>
    <message>
        <source>&amp;Jeg vil låse en måned som ikke er over</source>
        <translation>&amp;I want to lock a month that is not over</translation>
    </message>
    <message>
        <source>{month} er ikke over ennå (i dag er {today}). Tall som kommer senere i måneden, kan ikke skrives inn før måneden gjenåpnes.</source>
        <translation>{month} is not over yet (today is {today}). Figures that come later in the month cannot be entered until the month is reopened.</translation>
    </message>
    <message>
        <source>d. MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Tall per seksjon</source>
        <translation>Figures per section</translation>
    </message>
    <message>
        <source>Åpne en seksjon (pil høyre) for å se linjene som mangler.</source>
        <translation>Open a section (right arrow) to see the lines that are missing.</translation>
    </message>
    <message>
        <source>Avvik: {open} uten kommentar, {explained} forklart</source>
        <translation>Warnings: {open} without a comment, {explained} explained</translation>
    </message>
    <message>
        <source>Ingen avvik.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Månedens avvik</source>
        <translation>The month's warnings</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Når måneden er rapportert, kan tallene ikke endres før den gjenåpnes. Lukkingen blir logget med tellingen over.</source>
        <translation>Once the month is reported, its figures cannot be changed until it is reopened. The closing is logged with the count above.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Måneden ble ikke markert som rapportert: {reason}</source>
        <translation>The month was not marked as reported: {reason}</translation>
    </message>
    <message>
        <source>Gjenåpne {month}</source>
        <translation>Reopen {month}</translation>
    </message>
    <message>
        <source>Gjenåpne {month}?</source>
        <translation>Reopen {month}?</translation>
    </message>
    <message>
        <source>{month} ble rapportert {at} av {by}.</source>
        <translation>{month} was reported {at} by {by}.</translation>
    </message>
    <message>
        <source>{month} er rapportert.</source>
        <translation>{month} is reported.</translation>
    </message>
    <message>
        <source>Når den er åpnet, kan tallene endres igjen. Grunnen blir logget, og måneden må markeres som rapportert på nytt.</source>
        <translation>Once it is open, its figures can be changed again. The reason is logged, and the month must be marked as reported again.</translation>
    </message>
    <message>
        <source>Hvorfor måneden åpnes igjen</source>
        <translation>Why the month is reopened</translation>
    </message>
    <message>
        <source>F.eks. «Kommunen fant feil i KVP-tallene»</source>
        <translation>E.g. “The municipality found errors in the KVP figures”</translation>
    </message>
    <message>
        <source>&amp;Hvorfor åpner du måneden igjen?</source>
        <translation>&amp;Why are you reopening the month?</translation>
    </message>
    <message>
        <source>&amp;Gjenåpne måneden</source>
        <translation>&amp;Reopen the month</translation>
    </message>
    <message>
        <source>Trender</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Her følger du styringskortet: mål, målverdier og trafikklys.</source>
        <translation>Here you follow the goal card: goals, targets and traffic lights.</translation>
    </message>
    <message>
        <source>Her ser du utviklingen over tid i grafer.</source>
        <translation>Here you see the trends over time in charts.</translation>
    </message>
    <message>
        <source>Her lager du statusrapporten til kommunen.</source>
        <translation>Here you make the status report for the municipality.</translation>
    </message>
    <message>
        <source>Kontorer</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Her ser du alle kontorene i databasen og hvem som har levert tall.</source>
        <translation>Here you see every office in the database and who has delivered figures.</translation>
    </message>
    <message>
        <source>{name}  (kontor {code}{place})</source>
        <translation>{name}  (office {code}{place})</translation>
    </message>
    <message>
        <source>Ingen kontor er satt opp ennå</source>
        <translation>No office has been set up yet</translation>
    </message>
    <message>
        <source>Henter månedens tall …</source>
        <translation>Fetching the month's figures …</translation>
    </message>
    <message>
        <source>Databasen har ikke noe kontor ennå. Start navdesk på nytt for å sette opp kontoret, eller prøv «navdesk --demo».</source>
        <translation>The database has no office yet. Start navdesk again to set up the office, or try “navdesk --demo”.</translation>
    </message>
    <message>
        <source>Datafil: {path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <source> (eksempeldata)</source>
        <translation> (example data)</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importer fil …</source>
        <translation>&amp;Import file …</translation>
    </message>
    <message>
        <source>Les inn en utvekslingsfil, med forhåndsvisning</source>
        <translation>Read an exchange file, with a preview</translation>
    </message>
    <message>
        <source>&amp;Eksporter for kommunen …</source>
        <translation>&amp;Export for the municipality …</translation>
    </message>
    <message>
        <source>Skriv året eller måneden som CSV-fil</source>
        <translation>Write the year or the month as a CSV file</translation>
    </message>
    <message>
        <source>Importer &amp;katalog …</source>
        <translation>Import &amp;catalogue …</translation>
    </message>
    <message>
        <source>Legg til og oppdater indikatorer fra en katalogfil, med forhåndsvisning</source>
        <translation>Add and update indicators from a catalogue file, with a preview</translation>
    </message>
    <message>
        <source>Lag &amp;statusrapport (PDF) …</source>
        <translation>Make &amp;status report (PDF) …</translation>
    </message>
    <message>
        <source>Styringskort, utvikling, fordelinger og åpne varsler på A4, for kommunen</source>
        <translation>Goal card, trends, breakdowns and open warnings on A4, for the municipality</translation>
    </message>
    <message>
        <source>Å&amp;pne en annen database …</source>
        <translation>&amp;Open another database …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Indikatorkatalog …</source>
        <translation>&amp;Indicator catalogue …</translation>
    </message>
    <message>
        <source>Kontorets egne indikatorer: legg til, gi nytt navn, skjul eller vis</source>
        <translation>The office's own indicators: add, rename, hide or show</translation>
    </message>
    <message>
        <source>&amp;Endringslogg …</source>
        <translation>&amp;Change log …</translation>
    </message>
    <message>
        <source>Månedens tall kan ikke leses, fordi databasefilen er skadet. Ingenting er endret i den.</source>
        <translation>The month's figures cannot be read, because the database file is damaged. Nothing in it has been changed.</translation>
    </message>
    <message>
        <source>Vinduet kan endre tallene igjen.</source>
        <translation>This window can change the figures again.</translation>
    </message>
    <message>
        <source>Databasen er fortsatt åpen i et annet navdesk-vindu.</source>
        <translation>The database is still open in another navdesk window.</translation>
    </message>
    <message>
        <source>Sikker&amp;hetskopier …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <source>Sikkerhetskopiene av databasen: gjenopprett en, ta en nå, lagre en kopi</source>
        <translation>The database's backups: restore one, make one now, save a copy</translation>
    </message>
    <message>
        <source>Alle endringer i databasen: når, hvem og hva</source>
        <translation>Every change in the database: when, who and what</translation>
    </message>
    <message>
        <source>&amp;Måned</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Forrige måned</source>
        <translation>&amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Neste måned</source>
        <translation>&amp;Next month</translation>
    </message>
    <message>
        <source>&amp;Gå til måned …</source>
        <translation>&amp;Go to month …</translation>
    </message>
    <message>
        <source>&amp;Marker som rapportert / gjenåpne …</source>
        <translation>&amp;Mark as reported / reopen …</translation>
    </message>
    <message>
        <source>Viser hva som mangler og hvilke avvik som er åpne før måneden låses</source>
        <translation>Shows what is missing and which warnings are open before the month is locked</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Veiledning</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Slik går månedsrutinen, og tastene du bruker mest</source>
        <translation>How the monthly routine goes, and the keys you use most</translation>
    </message>
    <message>
        <source>&amp;Om navdesk</source>
        <translation>&amp;About navdesk</translation>
    </message>
    <message>
        <source>&amp;Angre {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <source>&amp;Gjør om {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <source>Kan ikke angre</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Kan ikke gjøre om</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <source>Katalogen er oppdatert: {n} endring(er).</source>
        <translation>The catalogue is updated: {n} change(s).</translation>
    </message>
    <message>
        <source>Åpne en annen database</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>navdesk-database (*.sqlite *.db);;Alle filer (*)</source>
        <translation>navdesk database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Kan ikke åpne databasen</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>{name} (kontor {code})</source>
        <translation>{name} (office {code})</translation>
    </message>
    <message>
        <source>&lt;b&gt;navdesk {version}&lt;/b&gt;&lt;br&gt;Månedstall, styringskort og rapportering for ett NAV-kontor, uten nett.&lt;br&gt;&lt;br&gt;{office}Datafil: {path}&lt;br&gt;&lt;br&gt;&lt;small&gt;Python {python}, PySide6 {pyside}. navdesk bruker aldri nettet. Lisens: MIT.&lt;/small&gt;</source>
        <translation>&lt;b&gt;navdesk {version}&lt;/b&gt;&lt;br&gt;Monthly figures, goal card and reporting for one NAV office, offline.&lt;br&gt;&lt;br&gt;{office}Data file: {path}&lt;br&gt;&lt;br&gt;&lt;small&gt;Python {python}, PySide6 {pyside}. navdesk never uses the network. Licence: MIT.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Språk / Language</source>
        <translation>&amp;Language / Språk</translation>
    </message>
    <message>
        <source>Om navdesk</source>
        <translation>About navdesk</translation>
    </message>
    <message>
        <source>Noe gikk galt. Tallene du har lagret er trygge.</source>
        <translation>Something went wrong. The figures you have saved are safe.</translation>
    </message>
    <message>
        <source>navdesk – uventet feil</source>
        <translation>navdesk – unexpected error</translation>
    </message>
    <message>
        <source>Detaljene er skrevet i loggfilen&lt;br&gt;&lt;b&gt;{log}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Du kan arbeide videre. Kommer feilen igjen, trykk «Kopier detaljer» og send dem til den som hjelper deg med navdesk.</source>
        <translation>The details are written in the log file&lt;br&gt;&lt;b&gt;{log}&lt;/b&gt;&lt;br&gt;&lt;br&gt;You can carry on working. If the error comes back, press “Copy details” and send them to whoever helps you with navdesk.</translation>
    </message>
    <message>
        <source>Detaljene kunne ikke skrives til loggfilen. Trykk «Kopier detaljer» og send dem til den som hjelper deg med navdesk.</source>
        <translation>The details could not be written to the log file. Press “Copy details” and send them to whoever helps you with navdesk.</translation>
    </message>
    <message>
        <source>Detaljene er kopiert. Lim dem inn i en e-post med Ctrl+V.</source>
        <translation>The details are copied. Paste them into an email with Ctrl+V.</translation>
    </message>
    <message>
        <source>&amp;Kopier detaljer</source>
        <translation>Co&amp;py details</translation>
    </message>
    <message>
        <source>Legger versjon, system og feilmeldingen på utklippstavlen</source>
        <translation>Puts the version, system and error message on the clipboard</translation>
    </message>
    <message>
        <source>&amp;Vis detaljer</source>
        <translation>&amp;Show details</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Skjul &amp;detaljer</source>
        <translation>Hide &amp;details</translation>
    </message>
    <message>
        <source>Eksporter fil til kommunen – navdesk</source>
        <translation>Export file for the municipality – navdesk</translation>
    </message>
    <message>
        <source>Alle kontorer (lang fil)</source>
        <translation>All offices (long file)</translation>
    </message>
    <message>
        <source>&amp;Kontor:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>Kontor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Hele året</source>
        <translation>&amp;Whole year</translation>
    </message>
    <message>
        <source>Én må&amp;ned:</source>
        <translation>One &amp;month:</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Lang: én verdi per rad (det kommunen leser inn)</source>
        <translation>&amp;Long: one value per row (what the municipality reads in)</translation>
    </message>
    <message>
        <source>&amp;Bred: én indikator per rad, en kolonne per måned og året</source>
        <translation>W&amp;ide: one indicator per row, a column per month and the year</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;CSV-fil (.csv)</source>
        <translation>C&amp;SV file (.csv)</translation>
    </message>
    <message>
        <source>E&amp;xcel-arbeidsbok (.xlsx)</source>
        <translation>E&amp;xcel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Tallene som tall med enhetens format, og et ark med indikatorene</source>
        <translation>The figures as numbers in their unit's format, and a sheet with the indicators</translation>
    </message>
    <message>
        <source>Filtype:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <source>K&amp;omma (12,5): norsk Excel</source>
        <translation>Comm&amp;a (12,5): Norwegian Excel</translation>
    </message>
    <message>
        <source>&amp;Punktum (12.5)</source>
        <translation>&amp;Point (12.5)</translation>
    </message>
    <message>
        <source>Desimaltegn:</source>
        <translation>Decimal mark:</translation>
    </message>
    <message>
        <source>&amp;Skjul personantall under</source>
        <translation>&amp;Hide counts of people below</translation>
    </message>
    <message>
        <source>Skjul personantall under</source>
        <translation>Hide counts of people below</translation>
    </message>
    <message>
        <source>(skrives som «:»)</source>
        <translation>(written as “:”)</translation>
    </message>
    <message>
        <source>For filer som skal publiseres: ingen skal kunne kjennes igjen. Andeler bygget på små tall skjules også.</source>
        <translation>For files to be published: no one must be recognisable. Shares built on small numbers are hidden too.</translation>
    </message>
    <message>
        <source>Små tall:</source>
        <translation>Small numbers:</translation>
    </message>
    <message>
        <source>&amp;Velg …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Velg mappe og filnavn</source>
        <translation>Choose folder and file name</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Indikatorkatalog</source>
        <translation>Indicator catalogue</translation>
    </message>
    <message>
        <source>Enhet, aggregering og periodetype ligger fast fordi koden har lagrede verdier: en endring ville feiltolke dem.</source>
        <translation>Unit, aggregation and period type are fixed because the code has stored values: a change would misread them.</translation>
    </message>
    <message>
        <source>Koden kan aldri endres eller slettes: den binder sammen verdier, styringskort og filer. Skjul indikatoren hvis den ikke skal brukes lenger.</source>
        <translation>The code can never be changed or deleted: it ties together values, goal cards and files. Hide the indicator if it is no longer to be used.</translation>
    </message>
    <message>
        <source>Kode, navn, seksjon – eller «skjult»</source>
        <translation>Code, name, section – or “hidden”</translation>
    </message>
    <message>
        <source>Søk i katalogen</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Sø&amp;k</source>
        <translation>Sear&amp;ch</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>f.eks. BY_INTRO</source>
        <translation>e.g. BY_INTRO</translation>
    </message>
    <message>
        <source>som navnet hvis tomt</source>
        <translation>same as the name if empty</translation>
    </message>
    <message>
        <source>kroner</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>kode som vekter snittet (valgfritt)</source>
        <translation>code that weights the average (optional)</translation>
    </message>
    <message>
        <source>Seksjon</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Fordeling</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>f.eks. Alder (tom: ingen fordeling)</source>
        <translation>e.g. Age (empty: no breakdown)</translation>
    </message>
    <message>
        <source>Del av</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>koden den er en del av</source>
        <translation>the code it is part of</translation>
    </message>
    <message>
        <source>koder skilt med mellomrom</source>
        <translation>codes separated by spaces</translation>
    </message>
    <message>
        <source>100 for prosent</source>
        <translation>100 for per cent</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Engelsk navn</source>
        <translation>&amp;English name</translation>
    </message>
    <message>
        <source>En&amp;het</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Aggregering</source>
        <translation>&amp;Aggregation</translation>
    </message>
    <message>
        <source>&amp;Periodetype</source>
        <translation>&amp;Period type</translation>
    </message>
    <message>
        <source>Vek&amp;t</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>Seks&amp;jon</source>
        <translation>Sec&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Fordeling</source>
        <translation>&amp;Breakdown</translation>
    </message>
    <message>
        <source>&amp;Del av</source>
        <translation>Part o&amp;f</translation>
    </message>
    <message>
        <source>Telle&amp;r</source>
        <translation>Nume&amp;rator</translation>
    </message>
    <message>
        <source>Ne&amp;vner</source>
        <translation>&amp;Denominator</translation>
    </message>
    <message>
        <source>Fakt&amp;or</source>
        <translation>Fact&amp;or</translation>
    </message>
    <message>
        <source>Lagre endringene i indikatoren (Enter)</source>
        <translation>Save the changes to the indicator (Enter)</translation>
    </message>
    <message>
        <source>&amp;Skjul</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>Ny &amp;indikator</source>
        <translation>New &amp;indicator</translation>
    </message>
    <message>
        <source>Legg til en indikator kontoret teller selv</source>
        <translation>Add an indicator the office counts itself</translation>
    </message>
    <message>
        <source>Sikkerhetskopier – navdesk</source>
        <translation>Backups – navdesk</translation>
    </message>
    <message>
        <source>Sikkerhetskopier av {name}, nyeste først. navdesk tar en hver dag og før hver import; velg en og trykk Enter for å gjenopprette den.</source>
        <translation>Backups of {name}, newest first. navdesk makes one every day and before every import; choose one and press Enter to restore it.</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Verdier</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopier ennå. Den første tas automatisk i dag, eller trykk «Ta sikkerhetskopi nå».</source>
        <translation>No backups yet. The first is made automatically today, or press “Back up now”.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>&amp;Lagre en kopi …</source>
        <translation>&amp;Save a copy …</translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingenting er endret.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <source>Kan ikke gjenopprette</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Gjenopprette sikkerhetskopien?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Gjenopprettet fra sikkerhetskopien {file}. Det som var i databasen før, er tatt vare på i {before}.</source>
        <translation>Restored from the backup {file}. What the database held before is kept in {before}.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien ble ikke laget</source>
        <translation>The backup was not made</translation>
    </message>
    <message>
        <source>Sikkerhetskopi laget: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Lagre en kopi av databasen</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>navdesk-database (*.sqlite)</source>
        <translation>navdesk database (*.sqlite)</translation>
    </message>
    <message>
        <source>Kopien ble ikke lagret</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>En kopi av databasen er lagret i {path}.</source>
        <translation>A copy of the database is saved in {path}.</translation>
    </message>
    <message>
        <source>{rows} indikatorer, {hidden} skjult</source>
        <translation>{rows} indicators, {hidden} hidden</translation>
    </message>
    <message>
        <source>Viser {shown} av {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>Vi&amp;s</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Ta indikatoren ut av månedsskjemaet; verdiene og historikken blir tatt vare på</source>
        <translation>Take the indicator out of the monthly form; its values and history are kept</translation>
    </message>
    <message>
        <source>Vis indikatoren i månedsskjemaet igjen</source>
        <translation>Show the indicator in the monthly form again</translation>
    </message>
    <message>
        <source>Ny – vises i månedsskjemaet når den er lagret</source>
        <translation>New – shown in the monthly form once it is saved</translation>
    </message>
    <message>
        <source>Vises i månedsskjemaet</source>
        <translation>Shown in the monthly form</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skjult&lt;/b&gt;: vises ikke i månedsskjemaet; verdiene og historikken er tatt vare på</source>
        <translation>&lt;b&gt;Hidden&lt;/b&gt;: not shown in the monthly form; its values and history are kept</translation>
    </message>
    <message>
        <source>Store bokstaver A–Z, sifre og _, 2–40 tegn. Kan ikke endres etterpå.</source>
        <translation>Capital letters A–Z, digits and _, 2–40 characters. Cannot be changed later.</translation>
    </message>
    <message>
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Koden {code} finnes allerede. Velg den i listen for å endre den, eller bruk en annen kode.</source>
        <translation>The code {code} already exists. Select it in the list to change it, or use another code.</translation>
    </message>
    <message>
        <source>Ikke lagret: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Ingen endringer å lagre.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Ikke endret: {reason}</source>
        <translation>Not changed: {reason}</translation>
    </message>
    <message>
        <source>{code} vises igjen i månedsskjemaet.</source>
        <translation>{code} is shown in the monthly form again.</translation>
    </message>
    <message>
        <source>{code} er skjult: den vises ikke i månedsskjemaet, og verdiene og historikken er tatt vare på.</source>
        <translation>{code} is hidden: it is not shown in the monthly form, and its values and history are kept.</translation>
    </message>
    <message>
        <source>den nye indikatoren</source>
        <translation>the new indicator</translation>
    </message>
    <message>
        <source>Du har endret {what} uten å lagre. Vil du lagre endringene?</source>
        <translation>You have changed {what} without saving. Do you want to save the changes?</translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>alle kontorer</source>
        <translation>all offices</translation>
    </message>
    <message>
        <source>En bred fil lages for ett kontor om gangen</source>
        <translation>A wide file is made for one office at a time</translation>
    </message>
    <message>
        <source>Filen får alle lagrede verdier for {office} i {when}, én verdi per rad.</source>
        <translation>The file gets all saved values for {office} in {when}, one value per row.</translation>
    </message>
    <message>
        <source>Filen får én rad per indikator for {office}: {first}–{month} {year} og året hittil til og med {month}, regnet etter indikatorens regel.</source>
        <translation>The file gets one row per indicator for {office}: {first}–{month} {year} and the year to date up to and including {month}, worked out by the indicator's rule.</translation>
    </message>
    <message>
        <source>Filen får én rad per indikator for {office}: hver måned i {year} og årets tall, regnet etter indikatorens regel.</source>
        <translation>The file gets one row per indicator for {office}: each month in {year} and the year's figure, worked out by the indicator's rule.</translation>
    </message>
    <message>
        <source>Personantall fra 1 til {n} (og andeler bygget på dem) skrives som «:».</source>
        <translation>Counts of people from 1 to {n} (and shares built on them) are written as “:”.</translation>
    </message>
    <message>
        <source>Filen lagres som UTF-8 med «;» mellom feltene, slik Excel vil ha den.</source>
        <translation>The file is saved as UTF-8 with “;” between the fields, as Excel wants it.</translation>
    </message>
    <message>
        <source>Eksporter til fil</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alle filer (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Skriv tallene til en fil som kommunen kan åpne i Excel: en CSV-fil eller en Excel-arbeidsbok.</source>
        <translation>Write the figures to a file the municipality can open in Excel: a CSV file or an Excel workbook.</translation>
    </message>
    <message>
        <source>Filen lagres som Excel-arbeidsbok: tallene som tall med enhetens format, kontornummer og perioder som tekst, og indikatorene på et eget ark.</source>
        <translation>The file is saved as an Excel workbook: the figures as numbers in their unit's format, office numbers and periods as text, and the indicators on a sheet of their own.</translation>
    </message>
    <message>
        <source>Excel-arbeidsbøker (*.xlsx);;Alle filer (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Skriv inn eller velg filen som skal skrives.</source>
        <translation>Type or choose the file to write.</translation>
    </message>
    <message>
        <source>{path} er en mappe; skriv et filnavn til slutt, for eksempel {name}.</source>
        <translation>{path} is a folder; add a file name at the end, for example {name}.</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}: {reason}. Ingen fil er skrevet.</source>
        <translation>Cannot write {path}: {reason}. No file was written.</translation>
    </message>
    <message>
        <source>Kan ikke eksportere: {reason}. Ingen fil er skrevet.</source>
        <translation>Cannot export: {reason}. No file was written.</translation>
    </message>
    <message>
        <source>Skrev {n} rad til {path}.</source>
        <translation>Wrote {n} row to {path}.</translation>
    </message>
    <message>
        <source>Skrev {n} rader til {path}.</source>
        <translation>Wrote {n} rows to {path}.</translation>
    </message>
    <message>
        <source>Skrev bare overskriften til {path}: det finnes ingen lagrede verdier for {office} i denne perioden.</source>
        <translation>Wrote only the header to {path}: there are no saved values for {office} in this period.</translation>
    </message>
    <message>
        <source>Erstatte filen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>{name} finnes allerede i {folder}. Vil du erstatte den?</source>
        <translation>{name} already exists in {folder}. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Perspektiv, mål og måling</source>
        <translation>Perspective, goal and measure</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Målverdi år</source>
        <translation>Year target</translation>
    </message>
    <message>
        <source>Mål hittil</source>
        <translation>Target to date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>I fjor</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Siste 24 mnd</source>
        <translation>Last 24 months</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>grønn</source>
        <translation>green</translation>
    </message>
    <message>
        <source>gul</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>rød</source>
        <translation>red</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>høyere</source>
        <translation>higher</translation>
    </message>
    <message>
        <source>lavere</source>
        <translation>lower</translation>
    </message>
    <message>
        <source>{direction} er bedre, gul innenfor {band} % av målet.</source>
        <translation>{direction} is better, yellow within {band} % of the target.</translation>
    </message>
    <message>
        <source>bedre</source>
        <translation>better</translation>
    </message>
    <message>
        <source>verre</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>Til og med {month}: målingen har ingen verdi for {last} ennå, så verdien, fjoråret og målet gjelder til og med {month}.</source>
        <translation>Through {month}: the measure has no figure for {last} yet, so its value, last year and the target are through {month}.</translation>
    </message>
    <message>
        <source>Ingen månedstall de siste 24 månedene</source>
        <translation>No monthly figures in the last 24 months</translation>
    </message>
    <message>
        <source>Siste 24 måneder til og med {through}: laveste {low}, høyeste {high}, siste {last}</source>
        <translation>Last 24 months to {through}: lowest {low}, highest {high}, latest {last}</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller Enter for utviklingen over tid.</source>
        <translation>Double-click or Enter for the trend over time.</translation>
    </message>
    <message>
        <source>Veiledning – navdesk</source>
        <translation>Guide – navdesk</translation>
    </message>
    <message>
        <source>Høyere er bedre</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lavere er bedre</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Ny måling</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Endre måling</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>mangler {months}</source>
        <translation>lacks {months}</translation>
    </message>
    <message>
        <source>{name} har ikke tall for {months}, som andre kontorer har: tallet gjelder en kortere periode enn nettverkets.</source>
        <translation>{name} has no figures for {months}, which other offices have: its figure covers a shorter period than the network's.</translation>
    </message>
    <message>
        <source>Verdi ({unit})</source>
        <translation>Value ({unit})</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Eksporter …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>Tabellen som CSV eller Excel, grafen som PNG eller SVG: velg filtypen i dialogen</source>
        <translation>The table as CSV or Excel, the chart as PNG or SVG: choose the file type in the dialog</translation>
    </message>
    <message>
        <source>Kontorene sammenlignet</source>
        <translation>The offices compared</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Fant ingen indikator «{text}»; velg i listen.</source>
        <translation>No indicator “{text}”; choose one in the list.</translation>
    </message>
    <message>
        <source>Indeks per kontor</source>
        <translation>Index per office</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profil for {office}, {period}</source>
        <translation>Profile of {office}, {period}</translation>
    </message>
    <message>
        <source>Profil for {office}</source>
        <translation>Profile of {office}</translation>
    </message>
    <message>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Eksporter sammenligningen</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Filen ble ikke lagret</source>
        <translation>The file was not saved</translation>
    </message>
    <message>
        <source>Gammel verdi</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Ny verdi</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Lagret kommentar: {old}</source>
        <translation>Saved comment: {old}</translation>
    </message>
    <message>
        <source>Ny kommentar: {new}</source>
        <translation>New comment: {new}</translation>
    </message>
    <message>
        <source>Importer {file} – navdesk</source>
        <translation>Import {file} – navdesk</translation>
    </message>
    <message>
        <source>Importer &lt;b&gt;{file}&lt;/b&gt;</source>
        <translation>Import &lt;b&gt;{file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mappe: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Kontor for &amp;radene:</source>
        <translation>Office for the &amp;rows:</translation>
    </message>
    <message>
        <source>Filen har ingen kolonne for kontornummer: velg kontoret alle radene gjelder.</source>
        <translation>The file has no column for the office number: choose the office all the rows belong to.</translation>
    </message>
    <message>
        <source>&amp;År for radene:</source>
        <translation>&amp;Year of the rows:</translation>
    </message>
    <message>
        <source>&amp;Opprett kontorene i filen som ikke finnes i databasen</source>
        <translation>Create the &amp;offices in the file that are not in the database</translation>
    </message>
    <message>
        <source>nye verdier</source>
        <translation>new values</translation>
    </message>
    <message>
        <source>endrede verdier</source>
        <translation>changed values</translation>
    </message>
    <message>
        <source>uendrede verdier</source>
        <translation>unchanged values</translation>
    </message>
    <message>
        <source>rader hoppet over</source>
        <translation>rows skipped</translation>
    </message>
    <message>
        <source>problemer</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>&amp;Kopier listen</source>
        <translation>Copy the &amp;list</translation>
    </message>
    <message>
        <source>Kopier alle problemene med linjenummer, for å sende dem til den som laget filen</source>
        <translation>Copy all the problems with their line numbers, to send them to whoever made the file</translation>
    </message>
    <message>
        <source>&amp;Problemer</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>&amp;Endrede verdier</source>
        <translation>C&amp;hanged values</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Sjekk filen på &amp;nytt</source>
        <translation>Check the file &amp;again</translation>
    </message>
    <message>
        <source>Les filen igjen, for eksempel etter at du har rettet den i Excel</source>
        <translation>Read the file again, for example after correcting it in Excel</translation>
    </message>
    <message>
        <source>Filen er ikke lest ennå.</source>
        <translation>The file has not been read yet.</translation>
    </message>
    <message>
        <source>Filen er en bred fil (én kolonne per måned) og sier ikke hvilket kontor og år den gjelder: velg dem her.</source>
        <translation>The file is a wide file (one column a month) and does not say which office and year it is for: choose them here.</translation>
    </message>
    <message>
        <source>{file} ble ikke importert, og ingenting er lagret: filen har problemer nå som den ikke hadde da den ble sjekket.</source>
        <translation>{file} was not imported, and nothing is saved: the file now has problems it did not have when it was checked.</translation>
    </message>
    <message>
        <source>Leser {file} …</source>
        <translation>Reading {file} …</translation>
    </message>
    <message>
        <source>&amp;Stopp</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Sjekker filen</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>Importerer</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Sammenligner med databasen …</source>
        <translation>Comparing with the database …</translation>
    </message>
    <message>
        <source>Lagrer verdiene …</source>
        <translation>Saving the values …</translation>
    </message>
    <message>
        <source>Stoppet. Ingenting er lagret.</source>
        <translation>Stopped. Nothing is saved.</translation>
    </message>
    <message>
        <source>Importen ble stoppet. Ingenting er lagret.</source>
        <translation>The import was stopped. Nothing is saved.</translation>
    </message>
    <message>
        <source>Alle radene gjelder {year} og legges på kontor {office}.</source>
        <translation>All rows are for {year} and go to office {office}.</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>Velg ark – navdesk</source>
        <translation>Choose sheet – navdesk</translation>
    </message>
    <message>
        <source>{file} har flere ark. Hvilket ark har tallene?</source>
        <translation>{file} has several sheets. Which sheet holds the figures?</translation>
    </message>
    <message>
        <source>&amp;Les arket</source>
        <translation>&amp;Read the sheet</translation>
    </message>
    <message>
        <source>Utvekslingsfiler (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV-filer (*.csv *.txt);;Excel-arbeidsbøker (*.xlsx *.xlsm *.xls *.ods);;Alle filer (*)</source>
        <translation>Exchange files (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Kunne ikke sjekke filen: {reason}. Ingenting er lagret.</source>
        <translation>Could not check the file: {reason}. Nothing is saved.</translation>
    </message>
    <message>
        <source>Kunne ikke importere filen: {reason}. Ingenting er lagret.</source>
        <translation>Could not import the file: {reason}. Nothing is saved.</translation>
    </message>
    <message>
        <source>semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulator</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>{encoding}, {separator} mellom feltene</source>
        <translation>{encoding}, {separator} between fields</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>og {n} til</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>Filen nevner {offices} som ikke finnes: {names}.</source>
        <translation>The file mentions {offices} not in the database: {names}.</translation>
    </message>
    <message>
        <source>kontor</source>
        <translation>office</translation>
    </message>
    <message>
        <source>kontorer</source>
        <translation>offices</translation>
    </message>
    <message>
        <source>{empty} uten verdi, {hidden} skjult («:»)</source>
        <translation>{empty} without a value, {hidden} hidden (“:”)</translation>
    </message>
    <message>
        <source>{rows} uten verdi</source>
        <translation>{rows} without a value</translation>
    </message>
    <message>
        <source>skjult verdi</source>
        <translation>hidden value</translation>
    </message>
    <message>
        <source>skjulte verdier</source>
        <translation>hidden values</translation>
    </message>
    <message>
        <source>{values} («:»)</source>
        <translation>{values} (“:”)</translation>
    </message>
    <message>
        <source>{first} og {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>Hoppes over: {what}.</source>
        <translation>Skipped: {what}.</translation>
    </message>
    <message>
        <source>Kontorer som opprettes: {names}.</source>
        <translation>Offices to be created: {names}.</translation>
    </message>
    <message>
        <source>Alle radene legges på kontor {office}.</source>
        <translation>All the rows go to office {office}.</translation>
    </message>
    <message>
        <source>kryss av for «Opprett kontorene i filen …» øverst i vinduet for å opprette dem</source>
        <translation>tick “Create the offices in the file …” at the top of the window to create them</translation>
    </message>
    <message>
        <source>importer filen igjen og velg arket tallene står på</source>
        <translation>import the file again and choose the sheet the figures are on</translation>
    </message>
    <message>
        <source>kryss av øverst i vinduet for å lese {code} som {office}</source>
        <translation>tick the box at the top of the window to read {code} as {office}</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok, ark «{sheet}»</source>
        <translation>Excel workbook, sheet “{sheet}”</translation>
    </message>
    <message>
        <source>Ingen problemer: filen kan importeres.</source>
        <translation>No problems: the file can be imported.</translation>
    </message>
    <message>
        <source>Radene under må rettes før filen kan importeres. Radnumrene er arkets «{sheet}» i regnearket.</source>
        <translation>The rows below must be corrected before the file can be imported. The row numbers are those of the sheet “{sheet}” in the spreadsheet.</translation>
    </message>
    <message>
        <source>Linjene under må rettes før filen kan importeres. Linjenumrene er de samme som når filen åpnes i et tekstprogram (linje 1 er overskriften).</source>
        <translation>The lines below must be corrected before the file can be imported. The line numbers are the same as when the file is opened in a text editor (line 1 is the header).</translation>
    </message>
    <message>
        <source>&amp;Problemer ({n})</source>
        <translation>&amp;Problems ({n})</translation>
    </message>
    <message>
        <source>Filen endrer ingen verdier som allerede er lagret.</source>
        <translation>The file changes no values that are already saved.</translation>
    </message>
    <message>
        <source>Verdier som allerede er lagret og som filen endrer. Viser de første {shown} av {total}; de {rest} andre endres også.</source>
        <translation>Values that are already saved and that the file changes. Showing the first {shown} of {total}; the other {rest} are changed too.</translation>
    </message>
    <message>
        <source>Verdier som allerede er lagret og som filen endrer (eller gir ny kommentar).</source>
        <translation>Values that are already saved and that the file changes (or gives a new comment).</translation>
    </message>
    <message>
        <source>&amp;Endrede verdier ({n})</source>
        <translation>C&amp;hanged values ({n})</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>Filen kan ikke importeres før {problems} er rettet. Ingenting er lagret. Rett filen og trykk «Sjekk filen på nytt».</source>
        <translation>The file cannot be imported until {problems} are corrected. Nothing is saved. Correct the file and press “Check the file again”.</translation>
    </message>
    <message>
        <source>Alle verdiene i filen er allerede lagret: importen ville ikke endre noe.</source>
        <translation>All the values in the file are already saved: the import would change nothing.</translation>
    </message>
    <message>
        <source>ny eller endret verdi</source>
        <translation>new or changed value</translation>
    </message>
    <message>
        <source>nye og endrede verdier</source>
        <translation>new and changed values</translation>
    </message>
    <message>
        <source>Ingenting er lagret ennå. «Importer» lagrer {values} på én gang (alt eller ingenting), og endringsloggen viser at de kom fra «{file}».</source>
        <translation>Nothing is saved yet. “Import” saves {values} at once (all or nothing), and the change log shows that they came from “{file}”.</translation>
    </message>
    <message>
        <source>{offices} er opprettet.</source>
        <translation>{offices} created.</translation>
    </message>
    <message>
        <source>Importert: {new} og {changed} er lagret.{added} Endringsloggen viser dem som «import {file}».</source>
        <translation>Imported: {new} and {changed} saved.{added} The change log shows them as “import {file}”.</translation>
    </message>
    <message>
        <source>ny verdi</source>
        <translation>new value</translation>
    </message>
    <message>
        <source>endret verdi</source>
        <translation>changed value</translation>
    </message>
    <message>
        <source>Lagrede verdier som importen endret (eller ga ny kommentar).</source>
        <translation>Saved values that the import changed (or gave a new comment).</translation>
    </message>
    <message>
        <source>Importer utvekslingsfil</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <source>Hvor langt fra målet målingen fortsatt er gul, i prosent av målet</source>
        <translation>How far from the target the measure is still yellow, in per cent of the target</translation>
    </message>
    <message>
        <source>ingen egen målverdi</source>
        <translation>no target of its own</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Gjelder hvert år som ikke har sin egen målverdi</source>
        <translation>Applies to every year that has no target of its own</translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Retning:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Gul grense:</source>
        <translation>&amp;Yellow margin:</translation>
    </message>
    <message>
        <source>Målverdi &amp;{year}:</source>
        <translation>Target &amp;{year}:</translation>
    </message>
    <message>
        <source>Målverdi &amp;alle år:</source>
        <translation>Target for &amp;all years:</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Andre år:</source>
        <translation>Other years:</translation>
    </message>
    <message>
        <source>Skriv kode eller navn …</source>
        <translation>Type a code or a name …</translation>
    </message>
    <message>
        <source>Velg en indikator fra listen.</source>
        <translation>Choose an indicator from the list.</translation>
    </message>
    <message>
        <source>Målverdien: {reason}</source>
        <translation>The target: {reason}</translation>
    </message>
    <message>
        <source>En målverdi kan ikke være negativ.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>skjema</source>
        <translation>form</translation>
    </message>
    <message>
        <source>angret</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>gjort om</source>
        <translation>redone</translation>
    </message>
    <message>
        <source>kommentar på styringskortet</source>
        <translation>comment on the goal card</translation>
    </message>
    <message>
        <source>eksempeldata</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>Velg en linje i skjemaet med piltastene før du skriver.</source>
        <translation>Choose a line of the form with the arrow keys before you type.</translation>
    </message>
    <message>
        <source>«{name}» er en overskrift og tar ingen verdi – gå til en linje under med pil ned.</source>
        <translation>“{name}” is a heading and takes no value – go to a line below it with the down arrow.</translation>
    </message>
    <message>
        <source>«{name}» beregnes av navdesk fra andre tall og kan ikke skrives inn.</source>
        <translation>“{name}” is calculated by navdesk from other figures and cannot be typed in.</translation>
    </message>
    <message>
        <source>Dette vinduet kan ikke endre tallene (se meldingen øverst), så ingenting lagres.</source>
        <translation>This window cannot change the figures (see the message at the top), so nothing is saved.</translation>
    </message>
    <message>
        <source>{month} er rapportert og låst, så ingenting lagres. Gjenåpne måneden med Ctrl+L for å endre tallene.</source>
        <translation>{month} is reported and locked, so nothing is saved. Reopen the month with Ctrl+L to change its figures.</translation>
    </message>
    <message>
        <source>Siste linje i skjemaet.</source>
        <translation>The last line of the form.</translation>
    </message>
    <message>
        <source>Første linje i skjemaet.</source>
        <translation>The first line of the form.</translation>
    </message>
    <message>
        <source>Forrige måned</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Neste måned</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Det finnes ingen måned før {month}.</source>
        <translation>There is no month before {month}.</translation>
    </message>
    <message>
        <source>Det finnes ingen måned etter {month}.</source>
        <translation>There is no month after {month}.</translation>
    </message>
    <message>
        <source>Gå til måned</source>
        <translation>Go to month</translation>
    </message>
    <message>
        <source>Månedens tall</source>
        <translation>The month's figures</translation>
    </message>
    <message>
        <source>{n} avvik</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>{n} avvik forklart</source>
        <translation>{n} warnings explained</translation>
    </message>
    <message>
        <source>Hvorfor tallet endret seg, hva som er anslått …</source>
        <translation>Why the figure changed, what is estimated …</translation>
    </message>
    <message>
        <source>&amp;Lagre kommentar</source>
        <translation>&amp;Save comment</translation>
    </message>
    <message>
        <source>Lagre kommentaren til verdien</source>
        <translation>Save the comment on the value</translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>Avvik denne måneden</source>
        <translation>Warnings this month</translation>
    </message>
    <message>
        <source>Verdier som ikke er lagret</source>
        <translation>Values that are not saved</translation>
    </message>
    <message>
        <source>En verdi du skrev i {month}, er ikke lagret:</source>
        <translation>A value you typed in {month} is not saved:</translation>
    </message>
    <message>
        <source>{n} verdier du skrev i {month}, er ikke lagret:</source>
        <translation>{n} values you typed in {month} are not saved:</translation>
    </message>
    <message>
        <source>• {name}: {reason}</source>
        <translation>• {name}: {reason}</translation>
    </message>
    <message>
        <source>• {name}: «{value}» – {reason}</source>
        <translation>• {name}: “{value}” – {reason}</translation>
    </message>
    <message>
        <source>Ikke lagret: {reason}. Skriv en ny verdi, eller trykk Esc for å se den lagrede.</source>
        <translation>Not saved: {reason}. Type a new value, or press Esc to see the saved one.</translation>
    </message>
    <message>
        <source>Gå tilbake og rett dem, eller forkast dem (da står de lagrede verdiene som før).</source>
        <translation>Go back and correct them, or drop them (the saved values then stay as they were).</translation>
    </message>
    <message>
        <source>&amp;Gå tilbake og rett</source>
        <translation>&amp;Go back and correct</translation>
    </message>
    <message>
        <source>&amp;Forkast dem</source>
        <translation>&amp;Drop them</translation>
    </message>
    <message>
        <source>Rapportert og låst</source>
        <translation>Reported and locked</translation>
    </message>
    <message>
        <source>&amp;Gjenåpne måneden …</source>
        <translation>&amp;Reopen the month …</translation>
    </message>
    <message>
        <source>Åpne måneden for endringer igjen (blir logget)</source>
        <translation>Open the month for changes again (this is logged)</translation>
    </message>
    <message>
        <source>M&amp;arker som rapportert</source>
        <translation>Mark as &amp;reported</translation>
    </message>
    <message>
        <source>Avvik i {month}: {open} uten kommentar, {explained} forklart</source>
        <translation>Warnings in {month}: {open} without a comment, {explained} explained</translation>
    </message>
    <message>
        <source>Forklart: {comment}</source>
        <translation>Explained: {comment}</translation>
    </message>
    <message>
        <source>Skriv en kommentar til verdien for å forklare avviket.</source>
        <translation>Write a comment on the value to explain the warning.</translation>
    </message>
    <message>
        <source>&amp;Marker som rapportert</source>
        <translation>Mark as &amp;reported</translation>
    </message>
    <message>
        <source>Lås måneden når tallene er sendt til kommunen</source>
        <translation>Lock the month when the figures have been sent to the municipality</translation>
    </message>
    <message>
        <source>«{value}» er ikke lagret: {reason}. Skriv en ny verdi, eller trykk Esc for å se den lagrede.</source>
        <translation>“{value}” is not saved: {reason}. Type a new value, or press Esc to see the saved one.</translation>
    </message>
    <message>
        <source>Beregnet av navdesk.</source>
        <translation>Calculated by navdesk.</translation>
    </message>
    <message>
        <source>Ingen endringer ennå.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <source>tom</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>kommentar endret</source>
        <translation>comment changed</translation>
    </message>
    <message>
        <source>Kommentar: {comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aggregering</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Vises</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>gjennomsnitt</source>
        <translation>average</translation>
    </message>
    <message>
        <source>siste</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>beregnet</source>
        <translation>calculated</translation>
    </message>
    <message>
        <source>sum – året er summen av månedene</source>
        <translation>sum – the year is the sum of the months</translation>
    </message>
    <message>
        <source>gjennomsnitt – året er snittet per måned</source>
        <translation>average – the year is the average per month</translation>
    </message>
    <message>
        <source>siste – året er siste måned (hittil i år, per dato)</source>
        <translation>latest – the year is the latest month (year to date, as at a date)</translation>
    </message>
    <message>
        <source>beregnet – teller / nevner × faktor</source>
        <translation>calculated – numerator / denominator × factor</translation>
    </message>
    <message>
        <source>per måned</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>én gang per år</source>
        <translation>once a year</translation>
    </message>
    <message>
        <source>skjult</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>{group} av {parent}</source>
        <translation>{group} of {parent}</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Skjult: vises ikke i månedsskjemaet; verdiene er tatt vare på.</source>
        <translation>Hidden: not shown in the monthly form; its values are kept.</translation>
    </message>
    <message>
        <source>{rule}, årlig</source>
        <translation>{rule}, yearly</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Samme måned i fjor</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>kommentar</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>avvik forklart</source>
        <translation>warning explained</translation>
    </message>
    <message>
        <source>avvik</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Beregnes av navdesk fra tellerne og nevnerne; kan ikke skrives inn.</source>
        <translation>Calculated by navdesk from the numerators and denominators; cannot be typed in.</translation>
    </message>
    <message>
        <source>Registreres én gang per år (gjelder {period}).</source>
        <translation>Entered once a year (applies to {period}).</translation>
    </message>
    <message>
        <source>Ikke lagret: {reason}. Esc viser den lagrede verdien igjen.</source>
        <translation>Not saved: {reason}. Esc shows the saved value again.</translation>
    </message>
    <message>
        <source>Avvik, forklart av kommentaren: {warning}</source>
        <translation>Warning, explained by the comment: {warning}</translation>
    </message>
    <message>
        <source>Avvik uten kommentar: {warning}</source>
        <translation>Warning without a comment: {warning}</translation>
    </message>
    <message>
        <source>«{part}» er ikke et årstall</source>
        <translation>“{part}” is not a year</translation>
    </message>
    <message>
        <source>{year} er utenfor {first}–{last}</source>
        <translation>{year} is outside {first}–{last}</translation>
    </message>
    <message>
        <source>Ett eller flere år, skilt med komma, f.eks. 2024, 2023</source>
        <translation>One or more years, separated by commas, e.g. 2024, 2023</translation>
    </message>
    <message>
        <source>Styringskortet, utviklingen, fordelingene og åpne varsler, på A4 for kommunen</source>
        <translation>The goal card, trends, breakdowns and open warnings, on A4 for the municipality</translation>
    </message>
    <message>
        <source>Eksporter &amp;fordelinger (CSV) …</source>
        <translation>Export &amp;breakdowns (CSV) …</translation>
    </message>
    <message>
        <source>Alle kontorer ({count})</source>
        <translation>All offices ({count})</translation>
    </message>
    <message>
        <source>Statusrapporten for dette kontoret, eller for alle kontorene i databasen lest som ett kontor (styringskortet)</source>
        <translation>The status report of this office, or of all offices in the database read as one office (the goal card)</translation>
    </message>
    <message>
        <source>sammenlignet med:</source>
        <translation>compared with:</translation>
    </message>
    <message>
        <source>Fordelinger</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>Sammenlign med: {error}.</source>
        <translation>Compare with: {error}.</translation>
    </message>
    <message>
        <source>hele året</source>
        <translation>the whole year</translation>
    </message>
    <message>
        <source>Ingen fordelinger har tall for {span} {year}.</source>
        <translation>No breakdown has figures for {span} {year}.</translation>
    </message>
    <message>
        <source>Fordelingene for {span} {year}, mot de samme månedene i {years}.</source>
        <translation>The breakdowns for {span} {year}, against the same months in {years}.</translation>
    </message>
    <message>
        <source>Fordelingene for {span} {year}.</source>
        <translation>The breakdowns for {span} {year}.</translation>
    </message>
    <message>
        <source>Andelen er av summen av delene, med én desimal.</source>
        <translation>The share is of the sum of the parts, with one decimal.</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Endring fra {year}</source>
        <translation>Change from {year}</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Statusrapporten (PDF) &amp;gjelder:</source>
        <translation>Status report (PDF) fo&amp;r:</translation>
    </message>
    <message>
        <source>Fordelingene ble ikke skrevet</source>
        <translation>The breakdowns were not written</translation>
    </message>
    <message>
        <source>Eksporter fordelinger</source>
        <translation>Export breakdowns</translation>
    </message>
    <message>
        <source>Fordelingene er skrevet til {name}.</source>
        <translation>The breakdowns are written to {name}.</translation>
    </message>
    <message>
        <source>Lag statusrapport</source>
        <translation>Make status report</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Lager statusrapporten …</source>
        <translation>Making the status report …</translation>
    </message>
    <message>
        <source>Statusrapport</source>
        <translation>Status report</translation>
    </message>
    <message>
        <source>Statusrapporten ble stoppet; ingen fil er skrevet.</source>
        <translation>The status report was stopped; no file was written.</translation>
    </message>
    <message>
        <source>Rapporten ble ikke laget</source>
        <translation>The report was not made</translation>
    </message>
    <message>
        <source>Statusrapporten er skrevet til {name} (1 side).</source>
        <translation>The status report was written to {name} (1 page).</translation>
    </message>
    <message>
        <source>Statusrapporten er skrevet til {name} ({pages} sider).</source>
        <translation>The status report is written to {name} ({pages} pages).</translation>
    </message>
    <message>
        <source>Skriv inn kontornummeret, f.eks. 0312</source>
        <translation>Type the office number, e.g. 0312</translation>
    </message>
    <message>
        <source>Kontornummeret skal bare ha sifre, f.eks. 0312</source>
        <translation>The office number must have digits only, e.g. 0312</translation>
    </message>
    <message>
        <source>Kontornummeret har fire sifre. Mente du {code}?</source>
        <translation>The office number has four digits. Did you mean {code}?</translation>
    </message>
    <message>
        <source>Kontornummeret har fire sifre, f.eks. 0312 (du skrev {n})</source>
        <translation>The office number has four digits, e.g. 0312 (you typed {n})</translation>
    </message>
    <message>
        <source>Skriv inn kontorets navn, f.eks. NAV Frogner</source>
        <translation>Type the office's name, e.g. NAV Frogner</translation>
    </message>
    <message>
        <source>Sett opp navdesk</source>
        <translation>Set up navdesk</translation>
    </message>
    <message>
        <source>Velkommen til navdesk</source>
        <translation>Welcome to navdesk</translation>
    </message>
    <message>
        <source>navdesk tar vare på månedstallene for ett NAV-kontor, i en fil på denne maskinen. Skriv inn kontoret du fører tall for.</source>
        <translation>navdesk keeps the monthly figures for one NAV office, in a file on this computer. Type in the office you keep figures for.</translation>
    </message>
    <message>
        <source>f.eks. 0312</source>
        <translation>e.g. 0312</translation>
    </message>
    <message>
        <source>Kontorets fire sifre, med null først om det har det</source>
        <translation>The office's four digits, with a leading zero if it has one</translation>
    </message>
    <message>
        <source>f.eks. NAV Frogner</source>
        <translation>e.g. NAV Frogner</translation>
    </message>
    <message>
        <source>f.eks. Oslo (kan stå tom)</source>
        <translation>e.g. Oslo (may be left empty)</translation>
    </message>
    <message>
        <source>&amp;Kontornummer</source>
        <translation>&amp;Office number</translation>
    </message>
    <message>
        <source>Kontor&amp;navn</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>K&amp;ommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Sett opp kontoret</source>
        <translation>&amp;Set up the office</translation>
    </message>
    <message>
        <source>Avslutter navdesk uten å sette opp noe</source>
        <translation>Closes navdesk without setting anything up</translation>
    </message>
    <message>
        <source>Vil du se deg rundt først? Eksempeldata åpnes i en egen eksempeldatabase, så dine egne tall aldri blandes med dem.</source>
        <translation>Want to look around first? Demo data opens in a separate demo database, so your own figures are never mixed with it.</translation>
    </message>
    <message>
        <source>&amp;Prøv med eksempeldata</source>
        <translation>&amp;Try with demo data</translation>
    </message>
    <message>
        <source>{code}: for lite å bygge en prognose for {year} på.</source>
        <translation>{code}: too little to base a projection for {year} on.</translation>
    </message>
    <message>
        <source>Prognose {year}: {name}</source>
        <translation>Projection {year}: {name}</translation>
    </message>
    <message>
        <source>tusen kr</source>
        <translation>thousand NOK</translation>
    </message>
    <message>
        <source>prosent</source>
        <translation>per cent</translation>
    </message>
    <message>
        <source>{code} har ingen måling i styringskortet, og dermed ingen målverdi.</source>
        <translation>{code} has no measure in the goal card, and so no target.</translation>
    </message>
    <message>
        <source>januar–{month} {year}</source>
        <translation>January–{month} {year}</translation>
    </message>
    <message>
        <source>{name}, år med måneder som mangler</source>
        <translation>{name}, years with months missing</translation>
    </message>
    <message>
        <source>Mål: {name}</source>
        <translation>Target: {name}</translation>
    </message>
    <message>
        <source>Mål {so_far}: {name}</source>
        <translation>Target {so_far}: {name}</translation>
    </message>
    <message>
        <source>{name} (hittil i år)</source>
        <translation>{name} (year to date)</translation>
    </message>
    <message>
        <source>Glidende gjennomsnitt vises bare for månedstall.</source>
        <translation>A rolling average is shown for monthly figures only.</translation>
    </message>
    <message>
        <source>{name}, 12 mnd. glidende snitt</source>
        <translation>{name}, 12-month rolling average</translation>
    </message>
    <message>
        <source>{code}: prognosen for året er en årssum og vises med «hittil i år» eller årstall.</source>
        <translation>{code}: the projection for the year is a yearly total, shown with “year to date” or yearly figures.</translation>
    </message>
    <message>
        <source>Ingen indikator valgt</source>
        <translation>No indicator chosen</translation>
    </message>
    <message>
        <source>{first}–{last}, år for år</source>
        <translation>{first}–{last}, year over year</translation>
    </message>
    <message>
        <source>ingen tall</source>
        <translation>no figures</translation>
    </message>
    <message>
        <source>Indeks (alle kontorer = 100)</source>
        <translation>Index (all offices = 100)</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}</source>
        <translation>Cannot write {path}</translation>
    </message>
    <message>
        <source>Laget med navdesk</source>
        <translation>Made with navdesk</translation>
    </message>
    <message>
        <source>Siste 12 måneder</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Siste 24 måneder</source>
        <translation>Last 24 months</translation>
    </message>
    <message>
        <source>Siste 60 måneder</source>
        <translation>Last 60 months</translation>
    </message>
    <message>
        <source>Hele historikken</source>
        <translation>All history</translation>
    </message>
    <message>
        <source>Fra–til</source>
        <translation>From–to</translation>
    </message>
    <message>
        <source>Søk på kode eller navn …</source>
        <translation>Search by code or name …</translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>&amp;Månedstall</source>
        <translation>Month&amp;ly figures</translation>
    </message>
    <message>
        <source>&amp;Hittil i år</source>
        <translation>Year &amp;to date</translation>
    </message>
    <message>
        <source>&amp;Årstall (etter regelen)</source>
        <translation>&amp;Yearly figures (by the rule)</translation>
    </message>
    <message>
        <source>År &amp;over år</source>
        <translation>Year &amp;over year</translation>
    </message>
    <message>
        <source>Må&amp;lverdi fra styringskortet</source>
        <translation>Target from the &amp;goal card</translation>
    </message>
    <message>
        <source>&amp;Glidende snitt, 12 måneder</source>
        <translation>Rolling &amp;average, 12 months</translation>
    </message>
    <message>
        <source>&amp;Prognose for året</source>
        <translation>&amp;Projection for the year</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Til:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Lagre som P&amp;NG …</source>
        <translation>Save as P&amp;NG …</translation>
    </message>
    <message>
        <source>Lagre som &amp;SVG …</source>
        <translation>Save as &amp;SVG …</translation>
    </message>
    <message>
        <source>&amp;Kopier bildet</source>
        <translation>&amp;Copy picture</translation>
    </message>
    <message>
        <source>&amp;Indikatorer:</source>
        <translation>&amp;Indicators:</translation>
    </message>
    <message>
        <source>Hold musen over grafen for å lese av tallene.</source>
        <translation>Hold the mouse over the chart to read the figures.</translation>
    </message>
    <message>
        <source>Kryss av én eller flere indikatorer til venstre.</source>
        <translation>Tick one or more indicators on the left.</translation>
    </message>
    <message>
        <source>Ingen tall i denne perioden.</source>
        <translation>No figures in this period.</translation>
    </message>
    <message>
        <source>Lagre grafen</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG-bilde (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-bilde (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Bildet ble ikke lagret</source>
        <translation>The picture was not saved</translation>
    </message>
    <message>
        <source>Lagret {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <source>Bildet er kopiert; lim det inn i e-post eller et dokument.</source>
        <translation>The picture is copied; paste it into an email or a document.</translation>
    </message>
    <message>
        <source>Økonomisk sosialhjelp</source>
        <translation>Financial social assistance</translation>
    </message>
    <message>
        <source>Kvalifiseringsprogrammet</source>
        <translation>Qualification programme</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Saksbehandling</source>
        <translation>Case processing</translation>
    </message>
    <message>
        <source>Rus og psykisk helse</source>
        <translation>Substance abuse and mental health</translation>
    </message>
    <message>
        <source>Arbeid og aktivitet</source>
        <translation>Work and activity</translation>
    </message>
    <message>
        <source>Brukere og medarbeidere</source>
        <translation>Users and staff</translation>
    </message>
    <message>
        <source>Nøkkeltall (beregnet)</source>
        <translation>Key figures (computed)</translation>
    </message>
    <message>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Forsørgerstatus</source>
        <translation>Provider status</translation>
    </message>
    <message>
        <source>Hovedinntekt</source>
        <translation>Main source of income</translation>
    </message>
    <message>
        <source>Kjønn</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sivilstand</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <source>Statsborgerskap</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Trygdeytelse</source>
        <translation>National insurance benefit</translation>
    </message>
    <message>
        <source>personer</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>antall</source>
        <translation>count</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>days</translation>
    </message>
    <message>
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <source>døgn</source>
        <translation>nights</translation>
    </message>
    <message>
        <source>poeng</source>
        <translation>score</translation>
    </message>
    <message>
        <source>Verdien mangler</source>
        <translation>The value is missing</translation>
    </message>
    <message>
        <source>Tallet er urimelig langt ({n} tegn; høyst {most})</source>
        <translation>The number is unreasonably long ({n} characters; at most {most})</translation>
    </message>
    <message>
        <source>«{text}» er tvetydig: er «{mark}» tusenskille eller desimaltegn? Skriv {number} for et helt tall, eller bruk høyst to desimaler</source>
        <translation>“{text}” is ambiguous: is “{mark}” a thousands separator or a decimal mark? Write {number} for a whole number, or use at most two decimals</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall</source>
        <translation>“{text}” is not a number</translation>
    </message>
    <message>
        <source>«{text}»: i det engelske vinduet er punktum desimaltegn (12.5) og komma tusenskille (1,234)</source>
        <translation>“{text}”: in the English window the decimal mark is a point (12.5) and a comma separates thousands (1,234)</translation>
    </message>
    <message>
        <source>Verdien er ikke et tall</source>
        <translation>The value is not a number</translation>
    </message>
    <message>
        <source>Verdien kan ikke være negativ</source>
        <translation>The value cannot be negative</translation>
    </message>
    <message>
        <source>Må være et helt tall ({unit})</source>
        <translation>Must be a whole number ({unit})</translation>
    </message>
    <message>
        <source>Høyst to desimaler</source>
        <translation>At most two decimals</translation>
    </message>
    <message>
        <source>En prosent må være mellom 0 og 100</source>
        <translation>A percentage must be between 0 and 100</translation>
    </message>
    <message>
        <source>Tallet er urimelig stort</source>
        <translation>The number is unreasonably large</translation>
    </message>
    <message>
        <source>Kommentaren er for lang ({n} tegn; høyst {most})</source>
        <translation>The comment is too long ({n} characters; at most {most})</translation>
    </message>
    <message>
        <source>En målverdi kan ikke være negativ</source>
        <translation>A target cannot be negative</translation>
    </message>
    <message>
        <source>Perspektivet må ha et navn</source>
        <translation>The perspective must have a name</translation>
    </message>
    <message>
        <source>Målet må ha et navn</source>
        <translation>The goal must have a name</translation>
    </message>
    <message>
        <source>Navnet er for langt (høyst {most} tegn)</source>
        <translation>The name is too long (at most {most} characters)</translation>
    </message>
    <message>
        <source>Den gule grensen må være mellom 0 og 100 prosent</source>
        <translation>The yellow margin must be between 0 and 100 per cent</translation>
    </message>
    <message>
        <source>Perspektivet «{name}» finnes allerede</source>
        <translation>The perspective “{name}” already exists</translation>
    </message>
    <message>
        <source>Målet «{name}» finnes allerede i dette perspektivet</source>
        <translation>The goal “{name}” already exists in this perspective</translation>
    </message>
    <message>
        <source>Ukjent indikator «{code}»</source>
        <translation>Unknown indicator “{code}”</translation>
    </message>
    <message>
        <source>Målet måles allerede med {code}</source>
        <translation>The goal is already measured by {code}</translation>
    </message>
    <message>
        <source>Målet finnes ikke lenger</source>
        <translation>The goal no longer exists</translation>
    </message>
    <message>
        <source>Det finnes ikke lenger</source>
        <translation>It no longer exists</translation>
    </message>
    <message>
        <source>{group}: delene summerer til {sum}, men «{parent}» er {total}</source>
        <translation>{group}: the parts add up to {sum}, but “{parent}” is {total}</translation>
    </message>
    <message>
        <source>{group}: delene som er fylt ut summerer til {sum}, men «{parent}» er {total}</source>
        <translation>{group}: the parts filled in add up to {sum}, but “{parent}” is {total}</translation>
    </message>
    <message>
        <source>«{name}» ({value}) er større enn «{parent}» ({total})</source>
        <translation>“{name}” ({value}) is larger than “{parent}” ({total})</translation>
    </message>
    <message>
        <source>«{name}» har falt fra {before} ({month}) til {value}; tall hittil i år kan ikke gå ned i løpet av året</source>
        <translation>“{name}” has fallen from {before} ({month}) to {value}; year-to-date figures cannot fall during the year</translation>
    </message>
    <message>
        <source>«{name}» = {value} ligger langt utenfor de siste tolv månedene (snitt {mean}); sjekk tallet</source>
        <translation>“{name}” = {value} is far outside the last twelve months (average {mean}); check the figure</translation>
    </message>
    <message>
        <source>Året {year} er utenfor {first}–{last}</source>
        <translation>The year {year} is outside {first}–{last}</translation>
    </message>
    <message>
        <source>Måned {month} finnes ikke (1–12)</source>
        <translation>Month {month} does not exist (1–12)</translation>
    </message>
    <message>
        <source>Perioden mangler</source>
        <translation>The period is missing</translation>
    </message>
    <message>
        <source>«{text}» er ikke en periode (skriv f.eks. 2024-03 eller 2024)</source>
        <translation>“{text}” is not a period (write e.g. 2024-03 or 2024)</translation>
    </message>
    <message>
        <source>Databasefilen er skrivebeskyttet; ingenting er endret</source>
        <translation>The database file is read-only; nothing has been changed</translation>
    </message>
    <message>
        <source>Databasen er i bruk av et annet navdesk-vindu eller en kommando; prøv igjen om litt</source>
        <translation>The database is in use by another navdesk window or a command; try again in a moment</translation>
    </message>
    <message>
        <source>Databasefilen er skadet</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>Databasefeil: {error}</source>
        <translation>Database error: {error}</translation>
    </message>
    <message>
        <source>{path} er tom (0 byte), ikke en navdesk-database</source>
        <translation>{path} is empty (0 bytes), not a navdesk database</translation>
    </message>
    <message>
        <source>{path} er ikke en navdesk-database (ikke en SQLite-fil)</source>
        <translation>{path} is not a navdesk database (not an SQLite file)</translation>
    </message>
    <message>
        <source>{path} er skadet (filen er avkortet)</source>
        <translation>{path} is damaged (the file is truncated)</translation>
    </message>
    <message>
        <source>{path} er en mappe, ikke en databasefil</source>
        <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
        <source>Databasefilen {path} finnes ikke</source>
        <translation>The database file {path} does not exist</translation>
    </message>
    <message>
        <source>Mappen {path} finnes ikke</source>
        <translation>The folder {path} does not exist</translation>
    </message>
    <message>
        <source>Databasefilen {path} er skrivebeskyttet</source>
        <translation>The database file {path} is read-only</translation>
    </message>
    <message>
        <source>Mappen for databasefilen {path} er skrivebeskyttet</source>
        <translation>The folder for the database file, {path}, is read-only</translation>
    </message>
    <message>
        <source>Kan ikke åpne {path}: {reason}</source>
        <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} er ikke en navdesk-database</source>
        <translation>{path} is not a navdesk database</translation>
    </message>
    <message>
        <source>Disken er full, så ingenting er endret. Frigjør plass på disken og prøv igjen.</source>
        <translation>The disk is full, so nothing was changed. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Disken svarte med en lese- eller skrivefeil, så det siste er kanskje ikke lagret. Sjekk disken (eller nettverket, for en delt mappe) og prøv igjen.</source>
        <translation>The disk answered with a read or write error, so the latest change may not be saved. Check the disk (or the network, for a shared folder) and try again.</translation>
    </message>
    <message>
        <source>{path} er laget av en nyere navdesk (skjema {version}, dette programmet kan {supported}); oppdater navdesk</source>
        <translation>{path} was made by a newer navdesk (schema {version}; this program handles {supported}); update navdesk</translation>
    </message>
    <message>
        <source>Kan ikke bruke {path}: {reason}</source>
        <translation>Cannot use {path}: {reason}</translation>
    </message>
    <message>
        <source>Kan ikke oppgradere {path}: {reason}</source>
        <translation>Cannot upgrade {path}: {reason}</translation>
    </message>
    <message>
        <source>Ny indikator: {code} {name}</source>
        <translation>New indicator: {code} {name}</translation>
    </message>
    <message>
        <source>{code}: {what} kan ikke endres fra {old} til {new} når koden har verdier</source>
        <translation>{code}: the {what} cannot be changed from {old} to {new} while the code has values</translation>
    </message>
    <message>
        <source>Endret: {code} ({fields})</source>
        <translation>Changed: {code} ({fields})</translation>
    </message>
    <message>
        <source>Kontornummeret må bestå av sifre eller bokstaver, f.eks. 0312</source>
        <translation>The office number must consist of digits or letters, e.g. 0312</translation>
    </message>
    <message>
        <source>Kontoret må ha et navn</source>
        <translation>The office must have a name</translation>
    </message>
    <message>
        <source>{code} beregnes av navdesk og kan ikke skrives inn</source>
        <translation>{code} is calculated by navdesk and cannot be typed in</translation>
    </message>
    <message>
        <source>{code} registreres én gang per år (periode {year})</source>
        <translation>{code} is recorded once a year (period {year})</translation>
    </message>
    <message>
        <source>{code} registreres per måned (periode som {year}-01)</source>
        <translation>{code} is recorded monthly (a period such as {year}-01)</translation>
    </message>
    <message>
        <source>{month} er rapportert og låst; gjenåpne måneden først</source>
        <translation>{month} has been reported and is locked; reopen the month first</translation>
    </message>
    <message>
        <source>Gjenopprett den nyeste sikkerhetskopien: navdesk-cli restore {backup} --db {path}</source>
        <translation>Restore the newest backup: navdesk-cli restore {backup} --db {path}</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopi av den; ta vare på filen som den er og be om hjelp før noe skrives i den</source>
        <translation>There is no backup of it; keep the file as it is and ask for help before anything is written to it</translation>
    </message>
    <message>
        <source>{path} er skadet (SQLite fant: {problem}); ingenting er lest eller endret. {advice}</source>
        <translation>{path} is damaged (SQLite found: {problem}); nothing was read or changed. {advice}</translation>
    </message>
    <message>
        <source>Skriv inn en verdi før du legger til en kommentar</source>
        <translation>Enter a value before you add a comment</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>engelsk navn</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>enhet</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>aggregering</source>
        <translation>aggregation</translation>
    </message>
    <message>
        <source>seksjon</source>
        <translation>section</translation>
    </message>
    <message>
        <source>vekt</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>periodetype</source>
        <translation>period type</translation>
    </message>
    <message>
        <source>fordeling</source>
        <translation>breakdown</translation>
    </message>
    <message>
        <source>del av</source>
        <translation>part of</translation>
    </message>
    <message>
        <source>teller</source>
        <translation>numerator</translation>
    </message>
    <message>
        <source>nevner</source>
        <translation>denominator</translation>
    </message>
    <message>
        <source>faktor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>nok</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nights</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Ukjent indikator {code}</source>
        <translation>Unknown indicator {code}</translation>
    </message>
    <message>
        <source>Året {year}</source>
        <translation>The year {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{missing} av {expected} tall mangler</source>
        <translation>{missing} of {expected} figures are missing</translation>
    </message>
    <message>
        <source>{month} er ikke over ennå</source>
        <translation>{month} is not over yet</translation>
    </message>
    <message>
        <source>{month} har ikke begynt ennå, og en måned som ikke har begynt, kan ikke markeres som rapportert</source>
        <translation>{month} has not begun yet, and a month that has not begun cannot be marked as reported</translation>
    </message>
    <message>
        <source>rapportert med {n} tall som mangler</source>
        <translation>reported with {n} figures missing</translation>
    </message>
    <message>
        <source>rapportert før måneden var over</source>
        <translation>reported before the month was over</translation>
    </message>
    <message>
        <source>bruk --add-offices for å opprette kontorene i filen</source>
        <translation>use --add-offices to create the offices in the file</translation>
    </message>
    <message>
        <source>bruk --restore-zeros for å lese kontornumre uten nuller foran som det kjente kontoret</source>
        <translation>use --restore-zeros to read office numbers without their leading zeros as the known office</translation>
    </message>
    <message>
        <source>rett kontornummeret i filen</source>
        <translation>correct the office number in the file</translation>
    </message>
    <message>
        <source>{lines} og {more} til</source>
        <translation>{lines} and {more} more</translation>
    </message>
    <message>
        <source>{code} {period} for kontor {office} står også på linje {first}</source>
        <translation>{code} {period} for office {office} is also on line {first}</translation>
    </message>
    <message>
        <source>Kontor {office} finnes ikke i databasen, og med nuller foran kan det være flere: {codes} (linje {lines}); {action}</source>
        <translation>Office {office} is not in the database, and with leading zeros it could be more than one: {codes} (line {lines}); {action}</translation>
    </message>
    <message>
        <source>Kontor {office} finnes ikke i databasen; {padded} heter «{known}», men filen kaller kontoret «{name}» (linje {lines}); {action}</source>
        <translation>Office {office} is not in the database; {padded} is called “{known}”, but the file calls the office “{name}” (line {lines}); {action}</translation>
    </message>
    <message>
        <source>Kontor {office} finnes ikke i databasen (mente du {padded}? Excel fjerner ofte nuller foran) (linje {lines}); {action}</source>
        <translation>Office {office} is not in the database (did you mean {padded}? Excel often removes leading zeros) (line {lines}); {action}</translation>
    </message>
    <message>
        <source>Kontor {office} finnes ikke i databasen (linje {lines}); {action}</source>
        <translation>Office {office} is not in the database (line {lines}); {action}</translation>
    </message>
    <message>
        <source>{period} er rapportert og låst for kontor {office}</source>
        <translation>{period} has been reported and is locked for office {office}</translation>
    </message>
    <message>
        <source>UTF-8 med BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Kontor {code} finnes ikke i databasen</source>
        <translation>Office {code} is not in the database</translation>
    </message>
    <message>
        <source>Bred fil (--format wide) lages for ett kontor om gangen</source>
        <translation>A wide file (--format wide) is made for one office at a time</translation>
    </message>
    <message>
        <source>Indikatorkoden mangler</source>
        <translation>The indicator code is missing</translation>
    </message>
    <message>
        <source>{code} beregnes av navdesk og kan ikke importeres</source>
        <translation>{code} is calculated by navdesk and cannot be imported</translation>
    </message>
    <message>
        <source>{code} registreres én gang per år: skriv perioden som {year}</source>
        <translation>{code} is recorded once a year: write the period as {year}</translation>
    </message>
    <message>
        <source>{code} registreres per måned: skriv perioden som ÅÅÅÅ-MM</source>
        <translation>{code} is recorded monthly: write the period as YYYY-MM</translation>
    </message>
    <message>
        <source>{code}: enheten «{text}» stemmer ikke med katalogen ({expected})</source>
        <translation>{code}: the unit “{text}” does not match the catalogue ({expected})</translation>
    </message>
    <message>
        <source>Filen er verken UTF-8 eller Windows-1252; lagre den på nytt i Excel som «CSV UTF-8 (kommadelt)»</source>
        <translation>The file is neither UTF-8 nor Windows-1252; save it again in Excel as “CSV UTF-8 (comma delimited)”</translation>
    </message>
    <message>
        <source>Et anførselstegn («"») åpnes, men lukkes aldri; resten av filen ville blitt lest som ett felt</source>
        <translation>A quotation mark (“"”) is opened but never closed; the rest of the file would be read as one field</translation>
    </message>
    <message>
        <source>Tekst rett etter et avsluttende anførselstegn («"»); sett hele feltet i anførselstegn og skriv anførselstegn inni feltet som «""»</source>
        <translation>Text straight after a closing quotation mark (“"”); put the whole field in quotation marks and write a quotation mark inside the field as “""”</translation>
    </message>
    <message>
        <source>Et felt er urimelig langt (mangler et avsluttende anførselstegn?)</source>
        <translation>A field is unreasonably long (is a closing quotation mark missing?)</translation>
    </message>
    <message>
        <source>Linjen kan ikke leses som CSV ({error})</source>
        <translation>The line cannot be read as CSV ({error})</translation>
    </message>
    <message>
        <source>Feltet i kolonne {column} har {n} tegn; høyst {most} er lov</source>
        <translation>The field in column {column} has {n} characters; at most {most} are allowed</translation>
    </message>
    <message>
        <source>Et felt går over flere linjer (til linje {last}); et anførselstegn («"») som ikke lukkes?</source>
        <translation>A field runs over several lines (to line {last}); a quote (“"”) that is not closed?</translation>
    </message>
    <message>
        <source>Linjen har {fields} felt, men overskriften har {width} (en avkortet fil, eller feil skilletegn?)</source>
        <translation>The line has {fields} fields, but the header has {width} (a file cut short, or the wrong separator?)</translation>
    </message>
    <message>
        <source>Ukjent kolonne «{name}»</source>
        <translation>Unknown column “{name}”</translation>
    </message>
    <message>
        <source>Kolonnen «{column}» står to ganger («{first}» og «{second}»)</source>
        <translation>The column “{column}” appears twice (“{first}” and “{second}”)</translation>
    </message>
    <message>
        <source>Overskriften har måneder fra flere år ({years}); en bred fil gjelder ett år</source>
        <translation>The header has months of several years ({years}); a wide file is for one year</translation>
    </message>
    <message>
        <source>«{name}»</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Kolonnen {columns} mangler i overskriften (fant: {found})</source>
        <translation>Column {columns} is missing from the header (found: {found})</translation>
    </message>
    <message>
        <source>Filen har tegn som ikke kan leses som {encoding}; lagre den på nytt i Excel som «CSV UTF-8 (kommadelt)»</source>
        <translation>The file has characters that cannot be read as {encoding}; save it again in Excel as “CSV UTF-8 (Comma delimited)”</translation>
    </message>
    <message>
        <source>Linjen har {fields} felt, men overskriften har {width} (feil skilletegn, eller komma i et tall uten anførselstegn?)</source>
        <translation>The line has {fields} fields, but the header has {width} (wrong separator, or a comma in a number without quotation marks?)</translation>
    </message>
    <message>
        <source>Kontornummeret mangler</source>
        <translation>The office number is missing</translation>
    </message>
    <message>
        <source>{code} {period}: {reason}</source>
        <translation>{code} {period}: {reason}</translation>
    </message>
    <message>
        <source>{code}: vekt viser til ukjent kode {ref}</source>
        <translation>{code}: the weight refers to an unknown code, {ref}</translation>
    </message>
    <message>
        <source>{code}: del_av viser til ukjent kode {ref}</source>
        <translation>{code}: del_av (part of) refers to an unknown code, {ref}</translation>
    </message>
    <message>
        <source>{code}: teller/nevner viser til ukjent kode {ref}</source>
        <translation>{code}: the numerator or denominator refers to an unknown code, {ref}</translation>
    </message>
    <message>
        <source>{code}: teller/nevner kan ikke være en beregnet indikator ({ref})</source>
        <translation>{code}: the numerator or denominator cannot be a computed indicator ({ref})</translation>
    </message>
    <message>
        <source>{code}: del_av går i ring</source>
        <translation>{code}: del_av (part of) goes round in a circle</translation>
    </message>
    <message>
        <source>«{code}» er ikke en gyldig kode (store bokstaver A–Z, sifre og _, 2–40 tegn)</source>
        <translation>“{code}” is not a valid code (capital letters A–Z, digits and _, 2–40 characters)</translation>
    </message>
    <message>
        <source>{code}: navn mangler</source>
        <translation>{code}: the name is missing</translation>
    </message>
    <message>
        <source>{code}: {column}: {reason}</source>
        <translation>{code}: {column}: {reason}</translation>
    </message>
    <message>
        <source>{code}: ukjent enhet «{value}» (bruk {allowed})</source>
        <translation>{code}: unknown unit “{value}” (use {allowed})</translation>
    </message>
    <message>
        <source>{code}: ukjent aggregering «{value}» (bruk {allowed})</source>
        <translation>{code}: unknown aggregation “{value}” (use {allowed})</translation>
    </message>
    <message>
        <source>{code}: periodetype må være month eller year</source>
        <translation>{code}: periodetype (the period type) must be month or year</translation>
    </message>
    <message>
        <source>{code}: faktor «{value}» er ikke et tall</source>
        <translation>{code}: the factor “{value}” is not a number</translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <source>{code}: en beregnet indikator trenger teller og nevner</source>
        <translation>{code}: a computed indicator needs a numerator and a denominator</translation>
    </message>
    <message>
        <source>{code}: faktor må være større enn 0</source>
        <translation>{code}: the factor must be greater than 0</translation>
    </message>
    <message>
        <source>{code}: bare aggregering ratio kan ha teller og nevner</source>
        <translation>{code}: only the aggregation ratio can have a numerator and a denominator</translation>
    </message>
    <message>
        <source>{code}: bare aggregering average kan ha vekt</source>
        <translation>{code}: only the aggregation average can have a weight</translation>
    </message>
    <message>
        <source>{code}: aktiv må være 1 eller 0</source>
        <translation>{code}: aktiv (active) must be 1 or 0</translation>
    </message>
    <message>
        <source>{code}: en fordeling trenger del_av (koden den fordeler)</source>
        <translation>{code}: a breakdown needs del_av (the code it breaks down)</translation>
    </message>
    <message>
        <source>Koden {code} står to ganger</source>
        <translation>The code {code} appears twice</translation>
    </message>
    <message>
        <source>Linje {line}: kolonnene {columns} mangler</source>
        <translation>Line {line}: the columns {columns} are missing</translation>
    </message>
    <message>
        <source>Linje {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>{name} kan ikke leses som tekst</source>
        <translation>{name} cannot be read as text</translation>
    </message>
    <message>
        <source>perspektiv og mål må fylles ut</source>
        <translation>perspektiv (perspective) and mål (goal) must be filled in</translation>
    </message>
    <message>
        <source>ukjent indikator «{code}»</source>
        <translation>unknown indicator “{code}”</translation>
    </message>
    <message>
        <source>retning må være «høyere» eller «lavere»</source>
        <translation>retning (direction) must be “høyere” (higher) or “lavere” (lower)</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>gul_grense kan ikke være negativ</source>
        <translation>gul_grense (the yellow margin) cannot be negative</translation>
    </message>
    <message>
        <source>år må være et årstall</source>
        <translation>år (year) must be a year</translation>
    </message>
    <message>
        <source>{code} har en annen retning enn på en linje over</source>
        <translation>{code} has a different direction from a line above</translation>
    </message>
    <message>
        <source>målverdien for {code} {year} står to ganger</source>
        <translation>the target for {code} {year} appears twice</translation>
    </message>
    <message>
        <source>målverdien for {code} alle år står to ganger</source>
        <translation>the target for {code} for all years appears twice</translation>
    </message>
    <message>
        <source>alle år: {value}</source>
        <translation>all years: {value}</translation>
    </message>
    <message>
        <source>Malen fjerner {removed} av {total} målinger fra styringskortet.</source>
        <translation>The template removes {removed} of {total} measures from the goal card.</translation>
    </message>
    <message>
        <source>Nytt perspektiv: {name}</source>
        <translation>New perspective: {name}</translation>
    </message>
    <message>
        <source>Perspektiv fjernet: {name}</source>
        <translation>Perspective removed: {name}</translation>
    </message>
    <message>
        <source>Nytt mål: {goal} ({perspective})</source>
        <translation>New goal: {goal} ({perspective})</translation>
    </message>
    <message>
        <source>Mål fjernet: {goal} ({perspective})</source>
        <translation>Goal removed: {goal} ({perspective})</translation>
    </message>
    <message>
        <source>Ny måling: {code} under «{goal}»</source>
        <translation>New measure: {code} under “{goal}”</translation>
    </message>
    <message>
        <source>Måling fjernet: {code} under «{goal}»</source>
        <translation>Measure removed: {code} under “{goal}”</translation>
    </message>
    <message>
        <source>{code}: retning {old} → {new}</source>
        <translation>{code}: direction {old} → {new}</translation>
    </message>
    <message>
        <source>{code}: gul grense {old} % → {new} %</source>
        <translation>{code}: yellow margin {old} % → {new} %</translation>
    </message>
    <message>
        <source>{code}: målverdier {old} → {new}</source>
        <translation>{code}: targets {old} → {new}</translation>
    </message>
    <message>
        <source>{name} har allerede egne tall; eksempeltall fylles bare i en database uten egne tall (bruk f.eks. --db demo.sqlite)</source>
        <translation>{name} already has figures of its own; example figures are only filled into a database without any (use e.g. --db demo.sqlite)</translation>
    </message>
    <message>
        <source>{entered} av {expected} tall</source>
        <translation>{entered} of {expected} figures</translation>
    </message>
    <message>
        <source>delvis: {count}</source>
        <translation>partial: {count}</translation>
    </message>
    <message>
        <source>rapportert: {count}</source>
        <translation>reported: {count}</translation>
    </message>
    <message>
        <source>{month} {year}: rapportert med {count}</source>
        <translation>{month} {year}: reported with {count}</translation>
    </message>
    <message>
        <source>{month} {year}: {count} (tom måned)</source>
        <translation>{month} {year}: {count} (empty month)</translation>
    </message>
    <message>
        <source>{month} {year}: {count} (delvis måned)</source>
        <translation>{month} {year}: {count} (partial month)</translation>
    </message>
    <message>
        <source>rapportert</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>komplett</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>delvis</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>{state}, {count}</source>
        <translation>{state}, {count}</translation>
    </message>
    <message>
        <source>Forrige år</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Neste år</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>Månedene i året</source>
        <translation>The months of the year</translation>
    </message>
    <message>
        <source>Piltaster: velg måned · Enter: gå dit · PgUp/PgDown: år · Esc: avbryt</source>
        <translation>Arrow keys: choose a month · Enter: go there · PgUp/PgDown: year · Esc: cancel</translation>
    </message>
    <message>
        <source>&amp;Gå til måneden</source>
        <translation>&amp;Go to month</translation>
    </message>
    <message>
        <source>{month} {year} er delvis ({count}) og ikke med</source>
        <translation>{month} {year} is partial ({count}) and not included</translation>
    </message>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{count}, ingen åpne avvik</source>
        <translation>{count}, no open warnings</translation>
    </message>
    <message>
        <source>{count}, 1 avvik uten kommentar</source>
        <translation>{count}, 1 warning without a comment</translation>
    </message>
    <message>
        <source>{count}, {n} avvik uten kommentar</source>
        <translation>{count}, {n} warnings without a comment</translation>
    </message>
    <message>
        <source>{month} ({state})</source>
        <translation>{month} ({state})</translation>
    </message>
    <message>
        <source>Målingen finnes ikke lenger på styringskortet</source>
        <translation>The measure is no longer on the goal card</translation>
    </message>
    <message>
        <source>målverdi for {measure} {year}</source>
        <translation>target of {measure} {year}</translation>
    </message>
    <message>
        <source>målverdi for {measure}, alle år</source>
        <translation>target of {measure}, every year</translation>
    </message>
    <message>
        <source>kommentar til {measure}, {period}</source>
        <translation>comment on {measure}, {period}</translation>
    </message>
    <message>
        <source>nytt perspektiv «{name}»</source>
        <translation>new perspective “{name}”</translation>
    </message>
    <message>
        <source>nytt mål «{name}»</source>
        <translation>new goal “{name}”</translation>
    </message>
    <message>
        <source>ny måling {measure}</source>
        <translation>new measure {measure}</translation>
    </message>
    <message>
        <source>endring av målingen {measure}</source>
        <translation>change of the measure {measure}</translation>
    </message>
    <message>
        <source>nytt navn «{name}»</source>
        <translation>new name “{name}”</translation>
    </message>
    <message>
        <source>flytting av «{name}»</source>
        <translation>move of “{name}”</translation>
    </message>
    <message>
        <source>flytting av målingen {measure}</source>
        <translation>move of the measure {measure}</translation>
    </message>
    <message>
        <source>fjerning av «{name}»</source>
        <translation>removal of “{name}”</translation>
    </message>
    <message>
        <source>fjerning av målingen {measure}</source>
        <translation>removal of the measure {measure}</translation>
    </message>
    <message>
        <source>kopierte målverdier for {year}</source>
        <translation>copied targets for {year}</translation>
    </message>
    <message>
        <source>import av malen {file}</source>
        <translation>import of the template {file}</translation>
    </message>
    <message>
        <source>Styringskortet er endret et annet sted etter «{what}» (en import, en kommando eller et annet navdesk-vindu). Angre ville skrevet over det; ingenting er endret.</source>
        <translation>The goal card was changed elsewhere after “{what}” (an import, a command or another navdesk window). Undo would overwrite that; nothing was changed.</translation>
    </message>
    <message>
        <source>Styringskortet er endret et annet sted etter at «{what}» ble angret (en import, en kommando eller et annet navdesk-vindu). Gjør om ville skrevet over det; ingenting er endret.</source>
        <translation>The goal card was changed elsewhere after “{what}” was undone (an import, a command or another navdesk window). Redo would overwrite that; nothing was changed.</translation>
    </message>
    <message>
        <source>«{what}» gjelder noe som er fjernet fra styringskortet i mellomtiden; ingenting er endret.</source>
        <translation>“{what}” concerns something that has been removed from the goal card meanwhile; nothing was changed.</translation>
    </message>
    <message>
        <source>verdi for {measure}, {period}</source>
        <translation>value of {measure}, {period}</translation>
    </message>
    <message>
        <source>«{what}» er endret et annet sted etterpå (en import, en kommando eller et annet navdesk-vindu). Angre ville skrevet over det; ingenting er endret.</source>
        <translation>“{what}” was changed elsewhere afterwards (an import, a command or another navdesk window). Undo would overwrite that; nothing was changed.</translation>
    </message>
    <message>
        <source>«{what}» er endret et annet sted etter at den ble angret (en import, en kommando eller et annet navdesk-vindu). Gjør om ville skrevet over det; ingenting er endret.</source>
        <translation>“{what}” was changed elsewhere after it was undone (an import, a command or another navdesk window). Redo would overwrite that; nothing was changed.</translation>
    </message>
    <message>
        <source>Velg en måling med piltastene før du skriver.</source>
        <translation>Choose a measure with the arrow keys before you type.</translation>
    </message>
    <message>
        <source>På «{title}» kan bare navnet skrives i. Målverdier og kommentarer skrives på målingene under.</source>
        <translation>On “{title}” only the name can be typed in. Targets and comments are typed on the measures below it.</translation>
    </message>
    <message>
        <source>På «{title}» kan bare «{target}» og «{comment}» skrives i – gå dit med pil høyre.</source>
        <translation>On “{title}” only “{target}” and “{comment}” can be typed in – go there with the right arrow.</translation>
    </message>
    <message>
        <source>{month} er rapportert og låst, så kommentarene kan ikke endres. Gjenåpne måneden i «Månedstall» med Ctrl+L først.</source>
        <translation>{month} is reported and locked, so its comments cannot be changed. Reopen the month in “Monthly figures” with Ctrl+L first.</translation>
    </message>
    <message>
        <source>«{column}» regnes ut av navdesk. Skriv i «{target}» eller «{comment}» for «{title}».</source>
        <translation>“{column}” is calculated by navdesk. Type in “{target}” or “{comment}” for “{title}”.</translation>
    </message>
    <message>
        <source>Skriv hvorfor måneden åpnes igjen; grunnen blir logget</source>
        <translation>Write why the month is reopened; the reason is logged</translation>
    </message>
    <message>
        <source>til og med {month}</source>
        <translation>through {month}</translation>
    </message>
    <message>
        <source>Avvik mellom tall</source>
        <translation>Figures that disagree</translation>
    </message>
    <message>
        <source>Uvanlig verdi</source>
        <translation>Unusual value</translation>
    </message>
    <message>
        <source>Filen er tom</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>Filen har ingen tittel som begynner med tabellnummeret («12345: …»); last ned som «semikolonseparert med overskrift»</source>
        <translation>The file has no title beginning with the table number («12345: …»); download it as «semicolon separated with heading»</translation>
    </message>
    <message>
        <source>Overskriften skal være variablenes navn i anførselstegn, skilt med «;»</source>
        <translation>The heading must be the variables' names in quotes, separated by «;»</translation>
    </message>
    <message>
        <source>Filen har ingen tall under overskriften</source>
        <translation>The file has no figures under the heading</translation>
    </message>
    <message>
        <source>Linjen har {fields} felt, men overskriften har {width}</source>
        <translation>The line has {fields} fields, but the heading has {width}</translation>
    </message>
    <message>
        <source>Linjen har {n} tekster i anførselstegn foran tallene; første linje har {first}</source>
        <translation>The line has {n} texts in quotes before the figures; the first line has {first}</translation>
    </message>
    <message>
        <source>Linjen skal begynne med variablenes tekster i anførselstegn og så tallene</source>
        <translation>The line must begin with the variables' texts in quotes, then the figures</translation>
    </message>
    <message>
        <source>En variabel står to ganger i overskriften</source>
        <translation>A variable appears twice in the heading</translation>
    </message>
    <message>
        <source>Kolonnen «{name}» slutter ikke med en periode (2024 eller 2024M03), og ingen variabel heter år eller måned</source>
        <translation>The column «{name}» does not end with a period (2024 or 2024M03), and no variable is called år or måned</translation>
    </message>
    <message>
        <source>Tabellen sier ikke hva tallene er (ingen statistikkvariabel)</source>
        <translation>The table does not say what the figures are (no statistikkvariabel)</translation>
    </message>
    <message>
        <source>Kolonnen «{name}» har flere variabler enn tiden; last ned tabellen med bare tiden (eller ingenting) i kolonnene</source>
        <translation>The column «{name}» has more variables than the time; download the table with only the time (or nothing) in the columns</translation>
    </message>
    <message>
        <source>Variabelen {name} er tom eller urimelig lang</source>
        <translation>The variable {name} is empty or unreasonably long</translation>
    </message>
    <message>
        <source>Linjen er urimelig lang ({n} tegn)</source>
        <translation>The line is unreasonably long ({n} characters)</translation>
    </message>
    <message>
        <source>Et anførselstegn («"») lukkes aldri</source>
        <translation>A quote («"») is never closed</translation>
    </message>
    <message>
        <source>Tekst rett etter et avsluttende anførselstegn («"»)</source>
        <translation>Text right after a closing quote («"»)</translation>
    </message>
    <message>
        <source>Et anførselstegn («"») midt i et felt</source>
        <translation>A quote («"») in the middle of a field</translation>
    </message>
    <message>
        <source>Overskriften sier {said}, men året som er valgt er {year}</source>
        <translation>The header says {said}, but the year chosen is {year}</translation>
    </message>
    <message>
        <source>Kontor og år er lest av arbeidsbokens tittel: {office}, {year}</source>
        <translation>Office and year were read from the workbook's title: {office}, {year}</translation>
    </message>
    <message>
        <source>Arbeidsboken har også arkene {sheets}: {action}</source>
        <translation>The workbook also has the sheets {sheets}: {action}</translation>
    </message>
    <message>
        <source>velg arket tallene står på (--sheet ARK)</source>
        <translation>choose the sheet the figures are on (--sheet SHEET)</translation>
    </message>
    <message>
        <source>Filen er en bred fil (én kolonne per måned) og sier ikke hvilket år den gjelder: velg året (--year ÅÅÅÅ)</source>
        <translation>The file is a wide file (one column a month) and does not say which year it is for: choose the year (--year YYYY)</translation>
    </message>
    <message>
        <source>Filen er en bred fil og sier ikke hvilket kontor den gjelder: velg kontoret (--office NR)</source>
        <translation>The file is a wide file and does not say which office it is for: choose the office (--office NO)</translation>
    </message>
    <message>
        <source>{code} lest som {office} (1 rad)</source>
        <translation>{code} read as {office} (1 row)</translation>
    </message>
    <message>
        <source>{code} lest som {office} ({rows} rader)</source>
        <translation>{code} read as {office} ({rows} rows)</translation>
    </message>
    <message>
        <source>rad {line} (tittel)</source>
        <translation>row {line} (title)</translation>
    </message>
    <message>
        <source>rad {line} (Sum)</source>
        <translation>row {line} (Sum)</translation>
    </message>
    <message>
        <source>linje {line} (tittel)</source>
        <translation>line {line} (title)</translation>
    </message>
    <message>
        <source>linje {line} (Sum)</source>
        <translation>line {line} (Sum)</translation>
    </message>
    <message>
        <source>Hoppet over i ark «{sheet}»: {lines}</source>
        <translation>Skipped in sheet “{sheet}”: {lines}</translation>
    </message>
    <message>
        <source>Hoppet over: {lines}</source>
        <translation>Skipped: {lines}</translation>
    </message>
    <message>
        <source>Filen er ikke en arbeidsbok, så den har ikke noe ark «{sheet}»</source>
        <translation>The file is not a workbook, so it has no sheet “{sheet}”</translation>
    </message>
    <message>
        <source>linje {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>Endringslogg – navdesk</source>
        <translation>Change log – navdesk</translation>
    </message>
    <message>
        <source>Alle endringer i databasen, nyeste først: tall, katalogen, styringskortet, kontorer og rapporterte måneder.</source>
        <translation>Every change in the database, newest first: figures, the catalogue, the goal card, offices and reported months.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>tall eller kommentar i månedsskjemaet</source>
        <translation>figure or comment in the month form</translation>
    </message>
    <message>
        <source>{path} er databasen navdesk har åpen, ikke en fil å lese eller skrive; velg en annen fil</source>
        <translation>{path} is the database navdesk has open, not a file to read or write; choose another file</translation>
    </message>
    <message>
        <source>en mappe</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>en FIFO (navngitt rør)</source>
        <translation>a FIFO (named pipe)</translation>
    </message>
    <message>
        <source>en enhet</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>en sokkel</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}: det er {kind}, ikke en vanlig fil (navdesk erstatter bare vanlige filer); velg et annet filnavn.</source>
        <translation>Cannot write {path}: it is {kind}, not a regular file (navdesk replaces only regular files); choose another file name.</translation>
    </message>
    <message>
        <source>Disken er full, så {path} er ikke skrevet. Frigjør plass på disken og prøv igjen.</source>
        <translation>The disk is full, so {path} was not written. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Disken svarte med en lese- eller skrivefeil, så {path} er ikke skrevet. Sjekk disken (eller nettverket, for en delt mappe) og prøv igjen.</source>
        <translation>The disk answered with a read or write error, so {path} was not written. Check the disk (or the network, for a shared folder) and try again.</translation>
    </message>
    <message>
        <source>daglig</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>før gjenoppretting</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <source>før migrering</source>
        <translation>before migration</translation>
    </message>
    <message>
        <source>før import av styringskortmal</source>
        <translation>before importing a goal-card template</translation>
    </message>
    <message>
        <source>før import av katalog</source>
        <translation>before importing a catalogue</translation>
    </message>
    <message>
        <source>før import av {file}</source>
        <translation>before importing {file}</translation>
    </message>
    <message>
        <source>Kan ikke lage sikkerhetskopi: {reason}</source>
        <translation>Cannot make a backup: {reason}</translation>
    </message>
    <message>
        <source>Kan ikke lage sikkerhetskopi i {folder}: {reason}</source>
        <translation>Cannot make a backup in {folder}: {reason}</translation>
    </message>
    <message>
        <source>Innholdet i {db} ({now} verdier) erstattes med {file} ({then} verdier{made}). Det nåværende innholdet sikkerhetskopieres først.</source>
        <translation>The content of {db} ({now} values) is replaced with {file} ({then} values{made}). The current content is backed up first.</translation>
    </message>
    <message>
        <source>Finner ikke filen {file}</source>
        <translation>Cannot find the file {file}</translation>
    </message>
    <message>
        <source>{file} er ikke en navdesk-database (ikke en SQLite-fil)</source>
        <translation>{file} is not a navdesk database (not an SQLite file)</translation>
    </message>
    <message>
        <source>{file} er skadet (quick_check: {problem})</source>
        <translation>{file} is damaged (quick_check: {problem})</translation>
    </message>
    <message>
        <source>{file} er ikke en navdesk-database</source>
        <translation>{file} is not a navdesk database</translation>
    </message>
    <message>
        <source>{file} er laget av en nyere navdesk (skjema {version}, dette programmet kan {supported})</source>
        <translation>{file} was made by a newer navdesk (schema {version}, this program reads {supported})</translation>
    </message>
    <message>
        <source>{file} hører til kontor {other}, ikke til kontor {office} som denne databasen er satt opp for</source>
        <translation>{file} belongs to office {other}, not to office {office}, which this database is set up for</translation>
    </message>
    <message>
        <source>Kan ikke bruke {file}: {reason}</source>
        <translation>Cannot use {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} har en annen sidestørrelse ({size}) enn databasen; den kan ikke gjenopprettes inn i den</source>
        <translation>{file} has another page size ({size}) than the database; it cannot be restored into it</translation>
    </message>
    <message>
        <source>Kan ikke gjenopprette {file}: {reason}</source>
        <translation>Cannot restore {file}: {reason}</translation>
    </message>
    <message>
        <source>Dagens sikkerhetskopi ble ikke laget: {reason}</source>
        <translation>Today's backup was not made: {reason}</translation>
    </message>
    <message>
        <source>Kopien kan ikke lagres over selve databasen ({path}); velg et annet filnavn</source>
        <translation>The copy cannot be saved over the database itself ({path}); choose another file name</translation>
    </message>
    <message>
        <source>Kan ikke lagre kopien {path}: {reason}</source>
        <translation>Cannot save the copy {path}: {reason}</translation>
    </message>
    <message>
        <source>året {year} er utenfor {first}–{last}</source>
        <translation>the year {year} is outside {first}–{last}</translation>
    </message>
    <message>
        <source>{what} er ikke et tall</source>
        <translation>{what} is not a number</translation>
    </message>
    <message>
        <source>{what} kan ikke være negativ</source>
        <translation>{what} cannot be negative</translation>
    </message>
    <message>
        <source>{what} er urimelig stor (høyst {most})</source>
        <translation>{what} is unreasonably large (at most {most})</translation>
    </message>
    <message>
        <source>«{text}» er for langt ({n} tegn; høyst {most})</source>
        <translation>“{text}” is too long ({n} characters; at most {most})</translation>
    </message>
    <message>
        <source>«{text}» har et kontrolltegn (linjeskift, tabulator eller lignende)</source>
        <translation>“{text}” holds a control character (a line break, a tab or the like)</translation>
    </message>
    <message>
        <source>Kontornummeret «{code}» er ikke fire sifre; kontoret opprettes ikke</source>
        <translation>The office number “{code}” is not four digits; the office is not created</translation>
    </message>
    <message>
        <source>Kontor {code}: {reason}</source>
        <translation>Office {code}: {reason}</translation>
    </message>
    <message>
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi …</source>
        <translation>Restore from backup …</translation>
    </message>
    <message>
        <source>Databasen er åpen i et annet navdesk-vindu (bruker {user} på maskin {machine} siden {time}). Dette vinduet viser tallene, men du kan ikke endre dem.</source>
        <translation>The database is open in another navdesk window (user {user} on machine {machine} since {time}). This window shows the figures, but you cannot change them.</translation>
    </message>
    <message>
        <source>Databasefilen er skadet (SQLite fant: {problem}). Ingenting er endret i den. Gjenopprett fra en sikkerhetskopi.</source>
        <translation>The database file is damaged (SQLite found: {problem}). Nothing in it has been changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>navdesk kan ikke lage låsefilen ved siden av databasen ({reason}), så dette vinduet viser tallene, men du kan ikke endre dem.</source>
        <translation>navdesk cannot make the lock file beside the database ({reason}), so this window shows the figures, but you cannot change them.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato som finnes</source>
        <translation>“{text}” is not a date that exists</translation>
    </message>
    <message>
        <source>{text} er ikke en måned: en dato må være den første i måneden</source>
        <translation>{text} is not a month: a date must be the first day of the month</translation>
    </message>
    <message>
        <source>Arbeidsboken er beskyttet med passord; lagre den uten passord og prøv igjen</source>
        <translation>The workbook is protected with a password; save it without a password and try again</translation>
    </message>
    <message>
        <source>Filen kan ikke leses som en arbeidsbok (Excel eller LibreOffice): {error}</source>
        <translation>The file cannot be read as a workbook (Excel or LibreOffice): {error}</translation>
    </message>
    <message>
        <source>Ark «{sheet}», rad {row}</source>
        <translation>Sheet “{sheet}”, row {row}</translation>
    </message>
    <message>
        <source>Arbeidsboken har ingen ark</source>
        <translation>The workbook has no sheets</translation>
    </message>
    <message>
        <source>Arbeidsboken har ikke noe ark «{sheet}» (arkene heter {names})</source>
        <translation>The workbook has no sheet “{sheet}” (its sheets are {names})</translation>
    </message>
    <message>
        <source>{code} registreres én gang per år: tallet skal stå i kolonnen «år», ikke under {month}</source>
        <translation>{code} is entered once a year: the figure belongs in the column “år”, not under {month}</translation>
    </message>
    <message>
        <source>{code} registreres per måned: tallene skal stå under månedene; «år» lagres ikke, den regnes ut av dem</source>
        <translation>{code} is entered monthly: the figures belong under the months; “år” is not stored, it is computed from them</translation>
    </message>
    <message>
        <source>Beregnede indikatorer er hoppet over (navdesk regner dem ut av delene): {codes}</source>
        <translation>Computed indicators were skipped (navdesk computes them from their parts): {codes}</translation>
    </message>
    <message>
        <source>Beregnede tall i filen som ikke er det delene gir, er ikke lest: {cells}</source>
        <translation>Computed figures in the file that are not what their parts give were not read: {cells}</translation>
    </message>
    <message>
        <source>Kolonnen «år» lagres ikke (den regnes ut av månedene), og for {rows} stemmer den ikke med månedene i filen; månedene er lest</source>
        <translation>The column “år” is not stored (it is computed from the months), and for {rows} it does not match the months in the file; the months were read</translation>
    </message>
    <message>
        <source>{code} (rad {line}, {month}: {given} i filen, {parts} av delene)</source>
        <translation>{code} (row {line}, {month}: {given} in the file, {parts} from the parts)</translation>
    </message>
    <message>
        <source>{code} (linje {line}, {month}: {given} i filen, {parts} av delene)</source>
        <translation>{code} (line {line}, {month}: {given} in the file, {parts} from the parts)</translation>
    </message>
    <message>
        <source>{code} (rad {line}: {given} i filen, {months} av månedene)</source>
        <translation>{code} (row {line}: {given} in the file, {months} from the months)</translation>
    </message>
    <message>
        <source>{code} (linje {line}: {given} i filen, {months} av månedene)</source>
        <translation>{code} (line {line}: {given} in the file, {months} from the months)</translation>
    </message>
    <message>
        <source>kan ikke forekomme</source>
        <translation>not possible</translation>
    </message>
    <message>
        <source>tallgrunnlag mangler</source>
        <translation>data not available</translation>
    </message>
    <message>
        <source>oppgave mangler ennå</source>
        <translation>not yet available</translation>
    </message>
    <message>
        <source>vises ikke av konfidensialitetshensyn</source>
        <translation>not shown for confidentiality</translation>
    </message>
    <message>
        <source>«{text}» er verken et tall eller et av SSBs tegn (., .., ..., :)</source>
        <translation>«{text}» is neither a number nor one of SSB's symbols (., .., ..., :)</translation>
    </message>
    <message>
        <source>Verdien {value} er ikke et tall</source>
        <translation>The value {value} is not a number</translation>
    </message>
    <message>
        <source>Verdien {value} er ikke et endelig tall</source>
        <translation>The value {value} is not a finite number</translation>
    </message>
    <message>
        <source>Perioden {period} er ikke et år eller en måned; navdesk tar bare inn år (2024) og måneder (2024M03)</source>
        <translation>The period {period} is not a year or a month; navdesk only takes years (2024) and months (2024M03)</translation>
    </message>
    <message>
        <source>«{period}» er ikke en periode SSB skriver (2024 eller 2024M03)</source>
        <translation>«{period}» is not a period as SSB writes it (2024 or 2024M03)</translation>
    </message>
    <message>
        <source>Utvalget «{part}» skal skrives dimensjon=verdi (f.eks. Alder=18-24)</source>
        <translation>The selection «{part}» must be written dimension=value (e.g. Alder=18-24)</translation>
    </message>
    <message>
        <source>Dimensjonen {name} står to ganger i utvalget</source>
        <translation>The dimension {name} appears twice in the selection</translation>
    </message>
    <message>
        <source>Både innhold og indikator må fylles ut</source>
        <translation>Both content and indicator must be filled in</translation>
    </message>
    <message>
        <source>Indikatoren {code} finnes ikke i katalogen</source>
        <translation>The indicator {code} is not in the catalogue</translation>
    </message>
    <message>
        <source>Innholdet {content} med samme utvalg står allerede på linje {first}</source>
        <translation>The content {content} with the same selection is already on line {first}</translation>
    </message>
    <message>
        <source>Indikatoren {code} er allerede koblet på linje {first}</source>
        <translation>The indicator {code} is already mapped on line {first}</translation>
    </message>
    <message>
        <source>Regiondimensjonen må være den samme på alle linjer (filen har {names})</source>
        <translation>The region dimension must be the same on every line (the file has {names})</translation>
    </message>
    <message>
        <source>Koblingsfilen har ingen linjer</source>
        <translation>The mapping file has no lines</translation>
    </message>
    <message>
        <source>Innholdet er oppgitt i «{text}», men navdesk lagrer indikatoren i hele enheter ({unit}): last ned tabellen i hele enheter</source>
        <translation>The content is given in “{text}”, but navdesk stores the indicator in whole units ({unit}): download the table in whole units</translation>
    </message>
    <message>
        <source>Innholdet er oppgitt i «{text}», men indikatoren er i {unit}</source>
        <translation>The content is given in “{text}”, but the indicator is in {unit}</translation>
    </message>
    <message>
        <source>Tabellen har ingen tidsdimensjon (år eller måned)</source>
        <translation>The table has no time dimension (year or month)</translation>
    </message>
    <message>
        <source>Tabellen har ingen dimensjon «{name}» (den har {names}): skriv regiondimensjonen i koblingsfilens kolonne «regiondimensjon»</source>
        <translation>The table has no dimension “{name}” (it has {names}): write the region dimension in the mapping file's column “regiondimensjon”</translation>
    </message>
    <message>
        <source>Tabellen har ikke innholdet {content}</source>
        <translation>The table does not have the content {content}</translation>
    </message>
    <message>
        <source>Tabellen har ingen verdi {category} i dimensjonen {name}</source>
        <translation>The table has no value {category} in the dimension {name}</translation>
    </message>
    <message>
        <source>Tabellen har to tall for {region} {period} ({indicator}): en rad står to ganger i filen</source>
        <translation>The table has two figures for {region} {period} ({indicator}): a row is in the file twice</translation>
    </message>
    <message>
        <source>Linje {line} i koblingsfilen gir to tall for {region} {period} (dimensjonen {names} er ikke valgt i utvalget)</source>
        <translation>Line {line} of the mapping file gives two figures for {region} {period} (the dimension {names} is not chosen in the selection)</translation>
    </message>
    <message>
        <source>Tabellen har {value} for {region} {period} ({indicator}): utenfor 0–{most}</source>
        <translation>The table has {value} for {region} {period} ({indicator}): outside 0–{most}</translation>
    </message>
    <message>
        <source>Tabellen har ingen innholdsdimensjon (ContentsCode / statistikkvariabel)</source>
        <translation>The table has no contents dimension (ContentsCode / statistikkvariabel)</translation>
    </message>
    <message>
        <source>Filen har {name}, som ikke er et tall i JSON</source>
        <translation>The file has {name}, which is not a number in JSON</translation>
    </message>
    <message>
        <source>Filen er større enn {mb} MB</source>
        <translation>The file is larger than {mb} MB</translation>
    </message>
    <message>
        <source>Filen er ikke UTF-8, slik JSON-stat skal være</source>
        <translation>The file is not UTF-8, as JSON-stat must be</translation>
    </message>
    <message>
        <source>Filen er ikke JSON (linje {line}, tegn {column}: {reason})</source>
        <translation>The file is not JSON (line {line}, character {column}: {reason})</translation>
    </message>
    <message>
        <source>Filen er ikke JSON som kan leses</source>
        <translation>The file is not JSON that can be read</translation>
    </message>
    <message>
        <source>Filen er ikke et JSON-stat-datasett</source>
        <translation>The file is not a JSON-stat dataset</translation>
    </message>
    <message>
        <source>Filen er JSON-stat 1 (eldre format); last ned tabellen som JSON-stat2</source>
        <translation>The file is JSON-stat 1 (an older format); download the table as JSON-stat2</translation>
    </message>
    <message>
        <source>Filen er ikke et JSON-stat-datasett (class er ikke «dataset»)</source>
        <translation>The file is not a JSON-stat dataset (class is not «dataset»)</translation>
    </message>
    <message>
        <source>Filen er ikke JSON-stat versjon 2.0 (version er {version})</source>
        <translation>The file is not JSON-stat version 2.0 (version is {version})</translation>
    </message>
    <message>
        <source>Status for celle {n} er ikke tekst</source>
        <translation>The status of cell {n} is not text</translation>
    </message>
    <message>
        <source>Celle {n} ({cell}) har verken tall eller et av SSBs tegn (., .., ..., :)</source>
        <translation>Cell {n} ({cell}) has neither a number nor one of SSB's symbols (., .., ..., :)</translation>
    </message>
    <message>
        <source>Celle {n} ({cell}) har både tall og tegnet «{symbol}»</source>
        <translation>Cell {n} ({cell}) has both a number and the symbol «{symbol}»</translation>
    </message>
    <message>
        <source>Celle {n} ({cell}): {reason}</source>
        <translation>Cell {n} ({cell}): {reason}</translation>
    </message>
    <message>
        <source>«id» skal være en liste av dimensjonenes navn</source>
        <translation>«id» must be a list of the dimensions' names</translation>
    </message>
    <message>
        <source>En dimensjon står to ganger i «id»</source>
        <translation>A dimension appears twice in «id»</translation>
    </message>
    <message>
        <source>«size» skal gi én størrelse (et helt tall over 0) per dimensjon i «id»</source>
        <translation>«size» must give one size (a whole number above 0) per dimension in «id»</translation>
    </message>
    <message>
        <source>Tabellen har over {most} celler</source>
        <translation>The table has more than {most} cells</translation>
    </message>
    <message>
        <source>Dimensjonen {name} mangler i «dimension» eller har ingen «category»</source>
        <translation>The dimension {name} is missing from «dimension» or has no «category»</translation>
    </message>
    <message>
        <source>Kategorienes «label» i {name} er ikke tekster</source>
        <translation>The categories' «label» in {name} are not texts</translation>
    </message>
    <message>
        <source>Posisjonene i «index» for {name} er ikke 0, 1, 2, …</source>
        <translation>The positions in «index» for {name} are not 0, 1, 2, …</translation>
    </message>
    <message>
        <source>Dimensjonen {name} har ingen «index» (en liste eller et objekt)</source>
        <translation>The dimension {name} has no «index» (a list or an object)</translation>
    </message>
    <message>
        <source>Dimensjonen {name} har {n} kategorier, men «size» sier {size}</source>
        <translation>The dimension {name} has {n} categories, but «size» says {size}</translation>
    </message>
    <message>
        <source>Kategoriene i {name} er ikke ulike, korte koder</source>
        <translation>The categories in {name} are not distinct, short codes</translation>
    </message>
    <message>
        <source>«{what}» har {n} celler, men dimensjonene gir {cells}</source>
        <translation>«{what}» has {n} cells, but the dimensions give {cells}</translation>
    </message>
    <message>
        <source>«{what}» har posisjonen «{key}», som ikke er en celle (0–{last})</source>
        <translation>«{what}» has the position «{key}», which is not a cell (0–{last})</translation>
    </message>
    <message>
        <source>«{what}» skal være en liste eller et objekt</source>
        <translation>«{what}» must be a list or an object</translation>
    </message>
    <message>
        <source>Filen sier ikke hvilken tabell den er (extension.px.tableid, eller en tittel som begynner med «12345:»)</source>
        <translation>The file does not say which table it is (extension.px.tableid, or a title beginning with «12345:»)</translation>
    </message>
    <message>
        <source>{office}, {month}: {state}, {entered} av {expected} tall</source>
        <translation>{office}, {month}: {state}, {entered} of {expected} figures</translation>
    </message>
    <message>
        <source>{n}, sist {month}</source>
        <translation>{n}, last {month}</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Siste tall</source>
        <translation>Latest figures</translation>
    </message>
    <message>
        <source>Rapportert</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Den siste måneden kontoret har tall for</source>
        <translation>The latest month the office has figures for</translation>
    </message>
    <message>
        <source>Hvor mange måneder av året kontoret har rapportert, og den siste</source>
        <translation>How many months of the year the office has reported, and the latest</translation>
    </message>
    <message>
        <source>(tall registrert / tall forventet)</source>
        <translation>(figures entered / figures expected)</translation>
    </message>
    <message>
        <source>Fullstendighet per kontor og måned</source>
        <translation>Completeness by office and month</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter på en måned for å åpne kontorets månedstall.</source>
        <translation>Double-click or press Enter on a month to open the office's monthly figures.</translation>
    </message>
    <message>
        <source>Fullstendighet</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Sammenlign</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Styringskort for alle</source>
        <translation>Goal card for all</translation>
    </message>
    <message>
        <source>Alle kontorer</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>siste måned alle har tall for</source>
        <translation>latest month all have figures for</translation>
    </message>
    <message>
        <source>Styringskort for alle kontorer</source>
        <translation>Goal card for all offices</translation>
    </message>
    <message>
        <source>Alle kontorenes tall lest som ett kontor: summer summeres, andeler regnes av de summerte delene. Målene og kommentarene endres på siden Styringskort.</source>
        <translation>All offices' figures read as one office: sums are summed, shares computed from the summed parts. Targets and comments are changed on the Goal card page.</translation>
    </message>
    <message>
        <source>Styringskort for alle kontorer ({count}) til og med {month} {year}</source>
        <translation>Goal card of all offices ({count}) through {month} {year}</translation>
    </message>
    <message>
        <source>Kontorenes tall legges sammen til alle kontorers: indeksen er kontorets andel av summen, i prosent</source>
        <translation>The offices' figures add up to all offices' figure: the index is the office's share of the sum, in percent</translation>
    </message>
    <message>
        <source>{year} til og med {month}</source>
        <translation>{year} through {month}</translation>
    </message>
    <message>
        <source>ingen kontorer har tall for {code} i {year}</source>
        <translation>no office has figures for {code} in {year}</translation>
    </message>
    <message>
        <source>bare ett kontor har tall for {code} i {year}: ingenting å sammenligne med</source>
        <translation>only one office has figures for {code} in {year}: nothing to compare with</translation>
    </message>
    <message>
        <source>{name} ({code}), {period}: indeksert mot alle kontorer = 100</source>
        <translation>{name} ({code}), {period}: indexed to all offices = 100</translation>
    </message>
    <message>
        <source>verdi</source>
        <translation>value</translation>
    </message>
    <message>
        <source>indeks</source>
        <translation>index</translation>
    </message>
    <message>
        <source>{office} {name}: delvis, mangler {months}</source>
        <translation>{office} {name}: partial, lacks {months}</translation>
    </message>
    <message>
        <source>Styringskort for alle kontorer ({count}) til og med {period}</source>
        <translation>Goal card of all offices ({count}) through {period}</translation>
    </message>
    <message>
        <source>Delvis: {offices} mangler tall for {month}</source>
        <translation>Partial: {offices} lack figures for {month}</translation>
    </message>
    <message>
        <source>Delvis: {offices} mangler tall for {month} for {codes}</source>
        <translation>Partial: {offices} lack figures for {month} for {codes}</translation>
    </message>
    <message>
        <source>{month} {year} har tall fra bare noen av kontorene og er ikke med</source>
        <translation>{month} {year} has figures from only some of the offices and is left out</translation>
    </message>
    <message>
        <source>{first}–{last} {year} har tall fra bare noen av kontorene og er ikke med</source>
        <translation>{first}–{last} {year} have figures from only some of the offices and are left out</translation>
    </message>
    <message>
        <source>Ingen kontorer har tall for styringskortet i {year}</source>
        <translation>No office has figures for the goal card in {year}</translation>
    </message>
    <message>
        <source>{count} kontorer</source>
        <translation>{count} offices</translation>
    </message>
</context>
</TS>